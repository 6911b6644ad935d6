"""The run report: ONE self-contained HTML file a reviewer can open anywhere (no network, no scripts).

Plots are drawn with matplotlib and embedded as base64 PNG (written without
timestamps, so the file is byte-identical across runs). Everything shown is an
aggregate (counts, length histograms, PHI counts by type) except the example
pairs, which appear only when the recipe ran the `deid` stage and are
HTML-escaped and truncated.
"""

from __future__ import annotations

import base64
import html
import io
from collections.abc import Mapping
from pathlib import Path
from typing import Any, ClassVar, Union

import numpy as np
import polars as pl

from cancerprep.assembly.split import SPLITS
from cancerprep.records import DEFAULT_MAX_TEXT_CHARS

SPLIT_COLORS = {"train": "#4C72B0", "validation": "#DD8452", "test": "#55A868"}
EXAMPLE_CHARS = 600
PairFrames = Mapping[str, pl.LazyFrame | pl.DataFrame]  # lazy scans of the written task files, or frames
NoteSource = Union[pl.LazyFrame, pl.DataFrame, "LengthHistogram", None]  # frames, or the run's streamed histogram
CSS = """
body{font-family:system-ui,-apple-system,'Segoe UI',Roboto,sans-serif;margin:2rem auto;max-width:1100px;
color:#222;padding:0 1rem}
h1{font-size:1.6rem}h2{font-size:1.2rem;border-bottom:1px solid #ddd;padding-bottom:.2rem;margin-top:2rem}
table{border-collapse:collapse;margin:.5rem 0}td,th{border:1px solid #ccc;padding:.25rem .6rem;text-align:right}
th{background:#f3f3f3}td:first-child,th:first-child{text-align:left}
img{max-width:100%;height:auto}.warn{background:#fff3cd;border:1px solid #e0c36c;padding:.6rem}
.pair{border:1px solid #ddd;border-radius:4px;padding:.5rem;margin:.6rem 0;background:#fafafa}
.pair pre{white-space:pre-wrap;margin:.2rem 0}.muted{color:#666;font-size:.9rem}
.grid{display:grid;grid-template-columns:repeat(auto-fit,minmax(420px,1fr));gap:1rem}
"""


def _png(fig: Any) -> str:
    buf = io.BytesIO()
    fig.savefig(buf, format="png", dpi=90, bbox_inches="tight", metadata={"Software": None})
    import matplotlib.pyplot as plt

    plt.close(fig)
    return "data:image/png;base64," + base64.b64encode(buf.getvalue()).decode()


def _figure(w: float = 6.0, h: float = 3.2) -> tuple[Any, Any]:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig, ax = plt.subplots(figsize=(w, h))
    return fig, ax


def _img(src: str, alt: str) -> str:
    return f'<img alt="{html.escape(alt)}" src="{src}">'


def _table(header: list[str], rows: list[list[Any]]) -> str:
    head = "".join(f"<th>{html.escape(str(h))}</th>" for h in header)
    body = "".join("<tr>" + "".join(f"<td>{html.escape(str(c))}</td>" for c in row) + "</tr>" for row in rows)
    return f"<table><thead><tr>{head}</tr></thead><tbody>{body}</tbody></table>"


def stacked_split_bars(table: dict[str, dict[str, int]], title: str, share: bool = False) -> str:
    """Horizontal bars per category, stacked by split (`share`: as % of the row, counts printed)."""
    names = list(table)
    fig, ax = _figure(6.0, max(1.8, 0.32 * len(names) + 1.2))
    left = [0.0] * len(names)
    totals = [max(1, sum(table[n].values())) for n in names]
    for s in SPLITS:
        vals = [table[n].get(s, 0) for n in names]
        widths = [100.0 * v / t for v, t in zip(vals, totals, strict=True)] if share else vals
        bars = ax.barh(names, widths, left=left, color=SPLIT_COLORS[s], label=s)
        if share:
            ax.bar_label(bars, labels=[str(v) if w >= 6 else "" for v, w in zip(vals, widths, strict=True)],
                         label_type="center", fontsize=7, color="white")
        left = [a + b for a, b in zip(left, widths, strict=True)]
    ax.invert_yaxis()
    ax.set_title(title)
    if share:
        ax.set_xlim(0, 100)
        ax.set_xlabel("% of row")
    ax.legend(loc="upper center", bbox_to_anchor=(0.5, -0.28 if share else -0.08), ncol=3, fontsize=8,
              frameon=False)
    return _png(fig)


LENGTH_BINS = 64


class LengthHistogram:
    """Notes per note type and length bin, with fixed log-spaced edges from 1 character to 2M.

    Fixed edges let the runner add each shard as it streams past (no second read of the text, no
    per-note lengths kept); the plot shows the span of bins that have notes.
    """

    EDGES: ClassVar[np.ndarray] = np.geomspace(1, DEFAULT_MAX_TEXT_CHARS + 1, LENGTH_BINS + 1)

    def __init__(self) -> None:
        self.counts: dict[str, np.ndarray] = {}

    def add(self, notes: pl.DataFrame | pl.LazyFrame) -> LengthHistogram:
        """Count one shard's note lengths into the fixed bins; only lengths are read, so no text is kept."""
        if "text" not in notes.lazy().collect_schema().names():
            return self
        lengths = notes.lazy().select(pl.col("note_type").cast(pl.Utf8).fill_null("unknown"),
                                      pl.col("text").str.len_chars().alias("n")).collect()
        for (kind,), grp in lengths.group_by("note_type"):
            values = np.clip(grp["n"].to_numpy(), 1, self.EDGES[-1] - 1)
            counts = np.histogram(values, bins=self.EDGES)[0]
            self.counts[str(kind)] = self.counts.get(str(kind), np.zeros(LENGTH_BINS, dtype=np.int64)) + counts
        return self

    def trimmed(self) -> tuple[list[float], dict[str, list[int]]]:
        """(edges, counts per type) over the bins from the first to the last that has a note."""
        if not self.counts:
            return [], {}
        total = sum(self.counts.values())
        used = np.flatnonzero(total)
        a, b = int(used[0]), int(used[-1]) + 1
        return ([float(e) for e in self.EDGES[a:b + 1]],
                {k: [int(c) for c in v[a:b]] for k, v in sorted(self.counts.items())})


def note_length_histogram(notes: NoteSource) -> tuple[list[float], dict[str, list[int]]]:
    """(edges, counts per note type) from a `LengthHistogram` the runner filled, or from frames of notes."""
    if notes is None:
        return [], {}
    histogram = notes if isinstance(notes, LengthHistogram) else LengthHistogram().add(notes)
    return histogram.trimmed()


def length_histograms(edges: list[float], per_type: dict[str, list[int]]) -> str:
    """Note length in characters (log-spaced bins), one series per note type (`note_length_histogram`)."""
    fig, ax = _figure()
    for kind, counts in per_type.items():
        ax.hist(edges[:-1], bins=edges, weights=counts, alpha=0.6, label=f"{kind} (n={sum(counts)})")
    ax.set_xscale("log")
    ax.set_xlabel("characters per note")
    ax.set_ylabel("notes")
    ax.set_title("Note length")
    ax.legend(fontsize=8)
    return _png(fig)


def simple_bars(values: dict[str, int], title: str, color: str = "#8172B3") -> str:
    """Horizontal bars of aggregate counts (PHI types, dedup), embedded as a PNG so the report needs no network."""
    fig, ax = _figure(6.0, max(1.8, 0.32 * len(values) + 1.0))
    names = list(values)
    ax.barh(names, [values[n] for n in names], color=color)
    for i, n in enumerate(names):
        ax.text(values[n], i, f" {values[n]}", va="center", fontsize=8)
    ax.invert_yaxis()
    ax.set_title(title)
    return _png(fig)


def split_sizes(tables: dict[str, Any]) -> str:
    """Split shares of notes, patients and each task's pairs in one chart, to spot a skewed split at a glance."""
    rows = {}
    if "notes" in tables:
        rows["notes"], rows["patients"] = tables["notes"], tables["patients"]
    rows.update({f"{t} pairs": v for t, v in tables["pairs"].items()})
    return stacked_split_bars(rows, "Split shares (counts in the bars)", share=True)


def example_pairs(pairs_by_task: PairFrames, per_task: int = 2) -> str:
    """The first pairs of each task's train split (in file order: reading stops there), escaped and truncated."""
    parts = []
    for task in sorted(pairs_by_task):
        frame = (pairs_by_task[task].lazy().filter((pl.col("split") == "train") & (pl.col("variant") == "clean"))
                 .head(per_task).collect())
        for row in frame.iter_rows(named=True):
            def cut(s: str | None) -> str:
                s = s or ""
                return html.escape(s if len(s) <= EXAMPLE_CHARS else s[:EXAMPLE_CHARS] + " [...]")
            parts.append(
                f'<div class="pair"><div class="muted">task {html.escape(task)} &middot; cancer type '
                f'{html.escape(str(row["cancer_type"] or "unknown"))} &middot; variant '
                f'{html.escape(str(row["variant"]))}</div>'
                + (f"<b>Instruction</b><pre>{cut(row['instruction'])}</pre>" if row["instruction"] else "")
                + (f"<b>Input</b><pre>{cut(row['input'])}</pre>" if row["input"] else "")
                + f"<b>{'Text' if task == 'pretrain' else 'Response'}</b><pre>{cut(row['output'])}</pre></div>")
    return "\n".join(parts) or "<p>No pairs.</p>"


def render_report(recipe_name: str, deid_ran: bool, summary: dict[str, Any], tables: dict[str, Any],
                  notes: NoteSource, pairs_by_task: PairFrames, examples: int = 2) -> str:
    """The report as one HTML string of aggregates; example pairs only when `deid` ran, since text may hold PHI."""
    counts, st = summary.get("counts", {}), summary.get("stage_stats", {})
    sec: list[str] = [f"<h1>cancerprep report: {html.escape(recipe_name)}</h1>"]
    if not deid_ran:
        sec.append('<p class="warn"><b>Not de-identified:</b> this recipe ran no <code>deid</code> stage. '
                   "Example pairs are not shown.</p>")
    sec.append('<h2 id="summary">Summary</h2>' + _table(["", "count"], [
        ["notes in", counts.get("notes_in", 0)], ["notes out", counts.get("notes_out", 0)],
        ["notes quarantined", counts.get("notes_quarantined", 0)], ["codes in", counts.get("codes_in", 0)],
        ["codes quarantined", counts.get("codes_quarantined", 0)]]))

    split_rows = []
    if "notes" in tables:
        split_rows += [["notes", *tables["notes"].values()], ["patients", *tables["patients"].values()]]
    split_rows += [[f"{t} pairs", *[v[s] for s in SPLITS]] for t, v in tables["pairs"].items()]
    variant_rows = [[f"{t} {v}", *[c[s] for s in SPLITS]] for t, vs in tables.get("variants", {}).items()
                    for v, c in vs.items()]
    sec.append('<h2 id="splits">Split sizes</h2><div class="grid"><div>' + _table(["", *SPLITS], split_rows)
               + ("<p class=\"muted\">Robustness variants (copies beside the clean pairs):</p>"
                  + _table(["", *SPLITS], variant_rows) if variant_rows else "")
               + "</div><div>" + (_img(split_sizes(tables), "split sizes") if split_rows else "") + "</div></div>")

    sec.append('<h2 id="cancer-types">Cancer-type distribution</h2>')
    charts = []
    if tables["notes_by_cancer_type"]:
        charts.append(_img(stacked_split_bars(tables["notes_by_cancer_type"], "Notes by cancer type"),
                           "notes by cancer type"))
    for task, table in tables["pairs_by_cancer_type"].items():
        if table:
            charts.append(_img(stacked_split_bars(table, f"{task} pairs by cancer type"),
                               f"{task} pairs by cancer type"))
    sec.append('<div class="grid">' + "".join(f"<div>{c}</div>" for c in charts) + "</div>" if charts
               else "<p>No cancer-type sorting ran in this recipe.</p>")

    sec.append('<h2 id="note-lengths">Note lengths</h2>')
    edges, per_type = note_length_histogram(notes)
    sec.append(_img(length_histograms(edges, per_type), "note length histogram") if per_type
               else "<p>No notes.</p>")

    sec.append('<h2 id="phi">PHI counts by type</h2>')
    phi = {k.removeprefix("phi."): v for k, v in sorted(st.items()) if k.startswith("phi.")}
    sec.append('<div class="grid"><div>' + _table(["type", "spans"], [[k, v] for k, v in phi.items()])
               + "</div><div>" + _img(simple_bars(phi, "PHI spans replaced"), "PHI counts") + "</div></div>"
               if phi else "<p>No PHI statistics (the de-identification stage did not run).</p>")

    sec.append('<h2 id="dedup">De-duplication</h2>')
    dd = {k.removeprefix("dedup."): v for k, v in sorted(st.items()) if k.startswith("dedup.")}
    if dd:
        removed = {"exact duplicates removed": dd.get("exact_removed", 0),
                   "near-duplicates removed": dd.get("near_removed", 0),
                   "near-duplicates kept in groups": dd.get("near_grouped_notes", 0)}
        chart = _img(simple_bars(removed, f"De-duplication ({dd.get('notes_in', 0)} notes in)", "#C44E52"),
                     "dedup counts") if any(removed.values()) else "<p>No duplicates found.</p>"
        sec.append('<div class="grid"><div>' + _table(["", "count"], [[k, v] for k, v in dd.items()])
                   + "</div><div>" + chart + "</div></div>")
    else:
        sec.append("<p>De-duplication did not run (no <code>dedup:</code> section in the recipe).</p>")

    sec.append('<h2 id="quarantine">Quarantine</h2>')
    qr = summary.get("quarantine_by_reason", {})
    sec.append(_table(["reason", "rows"], [[k, v] for k, v in sorted(qr.items())]) if qr
               else "<p>No rows quarantined.</p>")

    sec.append('<h2 id="examples">Example pairs (de-identified)</h2>')
    sec.append(example_pairs(pairs_by_task, examples) if deid_ran
               else "<p>Not shown: the recipe did not de-identify the notes.</p>")
    return ("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
            f"<title>cancerprep report: {html.escape(recipe_name)}</title><style>{CSS}</style></head>\n<body>\n"
            + "\n".join(sec) + "\n</body></html>\n")


def write_report(out: Path, recipe_name: str, deid_ran: bool, summary: dict[str, Any], tables: dict[str, Any],
                 notes: NoteSource,
                 pairs_by_task: PairFrames, examples: int = 2, filename: str = "report.html") -> Path:
    """Write the report into the output folder, one self-contained file a reviewer can open offline."""
    path = out / filename
    path.write_text(render_report(recipe_name, deid_ran, summary, tables, notes, pairs_by_task, examples),
                    encoding="utf-8")
    return path

"""Privacy audit of a built dataset: a seeded sample of de-identified notes, review pages, a bound.

A privacy officer signs a dataset on evidence, not on recall figures from a benchmark: a reviewer
reads a random sample of the released notes with every replacement highlighted, counts the PHI the
de-identifier missed and the text it replaced needlessly, and the audit turns those counts into the
estimated share of notes that still hold PHI with an exact one-sided 95% upper bound
(Clopper-Pearson). A reviewer who finds nothing in 59 notes bounds that share at about 5%.

Pure functions only (sampling, highlighting, page and template rendering, verdict parsing, the
bound); reading OUT and writing the pages is `cancerprep.commands.audit_sample` / `audit_verdicts`.
"""

from __future__ import annotations

import csv
import html
import io
import json
import random
from collections.abc import Sequence
from dataclasses import dataclass

from cancerprep.errors import InputError

#: deid option `replacements_col` that `cancerprep audit` reads (docs/audit.md).
REPLACEMENTS_COL = "deid_replacements"
VERDICT_FIELDS = ("audit_id", "note_id", "replacements", "missed_phi", "over_redaction", "comment")


@dataclass(frozen=True)
class Replacement:
    """A replaced span in de-identified-text offsets."""

    start: int
    end: int
    entity_type: str


@dataclass(frozen=True)
class AuditNote:
    """One sampled note as the reviewer sees it."""

    audit_id: str
    note_id: str
    note_type: str
    split: str
    text: str
    replacements: tuple[Replacement, ...]


@dataclass(frozen=True)
class Verdict:
    """A reviewer's counts for one note."""

    audit_id: str
    note_id: str
    missed_phi: int
    over_redaction: int
    replacements: int


def draw_sample(note_ids: Sequence[str], n: int, seed: int) -> list[str]:
    """`n` distinct note ids (all when fewer), the same for the same ids and seed in any input order."""
    if n < 1:
        raise InputError("--notes must be at least 1")
    pool = sorted(set(note_ids))
    return random.Random(seed).sample(pool, min(n, len(pool)))


def parse_replacements(text: str, blob: str | None) -> tuple[Replacement, ...]:
    """Replacements from the deid stage's JSON column (`replacements_col`).

    Text alone cannot tell them: a surrogate looks like a real value, and a `[NAME]`-like string may
    be in the note itself. Spans outside the text or overlapping an earlier one are dropped (never
    highlighted wrongly).
    """
    found = [Replacement(int(d["start"]), int(d["end"]), str(d["entity_type"])) for d in json.loads(blob or "[]")]
    kept: list[Replacement] = []
    for rep in sorted(found, key=lambda r: (r.start, r.end)):
        if 0 <= rep.start < rep.end <= len(text) and (not kept or rep.start >= kept[-1].end):
            kept.append(rep)
    return tuple(kept)


def highlight(text: str, replacements: Sequence[Replacement]) -> str:
    """HTML-escaped text with every replacement in a `<mark class="phi">` labelled with its type."""
    parts, pos = [], 0
    for rep in replacements:
        parts.append(html.escape(text[pos:rep.start]))
        kind = html.escape(rep.entity_type)
        parts.append(f'<mark class="phi" data-type="{kind}" title="{kind}">{html.escape(text[rep.start:rep.end])}'
                     f'<sup>{kind}</sup></mark>')
        pos = rep.end
    parts.append(html.escape(text[pos:]))
    return "".join(parts)


_STYLE = """
body{font-family:system-ui,sans-serif;margin:2em auto;max-width:60em;color:#111;line-height:1.45}
.note{border:1px solid #bbb;border-radius:6px;padding:1em;margin:1.5em 0}
.note h2{font-size:1.05em;margin:0 0 .4em}
.meta{color:#555;font-size:.9em}
.text{white-space:pre-wrap;font-family:ui-monospace,monospace;font-size:.92em;background:#fafafa;padding:.6em}
mark.phi{background:#ffd54f;outline:1px solid #c79100;border-radius:2px;padding:0 1px}
mark.phi sup{font-size:.65em;color:#7a4f00;margin-left:2px}
.instructions{background:#eef4ff;border:1px solid #9bb5e8;padding:.8em 1em}
"""


def render_page(notes: Sequence[AuditNote], batch: int, batches: int, dataset: str, verdicts_file: str) -> str:
    """One self-contained review page (no scripts, no external resources) for a batch of notes."""
    items = []
    for note in notes:
        items.append(
            f'<section class="note" id="{html.escape(note.audit_id)}">'
            f"<h2>{html.escape(note.audit_id)}</h2>"
            f'<p class="meta">note_id {html.escape(note.note_id)} &middot; {html.escape(note.note_type)} &middot; '
            f"split {html.escape(note.split)} &middot; {len(note.replacements)} replacements highlighted</p>"
            f'<div class="text">{highlight(note.text, note.replacements)}</div></section>')
    return (
        "<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">"
        f"<title>Privacy audit, batch {batch} of {batches}</title><style>{_STYLE}</style></head><body>"
        f"<h1>Privacy audit, batch {batch} of {batches}</h1>"
        f'<div class="instructions"><p>Dataset manifest sha256 <code>{html.escape(dataset)}</code>. '
        "Each note below is de-identified text as released; every replacement the de-identifier made is "
        "<mark class=\"phi\">highlighted<sup>TYPE</sup></mark>.</p>"
        f"<p>For each note, fill its row in <code>{html.escape(verdicts_file)}</code> (next to this page): "
        "<b>missed_phi</b> = the number of identifiers left in clear in the text that is <i>not</i> highlighted "
        "(names, dates, ids, places, contacts, ages over 89, ...); <b>over_redaction</b> = the number of "
        "highlighted spans that were not PHI (a drug, a stage, a lab value). Write 0 when there are none; "
        "leave no row blank. Then run <code>cancerprep audit OUT --verdicts FILE</code>.</p>"
        "<p>These pages hold de-identified text: keep them in this folder (owner-only) and delete them "
        "after the review.</p></div>"
        + "".join(items) + "</body></html>\n"
    )


def verdict_template(notes: Sequence[AuditNote]) -> str:
    """The CSV the reviewer fills: one row per sampled note, counts left blank."""
    buf = io.StringIO()
    writer = csv.writer(buf, lineterminator="\n")
    writer.writerow(VERDICT_FIELDS)
    for note in notes:
        writer.writerow([note.audit_id, note.note_id, len(note.replacements), "", "", ""])
    return buf.getvalue()


def _count(value: str | None, row: int, field: str, source: str) -> int:
    text = (value or "").strip()
    if not text.isdigit():
        raise InputError("expected a whole number >= 0 (0 when none)", file=source, row=row, field=field)
    return int(text)


def parse_verdicts(text: str, source: str = "verdicts") -> list[Verdict]:
    """Read a filled template; every row must carry both counts (errors name row and field, not values)."""
    reader = csv.DictReader(io.StringIO(text))
    missing = [f for f in ("audit_id", "note_id", "missed_phi", "over_redaction") if f not in (reader.fieldnames or [])]
    if missing:
        raise InputError(f"missing column(s) {', '.join(missing)}; fill the verdicts.csv written by "
                         "`cancerprep audit`", file=source)
    verdicts, seen = [], set()
    for row_no, row in enumerate(reader, start=1):
        note_id = (row.get("note_id") or "").strip()
        if not note_id:
            raise InputError("empty note_id", file=source, row=row_no, field="note_id")
        if note_id in seen:
            raise InputError("note listed twice", file=source, row=row_no, field="note_id")
        seen.add(note_id)
        reps = (row.get("replacements") or "").strip()
        verdicts.append(Verdict((row.get("audit_id") or "").strip(), note_id,
                                _count(row.get("missed_phi"), row_no, "missed_phi", source),
                                _count(row.get("over_redaction"), row_no, "over_redaction", source),
                                int(reps) if reps.isdigit() else 0))
    if not verdicts:
        raise InputError("no verdict rows", file=source)
    return verdicts


def upper_bound(successes: int, trials: int, confidence: float = 0.95) -> float:
    """Exact one-sided Clopper-Pearson upper bound on a binomial proportion.

    The p at which seeing `successes` or fewer in `trials` has probability 1 - confidence, i.e. the
    `confidence` quantile of Beta(successes + 1, trials - successes); 1 when every trial succeeded.
    """
    from scipy.stats import beta

    if trials < 1 or not 0 <= successes <= trials:
        raise ValueError("need 0 <= successes <= trials and trials >= 1")
    if not 0 < confidence < 1:
        raise ValueError("confidence must be in (0, 1)")
    if successes == trials:
        return 1.0
    return float(beta.ppf(confidence, successes + 1, trials - successes))


def summarize(verdicts: Sequence[Verdict], confidence: float = 0.95) -> dict[str, float | int]:
    """Residual-PHI rate per note (notes with any missed PHI / notes reviewed) and its upper bound."""
    n = len(verdicts)
    leaked = sum(1 for v in verdicts if v.missed_phi > 0)
    over = sum(v.over_redaction for v in verdicts)
    shown = sum(v.replacements for v in verdicts)
    return {
        "notes_reviewed": n,
        "notes_with_missed_phi": leaked,
        "missed_phi_spans": sum(v.missed_phi for v in verdicts),
        "residual_phi_rate": leaked / n,
        "residual_phi_rate_upper": upper_bound(leaked, n, confidence),
        "confidence": confidence,
        "replacements_reviewed": shown,
        "over_redactions": over,
        "notes_with_over_redaction": sum(1 for v in verdicts if v.over_redaction > 0),
        "over_redaction_share": over / shown if shown else 0.0,
    }

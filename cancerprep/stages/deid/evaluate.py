"""Scoring predicted PHI spans against gold spans (`cancerprep deid-eval`).

Matching follows the PhysioNet deid package: a gold span counts as found when
any predicted span of the same note overlaps it (any type), and a predicted
span counts as correct when it overlaps any gold span. Recall is reported per
i2b2 category too, plus character-level recall (the share of gold PHI
characters covered by some prediction), which catches partial hits such as
"Mary" found in "Mary Smith".
"""

from __future__ import annotations

from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import TypeVar

from cancerprep.errors import InputError
from cancerprep.io.tables import jsonl_objects

# PhysioNet deid types -> i2b2 2014 categories.
PHYSIONET_TO_I2B2: dict[str, str] = {
    "HCPName": "NAME",
    "PTName": "NAME",
    "PTNameInitial": "NAME",
    "RelativeProxyName": "NAME",
    "Date": "DATE",
    "DateYear": "DATE",
    "Location": "LOCATION",
    "Phone": "CONTACT",
    "Age": "AGE",
    "Other": "ID",
}


T = TypeVar("T")


@dataclass(frozen=True)
class Span:
    """One PHI span, predicted or gold, reduced to what any-overlap scoring needs, so PhysioNet
    files, our JSONL and the sample truth compare alike."""

    note_id: str
    start: int
    end: int
    entity_type: str


@dataclass(frozen=True)
class Note:
    """A note with its patient id, kept so the tuning/check split is made by patient: a split by note
    would put one patient's names on both sides."""

    note_id: str
    patient_id: str
    text: str


def is_check_patient(patient_id: str | int) -> bool:
    """The generalisation protocol's held-out part: patients with int(id) % 4 == 3.

    Rules, vocabularies and training data are written from the other (tuning) patients only;
    the check part is only ever scored, so its recall shows how the rules do on unseen notes.
    """
    return int(patient_id) % 4 == 3


def split_by_patient(items: Iterable[T], patient_of: Callable[[T], str | int]) -> tuple[list[T], list[T]]:
    """(tuning, check) lists of `items`, split by `is_check_patient(patient_of(item))`."""
    tuning, check = [], []
    for item in items:
        (check if is_check_patient(patient_of(item)) else tuning).append(item)
    return tuning, check


def physionet_note_id(pid: str, note: str) -> str:
    """'PID-NOTE': PhysioNet numbers notes per patient, so both parts are needed for an id that is
    unique and shared by the text file and the gold file."""
    return f"{pid}-{note}"


def load_physionet_notes(path: str | Path) -> list[Note]:
    """Parse a PhysioNet `id.text` file (latin-1 records) into notes."""
    raw = Path(path).read_bytes().decode("latin-1")
    notes: list[Note] = []
    head = "START_OF_RECORD="
    tail = "||||END_OF_RECORD"
    pos = 0
    while True:
        start = raw.find(head, pos)
        if start < 0:
            break
        line_end = raw.find("\n", start)
        pid, note = raw[start + len(head):line_end].split("||||")[:2]
        end = raw.find(tail, line_end)
        if end < 0:
            raise InputError("unterminated record", file=str(path))
        notes.append(Note(physionet_note_id(pid, note), pid, raw[line_end + 1:end]))
        pos = end + len(tail)
    return notes


def load_physionet_gold(path: str | Path, *, categories: bool = False) -> list[Span]:
    """Parse `id-phi.phrase` lines `PID NOTE START END TYPE PHRASE` (the phrase is ignored); the TYPE is
    mapped to its i2b2 category, or kept as written (PTName, HCPName ...) with `categories`."""
    spans = []
    for n, line in enumerate(Path(path).read_text(encoding="latin-1").splitlines(), 1):
        if not line.strip():
            continue
        parts = line.split(" ", 5)
        if len(parts) < 5:
            raise InputError("expected 'PID NOTE START END TYPE PHRASE'", file=str(path), row=n)
        pid, note, start, end, etype = parts[:5]
        spans.append(Span(physionet_note_id(pid, note), int(start), int(end),
                          etype if categories else PHYSIONET_TO_I2B2.get(etype, etype.upper())))
    return spans


def load_jsonl_spans(path: str | Path, type_key: str = "entity_type") -> list[Span]:
    """Spans from JSONL lines {note_id, start, end, entity_type, ...} (ours, and the sample truth); `type_key`
    reads another field as the type (the sample truth's `subtype`: PATIENT, RELATIVE, DOCTOR ...)."""
    spans = []
    for n, obj in jsonl_objects(path, what="span file"):
        try:
            spans.append(Span(str(obj["note_id"]), int(obj["start"]), int(obj["end"]),
                              str(obj.get(type_key, "PHI")).upper()))
        except (ValueError, KeyError, TypeError):
            raise InputError("not a span line {note_id,start,end,entity_type}", file=str(path),
                             row=n) from None
    return spans


def _by_note(spans: Iterable[Span]) -> dict[str, list[Span]]:
    out: dict[str, list[Span]] = defaultdict(list)
    for s in spans:
        out[s.note_id].append(s)
    for v in out.values():
        v.sort(key=lambda s: (s.start, s.end))
    return out


def _overlaps_any(span: Span, others: list[Span], starts: list[int], max_len: int) -> bool:
    """True when `span` overlaps a span of `others` (sorted by start)."""
    i = bisect_left(starts, span.start - max_len)
    while i < len(others) and others[i].start < span.end:
        if others[i].end > span.start:
            return True
        i += 1
    return False


def score(pred: Iterable[Span], gold: Iterable[Span], *, keep_misses: bool = False) -> dict:
    """Any-overlap recall/precision overall and per gold category, plus character-level recall."""
    pred_by, gold_by = _by_note(pred), _by_note(gold)
    per_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # found, total
    misses: list[Span] = []
    gold_chars = covered_chars = 0
    tp_pred = n_pred = 0
    pred_by_type: dict[str, list[int]] = defaultdict(lambda: [0, 0])  # correct, total
    for note_id in set(pred_by) | set(gold_by):
        ps, gs = pred_by.get(note_id, []), gold_by.get(note_id, [])
        p_starts, g_starts = [s.start for s in ps], [s.start for s in gs]
        p_max = max((s.end - s.start for s in ps), default=0)
        g_max = max((s.end - s.start for s in gs), default=0)
        for g in gs:
            hit = _overlaps_any(g, ps, p_starts, p_max)
            per_type[g.entity_type][0] += hit
            per_type[g.entity_type][1] += 1
            if not hit and keep_misses:
                misses.append(g)
            cover = set()
            for p in ps:
                if p.start < g.end and p.end > g.start:
                    cover.update(range(max(p.start, g.start), min(p.end, g.end)))
            gold_chars += g.end - g.start
            covered_chars += len(cover)
        for p in ps:
            ok = _overlaps_any(p, gs, g_starts, g_max)
            tp_pred += ok
            n_pred += 1
            pred_by_type[p.entity_type][0] += ok
            pred_by_type[p.entity_type][1] += 1
    found = sum(v[0] for v in per_type.values())
    total = sum(v[1] for v in per_type.values())
    result = {
        "gold_spans": total,
        "pred_spans": n_pred,
        "recall": round(found / total, 4) if total else None,
        "precision": round(tp_pred / n_pred, 4) if n_pred else None,
        "char_recall": round(covered_chars / gold_chars, 4) if gold_chars else None,
        "missed": total - found,
        "false_positives": n_pred - tp_pred,
        "recall_by_type": {k: {"recall": round(v[0] / v[1], 4), "found": v[0], "total": v[1]}
                           for k, v in sorted(per_type.items())},
        "precision_by_pred_type": {k: {"precision": round(v[0] / v[1], 4), "correct": v[0],
                                       "total": v[1]} for k, v in sorted(pred_by_type.items())},
    }
    if keep_misses:
        result["_misses"] = misses
    return result


def evaluate_files(pred_path: str | Path, gold_path: str | Path, fmt: str = "physionet") -> dict:
    """Score a predicted SPANS.jsonl against gold in PhysioNet (`id-phi.phrase`) or sample format."""
    if fmt == "physionet":
        gold = load_physionet_gold(gold_path)
    elif fmt == "sample":
        gold = load_jsonl_spans(gold_path)
    else:
        raise InputError(f"unknown gold format {fmt!r}; use physionet or sample")
    return score(load_jsonl_spans(pred_path), gold)

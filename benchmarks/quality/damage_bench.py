"""Benchmark: clinical text the de-identifier replaces in real notes that carry almost no PHI (issue 13).

Why: every false positive puts a surrogate in place of clinical text ("Gleason", "Foley", "2/3 cores"),
and a model trained on the output learns the nonsense. PhysioNet and planted precision count these only
where gold exists; MTSamples transcriptions (`shared/data/mtsamples-dev`) had their identifiers removed
("Dr. X", "ABC Hospital"), so nearly every span predicted there is damage. What can be PHI-like there is
a name after a person title ("Dr. Smith"), a place after a residence or travel word ("lived in Seattle") and a
written date (`likely_phi`; a rough reading of context, not gold): such spans are counted apart
(`likely_phi_per_1000`), and the rest is `damage`.

The notes are split by a hash of their note id into a TUNING half (its spans may be listed, grouped by
class, with `--list N`) and a CHECK half (scored only: its rate is printed as a number, never its spans).
Rates are spans per 1,000 notes, overall and by entity type and by the recogniser credited with the span.
Note: the medical vocabulary (`safelist.build_medical_vocab`) and the learned voter's training data were
built from MTSamples notes, so these rates are lower bounds of what unseen transcriptions would show.

    python -m benchmarks.quality.damage_bench [--limit N] [--list N] [--json OUT.json]
"""

from __future__ import annotations

import argparse
import csv
import hashlib
import os
import re
from collections import Counter
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

from benchmarks.report import emit
from cancerprep.stages.deid.engine import Deidentifier, NoteFailure, PhiSpan

REPO = Path(__file__).resolve().parents[2]
SHARED = REPO.parent / "shared" / "data"

# Context that makes a predicted span plausibly real PHI in MTSamples (not counted as damage):
# a person title right before a NAME, a residence/travel word before a LOCATION, a full written date.
_TITLE = re.compile(r"\b(?:dr|drs|doctor|mr|mrs|ms|miss)\.?[ \t]*$", re.I)
_PLACE_CUE = re.compile(r"\b(?:in|at|to|from|near|lives|lived|moved|visiting|resides)[ \t]+(?:the[ \t]+)?$", re.I)
# a written date: a month word, a year, a full numeric date, month/2-digit year; month/day only after a date word;
# an ordinal day only when punctuation or "of" follows it ("on the 13th.", "the 3rd of November")
_DATE = re.compile(r"\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b|\b(?:18|19|20)\d\d(?:'?s)?\b|"
                   r"\d{1,2}[/-]\d{1,2}[/-]\d{2,4}|\b\d{1,2}/(?:0\d|[3-9]\d)\b", re.I)
_DAY_BEFORE = re.compile(r"\b(?:on|in|from|since|until|dated|of)[ \t]+$", re.I)
_ORDINAL = re.compile(r"\d{1,2}(?:st|nd|rd|th)")
_ORDINAL_END = re.compile(r"[ \t]*(?:[.,;:)\n]|of\b|$)")


def is_check_note(note_id: str) -> bool:
    """The CHECK half: the first byte of the note id's SHA-256 is odd (a split no rule can aim at)."""
    return hashlib.sha256(note_id.encode()).digest()[0] % 2 == 1


def load_notes(path: Path) -> list[tuple[str, str]]:
    """(note_id, transcription) of every non-empty MTSamples note, in note-id order."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: int(r["note_id"]))
    return [(r["note_id"], r["transcription"]) for r in rows if r["transcription"].strip()]


def likely_phi(text: str, span: PhiSpan) -> bool:
    """Is this span plausibly a real identifier MTSamples kept (a titled name, a place after a residence word, a
    written date), not damage?"""
    before = text[max(0, span.start - 20):span.start]
    if span.entity_type == "NAME":
        return bool(_TITLE.search(before))
    if span.entity_type == "LOCATION":
        return bool(_PLACE_CUE.search(before))
    if span.entity_type == "DATE":
        value = text[span.start:span.end]
        if _DATE.search(value):
            return True
        if _ORDINAL.fullmatch(value.strip()):
            return bool(_ORDINAL_END.match(text, span.end))
        return bool(re.fullmatch(r"\d{1,2}/\d{1,2}", value.strip()) and _DAY_BEFORE.search(before))
    return False


def analyse(deid: Deidentifier, notes: list[tuple[str, str]]) -> tuple[list[tuple[str, PhiSpan]], int]:
    """Every span of every note (each note its own patient), and the count of notes that failed."""
    results = deid.analyze_many([t for _, t in notes], groups=[i for i, _ in notes])
    spans = [(nid, s) for (nid, _), r in zip(notes, results, strict=True)
             if not isinstance(r, NoteFailure) for s in r]
    return spans, sum(isinstance(r, NoteFailure) for r in results)


def rates(notes: list[tuple[str, str]], spans: list[tuple[str, PhiSpan]]) -> dict:
    """Spans per 1,000 notes: damage overall, by entity type and by recogniser; likely PHI apart."""
    text = dict(notes)
    per = 1000 / max(len(notes), 1)
    damage = [s for nid, s in spans if not likely_phi(text[nid], s)]
    by_type = Counter(s.entity_type for s in damage)
    by_rec = Counter(s.recognizer for s in damage)
    return {"notes": len(notes), "spans": len(spans), "damage": len(damage),
            "damage_per_1000": round(len(damage) * per, 1),
            "likely_phi_per_1000": round((len(spans) - len(damage)) * per, 1),
            "damage_by_type_per_1000": {k: round(v * per, 1) for k, v in by_type.most_common()},
            "damage_by_recognizer_per_1000": {k: round(v * per, 1) for k, v in by_rec.most_common()}}


def list_damage(notes: list[tuple[str, str]], spans: list[tuple[str, PhiSpan]], limit: int) -> None:
    """Print the TUNING half's damage grouped by (type, recogniser), the most frequent class first, up to
    `limit` examples of each with context (never called for the check half)."""
    text = dict(notes)
    groups: dict[tuple[str, str], list[tuple[str, PhiSpan]]] = {}
    for nid, s in spans:
        if not likely_phi(text[nid], s):
            groups.setdefault((s.entity_type, s.recognizer), []).append((nid, s))
    for (etype, rec), items in sorted(groups.items(), key=lambda kv: -len(kv[1])):
        words = Counter(text[nid][s.start:s.end] for nid, s in items)
        print(f"== {etype} {rec}: {len(items)} spans; most frequent: "
              + ", ".join(f"{w!r} x{n}" for w, n in words.most_common(12)))
        for nid, s in items[:limit]:
            t = text[nid]
            ctx = t[max(0, s.start - 40):s.end + 30].replace("\n", " ")
            print(f"  {t[s.start:s.end]!r:30} ...{ctx!r}")


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mtsamples", type=Path, default=SHARED / "mtsamples-dev" / "mtsamples_dev.csv")
    ap.add_argument("--limit", type=int, default=0, help="first N notes of each half only (0 = all)")
    ap.add_argument("--list", type=int, default=0, help="list up to N damaged spans of each class, TUNING half only")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)

    notes = load_notes(args.mtsamples)
    halves = {"tuning": [n for n in notes if not is_check_note(n[0])],
              "check": [n for n in notes if is_check_note(n[0])]}
    if args.limit:
        halves = {k: v[:args.limit] for k, v in halves.items()}
    deid = Deidentifier()
    out: dict = {"halves": {}}
    for name, part in halves.items():
        spans, failures = analyse(deid, part)
        if name == "check":  # scored only: the rate as a number, nothing of its spans
            r = rates(part, spans)
            out["halves"][name] = {"notes": r["notes"], "damage_per_1000": r["damage_per_1000"],
                                   "failures": failures}
            continue
        out["halves"][name] = {**rates(part, spans), "failures": failures}
        if args.list:
            list_damage(part, spans, args.list)
    emit(out, args.json)
    return out


if __name__ == "__main__":
    main()

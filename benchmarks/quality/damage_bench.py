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

`--breakdown` adds the MTSamples check half's rates by entity type and by recogniser (numbers only, as deid_bench's
`--fp-breakdown` and the ncbi check part give them): which recogniser the check excess comes from, never what it took.
Every half also counts the notes the name spread damaged (`consistency_notes`) and the most damage it did in one note
(`consistency_max_note`): counts, so that a check excess held by one note is told from one spread over many.

`--corpus ncbi` scores a second, untuned corpus: the NCBI disease corpus (`shared/data/ner/NCBI-disease-IOB`,
PubMed abstracts' sentences, no PHI by construction but the odd author-like or place word). Its tokens are joined
back into sentences and every 10 sentences of a file into one pseudo-note (so note context exists); train + devel
are the TUNING part (spans may be listed), test is the CHECK part (rates only, never spans or sentences). Rates
there are spans per 1,000 SENTENCES, with `disease_hit_per_1000`: damage spans that overlap a gold Disease
mention ("Wilms tumor", "Hodgkin lymphoma", "BRCA1 ..."), the damage a cancer toolkit can least afford.

    python -m benchmarks.quality.damage_bench [--corpus mtsamples|ncbi] [--limit N] [--list N] [--breakdown]
        [--json OUT.json]
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
from cancerprep.stages.deid.consistency import CONSISTENCY
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


NCBI_SENTENCES_PER_NOTE = 10
NCBI_PARTS = {"tuning": ("train", "devel"), "check": ("test",)}
# Tokens written against the token before them (closing punctuation) or after them (opening brackets), and those
# written against both ("tumour - suppressor" -> "tumour-suppressor", "3 / 4" -> "3/4").
_GLUE_BEFORE = frozenset(".,;:)]}%")
_GLUE_AFTER = frozenset("([{")
_GLUE_BOTH = frozenset("-/")


def read_iob(path: Path) -> list[list[tuple[str, str]]]:
    """The sentences of an IOB file (token TAB tag, a blank line between sentences)."""
    sentences: list[list[tuple[str, str]]] = []
    current: list[tuple[str, str]] = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            if current:
                sentences.append(current)
            current = []
            continue
        token, _, tag = line.partition("\t")
        current.append((token, tag.strip() or "O"))
    if current:
        sentences.append(current)
    return sentences


def detokenize(tokens: list[str]) -> tuple[str, list[tuple[int, int]]]:
    """The sentence as it was written, with each token's (start, end) in it: punctuation joined to its word
    (`_GLUE_*`), "' s" back to "'s", "Coats '" back to "Coats'", a quote's opening mark against the word after it, its
    closing one before."""
    out, offsets, glue_next, quote_open = "", [], True, False
    for i, tok in enumerate(tokens):
        nxt = tokens[i + 1] if i + 1 < len(tokens) else ""
        glue = glue_next or tok in _GLUE_BEFORE or tok in _GLUE_BOTH or (tok == "s" and out.endswith("'"))
        prev = tokens[i - 1] if i else ""
        if tok == "'" and not quote_open and prev[:1].isupper() and prev.endswith("s"):
            glue, glue_next = True, False  # a name's possessive ("Coats' disease")
        elif tok in ("'", '"') and nxt != "s":
            glue = glue or quote_open
            glue_next, quote_open = not quote_open, not quote_open
        else:
            glue_next = tok in _GLUE_AFTER or tok in _GLUE_BOTH or (tok == "'" and nxt == "s")
            if tok == "'" and nxt == "s":
                glue = True
        if out and not glue:
            out += " "
        offsets.append((len(out), len(out) + len(tok)))
        out += tok
    return out, offsets


def load_ncbi(folder: Path, files: tuple[str, ...]) -> tuple[list[tuple[str, str]], dict[str, list[tuple[int, int]]],
                                                          int]:
    """Pseudo-notes of `files` (10 sentences each, one sentence a line), the gold Disease mentions' (start, end) of
    each note, and the number of sentences."""
    notes, gold, count = [], {}, 0
    for name in files:
        sentences = read_iob(folder / f"{name}.tsv")
        count += len(sentences)
        for first in range(0, len(sentences), NCBI_SENTENCES_PER_NOTE):
            text, mentions = "", []
            for sentence in sentences[first:first + NCBI_SENTENCES_PER_NOTE]:
                line, offsets = detokenize([t for t, _ in sentence])
                base = len(text)
                for (s, e), (_, tag) in zip(offsets, sentence, strict=True):
                    if tag.startswith("B-"):
                        mentions.append([base + s, base + e])
                    elif tag.startswith("I-") and mentions:
                        mentions[-1][1] = base + e
                text += line + "\n"
            note_id = f"{name}-{first // NCBI_SENTENCES_PER_NOTE}"
            notes.append((note_id, text))
            gold[note_id] = [(s, e) for s, e in mentions]
    return notes, gold, count


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


def rates(notes: list[tuple[str, str]], spans: list[tuple[str, PhiSpan]], units: int | None = None,
          gold: dict[str, list[tuple[int, int]]] | None = None) -> dict:
    """Spans per 1,000 notes (or per 1,000 `units`, the sentences of `--corpus ncbi`): damage overall, by entity type
    and by recogniser, likely PHI apart; with `gold` (Disease mentions by note) the damage spans that overlap one."""
    text = dict(notes)
    per = 1000 / max(units if units is not None else len(notes), 1)
    damage = [(nid, s) for nid, s in spans if not likely_phi(text[nid], s)]
    by_type = Counter(s.entity_type for _, s in damage)
    by_rec = Counter(s.recognizer for _, s in damage)
    out = {"notes": len(notes), "spans": len(spans), "damage": len(damage),
           "damage_per_1000": round(len(damage) * per, 1),
           "likely_phi_per_1000": round((len(spans) - len(damage)) * per, 1),
           "damage_by_type_per_1000": {k: round(v * per, 1) for k, v in by_type.most_common()},
           "damage_by_recognizer_per_1000": {k: round(v * per, 1) for k, v in by_rec.most_common()}}
    # how the name spread's damage is spread over notes (counts only): one note writing a term twenty times reads
    # otherwise than twenty notes with one each
    spread = Counter(nid for nid, s in damage if s.recognizer == CONSISTENCY)
    out["consistency_notes"] = len(spread)
    out["consistency_max_note"] = max(spread.values(), default=0)
    if units is not None:
        out = {"sentences": units, **out}
    if gold is not None:
        hit = sum(any(s.start < e and st < s.end for st, e in gold.get(nid, ())) for nid, s in damage)
        out["disease_hit_per_1000"] = round(hit * per, 1)
    return out


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
    ap.add_argument("--corpus", choices=("mtsamples", "ncbi"), default="mtsamples")
    ap.add_argument("--mtsamples", type=Path, default=SHARED / "mtsamples-dev" / "mtsamples_dev.csv")
    ap.add_argument("--ncbi", type=Path, default=SHARED / "ner" / "NCBI-disease-IOB")
    ap.add_argument("--limit", type=int, default=0, help="first N notes of each half only (0 = all)")
    ap.add_argument("--list", type=int, default=0, help="list up to N damaged spans of each class, TUNING half only")
    ap.add_argument("--breakdown", action="store_true",
                    help="MTSamples check half: its rates by entity type and recogniser too (rates only, as ncbi)")
    ap.add_argument("--json", type=Path, default=None)
    args = ap.parse_args(argv)

    gold: dict[str, list[tuple[int, int]]] | None = None
    sentences: dict[str, int | None] = {"tuning": None, "check": None}
    if args.corpus == "ncbi":
        halves, gold = {}, {}
        for name, files in NCBI_PARTS.items():
            halves[name], part_gold, sentences[name] = load_ncbi(args.ncbi, files)
            gold.update(part_gold)
    else:
        notes = load_notes(args.mtsamples)
        halves = {"tuning": [n for n in notes if not is_check_note(n[0])],
                  "check": [n for n in notes if is_check_note(n[0])]}
    if args.limit:
        halves = {k: v[:args.limit] for k, v in halves.items()}
        if gold is not None:  # the sentences of the notes kept
            sentences = {k: sum(t.count("\n") for _, t in v) for k, v in halves.items()}
    deid = Deidentifier()
    out: dict = {"corpus": args.corpus, "halves": {}}
    for name, part in halves.items():
        spans, failures = analyse(deid, part)
        r = rates(part, spans, sentences[name], gold)
        if name == "check":  # scored only: rates as numbers, nothing of its spans or sentences
            if gold is None and not args.breakdown:  # MTSamples check: its overall rate (as before)
                r = {"notes": r["notes"], "damage_per_1000": r["damage_per_1000"]}
            out["halves"][name] = {**r, "failures": failures}
            continue
        out["halves"][name] = {**r, "failures": failures}
        if args.list:
            list_damage(part, spans, args.list)
    emit(out, args.json)
    return out


if __name__ == "__main__":
    main()

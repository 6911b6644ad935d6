"""brat standoff: DOC.txt with DOC.ann beside it (a directory of pairs, or one .txt/.ann).

Text-bound lines (`T1<TAB>Label START END<TAB>text`) become spans. Discontinuous
fragments (`START END;START END`) cannot be one answer string, so they are
reported and left out. Relations, events, attributes and notes carry no span of
their own; they are counted in the report (`ignored_annotation`), not dropped silently.
"""

from __future__ import annotations

import re
from pathlib import Path

from cancerprep.annotations.model import AnnotationUnit, Problem, ReadResult, Span
from cancerprep.errors import InputError

_OFFSETS = re.compile(r"^\d+ \d+$")


def _pairs(path: Path) -> list[tuple[Path, Path]]:
    if path.is_dir():
        txts = sorted(path.rglob("*.txt"))
        if not txts:
            raise InputError("no .txt files in brat directory", file=str(path))
        return [(t, t.with_suffix(".ann")) for t in txts]
    base = path.with_suffix("")
    return [(base.with_suffix(".txt"), base.with_suffix(".ann"))]


def read(path: Path) -> ReadResult:
    """Read brat .txt/.ann pairs; a .txt without its .ann is kept and reported, not dropped."""
    units: list[AnnotationUnit] = []
    problems: list[Problem] = []
    for txt, ann in _pairs(path):
        if not txt.is_file():
            raise InputError("brat text file missing for annotation file", file=str(txt))
        try:
            # newline="" keeps \r\n as two characters: brat offsets count every character.
            with txt.open(encoding="utf-8", newline="") as fh:
                text = fh.read()
        except UnicodeDecodeError:
            raise InputError("not valid UTF-8", file=str(txt)) from None
        spans: list[Span] = []
        if not ann.is_file():
            problems.append(Problem(str(txt), None, "missing_ann_file", "kept_unit_without_spans",
                                    "no .ann file beside the .txt; the document has no spans"))
        else:
            spans = _read_ann(ann, text, problems)
        units.append(AnnotationUnit(txt.stem, text, spans, note_id=txt.stem, file=str(ann), line=None))
    return ReadResult(units, problems)


def _read_ann(ann: Path, text: str, problems: list[Problem]) -> list[Span]:
    name = str(ann)
    spans: list[Span] = []
    try:
        lines = ann.read_text(encoding="utf-8").splitlines()
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8", file=name) from None
    for lineno, line in enumerate(lines, start=1):
        if not line.strip():
            continue
        kind = line[0]
        if kind != "T":
            problems.append(Problem(name, lineno, "ignored_annotation", "ignored",
                                    f"{kind}-line annotations (relations, events, attributes, notes) "
                                    "are not entity spans"))
            continue
        parts = line.split("\t")
        if len(parts) < 2 or " " not in parts[1]:
            problems.append(Problem(name, lineno, "malformed_line", "skipped_line",
                                    "expected 'T<n><TAB>Label START END<TAB>text'"))
            continue
        label, _, offsets = parts[1].partition(" ")
        if ";" in offsets:
            problems.append(Problem(name, lineno, "discontinuous_span", "dropped_span",
                                    f"label {label!r}: discontinuous spans cannot form one answer string"))
            continue
        if not _OFFSETS.match(offsets):
            problems.append(Problem(name, lineno, "malformed_line", "skipped_line",
                                    f"label {label!r}: offsets are not 'START END'"))
            continue
        start, end = (int(x) for x in offsets.split())
        if len(parts) >= 3 and 0 <= start < end <= len(text):
            # brat writes newlines inside a span as spaces in the text column.
            expected = re.sub(r"\s", " ", text[start:end])
            if re.sub(r"\s", " ", parts[2]) != expected:
                problems.append(Problem(name, lineno, "span_text_mismatch", "dropped_span",
                                        f"span [{start}, {end}) label {label!r}: the .ann text column "
                                        "differs from the .txt at those offsets"))
                continue
        spans.append(Span(start, end, label, lineno))
    return spans

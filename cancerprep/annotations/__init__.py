"""Annotation readers: CoNLL/IOB, brat standoff, JSON spans and Label Studio exports.

Every reader returns the same thing, a `ReadResult`: annotation units
`{id, text, spans: [{start, end, label}], note_id}` plus a list of `Problem`s
(file, line, reason code, what was done). Bad spans are never dropped silently:
each one is either an error (strict mode) or a counted, reported problem.
Problems carry label names and positions but never annotated text (it may be PHI).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from cancerprep.annotations.model import (
    FORMATS,
    AnnotationUnit,
    Problem,
    ReadResult,
    Span,
)
from cancerprep.errors import InputError

__all__ = [
    "FORMATS",
    "AnnotationUnit",
    "Problem",
    "ReadResult",
    "Span",
    "read_annotations",
]


def read_annotations(
    path: str | Path,
    fmt: str,
    *,
    label_map: Callable[[str], str | None] | None = None,
    strict: bool = False,
) -> ReadResult:
    """Read an annotation export in `fmt` (conll|brat|json|labelstudio) and validate its spans.

    `label_map` maps a raw label to its entity type (None = not in the schema);
    spans it rejects are reported as `unknown_label` and left out, and overlaps are
    judged per entity type. With `strict`, the first problem raises `InputError`
    naming file and line.
    """
    from cancerprep.annotations import brat, conll, jsonspans, labelstudio
    from cancerprep.annotations.validate import validate_units

    readers = {
        "conll": conll.read,
        "brat": brat.read,
        "json": jsonspans.read,
        "labelstudio": labelstudio.read,
    }
    if fmt not in readers:
        raise InputError(f"unknown annotation format {fmt!r}; use one of {', '.join(FORMATS)}")
    path = Path(path)
    if not path.exists():
        raise InputError("annotation input not found", file=str(path))
    result = readers[fmt](path)
    result = validate_units(result, label_map=label_map)
    if strict and result.problems:
        first = min(result.problems, key=lambda p: (p.file or "", p.line or 0))
        raise InputError(f"{first.reason}: {first.detail}", file=first.file, row=first.line)
    return result

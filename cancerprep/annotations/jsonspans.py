"""JSON spans: JSONL (one record a line) or a JSON array of {id, note_id, text, spans}.

A span's label may also be given as `type` or `entity_type` (common in other exporters).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cancerprep.annotations.model import AnnotationUnit, Problem, ReadResult, Span
from cancerprep.errors import InputError


def _records(file: Path, problems: list[Problem]) -> list[tuple[int, Any]]:
    """(line or element number, parsed record) for a JSONL file or a JSON array file."""
    name = str(file)
    try:
        raw = file.read_text(encoding="utf-8-sig")
    except UnicodeDecodeError:
        raise InputError("not valid UTF-8", file=name) from None
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}", file=name) from None
    if raw.lstrip().startswith("["):
        try:
            data = json.loads(raw)
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}", file=name) from None
        return list(enumerate(data, start=1))
    out: list[tuple[int, Any]] = []
    for lineno, line in enumerate(raw.splitlines(), start=1):
        if not line.strip():
            continue
        try:
            out.append((lineno, json.loads(line)))
        except json.JSONDecodeError as exc:
            problems.append(Problem(name, lineno, "malformed_line", "skipped_record",
                                    f"invalid JSON at column {exc.colno}"))
    return out


def read(path: Path) -> ReadResult:
    """Read JSON/JSONL span files; a malformed line is reported and skipped so one bad line loses no others."""
    files = sorted(path.glob("*.json*")) if path.is_dir() else [path]
    units: list[AnnotationUnit] = []
    problems: list[Problem] = []
    for file in files:
        name = str(file)
        for lineno, rec in _records(file, problems):
            unit = parse_record(rec, name, lineno, f"{file.stem}:{lineno}", problems)
            if unit is not None:
                units.append(unit)
    return ReadResult(units, problems)


def parse_record(
    rec: Any, file: str, lineno: int, default_id: str, problems: list[Problem]
) -> AnnotationUnit | None:
    """One {id?, note_id?, text, spans} record; None (reported) when it cannot be used."""
    if not isinstance(rec, dict):
        problems.append(Problem(file, lineno, "malformed_record", "skipped_record",
                                "record is not an object"))
        return None
    text = rec.get("text")
    if not isinstance(text, str):
        problems.append(Problem(file, lineno, "missing_field", "skipped_record", "no string field 'text'"))
        return None
    raw_spans = rec.get("spans", [])
    if not isinstance(raw_spans, list):
        problems.append(Problem(file, lineno, "malformed_record", "skipped_record", "'spans' is not a list"))
        return None
    unit_id = str(rec["id"]) if rec.get("id") is not None else default_id
    spans: list[Span] = []
    for k, s in enumerate(raw_spans):
        try:
            raw_label = next(s[k] for k in ("label", "type", "entity_type") if k in s)
            start, end, label = int(s["start"]), int(s["end"]), str(raw_label)
        except (KeyError, TypeError, ValueError, StopIteration):
            problems.append(Problem(file, lineno, "malformed_span", "dropped_span",
                                    f"unit {unit_id!r}: span #{k} lacks integer start/end or a label"))
            continue
        given = s.get("text")
        if isinstance(given, str) and 0 <= start < end <= len(text) and text[start:end] != given:
            problems.append(Problem(file, lineno, "span_text_mismatch", "dropped_span",
                                    f"unit {unit_id!r}: span [{start}, {end}) label {label!r}: its 'text' "
                                    "differs from the text at those offsets"))
            continue
        spans.append(Span(start, end, label, lineno))
    note_id = rec.get("note_id")
    return AnnotationUnit(unit_id, text, spans, note_id=None if note_id is None else str(note_id),
                          file=file, line=lineno)

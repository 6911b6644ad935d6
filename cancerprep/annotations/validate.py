"""Span checks common to every reader: range, emptiness, schema labels, duplicates, overlaps."""

from __future__ import annotations

from collections.abc import Callable

from cancerprep.annotations.model import AnnotationUnit, Problem, ReadResult, Span


def validate_units(
    result: ReadResult, *, label_map: Callable[[str], str | None] | None = None
) -> ReadResult:
    """Return a copy whose units hold only valid spans; every removal is a reported problem.

    Overlapping spans of the same entity type cannot both be answers, so the
    longer one is kept (the earlier on ties). Overlaps across entity types are
    legitimate (nested annotations) and kept, but still counted.
    """
    problems = list(result.problems)
    units: list[AnnotationUnit] = []
    seen_ids: dict[str, int] = {}
    for unit in result.units:
        if unit.id in seen_ids:
            seen_ids[unit.id] += 1
            new_id = f"{unit.id}#{seen_ids[unit.id]}"
            problems.append(Problem(unit.file, unit.line, "duplicate_unit_id", "renamed",
                                    f"unit id repeated; renamed to {new_id!r}"))
            unit = AnnotationUnit(new_id, unit.text, unit.spans, unit.note_id, unit.file, unit.line)
        else:
            seen_ids[unit.id] = 1
        units.append(_check_unit(unit, label_map, problems))
    return ReadResult(units=units, problems=problems)


def _check_unit(
    unit: AnnotationUnit, label_map: Callable[[str], str | None] | None, problems: list[Problem]
) -> AnnotationUnit:
    n = len(unit.text)
    kept: list[tuple[Span, str]] = []
    seen: set[tuple[int, int, str]] = set()

    def report(span: Span, reason: str, action: str, detail: str) -> None:
        line = span.line if span.line is not None else unit.line
        problems.append(Problem(unit.file, line, reason, action, f"unit {unit.id!r}: {detail}"))

    for span in unit.spans:
        where = f"span [{span.start}, {span.end}) label {span.label!r}"
        if span.start < 0 or span.end > n:
            report(span, "span_out_of_range", "dropped_span", f"{where} outside text of length {n}")
            continue
        if span.start >= span.end or not unit.text[span.start:span.end].strip():
            report(span, "empty_span", "dropped_span", f"{where} is empty, blank or reversed")
            continue
        value = unit.text[span.start:span.end]
        lead, trail = len(value) - len(value.lstrip()), len(value) - len(value.rstrip())
        if lead or trail:
            # An answer string never starts or ends with whitespace; keep the span, trimmed.
            span = Span(span.start + lead, span.end - trail, span.label, span.line)
            report(span, "span_whitespace_trimmed", "trimmed", f"{where} had surrounding whitespace")
        etype = label_map(span.label) if label_map else span.label
        if etype is None:
            report(span, "unknown_label", "dropped_span", f"{where}: label not in the schema")
            continue
        key = (span.start, span.end, span.label)
        if key in seen:
            report(span, "duplicate_span", "dropped_span", f"{where} given twice")
            continue
        seen.add(key)
        kept.append((span, etype))

    # Overlaps: within an entity type keep the longest span; across types keep both.
    kept.sort(key=lambda se: (se[0].start, -(se[0].end - se[0].start)))
    final: list[tuple[Span, str]] = []
    for span, etype in sorted(kept, key=lambda se: -(se[0].end - se[0].start)):
        clash_same = [o for o, t in final if t == etype and o.start < span.end and span.start < o.end]
        if clash_same:
            other = clash_same[0]
            report(span, "overlapping_span", "dropped_span",
                   f"span [{span.start}, {span.end}) overlaps longer span [{other.start}, {other.end}) "
                   f"of the same entity type {etype!r}")
            continue
        clash_other = [o for o, t in final if t != etype and o.start < span.end and span.start < o.end]
        if clash_other:
            other = clash_other[0]
            report(span, "overlapping_span", "kept",
                   f"span [{span.start}, {span.end}) label {span.label!r} overlaps span "
                   f"[{other.start}, {other.end}) label {other.label!r} of another entity type")
        final.append((span, etype))
    spans = sorted((s for s, _ in final), key=lambda s: (s.start, s.end, s.label))
    return AnnotationUnit(unit.id, unit.text, spans, unit.note_id, unit.file, unit.line)

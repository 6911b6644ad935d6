"""Label Studio JSON export: a list of tasks with `data` and `annotations[].result[]`.

Each task is one unit: its text is `data[text_key]` (`text` by default, else the
task's only string field), its labels the `labels` results of the first
annotation that was not cancelled. Extra annotations of the same task (several
annotators) are reported, not merged, so one annotator's choices stay consistent.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from cancerprep.annotations.model import AnnotationUnit, Problem, ReadResult, Span
from cancerprep.errors import InputError


def read(path: Path, text_key: str = "text") -> ReadResult:
    """Read Label Studio exports, one unit per task; unusable tasks are reported, not dropped silently."""
    files = sorted(path.glob("*.json")) if path.is_dir() else [path]
    units: list[AnnotationUnit] = []
    problems: list[Problem] = []
    for file in files:
        name = str(file)
        try:
            data = json.loads(file.read_text(encoding="utf-8-sig"))
        except json.JSONDecodeError as exc:
            raise InputError(f"invalid JSON at line {exc.lineno} column {exc.colno}", file=name) from None
        except UnicodeDecodeError:
            raise InputError("not valid UTF-8", file=name) from None
        if isinstance(data, dict):
            data = [data]
        if not isinstance(data, list):
            raise InputError("a Label Studio export is a JSON list of tasks", file=name)
        for index, task in enumerate(data, start=1):
            unit = _task(task, name, index, text_key, problems)
            if unit is not None:
                units.append(unit)
    return ReadResult(units, problems)


def _task(task: Any, file: str, index: int, text_key: str, problems: list[Problem]) -> AnnotationUnit | None:
    def report(reason: str, action: str, detail: str) -> None:
        problems.append(Problem(file, index, reason, action, f"task #{index}: {detail}"))

    if not isinstance(task, dict) or not isinstance(task.get("data"), dict):
        report("malformed_record", "skipped_record", "task has no 'data' object")
        return None
    data = task["data"]
    text = data.get(text_key)
    if not isinstance(text, str):
        strings = [v for v in data.values() if isinstance(v, str)]
        if len(strings) != 1:
            report("missing_field", "skipped_record", f"no string field {text_key!r} in 'data'")
            return None
        text = strings[0]
    unit_id = str(task.get("id", data.get("id", f"{Path(file).stem}:{index}")))
    note_id = data.get("note_id")
    annotations = [a for a in task.get("annotations") or [] if isinstance(a, dict)]
    live = [a for a in annotations if not a.get("was_cancelled")]
    if len(annotations) > len(live):
        report("cancelled_annotation", "ignored", f"{len(annotations) - len(live)} cancelled annotation(s)")
    if not live:
        report("no_annotation", "kept_unit_without_spans", "no completed annotation; unit has no spans")
    elif len(live) > 1:
        report("multiple_annotations", "used_first", f"{len(live)} annotations; the first one is used")
    spans: list[Span] = []
    for result in (live[0].get("result") or []) if live else []:
        value = result.get("value") if isinstance(result, dict) else None
        if not isinstance(value, dict) or "labels" not in value:
            continue  # choices, ratings, relations: not entity spans
        try:
            start, end = int(value["start"]), int(value["end"])
            labels = [str(x) for x in value["labels"]]
        except (KeyError, TypeError, ValueError):
            report("malformed_span", "dropped_span", "label result lacks integer start/end")
            continue
        given = value.get("text")
        if isinstance(given, str) and 0 <= start < end <= len(text) and text[start:end] != given:
            report("span_text_mismatch", "dropped_span",
                   f"span [{start}, {end}): its 'text' differs from the task text at those offsets")
            continue
        if len(labels) != 1:
            report("multi_label_span", "one_span_per_label",
                   f"span [{start}, {end}) has {len(labels)} labels")
        spans.extend(Span(start, end, label, index) for label in labels)
    return AnnotationUnit(unit_id, text, spans, note_id=None if note_id is None else str(note_id),
                          file=file, line=index)

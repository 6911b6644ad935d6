"""The annotation unit record and the problem report shared by all readers."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import Any

FORMATS: tuple[str, ...] = ("conll", "brat", "json", "labelstudio")


@dataclass(frozen=True)
class Span:
    """A labelled character range in a unit's text, kept as offsets so no span text is copied around."""

    start: int
    end: int
    label: str
    # Where the span was declared (file line), so later checks can point back to it.
    line: int | None = None


@dataclass
class AnnotationUnit:
    """One annotated text: a sentence (CoNLL) or a document (brat, JSON, Label Studio)."""

    id: str
    text: str
    spans: list[Span] = field(default_factory=list)
    note_id: str | None = None
    file: str | None = None
    line: int | None = None

    def to_record(self) -> dict[str, Any]:
        """The JSON-spans record ({id, note_id, text, spans}) of schemas/annotation.schema.json."""
        record: dict[str, Any] = {
            "id": self.id,
            "text": self.text,
            "spans": [{"start": s.start, "end": s.end, "label": s.label} for s in self.spans],
        }
        if self.note_id is not None:
            record["note_id"] = self.note_id
        return record


@dataclass(frozen=True)
class Problem:
    """One reported problem. `detail` is built from labels, offsets and counts only, never text."""

    file: str | None
    line: int | None
    reason: str
    action: str
    detail: str = ""

    def to_dict(self) -> dict[str, Any]:
        """Plain dict for the JSON report; safe to write because `detail` never holds text."""
        return asdict(self)


@dataclass
class ReadResult:
    """Units together with their problems, so nothing a reader left out can go unreported."""

    units: list[AnnotationUnit]
    problems: list[Problem] = field(default_factory=list)

    def problem_counts(self) -> dict[str, int]:
        """Problems per reason code, sorted, so the CLI and task reports show a stable summary."""
        return dict(sorted(Counter(p.reason for p in self.problems).items()))

    def report(self) -> dict[str, Any]:
        """PHI-free summary: unit/span counts, problem counts by reason, and each problem."""
        return {
            "units": len(self.units),
            "spans": sum(len(u.spans) for u in self.units),
            "problem_counts": self.problem_counts(),
            "problems": [p.to_dict() for p in self.problems],
        }

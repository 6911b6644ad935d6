"""Reading what the engine found, for de-identification tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from presidio_analyzer import EntityRecognizer

from cancerprep.stages.deid.engine import Deidentifier


def found_texts(engine: Deidentifier, text: str) -> list[str]:
    """The text of every span the engine finds in `text`; a note that fails analysis fails the test."""
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    return [text[s.start:s.end] for s in spans]


# A mixed-case note around one line, so the line's own case decides (as in a real note).
_LINE_NOTE = "HISTORY OF PRESENT ILLNESS: The patient is seen in clinic today.\n{line}\nPlan as above.\n"


def in_note(line: str) -> str:
    """`line` inside a short mixed-case note: rules that read a note's case see a real note's mix."""
    return _LINE_NOTE.format(line=line)


def rule_spans(rule: Callable[[str], Iterable[tuple[int, int, str]]], line: str) -> set[tuple[str, str]]:
    """(text, label) of every span a rule function finds in `line` set in a note."""
    text = in_note(line)
    return {(text[a:b], label) for a, b, label in rule(text)}


def rule_texts(rule: Callable[[str], Iterable[tuple[int, int, str]]], line: str) -> set[str]:
    """The text of every span a rule function finds in `line` set in a note."""
    return {found for found, _ in rule_spans(rule, line)}


def recognizer_texts(recognizer: EntityRecognizer, line: str) -> set[str]:
    """The text of every span a recognizer finds in `line` set in a note."""
    text = in_note(line)
    return {text[r.start:r.end] for r in recognizer.analyze(text, [])}

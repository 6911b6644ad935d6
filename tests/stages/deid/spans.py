"""Reading what the engine found, for de-identification tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from presidio_analyzer import EntityRecognizer

from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.base import Anchored, Gated, Lined, LineTested


def found_texts(engine: Deidentifier, text: str) -> list[str]:
    """The text of every span the engine finds in `text`; a note that fails analysis fails the test."""
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    return [text[s.start:s.end] for s in spans]


def covered(engine: Deidentifier, text: str, words: str, nth: int = 0) -> bool:
    """Whether one span the engine finds in `text` holds the `nth` (from 0) occurrence of `words` whole; a note that
    fails analysis fails the test."""
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    at = -1
    for _ in range(nth + 1):
        at = text.index(words, at + 1)
    return any(s.start <= at and at + len(words) <= s.end for s in spans)


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


def bare_pattern(rule: object) -> Any:
    """The pattern behind a rule's gates, anchors and line tests: what the cheaper searches must find the same as."""
    while isinstance(rule, Gated | Anchored | Lined | LineTested):
        rule = rule.pattern
    return rule


def matches_as_bare(rules: Iterable[tuple[str, object]], texts: Iterable[str]) -> int:
    """Assert that each (name, rule) finds in every text the matches and groups its bare pattern finds; the number of
    matches compared (a test asks for enough that the comparison means something)."""
    texts = list(texts)
    found = 0
    for name, rule in rules:
        bare = bare_pattern(rule)
        for text in texts:
            got = [m.regs for m in rule.finditer(text)]
            assert got == [m.regs for m in bare.finditer(text)], name
            found += len(got)
    return found

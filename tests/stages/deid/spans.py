"""Reading what the engine found, for de-identification tests."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerResult

from cancerprep.stages.deid.engine import Deidentifier, deidentify_text
from cancerprep.stages.deid.recognizers import address
from cancerprep.stages.deid.recognizers.backstop import NamesBackstopRecognizer
from cancerprep.stages.deid.recognizers.base import LOCATION, Anchored, Gated, Lined, LineTested
from cancerprep.stages.deid.recognizers.chart_tables import chart_spans
from cancerprep.stages.deid.recognizers.initials_positions import positions_spans
from cancerprep.stages.deid.recognizers.initials_values import values_spans


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


def recognized(recognizer: EntityRecognizer, text: str) -> set[str]:
    """The distinct texts of the spans a recognizer finds in `text`, asked for no entity in particular."""
    return {text[r.start:r.end] for r in recognizer.analyze(text, [])}


def location_texts(recognizer: EntityRecognizer, text: str) -> list[str]:
    """The text of every LOCATION span a recognizer finds in `text`, in its order."""
    return [text[r.start:r.end] for r in recognizer.analyze(text, [LOCATION])]


def supported_texts(recognizer: EntityRecognizer, text: str) -> list[str]:
    """The text of every span a recognizer finds in `text` of the entities it supports, in its order."""
    return [text[r.start:r.end] for r in recognizer.analyze(text, recognizer.supported_entities)]


def backstop_names(text: str) -> set[str]:
    """The distinct NAME texts a fresh names backstop finds in `text`."""
    return {text[r.start:r.end] for r in NamesBackstopRecognizer().analyze(text, ["NAME"])}


def organisation_texts(text: str) -> list[str]:
    """The text of every organisation the address module's organisation rule finds in `text`."""
    return [text[s:e] for s, e in address.organisation_spans(text)]


def span_texts(spans_of: Callable[[str], Iterable[tuple]], text: str) -> list[str]:
    """The text of every (start, end, ...) span a rule function finds in `text`, in its order."""
    return [text[a:b] for a, b, *_ in spans_of(text)]


def chart_texts(line: str) -> set[tuple[str, str]]:
    """(text, kind) of every span the chart-table rules find in `line` set in a note."""
    text = in_note(line)
    return {(text[a:b], kind) for a, b, kind, _ in chart_spans(text)}


def initials_names(line: str, spans_of: Callable[[str], Iterable[tuple]] = positions_spans) -> set[str]:
    """The NAME texts a rule function (by default the initials-by-position rules) finds in `line` set in a note."""
    text = in_note(line)
    return {text[a:b] for a, b, kind, _ in spans_of(text) if kind == "NAME"}


# A plain opening line before an initials value, so the line under test is not the note's first.
_VALUES_HEAD = "Patient seen in clinic today, doing well.\n"


def values_marked(line: str, head: str = _VALUES_HEAD) -> list[str]:
    """The texts `initials_values` marks in `line` after `head`."""
    text = head + line + "\n"
    return [text[s:e] for s, e, _, _ in values_spans(text)]


def name_result(start: int, end: int, recognizer: str, rule: str | None = None) -> RecognizerResult:
    """A NAME result at 0.6 as `recognizer` (and its `rule`, if any) would report it."""
    meta = {"recognizer_name": recognizer, **({"rule": rule} if rule else {})}
    return RecognizerResult("NAME", start, end, 0.6, recognition_metadata=meta)


def tagged(text: str) -> str:
    """`text` de-identified in tag mode under a fixed test key, as one patient's note."""
    return deidentify_text(text, "p1", b"k" * 32, mode="tag")[0]


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


def match_regs(rule: Any, text: str) -> list[tuple]:
    """Every match of a rule (layered or bare) in `text` as the spans of the whole and of its groups (`regs`)."""
    return [m.regs for m in rule.finditer(text)]


def matches_as_bare(rules: Iterable[tuple[str, object]], texts: Iterable[str]) -> int:
    """Assert that each (name, rule) finds in every text the matches and groups its bare pattern finds; the number of
    matches compared (a test asks for enough that the comparison means something)."""
    texts = list(texts)
    found = 0
    for name, rule in rules:
        bare = bare_pattern(rule)
        for text in texts:
            got = match_regs(rule, text)
            assert got == match_regs(bare, text), name
            found += len(got)
    return found

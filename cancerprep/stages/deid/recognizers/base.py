"""Shared pieces of every recognizer: entity names, the per-note deadline, `RegexRecognizer`.

Regexes use the `regex` module with a per-call timeout (`deadline`), so a
pathological note raises `TimeoutError` instead of hanging a worker.
"""

from __future__ import annotations

import contextvars
import functools
import re as stdre
import time
from collections.abc import Callable, Iterable

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

NAME, DATE, AGE, CONTACT, ID, LOCATION = "NAME", "DATE", "AGE", "CONTACT", "ID", "LOCATION"
ENTITIES = (NAME, DATE, AGE, CONTACT, ID, LOCATION, "PROFESSION")

# Absolute time.monotonic() deadline for the note being analysed (set by the engine).
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("deid_deadline", default=None)


def set_deadline(deadline: float | None) -> contextvars.Token:
    """Set the absolute time.monotonic() deadline for the note being analysed (engine)."""
    return _deadline.set(deadline)


def reset_deadline(token: contextvars.Token) -> None:
    """Undo `set_deadline` once the note is done."""
    _deadline.reset(token)


def time_left() -> float | None:
    """Seconds left of the note's deadline (None: no deadline); raises `TimeoutError` once it has passed, so work
    that cannot be interrupted (a stdlib scan, the learned model) still fails closed between its steps."""
    d = _deadline.get()
    if d is None:
        return None
    left = d - time.monotonic()
    if left <= 0:
        raise TimeoutError("de-identification deadline exceeded")
    return left


def finditer(pattern: re.Pattern | Gated | Anchored, text: str, pos: int = 0) -> Iterable[re.Match]:
    """`pattern.finditer` under the note's remaining time: a pathological regex on a huge note raises
    TimeoutError (and the note is quarantined) instead of hanging a worker."""
    return pattern.finditer(text, pos, timeout=time_left())


class Gated:
    """A rule's pattern run only on the notes where its anchor occurs. Why: a pattern that opens with a
    generic word ("X, MD", "X is a 62 yo") is tried at every word of every note, though its anchor (the
    credential, "is a 62") is rare; one scan for the anchor costs a tenth as much. Same matches: the gate must
    be a necessary condition of the pattern (tests compare both on real notes).

    The gate is a `regex` pattern (or its source), or a `Folded` one; a stdlib `re` pattern is searched as it is
    (its scans of literals and character classes are several times faster than `regex`'s; it has no timeout, so
    a stdlib gate must stay linear: literals, classes, no nested repeats)."""

    def __init__(self, gate: str | re.Pattern | stdre.Pattern | Folded, pattern: re.Pattern):
        self.gate = re.compile(gate) if isinstance(gate, str) else gate
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterable[re.Match]:
        """The pattern's matches, or none at all when the anchor is absent."""
        gate = self.gate
        if isinstance(gate, Folded):
            absent = gate.absent(text, pos)
        elif isinstance(gate, stdre.Pattern):
            absent = gate.search(text, pos) is None
        else:
            absent = gate.search(text, pos, timeout=timeout) is None
        if absent:
            return iter(())
        return self.pattern.finditer(text, pos, timeout=timeout)


class Folded:
    """A case-insensitive gate written in lower case: a stdlib `re` search (case-sensitive, so fast) over the note
    lower-cased once (`lowered`). On an ASCII note lower-casing is exact, so this answers as the case-insensitive
    search would; a note with other characters (where case folding has exceptions: "K" the Kelvin sign, "ſ") is
    never gated, its rule just runs."""

    def __init__(self, gate: str, flags: int = 0):
        if gate != gate.lower():
            raise ValueError("a folded gate is written in lower case")
        self.pattern = stdre.compile(gate, flags)
        self._last: tuple[str, int, bool] = ("", -1, False)  # the last note's answer: rules may share a gate

    def absent(self, text: str, pos: int = 0) -> bool:
        """True only when the gate surely does not occur from pos on (an ASCII note without it)."""
        last = self._last
        if last[0] is text and last[1] == pos:
            return last[2]
        answer = text.isascii() and self.pattern.search(lowered(text), pos) is None
        self._last = (text, pos, answer)
        return answer


class Lined:
    """A pattern that never crosses a line (no newline in any match), run only on the lines where its anchor occurs.
    Why: a pattern opening with a generic word ("X Y, DOB") is tried at every character of a note, though only the
    few lines holding its anchor can match; searching those lines alone finds the same matches (a match, the anchor
    inside it, lies on one line; a line's end is a newline, as in the whole note). The anchor is written in lower
    case and searched as a `Folded` gate is (stdlib `re`, the lower-cased note); it must occur in every match. A note
    with non-ASCII characters is searched whole. The pattern must never match the empty string nor look past the
    line's end (tests compare both on real notes)."""

    def __init__(self, anchor: str, pattern: re.Pattern):
        if anchor != anchor.lower():
            raise ValueError("a line anchor is written in lower case")
        self.anchor = stdre.compile(anchor)
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterable[re.Match]:
        """The pattern's matches on the lines that hold the anchor, in order."""
        if not text.isascii():
            yield from self.pattern.finditer(text, pos, timeout=timeout)
            return
        low = lowered(text)
        done = pos
        for a in self.anchor.finditer(low, pos):
            if a.start() < done:
                continue
            start = max(pos, low.rfind("\n", 0, a.start()) + 1)
            end = low.find("\n", a.start())
            done = len(low) if end == -1 else end
            yield from self.pattern.finditer(text, start, done, timeout=timeout)


class Anchored:
    """A pattern tried only where its anchor starts. Why: a pattern opening with a list of words ("see|follow|...
    X", "from|near|... City") is tried at every character by `regex`; the stdlib search for the words over the
    lower-cased note finds the few places it can start, and trying it there finds the same matches, in order (each
    match is the one a search reaching that place would find). The anchor is written in lower case and must match
    (as a lookahead) where every match of the pattern starts; a note with non-ASCII characters is searched whole.
    The pattern must never match the empty string (tests compare both on real notes)."""

    def __init__(self, anchor: str, pattern: re.Pattern):
        if anchor != anchor.lower():
            raise ValueError("an anchor is written in lower case")
        self.source = anchor
        self.anchor = stdre.compile(f"(?=(?:{anchor}))")
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterable[re.Match]:
        """The pattern's matches, tried at the anchor's places only."""
        if not text.isascii():
            yield from self.pattern.finditer(text, pos, timeout=timeout)
            return
        done = pos
        for a in self.anchor.finditer(lowered(text), pos):
            if a.start() < done:
                continue
            m = self.pattern.match(text, a.start(), timeout=timeout)
            if m is not None:
                done = m.end()
                yield m


def ascii_twin(pattern: re.Pattern | Gated | Anchored) -> re.Pattern | Gated | Anchored:
    """The pattern compiled with `regex.ASCII`, for ASCII notes only: on a text of ASCII characters, \\w \\d \\s \\b and
    case-insensitive letters match exactly what they match in Unicode mode (the flag narrows them to ASCII), so the
    matches are the same, and `regex` scans about 13% faster (PhysioNet notes, every rule; tests compare both)."""
    if isinstance(pattern, Gated):
        gate = pattern.gate if isinstance(pattern.gate, Folded | stdre.Pattern) else ascii_twin(pattern.gate)
        return Gated(gate, ascii_twin(pattern.pattern))
    if isinstance(pattern, Anchored):
        return Anchored(pattern.source, ascii_twin(pattern.pattern))
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """The note in lower case, kept for the last notes (every folded gate of every recognizer asks it)."""
    return text.lower()


I = re.IGNORECASE  # noqa: E741
MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
ORD = r"(?:st|nd|rd|th)?"


class RegexRecognizer(EntityRecognizer):
    """A Presidio recognizer over a list of (regex, group, score, validator) rules.

    Like `PatternRecognizer`, but a rule can report one capture group and a
    validator sees the whole text around the match (context), which clinical
    dates and numbers need (a year vs a time of day vs a lab value).
    """

    Rule = tuple[re.Pattern | Gated, int, float, Callable[[str, re.Match], bool] | None]

    # notes a recognizer reads before it compiles its rules' ASCII twins: compiling all twins costs ~0.2 s per
    # process and saves ~0.14 ms per note, so a one-note run must not pay it and a long run soon earns it back
    TWIN_AFTER = 500

    def __init__(self, entity: str, name: str, rules: list[Rule]):
        self.rules = rules
        # the same rules compiled for ASCII notes (`ascii_twin`), built once TWIN_AFTER notes were read: most notes
        # are ASCII, and the twins' scans are faster; both find the same matches, so which one runs changes nothing
        self._ascii_rules: list[RegexRecognizer.Rule] | None = None
        self._notes_read = 0
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def _rules_for(self, text: str) -> list[Rule]:
        if not text.isascii():
            return self.rules
        if self._ascii_rules is None:
            self._notes_read += 1
            if self._notes_read <= self.TWIN_AFTER:
                return self.rules
            self._ascii_rules = [(ascii_twin(pattern), *rest) for pattern, *rest in self.rules]
        return self._ascii_rules

    def load(self) -> None:
        """Nothing to load (rules are compiled by the caller); Presidio requires the method."""
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        """Each rule's chosen group, kept when its validator accepts the match in context; an empty
        group is skipped so a zero-width match never becomes a span."""
        out = []
        entity = self.supported_entities[0]
        for pattern, group, score, valid in self._rules_for(text):
            for m in finditer(pattern, text):
                s, e = m.span(group)
                if s == e or (valid is not None and not valid(text, m)):
                    continue
                out.append(RecognizerResult(entity, s, e, score,
                                            recognition_metadata={"recognizer_name": self.name}))
        return out


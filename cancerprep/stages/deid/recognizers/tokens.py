"""The word/number/punctuation tokenizer and the note's case mode, shared by the token recognizers."""

from __future__ import annotations

import functools

import regex as re

from cancerprep.stages.deid.recognizers.base import finditer
from cancerprep.stages.deid.recognizers.words import RELATIONS, TITLES

_TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z']*[A-Za-z])?(?:-[A-Za-z]+)*|\d+|\S")


class Tok:
    """A token with its offsets and lower-case form computed once, shared by every token recognizer;
    `__slots__` because a note makes thousands of them."""

    __slots__ = ("end", "is_word", "low", "start", "text")

    def __init__(self, m: re.Match):
        self.start, self.end = m.span()
        self.text = m.group(0)
        self.low = self.text.lower()
        # starts with a letter: only words can be names, so rules skip numbers and punctuation
        self.is_word = self.text[0].isalpha()


_SPLIT_HYPHEN = re.compile(r"[A-Za-z']+|-")

SPLITTABLE = set(RELATIONS) | set(TITLES) | {"pt", "social", "per", "family"}


def tokenize(text: str) -> list[Tok]:
    """Word, number and punctuation tokens; "DAUGHTER-KRISSY" and "Krissy-daughter" split, "FORMAN-LYONS" and
    "daughter-in-law" stay.

    Several recognizers tokenize the same note one after another: the last notes' tokens are kept
    (Tok objects are never changed), each caller gets its own list."""
    return list(_tokenize(text))


@functools.lru_cache(maxsize=4)
def _tokenize(text: str) -> tuple[Tok, ...]:
    out = []
    for m in finditer(_TOKEN, text):
        tok = Tok(m)
        if "-" in tok.text and tok.low not in RELATIONS and (tok.text.split("-", 1)[0].lower() in SPLITTABLE
                                                             or tok.text.rsplit("-", 1)[1].lower() in RELATIONS):
            out.extend(Tok(p) for p in _SPLIT_HYPHEN.finditer(text, m.start(), m.end()))
        else:
            out.append(tok)
    return tuple(out)


@functools.lru_cache(maxsize=16)
def case_mode(text: str) -> str:
    """'upper', 'lower' or 'mixed': where a note has no case information, capitals prove nothing. Kept for the
    last notes, as every recognizer asks it of the same note."""
    letters = list(filter(str.isalpha, text[:3000]))
    if not letters:
        return "mixed"
    up = sum(map(str.isupper, letters)) / len(letters)
    if up > 0.7:
        return "upper"
    return "lower" if up < 0.02 else "mixed"


def mostly_upper(text: str) -> bool:
    """True when capitalisation carries no information (ALL CAPS or all lower-case notes)."""
    return case_mode(text) != "mixed"


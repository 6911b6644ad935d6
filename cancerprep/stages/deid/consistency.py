"""Note-level name consistency: a name found once in a note is PHI wherever else that note writes it.

Why: the recognizers judge each occurrence by its context, and notes write the same person in frames
that no rule or model knows ("... and then Quenby went home", "QUENBY'S DAUGHTER"). A human redactor
does not read those afresh: once the header says "Patient: Ann Quenby", every "Quenby" in the note is
removed. Philter and NLM-Scrubber call this consistent redaction. It generalises with the frame,
because it needs only one confident finding per note, usually in a header, a signature or after a
title, where the rules are strongest.

The words of the note's NAME spans (letters only, three or more: one- and two-letter names collide
with initials and abbreviations such as "Al" and "Li", the identity recognizer's guard too; split at
hyphens, "Smith-Jones" -> smith, jones; possessive dropped, "Smith's" -> smith; "O'Neil" kept whole)
are looked for in the whole note, whole-word and in any case ("QUENBY", "quenby", "Quenby's",
"Quenby-Hale", "Quenby2"), with one regex per note. Each occurrence that no span covers yet becomes a
NAME span. Precision guards, on the vocabularies the recognizers already use (`safelist`, `protect`):

* a word known not to be a name (English or medical vocabulary, clinical shorthand, the protected
  clinical classes; minus every census name) never spreads: a span holding it was a false positive
  or an unusual name, and spreading it would damage clinical text ("heparin", "FISH"); nor does an
  unknown word shorter than five letters (shorthand: "OSA", "HLD"), a one-edit typo of a known word,
  an unknown word a mixed-case note writes in lower case (a misspelling), or a word right before a
  colon (a field label a span ran into: "S. Miles\nTel:");
* a census name that is also an everyday or medical word ("Grace", "Hope", "Brown", "Foley") spreads
  only to occurrences that look like a name where case carries information: capitalised (not
  ALL CAPS), not at a sentence or line start, not in a hyphenated term ("Ray-Tec"), in a mixed-case
  note; function words that are census names ("will", "may") never spread;
* a staging or eponym use ("Clark level", `safelist.clinical_term_use`) is never a name.

A span that only the learned voter found (`WEAK_SEEDERS`) spreads its census names only: the learned
voter's lone false positives are unknown and everyday words. Each guard was chosen on the tuning parts
of the dev data (docs/deid.md has the figures).
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Sequence
from typing import Protocol

import regex as re
from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.backstop import _typo_of_known
from cancerprep.stages.deid.recognizers.base import NAME, I, finditer
from cancerprep.stages.deid.recognizers.context import sentence_start
from cancerprep.stages.deid.recognizers.tokens import case_mode
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP, TITLES

CONSISTENCY = "NameConsistency"  # recognizer name of the spans added here (stats, spans files)
SCORE = 0.6
MIN_LETTERS = 3
SHORTHAND = 5  # a word no vocabulary knows and shorter than this is likelier shorthand ("OSA", "HLD") than a name
# Voters whose lone NAME spans spread their census names only (see module doc).
WEAK_SEEDERS = frozenset({"LearnedRecognizer"})

FREE, GUARDED = "free", "guarded"
_WORD = re.compile(r"[A-Za-z]+(?:['’][A-Za-z]+)*")
_NOT_NAMES = TITLES | RELATIONS | CREDENTIALS | STOP


class Span(Protocol):
    """What the engine's merged spans offer (`engine.PhiSpan`; not imported: the engine imports us)."""

    start: int
    end: int
    entity_type: str


@functools.cache
def _census() -> frozenset[str]:
    return sl.first_names() | sl.last_names()


@functools.cache
def word_class(word: str) -> str | None:
    """How a lower-case name word may spread: FREE (any case, anywhere), GUARDED (only where it looks
    like a name) or None (never: a word known not to be a name)."""
    if len(word.replace("'", "")) < MIN_LETTERS or word in _NOT_NAMES or word in protect.protected_words():
        return None
    if word not in _census() and word.replace("'", "") not in _census():  # "o'neil": the census writes "oneil"
        # no census name: an unusual name, or shorthand and typos nobody listed
        if sl.is_known_word(word) or word in sl.CLINICAL_TERMS or len(word) < SHORTHAND or _typo_of_known(word):
            return None
        return FREE
    return GUARDED if sl.is_common(word) or word in sl.medical_words() else FREE


def name_words(text: str, spans: Iterable[Span], results: Sequence[RecognizerResult] | None = None,
               mixed: bool = True) -> dict[str, str]:
    """The spreadable words of the NAME spans: lower-case word -> FREE or GUARDED. With the raw `results`,
    a span only weak voters (`WEAK_SEEDERS`) found gives its census names only (see module doc)."""
    strong = None if results is None else [
        (r.start, r.end) for r in results
        if r.entity_type == NAME and (r.recognition_metadata or {}).get("recognizer_name") not in WEAK_SEEDERS]
    out: dict[str, str] = {}
    for s in spans:
        if s.entity_type != NAME:
            continue
        weak = strong is not None and not any(a < s.end and s.start < b for a, b in strong)
        for m in _WORD.finditer(text, s.start, s.end):
            if text.startswith(":", m.end()):
                continue  # a field label the span ran into ("S. Miles\nTel: ..."), not a name
            word = m.group(0).lower().replace("’", "'")
            if word.endswith("'s"):
                word = word[:-2]
            cls = word_class(word)
            if cls is None or (word not in _census() and (weak or (mixed and m.group(0).islower()))):
                continue  # a lower-case unknown word in a note with capitals is likelier a misspelling
            out[word] = cls
    return out


def propagate(text: str, spans: Sequence[Span], results: Sequence[RecognizerResult] | None = None
              ) -> list[tuple[int, int]]:
    """(start, end) of every other occurrence of the name words of `spans` (`name_words`, weighed by the
    voters' `results` when given) that no span covers yet; sorted, disjoint."""
    mixed = case_mode(text) == "mixed"
    words = name_words(text, spans, results, mixed)
    if not words:
        return []
    alternatives = "|".join(re.escape(w).replace("'", "['’]") for w in sorted(words, key=len, reverse=True))
    pattern = re.compile(rf"(?<![A-Za-z])(?:{alternatives})(?:['’]s)?(?![A-Za-z])", I)
    taken = sorted((s.start, s.end) for s in spans)
    out: list[tuple[int, int]] = []
    for m in finditer(pattern, text):
        a, b = m.span()
        if _covered(taken, a, b):
            continue
        word = m.group(0).lower().replace("’", "'")
        cls = words.get(word) or words.get(word[:-2]) or GUARDED
        if cls == GUARDED and not (mixed and _name_case(m.group(0)) and not sentence_start(text, a)
                                   and not _compound(text, a, b)):
            continue
        if sl.clinical_term_use(text, a, b, NAME):
            continue
        out.append((a, b))
    return out


def _name_case(word: str) -> bool:
    """Capitalised and not ALL CAPS (headings and acronyms are written in capitals)."""
    return word[:1].isupper() and not word.isupper()


def _compound(text: str, a: int, b: int) -> bool:
    """Is text[a:b] joined by a hyphen to another word ("Ray-Tec")? An everyday word there is a term."""
    return (text[b:b + 1] == "-" and text[b + 1:b + 2].isalpha()) or (a > 1 and text[a - 1] == "-"
                                                                       and text[a - 2].isalpha())


def _covered(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """Does any of the sorted, disjoint spans overlap [a, b)?"""
    i = bisect.bisect_left(taken, (b, b))
    return any(s < b and a < e for s, e in taken[max(0, i - 8):i])

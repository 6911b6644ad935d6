"""Case restored for the learned voter: a line written without case, read as a mixed-case note would write it.

Why: the learned voter reads a name by its shape as much as by its word, and notes stored in ALL CAPS or in lower
case (whole exports, or one line a form pasted in) give every word the same shape, so the voter that finds most
organisations in lines with case finds few there (issue 13: the blind transfers and sites forms, a quarter of whose
lines are rendered without case). The project's vocabularies know how a word is usually written: a word of the
dictionary or the medical vocabularies that no census lists (`known_words.known_safe`) and stop words in small
letters, a clinical term of up to four letters in capitals, a census name, a place or a word no vocabulary knows
(five letters or more, no slip of a known word) capitalised as a proper noun; other words (shorthand) small. Only ASCII
lines without case are rewritten, letter for letter, so offsets hold. The engine runs the learned voter a second time
over the notes that have such lines and adds its LOCATION results that lie on them (`on_restored_line`): places and
organisations only, because on PhysioNet's many caseless lines (headings, shorthand) every type cost precision
(tuning 0.9781 -> 0.9685, check 0.9152 -> 0.8843 with all types and every unknown word capitalised). The rules keep
reading the notes as written.
"""

from __future__ import annotations

import functools
import re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import known_safe, typo_of_known
from cancerprep.stages.deid.recognizers.address import ORG_HEADS, ORG_MODIFIERS, ORG_SOFT_HEADS
from cancerprep.stages.deid.recognizers.locations import FACILITY
from cancerprep.stages.deid.recognizers.words import STOP

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
_PROPER = re.compile(r"\b[A-Z][a-z]")  # a word restored as a proper noun
PROPER_MIN = 5  # an unknown word shorter than this is likelier shorthand than a name (as in `consistency`)
SHORT_ABBR = 4  # a clinical term this short is an abbreviation ("ICU", "CT", "HGB") and is written in capitals


def _word_case(m: re.Match) -> str:
    return _case_of(m.group(0).lower())


@functools.lru_cache(maxsize=1 << 16)
def _case_of(low: str) -> str:
    """How a word (lower case) is usually written. Kept per word: the answer reads fixed vocabularies only, and a
    caseless note repeats its words (a restored line asked ~1 us of vocabulary lookups per word, perf31)."""
    if low in sl.CLINICAL_TERMS and len(low) <= SHORT_ABBR:
        return low.upper()
    if low in known_safe() or low in STOP:
        return low
    # a census name, a place, or a word no vocabulary knows that is long enough to be no shorthand ("abd", "neb") and
    # no slip of a known word: written as a proper noun
    if sl.census_name_or_city(low) or low in sl.place_words() or (
            len(low) >= PROPER_MIN and low.isalpha() and not typo_of_known(low)):
        return low[:1].upper() + low[1:]
    return low


# A proper noun, then up to three kind-of-care words and an organisation word ("Shell pharmacy" -> "Shell Pharmacy",
# "Alliance rehabilitation hospital" -> "Alliance Rehabilitation Hospital")
_PROPER_WORD = re.compile(r"\b[A-Z][a-z'\-]+\b")
_NEXT_WORD = re.compile(r"[ \t]+([A-Za-z][A-Za-z'\-]*)\b")
_KIND_WORDS = ORG_MODIFIERS | FACILITY
# organisation words, with the two-word ones' heads that end a care setting's name ("Skilled Nursing Facility")
_ORG_WORDS = ORG_HEADS | ORG_SOFT_HEADS | {"facility", "living", "system", "systems"}
_KINDS_BEFORE_HEAD = 3


def _org_words_titled(line: str) -> str:
    """The restored `line` with the organisation words after a proper noun written as a name's are (title case), when
    they end in an organisation word with only kind-of-care words before it: mixed-case notes write "Shell Pharmacy",
    and the voter reads the name by that shape; the restore otherwise writes the everyday head small ("Shell
    pharmacy"). A kind-of-care word as the proper noun ("Heart clinic") titles nothing."""
    chars = list(line)
    for m in _PROPER_WORD.finditer(line):
        if m.group(0).lower() in _KIND_WORDS:
            continue
        pos, starts = m.end(), []
        for _ in range(_KINDS_BEFORE_HEAD + 1):
            w = _NEXT_WORD.match(line, pos)
            if w is None:
                break
            low = w.group(1).lower()
            starts.append(w.start(1))
            pos = w.end()
            if low in _ORG_WORDS:
                for k in starts:
                    chars[k] = chars[k].upper()
                break
            if low not in _KIND_WORDS:
                break
    return "".join(chars)


def restore_case(text: str) -> str:
    """`text` with each ASCII line that has letters but no case (all capitals or all small letters) rewritten in the
    case its words usually take, the line's first letter capitalised, when that writes a word as a proper noun, and
    every other line blanked; same length, same offsets. `text` itself when no line is rewritten. Why blank: the voter
    only adds results on those lines, and PhysioNet's caseless lines are mostly shorthand with no proper noun: a
    second pass over whole notes cost ~20% more CPU."""
    if text.isascii() and not any(line.isupper() or line.islower() for line in text.split("\n")):
        return text
    out = []
    proper = False
    for line in text.split("\n"):
        restored = _WORD.sub(_word_case, line) if line.isascii() and (line.isupper() or line.islower()) else ""
        restored = _org_words_titled(restored) if restored else restored
        if _PROPER.search(restored):
            proper = True
            out.append(restored[:1].upper() + restored[1:])
        else:
            out.append(" " * len(line))
    return "\n".join(out) if proper else text


def on_restored_line(text: str, start: int, end: int) -> bool:
    """Does text[start:end] lie on one line that `restore_case` rewrites (ASCII, no case)?"""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    b = len(text) if b < 0 else b
    line = text[a:b]
    return end <= b and line.isascii() and (line.isupper() or line.islower())

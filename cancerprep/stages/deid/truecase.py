"""Case restored for the learned voter: a line written without case, read as a mixed-case note would write it.

Why: the learned voter reads a name by its shape as much as by its word, and notes stored in ALL CAPS or in lower
case (whole exports, or one line a form pasted in) give every word the same shape, so the voter that finds most
organisations in lines with case finds few there (issue 13: the blind transfers and sites forms, a quarter of whose
lines are rendered without case). The project's vocabularies know how a word is usually written: a word of the
dictionary or the medical vocabularies that no census lists (`known_words.known_safe`) and stop words in small
letters, a clinical term of up to four letters in capitals, a census name, a place or a word no vocabulary knows
(five letters or more, no slip of a known word) capitalised as a proper noun; other words (shorthand) small. Only ASCII
lines without case are rewritten, letter for letter, so offsets hold. The engine runs the learned voter a second time
over the notes that have such lines, reading them only around a proper noun at a place cue (`restore_for_voter`), and
adds its LOCATION results that lie on them (`on_restored_line`): places and
organisations only, because on PhysioNet's many caseless lines (headings, shorthand) every type cost precision
(tuning 0.9781 -> 0.9685, check 0.9152 -> 0.8843 with all types and every unknown word capitalised). The rules keep
reading the notes as written.
"""

from __future__ import annotations

import functools
import re
from itertools import accumulate, compress

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import known_safe, typo_of_known
from cancerprep.stages.deid.recognizers.address import (
    ORG_HEADS,
    ORG_MODIFIERS,
    ORG_SOFT_HEADS,
    STATE_CODES,
    STATE_NAMES,
)
from cancerprep.stages.deid.recognizers.locations import FACILITY
from cancerprep.stages.deid.recognizers.words import STOP
from cancerprep.stages.deid.voter_gate import WINDOW, reach

_WORD = re.compile(r"[A-Za-z][A-Za-z']*")
# a word restored as a proper noun: \b[A-Z][a-z], written to open with the capital (a word boundary before it is no word
# character before it, `(?<!\w.)` once it is read) so that `re` skips to the capitals (perf39; the same matches)
_PROPER = re.compile(r"[A-Z](?<!\w.)[a-z]")
PROPER_MIN = 5  # an unknown word shorter than this is likelier shorthand than a name (as in `consistency`)
SHORT_ABBR = 4  # a clinical term this short is an abbreviation ("ICU", "CT", "HGB") and is written in capitals


# `_WORD` as a split's separator: the pieces of a line alternate between what lies between its words and the words
_WORD_SPLIT = re.compile(f"({_WORD.pattern})")


def _restored_words(line: str) -> str:
    """An ASCII `line` with each word (`_WORD`) written as `_case_of` says. Why not `_WORD.sub` with a callback: the
    lower-cased line split at its words and the words mapped through the cache run at C speed, where the callback
    was a Python call a word (same length and letters: a word of the line is a word of its lower-case form)."""
    parts = _WORD_SPLIT.split(line.lower())
    parts[1::2] = map(_case_of, parts[1::2])
    return "".join(parts)


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
_PROPER_WORD = re.compile(r"[A-Z](?<!\w.)[a-z'\-]+\b")  # \b[A-Z][a-z'\-]+\b, opening with the capital as `_PROPER`
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
    chars: list[str] | None = None  # the line's characters, listed at the first word titled (most lines title none)
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
                chars = list(line) if chars is None else chars
                for k in starts:
                    chars[k] = chars[k].upper()
                break
            if low not in _KIND_WORDS:
                break
    return line if chars is None else "".join(chars)


def restore_case(text: str) -> str:
    """`text` with each ASCII line that has letters but no case (all capitals or all small letters) rewritten in the
    case its words usually take, the line's first letter capitalised, when that writes a word as a proper noun, and
    every other line blanked; same length, same offsets. `text` itself when no line is rewritten. Why blank: the voter
    only adds results on those lines, and PhysioNet's caseless lines are mostly shorthand with no proper noun: a
    second pass over whole notes cost ~20% more CPU."""
    return restore_for_voter(text)[0]


def restore_for_voter(text: str, everyday: bool = True) -> tuple[str, list[tuple[int, int]]]:
    """`restore_case(text)` and the ranges of it the voter's second pass reads (`_place_windows` of each rewritten
    line), in order, none overlapping; no range when no line is rewritten. `everyday` False: an everyday word takes
    every place cue, as before voter37 (`_place_cues`; `benchmarks.speed.voter --second`)."""
    if text.isascii() and not any(line.isupper() or line.islower() for line in text.split("\n")):
        return text, []
    out: list[str] = []
    ranges: list[tuple[int, int]] = []
    pos = 0
    proper = False
    for line in text.split("\n"):
        restored = _restored_words(line) if line.isascii() and (line.isupper() or line.islower()) else ""
        restored = _org_words_titled(restored) if restored else restored
        if _PROPER.search(restored):
            proper = True
            out.append(restored[:1].upper() + restored[1:])
            ranges += [(pos + a, pos + b) for a, b in _place_windows(restored, everyday)]
        else:
            out.append(" " * len(line))
        pos += len(line) + 1
    if not proper:
        return text, []
    restored_text = "\n".join(out)
    return restored_text, _with_blank_lines(restored_text, ranges)


_BLANK_LINES = re.compile(r"(?:[ \t]*\n)+")


def _with_blank_lines(restored: str, ranges: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """`ranges` each run on over the blanked lines around it where it starts or ends a line, merged where they meet.
    Why: the whole pass read those blanks (a whitespace token a line), and the model's votes at a line's edge depend
    on them: without them the windows changed two kept places on PhysioNet tuning."""
    out: list[tuple[int, int]] = []
    for a, end in ranges:
        b = min(end, len(restored))  # a window over the last line's break ends with the text
        while a > 0 and restored[a - 1] == "\n":  # back over each blank line before
            before = restored.rfind("\n", 0, a - 1) + 1
            if restored[before:a - 1].strip(" \t"):
                break
            a = before
        if b < len(restored) and restored[b - 1] == "\n" and (m := _BLANK_LINES.match(restored, b)):
            b = m.end()
        if out and a <= out[-1][1]:
            out[-1] = (out[-1][0], max(b, out[-1][1]))
        else:
            out.append((a, b))
    return out


# Where a restored line's proper noun can be a place the voter keeps (`_place_cues`): after a place preposition (up to
# `_CUE_REACH` words before it: "lives in rural Fayette", "from the Keeley House"), before an organisation or facility
# word ("Calvert hosp", "Santangelo Health Care"), after a label's colon or a table's bar ("OSH: Bexley"), beside a
# comma (an address's list: "Rockledge, FL"), beside another proper noun ("Stevenson Ranch"), or beside a number (a
# street's house number, a zip code). Measured on the tuning notes (PhysioNet tuning, the forms families with caseless
# lines): the places the whole second pass kept stand at one of these; most proper nouns restored on PhysioNet's
# nursing lines are shorthand and misspellings at none of them. An everyday word that is also a census name ("Care",
# "Off", "Stable") is restored as a proper noun and stood at a cue by chance: it takes fewer cues (`_everyday_cue`).
_CUE_TOKEN = re.compile(r"[A-Za-z][A-Za-z'\-]*|[@:|,;/]")
_CUE_SPLIT = re.compile(f"({_CUE_TOKEN.pattern})")  # `_CUE_TOKEN` as a split's separator, kept in the pieces
_PLACE_PREPOSITIONS = frozenset({"at", "to", "from", "into", "in", "on", "via", "near", "@"})
_PLACE_AFTER = (_ORG_WORDS | FACILITY) - {"of"}
_CUE_REACH = 3
_NUMBER_BEFORE = re.compile(r"\d[ \t]+$")
_NUMBER_AFTER = re.compile(r"[ \t,]+\d")
_ADDRESS_AFTER = re.compile(r"[ \t]*,[ \t]*(?:\d|" + STATE_CODES + r"\b|" + STATE_NAMES + r"\b)", re.IGNORECASE)


def _place_cues(line: str, everyday: bool = True) -> list[tuple[int, int]]:
    """The proper nouns of a restored `line` (its first letter as `_restored_words` wrote it) at a place cue, as (start,
    end). An everyday word restored as a census name (`safelist.is_common`: "Care", "Off", "Stable", eight in ten
    of the cued proper nouns on PhysioNet tuning) takes fewer cues: beside a number (a street's house number, a zip
    code) or where a place's name stands (`_everyday_cue`); `everyday` False: at every cue, as any proper noun."""
    # the tokens' words, lower-case forms and spans, each listed at C speed; only the proper nouns among them are
    # stepped through. One split of the line at its tokens (the pieces alternate between what lies between tokens
    # and the tokens, as `finditer` finds them) gives the words and, summing the pieces' lengths, their offsets:
    # a match object a token cost more than the rest of the line's work (perf41)
    parts = _CUE_SPLIT.split(line)
    words = parts[1::2]
    lows = list(map(str.lower, words))
    ends = list(accumulate(map(len, parts)))  # token k is parts[2k + 1]: from ends[2k] to ends[2k + 1]
    spans = list(zip(ends[:-1:2], ends[1::2], strict=True))
    out = []
    for k in compress(range(len(words)), map(_PROPER.match, words)):
        word = words[k]
        a, b = spans[k]
        before = lows[max(0, k - _CUE_REACH):k]
        after = lows[k + 1:k + 1 + _CUE_REACH]
        number = _NUMBER_BEFORE.search(line, max(0, a - 12), a) or _NUMBER_AFTER.match(line, b)
        if everyday and sl.is_common(word):
            if number or _everyday_cue(line, words, spans, k, before, after):
                out.append((a, b))
            continue
        if not _PLACE_PREPOSITIONS.isdisjoint(before) or lows[k] in _PLACE_AFTER \
                or not _PLACE_AFTER.isdisjoint(after) or (before and before[-1] in (":", "|", ",")) \
                or (after and after[0] == ",") or number or _beside_proper(line, words, spans, k):
            out.append((a, b))
    return out



def _everyday_cue(line: str, words: list[str], spans: list[tuple[int, int]], k: int, before: list[str],
                  after: list[str]) -> bool:
    """Does token k (`words`, `spans`: the line's tokens), an everyday word restored as a proper noun, stand where a
    place's name does: an organisation or
    facility word or one before it ("Mercy hosp", "Grace Hospital"), after a label's colon, a table's bar or a comma
    ("Auburn, New York"), before a comma and a state or number (an address's list: "Red Oak, TX"), right after a place
    preposition (an article between: "from the North Shore"), or beside a proper noun that is no everyday word
    ("Stevenson Ranch")? `before`, `after`: the `_CUE_REACH` tokens either side, lower case. Why not the other
    cues: three words after "in"/"on", before a comma in charting ("weaned Off, PT"), beside another everyday word
    ("Pain Free"), it is charting (measured on the tuning notes: PhysioNet tuning, the synthetic sample, the forms
    tuning renderings keep every true place they kept; `benchmarks.speed.voter --second`)."""
    b = spans[k][1]
    near = before[-2:] if before[-1:] == ["the"] else before[-1:]
    return words[k].lower() in _PLACE_AFTER or not _PLACE_AFTER.isdisjoint(after) \
        or (before and before[-1] in (":", "|", ",")) or bool(_ADDRESS_AFTER.match(line, b)) \
        or (near and near[0] in _PLACE_PREPOSITIONS) or _beside_proper(line, words, spans, k, everyday=False)


def _beside_proper(line: str, words: list[str], spans: list[tuple[int, int]], k: int, everyday: bool = True) -> bool:
    """Is token k next to another proper noun with only spaces between ("Stevenson Ranch")? `everyday` False: a
    proper noun that is no everyday word (`safelist.is_common`)."""
    a, b = spans[k]

    def proper(j: int) -> bool:
        return bool(_PROPER.match(words[j])) and (everyday or not sl.is_common(words[j]))

    return (k > 0 and proper(k - 1) and not line[spans[k - 1][1]:a].strip(" \t")) or (
        k + 1 < len(words) and proper(k + 1) and not line[b:spans[k + 1][0]].strip(" \t"))


def _place_windows(line: str, everyday: bool = True) -> list[tuple[int, int]]:
    """The ranges of a restored `line` the voter reads: `WINDOW` chunks either side of each proper noun at a place
    cue (`_place_cues`), in order; a window from the line's start starts at 0, one reaching its last chunk runs on
    over its line break."""
    return reach(line, 0, len(line) + 1, _place_cues(line, everyday), WINDOW)


def on_restored_line(text: str, start: int, end: int) -> bool:
    """Does text[start:end] lie on one line that `restore_case` rewrites (ASCII, no case)?"""
    a = text.rfind("\n", 0, start) + 1
    b = text.find("\n", start)
    b = len(text) if b < 0 else b
    line = text[a:b]
    return end <= b and line.isascii() and (line.isupper() or line.islower())

"""Which parts of a note the learned voter reads: the sentences with a word that could be a name, and neighbours.

Why: the learned voter (a spaCy NER) costs about a quarter of de-identification CPU, and much of a clinical note is
dictionary and medical words, shorthand, numbers and punctuation where it finds nothing the rules leave. The note is
cut into units (lines, and sentences within a line: a break after . ; ! or ?); a unit is *open* when it holds a word
that could be a name (`name_word`) or, in a note with case, a capitalised word after a small-letter word or comma
(a known word written as a proper noun: "Holy Cross"), or where the voter finds what needs no such word: an
occupation (`job_cue`: "works as a professor of history" is dictionary words only), a place after at/to/from/into
in a note without case that is a US city or a facility ("FROM MEMORIAL HOSPITAL"), a word after a title
("dr. cradling").
The voter reads each open unit with `context` units either side, and of that run of units only the
`WINDOW` chunks either side of each cue (what opened a unit: a name word, a number's shape, a title, a job or place
cue; and two capitalised words in a row, or a capitalised word after a place preposition: the model's reach, `reach`;
voter36), as one excerpt of note text in note order (runs of units that are not neighbours in the note are put on
lines of their own), and its entities map back to note offsets exactly (`Excerpt.to_note`). A transition-based NER
reads context, so votes near a cut can differ from a whole-note pass: the gate is judged by the quality benchmarks
(the keep rule of docs/deid.md, "Cheaper architectures"), not by identical output (`DeidConfig.voter_gate`).
"""

from __future__ import annotations

import bisect
import functools
import re
from collections.abc import Callable, Iterable, Iterator
from itertools import accumulate, compress

from cancerprep.stages.deid import safelist
from cancerprep.stages.deid.known_words import known_safe, typo_of_known
from cancerprep.stages.deid.recognizers import learned
from cancerprep.stages.deid.recognizers import profession as prof
from cancerprep.stages.deid.recognizers.base import MONTHS, longest_first
from cancerprep.stages.deid.recognizers.context import medical_only
from cancerprep.stages.deid.recognizers.locations import FACILITY, FACILITY_HEADS
from cancerprep.stages.deid.recognizers.tokens import case_mode
from cancerprep.stages.deid.recognizers.words import STRONG_TITLES
from cancerprep.stages.deid.voter_excerpt import Excerpt

_WORD = re.compile(r"[A-Za-z]+")
# a unit ends at a line break, or after sentence punctuation and the spaces that follow it; not after an initial
# ("L. Smith") or a title ("Dr. Smith"), which begin a name (`_NO_BREAK`, asked only where punctuation ends a unit:
# a lookbehind in `_UNIT_END` is tried at every position of the note)
_UNIT_END = re.compile(r"[.;!?][ \t]+|\n")
_SENTENCE_END = re.compile(r"[.;!?][ \t]+")  # `_UNIT_END` less the line break (`units` finds those by the lines)
_NO_BREAK = re.compile(r"\b(?:[A-Za-z]|dr|mr|ms|st|mrs)\.$", re.IGNORECASE)
# a capitalised word after a small-letter word or a comma (mid-sentence: not a unit's first word)
_MID_CAPITAL = re.compile(r"(?:[a-z]|,)[ \t]+[A-Z][a-z]")
# what the voter's DATE, ID and CONTACT votes need (`learned.plausible`): five digits in a row or in hyphened groups
# (an ID, a social security number, a phone), a phone's groups, a year, a day/month/year, an e-mail's @; or a month
# word (`_MONTH_WORDS`, the words `MONTHS` matches)
# (digits among letters: "1A33EN3TX60", a Medicare number; a social security number in spaced groups)
# Written as one character class first (a digit or @) and the rest after it, so that `re` skips to the note's digits
# (a pattern opening with alternatives and \b is tried at every character); the shapes, with the first digit read:
# \d(?:[-A-Za-z]*\d){4} | \d{3}[-. )]+\d{3} | \b\d{3} \d{2} \d{4}\b | @ | \b(?:19|20)\d{2}\b |
# \b\d{1,2}([/-])\d{1,2}\1\d{2}
# (`(?<!\w.)`: no word character before the digit just read, the \b before it)
_NUMBER_PHI = re.compile(r"[\d@](?:(?<=@)|(?:[-A-Za-z]*\d){4}|\d{2}[-. )]+\d{3}|"
                         r"(?<!\w.)(?:\d{2} \d{2} \d{4}\b|(?:(?<=1)9|(?<=2)0)\d{2}\b|\d?([/-])\d{1,2}\1\d{2}))")
_MONTH_WORDS = frozenset(w for w in ("jan january feb february mar march apr april may jun june jul july aug august "
                                     "sep sept september oct october nov november dec december").split()
                         if re.fullmatch(MONTHS, w))
# The model's reach around a word, in chunks (runs of non-space, which the tokenizer never joins: each holds one token
# or more): a tok2vec vector reads 3 tokens either side (depth 3, window 1) and the NER's state features the tokens
# at and before its entity. What the voter reads around each cue of a run of kept units (`excerpt`), and around a
# cued proper noun on a restored line (`truecase._place_windows`), both through `reach`.
CHUNK = re.compile(r"\S+")
WINDOW = 4
# two words in capitals or capitalised in a row after a word or comma ("treated at ABCD Hospital"): a name the voter
# reads in a unit the gate leaves closed (no word of it a name's, `_MID_CAPITAL` wants a small letter before it); a
# context unit that holds one is read whole, as before the window (`excerpt`)
_PROPER_PAIR = re.compile(r"[A-Za-z,][ \t]+[A-Z][A-Za-z]*[ \t]+[A-Z][a-z]")
_PROPER_MIN = 5  # an unknown word in small letters shorter than this is shorthand ("pt", "abd"), as in `truecase`
# An occupation's cue (`job_cue`): a word of work or its end ("works", "employed by", "retired", "former", "by trade",
# "occupation:"), where the profession rule and the voter find occupations; or a phrase "is/was/as a(n)" before an
# occupational noun (`profession.occupation`: "He is a bus driver").
_LABOUR_WORDS = frozenset("work works worked working job jobs employ employed employee employer employment "
                          "unemployed retired retiree former formerly occupation occupational profession professional "
                          "trade career vocation".split())
_LABOUR = re.compile(r"\b(?:" + longest_first(_LABOUR_WORDS) + r")\b", re.IGNORECASE)
_COMPLEMENT = re.compile(r"\b(?:is|was|as)[ \t]+an?[ \t]+([A-Za-z][A-Za-z-]+)(?:[ \t]+([A-Za-z][A-Za-z-]+))?",
                         re.IGNORECASE)
# where the voter's caseless place check (`learned.caseless_place`) reads a place: the word after at/to/from/into,
# and (a lookahead: the next place word may stand among them) the two words after it
_PLACE_WORD = re.compile(r"(?:\b(?:at|to|from|into)|@)[ \t]+(?!the\b)([A-Za-z]+)(?=((?:[ \t]+[A-Za-z]+){0,2}))",
                         re.IGNORECASE)
# `_PLACE_WORD` written to open with one class of characters in either case (a word boundary before a letter is no word
# character before it: `(?<!\w.)` once the letter is read), so that `re` skips to those characters, where the
# alternation led by `\b` was tried at every position; case-blind after it. The same matches on ASCII text (where
# case-blind letters are exactly these: `re`'s case-blind "i" also matches U+0131), for `_name_marks` (perf39)
_PLACE_WORD_ASCII = re.compile(r"[@aAtTfFiI](?:(?<=@)|(?<!\w.)(?i:(?<=a)t|(?<=t)o|(?<=f)rom|(?<=i)nto))"
                               r"(?i:[ \t]+(?!the\b)([A-Za-z]+)(?=((?:[ \t]+[A-Za-z]+){0,2})))")
# `_COMPLEMENT` opening with its first letter's class in the same way (the same matches on ASCII text)
_COMPLEMENT_ASCII = re.compile(r"[iIwWaA](?<!\w.)(?i:(?<=i)s|(?<=w)as|(?<=a)s)"
                               r"(?i:[ \t]+an?[ \t]+([A-Za-z][A-Za-z-]+)(?:[ \t]+([A-Za-z][A-Za-z-]+))?)")
# a facility's word, in or after that place word ("FROM MEMORIAL HOSPITAL", "TO ABCD GENERAL"); not "of", "home"
_FACILITY_NEAR = frozenset((FACILITY | FACILITY_HEADS) - {"of", "home"})
# a word after a strong title ("dr. cradling": a slip of a known word is a name there, `backstop.person_context`)
_TITLED = re.compile(r"\b(?:" + longest_first(t for t in STRONG_TITLES if t.isascii()) + r")\b\.?[ \t]+[A-Za-z]",
                     re.IGNORECASE)
# the words a note must hold (its runs of letters, lower case) for a pattern to match in it: a title's first letters,
# a word of work, "a(n)" and "is/was/as" (`_COMPLEMENT`); `open_units` scans a note only where they all stand
_NEEDS = {_TITLED: ({_WORD.match(t).group().lower() for t in STRONG_TITLES if t.isascii()},),
          _LABOUR: (_LABOUR_WORDS,), _COMPLEMENT: ({"a", "an"}, {"is", "was", "as"})}
# the run of letters (lower case) a match of each word-led scan starts on, whole (a \b before it, and after it a \b or a
# character no letter): a title's first letters, a word of work, "is/was/as", "at/to/from/into" (or "@"). No match
# starts in a unit without one, so `_matches` searches only those units; only `_TITLED` can reach past its unit
# ("doctor. Smith": a break after "doctor."), and then by a letter into the next
_OPENERS = {_TITLED: _NEEDS[_TITLED][0], _LABOUR: _LABOUR_WORDS, _COMPLEMENT: _NEEDS[_COMPLEMENT][1],
            _PLACE_WORD: frozenset({"at", "to", "from", "into"})}


# the scans `_matches` runs on an ASCII note instead of the patterns it is asked for: the same matches (tests compare)
_ASCII_SCANS = {_PLACE_WORD: _PLACE_WORD_ASCII, _COMPLEMENT: _COMPLEMENT_ASCII}


def name_word(word: str, cased: bool) -> bool:
    """Could `word` (ASCII letters) be part of a name the voter keeps: no known-safe word (`known_safe`: dictionary,
    medical and clinical words minus census names), and a census name that is no everyday word, or a capitalised
    word (`cased`), or an unknown word of five letters or more (caseless: four) that is no one-edit slip of a known
    word. Unknown capitals and short small-letter shorthand ("CXR", "abd") in a note with case are not: the voter's
    shape checks (`learned.plausible`) refuse them too."""
    low = word.lower()
    if low in known_safe():
        return False
    if low in safelist.first_names() or low in safelist.last_names():
        return not safelist.is_common(word)
    if cased and not word.isupper():  # a word in capitals reads as in a note without case ("MEADOWBROOK CENTER")
        if word[0].isupper():
            return True
        return word.islower() and len(word) >= _PROPER_MIN and not typo_of_known(low)
    return len(word) >= _PROPER_MIN - 1 and not typo_of_known(low)


@functools.lru_cache(maxsize=1 << 16)
def _name_word_cased(word: str) -> bool:
    return name_word(word, True)


@functools.lru_cache(maxsize=1 << 16)
def _name_word_caseless(word: str) -> bool:
    return name_word(word, False)


def job_cue(unit: str) -> bool:
    """Could `unit` name an occupation: a word of work (`_LABOUR`), a word of the profession rule's occupation
    vocabulary, or "is/was/as a(n)" before an occupational noun phrase (`profession.occupation`)?"""
    if _LABOUR.search(unit) is not None or any(w.lower() in prof.OCCUPATIONS for w in _WORD.findall(unit)):
        return True
    return any(_occupational(unit, 0, m) for m in _COMPLEMENT.finditer(unit))


def _occupational(_text: str, _offset: int, m: re.Match) -> bool:
    """Is this `_COMPLEMENT` match's noun phrase occupational ("is a bus driver", not "is a tumor")?"""
    words = [w for w in m.groups() if w]
    return any(prof.occupation(" ".join(words[:k])) for k in range(len(words), 0, -1)
               if not medical_only(words[k - 1].lower()))


def _place_match(text: str, offset: int, m: re.Match) -> bool:
    """Does `place_cue` keep this `_PLACE_WORD` match (found in text[offset:])?"""
    word = m.group(1)
    low = word.lower()
    if low not in _FACILITY_NEAR and low not in safelist.us_cities() \
            and _FACILITY_NEAR.isdisjoint(m.group(2).lower().split()):
        return False
    return learned.caseless_place(text, offset + m.start(1), offset + m.end(1), [word])


def place_cue(text: str, start: int, end: int) -> bool:
    """In a note without case (ALL CAPS or small letters only), a word after at/to/from/into that the voter's
    caseless place check would keep ("FROM MEMORIAL HOSPITAL", known words only) and that is a US city's name or
    is or comes before a facility's word (`_FACILITY_NEAR`). Why the second test: in ALL CAPS notes "TO/AT/FROM" and
    a plain word are everywhere ("WEAN TO", "FROM BASES"), and opened a tenth of the notes' text; on tuning notes
    (PhysioNet, MTSamples in capitals, forms) the places the voter keeps there are facilities and cities."""
    return any(_place_match(text, start, m) for m in _PLACE_WORD.finditer(text[start:end]))


def unit_open(text: str, start: int, end: int, cased: bool, numbers: bool = True, mode: str | None = None) -> bool:
    """Could text[start:end] hold a name (`name_word`, a capitalised word mid-sentence, a word after a title, or any
    character outside ASCII, which the vocabularies cannot judge), an occupation (`job_cue`), a place in a note
    without case (`place_cue`; `mode`: the note's `tokens.case_mode`), or (`numbers`) a date, ID or contact number?"""
    unit = text[start:end]
    words = _WORD.findall(unit)
    if any(map(_name_word_cased if cased else _name_word_caseless, words)) or not unit.isascii():
        return True
    if cased and _MID_CAPITAL.search(unit) is not None:
        return True
    if numbers and (_NUMBER_PHI.search(unit) is not None or any(w.lower() in _MONTH_WORDS for w in words)):
        return True
    if _TITLED.search(unit) is not None or job_cue(unit):
        return True
    return (mode or case_mode(text)) != "mixed" and place_cue(text, start, end)


def open_units(text: str, spans: list[tuple[int, int]], cased: bool, numbers: bool = True,
               mode: str | None = None, cues: list[list[tuple[int, int]]] | None = None) -> list[bool]:
    """`unit_open` of every unit of `text` (`units`), the same answers found note by note. Why: the note's words are
    judged once as a set and each pattern scans the note once, where `unit_open` ran every test on each closed unit
    (most units are closed: the gate's own cost was a fifth of the voter's). A match reaching across units has
    those units asked of `unit_open` itself; a note with characters outside ASCII is asked unit by unit.
    `cues` (one empty list a unit): filled with where each test found what opens the unit, as note offsets (a name
    word, a month or occupation word, each pattern's match; the whole unit where it was asked of `unit_open`), so
    that `excerpt` can read an open unit only around them."""
    mode = mode or case_mode(text)
    if not text.isascii():
        flags = [unit_open(text, a, b, cased, numbers, mode) for a, b in spans]
        if cues is not None:
            for i in (i for i, f in enumerate(flags) if f):
                cues[i].append(spans[i])
        return flags
    starts = [a for a, _ in spans]
    words = [_WORD.findall(text, a, b) for a, b in spans]  # a run of letters never crosses units
    note_words = set().union(*words)
    found = set(filter(_name_word_cased if cased else _name_word_caseless, note_words))
    flags = [not found.isdisjoint(w) for w in words] if found else [False] * len(spans)
    if cues is not None and found:
        _word_cues(text, spans, flags, lambda w: map(found.__contains__, w), words, cues)
    lows = set(map(str.lower, note_words))
    for vocabulary, ask in ((_MONTH_WORDS, numbers), (prof.OCCUPATIONS, True)):
        if ask and not vocabulary.isdisjoint(lows):
            hit = [not vocabulary.isdisjoint(map(str.lower, w)) for w in words]
            flags = [f or h for f, h in zip(flags, hit, strict=True)]
            if cues is not None:
                _word_cues(text, spans, hit, lambda w, v=vocabulary: map(v.__contains__, map(str.lower, w)), words,
                           cues)
    scans: list[tuple[re.Pattern, object]] = [(p, keep) for p, keep in ((_TITLED, None), (_LABOUR, None),
                                                                         (_COMPLEMENT, _occupational))
                                               if all(not lows.isdisjoint(need) for need in _NEEDS[p])]
    if cased:
        scans.append((_MID_CAPITAL, None))
    if numbers:
        scans.append((_NUMBER_PHI, None))
    # a place word the narrowed cue can keep: a facility's word or a US city's name somewhere in the note
    if mode != "mixed" and (not lows.isdisjoint(_FACILITY_NEAR) or not lows.isdisjoint(safelist.us_cities())):
        scans.append((_PLACE_WORD, _place_match))
    for pattern, keep in scans:
        for m in _matches(pattern, text, spans, words, note_words):
            i = bisect.bisect_right(starts, m.start()) - 1
            if flags[i]:
                if cues is not None and (keep is None or keep(text, 0, m)):
                    cues[i].append(_cue_span(pattern, m))
                continue
            if m.end() > spans[i][1]:  # across units: ask each of them whole
                for k in range(i, bisect.bisect_right(starts, m.end() - 1)):
                    if not flags[k] and unit_open(text, *spans[k], cased, numbers, mode):
                        flags[k] = True
                        if cues is not None:
                            cues[k].append(spans[k])
            elif keep is None or keep(text, 0, m):
                flags[i] = True
                if cues is not None:
                    cues[i].append(_cue_span(pattern, m))
    return flags


def _cue_span(pattern: re.Pattern, m: re.Match) -> tuple[int, int]:
    """Where a scan's match points the voter: the match, and for a place word the words after it that
    `_place_match` reads (its lookahead)."""
    return (m.start(), max(m.end(), m.end(2))) if pattern is _PLACE_WORD else m.span()


_SPAN = re.Match.span


def _word_cues(text: str, spans: list[tuple[int, int]], hit: list[bool],
               wanted: Callable[[list[str]], Iterable[bool]], words: list[list[str]],
               cues: list[list[tuple[int, int]]]) -> None:
    """Add each run of letters that `wanted` accepts, in the units `hit` marks, to that unit's `cues`. `words[i]`: unit
    i's runs of letters in order (`_WORD.findall`, the runs `_WORD.finditer` finds), so `wanted(words[i])` answers run
    by run and the spans are picked at C speed (`compress`), not by a Python step a run."""
    for i in compress(range(len(spans)), hit):
        cues[i].extend(compress(map(_SPAN, _WORD.finditer(text, *spans[i])), wanted(words[i])))



def _matches(pattern: re.Pattern, text: str, spans: list[tuple[int, int]], words: list[list[str]],
             note_words: set[str]) -> Iterator[re.Match]:
    """`pattern.finditer(text)`, the same matches, searched only over the units where one can start (`_OPENERS`:
    `words[i]`, unit i's runs of letters; `note_words`, all of them; other patterns: the whole note) and the unit after
    each run of them (where `_TITLED` may end). Why: "is", "to" and "at" are in most notes, and a case-blind
    alternation tried at every position cost ~60 us a PhysioNet note (perf31)."""
    openers = _OPENERS.get(pattern)
    if openers is None:
        yield from pattern.finditer(text)
        return
    # the note's words whose lower-case form opens a match: mapped at C speed (a set comprehension cost a Python
    # step a word, for each of four patterns; a set iterates in one order while unchanged)
    scan = _ASCII_SCANS.get(pattern, pattern) if text.isascii() else pattern  # (the same matches, faster)
    hits = set(compress(note_words, map(openers.__contains__, map(str.lower, note_words))))
    at = pattern is _PLACE_WORD and "@" in text
    opens = [not hits.isdisjoint(w) or (at and "@" in text[a:b]) for (a, b), w in zip(spans, words, strict=True)]
    pos, n = 0, len(spans)
    for i, j in runs(opens):
        end = spans[min(j + 1, n - 1)][1]  # the run, and the unit after it
        pos = max(pos, spans[i][0])
        while (m := scan.search(text, pos, end)) is not None:
            yield m
            pos = m.end()


def runs(flags: list[bool]) -> Iterator[tuple[int, int]]:
    """Each run of true `flags` as (first, last) index, in order: the units a scan searches (`_matches`) and the
    pieces an excerpt reads (`excerpt`)."""
    i, n = 0, len(flags)
    while i < n:
        if not flags[i]:
            i += 1
            continue
        j = i
        while j + 1 < n and flags[j + 1]:
            j += 1
        yield i, j
        i = j + 1


_ONE = 1


def units(text: str) -> list[tuple[int, int]]:
    """The note's units as (start, end), each holding its ending (break or spaces); together the whole text."""
    # the ends of `_UNIT_END`'s matches, in order: after each line break (summed from the lines' lengths, at C speed:
    # most units end at a line) and after sentence punctuation that ends no initial or title; the two never share
    # an end (a punctuation match holds no line break)
    breaks = accumulate(map(_ONE.__add__, map(len, text.split("\n")[:-1])))
    ends = sorted([*breaks, *(m.end() for m in _SENTENCE_END.finditer(text)
                              if not _NO_BREAK.search(text, max(0, m.start() - 3), m.start() + 1))])
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    return list(zip([0, *ends[:-1]], ends, strict=True)) if text else []


def excerpt(text: str, cased: bool, context: int = 1, numbers: bool = True,
            window: int | None = WINDOW, cued: bool = True) -> Excerpt | None:
    """The open units of `text` with `context` units either side; None when that is the whole note (read the note
    itself). An excerpt with no piece (empty text) means nothing could be a name. With a `window`, each run of kept
    units is read only at the `window` chunks (runs of non-space) either side of each cue (`open_units`' `cues`:
    what opened a unit; `cued` False: the open units whole), the model's reach, clipped to the run; a closed unit
    of the run holding two capitalised words in a row (`_PROPER_PAIR`) is read whole. `window` None: the runs whole."""
    spans = units(text)
    cues: list[list[tuple[int, int]]] = [[] for _ in spans]
    flags = open_units(text, spans, cased, numbers, case_mode(text), cues if window is not None and cued else None)
    n = len(spans)
    keep = flags
    for shift in range(1, context + 1):  # a unit is kept when it or a unit up to `context` away is open
        before = ([False] * shift + flags)[:n]
        after = flags[shift:] + [False] * min(shift, n)
        keep = [a or b or c for a, b, c in zip(keep, before, after, strict=True)]
    if all(keep) and window is None:
        return None
    ranges: list[tuple[int, int]] = []
    for i, j in runs(keep):
        a, b = spans[i][0], spans[j][1]
        if window is None:
            ranges.append((a, b))
            continue
        # read whole: a closed unit with a proper pair; without cues, the open units and the closed ones between them
        whole = [spans[k] for k in range(i, j + 1) if (not cued and (flags[k] or i < k < j))
                 or (not flags[k] and _PROPER_PAIR.search(text, *spans[k]))]
        marks = whole + [c for k in range(i, j + 1) for c in cues[k]]
        if cued:
            marks += _name_marks(text, a, b, cased)
        ranges += reach(text, a, b, sorted(marks), window, join=window)
    if ranges == [(0, len(text))]:
        return None
    return pieces(text, ranges)


def _name_marks(text: str, start: int, end: int, cased: bool) -> list[tuple[int, int]]:
    """Where in text[start:end] the voter finds a name that no cue of `open_units` points at: two capitalised words
    in a row (`_PROPER_PAIR`: "presents to ABCD Hospital", a word in capitals is no name word in a note with case)
    and, in a note with case, a capitalised word after at/to/from/into and the words after it ("transfer to ABCD")."""
    out = [m.span() for m in _PROPER_PAIR.finditer(text, start, end)]
    if cased:
        place = _PLACE_WORD_ASCII if text.isascii() else _PLACE_WORD  # (the same matches, `_PLACE_WORD_ASCII`)
        out += [(m.start(), m.end(2)) for m in place.finditer(text, start, end) if m.group(1)[0].isupper()]
    return out


def reach(text: str, start: int, end: int, marks: list[tuple[int, int]], window: int, join: int = 0
          ) -> list[tuple[int, int]]:
    """The ranges of text[start:end] the model reads around `marks` (note offsets, sorted by start): from the
    `window`-th chunk (run of non-space) before the chunk a mark starts in to the `window`-th after the one it ends
    in; `start` or `end` itself where that reaches the first or last chunk. Overlapping ranges are joined. Shared
    by the gate (`excerpt`: the cues of a run of units) and the second pass (`truecase`: proper nouns at a place cue
    on a restored line)."""
    if not marks:  # (no chunk list to cut: most restored lines have no cued proper noun)
        return []
    # the chunks' starts only; a chunk's end is asked where it is read (`_chunk_end`): a few a mark, not one a chunk
    firsts = [m.start() for m in CHUNK.finditer(text, start, end)]
    if not firsts:
        return []
    n = len(firsts)
    out: list[tuple[int, int]] = []
    last = -1  # the last chunk read so far
    for a, b in marks:
        i = max(0, bisect.bisect_right(firsts, a) - 1)
        i += i + 1 < n and _chunk_end(text, firsts[i], end) <= a  # a mark starting on spaces starts at the next chunk
        j = max(i, bisect.bisect_right(firsts, b - 1) - 1)
        lo = firsts[i - window] if i > window else start
        hi = _chunk_end(text, firsts[j + window], end) if j + window < n - 1 else end
        if out and (lo <= out[-1][1] or i - window - last - 1 <= join):
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
        last = max(last, min(j + window, n - 1))
    return out


def _chunk_end(text: str, first: int, end: int) -> int:
    """The end of the chunk (`CHUNK`) that starts at `first`, within text[:end]."""
    return CHUNK.match(text, first, end).end()


def pieces(text: str, ranges: list[tuple[int, int]]) -> Excerpt:
    """The `Excerpt` reading text[a:b] of each of `ranges` (in note order, none overlapping), the pieces in that order;
    a piece that does not end a line gets a line break of its own, so that the next one, no neighbour in the note,
    starts a line. Shared by the gate (`excerpt`: runs of units) and the second pass over restored lines
    (`truecase.restore_for_voter`)."""
    parts: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    note_starts: list[int] = []
    out = 0
    for a, b in ranges:
        piece = text[a:b]
        parts.append(piece)
        starts.append(out)
        note_starts.append(a)
        out += len(piece)
        ends.append(out)
        if not piece.endswith("\n"):  # the next piece is no neighbour: give it a line of its own
            parts.append("\n")
            out += 1
    return Excerpt("".join(parts), tuple(starts), tuple(ends), tuple(note_starts))

"""The word/number/punctuation tokenizer and the note's case mode, shared by the token recognizers."""

from __future__ import annotations

import functools
import re as stdre
import unicodedata
from collections.abc import Sequence
from itertools import compress, repeat

import regex as re

from cancerprep.stages.deid.recognizers.base import finditer, time_left
from cancerprep.stages.deid.recognizers.words import RELATIONS, TITLES

# A note with a letter outside ASCII: words of any script, each a letter and then letters, combining accents (NFD
# text writes "Blümel" as "Blu" + U+0308 + "mel") and apostrophes, straight or typographic ("O’Brien", "Zoë’s"), ending
# in a letter or an accent, with hyphenated parts; on ASCII text exactly `_ASCII_TOKEN`'s words. Before, its words
# were [A-Za-z] runs, so "Blümel" was "Bl", "ü", "mel" and no token rule saw the name.
_TOKEN = re.compile(r"\p{L}(?:[\p{L}\p{M}'’]*[\p{L}\p{M}])?(?:-\p{L}[\p{L}\p{M}]*)*|\d+|\S")
# The same tokens on an ASCII note, for the stdlib `re` (its scan is about twice as fast as `regex`'s): on ASCII
# text \d is [0-9] and \S is anything but the six ASCII white-space characters ("\x1c"-"\x1f" are no white space
# to `regex`, though they are to stdlib `re`'s \s, hence the explicit class). Linear: no nested repeats.
_ASCII_TOKEN = stdre.compile(r"[A-Za-z](?:[A-Za-z']*[A-Za-z])?(?:-[A-Za-z]+)*|[0-9]+|[^\t\n\x0b\x0c\r ]")


# A letter of any script, in `re` and `regex` alike (Unicode mode): the one spelling of a name token's letters, so
# "Søren", "Zoë", "Müller" and "Łukasz" are words where [A-Za-z] cut them at the first letter outside A-Z. On ASCII
# text (and in `ascii_twin`'s ASCII mode) it is exactly [A-Za-z], so ASCII notes match as before. For name-token
# positions only: labels and keywords stay spelled as they are.
LETTER = r"[^\W\d_]"
# Unicode's combining accents: a note in NFD writes "Zoë" as "Zoe" and U+0308, which no letter class of `re` holds.
MARKS = "\u0300-\u036f"
# What joins a name word's runs of letters: apostrophes, a hyphen, combining accents.
_JOINERS = f"'’{MARKS}-"
# A name-like word: a letter, then letters, apostrophes and hyphens (the former [A-Za-z][A-Za-z'’-]*, any script),
# written as runs of letters joined by those marks, which both engines scan as tight single-class loops; greedy, the
# same words and lengths tried in the same order. Wrap it `(?>...)` to make it possessive.
NAME_WORD = rf"{LETTER}+(?:[{_JOINERS}]{LETTER}*)*"
# One character of a name word after its first: a letter of any script, an apostrophe, a hyphen or a combining accent
# (the former [A-Za-z'-] and [A-Za-z'’-]; exactly those on ASCII text, where no "’" occurs).
NAME_CHAR = rf"(?:{LETTER}|[{_JOINERS}])"
# A name-like word of two characters or more, greedy (the former [A-Za-z][A-Za-z'-]+): the same words and lengths
# tried in the same order, so a rule that needs two characters never backtracks to an initial.
NAME_WORD_2 = rf"{LETTER}{NAME_CHAR}+"
# A name-like word of two characters or more ending in a letter or an accent (an owner before "'s", an item's
# occupant), shortest first as the former lazy [A-Za-z][A-Za-z'’-]*?[A-Za-z] was.
NAME_WORD_LETTER_END = rf"{LETTER}(?:{LETTER}|[{_JOINERS}])*?(?:{LETTER}|[{MARKS}])"
# Not right after a name word's character: where a name token may start (the former (?<![A-Za-z'’-])).
NO_WORD_BEFORE = rf"(?<!{LETTER})(?<![{_JOINERS}])"


def _latin_letters(categories: tuple[str, ...]) -> str:
    """The letters of the Latin blocks (Basic Latin, Latin-1, Extended-A/B, Extended Additional: Vietnamese) in
    `categories`, as character-class ranges."""
    codes = [c for block in ((0x41, 0x5B), (0x61, 0x7B), (0xC0, 0x250), (0x1E00, 0x1F00)) for c in range(*block)
             if unicodedata.category(chr(c)) in categories]
    runs: list[list[int]] = []
    for c in codes:
        if runs and runs[-1][1] == c - 1:
            runs[-1][1] = c
        else:
            runs.append([c, c])
    return "".join(chr(a) if a == b else f"{chr(a)}-{chr(b)}" for a, b in runs)


# A capital and a small letter of a Latin-script name, in `re` and `regex` alike: the former [A-Z] and [a-z] of the
# capital-word patterns ("[A-Z][a-z]+": a capitalised word mid-sentence) with "Ø", "Ł", "Đ", "É" and "ø", "ß", "ı",
# "ễ" (and combining accents, for NFD text, among the small letters). Exactly [A-Z] and [a-z] on ASCII text, so
# ASCII notes match as before; other scripts have no case these rules could weigh.
UPPER = f"[{_latin_letters(('Lu', 'Lt'))}]"
LOWER = f"[{_latin_letters(('Ll',))}{MARKS}]"
# Not followed by a name word's character: where a name token ends (the former (?![A-Za-z'’-])).
NO_WORD_AFTER = rf"(?!{LETTER})(?![{_JOINERS}])"


# Letters that Unicode's compatibility decomposition (NFKD) keeps whole, and their usual ASCII spelling: Nordic,
# Polish, Vietnamese/Croatian, Turkish, German, Icelandic, Maltese and Sami letters, Azerbaijani's schwa ("Əliyev" is
# "Aliyev"), and the typographic and modifier apostrophes ("O’Brien", Uzbek "Gʼulom"). A capital ligature is written
# as a capital and a small letter ("Æsa" -> "Aesa"); an ALL CAPS word stays ALL CAPS (`ascii_fold`).
_UNDECOMPOSED = str.maketrans({"ø": "o", "Ø": "O", "ł": "l", "Ł": "L", "đ": "d", "Đ": "D", "ı": "i", "ß": "ss",
                               "ẞ": "SS", "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe", "ð": "d", "Ð": "D", "þ": "th",
                               "Þ": "Th", "ħ": "h", "Ħ": "H", "ŋ": "ng", "Ŋ": "Ng", "ə": "a", "Ə": "A", "’": "'",
                               "ʼ": "'"})


@functools.lru_cache(maxsize=1 << 14)
def ascii_fold(word: str) -> str:
    """`word` as written without its diacritics ("Søren" -> "Soren", "Müller" -> "Muller", "naïve" -> "naive",
    "Łukasz Wiśniewski" -> "Lukasz Wisniewski"), for what learned or listed only ASCII spellings: the vocabularies,
    the name-likeness model, the place rules' medical-word check and the benchmarks' ASCII name pools. Composed or
    combining (NFD) accents alike; letters without a decomposition are spelled as their languages romanize them
    (ø o, ł l, đ d, ı i, ß ss, æ ae, þ th, ə a). Text with letters of another script, which have no ASCII form, is
    returned as it is (never a part-folded word, nor one with letters dropped)."""
    if word.isascii():
        return word
    decomposed = unicodedata.normalize("NFKD", word.translate(_UNDECOMPOSED))
    folded = "".join(c for c in decomposed if not unicodedata.combining(c))
    if not folded.isascii():
        return word
    return folded.upper() if word.isupper() else folded


_POSSESSIVE = ("'s", "’s")


def possessive(low: str) -> bool:
    """Does a word end in a possessive "'s" (straight or typographic apostrophe)? The name rules judge the owner."""
    return low.endswith(_POSSESSIVE)


def possessive_indices(lows: Sequence[str]) -> list[int]:
    """The indices of the token forms `lows` that end in a possessive (`possessive`), in order: `str.endswith` mapped
    at C speed rather than a Python call per token (a note has hundreds of tokens and few possessives)."""
    return list(compress(range(len(lows)), map(str.endswith, lows, repeat(_POSSESSIVE))))


def bare(low: str) -> str:
    """A word without its possessive ("long's" -> "long"): the name rules judge the name, not the "'s"."""
    return low[:-2] if low.endswith(_POSSESSIVE) else low


def lookup_form(word: str) -> str:
    """A written word as the vocabularies and the census spell it, which every name rule looks words up by: lower
    case, no surrounding apostrophes, no possessive (`bare`), no diacritics (`ascii_fold`: "Ødegård" is "odegard",
    "Ménière" is "meniere", "Zoë's" is "zoe")."""
    return ascii_fold(bare(word.lower().strip("'’")))


def name_words_in(span: str) -> list[str]:
    """The words of `span` as the name rules read them (`NAME_WORD`: letters joined by apostrophes, hyphens or
    combining marks), in order: a captured name is judged word by word."""
    return re.findall(NAME_WORD, span)


class Tok:
    """A token with its offsets and lower-case form computed once, shared by every token recognizer;
    `__slots__` because a note makes thousands of them."""

    __slots__ = ("end", "is_word", "low", "start", "text")

    def __init__(self, m: re.Match):
        self.start, self.end = m.span()
        self.text = text = m[0]
        low = text.lower()
        # starts with a letter: only words can be names, so rules skip numbers and punctuation
        self.is_word = is_word = text[0].isalpha()
        # A word as the vocabularies, the census and the name-likeness model spell it: without diacritics
        # (`ascii_fold`: "ménière" -> "meniere", "zoë’s" -> "zoe's"), so an accented clinical word stays a known word
        # and an accented name is judged as its ASCII form is. Offsets come from `start`/`end`, never from `low`,
        # whose length may differ ("weiß" -> "weiss").
        self.low = low if low.isascii() or not is_word else ascii_fold(low)


_SPLIT_HYPHEN = re.compile(r"[\p{L}\p{M}'’]+|-")

SPLITTABLE = set(RELATIONS) | set(TITLES) | {"pt", "social", "per", "family"}


def tokenize(text: str) -> list[Tok]:
    """Word, number and punctuation tokens; "DAUGHTER-KRISSY" and "Krissy-daughter" split, "FORMAN-LYONS" and
    "daughter-in-law" stay.

    Several recognizers tokenize the same note one after another: the last notes' tokens are kept
    (Tok objects are never changed), each caller gets its own list."""
    return list(_tokenize(text))


@functools.lru_cache(maxsize=4)
def _tokenize(text: str) -> tuple[Tok, ...]:
    if text.isascii():
        time_left()  # the note's deadline, as `finditer` checks it
        toks = _ascii_toks(text)
    else:
        toks = list(map(Tok, finditer(_TOKEN, text)))
    # the few tokens that split at a hyphen, found without a Python step per token where no word of the note holds one
    # (in an ASCII note a hyphen between two letters: `_ASCII_TOKEN` joins no other; dashes, ranges and dates do not
    # count, ~45% of the PhysioNet notes with a "-": perf50)
    hyphenated = _LETTER_HYPHEN.search(text) if text.isascii() else "-" in text
    split = [k for k, tok in enumerate(toks) if "-" in tok.text and _splits(tok)] if hyphenated else []
    if not split:
        return tuple(toks)
    out: list[Tok] = []
    done = 0
    for k in split:
        out += toks[done:k]
        out.extend(Tok(p) for p in _SPLIT_HYPHEN.finditer(text, toks[k].start, toks[k].end))
        done = k + 1
    out += toks[done:]
    return tuple(out)


# A hyphen between two ASCII letters, where an ASCII note's word token may hold one (opening on the "-", which stdlib
# `re` skips along to).
_LETTER_HYPHEN = stdre.compile(r"-(?<=[A-Za-z]-)(?=[A-Za-z])")


def _ascii_toks(text: str) -> list[Tok]:
    """`Tok(m)` for each `_ASCII_TOKEN` match of the ASCII `text`, in order, its fields set in this one loop. Why: the
    shared tokenizer made ~200 tokens a PhysioNet note, each through `Tok.__init__`'s own Python call and its test
    whether the form needs folding (never, on ASCII text: a token's lower-case form is its `low`); building them here
    cost ~10% less (perf50). The same fields as `Tok(m)`: tests compare both on real notes."""
    out: list[Tok] = []
    add = out.append
    new = object.__new__
    for m in _ASCII_TOKEN.finditer(text):
        tok = new(Tok)
        tok.start, tok.end = m.span()
        tok.text = word = m[0]
        tok.low = word.lower()
        tok.is_word = word[0].isalpha()
        add(tok)
    return out


def _splits(tok: Tok) -> bool:
    """Does a hyphenated token split ("DAUGHTER-KRISSY", "Krissy-daughter"), unlike a relation ("daughter-in-law")
    or a name ("FORMAN-LYONS")?"""
    return tok.low not in RELATIONS and (tok.text.split("-", 1)[0].lower() in SPLITTABLE
                                         or tok.text.rsplit("-", 1)[1].lower() in RELATIONS)


@functools.lru_cache(maxsize=4)
def token_lows(text: str) -> tuple[str, ...]:
    """Each token's lower-case form (`Tok.low`) of `tokenize(text)`, in order, kept for the last notes. Why: rules that
    ask every token's form of a vocabulary (`compress(range(n), map(words.__contains__, lows))`, at C speed) shared no
    list of them, and each read `t.low` token by token (the backstop's openers, the organisation words)."""
    return tuple(t.low for t in _tokenize(text))


@functools.lru_cache(maxsize=16)
def case_mode(text: str) -> str:
    """'upper', 'lower' or 'mixed': where a note has no case information, capitals prove nothing. Kept for the
    last notes, as every recognizer asks it of the same note.

    The letters and capitals of an ASCII head are counted by deleting the other bytes (`bytes.translate`), where a
    letter is exactly [A-Za-z] and a capital [A-Z] as `str.isalpha` and `str.isupper` read them there: the same counts,
    so the same ratio (perf35: ~37 -> ~5 us a PhysioNet note); another head is read character by character."""
    head = text[:3000]
    if head.isascii():
        letters = head.encode("ascii").translate(None, _NOT_LETTERS)
        count, up = len(letters), len(letters) - len(letters.translate(None, _CAPITALS))
    else:
        chars = list(filter(str.isalpha, head))
        count, up = len(chars), sum(map(str.isupper, chars))
    if not count:
        return "mixed"
    up = up / count
    if up > 0.7:
        return "upper"
    return "lower" if up < 0.02 else "mixed"


# the bytes `case_mode` deletes from an ASCII head to count its letters, then its capitals
_NOT_LETTERS = bytes(c for c in range(256) if not (c < 128 and chr(c).isalpha()))
_CAPITALS = bytes(c for c in range(128) if chr(c).isupper())


def mostly_upper(text: str) -> bool:
    """True when capitalisation carries no information (ALL CAPS or all lower-case notes)."""
    return case_mode(text) != "mixed"



# A hard-wrapped note: its longest line is a terminal's or a form's width, and the lines that reach it broke only
# because the next word would not fit.
_WRAP_WIDTHS = (40, 132)
_FIRST_WORD = re.compile(r"\S+")
# a line that opens a field, heading or list item ("Plan:", "PAST MEDICAL HISTORY:", "1.", "- ") starts anew
_OPENS_FIELD = re.compile(r"[A-Za-z][A-Za-z0-9 /&'()#.-]{0,40}:|[-*•#>]|\d{1,2}[.)][ \t]")


def wrap_breaks(text: str) -> list[int]:
    """The line breaks a hard wrap made inside sentences: offsets of "\\n" to read as spaces (none unless the note
    is wrapped). Why: a system that hard-wraps notes at 60-132 columns breaks lines mid-sentence, and rules read
    a line start as a heading or a field's first word and a line end as a signature's ("Pt rec'd PA\\ncath"); the
    learned model saw no such breaks in training.

    A note is wrapped when its longest line is 40-132 characters and, of its lines that reach 70% of that width
    and run on into a non-indented line, at least 3 and 80% are *forced*: the next line's first word would not
    have fitted on them. Only forced breaks inside a sentence are read as spaces: not after ".!?:;" nor after a
    trailing space (a wrap turns the space itself into the break), not before a line that opens a field, heading or
    list item. A Windows line end ("\\r\\n") is read as the break it is, so a wrapped Windows export is unwrapped
    too. No note that is not wrapped has any (benchmarks: none of the PhysioNet, planted MTSamples or sample notes as
    written)."""
    if text.count("\n") < 3:
        return []
    lines = text.split("\n")
    bodies = [line[:-1] if line.endswith("\r") else line for line in lines]
    lens = [len(body.rstrip(" \t")) for body in bodies]
    width = max(lens)
    if not _WRAP_WIDTHS[0] <= width <= _WRAP_WIDTHS[1]:
        return []
    forced: list[int] = []
    joins: list[int] = []
    long_lines = 0
    pos = 0
    for k in range(len(lines) - 1):
        end = pos + len(lines[k])
        pos = end + 1
        nxt = lines[k + 1]
        if lens[k] < width * 0.7 or not nxt[:1].strip():
            continue
        long_lines += 1
        if lens[k] + 1 + len(_FIRST_WORD.match(nxt).group(0)) <= width:
            continue
        forced.append(end)
        if bodies[k][-1] not in ".!?:; \t" and not _OPENS_FIELD.match(nxt):
            joins.append(end)
    if len(forced) < 3 or len(forced) < 0.8 * long_lines:
        return []
    return joins


def _spaced(text: str, breaks: list[int]) -> str:
    if not breaks:
        return text
    out = list(text)
    for i in breaks:
        out[i] = " "
    return "".join(out)


def unwrap(text: str) -> str:
    """`text` with the line breaks of a hard wrap inside sentences read as spaces (`wrap_breaks`); same length,
    so every span's offsets hold in the original text."""
    return _spaced(text, wrap_breaks(text)) if isinstance(text, str) else text


_LONE_CR = stdre.compile(r"\r(?!\n)")


def one_layout(text: str) -> str:
    """The text as the recognizers read it: a CRLF line end is a space and a newline, a lone CR a newline.
    Same length, so every span's offsets hold in the original text. Why: rules and the learned model were
    written on LF text; in a Windows export (CRLF) a name before "\r" or a label after it went unseen."""
    if not isinstance(text, str) or "\r" not in text:
        return text
    return text.replace("\r\n", " \n").replace("\r", "\n")


def as_read(text: str) -> str:
    """The text as the recognizers and the learned model read it: CRLF line ends as LF (`one_layout`) and a hard
    wrap's breaks inside sentences as spaces (`unwrap`, which reads a CRLF as one break, so a wrapped Windows export
    is unwrapped as well). Same length, so every span's offsets hold in the original."""
    if not isinstance(text, str) or "\r" not in text:
        return unwrap(text)
    return _spaced(one_layout(text), wrap_breaks(_LONE_CR.sub("\n", text)))

"""Context predicates shared by recognizers: is a word medical-only, name-like, a month, a relation;
what text sits before a match, which line holds a position; does a unit follow a number."""

from __future__ import annotations

import functools

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import MONTHS, Folded, Gated, I
from cancerprep.stages.deid.recognizers.tokens import NAME_WORD, Tok
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATION_PHRASES, RELATIONS, STOP, TITLES

UNIT_AFTER = re.compile(r"[ \t]*(?:%|(?:mg|mcg|ml|cc|u|units?|hrs?|h|min|mmhg|kg|lbs?|meq|mm|cm|x|gm?|grams?|bags?|"
                         r"amps?|tabs?|puffs?|"
                         r"am|pm|beats|bpm|mins?|minutes|hours|yo|yr)\b|a\.m|p\.m|y/o)", I)
# A sentence of prose ends on this line: a small-letter word before ".", "!" or "?" ("... in 3 months."). A
# note's sign-off (marks, stamps, initials) holds none.
# titles that are also clinical abbreviations of no person ("MS" mental status, "SR" sinus rhythm): a title cue
# only where more evidence follows (a census name, no field colon)
ABBREVIATION_TITLES = frozenset(t for t in TITLES if t in sl.CLINICAL_TERMS and t not in CREDENTIALS)
PROSE_END = re.compile(r"[a-z]{2}[.!?](?:\s|$)")
MONTH_DAY = re.compile(rf"{MONTHS}$|(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|today|tomorrow|tonight",
                        I)


def text_before(text: str, m: re.Match, n: int = 12) -> str:
    """The lower-cased text just before a match, so validators can look for a cue ("in", "since")
    without each slicing the note."""
    return text[max(0, m.start() - n):m.start()].lower()


def line_bounds(text: str, pos: int) -> tuple[int, int]:
    """(start, end) of the line of `text` that holds position `pos`, without its line break: rules that count or
    compare lines key them by these offsets."""
    end = text.find("\n", pos)
    return text.rfind("\n", 0, pos) + 1, end if end != -1 else len(text)


def line_at(text: str, pos: int) -> str:
    """The line of `text` that holds position `pos`, without its line break: several rules judge a match by its
    line (a reference line's grammar, whether the line carries case)."""
    start, end = line_bounds(text, pos)
    return text[start:end]


def line_cased(text: str, pos: int) -> bool:
    """Does the line at `pos` carry case information (not all capitals, not all small letters)? A name or place
    rule trusts a capital only there: a line of capitals or of small letters says nothing about proper nouns."""
    line = line_at(text, pos)
    return not (line.isupper() or line.islower())


def name_case(word: str) -> bool:
    """Capitalised and not ALL CAPS, as a name is written in text with case (headings and acronyms are written in
    capitals)."""
    return word[:1].isupper() and not word.isupper()


def medical_only(low: str) -> bool:
    """A clinical term, or a medical word rare in everyday English: even capitalised it is far
    likelier a heading, drug or finding than a name, so name rules refuse it."""
    return low in sl.CLINICAL_TERMS or (low in sl.medical_words() and sl.word_freq().get(low, 0) < sl.RARE_FREQ)


def sentence_start(text: str, pos: int) -> bool:
    """Does `pos` start a sentence or line? There a capital proves nothing, so an everyday word
    needs more evidence to count as a name."""
    before = text[max(0, pos - 4):pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n:;-"



def namey(tok: Tok, upper_note: bool) -> bool:
    """Could this token be part of a name (given context says a name is near)?"""
    if not tok.is_word or tok.low in STOP or tok.low in TITLES or tok.low in CREDENTIALS:
        return False
    if len(tok.text) == 1:
        return tok.text.isupper() or upper_note
    return True


def looks_proper(tok: Tok, upper_note: bool) -> bool:
    """A capitalised, non-dictionary word in mixed-case text; any non-dictionary word in caps text."""
    if not tok.is_word or len(tok.text) < 2 or tok.low in STOP or medical_only(tok.low):
        return False
    if sl.is_common(tok.low) or MONTH_DAY.match(tok.low):
        return False
    if sl.is_known_word(tok.low) and tok.low not in sl.first_names() and tok.low not in sl.last_names():
        return False
    if upper_note:
        return True
    return tok.text[0].isupper()



def relation_at(toks: list[Tok], i: int) -> bool:
    """Is token i a relation word ("son", "daughter-in-law") or the head of a two-word relation ("significant
    other")? The name of the relative follows either."""
    low = toks[i].low
    return low in RELATIONS or (i > 0 and toks[i - 1].low in RELATION_PHRASES.get(low, ()))


# Verbs that follow a subject without a dictionary inflection (auxiliaries and irregular forms): a word after a
# name or role that is one of them opens a clause, no name.
AUXILIARIES = frozenset({"is", "was", "has", "had", "will", "would", "can", "could", "should", "did", "does",
                         "remains", "seems", "appears", "lives", "says", "goes", "got", "gets", "felt", "went",
                         "came", "comes", "took", "takes", "ate", "sat", "slept", "left", "made", "kept", "knew",
                         "knows", "told", "gave", "brought", "drank", "fell", "found", "heard", "said", "saw",
                         "understood", "wrote", "woke", "walked"})


@functools.lru_cache(maxsize=1 << 14)
def verb_form(word: str) -> bool:
    """Is `word` a verb inflected for a subject (-s, -ed, -ing of a dictionary word) or an auxiliary? Told from the
    English dictionary by its inflection, so no list of clinical verbs is needed. (Kept per word: the slots ask it of
    some thirty words a note, most of them the same few verbs, and the answer depends on the fixed vocabularies
    alone.)"""
    low = word.lower()
    if low in AUXILIARIES:
        return True
    if len(low) < 4 or not low.isalpha() or low in STOP or medical_only(low):
        return False
    stems: list[str] = []
    if low.endswith("ing"):
        s = low[:-3]
        stems = [s, s + "e"] + ([s[:-1]] if len(s) > 2 and s[-1] == s[-2] else [])
    elif low.endswith("ied"):
        stems = [low[:-3] + "y"]
    elif low.endswith("ed"):
        s = low[:-2]
        stems = [s, low[:-1]] + ([s[:-1]] if len(s) > 2 and s[-1] == s[-2] else [])
    elif low.endswith("ies"):
        stems = [low[:-3] + "y"]
    elif low.endswith("s") and not low.endswith(("ss", "us", "is")):
        stems = [low[:-1]] + ([low[:-2]] if low.endswith("es") else [])
    return any(len(s) >= 3 and sl.word_freq().get(s, 0) >= 1000 for s in stems)


def past_or_auxiliary(word: str) -> bool:
    """A past tense or an auxiliary: a verb form no plural noun is ("was", "agreed"; not "clips"), what may follow a
    name as its clause's verb where an "-s" form would be a counted noun as often."""
    return word in AUXILIARIES or (word.endswith("ed") and verb_form(word))


def list_item_words(item: str, roles: frozenset[str], *, closing_role_dots: bool) -> list[tuple[int, str]]:
    """The words of a staff list's item ("Dr. Lee (attending)", "RN Ann Chu, BSN") with their offsets in `item`: a
    bracketed aside blanked, the role words before the person and the role words and credentials after them dropped,
    so what is left is the name the caller judges. Why one reader: the ward's team lines and the perioperative staff
    lists write an item alike and differ in their role words; `closing_role_dots` says whether a closing role word may
    carry its full stop ("Lee attending.") as a credential may (the perioperative lists) or must be written bare."""
    body = re.sub(r"\([^)]*\)?", lambda x: " " * len(x.group()), item)
    toks = [(t.start(), t.group()) for t in re.finditer(r"[\w'’.-]+", body)]
    while toks and toks[0][1].lower() in roles:
        toks.pop(0)
    while toks and (toks[-1][1].lower().strip(".") in CREDENTIALS
                    or (toks[-1][1].lower().strip(".") if closing_role_dots else toks[-1][1].lower()) in roles):
        toks.pop()
    return toks


def field_subject(states: str, most: int = 1) -> Gated:
    """The subject of a field's value before a state or act verb ("Restraint log 0200: Lee remains in ...", "Post-op
    check: Ann Lee resting"): one word, or up to `most` (2) with no state word inside; group 1 holds them. Why one
    builder: the ward and perioperative documents write this position alike and differ only in their `states` (an
    alternation of lower-case verbs); the caller judges the words as a name."""
    word = r"[a-z][\w'’-]*"
    more = rf"(?:[ \t]+{word})?" if most > 1 else ""
    subject = rf"{NAME_WORD}(?:[ \t]+(?!(?i:{states})\b){NAME_WORD})?" if most > 1 else NAME_WORD
    return Gated(Folded(rf":[ \t]*{word}{more}[ \t]+(?:{states})\b"), re.compile(
        rf"(?im):[ \t]*(?-i:({subject}))[ \t]+(?:{states})\b"))

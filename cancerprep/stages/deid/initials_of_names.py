"""A person named in a note signs with their own initials: the initials of the note's confident names are PHI
wherever the note (or its patient's notes) writes them as a mark.

Why: the initials recognizers judge a letter group by where it stands (a log's last cell, a dash closing a timed line,
"per JS"), and forms nobody tuned on put their writers' marks in places no rule or learned judge knew (issue 13). A
human redactor does not need the place: once the note says "Assisted by Jane A. Smith, RN", every JAS and JS of it is
hers. Like name consistency (`consistency`), this needs one confident finding per note, not a known place.

Initials (`name_initials`) come from the note's NAME spans that a strong voter found (never the learned voter's lone
finds, `consistency.WEAK_SEEDERS`): after titles and credentials, a given name (or its initial) and a surname (or
"Surname, Given M"), first+last and first+middle+last ("Smith, John A" -> JS, JAS), a hyphenated surname by its first
part and by both ("Ann Lee-Park" -> AL, ALP). Both words must look like a name (a census name or a word no vocabulary
knows, capitalised where the note has case), so a false NAME span of two clinical words gives no initials.

Occurrences (`marks`): the group standing alone (no letter, digit, apostrophe or hyphenated word on either side) in
capitals ("JS", "JAS", "EW/JAS", "(JS)"), dotted ("J.S.", "J. A. S."), and in small letters only where a dictation
mark writes them ("EW/jas", "jas/EW", "jas" alone on a line) or where the note has no case at all. Never a group any
project vocabulary gives another reading (`initials_values.other_reading`): clinical abbreviations, units, routes and
frequencies, US state codes, credentials and titles, protected clinical words, the corpus's shorthand, stop words,
oncology shorthand and stages (`initials_class.ONCOLOGY`, "IB"); in a note without case, or on a line without case
("NO CHANGE, SEE ABOVE"), no everyday or (three letters or more) known word either. So "MS", "PT", "RN", "CA" never
go, whoever is named.
"""

from __future__ import annotations

import itertools
from collections.abc import Iterable, Sequence

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.context import line_cased
from cancerprep.stages.deid.recognizers.initials_class import NOT_NAMES
from cancerprep.stages.deid.recognizers.initials_values import other_reading
from cancerprep.stages.deid.recognizers.tokens import LETTER, MARKS, ascii_fold, case_mode
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, TITLES

INITIALS_CONSISTENCY = "InitialsConsistency"  # recognizer name of the spans added here (stats, spans files)

_WORD = re.compile(rf"{LETTER}(?:{LETTER}|[{MARKS}])*(?:['’]{LETTER}(?:{LETTER}|[{MARKS}])*)*(?:-{LETTER}+)*")
# what may stand between the words of a name ("Smith, John A.", "J. Smith", "Dr. Ann Lee")
_BETWEEN = re.compile(r"[.,]?[ ]?[.,]?[ ]?")


def _name_like(word: str, cased: bool) -> bool:
    """Could `word` (two letters or more) be a given name or surname? A census name or a word no vocabulary knows (not
    a known English, medical or clinical word, not protected), capitalised where the note has case."""
    if cased and not word[:1].isupper():
        return False
    low = ascii_fold(word.lower()).replace("’", "'")
    parts = [p for p in low.split("-") if p]
    if not parts or low in NOT_NAMES or any(p in protect.protected_words() for p in parts):
        return False
    census = sl.census_names()
    return all(p in census or p.replace("'", "") in census
               or not (sl.is_known_word(p) or p in sl.medical_words() or p in sl.CLINICAL_TERMS) for p in parts)


def name_initials(text: str, start: int, end: int, cased: bool = True, census_only: bool = False) -> set[str]:
    """The initials (capitals, 2-3 letters) of the person a NAME span text[start:end] names, or none when the span is
    not a given name and a surname (see the module doc). `cased`: the line has case, so a name is capitalised;
    `census_only` (a span only a weak voter found): a census given name written out and a census surname only."""
    words = list(_WORD.finditer(text, start, end))
    while words and words[0].group(0).lower().rstrip(".") in TITLES:
        words.pop(0)
    for k, (w, nxt) in enumerate(itertools.pairwise(words)):
        if not _BETWEEN.fullmatch(text, w.end(), nxt.start()):
            words = words[:k + 1]  # a line break, a cell's gap or another mark ends the name
            break
    while words and words[-1].group(0).lower() in CREDENTIALS:
        words.pop()
    while len(words) > 2 and len(words[-1].group(0)) > 1 and not _name_like(words[-1].group(0), cased):
        words.pop()  # words a span ran on into ("HARRY MORGAN INCREASED")
    if not 2 <= len(words) <= 4:
        return set()
    tokens = [w.group(0) for w in words]
    if text[words[0].end():words[1].start()].strip(" \t.").startswith(","):
        tokens = tokens[1:] + tokens[:1]  # "Smith, John A" -> John A Smith
    given, middles, last = tokens[0], tokens[1:-1], tokens[-1]
    if len(last) < 2 or not _name_like(last, cased) or (len(given) > 1 and not _name_like(given, cased)) \
            or any(len(m) > 1 and not _name_like(m, cased) for m in middles):
        return set()
    if census_only and not (ascii_fold(given.lower()) in sl.first_names() and all(
            p in sl.last_names() for p in ascii_fold(last.lower()).split("-") if p)):
        return set()
    heads = [p[0] for p in last.split("-") if p]
    first = given[0]
    out = {first + heads[0], first + "".join(heads[:2])}
    if middles:
        out |= {first + middles[0][0] + heads[0]}
    return {g.upper() for g in out if 2 <= len(g) <= 3 and g.isalpha()}


def _caseless_word(low: str) -> bool:
    """Where a note has no case, an everyday word (or a known word of three letters or more) is that word."""
    return sl.is_common(low) or (len(low) > 2 and sl.is_known_word(low))


_EDGE_BEFORE = r"(?<![\w'’-])"
_EDGE_AFTER = r"(?![\w'’])(?!-\w)"
# the other member of a slash pair of marks, before or after the slash
_PAIR_BEFORE = re.compile(r"(?<![\w'’-])[A-Za-z]{2,3}$")
_PAIR_AFTER = re.compile(r"[A-Za-z]{2,3}(?![\w'’])")


def _pattern(groups: Iterable[str]) -> re.Pattern:
    alternatives = []
    for g in sorted(groups, key=lambda g: (-len(g), g)):
        letters = [re.escape(c) for c in g]
        alternatives.append("".join(letters))
        alternatives.append(r"\.[ ]?".join(letters) + r"\.")
    return re.compile(rf"{_EDGE_BEFORE}(?:{'|'.join(alternatives)}){_EDGE_AFTER}", re.I)


def _small_mark(text: str, a: int, b: int) -> bool:
    """Is the lower-case group text[a:b] written as a dictation mark: one member of a slash pair of letter groups
    ("EW/jas", "jas/ew"), or alone on its line?"""
    if text[a - 1:a] == "/" and _PAIR_BEFORE.search(text, max(0, a - 5), a - 1):
        return True
    if text[b:b + 1] == "/" and _PAIR_AFTER.match(text, b + 1):
        return True
    line_start = text.rfind("\n", 0, a) + 1
    line_end = text.find("\n", b)
    line_end = len(text) if line_end < 0 else line_end
    return not text[line_start:a].strip(" \t-") and not text[b:line_end].strip(" \t.")


def marks(text: str, initials: Iterable[str], taken: Sequence[tuple[int, int]] = ()) -> list[tuple[int, int]]:
    """Where `text` writes any of the person initials `initials` (capitals) as a mark, outside the spans `taken`
    (see the module doc); sorted, disjoint."""
    mode = case_mode(text)
    groups = {g for g in initials
              if not other_reading(g.lower()) and not (mode != "mixed" and _caseless_word(g.lower()))}
    if not groups:
        return []
    out: list[tuple[int, int]] = []
    for m in _pattern(groups).finditer(text):
        a, b = m.span()
        letters = "".join(c for c in m.group(0) if c.isalpha())
        if not (letters.isupper() or mode == "lower" or (letters.islower() and _small_mark(text, a, b))):
            continue
        if any(s < b and a < e for s, e in taken):
            continue
        if mode == "mixed" and not line_cased(text, a) and _caseless_word(letters.lower()):
            continue  # a line of capitals in a note with case: "SEE", "ANY" there are words
        out.append((a, b))
    return out

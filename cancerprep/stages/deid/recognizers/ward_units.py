"""Wards and units named for a donor or a place, written with their floor or wing (issue 13): "transferred to
Okafor 6", "Unit: Lindqvist 5 West", "report called to Brandt 7W", "bed request for Hallett ICU".

Why a module of its own: the ward rules (`ward_forms`) name a unit by its head word ("the Okafor Unit", "Brandt
Pavilion") and the policy leaves bare ward codes ("4 West", "5N", "MICU", DESIGN.md); a hospital that names its wards
for benefactors writes the donor's name and the floor with no head at all, and that name is a person's. Generated
variation (benchmarks/quality/unit_variation.py) missed about one such ward in ten in every case. A word and a small
number are also a drug and its dose or a score ("on Lasix 40", "Stage 4"), so the evidence is the position and the
name together:

* **the position**: a ward field's label ("Unit:", "Floor:", "Location:", "Sending unit -"), a verb of moving a
  patient between wards with its preposition ("transferred to", "arrived on", "floated from", "report called to",
  "bed request placed for", "admit to"), or, when the shape is a ward's own (a floor with a wing: "6W", "5 West", or
  an intensive-care head: "ICU", "CCU"), any preposition of place or a line's start closed by a bar ("<Name> 4 North |
  ...");
* **the shape**: one or two name words, then a floor number (1-29) with an optional wing ("N", "5 West"), or an
  intensive-care head; or, on a line without case, the name and "unit" (the ward rules read the capitalised kind);
  and after it the clause ends or a ward word follows (room, bed, charge, per, overnight ...), not a measure;
* **the name**: each word a census name or a word no vocabulary knows that is spelled like a name, never an everyday,
  function, drug, clinical, ward, building or care-area word ("Med-Surg 4", "Tower 6", "Stage 4", "Lasix 40"), and
  capitalised where the line has case.

Also here, since it is the same ward-note position read the other way round: **a pager or extension named after its
number** ("Resident Okafor, 4-7864 (pager)", "61553 (x)", "48213 beeper"): 4-5 digits or a digit and four, then a
paging label in brackets, or a pager word itself (never "page"/"x"/"ext" unbracketed: "1000 page", "2000 x 3"); and
(deidfix41) **a pager in the shapes paging systems print** ("66-6838", "p3090", "#4463") right after a pager label,
with "ID", "#", "no." or "/ <word>" between ("Pager ID: 66-6838", "pgr# p3090", "Pager / Vocera #4463"); after "pg"
or "paging" never a clock time.

(deidfix60, from `unit_form_variation`'s seen half) **Wards where forms write them**: the shape also takes a dashed
one-letter wing ("7-S"), a care head after the floor ("7 MICU", "2 Transplant Unit"), a kind of care before an
intensive-care head or a dash before it ("<Name> Neuro ICU", "<Name>-CCU"). `named_unit` reads a ward standing alone
as a whole table cell, as a document's title, as a bed board's row and (for `field_cells`) as a unit field's value;
a ward in its own shape (wing or care head) stands anywhere when its name is no everyday word. "c/b" and "ext." are
pager labels before the paging shapes.

(deidfix63, from `ward_layouts`' seen half) "welcome to" moves a patient to a ward, a colon may follow the moving verb
("admitted to: Okafor 6"), "nurses station" or a clock time closing the line may follow the ward, and a document
named first titles one ("ASSIGNMENT SHEET Okafor-CVICU 0915").

Refusals: bare codes ("4 West", "5N", "Unit 6", "MICU-B"), units named by their care ("Telemetry Unit", "the Cardiac
ICU"), drugs and doses, scores and stages, durations ("Mayo 3 days ago").
"""

from __future__ import annotations

import re as stdre
from collections.abc import Iterator

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.name_likeness import name_like
from cancerprep.stages.deid.recognizers.base import (
    CONTACT,
    LOCATION,
    Folded,
    Gated,
    LinedStarts,
    Placed,
    SpansRecognizer,
    WordAnchored,
    finditer,
    first_runs,
    lowered,
    word_runs,
)
from cancerprep.stages.deid.recognizers.context import UNIT_AFTER, line_cased, medical_only
from cancerprep.stages.deid.recognizers.tables import row_cells
from cancerprep.stages.deid.recognizers.ward_forms import head_search
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP, TITLES

WARD_UNITS = "WardUnitsRecognizer"

_NAME = r"\p{L}[\p{L}'’]+(?:-\p{L}[\p{L}'’]+)?"
# (deidfix60: a dash may join a one-letter wing too, "7-S", "11-w")
_WING = r"(?:[ \t]?-?[nsew]|[ \t]*-?[ \t]*(?:north|south|east|west))"
_ICU = r"(?:icu|ccu|micu|sicu|cvicu|ticu|nicu|picu|stepdown|step-down|pcu|imcu)"
# A care head after a ward's floor ("Faulkner 7 MICU", "Maples 2 Transplant Unit", "Couch 11 Tele"; deidfix60,
# unit_form_variation): an intensive-care head, "tele", or a kind of care and "unit".
# A kind of care may stand before the head ("Okafor Neuro ICU", "Lindqvist Burn Unit").
_KIND = (r"(?:bmt|transplant|oncology|onc|observation|obs|burn|cardiac|neuro|surgical|medical|med-surg|hem/onc|"
         r"heme/onc|trauma|cardiothoracic|cvt|heart|respiratory|pediatric|peds|neonatal)")
_KIND_ICU = rf"(?:{_KIND}[ \t]+)?{_ICU}"
_CARE_AFTER = rf"(?:{_KIND_ICU}|tele|{_KIND}[ \t]+unit)"
# Between the name and its floor or head a blank, or a dash before an intensive-care head ("Leard-MICU").
_SEP = rf"(?:[ \t]+|-(?={_ICU}\b))"
# A ward field's label, or a verb moving a patient between wards and its preposition.
_LABEL = (r"(?:(?:sending|receiving|current|home|admitting|accepting|transfer(?:ring)?|previous|prior|from|to)[ \t]+)?"
          r"(?:unit|floor|location|loc|ward|nursing[ \t]+unit|bed[ \t]+(?:assigned|assignment)|dept|department|"
          r"destination(?:[ \t]+unit)?)[ \t]*[:=-]")
_MOVE = (r"(?:transferr?(?:ed|ing)?|transfer|tx'?d?|xferr?(?:ed)?|xfer|admit(?:ted)?|readmitted|moved|moving|"
         r"arrived|arrives|arriving|floated|float(?:ing)?|returned|returning|return|back|sent|sending|came|coming|"
         r"upgraded|downgraded|boarding|bed(?:[ \t]+(?:request|assigned|assignment|ready)(?:[ \t]+placed)?)?|"
         r"report[ \t]+(?:called|given|phoned)|called[ \t]+report|accepted|welcome(?:[ \t]+back)?)"
         r"(?:[ \t]+(?:up|down|back|over|out|pt|patient|him|her))?[ \t]+(?:to|from|on|onto|for|in)")
_PREP = r"(?:to|from|on|onto|at|in|into|for|via)"
_GATE = Folded(r"[a-z](?:[ \t]+|-)(?:\d|" + _ICU + r"\b|unit\b)")
# What may follow a ward: no measure, count or range ("Lasix 40 mg", "Stage 4 of 5"), but the clause's end, a wide
# gap or tab (a field's end), or a ward word (room, bed, charge, per, overnight ...).
_WARD_END = (
    r"(?![ \t]*(?:[.,]\d|x\b|mg|mcg|g\b|ml|cc|units?\b|%|/|days?|weeks?|wks?|months?|years?|yrs?|hours?|hrs?|"
    r"minutes?|min|times|doses?|tabs?|pills?|points?|of\b|and[ \t]+\d|-[ \t]*\d|out[ \t]+of))"
    r"(?=[ \t]{2,}\S|\t|[ \t]*(?:$|[,.;:|)(/!]|-[ \t]|(?:[01]\d|2[0-3]):?[0-5]\d[ \t]*$|"
    r"(?:per|charge|rm|room|bed|beds|overnight|at|after|for|via|"
    r"since|today|tonight|"
    r"this|on|with|by|to|from|nursing|unit|floor|pod|bay|when|until|status|tele|s/p|post|awaiting|pending|team|"
    r"rn|nurses?|station|desk|around|later|now|yesterday|last|earlier|without|w/o|until|while|under|clean|dirty|ready|"
    r"blocked|open|closed|full)\b))")
# Where a match can stand, in lower case (`Lined`): a moving verb's or a bare preposition (each ends with one of
# `_PREP`'s words), a label's sign or a line's start, then the name's one or two words and the floor or head.
_LINE_ANCHOR = (r"(?:\b(?:to|from|on|onto|at|in|into|for|via)|[:=-]|(?<![^\n]))[ \t]*(?:the[ \t]+)?"
                r"[a-z][a-z']+(?:-[a-z][a-z']+)?(?:[ \t]+[a-z][a-z']+(?:-[a-z][a-z']+)?)?(?:[ \t]+|-)"
                r"(?:\d|" + _ICU + r"|unit)")
# Where a match can begin: a label's, a moving verb's or a preposition's first word, or a line's start.
_OPENING_WORDS = rf"\b(?:{_LABEL}|{_MOVE}|{_PREP})"


class _HeadedStarts(LinedStarts):
    """`LinedStarts` whose start anchor is a line's start or `words` (a source opening with `\\b` and a word), asked on
    each anchored line only at its start and where a run of word characters opens with one of the words' heads
    (`ward_forms.head_search`, in the note's blanked runs, `word_runs`) (perf51). Why: the start anchor searched as a
    lookahead was tried at every character of the anchored lines (~18 us a PhysioNet note); every place it finds is
    the line's start or such a run's, where it is still asked, so the places, and the matches, are the same. There
    `opening` (a stdlib pattern in lower case that every match holds from its start on an ASCII note: the pattern's
    opening written with ASCII classes) is asked before the pattern, which costs ~3 us a try where it fails."""

    def __init__(self, anchor: str, words: str, pattern: re.Pattern, opening: str):
        super().__init__(anchor, rf"(?<![^\n])|{words}", pattern)
        self.heads = head_search(words)
        self.opening = stdre.compile(opening)

    def _on_line(self, text: str, low: str, start: int, done: int, timeout: float | None) -> Iterator[re.Match]:
        """The pattern's matches on one anchored line, tried at the start anchor's places, in order."""
        # (a run's blank stands at the run's own index; a run closing the line ends its head one further)
        places = {start, *(h.start() for h in self.heads.finditer(word_runs(low), start, done + 1))}
        last = start
        at, opens, match = self.starts.match, self.opening.match, self.matcher(timeout)
        for b in sorted(places):
            if b < last or at(low, b, done) is None or opens(low, b, done) is None:
                continue
            m = match(text, b, done)
            if m is not None:
                last = m.end()
                yield m


# (perf51: its start anchor asked only at the heads of its words, and its opening by stdlib first, `_HeadedStarts`:
# a start, "the", the name's one or two words of ASCII letters, the blank or "-", then a floor's digit, a kind of care,
# a care head or "unit")
_ASCII_NAME = r"[a-z][a-z']+(?:-[a-z][a-z']+)?"
_UNIT_OPENING = (rf"(?m)(?:\b(?:{_LABEL}|{_MOVE}[ \t]*:?)|\b{_PREP}|^)[ \t]*(?:the[ \t]+)?{_ASCII_NAME}"
                 rf"(?:[ \t]+{_ASCII_NAME})?(?:[ \t]+|-)(?:\d|{_KIND}|{_ICU}|unit)")
_UNIT = Gated(_GATE, _HeadedStarts(_LINE_ANCHOR, _OPENING_WORDS, re.compile(
    rf"(?im)(?:\b({_LABEL}|{_MOVE}[ \t]*:?)|\b{_PREP}|^)[ \t]*(?:the[ \t]+)?"
    rf"(({_NAME})(?:[ \t]+(?!{_KIND}\b)({_NAME}))?{_SEP}"
    rf"(?:(\d{{1,2}})({_WING})?(?:[ \t]+({_CARE_AFTER}))?|({_KIND_ICU})|(unit)))\b"
    + _WARD_END), _UNIT_OPENING))


class _FreeTails(Placed):
    """`_FREE`'s pattern tried only at the word starts a few words before the places where a ward's tail can stand
    (perf51): a floor's last digit before its wing or care head (`tails`), or the blank or "-" before an
    intensive-care head (`heads`), each a stdlib pattern over the lower-cased note matching one character; and only
    in the notes where the rule's former note gate holds, read from those places (a tail's digit is the gate's own; a
    head's blank or "-" is where a letter, then blanks or a "-", stand before it). Why: the gate passed on a fifth of
    PhysioNet's notes, and there the pattern (a lookbehind, then a name) was tried at every character, ~100 us a
    PhysioNet note, each try ~6 us where a word starts. Every ASCII match holds such a place (the digit before its
    wing or care head, the character before its intensive-care head) and opens on a letter with no word character,
    "'", "/", "." or "-" before it (its lookbehind), at most three blank-separated words before that place's own
    word (a name, a second name, a kind of care); so it is tried at each such letter there, with no end (the match
    reads past its place): each match is the one a search reaching that place would find, so the matches are the
    same, in order; a note with non-ASCII characters is searched whole, as the folded gate let it be (tests compare
    both on real notes)."""

    _WORD_STARTS = stdre.compile(r"(?<![a-z0-9_'/.-])[a-z]")
    _WORDS_BACK = 3

    def __init__(self, tails: str, heads: str, pattern: re.Pattern):
        self.tails, self.heads, self.pattern = stdre.compile(tails), stdre.compile(heads), pattern

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches at the word starts before each tail or head, none where the gate would not pass."""
        tails = [m.start() for m in self.tails.finditer(low, pos)]
        heads = [m.start() for m in self.heads.finditer(low, pos)]
        if not tails and not any(_letter_before(low, h, pos) for h in heads):
            return  # (the former gate: "\d<wing>\b", "\d<blanks><care head>\b" or "[a-z](?:[ \t]+|-)<icu>\b")
        starts: set[int] = set()
        for h in tails + heads:
            line = low.rfind("\n", pos, h) + 1 or pos
            for w in self._WORD_STARTS.finditer(low, _words_back(low, h, line, self._WORDS_BACK), h + 1):
                starts.add(w.start())
        yield from self.tried_at(text, sorted(starts), pos, timeout)


def _letter_before(low: str, at: int, pos: int) -> bool:
    """Is the blank or "-" at `at` the end of "[a-z](?:[ \t]+|-)", reading from `pos` on?"""
    k = at
    if low[at] != "-":
        while k > pos and low[k - 1] in " \t":
            k -= 1
    return k > pos and "a" <= low[k - 1] <= "z"


def _words_back(low: str, at: int, line: int, words: int) -> int:
    """Where the word holding `at` (or ending just before it) starts, `words` blank-separated words further back, not
    before `line`."""
    def word_start(k: int) -> int:
        return max(line, low.rfind(" ", line, k) + 1, low.rfind("\t", line, k) + 1)

    k = word_start(at)
    for _ in range(words):
        while k > line and low[k - 1] in " \t":
            k -= 1
        k = word_start(k)
    return k


# A ward in its own shape standing anywhere (deidfix60: bed boards, "14 Minehart SICU clean / ready", "28 Harmon 11S"):
# a floor with its wing or a care head, or an intensive-care head; the name's words must be names no everyday
# vocabulary holds (`ward_unit_spans`).
# (perf51: tried only a few words before its tails and heads, `_FreeTails`; the former gate, "\d<wing>\b|
# [a-z](?:[ \t]+|-)<icu>\b|\d[ \t]+<care head>\b", read from them)
_FREE = _FreeTails(rf"\d(?=(?:{_WING}\b|[ \t]+{_CARE_AFTER}\b))", rf"[ \t-](?={_ICU}\b)", re.compile(
    rf"(?i)(?<![\w'’/.-])(({_NAME})(?:[ \t]+(?!{_KIND}\b)({_NAME}))?"
    rf"(?:[ \t]+(\d{{1,2}})(?:({_WING})(?:[ \t]+{_CARE_AFTER})?|[ \t]+{_CARE_AFTER})|{_SEP}{_KIND_ICU}))\b"
    + _WARD_END))

# A pager's number in the shapes paging systems print: 4-6 digits, one or two digits and four ("66-6838"), a "p" and
# four or five ("p3090"), a number sign and 4-6 ("#4463") (deidfix41, from unit_variation's pager2 class).
_PAGER_VALUE = r"(\d{4,6}|\d{1,2}-\d{4}|p\d{4,5}|\#\d{4,6})"
# A pager's or extension's number with its label after it, bracketed (any paging label) or bare (a pager word).
_PAGER_AFTER = Gated(Folded(r"\d[ \t]*\(?[ \t]*(?:pager|pgr|pg|bpr|beeper|page|vocera|spok|voalte|ext|extension|x|"
                            r"in-house|p\.|bleep)"), re.compile(
    r"(?i)(?<![\w/.:#-])" + _PAGER_VALUE + r"[ \t]*(?:\([ \t]*(?:pager|pgr|pg|bpr|beeper|page|paging|vocera|spok|"
    r"voalte|ext|extension|x|in-house|p\.|bleep(?:er)?)(?:[ \t]*(?:no\.?|#|number|id|ext|to))?\.?[ \t]*\)|"
    r"[ \t]+(?:pager|pgr|bpr|beeper|vocera|spok|voalte|bleep(?:er)?)\b)"))
# The same shapes right after a pager's label, with an "ID", "#", "no." or "/ <word>" between (the paging rules of
# `ward_forms` read plain digits after their words; these are the shapes and joints they leave).
# (deidfix52, from `layout_variation`: the British "bleep" / "bleeper" as a pager's label, a "#" glued to the label
# before the field's own sign, "pg# - 7356", "PGR # = 4570", and a dot leader "Pager ..... 44712")
# (deidfix60, unit_form_variation: "c/b" / "call back" and "ext." before the paging shapes, "c/b p9321", "ext.: p4955")
# (perf51: tried only where one of its labels' first runs stands whole, `WordAnchored`, in the notes its gate passes:
# "ext" is in "next" and "text", and the pattern was tried at every character of those notes)
_PAGER_LABELS = ("pgr", "pager", "beeper", "bpr", "vocera", "spok", "voalte", "pg", "paging", "bleep", "bleeper", "c/b",
                 "call back", "callback", "extension", "ext")
_PAGER_BEFORE = Gated(Folded(r"(?:pgr|pager|beeper|bpr|vocera|spok|voalte|pg|paging|bleep|c/b|call[ \t]?back|ext)"),
                      WordAnchored(first_runs(_PAGER_LABELS), re.compile(
    r"(?i)\b((?:pgr|pager|beeper|bpr|vocera|spok|voalte|pg|paging|bleep(?:er)?|c/b|call[ \t]?back|extension|ext)"
    r"(?!\w)\.?)(?:[ \t]*(?:id|no\.?|number|ext)\b\.?|"
    r"[ \t]*\#(?=[ \t]*[:=-])|[ \t]*/(?:[ \t]*[a-z]+)?)?[ \t]*(?:[:#=-]|\.{2,})?[ \t]*"
    + _PAGER_VALUE + r"(?![\w/#-]|[.,:]\d)")))
_CLOCK = re.compile(r"(?:[01]\d|2[0-3])[0-5]\d")
_DIGIT_OR_CARE = re.compile(rf"(?i)\d|{_ICU}|tele|unit")

# A named ward standing alone as a value (deidfix60, from unit_form_variation's seen half): one or two name words,
# then a floor with an optional wing and care head ("Stanfield 11 ICU", "Dove 8-S"), or a care head alone. Read as a
# whole table cell (`row_cells`), as a line's title before a document's name ("Mendola 5 CCU - Nursing Shift
# Report", "=== Okafor 7 West Bed Board ==="), opening a bed board's row, and as the value of a unit field's cell or
# column (`field_cells`).
_VALUE = (rf"(?:the[ \t]+)?({_NAME})(?:[ \t]+(?!{_KIND}\b)({_NAME}))?{_SEP}"
          rf"(?:(\d{{1,2}})({_WING})?(?:[ \t]+({_CARE_AFTER}))?|({_CARE_AFTER}))")
_VALUE_RX = re.compile(rf"(?i){_VALUE}")
_BED_STATUS = r"(?:dirty|clean|ready|blocked|occupied|open|closed|pending|isolation|assigned)"
_DOCUMENTS = (r"report|note|summary|board|huddle|census|handoff|hand-off|sign-?out|flowsheet|assessment|log|rounds|"
              r"worksheet|kardex|assignments?|assignment[ \t]+sheet|staffing|sheet|schedule")
_TITLE = re.compile(rf"(?i)[ \t]*(?:[=*#]+[ \t]*)?({_VALUE})(?:[ \t]*[-–—:|][ \t]*|[ \t]+)"
                    rf"(?:[\w/&'’]+[ \t]+){{0,3}}(?:{_DOCUMENTS})\b")
# (deidfix63, ward_layouts' seen half) the document's name first, then its ward, closing the line or before a clock
# time, a dash or a bar ("ASSIGNMENT SHEET Okafor 6 CVICU 0915", "Census - Brandt 7W")
_TITLE_AFTER = re.compile(rf"(?i)[ \t]*(?:[=*#]+[ \t]*)?(?:[\w/&'’]+[ \t]+){{0,2}}(?:{_DOCUMENTS})[ \t]*[-–—:|]?[ \t]*"
                          rf"({_VALUE})(?=[ \t]*(?:$|[-–—:|]|(?:[01]\d|2[0-3]):?[0-5]\d[ \t]*$))")
# a bed board's row: the ward in its own shape opening the line, then a bed ("Brownlee 10N 9A dirty")
_BOARD_ROW = re.compile(rf"(?i)[ \t]*({_VALUE})[ \t]+(?:(?:bed|rm|room|bay)[ \t]*)?\d{{1,3}}[a-z]?\b(?![.:/,]\d)"
                        rf"([ \t]+{_BED_STATUS}\b)?")
# (perf51) stdlib searches of an ASCII line in lower case that the rules imply (`_cells_and_titles`): a digit or care
# head (`_DIGIT_OR_CARE`'s own), a document's word (`_TITLE` and `_TITLE_AFTER` each hold one), the opening of a
# ward at the line's start (`_BOARD_ROW`'s `_VALUE`: its name's one or two words, the blank or "-", then a floor's
# digit, a kind of care or a care head; the word after the name left unasked)
_DIGIT_OR_CARE_LOW = stdre.compile(rf"\d|{_ICU}|tele|unit")
_DOCUMENT_LOW = stdre.compile(_DOCUMENTS)  # (no "\\b": `_TITLE_AFTER` lets a name run on from it)
_ROW_OPENING_LOW = stdre.compile(rf"[ \t]*(?:the[ \t]+)?{_ASCII_NAME}(?:[ \t]+{_ASCII_NAME})?(?:[ \t]+|-)"
                                 rf"(?:\d|{_KIND}|{_ICU}|tele)")
# a cell that is a bed ("| bed 11 |"): the cell before it is the bed's ward
_BED_CELL = re.compile(r"(?i)(?:bed|rm|room|bay)[ \t]*\#?\d{1,3}[a-z]?")


def named_unit(value: str, cased: bool, placed: bool) -> bool:
    """Is `value`, a whole cell or title, a ward named for a donor or place (`_VALUE`)? A floor with no wing or care
    head ("Sisk 12") only where the place names a unit (`placed`: a unit field's cell or column, a document's
    title): a name and a number alone is also a score or a dose."""
    m = _VALUE_RX.fullmatch(value.strip())
    if m is None:
        return False
    number = m.group(3)
    if number and not 1 <= int(number) <= 29:
        return False
    if not (placed or m.group(4) or m.group(5) or m.group(6)):
        return False
    return all(_word_ok(w, cased, True) for w in (m.group(1), m.group(2)) if w)


def _cells_and_titles(text: str) -> list[tuple[int, int, str, float]]:
    """Wards standing as a whole bar or tab cell in a ward's own shape, as a document's title, or opening a bed
    board's row before a bed (`named_unit`); a floor with no wing where a bed and its status follow ("Greene 9 38A
    dirty") or the next cell is a bed ("| Purvis 6 | bed 11 |")."""
    out: list[tuple[int, int, str, float]] = []
    pos = 0
    # (perf51) an ASCII note's lines asked first, in lower case, by stdlib searches each rule implies: a digit or care
    # head (`_DIGIT_OR_CARE`), a document's word (both title rules), a ward's opening (the bed board's row)
    lows = lowered(text).split("\n") if text.isascii() else None
    for k, line in enumerate(text.split("\n")):
        start, pos = pos, pos + len(line) + 1
        low = lows[k] if lows is not None else None
        if not (_DIGIT_OR_CARE_LOW.search(low) if low is not None else _DIGIT_OR_CARE.search(line)):
            continue
        title = None if low is not None and not _DOCUMENT_LOW.search(low) else (
            _TITLE.match(line) or _TITLE_AFTER.match(line))
        if title and named_unit(title.group(1), line_cased(text, start), True):
            out.append((start + title.start(1), start + title.end(1), LOCATION, 0.65))
        row = None if title or (low is not None and not _ROW_OPENING_LOW.match(low)) else _BOARD_ROW.match(line)
        if row and named_unit(row.group(1), line_cased(text, start), bool(row.group(8))):
            out.append((start + row.start(1), start + row.end(1), LOCATION, 0.65))
        if "|" in line or "\t" in line:
            cased = line_cased(text, start)
            cells = row_cells(line)
            for k, (a, b) in enumerate(cells):
                bed_next = k + 1 < len(cells) and _BED_CELL.fullmatch(line, *cells[k + 1]) is not None
                if named_unit(line[a:b], cased, bed_next):
                    out.append((start + a, start + b, LOCATION, 0.65))
    return out

# Words that say what a ward or building is, not whose ("Tower 6", "Main 4", "Med-Surg 4").
_WARD_WORDS = frozenset("""unit units floor floors ward wards tower towers pavilion wing building annex hall suite pod
bay room rm bed beds level lvl main north south east west northeast northwest southeast southwest upper lower new old
central inpatient outpatient medical surgical med surg tele telemetry step stepdown oncology onc cardiac heart cancer
transplant neuro trauma burn ortho rehab psych peds pediatric maternity women's labor observation obs overflow float
pool icu ccu micu sicu cvicu picu nicu pacu pcu imcu tcu sdu cdu bmt heme hem gyn ob ed er or cath endo ir
stage grade type phase cycle day week dose level
zone class step station team group page service section chapter part item line table figure version round session
jan feb mar apr may jun jul aug sep sept oct nov dec january february march april june july august september october
november december mon tue tues wed thu thur thurs fri sat sun monday tuesday wednesday thursday friday saturday
sunday""".split())


def _word_ok(word: str, cased: bool, strong: bool) -> bool:
    """Is `word` a donor's or place's name for a ward? (see the module doc)."""
    low = word.lower().strip("'’").removesuffix("'s").removesuffix("’s")
    if cased and (not word[:1].isupper() or (word.isupper() and len(word) > 1)):
        return False  # on a line with case a name is capitalised, and a word in capitals is a ward code ("PCU 5")
    parts = [p for p in low.split("-") if p]
    if not parts:
        return False
    for p in parts:
        if len(p) < 2 or p in STOP or p in _WARD_WORDS or p in RELATIONS or p in TITLES or p in CREDENTIALS \
                or medical_only(p) or (p in sl.medical_words() and p not in sl.last_names()) or sl.drug_word(p) \
                or p in protect.areas() or p in protect.protected_words():
            return False
    if any(sl.is_common(p) for p in parts):
        # an everyday word names a ward on a line with case in a ward's own shape ("Summit ICU", "Gamble 7W"), or
        # when it is also a census surname, as donors' names often are ("Brown 6" after "transferred to")
        return cased and all(sl.word_freq().get(p, 0) < sl.TOP_FREQ for p in parts) and (
            strong or all(p in sl.last_names() for p in parts))
    # a word no vocabulary knows: capitalised on a line with case, or spelled like a name where the line has none
    return all(p in sl.census_names() or sl.census_name_or_city(p)
               or (not sl.is_known_word(p) and p not in sl.CLINICAL_TERMS and (cased or name_like(p))) for p in parts)


def ward_unit_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, LOCATION, score) of each ward named for a donor or place (see the module doc)."""
    out = _cells_and_titles(text)
    for m in finditer(_UNIT, text):
        number, wing, care, icu, unit = m.group(5), m.group(6), m.group(7), m.group(8), m.group(9)
        cased = line_cased(text, m.start(2))
        strong = bool(wing or icu or care)
        if not m.group(1):  # a bare preposition or a line's start: a ward's own shape only
            if not strong and not unit:
                continue
            if m.start(0) == m.start(2) or text[m.start(0):m.start(2)].strip() in ("", "the", "The", "THE"):
                # a line's start: only a header closed by a bar
                if not re.match(r"[ \t]*\|", text[m.end(2):]):
                    continue
        if number and not 1 <= int(number) <= 29:
            continue
        if unit and (cased or (not m.group(1) and not re.match(r"[ \t]*(?:\||$)", text[m.end(2):]))):
            continue  # a cased "<Name> Unit" is the ward rules'; without case, only after a label or moving verb
        words = [w for w in (m.group(3), m.group(4)) if w]
        if not all(_word_ok(w, cased, strong) for w in words):
            continue
        out.append((m.start(2), m.end(2), LOCATION, 0.65))
    for m in finditer(_FREE, text):
        cased = line_cased(text, m.start(1))
        words = [w for w in (m.group(2), m.group(3)) if w]
        number = m.group(4)
        if number and not 1 <= int(number) <= 29:
            continue
        if all(_word_ok(w, cased, True) and not any(sl.is_common(p) for p in w.lower().split("-")) for w in words):
            out.append((m.start(1), m.end(1), LOCATION, 0.65))
    for m in finditer(_PAGER_AFTER, text):
        out.append((m.start(1), m.end(1), CONTACT, 0.7))
    for m in finditer(_PAGER_BEFORE, text):
        # "pg"/"paging"/"bleep" are also a page and the act: a clock time after them is when ("paging 1430")
        label = m.group(1).lower()
        clock = (label in ("pg", "paging", "bleep") or label.startswith(("c", "ext"))) and _CLOCK.fullmatch(m.group(2))
        if clock or UNIT_AFTER.match(text, m.end(2)):
            continue
        out.append((m.start(2), m.end(2), CONTACT, 0.7))
    return list(dict.fromkeys(out))  # (a ward may be read by two rules: a title's is also a free one)


class WardUnitsRecognizer(SpansRecognizer):
    """Wards named for a donor or place with their floor or wing (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(WARD_UNITS, [LOCATION, CONTACT], ward_unit_spans)

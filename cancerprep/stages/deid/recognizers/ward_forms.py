"""Inpatient ward and nursing documents (issue #13): positions where flowsheets, MARs, handoffs, pages, transfusion
and restraint logs write a nurse's initials, a pager or in-house extension, a blood unit's number, a named building,
a numbered item of the patient's, or the patient by name.

Why a module of its own: nursing documentation signs by initials and numbers, not by the clinical phrasing the
person frames read ("given VG / witnessed RC", "0200 JAR  0400 EH", "Braden 14 - RW", "paged onc fellow at 61585",
"ext 4-1234", "W1234 26 123456", "Oster Wing", "found Lee sitting at edge of bed", "Lee in 12 is more SOB"). The
position is the evidence; each class refuses what a ward also writes there:

* **initials (NAME)** after a co-sign, verification or witness label ("co-signed by", "verified:", "witnessed",
  "2nd RN verifier:", "off-going", "RN"/"CNA" on a whiteboard), after a charted time ("0200 JAR"), at a line's end
  after a dash ("- RW/RD") or in brackets ("(MWL)"; closing a short charted entry whose words do not spell the
  letters out, as after a signing label), opening a log entry before its time ("AB 1330 turned to L side"). Two or
  three letters, capitals where the line has case; credentials ("RN", "MD"), stop words and, outside the strong
  labels, any English or medical word ("OR", "NPO", "ok") are refused; (deidfix63) stamped with their time
  ("AB/0915", "AB@0900"), after a check mark ("✓ AB"), opening or closing a nurse's assignment ("AB - rms 701-706",
  "Assignments: 17-28 AB"), closing a log's line with case with no dash or bracket ("SpO2 97% on 2L AB");
* **pagers and extensions (CONTACT)**: 4 to 6 digits a few words after a paging word ("paged the fellow at 61585",
  "text page sent to 44525", "pgd cross cover @ 8037", with a system's prefix "page p69656"), "4-1234" and five digits
  after a phone or extension label or "call me at", after a verb of calling and whom is called ("call pharmacy at
  4-5821", "lab called RN at 58217"), or "4-1234" after a desk or role ("Unit clerk 4-5821"); "bpr" is a pager; a
  four-digit number that reads as a clock time ("paged at 0312") is refused where no pager label names it, and so is a
  number a unit of measure follows ("x 1000 mL");
* **blood unit numbers (ID)**: the ISBT 128 donation number's shape (a letter and four digits of the collecting
  facility, two of the year, a five- or six-digit serial: "W1234 26 123456");
* **numbered belongings and equipment (ID)**: a claim ticket, receipt, locker, bag tag, telemetry box or pump
  number ("claim ticket 18505", "tele box # 2921"): five digits at least, or four after "#"/"no.";
* **named buildings (LOCATION)**: a proper name (any script) before Pavilion, Tower, Building, Wing, Annex or Hall
  ("Oster Wing", "the Sacred Heart Tower", "Kovács Wing"), kind-of-care words allowed between ("Summit
  Women's Tower"); where the line has no case, an everyday word too when a place word or colon comes before and a
  locator after ("SENT TO SUMMIT TOWER 9", "via the hope pavilion lobby"); a unit or suite named for a donor (a
  census name or unknown word: "the Okafor Unit", "Lindqvist Infusion Suite"); never a compass point, an ordinal, a
  ward word ("North Tower", "Inpatient Pavilion"), a generic building ("bell tower", "dining hall"), a unit named by
  its care ("Telemetry Unit"), "tower of", nor a small-letter "pavilion";
* **the patient in nursing positions (NAME)**: the object of a nursing act ("found Lee sitting", "assisted Lee to
  the bathroom", "called Lee at home"), the subject before a room ("Lee in 12 is more SOB", "s: Lee, Ann in 741,"),
  a field's subject before a state verb ("Restraint log 0200: Lee remains in ..."), the title with one word and an
  act ("Pt Lee refused AM labs"), a stated name ("pt stated name Ann R. Lee and DOB"), a possessive after a label
  ("Valuables: Lee's wedding ring"), a log entry's subject after its time ("0545 Lee to MRI"), a patient named by
  bed or room ("bed 4 - Lee - NPO"), a sorted patient before age and sex on a census or board ("Lee, A. 83F").
  Words must look like a name (`_names_ok`).
"""

from __future__ import annotations

import functools
import re as stdre
import re._constants as sre_constants
import re._parser as sre_parser
from collections.abc import Iterable, Iterator

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import slip_of_known
from cancerprep.stages.deid.recognizers.accented import accented as has_accent
from cancerprep.stages.deid.recognizers.accented import accented_name
from cancerprep.stages.deid.recognizers.admin_forms import name_word
from cancerprep.stages.deid.recognizers.base import (
    CONTACT,
    ID,
    LOCATION,
    NAME,
    Anchored,
    CasedLined,
    Folded,
    Gated,
    Lined,
    LinedOpeners,
    Placed,
    SpansRecognizer,
    WordAnchored,
    anchor_lines,
    compile_for_search,
    finditer,
    longest_first,
    lowered,
    word_runs,
)
from cancerprep.stages.deid.recognizers.context import (
    UNIT_AFTER,
    field_subject,
    line_at,
    line_bounds,
    line_cased,
    list_item_words,
    medical_only,
)
from cancerprep.stages.deid.recognizers.initials_class import INIT, initials_ok, number_before
from cancerprep.stages.deid.recognizers.person_frames import claimed
from cancerprep.stages.deid.recognizers.tokens import LETTER, NAME_WORD, UPPER, bare, lookup_form, name_words_in
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, STOP

WARD = "WardFormsRecognizer"


class _Scanned(Anchored):
    """An `Anchored` rule whose anchor's places are read from one search shared by the module's scanned rules
    (`_places`). Why: each anchor searched on its own cost about 25 µs a note, the six searched at once about 55.
    The places are the same: the shared search holds every anchor as an alternative and restarts one character after
    each place it finds, so it finds every place where any anchor matches; the rule keeps those where its own anchor
    matches and tries its pattern there, as `Anchored` does. A note with non-ASCII characters is searched whole."""

    def __init__(self, anchor: str, pattern: re.Pattern):
        super().__init__(anchor, pattern)
        self.at = stdre.compile(anchor)

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterator[re.Match]:
        """The pattern's matches, tried at the anchor's places only."""
        if not text.isascii():
            yield from self.pattern.finditer(text, pos, timeout=timeout)
            return
        low = lowered(text)
        done, at = pos, self.at.match
        for start in _places(low):
            if start >= done and at(low, start):
                m = self.pattern.match(text, start, timeout=timeout)
                if m is not None:
                    done = m.end()
                    yield m


class _BeforeMark(Placed):
    """A pattern whose every match opens on the first character of a run of `run` characters, then holds only `gap`
    characters up to a place where `anchor` (a stdlib pattern in lower case, opening on a rare character) matches in
    the lower-cased note: tried only at the start of that run before each anchor's place (perf51). Why: a rule opening
    on a writer's mark before its tell ("AB/0915", "AB, RN") is tried by `regex` at every character behind a gate
    most nursing notes pass; the tell's mark or credential is rare, and the mark's start a few steps back from it. A
    match's start must have no `run` character before it (its own lookbehind), so it is that run's start; each match
    is the one a search reaching that place would find, so the matches are the same, in order. The anchor must hold no
    character of a match before the run's end other than `gap` ones at its start (so no anchor match hides another's
    place); a note with non-ASCII characters is searched whole (tests compare both on real notes)."""

    def __init__(self, anchor: str, gap: str, run: str, pattern: re.Pattern):
        if anchor != anchor.lower() or run != run.lower() or set(gap) & set(run):
            raise ValueError("an anchor and its run are written in lower case; no gap character is a run's")
        self.anchor = compile_for_search(anchor)
        self.gap, self.run = frozenset(gap), frozenset(run)
        self.pattern = pattern

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried at the start of the run before each anchor's place."""
        gap, run = self.gap, self.run
        starts = set()
        for a in self.anchor.finditer(low, pos):
            s = a.start()
            while s > pos and low[s - 1] in gap:
                s -= 1
            while s > pos and low[s - 1] in run:
                s -= 1
            starts.add(s)
        yield from self.tried_at(text, sorted(starts), pos, timeout)


_LETTERS = "abcdefghijklmnopqrstuvwxyz"


class _LastBracket:
    """`_BRACKET_INITIALS`' pattern searched only on the lines `anchor` (a linear `regex` pattern, searched in the note
    as written: no case folds) finds closing with a bracket, each from after the last "(" before that bracket
    (perf51). Why: the pattern opens on any letter and runs `[^\\n(]*` up to the bracket, so it tried every letter of
    the note, each a scan to the next "(": quadratic on a long line, ~36 ms on a 13,000-character MTSamples note with
    other characters (no folded gate stands before those). No match crosses a line, the anchor closes each match's
    line, no match can open before that "(" (its run cannot cross it) and one match closes the line: the matches are
    the same, in order (tests compare both on real notes)."""

    def __init__(self, anchor: re.Pattern, pattern: re.Pattern):
        self.anchor, self.pattern = anchor, pattern

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterator[re.Match]:
        """The pattern's match on each anchored line, searched from after the "(" before the closing one."""
        for start, done in anchor_lines(self.anchor, text, pos):
            closing = text.rfind("(", start, done)
            yield from self.pattern.finditer(text, max(start, text.rfind("(", start, closing) + 1), done,
                                             timeout=timeout)


@functools.lru_cache(maxsize=4)
def _places(low: str) -> tuple[int, ...]:
    """Every place in the lower-cased note where one of the scanned rules' anchors matches, kept for the last notes
    (the rules of one note share it). (perf51) Asked only where a run of word characters opens with one of the
    anchors' heads (`_SCANNED_HEADS`, searched in the note's blanked runs, `word_runs`): the shared search, a
    lookbehind and a hundred words, was tried at every character (~40 us a PhysioNet note, ~20 so); every anchor
    opens a run (its `\\b`) with one of the heads, so the places are the same."""
    match = _SCANNED_ANCHORS.match
    return tuple(p for p in (h.start() for h in _SCANNED_HEADS.finditer(word_runs(low))) if match(low, p))


_WORD_CHARS = frozenset("abcdefghijklmnopqrstuvwxyz0123456789_")


def _heads(items: list, n: int) -> set[str]:
    """Strings of at most `n` word characters, one of which every string the parsed `items` match (as a lower-case
    pattern) opens with: literals and small classes of them are followed, zero-width items skipped, an optional item
    taken and left; anything else (a class of many, a repeat, a character other than a word character) ends the
    head there, so a head is never longer than what every such string holds (a shorter one only asks more places)."""
    if n == 0 or not items:
        return {""}
    (op, av), rest = items[0], items[1:]
    if op is sre_constants.LITERAL:
        ch = chr(av)
        return {ch + h for h in _heads(rest, n - 1)} if ch in _WORD_CHARS else {""}
    if op in (sre_constants.AT, sre_constants.ASSERT, sre_constants.ASSERT_NOT):
        return _heads(rest, n)
    if op is sre_constants.BRANCH:
        return set().union(*(_heads([*b, *rest], n) for b in av[1]))
    if op is sre_constants.SUBPATTERN and not (av[1] or av[2]):
        return _heads([*av[3], *rest], n)
    if op is sre_constants.MAX_REPEAT and av[1] == 1:
        return _heads([*av[2], *rest], n) | (_heads(rest, n) if av[0] == 0 else set())
    if op is sre_constants.IN and len(av) <= 4 and all(o is sre_constants.LITERAL and chr(a) in _WORD_CHARS
                                                       for o, a in av):
        return {chr(a) + h for _, a in av for h in _heads(rest, n - 1)}
    return {""}


def head_search(source: str) -> stdre.Pattern:
    """A search of the blanked runs (`word_runs`) for a blank and one of the heads (four characters at most, the
    shortest kept where one begins another) every match of `source` opens with. Why: `_places` and
    `ward_units`' ward rule ask a list of words opening a run only where a run opens with a head."""
    heads = sorted(_heads(list(sre_parser.parse(source)), 4), key=len)
    kept: list[str] = []
    for h in heads:
        if not h:
            raise ValueError("a scanned anchor opens with no word character")
        if not any(h.startswith(k) for k in kept):
            kept.append(h)
    return compile_for_search(" (?:" + longest_first(kept) + ")")


_W = NAME_WORD
_INIT = INIT
# What closes initials: a separator, the line's end, a wide gap, a charted time or a credential ("BB RN").
_INIT_CLOSE = (rf"(?=[ \t]*(?:[/,;:)&.]|$)|[ \t]{{2,}}|[ \t]+\d|[ \t]+(?i:{longest_first(CREDENTIALS)})\b|"
               r"[ \t]+(?i:and|at|on|after|before|for|in|with|per|prior)\b)")
_PAIR = rf"({_INIT})(?:[ \t]*(?:/|,|&|and)[ \t]*({_INIT}))?"

# Labels after which a ward writes who co-signed, verified or witnessed: initials of staff, nothing else.
_STRONG_LABELS = (r"co-?sign(?:ed|er)?(?:[ \t]+by)?|cosign(?:ed|er)?(?:[ \t]+by)?|verified(?:[ \t]+by|[ \t]+with)?|"
                  r"verify|verifier|double[ \t-]*check(?:ed)?(?:[ \t]+(?:by|with))?|"
                  r"independent[ \t]+check(?:[ \t]+by)?|"
                  r"witness(?:ed)?(?:[ \t]+by)?|wasted?[ \t]+(?:with|by)|off-?going|on-?coming|initials?|"
                  r"2nd[ \t]+(?:rn|nurse|signature)|second[ \t]+(?:rn|nurse|signature)|sign-?off|initialed|"
                  r"(?:two|2)[ \t]+(?:rn|nurse)s?[ \t]+(?:check|verification|verify|verified)")
# Weaker labels: a role on a whiteboard or a MAR's "given"; what follows must also be no word of any vocabulary.
_ROLE_LABELS = r"rn|lpn|lvn|cna|pct|nurse|tech|sitter|given(?:[ \t]+by)?|hung(?:[ \t]+by)?"
# (tried only where a label word starts: a search for the labels at every character cost more than the labels'
# places, and the gate passed four notes in ten)
_LABELLED_INITIALS = _Scanned(rf"\b(?:{_STRONG_LABELS}|{_ROLE_LABELS})",
                              re.compile(rf"(?im)\b(?:({_STRONG_LABELS})|{_ROLE_LABELS})(?:[ \t]*[:=-][ \t]*|[ \t]+)"
                                      rf"(?-i:{_PAIR}){_INIT_CLOSE}"))
_ROLE_CLOSE = re.compile(r"[ \t]*(?:/|$)|[ \t]{2,}", re.M)
# "0000 JAR  0200 JAR", "spiked 1315 OR, 15 min VS 1330 RM": initials after a charted time.
_TIME_INITIALS = Gated(Folded(r"[0-2]\d[0-5]\d[ \t]+[a-z]{2,3}\b"), re.compile(
    rf"(?<![\d:./-])(?:[01]\d|2[0-3])[0-5]\d[ \t]+({_INIT})(?=[ \t]*(?:[,;/]|$)|[ \t]{{2,}}\S)", re.M))
# "dressing changed AB RN", "checked - AB, LPN": a nurse's initials before a credential in capitals, set apart from it
# by a space or comma ("BORN", "MOURN" are words, not initials glued to RN).
# (perf51: tried only at the start of the letters before each blank or comma and credential of the lower-cased note,
# `_BeforeMark`, where a case-sensitive gate let the pattern try every character of most nursing notes)
_INITIALS_CRED = _BeforeMark(r"[ \t,](?:rn|lpn|lvn|cna|pct|rrt|np)(?![a-z0-9_-])", " \t,", _LETTERS, re.compile(
    rf"(?<![\w'’./-])({UPPER}{{2,3}})(?:[ \t]*,[ \t]*|[ \t]+)(?:RN|LPN|LVN|CNA|PCT|RRT|NP)\b(?![\w-])"))
# "Braden 14, Morse 55 - RW/RD", "safe - gb": initials signing a line after a dash.
_DASH_INITIALS = Gated(Folded(r"[-–—][ \t]*[a-z]{2,3}(?:[ \t]*/[ \t]*[a-z]{2,3})?[ \t]*$", re.M), re.compile(
    rf"[ \t][-–—][ \t]*({_INIT})(?:[ \t]*/[ \t]*({_INIT}))?[ \t]*$", re.M))
# "educated on pressure injury risk (MWL)": initials in brackets closing a charted line.
# (perf51: searched on the lines closing with the bracket only, from after the "(" before it: `_LastBracket`)
_BRACKET_INITIALS = Gated(Folded(r"\([a-z]{2,3}\)[ \t]*$", re.M), _LastBracket(
    re.compile(rf"(?m)\({LETTER}{{2,3}}\)[ \t.]*$"),
    re.compile(rf"{LETTER}[^\n(]*\(({LETTER}{{2,3}})\)[ \t.]*$", re.M)))
# "KM 1330 turned to L side", "| AB 0800 | ...": a log entry opened by its writer's mark, then its clock time.
_INITIALS_TIME = Gated(Folded(r"(?:^|[|\t])[ \t]*[a-z]{2,3}[ \t]+[0-2]\d:?[0-5]\d(?![\d:])", re.M), re.compile(
    rf"(?:^|(?<=[|\t]))[ \t]*({_INIT})[ \t]+(?:[01]\d|2[0-3]):?[0-5]\d(?![\d:./-])(?=[ \t]+\S|[ \t]*$)", re.M))
# (deidfix63, ward_layouts' seen half) "given AB/0915", "metoprolol AB@0900": a writer's mark stamped with its clock
# time after a slash or "@", closing the entry (a route or an order's shorthand, "HS/2100", is refused by the "act"
# level; a charted quantity at a time goes on after it: "FB @0400 -60").
# (perf51: tried only at the letters before each slash or "@" and clock time, `_BeforeMark`: the folded gate
# "[a-z]{2,3}[ \t]*[/@][ \t]*[0-2]\d:?[0-5]\d", which every match holds, was tried at every letter)
_MARK_TIMED = _BeforeMark(r"[/@][ \t]*[0-2]\d:?[0-5]\d", " \t", _LETTERS, re.compile(
    rf"(?<![\w'’/.@-])({_INIT})[ \t]*[/@][ \t]*(?:[01]\d|2[0-3]):?[0-5]\d(?![\d:./-])(?=[ \t]*(?:[,;|)\]]|$))", re.M))
# "Skin check done ✓ AB", "metoprolol 25 mg PO ✓ CD": a check mark and the initials of whoever ticked it.
_TICK_INITIALS = Gated(stdre.compile("[\u2713\u2714\u221a\u2611]"), re.compile(
    rf"[\u2713\u2714\u221a\u2611][ \t]*({_INIT})(?=[ \t]*(?:[/,;:)&.]|$)|[ \t]{{2,}}|[ \t]+\d)", re.M))
# "Assignment: AB - rms 701-706; CD - rms 707-712": a nurse's initials opening an assignment, a dash or colon, then the
# rooms or beds given to them (a word for them, or a range of room numbers).
# (perf51: tried only at the line's start and its marks, `LinedOpeners`, on the lines holding the sign and the rooms
# or number every match holds: its former gate, "[a-z]{2,3}[ \t]*[-–:=][ \t]*(?:rms?|...|\d{3})", passed on a third of
# PhysioNet's notes and four in five of the sample's, tried at every letter, and the pattern at every character)
_ASSIGNED_INITIALS = LinedOpeners(r"[-:=][ \t]*(?:rms?|rooms?|beds?|bays?|pts?|\d{3})", ":;,|\t", (), re.compile(
    rf"(?im)(?:^|[:;,|\t])[ \t]*(?-i:({_INIT}))[ \t]*[-–:=][ \t]*(?:(rms?\.?|rooms?|beds?|bays?|pts?\.?)[ \t]*"
    rf"\#?\d{{1,4}}[a-z]?\b|\d{{3,4}}[a-z]?[ \t]*[-–][ \t]*\d{{3,4}}[a-z]?\b)"))
# ... and the other way round on an assignment sheet's line: the rooms or beds, then the nurse ("Assignments: 17-28
# AB, 14-22 CD", "rms 701-706 AB;"), read only where the line says it assigns (`_ASSIGNING`).
# (perf51: on the lines holding its former gate only, `Lined`)
_ROOMS_THEN_INITIALS = Lined(r"\d[a-z]?[ \t]*-[ \t]*\d{1,4}[a-z]?[ \t]+[a-z]{2,3}", re.compile(
    rf"(?i)(?<![\w./-])(?:(?:rms?\.?|rooms?|beds?|bays?)[ \t]*)?\d{{1,4}}[a-z]?[ \t]*[-–][ \t]*\d{{1,4}}[a-z]?[ \t]+"
    rf"(?-i:({_INIT}))(?=[ \t]*(?:[,;|]|$))", re.M))
_ASSIGNING = re.compile(r"(?i)\bassign(?:ment|ments|ed)?\b")
# a clock time, or a log's act, on the line: a dash closing it signs the entry ("sitter log 2200 ... - AB")
# the most words a charted entry closed by its writer's mark in brackets has (`_charted_entry`)
_SHORT_ENTRY = 10
_LOG_LINE = re.compile(r"(?<![\d:./-])(?:[01]\d|2[0-3]):?[0-5]\d(?![\d:])|(?i:\b(?:given|hung|checked|verified|"
                       r"witnessed|done|completed|changed|log|count|counted|signed|assessed|charted)\b)")

# (deidfix63) "Vitals: T 37.1 HR 88 SpO2 97% on 2L JM", "Tele strip reviewed and mounted JM": a log's line (a clock
# time, a charted act or a charted value: `_LOG_LINE`, `_CHARTED_VALUE`) closed by its writer's capitals with no dash
# or bracket, on a line with case (capitals stand out only there); no preposition, title or calling verb leads to
# them ("transferred to ICU", "f/u with PCP", "consult ENT"), and the "act" level refuses every clinical abbreviation.
# (perf51: searched on the lines its case-sensitive gate finds only, `CasedLined`, not the whole note)
_LINE_END_MARK = CasedLined(stdre.compile(rf"[ \t]{UPPER}{{2,3}}[ \t]*$", stdre.M), re.compile(
    rf"(?m)(?<=[\w%).][ \t]+)({UPPER}{{2,3}})[ \t]*$"))
_LEADS_TO = frozenset({"to", "from", "in", "at", "into", "via", "by", "per", "with", "w/", "of", "for", "and", "or",
                       "the", "a", "an", "dr", "dr.", "mr", "mr.", "ms", "ms.", "mrs", "mrs.", "see", "call", "consult",
                       "consulted", "notify", "notified", "page", "paged", "called", "seen", "on", "&"})
_WORD_BEFORE = re.compile(r"(\S+)[ \t]+$")
_ABBREVIATION_RUN = re.compile(r"[A-Z][A-Z0-9/&]+")
# a charted value: a number with a unit, a score or a vital ("97%", "3/10", "37.1", "122/70")
_CHARTED_VALUE = re.compile(r"(?<![\w.])\d+(?:[./]\d+|[ \t]?%)")

# Pagers: a paging word, a few words (the role paged), a connector, 4 to 6 digits.
_PAGING = (r"paged|page[ds]?|paging|pgd|pg|pgr|bpr|pager|beeper|beeped|beep|text[ \t]+page[ds]?|vocera|"
           r"spectra(?:[ \t]*link)?|ascom|cisco[ \t]+phone|spok|voalte|in-house|inhouse")
_PAGER = _Scanned(rf"\b(?:{_PAGING})\b", re.compile(
    rf"(?i)\b({_PAGING})\b\.?[ \t]*:?(?:[ \t]+(?![#@(]|\d+(?![\w/]))[\w/.'’-]+){{0,4}}?"
    rf"[ \t]*(?:at|to|@|on|via|:|#|no\.?|number|"
    rf"sent[ \t]+to)?[ \t]*[:#]?[ \t]*\(?((?:[px](?=\d))?(?:\d{{4,6}}|\d-\d{{4}}))(?![\d:.,]\d|[\w/-])"))
_PAGER_LABEL = re.compile(r"(?i)pgr|bpr|pager|beeper|vocera|spectra|ascom|cisco|spok|voalte")
# In-house extensions: "ext 4-1234", "Phone: 4-1234", "x4-1234", "call me at 12345".
# (tried where its label's first word starts: every label opens with one of these words)
_EXTENSION = _Scanned(r"\b(?:ext|extension|phone|ph|tel|cell|callback|call|desk|station|line|wireless|hotline|dial|"
                      r"spectra|vocera|x)", re.compile(
    r"(?i)\b(?:(?:ext|extension|phone|ph|tel|cell|callback|call[ \t]+back(?:[ \t]+(?:number|no\.?|#))?|desk|station|"
    r"line|wireless|hotline|dial|call|spectra[ \t]*link|vocera)\.?|x|"
    r"call(?:[ \t]+(?:me|us|the[ \t]+unit|unit|desk|charge|back)){0,2}[ \t]+(?:at|@))"
    r"[ \t]*[:#]?[ \t]*(\d-\d{4}|\d{5})(?![\d:.,]\d|[\w/-])"))
# An in-house number after a verb of calling and whom or what is called: "call pharmacy at 4-5821", "reach the 7N desk
# at 58217", "lab called K to RN @ x5821". Five digits, a digit and four, or "x" and four or five (a bare four-digit
# number after "at" is a clock time as often).
_CALLING = r"call|called|calling|reach|reached|contact|contacted|ring|rang|dial|dialed|text|texted"
_CALL_AT = _Scanned(rf"\b(?:{_CALLING})\b", re.compile(
    rf"(?i)\b(?:{_CALLING})\b(?:[ \t]+(?![#@(]|\d+(?![\w/]))[\w/.'’-]+){{0,5}}?[ \t]+(?:at|@|on)[ \t]*[:#]?[ \t]*"
    rf"(\d-\d{{4}}|\d{{5}}|x[ \t]?\d{{4,5}})(?![\d:.,]\d|[\w/-])"))
# A desk's or service's in-house number written "4-5821" right after it: "Unit clerk 4-5821", "Pharmacy 4-5821".
_DESKS = (r"clerk|desk|station|line|office|pharmacy|lab|laboratory|radiology|security|transport|dispatch|operator|"
          r"switchboard|blood[ \t]+bank|admitting|registration|charge[ \t]+(?:rn|nurse)|nurse|rn|resident|fellow|"
          r"attending|hospitalist|team|unit")
_DESK_NUMBER = _Scanned(rf"\b(?:{_DESKS})\b", re.compile(
    rf"(?i)\b(?:{_DESKS})\b[ \t]*[:#-]?[ \t]*(\d-\d{{4}})(?![\d:.,]\d|[\w/-])"))
# ISBT 128 donation numbers: facility letter + 4 digits, year, serial ("W1234 26 123456", flags optional).
_ISBT = Gated(Folded(r"\d\d\d\d[ \t]?\d\d[ \t]?\d{5}"), re.compile(
    r"(?<![\w-])([A-Za-z]\d{4}[ \t]?\d{2}[ \t]?\d{5,6})(?![\w-])"))
# Numbered belongings and equipment: "claim ticket 18505", "Telemetry box # 2921", "locker no. 1234".
_NUMBERED_THINGS = (r"ticket|claim[ \t]+check|receipt|locker|bag[ \t]+tag|tag|envelope|box|transmitter|pack|"
                    r"telemetry[ \t]+(?:box|pack|unit)|tele[ \t]+(?:box|pack)")
_THING_NUMBER = _Scanned(rf"\b(?:{_NUMBERED_THINGS})",
                         re.compile(rf"(?i)\b(?:{_NUMBERED_THINGS})[ \t]*(#|no\.?|number)?[ \t]*:?[ \t]*(#)?[ \t]*"
                                    rf"(\d{{4,10}})(?![\d:.,]\d|[\w/-])"))
# Named buildings: a proper name before a building word.
# (deidfix60: "bldg", the way forms abbreviate a building, and "plaza")
_BUILDINGS = r"pavilion|tower|building|bldg|wing|annex|hall|plaza"
# (not "atrium": the heart's chamber is written far more often, "DILATED LEFT ATRIUM")
_BUILDING_GATE = Folded(rf"[a-z'’][ \t]+(?:{_BUILDINGS})\b")  # (one gate for all three rules: searched once a note)
# (perf51) the lines the three rules are searched on, in the notes the gate passes: every match ends with a name's last
# character (a letter, "'", "." or "-") before blanks and the building word (`Lined`; one search a note, shared)
_BUILDING_LINE = rf"[a-z'.-][ \t]+(?:{_BUILDINGS})\b"
# (letters of any script: donors' names carry accents, "Kovács Wing")
_BUILDING = Gated(_BUILDING_GATE, Lined(_BUILDING_LINE, re.compile(
    rf"(?i)((?:(?-i:\p{{Lu}}[\p{{L}}'’.-]+)[ \t]+){{1,3}}(?:{_BUILDINGS}))\b(?![ \t]+of\b)")))
# the same on a line written in small letters: every word a census name or a word no vocabulary knows
_BUILDING_LOW = Gated(_BUILDING_GATE, Lined(_BUILDING_LINE, re.compile(
    rf"((?:\p{{Ll}}[\p{{Ll}}'’.-]+[ \t]+){{1,3}}(?:{_BUILDINGS}))\b(?![ \t]+of\b)")))
# A building placed where a line without case cannot show its name by a capital: after a movement or place word
# ("to", "from", "in", "via", "enter") or a field's colon, and before what locates a ward in it (a floor or unit
# number, "lobby", "rm", a compass half, the clause's end). There an everyday word names it as well ("SENT TO SUMMIT
# TOWER 9", "via the hope pavilion lobby"); `_placed_building_ok` refuses generic, ward, clinical and function words.
_PLACE_BEFORE = r"to|from|in|at|into|inside|outside|via|near|enter|entering|entered|toward|towards|thru|through"
_LOCATOR_AFTER = (r"\d|(?:floor|fl|flr|lobby|lobbies|rm|room|bed|unit|level|lvl|suite|north|south|east|west|"
                  r"entrance|elevators?|waiting|nurses?|for|via|after|overnight|today|tonight|this|at|on|with|and|by|"
                  r"per|x\d)\b|[,;.)(:/-]|$")
_BUILDING_PLACED = Gated(_BUILDING_GATE, Lined(_BUILDING_LINE, re.compile(
    rf"(?im)(?:\b(?:{_PLACE_BEFORE})[ \t]+(?:the[ \t]+)?|[:,][ \t]*|^[ \t]*)"
    rf"((?:(?!(?:{_PLACE_BEFORE}|the)\b)\p{{L}}[\p{{L}}'’.-]+[ \t]+){{1,3}}(?:{_BUILDINGS}))\b(?![ \t]+of\b)"
    rf"(?=[ \t]*(?:{_LOCATOR_AFTER}))")))
# (and the articles, joining and path words a clause runs through before a name: "WALKED DOWN THE HALL")
# Units and suites named for a donor: "the Okafor Unit", "BRANDT ONCOLOGY UNIT 6", "Lindqvist Infusion Suite". A
# unit is named by its kind of care far more often ("Intensive Care Unit", "Telemetry Unit"), so the name's first
# word must be a census name or a word no vocabulary knows (`_unit_name_ok`).
_UNIT_HEADS = r"unit|suite"
_NAMED_UNIT = Gated(Folded(rf"[a-z'’][ \t]+(?:{_UNIT_HEADS})\b"), re.compile(
    rf"(?i)((?:(?-i:\p{{Lu}}[\p{{L}}'’.-]+)[ \t]+){{1,3}}(?:{_UNIT_HEADS}))\b(?![ \t]+(?:of|dose|doses|price|cost|"
    rf"test|tests|measure|conversion)\b)"))
_PLACE_WORDS = frozenset(_PLACE_BEFORE.split("|")) | frozenset(
    "the a an and or of by with for down up out off on across along past around".split())
# Words that say what kind of building or hall it is, not whose: "the bell tower", "dining hall", "same building".
_GENERIC_BUILDING = frozenset({
    "bell", "clock", "water", "control", "city", "town", "dining", "music", "lecture", "concert", "residence",
    "residential", "study", "student", "students", "dorm", "dormitory", "office", "apartment", "church", "school",
    "same", "other", "another", "next", "adjacent", "nearby", "different", "separate", "original", "entire", "whole",
    "big", "small", "large", "tall", "older", "newer", "education", "educational", "conference", "teaching",
    "training", "employee", "staff", "visitor", "visitors", "guest", "welcome", "lab", "laboratory", "science",
    "sciences", "professional", "professionals", "physicians", "doctors", "nursing", "county", "state", "federal",
    "government", "court", "courthouse", "police", "fire", "jail", "prison", "mess", "pool", "gym", "sports",
    "event", "events", "banquet", "exhibit", "exhibition", "assembly", "meeting", "clinic", "clinics",
    "day", "night", "family", "families", "memorial", "ivory", "high", "hospice", "women's", "children's", "men's",
    "cardiac", "heart", "cancer", "that", "this", "which", "what", "where", "its", "their", "his", "her", "our",
})
_NOT_BUILDING_NAME = frozenset({
    "north", "south", "east", "west", "northeast", "northwest", "southeast", "southwest", "main", "new", "old",
    "central", "inpatient", "outpatient", "medical", "surgical", "cancer", "research", "clinical", "ambulatory",
    "patient", "bed", "the", "a", "an", "first", "second", "third", "fourth", "fifth", "sixth", "upper", "lower",
    "front", "back", "rear", "left", "right", "private", "public", "hospital", "clinic", "office", "parking",
    "garage", "administration", "administrative", "pediatric", "pediatrics", "children's", "women's", "behavioral",
    "psychiatric", "rehab", "rehabilitation", "oncology", "transplant", "heart", "cardiac", "surgery", "maternity",
})

# The patient as the object of a nursing act ("found Lee sitting", "assisted Lee to bathroom", "called Lee at home").
_ACTS = (r"found|assisted|ambulated|turned|repositioned|bathed|walked|helped|transferred|reoriented|redirected|"
         r"educated|instructed|toileted|fed|weighed|medicated|settled|escorted|wheeled|discharged|admitted|called|"
         r"visited|checked[ \t]+on|rounded[ \t]+on|saw|reminded|encouraged|reassured|told|asked|informed|updated|"
         r"woke|showered|reoriented|oriented")
_ACT_AFTER = (r"to|at|in|on|into|from|with|back|up|out|sitting|lying|standing|walking|ambulating|crying|asleep|"
              r"awake|resting|on|oob|x\d|q\d|about|re|again|today|tonight|his|her|their")
_NURSING_ACT = _Scanned(rf"\b(?:{_ACTS})[ \t]", re.compile(
    rf"(?i)\b(?:{_ACTS})[ \t]+(?-i:({_W}(?:[ \t]+(?!(?i:{_ACT_AFTER})\b){_W})?))"
    rf"(?=[ \t]+(?:{_ACT_AFTER})\b|[ \t]*[,.;])"))
# The patient before a room: "Lee in 12 is more SOB", "s: Lee, Ann in 741, pod 2".
# (perf51: on the lines holding its former gate only, tried at their starts, colons and greetings, `LinedOpeners`:
# four sample notes in five pass the gate)
_IN_ROOM = LinedOpeners(r"[ \t](?:in|rm|room|bed)[ \t]*\#?\d{1,4}[a-z]?\b", ":", ("hi", "hey", "hello"), re.compile(
    rf"(?im)(?:^|:|\bhi,|\bhey,|\bhello,)[ \t]*(?!(?:hi|hey|hello)\b)(?-i:({_W}(?:[ \t]*,?[ \t]*{_W})?))[ \t]+"
    rf"(?:in[ \t]+(?:rm|room|bed)?|rm|room|bed)[ \t]*\#?\d{{1,4}}[A-Za-z]?(?=[ \t]*[,.;:]|[ \t]+(?:is|has|had|was|with|"
    rf"c/o|s/p|pod|needs|wants|asking|requesting|refusing|having|new|now|still)\b|[ \t]*$)"))
# A field's subject before a state or act verb: "Restraint log 0200: Lee remains in ...".
_STATES = (r"remains|remained|refused|refuses|declined|declines|pulled|tolerated|tolerating|voided|slept|sleeping|"
           r"resting|ambulated|ambulating|denies|denied|reports|reported|states|stated|verbalizes|verbalized|"
           r"requests|requested|agreed|fell|has|had|is|was|c/o|complains|noted|found|observed|appears|continues|"
           r"pleasant|alert|awake|calm|agitated|confused|lethargic|received|transferred|seen")
_FIELD_SUBJECT = field_subject(_STATES)
# A line's subject before a nursing act: "Lee pulled out PIV x2 overnight".
_SUBJECT_ACTS = (r"pulled|refused|declined|ambulated|slept|voided|fell|tolerated|tolerating|states|stated|reports|"
                  r"reported|denies|denied|complains|c/o|resting|sleeping|ambulating|requests|requested|asked|asking|"
                  r"wants|agreed|verbalized|verbalizes|was[ \t]+(?:found|seen|visited|medicated|assisted|educated)")
_LINE_SUBJECT = Gated(Folded(rf"(?m)^[ \t]*[a-z][\w'’-]*(?:[ \t]+[a-z][\w'’-]*)?[ \t]+(?:{_SUBJECT_ACTS})\b"),
                      re.compile(
    rf"(?im)^[ \t]*(?-i:({_W}(?:[ \t]+{_W})?))[ \t]+(?:{_SUBJECT_ACTS})\b"))
# "0045 Lee to MRI via stretcher", "1400 Lee back from dialysis": a log entry's subject after its clock time, before
# a nursing act or a move ("to", "back", "off").
_MOVES = r"to|back|off|out|returned|left|went|taken|sent|transported|transferred|up"
_TIMED_SUBJECT = Gated(Folded(r"(?m)^[ \t]*[0-2]\d:?[0-5]\d[ \t]+[a-z][\w'’-]*[ \t]+[a-z]"), re.compile(
    rf"(?im)^[ \t]*(?:[01]\d|2[0-3]):?[0-5]\d[ \t]+(?-i:({_W}))[ \t]+(?:{_SUBJECT_ACTS}|{_MOVES})\b"))
# "bed 4 - Lee - NPO after MN", "Rm 12: Lee, Ann", "Bay 3 Lee": a patient named by bed or room, then a dash, colon or
# the line's end.
_BED_NAME = Gated(Folded(r"(?:bed|rm|room|bay|stretcher|hall)[ \t]*\#?\d{1,4}[a-z]?[ \t]*[-–—:][ \t]*[a-z]"),
                  re.compile(
    rf"(?i)\b(?:bed|rm|room|bay|stretcher|hall)[ \t]*\#?\d{{1,4}}[A-Za-z]?[ \t]*[-–—:][ \t]*"
    rf"(?-i:({_W}(?:[ \t]*,[ \t]*{_W})?))(?=[ \t]*(?:[-–—,;:(|]|$)|[ \t]+\d)", re.M))
# "5N 14 Lee, A. 83F CHF", "Lee, Ann 67 M": a census or tracking board's patient, sorted, before the age and sex.
_AGED_NAME = Gated(Folded(r",[ \t]*[a-z][\w'’.-]*[ \t]+\d{1,3}[ \t]?(?:[mf]|y/?o|yo)\b"), re.compile(
    rf"(?<![\w'’.-])(?-i:({_W}[ \t]*,[ \t]*(?:{_W}|{LETTER}\.?)))[ \t]+\d{{1,3}}[ \t]?(?i:[MF]|y/?o|yo)\b"))
# "Pt Lee refused AM labs": the title, one word, an act.
_PT_ONE = Gated(Folded(rf"(?:pt|patient)[ \t]+[a-z][\w'’-]*[ \t]+(?:{_STATES})\b"), re.compile(
    rf"(?i)\b(?:pt|patient)[ \t]+(?-i:({_W}))(?=[ \t]+(?:{_STATES})\b)"))
# "pt stated name Ann R. Lee and DOB": the name a patient states at an identity check.
_STATED_NAME = Gated(Folded(r"(?:stated|states|verbalized|verbalizes|confirmed|gave)[ \t]+(?:(?:her|his|their|full)"
                            r"[ \t]+)*name"), re.compile(
    rf"(?im)\b(?:stated|states|verbalized|verbalizes|confirmed|gave)[ \t]+(?:(?:her|his|their|full)[ \t]+)*name"
    rf"(?:[ \t]+(?:as|is))?[ \t]*:?[ \t]+(?-i:({_W}(?:[ \t]+[A-Za-z]\.?)?(?:[ \t]+(?!(?i:and|with|dob)\b){_W}){{0,2}}))"
    rf"(?=[ \t]*(?:[,.;)]|$)|[ \t]+(?:and|&|with|dob|d\.o\.b)\b)"))
# "Valuables: Lee's wedding ring": a possessive name after a label.
_LABEL_POSSESSIVE = Gated(Folded(r":[ \t]*[a-z][\w-]*['’]s[ \t]"), re.compile(
    rf"(?m):[ \t]*({_W})['’][sS][ \t]+([A-Za-z]+)"))
# (what the possessive owns is an everyday thing, "wedding ring", "wallet": "Dsg's CDI" is shorthand)


# Words a ward writes in capitals where initials also go: never initials.
_NOT_INITIALS = frozenset({"pt", "pts", "pca", "iv", "po", "prn", "am", "pm", "ok", "no", "yes", "na", "hi", "see",
                           "per", "via", "all", "off", "on", "tbd", "nkda", "npo", "dnr", "dni", "vs", "wnl"})

# "Ostomy teaching with Lee:", "spoke w/ Lee at the hospice", "met with Lee and his sister": the person met or taught.
_MEETINGS = r"teaching|education|educated|met|spoke|talked|visited|session|play|reviewed|discussed"
# (perf51: tried only where one of the words stands whole, `WordAnchored`, in the notes its gate passes)
_WITH = Gated(Folded(rf"(?:{_MEETINGS})[ \t]+(?:with|w/)"), WordAnchored(_MEETINGS.split("|"), re.compile(
    rf"(?i)\b(?:{_MEETINGS})[ \t]+"
    rf"(?:with|w/)[ \t]*(?-i:({_W}(?:[ \t]+(?!(?i:and|at|in|re|about|from|of|who)\b){_W})?))"
    rf"(?=[ \t]*[:,;.]|[ \t]+(?:and|at|in|re|about|from|of|who)\b)")))
# "re: Lee, neutropenic precautions": the subject of a report, one word closed by a comma.
_RE_ONE = Gated(Folded(r"re[ \t]*:"), re.compile(rf"(?i)\bre[ \t]*:[ \t]*(?-i:({_W}))(?=[ \t]*,)"))
# "PT: Lee, Ann M -", "- Lee, Ann -": a sorted name as a field's value or between dashes.
_SORTED_FIELD = Gated(Folded(r"(?:pt|patient)[ \t]*:|[-–][ \t]+[a-z]"), re.compile(
    rf"(?im)(?:\b(?:pt|patient)[ \t]*:|[-–])[ \t]*(?-i:({_W}[ \t]*,[ \t]*{_W}(?:[ \t]+[A-Za-z]\.?)?))"
    rf"(?=[ \t]+[-–]|[ \t]*$)"))
# "sitter Lee arrived", "Charge RN Lee aware", "interpreter Lee from ...", "rt Lee placed pt on bipap": a ward role,
# then the person, then what the person does there.
_WARD_ROLES = (r"sitter|driver|interpreter|chaplain|volunteer|transporter|escort|doula|guard|officer|aide|"
               r"therapist|rt|rn|cna|pct|tech|technician|charge[ \t]+(?:rn|nurse)|nurse|resident|fellow|np|pa")
_ROLE_ACTS = (r"arrived|assigned|present|here|at|from|called|placed|obtained|notified|aware|came|visited|stayed|"
              r"will|to|in|gave|gives|took|assessed|drew|started|hung|paged|reported|updated|accepted|cleared|"
              r"saw|seen|said|states|stated|requested|recommends|verified|witnessed|is|was|has")
_ROLE_NAME = _Scanned(rf"\b(?:{_WARD_ROLES})[ \t]", re.compile(
    rf"(?i)\b(?:{_WARD_ROLES})[ \t]+(?-i:({_W}(?:[ \t]+(?!(?i:{_ROLE_ACTS})\b){_W})?))(?=[ \t]+(?:{_ROLE_ACTS})\b)"))
# one search for the scanned rules' anchors (`_Scanned`)
_SCANNED = (_LABELLED_INITIALS, _PAGER, _EXTENSION, _CALL_AT, _DESK_NUMBER, _THING_NUMBER, _NURSING_ACT, _ROLE_NAME)


def _shared_anchor(sources: Iterable[str]) -> str:
    """The scanned rules' anchors as one search's source, their common opening `\\b` asked once, before the
    alternation, as "no ASCII letter, digit or "_" before". Why: the search opening with `\\b` cost about a fifth
    more (PhysioNet notes, 116 against 93 us). Every anchor opens with `\\b` and a word character (checked here),
    where `\\b` is that look behind on the lower-cased ASCII notes `_places` reads, so the places are the same."""
    alternatives = []
    for source in sources:
        body = source.removeprefix("\\b")
        if body == source or not stdre.match(r"\(\?:[a-z0-9]", body):
            raise ValueError("a scanned anchor opens with \\b and a word character")
        alternatives.append(f"(?:{body})")
    return f"(?<![a-z0-9_])(?:{'|'.join(alternatives)})"


_SCANNED_SOURCE = _shared_anchor(r.source for r in _SCANNED)
_SCANNED_ANCHORS = compile_for_search(_SCANNED_SOURCE)
_SCANNED_HEADS = head_search(_SCANNED_SOURCE)
# "per Lee RN", "per Ann Lee in pharmacy": the staff member an order or a fact is attributed to.
_PER = Gated(Folded(r"per[ \t]"), re.compile(
    rf"(?i)\bper[ \t]+(?-i:({_W}(?:[ \t]+(?!(?i:in|at|from|of)\b){_W})?))"
    rf"(?=[ \t]+(?:{longest_first(CREDENTIALS)})\b|[ \t]+(?:in|at|from|of)[ \t]+(?:the[ \t]+)?(?:pharmacy|lab|"
    rf"blood[ \t]+bank|radiology|ir|admitting|bed[ \t]+board|nursing|staffing|transport|security|case[ \t]+management|"
    rf"social[ \t]+work|nutrition|rt|pt|ot)\b)"))
# "kiara (7n charge)", "Lee (charge)", "Pharmacy (Lee)": a person and a role in brackets, or a department's person.
_BRACKET_ROLE = Gated(Folded(r"\((?:[\w ]{0,12}[ \t])?(?:charge|rn|cna|rt|pct|sitter|resource|float|preceptor|"
                             r"orientee|tech)\)"), re.compile(
    rf"(?i)(?<![\w'’-])(?-i:({_W}(?:[ \t]+{_W})?))[ \t]*\((?:[\w ]{{0,12}}[ \t])?(?:charge|rn|cna|rt|pct|sitter|"
    rf"resource|float|preceptor|orientee|tech)\)"))
_DEPT_PERSON = Gated(Folded(r"\([a-z][\w'’-]*\)"), re.compile(
    rf"(?i)\b(?:pharmacy|pharmacist|lab|radiology|blood[ \t]+bank|admitting|bed[ \t]+board|staffing|transport|"
    rf"security|nutrition|dietary|chaplain|case[ \t]+management|social[ \t]+work|rt|wound[ \t]+care|"
    rf"ostomy)[ \t]*\((?-i:({_W}(?:[ \t]+{_W})?))\)"))
# "handoff from Lee to Ann", "report given to Lee", "handed off to Lee": nurses in a handoff.
_HANDOFF = Gated(Folded(r"(?:hand[ \t-]*off|handed|report|i-pass|sbar)"), re.compile(
    rf"(?im)\b(?:hand[ \t-]*off|handed[ \t]+off|handed[ \t]+over|report|i-pass|sbar)\b[^\n]{{0,30}}?\b"
    rf"(?:from|to)[ \t]+(?-i:({_W}))(?:[ \t]+to[ \t]+(?-i:({_W})))?(?=[ \t]*[,.;:]|[ \t]+(?:rn|at|and|re)\b|"
    rf"[ \t]*$)"))
# "hey Lee can u cover 712": a chat's addressee.
_GREETING = Gated(Folded(r"(?:hi|hey|hello)[ \t,]"), re.compile(
    rf"(?im)(?:^|[.!?][ \t]+)(?:hi|hey|hello)[ \t]*,?[ \t]+(?-i:({_W}))(?=[ \t]*[,!:-]|[ \t]+(?:can|could|would|"
    rf"pls|please|are|is|do|will|just)\b)"))
# Team lists: "Rapid response team: Ann Lee RN (RRT), Bo Chu RT, charge RN Tam", "Present: Lee, Chu, Tam".
# (the field rules' gates find the rare colon first and look behind it for the field's word: a search for the words
# at every character cost five times as much)
_TEAM = Gated(re.compile(r"(?i):(?<=\b(?:team|present|responders|attendees|members|participants|at[ \t]+bedside)"
                         r"[ \t]*:)"),
              re.compile(r"(?im)\b(?:team|present|responders|attendees|members|participants|at[ \t]+bedside)"
                         r"[ \t]*:[ \t]*([^\n]+)"))
_TEAM_ITEM = re.compile(r"[^,;]+")
# "Charge RN: Lee    Unit clerk: Ann": a ward role's field, its value a name closed by a gap or the line's end.
_ROLE_FIELD = Gated(re.compile(r"(?i):(?<=\b(?:rn|nurse|clerk|sitter|cna|pct|tech|transporter|chaplain|interpreter|"
                               r"secretary)[ \t]*:)"),
                    re.compile(rf"(?im)\b(?:charge[ \t]+(?:rn|nurse)|primary[ \t]+(?:rn|nurse)|unit[ \t]+(?:clerk|"
                               rf"secretary)|sitter|cna|pct|rn|nurse|tech|transporter|chaplain|interpreter)[ \t]*:"
                               rf"[ \t]*(?-i:({_W}(?:[ \t]+{_W})?))(?=[ \t]*$|[ \t]{{2,}}|[ \t]*[,;(])"))
# "ok will see her in 10 - Lee PGY2": a chat signed with a trainee's year.
_PGY_SIGN = Gated(Folded(r"(?:pgy|ms)-?\d"), re.compile(
    rf"[-–—][ \t]*(?-i:({_W}(?:[ \t]+{_W})?))[ \t]*,?[ \t]+(?i:pgy|ms)-?\d\b"))
# "Room sign: Lee - NPO after MN", "Armband: Lee -": a sign's or band's name before a dash.
_SIGN_NAME = Gated(re.compile(r"(?i):(?<=\b(?:sign|board|door|bracelet|armband|wristband|label)[ \t]*:)"), re.compile(
    rf"(?i)\b(?:sign|board|door|bracelet|armband|wristband|label)[ \t]*:[ \t]*(?-i:({_W}(?:[ \t]+{_W})?))"
    rf"[ \t]+[-–—][ \t]"))
# "PCA check: Lee RASS 0, RR 16": a check's subject before the scores charted on them.
_SCORES = r"rass|cam-?icu|gcs|a&ox?\d?|aox\d|spo2|sats?|hr|bp|rr|pain|morse|braden|news|cows|ciwa|temp|vss"
_CHECK_SUBJECT = Gated(Folded(rf":[ \t]*[a-z][\w'’-]*[ \t]+(?:{_SCORES})\b"), re.compile(
    rf"(?i):[ \t]*(?-i:({_W}))[ \t]+(?:{_SCORES})\b"))
_ITEM_ROLE_WORDS = frozenset({"dr", "dr.", "charge", "rn", "md", "do", "rt", "np", "pa", "cna", "pct", "lpn",
                              "resident", "fellow", "attending", "pharmacist", "chaplain", "nurse", "supervisor",
                              "and", "&"})


# Nouns an eponym owns ("Hodgkin's disease", "Bell's palsy", "Meckel's diverticulum"): a possessive before them
# names a finding, not a person's things.
_EPONYM_HEADS = frozenset({
    "disease", "syndrome", "sign", "test", "maneuver", "manoeuvre", "procedure", "operation", "palsy", "ulcer",
    "tumor", "tumour", "sarcoma", "lymphoma", "phenomenon", "reflex", "triad", "law", "fracture", "disorder",
    "criteria", "classification", "score", "scale", "node", "nodes", "area", "cyst", "hernia", "pouch", "solution",
    "catheter", "position", "stage", "diverticulum", "space", "line", "fascia", "ligament", "duct",
    "gland", "glands", "canal", "membrane", "body", "bodies", "cell", "cells", "method", "formula", "rule", "point"})


def _names_ok(words: list[str], cased: bool) -> bool:
    """Do `words` name a person in a nursing position? Each part of each word (hyphens split "Lee-Ruiz") a name word
    (`admin_forms.name_word`, any word no dictionary knows allowed: the position asks for a person), not all of them
    everyday words other than given names, and on a line without case no slip of a known word nor everyday word
    other than a given name (shorthand in capitals or small letters puts drugs and findings there)."""
    if not words or len(words[0]) == 1:
        return False  # "per U Maryland md": a name opens with a word, or an initial and its dot
    parts = [p for w in words for p in w.split("-") if len(p.rstrip(".")) > 1]
    # each part as the lists spell it ("Jerónimo" as "jeronimo"); a part written with accents is a name's
    # (`accented_name`), never the everyday or clinical word, slip or gazetteer place its fold or spelling also is
    accented = [accented_name(p, cased) for p in parts]
    if not parts or not all(a or name_word(p, cased, True) for p, a in zip(parts, accented, strict=True)):
        return False
    if any(has_accent(p) and not a for p, a in zip(parts, accented, strict=True)):
        return False  # an accented loanword or eponym ("Sjögren"), or an accent typed onto a clinical word
    lows = [lookup_form(p) for p in parts]
    if any(slip_of_known(w) and w not in sl.census_names() and w not in sl.first_names() and not a
           for w, a in zip(lows, accented, strict=True)):
        return False  # "Intially lethargic": a typo of a known word
    everyday = [sl.is_common(w) and w not in sl.first_names() and not a for w, a in zip(lows, accented, strict=True)]
    if all(everyday):
        return False
    if not cased and any((slip_of_known(w) and not a) or e for w, a, e in zip(lows, accented, everyday, strict=True)):
        return False
    return any(accented) or not all(w in sl.place_words() and w not in sl.census_names() for w in lows)


def _building_ok(words: list[str], cased: bool) -> bool:
    """Do the words before a building word name it? Not a ward or direction word, nothing clinical, and one word a
    census name, a place word or a word no vocabulary knows (buildings are named after donors and places)."""
    lows = [bare(w.lower().strip("'’.")) for w in words]
    if not lows or lows[0] in _NOT_BUILDING_NAME or lows[0] in STOP or any(medical_only(w) for w in lows):
        return False
    if all(w in _NOT_BUILDING_NAME for w in lows):
        return False
    if not cased and not any(w in sl.census_names() or unknown_word(w) for w in lows):
        return False
    return any(w in sl.census_names() or w in sl.place_words() or unknown_word(w) or not sl.is_common(w)
               for w in lows)


def _kind_word(low: str) -> bool:
    """A word saying what care or whom a building serves ("Heart", "Women's", "Family", "Cancer"), written between
    its donor's name and the building word ("Summit Women's Tower")."""
    return low in _NOT_BUILDING_NAME or low in _GENERIC_BUILDING or medical_only(low)


def _named_part(words: list[str]) -> list[str]:
    """`words` before a building word without the kind-of-care words that close them, the name left at least one
    word: "Summit Heart" -> "Summit"."""
    while len(words) > 1 and _kind_word(bare(words[-1].lower().strip("'’."))):
        words = words[:-1]
    return words


def _placed_building_ok(words: list[str]) -> bool:
    """Do the one to three words before a placed building word (`_BUILDING_PLACED`) name it? The name (kind-of-care
    words after it dropped, `_named_part`) one or two words of three letters at least, none a function, ward,
    direction, generic building or clinical word; an everyday word is allowed, as the position and the locator after
    it vouch for a name."""
    lows = [bare(w.lower().strip("'’.")) for w in _named_part(words)]
    return 1 <= len(lows) <= 2 and all(
        len(w) >= 3 and w not in STOP and w not in _NOT_BUILDING_NAME and w not in _GENERIC_BUILDING
        and w not in CREDENTIALS and not medical_only(w) for w in lows)


def _unit_name_ok(words: list[str], cased: bool) -> bool:
    """Do the words before "Unit"/"Suite" name it for a person or place? Its kind-of-care words dropped
    (`_named_part`), one or two words left, the first capitalised where the line has case and a census name or a word
    no vocabulary knows, none a function, ward, generic building, care-area, protected or clinical word."""
    named = _named_part(words)
    while len(named) > 1 and (named[-1].lower() in sl.medical_words() or named[-1].lower() in protect.areas()):
        named = named[:-1]  # "Lindqvist Infusion Suite": the care given there
    lows = [bare(w.lower().strip("'’.")) for w in named]
    if not 1 <= len(lows) <= 2 or (cased and not named[0][0].isupper()):
        return False
    if any(w in STOP or w in _NOT_BUILDING_NAME or w in _GENERIC_BUILDING or w in protect.areas()
           or w in protect.protected_words() or medical_only(w) or w in sl.medical_words() for w in lows):
        return False
    return lows[0] in sl.census_names() or unknown_word(lows[0])


def _low_building_word(word: str) -> bool:
    """On a line without case, may `word` be part of a building's name? A census name or a word no vocabulary knows,
    never an everyday or ward word ("the bell tower", "in hall" stay)."""
    low = bare(word.lower().strip("'’."))
    return (low not in _NOT_BUILDING_NAME and low not in STOP and not sl.is_common(low) and not medical_only(low)
            and (low in sl.census_names() or unknown_word(low)))


def _charted_entry(text: str, start: int) -> bool:
    """Is the bracket at `start` closing a short charted entry whose words do not spell its letters out? A flowsheet
    comment signs itself that way ("Turned to L side, heels floated (QV)"), where prose defines an abbreviation
    ("normal sinus rhythm (NSR)", Schwartz and Hearst's test: the letters in order among the last words' first
    letters, the first letter a word's)."""
    head = text[line_bounds(text, start)[0]:start - 1]
    words = re.findall(r"[A-Za-z][\w'’-]*", head)
    letters = "".join(c for c in text[start:text.index(")", start)].lower() if c.isalpha())
    if not 2 <= len(words) <= _SHORT_ENTRY or len(letters) != 2:
        return False
    firsts = "".join(w[0].lower() for w in words[-2 * len(letters):])
    at = firsts.find(letters[0])
    return at < 0 or letters[1] not in firsts[at + 1:]


def _clock_time(digits: str) -> bool:
    """Does a four-digit number read as a 24-hour clock time ("0312", "2200")?"""
    return len(digits) == 4 and digits.isdigit() and int(digits[:2]) <= 23 and int(digits[2:]) <= 59


class WardFormsRecognizer(SpansRecognizer):
    """Initials, pagers, extensions, blood units, numbered belongings, buildings and the patient in the positions
    of ward and nursing documents (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(WARD, [NAME, CONTACT, ID, LOCATION], ward_spans)


def _unit_follows(text: str, end: int) -> bool:
    return bool(UNIT_AFTER.match(text, end))


def ward_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, entity, score) of every class in `text` (the module doc lists them)."""
    out: list[tuple[int, int, str, float]] = []

    for m in finditer(_LABELLED_INITIALS, text):
        strong = m.group(1) is not None
        cased = line_cased(text, m.start(2))
        last = m.end(3) if m.group(3) else m.end(2)
        if not strong and not _ROLE_CLOSE.match(text, last):
            continue  # "given CPT,", "RN to bedside": a role's initials close a field ("RN AB / CD")
        # a label's colon names its signer; without it the label may go on in prose ("position verified by CXR")
        colon = ":" in text[m.start(0):m.start(2)]
        level = "label" if strong and colon else "signed"
        for g in (2, 3):
            letters = m.group(g)
            if letters and letters.lower() not in _NOT_INITIALS and initials_ok(
                    letters, cased, level, number_before(text, m.start(g))):
                out.append((m.start(g), m.end(g), NAME, 0.65))
    for rx in (_TIME_INITIALS, _DASH_INITIALS, _BRACKET_INITIALS, _INITIALS_CRED, _INITIALS_TIME, _MARK_TIMED,
               _TICK_INITIALS, _ASSIGNED_INITIALS, _ROOMS_THEN_INITIALS):
        for m in finditer(rx, text):
            if rx is _ROOMS_THEN_INITIALS and not _ASSIGNING.search(line_at(text, m.start(1))):
                continue
            cased = line_cased(text, m.start(1))
            groups = [1] if rx is _ASSIGNED_INITIALS else [g for g in range(1, len(m.groups()) + 1) if m.group(g)]
            if rx is _INITIALS_TIME and _unit_follows(text, m.end()):
                continue  # "BPR 1200 mL over shift": a quantity, not a clock time
            # a time column, a credential after, a pair after a dash or a dash closing a log's line sign the entry;
            # a lone group in a bracket or after a dash elsewhere is as often shorthand ("- HS", "(NAD)")
            level = "signed"
            # (an assignment to a bare range of numbers, "AB - 701-706", is as often a score's range: "act")
            bare_range = rx is _ASSIGNED_INITIALS and not m.group(2)
            if rx in (_BRACKET_INITIALS, _INITIALS_TIME, _MARK_TIMED) or bare_range or (
                    rx is _DASH_INITIALS and len(groups) == 1 and not _LOG_LINE.search(line_at(text, m.start(1)))):
                level = "act"
            if rx is _BRACKET_INITIALS and cased and _charted_entry(text, m.start(1)):
                level = "signed"
            for g in groups:
                letters = m.group(g)
                if letters.lower() not in _NOT_INITIALS and initials_ok(letters, cased, level):
                    out.append((m.start(g), m.end(g), NAME, 0.6))

    for m in finditer(_LINE_END_MARK, text):
        line = line_at(text, m.start(1))
        before = _WORD_BEFORE.search(text, max(0, m.start(1) - 40), m.start(1))
        if not line_cased(text, m.start(1)) or not (_LOG_LINE.search(line) or _CHARTED_VALUE.search(line)) or (
                before is None or before.group(1).lower() in _LEADS_TO or _ABBREVIATION_RUN.fullmatch(before.group(1))):
            continue  # (after another group of capitals the line runs abbreviations on: "LS BBR", "CTA BIL")
        if m.group(1).lower() not in _NOT_INITIALS and initials_ok(m.group(1), True, "act"):
            out.append((m.start(1), m.end(1), NAME, 0.6))

    for m in finditer(_PAGER, text):
        digits = m.group(2).lstrip("pPxX")  # (deidfix63: "page p69656", "cell x4-5821": the system's prefix)
        if _unit_follows(text, m.end(2)):
            continue
        if _clock_time(digits) and not _PAGER_LABEL.match(m.group(1)):
            continue
        out.append((m.start(2), m.end(2), CONTACT, 0.75))
    for m in finditer(_EXTENSION, text):
        if not _unit_follows(text, m.end(1)):
            out.append((m.start(1), m.end(1), CONTACT, 0.75))
    for rx in (_CALL_AT, _DESK_NUMBER):
        for m in finditer(rx, text):
            if not _unit_follows(text, m.end(1)):
                out.append((m.start(1), m.end(1), CONTACT, 0.7))
    for m in finditer(_ISBT, text):
        out.append((m.start(1), m.end(1), ID, 0.85))
    for m in finditer(_THING_NUMBER, text):
        digits = m.group(3)
        if len(digits) == 4 and not (m.group(1) or m.group(2)):
            continue
        if not _unit_follows(text, m.end(3)):
            out.append((m.start(3), m.end(3), ID, 0.75))
    for m in finditer(_BUILDING_LOW, text):
        if line_cased(text, m.start(1)):
            continue
        words = name_words_in(m.group(1))[:-1]
        while words and not _low_building_word(words[0]):
            words = words[1:]
        if words and all(_low_building_word(w) for w in words) and _building_ok(words, False):
            start = text.index(words[0], m.start(1))
            out.append((start, m.end(1), LOCATION, 0.65))
    for m in finditer(_BUILDING, text):
        toks = [(w.start(), w.group()) for w in re.finditer(NAME_WORD, m.group(1))][:-1]
        # a line of capitals runs the clause into the name ("FELL IN THE HALL"): the name starts after its last
        # function or place word
        cut = max((k + 1 for k, (_, w) in enumerate(toks) if w.lower() in _PLACE_WORDS), default=0)
        toks, cased = toks[cut:], line_cased(text, m.start(1))
        words = [w for _, w in toks]
        if not cased and any(w.lower() in _GENERIC_BUILDING for w in words):
            continue  # "NEXT TO THE BELL TOWER": where no capital tells, a kind of building is no name
        if words and (_building_ok(words, cased) or _building_ok(_named_part(words), cased)):
            out.append((m.start(1) + toks[0][0], m.end(1), LOCATION, 0.7))
    for m in finditer(_NAMED_UNIT, text):
        toks = [(w.start(), w.group()) for w in re.finditer(NAME_WORD, m.group(1))][:-1]
        cut = max((k + 1 for k, (_, w) in enumerate(toks) if w.lower() in _PLACE_WORDS), default=0)
        toks, cased = toks[cut:], line_cased(text, m.start(1))
        if cased and m.group(1)[-1:].islower() and not m.group(1).rsplit(None, 1)[-1][0].isupper():
            continue  # "the Mayfield unit", "Microelectrode unit": a device's unit, not a named ward
        if toks and _unit_name_ok([w for _, w in toks], cased):
            out.append((m.start(1) + toks[0][0], m.end(1), LOCATION, 0.65))
    for m in finditer(_BUILDING_PLACED, text):
        if line_cased(text, m.start(1)):
            continue  # a line with case names its buildings by capitals (`_BUILDING`)
        words = name_words_in(m.group(1))[:-1]
        if _placed_building_ok(words):
            out.append((m.start(1), m.end(1), LOCATION, 0.65))

    def person(rx: Gated | re.Pattern) -> None:
        for m in finditer(rx, text):
            start, words = m.start(1), name_words_in(m.group(1))
            while words and words[0].lower() in ("and", "or"):  # "and Lee (CNA)": the list's joining word stays
                start = text.index(words[1], start + len(words[0])) if len(words) > 1 else m.end(1)
                words = words[1:]
            if words and _names_ok(words, line_cased(text, start)):
                out.append((start, m.end(1), NAME, 0.7))

    person(_WITH)
    person(_ROLE_FIELD)
    person(_PGY_SIGN)
    person(_SIGN_NAME)
    person(_CHECK_SUBJECT)
    person(_RE_ONE)
    person(_SORTED_FIELD)
    person(_ROLE_NAME)
    person(_PER)
    person(_BRACKET_ROLE)
    person(_DEPT_PERSON)
    person(_GREETING)
    for m in finditer(_HANDOFF, text):
        for g in (1, 2):
            if m.group(g) and _names_ok([m.group(g)], line_cased(text, m.start(g))):
                out.append((m.start(g), m.end(g), NAME, 0.7))
    for m in finditer(_TEAM, text):
        cased = line_cased(text, m.start(1))
        for item in _TEAM_ITEM.finditer(m.group(1)):
            base = m.start(1) + item.start()
            toks = list_item_words(item.group(), _ITEM_ROLE_WORDS, closing_role_dots=False)
            words = [w for _, w in toks]
            if 1 <= len(words) <= 3 and all(re.fullmatch(_W, w) for w in words) and _names_ok(words, cased):
                a, b = toks[0][0], toks[-1][0] + len(toks[-1][1])
                out.append((base + a, base + b, NAME, 0.7))
    person(_NURSING_ACT)
    person(_IN_ROOM)
    person(_FIELD_SUBJECT)
    person(_LINE_SUBJECT)
    person(_TIMED_SUBJECT)
    person(_BED_NAME)
    person(_AGED_NAME)
    person(_PT_ONE)
    person(_STATED_NAME)
    for m in finditer(_LABEL_POSSESSIVE, text):
        owned, cased = m.group(2), line_cased(text, m.start(1))
        if medical_only(owned.lower()) or claimed(m.group(1).lower()):
            continue
        if (cased and not (owned.islower() and sl.is_common(owned))) or owned.lower() in _EPONYM_HEADS:
            continue
        if _names_ok([m.group(1)], cased):
            out.append((m.start(1), m.end(1), NAME, 0.7))
    return out

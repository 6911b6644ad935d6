"""Hospitals and places (i2b2 LOCATION) found over tokens: "<X> Hospital", "St. Mary's",
hospital abbreviations, US cities and states, unknown words after place verbs."""

from __future__ import annotations

import functools
import re as stdre
from collections.abc import Iterable

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import LOCATION, Folded, Gated, I, finditer, time_left
from cancerprep.stages.deid.recognizers.context import (
    MONTH_DAY,
    UNIT_AFTER,
    line_cased,
    medical_only,
    sentence_start,
)
from cancerprep.stages.deid.recognizers.tokens import Tok, case_mode, tokenize
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import STOP, TITLES

FACILITY = {"hospital", "hosp", "hospiatal", "hosptial", "regional", "rehab", "rehabilitation",
            "memorial", "house", "campus", "manor", "clinic", "infirmary", "adventist", "center",
            "centre", "ctr", "medical", "nursing", "hospice", "facility", "healthcare", "health",
            "home", "village", "shore", "county", "university", "college", "institute", "church",
            "school", "center's", "general", "community", "beach", "square", "heights", "park",
            "cancer", "oncology", "department", "dept", "of", "surgical", "children's", "gen"}
FACILITY_HEADS = {"hospital", "hosp", "hospiatal", "hosptial", "regional", "rehab", "memorial",
                  "house", "campus", "manor", "clinic", "infirmary", "adventist", "ctr", "center",
                  "hospice", "church", "shore", "county", "university", "beach", "heights", "institute", "gen"}
# A word before these is (part of) an institution's name unless it is generic.
HARD_FACILITY = {"hospital", "hosp", "hospiatal", "hosptial", "memorial", "regional", "clinic", "infirmary",
                 "adventist", "institute", "university", "ctr"}
GENERIC_PLACE_WORDS = {"previous", "prev", "basic", "outside", "local", "other", "another", "same", "different",
                       "new", "old", "first", "second", "nearest", "private", "leave", "left", "right",
                       "bilateral", "psychiatric", "vocational",
                       "mental", "this", "that", "any", "county", "city", "state", "area", "veterans", "va",
                       "children's", "teaching", "referring", "transferring", "community", "rehab", "day",
                       "continue", "begin", "cardiac", "pulmonary", "further", "possible", "poss", "inpatient",
                       "outpatient", "acute", "subacute", "physical", "occupational", "await", "need", "needs",
                       "short", "long", "term", "vs", "for", "to", "cont", "con't", "start", "plan", "pt", "ot",
                       "speech", "respiratory", "vent", "cardiopulmonary", "inpt", "rehabilitation", "nursing"}
# A hospital's relation to this one, a capital on a line with case included ("Sister hospital has a bed", deidfix62)
_SITE_RELATIONS = frozenset({"sister", "partner", "affiliate", "affiliated", "receiving", "accepting", "sending"})
GENERIC_PLACE_WORDS |= _SITE_RELATIONS
PLACE_VERBS = {"transfer", "transferred", "transfered", "tx'd", "txd", "trans", "admitted", "admit",
               "sent", "went", "brought", "taken", "arrived", "came", "presented", "return", "returned",
               "returning", "discharged", "d/c'd", "dc'd", "go", "going", "moved", "accepted", "screened",
               "lives", "living", "live", "resides", "resident", "vacation", "vacationing", "visiting",
               "home", "from", "medflight", "flight", "transported", "bed", "located", "born", "work",
               "works", "worked", "employed", "ceo", "graduate", "slated"}
# Wards, units and generic places that follow "transferred to" but are not PHI.
NOT_PLACES = {"floor", "ccu", "micu", "sicu", "csru", "nsicu", "ccu's", "icu", "or", "er", "ed", "ew",
              "cath", "lab", "rehab", "home", "nursing", "hospital", "hosp", "osh", "unit", "room", "bed",
              "ir", "ct", "mri", "hd", "the", "a", "an", "his", "her", "their", "rehabilitation", "pacu",
              "vicu", "step", "stepdown", "tele", "telemetry", "ward", "service", "team", "chair",
              "commode", "bathroom", "shower", "surgery", "dialysis", "md", "rn", "np", "chapel",
              "another", "outside", "local", "different", "same", "this", "that", "ambulance",
              # levels of care, kinds of place: long-term acute care hospital, skilled nursing / assisted living /
              # extended care facility, inpatient rehabilitation facility, long-term care
              "ltach", "ltac", "snf", "alf", "ecf", "irf", "ltc", "ltcf"}


# Kinds of care (`protect.areas`, the one vocabulary of them): words made only of these name a department ("Wound
# Care Center", "Dermatology Clinic", "the Cancer Center"), not an institution. "general" and "medical" stay out:
# "General Hospital" is a name.
_CARE_KINDS = protect.areas() - {"general", "medical"}

# Religious rites and services one goes to ("went to Holy Communion", "to Sunday Worship"): events, not places.
_OBSERVANCES = frozenset("""communion eucharist confession baptism confirmation worship vespers liturgy sermon prayer
prayers vigil""".split())
# where a person lives: in a lower-case note "lives in dc" is the city, not "d/c" (discontinue)
_RESIDES = frozenset({"lives", "living", "live", "resides", "reside", "residing", "moved", "born"})
_WARDS = {"micu", "ccu", "sicu", "csru", "nsicu", "icu", "pacu", "vicu", "tsicu", "picu", "nicu", "cvicu", "ccu's"}
_WARD_BEFORE = {"to", "on", "from", "at", "or", "per", "in", "into", "transfer", "transferred", "transfered",
                "tx", "txd", "tx'd", "trans", "@", "and", "off", "onto"}
# The emergency-ward and hospital abbreviations after a facility's name ("kernan ew", "Calvert ER").
_WARD_ABBR = ("ew", "er", "ed", "hosp", "icu")
# The prepositions before a place's name ("transferred to X", "lives in X", "from X").
_TO_PLACE = frozenset({"to", "from", "in", "at", "@", "into"})

# Patterns the rules below ask of a few characters around a word (compiled once: `regex`'s module functions look a
# string pattern up in their cache at every call).
_COLON_AFTER = re.compile(r"[ \t]*:")
_WARD_AFTER = re.compile(r"\s*(?:er|ed|ew)\b")
_PREPOSITION_BEFORE = re.compile(r"(?:\b(?:to|at|from|in|into|by)|@)\s*$")
_PREPOSITION_QUOTE_BEFORE = re.compile(r"(?:\b(?:to|at|from|in|into|by|of|the)|@)[\s/\"'(\u201c\u2018]*$")
_CARE_AFTER = re.compile(r"\s*(?:hosp|ew|er\b|ed\b|team|nurse|staff|rehab)")
_LETTER_HYPHEN = re.compile(r"[a-z]-")
_INFLECTED_END = re.compile(r"(?:ed|ing|ly)$")
_NUMBER_GOES_ON = re.compile(r"\s*(?:[/:x-]|\.\d)")
# The typographic dashes (hyphen, non-breaking hyphen, figure dash, en and em dash) that join two words as "-" does
# ("Guillain–Barré"): the tokenizer keeps a "-" compound whole, so a word joined by one of these to a letter on
# either side is half a compound too, never a place of its own.
_WORD_DASHES = "\u2010\u2011\u2012\u2013\u2014"


def _dash_joined(text: str, start: int, end: int) -> bool:
    """Is text[start:end] joined by a typographic dash, with no space, to a letter before or after it (half of a
    compound written "Guillain–Barré", equivalent to the hyphen form the tokenizer keeps as one word)?"""
    return (start >= 2 and text[start - 1] in _WORD_DASHES and text[start - 2].isalpha()) or (
        end + 1 < len(text) and text[end] in _WORD_DASHES and text[end + 1].isalpha())
_WORD_INFLECTED_END = re.compile(r"(?:ing|ed|\w{4}ly)$")
_ZIP_AFTER = re.compile(r"[ \t,]*\d{5}")
_SHORT_HYPHENATED = re.compile(r"[A-Za-z]{1,2}-")
_GIVEN_AFTER = re.compile(r"[ \t]*(?:\d|iv\b|po\b|gtt|drip)", I)
_DOSE_AFTER = re.compile(r"[ \t]*(?:\d|iv\b|po\b|gtt|drip|mg|mcg)", I)
_WARD_NUMBER = re.compile(r"\s?\d{1,2}\b")


# The short forms of the words of a hospital's name ("Summit Reg. Med. Ctr.", "Union Mem Hosp", "Baxter Univ Hosp"):
# before a facility head they join the name as the full words do, and say nothing of whether the name is one.
_FACILITY_ABBR = frozenset({"med", "reg", "regl", "rgnl", "mem", "meml", "univ", "comm", "gen", "hosp"})


def _abbreviated_facility_word(toks: list, k: int) -> bool:
    """Is toks[k] a short form of a facility name's word, followed by its dot or right by the next word?"""
    return toks[k].low in _FACILITY_ABBR and k + 1 < len(toks) and (
        toks[k + 1].text == "." or toks[k + 1].is_word) and toks[k + 1].start - toks[k].end <= 1


def _field_label(text: str, words: list[Tok], head: Tok) -> bool:
    """Is "<words> <head>" a form's field label ("Accepting hospital:", "RECEIVING FACILITY:")? Role participles
    before the head and a colon right after it name which organisation the field is about, not the organisation
    itself (a name such as "Flushing Hospital" is not followed by a colon)."""
    return bool(words) and _COLON_AFTER.match(text[head.end:head.end + 4]) is not None and all(
        w.low.endswith("ing") and sl.is_known_word(w.low) for w in words)


def _name_evidence(low: str, caseless: bool) -> bool:
    """May this word before a facility head ("Calvert Hospital", "Keeley House") be the institution's own name?
    Not a single letter, a generic or clinical word ("prev rehab", "con't rehab", "t hosp"), an everyday word or a
    medical one; in a note without case not a known word either, unless a census name, city or place word."""
    if len(low) < 2 or low in GENERIC_PLACE_WORDS or low in sl.CLINICAL_TERMS or sl.is_common(low) \
            or low in sl.medical_words():
        return False
    return not caseless or not sl.is_known_word(low) or sl.census_name_or_city(low) or low in sl.place_words()


def _city_name(low: str) -> bool:
    """A US city's one-word name that is no generic, clinical or medical word: in a note without case, the
    evidence that the word before a facility head names the institution."""
    return (low in sl.us_cities() and low not in GENERIC_PLACE_WORDS and low not in NOT_PLACES
            and not medical_only(low) and low not in STOP)


# an English word this frequent after "to"/"at"/"from" is a phrase of its own ("at times", "kept at bay")
_BARE_PLACE_FREQ = 10000
_NAME_ENDS = re.compile(r"[ \t]*(?:[,.;)]|\n|$|(?:and|on|in|for|today|yesterday|tonight)\b)", I)


def _bare_place_name(text: str, tok) -> bool:
    """Without case: a census surname that is also a word of place names ("went to harbor", "from harbor in this
    eve"), with no article before it and no noun after it. An everyday noun after "to"/"at"/"from" takes an article
    or is a routine place the vocabularies know ("to bed", "at rest", "from home"); a bare one that names places and
    people names an institution."""
    low = tok.low
    return (len(low) > 3 and low in sl.last_names() and low in sl.place_words() and low not in NOT_PLACES
            and sl.word_freq().get(low, 0) < _BARE_PLACE_FREQ  # "at times", "from kitchen", "at bay": idioms
            and low not in STOP and low not in GENERIC_PLACE_WORDS and low not in sl.CLINICAL_TERMS
            and not medical_only(low) and not MONTH_DAY.match(low) and low not in protect.protected_words()
            and bool(_NAME_ENDS.match(text, tok.end)))


# Where someone lives or lived ("lived in", "grew up in", "moved to", "raised in"): the place after them is a town.
_LIVED = frozenset({"lives", "lived", "living", "live", "resides", "resided", "residing", "reside", "moved", "born",
                    "raised", "relocated", "up"})


def _lived_in(toks: list, i: int) -> bool:
    """Is toks[i] right after "in/to/from" after a verb of living ("lived in", "moved to", "grew up in"; "up" only
    after "grew")?"""
    if i < 2 or toks[i - 1].low not in ("in", "to", "from") or toks[i - 2].low not in _LIVED:
        return False
    return toks[i - 2].low != "up" or (i > 2 and toks[i - 3].low in ("grew", "grow", "growing"))


def _plain_word(low: str) -> bool:
    """An English, medical or clinical word that is no census name, city or place word ("to Nasally suction"):
    after a bare "to" its capital is the writer's habit, not a place's name."""
    return (sl.is_known_word(low) or low in sl.CLINICAL_TERMS) and not sl.census_name_or_city(low) \
        and low not in sl.place_words()


def _caseless_lines_upper(text: str) -> str:
    """`text` with each ASCII line written in small letters put in capitals (same offsets): such a line has no case,
    so "transferred from lgh" names its hospital's initialism as "LGH" would (deidfix57, facility_variation)."""
    if not any(line.islower() and line.isascii() for line in text.splitlines()):
        return text
    return "".join(line.upper() if line.islower() and line.isascii() else line
                   for line in text.splitlines(keepends=True))


# Where a care site's initialism stands by its position alone, whatever its letters end in (deidfix57,
# facility_variation's acronyms of generated names: "transferred from RRCC", "outside records from LWC", "chemotherapy
# at DGCC"): after a verb of moving, treating or sending records and its preposition of place (`_SITE_CUE`, searched
# on the few characters before a word in capitals: it ends there).
_SITE_CUE = re.compile(
    r"(?:\b(?:transferr?(?:ed|ing)?|transfered|tx'?d|sent|admitted|readmitted|discharged|d/c'?d|arrived|presented|"
    r"received|records?|films|reports?|"
    # a patient carried or redirected there ("diverted to SMNR", "flown to RRMC"; deidfix64, `facility_forms`)
    r"diverted|flown|air-?lifted|transported|taken)[ \t]+(?:(?:back|here|elsewhere|initially|originally)[ \t]+)?"
    r"(?:from|to|at|@)|"
    # a verb of care and "at": where it was given, never what or to which part ("radiation to RUQ")
    r"\b(?:seen|treated|receives|chemo(?:therapy)?|follows|followed|performed|done|scheduled|booked|tested|"
    # where a record was signed, dictated or printed, or a sample drawn ("electronically signed at VCHI"; deidfix64)
    r"signed|dictated|transcribed|printed|drawn)"
    r"[ \t]+(?:at|@)|"
    # a bracket that says where a thing was done ("prior biopsy (at MMCC)", deidfix62)
    r"\([ \t]*(?:at|@)|"
    # a consent's "the staff of X" (deidfix64)
    r"\b(?:staff|employees|personnel)[ \t]+of)"
    r"[ \t]+(?:the[ \t]+)?[\"'(]?$", re.I)
_CUE_WORD = stdre.compile(r"(?:\b(?:from|to|at|the|of)|@)[ \t\"'(]*$", stdre.I)
# A field that holds a care site ("Referring facility:", "Outside hospital |", "Facility<TAB>"), from the line's start
# to the word; the word is the field's first cell (`_CELL_END` after it).
# (deidfix64: a claim's "Place of service", where an event took place: "Location of surgery", "of biopsy"; a records
# table's "Outside" column)
_SITE_LABEL = re.compile(r"^[^\n:|=]{0,30}\b(?:hospital|facility|osh|institution|performed[ \t]+by|destination|"
                         r"place[ \t]+of[ \t]+service|outside|location[ \t]+of[ \t]+(?:surgery|procedure|care|service|"
                         r"biopsy|delivery|birth|visit|admission|imaging))\b"
                         r"[^\n:|=\t]{0,24}?(?:[ \t]*[:|=\t]|[ \t]+-)[ \t]*$", re.I)
_CELL_END = stdre.compile(r"[ \t]*(?:[|\t,;)]|$|\n|-[ \t]|[ \t]{2})")
# A letterhead: a line opening with the initialism, then a bar or dash and the department or the report it heads
# ("LWC | Department of Oncology", "lgh - discharge summary").
# A report's title may follow the initialism with no bar at all ("DWHI OPERATIVE REPORT"; deidfix64): the title's two
# words are a kind of report, which no clinical abbreviation heads.
_SITE_HEADER = re.compile(
    r"[ \t]*[|–—-][ \t]*(?:(?:department|dept\.?|division|office)[ \t]+of\b|"
    r"(?:discharge|operative|consult(?:ation)?|radiology|pathology|progress|admission|transfer|clinic|history[ \t]+"
    r"and[ \t]+physical)[ \t]+(?:summary|report|note|visit)\b)|"
    r"[ \t]+(?:discharge[ \t]+summary|operative[ \t]+report|consult(?:ation)?[ \t]+(?:report|note)|"
    r"history[ \t]+and[ \t]+physical)\b", re.I)
# A consent's or release's authorised party ("I authorize FGH to release my records"): the initialism right after
# "authorize", "to" after it (deidfix64).
_AUTHORIZE = stdre.compile(r"\bauthori[sz]e[sd]?[ \t]+$", stdre.I)
_TO_AFTER = stdre.compile(r"[ \t]+to\b", stdre.I)
# A physician's hospital in brackets after the name ("Dr. Konicek (MGHI)", "Lee, MD (RRMC)"; deidfix64).
_DOCTOR_BRACKET = stdre.compile(r"(?:\bdr\.?[ \t]+[A-Za-z][A-Za-z'-]+|,[ \t]*(?:md|do)\b\.?)[ \t]*\([ \t]*$", stdre.I)
_CLOSE_AFTER = stdre.compile(r"[ \t]*\)")
# A row's or a list item's first cell ("LCMG | path slides", "- WPCMG: colonoscopy", "1. LGCC (2018-2020)";
# deidfix64): the line's start, a bullet or item number, the word, then a cell's end. Clinical abbreviations head such
# rows too ("UDS: negative", "MCHC | 33.1", "RHC: showed"), so here the word has four letters or five, ends as a
# hospital's, clinic's, centre's or medical group's initialism does (H, C, MG), is written in capitals on a line with
# case or in a line of capitals, and the next cell opens with a word, not a value (a lab's row).
_ITEM_BEFORE = stdre.compile(r"[ \t]*(?:(?:[-*•]|\d{1,2}[.)])[ \t]+)?")
_ITEM_CELL_END = stdre.compile(r"[ \t]*(?:[:|\t(]|[ \t]-[ \t])[ \t]*(?=[A-Za-z])")
# A word in capitals (as read) that may be an initialism: 3-5 letters standing alone. (Its first letter opens the
# pattern and the lookbehind reads the character before it, `(?<![\w/&'-])[A-Z]{3,5}` as it was: a pattern opening
# with a class is searched by a fast scan for the class, a lookbehind first was tried at every character; perf45.)
# A hospital's unit or department right after the initialism ("to OCCC PACU", "MRH Main OR - Intraoperative
# Record", "LGH blood bank"; deidfix62, `facility_layouts`' periop class): the unit says the word before it is the
# hospital, where a preposition of place, a field's separator or the line's start stands before that word.
_UNIT_AFTER = stdre.compile(r"[ \t]+(?:main[ \t]+)?(?:or|pacu|icu|micu|sicu|ccu|nicu|picu|ed|er|cath[ \t]+lab|"
                            r"blood[ \t]+bank|pathology|radiology|l&d|labor[ \t]+and[ \t]+delivery|ob|endoscopy)\b",
                            stdre.I)
_UNIT_CUE = stdre.compile(r"(?:(?:^|[:|=\t(])[ \t]*|\b(?:to|at|from|in|into|via)[ \t]+(?:the[ \t]+)?|@[ \t]*)$",
                          stdre.I)
_SHORT_UNITS = frozenset({"or", "ed", "er", "ob"})  # also words ("increase in IPS or time"): in capitals, with case


def _unit_word_ok(text: str, unit: stdre.Match) -> bool:
    """Is the unit `_UNIT_AFTER` found one? A short one that is also a word ("or", "ed") only as "OR", "ED" written in
    capitals on a line with case, or after "main"."""
    word = unit.group().split()[-1]
    if word.lower() not in _SHORT_UNITS or unit.group().split()[0].lower() == "main":
        return True
    return word.isupper() and line_cased(text, unit.start())


_CAPS_WORD = stdre.compile(r"[A-Z](?<![\w/&'-].)[A-Z]{2,4}(?![\w/&-])")

# Abbreviations a chart writes after "transferred to", "sent to", "seen at" that name a service, a unit, a level of
# care, a part of the body, a tumour or a treatment, and that the vocabularies above lack (hand-written from the
# domain, none from a benchmark): a patient goes to BMT, OBS or the flr, a culture is sent from a limb (RLE), a
# tumour is an HCC.
_NOT_SITE_ABBR = frozenset("""bmt bmtu obs flr uro urol surg pulm rad rads xrt mfm sds sdsu asc hha hhc vna dme php iop
onc onco oncs heme ccm crna cnm pmr pmnr emr ems nuc nucs opd opc rtc fup ptp snv tbd unk ruq luq rlq llq rul rml rll
lul lll rle lle rue lue ble bue
hcc rcc scc bcc tcc ucc nsclc sclc imrt sbrt ebrt rfa hipec cryo tace mdt tumor ctpa mva mvc gsw tbi fena
aox plts ocm cards neph gyn gyo ent ortho neuro psych ped peds nsg amb ambu""".split())

@functools.lru_cache(maxsize=1 << 14)
def site_initialism(word: str, read_word: str) -> bool:
    """Can `word` (as read: in capitals where its line has no case) be a care site's initialism? Written in
    capitals, no everyday, clinical or medical word, no ward or level of care (NOT_PLACES, `_WARDS`; none ending in
    "U", as units' do, but for a university's "-SU"), and not a safe abbreviation. (Cached: it reads the process's
    fixed vocabularies only, and `site_abbreviations` asks it of every word in capitals; a note's words repeat.)"""
    low = word.lower()
    return read_word.isupper() and read_word.isalpha() and not sl.is_known_word(low) \
        and low not in sl.CLINICAL_TERMS and low not in sl.medical_words() and low not in NOT_PLACES \
        and low not in _WARDS and low not in _NOT_SITE_ABBR and low not in STOP \
        and read_word not in LocationRecognizer._ABBR_SAFE and not (low.endswith("u") and not low.endswith("su")) \
        and low not in protect.protected_words()


def site_abbreviations(text: str, read: str) -> list[tuple[int, int]]:
    """Care sites' initialisms by position (`_SITE_CUE`, `_SITE_LABEL`, `_SITE_HEADER`), whatever their letters;
    `read` is `text` with lines without case in capitals. Each word in capitals is first asked whether it may be an
    initialism at all (`site_initialism`, cached), then only what stands right before it (a preposition, a field's
    separator, nothing on its line) before a pattern is searched. Why in that order: one word in twelve of a note
    stands in capitals as read (every 3-5 letter word of a line in small letters), one in sixteen of those may be an
    initialism, and asking each what stood before it cost more than the rest of the rule (perf45; both tests read
    nothing else, so the order changes no span). In an ASCII note the word as read stands for the word as written:
    it is the same word or the same in capitals, and the test reads the written word in small letters only."""
    out = []
    ascii_note = text.isascii()
    for m in _CAPS_WORD.finditer(read):
        w = m.group()
        if not site_initialism(w if ascii_note else text[m.start():m.end()], w):
            continue
        a, b = m.span()
        line_start = text.rfind("\n", 0, a) + 1
        before = text[max(line_start, a - 60):a]
        tail = before.rstrip(" \t")
        found = False
        if _CUE_WORD.search(tail[-12:]) and _SITE_CUE.search(before):
            found = True
        elif (tail[-1:] in (":", "|", "=", "-") or before[-1:] == "\t") and a - line_start <= 90 \
                and _SITE_LABEL.search(text[line_start:a]) and _CELL_END.match(text, b):
            found = True
        elif not text[line_start:a].strip(" \t") and _SITE_HEADER.match(text, b):
            found = True
        elif (unit := _UNIT_AFTER.match(text, b)) and _unit_word_ok(text, unit) \
                and (a == line_start or _UNIT_CUE.search(text[max(line_start, a - 20):a])):
            found = True
        elif _AUTHORIZE.search(before) and _TO_AFTER.match(text, b):
            found = True
        elif tail[-1:] == "(" and _DOCTOR_BRACKET.search(before) and _CLOSE_AFTER.match(text, b):
            found = True
        elif len(w) > 3 and w.endswith(("H", "C", "MG")) and text[a:b].isupper() \
                and _ITEM_BEFORE.fullmatch(text, line_start, a) and _ITEM_CELL_END.match(text, b):
            found = True
        if found:
            out.append((a, b))
    return out


# "<City> VA", "the trenton va": a veterans' hospital by its city (its own head, in any case), the city a gazetteer
# city that is no everyday word.
# (searched only in notes holding " va" or " v.a.": the words before it are tried at every word otherwise)
_VA = Gated(Folded(r"[ \t](?:va|v\.a\.)(?![a-z0-9_.])"), re.compile(
    r"\b([A-Za-z][A-Za-z.'-]*(?:[ \t]+[A-Za-z][A-Za-z.'-]*){0,2})[ \t]+(?:VA|va|V\.A\.)(?![\w.])"))


def veterans_facilities(text: str) -> list[tuple[int, int]]:
    """(start, end) of each "<City> VA" (`_VA`): the longest run of the words before "VA" that is a US city."""
    out = []
    for m in finditer(_VA, text):
        words = list(stdre.finditer(r"\S+", m.group(1)))
        for k in range(len(words)):
            city = " ".join(w.group(0) for w in words[k:]).lower()
            if city in sl.us_cities() and not sl.is_common(city) and not medical_only(city) and city not in STOP:
                out.append((m.start(1) + words[k].start(), m.end()))
                break
    return out


# Headings of a note's review of systems, its labs and medicines ("neuro:", "CV:", "labs:", "meds:"): what follows
# one is a finding or a value, never where the patient goes (a ward is written under "plan:" or "dispo:").
_FINDING_LABELS = frozenset("""neuro cv cvs card cardiac resp pulm lungs gi gu renal id endo heme skin integ msk ext
labs lab meds vs vitals exam pe ros pain psych hent heent neck abd""".split())
# what a value's number goes on with: a decade of values ("80's"), litres, a share
_VALUE_AFTER = stdre.compile(r"(?:'?s\b|[ \t]*(?:L|mL|%)(?![A-Za-z]))")


def clinical_value_word(low: str) -> bool:
    """Is `low` a drug (`safelist.drug_word`) or a laboratory test (`LAB_TESTS`), and no census name, US city or
    world place word? Before a number it is a dose or a result ("Phenylephrine 2", "COOMBS 2"), after "to" a drug
    changed to ("converted to Torsemide"), not a ward's or town's name; the census and gazetteers keep their own."""
    return (sl.drug_word(low) or low in sl.LAB_TESTS) and not sl.census_name_or_city(low) \
        and low not in sl.place_words()


# The nouns a kind of unit is written before ("the med-surg floor", "the neuro-onc unit", "the bcc lab").
_UNIT_NOUNS = frozenset({"floor", "unit", "ward", "bay", "lab", "suite", "service", "team", "room", "wing", "pod"})


def _clinical_part(low: str) -> bool:
    """A part of a hyphenated word that is a clinical word, a kind of care or charting shorthand
    (`safelist.charting_shorthand`, a service's short form), or a known word that is no census name, city or place
    word ("Winston-Salem", "Smith-Jones" stay names; "labor-onc" is clinical though "labor" is a census name)."""
    if low in sl.CLINICAL_TERMS or low in _CARE_KINDS or low in _NOT_SITE_ABBR or low in sl.charting_shorthand():
        return True
    return sl.is_known_word(low) and not sl.census_name_or_city(low) and low not in sl.place_words()


def _kind_of_unit(text: str, toks: list, k: int) -> bool:
    """Does toks[k] (a word after "to/from/at") name a kind of unit, not a place's own name? Its parts joined by a
    hyphen are each clinical or known words ("med-surg", "neuro-onc"), or it is written in small letters on a line
    with case before a unit noun in small letters ("the tele floor", "the bcc lab"): a ward's name takes a capital
    there, a kind of unit does not."""
    c = toks[k]
    parts = c.low.split("-")
    if len(parts) > 1 and all(len(p) >= 2 and _clinical_part(p) for p in parts):
        return True
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    return c.text.islower() and nxt is not None and nxt.low in _UNIT_NOUNS and nxt.text.islower() \
        and line_cased(text, c.start)


def _value_not_ward(text: str, toks: list, i: int, mode: str) -> bool:
    """Is "<word> <number>" at toks[i] a value, not a ward and its number ("Quartermain 2")? The word is a drug, a
    lab test (`clinical_value_word`) or one slip from a known word (`safelist.one_slip`); the number goes on as a
    value's does (`_VALUE_AFTER`); the word is in capitals with the digits run on in a note with case ("CHADS2", an
    index's name); or it opens the value of a finding heading ("neuro: <word> 5", `_FINDING_LABELS`)."""
    t, num = toks[i], toks[i + 1]
    if clinical_value_word(t.low) or sl.one_slip(t.low) or _VALUE_AFTER.match(text, num.end):
        return True
    if mode == "mixed" and num.start == t.end and t.text.isupper():
        return True
    return i > 1 and toks[i - 1].text == ":" and toks[i - 2].low in _FINDING_LABELS


def _capital_place_cue(text: str, toks: list, k: int, prep: str, base: str, verb: bool) -> str:
    """Why a capitalised word after "to/from/at" (toks[k], in a note with case) may be a place's name, as the rule
    name's last part ("" when nothing says so): a verb of moving before the preposition ("verb"), a second
    capitalised word right after it ("pair"), "from/at" before a word no medical vocabulary holds alone ("from_at"),
    or a word that is neither everyday nor plain English ("rare"). Named apart so false positives can be counted by
    the reason that let them through (`benchmarks.quality.fp_mechanisms`)."""
    c = toks[k]
    if verb:
        return "verb"
    nxt = toks[k + 1] if k + 1 < len(toks) else None
    if nxt is not None and nxt.text[:1].isupper() and nxt.text[1:2].islower() and nxt.start - c.end <= 1 \
            and nxt.low not in TITLES and not (c.low in sl.medical_words() and nxt.low in sl.medical_words()) \
            and c.low not in ("right", "left", "both", "bilateral"):
        return "pair"
    if prep in ("from", "at") and not medical_only(c.low) and not _GIVEN_AFTER.match(text[c.end:c.end + 8]):
        return "from_at"
    if not sl.is_common(c.low) and not _plain_word(base) and not _DOSE_AFTER.match(text[c.end:c.end + 8]):
        return "rare"
    return ""


class LocationRecognizer(EntityRecognizer):
    """Hospitals and places: "<Name> Hospital/Rehab/House", "St. Mary's", hospital
    abbreviations (GH, GBMC) after a preposition, US cities and states, and unknown words
    after place verbs ("transferred to X", "lives in X")."""

    # (a health system's, university's or medical group's initialism ends as theirs do: "OHSU", "DLHS", "LRMG")
    _ABBR = re.compile(r"\b(?:[A-Z]{0,3}(?:H|MC|HC)|[A-Z]{1,3}(?:HS|SU|MG))\b|"
                       r"(?<=\b(?:to|at|from|in|into|@|by)\s{1,3})gh\b")
    # its two alternatives, scanned apart on an ASCII note (`_abbreviations`): the first by stdlib `re` (linear, and
    # about four times faster than `regex` trying the alternation at every position), the second by `regex` (its
    # lookbehind varies in width)
    _ABBR_CAPS = stdre.compile(r"\b(?:[A-Z]{0,3}(?:H|MC|HC)|[A-Z]{1,3}(?:HS|SU|MG))\b")
    _ABBR_GH = re.compile(r"(?<=\b(?:to|at|from|in|into|@|by)\s{1,3})gh\b")
    _ABBR_SAFE = frozenset({"ETOH", "BPH", "LVH", "RVH", "ICH", "SAH", "IVH", "SDH", "EDH", "LDH", "TSH", "FSH",
                  "ADH", "SIADH", "PTH", "ACTH", "NPH", "HH", "NH", "OOH", "DOH", "PPH", "AH", "CH", "MH",
                  "BH", "DH", "RH", "ASH", "IH", "PIH", "HOH", "WH", "H", "PH", "NOH", "PEH", "OH", "UH",
                  "VH", "CHH", "FH", "GI", "HC", "MC", "BMC", "SCH", "HTH", "HMC", "EH", "TH",
                  # bedtime doses and care units, tests and doses ending as an institution's initialism does
                  "QHS", "ACHS", "ASU", "DSU", "PSU", "SSU", "CSU", "ESU", "EMG", "MMG", "IMG", "QMG"})
    _ST = re.compile(r"\b(?:st\.?|saint)\s+([A-Za-z][a-z]+|[A-Z]+)(?:'s)?\b", I)
    # "a bed @ St A.": an abbreviated saint's name after a place preposition
    _ST_INITIAL = re.compile(r"(?:\b(?:at|to|from|in)|@)[ \t]+(St\.?[ \t]+[A-Z]\.)")
    # "Mt. Sinai", "MT. CARMEL", "Mount Olive": a mountain's name (a hospital, town or church named after one)
    _MT = re.compile(r"\b(?:(?i:mt)\.|Mount|MOUNT)[ \t]+([A-Za-z][A-Za-z'’-]+)")
    # "St. Ann's" standing for the hospital; "St. John's wort" and "St. Vitus' dance" are a herb and a disorder
    _ST_NOT_AFTER = re.compile(r"[ \t]+(?:wort|dance|fire)\b", I)
    # a field that holds an institution ("Facility of diagnosis: WTBMC", "OSH - DLHS", "Hospital | HPHS")
    _FACILITY_LABEL = re.compile(r"\b(?:hospital|facility|osh|institution|location|site)\b[^:|=\n]{0,24}"
                                 r"(?:[ \t]*[:|=]|[ \t]+-)[ \t]*$", I)

    def __init__(self):
        super().__init__(supported_entities=[LOCATION], name="ClinicalLocationRecognizer",
                         supported_language="en")

    def load(self) -> None:
        """Index US cities and states by first word once per worker, so multi-word places match in one pass."""
        self.cities = sl.us_cities()
        self.states = sl.us_states()
        multi: dict[str, list[tuple[str, ...]]] = {}
        for place in self.cities | self.states:
            parts = tuple(place.split())
            multi.setdefault(parts[0], []).append(parts)
        for v in multi.values():
            v.sort(key=len, reverse=True)
        self.places = multi
        self._wake = frozenset(multi) | FACILITY_HEADS | _TO_PLACE | {"dc"}
        self._wake_near = self._wake | {"/"} | set(_WARD_ABBR)

    def _woken(self, toks: list) -> list[int]:
        """The indices, in order, of the tokens at which a rule of `analyze`'s token loop can fire: a place's first
        word, a facility head, a place preposition, "dc", and a word beside "/" or before a number or an emergency
        ward's abbreviation (where `unknown` can hold). Why: the loop's checks ran on every token of the note, and at
        any other token every rule's first condition fails, so the loop finds the same spans over these alone (its
        one carried value, `lived_city`, is only set and read at a place's first word)."""
        n = len(toks)
        wake, near = self._wake, self._wake_near
        lows = [t.low for t in toks]
        out = set()
        for j in [j for j, w in enumerate(lows) if w in near or w.isdigit()]:
            w = lows[j]
            if w in wake:
                out.add(j)
            if w == "/":
                out.update((j - 1, j + 1))
            elif w in _WARD_ABBR or w.isdigit():
                out.add(j - 1)
        return sorted(j for j in out if 0 <= j < n)

    # In a note without case no capital tells a one-word city from a product: after "on" or a verb of treatment it
    # is what was given ("STARTED ON DESTIN", "APPLIED DESTIN"), unless a comma, line end or facility word follows.
    _PLACE_AFTER = re.compile(r"[ \t]*(?:,|\(|-[ \t]|\n|$|(?:hospital|hosp|rehab|area|county|city|town|"
                              r"general|memorial|medical|clinic|house|nursing|home|center|ctr|ed|er|ew)\b)", I)
    _GIVEN = frozenset({"on", "given", "give", "applied", "apply", "using", "use", "used", "started", "start",
                        "continue", "cont", "with", "w"})

    def _place_position(self, text: str, toks: list, i: int, end: int) -> bool:
        prev = toks[i - 1].low if i else ""
        return prev not in self._GIVEN or bool(self._PLACE_AFTER.match(text, end))

    def _abbreviations(self, text: str) -> Iterable[re.Match]:
        """The matches of `_ABBR`, in order. On an ASCII note its alternatives match what they match in it alone (\\b
        is the same boundary in both modules there) and never overlap (capitals vs "gh"), so the two scans merged by
        position are its matches; a note with other characters is scanned whole (tests compare on real notes)."""
        if not text.isascii():
            return finditer(self._ABBR, text)
        time_left()
        caps = list(self._ABBR_CAPS.finditer(text))
        gh = list(finditer(self._ABBR_GH, text))
        return sorted(caps + gh, key=lambda m: m.start()) if gh else caps

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        """Hospitals, saints' names, abbreviations and places after place verbs; capitals count only in cased notes."""
        toks = tokenize(text)
        mode = case_mode(text)
        upper = mode != "mixed"
        out: list[tuple[int, int, float, str]] = []
        # a lower-case note writes "gbmc" for GBMC: its abbreviations are read in capitals (same offsets); so does a
        # line in small letters in a note with case
        read = text.upper() if mode == "lower" else _caseless_lines_upper(text) if mode == "mixed" else text
        for m in self._abbreviations(read):
            w = m.group(0)
            before = text[max(0, m.start() - 8):m.start()].lower()
            after = text[m.end():m.end() + 10].lower()
            # an abbreviation in capitals in a line with case, after a place preposition and before the emergency
            # ward it names ("seen @ BEH er"), is the hospital's even when the letters spell a rare word
            ward_named = mode == "mixed" and w.isupper() and line_cased(text, m.start()) \
                and _WARD_AFTER.match(after) is not None \
                and _PREPOSITION_BEFORE.search(before) is not None
            if w.upper() in self._ABBR_SAFE or w.lower() in sl.CLINICAL_TERMS or (
                    len(w) > 2 and sl.is_known_word(w) and not (ward_named and not sl.is_common(w))):
                continue
            # a quote or bracket between the preposition and the abbreviation ('from "RRMC"') changes nothing
            # the newer endings (-HS, -SU, -MG) also end trial networks' and units' names ("a trial of CTSU/..."):
            # only after a place preposition, not "of" or "the"
            place = _PREPOSITION_BEFORE.search(before) if w.upper().endswith(("HS", "SU", "MG")) else \
                _PREPOSITION_QUOTE_BEFORE.search(before)
            if place or _CARE_AFTER.match(after) or \
                    self._FACILITY_LABEL.search(text, max(0, m.start() - 40), m.start()):
                out.append((m.start(), m.end(), 0.7, "hospital_abbreviation"))
        taken = {a for a, _, _, _ in out}
        out += [(a, b, 0.65, "site_abbreviation") for a, b in site_abbreviations(text, read) if a not in taken]
        out += [(a, b, 0.7, "veterans_facility") for a, b in veterans_facilities(text)]
        for m in finditer(self._ST_INITIAL, text):
            out.append((m.start(1), m.end(1), 0.6, "saint"))
        for m in finditer(self._MT, text):
            w = m.group(1).lower().rstrip("'’")
            if w in STOP or len(w) < 3 or medical_only(w) or (sl.is_common(w) and w not in self.cities):
                continue
            if (m.group(1)[0].isupper() if line_cased(text, m.start()) else
                    w in sl.census_names() or w in self.cities or unknown_word(w)):
                out.append((m.start(), m.end(1), 0.7, "mount"))
        for m in finditer(self._ST, text):
            w = m.group(1).lower()
            st = m.group(0)[:2]
            if w in STOP or len(w) < 3 or medical_only(w) or self._ST_NOT_AFTER.match(text, m.end()):
                continue
            # "St. Bartholomew's", "ST. JUDE'S": a saint's possessive after the title with its dot is the hospital
            if m.group(0)[-2:].lower() == "'s" and (". " in m.group(0) or st.lower() == "sa") and \
                    m.group(1)[0].isupper():
                out.append((m.start(), m.end(), 0.75, "saint"))
                continue
            # "st gertrudes": the possessive written without its apostrophe
            saint = w if w in sl.first_names() or not w.endswith("s") else w[:-1]
            # an unknown capitalised word after "ST." in capitals on a line with case, no place preposition before it,
            # follows the ST segment ("for ST. Trop improving"): a saint's title takes one capital there
            if saint in sl.first_names() or w in ("agnes", "joseph", "elizabeth", "luke", "vincent") or (
                    not upper and st[0].isupper() and m.group(1)[0].isupper() and not sl.is_known_word(w)
                    and not (st == "ST" and line_cased(text, m.start()) and not _PREPOSITION_BEFORE.search(
                        text[max(0, m.start() - 8):m.start()].lower()))):
                if st.lower() == "st" and "." not in m.group(0) and upper and w in ("elevation", "segment"):
                    continue
                out.append((m.start(), m.end(), 0.75, "saint"))
        n = len(toks)
        lived_city = -1
        for i in self._woken(toks):
            t = toks[i]
            low = t.low
            # asked by three rules below: once, and only beside what each needs ("/", a number, "ER"), as most words
            # stand beside none
            unknown = t.is_word and len(low) > 3 and (
                (i > 0 and toks[i - 1].text == "/") or (i + 1 < n and (
                    toks[i + 1].text == "/" or toks[i + 1].text.isdigit() or toks[i + 1].low in _WARD_ABBR))) \
                and unknown_word(low)
            # "F-MICU/QUARTERMAIN/CCU": an unknown name listed with ward names
            if unknown and len(low) > 4 and 0 < i < n - 1 and (
                    (toks[i - 1].text == "/" and i > 1 and toks[i - 2].low.split("-")[-1] in _WARDS)
                    or (toks[i + 1].text == "/" and i + 2 < n and toks[i + 2].low.split("-")[-1] in _WARDS)) \
                    and not _LETTER_HYPHEN.match(low):
                out.append((t.start, t.end, 0.6, "place_context"))
            # "QUARTERMAIN 2", "Quartermain 5": an unknown name followed by a ward/building number
            if i + 1 < n and unknown and len(low) > 4 and toks[i + 1].text.isdigit() \
                    and i > 0 and (toks[i - 1].low in _WARD_BEFORE or toks[i - 1].text in (":", "/", "(")) \
                    and (upper or t.text[0].isupper()) and not _INFLECTED_END.search(low) \
                    and not sl.plain_compound(low) and not sl.cut_short(low) \
                    and len(toks[i + 1].text) <= 2 and toks[i + 1].start - t.end <= 1 \
                    and not UNIT_AFTER.match(text, toks[i + 1].end) \
                    and not _NUMBER_GOES_ON.match(text[toks[i + 1].end:toks[i + 1].end + 3]) \
                    and not _value_not_ward(text, toks, i, mode):
                out.append((t.start, toks[i + 1].end, 0.55, "place_number"))
            # "kernan ew", "Calvert ER": an unknown name before an emergency-ward abbreviation; not a unit's own
            # initialism in capitals ("Transferred to CVICU ICU": units' end in U, `site_initialism`; deidfix64)
            if i + 1 < n and unknown and toks[i + 1].low in _WARD_ABBR \
                    and (upper or t.text[0].isupper() or mode == "lower") \
                    and not (t.text.isupper() and low.endswith("u") and not low.endswith("su")):
                out.append((t.start, toks[i + 1].end, 0.6, "facility"))
            if low == "dc" and (t.text == "DC" or (mode == "lower" and i > 1 and toks[i - 2].low in _RESIDES)) \
                    and i > 0 and toks[i - 1].low in ("in", "from", "of") and (i + 1 >= n or not toks[i + 1].is_word):
                out.append((t.start, t.end, 0.6, "city_state"))
            if low in FACILITY_HEADS and i > 0 and not (i + 1 < n and toks[i + 1].low in ("staff", "officer")):
                k = i - 1
                line_start = text.rfind("\n", 0, t.start)
                abbr = 0  # abbreviated facility words passed ("Reg. Med. Ctr."): they do not count as name words
                while k >= 0 and i - k - abbr <= 3:
                    tk = toks[k]
                    if tk.end > line_start and _abbreviated_facility_word(toks, k):
                        abbr += 1 + (toks[k + 1].text == ".")
                        k -= 1
                        continue
                    if not tk.is_word or tk.low in STOP or tk.low in PLACE_VERBS or tk.low in NOT_PLACES \
                            or tk.low in sl.CLINICAL_TERMS or tk.end <= line_start \
                            or medical_only(tk.low):
                        glue = (tk.text == "." and k > 0 and (toks[k - 1].low in ("st", "mt", "ft")
                                                               or _abbreviated_facility_word(toks, k - 1))) or (
                            tk.text == "-" and k > 0 and toks[k - 1].end == tk.start and tk.end == toks[k + 1].start)
                        if not glue:
                            break
                    k -= 1
                words = [w for q, w in enumerate(toks[k + 1:i], k + 1) if w.is_word
                         and not _abbreviated_facility_word(toks, q)]
                proper = any(_name_evidence(w.low, upper) for w in words) or (
                    len(words) >= 2 and not any(w.low in GENERIC_PLACE_WORDS or medical_only(w.low) or w.low in STOP
                                                or len(w.text) < 2 or _WORD_INFLECTED_END.search(w.low)
                                                for w in words)) or (
                    mode == "mixed" and words and all(w.text[0].isupper() for w in words)
                    and t.text[0].isupper() and not all(w.low in sl.medical_words() for w in words)
                    and not all(w.low in _SITE_RELATIONS for w in words)) or (
                    low in HARD_FACILITY and bool(words) and words[0].low not in GENERIC_PLACE_WORDS
                    and not all(w.low in GENERIC_PLACE_WORDS for w in words)
                    and not any(len(w.text) < 2 or medical_only(w.low) for w in words)) or (
                    # without case, a one-word name that is a US city ("SENT TO FOUNTAIN HOSPICE"): the gazetteer
                    # vouches where no capital can
                    upper and len(words) == 1 and _city_name(words[0].low))
                lower_head = t.text.islower() and line_cased(text, t.start)  # "the memory clinic"
                # in small letters on a line with case, medical words before a head that is also a plain noun are a
                # finding ("the lumbar vertebral body heights are kept"), not an institution's name
                anatomy = lower_head and low not in HARD_FACILITY and all(
                    w.text.islower() and w.low in sl.medical_words() for w in words)
                if words and proper and not anatomy \
                        and not protect.care_kind([w.low for w in words], _CARE_KINDS, lower_head) \
                        and not _field_label(text, words, t):
                    out.append((toks[k + 1].start, t.end, 0.7, "facility"))
            # cities and states (multi-word first)
            cands = self.places.get(low)
            if cands and t.is_word:
                for parts in cands:
                    if i + len(parts) > n or _dash_joined(text, t.start, toks[i + len(parts) - 1].end):
                        continue
                    if all(toks[i + q].low == parts[q] for q in range(len(parts))):
                        end_tok = toks[i + len(parts) - 1]
                        place = " ".join(parts)
                        common = sl.is_common(place) or (len(parts) == 1 and (
                            low in sl.first_names() or low in sl.CLINICAL_TERMS or low in sl.medical_words()))
                        prev = toks[i - 1].low if i else ""
                        cap = upper or t.text[0].isupper() or mode == "lower"
                        if place in self.states:
                            # i2b2 counts states as LOCATION (Safe Harbor does not require them): take a
                            # state in an address or residence context ("Quincy, Maine", "lives in Ohio")
                            nxt_txt = text[end_tok.end:end_tok.end + 8]
                            if prev == "," or _ZIP_AFTER.match(nxt_txt) or (
                                    prev == "in" and i > 1 and toks[i - 2].low in (
                                        "lives", "living", "resides", "reside", "live", "located", "born", "moved")):
                                out.append((t.start, end_tok.end, 0.6, "city_state"))
                            # "U Maryland" names a hospital
                            if prev in ("u", "univ", "university") or (
                                    prev == "of" and i > 1 and toks[i - 2].low in ("university", "univ", "u")):
                                start_tok = toks[i - 1] if prev != "of" else toks[i - 2]
                                out.append((start_tok.start, end_tok.end, 0.7, "facility"))
                        elif not common and (cap or prev in ("in", "of", "from", "to")) and not (
                                upper and len(parts) == 1 and not self._place_position(text, toks, i, end_tok.end)):
                            out.append((t.start, end_tok.end, 0.7, "city_state"))
                        elif common and cap and not medical_only(low) and not upper \
                                and prev in ("in", "of", "from", "near", "to"):
                            out.append((t.start, end_tok.end, 0.55, "city_state"))
                        elif common and upper and prev == "in" and i > 1 and toks[i - 2].low in FACILITY_HEADS \
                                and not medical_only(low):
                            # without case: "IMAGING CENTER IN LIBERTY", a city after an institution and "in"
                            out.append((t.start, end_tok.end, 0.55, "city_state"))
                        elif common and not medical_only(low) and not sl.is_common(place) and (
                                upper or not line_cased(text, t.start)) and (
                                _lived_in(toks, i) or (prev == "and" and lived_city == i - 2)):
                            # without case: "grew up in randolph", "previously lived in jackson and wayne": a city
                            # named by a census name where someone lives or lived, and the next one of its pair
                            out.append((t.start, end_tok.end, 0.55, "city_state"))
                            lived_city = i + len(parts) - 1
                        break
            # "transferred to X", "lives in X", "from X"
            if low in _TO_PLACE and i + 1 < n:
                prev = toks[i - 1].low if i else ""
                k = i + 1
                if toks[k].low == "the" and k + 1 < n:
                    k += 1
                c = toks[k]
                base = c.low.removesuffix("'s")  # "bleeding from Ct's": the vocabularies judge the word itself
                if not c.is_word or c.low in NOT_PLACES or base in NOT_PLACES or c.low in STOP:
                    continue
                if (c.text.isupper() and len(c.text) <= (4 if upper else 5)) or _SHORT_HYPHENATED.match(c.text):
                    continue  # TSICU, A-FIB, C-pap: abbreviations, not places
                verb = prev in PLACE_VERBS or (i > 1 and toks[i - 2].low in PLACE_VERBS)
                if upper and not unknown_word(c.low) and c.low in sl.last_names() and not sl.is_common(c.low) \
                        and (verb or low in ("from", "at", "@")) and not medical_only(c.low) and len(c.low) > 3 \
                        and c.low not in sl.medical_words():  # "DIURESIS FROM FOLEY CATH": an eponym's word
                    out.append((c.start, c.end, 0.55, "place_after_surname"))
                    continue
                if upper and k == i + 1 and (verb or low in ("from", "at", "@")) and _bare_place_name(text, c):
                    out.append((c.start, c.end, 0.55, "place_after_bare"))  # "WENT TO HARBOR ON 3/6"
                    continue
                unknown = not sl.is_known_word(base) and base not in sl.CLINICAL_TERMS and len(c.low) > 2 \
                    and not clinical_value_word(base) and not _kind_of_unit(text, toks, k)
                verb = prev in PLACE_VERBS or (i > 1 and toks[i - 2].low in PLACE_VERBS)
                if (mode == "mixed" and low in ("to", "from", "at", "@") and c.text[:1].isupper()
                        and c.text[1:2].islower() and base not in sl.CLINICAL_TERMS and c.low not in TITLES
                        and (cue := _capital_place_cue(text, toks, k, low, base, verb))
                        and not medical_only(c.low) and not MONTH_DAY.match(c.low)
                        and not sentence_start(text, c.start)):
                    j = k + 1
                    while j < n and toks[j].text[:1].isupper() and toks[j].text[1:2].islower() \
                            and toks[j].low not in sl.CLINICAL_TERMS and j - k < 3:
                        j += 1
                    run = [tk.low for tk in toks[k:j]]
                    if len(run) > 1 and run[-1] in _OBSERVANCES:
                        continue  # "went to Holy Communion": a rite one goes to, no place
                    # not "at the Cancer Center", "at Parkinson's Clinic"; nor a kind's capital before a lower-case
                    # care head ("to the Main emergency room", "to the Urgent clinic")
                    if not protect.care_kind(run, _CARE_KINDS, lower_head=j < n and toks[j].low in _CARE_KINDS
                                             and toks[j].text.islower() and line_cased(text, toks[j].start)):
                        out.append((c.start, toks[j - 1].end, 0.55, f"place_after_capital_{cue}"))
                    continue
                if unknown and (verb or (low in ("from", "at", "@") and not upper and c.text[0].isupper())) \
                        and len(c.low) >= 4 and not any(ch.isdigit() for ch in c.text) and not (
                            k + 1 < n and toks[k + 1].low in _CARE_KINDS
                            and protect.care_kind([c.low], _CARE_KINDS, lower_head=toks[k + 1].text.islower()
                                                  and line_cased(text, c.start))):  # "to the walk-in clinic"
                    end = c.end
                    # "Quartermain 2", "QUARTERMAIN7"
                    mm = _WARD_NUMBER.match(text[end:end + 4])
                    if mm:
                        end += mm.end()
                    out.append((c.start, end, 0.6, "place_after_unknown"))
        return [RecognizerResult(LOCATION, s, e, sc, recognition_metadata={"recognizer_name": self.name,
                                                                           "rule": rule})
                for s, e, sc, rule in out]


# --- Cities joined to a found place (deidfix13, issue 13) -------------------------------------------------------------
# Members of a list share a kind: "lived in Ogden and Temple", "parents live in Enfield and Liberal respectively",
# "FROM BUSHWICK AND WASHINGTON." A city named after a found place and "and"/"or"/"&"/a comma is a place too, though
# alone it is an everyday word ("Temple", "Liberal", "Orange") that no rule takes without a cue. The next member must
# be a gazetteer city (`sl.us_cities`), capitalised where the line has case, no protected or medical-only word, and
# end its item (punctuation, the line's end, "respectively", a preposition or conjunction): "in Boston and
# Jackson-Pratt drain", "Denver and Normal saline" go on past the word, so they stay.
_JOINED_PLACE = re.compile(r"(?:[ \t]*,[ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
                           r"([A-Za-z][A-Za-z'\-]*(?:[ \t]+[A-Za-z][A-Za-z'\-]*){0,2}?)(?![A-Za-z'\-])"
                           r"(?=[ \t]*(?:[.,;)!?]|$|(?:respectively|for|with|where|but|when|at|in|on|to|until|since|"
                           r"before|after|then|last|this|each|both|and|or|x)\b))", I | re.M)
_PLACE_JOINS = 3  # members followed on each found place


def joined_places(text: str, spans: Iterable[tuple[int, int]]) -> list[tuple[int, int]]:
    """Cities joined to the end of a found place (`spans`, the note's LOCATION spans) as the next members of its list
    (see above), up to `_PLACE_JOINS` after each, and care sites' initialisms listed beside a found facility
    (`_joined_initialisms`); none that overlaps a span."""
    taken = sorted(spans)
    out: list[tuple[int, int]] = []
    for start, end in taken:
        pos = end
        for _ in range(_PLACE_JOINS):
            m = _JOINED_PLACE.match(text, pos)
            if m is None or not _joined_city(text, m):
                break
            a, b = m.span(1)
            if any(s < b and a < e for s, e in taken) or any(s < b and a < e for s, e in out):
                break
            out.append((a, b))
            pos = b
        for a, b in _joined_initialisms(text, start, end) + _addressee(text, start, end):
            if not any(s < b and a < e for s, e in taken) and not any(s < b and a < e for s, e in out):
                out.append((a, b))
    return out


# A care site's initialism listed beside a found facility (deidfix62, `facility_layouts`' list layouts): "treated at
# Humphries Hospital and LWC", "records from LGH; Oak Ridge Medical Center". Members of a list share a kind, and a
# facility's head ("... Hospital", "... Estates") says which; the initialism must be one a care site may have
# (`site_initialism`: no everyday, clinical or unit word) and stand alone as its item.
_JOIN_SEP = r"(?:[ \t]*[,;/][ \t]*(?:(?:and|or)[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+)"
# after a bare comma the member must close the list ("Memorial Hospital, NSVD, no complications" is a list of facts)
_JOINED_AFTER = stdre.compile(r"(?:[ \t]*,[ \t]*([A-Za-z]{3,5})(?![\w/&'-])(?=[ \t]*(?:[.;)]|$|(?:and|or)\b))|"
                              r"(?:[ \t]*[;/][ \t]*(?:(?:and|or)[ \t]+)?|[ \t]*,[ \t]*(?:and|or)[ \t]+|"
                              r"[ \t]+(?:and|or|&)[ \t]+)([A-Za-z]{3,5})(?![\w/&'-]))", stdre.I | stdre.M)
_JOINED_BEFORE = stdre.compile(r"(?<![\w/&'-])([A-Za-z]{3,5})" + _JOIN_SEP + r"(?:the[ \t]+)?$", stdre.I)
_SITE_LIST_HEADS = FACILITY_HEADS | {"center", "centre", "health", "healthcare", "system", "estates", "gardens",
                                     "village", "home", "associates", "laboratories", "imaging", "pavilion"}


# Who or what an address is for (deidfix62, `facility_layouts`' letterhead and address layouts): a letterhead's or an
# envelope's name on the line above a street line ("Short Breast Center" over "5410 Hospital Dr"), or before it
# and a comma on its line ("Short Breast Center, 5410 Hospital Dr, ..."). A name there is an institution's or a
# person's, PHI either way; the line must hold nothing but name words (capitalised where the line has case; "&",
# "of", "and", "the" between), none a function, clinical or label word ("Mailing address", "Patient home").
_STREET_START = stdre.compile(r"\d{1,6}[ \t]+[A-Za-z]")
_ADDRESSEE = re.compile(r"[ \t]*(\p{L}[\p{L}'’.&-]*(?:[ \t]+\p{L}[\p{L}'’.&-]*|[ \t]+&){0,5})[ \t]*")
_ADDRESSEE_JOINS = frozenset({"&", "of", "and", "the"})
_ADDRESS_LABELS = frozenset("""address addresses street mailing home residence residential patient patients contact
information info demographics location billing permanent current previous prior send ship line temporary work
business office return to from attn attention care c/o""".split())
_REPORT_WORDS = frozenset("""department dept division service services section report reports note summary record
records unit lab laboratory clinic center centre hospital program form letter consult consultation""".split())


def _addressee(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of the name an address at `start`-`end` (a street line: it opens with a house number) is for:
    on its line before it and a comma, or the whole line above it (see above)."""
    if not _STREET_START.match(text, start, end):
        return []
    line_start = text.rfind("\n", 0, start) + 1
    head = text[line_start:start]
    if head.strip():
        if not head.rstrip().endswith(","):
            return []
        m = _ADDRESSEE.fullmatch(text, line_start, line_start + len(head.rstrip()) - 1)
    elif line_start > 1:
        above = text.rfind("\n", 0, line_start - 1) + 1
        m = _ADDRESSEE.fullmatch(text, above, line_start - 1)
    else:
        return []
    if m is None:
        return []
    words = [w for w in m.group(1).split() if w.lower() not in _ADDRESSEE_JOINS]
    cased = line_cased(text, m.start(1))
    lows = [w.lower().strip(".,'’") for w in words]
    if not words or any(not low or low in STOP or low in _ADDRESS_LABELS or medical_only(low) for low in lows):
        return []
    if cased and not all(w[:1].isupper() for w in words):
        return []
    if all(low in _REPORT_WORDS or low in sl.medical_words() or low in sl.CLINICAL_TERMS or low in protect.areas()
           for low in lows):
        return []  # a report's or a department's title over the patient's address ("SURGICAL PATHOLOGY")
    return [m.span(1)]


def _joined_initialisms(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """(start, end) of a care site's initialism joined right after or right before the facility at `start`-`end`
    (its last word a facility's head), as the next or previous member of its list."""
    found = text[start:end].split()
    if not found or found[-1].lower().strip(".,'’") not in _SITE_LIST_HEADS:
        return []
    out = []
    after = _JOINED_AFTER.match(text, end)
    line_start = text.rfind("\n", 0, start) + 1
    before = _JOINED_BEFORE.search(text, max(line_start, start - 20), start)
    for m, g in ((after, 1 if after is not None and after.group(1) else 2), (before, 1)):
        if m is None:
            continue
        word = m.group(g)
        cased = line_cased(text, m.start(g))
        if (word.isupper() or not cased) and site_initialism(word, word.upper()):
            out.append(m.span(g))
    return out


def _joined_city(text: str, m: re.Match) -> bool:
    words = m.group(1).split()
    low = " ".join(words).lower()
    if low not in sl.us_cities() or any(w.lower() in STOP or w.lower() in protect.protected_words()
                                         or medical_only(w.lower()) for w in words):
        return False
    return not line_cased(text, m.start(1)) or all(w[0].isupper() for w in words)

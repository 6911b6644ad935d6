"""Tabular chart records (issue #13): flowsheets, logs and exports that write identifiers, old ages and places in
cells, under a column's header or after a snake_case key, rather than in the phrases the other recognizers read.

Why a module of its own: a flattened table names what a cell holds once, in its header row or in the cell before
("Accession | Site" over "H26-8812 | colon", "unit KZQ88120", "age_years: 97", "city\tSalem"); the label is far
from the value or in a shape the prose rules do not take. Each class refuses what a chart also writes there:

* **column values (ID / CONTACT)**: a header row (cells split by "|", a tab or two spaces) with an identifier label
  (accession, specimen, serial, S/N, unit or donation number, DIN, barcode, MRN, FIN, CSN, encounter, licence,
  badge) or a pager label (pager, pgr, beeper, Vocera) makes the cells of that column in the rows below identifiers,
  when a cell holds an identifier's shape (four digits or more, no date, time, decimal or measure);
* **short labelled accessions (ID)**: autopsy, necropsy and post-mortem numbers ("A10-35") and a lab number
  ("lab no. 1234X5678"), which the shape rules take only with three digits after the dash;
* **dotted licence values (ID)**: a licence, NPI or badge label before a prefix, a dot and digits ("RN.1234567");
* **prefixed visit numbers (ID)**: ENC-, FIN-, CSN-, HAR-, ACCT- and VN- before six digits or more;
* **equipment and blood-unit codes (ID)**: after "unit" (pump, VAC, monitor or blood unit), letters and five digits
  or more ("unit KZQ88120", "donor unit 23LR55871"); never a count before it ("4 units"), a measure after it, a
  nursing unit ("Unit 4W"); an unlabelled Codabar-era unit number on a blood product's line ("FFP 12 AB 34567");
* **pagers (CONTACT)** in a cell or a key ("| p 4471", "(bpr) 44712", "pager_no=44712", "P:4471"); never a pulse
  (two or three digits) or a measure;
* **ages over 89 (AGE)** after a snake_case age key ("age_years: 97", "pt_age=93"), and in a cell of their own with
  a sex letter, in any case ("| 104 f |", "\t102\tF\t"); never after a temperature's cell ("Temp | 102 F");
* **service lines (CONTACT)**: a seven-digit number after a dispatch, switchboard, operator or transfer-centre word;
* **intersections (LOCATION)**: two capitalised street names after "corner of" / "intersection of" ("corner of Oak
  and Fifth"); never a body's corner ("corner of the mouth");
* **performing laboratories (LOCATION)**: a name ending in laboratory, lab, pathology or diagnostics in a
  "performed at" / "reference lab" field, in any case; never a national laboratory nor a generic one ("Main Lab");
* **ISBT 128 donation numbers (ID)** in their printed shapes: the facility letter and four digits, the year, the
  serial, apart by blanks, dashes, dots or slashes, with flag digits and a check character ("W-0417-26-081234-00-K");
  never an ISBT product code after "unit" ("E0382V00"), nor a lot, REF or NDC string (no facility letter);
* **facility columns and keys (LOCATION)**: a lab's or care facility's name (with its head: labs, pathology
  associates, dialysis centre, nursing home, hospice ...) in a column or after a key naming a place or lab
  ("performing lab", "sent to", "facility", "from", "source"; "Key - value", "Key.... value"); never a body site, a
  nursing unit, a national or generic lab, nor the hospital's own departments ("cath lab", "sleep lab");
* **staff initials (NAME)** in chart positions: a key naming initials ("admin_initials = AB"), a co-signer ("co-sign
  CD"), a timed log cell ("1310 AB | ...", "0200 asleep AB 0300"), a signer closing a line after a dash ("- AB/CD
  (double check)"), a pharmacist by role ("RPh AB"), the nurse after "MD notified"; each judged by `initials_class`,
  a timed log's cells a row at a time (one group that is initials by itself vouches for the row's others);
  a series of marks closing a line or cell ("q15 checks: AB CD EF", "3/4 AB  3/5 CD", "AB 1800, CD 2315"), two
  marks proving it, or one where each is dated or timed;
* **cities (LOCATION)** in a city field ("city: Surprise", "CITY\tMentor") and at the ends of a transport or
  courier route ("pickup X -> destination Y", "route X to Y", "transferred from X by air"): a gazetteer city, the
  whole of it, capitalised where the line has case.
"""

from __future__ import annotations

import re as stdre

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.age import _TEMPERATURE
from cancerprep.stages.deid.recognizers.base import (
    AGE,
    CONTACT,
    ID,
    LOCATION,
    NAME,
    Folded,
    Gated,
    Lined,
    RegexFolded,
    SpansRecognizer,
    finditer,
)
from cancerprep.stages.deid.recognizers.context import UNIT_AFTER, line_bounds, line_cased
from cancerprep.stages.deid.recognizers.initials_class import INIT, LETTER, UNITS, initials_ok, number_before
from cancerprep.stages.deid.recognizers.tables import table_columns
from cancerprep.stages.deid.recognizers.words import STOP

CHARTS = "ChartTablesRecognizer"
I = re.I  # noqa: E741

# ---- column headers ---------------------------------------------------------------------------------------------
_MARKER = r"(?:[ \t]*(?:\#|no\.?|number|num|id|code))"
# labels that head identifiers alone, and those that do only with a number marker ("Unit" alone heads a nursing
# unit's column, "Case" a case's description, "Lab" a test)
_ID_HEADER = re.compile(
    rf"(?:(?:accession|specimen|container|barcode|serial|s/n|sn|donation|din|isbt|mrn|fin|csn|har|encounter|"
    rf"account|acct|licen[cs]e|badge|npi|autopsy|empi|requisition){_MARKER}?|"
    rf"(?:acc|spec|tube|unit|bag|enc|lic|employee|case|lab|blood[ \t]+unit|donor[ \t]+unit|visit|mr|med[ \t]*rec|"
    rf"medical[ \t]+record|chart|pt|patient|hosp(?:ital)?|req|order|segment|seg|donor|cassette|slide){_MARKER})\.?",
    I)
# a column naming where a test was done or a record came from: its cells are places when they hold a facility's name
_PLACE_HEADER = re.compile(
    r"(?:performed[ \t]+at|performing[ \t]+(?:lab(?:oratory)?|site|location|facility)|reference[ \t]+lab(?:oratory)?|"
    r"send[ \t-]?out[ \t]+(?:lab(?:oratory)?|to)|sent[ \t]+to|resulted[ \t]+at|testing[ \t]+(?:lab|site)|"
    r"(?:outside|referring|origin(?:ating)?|source|receiving)?[ \t]*(?:facility|lab(?:oratory)?|site|location)|"
    r"from|source|origin|received[ \t]+from|drawn[ \t]+at|collected[ \t]+at|records[ \t]+from)\.?", I)
_PAGER_HEADER = re.compile(r"(?:pager|pgr|pg|beeper|bleep|bleeper|vocera|ext|extension)"
                           r"(?:[ \t]*(?:\#|no\.?|number))?\.?", I)
_DIGIT = re.compile(r"\d")
# an identifier's shape in a cell: four digits or more among letters, digits, dashes and spaced digit groups; never
# a date, a time or a decimal
_CELL_ID = re.compile(r"(?=(?:[^\d]*\d){4})[A-Za-z0-9](?:[A-Za-z0-9\-.]|[ \t](?=\d))*")
_NOT_CELL_ID = re.compile(r"\d{1,4}[/-]\d{1,2}[/-]\d{2,4}|\d{1,2}:\d{2}|\d+\.\d+$|\d{4}-\d{2}-\d{2}")

# ---- labelled values --------------------------------------------------------------------------------------------
_NUM_END = r"(?![\w/.,:-]*\d)(?![\w'’-])"
# (gated on its label's last word and number marker, which no PhysioNet dev note holds; the caller's look-up of "no",
# "#", "num" or "id" let nine notes in ten through)
_SHORT_ACCESSION = Gated(Folded(r"(?:autopsy|necropsy|mortem|lab)[ \t]*(?:#|no|num|id)"), re.compile(
    rf"\b(?:autopsy|necropsy|post[ \t-]?mortem|(?:reference[ \t]+|send[ \t-]?out[ \t]+)?lab)"
    rf"[ \t]*(?:\#|no\.?|number|num|id)[ \t]*[:#]?[ \t]*"
    rf"((?=(?:[^\d\s]*\d){{4}})[A-Z]{{0,3}}\d{{1,5}}[A-Z]{{0,2}}-?\d{{1,7}}){_NUM_END}", I))
# an accession after its short label ("Accn 26-004412", "acsn: 26:M:4412"): four digits or more, no date or time
_ACCN = re.compile(
    r"\b(?:accn|acsn|accession|acc)\.?[ \t]*(?:\#|no\.?|number|id)?[ \t]*[:#=]?[ \t]*"
    r"((?=(?:[^\d\s]*\d){4})[A-Z0-9][A-Z0-9:/-]*[A-Z0-9])(?![\w:/.-])", I)
# (gated on its value's letter, dot and four digits, `RegexFolded`: the caller's look-up of a dot passes every note)
_DOTTED_LICENCE = Gated(RegexFolded(r"[a-z]\.[0-9]{4}"), re.compile(
    r"\b(?:licen[cs]e|lic|npi|badge|employee|registration|cert(?:ificate)?)\.?[ \t]*(?:\#|no\.?|number)?[ \t]*"
    r"[:#]?[ \t]*([A-Z]{1,5}\.\d{4,10})(?![\w.-])", I))
# (gated on its six digits, searched by `regex` as `RegexFolded` does: 2 of 1,450 PhysioNet dev notes hold six in a row,
# where the prefixes' search was tried at every letter)
_VISIT_PREFIX = Gated(RegexFolded(r"[0-9]{6}"),
                      re.compile(r"(?<![\w-])((?:ENC|FIN|CSN|HAR|ACCT|VN|VIS)[-#]?\d{6,12})(?![\w-])", I))
_UNIT_CODE = re.compile(
    r"(?<!\d[ \t]{0,2})\bunit(?:[ \t]*(?:\#|no\.?|number|id))?[ \t]*[:#=]?[ \t]*"
    r"((?=[A-Z0-9]*[A-Z])(?=(?:[A-Z]*\d){5})[A-Z0-9]{6,14}|\d{2}[ \t][A-Z]{1,3}[ \t]\d{5,6})(?![\w-])", I)
# a Codabar-era blood unit number, unlabelled, on a blood product's line: two digits, one to three letters, five or
# six digits ("23LR55871", "23 LR 55871")
# (gated on its five digits in a row, `RegexFolded`: 12 of 1,450 PhysioNet dev notes hold them)
_CODABAR = Gated(RegexFolded(r"[0-9]{5}"), re.compile(r"(?<![\w-])(\d{2}[ \t]?[A-Z]{1,3}[ \t]?\d{5,6})(?![\w-])"))
# an ISBT 128 donation identification number as labels and eye-readable prints write it: the collecting
# facility's letter and four digits, the year's two digits and a six-digit serial, apart by blanks, dashes, dots or
# slashes, the letter itself set apart ("W 0417 26 081234", "W-0417-26-081234", "w0417.26.081234"), then its flag
# digits and boxed check character if printed; the compact and blank-spaced forms are `ward_forms`'s
_DIN_SEP = r"(?:[ \t]?[-./][ \t]?|[ \t])"
# (gated on the digit groups alone: every match holds them; a letter before four digits, once asked as well, is in
# nearly every note)
# (the gate's first digit written alone, "\d\d{3}" for "\d{4}": the same strings, and a search opening with a class
# skips to its characters where a repeat was tried at every one)
_DIN = Gated(stdre.compile(r"\d\d{3}[ \t./-]{1,3}\d\d[ \t./-]{1,3}\d{6}"), re.compile(
    rf"(?<![\w-])=?([A-Z]{_DIN_SEP}?\d{{4}}{_DIN_SEP}\d{{2}}{_DIN_SEP}\d{{6}}"
    rf"(?:{_DIN_SEP}\d{{2}}(?:{_DIN_SEP}[A-Z0-9*])?(?![\w*]))?)(?![\w/-]*\d)", I))
# an ISBT 128 product code (what the bag holds, shared by every bag of its kind): "E0382V00", "E4498A00"
_PRODUCT_CODE = re.compile(r"[EFS]\d{4}[A-Z0-9]\d{2}|[EFS]\d{4}[A-Z0-9]{3}", I)
_MEASURES = frozenset({"lb", "lbs", "kg", "g", "mg", "mcg", "ml", "cc", "u", "iu", "x", "h", "hr", "am", "pm"})
_BLOOD_LINE = re.compile(r"\b(?:prbcs?|rbcs?|ffp|plasma|platelets?|plts?|cryo\w*|blood|transfus\w*|abo|crossmatch\w*|"
                         r"x-?match|donor|donation|component|product|issued|hung|bags?|segments?|irradiated|"
                         r"leukoreduced)\b", I)
# a pager in a cell or a key: "| p 4471", "(pgr) 44712", "pager=44712", "bpr 4471", "pager (nights): 4471",
# "P:4471"; the bare "p" only opening a cell or glued to its colon or dot, with four or five digits (a pulse has two
# or three)
_PAGER = re.compile(
    r"(?:\b(?:pager|pgr|pg|bpr|beeper)(?:_?(?:no|num|number|id))?\)?(?:[ \t]*\([^)\n\d]{1,20}\))?|"
    r"(?:^|[|\t])[ \t]*\(?p\)?|\bp[.:](?=[ \t]?\d))"
    r"[ \t]*[:#=]?[ \t]*(\d{4,5}|\d-\d{4}|\d{2}-\d{3})(?![\w/:.,-])", I | re.M)
# What every `_PAGER` match holds, asked of the lower-cased ASCII note before the rule is searched (`_pager_may_occur`):
# one of its words ("pgr" holds "pg"), or its "p" before the number, at a line or cell start or as "p." / "p:". Why:
# the rule opens with a word list and "^", so `regex` tries it at every character of every note (~80 us a PhysioNet
# note), while 2% of notes hold one of these.
_PAGER_WORDS = ("pager", "pg", "bpr", "beeper")
_PAGER_P = stdre.compile(r"[\n|\t][ \t]*\(?p\)?[ \t]*[:#=]?[ \t]*\d|p[.:][ \t]?\d")
_PAGER_P_AT_START = stdre.compile(r"[ \t]*\(?p\)?[ \t]*[:#=]?[ \t]*\d")


def _pager_may_occur(text: str, low: str) -> bool:
    """False only when the ASCII note (`low`: in lower case) holds nothing every `_PAGER` match holds; a note with other
    characters is always searched."""
    return (not text.isascii() or any(map(low.__contains__, _PAGER_WORDS)) or _PAGER_P.search(low) is not None
            or _PAGER_P_AT_START.match(low) is not None)

# ---- service lines and intersections ----------------------------------------------------------------------------
# a hospital service's seven-digit line: "transport dispatch 555-0142", "switchboard: 555.0100"
# (gated on its number's digit groups, `RegexFolded`: 3% of PhysioNet dev notes hold them)
_SERVICE_LINE = Gated(RegexFolded(r"[0-9]{3}[-.][0-9]{4}"), re.compile(
    r"\b(?:dispatch|dispatcher|switchboard|operator|answering[ \t]+service|command[ \t]+cent(?:er|re)|"
    r"transfer[ \t]+cent(?:er|re)|bed[ \t]+board|security[ \t]+desk)"
    r"[ \t]*(?:line|desk|phone|no\.?|#)?[ \t]*[:#=]?[ \t]*"
    r"(\d{3}[-.]\d{4})(?![\w.-]*\d)", I))
# an intersection after "corner of" / "intersection of": two capitalised street names joined by "and", "&" or "/"
_CORNER = re.compile(
    r"\b(?:corner|intersection|junction)[ \t]+of[ \t]+"
    r"((?-i:[A-Z][a-z'’.]+)(?:[ \t]+(?-i:[A-Z][a-z'’.]+))?[ \t]*(?:and|&|/)[ \t]*(?-i:[A-Z][a-z'’.]+)"
    r"(?:[ \t]+(?-i:[A-Z][a-z'’.]+))?)", I)

# ---- performing laboratories -------------------------------------------------------------------------------------
# a performing or reference laboratory's field, its value a name ending in a laboratory's head ("Performed at:
# tri-county reference laboratory"); a national laboratory (policy keeps those) and a generic one ("main lab") stay
# a laboratory's or a care facility's name: one to four words, then its head ("Halvorsen Labs", "pinecrest dialysis
# center", "Ashcombe Diagnostic Laboratories")
_FACILITY_HEAD = (r"pathology[ \t]+(?:associates|group)|radiology(?:[ \t]+associates)?|"
                  r"(?:reference[ \t]+)?(?:laborator(?:y|ies)|labs?|pathology|diagnostics)|"
                  r"(?:dialysis|imaging|infusion|kidney|cancer|surgery|surgical|wound|urgent[ \t]+care|blood)[ \t]+"
                  r"(?:cent(?:er|re)|clinic|services)|nursing[ \t]+(?:home|(?:and|&)[ \t]+rehab\w*)|hospice|"
                  r"rehab(?:ilitation)?[ \t]+(?:cent(?:er|re)|hospital)|skilled[ \t]+nursing(?:[ \t]+facility)?")
_FACILITY_NAME = rf"(?:[A-Za-z][A-Za-z'’&.-]*[ \t]+){{1,4}}(?:{_FACILITY_HEAD})"
_LAB_FIELD = re.compile(
    r"\b(?:performed[ \t]+(?:at|by)|performing[ \t]+(?:lab(?:oratory)?|site|location)|reference[ \t]+lab(?:oratory)?|"
    r"send[ \t-]?out[ \t]+(?:lab(?:oratory)?|to)|resulted[ \t]+(?:at|by)|tested[ \t]+at|sent[ \t]+to|"
    r"lab(?:oratory)?[ \t]+(?:location|site|name)|testing[ \t]+(?:lab(?:oratory)?|site)|processing[ \t]+lab|"
    r"(?:outside|referring|external)[ \t]+lab(?:oratory)?)"
    r"[ \t]*(?:(?:[:|=\t]|[ \t]-|\.{2,})[ \t]*|[ \t])"
    rf"({_FACILITY_NAME})\b", I)
# a facility's name filling a cell, an address or a CLIA number after a comma left out
_FACILITY_CELL = re.compile(rf"({_FACILITY_NAME})(?:[ \t]*[,(].*)?", I)
_LAB_NOT = frozenset({"quest", "arup", "labcorp", "mayo", "neogenomics", "foundation", "caris", "tempus", "guardant",
                      "myriad", "bioreference", "sonic", "esoterix", "genoptix", "natera", "invitae", "exact", "the",
                      "our", "main", "core", "central", "hospital", "hospital's", "outside", "in-house", "house",
                      "clinical", "reference", "chemistry", "hematology", "micro", "microbiology", "surgical",
                      "anatomic", "molecular", "cytogenetics", "state", "public", "this", "a", "an", "stat", "point",
                      "satellite", "clinic", "office", "same", "local", "send-out", "sendout",
                      # a hospital's own departments ("sent to cath lab", "sleep lab"), never a place of its own
                      "cath", "catheterization", "cardiac", "cardiology", "sleep", "vascular", "echo", "endoscopy",
                      "gi", "ep", "pft", "pulmonary", "motility", "noninvasive", "non-invasive", "path", "pathology",
                      "blood", "histology", "cytology", "radiology", "imaging", "nuclear", "ir", "interventional",
                      "infusion", "dialysis", "wound", "surgery", "cancer", "kidney", "urgent", "frozen",
                      "special", "physiology", "research", "tissue", "bone", "neuro", "eeg", "emg", "ekg", "ecg"})

# ---- ages -------------------------------------------------------------------------------------------------------
_AGE = r"(?:9\d|1[01]\d)"
_AGE_KEY = re.compile(rf"(?<![A-Za-z])(?:(?:pt|patient|subj)_)?age(?:_(?:in_)?(?:years|yrs|yr|y))?[ \t]*[:=][ \t]*"
                      rf"({_AGE})(?![\d.])", I)
_AGE_CELL = re.compile(rf"(?:^|[|\t])[ \t]*({_AGE})(?:[ \t]*|[ \t]*[|\t][ \t]*)(?:m|f|male|female)[ \t]*(?=[|\t]|$)",
                       I | re.M)

# ---- cities -----------------------------------------------------------------------------------------------------
_PLACE = r"([A-Za-z][A-Za-z'’.-]*(?:[ \t]+[A-Za-z][A-Za-z'’.-]*){0,2}?)"
_CITY_FIELD = re.compile(rf"\bcity(?:[ \t]*(?:of[ \t]+residence|name))?(?:[ \t]*[:=][ \t]*|\t[ \t]*|[ \t]+){_PLACE}"
                         rf"(?=[ \t]*(?:[,;|\t]|$|[ \t](?:zip|state|county)\b))", I | re.M)
_ROUTE_LINE = re.compile(r"\b(?:transport|courier|route|pick[ \t-]?up|destination|dispatch|ambulance|EMS|by[ \t]+air|"
                         r"flight|transferred|transfer|shuttle|driver|drop[ \t-]?off)\b", I)
# the same words in lower case: asked of the lower-cased note first (`Folded`), and the lines searched for a route's
# ends (`Lined`; only a line holding one of them keeps its ends)
_ROUTE_WORDS = (r"\b(?:transport|courier|route|pick[ \t-]?up|destination|dispatch|ambulance|ems|"
                r"by[ \t]+air|flight|transferred|transfer|shuttle|driver|drop[ \t-]?off)\b")
_ROUTE_GATE = Folded(_ROUTE_WORDS)
_ROUTE_END = Lined(_ROUTE_WORDS, re.compile(
    rf"\b(?:pick[ \t-]?up|origin|destination|dest|drop[ \t-]?off|route|from|to)[ \t]*:?[ \t]+{_PLACE}"
    rf"(?=[ \t]*(?:->|→|[,;|\t]|$)|[ \t]+(?:to|by|via|and|per|at)\b)", I | re.M))
_ROUTE_NOT = frozenset({"the", "a", "an", "home", "floor", "unit", "room", "bed", "er", "ed", "or", "icu", "pacu",
                        "radiology", "lab", "pharmacy", "dialysis", "clinic", "hospital", "snf", "rehab", "hospice",
                        "here", "there", "us", "pt", "patient"})


# ---- initials in chart positions ----------------------------------------------------------------------------------
# (a group of two or three letters, `initials_class.INIT`, judged by `initials_class.initials_ok` at the position's
# level)
_CLOCK = r"(?<![\d:./-])(?:[01]\d|2[0-3]):?[0-5]\d(?![\d:])"
_IN_CLOSE = r"(?=[ \t]*(?:[;,|)]|$)|[ \t]{2,}|\t)"
# a key naming initials, snake_case or spaced, then one group or two: "admin_initials = AB; witness_initials = CD",
# "2-RN check initials: AB CD", "RN init - AB/CD"
_INITIALS_KEY = Gated(Folded(r"init"), re.compile(
    rf"(?i)(?<![a-z])init(?:ial)?s?(?![a-z])[ \t]*(?::|=|[ \t]-|\.{{2,}})[ \t]*(?-i:({INIT}))"
    rf"(?:[ \t]*(?:[/,&]|[ \t])[ \t]*(?-i:({INIT})))?{_IN_CLOSE}", re.M))
# a co-signer after "co-sign" without a colon: "- AB / co-sign CD", "cosigned EF"
_COSIGN = Gated(Folded(r"co-?sign"), re.compile(
    rf"(?i)\bco-?sign(?:ed|er)?(?:[ \t]+by)?[ \t]*[:=-]?[ \t]*(?-i:({INIT})){_IN_CLOSE}", re.M))
# a timed log cell: a time, a status or none, the initials, then the next time, a cell's bar or the line's end
# ("start 1310 AB | end 1545 CD", "0200 asleep AB 0300 asleep AB", "pump check 2000 ok AB"), or a comma or semicolon
# ("sep") in a row of two cells or more ("epi 04:14 AB, 04:17 AB", "given 0412 AB; morphine 0415 CD"). The status
# is a status word in any case, or one or two words in small letters ("0100 up in chair AB"): a log's statuses are
# open-ended, and small letters set them apart from the capitals of a mark on a line with case; never a stop word
# ("at 1500 and AB 2100" is prose), and such a cell is judged by itself, never vouched for by its row
_TIMED_CELL = Gated(re.compile(rf"{_CLOCK}[ \t]+{LETTER}"), re.compile(
    rf"{_CLOCK}(?:[ \t]+(?:ok|okay|asleep|awake|calm|safe|resting|sleeping|quiet|held|given|done|checked|verified|"
    rf"intact|patent|wnl|infusing|running|restrained|released|toileted|repositioned|turned|fed|refused)"
    rf"|(?P<free>(?:[ \t]+(?-i:\p{{Ll}}{{2,12}})){{1,2}}))?"
    rf"[ \t]+(?P<init>{INIT})(?=[ \t]+{_CLOCK}|[ \t]*\||[ \t]*$|[ \t]*(?P<sep>[;,]))", re.M | I))
# a signer closing a log line after a dash (a double hyphen or an em dash too), one group or a pair, then the line's
# end, a bracketed note or a co-signer ("flushed 10 mL NS - AB", "- AB/CD (independent double check)", "-- AB / co-sign
# CD")
_DASH_SIGNER = Gated(re.compile(rf"[ \t]-?[-–—][ \t]+{LETTER}{{2,3}}(?![\w'’-])"), re.compile(
    rf"[ \t]-?[-–—][ \t]+({INIT})(?:[ \t]*/[ \t]*({INIT}))?"
    rf"(?=[ \t]*$|[ \t]*\((?i:[^)\n]*(?:check|verif|witness|sign|count))|[ \t]*/[ \t]*(?i:co-?sign))", re.M))
# a pharmacist by role and initials ("returned to pharmacy - RPh AB"); a provider made aware, then the nurse's
# initials closing the line ("MD notified AB")
# (searched only on the lines holding a pharmacist's or notice's word, `Lined`: the words are in a fifth of the notes)
_ROLE_SIGNER = Lined(r"rph|pharmd|pharmacist|notified|aware|paged", re.compile(
    rf"(?i)(?:\b(?:rph|pharmd|pharmacist)|\b(?:md|np|pa|provider|physician|resident|team|charge[ \t]+rn)[ \t]+"
    rf"(?:notified|aware|made[ \t]+aware|paged))[ \t]*[,:-]?[ \t]*(?-i:({INIT}))[ \t.]*$", re.M))


def _timed_rows(text: str, out: list[tuple[int, int, str, float]]) -> None:
    """The groups of timed log cells, judged a row at a time: a row of two cells or more where one group is initials
    by itself (`initials_ok` "signed") proves a signing log ("0000 AB 0015 AB 0030 ER", "0600 AT 1400 DA 2200 held"),
    so the others there are judged as after a label, and an all-capitals group on a line with case may even be a
    short word or a measure's letters ("AT", "NS"; never a measure after a number). A row where no group proves
    itself stays at "signed": a schedule of tests ("0800 CT 1000 EEG 1400 US") signs nothing."""
    rows: dict[int, list[re.Match]] = {}
    for m in finditer(_TIMED_CELL, text):
        if m.group("free") and any(w.lower() in STOP for w in m.group("free").split()):
            continue  # a status is a content word; "1500 and QVX 2100" is prose between two times
        rows.setdefault(line_bounds(text, m.start())[0], []).append(m)
    for row in rows.values():
        cased = line_cased(text, row[0].start())
        if len(row) == 1 and row[0].group("sep"):
            continue  # a group before a comma is a cell only beside another ("0800 HR, BP stable" is prose)
        judged = [initials_ok(m.group("init"), cased, "signed", number_before(text, m.start("init"))) for m in row]
        signing = len(row) > 1 and any(judged)
        for m, ok in zip(row, judged, strict=True):
            letters = m.group("init")
            if not ok and signing and not m.group("free"):
                ok = initials_ok(letters, cased, "label", number_before(text, m.start("init"))) or (
                    cased and letters.isupper() and letters.lower() not in UNITS)
            if ok:
                out.append((m.start("init"), m.end("init"), NAME, 0.65))


# a series of marks closing a line or cell: after a label's colon, a bar, a tab or at the line's start, groups apart
# by spaces, commas or slashes, each maybe dated before ("3/4 AB  3/5 CD") or timed after ("AB 1800, CD 2315")
_DATE_CELL = r"(?<![\d/])[01]?\d/[0-3]?\d(?:/\d{2,4})?"
_SERIES_ITEM = rf"(?:(?P<date>{_DATE_CELL})[ \t]+)?(?P<init>{INIT})(?:[ \t]+(?P<time>{_CLOCK}))?"
# Searched only on the lines whose anchor shows the series' last two groups closing the line or a cell, each as the
# pattern has them (the one before maybe timed, the last maybe dated and timed; never led by a letter: a line's start,
# a separator or a date stands before each group). Why: two short groups apart by a space ("of the") are in nearly
# every note, so a gate of two groups let the pattern run on all of them; a line or cell closing with two is rare.
_MARK_SERIES = Lined(
    r"(?m)(?<![a-z])[a-z]{2,3}(?![\w'-])(?:[ \t]+[0-9]{2}:?[0-9]{2})?(?:[ \t]*[,;/][ \t]*|[ \t]+)"
    r"(?:[0-9]{1,2}/[0-9]{1,2}(?:/[0-9]{2,4})?[ \t]+)?[a-z]{2,3}(?![\w'-])(?:[ \t]+[0-9]{2}:?[0-9]{2})?"
    r"[ \t]*(?:\.[ \t]*)?(?:$|\||\t)", re.compile(
    rf"(?:^|(?<=[:|\t]))[ \t]*{_SERIES_ITEM}(?:(?:[ \t]*[,;/][ \t]*|[ \t]+){_SERIES_ITEM})+[ \t]*\.?"
    rf"(?=[ \t]*(?:$|\||\t))", re.M))


def _mark_series(text: str, out: list[tuple[int, int, str, float]]) -> None:
    """Marks in a series: three groups or more (two where each is dated or timed) closing a line or cell. The series
    signs a log ("q15 checks: AB CD EF GH", "3/4 AB  3/5 CD", "AB 1800, CD 2315") where two of its groups are
    initials by themselves (`initials_ok` at "act": no clinical abbreviation, on a line with case), and then its other
    groups are judged as after a label; a list of findings or services ("ROS: CV GI GU", "Dx: DM HTN CAD") proves
    nothing."""
    for m in finditer(_MARK_SERIES, text):
        groups = list(zip(m.starts("init"), m.ends("init"), m.captures("init"), strict=True))
        stamped = len(m.captures("date")) + len(m.captures("time"))
        if len(groups) < 3 and stamped < len(groups):
            continue
        cased = line_cased(text, m.start("init"))
        # every group dated or timed: a log's cells, one group that signs by itself vouches as in a timed row
        level, most = ("signed", 1) if stamped == len(groups) else ("act", 2)
        proven = [initials_ok(g, cased, level, number_before(text, a)) for a, _, g in groups]
        if sum(proven) < most:
            continue
        for (a, b, g), ok in zip(groups, proven, strict=True):
            if ok or initials_ok(g, cased, "label", number_before(text, a)) or (
                    level == "signed" and cased and g.isupper() and g.lower() not in UNITS):
                out.append((a, b, NAME, 0.65))


def _initials(text: str, out: list[tuple[int, int, str, float]]) -> None:
    # (a chart grid's initials columns and signature legends are `initials_positions`'s, the one reader of both)
    _timed_rows(text, out)
    _mark_series(text, out)
    for rx, groups, level in ((_INITIALS_KEY, (1, 2), "label"), (_COSIGN, (1,), "label"),
                              (_DASH_SIGNER, (1, 2), "signed"), (_ROLE_SIGNER, (1,), "signed")):
        for m in finditer(rx, text):
            # one group alone closing a line after a dash may be a device or a test ("drain - JP"): weaker
            alone = rx is _DASH_SIGNER and not m.group(2) and text[m.end():m.end() + 80].lstrip(" \t")[:1] in ("", "\n")
            for g in groups:
                if not m.group(g):
                    continue
                a = m.start(g)
                if initials_ok(m.group(g), line_cased(text, a), "act" if alone else level, number_before(text, a)):
                    out.append((a, m.end(g), NAME, 0.65))


class ChartTablesRecognizer(SpansRecognizer):
    """Identifiers, pagers, old ages and cities in the cells and keys of tabular chart records (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(CHARTS, [ID, CONTACT, AGE, LOCATION, NAME], chart_spans)


def chart_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, entity, score) of every class in `text` (the module doc lists them)."""
    out: list[tuple[int, int, str, float]] = []
    low = text.lower()
    if "\t" in text or "|" in text or "  " in text:
        _columns(text, out)
    if "," in text:
        _columns(text, out, csv=True)
    _labelled(text, low, out)
    for rx, kind in ((_SERVICE_LINE, CONTACT), (_CORNER, LOCATION)):
        for m in finditer(rx, text):
            out.append((m.start(1), m.end(1), kind, 0.7))
    if any(w in low for w in ("lab", "patholog", "diagnostic", "cent", "clinic", "nursing", "hospice", "rehab",
                              "radiolog", "services")):
        for m in finditer(_LAB_FIELD, text):
            if _facility_ok(m.group(1)):
                out.append((m.start(1), m.end(1), LOCATION, 0.7))
    if "age" in low or "\t" in text or "|" in text:
        _ages(text, out)
    if "city" in low or (not _ROUTE_GATE.absent(text) and _ROUTE_LINE.search(text)):
        _cities(text, out)
    _initials(text, out)
    return out


def _header(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """{column: kind} of a header row's identifier and pager labels; a header holds labels only, no digit (the rows
    below hold the values)."""
    kinds: dict[int, str] = {}
    if _DIGIT.search(line):
        return kinds
    for k, (a, b) in enumerate(cells):
        cell = line[a:b]
        if _ID_HEADER.fullmatch(cell):
            kinds[k] = ID
        elif _PAGER_HEADER.fullmatch(cell):
            kinds[k] = CONTACT
        elif _PLACE_HEADER.fullmatch(cell):
            kinds[k] = LOCATION
    return kinds


def _columns(text: str, out: list[tuple[int, int, str, float]], csv: bool = False) -> None:
    """The cells under a header cell that is an identifier's or a pager's label, in the rows below it (until a
    blank line or a row with another number of cells); with `csv`, a comma-separated export's (deidfix52)."""
    for a, b, kind in table_columns(text, _header, csv=csv):
        value = text[a:b]
        if kind == LOCATION:
            m = _FACILITY_CELL.fullmatch(value)
            if m and _facility_ok(m.group(1)):
                out.append((a + m.start(1), a + m.end(1), LOCATION, 0.7))
        elif _CELL_ID.fullmatch(value) and not _NOT_CELL_ID.search(value):
            out.append((a, b, kind, 0.75))


_PHRASE_WORDS = frozenset({"to", "the", "for", "in", "into", "with", "from", "at", "by", "a", "an", "on", "was", "were",
                           "is", "are", "then", "this", "that", "sent", "fresh", "specimen", "specimens", "sample"})


def _facility_ok(name: str) -> bool:
    """A facility's name, not a national or generic lab nor a phrase ("sent to specimen fresh to the lab"): its
    first word not one of `_LAB_NOT`, no function word among its words."""
    words = [w.lower() for w in name.split()]
    return words[0] not in _LAB_NOT and not _PHRASE_WORDS.intersection(words)


def _labelled(text: str, low: str, out: list[tuple[int, int, str, float]]) -> None:
    if "no" in low or "#" in low or "num" in low or "id" in low:
        for m in finditer(_SHORT_ACCESSION, text):
            out.append((m.start(1), m.end(1), ID, 0.75))
    if "acc" in low or "acsn" in low:
        for m in finditer(_ACCN, text):
            if not _NOT_CELL_ID.search(m.group(1)):
                out.append((m.start(1), m.end(1), ID, 0.75))
    if "." in text:
        for m in finditer(_DOTTED_LICENCE, text):
            out.append((m.start(1), m.end(1), ID, 0.8))
    for m in finditer(_VISIT_PREFIX, text):
        out.append((m.start(1), m.end(1), ID, 0.75))
    if "unit" in low:
        for m in finditer(_UNIT_CODE, text):
            if not UNIT_AFTER.match(text, m.end(1)) and not _PRODUCT_CODE.fullmatch(m.group(1)):
                out.append((m.start(1), m.end(1), ID, 0.75))
    for m in finditer(_DIN, text):
        out.append((m.start(1), m.end(1), ID, 0.8))
    for m in finditer(_CODABAR, text):
        a, b = line_bounds(text, m.start())
        letters = "".join(c for c in m.group(1) if c.isalpha()).lower()
        if letters not in _MEASURES and _BLOOD_LINE.search(text, a, b):
            out.append((m.start(1), m.end(1), ID, 0.7))
    for m in finditer(_PAGER, text) if _pager_may_occur(text, low) else ():
        if not UNIT_AFTER.match(text, m.end(1)):
            out.append((m.start(1), m.end(1), CONTACT, 0.75))


def _ages(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for m in finditer(_AGE_KEY, text):
        out.append((m.start(1), m.end(1), AGE, 0.8))
    for m in finditer(_AGE_CELL, text):
        a, _ = line_bounds(text, m.start(1))
        before = text[a:m.start(1)].rstrip(" \t|")
        last_cell = re.split(r"[|\t]", before)[-1].strip()
        if not _TEMPERATURE.search(last_cell + " ") and not _TEMPERATURE.search(last_cell):
            out.append((m.start(1), m.end(1), AGE, 0.75))


def _city(text: str, m: re.Match, cased: bool) -> tuple[int, int] | None:
    """The longest leading run of the match's words that is a gazetteer city, capitalised where the line has case."""
    words = list(re.finditer(r"[A-Za-z][A-Za-z'’.-]*", m.group(1)))
    for n in range(len(words), 0, -1):
        name = " ".join(w.group() for w in words[:n])
        low = name.lower().rstrip(".")
        if low in _ROUTE_NOT or low not in sl.us_cities():
            continue
        if cased and not all(w.group()[:1].isupper() for w in words[:n]):
            continue
        if n < len(words):
            continue  # the field holds more than a city: not this class
        return m.start(1) + words[0].start(), m.start(1) + words[n - 1].end()
    return None


def _cities(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for m in finditer(_CITY_FIELD, text):
        span = _city(text, m, line_cased(text, m.start(1)))
        if span:
            out.append((*span, LOCATION, 0.7))
    for m in finditer(_ROUTE_END, text):
        a, b = line_bounds(text, m.start())
        if not _ROUTE_LINE.search(text, a, b):
            continue
        span = _city(text, m, line_cased(text, m.start(1)))
        if span:
            out.append((*span, LOCATION, 0.65))

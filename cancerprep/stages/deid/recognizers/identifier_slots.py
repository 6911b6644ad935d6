"""Identifiers by slot and shape (issue 13): a value that looks like a number of something, in a place that says
"this is a number of something".

Why a module of its own: the identifier rules (`ids`, `chart_tables`) name their labels and shapes one by one, so
a check form that prints a known kind of number under an unnamed label ("Pouch ID", "Record locator"), in another
layout (dot leaders, a bracketed key, JSON or XML fields, a value on the line under its label, a log column) or in
another shape (hex groups, year-letter accessions, underscores) went unmarked although every part of it says
"identifier". Generated variation (benchmarks/quality/id_variation.py, held-out labels, layouts and shapes) measures
the class. Here two halves of evidence must meet:

* **the slot**: a label of up to four words whose last word (or the word before a number marker "#", "no.",
  "number", "id", "code") is a noun of identification or of a numbered thing (`_HEADS`: accession, specimen, case,
  unit, serial, member, policy, claim, order, requisition, barcode, tracking, ticket, locator, voucher, ...), then
  a separator (":", "#", "=", "-", "->", ",", "|", a tab, dot leaders, "/", a JSON colon, a closing bracket, the
  label's bracketed abbreviation) or a line break ("slip#4471" needs none); the same label as a table header cell or
  a comma-separated header (its column); an XML tag or a snake_case key ending in such a word; a bracketed label
  after the value ("T25-30417 (accession)");
* **the value** (`value_ok`): a token, or groups joined by "-", "/", "." or single spaces, that holds at least five
  digits, or letters and at least four digits, or letters and two digits over seven characters or more.

A second class (deidfix41, from `id_variation --lab`): **a lab's case number under the name of the section that made
it** ("Bone marrow BM25-0412", "Cytogenetics: 24:G:1187", "GI path (S/24/118)", a "Hematopathology" column). The
section (`_SECTIONS`: pathology and its branches, cytology, cytogenetics, FISH, flow, histology, microbiology, bone
marrow, frozen section, autopsy, biopsy, outside slides; or an accession, specimen or case word) is the slot, right
before the value with at most a case word, a number marker and a separator between; and the value must have a
pathology case's own shape (`_CASE_VALUE`): section letters with a two- or four-digit year and a serial of 3-6 digits
("SP-25-771", "S2025-1234", "S/24/118", "B18 9075"), or the year first ("24-S-1234", "24:S:1234").

Refusals (`value_ok`, `label_ok`): labels that name a code the policy keeps or a thing shared by many people (ICD,
CPT, LOINC, NDC, HCPCS, SNOMED, diagnosis/procedure/billing codes, lot, BIN, PCN, group, CLIA, model, catalogue, gate
and door codes, ZIP, room, bed, phone and fax), labels holding a function word (prose: "a sample 2000-calorie ..."),
and values that are dates, times, decimals and ranges, blood pressures, a number joined to a word ("18-gauge"), a
number before a unit of measure, LOINC-like "12345-6", HCPCS-like "J9035", ICD-like "C50.911", gene variants
("L858R"), TNM stages, cycle labels, month-years, and a redactor's placeholders ("123456", "ABCD1234").
"""

from __future__ import annotations

import re as stdre
from collections.abc import Iterator
from itertools import pairwise

import regex as re

from cancerprep.stages.deid.recognizers.base import ID, SpansRecognizer, WordAnchored, anchor_lines, lowered
from cancerprep.stages.deid.recognizers.context import UNIT_AFTER
from cancerprep.stages.deid.recognizers.tables import table_columns

IDENTIFIER_SLOTS = "IdentifierSlotsRecognizer"

# Nouns of identification, and things a number is given to; a label ends in one of them.
_HEADS = (r"accession|accn|acc|specimen|spec|case|unit|serial|s/n|member|mbr|policy|insurance|insured|medicare|"
          r"medicaid|mbi|hicn|claim|order|requisition|req|"
          r"barcode|bar[ \t]+code|tracking|ticket|locator|voucher|confirmation|conf|authori[sz]ation|auth|"
          r"reference|ref|registration|enrol?lment|subject|participant|donation|din|isbt|container|tube|bag|"
          r"pouch|aliquot|cassette|slide|block|sample|kit|shipment|waybill|grant|application|cardholder|card|"
          r"subscriber|beneficiary|certificate|licen[cs]e|permit|badge|employee|wristband|armband|band|label|"
          r"record|account|acct|encounter|visit|transaction|invoice|receipt|tag|identifier|id|no|nbr|num|number|"
          r"code|key|\#")
_MARKER = r"(?:\#|no\.?|nbr\.?|num\.?|number|id|code)"
# A label word: letters, with dots, an apostrophe or a hyphen inside ("Acc.", "pre-auth").
_WORD = r"[A-Za-z][A-Za-z.'’\-]*"
# A label: up to three words before the head (spaces or underscores between), an optional number marker, then a
# separator; the label starts a line or follows a field's punctuation.
_PLURAL = r"(?:s|\(s\))?"
_LABEL = (rf"((?:{_WORD}[ \t_]+){{0,3}}?(?:{_HEADS}){_PLURAL}\.?(?:[ \t_]*{_MARKER}{_PLURAL}\.?)?)")
_SEP = r"(?:[ \t]*(?:\.{2,}|->|=>|[:#=|/–,~>]|-(?!\d)|\]|\)|[\"']?[ \t]*:[ \t]*[\"']?)[ \t]*|[ \t]*\n[ \t]*|[ \t]+)"
# The value: a token with a digit, or digit-bearing groups joined by -, /, . or single spaces.
_VALUE = (r"((?=[A-Za-z0-9_\-/.]*\d)[A-Za-z0-9][A-Za-z0-9_]*(?:[\-/.][A-Za-z0-9_]+)*"
          r"(?:[ ](?=[A-Za-z]{0,2}\d)[A-Za-z0-9]+(?:[\-/.][A-Za-z0-9]+)*){0,3})(?![A-Za-z0-9%])")
# The slot is found from its head (a scan from every line start and separator with the label words first cost
# ~1.2 s per 1,000 notes; from the head, a tenth): the head, marker, separator and value here, the label words
# before the head by `_LABEL_BEFORE` on the line's text before it.
# the label's abbreviation in brackets after it ("Medicare Beneficiary Identifier (MBI): ...")
_ABBR = r"(?:[ \t]*\([ \t]*[A-Za-z][A-Za-z.\#]{0,7}[ \t]*\))?"
# (a number sign may close a word, "slip#", and needs no separator after it: "slip#4471")
_CORE = re.compile(rf"(?i)((?:(?<![A-Za-z0-9])(?:{_HEADS})|(?<=[A-Za-z.])\#){_PLURAL}\.?"
                   rf"(?:[ \t_]*{_MARKER}{_PLURAL}\.?)?){_ABBR}[\"']?(?:{_SEP}|(?<=\#)){_VALUE}")
# where a head may start (every start, overlaps included): a stdlib search over the lower-cased note, ten times the
# speed of the case-insensitive `regex` scan; `_CORE` is then matched at each start
_HEAD_START = stdre.compile(rf"(?<![a-z0-9])(?=(?:{_HEADS}))|(?<=[a-z.])(?=\#)")
# The same starts found from the note's runs of word characters (`base.WordAnchored.starts`): a head opens a run, and
# the run is the head, a plural "s", a number marker and its "s" ("caseno", "tubeids"): after them comes a separator,
# a bracket, a quote or a blank, never a letter or digit; plus every "#". Why: `_HEAD_START` is a zero-width search
# that stdlib `re` tries at every character, and the run look-up costs a fraction. A run joins "_" to its letters
# ("case_acc") where the head's lookbehind does not, so a note holding "_" is searched as before.
_MARKER_WORDS = ("", "no", "nbr", "num", "number", "id", "code")


def _variants(head: str) -> list[str]:
    """The spellings of one `_HEADS` branch up to its first blank or slash ("licen[cs]e": licence, license)."""
    head = re.split(r"\[ \\t\]|/", head)[0]
    m = re.search(r"\[([a-z]+)\]|([a-z])\?", head)
    if m is None:
        return [head]
    options = list(m.group(1)) if m.group(1) else [m.group(2), ""]
    return [v for o in options for v in _variants(head[:m.start()] + o + head[m.end():])]


_HEAD_RUNS = WordAnchored({v + s1 + k + (s2 if k else "") for h in _HEADS.split("|") if h != r"\#" for v in _variants(h)
                           for s1 in ("", "s") for k in _MARKER_WORDS for s2 in ("", "s")}, _CORE)


def _head_starts(low: str) -> list[int]:
    """Every place `_HEAD_START` finds in the lower-cased ASCII note without "_", and more (`_CORE` is tried there)."""
    places = list(_HEAD_RUNS.starts(low))
    i = low.find("#")
    while i != -1:
        places.append(i)
        i = low.find("#", i + 1)
    return sorted(set(places))
# the words before a head back to the nearest field start (a line start, "|", ";", ",", a bracket, a quote, a tab,
# two spaces), fewest first: "Time  Tube #" is the label "Tube #"
_LABEL_BEFORE = tuple(re.compile(rf"(?:^|(?<=[|;,{{(\[<\t\"])|(?<=[ \t]{{2}}))[ \t]*[\[\"']?[ \t]*"
                                 rf"((?:{_WORD}[ \t_]*){{{k}}})$") for k in range(4))
# a value before its label in brackets ("S24-1234 (accession)"): the bracketed label, found on the lower-cased note
_PAREN_LABEL = stdre.compile(rf"\([ \t]*((?:[a-z][a-z.'\-]*[ \t]+){{0,3}}(?:{_HEADS}){_PLURAL}\.?"
                             rf"(?:[ \t]*{_MARKER}\.?)?)[ \t]*\)")
_VALUE_BEFORE = re.compile(rf"(?<![A-Za-z0-9\-/.]){_VALUE}[ \t]*$")
# a comma-separated export: a header line of labels (no digit) and the rows of its count of cells below it
_CSV_SEP = re.compile(r"[ \t]*,[ \t]*")
# XML-like fields: a tag ending in a head word ("<tubeno>", "<case_accession>").
_XML = re.compile(rf"(?i)<([A-Za-z_]*?(?:{_HEADS}))>[ \t]*{_VALUE}[ \t]*</\1>")
_HEAD_CELL = re.compile(rf"(?i)[\[\"']?{_LABEL}[\"']?[ \t]*:?")

# Label words that name a code the policy keeps, a thing many people share, or a way to reach someone.
_SAFE_QUALIFIERS = frozenset((
    "icd", "icd-10", "icd10", "icd-9", "icd9", "icd-o", "cpt", "loinc", "ndc", "hcpcs", "snomed", "dx", "diagnosis",
    "diagnostic", "procedure", "billing", "charge", "revenue", "drg", "gate", "door", "lock", "lockbox", "keypad",
    "alarm", "product", "drug", "lot", "batch", "bin", "rxbin", "pcn", "rxpcn", "group", "grp", "rxgrp", "clia",
    "model", "catalog", "catalogue", "cat", "part", "zip", "postal", "area", "room", "bed", "phone", "fax", "pager",
    "tel", "telephone", "callback", "call-back", "mobile", "contact", "cell", "ext", "extension", "color", "colour",
    "test", "panel", "status", "step", "stage", "grade", "cycle",
    "dose", "version", "page", "line", "level", "ward", "floor", "code-status", "resuscitation", "wifi", "tax",
    "fda", "dea-schedule", "schedule", "icd-code", "sequence", "priority", "triage", "acuity", "trauma",
    "blue", "red", "pink", "gray", "grey", "stroke", "rapid", "response", "full", "dnr", "dni", "pin", "access",
    "promo", "discount", "coupon", "count", "time", "date", "hour", "cpt-code", "modifier", "pos", "place",
    "service", "type", "isolation", "call", "dial", "short", "tumor", "tumour", "protocol", "study", "trial", "nct",
    "irb", "arm", "cohort", "visit-type", "order-set", "orderset", "set", "panel-code", "result", "value"))
# Heads too plain to stand without a number marker ("Unit: 4 West", "Case: 2 of 3", "Order: ondansetron"): they
# need a marker, a qualifier before them, or a value of an identifier's length.
_PLAIN_HEADS = frozenset(("case", "unit", "order", "sample", "label", "card", "record", "visit", "block", "slide",
                          "tag", "band", "key", "code", "kit", "bag", "tube", "subject", "application", "reference",
                          "ref", "spec", "acc", "req", "conf", "auth", "no", "num", "nbr", "number", "id"))

# Lab sections whose case numbers they write after their name (see the module doc).
_SECTIONS = (r"(?:surgical|outside|heme|hemato|derm(?:ato)?|neuro|gi|renal|molecular|gyn|cyto|oral|ortho|breast|"
             r"thoracic|liver|skin|soft[ \t]+tissue)?[ \t]*path(?:ology)?|hematopath(?:ology)?|dermpath|neuropath|"
             r"cytology|cyto|non-?gyn|cytogenetics|karyotype|fish|flow(?:[ \t]+cytometry)?|histology|histo|"
             r"micro(?:biology)?|molecular|bone[ \t]+marrow|marrow|frozen(?:[ \t]+section)?|autopsy|post[ \t-]?mortem|"
             r"(?:core|renal|liver|skin|marrow|outside)?[ \t]*(?:biopsy|bx)|outside[ \t]+slides|slides|consult|"
             r"accession|accn|acc|specimen|spec|case")
_SECTION_BEFORE = re.compile(rf"(?i)(?<![A-Za-z])(?:{_SECTIONS})(?:[ \t]+(?:case|specimen|accession|acc|report|"
                             rf"no\.?|number|nbr|\#))*[ \t]*(?:[:#=|(\[/–-]|\.{{2,}})?[ \t]*$")
# A pathology case's shape: letters, a year (2 or 4 digits), a serial; or the year, letters, a serial.
_CASE_VALUE = re.compile(
    r"(?i)(?<![\w/:.\-])([a-z]{1,3}-?(?:\d{2}|(?:19|20)\d{2})-\d{3,6}|[a-z]{1,3}/\d{2}/\d{3,6}|"
    r"[a-z]{1,3}\d{2}[ ]\d{4,6}|\d{2}-[a-z]{1,3}-\d{3,6}|\d{2}:[a-z]{1,3}:\d{3,6})(?![\w/:.\-]|[ \t]*%)")
_CASE_GATE = stdre.compile(r"\d\d[-/: ]|[-:][a-z]{1,3}[-:]\d", stdre.I)
# What every lab-section case number holds, asked of the lower-cased ASCII note before `_CASE_GATE`
# (`_cases_may_occur`): the value's letters beside its year digits (each `_CASE_VALUE` shape), and a word of a lab
# section (the substring every `_SECTIONS` branch holds: "path", "cyto", "gyn", "bx", "acc", "spec", "case", ...),
# which both the section before the value and a section column's header must hold. Why: `_CASE_GATE` passes 80% of
# PhysioNet notes and the case scan it opens tries a lookbehind at every character; 11% hold both of these.
# (written to open on its two digits, which the stdlib skips along to, the letter before them asked behind: opening on
# the letter, it was tried at every letter of a note, ~60 ns each)
_CASE_SHAPE = stdre.compile(r"\d\d(?:(?<=[a-z]\d\d)|(?<=[a-z]-\d\d)|(?<=[a-z]/\d\d)|[-:][a-z])")
_SECTION_CORES = ("path", "cyto", "gyn", "karyotype", "fish", "flow", "histo", "micro", "molecular", "marrow", "frozen",
                  "autopsy", "mortem", "biopsy", "bx", "slides", "consult", "acc", "spec", "case")
_SECTION_CELL = re.compile(rf"(?i)[ \t]*(?:{_SECTIONS})(?:[ \t]+(?:case|specimen|accession|acc|no\.?|number|\#))*"
                           r"[ \t]*:?[ \t]*")

_DATE = re.compile(r"\d{1,4}[/\-.]\d{1,2}[/\-.]\d{2,4}|\d{1,2}[/\-. ]?(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|"
                   r"dec)[a-z]*[/\-. ]?\d{2,4}|\d{4}-\d{2}-\d{2}", re.I)
_TIME = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?")
# a measurement's decimal ("138.5", "0.01"); a number of something may hold a dot between longer groups or after a
# letter ("M25.10047", "2025.10047")
_DECIMAL = re.compile(r"(?<![\w.])\d{1,6}\.\d{1,3}(?![\w.])")
_BP = re.compile(r"\d{2,3}/\d{2,3}")
_LOINC = re.compile(r"\d{1,5}-\d")
_HCPCS = re.compile(r"[A-Va-v]\d{4}")
_ICD = re.compile(r"[A-TV-Za-tv-z]\d[0-9A-Za-z]\.[0-9A-Za-z]{1,4}")
_VARIANT = re.compile(r"[A-Z]\d{1,4}(?:[A-Z*]|fs\*?\d*|del|dup|ins[A-Z]*)", re.I)
_TNM = re.compile(r"(?:[pcyr]{1,2})?T(?:[0-4]|is|x)[a-d]?\d?(?:[pcy]?N[0-3x][a-c]?)?(?:[pcy]?M[01x][a-c]?)?", re.I)
_CYCLE = re.compile(r"C\d{1,2}D\d{1,2}", re.I)
_MONTH_YEAR = re.compile(r"(?:19|20)\d\d[/\-](?:0?[1-9]|1[0-2])|(?:0?[1-9]|1[0-2])[/\-](?:19|20)\d\d")
# a number joined to a word of measure or kind ("2000-calorie", "18-gauge", "5-year")
_COMPOUND = re.compile(r"\d+-[a-z]{3,}", re.I)
_SAFE_SHAPES = (_BP, _LOINC, _HCPCS, _ICD, _VARIANT, _TNM, _CYCLE, _MONTH_YEAR, _COMPOUND)
# function words: a label holding one is a phrase of prose ("a sample 2000-...", "the case 12345 ...")
_FUNCTION = frozenset(("a", "an", "the", "this", "that", "these", "his", "her", "their", "its", "per", "with", "was",
                       "is", "are", "and", "or", "in", "on", "at", "for", "to", "from", "by", "of", "as", "each"))


_RUN = re.compile(r"\d+|[A-Za-z]+")


def placeholder(value: str) -> bool:
    """A redactor's placeholder ("123456", "ABCD1234", "12345-67890"): every run of digits or letters counts up by
    one from its first character, four or more long. No one is identified by it, and transcriptions are full of them."""
    runs = _RUN.findall(value.upper())
    return bool(runs) and all(len(r) >= 4 and all(ord(b) - ord(a) == 1 or a + b == "90" for a, b in pairwise(r))
                              for r in runs)


def value_ok(value: str) -> bool:
    """A value of an identifier's shape, not a date, time, measurement or a code the policy keeps (module doc)."""
    digits = sum(c.isdigit() for c in value)
    letters = sum(c.isalpha() for c in value)
    alnum = digits + letters
    if not (digits >= 5 or (letters and digits >= 4) or (letters and digits >= 2 and alnum >= 7)):
        return False
    if any(rx.search(value) for rx in (_DATE, _TIME, _DECIMAL)):
        return False
    return not any(rx.fullmatch(value) for rx in _SAFE_SHAPES) and not placeholder(value)


def label_ok(label: str, value: str) -> bool:
    """A label that names a number of something, not a kept code, a shared number or a way to reach someone."""
    words = [w for w in re.split(r"[ \t_#:./]+", label.lower()) if w]
    if not words or any(w.strip(".'’-") in _SAFE_QUALIFIERS or w in _FUNCTION for w in words):
        return False
    head = words[-1].strip(".").removesuffix("(s)")
    if head not in _PLAIN_HEADS and head.endswith("s") and head[:-1] in _PLAIN_HEADS:
        head = head[:-1]  # a plural head ("IDs", "cases") is its singular
    if len(words) == 1 and head in _PLAIN_HEADS and "#" not in label:
        # a plain head alone: only a value no measurement or count shares (five digits and a letter or a dash, or
        # eight characters)
        digits = sum(c.isdigit() for c in value)
        return digits >= 5 and (len(value) >= 8 or any(c.isalpha() or c in "-/" for c in value))
    return True


def _add(text: str, a: int, b: int, out: list[tuple[int, int, str, float]]) -> None:
    if not UNIT_AFTER.match(text, b):
        out.append((a, b, ID, 0.75))


def _header(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """{column: label} of a header row's identifier labels (a header holds no digit)."""
    if _has_digit(line):
        return {}
    cols = {}
    for k, (a, b) in enumerate(cells):
        m = _HEAD_CELL.fullmatch(line[a:b])
        if m:
            cols[k] = m.group(1)
    return cols


def _slots(text: str) -> Iterator[re.Match]:
    """`_CORE.finditer(text)`, tried only where a head starts on an ASCII note (same matches, module doc)."""
    if not text.isascii():
        yield from _CORE.finditer(text)
        return
    low = lowered(text)
    end = 0
    for h in _head_starts(low) if "_" not in low else (h.start() for h in _HEAD_START.finditer(low)):
        if h < end:
            continue
        m = _CORE.match(text, h)
        if m:
            end = m.end()
            yield m


def identifier_slot_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, ID, score) of every identifier-shaped value in an identifier's slot (module doc)."""
    out: list[tuple[int, int, str, float]] = []
    for m in _slots(text):
        value = m.group(2)
        if not value_ok(value):
            continue
        before = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
        words = next((w.group(1) for rx in _LABEL_BEFORE if (w := rx.search(before))), None)
        if words is not None and label_ok(words + m.group(1), value):
            _add(text, m.start(2), m.end(2), out)
    if "<" in text:
        for m in _XML.finditer(text):
            if value_ok(m.group(2)) and label_ok(m.group(1).replace("_", " "), m.group(2)):
                _add(text, m.start(2), m.end(2), out)
    if "\t" in text or "|" in text or "  " in text:
        for a, b, label in table_columns(text, _header):
            value = text[a:b]
            if value_ok(value) and label_ok(label, value):
                _add(text, a, b, out)
    if "(" in text and text.isascii():
        for p in _PAREN_LABEL.finditer(lowered(text)):
            line_start = text.rfind("\n", 0, p.start()) + 1
            m = _VALUE_BEFORE.search(text, line_start, p.start())
            if m and value_ok(m.group(1)) and label_ok(p.group(1), m.group(1)):
                _add(text, m.start(1), m.end(1), out)
    if text.count(",") >= 2:
        _csv(text, out)
    if _cases_may_occur(text) and _CASE_GATE.search(text):
        _section_cases(text, out)
    return sorted(set(out))


def _cases_may_occur(text: str) -> bool:
    """False only when the ASCII note lacks a case number's shape or every lab section's word (`_CASE_SHAPE`,
    `_SECTION_CORES`); a note with other characters is always searched."""
    if not text.isascii():
        return True
    low = lowered(text)
    return any(map(low.__contains__, _SECTION_CORES)) and _CASE_SHAPE.search(low) is not None


def _section_header(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """{column: "section"} of a header row's lab-section cells (a header holds no digit)."""
    if _has_digit(line):
        return {}
    return {k: "section" for k, (a, b) in enumerate(cells) if _SECTION_CELL.fullmatch(line[a:b])}


def _section_cases(text: str, out: list[tuple[int, int, str, float]]) -> None:
    """Pathology case numbers right after a lab section's name, or in a column under it (module doc)."""
    for m in _case_values(text):
        line_start = text.rfind("\n", 0, m.start()) + 1
        if _SECTION_BEFORE.search(text[max(line_start, m.start() - 60):m.start()]) and not _DATE.fullmatch(m.group(1)):
            _add(text, m.start(1), m.end(1), out)
    if "\t" in text or "|" in text or "  " in text:
        for a, b, _ in table_columns(text, _section_header):
            if _CASE_VALUE.fullmatch(text[a:b]) and not _DATE.fullmatch(text[a:b]):
                _add(text, a, b, out)  # (an XML field is also a "<key>" slot: one span)


def _case_values(text: str) -> Iterator[re.Match]:
    """`_CASE_VALUE.finditer(text)`, searched on an ASCII note only on the lines holding a case number's shape and a
    lab section's word (`_CASE_SHAPE`, `_SECTION_CORES`). Why: the case-blind scan opening with a look behind costs
    ~0.3 ms on a note that passes the note's gates; a value never crosses a line, and one on a line without a
    section's word is refused (its section must stand before it on its line), so the values kept are the same."""
    if not text.isascii():
        yield from _CASE_VALUE.finditer(text)
        return
    low = lowered(text)
    for start, end in anchor_lines(_CASE_SHAPE, low):
        line = low[start:end]
        if any(map(line.__contains__, _SECTION_CORES)):
            yield from _CASE_VALUE.finditer(text, start, end)


_ASCII_DIGIT = stdre.compile(r"[0-9]")


def _has_digit(line: str) -> bool:
    """`any(c.isdigit() for c in line)`, an ASCII line asked by one search (where `str.isdigit` is "0"-"9")."""
    return _ASCII_DIGIT.search(line) is not None if line.isascii() else any(c.isdigit() for c in line)


def _csv(text: str, out: list[tuple[int, int, str, float]]) -> None:
    """The cells under an identifier's label in a comma-separated header line (no digit), in the rows below it
    with as many cells."""
    lines = text.split("\n")
    offsets = [0]
    for line in lines:
        offsets.append(offsets[-1] + len(line) + 1)
    for i, line in enumerate(lines[:-1]):
        if line.count(",") < 2 or _has_digit(line):
            continue
        cells = _CSV_SEP.split(line.strip())
        cols = {k: m.group(1) for k, c in enumerate(cells) if (m := _HEAD_CELL.fullmatch(c))}
        if not cols:
            continue
        for j in range(i + 1, len(lines)):
            row = lines[j]
            if not row.strip() or row.count(",") != line.count(","):
                break
            pos, spans = 0, []
            for sep in _CSV_SEP.finditer(row):
                spans.append((pos, sep.start()))
                pos = sep.end()
            spans.append((pos, len(row.rstrip())))
            for k, label in cols.items():
                a, b = spans[k]
                a += len(row[a:b]) - len(row[a:b].lstrip())
                value = row[a:b]
                if value and value_ok(value) and label_ok(label, value):
                    _add(text, offsets[j] + a, offsets[j] + b, out)


class IdentifierSlotsRecognizer(SpansRecognizer):
    """Identifier-shaped values in identifier slots (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(IDENTIFIER_SLOTS, [ID], identifier_slot_spans)

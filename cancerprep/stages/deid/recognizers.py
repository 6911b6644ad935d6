"""Clinical PHI recognizers for Presidio (i2b2 2014 categories, HIPAA Safe Harbor identifiers).

Every recognizer is a Presidio `EntityRecognizer` registered in a
`RecognizerRegistry` by `build_registry`. They are deliberately rule- and
vocabulary-based: clinical notes are ~30% ALL CAPS and full of abbreviations,
where general-purpose NER both misses names and flags "CAD" as an organisation.
Precision comes from context (titles, relations, prepositions, facility words)
and from the safe lists in `safelist`; recall from generic patterns, never from
lists of particular people or places seen in development data.

Regexes use the `regex` module with a per-call timeout (`deadline`), so a
pathological note raises `TimeoutError` instead of hanging a worker.
"""

from __future__ import annotations

import contextvars
import time
from collections.abc import Callable, Iterable
from typing import Any

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerRegistry, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from cancerprep.stages.deid import safelist as sl

NAME, DATE, AGE, CONTACT, ID, LOCATION = "NAME", "DATE", "AGE", "CONTACT", "ID", "LOCATION"
ENTITIES = (NAME, DATE, AGE, CONTACT, ID, LOCATION, "PROFESSION")

# Absolute time.monotonic() deadline for the note being analysed (set by the engine).
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("deid_deadline", default=None)


def set_deadline(deadline: float | None) -> contextvars.Token:
    return _deadline.set(deadline)


def _timeout() -> float | None:
    d = _deadline.get()
    if d is None:
        return None
    left = d - time.monotonic()
    if left <= 0:
        raise TimeoutError("de-identification deadline exceeded")
    return left


def finditer(pattern: re.Pattern, text: str, pos: int = 0) -> Iterable[re.Match]:
    return pattern.finditer(text, pos, timeout=_timeout())


I = re.IGNORECASE  # noqa: E741
MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
ORD = r"(?:st|nd|rd|th)?"


class RegexRecognizer(EntityRecognizer):
    """A Presidio recognizer over a list of (regex, group, score, validator) rules.

    Like `PatternRecognizer`, but a rule can report one capture group and a
    validator sees the whole text around the match (context), which clinical
    dates and numbers need (a year vs a time of day vs a lab value).
    """

    Rule = tuple[re.Pattern, int, float, Callable[[str, re.Match], bool] | None]

    def __init__(self, entity: str, name: str, rules: list[Rule]):
        self.rules = rules
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def load(self) -> None:
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        out = []
        entity = self.supported_entities[0]
        for pattern, group, score, valid in self.rules:
            for m in finditer(pattern, text):
                s, e = m.span(group)
                if s == e or (valid is not None and not valid(text, m)):
                    continue
                out.append(RecognizerResult(entity, s, e, score,
                                            recognition_metadata={"recognizer_name": self.name}))
        return out


def _before(text: str, m: re.Match, n: int = 12) -> str:
    return text[max(0, m.start() - n):m.start()].lower()


def _after(text: str, m: re.Match, n: int = 12) -> str:
    return text[m.end():m.end() + n].lower()


# -- dates -------------------------------------------------------------------------------------
_UNIT_AFTER = re.compile(r"[ \t]*(?:%|(?:mg|mcg|ml|cc|u|units?|hrs?|h|min|mmhg|kg|lbs?|meq|mm|cm|x|gm?|grams?|bags?|"
                         r"amps?|tabs?|puffs?|"
                         r"am|pm|beats|bpm|mins?|minutes|hours|yo|yr)\b|a\.m|p\.m|y/o)", I)
_TIME_BEFORE = re.compile(r"(?:at|@|~|approx\.?|around|until|till|by|from|to|-|->|>|between|and|"
                          r"since|after|before|q)\s*$", I)
_YEAR_CONTEXT = re.compile(r"(?:in|since|year|of|circa|s/p|dx|dx'd|diagnosed|mi|cabg|redo|avr|mvr|quit|stopped|"
                           r"cva|ptca|repair|pacer|stent|ablation|is|until|'|,|\()\s*$", I)


def _not_fraction(text: str, m: re.Match) -> bool:
    """Reject lab/vent values (7.36/25/119, 600/14/5), ratios and doses around an M/D match."""
    before = text[max(0, m.start() - 1):m.start()]
    after = text[m.end():m.end() + 2]
    if (before and (before.isdigit() or before in "./")) or (after[:1] in "/." and after[1:2].isdigit()):
        return False
    if before == ":" and text[max(0, m.start() - 2):m.start() - 1].isdigit():  # 12:30/...
        return False
    if after[:1].isdigit():
        return False
    if _UNIT_AFTER.match(text, m.end()) and not re.match(r"\s*(?:a\.?m|p\.?m)\b", text[m.end():], I):
        return False
    return not re.search(r"\b(?:bp|b/p|pressure|ratio|i:e|x|strength|ns|dose|tab|map|psv|ps|cpap|peep|"
                         r"simv|imv|vent|settings|bipap|rate|tv|grade|strength)\s*$",
                         text[max(0, m.start() - 10):m.start()], I)


_PAIN = re.compile(r"\b(?:pain|cp|angina|discomfort|ache|scale|ha|headache)\b", I)
_VENT_AFTER = re.compile(r"[ \t,]*(?:bi-?pap|cpap|peep|ps\b|psv|w/?\s*sats|fio2|c\s+good)", I)
_FRACTIONS = {"1/2", "1/3", "2/3", "1/4", "3/4", "5/5"}
# vent settings (PSV 10/5), pain scores (5/10), hemodynamics (co/ci 5/3) just before a number pair
_SETTING_BEFORE = re.compile(r"\b(?:cpap|bi-?pap|psv?|peep|flow-?by|simv|ips|settings|pain|c/o|co/ci|"
                             r"strength|str|mask(?:\s+ventilation)?|on\s+ps|trial)\b[^\n\d]{0,10}$", I)


def _valid_month_day(text: str, m: re.Match) -> bool:
    if not _not_fraction(text, m):
        return False
    value = m.group(0)
    dated_word = re.search(r"\b(?:on|visit|seen|received|diagnosed|dated|since|from|until|collected|admitted|"
                           r"discharged|of)\s*:?\s*$", text[max(0, m.start() - 12):m.start()], I)
    pain_score = value.endswith("/10") and int(value.split("/")[0]) <= 10 and bool(
        _SETTING_BEFORE.search(text[max(0, m.start() - 30):m.start()]))
    if (value in _FRACTIONS and (not dated_word or value == "5/5")) or pain_score:
        return False
    dated = re.search(r"\b(?:on|since|from|until|dated)\s*$", text[max(0, m.start() - 8):m.start()], I)
    if _SETTING_BEFORE.search(text[max(0, m.start() - 30):m.start()]) and not dated:
        return False
    near = text[max(0, m.start() - 25):m.end() + 25]
    num, den = value.split("/")[0], value.split("/")[1]
    if den == "10" and int(num) <= 10 and _PAIN.search(near):
        return False
    if _VENT_AFTER.match(text, m.end()) or (re.search(r"\b(?:cpap|bi-?pap|psv|simv)\b",
                                                      text[max(0, m.start() - 30):m.start()], I) and not re.search(
            r"(?:on|since|from|placed|until|extubated|intubated|dated)\s*$", text[max(0, m.start() - 12):m.start()],
            I)):
        return False
    if den == "6" and (text[m.start() - 1:m.start()] == "+" or re.match(r"\s*(?:sem|murmur|hsm)", text[m.end():], I)):
        return False
    if re.match(r"'?s\b", text[m.end():]):
        return False
    if re.search(r"\d\s*-\s*$", text[max(0, m.start() - 3):m.start()]) or re.match(r"-\d", text[m.end():]):
        return False  # a range: 4-6/2-4
    word_after = text[m.end():m.end() + 12].lower()
    # "1/2 NS", "1/2 strength", "2/3 of"
    return not re.match(r"\s*(?:ns|strength|tab|of\b|way|gallon|cup|dose|amp)", word_after)


def _hyphen_date_end(text: str, m: re.Match) -> bool:
    """'on 7-8 for coiling' is a date, 'on 4-5 L NC' and 'from 2-4 units' are ranges."""
    return bool(re.match(r"[ \t]*(?:[.,;:)\n]|$|(?:for|at|and|with|when|to|by|pt|he|she|am|pm)\b)",
                         text[m.end():m.end() + 8], I))


def _valid_year4(text: str, m: re.Match) -> bool:
    year = int(m.group(1)[:4])
    if _UNIT_AFTER.match(text, m.end()) or re.match(r"\s*(?:-|->|to)\s*\d{3,4}", text[m.end():]):
        return False
    before = text[max(0, m.start() - 12):m.start()]
    if 1960 <= year <= 1999:  # cannot be a time of day (minutes > 59)
        return not re.search(r"(?:-|->|>)\s*$", before)
    if _TIME_BEFORE.search(before):
        return False
    if year <= 2059 and re.search(r"[,(]\s*$", before):  # ", 2000 c/o" is a time of day
        return False
    return bool(_YEAR_CONTEXT.search(before)) or bool(re.match(r"\s*[,)\]]", text[m.end():]))


def _valid_year2(text: str, m: re.Match) -> bool:
    if _UNIT_AFTER.match(text, m.end()) or text[m.end():m.end() + 1].isdigit():
        return False
    # HOB 30', x 30', walked 20' (feet/minutes)
    return not re.search(r"(?:hob|x|for|q|over|walked|ambulated|amb|feet|ft|head|bed|elevated|at|~|\d\s*-)\s*$",
                         text[max(0, m.start() - 10):m.start()], I)


def date_recognizer() -> RegexRecognizer:
    r = re.compile
    rules: list[RegexRecognizer.Rule] = [
        # 2092-07-22, 2092/07/22
        (r(r"\b(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b"), 0, 0.95, None),
        # 7/22/92, 07-22-2092, 3-24-17, 8.21.02
        (r(r"(?<![\d/.])(?:0?[1-9]|1[0-2])([-/.])(?:0?[1-9]|[12]\d|3[01])\1(?:\d{4}|\d{2})(?![\d/])"),
         0, 0.95, _not_fraction),
        # 7/22, 10/03/10/04 (pairs), 8/87 (month/2-digit year), 3/02, 6/1987
        (r(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:\d{4}|\d{1,2})(?![\d])"), 0, 0.85, _valid_month_day),
        # July 22nd, 22-Jul, 21 Apr, July 22, 1992, nov, 96, March of 1993, Sept '92
        (r(rf"\b(?:(?:\d{{1,2}}){ORD}[\s\-]*(?:of\s+)?)?{MONTHS}\b\.?(?:[\s\-]*\d{{1,2}}{ORD}\b)?"
           rf"(?:,?[\s\-]*(?:of\s+)?'?(?:\d{{4}}|\d{{2}})\b)?", I), 0, 0.8, _valid_month_word),
        # years: 1992, 1980s, 2004
        (r(r"(?<![\d.:/$#])((?:19|20)\d{2})(?:'?s)?\b(?![.:/]\d)", I), 0, 0.7, _valid_year4),
        # "on 7-8", "since 10-2": month-day with a hyphen after a date preposition
        (r(r"\b(?:on|since|from|until|till|dated)[ \t]+((?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]))\b(?![-/.]?\d)",
           I), 1, 0.7, _hyphen_date_end),
        # 11/21.93: month/day.year
        (r(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\.\d{2}(?![\d/.])"), 0, 0.7, None),
        # "1->2 nov, 96", "3-4 Jan": a day range before a month
        (r(rf"\b\d{{1,2}}{ORD}[ \t]*(?:-+>?|to)[ \t]*\d{{1,2}}{ORD}[ \t,]+{MONTHS}\b", I), 0, 0.75, None),
        # "CVA in 94 and 00": the second year of a list after a dated event
        (r(r"\b(?:mi|cabg|avr|mvr|cva|ptca|stent|surgery|repair)[ \t]+(?:in[ \t]+)?(?:19|20)?\d{2}[ \t]+"
           r"(?:and|&)[ \t]+((?:19|20)?\d{2})\b(?![ \t]*(?:%|mg|mm|cc|ml|units?|x\b))", I), 1, 0.6, None),
        # "the 11th", "on the 3rd"
        (r(r"\bthe\s+((?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?!\s*(?:ventricle|rib|ics|intercostal|finger|toe|"
           r"degree|day|time|cranial|nerve|floor|grade|digit|dose|attempt|unit|lumbar|cervical|percentile))", I),
         1, 0.7, None),
        # 10/03/10/04: two month/day dates run together
        (r(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
           r"(?![\d/])"), 0, 0.8, None),
        # '92, 92', 1980S
        (r(r"(?<![\w'])'\d{2}\b(?!')|(?<![\w'])\d{2}'(?![\w'])", I), 0, 0.85, _valid_year2),
        # "MI 92", "CABG x3 '92", "redo 84", "CVA in 94": a 2-digit year after a dated event
        (r(r"\b(?:mi|cabg(?:\s*x\s*\d)?|redo(?:\s+cabg)?|avr|mvr|cva|ptca|stent|pacer|ablation|"
           r"repair|chemo|xrt|surgery|dx|dx'd|diagnosed|hx|since|in)\s+(?:in\s+)?((?:19|20)?\d{2})\b", I),
         1, 0.6, _valid_event_year),
        # holidays
        (r(r"\b(?:christmas|xmas|thanksgiving|easter|new\s+year'?s(?:\s+(?:day|eve))?|"
           r"independence\s+day|labor\s+day|memorial\s+day|halloween|hanukkah|kwanzaa|"
           r"valentine'?s\s+day|4th\s+of\s+july|fourth\s+of\s+july)\b", I), 0, 0.8, None),
    ]
    return RegexRecognizer(DATE, "ClinicalDateRecognizer", rules)


def _valid_month_word(text: str, m: re.Match) -> bool:
    s = m.group(0)
    has_digit = any(c.isdigit() for c in s)
    word = re.search(MONTHS, s, I).group(0).lower()
    if (len(word) <= 4 and word not in ("june", "july") and not has_digit) or (
            word in ("may", "march") and not has_digit):
        # verbs/names ("may", "march") and abbreviations need a number beside them
        return word in ("sept",) and bool(re.search(r"\b(?:in|of|since|early|late|mid)\s*$",
                                                    _before(text, m, 10)))
    # "June" and "April" are also first names: standalone only when not followed by a capital word
    return has_digit or not re.match(r"\s+[A-Z][a-z]", text[m.end():m.end() + 3]) or word not in (
        "june", "april", "august")


def _valid_event_year(text: str, m: re.Match) -> bool:
    value = m.group(1)
    if _UNIT_AFTER.match(text, m.end(1)) or text[m.end(1):m.end(1) + 1] in ("/", ".", "%", "-", ":"):
        return False
    if len(value) == 4:
        return True
    # "in 94" only counts when it is not a measurement ("sats in 94")
    word = re.match(r"\w+", m.group(0)).group(0).lower()
    return word != "in" or bool(re.search(r"(?:mi|cva|cabg|avr|mvr|dx|surgery|repair)\s+$",
                                          text[max(0, m.start() - 8):m.start() + 1], I))


# -- ages >= 90 ------------------------------------------------------------------------------
def age_recognizer() -> RegexRecognizer:
    age = r"(?:9\d|1[01]\d)"
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(rf"\b({age})\s*(?:-\s*)?(?:yo\b|y/o|y\.o\.?|yr?s?\b|years?\b|year[- ]old|yoM|yoF|"
                    rf"yom|yof|ym\b|yf\b)", I), 1, 0.9, None),
        (re.compile(rf"\b(?:age|aged|age:)\s*({age})\b", I), 1, 0.9, None),
        # a note that opens with "98 s/p ..." or "98 yo": the age leads the summary line
        (re.compile(rf"(?:^|\n)\s*({age})\s+(?=(?:s/p|yo|y/o|year|y\.o|female|male|f\b|m\b|"
                    rf"woman|man|gentleman|lady))", I), 1, 0.8, None),
    ]
    return RegexRecognizer(AGE, "AgeOver89Recognizer", rules)


# -- contacts and ids ------------------------------------------------------------------------
def contact_recognizer() -> RegexRecognizer:
    rules: list[RegexRecognizer.Rule] = [
        # (617) 555-1234, 617-555-1234, 617.555.1234, 617 555 1234, (240444-1243)
        (re.compile(r"(?<![\d/.])\(?\d{3}\)?[\s.\-]{0,2}\d{3}[\s.\-]{0,2}\d{4}(?![\d/])"), 0, 0.9,
         _not_lab_series),
        # 301 273 45166
        (re.compile(r"(?<!\d)\d{3}\s\d{3}\s\d{4,5}(?!\d)"), 0, 0.7, None),
        # pager / beeper / ext / cell + 4-5 digits
        (re.compile(r"\b(?:pager|pgr|pg|beeper|beep|page|ext|extension|x|cell|phone|tel|fax|ph|"
                    r"number|call|#)\.?\s*(?:number|no\.?|num|#)?\s*[:#]?\s*#?\s*(\d{4,5})(?!\d|\.\d)", I),
         1, 0.85, _not_unit),
        (re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+"), 0, 0.95, None),
        (re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+", I), 0, 0.95, None),
        (re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b"), 0, 0.6, _valid_ip),
    ]
    return RegexRecognizer(CONTACT, "ContactRecognizer", rules)


def _not_unit(text: str, m: re.Match) -> bool:
    return not _UNIT_AFTER.match(text, m.end())


def _not_lab_series(text: str, m: re.Match) -> bool:
    return "/" not in text[max(0, m.start() - 1):m.end() + 1] and _not_unit(text, m)


def _valid_ip(text: str, m: re.Match) -> bool:
    return all(int(p) <= 255 for p in m.group(0).split("."))


def id_recognizer() -> RegexRecognizer:
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), 0, 0.95, None),  # SSN
        (re.compile(r"\b(?:mrn|mr#|medical\s+record(?:\s+(?:number|no))?|acct|account|accession|acc|"
                    r"ref|reference|ssn|social\s+security|unit\s+no|member|policy|plan|insurance|"
                    r"medicare|medicaid|license|licence|lic|dl|vin|plate|serial|device|id|record)"
                    r"\.?\s*(?:#|no\.?|number|num|id)?\s*[:#]?\s*([A-Z0-9][A-Z0-9\-]{3,})", I), 1, 0.85,
         _has_digit),
        # a bare 7+ digit number is an identifier in clinical text (MRN, account, accession)
        (re.compile(r"(?<![\d.,/:-])\d{7,}(?![\d.,/:])"), 0, 0.6, None),
        # accession-like codes: SP93-49380, S90-83437
        (re.compile(r"\b[A-Z]{1,3}\d{2}-\d{4,}\b", I), 0, 0.75, None),
        # "# rg17", "#8336652": an identifier after a number sign
        (re.compile(r"#\s*([A-Za-z]{1,3}\d{2,}|\d{6,})\b"), 1, 0.7, None),
    ]
    return RegexRecognizer(ID, "IdRecognizer", rules)


def _has_digit(text: str, m: re.Match) -> bool:
    return any(c.isdigit() for c in m.group(1))


def address_recognizer() -> RegexRecognizer:
    suffix = (r"(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|pkwy|parkway|hwy|highway|way|"
              r"court|ct|place|pl|terrace|ter|circle|cir|square|sq|trail|row)")
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(rf"\b\d{{1,5}}\s+(?:[A-Za-z][A-Za-z'\-]+\s+){{1,3}}{suffix}\b\.?", I), 0, 0.8,
         _street_words),
        (re.compile(r"\b(?:p\.?\s*o\.?\s*box)\s*\d+", I), 0, 0.9, None),
        # zip after a state abbreviation or the word zip
        (re.compile(rf"\b(?:{STATE_CODES},?\s+|zip(?:\s*code)?:?\s*)(\d{{5}}(?:-\d{{4}})?)\b", I), 1, 0.8, None),
        # "in Ocean View, Minnesota": the words between "in/from/of" and ", <State>" name a city
        (re.compile(rf"\b(?:in|from|of|near)[ \t]+((?:[A-Za-z][A-Za-z'.\-]*[ \t]){{0,3}}[A-Za-z][A-Za-z'.\-]*),[ \t]*"
                    rf"((?i:{STATE_NAMES})|{STATE_CODES}|(?i:{STATE_CODES})(?=[ \t]+\d{{5}}))\b"), 1, 0.7,
         _not_clinical_city),
        # "the Eastern Shore", "North Campus": a directional region or campus name
        (re.compile(r"\b(?:north|south|east|west|eastern|western|northern|southern|central)[ \t]+"
                    r"(?:shore|campus|side|county|valley|hills?|village|heights|point|bay|coast)\b", I), 0, 0.6,
         None),
        # "Ashland, MI", "pine bluff, nc 39885": city before a state code
        (re.compile(rf"\b((?:[A-Za-z][A-Za-z'.\-]*[ \t]){{0,2}}[A-Za-z][A-Za-z'.\-]*),[ \t]*({STATE_CODES})\b"
                    rf"(?![a-z])(?:[ \t]+\d{{5}}(?:-\d{{4}})?)?", I), 0, 0.75, _city_state_code),
    ]
    return RegexRecognizer(LOCATION, "AddressRecognizer", rules)


STATE_CODES = (r"(?:AL|AK|AZ|AR|CA|CO|CT|DE|DC|FL|GA|HI|ID|IL|IN|IA|KS|KY|LA|ME|MD|MA|MI|MN|MS|MO|MT|NE|NV|"
               r"NH|NJ|NM|NY|NC|ND|OH|OK|OR|PA|RI|SC|SD|TN|TX|UT|VT|VA|WA|WV|WI|WY|PR)")


STATE_NAMES = "(?:" + "|".join(sorted(
    ["Alabama", "Alaska", "Arizona", "Arkansas", "California", "Colorado", "Connecticut", "Delaware", "Florida",
     "Georgia", "Hawaii", "Idaho", "Illinois", "Indiana", "Iowa", "Kansas", "Kentucky", "Louisiana", "Maine",
     "Maryland", "Massachusetts", "Michigan", "Minnesota", "Mississippi", "Missouri", "Montana", "Nebraska",
     "Nevada", "New Hampshire", "New Jersey", "New Mexico", "New York", "North Carolina", "North Dakota", "Ohio",
     "Oklahoma", "Oregon", "Pennsylvania", "Rhode Island", "South Carolina", "South Dakota", "Tennessee", "Texas",
     "Utah", "Vermont", "Virginia", "Washington", "West Virginia", "Wisconsin", "Wyoming"],
    key=len, reverse=True)) + ")"


def _not_clinical_city(text: str, m: re.Match) -> bool:
    words = [w.lower() for w in m.group(1).split()]
    if any(w in STOP or _medical_only(w) for w in words):
        return False
    code = m.group(2)
    if len(code) == 2 and code.upper() in _AMBIGUOUS_CODES and not re.match(r"[ \t]+\d{5}", text[m.end():]):
        # "in R groin, PA", "of bleeding, MD": clinical words before a code that is also an abbreviation
        return all(w not in sl.medical_words() or w in sl.us_cities() for w in words)
    return True


_AMBIGUOUS_CODES = {"MD", "PA", "OR", "IN", "ME", "OK", "CO", "DE", "HI", "MS", "ID", "LA", "MA", "AL"}


def _city_state_code(text: str, m: re.Match) -> bool:
    """Keep "City, ST" when ST is upper-case or a zip follows, and the city is a known one or
    the words are not clinical (avoids "Smith, MD" and "cath, PA")."""
    code = m.group(2)
    has_zip = bool(re.search(r"\d{5}$", m.group(0)))
    if not (code.isupper() or has_zip or mostly_upper(text[max(0, m.start() - 200):m.end() + 200])):
        return False
    words = m.group(1).lower().split()
    city = " ".join(words)
    if any(" ".join(words[i:]) in sl.us_cities() for i in range(len(words))):
        return True
    cut = max((i for i, w in enumerate(words) if w in ("in", "from", "of")), default=-1)
    city_words = words[cut + 1:]
    if cut >= 0 and city_words and not any(w in STOP or _medical_only(w) for w in city_words) and (
            code.upper() not in _AMBIGUOUS_CODES or has_zip
            or all(w not in sl.medical_words() or w in sl.us_cities() for w in city_words)):
        return True  # "lives in Granby, KY"
    if code.upper() in ("MD", "PA", "OR", "IN", "ME", "OK", "CO", "DE") and not has_zip:
        return False
    return has_zip and not any(w in sl.medical_words() and not sl.is_common(w) for w in city.split())


def _street_words(text: str, m: re.Match) -> bool:
    words = [w.lower() for w in m.group(0).split()[1:-1]]
    return not any(w in STOP or _medical_only(w) or (w in sl.medical_words() and w not in sl.word_freq())
                   for w in words)


# -- tokens -------------------------------------------------------------------------------------
_TOKEN = re.compile(r"[A-Za-z](?:[A-Za-z']*[A-Za-z])?(?:-[A-Za-z]+)*|\d+|\S")


class Tok:
    __slots__ = ("end", "low", "start", "text")

    def __init__(self, m: re.Match):
        self.start, self.end = m.span()
        self.text = m.group(0)
        self.low = self.text.lower()

    @property
    def is_word(self) -> bool:
        return self.text[0].isalpha()


_SPLIT_HYPHEN = re.compile(r"[A-Za-z']+|-")


def tokenize(text: str) -> list[Tok]:
    """Word, number and punctuation tokens; "DAUGHTER-KRISSY" splits, "FORMAN-LYONS" stays."""
    out = []
    for m in finditer(_TOKEN, text):
        tok = Tok(m)
        if "-" in tok.text and tok.text.split("-", 1)[0].lower() in _SPLITTABLE:
            out.extend(Tok(p) for p in _SPLIT_HYPHEN.finditer(text, m.start(), m.end()))
        else:
            out.append(tok)
    return out


def case_mode(text: str) -> str:
    """'upper', 'lower' or 'mixed': where a note has no case information, capitals prove nothing."""
    letters = [c for c in text[:3000] if c.isalpha()]
    if not letters:
        return "mixed"
    up = sum(c.isupper() for c in letters) / len(letters)
    if up > 0.7:
        return "upper"
    return "lower" if up < 0.02 else "mixed"


def mostly_upper(text: str) -> bool:
    """True when capitalisation carries no information (ALL CAPS or all lower-case notes)."""
    return case_mode(text) != "mixed"


TITLES = {"dr", "drs", "dr's", "doctor", "mr", "mrs", "ms", "miss", "mister", "np", "rn", "pa",
          "nurse", "md", "attending", "resident", "intern", "fellow", "surgeon", "dr.s", "drs.",
          "prof", "professor", "pcp", "cardiologist", "oncologist", "chaplain", "rabbi", "father", "fr",
          "sister", "sr", "rev", "reverend", "coordinator", "caseworker", "worker", "sw", "licsw", "rnc"}
STRONG_TITLES = {"dr", "drs", "dr's", "doctor", "mr", "mrs", "miss", "mister", "dr.s", "drs."}
RELATIONS = {"son", "sons", "daughter", "daughters", "dtr", "dtrs", "dau", "wife", "husband", "spouse",
             "sister", "sisters", "brother", "brothers", "niece", "nephew", "aunt", "uncle", "cousin",
             "grandson", "granddaughter", "grandaughter", "grandchild", "mother", "father", "mom", "dad",
             "friend", "proxy", "hcp", "spokesperson", "guardian", "fiance", "fiancee", "partner",
             "girlfriend", "boyfriend", "neighbor", "neice", "stepdaughter", "stepson", "sil", "dil",
             "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "grandmother",
             "grandfather", "caseworker",
             "mother-in-law", "father-in-law", "visitor", "ex-wife", "ex-husband", "companion"}
CREDENTIALS = {"rn", "rrt", "md", "np", "crt", "pa", "lpn", "licsw", "msw", "slp", "pharmd", "bsn", "cnm",
               "crna", "pa-c", "rph", "phd", "mph", "lcsw", "ccrn"}
_SPLITTABLE = set(RELATIONS) | set(TITLES) | {"pt", "social", "per", "family"}
# Words that end a name: function words and the clinical verbs that follow names.
STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is",
        "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can", "could",
        "should", "may", "might", "did", "does", "do", "not", "no", "yes", "who", "which", "that", "this",
        "these", "those", "he", "she", "they", "we", "his", "her", "their", "our", "it", "its", "him",
        "them", "me", "my", "i", "you", "your", "aware", "notified", "updated", "called", "paged",
        "here", "there", "out", "up", "re", "also", "as", "then", "now", "today", "tonight",
        "yesterday", "tomorrow", "am", "pm", "said", "says", "states", "stated", "spoke", "came",
        "team", "service", "office", "per", "if", "so", "but", "about", "after", "before", "when",
        "while", "into", "via", "over", "x", "re:", "note", "ok", "okay", "all", "both", "other",
        "again", "please", "plan", "pt", "pt's", "patient", "family", "md", "rn", "np", "informed",
        "ordered", "made", "gave", "given", "wants", "want", "feels", "visit",
        "visited", "visiting", "home", "phone", "brought", "reports", "report"}


def _namey(tok: Tok, upper_note: bool) -> bool:
    """Could this token be part of a name (given context says a name is near)?"""
    if not tok.is_word or tok.low in STOP or tok.low in TITLES or tok.low in CREDENTIALS:
        return False
    if len(tok.text) == 1:
        return tok.text.isupper() or upper_note
    return True


def _looks_proper(tok: Tok, upper_note: bool) -> bool:
    """A capitalised, non-dictionary word in mixed-case text; any non-dictionary word in caps text."""
    if not tok.is_word or len(tok.text) < 2 or tok.low in STOP or _medical_only(tok.low):
        return False
    if sl.is_common(tok.low) or _MONTH_DAY.match(tok.low):
        return False
    if sl.is_known_word(tok.low) and tok.low not in sl.first_names() and tok.low not in sl.last_names():
        return False
    if upper_note:
        return True
    return tok.text[0].isupper()


class NameRecognizer(EntityRecognizer):
    """Person names: after titles (Dr., Mr.), relations (son, dtr), in signatures (X Y, RN),
    before "aware/notified", and first names from the census list that are not everyday words."""

    def __init__(self):
        super().__init__(supported_entities=[NAME], name="ClinicalNameRecognizer", supported_language="en")

    def load(self) -> None:
        self.first = sl.first_names()
        self.last = sl.last_names()
        self.medical = sl.medical_words()

    def _medical_only(self, low: str) -> bool:
        """A medical word that is not everyday English (drug names, abbreviations)."""
        return _medical_only(low)

    def _plain_first(self, tok: Tok) -> bool:
        """A census first name that is not an everyday or medical word."""
        return (len(tok.low) > 2 and tok.low in self.first and not sl.is_common(tok.low)
                and tok.low not in self.medical and tok.low not in STOP)

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        toks = tokenize(text)
        upper = mostly_upper(text)
        spans: list[tuple[int, int, float, str]] = []
        n = len(toks)

        def extend(i: int, first_any: bool, strong: bool = False) -> int:
            """Return the index after a name starting at token i (0 tokens when none)."""
            j = i
            count = 0
            while j < n and count < 4:
                t = toks[j]
                if t.text in (".",) and j > i and len(toks[j - 1].text) == 1:
                    j += 1  # initial's period
                    continue
                if count == 0:
                    ok = _namey(t, upper) if first_any else (self._plain_first(t) or _looks_proper(t, upper))
                    if ok and len(t.text) == 1:  # an initial must carry its period: "J. Smith"
                        ok = j + 1 < n and toks[j + 1].text == "."
                    if ok and sl.is_common(t.low) and (upper or not t.text[0].isupper()):
                        ok = (t.low in self.last or t.low in self.first) and not self._medical_only(t.low) and (
                            strong or sl.word_freq().get(t.low, 0) < 40000)
                    if ok and (_MONTH_DAY.match(t.low) or self._medical_only(t.low)):
                        # "Dr. Art White", "Son, Ed,": a capitalised word after a strong trigger stays a name
                        ok = strong and (t.text[0].isupper() or upper) and not _MONTH_DAY.match(t.low)
                    if not ok and strong and t.low == "o" and j + 1 < n and toks[j + 1].is_word:
                        ok = True  # "Dr. o rourke"
                else:
                    ok = _namey(t, upper) and (
                        (len(t.text) == 1 and (t.text.isupper() or upper))
                        or t.low in self.last or t.low in self.first or _looks_proper(t, upper)
                        or (not upper and t.text[0].isupper() and not sl.is_common(t.low))
                    ) and not (t.low in self.medical and t.low not in self.last and t.low not in self.first
                               and (upper or not t.text[0].isupper() or self._medical_only(t.low)))
                    if ok and t.start - toks[j - 1].end > 2:
                        ok = False
                    if ok and not upper and t.text[0].islower() and not toks[i].text[0].islower():
                        ok = False
                if not ok:
                    break
                count += 1
                j += 1
            # do not end on a dangling period
            while j > i and toks[j - 1].text == ".":
                j -= 1
            return j

        i = 0
        while i < n:
            t = toks[i]
            low = t.low
            nxt = i + 1
            # skip a period / comma / colon / apostrophe-s after the trigger
            while nxt < n and toks[nxt].text in (".", ",", ":", "-", "(", "'s", "/") and nxt - i <= 3:
                nxt += 1
            tnext = i + 1
            while tnext < n and toks[tnext].text in (".", "'s") and tnext - i <= 2:
                tnext += 1
            if low in TITLES and nxt < n and tnext == nxt and (low not in ("pa", "rn", "md", "sister", "father", "sr",
                                                                            "np", "ms", "rabbi", "chaplain",
                                                          "worker", "resident", "fellow", "intern",
                                                          "attending", "pcp", "nurse")
                                              or self._plain_first(toks[nxt])
                                              or _looks_proper(toks[nxt], upper)):
                j = extend(nxt, first_any=True, strong=low in STRONG_TITLES)
                if j > nxt and not (toks[nxt].low in self.medical and toks[nxt].low not in self.last
                                    and toks[nxt].low not in self.first and len(toks[nxt].text) > 1):
                    spans.append((toks[nxt].start, toks[j - 1].end, 0.85, "title"))
                    # "Dr. X and Y", "Drs X, Y"
                    k = j
                    while k + 1 < n and toks[k].low in ("and", ",", "&", "/"):
                        k2 = k + 1
                        if toks[k2].low in ("dr", "drs"):
                            break
                        j2 = extend(k2, first_any=False) if not upper else extend(k2, first_any=True)
                        if j2 > k2 and not sl.is_common(toks[k2].low):
                            spans.append((toks[k2].start, toks[j2 - 1].end, 0.7, "title"))
                            k = j2
                        else:
                            break
                    i = j
                    continue
            if low in RELATIONS and nxt < n:
                k = nxt
                # "son is", "daughter named", "daughter, Mary", "son (Bill)"
                while k < n and toks[k].low in ("is", "named", "called", "name", "was", "of") and k - nxt < 2:
                    k += 1
                cand = toks[k] if k < n else None
                if cand is not None and cand.is_word and cand.low not in STOP and cand.low not in RELATIONS:
                    if upper:
                        first_ok = cand.low in self.first or (
                            cand.is_word and len(cand.text) > 2 and not sl.is_common(cand.low)
                            and not self._medical_only(cand.low) and cand.low not in TITLES
                            and cand.low not in CREDENTIALS)
                    else:
                        first_ok = cand.low in self.first or (
                            cand.text[0].isupper() and not sl.is_common(cand.low)
                            and not self._medical_only(cand.low))
                    if first_ok:
                        j = extend(k, first_any=True, strong=True)
                        if j > k:
                            spans.append((cand.start, toks[j - 1].end, 0.75, "relation"))
                            # "Sons Smokey, Morris and Roger"
                            while j + 1 < n and toks[j].low in (",", "and", "&") and (
                                    toks[j + 1].low in self.first or not sl.is_known_word(toks[j + 1].low)
                                    or (not upper and toks[j + 1].text[0].isupper()
                                        and not sl.is_common(toks[j + 1].low))):
                                j2 = extend(j + 1, first_any=True)
                                if j2 <= j + 1:
                                    break
                                spans.append((toks[j + 1].start, toks[j2 - 1].end, 0.65, "relation"))
                                j = j2
                            i = j
                            continue
            # signatures: "Mary Hulse, R.N." / "DAN A. FORMAN-LYONS, RRT" at a line end
            if low in CREDENTIALS and i > 0:
                tail = text[t.end:t.end + 3]
                line_end = not tail.strip(" .\t,") or tail.lstrip(" .\t")[:1] in ("\n", "")
                prev_tok = toks[i - 1] if toks[i - 1].text != "," or i < 2 else toks[i - 2]
                md_after_name = low in ("md", "np", "pa") and prev_tok.is_word and not sl.is_known_word(
                    prev_tok.low.split("-")[0]) and not self._medical_only(prev_tok.low)
                if line_end or low in ("rrt", "crt", "rn") or md_after_name:
                    k = i - 1
                    if toks[k].text == ",":
                        k -= 1
                    names_end = k
                    count = 0
                    while k >= 0 and count < 4 and toks[k].start >= text.rfind("\n", 0, t.start):
                        tk = toks[k]
                        if tk.text == "." and k > 0 and len(toks[k - 1].text) == 1:
                            k -= 1
                            continue
                        if not _namey(tk, upper) or (tk.low in self.medical and tk.low not in self.first
                                                     and tk.low not in self.last and len(tk.text) > 1) \
                                or (sl.is_common(tk.low) and (upper or not tk.text[0].isupper())
                                    and tk.low not in self.first) or self._medical_only(tk.low):
                            break
                        k -= 1
                        count += 1
                    if count:
                        spans.append((toks[k + 1].start, toks[names_end].end, 0.8, "signature"))
            # "X aware", "X notified", "per X"
            if low in ("aware", "notified", "paged", "updated") and i > 0:
                prev = toks[i - 1]
                if _looks_proper(prev, upper) and not sl.is_common(prev.low) and prev.low not in CREDENTIALS:
                    spans.append((prev.start, prev.end, 0.6, "context"))
            if low in ("per", "by", "called", "paged", "contacted", "page") and nxt < n:
                c = toks[i + 1] if i + 1 < n else None
                if c is not None and c.is_word and _looks_proper(c, upper) and not sl.is_common(c.low) \
                        and (c.low in self.last or c.low in self.first) \
                        and c.low not in TITLES and c.low not in CREDENTIALS and len(c.text) > 2:
                    j = extend(i + 1, first_any=True)
                    spans.append((c.start, toks[max(j, i + 2) - 1].end, 0.55, "context"))
            # census first name (+ surname) anywhere
            # "KEEP ROMERO FAMILY AWARE": surname before "family"
            if i + 1 < n and toks[i + 1].low == "family" and t.low in self.last and not sl.is_common(t.low) \
                    and not self._medical_only(t.low) and len(t.low) > 2:
                spans.append((t.start, t.end, 0.6, "context"))
            # "mary souza", "pat rixford": a first name followed by a surname-like word
            if t.low in self.first and t.low not in STOP and not self._medical_only(t.low) and i + 1 < n \
                    and (not sl.is_common(t.low) or (not upper and t.text[0].isupper())
                         or sl.word_freq().get(t.low, 0) < 40000):
                nx = toks[i + 1]
                if nx.is_word and len(nx.text) > 2 and nx.start - t.end <= 2 and nx.low not in STOP \
                        and not sl.is_common(nx.low) and not self._medical_only(nx.low) \
                        and (nx.low in self.last or not sl.is_known_word(nx.low)) \
                        and (upper or (t.text[0].isupper() == nx.text[0].isupper())):
                    spans.append((t.start, nx.end, 0.6, "first_last"))
            # mixed case: two adjacent capitalised unknown words ("Lopie Certusi")
            if not upper and i + 1 < n and t.text[:1].isupper() and t.text[1:2].islower():
                nx = toks[i + 1]
                if nx.text[:1].isupper() and nx.text[1:2].islower() and nx.start - t.end <= 2 \
                        and not sl.is_known_word(t.low) and not sl.is_known_word(nx.low) \
                        and not self._medical_only(t.low) and not self._medical_only(nx.low):
                    spans.append((t.start, nx.end, 0.55, "unknown_pair"))
            if i + 1 < n and toks[i + 1].low in ("called", "visited", "phoned", "reports", "states") \
                    and t.low in self.first and t.low not in STOP and t.low not in RELATIONS \
                    and not self._medical_only(t.low) and (upper or t.text[0].isupper()):
                spans.append((t.start, t.end, 0.6, "context"))
            if self._plain_first(t) and (upper or t.text[0].isupper()):
                j = extend(i, first_any=True)
                spans.append((t.start, toks[max(j, i + 1) - 1].end, 0.6, "first_name"))
                i = max(j, i + 1)
                continue
            i += 1
        return [RecognizerResult(NAME, s, e, sc, recognition_metadata={"recognizer_name": self.name,
                                                                       "rule": rule})
                for s, e, sc, rule in spans]


FACILITY = {"hospital", "hosp", "hospiatal", "hosptial", "regional", "rehab", "rehabilitation",
            "memorial", "house", "campus", "manor", "clinic", "infirmary", "adventist", "center",
            "centre", "ctr", "medical", "nursing", "hospice", "facility", "healthcare", "health",
            "home", "village", "shore", "county", "university", "college", "institute", "church",
            "school", "center's", "general", "community", "beach", "square", "heights", "park",
            "cancer", "oncology", "department", "dept", "of", "surgical", "children's"}
FACILITY_HEADS = {"hospital", "hosp", "hospiatal", "hosptial", "regional", "rehab", "memorial",
                  "house", "campus", "manor", "clinic", "infirmary", "adventist", "ctr", "center",
                  "hospice", "church", "shore", "county", "university", "beach", "heights", "institute"}
# A word before these is (part of) an institution's name unless it is generic.
HARD_FACILITY = {"hospital", "hosp", "hospiatal", "hosptial", "memorial", "regional", "clinic", "infirmary",
                 "adventist", "institute", "university", "ctr"}
GENERIC_PLACE_WORDS = {"previous", "prev", "basic", "outside", "local", "other", "another", "same", "different",
                       "new", "old", "first", "second", "nearest", "private", "leave", "left", "psychiatric",
                       "mental", "this", "that", "any", "county", "city", "state", "area", "veterans", "va",
                       "children's", "teaching", "referring", "transferring", "community", "rehab", "day",
                       "continue", "begin", "cardiac", "pulmonary", "further", "possible", "poss", "inpatient",
                       "outpatient", "acute", "subacute", "physical", "occupational", "await", "need", "needs",
                       "short", "long", "term", "vs", "for", "to", "cont", "con't", "start", "plan", "pt", "ot",
                       "speech", "respiratory", "vent", "cardiopulmonary", "inpt", "rehabilitation", "nursing"}
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
              "another", "outside", "local", "different", "same", "this", "that", "ambulance"}


def _medical_only(low: str) -> bool:
    return low in sl.CLINICAL_TERMS or (low in sl.medical_words() and sl.word_freq().get(low, 0) < 50)


def unknown_word(low: str) -> bool:
    """Neither English, medical nor clinical shorthand: a name, a place, or a typo."""
    return not sl.is_known_word(low) and low not in sl.CLINICAL_TERMS


def _sentence_start(text: str, pos: int) -> bool:
    before = text[max(0, pos - 4):pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n:;-"


_WARDS = {"micu", "ccu", "sicu", "csru", "nsicu", "icu", "pacu", "vicu", "tsicu", "picu", "nicu", "cvicu", "ccu's"}
_WARD_BEFORE = {"to", "on", "from", "at", "or", "per", "in", "into", "transfer", "transferred", "transfered",
                "tx", "txd", "tx'd", "trans", "@", "and", "off", "onto"}
_MONTH_DAY = re.compile(rf"{MONTHS}$|(?:mon|tues|wednes|thurs|fri|satur|sun)days?$|today|tomorrow|tonight",
                        I)


class LocationRecognizer(EntityRecognizer):
    """Hospitals and places: "<Name> Hospital/Rehab/House", "St. Mary's", hospital
    abbreviations (GH, GBMC) after a preposition, US cities and states, and unknown words
    after place verbs ("transferred to X", "lives in X")."""

    _ABBR = re.compile(r"\b[A-Z]{0,3}(?:H|MC|HC)\b|(?<=\b(?:to|at|from|in|into|@|by)\s{1,3})gh\b")
    _ABBR_SAFE = frozenset({"ETOH", "BPH", "LVH", "RVH", "ICH", "SAH", "IVH", "SDH", "EDH", "LDH", "TSH", "FSH",
                  "ADH", "SIADH", "PTH", "ACTH", "NPH", "HH", "NH", "OOH", "DOH", "PPH", "AH", "CH", "MH",
                  "BH", "DH", "RH", "ASH", "IH", "PIH", "HOH", "WH", "H", "PH", "NOH", "PEH", "OH", "UH",
                  "VH", "CHH", "FH", "GI", "HC", "MC", "BMC", "SCH", "HTH", "HMC", "EH", "TH"})
    _ST = re.compile(r"\b(?:st\.?|saint)\s+([A-Za-z][a-z]+|[A-Z]+)(?:'s)?\b", I)
    # "a bed @ St A.": an abbreviated saint's name after a place preposition
    _ST_INITIAL = re.compile(r"(?:\b(?:at|to|from|in)|@)[ \t]+(St\.?[ \t]+[A-Z]\.)")

    def __init__(self):
        super().__init__(supported_entities=[LOCATION], name="ClinicalLocationRecognizer",
                         supported_language="en")

    def load(self) -> None:
        self.cities = sl.us_cities()
        self.states = sl.us_states()
        multi: dict[str, list[tuple[str, ...]]] = {}
        for place in self.cities | self.states:
            parts = tuple(place.split())
            multi.setdefault(parts[0], []).append(parts)
        for v in multi.values():
            v.sort(key=len, reverse=True)
        self.places = multi

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        toks = tokenize(text)
        mode = case_mode(text)
        upper = mode != "mixed"
        out: list[tuple[int, int, float, str]] = []
        for m in finditer(self._ABBR, text):
            w = m.group(0)
            if w.upper() in self._ABBR_SAFE or w.lower() in sl.CLINICAL_TERMS or (
                    len(w) > 2 and sl.is_known_word(w)):
                continue
            before = text[max(0, m.start() - 8):m.start()].lower()
            after = text[m.end():m.end() + 10].lower()
            if re.search(r"(?:to|at|from|in|into|@|by|of|the)[\s/]*$", before) or re.match(
                    r"\s*(?:hosp|ew|er\b|ed\b|team|nurse|staff|rehab)", after):
                out.append((m.start(), m.end(), 0.7, "hospital_abbreviation"))
        for m in finditer(self._ST_INITIAL, text):
            out.append((m.start(1), m.end(1), 0.6, "saint"))
        for m in finditer(self._ST, text):
            w = m.group(1).lower()
            st = m.group(0)[:2]
            if w in STOP or len(w) < 3 or _medical_only(w):
                continue
            if w in sl.first_names() or w in ("agnes", "joseph", "elizabeth", "luke", "vincent") or (
                    not upper and st[0].isupper() and m.group(1)[0].isupper() and not sl.is_known_word(w)):
                if st.lower() == "st" and "." not in m.group(0) and upper and w in ("elevation", "segment"):
                    continue
                out.append((m.start(), m.end(), 0.75, "saint"))
        n = len(toks)
        for i, t in enumerate(toks):
            low = t.low
            # "F-MICU/QUARTERMAIN/CCU": an unknown name listed with ward names
            if t.is_word and len(low) > 4 and unknown_word(low) and 0 < i < n - 1 and (
                    (toks[i - 1].text == "/" and i > 1 and toks[i - 2].low.split("-")[-1] in _WARDS)
                    or (toks[i + 1].text == "/" and i + 2 < n and toks[i + 2].low.split("-")[-1] in _WARDS)) \
                    and not re.match(r"[a-z]-", low):
                out.append((t.start, t.end, 0.6, "place_context"))
            # "QUARTERMAIN 2", "Quartermain 5": an unknown name followed by a ward/building number
            if i + 1 < n and t.is_word and len(low) > 4 and unknown_word(low) and toks[i + 1].text.isdigit() \
                    and i > 0 and (toks[i - 1].low in _WARD_BEFORE or toks[i - 1].text in (":", "/", "(")) \
                    and (upper or t.text[0].isupper()) and not re.search(r"(?:ed|ing|ly)$", low) \
                    and len(toks[i + 1].text) <= 2 and toks[i + 1].start - t.end <= 1 \
                    and not _UNIT_AFTER.match(text, toks[i + 1].end) \
                    and not re.match(r"\s*(?:[/:x-]|\.\d)", text[toks[i + 1].end:toks[i + 1].end + 3]):
                out.append((t.start, toks[i + 1].end, 0.55, "place_number"))
            # "kernan ew", "Calvert ER": an unknown name before an emergency-ward abbreviation
            if i + 1 < n and t.is_word and len(low) > 3 and unknown_word(low) and toks[i + 1].low in (
                    "ew", "er", "ed", "hosp", "icu") and (upper or t.text[0].isupper() or mode == "lower"):
                out.append((t.start, toks[i + 1].end, 0.6, "facility"))
            if low == "dc" and t.text == "DC" and i > 0 and toks[i - 1].low in ("in", "from", "of") and (
                    i + 1 >= n or not toks[i + 1].is_word):
                out.append((t.start, t.end, 0.6, "city_state"))
            if low in FACILITY_HEADS and i > 0 and not (i + 1 < n and toks[i + 1].low in ("staff", "officer")):
                k = i - 1
                while k >= 0 and i - k <= 3:
                    tk = toks[k]
                    if not tk.is_word or tk.low in STOP or tk.low in PLACE_VERBS or tk.low in NOT_PLACES \
                            or tk.low in sl.CLINICAL_TERMS or tk.end < text.rfind("\n", 0, t.start) \
                            or _medical_only(tk.low):
                        glue = (tk.text == "." and k > 0 and toks[k - 1].low in ("st", "mt", "ft")) or (
                            tk.text == "-" and k > 0 and toks[k - 1].end == tk.start and tk.end == toks[k + 1].start)
                        if not glue:
                            break
                    k -= 1
                words = [w for w in toks[k + 1:i] if w.is_word]
                proper = any(not sl.is_common(w.low) and w.low not in sl.medical_words() for w in words) or (
                    len(words) >= 2 and not any(w.low in GENERIC_PLACE_WORDS or _medical_only(w.low) or w.low in STOP
                                                or re.search(r"(?:ing|ed|\w{4}ly)$", w.low) for w in words)) or (
                    mode == "mixed" and words and all(w.text[0].isupper() for w in words)
                    and t.text[0].isupper() and not all(w.low in sl.medical_words() for w in words)) or (
                    low in HARD_FACILITY and bool(words) and words[0].low not in GENERIC_PLACE_WORDS
                    and not all(w.low in GENERIC_PLACE_WORDS for w in words)
                    and not any(len(w.text) < 2 or _medical_only(w.low) for w in words))
                if words and proper:
                    out.append((toks[k + 1].start, t.end, 0.7, "facility"))
            # cities and states (multi-word first)
            cands = self.places.get(low)
            if cands and t.is_word:
                for parts in cands:
                    if i + len(parts) > n:
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
                            if prev == "," or re.match(r"[ \t,]*\d{5}", nxt_txt) or (
                                    prev == "in" and i > 1 and toks[i - 2].low in (
                                        "lives", "living", "resides", "reside", "live", "located", "born", "moved")):
                                out.append((t.start, end_tok.end, 0.6, "city_state"))
                            # "U Maryland" names a hospital
                            if prev in ("u", "univ", "university") or (
                                    prev == "of" and i > 1 and toks[i - 2].low in ("university", "univ", "u")):
                                start_tok = toks[i - 1] if prev != "of" else toks[i - 2]
                                out.append((start_tok.start, end_tok.end, 0.7, "facility"))
                        elif not common and (cap or prev in ("in", "of", "from", "to")):
                            out.append((t.start, end_tok.end, 0.7, "city_state"))
                        elif common and cap and not _medical_only(low) and not upper \
                                and prev in ("in", "of", "from", "near", "to"):
                            out.append((t.start, end_tok.end, 0.55, "city_state"))
                        break
            # "transferred to X", "lives in X", "from X"
            if low in ("to", "from", "in", "at", "@", "into") and i + 1 < n:
                prev = toks[i - 1].low if i else ""
                k = i + 1
                if toks[k].low == "the" and k + 1 < n:
                    k += 1
                c = toks[k]
                if not c.is_word or c.low in NOT_PLACES or c.low in STOP:
                    continue
                if (c.text.isupper() and len(c.text) <= (4 if upper else 5)) or re.match(r"[A-Za-z]{1,2}-", c.text):
                    continue  # TSICU, A-FIB, C-pap: abbreviations, not places
                verb = prev in PLACE_VERBS or (i > 1 and toks[i - 2].low in PLACE_VERBS)
                if upper and not unknown_word(c.low) and c.low in sl.last_names() and not sl.is_common(c.low) \
                        and (verb or low in ("from", "at", "@")) and not _medical_only(c.low) and len(c.low) > 3:
                    out.append((c.start, c.end, 0.55, "place_context"))
                    continue
                unknown = not sl.is_known_word(c.low) and c.low not in sl.CLINICAL_TERMS and len(c.low) > 2
                verb = prev in PLACE_VERBS or (i > 1 and toks[i - 2].low in PLACE_VERBS)
                if (mode == "mixed" and low in ("to", "from", "at", "@") and c.text[:1].isupper()
                        and c.text[1:2].islower() and c.low not in sl.CLINICAL_TERMS and c.low not in TITLES
                        and (verb or (k + 1 < n and toks[k + 1].text[:1].isupper() and toks[k + 1].text[1:2].islower()
                                      and toks[k + 1].start - c.end <= 1 and toks[k + 1].low not in TITLES
                                      and not (c.low in sl.medical_words() and toks[k + 1].low in sl.medical_words())
                                      and c.low not in ("right", "left", "both", "bilateral"))
                             or (low in ("from", "at") and not _medical_only(c.low)
                                 and not re.match(r"[ \t]*(?:\d|iv\b|po\b|gtt|drip)", text[c.end:c.end + 8], I))
                             or (not sl.is_common(c.low) and not re.match(
                            r"[ \t]*(?:\d|iv\b|po\b|gtt|drip|mg|mcg)", text[c.end:c.end + 8], I)))
                        and not _medical_only(c.low) and not _MONTH_DAY.match(c.low)
                        and not _sentence_start(text, c.start)):
                    j = k + 1
                    while j < n and toks[j].text[:1].isupper() and toks[j].text[1:2].islower() \
                            and toks[j].low not in sl.CLINICAL_TERMS and j - k < 3:
                        j += 1
                    out.append((c.start, toks[j - 1].end, 0.55, "place_context"))
                    continue
                if unknown and (verb or (low in ("from", "at", "@") and not upper and c.text[0].isupper())) \
                        and len(c.low) >= 4 and not any(ch.isdigit() for ch in c.text):
                    end = c.end
                    # "Quartermain 2", "QUARTERMAIN7"
                    mm = re.match(r"\s?\d{1,2}\b", text[end:end + 4])
                    if mm:
                        end += mm.end()
                    out.append((c.start, end, 0.6, "place_context"))
        return [RecognizerResult(LOCATION, s, e, sc, recognition_metadata={"recognizer_name": self.name,
                                                                           "rule": rule})
                for s, e, sc, rule in out]


def initials_recognizer() -> RegexRecognizer:
    """"W. MAROTTA", "J. Yi", "q. lander rrt", "Mary Hulse, R.N.": initials and signature lines."""
    cred = r"(?:r\.?n\.?|rrt|crt|m\.?d\.?|n\.?p\.?|lpn|licsw|msw|pa-c|rph|ccrn|slp|pt|ot)"
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(r"(?<![\w.'’/])[A-Za-z]\.\s?(?:o')?[A-Za-z][A-Za-z'\-]+"), 0, 0.6, _initial_name),
        (re.compile(rf"(?m)^[ \t]*((?:[A-Za-z][A-Za-z'\-]+|[A-Za-z]\.)(?:[ \t]+(?:[A-Za-z][A-Za-z'\-]+|"
                    rf"[A-Za-z]\.)){{0,3}})[ \t]*,?[ \t]*{cred}[ \t.]*$", I), 1, 0.7, _signature),
    ]
    nm = r"[A-Za-z][A-Za-z'\-]+"
    rules += [
        # header fields: "Patient: Selmont, Janice", "NAME: AMARA NGUYEN", "Pt: Fox, Roger (8613...)"
        (re.compile(rf"(?im)^[ \t]*(?:patient(?:[ \t]+name)?|pt|name|patient[ \t]+name)[ \t]*:[ \t]*"
                    rf"({nm}(?:,?[ \t]{nm}){{0,3}})"), 1, 0.85, None),
        # "Electronically signed by: Ngozi Ashridge, MD", "cc: Dr. Abigail Kumar", "Referring physician: X"
        (re.compile(rf"(?i)\b(?:signed|dictated|transcribed|reviewed|authenticated|attending|"
                    rf"referring(?:[ \t]+physician)?|physician|provider|pcp|cc)(?:[ \t]+by)?[ \t]*:[ \t]*"
                    rf"(?:dr\.?[ \t]+)?((?:[A-Za-z]\.[ \t]*)?{nm}(?:[ \t]+(?:[A-Za-z]\.[ \t]+)?{nm}){{0,2}})"), 1, 0.8,
         _not_clinical_words),
        # dictation marks at a note end: "kh/Hudson", "MC/CORRICK"
        (re.compile(r"(?m)^[ \t]*([A-Za-z]{2,3}/([A-Za-z][A-Za-z'\-]+))[ \t]*$"), 1, 0.8, _dictation_mark),
        # "Pt BO is a 67-year-old", "Eric is a 77 yo man": the subject of the age sentence
        (re.compile(r"\b(?:pt\.?[ \t]+)?([A-Za-z][A-Za-z'\-]*)[ \t]+is[ \t]+an?[ \t]+\d{1,3}[ \t-]*(?:y|yo|year)",
                    I), 1, 0.7, _age_subject),
    ]
    # Signature and role lines: "Pathologist: Takahashi, Emily, MD", "Signed out by: Ruiz, Brian",
    # "Case discussed with Kwame Friedman, MD", "Dr. A. Norford", "Roger Fox is a 69-year-old man".
    # two parts at least: one word before "MD" or after "seen by" is too often a word ("SEE MD", "by renal")
    person = (rf"(?:{nm},[ \t]*{nm}(?:[ \t]+[A-Za-z]\.)?|(?:[A-Za-z]\.[ \t]*){{1,2}}{nm}|"
              rf"{nm}(?:[ \t]+[A-Za-z]\.)?[ \t]+{nm})")
    roles = (r"pathologist|cytopathologist|signed[ \t]+out[ \t]+by|verified[ \t]+by|resident|fellow|surgeon|"
             r"oncologist|radiologist|attending[ \t]+physician|discussed[ \t]+with|seen[ \t]+by|consulted|"
             r"evaluated[ \t]+by|examined[ \t]+by|performed[ \t]+by|dictated[ \t]+by|referred[ \t]+by")
    rules += [
        (re.compile(rf"(?i)\b(?:{roles})[ \t]*:?[ \t]*(?:dr\.?[ \t]+)?({person})(?=[ \t]*(?:,|\(|$|\n|on\b|md\b))",
                    re.M), 1, 0.8, _person_words),
        (re.compile(rf"(?i)\b({person}),?[ \t]+(?:m\.d\.|md|d\.o\.|do|phd|facs|frcpc)\b(?!-)"), 1, 0.75,
         _person_words),
        (re.compile(rf"(?i)\b(?:dr|mr|mrs|ms|miss|prof)\.?[ \t]+((?:[A-Za-z]\.[ \t]*){{1,2}}{nm})"), 1, 0.8,
         _person_words),
        (re.compile(rf"(?i)\b({nm}(?:[ \t]+[A-Za-z]\.)?[ \t]+{nm})[ \t]+is[ \t]+an?[ \t]+\d{{1,3}}[ \t-]*"
                    rf"(?:y|yo|year)"), 1, 0.75, _full_name_subject),
        # a courtesy title is near-certain evidence, even before an everyday word ("Ms. White")
        (re.compile(rf"(?i)\b(?:mrs\.?|mr\.|ms\.)[ \t]+({nm})"), 1, 0.8, _surname_after_title),
        # "Pt AN is a 62 yo woman", "pt dk was admitted": two-letter initials after "Pt"
        (re.compile(r"(?i)\bpt\.?[ \t]+([A-Za-z]{2})[ \t]+(?:is|was|has|had)[ \t]+(?:an?|admitted|seen|transferred)\b"),
         1, 0.7, None),
        # "Roger is a 60-year-old man", "Grace is a 77yo woman": a first name as the age sentence's subject
        (re.compile(rf"(?i)(?<![A-Za-z'\-][ \t])\b({nm})[ \t]+is[ \t]+an?[ \t]+\d{{1,3}}[ \t-]*(?:y|yo|year)"), 1, 0.7,
         _first_name),
        # "Roger was admitted", "XIMENA CROMSTEIN WAS ADMITTED": subject of an admission sentence
        (re.compile(rf"(?im)^[ \t]*({nm}(?:[ \t]+{nm})?)[ \t]+was[ \t]+admitted\b"), 1, 0.7, _full_or_first_name),
    ]
    return RegexRecognizer(NAME, "InitialsSignatureRecognizer", rules)


def _person_words(text: str, m: re.Match) -> bool:
    """Every word of the candidate may be a name: not a stop word, not clinical-only vocabulary,
    and (for Title-case or unknown words) not an everyday English word unless a known name."""
    words = [w.lower() for w in re.findall(r"[A-Za-z'\-]+", m.group(1)) if len(w) > 1]
    if not words:
        return False
    for w in words:
        if w in STOP or w in sl.CLINICAL_TERMS:
            return False
        known_name = w in sl.first_names() or w in sl.last_names()
        if not known_name and (_medical_only(w) or sl.is_common(w)):
            return False
    return True


def _surname_after_title(text: str, m: re.Match) -> bool:
    """A surname, or an unknown word, after Mr./Ms./Mrs. ("Ms. White"); not "MS. TOLERATING"."""
    w = m.group(1).lower()
    if w in STOP or w in sl.CLINICAL_TERMS or _medical_only(w):
        return False
    return w in sl.last_names() or w in sl.first_names() or not sl.is_known_word(w)


def _first_name(text: str, m: re.Match) -> bool:
    return m.group(1).lower() in sl.first_names()


def _full_or_first_name(text: str, m: re.Match) -> bool:
    words = m.group(1).split()
    if len(words) > 1:
        return _full_name_subject(text, m)
    w = words[0].lower()  # "KWAME WAS ADMITTED": a first name, or no English/clinical word
    return _first_name(text, m) or not (sl.is_known_word(w) or w in sl.CLINICAL_TERMS or w in STOP)


def _full_name_subject(text: str, m: re.Match) -> bool:
    """"Roger Fox is a 69-year-old": a two-word subject whose first word is a first name
    or no English word ("HIROSHI SUN IS A 59 Y/O MAN")."""
    words = [w.lower() for w in re.findall(r"[A-Za-z'\-]+", m.group(1)) if len(w) > 1]
    if len(words) < 2 or any(w in STOP or w in sl.CLINICAL_TERMS or _medical_only(w) for w in words):
        return False
    return words[0] in sl.first_names() or not sl.is_known_word(words[0])


def _dictation_mark(text: str, m: re.Match) -> bool:
    name = m.group(2).lower()
    if name in STOP or _medical_only(name) or (name in sl.medical_words() and name not in sl.last_names()):
        return False
    return name in sl.last_names() or name in sl.first_names() or (len(name) >= 4 and unknown_word(name))


def _age_subject(text: str, m: re.Match) -> bool:
    word = m.group(1)
    low = word.lower()
    if low in STOP or low in ("pt", "patient", "this", "who", "which", "he", "she", "mr", "mrs", "ms"):
        return False
    if re.match(r"pt\.?\s", m.group(0), I) and len(word) <= 3:
        return True  # "Pt BO is a ...": patient initials
    if _medical_only(low) or sl.is_common(low):
        return False
    return (word[0].isupper() or mostly_upper(text)) and (
        low in sl.first_names() or low in sl.last_names() or unknown_word(low) or low not in sl.medical_words())


def _not_clinical_words(text: str, m: re.Match) -> bool:
    # Single letters are initials ("L. Miller"), never evidence of a clinical phrase.
    words = [w.lower() for w in re.findall(r"[A-Za-z'\-]+", m.group(1)) if len(w) > 1]
    return bool(words) and not any(w in sl.medical_words() and w not in sl.first_names()
                                   and w not in sl.last_names() for w in words)


def profession_recognizer() -> list[RegexRecognizer]:
    """Occupations and employers from social-history phrasing ("Former plumber", "works at X as Y")."""
    job = r"([A-Za-z][A-Za-z\-]+(?:[ \t][A-Za-z][A-Za-z\-]+)?)"
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(rf"(?i)\b(?:works?|worked|working|employed|job|retired|occupation|profession)"
                    rf"(?:[ \t]+(?:as|at)[ \t]+(?:an?[ \t]+)?|[ \t]*:[ \t]*(?:an?[ \t]+)?|[ \t]+)"
                    rf"{job}"), 1, 0.6, _job_words),
        (re.compile(rf"(?i)\b(?:former|retired)[ \t]+{job}"), 1, 0.6, _job_words),
        (re.compile(rf"(?i)\bas[ \t]+an?[ \t]+{job}(?=[ \t]*[.,;])"), 1, 0.55, _job_words),
    ]
    org = re.compile(r"(?i)\bworks?[ \t]+(?:at|for)[ \t]+"
                     r"((?:the[ \t]+)?[A-Za-z][\w&'\-]*(?:[ \t]+[A-Za-z][\w&'\-]*){0,4}?)"
                     r"(?=[ \t]+as\b|[ \t]*[.,;\n])")
    return [RegexRecognizer("PROFESSION", "ProfessionRecognizer", rules),
            RegexRecognizer(LOCATION, "EmployerRecognizer", [(org, 1, 0.6, None)])]



_NOT_JOBS = {"smoker", "smoking", "drinker", "alcohol", "etoh", "at", "as", "in", "the", "a", "an", "for",
             "with", "on", "and", "from", "home", "to", "full", "part", "time", "well", "up", "out", "he",
             "she", "today", "now", "hard", "fine", "patient", "pt", "nurse", "rn", "md", "result"}


def _job_words(text: str, m: re.Match) -> bool:
    first = m.group(1).split()[0].lower()
    return first not in _NOT_JOBS and first not in STOP and not (
        first in sl.medical_words() and first not in sl.word_freq())


def _initial_name(text: str, m: re.Match) -> bool:
    initial, rest = m.group(0).split(".", 1)
    word = rest.strip().lower()
    if word.startswith("o'"):
        return True
    if sl.is_common(word) or word in sl.medical_words() or word in STOP or _medical_only(word):
        return False
    if initial.upper() in "LRPASOGU" and not (word in sl.last_names() and unknown_word(word)):
        return False  # laterality (L./R.) and SOAP headings (A./P.) before clinical words
    return word in sl.last_names() or word in sl.first_names() or not sl.is_known_word(word)


def _signature(text: str, m: re.Match) -> bool:
    words = [w.strip(".").lower() for w in m.group(1).split()]
    return bool(words) and not any(w in sl.medical_words() and w not in sl.first_names()
                                   and w not in sl.last_names() and len(w) > 1 for w in words)


def build_recognizers() -> list[EntityRecognizer]:
    return [date_recognizer(), age_recognizer(), contact_recognizer(), id_recognizer(),
            address_recognizer(), initials_recognizer(), *profession_recognizer(), NameRecognizer(),
            LocationRecognizer()]


class OrderedRegistry(RecognizerRegistry):
    """Presidio's registry returns recognizers from a set, so their order (and which one is
    credited when two find the same span with the same score) varies between processes.
    Sorting by name makes the analysis, and the stats built from it, the same everywhere."""

    def get_recognizers(self, *args: Any, **kwargs: Any) -> list[EntityRecognizer]:
        found = super().get_recognizers(*args, **kwargs)
        return sorted(found, key=lambda r: (r.name, type(r).__name__, tuple(r.supported_entities)))


def build_registry(extra: Iterable[EntityRecognizer] = ()) -> RecognizerRegistry:
    """A Presidio registry holding the clinical recognizers (and e.g. an NER recognizer)."""
    registry = OrderedRegistry(supported_languages=["en"])
    for rec in [*build_recognizers(), *extra]:
        registry.add_recognizer(rec)
    return registry

"""Dates (i2b2 DATE): numeric, month-word, year-with-context and holiday forms; lab values,
vent settings, fractions and times of day are rejected by context."""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid.recognizers.base import (
    DATE,
    MONTHS,
    ORD,
    Folded,
    Gated,
    I,
    RegexFolded,
    RegexRecognizer,
    ReversedFolded,
    WordAnchored,
    first_runs,
)
from cancerprep.stages.deid.recognizers.context import UNIT_AFTER, text_before

_TIME_BEFORE = re.compile(r"(?:at|@|~|approx\.?|around|until|till|by|from|to|-|->|>|between|and|"
                          r"since|after|before|q)\s*$", I)
_YEAR_CONTEXT = re.compile(r"(?:in|since|year|of|circa|s/p|dx|dx'd|diagnosed|mi|cabg|redo|avr|mvr|quit|stopped|"
                           r"cva|ptca|repair|pacer|stent|ablation|is|until|'|,|\()\s*$", I)


# The validators' patterns, compiled once: a call of `regex.search(pattern_string, ...)` looks its pattern up in the
# module's cache at about 10 us a call, several times the search itself on these short windows.
_AM_PM = re.compile(r"\s*(?:a\.?m|p\.?m)\b", I)
_FRACTION_CUE = re.compile(r"\b(?:bp|b/p|pressure|ratio|i:e|x|strength|ns|dose|tab|map|psv|ps|cpap|peep|"
                           r"simv|imv|vent|settings|bipap|rate|tv|grade|strength)\s*$", I)
_DATED_WORD = re.compile(r"\b(?:on|visit|seen|received|diagnosed|dated|since|from|until|collected|admitted|"
                         r"discharged|of)\s*:?\s*$", I)
_STRONG_DATE_WORD = re.compile(r"\b(?:visit|received|dated|collected)\s*:?\s*$", I)
_DATED = re.compile(r"\b(?:on|since|from|until|dated)\s*$", I)
_VENT_MODE = re.compile(r"\b(?:cpap|bi-?pap|psv|simv)\b", I)
_VENT_DATED = re.compile(r"(?:on|since|from|placed|until|extubated|intubated|dated)\s*$", I)
# a murmur grade (x/6), the murmur word right after or after its describing words ("3/6 systolic ejection murmur")
_MURMUR_AFTER = re.compile(r"(?:[ \t,]+(?!(?:for|on|with|and|at|in|to|from|since)\b)[a-z]+(?:-[a-z]+)?){0,3}?"
                           r"\s*(?:sem|murmurs?|hsm)\b", I)
_PLURAL_AFTER = re.compile(r"'?s\b")
_DATE_RANGE_BEFORE = re.compile(r"(?<![\d/\-])(?:0?[1-9]|1[0-2])/\d{1,2}[ \t]*-[ \t]*$")
_DATE_RANGE_AFTER = re.compile(r"[ \t]*-[ \t]*(?:0?[1-9]|1[0-2])/\d{1,2}(?![\d/\-])")
_VALUE_RANGE_BEFORE = re.compile(r"\d\s*-\s*$")
_VALUE_RANGE_AFTER = re.compile(r"-\d")
_DOSE_WORD_AFTER = re.compile(r"\s*(?:ns|strength|tab|of\b|way|gallon|cup|dose|amp)")
_HYPHEN_DATE_END = re.compile(r"[ \t]*(?:[.,;:)\n]|$|(?:for|at|and|with|when|to|by|pt|he|she|am|pm)\b)", I)
_YEAR_RANGE_AFTER = re.compile(r"\s*(?:-|->|to)\s*\d{3,4}")
_ARROW_BEFORE = re.compile(r"(?:-|->|>)\s*$")
_OPENING_BEFORE = re.compile(r"[,(]\s*$")
_CLOSING_AFTER = re.compile(r"\s*[,)\]]")
_YEAR2_MEASURE_BEFORE = re.compile(r"(?:hob|x|for|q|over|walked|ambulated|amb|feet|ft|head|bed|elevated|at|~|"
                                   r"\d\s*-)\s*$", I)
_MONTH = re.compile(MONTHS, I)
_SEPT_CUE = re.compile(r"\b(?:in|of|since|early|late|mid)\s*$")
_CAPITAL_WORD_AFTER = re.compile(r"\s+[A-Z][a-z]")
_FIRST_WORD = re.compile(r"\w+")
_EVENT_BEFORE = re.compile(r"(?:mi|cva|cabg|avr|mvr|dx|surgery|repair)\s+$", I)
# The first whole run of word characters of each event word of the event-year rule ("dx'd" -> "dx"; "cabgx3",
# "cabgx 3": "CABG" and its count written together), where `WordAnchored` tries that rule.
_EVENT_RUNS = first_runs("mi cabg redo avr mvr cva ptca stent pacer ablation repair chemo xrt surgery dx dx'd "
                         "diagnosed hx since in".split()) | {"cabgx", *(f"cabgx{d}" for d in range(10))}


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
    if UNIT_AFTER.match(text, m.end()) and not _AM_PM.match(text[m.end():]):
        return False
    return not _FRACTION_CUE.search(text[max(0, m.start() - 10):m.start()])


_PAIN = re.compile(r"\b(?:pain|cp|angina|discomfort|ache|scale|ha|headache)\b", I)
_VENT_AFTER = re.compile(r"[ \t,]*(?:bi-?pap|cpap|peep|ps\b|psv|w/?\s*sats|fio2|c\s+good)", I)
_FRACTIONS = {"1/2", "1/3", "2/3", "1/4", "3/4", "5/5"}
# a list of ventilator settings (a setting's name with its value, then only values, separators and more settings)
# ending right before the value: "TV 400'S, RR 14-19, & ", "AC 500TV/50 / "
_VENT_LIST_BEFORE = re.compile(r"\b(?:tv|vt|rr|fio2|fi02|peep|ps|psv|ac|a/c|simv|imv|ipap|epap|mv)\b[ \t:=]*\d+"
                               r"(?:[ \t'%a-z/&,:=.-]|\d){0,30}[ \t]*[,&/][ \t]*(?:&[ \t]*)?$", I)
# vent settings (PSV 10/5), pain scores (5/10), hemodynamics (co/ci 5/3) just before a number pair
_SETTING_BEFORE = re.compile(r"\b(?:cpap|bi-?pap|psv?|peep|flow-?by|simv|ips|settings|pain|c/o|co/ci|"
                             r"strength|str|mask(?:\s+ventilation)?|on\s+ps|trial)\b[^\n\d]{0,10}$", I)


def _valid_month_day(text: str, m: re.Match) -> bool:
    if not _not_fraction(text, m):
        return False
    value = m.group(0)
    dated_word = _DATED_WORD.search(text[max(0, m.start() - 12):m.start()])
    pain_score = value.endswith("/10") and int(value.split("/")[0]) <= 10 and bool(
        _SETTING_BEFORE.search(text[max(0, m.start() - 30):m.start()]))
    strong_date_word = _STRONG_DATE_WORD.search(text[max(0, m.start() - 12):m.start()])
    if (value in _FRACTIONS and (not dated_word or (value == "5/5" and not strong_date_word))) or pain_score:
        return False
    dated = _DATED.search(text[max(0, m.start() - 8):m.start()])
    if _SETTING_BEFORE.search(text[max(0, m.start() - 30):m.start()]) and not dated:
        return False
    if _VENT_LIST_BEFORE.search(text, max(0, m.start() - 40), m.start()) and not dated:
        return False  # "TV 400'S, RR 14-19, & 5/10", "AC 500TV/50 / 5/10": the last of a list of vent settings
    near = text[max(0, m.start() - 25):m.end() + 25]
    num, den = value.split("/")[0], value.split("/")[1]
    if den == "10" and int(num) <= 10 and _PAIN.search(near):
        return False
    if _VENT_AFTER.match(text, m.end()) or (_VENT_MODE.search(text[max(0, m.start() - 30):m.start()])
                                            and not _VENT_DATED.search(text[max(0, m.start() - 12):m.start()])):
        return False
    if den == "6" and (text[m.start() - 1:m.start()] == "+" or _MURMUR_AFTER.match(text[m.end():])):
        return False
    if _PLURAL_AFTER.match(text[m.end():]):
        return False
    range_of_dates = (_DATE_RANGE_BEFORE.search(text[max(0, m.start() - 8):m.start()])
                      or _DATE_RANGE_AFTER.match(text[m.end():]))
    if not range_of_dates and (_VALUE_RANGE_BEFORE.search(text[max(0, m.start() - 3):m.start()])
                               or _VALUE_RANGE_AFTER.match(text[m.end():])):
        return False  # a range of values: 4-6/2-4 (but "3/4-3/6" is a range of dates)
    word_after = text[m.end():m.end() + 12].lower()
    # "1/2 NS", "1/2 strength", "2/3 of"
    if _DOSE_WORD_AFTER.match(word_after):
        return False
    return not _measure_or_grade(text, m, int(num), int(den))


# Fractions that measure or grade: "7/8 inch", "30 and 4/7th weeks" (gestation), "Lotrel 10/20 daily";
# exam grades "+2/2", "reflexes 2/2 throughout", "strength 4/5", "Gleason 3 + 4 = 7/10".
_MEASURE_AFTER = re.compile(r"(?:st|nd|rd|th)?['\u2019]?s?[ \t-]*(?:inch(?:es)?|in\.|weeks?|wks?|daily|bid|tid|qid|"
                            r"qd|qhs|po|tablets?|caps(?:ules?)?)\b", I)
_GRADE_BEFORE = re.compile(r"(?:\+|=[ \t]*|\b(?:reflexes|reflex|dtrs?|strength|motor|power|pulses?|grade|"
                           r"gleason'?s?|score|pupils?)\b[^\n.;]{0,30})$", I)
# what an exam grade is written before: its spread, the reflex site or muscle group graded, a pupil's reaction, the
# scale it was rated on ("2/2 throughout", "1/1 Achilles", "3/3 patellae", "4/4 decreasing to 2/2", "4/7 on the
# Stanford Sleepiness Scale")
_GRADE_AFTER = re.compile(r"[ \t]*(?:bilaterally|bilateral|throughout|symmetric(?:ally)?|and[ \t]+symmetric|"
                          r"in[ \t]+all|pulses?|dorsalis|radial|reflex(?:es)?|strength|achilles|patellae?|patellar|"
                          r"knees?|ankles?|biceps|triceps|brachioradialis|quadriceps|hamstrings?|deltoids?|hips?|"
                          r"bue|ble|bles|bues|ue|le|ues|les|extensors?|flexors?|decreasing|reactive|reacting|"
                          r"constricting|brisk|sluggish)\b", I)
_SCALE_AFTER = re.compile(r"[ \t]+on[ \t]+the[ \t]+(?:[a-z-]+[ \t]+){0,3}scale\b", I)
# another exam grade written with its sign near a fraction ("was 1/5 and on the left was 3-/5", "2+/2+"): dates
# never carry a plus or minus on a number
_SIGNED_GRADE = re.compile(r"\d[+-]/\d|\d/\d\+")


def _measure_or_grade(text: str, m: re.Match, num: int, den: int) -> bool:
    """A month/day shape that is a measure or an exam grade, not a date: a unit or dose schedule after it,
    or a grade written as one (num <= den, den 2, 4, 5 or 10) with a grade cue before or after it."""
    if _MEASURE_AFTER.match(text, m.end()):
        return True
    if num <= 10 and den <= 10 and text[m.end():m.end() + 1] == "+":
        return True  # "5/4+ hip extensors", "3/3+ biceps": a grade's sign (a minus may be a dash: "sent 6/4- will")
    line_start = text.rfind("\n", 0, m.start()) + 1
    line_end = text.find("\n", m.end())
    near = text[max(line_start, m.start() - 40):m.start()] + " " + text[m.end():min(
        m.end() + 40, line_end if line_end != -1 else len(text))]
    signed = den in (2, 3, 4, 5, 6, 10) and _SIGNED_GRADE.search(near)
    if num <= den and (signed or _SCALE_AFTER.match(text, m.end())):
        return True
    cue = bool(_GRADE_BEFORE.search(text, max(0, m.start() - 40), m.start()) or _GRADE_AFTER.match(text, m.end()))
    # a grade on its own scale (num <= den), or the same value for both sides (pupils "4/4", reflexes "3/3")
    return cue and ((num <= den and den in (2, 4, 5, 10)) or num == den)


def _hyphen_date_end(text: str, m: re.Match) -> bool:
    """'on 7-8 for coiling' is a date, 'on 4-5 L NC' and 'from 2-4 units' are ranges."""
    return bool(_HYPHEN_DATE_END.match(text[m.end():m.end() + 8]))


def _valid_year4(text: str, m: re.Match) -> bool:
    year = int(m.group(1)[:4])
    if UNIT_AFTER.match(text, m.end()) or _YEAR_RANGE_AFTER.match(text[m.end():]):
        return False
    before = text[max(0, m.start() - 12):m.start()]
    if 1960 <= year <= 1999:  # cannot be a time of day (minutes > 59)
        return not _ARROW_BEFORE.search(before)
    if _TIME_BEFORE.search(before):
        return False
    if year <= 2059 and _OPENING_BEFORE.search(before):  # ", 2000 c/o" is a time of day
        return False
    return bool(_YEAR_CONTEXT.search(before)) or bool(_CLOSING_AFTER.match(text[m.end():]))


def _valid_year2(text: str, m: re.Match) -> bool:
    if UNIT_AFTER.match(text, m.end()) or text[m.end():m.end() + 1].isdigit():
        return False
    # HOB 30', x 30', walked 20' (feet/minutes)
    return not _YEAR2_MEASURE_BEFORE.search(text[max(0, m.start() - 10):m.start()])


# A month word ending at a word boundary, as the month-word rules need it (their gate; one search a note).
_MONTH_WORD = Folded(rf"{MONTHS}\b")


def date_recognizer() -> RegexRecognizer:
    """Dates and years in clinical forms, with context rules that keep lab values, vent settings and
    fractions out (they are not dates and must not be shifted)."""
    r = re.compile
    rules: list[RegexRecognizer.Rule] = [
        # 2092-07-22, 2092/07/22
        (r(r"\b(?:19|20)\d{2}[-/.](?:0?[1-9]|1[0-2])[-/.](?:0?[1-9]|[12]\d|3[01])\b"), 0, 0.95, None),
        # 7/22/92, 07-22-2092, 3-24-17, 8.21.02
        (Gated(RegexFolded(r"\d([-/.])\d\d?\1\d"),
               r(r"(?<![\d/.])(?:0?[1-9]|1[0-2])([-/.])(?:0?[1-9]|[12]\d|3[01])\1(?:\d{4}|\d{2})(?![\d/])")),
         0, 0.95, _not_fraction),
        # 7/22, 10/03/10/04 (pairs), 8/87 (month/2-digit year), 3/02, 6/1987
        (r(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:\d{4}|\d{1,2})(?![\d])"), 0, 0.85, _valid_month_day),
        # July 22nd, 22-Jul, 21 Apr, July 22, 1992, nov, 96, March of 1993, Sept '92
        (Gated(_MONTH_WORD, r(rf"\b(?:(?:\d{{1,2}}){ORD}[\s\-]*(?:of\s+)?)?{MONTHS}\b\.?(?:[\s\-]*\d{{1,2}}{ORD}\b)?"
                              rf"(?:,?[\s\-]*(?:of\s+)?'?(?:\d{{4}}|\d{{2}})\b)?", I)), 0, 0.8, _valid_month_word),
        # years: 1992, 1980s, 2004
        (r(r"(?<![\d.:/$#])((?:19|20)\d{2})(?:'?s)?\b(?![.:/]\d)", I), 0, 0.7, _valid_year4),
        # "on 7-8", "since 10-2": month-day with a hyphen after a date preposition
        (Gated(ReversedFolded(r"(?:on|since|from|until|till|dated)[ \t]+\d\d?-\d"),
               r(r"\b(?:on|since|from|until|till|dated)[ \t]+((?:0?[1-9]|1[0-2])-(?:0?[1-9]|[12]\d|3[01]))\b"
                 r"(?![-/.]?\d)", I)), 1, 0.7, _hyphen_date_end),
        # 11/21.93: month/day.year
        (r(r"(?<![\d/.])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])\.\d{2}(?![\d/.])"), 0, 0.7, None),
        # "1->2 nov, 96", "3-4 Jan": a day range before a month
        (Gated(_MONTH_WORD, r(rf"\b\d{{1,2}}{ORD}[ \t]*(?:-+>?|to)[ \t]*\d{{1,2}}{ORD}[ \t,]+{MONTHS}\b", I)),
         0, 0.75, None),
        # "CVA in 94 and 00": the second year of a list after a dated event
        (Gated(RegexFolded(r"\d[ \t]+(?:and|&)[ \t]+\d\d"),
               r(r"\b(?:mi|cabg|avr|mvr|cva|ptca|stent|surgery|repair)[ \t]+(?:in[ \t]+)?(?:19|20)?\d{2}[ \t]+"
                 r"(?:and|&)[ \t]+((?:19|20)?\d{2})\b(?![ \t]*(?:%|mg|mm|cc|ml|units?|x\b))", I)), 1, 0.6, None),
        # "the 11th", "on the 3rd"
        (r(r"\bthe\s+((?:[12]?\d|3[01])(?:st|nd|rd|th))\b(?!\s*(?:ventricle|rib|ics|intercostal|finger|toe|"
           r"degree|day|time|cranial|nerve|floor|grade|digit|dose|attempt|unit|lumbar|cervical|percentile))", I),
         1, 0.7, _ordinal_day),
        # 10/03/10/04: two month/day dates run together
        (r(r"(?<![\d/])(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])/(?:0?[1-9]|1[0-2])/(?:0?[1-9]|[12]\d|3[01])"
           r"(?![\d/])"), 0, 0.8, None),
        # '92, 92', 1980S
        (r(r"(?<![\w'])'\d{2}\b(?!')|(?<![\w'])\d{2}'(?![\w'])", I), 0, 0.85, _valid_year2),
        # "MI 92", "CABG x3 '92", "redo 84", "CVA in 94": a 2-digit year after a dated event (tried only where its
        # event word stands as a whole run, `WordAnchored`)
        (WordAnchored(_EVENT_RUNS, r(r"\b(?:mi|cabg(?:\s*x\s*\d)?|redo(?:\s+cabg)?|avr|mvr|cva|ptca|stent|pacer|"
                                     r"ablation|repair|chemo|xrt|surgery|dx|dx'd|diagnosed|hx|since|in)\s+(?:in\s+)?"
                                     r"((?:19|20)?\d{2})\b", I)),
         1, 0.6, _valid_event_year),
        # 25AUG2019, 19-MAR-2013, 1sep19: day, month word and year glued or hyphenated
        (r(rf"(?<![\w/.])(?=\d{{1,2}}-?[A-Za-z]{{3}})(?:0?[1-9]|[12]\d|3[01])-?{MONTHS}-?"
           rf"(?:(?:19|20)\d{{2}}|\d{{2}})(?!\w)", I), 0, 0.85, None),
        # 081316, 03152013, 20130315: six or eight digits that read as a valid date, in a date context
        (r(r"(?<![\w#$./:\-])(\d{6}|\d{8})(?![\w/:\-]|[.,]\d)"), 1, 0.8, _digit_date),
        # CABG'92, in'04: a two-digit year after an apostrophe glued to a word
        (r(r"(?<=[A-Za-z])'(\d{2})\b(?!')"), 0, 0.75, _valid_year2),
        # holidays
        (Gated(Folded(r"christmas|xmas|thanksgiving|easter|new\s+year|independence\s+day|labor\s+day|memorial\s+day|"
                      r"halloween|hanukkah|kwanzaa|valentine|of\s+july"),
               r(r"\b(?:christmas|xmas|thanksgiving|easter|new\s+year'?s(?:\s+(?:day|eve))?|"
                 r"independence\s+day|labor\s+day|memorial\s+day|halloween|hanukkah|kwanzaa|"
                 r"valentine'?s\s+day|4th\s+of\s+july|fourth\s+of\s+july)\b", I)), 0, 0.8, None),
    ]
    return RegexRecognizer(DATE, "ClinicalDateRecognizer", rules)


def _valid_month_word(text: str, m: re.Match) -> bool:
    s = m.group(0)
    has_digit = any(c.isdigit() for c in s)
    word = _MONTH.search(s).group(0).lower()
    if (len(word) <= 4 and word not in ("june", "july") and not has_digit) or (
            word in ("may", "march") and not has_digit):
        # verbs/names ("may", "march") and abbreviations need a number beside them
        return word in ("sept",) and bool(_SEPT_CUE.search(text_before(text, m, 10)))
    # "June" and "April" are also first names: standalone only when not followed by a capital word
    return has_digit or not _CAPITAL_WORD_AFTER.match(text[m.end():m.end() + 3]) or word not in (
        "june", "april", "august")


# What can follow a day of the month written as an ordinal ("on the 13th.", "the 14th at noon", "the 3rd of November",
# "the 11th she was seen"): a function word, never a describing or counted noun ("the 2nd right intercostal space",
# "the 8th interspace", "the 1st stage", "the 20th week of pregnancy").
_ORDINAL_CHAIN = re.compile(r"(?:[ \t]*(?:,|or|and|to|through|-)[ \t]*(?:[12]?\d|3[01])(?:st|nd|rd|th)\b)*", I)
_LOWER_WORD_AFTER = re.compile(r"[ \t]+([a-z]+)\b")
_DAY_FOLLOWERS = frozenset("""of at and or to for with in on when while she he they we i it the a an but so until
through thru after before was were is will would had has pt patient this that which who as by from around about
during""".split())


def _ordinal_day(text: str, m: re.Match) -> bool:
    """"the 13th" is a day unless a lower-case word other than a function word follows it (or the last of a list of
    ordinals run on from it: "the 9th, 10th or 11th nerve", "the 7th or 8th month")."""
    end = _ORDINAL_CHAIN.match(text, m.end(1)).end()
    word = _LOWER_WORD_AFTER.match(text, end)
    return word is None or word.group(1) in _DAY_FOLLOWERS


def _valid_event_year(text: str, m: re.Match) -> bool:
    value = m.group(1)
    if UNIT_AFTER.match(text, m.end(1)) or text[m.end(1):m.end(1) + 1] in ("/", ".", "%", "-", ":"):
        return False
    if len(value) == 4:
        return True
    # "in 94" only counts when it is not a measurement ("sats in 94")
    word = _FIRST_WORD.match(m.group(0)).group(0).lower()
    return word != "in" or bool(_EVENT_BEFORE.search(text[max(0, m.start() - 8):m.start() + 1]))


_DATE_CUE = re.compile(r"(?:\b(?:date|dos|dob|d\.o\.b|birth|born|edc|edd|lmp|admitted|discharged|seen|visit|signed|"
                       r"dictated|transcribed|on|around|since|from|until|till|dated|yesterday|today|of)\b|"
                       r"^[ \t]*[dt]|[ \t][dt])[ \t.:,]*$", I)
_DATE_LABEL = re.compile(r"\bdate\b[\w \t]{0,20}:[ \t]*$", I)  # "DATE OF SERVICE: 120318"
_DATED_AFTER = re.compile(r"[ \t]+(?:exam|examination|visit|study|scan|mri|ct|x-?ray|ultrasound|echo|admission|"
                          r"surgery|procedure|appointment|note|labs?|biopsy)\b", I)  # "her 071119 exam"
# the same dated events written before the number, as reports abbreviate them ("prior bx 031614", "CT 20130315")
_DATED_BEFORE = re.compile(r"\b(?:exam|examination|visit|study|scan|mri|ct|cxr|x-?ray|ultrasound|echo|admission|"
                           r"surgery|procedure|appointment|appt|labs?|biopsy|bx|fna|egd|colonoscopy|mammogram|resection|"
                           r"excision)[ \t.:,]*$", I)
_ID_CUE = re.compile(r"(?:mrn|mr#|rec|record|acct|account|no|number|id|#|ssn|plan|policy|member|phone|fax|tel|"
                     r"pager|zip)\b[ \t.:#]*$", I)


def _digit_date(text: str, m: re.Match) -> bool:
    """Six or eight digits are a date only when they read as MMDDYY, MMDDYYYY or YYYYMMDD and a
    date word, label or dated event ("DOS:", "on", "T:", "bx") precedes them on their line (or an event follows);
    lab values, counts and identifiers (after MRN/#/account labels) are not."""
    v = m.group(1)
    if len(v) == 6:
        ok = _md(v[:2], v[2:4])
    else:
        ok = (_md(v[:2], v[2:4]) and v[4:6] in ("19", "20")) or (v[:2] in ("19", "20") and _md(v[4:6], v[6:]))
    if not ok or UNIT_AFTER.match(text, m.end()):
        return False
    line_start = text.rfind("\n", 0, m.start()) + 1
    before = text[max(line_start, m.start() - 30):m.start()]
    if _ID_CUE.search(before):
        return False
    return bool(_DATE_CUE.search(before) or _DATE_LABEL.search(before) or _DATED_BEFORE.search(before)
                or _DATED_AFTER.match(text, m.end()))


def _md(month: str, day: str) -> bool:
    return 1 <= int(month) <= 12 and 1 <= int(day) <= 31

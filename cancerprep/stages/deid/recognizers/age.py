"""Ages over 89 (Safe Harbor): 90-119 beside "yo", "year old", "age", in the compact forms of note headers
("94M", "AGE/SEX: 96/F"), as a birthday ("97th birthday") or spelled out ("ninety-four-year-old")."""

from __future__ import annotations

import re as stdre

import regex as re

from cancerprep.stages.deid.recognizers.base import AGE, Anchored, Folded, Gated, I, RegexRecognizer, longest_first
from cancerprep.stages.deid.recognizers.words import RELATIONS

# spelled-out ages: ninety, ninety-one ... ninety-nine, one hundred (and) ... nineteen
_UNITS = r"(?:one|two|three|four|five|six|seven|eight|nine)"
_TEENS = r"(?:ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen)"
_SPELLED = (rf"(?:ninety(?:[- ]{_UNITS})?|(?:one|a)[- ]hundred(?:(?:[- ]and)?[- ](?:{_TEENS}|{_UNITS}))?)")
# before a compact sex letter, words that make the number a temperature ("T 99 F", "fever to 101F")
_TEMPERATURE = re.compile(r"(?:\b(?:t|temp|temperature|tmax|tm|tc|fever|febrile|afebrile|spiked|degrees?|deg|to|of|"
                          r"max|maximum|up|pyrexia|oral|rectal|axillary|tympanic)|°)[ \t:=|]*$", I)


def age_recognizer() -> RegexRecognizer:
    """Ages of 90 and over (Safe Harbor groups them as 90+); younger ages are not identifying."""
    age = r"(?:9\d|1[01]\d)"
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(rf"\b({age})\s*(?:-\s*)?(?:yo\b|y/o|y\.o\.?|yr?s?\b|years?\b|year[- ]old|yoM|yoF|"
                    rf"yom|yof|ym\b|yf\b)", I), 1, 0.9, None),
        # "age 94", "aged 91", "given her age (96)": the number after the age word, bracketed or not
        (re.compile(rf"\b(?:age|aged|age:)\s*(?:\([ \t]*)?({age})\b", I), 1, 0.9, None),
        # a note that opens with "98 s/p ..." or "98 yo": the age leads the summary line
        (re.compile(rf"(?:^|\n)\s*({age})\s+(?=(?:s/p|yo|y/o|year|y\.o|female|male|f\b|m\b|"
                    rf"woman|man|gentleman|lady))", I), 1, 0.8, None),
        *compact_age_rules(),
        *kin_age_rules(),
    ]
    return RegexRecognizer(AGE, "AgeOver89Recognizer", rules)


def compact_age_rules() -> list[RegexRecognizer.Rule]:
    """Ages over 89 in the compact forms of headers ("94M", "AGE/SEX: 96/F"), as birthdays and spelled out."""
    age = r"(?:9\d|1[01]\d)"
    spelled = Folded(r"ninety|hundred")  # gates (`base.Gated`): the literal each rule needs, searched first
    return [
        # "AGE/SEX: 96/F", "Age/Gender: 94 M": the age field of a combined label
        (Gated(Folded(r"age[ \t]*/"), re.compile(
            rf"\bage[ \t]*/[ \t]*(?:sex|gender|g|s)\b[ \t]*:?[ \t]*({age})(?![\d.])", I)), 1, 0.9, None),
        # "94M presents", "a 96 F with", "96/F": an age with a capital sex letter, never a temperature ("T 99 F")
        (re.compile(rf"(?<![\d.,$/:])({age})(?:[ \t]?(?:y|yr|yo)?[ \t]?|/)(?-i:M|F)(?![\p{{L}}\d°/.]|\.\d)"), 1, 0.8,
         _not_temperature),
        # "98f with ...", "92m s/p ...": a line opening with the age and a small sex letter glued on, as a summary
        # line is typed in haste (a temperature is written after its label, never opening the line)
        (Gated(stdre.compile(r"(?m)^[ \t]*(?:9\d|1[01]\d)(?:y|yo|yr)?[mf][ \t]"), re.compile(
            rf"(?m)^[ \t]*({age})(?:y|yo|yr)?[mf](?=[ \t]+[A-Za-z])")), 1, 0.8, None),
        # "his 97th birthday", "turned 100 last week"
        (Gated(Folded("birthday"), re.compile(rf"\b({age})(?:st|nd|rd|th)[ \t]+birthday\b", I)), 1, 0.9, None),
        (Gated(Folded("turn"), re.compile(
            rf"\bturn(?:s|ed|ing)[ \t]+({age})\b(?![ \t]*(?:degrees?|°|%|mg|ml|cc|units?|times|x\b))", I)), 1, 0.8,
         None),
        # "ninety-four-year-old", "one hundred and two years old", "age ninety-six"
        (Gated(spelled, re.compile(rf"\b({_SPELLED})[- ](?:years?|yrs?)(?:[- ]old)?\b", I)), 1, 0.85, None),
        (Gated(spelled, re.compile(rf"\b(?:age|aged)[ \t:]+({_SPELLED})\b", I)), 1, 0.85, None),
    ]


# A relative as genetic and social histories name one: a relation word ("mother", "PGF", "husband") or a pedigree's
# individual ("II-1": generation in Roman numerals, number in the generation).
_RELATION_ALT = longest_first(RELATIONS)
_KIN = ("(?:" + _RELATION_ALT
        + r"|(?-i:[IV]{1,4})-\d{1,2})")
# where a `_KIN` can start, in a lower-cased note (`base.Anchored`): numbers of 90-119 are in most nursing notes (heart
# rates, pressures), so the number gate passes them and the relation words are looked for only where they stand
_KIN_ANCHOR = _RELATION_ALT + r"|[iv]{1,4}-\d"
# Vital status before an age: "died at 92", "d. 94", "alive at 93", "passed away at 96".
_VITAL = r"(?:d\.|died|deceased|dec['’]?d|expired|passed(?:[ \t]+away)?|alive|living|still[ \t]+living|death)"
# After the number: what makes it a measure, a count, a ratio or a time rather than an age (shared with the
# admin forms' "age at diagnosis" field).
NOT_AGE_AFTER = (r"(?![\d.,]\d|[ \t]*(?:%|/|:|-[ \t]*\d)|[ \t]*(?:mg|mcg|ml|cc|kg|lbs?|pounds?|units?|mmhg|bpm|beats|"
                 r"min|mins|minutes?|h|hrs?|hours?|days?|d\b|weeks?|wks?|months?|mos?|miles?|mi\b|times|x\b|degrees?|°|"
                 r"percent|pct|am|pm|a\.m|p\.m)(?!\w))")


def kin_age_rules() -> list[RegexRecognizer.Rule]:
    """Ages over 89 of people in genetic and social histories, which write them without an age word: after vital
    status ("Father alive at 93", "died at 92 of old age"), after a relation word or pedigree individual set off by
    a comma, a bracket or a copula ("Pt's mother, 94, lives", "husband (91)", "Grandfather is 93", "PGF d. 92",
    "I-2, d. 92"). Never a bare number: "HR 91", "BP 94/60", "sat 92%" have no relative or vital status before them."""
    age = r"(?:9\d|1[01]\d)"
    gate = re.compile(r"(?<!\d)(?:9\d|1[01]\d)(?!\d)")  # a number of 90-119 somewhere: every rule below needs one
    return [
        # "alive at 93", "died at 92", "passed away at 96", "death at 101"
        (Gated(gate, Anchored(r"\b(?:died|deceased|expired|passed|alive|still|death)", re.compile(
            rf"\b(?:died|deceased|expired|passed(?:[ \t]+away)?|alive|still[ \t]+living|death)"
            rf"[ \t]+(?:at|@)[ \t]+({age})\b{NOT_AGE_AFTER}", I))), 1, 0.85, None),
        # "mother, 94,", "husband (91)", "PGF d. 92", "I-2, d. 92", "Grandfather is 93", "his wife Ann (90)"
        (Gated(gate, Anchored(rf"(?<![\w-])(?:{_KIN_ANCHOR})", re.compile(
            rf"(?<![\w-]){_KIN}(?:[ \t]+(?-i:[A-Z][\p{{L}}'’-]+)){{0,3}}"
            rf"(?:[ \t]*[,(:][ \t]*(?:{_VITAL}[ \t]*(?:at[ \t]+|@[ \t]*)?)?|"
            rf"[ \t]*-[ \t]*{_VITAL}[ \t]*(?:at[ \t]+)?|"
            rf"[ \t]+(?:(?:is|was)(?:[ \t]+now)?|now|{_VITAL})(?:[ \t]+(?:at|@))?[ \t]+)({age})\b{NOT_AGE_AFTER}",
            I))), 1, 0.8, None),
    ]


def _not_temperature(text: str, m: re.Match) -> bool:
    """"99 F" after a temperature word is a temperature; "94M" elsewhere is an age and sex."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return not _TEMPERATURE.search(text[max(line_start, m.start() - 30):m.start()])

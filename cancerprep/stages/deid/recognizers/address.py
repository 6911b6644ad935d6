"""Addresses (i2b2 LOCATION): streets, PO boxes, zip codes, "City, ST", "in City, State", regions."""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import LOCATION, I, RegexRecognizer
from cancerprep.stages.deid.recognizers.context import medical_only
from cancerprep.stages.deid.recognizers.tokens import mostly_upper
from cancerprep.stages.deid.recognizers.words import STOP


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
    if any(w in STOP or medical_only(w) for w in words):
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
    if cut >= 0 and city_words and not any(w in STOP or medical_only(w) for w in city_words) and (
            code.upper() not in _AMBIGUOUS_CODES or has_zip
            or all(w not in sl.medical_words() or w in sl.us_cities() for w in city_words)):
        return True  # "lives in Granby, KY"
    if code.upper() in ("MD", "PA", "OR", "IN", "ME", "OK", "CO", "DE") and not has_zip:
        return False
    return has_zip and not any(w in sl.medical_words() and not sl.is_common(w) for w in city.split())


def _street_words(text: str, m: re.Match) -> bool:
    words = [w.lower() for w in m.group(0).split()[1:-1]]
    return not any(w in STOP or medical_only(w) or (w in sl.medical_words() and w not in sl.word_freq())
                   for w in words)

"""Where an emergency happened and who came from outside: the places and people of EMS run reports, dispatch lines,
police holds and trauma notes (issue 13).

Places: an incident is located by road furniture rather than a house number — a mile marker, a highway exit, the
cross streets of a dispatch line, two named streets at a crossing, a street being crossed, a named street before an
underpass or bridge — and each of these, with a road or street word, is a place smaller than a state (Safe Harbor).
Also a ZIP code after "zip=" or straight after a street address, an age over 89 in "who is 97", and a badge number.
People: outside responders and workers named after their role or its abbreviation ("Trooper X", "Ofc. X", "FF X",
"advocate, X,") and the members of a crew field ("Crew: P X / E Y"). Unit call signs ("Medic 12", "Engine 4"),
dispatch codes, GCS/ESI scores and bed numbers are not places or people and no rule here reads a number as a name.
"""

from __future__ import annotations

import re as stdre

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.address import (
    _STREET_THING,
    _WAY_SUFFIX,
    _street_before_thing,
    _way_words_ok,
)
from cancerprep.stages.deid.recognizers.base import (
    AGE,
    ID,
    LOCATION,
    NAME,
    Anchored,
    Folded,
    Gated,
    I,
    RegexRecognizer,
)
from cancerprep.stages.deid.recognizers.context import line_cased, medical_only
from cancerprep.stages.deid.recognizers.person_frames import word_ok
from cancerprep.stages.deid.recognizers.words import STOP

# a name word of a street (letters, apostrophes, hyphens) and the words of a street name before its suffix
_WORD = r"\p{L}[\p{L}'\-]*"
# (with the short suffixes that are also titles or abbreviations, "St", "Dr", "Ct", "Pl": `_street_side` asks for
# name words capitalised with them where the line has case)
_ANY_SUFFIX = rf"(?:{_WAY_SUFFIX}|(?i:st|ct|dr|pl|trl|ter|cir))"
_WAY_NAME = rf"(?:{_WORD}[ \t]+){{1,3}}{_ANY_SUFFIX}\b\.?"
# place prepositions, which end a street's name words from the left
_PLACE_PREP = r"(?:near|at|under|by|beneath|behind|from|below)"
# a numbered road: an interstate by one to three digits ("I-270"), a US, state or county route, "Route 9"
_ROAD = r"(?:I-?\d{1,3}|(?:US|SR|CR)-?\d{1,3}|(?i:route|rte\.?|highway|hwy\.?|interstate)[ \t]*\#?[ \t]*\d{1,3})"
_HEADING = r"(?:[NSEW]B|(?i:north|south|east|west)bound)"


def _street_side(side: str, cased: bool) -> bool:
    """One street of a crossing: proper-name words before a way suffix (`address._way_words_ok`), capitalised where
    the line has case."""
    words = side.split()
    if len(words) < 2 or not _way_words_ok(words[:-1]):
        return False
    return not cased or all(w[0].isupper() for w in words)


def _crossing(text: str, m: re.Match) -> bool:
    """"at Heron Way and Orchard Rd": both sides streets with their suffixes."""
    cased = line_cased(text, m.start())
    return _street_side(m.group("a"), cased) and _street_side(m.group("b"), cased)


def _crossed(text: str, m: re.Match) -> bool:
    """"crossing Church Rd": a street after the verb, its name words no stop or clinical word."""
    return _street_side(m.group(1), line_cased(text, m.start()))


def _cross_streets(text: str, m: re.Match) -> bool:
    """The value of a "cross streets" label: each side one to three name words (a suffix optional: the label says
    they are streets), no stop or clinical word."""
    for g in ("a", "b"):
        words = [w for w in m.group(g).split() if not re.fullmatch(rf"{_WAY_SUFFIX}\.?", w, I)]
        if words and not _way_words_ok(words):
            return False
    return True


def place_rules() -> list[RegexRecognizer.Rule]:
    """Mile markers, exits, headings on numbered roads, cross streets, crossings, crossed streets, streets before an
    underpass, and ZIP codes after "zip=" or a street address."""
    return [
        # "mile marker 262", "milepost 14.5": a point on a road
        (Gated(Folded(r"mile"), re.compile(
            r"\b(?i:mile[ \t-]*(?:marker|post)|milepost)[ \t]*\#?[ \t]*\d{1,3}(?:\.\d)?\b")), 0, 0.75, None),
        # "I-270 EB", "Route 9 northbound": a numbered road with its heading (three-digit interstates too: the heading
        # says it is a road, not iodine-131)
        (Gated(Folded(r"bound|[nsew]b\b"), re.compile(rf"\b{_ROAD}[ \t]+{_HEADING}\b")), 0, 0.7, None),
        # "exit 198 off I-198", "Exit 12 on Route 9"
        (Gated(Folded(r"exit"), re.compile(
            rf"\b(?i:exit)[ \t]*\#?[ \t]*\d{{1,3}}[A-Za-z]?[ \t]+(?i:off|on|of|from)[ \t]+(?:(?i:the)[ \t]+)?"
            rf"{_ROAD}\b")),
         0, 0.7, None),
        # "Cross streets: Maple / Wexford", "X-STREETS ELM AND 5TH"
        (Gated(Folded(r"cross|x[ \t-]*st"), re.compile(
            rf"\b(?i:cross|x)[ \t-]*(?i:streets?|sts?)\b[ \t]*(?:[:=\-][ \t]*)?"
            rf"(?P<a>{_WORD}(?:[ \t]+{_WORD}){{0,2}}?)[ \t]*(?:/|&|\+|(?i:and))[ \t]*"
            rf"(?P<b>{_WORD}(?:[ \t]+{_WORD}){{0,2}}?)(?=[ \t]*(?:[,.;:)|]|$))", re.M)), 0, 0.7, _cross_streets),
        # "MVC at Heron Way and Orchard Rd", "near Elm St / Pine Ave": two streets, each with its suffix
        # (the next three tried only where their preposition or verb stands, `Anchored`: their place follows it)
        (Anchored(r"(?:\b(?:at|near|of|between|on)|@)[ \t]", re.compile(
            rf"(?:\b(?i:at|near|of|between|on)|@)[ \t]+(?P<x>(?P<a>{_WAY_NAME})[ \t]*(?:&|/|(?i:and))[ \t]*"
            rf"(?P<b>{_WAY_NAME}))", I)), 1, 0.65, _crossing),
        # "struck while crossing Church Rd.", "LOC: ... CROSS MEADOWLARK ST"
        (Anchored(r"\bcross", re.compile(
            rf"\b(?i:cross|crossing|crossed|crosses)[ \t]+({_WAY_NAME})", I)), 1, 0.65, _crossed),
        # "near Quarry Blvd underpass", "under Elm St bridge": a street before the thing on it, after a place
        # preposition (with "the", `address.site_rules`)
        (Gated(Folded(rf"[ \t]{_STREET_THING}"), Anchored(rf"\b{_PLACE_PREP}[ \t]", re.compile(
            rf"\b(?i:{_PLACE_PREP})[ \t]+(?P<x>((?:(?!(?i:{_PLACE_PREP}|the|a|an)\b){_WORD}[ \t]+){{1,3}})"
            rf"(?P<suf>(?i:{_WAY_SUFFIX}))\.?)(?=[ \t]+(?i:{_STREET_THING})\b)"))), 1, 0.6, _before_thing),
        # "zip= 86128", "ZIP#: 02139"
        (Gated(Folded(r"zip"), re.compile(r"\b(?i:zip)(?:[ \t]*(?i:code))?[ \t]*[=\#][ \t:]*(\d{5}(?:-\d{4})?)\b")),
         1, 0.8, None),
        # "67 Birchwood Trl 28507": a ZIP straight after a street address, no city or state between
        (Gated(stdre.compile(r"[ \t]\d{5}\b"), re.compile(
            rf"\b\d{{1,5}}[ \t]+(?P<w>(?:{_WORD}[ \t]+){{1,3}}){_ANY_SUFFIX}\.?,?[ \t]+(\d{{5}}(?:-\d{{4}})?)\b"
            r"(?![\-/.]\d)", I)), 2, 0.7, _after_street),
    ]


def _after_street(text: str, m: re.Match) -> bool:
    """The words before the ZIP are a street's name words (not "12 mg daily 50000 units")."""
    return _way_words_ok(m.group("w").split())


def _before_thing(text: str, m: re.Match) -> bool:
    """`address._street_before_thing` on the street's words (group 2) and suffix."""
    return _street_before_thing(text, _Shifted(m))


class _Shifted:
    """A match seen with its group 2 as group 1, for a validator written for a pattern without the preposition."""

    def __init__(self, m: re.Match):
        self.m = m

    def group(self, g: int | str = 0) -> str:
        return self.m.group(2 if g == 1 else g)

    def start(self, g: int | str = 0) -> int:
        return self.m.start(2 if g == 1 else g)

    def end(self, g: int | str = 0) -> int:
        return self.m.end(2 if g == 1 else g)


# Outside responders and workers named by role: police ranks and their abbreviations, fire and EMS crews, advocates
# and investigators (`words.ROLE_TITLES` holds the spelled-out ones; abbreviations with a full stop are only here)
# (not "off.", "lt.", "dep.", "tpr.": "weaned off.", "lt. arm", "dep. edema", "TPR." are everyday charting)
_RESPONDER = (r"(?:trooper|deputy|officer|ofc\.|sergeant|sgt\.?|detective|det\.|corporal|cpl\.|"
              r"lieutenant|firefighter|ff|paramedic|medic|emt|advocate|investigator|caseworker|case[ \t]+worker|"
              r"social[ \t]+worker|specialist)")
_TITLE_WORDS = frozenset({"trooper", "deputy", "officer", "sergeant", "sgt", "detective", "det", "corporal", "cpl",
                          "lieutenant", "lt", "firefighter", "ff", "paramedic", "medic", "emt", "advocate",
                          "investigator", "caseworker", "worker", "specialist", "chief", "captain", "capt", "ofc",
                          "tpr", "dep", "off", "crew", "student", "driver", "partner"})


def _name_word(word: str, cased: bool) -> bool:
    """A name after a responder's role: no stop word, role word or clinical word; a name by `person_frames.word_ok`
    at list strength, or where the line has case a capitalised word the census or no vocabulary knows, or any
    capitalised word that is not an everyday one."""
    low = word.lower()
    if low in STOP or low in _TITLE_WORDS or len(low) < 2:
        return False
    if cased and not word[0].isupper():
        return False
    return word_ok(word, cased, "list") or word_ok(word, cased, "medium") or (
        cased and not word.isupper() and _rare(low))


def _rare(low: str) -> bool:
    """A word no everyday or clinical vocabulary holds."""
    return not sl.is_common(low) and not medical_only(low) and low not in sl.medical_words()


def _responder_one(text: str, m: re.Match) -> bool:
    """The word after the role is a name (`_name_word`) and the role is a role, not "Officer's" or "FF" of a form
    heading ("FF:")."""
    return _name_word(m.group(1), line_cased(text, m.start()))


def _responder_two(text: str, m: re.Match) -> bool:
    """Two words after the role: the surname a name (`_name_word`) and no everyday word; the given name a name too,
    or, where the line has case, any capitalised word that is no stop or role word (short given names of other
    origins are often everyday or clinical abbreviations: "Min", "Hung", "Pan")."""
    cased = line_cased(text, m.start())
    first, last = m.group("f"), m.group("l")
    if not _name_word(last, cased) or sl.is_common(last.lower()):
        return False
    low = first.lower()
    return _name_word(first, cased) or (cased and first[0].isupper() and not first.isupper() and low not in STOP
                                        and low not in _TITLE_WORDS)


def _crew_member(text: str, m: re.Match) -> bool:
    """A crew field's member: a name word after an optional role letter or abbreviation."""
    return _name_word(m.group(1), line_cased(text, m.start()))


def people_rules() -> list[RegexRecognizer.Rule]:
    """A responder's name after the role (one or two words; "advocate, X," in apposition) and crew-field members."""
    role = rf"(?<![\w'’/-])(?i:{_RESPONDER})(?:[ \t]+|[ \t]*,[ \t]*)"
    # (tried only where a role word starts, `Anchored`: "ff" and "off." are inside many words)
    anchor = rf"(?<![\w'/-]){_RESPONDER}"
    return [
        (Anchored(anchor, re.compile(rf"{role}({_WORD})(?![\w'’])")), 1, 0.6, _responder_one),
        (Anchored(anchor, re.compile(rf"{role}(?P<n>(?P<f>{_WORD})[ \t]+(?P<l>{_WORD}))(?![\w'’])")),
         1, 0.6, _responder_two),
        # "Crew: P Acuna / E Kipkirui / FF Lee": each member after the label, a role letter or abbreviation before
        (Gated(Folded(r"crew[ \t]*(?:members?[ \t]*)?:"), re.compile(
            rf"(?:(?<=\b(?i:crew)(?:[ \t]+(?i:members?))?[ \t]*:[ \t]*(?:[A-Za-z\-]{{1,9}}[ \t]+)?)|"
            rf"(?<=\b(?i:crew)[ \t]*:[^\n]*?[ \t]/[ \t]*(?:[A-Za-z\-]{{1,9}}[ \t]+)?))({_WORD})(?=[ \t]*(?:/|,|;|$))",
            re.M)), 1, 0.6, _crew_member),
    ]


def other_rules() -> tuple[list[RegexRecognizer.Rule], list[RegexRecognizer.Rule]]:
    """Ages over 89 in "who is 97" (AGE) and badge numbers (ID)."""
    ages = [(Gated(Folded(r"who"), re.compile(
        r"\b(?i:who)[ \t]+(?i:is|was|turned|is[ \t]+now)[ \t]+(9\d|1[01]\d)\b(?=[ \t]*(?:[,;.)]|$|(?i:and|years?)\b))",
        re.M)), 1, 0.8, None)]
    ids = [(Gated(Folded(r"badge"), re.compile(
        r"\b(?i:badge)[ \t]*(?:\#|(?i:no\.?|number|num))?[ \t]*[:=]?[ \t]*\#?[ \t]*(\d{2,7})\b(?![.\-/:]\d)")),
        1, 0.8, None)]
    return ages, ids


def scene_recognizers() -> list[RegexRecognizer]:
    """The places, people, ages and badge numbers of emergency and EMS notes (see the module doc)."""
    ages, ids = other_rules()
    return [RegexRecognizer(LOCATION, "ScenePlacesRecognizer", place_rules()),
            RegexRecognizer(NAME, "ScenePeopleRecognizer", people_rules()),
            RegexRecognizer(AGE, "SceneAgeRecognizer", ages),
            RegexRecognizer(ID, "SceneBadgeRecognizer", ids)]

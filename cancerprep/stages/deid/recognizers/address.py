"""Addresses (i2b2 LOCATION): streets, PO boxes, zip codes, "City, ST", "in City, State", regions."""

from __future__ import annotations

import bisect
import functools
import re as stdre
import string
from collections.abc import Callable, Iterator
from itertools import compress

import regex as re
from presidio_analyzer import RecognizerResult

from cancerprep import resources
from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import (
    LOCATION,
    AlnumWords,
    Anchored,
    BlankRunGate,
    CharRun,
    Folded,
    Gated,
    I,
    Lined,
    LineTested,
    Placed,
    RegexFolded,
    RegexRecognizer,
    ReversedFolded,
    WordAnchored,
    ascii_twin,
    by_length,
    compile_for_search,
    finditer,
    lowered,
)
from cancerprep.stages.deid.recognizers.context import MONTH_DAY, UNIT_AFTER, line_cased, medical_only
from cancerprep.stages.deid.recognizers.locations import GENERIC_PLACE_WORDS, NOT_PLACES, PLACE_VERBS
from cancerprep.stages.deid.recognizers.tokens import (
    ascii_fold,
    bare,
    mostly_upper,
    possessive,
    possessive_indices,
    token_lows,
    tokenize,
)
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP, TITLES


def address_recognizer() -> RegexRecognizer:
    """Streets, ZIP codes and PO boxes: Safe Harbor's geographic units smaller than a state."""
    suffix = (r"(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|pkwy|parkway|hwy|highway|way|"
              r"court|ct|place|pl|terrace|ter|circle|cir|square|sq|trail|row)")
    rules: list[RegexRecognizer.Rule] = [
        # (the house number may carry a letter: "12B Elm St", "8P LANTERN RD", `_HOUSE_PART`)
        # (each house-number rule gated on its suffix words as whole runs, `AlnumWords`: most notes hold none)
        (Gated(AlnumWords(_words_of(suffix)), re.compile(
            rf"\b\d{{1,5}}{_HOUSE_PART}\s+{_DIRECTION}(?P<words>(?:[A-Za-z][A-Za-z'\-]+\s+){{1,3}})(?P<suf>{suffix})\b\.?{_UNIT}",
            I)), 0, 0.8, _street_words),
        # "PO Box 12", "P.O. Box #55", "Post Office Box 318"
        (re.compile(r"\b(?:p\.?\s*o\.?\s*box|post[ \t]+office[ \t]+box)\s*\#?\s*\d+", I), 0, 0.9, None),
        # zip (or ZIP+4) after a state abbreviation, a spelled-out state, or the word zip
        # (matching starts at the digits: a lookbehind over every word start would be slow)
        (Gated(CharRun(string.digits, 5),
               re.compile(rf"(?<=\b(?:{STATE_CODES},?\s+|{STATE_NAMES},?[ \t]+|zip(?:\s*code)?:?\s*|"
                          rf"post(?:al)?[ \t]*code:?\s*))"
                          rf"(\d{{5}}(?:-\d{{4}})?)\b", I)), 1, 0.8, None),
        *place_field_rules(),
        # "Buffalo, Minnesota 94343": the words before ", <State> <zip>" on an address line name a city
        (Gated(_BLANK_ZIP,
               re.compile(rf"(?:^|(?<=,[ \t]))((?:\p{{L}}[\p{{L}}'.\-]*[ \t]){{0,2}}\p{{L}}[\p{{L}}'.\-]*),[ \t]*"
                          rf"(?:{STATE_NAMES}|{STATE_CODES})[ \t]+\d{{5}}(?:-\d{{4}})?\b", I | re.M)), 1, 0.75,
         _not_clinical_words),
        # "Springfield IL 62704", "Bend OR 97701": capitalised words before a capital state code and a ZIP, without
        # the comma, at a line or field start
        (Gated(_BLANK_ZIP, Gated(re.compile(rf"\b{STATE_CODES}[ \t]+\d{{5}}\b"),
               re.compile(rf"(?:^|(?<=[,:;][ \t]))((?:\p{{Lu}}[\p{{L}}'.\-]*[ \t]){{0,2}}\p{{Lu}}[\p{{L}}'.\-]*)[ \t]+"
                          rf"{STATE_CODES}[ \t]+\d{{5}}(?:-\d{{4}})?\b", re.M))), 1, 0.75, _not_clinical_words),
        # "in Cañon City", "at Waikīkī": a capitalised place name spelled with non-ASCII letters after a place
        # preposition (the token-level place rules only see ASCII words)
        # (searched on the lines with a non-ASCII character only: `_non_ascii_place` refuses every match elsewhere)
        (LineTested(_not_ascii, re.compile(
            r"\b(?:in|at|from|to|near|of)[ \t]+(\p{Lu}[\p{L}\-]*(?:[ \t]\p{Lu}[\p{L}\-]*)?)(?!['\p{L}])")),
         1, 0.6, _non_ascii_place),
        # "12 Gillis Pike", "4604 Cañon City Drive": house number, capitalised words, any USPS street suffix
        (WordLined(_USPS_SUFFIX_WORDS, re.compile(
            rf"(?<![\d.,/])\d{{2,5}}{_HOUSE_PART}[ \t]+((?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,3}})"
            rf"{USPS_SUFFIX}\b\.?", I)),
         0, 0.75, _usps_street),
        *street_rules(),
        *site_rules(),
        *caseless_org_rules(),
        # "Harms & Regino Associates": two names joined by "&" before a practice word
        (re.compile(r"\b\p{L}[\p{L}'\-]+[ \t]+&[ \t]+\p{L}[\p{L}'\-]+[ \t]+(?:associates|group|partners|"
                    r"physicians|practice|clinic|specialists|medical|health|pllc|llc)\b", I), 0, 0.75,
         _practice_name),
        # "Liles Dermatology", "Smart Family Medicine", "Statesboro Health": a name before a specialty, in a
        # header-like position (line start, after " - ", "cc:", ", ", "to/at"; before end of line, "|", ", fax")
        # (its gate asked only where a specialty's first word stands whole: the rule closes the specialty with `\b`;
        # then searched only on the lines holding a specialty after a blank, `Lined`: a match, a blank and its
        # specialty inside it, stays on one line, and a note passing the gate has a few such lines; perf45)
        (Gated(BlankRunGate(rf"[ \t]{PRACTICE_SPECIALTY}", closed_by_rule=True), Lined(
            rf"[ \t]{PRACTICE_SPECIALTY}",
            re.compile(rf"(?:^|(?<=[\-|,:;(][ \t])|(?<=\b(?:to|at|from|with|by|and|of)[ \t]))"
                       rf"((?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,2}}){PRACTICE_SPECIALTY}"
                       rf"(?:[ \t]+(?:group|associates|partners|clinic|center|specialists|institute|pllc|llc|pc))?\b"
                       rf"(?=[ \t]*(?:$|\||,|;|\(|\.(?:[ \t]|$)|[ \t](?:at|on|and|were|was|in|for|to)\b|[ \t]-[ \t]))",
                       I | re.M))), 0, 0.7,
         _practice_name),
        # "in Ocean View, Minnesota": the words between "in/from/of" and ", <State>" name a city
        # (searched only on the lines holding a comma and a state's name or code, `Lined`: every match ends so, on one
        # line; the bare pattern was tried at every character of every note; perf45)
        (Lined(rf",[ \t]*(?:{STATE_NAMES.lower()}|{STATE_CODES.lower()})", re.compile(
            rf"\b(?:in|from|of|near)[ \t]+((?:[A-Za-z][A-Za-z'.\-]*[ \t]){{0,3}}[A-Za-z][A-Za-z'.\-]*),[ \t]*"
            rf"((?i:{STATE_NAMES})|{STATE_CODES}|(?i:{STATE_CODES})(?=[ \t]+\d{{5}}))\b")), 1, 0.7,
         _not_clinical_city),
        # "the Eastern Shore", "North Campus": a directional region or campus name
        # (its first word asked of the note's runs first, `AlnumWords`: it stands whole in every match, and the gate's
        # words are in most notes, "central line"; perf48)
        (Gated(AlnumWords(("north", "south", "east", "west", "eastern", "western", "northern", "southern", "central")),
               Gated(Folded(r"(?:north|south|east|west|central)[a-z]*[ \t]+(?:shore|campus|side|county|valley|hill|"
                            r"village|heights|point|bay|coast)"),
                     re.compile(r"\b(?:north|south|east|west|eastern|western|northern|southern|central)[ \t]+"
                                r"(?:shore|campus|side|county|valley|hills?|village|heights|point|bay|coast)\b", I))),
         0, 0.6, None),
        # "Ashland, MI", "pine bluff, nc 39885": city before a state code
        # (searched only on the lines holding the comma and code, `Lined`: the gate, a comma and a code in any case,
        # passed most notes, ", in" and ", or" among them, and then the pattern was tried at every letter)
        (Lined(rf",[ \t]*{STATE_CODES.lower()}\b(?![a-z])",
               re.compile(rf"\b((?:[A-Za-z][A-Za-z'.\-]*[ \t]){{0,2}}[A-Za-z][A-Za-z'.\-]*),[ \t]*({STATE_CODES})\b"
                          rf"(?![a-z])(?:[ \t]+\d{{5}}(?:-\d{{4}})?)?", I)), 0, 0.75, _city_state_code),
    ]
    return AddressRecognizer(LOCATION, "AddressRecognizer", rules)


class AddressRecognizer(RegexRecognizer):
    """The address rules plus organisation names (`organisation_spans`), which are parsed over tokens: a
    name's extent depends on the words before and after its organisation word, which a regex match cannot
    choose without swallowing the words before the name."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None):
        """The regex rules' results and every organisation name."""
        out = super().analyze(text, entities, nlp_artifacts)
        out += [RecognizerResult(LOCATION, s, e, 0.7, recognition_metadata={"recognizer_name": self.name,
                                                                              "rule": "organisation"})
                for s, e in organisation_spans(text)]
        return out


class WordLined:
    """A pattern that never crosses a line, searched only on the lines where one of `words` (lower case) stands as a
    whole run of word characters (`WordAnchored`'s places: found in the note's runs that the `AlnumWords` gates cut
    anyway). Why: a house-number rule ends in a street word after a blank and closed by `\\b` ("12 Elm Street"), and its
    `AlnumWords` gate passes most notes ("Dr.", "way", "park"), whose every number the rule then tried; the lines that
    hold such a word are a few, and a match, the word inside it, lies on one of them (a line's end is a newline, as in
    the note). Every match must hold one of the words as a whole run; the pattern must never match the empty string nor
    look past the line's end. A note with non-ASCII characters is searched whole, as the gate lets it through (perf41;
    tests compare both on real notes)."""

    def __init__(self, words: frozenset[str], pattern: re.Pattern):
        self.words = frozenset(words)
        self.places = WordAnchored(self.words, pattern)  # (its `starts` only)
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterator[re.Match]:
        """The pattern's matches from `pos` on, in order."""
        if not text.isascii():
            return self.pattern.finditer(text, pos, timeout=timeout)
        return self._lined(text, lowered(text), pos, timeout)

    def _lined(self, text: str, low: str, pos: int, timeout: float | None) -> Iterator[re.Match]:
        done = pos  # the end of the last line searched (a word before it is on a line searched, or before `pos`)
        for p in self.places.starts(low):
            if p < done:
                continue
            start = max(pos, low.rfind("\n", 0, p) + 1)
            end = low.find("\n", p)
            done = len(low) if end == -1 else end
            yield from self.pattern.finditer(text, start, done, timeout=timeout)

    def twinned(self) -> WordLined:
        """The same rule over the pattern's ASCII twin (`ascii_twin`)."""
        return WordLined(self.words, ascii_twin(self.pattern))


class AfterCue(Placed):
    """A pattern whose every match opens right after its cue, a lookbehind `(?<=\\b<cue>)` (a word, blanks, a word,
    blanks: "lives on ", "home at "), tried only there: where a first word of the cue (`words`, lower case) stands as a
    whole run of word characters (`WordAnchored`'s places), the cue (`cue`, lower case, a stdlib pattern ending in
    blanks) is matched over the lower-cased note, and the pattern is tried at the cue's end. Why: `regex` tried the
    lookbehind at every character of the notes its gate let through, and the gate, a search for the cue's words,
    passed a note in twelve on words as common as "lives at" and cost ~20 us a note itself; the note's runs are cut
    anyway. A match must open on no blank, so it opens where the cue's greedy blanks end; no cue can start inside
    another (no word of `words` is a cue's second word, and a cue opens on a whole run), so every place is found, and
    each match is the one a search reaching that place would find: the same matches, in order. A note with other
    characters is searched whole (perf48; tests compare both on real notes)."""

    def __init__(self, words: frozenset[str], cue: str, pattern: re.Pattern):
        self.places = WordAnchored(words, pattern)  # (its `starts` only)
        self.words, self.source = frozenset(words), cue
        self.cue = stdre.compile(cue)  # (matched at a place: its end is read, so no `compile_for_search`)
        self.pattern = pattern

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried where a cue ends."""
        done = pos
        match = self.matcher(timeout)
        cue = self.cue.match
        for s in self.places.starts(low):
            c = cue(low, s)
            if c is None or c.end() < done:
                continue
            m = match(text, c.end())
            if m is not None:
                done = m.end()
                yield m

    def twinned(self) -> AfterCue:
        """The same rule over the pattern's ASCII twin (`ascii_twin`)."""
        return AfterCue(self.words, self.source, ascii_twin(self.pattern))


# A ZIP code after a blank: the gate of three address rules, one object so that the note is searched for it once
# (a `Folded` gate keeps its last answer; three objects searched it three times)
# (a blank or tab and five digits: `CharRun`, as the gate above)
_BLANK_ZIP = CharRun(string.digits, 5, lead=" \t")
# The strings one of which every match of the numbered-road anchor and the directions anchor holds (below; shorter
# than `required_literals` reads, "i-"), asked before their searches.
_ROAD_LITERALS = ("route", "rte", "highway", "hwy", "interstate", "i-", "us-", "sr-", "cr-")
_DIRECTION_LITERALS = ("route", "rte", "highway", "hwy", "interstate", "exit", "i-", "direction")
# "77 W. Elm St": a directional before the street name; "... St Apt 4B": the unit after its suffix.
_DIRECTION = r"(?:(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)\.?\s+)?"
_UNIT = r"(?:,?[ \t]*(?:apt|apartment|unit|suite|ste|\#)\.?[ \t]*\#?[ \t]*[A-Za-z0-9][A-Za-z0-9\-]{0,5}\b)?"


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
    if len(code) == 2 and code.upper() in _AMBIGUOUS_CODES and not _ZIP_AFTER.match(text, m.end()):
        # "in R groin, PA", "of bleeding, MD": clinical words before a code that is also an abbreviation
        return _ambiguous_code_city(text, m, 0)
    return True


# State codes that are also words or clinical abbreviations written after a comma (TX treatment, DC discontinue,
# VT ventricular tachycardia, SC subcutaneous, CA cancer)
_AMBIGUOUS_CODES = {"MD", "PA", "OR", "IN", "ME", "OK", "CO", "DE", "HI", "MS", "ID", "LA", "MA", "AL",
                    "TX", "DC", "VT", "SC", "CA"}


def _city_state_code(text: str, m: re.Match) -> bool:
    """Keep "City, ST" when ST is upper-case or a zip follows, and the city is a known one or
    the words are not clinical (avoids "Smith, MD" and "cath, PA")."""
    code = m.group(2)
    has_zip = bool(_ZIP_AT_END.search(m.group(0)))
    if not (code.isupper() or has_zip or mostly_upper(text[max(0, m.start() - 200):m.end() + 200])):
        return False
    words = m.group(1).lower().split()
    city = " ".join(words)
    if _ends_in_us_city(words):
        return True
    cut = max((i for i, w in enumerate(words) if w in ("in", "from", "of")), default=-1)
    city_words = words[cut + 1:]
    if cut >= 0 and city_words and not any(w in STOP or medical_only(w) for w in city_words) and (
            code.upper() not in _AMBIGUOUS_CODES or has_zip
            or _ambiguous_code_city(text, m, cut + 1)):
        return True  # "lives in Granby, KY"
    if code.upper() in ("MD", "PA", "OR", "IN", "ME", "OK", "CO", "DE") and not has_zip:
        return False
    return has_zip and not any(w in sl.medical_words() and not sl.is_common(w) for w in city.split())


def _ends_in_us_city(words: list[str]) -> bool:
    """Do the last of these lower-case words name a US city ("lives in port oakdale")?"""
    return any(" ".join(words[i:]) in sl.us_cities() for i in range(len(words)))


def _ambiguous_code_city(text: str, m: re.Match, first: int) -> bool:
    """Are the words from index `first` of "in <words>, <code>" a city when the code is also a clinical
    abbreviation ("in R groin, PA", "in place, TX" for treatment)? A gazetteer city ("Port Oakdale"); else no
    medical word, each capitalised on a line with case, and none an everyday word without case ("GRANBY, TX")."""
    raw = m.group(1).split()[first:]
    low = [w.lower() for w in raw]
    if _ends_in_us_city(low):
        return True  # "in Port Oakdale, TX": a gazetteer city, whatever its words
    if line_cased(text, m.start(1)):
        return all(w[:1].isupper() and w.lower() not in sl.medical_words() for w in raw)
    return all(w not in sl.medical_words() and not sl.is_common(w) for w in low)


def _street_words(text: str, m: re.Match) -> bool:
    """The street's own name words (between the house number or its directional and the suffix) are no
    stop word, clinical term ("2 units of blood Dr." is no street) or word typed with two letters swapped; nor is a
    dose before its route a street ("4 units SQ": "SQ" subcutaneous, not Square)."""
    if sl.dose_and_route(m.group("words").split(), m.group("suf")):
        return False
    words = [w.lower() for w in m.group("words").split()]
    return not any(w in STOP or medical_only(w) or (w in sl.medical_words() and w not in sl.word_freq())
                   or sl.swapped_letters(w) for w in words)  # "3 EPSIODES ST": a typo before an ST segment


def _usps_rows() -> list[list[str]]:
    """USPS Publication 28, appendix C1 (`cancerprep/data/deid/usps_street_suffixes.txt`): one row per suffix, its
    name, standard abbreviation and a listed variant, lower case."""
    return [line.split() for line in resources.data_lines("deid/usps_street_suffixes.txt")]


_USPS_ROWS = _usps_rows()
_USPS = [w for row in _USPS_ROWS for w in row]
_USPS_WORDS = frozenset(row[0] for row in _USPS_ROWS)
# Suffix names that are also clinical words (chest wall, neck, port, rest, run) and the short abbreviations
# (pt, dr, ml, dl) are left to the narrower street rule above.
_USPS_CLINICAL = set("""neck wall walls port ports rest station pass track loop run well wells lock locks spur ramp
branch bottom course extension divide junction crossing center centers light lights point points club common
commons mount
field fields flat flats key keys union mall path view views land fall walks ways extensions exts junctions unions
""".split())
_USPS_SUFFIX_WORDS = frozenset(w for w in _USPS if (len(w) >= 4 or w in ("way", "row")) and w not in _USPS_CLINICAL)
USPS_SUFFIX = "(?:" + "|".join(sorted(_USPS_SUFFIX_WORDS, key=by_length)) + ")"


def _words_of(alternation: str) -> frozenset[str]:
    """The words of an alternation of plain words ("(?:st|street|...)"), for an `AlnumWords` gate."""
    return frozenset(alternation.removeprefix("(?:").removesuffix(")").split("|"))


# Specialties that name a practice after a surname ("Liles Dermatology").
PRACTICE_SPECIALTY = (r"(?:dermatology|urology|cardiology|oncology|pediatrics|orthopedics|orthopaedics|neurology|"
                      r"gastroenterology|ophthalmology|podiatry|radiology|pulmonology|nephrology|rheumatology|"
                      r"endocrinology|psychiatry|obstetrics|gynecology|family[ \t]+medicine|family[ \t]+practice|"
                      r"internal[ \t]+medicine|primary[ \t]+care|women's[ \t]+care|women's[ \t]+health|health|"
                      r"eye[ \t]+institute|eye[ \t]+care|heart[ \t]+institute|rehabilitation[ \t]+institute|"
                      r"rehab[ \t]+institute|surgical[ \t]+partners|medical[ \t]+group|surgery[ \t]+center|"
                      r"medical[ \t]+associates|"
                      # more kinds of practice, as practices name themselves (specialty, service or setting); not the
                      # words that are also plain clinical nouns ("cervical spine", "repeat labs", "vision", "dialysis")
                      r"pulmonary(?:[ \t]*(?:&|and)[ \t]*(?:sleep|critical[ \t]+care)(?:[ \t]+medicine)?)?|"
                      r"sleep[ \t]+medicine|allergy(?:[ \t]*(?:&|and)[ \t]*(?:asthma|immunology))?|otolaryngology|"
                      r"audiology|chiropractic|wellness|healthcare|health[ \t]+care|behavioral[ \t]+health|"
                      r"physical[ \t]+therapy|pain[ \t]+management|sports[ \t]+medicine|geriatrics|"
                      r"hematology(?:[ \t]*(?:&|and)[ \t]*oncology)?|oncology[ \t]*(?:&|and)[ \t]*hematology|"
                      r"infectious[ \t]+disease|plastic[ \t]+surgery|imaging[ \t]+center|laboratories|dentistry|"
                      r"orthodontics|optometry|home[ \t]+health|urgent[ \t]+care|ob/?gyn|fertility|specialists|"
                      r"orthop(?:a)?edic[ \t]+(?:specialists|surgeons|associates|group)|"
                      r"nursing[ \t]+(?:and|&)[ \t]+rehabilitation(?:[ \t]+center)?|rehabilitation[ \t]+center|"
                      r"family[ \t]+health|pediatric[ \t]+associates|physicians[ \t]+group)")
_PRACTICE_WORD = re.compile(PRACTICE_SPECIALTY + r"|group|associates|partners|physicians|practice|clinic|center|"
                            r"specialists|institute|medical|health|pllc|llc|pc|family|medicine|care|eye|heart|"
                            r"rehabilitation|rehab|surgical|surgery|internal|primary|women's", I)
# Words before a specialty that make it a department or a kind of care, not a practice's name.
GENERIC_PRACTICE = set("""pediatric adult general internal family comprehensive university the our his her their your
department dept division section service outpatient inpatient clinical surgical medical interventional invasive
noninvasive mental public home behavioral behavioural occupational community global women's men's child children's
oral dental bone joint spine sports hand foot heart vascular cancer breast good poor fair overall pelvic reproductive
sexual skin eye ocular renal liver lung cardiac radiation and of for in with to a an no by consult consultation
referral note clinic center primary preventive integrative plastic cosmetic geriatric veterans va state county city
national regional local physical respiratory allied population environmental international digital tele telehealth
virtual urgent emergency acute chronic current prior previous new old see seen follow followed up f/u refer referred
per via attending his her patient's pt's""".split())


def _not_clinical_words(text: str, m: re.Match) -> bool:
    return not any(w.lower() in STOP or medical_only(w.lower()) for w in m.group(1).split())


def _usps_street(text: str, m: re.Match) -> bool:
    """A broad suffix ("Pike", "Run", "Park") is a street only after non-clinical words, capitalised
    where the note's case carries information."""
    words = m.group(1).split()
    if UNIT_AFTER.match(text, m.start(1) - 1) or any(_OWNED_END.search(w) or (
            _ING_ED_END.search(w) and sl.is_common(w.lower())) for w in words):
        return False  # "walking path", "12 injured ..."; "1906 Kettering Pike" is a name
    if any(w.lower() in STOP or medical_only(w.lower()) or (w.lower() in sl.medical_words() and not sl.is_common(
            w.lower())) for w in words):
        return False
    line = text[text.rfind("\n", 0, m.start()) + 1:m.end()]
    return line.isupper() or line.islower() or all(w[0].isupper() for w in words)


def _practice_name(text: str, m: re.Match) -> bool:
    """The name words of a practice are neither generic (department, kind of care) nor clinical, and are
    capitalised where the note's case carries information."""
    words = [w for w in _BLANKS_OR_AMP.split(m.group(0)) if w]
    # the name words: before the specialty when the rule marks them ("and" inside "Nursing and Rehabilitation")
    part = m.group(1) if m.re.groups else m.group(0)
    names = [w for w in _BLANKS_OR_AMP.split(part) if w and not _PRACTICE_WORD.fullmatch(w)]
    while len(names) > 1 and names[-1].lower() in GENERIC_PRACTICE and names[-1].lower() not in STOP:
        names.pop()  # "Buffalo Behavioral Health", "Quade Pediatric Associates": a kind of care after the name
    if not names or any(w.lower() in GENERIC_PRACTICE or w.lower() in STOP or medical_only(w.lower()) for w in names):
        return False
    line = text[text.rfind("\n", 0, m.start()) + 1:m.end()]
    return line.isupper() or line.islower() or all(w[0].isupper() for w in words if w.lower() not in ("and", "of"))


def _not_ascii(line: str) -> bool:
    """Does a line hold a character outside ASCII (the only lines where `_non_ascii_place` can keep a match)?"""
    return not line.isascii()


def _non_ascii_place(text: str, m: re.Match) -> bool:
    """Eponyms spelled with accents (Ménière, Sjögren) are medical words once folded to ASCII (`ascii_fold`: the
    one fold the recognizers share, which spells "ø" and "ł" as "o" and "l" where dropping them read "Łódź" as
    "odz")."""
    words = m.group(1).split()
    if all(w.isascii() for w in words):
        return False
    folded = [part for w in words for part in ascii_fold(w).lower().split("-")]  # "Guillain-Barré": each name
    if _EPONYM_AFTER.match(text, m.end()):
        return False
    return not any(w in STOP or medical_only(w) for w in folded)


_EPONYM_AFTER = re.compile(r"[ \t]+(?:disease|syndrome|sign|test|phenomenon|reflex|ulcer|tumou?r|sarcoma|lymphoma|"
                           r"procedure|operation|maneuver|manoeuvre|classification|criteria|score|stage|grade|type|"
                           r"scale|staging|fracture|palsy|anomaly|disorder)\b", I)


# --- Organisation names ------------------------------------------------------------------------------------------
# US healthcare organisations are named by a pattern, not a list: a proper-name head (a surname or two, a city, a
# state, a saint), then words saying what kind of care it gives (specialties, settings, a religious or civic
# sponsor), then a word saying it is an organisation, then maybe a legal suffix ("Hale & Ruiz Pulmonary Consultants,
# PLLC"; "Dayton Skilled Nursing Facility"); or an organisation word followed by "of <place>" ("Hospice of Dayton").
# A department or a kind of care ("Radiation Oncology", "the Cancer Center", "Comfort Care") has no proper name and
# is left alone.

# Words that end an organisation's name and say that it is one: a proper name before them names an organisation.
ORG_HEADS = frozenset("""associates group groups partners consultants specialists physicians surgeons practice
practices clinic clinics hospital hospitals institute laboratories center centre centers ctr hospice infirmary
foundation association alliance network pavilion sanitarium sanatorium university ltach ltac elementary
snf alf""".split())
# ("ltach": a long-term acute care hospital; "elementary": a school named "<Name> Elementary", no kind of care;
# "snf", "alf": a skilled nursing or assisted living facility, as transfer notes shorten them after the name: "Summit
# SNF"; not "MC": two capitals before a kind of care are a practice's initials, "MC Primary Care")
# Where a patient works, is held, is schooled, lives or is supplied (deidfix8), named "<Name> Construction", "<Name>
# County Jail", "<Name> Preschool", "<Name> Towers", "<Name> Haven", "<Name> Optical": soft organisation words (below)
# that are no kind of care, so they end a name but never stand for the kind-of-care words that let a name be weaker.
_TRADE_HEADS = frozenset("""manufacturing industries construction trucking company corporation farms dairy ranch bakery
restaurant cafe diner tavern casino resort hardware foods refinery quarry shipyard railroad prison jail penitentiary
preschool daycare college seminary montessori towers villas residences library pantry optical supermarket
grocery haven villa gardens residence pointe commons lodge""".split())
# Organisation words that also name a kind of care, a service or a specialty ("Health", "Care", "Imaging",
# "Dermatology"): after a proper name they make an organisation only with more evidence (below).
ORG_SOFT_HEADS = frozenset("""health healthcare care services medicine imaging radiology pathology laboratory lab labs
mri therapy wellness dentistry orthodontics chiropractic podiatry pediatrics audiology optometry orthopedics
orthopaedics dermatology urology cardiology oncology neurology gastroenterology ophthalmology pulmonology nephrology
rheumatology endocrinology psychiatry obstetrics gynecology otolaryngology hematology geriatrics neurosurgery
gyn obgyn ent gh diagnostics ems
pharmacy pharmacies drug drugs dialysis rehab ambulance lifeflight medflight careflight aircare
foundry mill mills factory academy
church temple synagogue mosque cathedral tabernacle ymca ywca
market markets lumber logistics apartments motel hotel inn shelter mission children's
childrens""".split()) | _TRADE_HEADS
# (second line: heads of the other organisations a patient's history names: where prescriptions are filled and
# dialysis or rehab is given, who transported the patient, where the patient works or studies; each is also a kind of
# thing or service, "drug" or "dialysis" or "mill", so they need a cue or a kind-of-care word, as the first lines do;
# the last line: where a patient works, lives or stays that is no care setting, a store, a yard, a firm, an apartment
# block, a motel, a shelter or mission, each named "<Name> Market", "<Name> Motel", "<Name> Mission")
# Two-word organisation words whose last word alone is everyday ("nursing home", "assisted living", "health system").
_ORG_PAIRS = {"home": {"nursing", "care", "group", "rest", "convalescent", "funeral", "retirement", "foster"},
              "living": {"assisted", "senior", "independent", "retirement"},
              "facility": {"nursing", "care", "treatment", "rehabilitation", "rehab", "psychiatric", "living",
                           "surgical", "surgery", "dialysis", "infusion", "imaging", "correctional", "detention"},
              "system": {"health", "healthcare", "medical", "hospital"},
              # "Summit Skilled Nursing" (its "Facility" left off), not "nursing" alone
              "nursing": {"skilled"},
              "systems": {"health", "healthcare", "medical", "hospital"},
              # "Valley Medical Supply", "Buckeye High School", "Blue Ridge Women and Infants", "Mercy Life Flight"
              "supply": {"medical", "surgical", "oxygen", "respiratory", "home"},
              "supplies": {"medical", "surgical", "oxygen", "respiratory", "home"},
              "school": {"high", "elementary", "middle", "junior", "grade", "primary", "secondary", "charter",
                         "preparatory", "prep"},
              "infants": {"and", "&"},
              # "Corwin School District", "Dunmore Water District": where a patient works
              "district": {"school", "water", "sanitary", "park", "fire", "library"},
              "hall": {"kingdom"},
              # who drafts a will, a power of attorney or a guardianship: "Kessler Law Firm", "Ruiz Law Offices"
              "firm": {"law", "legal", "accounting"},
              "offices": {"law", "legal"},
              "office": {"law", "legal"},
              "flight": {"life", "care", "med", "air"},
              # the vendors and services a care team calls on: "Larkmoor Answering Service", "Ashby Medical Transport",
              # "Greystone Language Services" (the pair words also join the kind-of-care words before "Services")
              "service": {"answering", "ambulance", "courier", "interpreter", "interpreting", "language",
                          "translation", "transport", "transportation", "ambulette"},
              "transport": {"medical", "wheelchair", "ambulance", "ambulette", "non-emergency"},
              "transportation": {"medical", "wheelchair", "ambulance", "ambulette", "non-emergency"}}
# Words between the proper name and the organisation word: specialties and departments (`protect.SPECIALTIES`,
# the project's one list of them), the practice specialties above, and the settings, body parts, populations and
# sponsors US organisations are named for.
ORG_MODIFIERS = (frozenset(w.lower() for w in protect.SPECIALTIES) | ORG_HEADS | ORG_SOFT_HEADS | frozenset(_ORG_PAIRS)
                 | frozenset(w for pair in _ORG_PAIRS.values() for w in pair if w.isalpha() and w != "and")
                 | frozenset("""
women air family internal primary general medical surgical regional community memorial county university women's womens
children's childrens men's pediatric adult senior geriatric eye eyes ear nose throat heart vein veins vascular kidney
spine joint bone foot ankle hand skin lung breast brain cancer diabetes digestive diagnostic diagnostics open skilled
visiting nurse nurses ambulatory urgent emergency pet x-ray behavioral mental psychological counseling sports
multispecialty multi-specialty specialty specialties clinical outpatient area baptist methodist presbyterian lutheran
catholic adventist episcopal jewish deaconess osteopathic veterans va affairs long-term acute dental vision hearing
retina fertility reproductive birth birthing maternity infusion asthma ob cosmetic reconstructive laser orthopedic
orthopaedic podiatric endoscopy colon rectal liver research reference system im fm gi hem onc pulm neuro ortho peds
psych uro derm cards physician neuroscience neurosciences gospel rescue
law legal""".split())) - frozenset("""hall mission
mill mills church temple market markets inn""".split()) - _TRADE_HEADS
# (those heads are surnames and towns too, "Hall & Ruiz", "Mission Hospital", "Mills Pediatrics", "Market Street
# Clinic": they end a name as heads but never count as a kind-of-care word, so a name may be made of them)
# Kind-of-care words that name an organisation only with a modifier ("Kidney Care", not "Peri Care"; "Physical
# Therapy", not "Xeloda therapy").
_NEEDS_MODIFIER = {"care", "therapy", "services", "medicine", "lab", "labs", "laboratory", "mri"}
# Laboratories named by a proper name alone ("sent to Quest Labs"): where the line has case and a place preposition
# stands right before the name; without one "repeat labs", "Chem 7 labs" are tests.
_LAB_HEADS = {"lab", "labs", "laboratory"}
# Organisation words that follow "<Name> and" / "<Name> &" directly ("Smith and Associates").
_AND_HEADS = {"associates", "partners", "colleagues"}
# Words after an organisation-shaped phrase that make it a unit or a scale, not an organisation ("Post Anesthesia
# Care Unit", "New York Heart Association class II").
_NOT_ORG_AFTER = re.compile(r"[ \t]*(?:units?|department|dept|service|floor|ward|team|program|room|suite|bay|staff|"
                            r"class|classification|criteria|score|scale|stage|grade|type|functional|guidelines?|"
                            # "health care proxy", "health care decisions": a role or a matter, not an organisation
                            r"prox(?:y|ies)|decisions?|aides?|agents?|providers?|workers?|professionals?|maker|"
                            r"power|planning|needs|goals|coverage|plans?|insurance|"
                            # "SNF benefit days", "MC joint": a benefit or a bone, after the short heads
                            r"benefits?|days|eligibility|joints?)\b", I)
# Plural clinician nouns that also describe a group of staff ("house physicians", "covering surgeons").
_ROLE_HEADS = {"physicians", "surgeons", "specialists", "consultants"}
# The religious sponsor or virtue that ends many a hospital's name ("Lakeshore Mercy", "Houston Methodist"): also a
# faith ("Southern Baptist"), so a head only where an organisation is expected and after a name no everyday word is.
# (kept out of the kind-of-care words: "Mercy Hospital", "Providence Hospital" are named by them)
_SPONSOR_HEADS = frozenset({"mercy", "providence", "methodist", "baptist", "presbyterian", "lutheran", "adventist",
                            "deaconess"})
_ORG_ALL = ORG_HEADS | ORG_SOFT_HEADS | frozenset(_ORG_PAIRS) | _SPONSOR_HEADS
_ORG_JOIN = {"&", "/", ",", "-", "+"}
# Prefixes that belong to a place or saint's name ("St. Vincent", "Mount Sinai", "Fort Wayne").
_NAME_PREFIX = {"st", "saint", "mt", "mount", "ft", "fort", "san", "santa", "new", "north", "south", "east", "west",
                "lake", "port", "el", "la", "los", "las", "des"}
# Words before an organisation name that make a proper-name reading likely (where it is, who sent or holds what).
_ORG_CUE = {"at", "from", "to", "with", "by", "through", "thru", "of", "via", "per", "under", "@", "into",
            # where a child or patient is schooled or enrolled ("attends Birchwood Elementary")
            "attends", "attend", "attended", "enrolled"}
# Function words no organisation is named by (beyond the name-ending `STOP` words).
_NOT_ORG_NAMES = _ORG_CUE | RELATIONS | set("""american america united world federal international national onto toward
towards within without between during since until near across around behind beyond like than because where
medicare medicaid tricare""".split())  # (the national payers: "Medicare SNF benefit" is a benefit, no facility)
# Legal suffixes of professional corporations and companies ("P.C.", "PLLC", "Inc."); "P.A." only with dots.
# Right after names they need dots or an unambiguous form: "PC" alone is also a ventilator mode ("SIMV, PC").
# (gated on the suffixes' own letters, which most notes never hold: `base.Gated` asks the note for "P.C.", "LLC",
# "L.L.C", "Inc." or "LLP" before `regex` tries the pattern's optional comma and blanks at every character)
_LEGAL_AFTER_NAMES = Gated(stdre.compile(r"P\.[ \t]?C\.|LLC|L\.L\.C|Inc\.|LLP"), re.compile(
    r",?[ \t]*(?:P\.[ \t]?C\.|PLLC|P\.L\.L\.C\.|LLC|L\.L\.C\.|Inc\.|LLP)(?![\p{L}\d])"))
_LEGAL = re.compile(r"[ \t]*,?[ \t]*(?:P\.[ \t]?C\.|PC|P\.A\.|PLLC|P\.L\.L\.C\.|LLC|L\.L\.C\.|Inc\.?|LLP|Ltd\.?)"
                    r"(?![\p{L}\d])", I)


# What `_org_key` maps into `_ORG_ALL`: the words and their possessives.
_ORG_KEYS = _ORG_ALL | {k + "'s" for k in _ORG_ALL}


def _org_key(tok) -> str:
    low = tok.low
    return bare(low) if possessive(low) and bare(low) in _ORG_ALL else low


def _org_name_word(tok) -> bool:
    """Could this word be (part of) the proper name of an organisation? Not a function word, title, place verb,
    organisation or kind-of-care word, protected clinical word or medical-only word."""
    if not tok.is_word or len(tok.text) < 2:
        return False
    low = bare(tok.low)
    if (low in STOP or low in _NOT_ORG_NAMES or low in ORG_MODIFIERS or low in GENERIC_PRACTICE
            or low in GENERIC_PLACE_WORDS or low in PLACE_VERBS or low in NOT_PLACES or low in TITLES
            or low in CREDENTIALS
            or low in protect.protected_words() or medical_only(low) or MONTH_DAY.match(low)):
        return False
    return not (_ING_ED_LY_END.search(low) and sl.is_common(low))


def _coined_name(low: str) -> bool:
    """A word no vocabulary knows that is no slip of a known word ("riverbend", "lakeshore", not "cardaic" or
    "surg"): before a kind-of-care word and an organisation word ("RIVERBEND VA MEDICAL CENTER", "lakeshore home
    care") a coined proper name, where a line without case leaves no capital to tell."""
    return len(low) >= 5 and low.isalpha() and not sl.is_known_word(low) and low not in sl.CLINICAL_TERMS \
        and not sl.swapped_letters(low) and not sl.cut_short(low)


def _proper_vocab(low: str) -> bool:
    """Is the word (its possessive, straight or typographic, left off) a census name or US city?"""
    return sl.census_name_or_city(bare(low))


def _of_place(toks: list, k: int, cased: bool) -> int:
    """Index after a place named by toks[k:] ("of Dayton", "of New Mexico"), or k when none: a known US city or
    state, or (where case carries information) capitalised words that are names or no known word."""
    n = len(toks)
    for size in (3, 2, 1):
        if k + size <= n and all(toks[k + q].is_word for q in range(size)):
            place = " ".join(toks[k + q].low for q in range(size))
            if (place in sl.us_cities() or place in sl.us_states()) and (
                    all(toks[k + q].text[0].isupper() for q in range(size)) if cased else not sl.is_common(place)):
                return k + size
    j = k
    while j < n and j - k < 2 and _org_name_word(toks[j]) and cased and toks[j].text[0].isupper() \
            and (not sl.is_known_word(toks[j].low) or _proper_vocab(toks[j].low)):
        j += 1
    return j


def organisation_spans(text: str) -> list[tuple[int, int]]:
    """Spans of organisation names built as above; see the module constants for the vocabularies."""
    toks = tokenize(text)
    out: list[tuple[int, int]] = []
    lows = token_lows(text)  # (the note's token forms, shared: `toks` are `tokenize(text)`'s)
    # the few organisation words and the list heads `_possessive_items` reads, found by one `map` at C speed (perf48:
    # each set asked of every token cost a pass)
    places = list(compress(range(len(lows)), map(_ORG_OR_LIST_HEADS.__contains__, lows)))
    for h in places:
        if lows[h] not in _ORG_KEYS:
            continue
        head = toks[h]
        key = _org_key(head)
        if not head.is_word:
            continue
        if key in _ORG_PAIRS and not (h > 0 and toks[h - 1].low in _ORG_PAIRS[key]):
            continue
        span = _organisation_at(text, toks, h, key) or _shaped_org_at(text, toks, h, key)
        if span:
            out.append(span)
    # "Riggs Skin & Laser", "Harmony Spine & Pain": two kinds of care joined by "&" end the name, no organisation word
    for h in _kind_pair_ends(toks) if "&" in text else ():  # (a pair is joined by "&": most notes hold none)
        span = _organisation_at(text, toks, h, "care")  # a kind-of-care head that needs its modifier, as "Care" does
        if span:
            out.append(span)
    out += _possessive_items(text, toks, out, [k for k in places if lows[k] in _LIST_HEADS])
    # "Hale & Ruiz, P.C.", "Ruiz, Hale and Sons, LLC": a legal suffix right after proper names
    ends: list[int] = []
    for m in finditer(_LEGAL_AFTER_NAMES, text):
        ends = ends or [t.end for t in toks]
        k = bisect.bisect_right(ends, m.start()) - 1
        if k < 0 or text[toks[k].end:m.start()].strip(" \t,"):
            continue
        cased = line_cased(text, toks[k].start)
        start = _names_before(text, toks, k + 1, cased)
        if start is None:
            continue
        names = [t.low for t in toks[start:k + 1] if _org_name_word(t)]
        joined = any(t.text == "&" or t.low == "and" for t in toks[start:k + 1])
        if (cased or joined) and _org_evidence(text, toks, start, names, "group", joined, cased):
            out.append((toks[start].start, m.end()))
    return out


def _kind_pair_ends(toks: list) -> list[int]:
    """Indices of the second of two kind-of-care words joined by "&" ("Skin & Laser", "Spine & Pain", "Heart &
    Vascular") that ends a phrase: no organisation or kind-of-care word goes on after it ("skin & laser therapy")."""
    out = []
    for k in range(2, len(toks)):
        if toks[k - 1].text == "&" and toks[k].is_word and toks[k - 2].is_word and toks[k].low in ORG_MODIFIERS \
                and toks[k - 2].low in ORG_MODIFIERS and toks[k].low not in _ORG_KEYS \
                and not (k + 1 < len(toks) and toks[k + 1].is_word and toks[k + 1].low in ORG_MODIFIERS):
            out.append(k)
    return out


# Organisation words that make a line a list of organisations when a name-like word stands before them.
_LIST_HEADS = ORG_HEADS | {"regional", "memorial", "general", "medical"}
_ORG_OR_LIST_HEADS = _ORG_KEYS | _LIST_HEADS
# After a possessive name standing alone as an item of a list of organisations: the end of the item.
_ITEM_END = re.compile(r"[ \t]*(?:[,;.)(]|$|and\b|or\b|(?:19|20)\d\d\b)", I | re.M)


def _possessive_items(text: str, toks: list, found: list[tuple[int, int]], heads: list[int]
                      ) -> list[tuple[int, int]]:
    """A saint's name in the possessive standing for a hospital ("St. Cecilia's" written "Cecilia's") as an item of a
    list that names organisations ("Prior hospitalizations: Holloway Medical Center 1987, Cecilia's 1987";
    "records from Mercy Hospital, Anselm's, and ..."): on a line where an organisation was found, a possessive census
    name that is no everyday word, after a list comma, "and", a colon or a place preposition, ending its item (a
    comma, "and", a year, a bracket, the line's end), never a person's thing ("Cecilia's daughter"). An organisation
    word after a name-like word ("OAKVALE HOSPITAL", "Corwin Regional") marks such a line too. `heads`: the indices of
    the tokens whose forms are in `_LIST_HEADS`, in order."""
    lows = token_lows(text)  # (`toks` are `tokenize(text)`'s: the possessives found by `map`, at C speed)
    named = [(toks[k - 1].start, toks[k].end) for k in heads
             if k and toks[k - 1].is_word and _org_name_word(toks[k - 1])]
    found = found + named
    if not found:
        return []
    out = []
    for k in possessive_indices(lows):
        t = toks[k]
        if not (t.is_word and k > 0):
            continue
        base = t.low[:-2]
        if len(base) < 3 or sl.is_common(base) or not (base in sl.first_names() or base in sl.last_names()) \
                or medical_only(base) or base in STOP:
            continue
        prev = toks[k - 1]
        if not (prev.text in (",", ":", ";") or prev.low in ("and", "from", "at", "to", "@")):
            continue
        if not _ITEM_END.match(text, t.end):
            continue
        line_start = text.rfind("\n", 0, t.start) + 1
        line_end = text.find("\n", t.end) % (len(text) + 1)
        if any(line_start <= a and b <= line_end for a, b in found) \
                and (not line_cased(text, t.start) or t.text[0].isupper()):
            out.append((t.start, t.end))
    return out


def _names_before(text: str, toks: list, end: int, cased: bool, joined: bool = False) -> int | None:
    """Start index of up to three proper-name words that end right before toks[end] on the same line: joined
    by "&"/"and" (and commas in a list ending so: "Burgess, Steury and Associates"), with a place prefix ("St.
    Vincent", "Mount Carmel"), capitalised where the line carries case; None when there is none. In a line
    without case, leading everyday words that no census or gazetteer lists are left out ("contacted")."""
    k = end - 1
    line_start = text.rfind("\n", 0, toks[end - 1].start if end > 0 else 0)
    names: list[int] = []
    start = None
    while k >= 0 and toks[k].start > line_start and len(names) < 3:
        t = toks[k]
        if _org_name_word(t) and (not cased or t.text[0].isupper()):
            names.append(k)
            start = k
            k -= 1
            # a place prefix with its dot ("St. Vincent", "Mt. Carmel")
            if k > 0 and toks[k].text == "." and toks[k - 1].low in _NAME_PREFIX:
                start = k - 1
                k -= 2
            elif k >= 0 and toks[k].low in _NAME_PREFIX and toks[k].start > line_start:
                start = k
                k -= 1
            continue
        if start is not None and (t.text == "&" or t.low == "and" or (t.text == "," and joined)):
            if k > 0 and toks[k - 1].start > line_start and _org_name_word(toks[k - 1]) and (
                    not cased or toks[k - 1].text[0].isupper()):
                joined = joined or t.text != ","
                k -= 1
                continue
        break
    if not cased:
        while len(names) > 1 and sl.is_common(toks[names[-1]].low) and not _proper_vocab(toks[names[-1]].low):
            names.pop()
            start = names[-1]
    return start if names else None


# Heads after which a medical word is the kind of care a named clinic gives ("Ashby Anticoagulation Clinic", "Mercer
# Wound Center"), not the clinic's name: it joins the kind-of-care words and the name must stand before it.
_HARD_HEADS = frozenset({"clinic", "clinics", "center", "centre", "ctr", "institute", "program"})


def _care_kind(tok) -> bool:
    """A medical word rare in everyday English that is no census name or city ("anticoagulation", "wound" is not:
    it is everyday; "Jackson" is a name)."""
    low = tok.low
    return tok.is_word and medical_only(low) and not _proper_vocab(low) and low not in sl.CLINICAL_TERMS


def _organisation_at(text: str, toks: list, h: int, key: str) -> tuple[int, int] | None:
    """The organisation name ending with (or, with "of <place>", continuing after) the organisation word toks[h]."""
    n = len(toks)
    line_start = text.rfind("\n", 0, toks[h].start)
    # the kind-of-care words before the organisation word ("Skilled Nursing", "Ear, Nose & Throat")
    j = h - 1
    while j >= 0 and toks[j].start > line_start:
        if toks[j].is_word and (_org_key(toks[j]) in ORG_MODIFIERS or (key in _HARD_HEADS and _care_kind(toks[j]))):
            j -= 1
        elif toks[j].text in _ORG_JOIN or toks[j].low == "and":
            if j > 0 and toks[j - 1].is_word and _org_key(toks[j - 1]) in ORG_MODIFIERS \
                    and toks[j - 1].start > line_start:
                j -= 1
            else:
                break
        else:
            break
    mods_start = j + 1
    # "Smith and Associates", "Burgess, Steury & Associates": a joining word between the names and the kind words
    name_end = mods_start
    if j >= 0 and toks[j].start > line_start and (toks[j].text == "&" or toks[j].low == "and") \
            and mods_start == h and key in _AND_HEADS:
        name_end = j
    cased = line_cased(text, toks[h].start)
    if key in _NEEDS_MODIFIER and mods_start == h and not (key in _LAB_HEADS and _place_cue_before(toks, h, cased)):
        return None
    start = _names_before(text, toks, name_end, cased, name_end != mods_start) if name_end > 0 else None
    # "Hospice of Dayton", "Children's Hospital of Akron", "University of Iowa Medical Center"
    end = h + 1
    place_end = end
    if end + 1 < n and toks[end].low == "of" and toks[end + 1].start <= toks[end].end + 2:
        place_end = _of_place(toks, end + 1, cased)
        if place_end > end + 1:
            end = place_end
            while end < n and toks[end].is_word and _org_key(toks[end]) in ORG_MODIFIERS \
                    and toks[end].start - toks[end - 1].end <= 1:
                end += 1
    has_place = place_end > h + 2
    if (start is None and not has_place) or _NOT_ORG_AFTER.match(text, toks[end - 1].end):
        return None
    begin = start if start is not None else mods_start
    chain = [t for t in toks[begin:end] if t.is_word and t.low not in ("and", "of")]
    if cased and not all(t.text[0].isupper() for t in chain):
        return None
    names = [t.low for t in toks[start:name_end] if _org_name_word(t)] if start is not None else []
    # a kind-of-care word, or names joined as partners ("Stump, Fraley and Associates"), say more than the name does
    joined = name_end != mods_start or (start is not None and any(
        t.text == "&" or t.low == "and" for t in toks[start:name_end]))
    if not has_place and not _org_evidence(text, toks, begin, names, key, mods_start < h or joined, cased):
        return None
    # a legal suffix after the name ("..., PLLC")
    stop = toks[end - 1].end
    if text[stop - 2:stop].lower() == "'s" and end == h + 1 and not key.endswith("'s"):  # "Dunmore Children's"
        stop -= 2  # "Dobbs Cardiology's nurse": the possessive is not part of the name
    m = _LEGAL.match(text, stop)
    if m:
        stop = m.end()
    return toks[begin].start, stop


def _place_cue_before(toks: list, h: int, cased: bool) -> bool:
    """Does a place preposition ("to", "at", "from", "via", "by", "@"; "the" between) stand right before the one or two
    words (capitalised where the line has case) before toks[h] ("flow cytometry to Sunrise Labs", "drawn at the
    Summit Lab")?"""
    k = h - 1
    while k >= 0 and h - k <= 2 and toks[k].is_word and (not cased or toks[k].text[0].isupper()) \
            and toks[k].low not in STOP:
        k -= 1
    if k == h - 1:
        return False
    if k >= 0 and toks[k].low == "the":
        k -= 1
    return k >= 0 and toks[k].low in ("to", "at", "from", "via", "by", "@", "through", "thru")


def _org_evidence(text: str, toks: list, begin: int, names: list[str], key: str, has_mod: bool,
                  cased: bool) -> bool:  # has_mod: a kind-of-care word or joined names stand between name and head
    """Is the proper-name head of an organisation name a name, not an everyday, clinical or misspelt word? A name
    that is no everyday English, or one the census or gazetteer knows after a place cue or before a kind-of-care
    word; a medical word only before a kind-of-care word ("Glass Health System", not "Burn Center"); after a
    kind-of-care word alone ("Health", "Dermatology") only where an organisation is expected (a cue). In a line
    without case an unknown word is as likely a misspelling as a name ("cont supprotive medical care"), so one
    name word must be a census name or a US city there."""
    if not names:
        return False
    stems = [bare(w) for w in names]
    place = " ".join(stems)
    if not cased and not any(all(_proper_vocab(p) for p in w.split("-") if p) for w in stems) \
            and place not in sl.us_cities() and not (has_mod and all(_coined_name(w) for w in stems)):
        return False
    if any(w in sl.medical_words() and not _proper_vocab(w) for w in stems):
        return False  # "Anemia Clinic", "Memory Clinic": a clinical word, not a name
    if any(sl.eponym_possessive(w) for w in names):
        return False  # "Parkinson's Clinic", "Crohn's Center": care for a disease named after a person, no owner
    distinct = any(not sl.is_common(w) and w not in sl.medical_words() for w in stems)
    known = all(_proper_vocab(w) for w in stems) or place in sl.us_cities()
    prev = next((t for t in reversed(toks[max(0, begin - 2):begin]) if t.low != "the"), None)
    line_start = text.rfind("\n", 0, toks[begin].start)
    cue = prev is None or prev.end <= line_start or prev.low in _ORG_CUE or prev.text in (":", "-", "|", "(", ",") \
        or _next_item(toks, prev, line_start)
    place_cue = prev is not None and prev.end > line_start and prev.low in _ORG_CUE
    if any(w in sl.medical_words() and not _named_by_surname(w, key, cased or place_cue) for w in stems) \
            and not has_mod:
        return False  # "Burn Center", "Orange GH": a word with a clinical reading needs a kind-of-care word too
    if key in _ROLE_HEADS:
        return distinct or has_mod  # "House Physicians", "Night Surgeons": who they are, not a practice
    if key in _SPONSOR_HEADS:
        return cue and distinct  # "Lakeshore Mercy"; a faith keeps its everyday words: "Religion: Southern Baptist"
    if key in ORG_HEADS or key in _ORG_PAIRS:
        return distinct or (known and (cue or has_mod))
    # a kind-of-care word: only where an organisation is expected (a line start, a label, a place preposition)
    return cue and (distinct or known)


def _next_item(toks: list, prev, line_start: int) -> bool:
    """Is `prev` the "and"/"or"/"&" that joins a list's next organisation to one just named, an organisation word
    ending the item before it ("attend Birch Middle School and Birch Elementary", "Mercy Hospital or Union
    Clinic")? Members of a list share a kind, so the next one stands where an organisation is expected, as after a
    place preposition; "cardiology and Young" has no organisation word before the joiner."""
    if prev is None or prev.end <= line_start or not (prev.low in ("and", "or") or prev.text == "&"):
        return False
    k = toks.index(prev) - 1
    if k >= 0 and toks[k].text == ",":
        k -= 1
    return k >= 0 and toks[k].start > line_start and toks[k].is_word and _org_key(toks[k]) in _ORG_ALL \
        and toks[k].low not in _NEEDS_MODIFIER


def _named_by_surname(low: str, key: str, evident: bool) -> bool:
    """A census name or US city before a kind-of-care head ("Strong Cardiology", "Independence Rheumatology", "at the
    CEDAR RIDGE MISSION"): the medical vocabulary holds every word MTSamples writes, so an everyday surname is in it
    too; where the line has case its capital, and without case a place preposition before it (`evident`), make it the
    name. Not a word rare outside medicine, nor one of the commonest words ("Good Health"), nor before an
    organisation word that is no kind of care ("Burn Center" is a unit), nor before a head that also names a thing
    given or done ("Study Drug", "Home Dialysis", "Speech Therapy")."""
    return (evident and key in ORG_SOFT_HEADS and key not in _THING_HEADS and _proper_vocab(low)
            and not medical_only(low) and sl.word_freq().get(low, 0) < sl.TOP_FREQ)


# Kind-of-care heads that also name a thing given, done or tested ("study drug", "home dialysis", "stress imaging").
_THING_HEADS = frozenset("""drug drugs pharmacy pharmacies lab labs laboratory mri therapy care services medicine
imaging diagnostics dialysis rehab radiology pathology health healthcare""".split())


# --- Organisation names of everyday words, by the shape of the name (deidfix8, issue 13) ---------------------------
# `_org_evidence` trusts a name that is no everyday word or one the census vouches for; US institutions are as often
# named by everyday words in one of a few shapes, which say "proper name" where the words alone do not:
# - a place compound, a word and a natural feature or settlement noun ("<Blue> Ridge", "<Silver> Creek", "<Valley>
#   View", "<Three> Rivers"): the shape of American place names, so of the institutions named after places; the
#   feature nouns are the USPS Publication 28 suffixes that name land, water or settlements (not ways: "Park Place",
#   "Main Street" are left to the street rules), plus the plural tree and water words place names take;
# - a religious dedication ("Sacred Heart", "Holy Cross", "Good Samaritan"): a devotional adjective and a devotional
#   noun, the way Catholic and Protestant hospitals are named (as "Our Lady of ..." in `site_rules`);
# - an owner's possessive before the head of a business ("<Surname>'s Pharmacy", "<Name>'s Market"): a shop named for
#   its owner; only before heads no eponym stands before ("Parkinson's Clinic" is a clinic for a disease).
# Each needs what the other organisation names need: an organisation word (with its kind-of-care words) right after
# the name, capitals where the line has case, and where an organisation is expected (a place preposition, a label,
# a list or line start); none of them reads a clinical word as a name ("the Heart Valley Clinic": no cue word).
_FEATURE_NOUNS = (frozenset("""bayou beach bend bluff bluffs brook brooks canyon cape cliff cliffs cove coves creek
crest dale falls ferry ford fords forest forge fork forks garden gardens glen glens green greens grove groves harbor
harbors haven heights hill hills hollow island islands isle knoll knolls lake lakes landing lodge manor manors meadow
meadows mill mills mountain mountains orchard park parks pine pines plain plains prairie rapids ridge ridges river shoal
shoals shore shores spring springs stream summit valley valleys view views village villages vista""".split())
                  & _USPS_WORDS) | frozenset("oaks woods rivers waters elms willows cedars maples birches".split())
_DEVOTIONAL = frozenset("holy sacred divine blessed immaculate precious".split())
_DEVOTED = frozenset("""heart hearts cross family name spirit redeemer savior saviour shepherd samaritan trinity
innocents angels rosary sacrament conception child infant mother""".split())
_GOOD_DEVOTED = frozenset({"shepherd", "samaritan"})  # "good" is too everyday to go with more
# Heads of businesses a possessive owner names ("<Name>'s Pharmacy"); never a clinic or kind of care.
_OWNER_HEADS = frozenset("""pharmacy pharmacies drug drugs market markets lumber logistics motel hotel inn apartments
foundry mill mills factory supply supplies ambulance""".split())


def _shape_word(tok, cased: bool) -> bool:
    """A word that may stand in a shaped name: a word, capitalised where the line has case, no function, generic
    place, place verb, title, clinical or medical-only word and no inflected everyday word ("walking trail")."""
    if not tok.is_word or len(tok.text) < 3 or (cased and not tok.text[0].isupper()):
        return False
    low = tok.low
    return not (low in STOP or low in _NOT_ORG_NAMES or low in GENERIC_PLACE_WORDS or low in PLACE_VERBS
                or low in TITLES or low in CREDENTIALS or low in sl.CLINICAL_TERMS or medical_only(low)
                or MONTH_DAY.match(low) or _inflected_word(low) or low in _ORG_KEYS)


def _shaped_name(toks: list, e: int, line_start: int, cased: bool) -> int | None:
    """Start index of a shaped name (place compound, dedication, owner's possessive) ending right before toks[e]."""
    if e >= 1 and toks[e - 1].start > line_start and possessive(toks[e - 1].low) and e < len(toks) \
            and _org_key(toks[e]) in _OWNER_HEADS:
        base = toks[e - 1].low[:-2]
        if (len(base) >= 3 and (base in sl.last_names() or base in sl.first_names()) and base not in RELATIONS
                and base not in STOP and not medical_only(base) and not MONTH_DAY.match(base)
                and (not cased or toks[e - 1].text[0].isupper())):
            return e - 1
    if e < 2 or toks[e - 2].start <= line_start or toks[e - 1].start - toks[e - 2].end > 1:
        return None
    a, b = toks[e - 2], toks[e - 1]
    if not (a.is_word and b.is_word) or (cased and not (a.text[0].isupper() and b.text[0].isupper())):
        return None
    if (a.low in _DEVOTIONAL and b.low in _DEVOTED) or (a.low == "good" and b.low in _GOOD_DEVOTED):
        return e - 2
    if b.low in _FEATURE_NOUNS and _shape_word(a, cased) and a.low not in ORG_MODIFIERS \
            and a.low not in protect.protected_words():
        return e - 2
    return None


def _shaped_org_at(text: str, toks: list, h: int, key: str) -> tuple[int, int] | None:
    """An organisation named by a shaped name before the organisation word toks[h] and its kind-of-care words, where
    an organisation is expected (see the block comment above)."""
    line_start = text.rfind("\n", 0, toks[h].start)
    j = h - 1
    while j >= 0 and toks[j].start > line_start and toks[j].is_word and _org_key(toks[j]) in ORG_MODIFIERS \
            and h - j <= 3:
        j -= 1
    cased = line_cased(text, toks[h].start)
    if cased and not all(t.text[0].isupper() for t in toks[j + 1:h + 1] if t.is_word):
        return None
    for e in range(j + 1, h + 1):  # the name may have taken a kind-of-care word ("Sacred Heart", "Valley View")
        begin = _shaped_name(toks, e, line_start, cased)
        if begin is None:
            continue
        if possessive(toks[begin].low) and e != h:
            continue  # the owner stands right before the business's word
        prev = next((t for t in reversed(toks[max(0, begin - 2):begin]) if t.low != "the"), None)
        cue = prev is None or prev.end <= line_start or prev.low in _ORG_CUE \
            or prev.text in (":", "-", "|", "(", ",", ";") or _next_item(toks, prev, line_start)
        if not cue or _NOT_ORG_AFTER.match(text, toks[h].end):
            return None
        stop = toks[h].end
        m = _LEGAL.match(text, stop)
        return toks[begin].start, m.end() if m else stop
    return None


# --- Street forms beyond "<number> <name> <suffix>" (blind forms probe, tuning part) ----------------------------
# A house number may carry a letter or a half ("3949-E", "12B", "410 1/2"); numbered streets take an ordinal and
# the suffixes numbered streets are given ("1234 W 56th St", "on 5th Avenue"): an ordinal before any other noun is
# a count ("5th rib", "3rd cycle", "4th ventricle"). Rural delivery addresses have a route and a box number.
# the letter or half after a house number: "3949-E", "12B" (a capital: "60s" is a decade), "410 1/2"
_HOUSE_PART = r"(?:-[A-Za-z]|(?-i:[A-Z]))?(?![\p{L}\d])(?:[ \t]+1/2)?"
_DIR_WORD = r"(?:[NSEW]|NE|NW|SE|SW|north|south|east|west)\.?"
_ORDINAL = r"\d{1,3}(?:st|nd|rd|th)"
# the gate of the three ordinal-street rules (perf49): each match holds `_ORDINAL` and a blank after it, which ~6% of
# PhysioNet notes do (one search of the lower-cased ASCII note, its answer shared; other notes are not gated), by
# `regex`, which skips along to the digits (`RegexFolded`: ~6 -> ~4.6 us a PhysioNet note, ~33 -> ~17 a long one;
# perf53)
_ORDINAL_GATE = RegexFolded(r"\d(?:st|nd|rd|th)[ \t]")
# (not "AV", "CT", "Dr": "1st AV block", "3rd CT", "2nd Dr. Lee")
_ORDINAL_SUFFIX = (r"(?:street|st|avenue|ave|road|rd|boulevard|blvd|drive|lane|ln|place|terrace|court|way|parkway|"
                   r"pkwy|circle|trail|trl|highway|hwy)")
# Standard abbreviations (3+ letters) and the suffix names left out of USPS_SUFFIX for a clinical reading ("Run",
# "Crossing", "Loop", "Trl", "Xing"): a street only after a house number and proper-name words (`_strict_street`).
# Left out: abbreviations that are clinical or unit abbreviations too.
_AMBIGUOUS_ABBR = set("""ext est cor cvs drs sts sta via vis rst arc anx pne cmn spg opas tpk uns iss kys mls
lck lgt msn mdw mnr""".split())
_STREET_ABBR_WORDS = frozenset({w for row in _USPS_ROWS for w in row[1:2] if len(w) >= 3 and w not in _AMBIGUOUS_ABBR}
                               | (_USPS_CLINICAL - {"neck", "wall", "walls", "rest", "port", "ports"}))
STREET_ABBR = "(?:" + "|".join(sorted(_STREET_ABBR_WORDS, key=by_length)) + ")"
# after a house number an ordinal takes any USPS suffix or standard abbreviation with no clinical reading ("7th
# Row", "28th Ct", "N. 15th Loop"): "2 3rd point" or "4 5th course" are no streets
_ORDINAL_ANY_WORDS = frozenset({w for row in _USPS_ROWS for w in row[:2] if (len(w) >= 3 or w in ("ct", "ln", "sq"))
                               and w not in _USPS_CLINICAL and w not in _AMBIGUOUS_ABBR} | {"loop"})
_ORDINAL_ANY = "(?:" + "|".join(sorted(_ORDINAL_ANY_WORDS, key=by_length)) + ")"
# the street words an ordinal alone (no house number, no directional) names a street with ("5th Avenue")
_ORDINAL_STREETS = r"(?:street|avenue|ave|boulevard|blvd|road|terrace|parkway)"
_NOT_FUNCTION = r"(?!(?i:at|in|on|of|to|from|the|a|an|and|or|lives|living|lived|resides|with|her|his|their)\b)"
_MOBILE_HOME = (r"(?:mobile[ \t]+home|trailer|manufactured[ \t]+home|rv)[ \t]+(?:park|court|ct|estates|community|"
                r"village|ranch|resort|lodge)")
# where a street is named without its number ("found at her home on Church Row", "lives off Route 9")
_STREET_CUE_FIRST = ("home", "house", "lives", "living", "live", "resides", "residing", "apartment", "located", "moved",
                     "corner", "intersection", "walking", "found", "struck", "accident")
_STREET_CUE_WORDS = frozenset(_STREET_CUE_FIRST)
_STREET_CUE = f"(?:{'|'.join(_STREET_CUE_FIRST)})" + r"[ \t]+(?:on|off|along|at|near|of|to)"
# street words that follow a preposition in prose as place names do; not those a clinical phrase takes after a
# capitalised word ("Rocky Mountain spotted fever", "Valley fever"), nor "Place"/"Court"/"Way"/"Row" alone
_PROSE_ABBR = r"(?:ave|rd|blvd|ln|pkwy|hwy|trl|cir|ter)"


def street_rules() -> list[RegexRecognizer.Rule]:
    """Numbered streets, house numbers with a letter or a half, rural routes, mobile-home lots, uncommon USPS
    suffixes and abbreviations after a house number, and street names without a number in prose."""
    return [
        # "1234 56th Avenue", "1234 W 56th St Apt 4M", "12B 3rd St"
        (Gated(_ORDINAL_GATE, WordLined(_words_of(_ORDINAL_SUFFIX) | _ORDINAL_ANY_WORDS, re.compile(
            rf"(?<![\d.,/])\d{{1,5}}{_HOUSE_PART}[ \t]+(?:{_DIR_WORD}[ \t]+)?"
            rf"{_ORDINAL}[ \t]+(?:{_ORDINAL_SUFFIX}|{_ORDINAL_ANY})\b\.?{_UNIT}", I))), 0, 0.8, None),
        # "W 56th St", "on 5th Avenue": a directional or a full street word makes the ordinal a street's name
        (Gated(_ORDINAL_GATE, Gated(AlnumWords(_words_of(_ORDINAL_SUFFIX)), re.compile(
            rf"\b(?-i:[NSEW]|NE|NW|SE|SW|North|South|East|West|NORTH|SOUTH|EAST|WEST)\.?[ \t]+{_ORDINAL}[ \t]+"
            rf"{_ORDINAL_SUFFIX}\b\.?{_UNIT}", I))), 0, 0.75, None),
        (Gated(_ORDINAL_GATE, Gated(AlnumWords(_words_of(_ORDINAL_STREETS)), re.compile(
            rf"\b{_ORDINAL}[ \t]+{_ORDINAL_STREETS}\b\.?{_UNIT}", I))),
         0, 0.75, None),
        # "3949-E Meadowlark Ave.", "410 1/2 N. Elm St, Apt 3", "820 N. Shady Oak Trl", "408 Quarry Crossing"
        (WordLined(_USPS_SUFFIX_WORDS | _STREET_ABBR_WORDS, re.compile(
            rf"(?<![\d.,/])\d{{1,5}}{_HOUSE_PART}[ \t]+(?:{_DIR_WORD}[ \t]+)?"
            rf"((?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,3}})(?P<suf>{USPS_SUFFIX}|{STREET_ABBR})\b\.?{_UNIT}", I)),
         0, 0.75, _strict_street),
        # rural delivery: "RR 2 Box 45", "Rural Route 7, Box 258", "HC 1 Box 23", "RFD 3"
        (re.compile(r"\b(?:rural[ \t]+route|r\.?[ \t]?r\.?|rfd|r\.f\.d\.|hc|highway[ \t]+contract(?:[ \t]+route)?|"
                    r"star[ \t]+route)[ \t]*\#?[ \t]*\d{1,4},?[ \t]*box[ \t]*\#?[ \t]*\d{1,5}\b", I), 0, 0.85, None),
        (re.compile(r"\b(?:rural[ \t]+route|rural[ \t]+free[ \t]+delivery)[ \t]*\#?[ \t]*\d{1,4}\b", I), 0, 0.8, None),
        # "Lot 48, Meadowlark Mobile Home Park", "Sunny Acres Trailer Court, space 12"
        # (its first word asked first, `AlnumWords`: a blank stands before it and after it in every match, and the
        # gate's search, no literal of three letters in it, cost ~10 us a note; perf48)
        (Gated(AlnumWords(("mobile", "trailer", "manufactured", "rv")), Gated(Folded(
            r"(?:mobile[ \t]+home|trailer|manufactured[ \t]+home|rv)[ \t]+(?:park|court|ct|estates|"
            r"community|village|ranch|resort|lodge)"), re.compile(
            rf"(?:\b(?:lot|space|spc|site|trailer|unit)[ \t]*\#?[ \t]*[A-Za-z]?\d{{1,4}}[A-Za-z]?,?[ \t]+)?"
            rf"((?:{_NOT_FUNCTION}\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,3}}){_MOBILE_HOME}\b", I))), 0, 0.8, _mobile_home),
        # numbered rural and state roads: "1234 County Road 12", "State Route 9", "US Highway 41"
        # (its first word asked of the note's runs first, `AlnumWords`: it stands whole in every match, "u" of "u.s.",
        # and the gate's search, no literal of three letters in it, cost ~10 us a note; perf48)
        (Gated(AlnumWords(("county", "state", "us", "u", "market")), Gated(Folded(
            r"(?:county|state|us|u\.s\.|market)[ \t]+(?:road|rd|route|rte|highway|hwy)"), re.compile(
            r"(?:\b\d{1,6}[ \t]+)?\b(?:county|state|us|u\.s\.|(?:farm|ranch)[ \t]+to[ \t]+market)"
            r"[ \t]+(?:road|rd|route|rte|highway|hwy)\.?[ \t]*\#?[ \t]*\d{1,4}[A-Za-z]?\b", I))), 0, 0.8, None),
        # an apartment number set off from its street as a field of its own (", Apt 12", "Apartment 4B")
        (re.compile(r"\b(?:apt|apartment)\.?[ \t]*\#?[ \t]*(?=[A-Za-z]?\d)[A-Za-z0-9]{1,5}(?:-[A-Za-z0-9]{1,3})?\b",
                    I), 0, 0.7, _not_unit),
        # "at her home on Church Row", "lives off Meadowlark Ave.": a street name without its number, capitalised
        # after a preposition where the note has case; after a living/where cue in a note without case
        (WordLined(_USPS_SUFFIX_WORDS | _words_of(_PROSE_ABBR) | _words_of(_PLAIN_SUFFIX), re.compile(
            rf"(?<=\b(?:on|off|along|onto|near|at|of|to|from|down|and)[ \t]+)"
            rf"((?:\p{{Lu}}[\p{{L}}'\-]*[ \t]+){{1,3}})"
            rf"(?P<suf>(?i:{USPS_SUFFIX}|{_PROSE_ABBR}|{_PLAIN_SUFFIX}))(?:\b\.?)")), 0,
         0.65, _prose_street),
        # (tried only where its cue ends, `AfterCue`: its gate, the cue's words, passed "lives at home"; perf48)
        (AfterCue(_STREET_CUE_WORDS, rf"{_STREET_CUE}[ \t]+", re.compile(
            rf"(?<=\b{_STREET_CUE}[ \t]+)((?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,3}})"
            rf"(?P<suf>{USPS_SUFFIX}|{_PROSE_ABBR}|street|st)\b\.?", I)), 0, 0.65, _cued_street),
    ]


def _not_unit(text: str, m: re.Match) -> bool:
    return not UNIT_AFTER.match(text, m.end())


def _name_words_ok(words: list[str]) -> bool:
    """Street or place name words: no stop word, clinical-only word, protected clinical word or title."""
    return bool(words) and not any(
        w.lower() in STOP or medical_only(w.lower()) or w.lower() in TITLES or w.lower() in protect.protected_words()
        or (w.lower() in sl.medical_words() and not sl.is_common(w.lower())) for w in words)


def _strict_street(text: str, m: re.Match) -> bool:
    """The broad street rule's checks, and for a suffix with a clinical reading or an abbreviation ("Run", "Trl"):
    capitalised name words and suffix where the line has case, or no everyday word among the name words."""
    words = m.group(1).split()
    if not _name_words_ok(words) or UNIT_AFTER.match(text, m.start(1) - 1):
        return False
    if any(_ING_ED_OWNED_END.search(w) and sl.is_common(w.lower()) for w in words):
        return False
    if m.group("suf").lower() in _USPS_CLINICAL and any(w.lower() in sl.medical_words() for w in words):
        return False  # "4 Chamber View", "12 Lead Loop": a clinical phrase
    if line_cased(text, m.start()):
        return all(w[0].isupper() for w in words) and m.group("suf")[0].isupper()
    # without case: after the house number, words streets are named by ("9181 maple crossing", "40 harvest run")
    return not any(sl.is_common(w.lower()) and not sl.census_name_or_city(w.lower())
                   and not _street_name_word(w.lower()) for w in words)


def _mobile_home(text: str, m: re.Match) -> bool:
    words = m.group(1).split()
    if not _name_words_ok(words):
        return False
    return not line_cased(text, m.start(1)) or all(w[0].isupper() for w in words)


_FOLLOWS_CLINICAL = re.compile(r"[ \t]+(?:\p{L}+[ \t]+)?(?:fever|disease|syndrome|sign|virus|spotted|tick|"
                               r"sarcoma|lymphoma|criteria|classification|score|scale|stage|grade|type|class)\b", I)


def _prose_street(text: str, m: re.Match) -> bool:
    """A street named without its number in cased prose: capitalised proper-name words before a street suffix, no
    clinical phrase following ("Rocky Mountain spotted fever"), and not a longer capitalised name going on."""
    if not line_cased(text, m.start()):
        return False
    words = m.group(1).split()
    suf = m.group("suf")
    if not suf[0].isupper() or not _name_words_ok(words) or _FOLLOWS_CLINICAL.match(text, m.end()):
        return False
    if _NAME_GOES_ON.match(text, m.end()) and not _PREPOSITION_AFTER.match(text, m.end()):
        return False  # "Blue Ridge Mountain Medical Center": an organisation's name goes on
    if suf.lower() in _PLAIN_WORDS and (_CAPITAL_AFTER.match(text, m.end()) or not all(
            _street_name_word(w.lower()) or sl.census_name_or_city(w.lower()) for w in words)):
        return False  # "to Mercy St. Vincent", "by Kim Dr. Lee"; "on Home Run": no street-name words
    return True


def _cued_street(text: str, m: re.Match) -> bool:
    """After "lives on", "home on", "intersection of": name words, whatever their case."""
    return _name_words_ok(m.group(1).split()) and not _FOLLOWS_CLINICAL.match(text, m.end())




# --- Places in fields and short phrases (blind forms probe, tuning part) ------------------------------------------
# A form's place fields hold a place whatever its words: "City: Normal", "Place of birth: Independence, Kentucky",
# "County of residence: Butler"; a residence field also holds arrangements ("Residence: home with wife"), so a
# value there counts only when it is a US city. Words to the value's end, a comma, two spaces or the next label.
_FIELD_WORD = r"\p{L}[\p{L}'.\-]*+(?!:)"
_FIELD_VALUE = rf"({_FIELD_WORD}(?:[ \t]{_FIELD_WORD}){{0,2}})"
_CITY_LABELS = (r"(?:city|town|home[ \t]*town|city[ \t]+of[ \t]+(?:residence|birth)|place[ \t]+of[ \t]+birth|"
                r"birth[ \t]*place|born[ \t]+in|city/state|city,[ \t]*state)")
_COUNTY_LABELS = r"(?:county(?:[ \t]+of[ \t]+(?:residence|birth))?|parish|borough)"
_EMERGENCY_SERVICE = (r"(?i:fire|police|rescue)[ \t\-]+(?i:department|dept\.?|district|rescue|squad|company)|"
                      r"(?i:fire)[ \t]*(?:&|(?i:and))[ \t]*(?i:rescue|ems)|"
                      # a unit of a town's fire service: "Garland Fire Medic 4", "Enterprise Fire Engine 2"
                      r"(?i:fire)[ \t\-]+(?i:medic|engine|ladder|truck|battalion)[ \t]*\#?[ \t]*\d{1,3}|"
                      r"(?i:sheriff'?s?)[ \t]+(?i:office|department|dept\.?)|"
                      r"(?i:ems|ambulance)[ \t]+(?i:service|squad)")
# going to or coming from a town: "a mission trip to X", "travelled to X", "flew in from X" (strong cues: the word after
# them is a destination, so a city whose name is an everyday word counts there, in any case)
_TRAVEL_CUE = (r"(?:trip|travel(?:s|ed|led|ing|ling)?|flew|flown|drove|driven|vacation(?:s|ed|ing)?|relocated|"
               r"commutes?|commuted|visit(?:s|ed|ing)?[ \t]+family)(?:[ \t]+(?:in|back|here|down|up))?"
               r"[ \t]+(?:to|from|in)")
# "a native of X", "outside Jackson": words that place a town, before a US city whose name is an everyday word
_CITY_CUE = (rf"(?:outside(?:[ \t]+of)?|outskirts[ \t]+of|suburbs?[ \t]+of|native[ \t]+of|residents?[ \t]+of|"
             r"city[ \t]+of|town[ \t]+of|village[ \t]+of|(?:north|south|east|west)[ \t]+of|miles[ \t]+from|"
             rf"near|from|{_TRAVEL_CUE})")
# The first word of each cue, as a whole run of word characters (each is followed by a blank in the pattern): the
# cued-city rule is tried only where one stands (`base.WordAnchored`), where a zero-width anchor on the cues was
# tried by stdlib `re` at every character of every note.
_CITY_CUE_WORDS = ("outside", "outskirts", "suburb", "suburbs", "native", "resident", "residents", "city", "town",
                   "village", "north", "south", "east", "west", "miles", "near", "from", "trip", "travel", "travels",
                   "traveled", "travelled", "traveling", "travelling", "flew", "flown", "drove", "driven", "vacation",
                   "vacations", "vacationed", "vacationing", "relocated", "commute", "commutes", "commuted", "visit",
                   "visits", "visited", "visiting")


# The gates of the two emergency-service rules, one object each so that the note is searched for them once: the
# service's word (the rules' gate as written), and that word after a blank, as every match holds it (a word ending in
# "ems", "problems ", opened the first in most notes)
_SERVICE_WORD = Folded(r"(?:fire|police|rescue|sheriff|ems|ambulance)[ \t\-]")
_SERVICE_AFTER_BLANK = Folded(r"[ \t](?:fire|police|rescue|sheriff|ems|ambulance)")


def place_field_rules() -> list[RegexRecognizer.Rule]:
    """City and county fields, "<City> Fire Department", a US city after a place cue, and the city of a one-line
    address written without case or comma ("..., new canaan ct 06840")."""
    return [
        # (gated on its label and colon searched backwards, `ReversedFolded`: the colon is the rare character sre skips
        # along to, where the labels' first letters are everywhere; the bare pattern was tried at every character;
        # perf45)
        (Gated(ReversedFolded(rf"{_CITY_LABELS}[ \t]*:"), re.compile(
            rf"(?m)\b{_CITY_LABELS}[ \t]*:[ \t]*{_FIELD_VALUE}", I)), 1, 0.7, _field_place),
        (re.compile(rf"(?m)\bresidence[ \t]*:[ \t]*{_FIELD_VALUE}", I), 1, 0.65, _field_city),
        (Gated(Folded(r"(?:county|residence|birth|parish|borough)[ \t]*:"), re.compile(
            rf"(?m)\b{_COUNTY_LABELS}[ \t]*:[ \t]*{_FIELD_VALUE}", I)), 1, 0.7, _field_place),
        # "lives in clay county": a county after where someone lives, in any case
        (Gated(Folded(r"county|parish"), re.compile(
            r"\b(?:lives|living|live|resides|residing|reside|resident|moved|born|raised)[ \t]+(?:in|to|of|from)"
            r"[ \t]+((?:\p{L}[\p{L}'.\-]*[ \t]+)?\p{L}[\p{L}'.\-]*)[ \t]+(?:county|parish)\b", I)), 1, 0.7,
         _field_place),
        # "the Fountain County Health Department", "lives in rural aurora co., pa": a county's own name, the word
        # before "County"/"Parish" (capitalised where the line has case), or before "Co." and a state; searched
        # only on the lines that hold the word (`Lined`)
        (Lined(r"county|parish|co\.", re.compile(
            rf"(?<![\p{{L}}'.\-])(\p{{L}}[\p{{L}}'\-]*)[ \t]+"
            rf"(?:county|parish|co\.(?=,?[ \t]*(?:{STATE_CODES}|{STATE_NAMES})\b))(?![\p{{L}}\-])", I)),
         0, 0.65, _county_name),
        (Gated(_SERVICE_WORD, Gated(_SERVICE_AFTER_BLANK, re.compile(
            rf"(?<![\p{{L}}'.\-])(\p{{L}}[\p{{L}}'.\-]*)[ \t]+(?:{_EMERGENCY_SERVICE})\b"))), 1, 0.65, _service_town),
        # a town of two words ("Mason City Fire & Rescue"): a US city
        (Gated(_SERVICE_WORD, Gated(_SERVICE_AFTER_BLANK, re.compile(
            rf"(?<![\p{{L}}'.\-])(\p{{L}}[\p{{L}}'.\-]*[ \t]+\p{{L}}[\p{{L}}'.\-]*)[ \t]+"
            rf"(?:{_EMERGENCY_SERVICE})\b"))), 1, 0.65, _service_city),
        # (tried only where a cue's first word stands as a whole run, `WordAnchored`)
        (WordAnchored(_CITY_CUE_WORDS, re.compile(
            rf"\b{_CITY_CUE}[ \t]+(?!(?:a|an)\b)(\p{{Lu}}[\p{{L}}'\-]*(?:[ \t]\p{{Lu}}[\p{{L}}'\-]*){{0,2}})", I)),
         1, 0.6,
         _cued_city),
        # senior-living and care communities named "The <place word> at/of <Name>" ("The Village at Cedar Ridge",
        # "The Gardens of Fairhaven"): capitalised, as the names are written
        (Gated(Folded(r"the[ \t]+[a-z]+[ \t]+(?:at|of|on)[ \t]"), re.compile(
            r"\b(?-i:The|THE)[ \t]+(?i:village|gardens|residences?|terrace|commons|manor|courtyard|meadows|pointe|"
            r"landing|lodge|reserve|arbors|oaks|glen|crossings?|springs|heights|inn|cottages|suites|haven)[ \t]+"
            r"(?i:at|of|on)[ \t]+(?-i:\p{Lu}[\p{L}'\-]*(?:[ \t]\p{Lu}[\p{L}'\-]*){0,2})")), 0, 0.7, _care_community),
        # "seen in the Riverbend ED": a facility's name before its emergency department; "called Summit ICU", "spoke
        # with Baxter transfer center": before the unit or desk a transfer is arranged with
        (Gated(BlankRunGate(
            r"[ \t](?:ed|er|e\.d\.|emergency[ \t]+(?:department|dept|room)|icu|transfer[ \t]+center)\b"),
               re.compile(
            rf"\b(?i:in|at|to|from|the|via|with|called|paged)[ \t]+"
            rf"((?:{_NOT_FUNCTION}\p{{L}}[\p{{L}}'\-]*[ \t]+){{0,2}}"
            rf"{_NOT_FUNCTION}\p{{L}}[\p{{L}}'\-]*)[ \t]+"
            r"(?P<ed>(?i:ed|er|e\.d\.|emergency[ \t]+(?:department|dept\.?|room)|icu|transfer[ \t]+center))\b")), 1,
         0.65, _emergency_facility),
        (Gated(_BLANK_ZIP, re.compile(
            rf"(?<=,[ \t])((?:\p{{L}}[\p{{L}}'.\-]*[ \t]){{0,2}}\p{{L}}[\p{{L}}'.\-]*)[ \t]+(?i:{STATE_CODES})[ \t]+"
            rf"\d{{5}}(?:-\d{{4}})?\b", I)), 1, 0.7, _not_clinical_words),
    ]


def _care_community(text: str, m: re.Match) -> bool:
    """The name after "The Village at" is a proper name: capitalised words, none a stop, clinical or generic word, one
    no everyday word, or the whole a US city ("Cedar Ridge", not "The Commons at Risk")."""
    name = _AT_OF_ON.split(m.group(0), maxsplit=1)[1].split()
    return _name_words_ok(name) and not any(w.lower() in GENERIC_PLACE_WORDS or w.lower() in NOT_PLACES
                                            for w in name) and (
        any(not sl.is_common(w.lower()) for w in name) or " ".join(name).lower() in sl.us_cities())


_NOT_FACILITY_NAMES = {"main", "adult", "adults", "peds", "pediatric", "pediatrics", "satellite", "local", "outside",
                       "nearest", "closest", "same", "new", "old", "other", "another", "our", "this", "that", "their",
                       "his", "her", "hospital", "hospital's", "osh", "general", "community", "regional", "county",
                       # a shift's or a day's unit ("Night ICU", "weekend ED"), not a hospital's
                       "night", "nights", "day", "days", "evening", "morning", "weekend", "overnight", "float"}


def _emergency_facility(text: str, m: re.Match) -> bool:
    """The words before "ED"/"ER"/"Emergency Department" name a facility when they are proper-name words: capitalised
    where the line has case, with one no everyday word or a census name or US city among them ("Cedar Ridge ED",
    "Riverbend ED"); coined words without case ("riverbend ed"). Not a kind of ED ("Peds ED", "Main ED", "OSH ED")."""
    words = m.group(1).split()
    low = [w.lower() for w in words]
    cased = line_cased(text, m.start(1))
    ward = m.group("ed")
    if cased and len(ward) <= 4 and not ward[0].isupper():
        return False  # a small "ed"/"er"/"icu" in a line with case is no ward
    toks = tokenize(m.group(1))
    if len(toks) == 2 and _shaped_name(toks, 2, -1, cased) == 0:
        return True  # "Good Shepherd ER", "Valley View ICU": a dedication or place compound
    if not _name_words_ok(words) or any(w in _NOT_FACILITY_NAMES or w in GENERIC_PRACTICE or w in GENERIC_PLACE_WORDS
                                        or w in NOT_PLACES or w in protect.areas() for w in low):
        return False
    if cased:
        return all(w[0].isupper() for w in words) and any(
            not sl.is_common(w) or sl.census_name_or_city(w) for w in low)
    return all(_coined_name(w) for w in low)


def _county_name(text: str, m: re.Match) -> bool:
    """The words before "County"/"Parish"/"Co." name the county: where the line has case each capitalised and, when it
    opens a sentence, a census name or US city (not "Each County"); without case a census name, US city or word no
    vocabulary knows. None a function, title, generic place ("the county", "same county", "state"), kind-of-care,
    clinical or month word."""
    words = m.group(1).split()
    low = [w.lower() for w in words]
    if not _name_words_ok(words) or any(w in GENERIC_PLACE_WORDS or w in NOT_PLACES or w in _NOT_ORG_NAMES
                                        or w in TITLES or w in ORG_MODIFIERS or MONTH_DAY.match(w) for w in low):
        return False
    known = all(sl.census_name_or_city(w) for w in low) or " ".join(low) in sl.us_cities()
    if line_cased(text, m.start(1)):
        state = _WORD_AFTER.match(text[m.end():m.end() + 40])
        return all(w[0].isupper() for w in words) and (known or not sentence_start_at(text, m.start(1))) and not (
            m.group(0).lower().endswith("co.") and state is not None and state.group(1).islower())
    return known or all(_coined_name(w) for w in low)


def _field_place(text: str, m: re.Match) -> bool:
    words = m.group(1).split()
    return len(m.group(1)) > 2 and _name_words_ok(words) and not any(
        w.lower() in GENERIC_PLACE_WORDS or w.lower() in NOT_PLACES for w in words)


def _field_city(text: str, m: re.Match) -> bool:
    """A residence field's value names a place only when it is a US city ("Residence: Bear"), not an arrangement."""
    words = m.group(1).lower().split()
    for k in range(len(words), 0, -1):
        if " ".join(words[:k]) in sl.us_cities():
            return _city_words_ok(words[:k]) and not any(w in GENERIC_PLACE_WORDS or w in NOT_PLACES
                                                         for w in words[:k])
    return False


def _service_town(text: str, m: re.Match) -> bool:
    """The town a fire department or sheriff serves: a capitalised proper word where the line has case; in a line
    without case a US city or a word that is no everyday word ("volunteer fire department" is none)."""
    w = m.group(1)
    low = w.lower()
    # a US city is the town served even when its name has a medical reading ("Norwalk" virus): the frame says which
    city = low in sl.us_cities() and low not in sl.CLINICAL_TERMS and low not in STOP
    if not (city or _name_words_ok([w])) or low in GENERIC_PLACE_WORDS or low in NOT_PLACES:
        return False
    if line_cased(text, m.start(1)):
        return w[0].isupper() and not (low in sl.word_freq() and not sl.census_name_or_city(low)
                                       and sentence_start_at(text, m.start(1)))
    return low in sl.us_cities() or not sl.is_common(low)


def _service_city(text: str, m: re.Match) -> bool:
    """Two words before a town's fire or police service that name a US city, capitalised where the line has case."""
    words = m.group(1).split()
    return " ".join(words).lower() in sl.us_cities() and _city_words_ok(words) and (
        not line_cased(text, m.start(1)) or all(w[0].isupper() for w in words))


# The validators' patterns, compiled once (perf49): each was a module-level `re.match`/`re.search` with its string,
# which asked `regex`'s cache every call (~3 us, the compiled table answering none of them), and the four matched
# after a group sliced the rest of the note first (`text[m.end():]`), where they now match from the group's end (none
# looks behind its start or holds an anchor, so the matches are the same)
_ZIP_AFTER = re.compile(r"[ \t]+\d{5}")
_ZIP_AT_END = re.compile(r"\d{5}$")
_OWNED_END = re.compile(r"(?:'s|s'|-)$", I)
_ING_ED_END = re.compile(r"(?:ing|ed)$", I)
_ING_ED_LY_END = re.compile(r"(?:ing|ed|ly)$")
_ING_ED_OWNED_END = re.compile(r"(?:ing|ed|'s|s'|-)$", I)
_BLANKS_OR_AMP = re.compile(r"[ \t]+|&")
_NAME_GOES_ON = re.compile(r"[ \t]+\p{Lu}\p{Ll}")
_PREPOSITION_AFTER = re.compile(r"[ \t]+(?:in|and|on|at|to|for)\b", I)
_CAPITAL_AFTER = re.compile(r"\.?[ \t]*\p{Lu}")
_AT_OF_ON = re.compile(r"[ \t]+(?i:at|of|on)[ \t]+")
_WORD_AFTER = re.compile(r",?[ \t]*(\w+)")
_WEAK_CUE = re.compile(r"(?:near|from)\b", I)
_STRONG_CUE = re.compile(rf"{_TRAVEL_CUE}|native|residents?|city|town|village", I)
_LETTERS_AFTER = re.compile(r"[ \t]+([\p{L}]+)")
_ORG_WORD_AFTER = re.compile(
    r"[ \t]*(?:'s\b|-\p{L}|[ \t]+(?:" + "|".join(sorted(ORG_HEADS | ORG_SOFT_HEADS)) + r")\b)", I)
_INFLECTED = re.compile(r"(\p{L}+?)(?:ing|ed|ly)")
_ORDINAL_WORD = re.compile(r"\d{1,3}(?:st|nd|rd|th)", I)


def sentence_start_at(text: str, pos: int) -> bool:
    before = text[max(0, pos - 3):pos].rstrip(" \t")
    return not before or before[-1] in ".!?\n"


def _city_words_ok(words: list[str]) -> bool:
    """The words of a gazetteer city: no stop word, title, protected or clinical-only word ("Jackson" names a drain
    too, but not only a drain; without case a word with any medical reading is left: "FROM FOLEY CATH")."""
    return not any(w.lower() in STOP or w.lower() in TITLES or medical_only(w.lower())
                   or w.lower() in protect.protected_words() for w in words)


def _cued_city(text: str, m: re.Match) -> bool:
    """After "outside", "native of", "from": a US city, capitalised where the line has case (any case without),
    whose words are no clinical word and which does not go on as an organisation or a clinical phrase."""
    value = m.group(1)
    words = value.split()
    low = [w.lower() for w in words]
    cased = line_cased(text, m.start(1))
    if cased and not all(w[0].isupper() for w in words):
        return False
    # without case "near normal", "from home" are phrases: an everyday-word city only after a town cue
    weak_cue = _WEAK_CUE.match(m.group(0)) is not None
    # a destination after a travel cue, or "native of": a city named by an everyday or medical word counts there
    strong_cue = _STRONG_CUE.match(m.group(0)) is not None
    for k in range(len(low), 0, -1):
        city = " ".join(low[:k])
        if city in sl.us_cities() and _city_words_ok(words[:k]) and not any(
                w in GENERIC_PLACE_WORDS or w in NOT_PLACES for w in low[:k]) and (
                cased or strong_cue or not any(w in sl.medical_words() for w in low[:k])) and (
                cased or not weak_cue or not sl.is_common(city)):
            end = m.start(1) + len(" ".join(words[:k]))
            after = _LETTERS_AFTER.match(text[end:end + 30])
            if after and after.group(1).lower() in sl.medical_words() and not sl.is_common(after.group(1).lower()):
                return False  # "from Foley cath", "outside Jackson Pratt drain": a device named for a person
            return not _FOLLOWS_CLINICAL.match(text, end) and not _ORG_WORD_AFTER.match(text[end:end + 40])
    return False



# --- Places and organisations named without an address (blind forms probe "sites", tuning part) ------------------
# Each rule is a frame in which US clinical and social-work notes name a place, written from the frame (what words
# stand around the place) and the vocabularies (USPS Publication 28 suffixes, the US city list), not from the places.
# A street named without its number where the line has no case ("lives w/ son on meadowlark pkwy", "ONTO QUARRY
# CIRCLE"): after "on/onto/off/along" only the suffixes that name nothing but a way (not "bridge", "park", "lake");
# where the line has case `_prose_street` asks for capitals instead.
_WAY_SUFFIX = (r"(?:street|avenue|ave|road|rd|boulevard|blvd|drive|lane|ln|parkway|pkwy|highway|hwy|terrace|ter|"
               r"circle|cir|court|trail|trl|pike|turnpike|expressway|freeway|crescent|alley|loop|way|place|square)")
# Roads by number in incident and direction lines ("MVC on Route 9", "exited I-95", "along Highway 41"): after a place
# preposition; I-N only with one or two digits (interstates; "I-131" is iodine).
_ROUTE_PREP = r"(?:on|off|onto|along|near|at|via|from|to|down|up|of|crossing|exit(?:ed)?|took|take|takes|taking|" \
              r"follow|follows|following|eastbound|westbound|northbound|southbound)"
# Suffixes that are also everyday or clinical nouns ("run", "crossing", "row") and short abbreviations: a street
# without its number only after a preposition, of street-name words, and for "St"/"Dr" not before a capitalised
# word ("to Mercy St. Vincent", "by Smith Dr. Lee": a saint's or a doctor's title)
_PLAIN_SUFFIX = r"(?:crossing|xing|run|row|loop|trl|ct|st|dr|pl)"
# What a street is the name of, after "the": "under the Main Circle bridge", "at the Shady Oak Ln entrance".
_STREET_THING = (r"(?:bridge|entrance|exit|overpass|underpass|on-ramp|off-ramp|ramp|intersection|crosswalk|"
                 r"bus[ \t]+stop|light[ \t]+rail[ \t]+station|station|underpass|viaduct|tunnel|corner)")
# Parts of a building or site that stand before a street word in a phrase of their own ("the front drive entrance",
# "the ambulance bay way")
# two streets at a crossing: each an ordinal ("5th") or one to three words, the second ending where the phrase does
_CROSSING = (r"(?P<a>(?:\d{1,3}(?i:st|nd|rd|th)|\p{L}[\p{L}'\-]*)(?:[ \t]+\p{L}[\p{L}'\-]*){0,2}?)"
             r"[ \t]+(?:&|(?i:and))[ \t]+"
             r"(?P<b>(?:\d{1,3}(?i:st|nd|rd|th)|\p{L}[\p{L}'\-]*)(?:[ \t]+\p{L}[\p{L}'\-]*){0,2}?)"
             r"(?=[ \t]*(?:[,.;:)]|$|[ \t](?i:in|on|at|near|when|where|after|while|around|by|with|was|is)\b))")
_SITE_PARTS = frozenset("""front back rear side service ambulance emergency visitor visitors staff employee
loading delivery parking garage hospital clinic north south east west upper lower""".split())
# Infrastructure words and occupations after "a <City>": "a Normal resident", "a Norwalk police officer"
# Organisation words that may follow a dedication's name ("... Regional Medical Center").
_ORG_WORDS_AFTER = "|".join(sorted(ORG_HEADS | {"regional", "medical", "memorial", "health", "healthcare", "general"},
                                   key=by_length))
# The people a home or hospital is named as serving ("Home for the Aged", "Hospital for Crippled Children").
_SERVED = (r"(?:aged|elderly|elders?|incurables|infirm|children|boys|girls|blind|deaf|disabled|veterans|women|sick|"
           r"poor|friendless|orphans|homeless|retired|handicapped|invalids|convalescents?|destitute)")
_CITY_PERSON = (r"(?:residents?|native|police|policeman|policewoman|firefighter|fireman|sheriff'?s?|city[ \t]+"
                r"(?:employee|worker|bus[ \t]+driver)|school[ \t]+teacher|teacher)")


# The prepositions before a street named without its number (each match opens with one as a whole word).
_STREET_PREPS = ("on", "off", "onto", "along")


def site_rules() -> list[RegexRecognizer.Rule]:
    """Streets without a number in lines without case, streets named before what is on them ("the X Ave bridge"),
    intersections, numbered roads, ZIP codes in prose, and a city before "resident" or an occupation."""
    return [
        # (each of these three tried only where its preposition or road word stands: the preposition as a whole run,
        # `WordAnchored`, the road word by `Anchored`; the suffix gates asked where a suffix stands whole,
        # `BlankRunGate`: each rule closes its suffix with `\b`)
        (Gated(BlankRunGate(rf"[ \t]{_WAY_SUFFIX}", closed_by_rule=True), WordAnchored(_STREET_PREPS, re.compile(
            rf"\b(?:on|off|onto|along)[ \t]+((?P<words>(?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,3}})(?P<suf>{_WAY_SUFFIX})"
            rf"\b\.?)", I))), 1, 0.6, _uncased_street),
        # "LIVES W/ SON ON MAPLE ROW", "onto tamarack crossing": a suffix that is an everyday noun, after street-name
        # words only
        (Gated(BlankRunGate(rf"[ \t]{_PLAIN_SUFFIX}\b"), WordAnchored(_STREET_PREPS, re.compile(
            rf"\b(?:on|off|onto|along)[ \t]+((?P<words>(?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,3}})(?P<suf>{_PLAIN_SUFFIX})"
            rf"\b\.?)", I))), 1, 0.55, _uncased_plain_street),
        (Gated(BlankRunGate(rf"[ \t]{_STREET_THING}", closed_by_rule=True), re.compile(
            rf"(?<=\b(?i:the)[ \t]+)((?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,3}})(?P<suf>(?i:{USPS_SUFFIX}|{_PROSE_ABBR}|"
            rf"street|st|ct|dr|crossing|xing|run|loop|row|trl))\.?(?=[ \t]+(?i:{_STREET_THING})\b)")), 0, 0.6,
         _street_before_thing),
        # "corner of Elm and 5th", "intersection of Birchwood & Kettering"; "struck at Birchwood & Kettering"
        (Gated(Folded(r"(?:corner|intersection|junction|crossroads)[ \t]+of[ \t]"), re.compile(
            rf"(?<=\b(?i:corner|intersection|junction|crossroads)[ \t]+(?i:of)[ \t]+(?:the[ \t]+)?){_CROSSING}", re.M)),
         0, 0.6, _intersection),
        (Gated(Folded(r"[ \t](?:&|and)[ \t]"), WordAnchored(("at", "near"), re.compile(
            rf"\b(?i:at|near)[ \t]+({_CROSSING})", re.M))), 1, 0.55, _bare_intersection),
        # a quoted abbreviation after a place preposition, where the sentence says a facility is meant ('records
        # from "BTFP"', 'transferred from "RRMC"'): the quotes mark a name the writer did not spell out
        # (the gate searched backwards from the quote, `ReversedFolded`, which sre skips along to: the words first
        # were tried at every letter; perf48)
        (Gated(ReversedFolded(r"(?:from|to|at|with|by|via)[ \t]+[\"'\u201c\u2018]"), re.compile(
            r"(?<=\b(?i:from|to|at|with|by|via)[ \t]+[\"'\u201c\u2018])([A-Z]{3,6}|[a-z]{3,6})"
            r"(?=[\"'\u201d\u2019])")), 1, 0.6, _quoted_facility),
        # (the anchor's words asked first, `literals`: 38% of PhysioNet notes hold one)
        (Anchored(r"(?:route|rte|highway|hwy|interstate|i-\d|us-\d|sr-\d|cr-\d)", literals=_ROAD_LITERALS,
                  pattern=re.compile(
            rf"(?<=\b(?i:{_ROUTE_PREP})[ \t]+(?:the[ \t]+)?)"
            r"(?:(?i:route|rte\.?|highway|hwy\.?|interstate)[ \t]*\#?[ \t]*"
            r"\d{1,3}[A-Za-z]?|I-\d{1,2}|(?:US|SR|CR)-\d{1,3})"
            r"(?![\d\-/:]|\.\d|[ \t]*(?:mg|mcg|ml|units?|times|x|%)\b)")), 0, 0.65, None),
        # directions: "take Route 9 to Granger Drive", "DIRECTIONS TO HOME: LANTERN PLACE PAST THE CHURCH": the street
        # after a numbered road and "to/onto/then", or opening the value of a directions label
        # (searched only on the lines holding a numbered road or "direction", `Lined`: the lookbehinds lie on the
        # match's line; a gate on the words alone passed most notes, "exit" and "i-" being everywhere; the words as
        # strings, `literals`, are asked first: 37% of PhysioNet notes hold one)
        (Lined(r"(?:route|rte\.?|highway|hwy\.?|interstate|exit|i-)[ \t]*#?[ \t]*[0-9]|direction",
               literals=_DIRECTION_LITERALS, pattern=re.compile(
            rf"(?:(?<=\b(?i:route|rte\.?|highway|hwy\.?|interstate|exit|I-)[ \t]*\#?[ \t]*\d{{1,3}}[A-Za-z]?,?[ \t]+"
            rf"(?i:to|onto|until|till|then|and)[ \t]+)|(?<=^[^\n:]{{0,30}}\b(?i:directions?)\b[^\n:]{{0,20}}:[ \t]*))"
            rf"((?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,3}})(?P<suf>(?i:{_WAY_SUFFIX}|{_PLAIN_SUFFIX}))\b\.?", re.M)), 0,
         0.6, _direction_street),
        # "lives in the 07323 zip code", "zip code is 68851"
        (Gated(Folded(r"zip"), re.compile(r"\b(\d{5}(?:-\d{4})?)[ \t]+zip(?:[ \t]*code)?\b", I)), 1, 0.8, None),
        (Gated(Folded(r"zip"), re.compile(r"\bzip[ \t]*code[ \t]+(?:is|of|was|=)[ \t]+(\d{5}(?:-\d{4})?)\b", I)), 1,
         0.8, None),
        # "Home health: Bayada", "DME: Hargrove Medical Equipment", "Employer: Kimball Steel": a field that holds
        # an organisation, its value a proper name
        # (their gates searched backwards from the colon, `ReversedFolded`, as the city field's; perf45)
        (Gated(ReversedFolded(rf"{_ORG_FIELD}[ \t]*:"), re.compile(
            rf"(?m)\b(?i:{_ORG_FIELD})[ \t]*:[ \t]*((?:\p{{L}}[\p{{L}}'\-]*)(?:[ \t]\p{{L}}[\p{{L}}'\-]*){{0,3}})"
            r"(?=[ \t]*(?:[,.;:(|]|$|[ \t]))")), 1, 0.6, _org_field),
        # "Transferring hospital: Summit", "OSH: Union", "sending facility: harmony": a field whose label says its value
        # is a hospital holds the hospital's name, however everyday its word (`_hospital_field`)
        (Gated(Folded(r"(?:hospital|facility|institution|osh)[ \t]*:"), re.compile(
            rf"(?m)\b(?i:{_HOSPITAL_FIELD})[ \t]*:[ \t]*((?:\p{{L}}[\p{{L}}'\-]*)(?:[ \t]\p{{L}}[\p{{L}}'\-]*){{0,2}})"
            r"(?=[ \t]*(?:[,.;:(|]|$|[ \t]-|[ \t]{2}))")), 1, 0.6, _hospital_field),
        # "Group home: Maple House", "Preferred pharmacy: Bear Drug", "Dialysis: Linden Dialysis MWF": a field naming
        # a kind of place the patient lives, shops or is treated at, its value a name ending in an organisation word
        (Gated(ReversedFolded(rf"{_KIND_FIELD}[ \t]*:"), re.compile(
            rf"(?m)\b(?i:{_KIND_FIELD})[ \t]*:[ \t]*((?:\p{{L}}[\p{{L}}'\-]*)(?:[ \t]\p{{L}}[\p{{L}}'\-]*){{1,3}})"
            r"(?=[ \t]*(?:[,.;:(|\-]|$))")), 1, 0.6, _kind_field),
        # "Our Lady of Lourdes (Hospital)", "Our Lady of the Lake Regional": a Marian dedication names a hospital
        (Gated(Folded(r"our[ \t]+lady[ \t]+of[ \t]"), re.compile(
            rf"\b(?i:our[ \t]+lady[ \t]+of)[ \t]+(?:(?i:the)[ \t]+)?(\p{{L}}[\p{{L}}'\-]*)"
            rf"(?:[ \t]+(?i:{_ORG_WORDS_AFTER}))*\b")), 0, 0.7, _marian_dedication),
        # "Anselm's Home for the Aged", "St. Mary's Hospital for Children": a possessive name, a home or hospital, and
        # the people it serves (gated on the possessive, the house word and "for": "for" alone is in most notes)
        (Gated(Folded(r"'s[ \t]+(?:home|house|hospital|asylum|school|institute|residence|infirmary|hospice)[ \t]+"
                      r"for[ \t]"), re.compile(
            rf"(?:\b(?i:st\.?|saint)[ \t]+)?\b(\p{{L}}[\p{{L}}\-]*)'[sS][ \t]+(?i:home|house|hospital|asylum|school|"
            rf"institute|residence|infirmary|hospice)[ \t]+(?i:for)[ \t]+(?:(?i:the)[ \t]+)?(?:\p{{L}}+[ \t]+)?"
            rf"(?i:{_SERVED})\b")), 0, 0.7, _served_home),
        (Gated(BlankRunGate(rf"[ \t]{_CITY_PERSON}", closed_by_rule=True), re.compile(
            rf"\b(?i:an?)[ \t]+(?:(?i:lifelong|life-long|longtime|long-time|former|retired|off-duty)[ \t]+)?"
            rf"(\p{{L}}[\p{{L}}'\-]*(?:[ \t]\p{{L}}[\p{{L}}'\-]*){{0,2}}?)[ \t]+(?i:{_CITY_PERSON})\b")),
         1, 0.6, _resident_city),
    ]


def _marian_dedication(text: str, m: re.Match) -> bool:
    """The name after "Our Lady of (the)" is no stop or clinical word, capitalised where the line has case."""
    name = m.group(1)
    return name.lower() not in STOP and not medical_only(name.lower()) and (
        not line_cased(text, m.start()) or name[0].isupper())


def _served_home(text: str, m: re.Match) -> bool:
    """The possessive is a census name or city (a saint's or founder's), capitalised where the line has case."""
    low = m.group(1).lower()
    if low in STOP or medical_only(low) or not sl.census_name_or_city(low):
        return False
    return not line_cased(text, m.start()) or m.group(1)[0].isupper()


def _way_words_ok(words: list[str]) -> bool:
    """Name words of a street: proper-name words (`_name_words_ok`), no generic place or ward word, no inflected
    everyday word."""
    return _name_words_ok(words) and not any(
        w.lower() in GENERIC_PLACE_WORDS or w.lower() in NOT_PLACES or w.lower() in _SITE_PARTS
        or _inflected_word(w.lower()) for w in words)


def _inflected_word(low: str) -> bool:
    """An everyday word made of a known word and "-ing", "-ed" or "-ly" ("walking", "paved", "slowly"; not "spring",
    "sterling", which no known word ends). (Not `context.verb_form`, which asks whether a word is a verb
    inflected for its subject, adverbs excluded.)"""
    m = _INFLECTED.fullmatch(low)
    return m is not None and sl.is_common(low) and any(
        sl.is_known_word(stem) for stem in (m.group(1), m.group(1) + "e") if len(stem) > 2)


def _direction_street(text: str, m: re.Match) -> bool:
    """A street in directions: proper-name street words, capitalised with the suffix where the line has case; for a
    suffix that is an everyday or clinical noun, words streets are named by (`_street_name_word`)."""
    words = m.group(1).split()
    if not _way_words_ok(words) or _FOLLOWS_CLINICAL.match(text, m.end()):
        return False
    if line_cased(text, m.start()):
        return all(w[0].isupper() for w in words) and m.group("suf")[0].isupper()
    return m.group("suf").lower() not in _PLAIN_WORDS or all(
        _street_name_word(w.lower()) or sl.census_name_or_city(w.lower()) for w in words)


_PLAIN_WORDS = frozenset(_PLAIN_SUFFIX[3:-1].split("|"))


def _uncased_street(text: str, m: re.Match) -> bool:
    """A street name after "on/onto/off/along" in a line without case (a line with case is `_prose_street`'s): its
    name words are proper-name words, and no clinical phrase goes on ("on Rocky Mountain ... fever")."""
    if line_cased(text, m.start()):
        return False
    return _way_words_ok(m.group("words").split()) and not _FOLLOWS_CLINICAL.match(text, m.end())


def _uncased_plain_street(text: str, m: re.Match) -> bool:
    """As `_uncased_street`, for "row", "run", "crossing", "ct": every name word one streets are named by."""
    return _uncased_street(text, m) and all(
        _street_name_word(w.lower()) or sl.census_name_or_city(w.lower()) for w in m.group("words").split())


def _street_before_thing(text: str, m: re.Match) -> bool:
    """"the <name> <suffix> bridge/entrance": proper-name words, capitalised with the suffix where the line has
    case; not a part of a building ("the front drive entrance")."""
    words = m.group(1).split()
    if line_cased(text, m.start()):  # capitals say "Old Mill Avenue" is a name, though "old" is a generic word
        return _name_words_ok(words) and not any(w.lower() in _SITE_PARTS for w in words) and all(
            w[0].isupper() for w in words) and m.group("suf")[0].isupper()
    return _way_words_ok(words)


def _intersection(text: str, m: re.Match) -> bool:
    """Two streets named at a crossing ("corner of"): each an ordinal or proper-name words, capitalised where the line
    has case."""
    cased = line_cased(text, m.start())
    for g in ("a", "b"):
        words = m.group(g).split()
        if _ORDINAL_WORD.fullmatch(words[0]):
            words = words[1:]
        if words and (not _way_words_ok(words) or (cased and not all(w[0].isupper() for w in words))):
            return False
    return True


def _bare_intersection(text: str, m: re.Match) -> bool:
    """"at <A> & <B>" with no crossing cue: as `_intersection`, and every word no everyday word unless a census name
    or US city, none a medical word ("at rest & exertion", "at home & work" stay); "at <A> and <B>" only with an
    ordinal street on one side and a capitalised name on the other ("at 5th and Main")."""
    if not _intersection(text, m):
        return False
    if "&" not in m.group(0):
        ordinal = [bool(_ORDINAL_WORD.fullmatch(m.group(g))) for g in ("a", "b")]
        other = m.group("b" if ordinal[0] else "a").split()
        return ordinal[0] != ordinal[1] and line_cased(text, m.start()) and _way_words_ok(other) and all(
            w[0].isupper() and _street_name_word(w.lower()) for w in other)
    low = [w.lower() for g in ("a", "b") for w in m.group(g).split()]
    return all(not sl.is_common(w) or sl.census_name_or_city(w) for w in low) and not any(
        medical_only(w) or (w in sl.medical_words() and not _street_name_word(w)) for w in low)


# words that say a facility is meant near a quoted abbreviation
_FACILITY_CUE = re.compile(r"\b(?:records?|transferr?(?:ed|ing)|transfer|sent|referr?(?:ed|al)|seen|followed|faxed|"
                           r"requested|admitted|discharged|hospital|clinic|practice|office|facility|outside|osh)\b", I)


def _street_name_word(low: str) -> bool:
    """A word streets are named by: no everyday word, or a word of place names that is not among the commonest
    ("Main", "Market", "Oak"; not "Last", "First"), or a street suffix itself ("Pheasant Run Ct", "Mill Pond Rd")."""
    return not sl.is_common(low) or (low in sl.place_words() and sl.word_freq().get(low, 0) < sl.TOP_FREQ) \
        or low in _USPS_WORDS


def _quoted_facility(text: str, m: re.Match) -> bool:
    """A quoted capital abbreviation (in small letters where the line has no case) that is no word or clinical
    abbreviation, with a facility cue in the 60 characters before it."""
    low = m.group(1).lower()
    if low in sl.CLINICAL_TERMS or sl.is_known_word(low) or low in sl.medical_words() or low in STOP:
        return False
    if m.group(1).islower() and line_cased(text, m.start(1)):
        return False  # small letters stand for capitals only in a line without case ('transferred from "rrmc"')
    return _FACILITY_CUE.search(text, max(0, m.start() - 60), m.start()) is not None


_ORG_FIELD = (r"(?:home[ \t]+health(?:[ \t]+agency)?|hospice(?:[ \t]+agency)?|"
              r"dme(?:[ \t]+(?:supplier|company|vendor))?|"
              r"home[ \t]+o2|oxygen[ \t]+(?:supplier|company|vendor)|employer|snf|ltc[ \t]+facility|"
              r"dialysis[ \t]+(?:unit|center|facility))")


# Labels of a field that holds the hospital a patient comes from or goes to.
_HOSPITAL_FIELD = (r"(?:(?:transferring|sending|receiving|referring|accepting|outside|prior|previous|originating|"
                   r"admitting|discharging)[ \t]+(?:hospital|facility|institution)|osh)")


def _hospital_field(text: str, m: re.Match) -> bool:
    """The value of a hospital field is the hospital's name: words that no function, generic place, kind-of-care,
    title or clinical vocabulary claims (not "Same", "Unknown", "Pending", "Home", "Outside hospital"), capitalised
    where the line has case, each a census name, US city, place word or coined word where it has none."""
    words = [t for t in tokenize(m.group(1)) if t.is_word]
    cased = line_cased(text, m.start(1))
    if len(words) == 2 and _shaped_name(words, 2, -1, cased) == 0:
        return True  # "Good Shepherd", "Valley View": a dedication or place compound
    if not words or not _name_words_ok([t.text for t in words]):
        return False
    for t in words:
        low = t.low
        if low in GENERIC_PLACE_WORDS or low in NOT_PLACES or low in _NOT_FACILITY_NAMES or low in GENERIC_PRACTICE \
                or low in _NOT_ORG_NAMES or low in CREDENTIALS or _inflected_word(low) or len(low) < 3 \
                or (low in sl.medical_words() and not sl.census_name_or_city(low)):
            return False
    if cased:
        return all(t.text[0].isupper() for t in words)
    return all(_proper_vocab(t.low) or t.low in sl.place_words() or _coined_name(t.low) for t in words)


# Fields that name the kind of place a value is (a home, a shop, a school, a unit) rather than an organisation
# itself: the value is a name only with an organisation or residence word in it (`_kind_field`), so "Dialysis: MWF",
# "Pharmacy: CVS on file" and "School: 3rd grade" stay.
_KIND_FIELD = (r"(?:group[ \t]+home|(?:preferred[ \t]+|local[ \t]+|retail[ \t]+)?pharmacy|nursing[ \t]+home|"
               r"assisted[ \t]+living|residence|school|day[ \t]?care|dialysis|shelter|church)")
# Words that end the name of a residence ("Maple House", "Linden Manor"): a group home's or a residence's own name.
_RESIDENCE_HEADS = frozenset("house home manor lodge residence villa cottage commons place haven gardens".split())
# Kinds of residence that stand before those words without naming one ("Halfway House", "Foster Home").
_RESIDENCE_KINDS = frozenset("halfway group foster boarding sober transitional respite rest recovery".split())


def _kind_field(text: str, m: re.Match) -> bool:
    """The value of a kind-of-place field names one when an organisation or residence word follows a first word
    that may be a name (`_shape_word`: an everyday word counts, a generic, clinical or function word does not)."""
    toks = [t for t in tokenize(m.group(1)) if t.is_word]
    cased = line_cased(text, m.start(1))
    if not _shape_word(toks[0], cased) or toks[0].low in _NOT_FACILITY_NAMES or toks[0].low in GENERIC_PRACTICE \
            or toks[0].low in _RESIDENCE_KINDS:
        return False
    heads = _ORG_ALL | _RESIDENCE_HEADS
    h = next((i for i, t in enumerate(toks) if i and _org_key(t) in heads and (not cased or t.text[0].isupper())), 0)
    # "Pharmacy: Mail Order Pharmacy": words of a kind of care before the head name how it is given, no name
    return bool(h) and not protect.care_kind([t.low for t in toks[:h]], protect.areas())


def _org_field(text: str, m: re.Match) -> bool:
    """An organisation field's value names one when its first word is a proper name: no everyday, medical or
    stop word (not "DME: rolling walker", "Employer: retired", "Home health: none"), capitalised where the line has
    case, a census name, city or coined word where it has none."""
    words = m.group(1).split()
    first = words[0].lower()
    if not _name_words_ok(words[:1]) or sl.is_common(first) or first in sl.medical_words() \
            or first in GENERIC_PLACE_WORDS or first in NOT_PLACES or len(first) < 3:
        return False
    if line_cased(text, m.start(1)):
        return words[0][0].isupper()
    return sl.census_name_or_city(first) or _coined_name(first)


def _resident_city(text: str, m: re.Match) -> bool:
    """"a <City> resident", "a <City> police officer": a US city whose words are no clinical word, specialty or
    kind of care ("a surgery resident" is a physician), capitalised where the line has case."""
    words = m.group(1).split()
    low = " ".join(words).lower()
    if low not in sl.us_cities() or not _city_words_ok(words):
        return False
    if any(w.lower() in GENERIC_PLACE_WORDS or w.lower() in NOT_PLACES or w.lower() in protect.areas()
           or w.lower() in GENERIC_PRACTICE for w in words):
        return False
    return not line_cased(text, m.start(1)) or all(w[0].isupper() for w in words)


# --- Organisations named in a line without case ("placed at cedar ridge imaging", "RUN AT HOLLOWAY MOLECULAR
# DIAGNOSTICS") ---------------------------------------------------------------------------------------------------
# Where a line carries no case, `organisation_spans` keeps only names the census or gazetteer vouch for and drops
# generic and place-like words, so an organisation named by two everyday census words ("pine hollow", "good
# shepherd") or by a census name before a laboratory's kind of work is missed. After a place or provenance
# preposition the words before an organisation word are the organisation's name when each is a census name, a US city
# or a coined word, and together they say more than an everyday phrase does (`_caseless_org`).
# The kinds of work a laboratory is named for, beside the specialties ("Molecular Diagnostics", "Genomic Lab").
_LAB_KINDS = frozenset({"molecular", "genomic", "genomics", "cytogenetic", "cytogenetics", "toxicology", "specialty",
                        "reference", "diagnostic", "clinical", "pathology"})
_ORG_HEAD_WORDS = "|".join(sorted(ORG_HEADS | ORG_SOFT_HEADS | frozenset(_ORG_PAIRS) | _SPONSOR_HEADS,
                                  key=by_length))
_ORG_CUE_WORDS = r"at|from|to|of|by|via|with|through|thru"


def _caseless_line(line: str) -> bool:
    """A line without case (`line_cased` false): the only lines the caseless organisation rules keep a match on."""
    return not line_cased(line, 0)


# The word that ends each caseless rule's match, after a blank and before no letter or hyphen, as an ASCII line
# written in small letters holds it: a line without it holds no match (`_caseless_org_line`, `_caseless_ward_line`).
_ORG_HEAD_AFTER_BLANK = compile_for_search(rf"[ \t](?:{_ORG_HEAD_WORDS})(?![a-z-])")
# An emergency ward or the short "General" after a hospital's name (the second caseless rule's last word).
_WARD_WORDS = r"ed|er|ew|e\.r\.|e\.d\.|general|icu|transfer[ \t]+center"
_WARD_AFTER_BLANK = compile_for_search(rf"[ \t](?:{_WARD_WORDS})(?![a-z-])")


def _caseless_org_line(line: str) -> bool:
    """A line without case holding an organisation word after a blank (an ASCII line; any other line is searched):
    half of a note's lines may have no case, few of them an organisation word, and a search for the words over the
    line in small letters costs a fraction of the rule's scan of it."""
    # (`_caseless_line` written out: a line holds no line break, so its test reads the whole line; the calls cost more
    # than the test on the dozen lines of a note, for both rules)
    return (line.isupper() or line.islower()) and (
        not line.isascii() or _ORG_HEAD_AFTER_BLANK.search(line.lower()) is not None)


def _caseless_ward_line(line: str) -> bool:
    """A line without case holding an emergency ward or "General" after a blank (an ASCII line; any other line is
    searched), as `_caseless_org_line`."""
    return (line.isupper() or line.islower()) and (
        not line.isascii() or _WARD_AFTER_BLANK.search(line.lower()) is not None)


@functools.lru_cache(maxsize=4)
def _caseless_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each line of `text` written in capitals or in small letters alone, kept for the last notes:
    both caseless rules ask it (`CaselessLined`)."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if line.isupper() or line.islower():
            out.append((start, end))
        start = end + 1
    return tuple(out)


class CaselessLined(LineTested):
    """`LineTested` whose test is a line without case holding `anchor` (`_caseless_org_line`, `_caseless_ward_line`):
    on an ASCII note the lines without case are cut once for both rules (`_caseless_lines`) and the anchor searched
    over the shared lower-cased note between each line's ends, where each rule's test cut the note into lines again
    and lower-cased each line itself (perf45). The anchor must never cross a line nor look past one, and must be what
    the test searches; a note with other characters is asked the test line by line (tests compare both)."""

    def __init__(self, test: Callable[[str], bool], anchor: stdre.Pattern, pattern: re.Pattern):
        super().__init__(test, pattern)
        self.anchor = anchor

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterator[re.Match]:
        """The pattern's matches on the lines that pass the test, in order."""
        if not text.isascii():
            yield from super().finditer(text, pos, timeout)
            return
        low = lowered(text)
        search = self.anchor.search
        for start, end in _caseless_lines(text):
            if end >= pos and search(low, start, end) is not None:
                yield from self.pattern.finditer(text, max(start, pos), end, timeout=timeout)

    def twinned(self) -> CaselessLined:
        """The same rule over the pattern's ASCII twin (`ascii_twin`)."""
        return CaselessLined(self.test, self.anchor, ascii_twin(self.pattern))


def caseless_org_rules() -> list[RegexRecognizer.Rule]:
    """An organisation's name in a line without case after a place or provenance preposition. Both rules are searched
    on lines without case only (`LineTested`): their matches stay on a line and their validators refuse a cased one
    (a note's cue words stand there half the time; the whole-note scans, anchored on the cue words, cost twice)."""
    return [(CaselessLined(_caseless_org_line, _ORG_HEAD_AFTER_BLANK, re.compile(
        rf"(?:\b(?:{_ORG_CUE_WORDS})|@)[ \t]+((?:[a-z][a-z'\-]*[ \t]+){{1,5}}?(?:{_ORG_HEAD_WORDS}))(?![\p{{L}}\-])",
        I)),
        1, 0.6, _caseless_org),
        # "transferred from pleasant valley ed", "AT LAKESHORE GENERAL LAST WEEK": a hospital's name before its
        # emergency ward or the short "General", where no capital tells (a cased line is `LocationRecognizer`'s)
        (CaselessLined(_caseless_ward_line, _WARD_AFTER_BLANK, re.compile(
            rf"(?:\b(?:{_ORG_CUE_WORDS}|in|called|paged)|@)[ \t]+(?:the[ \t]+)?"
            rf"((?P<words>[a-z][a-z'\-]*(?:[ \t]+[a-z][a-z'\-]*)?)"
            rf"[ \t]+(?:{_WARD_WORDS}))(?![\p{{L}}\-])"
            rf"(?=[ \t]*(?:[,.;:)(/]|$|(?:for|on|in|at|with|and|x|last|yesterday|today|then|after|via|by|to|where|"
            rf"visit|records?|notes|reports?|reviewed|sent|faxed|called|was|were|is|has|had|hospital|campus|since|until|"
            # a time after the name ("from summit general this am", "at union ed overnight")
            rf"this|tonight|overnight|earlier|am|pm|\d)\b))", I | re.M)),
         1, 0.6, _caseless_ward_name)]


def _caseless_ward_name(text: str, m: re.Match) -> bool:
    """In a line without case, the one or two words before an emergency ward or "General" name a hospital when
    they are a shaped name (a place compound or a dedication, `_shaped_name`), two name words, or one name word
    that is no everyday word or is a US city (not "from main ed", "to the adult ed", "in general")."""
    if line_cased(text, m.start(1)):
        return False
    words = m.group("words").lower().split()
    if any(w in _NOT_FACILITY_NAMES for w in words):
        return False
    if len(words) == 2:
        toks = tokenize(m.group("words"))
        if _shaped_name(toks, len(toks), -1, False) == 0:
            return True
        return all(_caseless_name_word(w) for w in words) and any(not sl.is_common(w) for w in words)
    w = words[0]
    return _caseless_name_word(w) and (not sl.is_common(w) or w in sl.us_cities())


def _caseless_name_word(low: str) -> bool:
    """A word that may name an organisation where no capital tells: a census name, US city or coined word that no
    function, generic place, care-setting, title or clinical vocabulary claims and that is no inflected word."""
    if (low in STOP or low in _NOT_ORG_NAMES or low in GENERIC_PLACE_WORDS or low in NOT_PLACES or low in PLACE_VERBS
            or low in GENERIC_PRACTICE or low in TITLES or low in CREDENTIALS or low in protect.protected_words()
            or medical_only(low) or MONTH_DAY.match(low) or _inflected_word(low)):
        return False
    return _proper_vocab(low) or _coined_name(low)


def _caseless_org(text: str, m: re.Match) -> bool:
    """Name words, kind-of-care words, the organisation word: the name one to three words each a name word
    (`_caseless_name_word`), one at least no everyday word, or two census or city words together ("pine hollow",
    never "rest" alone); a kind-of-care head alone ("Lab", "Care") only after a census name or city no everyday
    word is."""
    if line_cased(text, m.start(1)):
        return False
    words = m.group(1).lower().split()
    head = words.pop()
    if head in _ORG_PAIRS:
        if not words or words[-1] not in _ORG_PAIRS[head]:
            return False
        words.pop()
    mods = 0
    while len(words) > 1 and (words[-1] in ORG_MODIFIERS or words[-1] in _LAB_KINDS):
        words.pop()
        mods += 1
    if not 1 <= len(words) <= 3 or not all(_caseless_name_word(w) for w in words) \
            or any(sl.eponym_possessive(w) for w in words):  # "PARKINSON'S CLINIC": a disease's, no owner's
        return False
    distinct = any(not sl.is_common(w) for w in words)
    if not distinct and (len(words) < 2 or head in _ROLE_HEADS or head in _SPONSOR_HEADS):
        return False
    if head in _NEEDS_MODIFIER and not mods and not any(not sl.is_common(w) and _proper_vocab(w) for w in words) \
            and not (head in _LAB_HEADS and len(words) >= 2 and all(_proper_vocab(w) for w in words)):
        return False  # "continue with psychopharmacologic care": a coined word before "care" is jargon as often; a
        # laboratory named by two census or gazetteer words is a name ("sent to pine valley labs")
    return not _NOT_ORG_AFTER.match(text, m.end(1))

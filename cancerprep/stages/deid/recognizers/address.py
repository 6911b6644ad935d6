"""Addresses (i2b2 LOCATION): streets, PO boxes, zip codes, "City, ST", "in City, State", regions."""

from __future__ import annotations

import unicodedata

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import LOCATION, I, RegexRecognizer
from cancerprep.stages.deid.recognizers.context import UNIT_AFTER, medical_only
from cancerprep.stages.deid.recognizers.tokens import mostly_upper
from cancerprep.stages.deid.recognizers.words import STOP


def address_recognizer() -> RegexRecognizer:
    """Streets, ZIP codes and PO boxes: Safe Harbor's geographic units smaller than a state."""
    suffix = (r"(?:st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|pkwy|parkway|hwy|highway|way|"
              r"court|ct|place|pl|terrace|ter|circle|cir|square|sq|trail|row)")
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(rf"\b\d{{1,5}}\s+(?:[A-Za-z][A-Za-z'\-]+\s+){{1,3}}{suffix}\b\.?", I), 0, 0.8,
         _street_words),
        (re.compile(r"\b(?:p\.?\s*o\.?\s*box)\s*\d+", I), 0, 0.9, None),
        # zip (or ZIP+4) after a state abbreviation, a spelled-out state, or the word zip
        # (matching starts at the digits: a lookbehind over every word start would be slow)
        (re.compile(rf"(?<=\b(?:{STATE_CODES},?\s+|{STATE_NAMES},?[ \t]+|zip(?:\s*code)?:?\s*))"
                    rf"(\d{{5}}(?:-\d{{4}})?)\b", I), 1, 0.8, None),
        # "Buffalo, Minnesota 94343": the words before ", <State> <zip>" on an address line name a city
        (re.compile(rf"(?:^|(?<=,[ \t]))((?:\p{{L}}[\p{{L}}'.\-]*[ \t]){{0,2}}\p{{L}}[\p{{L}}'.\-]*),[ \t]*"
                    rf"(?:{STATE_NAMES}|{STATE_CODES})[ \t]+\d{{5}}(?:-\d{{4}})?\b", I | re.M), 1, 0.75,
         _not_clinical_words),
        # "in Cañon City", "at Waikīkī": a capitalised place name spelled with non-ASCII letters after a place
        # preposition (the token-level place rules only see ASCII words)
        (re.compile(r"\b(?:in|at|from|to|near|of)[ \t]+(\p{Lu}[\p{L}\-]*(?:[ \t]\p{Lu}[\p{L}\-]*)?)(?!['\p{L}])"),
         1, 0.6, _non_ascii_place),
        # "12 Gillis Pike", "4604 Cañon City Drive": house number, capitalised words, any USPS street suffix
        (re.compile(rf"(?<![\d.,/])\d{{2,5}}[ \t]+((?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,3}}){USPS_SUFFIX}\b\.?", I),
         0, 0.75, _usps_street),
        # "Harms & Regino Associates": two names joined by "&" before a practice word
        (re.compile(r"\b\p{L}[\p{L}'\-]+[ \t]+&[ \t]+\p{L}[\p{L}'\-]+[ \t]+(?:associates|group|partners|"
                    r"physicians|practice|clinic|specialists|medical|health|pllc|llc)\b", I), 0, 0.75,
         _practice_name),
        # "Liles Dermatology", "Smart Family Medicine", "Statesboro Health": a name before a specialty, in a
        # header-like position (line start, after " - ", "cc:", ", ", "to/at"; before end of line, "|", ", fax")
        (re.compile(rf"(?:^|(?<=[\-|,:;(][ \t])|(?<=\b(?:to|at|from|with|by|and|of)[ \t]))"
                    rf"((?:\p{{L}}[\p{{L}}'\-]*[ \t]+){{1,2}}){PRACTICE_SPECIALTY}"
                    rf"(?:[ \t]+(?:group|associates|partners|clinic|center|specialists|institute|pllc|llc|pc))?\b"
                    rf"(?=[ \t]*(?:$|\||,|;|\(|\.(?:[ \t]|$)|[ \t](?:at|on|and|were|was|in|for|to)\b|[ \t]-[ \t]))",
                    I | re.M), 0, 0.7,
         _practice_name),
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


# USPS Publication 28, appendix C1: street suffix names and their standard abbreviations.
_USPS = """alley aly annex anx arcade arc avenue ave av bayou byu beach bch bend bnd bluff blf bluffs blfs bottom btm
boulevard blvd branch br bridge brg brook brk brooks burg burgs bypass byp camp cp canyon cyn cape cpe causeway cswy
center ctr centers circle cir circles cliff clf cliffs clfs club clb common cmn commons corner cor corners cors course
crse court ct courts cts cove cv coves creek crk crescent cres crest crst crossing xing crossroad xrd curve curv dale dl
dam dm divide dv drive dr drives estate est estates ests expressway expy extension ext falls fls ferry fry field fld
fields flds flat flt flats ford frd forest frst forge frg fork frk forks fort ft freeway fwy garden gdn gardens gdns
gateway gtwy glen gln green grn grove grv harbor hbr haven hvn heights hts highway hwy hill hl hills hls hollow holw
inlet inlt island islands isle junction jct key ky knoll knl knolls lake lk lakes lks land landing lndg lane ln light
lgt lights loaf lf lock lck locks lodge ldg loop mall manor mnr manors meadow mdw meadows mdws mews mill ml mills
mission msn motorway mtwy mount mt mountain mtn neck nck orchard orch oval overpass opas park parks parkway pkwy pass
passage psge path pike pine pne pines pnes place pl plain pln plains plns plaza plz point pt points pts port prt ports
prairie pr radial radl ramp ranch rnch rapid rpd rapids rpds rest rst ridge rdg ridges river riv road rd roads rds
route rte row rue run shoal shl shore shr shores shrs skyway skwy spring spg springs spgs spur square sq squares station
sta stravenue stra stream strm street st streets summit smt terrace ter throughway trwy trace trce track trak
trafficway trfy trail trl trailer trlr tunnel tunl turnpike tpke underpass upas union un valley vly viaduct via view vw
views village vlg ville vl vista vis walk wall way wy well wl wells wls""".split()
# Suffix names that are also clinical words (chest wall, neck, port, rest, run) and the short abbreviations
# (pt, dr, ml, dl) are left to the narrower street rule above.
_USPS_CLINICAL = set("""neck wall walls port ports rest station pass track loop run well wells lock locks spur ramp
branch bottom course extension divide junction crossing center centers light lights point points club common
commons mount
field fields flat flats key keys union mall path view views land""".split())
USPS_SUFFIX = "(?:" + "|".join(sorted({w for w in _USPS if (len(w) >= 4 or w in ("way", "row")) and w not in
                                       _USPS_CLINICAL}, key=len, reverse=True)) + ")"

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
    if UNIT_AFTER.match(text, m.start(1) - 1) or any(re.search(r"(?:ing|ed|'s|s'|-)$", w, I) for w in words):
        return False
    if any(w.lower() in STOP or medical_only(w.lower()) or (w.lower() in sl.medical_words() and not sl.is_common(
            w.lower())) for w in words):
        return False
    line = text[text.rfind("\n", 0, m.start()) + 1:m.end()]
    return line.isupper() or line.islower() or all(w[0].isupper() for w in words)


def _practice_name(text: str, m: re.Match) -> bool:
    """The name words of a practice are neither generic (department, kind of care) nor clinical, and are
    capitalised where the note's case carries information."""
    words = [w for w in re.split(r"[ \t]+|&", m.group(0)) if w]
    # the name words: before the specialty when the rule marks them ("and" inside "Nursing and Rehabilitation")
    part = m.group(1) if m.re.groups else m.group(0)
    names = [w for w in re.split(r"[ \t]+|&", part) if w and not _PRACTICE_WORD.fullmatch(w)]
    while len(names) > 1 and names[-1].lower() in GENERIC_PRACTICE and names[-1].lower() not in STOP:
        names.pop()  # "Buffalo Behavioral Health", "Quade Pediatric Associates": a kind of care after the name
    if not names or any(w.lower() in GENERIC_PRACTICE or w.lower() in STOP or medical_only(w.lower()) for w in names):
        return False
    line = text[text.rfind("\n", 0, m.start()) + 1:m.end()]
    return line.isupper() or line.islower() or all(w[0].isupper() for w in words if w.lower() not in ("and", "of"))


def _non_ascii_place(text: str, m: re.Match) -> bool:
    """Eponyms spelled with accents (Ménière, Sjögren) are medical words once folded to ASCII."""
    words = m.group(1).split()
    if all(w.isascii() for w in words):
        return False
    folded = [unicodedata.normalize("NFKD", w).encode("ascii", "ignore").decode().lower() for w in words]
    if _EPONYM_AFTER.match(text, m.end()):
        return False
    return not any(w in STOP or medical_only(w) for w in folded)


_EPONYM_AFTER = re.compile(r"[ \t]+(?:disease|syndrome|sign|test|phenomenon|reflex|ulcer|tumou?r|sarcoma|lymphoma|"
                           r"procedure|operation|maneuver|manoeuvre|classification|criteria|score|stage|grade|type|"
                           r"scale|staging|fracture|palsy|anomaly|disorder)\b", I)

"""Named residences and care sites on lines without case (issue #13): where a placement, transfer or residence note
written in capitals or small letters names the facility a patient lives in, goes to or comes from.

Why a module of its own: the organisation rules (`address.organisation_spans`, `address.caseless_org_rules`) trust a
capital where the line has case, and where it has none they take only names a list vouches for (a census name, a US
city, a coined word), because an everyday word before "center" is as often a kind of care ("pain center", "sleep
center"). Senior housing and nursing homes are named after everyday things ("Pheasant Run Gardens", "Summit Place",
"Sunrise Village"), and a line of capitals leaves nothing to tell them by but their position. Here the position is
the evidence, and the head must be one no kind of care is called by:

* **a residence or facility head** (`_HEADS`): the words housing and long-term care are named with ("Manor",
  "Village", "Gardens", "Place", "Villa", "Lodge", "Haven", "Commons", "Terrace", "Estates", "Pointe"), a stay's
  kind ("Assisted Living", "Senior Living", "Nursing and Rehab", "Health and Rehabilitation", "Nursing Home") or a
  facility's initialism after its name ("ASC", "SNF", "ALF", "LTAC");
* **in a placement frame**: after a verb of sending, returning, admitting, accepting or residing and its preposition
  ("SENT BACK TO", "accepted at", "resides at", "admitted from", "d/c to"), of booking or doing a case there, or of
  records coming from there ("scheduled at", "done at", "records from"), or after a placement label's colon
  ("SNF:", "Facility:", "Group home:", "Placement:");
* **the name**: one or two words of three letters or more before the head (an everyday word allowed), none a
  function, relation, title, credential, clinical, kind-of-care, department, generic place or placement-status word
  ("the", "local", "skilled", "senior", "home", "her daughter's", "pending");
* **a hospital by its short name**: "<Name> General" after a place word, a label's colon or a table bar ("OSH: Qiu
  General", "blood from Papp General blood bank"), the name a census name, a place word or no everyday word
  (capitalised where the line has case), "General" not a heading's label ("General:"); never a rank or office
  ("Surgeon General", "Attorney General"), a kind of practice ("Internal General"), a title or clinical word.

Refusals: "discharged to skilled nursing facility", "returned to the nursing home", "lives at home", "sent to
local assisted living", "d/c to her daughter's place", a line with case (the capital rules decide there).
"""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.address import GENERIC_PRACTICE, ORG_MODIFIERS
from cancerprep.stages.deid.recognizers.base import LOCATION, Folded, Gated, SpansRecognizer, finditer
from cancerprep.stages.deid.recognizers.context import line_cased, medical_only
from cancerprep.stages.deid.recognizers.locations import GENERIC_PLACE_WORDS, NOT_PLACES
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP, TITLES

CARE_SITES = "CareSitesRecognizer"

# Heads no kind of care is named by: housing and long-term-care words, a stay's kind, a facility's initialism.
_HEADS = (r"manor|village|gardens|place|villa|lodge|haven|commons|terrace|estates|pointe|"
          r"(?:assisted|senior)[ \t]+living|(?:nursing|health)[ \t]+(?:and|&)[ \t]+rehab(?:ilitation)?|"
          r"nursing[ \t]+home|asc|snf|alf|ltac|ltach")
# The placement frame: a verb of sending, returning, admitting, accepting or residing and its preposition, or a
# placement label's colon.
_VERBS = (r"sent(?:[ \t]+back)?|send|return(?:ed|s|ing)?(?:[ \t]+back)?|back|transferr?(?:ed|ing)?|transfer|"
          r"admitted|readmitted|accepted|discharged?|d/?c(?:'?d)?|resides|residing|resident|lives|living|lived|"
          r"stays|staying|stayed|placed|placement|moved|moving|came|comes|arrived|brought|picked[ \t]+up|"
          r"report[ \t]+(?:called|given)|bed[ \t]+offer(?:ed)?|referral[ \t]+sent|referred|"
          r"scheduled|booked|performed|done|seen|records|films|reports?")
_LABELS = r"snf|alf|ltc|ltac|facility|nursing[ \t]+home|group[ \t]+home|assisted[ \t]+living|placement|residence"
_GATE = Folded(rf"[ \t](?:{_HEADS})\b")
_SITE = Gated(_GATE, re.compile(
    rf"(?i)(?:\b(?:{_VERBS})[ \t]+(?:to|at|from|in|into|@)|\b(?:{_LABELS})[ \t]*:|@)[ \t]*(?:the[ \t]+)?"
    rf"((?:[a-z][a-z'’-]+[ \t]+){{1,2}}(?:{_HEADS}))\b(?![ \t]*-?[ \t]*(?:unit|room|rm|department|dept|of|road|rd|"
    rf"street|st|avenue|ave|drive|dr|lane|ln|way|blvd)\b)"))

# Words that say how far a placement has got or which one it is, not whose: "placement: pending SNF".
_STATUS = frozenset("""pending possible potential prospective planned proposed likely probable future current
previous prior former usual regular interim temporary permanent new different preferred chosen approved accepted
denied declined needed needs requested referred recommended appropriate suitable any some that this which""".split())
_HEAD_ONLY = re.compile(rf"(?i)(?:{_HEADS})")
_NAME_WORD = r"\p{L}[\p{L}'’-]+"


def _name_word(low: str) -> bool:
    """May `low` be (part of) a residence's name? Three letters at least, and no function, status, relation, title,
    credential, clinical, kind-of-care, department or generic place word."""
    if len(low) < 3 or not low.isalpha() or medical_only(low):
        return False
    vocabularies = (STOP, _STATUS, RELATIONS, TITLES, CREDENTIALS, GENERIC_PLACE_WORDS, NOT_PLACES, GENERIC_PRACTICE,
                    ORG_MODIFIERS, protect.areas(), protect.protected_words())
    return not any(low in v for v in vocabularies)


def care_site_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, LOCATION, score) of each residence or care site named in a placement frame on a line without
    case (the module doc)."""
    out: list[tuple[int, int, str, float]] = []
    for m in finditer(_SITE, text):
        if line_cased(text, m.start(1)):
            continue  # a line with case names its sites by capitals: the organisation rules decide there
        words = m.group(1).split()
        name = words[:next(k for k in range(1, len(words) + 1) if _HEAD_ONLY.fullmatch(" ".join(words[k:])))]
        if name and all(_name_word(w.lower()) for w in name):
            out.append((m.start(1), m.end(1), LOCATION, 0.6))
    return out


# A care site named "<kind of care site> of <name>" ("Hospice of Ruffin", "URGENT CARE OF WHITTEN", "dialysis center
# of payton"), deidfix58: on a line without case the organisation rules take only a US city or state after "of"; a
# care site outside a hospital is as often named after a family or a county. The kind must be a care site's (a stay
# or an outpatient site, not a clinic or a department), the name one or two words that are census names or cities
# and no everyday word ("rehab of right knee", "hospice of hope" stay).
_SITE_KINDS = (r"urgent[ \t]+care|(?:assisted|senior)[ \t]+living|memory[ \t]+care|"
               r"skilled[ \t]+nursing(?:[ \t]+(?:facility|center|home))?|nursing[ \t]+(?:home|center)|"
               r"rehab(?:ilitation)?(?:[ \t]+(?:center|hospital))?|"
               r"(?:dialysis|infusion|surgery|surgical|wound[ \t]+care)[ \t]+(?:center|centre|unit)|dialysis|"
               r"hospice(?:[ \t]+(?:house|care))?")
_KIND_OF = Gated(Folded(rf"(?:{_SITE_KINDS})[ \t]+of[ \t]"), re.compile(
    rf"(?i)\b(?:{_SITE_KINDS})[ \t]+of[ \t]+([a-z][a-z'’]+(?:-[a-z][a-z'’]+)?(?:[ \t]+[a-z][a-z'’]+)?)\b"))


def _site_name(words: list[str]) -> bool:
    """One or two words a care site is named after: a census name or city and no everyday word (each part of a
    hyphenated name), or a two-word US city."""
    if len(words) == 2 and " ".join(words) in sl.us_cities():
        return True
    parts = [p for w in words for p in w.split("-")]
    return all(_name_word(p) and sl.census_name_or_city(p) and not sl.is_common(p) for p in parts)


def kind_of_name_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, LOCATION, score) of each "<kind of care site> of <name>" on a line without case (`_KIND_OF`);
    the name's second word only where the pair or the word itself names."""
    out: list[tuple[int, int, str, float]] = []
    for m in finditer(_KIND_OF, text):
        if line_cased(text, m.start()):
            continue  # a line with case: the organisation rules read the capitals there
        words = m.group(1).lower().split()
        if len(words) == 2 and not _site_name(words):
            words = words[:1]  # "hospice of ruffin yesterday": the name is one word
        if _site_name(words):
            end = m.start(1) + len(m.group(1).split()[0]) if len(words) == 1 else m.end(1)
            out.append((m.start(), end, LOCATION, 0.6))
    return out


# A hospital by its short name, "<Name> General": after a place or provenance word, a label's colon or a table bar,
# one name word (any script) and "General" closing the name (punctuation, the line's end, or what a hospital has or
# sends: "blood bank", "ED", "records").
_GENERAL = Gated(Folded(r"[a-z][ \t]+general\b"), re.compile(
    r"(?i)(?:\b(?:from|at|to|in|via|into|@)|[:|])[ \t]*(?:the[ \t]+)?"
    r"(\p{L}[\p{L}'’-]*[ \t]+general)\b"
    r"(?=[ \t]*(?:[,.;)(|/-]|$|(?:hospital|ed|er|icu|ccu|campus|blood|lab|labs|records?|notes?|reports?|films|ct|mri|"
    r"imaging|or|pacu|for|on|in|at|with|and|x\d|last|yesterday|today|then|after|via|by|to|was|were|is|has|had|"
    r"\d)\b))", re.M))
# Ranks and offices a "general" follows ("Surgeon General", "Attorney General"), and kinds of practice it names.
_NOT_BEFORE_GENERAL = frozenset("""surgeon attorney major brigadier lieutenant secretary inspector director consul
adjutant postmaster solicitor governor vicar comptroller auditor accountant registrar receiver surgery medicine
internal anesthesia anaesthesia pediatrics practice practitioner in the a an under via of and or""".split())


def _general_ok(text: str, m: re.Match) -> bool:
    """Is the word before "General" a hospital's name? Not a rank, office, kind of practice, function, title,
    credential or clinical word; capitalised where the line has case; a census name, a place word or a word no
    everyday use claims ("Normal General appearance" in an exam is no hospital)."""
    word = m.group(1).split()[0]
    low = word.lower().strip("'’")
    if low in _NOT_BEFORE_GENERAL or low in STOP or low in TITLES or low in CREDENTIALS or medical_only(low) \
            or low in GENERIC_PLACE_WORDS or low in GENERIC_PRACTICE or low in protect.areas():
        return False
    if line_cased(text, m.start(1)) and not word[0].isupper():
        return False
    return not sl.is_common(low) or low in sl.census_names() or low in sl.place_words()


def general_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, LOCATION, score) of each "<Name> General" hospital (`_GENERAL`)."""
    return [(m.start(1), m.end(1), LOCATION, 0.6) for m in finditer(_GENERAL, text) if _general_ok(text, m)]


# A residence where a form puts a facility (deidfix62, `facility_layouts`' residence class): the organisation rules
# take a capitalised name before a head they know ("... Hospital", "... Living Center"), and a placement verb lets
# `care_site_spans` read the name in small letters; a residence written in a letterhead, a row's first cell, a
# bullet, after a field's punctuation, a preposition or "per", or in brackets ("Cooney Estates" over its street line,
# "Per Summitwood Estates records", "Dr. N (Cedar Hollow Estates)") was left. Here the position is a facility's
# (`_SITE_CUE`: the line's start, a label's or a list's punctuation, a preposition), the head a residence's (`_HEADS`,
# and "Home" and "Retirement Community"), and the name one or two name words (`_name_word`), all capitalised where
# the line has case. Before "Home" or "Place", which everyday phrases end ("Discharge Home", "First Place"), one name
# word must be distinct (a census name or city no everyday word, or a word no vocabulary knows); so must one on a
# line without case, unless a bracket, a field's colon, "per", "at" or "from" stands before it.
_CASED_HEADS = rf"{_HEADS}|home|retirement[ \t]+community"
_WEAK_HEADS = frozenset({"home", "place"})
_SITE_CUE = r"(?:^|[:|/(,;=>\t–-]|\b(?:at|from|to|with|through|thru|by|via|for|into|per|and|or)|@)"
_STRONG_CUES = frozenset({":", "(", "per", "at", "from", "@", ">"})
_CASED_SITE = Gated(Folded(rf"[ \t](?:{_CASED_HEADS})\b"), re.compile(
    rf"(?im)({_SITE_CUE})[ \t]*(?:the[ \t]+)?(({_NAME_WORD}(?:[ \t]+{_NAME_WORD})?)[ \t]+({_CASED_HEADS}))\b"
    r"(?![ \t]*-?[ \t]*(?:unit|room|rm|department|dept|of|road|rd|street|st|avenue|ave|drive|dr|lane|ln|way|blvd|"
    r"court|ct|care|health|visits?|address|phone|number)\b)"))


def _named_place(cue: str, cased: bool, parts: list[str]) -> bool:
    """Is a residence's name of everyday words before "Place" or "Home" still a name ("Hosp: Deer Hill Place", "Per
    Mapleside Place records"; deidfix64)? After a field's colon, a bracket, "per", "at" or "from", on a line with
    case: two capitalised name words, or one that no vocabulary knows (a closed compound: "Silverside")."""
    if not cased or cue.strip().lower() not in _STRONG_CUES:
        return False
    return len(parts) >= 2 or (len(parts) == 1 and not sl.is_known_word(parts[0].lower()))


def cased_site_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, LOCATION, score) of each residence named where a form puts a facility (`_CASED_SITE`, above)."""
    from cancerprep.stages.deid.recognizers.institutions import distinct

    out: list[tuple[int, int, str, float]] = []
    for m in finditer(_CASED_SITE, text):
        cased = line_cased(text, m.start(2))
        if cased and not all(w[:1].isupper() for w in m.group(2).split()):
            continue
        weak = m.group(4).split()[0].lower() in _WEAK_HEADS or (
            not cased and m.group(1).strip().lower() not in _STRONG_CUES)
        words = m.group(3).split()
        for k in range(len(words)):  # "Per Summitwood Estates": the name is the words after the cue's word
            parts = [p.strip("'’").removesuffix("'s").removesuffix("’s") for w in words[k:] for p in w.split("-")]
            lows = [p.lower() for p in parts if p]
            cue = words[k - 1] if k else m.group(1)
            if lows and all(_name_word(w) for w in lows) and not (weak and not any(distinct(w) for w in lows)
                                                                  and not _named_place(cue, cased, parts)):
                out.append((m.start(2) + m.group(2).index(words[k]), m.end(2), LOCATION, 0.6))
                break
    return out


def _spans(text: str) -> list[tuple[int, int, str, float]]:
    return care_site_spans(text) + general_spans(text) + kind_of_name_spans(text) + cased_site_spans(text)


class CareSitesRecognizer(SpansRecognizer):
    """Residences and care sites named in a placement frame on lines without case (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(CARE_SITES, [LOCATION], _spans)

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


def _spans(text: str) -> list[tuple[int, int, str, float]]:
    return care_site_spans(text) + general_spans(text) + kind_of_name_spans(text)


class CareSitesRecognizer(SpansRecognizer):
    """Residences and care sites named in a placement frame on lines without case (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(CARE_SITES, [LOCATION], _spans)

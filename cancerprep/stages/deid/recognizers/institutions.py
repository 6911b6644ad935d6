"""Institutions by class of head and position (issue 13): hospitals, agencies, payers, trusts and vendors named
"<Name> <head>" or "<head> of <Name>" where a note expects an institution.

Why a module of its own: the organisation rules (`address.organisation_spans`) read a name by the vocabularies that
vouch for it and end it at the organisation words they know; generated variation (benchmarks/quality/
place_variation.py) showed three classes they leave: heads beyond care (a "Trust", "Agency", "Society", "Council",
"Cooperative", "Mutual", "Ministries", an insurer's "Benefits" or "Insurance", a carrier's "Transport"), names of
other origins in lines of capitals or small letters ("BENABDELLAH MUTUAL", "widodo imaging"), and "<head> of
<Name>" without case ("hospital of hodges"). Here the position is half the evidence and the head the other half:

* **the position** (`_CUE`): a line's start, a label's punctuation (":", "|", "/", "-", a comma, a bracket, a
  key's "=", a tab), a
  preposition of place, provenance or agency ("at", "from", "to", "with", "through", "by", "via", "for", "@"), or
  an apposition after a kind of institution ("sister hospital <Name> ...");
* **the head** (`_HARD` and `_SOFT`): a word that says "institution" (Hospital, Infirmary, Trust, Agency, ...) lets
  a capitalised name word that is no top-frequency word stand where the line has case; a word that is also a kind of
  care or a service (Services, Imaging, Labs, Radiology, Insurance, Transport, General, Memorial, the abbreviations
  "Hosp", "RMC", "Hlth") needs a distinct name: a census name or US city that is no everyday word, or a word no
  vocabulary knows that is spelled like a name (`name_likeness`);
* **the name**: one or two words (a hyphenated pair counts as one; two joined by "&"), with a compass or
  "Upper"/"Lower" before it, never a function, relation, title, credential, clinical, kind-of-care, department or
  generic place word. Where the line has no case every name word must be distinct.

Refusals: departments and specialties ("Radiation Oncology", "Social Services", "Internal Medicine"), phrases of care
built with head words ("home health aide", "health maintenance", "the hospital"), payers named by a programme
("Medicare Advantage"), a unit or department after the name ("... Services department").

deidfix41 (unit_variation's org class): a business's legal form or trade is a hard head ("Inc.", "LLC", "Corp.",
"Holdings", "Distributors", "Realty", "& Co."), "Solutions", "Construction" and "Group" soft ones ("Rx" was tried
and dropped: a PhysioNet tuning note's "yeast rx"); two name words may be joined by "&" ("Okafor & Lind
Distributors").
"""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.name_likeness import name_like
from cancerprep.stages.deid.recognizers.address import GENERIC_PRACTICE, ORG_MODIFIERS
from cancerprep.stages.deid.recognizers.base import LOCATION, Folded, Gated, Lined, SpansRecognizer, finditer
from cancerprep.stages.deid.recognizers.context import line_cased, medical_only
from cancerprep.stages.deid.recognizers.locations import GENERIC_PLACE_WORDS, NOT_PLACES
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP, TITLES

INSTITUTIONS = "InstitutionsRecognizer"

# Heads that say "institution" and nothing else.
_HARD = (r"hospital|hospitals|infirmary|institute|medical[ \t]+center|medical[ \t]+centre|health(?:care)?[ \t]+system|"
         r"trust|agency|society|council|cooperative|co-op|mutual|ministries|foundation|partners|associates|"
         r"physicians|community[ \t]+hospital|university[ \t]+hospital|regional[ \t]+medical[ \t]+center|"
         r"med(?:ical)?[ \t]+ctr\.?|mem(?:orial)?[ \t]+hosp\.?|gen(?:eral)?[ \t]+hosp\.?|comm[ \t]+hosp\.?|"
         r"univ[ \t]+hosp\.?|hlth[ \t]+sys|clinic|network|practice|(?:nursing|health)[ \t]+(?:and|&)[ \t]+"
         r"rehab(?:ilitation)?|living[ \t]+center|senior[ \t]+care|fund|food[ \t]+(?:pantry|bank)|credit[ \t]+union|"
         r"benefits?[ \t]+administrators|insurance[ \t]+(?:company|co\.?|group)|law[ \t]+(?:group|offices?|firm)|"
         r"daycare|staffing(?:[ \t]+agency)?|pavilion|"
         # a medical center's "MC" (deidfix64), taken in capitals only (`institution_spans`): "mc" is also a
         # metacarpal and "Mc" a surname's prefix
         r"mc|"
         # a business's legal form or trade (deidfix41, unit_variation's org class): a company by its suffix
         r"inc\.?|incorporated|llc|l\.l\.c\.|llp|corp\.?|corporation|holdings|distributors|realty|(?:&|and)[ \t]+co\.?|"
         # heads as notes abbreviate them (deidfix44, kind_variation's abbrev rewrite): "Nsg and Rehab", "Mfg Co."
         r"nsg[ \t]+(?:and|&)[ \t]+rehab|mfg\.?(?:[ \t]+co\.?)?|assoc\.?|"
         # a pharmacy or a congregation by its own head word ("Harmony Apothecary", "Grace Fellowship")
         r"apothecary|fellowship|tabernacle|synagogue|mosque|parish|congregation|cathedral")
# Heads that also name a kind of care, a service or a thing done: a distinct name only.
_SOFT = (r"services|laboratory|laboratories|labs?|imaging|diagnostics|radiology|insurance|benefits|transport|"
         r"health[ \t]+plan|health|healthcare|general|memorial|regional|hosp|rmc|hlth|home[ \t]+care|home[ \t]+health|"
         r"pharmacy|dialysis|rehab|medical[ \t]+supply|hospice(?:[ \t]+care)?|oncology|cardiology|orthopedics|"
         r"mission|ambulance|home[ \t]+medical|medical[ \t]+equipment|oxygen|landscaping|auto[ \t]+body|"
         r"day[ \t]+care|urgent[ \t]+care|assisted[ \t]+living|senior[ \t]+living|solutions|construction|group|"
         r"ctr\.?|svcs\.?|hlth[ \t]+ctr\.?|care[ \t]+ctr\.?")
_NAME = r"\p{L}[\p{L}'’]+(?:[ \t]*-[ \t]*\p{L}[\p{L}'’]+)?"
_COMPASS = r"(?:north|south|east|west|northwest|northeast|southwest|southeast|upper|lower|greater|central)"
_SAINT = r"(?:saint|st\.?|ste\.?|mount|mt\.?)"
# Where an institution stands: a line's start, a label's punctuation, a preposition, an apposition.
# (the apposition first: at a line's start "Sister hospital <Name> Imaging" must not be read as "Sister hospital")
_CUE = (r"(?:\b(?:sister|partner|affiliate|affiliated|referring|receiving|accepting)[ \t]+(?:hospital|facility|site)|"
        # a list item's number ("1. <Name> Health (2018-2020)") and a consent's authorised party ("I authorize
        # <Name> Nursing and Rehab to release"; deidfix64, `facility_forms`)
        r"^|^[ \t]*\d{1,2}[.)]|[:|/(,–=\t-]|\b(?:at|from|to|with|through|thru|by|via|for|into|authori[sz]e[sd]?)|@)")
_GATE = Folded(r"[ \t](?:" + _HARD + "|" + _SOFT + r")\b")
_NAMED = Gated(_GATE, re.compile(
    rf"(?im){_CUE}[ \t]*(?:the[ \t]+)?((?:{_COMPASS}[ \t]+)?(?:{_SAINT}[ \t]+)?"
    rf"({_NAME}(?:[ \t]+(?:&[ \t]+)?{_NAME})?)(?:'s|’s)?[ \t]+"
    rf"(?:({_HARD})|({_SOFT})))(?![\p{{L}}\d-])"
    r"(?![ \t]*(?:units?|department|dept|service|floor|ward|team|program|aides?|maintenance|guidelines?|"
    r"plans?|workers?|providers?|agents?|coverage|needs|goals|visits?|orders?|referral|eval(?:uation)?)\b)"))
_STAFF = re.compile(r"(?i)[ \t]*staff\b")
# "<head> of <Name>": a head of its own, "of", one or two distinct name words.
_OF_HEADS = (r"hospital|medical[ \t]+center|clinic|hospice|health|institute|infirmary|health[ \t]+system|trust|agency|"
             r"society|council|cooperative|mutual|ministries|foundation|services|laboratory|laboratories|pharmacy|"
             r"community[ \t]+hospital|surgical[ \t]+hospital|children's[ \t]+hospital|university[ \t]+hospital")
# Searched only on the lines holding "<head> of " (`Lined`): every match holds one, and none crosses a line.
_OF = Lined(rf"(?:{_OF_HEADS})[ \t]+of[ \t]", re.compile(
    rf"(?im){_CUE}[ \t]*(?:the[ \t]+)?((?:{_OF_HEADS})[ \t]+of[ \t]+(?:the[ \t]+)?{_NAME}(?:[ \t]+{_NAME})?)"
    r"(?![\p{L}\d-])"))

# Where a patient works: a business named "<Name> <trade>" after an employment cue ("Employer: Dunleavy Roofing",
# "works at Pruitt Motors", "retired from Calloway Steel"); the cue carries the position, the trade word the head.
_TRADES = (r"bank|credit[ \t]+union|realty|motors|auto(?:motive)?|plumbing|electric|roofing|landscaping|salon|"
           r"boutique|transit|authority|airlines?|railway|railroad|farms?|stores?|restaurant|grill|brewery|mart|"
           r"depot|tire|steel|mining|energy|oil|chemicals?|textiles|foods|freight|express|shipping|printing|"
           r"hardware|furniture|builders|contractors|properties|solutions|technologies|consulting|enterprises|"
           r"holdings|services|industries|manufacturing|mfg\.?(?:[ \t]+co\.?)?|construction|logistics|trucking|company|"
           r"co\.|corp\.?|"
           r"corporation|inc\.?|llc|(?:&|and)[ \t]+sons")
_EMPLOYER = Gated(Folded(r"(?:employ|work|retired|job)"), re.compile(
    rf"(?i)\b(?:employer[ \t]*[:-]|employee[ \t]+of|employed[ \t]+(?:by|at|with)|works?[ \t]+(?:at|for)|"
    rf"worked[ \t]+(?:at|for)|"
    rf"working[ \t]+(?:at|for)|retired[ \t]+from|job[ \t]+at)[ \t]*(?:the[ \t]+)?"
    rf"(({_NAME}(?:[ \t]+(?:&[ \t]+)?{_NAME}){{0,2}}),?[ \t]+(?:{_TRADES}))(?![\p{{L}}\d])"))

# Words that are never an institution's proper name here (beyond the shared vocabularies).
_NOT_NAMES = frozenset("""american america united world federal international national state public private social
financial environmental protective patient patients family community local outside other our their his her your
same new old main this that which each every any some medicare medicaid tricare government""".split())


def name_word_ok(low: str) -> bool:
    """May `low` be (part of) an institution's proper name at all?"""
    if len(low) < 2 or medical_only(low) or low in _NOT_NAMES:
        return False
    vocabularies = (STOP, RELATIONS, TITLES, CREDENTIALS, GENERIC_PLACE_WORDS, NOT_PLACES, GENERIC_PRACTICE,
                    ORG_MODIFIERS, protect.areas(), protect.protected_words())
    return not any(low in v for v in vocabularies)


_HEAD_WORD = re.compile(rf"(?i)(?:{_HARD}|{_SOFT})")


def head_word(low: str) -> bool:
    """Is `low` (one word or a head's words) a head of an institution's name (`_HARD` or `_SOFT`)?"""
    return _HEAD_WORD.fullmatch(low) is not None


def distinct(low: str) -> bool:
    """A census name or US city that is no everyday word, or a word no vocabulary knows that is spelled like a
    name (names of other origins: "benabdellah", "widodo")."""
    if sl.is_common(low):
        return False
    return sl.census_name_or_city(low) or (not sl.is_known_word(low) and low not in sl.CLINICAL_TERMS
                                           and name_like(low))


def _name_ok(words: list[str], cased: bool, hard: bool) -> bool:
    """Do the name's words make a proper name before this kind of head, on a line with or without case?"""
    if any(sl.eponym_possessive(w) for w in words):  # a disease named for a person: a specialty ("Crohn's Center")
        return False
    parts = [p.strip("'’").removesuffix("'s").removesuffix("’s") for w in words for p in w.split("-") if p.strip()]
    lows = [p.lower() for p in parts]
    if not lows or not all(name_word_ok(w) for w in lows):
        return False
    if cased:
        if not all(p[:1].isupper() for p in parts):
            return False
        if hard:  # an everyday capitalised word is a name before a hard head ("Pioneer Mutual"), a top word is not
            return (all(sl.word_freq().get(w, 0) < sl.TOP_FREQ for w in lows) and any(
                not sl.is_common(w) or sl.census_name_or_city(w) for w in lows)) or all(distinct(w) for w in lows)
        # before a soft head a capitalised word no vocabulary knows is a name too ("Widodo Imaging"), not an
        # acronym in capitals ("FLAIR imaging": a sequence)
        if any(p.isupper() and len(p) > 1 for p in parts):
            return False
        return any(distinct(w) or not sl.is_known_word(w) for w in lows) \
            and all(sl.word_freq().get(w, 0) < sl.TOP_FREQ for w in lows)
    return all(distinct(w) for w in lows)


def institution_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, LOCATION, score) of each institution named as the module doc says."""
    out: list[tuple[int, int, str, float]] = []
    pos = 0
    while (m := next(iter(finditer(_NAMED, text, pos)), None)) is not None:
        pos = m.end()
        cased = line_cased(text, m.start(1))
        words = [w for w in m.group(2).split() if w != "&"]
        while len(words) > 1 and words[-1].lower() in ORG_MODIFIERS:
            words.pop()  # a kind word between the name and the head ("Okafor Family Trust")
        # staff of a hospital belong to it ("Larkin General Hospital staff"); staff of a kind of care name a team
        staff = m.group(3) is None and _STAFF.match(text, m.end(1)) is not None
        if staff or m.group(3) in ("mc", "Mc", "mC"):
            pos = m.start(2) + 1
        elif _name_ok(words, cased, m.group(3) is not None):
            out.append((m.start(1), m.end(1), LOCATION, 0.6))
        elif len(words) > 1 and m.group(3) is not None and _name_ok(words[-1:], cased, True):
            out.append((m.start(1) + m.group(1).rindex(words[-1]), m.end(1), LOCATION, 0.6))
        else:
            pos = m.start(2) + 1  # a later cue may start inside a refused match ("Sister hospital <Name> Imaging")
    for m in finditer(_EMPLOYER, text):
        cased = line_cased(text, m.start(1))
        words = [w for w in m.group(2).split() if w != "&"]
        lows = [p.lower().strip("'’").removesuffix("'s") for w in words for p in w.split("-") if p]
        if lows and all(name_word_ok(w) for w in lows) and (
                all(w[:1].isupper() for w in words) and any(not sl.is_common(w) or distinct(w) for w in lows)
                if cased else all(distinct(w) for w in lows)):
            out.append((m.start(1), m.end(1), LOCATION, 0.6))
    for m in finditer(_OF, text):
        cased = line_cased(text, m.start(1))
        head = m.group(1)[:m.group(1).lower().index(" of ")]
        tail = m.group(1)[len(head) + 4:]
        lead = len(tail) - len(tail.removeprefix("the ").removeprefix("The ").removeprefix("THE "))
        end, kept = m.start(1) + len(head) + 4 + lead, 0
        for w in tail[lead:].split():
            if not all(distinct(p.lower()) and name_word_ok(p.lower()) for p in w.split("-") if p) \
                    or (cased and not w[:1].isupper()):
                break
            end, kept = text.index(w, end) + len(w), kept + 1
        if kept:
            out.append((m.start(1), end, LOCATION, 0.6))
    return out


class InstitutionsRecognizer(SpansRecognizer):
    """Institutions by class of head and position (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(INSTITUTIONS, [LOCATION], institution_spans)

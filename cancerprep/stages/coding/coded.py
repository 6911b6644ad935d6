"""Coded and semi-structured export data (issue 17's seventeenth forms family, docs/coding.md "twenty-ninth pass"):
registry abstracts that give an ICD-O-3 behaviour beside the histology, billing lines whose code the text below them
withdraws or has not yet earned, ICD-10-CM titles that name a cancer only as a risk, and records corrected after the
fact. Small pure functions over the note's text that `TextCoder._affirmed` calls at one point (`not_a_diagnosis`).
"""

from __future__ import annotations

import re
from functools import lru_cache

from cancerprep.stages.coding.reporting import DETAIL_ONLY

# ICD-O-3 behaviour (the digit after the morphology's slash): /0 benign, /1 uncertain or borderline, /2 in situ, /3
# malignant. A morphology written with /0 or /1 in the field just before a histology ("Histology 8442/1 Serous
# cystadenoma, borderline malignancy") names a tumour that is not a cancer, whatever words its ICD-O-3 name holds;
# so does a histology followed by ICD-O-3's own borderline wording ("..., borderline malignancy", "of low malignant
# potential") or a "Behavior 0/1" field.
_BENIGN_BEHAVIOUR_CODE = re.compile(r"\b\d{4}\s*/\s*[01](?!\d)")
_BORDERLINE_AFTER = re.compile(
    r"[ \t]*,?[ \t]*(?:(?:of[ \t]+)?borderline[ \t]+malignancy|borderline\b"
    r"|(?:of[ \t]+)?(?:low|uncertain)[ \t]+malignant[ \t]+potential)", re.I)
_BORDERLINE_BEFORE = re.compile(r"\bborderline\s+$", re.I)
_BEHAVIOUR_FIELD = re.compile(r"\bbehaviou?r(?:\s+code)?\s*[:=]?\s*[01]\b", re.I)
_FIELD_STOP = re.compile(r"[;\n|]")
_ANY_MORPHOLOGY = re.compile(r"\b\d{4}\s*/\s*\d\b")

# A record corrected after the fact: "changed from X to Y", "amended from X to Y" (X is withdrawn); "X was a
# dictation error", "X entered in error". A correction that concerns only the side, date or label keeps the
# diagnosis ("laterality entered in error").
_CHANGED_FROM = re.compile(r"\b(?:amended|changed|corrected|revised|reclassified|downgraded|updated|altered)\s+from"
                           r"(?:\s+(?:the|a|an|diagnosis\s+of|a\s+diagnosis\s+of))?\s*$", re.I)
_TO_AFTER = re.compile(r"[^.;\n]{0,40}?\bto\b", re.I)
_ERROR_STATED = re.compile(
    r"\b(?:(?:was|were|is|are)\s+(?:an?\s+)?(?:\w+\s+)?(?:error|mistake)"
    r"|(?:entered|coded|listed|recorded|documented|selected|billed|dictated|transcribed)\s+(?:in\s+error|erroneously)"
    r"|erroneous(?:ly)?|in\s+error)\b", re.I)
# what the next sentence's error statement must be about to reach back to a code line's title: the code or
# diagnosis itself, not another condition
_REFERS_BACK = re.compile(r"\W*(?:[\w ]{0,30}:\s*)?(?:the\s+|this\s+)?(?:code|codes|diagnosis|dx|entry|icd\b"
                          r"|it|this|above|billing)\b", re.I)

# An ICD-10-CM code written right before the words (a billing line or code list: "C61 Malignant neoplasm of
# prostate"): the text after it is the code's title, entered by whoever chose the code.
_CODE_BEFORE = re.compile(r"\b[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?\s*[:\-\u2013]?\s*$")
# ... and a note that says no tissue has yet diagnosed anything: the code anticipates a diagnosis
_NOT_YET_DIAGNOSED = re.compile(
    r"\bno\s+(?:tissue|histolog\w*|patholog\w*|cancer|malignan\w*|confirmed|definitive|established|cytolog\w*)"
    r"\s+diagnosis\b"
    r"|\bnot\s+(?:yet\s+)?(?:been\s+)?(?:biopsied|diagnosed|tissue[- ]proven|proven|confirmed)\s+(?:yet|as\s+yet)\b"
    r"|\bnot\s+yet\s+(?:been\s+)?(?:biopsied|diagnosed|tissue[- ]proven|proven|confirmed)\b"
    r"|\b(?:tissue|histolog\w*|patholog\w*)\s+diagnosis\s+(?:is\s+)?(?:pending|awaited|outstanding)\b"
    r"|\bawaiting\s+(?:the\s+)?(?:biopsy|biopsies|tissue|pathology|histology)\b"
    r"|\b(?:biopsy|biopsies)\s+(?:results?\s+)?(?:is\s+|are\s+)?(?:pending|awaited|outstanding|scheduled|planned"
    r"|booked)\b", re.I)


# ... or that gives only an imaging or cytology category of doubt (indeterminate to suspicious: BI-RADS 3-5, LR-3,
# LR-4, LR-M, PI-RADS 3-5, TI-RADS TR3-5, O-RADS 3-5, Bosniak III-IV, Bethesda III-V) with no tissue result: the
# category asks for a biopsy or for time, it diagnoses nothing the code may stand on
_DOUBT_CATEGORY = re.compile(
    r"\b(?:BI|Lung|PI|O|TI)-?RADS\s*(?:category\s*)?[:#]?\s*[3-5][A-CX]?(?![\w])"
    r"|\bLI-?RADS\s*(?:category\s*)?[:#]?\s*(?:LR-?)?(?:[34]|M)(?![\w])|\bLR-?(?:[34]|M)(?![\w])"
    r"|\bBosniak\s+(?:category\s+)?(?:III|IV|[34])(?![\w])"
    r"|\bBethesda\s+(?:category\s+)?(?:III|IV|V|[3-5])(?![\w])|\bTR[3-5](?![\w])", re.I)
_TISSUE_RESULT = re.compile(
    r"\b(?:patholog\w*|biops\w*|FNA|cytolog\w*|histolog\w*|resection|excision)\b[^.;\n]{0,40}?"
    r"\b(?:shows?|showed|confirm\w*|reveal\w*|positive|consistent|diagnostic|demonstrat\w*)\b"
    r"|\b(?:biopsy|tissue)[- ]proven\b|\bPathology\s*:", re.I)


@lru_cache(maxsize=1)
def risk_title_prefixes() -> tuple[str, ...]:
    """The words ICD-10-CM writes before "malignant neoplasm" in codes that record a cancer only as a risk or a
    reason to look: screening (Z12), genetic susceptibility (Z15), family history (Z80), prophylactic surgery (Z40).
    Taken from the tabular list: codes outside chapter 2 whose category title speaks of screening, susceptibility,
    family history or prophylaxis, so "Z15.01 Genetic susceptibility to malignant neoplasm of breast" names no
    cancer of the patient's."""
    import simple_icd_10_cm as cm

    out: set[str] = set()
    for code in cm.get_all_codes(False):
        if code[0] in "CD" or not cm.is_category(code):
            continue
        if not re.search(r"screening|susceptibility|family history|prophylactic", cm.get_description(code), re.I):
            continue
        for child in (code, *cm.get_descendants(code)):
            m = re.match(r"(?i)(.*?)\b(?:malignant\s+neoplasms?|neoplasms?)\b", cm.get_description(child))
            if m and m.group(1).strip():
                out.add(" ".join(m.group(1).lower().split()))
    return tuple(sorted(out, key=len, reverse=True))


def _clause_start(text: str, at: int) -> int:
    return max(text.rfind(c, 0, at) for c in ".;\n") + 1


def _sentence_end(text: str, at: int) -> int:
    return min((i for i in (text.find(c, at) for c in ".;\n") if i >= 0), default=len(text))


def benign_behaviour(text: str, start: int, end: int) -> bool:
    """The histology at `start`..`end` carries an ICD-O-3 behaviour of benign or uncertain: a /0 or /1 morphology
    code in its field before it, ICD-O-3's borderline wording beside it ("borderline malignancy"), or a "Behavior
    0/1" field later on its line with no other morphology code between."""
    lo = max(0, start - 90)
    field = max((m.end() for m in _FIELD_STOP.finditer(text, lo, start)), default=lo)
    if _BENIGN_BEHAVIOUR_CODE.search(text, field, start) or _BORDERLINE_AFTER.match(text, end) \
            or _BORDERLINE_BEFORE.search(text, field, start):
        return True
    line_end = text.find("\n", end)
    tail = text[end:line_end if line_end >= 0 else len(text)]
    m = _BEHAVIOUR_FIELD.search(tail)
    return m is not None and _ANY_MORPHOLOGY.search(tail, 0, m.start()) is None


def corrected_away(text: str, start: int, end: int) -> bool:
    """The record says the diagnosis at `start`..`end` was wrong: "changed from X to Y" (X), "X was a dictation
    error", "X entered in error", or, for a code line's title, the next sentence's "code entered in error". A
    correction of only the side, date or label keeps it."""
    lo = _clause_start(text, start)
    if _CHANGED_FROM.search(text[max(lo, start - 60):start]) and _TO_AFTER.match(text, end):
        return True
    hi = _sentence_end(text, end)
    if _error_about_it(text, end, hi):
        return True
    if _CODE_BEFORE.search(text, max(0, start - 12), start) and hi < len(text):
        nxt_hi = _sentence_end(text, hi + 1)
        if _REFERS_BACK.match(text, hi + 1, nxt_hi) and _error_about_it(text, hi + 1, nxt_hi):
            return True
    return False


def _error_about_it(text: str, lo: int, hi: int) -> bool:
    m = _ERROR_STATED.search(text, lo, hi)
    return m is not None and not DETAIL_ONLY.search(text, lo, m.end())


def anticipated_code(text: str, start: int) -> bool:
    """A code line's title ("C61 Malignant neoplasm of prostate") in a note that says no tissue has diagnosed it
    yet (biopsy scheduled or pending, "no tissue diagnosis yet"), or that gives only a category of doubt and no tissue
    result ("LR-4 observation, repeat MRI"): the code was chosen ahead of the diagnosis, or for the work-up, and
    names no cancer the patient has."""
    if _CODE_BEFORE.search(text, max(0, start - 12), start) is None:
        return False
    return _NOT_YET_DIAGNOSED.search(text) is not None \
        or (_DOUBT_CATEGORY.search(text) is not None and _TISSUE_RESULT.search(text) is None)


def risk_title(text: str, start: int) -> bool:
    """The words before `start` are an ICD-10-CM risk code's title prefix (`risk_title_prefixes`): "genetic
    susceptibility to", "encounter for screening for", "family history of"."""
    before = " ".join(text[max(0, start - 90):start].lower().split())
    return any(before.endswith(p) for p in risk_title_prefixes())


# The words that name a course of radiation, once: its modalities' initialisms and names ("SBRT", "IMRT",
# "radiotherapy", "proton therapy"). "RT" alone is also "right" or "respiratory therapy", so it names a course only
# right before a target (`_RADIATION_BEFORE`), not to keep a section for tokenising (`_RADIATION_WORD`).
RADIATION_MODALITIES = (r"SBRT|SABR|SRS|IMRT|VMAT|IGRT|XRT|EBRT|radiation(?:\s+therapy)?|radiotherapy|irradiation"
                        r"|brachytherapy|proton\s+therapy|stereotactic\s+(?:body\s+)?radiotherapy")
# ... named with its target ("SBRT right upper lobe, 54 Gy", "IMRT to the prostate and seminal vesicles",
# "radiotherapy of the left breast"): the site treated, in a radiation summary or order that gives the diagnosis on a
# line of its own without an organ ("Diagnosis: biopsy-proven adenocarcinoma")
_RADIATION_BEFORE = re.compile(
    rf"(?:\b(?:{RADIATION_MODALITIES}|RT)"
    r"\s*(?:[:,-]\s*)?(?:(?:to|of)\s+)?(?:the\s+)?(?:(?:right|left|bilateral)\s+)?)$", re.I)
_RADIATION_WORD = re.compile(rf"\b(?:{RADIATION_MODALITIES})\b", re.I)


def names_radiation_target(chunk: str) -> bool:
    """The section names a radiation course (kept for tokenising: its target is a site, `irradiated_site`)."""
    return _RADIATION_WORD.search(chunk) is not None


def irradiated_site(text: str, start: int) -> bool:
    """The site word at `start` is what a radiation course written right before it targets ("SBRT right upper
    lobe"): that organ's tumour is the one the note's site-less histology names."""
    return _RADIATION_BEFORE.search(text, max(0, start - 60), start) is not None


def not_a_diagnosis(text: str, start: int, end: int, mention_start: int) -> bool:
    """One call for `TextCoder._affirmed`: the histology at `start`..`end` (in a mention from `mention_start`, its
    site included) is a coded record's words that assert no cancer now."""
    first = min(start, mention_start)
    return benign_behaviour(text, start, end) or corrected_away(text, first, end) or anticipated_code(text, first) \
        or risk_title(text, first)

"""Structured reports (issue 17's sixteenth forms family, docs/coding.md "twenty-seventh pass"): the categories of
reporting systems that say a malignancy is there now, a diagnosis an amended report or a second opinion withdraws, a
checklist block whose heading or procedure names the tumour's organ, and "cancer" naming a document. Small pure
functions over the note's text that `TextCoder` calls at single points.
"""

from __future__ import annotations

import re

from cancerprep.stages.coding.sections import section_kind

# Reporting systems' categories, by what each asserts. Radiology systems (BI-RADS, LI-RADS, Lung-RADS, PI-RADS,
# TI-RADS, O-RADS, Bosniak) grade the suspicion of an imaged lesion; cytology systems (Bethesda thyroid, Milan
# salivary, Paris urine) grade what the cells show. Only a few categories assert a malignancy present now: BI-RADS 6
# is "known biopsy-proven malignancy" (a cancer imaged before or during its treatment), LI-RADS's treatment-response
# "LR-TR Viable" a treated tumour that is still alive and "LR-TIV" tumour in a vein, Bethesda VI and Milan VI
# "malignant", and Paris "HGUC" high-grade urothelial carcinoma. The suspicious categories (BI-RADS 4-5, LR-4, LR-M,
# Lung-RADS 4A-4X, PI-RADS 4-5, TR4-5, O-RADS 4-5, Bosniak III-IV, Bethesda V, Milan V, Paris SHGUC) ask for a
# biopsy and diagnose nothing: `textcoder._SUSPICION_CATEGORY` keeps a disease written after them in doubt. LR-5
# (definite HCC by imaging criteria) is a diagnosis by LI-RADS's own rules but is left out here: it names no disease
# present that the note does not also name, and a treated LR-5 is no longer viable by that alone.
PRESENT_CATEGORIES: dict[str, tuple[str, ...]] = {
    "BI-RADS": ("6",),
    "LI-RADS": ("LR-TR Viable", "LR-TIV"),
    "Bethesda": ("VI",),
    "Milan": ("VI",),
    "Paris": ("HGUC",),
}
_PRESENT_CATEGORY = re.compile(
    r"\bBI-?RADS\s*(?:category\s*)?[:#]?\s*(?:6|VI)(?!\w|\.\d)"
    r"|\bLR-?TR[\s-]*viable\b|\bLR-?TIV\b"
    r"|\b(?:Bethesda|Milan)\s+(?:system\s+)?(?:category\s+)?(?:VI|6)(?!\w|\.\d)"
    r"|(?<![\w-])HGUC\b", re.I)
# a category denied right before it ("negative for HGUC", "no LR-TR viable tumour")
_CATEGORY_DENIED = re.compile(r"\b(?:no|not|without|negative\s+for|nonviable|non-viable)\b[^.;:\n]{0,20}$", re.I)


def present_category(text: str, sections: list[tuple[int, str]]) -> bool:
    """The note gives a reporting category that asserts a malignancy present now (`PRESENT_CATEGORIES`), outside a
    family or social section and not denied: a cancer the note names is then active, whatever past treatment it
    also states ("s/p TACE of hepatocellular carcinoma ... LR-TR Viable")."""
    for m in _PRESENT_CATEGORY.finditer(text):
        if section_kind(sections, m.start()) in ("family", "social"):
            continue
        if not _CATEGORY_DENIED.search(text, max(0, m.start() - 40), m.start()):
            return True
    return False


# A diagnosis reported earlier, elsewhere or in the first version of a report: "original diagnosis of", "outside
# diagnosis:", "submitted as", "the earlier report stated". What follows it is that diagnosis, not this report's.
_EARLIER_DIAGNOSIS = re.compile(
    r"\b(?:original|initial|earlier|previous|prior|outside|preliminary|provisional|referring|referral|submitting)"
    r"\s+(?:(?:pathology|surgical|final|frozen[- ]section)\s+)?"
    r"(?:diagnos[ie]s|reports?|interpretations?|impressions?|readings?)\b(?:\s+(?:of|stated|read|was|as|said))?"
    r"|\b(?:submitted|sent|referred|received|labell?ed|reported|called|signed\s+out|read)\s+as\b", re.I)
# ... and what turns from it to this report's own verdict ("is amended to", "our review", "we favor"): after such a
# word the disease named is the new diagnosis
_TURN = re.compile(r"\b(?:is|are|was|were|has|have|been|now|to|revised|amended|changed|corrected|updated|our|we"
                   r"|favou?r|instead|rather|correct)\b|[.;\n]", re.I)
# a diagnosis replaced by the one written after it ("CLL revised to MBL", "adenocarcinoma of lung, amended to
# metastatic colorectal adenocarcinoma")
_REVISED_AFTER = re.compile(r"[ \t]*[,)]?[ \t]*(?:(?:is|was|has\s+been|have\s+been|are|were)[ \t]+)?"
                            r"(?:revised|amended|changed|corrected|downgraded|reclassified)[ \t]+to\b", re.I)
# what withdraws it: retracted, in error, a reviewer's disagreement, or the reviewer's own reading of the same tissue
# ("on our review we interpret this as a follicular adenoma": whatever disease that names is coded from its own words)
_WITHDRAWN = re.compile(r"\b(?:withdrawn|withdraw|retract(?:ed|s|ion)?|rescind(?:ed|s)?|in\s+error|erroneous(?:ly)?"
                        r"|(?:we|I)\s+(?:respectfully\s+)?disagree|do(?:es)?\s+not\s+agree|not\s+in\s+agreement"
                        r"|(?:we|I)\s+(?:would\s+)?(?:re-?)?(?:interpret|classify|regard|diagnose)\s+(?:this|it|these|them"
                        r"|the\s+(?:lesion|tumou?r|mass|nodule|case|findings?|biopsy))\s+as"
                        r"|not\s+(?:confirmed|supported|substantiated)\s+(?:on|by)\s+(?:our\s+)?review"
                        r"|no\s+longer\s+(?:stands|valid|applies))\b", re.I)
# a correction of a report's or a record's side, label, date, specimen or spelling only: its diagnosis stands ("the
# left kidney was listed in error", "laterality entered in error"); one list for the amended reports here and the
# corrected records of `coded.corrected_away`
DETAIL_ONLY = re.compile(r"\b(?:laterality|side|left|right|label(?:l?ed|ing)?|dates?|block|specimen(?:\s+designation)?"
                         r"|(?:patient\s+)?identifier|typographical|spelling)\b", re.I)


def superseded(text: str, start: int, end: int) -> bool:
    """The mention at `start` names a diagnosis reported earlier (the original version of an amended report, the
    outside diagnosis of a second opinion: `_EARLIER_DIAGNOSIS`, in its clause, nothing turning to a new verdict
    between), and the note withdraws it (`_WITHDRAWN`, after the cue): "The original diagnosis of invasive ductal
    carcinoma is withdrawn", "submitted as 'melanoma' ... We disagree". The amended or reviewed diagnosis after it
    stands, and so does one whose correction concerns only the side, label or date. A diagnosis written right
    before "revised to" or "amended to" is the one replaced ("CLL revised to monoclonal B-cell lymphocytosis")."""
    if _REVISED_AFTER.match(text, end):
        return True
    lo = max(0, start - 90)
    cue = None
    for m in _EARLIER_DIAGNOSIS.finditer(text, lo, start):
        cue = m
    if cue is None or _TURN.search(text, cue.end(), start):
        return False
    for w in _WITHDRAWN.finditer(text, cue.start(), min(len(text), start + 400)):
        s_lo = max(text.rfind(".", 0, w.start()), text.rfind("\n", 0, w.start()), text.rfind(";", 0, w.start()))
        s_hi = min((i for i in (text.find(c, w.end()) for c in (".", "\n", ";")) if i >= 0), default=len(text))
        if not DETAIL_ONLY.search(text, s_lo + 1, s_hi):
            return True
    return False


# A document's or protocol's name with "cancer" or "carcinoma" as its modifier ("CAP cancer checklist", "cancer
# protocol", "carcinoma template"): with no organ of its own it names a form, not a disease
DOCUMENT_WORDS = frozenset({"checklist", "checklists", "protocol", "protocols", "template", "templates", "synoptic",
                            "synoptics", "worksheet", "worksheets", "checklist's"})

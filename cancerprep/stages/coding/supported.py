"""A doubted diagnosis that tissue supports: "Likely pancreatic adenocarcinoma; EUS-FNA cytology positive for malignant
cells" names the patient's pancreatic cancer.

Why: the labelling rules count an uncertain diagnosis only with tissue support (docs/coding.md, "Hedges"). ConText
rightly doubts "likely", "suspected" or "probable" before a disease, but where a biopsy, cytology or pathology result
beside it finds malignancy without naming a disease of its own (malignant cells, "positive for malignancy",
"carcinoma"), the hedge was the clinician's wording before the result, and the disease it names is the one the tissue
confirms. A result that names its own disease is a mention of its own; a differential ("A versus B"), a work-up to
rule a cancer out, a hypothesis, and a result negated, pending, atypical or itself hedged support nothing.
"""

from __future__ import annotations

import re
from typing import Any

from cancerprep.stages.coding.status import RELATIVE_SUBJECT, relative_subject

# the hedges a tissue result may settle: a likelihood the clinician gives the one disease named (not "rule out", a
# differential's "versus" or list, "cannot be excluded", an evaluation ordered, a question)
SETTLED_HEDGES = frozenset({"suspicious for", "concerning for", "worrisome for", "suspected", "suspect", "presumed",
                            "presumptive", "working diagnosis", "possible", "possibly", "probable", "probably",
                            "likely", "suggestive of", "concern for", "concerning", "c/f"})
_TISSUE = (r"(?:biops(?:y|ies)|fna|fine[- ]needle\s+aspirat\w*|aspirate|cytology|patholog\w*|cores?|specimens?"
           r"|resection|excision|brushings?|histolog\w*|frozen\s+section|tissue)")
# the malignancy a result finds without naming a disease of its own
_MALIGNANT = (r"(?:malignan(?:cy|t\s+cells|t\s+neoplasm)|(?:cancer|tumou?r|neoplastic|carcinoma)\s+cells|carcinoma"
              r"|adenocarcinoma|cancer)")
_RESULT = re.compile(
    r"\b" + _TISSUE + r"\b(?P<between>[^.;\n]{0,40}?)\s*(?:"
    r"(?:shows?|showed|showing|revealed|reveals?|demonstrat\w+|confirm\w*|(?:was|were|is|are|came\s+back|returned)"
    r"\s+positive\s+for|positive\s+for|diagnostic\s+of|consistent\s+with|:)\s+(?:(?:a|an|the|frank|invasive|"
    r"poorly|well|moderately|differentiated|metastatic)\s+){0,3}" + _MALIGNANT + r"\b(?!\s+(?:of|in|arising)\b)"
    r"|(?:(?:was|were|is|are|came\s+back|returned)\s+)?positive(?=\s*(?:[.;,\n]|$)))", re.I)
# what makes a result no support: negated, not yet done, atypical or hedged itself ("negative for malignancy",
# "biopsy pending", "atypical cells suspicious for carcinoma", "non-diagnostic")
_NO_SUPPORT = re.compile(r"\b(?:no|not|non|negative|benign|pending|awaiting|await|scheduled|planned|will|would|if"
                         r"|without|atypi\w*|suspicious|indeterminate|equivocal|insufficient|nondiagnostic"
                         r"|non-diagnostic|likely|probabl\w*|possibl\w*|suggest\w*|concern\w*|may|might|could|prior"
                         r"|previous|history)\b", re.I)
# a morphology-typed disease is not confirmed by a carcinoma ("probable lymphoma; biopsy shows carcinoma")
_NOT_A_CARCINOMA = re.compile(r"lymphom|leuk|myelom|melanom|sarcom|glioma|blastoma|germinoma|seminoma", re.I)


def hedges_settled(modifiers: Any) -> bool:
    """Every doubt ConText put on the mention is a likelihood a tissue result may settle (`SETTLED_HEDGES`): no
    hypothesis, differential, exclusion or work-up cue among them."""
    doubts = [m for m in modifiers if m.category in ("HYPOTHETICAL", "POSSIBLE_EXISTENCE")]
    return bool(doubts) and all(m.category == "POSSIBLE_EXISTENCE" and m.rule.literal.lower() in SETTLED_HEDGES
                                for m in doubts)


def tissue_supported(text: str, end: int, sentence_end: int, disease: str) -> bool:
    """A tissue result finds malignancy, without naming a disease of its own, after the doubted mention ending at
    `end`, in its sentence or the next one (`sentence_end`: its sentence's end), neither negated, pending, a
    relative's nor hedged itself; a carcinoma supports no morphology-typed disease (`disease`: the mention's words)."""
    stop = text.find(".", sentence_end + 1)
    stop = len(text) if stop < 0 else stop
    for m in _RESULT.finditer(text, end, min(stop, end + 300)):
        if _NO_SUPPORT.search(m.group(0)) or _NO_SUPPORT.search(text, max(end, m.start() - 25), m.start()) \
                or relative_subject(text, m.start()) or RELATIVE_SUBJECT.search(text, max(end, m.start() - 25),
                                                                                m.start()):
            continue  # (a relative's result: "Her mother's biopsy was positive")
        if "carcinoma" in m.group(0).lower() and _NOT_A_CARCINOMA.search(disease):
            continue
        return True
    return False

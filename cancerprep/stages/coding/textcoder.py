"""Find affirmed cancer mentions in a note's text.

Text path, built for speed on millions of notes:
1. a regular-expression pre-filter over the raw text (most notes mention no
   malignancy and stop here, at a few microseconds each);
2. notes with a hit are tokenised by a blank spaCy pipeline, sentences split by the
   rule-based sentencizer plus section headers;
3. spaCy PhraseMatchers find histology terms (taxonomy terms, the ICD-O-3 malignant
   and in-situ morphology list, generic words) and site words (taxonomy sites and the
   ICD-10-CM tabular list); a histology needing a site is linked to a site written
   just before it ("prostate adenocarcinoma") or after it with of/in ("carcinoma of
   the left upper lobe"), never after "to" ("metastatic to the liver" names a
   secondary site, so "metastatic breast cancer to the liver" is breast);
4. medspacy's ConText marks each mention negated, uncertain ("rule out", "versus",
   "suspicious for"), hypothetical ("screening", "risk of"), family or historical;
   headers add section awareness (Family History dropped, Past History historical,
   Diagnosis / Impression / Assessment weighted up).
Benign tumours never match: only malignant (/3) and in-situ (/2) morphologies are in the
vocabulary, so "meningioma", "adenoma", "mass" or "tumor" alone are not cancer.
"""

from __future__ import annotations

import json
import os
import re
import warnings
from bisect import bisect_right
from collections.abc import Iterator
from dataclasses import dataclass, replace
from functools import cache
from itertools import chain, pairwise
from typing import Any

from cancerprep import resources
from cancerprep.stages.coding.borders import (
    HAEM_TYPES,
    NONESSENTIAL,
    NOS_END,
    add_kind_terms,
    aside_categories,
    classified_elsewhere,
    gynaecological_part,
    kind_coded,
)
from cancerprep.stages.coding.coded import irradiated_site, names_radiation_target, not_a_diagnosis
from cancerprep.stages.coding.context import (
    END_OF_SEMICOLON_CLAUSE,
    RESULT_VERBS,
    TERMINATING_TYPES,
    context_rules,
    list_cue,
    replaced_defaults,
)
from cancerprep.stages.coding.course import course_named, for_cancer, radiation_named, sentence_bounds
from cancerprep.stages.coding.foreign import english_organs
from cancerprep.stages.coding.icd10 import (
    in_situ_code,
    in_situ_sites,
    invasive_code,
    non_neoplasm_initialisms,
    relapse_code,
    remission_code,
)
from cancerprep.stages.coding.narrative import names_its_primary, nothing_left_owners, verdict_after
from cancerprep.stages.coding.phrasal import phrasal_anatomy
from cancerprep.stages.coding.reporting import DOCUMENT_WORDS, present_category, superseded
from cancerprep.stages.coding.sections import SECTION_WEIGHT, find_sections, label_kind, section_kind, section_of
from cancerprep.stages.coding.sideways import (
    course_over,
    dated_operation_pattern,
    down_syndrome,
    drug_course,
    ds_myeloid,
    ds_myeloid_code,
    feared_event,
    past_the_differential,
    patient_free,
    regimen_types,
    spread_origin_word,
)
from cancerprep.stages.coding.status import (
    NOTHING_LEFT_RE,
    PAST,
    PRESENT,
    RECURRED,
    RETURNED,
    UNSAID,
    WEAK_PAST,
    course_going_on,
    mention_status,
    past_time,
    phrase_bounds,
    recent_course,
    relative_subject,
    told_after,
)
from cancerprep.stages.coding.taxonomy import OTHER, Taxonomy, load_vocabulary, normalize_term
from cancerprep.stages.coding.template import (
    SITE_FIELD,
    blank_unchecked,
    block_in,
    block_site,
    negative_field,
    site_field,
)
from cancerprep.stages.coding.written_codes import (
    code_line_at,
    code_line_ends,
    drop_excepted_sites,
    morphology_of_site,
    read_written_codes,
)
from cancerprep.stages.spelling import osa_distance

UNSPECIFIED_CODE = "C80.1"

_INSTITUTION = {"center", "centre", "centers", "institute", "clinic", "hospital", "program", "society",
                "foundation", "network", "alliance", "registry", "care", "service", "services", "unit"}
# words of disease names too common to pre-select a note on their own
_COMMON_TERM_WORDS = {"disease", "chronic", "acute", "primary", "malignant", "multiple", "small", "large",
                      "cells", "tumor", "grade", "unknown", "adult", "origin", "plasma", "precursor", "situ", "diffuse",
                      "peripheral", "marginal", "inflammatory", "papillary", "follicular", "ductal", "lobular",
                      "invasive", "anaplastic", "medullary", "serous", "clear", "high-grade", "zone", "type"}
_MALIGNANT_CONTEXT = re.compile(r"metasta|\bmets?\b|malignan|carcinom|cancer|tumou?r|neoplas|oncolog", re.I)
_DEFINED_RE = re.compile(r"\(\s*([A-Z][A-Za-z]{1,9})\s*\)")
_CHECKLIST_NO = re.compile(r"[ \t]*[:\-][ \t,]*(?:negative|neg|no|none|denies|denied|absent|never)\b", re.I)
_UPPER_RE = re.compile(r"[A-Z]")
# words that make a past cancer present: spread, recurrence, a course of treatment going on
# ("history of breast cancer that has metastasized", "status post 2 of 6 cycles")
# (`RECURRED`: the tumour's own return as a verb, "the tumor has recurred"; spread in other words, "secondaries")
_ACTIVE_RE = re.compile(RECURRED + r"|metasta|recurren|\bcycles?\b|\bcurrently\b(?!\s+(?:receiving|undergoing)\b)"
                        r"|\bundergoing\b|\breceiving\b|"
                        r"\bprogressi|\bresidual\b|\bpersistent\b|"
                        # a tumour that cannot be removed is there now ("Gallbladder carcinoma, unresectable")
                        r"\bunresectable\b|\binoperable\b|"
                        # a cancer watched rather than treated is present ("active surveillance", "watch and wait")
                        r"\bactive surveillance\b|\bwatchful waiting\b|\bwatch[- ]and[- ]wait\b|"
                        r"\b(?:on|getting|starting|started on|continues|continuing)\s+(?:\w+\s+)?(?:chemo|chemotherapy"
                        r"|radiation|radiotherapy|hormonal|hormone therapy|immunotherapy|adjuvant)\b"
                        # ... or written after it ("adjuvant immunotherapy ongoing")
                        r"|\b(?:chemo|chemotherapy|radiation|radiotherapy|immunotherapy|therapy|treatment)\s+(?:is\s+)?"
                        r"ongoing\b", re.I)
# a histology said to be the return of a cancer ("recurrent carcinoma", "recurrence of adenocarcinoma")
_COME_BACK = re.compile(r"\brecurren(?:t|ce)\b(?:\s+(?:of\s+)?[\w-]+){0,3}\s*$|\brelapsed\s+(?:[\w-]+\s+){0,2}$",
                        re.I)
# ... or said to have come back by the verb after it ("the carcinoma recurred this year", "the malignancy has since
# returned", "the tumor came back": `status.RETURNED`)
_COME_BACK_AFTER = re.compile(r"\s*" + RETURNED, re.I)
# ... at a place written after the verb ("the cancer recurred in the liver", "the malignancy returned in the brain")
_RETURNED_AT = re.compile(r"\s*" + RETURNED + r"\s+(?:(?:locally|distantly)\s+)?(?:in|to|within|at|into)\s+"
                          r"(?:the\s+|his\s+|her\s+|their\s+)?", re.I)
_SPREAD_RE = re.compile(r"metasta|recurren|" + RECURRED, re.I)
# what a patient is "receiving" or "undergoing" that is a course against cancer: a cancer treatment's noun, after the
# words that qualify one ("receiving adjuvant chemotherapy", "undergoing treatment", "receiving cycle 3"), or a
# cancer drug (checked apart); not another condition's care ("receiving physical therapy", "undergoing dialysis")
_CANCER_COURSE = re.compile(r"\s*(?:(?:adjuvant|neoadjuvant|systemic|active|cancer|anticancer|oncologic|palliative"
                            r"|maintenance|induction|consolidation|concurrent|definitive|further|his|her|the|a|an"
                            r"|intravesical|external[- ]beam|proton|targeted|hormonal|hormone|endocrine)\s+)*"
                            r"(?:chemo\w*|radiation|radiotherapy|irradiation|immunotherapy|chemoradiation|treatment"
                            r"|therapy|cycles?|course|infusions?|BCG)\b|\s*[.;,]|\s*$", re.I)
# a cancer watched rather than treated, in its own phrase (`Mention.watched`)
_WATCHED_RE = re.compile(r"\bactive surveillance\b|\bwatchful waiting\b|\bwatch[- ]and[- ]wait\b|\bsmou?ldering\b"
                         # (not "no further treatment": a course given and over, "no adjuvant therapy" after it)
                         r"|\b(?:no|without|not on|off)\s+(?!(?:further|additional|more|adjuvant|other)\b)(?:\w+\s+)?"
                         r"(?:treatment|therapy)\b|\buntreated\b"
                         # "not requiring treatment", "therapy not indicated", "expectant management"
                         r"|\bnot\s+(?:yet\s+)?(?:requiring|needing|indicated for|a candidate for)\b"
                         r"|\b(?:treatment|therapy)\s+(?:is\s+)?not\s+(?:yet\s+)?(?:indicated|required|needed)\b"
                         r"|\bexpectant management\b"
                         r"|\bobservation\b", re.I)
# disease still there (spread, recurrence, progression, what is left), as against a course of treatment: in a note
# that says treatment is over and nothing is left, a course its sentence dates years back ("four cycles of
# chemotherapy in 2009") is that past course, and only these words make the cancer present (an undated course,
# "status post 6 cycles ... here for followup", may have just ended: the active code)
_DISEASE_PRESENT_RE = re.compile(_SPREAD_RE.pattern + r"|\bprogressi|\bresidual\b|\bpersistent\b", re.I)
_PAST_YEARS = re.compile(r"\b(?:19|20)\d\d\b|\b(?:years?|yrs?|decades?)\s+ago\b", re.I)
# the rest of an upper-case section label whose section is empty: its colon is followed, after the export's commas or
# line ends, by another upper-case label ("SCHOOL HISTORY:,PROSTATE ADENOCARCINOMA: newly diagnosed")
# ... or the rest of the present illness's label after its "history of" cue ("HISTORY OF PRESENT ILLNESS:", "History
# of Present Illness:")
_PRESENT_ILLNESS_REST = re.compile(r"\s*(?i:present\s+illness)\s*:")
_EMPTY_LABEL_REST = re.compile(r"[A-Z0-9 /&'-]*:[\s,]*(?=[A-Z][A-Z0-9 /&'()-]{2,60}:)")


# the rest of an upper-case label after its cue word, to the label's colon ("HISTORY:", "CLINICAL HISTORY:")
_LABEL_REST = re.compile(r"[A-Z0-9 /&'()-]*:")


def _narrative_label(text: str, start: int, end: int) -> bool:
    """The upper-case cue at start..end is a word of a section label of the present story ("HISTORY:, The patient is a
    58-year-old man with prostate cancer diagnosed last month", "CLINICAL HISTORY:"): that label's kind is read by the
    section rules, and a story's "HISTORY" is no past history (a past-history label stays past by its section)."""
    rest = _LABEL_REST.match(text, end)
    if rest is None:
        return False
    lo = max(text.rfind(c, 0, start) for c in "\n,.;:") + 1
    label = text[lo:rest.end() - 1]
    return label.strip().isupper() and label_kind(label) == "narrative"


def _empty_label_cues_only(sent_ent: Any) -> bool:
    """Every HISTORICAL cue of the mention is a word of an empty section's label, or of the label of the present
    illness ("HISTORY OF PRESENT ILLNESS: He has breast cancer and had a lumpectomy last month"): a label's kind is
    read by the section rules (`sections`), one with no body of its own says nothing of the next label's cancer, and
    the present illness's "history of" is no past history."""
    doc = sent_ent.doc
    cues = [m for m in sent_ent._.modifiers if m.category == "HISTORICAL"]

    def label_word(m: Any) -> bool:
        end = doc[m.modifier_span[1] - 1].idx + len(doc[m.modifier_span[1] - 1].text)
        if _PRESENT_ILLNESS_REST.match(doc.text, end):
            return True
        if not doc[m.modifier_span[0]].text.isupper():
            return False
        start = doc[m.modifier_span[0]].idx
        return _EMPTY_LABEL_REST.match(doc.text, end) is not None or _narrative_label(doc.text, start, end)

    return bool(cues) and all(label_word(m) for m in cues)
# a course of treatment over ("treatment completed 2019", "completed adjuvant chemotherapy", "off therapy",
# "radiation ... completed 2 years ago") and nothing left ("no evidence of disease", "NED", "no current therapy"):
# together, ICD-10-CM guideline I.C.2.d's personal history (see `TextCoder._eradicated`)
_TREATMENT_OVER = re.compile(
    r"\b(?:treatment|therapy|chemotherapy|chemo|radiation|radiotherapy|chemoradiation)\s+(?:was\s+|were\s+)?"
    r"(?:completed|finished|ended)\b"
    r"|\b(?:completed|finished)\s+(?:all\s+|his\s+|her\s+)?(?:adjuvant\s+|planned\s+)?(?:treatment|therapy|chemotherapy"
    r"|chemo|radiation|radiotherapy|chemoradiation)\b"
    r"|\b(?:completed|finished)\s+(?:in\s+)?(?:19|20)\d\d\b|\b(?:completed|finished)\s+(?:\w+\s+)?(?:years?|yrs?)\s+ago\b"
    # ... with the course finished between ("finished tamoxifen in 2014", "completed five years of letrozole in 2019")
    r"|\b(?:completed|finished)\s+(?:[\w-]+\s+){0,3}?(?:treatment|therapy|chemotherapy|chemo|radiation|radiotherapy"
    r"|chemoradiation|tamoxifen|anastrozole|arimidex|letrozole|femara|exemestane|aromasin|trastuzumab|herceptin"
    r"|imatinib|gleevec|capecitabine|temozolomide|bicalutamide|BCG)\s+(?:in\s+)?(?:(?:19|20)\d\d\b|(?:\w+\s+)?"
    r"(?:years?|yrs?)\s+ago\b)"
    r"|\boff\s+(?:all\s+)?(?:therapy|treatment)\b"
    # an operation dated in a past year ("s/p total gastrectomy with Roux-en-Y 2019", "status post resection in 2015")
    r"|\b(?:s/p|status\s+post)\s+(?:[\w/-]+\s+){0,6}?(?:in\s+)?(?:19|20)\d\d\b"
    r"|\b\d+\s+(?:years?|yrs?)\s+(?:after|since|following|out from)\b"
    # ... or written with its past year right after it ("radical prostatectomy 2019", "resected 2015", "liver
    # transplant in 2021")
    r"|\b(?:[a-z]+ectomy|resect(?:ed|ion)|excis(?:ed|ion)|transplant(?:ed|ation)?)\s+(?:in\s+|on\s+)?(?:19|20)\d\d\b",
    re.I)
# drugs given only against cancer (hormonal and targeted agents; not those with other common uses, such as
# methotrexate, rituximab, leuprolide or hydroxyurea): a past cancer still treated with one is under
# treatment (ICD-10-CM guideline I.C.2.d: the active code), unless the note says the drug is past
_CANCER_DRUG_RE = re.compile(r"\b(?:pembrolizumab|keytruda|nivolumab|opdivo|ipilimumab|yervoy|atezolizumab"
                             r"|durvalumab|cemiplimab|tamoxifen|anastrozole|arimidex|letrozole|femara|exemestane|aromasin|fulvestrant"
                             r"|faslodex|bicalutamide|casodex|enzalutamide|xtandi|abiraterone|zytiga|flutamide"
                             r"|trastuzumab|herceptin|imatinib|gleevec|capecitabine|xeloda|temozolomide|temodar)\b",
                             re.I)


@cache
def endocrine_antineoplastics() -> tuple[re.Pattern[str], dict[str, frozenset[str]]]:
    """The endocrine agents of ATC L02 that also treat other diseases (cancerprep/data/coding/
    endocrine_antineoplastics.json) as one pattern, and the cancer types each one treats (by its ATC class)."""
    classes = json.loads(resources.data("coding/endocrine_antineoplastics.json").read_text(encoding="utf-8"))["classes"]
    treats = {d: frozenset(c["types"]) for c in classes.values() for d in c["drugs"]}
    return re.compile(rf"(?<![\w-])(?i:{_prefix_tree(treats)})(?![\w-])"), treats


# a numbered cycle of a course of treatment, written as going on ("cycle 3 of 6", "C2D1", "C5 of 9", "cycle 9 today";
# not a menstrual "cycle day 14")
_COURSE_NOW = re.compile(r"\bcycle\s*#?\s*\d+\s*(?:of\s+\d+|today|started|given)\b|\bC\d{1,2}D\d{1,2}\b"
                         r"|\b(?-i:C)\d{1,2}\s+of\s+\d{1,2}(?=\s*(?:[.;,)\n]|$|today\b|given\b|started\b|due\b))"
                         # ... or a phase of a leukaemia or lymphoma course, with chemotherapy or an antineoplastic
                         # agent by its name stem (-rubicin anthracyclines, -abine antimetabolites, -platin, -taxel,
                         # -tinib/-nib kinase inhibitors, -mab antibodies, -toclax): "admitted for induction with
                         # liposomal daunorubicin-cytarabine" (not the induction of labour or of anaesthesia)
                         r"|\b(?:induction|re-?induction|consolidation|salvage)\s+(?:chemotherapy|chemo\b|with\s+"
                         r"(?:[\w-]+\s+){0,2}[\w-]*?(?:rubicin|cytarabine|abine|platin|taxel|nib|mab|toclax|asparaginase"
                         r"|vincristine|etoposide|fludarabine)\b)", re.I)
# intravesical BCG (bacillus Calmette-Guerin), a bladder cancer treatment, and BCG the tuberculosis vaccine
_BCG_RE = re.compile(r"\bBCG\b|\bbacill[ei] Calmette[- ]Gu[eé]rin\b|\bintravesical (?:BCG|immunotherapy)\b", re.I)
_VACCINE_RE = re.compile(r"[^.;]{0,20}\b(?:vaccin|immuni[sz]ation|scar\b)", re.I)
# a course of treatment going on, written before the drug ("on maintenance BCG", "receiving intravesical BCG",
# "tolerating osimertinib"); its words are also what opens a clause giving a drug now (`_GIVEN_NOW_CLAUSE`)
_GOING_ON = (r"on|receiving|receives|getting|taking|takes|tolerating|continues|continuing|undergoing|starting|started"
             r"|start|remains\s+on")
_PRESENT_COURSE = re.compile(rf"\b(?:{_GOING_ON}|currently|due for|now)\b(?:\s+[\w-]+){{0,2}}\s*$", re.I)
# the last dose of a treatment given recently, written after the drug ("last instillation one month ago"): it is
# still being given, whatever past cue stands before the drug
_RECENT_DOSE = re.compile(r"\b(?:last|latest|most recent)\s+(?:instillation|dose|infusion|injection|treatment|cycle)s?"
                          r"\b[^.;]{0,25}?\b(?:\d+|one|two|three|four|five|six|a)\s+(?:days?|weeks?|months?)\s+ago\b"
                          r"|\b(?:last|latest|most recent)\s+(?:instillation|dose|infusion|injection)s?\s+"
                          r"(?:was\s+)?(?:yesterday|today|last\s+week|this\s+week|last\s+month)\b", re.I)
# ... and a present-tense word after the past cue gives the drug now ("s/p mastectomy, now on letrozole")
_PAST_DRUG_RE = re.compile(r"\b(?:completed|finished|stopped|discontinued|was on|took|off|previously|prior|former"
                           r"|history of|s/p|status post|years? of|no longer|not on|intolerant"
                           # ... or not given at all ("No tamoxifen.", "declined letrozole")
                           r"|no|never|declined|refused|without)\b"
                           r"(?:(?!\b(?:now|currently|still|presently|remains|continues)\b)[^.;:]){0,30}$", re.I)
# the drug's own clause, after a comma, gives it now: the clause opens with a word of a course going on ("History of
# breast cancer, s/p lumpectomy, on tamoxifen", "..., taking anastrozole", "..., started osimertinib last month") and
# holds no other comma before the drug; a past cue of an earlier clause ("history of", "s/p") does not reach it
_GIVEN_NOW_CLAUSE = re.compile(rf",\s*(?:(?:and|but)\s+)?(?:(?:now|currently|still|presently)\s+)?(?:{_GOING_ON})\b"
                               r"[^,]*$", re.I)
# ... unless the course is said to have ended after the drug, in its sentence ("on tamoxifen for 5 years, completed
# 2019", "on letrozole until last year")
_COURSE_ENDED_AFTER = re.compile(r"\b(?:completed|finished|stopped|discontinued|ended|until|in\s+the\s+past"
                                 r"|no\s+longer)\b", re.I)
# a drug's stated indication: "for" after the drug and its dose and schedule ("letrozole 2.5 mg daily for ovulation
# induction", "rituximab weekly x4 for ITP"), up to the end of its clause
_INDICATION = re.compile(r"[ \t]*(?:[\w./-]+[ \t]+){0,5}?for[ \t]+([^.;:,()\n]{2,60})", re.I)
# the end of an indication's disease name ("for ITP since March", "for RA and for ...")
_INDICATION_END = re.compile(r"\b(?:and|or|with|since|in|on|per|at|until|after|last|today|yesterday|this|next|"
                             r"which|that|was|is|were)\b", re.I)
# a word that names a cancer or its spread, in an indication ("for metastatic melanoma", "for a tumour")
_CANCER_WORD = re.compile(r"cancer|carcinom|malignan|neoplas|metasta|tumou?r|leuk|lymphom|myelom|sarcom|\w\wom(?:a|as"
                          r"|ata)\b", re.I)
# words of the ICD-10-CM titles of other diseases that a course against cancer is also "for" ("for induction",
# "for local control", "for 6 weeks", "for high-risk disease"): they name no other disease
_COURSE_WORDS = frozenset({"induction", "control", "week", "weeks", "days", "months", "history", "daily", "versus",
                           "high", "risk", "positive", "negative", "residual", "local", "initial", "first", "second",
                           "third", "stage", "grade", "total", "partial", "management", "prevention", "with", "without",
                           "therapy", "treatment", "maintenance", "relapse", "remission", "recurrent", "consolidation"})
# ... or written after it ("anastrozole completed", "tamoxifen x5 years, stopped 2019")
_DRUG_OVER_AFTER = re.compile(r"[ \t]*(?:[\w-]+[ \t]+){0,3}?(?:completed|finished|stopped|discontinued|ended)\b", re.I)
# the patient's own, established disease written right before the mention ends a doubt or a hypothesis
# whose cue stands earlier: "rule out metastatic disease in this patient with known renal cell carcinoma",
# "radiation versus surgery for his prostate cancer" (not "her risk of", "his chance of")
# The words between are the disease's own modifiers ("her metastatic breast cancer"): a verb or a conjunction
# ends the possessed phrase ("for his anemia include multiple myeloma" is a list, not his myeloma).
_OWN_DISEASE = re.compile(r"\b(?:known|his|her|diagnosed with|biopsy[- ]proven|newly diagnosed)\s+"
                          r"(?:(?!(?:of|for|to|risk|chance|possible|probable|suspected|presumed|include[sd]?|including"
                          r"|is|are|was|were|be|been|has|have|had|and|or|with|which|that|as|such|could|may|might"
                          r"|would|will)\b)[\w-]+\s+){0,3}$", re.I)
# ... or only sought: "r/o brain mets", "rule out metastatic disease", "to exclude recurrence" (an order's indication
# asks, as `status._NEGATED_BEFORE` reads it)
_NO_ACTIVE_RE = re.compile(r"(?:\b(?:no|without|negative for|free of|rule[ds]?\s+out|ruling\s+out|to\s+exclude)\b"
                           r"|(?<!\w)r/o\b)(?:(?!\b(?:but|however|although|though)\b)[^.;])"
                           r"{0,40}$", re.I)  # a contrast ends it: "no current treatment, but new lung metastases"
# an adjective of recurrence or of disease left ("recurrent", "persistent", "progressive", "residual") says so of a
# cancer only when nothing else is what it qualifies: "recurrent urinary tract infections", "progressive dyspnea",
# "persistent diarrhea since surgery" are other conditions (`TextCoder._other_condition`)
_STATE_ADJECTIVE = re.compile(r"(?:recurrent|persistent|progressive|residual)\s+", re.I)
# nouns a cancer's recurrent or residual disease is written as, besides the vocabulary's disease words and sites
_DISEASE_NOUNS = frozenset({"disease", "tumor", "tumors", "tumour", "tumours", "mass", "masses", "lesion", "lesions",
                            "nodule", "nodules", "node", "nodes", "nodal", "adenopathy", "lymphadenopathy", "implant",
                            "implants", "deposit", "deposits", "malignancy", "neoplasm", "stage", "grade", "focus",
                            "foci", "cancer", "ca"})
# what ends the noun phrase an adjective qualifies
_PHRASE_ENDS = frozenset({"of", "in", "at", "to", "for", "from", "on", "with", "after", "since", "and", "or", "but",
                          "that", "which", "who", "despite", "requiring", "is", "are", "was", "were", "has", "have"})
# a tumour marker written as going up ("rising PSA", "CEA has been rising", "CA-125 is increasing again"): the cancer
# it marks is back (biochemical recurrence), though no site is named
_RISING_BEFORE = re.compile(r"\b(?:rising|increasing|climbing|uptrending|up-trending|doubling)\s+(?:serum\s+)?$", re.I)
_RISING_AFTER = re.compile(r"\s*(?:levels?\s+)?"
                           r"(?:(?:of|at|is|was)\s+[\d.]+\s*(?:ng/ml|u/ml|units)?\s*,?\s*(?:and\s+)?)?"
                           r"(?:(?:is|are|has|have|was|were|had)\s+(?:been\s+)?|continues\s+to\s+)?"
                           r"(?:again\s+)?(?:rising|increasing|climbing|uptrending|trending\s+up|rose|risen|doubled)\b",
                           re.I)
_NOT_RISING = re.compile(r"\b(?:no|not|without)\s+$", re.I)
# ... but a rise a past treatment answered ("then underwent salvage radiation therapy for rising PSA", "received
# chemotherapy in 2015 for a rising CEA") is that past recurrence, not one now
_TREATED_FOR_BEFORE = re.compile(r"\b(?:underwent|received|had|completed|was\s+(?:treated|given))\b[^.;:]{0,60}?"
                                 r"\bfor\s+(?:an?\s+|the\s+)?$", re.I)
# a pathology report's statement of where the tumour is ("Tumor site: rectosigmoid junction", "The tumor is
# centered in the lower lobe of the right lung"): the most precise site the report gives
_TUMOR_SITE_RE = re.compile(r"\btumou?r\s+(?:site|location)\s*:|\b(?:tumou?r|carcinoma|neoplasm)\s+(?:is|was)\s+"
                            r"(?:centered|centred|located|situated|based)\s+(?:in|at|on|within)\b", re.I)
# microinvasion (stromal invasion of 1 mm or less) makes a carcinoma in situ invasive: "DCIS with a focus of
# microinvasion" is C50 (the AJCC's pT1mi), not D05; not where it is denied or only doubted
_MICROINVASION = re.compile(r"\bmicro-?\s?invas(?:ion|ive)\b", re.I)
_NO_MICROINVASION = re.compile(r"\b(?:no|without|negative for|free of|absence of|rule out|r/o|suspicious for"
                               r"|suspicion of|possible|questionable|equivocal for|indeterminate for|cannot"
                               r"|concern for)\b[^.;:]{0,30}$", re.I)
_MICROINVASION_ABSENT = re.compile(r"^[^.;,]{0,20}?\b(?:not|absent|negative|excluded|cannot|questionable|equivocal)\b",
                                   re.I)
# a distance measured from the anus ("8 cm from the anal verge") places a tumour above it, at a level of the rectum
# (15 cm above the verge by endoscopy) or of the colon beyond: the anal landmark is where the measure starts, not the
# tumour's site
_LEVEL_RE = re.compile(r"\b(\d+(?:\.\d+)?)(?:\s*(?:-|to)\s*\d+(?:\.\d+)?)?\s*(cm|centimeters?|centimetres?|mm"
                       r"|millimeters?|millimetres?)\s+(?:from|above|proximal to|off|beyond)\s+(?:the\s+)?$", re.I)
_RECTUM_LENGTH_CM = 15.0
# words in quotation marks: what the patient said in lay words ('a lump under my tongue', "a spot on my liver")
_QUOTE_RE = re.compile(r"(?:(?<=[\s(:;,-])|^)'[A-Za-z][^'\n]{1,200}?'(?=[\s.,;:)!?-]|$)|\"[^\"\n]{2,200}\"", re.M)
_LIST_NUMBER = re.compile(r"(?<![\w/])\d{1,2}[).](?=[A-Za-z])")
_ALPHA_RE = re.compile(r"[A-Za-z]")
_WORD_RE = re.compile(r"[A-Za-z]+")
# A line break inside a sentence: after a word or comma, before a word that is not a list item or a heading.
_SOFT_WRAP = re.compile(r"(?<=[A-Za-z0-9,;)])[ \t]*\n[ \t]*(?=[A-Za-z(])(?![A-Z][A-Za-z /&'()-]{0,50}:)"
                        # a grade cut from its initialism or word ("CIN\n3", "stage\nIV") by a wrap
                        r"|(?:(?<=[A-Z][A-Z])|(?<=[Gg]rade)|(?<=[Ss]tage)|(?<=GRADE)|(?<=STAGE))(?![A-Za-z])"
                        r"[ \t]*\n[ \t]*(?=(?:\d|I{1,3}|IV)\b)")
# the first three digits opening each ICD-O-3 morphology group ("805-808 squamous cell neoplasms", "814-838
# adenomas and adenocarcinomas", ...): a subtype and its parent histology share one (`TextCoder._kin_topography`)
_MORPHOLOGY_GROUPS = (800, 801, 805, 809, 812, 814, 839, 843, 844, 850, 855, 856, 858, 859, 868, 872, 880, 881, 884,
                      885, 889, 893, 894, 895, 899, 900, 904, 905, 906, 910, 911, 912, 917, 918, 925, 926, 927, 935,
                      936, 937, 938, 949, 953, 954, 958, 959, 973, 976, 980)
_LEFT_GAP = 3     # tokens allowed between a site written before a histology and the histology
# an organ's adjective before these names a region of lymph nodes or of the spine, not the organ ("cervical lymph
# node biopsy: squamous cell carcinoma" is a node of the neck, not the uterine cervix)
_NODE_WORDS = frozenset({"lymph", "node", "nodes", "nodal", "lymphadenopathy", "adenopathy", "spine"})
_RIGHT_GAP = 7    # tokens allowed between a histology and a site after "of"/"in"
_LINK_WORDS = {"of", "in", "involving", "within", "from", "arising"}
# what may stand between "on" and the skin region a lesion is on: a determiner, a side, a position on it
_SURFACE_QUALIFIERS = frozenset({"the", "his", "her", "their", "left", "right", "upper", "lower", "mid", "middle",
                                 "central", "anterior", "posterior", "dorsal", "volar", "medial", "lateral"})


def _on_surface(words: list[str]) -> bool:
    """What stands between "on" and a skin region is a determiner, side or position (`_SURFACE_QUALIFIERS`), or a
    participle describing the skin, hyphenated or not ("on the sun-damaged right forearm", "on the photodamaged
    scalp"): a lesion on that surface, not "on imaging"."""
    compounds = " ".join(words).replace(" - ", "-").split()
    return all(w in _SURFACE_QUALIFIERS or (len(w) > 4 and w.endswith("ed")) for w in compounds)


# Latin adjective forms of single-word site nouns (ICD-10-CM / ICD-O-3 site names): "appendiceal" from
# appendix, "laryngeal" from larynx, "esophageal", "ileal", "tracheal", "conjunctival", "choroidal"; irregular ones
# (pulmonary, renal, hepatic...) are in the taxonomy's site words.
_ADJECTIVE_SUFFIXES = (("ix", "iceal"), ("ynx", "yngeal"), ("agus", "ageal"), ("um", "al"), ("ea", "eal"),
                       ("a", "al"), ("ur", "oral"), ("erus", "eral"), ("oid", "oidal"))
# endings of site words that take no plural: adjectives ("renal", "gastric", "tonsillar") and nouns that end in s/x
_NO_PLURAL = ("al", "ic", "ar", "ous", "s", "x", "ch", "sh", "um", "us", "ae", "ix", "oid", "ed", "ing")
# "Tumor" alone is never a cancer, except where clinical usage means the malignancy: WHO classifies the
# papillary and flat urothelial tumours of the bladder as carcinomas (benign ones are rare), so a
# "bladder tumor" (and its TURBT) is a bladder cancer. Types, not strings.
TUMOR_MEANS_CANCER = frozenset({"bladder"})
# types decided by morphology whose ICD-10-CM code still follows the site: a melanoma of the skin is C43 at
# the skin site's sub-site (C44.5 trunk -> C43.5), one of another organ that organ's code (choroid C69.3,
# anal canal C21.1, vulva C51): ICD-10-CM index, "Melanoma ... see Neoplasm, by site, malignant"
SITE_CODED_MORPHOLOGY = frozenset({"melanoma"})
_TUMOR_WORDS = ("tumor", "tumors", "tumour", "tumours")
# prefixes that make an initialism an antibody's or a receptor's target ("anti-GBM" glomerular basement membrane)
_ANTI_WORDS = frozenset({"anti"})
# a finding written as absent right before its name, with at most two words between ("no circulating blasts",
# "without blasts", "negative for the BCR-ABL1"); a result written after it ("HER2 negative") is a finding's value
_ABSENT_BEFORE = re.compile(r"\b(?:no|without|negative for|absence of|free of)\s+(?:[\w-]+\s+){0,2}$", re.I)
# the British (and Commonwealth) spellings of the American word parts of ICD-O-3 and ICD-10-CM terms, which are spelled
# the American way: "yolk sac tumour", "haemangiosarcoma", "oesophageal", "phaeochromocytoma", "leukaemia",
# "aesthesioneuroblastoma"; each at a word's start, or after the part it follows ("leuk-", "-globulin-")
_BRITISH = ((re.compile(r"tumor"), "tumour"), (re.compile(r"(?<=leuk)emi"), "aemi"),
            (re.compile(r"(?<=globulin)emi"), "aemi"),
            (re.compile(r"\bhem(?=a|o)"), "haem"), (re.compile(r"\besophag"), "oesophag"),
            (re.compile(r"\bpheo"), "phaeo"), (re.compile(r"\besthesio"), "aesthesio"),
            (re.compile(r"\bestrogen"), "oestrogen"), (re.compile(r"\bedema"), "oedema"))
# units of measure an abbreviation may also be ("MM": millimetres): like the English words ("ALL"), such an
# abbreviation counts only with its disease spelled out or corroborated (`TextCoder._corroborated`)
# the words naming a part of an organ by its position ("upper lobe", "lower outer quadrant", "main bronchus")
_POSITION_WORDS = frozenset({"upper", "middle", "lower", "inner", "outer", "main"})
# an unknown word this long with one letter changed from a cancer or site word is a typo of it ("leukemea")
_SUBSTITUTION_LENGTH = 7
_UNIT_WORDS = frozenset({"mm", "cm", "ml", "mg", "kg", "mcg", "ng", "dl", "mmol", "meq", "iu"})
# the words written between a staging system's name and its value ("Rai stage", "Clark level", "Borrmann type")
_STAGE_WORDS = ("stage", "level", "class", "risk", "group", "category", "type", "grade", "score")
# the value of a stage or risk group written after a staging system's name: a Roman or Arabic stage with its
# sub-letters ("IVB", "IIIA", "2", "0"; up to 5 for the grade groups and the Deauville score), a letter group ("A",
# "C"), a thickness ("0.6 mm"), a risk group ("intermediate", "high"); a
# bare letter or numeral must end its phrase (punctuation, a line end, a capitalised word or "of <n>" after it), so a
# surname before a word ("Clark I think") is none
_STAGE_VALUE = (r"(?:\d+(?:\.\d+)?\s*mm\b|(?i:favou?rable|intermediate|adverse|low|high|poor)\b"
                r"|(?:[IV]{1,4}[A-ES]{0,2}|[0-5][A-E]?|[A-D][1-3]?)(?=[ \t]*(?:[,;.)/\n]|$)|\s+[A-Z(]|\s+of\s+[0-9]))")
# a pathological TNM stage of an invasive tumour ("pT2N1aM0", "ypT3 N0")
_PTNM_RE = re.compile(r"\by?pT[1-4][a-d]?(?:\([a-z]+\))?\s*N(?:[0-3][a-c]?|x)(?:\([a-z/0-9 ]+\))?(?:\s*M[01x])?\b")
# an abbreviation used as a diagnosis: followed by "dx" / "diagnosis" (at an age or a year), "diagnosed",
# "in remission", "relapse(d)"
# ... or a response of the disease written by its criteria's abbreviation: "in CR1", "in sCR", "in VGPR", "MRD-negative"
# ... also after the treatment that gave it ("HCL on cladribine, now in CR", "MCL after R-CHOP and now in remission")
_AS_DIAGNOSIS = re.compile(r"\s*,?\s*(?:(?:on|after|s/p|post|following|treated with)\s+[\w/+-]+(?:\s+[\w/+-]+){0,2}?"
                           r"\s*,?\s*(?:and\s+)?now\s+(?=in\b))?"
                           r"(?:dx\b|diagnosed\b|diagnosis\s+(?:at\s+)?(?:age\b|in\s+\d|\d)|in\s+(?:\w+\s+){0,2}remission\b|relapsed?\b"
                           r"|(?:in\s+)?(?-i:s?CR[ih]?\d?|VGPR|MRD)(?![a-z])(?:[- ]?neg\w*)?)", re.I)
# what may follow an abbreviation written as a disease: its stage or grade, the organ it is of or in, a drug it is on
# (its kind may come first: "CHL, nodular sclerosis, stage IIA")
_DISEASE_AFTER = re.compile(r"\s*,?\s*(?:[A-Za-z-]+(?:\s+[A-Za-z-]+)?\s*,\s*){0,2}"
                            r"(?:(?:clinical|pathologic(?:al)?|ann arbor|figo)\s+)?(?:stage|grade)\s+"
                            r"(?:[0-4]|I{1,3}V?|IV)[A-Ca-c]?\b"
                            r"|\s+(?:of|in|involving|arising in|arising from)\s+(?:the\s+)?"
                            r"(?P<site>[A-Za-z]+(?:\s+[A-Za-z]+){0,2})"
                            r"|\s*,?\s+on\s+(?P<drug>[A-Za-z])", re.I)
# what was written just before a disease abbreviation that makes it the leukaemia's lineage ("B-cell ALL", "pre-B
# ALL", "Ph+ ALL")
_LINEAGE_BEFORE = re.compile(r"(?:\b[bt][- ]?cell|\bpre-?b|\bph\+|philadelphia(?:[- ]positive)?)\s*$", re.I)
# a Gleason score with its value ("Gleason 3+4=7", "Gleason score of 4 + 3", "Gleason sum 6 (3+3)")
_GLEASON_SCORE = re.compile(r"\bgleason(?:'s)?(?:\s+(?:score|sum|grade|pattern)s?)?(?:\s*(?:of|is|was|=|:))?\s*"
                            r"(?:\(?\s*[1-5]\s*\+\s*[1-5]|(?:[2-9]|10)\b)", re.I)
# endings of ordinary English adjectives, adverbs, participles and plurals ("cortical", "cystic", "poorly",
# "combined", "collecting"): words too common in notes to pre-select one on their own
_ORDINARY_ENDINGS = ("al", "ic", "ly", "ed", "ing", "ar", "ate", "ive", "ous", "age", "ant", "ent", "s", "ory", "ile",
                     "oid", "ion", "ity", "ted")
# ICD-O-3 squamous and basal cell carcinomas (805-811): SEER's validation list leaves out the skin (C44) for
# them because registries do not collect skin keratinocyte cancers, but they are the skin's commonest
# malignancies and ICD-10-CM codes them C44 ("Skin, cheek, biopsy: squamous cell carcinoma")
_KERATINOCYTE = ("805", "811")
# every malignant neoplasm and carcinoma of ICD-O-3 800-811 (neoplasm NOS, carcinoma NOS, undifferentiated, squamous,
# basal): SEER leaves the skin out of them all for the same reason, yet "carcinoma" of the skin of the eyelid
# ("sebaceous carcinoma", a skin-appendage carcinoma the list names only as "sebaceous adenocarcinoma") and "other
# malignant neoplasm of skin of ear" (an ICD-10-CM title) are skin cancers, C44
_SKIN_CARCINOMAS = ("800", "811")
# words of ICD-10-CM titles that say nothing of which haematological cancer it is
_TITLE_GENERIC = {"leukemia", "lymphoma", "myeloma", "malignant", "neoplasm", "neoplasms", "type", "cell", "cells",
                  "unspecified", "not", "having", "achieved", "remission", "relapse", "other", "specified", "and",
                  "the", "with", "without", "of", "in", "site", "sites", "lymph", "nodes", "node", "history",
                  "primary", "nos", "subtype", "variant", "variants"}
# the lineage a lymphoid cancer's name gives ("B-cell", "T-cell", "NK/T-cell"): an ICD-10-CM code whose own name, or
# its category's title, gives the other lineage is no kind of it ("ALK-positive large B-cell lymphoma" is no C84.6
# "Anaplastic large cell lymphoma, ALK-positive" of C84 "Mature T/NK-cell lymphomas")
_LINEAGE_RE = re.compile(r"\b([bt])[- ]?(?:cell|lymph)|\b(nk)\b", re.I)
_PRIMARY_WORDS = ("primary", "origin")


def _lineages(text: str) -> frozenset[str]:
    """The lymphoid lineages `text` names: "b", "t" (NK cells are the T/NK codes' lineage), none, or both."""
    return frozenset("t" if m.group(2) else m.group(1).lower() for m in _LINEAGE_RE.finditer(text))

# a sentence saying the primary is not known: "carcinoma of unknown primary", "occult primary", "no primary site
# has been identified", "the primary remains undetermined"
_UNKNOWN_PRIMARY = re.compile(
    r"\b(?:unknown|occult|unidentified|undetermined|undetected)\s+(?:primary|origin)\b"
    r"|\bprimary\s+(?:site\s+|tumou?r\s+|source\s+)?(?:is\s+|was\s+|remains\s+|has\s+|have\s+)?(?:not\s+)?(?:been\s+)?"
    r"(?:unknown|undetermined|unidentified|not\s+(?:been\s+)?(?:identified|found|determined|located))\b"
    r"|\bno\s+primary\s+(?:site\s+|tumou?r\s+|source\s+|lesion\s+)?(?:has\s+been\s+|was\s+|is\s+|could\s+be\s+)?"
    r"(?:identified|found|seen|located)\b", re.I)
# a primary named by a compound adjective of organs ("consistent with a pancreaticobiliary primary", "of
# gastroesophageal origin")
_COMPOUND_PRIMARY = re.compile(r"\b([a-z]{4,}o-?[a-z]{4,})\s+(?:primary|origin)\b", re.I)
# a finding of an organ that imaging or examination shows ("right upper lobe lung nodule", "mass in the
# pancreatic tail"): where a histology the note gives no site for most likely arose; an ulcer too, of a digestive
# organ only (C15-C26), as an endoscopy finds a carcinoma of the stomach or gullet ("a deep ulcer of the gastric body
# ... biopsies: adenocarcinoma"); an ulcer of the skin or a limb is a wound, whose cancer has its own site rules
_MASS_WORDS = {"mass", "masses", "nodule", "nodules", "lesion", "lesions", "tumor", "tumors", "tumour", "tumours",
               "polyp", "polyps", "ulcer", "ulcers"}
_GUT_ONLY_MASS_WORDS = frozenset({"ulcer", "ulcers"})
_MASS_RE = re.compile(r"\b(?:" + "|".join(sorted(_MASS_WORDS, key=len, reverse=True)) + r")\b", re.I)
# ... the words that give any organ a mass (not an ulcer, which may be a wound's): a stretch holding one leaves a
# histology's site to the one-mass rule
_ANY_ORGAN_MASS_RE = re.compile(r"\b(?:" + "|".join(sorted(_MASS_WORDS - _GUT_ONLY_MASS_WORDS, key=len, reverse=True))
                                + r")\b", re.I)
# the words that put a mass in or on its organ ("mass of the", "tumor occluding the left upper lobe bronchus")
_MASS_LINKS = frozenset({"in", "of", "involving", "within", "occluding", "obstructing", "narrowing", "encasing",
                         "invading", "infiltrating", "filling", "arising"})
_NEGATING = {"no", "without", "negative", "denies", "free", "not"}
# a site written before one of these words and then a histology is where the cancer spread, not its primary
# ("Liver, biopsy: metastatic adenocarcinoma", "brain metastasis from lung cancer", "Lung mass: metastatic RCC")
_SPREAD_WORDS = {"metastatic", "metastasis", "metastases", "mets", "metastasized", "metastasised", "from"}
_STOP_WORDS = {"to", "into", "toward", "towards", "and", "with", "versus", "vs", "or"}
# an organ followed by one of these names a graft, not where a tumour is ("squamous cell carcinoma in this kidney
# transplant recipient" is of the skin)
# remission written of a leukemia or myeloma ("in first complete remission", "achieved remission"), not negated
# ... also by its response criteria's abbreviation ("in CR", "achieved CR1", "in sCR": a complete remission)
_REMISSION_RE = re.compile(r"\b(?:in|into|achieved|attained|achieving|remains in)\s+(?:a\s+)?(?:(?:[a-z-]+\s+){0,2}"
                           r"remission\b|(?-i:s?CR\d?)\b)", re.I)
_NOT_IN_REMISSION = re.compile(r"\b(?:not|never|no|failed to|without)\b[^.;]*$", re.I)
_REMITTING = frozenset({"leukemia", "myeloma"})
# a relapse of a leukemia or myeloma ("in first relapse", "relapsed AML", "relapsed/refractory myeloma"), not negated
# ("no relapse", "relapse-free", "risk of relapse" is ConText's hypothetical, read here by the words before it)
_RELAPSE_RE = re.compile(r"\b(?:in|with|at|now in)\s+(?:(?:a|her|his|first|second|third|\d(?:st|nd|rd|th)|early"
                         r"|late|medullary|marrow|\w+-marrow)\s+){0,2}relapse\b(?!-)|\brelapsed\b", re.I)
_NO_RELAPSE = re.compile(r"\b(?:not|never|no|without|free of|risk of|prevent\w*|reduce\w*)\b[^.;]*$", re.I)
_TREATED_RE = re.compile(r"\b(?:treated|chemotherapy|transplant(?:ation)?|radiotherapy|off (?:all )?(?:therapy|"
                         r"treatment))\b", re.I)
_ON_TREATMENT = re.compile(r"\b(?:is|are|remains?|stays?|now|still|currently)\s+(?:on|receiving|taking|getting)\b|"
                           r"\bmaintenance\b", re.I)
_NOT_TREATED = re.compile(r"\b(?:never|not|no|without|yet to be|awaiting)\b[\w ]{0,12}$", re.I)
# what a test of a specimen found (past tense: the present is also the conditional's, "if it shows")
_RESULT_VERBS = RESULT_VERBS | {"confirmed"}  # "biopsy confirmed" links a site as "showed" does
_GRAFT_WORDS = {"transplant", "transplants", "transplantation", "transplanted", "graft", "allograft", "donor",
                "recipient"}


# Markers the taxonomy lists under one type (for a rising marker in that type's note) that are raised or found in
# adenocarcinomas and carcinomas of several organs: CEA (colorectal, lung, pancreas, stomach, breast), MSI-high / dMMR
# (colorectal, endometrium, stomach), KRAS G12C (lung more often than colorectal), CA 19-9 (pancreas, bile ducts,
# stomach), CA-125 (ovary, endometrium, peritoneum). Beside a site-less histology they say no organ
# (`_sentence_markers`).
_PAN_TUMOUR_MARKERS = frozenset({"cea", "msi-h", "msi-high", "dmmr", "kras g12c", "ca 19-9", "ca19-9", "ca 19.9",
                                 "ca-19-9", "ca-125", "ca 125"})


@dataclass
class TermInfo:
    """What a vocabulary term says on its own: a histology may need a site before it names a type."""

    type_id: str | None      # None: the term needs a site to name a type
    code: str | None
    weak: bool = False       # only counts when linked to a site ("CA")
    topography: frozenset[str] | None = None  # ICD-O-3 sites where this histology occurs
    tumor: bool = False      # "tumor": counts only with a site of a TUMOR_MEANS_CANCER type
    secondary: bool = False  # names a spread ("carcinomatosis"): a site next to it is not the primary
    in_situ: bool = False    # an in-situ histology (ICD-O-3 behaviour /2): its site's D00-D09 code, not the C code
    block: str | None = None  # the ICD-10-CM subcategory that codes this histology at its site (`_SITE_BLOCKS`)
    fallback: tuple[str, str] | None = None  # (type, code) when it finds no site (`_bare_fallbacks`)
    sites_of: frozenset[str] | None = None  # a named disease's ICD-O-3 sites, where its code is one organ's of them
    kin_topography: frozenset[str] | None = None  # also where its parent histology occurs (`_kin_topography`)


@dataclass
class Mention:
    """One affirmed cancer mention, with what `decide` weighs: section, currency and side."""

    start: int               # character offsets of the whole mention (histology + site)
    end: int
    type_id: str | None
    code: str
    section: str
    current: bool = True
    evidence: str = ""
    side: str | None = None
    weight: float = 1.0
    note_active: bool = False  # the note speaks of spread or recurrence (not negated, not family)
    cured: bool = False        # the note says a treatment was given and is over, or no disease is left (a past
    # leukemia or myeloma so written is personal history, not its code "not having achieved remission")
    watched: bool = False      # its own phrase says it is watched, not treated ("on active surveillance",
    # "smoldering", "no treatment"): among several current cancers the treated one is the episode's
    status: int = UNSAID       # what its own phrase says of its time (`status.mention_status`): among several current
    # cancers the one treated or found now is the episode's



# words after an abbreviation that make it the label of a coding category ("HCC codes", "HCC 37 diabetes")
_CODE_LABEL_WORDS = frozenset({"code", "codes", "coding", "category", "categories", "score", "scores"})
_MEASURE_AFTER = _UNIT_WORDS | {"%", "x", "centimeters", "centimetres", "millimeters", "millimetres", "percent"}


def _numbered_label(doc: Any, i: int) -> bool:
    """The tokens at `i` make the abbreviation before them a numbered or named category, not the disease: a whole
    number that is no year and measures nothing ("HCC 37 diabetes", "HCC 226"; not "HCC 3 cm", "CLL 2019"), or a
    word naming a code ("HCC codes")."""
    t = doc[i]
    if t.lower_ in _CODE_LABEL_WORDS:
        return True
    if not t.is_digit or re.fullmatch(r"(?:19|20)\d\d", t.text):
        return False
    return i + 1 >= len(doc) or doc[i + 1].lower_ not in _MEASURE_AFTER


# the histology's own descriptors a diagnosis line writes between it and its site ("Invasive carcinoma of no special
# type, grade 3, left breast"): its type NOS, its grade or differentiation; no other word
_DESCRIPTOR = re.compile(r"(?:of\s+)?(?:no\s+special\s+type|nst"
                         r"|(?:(?:nottingham|histologic(?:al)?|nuclear|combined|who)\s+)?grade\s+(?:[1-4]|iv|i{1,3})"
                         r"(?:\s*(?:/|of|out\s+of)\s*(?:3|4|iii|iv))?|g[1-4]"
                         r"|(?:well|moderately|poorly|un)[- ]?differentiated|(?:high|low|intermediate)[- ]grade)", re.I)


_CLEARED = _NEGATING | {"benign", "normal", "unremarkable"}


def _cleared_clause_end(doc: Any, site: Any, upto: int) -> int:
    """The first semicolon between `site` and token `upto` where the site's own clause (back to the sentence's start
    or the semicolon before) found it clear ("No evidence of malignancy on the thyroid biopsy;", "Thyroid FNA
    negative;"); else `upto`. What such a site's clause says ends there: a label or result after it is another
    test's."""
    semi = next((t.i for t in doc[site.end:upto] if t.text == ";"), None)
    if semi is None:
        return upto
    lo = site.start
    while lo > site.sent.start and doc[lo - 1].text != ";":
        lo -= 1
    return semi if any(t.lower_ in _CLEARED for t in doc[lo:semi]) else upto


def _apposition(doc: Any, hist: Any, site: Any, between: Any) -> bool:
    """A diagnosis line "Squamous cell carcinoma, right tonsil.": the site follows the histology after one
    comma (laterality words allowed) and ends the clause, so it is no list. The histology's own descriptors may
    stand before that comma, each in its own comma segment ("..., grade 3, left breast"; "... of no special type,
    left breast"), as they describe it and name no other condition."""
    words = [t for t in between if t.lower_ not in _SIDE_WORDS]
    if site.start < hist.end or not words or words[-1].text != ",":
        return False
    segments = [seg.strip() for seg in "".join(t.text_with_ws for t in words).split(",")[:-1]]
    if not all(_DESCRIPTOR.fullmatch(seg) or (i == 0 and not seg) for i, seg in enumerate(segments)):
        return False
    nxt = doc[site.end] if site.end < len(doc) else None
    return nxt is None or nxt.is_sent_start or nxt.text in (".", ";", "(", ":") or nxt.is_space


# a word in capitals, perhaps after one lower-case letter ("ESCC", "cSCC"): where a compound initialism may stand
_CAPITAL_RUN = re.compile(r"[A-Za-z][A-Z]{3,}")
# the words right after and before a compound initialism (`TextCoder._beside_site`)
_WORD_AFTER = re.compile(r"[ \t]+([A-Za-z]+)")
_WORD_BEFORE = re.compile(r"([A-Za-z]+)[ \t]+$")
# the side written between a telegraphic abbreviation and its organ ("CA L breast", "UTUC R renal pelvis")
_SIDE_LETTERS = frozenset({"r", "l", "rt", "lt", "right", "left", "bilateral", "bilat"})
# the words that link a histology written before its site to it, and the sides written between them
_SITE_LINKS = frozenset({"of", "in", "on", "involving", "within", "from", "arising"}) | _SIDE_LETTERS
# the adjective ending an organ's stem drops in a compound adjective ("adrenal" + "cortical": "adrenocortical")
_COMPOUND_STEM = re.compile(r"(?:eal|al|ic|ar|ary|ous)$")
# a disease's head noun: a tumour ("-oma") or a blood cancer ("-emia")
_DISEASE_HEAD = re.compile(r"(?:oma|a?emia)$")
# the endings of the adjectives that open two-word disease names ("ductal", "anaplastic", "serous", "lobular",
# "medullary", "lymphoid", "undifferentiated", "basophil", "chromophobe", "warty"): no surname ends so
_ADJECTIVE_END = re.compile(r"(?:al|ic|ous|ar|ary|ed|oid|ive|ory|ean|phil|phobe|ty|ine)$")
# the cancer a visit follows, written as its label ("Melanoma surveillance", "breast cancer follow-up"; not "active
# surveillance", which watches a cancer still there)
_FOLLOWED_AFTER = re.compile(r"[ \t]*(?:surveillance|follow[- ]?up|survivorship)\b", re.I)
# a cytology's result in the clause of a mention ("urine cytology was positive for ...", "cytology: ...")
_CYTOLOGY_BEFORE = re.compile(r"\bcytolog\w*[^.;\n]*$", re.I)
# the skin written right before one of its parts: "Skin, upper lip", "skin of the right upper eyelid"
# ICD-10-CM categories of the skin alone (C44 "Other and unspecified malignant neoplasm of skin", C4A "Merkel cell
# carcinoma", D04 "Carcinoma in situ of skin"): a disease the taxonomy codes there arises in the skin wherever a note
# places it, so a part with a skin code of its own (lip, eyelid, ear) is that part's skin
_SKIN_CATEGORIES = ("C44", "C4A", "D04")
_SKIN_BEFORE = re.compile(r"\bskin\s*(?:,|\bof\b)\s*(?:the\s+)?(?:(?:left|right|upper|lower|inner|outer|mid|central)"
                          r",?\s+)*$", re.I)
# at most this many ICD-O-3 topography categories for a histology whose own name's site word names its organ
# ("endometrial stromal sarcoma" 4, "cutaneous T-cell lymphoma" 5; not "adenoid cystic carcinoma", 32)
_OWN_SITE_ORGANS = 10
# the head words of haematological disease names, whose initialisms notes write (`TextCoder._haematologic_initialisms`)
_HAEM_HEADS = frozenset({"lymphoma", "leukemia", "leukaemia", "myeloma"})
_SIDE_WORDS = {"left", "right", "bilateral", "the", "distal", "proximal", "mid"}
# a word pyspellchecker counts more often than this is a frequent English word (as `sample.planted` reads it)
_FREQUENT = 1000
# what a yes-no question asks a disease to be, right before it: "does the spot mean cancer?", "could this be
# lymphoma?", "is it turning into leukemia?" (`_asked`)
_ASKED_BEFORE = re.compile(r"\b(?:mean|means|meant|be|is\s+(?:it|this|that)|was\s+(?:it|this|that)|become|becoming"
                           r"|turn(?:s|ing)?\s+into|a\s+sign\s+of)\s+"
                           r"(?:(?!(?:my|his|her|their|your|our)\b)[\w-]+\s+){0,2}$", re.I)
# a yes-no question, opened by an auxiliary verb ("Is that the same as skin cancer?"), and a possessive right before the
# disease, which makes it the patient's own ("will my breast cancer come back?")
_YES_NO_QUESTION = re.compile(r"\s*(?:is|are|was|were|does|do|did|could|can|might|may|will|would|should|am)\b", re.I)
_POSSESSED_BEFORE = re.compile(r"\b(?:my|his|her|their|your|our)\s+(?:[\w-]+\s+){0,2}$", re.I)
# a reporting system's category of suspicion, which asks for a work-up and diagnoses nothing: BI-RADS 0-5, LI-RADS
# 1-4 and M, PI-RADS, Lung-RADS, O-RADS, TI-RADS, Bosniak, Bethesda I-V; not BI-RADS 6 (a biopsy-proven cancer),
# LI-RADS 5 (definite hepatocellular carcinoma by its criteria) or Bethesda VI (malignant)
_SUSPICION_CATEGORY = re.compile(
    r"\b(?:BI|Lung|PI|O|TI|C)-?RADS\s*(?:category\s*)?[:#]?\s*(?:[0-5][A-CX]?|4X)(?![\w])"
    r"|\bLI-?RADS\s*(?:category\s*)?[:#]?\s*(?:LR-?)?(?:[1-4]|M)(?![\w])|\bLR-?(?:[1-4]|M)(?![\w])"
    r"|\bBosniak\s+(?:category\s+)?(?:I{1,3}F?|IV|[1-4]F?)(?![\w])"
    r"|\bBethesda\s+(?:category\s+)?(?:I{1,3}|IV|V|[1-5])(?![\w])"
    r"|\bTR[1-5](?![\w])", re.I)
# "for" right before a histology, with its qualifiers between ("for stage IA adenocarcinoma", "for a pT2 carcinoma")
_FOR_BEFORE = re.compile(r"\bfor\s+(?:(?:an?|the|his|her|their|stage|grade|pT\w+|[IV]+[ABC]?\d?|low|high|invasive"
                         r"|primary|localized|localised|early)[- ]+){0,4}$", re.I)
# what says a work-up found the disease, between a category of suspicion and it
_RESULT_WORDS = re.compile(r"\b(?:showed|shows|revealed|reveals|demonstrated|confirmed|confirms|proven|diagnostic of"
                           r"|positive for)\b", re.I)
# a spread written before its primary ("liver metastases from", "adrenal mets of"), its organ's word in group 1
_SPREAD_FROM = re.compile(r"\b([a-z]+)\s+(?:metasta\w*|mets?)\s+(?:from|of)\s+(?:(?:an?|the|his|her|known)\s+)?$", re.I)
# what says a primary was removed ("resected", "wide excision", "nephrectomy")
_REMOVED_RE = re.compile(r"\b(?:resect(?:ed|ion)|excis(?:ed|ion)|removed|[a-z]+ectomy)\b", re.I)
# an agent noun: a person by what they do ("defenseman", "player", "fan" is none) (`TextCoder._qualifies_a_person`)
_AGENT_NOUN = re.compile(r"^[a-z]{3,}(?:man|men|er|ers|ist|ists|ian|ians)$")
# the words of an echocardiogram: the study, the valves and their parts, their flow and the pump's fraction
_HEART_CONTEXT = re.compile(r"\b(?:echo(?:cardiogra\w*)?|TTE|TEE|valves?|valvular|leaflets?|cusps?|mitral|tricuspid"
                            r"|regurgitation|ejection fraction|LVEF|(?-i:EF))\b", re.I)
# where a sentence or list item ended before a sentence: a full stop (and the export's comma), or a line end
_SENTENCE_END = re.compile(r"[.!?][ \t]*,?|\n")
# the days right after an operation: "POD 4", "post-operative day 2", "first post-op visit" (`TextCoder.mentions`)
_POSTOP_RE = re.compile(r"(?-i:\bPOD)\s*#?\s*\d{1,2}\b|\bpost-?\s?op(?:erative)?\s+day\s*#?\s*\d{1,2}\b"
                        r"|\b(?:first|1st|initial|early)\s+post-?\s?op(?:erative)?\s+(?:visit|check|appointment"
                        r"|review|clinic)\b"
                        # the ward's care in the days after an operation: diet advanced, drains and staples out
                        r"|\b(?:advancing|advanced|tolerating)\s+(?:(?:a|his|her)\s+)?(?:clear\s+|full\s+|soft\s+"
                        r"|regular\s+|liquid\s+)?diet\b|\b(?:JP\s+|surgical\s+)?drains?\s+(?:out|removed|pulled)\b"
                        r"|\b(?:staples|sutures)\s+(?:out|removed)\b|\bNG\s+tube\s+(?:out|removed)\b", re.I)


# "<cancer> surveillance / screening" (or an imaging word between: "HCC surveillance ultrasound")
_SCREEN_AFTER = re.compile(r"[ \t]*(?:\([A-Za-z]+\)[ \t]*)?(?:surveillance|screening|screen)\b", re.I)
# the conditions that put an organ at risk of its cancer, for which that cancer is watched for, not treated
_RISK_CONDITIONS = {
    "liver": re.compile(r"hepatitis\s*[bc]\b|\b(?:hbv|hcv|hbsag)\b|cirrho|\b(?:nash|mash)\b|steatohepatitis"
                        r"|ha?emochromatosis|alpha-?1[- ]antitrypsin", re.I),
    "colorectal": re.compile(r"ulcerative colitis|\bcrohn|\blynch\b|polyposis|\bfap\b", re.I),
    "breast": re.compile(r"\bbrca[12]?\b|atypical (?:ductal|lobular) hyperplasia|\bhigh[- ]risk\b", re.I),
    "pancreas": re.compile(r"\bipmn\b|\bcdkn2a\b|hereditary pancreatitis", re.I),
    "melanoma": re.compile(r"dysplastic n[a]?evi|atypical (?:n[a]?evi|moles)", re.I),
}
# what says the watched cancer is the patient's own: its history, treatment or diagnosis
_OWN_CANCER_CUE = re.compile(r"\b(?:history of|hx of|h/o|s/p|status post|treated|resect\w*|excis\w*|ablat\w*"
                             r"|recurren\w*|diagnosed|TACE|chemo\w*|radiation|radiotherapy|survivor|remission)\b", re.I)


def _watched_for(text: str, ent: Any, type_id: str | None) -> bool:
    """A cancer named as what an at-risk organ is watched for ("chronic hepatitis B; US and AFP every 6 months for
    liver cancer surveillance", "cirrhosis, HCC surveillance ultrasound"): the note names a condition that puts its
    organ at risk (`_RISK_CONDITIONS`) and the cancer's sentence says nothing of its own history or treatment, so it
    is screening, which the labelling rules code `none`. A treated cancer's surveillance keeps its cue."""
    risk = _RISK_CONDITIONS.get(type_id or "")
    if risk is None or not _SCREEN_AFTER.match(text, ent.end_char) or not risk.search(text):
        return False
    return _OWN_CANCER_CUE.search(ent.sent.text) is None


# "w/o" and "w/" as the words they stand for, so every cue written with "without" / "with" reads them
_SHORTHAND = re.compile(r"(?<![\w/])([Ww])/([Oo])?(?![\w/])|(?<![\w/])([Ww])/(?=[A-Za-z]{2})"
                        r"|(?<![\w/])([Rr])/([Oo])(?![\w/])")


# the side shortened with a full stop before the part it names ("Rt. breast", "lt. upper lobe"): the stop is the
# abbreviation's, not a sentence's end ("RT." in capitals is radiotherapy and stays)
_SIDE_STOP = re.compile(r"(?<![\w.])([RrLl]t)\.(?=[ \t]+[a-z])")


# "malignant" written before an organ and a tumour noun ("malignant prostate tumor", "Malignant lung mass")
_MALIGNANT_SITE_NOUN = re.compile(r"\b((?i:malignant))\s+([A-Za-z]+(?:\s+[A-Za-z]+)?)\s+"
                                  r"((?i:tumou?rs?|neoplasms?|mass(?:es)?|lesions?|growths?))\b")


# linings that several organs of different types share, which the taxonomy files under one of them as a site
# word: the urothelium lines the renal pelvis (kidney) as well as the ureters, bladder and urethra (bladder)
_LININGS = frozenset({"urothelial"})
# the weak initialism "ca" (not a tumour marker's "CA 19-9", "CA-125") ...
_WEAK_CA = re.compile(r"(?<![\w/'.-])(?:ca|Ca|CA)(?![\w/'-])(?![ \t]*\d)")
# ... before "in situ" (the behaviour the taxonomy's "carcinoma in situ" carries: "ductal ca in situ" is D05, not C50)
_IN_SITU_AFTER = re.compile(r"[ \t]+in[ \t]+situ\b", re.I)
# clinical abbreviations of an organ written beside "ca" in problem lists ("Br ca", "Ca prost"): the adjective before
# it, the noun after it (abbreviations of clinical shorthand, read only beside the initialism)
_SITE_ABBR_BEFORE = {"br": "breast", "brst": "breast", "prost": "prostate", "endomet": "endometrial",
                     "panc": "pancreatic", "pancr": "pancreatic", "ov": "ovarian", "esoph": "esophageal",
                     "cx": "cervical", "thyr": "thyroid"}
_SITE_ABBR_AFTER = {"br": "breast", "brst": "breast", "prost": "prostate", "endomet": "endometrium",
                    "panc": "pancreas", "pancr": "pancreas", "ov": "ovary", "esoph": "esophagus", "cx": "cervix",
                    "thyr": "thyroid"}
_ABBR_ALT = "|".join(sorted(_SITE_ABBR_BEFORE, key=len, reverse=True))
_SITE_ABBR_CA = re.compile(r"(?<![\w/'.-])(?i:(" + _ABBR_ALT + r"))\.?([ \t]+)(ca|Ca|CA)(?![\w/'-])(?![ \t]*\d)"
                           r"|(?<![\w/'.-])(ca|Ca|CA)([ \t]+)(?i:(" + _ABBR_ALT + r"))\b(?![\w/'-])")


def _plain_weak_ca(text: str) -> str:
    """The note with the weak "ca" written "carcinoma" where its words say what it is without a site: before "in
    situ" ("ca in situ of the bladder" is D09.0, where "bladder ca" read alone lost the in situ), or in a sentence
    saying its primary is unknown ("metastatic CA of unknown origin": the taxonomy's weak initialism needs a site,
    and the unknown primary is that statement); and an organ's clinical abbreviation beside it written out ("Br ca",
    "Ca prost")."""
    if "ca" not in text.lower():
        return text

    def carcinoma(m: re.Match[str]) -> str:
        word = m.group(0)
        new = "CARCINOMA" if word.isupper() else "Carcinoma" if word[0].isupper() else "carcinoma"
        if _IN_SITU_AFTER.match(text, m.end()):
            return new
        end = min((i for i in (text.find(c, m.end()) for c in (".", ";", "\n")) if i >= 0), default=len(text))
        return new if _UNKNOWN_PRIMARY.search(text, m.end(), end) else word

    def site(m: re.Match[str]) -> str:
        if m.group(1):
            abbr = m.group(1)
            word = _SITE_ABBR_BEFORE[abbr.lower()]
            return (word.capitalize() if abbr[0].isupper() else word) + m.group(2) + m.group(3)
        return m.group(4) + m.group(5) + _SITE_ABBR_AFTER[m.group(6).lower()]

    return _SITE_ABBR_CA.sub(site, _WEAK_CA.sub(carcinoma, text))


# a tumour noun whose malignancy is said after it, in a relative clause or predicate of its own sentence: "a mass in
# the left breast which was malignant on biopsy", "a nodule was found in the thyroid, which proved malignant", "a
# lesion of the lung, which was biopsied on Friday, was malignant" (a clause between commas before the predicate; not
# "was not malignant", nor "malignant melanoma": the adjective must end the predicate)
_TUMOUR_NOUN = r"(?i:masses|mass|tumou?rs?|lesions?|nodules?|growths?|polyps?)"
# ... or in an apposition right after it ("Left frontal brain tumor, biopsy-proven malignant, on treatment", "Tumor of
# the brain, malignant, radiation planned"; not "malignant appearing", "malignant vs benign")
_MALIGNANT_PREDICATE = (r"(?:(?:\s*,\s*[^,.;:\n]{3,60}?,)?\s*,?\s+(?:(?i:which|that)\s+)?"
                        r"(?:(?:was|were|is|are)\s+(?:(?:found|shown|proven|proved|confirmed)\s+to\s+be\s+)?"
                        r"|(?:proved|proven|turned\s+out)\s+(?:to\s+be\s+)?|came\s+back\s+)"
                        r"|\s*,\s*(?:(?i:biopsy|pathology|tissue|histologically)[- ](?i:proven|proved|confirmed)\s+)?)"
                        r"(?i:malignant)(?:\s*[.,;)]|\s*$|\s+(?:on|by|at|per|in)\b)")
_MALIGNANT_AFTER = re.compile(
    r"\b(" + _TUMOUR_NOUN + r")"
    r"(\s+(?:was|were|is|are)\s+(?:found|seen|noted|identified|detected|discovered))?"
    r"(\s+(?i:in|of|within|involving|at)\s+(?:the\s+)?[A-Za-z-]+(?:\s+[A-Za-z-]+){0,3}?)"
    r"(?=" + _MALIGNANT_PREDICATE + ")")
# ... and the noun written after its organ ("The left breast nodule, removed in March, proved to be malignant"); the
# organ words are read as a site by `TextCoder._malignant_site_first`
_MALIGNANT_AFTER_ORGAN_FIRST = re.compile(
    r"(?<![\w-])((?:(?!(?i:a|an|the|this|that|her|his|their|its|one)\b)[A-Za-z-]+\s+){1,2})(" + _TUMOUR_NOUN
    + r")(?=" + _MALIGNANT_PREDICATE + ")")


def _malignant_said_after(text: str) -> str:
    """The note with "malignant" also written before a tumour noun whose malignancy its relative clause says ("a
    mass in the left breast which was malignant on biopsy" -> "a malignant mass in ..."): the organ and the malignancy
    are then read as in "malignant mass of the breast"."""
    if "alignan" not in text:
        return text
    # "a mass was found in the colon, which ...": the organ is written next to the noun ("a malignant mass in the
    # colon was found, which ...")
    # ... and a noun the taxonomy has no "malignant <noun>" of (a lesion, nodule, growth, polyp) read as its mass
    def turn(m: re.Match[str]) -> str:
        noun = m.group(1)
        if not re.fullmatch(r"(?i)mass(?:es)?|tumou?rs?|neoplasms?", noun):
            noun = "masses" if noun.lower().endswith("s") else "mass"
        return ("Malignant " if m.group(1)[0].isupper() else "malignant ") + noun + m.group(3) + (m.group(2) or "")

    def organ_first(m: re.Match[str]) -> str:
        plural = re.fullmatch(r"(?i)masses|\w+[^s]s", m.group(2)) is not None
        return "malignant " + m.group(1) + ("masses" if plural else "mass")

    return _MALIGNANT_AFTER_ORGAN_FIRST.sub(organ_first, _MALIGNANT_AFTER.sub(turn, text))


# an organ's biopsy said to be positive and nothing more ("prostate biopsy in 2019 was positive", "biopsy of the breast
# came back positive"): in clinical speech a positive biopsy of an organ that is biopsied for cancer found the cancer.
# Organs whose biopsies are taken for other findings too (skin, lymph nodes, bone marrow, the gut's lining) are left
# out, as is a positive "for" something named, a negated one and a biopsy of a mass that only may be malignant.
_BIOPSIED_ORGAN = (r"(?:prostate|prostatic|breast|lung|bladder|thyroid|pancreas|pancreatic|liver|kidney|renal|cervical"
                   r"|cervix|endometrial|ovarian|testicular)\s+(?:(?:needle|core|core\s+needle|tru-?cut|fine\s+needle"
                   r"|ultrasound-guided)\s+)?biops(?:y|ies)\b")
_POSITIVE_BIOPSY = re.compile(
    r"\b" + _BIOPSIED_ORGAN + r"(?P<between>[^.;,\n]{0,40}?)\s+"
    r"(?:(?:was|were|is|are|came\s+back|returned|proved|turned\s+out)\s+)?"
    r"(?P<positive>positive)\b(?!\s+for\b|[- ](?:margins?|nodes?|findings?\s+for))"
    r"(?=\s*(?:[.;,\n]|$)|\s+(?:in|on|at|and|with|last|this)\b)", re.I)


def _positive_biopsy(text: str) -> str:
    """The note with an organ's biopsy said positive and nothing more written "positive for carcinoma" ("prostate
    biopsy in 2019 was positive" -> "... positive for carcinoma"): the organ and the carcinoma are then read as in
    "prostate biopsy was positive for carcinoma" (`_POSITIVE_BIOPSY`)."""
    if "ositive" not in text:
        return text

    def turn(m: re.Match[str]) -> str:
        if re.search(r"\b(?:not|no|never|negative)\b", m.group("between"), re.I):
            return m.group(0)
        end = m.end("positive") - m.start()
        return m.group(0)[:end] + " for carcinoma" + m.group(0)[end:]

    return _POSITIVE_FIRST.sub(lambda m: m.group(0) + " positive for carcinoma", _POSITIVE_BIOPSY.sub(turn, text))


# a tumour a cystoscopy finds ("Cystoscopy today shows a new papillary tumor at the dome; TURBT scheduled"): the
# cystoscope sees the bladder, so it is a bladder tumour (the labelling rules' "bladder tumor"); a tumour named with
# another organ ("a prostate tumor") or already the bladder's is left as written
_CYSTOSCOPY = re.compile(r"\b(?:cystoscop\w*|cysto|TURBT|cystourethroscop\w*)\b", re.I)
_SCOPED_TUMOUR = re.compile(r"(?<![\w-])(?P<before>(?:(?:new|small|large|recurrent|multiple|several|two|three|\d+|"
                            r"(?:\d+(?:\.\d+)?\s*(?:cm|mm)))\s+)*(?:papillary\s+)?)(?P<noun>tumou?rs?)\b"
                            r"(?!\s+(?:of|in)\s+the\s+(?!bladder)\w)", re.I)


# the words that may stand right before a scoped tumour's adjectives without naming its organ
_NO_ORGAN_BEFORE = frozenset({"a", "an", "the", "no", "with", "of", "and", "or", "shows", "showed", "show", "revealed",
                              "reveals", "found", "demonstrated", "demonstrates", "noted", "identified", "there", "is",
                              "was", "were", "are", "one", "any", "residual", "for", "without", "cystoscopy", "cysto",
                              "turbt", "findings", "at", "in"})


# ... nor one whose clause names its organ or a part of it after it ("a papillary tumor at the left lateral wall of the
# bladder", "near the right ureteral orifice"): the words written place it (the bladder tumour's own rules)
_ORGAN_AFTER = re.compile(r"[^.;,]*?\b(?:bladder|ureter\w*|urethr\w*|prostat\w*|renal|kidney|orifices?|vesic\w*)\b",
                          re.I)


def _cystoscopy_tumour(text: str) -> str:
    """The note with "bladder" written before a tumour noun in a sentence that names a cystoscopy or TURBT
    (`_CYSTOSCOPY`), where no organ word stands right before the noun: the tumour is the bladder's."""
    if _CYSTOSCOPY.search(text) is None:
        return text
    out, last = [], 0
    for m in _SCOPED_TUMOUR.finditer(text):
        lo, hi = sentence_bounds(text, m.start())
        word_before = re.search(r"([a-z]+)\W*$", text[max(lo, m.start() - 20):m.start()].lower())
        if _CYSTOSCOPY.search(text, lo, hi) is None or (word_before is not None
                                                        and word_before.group(1) not in _NO_ORGAN_BEFORE) \
                or _ORGAN_AFTER.match(text, m.end(), hi) is not None:
            continue
        out.append(text[last:m.start("noun")] + "bladder ")
        last = m.start("noun")
    return "".join(out) + text[last:]


# ... and the positive written first ("a positive prostate biopsy in 2019"), not negated before it
_POSITIVE_FIRST = re.compile(r"(?<!\bno )(?<!\bnot )(?<!\bnon-)\bpositive\s+" + _BIOPSIED_ORGAN
                             + r"(?!\s+(?:for|margins?)\b)", re.I)


def _invasion_said_after_re(terms: dict[str, TermInfo]) -> re.Pattern[str] | None:
    """The tumours the vocabulary has a malignant "invasive <name>" of but no entry for the name alone ("invasive
    thymoma" C37; a carcinoma is malignant without the word), followed in their sentence by an invasion said after
    them ("thymoma, lymphocyte predominant type, with capsular and pleural invasion", "thymoma invading the
    pericardium"), not a negated one ("with no capsular invasion")."""
    bases = sorted({t[9:] for t, info in terms.items() if t.startswith("invasive ") and info.type_id is not None
                    and t[9:] not in terms and re.fullmatch(r"[a-z]+omas?", t[9:])}, key=len, reverse=True)
    if not bases:
        return None
    return re.compile(r"\b(" + "|".join(bases) + r")\b(?=[^.;]{0,80}?(?:\bwith\s+(?!(?:no|not|any)\b)"
                      r"(?:(?!no\b|not\b)[\w-]+(?:\s+|,\s*)){0,5}?invasion\b|\binvad(?:ing|es)\b))", re.I)


def _plain_side_stop(text: str) -> str:
    """The note with "Rt." / "lt." before a lower-case word written without the stop: "Status post rt. orchiectomy for
    testicular cancer" is one sentence, so the cue reaches its cancer and the side its organ."""
    return _SIDE_STOP.sub(r"\1", text) if "t." in text else text


def _plain_shorthand(text: str) -> str:
    """The note with telegraphic "w/o", "w/" and "r/o" written out ("w/o evidence of recurrence" -> "without evidence
    of recurrence", "w/bruising" -> "with bruising", "r/o" -> "rule out"): the negation, status and link rules are
    written on the words."""
    if "/" not in text:
        return text

    def word(m: re.Match[str]) -> str:
        if m.group(4):  # "r/o" -> "rule out"
            return "RULE OUT" if m.group(0).isupper() else "Rule out" if m.group(4).isupper() else "rule out"
        w = m.group(1) or m.group(3)
        out = "without" if m.group(2) else "with" if m.group(1) else "with "
        if m.group(2) and m.group(2).isupper():
            return out.upper()
        return out.capitalize() if w.isupper() else out

    return _SHORTHAND.sub(word, text)


# Clinical shorthand of disease and care words (the common abbreviations of clinical notes, no note's strings), each as
# the word every rule is written on. Case-sensitive: lower case, capitalised and (where it is no other word in
# capitals) upper case. Words that are English or other abbreviations are read only where their meaning is fixed:
# "met" only before a disease or "to" ("met disease", "met to liver"; not "met with her"), "tx" not after an organ
# ("liver tx" is a transplant).
_SPREAD_NOUN_AFTER = (r"(?=[ \t]+(?:to\b|disease|ca\b|cancers?|carcinomas?|adenoca\w*|\w+omas?\b|lesions?|deposits?|"
                  r"tumou?rs?|foci|focus|nodes?|spread|involvement|recurrence|breast|lung|prostate|colon|rectal|"
                  r"colorectal|renal|bladder|pancreatic|gastric|ovarian|liver|hepatic|bone|brain))")
_CLINICAL_SHORTHAND: tuple[tuple[re.Pattern[str], str], ...] = tuple(
    (re.compile(r"(?<![\w/'.-])(?:" + pat + r")(?![\w/'-])"), word) for pat, word in (
        (r"[Aa]denoca|ADENOCA", "adenocarcinoma"), (r"[Aa]denocas|ADENOCAS", "adenocarcinomas"),
        (r"SCCs", "squamous cell carcinomas"), (r"SCC(?![ \t-]*(?:antigen|Ag)\b)", "squamous cell carcinoma"),
        (r"LNs", "lymph nodes"), (r"LN", "lymph node"), (r"[Mm]ets|METS", "metastases"),
        (r"[Mm]et(?![ \t]+(?:from|of|to|in|is|was|with|the|a|an|her|his|him|them|their|criteria|again|at|on|by|"
         r"for|goals?|today|and|yesterday)\b)"
         r"(?=[ \t]+(?:[\w-]+[ \t]+){0,3}(?:adenoca\w*|ca\b|cancers?|carcinomas?|\w+omas?\b|disease|tumou?rs?))",
         "metastatic"), (r"[Mm]et" + _SPREAD_NOUN_AFTER, "metastatic"),
        # the noun after an organ or its adjective ("adrenal met from RCC", "liver met", "colorectal met."), not the
        # verb after anything else ("exclusion met", "goals met")
        (r"(?:(?<=al )|(?<=ar )|(?<=ic )|(?<=ry )|(?<=ung )|(?<=ver )|(?<=one )|(?<=ain )|(?<=ode ))met"
         r"(?=[ \t]*(?:[.,;)]|$)|[ \t]+(?:from|of|is|was|in)\b)", "metastasis"),
        (r"(?:(?<=of )|(?<=no )|(?<=for )|(?<=local )|(?<=without )|(?<=distant ))recur", "recurrence"),
        (r"[Bb]xs|BXS", "biopsies"), (r"[Bb]x'?d|BX'?D", "biopsied"), (r"[Bb]x|BX", "biopsy"),
        (r"[Dd]x'?(?:e?d)|DX'?(?:E?D)", "diagnosed"), (r"[Dd]x|DX", "diagnosis"),
        (r"[Tt]x'?d", "treated"),
        (r"(?<!iver )(?<!idney )(?<!ung )(?<!eart )(?<!rrow )(?<!tem )(?<!BM )[Tt]x", "treatment"),
        (r"[Pp]t'?s", "patient's"), (r"[Pp]t", "patient"), (r"[Nn]eg|NEG", "negative"), (r"[Pp]os", "positive"),
        (r"[Hh]x|HX", "history"), (r"[Ff]/[Uu]", "follow-up"),
        (r"[Uu]nsp|UNSP", "unspecified")))  # ICD-10-CM's short descriptions ("C50.919 ... of unsp site of unsp ...")
_SHORTHAND_HINT = re.compile(r"(?i)(?<![\w'])(?:adenocas?|sccs?|recur|mets?|bxs?|bx'?d|dx|dx'?e?d|tx|tx'?d|pts?|"
                             r"pt's|neg|pos|lns?|hx|f/u|unsp)(?![\w'])")


def _plain_clinical_shorthand(text: str) -> str:
    """The note with clinical shorthand written out ("adenoca" -> "adenocarcinoma", "bx" -> "biopsy", "mets" ->
    "metastases", "neg" -> "negative", "dx'd" -> "diagnosed", "LNs" -> "lymph nodes"): the histology, site, negation
    and status rules are written on the words. The replacement keeps the case of the word it replaces."""
    if _SHORTHAND_HINT.search(text) is None:
        return text

    def cased(found: str, word: str) -> str:
        if " " in word:
            return word  # "LN", "SCC": initialisms of lower-case words
        if found.isupper() and len(found) > 1:
            return word.upper()
        return word[:1].upper() + word[1:] if found[:1].isupper() else word

    for pat, word in _CLINICAL_SHORTHAND:
        text = pat.sub(lambda m, word=word: cased(m.group(0), word), text)
    return text


# ICD-10-CM's secondary-site titles as EHR problem lists print them ("Secondary malignant neoplasm of bone", C79.51;
# "Secondary and unspecified malignant neoplasm of axillary lymph nodes", C77.3) and the British "secondaries": the
# organ named is where a cancer spread, as in "metastatic ... to the liver", also with the kind of tumour between
# ("secondary carcinoid tumours in the liver"; not "secondary to": a cause). A secondary cancer written with its cause
# ("secondary malignancy of the skin after radiation", "therapy-related") is a second primary and is left as written.
_SECONDARY_SITE = re.compile(
    r"(?<![\w-])(secondary)(\s+(?:and\s+unspecified\s+)?(?:(?!(?:to|from|due|of|in|and|or|with|after|is|was)\b)"
    r"[a-z]+\s+){0,2}(?:malignant\s+neoplasms?|malignanc(?:y|ies)|carcinomas?|"
    r"cancers?|deposits?|tumou?rs?))\s+(?:of|in|to)\s+(?:the\s+)?(?![^.;\n]*\b(?:after|following|induced|related|"
    r"associated|post-?radiation|prior\s+(?:radiation|radiotherapy|chemotherapy))\b)", re.I)
_SECONDARIES = re.compile(r"(?<![\w-])secondaries(?![\w-])", re.I)


def _fold_diacritics(text: str) -> str:
    """The note with accented letters written plain ("Sézary" -> "Sezary", "Waldenström" -> "Waldenstrom"), letter
    for letter: the vocabularies hold the names as ICD-10-CM's and ICD-O-3's plain forms, and notes write both."""
    if text.isascii():
        return text
    import unicodedata

    def plain(ch: str) -> str:
        base = unicodedata.normalize("NFKD", ch)[:1]
        return base if len(ch) == 1 and base.isascii() and base.isalpha() and ch.isalpha() else ch

    return "".join(plain(ch) if not ch.isascii() else ch for ch in text)


_IN_SITU_HYPHEN = re.compile(r"(?<![\w-])(in)-(situ)(?![\w-])", re.I)


def _plain_in_situ(text: str) -> str:
    """The note with "in-situ" written "in situ" (letter for letter, case kept): ICD-O-3 and the taxonomy write the
    behaviour with a space ("melanoma in situ", D03), so "melanoma in-situ" matched only "melanoma" and was coded
    invasive (C43); ICD-10-CM's own "in-situ neoplasm" is in the generic words in both spellings."""
    return _IN_SITU_HYPHEN.sub(r"\1 \2", text) if "-" in text else text


def _secondary_as_spread(text: str) -> str:
    """The note with ICD-10-CM's "secondary malignant neoplasm of X" written as "metastatic malignant neoplasm to X"
    and "secondaries" as "metastases" (case kept), so the spread rules read the organ as where the cancer spread, not
    as its primary ("Secondary malignant neoplasm of bone / Malignant neoplasm of prostate" is prostate, not a bone
    cancer)."""
    if "econdar" not in text and "ECONDAR" not in text:
        return text

    def spread(m: re.Match[str]) -> str:
        word = m.group(1)
        new = "METASTATIC" if word.isupper() else "Metastatic" if word[0].isupper() else "metastatic"
        to = " TO " if word.isupper() else " to "
        return f"{new}{m.group(2)}{to}"

    text = _SECONDARY_SITE.sub(spread, text)
    return _SECONDARIES.sub(lambda m: "METASTASES" if m.group(0).isupper() else
                            "Metastases" if m.group(0)[0].isupper() else "metastases", text)


def _past_beside_present(out: list[Mention], own_past: list[bool]) -> None:
    """A cancer its own phrase puts in the past stays past beside another named cancer treated or found now: the
    note's activity (a drug, a spread) that keeps a lone past cancer open may be its return, but beside a present
    cancer of another type it is that one's ("1. papillary thyroid carcinoma, thyroidectomy 2004, thyroglobulin
    undetectable. 2. bladder carcinoma on maintenance BCG": thyroid Z85, bladder C67)."""
    present = {m.type_id for m in out if m.status == PRESENT and m.current and m.type_id not in (None, OTHER)
               and m.code[:3] != "C80"}
    for m, past in zip(out, own_past, strict=True):
        if past and m.current and present - {m.type_id}:
            m.current, m.status, m.weight = False, PAST, m.weight * 0.5


def _in_heart_context(doc: Any, sp: Any) -> bool:
    """An initialism in an echocardiogram's words, with no cancer word in its sentence and not written as a diagnosis:
    "AML" (anterior mitral leaflet), "RCC" (right coronary cusp) there name the heart's parts (`_HEART_CONTEXT`). Its
    own clause is read, with the label before a first clause ("ECHO: ..."); not "AML in remission; echo: EF 55%"."""
    sent = sp.sent
    text = doc.text
    seps = [m.end() for m in re.finditer(r"[;,]", text[sent.start_char:sp.start_char])]
    if seps:
        lo = sent.start_char + seps[-1]
    else:
        # a label before the first clause ("ECHO: ..."), never the sentence before ("1. Mitral stenosis.,2. ... CA")
        lo = max(0, sent.start_char - 30)
        ends = [m.end() for m in _SENTENCE_END.finditer(text, lo, sent.start_char)]
        lo = ends[-1] if ends else lo
    nxt = re.search(r"[;,]", text[sp.end_char:sent.end_char])
    hi = sp.end_char + nxt.start() if nxt else sent.end_char
    return _HEART_CONTEXT.search(text, lo, hi) is not None and _MALIGNANT_WORD.search(sent.text) is None \
        and not TextCoder._as_diagnosis(text, sp)


def _asked(text: str, core: Any) -> bool:
    """The disease is what a question asks about ("Does the spot on my liver mean cancer?"): a sentence ending in a
    question mark, with a copula or "mean" right before the disease word. A question about the patient's own known
    disease ("Is my lymphoma back?") has none right before it."""
    sent = core.sent
    if not re.search(r"\?[\s,]*$", sent.text):  # (an export's ".," line joins leave "?,")
        return False
    before = text[max(sent.start_char, core.start_char - 40):core.start_char]
    if _ASKED_BEFORE.search(before):
        return True
    # "is my lymphoma back?": the patient's own disease, asked about
    return _POSSESSED_BEFORE.search(before) is None and _YES_NO_QUESTION.match(sent.text) is not None


def _after_suspicion_category(text: str, core: Any) -> bool:
    """The disease word follows, in its clause, a reporting system's category of suspicion (`_SUSPICION_CATEGORY`):
    "BI-RADS 4C: high suspicion for malignancy", "PI-RADS 5 lesion with a high likelihood of significant cancer". A
    comma, semicolon or later colon ends its reach: "biopsy of the PI-RADS 4 lesion, left apex: adenocarcinoma" is the
    result of the work-up the category asked for."""
    for m in _SUSPICION_CATEGORY.finditer(text, core.sent.start_char, core.start_char):
        between = text[m.end():core.start_char]
        if not re.search(r"[,;]|(?<=\S)\s*:", between.lstrip(" :")) and not _RESULT_WORDS.search(between):
            return True
    return False
# a prefix that makes a cancer word its precursor ("pre-cancer", "pre-leukemia"), and words after a hyphen that make it
# a likeness ("CLL-type", "carcinoma-like") (`TextCoder._not_the_disease`)
_PRECURSOR_PREFIXES = frozenset({"pre"})
_RESEMBLANCE_WORDS = frozenset({"type", "like", "pattern", "phenotype", "appearing"})
_MALIGNANT_WORD = re.compile(r"cancer|carcinom|malignan|leuk|lymphom|myelom|sarcom|blastom|neoplas|metasta|melanom",
                             re.I)
# an ICD-10-CM title naming an organ after a person: "Barrett's esophagus" (`TextCoder._eponym_sites`)
_EPONYM_TITLE = re.compile(r"\b([A-Z][a-z]{3,})'s ([a-z]+)\b")



def _case_counts(text: str) -> tuple[int, int]:
    """A note's capitals and letters, counted once for both case tests (all caps, all lower case)."""
    return len(_UPPER_RE.findall(text)), max(1, len(_ALPHA_RE.findall(text)))


def _lower_case(upper: int, letters: int) -> bool:
    """A note written all in lower case (fewer than 1% of its letters capitals): its case says nothing."""
    return upper < 0.01 * letters


_GRADE_PREFIX = re.compile(r"^(high|low)[- ]grade ")
# ICD-O-3 morphologies of malignant carcinoid / well-differentiated neuroendocrine tumours (/3); goblet cell,
# composite and adeno-carcinoids (8243-8245) are adenocarcinomas in ICD-10-CM's index, coded at the site
_CARCINOID = frozenset({"8240", "8241", "8242", "8249"})
# ICD-10-CM subcategories that code one histology at its site, by their titles ("Malignant carcinoid tumor of the
# ileum" C7A.012, "Gastrointestinal stromal tumor of stomach" C49.A2), with whether a site none of the titles names
# takes the block's "other sites" code: GIST is C49.A wherever it arises, mesothelioma C45 ("Mesothelioma of pleura"
# C45.0; of the lung C45.7); C7A excludes the sites it does not list (a pancreatic neuroendocrine tumour is C25.4)
_SITE_BLOCKS = {"C7A.0": False, "C49.A": True, "C45": True, "C46": True}
# Greek combining forms of a tissue that open a histology's name and send it there, as ICD-10-CM's index does
# ("Dermatofibrosarcoma - see Neoplasm, skin, malignant"; "Chondrosarcoma - see Neoplasm, bone, malignant"): for a
# histology that names no site otherwise; a form followed by "-oid" or "-like" is a resemblance ("hepatoid")
_TISSUE_ROOTS = {"dermato": "skin", "osteo": "bone", "chondro": "bone"}
# the Greek and Latin names of organs that name their operations ("nephrectomy": the kidney; "hysterectomy": the
# uterus; "hemicolectomy": the colon), used only for a histology or stage the note gives no other site for
# (`TextCoder._operation_organ`): organs whose English site word does not give the operation's name. Forms naming
# more than one organ's operation are left out ("cyst-": bladder or a cyst; "lob-": lung, liver or thyroid), and so are
# operations that remove an organ to treat another organ's cancer (orchiectomy, oophorectomy)
_ORGAN_ROOTS = {"nephr": "kidney", "hyster": "uterus", "col": "colon", "mast": "breast", "pneumon": "lung",
                "hepat": "liver", "gloss": "tongue", "prostat": "prostate", "gastr": "stomach",
                # a lumpectomy is the breast-conserving operation (a partial mastectomy)
                "lump": "breast"}
# (a sleeve gastrectomy is a weight-loss operation, no cancer's)
_ROOT_OPERATION = re.compile(r"\b(?<!sleeve )(?:hemi|partial\s+|radical\s+|total\s+)?(" + "|".join(_ORGAN_ROOTS)
                             + r")ectom(?:y|ies)\b", re.I)
# roots whose operation treats several cancers (a hysterectomy the endometrium's, the cervix's or the ovary's; a
# hepatectomy a liver metastasis's): no course of one organ's cancer (`course.course_named`)
_SHARED_ROOTS = frozenset({"hyster", "hepat"})
# any operation named "-ectomy" ("salpingo-oophorectomy", "lumpectomy"), placed or not
_ANY_ECTOMY = re.compile(r"\b[a-z]+(?:-[a-z]+)*ectom(?:y|ies)\b", re.I)
# a resection of an organ named after it ("low anterior resection of the rectum", "excision of the left kidney")
_RESECTION_OF = re.compile(r"\b(?:resection|excision|removal)\s+of\s+(?:the\s+)?(?:(?:right|left|distal|proximal"
                           r"|upper|lower|entire|whole)\s+)?$", re.I)
# an operation not done: "no prior hysterectomy", "declined nephrectomy"
_NO_OPERATION = re.compile(r"\b(?:no|never|without|declined|refused|not|denies)\b[^.;:]*$", re.I)
_BLOCK_GENERIC = {"the", "and", "of", "unspecified", "portion", "part", "malignant", "carcinoid", "tumor", "tumors",
                  "gastrointestinal", "stromal"}
# an ICD-10-CM inclusion term of a grade III intraepithelial neoplasia and its initialism:
# "Vulvar intraepithelial neoplasia III [VIN III]", "Prostatic intraepithelial neoplasia III (PIN III)"
_GRADE_THREE_RE = re.compile(r"^(.*intraepithelial neoplasia) III \s*[\[(]([A-Z]+) III[\])]$", re.I)
# words that keep a term from being written in index order (see `_index_order_forms`)
_INDEX_STOP = {"of", "in", "and", "or", "with", "the", "to", "situ", "not", "nos", "type"}


# ICD-10-CM's fracture categories by body region (chapter XIX, S02-S92) and the bone-neoplasm code of that region:
# the fracture titles name the bones ("Fracture of shaft of humerus", "Fracture of ilium"), the C40/C41 titles only
# the regions ("long bones of upper limb", "pelvic bones"). Limb bones are C40, the axial skeleton C41.
_FRACTURE_REGIONS = {"S02": "C41.0", "S12": "C41.2", "S22": "C41.3", "S32": "C41.4", "S42": "C40.0", "S52": "C40.0",
                     "S62": "C40.1", "S72": "C40.2", "S82": "C40.2", "S92": "C40.3"}
# parts of those titles that name no one bone
_VAGUE_BONE_PARTS = {"face", "limb", "bone", "bones", "cartilage", "unspecified", "overlapping", "sites", "parts",
                     "part", "other", "skull", "tooth", "articular cartilage"}


_UNSPECIFIED_TITLE = re.compile(r"^Malignant neoplasm of (?:the )?([a-z ]+?)(?:,? (?:part )?unspecified)?$")
_NOT_ONE_SITE = re.compile(r"\b(?:ill-defined|other|part|parts|sites?|overlapping|unspecified|and|or)\b")


@cache
def _unspecified_title_sites() -> dict[str, str]:
    """The organ each ICD-10-CM unspecified code (C00-C76, ".9", or a title's "part unspecified": "mediastinum" C38.3)
    names in its title ("Malignant neoplasm of biliary tract, unspecified" C24.9): the organ NOS, so a cancer "of the
    biliary tract" takes its own unspecified code, not an unknown primary. Titles of several organs, parts or
    ill-defined sites name no one organ and are left out."""
    import simple_icd_10_cm as cm

    out: dict[str, str] = {}
    for code in cm.get_all_codes(False):
        if code[0] != "C" or len(code) != 4 or code[:3] > "C76" or not (
                code[3] == "9" or cm.get_description(code).endswith(", part unspecified")):
            continue
        m = _UNSPECIFIED_TITLE.match(cm.get_description(code))
        if m and not _NOT_ONE_SITE.search(m.group(1)):
            out[m.group(1)] = cm.add_dot(code)
    return out


_PART_UNSPECIFIED = re.compile(r"part unspecified|, unspecified$|unspecified (?:site|part|bones)", re.I)


def _vague_site(code: str) -> bool:
    """Whether an ICD-10-CM site code names an organ as a whole or a part unspecified ("Malignant neoplasm of
    uterus, part unspecified" C55, "breast" C50), not one part of it precisely ("unspecified renal pelvis" C65.9:
    only the side is unspecified)."""
    import simple_icd_10_cm as cm

    if not cm.is_valid_item(code):
        return True
    return not cm.is_leaf(code) or bool(_PART_UNSPECIFIED.search(cm.get_description(code)))


# words that put a site's part on its mucosa, not its skin ("melanoma of the lip mucosa", "buccal aspect of lip")
_MUCOSA_WORDS = re.compile(r"\b(?:mucosa|mucosal|mucous|vermilion|buccal|oral|inner|internal|inside)\b", re.I)


def _skin_part(site: str, around: str) -> str | None:
    """The C44 code of the skin of a part ICD-10-CM's skin titles name ("lip" C44.00, "eyelid", "ear", "nose"), for a
    melanoma written at it: ICD-10-CM's index codes "Melanoma, lip" at C43.0, the lip's skin, not the lip's C00;
    None for a part written with its mucosa ("vermilion", "buccal") in the words `around` it."""
    if _MUCOSA_WORDS.search(around):
        return None
    parts = _skin_title_sites()
    name = normalize_term(site)
    return parts.get(name) or (parts.get(name.split()[-1]) if name else None)


# the tissues ICD-10-CM's limb-tissue titles name before a region ("long bones", "peripheral nerves", "connective and
# soft tissue"), and the regions' lists ("head, face and neck"; "upper limb, including shoulder")
_TISSUE_TITLE = re.compile(r"^Malignant neoplasm of ((?:long|short) bones|peripheral nerves(?: and autonomic nervous "
                           r"system)?|connective and soft tissue) of (?:(?:right|left|unspecified) )?(.+)$")
_SHARED_MODIFIER = re.compile(r"^Malignant neoplasm of (?:(?:right|left|unspecified) )?([a-z]+) ([a-z]+) and ([a-z]+)$")
_SIDED = re.compile(r"\b(?:right|left|unspecified)\b")


@cache
def _tissue_title_sites() -> dict[str, str]:
    """Sites the C00-C76 titles write as a tissue of a region or as one modifier shared by two nouns, which
    `_add_site` leaves out as lists: "connective and soft tissue of upper limb, including shoulder" C49.1 (also "soft
    tissue of shoulder", "connective tissue of upper limb"), "long bones of lower limb" C40.2, "peripheral nerves of
    thorax" C47.3, "lacrimal gland and duct" C69.5 ("lacrimal gland", "lacrimal duct"). A title split by side gives
    its subcategory, whose side the note's own word picks. Regions that name no one place ("other", "unspecified",
    "overlapping", "trunk, unspecified") are left out."""
    import simple_icd_10_cm as cm

    out: dict[str, str] = {}
    for code in [*cm.get_descendants("C40"), *cm.get_descendants("C47"), *cm.get_descendants("C49"),
                 *cm.get_descendants("C69")]:
        if not cm.is_leaf(code):
            continue
        title = cm.get_description(code)
        target = cm.get_parent(code) if _SIDED.search(title) and len(code) > 5 else code
        target = cm.add_dot(target)
        if (m := _SHARED_MODIFIER.match(title)):
            for noun in m.group(2, 3):
                out.setdefault(f"{m.group(1)} {noun}", target)
            continue
        m = _TISSUE_TITLE.match(title)
        if m is None or re.search(r"\b(?:other|unspecified|overlapping|sites?)\b", re.sub(r", unspecified$", "",
                                                                                          m.group(2))):
            continue
        tissues = [m.group(1)] + (["soft tissue", "connective tissue"] if m.group(1).startswith("connective") else [])
        tissues += ["peripheral nerves"] if m.group(1).startswith("peripheral nerves and") else []
        region = re.sub(r", unspecified$", "", m.group(2))  # "trunk, unspecified": the trunk NOS
        regions = [re.sub(r",? including .*$", "", region), *re.split(r",\s*(?:including\s+)?|\s+and\s+", region)]
        for tissue in tissues:
            for part in dict.fromkeys(r.strip() for r in regions if r.strip()):
                for side in ("", "right ", "left ", "unspecified ") if _SIDED.search(title) else ("",):
                    out.setdefault(f"{tissue} of {side}{part}", target)
    return out


def _bone_parts(phrase: str) -> list[str]:
    """The bones a C40/C41 or fracture title names: "upper end of humerus" -> humerus, "navicular [scaphoid] bone
    of wrist" -> navicular bone, scaphoid; "pelvic bones, sacrum and coccyx" -> three."""
    phrase = re.sub(r"\([^)]*\)|\(s\)", "", phrase.lower())
    out = []
    for part in re.split(r",\s*|\s+and\s+", phrase):
        part = re.sub(r"^(?:(?:upper|lower) end|shaft|base|vault) of\s+", "", part.strip())
        part = re.sub(r"^(?:other and unspecified|other|unspecified|first|second|one|multiple)\s+", "", part)
        out += re.findall(r"\[([a-z ]+)\]", part)
        out.append(re.sub(r"\s+of\s+(?:wrist|hand|foot)$", "", re.sub(r"\s*\[[^]]*\]", "", part)))
    return out


@cache
def _bone_sites() -> dict[str, str]:
    """Bone names as site words with their ICD-10-CM bone-neoplasm code: from the C40/C41 titles and inclusion
    terms ("scapula" C40.0, "sacrum" C41.4, "lower jaw bone" C41.1), then from the fracture titles of each body
    region ("femur", "tibia" C40.2; "humerus", "radius" C40.0; "ilium", "acetabulum" C41.4), so a femur is a long
    bone of the lower limb (C40.2), not a bone NOS (C41.9). Left out: what a title names that is no one bone (a
    region, "tooth"), a lone adjective ("malar"), and body parts ICD-10-CM also gives an open wound of (thumb,
    toe, head, pelvis: they have skin and soft tissue, so a tumour there is not the bone's)."""
    import simple_icd_10_cm as cm

    surface = {w for c in cm.get_all_codes(True) if cm.get_description(c).lower().startswith("open wound")
               for w in re.findall(r"[a-z]+", cm.get_description(c).lower())}
    found: dict[str, str] = {}
    region_words: dict[str, str] = {}
    for code in [*cm.get_children("C40"), *cm.get_children("C41")]:
        for title in [cm.get_description(code), *cm.get_inclusion_term(code)]:
            parts = _bone_parts(re.sub(r"^malignant neoplasm of\s+", "", title.lower()))
            region_words.update({w: code for p in parts for w in p.split()})
            found.update({p: code for p in parts if " of " not in p and p not in _VAGUE_BONE_PARTS})
    for cat, region in _FRACTURE_REGIONS.items():
        for code in cm.get_children(cat):
            m = re.match(r"fracture (?:of|at) (.*)", cm.get_description(code).lower())
            for part in _bone_parts(m.group(1)) if m else ():
                words = part.split()
                if not words or " of " in part or part in _VAGUE_BONE_PARTS or words[-1] in surface \
                        or (len(words) == 1 and part.endswith(("al", "ar", "ary", "ic"))):
                    continue
                # a bone whose adjective names a C41 region is that region's ("lumbar vertebra": vertebral column)
                found.setdefault(part, region_words.get(words[-1] + "l", region))
    # the head several named bones of one code share is that bone too ("cervical / thoracic vertebra": vertebra)
    heads: dict[str, set[str]] = {}
    for part, code in found.items():
        if " " in part:
            heads.setdefault(part.split()[-1], set()).add(code)
    found.update({h: next(iter(c)) for h, c in heads.items() if len(c) == 1 and h not in _VAGUE_BONE_PARTS
                  and sum(p.endswith(" " + h) for p in found) > 1 and h not in found})
    return {k: v for k, v in found.items() if k}


# the skin of the trunk and limbs by the injury chapter's blocks of their regions: the only hand part of
# `_skin_region_sites`
_LIMB_TISSUES = frozenset({"C40", "C41", "C47", "C49"})
_SKIN_REGIONS = {"S20-S29": "C44.5", "S30-S39": "C44.5", "S40-S49": "C44.6", "S50-S59": "C44.6", "S60-S69": "C44.6",
                 "S70-S79": "C44.7", "S80-S89": "C44.7", "S90-S99": "C44.7"}
# the genital organs' blocks: the skin of a region they name is coded at the organ (vulva C51, penis C60, scrotum
# C63.2), not at the trunk's skin (C44.5), so the trunk block's "external genitals" is no skin region
_GENITAL_BLOCKS = ("C51-C58", "C60-C63")


@cache
def _skin_region_sites() -> dict[str, str]:
    """The regions of the trunk and limbs as skin sites with their C44 code, from the injury chapter's blocks (their
    superficial injuries' titles: "... of wrist, hand and fingers": wrist, hand, fingers, finger -> C44.6 "skin of
    upper limb"; "... of knee and lower leg" -> C44.7; "... of thorax", "... of abdomen, lower back, ..." -> C44.5
    "skin of trunk"), so "squamous cell carcinoma in situ of the dorsal hand" is D04.6, "melanoma of the left
    forearm" C43.6 and "melanoma of the upper back" C43.5. A region named with a position word ("lower back") also
    gives its head noun ("back"), as "upper"/"lower" only say where on it; the genital organs' regions are theirs
    (see `_GENITAL_BLOCKS`). They type only a histology that ICD-O-3 says arises in the skin."""
    import simple_icd_10_cm as cm

    genital = {w for b in _GENITAL_BLOCKS for w in re.findall(r"[a-z]+", cm.get_description(b).lower())
               if w.startswith("genital")}
    out: dict[str, str] = {}
    for block, code in _SKIN_REGIONS.items():
        # the block's superficial injury (of the skin) names the regions' surfaces only: "abdomen, lower back,
        # pelvis and external genitals", not the block title's "lumbar spine"
        title = next((cm.get_description(c) for c in cm.get_children(block)
                      if cm.get_description(c).startswith("Superficial injury of ")), "")
        for part in re.split(r",\s*|\s+and\s+", title.lower().removeprefix("superficial injury of ")) if title else ():
            if any(w.startswith(tuple(genital)) for w in part.split()):
                continue
            words = part.split()
            forms = [part] + ([" ".join(words[1:])] if len(words) > 1 and words[0] in _POSITION_WORDS else [])
            for form in forms:
                out.setdefault(form, code)
                if form.endswith("s") and not form.endswith(("is", "us")):  # "fingers", not "pelvis"
                    out.setdefault(form[:-1], code)
    return out


@cache
def _skin_title_sites() -> dict[str, str]:
    """The parts of the skin ICD-10-CM's C44 titles name ("... of skin of ear and external auricular canal" C44.2:
    ear, external auricular canal; "skin of nose" C44.301; "skin of upper limb, including shoulder": shoulder), with
    the code of an unspecified neoplasm there. Left out: what the titles leave vague ("other parts"), and the
    regions of the ill-defined head, face and neck (C76.0): a carcinoma "of the neck" is more often nodal."""
    import simple_icd_10_cm as cm

    regions = set(re.findall(r"[a-z]+", cm.get_description("C76.0").lower().split(" of ", 1)[-1]))
    out: dict[str, str] = {}
    for code in cm.get_descendants("C44"):
        m = re.search(r"\bof skin of (.*)$", cm.get_description(code).lower())
        if m is None or len(code) > 7:
            continue
        unspecified = next((c for c in cm.get_children(code) if cm.get_description(c).startswith("Unspecified")), code)
        for part in re.split(r",\s*(?:including\s+)?|\s+and\s+|\s+including\s+", m.group(1)):
            part = part.strip()
            if part and not re.search(r"\b(?:other|unspecified|parts?|sites|overlapping)\b", part) \
                    and part not in regions and not part.startswith(("skin", "right ", "left ")):
                out.setdefault(part, unspecified)
    return out


# a name the tabular list gives one malignant disease: a disease noun last ("carcinoma", "leukemia", "sarcoma",
# "reticuloendotheliosis", "disease"), no list, qualifier or leftover ("other", "unspecified", "NOS"), no site after
# "of" (the coder links sites itself), not the secondary or unknown-primary categories
_DISEASE_NAME_END = re.compile(r"(?:om(?:a|as|atosis)|a?emia|osis|disease|syndrome|tumou?rs?)$")
_NOT_ONE_DISEASE = re.compile(r"[,()\[\]/;]|\b(?:unspecified|other|neoplasms?|nos|nec|remission|sites?|of|secondary|"
                              r"malignant neoplasm|types?)\b|^an? ")


_MARKER_STATE = re.compile(r",\s*[A-Z0-9/]+-(?:positive|negative)$")
_UNSPECIFIED_KIND = re.compile(r",\s*unspecified$")
# two names of one disease parted by a slash or a space ("lymphoma/leukemia"; `_icd10_disease_names`)
_TWO_NAMES = re.compile(r"\b(\w+(?:om(?:a|as)|a?emia))[/ ](\w+(?:om(?:a|as)|a?emia))\b", re.I)


def _opening_paren(doc: Any, at: int, start: int) -> int | None:
    """Where the parenthesis closed right before token `at` opens, within four words and not before `start`:
    ICD-10-CM writes a name's nonessential modifiers in parentheses ("Non-follicular (diffuse) lymphoma"), and notes
    copy them, so the words before the group are still the name's."""
    if at <= start or doc[at - 1].text != ")":
        return None
    for i in range(at - 2, max(start, at - 6) - 1, -1):
        if doc[i].text == "(":
            return i if i < at - 2 else None
        if not (doc[i].is_alpha or doc[i].text == "-"):
            return None
    return None


def _ascii(text: str) -> str:
    """The text with its letters' diacritics dropped ("Sézary" -> "Sezary", "Waldenström" -> "Waldenstrom")."""
    import unicodedata

    return unicodedata.normalize("NFKD", text).encode("ascii", "ignore").decode("ascii")


def _icd10_disease_names(cm: Any) -> dict[str, str]:
    """Term -> code of the disease names in the titles and inclusion terms of C00-C96 (its lowest code wins), at
    every depth of the tree ("Primary central nervous system lymphoma" is C83.390, a 6-character code)."""
    out: dict[str, str] = {}
    split: dict[str, set[str]] = {}
    for code in cm.get_all_codes(True):
        if not cm.is_category_or_subcategory(code) or not "C00" <= code[:3] <= "C96" \
                or "C76" <= code[:3] <= "C80" or code.startswith("C7B"):
            continue
        for name in (cm.get_description(code), *cm.get_inclusion_term(code)):
            # a title split by a marker's state ("Anaplastic large cell lymphoma, ALK-positive" C84.6, "-negative"
            # C84.7) names the disease before the comma; so does a kind's NOS ("Cutaneous T-cell lymphoma,
            # unspecified" C84.A, "Acute leukemia NOS" C95.00), and a name with a diacritic is written without it
            # too ("Sézary disease" C84.1); a name with a nonessential modifier also without it
            # the lymphoid and haematopoietic chapter (C81-C96) names its diseases by kind alone, so one word
            # ("Macroglobulinemia", "Chloroma") or a kind of "neoplasm" ("Blastic plasmacytoid dendritic cell
            # neoplasm") is a name there
            haem = "C81" <= code[:3] <= "C96"
            for form in dict.fromkeys((name, NONESSENTIAL.sub("", name).strip())):
                plain = NOS_END.sub("", form)
                bare = _UNSPECIFIED_KIND.sub("", _MARKER_STATE.sub("", plain))
                # one disease of two names parted by a slash ("Adult T-cell lymphoma/leukemia"), as ICD-O-3 writes
                # "leukemia/lymphoma": the name as written, and with a space for the look-up of a matched span
                joined = _TWO_NAMES.sub(r"\1 \2", bare)
                term = normalize_term(_ascii(joined))
                checked = joined.lower()
                if haem and checked.endswith(" neoplasm") and not checked.startswith("malignant neoplasm"):
                    checked = checked[:-len(" neoplasm")]
                    if not _DISEASE_NAME_END.search(checked):
                        checked += " disease"  # the test below reads a name's head noun
                if not _DISEASE_NAME_END.search(checked) or _NOT_ONE_DISEASE.search(checked) \
                        or (len(term.split()) < 2 and not haem):
                    continue
                if bare != plain:
                    split.setdefault(term, set()).add(code)
                slashed = _TWO_NAMES.sub(r"\1/\2", term) if joined != bare else term
                # the name with its diacritics too ("Hand-Schüller-Christian disease"), as notes may copy it
                for t in dict.fromkeys((term, slashed, normalize_term(joined))):
                    if t not in out or out[t] > code:
                        out[t] = code
    for term, codes in split.items():
        # the name alone, of several states, is their category: the state written with it picks the code
        # (`TextCoder._other_kind`: "ALK-negative anaplastic large cell lymphoma" C84.7); a code and its own
        # children are one state ("... BCR/ABL-positive" C92.1 and its "NOS" C92.10)
        if len({c[:5] for c in codes}) > 1 and len({c[:3] for c in codes}) == 1:
            out[term] = next(iter(codes))[:3]
    return out


# a title whose site is unspecified ("bone and articular cartilage, unspecified"), not its side ("unspecified ovary")
_SITE_UNSPECIFIED = re.compile(r", unspecified$|unspecified (?:site|part|bones)", re.I)


# a documentation query's options, written as a list the answer picks one of: three or more items parted by a spaced
# slash, after a question ("please clarify", "specify", "select") or with an option that decides nothing ("other",
# "unable to determine", "clinically undetermined"). Each option is offered, not affirmed; the answer is written apart.
_OPTION_SEP = re.compile(r"[ \t]+/[ \t]+")
_OPTION_CUE = re.compile(r"\b(?:clarify|specify|select|choose|indicate|check one|one of the following|options?)\b"
                         r"|^\W*(?:other|unable to determine|clinically (?:undetermined|unable to determine)"
                         r"|undetermined|cannot be determined|none of the above)\W*$", re.I)


def _stop_at(text: str, at: int, stops: str, limit: int | None = None) -> int:
    """The first place from `at` on where one of `stops` stands (the end of a clause or sentence), else `limit` (by
    default the text's end)."""
    return min([len(text) if limit is None else limit] + [i for i in (text.find(c, at) for c in stops) if i >= 0])


def _query_option(text: str, at: int) -> bool:
    """The mention at `at` is one item of a query's option list (`_OPTION_SEP`), not a diagnosis written as made."""
    lo = max(text.rfind(c, 0, at) for c in ".?!\n") + 1
    line = text[lo:_stop_at(text, at, ".?!\n")]
    seps = list(_OPTION_SEP.finditer(line))
    if len(seps) < 2 or not seps[0].start() - 80 <= at - lo <= seps[-1].end() + 80:
        return False
    first, *rest = _OPTION_SEP.split(line)
    return bool(_OPTION_CUE.search(first)) or any(_OPTION_CUE.match(item.strip()) for item in rest)


_PARAGRAPH_BREAK = re.compile(r"\n[ \t]*\n")
_FOUND_NORMAL = re.compile(r"[^.;:,\n]{0,30}?\b(?:normal|negative|unremarkable|benign|clear|intact"
                           r"|within normal limits)\b(?!\s+(?:for|of|to|with|by)\b)", re.I)
_SEVERAL_MASSES = frozenset({"lesions", "nodules", "masses", "tumors", "tumours", "metastases", "mets"})
_HEADERLESS_REACH = 200  # characters before a bare histology's sentence a note without headers is read for its site


def _refines(code: str | None, site_code: str | None) -> bool:
    """Whether a site's code names, within the term code's own ICD-10-CM block, what the term code leaves
    unspecified (C41.9 "bone ..., unspecified" -> C40.2 long bones of lower limb; not C49.9 soft tissue -> C40.2,
    another block)."""
    import simple_icd_10_cm as cm

    if not code or not site_code or not cm.is_valid_item(code) or not cm.is_valid_item(site_code) \
            or site_code == code or site_code in cm.get_ancestors(code):
        return False
    block = [a for a in cm.get_ancestors(code) if "-" in a]
    site_only = all(cm.is_valid_item(c[:3]) and cm.get_description(c[:3]).startswith("Malignant neoplasm of")
                    for c in (code, site_code))  # not C4A "Merkel cell carcinoma", C44 "Other ... of skin"
    # ... and to another category's own unspecified code only where that names a part of the term's site ("mouth,
    # unspecified" C06.9 -> "floor of mouth, unspecified" C04.9; not "tonsil, unspecified" C09.9 -> "mouth" C06.9)
    vaguer = site_code[:3] != code[:3] and bool(_SITE_UNSPECIFIED.search(cm.get_description(site_code))) \
        and _title_site(code) not in _title_site(site_code)
    return site_only and not vaguer and bool(_SITE_UNSPECIFIED.search(cm.get_description(code))) and bool(block) \
        and block[0] in cm.get_ancestors(site_code)


def _title_site(code: str) -> str:
    """The site an ICD-10-CM "Malignant neoplasm of <site>, unspecified" title names ("floor of mouth")."""
    import simple_icd_10_cm as cm

    title = cm.get_description(code).removeprefix("Malignant neoplasm of ")
    return _SITE_UNSPECIFIED.sub("", title).strip().lower()


def _prefix_tree(names: Any) -> str:
    """The names (matched without case) as one alternation written as a prefix tree, longer continuations first.
    Why: `re` tries a flat alternation's hundreds of drugs and markers one by one at every position (taxonomy 1.7.0
    made the coding stages 1.4x slower); the tree tries each letter once. Same matches as the flat alternation sorted
    longest first: the names that can match at one position are prefixes of one another, and both try the longest
    first (tests/stages/coding/test_prefix_tree.py)."""
    root: dict[str, dict] = {}
    for name in names:
        node = root
        for ch in name.lower():
            node = node.setdefault(ch, {})
        node[""] = {}

    def longest(node: dict[str, dict]) -> int:
        return max((1 + longest(child) if ch else 0) for ch, child in node.items())

    def write(node: dict[str, dict]) -> str:
        branches = sorted(((ch, child) for ch, child in node.items() if ch), key=lambda b: -longest(b[1]))
        alts = [re.escape(ch) + write(child) for ch, child in branches]
        if not alts:
            return ""
        body = alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"
        return f"(?:{body})?" if "" in node else body

    return write(root)


def _stage_name(m: re.Match[str]) -> str:
    """The name a staging, marker or procedure pattern matched (`_staging_re` has two alternatives, each a group)."""
    return (m.group(1) or m.group(2)).lower()


class TextCoder:
    """Finds affirmed cancer mentions in a note. Build once per worker (`setup`)."""

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self.terms: dict[str, TermInfo] = {}
        self.abbrevs: dict[str, TermInfo] = {}
        self.sites: dict[str, tuple[str, str]] = {}
        self.sided_initialisms: dict[str, str] = {}  # "lul": "l" (`_side_initialisms`)
        self._build_vocab()
        self._invasion_re = _invasion_said_after_re(self.terms)
        self._ready = False

    # -- vocabulary --------------------------------------------------------------------------
    def _build_vocab(self) -> None:
        tax = self.taxonomy
        vocab = load_vocabulary()
        cat_type: dict[str, str | None] = {}

        def topo_type(cat: str) -> str | None:
            if cat not in cat_type:
                cat_type[cat] = tax.type_of_icdo3(cat, None)
            return cat_type[cat]

        self._conditions = frozenset(vocab.get("icd10_conditions", ())) - _COURSE_WORDS
        heads = self._morphology_heads()
        not_in_situ = non_neoplasm_initialisms()
        for term, entry in vocab["morphology"].items():
            morph = entry["morphology"]
            if morph[:3] >= "995" or "myelodysplastic" in term or term in tax.not_malignant:
                continue  # MPN/MDS: malignant in ICD-O-3 but D45-D47 (uncertain) in ICD-10-CM
            if morph.endswith("/2") and "".join(w[0] for w in term.split()) in not_in_situ:
                continue  # "endometrioid intraepithelial neoplasia" (EIN): ICD-10-CM N85.02, no carcinoma in situ
            decided = next((t.id for t in tax.types if t.morphology and t.has_morphology(morph)), None)
            words = term.split()
            if decided and words[-1] in heads and not any(_DISEASE_HEAD.search(w) for w in words[:-1]):
                # the head noun names the disease, whatever cell a word before it names: "plasmablastic lymphoma"
                # (ICD-O-3 9735, in the plasma cell range) is a lymphoma; not names of two diseases ("chronic
                # lymphocytic leukemia small lymphocytic lymphoma", "lymphoblastic leukemia lymphoma")
                decided = heads[words[-1]]
            if decided is None:
                types = {topo_type(c) for c in entry["topography"]} - {None}
                if len(types) == 1 and next(iter(types)) != OTHER:
                    decided = next(iter(types))
            code = tax.get(decided).default_code if decided else None
            if decided and morph.endswith("/2") and tax.get(decided).morphology:
                # an in-situ morphology of a type morphology decides ("lentigo maligna", 8742/2): the type's
                # in-situ category (D03 "Melanoma in situ"), not its invasive default
                code = self._in_situ_code(decided) or code
            if len(entry["topography"]) == 1 and not (decided and tax.get(decided).morphology):
                # a histology that occurs in one organ only names it ("retinoblastoma": C69.2 retina)
                cat = entry["topography"][0]
                if topo_type(cat) is not None and (decided is None or topo_type(cat) == decided):
                    decided, code = topo_type(cat), self.taxonomy_code(cat)
            topography = frozenset(entry["topography"])
            if _SKIN_CARCINOMAS[0] <= morph[:3] <= _SKIN_CARCINOMAS[1]:
                topography |= {"C44"}  # the skin, which SEER's list leaves out for these (see _SKIN_CARCINOMAS)
            self.terms[term] = TermInfo(decided, code, topography=topography, in_situ=morph.endswith("/2"),
                                        block="C7A.0" if morph[:4] in _CARCINOID and morph.endswith("/3") else None)
        # ICD-O-3.2 splits some histologies by grade ("high-grade serous carcinoma" 8461/3, "low-grade serous
        # carcinoma" 8460/3); notes often write them without it ("primary peritoneal serous carcinoma"): a term the
        # list gives at both grades, malignant or in situ, and not without one, is the histology wherever either
        # grade occurs. One listed at a single grade ("high-grade serrated dysplasia") needs its grade.
        ungraded: dict[str, dict[str, TermInfo]] = {}
        for term, info in self.terms.items():
            m = _GRADE_PREFIX.match(term)
            if m and term[m.end():] not in self.terms:
                ungraded.setdefault(term[m.end():], {})[m.group(1)] = info
        for term, by_grade in ungraded.items():
            if len(by_grade) < 2:
                continue
            infos = list(by_grade.values())
            types = {i.type_id for i in infos}
            type_id = types.pop() if len(types) == 1 else None
            self.terms[term] = TermInfo(type_id, infos[0].code if type_id else None,
                                        topography=frozenset().union(*(i.topography or () for i in infos)),
                                        in_situ=all(i.in_situ for i in infos))
        self._covered = frozenset(c for e in vocab["morphology"].values() for c in e["topography"])
        self._kin_topography(vocab["morphology"])
        for g in tax.generic:
            # plurals ("a percentage of cancers") are generic statements unless a site is named
            g = normalize_term(g)
            known = self.terms.get(g) or self.terms.get(g.rstrip("s"))
            # "carcinoma in situ", and ICD-10-CM's "in-situ neoplasm" with the words the other way round
            self.terms[g] = TermInfo(None, None, weak=g.endswith("s"), topography=known.topography if known else None,
                                     in_situ=re.search(r"\bin[- ]situ\b", g) is not None)
        for site, code in vocab["icd10_sites"].items():
            t = tax.type_of_icd10(code)
            if t:
                self.sites[site] = (t, code)
        for site, code in vocab["icd10_sites"].items():
            # a gland the title names with "gland" is written by its adjective alone ("parathyroid carcinoma",
            # "pineal tumour": C75.0, C75.3), as "thyroid" and "adrenal" are
            name, _, noun = site.rpartition(" ")
            if noun in ("gland", "glands") and name.isalpha() and (t := tax.type_of_icd10(code)):
                self.sites.setdefault(name, (t, code))
        for site, code in _unspecified_title_sites().items():  # "biliary tract" C24.9, "endocrine gland" C75.9
            self.sites.setdefault(site, (tax.type_of_icd10(code) or OTHER, code))
        for site, code in _bone_sites().items():  # "femur" C40.2, "rib" C41.3, "sacrum" C41.4
            t = tax.type_of_icd10(code)
            if t:
                self.sites.setdefault(site, (t, code))
        for site, code in _tissue_title_sites().items():  # "soft tissue of lower limb" C49.2, "lacrimal gland" C69.5
            self.sites.setdefault(normalize_term(site), (tax.type_of_icd10(code) or OTHER, code))
        skin = {**_skin_title_sites(), **_skin_region_sites()}
        # not a region that is an organ's or a bone's site, nor one whose head word is ("lumbar spine")
        self._skin_regions = frozenset(w for w in skin if w not in self.sites and w.split()[-1] not in self.sites)
        for site in self._skin_regions:  # "hand" C44.6, "thigh" C44.7, "ear" C44.2
            code = skin[site]
            self.sites[site] = (tax.type_of_icd10(code) or OTHER, code)
        for t in tax.types:
            for term, code in t.terms.items():
                block = next((b for b in _SITE_BLOCKS if code.startswith(b[:3]) and code[:len(b)] in (b, b[:3])), None)
                listed = self.terms.get(normalize_term(term))  # the ICD-O-3 entry of the same name, if any
                self.terms[normalize_term(term)] = TermInfo(t.id, code, block=block, sites_of=listed.topography
                                                            if listed and listed.topography and code[:3] in
                                                            listed.topography else None)
                if "'s " in term:  # "Hodgkins disease", "Hodgkin disease": the eponym written without "'s"
                    for form in (term.replace("'s ", "s "), term.replace("'s ", " ")):
                        self.terms.setdefault(normalize_term(form), TermInfo(t.id, code))
                for form in [term, term.replace("'s ", "s "), term.replace("'s ", " ")]:
                    if form.endswith(" disease"):  # "Hodgkin's dz": the clinical short form of "disease"
                        self.terms.setdefault(normalize_term(form[:-7] + "dz"), TermInfo(t.id, code))
            for site, code in t.sites.items():
                self.sites[normalize_term(site)] = (t.id, code)
        for term, code in vocab.get("icd10_eponyms", {}).items():
            # ICD-10-CM's eponymous names of its diseases ("Kahler's disease" C90.0), written with or without "'s"
            entry = TermInfo(tax.type_of_icd10(code) or OTHER, self.taxonomy_code(code) if len(code) == 3 else code,
                             in_situ=code.startswith("D0"))
            for form in {term, term.replace("'s ", "s "), term.replace("'s ", " ")}:
                self.terms.setdefault(form, entry)
        import simple_icd_10_cm as cm

        for code in cm.get_descendants("C96"):
            # C96 holds the mast cell and histiocytic neoplasms ICD-10-CM codes as malignant under clinical names
            # ICD-O-3's list does not use ("aggressive systemic mastocytosis" C96.21; the "systemic mastocytosis" of
            # D47.02 is no such title): each title that names one disease is a term of its own code
            title = cm.get_description(code).lower()
            if cm.is_leaf(code) and not re.search(r"[,()\[\]]|\b(?:unspecified|other|neoplasms?)\b", title):
                self.terms.setdefault(title, TermInfo(tax.type_of_icd10(code) or OTHER, code))
        self._tabular_names: dict[str, TermInfo | None] = {}  # name -> its entry before the tabular list's
        # the taxonomy's own terms are reviewed choices ("lymphoplasmacytic lymphoma": C88.0, Waldenström's)
        reviewed = {normalize_term(term) for t in tax.types for term in t.terms}
        for term, code in _icd10_disease_names(cm).items():
            # the other names ICD-10-CM's tabular list gives its malignant diseases, in titles and inclusion terms
            # ("intrahepatic bile duct carcinoma" C22.1, "plasmacytic leukemia" C90.1, "granulocytic sarcoma" C92.3,
            # "leukemic reticuloendotheliosis" C91.4): a note may write any of them, and the ICD-O-3 list has none.
            # Where the ICD-O-3 list has the name but places it only by its topography ("mast cell leukemia" in the
            # marrow, C42, read as bone; "myeloid sarcoma" as leukaemia NOS), the tabular list's own category wins
            # (the initialisms are still made from the names as the ICD-O-3 list and the taxonomy type them:
            # `_haematologic_initialisms`, whose "MCL" is mantle cell lymphoma, not mast cell leukemia)
            listed = self.terms.get(term)
            named = (tax.type_of_icd10(code) or OTHER, code)
            if listed is None:
                self.terms[term] = TermInfo(*named)
                self._tabular_names[term] = None
            elif (listed.topography is not None and (listed.code or "")[:3] != code[:3]) \
                    or (term not in reviewed and self._haematological_name(listed, code)):
                self.terms[term] = replace(listed, type_id=named[0], code=named[1])
                self._tabular_names[term] = listed
        self._noun_forms(tax)
        self._british_forms()
        self._parent_kinds = self._kinds_of_named_kinds()
        self._bare_fallbacks()
        self._grade_three_neoplasias()
        for term, info in list(self.terms.items()):
            # every name of a disease ICD-10-CM codes at its site within a block of its own (`_SITE_BLOCKS`), not
            # only the taxonomy's: the tabular list's "Kaposi's sarcoma" of the lung is C46.5 as "Kaposi sarcoma" is
            code = info.code or ""
            block = next((b for b in _SITE_BLOCKS if code.startswith(b[:3]) and code[:len(b)] in (b, b[:3])), None)
            if info.block is None and block is not None and not info.in_situ:
                self.terms[term] = replace(info, block=block)
        for site, (type_id, code) in list(self.sites.items()):
            if " " in site or code[:3] in ("C76", "C80"):
                continue  # ill-defined sites ("thoracic", "pelvic") name regions, not organs
            for noun, adj in _ADJECTIVE_SUFFIXES:
                if site.endswith(noun) and len(site) > len(noun) + 2:
                    self.sites.setdefault(site[: -len(noun)] + adj, (type_id, code))
                    break
        self._adjective_forms()
        self._side_initialisms()
        self._site_initialisms()
        for site, entry in list(self.sites.items()):
            # written forms of the same site: "base of the tongue" (titles drop the article), "vocal cords",
            # "both lungs", "ovaries" (the plural of the site noun; adjectives have none)
            if " of " in site and " of the " not in site:
                self.sites.setdefault(site.replace(" of ", " of the ", 1), entry)
            head, _, last = site.rpartition(" ")
            if len(last) > 3 and not last.endswith(_NO_PLURAL):
                plural = last[:-1] + "ies" if last.endswith("y") and not last.endswith("ey") else last + "s"
                self.sites.setdefault(f"{head} {plural}".strip(), entry)
        for w in _TUMOR_WORDS:
            self.terms.setdefault(w, TermInfo(None, None, weak=True, tumor=True))
        # spread of a carcinoma over a serosa (ICD-O-3 8010/6): a malignancy whose primary the note
        # may name ("carcinomatosis from an appendiceal primary")
        self.terms.setdefault("carcinomatosis", TermInfo(None, None, secondary=True))
        # topography categories of each type: a histology valid in C54 (corpus uteri) also fits a site
        # written as "uterine" (C55, uterus NOS) - the same organ, less precisely named
        self._type_topo: dict[str, frozenset[str]] = {}
        for entry in vocab["morphology"].values():
            for cat in entry["topography"]:
                ty = topo_type(cat)
                if ty and ty != OTHER:
                    self._type_topo[ty] = self._type_topo.get(ty, frozenset()) | {cat}
        for term, info in list(self.terms.items()):
            # "basal cell CA", "squamous cell ca": the clinical short form of "... carcinoma"
            if term.endswith(" carcinoma") and f"{term[:-9]}ca" not in self.terms:
                self.terms[f"{term[:-9]}ca"] = info
        for t in tax.types:
            for abbr, expansion in t.abbreviations.items():
                info = self.terms.get(normalize_term(expansion))
                # an expansion that is no term takes its organ's code ("nasopharyngeal carcinoma": C11.9)
                organ = next((self.sites[w][1] for w in normalize_term(expansion).split()
                              if self.sites.get(w, ("",))[0] == t.id), t.default_code)
                self.abbrevs[abbr] = info if info else TermInfo(t.id, organ)
        for w in tax.weak:
            self.abbrevs[w] = TermInfo(None, None, weak=True)
        # Initialisms of the squamous and basal cell carcinomas ("SCC" squamous cell carcinoma, "KSCC" keratinizing
        # SCC, "NBCC" nodular basal cell carcinoma), made from the ICD-O-3 terms: they name the histology only, so
        # like "CA" they count only right beside the site that types them ("SCC of the tongue", "scalp SCC")
        initialisms: dict[str, set[str]] = {}
        for term, entry in vocab["morphology"].items():
            words = term.split()
            if _KERATINOCYTE[0] <= entry["morphology"][:3] <= _KERATINOCYTE[1] and entry["morphology"].endswith("/3") \
                    and len(words) >= 3 and words[-1] == "carcinoma" and all(w.isalpha() for w in words):
                initialisms.setdefault("".join(w[0] for w in words).upper(), set()).update(entry["topography"])
        for abbr, topo in initialisms.items():
            if abbr not in self.abbrevs and abbr.lower() not in self.terms:
                self.abbrevs[abbr] = TermInfo(None, None, weak=True, topography=frozenset(topo) | {"C44"})
        self._closed_compounds()
        # the tabular list's kind-coded blood and histiocytic names, and WHO names qualified by their genetics
        add_kind_terms(self.terms, TermInfo, tax.type_of_icd10, {t.id: t.default_code for t in tax.types})
        self._possessive_names()
        self._morbus_names()
        self._eponym_sites()
        self._compound_initialisms()
        # "metastatic adenocarcinoma, lung primary": a site right before "primary" names the
        # primary cancer, in a sentence that speaks of malignancy (checked in `mentions`)
        for w in _PRIMARY_WORDS:  # "... consistent with lung origin" says the same
            self.terms.setdefault(w, TermInfo(None, None, weak=True))
        from spacy.lang.en.stop_words import STOP_WORDS

        self._needs_expansion = {}
        for t in tax.types:
            for abbr, expansion in t.abbreviations.items():
                if abbr.lower() in STOP_WORDS or abbr.lower() in _UNIT_WORDS or abbr in t.ambiguous:
                    # the word of the disease that says it: its organ where the name has one ("thyroid" of
                    # "papillary thyroid carcinoma", not the "carcinoma" any cancer has), else its head noun
                    words = normalize_term(expansion).split()
                    self._needs_expansion[abbr] = next((w for w in words if w in t.sites), words[-1])
        self._needs_expansion.update(self._organ_graded)
        self._haematologic_initialisms(STOP_WORDS)
        self._corroboration(tax)
        words = sorted({w for term in self.terms for w in re.split(r"[ /]", term) if len(w) > 3}
                       | {"cancer", "carcinoma", "malignan", "lymphoma", "leukemia", "melanoma", "sarcoma",
                          "myeloma", "glioma", "blastoma"})
        heads = sorted({w for w in words if w in ("cancer", "malignan") or any(
            w.endswith(s) for s in ("oma", "omas", "emia", "aemia", "emic", "cancer", "cancers"))})
        # distinctive words of the taxonomy's own disease names ("hodgkin", "waldenstrom", "fungoides")
        named = {w for t in tax.types for term in t.terms
                 for w in re.findall(r"[a-z]+", term.lower().replace("'s", "s"))
                 if len(w) >= 5 and w not in _COMMON_TERM_WORDS and w not in self._site_words()}
        named |= {w[:-1] for w in named if w.endswith("s") and len(w) > 5}  # "hodgkins" and "hodgkin"
        abbrs = sorted(self.abbrevs)
        # pre-filter: a set intersection over the note's words (one regex scan, no alternation)
        self._heads = frozenset(heads) | named | {"malignancy", "malignancies", "malignant", "metastatic",
                                                   "metastasis", "metastases", "carcinomatosis"}
        # a term with no head word ("lentigo maligna", "neuroendocrine tumor", "Sezary syndrome") pre-selects
        # a note by its rarest distinctive word (the matcher still needs the whole term); a term whose words
        # are all ordinary ("large cell ca") is left to its other words, so few more notes reach spaCy
        counts: dict[str, int] = {}
        for term in self.terms:
            for w in set(re.split(r"[ /-]", term)):  # "teratoid/rhabdoid": two words, as the note's word finder reads
                counts[w] = counts.get(w, 0) + 1
        site_words = self._site_words()
        english = resources.english_word_freq()
        for term in self.terms:
            words = re.split(r"[ /-]", term)
            if not self._heads.isdisjoint(words):
                continue
            cands = [w for w in words if len(w) >= 6 and w.isalpha() and w not in _COMMON_TERM_WORDS
                     and w not in site_words and not w.endswith(_ORDINARY_ENDINGS)]
            # a term all of whose words have ordinary endings ("atypical teratoid/rhabdoid tumor") by a word no
            # English text uses ("rhabdoid"), which selects few notes
            cands = cands or [w for w in words if len(w) >= 6 and w.isalpha() and w not in site_words
                              and w not in _COMMON_TERM_WORDS and w not in _TUMOR_WORDS and not english.get(w)]
            # a short surname before "disease" or "tumor" ("Bowen disease", "Askin tumor"; "yolk sac tumor"): its
            # word of four letters or more that is no frequent English word (only for such names: clinical words
            # like "cyst" or "nodular" would send many more notes to the parser)
            if not cands and re.fullmatch(r"disease|tumou?rs?|syndrome", words[-1]):
                cands = [w for w in words if len(w) >= 4 and w.isalpha() and w not in site_words
                         and w not in _COMMON_TERM_WORDS and w not in _TUMOR_WORDS and english.get(w, 0) <= _FREQUENT]
            if cands:
                self._heads |= {min(cands, key=lambda w: (counts[w], -len(w)))}
            elif self.terms[term].type_id in HAEM_TYPES and len(words) > 1:
                # a haematological disease named in ordinary words only ("heavy chain disease", ICD-10-CM C88.2) by
                # its least frequent English word of five letters or more
                cands = [w for w in words if len(w) >= 5 and w.isalpha() and w not in site_words
                         and w not in _COMMON_TERM_WORDS]
                if cands:
                    self._heads |= {min(cands, key=lambda w: (english.get(w, 0), -len(w)))}
        self._abbr_set = frozenset(abbrs)
        # abbreviations that still say the disease in an all-caps note: written in capitals, and no frequent
        # English word ("ALL", "PIN III" are words there; "NSCLC", "DLBCL", "DCIS" are not)
        frequency = self._frequency = resources.english_word_freq()
        self._caps_safe = frozenset(a for a, i in self.abbrevs.items() if a.isupper() and not i.weak
                                    and frequency.get(_WORD_RE.findall(a)[0].lower(), 0) <= _FREQUENT
                                    and a not in self._needs_expansion)
        self._abbr_lower = {a.lower(): self.abbrevs[a] for a in self._caps_safe}
        # weak abbreviations ("CA") by their lower-case form: they match in any case (`setup`, `might_mention`)
        self._weak = {a.lower(): i for a, i in self.abbrevs.items() if i.weak}
        self._titles, self._nos_kinds = self._title_codes()
        # subcategories that a name "... NOS" at any depth codes as a kind written without its subtype
        self._without_subtype = frozenset(
            c[:5] for c in cm.get_all_codes(True) if "C81" <= c[:3] <= "C96" and len(c) > 4
            and any(i.endswith(" NOS") for i in cm.get_inclusion_term(c)))
        # the words a taxonomy abbreviation stands for, less a "non-" word (what it is not, as in titles)
        self._abbreviation_words = {
            abbr: frozenset(re.findall(r"[a-z]+", re.sub(r"\bnon-[a-z]+", " ", expansion.lower())))
            for t in tax.types for abbr, expansion in t.abbreviations.items()}
        self._tumor_sites = frozenset(w for site, (ty, _c) in self.sites.items() if ty in TUMOR_MEANS_CANCER
                                      for w in site.split() if len(w) > 3)
        self._hist_words = frozenset(w for term in self.terms for w in term.split())
        self._shared_parts = self._parts_of_several_organs()
        self._region_organs = self._region_organ_words()
        self._typo_index: Any = None  # built in `setup` (it needs the spelling stage's medical vocabulary)
        self._inverted = self._index_order_forms()
        self._grade_forms = self._malignant_grades()
        self._operations: frozenset[str] = frozenset()  # set in `setup` (it needs the medical vocabulary)

    def _corroboration(self, tax: Taxonomy) -> None:
        """The staging systems, markers, cancer-only drugs and operations of each type (taxonomy `staging`,
        `markers`, `drugs`, `procedures`) as patterns. A staging system with its stage value names its cancer (the
        system is defined for that cancer only: "Breslow 1.2 mm" a melanoma, "Rai stage II" CLL, "BCLC A" a
        hepatocellular carcinoma); the others only corroborate."""
        self._staging = {n: TermInfo(t.id, code) for t in tax.types for n, code in t.staging.items()}
        # a name written with its stage word ("FIGO grade", "Okuda stage") is no surname: its Roman or Arabic value may
        # be followed by any word ("FIGO grade 1 endometrioid"); a bare name's value must end its phrase
        worded = [n for n in self._staging if n.rsplit(" ", 1)[-1] in _STAGE_WORDS]
        tail = r"(?:\s*(?:of|is|was|=|:))?\s*(?:\(?(?:19|20)\d\d\)?\s+)?"
        self._staging_re = re.compile(
            rf"(?<![\w-])(?:(?i:({_prefix_tree(worded)})){tail}(?:[IV]{{1,4}}[A-ES]{{0,2}}|[0-5][A-E]?)(?![\w+])"
            rf"|(?i:({_prefix_tree(self._staging)}))(?:\s+(?i:{'|'.join(_STAGE_WORDS)}))?{tail}{_STAGE_VALUE})"
        ) if self._staging else None
        # a marker or drug several types list (trastuzumab: breast and stomach) belongs to each, in taxonomy order
        self._markers: dict[str, list[tuple[str, str]]] = {}
        for t in tax.types:
            for n, code in t.markers.items():
                self._markers.setdefault(n.lower(), []).append((t.id, code))
        # ... and every type whose marker names hold a marker's name as words ("HER2" in "HER2-positive gastric"):
        # where a marker alone places a site-less histology (`_sentence_markers`)
        self._marker_owners = {n: {t for m, owners in self._markers.items() for t, _c in owners
                                   if re.search(rf"(?<![\w-]){re.escape(n)}(?![\w+])", m)} for n in self._markers}
        self._drugs: dict[str, list[str]] = {}
        for t in tax.types:
            for d in t.drugs:
                self._drugs.setdefault(d, []).append(t.id)
        self._procedures = {p.lower(): t.id for t in tax.types for p in t.procedures}
        self._marker_re = re.compile(rf"(?<![\w-])(?i:({_prefix_tree(self._markers)}))(?![\w-])") \
            if self._markers else None
        self._drug_re = re.compile(rf"(?<![\w-])(?i:({_prefix_tree(self._drugs)}))(?![\w-])") if self._drugs else None
        # a cancer operation dated in a past year ("TURBT 2023"): a course over (`_over_anywhere`)
        self._dated_operation = dated_operation_pattern([p for t in tax.types for p in t.procedures])
        self._procedure_re = re.compile(rf"(?<![\w-])(?i:({_prefix_tree(self._procedures)}))(?![\w-])") \
            if self._procedures else None

    def _type_support(self, text: str, sections: list[tuple[int, str]]) -> dict[str, str]:
        """Type -> code of what corroborates a type in the note, outside a family or social history: a marker
        (its own code), one of the type's operations, a staging system with its value (the type's default
        code where no marker gives one)."""
        found = self._marker_types(text, sections)
        for pattern, table in ((self._procedure_re, "p"), (self._staging_re, "s")):
            for m in pattern.finditer(text) if pattern is not None else ():
                if section_kind(sections, m.start()) in ("family", "social"):
                    continue
                name = _stage_name(m)
                if table == "p":
                    ty = self._procedures[name]
                    code = self.taxonomy.get(ty).default_code
                else:
                    ty, code = self._staging[name].type_id or "", self._staging[name].code or ""
                found.setdefault(ty, code)
        return found

    def _marker_organ(self, text: str, sections: list[tuple[int, str]]) -> tuple[str, str] | None:
        """The one type whose markers the note gives, for a pathological TNM stage with no organ beside it and no other
        way to its organ ("pT1c N0 ... ER 90%, PR 60%, HER2 1+": breast): a resected cancer's stage with its tumour's
        receptor or molecular profile. Markers of two types, or of none, give nothing."""
        found = self._marker_types(text, sections)
        return next(iter(found.items())) if len(found) == 1 else None

    def _marker_types(self, text: str, sections: list[tuple[int, str]]) -> dict[str, str]:
        """Type -> code of the markers the note gives outside a family or social history (a marker several types
        list counts for each, the first code a type gets kept)."""
        found: dict[str, str] = {}
        for m in self._marker_re.finditer(text) if self._marker_re is not None else ():
            if _ABSENT_BEFORE.search(text, max(0, m.start() - 30), m.start()):
                continue  # a finding written absent ("smear without blasts", "negative for JAK2") corroborates nothing
            if section_kind(sections, m.start()) not in ("family", "social"):
                for ty, code in self._markers[m.group(1).lower()]:
                    found.setdefault(ty, code)
        return found

    def _corroborated(self, text: str, abbr: Any, support: dict[str, str]) -> bool:
        """An abbreviation that is also an English word or a unit ("ALL", "MM") used as its disease: written as a
        diagnosis ("ALL dx age 4", "ALL in remission"), after a lineage ("T-cell ALL", "Ph+ ALL"), or in a note
        where a marker, operation or staging system of its type stands ("MM, IgG kappa")."""
        info = self.abbrevs.get(abbr.text)
        if info is not None and info.type_id in support:
            return True
        return self._as_diagnosis(text, abbr)

    @staticmethod
    def _as_diagnosis(text: str, abbr: Any) -> bool:
        """An abbreviation written as a diagnosis ("ALL dx age 4", "MCL in second remission", "ALL in CR1") or after a
        lineage ("T-cell ALL", "Ph+ ALL")."""
        return bool(_AS_DIAGNOSIS.match(text, abbr.end_char, abbr.end_char + 60)
                    or _LINEAGE_BEFORE.search(text, max(0, abbr.start_char - 20), abbr.start_char))

    def _disease_after(self, text: str, abbr: Any) -> bool:
        """An abbreviation written as a disease: as a diagnosis (`_as_diagnosis`), before its stage or grade, an organ
        it is "of" or "in", or a cancer drug it is "on" ("GIST of the jejunum", "chl, stage IIA", "MCRPC ON
        ENZALUTAMIDE")."""
        if self._as_diagnosis(text, abbr):
            return True
        m = _DISEASE_AFTER.match(text, abbr.end_char)
        if m is None:
            return False
        if m.group("site") is None:
            return m.group("drug") is None or (self._drug_re is not None
                                               and self._drug_re.match(text, m.start("drug")) is not None)
        words = m.group("site").lower().split()
        return any(" ".join(words[:k]) in self.sites for k in range(1, len(words) + 1))

    def _folded_abbreviation(self, text: str, abbr: Any) -> bool:
        """An abbreviation written in another case than the vocabulary's counts only where it is written as a disease
        (`_disease_after`: "Mcrpc, on enzalutamide", "chl, stage IIA", "gist of the jejunum"): in a note with its
        capitals, a lower-case initialism alone is a code or a word ("Hcc and Nsclc are codes on her form")."""
        return self._disease_after(text, abbr)

    def _malignant_grades(self) -> frozenset[str]:
        """The malignant grade of a tumour whose plain name is benign: where ICD-O-3 lists "malignant X" and X alone is
        no malignancy (meningioma, solitary fibrous tumor, hemangiopericytoma), "anaplastic X" and "X, WHO grade 3"
        (or III, 4, IV: the WHO grades that make such a tumour malignant, e.g. the anaplastic meningioma 9530/3, C70)
        name the malignant one. Adds the terms and the matcher's comma and bracket forms (under "H" of
        `self._inverted`); returns the graded terms, which the index-order comma check must keep."""
        graded: set[str] = set()
        for term, info in list(self.terms.items()):
            name = term[len("malignant "):]
            if not term.startswith("malignant ") or name in self.terms or not name.endswith(("oma", "tumor")):
                continue
            self.terms.setdefault(f"anaplastic {name}", info)
            for g in ("3", "iii", "4", "iv"):
                for grade in (f"who grade {g}", f"grade {g}", f"who cns grade {g}", f"cns who grade {g}"):
                    key = f"{name} {grade}"
                    self.terms.setdefault(key, info)
                    graded.add(key)
                    self._inverted["H"] += [f"{name}, {grade}", f"{name} ({grade}"]
        return frozenset(graded)

    def _kin_topography(self, morphology: dict[str, Any]) -> None:
        """A subtype occurs where its parent histology does: a term whose last words are another ICD-O-3 term of the
        same morphology group ("basaloid squamous cell carcinoma" 8083/3, "squamous cell carcinoma" 8070/3: both
        805-808) also fits the parent's sites, which SEER's validation list leaves out for rare subtypes (the anal
        canal for basaloid SCC). Only for linking a site (`_fits`); a term's own organ and category still come from
        its own sites."""
        def group(m: str) -> int:
            return _MORPHOLOGY_GROUPS[bisect_right(_MORPHOLOGY_GROUPS, int(m[:3])) - 1]

        for term, entry in morphology.items():
            info, words = self.terms.get(term), term.split()
            if info is None or not info.topography:
                continue
            for k in range(1, len(words) - 1):
                parent = " ".join(words[k:])
                if parent in morphology and parent in self.terms:
                    p = self.terms[parent]
                    if p.topography and p.in_situ == info.in_situ \
                            and group(morphology[parent]["morphology"]) == group(entry["morphology"]):
                        info.kin_topography = p.topography | (p.kin_topography or frozenset())
                    break

    def _haematological_name(self, listed: TermInfo, code: str) -> bool:
        """ICD-10-CM names the haematological disease (`code` in C81-C96, which classify lymphoid and haematopoietic
        cancers by kind, not by site) more precisely than the entry the ICD-O-3 list or the taxonomy gave its name:
        that entry is its type's default code ("acute leukemia" C95.90, ICD-10-CM's "Acute leukemia NOS" C95.00) or
        a code of another category ("mast cell sarcoma" read as a soft-tissue sarcoma, C49.9: ICD-10-CM C96.22). Not
        where the entry is already a code below it."""
        if not "C81" <= code[:3] <= "C96" or not listed.code or listed.code.startswith(code):
            return False
        default = next((t.default_code for t in self.taxonomy.types if t.id == listed.type_id), None)
        return listed.code[:3] != code[:3] or listed.code == default

    def _kinds_of_named_kinds(self) -> dict[str, str]:
        """Term -> code, for a haematological term left at its type's default code whose last words are another term
        of its type with a code of its own: a kind of that disease ("therapy-related acute myeloid leukemia", ICD-O-3
        9920/3: the C92.0 of "acute myeloid leukemia"). ICD-10-CM has no title for the modifier and codes the disease
        it modifies; used where the words written with it name no kind of their own (`_title_code`)."""
        defaults = {t.id: t.default_code for t in self.taxonomy.types
                    if t.morphology and t.id not in ("melanoma", OTHER)}
        out: dict[str, str] = {}
        for term, info in self.terms.items():
            if info.type_id not in defaults or info.code != defaults[info.type_id]:
                continue
            words = term.split()
            for k in range(1, len(words) - 1):
                parent = self.terms.get(" ".join(words[k:]))
                if parent is not None and parent.type_id == info.type_id and parent.code \
                        and parent.code != info.code:
                    out[term] = parent.code
                    break
        return out

    def _noun_forms(self, tax: Taxonomy) -> None:
        """Written forms of named histologies. The plural of a specific multi-word one ("multiple basal cell
        carcinomas", "carcinoid tumors") is the patient's tumours, as the singular; generic plurals ("cancers") stay
        weak. An "X tumor" whose X ICD-O-3 itself uses as a head noun ("goblet cell carcinoid", so "carcinoid") is
        also written as X alone ("small bowel carcinoid"); an X that is only ever a modifier ("neuroendocrine") or a
        site word is not."""
        generic = set(tax.generic)
        heads = {term.rsplit(" ", 1)[-1] for term in self.terms if " " in term}
        for term, info in list(self.terms.items()):
            words = term.split()
            if len(words) < 2 or term in generic or info.weak or info.tumor:
                continue
            if words[-1].endswith("oma") or words[-1] in ("tumor", "tumour"):
                self.terms.setdefault(term + "s", info)
            if len(words) == 2 and words[1] in ("tumor", "tumour") and words[0] in heads \
                    and words[0] not in self.sites and words[0] not in generic:
                self.terms.setdefault(words[0], info)

    def _british_forms(self) -> None:
        """The British spellings of the histology terms and sites (`_BRITISH`): ICD-O-3 and ICD-10-CM spell them the
        American way, and notes written or translated elsewhere the other ("malignant peripheral nerve sheath
        tumour", "oesophageal adenocarcinoma"); the same entry, so a form never names more than its term."""
        for table in (self.terms, self.sites):
            for term, entry in list(table.items()):
                form = term
                for pattern, british in _BRITISH:
                    form = pattern.sub(british, form)
                if form != term:
                    table.setdefault(form, entry)  # type: ignore[arg-type]
                    if table is self.terms and term in self._tabular_names:  # the same name, the same provenance
                        self._tabular_names.setdefault(form, self._tabular_names[term])

    def _bare_fallbacks(self) -> None:
        """What a histology that needs a site is when the note gives it none, rather than a malignancy of unknown
        site (C80.1): a histology ICD-10-CM codes in a block of its own is that block's unspecified site (a
        well-differentiated neuroendocrine tumour: C7A.00); a subtype of a disease the taxonomy names is that
        disease ("nodular basal cell carcinoma": C44.91, "parosteal osteosarcoma": bone)."""
        named = {normalize_term(term): (t.id, code) for t in self.taxonomy.types for term, code in t.terms.items()}
        for term, info in self.terms.items():
            if info.type_id is not None or info.weak or info.fallback:
                continue
            if info.block:
                unspecified = self._block_titles(info.block)[1]
                if unspecified:
                    info.fallback = (self.taxonomy.type_of_icd10(unspecified) or OTHER, unspecified)
                continue
            words = term.split()
            parent = next((named[" ".join(words[k:])] for k in range(1, len(words))
                           if " ".join(words[k:]) in named), None)
            if parent is not None:
                info.fallback = parent

    def _operation_sites(self, vocabulary: frozenset[str] | set[str]) -> frozenset[str]:
        """The operations that remove an organ name it: "<organ stem>ectomy" from the organ's single-word site noun or
        adjective (thyroid: "thyroidectomy"; prostate: "prostatectomy"; gastric: "gastrectomy"; pancreatic:
        "pancreatectomy"; laryngeal: "laryngectomy"; appendiceal: "appendectomy"), with "hemi-", kept where the
        medical vocabulary has the word (no "colonectomy"), so "a total thyroidectomy ... for papillary carcinoma" is
        thyroid. They link a histology in their own sentence only, never from elsewhere in the section or as the
        organ of a mass."""
        out: dict[str, tuple[str, str]] = {}
        for site, entry in self.sites.items():
            if " " in site or not site.isalpha() or entry[1][:3] in ("C76", "C80"):
                continue
            for ending, cut in (("iceal", 5), ("eal", 3), ("ic", 2), ("ar", 2), ("ile", 3), ("e", 1)):
                if site.endswith(ending):
                    stem = site[:-cut]
                    break
            else:
                stem = site
            if len(stem) >= 4:
                for word in (f"{stem}ectomy", f"{stem}ectomies", f"hemi{stem}ectomy"):
                    out.setdefault(word, entry)
        added = {w for w in out if w not in self.sites and w in vocabulary}
        for w in added:
            self.sites[w] = out[w]
        return frozenset(added)

    # the side in the words notes write it in: spelled out, shortened ("lt", "Rt."; not "RT", radiotherapy) or as the
    # first letter of a sided part's initialism ("LUL", `_side_initialisms`)
    _RIGHT_RE = re.compile(r"\bright\b|(?<![\w-])(?-i:rt|Rt)\b", re.I)
    _LEFT_RE = re.compile(r"\bleft\b|(?<![\w-])(?-i:lt|Lt)\b", re.I)

    def _side_near(self, window: str) -> str | None:
        """'bilateral', 'right' or 'left' when the words around a mention name one side only, else None."""
        if re.search(r"\bbilateral\b", window, re.I):
            return "bilateral"
        initials = {self.sided_initialisms.get(w.lower()) for w in re.findall(r"[A-Za-z]{3,4}", window)} - {None}
        right = bool(self._RIGHT_RE.search(window)) or "r" in initials
        left = bool(self._LEFT_RE.search(window)) or "l" in initials
        return "right" if right and not left else "left" if left and not right else None

    def _side_initialisms(self) -> None:
        """The initialisms notes write a sided part of an organ in: R or L and the initials of a taxonomy site that
        names the part by its position ("upper lobe", "upper outer quadrant") in an organ whose ICD-10-CM category
        codes the side ("left upper lobe": LUL, C34.1; "right middle lobe": RML; RUOQ), where the initialism is no
        English word or other vocabulary word. Sites named otherwise ("fallopian tube": LFT is a liver function test)
        are left."""
        import simple_icd_10_cm as cm

        sided: dict[str, bool] = {}
        frequency = resources.english_word_freq()
        taxonomy_sites = {normalize_term(site): t.id for t in self.taxonomy.types for site in t.sites}
        for site, entry in list(self.sites.items()):
            words = site.split()
            if len(words) < 2 or site not in taxonomy_sites or words[0] not in _POSITION_WORDS \
                    or not all(w.isalpha() for w in words) or entry[1][:3] in ("C76", "C80"):
                continue
            cat = entry[1][:3]
            if cat not in sided:
                sided[cat] = cm.is_valid_item(cat) and any(
                    re.search(r"\b(?:right|left)\b", cm.get_description(c).lower()) for c in cm.get_descendants(cat))
            if not sided[cat]:
                continue
            for side in ("r", "l"):
                abbr = side + "".join(w[0] for w in words)
                if len(abbr) >= 3 and abbr not in frequency and abbr not in self.sites \
                        and abbr not in self.terms:
                    self.sites[abbr] = entry
                    self.sided_initialisms[abbr] = side

    def _closed_compounds(self) -> None:
        """Names whose organ adjective and the adjective after it are written as one compound word ("adrenal
        cortical carcinoma": "adrenocortical carcinoma", "adreno-cortical"): the organ's stem joined by "o", as
        medicine forms compound adjectives, where the medical vocabulary attests the compound as a word."""
        from cancerprep.stages.spelling import medical_vocabulary

        attested = medical_vocabulary()
        for term, info in list(self.terms.items()):
            words = term.split()
            for i, (organ, tissue) in enumerate(pairwise(words)):
                stem = _COMPOUND_STEM.sub("", organ)
                if organ not in self.sites or stem == organ or not tissue.isalpha() \
                        or stem + "o" + tissue not in attested:
                    continue
                for joined in (f"{stem}o{tissue}", f"{stem}o-{tissue}"):
                    self.terms.setdefault(" ".join([*words[:i], joined, *words[i + 2:]]), info)

    def _possessive_names(self) -> None:
        """Names after a person written in the possessive ("Paget's disease", "Kaposi's sarcoma", "Wilms' tumor"):
        ICD-O-3 writes the name bare ("Paget disease"). A word before a term's last word that is no frequent English
        word, site or disease head (the surname) also stands with "'s", or "'" after an s."""
        frequency = resources.english_word_freq()
        sites = self._site_words()
        for term, info in list(self.terms.items()):
            words = term.split()
            for i, w in enumerate(words[:-1]):
                if len(w) < 4 or not w.isalpha() or frequency.get(w, 0) > _FREQUENT or w in sites \
                        or _DISEASE_HEAD.search(w):
                    continue
                self.terms.setdefault(" ".join([*words[:i], w + ("'" if w.endswith("s") else "'s"), *words[i + 1:]]),
                                      info)

    def _morbus_names(self) -> None:
        """The Latin (and German, Dutch, Scandinavian) "morbus <Name>" of a disease ICD-O-3 names "<Name> disease":
        "Morbus Kahler" is Kahler disease (myeloma), "Morbus Hodgkin" Hodgkin disease. The same holds for a surname
        that names one kind of disease by itself in a two-word name ("Waldenstrom macroglobulinemia", "Kaposi
        sarcoma": "Morbus Waldenström", "Morbus Kaposi"): no frequent English word, site or adjective (`_ADJECTIVE_END`:
        "ductal", "serous", "medullary"), and every two-word name it
        begins of one type and code (not "Paget": its disease of bone is no cancer, and ICD-O-3 has no bare "Paget
        disease")."""
        frequency = resources.english_word_freq()
        sites = self._site_words()
        named: dict[str, set[tuple[str | None, str | None]]] = {}
        for term, info in list(self.terms.items()):
            words = term.split()
            if len(words) == 2 and words[1] == "disease" and words[0].isalpha():
                self.terms.setdefault(f"morbus {words[0]}", info)
            elif len(words) == 2 and words[0].isalpha() and len(words[0]) >= 4 and _DISEASE_HEAD.search(words[1]) \
                    and frequency.get(words[0], 0) <= _FREQUENT and words[0] not in sites \
                    and not _DISEASE_HEAD.search(words[0]) and not _ADJECTIVE_END.search(words[0]) \
                    and info.type_id is not None:
                named.setdefault(words[0], set()).add((info.type_id, info.code))
        for name, kinds in named.items():
            if len(kinds) == 1 and f"{name} disease" not in self.terms:
                type_id, code = next(iter(kinds))
                self.terms.setdefault(f"morbus {name}", TermInfo(type_id, code))

    def _eponym_sites(self) -> None:
        """An organ named by the eponym of its disease: ICD-10-CM titles "<Name>'s <site>" ("Barrett's esophagus",
        K22.7) make the possessive surname alone a site word ("Barrett's segment with a nodule; resection showed
        adenocarcinoma": the oesophagus). Surnames only: a frequent English word ("farmer's lung") names no organ."""
        import simple_icd_10_cm as cm

        frequency = resources.english_word_freq()
        for code in cm.get_all_codes(False):
            for m in _EPONYM_TITLE.finditer(cm.get_description(code)):
                name, site = m.group(1).lower(), m.group(2)
                if frequency.get(name, 0) > _FREQUENT or site not in self.sites:
                    continue
                for form in (f"{name}'s", f"{name}s"):
                    self.sites.setdefault(form, self.sites[site])

    def _morphology_heads(self) -> dict[str, str]:
        """The head nouns of the names of each type that morphology decides ("lymphoma", "myeloma", "plasmacytoma",
        "melanoma"), where the names of one such type only end in them (not "leukemia": "plasma cell leukemia" is a
        myeloma's)."""
        owners: dict[str, set[str]] = {}
        for t in self.taxonomy.types:
            if t.morphology:
                for term in t.terms:
                    head = normalize_term(term).split()[-1]
                    if _DISEASE_HEAD.search(head):
                        owners.setdefault(head, set()).add(t.id)
        return {head: ids.pop() for head, ids in owners.items() if len(ids) == 1}

    def _site_initialisms(self) -> None:
        """The initials of the taxonomy's own anatomical names of three words or more ("base of tongue": BOT, C01;
        "common bile duct": CBD; "upper outer quadrant": UOQ), the clinical short form of a sub-site. Names in lay
        phrasing ("lining of the lung") or with a side (R/L, `_side_initialisms`) are left, as are initials that are
        an English word, another vocabulary word, or shared by names of two categories. They match only as written,
        in capitals (`setup`), and like every site they type a cancer only linked to its histology."""
        frequency = resources.english_word_freq()
        made: dict[str, set[tuple[str, str]]] = {}
        for t in self.taxonomy.types:
            for site, code in t.sites.items():
                words = normalize_term(site).split()
                if len(words) < 3 or not all(w.isalpha() for w in words) or code[:3] in ("C76", "C80") \
                        or _SIDE_WORDS & set(words) or "a" in words:
                    continue
                made.setdefault("".join(w[0] for w in words), set()).add((t.id, code))
        self._site_initials: dict[str, str] = {}
        for abbr, entries in made.items():
            if len({code[:3] for _t, code in entries}) == 1 and abbr not in frequency and abbr not in self.sites \
                    and abbr not in self.terms and abbr.upper() not in self.abbrevs:
                self.sites[abbr] = min(entries)
                self._site_initials[abbr.upper()] = abbr

    def _haematologic_initialisms(self, stop_words: set[str] | frozenset[str]) -> None:
        """Initialisms of the vocabulary's haematological disease names ("MCL" mantle cell lymphoma, "HCL" hairy cell
        leukemia, "NSHL"): the WHO names these diseases by their cells, and notes write the names by their initials.
        As the same letters may be another clinical abbreviation ("MCL", the knee's medial collateral ligament), such an
        initialism counts only written as a diagnosis (`_as_diagnosis`: "MCL in second remission", "HCL dx 2019"):
        the disease's word elsewhere in the note is not enough, as a note about one leukaemia names genes and other
        diseases by initials too. Initials shared by names of two kinds go to the one of the taxonomy's own types;
        those of a frequent English word or a vocabulary word are left."""
        made: dict[str, dict[str, TermInfo]] = {}
        self._made_initialisms: set[str] = set()
        for term, info in self.terms.items():
            if term in self._tabular_names:
                info = self._tabular_names[term]
                if info is None:
                    continue
            words = term.split()
            if 3 <= len(words) <= 5 and all(w.isalpha() and w not in stop_words for w in words) \
                    and info.type_id is not None and not info.secondary and not info.weak:
                made.setdefault("".join(w[0] for w in words).upper(), {})[term] = info
        frequency = resources.english_word_freq()
        for abbr, named in made.items():
            kinds = {(i.type_id, (i.code or "")[:3]) for i in named.values()}
            if len(kinds) > 1:
                # names of several kinds: the one of the taxonomy's own types, the common cancers, over a rarer
                # other_cancer ("MCL": mantle cell lymphoma, not mast cell leukemia)
                named = {t: i for t, i in named.items() if i.type_id != OTHER}
                kinds = {(i.type_id, (i.code or "")[:3]) for i in named.values()}
            if not named or len(kinds) > 1:
                continue
            term, info = next(iter(named.items()))
            if term.split()[-1] not in _HAEM_HEADS:
                continue
            if abbr in self.abbrevs or abbr.lower() in self.terms or abbr.lower() in self.sites \
                    or frequency.get(abbr.lower(), 0) > _FREQUENT:
                continue
            self.abbrevs[abbr] = info
            self._needs_expansion[abbr] = term.split()[-1]
            self._made_initialisms.add(abbr)

    def _compound_initialisms(self) -> None:
        """Histology initialisms written after letters for the site or kind ("ESCC" oesophageal squamous cell carcinoma,
        "UTUC" upper tract urothelial carcinoma, "cSCC"): the initials of an ICD-O-3 carcinoma name after one to three
        letters. Like "SCC", such a word names the histology only, so it counts only right beside a site where ICD-O-3
        places the histology (`_link_site`, adjacent): "ESCC of the mid esophagus", "UTUC R renal pelvis"."""
        hist: dict[str, frozenset[str] | None] = {}
        for term, info in self.terms.items():
            words = term.split()
            if len(words) >= 2 and words[-1] == "carcinoma" and all(w.isalpha() for w in words) \
                    and not (info.weak or info.secondary or info.in_situ):
                abbr = "".join(w[0] for w in words).upper()
                # a name the taxonomy types by itself ("urothelial carcinoma") may arise wherever its organ's lining
                # does (renal pelvis, ureter): no topography limits it
                topo = hist.get(abbr, frozenset())
                hist[abbr] = None if topo is None or info.topography is None else topo | info.topography
        self._compound_hist = {h: TermInfo(None, None, weak=True, topography=t) for h, t in hist.items()}
        alt = "|".join(sorted(hist, key=len, reverse=True))
        self._compound_re = re.compile(rf"(?:[A-Z]{{1,3}}|[a-z])({alt})") if hist else None

    def _compounds(self, text: str) -> Iterator[tuple[int, int, str]]:
        """(start, end, histology initialism) of each compound initialism of the text (`_compound_initialisms`): a
        word of four letters at least (three-letter words, "APC", "NPC", are initialisms of their own more often) that
        is no abbreviation, vocabulary or frequent English word of its own. Capital runs are found first (one cheap
        scan), the compound pattern tried on them only."""
        if self._compound_re is None:
            return
        for m in _CAPITAL_RUN.finditer(text):
            a, b = m.start(), m.end()
            if (a and (text[a - 1].isalnum() or text[a - 1] in "-_")) or (b < len(text) and (text[b].isalnum()
                                                                                              or text[b] in "-_")):
                continue
            word = m.group(0)
            hit = self._compound_re.fullmatch(text, a, b)
            if hit is None or word in self.abbrevs or word.lower() in self.terms or word.lower() in self.sites \
                    or self._frequency.get(word.lower(), 0) > _FREQUENT or not self._beside_site(text, a, b):
                continue
            yield a, b, hit.group(1)

    def _beside_site(self, text: str, a: int, b: int) -> bool:
        """A site word, or a word that links one ("of", "in", a side), right before or after the word at a..b: a
        compound initialism is typed only by a site beside it (`_link_site`); "AJCC stage", "PICC line" have none."""
        after = _WORD_AFTER.match(text, b, b + 30)
        before = _WORD_BEFORE.search(text, max(0, a - 30), a)
        return (after is not None and (after.group(1).lower() in _SITE_LINKS or after.group(1).lower() in self.sites)) \
            or (before is not None and before.group(1).lower() in self.sites)

    def _compound_spans(self, joined: str, doc: Any) -> list[tuple[Any, TermInfo]]:
        """The compound histology initialisms of a note as spans, with the weak histology each names."""
        out = []
        for a, b, hist in self._compounds(joined):
            span = doc.char_span(a, b)
            if span is not None:
                out.append((span, self._compound_hist[hist]))
        return out

    def _adjective_forms(self) -> None:
        """A part of an organ written with the organ's adjective before it: "uterine corpus" for "corpus uteri" (C54),
        "uterine cervix" for "cervix uteri" (C53, not the uterus C55), "pancreatic tail" for "tail of pancreas",
        "gastric body" for "body of stomach". The adjectives are the single-word site words with the organ noun's own
        code that end as adjectives do; a Latin genitive in -i is the organ in -us ("uteri": uterus)."""
        adjectives: dict[str, list[str]] = {}
        for site, (_t, code) in self.sites.items():
            if " " not in site and site.endswith(("al", "ic", "ar", "ine", "ary", "ile")):
                adjectives.setdefault(code, []).append(site)
        for site, entry in list(self.sites.items()):
            m = re.fullmatch(r"([a-z][a-z ]*?) (?:of (?:the )?)?([a-z]+)", site)
            if not m or " of " in m.group(1) or entry[1][:3] in ("C76", "C80"):
                continue
            part, organ = m.groups()
            if f"{part} of " not in site and not organ.endswith("i"):
                continue  # "<part> of <organ>" or "<part> <organ>-i"; not a two-word name ("renal pelvis")
            for noun in (organ, organ[:-1] + "us"):
                if noun in self.sites:
                    for adj in adjectives.get(self.sites[noun][1], ()):
                        self.sites.setdefault(f"{adj} {part}", entry)
                    break

    def _region_organ_words(self) -> dict[str, list[tuple[frozenset[str], tuple[str, str]]]]:
        """Region words (ICD-10-CM C76, ill-defined sites) that an organ's site name ends with ("pelvis": "renal
        pelvis"), each with the words that point to that organ: the single-word sites of the organ's type
        ("kidney", "renal"). The pelvis is also the pelvic bones (C41.4), pointed to by the bone sites and the
        names of tumours the taxonomy codes to bone (osteosarcoma, Ewing sarcoma)."""
        single = [(s, e) for s, e in self.sites.items() if " " not in s]
        out: dict[str, list[tuple[frozenset[str], tuple[str, str]]]] = {}
        for region, (_t, code) in self.sites.items():
            if " " in region or code[:3] != "C76":
                continue
            for site, (ty, organ_code) in self.sites.items():
                if site.endswith(" " + region) and organ_code[:3] not in ("C76", "C80") and ty != OTHER \
                        and len(site.split()) == 2:
                    words = frozenset(s for s, e in single if e[0] == ty)
                    out.setdefault(region, []).append((words, (ty, organ_code)))
        bones = frozenset(s for s, (_t, c) in single if "C40" <= c[:3] <= "C41") \
            | {"bone", "bones", "bony", "osseous"} \
            | {w for t in self.taxonomy.types for term, c in t.terms.items() if "C40" <= c[:3] <= "C41"
               for w in normalize_term(term).split() if w != "sarcoma"}
        pelvic = self.sites.get("pelvic bones")
        if pelvic and "pelvis" in self.sites:
            out.setdefault("pelvis", []).append((bones, pelvic))
        return out

    def _parts_of_several_organs(self) -> frozenset[str]:
        """Single-word site words that ICD-10-CM titles give to organs of different types ("fundus of stomach",
        "fundus uteri"; "body of stomach", "body of pancreas"): alone they do not say which organ."""
        import simple_icd_10_cm as cm

        owners: dict[str, set[str]] = {}
        for code in cm.get_all_codes(with_dots=True):
            if not ("C00" <= code[:3] <= "C75") or not code[1:3].isdigit():
                continue
            ty = self.taxonomy.type_of_icd10(code)
            if ty is None or self.taxonomy.get(ty).morphology:
                continue  # melanoma's sites are the skin's, not other organs
            # the word names a part of something: "fundus of stomach", "fundus uteri"
            for w in set(re.findall(r"\b([a-z]+) (?:of|uteri)\b", cm.get_description(code).lower())):
                owners.setdefault(w, set()).add(f"{ty}:{code[:3]}" if ty == OTHER else str(ty))
        return frozenset(site for site in self.sites if " " not in site and len(owners.get(site, ())) > 1)

    def _index_order_forms(self) -> dict[str, list[str]]:
        """Pathology diagnosis lines written in index order, head noun first ("Carcinoma, squamous cell",
        "Adenocarcinoma, colon, sigmoid", as ICD-O-3 and SNOMED list them): the inverted form of each
        multi-word histology whose head is a morphology noun ("-oma") and of each site whose head is a site
        itself ("colon, sigmoid" -> sigmoid colon), added under the same entry; returns the matcher's comma
        forms by label. A modifier that names a site ("breast cancer") or holds a preposition ("carcinoma in
        situ") is not inverted: "cancer, breast" is more often a list than an index entry."""
        site_words = self._site_words()
        out: dict[str, list[str]] = {"H": [], "S": []}
        for label, table in (("H", self.terms), ("S", self.sites)):
            for term, entry in list(table.items()):
                words = term.split()
                if len(words) < 2 or any(w in _INDEX_STOP for w in words):
                    continue
                head, mods = words[-1], words[:-1]
                if label == "H" and (not head.endswith(("oma", "omas")) or site_words.intersection(mods)):
                    continue
                if label == "S" and head not in self.sites:
                    continue
                key = " ".join([head, *mods])
                if key not in table:
                    table[key] = entry  # type: ignore[assignment]
                    out[label].append(f"{head}, {' '.join(mods)}")
        return out

    @staticmethod
    @cache
    def _block_titles(block: str) -> tuple[tuple[tuple[str, frozenset[str]], ...], str | None, str | None]:
        """The leaf codes of a `_SITE_BLOCKS` subcategory at a named site, with the site words of their titles
        ("Malignant carcinoid tumor of the ileum" -> {ileum}); then its unspecified-site and its other-sites code.
        The gut-region codes (foregut, midgut, hindgut) name no organ and are left out."""
        import simple_icd_10_cm as cm

        out, unspecified, other = [], None, None
        for code in cm.get_descendants(block):
            title = cm.get_description(code).lower()
            if not cm.is_leaf(code):
                continue
            if re.search(r"unspecified site", title):
                unspecified = code
                continue
            if re.search(r"other sites", title):
                other = other or code
                continue
            if re.search(r"foregut|midgut|hindgut", title):
                continue
            words = frozenset(re.findall(r"[a-z]+", title.split(" of ", 1)[-1])) - _BLOCK_GENERIC
            if words:
                out.append((code, words))
        return tuple(out), unspecified, other

    def _block_code(self, block: str, site_code: str) -> str | None:
        """The code of `block` whose title names the site of `site_code` (its own title first, then its category's):
        C17.2 "ileum" -> C7A.012, C34.1 ("bronchus or lung") -> C7A.090, C16.9 -> C49.A2; where no title names the
        site, the block's other-sites code if `_SITE_BLOCKS` says so, else None."""
        import simple_icd_10_cm as cm

        titles, _unspecified, other = self._block_titles(block)
        for code in (site_code, site_code[:3]):
            if not cm.is_valid_item(code):
                continue
            words = set(re.findall(r"[a-z]+", cm.get_description(code).lower()))
            hits = [(len(w), c) for c, w in titles if w <= words]
            if hits:
                return max(hits)[1]
        return other if _SITE_BLOCKS[block] else None

    def _grade_three_neoplasias(self) -> None:
        """Grade III intraepithelial neoplasias, which ICD-10-CM codes as carcinoma in situ: the inclusion terms
        of D00-D09 ("cervical intraepithelial neoplasia III [CIN III]" D06, VIN III D07.1, VAIN III D07.2,
        AIN III D01.3, PIN III D07.5), in the ways notes write the grade (III, 3, grade 3, grade-III), and the
        initialism with its grade in any case ("CIN 3", "cin III", "CIN-3": the grade makes it specific). An
        initialism that is a frequent English word ("PIN", "VAIN": "pin 3" in an orthopaedic note) counts only in
        capitals with a Roman grade ("PIN III"), or an Arabic one where the note names its organ ("VAIN 3" with
        "vaginal"). Lower grades name no cancer."""
        import simple_icd_10_cm as cm
        self._organ_graded: dict[str, str] = {}
        frequency = resources.english_word_freq()
        initialisms = []
        for cat in (f"D0{n}" for n in range(10)):
            if not cm.is_valid_item(cat):
                continue
            for code in (cat, *cm.get_descendants(cat)):
                for phrase in cm.get_includes(code) + cm.get_inclusion_term(code):
                    m = _GRADE_THREE_RE.match(phrase.strip())
                    if not m:
                        continue
                    target = self.taxonomy_code(code) if code == cat else code
                    info = TermInfo(self.taxonomy.type_of_icd10(target) or OTHER, target, in_situ=True)
                    name, abbr = normalize_term(m.group(1)), m.group(2)
                    for grade in ("iii", "3", "grade iii", "grade 3", "grade-iii", "grade-3"):
                        self.terms.setdefault(f"{name} {grade}", info)
                    initialisms.append(abbr.lower())
                    if frequency.get(abbr.lower(), 0) > _FREQUENT:
                        for form in (" III", "-III", " grade III"):
                            self.abbrevs.setdefault(abbr + form, info)
                        for form in (" 3", "-3", " grade 3"):
                            # with an Arabic grade ("VAIN 3"; "PIN 3" is also an orthopaedic pin) only where the note
                            # writes the organ of its name ("vaginal", "prostate": the first word's stem)
                            self.abbrevs.setdefault(abbr + form, info)
                            self._organ_graded[abbr + form] = name.split()[0][:5]
                        continue
                    for form in ("iii", "3", "-iii", "-3", " iii", " 3", " grade 3", " grade iii"):
                        self.terms.setdefault(normalize_term(abbr + form), info)
                        self.terms.setdefault((abbr + form).lower(), info)
        # the pre-filter's test for them: the initialism right before its grade (or its grade on the next line)
        self._graded = re.compile(rf"\b(?:{'|'.join(sorted(set(initialisms)))})(?:[ -]|[ \t]*\n[ \t]*)?(?:iii|3)\b",
                                  re.I) if initialisms else None

    def _in_situ_type(self, code: str, organ_type: str) -> str:
        """The type of an in-situ code: the taxonomy's, or where the taxonomy gives it no type of its own, the type of
        the organ it was written at when every site the code covers is of that type (D02.0 covers the larynx only,
        C32: a head and neck cancer in situ, as the invasive one is; D01.5 covers the liver and the gallbladder: no
        one organ's). Where the code covers organs of several types, the organ written decides: D09.19 covers the
        kidney, renal pelvis, ureter and urethra, so a carcinoma in situ of the renal pelvis is a kidney cancer in
        situ, as its invasive C65 is, though the taxonomy files D09.1 under bladder."""
        found = self.taxonomy.type_of_icd10(code)
        sites = in_situ_sites(code)
        if found not in (None, OTHER) and organ_type not in (None, OTHER, found) \
                and organ_type in {self.taxonomy.type_of_icd10(c) for c in sites}:
            return organ_type
        if found not in (None, OTHER) or organ_type in (None, OTHER):
            return found or OTHER
        return organ_type if sites and all(self.taxonomy.type_of_icd10(c) == organ_type for c in sites) else OTHER

    @staticmethod
    def _unspecified(code: str) -> bool:
        """An ICD-10-CM code its title calls unspecified ("Non-Hodgkin lymphoma, unspecified", the code of
        "NHL"): the words written with it may name the kind ("follicular NHL": C82)."""
        import simple_icd_10_cm as cm

        return cm.is_valid_item(code) and "unspecified" in cm.get_description(code).lower()

    @staticmethod
    def _in_situ_code(type_id: str) -> str | None:
        """The ICD-10-CM in-situ category (D00-D09) whose title names the type ("Melanoma in situ": D03.9)."""
        import simple_icd_10_cm as cm

        for n in range(10):
            cat = f"D0{n}"
            if cm.is_valid_item(cat) and type_id in cm.get_description(cat).lower():
                return TextCoder.taxonomy_code(cat)
        return None

    def _title_codes(self) -> tuple[dict[str, list[tuple[str, frozenset[str], frozenset[str]]]], frozenset[str]]:
        """ICD-10-CM 4-character codes of each type the morphology decides (lymphoma, leukemia, myeloma),
        with the distinctive words of their titles ("Acute lymphoblastic leukemia" -> {acute, lymphoblastic}):
        the vocabulary that turns "B-lymphoblastic leukemia" into C91.0 rather than leukaemia NOS (C95.9); and the
        lymphoid lineage each name, or else its category's title, gives (`_lineages`). Second, the codes with a name
        the tabular list marks as the kind written without its subtype ("Diffuse large B-cell lymphoma, subtype not
        specified" C83.3, "Lymphoblastic lymphoma NOS" C83.5): where a mention's words tie kinds, it is that one."""
        import simple_icd_10_cm as cm

        out: dict[str, list[tuple[str, frozenset[str], frozenset[str]]]] = {}
        nos: set[str] = set()
        for t in self.taxonomy.types:
            if not t.morphology or t.id in ("melanoma", OTHER):
                continue  # melanoma's sub-codes are sites, not kinds
            cats = sorted({c[:3] for c in cm.get_all_codes(with_dots=True) if len(c) == 3 and t.has_icd10(c)})
            for cat in cats:
                cat_lineage = _lineages(cm.get_description(cat))
                for code in cm.get_children(cat) or [cat]:
                    title = cm.get_description(code)
                    # the code's inclusion terms are its other names ("Splenic marginal zone lymphoma" under C83.0
                    # "Small cell B-cell lymphoma"), where they share a word with the title or name the type's
                    # disease; not a fragment ("Alpha-beta and gamma delta types") or a related disorder ("Richter
                    # syndrome")
                    nouns = set(re.findall(r"[a-z]+", title.lower())) | {t.id}
                    for name in [title, *(i for i in cm.get_inclusion_term(code)
                                          if set(re.findall(r"[a-z]+", i.lower())) & nouns)]:
                        if re.search(r"\bNOS$|subtype not specified", name):
                            nos.add(code)
                        lineage = _lineages(name) or cat_lineage
                        # "Other non-follicular lymphoma" is no follicular lymphoma: a "non-" word says what it is not
                        name = re.sub(r"\bnon-[a-z]+", " ", name.lower())
                        # a word with a digit is as distinctive as a long one ("Acute myeloid leukemia M6")
                        words = frozenset(w for w in re.findall(r"[a-z][a-z0-9]*", name)
                                          if (len(w) > 2 or not w.isalpha()) and w not in _TITLE_GENERIC)
                        if words:
                            out.setdefault(t.id, []).append((code, words, lineage))
        return out, frozenset(nos)

    def _kind_words(self, type_id: str, words: set[str]) -> set[str]:
        """The words written with a haematological cancer, with an unknown word (no English, medical or coder's word)
        also read as the word of the type's ICD-10-CM titles one edit away, when exactly one is ("larg": large)."""
        title_words = {w for _c, ws, _l in self._titles.get(type_id, []) for w in ws}
        out = set(words)
        for w in words:
            if len(w) < 4 or w in title_words or w in self._frequency or w in self._typo_known:
                continue
            near = [t for t in title_words if abs(len(t) - len(w)) <= 1 and osa_distance(w, t) == 1]
            if len(near) == 1:
                out.add(near[0])
        return out

    def _kinds(self, type_id: str, lineage: frozenset[str]) -> list[tuple[str, frozenset[str]]]:
        """The ICD-10-CM names of `type_id`'s kinds (code, distinctive words), less those of another lymphoid lineage
        than the one written (`lineage`: "B-cell" written, no T/NK-cell code)."""
        return [(code, w) for code, w, own in self._titles.get(type_id, [])
                if not (lineage and own and lineage.isdisjoint(own))]

    def _title_code(self, type_id: str, words: set[str], lineage: frozenset[str] = frozenset()) -> str | None:
        """The one ICD-10-CM code of `type_id` whose title shares most distinctive words with the
        mention (and at least one besides a site word); their category when several of one category tie
        ("monocytic leukemia": C93); where categories tie, the one the tabular list names as the kind without its
        subtype ("large B-cell lymphoma": C83.3, not intravascular C83.8 or mediastinal C85.2), else None. Codes of
        another lineage than `lineage` are left."""
        # an organ alone names no kind ("skin lymphoma" is no "lymphoma of skin-associated lymphoid tissue")
        organs = {w for w in words if w in self.sites}
        scored = [(len(words & w) if (words - organs) & w else 0, code) for code, w in self._kinds(type_id, lineage)]
        best = max((n for n, _ in scored), default=0)
        hits = sorted({code for n, code in scored if n == best})  # a code's title and inclusion terms are one
        # of several kinds the words name as well, the one whose name they write whole ("acute leukemia of
        # unspecified cell type": C95.0 "Acute leukemia ...", not C92.0 "Acute myeloblastic leukemia")
        whole = sorted({code for code, w in self._kinds(type_id, lineage) if best and len(w) == best and w <= words
                        and (words - organs) & w})
        if len(hits) > 1 and len(whole) == 1:
            return whole[0]
        if best and len({c[:3] for c in hits}) > 1:
            # only a tie on the same written words ("large": C83.3, C83.8, C85.2), not one of words of different kinds,
            # and not on the head noun "disease" alone, which many kinds' names end in ("Hodgkins disease")
            shared = {frozenset(words & w) for code, w in self._kinds(type_id, lineage) if code in hits
                      and len(words & w) == best}
            same = len(shared) == 1 and bool(next(iter(shared)) - {"disease"})
            unnamed = [c for c in hits if c in self._nos_kinds]
            return unnamed[0] if same and len(unnamed) == 1 else None
        if not best:
            return None
        return hits[0] if len(hits) == 1 else hits[0][:3]

    def _other_kind(self, type_id: str, code: str, words: set[str], lineage: frozenset[str] = frozenset()) -> str:
        """A term's own kind (`code`) unless the words written with it name a kind of another ICD-10-CM category
        by more of its title's or inclusion term's words than they name the term's own ("splenic marginal zone
        lymphoma": C83.0, not the C88.4 of "marginal zone lymphoma"; "ALK-positive anaplastic large cell
        lymphoma": C84.6, not the C83.3 of "large cell lymphoma")."""
        found = self._title_code(type_id, words, lineage)
        if found is not None and len(code) == 3 and found[:3] == code:
            return found  # a name of a whole category ("anaplastic large cell lymphoma", C84) takes the kind written
        # within the term's own category only a term coded as the kind written without its subtype ("classical
        # Hodgkin lymphoma": "Classical Hodgkin lymphoma NOS", C81.7) takes the subtype its words write ("..., nodular
        # sclerosis": C81.1)
        if found is None or (found[:3] == code[:3] and not (len(found) > 3 and code[:5] in self._without_subtype)):
            return code

        def best(prefix: str) -> int:
            return max((len(words & w) for c, w in self._kinds(type_id, lineage) if c.startswith(prefix)), default=0)

        return found if best(found) > best(code[:5]) else code

    def _site_words(self) -> set[str]:
        return {w for site in self.sites for w in site.split()}

    def setup(self) -> None:
        """Load spaCy + medspacy ConText (once per worker; offline)."""
        if self._ready:
            return
        os.environ.setdefault("HF_HUB_OFFLINE", "1")
        import medspacy  # noqa: F401  (registers the medspacy_context factory)
        import spacy
        from spacy.matcher import PhraseMatcher

        nlp = spacy.blank("en")
        nlp.add_pipe("sentencizer")
        self.nlp = nlp
        import scispacy.abbreviation  # noqa: F401  (registers abbreviation_detector)

        self.abbreviations = nlp.add_pipe("abbreviation_detector")
        from medspacy.context import ConTextRule

        self.context = nlp.add_pipe("medspacy_context", config={"rules": None})
        # medspacy's ": no" / ": none" (backward) would win over "no" (forward) in "Cystoscopy: no
        # bladder tumors"; checklist answers ("Cancer: no") are caught by _CHECKLIST_NO instead
        replaced = replaced_defaults()
        gone = {r.literal.lower() for r in replaced}
        defaults = [r for r in ConTextRule.from_json(self.context.DEFAULT_RULES_FILEPATH)
                    if not r.literal.strip().startswith(":") and r.literal.lower() not in gone]
        known = {r.literal.lower() for r in defaults}
        rules = defaults + replaced + [r for r in context_rules() if r.literal.lower() not in known]
        for r in rules:  # cues that end some categories only ("after" ends a negation, not a history)
            r.terminated_by.update(TERMINATING_TYPES.get(r.category.upper(), ()))
            if list_cue(r.literal):  # a differential's items may be parted by semicolons
                r.terminated_by.discard(END_OF_SEMICOLON_CLAUSE)
        self.context.add(rules)
        # its token-pattern cues run only where a sentence holds their words (same matches; its Matcher was the
        # costliest step of coding a note)
        from cancerprep.stages.coding.context_matcher import filter_context_matcher

        filter_context_matcher(self.context)
        from cancerprep.stages.spelling import medical_vocabulary

        self._operations = self._operation_sites(medical_vocabulary())
        self.lower = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.exact = PhraseMatcher(nlp.vocab, attr="ORTH")
        self.lower.add("H", list(nlp.tokenizer.pipe(sorted(self.terms))))
        self.lower.add("S", list(nlp.tokenizer.pipe(sorted(s for s in self.sites if s.upper()
                                                            not in self._site_initials))))
        self.exact.add("S", list(nlp.tokenizer.pipe(sorted(self._site_initials))))
        for label, forms in self._inverted.items():  # "carcinoma, squamous cell", "colon, sigmoid"
            self.lower.add(label, list(nlp.tokenizer.pipe(sorted(forms))))
        # weak abbreviations ("CA") count only right beside a site, so any case may match them ("ca of the
        # lung" in a lower-case note, "CA OF THE LUNG" in an all-caps one); the others only as written
        self.exact.add("A", list(nlp.tokenizer.pipe(sorted(a for a, i in self.abbrevs.items() if not i.weak))))
        # a note written all in lower case has lost its capitals: there the abbreviations that are no English word
        # match in lower case ("nsclc", "dlbcl")
        self.lower_abbr = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.lower_abbr.add("A", list(nlp.tokenizer.pipe(sorted(self._abbr_lower))))
        self.lower.add("W", list(nlp.tokenizer.pipe(sorted(a for a, i in self.abbrevs.items() if i.weak))))
        # an abbreviation written in another case than the vocabulary's ("Nsclc", "MCRPC" in a note in capitals,
        # "chl, stage IIA" in a mixed one): matched folded, kept only where `_folded_abbreviation` allows; the "Ca"
        # forms of carcinoma ("PCa", "CaP") are left out, folded they are other words ("PCA" analgesia, "cap")
        self._abbr_fold = {a.lower(): i for a, i in self.abbrevs.items()
                           if not i.weak and " " not in a and len(a) >= 3 and a not in self._needs_expansion
                           and a not in self._made_initialisms and "".join(ch for ch in a if ch.islower()) != "a"}
        self.fold_abbr = PhraseMatcher(nlp.vocab, attr="LOWER")
        self.fold_abbr.add("A", list(nlp.tokenizer.pipe(sorted(self._abbr_fold))))
        self._build_typo_index()
        self._h = nlp.vocab.strings["H"]
        self._w = nlp.vocab.strings["W"]
        self._s = nlp.vocab.strings["S"]
        self._ready = True

    def _build_typo_index(self) -> None:
        """The words a typo is repaired to: the pre-filter's cancer words and the single-word sites, five letters or
        more ("adenocarcinoma", "lymphoma", "breast", "thyroid"), indexed by their one-letter deletes; and the words
        never repaired: frequent English words, the spelling stage's medical vocabulary (ICD-10-CM and ICD-9-CM
        words, its clinical term list) and the coder's own vocabulary ("adenocarcinomas" is no typo of the singular)."""
        from cancerprep.stages.spelling import DeleteIndex, medical_vocabulary

        targets = {w for w in self._heads | {s for s in self.sites if " " not in s} if len(w) >= 5 and w.isalpha()}
        self._typo_index = DeleteIndex(targets, depth=1, min_length=5)
        self._typo_known = medical_vocabulary() | self._hist_words | self._site_words()
        self._typo_cache: dict[tuple[str, bool], str | None] = {}

    def _repair(self, word: str, beside_cancer: bool = False) -> str | None:
        """The cancer or site word one added, dropped or swapped letter away from an unknown word
        ("adenocarcnoma", "thyriod", "stomache"), when exactly one is; None for a word that is English (in
        pyspellchecker's list at all: "brest" is a city, "prostrate" a word), medical, the coder's own, the plural
        of one of those ("adrenals"), or near none. A changed letter is repaired only in a long unknown word
        (`_SUBSTITUTION_LENGTH` letters: "leukemea") or one written right before a cancer word ("colan ca"): the
        known words it would turn into another ("tectum" -> rectum, "livor" -> liver) are never repaired, and a short
        unknown word is an abbreviation or a name more often than a typo."""
        low = word.lower()
        key = (low, beside_cancer)
        if key in self._typo_cache:
            return self._typo_cache[key]
        out = None
        known = self._typo_known
        changed = beside_cancer or len(low) >= _SUBSTITUTION_LENGTH
        # an English word beside a cancer word may be a real-word typo of an organ ("prostrate ca"); a medical or the
        # coder's own word never is
        english = low in self._frequency and not beside_cancer
        if low not in known and not english and low.rstrip("s") not in known and low[:-2] not in known:
            hits = [c for d, c in self._typo_index.lookup(low) if d == 1
                    and (len(c) != len(low) or sorted(c) == sorted(low) or changed)]
            # two spellings of one word ("leukemia", "leukaemia") are one repair
            out = hits[0] if hits and all(osa_distance(hits[0], h) <= 1 for h in hits[1:]) else None
        if len(self._typo_cache) > 100_000:
            self._typo_cache.clear()  # unknown words of millions of notes: the cache stays bounded
        self._typo_cache[key] = out
        return out

    def _malignant_site_first(self, text: str) -> str:
        """The note with "malignant <site> tumor / neoplasm / mass / lesion / growth" written "malignant <noun> of the
        <site>" ("malignant prostate tumor", "malignant lung mass"): the words that say malignancy and the organ are
        those of "malignant tumor of the prostate", in the order a problem list writes them."""
        if "alignan" not in text:
            return text

        def turn(m: re.Match[str]) -> str:
            site = m.group(2)
            words = site.lower().split()
            if not any(" ".join(words[i:]) in self.sites for i in range(len(words))):
                return m.group(0)
            return f"{m.group(1)} {m.group(3)} of the {site}"
        return _MALIGNANT_SITE_NOUN.sub(turn, text)

    def _respell(self, text: str) -> str:
        """The note with one-edit typos of cancer and site words repaired (case kept: "Thyriod" -> "Thyroid"); the
        same text when it has none. The `spelling` stage repairs typos in general when a recipe runs it; this
        repairs only the words that decide coding, so the coder reads them whichever stages ran."""
        fixes: dict[str, str] = {}
        words = list(_WORD_RE.finditer(text))
        for k, m in enumerate(words):
            w = m.group(0)
            if len(w) < 5 or w in fixes:
                continue
            if w.isupper() and len(w) < 8 and not any(
                    0 <= j < len(words) and words[j].group(0).isupper() and len(words[j].group(0)) >= 4
                    and not text[min(m.end(), words[j].end()):max(m.start(), words[j].start())].strip()
                    for j in (k - 1, k + 1)):
                continue  # short words in capitals are abbreviations more often than typos, unless written in a
                # phrase of capitals ("SMOLDERING MULTIPLE MYLEOMA")
            after = words[k + 1].group(0).lower() if k + 1 < len(words) else ""
            fix = self._repair(w, after in self._weak or after in self._heads)
            if fix is not None:
                fixes[w] = fix.upper() if w.isupper() else fix.capitalize() if w[0].isupper() else fix
        if not fixes:
            return text
        return re.sub(r"\b(" + "|".join(map(re.escape, fixes)) + r")\b", lambda m: fixes[m.group(1)], text)

    # -- analysis ----------------------------------------------------------------------------
    def might_mention(self, text: str) -> bool:
        """Cheap pre-filter: most notes name no malignancy and skip spaCy entirely."""
        words = set(_WORD_RE.findall(text))
        if words & self._abbr_set:
            return True
        lower = {w.lower() for w in words}
        if not self._weak.keys().isdisjoint(lower):
            return True  # "ca of the lung": weak abbreviations match in any case
        if not self._heads.isdisjoint(lower):
            return True
        if not self._abbr_lower.keys().isdisjoint(lower) and _lower_case(*_case_counts(text)):
            return True  # "nsclc" in a note written all in lower case
        if not self._abbr_fold.keys().isdisjoint(lower):
            return True  # "Nsclc", "MCRPC": an abbreviation in another case (`_folded_abbreviation`)
        if self._graded is not None and self._graded.search(text):
            return True  # "CIN 3", "VIN III"
        if next(self._compounds(text), None) is not None:
            return True  # "ESCC", "UTUC": a histology's initials after the site's
        if "gleason" in lower and _GLEASON_SCORE.search(text):
            return True
        if self._staging_re is not None and self._staging_re.search(text):
            return True  # "Rai stage I", "BCLC A"
        if _PTNM_RE.search(text):
            return True  # "breast pT2N1"
        if "mets" in lower and not lower.isdisjoint(_PRIMARY_WORDS):
            return True  # "brain mets from breast primary": the short plural names the spread, "primary" its origin
        if self._drug_re is not None and self._drug_re.search(text):
            sections = find_sections(text)  # once for both drug checks
            if self._type_support(text, sections):
                return True  # a cancer-only drug with a marker or operation of its type
            if self._implied_by_drug(text, sections):
                return True  # "anastrozole 1 mg daily (year 3 of 5, adjuvant)": the one cancer its drug treats
        # a "tumor" of a site whose tumours are cancers, or of any site where an antineoplastic is named (the tumour it
        # treats is a cancer: `_drug_treated_types`)
        return not lower.isdisjoint(_TUMOR_WORDS) and (not lower.isdisjoint(self._tumor_sites) or (
            self._drug_re is not None and self._drug_re.search(text) is not None))

    def mentions(self, text: str) -> list[Mention]:
        """Affirmed (not negated, uncertain, hypothetical or family) cancer mentions; in a note that names none, the
        cancer its course tells ("radical prostatectomy and salvage radiation therapy": `course_named`; "IMRT to the
        prostate, 78 Gy": `radiation_named`)."""
        found = self._named_mentions(text)
        if not found and text and (_ANY_ECTOMY.search(text) is not None or (
                self._procedure_re is not None and self._procedure_re.search(text) is not None)):
            course = course_named(text, self._course_operations(text), [
                (a, b, ty) for a, b, (ty, _c) in self._sentence_markers(text, 0, len(text))])
            if course != text:
                found = self._named_mentions(course)
        if not found and text and names_radiation_target(text):
            aimed = radiation_named(text)  # "IMRT to the prostate, 78 Gy": the organ's cancer
            if aimed != text:
                found = self._named_mentions(aimed)
        return found

    def _named_mentions(self, text: str) -> list[Mention]:
        """Affirmed (not negated, uncertain, hypothetical or family) cancer mentions the note names."""
        if not text:
            return []
        self.setup()
        # a form's unticked items say nothing (`template`); Latin and German organ names read in English (`foreign`)
        # ICD titles' secondary sites read as spread, accented letters plain
        text = _secondary_as_spread(_fold_diacritics(_plain_in_situ(_plain_clinical_shorthand(_plain_shorthand(
            _plain_side_stop(text))))))
        text = _cystoscopy_tumour(_positive_biopsy(_malignant_said_after(_plain_weak_ca(text))))
        if self._invasion_re is not None and ("nva" in text or "NVA" in text):  # "thymoma with capsular invasion"
            text = self._invasion_re.sub(lambda m: "invasive " + m.group(0), text)
        text = drop_excepted_sites(blank_unchecked(self._malignant_site_first(self._respell(english_organs(text)))))
        if not self.might_mention(text):
            return []
        from spacy.tokens import Span
        from spacy.util import filter_spans

        sections = find_sections(text)
        # Only sections that hold a vocabulary word are tokenised: the others are blanked to spaces
        # (one whitespace token each), which keeps every character offset and halves the work on
        # long notes. MTSamples-style exports join lines with ".," - split those the same way.
        bounds = [pos for pos, _ in sections] + [len(text)]
        defined = set(_DEFINED_RE.findall(text))  # "(PDAC)": sections using it are kept too
        parts = []
        mass_only: list[tuple[int, int]] = []  # sections kept only for a mass word: no spread or treatment read there
        for a, b in pairwise(bounds):
            chunk = text[a:b]
            keep = (self.might_mention(chunk) or (defined and not defined.isdisjoint(_WORD_RE.findall(chunk)))
                    or _TUMOR_SITE_RE.search(chunk) is not None or SITE_FIELD.search(chunk) is not None
                    or block_in(text, a, b)  # a checklist's heading or procedure: its organ (`block_site`)
                    or names_radiation_target(chunk))  # "SBRT right upper lobe": the organ (`irradiated_site`)
            if not keep and _MASS_RE.search(chunk) is not None:
                # a mass, nodule or polyp: the organ a site-less histology elsewhere in the note may have arisen in
                keep = True
                mass_only.append((a, b))
            parts.append(chunk if keep else " " * len(chunk))
        # numbered lists written without a space ("4)Adenocarcinoma of the prostate") lose their
        # number, same length, so the first word is a token of its own
        joined = _LIST_NUMBER.sub(lambda m: " " * len(m.group(0)),
                                  re.sub(r"(?<=[.:])([ \t]?),", r"\1 ", "".join(parts)))
        # a line wrapped inside a sentence is one sentence: "carcinoma\nin situ" is the phrase, and a
        # negation's scope runs on (same length, so offsets hold)
        # (not after a code's line: "C61 Malignant neoplasm of prostate" is its own line, `written_codes`)
        joined = _SOFT_WRAP.sub(lambda m: m.group(0) if code_line_at(joined, m.start()) else " " * len(m.group(0)),
                                joined)
        doc = self.nlp.make_doc(joined)
        # a section's heading, and the line after a code's line ("C88.90 ... not having achieved remission"), start
        # a sentence: the code's title says nothing of the next line's words
        header_starts = {s for s, _ in sections[1:]} | code_line_ends(joined)
        doc = self.nlp.get_pipe("sentencizer")(doc)
        for pos in header_starts:
            span = doc.char_span(pos, min(len(text), pos + 1), alignment_mode="expand")
            if span is not None and span.start > 0:
                doc[span.start].is_sent_start = True
        upper, letters = _case_counts(text)
        upper_ratio = upper / letters
        lowered = text.lower()
        support = self._type_support(joined, sections)
        raw = []
        for mid, s, e in self.lower(doc):
            raw.append(Span(doc, s, e, label="A" if mid == self._w else "H" if mid == self._h else "S"))
        lower_case = _lower_case(upper, letters)
        if lower_case:
            raw.extend(Span(doc, s, e, label="A") for _mid, s, e in self.lower_abbr(doc))
        for _mid, s, e in self.fold_abbr(doc):
            if doc[s:e].text not in self.abbrevs and not (lower_case and doc[s:e].text in self._abbr_lower) \
                    and self._folded_abbreviation(joined, doc[s:e]):
                raw.append(Span(doc, s, e, label="A"))
        for mid, s, e in self.exact(doc):
            if mid == self._s:
                raw.append(Span(doc, s, e, label="S"))  # a sub-site's initials ("BOT"), as written
                continue
            if upper_ratio > 0.6 and doc[s:e].text not in self._caps_safe and not self._disease_after(joined, doc[s:e]):
                continue  # all-caps notes: "ALL", "CA" are ordinary words there (NSCLC, DLBCL are not), unless written
                # as a disease ("GIST OF THE JEJUNUM", "ALL IN CR1")
            expansion = self._needs_expansion.get(doc[s:e].text)
            hyphenated = (s > 0 and doc[s - 1].text == "-" and doc[s - 1].idx == doc[s].idx - 1) or (
                e < len(doc) and doc[e].text == "-" and doc[e].idx == doc[e - 1].idx + len(doc[e - 1].text))
            if expansion and s > 0 and doc[s - 1].like_num:
                continue  # "6 MM": a measure
            if s > 1 and doc[s - 1].text == "-" and doc[s - 2].lower_ in _ANTI_WORDS:
                continue  # "anti-GBM disease", "anti-MAG": an antibody against an antigen the initialism names
            if doc[s:e].text in self._made_initialisms and not self._as_diagnosis(joined, doc[s:e]):
                continue  # an initialism made from the vocabulary's names ("MCL"): only where written as a diagnosis
            if expansion and expansion not in lowered and not hyphenated \
                    and not self._corroborated(joined, doc[s:e], support):
                continue  # "ALL", "CA": English words unless the note spells the disease out, or a qualifier is
                # joined to them by a hyphen ("B-ALL", "T-ALL"), which the English word never has, or the note
                # corroborates it (`_corroborated`)
            raw.append(Span(doc, s, e, label="A"))
        graded: dict[tuple[int, int], TermInfo] = {}
        for span, info in self._compound_spans(joined, doc) if upper_ratio <= 0.6 else ():
            graded[(span.start, span.end)] = info  # "ESCC of the mid esophagus": the histology, typed by its site
            raw.append(Span(doc, span.start, span.end, label="H"))
        for m in _GLEASON_SCORE.finditer(joined):
            # a Gleason score is given to one cancer only, prostate adenocarcinoma: the score says it even where
            # the report writes no histology ("Prostate, left apex, core: Gleason 3+3=6, 10% of the core")
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None and "gleason" in self.sites:
                graded[(span.start, span.end)] = TermInfo(*self.sites["gleason"])
                raw.append(Span(doc, span.start, span.end, label="H"))
        ptnm: set[tuple[int, int]] = set()
        for m in _PTNM_RE.finditer(joined):
            # a pathological TNM stage is given to a resected malignancy only (AJCC): right after its organ it names
            # the cancer there, as "CA" does ("right breast pT2N1", not "pT2N1" with no organ beside it)
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                graded[(span.start, span.end)] = TermInfo(None, None, weak=True)
                ptnm.add((span.start, span.end))
                raw.append(Span(doc, span.start, span.end, label="H"))
        staged: set[tuple[int, int]] = set()
        # where a staging system or a corroborated drug stands for the disease -> every type it may stand for
        evidence_only: dict[int, set[str]] = {}
        for m in self._staging_re.finditer(joined) if self._staging_re is not None else ():
            # a staging system defined for one cancer, with its stage: the disease where no disease word is written
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                system = self._staging[_stage_name(m)]
                graded[(span.start, span.end)] = system
                staged.add((span.start, span.end))
                evidence_only[span.start_char] = {system.type_id or ""}
                raw.append(Span(doc, span.start, span.end, label="H"))
        # a drug the note gives for another disease treats no cancer ("imatinib for ... pulmonary hypertension")
        drugs = [m for m in (self._drug_re.finditer(joined) if self._drug_re is not None else ())
                 if not self._other_indication(joined, m.end())]
        for m in drugs:
            # a drug given only against one type's cancer, where a marker, operation or staging of that type
            # corroborates it ("abiraterone" with a PSA; not "letrozole" for ovulation induction); never the vaccine
            ty = next((t for t in self._drugs[m.group(1).lower()] if t in support), None) \
                or self._drug_type(text, m, sections)  # ... or a course of the one cancer it treats
            if ty is None or (_BCG_RE.match(m.group(0)) and _VACCINE_RE.match(joined, m.end(), m.end() + 40)):
                continue
            span = doc.char_span(m.start(), m.end(), alignment_mode="expand")
            if span is not None:
                graded[(span.start, span.end)] = TermInfo(ty, support.get(ty) or self.taxonomy.get(ty).default_code)
                evidence_only[span.start_char] = set(self._drugs[m.group(1).lower()])
                raw.append(Span(doc, span.start, span.end, label="H"))
        # a histology in index order opens its clause ("DIAGNOSIS: Carcinoma, squamous cell, ..."); after other
        # words the comma starts a subtype ("thymic carcinoma, squamous type"), which is no inverted term
        raw = [sp for sp in raw if not (sp.label_ == "H" and "," in sp.text and sp.start > sp.sent.start
                                        and doc[sp.start - 1].text not in (":", "-", ";", ".")
                                        and normalize_term(sp.text) not in self._grade_forms)]
        spans = filter_spans(raw)
        if not any(sp.label_ in ("H", "A") for sp in spans):
            return []
        # (a phrasal verb's anatomy word is no site: "the carcinoma came back", "will head back home")
        sites = [sp for sp in spans if sp.label_ == "S" and not phrasal_anatomy(doc.text, sp.start_char, sp.end_char)]
        resolved = {(x.start, x.end): self._region_organ(x) or self._level_organ(text, x) for x in sites}

        def entry(x: Any) -> tuple[str, str]:
            return resolved.get((x.start, x.end)) or self.sites[normalize_term(x.text)]

        drug_treated: frozenset[str] | None = None  # (`_drug_treated_types`, read at the first "tumor")
        tumor_site: dict[str, str] = {}
        block_organ: dict[str, str] = {}  # a checklist block's heading or procedure ("SYNOPTIC REPORT, RECTUM:")
        irradiated: dict[str, str] = {}  # a radiation course's target ("SBRT right upper lobe, 54 Gy")
        for x in sites:
            # ... or a template's "Site:" field, whose block's other fields describe the same tumour (`template`)
            if _TUMOR_SITE_RE.search(text, x.sent.start_char, x.start_char) or site_field(text, x.start_char):
                ty, cd = entry(x)
                if cd[:3] not in ("C76", "C80"):
                    tumor_site.setdefault(ty, cd)
            elif block_site(text, x.start_char):
                ty, cd = entry(x)
                if cd[:3] not in ("C76", "C80"):
                    block_organ.setdefault(ty, cd)
            if irradiated_site(text, x.start_char):
                ty, cd = entry(x)
                if cd[:3] not in ("C76", "C80"):
                    irradiated.setdefault(ty, cd)
        # A histology and a site link only on the same side of a quotation: the patient's lay words ("'a lump under
        # my tongue' - exam: lesion of the floor of mouth; biopsy: squamous cell carcinoma") name no site of the
        # clinician's finding, and a quoted lay diagnosis takes no site from the finding after it
        quotes = [(m.start(), m.end()) for m in _QUOTE_RE.finditer(joined)]

        def quote_of(pos: int) -> int:
            return next((k for k, (a, b) in enumerate(quotes) if a <= pos < b), -1)

        ents: list[Span] = []
        cores: list[tuple[int, int]] = []  # per mention: the histology's own tokens
        infos: list[tuple[str | None, str]] = []
        named_primary: dict[int, tuple[str, str]] = {}  # sentence start -> the primary it names ("lung primary")
        via_site: set[int] = set()  # mentions whose type came from a site word, not the term itself
        site_info: dict[int, TermInfo] = {}  # ... and their histologies
        bare: list[TermInfo | None] = []  # per mention: the histology when it found no site
        staged_bare: list[Any] = []  # pathological TNM stages with no organ beside them
        siteless: set[int] = set()  # mentions that found no site of their own
        borrowed: dict[int, TermInfo] = {}  # histologies that took their organ from another sentence
        for sp in spans:
            if sp.label_ == "S":
                continue
            info = (self.abbrevs.get(sp.text) or self._weak.get(sp.text.lower())
                    or (self._abbr_lower.get(sp.text.lower()) if lower_case else None)
                    or self._abbr_fold.get(sp.text.lower()) if sp.label_ == "A"
                    else graded.get((sp.start, sp.end)) or self.terms.get(normalize_term(sp.text)))
            if info is None:
                continue
            if sp.label_ == "A" and sp.end < len(doc) and (doc[sp.end].text in ("19", "125") or (
                    doc[sp.end].text == "-" and sp.end + 1 < len(doc) and doc[sp.end + 1].like_num)
                                                            or _numbered_label(doc, sp.end)):
                continue  # tumour markers CA-125, CA 19-9; a hyphen before a word is a qualifier ("CML-CP"); a
                # category numbered or named as a code ("HCC 37", "HCC codes": hierarchical condition categories)
            if sp.label_ == "A" and self._billing_tag(doc, sp):
                continue  # "(CMS/HCC)": a problem list's hierarchical condition category, not hepatocellular carcinoma
            if sp.end < len(doc) and doc[sp.end].lower_ in _INSTITUTION:
                continue  # "Regional Cancer Center" names a place, not a diagnosis
            if info.type_id is None and sp.end < len(doc) and doc[sp.end].lower_ in DOCUMENT_WORDS:
                continue  # "a CAP cancer checklist is not applicable": a form's name, no disease (`reporting`)
            if self._not_the_disease(doc, sp):
                continue  # "pre-cancer", "CLL-type cells", "AML (angiomyolipoma)"
            if sp.text.lower() in _PRIMARY_WORDS and (not _MALIGNANT_CONTEXT.search(sp.sent.text) or any(
                    m.start() <= sp.start_char - sp.sent.start_char < m.end()
                    for m in _UNKNOWN_PRIMARY.finditer(sp.sent.text))):
                continue  # "of unknown primary involving the liver" names no primary
            # a histology links only to sites where ICD-O-3 says it occurs (no "adenocarcinoma"
            # of the brain: that is a metastasis)
            # a kind-coded blood or histiocytic neoplasm takes no site (`borders.kind_coded`)
            fit = [] if info.secondary or kind_coded(info.code) else [x for x in sites if self._fits(info, entry(x))
                                             and not (x.end < len(doc) and doc[x.end].lower_ in _GRAFT_WORDS)
                                             and not (x.end < len(doc) and doc[x.end].lower_ in _NODE_WORDS)]
            if quotes:
                fit = [x for x in fit if quote_of(x.start_char) == quote_of(sp.start_char)]
            if info.tumor:
                if drug_treated is None:
                    drug_treated = self._drug_treated_types(text, sections)
                fit = [x for x in fit if entry(x)[0] in TUMOR_MEANS_CANCER or entry(x)[0] in drug_treated]
            if (topo := info.topography or info.sites_of) and not topo.isdisjoint(_LIMB_TISSUES):
                # a limb region is the skin's only for a histology that cannot arise in the limb's bone or soft
                # tissue too ("pleomorphic sarcoma of the thigh" is C49.2's, not the skin's)
                fit = [x for x in fit if normalize_term(x.text) not in self._skin_regions]
            sent_op = None  # (`_sentence_operation`, read for a site-less histology below)
            site = self._link_site(doc, sp, fit, adjacent=info.weak,
                                   regional=(info.code or "")[:3] in ("C76", "C80"))
            organs = [x for x in fit if normalize_term(x.text) not in self._operations]
            if site is None and (info.type_id is None and not info.weak):
                # an organ written in the sentence before the operation that removed it ("Distal common bile duct,
                # pancreaticoduodenectomy: cholangiocarcinoma")
                site = self._sentence_site(doc, sp, organs) or self._sentence_site(doc, sp, fit)
                if site is not None and normalize_term(site.text) in self._operations:
                    # the organ word in the histology's own name is more precise than the operation that removed the
                    # organ ("endometrial stromal sarcoma found at hysterectomy": the endometrium, C54.1)
                    site = self._own_site(doc, sp, info) or site
                # ... but a cancer operation of one type in its own sentence is nearer evidence than an organ elsewhere
                # in the section ("Carcinoma on biopsy; a partial gastrectomy is planned" after a fracture's limb)
                if site is None:
                    sent_op = self._sentence_operation(joined, sp, info, [
                        (x.start_char, x.end_char, entry(x)) for x in fit if x.sent.start == sp.sent.start
                        and normalize_term(x.text) in self._operations])
                site = site or (None if sent_op else self._section_site(doc, sp, organs, sections)) \
                    or self._own_site(doc, sp, info)
            elif site is None and info.type_id is not None and (not self.taxonomy.get(info.type_id).morphology
                                                                 or info.type_id in SITE_CODED_MORPHOLOGY):
                # a pathology line names the organ of a named disease too ("Right ureter, biopsy:
                # urothelial carcinoma" is C66, not the bladder the term defaults to), and the site a melanoma is
                # coded at ("Right eye, enucleation: melanoma" C69; not "Liver, biopsy: metastatic melanoma")
                site = (self._sentence_site(doc, sp, organs, labelled_only=True)
                        or self._sentence_site(doc, sp, fit, labelled_only=True))
            if site is not None and normalize_term(site.text) in self._shared_parts | _LININGS:
                # a part that several organs have ("fundus": stomach, uterus, gallbladder) belongs to the organ
                # labelling the pathology line ("Gallbladder, cholecystectomy: adenocarcinoma of the fundus"); a
                # lining several organs have belongs to the organ its sentence names ("urothelial carcinoma in situ
                # of the renal pelvis": the kidney's D09.19, not the bladder's D09.0)
                organs = [x for x in fit if normalize_term(x.text) not in self._shared_parts | _LININGS]
                organ = self._sentence_site(doc, sp, organs, labelled_only=True)
                if organ is None and normalize_term(site.text) in _LININGS:
                    organ = self._sentence_site(doc, sp, organs)
                if organ is not None:
                    site = organ
            type_id, code = info.type_id, info.code
            start, end = sp.start, sp.end
            site_type, site_code = entry(site) if site is not None else (None, None)
            skin = self._skin_of(doc, site, info) if site is not None else None
            if skin is not None:
                site_type, site_code = skin
            if site_code and info.topography and site_code[:3] not in info.topography and _vague_site(site_code):
                # the organ named less precisely than the histology allows ("adenosarcoma of the uterus"
                # occurs only in the corpus, C54): the histology's own category within that organ. Only for a site
                # named as a whole or a part unspecified: SEER's list leaves organs out of a histology's sites (no
                # renal pelvis for carcinoma NOS), so an organ named precisely ("renal pelvis" C65) keeps its code
                cats = sorted(info.topography & self._type_topo.get(site_type, frozenset()))
                if len(cats) == 1:
                    site_code = self.taxonomy_code(cats[0])
            if type_id is not None and site is not None and not self.taxonomy.get(type_id).morphology:
                # Where morphology does not decide (docs/design.md: only lymphoma, leukemia, myeloma and
                # melanoma do), the written site does: "cholangiocarcinoma of the liver" is liver,
                # "transitional cell carcinoma of the renal pelvis" kidney (C65), "... of the ureter" C66.
                if site_type not in (OTHER, type_id):
                    type_id, code = site_type, site_code
                    start, end = min(start, site.start), max(end, site.end)
                elif site_type == type_id and (code == self.taxonomy.get(type_id).default_code
                                               or _refines(code, site_code)
                                               or (info.sites_of and site_code[:3] != code[:3]
                                                   and site_code[:3] in info.sites_of)):
                    # same type, more specific site ("glioblastoma of the temporal lobe"; "osteosarcoma of the femur":
                    # C40.2 within the bone block, where the term alone says bone NOS, C41.9); or another site where
                    # ICD-O-3 places a disease the taxonomy codes at its commonest organ ("neuroblastoma of the
                    # posterior mediastinum": C38, not the adrenal C74)
                    code = site_code
                    start, end = min(start, site.start), max(end, site.end)
            elif type_id in SITE_CODED_MORPHOLOGY and site is not None \
                    and code == self.taxonomy.get(type_id).default_code:
                skin_part = _skin_part(site.text, doc.text[max(0, site.start_char - 30):site.end_char + 20])
                code = self._melanoma_code(skin_part or site_code) or code
                start, end = min(start, site.start), max(end, site.end)
            if site is None and type_id is None and not info.weak and not info.secondary \
                    and len(tumor_site or block_organ) == 1:
                # a synoptic report gives the histology and the site on lines of their own ("Tumor site: Ascending
                # colon" ... "Histologic type: Adenocarcinoma"): the report's one tumour site is the histology's; with
                # no such line, the one organ its block's heading or procedure names (`block_site`)
                ty, cd = next(iter((tumor_site or block_organ).items()))
                if self._fits(info, (ty, cd)):
                    type_id, code = ty, cd
            if site is None and type_id is None and not info.weak and (rooted := self._root_organ(sp, info)):
                type_id, code = rooted
            if site is None and type_id is None and not info.weak and (
                    operated := self._operated_organ(joined, sp, info) or sent_op):
                type_id, code = operated  # "right upper lobectomy in 2019 for adenocarcinoma": the lung's
            if site is None and type_id is None and not info.weak and not info.secondary and not tumor_site \
                    and not block_organ and len(irradiated) == 1 and not _SPREAD_RE.search(sp.sent.text) \
                    and self._fits(info, next(iter(irradiated.items()))):
                # "SBRT right upper lobe ... Diagnosis: adenocarcinoma": the organ treated, unless the histology is
                # a spread (the target is then where it went, not where it arose)
                type_id, code = next(iter(irradiated.items()))
            if type_id is None or info.weak:
                if site is not None:
                    type_id, code = site_type, site_code
                    if site.sent.start == sp.sent.start:  # a mention never spans two sentences
                        start, end = min(start, site.start), max(end, site.end)
                    elif info.type_id is None and not info.weak:
                        borrowed[len(ents)] = info  # its organ is another sentence's (`_come_back`)
                elif info.weak:
                    if (sp.start, sp.end) in ptnm:
                        staged_bare.append(sp)  # a resected cancer's stage with no organ beside it (see below)
                    continue
            if type_id in self._titles:
                # the kind of haematological cancer from the words written with it (ICD-10-CM titles)
                # the disease's own phrase: three tokens, then back to punctuation, five words at most
                # ("diffuse large b cell lymphoma"); a hyphen is no word ("ALK-positive large B-cell lymphoma")
                lo, n = sp.start, 0
                while lo > sp.sent.start and n < 5:
                    if (opened := _opening_paren(doc, lo, sp.sent.start)) is not None:
                        lo = opened  # a nonessential modifier in parentheses ("Mediastinal (thymic) large B-cell")
                        continue
                    if not (n < 3 or doc[lo - 1].is_alpha or doc[lo - 1].text == "-"):
                        break
                    lo -= 1
                    n += doc[lo].text != "-"
                # a word after "non-" says what it is not ("Non-Hodgkin lymphoma" is no Hodgkin lymphoma), as in titles
                phrase = doc[lo:sp.end + self._kind_apposition(doc, sp)]
                near = {t.lower_ for t in phrase if t.is_alpha and not (
                    t.i >= 2 and doc[t.i - 1].text == "-" and doc[t.i - 2].lower_ == "non")}
                # an abbreviation says the words it stands for ("DLBCL, germinal center type": diffuse large B-cell,
                # not the "center" of a follicle center lymphoma)
                near |= self._abbreviation_words.get(sp.text, frozenset())
                lineage = _lineages(phrase.text)
                if (sp.start, sp.end) in staged:
                    # a stage names no kind: the words of its section do ("Ann Arbor IIB ... Nodular sclerosis type"),
                    # not a stage's value ("Lugano stage III" is no follicular lymphoma grade III)
                    k = section_of(sections, sp.start_char)
                    stop = sections[k + 1][0] if k + 1 < len(sections) else len(joined)
                    rest = self._staging_re.sub(" ", joined[sections[k][0]:stop]) if self._staging_re else ""
                    near = {w.lower() for w in _WORD_RE.findall(re.sub(r"(?i)\bnon-[a-z]+", " ", rest))}
                    lineage = _lineages(rest)
                kind = self._kind_words(type_id, near - _TITLE_GENERIC)
                if code is None or code == self.taxonomy.get(type_id).default_code or self._unspecified(code):
                    code = self._title_code(type_id, kind, lineage) or self._parent_kinds.get(
                        normalize_term(sp.text)) or code
                else:
                    code = self._other_kind(type_id, code, kind, lineage)
            if type_id in tumor_site and not (info.topography and tumor_site[type_id][:3] not in info.topography
                                              and tumor_site[type_id][:3] in self._covered):
                code = tumor_site[type_id]  # the report's "Tumor site:" line refines the organ's sub-site
            if info.in_situ and code and code[0] == "C" and type_id is not None \
                    and not self.taxonomy.get(type_id).morphology:
                # an in-situ histology takes the in-situ code of the site it was written at ("adenocarcinoma in
                # situ" of the upper lobe: D02.2, not C34.1), and the type that code has in the taxonomy
                code = in_situ_code(code)
                type_id = self._in_situ_type(code, type_id)
            # ICD-10-CM codes a malignant carcinoid tumour at its site in C7A ("... of the ileum": C7A.012), except
            # where C7A excludes the site (pancreatic islet cell tumours stay C25.4), and a GIST in C49.A ("... of
            # stomach": C49.A2); a histology coded at its block's unspecified site is placed by the site written
            if info.block:
                at = site_code if site_code and code == self._block_titles(info.block)[1] else code
                coded = self._block_code(info.block, at) if at and at[0] == "C" and at[:3] not in (
                    info.block[:3], "C80") else None
                if coded is not None:
                    code, type_id = coded, self.taxonomy.type_of_icd10(coded) or OTHER
            if code and code[:2] == "D0" and self._microinvasive(sp.sent.text):
                cat = invasive_code(code)
                if cat is not None:
                    code = self.taxonomy_code(cat)
                    type_id = self.taxonomy.type_of_icd10(code) or type_id
            ents.append(Span(doc, start, end, label="CANCER"))
            cores.append((sp.start, sp.end))
            infos.append((type_id, code or UNSPECIFIED_CODE))
            bare.append(info if type_id is None else None)
            if site is None:
                siteless.add(len(ents) - 1)
            if sp.text.lower() in _PRIMARY_WORDS and type_id is not None:
                named_primary.setdefault(sp.sent.start, (type_id, code or UNSPECIFIED_CODE))
            elif info.type_id is None:
                via_site.add(len(ents) - 1)
                site_info[len(ents) - 1] = info
        mass_sites = [x for x in sites if normalize_term(x.text) not in self._operations]  # organs, not operations
        # sentences of a past or family history that name a typed cancer of their own ("Past history: early-stage
        # breast cancer, lumpectomy in 2011"): their organs, masses and operations are that cancer's, not a site-less
        # histology's elsewhere. (Where a typed cancer stands outside such a section, the note names its current
        # cancer, and a site-less histology is that one: no organ is sought.)
        typed = [i for i, (t, _c) in enumerate(infos) if t is not None]
        aside = all(section_kind(sections, ents[i].start_char) in ("past", "family") for i in typed)
        typed_sents = [(ents[i].sent.start_char, ents[i].sent.end_char) for i in typed] if aside else []
        untyped_bare = [i for i, (t, _c) in enumerate(infos) if t is None and bare[i] is not None
                        and not any(a <= ents[i].start_char < b for a, b in typed_sents)] if aside else []
        if (ents or staged_bare) and (all(t is None for t, _ in infos) or (untyped_bare and not staged_bare)):
            # no typed mention (or none in the site-less histology's sentences): the histology's site may be the one
            # organ with a mass or nodule in the note, or else the one organ the note's operations removed ("s/p
            # right nephrectomy for clear cell carcinoma"; "pT3N1, s/p right hemicolectomy"), outside the typed
            # cancers' sentences
            def free(x: Any) -> bool:
                return not any(a <= x.start_char < b for a, b in typed_sents)
            hists = [i for i in bare if i is not None]
            organ = self._mass_organ(doc, [x for x in mass_sites if free(x)], hists, sections, entry) \
                or self._operation_organ(doc, [x for x in sites if free(x)], hists, sections, entry, typed_sents)
            if organ is None and staged_bare and not hists:
                organ = self._marker_organ(joined, sections)
            if organ is not None:
                infos = [self._in_block(bare[i], organ) if t is None and (not typed_sents or i in untyped_bare)
                         else (t, c) for i, (t, c) in enumerate(infos)]
                for sp in staged_bare:
                    ents.append(Span(doc, sp.start, sp.end, label="CANCER"))
                    cores.append((sp.start, sp.end))
                    infos.append(organ)
                    bare.append(None)
        for i, (t, _c) in enumerate(infos):
            if t is None and bare[i] is not None and bare[i].fallback is not None:  # type: ignore[union-attr]
                infos[i] = bare[i].fallback  # type: ignore[union-attr,assignment]
        for i, (t, c) in enumerate(infos):
            # "metastatic osteosarcoma, consistent with a femoral primary": the primary the sentence names refines
            # a named tumour's unspecified code within its block (C41.9 -> C40.2)
            primary = named_primary.get(ents[i].sent.start)
            if i not in via_site and primary is not None and primary[0] == t and _refines(c, primary[1]):
                infos[i] = primary
        via_site -= self._returned_at(doc, ents, cores, infos, site_info)
        self._come_back(ents, infos, {i: bare[i] for i in siteless - via_site if i < len(bare) and bare[i] is not None}
                        | borrowed, typed)  # type: ignore[operator]
        self._lesion_refines(doc, infos, siteless - via_site, mass_sites, sections, entry)
        for i in via_site:
            # "Liver biopsy showed adenocarcinoma consistent with a colonic primary": the sentence names the
            # primary, so the organ the histology was found in is where it spread
            primary = named_primary.get(ents[i].sent.start)
            if primary is not None:
                infos[i] = primary
            elif _UNKNOWN_PRIMARY.search(ents[i].sent.text) and not names_its_primary(
                    _UNKNOWN_PRIMARY, ents[i].sent.text, ents[i].start_char - ents[i].sent.start_char):
                # "... carcinoma; no primary site has been identified": the organ biopsied is where it spread,
                # and the primary is unknown (C80.1)
                infos[i] = (OTHER, UNSPECIFIED_CODE)
            elif (organ := self._compound_primary(doc, ents[i].sent, infos[i][0], sites, sections, entry)) is not None:
                infos[i] = organ
            elif (organ := self._spread_origin(ents[i].sent.text, infos[i][0])) is not None:
                infos[i] = organ  # "Wedge resection: adenocarcinoma ... consistent with colorectal metastasis"
        for i, (t, c) in enumerate(infos):
            # a site named as a tissue its region has throughout ("of minor salivary gland origin": C06.9, the mouth
            # NOS, as C08 excludes the minor glands) is placed by the one more precise site of that region its
            # section (a note without headers: its paragraph) names ("left hard palate ... minor salivary gland
            # origin": C05.0)
            if t is None or not any(ents[i].start <= x.start and x.end <= ents[i].end and entry(x)[1] == c
                                    for x in sites):
                continue
            sec = section_of(sections, ents[i].start_char)
            finer = {entry(x)[1] for x in sites if entry(x)[0] == t and _refines(c, entry(x)[1])
                     and section_of(sections, x.start_char) == sec
                     and not _PARAGRAPH_BREAK.search(joined, *sorted((x.start_char, ents[i].start_char)))}
            if len(finer) == 1:
                infos[i] = (t, finer.pop())
        if not ents:
            return []
        self._add_defined_abbreviations(doc, ents, infos)
        cores += [(e.start, e.end) for e in ents[len(cores):]]
        # ConText reads the histology's own words, not the site it was linked to: a cue between the two
        # ("breast mass may be a fibroadenoma or a carcinoma") still modifies it, and two histologies that
        # share one organ ("Breast: ductal carcinoma in situ; no invasive carcinoma") are both assessed.
        core_spans = [Span(doc, a, b, label="CANCER") for a, b in cores]
        by_pos = {(c.start, c.end): i for i, c in enumerate(core_spans)}
        # ConText runs per sentence that holds a mention (its matcher over a whole note is the
        # slowest step); each sentence becomes a small doc of its own.
        per_sent: dict[int, list[Span]] = {}
        for e in filter_spans(core_spans):
            per_sent.setdefault(e.sent.start, []).append(e)
        checked: list[tuple[Span, Any]] = []
        for sent_start, group in per_sent.items():
            sent = group[0].sent
            sdoc = sent.as_doc()
            sdoc.ents = [Span(sdoc, e.start - sent_start, e.end - sent_start, label="CANCER") for e in group]
            sdoc = self.context(sdoc)
            checked.extend(zip(group, sdoc.ents, strict=True))
        rising = self._rising_markers(text, sections)
        # a course of chemotherapy or radiation therapy going on or set to start ("PLAN: continue chemotherapy",
        # "port placement for chemotherapy"): under treatment now, whatever history its cancer is given as
        # (read from the whole text: the parsed doc keeps only the sentences that may name a cancer)
        # (not a relative's: "Her brother is receiving chemotherapy", "Her mother had recurrent ovarian cancer")
        course_now = any(section_kind(sections, at) not in ("family", "social") and not relative_subject(text, at)
                         for at in course_going_on(text))
        note_active = course_now or bool(rising & {t for t, _c in infos}) or any(
            (m := _SPREAD_RE.search(sent.text)) and self._active(sent.text)
            and section_kind(sections, sent.start_char) not in ("family", "social")
            and not relative_subject(text, sent.start_char + m.start())
            and not any(a <= sent.start_char < b for a, b in mass_only)
            for sent in doc.sents) or self._treated_now(text, sections, frozenset(t for t, _c in infos if t)) \
            or present_category(text, sections)  # "LR-TR Viable", "BI-RADS 6": a malignancy there now
        # ICD-10-CM guideline I.C.2.d: a cancer excised or eradicated, with no treatment directed to it now and no
        # evidence of disease, is personal history (Z85), however its diagnosis is written ("Diagnosis: Hodgkin
        # lymphoma ... Treatment completed 2016 ... no evidence of disease", a survivorship care plan)
        eradicated = note_eradicated = not note_active and (self._eradicated(joined, sections)
                                                            or self._over_anywhere(text, sections))
        postop = any(section_kind(sections, m.start()) not in ("family", "social") for m in _POSTOP_RE.finditer(joined))
        # a leukemia or myeloma in remission takes its "in remission" code (ICD-10-CM codes remission, not history)
        remission = any(section_kind(sections, m.start()) not in ("family", "social")
                        and not _NOT_IN_REMISSION.search(text, max(0, m.start() - 25), m.start())
                        for m in _REMISSION_RE.finditer(text))
        relapse = any(section_kind(sections, m.start()) not in ("family", "social")
                      and not _NO_RELAPSE.search(text, max(0, m.start() - 25), m.start())
                      for m in _RELAPSE_RE.finditer(text))
        kept = [(core, sent_ent) for core, sent_ent in checked
                if self._affirmed(text, core, sent_ent, ents[by_pos[(core.start, core.end)]], sections)
                and not _watched_for(text, ents[by_pos[(core.start, core.end)]],
                                     infos[by_pos[(core.start, core.end)]][0])]
        found = [by_pos[(core.start, core.end)] for core, _ in kept]
        if found and all(infos[i][0] is None for i in found) and any(t is not None for t, _c in infos):
            # every typed mention was a relative's, negated or doubted ("brother with colon cancer ... polyp with
            # invasive adenocarcinoma"): the patient's own site-less histology still takes the one organ with a mass
            hists = [bare[i] for i in found if i < len(bare) and bare[i] is not None]
            organ = self._mass_organ(doc, mass_sites, hists, sections,  # type: ignore[arg-type]
                                     entry) if hists else None
            if organ is not None:
                for i in found:
                    if i < len(bare) and bare[i] is not None:
                        infos[i] = self._in_block(bare[i], organ)  # type: ignore[assignment]
        # "no evidence of disease" only in another cancer's own sentences is that cancer's state (`narrative`)
        owners = nothing_left_owners(text, sections, NOTHING_LEFT_RE, _NO_ACTIVE_RE,
                                     [(ents[i].sent.start_char, ents[i].sent.end_char, infos[i][0]) for i in found]) \
            if eradicated else None
        out: list[Mention] = []
        own_past: list[bool] = []  # per mention: its own phrase put it in the past, before the note's activity
        sent_of: list[int] = []
        for core, sent_ent in kept:
            i = by_pos[(core.start, core.end)]
            ent = ents[i]
            type_id, code = infos[i]
            if remission and type_id in _REMITTING:
                code = remission_code(code)
            elif relapse and type_id in _REMITTING:
                code = relapse_code(code)
            c = sent_ent._
            section = section_kind(sections, ent.start_char)
            eradicated = note_eradicated and (owners is None or type_id in owners)
            historical = c.is_historical and not _empty_label_cues_only(sent_ent)
            current = not (historical or section == "past" or eradicated) or type_id in rising or self._active(
                ent.sent.text, _DISEASE_PRESENT_RE if eradicated and _PAST_YEARS.search(ent.sent.text) else _ACTIVE_RE)
            side = self._side_near(text[max(0, ent.start_char - 40): ent.end_char + 25])
            # its own phrase: from the mention (and the words just before it) to the next cancer of another type in
            # its sentence ("smoldering myeloma (no treatment) now diagnosed with squamous cell carcinoma ...")
            lo = max(ent.sent.start_char, ent.start_char - 20, max((e.end_char for j, e in enumerate(ents)
                                                                     if e.sent.start == ent.sent.start
                                                                     and e.end_char <= ent.start_char
                                                                     and infos[j][0] != type_id), default=0))
            hi = min((e.start_char for j, e in enumerate(ents) if e.sent.start == ent.sent.start
                      and e.start_char >= ent.end_char and infos[j][0] != type_id), default=ent.sent.end_char)
            # ... and for its status, its list item and clauses (`status.phrase_bounds`)
            plo, phi = phrase_bounds(text, ent.sent.start_char, ent.sent.end_char, ent.start_char, ent.end_char,
                                     [(e.start_char, e.end_char) for j, e in enumerate(ents)
                                      if e.sent.start == ent.sent.start and infos[j][0] != type_id])
            # in a note that speaks of spread or recurrence a cancer treated in the past may be the one come back
            # ("treated with hysterectomy 2022. Now ... recurrent endometrioid adenocarcinoma"): its past words do
            # not settle it, as for personal history (docs/coding.md)
            status = mention_status(text[plo:phi])
            if status in (UNSAID, WEAK_PAST):
                # the next two sentences of its section naming no cancer and nothing present tell the rest of its
                # course, a nothing-left one among them: two kinds of past evidence ("Prostate cancer treated with
                # radiation. No recurrence."; "follow-up of colon cancer. He had a colectomy in 2005. His last
                # scans were negative.")
                told = told_after(text, ent.sent.end_char, sections, [e.start_char for e in ents])
                if told and mention_status(f"{text[plo:phi]} {told}") == PAST:
                    status = PAST
            own_past.append(status == PAST)
            status = max(status, UNSAID) if note_active else status
            if eradicated and status == PRESENT and not (historical or section == "past"):
                # the treatment the note says is over is another cancer's: this one is found or treated now ("renal
                # cell carcinoma found incidentally; cryoablation today" beside a thyroid cancer resected 2017)
                current = True
            if not current and not eradicated and section != "past" and recent_course(text[plo:phi]):
                # days or weeks counted from its treatment in its own phrase ("history of breast cancer and is two
                # weeks out from her lumpectomy"): the course is this episode's, as in the days after an operation
                current, status = True, max(status, UNSAID)
            current = current and status != PAST
            if not current and postop and not eradicated and section != "past" and not past_time(text[plo:phi]):
                # the days right after the operation that removed it ("POD 4 s/p Whipple for ... adenocarcinoma"):
                # the resection is this episode's, the cancer not yet history
                current, status = True, max(status, UNSAID)
            if current and (spread_to := self._spread_of_removed_primary(text, ent)) is not None:
                code = spread_to  # "adrenal metastasis from renal cell carcinoma (nephrectomy 2017)": C79.7
            code = gynaecological_part(ent.sent.text, code)  # "uterus: endometrioid adenocarcinoma" is C54.1
            out.append(Mention(ent.start_char, ent.end_char, type_id, code, section, current,
                               ent.text[:80], side, SECTION_WEIGHT.get(section, 1.0) * (1.0 if current else 0.5),
                               note_active, eradicated or (not note_active and self._treated(ent.sent)),
                               _WATCHED_RE.search(text, lo, hi) is not None, status))
            sent_of.append(ent.sent.start)
        _past_beside_present(out, own_past)
        # a cancer watched in its sentence is watched in each of its mentions there ("prostate cancer on active
        # surveillance (Gleason 3+3)": the score in brackets is the same cancer)
        watched = {(s, m.type_id) for s, m in zip(sent_of, out, strict=True) if m.watched}
        for s, m in zip(sent_of, out, strict=True):
            m.watched = m.watched or (s, m.type_id) in watched
        # a visit's label naming the cancer it follows ("Melanoma surveillance:", "Colon cancer follow-up") says
        # nothing of its time: where the note's other mentions of that cancer are all past, so is the label's
        for m in out:
            if m.current and _FOLLOWED_AFTER.match(text, m.end):
                others = [o for o in out if o is not m and o.type_id == m.type_id]
                if others and all(not o.current for o in others):
                    m.current, m.status, m.weight = False, PAST, m.weight * 0.5
        # a cytology sees cells, not their invasion: where the note gives the same cancer in situ, a cytology "positive
        # for high-grade urothelial carcinoma" is that carcinoma in situ, no invasive one (ICD-10-CM D09.0, not C67)
        in_situ = {m.type_id: m.code for m in out if m.code[:2] == "D0"}
        for m in out:
            # (the clause up to the mention's end: a mention linked to a site written earlier starts there)
            if m.type_id in in_situ and m.code[:1] == "C" and _CYTOLOGY_BEFORE.search(text, max(0, m.end - 120),
                                                                                       m.end) \
                    and not _SPREAD_RE.search(text, max(0, m.end - 120), m.end):  # "cytology: metastatic ..."
                m.code = in_situ[m.type_id]
        # a stage or a drug stands for a disease the note does not name: where it names it, they add nothing (the named
        # disease's own code decides: "carcinoma in situ ... plan BCG" is D09, not the drug's C67.9)
        named = {m.type_id for m in out if m.start not in evidence_only}
        if any(m.type_id == "leukemia" for m in out) and down_syndrome(text, sections):
            for m in out:
                if m.type_id == "leukemia" and ds_myeloid(m.code, m.evidence):
                    m.code = ds_myeloid_code(m.code)  # WHO's myeloid leukaemia associated with Down syndrome
        self._marrow_kind(out, support, {ty for m in drugs for ty in self._drugs[m.group(1).lower()]})
        # an ICD-10-CM code written beside a title it agrees with is the code (`written_codes`); a melanoma coded to
        # an organ's own category gives its type to that category's other mentions
        read_written_codes(text, out, self.taxonomy.type_of_icd10)
        morphology_of_site(out)
        # ... nor where it names another cancer the drug treats ("anaplastic thyroid carcinoma, BRAF V600E, on
        # dabrafenib": the drug is melanoma's, lung's and thyroid's)
        return [m for m in out
                if m.start not in evidence_only or named.isdisjoint(evidence_only[m.start] | {m.type_id})]

    def _drug_type(self, text: str, m: re.Match[str], sections: list[tuple[int, str]]) -> str | None:
        """The one type whose cancers a drug of the taxonomy treats (listed under that type only: "anastrozole",
        "osimertinib", "abiraterone"; not "lenalidomide", myeloma's and lymphoma's), where the note gives it as a
        course against a cancer (`sideways.drug_course`): the disease the drug implies where the note names none."""
        types = set(self._drugs[m.group(1).lower()])
        # ... or a regimen of such drugs that all treat one type ("letrozole and palbociclib"; "bortezomib,
        # lenalidomide" names myeloma, though lenalidomide alone is myeloma's and lymphoma's: `regimen_types`)
        regimen = regimen_types(text, m.start(), m.end(), self._drug_re, self._drugs, sections)
        if len(types) != 1:
            return next(iter(regimen)) if len(regimen) == 1 and OTHER not in regimen else None
        ty = next(iter(types))
        return ty if drug_course(text, m.start(), m.end(), sections) or self._operated_with(text, m, ty) \
            or regimen == {ty} else None

    def _operated_with(self, text: str, m: re.Match[str], type_id: str) -> bool:
        """The drug at `m` shares its sentence with an operation of its own type's cancer (`_course_operations`:
        "on anastrozole after her mastectomy"): the operation and the drug are one course against that cancer, as an
        operation and chemotherapy are (`course.course_named`); a drug of another cancer, or an operation for its own
        reason, says nothing."""
        lo, hi = sentence_bounds(text, m.start())
        return any(t == type_id and lo <= a < hi and for_cancer(text, a, b)
                   for a, b, t in self._course_operations(text))

    def _drug_treated_types(self, text: str, sections: list[tuple[int, str]]) -> frozenset[str]:
        """The types whose antineoplastics of the taxonomy the note gives the patient, now or in the past, and for no
        other disease: a "tumor" of such a type's organ is its cancer ("Brain tumor, status post resection, now on
        temozolomide"), though a tumour alone is a cancer only where `TUMOR_MEANS_CANCER` says so."""
        if self._drug_re is None:
            return frozenset()
        return frozenset(t for m in self._drug_re.finditer(text) if not _BCG_RE.match(m.group(0))
                         and section_kind(sections, m.start()) not in ("family", "social")
                         and not self._other_indication(text, m.end()) and not relative_subject(text, m.start())
                         for t in self._drugs[m.group(1).lower()])

    def _implied_by_drug(self, text: str, sections: list[tuple[int, str]]) -> bool:
        """A drug in `text` implies its one cancer (`_drug_type`): the pre-filter's check (`sections`: the note's,
        found once by the caller for its other drug check too)."""
        return any(self._drug_type(text, m, sections) is not None for m in self._drug_re.finditer(text)
                   if not _BCG_RE.match(m.group(0))) if self._drug_re is not None else False

    def _over_anywhere(self, text: str, sections: list[tuple[int, str]]) -> bool:
        """`_eradicated` over the whole note: a survivorship plan's "Treatment completed:" and "Current status: no
        evidence of disease" lines name no cancer, so the tokeniser skips their sections; and a cancer operation dated
        in a past year ("TURBT 2023") is a course over too (`sideways.course_over`)."""
        return course_over(text, sections, _TREATMENT_OVER, self._dated_operation) \
            and patient_free(text, sections, NOTHING_LEFT_RE, _NO_ACTIVE_RE)

    def _come_back(self, ents: list[Any], infos: list[tuple[str | None, str]], hists: dict[int, TermInfo],
                   typed: list[int]) -> None:
        """A histology with no organ in its own sentence (`hists`) said to have come back ("History of breast cancer,
        mastectomy 2005. She now has recurrent carcinoma.") is the cancer the note names, where the note names one
        type and the histology occurs there (ICD-O-3): the return of that cancer, not a new one placed by a lesion's or
        a limb's word elsewhere in the note."""
        named = [i for i in typed if i not in hists]
        if not named or len({infos[i][0] for i in named}) != 1:
            return
        first = infos[named[0]]
        for i, info in hists.items():
            cut = ents[i].end_char - ents[i].sent.start_char
            if self._fits(info, first) and (_COME_BACK.search(ents[i].sent.text[:cut])  # type: ignore[arg-type]
                                            or _COME_BACK_AFTER.match(ents[i].sent.text, cut)):
                infos[i] = first

    def _returned_at(self, doc: Any, ents: list[Any], cores: list[tuple[int, int]],
                     infos: list[tuple[str | None, str]], site_info: dict[int, TermInfo]) -> set[int]:
        """A cancer word that took its type from the place its return verb names ("History of breast cancer ... The
        cancer recurred in the liver") is the cancer the note names, come back there (spread or a local return), not
        a new primary of that organ, where the note names one other type and ICD-O-3 places the histology there.
        Returns the mentions so read."""
        back = [i for i in site_info if _RETURNED_AT.match(doc.text, doc[cores[i][1] - 1].idx
                                                           + len(doc[cores[i][1] - 1].text))]
        named = [i for i, (t, _c) in enumerate(infos) if t is not None and i not in back]
        if not back or len({infos[i][0] for i in named}) != 1:
            return set()
        first = infos[named[0]]
        done = {i for i in back if infos[i][0] != first[0] and self._fits(site_info[i], first)}
        for i in done:
            infos[i] = first
        return done

    def _lesion_refines(self, doc: Any, infos: list[tuple[str | None, str]], siteless: set[int], sites: list[Any],
                        sections: list[tuple[int, str]], entry: Any) -> None:
        """A named tumour that found no site of its own, coded at its type's unspecified site ("osteosarcoma": bone
        NOS, C41.9), takes the one organ the note gives a lesion or mass of where that organ refines the code within
        its own category, or from a residual category ("other and unspecified sites") to a named one of its block
        ("distal femoral lesion ... Biopsy: osteosarcoma": C40.2)."""
        import simple_icd_10_cm as cm

        if not siteless:
            return
        organ = self._mass_organ(doc, sites, [], sections, entry)
        if organ is None:
            return
        for i in siteless:
            t, c = infos[i]
            if t != organ[0] or not _refines(c, organ[1]):
                continue
            if c[:3] == organ[1][:3] or "other and unspecified" in cm.get_description(c[:3]):
                infos[i] = (t, organ[1])

    def _spread_origin(self, sentence: str, found_in: str | None) -> tuple[str, str] | None:
        """(type, code) of the organ a histology's sentence names as the origin of the spread it found in another
        organ ("adenocarcinoma, CDX2 positive, consistent with colorectal metastasis"), with that organ's site code."""
        word = spread_origin_word(sentence)
        hit = self.sites.get(word) if word else None
        if hit is None or hit[0] in (found_in, OTHER) or hit[1][:3] in ("C76", "C80"):
            return None
        return hit

    def _not_the_disease(self, doc: Any, sp: Any) -> bool:
        """A cancer word that is a part of another word or names something else: after the prefix "pre-" ("pre-cancer":
        a precursor); before "-type" or "-like" ("CLL-type immunophenotype", "lymphoma-like lesion": a resemblance);
        an initialism whose bracket right after it spells another thing out in lower-case words ("AML
        (angiomyolipoma)": its first letter, no cancer word and no term of the vocabulary)."""
        if sp.start > 1 and doc[sp.start - 1].text == "-" and doc[sp.start - 2].lower_ in _PRECURSOR_PREFIXES \
                and doc[sp.start - 2].idx + len(doc[sp.start - 2].text) == doc[sp.start - 1].idx:
            return True
        if sp.end + 1 < len(doc) and doc[sp.end].text == "-" and doc[sp.end + 1].lower_ in _RESEMBLANCE_WORDS:
            return True
        if sp.label_ == "A" and (self._qualifies_a_person(doc, sp) or _in_heart_context(doc, sp)):
            return True
        if sp.label_ != "A" or not (sp.text.isalpha() and sp.text.isupper()) or sp.end + 2 >= len(doc) \
                or doc[sp.end].text != "(":
            return False  # (an initialism alone: "AIN 3 (anal HSIL)" is a grade with its synonym)
        close = next((t.i for t in doc[sp.end + 1:min(len(doc), sp.end + 8)] if t.text == ")"), None)
        if close is None:
            return False
        inside = doc[sp.end + 1:close]
        return (inside[0].is_alpha and inside[0].lower_[0] == sp.text[0].lower() and inside.text.islower()
                and inside.text.lower() != sp.text.lower() and not _MALIGNANT_WORD.search(inside.text)
                and normalize_term(inside.text) not in self.terms)

    def _spread_of_removed_primary(self, text: str, ent: Any) -> str | None:
        """The secondary-site code of a spread written before a primary its own clause says was removed in the past
        ("liver metastases from colon cancer resected in 2020", "adrenal metastasis from renal cell carcinoma
        (nephrectomy 2017)"): ICD-10-CM guideline I.C.2.b/d codes the metastasis, the excised primary being history.
        None where the primary is in place, or the spread's organ has no secondary category."""
        before = _SPREAD_FROM.search(text, max(ent.sent.start_char, ent.start_char - 60), ent.start_char)
        if before is None:
            return None
        end = _stop_at(text, ent.end_char, ";.\n")
        clause = text[ent.end_char:end]
        if not (_REMOVED_RE.search(clause) and past_time(clause)):
            return None
        organ = self.sites.get(normalize_term(before.group(1)))
        return self._secondary_codes().get(organ[1][:3]) if organ else None

    @cache  # noqa: B019  (one coder per worker)
    def _secondary_codes(self) -> dict[str, str]:
        """ICD-O-3 site category -> the ICD-10-CM secondary-site code of that organ, read from the C77-C79 titles
        ("Secondary malignant neoplasm of liver and intrahepatic bile duct" C78.7 for the liver, C22): the title's whole
        organ first, then each organ it joins with "and"; sided and unspecified codes left out."""
        import simple_icd_10_cm as cm

        exact: dict[str, str] = {}
        parts: dict[str, str] = {}
        for code in sorted(cm.get_all_codes(False), key=lambda c: (len(c), c)):
            if code[:3] not in ("C78", "C79") or len(code) < 4:
                continue
            title = cm.get_description(code).removeprefix("Secondary malignant neoplasm of ")
            if re.search(r"\b(?:right|left|bilateral|unspecified|other)\b", title):
                continue
            dotted = cm.add_dot(code)
            if title in self.sites:
                exact.setdefault(self.sites[title][1][:3], dotted)
            for part in re.split(r"\s+and\s+|,\s*", title):
                if part in self.sites:
                    parts.setdefault(self.sites[part][1][:3], dotted)
        return parts | exact

    def _qualifies_a_person(self, doc: Any, sp: Any) -> bool:
        """An initialism written before an agent noun that is no medical word ("a former NHL defenseman", "an NHL
        player"): it names the person's league or team, not a disease ("AML marker", "CLL carrier" are medical)."""
        if sp.end >= len(doc):
            return False
        nxt = doc[sp.end].lower_
        return bool(_AGENT_NOUN.match(nxt)) and nxt not in self._medical_words()

    @cache  # noqa: B019  (one coder per worker)
    def _medical_words(self) -> frozenset[str]:
        from cancerprep.stages.spelling import medical_vocabulary

        return medical_vocabulary()

    def _marrow_kind(self, out: list[Mention], support: dict[str, str], treated: set[str]) -> None:
        """A cancer of the blood-forming tissue named by its site only ("bone marrow cancer", ICD-10-CM "Neoplasm,
        marrow": C96.9) is the one haematological cancer (a type morphology decides, not melanoma) the note names,
        corroborates or treats (`treated`: the types of the note's drugs; "bone marrow cancer ... IgG kappa M-spike",
        "... on lenalidomide": myeloma); with none or several it stays C96.9."""
        if not any(m.code.startswith("C96.9") for m in out):
            return  # (not a C96 disease the note names: "aggressive systemic mastocytosis" C96.21 is no marrow NOS)
        haem = {t.id for t in self.taxonomy.types if t.morphology and t.id not in SITE_CODED_MORPHOLOGY}
        found = {m.type_id: m.code for m in out if m.type_id in haem and not m.code.startswith("C96")}
        for ty, code in support.items():
            if ty in haem:
                found.setdefault(ty, code)
        for ty in sorted(treated & haem):
            found.setdefault(ty, self.taxonomy.get(ty).default_code)
        if len(found) != 1:
            return
        ((ty, code),) = found.items()
        for m in out:
            if m.code.startswith("C96.9"):
                m.type_id, m.code = ty, code

    @staticmethod
    def _affirmed(text: str, core: Any, sent_ent: Any, ent: Any, sections: list[tuple[int, str]]) -> bool:
        """The mention is the patient's own, affirmed: not negated, a relative's, or doubted or hypothetical (unless
        the patient's own established disease is written right before it), no checklist answer, and not in a family,
        social or differential section."""
        c = sent_ent._
        # the possessed phrase must reach the histology itself ("her palpable breast mass may be ... a
        # carcinoma" is not her carcinoma)
        own = _OWN_DISEASE.search(text, max(0, core.start_char - 40), core.start_char) is not None
        # ... and it ends only a doubt whose cue stands before the mention ("to reduce her breast cancer
        # risk" stays hypothetical)
        own = own and all(m.modifier_span[0] < sent_ent.start for m in c.modifiers
                          if m.category in ("HYPOTHETICAL", "POSSIBLE_EXISTENCE"))
        aside = aside_categories(sent_ent)  # cues said in a bracket closed before the mention do not reach it
        negated = c.is_negated and "NEGATED_EXISTENCE" not in aside
        doubted = (c.is_hypothetical and "HYPOTHETICAL" not in aside) \
            or (c.is_uncertain and "POSSIBLE_EXISTENCE" not in aside)
        if negated or c.is_family or (doubted and not own):
            return False
        if not own and verdict_after(text, ent.end_char):
            return False  # "Carcinoma ruled out.", "Cancer was a worry": the verdict after the disease
        if _CHECKLIST_NO.match(text, ent.end_char) or negative_field(text, ent.start_char, ent.end_char):
            return False  # a checklist answer: "Cancer: negative", "Malignancy - denies", "Cancer history: none"
        if _query_option(text, ent.start_char):
            return False  # one of a query's options ("primary lung malignancy / benign process / unable to determine")
        if not own and (_asked(text, core) or _after_suspicion_category(text, core)):
            return False  # "does the spot mean cancer?"; "BI-RADS 4C: ... malignancy" (a category of suspicion)
        if superseded(text, core.start_char, core.end_char):
            return False  # "the original diagnosis of carcinoma is withdrawn" (an amended report, a second opinion)
        if not_a_diagnosis(text, core.start_char, core.end_char, ent.start_char):
            return False  # "8442/1 ..., borderline malignancy"; "changed from X to Y"; a code ahead of its biopsy
        if classified_elsewhere(text, core.start_char, core.end_char):
            return False  # a name ICD-10-CM codes outside the cancers ("chronic neutrophilic leukemia", D47.1)
        kind = section_kind(sections, ent.start_char)
        # a differential's candidates, not what a result or verdict label after them gives (`past_the_differential`)
        return kind not in ("family", "social") and (kind != "differential"
                                                     or past_the_differential(text, ent.start_char, sections))

    @staticmethod
    def taxonomy_code(category: str) -> str:
        """An ICD-O-3 topography category as an ICD-10-CM code: its '.9' (unspecified) child where
        the category has children, else the category itself."""
        import simple_icd_10_cm as cm

        return f"{category}.9" if cm.is_valid_item(f"{category}.9") else category

    @staticmethod
    def _melanoma_code(site_code: str | None) -> str | None:
        """The ICD-10-CM code of a melanoma written at a site: skin sites map to C43's same sub-site,
        other organs keep their own code; ill-defined regions (C76, C80) give none."""
        import simple_icd_10_cm as cm

        if not site_code or site_code[:3] in ("C76", "C80", "C43"):
            return None
        if site_code[:3] == "C44":
            sub = f"C43.{site_code[4]}" if len(site_code) > 4 else "C43"
            return sub if cm.is_valid_item(sub) else "C43.9"
        return site_code

    def _in_block(self, info: TermInfo | None, organ: tuple[str, str]) -> tuple[str, str]:
        """(type, code) of a histology found at `organ` when ICD-10-CM codes it in a block of its own (a neuroendocrine
        tumour of the duodenum: C7A.010), else the organ's."""
        if info is None or info.block is None or organ[1][:3] in (info.block[:3], "C80"):
            return organ
        coded = self._block_code(info.block, organ[1])
        return (self.taxonomy.type_of_icd10(coded) or OTHER, coded) if coded else organ

    def _mass_word(self, word: str) -> bool:
        """A word naming a mass: "mass", "nodule", "lesion", "tumor", or a tumour's own name that is no malignancy
        on its own ("insulinoma", "adenoma", "hemangioma": the lesion resected or biopsied)."""
        return word in _MASS_WORDS or (word.endswith(("oma", "omas")) and len(word) > 5 and word.isalpha()
                                       and word not in self.terms and word.rstrip("s") not in self.terms)

    def _mass_organ(self, doc: Any, sites: list[Any], hists: list[TermInfo], sections: list[tuple[int, str]],
                    entry: Any) -> tuple[str, str] | None:
        """(type, code) of the one organ the note gives a mass, nodule, lesion or benign-named tumour of, where every
        site-less histology of the note occurs ("metastatic adenocarcinoma" in the brain + "right upper lobe lung
        nodule" -> lung); None when there is none or several. Of several organs, the one mass beside organs with
        only several is the primary ("pancreatic head mass and liver lesions": a cancer spreads to many places from
        one)."""
        found: dict[str, str] = {}
        single: set[str] = set()  # the organs given one mass ("mass", "nodule"), not only several ("lesions")
        entry_of = entry
        for x in sites:
            if section_kind(sections, x.start_char) in ("family", "social"):
                continue
            # the site inside a noun phrase headed by a mass word: "right middle lobe superior segment mass",
            # "lesion of the right true vocal cord" (the phrase's own words only: no punctuation between)
            after = [t.lower_ for t in doc[x.end:min(x.sent.end, x.end + 3)]]
            after = after[:next((i for i, t in enumerate(doc[x.end:x.end + len(after)]) if t.is_punct), len(after))]
            before_toks = doc[max(x.sent.start, x.start - 6):x.start]
            cut = max((i + 1 for i, t in enumerate(before_toks) if t.is_punct), default=0)
            before = [t.lower_ for t in before_toks[cut:]]
            linked = next((i for i, w in enumerate(before) if self._mass_word(w)), None)
            words = [w for w in after if self._mass_word(w)] or (
                [before[linked]] if linked is not None and set(before[linked:]) & _MASS_LINKS else [])
            if not words or set(before[-4:]) & (_NEGATING | _SPREAD_WORDS | {"to", "into"}):
                continue
            entry = entry_of(x)
            if entry[1][:3] in ("C76", "C80") or not all(self._fits(h, entry) for h in hists):
                continue
            if _GUT_ONLY_MASS_WORDS.issuperset(words) and not "C15" <= entry[1][:3] <= "C26":
                continue
            found.setdefault(entry[0], entry[1])
            if any(w == "mass" or not w.endswith("s") for w in words):
                single.add(entry[0])
        if len(found) > 1 and len(single) == 1:
            found = {t: c for t, c in found.items() if t in single}
        return next(iter(found.items())) if len(found) == 1 else None

    def _operation_organ(self, doc: Any, sites: list[Any], hists: list[TermInfo], sections: list[tuple[int, str]],
                         entry: Any, skip: list[tuple[int, int]] | None = None) -> tuple[str, str] | None:
        """(type, code) of the one organ the note's operations removed, where every site-less histology of the note
        occurs: an operation named from the organ ("thyroidectomy", "nephrectomy", "hemicolectomy": the English site
        stems of `_operation_sites` and the Greek and Latin combining forms `_ORGAN_ROOTS`) or a resection, excision or
        removal "of" an organ ("low anterior resection of the rectum"). Not in a family or social history, not
        negated; None when there is none or several organs."""
        found: dict[str, str] = {}

        def add(at: int, organ: tuple[str, str] | None) -> None:
            if organ is None or organ[1][:3] in ("C76", "C80") or section_kind(sections, at) in ("family", "social"):
                return
            if _NO_OPERATION.search(doc.text, max(0, at - 30), at) or not all(self._fits(h, organ) for h in hists):
                return
            found.setdefault(organ[0], organ[1])

        for x in sites:
            name = normalize_term(x.text)
            if name in self._operations or _RESECTION_OF.search(doc.text, max(0, x.start_char - 40), x.start_char):
                add(x.start_char, entry(x))
        for m in _ROOT_OPERATION.finditer(doc.text):
            if not any(a <= m.start() < b for a, b in skip or ()):  # (not in another cancer's sentence)
                add(m.start(), self.sites.get(_ORGAN_ROOTS[m.group(1).lower()]))
        if len(found) != 1:
            return None
        ty, code = next(iter(found.items()))
        # the organ named less precisely than the histologies allow (an endometrioid adenocarcinoma at hysterectomy:
        # the corpus, C54): their one category within that organ, as for a site linked to a histology
        cats = set(self._type_topo.get(ty, frozenset()))
        for h in hists:
            cats &= h.topography or cats
        return (ty, self.taxonomy_code(next(iter(cats)))) if hists and len(cats) == 1 else (ty, code)

    def _region_organ(self, x: Any) -> tuple[str, str] | None:
        """The organ a region word means in its sentence: "pelvis" alone is a region (C76.3), but next to a kidney
        word the renal pelvis (C65) and next to a bone word (a bone site, "bone", "bony", "osseous", or a bone
        tumour's name) the pelvic bones (C41.4). None when the word is no such region or its sentence says
        neither."""
        organs = self._region_organs.get(normalize_term(x.text))
        if not organs:
            return None
        words = {t.lower_ for t in x.sent if t.i < x.start or t.i >= x.end}
        hits = [entry for evidence, entry in organs if not words.isdisjoint(evidence)]
        return hits[0] if len(hits) == 1 else None

    def _compound_primary(self, doc: Any, sent: Any, found_in: str | None, sites: list[Any],
                          sections: list[tuple[int, str]], entry: Any) -> tuple[str, str] | None:
        """(type, code) of the primary a compound adjective of organs names in the sentence where a histology was found
        in another organ ("The liver biopsy shows adenocarcinoma consistent with a pancreaticobiliary primary": the
        pancreas or the bile ducts). The compound is read as "<organ stem>o-<word>" (pancreatic-o-biliary, gastr-o-
        esophageal, hepat-o-biliary); of the organs it names, other than the one biopsied, the one the note gives a
        mass, nodule or lesion of is the primary; with no such mass the primary is unknown (C80.1). None when the
        compound names no organ but the one biopsied."""
        m = _COMPOUND_PRIMARY.search(sent.text)
        if m is None:
            return None
        word = m.group(1).lower()
        named: set[str] = set()
        for i in range(4, len(word) - 4):
            if word[i] != "o":
                continue
            head, rest = word[:i], word[i + 1:].lstrip("-")
            for stem in (head, head + "ic", head + "al", head + "eal", head + "ar", head + "e"):
                hit = self.sites.get(stem)
                if hit is not None and hit[1][:3] not in ("C76", "C80"):
                    named.add(hit[0])
                    break
            if rest in self.sites:
                named.add(self.sites[rest][0])
        named.discard(found_in or "")
        named.discard(OTHER)
        if not named:
            return None
        organ = self._mass_organ(doc, [x for x in sites if entry(x)[0] in named
                                       and normalize_term(x.text) not in self._operations], [], sections, entry)
        # no such mass: the primary is elsewhere and not found, so the organ biopsied is still where it spread
        return organ or (OTHER, UNSPECIFIED_CODE)

    def _level_organ(self, text: str, x: Any) -> tuple[str, str] | None:
        """The organ an anal landmark measures a tumour's level in: "8 cm from the anal verge" is the rectum (within
        15 cm of the verge), farther the colon; None for a site that is no anal landmark or has no distance before
        it."""
        entry = self.sites.get(normalize_term(x.text))
        if entry is None or entry[1][:3] != "C21":
            return None
        m = _LEVEL_RE.search(text, max(x.sent.start_char, x.start_char - 45), x.start_char)
        if m is None:
            return None
        cm = float(m.group(1)) / (10.0 if m.group(2).lower().startswith("m") else 1.0)
        return self.sites.get("rectum") if cm <= _RECTUM_LENGTH_CM else self.sites.get("colon")

    @staticmethod
    def _microinvasive(sentence: str) -> bool:
        """The sentence gives the carcinoma in situ a microinvasion, neither denied nor doubted ("with a focus of
        microinvasion"; not "no microinvasion is identified", "suspicious for microinvasion")."""
        return any(not _NO_MICROINVASION.search(sentence, 0, m.start())
                   and not _MICROINVASION_ABSENT.search(sentence[m.end():]) for m in _MICROINVASION.finditer(sentence))

    @staticmethod
    def _eradicated(text: str, sections: list[tuple[int, str]]) -> bool:
        """The note says both that treatment is over ("treatment completed 2019", "completed chemotherapy", "off
        therapy") and that no disease or treatment is left ("no evidence of disease", "NED", "disease-free", "no
        current therapy"), outside a family or social history and not negated or doubted in its own words."""
        def found(pattern: re.Pattern[str], group: int | str = 0) -> bool:
            # negated in its own clause: an item of a list of negatives before it ("no radiation, no hormone therapy,
            # no current treatment") negates nothing of it
            return any(m.group(group) is not None and section_kind(sections, m.start()) not in ("family", "social")
                       and not _NO_ACTIVE_RE.search(re.split(r"[,;]", text[max(0, m.start() - 25):m.start()])[-1])
                       for m in pattern.finditer(text))

        # the patient free of all disease (group "patient"), not one cancer's marker or state ("PSA undetectable")
        return found(_TREATMENT_OVER) and found(NOTHING_LEFT_RE, "patient")

    @staticmethod
    def _past_course(text: str, start: int, end: int, reach: int) -> bool:
        """A past cue within `reach` characters before the drug or cycle at `start:end` makes it past
        (`_PAST_DRUG_RE`), unless the drug's own clause after a comma gives it now (`_GIVEN_NOW_CLAUSE`: "History of
        breast cancer, s/p lumpectomy, on tamoxifen") and its sentence ends no course after it: "history of" and
        "s/p" say what was, the clause what is."""
        m = _PAST_DRUG_RE.search(text[max(0, start - reach):start])
        if m is None:
            return False
        if not _GIVEN_NOW_CLAUSE.search(text[max(0, start - reach) + m.start():start]):
            return True
        return bool(_COURSE_ENDED_AFTER.search(text, end, _stop_at(text, end, ".;\n")))

    def _treated_now(self, text: str, sections: list[tuple[int, str]], types: frozenset[str] = frozenset()) -> bool:
        """The note gives the patient a drug used only against cancer, not as past ("on tamoxifen",
        a medication list with anastrozole; not "completed 5 years of tamoxifen"), or one whose last dose was
        recent ("... with BCG treatments, last instillation one month ago"). BCG counts only in a note about a
        bladder cancer (intravesical BCG treats it; elsewhere BCG is the tuberculosis vaccine), and never written
        as a vaccine; none given for another disease (`_other_indication`). A drug or regimen of the taxonomy
        ("FOLFOX", "R-CHOP") counts where a course going on is written before it ("currently receiving FOLFOX"). An
        endocrine agent that also treats other diseases ("goserelin", "megestrol": `endocrine_antineoplastics`) counts
        where the note names a cancer of a type its ATC class treats (`types`) and gives it no other indication."""
        bladder = "bladder" in types
        for m in _COURSE_NOW.finditer(text):
            # a numbered cycle of a course going on ("cycle 3 of 6", "C2D1", "cycle 9 today"), not one past
            if section_kind(sections, m.start()) not in ("family", "social") \
                    and not self._past_course(text, m.start(), m.end(), 40):
                return True
        endocrine, treats = endocrine_antineoplastics()
        for m in chain(_CANCER_DRUG_RE.finditer(text), (m for m in endocrine.finditer(text)
                                                         if types & treats[m.group(0).lower()])):
            if section_kind(sections, m.start()) in ("family", "social") or self._other_indication(text, m.end()) \
                    or relative_subject(text, m.start()):
                continue
            if not (self._past_course(text, m.start(), m.end(), 60)
                    or _DRUG_OVER_AFTER.match(text, m.end())) or _RECENT_DOSE.search(
                    text, m.end(), _stop_at(text, m.end(), ".;\n")):
                return True
        for m in self._drug_re.finditer(text) if self._drug_re is not None else ():
            # a cancer drug or regimen of the taxonomy given now, in any sentence ("... no recurrence. Currently
            # receiving FOLFOX."): a course going on written before it, not past and not for another disease
            if section_kind(sections, m.start()) not in ("family", "social") \
                    and _PRESENT_COURSE.search(text[max(0, m.start() - 30):m.start()]) \
                    and not self._past_course(text, m.start(), m.end(), 60) \
                    and not _DRUG_OVER_AFTER.match(text, m.end()) and not self._other_indication(text, m.end()) \
                    and not (_BCG_RE.match(m.group(0)) and not bladder):
                return True
        if not bladder:
            return False
        for m in _BCG_RE.finditer(text):
            # BCG is given in courses: only a course going on counts ("on maintenance BCG", "receiving BCG", "last
            # instillation two weeks ago"), not "treated with TURBT and BCG" in a past history
            if section_kind(sections, m.start()) in ("family", "social") or _VACCINE_RE.match(text, m.end(),
                                                                                               m.end() + 40):
                continue
            end = _stop_at(text, m.end(), ".;\n")
            if _PRESENT_COURSE.search(text[max(0, m.start() - 30):m.start()]) \
                    or _RECENT_DOSE.search(text, m.end(), end):
                return True
        return False

    @staticmethod
    def _treated(sent: Any) -> bool:
        """The mention's sentence says it was treated, not negated ("treated as a child with chemotherapy", "off
        therapy"; not "never treated"), and no treatment going on ("... and is on azacitidine")."""
        text = sent.text
        if _ON_TREATMENT.search(text) or _ACTIVE_RE.search(text):
            return False
        return any(not _NOT_TREATED.search(text, max(0, m.start() - 20), m.start()) for m in _TREATED_RE.finditer(text))

    def _active(self, sentence: str, words: re.Pattern[str] = _ACTIVE_RE) -> bool:
        """A past cancer described as present in its sentence (spread, recurrence, treatment going on; `words`),
        unless that word is negated ("no evidence of recurrence") or qualifies another condition ("recurrent
        pneumonia")."""
        for m in words.finditer(sentence):
            if m.group().lower() in ("receiving", "undergoing") and not self._cancer_course(sentence, m.end()):
                continue  # another condition's care: "currently receiving physical therapy"
            if not _NO_ACTIVE_RE.search(sentence[:m.start()]) and not self._other_condition(sentence, m.start()) \
                    and not feared_event(sentence, m.start()):  # "fear of recurrence", "recurrence score"
                return True
        return False

    def _other_indication(self, text: str, end: int) -> bool:
        """The drug ending at `end` is given "for" another disease its clause names ("methotrexate for rheumatoid
        arthritis", "rituximab weekly for ITP", "etoposide for HLH", "letrozole for ovulation induction"): a word of
        the ICD-10-CM titles of diseases that are no neoplasm (`icd10_conditions`), or an initialism that is no
        cancer's written alone ("for ITP", "for RA"). Not where the indication names a cancer ("for metastatic
        melanoma", "for CLL") or only the course ("for induction", "for 6 weeks", "for CNS prophylaxis")."""
        m = _INDICATION.match(text, end)
        if m is None:
            return False
        phrase = _INDICATION_END.split(m.group(1), maxsplit=1)[0]
        if _CANCER_WORD.search(phrase):
            return False
        words = _WORD_RE.findall(phrase)
        if any(w in self.abbrevs or w.lower() in self.sites or normalize_term(w) in self.terms for w in words):
            return False
        return any(w.lower() in self._conditions for w in words) or (
            len(words) == 1 and words[0].isupper() and 2 <= len(words[0]) <= 5 and words[0].isalpha())

    def _cancer_course(self, text: str, at: int) -> bool:
        """What is received or undergone from `at` on is a course against cancer: a treatment word
        (`_CANCER_COURSE`), or a cancer drug or regimen within its clause ("receiving FOLFOX", "undergoing R-CHOP")."""
        if _CANCER_COURSE.match(text, at):
            return True
        end = _stop_at(text, at, ".;,(\n", min(len(text), at + 60))
        drug = _CANCER_DRUG_RE.search(text, at, end) or (self._drug_re.search(text, at, end)
                                                          if self._drug_re is not None else None)
        return drug is not None and not self._other_indication(text, drug.end())

    def _other_condition(self, text: str, at: int) -> bool:
        """The adjective at `at` ("recurrent", "persistent", "progressive", "residual") qualifies a noun phrase that
        names no disease of the vocabulary, marker or abbreviation, none of `_DISEASE_NOUNS` and no site as its head
        ("recurrent right upper quadrant pain", "persistent diarrhea", "recurrent kidney stones"): another
        condition. Written alone or before a preposition ("recurrent in the liver", "residual after resection") it is
        the cancer's."""
        m = _STATE_ADJECTIVE.match(text, at)
        if m is None:
            return False
        words: list[str] = []
        for w in re.findall(r"[\w/+-]+|[^\w\s]", text[m.end():m.end() + 80])[:5]:
            if not (w[0].isalnum()) or w.lower() in _PHRASE_ENDS:
                break
            words.append(w)
        if not words:
            return False
        # a site is the cancer's as the phrase's head ("recurrent left breast"), not as a modifier of another noun
        # ("recurrent kidney stones")
        return words[-1].lower() not in self.sites and not any(
            w.lower() in self._heads or w.lower() in _DISEASE_NOUNS or w.lower() in self._markers or w in self._abbr_set
            or w.lower().startswith("metasta") for w in words)

    def _rising_markers(self, text: str, sections: list[tuple[int, str]]) -> set[str]:
        """The types whose tumour marker the note gives as going up, outside a family or social history and not
        negated ("PSA has been rising", "rising CEA"; not "PSA not rising", nor a rise a past treatment answered:
        `_TREATED_FOR_BEFORE`)."""
        out: set[str] = set()
        for m in self._marker_re.finditer(text) if self._marker_re else ():
            if section_kind(sections, m.start()) in ("family", "social"):
                continue
            before = _RISING_BEFORE.search(text, max(0, m.start() - 30), m.start())
            if before and _TREATED_FOR_BEFORE.search(text, max(0, before.start() - 100), before.start()):
                continue
            if (before and not _NOT_RISING.search(text, max(0, before.start() - 8), before.start())) \
                    or _RISING_AFTER.match(text, m.end()):
                out.update(t for t, _c in self._markers[m.group(1).lower()])
        return out

    def _fits(self, info: TermInfo, site: tuple[str, str]) -> bool:
        """Whether ICD-O-3 says this histology occurs at this site (or the site is one the validation
        list does not cover, or it names, less precisely, an organ where the histology occurs)."""
        if info.topography is None:
            return True
        cat = site[1][:3]
        if cat in info.topography or cat not in self._covered or (info.kin_topography and cat in info.kin_topography):
            return True
        return site[0] != OTHER and not info.topography.isdisjoint(self._type_topo.get(site[0], ()))

    def _add_defined_abbreviations(self, doc: Any, ents: list[Any], infos: list[tuple[str | None, str]]) -> None:
        """Abbreviations the note defines ("pancreatic ductal adenocarcinoma (PDAC)") count where
        they recur, with the type of their long form (scispacy's AbbreviationDetector)."""
        from spacy.tokens import Span

        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            self.abbreviations(doc)
        for short in doc._.abbreviations:
            long = short._.long_form
            hit = next((k for k, e in enumerate(ents) if e.start < long.end and long.start < e.end), None)
            if hit is None or any(e.start < short.end and short.start < e.end for e in ents):
                continue
            ents.append(Span(doc, short.start, short.end, label="CANCER"))
            infos.append(infos[hit])

    def _link_site(self, doc: Any, hist: Any, sites: list[Any], adjacent: bool = False, regional: bool = False) -> Any:
        """The site a histology names: just before it, or after it with of/in (never after "to"); an abbreviation
        that names no organ (`adjacent`: "CA"; `regional`: "HNSCC", C76.0) also right after it."""
        sent_start = hist.sent.start if hist.doc.has_annotation("SENT_START") else 0
        best = None
        for site in sites:
            gap = 0 if adjacent else _LEFT_GAP  # weak words ("CA") only right after the site
            end = site.end
            if end < hist.start and doc[end].text == ")" and site.start > sent_start \
                    and doc[site.start - 1].text == "(":
                end += 1  # a site in brackets is a precision of the word before it ("oropharyngeal (base of
                # tongue) primary"): the bracketed site links as if written there
            if site.end <= hist.start and site.start >= sent_start and hist.start - end <= gap \
                    and normalize_term(site.text) not in self._operations:  # "nephrectomy for ...": no modifier
                between = doc[end:hist.start]
                if not any((t.is_punct and t.text != "-") or t.lower_ in _STOP_WORDS or t.lower_ in _SPREAD_WORDS
                           for t in between):
                    best = site
        if best is not None:
            region = self.sites.get(normalize_term(best.text))
            if region is None or not region[1].startswith("C76"):
                return best
            # a region before the histology ("head and neck squamous cell carcinoma of the left tonsil", C76.0): an
            # organ of the same type linked after it is where the cancer is
            after = self._link_site(doc, hist, [x for x in sites if x.start >= hist.end], adjacent, regional)
            organ = self.sites.get(normalize_term(after.text)) if after is not None else None
            return after if organ is not None and organ[0] == region[0] and not organ[1].startswith("C76") else best
        for site in sites:
            side = site.start == hist.end + 1 and doc[hist.end].lower_ in _SIDE_LETTERS  # "UTUC R renal pelvis"
            if (adjacent or regional) and (site.start == hist.end or side) and (hist.text.isupper() or (
                    adjacent and hist.text.lower() in ("ca", *_PRIMARY_WORDS))):
                return site  # "CA prostate", "ca breast": the abbreviation written before its organ, as one naming
                # a region only may be ("HNSCC L BOT"); "primary ovarian" as "ovarian primary"
            if site.start >= hist.end and site.start - hist.end <= _RIGHT_GAP:
                between = [t.lower_ for t in doc[hist.end:site.start]]
                if any(t in _STOP_WORDS for t in between) or any(t in (".", ";") for t in between):
                    return None
                if set(between) & set(_PRIMARY_WORDS):
                    return None  # "carcinoma of unknown primary involving the liver": the primary is another phrase's
                if between and (between[0] in _LINK_WORDS or (
                        between[0] == "on" and normalize_term(site.text) in self._skin_regions
                        and _on_surface(between[1:]))):
                    # "on" links a lesion to a surface only, written right after it: "melanoma on the upper back",
                    # "on the left forearm" (not "melanoma on imaging, back to clinic")
                    return self._head_site(doc, site, sites)
                return None
        return None

    def _billing_tag(self, doc: Any, abbr: Any) -> bool:
        """The abbreviation is an EHR problem list's billing tag, not a disease: joined to "CMS" ("(CMS/HCC)",
        "CMS-HCC": Medicare's hierarchical condition category), or alone in brackets closing a line or item whose title
        names another disease by the ICD-10-CM titles' words ("Type 2 diabetes mellitus (HCC)", "Cirrhosis of liver
        (HCC)")."""
        before = doc.text[max(0, abbr.start_char - 5):abbr.start_char]
        if re.search(r"\bCMS\s*[/-]\s*$", before):
            return True
        if not (before.endswith("(") and abbr.end < len(doc) and doc[abbr.end].text == ")"):
            return False
        rest = doc.text[doc[abbr.end].idx + 1:]
        if not re.match(r"[ \t]*(?:[;,\n]|$)", rest):
            return False
        line = doc.text[doc.text.rfind("\n", 0, abbr.start_char) + 1:abbr.start_char - 1]
        return any(w.lower() in self._conditions for w in _WORD_RE.findall(line))

    def _skin_of(self, doc: Any, site: Any, info: TermInfo) -> tuple[str, str] | None:
        """(type, code) of the skin of the part `site` names where the skin is written right before it ("Skin, upper
        lip, philtrum, shave biopsy", "skin of the left upper eyelid") and ICD-10-CM has a C44 code for that part
        (`_skin_title_sites`: lip C44.0, not the vermilion's C00), for a histology that may arise in the skin. A
        disease whose own code is a skin category (`_SKIN_CATEGORIES`: basal cell carcinoma, Merkel cell carcinoma)
        needs no "skin" written: "basal cell carcinoma of the upper lip" is the lip's skin, not its vermilion."""
        parts = _skin_title_sites()
        name = normalize_term(site.text)
        code = parts.get(name) or parts.get(name.split()[-1])  # "upper lip": the skin of the lip
        if code is None or (info.topography is not None and "C44" not in info.topography):
            return None
        if (info.code or "")[:3] not in _SKIN_CATEGORIES \
                and not _SKIN_BEFORE.search(doc.text, max(site.sent.start_char, site.start_char - 40), site.start_char):
            return None
        return self.taxonomy.type_of_icd10(code) or OTHER, code

    @staticmethod
    def _kind_apposition(doc: Any, hist: Any) -> int:
        """Tokens of an apposition naming the disease's kind right after it ("lymphoma, diffuse large B-cell type";
        "..., nodular sclerosis subtype"): a comma, then words up to "type", "subtype" or "variant" within its clause;
        or a bracket right after it ("Non-Hodgkin's lymphoma (follicular, grade 1-2)"), up to its close; or ICD-O-3's
        index-order name, comma-separated modifiers up to its "NOS" ("Malignant lymphoma, large B-cell, diffuse,
        NOS"); 0 when there is none."""
        if hist.end < len(doc) - 1 and doc[hist.end].text == "(":
            close = next((t.i for t in doc[hist.end + 1:min(hist.sent.end, hist.end + 10)] if t.text == ")"), None)
            return close + 1 - hist.end if close is not None else 0
        if hist.end >= len(doc) - 1 or doc[hist.end].text != ",":
            return 0
        listed = False  # a second comma: only an index-order name's "NOS" closes it
        for t in doc[hist.end + 1:min(hist.sent.end, hist.end + 12)]:
            if t.text == "NOS":
                return t.i + 1 - hist.end
            if t.lower_ in ("type", "subtype", "variant") and not listed:
                return t.i + 1 - hist.end
            if t.text == ",":
                listed = True
            elif t.is_punct and t.text != "-":
                return 0
        return 0

    def _own_site(self, doc: Any, hist: Any, info: TermInfo) -> Any:
        """A site word inside the histology's own name, where ICD-O-3 says the histology arises there ("endometrial
        stromal sarcoma": the endometrium, C54.1), for a histology that names no organ of its own by its type and
        has no other site in its sentence or section. Not for a histology ICD-O-3 gives many organs: there the word
        describes its pattern ("adenoid cystic carcinoma", 32 organs: gland-like, not of the adenoid)."""
        if info.topography is not None and len(info.topography) > _OWN_SITE_ORGANS:
            return None
        for t in hist:
            entry = self.sites.get(t.lower_)
            if entry is not None and entry[1][:3] not in ("C76", "C80") and self._fits(info, entry):
                return doc[t.i:t.i + 1]
        return None

    def _operated_organ(self, text: str, hist: Any, info: TermInfo) -> tuple[str, str] | None:
        """(type, default code) of the operation a site-less histology was the reason for, in its sentence ("status
        post right upper lobectomy in 2019 for adenocarcinoma", "Whipple for adenocarcinoma"): one of the taxonomy's
        cancer operations, which each belong to one type, with "for" right before the histology; where ICD-O-3 says
        the histology occurs at that type's sites."""
        if self._procedure_re is None:
            return None
        lo = hist.sent.start_char
        if _FOR_BEFORE.search(text, max(lo, hist.start_char - 40), hist.start_char) is None:
            return None
        found = None
        for m in self._procedure_re.finditer(text, lo, hist.start_char):
            if hist.start_char - m.end() <= 60 and not re.search(r"[.;:]", text[m.end():hist.start_char]):
                found = m
        if found is None:
            return None
        ty = self._procedures.get(_stage_name(found))
        entry = (ty, self.taxonomy.get(ty).default_code) if ty else None
        return entry if entry is not None and self._fits(info, entry) else None

    def _sentence_operation(self, text: str, hist: Any, info: TermInfo,
                            operated: list[tuple[int, int, tuple[str, str]]]) -> tuple[str, str] | None:
        """(type, code) of the cancer operations in a site-less histology's own sentence, before or after it
        ("Carcinoma on biopsy; a nephrectomy is planned"): the taxonomy's cancer operations (each of one type, at the
        type's default code), the operations named from an organ's combining form (`_ROOT_OPERATION`) and the
        operation site words there (`operated`), and the markers and graded staging systems there
        (`_sentence_markers`), where they all give one type and ICD-O-3 says the histology occurs at that organ. A
        nearer evidence than an organ written elsewhere in the section; but an "-ectomy" of the sentence none of these
        places ("hysterectomy with bilateral salpingo-oophorectomy") may be another organ's, so the sentence then
        gives none."""
        found = list(operated)
        lo, hi = hist.sent.start_char, hist.sent.end_char
        for m in self._procedure_re.finditer(text, lo, hi) if self._procedure_re is not None else ():
            ty = self._procedures.get(_stage_name(m))
            if ty is not None and not _NO_OPERATION.search(text, max(lo, m.start() - 30), m.start()):
                found.append((m.start(), m.end(), (ty, self.taxonomy.get(ty).default_code)))
        for m in _ROOT_OPERATION.finditer(text, lo, hi):
            organ = self.sites.get(_ORGAN_ROOTS[m.group(1).lower()])
            if organ is not None and not _NO_OPERATION.search(text, max(lo, m.start() - 30), m.start()):
                found.append((m.start(), m.end(), organ))
        found += self._sentence_markers(text, lo, hi)
        if any(not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _e in found)
               for m in _ANY_ECTOMY.finditer(text, lo, hi)):
            return None  # an operation of an organ not placed
        entries = [e for _a, _b, e in found if e[1][:3] not in ("C76", "C80")]
        if len({t for t, _c in entries}) != 1:
            return None
        entry = next((f for f in entries if f[1] != self.taxonomy.get(f[0]).default_code), entries[0])
        return entry if self._fits(info, entry) else None

    def _course_operations(self, text: str) -> list[tuple[int, int, str]]:
        """(start, end, type) of the note's operations of one organ's cancer (the taxonomy's cancer operations, the
        operations named from an organ's combining form but for `_SHARED_ROOTS`), outside a family or social history
        and not negated; an "-ectomy" of neither kind gives type "" (an organ not placed). Read by `course_named`."""
        out: list[tuple[int, int, str]] = []
        for m in self._procedure_re.finditer(text) if self._procedure_re is not None else ():
            out.append((m.start(), m.end(), self._procedures.get(_stage_name(m)) or ""))
        for m in _ROOT_OPERATION.finditer(text):
            organ = self.sites.get(_ORGAN_ROOTS[m.group(1).lower()])
            root = m.group(1).lower()
            out.append((m.start(), m.end(), "" if organ is None or root in _SHARED_ROOTS else organ[0]))
        out += [(m.start(), m.end(), "") for m in _ANY_ECTOMY.finditer(text)
                if not any(a <= m.start() < b or m.start() <= a < m.end() for a, b, _t in out)]
        if not out:
            return out
        sections = find_sections(text)
        return [(a, b, t) for a, b, t in out if section_kind(sections, a) not in ("family", "social")
                and not _NO_OPERATION.search(text, max(0, a - 30), a)]

    def _sentence_markers(self, text: str, lo: int, hi: int) -> list[tuple[int, int, tuple[str, str]]]:
        """(start, end, (type, code)) of the markers and staging systems with their value in `text[lo:hi]` (taxonomy
        `markers`, `staging`): a site-less histology's own sentence that gives its tumour's profile or grade
        ("Adenocarcinoma, EGFR exon 19 deletion", "Endometrioid adenocarcinoma, FIGO grade 1") says its organ, nearer
        than an organ elsewhere in the section. A marker several types list gives each (and so no one organ), and so
        does one another type lists within a longer name ("HER2" is breast's, "HER2-positive gastric" the stomach's:
        `_marker_owners`)."""
        out = []
        for m in self._marker_re.finditer(text, lo, hi) if self._marker_re is not None else ():
            if m.group(1).lower() in _PAN_TUMOUR_MARKERS:
                continue
            out += [(m.start(), m.end(), (ty, self.taxonomy.get(ty).default_code))
                    for ty in self._marker_owners[m.group(1).lower()]]
        for m in self._staging_re.finditer(text, lo, hi) if self._staging_re is not None else ():
            ty = self._staging[_stage_name(m)].type_id
            if ty is not None:
                out.append((m.start(), m.end(), (ty, self.taxonomy.get(ty).default_code)))
        return out

    def _root_organ(self, hist: Any, info: TermInfo) -> tuple[str, str] | None:
        """(type, code) of the tissue a combining form opening the histology's name sends it to (`_TISSUE_ROOTS`:
        "dermatofibrosarcoma protuberans" -> skin), where ICD-O-3 says the histology occurs there."""
        for t in hist:
            low = t.lower_
            root = next((r for r in _TISSUE_ROOTS if low.startswith(r)), None)
            if root is None or "oid" in low[len(root):len(root) + 4] or "like" in low:
                continue
            entry = self.sites.get(_TISSUE_ROOTS[root])
            if entry is not None and self._fits(info, entry):
                return entry
        return None

    def _head_site(self, doc: Any, site: Any, sites: list[Any]) -> Any:
        """A site word written right before another names a part of it, and the last is the site (an English noun
        phrase's head comes last): "of the prostatic urethra" is the urethra (C68.0), not the prostate. A part that
        several organs have ("fundus", "body") is the part of the organ written before it ("the gallbladder
        fundus": the gallbladder, C23, not the gastric fundus)."""
        for nxt in sites:
            if nxt.start == site.end and nxt.sent.start == site.sent.start and not doc[site.end - 1].is_punct \
                    and normalize_term(nxt.text) not in self._shared_parts:
                site = nxt
        return site

    @staticmethod
    def _section_site(doc: Any, hist: Any, sites: list[Any], sections: list[tuple[int, str]]) -> Any:
        """Last fallback: the nearest earlier site of the same section (a pathology "FINAL
        DIAGNOSIS" block that names the organ in one line and the histology in the next)."""
        sec = section_of(sections, hist.start_char)
        if sec == 0:
            # no header: a whole note is too wide a window, but a pathology line's label names the organ for the
            # sentences of its line ("PANCREAS, HEAD, EUS-FNA: Positive for malignant cells. Adenocarcinoma."), and
            # a short stretch of its paragraph is a section's worth ("plaque of the buccal mucosa ...; excision
            # shows verrucous carcinoma", as the same words under an HPI header)
            labelled = TextCoder._line_label_site(doc, hist, sites)
            if labelled is not None:
                return labelled
        best = None
        for site in sites:
            if site.end > hist.start or section_of(sections, site.start_char) != sec:
                continue
            if sec == 0 and (site.start_char < hist.sent.start_char - _HEADERLESS_REACH
                             or _PARAGRAPH_BREAK.search(doc.text, site.end_char, hist.start_char)
                             or any(_MALIGNANT_CONTEXT.match(t.lower_) for t in doc[site.end:site.end + 2])):
                continue  # (an organ with a cancer word of its own is another mention's: "Mother had breast cancer.")
            if sec == 0 and _ANY_ORGAN_MASS_RE.search(doc.text, site.sent.start_char, hist.start_char):
                return None  # a stretch that gives an organ a mass is the one-mass rule's to weigh (`_mass_organ`)
            if _FOUND_NORMAL.match(doc.text, site.end_char):
                continue  # an organ found normal is not where the histology was found ("Breast exam normal.")
            if site.end < len(doc) and doc[site.end].lower_ in _SEVERAL_MASSES:
                continue  # an organ of several lesions is left to the one-mass rule (`_mass_organ`): "pancreatic head
                # mass and liver lesions ... FNA: adenocarcinoma" is the pancreas
            before = {t.lower_ for t in doc[max(0, site.start - 3):site.start]}
            # the histology's own phrase, back to its clause's start: "metastatic signet ring cell adenocarcinoma" is
            # a spread however many of its own words stand between "metastatic" and the generic head
            lo = hist.start
            while lo > max(site.end, hist.start - 8) and not (doc[lo - 1].is_punct and doc[lo - 1].text != "-"):
                lo -= 1
            qualifier = {t.lower_ for t in doc[min(lo, max(site.end, hist.start - 3)):hist.start]}
            if not before & {"to", "into", "metastatic", "metastasis", "metastases", "no", "without"} \
                    and not qualifier & _SPREAD_WORDS:
                best = site
        return best

    @staticmethod
    def _line_label_site(doc: Any, hist: Any, sites: list[Any]) -> Any:
        """The organ that labels the line a bare histology is on: a site opening the line's first sentence, which
        ends its label with a colon, on the same line as the histology and not a destination."""
        text = doc.text
        if any(t.lower_ in _SPREAD_WORDS for t in doc[max(hist.sent.start, hist.start - 3):hist.start]):
            return None  # "LIVER, BIOPSY: ... Metastatic adenocarcinoma": the organ is where it spread
        line_start = text.rfind("\n", 0, hist.start_char) + 1
        for site in sites:
            if not line_start <= site.start_char < hist.start_char or text[line_start:site.start_char].strip():
                continue
            label = doc[site.end:site.sent.end]
            colon = next((t.i for t in label if t.text == ":"), None)
            if colon is None or colon >= hist.start or _cleared_clause_end(doc, site, colon) < colon \
                    or any(t.lower_ in _SPREAD_WORDS or t.lower_ in _NEGATING or t.lower_ in ("to", "into")
                           for t in doc[site.end:colon]):
                continue
            return site
        return None

    def _index_line(self, doc: Any, hist: Any, site: Any, between: Any) -> bool:
        """A diagnosis line in index order, histology first ("Adenocarcinoma, colon, sigmoid, resection",
        "CARCINOMA, SQUAMOUS CELL, INVASIVE, LARYNX"): the histology opens its clause and only its own
        modifiers (words of histology terms, sides) stand between it and the site, after a comma, and the site
        is its segment's last word. A list of conditions ("Cancer, diabetes, thyroid disease", "adenocarcinoma,
        colon polyps") has other words in its segments and links nothing."""
        if site.start < hist.end or not len(between) or between[0].text != ",":
            return False
        if site.end < len(doc) and not (doc[site.end].is_punct or doc[site.end].is_space
                                        or doc[site.end].is_sent_start):
            return False
        first = hist.start
        while first > hist.sent.start and (doc[first - 1].lower_ in self._hist_words or doc[first - 1].is_space
                                           or (doc[first - 1].text == "-" and first - 1 > hist.sent.start)):
            first -= 1  # the histology's own modifiers before it ("High-grade osteosarcoma, distal femur")
        if first > hist.sent.start and doc[first - 1].text not in (":", "-"):
            return False
        if len(between) > 2 and between[-1].text == "-" and not between[-1].whitespace_ \
                and not between[-2].whitespace_ and between[-2].is_alpha:
            between = between[:-2]  # a combining form joined to the site is the site's ("..., tubo-ovarian")
        return all(t.text == "," or (t.is_alpha and t.lower_ not in _STOP_WORDS
                                     and (t.lower_ in self._hist_words or t.lower_ in _SIDE_WORDS))
                   for t in between)

    def _sentence_site(self, doc: Any, hist: Any, sites: list[Any], labelled_only: bool = False) -> Any:
        """Fallback for a bare histology: the nearest site in its sentence that is not a
        destination ("to the liver") - e.g. "Prostate biopsy: left apex: adenocarcinoma".
        `labelled_only`: only a site that labels a pathology line ("Right ureter, biopsy: ...")."""
        sent = hist.sent
        best, best_d = None, 10**6
        for site in sites:
            if site.start < sent.start or site.end > sent.end:
                continue
            lo, hi = (site.end, hist.start) if site.end <= hist.start else (hist.end, site.start)
            between = doc[lo:hi]
            # a label or a result reaches over no semicolon after a clause that found the site clear: "Thyroid biopsy
            # negative; TURBT: urothelial carcinoma" is not the thyroid's ("Barrett's segment with a nodule; EMR showed
            # intramucosal adenocarcinoma" is still the oesophagus's)
            own = between[:_cleared_clause_end(doc, site, hi) - lo] if site.end <= hist.start else between
            labelled = site.end <= hist.start and any(t.text == ":" for t in own)
            index = not labelled and self._index_line(doc, hist, site, between)
            if labelled_only and not (labelled or index):
                continue
            if site.end <= hist.start and any(t.lower_ in _SPREAD_WORDS for t in between):
                continue  # "Liver, biopsy: metastatic adenocarcinoma": the liver is where it spread
            if site.start >= hist.end and any(t.lower_ in _PRIMARY_WORDS for t in between):
                continue  # "carcinoma of unknown primary involving the liver": a site past its primary is another's
            # what a specimen of the site showed is its histology, across the clauses between ("the right lower lobe
            # wedge was sent to evaluate for malignancy and returned as adenocarcinoma")
            found = site.end <= hist.start and any(t.lower_ in _RESULT_VERBS for t in own)
            if not labelled and not found and any(t.text in (",", ";") or t.lower_ in ("and", "or") for t in between) \
                    and not _apposition(doc, hist, site, between) and not index:
                continue  # a list ("cancer, diabetes, thyroid disease") links nothing, but a
                # pathology line ("Rectum, low anterior resection: adenocarcinoma") does
            before = {t.lower_ for t in doc[max(sent.start, site.start - 3):site.start]}
            if before & {"to", "into", "metastatic", "metastasis", "metastases"}:
                continue
            d = hist.start - site.end if site.end <= hist.start else site.start - hist.end
            if d < best_d:
                best, best_d = site, d
        return best

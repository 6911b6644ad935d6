"""Borders of malignancy in the blood cancers and their neighbours (issue 17's eighteenth forms family, docs/coding.md
"thirty-second pass"). ICD-10-CM's tabular list, not the words of a name, says whether a disease is a cancer and
where it is coded:
- the histiocytic, dendritic-cell and mast-cell neoplasms of C96 and C86.4 are coded by their kind and extent, never
  by the organ they sit in ("Langerhans cell histiocytosis of the skull" is C96.6, not a bone cancer);
- a WHO name that qualifies a coded kind with its genetics ("acute myeloid leukemia with mutated NPM1") is that kind;
- a name the tabular list classifies outside chapter 2's malignant and in-situ blocks is no cancer, whatever disease
  word it holds ("Chronic neutrophilic leukemia" is an inclusion term of D47.1; "Adult pulmonary Langerhans cell
  histiocytosis" is J84.82).
`TextCoder` calls `add_kind_terms` once when it builds its vocabulary and `classified_elsewhere` at one point of
`_affirmed`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, MutableMapping
from dataclasses import replace
from functools import cache
from typing import Any

# ICD-10-CM's conventions for the words of a name (here and in `textcoder`'s tabular names): parentheses enclose
# nonessential modifiers or an initialism, present or absent without changing the code ("Mediastinal (thymic) large
# B-cell lymphoma", "Non-follicular (diffuse) lymphoma"), and "NOS" ends an inclusion term that names the kind written
# without its subtype ("Acute leukemia NOS" C95.00, "Immunoproliferative disease NOS" C88.90)
NONESSENTIAL = re.compile(r"\s*\([^()]*\)")
NOS_END = re.compile(r",?\s+NOS$")
# names that are no single disease: "Other ...", "..., unspecified", a list or a site ("... of ...")
_NOT_ONE_NAME = re.compile(r"[,\[\]/;]|\b(?:other|unspecified|of|in|not|with|without)\b", re.I)
# the blocks that code these diseases by kind: C96 (Langerhans-cell histiocytosis, histiocytic and dendritic-cell
# sarcomas, malignant mast-cell neoplasms) and C86.4 (BPDCN, a "neoplasm" the disease-name filters pass over)
_KIND_BLOCKS = ("C96", "C86.4")
# the haematological types (whose default code a name qualified by its genetics falls back to)
HAEM_TYPES = frozenset({"leukemia", "lymphoma", "myeloma"})
# the disease words of the haematolymphoid and histiocytic neoplasms: a name holding one that the tabular list
# classifies elsewhere is a border the word alone would cross
_HAEM_WORD = re.compile(r"\b(?:leuka?emia|lymphoma|myeloma|histiocytosis|mastocytosis)\b", re.I)
# the age group the tabular list writes before a name ("Adult pulmonary ...") is the patient's, which a note gives
# elsewhere; a note about a child keeps the word required (paediatric pulmonary involvement is the C96 disease)
_AGE_GROUP = re.compile(r"^(?:adult|juvenile)\s+", re.I)
_CHILD = re.compile(r"\b(?:child|children|infant|toddler|boy|girl|p(?:a)?ediatric|\d{1,2}[- ](?:day|week|month)s?"
                    r"[- ]old)\b", re.I)


def _plain(name: str) -> str:
    """The name without diacritics, nonessential modifiers and its closing NOS."""
    name = unicodedata.normalize("NFKD", name).encode("ascii", "ignore").decode()
    return NOS_END.sub("", NONESSENTIAL.sub("", name)).strip()


def _written_forms(term: str) -> set[str]:
    """A lower-case name as the vocabulary keys it, with its hyphens also as spaces ("langerhans-cell")."""
    term = re.sub(r"\s+", " ", term.lower()).strip()
    return {term, term.replace("-", " ")}


def kind_coded(code: str | None) -> bool:
    """A code of `_KIND_BLOCKS`: its disease takes no site's code ("follicular dendritic cell sarcoma of the tonsil"
    is C96.4, not C09.9)."""
    return bool(code) and any(str(code).startswith(b) for b in _KIND_BLOCKS)


@cache
def kind_names() -> dict[str, str]:
    """Term -> ICD-10-CM code of the kind-coded names of `_KIND_BLOCKS` (titles and inclusion terms)."""
    import simple_icd_10_cm as cm

    out: dict[str, str] = {}
    for block in _KIND_BLOCKS:
        for code in (block, *cm.get_descendants(block)):
            for name in (cm.get_description(code), *cm.get_inclusion_term(code)):
                plain = _plain(name)
                if _NOT_ONE_NAME.search(plain) or len(plain.split()) < 2:
                    continue
                for form in _written_forms(plain):
                    if form not in out or len(code) < len(out[form]):
                        out[form] = code
    return out


def add_kind_terms(terms: MutableMapping[str, Any], make: Callable[[str, str], Any],
                   type_of_icd10: Callable[[str], str | None], defaults: dict[str, str]) -> None:
    """Give the vocabulary `terms` (term -> TermInfo) the tabular list's kind-coded names (`kind_names`, made by
    `make(type, code)`; they replace an entry that would take its type from a site), and point a haematological term
    left at its type's default code whose words are another term of its type followed by "with ..." or "associated
    with ..." at that term's code (ICD-O-3's "acute myeloid leukemia with mutated NPM1", 9877/3, is ICD-10-CM's
    acute myeloblastic leukemia, C92.0: the tabular list has no title for the genetics)."""
    for term, code in kind_names().items():
        listed = terms.get(term)
        if listed is None or listed.type_id is None or listed.topography is not None:
            terms[term] = make(type_of_icd10(code) or "other_cancer", code)
    for term, info in list(terms.items()):
        if info.type_id not in HAEM_TYPES or info.code != defaults.get(info.type_id):
            continue
        head = re.split(r"\s+(?:associated\s+)?with\s+", term, maxsplit=1)[0]
        parent = terms.get(head) if head != term else None
        if parent is not None and parent.type_id == info.type_id and parent.code and parent.code != info.code:
            terms[term] = replace(info, code=parent.code)


@cache
def _elsewhere_pattern(child: bool) -> re.Pattern[str] | None:
    """One pattern of the names the tabular list classifies outside C00-D09 that hold a haematological disease word
    (`_HAEM_WORD`): its benign and uncertain-behaviour blocks (D10-D49) and the other disease chapters (not the
    factors, symptoms and injuries of R, S-T, V-Y and Z, whose "history of" and "screening for" say other things)."""
    import simple_icd_10_cm as cm

    names: set[str] = set()
    for code in cm.get_all_codes(True):
        if code[0] in "CRSTVWXYZ" or (code[0] == "D" and code[:3] < "D10"):
            continue
        for name in (cm.get_description(code), *cm.get_inclusion_term(code)):
            plain = _plain(name)
            if not _HAEM_WORD.search(plain) or _NOT_ONE_NAME.search(plain):
                continue
            names.add(plain if child else _AGE_GROUP.sub("", plain))
    if not names:
        return None
    # a name's words apart by spaces or hyphens; the British "leukaemia" too
    alts = sorted((r"[\s-]+".join(map(re.escape, n.split())).replace(r"\-", r"[\s-]").replace("leukemia", "leuka?emia")
                   for n in names), key=len, reverse=True)
    return re.compile(r"\b(?:" + "|".join(alts) + r")\b", re.I)


def classified_elsewhere(text: str, start: int, end: int) -> bool:
    """The histology at `start`..`end` lies inside a name ICD-10-CM classifies as no cancer (`_elsewhere_pattern`):
    the bare "leukemia" of "chronic neutrophilic leukemia" (D47.1), "pulmonary Langerhans cell histiocytosis" in an
    adult (J84.82). A longer cancer name around such a name is not inside it ("aggressive systemic mastocytosis",
    C96.21, holds D47.02's "systemic mastocytosis")."""
    pattern = _elsewhere_pattern(_CHILD.search(text) is not None)
    if pattern is None:
        return False
    lo = max(0, start - 80)
    return any(m.start() <= start and end <= m.end() for m in pattern.finditer(text, lo, min(len(text), end + 80)))


def _closes_aside(between: str) -> bool:
    """The words between a cue and a mention close a bracket they did not open: the cue was said in an aside."""
    return between.count(")") + between.count("]") > between.count("(") + between.count("[")


# a "versus" that weighs treatments ("; laser versus topical therapy discussed") is a choice of care, not a
# differential of the disease named before its semicolon
_VERSUS = frozenset({"versus", "vs", "vs."})
_CARE_WORDS = re.compile(r"\b(?:therap(?:y|ies)|treatment|excision|ablation|surgery|resection|radiation"
                         r"|radiotherapy|chemotherapy|observation|surveillance|discussed|options?|referral|conization"
                         r"|laser)\b", re.I)


def aside_categories(sent_ent: Any) -> frozenset[str]:
    """The ConText categories none of whose cues reach the mention `sent_ent`: a cue before it in a bracketed aside
    closed before it ("(prior aspirate suspicious for malignancy): papillary carcinoma": the aside speaks of an
    earlier test), or a "versus" after a semicolon past it that weighs treatments (`_CARE_WORDS`). A cue in the
    mention's own bracket ("carcinoma (suspected)") or a "versus" between diseases still counts."""
    doc = sent_ent.doc
    closed: dict[str, bool] = {}
    for m in sent_ent._.modifiers:
        start, end = m.modifier_span
        if end <= sent_ent.start:
            away = _closes_aside(doc.text[doc[end - 1].idx + len(doc[end - 1]):sent_ent.start_char])
        elif start >= sent_ent.end and doc[start:end].text.lower() in _VERSUS:
            between = doc.text[sent_ent.end_char:doc[start].idx]
            clause = doc.text[sent_ent.end_char + between.rfind(";") + 1:doc[end - 1].sent.end_char]
            away = ";" in between and _CARE_WORDS.search(clause) is not None
        else:
            away = False
        closed[m.category] = closed.get(m.category, True) and away
    return frozenset(k for k, v in closed.items() if v)


# the corpus uteri's own tissues: a cancer of the uterus (C55, part unspecified) whose sentence names the endometrium
# (an endometrioid or endometrial carcinoma) or its invasion of the myometrium is of the corpus, C54
_ENDOMETRIUM = re.compile(r"\bendometri(?:al|oid|um)\b", re.I)
_MYOMETRIUM = re.compile(r"\bmyometri(?:al|um)\b", re.I)
# a choriocarcinoma of pregnancy: ICD-10-CM's index codes a choriocarcinoma of no stated site in a woman to the
# placenta, C58; its sentence tells the gestational one by the pregnancy, the mole before it or the hCG that follows it
_CHORIOCARCINOMA = re.compile(r"\bchoriocarcinoma\b", re.I)
_GESTATIONAL = re.compile(r"\b(?:gestational|pregnan\w*|molar|mole|hcg|beta-?hcg|postpartum|placent\w*"
                          r"|trophoblastic)\b", re.I)


def gynaecological_part(sentence: str, code: str) -> str:
    """`code`, or the code the tabular list and index give the part a gynaecological cancer's `sentence` names: C54.1
    (endometrium) for "endometrioid adenocarcinoma of the uterus", C54.9 (corpus uteri) for a uterine cancer invading
    the myometrium (both for C55, uterus part unspecified), C58 (placenta) for a site-less (C80.1) choriocarcinoma
    of a pregnancy."""
    if code == "C55":
        if _ENDOMETRIUM.search(sentence):
            return "C54.1"
        return "C54.9" if _MYOMETRIUM.search(sentence) else code
    if code == "C80.1" and _CHORIOCARCINOMA.search(sentence) and _GESTATIONAL.search(sentence):
        return "C58"
    return code


# the treatments a remission can be free of: "treatment-free remission" (a CML off its TKI), "therapy-free", "TKI-free"
_REMISSION_FREE_OF = ["treatment", "therapy", "tki", "drug", "medication", "imatinib", "chemotherapy"]


def remission_rules() -> list[Any]:
    """ConText rules of remission wording (`context.context_rules` extends its rules with them): a remission free of
    treatment ("chronic myeloid leukemia in treatment-free remission") is the disease's remission, which ICD-10-CM
    codes as the disease (C92.11), not its absence: medspacy's backward "free" would negate the leukemia before it,
    and the longer match wins."""
    from medspacy.context import ConTextRule

    return [ConTextRule("<treatment>-free remission", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": _REMISSION_FREE_OF}}, {"TEXT": "-", "OP": "?"}, {"LOWER": "free"},
        {"LOWER": {"IN": ["remission", "survival", "interval"]}}])]

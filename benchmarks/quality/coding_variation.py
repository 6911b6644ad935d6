"""Generated variation of the coding families' tuning forms: does the type and ICD-10-CM category hold when the
same statement is written another way?

Why: the blind coding families score near 1.0 on their tuning parts and several points lower on their check parts,
so the rules fit the tuning forms' wording. The check parts may only be scored; this probe makes new wordings of
the TUNING forms instead, each by a meaning-preserving rewrite, and scores the coder on the variants against the
forms' gold labels. A class whose variants score lower than its originals is brittle on that rewrite, and its
misses (tuning forms only) show why without reading a check form.

Rewrites (each applied alone; a form a rewrite leaves unchanged is not counted for it):
- synonym: a disease name swapped for another name of the same ICD-10-CM code, the groups drawn from the tabular
  list (titles and inclusion terms, via simple_icd_10_cm) and from the coder's taxonomy terms and abbreviations;
- icd_title: "<site> cancer" / "cancer of the <site>" as the ICD-10-CM title writes it ("malignant neoplasm of
  <site>"), the sites from the tabular list's titles;
- abbreviate / expand: a taxonomy abbreviation for its spelled-out name and back (only where the abbreviation's
  letters spell its expansion, and never an abbreviation that is also an English word or unit);
- uk_spelling / us_spelling: tumour, leukaemia, haematology, oesophagus, ...;
- upper / lower: the whole form's case;
- wrap_60 / wrap_72: lines longer than the width wrapped at word boundaries;
- negation: one negation cue for another ("negative for" / "no evidence of" / "without evidence of" / "free of");
- history: one history cue for another ("history of" / "hx of" / "h/o", "status post" / "s/p");
- reorder: the two sentences of a two-sentence prose form swapped when the second does not refer back;
- hedge: one uncertainty cue for another of the same strength ("suspicious for" / "concerning for", "r/o");
- negation_list: a negation's scope widened to a list ending in the negated disease;
- past_marker: a history cue made "remote";
- diagnosis_last: the first sentence of a prose form of three or more moved last;
- telegraphic: problem-list shorthand (no articles or copulas; "w/", "w/o", "pt", "hx", "dx");
- in_passing: a prose form set inside another service's short note (podiatry, dental, eye clinic);
- drug: a generic treatment written as a drug of the form's own gold type (letrozole, enzalutamide, imatinib);
- negated_first: a prose form after a negated finding of another test, joined by a semicolon ("No evidence of
  malignancy on the thyroid biopsy; ..."): the negation must end at the semicolon;
- semicolon_join: the sentences of a prose form joined by semicolons instead of full stops;
- eponym: a disease named after a person written another way ("Hodgkin's disease" -> "Morbus Hodgkin", "Kaposi
  sarcoma" <-> "Kaposi's sarcoma");
- hyphenation: a compound with a hyphen where the form has a space, or back ("in situ" / "in-situ", "small-cell",
  "B-cell", "well-differentiated", "high-grade");
- section_order: a block form's headed sections in reverse order, each with its own text;
- second_cancer: a past cancer of another type, treated and over, written after a prose form whose gold is a current
  cancer ("Past history: papillary thyroid carcinoma, thyroidectomy in 2009, no recurrence."): a note of several
  cancers must still code the current one first;
- shorthand: disease and care words as clinical shorthand ("ca", "CA", "adenoca", "mets", "bx", "s/p", "w/", "dx") and
  the taxonomy's initialisms (NSCLC, DCIS, CRC), every occurrence;
- administrative: a prose form as a problem-list item among coded non-cancer problems, a visit's encounter diagnosis,
  or under the encounter diagnosis's ICD-10-CM code and title;
- medication_list: a medication block before or after the form whose drugs are evidence of no cancer (other
  diseases' drugs, supportive care, a cancer drug given for another disease);
- amended: the form as the final statement of an addendum after a preliminary report, or of an amended report that
  withdraws an original diagnosis of another type;
- code_title: the form's gold ICD-10-CM code written beside its own title before the form, in several layouts (a
  billing line "C50.919 Malignant neoplasm of unsp site of unsp female breast", "Dx: C18.9 - colon ca", a problem
  list "1. C61 prostate cancer", "Assessment: <title> (<code>)"): a code that agrees with its title is the code;
- code_contradicted: another type's code beside the gold's title ("C61 Malignant neoplasm of breast"): a code that
  contradicts its title is no truth, the words decide;
- referral_letter / telephone_note / tumour_board / radiology_impression / synoptic_pairs: the form as the body of
  another kind of document (a referral letter, a telephone encounter, a tumour-board summary, the impression of an
  imaging report, the diagnosis field of a "Key: value" pathology checklist).
The ICD-O-3 validation list (shared/data/icdo3) holds one preferred term per morphology code, so it gives no
synonym groups of its own; its terms already feed the coder's vocabulary.

Only `--part tuning` forms are read; `--errors N` prints variant misses whose original was right.

    python -m benchmarks.quality.coding_variation [--sets ninth,tenth] [--hosts 0] [--only R1,R2] [--errors N]
        [--json F]
"""

from __future__ import annotations

import argparse
import hashlib
import json
import re
import textwrap
from collections import defaultdict
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path
from typing import Any

from benchmarks.quality.coding_forms import Form
from benchmarks.quality.coding_forms_probe import FAMILIES, _icd_ok, embed, host_notes, load_forms, select_part

_BOUND_L = r"(?<![\w-])"
_BOUND_R = r"(?![\w-])"


def _pick(seq: list[str], key: str) -> str:
    """A deterministic choice (a hash of the text, never Python's salted hash), so every run makes the same variants."""
    return seq[int(hashlib.sha1(key.encode("utf-8")).hexdigest(), 16) % len(seq)]


def _alternation(words: list[str]) -> re.Pattern[str]:
    """Longest first, so "non-small cell lung cancer" wins over "small cell lung cancer" where both match."""
    alts = "|".join(re.escape(w) for w in sorted(set(words), key=lambda w: (-len(w), w)))
    return re.compile(_BOUND_L + f"(?:{alts})" + _BOUND_R, re.I)


def _keep_case(found: str, new: str) -> str:
    """The replacement in the case of the words it replaces: an upper-case form stays upper case."""
    if found.isupper() and len(found) > 3:
        return new.upper()
    if found[:1].isupper() and not new[:1].isupper():
        return new[:1].upper() + new[1:]
    return new


# -- vocabularies ---------------------------------------------------------------------------------------------------

_TITLE_DROP = re.compile(r",?\s*(?:unspecified site|of unspecified site|unspecified|not having achieved remission|"
                         r"subtype not specified|NOS)$|\s*\[[^\]]*\]", re.I)
_TITLE_SKIP = re.compile(r"\b(?:other|unspecified|remission|relapse|overlapping|sites?|NEC|NOS|not|without|with|"
                         r"history|neoplasm|malignant|secondary|M\d)\b|[()/;,]|\d", re.I)


def _clean_title(title: str) -> str | None:
    name = _TITLE_DROP.sub("", title).strip()
    if _TITLE_SKIP.search(name) or len(name) < 8 or len(name.split()) < 2:
        return None
    return name.lower()


def _letters_spell(abbr: str, expansion: str) -> bool:
    """An abbreviation whose letters, in order and from the first, are in its expansion ("HCC" hepatocellular
    carcinoma, not "IDC" ductal carcinoma): the expansion then says all the abbreviation does."""
    a, e = abbr.lower(), expansion.lower()
    if not a or not e.startswith(a[0]):
        return False
    at = 0
    for ch in a:
        at = e.find(ch, at)
        if at < 0:
            return False
        at += 1
    return True


# abbreviations that are also English words or units: expanded in a note they would make a disease of "all" or "mm"
_WORD_ABBREVIATIONS = frozenset({"ALL", "MM", "CAP"})


@lru_cache(maxsize=1)
def vocab() -> dict[str, Any]:
    """Synonym groups, ICD-10-CM site names and safe abbreviation pairs, built from the shipped vocabularies."""
    import simple_icd_10_cm as cm

    from cancerprep.stages.coding.taxonomy import load_taxonomy

    tax = load_taxonomy()
    groups: dict[str, set[str]] = defaultdict(set)
    sites: set[str] = set()
    for code in cm.get_all_codes(True):
        if not cm.is_category_or_subcategory(code) or len(code) > 5:
            continue
        if not ("C00" <= code[:3] <= "C96" or "D00" <= code[:3] <= "D09"):
            continue
        title = cm.get_description(code)
        m = re.match(r"^Malignant neoplasm of (?:the )?([a-z][a-z ]+)$", title)
        if m and code[0] == "C" and not _TITLE_SKIP.search(m.group(1)) and len(m.group(1).split()) <= 3:
            sites.add(m.group(1))
        for name in [title, *cm.get_inclusion_term(code)]:
            clean = _clean_title(name)
            if clean:
                groups[code].add(clean)
    for t in tax.types:
        for term, code in t.terms.items():
            if code in groups and not _TITLE_SKIP.search(term):
                groups[code].add(term.lower())
    pairs = []
    for t in tax.types:
        for abbr, expansion in t.abbreviations.items():
            if abbr in t.ambiguous or abbr.upper() in _WORD_ABBREVIATIONS or not _letters_spell(abbr, expansion):
                continue
            pairs.append((abbr, expansion.lower()))
    # an expansion two abbreviations share is abbreviated by neither (it cannot say which)
    count: dict[str, int] = defaultdict(int)
    for _, e in pairs:
        count[e] += 1
    synonyms = {code: sorted(g) for code, g in groups.items() if len(g) > 1}
    return {"synonyms": synonyms, "sites": sorted(sites),
            "abbreviations": sorted((a, e) for a, e in pairs if count[e] == 1)}


# -- rewrites -------------------------------------------------------------------------------------------------------

def synonym(text: str) -> str:
    """The first disease name of a synonym group in the text, as another name of the same code."""
    v = vocab()
    where = {name: code for code, names in v["synonyms"].items() for name in names}
    m = _alternation(list(where)).search(text)
    if not m:
        return text
    found = m.group(0)
    others = [n for n in v["synonyms"][where[found.lower()]] if n != found.lower()]
    return text[:m.start()] + _keep_case(found, _pick(others, text)) + text[m.end():]


# "cancer" only: "urothelial carcinoma of the renal pelvis" would become "urothelial malignant neoplasm of ...", which
# no one writes
_CANCER_OF = re.compile(r"\b(cancer)\s+of\s+(?:the\s+)?({sites})" + _BOUND_R, re.I)
_SITE_CANCER = re.compile(_BOUND_L + r"({sites})\s+(cancer)\b", re.I)


def icd_title(text: str) -> str:
    """"breast cancer" / "cancer of the breast" -> "malignant neoplasm of breast", the tabular list's wording."""
    alts = "|".join(re.escape(s) for s in sorted(vocab()["sites"], key=len, reverse=True))
    for pat, site_group in ((_SITE_CANCER, 1), (_CANCER_OF, 2)):
        m = re.compile(pat.pattern.replace("{sites}", alts), re.I).search(text)
        if m:
            new = _keep_case(m.group(0), f"malignant neoplasm of {m.group(site_group).lower()}")
            return text[:m.start()] + new + text[m.end():]
    return text


def abbreviate(text: str) -> str:
    """The first spelled-out name with a safe abbreviation, abbreviated."""
    pairs = dict((e, a) for a, e in vocab()["abbreviations"])
    m = _alternation(list(pairs)).search(text)
    return text if not m else text[:m.start()] + pairs[m.group(0).lower()] + text[m.end():]


def expand(text: str) -> str:
    """The first safe abbreviation (as written, case-sensitive), spelled out."""
    pairs = dict(vocab()["abbreviations"])
    alts = "|".join(re.escape(a) for a in sorted(pairs, key=len, reverse=True))
    # not an abbreviation followed by a number: "HCC 37" is a hierarchical condition category, no carcinoma
    m = re.search(_BOUND_L + f"({alts})" + _BOUND_R + r"(?![ \t]*\d)", text)
    return text if not m else text[:m.start()] + pairs[m.group(1)] + text[m.end():]


# US -> UK, on word stems so every inflection follows ("tumors", "leukemic", "hematologic")
_SPELLINGS = (("tumor", "tumour"), ("leukemi", "leukaemi"), ("hemato", "haemato"), ("hemorrh", "haemorrh"),
              ("esophag", "oesophag"), ("anemi", "anaemi"), ("estrogen", "oestrogen"), ("edema", "oedema"),
              ("pediatric", "paediatric"), ("gyneco", "gynaeco"), ("orthoped", "orthopaed"), ("center", "centre"),
              ("color", "colour"), ("behavior", "behaviour"), ("hemangio", "haemangio"), ("lymphedema", "lymphoedema"),
              ("leukocyt", "leucocyt"), ("fetal", "foetal"), ("tumoral", "tumoural"))


def _respell(text: str, pairs: tuple[tuple[str, str], ...], word_start: bool = False) -> str:
    """Each stem respelled in the case it is written in; `word_start` only at the start of a word (the UK "oe" and
    "ae" stems also stand inside US words: "gastroesophageal")."""
    for a, b in pairs:
        text = re.sub(r"(?<![a-z])" + a if word_start else a, lambda m, b=b: b.upper() if m.group(0).isupper() else
                      (b.capitalize() if m.group(0)[0].isupper() else b), text, flags=re.I)
    return text


def uk_spelling(text: str) -> str:
    """British spelling; a compound whose second part starts "oe" is hyphened as written ("gastro-oesophageal")."""
    return re.sub(r"(?<=[a-z]o)(?=oe)", "-", _respell(text, _SPELLINGS), flags=re.I)


def us_spelling(text: str) -> str:
    return _respell(text, tuple((b, a) for a, b in _SPELLINGS), word_start=True)


def _wrap(width: int) -> Callable[[str], str]:
    def wrap(text: str) -> str:
        return "\n".join(textwrap.fill(line, width) if len(line) > width else line for line in text.split("\n"))
    return wrap


# each cue as another of the same meaning that fits where it stands ("with no evidence of" -> "with no sign of",
# never "with without ...")
_NEGATION = {"negative for": "no evidence of", "no evidence of": "no sign of", "without evidence of":
             "without any sign of", "free of": "negative for"}
_NEGATION_RE = _alternation(list(_NEGATION))


def negation(text: str) -> str:
    """Each negation cue as another of the same meaning."""
    return _NEGATION_RE.sub(lambda m: _keep_case(m.group(0), _NEGATION[m.group(0).lower()]), text)


_HISTORY = {"history of": "hx of", "hx of": "h/o", "h/o": "history of", "status post": "s/p", "s/p": "status post"}
_HISTORY_RE = re.compile(r"(?<![\w/-])(?:history of|hx of|h/o|status post|s/p)(?![\w/-])", re.I)


def history(text: str) -> str:
    return _HISTORY_RE.sub(lambda m: _keep_case(m.group(0), _HISTORY[m.group(0).lower()]), text)


_SENTENCE = re.compile(r"(?<=[.!?])\s+(?=[A-Z])")
# a sentence that refers back to the one before it cannot go first
_REFERS_BACK = re.compile(r"^(?:it|its|this|these|those|that|the|there|she|he|they|her|his|their|which|both|same|"
                          r"further|subsequent|subsequently|then|now|today|however|but|and|also|again|later|since|"
                          r"after|afterwards|thereafter|such|per|otherwise|instead|thus|so|therefore|hence|above|"
                          r"below|at|on|in|following|treated|currently|patient|pt|no|not|none|negative)\b", re.I)


def reorder(text: str) -> str:
    """A prose form of two sentences written the other way round (a block form's lines are left alone)."""
    if re.match(r"^[A-Z][A-Z /]+:", text) or "\n" in text:
        return text
    parts = _SENTENCE.split(text.strip())
    if len(parts) != 2 or _REFERS_BACK.match(parts[1]) or not parts[1].rstrip().endswith((".", "!", "?")):
        return text
    return f"{parts[1].strip()} {parts[0].strip()}"


# an uncertainty cue as another of the same strength (the guideline reads them alike: not coded without tissue)
_HEDGE = {"suspicious for": "concerning for", "concerning for": "worrisome for", "worrisome for": "suspicious for",
          "cannot exclude": "cannot rule out", "cannot rule out": "cannot exclude", "rule out": "r/o",
          "r/o": "rule out", "possible": "questionable", "questionable": "possible", "probable": "likely",
          "likely": "probable", "differential includes": "differential diagnosis includes"}
_HEDGE_RE = re.compile(r"(?<![\w/-])(?:" + "|".join(re.escape(k) for k in sorted(_HEDGE, key=len, reverse=True))
                       + r")(?![\w/-])", re.I)


def hedge(text: str) -> str:
    """Each hedge ("suspicious for", "cannot exclude", "r/o", "likely") as another of the same strength."""
    return _HEDGE_RE.sub(lambda m: _keep_case(m.group(0), _HEDGE[m.group(0).lower()]), text)


_LIST_CUE = re.compile(r"(?<![\w-])(negative for|no evidence of|without evidence of|free of|no sign of)\s+(?=[a-z])",
                       re.I)


def negation_list(text: str) -> str:
    """A negation's scope widened to a list with the negated disease last ("negative for carcinoma" -> "negative
    for inflammation, dysplasia or carcinoma"): the cue must reach over the list."""
    return _LIST_CUE.sub(lambda m: f"{m.group(0)}inflammation, dysplasia or ", text, count=1)


_PAST_MARKER = {"history of": "remote history of", "hx of": "remote hx of", "h/o": "remote h/o"}
_PAST_MARKER_RE = re.compile(r"(?<![\w/-])(?<!remote )(?:history of|hx of|h/o)(?![\w/-])", re.I)


def past_marker(text: str) -> str:
    """A history cue made "remote" ("history of" -> "remote history of"): the same past, said more strongly."""
    if re.search(r"\b(?:family|mother|father|sister|brother)\b[^.;]{0,30}$", text[:(m.start() if (
            m := _PAST_MARKER_RE.search(text)) else 0)], re.I):
        return text
    return _PAST_MARKER_RE.sub(lambda m: _keep_case(m.group(0), _PAST_MARKER[m.group(0).lower()]), text, count=1)


def diagnosis_last(text: str) -> str:
    """A prose form of three or more sentences with its first sentence (most often the diagnosis) moved last, when the
    second does not refer back to it."""
    if re.match(r"^[A-Z][A-Z /]+:", text) or "\n" in text:
        return text
    parts = _SENTENCE.split(text.strip())
    if len(parts) < 3 or _REFERS_BACK.match(parts[1]) or not parts[-1].rstrip().endswith((".", "!", "?")) \
            or re.search(r"(?:^|\s)\d{1,2}[.)](?:\s|$)", text) or re.match(r"^[A-Z][\w /&-]{0,30}:", parts[0]):
        return text  # a numbered list's items, or a note's label ("ED note:"), stay where they are
    return " ".join([*(p.strip() for p in parts[1:]), parts[0].strip()])


_TELEGRAPHIC = ((r"\b(?:the|a|an)\s+", ""), (r"\b(?:is|was|were|are|has been|have been)\s+", ""),
                (r"\bpatient\b", "pt"), (r"\bwithout\b", "w/o"), (r"\bwith\b", "w/"),
                (r"\bhistory of\b", "hx"), (r"\bdiagnosis\b", "dx"), (r"\bfollow[- ]up\b", "f/u"))


def telegraphic(text: str) -> str:
    """Problem-list shorthand: articles and copulas dropped, "with" / "without" / "patient" / "history of" as
    "w/", "w/o", "pt", "hx" (lower-case words only: a heading in capitals is left as written)."""
    for pat, new in _TELEGRAPHIC:
        text = re.sub(pat, new, text)
    return text


# other services' visits that mention the cancer in passing: the form's statement is kept whole, between them
_SERVICES = ("Seen in the podiatry clinic for a plantar wart of the right foot, pared today.",
             "Dental visit for a cracked lower molar; crown preparation done.",
             "Eye clinic: refraction updated, early nuclear sclerosis, glasses prescribed.")


def in_passing(text: str) -> str:
    """A prose form set inside another service's short note (podiatry, dental, eye clinic): the cancer is mentioned
    in passing, the visit is for something else."""
    if re.match(r"^[A-Z][A-Z /]+:", text) or "\n" in text:
        return text
    return f"{_pick(list(_SERVICES), text)} {text.strip()} Return as needed."


# a generic treatment word as a drug that only treats the form's gold type: the disease is then implied by the drug too
_DRUGS = {"breast": ((r"(?:adjuvant )?(?:endocrine|hormonal|hormone) therapy|an aromatase inhibitor", "letrozole"),),
          "prostate": ((r"androgen deprivation therapy|(?<![\w-])ADT(?![\w-])|hormonal therapy|hormone therapy",
                        "leuprolide plus enzalutamide"),),
          "leukemia": ((r"a tyrosine kinase inhibitor|(?<![\w-])TKI(?![\w-])", "imatinib"),),
          "lung": ((r"targeted therapy", "osimertinib"),), "kidney": ((r"targeted therapy", "sunitinib"),),
          "melanoma": ((r"immunotherapy", "pembrolizumab"),), "colorectal": ((r"chemotherapy", "FOLFOX"),),
          "pancreas": ((r"chemotherapy", "FOLFIRINOX"),)}


def drug(text: str, cancer_type: str = "") -> str:
    """A generic treatment ("endocrine therapy", "ADT", "chemotherapy") as a drug of the form's own cancer type
    (letrozole, enzalutamide, imatinib, FOLFOX): a form of another type, or none, is left as written."""
    for pat, new in _DRUGS.get(cancer_type, ()):
        m = re.search(pat, text, re.I)
        if m:
            return text[:m.start()] + new + text[m.end():]
    return text


# a negated finding of an unrelated test: what the form says after it is a clause of its own
_OTHER_TESTS = ("the thyroid biopsy", "the skin biopsy of the forearm", "the colonoscopy", "the bone marrow biopsy",
                "the screening mammogram")


def _lower_first(text: str) -> str:
    """The first letter in lower case, unless the first word is an initialism or a heading ("HER2", "CLL")."""
    first = text.split(maxsplit=1)[0] if text.split() else ""
    return text if sum(c.isupper() for c in first) > 1 else text[:1].lower() + text[1:]


def negated_first(text: str) -> str:
    """A prose form after "No evidence of malignancy on <another test>;" (a block form, with its headings, is left as
    written)."""
    if re.match(r"^[A-Z][A-Z /]+:", text) or "\n" in text:
        return text
    return f"No evidence of malignancy on {_pick(list(_OTHER_TESTS), text)}; {_lower_first(text.strip())}"


def semicolon_join(text: str) -> str:
    """The sentences of a prose form joined by semicolons ("Biopsy negative. She remains on letrozole for ..." ->
    "Biopsy negative; she remains on letrozole for ...")."""
    if re.match(r"^[A-Z][A-Z /]+:", text) or "\n" in text:
        return text
    parts = _SENTENCE.split(text.strip())
    if len(parts) < 2 or re.search(r"(?:^|\s)\d{1,2}[.)](?:\s|$)", text):
        return text
    return "; ".join([parts[0].rstrip(".!?"), *(_lower_first(p).rstrip(".!?") for p in parts[1:-1]),
                      _lower_first(parts[-1])]) if len(parts) > 1 else text


# past cancers of other types, each with its finished treatment: the second cancer a note of several names
_PAST_CANCERS = (("papillary thyroid carcinoma, total thyroidectomy in 2009", "thyroid"),
                 ("early-stage breast cancer, lumpectomy and radiation in 2011", "breast"),
                 ("localized prostate cancer, radical prostatectomy in 2012", "prostate"),
                 ("seminoma of the left testis, orchiectomy in 1998", "other_cancer"),
                 ("stage I melanoma of the back, wide excision in 2014", "melanoma"))


def second_cancer(text: str, cancer_type: str, icd: str = "") -> str:
    """A past cancer of another type, treated and over, after a prose form whose gold is a current cancer (every gold
    code a C or D code): the current cancer must stay the note's first. A form of no cancer, of a past one or in
    blocks is left as written."""
    if not icd or cancer_type == "none" or any(c[:1] not in ("C", "D") for c in icd.split("|")) \
            or re.match(r"^[A-Z][A-Z /]+:", text) or "\n" in text:
        return text
    past = _pick([p for p, t in _PAST_CANCERS if t != cancer_type], text)
    return f"{text.rstrip()} Past history: {past}, no recurrence."


# a surname before the head noun of a disease's name ("Hodgkin lymphoma", "Kaposi's sarcoma", "Bowen disease"); the
# word must be no frequent English word and no adjective ("Metastatic sarcoma", "Follicular lymphoma")
_EPONYM_NAME = re.compile(r"(?<![\w-])(?<!Non-)(?<!non-)([A-Z][a-zà-ÿ]{3,})('s|(?<=s)')?\s+(disease|sarcoma|lymphoma|"
                          r"tumou?r|macroglobulinemia|syndrome|carcinoma)\b")
_NOT_A_SURNAME = re.compile(r"(?:al|ic|ous|ar|ary|ed|oid|ive|ory|ean|ing|ly|ty|ine|ent|ant|ate|ior)$")


def _surname(word: str) -> bool:
    from cancerprep import resources

    w = word.lower()
    return resources.english_word_freq().get(w, 0) <= 1000 and not _NOT_A_SURNAME.search(w)


def eponym(text: str) -> str:
    """A disease named after a person written the other way: "<Name>'s disease" as the Latin / German / Dutch
    "Morbus <Name>", "<Name> disease" as "<Name>'s disease", and a possessive before another head noun without its
    "'s" and back ("Kaposi sarcoma" <-> "Kaposi's sarcoma")."""
    for m in _EPONYM_NAME.finditer(text):
        name, poss, head = m.group(1), m.group(2), m.group(3)
        if not _surname(name):
            continue
        if head == "disease" and poss:
            new = f"Morbus {name}"
        elif poss:
            new = f"{name} {head}"
        else:
            new = f"{name}{chr(39) if name.endswith('s') else chr(39) + 's'} {head}"
        return text[:m.start()] + new + text[m.end():]
    return text


# compound words written with a hyphen where the form has a space (and back for "in-situ"): the matchers must read
# both ("melanoma in-situ", "small-cell carcinoma", "B-cell lymphoma", "well-differentiated")
_HYPHENS = ((r"\bin situ\b", "in-situ"), (r"\bin-situ\b", "in situ"), (r"\bsmall cell\b", "small-cell"),
            (r"\b([BT]) cell\b", r"\1-cell"), (r"\b([BT])-cell\b", r"\1 cell"),
            (r"\b(well|moderately|poorly) differentiated\b", r"\1-differentiated"),
            (r"\bhigh grade\b", "high-grade"), (r"\blow grade\b", "low-grade"))


def hyphenation(text: str) -> str:
    """The first compound of `_HYPHENS` in the form written the other way (case kept)."""
    for pat, new in _HYPHENS:
        m = re.search(pat, text, re.I)
        if m:
            rep = m.expand(new)
            rep = rep.upper() if m.group(0).isupper() else (rep[:1].upper() + rep[1:] if m.group(0)[:1].isupper()
                                                            else rep)
            return text[:m.start()] + rep + text[m.end():]
    return text


# a section heading of a block form: capitals and a colon at the start, right after a comma (no space: the export's
# "...,ASSESSMENT: , ...") or at a line's start; not an initialism inside a line ("Pancreas, head, EUS-FNA: ...")
_SECTION_HEAD = re.compile(r"(?:^|(?<=[,\n]))(?=[A-Z][A-Z /&-]{2,40}:)")


def section_order(text: str) -> str:
    """The sections of a block form in reverse order, each heading with its own text: a note's meaning does not
    depend on whether the assessment comes before or after the history (a form with fewer than two headed sections,
    or text before its first heading, is left as written)."""
    starts = [m.start() for m in _SECTION_HEAD.finditer(text)]
    if len(starts) < 2 or text[:starts[0]].strip():
        return text
    parts = [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]
    sep = "\n" if "\n" in text else ","
    chunks = [p.strip().rstrip(",").strip() for p in parts]
    return sep.join(reversed(chunks))


# -- document-kind classes: shorthand, administrative lines, medication lists, amended reports ----------------------

# clinical shorthand for disease and care words, applied after the taxonomy's own abbreviations (longest first, whole
# words, lower-case or capitalised words only: a heading in capitals is left as written)
_SHORTHAND = (("squamous cell carcinoma", "SCC"), ("basal cell carcinoma", "BCC"), ("adenocarcinoma", "adenoca"),
              ("carcinoma", "ca"), ("cancer", "CA"), ("metastases", "mets"), ("metastatic", "met"),
              ("metastasis", "met"), ("biopsies", "bxs"), ("biopsy", "bx"), ("status post", "s/p"),
              ("history of", "hx of"), ("diagnosed", "dx'd"), ("diagnosis", "dx"), ("without", "w/o"),
              ("with", "w/"), ("chemotherapy", "chemo"), ("radiation therapy", "XRT"), ("radiotherapy", "XRT"),
              ("treatment", "tx"), ("lymph nodes", "LNs"), ("lymph node", "LN"), ("patient", "pt"),
              ("follow-up", "f/u"), ("recurrence", "recur"), ("negative", "neg"), ("positive", "pos"))


@lru_cache(maxsize=1)
def _shorthand_pairs() -> tuple[tuple[re.Pattern[str], str], ...]:
    """The taxonomy's abbreviations (each unambiguous, no English word, its name abbreviated by no other), then the
    general list: every (pattern, shorthand), longest name first within each source."""
    from cancerprep.stages.coding.taxonomy import load_taxonomy

    names: dict[str, list[str]] = defaultdict(list)
    for t in load_taxonomy().types:
        for abbr, expansion in t.abbreviations.items():
            if abbr not in t.ambiguous and abbr.upper() not in _WORD_ABBREVIATIONS and len(expansion.split()) > 1:
                names[expansion.lower()].append(abbr)
    tax = sorted(((e, a[0]) for e, a in names.items() if len(a) == 1), key=lambda ea: -len(ea[0]))
    def name(abbr: str, expansion: str) -> str:
        # a first letter the expansion lacks is a word written before it ("IDC": "invasive ductal carcinoma")
        lead = rf"(?:{abbr[0]}\w+\s+)?" if abbr[0].lower() != expansion[0] else ""
        return lead + re.escape(expansion).replace(r"\ ", r"[ -]")
    return tuple((re.compile(_BOUND_L + name(a, e) + _BOUND_R, re.I), a) for e, a in [*tax, *_SHORTHAND])


def shorthand(text: str) -> str:
    """Disease and care words in clinical shorthand ("ca", "CA", "adenoca", "mets", "bx", "s/p", "w/", "dx", "hx",
    and the taxonomy's initialisms: NSCLC, DCIS, CRC, HCC...), every occurrence; words in capitals stay."""
    for pat, short in _shorthand_pairs():
        text = pat.sub(lambda m, short=short: m.group(0) if m.group(0).isupper() and len(m.group(0)) > 3 else short,
                       text)
    return text


def _prose(text: str) -> bool:
    """A one-line form with no heading of its own: one statement that a line of another document can hold."""
    return not (re.match(r"^[A-Z][A-Z /]+:", text) or "\n" in text)


# other problems of a problem list, each with its ICD-10-CM code: no neoplasm, so no code of theirs may be chosen
_OTHER_PROBLEMS = (("Essential hypertension", "I10"), ("Type 2 diabetes mellitus without complications", "E11.9"),
                   ("Hyperlipidemia, unspecified", "E78.5"), ("Gastro-esophageal reflux disease", "K21.9"))


def _category_title(icd: str) -> str:
    import simple_icd_10_cm as cm

    code = icd.split("|")[0]
    return f"{code} {cm.get_description(code)}" if code and cm.is_valid_item(code) else ""


def administrative(text: str, cancer_type: str = "", icd: str = "") -> str:
    """A prose form recast as an administrative line: item 2 of a problem list whose other items are coded non-cancer
    problems, a visit's encounter diagnosis (under its reason for visit), or the encounter diagnosis's ICD-10-CM code
    and title (the form's gold category) over the statement. Block forms are left as written."""
    if not _prose(text):
        return text
    body = text.strip()
    kind = int(hashlib.sha1(body.encode("utf-8")).hexdigest(), 16) % 3
    if kind == 2 and icd and cancer_type != "none" and _category_title(icd):
        return f"Encounter diagnosis: {_category_title(icd)}\nAssessment: {body}"
    if kind >= 1:
        return f"Reason for visit: follow-up.\nEncounter diagnoses: {body}"
    (p1, c1), (p2, c2) = _OTHER_PROBLEMS[:2] if len(body) % 2 else _OTHER_PROBLEMS[2:]
    return f"PROBLEM LIST:\n1. {p1} ({c1})\n2. {body}\n3. {p2} ({c2})"


# medication blocks whose drugs say no cancer of their own: drugs of other diseases, supportive care, and drugs of
# cancer written with another disease as their indication (methotrexate for rheumatoid arthritis)
_MED_BLOCKS = ("MEDICATIONS:\n- lisinopril 10 mg PO daily\n- metformin 500 mg PO BID\n- atorvastatin 40 mg PO nightly\n"
               "- ondansetron 8 mg PO q8h PRN nausea",
               "Current medications: methotrexate 15 mg weekly for rheumatoid arthritis, folic acid 1 mg daily, "
               "prednisone 5 mg daily, omeprazole 20 mg daily.",
               "Meds: allopurinol 300 mg daily, dexamethasone 4 mg BID, filgrastim 300 mcg SC daily, "
               "prochlorperazine 10 mg PRN, oxycodone 5 mg q4h PRN pain.",
               "Home medications: hydroxyurea 500 mg daily for sickle cell disease, amlodipine 5 mg daily, "
               "sertraline 50 mg daily.")


def medication_list(text: str) -> str:
    """The form with a medication block before or after it (its own lines): none of the drugs is evidence of a
    cancer, so the form's type and code must hold."""
    key = int(hashlib.sha1(text.encode("utf-8")).hexdigest(), 16)
    block = _MED_BLOCKS[key % len(_MED_BLOCKS)]
    return f"{block}\n{text.strip()}" if key // len(_MED_BLOCKS) % 2 else f"{text.strip()}\n{block}"


# a diagnosis of another type reported first and withdrawn by the amendment
_WITHDRAWN = (("adenocarcinoma of the colon", "colorectal"), ("invasive ductal carcinoma of the breast", "breast"),
              ("diffuse large B-cell lymphoma", "lymphoma"), ("squamous cell carcinoma of the lung", "lung"),
              ("clear cell renal cell carcinoma", "kidney"))


def amended(text: str, cancer_type: str = "", _icd: str = "") -> str:
    """The form as the final statement of an amended report or addendum: after a preliminary report of no diagnosis,
    or after an original diagnosis of another type that the amendment withdraws ("This report supersedes ...")."""
    body = text.strip()
    sep = " " if _prose(body) else "\n"  # a block form keeps its headings at the start of their lines
    if int(hashlib.sha1(body.encode("utf-8")).hexdigest(), 16) % 2:
        return ("PRELIMINARY REPORT: atypical cells present; final diagnosis deferred to additional studies.\n"
                f"ADDENDUM:{sep}{body}")
    other = _pick([w for w, t in _WITHDRAWN if t != cancer_type], body)
    return (f"AMENDED REPORT: the original diagnosis of {other} is withdrawn; this report supersedes it.\n"
            f"Amended diagnosis:{sep}{body}")


# -- codes written beside their titles, and other document kinds ----------------------------------------------------

# one code of each of several types, for a code that contradicts the title written beside it
_OTHER_TYPE_CODES = (("C50.919", "breast"), ("C61", "prostate"), ("C34.90", "lung"), ("C18.9", "colorectal"),
                     ("C43.9", "melanoma"), ("C67.9", "bladder"), ("C64.9", "kidney"))


# a leaf that states more than the form may ("in remission", "inflammatory") is not the one written for it
_STATED_STATE = re.compile(r"\b(?:in remission|in relapse|inflammatory)\b")


def _written_code(icd: str) -> tuple[str, str]:
    """(code, title) the form's gold category is written as: its most "unspecified" leaf where it has one (C50 ->
    C50.919, C18 -> C18.9; what a coder picks with no more detail), else the category (and always for Z85, whose
    leaves name organs); the title in the short descriptions' "unsp"."""
    import simple_icd_10_cm as cm

    cat = icd.split("|")[0]
    if not cat or not cm.is_valid_item(cat):
        return "", ""
    leaves = [c for c in cm.get_descendants(cat) if cm.is_leaf(c) and "unspecified" in cm.get_description(c).lower()
              and not _STATED_STATE.search(cm.get_description(c))]
    code = min(leaves, key=lambda c: (not c[4:5].isdigit(), -cm.get_description(c).lower().count("unspecified"),
                                      len(cm.get_description(c).split()), c)) \
        if leaves and cat[0] != "Z" else cat
    return code, re.sub(r"\b([Uu])nspecified\b", r"\1nsp", cm.get_description(code))


def _short_title(title: str, noun: str) -> str:
    """The title as a clinician shortens it: "Malignant neoplasm of sigmoid colon" -> "sigmoid colon ca"."""
    m = re.match(r"Malignant neoplasm of (?:the )?([a-z ,]+?)(?:, unsp)?$", title)
    return f"{m.group(1).strip()} {noun}" if m else title[:1].lower() + title[1:]


def code_title(text: str, cancer_type: str = "", icd: str = "") -> str:
    """The gold code beside its own title on a line before the form, in one of four layouts."""
    if cancer_type == "none" or not icd:
        return text
    code, title = _written_code(icd)
    if not code:
        return text
    body = text.strip()
    kind = int(hashlib.sha1(body.encode("utf-8")).hexdigest(), 16) % 4
    line = (f"{code} {title}", f"Dx: {code} - {_short_title(title, 'ca')}",
            f"Problem list:\n1. {code} {_short_title(title, 'cancer')}", f"Assessment: {title} ({code})")[kind]
    return f"{line}\n{body}"


def code_contradicted(text: str, cancer_type: str = "", icd: str = "") -> str:
    """Another type's code beside the gold's own title: the code contradicts its title and must not be read."""
    if cancer_type == "none" or not icd or icd.split("|")[0][:1] not in ("C", "D"):
        return text
    _, title = _written_code(icd)
    if not title:
        return text
    other = _pick([c for c, t in _OTHER_TYPE_CODES if t != cancer_type and c[:3] not in icd.split("|")], text)
    return f"{other} {title}\n{text.strip()}"


def referral_letter(text: str) -> str:
    """The form as the clinical summary of a referral letter."""
    return ("Dear colleague,\nThank you for seeing this patient in your clinic. Clinical summary:\n"
            f"{text.strip()}\nI would be grateful for your opinion on further management.\nYours sincerely,")


def telephone_note(text: str) -> str:
    """The form inside a telephone encounter."""
    return (f"TELEPHONE ENCOUNTER\nCalled the patient to discuss results.\n{text.strip()}\n"
            "Patient verbalized understanding; questions answered. Will call back as needed.")


def tumour_board(text: str) -> str:
    """The form as the case of a multidisciplinary tumour-board summary."""
    return ("MULTIDISCIPLINARY TUMOR BOARD SUMMARY\nAttendees: medical oncology, surgery, radiology, pathology.\n"
            f"Case presented:\n{text.strip()}\nRecommendation: consensus plan as discussed; see clinic note.")


def radiology_impression(text: str) -> str:
    """The form as the impression of an imaging report whose findings name nothing of their own."""
    return ("EXAM: CT of the chest, abdomen and pelvis with contrast.\nCOMPARISON: None.\n"
            f"FINDINGS: See impression.\nIMPRESSION:\n{text.strip()}")


def synoptic_pairs(text: str) -> str:
    """A prose form as the diagnosis field of a "Key: value" pathology checklist with neutral fields around it."""
    if not _prose(text):
        return text
    return (f"Specimen received: in formalin\nSpecimen adequacy: adequate for evaluation\nFinal diagnosis: "
            f"{text.strip()}\nPathologist comment: none")


# rewrites that read the form's gold type (and gold code), not only its text
TYPED_REWRITES: dict[str, Callable[[str, str, str], str]] = {
    "drug": lambda text, cancer_type, _icd: drug(text, cancer_type), "second_cancer": second_cancer,
    "administrative": administrative, "amended": amended, "code_title": code_title,
    "code_contradicted": code_contradicted}

REWRITES: dict[str, Callable[[str], str]] = {
    "synonym": synonym, "icd_title": icd_title, "abbreviate": abbreviate, "expand": expand,
    "uk_spelling": uk_spelling, "us_spelling": us_spelling, "upper": str.upper, "lower": str.lower,
    "wrap_60": _wrap(60), "wrap_72": _wrap(72), "negation": negation, "history": history, "reorder": reorder,
    "hedge": hedge, "negation_list": negation_list, "past_marker": past_marker, "diagnosis_last": diagnosis_last,
    "telegraphic": telegraphic, "in_passing": in_passing, "negated_first": negated_first,
    "semicolon_join": semicolon_join, "eponym": eponym, "hyphenation": hyphenation, "section_order": section_order,
    "shorthand": shorthand, "medication_list": medication_list, "referral_letter": referral_letter,
    "telephone_note": telephone_note, "tumour_board": tumour_board, "radiology_impression": radiology_impression,
    "synoptic_pairs": synoptic_pairs,
}


# -- the probe ------------------------------------------------------------------------------------------------------

def tuning_forms(families: tuple[str, ...] = FAMILIES) -> list[tuple[str, str, Form]]:
    """(family, class, form) of every TUNING-part form: the check parts are never rewritten or read."""
    out = []
    for fam in families:
        for klass, forms in select_part(load_forms(fam), "tuning").items():
            out.extend((fam, klass, f) for f in forms)
    return out


def variants(forms: list[tuple[str, str, Form]], only: frozenset[str] = frozenset()) -> list[tuple[str, int, str]]:
    """(rewrite, form index, text) of every rewrite (of `only`, when given) that changes a form; deterministic in its
    input."""
    out = []
    for name, fn in REWRITES.items():
        if only and name not in only:
            continue
        for i, (_, _, form) in enumerate(forms):
            new = fn(form.text)
            if new != form.text:
                out.append((name, i, new))
    for name, typed in TYPED_REWRITES.items():
        if only and name not in only:
            continue
        for i, (_, _, form) in enumerate(forms):
            new = typed(form.text, form.cancer_type, form.icd)
            if new != form.text:
                out.append((name, i, new))
    return out


def _code(texts: list[str]) -> list[Any]:
    import polars as pl

    from cancerprep.stages.base import RunContext
    from cancerprep.stages.coding.stages import SortStage

    stage = SortStage({}, RunContext())
    stage.ensure_setup()
    frame = pl.DataFrame({"note_id": [str(i) for i in range(len(texts))],
                          "patient_id": [str(i) for i in range(len(texts))], "text": texts})
    return stage.coder.code_batch(frame)


def run(families: tuple[str, ...], n_hosts: int = 0, only: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Code each tuning form and each of its variants (alone, and in `n_hosts` host notes); per rewrite, family and
    class: forms changed, and type / ICD accuracy of the originals and the variants on those forms."""
    forms = tuning_forms(families)
    vs = variants(forms, only)
    hosts = [t for _, t in host_notes(n_hosts)] if n_hosts else []

    def settings(form: Form, text: str) -> list[str]:
        f = Form(text, form.cancer_type, form.icd)
        return [text, *(embed(f, h) for h in hosts)]

    texts: list[str] = []
    for _, _, form in forms:
        texts.extend(settings(form, form.text))
    for _, i, text in vs:
        texts.extend(settings(forms[i][2], text))
    preds = _code(texts)
    k = 1 + len(hosts)
    orig = [preds[j * k:(j + 1) * k] for j in range(len(forms))]
    base = len(forms) * k
    tally: dict[tuple[str, str], list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0])
    misses = []
    for n, (name, i, text) in enumerate(vs):
        fam, klass, form = forms[i]
        got = preds[base + n * k: base + (n + 1) * k]
        for o, p in zip(orig[i], got, strict=True):
            ok_o = (o.cancer_type == form.cancer_type, _icd_ok(form, o))
            ok_v = (p.cancer_type == form.cancer_type, _icd_ok(form, p))
            for key in ((name, "ALL"), (name, fam), ("ALL", "ALL"), (name, f"{fam}:{klass}")):
                cell = tally[key]
                cell[0] += 1
                cell[1] += ok_o[0]
                cell[2] += ok_o[1]
                cell[3] += ok_v[0]
                cell[4] += ok_v[1]
        p, o = got[0], orig[i][0]
        if (o.cancer_type == form.cancer_type and _icd_ok(form, o)) and \
                not (p.cancer_type == form.cancer_type and _icd_ok(form, p)):
            misses.append({"rewrite": name, "family": fam, "class": klass, "gold": f"{form.cancer_type} {form.icd}",
                           "got": f"{p.cancer_type} {p.icd10[:1]} ({p.evidence})", "original": form.text,
                           "variant": text})
    res = {f"{a}|{b}": {"n": c[0], "orig_type": c[1] / c[0], "orig_icd": c[2] / c[0],
                        "var_type": c[3] / c[0], "var_icd": c[4] / c[0]} for (a, b), c in tally.items()}
    return {"scores": res, "misses": misses, "forms": len(forms), "variants": len(vs)}


# -- MTSamples tuning notes: whole real notes rewritten (`--mtsamples`) -----------------------------------------------
# The forms are short statements; the labelled MTSamples notes (coding_eval) are whole reports whose check part's ICD
# misses are of the status (history vs active) and missed-cancer kinds (coding_eval's breakdown, scores only). These
# rewrites change how a real note is laid out and worded, never what it says of the patient, and are run on the
# TUNING part's notes only (coding_eval.part_of); each keeps the note's gold label.

# other headings real notes use for the same section (EHR templates and dictation styles differ)
_HEADER_SYNONYMS: dict[str, tuple[str, ...]] = {
    "PAST MEDICAL HISTORY": ("MEDICAL HISTORY", "PMH", "PAST HISTORY", "PAST MEDICAL HX", "PMHX"),
    "PAST SURGICAL HISTORY": ("SURGICAL HISTORY", "PSH", "PREVIOUS SURGERIES", "PAST SURGICAL HX", "PSHX"),
    "HISTORY OF PRESENT ILLNESS": ("HPI", "PRESENT ILLNESS", "HISTORY"),
    "FAMILY HISTORY": ("FH", "FAMILY HX", "FHX"),
    "SOCIAL HISTORY": ("SH", "SOCIAL HX", "SHX"),
    "IMPRESSION": ("ASSESSMENT", "ASSESSMENT AND PLAN", "A/P", "CLINICAL IMPRESSION"),
    "ASSESSMENT": ("IMPRESSION", "A/P", "ASSESSMENT/PLAN"),
    "ASSESSMENT AND PLAN": ("A/P", "IMPRESSION AND PLAN", "A&P"),
    "PREOPERATIVE DIAGNOSIS": ("PRE-OP DIAGNOSIS", "PREOP DX", "PRE-OPERATIVE DIAGNOSIS"),
    "POSTOPERATIVE DIAGNOSIS": ("POST-OP DIAGNOSIS", "POSTOP DX", "POST-OPERATIVE DIAGNOSIS"),
    "PREOPERATIVE DIAGNOSES": ("PRE-OP DIAGNOSES", "PREOP DXS", "PRE-OPERATIVE DIAGNOSES"),
    "POSTOPERATIVE DIAGNOSES": ("POST-OP DIAGNOSES", "POSTOP DXS", "POST-OPERATIVE DIAGNOSES"),
    "CHIEF COMPLAINT": ("CC", "REASON FOR VISIT", "PRESENTING COMPLAINT"),
    "REVIEW OF SYSTEMS": ("ROS", "SYSTEMS REVIEW"),
    "CURRENT MEDICATIONS": ("MEDS", "CURRENT MEDS", "HOME MEDICATIONS"),
    "MEDICATIONS": ("MEDS", "HOME MEDS", "OUTPATIENT MEDICATIONS"),
    "DIAGNOSIS": ("DX", "FINAL DIAGNOSIS"),
    "PLAN": ("RECOMMENDATIONS", "DISPOSITION"),
}
_HEADER_RE = re.compile(r"(?:^|(?<=[,\n]))(" + "|".join(re.escape(h) for h in sorted(_HEADER_SYNONYMS, key=len,
                                                                                       reverse=True)) + r")(?=\s*:)")


def mt_headers(text: str) -> str:
    """Each known section heading written as another heading of the same section ("PAST MEDICAL HISTORY:" ->
    "MEDICAL HISTORY:" / "PMH:"), chosen per note and heading."""
    return _HEADER_RE.sub(lambda m: _pick(list(_HEADER_SYNONYMS[m.group(1)]), text[:200] + m.group(1)), text)


def mt_headers_title(text: str) -> str:
    """Section headings in title case ("Past Medical History:"), as many EHR templates print them."""
    return _HEADER_RE.sub(lambda m: m.group(1).title(), text)


_IN_YEAR = re.compile(r"\b(in|In)\s+((?:19|20)\d\d)\b")
_NOTE_YEAR = 2012  # MTSamples' transcriptions are of about this time: every year they give for a past event is before


def mt_years(text: str) -> str:
    """A past event's year written as a time ago ("in 1998" -> "about 14 years ago"; a year within two of the note's
    time is left)."""
    def ago(m: re.Match[str]) -> str:
        n = _NOTE_YEAR - int(m.group(2))
        return m.group(0) if n < 3 else f"{'About' if m.group(1) == 'In' else 'about'} {n} years ago"
    return _IN_YEAR.sub(ago, text)


# "left"/"right" before a body word: the side in the shorthand notes use ("lt", "rt")
_SIDE_RE = re.compile(r"\b(left|right|Left|Right)(?=\s+(?!(?:away|now|here|there|after|before|to|of|and|or|in|at|on|"
                      r"the|a|an|with|side|sided|as|for|is|was)\b)[a-z])")


def mt_side(text: str) -> str:
    """The side of an organ or limb in shorthand ("left breast" -> "lt breast", "Right upper lobe" -> "Rt upper
    lobe"): the laterality digit must not move."""
    return _SIDE_RE.sub(lambda m: {"left": "lt", "right": "rt", "Left": "Lt", "Right": "Rt"}[m.group(1)], text)


# anatomical parts notes write as initialisms (lung lobes, breast quadrants, lymph nodes)
_SITE_SHORT = (("right upper lobe", "RUL"), ("right middle lobe", "RML"), ("right lower lobe", "RLL"),
               ("left upper lobe", "LUL"), ("left lower lobe", "LLL"), ("upper outer quadrant", "UOQ"),
               ("upper inner quadrant", "UIQ"), ("lower outer quadrant", "LOQ"), ("lower inner quadrant", "LIQ"),
               ("lymph nodes", "LNs"), ("lymph node", "LN"), ("gastroesophageal", "GE"),
               ("transurethral resection of bladder tumor", "TURBT"), ("prostate-specific antigen", "PSA"),
               ("prostate specific antigen", "PSA"))
_SITE_SHORT_RE = tuple((re.compile(_BOUND_L + re.escape(a).replace(r"\ ", r"[ -]") + _BOUND_R, re.I), b)
                       for a, b in _SITE_SHORT)


def mt_site_short(text: str) -> str:
    """Anatomical parts as initialisms ("left upper lobe" -> "LUL", "upper outer quadrant" -> "UOQ", "lymph node" ->
    "LN"): the site and its category must hold."""
    for pat, short in _SITE_SHORT_RE:
        text = pat.sub(short, text)
    return text


# the words a note says a cancer's time in, each with others clinicians write for the same state: a treatment done,
# nothing left, treatment going on, a time gone by (the status rules read these: history Z85 vs the active code)
_STATUS_WORDS: dict[str, tuple[str, ...]] = {
    "status post": ("post", "following", "after"), "s/p": ("post", "following", "after"),
    "underwent": ("had", "went through"), "treated with": ("managed with", "who received"),
    "no evidence of disease": ("NED", "disease-free", "no evidence of recurrence"),
    "no recurrence": ("no evidence of recurrence", "without recurrence", "no sign of recurrence"),
    "currently": ("presently", "at present"), "undergoing": ("receiving", "in the middle of"),
    "follow-up": ("surveillance", "follow up"), "diagnosed with": ("found to have", "dx'd with"),
    "resected": ("excised", "removed"), "resection": ("excision", "removal"),
    "radiation therapy": ("radiotherapy", "XRT", "irradiation"), "years ago": ("yrs ago", "years previously"),
    "recurrence": ("relapse",), "chemotherapy": ("chemo", "systemic therapy"),
}
_STATUS_RE = re.compile(_BOUND_L + "(" + "|".join(re.escape(w) for w in sorted(_STATUS_WORDS, key=len, reverse=True))
                        + ")" + _BOUND_R, re.I)


def mt_status(text: str) -> str:
    """Words of a cancer's time written as other words for the same state ("status post" -> "following", "no evidence
    of disease" -> "NED", "undergoing" -> "receiving", "years ago" -> "yrs ago"), one choice per note and word."""
    return _STATUS_RE.sub(lambda m: _keep_case(m.group(1), _pick(list(_STATUS_WORDS[m.group(1).lower()]),
                                                                text[:200] + m.group(1).lower())), text)


# note-level rewrites: the meaning-preserving ones of the forms that fit whole notes, and the ones above
# --- ways of naming a cancer (thirty-ninth pass): the forms the check part's unfound cancers may take ---
def mt_side_stop(text: str) -> str:
    """The side with a full stop, as dictation writes it ("Rt. breast", "Lt. upper lobe"): the stop must not end the
    sentence and take the organ from its cancer."""
    return _SIDE_RE.sub(lambda m: {"left": "lt.", "right": "rt.", "Left": "Lt.", "Right": "Rt."}[m.group(1)], text)


def _site_cancer_sub(text: str, write: Callable[[str, str], str]) -> str:
    """Every "<site> cancer" / "cancer of the <site>" (a site of the tabular list's titles) written by `write(site,
    matched)`."""
    alts = "|".join(re.escape(x) for x in sorted(vocab()["sites"], key=len, reverse=True))
    for pat, site_group in ((_SITE_CANCER, 1), (_CANCER_OF, 2)):
        text = re.compile(pat.pattern.replace("{sites}", alts), re.I).sub(
            lambda m, g=site_group: _keep_case(m.group(0), write(m.group(g), m.group(0))), text)
    return text


def mt_ca_of(text: str) -> str:
    """A site's cancer as "CA of the <site>" (capital CA, the dictated shorthand), every occurrence."""
    return _site_cancer_sub(text, lambda site, _m: f"CA of the {site.lower()}")


def mt_malignant_tumor(text: str) -> str:
    """A site's cancer as "malignant tumor of the <site>" / "malignant <site> tumor" / "<site> malignancy", in turn."""
    k = [0]

    def write(site: str, _m: str) -> str:
        k[0] += 1
        forms = (f"malignant tumor of the {site.lower()}", f"malignant {site.lower()} tumor",
                 f"{site.lower()} malignancy")
        return forms[(k[0] - 1 + len(text)) % 3]
    return _site_cancer_sub(text, write)


_HISTOLOGY_NOS = re.compile(r"\b((?:adeno)?carcinoma|melanoma|lymphoma)\b(?![ ,]+(?:NOS|in situ|of|in)\b)", re.I)


def mt_nos(text: str) -> str:
    """The first histology as ICD-O-3 writes it unqualified ("adenocarcinoma, NOS")."""
    m = _HISTOLOGY_NOS.search(text)
    return text if not m else text[:m.end()] + ", NOS" + text[m.end():]


NOTE_REWRITES: dict[str, Callable[[str], str]] = {
    "mt_headers": mt_headers, "mt_headers_title": mt_headers_title, "mt_years": mt_years, "mt_side": mt_side,
    "mt_site_short": mt_site_short, "mt_history": history, "mt_shorthand": shorthand, "mt_synonym": synonym,
    "mt_abbreviate": abbreviate, "mt_section_order": section_order, "mt_hyphenation": hyphenation,
    "mt_uk_spelling": uk_spelling, "mt_past_marker": past_marker, "mt_status": mt_status, "mt_icd_title": icd_title,
    "mt_expand": expand, "mt_negation": negation, "mt_side_stop": mt_side_stop, "mt_ca_of": mt_ca_of,
    "mt_malignant_tumor": mt_malignant_tumor, "mt_nos": mt_nos,
}


# the plain name of each type's cancer, as a past medical history list writes it
_TYPE_NAMES = {"breast": "breast cancer", "prostate": "prostate cancer", "lung": "lung cancer",
               "colorectal": "colon cancer", "melanoma": "melanoma", "bladder": "bladder cancer",
               "kidney": "kidney cancer", "lymphoma": "lymphoma", "uterine": "endometrial cancer",
               "pancreas": "pancreatic cancer", "leukemia": "leukemia", "head_and_neck": "head and neck cancer",
               "thyroid": "thyroid cancer", "liver": "liver cancer", "myeloma": "multiple myeloma",
               "stomach": "gastric cancer", "brain": "brain tumor"}


def _add_section(text: str, heading: str, body: str) -> str:
    """A section added at the end of a note, in the note's own layout (the export's commas or line ends)."""
    sep = "\n" if "\n" in text else ","
    return f"{text.rstrip().rstrip(',')}{sep}{heading}: {body}"


def mt_pmh_listed(text: str, cancer_type: str = "", icd: str = "") -> str:
    """The note's own cancer listed again in a past medical history among other problems, as notes list every
    problem there (an active cancer stays active, a history stays history: the list says nothing of its time)."""
    name = _TYPE_NAMES.get(cancer_type)
    if name is None or icd.startswith("D"):  # an in-situ cancer listed as "cancer" would be another statement
        return text
    return _add_section(text, "PAST MEDICAL HISTORY", f"Hypertension, {name}, hyperlipidemia.")


def mt_followup(text: str, cancer_type: str = "", _icd: str = "") -> str:
    """A plan line of routine oncology follow-up added: an active cancer's note and a history note both may close
    so, and neither's time changes."""
    if cancer_type in ("", "none"):
        return text
    return _add_section(text, "PLAN", "Continue routine follow-up with oncology as scheduled.")


NOTE_TYPED_REWRITES: dict[str, Callable[[str, str, str], str]] = {"mt_pmh_listed": mt_pmh_listed,
                                                                   "mt_followup": mt_followup}


def tuning_notes(with_none: bool = False) -> list[dict[str, Any]]:
    """The labelled MTSamples notes of coding_eval's TUNING part (cancer notes; `with_none` adds the `none` ones): the
    check part is never rewritten or read."""
    from benchmarks.quality.coding_eval import load_all

    rows = [r for r in load_all().to_dicts() if r["part"] == "tuning"]
    return [r for r in rows if with_none or r["cancer_type"] != "none"]


def run_notes(only: frozenset[str] = frozenset(), with_none: bool = False) -> dict[str, Any]:
    """Code each tuning note and each of its variants; per rewrite: notes changed, type and ICD category accuracy of
    the originals and the variants (ICD on notes whose gold is one of the 17 types, as coding_eval scores it), and how
    often the variant's whole first code (subcode and laterality digit) is the original's."""
    from cancerprep.stages.coding.taxonomy import load_taxonomy

    ids = set(load_taxonomy().ids)
    notes = tuning_notes(with_none)
    vs = [(name, i, new) for name, fn in NOTE_REWRITES.items() if not only or name in only
          for i, r in enumerate(notes) if (new := fn(r["text"])) != r["text"]]
    vs += [(name, i, new) for name, typed in NOTE_TYPED_REWRITES.items() if not only or name in only
           for i, r in enumerate(notes)
           if (new := typed(r["text"], r["cancer_type"], r["icd10_category"] or "")) != r["text"]]
    preds = _code([r["text"] for r in notes] + [t for _, _, t in vs])
    orig, got = preds[:len(notes)], preds[len(notes):]

    def ok(r: dict[str, Any], p: Any) -> tuple[bool, bool]:
        icd = r["cancer_type"] not in ids or (bool(p.icd10) and p.icd10[0][:3] == (r["icd10_category"] or "")[:3])
        return p.cancer_type == r["cancer_type"], icd

    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0, 0, 0, 0])
    misses = []
    for (name, i, _), p in zip(vs, got, strict=True):
        r, o = notes[i], orig[i]
        (ot, oi), (vt, vi) = ok(r, o), ok(r, p)
        same = (o.icd10[:1] == p.icd10[:1])
        for key in (name, "ALL"):
            c = tally[key]
            for j, v in enumerate((1, ot, oi, vt, vi, same)):
                c[j] += v
        if (ot and oi and not (vt and vi)) or not same:
            misses.append({"rewrite": name, "note_id": r["note_id"],
                           "gold": f"{r['cancer_type']} {r['icd10_category']}",
                           "orig": f"{o.cancer_type} {o.icd10[:1]}", "got": f"{p.cancer_type} {p.icd10[:1]}",
                           "evidence": p.evidence, "label_kept": ot and oi and vt and vi})
    scores = {k: {"n": c[0], "orig_type": c[1] / c[0], "orig_icd": c[2] / c[0], "var_type": c[3] / c[0],
                  "var_icd": c[4] / c[0], "same_code": c[5] / c[0]} for k, c in tally.items()}
    return {"scores": scores, "misses": misses, "notes": len(notes), "variants": len(vs)}


# --- status classes (thirty-ninth pass): a cancer's status stated in other ways, set into TUNING `none` notes ---
# Each class writes one sentence about a cancer and the ICD-10-CM category the label rule gives it (README of the
# labels, guideline I.C.2.d): Z85 when the cancer is given only as treated in the past with no treatment now and no
# disease left; the active category for present disease, treatment now, recurrence or spread. The sentence is set at
# the end of a tuning `none` note's History of Present Illness, so the note's only cancer is the stated one.
# (type, cancer as written, operation that treats it, active category)
_STATUS_CANCERS = (("breast", "breast cancer", "a left mastectomy", "C50"),
                   ("prostate", "prostate cancer", "a radical prostatectomy", "C61"),
                   ("lung", "non-small cell lung cancer", "a right upper lobectomy", "C34"),
                   ("colorectal", "colon cancer", "a sigmoid colectomy", "C18"),
                   ("bladder", "bladder cancer", "a transurethral resection", "C67"),
                   ("kidney", "renal cell carcinoma", "a left nephrectomy", "C64"),
                   ("thyroid", "papillary thyroid carcinoma", "a total thyroidectomy", "C73"),
                   ("melanoma", "melanoma of the back", "a wide local excision", "C43"),
                   ("uterine", "endometrial cancer", "a total abdominal hysterectomy", "C54"),
                   ("stomach", "gastric adenocarcinoma", "a partial gastrectomy", "C16"))

# the organ of each, as an adjective or noun before "tumor" (none for melanoma: a "malignant skin tumor" is no melanoma)
_STATUS_SITES = {"breast": "breast", "prostate": "prostate", "lung": "lung", "colorectal": "colon",
                 "bladder": "bladder", "kidney": "renal", "thyroid": "thyroid", "uterine": "endometrial",
                 "stomach": "gastric"}
# class -> (templates, "history", "active" or "mixed": the first template history, the second active); {c} cancer, {C}
# capitalised, {op} operation, {y} year, {n} years ago, {site} the organ
STATUS_CLASSES: dict[str, tuple[tuple[str, ...], str]] = {
    "st_surveillance": (("{C}, treated with {op} in {y}, is now followed with surveillance only.",
                         "The patient had {c} treated with {op} in {y} and is now on surveillance."), "history"),
    "st_ned": (("{C}, status post {op} {n} years ago, with no evidence of disease.",
                "{C} treated with {op} in {y}; no evidence of disease since."), "history"),
    "st_resected_years": (("{C} resected {n} years ago.",
                           "The patient underwent {op} for {c} {n} years ago."), "history"),
    "st_completed": (("The patient completed treatment for {c} in {y} and has had no recurrence.",
                      "{C}, treatment completed in {y}, no recurrence."), "history"),
    "st_hx_current_tx": (("History of {c}, currently receiving chemotherapy.",
                          "The patient has a history of {c} and is currently undergoing radiation therapy."),
                         "active"),
    "st_recurrence": (("History of {c} treated with {op} in {y}, now with a local recurrence.",
                       "{C} treated in {y}, now recurrent."), "active"),
    "st_metastatic": (("History of {c} treated with {op} in {y}, now with metastatic disease.",
                       "{C}, diagnosed in {y}, now metastatic to the liver."), "active"),
    "st_new_dx": (("Newly diagnosed {c}, scheduled for {op} next week.",
                   "{C} was diagnosed on biopsy last week; she is scheduled for {op}."), "active"),
    # the status told across sentences or sections ("||" starts a section added at the note's end)
    "st_port": (("History of {c}. The patient is here for placement of a Port-A-Cath for chemotherapy.",
                 "The patient has a history of {c} and is admitted for placement of an infusion port to start "
                 "chemotherapy."), "active"),
    "st_plan_treats": (("History of {c}.||PLAN: Continue chemotherapy per oncology.",
                        "The patient has a history of {c}.||PLAN: She will start radiation therapy next week."),
                       "active"),
    "st_new_spread": (("History of {c}. A recent CT scan shows new liver lesions consistent with metastases.",
                       "Past history of {c}. A biopsy last week showed recurrent carcinoma."), "active"),
    "st_pmh_then_current": (("The patient is currently being treated for {c} by her oncologist.||"
                             "PAST MEDICAL HISTORY: Hypertension. {C}.",
                             "She is getting chemotherapy for {c}.||PAST MEDICAL HISTORY: {C}, hyperlipidemia."),
                            "active"),
    "st_told_over": (("The patient comes in for follow-up of {c}. She had {op} in {y} followed by radiation. "
                      "Her last scans were negative.",
                      "She has {c}, for which she underwent {op} in {y}. She has had no further treatment and "
                      "is doing well."), "history"),
    "st_dx_list_past": (("||DIAGNOSES: 1. Hypertension. 2. {C}, status post {op} in {y}. 3. Hyperlipidemia.",
                         "||ASSESSMENT: 1. Diabetes mellitus. 2. {C}, treated with {op} in {y}, no recurrence."),
                        "history"),
    "st_psh_op": (("||PAST MEDICAL HISTORY: {C}.||PAST SURGICAL HISTORY: {Op} in {y}.",
                   "||PAST MEDICAL HISTORY: Hypertension, {c} {n} years ago."), "history"),
    # held out while fixing (the test classes): read only as scores until the fixes were done
    "st_remission": (("{C}, treated with {op} in {y}, in remission.",
                      "{C} in remission since {y}."), "history"),
    "st_followup": (("Seen today for routine follow-up of {c}, treated with {op} in {y}; no evidence of recurrence.",
                     "This is a follow-up visit for {c}, status post {op} in {y}, without recurrence."), "history"),
    "st_adjuvant": (("{C}, status post {op} in {y}, now on adjuvant chemotherapy.",
                     "The patient had {op} for {c} in {y} and is receiving adjuvant radiation therapy."), "active"),
    # ... and three of the kinds the fixes were written for, written after them and scored once (before and after)
    "st_plan_proceed": (("History of {c}, {op} in {y}.||ASSESSMENT AND PLAN: Proceed with adjuvant radiation therapy "
                         "as scheduled.",
                         "{C}, status post {op} in {y}.||PLAN: Resume chemotherapy next week."), "active"),
    "st_course_told": (("{C} was diagnosed in {y}. She underwent {op} followed by chemotherapy. She has been "
                        "disease-free since.",
                        "She is followed for {c}. She was treated with {op} in {y}. Surveillance imaging has been "
                        "negative."), "history"),
    "st_malignant_organ": (("History of malignant {site} tumor, {op} in {y}, no evidence of disease.",
                            "The patient has a malignant {site} tumor and is scheduled for {op}."), "mixed"),
}
# --- the fortieth pass's classes: cancers named in ways not yet found (nm_), status said in other ways (st_), and
# held-out classes of the same kinds in other words (ho_), written before any fix and scored only before and after.
# "unknown": a cancer of unknown primary (other_cancer, C80). Slots: {organ} the organ as a noun, {insitu} the
# in-situ cancer written with "ca" (category from `_STATUS_IN_SITU`), {msite} a metastatic site other than the
# primary's, {morph} a carcinoma of ICD-O-3 valid at the organ (`_icdo3_carcinomas`), {abbr} a clinical abbreviation
# of the site, {hormone} a hormonal drug of the cancer, {bare} "carcinoma" for the carcinomas; a cancer without the
# slot's value is left out of the class.
FORTIETH_CLASSES: dict[str, tuple[tuple[str, ...], str]] = {
    "nm_unknown_primary": (("The patient has metastatic CA of unknown primary involving the {msite}.",
                            "She was found to have metastatic ca of unknown origin in the {msite} last month."),
                           "unknown"),
    "nm_mass_after": (("She was found to have a mass in the {organ} which was malignant on biopsy.",
                       "A mass was found in the {organ}, which proved malignant on biopsy; {op} is planned."),
                      "active"),
    "nm_ca_in_situ": (("She has {insitu}, scheduled for {op}.", "{Insitu} was found on biopsy last week."), "active"),
    "nm_recurred": (("History of {c} treated with {op} in {y}. The tumor has recurred.",
                     "{C}, {op} in {y}. She now has recurrent {bare}."), "active"),
    "nm_morph_after": (("A biopsy of the {organ} was done last week; pathology showed {morph}.",
                        "Biopsy of the {organ}: {morph}. She is scheduled for {op}."), "active"),
    "nm_mets_from": (("She has {msite} metastases from a {site} primary.",
                      "{Msite} metastases, {site} primary, on chemotherapy."), "active"),
    "nm_problem_abbr": (("||PROBLEM LIST: 1. Hypertension. 2. {Abbr} ca, {op} in {y}. 3. Diabetes.",
                         "||PROBLEM LIST: 1. Hypertension. 2. Ca {abbr}, on chemotherapy. 3. Diabetes."), "mixed"),
    "st_plan_course": (("History of {c}, {op} in {y}.||PLAN: Proceed with chemotherapy.",
                        "History of {c}.||PLAN: Adjuvant radiation therapy."), "active"),
    "st_will_start": (("History of {c}, {op} in {y}. Chemotherapy will start next month.",
                       "History of {c}. Radiation therapy is to begin on Monday."), "active"),
    "st_dx_year_course": (("{C} was diagnosed in {y}. She underwent {op} followed by radiation. She has had no "
                           "recurrence.",
                           "{C} was diagnosed in {y}. She was treated with {op}. Her follow-up scans have been "
                           "negative."), "history"),
    "st_surveillance_imaging": (("{C}, {op} in {y}, followed with yearly surveillance CT scans.",
                                 "History of {c}, treated with {op} in {y}. Annual surveillance imaging has been "
                                 "negative."), "history"),
    "st_recurrence_word": (("{C} treated with {op} in {y}. Recurrence in the {msite} was found last month.",
                            "History of {c}, {op} in {y}, now with recurrence."), "active"),
    "st_hormonal": (("History of {c}, {op} in {y}, on hormonal therapy.",
                     "{C} treated with {op} in {y}; currently on {hormone}."), "active"),
    # held out: the same kinds in other words
    "ho_unknown_primary": (("Adenocarcinoma of unknown primary origin, on chemotherapy.",
                            "Metastatic CA to the {msite}, primary site unknown."), "unknown"),
    "ho_mass_after": (("A {organ} mass, biopsied last week, was malignant.",
                       "Imaging showed a lesion in the {organ} that was malignant on fine needle aspiration."),
                      "active"),
    "ho_in_situ": (("{Insitu}, excised last month.", "Biopsy showed {insitu}."), "active"),
    "ho_recurred": (("{C}, {op} in {y}. A biopsy this week confirmed that the cancer has recurred.",
                     "Her {c} was treated with {op} in {y}; the disease recurred this spring."), "active"),
    "ho_plan_course": (("History of {c}.||ASSESSMENT AND PLAN: Begin adjuvant chemotherapy in two weeks.",
                        "{C}, {op} in {y}.||PLAN: We will proceed with radiation therapy."), "active"),
    "ho_surveillance": (("{C} treated with {op} in {y}; she is seen yearly with surveillance imaging, which has "
                         "been unremarkable.",
                         "Remote history of {c}, {op} in {y}, followed by annual CT scans only."), "history"),
    "ho_hormonal": (("{C}, {op} in {y}, continues on {hormone}.", "History of {c}; she takes {hormone} daily."),
                    "active"),
}
STATUS_CLASSES.update(FORTIETH_CLASSES)
STATUS_HELD_OUT = frozenset({"st_remission", "st_followup", "st_adjuvant", "st_plan_proceed", "st_course_told",
                             "st_malignant_organ"} | {k for k in FORTIETH_CLASSES if k.startswith("ho_")})

# the organ as a noun (a mass "in the <organ>"), as the active category's organ (the endometrium is C54, the uterus
# C55)
_STATUS_ORGANS = {"breast": "left breast", "prostate": "prostate", "lung": "right lung", "colorectal": "sigmoid colon",
                  "bladder": "bladder", "kidney": "left kidney", "thyroid": "thyroid", "uterine": "endometrium",
                  "stomach": "stomach"}
# carcinoma in situ written with "ca", and its D0 category
_STATUS_IN_SITU = {"breast": ("ductal ca in situ of the left breast", "D05"), "bladder": ("ca in situ of the bladder",
                   "D09"), "colorectal": ("ca in situ of the sigmoid colon", "D01"), "stomach": ("gastric ca in situ",
                   "D00"), "lung": ("ca in situ of the right lung", "D02"), "prostate": ("prostate ca in situ", "D07"),
                   "uterine": ("endometrial ca in situ", "D07")}
# clinical abbreviations of a site written before or after "ca" in problem lists
_STATUS_ABBR = {"breast": "br", "prostate": "prost", "uterine": "endomet"}
_STATUS_HORMONE = {"breast": "letrozole", "prostate": "leuprolide", "uterine": "megestrol"}
_METASTATIC_SITES = ("liver", "bone", "brain", "lung")
_TYPE_OF_WORD = {"ovarian": "other_cancer", "pancreatic": "pancreas", "colon": "colorectal", "lung": "lung"}

# --- the forty-first pass's classes: the fortieth pass's leftovers and new generalising kinds (fo_, fixed on), each
# with a held-out sibling in other words (fh_, written before any fix; scores only). New slots: {gnrh} / {gnrh2} a
# hormonal antineoplastic of ATC L02 that also treats other diseases (a GnRH analogue, a progestogen; the fortieth
# pass's ho_hormonal held leuprolide and megestrol), {Tsite} / {tsite} the organ of a type whose "tumor" is no cancer
# by rule (`TUMOR_MEANS_CANCER`), {tdrug} / {tdrug2} an antineoplastic of the taxonomy's drugs of that type, {rel} a
# relative's cancer of another type, {adj} / {Adj} the organ's adjective of Latin or Greek stem.
FORTYFIRST_CLASSES: dict[str, tuple[tuple[str, ...], str]] = {
    "fo_hormone_class": (("History of {c}, {op} in {y}; receives {gnrh} every three months.",
                          "{C} treated with {op} in {y}, now on {gnrh}."), "active"),
    "fo_hormone_over": (("{C}, {op} in {y}, no recurrence; completed five years of {gnrh} in {y}.",
                         "History of {c} treated with {op} in {y}; {gnrh} was stopped years ago. No evidence of "
                         "disease."), "history"),
    "fo_mass_clause": (("The {organ} nodule, removed in March, proved to be malignant.",
                        "A lesion of the {organ}, which was biopsied on Friday, was malignant."), "active"),
    "fo_recurred": (("{C} was treated with {op} in {y}, but the cancer recurred last year.",
                     "History of {c}, {op} in {y}; the tumour has since recurred locally."), "active"),
    "fo_tumor_drug": (("{Tsite} tumor, status post resection in {y}, now on {tdrug}.",
                       "She has a {tsite} tumor and started {tdrug} last month."), "active"),
    "fo_relative": (("{C}, {op} in {y}, no evidence of disease. Her mother had recurrent {rel} cancer.",
                     "History of {c}, treated with {op} in {y}, no recurrence. Her sister's {rel} cancer recurred "
                     "last year."), "history"),
    "fo_adj_morph": (("{Adj} {morph} was diagnosed on biopsy last week.",
                      "She has {adj} {morph} and is scheduled for {op}."), "active"),
    "fo_mets_words": (("{C}, {op} in {y}; restaging CT shows new {msite} deposits.",
                       "History of {c}, {op} in {y}, now with secondaries in the {msite}."), "active"),
    # held out: the same kinds in other words
    "fh_hormone_class": (("{C} treated with {op} in {y}. Current medications include {gnrh2}.",
                          "History of {c}, {op} in {y}; she continues {gnrh2} injections."), "active"),
    "fh_mass_clause": (("A mass in the {organ}, seen on CT and sampled yesterday, turned out to be malignant.",
                        "The {organ} lesion, excised two weeks ago, was found to be malignant on pathology."),
                       "active"),
    "fh_recurred": (("{C}, {op} in {y}. The malignancy recurred in the {msite} in March.",
                     "Her {c} recurred two months ago after {op} in {y}."), "active"),
    "fh_tumor_drug": (("{Tsite} tumour treated with {tdrug2} since the spring.",
                       "History of a {tsite} tumor resected in {y}; currently receiving {tdrug2}."), "active"),
    "fh_relative": (("{C} treated with {op} in {y}; disease-free since. Her father died of metastatic {rel} cancer.",
                     "Remote history of {c}, {op} in {y}. Her brother is receiving chemotherapy for recurrent {rel} "
                     "cancer."), "history"),
    "fh_adj_origin": (("Metastatic {morph} of {adj} origin, on chemotherapy.",
                       "A biopsy showed {morph}, {adj} primary."), "active"),
    "fh_mets_words": (("{C} treated with {op} in {y}; the disease has spread to the {msite}.",
                       "Remote history of {c}, {op} in {y}. PET shows {msite} mets."), "active"),
}
STATUS_CLASSES.update(FORTYFIRST_CLASSES)
STATUS_HELD_OUT = STATUS_HELD_OUT | {k for k in FORTYFIRST_CLASSES if k.startswith("fh_")}
# the pass whose group line a class is scored in ("" the thirty-ninth's)
_STATUS_PASS = {**{k: " (fortieth)" for k in FORTIETH_CLASSES}, **{k: " (forty-first)" for k in FORTYFIRST_CLASSES}}
# ATC L02 (endocrine therapy) agents that also treat other diseases (endometriosis, puberty, contraception, appetite):
# a GnRH analogue (L02AE) and a progestogen (L02AB) of each cancer they treat; the held-out sibling's in {gnrh2}
_STATUS_GNRH = {"breast": ("goserelin", "triptorelin"), "prostate": ("triptorelin", "histrelin implant"),
                "uterine": ("medroxyprogesterone", "megestrol acetate")}
# the organ of a type whose tumours are not cancers by rule, and two drugs the taxonomy lists for its cancers; brain
# joins the cancers for the classes with these slots
_STATUS_TUMOR = {"breast": ("breast", "palbociclib", "ribociclib"), "prostate": ("prostate", "enzalutamide",
                 "apalutamide"), "lung": ("lung", "osimertinib", "gefitinib"), "colorectal": ("colon", "FOLFOX",
                 "FOLFIRI"), "kidney": ("kidney", "axitinib", "cabozantinib"), "stomach": ("gastric", "FLOT",
                 "zolbetuximab"), "brain": ("brain", "temozolomide", "lomustine")}
_BRAIN = ("brain", "glioblastoma", "a craniotomy with resection", "C71")
_RELATIVE_CANCERS = ("ovarian", "pancreatic", "colon", "lung")
_STATUS_ADJ = {"breast": "mammary", "prostate": "prostatic", "lung": "pulmonary", "colorectal": "colonic",
               "bladder": "vesical", "kidney": "renal", "uterine": "endometrial", "stomach": "gastric"}
# --- the forty-second pass's classes: active vs history told by time expressions and treatment-now cues, in prose and
# in problem lists / past history / assessment sections, and cancers named only by anatomy + histology in a diagnosis
# line or a heading (fq_, fixed on), each with a held-out sibling in other words (hq_, written before any fix; scores
# only). The cues come from classes of ConText-style status words (past: years ago, remote, status post, treated in
# the past, completed, no evidence of disease, in remission, surveillance; now: current cycle, on <drug>, receiving,
# scheduled for, restaging), never from notes. New slots: {Organ} / {ORGAN} the organ capitalised / as a heading,
# {Morph} the ICD-O-3 carcinoma capitalised, {cyc} a cycle number.
FORTYSECOND_CLASSES: dict[str, tuple[tuple[str, ...], str]] = {
    "fq_years_ago": (("{C} diagnosed {n} years ago, treated with {op}; no active disease.",
                      "She is {n} years out from {op} for {c} and remains disease-free."), "history"),
    "fq_past_tx": (("{C}, treated with chemotherapy in the past, no evidence of disease.",
                    "She completed radiation for {c} in {y} and is in remission."), "history"),
    "fq_pmh_remote": (("||PAST MEDICAL HISTORY: 1. Hypertension. 2. Remote {c}, s/p {op}. 3. GERD.",
                       "||PROBLEM LIST: 1. {C} ({y}), surveillance only. 2. Hypothyroidism."), "history"),
    "fq_assessment_past": (("||ASSESSMENT: 1. Chest pain, atypical. 2. {C}, status post {op} in {y}, NED.",
                            "||IMPRESSION: Cough, likely viral. {C} in remission since {y}."), "history"),
    "fq_on_drug": (("{C}, on {tdrug} since {y}.", "||ASSESSMENT: {C}, currently on {tdrug}."), "active"),
    "fq_cycle": (("{C}: here for cycle {cyc} of chemotherapy today.",
                  "||ASSESSMENT AND PLAN: {C}, receiving cycle {cyc} of adjuvant chemotherapy."), "active"),
    "fq_scheduled": (("{C}, scheduled for radiation therapy starting Monday.",
                      "||PLAN: {C} - restaging CT after cycle {cyc}, continue chemotherapy."), "active"),
    "fq_dx_line": (("||DIAGNOSIS: {Organ}, core needle biopsy: {morph}.",
                    "||{ORGAN} {MORPH}: Newly diagnosed on biopsy, staging in progress."), "active"),
    "fq_recurred_bare": (("History of {c}, {op} in {y}. The {bare} recurred this year.",
                          "{C} treated with {op} in {y}; the malignancy has recurred."), "active"),
    "fq_recurred_site": (("{C}, {op} in {y}. The cancer recurred in the {msite} last month.",
                          "History of {c} treated in {y}; the tumor has returned in the {msite}."), "active"),
    # held out: the same kinds in other words
    "hq_years_ago": (("She had {c} some {n} years back, managed with {op}, and has been well since.",
                      "{C} a decade ago, {op}, no recurrence since."), "history"),
    "hq_past_tx": (("{C}, previously treated with radiation, now without evidence of disease.",
                    "Her {c} was treated with chemotherapy years ago; she finished therapy in {y}."), "history"),
    "hq_pmh_remote": (("||PMH: Hypertension; remote history of {c} (s/p {op}, {y}).",
                       "||PAST MEDICAL HISTORY: {C} - completed treatment {y}, NED on surveillance."), "history"),
    "hq_assessment_past": (("||ASSESSMENT AND PLAN: 1. Knee pain. 2. History of {c}, {op} {n} years ago, no "
                            "recurrence.", "||IMPRESSION: 1. Sinusitis. 2. {C}, treated in {y}, in remission."),
                           "history"),
    "hq_on_drug": (("{C}; she remains on {tdrug2} with stable disease.", "||PLAN: Continue {tdrug2} for {c}."),
                   "active"),
    "hq_cycle": (("{C}, presently midway through adjuvant chemotherapy (cycle {cyc} of 6).",
                  "||ASSESSMENT: {C}, on treatment, cycle {cyc} day 8."), "active"),
    "hq_scheduled": (("{C}; she is due to begin radiotherapy next week.",
                      "||PLAN: {C}: restaging scans before cycle {cyc}; she continues chemotherapy."), "active"),
    "hq_dx_line": (("||FINAL DIAGNOSIS: {Organ}, resection: {morph}.", "||PATHOLOGY: {Morph} of the {organ}."),
                   "active"),
    "hq_recurred_bare": (("{C} resected in {y}. The tumor came back in the {msite} this spring.",
                          "History of {c} treated in {y}; the disease has since returned."), "active"),
}
STATUS_CLASSES.update(FORTYSECOND_CLASSES)
STATUS_HELD_OUT = STATUS_HELD_OUT | {k for k in FORTYSECOND_CLASSES if k.startswith("hq_")}
_STATUS_PASS.update({k: " (forty-second)" for k in FORTYSECOND_CLASSES})

# --- the forty-third pass's classes: a cancer named only by a clinical initialism of the taxonomy ({ini} / {ini2}),
# by a TNM staging string before its histology ({tnm}), by the operation that removed it with a bare "carcinoma",
# a return or a visit said with a phrasal verb whose particle is an anatomy word ("came back", "head back", "hand
# over"), and the named cancer come back at a metastatic site; fixed on (fx_) with held-out siblings (hx_, written
# before any fix; scores only). The slots come from the taxonomy's abbreviations and the AJCC TNM grammar, no note.
FORTYTHIRD_CLASSES: dict[str, tuple[tuple[str, ...], str]] = {
    "fx_initialism": (("h/o {ini}, s/p {op} in {y}, NED.", "{Ini}, stage {stage}, on chemotherapy since last month."),
                      "mixed"),
    "fx_tnm": (("{Tnm} {morph} of the {organ}, resected in {y}; no evidence of disease since.",
                "{Tnm} {morph} of the {organ}, scheduled for {op} next week."), "mixed"),
    "fx_procedure": (("Status post {op} for {bare} in {y}; no recurrence.",
                      "{Bare} on biopsy last week; {op} is planned."), "mixed"),
    "fx_phrasal": (("History of {c}, {op} in {y}, NED. She came back today to go over her results and will head back "
                    "home tomorrow.", "{C} resected in {y}. The carcinoma came back this spring."), "mixed"),
    "fx_recurred_site": (("{C}, {op} in {y}. The carcinoma has recurred in the {msite}.",
                          "{C} treated in {y}; the malignancy returned in the {msite} this year."), "active"),
    # held out: the same kinds in other words
    "hx_initialism": (("Hx of {ini2} treated with {op} ({y}); in remission.",
                       "Newly diagnosed {ini2}; staging scans ordered."), "mixed"),
    "hx_tnm": (("{Organ} {morph}, {tnm}, status post {op} {n} years ago, no recurrence.",
                "{Organ} {morph}, stage {stage} ({tnm}), to start chemotherapy next week."), "mixed"),
    "hx_procedure": (("She underwent {op} for {bare} in {y} and has been disease-free since.",
                      "Biopsy-proven {bare}; she will undergo {op} next month."), "mixed"),
    "hx_phrasal": (("Remote {c}, {op} in {y}, no recurrence; she is coming back in a year and handed over her old "
                    "records.", "History of {c}, {op} in {y}; sadly the tumor has come back."), "mixed"),
    "hx_recurred_site": (("{C} treated with {op} in {y}; the disease relapsed in the {msite} last month.",
                          "History of {c}; the cancer has since recurred in the {msite}."), "active"),
}
STATUS_CLASSES.update(FORTYTHIRD_CLASSES)
STATUS_HELD_OUT = STATUS_HELD_OUT | {k for k in FORTYTHIRD_CLASSES if k.startswith("hx_")}
_STATUS_PASS.update({k: " (forty-third)" for k in FORTYTHIRD_CLASSES})
# the taxonomy's case-sensitive initialisms of each cancer (two, the held-out class's the second) and a TNM string
# and stage of the AJCC grammar (T, N, M categories; stage I-IV with a letter)
_STATUS_INITIALISMS = {"breast": ("IDC", "ILC"), "prostate": ("CaP", "PCa"), "lung": ("NSCLC", "LUAD"),
                       "colorectal": ("CRC", "CRC"), "bladder": ("TCC", "MIBC"), "kidney": ("RCC", "ccRCC"),
                       "thyroid": ("MTC", "MTC")}
_TNM = ("T2N0M0", "pT1cN0", "T3N1M0", "pT2N1a", "T1bN0M0")
_STAGES = ("IIA", "IIIA", "IB", "IIB", "IIIC")

# --- the forty-fourth pass's classes: a cancer told only by its course (an organ's cancer operation and an
# antineoplastic adjunct, no cancer word), a site-less morphology placed by its type's markers or grading system, and
# carcinoma in situ against invasive carcinoma in one phrase; fixed on (fz_) with held-out siblings (hz_, written
# before any fix; scores only). Slots: {cop} / {cop2} an operation that removes the organ (none for the bladder's
# transurethral resection, a melanoma's excision or a hysterectomy, which several cancers share), {umorph} / {ctx}
# and {umorph2} / {ctx2} a morphology that names no organ with a marker or grading system of the taxonomy's type.
FORTYFOURTH_CLASSES: dict[str, tuple[tuple[str, ...], str]] = {
    "fz_course_only": (("Status post {cop} in {y} followed by adjuvant radiation therapy; no evidence of disease "
                        "since.", "{Cop} last month; she is now receiving adjuvant chemotherapy."), "mixed"),
    "fz_morph_context": (("||DIAGNOSIS: {Umorph}, {ctx}, diagnosed on core biopsy last week.",
                          "{Umorph}, {ctx}; she is to start treatment next month."), "active"),
    "fz_insitu_invasive": (("Biopsy of the {organ} showed carcinoma in situ with a focus of invasive carcinoma.",
                            "Biopsy of the {organ}: {morph}, invasive, arising in carcinoma in situ."), "active"),
    "fz_insitu_only": (("{Insitu}, noninvasive, excised last month.",
                        "Biopsy: {insitu}; no invasive carcinoma is seen."), "active"),
    # held out: the same kinds in other words
    "hz_course_only": (("She had {cop2} in {y} and then completed chemotherapy and radiation; she has been well "
                        "since.", "He underwent {cop2} three weeks ago and starts adjuvant radiotherapy next week."),
                       "mixed"),
    "hz_morph_context": (("||PATHOLOGY: {Umorph2} ({ctx2}).",
                          "Biopsy confirmed {umorph2}, {ctx2}; staging scans are pending."), "active"),
    "hz_insitu_invasive": (("{Organ} excision: carcinoma in situ with an area of invasive carcinoma measuring 4 mm.",
                            "Carcinoma of the {organ}, predominantly in situ, with microinvasion."), "active"),
    "hz_insitu_only": (("{Insitu} (Tis), scheduled for excision.", "Pathology showed {insitu} without invasion."),
                       "active"),
}
STATUS_CLASSES.update(FORTYFOURTH_CLASSES)
STATUS_HELD_OUT = STATUS_HELD_OUT | {k for k in FORTYFOURTH_CLASSES if k.startswith("hz_")}
_STATUS_PASS.update({k: " (forty-fourth)" for k in FORTYFOURTH_CLASSES})
# an operation that removes the organ (the held-out class's the second), and a morphology naming no organ with one of
# the type's markers or grading systems (taxonomy `markers` / `staging`), two of each
_STATUS_COURSE_OPS = {"breast": ("a left mastectomy", "a right modified radical mastectomy"),
                      "prostate": ("a radical prostatectomy", "a robotic radical prostatectomy"),
                      "lung": ("a right upper lobectomy", "a left lower lobectomy"),
                      "colorectal": ("a sigmoid colectomy", "a low anterior resection"),
                      "bladder": ("a radical cystectomy", "a cystoprostatectomy"),
                      "kidney": ("a left nephrectomy", "a right radical nephrectomy"),
                      "thyroid": ("a total thyroidectomy", "a completion thyroidectomy"),
                      "stomach": ("a partial gastrectomy", "a total gastrectomy")}
_STATUS_MORPH_CONTEXT = {
    "breast": (("invasive ductal carcinoma", "ER/PR-positive, HER2 negative"),
               ("lobular carcinoma", "Nottingham grade 2")),
    "prostate": (("adenocarcinoma", "Gleason grade group 2"), ("adenocarcinoma", "ISUP grade group 3")),
    "lung": (("adenocarcinoma", "EGFR exon 19 deletion"), ("adenocarcinoma", "ALK rearrangement")),
    "colorectal": (("adenocarcinoma", "modified Astler-Coller stage B2"), ("adenocarcinoma", "Dukes C")),
    "kidney": (("clear cell carcinoma", "Fuhrman grade 2"), ("clear cell carcinoma", "WHO/ISUP grade 3")),
    "uterine": (("endometrioid adenocarcinoma", "FIGO grade 1"), ("endometrioid carcinoma", "p53-abnormal")),
    "stomach": (("signet ring cell carcinoma", "claudin 18.2 positive"), ("adenocarcinoma", "Borrmann type III"))}


def status_hosts(n: int = 6) -> list[str]:
    """`n` tuning `none` notes with a History of Present Illness and no cancer-like word (the hosts of the status
    classes; check notes are never hosts)."""
    from benchmarks.quality.coding_forms_probe import _HOST_EXCLUDE, _HPI

    rows = sorted((r for r in tuning_notes(with_none=True) if r["cancer_type"] == "none"),
                  key=lambda r: int(r["note_id"]))
    hosts = [r["text"] for r in rows if _HPI.search(r["text"] or "") and not _HOST_EXCLUDE.search(r["text"])
             and 1500 < len(r["text"]) < 6000]
    step = max(1, len(hosts) // max(1, n))
    return hosts[::step][:n]


@lru_cache(maxsize=64)
def _icdo3_carcinomas(category: str) -> tuple[str, ...]:
    """Carcinomas of ICD-O-3 (the SEER site/histology list in ../shared/data/icdo3; malignant, 801-858) valid at the
    topography `category`, as a pathology report writes them ("Adenocarcinoma, NOS" -> "adenocarcinoma"; the list's
    shortened descriptions left out)."""
    import csv

    from tests.paths import SHARED_DATA

    def covers(codes: str) -> bool:
        for part in codes.split(","):
            lo, _, hi = part.strip().partition("-")
            if lo[:3] <= category <= (hi or lo)[:3]:
                return True
        return False

    out = set()
    with (SHARED_DATA / "icdo3" / "icdo3_full.csv").open(encoding="utf-8") as f:
        for r in csv.DictReader(f):
            desc = r["Description"].removesuffix(", NOS")
            if (r["Morphology"].endswith("/3") and 8010 <= int(r["Morphology"][:4]) <= 8589
                    and desc.endswith("carcinoma") and not re.search(r"[.,&()]", desc)
                    and covers(r["Topography Codes"])):
                out.add(desc.lower())
    return tuple(sorted(out))


def _status_slots(ctype: str, cat: str, k: int, h: int, name: str) -> dict[str, str]:
    """The values of the fortieth pass's slots for one cancer and host ("" where the cancer has none)."""
    msite = [s for s in _METASTATIC_SITES if s != ctype][(k + h) % 3]
    morphs = list(_icdo3_carcinomas(cat)) if ctype in _STATUS_ORGANS else []
    insitu = _STATUS_IN_SITU.get(ctype, ("", ""))[0]
    tsite, tdrug, tdrug2 = _STATUS_TUMOR.get(ctype, ("", "", ""))
    adj = _STATUS_ADJ.get(ctype, "")
    rel = [r for r in _RELATIVE_CANCERS if _TYPE_OF_WORD.get(r) != ctype][(k + h) % 3]
    gnrh = _STATUS_GNRH.get(ctype, ("", ""))
    morph = _pick(morphs, f"{name}|{ctype}|{h}") if morphs else ""
    ini = _STATUS_INITIALISMS.get(ctype, ("", ""))
    cop = _STATUS_COURSE_OPS.get(ctype, ("", ""))
    (um, ctx), (um2, ctx2) = _STATUS_MORPH_CONTEXT.get(ctype, (("", ""), ("", "")))
    return {"gnrh": gnrh[0], "gnrh2": gnrh[1], "tsite": tsite, "Tsite": tsite.capitalize(), "tdrug": tdrug,
            "tdrug2": tdrug2, "rel": rel, "adj": adj, "Adj": adj.capitalize(),
            "organ": _STATUS_ORGANS.get(ctype, ""), "Organ": _STATUS_ORGANS.get(ctype, "").capitalize(),
            "ORGAN": _STATUS_ORGANS.get(ctype, "").upper(), "cyc": str(2 + (k + h) % 5),
            "insitu": insitu, "Insitu": insitu[:1].upper() + insitu[1:],
            "msite": msite, "Msite": msite.capitalize(), "abbr": _STATUS_ABBR.get(ctype, ""),
            "Abbr": _STATUS_ABBR.get(ctype, "").capitalize(),
            "hormone": _STATUS_HORMONE.get(ctype, ""),
            "bare": "" if ctype == "melanoma" else "carcinoma",  # a carcinoma come back is no melanoma
            "morph": morph, "Morph": morph[:1].upper() + morph[1:], "MORPH": morph.upper(),
            "ini": ini[0], "Ini": ini[0], "ini2": ini[1], "tnm": _TNM[(k + h) % 5], "Tnm": _TNM[(k + h) % 5],
            "stage": _STAGES[(k + h) % 5], "Bare": "" if ctype == "melanoma" else "Carcinoma",
            "cop": cop[0], "Cop": cop[0][2:].capitalize(), "cop2": cop[1], "umorph": um,
            "Umorph": um[:1].upper() + um[1:], "ctx": ctx, "umorph2": um2, "Umorph2": um2[:1].upper() + um2[1:],
            "ctx2": ctx2}


def status_cases(n_hosts: int = 6) -> list[tuple[str, str, str, str]]:
    """(class, cancer type, expected ICD-10-CM category, note) for every class, template, cancer and host."""
    out = []
    hosts = status_hosts(n_hosts)
    for name, (templates, kind) in STATUS_CLASSES.items():
        brain = any("{tsite}" in t.lower() or "{tdrug" in t for t in templates)  # a tumour or a drug slot
        cancers = _STATUS_CANCERS + ((_BRAIN,) if brain else ())
        for k, (ctype, cancer, op, cat) in enumerate(cancers):
            for h, host in enumerate(hosts):
                tpl = templates[(k + h) % len(templates)]
                if "{site}" in tpl and ctype not in _STATUS_SITES:
                    continue
                slots = _status_slots(ctype, cat, k, h, name)
                if any("{" + key + "}" in tpl and not v for key, v in slots.items()) \
                        or ("hormonal" in name and not slots["hormone"]):  # no hormonal course for this cancer
                    continue
                y, n = 2001 + (k * 3 + h) % 9, 4 + (k + h) % 11
                sentence = tpl.format(c=cancer, C=cancer[0].upper() + cancer[1:], op=op, Op=op[2:].capitalize(),
                                      y=y, n=n, site=_STATUS_SITES.get(ctype, ""), **slots)
                past = kind == "history" or (kind == "mixed" and tpl == templates[0])
                expected_type, active = ctype, cat
                if kind == "unknown":
                    expected_type, active = "other_cancer", "C80"
                elif "{insitu}" in tpl.lower():
                    active = _STATUS_IN_SITU[ctype][1]
                prose, *blocks = sentence.split("||")
                note = embed(Form(prose, ctype, cat), host) if prose else host
                for block in blocks:
                    note = _add_section(note, *block.split(": ", 1))
                out.append((name, expected_type, "Z85" if past else active, note))
    return out


def run_status(n_hosts: int = 6, only: frozenset[str] = frozenset()) -> dict[str, Any]:
    """Type and ICD-10-CM category accuracy of each status class (the category the label rule gives)."""
    cases = [c for c in status_cases(n_hosts) if not only or c[0] in only]
    preds = _code([c[3] for c in cases])
    tally: dict[str, list[int]] = defaultdict(lambda: [0, 0, 0])
    misses = []
    for (name, ctype, cat, _text), p in zip(cases, preds, strict=True):
        t, i = p.cancer_type == ctype, bool(p.icd10) and p.icd10[0][:3] == cat
        group = "ALL held out" if name in STATUS_HELD_OUT else "ALL fixed on"
        for key in (name, group + _STATUS_PASS.get(name, "")):
            c = tally[key]
            c[0], c[1], c[2] = c[0] + 1, c[1] + t, c[2] + i
        if not (t and i):
            misses.append({"class": name, "expected": f"{ctype} {cat}", "got": f"{p.cancer_type} {p.icd10[:1]}",
                           "evidence": p.evidence})
    return {"scores": {k: {"n": c[0], "type": c[1] / c[0], "icd": c[2] / c[0]} for k, c in tally.items()},
            "misses": misses}


def status_table(res: dict[str, Any]) -> str:
    lines = [f"{'status class':<20}{'notes':>6}  type   ICD category"]
    for k in sorted(res["scores"]):
        m = res["scores"][k]
        held = " (held out)" if k in STATUS_HELD_OUT else ""
        lines.append(f"{k:<20}{m['n']:>6}  {m['type']:.3f}  {m['icd']:.3f}{held}")
    return "\n".join(lines)


def notes_table(res: dict[str, Any]) -> str:
    lines = [f"{res['variants']} variants of {res['notes']} MTSamples tuning notes",
             f"{'rewrite':<18}{'notes':>6}  orig type/icd   variant type/icd   same first code"]
    for k in sorted(res["scores"]):
        m = res["scores"][k]
        lines.append(f"{k:<18}{m['n']:>6}  {m['orig_type']:.3f}/{m['orig_icd']:.3f}      {m['var_type']:.3f}/"
                     f"{m['var_icd']:.3f}        {m['same_code']:.3f}")
    return "\n".join(lines)


def table(res: dict[str, Any], brittle: int = 15) -> str:
    s = res["scores"]
    lines = [f"{res['variants']} variants of {res['forms']} tuning forms",
             f"{'rewrite':<14}{'cases':>7}  orig type/icd   variant type/icd   drop type/icd"]
    for key in sorted(k for k in s if k.endswith("|ALL")):
        m = s[key]
        lines.append(f"{key.split('|')[0]:<14}{m['n']:>7}  {m['orig_type']:.3f}/{m['orig_icd']:.3f}      "
                     f"{m['var_type']:.3f}/{m['var_icd']:.3f}        {m['orig_type'] - m['var_type']:+.3f}/"
                     f"{m['orig_icd'] - m['var_icd']:+.3f}")
    cls = [(k, m) for k, m in s.items() if ":" in k]
    cls.sort(key=lambda km: -((km[1]["orig_type"] - km[1]["var_type"]) + (km[1]["orig_icd"] - km[1]["var_icd"]))
             * km[1]["n"])
    lines.append("\nmost brittle rewrite|family:class (cases lost, type+icd)")
    for k, m in cls[:brittle]:
        lost = round(((m["orig_type"] - m["var_type"]) + (m["orig_icd"] - m["var_icd"])) * m["n"])
        if lost > 0:
            lines.append(f"  {k:<40}{m['n']:>5}  lost {lost}")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sets", default=",".join(FAMILIES), help="comma-separated families (default: all)")
    ap.add_argument("--part", choices=("tuning",), default="tuning", help="only the tuning part is ever rewritten")
    ap.add_argument("--hosts", type=int, default=0, help="host notes each variant is also set into (default 0)")
    ap.add_argument("--errors", type=int, default=0, metavar="N",
                    help="print N variant misses (tuning forms; --status: classes not held out)")
    ap.add_argument("--rewrites", default="", help="comma-separated rewrites to print misses of (default: all)")
    ap.add_argument("--only", default="", help="comma-separated rewrites to run (default: every one)")
    ap.add_argument("--json", type=Path, help="write the scores here")
    ap.add_argument("--mtsamples", action="store_true",
                    help="rewrite coding_eval's labelled MTSamples TUNING notes instead of the forms (mt_* rewrites)")
    ap.add_argument("--with-none", action="store_true", help="with --mtsamples: the `none` notes too")
    ap.add_argument("--status", action="store_true",
                    help="the status classes: a cancer's status stated in other ways, set into tuning `none` notes")
    args = ap.parse_args(argv)
    if args.status:
        res = run_status(only=frozenset(filter(None, args.only.split(","))))
        print(status_table(res))
        # held-out classes are the test: their scores only, never their misses
        for m in [m for m in res["misses"] if m["class"] not in STATUS_HELD_OUT][:args.errors]:
            print(json.dumps(m))
        if args.json:
            args.json.write_text(json.dumps(res["scores"], indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return 0
    if args.mtsamples:
        res = run_notes(frozenset(filter(None, args.only.split(","))), args.with_none)
        print(notes_table(res))
        for m in res["misses"][:args.errors]:
            print(json.dumps(m))
        if args.json:
            args.json.write_text(json.dumps(res["scores"], indent=1, sort_keys=True) + "\n", encoding="utf-8")
        return 0
    families = tuple(f for f in args.sets.split(",") if f)
    bad = [f for f in families if f not in FAMILIES]
    if bad:
        ap.error(f"unknown families: {bad}")
    res = run(families, args.hosts, frozenset(filter(None, args.only.split(","))))
    print(table(res))
    only = set(filter(None, args.rewrites.split(",")))
    shown = [m for m in res["misses"] if not only or m["rewrite"] in only][:args.errors]
    for m in shown:
        print(f"\n[{m['rewrite']} {m['family']}:{m['class']}] gold {m['gold']} | got {m['got']}\n"
              f"  orig: {m['original']}\n  var:  {m['variant']}")
    if args.json:
        args.json.write_text(json.dumps(res["scores"], indent=1, sort_keys=True) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

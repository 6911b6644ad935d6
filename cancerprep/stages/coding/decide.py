"""Combine the codes linked to a note and its text mentions into the note's cancer type(s).

Codes beat text: when codes linked to the note name a cancer, they decide
`cancer_type` (documented in docs/coding.md); text findings are still added to
`cancer_types`.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from typing import Any

from cancerprep.stages.coding.codes import OK
from cancerprep.stages.coding.icd10 import history_code, refine_code
from cancerprep.stages.coding.status import UNSAID
from cancerprep.stages.coding.taxonomy import NONE, OTHER, Taxonomy
from cancerprep.stages.coding.textcoder import Mention
from cancerprep.stages.coding.tiebreak import TieBreaker


@dataclass
class NoteCoding:
    """What the coder concluded for one note: the values both coding stages and the diagnosis task write."""

    cancer_type: str
    cancer_types: list[str]
    evidence: str | None
    source: str
    icd10: list[str] = field(default_factory=list)


def _is_default(m: Mention, taxonomy: Taxonomy) -> bool:
    try:
        return m.code == taxonomy.get(m.type_id).default_code  # type: ignore[arg-type]
    except KeyError:
        return True


def _in_situ(code: str) -> bool:
    return code[:2] == "D0" or code[:4] == "Z86."


def _rank(m: Mention, taxonomy: Taxonomy) -> tuple[bool, bool, bool, float]:
    # within a type, the episode's cancer (current) before a past one: a new primary of the same type ("laryngeal
    # cancer in 2017; now a biopsy-proven tongue carcinoma") is coded at its own site, not at the old one's
    return (_in_situ(m.code), not m.current, _is_default(m, taxonomy), -m.weight)


def _secondary(code: str | None) -> bool:
    return bool(code) and "C77" <= code[:3] <= "C79"  # type: ignore[index]


_FEMALE_RE = re.compile(r"\b(?:female|woman|she|her|mrs|ms)\b", re.I)
_MALE_RE = re.compile(r"\b(?:male|man|he|his|mr)\b", re.I)


def note_sex(text: str) -> str | None:
    """'female' / 'male' when the note's words say so clearly (ICD-10-CM breast codes need it)."""
    f, m = len(_FEMALE_RE.findall(text)), len(_MALE_RE.findall(text))
    if f > 2 * m and f >= 2:
        return "female"
    if m > 2 * f and m >= 2:
        return "male"
    return None


def _agreed_side(use: list[Mention], m: Mention) -> str | None:
    """The side the note's other mentions of `m`'s cancer (its type and ICD-10-CM category) give, where they agree
    ("History of renal cell carcinoma of the left kidney ... She now has recurrent carcinoma": the recurrence is the
    left kidney's, C64.2); None where none gives one or they differ."""
    sides = {x.side for x in use if x.type_id == m.type_id and x.code[:3] == m.code[:3] and x.side}
    return sides.pop() if len(sides) == 1 else None


def decide(mentions: list[Mention], codes: list[dict[str, Any]], taxonomy: Taxonomy,
           sex: str | None = None, tiebreak: TieBreaker | None = None, text_len: int = 0) -> NoteCoding:
    """Combine code and text evidence into the note's cancer type(s). `tiebreak` (off by default) decides
    the rules' near ties: the main type among close ones, history vs active for a mixed main type."""
    text_score: dict[str, list[float]] = {}
    first: dict[str, Mention] = {}
    typed = [m for m in mentions if m.type_id is not None]
    use = typed if typed else [Mention(m.start, m.end, OTHER, m.code, m.section, m.current, m.evidence,
                                       m.side, m.weight) for m in mentions]
    for m in use:
        agg = text_score.setdefault(m.type_id, [0.0, 0.0, 0.0])  # type: ignore[arg-type]
        agg[0] += 1.0 if m.current else 0.0
        agg[1] += m.weight
        best = first.get(m.type_id)  # type: ignore[arg-type]
        # the deciding mention: invasive before in situ (a note with both is coded as invasive, ICD-10-CM
        # D00-D09 excludes the invasive tumour), then current before past, the most specific code, the heaviest
        # section, the first
        if best is None or _rank(best, taxonomy) > _rank(m, taxonomy):
            first[m.type_id] = m  # type: ignore[index]
    order = {t: i for i, t in enumerate([*taxonomy.ids, OTHER])}
    # current before historical; watched after treated; non-melanoma skin cancer (C44, D04: a comorbidity that
    # registries leave out) after any other; then section-weighted frequency; then first mention.
    # A cancer whose every current mention says it is watched, not treated ("on active surveillance", "smoldering",
    # "watch and wait") comes after one being treated or worked up: the episode is about the other.
    # A cancer said to be watched stays so where named again without words of its own ("CLL on observation, no
    # treatment ... skin checks given CLL"): only a mention of it treated or found now ends that.
    watched = {t: all(m.watched for m in use if m.type_id == t and m.current)
               or (any(m.watched for m in use if m.type_id == t)
                   and not any(m.current and not m.watched and m.status > UNSAID for m in use if m.type_id == t))
               for t in text_score}
    # ... and among the rest, one its own words do not put in the past before one they do (`status.mention_status`;
    # one kind of past evidence, as "treated with brachytherapy", is enough here): the episode's cancer is the one it
    # is about now, not the one written first or most often. Present words do not rank: a drug or a plan written
    # beside a comorbid cancer ("breast cancer on tamoxifen") says nothing of which cancer the note is about.
    status = {t: min(0, max((m.status for m in use if m.type_id == t and (m.current or not text_score[t][0])),
                            default=0)) for t in text_score}
    ranked = sorted(text_score, key=lambda t: (-(text_score[t][0] > 0), watched[t],
                                               first[t].code[:3] in ("C44", "D04"), -status[t],
                                               -text_score[t][1], first[t].start, order.get(t, 99)))
    defaults = {t.id: t.default_code for t in taxonomy.types}
    if tiebreak is not None:
        ranked = tiebreak.rerank(use, ranked, text_len, defaults)  # only where the rules' candidates disagree
    cancer_codes = [c for c in codes if c["code_flag"] == OK and c["code_cancer_type"]]
    primaries = [c for c in cancer_codes if not _secondary(c["icd10"])]
    if primaries:
        # secondary-site codes (C77-C79) say where a cancer spread, not which cancer it is
        cancer_codes = primaries + [c for c in cancer_codes if _secondary(c["icd10"])]
        counts = Counter(c["code_cancer_type"] for c in primaries)
        first_seen = {}
        for i, c in enumerate(primaries):
            first_seen.setdefault(c["code_cancer_type"], i)
        code_types = sorted(counts, key=lambda t: (t == OTHER, -counts[t], first_seen[t]))
        primary = code_types[0]
        types = code_types + [t for t in ranked if t not in code_types]
        evidence = next(c["code_norm"] for c in cancer_codes if c["code_cancer_type"] == primary)
        icd10 = []
        for c in sorted(cancer_codes, key=lambda c: (_secondary(c["icd10"]), code_types.index(c["code_cancer_type"])
                                                     if c["code_cancer_type"] in code_types else 99)):
            if c["icd10"] not in icd10:
                icd10.append(c["icd10"])
        # a code known only through its display text (an unmapped SNOMED CT code read by the text coder) is
        # weaker evidence than a code: say so, so a site can tell the two apart
        chosen = [c for c in primaries if c["code_cancer_type"] == primary]
        source = "display" if all(c.get("code_source") == "display" for c in chosen) else "code"
        return NoteCoding(primary, types, evidence, source, icd10)
    secondary = [c["icd10"] for c in cancer_codes if _secondary(c["icd10"])]
    if not ranked:
        if secondary:  # only a metastasis is coded: a cancer of unknown primary
            return NoteCoding(OTHER, [OTHER], next(c["code_norm"] for c in cancer_codes), "code",
                              list(dict.fromkeys(secondary)))
        return NoteCoding(NONE, [], None, "none", [])
    icd10 = []
    for t in ranked:
        m = first[t]
        code = refine_code(m.code, m.side or _agreed_side(use, m), sex)
        if tiebreak is not None and t == ranked[0] and (past := tiebreak.history(t, use, ranked, text_len,
                                                                                  defaults)) is not None:
            if past:  # the model decides only a main type whose mentions leave history in doubt
                code = history_code(code, m.cured)
        elif text_score[t][0] == 0 and not (len(ranked) == 1 and any(x.note_active for x in use)):
            # every mention is past ("history of", "s/p mastectomy for", Past History): the
            # personal-history code (docs/coding.md, ICD-10-CM guideline I.C.2.d); a note whose only
            # cancer is past but which speaks of its spread or recurrence keeps the active code
            code = history_code(code, m.cured)
        if code not in icd10:
            icd10.append(code)
    icd10 += [c for c in dict.fromkeys(secondary) if c not in icd10]
    return NoteCoding(ranked[0], ranked, first[ranked[0]].evidence, "text", icd10)

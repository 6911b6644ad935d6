"""ICD-10-CM targets from the tabular list (simple_icd_10_cm): the most specific code the
evidence justifies and the official description used as the diagnosis text."""

from __future__ import annotations

import re


def refine_code(code: str, side: str | None, sex: str | None = None) -> str:
    """The most specific ICD-10-CM code the evidence justifies: laterality when written,
    else the 'unspecified' child, stopping where the tabular list needs more than we know."""
    import simple_icd_10_cm as cm

    if not cm.is_valid_item(code):
        return code
    word = {"right": r"\bright\b", "left": r"\bleft\b", "bilateral": r"\bbilateral\b"}.get(side or "")
    for _ in range(4):
        if cm.is_leaf(code):
            if word and re.search(r"\bunspecified\b", cm.get_description(code)):
                parent = cm.get_parent(code)
                sib = [c for c in cm.get_children(parent) if re.search(word, cm.get_description(c))]
                if len(sib) == 1:
                    return sib[0]
            return code
        children = cm.get_children(code)
        pick = None
        if word:
            sided = [c for c in children if re.search(word, cm.get_description(c))]
            pick = sided[0] if len(sided) == 1 else None
        if pick is None and sex:
            sexed = [c for c in children if re.search(rf"\b{sex}\b", cm.get_description(c))]
            pick = sexed[0] if len(sexed) == 1 else None
        if pick is None:
            # the coders' default child: "unspecified" with no side or sex of its own, or, for
            # leukemia/lymphoma/myeloma, "not having achieved remission" (ICD-10-CM guideline)
            descs = {c: cm.get_description(c) for c in children}
            unspec = [c for c, d in descs.items() if "not having achieved remission" in d]
            if not unspec:
                unspec = [c for c, d in descs.items() if "unspecified" in d
                          and not re.search(r"\b(right|left|bilateral)\b", d)]
            pick = unspec[0] if len(unspec) == 1 else None
        if pick is None:
            return code
        code = pick
    return code


def diagnosis_text(codes: list[str]) -> str:
    """Diagnosis target: the official ICD-10-CM descriptions, primary first, '; '-joined."""
    import simple_icd_10_cm as cm

    out = []
    for c in codes:
        if cm.is_valid_item(c):
            out.append(cm.get_description(c))
    return "; ".join(out)

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
            if len(unspec) > 1:  # a kind that is itself "unspecified" ("Cutaneous T-cell lymphoma, unspecified,
                # lymph nodes of ..." C84.A1): its own unspecified child is the one of the unspecified site (C84.A0)
                unspec = [c for c in unspec if re.search(r"\bunspecified site$", descs[c])]
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


# Personal-history codes by the active code's category (ICD-10-CM Z85 / Z86.00x; each in-situ category has the
# history code whose title names the same organs: D00 "oral cavity, esophagus and stomach" Z86.003, D07 "other and
# unspecified genital organs" Z86.002). Merkel cell carcinoma (C4A, after C49 in string order) and the other
# lymphoid and haematopoietic neoplasms of C96 have rows of their own (Z85.821, Z85.79). A leukemia or myeloma keeps its
# own code, whose remission status ICD-10-CM codes (`remission_code`: "in remission"), unless the note gives it only
# as past and says it was treated or is gone (a childhood leukemia treated with chemotherapy, off therapy for
# decades; not one "on observation, never treated"): then it is personal history (Z85.6 leukemia, Z85.79 myeloma and
# the other lymphoid and haematopoietic neoplasms).
_HISTORY: list[tuple[str, str, str]] = [
    ("C00", "C14", "Z85.819"), ("C15", "C15", "Z85.01"), ("C16", "C16", "Z85.028"), ("C17", "C17", "Z85.068"),
    ("C18", "C18", "Z85.038"), ("C19", "C21", "Z85.048"), ("C22", "C22", "Z85.05"), ("C23", "C24", "Z85.09"),
    ("C25", "C25", "Z85.07"), ("C30", "C31", "Z85.22"), ("C32", "C32", "Z85.21"), ("C33", "C33", "Z85.12"),
    ("C34", "C34", "Z85.118"), ("C37", "C37", "Z85.238"), ("C40", "C41", "Z85.830"), ("C43", "C43", "Z85.820"),
    ("C44", "C44", "Z85.828"), ("C4A", "C4A", "Z85.821"), ("C45", "C45", "Z85.89"), ("C46", "C49", "Z85.831"),
    ("C50", "C50", "Z85.3"),
    ("C51", "C52", "Z85.44"), ("C53", "C53", "Z85.41"), ("C54", "C55", "Z85.42"), ("C56", "C56", "Z85.43"),
    ("C57", "C58", "Z85.44"), ("C60", "C60", "Z85.49"), ("C61", "C61", "Z85.46"), ("C62", "C62", "Z85.47"),
    ("C63", "C63", "Z85.49"), ("C64", "C64", "Z85.528"), ("C65", "C65", "Z85.53"), ("C66", "C66", "Z85.54"),
    ("C67", "C67", "Z85.51"), ("C68", "C68", "Z85.59"), ("C69", "C69", "Z85.840"), ("C70", "C72", "Z85.841"),
    ("C73", "C73", "Z85.850"), ("C74", "C75", "Z85.858"), ("C76", "C76", "Z85.89"), ("C80", "C80", "Z85.9"),
    ("C81", "C81", "Z85.71"), ("C82", "C88", "Z85.72"), ("C90", "C90", "Z85.79"), ("C91", "C95", "Z85.6"),
    ("C96", "C96", "Z85.79"), ("D00", "D00", "Z86.003"), ("D01", "D01", "Z86.004"), ("D02", "D02", "Z86.005"),
    ("D03", "D03", "Z86.006"), ("D04", "D04", "Z86.007"), ("D05", "D05", "Z86.000"), ("D06", "D06", "Z86.001"),
    ("D07", "D07", "Z86.002"), ("D09", "D09", "Z86.008"),
]


# Personal-history codes of a malignant carcinoid tumour (C7A.0x) by its site's subcategory: ICD-10-CM gives the
# carcinoids of these sites history codes of their own (Z85.020 "... malignant carcinoid tumor of stomach"); a
# carcinoid of another or an unspecified site has none and keeps its C7A code (a coder picks by the site)
_CARCINOID_HISTORY = (("C7A.01", "Z85.060"), ("C7A.026", "Z85.040"), ("C7A.02", "Z85.030"), ("C7A.090", "Z85.110"),
                      ("C7A.091", "Z85.230"), ("C7A.092", "Z85.020"), ("C7A.093", "Z85.520"))


def history_code(code: str, cured: bool = False) -> str:
    """The personal-history code for a cancer the note gives only as past (ICD-10-CM guideline
    I.C.2.d: excised or eradicated, no treatment directed to it now, no evidence of disease):
    'history of breast cancer' -> Z85.3. A leukemia or myeloma keeps its code (its remission status is in it) unless
    the note says it was treated or is gone (`cured`), and always when coded "in remission"."""
    import simple_icd_10_cm as cm

    cat = code[:3]
    if "C90" <= cat <= "C95" and (not cured or (cm.is_valid_item(code)
                                                      and _IN_REMISSION.search(cm.get_description(code)))):
        return code
    if cat == "C7A":  # between C76 and C80 in string order, so the ranges below must not see it
        return next((z for prefix, z in _CARCINOID_HISTORY if code.startswith(prefix)), code)
    return next((z for lo, hi, z in _HISTORY if lo <= cat <= hi), code)


_IN_REMISSION = re.compile(r"\bin remission$")
_IN_RELAPSE = re.compile(r"\bin relapse$")


def status_code(code: str, status: re.Pattern[str]) -> str:
    """The code of a leukemia or myeloma code's subcategory whose title ends in `status` (ICD-10-CM codes "in
    remission" and "in relapse" in the fifth character: C91.0 -> C91.01, C92.0 -> C92.02); the code itself where its
    subcategory has no such child or the code is a whole category."""
    import simple_icd_10_cm as cm

    if not cm.is_valid_item(code):
        return code
    sub = cm.get_parent(code) if cm.is_leaf(code) else code
    if not sub:
        return code
    hits = [c for c in cm.get_children(sub) if status.search(cm.get_description(c))]
    return hits[0] if len(hits) == 1 else code


def remission_code(code: str) -> str:
    """The "in remission" code of a leukemia or myeloma code (C91.0 -> C91.01 "Acute lymphoblastic leukemia, in
    remission")."""
    return status_code(code, _IN_REMISSION)


def relapse_code(code: str) -> str:
    """The "in relapse" code of a leukemia or myeloma code (C92.0 -> C92.02 "Acute myeloblastic leukemia, in
    relapse", C90.0 -> C90.02)."""
    return status_code(code, _IN_RELAPSE)


# Carcinoma in situ by the invasive code's category: the "Ca in situ" column of the ICD-10-CM Neoplasm Table,
# i.e. which site categories each D00-D09 code covers (their titles name the sites). Skin and melanoma keep
# their sub-site (C44.3 -> D04.3). Sites without an in-situ code of their own fall in D09.8 (other specified).
_IN_SITU: list[tuple[str, str, str]] = [
    ("C00", "C14", "D00.0"), ("C15", "C15", "D00.1"), ("C16", "C16", "D00.2"), ("C17", "C17", "D01.4"),
    ("C18", "C18", "D01.0"), ("C19", "C19", "D01.1"), ("C20", "C20", "D01.2"), ("C21", "C21", "D01.3"),
    ("C22", "C24", "D01.5"), ("C25", "C25", "D01.7"), ("C26", "C26", "D01.9"), ("C30", "C31", "D02.3"),
    ("C32", "C32", "D02.0"), ("C33", "C33", "D02.1"), ("C34", "C34", "D02.2"), ("C37", "C39", "D02.4"),
    ("C43", "C43", "D03"), ("C44", "C44", "D04"), ("C50", "C50", "D05.9"), ("C51", "C51", "D07.1"),
    ("C52", "C52", "D07.2"), ("C53", "C53", "D06"), ("C54", "C55", "D07.0"), ("C56", "C58", "D07.39"),
    ("C60", "C60", "D07.4"), ("C61", "C61", "D07.5"), ("C62", "C63", "D07.6"), ("C64", "C66", "D09.19"),
    ("C67", "C67", "D09.0"), ("C68", "C68", "D09.19"), ("C69", "C69", "D09.2"), ("C73", "C75", "D09.3"),
]
_CERVIX_PARTS = {"C53.0": "D06.0", "C53.1": "D06.1", "C53.8": "D06.7", "C53.9": "D06.9"}


def in_situ_code(code: str) -> str:
    """The carcinoma-in-situ code of the site an invasive code names ("adenocarcinoma in situ" of the right
    upper lobe: C34.11 -> D02.2; of the cervix: C53.9 -> D06.9; of the skin of the forearm: C44.6 -> D04.6).
    Codes that are not C00-C75 (already in situ, secondary, unknown site, haematological) are kept."""
    import simple_icd_10_cm as cm

    cat = code[:3]
    target = next((d for lo, hi, d in _IN_SITU if lo <= cat <= hi), None)
    if target is None or not ("C00" <= cat <= "C75"):
        return code
    if cat in ("C43", "C44") and len(code) > 4:
        sub = f"{target}.{code[4]}"
        return sub if cm.is_valid_item(sub) else f"{target}.9"
    if cat == "C53":
        return _CERVIX_PARTS.get(code[:5], "D06.9")
    if len(target) == 3 and cm.is_valid_item(f"{target}.9"):
        return f"{target}.9"
    return target


def in_situ_sites(code: str) -> list[str]:
    """The site categories whose carcinoma in situ is `code`, by the same table (D02.0: C32, the larynx; D01.5:
    C22-C24, liver, gallbladder and bile ducts; D05.1: C50): the organs an in-situ code can mean."""
    rows = [(lo, hi) for lo, hi, d in _IN_SITU if d in (code, code[:3])] or [
        (lo, hi) for lo, hi, d in _IN_SITU if d[:3] == code[:3] and d[4:] == "9"]  # D05.1: the D05.9 row
    return [f"C{n:02d}" for lo, hi in rows for n in range(int(lo[1:]), int(hi[1:]) + 1)]


def invasive_code(code: str) -> str | None:
    """The invasive category of an in-situ code, where its Neoplasm Table row covers one site category only (D05.1 ->
    C50, D09.0 -> C67, D06.9 -> C53): a carcinoma in situ with microinvasion is an invasive carcinoma of that site.
    None where the row covers several (D01.5: liver, gallbladder or bile ducts)."""
    cats = in_situ_sites(code)
    return cats[0] if len(cats) == 1 else None


# ICD-10-CM's blocks that hold the intraepithelial neoplasias it does not count as carcinoma in situ: the male and
# the female genital organs (N40-N53, N80-N98) and the anus (K55-K64)
_PRECURSOR_BLOCKS = ("N40-N53", "N80-N98", "K55-K64")
_NAMED_NEOPLASIA = re.compile(r"^(.*\bneoplasia)\s*[\[(]([A-Z]{2,6})[\])]$")


def non_neoplasm_initialisms() -> frozenset[str]:
    """Initialisms of intraepithelial neoplasias that ICD-10-CM titles outside chapter II with no grade: "Endometrial
    intraepithelial neoplasia [EIN]" is N85.02, a disorder of the uterus, although ICD-O-3.2 gives "endometrioid
    intraepithelial neoplasia" in-situ behaviour (8380/2). ICD-10-CM decides the code, so such a term names no
    cancer. Graded ones ("CIN I", "VIN II") are read with their grade elsewhere (`_grade_three_neoplasias`)."""
    import simple_icd_10_cm as cm

    found = set()
    for block in _PRECURSOR_BLOCKS:
        for code in cm.get_descendants(block) if cm.is_valid_item(block) else ():
            for phrase in [cm.get_description(code), *cm.get_inclusion_term(code)]:
                m = _NAMED_NEOPLASIA.match(phrase.strip())
                if m:
                    found.add(m.group(2).lower())
    return frozenset(found)

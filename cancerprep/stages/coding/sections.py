"""Section headers of a clinical note ("FAMILY HISTORY:", "FINAL DIAGNOSIS:"): where a mention
stands changes what it means (dropped in Family History, historical in Past History, weighted up
in Diagnosis / Impression / Assessment)."""

from __future__ import annotations

import re

# Section headers: an upper-case (or line-initial) label ending in a colon. After a comma (MTSamples joins
# lines with ",") only a label of a known kind is a header: in a pathology line ("RIGHT LUNG, WEDGE
# RESECTION: ADENOCARCINOMA") the label is the procedure, and the organ and its histology stay one sentence.
# A label in any other case ("family history:", "Past Medical History:" after a sentence) is a header only
# when it is of a known kind: notes written in lower case or title case have the same sections.
HEADER_RE = re.compile(r"(?:^|(?<=[\n,.;]))[ \t]*([A-Z][A-Z0-9 /&'()-]{2,60}?)[ \t]*:|(?:^|(?<=\n))[ \t]*"
                        r"([A-Z][A-Za-z /&'-]{2,50}?)[ \t]*:|(?:^|(?<=[\n,.;]))[ \t]*"
                        r"((?i:[a-z][a-z0-9 /&'()-]{1,60}?))[ \t]*:", re.M)
SECTION_RULES: list[tuple[str, str]] = [
    # the care team's work with the patient or the family ("SOCIAL WORK:", "FAMILY MEETING:") is about the patient,
    # not the relatives' or the social history
    (r"(?:FAMILY|SOCIAL)\s+(?:WORK|WORKER|SERVICES?|MEETING|CONFERENCE|DISCUSSION|UPDATE|CONTACT|COMMUNICATION)\b",
     "narrative"),
    (r"FAMILY|\bFHX\b|\bFH\b", "family"),
    (r"SOCIAL|\bSHX\b|\bSH\b", "social"),
    # a differential diagnosis lists what a finding could be, not what the patient has
    (r"DIFFERENTIAL|\bDDX\b", "differential"),
    # ("Past history:", "Past cancer history:" as well: what is past is past whatever the history is of)
    # ... and a history named by its field alone ("MEDICAL HISTORY:", "SURGICAL HX:"): no present illness is
    # either (the headings of one section differ between templates: coding_variation's mt_headers)
    (r"PAST (MEDICAL|SURGICAL|ONCOLOG|HISTORY|HX|CANCER)|PMH|PSH|PRIOR SURGER|PREVIOUS|OPERATIONS"
     r"|(?:MEDICAL|SURGICAL) (?:HISTORY|HX)\b", "past"),
    (r"DIAGNOS|\bDXS?\b|IMPRESSION|ASSESSMENT|\bA/P\b|\bA&P\b|PROBLEM|CHIEF COMPLAINT|\bCC\b|REASON FOR|INDICATION"
     r"|PATHOLOGY"
     r"|HISTORY OF CANCER"
     r"|CANCER HISTORY|CONCLUSION", "diagnosis"),
    (r"PRESENT ILLNESS|HPI|HISTORY|FINDINGS|COURSE|SPECIMEN|DESCRIPTION|SUBJECTIVE|SUMMARY|TITLE|OPERATION",
     "narrative"),
    (r"REVIEW OF SYSTEMS|ROS|MEDICATION|\bMEDS\b|ALLERG", "minor"),
]
SECTION_WEIGHT = {"diagnosis": 3.0, "narrative": 2.0, "other": 1.0, "minor": 0.5, "past": 1.0}


# an upper-case label after a comma or full stop that a line wrap cut in two (",PAST\nMEDICAL HISTORY:"): one label, as
# written before the wrap. Only after [,.;] on the same line: a label alone on its line above another ("IMPRESSION" over
# "FINDINGS:") is a line of its own
_WRAPPED_LABEL = re.compile(r"(?<=[,.;])([ \t]*[A-Z][A-Z0-9 /&'()-]{0,40}?[A-Z])[ \t]*\n"
                            r"(?=[ \t]*[A-Z][A-Z0-9 /&'()-]{1,40}?[ \t]*:)")


def label_kind(label: str) -> str:
    """The kind of section a label opens ("PAST MEDICAL HISTORY" -> past, "HISTORY" -> narrative), "other" for none:
    labels are matched from word starts, in any case ("URETEROSCOPIC BIOPSY:" and "PROSTATE, BIOPSY:" hold no ROS
    heading)."""
    header = label.upper()
    return next((name for pat, name in SECTION_RULES if re.search(rf"\b(?:{pat})", header)), "other")


def find_sections(text: str) -> list[tuple[int, str]]:
    """(start offset, kind) of each section, (0, "other") first: a mention's section decides
    whether it counts (family, social), is historical (past) and how much it weighs."""
    out: list[tuple[int, str]] = [(0, "other")]
    # the wrap's line end as a space (same length, so every offset holds)
    text = _WRAPPED_LABEL.sub(lambda m: m.group(0).replace("\n", " "), text)
    for m in HEADER_RE.finditer(text):
        group = next(g for g in (1, 2, 3) if m.group(g))
        kind = label_kind(m.group(group))
        start = m.start(group)
        before = text[:start].rstrip(" \t")
        if kind == "other" and (group == 3 or (before.endswith(",") and not before.endswith(".,"))):
            continue
        out.append((start, kind))
    return out


def section_of(sections: list[tuple[int, str]], pos: int) -> int:
    """Index of the section holding `pos`: two mentions in the same block of a report
    may share a site named only once in it."""
    return max(i for i, (start, _) in enumerate(sections) if start <= pos)


def section_kind(sections: list[tuple[int, str]], pos: int) -> str:
    """Kind of the section holding `pos` ("family", "past", "diagnosis"...)."""
    return sections[section_of(sections, pos)][1]

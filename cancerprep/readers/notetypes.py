"""Document-type codes -> note_type, shared by the FHIR and OMOP readers.

Exports name document kinds with LOINC codes (FHIR `DocumentReference.type`,
OMOP `note_class_concept_id`), local concept ids or free-text titles; the
pipeline only needs to know pathology report vs clinical note. A recipe's map
(`loinc_map` / `note_type_map`) is consulted first, then these defaults.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping

# LOINC document codes that are pathology reports; every other document is a clinical note.
PATHOLOGY_LOINC: dict[str, str] = {
    "11526-1": "pathology_report",   # Pathology study
    "11529-5": "pathology_report",   # Surgical pathology study
    "60568-3": "pathology_report",   # Pathology Synoptic report
    "60567-5": "pathology_report",   # Comprehensive pathology report panel
    "22637-3": "pathology_report",   # Pathology report final diagnosis
    "33717-0": "pathology_report",   # Cytology report
    "18743-5": "pathology_report",   # Autopsy report
}
# Report categories that name a pathology service: HL7 v2 table 0074 diagnostic service sections
# (SP surgical pathology, CP cytopathology, PAT pathology) and the LOINC part for Pathology, as
# DiagnosticReport.category carries them.
PATHOLOGY_CATEGORIES: dict[str, str] = {
    "sp": "pathology_report",
    "cp": "pathology_report",
    "pat": "pathology_report",
    "lp7839-6": "pathology_report",
}
LOINC_SYSTEM = "http://loinc.org"
_PATHOLOGY_TITLE = re.compile(r"patholog|cytolog|biopsy report|autopsy|hematopath", re.IGNORECASE)


def note_type_for(keys: Iterable[str | None], site_map: Mapping[str, str] | None,
                  title: str | None = None, categories: Iterable[str | None] | None = None) -> str:
    """First document code found in the site map, then a category in it; then the LOINC defaults, the
    pathology categories (when they are the only categories), a title check; else clinical_note."""
    keys = [k for k in keys if k]
    cats = [c.lower() for c in categories or [] if c]
    site = site_map or {}
    site_lower = {str(k).lower(): v for k, v in site.items()}
    for key in keys:
        if key in site:
            return site[key]
    for cat in cats:
        if cat in site_lower:
            return site_lower[cat]
    for key in keys:
        if key in PATHOLOGY_LOINC:
            return PATHOLOGY_LOINC[key]
    # only when every category is a pathology one: Synthea (after US Core's category value set) tags each
    # note report Radiology, Cardiology and Pathology at once, which says nothing about the note
    if cats and all(cat in PATHOLOGY_CATEGORIES for cat in cats):
        return PATHOLOGY_CATEGORIES[cats[0]]
    if title and title in site:
        return site[title]
    if title and _PATHOLOGY_TITLE.search(title):
        return "pathology_report"
    return "clinical_note"

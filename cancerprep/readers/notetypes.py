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
LOINC_SYSTEM = "http://loinc.org"
_PATHOLOGY_TITLE = re.compile(r"patholog|cytolog|biopsy report|autopsy|hematopath", re.IGNORECASE)


def note_type_for(keys: Iterable[str | None], site_map: Mapping[str, str] | None,
                  title: str | None = None) -> str:
    """First key found in the site map, then in the LOINC defaults; then a title check; else clinical_note."""
    keys = [k for k in keys if k]
    for table in (site_map or {}, PATHOLOGY_LOINC):
        for key in keys:
            if key in table:
                return table[key]
    if title and site_map and title in site_map:
        return site_map[title]
    if title and _PATHOLOGY_TITLE.search(title):
        return "pathology_report"
    return "clinical_note"

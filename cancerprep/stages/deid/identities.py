"""The export's own structured identities, used to find those people in the text.

A hospital export knows who each note is about: FHIR Patient, RelatedPerson and
Practitioner resources, OMOP PERSON, LOCATION and PROVIDER rows, or (for any site) an
`identities` table and a `staff` roster named in the recipe. `IdentityRecognizer`
(recognizers/identity.py) redacts every occurrence of the note's own patient, the
patient's relatives and the staff roster in that note.

Identities live in memory only: they travel in `RunContext.identities` (pickled to
process-pool workers; under Ray through Ray's object store), enter the stage cache
fingerprint only as an HMAC digest under the site key (`digest`), and are never
written to `_work/`, logs, the card or any output. `repr()` shows counts, never
values, so an accidental log line or traceback cannot print them.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import hmac
import json
import re
import secrets
from collections import Counter
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.errors import InputError

# Columns of an `identities` table (one row per patient, or several rows per patient that add up).
# Multi-valued cells (other_names, mrn, phone, email, address) take several values separated by "|" or ";".
IDENTITY_COLUMNS = ("patient_id", "given", "family", "other_names", "mrn", "dob", "address", "city", "zip",
                    "phone", "email")
_MULTI = re.compile(r"\s*[|;]\s*")
_DIGITS = re.compile(r"\d+")


@dataclass(frozen=True)
class PersonName:
    """One name of one person: given names (first, middle) and family names (double, hyphenated)."""

    given: tuple[str, ...] = ()
    family: tuple[str, ...] = ()

    @staticmethod
    def parse(full: str) -> PersonName:
        """'Last, First Middle' or 'First Middle Last' (a free-form name or alias)."""
        full = full.strip()
        if "," in full:
            family, _, given = full.partition(",")
            return PersonName(tuple(given.split()), tuple(family.split()))
        words = full.split()
        return PersonName(tuple(words[:-1]), tuple(words[-1:]))

    def words(self) -> Iterator[str]:
        """Every word of the name, given then family, for callers that match a word whatever its role."""
        yield from self.given
        yield from self.family


@dataclass
class PatientIdentity:
    """Everything the export says identifies one patient (and the patient's relatives)."""

    names: list[PersonName] = field(default_factory=list)
    relatives: list[PersonName] = field(default_factory=list)
    identifiers: set[str] = field(default_factory=set)
    birth_dates: set[dt.date] = field(default_factory=set)
    streets: set[str] = field(default_factory=set)
    cities: set[str] = field(default_factory=set)
    zips: set[str] = field(default_factory=set)
    phones: set[str] = field(default_factory=set)
    emails: set[str] = field(default_factory=set)

    def __repr__(self) -> str:  # never the values
        return f"PatientIdentity(<{len(self.names)} names, {len(self.relatives)} relatives>)"

    def add_birth_date(self, value: Any) -> None:
        """Take a date, datetime or ISO string (FHIR and tables differ); a partial or malformed
        date is dropped, since a year alone identifies no one and must not fail the run."""
        if isinstance(value, dt.datetime):
            value = value.date()
        if isinstance(value, dt.date):
            self.birth_dates.add(value)
        elif isinstance(value, str) and value.strip():
            try:
                self.birth_dates.add(dt.date.fromisoformat(value.strip()[:10]))
            except ValueError:
                pass  # a partial date (year only) identifies nothing by itself

    def canonical(self) -> list[Any]:
        """A sorted, JSON-able form (for the digest only)."""
        return [sorted([list(n.given), list(n.family)] for n in self.names),
                sorted([list(n.given), list(n.family)] for n in self.relatives),
                sorted(self.identifiers), sorted(d.isoformat() for d in self.birth_dates),
                sorted(self.streets), sorted(self.cities), sorted(self.zips), sorted(self.phones),
                sorted(self.emails)]


@dataclass(frozen=True)
class NoteIdentity:
    """What the recognizer looks for in one note: its patient (if known), the staff roster and the staff's
    identifiers (OMOP PROVIDER npi, dea, provider_source_value)."""

    patient: PatientIdentity | None
    staff: tuple[PersonName, ...]
    staff_ids: frozenset[str] = frozenset()

    def __repr__(self) -> str:
        return f"NoteIdentity(<patient: {self.patient is not None}, {len(self.staff)} staff>)"


@dataclass
class Identities:
    """Identities of an export: per patient id (the raw id the notes carry) plus a staff roster."""

    patients: dict[str, PatientIdentity] = field(default_factory=dict)
    staff: list[PersonName] = field(default_factory=list)
    staff_ids: set[str] = field(default_factory=set)
    counts: Counter = field(default_factory=Counter)

    def __repr__(self) -> str:
        return f"Identities(<{len(self.patients)} patients, {len(self.staff)} staff names>)"

    def __bool__(self) -> bool:
        return bool(self.patients or self.staff or self.staff_ids)

    def patient(self, patient_id: str) -> PatientIdentity:
        """The identity for a patient id, created on first use, so FHIR resources and table rows about
        the same (stripped) id add up to one record."""
        return self.patients.setdefault(str(patient_id).strip(), PatientIdentity())

    def for_note(self, patient_id: str | None) -> NoteIdentity:
        """What the recognizer looks for in one note. The staff tuple is one shared object, so the
        recognizer's per-object cache compiles the roster once rather than per note."""
        staff = getattr(self, "_staff_tuple", None)
        if staff is None or len(staff) != len(self.staff):
            staff = self._staff_tuple = tuple(self.staff)  # one object, so the recognizer compiles it once
        staff_ids = getattr(self, "_staff_ids", None)
        if staff_ids is None or len(staff_ids) != len(self.staff_ids):
            staff_ids = self._staff_ids = frozenset(self.staff_ids)
        return NoteIdentity(self.patients.get(str(patient_id).strip()) if patient_id is not None else None, staff,
                            staff_ids)

    def merge(self, other: Identities) -> None:
        """Fold in identities from another source (FHIR folder, identities table, staff roster), so a
        patient described in several sources is matched by all of them."""
        for pid, ident in other.patients.items():
            mine = self.patient(pid)
            mine.names += ident.names
            mine.relatives += ident.relatives
            for attr in ("identifiers", "birth_dates", "streets", "cities", "zips", "phones", "emails"):
                getattr(mine, attr).update(getattr(ident, attr))
        self.staff += other.staff
        self.staff_ids.update(other.staff_ids)
        self.counts.update(other.counts)

    def digest(self, key: bytes | None) -> str:
        """An HMAC-SHA256 of every value under the site key: changes when identities change, says
        nothing about them. Without a key a random salt is used (no cache reuse, nothing guessable)."""
        blob = json.dumps({"patients": {p: i.canonical() for p, i in sorted(self.patients.items())},
                           "staff": sorted([list(n.given), list(n.family)] for n in self.staff),
                           "staff_ids": sorted(self.staff_ids)},
                          sort_keys=True, default=str).encode()
        return hmac.new(key or secrets.token_bytes(32), b"cancerprep-identities\x00" + blob,
                        hashlib.sha256).hexdigest()

    def stats(self) -> dict[str, int]:
        """PHI-free counts for the run summary."""
        return {"identities.patients": len(self.patients), "identities.staff_names": len(self.staff),
                "identities.staff_ids": len(self.staff_ids),
                **{f"identities.{k}": v for k, v in sorted(self.counts.items())}}


# -- FHIR ------------------------------------------------------------------------------------------
def _human_names(value: Any) -> list[PersonName]:
    """FHIR HumanName[] -> names (Synthea's digits, e.g. 'Jacinto644', are stripped)."""
    out = []
    for hn in value if isinstance(value, list) else []:
        if not isinstance(hn, dict):
            continue
        given = tuple(_strip_digits(g) for g in hn.get("given") or [] if isinstance(g, str) and _strip_digits(g))
        family_raw = hn.get("family")
        family = tuple(_strip_digits(family_raw).split()) if isinstance(family_raw, str) else ()
        if given or family:
            out.append(PersonName(given, family))
        elif isinstance(hn.get("text"), str) and hn["text"].strip():
            out.append(PersonName.parse(_strip_digits(hn["text"])))
    return out


def _strip_digits(value: str) -> str:
    return _DIGITS.sub("", value).strip()


def _telecom(ident: PatientIdentity, value: Any) -> None:
    for tc in value if isinstance(value, list) else []:
        if isinstance(tc, dict) and isinstance(tc.get("value"), str) and tc["value"].strip():
            (ident.emails if tc.get("system") == "email" else ident.phones).add(tc["value"].strip())


def _address(ident: PatientIdentity, value: Any) -> None:
    for ad in value if isinstance(value, list) else []:
        if not isinstance(ad, dict):
            continue
        ident.streets.update(s.strip() for s in ad.get("line") or [] if isinstance(s, str) and s.strip())
        if isinstance(ad.get("city"), str) and ad["city"].strip():
            ident.cities.add(ad["city"].strip())
        if isinstance(ad.get("postalCode"), str) and ad["postalCode"].strip():
            ident.zips.add(ad["postalCode"].strip())


def _ref_id(ref: Any) -> str | None:
    value = ref.get("reference") if isinstance(ref, dict) else None
    if not isinstance(value, str) or not value.strip():
        return None
    value = value.strip()
    return value[len("urn:uuid:"):] if value.startswith("urn:uuid:") else value.rstrip("/").rsplit("/", 1)[-1]


def from_fhir(resources: Iterable[dict[str, Any]]) -> Identities:
    """Patient (name, telecom, address, identifier, birthDate), RelatedPerson (linked to its
    patient: names, telecom, address) and Practitioner (the staff roster)."""
    ids = Identities()
    for res in resources:
        rtype = res.get("resourceType")
        if rtype == "Patient" and res.get("id") is not None:
            ident = ids.patient(str(res["id"]))
            ident.names += _human_names(res.get("name"))
            _telecom(ident, res.get("telecom"))
            _address(ident, res.get("address"))
            for idf in res.get("identifier") or []:
                if isinstance(idf, dict) and isinstance(idf.get("value"), str) and idf["value"].strip():
                    ident.identifiers.add(idf["value"].strip())
            ident.add_birth_date(res.get("birthDate"))
            ids.counts["fhir_patient"] += 1
        elif rtype == "RelatedPerson" and (pid := _ref_id(res.get("patient"))):
            ident = ids.patient(pid)
            ident.relatives += _human_names(res.get("name"))
            _telecom(ident, res.get("telecom"))
            _address(ident, res.get("address"))
            ids.counts["fhir_related_person"] += 1
        elif rtype == "Practitioner":
            ids.staff += _human_names(res.get("name"))
            ids.counts["fhir_practitioner"] += 1
        else:
            ids.counts["fhir_skipped"] += 1
    return ids


# -- OMOP ------------------------------------------------------------------------------------------
def _birth_date(row: dict[str, Any]) -> Any:
    """year/month/day_of_birth when all three make a date, else birth_datetime (a datetime, or text as some
    databases return it; `add_birth_date` takes either and drops what is not a full date)."""
    try:
        return dt.date(int(row["year_of_birth"]), int(row["month_of_birth"]), int(row["day_of_birth"]))
    except (KeyError, TypeError, ValueError):
        return row.get("birth_datetime")


def _text(value: Any) -> str | None:
    return str(value).strip() if value is not None and str(value).strip() else None


def from_omop(rows: Iterable[tuple[str, dict[str, Any]]]) -> Identities:
    """OMOP CDM rows (`cancerprep.readers.omop.read_identity_rows`). A v5.4 CDM has no person names, so a
    patient is: person_source_value (the site's MRN or source id), the birth date, and the LOCATION of the
    person's location_id (address_1/address_2 as street lines, city and county as places, zip,
    location_source_value as a street line when it has words, else as an identifier). PROVIDER gives the staff
    roster (provider_name) and staff identifiers (npi, dea, provider_source_value)."""
    ids = Identities()
    for kind, row in rows:
        if kind == "person":
            ident = ids.patient(str(row["person_id"]))
            if (mrn := _text(row.get("person_source_value"))) is not None:
                ident.identifiers.add(mrn)
            ident.add_birth_date(_birth_date(row))
            ident.streets.update(v for c in ("address_1", "address_2") if (v := _text(row.get(c))))
            ident.cities.update(v for c in ("city", "county") if (v := _text(row.get(c))))
            if (zip_code := _text(row.get("zip"))) is not None:
                ident.zips.add(zip_code)
            if (place := _text(row.get("location_source_value"))) is not None:
                (ident.streets if " " in place else ident.identifiers).add(place)
            ids.counts["omop_person"] += 1
        elif kind == "provider":
            if (name := _text(row.get("provider_name"))) is not None:
                ids.staff.append(PersonName.parse(_strip_digits(name)))
            ids.staff_ids.update(v for c in ("npi", "dea", "provider_source_value") if (v := _text(row.get(c))))
            ids.counts["omop_provider"] += 1
        elif kind == "missing":
            ids.counts[f"omop_missing_{row['table']}"] += 1
    return ids


# -- tables ----------------------------------------------------------------------------------------
def read_table(path: Path, fmt: str | None = None) -> pl.DataFrame:
    """A CSV/TSV/Parquet/JSONL table, every column as text. Errors name the file, never values."""
    path = Path(path)
    if not path.is_file():
        raise InputError("file not found", file=str(path))
    fmt = fmt or {".csv": "csv", ".tsv": "tsv", ".parquet": "parquet", ".pq": "parquet", ".jsonl": "jsonl",
                  ".ndjson": "jsonl"}.get(path.suffix.lower())
    try:
        if fmt in ("csv", "tsv"):
            return pl.read_csv(path, infer_schema=False, encoding="utf8-lossy", separator="\t" if fmt == "tsv" else ",")
        if fmt == "parquet":
            frame = pl.read_parquet(path)
        elif fmt == "jsonl":
            frame = pl.read_ndjson(path, infer_schema_length=None)
        else:
            raise InputError("unknown table format; use .csv, .tsv, .parquet or .jsonl", file=str(path))
    except pl.exceptions.PolarsError as exc:
        raise InputError(f"cannot read table ({type(exc).__name__})", file=str(path)) from None
    return frame.with_columns(pl.all().cast(pl.Utf8))


def _cells(value: str | None) -> list[str]:
    return [v for v in _MULTI.split(value.strip()) if v] if value else []


def from_table(frame: pl.DataFrame, columns: dict[str, str] | None = None, source: str = "identities") -> Identities:
    """An `identities` table: patient_id and any of given, family, other_names, mrn, dob, address,
    city, zip, phone, email (`columns` maps these names to the table's own)."""
    columns = {c: (columns or {}).get(c, c) for c in IDENTITY_COLUMNS}
    if columns["patient_id"] not in frame.columns:
        raise InputError("identities table has no patient id column", file=source, field=columns["patient_id"])
    present = {c: col for c, col in columns.items() if col in frame.columns}
    if len(present) < 2:
        raise InputError("identities table has no identity column (given, family, mrn, dob, ...)", file=source)
    ids = Identities()
    for row in frame.select(list(present.values())).iter_rows(named=True):
        pid = row[present["patient_id"]]
        if pid is None or not str(pid).strip():
            ids.counts["table_rows_without_patient"] += 1
            continue
        ident = ids.patient(str(pid))
        get = {c: row.get(col) for c, col in present.items()}
        given, family = _cells(get.get("given")), _cells(get.get("family"))
        if given or family:
            ident.names.append(PersonName(tuple(w for g in given for w in _strip_digits(g).split()),
                                          tuple(w for f in family for w in _strip_digits(f).split())))
        ident.names += [PersonName.parse(_strip_digits(n)) for n in _cells(get.get("other_names"))]
        ident.identifiers.update(_cells(get.get("mrn")))
        for d in _cells(get.get("dob")):
            ident.add_birth_date(d)
        ident.streets.update(_cells(get.get("address")))
        ident.cities.update(_cells(get.get("city")))
        ident.zips.update(_cells(get.get("zip")))
        ident.phones.update(_cells(get.get("phone")))
        ident.emails.update(_cells(get.get("email")))
        ids.counts["table_rows"] += 1
    return ids


def staff_from_table(frame: pl.DataFrame, column: str | None = None, source: str = "staff") -> Identities:
    """A staff roster: one name per row, in `name` ('Last, First' or 'First Last') or in `given`
    and `family` columns."""
    ids = Identities()
    if column or "name" in frame.columns:
        col = column or "name"
        if col not in frame.columns:
            raise InputError("staff table has no name column", file=source, field=col)
        names = [PersonName.parse(_strip_digits(v)) for v in frame[col].to_list() if v and v.strip()]
    elif "family" in frame.columns:
        given = frame["given"].to_list() if "given" in frame.columns else [None] * frame.height
        names = [PersonName(tuple((g or "").split()), tuple((f or "").split()))
                 for g, f in zip(given, frame["family"].to_list(), strict=True) if f or g]
    else:
        raise InputError("staff table needs a name column, or given and family columns", file=source)
    ids.staff += names
    ids.counts["staff_rows"] += len(names)
    return ids


def load_identities(recipe: Any) -> Identities | None:
    """Identities for a recipe run: FHIR identity resources from every FHIR input's export folder
    (unless `identities: {fhir: false}`), OMOP PERSON/LOCATION/PROVIDER of every OMOP input (unless
    `identities: {omop: false}`), the recipe's `identities` table and `staff` roster."""
    ids = Identities()
    section = recipe.raw.get("identities") or {}
    if section.get("fhir", True):
        from cancerprep.readers.fhir import read_identity_resources

        for spec in recipe.inputs:
            if spec.kind == "fhir" and spec.path is not None and Path(spec.path).exists():
                folder = Path(spec.path) if Path(spec.path).is_dir() else Path(spec.path).parent
                resources, bad_lines = read_identity_resources(folder)
                ids.merge(from_fhir(resources))
                ids.counts["fhir_bad_lines"] += bad_lines
    if section.get("omop", True):
        from cancerprep.readers.omop import read_identity_rows

        for spec in recipe.inputs:
            if spec.kind == "omop" and spec.url:
                ids.merge(from_omop(read_identity_rows(spec)))
    if section.get("path"):
        path = recipe.resolve(section["path"])
        ids.merge(from_table(read_table(path, section.get("format")), section.get("columns"), str(path)))
    staff = recipe.raw.get("staff") or {}
    if staff.get("path"):
        path = recipe.resolve(staff["path"])
        ids.merge(staff_from_table(read_table(path, staff.get("format")), staff.get("column"), str(path)))
    return ids if ids else None


def load_files(identities: str | Path | None = None, staff: str | Path | None = None) -> Identities | None:
    """Identities for the file-level `cancerprep deid FILE --identities T --staff T`."""
    ids = Identities()
    if identities is not None:
        ids.merge(from_table(read_table(Path(identities)), source=str(identities)))
    if staff is not None:
        ids.merge(staff_from_table(read_table(Path(staff)), source=str(staff)))
    return ids if ids else None

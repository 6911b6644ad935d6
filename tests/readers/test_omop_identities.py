"""OMOP PERSON / LOCATION / PROVIDER as identities for de-identification: read from OHDSI Eunomia Synthea27Nj (its
LOCATION is empty: two locations are added) in SQLite and in the PostgreSQL the tests start, only for persons with
notes, tolerant of missing tables and columns, in memory only, and used by the deid stage of a run."""

from __future__ import annotations

import datetime as dt
import re
import zipfile
from pathlib import Path

import polars as pl
import pytest
import sqlalchemy as sa

from cancerprep.readers import InputSpec
from cancerprep.readers.omop import read_identity_rows
from cancerprep.runner import run_recipe
from cancerprep.stages.deid.identities import Identities, PersonName, from_omop
from tests.readers.test_omop_eunomia import EUNOMIA, _csv, _metadata, eunomia_rows  # noqa: F401 (fixture)
from tests.readers.test_omop_eunomia import _load as load_eunomia

KEY = b"k" * 32
LOCATIONS = [  # location_id, address_1, address_2, city, zip, county, location_source_value
    (1, "4413 Larkspur Way", None, "Quillmont", "02134", "Norfolk County", "LOC-0001"),
    (2, "12 Orchard Rd", "Apt 3", "Pinebluffton", "79455", None, "12 Orchard Rd Apt 3 Pinebluffton"),
]
ADDED_PROVIDER = {"provider_id": 900, "provider_name": "Thaddeus Vellacourt", "npi": "1234567893",
                  "dea": "AB1234563", "provider_source_value": "PRV-77123"}


def _identity_metadata(schema: str | None = None, bare: bool = False) -> sa.MetaData:
    """The note/condition tables of the Eunomia tests plus PERSON, LOCATION, PROVIDER (`bare`: a PERSON with
    only person_id and person_source_value, and no LOCATION or PROVIDER table)."""
    md = _metadata(schema)
    text, big, integer = sa.Text, sa.BigInteger, sa.Integer
    if bare:
        sa.Table("person", md, sa.Column("person_id", big, primary_key=True), sa.Column("person_source_value", text))
        return md
    sa.Table("person", md, sa.Column("person_id", big, primary_key=True), sa.Column("year_of_birth", integer),
             sa.Column("month_of_birth", integer), sa.Column("day_of_birth", integer),
             sa.Column("birth_datetime", sa.DateTime), sa.Column("location_id", big),
             sa.Column("provider_id", big), sa.Column("person_source_value", text))
    sa.Table("location", md, sa.Column("location_id", big, primary_key=True), sa.Column("address_1", text),
             sa.Column("address_2", text), sa.Column("city", text), sa.Column("state", text), sa.Column("zip", text),
             sa.Column("county", text), sa.Column("location_source_value", text))
    sa.Table("provider", md, sa.Column("provider_id", big, primary_key=True), sa.Column("provider_name", text),
             sa.Column("npi", text), sa.Column("dea", text), sa.Column("provider_source_value", text))
    return md


@pytest.fixture(scope="module")
def cdm_rows(eunomia_rows) -> dict[str, list[dict]]:  # noqa: F811 (the imported fixture)
    """Eunomia's PERSON and PROVIDER, two added LOCATIONs (persons 1 and 2 live there), person 3 with only a
    birth_datetime, one added provider with an NPI and a DEA number; notes of persons 1, 2 and 3."""
    md = _identity_metadata()
    with zipfile.ZipFile(EUNOMIA) as zf:
        person = _csv(zf, "PERSON.csv", [c.name for c in md.tables["person"].columns])
        provider = _csv(zf, "PROVIDER.csv", [c.name for c in md.tables["provider"].columns])
    person = person.with_columns(pl.col(c).cast(pl.Int64) for c in ("person_id", "year_of_birth", "month_of_birth",
                                                                     "day_of_birth", "location_id", "provider_id"))
    person = person.with_columns(pl.col("birth_datetime").str.to_datetime(),
                                 pl.when(pl.col("person_id") <= 2).then(pl.col("person_id"))
                                 .otherwise(pl.col("location_id")).alias("location_id"),
                                 pl.when(pl.col("person_id") == 3).then(None).otherwise(pl.col("month_of_birth"))
                                 .alias("month_of_birth"))
    return {"note": eunomia_rows["note"], "person": person.to_dicts(),
            "location": [dict(zip(["location_id", "address_1", "address_2", "city", "zip", "county",
                                   "location_source_value"], loc, strict=True)) for loc in LOCATIONS],
            "provider": [*provider.with_columns(pl.col("provider_id").cast(pl.Int64)).to_dicts(), ADDED_PROVIDER]}


def _load(url: str, rows: dict[str, list[dict]], schema: str | None = None, bare: bool = False) -> None:
    load_eunomia(url, rows, schema, _identity_metadata(schema, bare))


@pytest.fixture(scope="module")
def sqlite_cdm(cdm_rows, tmp_path_factory) -> Path:
    db = tmp_path_factory.mktemp("cdm") / "cdm.sqlite"
    _load(f"sqlite:///{db}", cdm_rows)
    return db


def test_person_location_provider_become_identities(sqlite_cdm):
    ids = from_omop(read_identity_rows(InputSpec(kind="omop", url=f"sqlite:///{sqlite_cdm}")))
    assert sorted(ids.patients) == ["1", "2", "3"], "only the persons the note table names (Eunomia has 28)"
    p1, p2, p3 = (ids.patients[k] for k in ("1", "2", "3"))
    assert p1.identifiers == {"1007c05b-8d20-8fe6-6790-44622f8316df", "LOC-0001"}  # source value; a place code
    assert p1.birth_dates == {dt.date(1998, 4, 9)}
    assert (p1.streets, p1.cities, p1.zips) == ({"4413 Larkspur Way"}, {"Quillmont", "Norfolk County"}, {"02134"})
    assert p2.streets == {"12 Orchard Rd", "Apt 3", "12 Orchard Rd Apt 3 Pinebluffton"}  # a worded source value
    assert p3.birth_dates == {dt.date(2011, 6, 10)}, "no month_of_birth: birth_datetime's date"
    assert not p3.streets and not p3.names, "no location; a CDM has no person names"
    assert len(ids.staff) == 68 and ids.staff[0] == PersonName(("María", "Elena"), ("Rodarte",)), "digits stripped"
    assert {"1234567893", "AB1234563", "PRV-77123", "41c7f626-c51d-3b68-b728-85019a121f3c"} <= ids.staff_ids
    assert ids.counts == {"omop_person": 3, "omop_provider": 68}
    assert "Rodarte" not in repr(ids) and "1998" not in repr(ids.for_note("1"))
    note = ids.for_note("1")
    assert note.patient is p1 and "1234567893" in note.staff_ids
    assert ids.for_note("2").staff_ids is note.staff_ids, "one shared object, compiled once by the recognizer"


def test_postgresql_gives_the_same_identities(postgres_url, cdm_rows, sqlite_cdm):
    _load(postgres_url, cdm_rows, schema="cdm_ids")
    pg = from_omop(read_identity_rows(InputSpec(kind="omop", url=postgres_url, options={"schema": "cdm_ids"})))
    lite = from_omop(read_identity_rows(InputSpec(kind="omop", url=f"sqlite:///{sqlite_cdm}")))
    assert sorted(pg.patients) == ["1", "2", "3"] and pg.digest(KEY) == lite.digest(KEY)


def test_missing_tables_and_columns_are_tolerated(cdm_rows, tmp_path):
    db = tmp_path / "bare.sqlite"
    _load(f"sqlite:///{db}", {"note": cdm_rows["note"], "person": cdm_rows["person"]}, bare=True)
    ids = from_omop(read_identity_rows(InputSpec(kind="omop", url=f"sqlite:///{db}")))
    assert sorted(ids.patients) == ["1", "2", "3"]
    assert ids.patients["1"].identifiers == {"1007c05b-8d20-8fe6-6790-44622f8316df"}
    assert not ids.patients["1"].birth_dates and not ids.staff
    assert ids.counts == {"omop_person": 3, "omop_missing_location": 1, "omop_missing_provider": 1}
    none = tmp_path / "none.sqlite"
    _load(f"sqlite:///{none}", {"note": cdm_rows["note"]}, bare=True)
    with sa.create_engine(f"sqlite:///{none}").begin() as conn:
        conn.exec_driver_sql("DROP TABLE person")
    assert not from_omop(read_identity_rows(InputSpec(kind="omop", url=f"sqlite:///{none}")))


def test_digest_covers_staff_identifiers_and_hides_them():
    a, b = Identities(), Identities()
    a.staff_ids.add("1234567893")
    b.staff_ids.add("1234567894")
    assert a.digest(KEY) != b.digest(KEY) and "1234567893" not in a.digest(KEY)
    assert a and a.stats()["identities.staff_ids"] == 1


NOTES = [  # person, text: each names what the CDM knows about its person and its clinician
    (1, "Pt seen at 4413 Larkspur Way, Quillmont 02134 (Norfolk County). MRN 1007c05b-8d20-8fe6-6790-44622f8316df, "
        "DOB 04/09/1998. Invasive ductal carcinoma, right breast. Dr. Thaddeus Vellacourt, NPI 1234567893."),
    (2, "Lives at 12 Orchard Rd Apt 3, Pinebluffton 79455. Sigmoid adenocarcinoma. Seen by Vellacourt "
        "(DEA AB1234563); staff id PRV-77123."),
    # an unlabelled provider source value: no pattern finds it, only the PROVIDER table does
    (3, "Colon cancer follow-up; born 2011-06-10. Discussed with Dr Rodarte. Case PRV-77123 closed."),
]
LEAK_STRINGS = ["larkspur", "quillmont", "02134", "norfolk", "1007c05b", "1998", "vellacourt", "1234567893",
                "orchard", "pinebluffton", "79455", "ab1234563", "prv-77123", "2011-06-10", "rodarte"]


def _run(tmp: Path, cdm_rows: dict, omop_identities: bool) -> tuple[Path, dict]:
    rows = {**cdm_rows, "note": [{**n, "note_text": t} for n, (_, t) in zip(cdm_rows["note"], NOTES, strict=True)]}
    db = tmp / "cdm.sqlite"
    _load(f"sqlite:///{db}", rows)
    (tmp / "key").write_bytes(KEY)
    extra = "" if omop_identities else "identities: {omop: false}\n"
    (tmp / "r.yaml").write_text(f"""version: 1
name: omopids
key_file: key
inputs:
  - {{kind: omop, url: "sqlite:///{db}"}}
stages:
  - deid: {{mode: surrogate}}
tasks:
  pretrain: {{block_size: 3000, chars_per_token: 4}}
outputs:
  formats: [jsonl]
  notes: true
{extra}""")
    out = tmp / "out"
    return out, run_recipe(tmp / "r.yaml", out, workers=1)


def _leaks(out: Path) -> list[str]:
    found = set()
    for path in out.rglob("*"):
        if path.is_file() and "_work" not in path.parts and path.suffix != ".arrow":
            if path.suffix == ".parquet":
                frame = pl.read_parquet(path)
                content = "\n".join(str(v) for c in frame.columns for v in frame[c].cast(pl.Utf8).to_list())
            else:
                content = path.read_bytes().decode("utf-8", "replace")
            low = content.lower()
            # whole values only: a hex digest in the manifest may hold "79455" by chance
            found |= {s for s in LEAK_STRINGS if re.search(rf"(?<![0-9a-z]){re.escape(s)}(?![0-9a-z])", low)}
    return sorted(found)


def test_omop_identities_de_identify_a_run_and_are_never_written(cdm_rows, tmp_path):
    out, summary = _run(tmp_path, cdm_rows, omop_identities=True)
    c = summary["counts"]
    assert (c["identities.patients"], c["identities.omop_person"], c["identities.staff_names"]) == (3, 3, 68)
    assert c["identities.staff_ids"] >= 3 and c["notes_out"] == 3
    assert _leaks(out) == [], "no PERSON, LOCATION or PROVIDER value in any output file"
    (tmp_path / "off").mkdir()
    off, summary = _run(tmp_path / "off", cdm_rows, omop_identities=False)
    assert "identities.patients" not in summary["counts"]
    assert _leaks(off), "the fixture needs the identities (pattern and NER recognizers alone leave some)"

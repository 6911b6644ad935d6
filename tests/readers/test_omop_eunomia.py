"""OMOP as sites run it: OHDSI Eunomia Synthea27Nj (CDM 5.4, SNOMED CT conditions, vocabulary tables) in SQLite and
in the PostgreSQL the tests start; every condition mapped, none lost; database errors that say what is wrong."""

from __future__ import annotations

import zipfile
from datetime import date

import polars as pl
import pytest
import sqlalchemy as sa

from cancerprep.errors import InputError
from cancerprep.ingest import Normalizer
from cancerprep.readers import InputSpec, read_input
from cancerprep.readers.database import connect_error
from cancerprep.stages.coding.codes import normalize_codes
from cancerprep.stages.coding.taxonomy import load_taxonomy
from tests.paths import SHARED_DATA

EUNOMIA = SHARED_DATA / "omop-eunomia" / "Synthea27Nj_5.4.zip"
EUNOMIA_CONDITIONS = 470
# Added beside Eunomia's own rows (which hold no cancer): concepts and conditions for the three mapping paths.
ADDED_CONCEPTS = [
    (2000000001, "Primary malignant neoplasm of colon", "SNOMED", "S", "93761005"),
    (2000000002, "Malignant tumor of breast", "SNOMED", "S", "254837009"),
    (2000000003, "Malignant neoplasm of unsp site of right female breast", "ICD10CM", None, "C50.911"),
]
ADDED_CONDITIONS = [  # id, person, standard concept, source concept, source value
    (9001, 1, 2000000002, 2000000002, "254837009"),   # SNOMED with an ICD-10-CM concept mapped to it: vocabulary
    (9002, 2, 2000000001, 0, "C18.7"),                # source concept 0, ICD-10-CM source value: the value is used
    (9003, 3, 2000000001, 0, "93761005"),             # source concept 0, SNOMED value: the standard concept's name
]


def _metadata(schema: str | None = None) -> sa.MetaData:
    md = sa.MetaData(schema=schema)
    text, big = sa.Text, sa.BigInteger
    sa.Table("concept", md, sa.Column("concept_id", big, primary_key=True), sa.Column("concept_name", text),
             sa.Column("domain_id", text), sa.Column("vocabulary_id", text), sa.Column("concept_class_id", text),
             sa.Column("standard_concept", text), sa.Column("concept_code", text), sa.Column("invalid_reason", text))
    sa.Table("concept_relationship", md, sa.Column("concept_id_1", big), sa.Column("concept_id_2", big),
             sa.Column("relationship_id", text), sa.Column("invalid_reason", text))
    sa.Table("condition_occurrence", md, sa.Column("condition_occurrence_id", big, primary_key=True),
             sa.Column("person_id", big), sa.Column("condition_concept_id", big),
             sa.Column("condition_start_date", sa.Date), sa.Column("condition_source_value", text),
             sa.Column("condition_source_concept_id", big), sa.Column("visit_occurrence_id", big))
    sa.Table("note", md, sa.Column("note_id", big, primary_key=True), sa.Column("person_id", big),
             sa.Column("note_date", sa.Date), sa.Column("note_title", text), sa.Column("note_text", text),
             sa.Column("note_class_concept_id", big), sa.Column("note_type_concept_id", big),
             sa.Column("visit_occurrence_id", big))
    return md


def _csv(zf: zipfile.ZipFile, name: str, columns: list[str]) -> pl.DataFrame:
    frame = pl.read_csv(zf.read(name), infer_schema=False).select(columns)
    return frame.with_columns(pl.when(pl.col(c) != "").then(pl.col(c)).alias(c) for c in columns)


@pytest.fixture(scope="module")
def eunomia_rows() -> dict[str, list[dict]]:
    """Eunomia's vocabulary ("Maps to" relationships), conditions, plus the added cancer rows and three notes."""
    md = _metadata()
    with zipfile.ZipFile(EUNOMIA) as zf:
        concept = _csv(zf, "CONCEPT.csv", [c.name for c in md.tables["concept"].columns])
        rel = _csv(zf, "CONCEPT_RELATIONSHIP.csv", ["concept_id_1", "concept_id_2", "relationship_id",
                                                     "invalid_reason"]).filter(pl.col("relationship_id") == "Maps to")
        cond = _csv(zf, "CONDITION_OCCURRENCE.csv", [c.name for c in md.tables["condition_occurrence"].columns])
        assert zf.read("NOTE.csv").count(b"\n") <= 1, "Eunomia's NOTE is empty; the notes below are ours"
    ints = lambda f, cols: f.with_columns(pl.col(c).cast(pl.Int64) for c in cols)  # noqa: E731
    rows = {
        "concept": ints(concept, ["concept_id"]).to_dicts() + [
            dict(zip(["concept_id", "concept_name", "vocabulary_id", "standard_concept", "concept_code"], c,
                     strict=True)) | {"domain_id": "Condition", "concept_class_id": "Clinical Finding",
                                      "invalid_reason": None} for c in ADDED_CONCEPTS],
        "concept_relationship": [
            *ints(rel, ["concept_id_1", "concept_id_2"]).to_dicts(),
            {"concept_id_1": 2000000003, "concept_id_2": 2000000002, "relationship_id": "Maps to",
             "invalid_reason": None}],
        "condition_occurrence": ints(cond, ["condition_occurrence_id", "person_id", "condition_concept_id",
                                            "condition_source_concept_id", "visit_occurrence_id"])
        .with_columns(pl.col("condition_start_date").str.to_date()).to_dicts() + [
            {"condition_occurrence_id": i, "person_id": p, "condition_concept_id": std,
             "condition_source_concept_id": src, "condition_source_value": value,
             "condition_start_date": date(2020, 1, 2), "visit_occurrence_id": None}
            for i, p, std, src, value in ADDED_CONDITIONS],
        "note": [{"note_id": i, "person_id": i, "note_date": date(2020, 1, 2), "note_title": title,
                  "note_text": text, "note_class_concept_id": 0, "note_type_concept_id": 32817,
                  "visit_occurrence_id": None}
                 for i, title, text in ((1, "Surgical pathology", "Invasive ductal carcinoma, right breast."),
                                        (2, "Progress note", "Sigmoid adenocarcinoma, on FOLFOX."),
                                        (3, "Progress note", "Colon cancer follow-up."))],
    }
    return rows


def _load(url: str, rows: dict[str, list[dict]], schema: str | None = None, md: sa.MetaData | None = None) -> None:
    """Create `md`'s tables (Eunomia's by default) and insert `rows`; a row's missing columns are NULL."""
    engine = sa.create_engine(url)
    md = md if md is not None else _metadata(schema)
    try:
        with engine.begin() as conn:
            if schema:
                conn.exec_driver_sql(f"DROP SCHEMA IF EXISTS {schema} CASCADE")
                conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
            md.create_all(conn)
            for name, table_rows in rows.items():
                table = md.tables[f"{schema}.{name}" if schema else name]
                conn.execute(table.insert(), [{c: r.get(c) for c in table.c.keys()} for r in table_rows])
    finally:
        engine.dispose()


def _read(spec: InputSpec) -> tuple[pl.DataFrame, pl.DataFrame, pl.DataFrame]:
    chunks = list(read_input(spec, 200))
    return (pl.concat([c.frame for c in chunks if c.kind == "notes"]),
            pl.concat([c.frame for c in chunks if c.kind == "codes"]), pl.concat([c.quarantine for c in chunks]))


@pytest.fixture(scope="module")
def sqlite_codes(eunomia_rows, tmp_path_factory) -> tuple[pl.DataFrame, pl.DataFrame]:
    db = tmp_path_factory.mktemp("eunomia") / "eunomia.sqlite"
    _load(f"sqlite:///{db}", eunomia_rows)
    chunks = list(read_input(InputSpec(kind="omop", url=f"sqlite:///{db}"), 200))
    read = {t: sum(c.resources.get(t, 0) for c in chunks) for t in ("note", "condition_occurrence")}
    assert read == {"note": 3, "condition_occurrence": EUNOMIA_CONDITIONS + len(ADDED_CONDITIONS)}, "rows per table"
    notes, codes, quarantine = _read(InputSpec(kind="omop", url=f"sqlite:///{db}"))
    assert quarantine.height == 0
    return notes, codes


def test_eunomia_sqlite_every_condition_mapped_none_lost(sqlite_codes):
    notes, codes = sqlite_codes
    assert notes.height == 3 and notes["note_type"].to_list() == ["pathology_report", "clinical_note",
                                                                  "clinical_note"]
    assert codes.height == EUNOMIA_CONDITIONS + len(ADDED_CONDITIONS)
    result = Normalizer().codes(codes)
    assert result.quarantine.height == 0, "no SNOMED condition is rejected any more"
    typed = normalize_codes(result.records, load_taxonomy())
    assert typed["code_flag"].unique().to_list() == ["ok"], "every condition is mapped (vocabulary or display)"
    eunomia = typed.head(EUNOMIA_CONDITIONS)
    assert (eunomia["system"] == "SNOMED").all() and eunomia["display"].is_not_null().all()
    assert eunomia["code_source"].unique().to_list() == ["display"]
    assert eunomia["code_cancer_type"].is_null().all(), "Synthea27Nj has no cancer condition"
    added = typed.tail(len(ADDED_CONDITIONS)).select("code", "system", "maps_to", "code_source", "icd10",
                                                     "code_cancer_type").rows()
    assert added == [
        ("254837009", "SNOMED", "ICD10CM:C50.911", "vocabulary", "C50.911", "breast"),
        ("C18.7", "ICD10CM", None, "code", "C18.7", "colorectal"),
        ("93761005", "SNOMED", None, "display", "C18.9", "colorectal"),
    ]


def test_eunomia_postgresql_equals_sqlite(postgres_url, eunomia_rows, sqlite_codes):
    _load(postgres_url, eunomia_rows, schema="eunomia")
    notes, codes, quarantine = _read(InputSpec(kind="omop", url=postgres_url, options={"schema": "eunomia"}))
    assert quarantine.height == 0
    cols = ["patient_id", "code", "system", "date", "display", "maps_to"]
    assert codes.select(cols).equals(sqlite_codes[1].select(cols))
    assert notes.drop("source").equals(sqlite_codes[0].drop("source"))


def test_database_errors_name_the_cause_and_mask_the_password(postgres_url, eunomia_rows):
    url = sa.engine.make_url(postgres_url).set(password="s3cret")
    plain = url.render_as_string(hide_password=False)

    def error(spec: InputSpec) -> str:
        with pytest.raises(InputError) as err:
            list(read_input(spec))
        msg = str(err.value)
        assert "s3cret" not in msg and "***" in msg, msg
        return msg

    missing_db = url.set(database="no_such_db").render_as_string(hide_password=False)
    assert "the database named in the URL does not exist" in error(InputSpec(kind="omop", url=missing_db))
    assert "schema 'nope' not found in the database" in error(InputSpec(kind="omop", url=plain,
                                                                         options={"schema": "nope"}))
    engine = sa.create_engine(postgres_url)
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP SCHEMA IF EXISTS empty_cdm CASCADE")
        conn.exec_driver_sql("CREATE SCHEMA empty_cdm")
    engine.dispose()
    assert "table 'note' not found in schema 'empty_cdm'" in error(
        InputSpec(kind="omop", url=plain, options={"schema": "empty_cdm"}))
    closed = url.set(host="127.0.0.1", port=1).render_as_string(hide_password=False)
    assert "host unreachable" in error(InputSpec(kind="omop", url=closed, options={"connect_timeout": 3}))


def test_authentication_failure_is_told_apart():
    """The test server trusts every login, so the driver's wording is checked as libpq and MySQL write it."""

    class FakeDriverError(Exception):
        pass

    auth = FakeDriverError('connection failed: FATAL:  password authentication failed for user "cdm_reader"')
    assert connect_error(auth) == "cannot connect to the database: authentication failed (check the user and password)"
    assert "authentication failed" in connect_error(FakeDriverError("(1045, \"Access denied for user 'u'@'h'\")"))
    assert connect_error(FakeDriverError("something else")) == "cannot connect to the database (FakeDriverError)"


def test_password_with_special_characters_needs_percent_encoding(tmp_path):
    raw = "postgresql+psycopg://cdm_reader:p@ss:w/rd@db.internal:5432/cdm"
    with pytest.raises(InputError) as err:
        list(read_input(InputSpec(kind="omop", url=raw)))
    msg = str(err.value)
    assert "must be percent-encoded, e.g. @ as %40" in msg and "ss:w" not in msg and "p@ss" not in msg
    db = tmp_path / "p.sqlite"
    db.write_bytes(b"")
    with pytest.raises(InputError, match="table 'note' not found"):
        list(read_input(InputSpec(kind="omop", url=f"sqlite:///{db}")))


def test_condition_source_value_used_when_source_concept_is_zero(tmp_path):
    """A bare CDM (no vocabulary): an ICD-10 source value with concept 0 is read as ICD-10-CM, not `missing_field`;
    a value of no recognisable shape gets a missing system with an explanation."""
    db = tmp_path / "bare.sqlite"
    md = _metadata()
    engine = sa.create_engine(f"sqlite:///{db}")
    md.tables["note"].create(engine)
    md.tables["condition_occurrence"].create(engine)
    with engine.begin() as conn:
        conn.execute(md.tables["condition_occurrence"].insert(), [
            {"condition_occurrence_id": 1, "person_id": 7, "condition_start_date": date(2090, 1, 2),
             "condition_source_value": "C50.911", "condition_source_concept_id": 0, "condition_concept_id": 0},
            {"condition_occurrence_id": 2, "person_id": 7, "condition_start_date": date(2090, 1, 2),
             "condition_source_value": "LOCAL-17", "condition_source_concept_id": 0, "condition_concept_id": 0}])
    engine.dispose()
    chunks = list(read_input(InputSpec(kind="omop", url=f"sqlite:///{db}")))
    codes = pl.concat([c.frame for c in chunks if c.kind == "codes"])
    result = Normalizer().codes(codes)
    assert result.records.select("code", "system").rows() == [("C50.911", "ICD10CM")]
    assert result.quarantine.select("reason", "field", "detail").rows() == [
        ("missing_field", "system",
         "no code system (OMOP: set code_system on the input for source values without a concept)")]



def test_url_and_vocabulary_errors(tmp_path):
    with pytest.raises(InputError, match=r"an omop input needs `url:` \(a SQLAlchemy URL\)"):
        list(read_input(InputSpec(kind="omop")))
    with pytest.raises(InputError) as err:
        list(read_input(InputSpec(kind="omop", url="not a url with pw=s3cret")))
    assert "not a valid SQLAlchemy URL: special characters" in str(err.value) and "s3cret" not in str(err.value)
    empty = tmp_path / "empty.sqlite"
    sa.create_engine(f"sqlite:///{empty}").connect().close()
    (tmp_path / "Condition.ndjson").write_text(
        '{"resourceType": "Condition", "subject": {"reference": "Patient/1"}, '
        '"code": {"coding": [{"system": "http://snomed.info/sct", "code": "254837009"}]}}\n')
    with pytest.raises(InputError, match="vocabulary table 'concept' not found"):
        list(read_input(InputSpec(kind="fhir", path=tmp_path / "Condition.ndjson",
                                  options={"vocabulary": f"sqlite:///{empty}"})))
    with pytest.raises(InputError, match="SQLite database file not found"):
        list(read_input(InputSpec(kind="fhir", path=tmp_path / "Condition.ndjson",
                                  options={"vocabulary": f"sqlite:///{tmp_path / 'missing.sqlite'}"})))

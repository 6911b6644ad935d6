"""FHIR R4 bulk-export (NDJSON) reader: DocumentReference -> notes, Condition -> codes.

Bulk Data exports are one NDJSON file per resource type (`DocumentReference.ndjson`,
`Condition-1.ndjson`, optionally gzipped). Resources are read line by line, so a
multi-GB export streams in bounded memory and one bad line quarantines alone:
a line that is not JSON, a resource without subject or id, an attachment that is
missing or not base64 (reason `malformed_resource`), text that is not valid in its
charset (`invalid_encoding`), a resource of another type inside a file given to
this reader (`unsupported_resource`). Quarantine rows name file, line and the
field path; they never carry the resource's content.
"""

from __future__ import annotations

import base64
import binascii
import gzip
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import IO, Any

import polars as pl

from cancerprep.errors import InputError
from cancerprep.quarantine import QUARANTINE_SCHEMA, Reason, empty_quarantine
from cancerprep.readers import InputSpec, RawChunk
from cancerprep.readers.notetypes import LOINC_SYSTEM, note_type_for
from cancerprep.records import CODE_SCHEMA, NOTE_SCHEMA, SOURCE, SOURCE_ROW

# Code-system URIs (and OIDs) -> CODE_SYSTEMS. Anything else is passed through as is,
# so `normalize` quarantines it with `unknown_code_system`.
SYSTEM_URIS: dict[str, str] = {
    "http://hl7.org/fhir/sid/icd-10-cm": "ICD10CM",
    "urn:oid:2.16.840.1.113883.6.90": "ICD10CM",
    "http://hl7.org/fhir/sid/icd-9-cm": "ICD9CM",
    "urn:oid:2.16.840.1.113883.6.103": "ICD9CM",
    "http://hl7.org/fhir/sid/icd-9-cm/diagnosis": "ICD9CM",
    "urn:oid:2.16.840.1.113883.6.43.1": "ICDO3",
    "http://terminology.hl7.org/CodeSystem/icd-o-3": "ICDO3",
}
READ_TYPES = ("DocumentReference", "Condition")
_NOTE_COLS = [c for c in NOTE_SCHEMA if c not in (SOURCE, SOURCE_ROW)]
_CODE_COLS = [c for c in CODE_SCHEMA if c not in (SOURCE, SOURCE_ROW)]


class _Bad(Exception):
    """A resource that cannot become a row: reason, field path, fixed detail (no values)."""

    def __init__(self, reason: Reason, field: str | None, detail: str):
        super().__init__(detail)
        self.reason, self.field, self.detail = reason, field, detail


def _files(spec: InputSpec) -> list[Path]:
    path = spec.path
    if path is None or not Path(path).exists():
        raise InputError("FHIR input not found", file=str(path))
    path = Path(path)
    if path.is_file():
        return [path]
    files = sorted(p for p in path.iterdir() if p.is_file() and p.name.endswith((".ndjson", ".ndjson.gz"))
                   and p.name.split(".")[0].split("-")[0] in READ_TYPES)
    if not files:
        raise InputError("no DocumentReference or Condition NDJSON files in the directory "
                         "(expected e.g. DocumentReference.ndjson, Condition.ndjson)", file=str(path))
    return files


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")


def _ref_id(ref: Any, field: str, required: bool) -> str | None:
    """'Patient/123' -> '123' (also absolute URLs and urn:uuid:...)."""
    value = ref.get("reference") if isinstance(ref, dict) else None
    if not isinstance(value, str) or not value.strip():
        if required:
            raise _Bad(Reason.MALFORMED_RESOURCE, f"{field}.reference", "missing reference")
        return None
    value = value.strip()
    if value.startswith("urn:uuid:"):
        return value[len("urn:uuid:"):]
    return value.rstrip("/").rsplit("/", 1)[-1]


def _date(value: Any) -> str | None:
    """FHIR date/dateTime/instant -> 'YYYY-MM-DD' when it has a full date, else as given."""
    if not isinstance(value, str):
        return None
    value = value.strip()
    if len(value) >= 10 and value[4] == "-" and value[7] == "-":
        return value[:10]
    return value or None


def _required_str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, (str, int)) or not str(value).strip():
        raise _Bad(Reason.MALFORMED_RESOURCE, key, f"missing {key}")
    return str(value)


def _note(res: dict[str, Any], loinc_map: dict[str, str]) -> dict[str, str | None]:
    note_id = _required_str(res, "id")
    patient = _ref_id(res.get("subject"), "subject", required=True)
    codings = res["type"].get("coding") if isinstance(res.get("type"), dict) else None
    codings = codings if isinstance(codings, list) else []
    loinc = [c.get("code") for c in codings if isinstance(c, dict) and c.get("system") == LOINC_SYSTEM]
    other = [c.get("code") for c in codings if isinstance(c, dict) and c.get("system") != LOINC_SYSTEM]
    title = (res.get("type") or {}).get("text") if isinstance(res.get("type"), dict) else None
    note_type = note_type_for([*loinc, *other], loinc_map, title or res.get("description"))
    content = res.get("content")
    if not isinstance(content, list) or not content:
        raise _Bad(Reason.MALFORMED_RESOURCE, "content", "no content")
    attachment, where = None, None
    for i, item in enumerate(content):
        att = item.get("attachment") if isinstance(item, dict) else None
        if isinstance(att, dict) and str(att.get("contentType", "text/plain")).lower().startswith("text/plain"):
            attachment, where = att, f"content[{i}].attachment"
            break
    if attachment is None:
        raise _Bad(Reason.MALFORMED_RESOURCE, "content[0].attachment", "no text/plain attachment")
    data = attachment.get("data")
    if not isinstance(data, str) or not data.strip():
        raise _Bad(Reason.MALFORMED_RESOURCE, f"{where}.data", "attachment has no inline data")
    try:
        raw = base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        raise _Bad(Reason.MALFORMED_RESOURCE, f"{where}.data", "attachment data is not valid base64") from None
    charset = "utf-8"
    for part in str(attachment.get("contentType", "")).split(";")[1:]:
        key, _, val = part.strip().partition("=")
        if key.lower() == "charset" and val:
            charset = val.strip().strip('"')
    try:
        text = raw.decode(charset)
    except (UnicodeDecodeError, LookupError):
        raise _Bad(Reason.INVALID_ENCODING, f"{where}.data", "attachment bytes are not valid in its charset") \
            from None
    context = res.get("context") if isinstance(res.get("context"), dict) else {}
    enc = context.get("encounter")
    if isinstance(enc, list):
        enc = enc[0] if enc else None
    date = _date(res.get("date")) or _date((context.get("period") or {}).get("start")
                                           if isinstance(context.get("period"), dict) else None)
    return {"note_id": note_id, "patient_id": patient, "note_date": date, "note_type": note_type, "text": text,
            "encounter_id": _ref_id(enc, "context.encounter", required=False)}


def _code(res: dict[str, Any]) -> dict[str, str | None]:
    patient = _ref_id(res.get("subject") or res.get("patient"), "subject", required=True)
    code_obj = res.get("code")
    codings = code_obj.get("coding") if isinstance(code_obj, dict) else None
    if not isinstance(codings, list) or not codings:
        raise _Bad(Reason.MALFORMED_RESOURCE, "code.coding", "no coding")
    usable = [c for c in codings if isinstance(c, dict) and isinstance(c.get("code"), str) and c["code"].strip()]
    if not usable:
        raise _Bad(Reason.MALFORMED_RESOURCE, "code.coding[0].code", "coding has no code")
    known = [c for c in usable if c.get("system") in SYSTEM_URIS]
    chosen = known[0] if known else usable[0]
    system = SYSTEM_URIS.get(chosen.get("system") or "", chosen.get("system"))
    date = _date(res.get("onsetDateTime")) or _date(res.get("recordedDate")) or _date(
        (res.get("onsetPeriod") or {}).get("start") if isinstance(res.get("onsetPeriod"), dict) else None)
    return {"patient_id": patient, "code": chosen["code"].strip(), "system": system, "date": date,
            "encounter_id": _ref_id(res.get("encounter"), "encounter", required=False)}


class _Buffer:
    """Rows and quarantine rows of one kind, flushed as RawChunks."""

    def __init__(self, kind: str, cols: list[str]):
        self.kind, self.cols = kind, cols
        self.rows: list[dict[str, str | None]] = []
        self.meta: list[tuple[str, int]] = []
        self.bad: list[dict[str, Any]] = []

    def __len__(self) -> int:
        return len(self.rows) + len(self.bad)

    def flush(self) -> RawChunk:
        schema = {c: pl.Utf8 for c in self.cols}
        frame = pl.DataFrame(self.rows, schema=schema, orient="row") if self.rows else pl.DataFrame(schema=schema)
        frame = frame.with_columns(pl.Series(SOURCE, [m[0] for m in self.meta], dtype=pl.Utf8),
                                   pl.Series(SOURCE_ROW, [m[1] for m in self.meta], dtype=pl.Int64))
        quarantine = pl.DataFrame(self.bad, schema=QUARANTINE_SCHEMA, orient="row") if self.bad \
            else empty_quarantine()
        chunk = RawChunk(self.kind, frame, quarantine)  # type: ignore[arg-type]
        self.rows, self.meta, self.bad = [], [], []
        return chunk


def read_fhir(spec: InputSpec, chunk_rows: int) -> Iterator[RawChunk]:
    """Yield notes chunks (DocumentReference) and codes chunks (Condition); see module doc.

    `source_row` is the 1-based line number in the NDJSON file. Options:
    `loinc_map` ({code: note_type}, consulted before the pathology LOINC defaults).
    """
    loinc_map = dict(spec.options.get("loinc_map") or {})
    files = _files(spec)
    buffers = {"notes": _Buffer("notes", _NOTE_COLS), "codes": _Buffer("codes", _CODE_COLS)}
    for path in files:
        source = str(path)
        default_kind = "codes" if path.name.startswith("Condition") else "notes"
        with _open(path) as fh:
            for lineno, raw in enumerate(fh, start=1):
                if not raw.strip():
                    continue
                kind = default_kind
                note_id = None
                try:
                    try:
                        res = json.loads(raw)
                    except (UnicodeDecodeError, ValueError):
                        raise _Bad(Reason.MALFORMED_RESOURCE, None, "line is not valid JSON") from None
                    if not isinstance(res, dict):
                        raise _Bad(Reason.MALFORMED_RESOURCE, None, "line is not a JSON object")
                    rtype = res.get("resourceType")
                    if not isinstance(rtype, str) or not rtype:
                        raise _Bad(Reason.MALFORMED_RESOURCE, "resourceType", "missing resourceType")
                    if rtype == "DocumentReference":
                        kind = "notes"
                        note_id = str(res.get("id")) if res.get("id") is not None else None
                        row = _note(res, loinc_map)
                    elif rtype == "Condition":
                        kind = "codes"
                        row = _code(res)
                    else:
                        raise _Bad(Reason.UNSUPPORTED_RESOURCE, "resourceType",
                                   "only DocumentReference and Condition resources are read")
                except _Bad as bad:
                    buffers[kind].bad.append({SOURCE: source, SOURCE_ROW: lineno, "note_id": note_id,
                                              "stage": "read", "reason": bad.reason.value, "field": bad.field,
                                              "detail": bad.detail})
                else:
                    buffers[kind].rows.append(row)
                    buffers[kind].meta.append((source, lineno))
                if len(buffers[kind]) >= chunk_rows:
                    yield buffers[kind].flush()
    for buf in buffers.values():
        if len(buf):
            yield buf.flush()


IDENTITY_TYPES = ("Patient", "RelatedPerson", "Practitioner")


def _identity_type(name: str) -> str | None:
    """'Patient.ndjson', 'Patient-1.ndjson.gz', '1.Patient.ndjson' (bulk client) -> 'Patient'."""
    if not name.endswith((".ndjson", ".ndjson.gz")):
        return None
    parts = re.split(r"[.\-]", name)
    return next((p for p in parts if p in IDENTITY_TYPES), None)


def read_identity_resources(folder: Path) -> tuple[list[dict[str, Any]], int]:
    """Patient, RelatedPerson and Practitioner resources of an export folder, for de-identification
    (`cancerprep.stages.deid.identities`); returns (resources, lines that were not such a resource).

    They stay in memory: nothing here is written, logged or put in an error message.
    """
    found: list[dict[str, Any]] = []
    bad = 0
    for path in sorted(p for p in Path(folder).iterdir() if p.is_file() and _identity_type(p.name)):
        with _open(path) as fh:
            for raw in fh:
                if not raw.strip():
                    continue
                try:
                    res = json.loads(raw)
                except (UnicodeDecodeError, ValueError):
                    bad += 1
                    continue
                if isinstance(res, dict) and res.get("resourceType") in IDENTITY_TYPES:
                    found.append(res)
                else:
                    bad += 1
    return found, bad

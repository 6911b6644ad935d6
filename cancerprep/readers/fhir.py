"""FHIR R4 reader: DocumentReference and DiagnosticReport -> notes, Condition -> codes.

Sites hand over FHIR as Bulk Data NDJSON (one resource type per file, named by the server or the
client: `DocumentReference.ndjson`, `1.DocumentReference.ndjson`, `DocumentReference_2.ndjson`,
optionally gzipped) or as Bundles (`.json`: collection, transaction, searchset; Synthea writes one per
patient). NDJSON is read line by line and Bundles entry by entry, so one bad resource quarantines alone.
Note text comes from Attachments (inline base64, or a Binary resource of the export that `url` names),
converted from text/plain, HTML, RTF or C-CDA XML (`attachments`). Status filters drop documents entered
in error or still preliminary and refuted conditions, each with its reason code. Quarantine rows name file,
row and field path; they never carry the resource's content. Every resource met is counted by type
(`RawChunk.resources`), so what a run read and skipped is on the record.

Each resource type has one handler in `HANDLERS`; resources of other types in a Bundle are counted and
skipped (a Bundle mixes every type by design), in an NDJSON file meant for notes or codes they are
quarantined as `unsupported_resource`.
"""

from __future__ import annotations

import gzip
import json
import re
from collections import Counter
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import IO, Any

import polars as pl

from cancerprep.errors import InputError
from cancerprep.quarantine import QUARANTINE_SCHEMA, Reason, empty_quarantine
from cancerprep.readers.attachments import AttachmentError, converter_for, decode_base64, to_text
from cancerprep.readers.base import InputSpec, RawChunk
from cancerprep.readers.notetypes import LOINC_SYSTEM, note_type_for
from cancerprep.records import CODE_SCHEMA, NOTE_SCHEMA, SOURCE, SOURCE_ROW

# Code-system URIs (and OIDs) -> CODE_SYSTEMS, in the order a Condition's codings are preferred
# (the cancer taxonomy is ICD-10-CM; SNOMED CT is mapped to it). Anything else is passed through as
# is, so `normalize` quarantines it with `unknown_code_system`.
SYSTEM_URIS: dict[str, str] = {
    "http://hl7.org/fhir/sid/icd-10-cm": "ICD10CM",
    "urn:oid:2.16.840.1.113883.6.90": "ICD10CM",
    "http://hl7.org/fhir/sid/icd-10": "ICD10",
    "urn:oid:2.16.840.1.113883.6.3": "ICD10",
    "http://terminology.hl7.org/CodeSystem/icd-o-3": "ICDO3",
    "urn:oid:2.16.840.1.113883.6.43.1": "ICDO3",
    "http://hl7.org/fhir/sid/icd-o-3": "ICDO3",
    "http://hl7.org/fhir/sid/icd-9-cm": "ICD9CM",
    "http://hl7.org/fhir/sid/icd-9-cm/diagnosis": "ICD9CM",
    "urn:oid:2.16.840.1.113883.6.103": "ICD9CM",
    "http://snomed.info/sct": "SNOMED",
    "urn:oid:2.16.840.1.113883.6.96": "SNOMED",
}
# A Condition with words and no code (`code.text` only): typed from its words by the coding stage.
TEXT_SYSTEM = "TEXT"
_SYSTEM_RANK = {"ICD10CM": 0, "ICD10": 1, "ICDO3": 2, "ICD9CM": 3, "SNOMED": 4}
NOTE_TYPES_READ = ("DocumentReference", "DiagnosticReport")
READ_TYPES = (*NOTE_TYPES_READ, "Condition")
REFERENCED_TYPES = ("Binary",)
NDJSON_SUFFIXES = (".ndjson", ".ndjson.gz", ".jsonl", ".jsonl.gz")
BUNDLE_SUFFIXES = (".json", ".json.gz")
# Status values dropped by default, per "<resource>.<element>"; an input's `status_filter` replaces an entry.
DEFAULT_STATUS_FILTER: dict[str, list[str]] = {
    "DocumentReference.status": ["entered-in-error"],
    "DocumentReference.docStatus": ["entered-in-error", "preliminary"],
    "DiagnosticReport.status": ["entered-in-error", "cancelled", "registered", "partial", "preliminary"],
    "Condition.verificationStatus": ["entered-in-error", "refuted"],
}
_STATUS_REASONS = {"entered-in-error": Reason.ENTERED_IN_ERROR, "refuted": Reason.REFUTED,
                   "preliminary": Reason.PRELIMINARY, "partial": Reason.PRELIMINARY, "registered": Reason.PRELIMINARY}
# Preference among a document's attachments: plain text first, then what converts most faithfully.
_CONVERTER_RANK = {"plain": 0, "html": 1, "xml": 2, "rtf": 3}
_TYPE_NAME = re.compile(r"[A-Z][A-Za-z]{1,63}")
_NOTE_COLS = [c for c in NOTE_SCHEMA if c not in (SOURCE, SOURCE_ROW)]
_CODE_COLS = [c for c in CODE_SCHEMA if c not in (SOURCE, SOURCE_ROW)]


class _Bad(Exception):
    """A resource that cannot become a row: reason, field path, fixed detail (no values)."""

    def __init__(self, reason: Reason, field: str | None, detail: str):
        super().__init__(detail)
        self.reason, self.field, self.detail = reason, field, detail


# -- files ----------------------------------------------------------------------------------------------

def file_resource_type(path: Path) -> str | None:
    """The resource type a bulk-export file name announces, whatever the client's naming:
    `Condition.ndjson`, `Condition-2.ndjson`, `1.Condition.ndjson`, `Condition_002.ndjson.gz`."""
    name = path.name
    for suffix in NDJSON_SUFFIXES:
        if name.endswith(suffix):
            tokens = re.split(r"[._\-]", name[:-len(suffix)])
            return next((t for t in tokens if _TYPE_NAME.fullmatch(t) and not t.isdigit()), None)
    return None


@dataclass
class FhirFiles:
    """The files of one FHIR input: NDJSON of the types read, Binary NDJSON, Bundles, and the rest."""

    ndjson: list[Path] = field(default_factory=list)
    binaries: list[Path] = field(default_factory=list)
    bundles: list[Path] = field(default_factory=list)
    skipped: list[Path] = field(default_factory=list)

    def read(self) -> list[Path]:
        """Every file the reader opens, in reading order (the card hashes these)."""
        return [*self.binaries, *self.ndjson, *self.bundles]


def input_files(spec: InputSpec) -> FhirFiles:
    """Sort an input's files into what is read and what is not; errors when nothing can be read."""
    path = spec.path
    if path is None or not Path(path).exists():
        raise InputError("FHIR input not found", file=str(path))
    path = Path(path)
    files = FhirFiles()
    if path.is_file():
        (files.bundles if path.name.endswith(BUNDLE_SUFFIXES) else files.ndjson).append(path)
        return files
    for p in sorted(q for q in path.iterdir() if q.is_file()):
        rtype = file_resource_type(p)
        if rtype in READ_TYPES:
            files.ndjson.append(p)
        elif rtype in REFERENCED_TYPES:
            files.binaries.append(p)
        elif p.name.endswith(BUNDLE_SUFFIXES):
            files.bundles.append(p)
        else:
            files.skipped.append(p)
    if not files.ndjson and not files.bundles:
        raise InputError("no DocumentReference, DiagnosticReport or Condition NDJSON files and no Bundle .json "
                         "files in the directory (expected e.g. DocumentReference.ndjson, "
                         "1.Condition.ndjson, Bundle .json files)", file=str(path))
    return files


def _open(path: Path) -> IO[bytes]:
    return gzip.open(path, "rb") if path.name.endswith(".gz") else open(path, "rb")


# -- Binary resources -----------------------------------------------------------------------------------

class Binaries:
    """Binary resources an attachment `url` can name: the export's Binary NDJSON (indexed by byte offset on
    first use, so the data stays on disk), a Bundle's own Binary entries, a resource's contained ones."""

    def __init__(self, files: list[Path]):
        self.files = files
        self._index: dict[str, tuple[Path, int]] | None = None
        self.local: dict[str, dict[str, Any]] = {}

    def _build(self) -> dict[str, tuple[Path, int]]:
        index: dict[str, tuple[Path, int]] = {}
        for path in self.files:
            with _open(path) as fh:
                offset = 0
                for raw in fh:
                    try:
                        res = json.loads(raw)
                    except ValueError:
                        res = None
                    if isinstance(res, dict) and isinstance(res.get("id"), str):
                        index.setdefault(res["id"], (path, offset))
                    offset += len(raw)
        return index

    def count(self) -> int:
        """Binary resources in the export's Binary files (builds the index)."""
        if self._index is None:
            self._index = self._build()
        return len(self._index)

    def get(self, url: str, contained: dict[str, dict[str, Any]]) -> dict[str, Any] | None:
        """The Binary an attachment url names: '#id' (contained), a Bundle fullUrl, 'Binary/id' or '.../Binary/id'."""
        url = url.strip()
        if url.startswith("#"):
            return contained.get(url[1:])
        if url in self.local:
            return self.local[url]
        match = re.search(r"(?:^|/)Binary/([A-Za-z0-9\-.]{1,64})(?:/_history/[^/]+)?$", url)
        if match is None:
            return None
        rid = match.group(1)
        if f"Binary/{rid}" in self.local:
            return self.local[f"Binary/{rid}"]
        if self._index is None:
            self._index = self._build()
        where = self._index.get(rid)
        if where is None:
            return None
        with _open(where[0]) as fh:
            fh.seek(where[1])
            res = json.loads(fh.readline())
        return res if isinstance(res, dict) else None


# -- field helpers --------------------------------------------------------------------------------------

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


def _period_start(value: Any) -> str | None:
    return _date(value.get("start")) if isinstance(value, dict) else None


def _required_str(obj: dict[str, Any], key: str) -> str:
    value = obj.get(key)
    if not isinstance(value, (str, int)) or not str(value).strip():
        raise _Bad(Reason.MALFORMED_RESOURCE, key, f"missing {key}")
    return str(value)


def _codings(concept: Any) -> list[dict[str, Any]]:
    codings = concept.get("coding") if isinstance(concept, dict) else None
    return [c for c in codings if isinstance(c, dict)] if isinstance(codings, list) else []


def _concept_codes(concept: Any) -> list[str]:
    """The codes of a CodeableConcept (status concepts: lower case), else its text."""
    codes = [str(c["code"]).strip().lower() for c in _codings(concept) if isinstance(c.get("code"), str)]
    if not codes and isinstance(concept, dict) and isinstance(concept.get("text"), str):
        codes = [concept["text"].strip().lower()]
    return codes


def _check_status(res: dict[str, Any], element: str, filters: dict[str, list[str]]) -> None:
    """Raise the status's reason when a filtered value is present (code elements or CodeableConcepts)."""
    dropped = filters.get(f"{res['resourceType']}.{element}") or []
    value = res.get(element)
    values = [value.strip().lower()] if isinstance(value, str) else _concept_codes(value)
    for v in values:
        if v in dropped:
            raise _Bad(_STATUS_REASONS.get(v, Reason.EXCLUDED_STATUS), element,
                       f"{element} is one the input's status_filter excludes")


# -- attachments ----------------------------------------------------------------------------------------

def _attachment_text(attachments: list[tuple[str, Any]], binaries: Binaries, contained: dict[str, dict[str, Any]],
                     missing_field: str) -> str:
    """Text of the best convertible attachment; `attachments` are (field path, Attachment) pairs."""
    usable = []
    for pos, (where, att) in enumerate(attachments):
        if not isinstance(att, dict):
            continue
        kind = converter_for(att.get("contentType"))
        if kind is None and not att.get("contentType") and att.get("url"):
            kind = "binary"  # the Binary's contentType decides
        if kind is not None:
            usable.append((_CONVERTER_RANK.get(kind, 0), pos, where, att))
    if not usable:
        raise _Bad(Reason.MALFORMED_RESOURCE, missing_field, "no attachment in a text format "
                   "(text/plain, text/html, text/rtf, C-CDA XML)")
    _, _, where, att = min(usable, key=lambda u: u[:2])
    content_type = att.get("contentType")
    data = att.get("data")
    if isinstance(data, str) and data.strip():
        field = f"{where}.data"
    elif isinstance(att.get("url"), str) and att["url"].strip():
        field = f"{where}.url"
        binary = binaries.get(att["url"], contained)
        if binary is None or binary.get("resourceType", "Binary") != "Binary":
            raise _Bad(Reason.MALFORMED_RESOURCE, field, "attachment url names no Binary resource in the export")
        data = binary.get("data")
        content_type = content_type or binary.get("contentType")
        if not isinstance(data, str) or not data.strip():
            raise _Bad(Reason.MALFORMED_RESOURCE, field, "the Binary the url names has no data")
    else:
        raise _Bad(Reason.MALFORMED_RESOURCE, f"{where}.data", "attachment has no inline data and no url")
    try:
        return to_text(decode_base64(data), content_type)
    except AttachmentError as err:
        reason = Reason.INVALID_ENCODING if err.reason == "encoding" else Reason.MALFORMED_RESOURCE
        raise _Bad(reason, field, str(err)) from None


def _contained(res: dict[str, Any]) -> dict[str, dict[str, Any]]:
    items = res.get("contained")
    return {str(c["id"]): c for c in items if isinstance(c, dict) and c.get("id") is not None} \
        if isinstance(items, list) else {}


# -- resource handlers ----------------------------------------------------------------------------------

@dataclass
class _Context:
    """What handlers need besides the resource: the input's options and the export's Binaries."""

    loinc_map: dict[str, str]
    status_filter: dict[str, list[str]]
    binaries: Binaries


def _note_type(concept: Any, loinc_map: dict[str, str], fallback_title: Any = None,
               categories: list[str] | None = None) -> str:
    codings = _codings(concept)
    loinc = [c.get("code") for c in codings if c.get("system") == LOINC_SYSTEM]
    other = [c.get("code") for c in codings if c.get("system") != LOINC_SYSTEM]
    title = concept.get("text") if isinstance(concept, dict) else None
    title = title or next((c.get("display") for c in codings if isinstance(c.get("display"), str)), None)
    return note_type_for([*loinc, *other], loinc_map, title or fallback_title, categories)


def _document_reference(res: dict[str, Any], ctx: _Context) -> dict[str, str | None]:
    """DocumentReference -> note: text from content[*].attachment."""
    note_id = _required_str(res, "id")
    _check_status(res, "status", ctx.status_filter)
    _check_status(res, "docStatus", ctx.status_filter)
    patient = _ref_id(res.get("subject"), "subject", required=True)
    note_type = _note_type(res.get("type"), ctx.loinc_map, res.get("description"),
                           [c for cat in (res.get("category") or []) for c in _concept_codes(cat)]
                           if isinstance(res.get("category"), list) else None)
    content = res.get("content")
    if not isinstance(content, list) or not content:
        raise _Bad(Reason.MALFORMED_RESOURCE, "content", "no content")
    text = _attachment_text([(f"content[{i}].attachment", item.get("attachment") if isinstance(item, dict) else None)
                             for i, item in enumerate(content)], ctx.binaries, _contained(res), "content[0].attachment")
    context = res.get("context") if isinstance(res.get("context"), dict) else {}
    enc = context.get("encounter")
    if isinstance(enc, list):
        enc = enc[0] if enc else None
    date = _date(res.get("date")) or _period_start(context.get("period"))
    return {"note_id": note_id, "patient_id": patient, "note_date": date, "note_type": note_type, "text": text,
            "encounter_id": _ref_id(enc, "context.encounter", required=False)}


def _diagnostic_report(res: dict[str, Any], ctx: _Context) -> dict[str, str | None]:
    """DiagnosticReport -> note: text from presentedForm (pathology and radiology reports live here)."""
    note_id = _required_str(res, "id")
    _check_status(res, "status", ctx.status_filter)
    patient = _ref_id(res.get("subject"), "subject", required=True)
    categories = [c for cat in res.get("category") or [] for c in _concept_codes(cat)] \
        if isinstance(res.get("category"), list) else _concept_codes(res.get("category"))
    note_type = _note_type(res.get("code"), ctx.loinc_map, None, categories)
    forms = res.get("presentedForm")
    if not isinstance(forms, list) or not forms:
        raise _Bad(Reason.NO_TEXT, "presentedForm", "no presentedForm: a report of structured results, no text")
    text = _attachment_text([(f"presentedForm[{i}]", form) for i, form in enumerate(forms)], ctx.binaries,
                            _contained(res), "presentedForm[0]")
    date = _date(res.get("effectiveDateTime")) or _period_start(res.get("effectivePeriod")) or _date(res.get("issued"))
    return {"note_id": note_id, "patient_id": patient, "note_date": date, "note_type": note_type, "text": text,
            "encounter_id": _ref_id(res.get("encounter"), "encounter", required=False)}


def _words(value: Any) -> str | None:
    return value.strip() if isinstance(value, str) and value.strip() else None


def _condition(res: dict[str, Any], ctx: _Context) -> dict[str, str | None]:
    """Condition -> code: the preferred coding (ICD-10-CM, WHO ICD-10, ICD-O-3, ICD-9-CM, SNOMED CT); a Condition
    named only in words (`code.text`, or a coding with a display and no code) becomes a `TEXT` row that the
    coding stage types with the text coder, like a SNOMED CT display."""
    _check_status(res, "verificationStatus", ctx.status_filter)
    patient = _ref_id(res.get("subject") or res.get("patient"), "subject", required=True)
    code_obj = res.get("code")
    codings = _codings(code_obj)
    text = _words(code_obj.get("text")) if isinstance(code_obj, dict) else None
    usable = [c for c in codings if isinstance(c.get("code"), str) and c["code"].strip()]
    date = _date(res.get("onsetDateTime")) or _date(res.get("recordedDate")) or _period_start(res.get("onsetPeriod"))
    status = _concept_codes(res.get("clinicalStatus"))
    common = {"patient_id": patient, "date": date, "maps_to": None,
              "encounter_id": _ref_id(res.get("encounter"), "encounter", required=False),
              "clinical_status": status[0] if status else None}
    if not usable:
        words = text or next((w for c in codings if (w := _words(c.get("display")))), None)
        if words is None:
            field = "code.coding[0].code" if codings else "code"
            raise _Bad(Reason.MALFORMED_RESOURCE, field, "no coded coding and no code.text")
        return {**common, "code": None, "system": TEXT_SYSTEM, "display": words}
    chosen = min(usable, key=lambda c: _SYSTEM_RANK.get(SYSTEM_URIS.get(str(c.get("system"))), 99))
    system = SYSTEM_URIS.get(str(chosen.get("system") or ""), chosen.get("system"))
    display = _words(chosen.get("display")) or text
    return {**common, "code": chosen["code"].strip(), "system": system, "display": display}


# resourceType -> (record kind, handler). Another team adds identity handlers beside these.
HANDLERS: dict[str, tuple[str, Callable[[dict[str, Any], _Context], dict[str, str | None]]]] = {
    "DocumentReference": ("notes", _document_reference),
    "DiagnosticReport": ("notes", _diagnostic_report),
    "Condition": ("codes", _condition),
}


# -- reading --------------------------------------------------------------------------------------------

class _Buffer:
    """Rows and quarantine rows of one kind, flushed as RawChunks."""

    def __init__(self, kind: str, cols: list[str]):
        self.kind, self.cols = kind, cols
        self.rows: list[dict[str, str | None]] = []
        self.meta: list[tuple[str, int]] = []
        self.bad: list[dict[str, Any]] = []

    def __len__(self) -> int:
        return len(self.rows) + len(self.bad)

    def flush(self, resources: Counter[str]) -> RawChunk:
        """Emit and empty the buffer; the resource counts are taken and cleared too, so each resource read is
        accounted in exactly one chunk."""
        schema = {c: pl.Utf8 for c in self.cols}
        frame = pl.DataFrame(self.rows, schema=schema, orient="row") if self.rows else pl.DataFrame(schema=schema)
        frame = frame.with_columns(pl.Series(SOURCE, [m[0] for m in self.meta], dtype=pl.Utf8),
                                   pl.Series(SOURCE_ROW, [m[1] for m in self.meta], dtype=pl.Int64))
        quarantine = pl.DataFrame(self.bad, schema=QUARANTINE_SCHEMA, orient="row") if self.bad \
            else empty_quarantine()
        chunk = RawChunk(self.kind, frame, quarantine, dict(resources))  # type: ignore[arg-type]
        resources.clear()
        self.rows, self.meta, self.bad = [], [], []
        return chunk


def _type_name(value: Any) -> str:
    """A resourceType for counting: real type names only (a value that is not a name is never echoed)."""
    return value if isinstance(value, str) and _TYPE_NAME.fullmatch(value) else "(invalid)"


def _bundle_entries(bundle: dict[str, Any], binaries: Binaries) -> list[tuple[int, Any]]:
    """(1-based entry number, resource) of a Bundle; its Binary entries become resolvable by fullUrl and id."""
    entries = bundle.get("entry")
    out = []
    for i, entry in enumerate(entries if isinstance(entries, list) else [], start=1):
        res = entry.get("resource") if isinstance(entry, dict) else None
        if res is None and isinstance(entry, dict) and isinstance(entry.get("request"), dict):
            continue  # a transaction DELETE/GET entry carries no resource
        out.append((i, res))
        if isinstance(res, dict) and res.get("resourceType") == "Binary":
            if isinstance(entry.get("fullUrl"), str):
                binaries.local[entry["fullUrl"]] = res
            if res.get("id") is not None:
                binaries.local[f"Binary/{res['id']}"] = res
    return out


def _not_ndjson(path: Path) -> InputError | None:
    """An error when a file given as NDJSON is one JSON document (a pretty-printed Bundle), else None."""
    try:
        with _open(path) as fh:
            doc = json.load(fh)
    except (ValueError, OSError):
        return None
    if isinstance(doc, dict):
        kind = "a FHIR Bundle" if doc.get("resourceType") == "Bundle" else "one JSON document"
        return InputError(f"the file is {kind}, not NDJSON (one resource per line): name it .json to read it as a "
                          "Bundle, or give the bulk-export folder", file=str(path))
    return None


NOT_FHIR = "(not FHIR)"  # counted for a .json file in a folder that is no FHIR resource (a bulk-export manifest)
_SMALL_FILE = 64 * 2**20


def _resources(path: Path, binaries: Binaries, lone: bool) -> Iterator[tuple[int, Any, bool]]:
    """(row number, parsed resource or a _Bad, whether it came from a Bundle) for every resource in a file.

    NDJSON: the row is the line (a Bundle on a line yields its entries under that line's number).
    A .json file: one document; a Bundle's entries are numbered from 1, a lone resource is row 1. Given as
    the input itself (`lone`), a .json file that is not JSON or not FHIR is an error; in a folder it is
    quarantined (not JSON) or counted as NOT_FHIR (say, the export's manifest), so one file cannot stop a run.
    """
    if path.name.endswith(BUNDLE_SUFFIXES):
        try:
            with _open(path) as fh:
                doc = json.load(fh)
        except (ValueError, UnicodeDecodeError):
            if lone:
                raise InputError("not valid JSON (a .json input is one FHIR Bundle or resource)",
                                 file=str(path)) from None
            yield 1, _Bad(Reason.MALFORMED_RESOURCE, None, "the .json file is not valid JSON"), False
            return
        if isinstance(doc, dict) and doc.get("resourceType") == "Bundle":
            binaries.local = {}
            for i, res in _bundle_entries(doc, binaries):
                yield i, res, True
        elif isinstance(doc, dict) and "resourceType" in doc:
            yield 1, doc, False
        elif lone:
            raise InputError("not a FHIR resource or Bundle (no resourceType)", file=str(path))
        else:
            yield 1, NOT_FHIR, True
        return
    with _open(path) as fh:
        for lineno, raw in enumerate(fh, start=1):
            if not raw.strip():
                continue
            try:
                res = json.loads(raw)
            except (UnicodeDecodeError, ValueError):
                # a pretty-printed document starts with a lone brace; a small file is cheap to check whole
                looks_like_document = raw.strip() in (b"{", b"[") or path.stat().st_size <= _SMALL_FILE
                if lineno == 1 and looks_like_document and (error := _not_ndjson(path)) is not None:
                    raise error from None
                yield lineno, _Bad(Reason.MALFORMED_RESOURCE, None, "line is not valid JSON"), False
                continue
            if isinstance(res, dict) and res.get("resourceType") == "Bundle":
                binaries.local = {}
                for _, entry in _bundle_entries(res, binaries):
                    yield lineno, entry, True
            else:
                yield lineno, res, False


def _status_filter(spec: InputSpec) -> dict[str, list[str]]:
    given = spec.options.get("status_filter") or {}
    unknown = sorted(set(given) - set(DEFAULT_STATUS_FILTER))
    if unknown:
        raise InputError(f"status_filter names unknown elements {unknown}; known: {sorted(DEFAULT_STATUS_FILTER)}",
                         file=spec.display())
    merged = {**DEFAULT_STATUS_FILTER, **given}
    return {k: [str(v).strip().lower() for v in values or []] for k, values in merged.items()}


def read_fhir(spec: InputSpec, chunk_rows: int) -> Iterator[RawChunk]:
    """Yield notes chunks (DocumentReference, DiagnosticReport) and codes chunks (Condition); see module doc.

    `source_row` is the 1-based line of an NDJSON file (the entry number in a .json Bundle). Options:
    `loinc_map` ({code: note_type}, consulted before the pathology defaults), `status_filter`
    ({"DocumentReference.docStatus": [values], ...}, replacing the defaults entry by entry),
    `vocabulary` (SQLAlchemy URL of OMOP vocabulary tables for SNOMED CT codes).
    """
    from cancerprep.readers.codemaps import CodeAnnotator

    files = input_files(spec)
    annotator = CodeAnnotator(spec)
    try:
        yield from _read(spec, files, annotator, chunk_rows)
    finally:
        annotator.close()


def _read(spec: InputSpec, files: FhirFiles, annotator: Any, chunk_rows: int) -> Iterator[RawChunk]:
    binaries = Binaries(files.binaries)
    ctx = _Context(dict(spec.options.get("loinc_map") or {}), _status_filter(spec), binaries)
    buffers = {"notes": _Buffer("notes", _NOTE_COLS), "codes": _Buffer("codes", _CODE_COLS)}
    seen: Counter[str] = Counter()
    if files.binaries:
        seen["Binary"] += binaries.count()
    rows_of_read_types = 0

    def flush(kind: str) -> RawChunk:
        chunk = buffers[kind].flush(seen)
        if kind == "codes":
            chunk.frame = annotator.annotate(chunk.frame)
        return chunk

    for path in [*files.ndjson, *files.bundles]:
        source = str(path)
        file_type = file_resource_type(path)
        default_kind = HANDLERS[file_type][0] if file_type in HANDLERS else "notes"
        for row_no, res, in_bundle in _resources(path, binaries, lone=spec.path is not None and path == spec.path):
            kind, note_id = default_kind, None
            if res is NOT_FHIR:
                seen[NOT_FHIR] += 1
                continue
            try:
                if isinstance(res, _Bad):
                    raise res
                if not isinstance(res, dict):
                    raise _Bad(Reason.MALFORMED_RESOURCE, None, "not a JSON object")
                rtype = res.get("resourceType")
                seen[_type_name(rtype) if rtype else "(none)"] += 1
                if not isinstance(rtype, str) or not rtype:
                    raise _Bad(Reason.MALFORMED_RESOURCE, "resourceType", "missing resourceType")
                handler = HANDLERS.get(rtype)
                if handler is None:
                    if in_bundle:
                        continue  # counted in `seen`; a Bundle holds every type by design
                    raise _Bad(Reason.UNSUPPORTED_RESOURCE, "resourceType",
                               "only DocumentReference, DiagnosticReport and Condition resources are read")
                kind = handler[0]
                rows_of_read_types += 1
                if kind == "notes" and res.get("id") is not None:
                    note_id = str(res.get("id"))
                row = handler[1](res, ctx)
            except _Bad as bad:
                buffers[kind].bad.append({SOURCE: source, SOURCE_ROW: row_no, "note_id": note_id,
                                          "stage": "read", "reason": bad.reason.value, "field": bad.field,
                                          "detail": bad.detail})
            else:
                buffers[kind].rows.append(row)
                buffers[kind].meta.append((source, row_no))
            if len(buffers[kind]) >= chunk_rows:
                yield flush(kind)
    if rows_of_read_types == 0:
        found = ", ".join(f"{t} {n}" for t, n in sorted(seen.items())) or "none"
        raise InputError("no DocumentReference, DiagnosticReport or Condition resource in the input "
                         f"(resources found: {found})", file=str(spec.path))
    for kind, buf in buffers.items():
        if len(buf) or (kind == "notes" and seen):
            yield flush(kind)


IDENTITY_TYPES = ("Patient", "RelatedPerson", "Practitioner")


def _identity_file(path: Path) -> bool:
    """'Patient.ndjson', 'Patient_2.ndjson.gz', '1.Patient.ndjson' (any bulk naming), or a Bundle .json file."""
    return file_resource_type(path) in IDENTITY_TYPES or path.name.endswith(BUNDLE_SUFFIXES)


def read_identity_resources(folder: Path) -> tuple[list[dict[str, Any]], int]:
    """Patient, RelatedPerson and Practitioner resources of an export folder, from their NDJSON files and from the
    entries of its Bundles (Synthea writes one Bundle per patient), for de-identification
    (`cancerprep.stages.deid.identities`); returns (resources, NDJSON lines that were not such a resource).

    They stay in memory: nothing here is written, logged or put in an error message.
    """
    found: list[dict[str, Any]] = []
    bad = 0
    for path in sorted(p for p in Path(folder).iterdir() if p.is_file() and _identity_file(p)):
        if path.name.endswith(BUNDLE_SUFFIXES):
            try:
                with _open(path) as fh:
                    doc = json.load(fh)
            except (ValueError, UnicodeDecodeError):
                continue  # the note reader quarantines an unreadable .json file
            entries = doc.get("entry") if isinstance(doc, dict) and doc.get("resourceType") == "Bundle" else None
            found += [e["resource"] for e in entries if isinstance(e, dict) and isinstance(e.get("resource"), dict)
                      and e["resource"].get("resourceType") in IDENTITY_TYPES] if isinstance(entries, list) else []
            continue
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

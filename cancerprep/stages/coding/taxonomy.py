"""The cancer-type taxonomy: 17 types + other_cancer, as a versioned data file.

The taxonomy (schemas/taxonomy.yaml, validated against schemas/taxonomy.schema.json)
is the single place that says which ICD-10-CM ranges, ICD-O-3 rules, site words and
disease names belong to which type. Sites override it from the recipe, either with a
whole file (`taxonomy: path`) or by merging a few entries (`taxonomy_overrides`).

The text vocabulary also draws on two official sources, compiled once into
cancerprep/data/coding_vocab.json (`python -m cancerprep.stages.coding.taxonomy build-vocab CSV`)
so that a site needs neither the SEER file nor a network:
- ICD-O-3 morphology terms of malignant (/3) and in-situ (/2) behaviour with the
  topography categories where each is valid (SEER site/histology validation list);
- ICD-10-CM "Malignant neoplasm of <site>" descriptions and their inclusion terms (simple-icd-10-cm) as site words.
"""

from __future__ import annotations

import copy
import csv
import json
import re
import sys
from dataclasses import dataclass, field
from functools import lru_cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from cancerprep import resources
from cancerprep.errors import CancerprepError

DEFAULT_TAXONOMY = resources.schema("taxonomy.yaml")
TAXONOMY_SCHEMA = resources.schema("taxonomy.schema.json")
VOCAB_FILE = resources.data("coding_vocab.json")

OTHER = "other_cancer"
NONE = "none"


class TaxonomyError(CancerprepError):
    """The taxonomy file or a recipe override does not validate."""


def _code_key(code: str) -> tuple[str, str]:
    """Comparable key of an ICD code: letter+2 chars category, then the rest (no dot)."""
    c = code.replace(".", "").upper()
    return c[:3], c[3:]


def in_range(code: str, spec: str) -> bool:
    """True when `code` falls in a range spec such as "C18-C21", "D05" or "D02.1-D02.2"."""
    lo, _, hi = spec.partition("-")
    hi = hi or lo
    cat, rest = _code_key(code)
    lo_cat, lo_rest = _code_key(lo)
    hi_cat, hi_rest = _code_key(hi)
    if not lo_cat <= cat <= hi_cat:
        return False
    if cat == lo_cat and lo_rest and rest[: len(lo_rest)] < lo_rest:
        return False
    return not (cat == hi_cat and hi_rest and rest[: len(hi_rest)] > hi_rest)


@dataclass
class CancerType:
    """One type's entry: the codes, ICD-O-3 ranges and words that put a note in it, held as data so a site
    can change them from its recipe without touching code."""

    id: str
    label: str
    icd10cm: list[str]
    default_code: str
    topography: list[str] = field(default_factory=list)
    morphology: list[str] = field(default_factory=list)
    sites: dict[str, str] = field(default_factory=dict)
    terms: dict[str, str] = field(default_factory=dict)
    abbreviations: dict[str, str] = field(default_factory=dict)
    # abbreviations with another clinical sense ("PTC", also percutaneous transhepatic cholangiography): like those
    # that are English words or units ("ALL", "MM"), they count only spelled out or corroborated
    ambiguous: list[str] = field(default_factory=list)
    # staging and risk systems defined for this type's cancer only ("Breslow" melanoma, "Rai stage" CLL): with a
    # stage value they name the disease where the note writes no disease word; name -> ICD-10-CM code
    staging: dict[str, str] = field(default_factory=dict)
    # what only corroborates (never names a cancer alone): tumour markers and defining laboratory findings
    # (name -> the code they point to), agents given only against this type's cancer, and its own operations
    markers: dict[str, str] = field(default_factory=dict)
    drugs: list[str] = field(default_factory=list)
    procedures: list[str] = field(default_factory=list)

    def has_icd10(self, code: str) -> bool:
        """Range test, not a code list, so every subcode of a listed category belongs to the type."""
        return any(in_range(code, r) for r in self.icd10cm)

    def has_topography(self, code: str) -> bool:
        """ICD-O-3 site test, used when the morphology alone does not decide the type."""
        return any(in_range(code, r) for r in self.topography)

    def has_morphology(self, morph: str) -> bool:
        """Histology test on the first four digits only; the caller has already judged the /behaviour suffix."""
        m = morph[:4]
        for spec in self.morphology:
            lo, _, hi = spec.partition("-")
            hi = hi or lo
            if lo <= m[: len(lo)] and m[: len(hi)] <= hi:
                return True
        return False


@dataclass
class Taxonomy:
    """The loaded, validated taxonomy every coder asks, so code ranges and words live in one file only."""

    version: str
    name: str
    types: list[CancerType]
    generic: list[str]
    weak: list[str]
    not_malignant: list[str] = field(default_factory=list)

    @property
    def ids(self) -> list[str]:
        """The 17 type ids (other_cancer excluded), in file order."""
        return [t.id for t in self.types if t.id != OTHER]

    def get(self, type_id: str) -> CancerType:
        """The entry of a type id; raises KeyError rather than returning None, so an id the (possibly
        site-overridden) taxonomy lacks fails at once instead of coding nothing."""
        for t in self.types:
            if t.id == type_id:
                return t
        raise KeyError(type_id)

    def type_of_icd10(self, code: str) -> str | None:
        """Type id of an ICD-10-CM code: one of the 17, other_cancer (C00-D09), or None."""
        for t in self.types:
            if t.id != OTHER and t.has_icd10(code):
                return t.id
        other = next((t for t in self.types if t.id == OTHER), None)
        if other is not None and other.has_icd10(code):
            return OTHER
        return None

    def type_of_icdo3(self, topography: str | None, morphology: str | None) -> str | None:
        """Type from ICD-O-3: morphology decides first (lymphoma, leukemia, myeloma, melanoma),
        then topography. Only malignant (/3) and in-situ (/2) behaviour is cancer."""
        if morphology:
            behaviour = morphology.split("/")[1] if "/" in morphology else "3"
            if behaviour not in ("2", "3"):
                return None
            for t in self.types:
                if t.morphology and t.has_morphology(morphology):
                    return t.id
        if topography:
            for t in self.types:
                if t.id != OTHER and t.has_topography(topography):
                    return t.id
            return OTHER
        return OTHER if morphology else None

    def fingerprint(self) -> str:
        """name@version, the key for cached stage output and per-taxonomy coders: a new version never reuses
        results computed under the old one (overrides append `+site`)."""
        return f"{self.name}@{self.version}"


def _merge(base: dict[str, Any], override: dict[str, Any]) -> dict[str, Any]:
    """Merge a recipe override into a type entry: maps update, lists extend, scalars replace."""
    out = copy.deepcopy(base)
    for key, value in override.items():
        if isinstance(value, dict) and isinstance(out.get(key), dict):
            out[key] = _merge(out[key], value)
        elif isinstance(value, list) and isinstance(out.get(key), list):
            out[key] = out[key] + [v for v in value if v not in out[key]]
        else:
            out[key] = copy.deepcopy(value)
    return out


def apply_overrides(raw: dict[str, Any], overrides: dict[str, Any] | None) -> dict[str, Any]:
    """`overrides` maps a type id to a partial entry (new ids add types) plus optional `version`."""
    if not overrides:
        return raw
    raw = copy.deepcopy(raw)
    by_id = {t["id"]: i for i, t in enumerate(raw["types"])}
    for type_id, patch in overrides.items():
        if type_id == "version":
            raw["version"] = str(patch)
            continue
        if not isinstance(patch, dict):
            raise TaxonomyError(f"taxonomy_overrides.{type_id}: expected a mapping")
        if type_id in by_id:
            raw["types"][by_id[type_id]] = _merge(raw["types"][by_id[type_id]], patch)
        else:
            raw["types"].insert(len(raw["types"]) - 1, {"id": type_id, **patch})
    if "version" not in overrides:
        raw["version"] = f"{raw['version']}+site"
    return raw


def validate_raw(raw: Any, where: str) -> None:
    """Schema check plus what a schema cannot say (unique ids, other_cancer present), run after overrides so a
    bad site file fails at load, naming file and path, never mid-run."""
    schema = json.loads(TAXONOMY_SCHEMA.read_text())
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(raw), key=lambda e: list(e.absolute_path))
    if errors:
        err = errors[0]
        path = ".".join(str(p) for p in err.absolute_path) or "(top level)"
        raise TaxonomyError(f"{where}: taxonomy invalid at {path}: {err.message}")
    ids = [t["id"] for t in raw["types"]]
    if len(set(ids)) != len(ids):
        raise TaxonomyError(f"{where}: duplicate type id in taxonomy")
    if OTHER not in ids:
        raise TaxonomyError(f"{where}: taxonomy must define {OTHER!r}")


def load_taxonomy(path: str | Path | None = None, overrides: dict[str, Any] | None = None) -> Taxonomy:
    """Load, override and validate a taxonomy (the packaged default when `path` is None)."""
    p: Path | Traversable = Path(path) if path else DEFAULT_TAXONOMY
    try:
        raw = yaml.safe_load(p.read_text(encoding="utf-8"))
    except OSError as exc:
        raise TaxonomyError(f"cannot read taxonomy file {p}: {exc.strerror}") from None
    except yaml.YAMLError:
        raise TaxonomyError(f"taxonomy file {p} is not valid YAML") from None
    raw = apply_overrides(raw, overrides)
    validate_raw(raw, str(p))
    types = []
    for t in raw["types"]:
        o3 = t.get("icdo3") or {}
        types.append(CancerType(
            id=t["id"], label=t["label"], icd10cm=list(t["icd10cm"]), default_code=t["default_code"],
            topography=list(o3.get("topography") or []), morphology=list(o3.get("morphology") or []),
            sites={k.lower(): v for k, v in (t.get("sites") or {}).items()},
            terms={k.lower(): v for k, v in (t.get("terms") or {}).items()},
            abbreviations=dict(t.get("abbreviations") or {}), ambiguous=list(t.get("ambiguous") or []),
            staging={k.lower(): v for k, v in (t.get("staging") or {}).items()},
            markers=dict(t.get("markers") or {}), drugs=[d.lower() for d in t.get("drugs") or []],
            procedures=list(t.get("procedures") or [])))
    hist = raw.get("histology") or {}
    return Taxonomy(version=str(raw["version"]), name=str(raw.get("name", "taxonomy")), types=types,
                    generic=[g.lower() for g in hist.get("generic", [])], weak=list(hist.get("weak", [])),
                    not_malignant=[normalize_term(t) for t in hist.get("not_malignant", [])])


# -- generated vocabulary ------------------------------------------------------------------------

_ABBREV = [(r"\bSq\.", "squamous"), (r"\bAdenocarc\.", "adenocarcinoma"), (r"\bcarc\.", "carcinoma"),
           (r"\bML,", "malignant lymphoma,"), (r"\bnod\.", "nodular"), (r"\bscler\.", "sclerosis"),
           (r"\bmult\.", "multiple"), (r"\bdiff\.", "differentiated"), (r"\bmal\.", "malignant")]


def normalize_term(text: str) -> str:
    """Lower-case, punctuation to spaces (hyphen and apostrophe kept), single spaces."""
    text = re.sub(r"[^\w\s'-]", " ", text.lower())
    return re.sub(r"\s+", " ", text).strip()


def _icdo_terms(description: str) -> list[str]:
    d = description
    for pat, rep in _ABBREV:
        d = re.sub(pat, rep, d)
    d = re.sub(r",\s*NOS\b", "", d)
    parts = [p.strip() for p in d.split(",")]
    if len(parts) == 2:
        d = f"{parts[1]} {parts[0]}"
    elif len(parts) > 2:
        return []
    term = normalize_term(d)
    if len(term) < 5:
        return []
    # a term named with a slash ("atypical teratoid/rhabdoid tumor", "T lymphoblastic leukemia/lymphoma") is written
    # with it too: the tokenizer splits "teratoid/rhabdoid" at the slash, so the spaced form alone never matches
    slashed = normalize_term(d.replace("/", " zzslashzz ")).replace(" zzslashzz ", "/")
    keep = "/" in d and slashed != term and "(" not in d and not re.search(r"\bw/", d)
    return [term, slashed] if keep else [term]


def _topo_categories(spec: str) -> list[str]:
    cats: set[str] = set()
    for part in spec.split(","):
        part = part.strip()
        if not part:
            continue
        lo, _, hi = part.partition("-")
        hi = hi or lo
        letter = lo[0]
        for n in range(int(lo[1:3]), int(hi[1:3]) + 1):
            cats.add(f"{letter}{n:02d}")
    return sorted(cats)


def build_vocabulary(icdo3_csv: str | Path) -> dict[str, Any]:
    """Compile the ICD-O-3 and ICD-10-CM vocabulary (deterministic, sorted)."""
    import simple_icd_10_cm as cm

    morph: dict[str, dict[str, Any]] = {}
    with open(icdo3_csv, newline="", encoding="utf-8") as fh:
        for row in csv.DictReader(fh):
            code = row["Morphology"].strip()
            if "/" not in code or code.split("/")[1] not in ("2", "3"):
                continue
            for term in _icdo_terms(row["Description"]):
                entry = morph.setdefault(term, {"morphology": code, "topography": set()})
                if entry["morphology"] == code:
                    entry["topography"].update(_topo_categories(row["Topography Codes"]))
    sites: dict[str, str] = {}
    eponyms: dict[str, str] = {}
    for code in cm.get_all_codes(True):
        if not cm.is_category_or_subcategory(code) or len(code) > 5:
            continue
        if not ("C00" <= code[:3] <= "C96" or "D00" <= code[:3] <= "D09"):
            continue
        # the title and the inclusion terms of malignant categories (C16.0 "cardia": "cardio-esophageal junction",
        # "gastro-esophageal junction"; C12 "pyriform sinus": "pyriform fossa"; C06.0 "cheek mucosa": "internal
        # cheek"), not those of connective tissue (C49 "axilla", "groin", "buttock": regions whose tumours are
        # mostly of other tissues), and not in-situ ones (D04.5 "skin of breast" would make an invasive cancer in situ)
        for name in cm.get_inclusion_term(code) + cm.get_includes(code):
            # the diseases the tabular list names after a person ("Kahler's disease" C90.0, "Letterer-Siwe disease"
            # C96.0, "Erythroplasia of Queyrat" D07.4): other names of the code's disease, not sites
            if _EPONYM.search(name) and not name.startswith(("Malignant neoplasm", "Carcinoma in situ", "Non-")) \
                    and not re.search(r"\bNEC\b|unspecified|\(", name):
                term = normalize_term(re.sub(r"\s+NOS$", "", name))
                if term not in eponyms or eponyms[term] > code:
                    eponyms[term] = code
        inclusions = cm.get_inclusion_term(code) if code[0] == "C" and code[:3] != "C49" else []
        for title in [cm.get_description(code), *inclusions]:
            m = re.match(r"^(?:Malignant neoplasm|Carcinoma in situ) of (.+)$", title)
            if not m:
                continue
            for site in _bracket_forms(m.group(1)) if "site" not in m.group(1) else ():
                _add_site(sites, site, code, title != cm.get_description(code))
    return {
        "source": {"icdo3": Path(icdo3_csv).name, "icd10cm": "simple-icd-10-cm"},
        "icd10_conditions": _condition_words(cm),
        "morphology": {t: {"morphology": e["morphology"], "topography": sorted(e["topography"])}
                       for t, e in sorted(morph.items())},
        "icd10_sites": dict(sorted(sites.items())),
        "icd10_eponyms": dict(sorted(eponyms.items())),
    }


def _condition_words(cm: Any) -> list[str]:
    """The words that name diseases other than neoplasms: those of the ICD-10-CM titles of the chapters of diseases,
    symptoms, pregnancy and malformations (A-B, D50-D89, E-R; not injuries, external causes or the Z factors, whose
    titles speak of "antineoplastic chemotherapy") that no neoplasm title (C00-D49) uses ("arthritis", "lupus",
    "purpura", "ectopic", "lymphohistiocytosis"). A drug given "for" one of them is given for another disease."""
    other: set[str] = set()
    neoplasm: set[str] = set()
    for code in cm.get_all_codes(False):
        if not cm.is_category_or_subcategory(code):
            continue
        words = set(re.findall(r"[a-z]{4,}", cm.get_description(code).lower()))
        if code[0] == "C" or "D00" <= code[:3] <= "D49":
            neoplasm |= words
        elif code[0] < "S":
            other |= words
    return sorted(other - neoplasm)


# a person's name in a disease's name: a possessive ("Kahler's"), a hyphened pair of names ("Letterer-Siwe"), or
# "of <Name>" ("Erythroplasia of Queyrat")
_EPONYM = re.compile(r"\b[A-Z][a-zà-ÿ]+(?:'s\b|-[A-Z][a-zà-ÿ]+)|\bof [A-Z][a-zà-ÿ]+\b")


def _bracket_forms(site: str) -> list[str]:
    """A title's site with a bracketed synonym of the word before it written each way ("Bartholin's [greater
    vestibular] gland": "Bartholin's gland", "greater vestibular gland"); the possessive of an eponym also without
    its "'s" ("Bartholin gland"), as notes write it."""
    m = re.match(r"^(.*?)(\S+) \[([^\]]+)\](.*)$", site)
    forms = [f"{m.group(1)}{m.group(2)}{m.group(4)}", f"{m.group(1)}{m.group(3)}{m.group(4)}"] if m else [site]
    return forms + [f.replace("'s ", " ") for f in forms if "'s " in f]


def _add_site(sites: dict[str, str], site: str, code: str, inclusion: bool) -> None:
    """One organ's name, not a list or a leftover ("other parts of ..."), kept at its lowest code."""
    if re.search(r",|\band\b|\bor\b|unspecified|overlapping|other|part|site|except|ill-defined|\bNOS\b", site) \
            or (inclusion and "(" in site):
        return
    site = normalize_term(site)
    if 0 < len(site.split()) <= 4 and (site not in sites or sites[site] > code):
        sites[site] = code


@lru_cache(maxsize=1)
def load_vocabulary() -> dict[str, Any]:
    """The committed generated vocabulary (package data)."""
    try:
        return json.loads(VOCAB_FILE.read_text(encoding="utf-8"))
    except OSError:
        raise TaxonomyError(f"generated vocabulary missing: {VOCAB_FILE}") from None


def main(argv: list[str]) -> int:
    """`build-vocab`: a maintainer regenerates the committed coding_vocab.json from the SEER CSV, so sites
    need neither that file nor a network."""
    if len(argv) != 2 or argv[0] != "build-vocab":
        print("usage: python -m cancerprep.stages.coding.taxonomy build-vocab ICDO3_CSV", file=sys.stderr)
        return 2
    vocab = build_vocabulary(argv[1])
    Path(str(VOCAB_FILE)).write_text(json.dumps(vocab, indent=0, sort_keys=True) + "\n", encoding="utf-8")
    print(f"{len(vocab['morphology'])} morphology terms, {len(vocab['icd10_sites'])} ICD-10-CM sites, "
          f"{len(vocab['icd10_eponyms'])} eponyms "
          f"-> {VOCAB_FILE}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))

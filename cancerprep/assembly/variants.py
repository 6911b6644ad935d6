"""Robustness testbeds: misspelled test inputs and counterfactual training labels.

CancerLLM tests robustness two ways; a site must build both from its own pairs:

- misspell: realistic typing errors (keyboard-neighbour substitution, deletion,
  transposition, doubling, common clinical misspellings) injected into the
  inputs of test pairs at a rate of eligible words. A word is eligible when it is
  a lone word of letters (not glued to digits, as in HER2), at least 3 letters
  long, and does not overlap an occurrence of an
  answer string in the input: the answer stays an exact substring, so a model's
  score measures reading noisy text, not guessing a typo'd answer. In phenotype
  pairs only the sentence is edited, never the question wording.
- counterfactual: a rate of training responses swapped for another response of
  the same entity type (phenotype) or task (others): wrong labels in training.

Everything is seeded per pair id (so the result does not depend on row order or
sharding) and comes with a manifest of what changed: ids and counts, no text.
"""

from __future__ import annotations

import json
import random
import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep.errors import InputError
from cancerprep.io.tables import jsonl_objects, write_jsonl
from cancerprep.records import PAIR_SCHEMA

EDITS: tuple[str, ...] = ("keyboard", "deletion", "transposition", "doubling", "clinical")
KINDS: tuple[str, ...] = ("misspell", "counterfactual")
DEFAULT_SCOPE = {"misspell": ("test",), "counterfactual": ("train",)}  # splits a recipe variant perturbs
MIN_WORD = 3

_ROWS = ["qwertyuiop", "asdfghjkl", "zxcvbnm"]


def _keyboard_neighbours() -> dict[str, str]:
    pos = {c: (r, i) for r, row in enumerate(_ROWS) for i, c in enumerate(row)}
    out: dict[str, str] = {}
    for c, (r, i) in pos.items():
        near = [d for d, (r2, i2) in pos.items() if d != c and abs(r2 - r) <= 1 and abs(i2 - i) <= 1]
        out[c] = "".join(sorted(near))
    return out


KEYBOARD = _keyboard_neighbours()

# Misspellings seen in clinical notes and in lists of commonly misspelled words.
CLINICAL_MISSPELLINGS: dict[str, tuple[str, ...]] = {
    "abdomen": ("abdomin",), "abdominal": ("abdominel", "abdomnal"), "abscess": ("abcess", "absess"),
    "adenocarcinoma": ("adenocarcenoma", "adenocarinoma"), "appearance": ("appearence",),
    "benign": ("bengin", "benin"), "bilateral": ("bilaterel", "bilatreal"), "biopsy": ("biospy", "bipsy"),
    "breast": ("braest", "brest"), "carcinoma": ("carcinom", "carcenoma", "carsinoma"),
    "cervical": ("cervicle",), "chemotherapy": ("chemotheraphy", "chemotherepy"),
    "colonoscopy": ("colonscopy",), "consistent": ("consistant",), "diarrhea": ("diarhea", "diarrea"),
    "esophagus": ("esophagous", "esophogus"), "hemorrhage": ("hemorhage", "hemmorhage"),
    "history": ("histroy", "hsitory"), "hysterectomy": ("hysterctomy",), "infiltrating": ("infiltating",),
    "invasive": ("invassive", "invasve"), "lesion": ("leison", "lesoin"), "leukemia": ("leukemea", "lukemia"),
    "lymphadenopathy": ("lymphadenophathy", "lymphadenapathy"), "lymphoma": ("lymphona", "lyphoma"),
    "malignant": ("malignent", "malignat"), "mammogram": ("mamogram", "mammagram"),
    "margins": ("margens",), "mastectomy": ("mastectomey", "masectomy"), "medication": ("medicaiton",),
    "metastasis": ("metastisis", "metastasus"), "metastatic": ("metastic", "metastatc"),
    "nausea": ("nausia", "nasea"), "necrosis": ("necrossis",), "negative": ("negitive", "negatvie"),
    "occurred": ("occured",), "oncology": ("onocology", "oncolgy"), "ovarian": ("ovarain",),
    "palpable": ("palpible",), "pancreatic": ("pancretic", "pancreatc"), "patient": ("pateint", "patinet"),
    "pharynx": ("pharnyx",), "larynx": ("larnyx",), "pneumonia": ("pnuemonia", "neumonia"),
    "positive": ("postive", "positve"), "prostate": ("prostrate",), "radiation": ("radation", "radiaton"),
    "received": ("recieved",), "recurrence": ("recurrance", "reccurence"), "resection": ("resecton",),
    "sarcoma": ("sarcomma",), "separate": ("seperate",), "surgery": ("surgury", "sugery"),
    "symptoms": ("symtoms", "symptons"), "tenderness": ("tendernes",), "tumor": ("tumer", "tumour"),
    "vomiting": ("vommiting",), "wheezing": ("wheezeing",),
}

# A lone word of letters: codes glued to digits (HER2, pT2N0) are not words a typist misspells as such.
_WORD = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]+(?![A-Za-z0-9])")
# The question that ends a phenotype context when its wording is not known from the pair's meta.
_QUESTION = re.compile(r" (?=(?:What|Which|Is|Are|Does|Do|How|Where|When|Who)\b)")


def _match_case(new: str, old: str) -> str:
    """Give the misspelling the case pattern of the word (a typo of 'The' is 'Hte', not 'hTe')."""
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old[:1].isupper() and old[1:].islower():
        return new[:1].upper() + new[1:].lower()
    if old.islower():
        return new.lower()
    return new


def misspell_word(word: str, rng: random.Random) -> tuple[str, str]:
    """One realistic misspelling of `word` and the edit used; the result always differs."""
    lower = word.lower()
    if lower in CLINICAL_MISSPELLINGS and rng.random() < 0.5:
        return _match_case(rng.choice(CLINICAL_MISSPELLINGS[lower]), word), "clinical"
    for _ in range(10):
        edit = rng.choice(EDITS[:4])
        i = rng.randrange(len(word))
        if edit == "keyboard":
            near = KEYBOARD.get(word[i].lower(), "")
            if not near:
                continue
            c = rng.choice(near)
            new = word[:i] + (c.upper() if word[i].isupper() else c) + word[i + 1:]
        elif edit == "deletion":
            new = word[:i] + word[i + 1:]
        elif edit == "transposition":
            if i == len(word) - 1 or word[i] == word[i + 1]:
                continue
            new = word[:i] + word[i + 1] + word[i] + word[i + 2:]
        else:
            new = word[:i + 1] + word[i] + word[i + 1:]
        new = _match_case(new, word)
        if new != word:
            return new, edit
    return word + word[-1], "doubling"


def _protected_ranges(text: str, answers: list[str]) -> list[tuple[int, int]]:
    ranges = []
    for ans in answers:
        if not ans:
            continue
        start = text.find(ans)
        while start != -1:
            ranges.append((start, start + len(ans)))
            start = text.find(ans, start + 1)
    return ranges


def misspell_text(
    text: str, rate: float, rng: random.Random, *, answers: list[str] | None = None,
    region: tuple[int, int] | None = None,
) -> tuple[str, int, Counter[str]]:
    """Misspell each eligible word with probability `rate`; returns (text, eligible count, edits)."""
    lo, hi = region if region is not None else (0, len(text))
    protected = _protected_ranges(text, answers or [])
    pieces: list[str] = []
    last = 0
    eligible = 0
    edits: Counter[str] = Counter()
    for m in _WORD.finditer(text, lo, hi):
        s, e = m.span()
        if e - s < MIN_WORD or any(ps < e and s < pe for ps, pe in protected):
            continue
        eligible += 1
        if rng.random() >= rate:
            continue
        new, edit = misspell_word(m.group(0), rng)
        pieces.append(text[last:s])
        pieces.append(new)
        last = e
        edits[edit] += 1
    pieces.append(text[last:])
    return "".join(pieces), eligible, edits


# -- over pair frames ------------------------------------------------------------------------------

def _meta(row: dict[str, Any]) -> dict[str, Any]:
    try:
        meta = json.loads(row.get("meta") or "{}")
    except (TypeError, json.JSONDecodeError):
        return {}
    return meta if isinstance(meta, dict) else {}


def _answers(row: dict[str, Any], meta: dict[str, Any], no_answer: str | None) -> list[str]:
    if isinstance(meta.get("answers"), list):
        return [str(a) for a in meta["answers"]]
    out = row.get("output") or ""
    parts = [p.strip() for p in out.split(",")]
    return [p for p in [out, *parts] if p and p != no_answer]


def _region(row: dict[str, Any], meta: dict[str, Any]) -> tuple[int, int] | None:
    """The sentence of a phenotype context ('In the text: <sentence> <question>'); None = whole input."""
    text = row["input"] or ""
    prefix = "In the text: "
    question = meta.get("question")
    if text.startswith(prefix):
        if isinstance(question, str) and text.endswith(" " + question):
            return len(prefix), len(text) - len(question) - 1
        starts = [m.start() for m in _QUESTION.finditer(text) if "?" in text[m.start():]]
        if starts and text.endswith("?"):
            return len(prefix), starts[-1]  # the last question word opens the question
    return None


def _group(row: dict[str, Any], meta: dict[str, Any]) -> str:
    """Entity type of a phenotype pair (from meta, else its question), else the task."""
    if meta.get("entity_type"):
        return str(meta["entity_type"])
    region = _region(row, meta)
    if region is not None:
        return (row["input"] or "")[region[1]:].strip()
    return str(row.get("task") or "")


def _scope(pairs: pl.DataFrame, splits: tuple[str, ...] | None) -> tuple[list[bool], list[str] | None]:
    """Which rows are perturbed, and the splits that decided it (None: no split column, all rows)."""
    if splits is None or "split" not in pairs.columns or pairs["split"].null_count() == pairs.height:
        return [True] * pairs.height, None
    return pairs["split"].is_in(list(splits)).fill_null(False).to_list(), list(splits)


def _variant_name(kind: str, rate: float) -> str:
    return f"{kind}-{rate:g}"


def misspell_pairs(
    pairs: pl.DataFrame, rate: float, seed: int = 0, *, splits: tuple[str, ...] | None = ("test",),
    no_answer: str | None = "None",
) -> tuple[pl.DataFrame, dict[str, Any]]:
    """Misspell the inputs of in-scope pairs; returns (all rows, manifest). See the module doc."""
    _check_rate(rate)
    scope, used = _scope(pairs, splits)
    variant = _variant_name("misspell", rate)
    rows, changed = [], []
    eligible, words, edits = 0, 0, Counter()
    for row, inside in zip(pairs.iter_rows(named=True), scope, strict=True):
        if not inside:
            rows.append(row)
            continue
        meta = _meta(row)
        rng = random.Random(f"{seed}\x00misspell\x00{row['id']}")
        new, n_el, n_ed = misspell_text(row["input"] or "", rate, rng, answers=_answers(row, meta, no_answer),
                                        region=_region(row, meta))
        eligible += n_el
        words += sum(n_ed.values())
        edits.update(n_ed)
        if n_ed:
            changed.append(row["id"])
        rows.append({**row, "input": new, "id": f"{row['id']}~{variant}", "variant": variant})
    manifest = {
        "kind": "misspell", "rate": rate, "seed": seed, "variant": variant,
        "splits": used, "rows_in": pairs.height, "rows_in_scope": sum(scope),
        "rows_changed": len(changed), "eligible_words": eligible, "words_changed": words,
        "edits": dict(sorted(edits.items())), "changed_ids": changed,
    }
    return pl.DataFrame(rows, schema=pairs.schema), manifest


@dataclass
class CounterfactualPlan:
    """Which in-scope pairs get which swapped response.

    Decided once from narrow (id, group, response) rows of the whole scope (the share is per
    entity type, so it needs them all), then applied batch by batch: a run streams its pairs
    from disk and never holds a task.
    """

    variant: str
    swaps: dict[str, str]
    by_group: dict[str, dict[str, int]]
    changed: list[str]


def counterfactual_units(pairs: pl.DataFrame) -> list[tuple[str, str, str]]:
    """(pair id, group, response) of each row, for `plan_counterfactual`."""
    return [(str(row["id"]), _group(row, _meta(row)), row["output"]) for row in pairs.iter_rows(named=True)]


def plan_counterfactual(units: Iterable[tuple[str, str, str]], rate: float, seed: int = 0) -> CounterfactualPlan:
    """Choose round(rate * n) pairs per group (seeded by group) and a different response of the group for each."""
    _check_rate(rate)
    groups: dict[str, list[tuple[int, str, str]]] = {}
    for seq, (pid, group, output) in enumerate(units):
        groups.setdefault(group, []).append((seq, pid, output))
    swaps: dict[str, str] = {}
    changed: list[str] = []
    by_group: dict[str, dict[str, int]] = {}
    for group, members in sorted(groups.items()):
        members = sorted(members, key=lambda m: m[1])
        pool = sorted({m[2] for m in members})
        chosen = random.Random(f"{seed}\x00counterfactual\x00{group}").sample(members, round(rate * len(members)))
        swapped = unswappable = 0
        for _, pid, output in sorted(chosen):  # in row order
            others = [o for o in pool if o != output]
            if not others:
                unswappable += 1
                continue
            swaps[pid] = random.Random(f"{seed}\x00cf\x00{pid}").choice(others)
            changed.append(pid)
            swapped += 1
        by_group[group] = {"rows": len(members), "chosen": len(chosen), "swapped": swapped,
                           "unswappable": unswappable}
    return CounterfactualPlan(_variant_name("counterfactual", rate), swaps, by_group, changed)


def apply_counterfactual(pairs: pl.DataFrame, plan: CounterfactualPlan) -> pl.DataFrame:
    """The variant copies of in-scope `pairs`: new ids, `variant` set, planned responses swapped in."""
    rows = []
    for row in pairs.iter_rows(named=True):
        pid = str(row["id"])
        if pid in plan.swaps:
            meta = _meta(row)
            meta["counterfactual"] = True
            row = {**row, "output": plan.swaps[pid], "meta": json.dumps(meta, ensure_ascii=False)}
        rows.append({**row, "id": f"{pid}~{plan.variant}", "variant": plan.variant})
    return pl.DataFrame(rows, schema=pairs.schema)


def counterfactual_pairs(
    pairs: pl.DataFrame, rate: float, seed: int = 0, *, splits: tuple[str, ...] | None = ("train",),
) -> tuple[pl.DataFrame, dict[str, Any]]:
    """Swap round(rate * n) responses per entity type with another response of that type."""
    _check_rate(rate)
    scope, used = _scope(pairs, splits)
    inside = pl.Series(scope, dtype=pl.Boolean)
    plan = plan_counterfactual(counterfactual_units(pairs.filter(inside)), rate, seed)
    out = pl.concat([pairs.with_row_index("_i").filter(~inside),
                     apply_counterfactual(pairs.with_row_index("_i").filter(inside), plan)]).sort("_i").drop("_i")
    manifest = {
        "kind": "counterfactual", "rate": rate, "seed": seed, "variant": plan.variant,
        "splits": used, "rows_in": pairs.height, "rows_in_scope": sum(scope),
        "rows_changed": len(plan.changed), "by_group": plan.by_group, "changed_ids": plan.changed,
    }
    return out, manifest


def _check_rate(rate: float) -> None:
    if not 0.0 <= rate <= 1.0:
        raise InputError(f"rate must be between 0 and 1, not {rate}")


def make_variant(
    pairs: pl.DataFrame, kind: str, rate: float, seed: int = 0, *, splits: list[str] | None = None,
) -> tuple[pl.DataFrame, dict[str, Any]]:
    """Recipe `variants:` hook: only the perturbed copies of in-scope pairs, plus the manifest.

    The copies get ids `<id>~<variant>` and `variant` set, so they sit beside the
    original pairs in the same dataset. Default scope: test pairs for misspell,
    train pairs for counterfactual.
    """
    if kind == "misspell":
        out, manifest = misspell_pairs(pairs, rate, seed, splits=tuple(splits or DEFAULT_SCOPE[kind]))
    elif kind == "counterfactual":
        out, manifest = counterfactual_pairs(pairs, rate, seed, splits=tuple(splits or DEFAULT_SCOPE[kind]))
    else:
        raise InputError(f"unknown variant kind {kind!r}; use one of {', '.join(KINDS)}")
    return out.filter(pl.col("variant") == manifest["variant"]), manifest


# -- files -----------------------------------------------------------------------------------------

_STYLE_KEYS = {"cancerllm": {"instruction", "context", "response"}, "alpaca": {"instruction", "input", "output"},
               "chat": {"messages"}}


def read_pairs(path: Path) -> tuple[pl.DataFrame, str, list[str]]:
    """Pair JSONL in any style -> (PAIR_SCHEMA frame, style, extra pair columns the file carries).

    Exported CancerLLM files carry id, task, cancer_type and variant beside the
    three CancerLLM keys; they are read into the frame and written back.
    """
    from cancerprep.formats import from_any

    rows, style, carried = [], "pairs", {}
    for lineno, rec in jsonl_objects(path, what="pair file"):
        if not ({"input", "context", "messages"} & set(rec)):
            raise InputError("not an instruction pair (needs input/context/messages)", file=str(path), row=lineno)
        style = ("chat" if "messages" in rec else "cancerllm" if "context" in rec
                 else "pairs" if set(PAIR_SCHEMA) <= set(rec) else "alpaca")
        row = {k: None for k in PAIR_SCHEMA}
        row.update({k: v for k, v in rec.items() if k in PAIR_SCHEMA})
        row.update({k: v for k, v in from_any(rec).items() if k in PAIR_SCHEMA})
        own = _STYLE_KEYS.get(style, set())
        carried.update(dict.fromkeys(k for k in rec if k in PAIR_SCHEMA and k not in own))
        if row["id"] is None:
            row["id"] = f"line{lineno}"
        if isinstance(row["meta"], dict):
            row["meta"] = json.dumps(row["meta"])
        rows.append(row)
    return pl.DataFrame(rows, schema=PAIR_SCHEMA), style, list(carried)


def write_pairs(pairs: pl.DataFrame, path: str | Path, style: str, carried: list[str]) -> None:
    """Pairs back to JSONL in the `style` they were read in (`read_pairs`), with the extra columns the file carried."""
    from cancerprep.formats import render

    def records():
        for row in pairs.iter_rows(named=True):
            rec = render(row, style)
            if style != "pairs":
                rec.update({k: row[k] for k in carried})
            yield rec

    write_jsonl(records(), path)

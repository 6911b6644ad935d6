"""Does cancer-type sorting hold when the same note is written another way? Layout and case perturbations.

Why: another hospital's notes say the same things in another layout: ALL CAPS or lower case, headings
in title case or in their short forms (HPI, PMH, FH, A/P), paragraphs wrapped mid-sentence, one long line,
CRLF line ends, tabs and double spaces.
A rule that depends on any of these fits the notes it was written on. Each labelled MTSamples note
(`coding_eval`'s label sets and tuning/check split) is coded as written and under every perturbation;
the probe reports, per part and perturbation, how often the cancer type and the ICD-10-CM category stay
the same, and macro-F1 / ICD category accuracy against the gold labels under the perturbation.
`--errors` lists tuning-part notes whose prediction changes (ids and labels only; never check notes).

    python -m benchmarks.quality.coding_robustness [--errors] [--json OUT]
"""

from __future__ import annotations

import argparse
import json
import re
import textwrap
from collections.abc import Callable
from pathlib import Path
from typing import Any

from benchmarks.quality.coding_eval import load_all, score

_HEADING = re.compile(r"^([A-Z][A-Z /&,()-]{2,}):", re.M)


def _title_headings(text: str) -> str:
    return _HEADING.sub(lambda m: m.group(1).title() + ":", text)


def _wrap(text: str) -> str:
    return "\n".join(textwrap.fill(line, 60) if len(line) > 60 else line for line in text.split("\n"))


def _one_line(text: str) -> str:
    return re.sub(r"\s*\n\s*", " ", text)


# The short heading forms other sites write (a heading's meaning, not its words, carries the section).
_SHORT_HEADINGS = [(r"history of (?:the )?present illness", "HPI"), (r"past medical history", "PMH"),
                   (r"past surgical history", "PSH"), (r"family history", "FH"), (r"social history", "SH"),
                   (r"review of systems", "ROS"), (r"assessment and plan", "A/P"), (r"chief complaint", "CC"),
                   (r"physical exam(?:ination)?", "PE"), (r"impression", "Assessment")]


def _short_headings(text: str) -> str:
    for long, short in _SHORT_HEADINGS:
        text = re.sub(rf"(?im)(^|(?<=[\n,.;]))([ \t]*){long}([ \t]*:)", lambda m, s=short: m.group(1) + m.group(2) + s
                      + m.group(3), text)
    return text


def _spacing(text: str) -> str:
    return text.replace(". ", ".  ").replace(": ", ":\t")


PERTURBATIONS: dict[str, Callable[[str], str]] = {
    "upper": str.upper,
    "lower": str.lower,
    "title_headings": _title_headings,
    "wrapped_60": _wrap,
    "one_line": _one_line,
    "crlf": lambda t: t.replace("\n", "\r\n"),
    "spacing": _spacing,
    "short_headings": _short_headings,
}


def run(errors: bool = False) -> dict[str, Any]:
    """Code every labelled note as written and under each perturbation; score agreement and accuracy."""
    from cancerprep.stages.coding.coder import Coder

    coder = Coder()
    coder.setup()
    rows = load_all().to_dicts()
    ids = coder.taxonomy.ids

    def code(texts: list[str]) -> list:
        return [coder.code_note({"patient_id": r["note_id"], "text": t}) for r, t in zip(rows, texts, strict=True)]

    base = code([r["text"] for r in rows])
    out: dict[str, Any] = {}
    for name, fn in PERTURBATIONS.items():
        preds = code([fn(r["text"]) for r in rows])
        for part in ("tuning", "check"):
            idx = [i for i, r in enumerate(rows) if r["part"] == part]
            same_type = sum(preds[i].cancer_type == base[i].cancer_type for i in idx)
            same_icd = sum((preds[i].icd10[:1] or [""])[0][:3] == (base[i].icd10[:1] or [""])[0][:3] for i in idx)
            res = score([rows[i] for i in idx], [preds[i] for i in idx], ids)
            out.setdefault(part, {})[name] = {
                "notes": len(idx), "type_unchanged": round(same_type / len(idx), 4),
                "icd_unchanged": round(same_icd / len(idx), 4),
                "macro_f1": round(res["macro_f1_present_types"], 4),
                "none_precision": round(res["none_precision"], 4),
                "icd_accuracy": round(res["icd_category_accuracy"], 4)}
            if errors and part == "tuning":
                for i in idx:
                    if preds[i].cancer_type != base[i].cancer_type or preds[i].icd10[:1] != base[i].icd10[:1]:
                        print(f"CHANGED {name:15s} {rows[i]['note_id']:>6s} gold {rows[i]['cancer_type']}/"
                              f"{rows[i]['icd10_category']} as written {base[i].cancer_type}/{base[i].icd10[:1]} "
                              f"-> {preds[i].cancer_type}/{preds[i].icd10[:1]}")
    for part in ("tuning", "check"):
        idx = [i for i, r in enumerate(rows) if r["part"] == part]
        res = score([rows[i] for i in idx], [base[i] for i in idx], ids)
        out[part]["as_written"] = {"notes": len(idx), "type_unchanged": 1.0, "icd_unchanged": 1.0,
                                   "macro_f1": round(res["macro_f1_present_types"], 4),
                                   "none_precision": round(res["none_precision"], 4),
                                   "icd_accuracy": round(res["icd_category_accuracy"], 4)}
    return out


def markdown(res: dict[str, Any]) -> str:
    lines = ["| part | perturbation | notes | type unchanged | ICD category unchanged | macro-F1 | none P | ICD acc |",
             "|---|---|---|---|---|---|---|---|"]
    for part in ("tuning", "check"):
        for name in ("as_written", *PERTURBATIONS):
            m = res[part][name]
            lines.append(f"| {part} | {name} | {m['notes']} | {m['type_unchanged']} | {m['icd_unchanged']} | "
                         f"{m['macro_f1']} | {m['none_precision']} | {m['icd_accuracy']} |")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--errors", action="store_true", help="list tuning-part notes whose prediction changes")
    ap.add_argument("--json", type=Path, help="write the scores here")
    args = ap.parse_args(argv)
    res = run(args.errors)
    print(markdown(res))
    if args.json:
        args.json.write_text(json.dumps(res, indent=2) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

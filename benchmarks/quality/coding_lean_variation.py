"""Whether a treatment given now decides active status over an earlier "history of", and whether a cancer named only
as the object of teaching, a cause, a risk, a screening, a relative's illness or a ruled-out diagnosis stays uncoded.

Why: issue 17's held-out decision misses include 28 status cases (the rules lean to Z85 where gold is active) and 36
codes where none. Two kinds of case, each built from a template:
- status: "History of <cancer>, s/p <operation>, <drug clause>." The drug clause gives the cancer's own drug now
  ("on tamoxifen", "started osimertinib last month": gold its active category) or as ended, declined or past
  ("completed tamoxifen in 2018", "was on letrozole until 2015": gold Z85);
- none: a frame naming a cancer that is not the patient's ("Discussed that smoking causes lung cancer", "Handout on
  breast cancer self-examination given"): gold `none`.
The drug clauses and frames are split into a seen half and a held-out half by `variation_score.half_of`; a held-out
case's misses are never printed. Written before its first run (fifty-first pass). The coder runs on each case alone,
as `coding_forms_probe` codes a form alone.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.quality.coding_case_score import run, share_right
from benchmarks.quality.variation_score import half_of

# (how the history names the cancer, type, active category, operation, the cancer's own drugs)
CANCERS = (
    ("breast cancer", "breast", "C50", "lumpectomy", ("tamoxifen", "letrozole", "anastrozole", "exemestane")),
    ("invasive ductal carcinoma of the left breast", "breast", "C50", "mastectomy", ("tamoxifen", "letrozole")),
    ("lung adenocarcinoma", "lung", "C34", "lobectomy", ("osimertinib", "pembrolizumab")),
    ("prostate cancer", "prostate", "C61", "radiation", ("enzalutamide", "abiraterone", "bicalutamide")),
    ("melanoma of the back", "melanoma", "C43", "wide local excision", ("pembrolizumab", "nivolumab")),
    ("colon cancer", "colorectal", "C18", "hemicolectomy", ("capecitabine", "FOLFOX")),
    ("GIST of the stomach", "other_cancer", "C49", "partial gastrectomy", ("imatinib",)),
)
HISTORY_LEADS = ("History of {c}, s/p {op}, ", "PMH: {c} s/p {op}, ", "Hx of {c} status post {op}, ",
                 "Past history of {c}, treated with {op}, ")
# a drug clause giving the drug now (gold active) or not (gold Z85); {d} is the drug
GIVEN_NOW = ("on {d}", "currently on {d}", "taking {d}", "started {d} last month", "now receiving {d}",
             "continues {d}", "tolerating {d} well", "remains on {d}", "started on {d} in March",
             "on {d} since 2022", "on adjuvant {d}", "on maintenance {d}", "currently taking {d} daily",
             "receiving {d} every 3 weeks")
NOT_NOW = ("completed {d} in 2018", "finished {d} in 2019", "was on {d} until 2015", "previously on {d}",
           "no longer on {d}", "off {d} since 2019", "declined {d}", "stopped {d} due to side effects",
           "on {d} for 5 years, completed 2019", "{d} discontinued in 2020", "took {d} for 5 years",
           "on {d} until last year")
# frames naming a cancer that is not the patient's ({} is the cancer)
FRAMES = (
    "Discussed that smoking causes {}.", "Explained that untreated polyps can turn into {}.",
    "Handout on {} self-examination given.", "Educated on the warning signs of {}.",
    "Reviewed how obesity increases the risk of {}.", "Alcohol can cause {}; cessation advised.",
    "{} awareness material provided.", "Taught {} self-exam technique.",
    "Counseled that exercise lowers the risk of {}.",
    "The lesion was initially thought to be {} but pathology showed a benign schwannoma.",
    "Was initially felt to be {}; excision showed a benign cyst.", "{} was ruled out.", "Workup for {} was negative.",
    "At increased risk of {} given family history.", "{} risk assessment completed.", "Due for {} screening.",
    "{} prevention discussed.", "Polyp found on screening for {}.", "Mother treated for {}.",
    "Her father died of {}.", "Sister recently started chemotherapy for {}.", "Genetic counseling for hereditary {}.",
)
NONE_CANCERS = ("colon cancer", "breast cancer", "lung cancer", "prostate cancer", "skin cancer", "ovarian cancer",
                "melanoma", "bladder cancer", "pancreatic cancer", "testicular cancer")


def _cap(text: str) -> str:
    return text[0].upper() + text[1:]


def cases(n: int, seed: int) -> list[dict[str, Any]]:
    """`n` cases drawn with `random.Random(seed)`: about one in three a none frame, the rest status cases (half given
    now, half not)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        if rng.random() < 1 / 3:
            frame = rng.choice(FRAMES)
            text = _cap(frame.format(rng.choice(NONE_CANCERS)))
            out.append({"text": text, "type": "none", "category": "", "half": half_of(frame), "kind": "none"})
            continue
        name, ty, active, op, drugs = rng.choice(CANCERS)
        now = rng.random() < 0.5
        clause = rng.choice(GIVEN_NOW if now else NOT_NOW)
        text = rng.choice(HISTORY_LEADS).format(c=name, op=op) + clause.format(d=rng.choice(drugs)) + "."
        out.append({"text": text, "type": ty, "category": active if now else "Z85", "half": half_of(clause),
                    "kind": "given now" if now else "not now"})
    return out


def score(rows: list[dict[str, Any]]) -> dict[str, dict[str, float | int]]:
    """Share right (type and category) by half, and by half and kind."""
    return share_right(rows, lambda r: (r["half"], f"{r['half']}/{r['kind']}"))


def main(argv: list[str] | None = None) -> None:
    run(argv, __doc__, cases, score, seed=51)


if __name__ == "__main__":
    main()

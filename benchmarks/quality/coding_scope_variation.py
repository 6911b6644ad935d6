"""Whether a doubt's or a hypothesis's cue in an earlier clause or line reaches a cancer a later result asserts.

Why: issue 17's held-out no-code misses are mostly "doubted": a cue (a screening, a risk, teaching, a condition, a
plan's "would", a differential) refuses a cancer. Where the cue stands in a clause of its own and a tissue result or a
course of treatment asserts the cancer after it ("Discussed screening; biopsy: adenocarcinoma of the prostate",
"DDx lymphoma vs carcinoma. Core biopsy showed diffuse large B-cell lymphoma"), the cue's scope must end before the
result, as ConText's terminators end it. Each case is a lead clause (the cue), a joiner (a full stop, a semicolon, a
comma, a line break, a dash) and a result: a cancer (coded by its type and ICD-10-CM category) or a benign or pending
finding (a look-alike, coded `none`). The lead clauses are split into a seen half and a held-out half by
`variation_score.half_of`; a held-out case's misses are never printed. Written before its first run (fiftieth pass).
The coder runs on each case alone, as `coding_forms_probe` codes a form alone.
"""

from __future__ import annotations

import random
from typing import Any

from benchmarks.quality.coding_case_score import run, share_right
from benchmarks.quality.variation_score import half_of

# clauses that raise a doubt or a hypothesis (some naming a cancer as a candidate)
LEADS = (
    "Discussed screening", "Screening recommended per guidelines", "Risks include bleeding and infection",
    "Risks, benefits and alternatives were reviewed", "Counseled on smoking cessation", "Educated on fall precautions",
    "Instructed to call with fever", "If fever, return to the ED", "Should symptoms worsen, call the clinic",
    "Would recommend staging imaging", "Concern for malignancy", "Suspicious for malignancy",
    "Differential includes lymphoma and carcinoma", "DDx infection vs neoplasm", "Rule out malignancy",
    "Evaluate for neoplasm", "Possible malignancy on imaging", "Risk factors: smoking", "Work-up for weight loss",
    "Question of lymphoma", "Likely malignant", "Screening colonoscopy", "Low-dose CT for lung cancer screening",
    "Family history reviewed", "Consider PET-CT", "To exclude metastatic disease", "Counseled regarding prognosis",
    "Surveillance for recurrence was discussed",
)
JOINERS = (". ", "; ", ", ", "\n", " - ")
# what asserts the finding after the lead ({} is the finding)
OPENERS = ("biopsy: {}", "pathology: {}", "core biopsy showed {}", "final pathology revealed {}", "FNA: {}",
           "excision: {}", "surgical pathology confirmed {}", "flow cytometry: {}", "now on chemotherapy for {}",
           "she is receiving radiation for {}")
# (finding, type, ICD-10-CM category)
CANCERS = (
    ("adenocarcinoma of the prostate", "prostate", "C61"), ("invasive ductal carcinoma of the left breast", "breast",
                                                            "C50"),
    ("adenocarcinoma of the right upper lobe of the lung", "lung", "C34"), ("diffuse large B-cell lymphoma", "lymphoma",
                                                                           "C83"),
    ("follicular lymphoma, grade 2", "lymphoma", "C82"), ("chronic lymphocytic leukemia", "leukemia", "C91"),
    ("adenocarcinoma of the sigmoid colon", "colorectal", "C18"), ("papillary thyroid carcinoma", "thyroid", "C73"),
    ("adenocarcinoma of the gastric antrum", "stomach", "C16"), ("classic Hodgkin lymphoma", "lymphoma", "C81"),
)
BENIGN = ("benign fibroadipose tissue", "reactive lymphoid hyperplasia", "chronic inflammation, no malignancy",
          "pending", "granulomatous inflammation")
_TISSUE_OPENERS = OPENERS[:8]  # a benign finding is a test's result, not a course's reason


def cases(n: int, seed: int) -> list[dict[str, Any]]:
    """`n` cases drawn with `random.Random(seed)`; about one in four a look-alike (a benign or pending result)."""
    rng = random.Random(seed)
    out = []
    for _ in range(n):
        lead, joiner = rng.choice(LEADS), rng.choice(JOINERS)
        if rng.random() < 0.25:
            opener, (finding, ty, cat) = rng.choice(_TISSUE_OPENERS), (rng.choice(BENIGN), "none", "")
        else:
            opener, (finding, ty, cat) = rng.choice(OPENERS), rng.choice(CANCERS)
        result = opener.format(finding)
        if joiner in (". ", "\n"):
            result = result[0].upper() + result[1:]
        out.append({"text": f"{lead}{joiner}{result}.", "type": ty, "category": cat, "half": half_of(lead),
                    "kind": "look-alike" if ty == "none" else "cancer", "joiner": joiner.strip() or "newline"})
    return out


def score(rows: list[dict[str, Any]]) -> dict[str, dict[str, float | int]]:
    """Share right (type and category) by half, by half and kind, and by half and joiner."""
    return share_right(rows, lambda r: (r["half"], f"{r['half']}/{r['kind']}", f"{r['half']}/joiner {r['joiner']}"))


def main(argv: list[str] | None = None) -> None:
    run(argv, __doc__, cases, score, seed=50)


if __name__ == "__main__":
    main()

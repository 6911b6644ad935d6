"""Why the coder gives no code to a form that names a cancer: the stage its mention was lost at. Counts only.

Why: "no code" is the decision that fails most where the rules were not written from the forms (the forty-seventh
pass's `--decisions` table in docs/coding.md: 81 of 204 missed held-out cases). A mechanism should be built for the
largest cause, so each "no code" miss is traced through `TextCoder.mentions` and counted under the furthest stage
its text reached:

- `no word`: the pre-filter found no malignancy word, abbreviation, stage, score or drug the vocabulary knows;
- `no mention`: a word passed the pre-filter, but no histology or abbreviation span reached site linking (an early
  filter: a marker, an institution, "pre-cancer", or a word the pre-filter knows but the matchers do not);
- `no organ`: a term reached site linking but found no organ it needs: a "tumor" word (a cancer only at some
  organs), a weak term ("CA", a pathological stage with no organ beside it), or another histology;
- `negated`, `family`, `doubted`, `other rule`: every mention was asserted away by ConText or a rule of
  `TextCoder._affirmed` (a verdict after it, a checklist answer, a differential or family section...);
- `watched for`: affirmed, but named as what an at-risk organ is screened for (`_watched_for`);
- `dropped after`: affirmed mentions that the last filters removed (a drug or stage standing for a named disease).

Sides as in `coding_forms_probe.decision_tally`: `seen` / `held` halves of families written in halves, the form's
`tuning` / `check` part otherwise. Counts only, for every side: no form's text is printed.

    python -m benchmarks.quality.coding_nocode_causes [--set F ...] [--hosts 3] [--json F]
"""

from __future__ import annotations

import argparse
import json
import re
from collections import defaultdict
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from benchmarks.quality.coding_forms_probe import DECISIONS, FAMILIES, HALVES, Case, decision, run
from benchmarks.quality.forms_probe import form_part

CAUSES = ("no word", "no mention", "no organ (tumour word)", "no organ (weak term)", "no organ", "negated",
          "family", "doubted", "other rule", "watched for", "dropped after")



@contextmanager
def traced(text_coder: Any) -> Iterator[list[tuple[str, Any]]]:
    """Record, while inside, the stages `text_coder.mentions` passes: each `_named_mentions` call ("enter"), its
    pre-filter's answers ("word"), site linking ("link"), `_affirmed`'s answers ("affirmed", a reason or "") and
    `_watched_for`'s ("watched"). The coder's own objects are wrapped on the instance and the module, then put back."""
    from cancerprep.stages.coding import textcoder as module

    events: list[tuple[str, Any]] = []
    named, might, link, affirmed = (text_coder._named_mentions, text_coder.might_mention, text_coder._link_site,
                                    text_coder._affirmed)
    watched = module._watched_for

    def wrap(name: str, fn: Callable[..., Any], value: Callable[..., Any]) -> Callable[..., Any]:
        def inner(*args: Any, **kwargs: Any) -> Any:
            out = fn(*args, **kwargs)
            events.append((name, value(out, args, kwargs) if name == "link" else value(out, args)))
            return out
        return inner

    def enter(*args: Any, **kwargs: Any) -> Any:
        events.append(("enter", None))
        return named(*args, **kwargs)

    text_coder._named_mentions = enter
    text_coder.might_mention = wrap("word", might, lambda out, _a: bool(out))
    text_coder._link_site = wrap("link", link, _linked_term)
    text_coder._affirmed = wrap("affirmed", affirmed, lambda out, a: "" if out else _refusal(a[2]))
    module._watched_for = wrap("watched", watched, lambda out, _a: bool(out))
    try:
        yield events
    finally:
        for attr in ("_named_mentions", "might_mention", "_link_site", "_affirmed"):
            delattr(text_coder, attr)
        module._watched_for = watched


def _linked_term(_out: Any, args: tuple[Any, ...], kwargs: dict[str, Any] | None = None) -> int:
    """The kind of term sent to site linking, as the index of its "no organ" cause: a "tumor" word (a cancer only at
    some organs), a weak term needing an organ beside it ("CA", a pathological stage), or another histology."""
    from cancerprep.stages.coding.textcoder import _TUMOR_WORDS

    if args[1].text.lower() in _TUMOR_WORDS:
        return 2
    return 3 if (kwargs or {}).get("adjacent") else 4


def _refusal(sent_ent: Any) -> str:
    """The first ConText reason a mention is refused ("negated", "family", "doubted"), else "other rule"; a doubt
    carries its kind after a colon (`doubt_kind`)."""
    c = sent_ent._
    if c.is_negated:
        return "negated"
    if c.is_family:
        return "family"
    if c.is_hypothetical or c.is_uncertain:
        return "doubted:" + doubt_kind(c.modifiers)
    return "other rule"


# the kinds of doubt ConText puts on a mention, by its cue: a likelihood the clinician gives the one disease named (a
# tissue result could settle it: the labelling rules count an uncertain diagnosis with tissue support), a
# differential's candidate, a work-up or exclusion sought, a hypothesis (risk, screening, teaching, a condition)
DOUBT_KINDS = ("likelihood", "differential", "work-up", "hypothesis")
_LIKELIHOOD = frozenset({"suspicious for", "concerning for", "worrisome for", "suspected", "suspect", "presumed",
                         "presumptive", "working diagnosis", "possible", "possibly", "probable", "probably", "likely",
                         "suggestive of", "concern for", "concerning", "c/f", "questionable", "questionable for",
                         "equivocal for", "favor", "favored"})
_WORK_UP = re.compile(r"rule|r/o|exclud|evaluat|question|consider|assess|work|search|look|check", re.I)
# what a doubted case holds: the kinds of its doubts, and a tissue word anywhere in its form (counts only)
DOUBTED = (*(f"doubt: {k}" for k in DOUBT_KINDS), "doubted with tissue word")
_TISSUE_WORD = re.compile(r"\b(?:biops|fna\b|aspirat|cytolog|patholog|specimen|resect|excision|histolog)", re.I)


def doubt_kind(modifiers: Any) -> str:
    """The kind (`DOUBT_KINDS`) of the first doubt among ConText `modifiers`, from its category and cue literal."""
    for m in modifiers:
        if m.category == "HYPOTHETICAL":
            return "work-up" if _WORK_UP.search(m.rule.literal) else "hypothesis"
        if m.category == "POSSIBLE_EXISTENCE":
            literal = m.rule.literal.lower()
            if literal in _LIKELIHOOD:
                return "likelihood"
            return "work-up" if _WORK_UP.search(literal) else "differential"
    return "hypothesis"


def cause(events: list[tuple[str, Any]]) -> str:
    """The furthest stage any `_named_mentions` call of one note reached (`CAUSES`), from `traced`'s events."""
    best = 0
    for i, (name, value) in enumerate(events):
        if name == "enter":
            first_word = next((v for n, v in events[i + 1:] if n == "word"), False)
            best = max(best, 1 if first_word else 0)
        elif name == "link":
            best = max(best, value)
    refusals = [v.split(":")[0] for n, v in events if n == "affirmed"]
    if any(v == "" for v in refusals):
        watched = [v for n, v in events if n == "watched"]
        return "watched for" if watched and all(watched) else "dropped after"
    if refusals:
        for reason in ("negated", "family", "doubted", "other rule"):
            if reason in refusals:
                return reason
    return CAUSES[best]


# what a note whose cancer no vocabulary word reached ("no word", "no mention") holds instead: counts only
FEATURES = ("drug of one type", "drug of several types", "cancer operation", "marker", "staging", "radiation",
            "malignant word", "all capitals", "lower case")
_MALIGNANT_WORD = re.compile(r"cancer|carcinom|malignan|neoplas|metasta|tumou?r|leuk|lymphom|myelom|sarcom|\w{3}oma\b"
                             r"|blast", re.I)


def features(text_coder: Any, text: str) -> list[str]:
    """Which of `FEATURES` a note holds (outside nothing: a coarse look, for counting the kinds of word-level
    misses); from the coder's own tables (`_drugs`, `_procedures`, `_markers`, staging systems)."""
    from cancerprep.stages.coding.coded import names_radiation_target
    from cancerprep.stages.coding.textcoder import _case_counts, _lower_case

    out = []
    drugs = [m.group(1).lower() for m in text_coder._drug_re.finditer(text)] if text_coder._drug_re else []
    if any(len(set(text_coder._drugs[d])) == 1 for d in drugs):
        out.append(FEATURES[0])
    if any(len(set(text_coder._drugs[d])) > 1 for d in drugs):
        out.append(FEATURES[1])
    for i, pattern in ((2, text_coder._procedure_re), (3, text_coder._marker_re), (4, text_coder._staging_re)):
        if pattern is not None and pattern.search(text):
            out.append(FEATURES[i])
    if names_radiation_target(text):
        out.append(FEATURES[5])
    if _MALIGNANT_WORD.search(text):
        out.append(FEATURES[6])
    upper, letters = _case_counts(text)
    if letters and upper / letters > 0.6:
        out.append(FEATURES[7])
    if _lower_case(upper, letters):
        out.append(FEATURES[8])
    return out


def doubt_kinds(events: list[tuple[str, Any]]) -> set[str]:
    """The kinds of doubt (`DOUBT_KINDS`) that refused one note's mentions, from `traced`'s events."""
    return {v.split(":", 1)[1] for n, v in events if n == "affirmed" and v.startswith("doubted:")}


def side_of(case: Case) -> str:
    half = case.klass.rsplit("_", 1)[-1]
    return half if half in HALVES else form_part(case.form.text)


def tally_causes(family: str, n_hosts: int) -> dict[str, dict[str, int]]:
    """Counts of "no code" misses by cause, per side, for one family (every form, alone and in `n_hosts` hosts)."""
    from cancerprep.stages.base import RunContext
    from cancerprep.stages.coding.stages import SortStage

    all_cases, preds = run(n_hosts, family, "all")
    stage = SortStage({}, RunContext())
    stage.ensure_setup()
    out: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("n", *CAUSES, *FEATURES, *DOUBTED), 0))
    for c, p in zip(all_cases, preds, strict=True):
        side = side_of(c)
        out[side]["n"] += 1
        if decision(c.form, p) != DECISIONS[0]:
            continue
        with traced(stage.coder.text) as events:
            stage.coder.text.mentions(c.text)
        why = cause(events)
        out[side][why] += 1
        if why in CAUSES[:2] and not c.host:  # the form alone: what it holds instead of a known word
            for f in features(stage.coder.text, c.text):
                out[side][f] += 1
        if why == "doubted":  # the kind of its doubts, and whether the form alone holds a tissue word
            for kind in doubt_kinds(events):
                out[side][f"doubt: {kind}"] += 1
            out[side][DOUBTED[-1]] += _TISSUE_WORD.search(c.form.text) is not None
    return dict(out)


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--set", choices=FAMILIES, nargs="*", default=list(FAMILIES), dest="families")
    ap.add_argument("--hosts", type=int, default=3, help="host notes each form is set into (0 = alone only)")
    ap.add_argument("--json", type=Path, help="write the counts as JSON")
    args = ap.parse_args(argv)
    result: dict[str, dict[str, dict[str, int]]] = {}
    total: dict[str, dict[str, int]] = defaultdict(lambda: dict.fromkeys(("n", *CAUSES, *FEATURES, *DOUBTED), 0))
    for family in args.families:
        result[family] = tally_causes(family, args.hosts)
        for side, counts in result[family].items():
            for k, v in counts.items():
                total["held-out" if side in ("held", "check") else "seen"][k] += v
            shown = [f"{k} {counts[k]}" for k in (*CAUSES, *FEATURES, *DOUBTED) if counts[k]]
            print(f"{family:<12} {side:<7} n {counts['n']:>5}  " + "; ".join(shown), flush=True)
    for side, counts in sorted(total.items()):
        print(f"{'ALL':<12} {side:<8} n {counts['n']:>5}  " + "; ".join(f"{k} {counts[k]}" for k in CAUSES))
        print(f"{'':<12} {'':<8}   forms alone with no word: " + "; ".join(f"{k} {counts[k]}" for k in FEATURES))
        print(f"{'':<12} {'':<8}   doubted cases: " + "; ".join(f"{k} {counts[k]}" for k in DOUBTED))
    if args.json:
        args.json.write_text(json.dumps({"families": result, "total": total}, indent=2, sort_keys=True) + "\n")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

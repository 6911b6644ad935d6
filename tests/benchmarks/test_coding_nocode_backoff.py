"""`coding_nocode_backoff`: which notes the rules code `none` a backoff would code, and whether rightly (type and
category by the type's default code). The coder and the model are not run."""

from benchmarks.quality.coding_nocode_backoff import Case, backoff_right, tally

DEFAULTS = {"breast": "C50.919", "lung": "C34.90"}
CLASSES = ["breast", "lung", "none", "other_cancer"]


def _case(gold_type: str, gold_icd: str, rules_type: str = "none") -> Case:
    return Case("g", "train", True, "stand-in", gold_type, gold_icd, rules_type)


def test_right_needs_the_gold_type_and_its_category() -> None:
    assert backoff_right(_case("breast", "C50"), "breast", DEFAULTS)
    assert not backoff_right(_case("breast", "Z85"), "breast", DEFAULTS)  # the default code is active
    assert not backoff_right(_case("none", ""), "lung", DEFAULTS)
    assert not backoff_right(_case("breast", "C50"), "lung", DEFAULTS)


def test_only_notes_the_rules_code_none_are_counted_and_by_threshold() -> None:
    cases = [_case("breast", "C50"), _case("none", ""), _case("lung", "C34", rules_type="lung"),
             _case("breast", "C50")]
    probs = [[0.95, 0.0, 0.05, 0.0],   # breast, sure: right at every threshold
             [0.0, 0.75, 0.25, 0.0],   # lung for a note with none: wrong up to 0.7
             [0.0, 0.99, 0.01, 0.0],   # the rules coded it: never counted
             [0.1, 0.0, 0.1, 0.8]]     # other_cancer most likely: never taken
    out = tally(cases, CLASSES, probs, DEFAULTS)
    assert out[0.5] == [1, 1]
    assert out[0.7] == [1, 1]
    assert out[0.8] == [1, 0]
    assert out[0.9] == [1, 0]

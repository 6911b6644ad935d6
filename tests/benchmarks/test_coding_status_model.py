"""`coding_status_model`: the features of a main cancer's sentences and the count of the rules' status decisions a
model would overrule rightly and wrongly. The coder and the model are not run."""

from types import SimpleNamespace

from benchmarks.quality.coding_status_model import Example, flips, status_features


def _mention(text: str, words: str, **kw: object) -> SimpleNamespace:
    at = text.index(words)
    return SimpleNamespace(start=at, end=at + len(words), section=kw.get("section", "narrative"),
                           current=kw.get("current", False), status=kw.get("status", -2))


def test_features_are_the_mention_sentence_words_with_years_folded_and_the_rules_decision() -> None:
    text = "She is well. Breast cancer treated in 2011 with 3 cycles. Her knee hurts."
    f = status_features(text, [_mention(text, "Breast cancer", section="past")], True)
    assert {"w=<C>", "w=treated", "w=<year>", "w=<num>", "b=<C>_treated", "section=past", "current=0",
            "status=-2", "rules_history"} <= set(f)
    assert f["rules_history"] == 1.0
    # other sentences' words are not the mention's
    assert not {"w=well", "w=knee", "w=2011"} & set(f)
    assert "rules_history" not in status_features(text, [_mention(text, "Breast cancer")], None)


def test_flips_count_only_what_the_thresholds_overrule() -> None:
    def ex(history: bool, rules: bool) -> Example:
        return Example("g", "train", history, rules, {})

    cases = [ex(True, False), ex(False, False), ex(False, True), ex(True, True)]
    # active by the rules overruled above 0.9, history below 0.1
    assert flips(cases, [0.95, 0.95, 0.05, 0.5], 0.1, 0.9) == (2, 1)
    assert flips(cases, [0.5, 0.5, 0.5, 0.5], 0.1, 0.9) == (0, 0)
    assert flips(cases, [0.95, 0.2, 0.05, 0.01], 0.1, 0.9) == (2, 1)

"""The scoring the generated-variation probes share (`benchmarks.quality.variation_score`): a phrase's place in its
line must come back as the engine's overlapping spans once the line sits inside a host note, and recall is tallied
per feature value with the whole under "all"."""

from __future__ import annotations

from benchmarks.quality.variation_score import (
    cased,
    draw_case,
    found_and_marked,
    overlaps,
    print_marked,
    print_recall,
    print_seen_misses,
    print_weak,
    recall_by_feature,
)


def test_recall_by_feature_counts_every_value_and_the_whole() -> None:
    feats = [{"shape": "a", "case": "upper"}, {"shape": "a", "case": "str"}, {"shape": "b", "case": "str"}]
    got = recall_by_feature(feats, [True, False, True])
    assert got["shape"] == {"a": 0.5, "b": 1.0}
    assert got["case"] == {"str": 0.5, "upper": 1.0}
    assert got["all"] == {"all": 0.6667}


def test_overlaps_finds_a_name_and_leaves_a_refusal_alone() -> None:
    name_line = "Seen today with her daughter Philippa Wrenshaw-Okonkwo at the bedside."
    a = name_line.index("Philippa")
    safe_line = "Blood pressure was stable through the night."
    b = safe_line.index("pressure")
    got = overlaps([(name_line, a, a + len("Philippa Wrenshaw-Okonkwo")), (safe_line, b, b + len("pressure"))],
                   seed=3, host_chars=400)
    assert len(got) == 2
    assert got[0] and all(s.entity_type for s in got[0])
    assert got[1] == []
    # the host notes are drawn from the seed: the same call gives the same spans
    again = overlaps([(name_line, a, a + len("Philippa Wrenshaw-Okonkwo"))], seed=3, host_chars=400)
    assert [(s.start, s.end) for s in again[0]] == [(s.start, s.end) for s in got[0]]


def test_found_and_marked_counts_a_withheld_note_as_found_and_as_not_marked() -> None:
    span = object()
    got = [[span], [], None, [span], [], None]
    assert found_and_marked(got, 3) == ([True, False, True], [True, False, False])


def test_print_weak_lists_values_under_the_bar_weakest_first_and_print_marked_only_marked_lines(capsys) -> None:
    recall = {"shape": {"a": 1.0, "bb": 0.5, "c": 0.25, "long-value": 0.9}}
    print_weak(recall, ("shape", "missing"), width=4, most=3)
    print_marked("REFUSAL MARKED", [("kept line", 1), ("marked line", 2)], [False, True])
    assert capsys.readouterr().out.splitlines() == ["  shape: c 0.25; bb 0.5; long 0.9", "  missing: ",
                                                   "REFUSAL MARKED 'marked line'"]


def test_print_recall_lists_every_value_and_print_seen_misses_never_a_held_out_line(capsys) -> None:
    print_recall({"half": {"held": 0.5, "seen": 1.0}, "class": {"x": 0.0}}, ("half",))
    cases = [({"half": "seen", "class": "a", "layout": "log"}, "seen one", None),
             ({"half": "held", "class": "a", "layout": "row"}, "held one", None),
             ({"half": "seen", "class": "b", "layout": "row"}, "seen two", None),
             ({"half": "seen", "class": "b", "layout": "log"}, "seen found", None),
             ({"half": "seen", "class": "c", "layout": "log"}, "seen three", None)]
    print_seen_misses(cases, [False, False, False, True, False], errors=2)
    assert capsys.readouterr().out.splitlines() == [f"{'held':24s} 0.5000", f"{'seen':24s} 1.0000",
                                                   "MISS a log 'seen one'", "MISS b row 'seen two'"]


class _Draws:
    """A stand-in for `random.Random` that hands out the given draws in order."""

    def __init__(self, *draws: float) -> None:
        self.draws = list(draws)

    def random(self) -> float:
        return self.draws.pop(0)


def test_draw_case_takes_one_draw_against_its_two_bars() -> None:
    rng = _Draws(0.1, 0.25, 0.5, 0.1, 0.2)
    assert [draw_case(rng)("Ab") for _ in range(3)] == ["AB", "ab", "Ab"]
    assert draw_case(rng, 0.15, 0.25).__name__ == "upper" and draw_case(rng, 0.15, 0.25).__name__ == "lower"
    assert cased(_Draws(0.29), "Ab") == "ab" and not rng.draws

"""The scoring the generated-variation probes share (`benchmarks.quality.variation_score`): a phrase's place in its
line must come back as the engine's overlapping spans once the line sits inside a host note, and recall is tallied
per feature value with the whole under "all"; the halved probes (layout, signer, staff) draw their cases and refusal
lines and report them through one set of helpers."""

from __future__ import annotations

import json
import random

import pytest

from benchmarks.quality import variation_score
from benchmarks.quality.variation_score import (
    cased,
    clock,
    draw_case,
    fill_slots,
    found_and_marked,
    halved_cases,
    halved_main,
    overlaps,
    print_marked,
    print_recall,
    print_seen_misses,
    print_weak,
    recall_by_feature,
    refusal_lines,
    score_halved,
    split_halves,
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


def test_cased_takes_its_bars_from_the_caller() -> None:
    assert cased(_Draws(0.22), "Ab") == "ab" and cased(_Draws(0.22), "Ab", upper=0.25, lower=0.35) == "AB"
    assert cased(_Draws(0.32), "Ab", upper=0.25, lower=0.35) == "ab" and cased(_Draws(0.32), "Ab") == "Ab"


def test_split_halves_deals_even_places_to_seen_and_odd_to_held() -> None:
    assert split_halves(["a", "b", "c", "d", "e"]) == {"seen": ("a", "c", "e"), "held": ("b", "d")}


def test_clock_writes_a_time_of_day() -> None:
    rng = random.Random(4)
    for _ in range(50):
        t = clock(rng).replace(":", "")
        assert len(t) == 4 and t.isdigit() and int(t[:2]) < 24 and int(t[2:]) < 60


def test_fill_slots_draws_afresh_for_every_occurrence_in_slot_order() -> None:
    draws = iter("12345")
    slots = {"{A}": lambda: "a" + next(draws), "{B}": lambda: "b" + next(draws)}
    assert fill_slots("{B} {A} {B} {A}", slots) == "b3 a1 b4 a2"
    assert fill_slots("no slot", slots) == "no slot"


def _line(rng: random.Random, cls: str, layout: str, half: str) -> tuple[str, tuple[int, int]]:
    value = str(rng.randrange(1000))
    return f"{layout}: {value}", (len(layout) + 2, len(layout) + 2 + len(value))


def test_halved_cases_cycle_each_class_through_its_halfs_layouts_from_one_seed() -> None:
    halves = split_halves(["x1", "x2", "y1", "y2", "x3"])
    class_of = {"x1": "x", "x2": "x", "x3": "x", "y1": "y", "y2": "y"}
    got = halved_cases(3, 7, ("y", "x"), halves, _line, class_of)
    assert got == halved_cases(3, 7, ("y", "x"), halves, _line, class_of)
    assert [(f["class"], f["half"], f["layout"]) for f, _, _ in got] == [
        ("y", "seen", "y1"), ("y", "seen", "y1"), ("y", "seen", "y1"),
        ("y", "held", "y2"), ("y", "held", "y2"), ("y", "held", "y2"),
        ("x", "seen", "x1"), ("x", "seen", "x3"), ("x", "seen", "x1"),
        ("x", "held", "x2"), ("x", "held", "x2"), ("x", "held", "x2")]
    assert all(f["class_half"] == f"{f['class']}/{f['half']}" for f, _, _ in got)
    assert all(text[a:b].isdigit() for _, text, (a, b) in got)
    # with no classes given to the layouts, every class takes every layout of its half
    every = halved_cases(3, 7, ("y",), halves, _line)
    assert [f["layout"] for f, _, _ in every] == ["x1", "y1", "x3", "x2", "y2", "x2"]


def test_refusal_lines_draw_n_lines_per_shape_from_the_seed_after_the_cases() -> None:
    def render(rng: random.Random, tmpl: str) -> str:
        return tmpl.replace("{N}", str(rng.randrange(100)))

    got = refusal_lines(2, 5, (("one", "a {N}"), ("two", "b {N}")), render)
    rng = random.Random(6)
    assert got == [("one", f"a {rng.randrange(100)}"), ("one", f"a {rng.randrange(100)}"),
                   ("two", f"b {rng.randrange(100)}"), ("two", f"b {rng.randrange(100)}")]


_CASES = [({"class": "c", "half": "seen", "layout": "l1", "class_half": "c/seen"}, "seen missed", (0, 4)),
          ({"class": "c", "half": "held", "layout": "l2", "class_half": "c/held"}, "held missed", (0, 4)),
          ({"class": "c", "half": "seen", "layout": "l1", "class_half": "c/seen"}, "seen found", (0, 4))]


def _fake_overlaps(monkeypatch: pytest.MonkeyPatch, got: list) -> list:
    calls: list = []

    def fake(items: list, seed: int) -> list:
        calls.append((list(items), seed))
        return got

    monkeypatch.setattr(variation_score, "overlaps", fake)
    return calls


def test_score_halved_reads_cases_and_refusals_in_one_batch_and_reports_both(monkeypatch, capsys, tmp_path) -> None:
    span = object()
    calls = _fake_overlaps(monkeypatch, [[], [], [span], [span], [], None])
    refused = [("vitals", "Vitals stable"), ("vitals", "Vitals ok"), ("drugs", "NS, LR")]
    path = tmp_path / "r.json"
    result = score_halved(_CASES, refused, n=1, seed=9, errors=5, json_path=str(path), keys=("half",))
    assert calls == [([("seen missed", 0, 4), ("held missed", 0, 4), ("seen found", 0, 4), ("Vitals stable", 0, 13),
                       ("Vitals ok", 0, 9), ("NS, LR", 0, 6)], 9)]
    assert capsys.readouterr().out.splitlines() == [
        f"{'held':24s} 0.0000", f"{'seen':24s} 0.5000", "refusal lines marked: 1 of 3  {'vitals': 1, 'drugs': 0}",
        "MISS c l1 'seen missed'"]
    assert json.loads(path.read_text(encoding="utf-8")) == result
    assert list(result) == ["n", "seed", "recall", "refusals_marked"] and result["refusals_marked"]["vitals"] == 1


def test_score_halved_without_refusals_prints_and_keeps_no_refusal_count(monkeypatch, capsys) -> None:
    _fake_overlaps(monkeypatch, [[], [], [object()]])
    result = score_halved(_CASES, None, n=1, seed=9, keys=("half",))
    assert "refusals_marked" not in result
    assert not any(line.startswith("refusal") for line in capsys.readouterr().out.splitlines())


def test_halved_main_parses_its_flags_and_offers_refusals_only_where_a_probe_has_them(monkeypatch, tmp_path) -> None:
    drawn: list = []

    def cases(n: int, seed: int, classes: tuple[str, ...]) -> list:
        drawn.append(("cases", n, seed, classes))
        return _CASES[:1]

    def refusals(n: int, seed: int) -> list:
        drawn.append(("refusals", n, seed))
        return [("vitals", "Vitals stable")] * n

    _fake_overlaps(monkeypatch, [[]] * 4)
    path = tmp_path / "r.json"
    assert halved_main(["--seed", "3", "--refusals", "3", "--json", str(path)], "Probe.\n\nmore", cases, n=8, seed=1,
                       classes=("c", "d"), refusals=(refusals, 2)) == 0
    assert drawn == [("cases", 8, 3, ("c", "d")), ("refusals", 3, 3)]
    assert json.loads(path.read_text(encoding="utf-8"))["refusals_marked"] == {"vitals": 0}
    with pytest.raises(SystemExit):
        halved_main(["--refusals", "3"], "Probe.", cases, n=8, seed=1, classes=("c",))


def test_line_spans_gives_spans_in_the_lines_own_offsets_and_none_where_withheld(monkeypatch) -> None:
    class _Span:
        def __init__(self, start: int, end: int) -> None:
            self.start, self.end = start, end

    monkeypatch.setattr(variation_score, "_read", lambda lines, seed, host_chars: [
        (100, [_Span(90, 95), _Span(104, 106), _Span(108, 130)]), (7, None)])
    got = variation_score.line_spans(["0123456789", "abc"], seed=1)
    assert got == [[(4, 6), (8, 10)], None]  # the host note's span left out, one running past the line clipped

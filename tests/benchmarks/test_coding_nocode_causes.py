"""`coding_nocode_causes`: the stage a "no code" miss's mention was lost at, from the events `traced` records. The
coder is not run: a stand-in object takes its place."""

from __future__ import annotations

from types import SimpleNamespace
from typing import Any

from benchmarks.quality.coding_nocode_causes import cause, doubt_kind, doubt_kinds, traced


def test_the_furthest_stage_reached_is_the_cause() -> None:
    assert cause([("enter", None), ("word", False)]) == "no word"
    assert cause([("enter", None), ("word", True), ("word", False)]) == "no mention"
    assert cause([("enter", None), ("word", True), ("link", 2)]) == "no organ (tumour word)"
    assert cause([("enter", None), ("word", True), ("link", 4), ("affirmed", "doubted")]) == "doubted"
    # a second pass (a course's rewritten text) that gets further decides
    assert cause([("enter", None), ("word", False), ("enter", None), ("word", True)]) == "no mention"
    # one mention kept but screened for: watched; kept and not screened, yet nothing came out: dropped after
    kept = [("enter", None), ("word", True), ("link", 4), ("affirmed", "")]
    assert cause([*kept, ("watched", True)]) == "watched for"
    assert cause([*kept, ("watched", False)]) == "dropped after"


def _modifier(category: str, literal: str) -> Any:
    return SimpleNamespace(category=category, rule=SimpleNamespace(literal=literal))


def test_a_doubt_is_counted_by_its_kind() -> None:
    assert doubt_kind([_modifier("POSSIBLE_EXISTENCE", "likely")]) == "likelihood"
    assert doubt_kind([_modifier("POSSIBLE_EXISTENCE", "versus")]) == "differential"
    assert doubt_kind([_modifier("POSSIBLE_EXISTENCE", "rule out")]) == "work-up"
    assert doubt_kind([_modifier("HYPOTHETICAL", "evaluated for")]) == "work-up"
    assert doubt_kind([_modifier("HYPOTHETICAL", "risk of")]) == "hypothesis"
    # the first doubt decides; a negation before it is no doubt
    assert doubt_kind([_modifier("NEGATED_EXISTENCE", "no"), _modifier("POSSIBLE_EXISTENCE", "vs")]) == "differential"
    events = [("enter", None), ("affirmed", "doubted:likelihood"), ("affirmed", "doubted:differential")]
    assert cause(events) == "doubted"
    assert doubt_kinds(events) == {"likelihood", "differential"}


class _StandIn:
    """What `traced` wraps, answering as a note with one doubted histology would."""

    def _named_mentions(self, text: str) -> list[Any]:
        if self.might_mention(text):
            hist = SimpleNamespace(text="carcinoma")
            self._link_site(None, hist, [], adjacent=False)
            self._affirmed(text, hist, SimpleNamespace(_=SimpleNamespace(
                is_negated=False, is_family=False, is_hypothetical=True, is_uncertain=False,
                modifiers=[_modifier("HYPOTHETICAL", "screening")])), hist, [])
        return []

    def might_mention(self, text: str) -> bool:
        return bool(text)

    def _link_site(self, *args: Any, **kwargs: Any) -> None:
        return None

    @staticmethod
    def _affirmed(*args: Any) -> bool:
        return False

    def mentions(self, text: str) -> list[Any]:
        return self._named_mentions(text)


def test_traced_records_the_stages_and_puts_the_coder_back() -> None:
    coder = _StandIn()
    with traced(coder) as events:
        coder.mentions("a note")
    assert cause(events) == "doubted"
    assert doubt_kinds(events) == {"hypothesis"}
    assert "_affirmed" not in vars(coder) and "might_mention" not in vars(coder)
    with traced(coder) as events:
        coder.mentions("")
    assert cause(events) == "no word"

"""The cheap pre-checks in front of world_names, initials_positions and chart_tables rules (perf17, issue 18): each
layer (`Lined`, `Anchored`, a pre-gate, a word list searched grouped by first letters) must find what the rule
without it finds. Per layer: the word or shape it asks for missing -> no match; present -> the same matches (spans
and groups) as the rule without it, on real notes (with upper- and lower-cased and flattened rewrites) and on
written examples."""

from __future__ import annotations

import re as stdre

import pytest

from cancerprep.stages.deid.recognizers import chart_tables as C
from cancerprep.stages.deid.recognizers import initials_positions as I
from cancerprep.stages.deid.recognizers import world_names as W
from cancerprep.stages.deid.recognizers.base import Anchored, Gated, Lined, WordAnchored, compile_for_search, finditer


def _plain(rule: object) -> object:
    """The rule without its perf17 layer: a Gated rule keeps its gate and loses the Lined/Anchored/pre-gate inside."""
    if isinstance(rule, Gated):
        inner = rule.pattern
        if isinstance(inner, (Lined, Anchored)):
            return Gated(rule.gate, inner.pattern)
        if isinstance(inner, Gated):  # a pre-gate before the rule's own gate: the inner rule is the plain one
            return inner
    if isinstance(rule, (Lined, Anchored, WordAnchored)):
        return rule.pattern
    raise AssertionError(f"no perf17 layer on {rule!r}")


RULES = {"world _SUBJECT": W._SUBJECT, "world _SORTED_ROW": W._SORTED_ROW, "world _KIN_NAME": W._KIN_NAME,
         "initials _ACT": I._ACT, "initials _ROLE_SLASH": I._ROLE_SLASH, "chart _ROUTE_END": C._ROUTE_END}

# (rule, a text it matches, the same text without what the layer asks for)
EXAMPLES = [
    (W._SUBJECT, "Prayogo arousable to voice.", "Prayogo to voice."),
    (W._SUBJECT, "Plan: Wafeeq asked for water", "Plan: Wafeeq for water"),
    (W._SUBJECT, "Naail in bed 12 overnight", "Naail near bed 12 overnight"),
    (W._SORTED_ROW, "412-1 Nkansa, Mahmud  tele", "412-1 Nkansa, Mahmud tele"),
    (W._SORTED_ROW, "03:17. Ghauth, Fuma A.", "03:17. Ghauth, Fuma"),
    (W._SORTED_ROW, "checked: Novitasari, Upik / MRN 1", "checked: Novitasari, Upik / ok"),
    (W._KIN_NAME, "Baby Gyongyi to NICU", "Gyongyi to NICU"),
    (W._KIN_NAME, "FOB Katica present", "F.O.B. Katica present"),
    (I._ACT, "heparin verified by AB.", "heparin by AB."),
    (I._ACT, "wasted: CD", "w: CD"),
    (I._ROLE_SLASH, "hung by RN/AB at 0800", "hung by RN AB at 0800"),
    (I._ROLE_SLASH, "site checked AB/LPN", "site checked AB LPN"),
]


@pytest.fixture(scope="module")
def texts(real_notes: tuple[str, ...]) -> list[str]:
    notes = list(real_notes[::3])
    return (notes + [t.upper() for t in notes[:150]] + [t.lower() for t in notes[:150]]
            + [t.replace("\n", "  ") for t in notes[:100]] + [e for _, a, b in EXAMPLES for e in (a, b)]
            + ["\u212aids at home: Ann 12, Bo 9", "Prayogo arousable\u00a0to voice"])


def _found(rule: object, text: str) -> list[tuple]:
    found = [(m.span(), m.groups()) for m in finditer(rule, text)]
    if rule is C._ROUTE_END or rule is C._ROUTE_END.pattern:  # only a line with a route word keeps its ends
        found = [f for f in found if C._ROUTE_LINE.search(text, *C.line_bounds(text, f[0][0]))]
    return found


@pytest.mark.parametrize(("rule", "present", "missing"), EXAMPLES)
def test_what_the_layer_asks_for_missing_gives_no_match_present_the_plain_rules(rule: object, present: str,
                                                                                  missing: str) -> None:
    assert _found(rule, present), present
    assert _found(rule, present) == _found(_plain(rule), present)
    assert _found(rule, missing) == [] == _found(_plain(rule), missing)


@pytest.mark.parametrize("name", sorted(RULES))
def test_each_layer_keeps_the_matches_of_the_rule_without_it_on_real_notes(name: str, texts: list[str]) -> None:
    rule = RULES[name]
    plain = _plain(rule)
    differ = [i for i, t in enumerate(texts) if _found(rule, t) != _found(plain, t)]
    assert not differ, f"{name}: {len(differ)} texts differ"


def test_the_prefix_and_route_gates_keep_the_rules_answers(texts: list[str]) -> None:
    """`_VISIT_PREFIX` behind its gate finds what the bare pattern finds; the route gate never says absent where the
    route words occur; the whole recogniser's spans follow."""
    for t in [*texts, "ENC-12345678 seen", "vn#123456 today", "FIN 1234567", "EMS transport from Salem"]:
        assert _found(C._VISIT_PREFIX, t) == _found(C._VISIT_PREFIX.pattern, t)
        if C._ROUTE_LINE.search(t):
            assert not C._ROUTE_GATE.absent(t)
    assert _found(C._VISIT_PREFIX, "acct#1234567") and not _found(C._VISIT_PREFIX, "acct#12345")
    assert C._ROUTE_GATE.absent("seen in clinic today") and not C._ROUTE_GATE.absent("EMS here")


@pytest.mark.parametrize("alternation", [f"{W._STATES}|{W._ACTS}", f"{W._RELATION_WORDS}|baby|fob|mob", W._TALK,
                                         f"{I._SIGNING}|{I._ACTS}", I._ROLES])
def test_grouping_by_first_letter_finds_the_same_places(alternation: str, texts: list[str]) -> None:
    """The gates and anchors of these word lists are searched as `compile_for_search` groups them (`Folded`,
    `Anchored`, `Lined`): the same places as the plain alternation."""
    plain = stdre.compile(rf"(?=\b(?:{alternation})\b)")
    grouped = compile_for_search(rf"(?=\b(?:{alternation})\b)")
    for t in texts[::4]:
        low = t.lower()
        assert [m.start() for m in plain.finditer(low)] == [m.start() for m in grouped.finditer(low)]


def test_route_ends_are_read_on_route_lines_only() -> None:
    """The route's ends on a line with a route word; "from X" on a line without one gives no city, as before."""
    assert _found(C._ROUTE_END, "Transport from Salem, today")
    assert list(finditer(C._ROUTE_END, "moved from Salem, today")) == []
    assert [s for s in C.chart_spans("moved from Salem, today") if s[2] == C.LOCATION] == []
    assert [s for s in C.chart_spans("Transport from Salem, today") if s[2] == C.LOCATION]


def test_the_gated_rules_still_refuse_look_alikes() -> None:
    """Refusals the rules had stay refusals: a drug as subject, a count before "unit", a prefix with five digits."""
    assert W.world_name_spans("Keytruda held today.") == []
    assert not _found(I._ROLE_SLASH, "SR/ST on monitor")
    assert not _found(C._VISIT_PREFIX, "ENC-12345 only")

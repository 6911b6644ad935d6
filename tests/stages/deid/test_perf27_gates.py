"""The cheap pre-checks perf27 put before contact, address, periop, ward and location rules (issue 18): digit-group
gates searched by `regex` (`RegexFolded`), street-suffix words asked of the note's runs of letters and digits
(`AlnumWords`), a wide gate asked once a note before a narrower one (`KeptGate`, shared `Folded` objects), periop's
count-line rules skipped on notes without a count word, ward's shared anchor search opening with a look behind instead
of `\\b`, and the location token loop run over the tokens where a rule can fire. Each must find exactly what the plain
rule (or the old loop) finds: on written examples with the gate open and shut, and on real notes with upper- and
lower-cased and flattened rewrites; a note with non-ASCII characters is never gated."""

from __future__ import annotations

import re as stdre

import pytest

from cancerprep.stages.deid.recognizers import address as A
from cancerprep.stages.deid.recognizers import contact as C
from cancerprep.stages.deid.recognizers import periop_forms as P
from cancerprep.stages.deid.recognizers import ward_forms as W
from cancerprep.stages.deid.recognizers.base import (
    AlnumWords,
    Folded,
    Gated,
    KeptGate,
    RegexFolded,
    compile_for_search,
    lowered,
    run_set,
)
from cancerprep.stages.deid.recognizers.locations import LocationRecognizer
from tests.stages.deid.rewrites import found, plain, rewrites, with_examples


def _gated(rules: list, kind: type) -> list:
    """The rules whose outer gate is of `kind`, with their index."""
    return [(i, p) for i, (p, *_rest) in enumerate(rules) if isinstance(p, Gated) and isinstance(p.gate, kind)]


_CONTACT = C.contact_recognizer().rules
_ADDRESS = A.address_recognizer().rules

CONTACT_EXAMPLES = [
    ("Call (617) 555-1234 or 617.555.1234", "Call (617) 555-123 or 617.55.1234"),
    ("Pager 301 273 45166 today", "Pager 301 27 45166 today"),
    ("Fax 684/508-9462 now", "Fax 684/508-946 now"),
    ("Daughter 555-1234 (cell), call 293-4061", "Daughter 555-123 (cell), call 29-4061"),
    ("Call back number 5551234", "Call back number 555123"),
    ("mail ann.lee@example.org", "mail ann.lee at example.org"),
    ("host 10.2.33.4 down", "host 10.2.33 down"),
    ("+1 617-555-1234\n555\n555 1234", "BP 120/80 HR 88 on 2/3"),
]
ADDRESS_EXAMPLES = [
    ("lives at 12 Elm St-2, 4604 Maple Drive", "lives at 12 Elm, 4604 Maple"),
    ("1234 W 56th St Apt 4M, 12B 3rd St.", "1234 W 56th, 12B 3rd"),
    ("W 56th Street, on 5th Avenue", "W 56th, on 5th"),
    ("3949-E Meadowlark Ave., 408 Quarry Crossing", "3949-E Meadowlark, 408 Quarry"),
    ("12 Gillis Pike and 20 Harvest Run", "12 Gillis and 20 Harvest"),
    ("found at her home on Church Row; lives off Meadowlark Ave.", "found at her home on Church; lives off Meadowlark"),
    ("Garland Fire Medic 4, Mason City Fire & Rescue", "Garland Medic 4, Mason City & Rescue"),
    ("Smith Sheriff's Office; problems noted by Enterprise Police Department", "Smith Office; problems noted"),
]


@pytest.mark.parametrize("index", [i for i, _ in _gated(_CONTACT, RegexFolded)])
def test_contact_digit_gates_keep_every_match(index: int, real_notes: tuple[str, ...]) -> None:
    rule = _CONTACT[index][0]
    texts = [p for p, _ in CONTACT_EXAMPLES] + [q for _, q in CONTACT_EXAMPLES]
    texts += rewrites(real_notes) + with_examples(real_notes, CONTACT_EXAMPLES)
    assert all(found(rule, t) == found(plain(rule), t) for t in texts)


def test_contact_gates_open_and_shut() -> None:
    ten = C._TEN_DIGITS
    assert not ten.absent("call (617) 555-1234") and not ten.absent("617.555.1234")
    assert ten.absent("BP 120/80, 2094-01-03, 555-1234")
    assert not C._LOCAL_NUMBER.absent("x 555-1234") and C._LOCAL_NUMBER.absent("x 555-123 and 55-1234")
    assert not ten.absent("٦١٧ 555 1234 ü")  # a note with other characters is never gated
    gated = [p for p, *_ in _CONTACT if isinstance(p, Gated) and p.gate is ten]
    assert len(gated) == 2 and all(found(p, "Tel 617 555 1234") for p in gated)
    assert all(found(p, "Tel 617 555 123") == [] for p in gated)


def test_regex_folded_answers_as_the_folded_search() -> None:
    notes = ["Room 4-5821, CALL 555-1234", "no digits", "12:30 1234567", "ext.\t4321 \u00e9"]
    for source in (r"[0-9]{3}[-.][0-9]{4}", r"[0-9]{7}", r"ext\.?[ \t]*[0-9]{4}", r"call"):
        gate, folded = RegexFolded(source), Folded(source)
        for note in notes:
            assert gate.absent(note) == folded.absent(note)
            assert gate.absent(note) == (note.isascii() and stdre.search(source, note.lower()) is None)


# (four of them searched since perf41 only on the lines holding their words, `address.WordLined`: the words' gate)
# (the three ordinal-street rules stand behind one shared ordinal gate since perf49: counted by their own gate)
def _inside_ordinal_gate(rule: object) -> object:
    return rule.pattern if isinstance(rule, Gated) and rule.gate is A._ORDINAL_GATE else rule


ALNUM_RULES = [(i, p) for i, (outer, *_) in enumerate(_ADDRESS) for p in [_inside_ordinal_gate(outer)]
               if (isinstance(p, Gated) and isinstance(p.gate, AlnumWords)) or isinstance(p, A.WordLined)]


@pytest.mark.parametrize("index", [i for i, _ in ALNUM_RULES])
def test_street_word_gates_keep_every_match(index: int, real_notes: tuple[str, ...]) -> None:
    rule = _ADDRESS[index][0]
    texts = [p for p, _ in ADDRESS_EXAMPLES] + [q for _, q in ADDRESS_EXAMPLES]
    texts += rewrites(real_notes) + with_examples(real_notes, ADDRESS_EXAMPLES)
    assert all(found(rule, t) == found(plain(rule), t) for t in texts)


def test_street_word_gates_stand_before_the_house_number_rules() -> None:
    assert len(ALNUM_RULES) == 10  # (perf48 asks the mobile-home, numbered-road and region rules' first words so too)
    house = next(p for p, *_ in _ADDRESS if isinstance(p, Gated) and isinstance(p.gate, AlnumWords)
                 and "street" in p.gate.words and "st" in p.gate.words)
    assert found(house, "12 Elm St-2") and found(house, "12 ELM ST_ ") == found(plain(house), "12 ELM ST_ ")
    assert house.gate.absent("12 Elm Stx and 4 Oak Streetcar") and not house.gate.absent("12 Elm St-2")
    assert not house.gate.absent("12 Elm Straße")  # other characters: never gated


def test_alnum_words_read_the_runs_of_word_characters() -> None:
    assert run_set(lowered("St-2, Ave.\tO'Neil_x Rd")) == frozenset({"st", "2", "ave", "o", "neil_x", "rd"})
    assert AlnumWords(["neil"]).absent("O'Neil_x Rd") and not AlnumWords(["rd"]).absent("O'Neil_x Rd")
    with pytest.raises(ValueError):
        AlnumWords(["st."])


def test_emergency_service_gates_keep_every_match(real_notes: tuple[str, ...]) -> None:
    rules = [p for p, *_ in _ADDRESS if isinstance(p, Gated) and p.gate is A._SERVICE_WORD]
    assert len(rules) == 2 and all(r.pattern.gate is A._SERVICE_AFTER_BLANK for r in rules)
    texts = [p for p, _ in ADDRESS_EXAMPLES] + [q for _, q in ADDRESS_EXAMPLES] + rewrites(real_notes)
    texts += with_examples(real_notes, ADDRESS_EXAMPLES)
    for rule in rules:
        assert all(found(rule, t) == found(plain(rule), t) for t in texts)
    assert found(rules[0], "seen by Garland Fire Medic 4")
    assert A._SERVICE_AFTER_BLANK.absent("problems -fire")


PERIOP_EXAMPLES = [
    ("Circ AB, Scrub CD; Surg Lee, Anes Chu", "Circ, Scrub; Surg, Anes"),
    ("Circulator: AB / CD\nScrub (relief): EF", "Circulator AB / CD\nScrub relief EF"),
    ("Anesthesia: general\nSurgeon: Ann Lee", "Anesthesia general\nSurgeon Ann Lee"),
    ("Instrument count: initial AB, closing CD", "Instrument tally: initial AB, closing CD"),
    ("Sponges    10    10    AB/CD\nNeedles\t3\t3\tEF", "Pads    10    10    AB/CD\nPins\t3\t3\tEF"),
]


@pytest.mark.parametrize("name", ["_ROSTER", "_NAME_ROSTER", "_ROLE_FIELD", "_ROLE_INITIALS", "_COUNT"])
def test_periop_shared_gates_keep_every_match(name: str, real_notes: tuple[str, ...]) -> None:
    rule = getattr(P, name)
    texts = [p for p, _ in PERIOP_EXAMPLES] + [q for _, q in PERIOP_EXAMPLES]
    texts += rewrites(real_notes) + with_examples(real_notes, PERIOP_EXAMPLES)
    assert all(found(rule, t) == found(plain(rule), t) for t in texts)


def test_periop_wide_gates_are_shared_and_kept() -> None:
    # (the rosters' shared gate is gone since perf53: their role words' places answer first; the role colon's shared
    # gate is its mirror, `ReversedFolded`, its answer kept: test_perf53)
    assert P._ROLE_INITIALS.gate is P._ROLE_FIELD.gate is P._ROLE_COLON_AHEAD
    note = "Circulator: AB"
    assert not P._ROLE_COLON_AHEAD.absent(note) and P._ROLE_COLON_AHEAD._last[0] is note
    assert P._ROLE_COLON_AHEAD.absent("Circulator AB") and P._ROLE_COLON_AHEAD.absent("time 12:30")
    gate = KeptGate(P._ROLE_COLON)
    assert gate.search("Surgeon (relief): Lee") is not None and gate.search("Surgeon Lee") is None
    assert found(Gated(gate, plain(P._ROLE_FIELD)), "Surgeon: Ann Lee") == found(P._ROLE_FIELD, "Surgeon: Ann Lee")


def test_periop_count_rules_skipped_only_without_a_count_word(
        real_notes: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    texts = [p for p, _ in PERIOP_EXAMPLES] + [q for _, q in PERIOP_EXAMPLES] + rewrites(real_notes)[::2]
    texts += with_examples(real_notes, PERIOP_EXAMPLES)
    now = [P.periop_spans(t) for t in texts]
    monkeypatch.setattr(P._COUNT_WORDS, "absent", lambda text, pos=0: False)
    assert now == [P.periop_spans(t) for t in texts]
    assert any(s for s, t in zip(now, texts, strict=True) if "count" in t.lower())


def _old_places(low: str) -> tuple[int, ...]:
    scan = compile_for_search("|".join(f"(?:{r.source})" for r in W._SCANNED))
    out = []
    m = scan.search(low)
    while m is not None:
        out.append(m.start())
        m = scan.search(low, m.start() + 1)
    return tuple(out)


def test_ward_shared_anchor_finds_the_same_places(real_notes: tuple[str, ...]) -> None:
    texts = ["cosigned by ab; paged 4-5821; ext 12345 _rn x1234 2nd rn check", "co-signer:ab\nbrn rn\tcall"]
    for low in [t.lower() for t in texts + rewrites(real_notes) if t.isascii()]:
        assert W._places(low) == _old_places(low)
    assert W._places("brn rn") == _old_places("brn rn") == (4,)
    with pytest.raises(ValueError):
        W._shared_anchor([r"(?:rn)"])
    with pytest.raises(ValueError):
        W._shared_anchor([r"\b(?:[-]x)"])


LOCATION_EXAMPLES = [
    ("Transferred to Quartermain 2 from F-MICU/QUARTERMAIN/CCU", "Transferred then Quartermain"),
    ("seen at Calvert ER; lives in DC; went to Harbor Hospital", "seen; lives; went"),
    ("from Boston and Temple, Maine; U Maryland", "Boston Temple Maine Maryland"),
]


def test_location_loop_over_woken_tokens_finds_what_every_token_finds(
        real_notes: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    rec = LocationRecognizer()
    rec.load()
    texts = [p for p, _ in LOCATION_EXAMPLES] + [q for _, q in LOCATION_EXAMPLES]
    texts += rewrites(real_notes)[::2] + with_examples(real_notes, LOCATION_EXAMPLES)

    def spans() -> list[list[tuple]]:
        return [[(r.start, r.end, r.score, r.recognition_metadata["rule"]) for r in rec.analyze(t, [])]
                for t in texts]

    now = spans()
    monkeypatch.setattr(rec, "_woken", lambda toks: range(len(toks)))
    assert now == spans()
    assert any(now)

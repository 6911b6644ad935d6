"""perf53 (issue 18): identical-output cuts in the periop forms and the address rules. Each rule now tried only on
the lines (or at the places) where it can match, or behind a cheaper gate, must find exactly what the rule before
perf53 found (its layers kept here) and what its bare pattern finds: on real notes and their rewrites (capitals, small
letters, lines run together, CRLF line ends, non-ASCII letters set in), on the rules' own written examples and on
generated texts. Every example is invented."""

from __future__ import annotations

import random

import pytest
import regex as re

from cancerprep.stages.deid.recognizers import address as A
from cancerprep.stages.deid.recognizers import base as B
from cancerprep.stages.deid.recognizers import periop_forms as P
from cancerprep.stages.deid.recognizers.base import (
    Folded,
    Gated,
    KeptGate,
    Lined,
    RegexFolded,
    WordAnchored,
    finditer,
    lowered,
)
from tests.stages.deid.rewrites import found, plain, rewrites, with_examples

# --- the layers before perf53 -----------------------------------------------------------------------------------
_OLD_ROLE_COLON = KeptGate(P._ROLE_COLON)
_OLD_ROLE_THEN_LETTER = Folded(rf"\b(?:{P._ROSTER_ROLES})[ \t]*:?[ \t]+[a-z]")
_OLD_COUNT_WORDS = Folded(r"count|sponge|needle|sharps|instrument")


def _old_rules() -> dict[str, object]:
    """Each changed periop rule as it was layered before perf53, over the same pattern (`plain`)."""
    person_colon = re.compile(
        rf"(?i)[:=](?<=(?:{P._PERSON_ROLES})[ \t]*(?:\([^()\n]{{0,15}}\))?[ \t]*[:=])")
    folded = {name: Gated(Folded(rule.source), plain(rule)) for name, rule in (
        ("_COUNT_PHASE", P._COUNT_PHASE), ("_STAFF_LIST", P._STAFF_LIST), ("_RELIEF", P._RELIEF),
        ("_DOING", P._DOING), ("_COMPONENT_UNIT", P._COMPONENT_UNIT), ("_CENTRE", P._CENTRE),
        ("_PRACTICE", P._PRACTICE))}
    return {
        **folded,
        "_ACT_LABEL": Gated(P._ACT_LABEL.pattern.gate, plain(P._ACT_LABEL)),
        "_ROLE_FIELD": Gated(_OLD_ROLE_COLON, plain(P._ROLE_FIELD)),
        "_ROLE_INITIALS": Gated(_OLD_ROLE_COLON, Gated(person_colon, plain(P._ROLE_INITIALS))),
        "_COUNT": Gated(_OLD_COUNT_WORDS, plain(P._COUNT)),
        "_SORTED_LABEL": Lined(P._SORTED_LABEL.source, plain(P._SORTED_LABEL)),
        "_ROSTER": Gated(_OLD_ROLE_THEN_LETTER, P._ROSTER),
        "_NAME_ROSTER": Gated(_OLD_ROLE_THEN_LETTER, P._NAME_ROSTER),
        "_INITIALS_ROLE": Gated(Folded(P._INITIALS_ROLE.gate.source), plain(P._INITIALS_ROLE)),
        "_BOX_NAME": Gated(Folded(P._BOX_NAME.gate.source), plain(P._BOX_NAME)),
        "_CASE_NAME": Gated(Folded(P._CASE_NAME.gate.source), plain(P._CASE_NAME)),
    }


OLD = _old_rules()

EXAMPLES = [
    ("Blood verified (2-person): AB / CD\nSite marked: yes + EF", "Blood verified (2-person) AB / CD\nSite: yes EF"),
    ("Time-out - AB, CD\nConsent signed: GH", "Time-out AB, CD\nConsent GH"),
    ("Circulator: AB / CD\nScrub (relief): EF", "Circulator AB / CD\nScrub relief EF"),
    ("Anesthesia: general\nSurgeon: Ann Lee (PGY-3)", "Anesthesia general\nSurgeon Ann Lee"),
    ("Dictated by: Lee\nSurgical tech= Chu", "Dictated Lee\nSurgical tech Chu"),
    ("Instrument count: initial AB, closing CD", "Instrument tally: initial AB, closing CD"),
    ("Needle count 12/12 AB CD\nSponge count correct x2 - AB/CD", "Needle 12/12 AB CD\nSponge correct x2 AB/CD"),
    ("Anesthesia staff: Lee (attending) / Chu (CA-2)", "Anesthesia staff Lee (attending) / Chu (CA-2)"),
    ("Lee scrubbed out at 1130. Chu in for closing count", "Lee scrubbed at 1130. Chu in closing count"),
    ("Seen, Lee is doing well this am", "Seen, Lee doing well this am"),
    ("Cryo pooled 12-A34567; FFP unit W123456789012", "Cryo 12-A3456; FFP W12"),
    ("Oakmont Day Surgery; Lakeshore Endoscopy Center", "Same Day Surgery; Outpatient Endoscopy Center"),
    ("Lee General Surgery booking sheet", "General Surgery booking sheet"),
    ("Specimen label: Lee, Ann | left breast", "Specimen label Lee Ann left breast"),
    ("Circ AB, Scrub CD; Surg Lee, Anes Chu", "Circ, Scrub; Surg, Anes"),
    ("AB (RN), CD (CRNA)", "AB RN, CD CRNA"),
    ("RN Lee (x)   ANES Chu (x)", "RN Lee x   ANES Chu x"),
    ("Lee case bumped to tomorrow", "Lee cases bumped"),
]

_PIECES = ["Circulator", "circ", "Surgeon", "surgeon", "Anesthesia", "anes", "Scrub", "RN", "(relief)", "(x)", "(RN)",
           ":", "=", " - ", "-", "AB", "CD", "ab", "Lee", "Ann", "/", ",", " ", "  ", "\t", "\n", "\r\n", "verified",
           "signed", "count", "counts", "closing", "initial", "staff", "team", "scrubbed", "in for", "relieved",
           "is doing", "Day Surgery", "Endoscopy Center", "General Surgery", "pooled", "12-A34567", "case", "bumped",
           "reads", "for patient", "|", "12", "x2", "correct", "yes", "é", "Zoë", "by", "and", "."]


def _generated(n: int, seed: int) -> list[str]:
    """Texts strung from the rules' own pieces (roles, colons, acts, initials, names, blanks, line breaks)."""
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 30))) for _ in range(n)]


def _texts(real_notes: tuple[str, ...]) -> list[str]:
    """The notes' rewrites, CRLF and non-ASCII copies, the notes with the examples set in, the examples."""
    return (rewrites(real_notes) + with_examples(real_notes, EXAMPLES)
            + [n.replace("\n", "\r\n") for n in real_notes[::13]]
            + ["Zoë İı ſ \u212a ẞ\n" + n for n in real_notes[::17]]
            + [p for p, _ in EXAMPLES] + [q for _, q in EXAMPLES])


@pytest.fixture(scope="module")
def texts(real_notes: tuple[str, ...]) -> list[str]:
    return _texts(real_notes) + _generated(3_000, 53)


# --- periop: the same matches as before and as the bare pattern -----------------------------------------------
@pytest.mark.parametrize("name", sorted(OLD))
def test_periop_rule_finds_what_it_found_before(name: str, texts: list[str]) -> None:
    rule, old, bare = getattr(P, name), OLD[name], plain(getattr(P, name))
    hits = 0
    for text in texts:
        got = found(rule, text)
        assert got == found(old, text)
        assert got == found(bare, text)
        hits += len(got)
    if name not in ("_COMPONENT_UNIT", "_BOX_NAME", "_CASE_NAME", "_COUNT"):  # (their examples are in EXAMPLES' lines)
        assert hits > 5
    else:
        assert hits >= 0


def test_periop_spans_are_those_of_the_old_rules(texts: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    now = [P.periop_spans(t) for t in texts[::2]]
    for name, old in OLD.items():
        monkeypatch.setattr(P, name, old)
    P._roster_matches.cache_clear()
    assert now == [P.periop_spans(t) for t in texts[::2]]
    assert sum(map(len, now)) > 100


def test_examples_are_found() -> None:
    assert [m.group(1) for m in finditer(P._ACT_LABEL, "Blood verified (2-person): AB / CD")] == ["AB"]
    assert [m.group(3) for m in finditer(P._ROLE_FIELD, "x\nSurgeon: Ann Lee (PGY-3)\ny")] == ["Ann Lee"]
    assert [m.group(1) for m in finditer(P._ROLE_INITIALS, "Scrub (relief): EF")] == ["EF"]
    assert [m.group(2) for m in finditer(P._CENTRE, "seen at Oakmont Day Surgery.")] == ["Day Surgery"]
    assert [m.group(1) for m in finditer(P._ROSTER, "Circ AB, Scrub CD")] == ["AB", "CD"]
    assert [m.group(1) for m in finditer(P._COMPONENT_UNIT, "Cryo pooled 12-A34567")] == ["12-A34567"]
    assert [m.group(1) for m in finditer(P._BOX_NAME, "RN Lee (x)")] == ["Lee"]


# --- GateLined: the gate's lines ------------------------------------------------------------------------------
def test_gate_lines_hold_every_match_and_are_shared(texts: list[str]) -> None:
    for text in texts[::3]:
        lines = P._ROLE_FIELD.pattern.lines(text)
        starts = {m.start() for m in P._ROLE_COLON.finditer(text)}
        assert lines == tuple(sorted({(text.rfind("\n", 0, s) + 1, _line_end(text, s)) for s in starts}))
        for rule in (P._ROLE_FIELD, P._ROLE_INITIALS):
            assert all(any(a <= m.start() and m.end() <= b for a, b in lines) for m in finditer(plain(rule), text))
    note = "Surgeon: Lee\nCirculator: AB"
    assert P._ROLE_FIELD.pattern.lines(note) is P._ROLE_INITIALS.pattern.pattern.lines(note)  # (asked once a note)


def _line_end(text: str, at: int) -> int:
    end = text.find("\n", at)
    return len(text) if end == -1 else end


def test_gate_lined_searches_from_pos() -> None:
    note = "Surgeon: Lee\nCirculator: Chu"
    rule = P._ROLE_FIELD.pattern
    assert [m.group(3) for m in rule.finditer(note, 13)] == ["Chu"]
    assert [m.group(3) for m in rule.finditer(note, 3)] == ["Chu"]  # (a match opening before pos is not read)
    assert [m.group(3) for m in rule.finditer(note)] == ["Lee", "Chu"]


@pytest.mark.parametrize("which", ["role", "act"])
def test_colon_mirrors_answer_as_the_colons(which: str, texts: list[str]) -> None:
    gate, colon = ((P._ROLE_COLON_AHEAD, P._ROLE_COLON) if which == "role"
                   else (P._ACT_COLON_AHEAD, P._ACT_LABEL.pattern.gate))
    shut = 0
    for text in texts:
        if text.isascii():
            assert gate.absent(text) == (colon.search(text) is None)
            shut += gate.absent(text)
        else:
            assert not gate.absent(text)  # (a note with other characters is never shut)
    assert gate.literals is None  # (the mirror is searched without asking its literals first)
    assert 0 < shut < len(texts)
    assert P._ROLE_FIELD.gate is P._ROLE_INITIALS.gate is P._ROLE_COLON_AHEAD
    assert P._ACT_LABEL.gate is P._ACT_COLON_AHEAD


# --- LiteralLined: the lines of the literals ------------------------------------------------------------------
@pytest.mark.parametrize("name", ["_COUNT_PHASE", "_STAFF_LIST", "_RELIEF", "_DOING", "_COMPONENT_UNIT", "_CENTRE",
                                  "_PRACTICE"])
def test_literal_lines_are_the_anchor_s_lines(name: str, texts: list[str]) -> None:
    rule = getattr(P, name)
    assert isinstance(rule, B.LiteralLined) and rule.literals
    for text in texts[::2]:
        low = lowered(text)
        assert rule._lines(low) == Lined._lines(rule, low)


def test_literal_lined_without_literals_is_lined() -> None:
    rule = B.LiteralLined("x", re.compile("x"))  # (one letter: no literal of three characters)
    assert rule.literals is None
    assert [m.span() for m in finditer(rule, "ax\nb\nx")] == [(1, 2), (5, 6)]
    with pytest.raises(ValueError):
        B.LiteralLined("a\nb", re.compile("a"), ("a\nb",))


def test_literal_lined_twin_keeps_its_kind() -> None:
    from cancerprep.stages.deid.recognizers.base import ascii_twin

    twin = ascii_twin(P._CENTRE)
    assert isinstance(twin, B.LiteralLined) and twin.literals == P._CENTRE.literals
    note = "seen at Oakmont Day Surgery and Lakeshore Endoscopy Center"
    assert [m.span() for m in finditer(twin, note)] == [m.span() for m in finditer(P._CENTRE, note)]


# --- gates searched by `regex` --------------------------------------------------------------------------------
def test_regex_gates_answer_as_the_folded_ones(texts: list[str]) -> None:
    pairs = [(P._INITIALS_ROLE.gate, "_INITIALS_ROLE"), (P._BOX_NAME.gate, "_BOX_NAME"),
             (P._CASE_NAME.gate, "_CASE_NAME")]
    pairs.append((A._ORDINAL_GATE, "_ORDINAL_GATE"))
    for gate, _name in pairs:
        assert isinstance(gate, RegexFolded)
        old = Folded(gate.source, gate.flags)
        for text in [*texts[::2], "1234 W 56th St", "on 5th\tAvenue", "a 3RD CT", "(RN) x", "(x)", "lee case bumped"]:
            assert gate.absent(text) == old.absent(text)


def test_rosters_are_tried_at_their_role_words_without_a_gate() -> None:
    assert isinstance(P._ROSTER, WordAnchored) and isinstance(P._NAME_ROSTER, WordAnchored)
    assert not hasattr(P, "_ROLE_THEN_LETTER")


ORDINAL_EXAMPLES = ["1234 W 56th St Apt 4M, 12B 3rd St.", "W 56th Street, on 5th Avenue", "1234 56th Avenue",
                    "the 5th rib, 3rd cycle", "410 1/2 N. 2nd St", "on 5TH AVENUE", "12 3rd\nSt"]


def test_ordinal_street_rules_keep_every_match(real_notes: tuple[str, ...]) -> None:
    rules = [p for p, *_ in A.address_recognizer().rules if getattr(p, "gate", None) is A._ORDINAL_GATE]
    assert len(rules) == 3
    texts = ORDINAL_EXAMPLES + rewrites(real_notes)[::2] + [n + "\n" + e for n, e in zip(
        real_notes[::50], ORDINAL_EXAMPLES * 20, strict=False)]
    hits = 0
    for rule in rules:
        old = Gated(Folded(A._ORDINAL_GATE.source), rule.pattern)
        for text in texts:
            got = found(rule, text)
            assert got == found(old, text) == found(plain(rule), text)
            hits += len(got)
    assert hits > 10

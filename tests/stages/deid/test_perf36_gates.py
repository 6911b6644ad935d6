"""perf36's cuts (issue 18), each pinned against what it replaced, on written texts (the cut letting a match through
and skipping a look-alike) and on real notes: rules searched only on the lines holding their anchor (`Lined`,
`CasedLined`) instead of the whole note behind their gate, and the last-first-initial slot's gate first asked of the
note's shape (`ShapeGate`); the note's token forms shared (`tokens.token_lows`) and its possessives found by `map`
(`tokens.possessive_indices`) in the backstop's openers and the organisation names."""

from __future__ import annotations

import random
import re as stdre
import string

import pytest

from cancerprep.stages.deid.recognizers import address as A
from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import person_frames as F
from cancerprep.stages.deid.recognizers import person_slots as S
from cancerprep.stages.deid.recognizers import tokens
from cancerprep.stages.deid.recognizers.base import CasedLined, Folded, Gated, Lined, ShapeGate, lowered
from tests.stages.deid.rewrites import found, gate_texts
from tests.stages.deid.spans import match_regs

# (rule, its form before perf36, a text it matches, a look-alike it does not)
LINED = [
    (B._BEFORE_POSSESSIVE, Gated(B._BEFORE_POSSESSIVE.gate, Gated(Folded(B._BEFORE_POSSESSIVE.pattern.source),
                                                                   B._BEFORE_POSSESSIVE.pattern.pattern)),
     "spoke with Leland's mother today", "spoke with Leland's chart today"),
    (B._BEFORE_CREDENTIAL, Gated(Folded(B._BEFORE_CREDENTIAL.source), B._BEFORE_CREDENTIAL.pattern),
     "Seen with Mary Hulse, RN at bedside", "Seen with Mary Hulse, RNA at bedside"),
    (F._QUOTED_NICKNAME, Gated(F._QUOTED_NICKNAME.gate, F._QUOTED_NICKNAME.pattern.pattern),
     'Ann "Bunny" Lee visited', 'Ann "Bunny Lee visited'),
    (F._FIRST_INITIAL_LAST, Gated(F._FIRST_INITIAL_LAST.gate, F._FIRST_INITIAL_LAST.pattern.pattern),
     "seen by Cody A. Hutton today", "seen by Cody A Hutton today"),
    (S._EXTENSION, Gated(S._EXTENSION.gate, Gated(S._EXTENSION.pattern.gate, S._EXTENSION.pattern.pattern.pattern)),
     "call Baer x4471 with results", "call Baer x44 with results"),
    (S._SURNAME_INITIAL, Gated(S._SURNAME_INITIAL.gate, Gated(S._SURNAME_INITIAL.pattern.gate,
                                                              S._SURNAME_INITIAL.pattern.pattern.pattern)),
     "Hensley D. seen on rounds", "Hensley d. seen on rounds"),
    (S._FOR_TO, Gated(S._FOR_TO.gate, S._FOR_TO.pattern.pattern),
     "arranged for Okafor to go home", "arranged for Okafor and family"),
]


@pytest.mark.parametrize(("rule", "before", "hit", "miss"), LINED)
def test_a_lined_rule_finds_its_example_and_not_the_look_alike(rule: object, before: object, hit: str,
                                                               miss: str) -> None:
    inner = rule
    while isinstance(inner, Gated):
        inner = inner.pattern
    assert isinstance(inner, (Lined, CasedLined))  # searched on its anchor's lines now
    assert match_regs(rule, hit) == match_regs(before, hit) != []
    assert match_regs(rule, miss) == [] == match_regs(before, miss)
    # a line without the anchor is skipped: the example's line alone is searched, not the lines around it
    assert match_regs(rule, "no anchor on this line\n" + hit + "\nnor on this one") != []


def test_the_lined_rules_find_what_they_found_on_the_whole_note(real_notes: tuple[str, ...]) -> None:
    """Each rule against its form before the cut (its gate, then the whole note), on real notes in every case and
    layout and with the examples set in (capitals and small letters, lines run together)."""
    texts = gate_texts(real_notes, [(hit, miss) for _, _, hit, miss in LINED])
    texts += [t.replace("'", "’") + " Zoë" for t in texts[::50]]  # notes with other characters: searched whole
    for rule, before, _, _ in LINED:
        got = [match_regs(rule, t) for t in texts]
        assert got == [match_regs(before, t) for t in texts]
        assert sum(map(len, got)) > 3  # the comparison met matches


# the last-first-initial slot: its old stdlib gate, and the gate's shape asked first
_OLD_GATE = stdre.compile(r"(?im)[ \t][A-Za-z]\.?(?:[ \t]*(?:$|[,;])|[ \t]+-[ \t]|[ \t]{2})")


@pytest.mark.parametrize(("text", "present"), [
    ("SUBJECT: Laird Emily R", True), ("Wristband - LAIRD EMILY R", True), ("Ann Lee M, seen", True),
    ("x  ", False), ("vitals: a bc", False),
    ("vitals: a b", True), ("seen A. Lee", False), ("seen A.  Lee", True), ("see a - b", True),
    ("see a -b", False), ("noted a\tbc", False), ("noted a\t\tb", True), ("a; first", False), (" a;", True),
    ("word b.\nnext", True), ("ab\n", False), ("", False), ("pain 5/10", False),
])
def test_the_shape_gate_answers_as_the_gate_it_asks_first(text: str, present: bool) -> None:
    gate = S._LAST_FIRST_M.gate
    assert isinstance(gate, ShapeGate) and S._LAST_FIRST_M.pattern.gate.pattern == _OLD_GATE.pattern
    assert (_OLD_GATE.search(text) is not None) is present
    assert gate.absent(text) is not present


def test_the_shape_gate_answers_as_the_gate_on_random_and_real_texts(real_notes: tuple[str, ...]) -> None:
    gate = S._LAST_FIRST_M.gate
    rng = random.Random(36)
    alphabet = " \t\n.,;-:aZbx19#"
    texts = ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, 12))) for _ in range(20_000)]
    texts += list(real_notes) + [t.upper() for t in real_notes[::7]] + [t.replace("\n", "  ") for t in real_notes[::9]]
    answers = [(gate.absent(t), _OLD_GATE.search(t) is None) for t in texts if t.isascii()]
    assert all(a == b for a, b in answers)
    assert not any(gate.absent(t) for t in texts if not t.isascii())  # (the old gate, behind it, asks those)
    assert sum(b for _, b in answers) > 1000 and sum(not b for _, b in answers) > 1000  # both answers met
    # from a later position it is asked as a `Folded` gate, over the lower-cased note
    assert gate.absent("Ann Lee M\nvitals stable", 9) and not gate.absent("vitals stable\nAnn Lee M", 3)


_ZOE = "Zoë seen\nSUBJECT: Laird Emily R"


def test_a_note_with_other_characters_is_never_closed_by_the_shape() -> None:
    gate = S._LAST_FIRST_M.gate
    assert not gate.absent("Zoë seen, no lone letter here")
    assert found(S._LAST_FIRST_M, _ZOE) == found(S._LAST_FIRST_M.pattern, _ZOE) != []


def test_a_shape_gate_refuses_a_mark_of_more_than_one_character() -> None:
    with pytest.raises(ValueError):
        ShapeGate("[a-z]", {string.ascii_lowercase: "ab"}, rb"a")
    assert ShapeGate("[a-z]", {string.ascii_lowercase: "a"}, rb"a").absent("123 456")
    assert lowered("AB") == "ab"


# the note's token forms, shared (`token_lows`), and the possessives found by `map` (`possessive_indices`)
TOKEN_TEXTS = ["Holloway Medical Center 1987, Cecilia's 1987", "records from Mercy Hospital, Anselm’s, and",
               "ZOË’S mother's CHART", "", "x's 's ’s s'", "Riggs Skin & Laser; OAKVALE HOSPITAL", "weiß's zoë’s"]


def test_the_shared_token_forms_are_the_tokens_own(real_notes: tuple[str, ...]) -> None:
    texts = TOKEN_TEXTS + list(real_notes[::5]) + [t.replace("'", "’").upper() for t in real_notes[::17]]
    possessives = 0
    for text in texts:
        toks = tokens.tokenize(text)
        assert tokens.token_lows(text) == tuple(t.low for t in toks)
        per_token = [k for k, t in enumerate(toks) if tokens.possessive(t.low)]
        assert tokens.possessive_indices(tokens.token_lows(text)) == per_token
        possessives += len(per_token)
    assert possessives > 50


def test_the_organisations_are_found_as_before(real_notes: tuple[str, ...], monkeypatch: pytest.MonkeyPatch) -> None:
    """`organisation_spans` against itself reading each token's form from the token and asking possessives one by one,
    as before perf36 (every rule after them unchanged)."""
    texts = TOKEN_TEXTS + list(real_notes[::3]) + [t.upper() for t in real_notes[::11]]
    got = [A.organisation_spans(text) for text in texts]
    monkeypatch.setattr(A, "token_lows", lambda t: tuple(tok.low for tok in tokens.tokenize(t)))
    monkeypatch.setattr(A, "possessive_indices", lambda lows: [k for k, w in enumerate(lows) if tokens.possessive(w)])
    assert got == [A.organisation_spans(text) for text in texts]
    assert sum(map(len, got)) > 20 and got[0] != []  # the saint's possessive item and the centre

"""Gated rules (`base.Gated`): a rule whose anchor is absent from a note is skipped, and that must never change
what the rule finds; nor may running a rule's ASCII twin on an ASCII note (`base.ascii_twin`). Checked on real notes
(PhysioNet dev, MTSamples) and the bundled sample."""

from __future__ import annotations

import pytest
import regex as re

from cancerprep.stages.deid.recognizers.base import (
    Anchored,
    Folded,
    Gated,
    Lined,
    LineTested,
    RegexRecognizer,
    ascii_twin,
    compile_for_search,
    lowered,
    may_occur,
    required_literals,
)
from cancerprep.stages.deid.recognizers.context import line_at
from cancerprep.stages.deid.recognizers.registry import build_registry


@pytest.fixture(scope="module")
def corpus(real_notes: tuple[str, ...]) -> list[str]:
    return list(real_notes)


def _gated_rules() -> list[tuple[str, Gated]]:
    """Every gated rule of the registry's regex recognizers, and the gated patterns of the backstop."""
    from cancerprep.stages.deid.recognizers import backstop, person_frames

    out = []
    for rec in build_registry([]).recognizers:
        if isinstance(rec, RegexRecognizer):
            out += [(rec.name, p) for p, *_ in rec.rules if isinstance(p, Gated)]
    out += [(name, p) for name, p in vars(backstop).items() if isinstance(p, Gated)]
    out += [(name, p) for name, p in vars(person_frames).items() if isinstance(p, Gated)]
    return out


def _innermost(rule: Gated | Lined) -> re.Pattern:
    while isinstance(rule, Gated | Lined):
        rule = rule.pattern
    return rule


def test_a_chain_of_gates_never_changes_what_its_innermost_rule_finds(corpus: list[str]) -> None:
    """Gates may nest (a cheap first gate before a dearer one) and wrap a `Lined` rule: the whole chain finds what
    the bare pattern finds."""
    nested = [(name, rule) for name, rule in _gated_rules() if not isinstance(rule.pattern, re.Pattern)]
    assert len(nested) >= 3
    for name, rule in nested:
        bare = _innermost(rule)
        for text in corpus:
            assert [m.span() for m in rule.finditer(text)] == [m.span() for m in bare.finditer(text)], name


def test_a_lined_rule_finds_what_its_pattern_finds(corpus: list[str]) -> None:
    """`Lined` searches only the lines holding its anchor: the same matches (and groups) as the whole note, in any
    case; a note with non-ASCII characters is searched whole. Also the registry's lined rules and their ASCII twins."""
    from cancerprep.stages.deid.recognizers import person_frames

    lined = [(name, rule.pattern) for name, rule in vars(person_frames).items()
             if isinstance(rule, Gated) and isinstance(rule.pattern, Lined)]
    registry = [(rec.name, p) for rec in build_registry([]).recognizers if isinstance(rec, RegexRecognizer)
                for p, *_ in rec.rules if isinstance(p, Lined)]
    assert lined and registry
    lined += registry + [(name + " (ASCII twin)", ascii_twin(rule)) for name, rule in registry]
    texts = corpus + [t.upper() for t in corpus[:300]] + [t.lower() for t in corpus[:300]]
    texts += ["Ann Lee, DOB 1/2/33\nBo Li  MRN 4", "x\nJo Ro (dob\n\u017fam Lee, dob 3", "Lee,  Ann\tborn",
              "Directions: take Route 9 to Granger Drive\nDIRECTIONS TO HOME: LANTERN PLACE PAST THE CHURCH",
              "rte. 12 onto Elm Street, exit 4 and Mill Rd.\nI-95 to Oak Lane\nroute\n9 to Oak Lane"]
    for name, rule in lined:
        for text in texts:
            assert [m.regs for m in rule.finditer(text)] == [m.regs for m in rule.pattern.finditer(text)], name


def test_an_anchored_rule_finds_what_its_pattern_finds(corpus: list[str]) -> None:
    """`Anchored` tries its pattern only where the anchor starts: the same matches (and groups), in any case, as the
    registry's rules and the person frames use it."""
    from cancerprep.stages.deid.recognizers import person_frames

    anchored = [(rec.name, p) for rec in build_registry([]).recognizers if isinstance(rec, RegexRecognizer)
                for p, *_ in rec.rules if isinstance(p, Anchored)]
    anchored += [(name, p) for name, p in vars(person_frames).items() if isinstance(p, Anchored)]
    assert len(anchored) >= 2
    texts = corpus + [t.upper() for t in corpus[:300]] + [t.lower() for t in corpus[:300]]
    texts += ["We will see Ann Lee back. Per Bo, see", "lives near Salem and from Salem", "seen\u017f per Jo Li,"]
    for name, rule in anchored:
        for text in texts:
            assert [m.regs for m in rule.finditer(text)] == [m.regs for m in rule.pattern.finditer(text)], name


def test_a_line_tested_rule_keeps_what_its_validator_keeps(corpus: list[str]) -> None:
    """A line-tested rule (the caseless organisation rules) skips the lines its validator refuses anyway: the matches
    the validator keeps are those of the bare pattern, in notes of any case and in notes mixing cased and caseless
    lines; and on the lines it searches it finds what the whole-note search finds there."""
    rules = [(rec.name, p, valid) for rec in build_registry([]).recognizers if isinstance(rec, RegexRecognizer)
             for p, _, _, valid in rec.rules if isinstance(p, LineTested)]
    assert len(rules) >= 2
    rules += [(name + " (ASCII twin)", ascii_twin(rule), valid) for name, rule, valid in rules]
    texts = corpus + [t.upper() for t in corpus[:300]] + [t.lower() for t in corpus[:300]]
    texts += ["\n".join(line.lower() if i % 2 else line for i, line in enumerate(t.split("\n"))) for t in corpus[:300]]
    texts += ["Seen at Mercy Hospital.\ntransferred from pleasant valley ed for care\nAT LAKESHORE GENERAL LAST WEEK"]
    kept = 0
    for name, rule, valid in rules:
        for text in texts:
            if isinstance(rule.pattern, re.Pattern) and rule.pattern.flags & re.ASCII and not text.isascii():
                continue
            got = [m.regs for m in rule.finditer(text) if valid(text, m)]
            assert got == [m.regs for m in rule.pattern.finditer(text) if valid(text, m)], name
            on_lines = [m.regs for m in rule.pattern.finditer(text) if rule.test(line_at(text, m.start()))]
            assert [m.regs for m in rule.finditer(text)] == on_lines, name
            kept += len(got)
    assert kept


def test_a_line_anchor_is_lower_case() -> None:
    with pytest.raises(ValueError):
        Lined("DOB", re.compile("x"))
    with pytest.raises(ValueError):
        Anchored("See", re.compile("x"))


def test_some_rules_are_gated() -> None:
    assert len(_gated_rules()) >= 10


def test_a_gate_never_changes_what_its_rule_finds(corpus: list[str]) -> None:
    for name, rule in _gated_rules():
        for text in corpus:
            assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)], name


def test_no_anchor_no_work() -> None:
    rule = Gated(r"\bis a \d", re.compile(r"(\w+) is a \d+"))
    assert list(rule.finditer("Smith was seen.")) == []
    assert [m.group(1) for m in rule.finditer("Smith is a 62 year old.")] == ["Smith"]


def test_an_ascii_twin_finds_what_its_rule_finds_on_ascii_notes(corpus: list[str]) -> None:
    texts = [t for t in corpus if t.isascii()]
    texts += [t.upper() for t in texts[:300]] + [t.lower() for t in texts[:300]]
    assert len(texts) > 1500
    for rec in build_registry([]).recognizers:
        if isinstance(rec, RegexRecognizer):
            for pattern, *_ in rec.rules:
                twin = ascii_twin(pattern)
                for text in texts:
                    assert [m.regs for m in twin.finditer(text)] == [m.regs for m in pattern.finditer(text)], rec.name


def test_a_recognizer_switches_to_its_twins_after_its_first_notes_and_finds_the_same(corpus: list[str]) -> None:
    """The twins are compiled only once a recognizer has read `TWIN_AFTER` notes (a one-note run must not pay for
    them); the spans before and after the switch are the ones the Unicode rules give."""
    texts = [t for t in corpus if t.isascii()][:60]
    for late, plain in zip((r for r in build_registry([]).recognizers if isinstance(r, RegexRecognizer)),
                           (r for r in build_registry([]).recognizers if isinstance(r, RegexRecognizer)), strict=True):
        late.TWIN_AFTER = 20
        plain.TWIN_AFTER = 10**9
        for i, text in enumerate(texts):
            got = [(r.start, r.end, r.entity_type) for r in late.analyze(text, [])]
            assert got == [(r.start, r.end, r.entity_type) for r in plain.analyze(text, [])], late.name
            assert (late._ascii_rules is not None) == (i >= 20), late.name
        assert plain._ascii_rules is None


def test_a_folded_gate_answers_as_the_case_insensitive_search() -> None:
    """A `Folded` gate reads the lower-cased note, so any case passes it; a note with non-ASCII letters (where case
    folding has exceptions: the long s folds to "s") is never gated; the gate must be written in lower case."""
    rule = Gated(Folded(r"signed[ \t]+by"), re.compile(r"(?i)\bsigned[ \t]+by[ \t]+([a-z]{2,3})\b"))
    for text in ("Signed by JS.", "SIGNED BY JS", "signed by js", "Seen. \u017figned by JS", "Seen by JS."):
        assert [m.span() for m in rule.finditer(text)] == [m.span() for m in rule.pattern.finditer(text)]
    assert [m.group(1) for m in rule.finditer("Seen. \u017figned by JS")] == ["JS"]
    assert list(rule.finditer("Seen by JS.")) == []
    with pytest.raises(ValueError):
        Folded(r"Signed")


def test_backward_searched_cues_answer_as_forward_ones(corpus: list[str]) -> None:
    """The backstop's label and contact cues are searched backwards (REVERSE); on windows of real notes they
    match exactly where the forward patterns do."""
    from cancerprep.stages.deid.recognizers import backstop

    for rx in (backstop._LABEL, backstop._CONTACT):
        assert rx.flags & re.REVERSE
        forward = re.compile(rx.pattern, rx.flags & ~re.REVERSE)
        windows = [text[max(0, i - 48):i] for text in corpus for i in range(0, len(text), 13)]
        assert [bool(rx.search(w)) for w in windows] == [bool(forward.search(w)) for w in windows]
        assert any(rx.search(w) for w in windows)


def test_required_literals_are_read_from_the_pattern() -> None:
    """One of a pattern's required literals is in every match: alternatives give one each, a run of literals joins
    (across zero-width assertions and small classes), an optional part gives none; a pattern whose literals are all
    short, or that ignores case, has none to ask."""
    assert required_literals(r"[ \t](?:dermatology|urology)\b") == ("dermatology", "urology")
    assert required_literals(r"\bx(?:abc|de)f") == ("xabcf", "xdef")
    assert required_literals(r"(?:abc)?defg") == ("defg",)
    assert required_literals(r"mrn(?:s|\(s\))?|chart[ \t]+no") == ("chart", "mrn")  # "mrns" holds "mrn"
    assert required_literals(r"(?:ab)+cd\d+ef(?:gh){2}") == ("efghgh",)
    assert required_literals(r"see(?=abcd)") == ("see",)  # what a lookahead asks is not consumed by the match
    assert required_literals(r"\d{5}|county") is None  # a digit run holds no literal
    assert required_literals(r"x|ext|pager") is None  # "x": in nearly every note
    assert required_literals(r"(?i)county|parish") is None
    assert required_literals(r"(?i:county)|parish") is None


def test_a_required_literal_is_in_every_match_of_the_project_s_gates_and_anchors(corpus: list[str]) -> None:
    """Every `Folded` gate, stdlib gate and `Lined`/`Anchored` anchor that has required literals: wherever it matches
    (real notes, in any case), one of its literals is in the text it searches, so skipping the search where none is
    changes no answer."""
    import gc

    from cancerprep.stages.deid.recognizers import backstop, person_frames, person_slots  # noqa: F401 (their gates)

    registry = build_registry([])  # (held: its recognizers' rules are built with it)
    asked = []
    for o in gc.get_objects():
        if isinstance(o, Folded):
            asked.append((o.pattern, o.literals, True))
        elif isinstance(o, Gated) and o._literals is not None:
            asked.append((o.gate, o._literals, False))
        elif isinstance(o, Lined | Anchored):
            asked.append((o.anchor, o.literals, True))
    asked = [(rx, literals, folded) for rx, literals, folded in asked if literals is not None]
    assert len(asked) >= 20 and registry.recognizers
    texts = [t for t in corpus if t.isascii()]
    texts += [t.upper() for t in texts[:300]]
    for rx, literals, folded in asked:
        for text in texts:
            searched = lowered(text) if folded else text
            assert rx.search(searched) is None or may_occur(literals, searched), rx.pattern


def test_a_gated_stdlib_pattern_runs_without_a_timeout() -> None:
    """A stdlib `re` pattern may be gated too (a linear one: it takes no timeout); it finds what it finds bare."""
    import re as stdre

    rule = Gated(stdre.compile(r"\([a-z]{2}\)"), stdre.compile(r"(\w+) \(([a-z]{2})\)"))
    assert list(rule.finditer("Seen by Lee.", 0, 1.0)) == []
    assert [m.groups() for m in rule.finditer("Seen by Lee (rl) today", 0, 1.0)] == [("Lee", "rl")]


def _starts(rx, text: str) -> list[int]:
    """Every position where `rx` matches (a search from each place after the last start)."""
    out, pos = [], 0
    while (m := rx.search(text, pos)) is not None:
        out.append(m.start())
        pos = m.start() + 1
    return out


def test_a_gate_or_anchor_compiled_for_search_matches_at_the_same_places(corpus: list[str]) -> None:
    """`compile_for_search` groups alternations by their first character: every `Folded` gate, stdlib gate and
    `Anchored` anchor of the project matches at the same places of real notes (as written and in capitals) as the
    pattern compiled as written."""
    import gc
    import re as stdre

    from cancerprep.stages.deid.recognizers import backstop, person_frames, person_slots  # noqa: F401 (their gates)

    registry = build_registry([])
    asked = set()
    for o in gc.get_objects():
        if isinstance(o, Folded):
            asked.add((o.source, o.flags, True))
        elif isinstance(o, Gated) and isinstance(o.gate, stdre.Pattern):
            asked.add((o.gate.pattern, o.gate.flags, False))
        elif isinstance(o, Anchored):
            asked.add((f"(?=(?:{o.source}))", 0, True))
    assert len(asked) >= 60 and registry.recognizers
    texts = list(corpus[::3]) + [t.upper() for t in corpus[:150]]
    for source, flags, folded in sorted(asked):
        plain, grouped = stdre.compile(source, flags), compile_for_search(source, flags)
        for text in texts:
            searched = text.lower() if folded else text
            assert _starts(grouped, searched) == _starts(plain, searched), source


@pytest.mark.parametrize(("source", "text", "places"), [
    (r"\b(?:see|saw|seeing|follow|followed)\b", "we saw him; follow up, seeing", [3, 12, 23]),
    (r"(?>a|ab)c", "abc ac", [4]),  # an atomic group keeps its order: "ab" is never tried after "a"
    (r"(?:a|ab)++c", "abc ac", [4]),  # so does a possessive repeat
    (r"(?<=ab|cd)x", "abx cdx ax", [2, 6]),  # a lookbehind keeps its fixed width
    (r"(?i)(?:dr|doctor|dear)\.?[ \t]+[a-z]", "DOCTOR Lee, dear Ann, dr. x", [0, 12, 22]),
    (r"(a|ab)\1x", "ababx aax", [0, 6]),  # a group and its back reference
    (r"(?:pg|page|pager|ext|extension|x)[ \t]*\d", "pager 12, ext5, x 9", [0, 10, 16]),
])
def test_compile_for_search_finds_each_place_the_plain_pattern_finds(source: str, text: str, places: list[int]) -> None:
    """Grouping never changes where a match starts, nor undoes what atomic groups, possessive repeats, lookbehinds
    and back references ask."""
    import re as stdre

    assert _starts(stdre.compile(source), text) == places
    assert _starts(compile_for_search(source), text) == places

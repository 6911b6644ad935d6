"""perf33's cuts (issue 18): consistency finds a note's name words in an ASCII note by `str.find` (`_ascii_word_hits`)
instead of compiling a pattern of them for each note (`_term_in_note`, `_name_hits`). The places must be exactly the
pattern's: on written examples (possessives, words inside longer words, words that begin or hold one another, overlaps,
any case) and on real notes with words drawn from them; a note or a word with non-ASCII characters keeps the pattern."""

from __future__ import annotations

import random

import pytest
import regex as re

from cancerprep.stages.deid import consistency as C

POSSESSIVE = "(?:['’]s)?"
EXAMPLES = [
    ("Lee saw LEE's mother; Ann-Lee and leeward, Lee'sx and Lee's.", ["lee", "ann"]),
    ("O'Brien's son and O'BRIEN met obrien; o'brien'S car", ["o'brien", "brien", "o"]),
    ("annabel ann anna ANNA's anne's", ["annabel", "anna", "ann", "anne"]),
    ("o'o'o'o and o'o's", ["o'o"]),
    ("Smith-Jones and smith jones; -smith- 2smith smith2 _smith", ["smith-jones", "smith", "jones"]),
    ("ab'sab's ab'ss ab's", ["ab", "ab's"]),
    ("", ["lee"]),
    ("Lee", ["lee"]),
]


def pattern_places(text: str, words: list[str], possessive: bool) -> list[tuple[int, int]]:
    """The places of the pattern consistency compiled before (the ASCII lookarounds, case ignored)."""
    alternatives = "|".join(re.escape(w).replace("'", "['’]") for w in words)
    tail = POSSESSIVE if possessive else ""
    return [m.span() for m in re.finditer(rf"(?<![A-Za-z])(?:{alternatives}){tail}(?![A-Za-z])", text, re.I)]


@pytest.mark.parametrize("possessive", [True, False])
def test_the_word_places_are_the_pattern_s_on_examples(possessive: bool) -> None:
    hits = 0
    for text, words in EXAMPLES:
        for shown in (text, text.upper(), text.lower()):
            ordered = sorted(words, key=lambda w: (-len(w), w))
            got = list(C._ascii_word_hits(shown.lower(), ordered, possessive))
            assert got == pattern_places(shown, ordered, possessive)
            hits += len(got)
    assert hits > 40


def test_the_word_places_are_the_pattern_s_on_real_notes(real_notes: tuple[str, ...]) -> None:
    rnd = random.Random(33)
    tried = hits = 0
    for note in real_notes[::5]:
        runs = re.findall(r"[A-Za-z][A-Za-z'-]*", note)
        if not runs or not note.isascii():
            continue
        picked = [w.lower() for w in rnd.sample(runs, min(len(runs), 8))]
        picked += [w[:rnd.randint(1, len(w))] for w in picked[:3]] + [picked[0] + "'s"]
        ordered = sorted(set(picked), key=lambda w: (-len(w), w))
        for shown in (note, note.upper()):
            for possessive in (True, False):
                got = list(C._ascii_word_hits(shown.lower(), ordered, possessive))
                assert got == pattern_places(shown, ordered, possessive)
                tried, hits = tried + 1, hits + len(got)
    assert tried > 100 and hits > 1000


def test_name_hits_and_eponym_terms_read_ascii_and_other_notes_alike() -> None:
    """The ASCII way (no pattern) and the pattern (a note with a non-ASCII character) find the same names."""
    text = "Seen by Hensley. HENSLEY's note; hensley-smith; Fontan fenestration, the Fontan; Glenn shunt and Glenn."
    other = text + " Zoë"
    words = {"hensley": C.FREE, "fontan": C.GUARDED, "glenn": C.FREE}
    assert C._name_hits(text, words, []) == C._name_hits(other, words, [])
    assert C._name_hits(text, words, [])  # (the example exercises it)
    for word in ("fontan", "glenn", "hensley", "FONTAN"):
        assert C._term_in_note(text, word) == C._term_in_note(other, word)
    assert C._term_in_note(text, "fontan") and not C._term_in_note(text, "hensley")


def _values(results: list) -> list[tuple]:
    return [(r.entity_type, r.start, r.end, r.score, r.recognition_metadata.get("recognizer_name"))
            for r in results]


def test_the_engine_s_analyzer_finds_what_presidio_s_finds(engine, real_notes: tuple[str, ...]) -> None:
    """`_Analyzer` (the given threshold, no context pass) against Presidio's own engine over the same registry, in
    order, on real notes with the learned voter's results staged as the engine stages them."""
    from presidio_analyzer import AnalyzerEngine

    from cancerprep.stages.deid.engine import _shell

    ours = engine.analyzer
    plain = AnalyzerEngine(registry=ours.registry, nlp_engine=ours.nlp_engine, supported_languages=["en"])
    assert type(ours) is not AnalyzerEngine and ours._one_threshold() == 0
    hits = 0
    for text in real_notes[::40]:
        got = [_values(a.analyze(text=text, language="en", entities=engine.entities, nlp_artifacts=_shell(None)))
               for a in (ours, plain)]
        assert got[0] == got[1]
        hits += len(got[0])
    assert hits > 20


def test_the_analyzer_takes_presidio_s_context_pass_where_it_may_change_scores(engine) -> None:
    from presidio_analyzer import Pattern, PatternRecognizer

    ours = engine.analyzer
    cued = PatternRecognizer(supported_entity="NAME", patterns=[Pattern("x", r"\bKovacs\b", 0.4)], context=["dr"])
    raw = cued.analyze("seen by dr Kovacs", ["NAME"])
    for r in raw:
        r.recognition_metadata = {"recognizer_name": cued.name, "recognizer_identifier": cued.id}
    assert ours._place_of([cued]) is None and ours._place_of(list(ours.registry.recognizers)) is not None
    enhanced = ours._enhance_using_context("seen by dr Kovacs", raw, None, [cued])
    assert len(enhanced) == 1 and enhanced[0] is not raw[0]  # (Presidio's pass: copied, and asked for context)


def test_the_analyzer_gives_a_threshold_only_where_every_recognizer_keeps_one(engine) -> None:
    from presidio_analyzer import Pattern, PatternRecognizer, RecognizerRegistry

    from cancerprep.stages.deid.engine import _Analyzer

    def analyzer(thresholds: dict | None) -> _Analyzer:
        one = PatternRecognizer(supported_entity="NAME", patterns=[Pattern("x", r"\bKovacs\b", 0.4)])
        one.score_thresholds = thresholds
        return _Analyzer(registry=RecognizerRegistry([one]), nlp_engine=engine.analyzer.nlp_engine,
                         supported_languages=["en"])

    assert analyzer(None)._one_threshold() == 0
    assert analyzer({"default": 0.0})._one_threshold() == 0
    assert analyzer({"NAME": 0.5})._one_threshold() is None  # (other entities take the engine's 0)
    assert analyzer({"NAME": 0.5}).analyze(text="seen by Kovacs", language="en", entities=["NAME"]) == []
    assert len(analyzer(None).analyze(text="seen by Kovacs", language="en", entities=["NAME"])) == 1

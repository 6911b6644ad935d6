"""deidprec7 (issue 13): precision that holds on unseen notes, by classes of the name recogniser's cue-less decisions.
A name only cue-less rules found spreads under a thing/term guard (CUELESS); a lone census given name in capitals on a
line with case is an acronym; a lone given name a gazetteer lists, after a place preposition, is reported as a place."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import consistency
from cancerprep.stages.deid.engine import Deidentifier, PhiSpan
from cancerprep.stages.deid.recognizers.names import NameRecognizer
from tests.stages.deid.spans import found_texts, in_note, name_result


def _spread(text: str, word: str, recognizer: str = "ClinicalNameRecognizer", rule: str | None = "first_name"
            ) -> list[str]:
    """What the note's spread adds from one NAME span on the first `word`, found by `recognizer`'s `rule`."""
    a = text.index(word)
    spans = [PhiSpan(a, a + len(word), "NAME", 0.6, recognizer)]
    seeds = consistency.seeds(text, spans, [name_result(a, a + len(word), recognizer, rule)])
    return sorted(text[x:y] for x, y, _ in consistency.spread(text, spans, seeds))


def test_a_cueless_seed_is_its_own_class() -> None:
    text = in_note("Met Parker in the hall.")
    a = text.index("Parker")
    spans = [PhiSpan(a, a + 6, "NAME", 0.6, "ClinicalNameRecognizer")]
    cueless = consistency.name_words(text, spans, [name_result(a, a + 6, "ClinicalNameRecognizer", "first_name")])
    cued = consistency.name_words(text, spans, [name_result(a, a + 6, "ClinicalNameRecognizer", "title")])
    assert cueless == {"parker": consistency.CUELESS}
    assert cued == {"parker": consistency.FREE}


@pytest.mark.parametrize("line", [
    "Met Parker in the hall. Then the Parker was removed.",       # an article before it: a thing
    "Met Parker in the hall. Two Parker were applied.",           # a count
    "Met Parker in the hall. Cut with a Bard-Parker blade.",      # hyphened to a word known not to be a name
])
def test_a_cueless_seed_does_not_spread_to_a_thing(line: str) -> None:
    assert _spread(in_note(line), "Parker") == []


@pytest.mark.parametrize("line", [
    "Met Parker in the hall. Then the Parker was removed.",
    "Met Parker in the hall. Two Parker were applied.",
])
def test_a_cued_seed_still_spreads_there(line: str) -> None:
    assert _spread(in_note(line), "Parker", rule="title") == ["Parker"]


def test_a_cueless_census_name_spreads_to_small_letters_and_compound_names() -> None:
    text = in_note("Met Parker in the hall. Later we saw Parker again. Then parker left. Parker-Jones came.")
    assert _spread(text, "Parker") == ["Parker", "Parker", "parker"]


def test_a_cueless_unknown_word_spreads_only_capitalised() -> None:
    text = in_note("Seen by Quorbel Vintrash today. Later Vintrash left; then vintrash came back.")
    a, b = text.index("Quorbel"), text.index("Vintrash") + len("Vintrash")
    spans = [PhiSpan(a, b, "NAME", 0.55, "ClinicalNameRecognizer")]
    for rule, want in (("unknown_pair", ["Vintrash"]), ("title", ["Vintrash", "vintrash"])):
        seeds = consistency.seeds(text, spans, [name_result(a, b, "ClinicalNameRecognizer", rule)])
        assert sorted(text[x:y] for x, y, _ in consistency.spread(text, spans, seeds)) == want, rule


def test_a_cueless_term_phrase_seeds_nothing() -> None:
    """A span a shape rule took whose word the note writes as a term elsewhere is a term phrase."""
    text = in_note("Extracardiac Fontan was done. The Fontan fenestration is open. An extracardiac Zorvath later.")
    a = text.index("Extracardiac")
    spans = [PhiSpan(a, a + len("Extracardiac Fontan"), "NAME", 0.55, "ClinicalNameRecognizer")]
    res = [name_result(a, a + len("Extracardiac Fontan"), "ClinicalNameRecognizer", "unknown_pair")]
    assert consistency.name_words(text, spans, res) == {}
    res = [name_result(a, a + len("Extracardiac Fontan"), "ClinicalNameRecognizer", "title")]
    assert "extracardiac" in consistency.name_words(text, spans, res)


def test_a_strong_seed_in_another_note_wins() -> None:
    own = consistency.Seeds({"parker": consistency.CUELESS}, {"parker": consistency.CUELESS})
    other = consistency.Seeds({"parker": consistency.FREE}, {"parker": consistency.FREE})
    pooled = consistency.pool([own, other])
    assert pooled.shared == {"parker": consistency.FREE}
    assert consistency.for_note(own, pooled).names == {"parker": consistency.FREE}
    assert consistency.pool([other, own]).shared == {"parker": consistency.FREE}


def _rule_results(text: str) -> list[tuple[str, str, str]]:
    rec = NameRecognizer()
    rec.load()
    return [(text[r.start:r.end], r.entity_type, r.recognition_metadata["rule"]) for r in rec.analyze(text, ["NAME"])]


@pytest.mark.parametrize("line", [
    "Test of Variables of Attention (TOVA) was given.",
    "Negative rheumatoid factor and ANA in the past.",
    "Amiodarone daily and consult CHI to evaluate him.",
])
def test_a_given_name_in_capitals_on_a_cased_line_is_an_acronym(line: str) -> None:
    assert _rule_results(in_note(line)) == []


def test_a_capitals_name_stays_where_case_says_nothing_or_it_goes_on() -> None:
    assert _rule_results(in_note("PLAN: TOVA TO FOLLOW UP")), "a line of capitals carries no case"
    assert any(t == "Tova" for t, _, _ in _rule_results(in_note("Seen with Tova at bedside.")))
    found = _rule_results(in_note("Plan reviewed with ALEXANDRA PELTER at bedside."))
    assert any("ALEXANDRA" in t for t, _, _ in found)


@pytest.mark.parametrize(("line", "word"), [
    ("The patient moved to Florida about 3 years ago.", "Florida"),
    ("She was seen in Houston last week.", "Houston"),
    ("He is returning home to Israel this week.", "Israel"),
])
def test_a_given_name_a_gazetteer_lists_after_a_place_preposition_is_a_place(line: str, word: str) -> None:
    assert (word, "LOCATION", "first_name_place") in _rule_results(in_note(line))


@pytest.mark.parametrize(("line", "word"), [
    ("I spoke to Austin about the plan.", "Austin"),     # "to" after no word of going: a person
    ("Seen with Austin at bedside.", "Austin"),
])
def test_a_place_named_person_stays_a_name(line: str, word: str) -> None:
    assert (word, "NAME", "first_name") in _rule_results(in_note(line))


def test_engine_types_the_place_and_drops_the_acronym(engine: Deidentifier) -> None:
    text = in_note("He moved to Houston last year. ANA was negative. Spoke with daughter Anna.")
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    typed = {text[s.start:s.end]: s.entity_type for s in spans}
    assert typed.get("Houston") == "LOCATION"
    assert "ANA" not in typed
    assert "Anna" in " ".join(found_texts(engine, text))

"""deidprec8 (issue 13): precision by class on unseen notes. A census given name written as a thing is read so on a
line of capitals too and after an article and one more word of the thing's name; a word hyphened to an everyday word
is a thing; a count before a mid-sentence capital makes it a thing; a describing word in small letters hyphened to a
capitalised word keeps the pair from the unknown-pair rule; small-letter medical words before a facility head that is
also a plain noun are a finding. Every example is invented."""

from __future__ import annotations

import pytest
from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import consistency
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.engine import PhiSpan
from cancerprep.stages.deid.recognizers.locations import LocationRecognizer
from cancerprep.stages.deid.recognizers.names import NameRecognizer
from cancerprep.stages.deid.recognizers.person_slots import slots
from tests.stages.deid.spans import in_note, rule_texts

_CAPS_NOTE = "HISTORY: PATIENT SEEN IN CLINIC TODAY.\n{line}\nPLAN AS ABOVE.\n"


def _thing(text: str, word: str, last: bool = True) -> bool:
    a = text.rindex(word) if last else text.index(word)
    return sl.counted_thing(text, a, a + len(word))


@pytest.mark.parametrize(("line", "word"), [
    ("THEN THE GARNET WAS REMOVED.", "GARNET"),          # a line of capitals: "WAS" is no name going on
    ("USED TWO ELLIS AND A KNIFE.", "ELLIS"),
    ("Then the Garnet was removed.", "Garnet"),
    ("Then seven Ellis were applied.", "Ellis"),         # a count past six
    ("Placed Garnet-style retractor.", "Garnet"),         # hyphened to an everyday word
    ("GARNET-STYLE RETRACTOR PLACED.", "GARNET"),
    ("Then took a Quorbin Rex and removed it.", "Rex"), # an article and one more word of the thing's name
    ("The Velmaze Carmine was instilled.", "Carmine"),
    ("THE QUORBIN ALBA WAS GRASPED.", "ALBA"),
])
def test_a_given_name_written_as_a_thing(line: str, word: str) -> None:
    template = _CAPS_NOTE if line.isupper() else "History: seen today.\n{line}\nPlan as above.\n"
    assert _thing(template.format(line=line), word)


@pytest.mark.parametrize(("line", "word"), [
    ("SPOKE WITH THE THUY A. HOLMES FAMILY.", "THUY"),    # an initial after it on a line of capitals
    ("THE ELLIS FAMILY VISITED.", "ELLIS"),               # a household
    ("THE GARNET OKAFOR TRUST CALLED.", "GARNET"),        # a census surname no everyday word is
    ("Then the Garnet Okafor trust called.", "Garnet"),   # a capital on a line with case
    ("Mary-Rose visited today.", "Mary"),                 # a double-barrelled name
    ("Kelly-Brown visited today.", "Kelly"),              # a surname first
    ("Seen with Dr Rex today.", "Rex"),                   # a title between
    ("SEEN WITH THE PATIENT ANN TODAY.", "ANN"),          # an everyday word between
    ("Seen with Ann today.", "Ann"),
])
def test_a_given_name_that_stays_a_person(line: str, word: str) -> None:
    template = _CAPS_NOTE if line.isupper() else "History: seen today.\n{line}\nPlan as above.\n"
    assert not _thing(template.format(line=line), word)


def _rules(text: str) -> list[tuple[str, str]]:
    rec = NameRecognizer()
    rec.load()
    return [(text[r.start:r.end], r.recognition_metadata["rule"]) for r in rec.analyze(text, ["NAME"])]


def test_the_lone_given_name_rule_reads_things_on_a_line_of_capitals() -> None:
    text = _CAPS_NOTE.format(line="SEEN WITH GARNET THIS AM; LATER THE GARNET WAS REMOVED.")
    assert _rules(text) == [("GARNET", "first_name")]  # the first, cue-less, occurrence only


def test_a_count_before_a_mid_sentence_capital_is_a_thing() -> None:
    assert "Ellis" not in rule_texts(slots, "Then three Ellis were applied to the fascia.")
    assert "Ellis" in rule_texts(slots, "Then Ellis were applied to the fascia, reminded Ellis to call.")


def test_a_describing_word_hyphened_keeps_a_pair_from_the_unknown_pair_rule() -> None:
    assert _rules(in_note("A Quorbel-soaked Vint-Trax was then placed.")) == []
    assert ("Lopie Certusi", "unknown_pair") in _rules(in_note("Seen by Lopie Certusi today."))


def _result(start: int, end: int) -> RecognizerResult:
    return RecognizerResult("NAME", start, end, 0.6, recognition_metadata={
        "recognizer_name": "ClinicalNameRecognizer", "rule": "first_name"})


@pytest.mark.parametrize("line", [
    "Seen with Garnet this am; used Garnet-style retractor.",
    "Seen with Garnet this am; then seven Garnet were used.",
])
def test_a_cueless_seed_does_not_spread_to_these_things(line: str) -> None:
    text = in_note(line)
    a = text.index("Garnet")
    spans = [PhiSpan(a, a + 6, "NAME", 0.6, "ClinicalNameRecognizer")]
    seeds = consistency.seeds(text, spans, [_result(a, a + 6)])
    assert list(consistency.spread(text, spans, seeds)) == []
    later = in_note("Seen with Garnet this am; later Garnet left.")
    a = later.index("Garnet")
    spans = [PhiSpan(a, a + 6, "NAME", 0.6, "ClinicalNameRecognizer")]
    seeds = consistency.seeds(later, spans, [_result(a, a + 6)])
    assert [later[x:y] for x, y, _ in consistency.spread(later, spans, seeds)] == ["Garnet"]


def _places(line: str) -> list[str]:
    text = in_note(line)
    rec = LocationRecognizer()
    rec.load()
    return [text[r.start:r.end] for r in rec.analyze(text, ["LOCATION"])]


def test_small_letter_medical_words_before_a_plain_noun_head_are_a_finding() -> None:
    assert _places("The lumbar vertebral body heights are kept.") == []
    assert "Quorbel Heights" in _places("She lives in Quorbel Heights with her son.")


def test_a_brand_run_together_keeps_a_pair_from_the_unknown_pair_rule() -> None:
    assert _rules(in_note("Commence Quorvite PreserSight capsules twice a day.")) == []  # "Sight": a word
    assert _rules(in_note("Commence Quorvite ClearSight capsules twice a day.")) == []
    assert ("Quorbel LaQuinta", "unknown_pair") in _rules(in_note("Seen by Quorbel LaQuinta today."))


def test_laterality_before_a_facility_abbreviation_is_no_name() -> None:
    assert _places("Left CTR 2001 and Right CTR 2004.") == []


@pytest.mark.parametrize("before", ["had been unresponsive to", "she is allergic to", "remains refractory to"])
def test_a_brand_a_body_answers_is_a_drug(before: str) -> None:
    text = f"Seen today; {before} Quorvex and more."
    a = text.index("Quorvex")
    assert sl.clinical_term_use(text, a, a + 7, "LOCATION")
    town = f"Seen today; {before} Houston and more."
    a = town.index("Houston")
    assert not sl.clinical_term_use(town, a, a + 7, "LOCATION")  # a census name or city needs the drug lists

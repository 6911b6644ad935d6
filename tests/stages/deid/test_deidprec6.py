"""deidprec6 (issue 13): the name recogniser's cue-less decisions on text it was never tuned on. A lone census given
name written as a thing is written (after an article or a count, with a model number glued on) is no name; a
small-letters pair of a dictionary word and an unknown word is a term. (Its spread guard for cue-less seeds was
not kept: the last test pins that.)"""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import consistency
from cancerprep.stages.deid.engine import Deidentifier, PhiSpan
from cancerprep.stages.deid.recognizers.names import NameRecognizer
from cancerprep.stages.deid.safelist import counted_thing
from tests.stages.deid.spans import found_texts, in_note, name_result


def _counted(text: str, word: str) -> bool:
    start = text.index(word)
    return counted_thing(text, start, start + len(word))


@pytest.mark.parametrize(("text", "word"), [
    ("A ridge was created using two Ellis and a knife.", "Ellis"),    # a count word
    ("The head was delivered without the Kelly.", "Kelly"),         # an article
    ("note\nThe Ellis were removed.", "Ellis"),                     # an article opening its line
    ("Dilated with dilators to a size #20 Hank.", "Hank"),          # a numbered size
    ("Mac-4 blade was used.", "Mac"),                               # a model number glued on
    ("Theo-24 400 mg per day.", "Theo"),
])
def test_a_given_name_written_as_a_thing(text: str, word: str) -> None:
    assert _counted(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("I talked to Anna today.", "Anna"),
    ("Both Suzette and Hank are his friends.", "Suzette"),          # "both" counts people: no count word here
    ("Both Suzette and Hank are his friends.", "Hank"),
    ("Family discussed this janet.", "janet"),
    ("1400 Mary at bedside.", "Mary"),                              # a clock time, no count
    ("Breathe Anna slowly.", "Anna"),                              # "the" inside a word
])
def test_a_given_name_of_a_person_stays(text: str, word: str) -> None:
    assert not _counted(text, word)


def _rule_texts(text: str) -> set[str]:
    rec = NameRecognizer()
    rec.load()
    return {text[r.start:r.end] for r in rec.analyze(text, ["NAME"])}


def test_the_recogniser_leaves_the_thing_and_keeps_the_person() -> None:
    text = in_note("Using two Ellis and the Kelly, the head was delivered. I talked to Anna today.")
    found = _rule_texts(text)
    assert "Ellis" not in found and "Kelly" not in found
    assert "Anna" in found


@pytest.mark.parametrize("line", [
    "The cartilage was transected in the concha cymba, both were harvested.",
    "This seems to be complete iris synechia to the lens.",
])
def test_a_small_letters_term_pair_is_no_name(line: str) -> None:
    assert not _rule_texts(in_note(line))


@pytest.mark.parametrize(("line", "name"), [
    ("I, lisa yeaman, am scribing for the doctor.", "lisa yeaman"),         # a census surname after it
    ("Returned the call of lee childress, her daughter.", "lee childress"),  # a dictionary word, a census surname
])
def test_a_small_letters_name_stays(line: str, name: str) -> None:
    assert any(name in f for f in _rule_texts(in_note(line)))


def test_a_cue_less_seed_still_spreads_to_small_letters() -> None:
    """deidprec6's GUARDED-only spread of cue-less seeds was not kept (it cost recall, check damage did not fall):
    a census name the cue-less rule found reaches its small-letters copy as a titled one does."""
    text = in_note("Met Parker in the hall. Later we saw Parker again. Then parker left.")
    a = text.index("Parker")
    spans = [PhiSpan(a, a + 6, "NAME", 0.6, "ClinicalNameRecognizer")]
    for rule in ("first_name", "title"):
        seeds = consistency.seeds(text, spans, [name_result(a, a + 6, "ClinicalNameRecognizer", rule)])
        hits = sorted(text[x:y] for x, y, _ in consistency.spread(text, spans, seeds))
        assert hits == ["Parker", "parker"], rule


def test_engine_leaves_the_instruments(engine: Deidentifier) -> None:
    text = in_note("Two Ellis were placed and the Kelly was used. Mac-4 blade was used. Spoke with daughter Anna.")
    found = " ".join(found_texts(engine, text))
    assert "Ellis" not in found and "Kelly" not in found and "Mac" not in found
    assert "Anna" in found


def test_a_name_that_goes_on_is_no_thing() -> None:
    assert not _counted("Therapy within the Thuy A. Holmes system.", "Thuy")   # an initial and a surname after it
    assert not _counted("Seen at the Anna Smith clinic.", "Anna")


def test_a_household_or_possessive_keeps_the_name() -> None:
    assert not _counted("Spoke with the Ellis family today.", "Ellis")
    assert not _counted("Rode in the Kelly's car.", "Kelly")
    assert _counted("Closed with the Ellis clamp.", "Ellis")

"""Everyday-word surnames where case says nothing, in sorted record lines, and the census-frequency test that tells
a surname from the word ("Brown" is written as a surname far more often than "Blood" is).

* `safelist.surname_odds`: the census share of people holding a surname over the word's share of English text;
* `NameRecognizer._caseless_given_and_surname` and `backstop.surname_after_given` in lines of capitals or small
  letters: a given name and a census surname no likelier word, the name visibly ending there;
* `NameRecognizer._surname_comma_first` before a record's fields ("Brown, John 03/04/1955");
* refusals: the first-name rule leaves terms whose second word the census holds for almost nobody ("Roman
  Catholic", "India Ink preparation"); stains are eponym heads ("Crystal Violet stain"). "Frank Blood in the stool"
  is still taken by the Title-case pair rule: refusing a surname whose odds are under 1 there cost PATIENT recall
  on a blind family's check part (scores only), where a capital vouches for the name."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.backstop import surname_after_given
from cancerprep.stages.deid.recognizers.names import NameRecognizer
from tests.stages.deid.spans import covered

# a note with case around the line, as a line of capitals or small letters stands in most notes
HOST = "History: chronic cough. Labs were reviewed and the plan was discussed.\n{line}\nPlan: return in 2 weeks.\n"


def _rules(names: NameRecognizer, text: str) -> dict[str, str]:
    return {text[r.start:r.end]: r.recognition_metadata["rule"] for r in names.analyze(text, ["NAME"])}


def test_surname_odds_rank_surnames_above_the_words_they_spell() -> None:
    for surname in ("brown", "hill", "king", "young", "farmer", "smith"):
        assert sl.surname_odds(surname) >= sl.NAME_ODDS, surname
    for word in ("little", "best", "blood", "well", "good", "back"):
        assert sl.surname_odds(word) < sl.NAME_ODDS, word
    assert sl.surname_odds("catholic") == 0  # listed for almost nobody
    assert sl.surname_odds("zzyzxq") == 0  # no census surname
    assert sl.surname_odds("kowalski") == float("inf")  # a surname no dictionary counts


@pytest.mark.parametrize("line,name", [
    ("JOHN BROWN WAS SEEN TODAY FOR FOLLOW-UP.", "JOHN BROWN"),
    ("pt john brown called about his pain.", "john brown"),
    ("DISCHARGED LINDA HILL HOME WITH HER SON AT 1400.", "LINDA HILL"),
    ("per np susan king, hold the heparin drip.", "susan king"),
    ("REFERRAL LETTER FOR PAUL WOODS - GASTROENTEROLOGY", "PAUL WOODS"),
    ("consent signed by nancy farmer in my presence.", "nancy farmer"),
    ("SLP: KEVIN STONE COUGHED WITH THIN LIQUIDS.", "KEVIN STONE"),
    ("INSURANCE CALLED ABOUT GARY LONG'S CLAIM.", "GARY LONG"),
])
def test_caseless_lines_find_given_name_and_everyday_surname(engine: Deidentifier, line: str, name: str) -> None:
    assert covered(engine, HOST.format(line=line), name)


def test_a_whole_note_in_capitals_finds_the_pair(engine: Deidentifier) -> None:
    text = "CHIEF COMPLAINT: COUGH.\nMARY WHITE WAS SEEN TODAY. LUNGS CLEAR.\n"
    assert covered(engine, text, "MARY WHITE")


@pytest.mark.parametrize("line", [
    "MARK WELL ON THE LEFT ARM BEFORE THE BIOPSY.",  # "well" is far likelier the word
    "pt states frank blood in stool x2.",
    "will mark white area with a pen.",
    "JOHN BROWN SPOTS NOTED ON THE SHIN.",  # the name does not visibly end: no pair
    "moved to rose hill last spring.",  # after a place preposition
    "PT RESTING IN BED, ROSE EARLY THIS AM.",
])
def test_caseless_pair_rule_refusals(names: NameRecognizer, line: str) -> None:
    assert "caseless_given_surname" not in _rules(names, HOST.format(line=line)).values()


def test_caseless_pair_rule_leaves_lines_with_case_to_the_title_case_rules(names: NameRecognizer) -> None:
    assert "caseless_given_surname" not in _rules(names, HOST.format(line="John Brown was seen today.")).values()


def test_surname_extension_without_case() -> None:
    """A given name another rule found runs on over a census surname in small letters or capitals where the name
    ends with it; not over an everyday word that is rarely a surname, nor into a possessive's "'s"."""
    for text, given, whole in (("spoke with ronald shields, who agrees.", "ronald", "ronald shields"),
                               ("SPOKE WITH RONALD SHIELDS WHO AGREES.", "RONALD", "RONALD SHIELDS"),
                               ("wife ronald shields's pills are at home.", "ronald", "ronald shields")):
        start = text.index(given)
        assert surname_after_given(text, start, start + len(given)) == start + len(whole), text
    for text, given in (("spoke with ronald little, who agrees.", "ronald"),
                        ("spoke with ronald shields regarding the plan.", "ronald"),  # no visible end
                        ("Spoke with Ronald shields, who agrees.", "Ronald")):  # mixed: case must match
        start = text.index(given)
        assert surname_after_given(text, start, start + len(given)) == start + len(given), text


@pytest.mark.parametrize("line,name", [
    ("Brown, John 03/04/1955", "Brown, John"),
    ("re: gray, sarah r (dob 2/8/1960)", "gray, sarah"),
    ("TUMOR BOARD: HILL, ANN - T2N1 RECTAL ADENOCARCINOMA.", "HILL, ANN"),
    ("Order verified by King, Mary (PharmD) at 09:02.", "King, Mary"),
    ("caregiver: young, robert (nephew)", "young, robert"),
])
def test_sorted_name_before_a_records_fields(engine: Deidentifier, line: str, name: str) -> None:
    assert covered(engine, HOST.format(line=line), name)


@pytest.mark.parametrize("line", [
    "Stool brown, will recheck (guaiac).",
    "Drainage: little, rose colored (serous).",  # "little" far likelier the word
    "Colors seen: brown, green and yellow.",  # no record's fields after the pair
])
def test_sorted_pair_refusals(names: NameRecognizer, line: str) -> None:
    assert "surname_comma_first" not in _rules(names, HOST.format(line=line)).values()


@pytest.mark.parametrize("text,term", [
    ("Crystal Violet stain was negative.", "Crystal Violet"),
    ("India Ink preparation was negative for cryptococcus.", "India"),
    ("She is Roman Catholic and would like a chaplain.", "Roman"),
])
def test_terms_shaped_like_a_given_name_and_a_word_stay(engine: Deidentifier, text: str, term: str) -> None:
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    at = text.index(term)
    assert not [s for s in spans if s.start < at + len(term) and at < s.end and s.entity_type == "NAME"], text


def test_a_possessive_surname_goes_with_the_given_name(engine: Deidentifier) -> None:
    assert covered(engine, "Insurance called regarding Todd Long's claim.", "Todd Long")


@pytest.mark.parametrize("note,surname,word_use", [
    ("Patient: John Brown\nHPI: 58M with cough.\nBROWN WAS SEEN BY PT TODAY.\nStool brown, guaiac negative.\n",
     "BROWN WAS", "Stool brown"),
    ("Patient: Mary White\nHPI: cough.\nWhite count 12.\nWHITE TOLERATED THE INFUSION.\n", "WHITE TOLERATED",
     "White count"),
    ("PATIENT: JOHN BROWN\nHPI: COUGH.\nBROWN TOLERATED THE PROCEDURE WELL.\nSTOOL BROWN, GUAIAC NEGATIVE.\n",
     "BROWN TOLERATED", "STOOL BROWN"),
    ("pt john brown called.\nbrown says pain is better. stool brown.\n", "brown says", "stool brown"),
])
def test_a_full_names_everyday_surname_spreads_to_its_subject_uses(engine: Deidentifier, note: str, surname: str,
                                                                  word_use: str) -> None:
    """Once the note names "John Brown", "Brown" opening a sentence before a verb is him in any case; the word's
    other uses ("stool brown", "White count") stay."""
    spans = engine.analyze(note)
    assert isinstance(spans, list)
    word = surname.split()[0]
    at = note.index(surname)
    assert any(s.start <= at and at + len(word) <= s.end for s in spans), surname
    at = note.index(word_use) + len(word_use) - len(word)
    assert not any(s.start < at + len(word) and at < s.end for s in spans), word_use


def test_a_lone_everyday_surname_does_not_spread_to_sentence_starts(engine: Deidentifier) -> None:
    """Without a given name before it in the note, "Brown" may be anything: it spreads only as before."""
    note = "Seen with Ms. Brown today.\nBrown was noted on the dressing.\n"
    spans = engine.analyze(note)
    assert isinstance(spans, list)
    at = note.index("Brown was")
    assert not any(s.start <= at < s.end for s in spans)


@pytest.mark.parametrize("line", [
    "CARMINE DYE WAS INJECTED INTO THE CYST.",  # a rarer given name that is a dictionary word
    "BLAKE DRAIN WAS PLACED IN THE POCKET.",
    "OWEN SILK WAS USED FOR THE FASCIA.",  # "silk": a surname of too few families to trust its odds
])
def test_caseless_pair_rule_leaves_eponyms_of_rare_given_names(names: NameRecognizer, line: str) -> None:
    assert "caseless_given_surname" not in _rules(names, HOST.format(line=line)).values()


@pytest.mark.parametrize("line,word", [
    ("After hours call from pt Brown re: uncontrolled pain.", "Brown"),
    ("PT BISHOP CALLED BACK AT 1420, AWARE OF LAB RESULTS.", "BISHOP"),
    ("Incident report filed re: pt Young's fall in the bathroom.", "Young"),
])
def test_everyday_surname_after_pt(engine: Deidentifier, line: str, word: str) -> None:
    assert covered(engine, HOST.format(line=line), word)


@pytest.mark.parametrize("line", ["pt overall improved today.", "pt well appearing, no distress.",
                                  "PT BEST DISPOSITION IS HOME.", "Pt White count elevated this morning."])
def test_words_after_pt_stay(engine: Deidentifier, line: str) -> None:
    text = HOST.format(line=line)
    spans = engine.analyze(text)
    assert isinstance(spans, list)
    at = text.index(line)
    assert not [s for s in spans if at <= s.start < at + len(line) and s.entity_type == "NAME"], line

"""Names written with letters outside A-Z (issue 13): hospitals' notes hold Spanish, French, German, Nordic, Turkish,
Polish, Romanian and Vietnamese names, and a rule that spells a name token [A-Za-z] cuts "Søren" at "ø", so the
positions that rest on the name's own evidence missed them. One letter class (`tokens.LETTER`, `NAME_WORD`) spells
every name token; the vocabularies and the name-likeness model read a word without its diacritics (`ascii_fold`).
Each position deidfix15's tests cover (test_names_held_out_positions.py) with accented names, ALL CAPS forms, a
decomposed (NFD) form, and refusals: accented clinical words and eponyms that must stay. Names are written from
general knowledge of naming, not from any benchmark's forms or notes."""

from __future__ import annotations

import random
import re as stdre
import unicodedata

import pytest
import regex

from cancerprep.stages.deid import consistency
from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.name_likeness import name_likeness
from cancerprep.stages.deid.recognizers import person_frames
from cancerprep.stages.deid.recognizers.address import address_recognizer
from cancerprep.stages.deid.recognizers.person_frames import frames
from cancerprep.stages.deid.recognizers.person_slots import slots, who_antecedents
from cancerprep.stages.deid.recognizers.tokens import (
    LOWER,
    NAME_WORD,
    NAME_WORD_LETTER_END,
    NO_WORD_AFTER,
    UPPER,
    ascii_fold,
)
from tests.stages.deid.spans import found_texts, in_note, rule_spans, rule_texts


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# The sentences the issue names: found by the whole engine (the first three were found before this change too).
@pytest.mark.parametrize(("line", "name"), [
    ("Seen with Dr. José García today.", "García"),
    ("Patient: Gökhan Yılmaz", "Yılmaz"),
    ("Her daughter Anaïs called.", "Anaïs"),
    ("Søren lives alone and drives.", "Søren"),
    ("Hi Zoë, your labs are back.", "Zoë"),
    ("Reminded Müller to call the clinic.", "Müller"),
    ("Hi Zoë, your labs are back.".replace("Zoë", _nfd("Zoë")), _nfd("Zoë")),  # combining diaeresis, whole
])
def test_the_engine_finds_accented_names(engine: Deidentifier, line: str, name: str) -> None:
    assert any(name in found for found in found_texts(engine, in_note(line)))


@pytest.mark.parametrize(("line", "name"), [
    ("Søren lives alone and still drives to church.", "Søren"),
    ("François tolerated the dressing change well.", "François"),
    ("Impression: Yıldız has poorly controlled type 2 diabetes.", "Yıldız"),
    ("G2P1 at 38w2d. Begoña reports good fetal movement.", "Begoña"),
    ("Łukasz and I reviewed the CT images together.", "Łukasz"),
    ("NURSING NOTE: ØYVIND AMBULATED IN THE HALL X2.", "ØYVIND"),  # without case: spelled like a name, folded
    ("NURSING NOTE: MAŁGORZATA AMBULATED IN THE HALL X2.", "MAŁGORZATA"),
    (_nfd("Renée lives alone and still drives to church."), _nfd("Renée")),
])
def test_an_accented_name_is_the_subject_of_what_a_patient_does(line: str, name: str) -> None:
    # a census name's accented form ("François", "Renée") is read as the census spelling: "subject", else coined
    assert {(name, "subject-coined"), (name, "subject")} & rule_spans(slots, line)


@pytest.mark.parametrize(("line", "name"), [
    ("Video visit with Zoë, who was at home; consent given.", "Zoë"),
    ("MED REC COMPLETED WITH MÜLLER, WHO BROUGHT ALL BOTTLES.", "MÜLLER"),
    ("Discussed the plan with Thanh Nguyễn, who agreed.", "Thanh Nguyễn"),
])
def test_an_accented_antecedent_of_who(line: str, name: str) -> None:
    assert name in rule_texts(who_antecedents, line)


@pytest.mark.parametrize(("line", "name"), [
    ("Family meeting held in Gökhan's room; patient participated.", "Gökhan"),
    ("Called Zoë's daughter with the update.", "Zoë"),
    ("Called Małgorzata's son with the update.", "Małgorzata"),
])
def test_the_accented_owner_of_a_persons_room_or_kin(line: str, name: str) -> None:
    assert (name, "possessive") in rule_spans(slots, line)


@pytest.mark.parametrize(("line", "name"), [
    ("Bed alarm on; reminded Müller to call before getting up.", "Müller"),
    ("BED ALARM ON; REMINDED MÜLLER TO CALL BEFORE GETTING UP.", "MÜLLER"),
])
def test_the_accented_one_told_to_do_something(line: str, name: str) -> None:
    assert name in rule_texts(frames, line) | rule_texts(slots, line)


@pytest.mark.parametrize(("line", "pair"), [
    ("DISCHARGE SUMMARY - Ødegård, Søren", "Ødegård, Søren"),
    ("Late entry for Śliwiński, Małgorzata", "Śliwiński, Małgorzata"),
])
def test_an_accented_pair_closing_a_heading(line: str, pair: str) -> None:
    assert pair in rule_texts(frames, line)


@pytest.mark.parametrize(("line", "pair"), [
    ("ADDENDUM: ÇELIK ÖZTÜRK RETURNED TO CLINIC.", "ÇELIK ÖZTÜRK"),
    ("Gökhan Yılmaz signed the consent in my presence.", "Gökhan Yılmaz"),
])
def test_an_accented_given_name_and_surname_as_subject(line: str, pair: str) -> None:
    assert (pair, "subject-pair") in rule_spans(slots, line)


@pytest.mark.parametrize("line", [
    "Ménière's disease, on meclizine.",                  # an eponym before its disease noun
    "Sjögren's syndrome, on hydroxychloroquine.",
    "Behçet's disease flare, on colchicine.",
    "Café-au-lait spots noted on the trunk.",            # accented clinical words opening a sentence
    "Sjögren syndrome confirmed by serology.",
    "Naïve T cells were low.",
    "Décubitus ulcer noted over the sacrum.",
    "Protégé reports are reviewed weekly.",
    "Guillain-Barré syndrome ruled out.",
])
def test_accented_clinical_words_and_eponyms_stay(line: str) -> None:
    assert not rule_spans(slots, line)
    assert not rule_spans(frames, line)


@pytest.mark.parametrize("line", [
    "Ménière's disease, on meclizine.",
    "Café-au-lait spots noted on the trunk.",
    "Sjögren syndrome confirmed by serology.",
    "Naïve T cells were low.",
])
def test_the_engine_keeps_accented_clinical_words(engine: Deidentifier, line: str) -> None:
    assert found_texts(engine, in_note(line)) == []


@pytest.mark.parametrize(("word", "folded"), [
    ("Søren", "Soren"), ("Müller", "Muller"), ("naïve", "naive"), ("Weiß", "Weiss"), ("Łukasz", "Lukasz"),
    ("Yıldız", "Yildiz"), ("Nguyễn", "Nguyen"), ("Ţăranu", "Taranu"), ("Đặng", "Dang"), (_nfd("Zoë"), "Zoe"),
    ("Иван", "Иван"),  # another script has no ASCII spelling: kept as written
    ("Smith", "Smith"),
    # letters NFKD keeps whole, as their languages romanize them (the benchmarks' name pools fold with this too)
    ("Bjørn Łódź", "Bjorn Lodz"), ("Əliyev", "Aliyev"), ("Æsa", "Aesa"), ("ÆRØ", "AERO"), ("Þórður", "Thordur"),
    ("STRAẞE", "STRASSE"), ("O’Brien", "O'Brien"), ("Gʼulom", "G'ulom"), ("Œuvray", "Oeuvray"),
    ("Søren Иван", "Søren Иван"),  # never part-folded, never a letter dropped
])
def test_ascii_fold(word: str, folded: str) -> None:
    assert ascii_fold(word) == folded


def test_name_likeness_reads_accented_names_as_their_ascii_spelling() -> None:
    # the model learned ASCII spellings: "ø" and "ü" would be n-grams it never saw
    assert name_likeness("Søren") == name_likeness("Soren")
    assert name_likeness("Gökhan") == name_likeness("Gokhan")


@pytest.mark.parametrize("word", ["Søren", "Zoë", "Müller", "Łukasz", "Nguyễn", "Yılmaz", "O'Brien-Đặng",
                                  _nfd("Renée"), _nfd("Zoë")])
def test_name_word_spells_a_whole_accented_word(word: str) -> None:
    assert stdre.fullmatch(NAME_WORD, word) and regex.fullmatch(NAME_WORD, word)
    assert regex.fullmatch(NAME_WORD_LETTER_END, word)


def test_name_word_matches_ascii_text_as_the_former_class() -> None:
    # on ASCII text the shared definitions match exactly what [A-Za-z][A-Za-z'’-]* (and its lazy form before a
    # letter) matched, so ASCII notes' spans cannot move
    rng = random.Random(13)
    alphabet = "absXYS'’- ,.1_"  # ASCII letters, the joiners, separators, a digit and "_"
    old_word, old_end = r"[A-Za-z][A-Za-z'’-]*", r"[A-Za-z][A-Za-z'’-]*?[A-Za-z]"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        for new, old in ((NAME_WORD, old_word), (rf"({NAME_WORD_LETTER_END})'s", rf"({old_end})'s")):
            for engine_re in (stdre, regex):
                assert [m.span() for m in engine_re.finditer(new, text)] == \
                    [m.span() for m in engine_re.finditer(old, text)], text


@pytest.mark.parametrize(("line", "place"), [
    ("Moved here from Tromsø last year.", "Tromsø"),
    ("Grew up in Łódź and moved in 1990.", "Łódź"),
])
def test_an_accented_place_after_a_place_preposition(line: str, place: str) -> None:
    text = in_note(line)
    assert place in {text[r.start:r.end] for r in address_recognizer().analyze(text, ["LOCATION"])}


# (a census surname alone after "of" stays a place, accented or not: "Findings of Sjögren" is no refusal here)
@pytest.mark.parametrize("line", ["Diagnosed in Ménière clinic follow-up.", "Seen at Guillain-Barré follow-up.",
                                  "Seen in Sjögren syndrome follow-up."])
def test_an_accented_eponym_after_a_place_preposition_is_no_place(line: str) -> None:
    text = in_note(line)
    assert not [r for r in address_recognizer().analyze(text, ["LOCATION"]) if not text[r.start:r.end].isascii()]


def test_upper_and_lower_match_ascii_text_as_the_former_classes() -> None:
    # the capital-word patterns' letters: exactly [A-Z], [a-z] and (?![A-Za-z'’-]) on ASCII text
    rng = random.Random(29)
    alphabet = "aqzAQZ'’- .,1_"
    pairs = ((rf"{UPPER}{LOWER}+{NO_WORD_AFTER}", r"[A-Z][a-z]+(?![A-Za-z'’-])"),
             (rf"{UPPER}(?:{LOWER}|['’])+", r"[A-Z][a-z'’]+"))
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        for new, old in pairs:
            for engine_re in (stdre, regex):
                assert [m.span() for m in engine_re.finditer(new, text)] == \
                    [m.span() for m in engine_re.finditer(old, text)], text


@pytest.mark.parametrize("word", ["Zoë", "Weiß", "Đặng", "Nguyễn", "Łukasz", "Øyvind", "Yılmaz", "Ţăranu",
                                  _nfd("Renée")])
def test_upper_lower_spell_a_whole_capitalised_latin_name(word: str) -> None:
    assert stdre.fullmatch(rf"{UPPER}{LOWER}+", word) and regex.fullmatch(rf"{UPPER}{LOWER}+", word)


@pytest.mark.parametrize("word", ["zoë", "éclair", "ZOË", "×ab", "Иван"])
def test_upper_lower_refuse_what_is_no_capitalised_latin_word(word: str) -> None:
    assert not stdre.fullmatch(rf"{UPPER}{LOWER}+", word)


# The capital-word positions (deidfix18 left them ASCII): a census name's accented form, whole, as its ASCII twin.
@pytest.mark.parametrize(("line", "name", "label"), [
    ("Ambulated Zoë 100 ft in the hall.", "Zoë", "verb-object"),          # a sentence-opening verb's object
    ("Medicated Zoë for pain.", "Zoë", "verb-object"),
    ("Instructed Renée to call the clinic.", "Renée", "verb-object"),
    ("Spoke with Zoë about her meds.", "Zoë", "mid-capital"),               # a capital mid-sentence
    ("Spoke with José about the plan.", "José", "mid-capital"),
    ("Left message for Ramón.", "Ramón", "mid-capital"),
    ("Discussed with Müller today.", "Müller", "mid-capital"),
    ("Reviewed with Sørensen today.", "Sørensen", "mid-capital"),
    (_nfd("Spoke with Zoë about her meds."), _nfd("Zoë"), "mid-capital"),
])
def test_an_accented_capital_word_in_the_capital_word_positions(line: str, name: str, label: str) -> None:
    assert (name, label) in rule_spans(slots, line)


def test_the_given_surname_rules_ascii_twin_matches_as_the_latin_one_on_ascii_text() -> None:
    text = ("Seen with Ann Lee today, summary for Jude Abernathy to sign, (Moses Lanning, 9/20) and Hope Smith-Jones,"
            " requested on Ida Peralto by fax; O'Neil Baker-Ross called. ")
    latin, ascii_only = person_frames._GIVEN_SURNAME, person_frames._GIVEN_SURNAME_ASCII
    assert [m.groups() for m in ascii_only.finditer(text)] == [m.groups() for m in latin.finditer(text)]
    assert len(list(latin.finditer(text))) >= 3


def test_an_accented_given_name_and_surname_mid_sentence() -> None:
    assert ("Renée Côté", "given-surname") in rule_spans(frames, "Message left for Renée Côté to call back.")


@pytest.mark.parametrize("line", [
    "Discussed with Weiß, who agreed.",  # was cut to "Wei" at "ß": a partial span leaves the rest of the name
    "Spoke with Anaïs about her meds.",  # was cut to "Ana"
])
def test_a_capital_word_is_never_cut_at_an_accented_letter(line: str) -> None:
    for found, _ in rule_spans(slots, line) | rule_spans(frames, line):
        text = in_note(line)
        end = text.index(found) + len(found)
        assert not text[end].isalpha(), found


@pytest.mark.parametrize("line", [
    "History of Ménière disease, seen with Sjögren syndrome.",   # eponyms mid-sentence
    "Seen for Guillain-Barré syndrome.",
    "Treated for Henoch-Schönlein purpura.",
    "Examined for Ménière attacks today.",
    "Noted café-au-lait spots.",
    "Retinal décollement was seen.",
    "Curve fit with Bézier splines.",
    "Started naïve patients on the protocol.",
    "Ambulated Ménière patients to the day room.",
])
def test_accented_eponyms_and_clinical_words_stay_in_the_capital_word_positions(line: str) -> None:
    assert not rule_spans(slots, line)
    assert not rule_spans(frames, line)


# Consistency (a name found once is redacted wherever the note writes it): its words are whole accented words, judged
# as the census spells them, and a mention inside a longer word is no mention.
@pytest.mark.parametrize(("word", "folded"), [("søren", "soren"), ("zoë", "zoe"), ("müller", "muller"),
                                              ("ménière", "meniere"), ("naïve", "naive"), ("café", "cafe")])
def test_consistency_classes_an_accented_word_as_its_ascii_spelling(word: str, folded: str) -> None:
    assert consistency.word_class(word) == consistency.word_class(folded)


def test_consistency_never_spreads_accented_clinical_words() -> None:
    assert consistency.word_class("ménière") is None and consistency.word_class("naïve") is None


def test_consistency_words_match_ascii_text_as_the_former_pattern() -> None:
    rng = random.Random(31)
    alphabet = "abzXYZ'’- .,1_"
    for _ in range(2000):
        text = "".join(rng.choice(alphabet) for _ in range(rng.randint(1, 14)))
        assert consistency._WORD.findall(text) == regex.findall(r"[A-Za-z]+(?:['’][A-Za-z]+)*", text), text


@pytest.mark.parametrize("word", ["Søren", "Zoë", "Đặng", "O’Brien", _nfd("Renée")])
def test_consistency_reads_an_accented_name_as_one_word(word: str) -> None:
    assert consistency._WORD.fullmatch(word)


def test_a_found_accented_name_is_redacted_whole_wherever_the_note_writes_it(engine: Deidentifier) -> None:
    # before: the spread word was "ren" (of "S", "ren"), which cut the second "Søren" to "Sø"
    text = in_note("Søren lives alone and drives. Plan: Søren will return in 2 weeks; MÜLLER agreed, Müller called.")
    found = found_texts(engine, text)
    assert found.count("Søren") == 2 and "ren" not in found
    assert "Müller" in found and "MÜLLER" in found


def test_a_spread_name_is_never_cut_out_of_a_longer_accented_word(engine: Deidentifier) -> None:
    text = in_note("Reminded Mirren to call back. The Mirrenø line was busy.")  # "Mirren" inside "Mirrenø"
    inner = text.index("Mirrenø")
    spans = engine.analyze(text)
    assert any(text[s.start:s.end] == "Mirren" and s.start < inner for s in spans)
    assert not any(s.start == inner and s.end == inner + len("Mirren") for s in spans)  # no part of a word

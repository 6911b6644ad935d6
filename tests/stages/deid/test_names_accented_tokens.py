"""Accented names in the token rules' positions (issue 13, deidfix22): a note with a letter outside ASCII is
tokenized into words of any script (combining accents inside a word, NFC and NFD), and every token's `low` is its
`ascii_fold`, so names.py, the backstop, locations, address and identity see "Blümel" whole and judge it as "Blumel",
while accented clinical words ("Ménière", "naïve") stay the known words their ASCII spellings are. The remaining
ASCII name shapes (backstop, initials, frames, slots, admin) read any Latin-script name. Names and terms are written
from general knowledge of naming and medicine, not from any benchmark's forms or notes."""

from __future__ import annotations

import random
import re as stdre
import unicodedata

import pytest
import regex

from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers import tokens
from cancerprep.stages.deid.recognizers.backstop import surname_after_given
from cancerprep.stages.deid.recognizers.identity import _parts
from cancerprep.stages.deid.recognizers.learned import plausible
from cancerprep.stages.deid.recognizers.tokens import NAME_CHAR, NAME_WORD_2, Tok, possessive, tokenize
from tests.stages.deid.spans import found_texts, in_note


def _nfd(text: str) -> str:
    return unicodedata.normalize("NFD", text)


# -- the tokenizer ---------------------------------------------------------------------------------------------------
@pytest.mark.parametrize(("text", "word"), [
    ("Seen with Blümel today ø", "Blümel"),
    ("Seen with Ødegård-Lund today", "Ødegård-Lund"),
    ("Đặng Thành signed", "Đặng"),
    ("Ayşe Yılmaz called", "Yılmaz"),
    ("Per Łukasz Wiśniewski", "Wiśniewski"),
])
def test_an_accented_word_is_one_token_nfc_and_nfd(text: str, word: str) -> None:
    for form, w in ((text, word), (_nfd(text), _nfd(word))):
        assert w in [t.text for t in tokenize(form)]


def test_a_token_low_is_its_fold_and_offsets_hold_the_text() -> None:
    text = "Hx of Ménière's disease; Zoë’s wife Weiß, naïve, MÜLLER ² Москва"
    toks = tokenize(text)
    assert all(text[t.start:t.end] == t.text for t in toks)
    lows = {t.text: t.low for t in toks}
    assert lows["Ménière's"] == "meniere's"
    assert lows["Zoë’s"] == "zoe's" and possessive(lows["Zoë’s"])
    assert lows["Weiß"] == "weiss" and lows["naïve"] == "naive" and lows["MÜLLER"] == "muller"
    assert lows["²"] == "²"  # not a word: never folded (NFKD would read it "2")
    assert lows["Москва"] == "москва"  # another script has no ASCII form: as written
    assert tokenize(_nfd(text))[2].low == "meniere's"


def test_the_non_ascii_tokenizer_reads_ascii_runs_as_the_ascii_tokenizer() -> None:
    """`_TOKEN` reads the ASCII parts of a non-ASCII note exactly as `_ASCII_TOKEN` reads an ASCII note."""
    rng = random.Random(5)
    alphabet = "aZq'- .,\t\n3("
    for _ in range(3000):
        s = "".join(rng.choice(alphabet) for _ in range(rng.randint(0, 30)))
        assert [m.span() for m in tokens._TOKEN.finditer(s)] == [m.span() for m in tokens._ASCII_TOKEN.finditer(s)], s


@pytest.mark.parametrize(("old", "new"), [
    (r"[A-Za-z][A-Za-z'-]+", NAME_WORD_2),
    (r"(?:[A-Za-z'-])+", rf"{NAME_CHAR}+"),
    (r"\b([A-Za-z][A-Za-z'-]+)(?:[ \t]+([A-Za-z][A-Za-z'-]+))?[ \t]*\(x\)",
     rf"\b({NAME_WORD_2})(?:[ \t]+({NAME_WORD_2}))?[ \t]*\(x\)"),
])
def test_name_classes_are_the_former_ascii_classes_on_ascii_text(old: str, new: str) -> None:
    rng = random.Random(11)
    for engine in (stdre, regex):
        a, b = engine.compile(old, engine.I), engine.compile(new, engine.I)
        for _ in range(2000):
            s = "".join(rng.choice("aZb'- \t(x).,") for _ in range(rng.randint(0, 24)))
            assert [m.regs for m in a.finditer(s)] == [m.regs for m in b.finditer(s)], s


@pytest.mark.parametrize(("text", "word"), [("Ødegård-Lund", "Ødegård-Lund"), ("Blümel’s", "Blümel’s")])
def test_name_word_2_takes_an_accented_word_whole(text: str, word: str) -> None:
    assert regex.fullmatch(NAME_WORD_2, text) and regex.fullmatch(NAME_WORD_2, _nfd(text))


# -- helpers that read a token's fold ----------------------------------------------------------------------------------
def test_surname_after_given_ends_at_the_token_not_at_its_folded_length() -> None:
    """"Weiß" folds to "weiss", a letter longer: the name's end is the token's own."""
    text = "Hans Weiß came"
    assert text[:surname_after_given(text, 0, 4)] == "Hans Weiß"


def test_identity_keys_are_folded_as_tokens_are() -> None:
    assert _parts("Müller-Łukasz") == ["muller-lukasz", "muller", "lukasz"]


def test_the_voter_filter_reads_a_span_folded() -> None:
    """A voter's NAME "naïve to chemotherapy" after "Wife:" holds only known words once folded, as "naive ..." does."""
    for line in ("Wife: naïve to chemotherapy.", "Wife: naive to chemotherapy.", _nfd("Wife: naïve to chemotherapy.")):
        text = in_note(line)
        start = text.index("Wife: ") + 6
        assert not plausible(text, start, text.index(".", start), "NAME"), line
    text = in_note("Wife: Ødegård at bedside.")
    assert plausible(text, text.index("Ø"), text.index(" at bedside"), "NAME")


# -- the engine: accented names in the token rules' positions ------------------------------------------------------
@pytest.mark.parametrize(("line", "name"), [
    # a relation or role word before the name
    ("Mom Ayşe at bedside.", "Ayşe"),
    ("Her son Þórður called.", "Þórður"),
    ("Her husband Bjørn Ødegård is at bedside.", "Ødegård"),
    ("sister-in-law Françoise Lefèvre visited", "Lefèvre"),
    # a label
    ("Caregiver: Ingibjörg Pálsdóttir", "Pálsdóttir"),
    ("Wristband: Szőke Zsófia", "Zsófia"),
    ("Reviewed by: Ødegård, Åsa", "Ødegård"),
    # a list with "/" and a bracketed list of people
    ("Kids: Åsa/Jörgen", "Jörgen"),
    ("Rm 7B/Ødegård/Sjöberg - NPO", "Sjöberg"),
    ("Family (Åsa, Jörgen) present.", "Jörgen"),
    # the subject, set off by a comma or joined by "and"
    ("Ødegård, her daughter, was at bedside.", "Ødegård"),
    ("Per Ødegård, pt ate well.", "Ødegård"),
    ("Ødegård and Sjöberg called.", "Sjöberg"),
    # an ALL CAPS line
    ("PATIENT SEEN WITH DAUGHTER MÆRTA SJÖBERG AT BEDSIDE", "SJÖBERG"),
    ("VISITED BY DAUGHTER ÅSA TODAY.", "ÅSA"),
    # a salutation
    ("Dear Renée,", "Renée"),
    ("Hi Zoë, your labs are back.", "Zoë"),
    # the remaining name shapes: possessive, credential, initial, age subject, hyphenated surname, family plural
    ("Spoke with Ødegård's wife about discharge.", "Ødegård"),
    ("Seen on rounds. Åsa Lindqvist, RN", "Åsa"),
    ("Note by J. Ødegård.", "Ødegård"),
    ("Mónica Ibáñez is a 62-year-old woman.", "Ibáñez"),
    ("Pt Renée Côté-Lefèvre tolerated lunch.", "Côté-Lefèvre"),
    ("The Ødegårds were updated at bedside.", "Ødegård"),
    ("Anaïs was admitted on 3/2.", "Anaïs"),
])
def test_the_engine_finds_accented_names_in_token_positions(engine: Deidentifier, line: str, name: str) -> None:
    assert any(name in found for found in found_texts(engine, in_note(line)))


@pytest.mark.parametrize(("line", "name"), [
    ("Mom Ayşe at bedside.", "Ayşe"),
    ("Caregiver: Ingibjörg Pálsdóttir", "Pálsdóttir"),
    ("Her son Þórður called.", "Þórður"),
    ("Note by J. Ødegård.", "Ødegård"),
    ("Pt Renée Côté-Lefèvre tolerated lunch.", "Côté-Lefèvre"),
    ("Mónica Ibáñez is a 62-year-old woman.", "Ibáñez"),
    ("Anaïs was admitted on 3/2.", "Anaïs"),
])
def test_the_engine_finds_decomposed_accented_names_whole(engine: Deidentifier, line: str, name: str) -> None:
    """NFD: "Ibáñez" written with combining accents is one word, found whole."""
    assert any(_nfd(name) in found for found in found_texts(engine, in_note(_nfd(line))))


# -- refusals: accented clinical eponyms and terms stay -----------------------------------------------------------
@pytest.mark.parametrize("line", [
    "History of Ménière's disease with vertigo.",
    "Daughter reports Ménière's disease.",
    "Diagnosis: Ménière disease",
    "MÉNIÈRE'S DISEASE, STABLE.",
    "PATIENT WITH MÉNIÈRE'S DISEASE AND SJÖGREN SYNDROME.",
    "Sjögren syndrome, on hydroxychloroquine.",
    "Mom: Sjögren syndrome",
    "Sister has Sjögren's.",
    "Guillain-Barré syndrome in the past.",
    "Husband with Guillain-Barré syndrome.",
    "Six café-au-lait macules noted.",
    "Naïve T cells were reduced.",
    "Husband reports naïve T cells low.",
    "Wife: naïve to chemotherapy.",
    "Chédiak–Higashi syndrome was excluded.",
])
def test_accented_clinical_words_are_kept(engine: Deidentifier, line: str) -> None:
    for form in (line, _nfd(line)):
        assert found_texts(engine, in_note(form)) == [], form


def test_a_name_beside_an_accented_clinical_word_is_found_alone(engine: Deidentifier) -> None:
    found = found_texts(engine, in_note("Husband Bjørn reports naïve T cells low."))
    assert found == ["Bjørn"]


def test_a_plain_token_keeps_its_low() -> None:
    """An ASCII word's `low` is its lower case, as before."""
    tok = Tok(regex.match(r".+", "Hensley's"))
    assert tok.low == "hensley's" and tok.is_word

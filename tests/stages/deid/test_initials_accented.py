"""Initials and names written with letters outside A-Z (issue 13): staff and patients whose names carry É, Ø, Ş,
Ł, Ğ, Ñ, Ç, Ő, Ț or Vietnamese letters sign with those letters, and every initials pattern spelt `[A-Za-z]{2,3}` never
took them as a candidate; a nursing position refused an accented name whose spelling is a gazetteer place or whose
fold is an everyday word. The positions are those of ASCII initials and names (test_initials_positions.py); the
letters and names here are invented from many languages' Latin spellings, none taken from a benchmark form or note.
Refusals: units with the micro sign, degree signs, accented clinical words, loanwords and eponyms in the same
positions, and ASCII text matched as before."""

from __future__ import annotations

import re as stdre

import pytest
import regex

from cancerprep.stages.deid.recognizers import dictation, initials_class
from cancerprep.stages.deid.recognizers.accented import accented_name
from cancerprep.stages.deid.recognizers.initials_class import INIT, initials_ok
from cancerprep.stages.deid.recognizers.initials_positions import positions_spans
from cancerprep.stages.deid.recognizers.periop_forms import periop_spans
from cancerprep.stages.deid.recognizers.research_forms import research_spans
from cancerprep.stages.deid.recognizers.tokens import UPPER
from cancerprep.stages.deid.recognizers.ward_forms import ward_spans
from tests.stages.deid.spans import in_note, initials_names

_ALL = (positions_spans, periop_spans, research_spans, ward_spans)


def _found(line: str, spans=_ALL) -> set[str]:
    text = in_note(line)
    return {text[a:b] for rule in spans for a, b, kind, _ in rule(text) if kind == "NAME"}


@pytest.mark.parametrize(("line", "initials", "spans"), [
    ("Insulin drip rate verified by ÉV at 0730.", {"ÉV"}, (positions_spans,)),
    ("Sitter log 0300 pt resting quietly - ØR", {"ØR"}, (ward_spans,)),
    ("0700 ŞE  0800 ŞE  0900 ĐQ", {"ŞE", "ĐQ"}, (positions_spans,)),
    ("Foley care done ŁZ RN", {"ŁZ"}, (ward_spans,)),
    ("Counts verified ÇW/ÑU", {"ÇW", "ÑU"}, (periop_spans,)),
    ("Consent signed ŐV", {"ŐV"}, (periop_spans,)),
    ("Needles    12    12    ÅG/ĞI", {"ÅG", "ĞI"}, (periop_spans,)),
    ("| Blades | 2 | 2 | ȚV |", {"ȚV"}, (periop_spans,)),
    ("Subject initials: ÉŽ", {"ÉŽ"}, (research_spans,)),
    ("Second check: ÜX", {"ÜX"}, (positions_spans,)),
    ("Witnessed by: ÆQ / ÞY", {"ÆQ", "ÞY"}, (positions_spans,)),
    ("Relief: ÎG", {"ÎG"}, (periop_spans,)),
    ("Skin intact pre/post (ẞU)", {"ẞU"}, (periop_spans,)),
    ("ĆV (RN), ŚW (CRNA)", {"ĆV", "ŚW"}, (periop_spans,)),
    ("Ambulated in hall with walker (ŃAZ)", {"ŃAZ"}, (ward_spans,)),
])
def test_accented_initials_in_signing_positions(line: str, initials: set[str], spans) -> None:
    assert initials <= _found(line, spans)


@pytest.mark.parametrize("line", [
    "Heparin 5000 units given, flushed with 10 µg per protocol",
    "0800 µg",
    "Verified by: µl",
    "Temp 38.2 °C verified at 0800",
    "Dx: Sjögren syndrome, reviewed at 0900",
    "Ménière disease - reviewed",
    "Guillain–Barré syndrome verified by neuro",
    "Café-au-lait macules noted (3)",
    "Naïve to chemotherapy - per onc",
    "Wavelength 4000 Ångström verified",
    "Positioned in décubitus - checked",
    "Counts verified ÉTÉS",  # a word of four letters is no initials group
])
def test_accented_look_alikes_stay(line: str) -> None:
    assert not _found(line)


def test_the_judge_takes_accented_capitals_and_refuses_micro_units() -> None:
    assert initials_ok("ÉL", True, "signed")
    assert initials_ok("ŞAĞ"[:2], True, "act")
    assert not initials_ok("Él", True, "signed")  # a capital and a small letter on a line with case: a word
    for unit in ("µg", "µl", "μg"):
        assert not initials_ok(unit, False, "label")


def test_the_letter_classes_match_ascii_text_as_before() -> None:
    """On ASCII text the new classes find exactly what `[A-Za-z]{2,3}` and `[A-Z]` found."""
    text = "AB/cd 0800 JK, mb; Ab 12 x-ray (QR) o'Neil x_y A1 zz."
    assert [m.span() for m in regex.finditer(INIT, text)] == [
        m.span() for m in regex.finditer(r"[A-Za-z]{2,3}(?![\w'’-])", text)]
    assert stdre.findall(UPPER, text) == stdre.findall("[A-Z]", text)
    assert regex.findall(UPPER, "ÉØŞŁĞÑÇŐȚĐ éøş") == list("ÉØŞŁĞÑÇŐȚĐ")


def test_dictation_marks_take_accented_and_dotted_initials() -> None:
    assert regex.fullmatch(dictation._INIT, "ÉK")
    assert regex.fullmatch(dictation._INIT, "Ø.K.")
    assert not regex.fullmatch(dictation._INIT, "É")
    assert initials_class.LETTER == r"[^\W\d_]"


# ---- accented names where a position asks for a person --------------------------------------------------------

@pytest.mark.parametrize("word", ["Teodóra", "Ksawéry", "Bùi", "ŁUCJAN", "Ğülten", "Ørjan", "Ñandú", "Zsófi", "Ionuț",
                                  "Xuân", "Tuấn", "Sölvi", "Hà", "Đỗ", "Lộc"])
def test_an_accented_word_is_a_name_where_a_person_is_asked(word: str) -> None:
    assert accented_name(word, True)
    assert accented_name(word.lower(), False)


@pytest.mark.parametrize("word", ["Sjögren", "Sjögren's", "Ménière", "Barré", "Behçet", "café", "Naïve", "Ångström",
                                  "décubitus", "µg", "Kim", "Español"])
def test_loanwords_eponyms_units_and_clinical_folds_are_no_accented_names(word: str) -> None:
    assert not accented_name(word, False)


def test_a_curly_apostrophe_is_no_accent() -> None:
    assert not accented_name("Don’t", True)
    assert not accented_name("Pt’s", False)


def test_an_accented_name_is_capitalised_on_a_line_with_case() -> None:
    assert not accented_name("rené", True)
    assert accented_name("RENÉ", True)


@pytest.mark.parametrize(("line", "name"), [
    # gazetteer places in their accented spelling name towns after people: in a person's position, a person
    ("Door sign: Anaís - strict I/O, fall risk", "Anaís"),
    ("Aide Thắng arrived 0700 for 1:1.", "Thắng"),
    ("1:1 sitter Benoît assigned from float pool", "Benoît"),
    ("Aide Lộc arrived 0700 for 1:1.", "Lộc"),
])
def test_an_accented_name_in_a_nursing_position(line: str, name: str) -> None:
    text = in_note(line)
    assert name in {text[a:b] for a, b, kind, _ in ward_spans(text) if kind == "NAME"}


@pytest.mark.parametrize("line", [
    "Door sign: Café - closed today",
    "Sitter Ménière precautions reviewed",
    "Door sign: Sjögren - per rheum",
])
def test_accented_look_alikes_in_nursing_positions_stay(line: str) -> None:
    text = in_note(line)
    assert not {text[a:b] for a, b, kind, _ in ward_spans(text) if kind == "NAME"}


@pytest.mark.parametrize(("line", "name", "spans"), [
    ("Circulator: Ximena Doğanay", "Ximena Doğanay", periop_spans),
    ("CIRCULATOR: BÉATRIX LUNDQVIST", "BÉATRIX LUNDQVIST", periop_spans),
    ("Subject Tadeáš Ploužek completed the visit 3 questionnaire.", "Tadeáš Ploužek", research_spans),
    ("Specimen label: Ørnhøj, Maël | A: appendix | formalin", "Ørnhøj, Maël", periop_spans),
    ("SPECIMEN LABEL: KÜÇÜKYILDIZ, İPEK | B: SKIN | FORMALIN", "KÜÇÜKYILDIZ, İPEK", periop_spans),
])
def test_accented_names_in_theatre_and_research_positions(line: str, name: str, spans) -> None:
    assert name in initials_names(line, spans)


@pytest.mark.parametrize(("line", "spans"), [
    ("Position: décubitus, arms tucked", periop_spans),
    ("Subject Sjögren criteria were reviewed", research_spans),
    ("Specimen label: Ménière, café | A: appendix", periop_spans),
])
def test_accented_clinical_words_stay_in_theatre_and_research_positions(line: str, spans) -> None:
    assert not initials_names(line, spans)

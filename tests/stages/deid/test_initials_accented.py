"""Initials written with letters outside A-Z (issue 13): staff and patients whose names carry É, Ø, Ş, Ł, Ğ, Ñ, Ç, Ő,
Ț or Vietnamese letters sign with those letters, and every initials pattern spelt `[A-Za-z]{2,3}` never took them as
a candidate. The positions are the same as for ASCII initials (test_initials_positions.py); the letters here are
invented pairs from many languages' Latin spellings, none taken from a benchmark form or note. Refusals: units with
the micro sign, degree signs, accented clinical words and eponyms in the same positions, and ASCII text matched as
before."""

from __future__ import annotations

import re as stdre

import pytest
import regex

from cancerprep.stages.deid.recognizers import dictation, initials_class
from cancerprep.stages.deid.recognizers.initials_class import CAPITAL, INIT, initials_ok
from cancerprep.stages.deid.recognizers.initials_positions import positions_spans
from cancerprep.stages.deid.recognizers.periop_forms import periop_spans
from cancerprep.stages.deid.recognizers.research_forms import research_spans
from cancerprep.stages.deid.recognizers.ward_forms import ward_spans
from tests.stages.deid.spans import in_note

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
    ("Relief: ÎG for ÔW", {"ÎG", "ÔW"}, (periop_spans,)),
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
    "Counts verified ÉTÉ",  # a word of four letters is no initials group
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
    assert stdre.findall(CAPITAL, text) == stdre.findall("[A-Z]", text)
    assert regex.findall(CAPITAL, "ÉØŞŁĞÑÇŐȚĐ éøş") == list("ÉØŞŁĞÑÇŐȚĐ")


def test_dictation_marks_take_accented_and_dotted_initials() -> None:
    assert regex.fullmatch(dictation._INIT, "ÉK")
    assert regex.fullmatch(dictation._INIT, "Ø.K.")
    assert not regex.fullmatch(dictation._INIT, "É")
    assert initials_class.LETTER == r"[^\W\d_]"

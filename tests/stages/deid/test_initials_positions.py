"""Initials as a class (issue #13): the shared judge of a letter group (`initials_class`) and the signing positions
every kind of document shares (`initials_positions`), with the ward, theatre and research modules reading their own
positions through the same judge. Lines written for this test, none taken from a benchmark form; each position has
look-alikes (units after numbers, routes, doses, services and tests after "by", section labels, roman numerals,
laterality, state codes, shift codes, clinical shorthand closing a line) that must stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.initials_class import clinical_abbreviations, initials_ok, number_before
from cancerprep.stages.deid.recognizers.initials_positions import InitialsPositionsRecognizer
from cancerprep.stages.deid.recognizers.periop_forms import periop_spans
from cancerprep.stages.deid.recognizers.registry import build_recognizers
from cancerprep.stages.deid.recognizers.research_forms import research_spans
from cancerprep.stages.deid.recognizers.ward_forms import ward_spans
from tests.stages.deid.spans import initials_names

# ---- the judge -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("letters", "cased", "level", "ok"), [
    # a label names its signer: any group but one that is never initials
    ("HS", True, "label", True), ("CT", True, "label", True), ("ms", False, "label", True),
    ("PO", True, "label", False), ("OU", True, "label", False), ("III", True, "label", False),
    ("AM", True, "label", False), ("RN", True, "label", False), ("yes", False, "label", False),
    # a signing act: two letters unless a service or test prose puts there; three unless any abbreviation
    ("MS", True, "signed", True), ("DC", True, "signed", True), ("KVB", True, "signed", True),
    ("GI", True, "signed", False), ("US", True, "signed", False), ("NAD", True, "signed", False),
    ("ICU", True, "signed", False),
    # a weak position: no clinical abbreviation at all
    ("BM", True, "act", False), ("LUQ", True, "act", False), ("SNF", True, "act", False), ("WQ", True, "act", True),
    # capitals where the line has case; without case no everyday word, but a rare pair is initials
    ("Qz", True, "label", False), ("tc", False, "signed", True), ("he", False, "signed", False),
    ("cab", False, "signed", False),
])
def test_a_group_is_judged_by_its_position_and_the_vocabulary(letters: str, cased: bool, level: str,
                                                               ok: bool) -> None:
    assert initials_ok(letters, cased, level) is ok


def test_the_abbreviation_vocabulary_holds_the_classes_that_look_like_initials() -> None:
    vocab = clinical_abbreviations()
    for word in ("pod", "er", "luq", "aaa", "snf", "ros", "psh", "ivc", "la", "rv", "cbc", "hpi", "picc"):
        assert word in vocab
    for letters in ("qz", "wq", "zt", "kvb"):  # no abbreviation: letters a signer writes
        assert letters not in vocab


def test_a_measure_is_never_initials_after_its_number_but_may_be_elsewhere() -> None:
    text = "Sponges 12/12 MM"
    assert number_before(text, text.index("MM"))
    assert not initials_ok("MM", True, "label", after_number=True)
    assert initials_ok("MM", True, "label", after_number=False)


# ---- positions -------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("line", "initials"), [
    # a table column headed by initials or a signer
    ("| Hour | Drug | Amount | Init |\n| 0600 | Zosyn | 3.375 g | KVB |\n| 1400 | Zosyn | 3.375 g | DC |",
     {"KVB", "DC"}),
    ("Time    Site       Sig\n0800    L arm      WQ\n1600    R arm      MS", {"WQ", "MS"}),
    # a signer's field
    ("Tumor conference 4/9/2022   Presenter: WQ   Scribe: KVB", {"WQ", "KVB"}),
    ("Nursing: TR/QZ", {"TR", "QZ"}),
    ("sig: hs", {"hs"}),
    # an ordinal check or count; a numbered signer
    ("Insulin drip titrated; second check QZ", {"QZ"}),
    ("2nd verifier: BM", {"BM"}),
    ("RN 1: WK   RN 2: DS", {"WK", "DS"}),
    # a role and initials joined by a slash; a bracket after a time
    ("Plan reviewed with RN/QZ at the bedside", {"QZ"}),
    ("Site rotated 0930 [WK]", {"WK"}),
    ("Vitals taken 1415 (ZT)", {"ZT"}),
    # a time or full date closing the line, with a pair
    ("Central line dressing changed 11/4/2023 QZ", {"QZ"}),
    ("Unit 2 infusing, VS stable 1510 WK/ZT", {"WK", "ZT"}),
    # a time column; an opening signer with its time
    ("Safety checks: 2000 KW 2100 KW 2200 ZQ", {"KW", "ZQ"}),
    ("QZ @ 0315 repositioned to L side", {"QZ"}),
    # the other side of a hand-off; a second signer "with"
    ("SBAR report received from WK", {"WK"}),
    ("Potassium rider rate verified w/ ZT", {"ZT"}),
    ("Blood product checked with QZ and DS", {"QZ", "DS"}),
    # an act's agent; an act and its time
    ("Hydromorphone 0.5 mg administered by TR 0930", {"TR"}),
    ("Heparin bolus given WQ @ 0510", {"WQ"}),
    ("Glucose rechecked WQ", {"WQ"}),
    # without case too, where the pair is rare
    ("infusion rate verified w/ zq", {"zq"}),
])
def test_initials_in_shared_signing_positions(line: str, initials: set[str]) -> None:
    assert initials_names(line) >= initials


@pytest.mark.parametrize("line", [
    # measures after their number, routes, doses and frequencies where a signer could stand
    "Sponges counted 10/10 and needles 4/4 mm",
    "Ophthalmic drops given OU @ 0800",
    "Acetaminophen given PO at 2200",
    "Enoxaparin 40 mg given SC 0900",
    # services and tests after "by", "per" or a slash
    "Line placement verified by CT.",
    "Nodule was seen by GI, biopsy pending",
    "Diet per SLP",
    "Pain reassessed per ICU",
    "Rounds completed on all patients. KVB",
    "Seems drowsy, follows commands. MAE",
    "Transfer reviewed with RN/ICU",
    "Rhythm SR/ST with rare ectopy",
    "Drips: NTG/HEP infusing",
    # what a drug, device or line follows: an act's object, not its signer
    "Insulin given NPH for sugar of 260",
    "Left subclavian line placed TLC. Tolerated well.",
    "Started TNG/HEP at 1100 per protocol",
    # a section label after a time, clinical shorthand closing a sentence or line
    "0800 CV: RRR, no murmur",
    "Lungs clear bilaterally. NAD",
    "Abdomen soft. BS",
    "NEURO: ALERT AND ORIENTED. CN",
    "Resting comfortably. Pain 2/10. RA.",
    # a full stop after a title is no sentence's end
    "Results copied to Dr. QZ.",
    # roman numerals, grades, laterality, shift codes, answers
    "Mobitz type II noted 0415 II",
    "Report given to NOC.",
    "Double check: yes",
    "Fall risk reviewed with pt and family at 1900 ok",
    # a state code in an address, a gene pair
    "Forwarded to the clinic at 12 Elm St, Dover, DE 19901",
    "Panel: KRAS/BRAF wild type",
])
def test_look_alikes_of_those_positions_stay(line: str) -> None:
    assert initials_names(line) == set()


def test_a_column_needs_its_header_and_a_table_of_the_same_shape() -> None:
    # no initials header: a table of drugs and routes names nobody
    table = "| Hour | Drug | Route |\n| 0600 | Zosyn | IV |\n| 1400 | Lasix | PO |"
    assert initials_names(table) == set()
    # a row of another shape ends the table
    text = "| Hour | Drug | Init |\n| 0600 | Zosyn | QZ |\nNext | reassess | at 1000 | ZT | cells |"
    assert initials_names(text) == {"QZ"}


# ---- the family modules read their positions through the same judge -------------------------------------------

@pytest.mark.parametrize(("line", "spans", "initials"), [
    # an abbreviation's letters in a signing position of each family: the position vouches
    ("Pressure injury risk scored - MS/DC", ward_spans, {"MS", "DC"}),
    ("Night checks: 0000 BM  0200 BM  0400 TR", ward_spans, {"BM", "TR"}),
    ("Wasted 1 mg witnessed by PH; remainder returned", ward_spans, {"PH"}),
    ("Tourniquet applied by DS; pressure 250", periop_spans, {"DS"}),
    ("Specimen container labeled by LA at 1045", periop_spans, {"LA"}),
    ("IWRS kit assignment confirmed DS; notified pharmacy BS.", research_spans, {"DS", "BS"}),
    ("Shipping manifest prepared by: MDS", research_spans, {"MDS"}),
])
def test_family_positions_take_abbreviation_letters(line: str, spans, initials: set[str]) -> None:
    assert initials_names(line, spans) >= initials


@pytest.mark.parametrize(("line", "spans"), [
    ("Morphine 2 mg IV - HS", ward_spans),
    ("Abd soft, tender. - NAD", ward_spans),
    ("Foley removed (CT)", ward_spans),
    ("Drain output recorded by CT", periop_spans),
    ("Sponge count 10/10 mm", periop_spans),
    ("Eligibility reviewed by GI.", research_spans),
])
def test_family_look_alikes_stay(line: str, spans) -> None:
    assert initials_names(line, spans) == set()


def test_the_positions_recognizer_is_registered() -> None:
    assert any(isinstance(r, InitialsPositionsRecognizer) for r in build_recognizers())

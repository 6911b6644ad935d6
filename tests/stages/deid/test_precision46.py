"""Precision by class of text, second pass (deidfix46, issue 13): one edit-distance-1 helper for the deid filters;
a drug with its dose inside a place or name span; lower-case finding phrases read as places. Each class is tested
with its look-alikes that must stay PHI."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import protect, safelist
from cancerprep.stages.deid.engine import Deidentifier
from tests.stages.deid.spans import found_texts


def test_one_edit_is_every_single_slip() -> None:
    edits = safelist.one_edit("wife")
    assert {"wif", "wiffe", "wfie", "wire", "awife"} <= edits   # dropped, doubled, swapped, changed, added
    assert "wife" not in edits and "wfe" not in safelist.one_edit("wifey")
    assert all(len(e) in (3, 4, 5) for e in edits)
    assert safelist.one_edit("ab") >= {"a", "b", "ba", "abc"}


def test_slips_read_through_the_one_helper() -> None:
    assert protect.relation_word("husbnd") and protect.relation_word("freind")
    assert not protect.relation_word("usband")          # a slip keeps the relation's first letter
    assert safelist.one_slip("radiolgy") and not safelist.one_slip("radiology")


@pytest.mark.parametrize("text", [
    "changed atenolol to 100mg qd, cont on zestril 40mg qd. no cp or sob.",       # a dose inside the span
    "CHANGED ATENOLOL TO 100MG QD, CONT ON ZESTRIL 40MG QD. NO CP OR SOB.",
    "SWITCH PATIENT TO 24% N/C.REMAINS ON COMBIVENTQ4 AND SEREVENT BID.",       # a frequency glued to a drug
    "Husband at bedside. Daughter Tylenol 650mg given for HA.",                    # a dose after a relation word
    "PT RESTING.\nREMAINS ON FULVESTRANT1000ML DAILY.\nPLAN AS ABOVE.",            # a dose glued to the drug
    "Pt resting.\nwife gave Sevoflurane 20ml at 2100.\nPlan as above.",            # a verb the span took
    "GIVEN 6U REG IV INSULIN. HERE 297 GIVEN 6U REG SQ AT 12PM, FS 322 AT 4PM.",    # a span opening with a dose
    "GI APPETITE GOOD , ATE REUBEN SANDWICH \nACTIVITY-OOB IN ROOM.",              # a dish named for a person
])
def test_a_drug_with_its_dose_is_no_place_or_name(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Daughter Mary 2 times at bedside today, updated.", "Mary"),                 # a number but no dose unit
    ("Transferred from Towson on zestril 40mg.", "Towson"),                       # the place beside the drug
    ("Dr. Allegra 10mg ordered.", "Allegra"),                                      # a title names a person
    ("Spoke with daughter Mary Smith re: plan, she gave consent.", "Mary Smith"),
    ("Pt lives at 6 Elm Street, Towson.", "Elm Street"),                           # a house number, no dose
])
def test_people_and_places_beside_doses_stay_phi(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in f for f in found_texts(engine, text))


@pytest.mark.parametrize("text", [
    "skin: pink/red rash between legs, using nystatin cream.",       # a preposition of position inside
    "c/o sore back-slight red bottom-frequent re-position.",         # a degree word first
    "ACTIVITY- PHYSICAL THERAPY IN AND DID SOME EXERCISES WITH PT.",  # a charting label with its dash
    "ID: AFEBRILE THIS EVE, CONT ON IV AB, NEW A.LINE PLACED.",       # a participle of what was done last
])
def test_findings_in_plain_words_are_no_place(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


def test_finding_phrase_shape() -> None:
    def fp(text: str, phrase: str) -> bool:
        i = text.index(phrase)
        return safelist.finding_phrase(text, i, i + len(phrase))

    assert fp("skin: red rash between legs.", "red rash between legs")
    assert fp("c/o slight red bottom.", "slight red bottom")
    assert not fp("transferred to holy cross hospital.", "holy cross hospital")   # an institution word
    assert not fp("lives in new bedford with son.", "new bedford")                  # no finding's grammar
    assert not fp("Pt from Slight Red Bottom, MD.", "Slight Red Bottom")            # capitalised in a cased line
    assert not fp("lives in silver spring with son.", "silver spring")


@pytest.mark.parametrize(("text", "phi"), [
    ("pt transferred to holy cross hospital.", "holy cross"),
    ("Pt lives in Glen Burnie with daughter.", "Glen Burnie"),
    ("PT LIVES IN SILVER SPRING WITH SON.", "SILVER SPRING"),
])
def test_places_of_everyday_words_stay_phi(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in f for f in found_texts(engine, text))



def test_dosed_drug_token_shape() -> None:
    assert safelist.dosed_drug_token("FULVESTRANT1000ML") and safelist.dosed_drug_token("milrinone80mcg")
    assert not safelist.dosed_drug_token("AB1000ML")       # letters no drug's name
    assert not safelist.dosed_drug_token("fulvestrant1000")  # no dose unit

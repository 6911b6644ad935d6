"""Clinical text that name and place rules used to take, by class (PhysioNet tuning false positives, issue 13);
each class has a negative (the charting stays) and a positive (a name in the same position is still found)."""

from __future__ import annotations

import re

import pytest

from cancerprep.stages.deid import protect, safelist
from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.recognizers.names import NameRecognizer, run_together
from tests.stages.deid.spans import found_texts, recognizer_texts


def test_vocabulary_shapes() -> None:
    assert safelist.plain_compound("called-update") and safelist.plain_compound("co-signature")
    assert not safelist.plain_compound("young-smith")      # every part a census name
    assert not safelist.plain_compound("brown-sequard")    # a part no vocabulary knows
    assert not safelist.plain_compound("update")           # no compound
    assert safelist.swapped_letters("tema") and safelist.swapped_letters("priamry")
    assert not safelist.swapped_letters("carin")           # a census name, though one swap from "cairn"
    assert not safelist.swapped_letters("team")            # a word itself
    assert not safelist.swapped_letters("okafor")
    assert run_together("inthe") and run_together("madeno")
    assert not run_together("winby") and not run_together("canvan")
    assert not run_together("bean")  # "be" + "an", but a word (and a surname: "DR. BEAN")


@pytest.mark.parametrize("text", [
    # a hyphenated compound of plain words after a relation or role word
    "SOCIAL: DAUGHTER CALLED-UPDATE GIVEN ON PLAN.",
    "social: son phoned-family meeting planned for am.",
    "DNR ORDER NEEDS ATTENDING CO-SIGNATURE.\n",
    # two function words run together after a role title
    "CARDIAC: RN INTHE ROOM FOR TURNING. BP STABLE.",
    # a title that is a clinical abbreviation, in a note without case
    "CV: SR INTHE 80'S WITH RARE PVCS.",
    "NEURO: MS UNCHANGD, MAE.",
    "CV: SR OCCASSIONAL PVCS.",
    # a period set apart from a role title ends its sentence
    "RESP: SAT 95 ON 3L NP . FOLEY DRAINING CLEAR YELLOW URINE.",
    # a whole relation word and its period end the sentence
    "Ate some lunch with wife. Heparin gtt at 900 units/hr.",
    # a relation compound written without its hyphens
    "daughter and son-inlaw in to visit this evening.",
    # a known word with two letters swapped, cut short or inflected, in a note without case
    "pt restless overnight, tema notified and aware.",
    "lesion on back, pt denies itching. ct surg notified.",
    "FAMILY TOLD TEAM THEY DO NOT WANT THEIR MOTHER TRACHED AT THIS TIME.",
    # a dosage form closing the span names a product
    "GIVEN MESALAMINE SUPP. ALOE VESTA OINT APPLIED TO RECTAL AREA.",
    "SPOKE WITH MD TODAY. PRIAMRY CARE MD ALSO UPDATED.",
])
def test_charting_is_not_a_name(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("SOCIAL: DAUGHTER KOWALCZYK-BRANDT CALLED, UPDATE GIVEN.", "KOWALCZYK-BRANDT"),
    ("social: son bartholomew phoned, family meeting planned.", "bartholomew"),
    ("SEEN BY ATTENDING OKONKWO TODAY.", "OKONKWO"),
    ("CARDIAC: RN OKAFOR IN THE ROOM FOR TURNING.", "OKAFOR"),
    ("CV: SR MARGARET IN TO VISIT WITH PT.", "MARGARET"),
    ("SPOKE WITH MS JONES RE PLAN.", "JONES"),
    ("Spoke with NP Okafor about the plan.", "Okafor"),
    ("Spoke with dtr. Rosalind at bedside.", "Rosalind"),
    ("Ate some lunch with wife, Rosalind, at bedside.", "Rosalind"),
    ("daughter and son-inlaw Bartholomew in to visit this evening.", "Bartholomew"),
    ("pt restless overnight, okafor notified and aware.", "okafor"),
    ("FAMILY TOLD TEAM THEY DO NOT WANT THEIR MOTHER OKAFOR TO KNOW.", "OKAFOR"),
    ("SPOKE WITH VESTA OKAFOR, PT'S SISTER.", "VESTA OKAFOR"),
    ("Seen by Dr. Tema in clinic.", "Tema"),  # after a strong title a capital vouches for the name
    ("Seen by Dr. Ann Tema in clinic.", "Ann Tema"),
    ('PT STATES "DR. BEAN IS DRIVING ME CRAZY".', "BEAN"),
])
def test_names_in_the_same_positions_stay_phi(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in f for f in found_texts(engine, text))


def test_a_credential_closing_a_name_opens_none(engine: Deidentifier) -> None:
    text = "resp- Ann Quist,MD reviewd settings, no changes overnight."
    found = found_texts(engine, text)
    assert any("Quist" in f for f in found)
    assert not any("reviewd" in f for f in found)


@pytest.mark.parametrize("text", [
    # generic words, abbreviations and single letters before a facility word name no institution
    "A/P: plan for poss rehab when stable.\n",
    "pt was at prev rehab for 3 months, o2 dep there.",
    "A/P: sleep poor r/t hosp stay, ambulate more.",
    "P: CON'T REHAB/PT TEAM TO FOLLOW.",
    # a one-word city without a place position in a note without case
    "SKIN: BUTTOCKS RED, STARTED ON DESTIN TO COCCYX.",
    # a medical-vocabulary surname after "from" in a note without case is the eponym
    "GU: GOOD DIURESIS FROM FOLEY CATH.",
    # a plain word after a bare "to" is no place, whatever its capital
    "Attempted to Nasally suction pt with poor effect.",
    # a clinical abbreviation with a possessive
    "Heme: no bleeding from Ct's, dressing dry.",
    # a word ending in a hospital-abbreviation letter after a word ending in "at" ("bilat")
    "RESP: SATS IMPROVED. BILAT BRTH SNDS DIMINISHED.",
    # a word cut short or a plain compound before a number is no ward
    "ON 1:1 ( APPROX 20 PTS ) WITH GOOD EFFECT.",
    "SATS IMPROVED TO MID-HIGH 90'S ON NRB.",
    # a product before a dosage form
    "Perianal area cleaned. Aloe Vesta oint applied.",
    "Coccyx excoriated, cleaned. Destin lotion applied.",
])
def test_charting_is_not_a_place(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Pt requests to go to BROOK HILL REHAB.", "BROOK HILL REHAB"),
    ("PT ADMITTED FROM SPRING VALLEY HOSPITAL.", "SPRING VALLEY HOSPITAL"),
    ("LIVES IN DESTIN WITH WIFE.", "DESTIN"),
    ("DAUGHTER VISITING FROM DESTIN TODAY.", "DESTIN"),
    ("PT WAS ON VACATION, DESTIN, WHEN HE FELL.", "DESTIN"),
    ("PT TRANSFERRED FROM MCCORMICK LAST PM.", "MCCORMICK"),
    ("Son drove her to Ravenswood yesterday.", "Ravenswood"),
    ("Transferred from Calvert's ED last night.", "Calvert"),
    ("PT SENT TO RAVENSWOOD 4 THIS AM.", "RAVENSWOOD"),
    ("Spoke with Vesta (sister) about the ointment.", "Vesta"),
])
def test_places_in_the_same_positions_stay_phi(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in f for f in found_texts(engine, text))


def test_derived_words() -> None:
    assert safelist.derived_word("trached") and not safelist.derived_word("reed")  # "Reed" is a census name
    assert not safelist.derived_word("okafors") and not safelist.derived_word("trach")


def test_shortened_words() -> None:
    assert safelist.cut_short("approx") and safelist.cut_short("dilat")
    assert not safelist.cut_short("quartermain") and not safelist.cut_short("calvert")  # no word, or a census name
    assert safelist.cut_short("surg") and not safelist.cut_short("ann")  # three letters are left to the lists


@pytest.mark.parametrize("text", [
    "VENT: SETTINGS 40%, TV 400, RR 14-19, & 5/10. SATS OK.",   # the last of a list of vent settings
    "ON AC 500TV/50 / 5/10 ,SAT 100 %.",
    "ABG on these settings: 7.36/48/80/7.45.34.7, no change.",   # a lab series is no IP address
])
def test_values_are_no_dates_or_addresses(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Vent: AC 500 x 14, FiO2 50%, extubated 5/10.", "5/10"),
    ("TV 450, RR 16. Family meeting 5/12.", "5/12"),
    ("Connected from 10.12.4.7 for the telehealth visit.", "10.12.4.7"),
])
def test_dates_and_addresses_beside_values_stay_phi(engine: Deidentifier, text: str, phi: str) -> None:
    assert phi in found_texts(engine, text)


@pytest.mark.parametrize(("text", "keep"), [
    ("Condom cath in use. Pt voiding 575-1000 cc per void.", False),    # a range of volumes
    ("No N/V, abd soft, +BS, + flatus. Pt voiding 575-1000 cc per void.", False),  # a far "no" is no phone word
    ("Left a voicemail for her aunt, Ann Lee, at 588-9026.", True),     # a phone word earlier on the line
    ("Her daughter can be reached at 588-9026.", True),
    ("Son's cell 588-9026.", True),
    ("Contacts: daughter Ann Lee 588-9026.", True),                     # after a name, not a measured verb
    ("Drain emptied 200-1000 ml per shift.", False),
])
def test_learned_local_numbers_need_a_phone_line(text: str, keep: bool) -> None:
    from cancerprep.stages.deid.recognizers.learned import plausible

    m = re.search(r"\d{3}-\d{4}", text)
    assert m is not None
    assert plausible(text, m.start(), m.end(), "CONTACT", cased=True) is keep


@pytest.mark.parametrize("text", [
    "The vessel was clamped between two Kelly clamps.",
    "A red rubber Robinson catheter was passed.",
    "She has a Morton neuroma of the left foot.",
    "The duct was freed with a Maryland dissector.",
    "There is a Baker cyst in the popliteal fossa.",
    "She had an Austin osteotomy.",
])
def test_instrument_and_anatomy_eponyms_are_terms(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("The catheter was placed by Dr. Robinson without difficulty.", "Robinson"),
    ("Spoke with Kelly Okafor about the clamp removal.", "Kelly Okafor"),
    ("Her daughter Austin drove her home.", "Austin"),
])
def test_the_same_names_as_people_stay_phi(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in f for f in found_texts(engine, text))


@pytest.mark.parametrize("line", [
    "The surgeon recommends resection next week.", "THE SURGEON RECOMMENDS RESECTION.",
    "the surgeon recommends resection.", "The coordinator arranges transport.", "Her oncologist prefers FOLFOX.",
])
def test_a_role_word_as_a_verb_s_subject_opens_no_name(line: str) -> None:
    assert recognizer_texts(NameRecognizer(), line) == set()


@pytest.mark.parametrize(("line", "name"), [
    ("Surgeon Rivers operated.", "Rivers"), ("SURGEON RIVERS TO SEE", "RIVERS"),
    ("Oncologist Wells reviewed.", "Wells"), ("Surgeon Okafor recommends resection.", "Okafor"),
])
def test_a_surname_after_a_role_word_stays_a_name(line: str, name: str) -> None:
    assert name in recognizer_texts(NameRecognizer(), line)


# -- deidfix43: classes by a vocabulary's edit distance, compounding and device heads (issue 13, unseen notes)
def test_one_slip_of_a_plain_word() -> None:
    for word in ("comode", "radiolgy", "appartment", "telemetery", "bathrom", "stretchr", "dialisis"):
        assert safelist.one_slip(word), word
    assert not safelist.one_slip("commode")       # a word itself
    assert not safelist.one_slip("unti")          # too short to tell a slip ("unit", "until")
    assert not safelist.one_slip("framingham")    # a city
    assert not safelist.one_slip("kaczander")     # no plain word one edit away
    assert not safelist.one_slip("Radiolgy")      # read in small letters only (protect lowers a long capitalised one)


def test_closed_compound_of_everyday_words() -> None:
    assert safelist.closed_compound("nightfloat") and safelist.closed_compound("dayshift")
    assert not safelist.closed_compound("whitfield")   # a census surname
    assert not safelist.closed_compound("bedside")     # a word itself
    assert not safelist.closed_compound("okafor")


@pytest.mark.parametrize("text", [
    "pt requests to go to comode frequently, unable to sleep.",
    "pt sent to radiolgy for cxr at 1400.",
    "pt lives in appartment alone, has vna.",
    "pt transferred to telemetery this afternoon.",
    "PT WENT TO BATHROM WITH ASSIST OF ONE.",
    "Family aware and updated. Nightfloat aware.",
])
def test_mistyped_and_compound_charting_is_no_place_or_name(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("pt lives in framingham with wife.", "framingham"),
    ("pt went to Brigham for surgery.", "Brigham"),
    ("pt transferred to Spaulding rehab.", "Spaulding"),
    ("Dr. Radiolgy saw the patient.", "Radiolgy"),        # a person cue keeps any word
    ("Okafor aware of the change in exam.", "Okafor"),
])
def test_places_and_names_beside_those_classes_stay_phi(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in f for f in found_texts(engine, text))


@pytest.mark.parametrize(("text", "kept", "phi"), [
    ("Emergency Contact: Wife. HCP: Mother.", "Wife", None),
    ("Emergency Contact: Wife Mary Okafor.", None, "Mary Okafor"),
])
def test_a_relation_word_alone_is_no_name(engine: Deidentifier, text: str, kept: str | None, phi: str | None) -> None:
    found = found_texts(engine, text)
    if kept:
        assert not any(kept in f for f in found)
    if phi:
        assert any(phi in f for f in found)


@pytest.mark.parametrize("text", [
    "Transfered to Radiolgy at 1400 for CT.",        # a long capitalised slip
    "Pt Denver splint on. Boston brace on.",          # an orthosis named for a town
    "Pt was on Aspen collar. Miami J collar in place.",
    "Pt transferred to Geri chair for 2 hours.",
])
def test_capitalised_slips_and_orthoses_are_no_place_or_name(engine: Deidentifier, text: str) -> None:
    assert found_texts(engine, text) == []


@pytest.mark.parametrize(("text", "phi"), [
    ("Pt lives in Boston with wife.", "Boston"),
    ("Pt seen by Dr. Miami J today.", "Miami"),       # a title before the town word keeps it a name
    ("Geri called for update at 1400.", "Geri"),
    ("SMITH BED 2: stable overnight.", "SMITH"),      # no "bed" head: a ward board's occupant
])
def test_the_same_words_in_a_person_or_place_position_stay_phi(engine: Deidentifier, text: str, phi: str) -> None:
    assert any(phi in f for f in found_texts(engine, text))


def test_relation_words_and_their_slips() -> None:
    assert protect.relation_word("Wife") and protect.relation_word("husbnd") and protect.relation_word("freind")
    assert not protect.relation_word("Frend")      # a census name, not a slip
    assert not protect.relation_word("Sistrunk")
    assert not protect.relation_word("hsb")        # too short to tell from initials
    assert not protect.relation_word("Son") and not protect.relation_word("Parent")  # census surnames too
    assert not safelist.one_slip("walgreens")      # one edit from the dictionary's rarest band only (brands)


@pytest.mark.parametrize(("text", "kept", "phi"), [
    ("consent signed by husbnd for blood.", "husbnd", None),
    ("consent signed by husband Okafor for blood.", None, "Okafor"),
    ("Mr. Son was seen in clinic today.", None, "Son"),   # a title keeps a relation word a surname
])
def test_relation_slips_name_nobody(engine: Deidentifier, text: str, kept: str | None, phi: str | None) -> None:
    found = found_texts(engine, text)
    if kept:
        assert not any(kept in f for f in found)
    if phi:
        assert any(phi in f for f in found)

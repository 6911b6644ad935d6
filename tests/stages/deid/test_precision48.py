"""Precision on text not tuned on (deidfix48, issue 13): diseases named for a person read from vocabularies, amino-acid
changes, gene symbols before what they have, abbreviations the note defines; each class with its person- or
place-position counterpart that must stay PHI. Also the one dose-unit list."""

from __future__ import annotations

from pathlib import Path

import pytest

from cancerprep.stages.deid import disease_names, molecular_terms, safelist
from cancerprep.stages.deid.engine import Deidentifier
from tests.stages.deid.spans import found_texts, in_note


def _term(text: str, word: str, etype: str = "NAME", last: bool = False) -> bool:
    start = text.rindex(word) if last else text.index(word)
    return safelist.clinical_term_use(text, start, start + len(word), etype)


@pytest.mark.parametrize(("text", "word"), [
    ("History of Hodgkin lymphoma, in remission.", "Hodgkin"),
    ("Diffuse large B-cell, non-Hodgkin lymphoma.", "Hodgkin"),
    ("Hodgkin's disease stage IIA.", "Hodgkin"),
    ("Pathology: Wilms tumor of the left kidney.", "Wilms"),
    ("Ewing sarcoma of the femur.", "Ewing"),
    ("Kaposi's sarcoma of skin.", "Kaposi"),
    ("Merkel cell carcinoma of the cheek.", "Merkel"),
    ("Burkitt lymphoma, endemic type.", "Burkitt"),
    ("Waldenstrom macroglobulinemia on treatment.", "Waldenstrom"),
    ("Family history suggests Li-Fraumeni.", "Li-Fraumeni"),
    ("Screening for von Hippel-Lindau (VHL) disease.", "Hippel-Lindau"),
    ("Becker muscular dystrophy carrier.", "Becker"),
    ("Patients with Becker and Duchenne muscular dystrophy.", "Becker"),   # two eponyms sharing the next word
    ("Endemic, African-type Burkitts lymphoma.", "Burkitts"),              # the plural's "s"
    ("Mucopolysaccharidosis IVA, confirmed.", "IVA"),                      # a subtype after a disease's word
])
def test_a_disease_named_for_a_person_is_clinical(text: str, word: str) -> None:
    assert _term(text, word) and _term(text, word, "LOCATION")


@pytest.mark.parametrize(("text", "word"), [
    ("Seen by Dr. Hodgkin in clinic.", "Hodgkin"),           # a title names the person
    ("Electronically signed: Hodgkin, MD", "Hodgkin"),      # a signature: no name's next word follows
    ("Hodgkin and Smith reviewed the slides.", "Hodgkin"),  # a function word is no name's next word
    ("John Ewing called about his mother.", "Ewing"),
    ("Moved to St. Louis last year.", "Louis"),             # "St." is no disease's particle
    ("Lives in Los Angeles with her son.", "Los Angeles"),  # places join with a space
    ("Mary Smith-Jones was seen.", "Smith-Jones"),
    ("Baker left the unit at noon.", "Baker"),              # a side word after an eponym proves nothing
    ("Denny Brown at bedside.", "Denny"),                   # a person's name word after it
    ("Becker and Smith called back.", "Becker"),            # "and" with a person after it
    ("Daughter IVA at bedside.", "IVA"),                    # a numeral-shaped name after no disease word
])
def test_eponyms_in_person_or_place_positions_stay_phi(text: str, word: str) -> None:
    assert not _term(text, word)


def test_person_positions_still_found_beside_a_named_disease(engine: Deidentifier) -> None:
    text = in_note("History of Ewing sarcoma, followed by Dr. Ewing since 2019.")
    found = found_texts(engine, text)
    assert found.count("Ewing") == 1 and text.index("Dr. Ewing") < text.rindex("Ewing")
    note = in_note("Hodgkin lymphoma, nodular sclerosis. Discussed with Dr. Hodgkin.")
    assert any("Hodgkin" in f for f in found_texts(engine, note))
    assert "Hodgkin lymphoma" not in " ".join(found_texts(engine, note))


def test_disease_names_are_built_from_vocabularies(tmp_path: Path) -> None:
    runs = disease_names.eponym_runs(["Ewing sarcoma", "Ewing sarcoma of bone", "Malignant lymphoma, non-Hodgkin",
                                      "Hodgkin lymphoma, NOS", "Other specified malignant neoplasm"])
    assert ("", "ewing", "sarcoma") in runs and ("non", "hodgkin", "") in runs and ("", "hodgkin", "lymphoma") in runs
    assert not any("malignant" in run or "other" in run for _, run, _ in runs)  # small letters elsewhere
    icdo = tmp_path / "icdo.csv"
    icdo.write_text("Description\nKlatskin tumor\nKlatskin tumor, NOS\n", encoding="utf-8")
    for name, rows in (("train", "Zorbin\tB-Disease\nsyndrome\tI-Disease\n"), ("devel", ""),
                       ("test", "Quellor\tB-Disease\nsyndrome\tI-Disease\n")):
        (tmp_path / f"{name}.tsv").write_text(rows, encoding="utf-8")
    phrases = disease_names.vocabulary_phrases(icdo, tmp_path)
    assert "Klatskin tumor" in phrases and "Zorbin syndrome" in phrases
    assert not any("Quellor" in p for p in phrases)  # the corpus's test file is a check part
    out = tmp_path / "names.txt"
    assert disease_names.build_disease_names(icdo, tmp_path, out) == len(out.read_text().splitlines()) - 1


@pytest.mark.parametrize(("text", "word"), [
    ("a missense mutation, GCA to GTA (Ala 54 Val), in exon 2", "Val"),
    ("results in a Val--> Asp substitution", "Val"),
    ("BRAF p.Val600Glu detected", "Val"),
])
def test_an_amino_acid_change_is_clinical(text: str, word: str) -> None:
    assert _term(text, word)


@pytest.mark.parametrize(("text", "word"), [
    ("Daughter Val at bedside, updated.", "Val"),
    ("Call Val 555-1234 with results.", "Val"),
    ("VAL HIS DAUGHTER CALLED", "VAL"),
])
def test_a_given_name_that_is_an_amino_acid_code_stays_phi(text: str, word: str) -> None:
    assert not _term(text, word)


@pytest.mark.parametrize(("text", "word", "last"), [
    ("reduced GALT activity in red cells", "GALT", False),
    ("uridyl transferase (GALT) gene. Mutations in GALT, which", "GALT", True),  # the note's other use says so
    ("MLH1 gene and HER2 amplification", "HER2", False),
])
def test_a_gene_symbol_before_what_it_has_is_clinical(text: str, word: str, last: bool) -> None:
    assert _term(text, word, "LOCATION", last)


@pytest.mark.parametrize(("text", "word"), [
    ("Moved to GALT last year.", "GALT"),
    ("BOSTON region office", "BOSTON"),      # a longer capital word is as often a town
    ("Dr. KRAS mutation clinic", "KRAS"),      # a title names the person
])
def test_a_town_or_person_in_capitals_stays_phi(text: str, word: str) -> None:
    assert not _term(text, word, "LOCATION")


def test_an_abbreviation_the_note_defines_is_clinical() -> None:
    text = "Enlarged vestibular aqueduct (EVA) is common. Hearing loss with EVA was mapped."
    assert _term(text, "EVA", last=True)
    assert _term("the von Hippel-Lindau (VHL) gene. Carriers of VHL", "VHL", last=True)
    assert not _term("Jane Doe (JD) came in. JD said", "JD", last=True)        # a person's initials
    assert not _term("Mary Smith-Jones (MSJ) came. MSJ said", "MSJ", last=True)
    assert not _term("Spoke with EVA about the plan.", "EVA")                  # no definition in the note
    assert not _term("Pump checked (BR)", "BR")       # a writer's initials after a clause: not the words' initials
    assert _term("Prader-Willi syndrome (PWS). Infants with PWS", "PWS", last=True)
    assert _term("classical phenylketonuria (PKU). Diet in PKU", "PKU", last=True)   # one disease's word
    assert not _term("Pt ambulating (AB)", "AB")                                      # one nursing word


@pytest.mark.parametrize(("text", "word"), [
    ("neuro: Glasgow coma score 14.", "Glasgow"),       # a score's name, a word between
    ("Morse fall score 45, high risk.", "Morse"),
    ("Homans sign neg bilaterally.", "Homans"),         # a sign's result without its verb
    ("Murphy's sign pos on exam.", "Murphy"),
])
def test_scores_and_signs_charted_short_are_clinical(text: str, word: str) -> None:
    assert _term(text, word)


def test_a_person_beside_a_score_or_result_stays_phi() -> None:
    assert not _term("Dr. Morse fall score reviewed.", "Morse")   # a title
    assert not _term("Smith said negative for pain.", "Smith")     # no sign's word
    assert not _term("Smith sign here please.", "Smith")           # no result after the sign


def test_dose_units_have_one_source() -> None:
    assert safelist._DOSE_AFTER.match(" 5 drops") and not safelist._DOSE_IN_SPAN.search("Tylenol 5 drops")
    assert safelist._DOSE_IN_SPAN.search("zestril 40mg") and safelist._DOSE_FIRST.match("6U")
    assert safelist._UNIT_NEXT.match(" tabs") and not safelist._UNIT_NEXT.match(" meq")
    with pytest.raises(AssertionError):
        safelist._units("furlongs")
    assert molecular_terms.AMINO_ACIDS >= {"val", "ala", "met"}

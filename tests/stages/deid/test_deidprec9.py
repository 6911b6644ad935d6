"""deidprec9 (issue 13): damage to clinical text by class. The learned voter's LOCATION of a cased note neither starts
nor ends in a small-letter known word (facility words and name particles aside); a form's placeholder letters are
no name; a reference range and a number with its unit are no identifier; eponyms paired by a slash before a head or
after a test's result, and a heart valve's maker before what the valve is made of, are clinical terms. Every example
is invented."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers import learned


def _plausible(text: str, target: str, label: str) -> bool:
    start = text.index(target)
    return learned.plausible(text, start, start + len(target), label)


def _term(text: str, target: str, label: str = "NAME") -> bool:
    start = text.index(target)
    return sl.clinical_term_use(text, start, start + len(target), label)


@pytest.mark.parametrize(("text", "target", "kept"), [
    # a LOCATION running on into the sentence: a small-letter known word first or last
    ("Signal in a periventricular distribution extending to the horns.", "periventricular distribution extending",
     False),
    ("Families of South Asian origin were screened.", "South Asian origin", False),
    ("Seen with her college Quarrington Valley Community College today.",
     "college Quarrington Valley Community College", False),
    ("Skin: pink/Red Rash between legs, using cream.", "Red Rash between legs", False),
    # ... while a facility word in small letters, a name particle or an article before it stays
    ("She went to a Quarrington Bay urgent care facility after.", "Quarrington Bay urgent care facility", True),
    ("He moved to Isola del Liri last year.", "Isola del Liri", True),
    ("Seen at the Quarrington Clinic today.", "the Quarrington Clinic", True),
    ("He lives in Quarrington Falls now.", "Quarrington Falls", True),
    # after "at / to / from / into" a place stands: a span run on past it still holds it (recall first)
    ("He stayed at Quarrington Hall when he felt some pain.", "Quarrington Hall when he felt some", True),
    ("Outside records from Quarrington Regional scanned into media tab.", "Quarrington Regional scanned", True),
])
def test_learned_place_running_on_into_the_sentence(text: str, target: str, kept: bool) -> None:
    assert _plausible(text, target, "LOCATION") is kept


@pytest.mark.parametrize(("words", "run_on"), [
    (["the", "Quarrington", "Clinic"], False),        # an article or particle first
    (["Quarrington", "nursing", "home"], False),      # a facility word last
    (["Quarrington", "Hall", "when"], True),
    (["gene", "Quarrington"], True),
])
def test_run_on_place_words(words: list[str], run_on: bool) -> None:
    assert learned.run_on_place(words) is run_on


@pytest.mark.parametrize(("text", "target", "label", "kept"), [
    # a form's placeholder letters
    ("DOB:  MM/DD/YYYY,Dear Dr. Quarrington:", "YYYY", "NAME", False),
    ("Seen at XXX XXX today.", "XXX XXX", "LOCATION", False),
    # a reference range and a number with its unit are no identifier; an identifier stays
    ("Serum ferritin 4310 (normal 2200-4800), CSF clear", "2200-4800", "ID", False),
    ("ref range: 135-1450 mmol", "135-1450", "CONTACT", False),
    ("Lead model #: 5592-52 cm.", "5592-52 cm", "ID", False),
    ("MRN 5592-52887 on file", "5592-52887", "ID", True),
    ("call 327-8851 today", "327-8851", "CONTACT", True),
])
def test_learned_plausible_by_class(text: str, target: str, label: str, kept: bool) -> None:
    assert _plausible(text, target, label) is kept


@pytest.mark.parametrize(("text", "target", "term"), [
    ("1.  Quorbin/Velmaze bunionectomy with screw fixation.", "Quorbin", True),   # paired before a head
    ("She also has positive Quorbin/FABER on the left.", "Quorbin", True),       # a test after its result
    ("Then the #25 Quorbin mechanical valve was seated.", "Quorbin", True),      # a valve's maker
    ("A Quorbin porcine valve was chosen.", "Quorbin", True),
    ("He saw Quorbin/Velmaze yesterday.", "Quorbin", False),                     # no head, no result
    ("Seen with Quorbin mechanical engineer today.", "Quorbin", False),          # no device head
])
def test_clinical_term_by_class(text: str, target: str, term: bool) -> None:
    assert _term(text, target) is term


@pytest.mark.parametrize(("text", "target", "label", "kept"), [
    ("The LV.  LVXS is approximately 50%.", "LVXS", "NAME", False),      # a short abbreviation in capitals
    ("Seen by QRTZ in the ward.", "QRTZ", "LOCATION", True),            # a LOCATION: as often a hospital's
    ("Discussed with Dr. QRTZ today.", "QRTZ", "NAME", True),            # a person's position keeps it
    ("Seen with Quarrington today.", "Quarrington", "NAME", True),
])
def test_learned_short_capitals(text: str, target: str, label: str, kept: bool) -> None:
    assert _plausible(text, target, label) is kept


@pytest.mark.parametrize(("text", "target", "term"), [
    ("Mom was GBX status positive at delivery.", "GBX", True),
    ("See procedure nurse QRX form.", "QRX", True),
    ("JQ status post fall, seen today.", "JQ", False),                  # initials before "status post"
    ("Pt initials JGX   Screen #: S-0682", "JGX", False),               # a form's cells apart: no phrase
    ("PT INITIALS JX\tSCREEN #: S-0608", "JX", False),
])
def test_abbreviation_before_what_a_test_gives(text: str, target: str, term: bool) -> None:
    assert _term(text, target) is term


@pytest.mark.parametrize(("text", "target", "term"), [
    ("a change from GAA to GGA (Glu 154 Gly) in exon 5", "Glu 154 Gly", True),   # a change taken whole
    ("three amino acids (Gly-Leu-Gln) were inserted", "Gly-Leu-Gln", True),
    ("Val Pro visited today", "Val Pro", False),                                # no join: a person's name
])
def test_amino_acid_run_taken_whole(text: str, target: str, term: bool) -> None:
    assert _term(text, target, "LOCATION") is term


@pytest.mark.parametrize(("text", "target", "term"), [
    ("PMH: hernia repair 12 years ago, asthma.", "12", True),           # a duration after an event word
    ("became anosmic after surgery 14 years prior to this.", "14", True),
    ("CABG in 94 and stent in 99.", "94", False),                       # a two-digit year stays a date
])
def test_a_number_counting_time_is_no_date(text: str, target: str, term: bool) -> None:
    assert _term(text, target, "DATE") is term


@pytest.mark.parametrize(("text", "found"), [
    ("A major gene locus for the trait was mapped to chromosome 11.", []),       # a rare surname that is a word
    ("Seen today, the wife mary brown called.", ["mary brown"]),              # a frequent surname stays a name
    ("Seen today, the wife lisa yeaman called.", ["lisa yeaman"]),  # a surname no dictionary holds stays
])
def test_small_letter_pair_with_a_rare_surname_word(text: str, found: list[str]) -> None:
    from cancerprep.stages.deid.recognizers.names import NameRecognizer

    spans = NameRecognizer().analyze(text, ["NAME"], None)
    assert [text[r.start:r.end] for r in spans] == found


@pytest.mark.parametrize(("text", "target", "term"), [
    ("two new variants, G6PD Quarrington and G6PD Velmaze, were found", "Quarrington", True),
    ("the HBB2 Quarrington Falls variant", "Quarrington Falls", True),
    ("MRN 4451234 Quarrington seen today", "Quarrington", False),     # digits only: an identifier, not a symbol
    ("Bed W3A Quarrington seen today", "Quarrington", False),         # a bed's code: two letters
])
def test_a_variant_named_after_a_gene_symbol(text: str, target: str, term: bool) -> None:
    assert _term(text, target, "LOCATION") is term


@pytest.mark.parametrize(("text", "target", "term"), [
    ("1.  Guillain-Barre Quarrington-Velmaze variant.", "Quarrington-Velmaze", True),
    ("one allele for the Quarrington variant of the enzyme", "Quarrington", True),
    ("The characteristic Quarrington isoform was seen.", "Quarrington", True),
    ("Quarrington visited with her variant forms.", "Quarrington", False),
])
def test_a_variant_named_for_a_person_or_town(text: str, target: str, term: bool) -> None:
    assert _term(text, target) is term

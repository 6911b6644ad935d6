"""deidprec5 (issue 13): one word a place rule took after "to" / "from" that no place is named by, read from the
broad vocabularies (drug lists and INN stems, the medical vocabulary, the English dictionary's describing shapes);
the disease-name vocabulary's words folded by the one helper; damage_bench's check rates by recogniser."""

from __future__ import annotations

import pytest

from benchmarks.quality import damage_bench
from cancerprep.stages.deid import disease_names, safelist
from cancerprep.stages.deid.engine import Deidentifier, PhiSpan
from tests.stages.deid.spans import found_texts, in_note


def _lone(text: str, word: str) -> bool:
    start = text.index(word)
    return safelist.lone_term_place(text, start, start + len(word))


@pytest.mark.parametrize(("text", "word"), [
    ("Weaned from Dopamine, tolerating.", "Dopamine"),         # a drug of the lists
    ("Converted to Torsemide this am.", "Torsemide"),
    ("TRANSITIONED TO DAPTOMYCIN PER ID.", "DAPTOMYCIN"),      # capitals
    ("Switched to Ceftazidime for now.", "Ceftazidime"),
    ("Pt transferred to Sedated at 1400.", "Sedated"),         # a participle of a dictionary verb
    ("Returned to Protective mode.", "Protective"),            # an adjective's ending
    ("Changed to Preferably oral.", "Preferably"),              # an adverb's
])
def test_a_lone_drug_or_state_word_names_no_place(text: str, word: str) -> None:
    assert _lone(text, word)
    assert safelist.clinical_term_use(text, text.index(word), text.index(word) + len(word), "LOCATION")


@pytest.mark.parametrize(("text", "word"), [
    ("Transferred from Towson at 1400.", "Towson"),            # a US city
    ("Lives in Reading with wife.", "Reading"),                # a city spelled like a participle
    ("Moved to Bountiful last year.", "Bountiful"),            # a city with an adjective's ending
    ("Moved to Sunrise last year.", "Sunrise"),
    ("Transferred to Hampton.", "Hampton"),                    # a census name
    ("Transferred to Sinai hospital.", "Sinai hospital"),      # two words: the place rules judge it
    ("Sent to Kernan for rehab.", "Kernan"),                   # no vocabulary knows it
    ("Transferred to Window.", "Window"),                      # an everyday noun: a name may be one
    ("Sent to Dover.", "Dover"),
])
def test_places_stay_places(text: str, word: str) -> None:
    assert not _lone(text, word)


def test_engine_keeps_the_drug_and_finds_the_town(engine: Deidentifier) -> None:
    text = in_note("Pt weaned from Dopamine overnight. Daughter drove in from Towson this am.")
    found = found_texts(engine, text)
    assert "Dopamine" not in " ".join(found)
    assert any("Towson" in f for f in found)


def test_disease_name_words_fold_with_the_one_helper() -> None:
    assert disease_names._tokens("Waldenström macroglobulinemia") == ["Waldenstrom", "macroglobulinemia"]
    assert disease_names._tokens("Sjögren’s syndrome") == ["Sjogren", "syndrome"]  # a curly possessive too
    assert disease_names._tokens("Hodgkin's disease") == ["Hodgkin", "disease"]
    assert disease_names._tokens("Søren-Kierkegaard") == ["Soren", "Kierkegaard"]  # ø spelled o, not dropped
    assert disease_names._tokens("β-thalassemia") == ["thalassemia"]  # another script's letter is no word


def test_damage_breakdown_gives_check_rates_by_recogniser(monkeypatch) -> None:
    notes = [(str(i), f"Seen with Alpha and Bravo number {i}.") for i in range(40)]
    monkeypatch.setattr(damage_bench, "load_notes", lambda path: notes)

    class FakeDeid:  # marks every capitalised word as a NAME
        def analyze_many(self, texts, groups):
            import re
            return [[PhiSpan(m.start(), m.end(), "NAME", 0.9, "Fake") for m in re.finditer(r"[A-Z][a-z]+", t)]
                    for t in texts]

    monkeypatch.setattr(damage_bench, "Deidentifier", FakeDeid)
    plain = damage_bench.main([])["halves"]["check"]
    assert set(plain) == {"notes", "damage_per_1000", "failures"}  # the check half's overall rate only
    broken = damage_bench.main(["--breakdown"])["halves"]["check"]
    assert broken["damage_by_recognizer_per_1000"] == {"Fake": 3000.0}  # three words a note
    assert broken["damage_by_type_per_1000"] == {"NAME": 3000.0}


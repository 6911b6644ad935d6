"""The learned name-likeness score (issue 13): the shipped weights load offline and score as the training script's
scikit-learn model did, and rules use the score only in person-like positions. Names are written from general
knowledge of naming across the world, not from any benchmark's notes."""

from __future__ import annotations

import socket

import numpy as np
import pytest
from sklearn.feature_extraction.text import CountVectorizer

from cancerprep import resources
from cancerprep.stages.deid import name_likeness as nl
from cancerprep.stages.deid.engine import Deidentifier
from cancerprep.stages.deid.known_words import slip_of_known, typo_of_known
from tests.stages.deid.spans import found_texts


def _shipped() -> dict[str, np.ndarray]:
    with resources.data(nl.MODEL_FILE).open("rb") as fh, np.load(fh, allow_pickle=False) as z:
        return {k: z[k] for k in z.files}


def test_scorer_reproduces_the_training_scripts_decision_function() -> None:
    z = _shipped()
    assert len(z["check_words"]) >= 100
    ours = [nl.name_likeness(str(w)) for w in z["check_words"]]
    np.testing.assert_allclose(ours, z["check_scores"], atol=1e-6)
    assert (z["check_scores"] > 0).any() and (z["check_scores"] < 0).any()


@pytest.mark.parametrize("word", ["a", "ab", "abc", "Okonkwo", "o'neil", "tranplant"])
def test_ngrams_are_scikit_learns_char_wb_ngrams(word: str) -> None:
    lo, hi = (int(n) for n in _shipped()["ngram_range"])
    analyzer = CountVectorizer(analyzer="char_wb", ngram_range=(lo, hi)).build_analyzer()
    assert nl.char_wb_ngrams(word, lo, hi) == analyzer(word)


def test_shipped_file_loads_without_network_and_is_small(monkeypatch: pytest.MonkeyPatch) -> None:
    def no_network(*_a: object, **_k: object) -> None:
        raise AssertionError("network used")

    monkeypatch.setattr(socket, "socket", no_network)
    nl._model.cache_clear()
    nl.name_likeness.cache_clear()
    assert isinstance(nl.name_likeness("Adebayo"), float)
    assert len(resources.data(nl.MODEL_FILE).read_bytes()) < 1_000_000


@pytest.mark.parametrize("name", ["Sakir", "Seun", "Vlado", "Kojo", "Akua", "Darko"])
def test_names_one_edit_from_a_word_are_spelled_like_names_not_slips(name: str) -> None:
    low = name.lower()
    assert typo_of_known(low)  # the census-free reason to score them: the typo test alone takes them for slips
    assert nl.name_like(low) and not slip_of_known(low)


@pytest.mark.parametrize("word", ["tranplant", "intially", "cardic", "sedtion", "rousable", "neurosurg"])
def test_slips_and_clinical_shorthand_are_not_name_like(word: str) -> None:
    assert not nl.name_like(word)


@pytest.mark.parametrize(("line", "name"), [
    ("Family at bedside: the Darkos visited today.", "Darko"),                # a family plural
    ("PT RESTING COMFORTABLY. PER NYAMBURA, HOLD HEPARIN TONIGHT.", "NYAMBURA"),      # caseless "per X,"
    ("FAMILY MEETING. PLAN DISCUSSED PER DRAGOMIR, WILL CONTINUE.", "DRAGOMIR"),
    ("Pt seen by nurse vlado this am.", "vlado"),                           # lower case after a role noun
    ("Per Sakir, pt ate well.", "Sakir"),                                   # "per X," with case
    ("PT AGITATED OVERNIGHT. PER OYELARAN WILL HOLD SEDATION.", "OYELARAN"),  # "per X will": X decides
    ("Per Bolaji will call back with results.", "Bolaji"),
])
def test_name_like_words_are_taken_in_person_positions(engine: Deidentifier, line: str, name: str) -> None:
    assert any(name in f for f in found_texts(engine, line))


@pytest.mark.parametrize("line", [
    "PT WILL FOLLOW LYTES. PER NSURG, HOLD.",
    "per nsurg, keep hob up.",
    "PER NSURG WILL HOLD HEPARIN.",
    "PER ORTHO WILL FOLLOW.",
    "Per protocol will titrate drip.",
    "Pt had a tranplant in 2010. Cardic status stable.",
    "Per Vanco protocol, dose adjusted.",
    "Spoke with the employer about forms.",
])
def test_shorthand_slips_and_free_text_stay(engine: Deidentifier, line: str) -> None:
    found = " ".join(found_texts(engine, line)).lower()
    for word in ("lytes", "nsurg", "ortho", "tranplant", "cardic", "vanco", "protocol", "employer"):
        assert word not in found

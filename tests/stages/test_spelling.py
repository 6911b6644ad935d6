"""Spelling stage: repairs plain typos, leaves clinical vocabulary, abbreviations and names alone."""

from __future__ import annotations

import random

import polars as pl
import pytest

from cancerprep.assembly.variants import misspell_word
from cancerprep.errors import InputError
from cancerprep.stages.base import RunContext
from cancerprep.stages.spelling import Corrector, DeleteIndex, SpellingStage, medical_vocabulary, osa_distance


@pytest.fixture(scope="module")
def corrector() -> Corrector:
    return Corrector(distance=2, fix_capitalized=True, min_length=3)


def test_repairs_common_typos(corrector):
    text = "Pateint recieved chemotheraphy for metastic invasve ductal carcinomma; hte mass was palpible."
    fixed, n = corrector.correct_text(text)
    assert fixed == ("Patient received chemotherapy for metastatic invasive ductal carcinoma; the mass was "
                     "palpable.")
    assert n == 8


def test_leaves_clinical_terms_abbreviations_and_names(corrector):
    text = ("ER positive, HER2 negative, Ki-67 20%. Started letrozole and trastuzumab; lymphovascular "
            "invasion absent. Seen by Dr. Smiht at Bonham. pT2N0 nontender, intubated, debridement.")
    fixed, n = corrector.correct_text(text)
    assert (fixed, n) == (text, 0)


def test_guards_against_clinical_damage():
    c = Corrector()
    text = ("Meds: mcg dose, afib, wbc and hgb stable, rrr, nad. neuro intact. mucinous hepatoma. "
            "Seen with nowak and sharma; email j.demir@hosp.org. Hte exam.")
    fixed, n = c.correct_text(text)
    assert (fixed, n) == (text, 0)  # abbreviations, medical endings, names, addresses, capitals left
    assert c.correct_text("hte exam wsa fine")[0] == "hte exam wsa fine"  # < 5 letters: left
    short = Corrector(min_length=3)
    assert short.correct_text("hte exam wsa fine")[0] == "the exam was fine"  # swapped letters
    assert short.correct_text("abg amt ett ogt")[0] == "abg amt ett ogt"  # shorthand, not anagrams
    # clinical truncations and their plurals are abbreviations, not typos
    assert c.correct_text("bilat pulm periph coags spont")[0] == "bilat pulm periph coags spont"
    assert Corrector(fix_capitalized=True, min_length=3).correct_text("Hte exam.")[0] == "The exam."


def test_medical_vocabulary_comes_from_installed_resources():
    vocab = medical_vocabulary()
    for word in ("neoplasm", "hidradenitis", "cystoscopy", "letrozole", "ductal", "lymphovascular"):
        assert word in vocab, word
    # without the vocabulary pyspellchecker "corrects" clinical words
    plain = Corrector(medical=False)
    assert plain.correct_text("lobular mets")[0] == "globular mets"
    assert Corrector(distance=1).correct_text("lobular mets")[0] == "lobular mets"


def test_delete_index_and_distance():
    assert osa_distance("metastic", "metastatic") == 2
    assert osa_distance("hte", "the") == 1
    index = DeleteIndex(["metastatic", "carcinoma"])
    assert index.lookup("metastic") == [(2, "metastatic")]
    assert index.lookup("zzzzzz") == []
    with pytest.raises(InputError):
        Corrector(distance=3)


def test_repair_and_damage_rates_on_injected_typos(corrector):
    text = ("The patient is a 64-year-old woman with invasive ductal carcinoma of the left breast. "
            "She received neoadjuvant chemotherapy followed by lumpectomy and sentinel lymph node biopsy. "
            "Pathology showed residual tumor measuring two centimeters with negative margins. ") * 3
    words = text.split()
    rng = random.Random(1)
    noisy = []
    hits = []
    for w in words:
        core = w.strip(".,")
        hit = core.isalpha() and len(core) >= 5 and rng.random() < 0.2
        hits.append(hit)
        noisy.append(w.replace(core, misspell_word(core, rng)[0]) if hit else w)
    fixed, _ = corrector.correct_text(" ".join(noisy))
    out = fixed.split()
    assert len(out) == len(words)
    repaired = sum(o.lower() == w.lower() for o, w, h in zip(out, words, hits, strict=True) if h)
    damaged = sum(o != n for o, n, h in zip(out, noisy, hits, strict=True) if not h)
    assert sum(hits) >= 8
    assert repaired / sum(hits) >= 0.6
    assert damaged == 0


def test_stage_over_a_batch(tmp_path):
    vocab = tmp_path / "site.txt"
    vocab.write_text("# site words\nzorbitol\n")
    stage = SpellingStage({"vocabulary": ["site.txt"]}, RunContext(recipe_dir=tmp_path))
    batch = pl.DataFrame({"note_id": ["a", "b", "c"],
                          "text": ["the pateint given zorbitol.", "No change here.", None]})
    res = stage.process(batch)
    assert res.records["text"].to_list() == ["the patient given zorbitol.", "No change here.", None]
    assert res.stats == {"spelling_words_corrected": 1, "spelling_notes_changed": 1}
    assert res.records["note_id"].to_list() == ["a", "b", "c"]
    with pytest.raises(InputError, match="not found"):
        SpellingStage({"vocabulary": ["missing.txt"]}, RunContext(recipe_dir=tmp_path)).process(batch)


def test_recipe_validates_spelling_options(tmp_path):
    from cancerprep.errors import RecipeError
    from cancerprep.recipe import load_recipe

    base = "version: 1\nname: t\ninputs:\n  - kind: notes\n    path: notes.csv\nstages:\n"
    good = tmp_path / "good.yaml"
    good.write_text(base + "  - spelling: {distance: 2, vocabulary: [site.txt]}\n")
    assert load_recipe(good).stages == [("spelling", {"distance": 2, "vocabulary": ["site.txt"]})]
    for bad in ("{distnce: 1}", "{distance: 3}", "{min_length: 0}"):
        path = tmp_path / "bad.yaml"
        path.write_text(base + f"  - spelling: {bad}\n")
        with pytest.raises(RecipeError, match=r"stages\[0\]\.spelling"):
            load_recipe(path)


def test_fingerprint_follows_site_word_list(tmp_path):
    vocab = tmp_path / "site.txt"
    vocab.write_text("zorbitol\n")
    stage = SpellingStage({"vocabulary": ["site.txt"]}, RunContext(recipe_dir=tmp_path))
    before = stage.fingerprint()
    assert before == SpellingStage({"vocabulary": ["site.txt"]}, RunContext(recipe_dir=tmp_path)).fingerprint()
    vocab.write_text("zorbitol\nquexanib\n")
    assert stage.fingerprint() != before

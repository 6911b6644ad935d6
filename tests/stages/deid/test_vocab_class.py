"""The vocabulary-class component (`vocab_class`): classes come from the project's vocabularies, case-blind; the
component writes them into `Token.lemma` before tok2vec, in training (annotating component) and in a loaded model."""

from __future__ import annotations

import pytest
import spacy

from cancerprep.stages.deid import safelist, training, vocab_class
from cancerprep.stages.deid.recognizers import learned
from tests.stages.deid.test_training import LAST, tiny_corpus


def test_classes_are_the_vocabularies_memberships():
    assert vocab_class.token_class("3/4") == "num" and vocab_class.token_class("12") == "num"
    assert vocab_class.token_class(",") == "sym" and vocab_class.token_class("--") == "sym"
    assert vocab_class.token_class("Boston").endswith("|city") and "boston" in safelist.us_cities()
    # a census name rare in English and a surname nobody's vocabulary holds
    first = next(w for w in sorted(safelist.first_names()) if w not in safelist.last_names()
                 and safelist.word_freq().get(w, 0) == 0 and w not in safelist.medical_words() and w.isalpha())
    assert vocab_class.token_class(first.title()).startswith("first|absent|")
    assert vocab_class.token_class("Qzxwvk") == "-|absent|-|-"
    # frequency bands follow safelist's thresholds
    assert vocab_class.english_band("the") == "top"
    common = next(w for w, c in safelist.word_freq().items() if safelist.COMMON_FREQ <= c < 200_000)
    assert vocab_class.english_band(common) == "common" and safelist.is_common(common)
    assert vocab_class.token_class("CHF").split("|")[2] == "med"


def test_classes_ignore_case():
    for word in ("Boston", "Hope", "Marchetti", "heart"):
        assert vocab_class.token_class(word) == vocab_class.token_class(word.upper()) \
            == vocab_class.token_class(word.lower())


def test_component_writes_each_tokens_class_into_its_lemma():
    nlp = spacy.blank("en")
    nlp.add_pipe(vocab_class.FACTORY)
    text = "Will Hope saw Dr. Marchetti in BOSTON on 3/4 for CHF."
    for doc in (nlp(text), *nlp.pipe([text, ""])):
        assert [t.lemma_ for t in doc] == [vocab_class.token_class(t.text) for t in doc]


def test_vocab_features_reach_the_config():
    config = training.build_config(training.TrainSettings(vocab_features=True, vocab_rows=300))
    assert config["nlp"]["pipeline"] == ["vocab_class", "tok2vec", "ner"]
    assert config["components"]["vocab_class"]["factory"] == vocab_class.FACTORY
    assert config["training"]["annotating_components"] == ["vocab_class"]
    embed = config["components"]["tok2vec"]["model"]["embed"]
    assert embed["attrs"][-1] == "LEMMA" and embed["rows"][-1] == 300
    off = training.build_config(training.TrainSettings())
    assert "vocab_class" not in off["nlp"]["pipeline"] and "LEMMA" not in off["components"]["tok2vec"]["model"][
        "embed"]["attrs"]


def test_a_model_trained_with_vocab_features_runs_them_in_training_and_loads_offline(tmp_path, monkeypatch):
    calls = []
    original = vocab_class.VocabClass.__call__

    def counted(self, doc):
        calls.append(len(doc))
        return original(self, doc)

    monkeypatch.setattr(vocab_class.VocabClass, "__call__", counted)
    settings = training.TrainSettings(width=32, depth=2, embed_rows=(500, 200, 200, 50), hidden_width=32,
                                      max_steps=60, eval_frequency=30, patience=0, batch_words=200, case_share=0.0,
                                      vocab_features=True, vocab_rows=100)
    training.train_model(tiny_corpus(), tmp_path / "model", settings)
    # annotating component: it ran on the training batches' docs, not only on the dev notes at evaluation
    assert len(calls) > len(tiny_corpus())
    nlp = learned.load_model(str(tmp_path / "model"))
    assert nlp.pipe_names == ["vocab_class", "tok2vec", "ner"]
    doc = nlp("Patient Wanda Marchetti was seen in clinic today for follow up.")
    assert [t.lemma_ for t in doc] == [vocab_class.token_class(t.text) for t in doc]
    rec = learned.LearnedRecognizer(tmp_path / "model")
    assert rec.predict_many(["Patient Wanda Marchetti was seen in clinic today."])[0] is not None
    # the string-store cut holds: no training text in the model directory
    for path in (tmp_path / "model").rglob("*"):
        if path.is_file():
            assert not any(n.encode() in path.read_bytes() for n in LAST), path.name


def test_names_classes_keep_the_census_part_and_everyday_english_only():
    assert vocab_class.token_class("Qzxwvk", "names") == vocab_class.token_class("tachypneic", "names") == "-|-"
    assert vocab_class.token_class("3/4", "names") == "num"
    last = next(w for w in sorted(safelist.last_names()) if w not in safelist.first_names() and w.isalpha()
                and not safelist.is_common(w))
    assert vocab_class.token_class(last.upper(), "names") == "last|-"
    nlp = spacy.blank("en")
    nlp.add_pipe(vocab_class.FACTORY, config={"classes": "names"})
    assert [t.lemma_ for t in nlp("Hope came")] == [vocab_class.token_class(w, "names") for w in ("Hope", "came")]
    config = training.build_config(training.TrainSettings(vocab_features=True, vocab_classes="names"))
    assert config["components"]["vocab_class"]["classes"] == "names"
    with pytest.raises(ValueError, match="unknown vocabulary classes"):
        vocab_class.VocabClass("everything")

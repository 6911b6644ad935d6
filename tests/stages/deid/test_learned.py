"""The learned voter: the shipped model loads offline from the package, finds names in text it was
not trained on, runs batched inside the engine, and a model failure fails the note closed."""

from __future__ import annotations

import time

import pytest

from cancerprep import resources
from cancerprep.errors import CancerprepError
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier, NoteFailure
from cancerprep.stages.deid.recognizers import learned
from cancerprep.stages.deid.recognizers.base import reset_deadline, set_deadline

# Written for this test: not in any training source (names from no census-frequency list order,
# sentence shapes of our own).
UNSEEN = [
    ("Spoke with the patient's brother Anselm Quarrington about the plan.", "Quarrington"),
    ("Seen in follow-up by Dr. Philippa Drummond-Oyelaran this morning.", "Drummond"),
]


def test_shipped_model_is_package_data_and_small():
    path = learned.model_path("default")
    assert path == resources.data("deid/learned_model")
    assert (path / "meta.json").is_file() and (path / "ner" / "model").is_file()
    size = sum(p.stat().st_size for p in path.rglob("*") if p.is_file())
    assert size < 15_000_000


def test_shipped_model_loads_offline_and_finds_unseen_names(recognizer, monkeypatch):
    import socket

    def no_network(*args, **kwargs):
        raise AssertionError("the model tried to reach the network")

    monkeypatch.setattr(socket, "socket", no_network)
    found = recognizer.predict_many([text for text, _ in UNSEEN])
    for (text, surname), results in zip(UNSEEN, found, strict=True):
        names = [text[r.start:r.end] for r in results if r.entity_type == "NAME"]
        assert any(surname in n for n in names), "no NAME covering the planted surname"


def test_missing_or_broken_model_is_an_error_not_a_silent_fallback(tmp_path):
    with pytest.raises(CancerprepError, match="not found"):
        learned.LearnedRecognizer(tmp_path / "nowhere")
    (tmp_path / "meta.json").write_text("{}")
    (tmp_path / "config.cfg").write_text("not a config")
    with pytest.raises(CancerprepError, match="cannot load"):
        learned.LearnedRecognizer(tmp_path)


def test_setting_switches_the_voter(recognizer):
    assert learned.learned_recognizers(None) == [] and learned.learned_recognizers(False) == []
    assert learned.learned_recognizers("false") == []
    assert [type(r) for r in learned.learned_recognizers("default")] == [learned.LearnedRecognizer]


@pytest.fixture(scope="module")
def deid() -> Deidentifier:
    return Deidentifier(DeidConfig(learned_model="default"))


class CountingModel:
    """Stands in for the spaCy pipeline: counts batched and single-note calls, or fails/sleeps."""

    def __init__(self, nlp, fail: bool = False, sleep_s: float = 0.0):
        self.nlp, self.fail, self.sleep_s = nlp, fail, sleep_s
        self.vocab = nlp.vocab  # the recognizer builds Docs of the engine's tokens in this vocab
        self.calls = {"pipe": 0, "single": 0}

    def pipe(self, texts, **kw):
        self.calls["pipe"] += 1
        if self.fail:
            raise RuntimeError("model exploded on: Anselm Quarrington")
        return self.nlp.pipe(texts, **kw)

    def __call__(self, text):
        self.calls["single"] += 1
        if self.fail:
            raise RuntimeError("model exploded on: Anselm Quarrington")
        time.sleep(self.sleep_s)
        return self.nlp(text)


def test_engine_batches_the_model_once_per_batch(deid, monkeypatch):
    model = deid.learned[0]
    counting = CountingModel(model.nlp)
    monkeypatch.setattr(model, "nlp", counting)
    out = deid.analyze_many([text for text, _ in UNSEEN] + ["", "No identifiers in this line."])
    assert counting.calls == {"pipe": 1, "single": 0}
    assert all(not isinstance(r, NoteFailure) for r in out)
    for (text, surname), spans in zip(UNSEEN, out, strict=False):
        assert any(surname in text[s.start:s.end] for s in spans)


def test_learned_spans_are_credited_and_typed(deid):
    text = UNSEEN[0][0]
    spans = deid.analyze(text)
    assert not isinstance(spans, NoteFailure)
    assert {s.entity_type for s in spans if "Quarrington" in text[s.start:s.end]} == {"NAME"}


def test_model_failure_fails_the_note_closed(deid, monkeypatch):
    model = deid.learned[0]
    broken = CountingModel(model.nlp, fail=True)
    monkeypatch.setattr(model, "nlp", broken)
    out = deid.analyze_many([UNSEEN[0][0], UNSEEN[1][0]])
    assert [type(r) for r in out] == [NoteFailure, NoteFailure]
    assert all(r.reason == "error" and "Quarrington" not in r.detail for r in out)
    assert broken.calls == {"pipe": 1, "single": 2}  # batch failed: each note retried alone, and failed


def test_model_overrunning_the_deadline_raises_timeout(recognizer, monkeypatch):
    monkeypatch.setattr(recognizer, "nlp", CountingModel(recognizer.nlp, sleep_s=0.2))
    token = set_deadline(time.monotonic() + 0.05)
    try:
        with pytest.raises(TimeoutError):
            recognizer.analyze(UNSEEN[0][0], ["NAME"])
    finally:
        reset_deadline(token)


@pytest.mark.parametrize("text, target, label, kept", [
    ("Seen on 7/22/92 today", "7/22/92", "DATE", True),
    ("DATE OF BIRTH: 090468.", "090468", "DATE", True),       # six digits: a whole date
    ("admitted 7OCT2021 for", "7OCT2021", "DATE", True),
    ("ABG 7.42/40/90 on vent", "7.42/40/90", "DATE", False),
    ("pain 4/10 at rest", "4/10", "DATE", False),            # a score, not a date (short forms are the rules')
    ("closed with number 2-0 silk", "2-0", "DATE", False),
    ("Age 93 now", "93", "AGE", False),                       # ages are the rules' (over 89 only, by context)
    ("call 555-0123 today", "555-0123", "CONTACT", True),
    ("BLD SUG WAS 95", "95", "CONTACT", False),
    ("SSN 123 45 6789", "123 45 6789", "ID", True),
    ("ABG: 169-33-7.38-20", "169-33-7.38-20", "ID", False),
    ("stool mixed with liquid brown", "liquid brown", "NAME", False),  # everyday words, census or not
    ("new chest tube placed", "chest tube", "NAME", False),
    ("Daughter Marguerite visited", "Marguerite", "NAME", True),
    ("pt carol quarrington called", "carol quarrington", "NAME", True),  # lower case, unknown surname
    ("PT SENT TO ED FOR CT", "ED", "LOCATION", False),       # short capitals: an abbreviation
    ("seen at Smart Family Medicine today", "Smart Family Medicine", "LOCATION", True),
    ("Multiple family members at bedside", "Multiple family members", "LOCATION", False),
    ("lives at 02139 now", "02139", "LOCATION", True),        # a zip code
    ("CK at 2pm 4609", "4609", "LOCATION", False),
    ("ID: Tmax 102.6R", "Tmax 102.6R", "NAME", False),        # names hold no digits
    ("FAMILY WAS NOT IN ATTENDENCE", "ATTENDENCE", "LOCATION", False),  # one unlisted word, ALL-CAPS note
    ("FAMILY WAS NOT IN ATTENDENCE WITH QUARRINGTON", "QUARRINGTON", "NAME", False),
    ("SPOKE WITH ANSELM QUARRINGTON TODAY", "ANSELM QUARRINGTON", "NAME", True),
    ("PAP 55-65/25-35 stable", "55-65/25-35", "DATE", False),    # a pressure range: mixed separators
    ("u/o 1700-1900 low", "1700-1900", "DATE", False),           # clock times, no 19xx/20xx year
    ("inserted a 22-gauge needle", "22-gauge needle", "DATE", False),  # "aug" inside a word is no month
    ("BP (standing)161/91 HR", "standing)161/91", "ID", False),   # a ratio
    ("on ac 350-20-7.5peep", "350-20-7.5peep", "CONTACT", False),  # vent settings with a decimal
    # a name of everyday words, or starting/ending in one, needs a person-like position
    ("Pt became tychpneic, rates 30", "became tychpneic", "NAME", False),
    ("extubated at aprox 2030 with", "aprox", "LOCATION", False),  # a typo of a known word
    ("Good Hope was noted", "Good Hope", "NAME", False),
    ("Case discussed with May Falcon, M.D. today", "May Falcon", "NAME", True),
    ("Case discussed with Dr ian r. quarrington and", "r. quarrington", "NAME", True),
])
def test_plausible_shape_checks(text, target, label, kept):
    start = text.index(target)
    assert learned.plausible(text, start, start + len(target), label) is kept


def test_model_reuses_the_engine_tokens_with_the_same_entities(deid):
    """The model runs over the engine's own tokenization (no second tokenizer pass) and finds
    the same entities as over the raw text, tokenizer norms included (Aug. = August)."""
    model = deid.learned[0]
    texts = [text for text, _ in UNSEEN] + ["Seen on Aug. 3 by Dr. Quarrington at Lakeside."]
    docs = [a[1].tokens for a in deid.nlp_engine.process_batch(texts, language="en")]
    assert [model._retoken(d, t).text for d, t in zip(docs, texts, strict=True)] == texts
    assert docs[-1][2].text == "Aug." and model._retoken(docs[-1], texts[-1])[2].norm_ == docs[-1][2].norm_ == "August"
    assert model._retoken(docs[0], "another text") == "another text"
    key = [[(r.start, r.end, r.entity_type) for r in rs] for rs in model.predict_many(texts)]
    assert [[(r.start, r.end, r.entity_type) for r in rs] for rs in model.predict_many(texts, docs)] == key


def test_stage_fingerprint_changes_with_the_model_files(tmp_path):
    """Cached deid output must not survive a retrained model written to the same directory."""
    import shutil

    from cancerprep.stages.deid.stage import DeidStage

    model_dir = tmp_path / "model"
    shutil.copytree(learned.model_path("default"), model_dir)
    stage = DeidStage({"learned_model": str(model_dir)})
    before = stage.fingerprint()
    assert before == DeidStage({"learned_model": str(model_dir)}).fingerprint()
    (model_dir / "ner" / "model").write_bytes((model_dir / "ner" / "model").read_bytes() + b"\0")
    assert stage.fingerprint() != before
    assert DeidStage({"learned_model": False}).fingerprint() != DeidStage({"learned_model": "default"}).fingerprint()


def test_stage_fingerprint_loads_no_engine():
    """A run's driver fingerprints the deid stage before any worker loads the engine: hashing the model files
    must not import spaCy, Presidio or the recognizers (a fresh interpreter, so this test's imports do not count)."""
    import subprocess
    import sys

    probe = ("import sys; from cancerprep.stages.deid.stage import DeidStage; DeidStage({}).fingerprint(); "
             "print(sorted(m for m in ('spacy', 'presidio_analyzer', 'cancerprep.stages.deid.engine') "
             "if m in sys.modules))")
    done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "[]"


def test_the_model_tokenizer_from_its_config_equals_the_one_saved_with_it():
    """`load_model` skips re-reading the tokenizer from disk (start-up); its tokenizer, built from the
    model's config, must split real notes exactly as the saved one (the fallback path tokenizes itself)."""
    import spacy

    from cancerprep.stages.deid.evaluate import load_physionet_notes
    from tests.paths import SHARED_DATA

    path = str(learned.model_path(learned.DEFAULT_MODEL))
    ours = learned.load_model(path)
    saved = spacy.load(path)
    notes = load_physionet_notes(SHARED_DATA / "physionet-deid-dev" / "id.text")
    texts = [n.text for n in notes[:300]]
    texts += [text for text, _ in UNSEEN] + ["Seen on Aug. 3 by Dr. O'Neil, can't, U.S.A., 5mg, 10:30am."]
    for text in texts:
        assert [(t.text, t.norm_) for t in ours.tokenizer(text)] == [(t.text, t.norm_) for t in saved.tokenizer(text)]


def test_the_voter_finds_the_same_entities_whatever_its_batch(recognizer, real_notes):
    """`nlp.pipe` batches notes (64 by default): a note's entities must not depend on which notes share its batch nor
    on the batch's size (the embedding rows computed once per distinct row of a batch, `inference.embed_forward`, and
    the NER's states of several notes stepped together). 80 real notes, their restored-case forms (the second pass),
    at batch sizes 1, 7, 64 and 256, and one note alone."""
    from cancerprep.stages.deid.truecase import restore_case

    notes = list(real_notes[::40])[:80]
    notes += [r for t in notes if (r := restore_case(t)) != t][:20]
    saved = recognizer.batch_size
    try:
        found = {}
        for size in (64, 1, 7, 256):
            recognizer.batch_size = size
            found[size] = [[(r.start, r.end, r.entity_type) for r in rs] for rs in recognizer.predict_many(notes)]
    finally:
        recognizer.batch_size = saved
    assert sum(map(len, found[64])) >= 20  # the voter finds something to compare
    assert found[1] == found[7] == found[256] == found[64]
    alone = recognizer.analyze(notes[3], list(learned.LABELS))
    assert sorted((r.start, r.end, r.entity_type) for r in alone) == sorted(found[64][3])

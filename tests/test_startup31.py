"""Start-up (issue 18): what `--help` and a one-note `cancerprep deid` leave unimported or unbuilt, and the lazy
pieces answer as the eager ones (`lazy_specials`, `progress`)."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import textwrap

import pytest

from cancerprep.stages.deid import lazy_specials
from tests.paths import REPO, SAMPLE

NOTE = "Seen by Dr. John Smith on 03/14/2021 for follow-up of breast cancer."

# Runs the command line in this process, then reports which modules it imported and how many of spaCy's special
# cases the learned voter's tokenizer still holds back (-1: the voter was not loaded).
PROBE = textwrap.dedent("""
    import json, sys
    from cancerprep.cli import app
    try:
        app(sys.argv[1:])
    except SystemExit as exc:
        assert not exc.code, exc.code
    heavy = ("torch", "rich", "spacy", "presidio_analyzer", "presidio_analyzer.predefined_recognizers", "phonenumbers",
             "polars", "cancerprep.stages.deid.engine")
    pending = -1
    if "cancerprep.stages.deid.recognizers.learned" in sys.modules:
        from cancerprep.stages.deid.recognizers import learned
        if learned.load_model.cache_info().currsize:
            tokenizer = learned.load_model(str(learned.model_path("default"))).tokenizer
            pending = len(getattr(tokenizer, "pending", ()))
    print("PROBE " + json.dumps({"modules": {m: m in sys.modules for m in heavy}, "pending": pending}))
""")


def _run(tmp_path, args: list[str], env_extra: dict[str, str] | None = None) -> dict:
    env = {**{k: v for k, v in os.environ.items() if k != lazy_specials.OFF_ENV}, "PYTHONPATH": str(REPO),
           **(env_extra or {})}
    done = subprocess.run([sys.executable, "-c", PROBE, *args], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(next(x for x in done.stdout.splitlines() if x.startswith("PROBE "))[6:])


def test_help_imports_no_engine_and_no_table_library(tmp_path):
    probe = _run(tmp_path, ["--help"])
    assert probe["modules"] == {"torch": False, "rich": True, "spacy": False, "presidio_analyzer": False,
                                "presidio_analyzer.predefined_recognizers": False, "phonenumbers": False,
                                "polars": False, "cancerprep.stages.deid.engine": False}
    assert probe["pending"] == -1


def _deid(tmp_path, name: str, env_extra: dict[str, str] | None = None) -> tuple[dict, str, str]:
    src = tmp_path / "one.csv"
    with open(src, "w", newline="", encoding="utf-8") as f:
        csv.writer(f).writerows([["note_id", "patient_id", "text"], ["n1", "p1", NOTE]])
    out, spans = tmp_path / f"{name}.csv", tmp_path / f"{name}.spans.jsonl"
    probe = _run(tmp_path, ["-q", "deid", str(src), "-o", str(out), "--key-file", str(REPO / "recipes" / "demo.key"),
                            "--spans", str(spans)], env_extra)
    return probe, out.read_text(encoding="utf-8"), spans.read_text(encoding="utf-8")


@pytest.mark.slow
def test_one_note_deid_builds_few_special_cases_and_writes_the_same_output(tmp_path):
    probe, text, spans = _deid(tmp_path, "lazy")
    assert probe["modules"] == {"torch": False, "rich": False, "spacy": True, "presidio_analyzer": True,
                                "presidio_analyzer.predefined_recognizers": False, "phonenumbers": False,
                                "polars": True, "cancerprep.stages.deid.engine": True}
    assert probe["pending"] > 1300  # of ~1,350: the note's few cases only
    assert "John Smith" not in text and len(spans.splitlines()) == 2 and "NAME" in spans
    eager, text_eager, spans_eager = _deid(tmp_path, "eager", {lazy_specials.OFF_ENV: "0"})
    assert eager["pending"] == 0
    assert (text, spans) == (text_eager, spans_eager)


def _models():
    import spacy

    from cancerprep.stages.deid import vocab_class  # noqa: F401  the factory the model lists
    from cancerprep.stages.deid.recognizers.learned import model_path

    path = str(model_path("default"))
    overrides = lazy_specials.overrides(path)
    assert overrides  # the packaged model names spaCy's default tokenizer
    return spacy.load(path, exclude=["tokenizer"], config=overrides), spacy.load(path, exclude=["tokenizer"])


def _parse(doc) -> tuple[list, list]:
    return ([(t.text, t.whitespace_, t.norm_, t.shape_, t.prefix_, t.suffix_, t.lower_) for t in doc],
            [(e.start_char, e.end_char, e.label_) for e in doc.ents])


def test_lazy_special_cases_give_the_eager_tokens_norms_and_entities(monkeypatch):
    import polars as pl

    monkeypatch.setattr(lazy_specials, "BUDGET", 10**12)  # the look-up path throughout
    lazy, eager = _models()
    assert isinstance(lazy.tokenizer, lazy_specials.LazySpecialCases)
    notes = pl.read_csv(SAMPLE / "csv" / "notes.csv", n_rows=40)["text"].to_list()
    for text in notes:
        assert _parse(lazy(text)) == _parse(eager(text))
    assert 0 < len(lazy.tokenizer.pending) < len(lazy.tokenizer.rules)  # some cases added, most still pending
    # every case, alone, in runs of several, inside affixes, spaced out and in capitals (cases added run by run)
    keys = sorted(lazy.tokenizer.rules)
    texts = [" ".join(keys[i:i + 7]) for i in range(0, len(keys), 7)]
    texts += ["(" + k + ")." for k in keys[::3]] + [" ".join(k) for k in keys[::5]] + [k.upper() for k in keys[::4]]
    for text in texts:
        assert _parse(lazy(text)) == _parse(eager(text)), text
    assert not lazy.tokenizer.pending


def test_budget_adds_the_rest_and_attributes_see_every_case(monkeypatch):
    monkeypatch.setattr(lazy_specials, "BUDGET", 10)
    lazy, eager = _models()
    assert lazy.tokenizer.pending
    lazy("a short text, longer than ten characters")
    assert not lazy.tokenizer.pending
    lazy2, _ = _models()
    assert lazy2.tokenizer.pending
    assert lazy2.tokenizer.rules == eager.tokenizer.rules  # all of them, as spaCy's `Tokenizer.rules`
    assert lazy2.tokenizer.pending
    assert lazy2.tokenizer.prefix_search.__self__.pattern == eager.tokenizer.prefix_search.__self__.pattern
    assert not lazy2.tokenizer.pending  # read through: every case added first
    assert lazy2.tokenizer.tokenizer.rules == eager.tokenizer.rules


def test_switched_off_or_another_tokenizer_loads_as_before(tmp_path, monkeypatch):
    from cancerprep.stages.deid.recognizers.learned import model_path

    path = str(model_path("default"))
    monkeypatch.setenv(lazy_specials.OFF_ENV, "0")
    assert lazy_specials.overrides(path) == {}
    monkeypatch.delenv(lazy_specials.OFF_ENV)
    own = tmp_path / "model"
    own.mkdir()
    config = (model_path("default") / "config.cfg").read_text(encoding="utf-8")
    assert 'tokenizer = {"@tokenizers":"spacy.Tokenizer.v1"}' in config
    (own / "config.cfg").write_text(config.replace("spacy.Tokenizer.v1", "my.Tokenizer.v1"), encoding="utf-8")
    assert lazy_specials.overrides(str(own)) == {}
    assert lazy_specials.overrides(str(tmp_path / "missing")) == {}


def test_progress_console_is_made_on_first_use():
    from cancerprep import progress

    first = progress.console
    assert first is progress.console and first.stderr
    with pytest.raises(AttributeError):
        progress.no_such_name  # noqa: B018

"""torch and transformers stay out of the data path (`cancerprep.stages.nlp_imports`), and the output is unchanged."""

from __future__ import annotations

import csv
import json
import os
import subprocess
import sys
import textwrap

import pytest

from cancerprep.stages import nlp_imports
from tests.paths import REPO

NOTE = ("Pt John Smith (MRN 4455667) seen 3/4/2019 by Dr. Alice Wong at Boston General Hospital. "
        "Call 617-555-0199. 58 yo F with CAD, s/p CABG.")

# Runs `cancerprep deid` in this process, then reports which heavy modules the run imported.
PROBE = textwrap.dedent("""
    import json, sys
    from cancerprep.cli import app
    try:
        app(sys.argv[1:])
    except SystemExit as exc:
        assert not exc.code, exc.code
    heavy = ("torch", "transformers", "spacy", "presidio_analyzer", "spacy.cli", "requests")
    print("PROBE " + json.dumps({m: m in sys.modules for m in heavy}))
""")


def _deid_in_subprocess(tmp_path, name: str, env_extra: dict[str, str]) -> tuple[dict[str, bool], str, str]:
    src = tmp_path / "one.csv"
    if not src.exists():
        with open(src, "w", newline="", encoding="utf-8") as f:
            csv.writer(f).writerows([["note_id", "patient_id", "text"], ["n1", "7", NOTE]])
    out, spans = tmp_path / f"{name}.csv", tmp_path / f"{name}.spans.jsonl"
    env = {**{k: v for k, v in os.environ.items() if k != nlp_imports.OFF_ENV}, "PYTHONPATH": str(REPO), **env_extra}
    done = subprocess.run([sys.executable, "-c", PROBE, "--quiet", "deid", str(src), "-o", str(out),
                           "--key-file", str(REPO / "recipes" / "demo.key"), "--spans", str(spans)],
                          capture_output=True, text=True, env=env, cwd=tmp_path, timeout=600)
    assert done.returncode == 0, done.stderr[-2000:]
    line = next(x for x in done.stdout.splitlines() if x.startswith("PROBE "))
    return json.loads(line[6:]), out.read_text(encoding="utf-8"), spans.read_text(encoding="utf-8")


@pytest.mark.slow
def test_deid_command_never_imports_torch_and_output_is_unchanged(tmp_path):
    modules, text, spans = _deid_in_subprocess(tmp_path, "lean", {})
    assert modules == {"torch": False, "transformers": False, "spacy": True, "presidio_analyzer": True,
                       "spacy.cli": False, "requests": False}
    assert len(spans.splitlines()) >= 4  # the probe really de-identified something
    assert "John Smith" not in text and "4455667" not in text
    # with the finders off, thinc and Presidio import torch/transformers, spaCy its command line: same spans and text
    full, text_full, spans_full = _deid_in_subprocess(tmp_path, "full", {nlp_imports.OFF_ENV: "1"})
    assert full["torch"] and full["transformers"] and full["spacy.cli"] and full["requests"]
    assert (text, spans) == (text_full, spans_full)


@pytest.fixture
def fake_backend(tmp_path, monkeypatch):
    """A package standing in for torch, and two modules importing it: one an optional importer."""
    (tmp_path / "cp_fake_backend.py").write_text("VALUE = 1\n")
    (tmp_path / "cp_optional_user.py").write_text(
        "try:\n    import cp_fake_backend\nexcept ImportError:\n    cp_fake_backend = None\n"
        "def later():\n    import cp_fake_backend\n    return cp_fake_backend\n")
    (tmp_path / "cp_plain_user.py").write_text("import cp_fake_backend\n")
    (tmp_path / "cp_device_probe.py").write_text(
        "def probe():\n    try:\n        import cp_fake_backend\n    except ImportError:\n        return 'cpu'\n"
        "    return 'accelerator'\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    monkeypatch.setattr(nlp_imports, "BLOCKED", frozenset({"cp_fake_backend"}))
    monkeypatch.setattr(nlp_imports, "OPTIONAL_IMPORTERS", ("cp_optional_user",))
    monkeypatch.setattr(nlp_imports, "DEVICE_PROBES", ("cp_device_probe",))
    monkeypatch.delenv(nlp_imports.OFF_ENV, raising=False)
    for name in ("cp_fake_backend", "cp_optional_user", "cp_plain_user", "cp_device_probe"):
        monkeypatch.delitem(sys.modules, name, raising=False)
    yield
    for name in ("cp_fake_backend", "cp_optional_user", "cp_plain_user", "cp_device_probe"):
        sys.modules.pop(name, None)


def test_only_optional_importers_are_told_the_backend_is_missing(fake_backend):
    nlp_imports.install()
    import cp_optional_user

    assert cp_optional_user.cp_fake_backend is None  # its module body saw "not installed"
    assert "cp_fake_backend" not in sys.modules
    import cp_device_probe

    assert cp_device_probe.probe() == "cpu"  # a device probe falls back to the CPU
    import cp_plain_user  # anyone else gets the real module

    assert cp_plain_user.cp_fake_backend.VALUE == 1
    assert cp_optional_user.later().VALUE == 1  # the optional importer's functions too


def test_switched_off_by_the_environment(fake_backend, monkeypatch):
    nlp_imports.uninstall()
    try:
        monkeypatch.setenv(nlp_imports.OFF_ENV, "1")
        nlp_imports.install()
        import cp_optional_user

        assert cp_optional_user.cp_fake_backend is not None
    finally:
        monkeypatch.delenv(nlp_imports.OFF_ENV)
        nlp_imports.install()  # as `import cancerprep` left it


PATTERN_PROBE = textwrap.dedent("""
    import json
    import regex
    import cancerprep.stages
    from cancerprep.stages import nlp_imports
    import sys
    import presidio_analyzer
    from presidio_analyzer import Pattern, PatternRecognizer, RecognizerRegistry
    deferred = nlp_imports.DEFERRED["patterns"]
    at_import = "presidio_analyzer.predefined_recognizers" in sys.modules
    try:
        Pattern("bad", "(", 0.5)
        validated_after = False
    except ValueError:
        validated_after = True
    registry = RecognizerRegistry()
    registry.load_predefined_recognizers(languages=["en", "es", "it", "pl"])
    patterns = [p.regex for r in registry.recognizers if isinstance(r, PatternRecognizer) for p in r.patterns]
    for p in patterns:
        regex.compile(p)  # what the deferred validation would have done: every built-in pattern compiles
    from presidio_analyzer.predefined_recognizers import UrlRecognizer
    found = [(x.start, x.end) for x in UrlRecognizer().analyze("see https://example.org/a now", ["URL"])]
    print("PROBE " + json.dumps({"deferred": deferred, "validated_after": validated_after, "at_import": at_import,
                                 "patterns": len(patterns), "url": found,
                                 "same": UrlRecognizer is presidio_analyzer.predefined_recognizers.UrlRecognizer}))
""")


def test_presidio_builtin_patterns_are_not_revalidated_at_import_but_ours_are(tmp_path):
    """Presidio's own recognizers are not imported with the package (nor their patterns re-compiled: ~0.5 s a
    process); its default registry still loads them all, they all compile, the URL recognizer still finds a URL, and
    a Pattern built after the import is validated as before."""
    env = {**{k: v for k, v in os.environ.items() if k != nlp_imports.OFF_ENV}, "PYTHONPATH": str(REPO)}
    done = subprocess.run([sys.executable, "-c", PATTERN_PROBE], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=300)
    assert done.returncode == 0, done.stderr[-2000:]
    probe = json.loads(next(x for x in done.stdout.splitlines() if x.startswith("PROBE "))[6:])
    assert probe["at_import"] is False and probe["validated_after"] is True
    assert probe["patterns"] > 50 and probe["url"] == [[4, 25]] and probe["same"] is True
    off = subprocess.run([sys.executable, "-c", PATTERN_PROBE], capture_output=True, text=True,
                         env={**env, nlp_imports.OFF_ENV: "1"}, cwd=tmp_path, timeout=300)
    plain = json.loads(next(x for x in off.stdout.splitlines() if x.startswith("PROBE "))[6:])
    assert plain["deferred"] == 0 and plain["at_import"] is True
    assert {k: plain[k] for k in ("patterns", "url", "same")} == {k: probe[k] for k in ("patterns", "url", "same")}


def _lean_and_off(tmp_path, probe: str) -> dict[str, dict]:
    """The probe's report in a fresh interpreter with the finders on ("lean") and off ("off")."""
    env = {**{k: v for k, v in os.environ.items() if k != nlp_imports.OFF_ENV}, "PYTHONPATH": str(REPO)}
    runs = {}
    for name, extra in (("lean", {}), ("off", {nlp_imports.OFF_ENV: "1"})):
        done = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True,
                              env={**env, **extra}, cwd=tmp_path, timeout=300)
        assert done.returncode == 0, done.stderr[-2000:]
        runs[name] = json.loads(next(x for x in done.stdout.splitlines() if x.startswith("PROBE "))[6:])
    return runs


SPACY_CLI_PROBE = textwrap.dedent("""
    import json, sys
    import cancerprep.stages
    import spacy
    before = "spacy.cli" in sys.modules
    info = spacy.info(silent=True)  # spaCy's own `info`, its command line imported on the call
    after_info = "spacy.cli" in sys.modules
    download = spacy.cli.download.__module__  # as Presidio reaches it: an attribute, no import statement
    import spacy.cli.init_config  # training's import
    print("PROBE " + json.dumps({"before": before, "after_info": after_info, "version": info["spacy_version"],
                                 "download": download, "same": spacy.cli is sys.modules["spacy.cli"]}))
""")


def test_spacy_imports_without_its_command_line_which_loads_on_use(tmp_path):
    """`import spacy` under the finders leaves `spacy.cli` out (~0.3 s a process); `spacy.info`, `spacy.cli` as an
    attribute and `import spacy.cli.X` still reach the real command line. With the finders off, spaCy as shipped."""
    runs = _lean_and_off(tmp_path, SPACY_CLI_PROBE)
    import spacy

    assert runs["lean"] == {"before": False, "after_info": True, "version": spacy.__version__,
                            "download": "spacy.cli.download", "same": True}
    assert runs["off"] == {**runs["lean"], "before": True}


LAZY_PROBE = textwrap.dedent("""
    import json, sys
    import cancerprep.stages
    import presidio_analyzer
    from presidio_analyzer.predefined_recognizers import EmailRecognizer
    before = {m: type(sys.modules[m]).__name__ if m in sys.modules else None for m in ("tldextract", "requests")}
    import tldextract
    extract = tldextract.TLDExtract.__module__  # the first attribute use imports it, and what it imports
    after = {m: type(sys.modules[m]).__name__ if m in sys.modules else None for m in ("tldextract", "requests")}
    print("PROBE " + json.dumps({"before": before, "after": after, "extract": extract,
                                 "email": EmailRecognizer().supported_entities}))
""")


def test_tldextract_is_imported_on_its_first_use_only(tmp_path):
    """Presidio's e-mail recognizer imports tldextract (and with it requests) at module level, for a check the
    de-identification registry never runs: under the finders it stays a lazy module until an attribute is asked;
    with the finders off, it is imported at once."""
    runs = _lean_and_off(tmp_path, LAZY_PROBE)
    loaded = {"tldextract": "module", "requests": "module"}
    assert runs["lean"] == {"before": {"tldextract": "_LazyModule", "requests": None}, "after": loaded,
                            "extract": "tldextract.tldextract", "email": ["EMAIL_ADDRESS"]}
    assert runs["off"] == {**runs["lean"], "before": loaded}

"""The packaged table of compiled patterns (`cancerprep.stages.deid.compiled`) builds exactly what the compilers build,
answers only the patterns it holds, and leaves the de-identification output unchanged."""

from __future__ import annotations

import _sre
import csv
import json
import marshal
import os
import re
import subprocess
import sys
import textwrap
import zlib

import pytest
import regex

from benchmarks.speed.compiled_patterns import build_engine
from cancerprep import resources
from cancerprep.stages.deid import compiled
from cancerprep.stages.deid.recognizers.base import by_length, longest_first
from tests.paths import REPO


@pytest.fixture(scope="module")
def table() -> compiled.Table:
    tab = compiled.read_table(resources.data(compiled.TABLE_FILE).read_bytes())
    assert tab is not None, ("the packaged table was written under other versions than this environment's: rewrite it "
                             "with `python -m benchmarks.speed.compiled_patterns --write`")
    return tab


def test_the_table_is_installed_and_answers_the_engine_s_patterns(table):
    assert regex._main._compile is compiled._regex_compile and re._compiler.compile is compiled._sre_compile
    assert len(table.rx) > 300 and len(table.sre) > 200


def test_every_regex_entry_is_what_regex_compiles_now(table):
    # `regex` lists a few sets in its code in an order that differs between processes: the same bytes, reordered
    for (pattern, flags), args in table.rx.items():
        fresh = compiled._ORIGINAL_REGEX(pattern, flags, False, {}, False)._pickled_data
        assert fresh[:2] == args[:2] and fresh[3:] == args[3:], pattern[:80]
        assert sorted(fresh[2]) == sorted(args[2]), pattern[:80]


def _notes(n: int) -> list[str]:
    rows = list(csv.DictReader(open(REPO / "recipes" / "sample" / "csv" / "notes.csv", newline="", encoding="utf-8")))
    texts = [r["text"] for r in rows[:n]]
    return texts + [t.upper() for t in texts[: n // 3]] + [t.lower() for t in texts[: n // 3]]


@pytest.mark.slow
def test_every_regex_entry_finds_what_a_fresh_compile_finds_on_real_notes(table):
    texts = _notes(60)
    for (pattern, flags), args in table.rx.items():
        ours, fresh = regex._regex.compile(*args), compiled._ORIGINAL_REGEX(pattern, flags, False, {}, False)
        for text in texts:
            assert [m.regs for m in ours.finditer(text)] == [m.regs for m in fresh.finditer(text)], pattern[:80]


def test_every_re_entry_is_what_re_compiles_now(table):
    # stdlib patterns compare equal when flags, pattern and compiled code are equal
    for (pattern, flags), args in table.sre.items():
        assert _sre.compile(*args) == compiled._ORIGINAL_SRE(pattern, flags), pattern[:80]


def test_every_search_and_literals_entry_is_what_the_function_gives_now(table):
    from cancerprep.stages.deid.recognizers import base

    assert len(table.derived[compiled.SEARCH]) > 100 and len(table.derived[compiled.LITERALS]) > 100
    for (pattern, flags), args in table.derived[compiled.SEARCH].items():
        assert _sre.compile(*args) == base.compile_for_search.__wrapped__(pattern, flags), pattern[:80]
    for (pattern, flags), found in table.derived[compiled.LITERALS].items():
        assert found == base.required_literals.__wrapped__(pattern, flags), pattern[:80]


def test_a_tabled_function_answers_from_the_table_and_runs_for_anything_else(monkeypatch):
    calls = []

    @compiled.tabled(compiled.LITERALS)
    def words(pattern: str, flags: int = 0):
        calls.append(pattern)
        return ("computed",)

    tab = compiled.Table({}, {}, int(regex.DEFAULT_VERSION), {compiled.LITERALS: {("listed", 0): ("from table",),
                                                                                  ("none", 0): None}})
    monkeypatch.setitem(compiled._STATE, "table", tab)
    monkeypatch.setitem(compiled._STATE, "loaded", True)
    assert words("listed") == ("from table",) and words("none") is None
    assert words("other") == ("computed",) and words("listed", re.I) == ("computed",)
    assert calls == ["other", "listed"]


def test_a_pattern_in_the_table_is_built_from_it_and_one_not_in_it_is_compiled():
    tab = compiled.Table({}, {}, int(regex.DEFAULT_VERSION))
    pattern, flags = r"(?i)\bperf13[ \t]+(?P<n>\d{3})\b", regex.IGNORECASE
    rx_args = compiled._ORIGINAL_REGEX(pattern, flags, False, {}, False)._pickled_data
    tab.rx[(pattern, int(flags))] = rx_args
    tab.sre[(pattern, int(re.I))] = compiled.sre_arguments(pattern, re.I)
    built = tab.regex_pattern(pattern, flags, {})
    assert built is not None and built._pickled_data == rx_args
    assert tab.regex_pattern(pattern, flags, {}) is built  # one object per entry, as regex's own cache gives
    assert built.search("seen by PERF13 042 today").group("n") == "042"
    assert tab.sre_pattern(pattern, re.I).search("perf13 777").group("n") == "777"
    assert (tab.hits, tab.misses) == (3, 0)
    # refused: another pattern, other flags, a named list, locale or debug flags, a bytes pattern, a parsed pattern
    assert tab.regex_pattern(pattern + "x", flags, {}) is None
    assert tab.regex_pattern(pattern, 0, {}) is None
    assert tab.regex_pattern(pattern, flags, {"names": ["a"]}) is None
    assert tab.regex_pattern(pattern, flags | regex.LOCALE, {}) is None
    assert tab.sre_pattern(pattern, re.I | re.DEBUG) is None
    assert tab.sre_pattern(pattern.encode(), re.I) is None
    assert tab.sre_pattern(re._parser.parse(pattern, re.I), re.I) is None
    assert tab.misses == 2  # the refusals before any look-up are not counted


def test_a_table_written_under_other_versions_or_damaged_is_ignored():
    body = ({}, {}, {})
    good = zlib.compress(marshal.dumps((compiled.versions(), *body)))
    assert compiled.read_table(good) is not None
    for key, value in (("regex", "0.0"), ("python", "cpython 3.0.0"), ("unicode", "1.0.0"), ("format", 0)):
        other = {**compiled.versions(), key: value}
        assert compiled.read_table(zlib.compress(marshal.dumps((other, *body)))) is None, key
    assert compiled.read_table(b"not a table") is None
    assert compiled.read_table(good[:-5]) is None


def test_recording_refuses_a_process_that_imported_the_engine_already():
    import cancerprep.stages.deid.engine  # noqa: F401

    with pytest.raises(RuntimeError):
        compiled.record_engine_build(build_engine)


def test_longest_first_is_one_string_whatever_the_order_of_its_words():
    words = ["son", "son-in-law", "aunt", "niece", "uncle", "pa", "pa-c", "wife"]
    assert by_length("niece") < by_length("aunt") < by_length("wife")  # longer first, then a-z
    alternation = longest_first(words)
    assert alternation == longest_first(reversed(words)) == longest_first(set(words))
    order = alternation.split("|")
    assert order.index(re.escape("son-in-law")) < order.index("son")
    assert order.index(re.escape("pa-c")) < order.index("pa")


PROBE = textwrap.dedent("""
    import json, sys
    from cancerprep.stages.deid import compiled
    from cancerprep.stages.deid.engine import Deidentifier
    notes = json.load(open(sys.argv[1]))
    spans = Deidentifier().analyze_many(notes)
    tab = compiled.table()
    print("PROBE " + json.dumps({"spans": [[[s.start, s.end, s.entity_type] for s in one] for one in spans],
                                 "hits": tab.hits if tab else 0}))
""")


def _engine_in_subprocess(tmp_path, env_extra: dict[str, str]) -> dict:
    notes = tmp_path / "notes.json"
    notes.write_text(json.dumps(_notes(40)), encoding="utf-8")
    env = {**{k: v for k, v in os.environ.items() if k != compiled.OFF_ENV}, "PYTHONPATH": str(REPO), **env_extra}
    done = subprocess.run([sys.executable, "-c", PROBE, str(notes)], capture_output=True, text=True, env=env,
                          cwd=tmp_path, timeout=900)
    assert done.returncode == 0, done.stderr[-2000:]
    return json.loads(next(x for x in done.stdout.splitlines() if x.startswith("PROBE "))[6:])


@pytest.mark.slow
def test_the_engine_finds_the_same_spans_with_and_without_the_table(tmp_path):
    with_table = _engine_in_subprocess(tmp_path, {})
    without = _engine_in_subprocess(tmp_path, {compiled.OFF_ENV: "0"})
    assert with_table["hits"] > 500 and without["hits"] == 0
    assert sum(map(len, with_table["spans"])) > 100
    assert with_table["spans"] == without["spans"]


RECORD = textwrap.dedent("""
    import json, tokenize
    from benchmarks.speed.compiled_patterns import build_engine
    from cancerprep.stages.deid import compiled
    rx, sre, derived = compiled.record_engine_build(build_engine)
    keys = [*rx, *sre, *(key for entries in derived.values() for key in entries)]
    # (the standard library's tokenizer builds its string-prefix group from a set: not a pattern of ours)
    print("PROBE " + json.dumps(sorted([p, f] for p, f in keys if tokenize.StringPrefix not in p)))
""")


@pytest.mark.slow
def test_the_engine_compiles_the_same_pattern_strings_under_any_string_hashing(tmp_path):
    """A pattern built from a set in the set's order would differ between processes and never be found in the table."""
    seen = []
    for seed in ("1", "2"):
        env = {**os.environ, "PYTHONPATH": str(REPO), "PYTHONHASHSEED": seed}
        done = subprocess.run([sys.executable, "-c", RECORD], capture_output=True, text=True, env=env, cwd=tmp_path,
                              timeout=900)
        assert done.returncode == 0, done.stderr[-2000:]
        seen.append(json.loads(next(x for x in done.stdout.splitlines() if x.startswith("PROBE "))[6:]))
    assert len(seen[0]) > 500
    assert seen[0] == seen[1]

"""The de-identification patterns built from a packaged table instead of compiled at every start (issue 18).

Importing and building the engine compiles ~750 distinct regular expressions; `regex` and `re` both parse and
translate each one in Python: about 0.9 CPU-s a process, a third of a one-note `cancerprep deid`. The result is a few
plain values handed to the C constructors (`_regex.compile`, `_sre.compile`). `data/deid/compiled_patterns.bin`
keeps those values for every pattern string the engine compiles while it is imported and built (never a pattern made
from a note: the table is written without reading any). `install()`, called when `cancerprep.stages.deid` is
imported, puts a look-up in front of both compilers: a pattern in the table is built from its values, as the compiler
built it in the process that wrote the table. For `re` that is bit for bit what it builds now. `regex` lists a few
sets in its code in an order that differs from process to process (the same bytes, reordered), so its entries are one
of the forms it builds anyway. `tests/stages/deid/test_compiled.py` compares every entry with a fresh compile (the
same code for `re`; for `regex` the same fields and code bytes, and the same matches on real notes). Any other
pattern is compiled as before. The whole table is ignored under another Python, `regex` or Unicode version.
Two pure functions of a pattern that start-up calls ~180 times each, base.py's `compile_for_search` and
`required_literals` (~0.17 CPU-s), are answered from the table too (`tabled`).

A stale table costs start-up time only, never a different result: a changed pattern is a different string, so it is
compiled as before. Rewrite it after the recognisers change (`python -m benchmarks.speed.compiled_patterns --write`;
`--check` reports how many of the engine's compiles it answers). CANCERPREP_COMPILED_PATTERNS=0 switches it off.
"""

from __future__ import annotations

import _sre
import functools
import marshal
import os
import re
import sys
import unicodedata
import zlib
from collections.abc import Callable
from typing import Any

import regex
import regex._main as regex_main
from regex import _regex

from cancerprep import resources

TABLE_FILE = "deid/compiled_patterns.bin"
OFF_ENV = "CANCERPREP_COMPILED_PATTERNS"
FORMAT = 2
SEARCH, LITERALS = "search", "literals"  # the `tabled` functions of recognizers/base.py
# what the compilers' output depends on besides the pattern and its flags; any difference: the table is not used
_SKIPPED_FLAGS_RE = re.DEBUG | re.LOCALE
_SKIPPED_FLAGS_REGEX = regex.DEBUG | regex.LOCALE


def versions() -> dict[str, Any]:
    """The interpreter's and the compilers' versions the table was written under (its header)."""
    return {"format": FORMAT, "python": f"{sys.implementation.name} {'.'.join(map(str, sys.version_info[:3]))}",
            "sre_magic": _sre.MAGIC, "sre_codesize": _sre.CODESIZE,
            "unicode": unicodedata.unidata_version, "regex": regex.__version__,
            "regex_default_version": int(regex.DEFAULT_VERSION)}


class Table:
    """The constructor values per (pattern, flags), one dict per compiler, and the `tabled` functions' entries;
    `hits`/`misses` count look-ups."""

    def __init__(self, rx: dict[tuple[str, int], tuple], sre: dict[tuple[str, int], tuple], default_version: int,
                 derived: dict[str, dict[tuple[str, int], Any]] | None = None):
        self.rx, self.sre, self.default_version = rx, sre, default_version
        self.derived = derived or {}  # `tabled` functions' results (or, for SEARCH, constructor values) per pattern
        self.hits = self.misses = 0
        self._built: dict[tuple[str, int], Any] = {}  # one `regex` object per entry, as `regex`'s own cache keeps

    def regex_pattern(self, pattern: object, flags: int, kwargs: dict) -> Any | None:
        """The `regex` pattern object for an entry, or None (not in the table, or a named list, debug or locale)."""
        if kwargs or not isinstance(pattern, str) or flags & _SKIPPED_FLAGS_REGEX:
            return None
        key = (pattern, int(flags))
        built = self._built.get(key)
        if built is None:
            args = self.rx.get(key)
            if args is None or regex.DEFAULT_VERSION != self.default_version:  # a caller may change `regex`'s default
                self.misses += 1
                return None
            built = self._built[key] = _regex.compile(*args)
        self.hits += 1
        return built

    def sre_pattern(self, pattern: object, flags: int) -> Any | None:
        """The stdlib pattern object for an entry, or None (`re` keeps its own cache in front of this)."""
        if not isinstance(pattern, str) or flags & _SKIPPED_FLAGS_RE:
            return None
        args = self.sre.get((pattern, int(flags)))
        if args is None:
            self.misses += 1
            return None
        self.hits += 1
        return _sre.compile(*args)


_STATE: dict[str, Any] = {"table": None, "loaded": False, "recording": None}
_ORIGINAL_REGEX: Callable[..., Any] = regex_main._compile
_ORIGINAL_SRE: Callable[..., Any] = re._compiler.compile


def read_table(blob: bytes) -> Table | None:
    """The table in `blob`, or None when it was written under other versions or cannot be read."""
    try:
        header, rx, sre, derived = marshal.loads(zlib.decompress(blob))
    except (ValueError, EOFError, TypeError, zlib.error):
        return None
    if header != versions():
        return None
    return Table(rx, sre, header["regex_default_version"], derived)


def table() -> Table | None:
    """The packaged table, read on the first compile after `install()` (None: absent, other versions, or off)."""
    if not _STATE["loaded"]:
        _STATE["loaded"] = True
        if _switched_off():
            return None
        try:
            blob = resources.data(TABLE_FILE).read_bytes()
        except OSError:
            blob = b""
        _STATE["table"] = read_table(blob) if blob else None
    return _STATE["table"]


def _regex_compile(pattern, flags, ignore_unused, kwargs, cache_it):
    """`regex._main._compile` with the table's answer first."""
    tab = None if _STATE["recording"] is not None else table()
    if tab is not None:
        built = tab.regex_pattern(pattern, flags, kwargs)
        if built is not None:
            return built
    compiled = _ORIGINAL_REGEX(pattern, flags, ignore_unused, kwargs, cache_it)
    if _STATE["recording"] is not None:
        _record_regex(pattern, flags, kwargs, compiled)
    return compiled


def _sre_compile(p, flags=0):
    """`re._compiler.compile` with the table's answer first (a parsed pattern, as `compile_for_search` passes, is
    compiled as before)."""
    tab = None if _STATE["recording"] is not None else table()
    if tab is not None:
        built = tab.sre_pattern(p, flags)
        if built is not None:
            return built
    compiled = _ORIGINAL_SRE(p, flags)
    if _STATE["recording"] is not None:
        _record_sre(p, flags, compiled)
        if not isinstance(p, str | bytes):  # a parse tree (`compile_for_search`): its values, for `tabled`
            _STATE["tree_values"] = _tree_arguments(p, flags, compiled)
    return compiled


def _switched_off() -> bool:
    return os.environ.get(OFF_ENV, "") in ("0", "off", "false")


def install() -> None:
    """Put the look-ups in front of both compilers (once; not when CANCERPREP_COMPILED_PATTERNS=0). The table is read
    at the first compile."""
    if _switched_off() or regex_main._compile is _regex_compile:
        return
    regex_main._compile = _regex_compile
    re._compiler.compile = _sre_compile


def uninstall() -> None:
    """Both compilers as they were (tests)."""
    regex_main._compile = _ORIGINAL_REGEX
    re._compiler.compile = _ORIGINAL_SRE


# -- writing the table -------------------------------------------------------------------------------------------
def _record_regex(pattern, flags, kwargs, compiled) -> None:
    args = compiled._pickled_data  # what `regex` pickles a pattern as: its constructor's arguments
    if kwargs or not isinstance(pattern, str) or flags & _SKIPPED_FLAGS_REGEX or args[1] & _SKIPPED_FLAGS_REGEX:
        return
    _STATE["recording"][0][(pattern, int(flags))] = args


def sre_arguments(pattern: str, flags: int) -> tuple:
    """The arguments `re._compiler.compile` hands `_sre.compile` for `pattern` (its own steps, as plain values)."""
    parsed = re._parser.parse(pattern, flags)
    code = re._compiler._code(parsed, flags)
    groupindex = parsed.state.groupdict
    indexgroup = [None] * parsed.state.groups
    for name, index in groupindex.items():
        indexgroup[index] = name
    return (pattern, int(flags | parsed.state.flags), [int(c) for c in code], int(parsed.state.groups - 1),
            dict(groupindex), tuple(indexgroup))


def _tree_arguments(tree, flags: int, compiled) -> tuple | None:
    """The values `_sre.compile` got for a parse tree (pattern None), if they rebuild `compiled` exactly."""
    try:
        code = re._compiler._code(tree, flags)
        indexgroup = [None] * tree.state.groups
        for name, index in tree.state.groupdict.items():
            indexgroup[index] = name
        args = (None, int(flags | tree.state.flags), [int(c) for c in code], int(tree.state.groups - 1),
                dict(tree.state.groupdict), tuple(indexgroup))
    except Exception:
        return None
    return args if _sre.compile(*args) == compiled else None


def tabled(kind: str) -> Callable[[Callable[..., Any]], Callable[..., Any]]:
    """Decorator for a pure function of (pattern, flags) that start-up calls for many patterns: its answer read from
    the table's `kind` entries. LITERALS keeps the result itself; SEARCH (a pattern compiled from a rewritten parse
    tree) keeps the values for `_sre.compile`, recorded from the tree's compile and kept only if they rebuild the
    same pattern. Anything not in the table: the function runs."""
    def wrap(fn: Callable[..., Any]) -> Callable[..., Any]:
        @functools.wraps(fn)
        def answered(pattern: str, flags: int = 0) -> Any:
            key = (pattern, int(flags))
            recording = _STATE["recording"]
            if recording is None:
                tab = table()
                entries = tab.derived.get(kind) if tab is not None else None
                if entries is not None and isinstance(pattern, str) and key in entries:
                    tab.hits += 1
                    return _sre.compile(*entries[key]) if kind == SEARCH else entries[key]
                return fn(pattern, flags)
            _STATE["tree_values"] = None
            result = fn(pattern, flags)
            entry = _STATE["tree_values"] if kind == SEARCH else result
            if isinstance(pattern, str) and (entry is not None or kind != SEARCH):
                recording[2].setdefault(kind, {})[key] = entry
            return result
        return answered
    return wrap


def _record_sre(p, flags, compiled) -> None:
    if not isinstance(p, str) or flags & _SKIPPED_FLAGS_RE:
        return
    args = sre_arguments(p, flags)
    if _sre.compile(*args) == compiled:  # equal flags, pattern and code: the table would build this very object
        _STATE["recording"][1][(p, int(flags))] = args


def record_engine_build(build: Callable[[], object]) -> tuple[dict, dict, dict]:
    """Every pattern compiled while `build` imports the engine's modules and builds a default engine, in a process
    that has not imported them yet: ({(pattern, flags): regex values}, {(pattern, flags): sre values},
    {kind: {(pattern, flags): entry}} of the `tabled` functions). The caller passes the build
    (`benchmarks.speed.compiled_patterns.build_engine`), so this module imports nothing of the engine it serves."""
    if any(name.startswith("cancerprep.stages.deid.") and name != __name__ for name in sys.modules):
        raise RuntimeError("record_engine_build needs a process that has not imported the engine yet")
    install()
    _STATE["recording"] = ({}, {}, {})
    try:
        build()
        return _STATE["recording"]
    finally:
        _STATE["recording"] = None


def write_table(path: str, build: Callable[[], object]) -> tuple[int, int]:
    """Record the compiles of `build` (see `record_engine_build`) and write them to `path`; returns the (regex, sre)
    entry counts."""
    rx, sre, derived = record_engine_build(build)
    blob = zlib.compress(marshal.dumps((versions(), dict(sorted(rx.items())), dict(sorted(sre.items())),
                                        {k: dict(sorted(v.items())) for k, v in derived.items()})), 9)
    with open(path, "wb") as fh:
        fh.write(blob)
    return len(rx), len(sre)

"""Bundled files (JSON Schemas, taxonomy, vocabularies) read through `importlib.resources`.

One place computes where package data lives, so a wheel, an editable install and a zipped
install all find the same files. `schemas/` at the repository top is linked as
`cancerprep/schemas` and, like `cancerprep/data/`, installed as package data.
"""

from __future__ import annotations

import functools
from importlib.resources import files
from importlib.resources.abc import Traversable


def _join(root: Traversable, relative: str) -> Traversable:
    for part in relative.split("/"):
        root = root.joinpath(part)
    return root


def schema(relative: str) -> Traversable:
    """A file under schemas/ (e.g. `stages/deid.schema.json`, `taxonomy.yaml`)."""
    return _join(files("cancerprep") / "schemas", relative)


def data(relative: str) -> Traversable:
    """A file under cancerprep/data/ (e.g. `deid/medical_vocab.txt`)."""
    return _join(files("cancerprep") / "data", relative)


def data_lines(relative: str) -> list[str]:
    """The lines of a packaged vocabulary file under cancerprep/data/, stripped, without blank lines or the `#`
    lines that name the file's source."""
    text = data(relative).read_text(encoding="utf-8")
    return [line.strip() for line in text.splitlines() if line.strip() and not line.startswith("#")]


@functools.cache
def english_word_freq() -> dict[str, int]:
    """Everyday-English word counts, lower-case: pyspellchecker's English list, read straight from its
    gzipped JSON (what `SpellChecker()` loads, without building a checker: ~half the cost, paid once per
    process). De-identification (safe words) and coding (initialisms that are English words) share it."""
    import gzip
    import json
    import pkgutil

    raw = pkgutil.get_data("spellchecker", "resources/en.json.gz")
    if raw is None:
        raise FileNotFoundError("pyspellchecker's English word list (spellchecker/resources/en.json.gz)")
    return json.loads(gzip.decompress(raw))

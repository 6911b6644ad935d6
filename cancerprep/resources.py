"""Bundled files (JSON Schemas, taxonomy, vocabularies) read through `importlib.resources`.

One place computes where package data lives, so a wheel, an editable install and a zipped
install all find the same files. `schemas/` at the repository top is linked as
`cancerprep/schemas` and, like `cancerprep/data/`, installed as package data.
"""

from __future__ import annotations

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

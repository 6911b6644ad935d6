"""The FHIR and OMOP demo recipes validate and their inputs yield the same notes as the CSV demo."""

from __future__ import annotations

import polars as pl
import pytest

from cancerprep.readers import read_input
from cancerprep.recipe import load_recipe
from tests.paths import REPO

RECIPES = REPO / "recipes"


def _notes(recipe: str) -> pl.DataFrame:
    frames = [c.frame for spec in load_recipe(RECIPES / recipe).inputs for c in read_input(spec) if c.kind == "notes"]
    return pl.concat(frames).select("note_id", "patient_id", "note_type", "text").sort("note_id")


@pytest.mark.parametrize("recipe, kind", [("demo-fhir.yaml", "fhir"), ("demo-omop.yaml", "omop")])
def test_demo_form_recipes_read_the_sample(recipe, kind):
    loaded = load_recipe(RECIPES / recipe)
    assert [spec.kind for spec in loaded.inputs] == [kind]
    assert _notes(recipe).equals(_notes("demo.yaml"))

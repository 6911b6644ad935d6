"""Every bundled recipe validates (stage and task options included) and keeps its promises."""

from __future__ import annotations

import pytest

from cancerprep.recipe import load_recipe
from tests.paths import REPO

RECIPES = REPO / "recipes"


BUNDLED = ("demo", "demo-fhir", "demo-omop", "cancerllm", "leukemia-literature", "site-template")


@pytest.mark.parametrize("name", BUNDLED)
def test_bundled_recipe_validates(name: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("CANCERPREP_OMOP_URL", "postgresql+psycopg://reader:secret@db.internal:5432/omop")
    recipe = load_recipe(RECIPES / f"{name}.yaml")
    assert recipe.name == ("my-site" if name == "site-template" else name)
    for spec in recipe.inputs:
        assert spec.url is not None or spec.path.exists(), spec


def test_paper_recipe_matches_the_cancerllm_setup() -> None:
    r = load_recipe(RECIPES / "cancerllm.yaml")
    assert [name for name, _ in r.stages][:2] == ["deid", "sort"]
    assert set(r.tasks) == {"pretrain", "phenotype", "diagnosis"}
    assert r.tasks["pretrain"]["block_size"] == 3000
    assert r.tasks["diagnosis"]["max_input_tokens"] == 1500
    assert sorted(v["kind"] for v in r.raw["variants"]) == ["counterfactual", "misspell"]
    assert r.split["stratify"] == "cancer_type" and "dedup" in r.raw


def test_site_template_reads_omop_from_env_and_key_from_file(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.delenv("CANCERPREP_OMOP_URL", raising=False)
    with pytest.raises(Exception, match="CANCERPREP_OMOP_URL"):
        load_recipe(RECIPES / "site-template.yaml")
    monkeypatch.setenv("CANCERPREP_OMOP_URL", "postgresql+psycopg://reader:secret@db.internal:5432/omop")
    r = load_recipe(RECIPES / "site-template.yaml")
    assert r.inputs[0].kind == "omop" and "secret" not in r.inputs[0].display()
    assert r.key_file is not None and not str(r.key_file).startswith(str(RECIPES))
    assert next(name for name, _ in r.stages) == "deid"


def test_leukemia_literature_recipe_filters_to_leukemia_and_adds_abstracts() -> None:
    r = load_recipe(RECIPES / "leukemia-literature.yaml")
    pretrain = r.tasks["pretrain"]
    assert pretrain["cancer_types"] == ["leukemia"]
    assert all(r.resolve(src["path"]).is_file() for src in pretrain["literature"])
    assert "sort" in [name for name, _ in r.stages]

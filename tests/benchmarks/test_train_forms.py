"""The blind forms as a training source (`train_deid_model --forms-tuning`): only tuning-part forms of the listed
families are rendered (never a check-part form, never forms/oncology.py), by the probe's own rendering, into note
text the probe never hosts its lines in, with values the forms do not mark kept unknown."""

import hashlib
import random

import pytest

from benchmarks.quality import forms_probe, train_deid_model
from cancerprep.sample import planted
from cancerprep.stages.deid import training
from tests.paths import SHARED_DATA


def _group(template: str) -> str:
    return "form-" + hashlib.sha256(template.encode("utf-8")).hexdigest()[:12]


def test_render_fills_is_render_and_places_every_slot_value() -> None:
    forms = forms_probe.load_forms()
    for template in (t for v in forms.values() for t in v):
        a, b = random.Random(template), random.Random(template)
        line, gold, fills = forms_probe.render_fills(template, a)
        assert (line, gold) == forms_probe.render(template, b), template
        assert len(fills) == len(forms_probe._SLOT.findall(template)), template
        assert all(line[x:y] and "{" not in line[x:y] for x, y in fills), template


def test_fresh_stems_never_draw_a_pool_stem_and_leave_other_forms_alone() -> None:
    """`--fresh-stems` (the memorisation check of a model trained on the forms) fills each stem slot with a value no
    training rendering draws; forms without a stem slot render exactly as without the option."""
    drawn = 0
    for template in (t for v in forms_probe.load_forms().values() for t in v):
        slots = forms_probe._SLOT.findall(template)
        line, gold, fills = forms_probe.render_fills(template, random.Random(template), fresh_stems=True)
        if not set(slots) & forms_probe._FRESH.keys():
            assert (line, gold, fills) == forms_probe.render_fills(template, random.Random(template)), template
            continue
        for slot, (x, y) in zip(slots, fills, strict=True):
            if slot in forms_probe._FRESH:
                pool = {s.lower() for s in forms_probe._PLACE_POOLS[forms_probe._FRESH[slot]]}
                assert line[x:y] and line[x:y].lower() not in pool, template
                drawn += 1
    assert drawn > 200


@pytest.fixture(scope="module")
def sources() -> list[str]:
    return planted.load_sources(SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv")


@pytest.fixture(scope="module")
def examples(sources) -> list[training.TrainExample]:
    return train_deid_model.forms_tuning(1, 0, set(planted.used_sources(sources)), sources)


def test_only_tuning_forms_of_the_listed_families(examples) -> None:
    assert "oncology" not in train_deid_model.FORM_MODULES
    listed = forms_probe.load_forms(modules=list(train_deid_model.FORM_MODULES))
    tuning = [_group(t) for v in forms_probe.select_part(listed, "tuning").values() for t in v]
    check = {_group(t) for v in forms_probe.select_part(forms_probe.load_forms(), "check").values() for t in v}
    assert sorted(ex.group for ex in examples) == sorted(tuning) and not set(tuning) & check


def test_spans_are_typed_and_unknown_values_are_not_gold(examples) -> None:
    assert all(ex.spans for ex in examples)
    assert {label for ex in examples for *_, label in ex.spans} <= set(training.LABELS)
    for ex in examples:
        for a, b in ex.missing:
            assert not any(a < e and s < b for s, e, _ in ex.spans)
    assert sum(bool(ex.missing) for ex in examples) > len(examples) // 10


def test_host_text_is_never_a_probe_or_planted_note(examples, sources) -> None:
    """The text around each form line comes from notes neither the probe (its hosts) nor the planted benchmark uses."""
    used, probe = planted.used_sources(sources), set(forms_probe.host_notes(sources))
    allowed = [s for k, s in enumerate(sources) if k not in used and s not in probe]
    assert allowed
    for ex in examples[::25]:
        form_line = ex.text.count("\n", 0, ex.spans[0][0])
        host = [line for k, line in enumerate(ex.text.split("\n")) if k != form_line and len(line) > 40]
        assert host and all(any(line in s for s in allowed) for line in host)

"""A name's list neighbours (`consistency._joined_names`, run by `consistency.spread`): a word a slash or "and"
joins to a found name, written in the same case and shaped as a name, is a name too; clinical words joined to a
name, or names joined to clinical words, are not. Lines written for the class, not from any benchmark's forms."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid import consistency
from tests.stages.deid.test_consistency import S, span_of


def _joined(text: str, name: str) -> list[str]:
    spans = [span_of(text, name)]
    return [text[a:b] for a, b, _ in consistency.spread(text, spans, consistency.seeds(text, spans))
            if text[a:b].lower() != name.lower()]


@pytest.mark.parametrize(("text", "name", "joined"), [
    ("Slides shown to Okonkwo/Lindqvist at the conference.", "Okonkwo", ["Lindqvist"]),
    ("Covered by Quenby/Halvorsen/Ferrante overnight.", "Quenby", ["Halvorsen", "Ferrante"]),
    ("Co-signed by Halvorsen and Quenby.", "Quenby", ["Halvorsen"]),
    ("SEEN BY DRS OKONKWO/FERRANTE.", "OKONKWO", ["FERRANTE"]),
    ("Charts for Quenby/Fortune reviewed.", "Quenby", ["Fortune"]),  # an everyday-word name: slash and capital
])
def test_list_neighbours_of_a_name_are_names(text: str, name: str, joined: list[str]) -> None:
    assert _joined(text, name) == joined


@pytest.mark.parametrize(("text", "name"), [
    ("Quenby on heparin/nitro drips and Lasix.", "Quenby"),  # clinical words joined to each other, not to the name
    ("Seen by Quenby and staff; Quenby/RN aware.", "Quenby"),  # role words and credentials
    ("Family: Quenby and wife at bedside.", "Quenby"),  # a relation word
    ("Okonkwo/hospice discussed.", "Okonkwo"),  # a lower-case word after a capitalised name
    ("Quenby and Grace agreed.", "Quenby"),  # an everyday-word name joined by "and" only
    ("Quenby/OSA clinic.", "Quenby"),  # shorthand no census lists
    ("notes from f-micu/quenby/ccu teams", "quenby"),  # a unit's shorthand, hyphenated or not
])
def test_clinical_neighbours_are_not_names(text: str, name: str) -> None:
    assert _joined(text, name) == []


def test_neighbours_need_a_found_name() -> None:
    text = "Okonkwo/Lindqvist"
    assert consistency.spread(text, [S(0, 0, "LOCATION")], consistency.Seeds()) == []

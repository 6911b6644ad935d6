"""The registry the engine uses: every clinical recognizer, in a fixed order.

This is the only module that imports the implementations; the shared modules
(base, words, tokens, context) never import it, so a new recognizer is one new
file plus one line in `build_recognizers`.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from cancerprep.stages.deid.recognizers.address import address_recognizer
from cancerprep.stages.deid.recognizers.age import age_recognizer
from cancerprep.stages.deid.recognizers.backstop import NamesBackstopRecognizer
from cancerprep.stages.deid.recognizers.contact import contact_recognizer
from cancerprep.stages.deid.recognizers.dates import date_recognizer
from cancerprep.stages.deid.recognizers.dictation import dictation_recognizer
from cancerprep.stages.deid.recognizers.identity import IdentityRecognizer
from cancerprep.stages.deid.recognizers.ids import id_recognizer
from cancerprep.stages.deid.recognizers.initials import initials_recognizer
from cancerprep.stages.deid.recognizers.locations import LocationRecognizer
from cancerprep.stages.deid.recognizers.names import NameRecognizer
from cancerprep.stages.deid.recognizers.profession import profession_recognizer


def build_recognizers() -> list[EntityRecognizer]:
    """The default clinical recognizers (rules and vocabularies; no model). The IdentityRecognizer
    finds nothing unless the engine hands it the note's identity."""
    return [date_recognizer(), age_recognizer(), contact_recognizer(), id_recognizer(),
            address_recognizer(), initials_recognizer(), dictation_recognizer(), *profession_recognizer(),
            NameRecognizer(), LocationRecognizer(), IdentityRecognizer(), NamesBackstopRecognizer()]


class OrderedRegistry(RecognizerRegistry):
    """Presidio's registry returns recognizers from a set, so their order (and which one is
    credited when two find the same span with the same score) varies between processes.
    Sorting by name makes the analysis, and the stats built from it, the same everywhere."""

    def get_recognizers(self, *args: Any, **kwargs: Any) -> list[EntityRecognizer]:
        """Presidio's selection sorted by name, so every process runs and credits the
        recognizers in the same order (see the class doc)."""
        found = super().get_recognizers(*args, **kwargs)
        return sorted(found, key=lambda r: (r.name, type(r).__name__, tuple(r.supported_entities)))


def build_registry(extra: Iterable[EntityRecognizer] = ()) -> RecognizerRegistry:
    """A Presidio registry holding the clinical recognizers (and e.g. an NER recognizer)."""
    registry = OrderedRegistry(supported_languages=["en"])
    for rec in [*build_recognizers(), *extra]:
        registry.add_recognizer(rec)
    return registry

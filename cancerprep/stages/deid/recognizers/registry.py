"""The registry the engine uses: every clinical recognizer, in a fixed order.

This is the only module that imports the implementations; the shared modules
(base, words, tokens, context) never import it, so a new recognizer is one new
file plus one line in `build_recognizers`.
"""

from __future__ import annotations

from collections.abc import Iterable

from presidio_analyzer import EntityRecognizer, RecognizerRegistry

from cancerprep.stages.deid.recognizers.address import address_recognizer
from cancerprep.stages.deid.recognizers.admin_forms import AdminFormsRecognizer
from cancerprep.stages.deid.recognizers.age import age_recognizer
from cancerprep.stages.deid.recognizers.backstop import NamesBackstopRecognizer
from cancerprep.stages.deid.recognizers.care_sites import CareSitesRecognizer
from cancerprep.stages.deid.recognizers.chart_tables import ChartTablesRecognizer
from cancerprep.stages.deid.recognizers.contact import contact_recognizer
from cancerprep.stages.deid.recognizers.dates import date_recognizer
from cancerprep.stages.deid.recognizers.dictation import dictation_recognizer
from cancerprep.stages.deid.recognizers.field_cells import FieldCellsRecognizer
from cancerprep.stages.deid.recognizers.handoff_forms import HandoffFormsRecognizer
from cancerprep.stages.deid.recognizers.identifier_slots import IdentifierSlotsRecognizer
from cancerprep.stages.deid.recognizers.identity import IdentityRecognizer
from cancerprep.stages.deid.recognizers.ids import id_recognizer
from cancerprep.stages.deid.recognizers.initials import initials_recognizer
from cancerprep.stages.deid.recognizers.initials_learned import InitialsLearnedRecognizer
from cancerprep.stages.deid.recognizers.initials_positions import InitialsPositionsRecognizer
from cancerprep.stages.deid.recognizers.initials_slots import InitialsSlotsRecognizer
from cancerprep.stages.deid.recognizers.initials_values import InitialsValuesRecognizer
from cancerprep.stages.deid.recognizers.institutions import InstitutionsRecognizer
from cancerprep.stages.deid.recognizers.locations import LocationRecognizer
from cancerprep.stages.deid.recognizers.names import NameRecognizer
from cancerprep.stages.deid.recognizers.periop_forms import PeriopFormsRecognizer
from cancerprep.stages.deid.recognizers.profession import profession_recognizer
from cancerprep.stages.deid.recognizers.research_forms import ResearchFormsRecognizer
from cancerprep.stages.deid.recognizers.scene import scene_recognizers
from cancerprep.stages.deid.recognizers.ward_forms import WardFormsRecognizer
from cancerprep.stages.deid.recognizers.ward_units import WardUnitsRecognizer
from cancerprep.stages.deid.recognizers.world_names import WorldNamesRecognizer


def build_recognizers() -> list[EntityRecognizer]:
    """The default clinical recognizers (rules and vocabularies; no model). The IdentityRecognizer
    finds nothing unless the engine hands it the note's identity."""
    return [date_recognizer(), age_recognizer(), contact_recognizer(), id_recognizer(),
            address_recognizer(), initials_recognizer(), dictation_recognizer(), *profession_recognizer(),
            NameRecognizer(), LocationRecognizer(), IdentityRecognizer(), NamesBackstopRecognizer(),
            AdminFormsRecognizer(), WardFormsRecognizer(), PeriopFormsRecognizer(), HandoffFormsRecognizer(),
            ResearchFormsRecognizer(), WorldNamesRecognizer(), CareSitesRecognizer(),
            InitialsPositionsRecognizer(), ChartTablesRecognizer(), InstitutionsRecognizer(),
            InitialsSlotsRecognizer(), WardUnitsRecognizer(), *scene_recognizers(), IdentifierSlotsRecognizer(),
            FieldCellsRecognizer(), InitialsLearnedRecognizer(), InitialsValuesRecognizer()]


class OrderedRegistry(RecognizerRegistry):
    """Presidio's registry returns recognizers from a set, so their order (and which one is
    credited when two find the same span with the same score) varies between processes.
    Sorting by name makes the analysis, and the stats built from it, the same everywhere."""

    # the last request and its answer: the engine asks the same (language, entities) once a note, and Presidio's
    # selection and the sort cost ~40 us a note; a new request, or another set of recognizers, is selected anew
    _last: tuple[tuple, list[EntityRecognizer]] | None = None

    def get_recognizers(self, language: str, entities: list[str] | None = None, all_fields: bool = False,
                        ad_hoc_recognizers: list[EntityRecognizer] | None = None) -> list[EntityRecognizer]:
        """Presidio's selection sorted by name, so every process runs and credits the
        recognizers in the same order (see the class doc)."""
        key = (language, None if entities is None else tuple(entities), all_fields, tuple(self.recognizers))
        if not ad_hoc_recognizers and self._last is not None and self._last[0] == key:
            return list(self._last[1])
        found = sorted(super().get_recognizers(language, entities, all_fields, ad_hoc_recognizers),
                       key=lambda r: (r.name, type(r).__name__, tuple(r.supported_entities)))
        if not ad_hoc_recognizers:
            self._last = (key, found)
        return list(found)


def build_registry(extra: Iterable[EntityRecognizer] = ()) -> RecognizerRegistry:
    """A Presidio registry holding the clinical recognizers (and e.g. an NER recognizer)."""
    registry = OrderedRegistry(supported_languages=["en"])
    for rec in [*build_recognizers(), *extra]:
        registry.add_recognizer(rec)
    return registry

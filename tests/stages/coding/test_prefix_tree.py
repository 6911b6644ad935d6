"""The coder's vocabulary patterns written as prefix trees find what the flat longest-first alternations found."""

from __future__ import annotations

import random
import re

from cancerprep.stages.coding.taxonomy import load_taxonomy
from cancerprep.stages.coding.textcoder import _prefix_tree


def _flat(names: list[str]) -> str:
    return "|".join(re.escape(n) for n in sorted(names, key=len, reverse=True))


def _matches(alternation: str, text: str) -> list[tuple[tuple[int, int], str]]:
    pattern = re.compile(rf"(?<![\w-])(?i:({alternation}))(?![\w-])")
    return [(m.span(), m.group(1)) for m in pattern.finditer(text)]


def test_nested_names_match_longest_first() -> None:
    names = ["ab", "abc", "abc d", "b-x", "B-X1", "a.b"]
    text = "ab abc abc d abcd b-x B-X1 a.b axb ABC D"
    assert _matches(_prefix_tree(names), text) == _matches(_flat(names), text)
    assert [g for _, g in _matches(_prefix_tree(names), text)] == ["ab", "abc", "abc d", "b-x", "B-X1", "a.b", "ABC D"]


def test_random_vocabularies_agree() -> None:
    rng = random.Random(7)
    letters = "abc -.1"
    for _ in range(200):
        names = sorted({"".join(rng.choice(letters) for _ in range(rng.randint(1, 6))).strip() or "a"
                        for _ in range(rng.randint(1, 12))})
        text = "".join(rng.choice(letters + "ABXY\n") for _ in range(300))
        assert _matches(_prefix_tree(names), text) == _matches(_flat(names), text)


def test_taxonomy_drugs_and_markers_agree() -> None:
    tax = load_taxonomy()
    drugs = sorted({d for t in tax.types for d in t.drugs})
    markers = sorted({m.lower() for t in tax.types for m in t.markers})
    assert len(drugs) > 100 and len(markers) > 50
    rng = random.Random(3)
    words = drugs + markers + ["on", "and", "started", "the", "status", "positive", "-", "(", ")"]
    text = " ".join(rng.choice(words) for _ in range(3000))
    text = text + " " + text.upper()
    for names in (drugs, markers):
        found = _matches(_prefix_tree(names), text)
        assert found == _matches(_flat(names), text)
        assert len(found) > 100

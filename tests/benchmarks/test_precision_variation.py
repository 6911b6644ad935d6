"""`benchmarks.quality.precision_variation`: vocabulary halves split by hash, varied notes that keep their gold PHI
text at the moved offsets, and items drawn from the half varied."""

from __future__ import annotations

import random

from benchmarks.quality import precision_variation as pv

HOST = ("Pt seen by Dr. Quarrington at 0800.\nOn lasix and heparin, INR checked.\n"
        "Lives in Towson with wife.\nAbdomen soft, liver not palpable.\n")


def _gold() -> list[tuple[int, int, str]]:
    return [(HOST.index(w), HOST.index(w) + len(w), t) for w, t in (("Quarrington", "NAME"), ("Towson", "LOCATION"))]


def test_halves_split_every_class_by_hash() -> None:
    seen, held = pv.vocabularies("seen"), pv.vocabularies("held")
    for name in seen:
        assert not set(seen[name].items) & set(held[name].items)
        assert all(pv.half_of(w) == "seen" for w in seen[name].items)
        assert seen[name].items and held[name].items


def test_vary_keeps_gold_text_and_marks_items_of_its_half() -> None:
    gold = _gold()
    for half in pv.HALVES:
        v = pv.vary(HOST, gold, half, random.Random(3), lines=4, share=1.0)
        assert [v.text[a:b] for a, b, _ in v.gold] == [HOST[a:b] for a, b, _ in gold]
        assert v.text != HOST and len(v.items) >= 4
        vocab = pv.vocabularies(half)
        for a, b, cls in v.items:
            item = v.text[a:b]
            assert item.strip() == item and item
            if cls in ("drug", "lab", "anatomy", "shorthand"):
                assert item.lower() in {w.lower() for w in vocab[cls].items}
            assert not any(a < gb and ga < b for ga, gb, _ in v.gold)


def test_vary_is_seeded_and_the_halves_vary_the_same_places() -> None:
    gold = _gold()
    one = pv.vary(HOST, gold, "seen", random.Random(9))
    assert one == pv.vary(HOST, gold, "seen", random.Random(9))
    other = pv.vary(HOST, gold, "held", random.Random(9))
    assert [c for _, _, c in one.items] == [c for _, _, c in other.items]


def test_short_words_are_not_substituted() -> None:
    v = pv.vary("Pt on lasix.\n", [], "seen", random.Random(1), lines=0, share=1.0)
    assert v.text.startswith("Pt on ") and [c for _, _, c in v.items] == ["drug"]


def test_capitals_kept_in_a_note_without_small_letters() -> None:
    v = pv.vary(HOST.upper(), [], "held", random.Random(2), lines=3)
    assert not any(c.islower() for c in v.text)


def test_place_kind_inserts_place_phrases_of_its_half() -> None:
    for half in pv.HALVES:
        v = pv.vary(HOST, _gold(), half, random.Random(4), lines=6, share=0.0, frames=pv.PLACE_FRAMES)
        vocab = pv.vocabularies(half)
        assert len(v.items) == 6 and {c for _, _, c in v.items} <= set(pv.PLACE_FRAMES)
        for a, b, cls in v.items:
            item = v.text[a:b]
            heads = {w.split()[0].lower() for w in vocab[cls].items}
            assert item.split()[0].lower() in heads  # a dose's or a result's number follows its word


def test_place_vocabularies_split_by_hash_and_default_frames_unchanged() -> None:
    assert set(pv.KINDS) == {"vocabulary", "place"} and not set(pv.FRAMES) & set(pv.PLACE_FRAMES)
    seen, held = pv.vocabularies("seen"), pv.vocabularies("held")
    for cls in pv.PLACE_FRAMES:
        assert seen[cls].items and held[cls].items and not set(seen[cls].items) & set(held[cls].items)

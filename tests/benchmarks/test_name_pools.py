"""Re-rendering names from another pool (benchmarks/quality/name_pools.py): every gold span stays on its text, each
name keeps its shape and case, and one word maps to one name."""

from __future__ import annotations

import re

import pytest

from benchmarks.quality import name_pools as npl
from cancerprep.stages.deid.evaluate import Note, Span

TEXT = ("Seen with Dr. SMITH on 3/4/2020 at Mercy Hospital.\n"
        "Patient: Smith, John A  MRN 123456\n"
        "john smith called; J. Smith-Jones signed. Daughter Ngozi visited.\n"
        "Typed by JAS/ab\n")


def _gold() -> list[Span]:
    spans = []
    for pat, etype in ((r"SMITH(?= on)", "HCPName"), (r"3/4/2020", "DATE"), (r"Mercy Hospital", "LOCATION"),
                       (r"Smith, John A", "PTName"), (r"123456", "ID"), (r"john smith", "PTName"),
                       (r"J\. Smith-Jones", "HCPName"), (r"Ngozi", "RelativeProxyName"), (r"JAS/ab", "INITIALS")):
        m = re.search(pat, TEXT)
        assert m
        spans.append(Span("n1", m.start(), m.end(), etype))
    return spans


@pytest.mark.parametrize("pool", ["generator", "world", "words"])
def test_rerender_keeps_spans_aligned_shape_and_case(pool: str) -> None:
    gold = _gold()
    r = npl.rerender(Note("n1", "1", TEXT), gold, npl._renamed, pool, seed=5)
    new = {g.entity_type: r.note.text[g.start:g.end] for g in r.gold}
    old = {g.entity_type: TEXT[g.start:g.end] for g in gold}
    for etype in ("DATE", "LOCATION", "ID", "INITIALS"):  # other spans: the same text at their new offsets
        assert new[etype] == old[etype]
    assert r.note.text.endswith("Typed by JAS/ab\n") and "signed. Daughter " in r.note.text
    hcp = [r.note.text[g.start:g.end] for g in r.gold if g.entity_type == "HCPName"]
    pt = [r.note.text[g.start:g.end] for g in r.gold if g.entity_type == "PTName"]
    assert hcp[0].isupper() and hcp[0] != "SMITH"                       # ALL CAPS kept
    assert re.fullmatch(r"[A-Z][A-Za-z' -]*, [A-Z][A-Za-z' -]* A", pt[0])  # "Last, First M" shape, initial kept
    assert pt[1].islower() and " " in pt[1]                              # lower case kept
    assert hcp[1].startswith("J. ") and "-" in hcp[1]                   # initial and hyphenated surname kept
    surname = pt[0].split(",")[0]
    assert pt[1].split()[-1] == surname.lower()                         # one word, one name, in every case
    assert hcp[0] == npl.replacement("SMITH", "last", pool, 5)[0]
    assert "Smith" not in r.note.text and "smith" not in r.note.text.lower().replace(surname.lower(), "")


def test_rerender_is_deterministic_and_seeded() -> None:
    gold = _gold()
    a = npl.rerender(Note("n1", "1", TEXT), gold, npl._renamed, "world", seed=5)
    b = npl.rerender(Note("n1", "1", TEXT), gold, npl._renamed, "world", seed=5)
    c = npl.rerender(Note("n1", "1", TEXT), gold, npl._renamed, "world", seed=6)
    assert a == b and a.note.text != c.note.text
    assert set(a.regions.values()) <= set(npl.REGIONS)


def test_world_pool_lists_are_real_ascii_names() -> None:
    for locales in npl.REGIONS.values():
        for locale in locales:
            firsts, lasts = npl.faker_locale(locale)
            assert len(firsts) >= 10 and len(lasts) >= 10, locale
            assert "Doe" not in lasts  # Faker's placeholder list is never drawn
            assert all(n.isascii() for n in firsts + lasts)
    assert npl.ascii_fold("Łukasz Wiśniewski") == "Lukasz Wisniewski"


def test_world_accented_pool_keeps_native_diacritics_from_locales_the_model_never_learned() -> None:
    import unicodedata

    learned = {loc for locales in npl.locale_half("train").values() for loc in locales}
    for region, sources in npl.ACCENTED_REGIONS.items():
        assert not set(sources) & learned, region  # no list the name-likeness model learned from
        firsts = [n for s in sources for n in npl.accented_names(s)[0]]
        lasts = [n for s in sources for n in npl.accented_names(s)[1]]
        assert len(firsts) >= 10 and len(lasts) >= 10, region
        for name in firsts + lasts:
            assert not name.isascii() and name == unicodedata.normalize("NFC", name), name
            assert npl.ascii_fold(name).isascii()  # Latin script: every letter has an ASCII spelling


def test_world_accented_pool_rerenders_with_accents_and_aligned_spans() -> None:
    gold = _gold()
    r = npl.rerender(Note("n1", "1", TEXT), gold, npl._renamed, "world_accented", seed=5)
    old = {g.entity_type: TEXT[g.start:g.end] for g in gold}
    names = [r.note.text[g.start:g.end] for g in r.gold if g.entity_type in ("PTName", "HCPName")]
    for g in r.gold:
        if g.entity_type in ("DATE", "LOCATION", "ID", "INITIALS"):
            assert r.note.text[g.start:g.end] == old[g.entity_type]
    assert all(not n.isascii() for n in names)       # every renamed span holds a letter outside ASCII
    assert names[0].isupper() and names[2].islower()  # case kept: "SMITH" -> ALL CAPS, "john smith" -> lower
    assert set(r.regions.values()) <= set(npl.ACCENTED_REGIONS)


def test_forms_probe_draws_world_accented_names() -> None:
    import random

    from benchmarks.quality import forms_probe

    pool = {n for s in npl.ACCENTED_REGIONS.values() for src in s for names in npl.accented_names(src) for n in names}
    for seed in range(5):
        line, gold = forms_probe.render("Seen with [[{F} {L}]] today.", random.Random(seed),
                                        name_pool="world_accented")
        (a, b), = gold
        first, last = line[a:b].split(" ", 1) if line[a:b].count(" ") == 1 else (None, None)
        assert line[a:b] and not line[a:b].isascii()
        if first is not None:
            assert first in pool and last in pool

"""Shared pieces of the identical-output gate tests (perf22, perf24): why: a gate must keep every match of its bare
rule on notes in every case and layout, and on notes holding the rule's own examples."""

from __future__ import annotations

from cancerprep.stages.deid.recognizers.base import finditer


def rewrites(notes: tuple[str, ...]) -> list[str]:
    """A share of the notes as written, in capitals, in small letters, and with the lines run together."""
    return list(notes[::3]) + [n.upper() for n in notes[::7]] + [n.lower() for n in notes[::7]] \
        + [n.replace("\n", "  ") for n in notes[::11]]


def with_examples(notes: tuple[str, ...], examples: list[tuple[str, str]]) -> list[str]:
    """Real notes with the examples (both halves) set in as lines of their own, and in upper and lower case."""
    out = []
    for n, (p, q) in zip(notes[::40], examples * 60, strict=False):
        half = len(n) // 2
        cut = n.rfind("\n", 0, half) + 1
        out += [n[:cut] + p + "\n" + q + "\n" + n[cut:], (n[:cut] + p + "\n" + n[cut:]).upper(),
                (n[:cut] + q + "\n" + n[cut:]).lower()]
    return out


def gate_texts(notes: tuple[str, ...], examples: list[tuple[str, str]]) -> list[str]:
    """The examples' halves alone, the notes' rewrites, and the notes with the examples set in."""
    return [p for p, _ in examples] + [q for _, q in examples] + rewrites(notes) + with_examples(notes, examples)


def same_matches(rule: object, texts: list[str]) -> int:
    """Assert the rule finds on every text what its bare pattern finds; the number of matches (so a test can assert
    the texts exercised it)."""
    hits = 0
    for t in texts:
        got = found(rule, t)
        assert got == found(plain(rule), t)
        hits += len(got)
    return hits


def found(rule: object, text: str) -> list[tuple[tuple[int, int], tuple]]:
    """Every match of a rule (layered or bare) as its span and groups."""
    return [(m.span(), m.groups()) for m in finditer(rule, text)]


def plain(rule: object) -> object:
    """The rule's `regex` pattern without any layer (gate, line anchor)."""
    while not hasattr(rule, "fullmatch"):
        rule = rule.pattern
    return rule

"""Shortcuts of the token recognizers must never change what they find: the shared tokenizer's stdlib scan of an
ASCII note (`tokens._ASCII_TOKEN`) gives the tokens the `regex` scan gives, and the backstop's test of which tokens
may open a person-like position (`backstop.opens_position`, found per note by `position_openers`) skips only tokens
the full rule chain passes over.
Checked on real notes (PhysioNet dev, MTSamples), the bundled sample, and their capitals and lower-case rewrites
(a note without case takes other paths)."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import backstop, locations, tokens


@pytest.fixture(scope="module")
def corpus(real_notes: tuple[str, ...]) -> list[str]:
    notes = list(real_notes)
    return notes + [t.upper() for t in notes[:300]] + [t.lower() for t in notes[:300]]


def _regex_tokens(text: str) -> list[tuple[int, int, str]]:
    """The tokens of the `regex` scan alone (the path non-ASCII notes take)."""
    return [(*m.span(), m.group(0)) for m in tokens._TOKEN.finditer(text)]


def test_the_ascii_scan_gives_the_regex_scans_tokens(corpus: list[str]) -> None:
    texts = [t for t in corpus if t.isascii()]
    # every ASCII character, control characters included ("\x1c"-"\x1f" are no white space to `regex`)
    texts.append("".join(map(chr, range(128))) + " Ann O'Neil-Smith's 12-3 x\x1cy\x1f\x0bz don't '" * 3)
    assert len(texts) > 1500
    for text in texts:
        assert [(*m.span(), m.group(0)) for m in tokens._ASCII_TOKEN.finditer(text)] == _regex_tokens(text)


def test_tokenize_splits_relation_hyphens_on_both_paths() -> None:
    for text in ("DAUGHTER-KRISSY called, Krissy-daughter too; FORMAN-LYONS and daughter-in-law stay",
                 "DAUGHTER-KRISSY called, Krissy-daughter too; FORMAN-LYONS and daughter-in-law stay \u2013 é"):
        words = [t.text for t in tokens.tokenize(text)]
        assert words[:2] == ["DAUGHTER", "-"] and "KRISSY" in words and "Krissy" in words
        assert "FORMAN-LYONS" in words and "daughter-in-law" in words


def test_the_backstop_prefilter_keeps_every_span(corpus: list[str], monkeypatch: pytest.MonkeyPatch) -> None:
    rec = backstop.NamesBackstopRecognizer()

    def spans(text: str) -> list[tuple[int, int, str]]:
        return [(r.start, r.end, r.recognition_metadata["rule"]) for r in rec.analyze(text, [])]

    filtered = [spans(t) for t in corpus]
    monkeypatch.setattr(backstop, "position_openers", lambda toks, text: list(range(1, len(toks))))
    unfiltered = [spans(t) for t in corpus]
    assert sum(map(len, unfiltered)) > 300
    assert filtered == unfiltered


def test_the_openers_found_per_note_are_those_the_per_token_test_lets_through(corpus: list[str]) -> None:
    """`position_openers` (sets and line breaks, once a note) names exactly the tokens `opens_position` passes."""
    texts = [*corpus, "pt\nAnn w / Bo -\n\n x's\n\nDr.\tLee:  ann\n", "\nA", "Bo\n", "", "w/\n/ w / Ann"]
    opened = 0
    for text in texts:
        toks = tokens.tokenize(text)
        per_token = [i for i in range(1, len(toks)) if backstop.opens_position(toks, i, text)]
        assert backstop.position_openers(toks, text) == per_token
        opened += len(per_token)
    assert opened > 10000


def test_the_prefilter_skips_most_tokens_but_not_cues() -> None:
    text = "Seen today. Discussed with Okafor and the wife, Ann, who agrees. Sister's name: Bo"
    toks = tokens.tokenize(text)
    opened = [toks[i].text for i in range(1, len(toks)) if backstop.opens_position(toks, i, text)]
    assert {"Discussed", "Okafor", "wife", "Sister's", "Bo"} <= set(opened)
    assert "today" not in opened and "agrees" not in opened


def test_the_split_abbreviation_scan_finds_the_whole_pattern_s_matches(corpus: list[str]) -> None:
    """The location recognizer scans its hospital-abbreviation pattern's two alternatives apart on an ASCII note
    (`LocationRecognizer._abbreviations`); merged by position they are the whole pattern's matches, in any case."""
    rec = locations.LocationRecognizer()
    texts = [*corpus, *(t.upper() for t in corpus[:300]),
             "seen at GH and to gh, from  gh er, by\tgh; UMMC BMC ETOH H HC MCH (JHH) gh@gh in gh2 into  gh é GBMC"]
    found = 0
    for text in texts:
        fast = [(m.span(), m.group(0)) for m in rec._abbreviations(text)]
        assert fast == [(m.span(), m.group(0)) for m in rec._ABBR.finditer(text)]
        found += len(fast)
    assert found > 1000


@pytest.mark.parametrize(("word", "owner"), [("long's", "long"), ("long’s", "long"), ("md's", "md"), ("longs", None),
                                             ("'s", ""), ("s", None)])
def test_one_possessive_test_for_both_apostrophes(word: str, owner: str | None) -> None:
    assert tokens.possessive(word) is (owner is not None)
    assert tokens.bare(word) == (word if owner is None else owner)

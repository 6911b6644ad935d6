"""perf41 (issue 18): the voter's tokenizer keeps caching chunks after a line break, with the same tokens.

`lazy_specials` withholds the special cases that change no token (`says_nothing`: "\\n", " ", "\\t", "C++"...); spaCy
stops caching a Doc's chunks once a special case was used in it, and "\\n" was one in every excerpt."""

from __future__ import annotations

import polars as pl
import pytest
import spacy

from cancerprep.stages.deid import lazy_specials
from cancerprep.stages.deid.learned_files import model_path
from tests.paths import SAMPLE


@pytest.fixture(scope="module")
def models():
    """The packaged voter with the lazy tokenizer (look-up path throughout) and with spaCy's eager one."""
    saved = lazy_specials.BUDGET
    lazy_specials.BUDGET = 10**12
    path = str(model_path("default"))
    try:
        yield (spacy.load(path, exclude=["tokenizer"], config=lazy_specials.overrides(path)),
               spacy.load(path, exclude=["tokenizer"]))
    finally:
        lazy_specials.BUDGET = saved


def _doc_facts(doc) -> tuple[list, list]:
    return ([(t.text, t.idx, t.whitespace_, t.norm_, t.shape_, t.prefix_, t.suffix_, t.lower_, t.is_space, t.like_num)
             for t in doc], [(e.start_char, e.end_char, e.label_) for e in doc.ents])


def test_withheld_cases_are_the_ones_that_change_no_token(models):
    lazy, _eager = models
    tokenizer = lazy.tokenizer
    assert {"\n", " ", "\t"} <= set(tokenizer.withheld)
    rules = tokenizer.rules
    spacy_tokenizer = tokenizer.tokenizer
    assert lazy_specials.says_nothing(spacy_tokenizer, "\n", rules["\n"])
    for key in ("\xa0", "don't", "Dr.", "a.m.", "'s"):  # a norm, two tokens, or a string the affix rules would cut
        assert key in rules and not lazy_specials.says_nothing(spacy_tokenizer, key, rules[key]), key
    assert not set(tokenizer.withheld) & set(tokenizer.pending)


def test_withheld_cases_give_the_eager_tokens_and_entities(models):
    lazy, eager = models
    notes = pl.read_csv(SAMPLE / "csv" / "notes.csv", n_rows=60)["text"].to_list()
    withheld = list(lazy.tokenizer.withheld)
    texts = [f"Seen by Dr. Smith\n\n{k}\tat  3 p.m.\n({k}) {k}. {k},{k}\n \n{k}" for k in withheld]
    texts += ["line one\nline two\n\tindented  twice   three\n", "  lead", "trail  ", "\n", " \n ", "a\t\tb\n\n\nc"]
    for text in notes + texts + notes:  # the notes twice: the second time from the chunk cache
        assert _doc_facts(lazy(text)) == _doc_facts(eager(text)), text[:40]
    assert "\n" not in lazy.tokenizer.tokenizer.rules  # never added for a text


def test_attributes_read_through_see_every_case(models):
    _lazy, eager = models
    path = str(model_path("default"))
    lazy = spacy.load(path, exclude=["tokenizer"], config=lazy_specials.overrides(path))
    lazy("a first text\nwith a line break")
    assert lazy.tokenizer.withheld
    assert lazy.tokenizer.explain("x") == eager.tokenizer.explain("x")  # read through: every case added first
    assert not lazy.tokenizer.withheld
    assert lazy.tokenizer.tokenizer.rules == eager.tokenizer.rules


# --- the second pass's cues (truecase), identical output ---

def _sample_lines() -> list[str]:
    """Lines of the synthetic sample's notes as written, in capitals and in small letters (restored as the second pass
    restores them), and with a letter outside ASCII."""
    from cancerprep.stages.deid import truecase

    lines = [line for text in pl.read_csv(SAMPLE / "csv" / "notes.csv", n_rows=150)["text"].to_list()
             for line in text.split("\n") if line.strip()]
    out = []
    for line in lines:
        for variant in (line.upper(), line.lower()):
            restored = truecase._org_words_titled(truecase._restored_words(variant))
            out.append(restored[:1].upper() + restored[1:])
    return out + lines + [line.replace("e", "\u00e9") for line in lines[:100]]


def test_place_cues_from_one_split_same_as_a_tuple_a_token() -> None:
    from cancerprep.stages.deid import truecase
    from tests.stages.deid.test_perf39 import _place_cues_reference

    lines = _sample_lines()
    found = 0
    for line in lines:
        for everyday in (True, False):
            got = truecase._place_cues(line, everyday)
            assert got == _place_cues_reference(line, everyday)
            found += len(got)
    assert found > 20  # the lines hold cued proper nouns


def _org_words_titled_reference(line: str) -> str:
    """`truecase._org_words_titled` as written before perf41 (the line's characters listed first)."""
    from cancerprep.stages.deid import truecase as tc

    chars = list(line)
    for m in tc._PROPER_WORD.finditer(line):
        if m.group(0).lower() in tc._KIND_WORDS:
            continue
        pos, starts = m.end(), []
        for _ in range(tc._KINDS_BEFORE_HEAD + 1):
            w = tc._NEXT_WORD.match(line, pos)
            if w is None:
                break
            low = w.group(1).lower()
            starts.append(w.start(1))
            pos = w.end()
            if low in tc._ORG_WORDS:
                for k in starts:
                    chars[k] = chars[k].upper()
                break
            if low not in tc._KIND_WORDS:
                break
    return "".join(chars)


def test_org_words_titled_same_and_a_line_titling_nothing_is_kept() -> None:
    from cancerprep.stages.deid import truecase

    lines = [truecase._restored_words(line.lower()) for line in _sample_lines() if line.isascii()]
    lines += ["Seen at Shell pharmacy", "Alliance rehabilitation hospital", "Heart clinic today"]
    titled = 0
    for line in lines:
        got = truecase._org_words_titled(line)
        assert got == _org_words_titled_reference(line)
        titled += got != line
    assert titled >= 2
    line = "Seen by the Fayette team today"
    assert truecase._org_words_titled(line) is line  # nothing titled: the line itself, no copy


# --- the house-number and prose-street rules searched on the lines holding their street words (address) ---

def _word_lined_rules():
    from cancerprep.stages.deid.recognizers import address
    from cancerprep.stages.deid.recognizers.base import Gated

    rules = address.address_recognizer().rules
    # (a `WordLined` rule may stand behind a gate: the ordinal streets', perf49)
    inner = [pattern.pattern if isinstance(pattern, Gated) else pattern for pattern, *_ in rules]
    return [pattern for pattern in inner if isinstance(pattern, address.WordLined)]


def test_street_rules_are_searched_by_their_lines() -> None:
    assert len(_word_lined_rules()) == 4  # three house-number rules and the prose street after a preposition


def test_word_lined_finds_the_gated_whole_note_matches() -> None:
    from cancerprep.stages.deid.recognizers.base import AlnumWords, Gated, ascii_twin, finditer

    notes = pl.read_csv(SAMPLE / "csv" / "notes.csv")["text"].to_list()
    texts = notes + [t.upper() for t in notes[:200]] + [
        "Lives at 3949-E Meadowlark Ave., Apt 3\n12 Gillis Pike\n1234 W 56th St Apt 4M\nmoved to 8 Elm St",
        "lives off Meadowlark Ave. and on Church Row\n\n408 Quarry Crossing 410 1/2 N. Elm St, Apt 3",
        "Dr. Way saw her. 2 units given.\nno street here 12 Elm\nSt on the next line", "Cañon 12 Elm Street",
        "12 Elm Street", "", "\n\n"]
    found = 0
    for rule in _word_lined_rules():
        for fast in (rule, ascii_twin(rule)):
            gated = Gated(AlnumWords(rule.words), fast.pattern)
            for text in texts:
                got = [m.span() for m in finditer(fast, text)]
                assert got == [m.span() for m in finditer(gated, text)], text[:30]
                found += len(got)
    assert found > 100


def test_word_lined_searches_only_the_lines_holding_a_word() -> None:
    from cancerprep.stages.deid.recognizers.address import WordLined

    class Recorder:
        def __init__(self) -> None:
            self.searched: list[tuple[int, int | None]] = []

        def finditer(self, text: str, pos: int = 0, endpos: int | None = None, timeout: float | None = None):
            self.searched.append((pos, endpos))
            return iter(())

    text = "no word here\n12 Elm Street\nnothing\nthe street, the avenue\nstreetlamp\n"
    recorder = Recorder()
    list(WordLined(frozenset({"street", "avenue"}), recorder).finditer(text))
    second = text.index("12")
    fourth = text.index("the street")
    assert recorder.searched == [(second, text.index("\n", second)), (fourth, text.index("\n", fourth))]
    recorder.searched.clear()
    list(WordLined(frozenset({"street"}), recorder).finditer("caf\u00e9 12 Elm Street"))
    assert recorder.searched == [(0, None)]  # a note with other characters is searched whole

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

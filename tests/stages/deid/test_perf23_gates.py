"""perf23's cheaper layers (issue 18), each exact: world names' `_SUBJECT`, `_KIN_NAME` and `_WITH` tried only where
a whole match starts (`Anchored` on the pattern as it reads a lower-cased ASCII note); the backstop's contact
pre-check on a contact phrase's two last words (`may_be_contact`), its nickname rule gated on a quote before a letter,
its relation-column rule tried at the starts of the lines holding a gap and a relation word, and its position openers
asking for possessives only where an apostrophe may stand. Each must find exactly what the rule without the layer
finds: on written examples (present -> the same matches; the tell removed -> none from either) and on real notes with
upper- and lower-cased and flattened rewrites, with the examples also set inside notes."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import world_names as W
from cancerprep.stages.deid.recognizers.base import Anchored, Gated, LinedStarts, WordAnchored
from cancerprep.stages.deid.recognizers.tokens import tokenize
from tests.stages.deid.rewrites import found, rewrites


def _bare(rule: object) -> object:
    """The rule's own `regex` pattern, without any gate or anchor."""
    while not hasattr(rule, "scanner"):
        rule = rule.pattern
    return rule


def _plain(rule: object, text: str) -> list[tuple[tuple[int, int], tuple]]:
    return [(m.span(), m.groups()) for m in _bare(rule).finditer(text)]


def _with_examples(notes: tuple[str, ...], examples: list[str]) -> list[str]:
    return [n[:len(n) // 2] + "\n" + e + "\n" + n[len(n) // 2:]
            for n, e in zip(notes[::30], examples * 100, strict=False)]


# (rule, a text the rule matches, the same text without what the layer looks for)
EXAMPLES = [
    (W._SUBJECT, "Prayogo arousable to voice.", "Prayogo to voice."),
    (W._SUBJECT, "Plan: Wafeeq Lut asked for water", "Plan: Wafeeq Lut for water"),
    (W._SUBJECT, "0815 Naail in bed 12 overnight", "0815 Naail near bed 12 overnight"),
    (W._SUBJECT, "- Gawati more somnolent today", "- Gawati more today"),
    (W._SUBJECT, "GAWATI IS AGREEABLE TO SNF", "GAWATI IS TO SNF"),
    (W._KIN_NAME, "Baby Gyongyi to NICU", "Gyongyi to NICU"),
    (W._KIN_NAME, "FOB Katica present", "F.O.B. Katica present"),
    (W._KIN_NAME, "her daughter Ann-Marie is here", "her daughter Ann-Marie, here"),
    (W._WITH, "visit with Aniko.", "visit without Aniko."),
    (W._WITH, "discussed the results with Rabi and his wife", "discussed the results and Rabi and his wife"),
    (W._WITH, "SPOKE WITH RABI DIMA ON THE PHONE", "SPOKE TO RABI DIMA ON THE PHONE"),
    (W._WITH, "met with Zoe\nnext line", "met Zoe\nnext line"),
    (B._NICKNAME, 'Robert ("Bob") came', "Robert (Bob) came"),
    (B._NICKNAME, 'his wife "Bunny" called', "his wife Bunny called"),
    (B._RELATION_COLUMN, "Hope Fox        Daughter      555-0100", "Hope Fox Daughter 555-0100"),
    (B._RELATION_COLUMN, "1. Ann Lee\tson", "1. Ann Lee son"),
]


def test_the_layers_are_the_cheaper_kinds() -> None:
    for rule in (W._SUBJECT, W._WITH):
        assert isinstance(rule, Gated) and isinstance(rule.pattern, Anchored)
    assert isinstance(W._KIN_NAME, WordAnchored)  # (perf28: tried at relation words' first runs)
    # (perf38: the relation column's note is asked for a relation's run before its column gap)
    assert isinstance(B._NICKNAME, Gated) and isinstance(B._RELATION_COLUMN.pattern.pattern, LinedStarts)


@pytest.mark.parametrize(("rule", "present", "missing"), EXAMPLES)
def test_examples_match_as_the_plain_rule(rule: object, present: str, missing: str) -> None:
    got = found(rule, present)
    assert got and got == _plain(rule, present)
    assert found(rule, missing) == [] == _plain(rule, missing)


def test_look_alikes_stay_unmatched() -> None:
    """What the rules refuse is still refused: a drug's act, "treated with", a relation word before no person's state,
    a quote after a number."""
    for rule, text in ((W._SUBJECT, "Keytruda held today."), (W._WITH, "treated with Keytruda."),
                       (W._KIN_NAME, "son with fever"), (B._NICKNAME, 'dose 5 "stat"')):
        assert found(rule, text) == [] == _plain(rule, text)


def test_non_ascii_notes_are_searched_whole() -> None:
    for rule, text in ((W._SUBJECT, "Søren arousable to voice."), (W._KIN_NAME, "FOB Zoë present"),
                       (W._WITH, "spoke with Begoña."), (B._NICKNAME, "Robert (“Bob”) came"),
                       (B._RELATION_COLUMN, "Zoë Fox        Daughter")):
        got = found(rule, text)
        assert got and got == _plain(rule, text)


@pytest.mark.parametrize("rule", sorted({r for r, _, _ in EXAMPLES}, key=id))
def test_equals_the_plain_rule_on_real_notes(rule: object, real_notes: tuple[str, ...]) -> None:
    texts = rewrites(real_notes) + _with_examples(real_notes, [p for r, p, _ in EXAMPLES if r is rule])
    for text in texts:
        assert found(rule, text) == _plain(rule, text)


CONTACTS = ["discussed with", "Spoke at length with ", "d/w", "S/W", "talked in detail to", "seen by",
            "consult re:", "Referral regarding", "for referring", "conversation with", "covering for",
            "phone call from", "left an voice message for", "LEFT VOICEMAIL WITH", "according to", "copies sent to",
            "Procedure performed by:", "signed out to", "handed over to", "sign-out given to", "married to",
            "met w/", "call to\n"]


@pytest.mark.parametrize("before", CONTACTS)
def test_contact_precheck_lets_every_contact_through(before: str) -> None:
    assert B._CONTACT.search(before) and B.may_be_contact(before)


def test_contact_precheck_refuses_what_ends_otherwise() -> None:
    for before in ("BP:", "Plan:", "due to", "up to", "plan for", "by mouth by", "went with"):
        assert not B._CONTACT.search(before) and not B.may_be_contact(before)
    assert B.may_be_contact("discussed wïth")  # a non-ASCII string is always searched


def test_contact_precheck_on_real_notes(real_notes: tuple[str, ...]) -> None:
    """Before every word of real notes and their rewrites: wherever `_CONTACT` matches, the pre-check lets it through
    (asked of the strings that end in a contact phrase's last word, as the backstop asks it)."""
    refused = 0
    for text in rewrites(real_notes):
        for tok in tokenize(text):
            before = text[max(0, tok.start - 48):tok.start]
            s = before.rstrip("\n \t:").lower()
            if not tok.is_word or not s.endswith(B._CONTACT_TAILS):
                continue
            if not B.may_be_contact(before):
                refused += 1
                assert not B._CONTACT.search(before)
    assert refused  # the pre-check does rule strings out


def test_position_openers_as_asked_token_by_token(real_notes: tuple[str, ...]) -> None:
    texts = [*rewrites(real_notes), "Ann＇s son called", "the wife's sister, Ann", "spoke w / Ann"]
    for text in texts:
        toks = tokenize(text)
        assert B.position_openers(toks, text) == [i for i in range(1, len(toks)) if B.opens_position(toks, i, text)]

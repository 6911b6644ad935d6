"""perf48 (issue 18): identical-output cuts in the names backstop (its lines in small letters cut by `split`, the line
breaks' tokens found by `map`, the main loop walking its openers rather than every token, the caseless role nouns found
by `map`) and in the address rules. Each must find exactly what the code before perf48 found (kept here): on written
examples at a line's start and end, with CRLF line ends, non-ASCII letters and capitals, and on real notes and their
rewrites. Every example is invented."""

from __future__ import annotations

import bisect
from itertools import compress

import regex as re

from cancerprep.stages.deid.recognizers import address as A
from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers.base import AlnumWords, Gated, ReversedFolded, ascii_twin
from cancerprep.stages.deid.recognizers.tokens import token_lows, tokenize
from tests.stages.deid.rewrites import found, gate_texts, plain, rewrites, same_matches

# --- the code before perf48 -----------------------------------------------------------------------------------
_OLD_CASELESS_LINE = re.compile(r"(?m)^(?=[^\n]*[a-z]{3})[^A-Z\n]+$")


def _old_position_openers(toks: list, text: str) -> list[int]:
    """`position_openers` before perf48 (the line breaks asked one by one)."""
    lows = token_lows(text)
    n = len(lows)
    every = range(n)
    found = set(compress(every, map(B._OPENERS.__contains__, lows)))
    found.update(i for i in every if B.possessive(lows[i]))
    after = [i + 1 for i in compress(every, map(B._OPEN_PREV.__contains__, lows))]
    if "w" in lows:
        after += [i + 1 for i, low in enumerate(lows) if low == "/" and i and lows[i - 1] == "w"]
    if "\n" in text:
        starts = [t.start for t in toks]
        p = text.find("\n")
        while p >= 0:
            i = bisect.bisect_right(starts, p)
            if 0 < i < n and toks[i - 1].end <= p:
                after.append(i)
            p = text.find("\n", p + 1)
    found.update(i for i in after if i < n and toks[i].is_word)
    found.discard(0)
    return sorted(found)


def _old_caseless_role_names_heads(toks: list) -> list[int]:
    """The role nouns `_caseless_role_names` looked at before perf48 (every token but the last asked)."""
    return [i for i, t in enumerate(toks[:-1]) if t.low in B._ROLE_NOUNS]


def _texts(real_notes: tuple[str, ...]) -> list[str]:
    """The notes' rewrites, CRLF copies, copies with non-ASCII letters and capitals, and the written edges."""
    return (rewrites(real_notes) + [n.replace("\n", "\r\n") for n in real_notes[::13]]
            + ["Zoë İı ſ \u212a ẞ\n" + n for n in real_notes[::17]] + EDGES)


EDGES = [
    "", "\n", "\n\n", "abc", "ABC", "\nabc\n", "seen today\n\nwife ann at bedside\n", "Seen.\r\nwife ann here\r\n",
    "Dr. Ann Lee saw him.\nson will call back", "  \n  Kwame is a 63-year-old man.\n", "ab\nabc\nAbc\nabC",
    "zoë was here\nZoë was here\nwent home ÉTÉ\n", "nurse:\nann lee, rn", "Discussed with\nhis wife, Hope, today.",
    "spoke w/ daughter ann\nd/w son\n", "the daughter's name is Ann", "Drs. Achebe and Okafor, Ed and Bo came.",
    "CIRCULATING NURSE ROGER.\nOUR INTERPRETER, SEAN, WAS PRESENT\nINTERPRETER", "x\n\tnurse ann\n",
]


# --- the backstop ---------------------------------------------------------------------------------------------
def test_lines_in_small_letters_are_the_pattern_s_matches(real_notes: tuple[str, ...]) -> None:
    hits = 0
    for text in _texts(real_notes):
        got = B.caseless_lines(text)
        assert got == [m.span() for m in _OLD_CASELESS_LINE.finditer(text)]
        hits += len(got)
    assert hits > 100
    assert B.caseless_lines("Seen.\r\nwife ann here\r\n") == [(7, 21)]  # the "\r" stays on its line, as `$` reads


def test_position_openers_are_those_found_before(real_notes: tuple[str, ...]) -> None:
    for text in _texts(real_notes):
        toks = tokenize(text)
        assert B.position_openers(toks, text) == _old_position_openers(toks, text)
    text = "seen\n\nwife ann\nmet \n \n Ann"
    assert B.position_openers(tokenize(text), text) == [1, 3, 4]  # a line's first word, once after two breaks


def test_no_token_holds_a_line_break(real_notes: tuple[str, ...]) -> None:
    # (what the line breaks' tokens are found by: a break lies between two tokens)
    for text in _texts(real_notes)[::5]:
        assert not any("\n" in t.text for t in tokenize(text))


def test_caseless_role_nouns_are_found_as_before(real_notes: tuple[str, ...]) -> None:
    hits = 0
    for text in _texts(real_notes):
        toks = tokenize(text)
        heads = list(compress(range(len(toks) - 1), map(B._ROLE_NOUNS.__contains__, token_lows(text))))
        assert heads == _old_caseless_role_names_heads(toks)
        hits += len(heads)
    assert hits > 50
    text = "CIRCULATING NURSE ROGER.\nOUR INTERPRETER, SEAN, WAS PRESENT\nINTERPRETER"
    assert [text[a:b] for a, b in B._caseless_role_names(tokenize(text), text)] == ["ROGER", "SEAN"]


def test_the_main_loop_goes_on_past_a_name_to_the_next_opener(backstop: B.NamesBackstopRecognizer) -> None:
    # a list after a strong cue: the loop resumes after the last name, at an opener inside the note's next sentence
    text = "Seen by Drs. Achebe and Okafor, then son Will called. Wife Hope was told."
    spans = sorted((r.start, r.end) for r in backstop.analyze(text, ["NAME"]))
    assert [text[a:b] for a, b in spans] == ["Achebe", "Okafor", "Will", "Hope"]
    # the first token is asked though it follows nothing; a line's first word after a span's end too
    text = "Kwame is a 63-year-old man.\nDr. Ann Lee\nZainab will call back."
    assert [text[r.start:r.end] for r in sorted(backstop.analyze(text, ["NAME"]), key=lambda r: r.start)] == [
        "Kwame", "Ann Lee", "Zainab"]


# --- the address rules ----------------------------------------------------------------------------------------
ADDRESS_EXAMPLES = [
    # (a line a rule matches, a near miss beside it)
    ("She lives on Meadowlark Ave. with her son.", "lives at home with her son"),
    ("Found at her home on Church Row by EMS.", "home on oxygen 2L"),
    ("LIVES OFF   CEDAR HOLLOW RD", "lives off and on with family"),
    ("records from \"BTFP\" were requested", "transferred from 'home' yesterday"),
    ("transferred to 'RRMC' today", "spoke with  \"Ann\" about it"),
    ("Lot 48, Meadowlark Mobile Home Park", "mobile home at the park"),
    ("lives at Sunny Acres Trailer Court, space 12", "RV park nearby"),
    ("Resides in a manufactured home community", "trailer hitch injury"),
    ("1234 County Road 12, then U.S. Route 9", "county roads were closed"),
    ("off US Highway 41 near Farm to Market Road 1960", "state route of administration"),
    ("She lives on the Eastern Shore near North Campus.", "central line placed, east side"),
]


def _address_rules(kind: type, gate: type | None = None) -> list:
    rules = [r for r, *_ in A.address_recognizer().rules if isinstance(r, kind)
             and (gate is None or isinstance(r.gate, gate))]
    return rules + [ascii_twin(r) for r in rules]


def test_the_cued_street_rule_is_tried_where_its_cue_ends(real_notes: tuple[str, ...]) -> None:
    rules = _address_rules(A.AfterCue)
    assert len(rules) == 2
    assert same_matches(rules[0], gate_texts(real_notes, ADDRESS_EXAMPLES)) > 10
    for rule in rules:
        for text, _ in ADDRESS_EXAMPLES[:3]:
            assert found(rule, text) == found(plain(rule), text) != []
        text = "lives at  home on Elm Street\nfound\ton Oak Ave"  # a cue's first word after another cue
        assert [m.group(0) for m in rule.finditer(text)] == ["home on Elm Street", "Oak Ave"]
        assert found(rule, text) == found(plain(rule), text)
        assert found(rule, "Zoë lives on Meadowlark Ave.") == found(plain(rule), "Zoë lives on Meadowlark Ave.")


def test_the_quoted_facility_mobile_home_road_and_region_gates(real_notes: tuple[str, ...]) -> None:
    quoted = _address_rules(Gated, ReversedFolded)
    quoted = [r for r in quoted if "from|to|at|with|by|via" in r.gate.source]
    firsts = [r for r in _address_rules(Gated, AlnumWords) if r.gate.words & {"mobile", "county", "central"}]
    assert len(quoted) == 2 and len(firsts) == 6
    texts = gate_texts(real_notes, ADDRESS_EXAMPLES)
    assert same_matches(quoted[0], texts) > 10
    assert all(same_matches(rule, texts) > 10 for rule in firsts[:3])
    for rule in quoted + firsts:
        for text, miss in ADDRESS_EXAMPLES[3:]:
            assert found(rule, text) == found(plain(rule), text)
            assert found(rule, miss) == found(plain(rule), miss)


def test_organisation_words_and_list_heads_are_found_by_one_pass(real_notes: tuple[str, ...]) -> None:
    hits = 0
    for text in _texts(real_notes):
        lows = token_lows(text)
        places = list(compress(range(len(lows)), map(A._ORG_OR_LIST_HEADS.__contains__, lows)))
        assert [k for k in places if lows[k] in A._ORG_KEYS] == list(
            compress(range(len(lows)), map(A._ORG_KEYS.__contains__, lows)))
        assert [k for k in places if lows[k] in A._LIST_HEADS] == list(
            compress(range(len(lows)), map(A._LIST_HEADS.__contains__, lows)))
        hits += len(places)
    assert hits > 100
    text = "Prior hospitalizations: Holloway Medical Center 1987, Cecilia's 1987"
    assert [text[a:b] for a, b in A.organisation_spans(text)] == ["Holloway Medical Center", "Cecilia's"]

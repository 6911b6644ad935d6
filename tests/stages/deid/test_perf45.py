"""perf45 (issue 18): identical-output cuts in the care-site initialisms (`locations.site_abbreviations`: the cached
initialism test asked of each word in capitals before its context, the word scanned first letter first) and in the
address rules (the practice and "in City, State" rules searched on their anchored lines, three field rules gated
backwards from their colon, the caseless organisation rules' lines cut once for both). Each must find exactly what the
plain rule (or the search before perf45) finds: on written examples at a line's start and end, in mixed-case notes,
with CRLF line ends and non-ASCII letters, and on real notes and their rewrites. Every example is invented."""

from __future__ import annotations

import re as stdre

import pytest

from cancerprep.stages.deid.recognizers import address as A
from cancerprep.stages.deid.recognizers import locations as L
from cancerprep.stages.deid.recognizers.base import Gated, Lined, LineTested, ReversedFolded, ascii_twin
from cancerprep.stages.deid.recognizers.tokens import case_mode
from tests.stages.deid.rewrites import found, gate_texts, rewrites, same_matches

# The word in capitals as `site_abbreviations` scanned it before perf45 (its lookbehind first).
_OLD_CAPS_WORD = stdre.compile(r"(?<![\w/&'-])[A-Z]{3,5}(?![\w/&-])")


def _plain_site_abbreviations(text: str, read: str) -> list[tuple[int, int]]:
    """`site_abbreviations` as written before perf45: every word in capitals asked its context first, the
    initialism test (uncached) last."""
    out = []
    for m in _OLD_CAPS_WORD.finditer(read):
        a, b = m.span()
        line_start = text.rfind("\n", 0, a) + 1
        before = text[max(line_start, a - 60):a]
        tail = before.rstrip(" \t")
        found_here = False
        if L._CUE_WORD.search(tail[-12:]) and L._SITE_CUE.search(before):
            found_here = True
        elif (tail[-1:] in (":", "|", "=", "-") or before[-1:] == "\t") and a - line_start <= 90 \
                and L._SITE_LABEL.search(text[line_start:a]) and L._CELL_END.match(text, b):
            found_here = True
        elif not text[line_start:a].strip(" \t") and L._SITE_HEADER.match(text, b):
            found_here = True
        # the branches added since (deidfix62's unit after the word; deidfix64's consent, bracket and first cell)
        elif (unit := L._UNIT_AFTER.match(text, b)) and L._unit_word_ok(text, unit) \
                and (a == line_start or L._UNIT_CUE.search(text[max(line_start, a - 20):a])):
            found_here = True
        elif L._AUTHORIZE.search(before) and L._TO_AFTER.match(text, b):
            found_here = True
        elif tail[-1:] == "(" and L._DOCTOR_BRACKET.search(before) and L._CLOSE_AFTER.match(text, b):
            found_here = True
        elif len(read[a:b]) > 3 and read[a:b].endswith(("H", "C", "MG")) and text[a:b].isupper() \
                and L._ITEM_BEFORE.fullmatch(text, line_start, a) and L._ITEM_CELL_END.match(text, b):
            found_here = True
        if found_here and L.site_initialism.__wrapped__(text[a:b], read[a:b]):
            out.append((a, b))
    return out


def _read(text: str) -> str:
    """The note as `LocationRecognizer.analyze` reads it for initialisms."""
    mode = case_mode(text)
    return text.upper() if mode == "lower" else L._caseless_lines_upper(text) if mode == "mixed" else text


def _sites(text: str) -> list[str]:
    return [text[a:b] for a, b in L.site_abbreviations(text, _read(text))]


SITE_EDGES = [
    # (note, the initialisms found): a cue at a line's start and end, a letterhead, a field's first cell
    ("Transferred from RRCC last night.", ["RRCC"]),
    ("Seen today.\nTransferred from\nRRCC on Monday.", []),                       # the cue ends the line before
    ("Seen today.\nRRCC | Department of Oncology", ["RRCC"]),                   # a letterhead at a line's start
    ("Seen today.\n \tRRCC - discharge summary", ["RRCC"]),                      # after blanks and a tab
    ("Seen today.\nx RRCC | Department of Oncology", []),                      # not at the line's start
    ("Referring facility:\tSGP\nSeen today.", ["SGP"]),
    ("Seen today at the clinic, records from THE LWC were sent.", ["LWC"]),   # "THE" opens the next word's context
    ("Seen today.\nFROM RRCC TO LWC", []),                                      # a line in capitals, no verb of place
    # mixed case: a line in small letters is read in capitals; a cased line's small letters are no initialism
    ("Seen today.\nseen at ouc yesterday and sent home", ["ouc"]),
    ("Seen today.\nSeen at ouc yesterday and sent home", []),
    # CRLF line ends: the "\r" is part of the line, which stays a line in small letters
    ("Seen today.\r\nseen at ouc yesterday\r\nTransferred from RRCC.\r\n", ["ouc", "RRCC"]),
    # other letters: a note with them asks the written word; capitals longer than the small letters shift `read`
    ("Zoë seen today.\nTransferred from RRCC last night.", ["RRCC"]),
    ("zoë was transferred from rrcc last night", ["rrcc"]),
]


@pytest.mark.parametrize(("text", "sites"), SITE_EDGES)
def test_site_initialisms_at_the_edges_of_the_prefilter(text: str, sites: list[str]) -> None:
    assert _sites(text) == sites
    assert L.site_abbreviations(text, _read(text)) == _plain_site_abbreviations(text, _read(text))


def test_a_read_longer_than_the_note_is_asked_as_before() -> None:
    text = "strasse straße; transferred from rrcc"  # "ß" read "SS": the read words sit one place later
    read = text.upper()
    assert len(read) == len(text) + 1
    assert L.site_abbreviations(text, read) == _plain_site_abbreviations(text, read)


def test_site_initialisms_are_those_of_the_search_before(real_notes: tuple[str, ...]) -> None:
    texts = rewrites(real_notes) + [n.replace("\n", "\r\n") for n in real_notes[::13]] + [t for t, _ in SITE_EDGES]
    hits = 0
    for text in texts:
        for read in {_read(text), L._caseless_lines_upper(text), text.upper()}:
            got = L.site_abbreviations(text, read)
            assert got == _plain_site_abbreviations(text, read)
            hits += len(got)
    assert hits > 20


def test_the_capitals_scan_opens_on_its_letter_and_finds_the_same_words(real_notes: tuple[str, ...]) -> None:
    assert L._CAPS_WORD.pattern.startswith("[A-Z]")  # a class first: sre skips along to it
    for text in [*rewrites(real_notes), "AB ABC-D /ABC ABC& ABCDEF 'ABC ABC's x\tABC\nABCDE"]:
        assert [m.span() for m in L._CAPS_WORD.finditer(text)] == [m.span() for m in _OLD_CAPS_WORD.finditer(text)]


def test_the_initialism_test_is_cached_and_answers_as_uncached() -> None:
    for word, read in [("RRCC", "RRCC"), ("ouc", "OUC"), ("MICU", "MICU"), ("THE", "THE"), ("Rrcc", "Rrcc")]:
        assert L.site_initialism(word, read) is L.site_initialism.__wrapped__(word, read)
    assert L.site_initialism("RRCC", "RRCC") and not L.site_initialism("MICU", "MICU")
    assert L.site_initialism.cache_info().hits > 0


# --- address rules --------------------------------------------------------------------------------------------
ADDRESS_EXAMPLES = [
    # (a line the rule matches, a near miss beside it)
    ("Followed by Liles Dermatology, fax to follow", "history of dermatology issues"),
    ("cc: Smart Family Medicine | 555-0100", "cc: family medicine notes"),
    ("She lives in Ocean View, Minnesota now.", "in pain, or not"),
    ("Moved from Bend, OR 97701 in May.", "moved from bend or 97701"),
    ("City: Normal\nPlace of birth: Independence, Kentucky", "City of Hope\nplace of birth unknown"),
    ("Hometown: Pella; city, state: Ames, IA", "home town Pella"),
    ("Home health: Bayada\nDME: Hargrove Medical Equipment", "home health aide\nDME walker"),
    ("Group home: Maple House\nPreferred pharmacy: Bear Drug", "group home visits\npharmacy called"),
]


def _rules(test) -> list:
    return [r for r, *_ in A.address_recognizer().rules if test(r)]


def test_the_practice_and_state_rules_search_their_anchored_lines(real_notes: tuple[str, ...]) -> None:
    practice = _rules(lambda r: isinstance(r, Gated) and isinstance(r.pattern, Lined)
                      and r.pattern.source.startswith("[ \\t](?:dermatology"))
    source = rf",[ \t]*(?:{A.STATE_NAMES.lower()}|{A.STATE_CODES.lower()})"
    state = _rules(lambda r: isinstance(r, Lined) and r.source == source)
    assert len(practice) == 1 and len(state) == 1
    texts = gate_texts(real_notes, ADDRESS_EXAMPLES)
    for rule in practice + state:
        assert same_matches(rule, texts) > 20
        assert same_matches(ascii_twin(rule), texts) > 20
    assert found(practice[0], "Followed by Liles Dermatology, fax to follow")
    assert found(state[0], "She lives in Ocean View, Minnesota now.")
    assert not found(state[0], "She lives in Ocean View,\nMinnesota now.")  # the comma and state on another line


def test_the_field_rules_are_gated_backwards_from_their_colon(real_notes: tuple[str, ...]) -> None:
    # (the field rules' gates end on their colon; perf48 gated the quoted facility backwards from its quote too)
    rules = _rules(lambda r: isinstance(r, Gated) and isinstance(r.gate, ReversedFolded)
                   and r.gate.source.endswith(":"))
    assert len(rules) == 3
    texts = gate_texts(real_notes, ADDRESS_EXAMPLES)
    assert sum(same_matches(rule, texts) for rule in rules) > 40
    city = next(r for r in rules if "hometown" in r.gate.source.replace("[ \\t]*", ""))
    assert found(city, "Seen.\nCity: Normal") and not found(city, "Seen.\nCity Normal")


def test_the_caseless_rules_cut_a_note_s_lines_once(real_notes: tuple[str, ...]) -> None:
    rules = [r for r, *_ in A.caseless_org_rules()]
    assert all(isinstance(r, A.CaselessLined) for r in rules)
    text = "Seen today.\r\nrecords from oakvale medical center\nAT LAKESHORE GENERAL LAST WEEK\n12:30\n"
    assert A._caseless_lines(text) == ((13, 48), (49, 79))  # the first line has case; "12:30" has no letter
    texts = [*rewrites(real_notes), text, text.replace("\n", "\r\n"), "zoë from café général ed\nfrom mercy hospital"]
    hits = 0
    for rule in rules:
        plain = LineTested(rule.test, rule.pattern)
        for t in texts:
            got = found(rule, t)
            assert got == found(plain, t)
            assert not t.isascii() or got == found(ascii_twin(rule), t)  # (the twin reads ASCII notes only)
            hits += len(got)
    assert hits > 50

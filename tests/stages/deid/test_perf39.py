"""perf39: identical-output cuts of the learned voter's gate and second pass. Each cut answers as the code it replaced
(copied here as the reference), on constructed texts (sentences are our own)."""

from __future__ import annotations

import bisect
import re

import pytest

from cancerprep.stages.deid import truecase, voter_gate
from cancerprep.stages.deid.recognizers.learned import is_cased

TEXTS = [
    "Pt seen by Dr. Quarleyville today.  Plan: f/u with ostrander clinic in 2 wks.\nAspirin 81 mg daily.",
    "TRANSFERRED FROM QUARLEYVILLE MEDICAL CENTER FOR CT OF THE HEAD. WIFE IS A BUS DRIVER.\n\nSEEN AT SHELL PHARMACY",
    "   leading blanks, then words\tand tabs;   end.  ",
    "lives in rural fayette with her son, works as a professor of history. call 555-123-4567 on 3/4/2019.",
    "one\ntwo  three\n\n\nfour five six seven eight nine ten eleven twelve",
    "x",
    "",
]


def _reach_reference(text: str, start: int, end: int, marks: list[tuple[int, int]], window: int, join: int = 0
                     ) -> list[tuple[int, int]]:
    """`voter_gate.reach` as written before perf39 (every chunk's start and end listed first)."""
    chunks = [(m.start(), m.end()) for m in voter_gate.CHUNK.finditer(text, start, end)]
    if not chunks:
        return []
    firsts = [a for a, _ in chunks]
    out: list[tuple[int, int]] = []
    last = -1
    for a, b in marks:
        i = max(0, bisect.bisect_right(firsts, a) - 1)
        i += chunks[i][1] <= a and i + 1 < len(chunks)
        j = max(i, bisect.bisect_right(firsts, b - 1) - 1)
        lo = chunks[i - window][0] if i > window else start
        hi = chunks[j + window][1] if j + window < len(chunks) - 1 else end
        if out and (lo <= out[-1][1] or i - window - last - 1 <= join):
            out[-1] = (out[-1][0], max(hi, out[-1][1]))
        else:
            out.append((lo, hi))
        last = max(last, min(j + window, len(chunks) - 1))
    return out


def _all_marks(text: str) -> list[list[tuple[int, int]]]:
    """Mark lists over `text`: none, each word, each pair of words, marks starting and ending on blanks."""
    words = [m.span() for m in re.finditer(r"\w+", text)]
    out: list[list[tuple[int, int]]] = [[], words, words[::3], [(a, b + 1) for a, b in words[1::4]]]
    out += [[(max(0, a - 1), b)] for a, b in words]  # a mark starting on the blank before a word
    out += [[w, v] for w, v in zip(words, words[2:], strict=False)]
    return out


@pytest.mark.parametrize("text", TEXTS)
def test_reach_same_ranges_as_with_every_chunk_listed(text: str) -> None:
    checked = 0
    for start, end in ((0, len(text)), (0, len(text) + 1), (min(3, len(text)), max(0, len(text) - 2))):
        for marks in _all_marks(text):
            marks = sorted(m for m in marks if start <= m[0] and m[1] <= end)
            for window in (0, 1, 4):
                for join in (0, window):
                    got = voter_gate.reach(text, start, end, marks, window, join)
                    assert got == _reach_reference(text, start, end, marks, window, join)
                    checked += bool(got)
    assert checked or len(text) < 2  # the texts with words exercised ranges


@pytest.mark.parametrize("line", [
    "TRANSFERRED FROM QUARLEYVILLE MEDICAL CENTER FOR CT OF THE HEAD.",
    "plan: follow up with ostrander clinic, o'brien's 2nd visit -- hgb 7.2",
    "'QUOTED' WORDS, DIGITS 12AB AND O'NEILL'S",
    "   ", "", "123 456", "abd neb from the",
])
def test_restored_words_same_as_the_word_callback(line: str) -> None:
    reference = re.compile(r"[A-Za-z][A-Za-z']*").sub(lambda m: truecase._case_of(m.group(0).lower()), line)
    assert truecase._restored_words(line) == reference


def _word_cues_reference(text, spans, hit, wanted, cues) -> None:
    """`voter_gate._word_cues` as written before perf39 (a Python test a run)."""
    for i, (a, b) in enumerate(spans):
        if hit[i]:
            cues[i].extend(m.span() for m in voter_gate._WORD.finditer(text, a, b) if wanted(m.group()))


@pytest.mark.parametrize("text", TEXTS)
def test_word_cues_same_as_a_test_a_run(text: str) -> None:
    spans = voter_gate.units(text)
    words = [voter_gate._WORD.findall(text, a, b) for a, b in spans]
    hit = [bool(w) for w in words]
    wanted = {w for ws in words for w in ws[::2]}  # every other run of each unit
    got: list[list[tuple[int, int]]] = [[] for _ in spans]
    voter_gate._word_cues(text, spans, hit, lambda ws: map(wanted.__contains__, ws), words, got)
    ref: list[list[tuple[int, int]]] = [[] for _ in spans]
    _word_cues_reference(text, spans, hit, wanted.__contains__, ref)
    assert got == ref
    assert any(got) == any(words)


@pytest.mark.parametrize("text", TEXTS)
def test_excerpt_and_second_pass_unchanged_in_shape(text: str) -> None:
    """The cuts feed `excerpt` and `restore_for_voter`: each excerpt maps back into the note, and a restored text
    keeps the note's length (offsets hold)."""
    ex = voter_gate.excerpt(text, is_cased(text))
    if ex is not None:
        for k, a in enumerate(ex.starts):
            piece = ex.text[a:ex.ends[k]]
            assert text[ex.note_starts[k]:ex.note_starts[k] + len(piece)] == piece
    restored, ranges = truecase.restore_for_voter(text)
    assert len(restored) == len(text)
    assert all(0 <= a < b <= len(text) + 1 for a, b in ranges)


_NO_BREAK_REFERENCE = re.compile(r"\b(?:[A-Za-z]|dr|mr|ms|st|mrs)\.$", re.IGNORECASE)


def _units_reference(text: str) -> list[tuple[int, int]]:
    """`voter_gate.units` as written before perf39 (one scan for line breaks and sentence ends)."""
    ends = [m.end() for m in re.finditer(r"[.;!?][ \t]+|\n", text)
            if m.group() == "\n" or not _NO_BREAK_REFERENCE.search(text, max(0, m.start() - 3), m.start() + 1)]
    if not ends or ends[-1] < len(text):
        ends.append(len(text))
    return list(zip([0, *ends[:-1]], ends, strict=True)) if text else []


@pytest.mark.parametrize("text", [*TEXTS, "\n", "\n\n", "a.\n", "Seen by Dr. Smith.  \nL. Jones; ok!\t\nend.",
                                  "st. x. y.\n\n. ? ! ;\n"])
def test_units_same_as_one_scan(text: str) -> None:
    assert voter_gate.units(text) == _units_reference(text)


def _place_cues_reference(line: str, everyday: bool = True) -> list[tuple[int, int]]:
    """`truecase._place_cues` (with `_everyday_cue` and `_beside_proper`) as written before perf39: a tuple a token,
    every token stepped through."""
    tc, sl = truecase, truecase.sl
    tokens = [(m.group(), m.start(), m.end()) for m in tc._CUE_TOKEN.finditer(line)]

    def proper(j: int, every: bool) -> bool:
        return bool(tc._PROPER.match(tokens[j][0])) and (every or not sl.is_common(tokens[j][0]))

    def beside(k: int, every: bool = True) -> bool:
        _, a, b = tokens[k]
        return (k > 0 and proper(k - 1, every) and not line[tokens[k - 1][2]:a].strip(" \t")) or (
            k + 1 < len(tokens) and proper(k + 1, every) and not line[b:tokens[k + 1][1]].strip(" \t"))

    out = []
    for k, (word, a, b) in enumerate(tokens):
        if not tc._PROPER.match(word):
            continue
        before = [w.lower() for w, _, _ in tokens[max(0, k - tc._CUE_REACH):k]]
        after = [w.lower() for w, _, _ in tokens[k + 1:k + 1 + tc._CUE_REACH]]
        number = tc._NUMBER_BEFORE.search(line, max(0, a - 12), a) or tc._NUMBER_AFTER.match(line, b)
        if everyday and sl.is_common(word):
            near = before[-2:] if before[-1:] == ["the"] else before[-1:]
            if number or word.lower() in tc._PLACE_AFTER or not tc._PLACE_AFTER.isdisjoint(after) \
                    or (before and before[-1] in (":", "|", ",")) or bool(tc._ADDRESS_AFTER.match(line, b)) \
                    or (near and near[0] in tc._PLACE_PREPOSITIONS) or beside(k, every=False):
                out.append((a, b))
            continue
        if not tc._PLACE_PREPOSITIONS.isdisjoint(before) or word.lower() in tc._PLACE_AFTER \
                or not tc._PLACE_AFTER.isdisjoint(after) or (before and before[-1] in (":", "|", ",")) \
                or (after and after[0] == ",") or number or beside(k):
            out.append((a, b))
    return out


@pytest.mark.parametrize("line", [
    "TRANSFERRED FROM QUARLEYVILLE MEDICAL CENTER FOR CT OF THE HEAD.",
    "lives in rural fayette with the stevenson ranch people, 12 elm st, red oak, tx 75154",
    "weaned off, pt stable. care per auburn hospital | osh: bexley / grace hospital @ mercy hosp",
    "FROM THE NORTH SHORE TO SHELL PHARMACY; PAIN FREE", "", "x",
])
@pytest.mark.parametrize("everyday", [True, False])
def test_place_cues_same_as_a_tuple_a_token(line: str, everyday: bool) -> None:
    restored = truecase._org_words_titled(truecase._restored_words(line))
    restored = restored[:1].upper() + restored[1:]
    assert truecase._place_cues(restored, everyday) == _place_cues_reference(restored, everyday)
    for variant in (restored, restored.replace("e", "\u00e9")):  # and a line with a letter outside ASCII
        assert truecase._place_cues(variant, everyday) == _place_cues_reference(variant, everyday)


def test_place_cues_found_some() -> None:
    restored = truecase._org_words_titled(truecase._restored_words("seen at grace hospital in stevenson ranch"))
    assert truecase._place_cues(restored) != []


@pytest.mark.parametrize("text", [
    *TEXTS, "at Boston", "To ABCD General, from the Keeley House into Mercy Hospital @ Grace",
    "xat Boston _at Boston 9at Boston cat to Boston;at Boston\nat\tBoston  into  Rural Fayette from The Shore",
    "to at Boston at to from into Into INTO Salem", "AT HOLY CROSS TO the harbor from", "@ @Mercy @ Mercy",
])
def test_place_word_ascii_same_matches(text: str) -> None:
    """`_name_marks`' scan of an ASCII text finds what `_PLACE_WORD` finds, from any start to any end."""
    assert _same_from_anywhere(voter_gate._PLACE_WORD_ASCII, voter_gate._PLACE_WORD, text) or "at " not in text.lower()


def _same_from_anywhere(fast: re.Pattern, former: re.Pattern, text: str) -> int:
    """Assert `fast` finds what `former` finds in `text` from many starts to two ends; the number of matches."""
    def key(pattern: re.Pattern, a: int, b: int) -> list:
        return [(m.span(), m.groups(), m.span(len(m.groups()))) for m in pattern.finditer(text, a, b)]

    found = 0
    for a in range(0, len(text) + 1, 3):
        for b in (len(text), max(a, len(text) - 4)):
            got = key(fast, a, b)
            assert got == key(former, a, b)
            found += len(got)
    return found


@pytest.mark.parametrize("text", [
    *TEXTS, "He is a bus driver; she was an AIDE. IS A TEACHER as an x\nwas\ta  nurse.",
    "this a cook, his a b, Was A Chef",
    "xis a cook _is a cook 9was a cook (as a cook) alias a cook",
])
def test_complement_ascii_same_matches(text: str) -> None:
    assert _same_from_anywhere(voter_gate._COMPLEMENT_ASCII, voter_gate._COMPLEMENT, text) or " a " not in text


def test_matches_scans_ascii_notes_with_the_twins() -> None:
    """`_matches` finds with the ASCII scans what the asked patterns find over the whole note."""
    text = TEXTS[3] + " He is a bus driver, seen at Grace Hospital; was an aide from Salem."
    spans = voter_gate.units(text)
    words = [voter_gate._WORD.findall(text, a, b) for a, b in spans]
    for pattern in voter_gate._ASCII_SCANS:
        got = [(m.span(), m.groups()) for m in voter_gate._matches(pattern, text, spans, words, set().union(*words))]
        assert got == [(m.span(), m.groups()) for m in pattern.finditer(text)]
        assert got


@pytest.mark.parametrize("text", [
    *TEXTS, "Shell pharmacy, xShell, _Ab 9Ab Ab-Cd O'Brien's\nAb\tAb", "A Ab AB aB", "Éb Ab",
])
def test_proper_patterns_same_as_led_by_a_word_boundary(text: str) -> None:
    for pattern, former in ((truecase._PROPER, r"\b[A-Z][a-z]"), (truecase._PROPER_WORD, r"\b[A-Z][a-z'\-]+\b")):
        for pos in range(len(text) + 1):
            assert [m.span() for m in pattern.finditer(text, pos)] == \
                [m.span() for m in re.compile(former).finditer(text, pos)]
            assert bool(pattern.match(text, pos)) == bool(re.compile(former).match(text, pos))

"""perf38's cuts (issue 18), each pinned against what it replaced: the initials values' candidate and list scans by
stdlib twins on ASCII notes (`initials_values._CANDIDATE_ASCII`, `_LIST_ASCII`), their cue search begun at the last
word (`initials_values._cue`), and the backstop's sentence-first words that no name opens on passed by before `_take`
(the relation column's extra gate is compared in test_perf23_gates)."""

from __future__ import annotations

import random

from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import initials_values as V
from cancerprep.stages.deid.recognizers import tokens
from tests.stages.deid.rewrites import rewrites
from tests.stages.deid.spans import match_regs

# capital groups, dotted initials, slash pairs, lists and their look-alikes
EXAMPLES = ["Witnessed: JN, DP", "given by AB / CD", "RN check AB & CD and EF", "PT/RSD", "J. A. S. seen",
            "per KLM at 1400", "ETOH-use, TIMI", "AB-1 x-AB", "co-AB", "AB's chart", "EW/AB", "a.JS.", "ABCDE FG",
            "J.S. / K.L.", "AB and CD, EF", "AB, CD / EF & GH", "_AB 1AB AB_"]


def _random_texts(seed: int, alphabet: str, count: int = 20_000, longest: int = 16) -> list[str]:
    rng = random.Random(seed)
    return ["".join(rng.choice(alphabet) for _ in range(rng.randint(0, longest))) for _ in range(count)]


def _texts(real_notes: tuple[str, ...]) -> list[str]:
    return EXAMPLES + rewrites(real_notes) + [t.replace("\n", " / ") for t in real_notes[::13]]


def test_the_stdlib_twins_find_what_the_regex_patterns_find(real_notes: tuple[str, ...]) -> None:
    texts = _texts(real_notes) + _random_texts(38, "ABJ.Sa /-,&'_1\t\n")
    hits = {"candidate": 0, "list": 0}
    for text in texts:
        if not text.isascii():
            continue
        got = match_regs(V._CANDIDATE_ASCII, text)
        assert got == match_regs(V._CANDIDATE, text)
        listed = match_regs(V._LIST_ASCII, text)
        assert listed == match_regs(V._LIST, text)
        hits["candidate"] += len(got)
        hits["list"] += len(listed)
        for m in V._LIST.finditer(text):  # (`values_spans` matches the list again on its line)
            a = m.start()
            assert V._LIST_ASCII.match(text, a).regs == V._LIST.match(text, a).regs
    assert hits["candidate"] > 5000 and hits["list"] > 100


def test_the_twins_read_ascii_notes_only() -> None:
    assert V._for("AB seen", V._LIST, V._LIST_ASCII) is V._LIST_ASCII
    assert V._for("Zoë AB, CD", V._LIST, V._LIST_ASCII) is V._LIST
    # a capital of another Latin letter is a capital for the `regex` pattern, which a non-ASCII note is given
    assert [m.group(0) for m in V._for("ÉA / CD", V._CANDIDATE, V._CANDIDATE_ASCII).finditer("ÉA / CD")] == ["ÉA",
                                                                                                            "CD"]


def test_the_values_of_notes_with_other_characters_are_found_as_before() -> None:
    text = "Nursing note\nWitnessed: JN, DP\nZoë’s wife: seen\nVerified by: KC\nper AB"
    assert V.values_spans(text) == V.values_spans(text.replace("Zoë’s", "Zoe's")) != []


def test_the_cue_search_from_the_last_word_finds_the_whole_search(real_notes: tuple[str, ...]) -> None:
    befores = ["Verified by: ", "RN check (", "x=( ", "ab-- ", "Dr. ", "co-signed -", "note\n", "a\tb:\n", "",
               "per – ", "RN–", "a b c -- ", "Witnessed:\t", "3 mg "]
    befores += _random_texts(380, "aB1_.-: \t=(\n–’", 30_000, 12)
    for text in _texts(real_notes)[::4]:
        for line in text.split("\n"):
            befores += [line[:m.start()] for m in V._CANDIDATE.finditer(line)]
    found = 0
    for before in befores:
        got, whole = V._cue(before), V._CUE.search(before)
        assert (got and got.regs) == (whole and whole.regs)
        found += got is not None
    assert found > 5000


def test_a_sentence_first_word_no_name_opens_on_is_where_take_stops(real_notes: tuple[str, ...]) -> None:
    """The main loop passes a subject position by when `_namey` refuses its word (two letters or more); `_take`
    stops at such a word at once, with or without case, so the spans are the same (the whole recogniser's spans were
    compared with main's on every dev note: docs/benchmarks.md, perf38)."""
    rec = B.NamesBackstopRecognizer()
    checked = 0
    for text in list(real_notes[::9]) + [t.upper() for t in real_notes[::31]]:
        toks = tokens.tokenize(text)
        for i in B.position_openers(toks, text)[:40]:
            t = toks[i]
            if not t.is_word or len(t.text) < 2:
                continue
            for mixed in (True, False):
                if not rec._namey(t, False, mixed):
                    assert rec._take(toks, i, False, mixed, text) == i
                    checked += 1
    assert checked > 1000


def test_the_backstop_still_takes_a_subject_and_passes_a_plain_word() -> None:
    rec = B.NamesBackstopRecognizer()
    found = {(r.start, r.end, r.recognition_metadata["rule"]) for r in
             rec.analyze("Seen today.\nKwame is a 63-year-old man. Vitals stable.", ["NAME"])}
    assert (12, 17, "backstop-subject") in found
    assert not any(a == 0 or a == 44 for a, _, _ in found)  # "Seen", "Vitals": sentence-first words, no names

"""perf50 (issue 18): identical-output cuts in the names backstop's person frames and slots and in the shared
tokenizer. Each must find exactly what the code before perf50 found (kept here where it is gone): on real notes and
their rewrites (capitals, small letters, CRLF line ends, non-ASCII letters set in), on written examples at a line's
start and end, and on generated texts. Every example is invented."""

from __future__ import annotations

import random

from cancerprep.stages.deid.recognizers import backstop as B
from cancerprep.stages.deid.recognizers import person_frames as F
from cancerprep.stages.deid.recognizers import person_slots as S
from cancerprep.stages.deid.recognizers import tokens as T
from cancerprep.stages.deid.recognizers.base import lowered
from cancerprep.stages.deid.recognizers.tokens import Tok, tokenize
from tests.stages.deid.rewrites import plain, rewrites

# --- the code before perf50 -----------------------------------------------------------------------------------


def _old_ascii_toks(text: str) -> list[Tok]:
    """The tokens of an ASCII note before perf50: `Tok(m)` for each match."""
    return list(map(Tok, T._ASCII_TOKEN.finditer(text)))


def _old_tokenize(text: str) -> list[Tok]:
    """`tokens._tokenize` before perf50 (every token through `Tok`, the hyphen splits asked wherever a "-" stands)."""
    toks = _old_ascii_toks(text) if text.isascii() else list(map(Tok, T.finditer(T._TOKEN, text)))
    split = [k for k, tok in enumerate(toks) if "-" in tok.text and T._splits(tok)] if "-" in text else []
    out: list[Tok] = []
    done = 0
    for k in split:
        out += toks[done:k]
        out.extend(Tok(p) for p in T._SPLIT_HYPHEN.finditer(text, toks[k].start, toks[k].end))
        done = k + 1
    return out + toks[done:]


def _old_sorted_field(text: str) -> list:
    """`_SORTED_FIELD`'s matches as `sorted_fields` read them before perf50 (`LinedOpeners`: every mark and opening
    word of each anchored line tried)."""
    return [(m.span(), m.groups()) for m in F._SORTED_FIELD.finditer(text)]


def _fields(toks: list[Tok]) -> list[tuple]:
    return [(t.start, t.end, t.text, t.low, t.is_word, type(t)) for t in toks]


EDGES = [
    "", "\n", "x", "Rx for Lee, Ann: 20 mg", 'bag labeled "Lee, Ann" at bedside', "Pronounced: Lee, Ann at 03:42",
    "(Lee/Ann) in room", "Lee, Ann\n", "  Lee , Ann  M.  seen", "seen - Lee, Ann - ok", "seen -Lee, Ann - ok",
    "x 'Lee, Ann' y", "x o'Lee, Ann.", "RE: O'Brien, Ann 3/4", "released by lee, ann (pharm)", "FOR LEE, ANN:",
    "labelled Lee,Ann;", "named\tLee ,\tAnn at 5", "a; b, c\n:Lee, Ann\n", "Lee-Ho, Ann / Kim, Bo.", "x -- Lee, Ann.",
    "Zoë: Lee, Ann.", "Seen.\r\nRx for Lee, Ann:\r\n", "ab,\ncd, ef\n", "x\t-\tLee, Ann - y", "for\nLee, Ann.",
]


def _texts(real_notes: tuple[str, ...]) -> list[str]:
    """The notes' rewrites, CRLF copies, copies with non-ASCII letters and capitals, and the written edges."""
    return (rewrites(real_notes) + [n.replace("\n", "\r\n") for n in real_notes[::13]]
            + ["Zoë İı ſ \u212a ẞ\n" + n for n in real_notes[::17]] + EDGES)


_PIECES = ["Lee", "ann", "O'Brien", "Smith-Jones", "M", "m.", ",", "/", " ", "  ", "\t", "-", " - ", "'", "(", ")",
           ":", ";", "[", '"', "for", "re", "by", "with", "from", "labeled", "labelled", "named", "\n", "3", "12", "at",
           "on", ".", "!", "x", "FOR", "Named", "é"]


def _generated(n: int, seed: int) -> list[str]:
    """Texts strung from the pattern's own pieces (names, separators, openers, closers, blanks and line breaks)."""
    rnd = random.Random(seed)
    return ["".join(rnd.choice(_PIECES) for _ in range(rnd.randint(1, 25))) for _ in range(n)]


# --- the shared tokenizer -------------------------------------------------------------------------------------
def test_ascii_tokens_are_those_tok_made(real_notes: tuple[str, ...]) -> None:
    count = 0
    for text in _texts(real_notes):
        if text.isascii():
            got = T._ascii_toks(text)
            assert _fields(got) == _fields(_old_ascii_toks(text))
            count += len(got)
    assert count > 100_000
    toks = T._ascii_toks("Pt's BP 120/80, O'Brien-Lee\tx\x1c")
    assert [(t.text, t.low, t.is_word) for t in toks] == [
        ("Pt's", "pt's", True), ("BP", "bp", True), ("120", "120", False), ("/", "/", False), ("80", "80", False),
        (",", ",", False), ("O'Brien-Lee", "o'brien-lee", True), ("x", "x", True), ("\x1c", "\x1c", False)]


def test_tokenize_is_as_before(real_notes: tuple[str, ...]) -> None:
    hyphens = ["DAUGHTER-KRISSY", "Krissy-daughter", "son-in-law", "x - y", "1-2", "a-1", "1-a", "-a", "a-", "a--b",
               "sister-ann", "Dr-Lee", "PT-FAMILY", "mother-", "re-do", "daughter-in-law-ann", "pt-\nann"]
    for text in _texts(real_notes) + hyphens + [" ".join(hyphens)] + _generated(2_000, 3):
        assert _fields(T._tokenize.__wrapped__(text)) == _fields(_old_tokenize(text))


def test_tokenize_keeps_its_hyphen_splits_and_other_scripts() -> None:
    text = "DAUGHTER-KRISSY and FORMAN-LYONS, daughter-in-law"
    assert [t.text for t in tokenize(text)] == ["DAUGHTER", "-", "KRISSY", "and", "FORMAN-LYONS", ",",
                                                "daughter-in-law"]
    text = "Zoë’s son-Ødegård"  # a non-ASCII note: `Tok` as before, the form folded
    assert [(t.text, t.low) for t in tokenize(text)] == [("Zoë’s", "zoe's"), ("son", "son"), ("-", "-"),
                                                        ("Ødegård", "odegard")]


# --- the person frames' sorted pairs ----------------------------------------------------------------------------
def test_sorted_field_matches_are_those_found_before(real_notes: tuple[str, ...]) -> None:
    hits = 0
    for text in _texts(real_notes) + _generated(20_000, 50):
        got = [(m.span(), m.groups()) for m in F.sorted_field_matches(text)]
        assert got == _old_sorted_field(text)
        hits += len(got)
    assert hits > 1_000


def test_sorted_field_matches_are_the_pattern_s_matches() -> None:
    pattern = plain(F._SORTED_FIELD)
    for text in EDGES + _generated(3_000, 7):
        assert [(m.span(), m.groups()) for m in F.sorted_field_matches(text)] == [
            (m.span(), m.groups()) for m in pattern.finditer(text)]


def test_every_sorted_field_match_starts_at_a_place(real_notes: tuple[str, ...]) -> None:
    for text in (n for n in _texts(real_notes) if n.isascii()):
        places = set(F.sorted_field_places(lowered(text)))
        assert all(m.start() in places for m in plain(F._SORTED_FIELD).finditer(text))


def test_sorted_field_places_by_opener() -> None:
    def starts(text: str) -> list[str]:
        return [text[m.start():m.end(3)] for m in F.sorted_field_matches(text)]

    assert starts("Lee, Ann\n") == ["Lee, Ann"]  # the line's start
    assert starts("Rx for Lee, Ann: 20 mg") == ["for Lee, Ann"]  # an opening word
    assert starts("(Lee/Ann) in room") == ["(Lee/Ann"]  # a mark
    assert starts("seen - Lee, Ann - ok") == [" - Lee, Ann"]  # a dash after a blank
    assert starts("seen -Lee, Ann - ok") == [" -Lee, Ann"]  # the dash inside the word's run
    assert starts("x o'Lee, Ann.") == ["'Lee, Ann"]  # a quote inside the word's run
    assert starts("x -- Lee, Ann.") == starts("x Lee, Ann.") == []  # no opener before the pair
    assert F.sorted_field_places("x -- lee, ann.") == []
    assert F.sorted_fields("Rx for Lee, Ann: 20 mg") == [(7, 10, "sorted-field"), (12, 15, "sorted-field")]


# --- the person slots' antecedents of "who" ----------------------------------------------------------------------
WHO_EDGES = [
    "video visit with Chao, who was at home", "MED REC COMPLETED WITH MATEO, WHO BROUGHT", "with Ann Chao , who",
    "Chao,who", "Chao, whom we saw", "Chao, who.", "o'Lee, who came", "'Lee, who came", "-Lee, who", "x-Lee,\twho",
    "Smith-Jones, who", "Ann, who, who said", "Zoë, who came", "Chao, who\r\nx", ", who", "\n, who came", "a , who",
]


def _who_texts(real_notes: tuple[str, ...]) -> list[str]:
    """The notes' rewrites and copies with ", who" set in after words, and the written edges."""
    return (_texts(real_notes) + [n.replace(". ", ", who ", 3) for n in real_notes[::5]]
            + [n.replace(" ", ", WHO ", 2) for n in real_notes[::7]] + WHO_EDGES)


def test_who_matches_are_those_found_before(real_notes: tuple[str, ...]) -> None:
    hits = 0
    rnd = random.Random(5)
    pieces = ["Ann", "o'lee", "Smith-Jones", ",", ", ", " ,", "who", "WHO", "Who", " ", "\t", "-", "'", "x", "\n", ".",
              "whom", "3", "é"]
    generated = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 20))) + " who " for _ in range(20_000)]
    for text in _who_texts(real_notes) + generated:
        got = [(m.span(), m.groups()) for m in S.who_matches(text)]
        assert got == [(m.span(), m.groups()) for m in S._WHO.finditer(text)]
        hits += len(got)
    assert hits > 2_000
    text = "with Ann Chao , who came; o'Lee, who came; -Lee, who came; x-Lee,\twho came"
    # the run's start opens, on a letter: a run opening on "-" (or "'") starts none, nor does the letter after it
    assert [m.group(1) for m in S.who_matches(text)] == ["Chao", "o'Lee", "x-Lee"]


def test_who_antecedents_keep_their_spans() -> None:
    text = "Video visit with Ann Chao, who was at home. Seen with the nurse, who agreed."
    assert [text[a:b] for a, b, _ in S.who_antecedents(text)] == ["Ann Chao"]


# --- the person frames' given name and surname mid-sentence -----------------------------------------------------
def test_given_surname_matches_are_the_pattern_s_matches(real_notes: tuple[str, ...]) -> None:
    rule = F._GIVEN_SURNAME_ASCII.pattern.pattern
    assert isinstance(rule, F.BeforeCapitalPair)
    rnd = random.Random(9)
    pieces = ["Ann ", "Lee ", "Bo", "O'Neil ", "Smith-Jones", "Baker-Ross ", ", ", "(", "( ", ") ", " ", "seen ",
              "for ", "x", "\n", ". ", "-", "'", "a ", "on ", "Ida", "\t", ",", "é"]
    generated = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(20_000)]
    hits = 0
    for text in _texts(real_notes) + [n.title() for n in real_notes[::9]] + generated:
        got = [(m.span(), m.groups()) for m in rule.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
        hits += len(got)
    assert hits > 500
    for text in generated[:2_000]:
        pos = len(text) // 3
        assert [m.span() for m in rule.finditer(text, pos)] == [m.span() for m in rule.pattern.finditer(text, pos)]


def test_given_surname_places_by_opener() -> None:
    rule = F._GIVEN_SURNAME_ASCII
    text = "requested on Ida Peralto by fax, (Moses Lanning, 9/20), Jude Abernathy to sign (Ann Lee) and"
    assert [m.group(2, 3) for m in rule.finditer(text)] == [
        ("Ida", "Peralto"), ("Moses", "Lanning"), ("Jude", "Abernathy"), ("Ann", "Lee")]
    # a small word opens on its run's first letter, never after a capital or a period ("McAnn", "e.g.Ann")
    assert list(rule.finditer("seen by McAnn Lee today, e.g.Ann Lee to")) == []
    note = "Message left for Jude Abernathy to call back."
    assert [note[a:b] for a, b, _ in F.given_surnames(note)] == ["Jude Abernathy"]


# --- the backstop's words before a bracketed relation or role -----------------------------------------------------
def test_before_paren_matches_are_the_pattern_s_matches(real_notes: tuple[str, ...]) -> None:
    rules = [B._BEFORE_RELATION.pattern, B._BEFORE_ROLE_PAREN.pattern]
    assert all(isinstance(r, B.BeforeParen) for r in rules)
    rnd = random.Random(13)
    pieces = ["Ann ", "Lee", "o'lee", "Smith-Jones", "-", "'", " ", "\t", "(wife)", "(RN)", "( daughter )", "(", ")",
              "x2", "_a", "ab", "\n", ",", "é", "(pt's son)", "  "]
    generated = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 14))) for _ in range(20_000)]
    texts = (_texts(real_notes) + [n.replace(". ", " (wife) ", 3) for n in real_notes[::5]]
             + [n.replace(", ", " (RN) ", 3) for n in real_notes[::7]] + generated)
    for rule in rules:
        hits = 0
        for text in texts:
            got = [(m.span(), m.groups()) for m in rule.finditer(text)]
            assert got == [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
            hits += len(got)
        assert hits > 1_000
        for text in generated[:3_000]:
            pos = len(text) // 2
            assert [m.span() for m in rule.finditer(text, pos)] == [m.span() for m in rule.pattern.finditer(text, pos)]


def test_before_paren_places_by_word() -> None:
    rule = B._BEFORE_RELATION
    text = "Ann Lee (wife), o'Neil (son) x2b (aunt) Smith-Jones\t(mother)"
    # one or two words before the bracket; a word opens after a "'" or "-" of its run, never after a digit
    assert [m.group(1, 2) for m in rule.finditer(text)] == [("Ann", "Lee"), ("o'Neil", None), ("Smith-Jones", None)]
    assert [m.group(1, 2) for m in B._BEFORE_ROLE_PAREN.finditer("seen with Hope Ngata (RN) today")] == [
        ("Hope", "Ngata")]


# --- the person frames' given name before a hyphenated surname ----------------------------------------------------
def test_hyphenated_matches_are_the_pattern_s_matches(real_notes: tuple[str, ...]) -> None:
    rule = F._HYPHENATED.pattern.pattern
    assert isinstance(rule, F.BeforeHyphen)
    rnd = random.Random(17)
    pieces = ["Hope ", "Smith", "-Jones", "-", "Ann", " ", "\t", "O'Neil", "x", "_", "2", "Bo", "a", "A", "-lee", "\n",
              "é", "É", "'", "Lee-Ho", "  "]
    generated = ["".join(rnd.choice(pieces) for _ in range(rnd.randint(1, 12))) for _ in range(20_000)]
    texts = (_texts(real_notes) + [n.title() for n in real_notes[::9]]
             + [n.replace(". ", " Hope Smith-Jones ") for n in real_notes[::11]] + generated)
    hits = 0
    for text in texts:
        got = [(m.span(), m.groups()) for m in rule.finditer(text)]
        assert got == [(m.span(), m.groups()) for m in rule.pattern.finditer(text)]
        hits += len(got)
    assert hits > 1_000
    for text in generated[:3_000]:
        pos = len(text) // 2
        assert [m.span() for m in rule.finditer(text, pos)] == [m.span() for m in rule.pattern.finditer(text, pos)]


def test_hyphenated_places_by_hyphen() -> None:
    text = "seen with Hope Smith-Jones, X-Ray by Ann Lee-Ho-Kim and O'Neil Baker-Ross; Bo\tLi-Wu"
    # "X-Ray" has no given name before it, three parts are no surname, "O'Neil" reads from its second capital
    assert [m.group(1, 2) for m in F._HYPHENATED.finditer(text)] == [
        ("Hope", "Smith-Jones"), ("Neil", "Baker-Ross"), ("Bo", "Li-Wu")]

"""Shared pieces of every recognizer: entity names, the per-note deadline, `RegexRecognizer`.

Regexes use the `regex` module with a per-call timeout (`deadline`), so a
pathological note raises `TimeoutError` instead of hanging a worker.
"""

from __future__ import annotations

import bisect
import contextvars
import functools
import re as stdre
import re._compiler as sre_compiler
import re._constants as sre_constants
import re._parser as sre_parser
import time
from collections.abc import Callable, Iterable, Iterator

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from cancerprep.stages.deid import compiled

NAME, DATE, AGE, CONTACT, ID, LOCATION = "NAME", "DATE", "AGE", "CONTACT", "ID", "LOCATION"
ENTITIES = (NAME, DATE, AGE, CONTACT, ID, LOCATION, "PROFESSION")

# Absolute time.monotonic() deadline for the note being analysed (set by the engine).
_deadline: contextvars.ContextVar[float | None] = contextvars.ContextVar("deid_deadline", default=None)


def set_deadline(deadline: float | None) -> contextvars.Token:
    """Set the absolute time.monotonic() deadline for the note being analysed (engine)."""
    return _deadline.set(deadline)


def reset_deadline(token: contextvars.Token) -> None:
    """Undo `set_deadline` once the note is done."""
    _deadline.reset(token)


def time_left() -> float | None:
    """Seconds left of the note's deadline (None: no deadline); raises `TimeoutError` once it has passed, so work
    that cannot be interrupted (a stdlib scan, the learned model) still fails closed between its steps."""
    d = _deadline.get()
    if d is None:
        return None
    left = d - time.monotonic()
    if left <= 0:
        raise TimeoutError("de-identification deadline exceeded")
    return left


def finditer(pattern: re.Pattern | Gated | Anchored, text: str, pos: int = 0) -> Iterable[re.Match]:
    """`pattern.finditer` under the note's remaining time: a pathological regex on a huge note raises
    TimeoutError (and the note is quarantined) instead of hanging a worker. A bare `regex` pattern is first asked
    for its required words (`may_match`): a note holding none of them gives no match without a scan."""
    timeout = time_left()
    if isinstance(pattern, re.Pattern) and not may_match(pattern, text):
        return iter(())
    return pattern.finditer(text, pos, timeout=timeout)


# Strings a required-literal set may hold (a cross product of alternatives beyond it is not formed).
_LITERALS_MAX = 64
# The fewest characters besides white space each required literal must have for the set to be asked: a shorter one
# ("x", " ") is in nearly every note, and asking it would only add work.
_LITERAL_MIN = 3
_Strings = frozenset[str] | None  # (a set of strings, or unknown)


@compiled.tabled(compiled.LITERALS)  # read from the packaged table at start-up when listed (load-time only)
def required_literals(pattern: str, flags: int = 0) -> tuple[str, ...] | None:
    """Strings of which at least one occurs in every match of the stdlib `re` pattern, each of at least `_LITERAL_MIN`
    characters besides white space; None when the pattern has no such set (it opens with a class and holds no rare
    word, or ignores case). Why: a gate or anchor that looks for one of many words ("christmas|thanksgiving|...",
    "[ \\t](?:dermatology|urology|...)") is tried by `re` at every position of the note, while asking the note for each
    word (`str.__contains__`, a fast substring search) costs a fraction; where none occurs, the pattern cannot match.
    Read from the pattern's parse tree, so the set cannot drift from the pattern (tests compare on real notes)."""
    tree = sre_parser.parse(pattern, flags)  # (every caller's pattern is compiled by stdlib `re` too)
    if tree.state.flags & sre_constants.SRE_FLAG_IGNORECASE:
        return None
    exact, factors = _sequence_strings(list(tree))
    best = _stronger(exact, factors)
    if best is None or min(len(s.strip()) for s in best) < _LITERAL_MIN:
        return None
    return tuple(sorted(s for s in best if not any(t != s and t in s for t in best)))  # a superstring adds nothing


def _usable(strings: _Strings) -> bool:
    return bool(strings) and "" not in strings


def _strength(strings: _Strings) -> tuple[int, int]:
    """How well a set rules notes out: its shortest string (white space aside, capped), then fewer strings."""
    if not _usable(strings):
        return (-1, 0)
    return (min(4, min(len(s.strip()) for s in strings)), -len(strings))


def _stronger(*candidates: _Strings) -> _Strings:
    usable = [c for c in candidates if _usable(c)]
    return max(usable, key=_strength) if usable else None


def _node_strings(op: object, av: object, fold: bool = False) -> tuple[_Strings, _Strings]:
    """(exact, required) of one parsed node: every string it can match when that set is small (else None), and a set
    one of which occurs in whatever it matches (None: none known). `fold`: case ignored, strings in lower case."""
    c = sre_constants
    if op is c.LITERAL:
        return frozenset({chr(av).lower() if fold else chr(av)}), None
    if op in (c.AT, c.ASSERT, c.ASSERT_NOT):  # zero width: consumes nothing, so joins its neighbours
        return frozenset({""}), None
    if op is c.IN:
        if all(o is c.LITERAL for o, _ in av):
            return frozenset(chr(a).lower() if fold else chr(a) for _, a in av), None
        return None, None
    if op is c.SUBPATTERN:
        _group, add_flags, _del_flags, sub = av
        if add_flags & c.SRE_FLAG_IGNORECASE and not fold:
            return None, None
        return _sequence_strings(list(sub), fold)
    if op is c.ATOMIC_GROUP:
        return _sequence_strings(list(av), fold)
    if op is c.BRANCH:
        alternatives = [_sequence_strings(list(a), fold) for a in av[1]]
        exact = None
        if all(e is not None for e, _ in alternatives):
            exact = frozenset().union(*(e for e, _ in alternatives))
            exact = exact if len(exact) <= _LITERALS_MAX else None
        required = [_stronger(e, r) for e, r in alternatives]
        return exact, (frozenset().union(*required) if all(r is not None for r in required) else None)
    if op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
        lo, hi, sub = av
        exact, required = _sequence_strings(list(sub), fold)
        if lo == 0:
            return (exact | {""} if hi == 1 and exact is not None else None), None
        if exact is not None and lo == hi and len(exact) ** lo <= _LITERALS_MAX:
            joined = frozenset({""})
            for _ in range(lo):
                joined = frozenset(a + b for a in joined for b in exact)
            return joined, _stronger(exact, required)
        return None, _stronger(exact, required)
    return None, None  # a class, a category, a back reference: any text


def _sequence_strings(items: list, fold: bool = False) -> tuple[_Strings, _Strings]:
    """(exact, required) of a sequence: the strings its nodes join into while each is exact and the product stays
    small; the strongest of those runs and of the nodes' own required sets."""
    run: frozenset[str] = frozenset({""})
    whole = True
    candidates: list[_Strings] = []
    for op, av in items:
        exact, required = _node_strings(op, av, fold)
        candidates.append(required)
        if exact is not None and len(run) * len(exact) <= _LITERALS_MAX:
            run = frozenset(a + b for a in run for b in exact)
            continue
        whole = False
        candidates.append(run)
        run = exact if exact is not None and len(exact) <= _LITERALS_MAX else frozenset({""})
    candidates.append(run)
    return (run if whole else None), _stronger(*candidates)


@compiled.tabled(compiled.SEARCH)  # read from the packaged table at start-up when listed (load-time only)
def compile_for_search(pattern: str, flags: int = 0) -> stdre.Pattern:
    """The stdlib pattern compiled with each alternation's branches grouped by their first character
    ("see|saw|follow" as "s(?:ee|aw)|follow"), for callers that only ask WHERE it matches (a gate's search, an
    anchor's zero-width lookahead), never what a match spans. Why: `re` tries an alternation's branches one by one at
    every position of a note, so a gate or anchor of 60 words costs 60 tests per character; grouped, one per first
    character. A backtracking search finds a match at a position whatever the order of the branches, so the places
    are the same; atomic groups, possessive repeats and lookbehinds, where the order or the width may matter, are left
    as written (tests compare both on real notes). The match's extent and groups may differ: never use it for them."""
    try:
        tree = sre_parser.parse(pattern, flags)
        return sre_compiler.compile(sre_parser.SubPattern(tree.state, _by_first_char(tree)), flags)
    except Exception:  # an internal layout this code does not know: the pattern as written
        return stdre.compile(pattern, flags)


def _by_first_char(sub: sre_parser.SubPattern) -> list:
    """`sub`'s items with every alternation outside atomic groups, possessive repeats and lookbehinds grouped by its
    branches' first literal (`compile_for_search`)."""
    c = sre_constants
    out: list = []
    for op, av in sub.data:
        if op is c.BRANCH:
            firsts: dict[int, list[list]] = {}
            others = []
            for alt in av[1]:
                items = _by_first_char(alt)
                if items and items[0][0] is c.LITERAL:
                    firsts.setdefault(items[0][1], []).append(items[1:])
                else:
                    others.append(sre_parser.SubPattern(sub.state, items))
            branches = []
            for char, tails in firsts.items():
                if len(tails) == 1:
                    branches.append(sre_parser.SubPattern(sub.state, [(c.LITERAL, char), *tails[0]]))
                else:
                    inner = sre_parser.SubPattern(sub.state, [(c.BRANCH, (None, [
                        sre_parser.SubPattern(sub.state, t) for t in tails]))])
                    branches.append(sre_parser.SubPattern(sub.state, [(c.LITERAL, char),
                                                                      (c.SUBPATTERN, (None, 0, 0, inner))]))
            branches += others
            out.append((c.BRANCH, (None, branches)) if len(branches) > 1
                       else (c.SUBPATTERN, (None, 0, 0, branches[0])))
        elif op is c.SUBPATTERN:
            group, add_flags, del_flags, inner = av
            out.append((op, (group, add_flags, del_flags, sre_parser.SubPattern(sub.state, _by_first_char(inner)))))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, inner = av
            out.append((op, (lo, hi, sre_parser.SubPattern(sub.state, _by_first_char(inner)))))
        elif op in (c.ASSERT, c.ASSERT_NOT) and av[0] == 1:  # a lookahead (a lookbehind must keep its fixed width)
            out.append((op, (av[0], sre_parser.SubPattern(sub.state, _by_first_char(av[1])))))
        else:
            out.append((op, av))
    return out


def may_occur(literals: tuple[str, ...] | None, text: str) -> bool:
    """False only when none of a pattern's `required_literals` is in `text` (so the pattern cannot match there)."""
    return literals is None or any(map(text.__contains__, literals))


# `regex` flags whose patterns the stdlib parser reads as `regex` does (besides case, lines, dot-all, ASCII/Unicode
# and the default version); verbose mode and `regex`'s own flags (V1 sets, full case folding, fuzzy, ...) are not.
_PARSED_FLAGS = re.IGNORECASE | re.MULTILINE | re.DOTALL | re.ASCII | re.UNICODE
# `regex` syntax the stdlib parser would read as literal characters: POSIX classes ("[[:alpha:]]") and fuzzy
# constraints ("{e<=1}"); other `regex`-only syntax ("\p{L}", "\L<name>", "(?V1)", "(?|...)") is an error there
_REGEX_ONLY = stdre.compile(r"\[:\^?[A-Za-z]+:\]|\{[^\d,}]")


def pattern_literals(pattern: str, flags: int = 0) -> tuple[tuple[str, ...], bool] | None:
    """(strings, folded): at least one of the strings occurs in every match of the `regex` pattern; folded: the
    pattern ignores case, so the strings are in lower case and hold for an ASCII note lower-cased (`lowered`). None
    when no such set is known (as `required_literals`; also for syntax or flags the stdlib parser does not read as
    `regex` does). Why: a rule without a gate is scanned over every note, though the words it needs are in few
    ("airbill", "initials", "kit"); asking the note for them costs a fraction of the scan."""
    if flags & ~(_PARSED_FLAGS | re.VERSION0) or _REGEX_ONLY.search(pattern):
        return None
    std_flags = (flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.UNICODE)) | (
        stdre.ASCII if flags & re.ASCII else 0)  # (`regex.ASCII` is the stdlib's DEBUG bit)
    try:
        tree = sre_parser.parse(pattern, std_flags)
    except Exception:  # syntax of `regex` alone: no set
        return None
    fold = bool(tree.state.flags & sre_constants.SRE_FLAG_IGNORECASE)
    best = _stronger(*_sequence_strings(list(tree), fold))
    if best is None or min(len(s.strip()) for s in best) < _LITERAL_MIN or (fold and not all(map(str.isascii, best))):
        return None
    return tuple(sorted(s for s in best if not any(t != s and t in s for t in best))), fold


# Code points beyond ASCII whose case mappings (lower, upper, folded) hold an ASCII letter: dotted and dotless I, long
# s, the Kelvin sign, sharp s, the ligatures, ... A pattern that ignores case and holds one matches an ASCII letter in
# Unicode mode ("(?i)\u017f" matches "s") but not with `regex.ASCII` (tests derive the set from every code point).
FOLDS_TO_ASCII = frozenset({0xDF, 0x130, 0x131, 0x149, 0x17F, 0x1F0, 0x1E96, 0x1E97, 0x1E98, 0x1E99, 0x1E9A, 0x1E9E,
                            0x212A, 0xFB00, 0xFB01, 0xFB02, 0xFB03, 0xFB04, 0xFB05, 0xFB06})
_LEAF_OPS = frozenset({sre_constants.ANY, sre_constants.AT, sre_constants.CATEGORY, sre_constants.NEGATE,
                       sre_constants.GROUPREF})


def _holds_folding(items: Iterable, fold: bool) -> bool | None:
    """Do the parsed `items` hold, where case is ignored (`fold`, changed by scoped flags "(?i:...)", "(?-i:...)"), a
    literal or range with a code point of `FOLDS_TO_ASCII`? None: a layout this walk does not know (the caller takes
    it as a yes)."""
    c = sre_constants
    for op, av in items:
        if op in (c.LITERAL, c.NOT_LITERAL):
            found = fold and av in FOLDS_TO_ASCII
        elif op is c.RANGE:
            found = fold and any(av[0] <= cp <= av[1] for cp in FOLDS_TO_ASCII)
        elif op is c.IN or op is c.ATOMIC_GROUP:
            found = _holds_folding(av, fold)
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT, c.POSSESSIVE_REPEAT):
            found = _holds_folding(av[2], fold)
        elif op is c.SUBPATTERN:
            _, add_flags, del_flags, inner = av
            found = _holds_folding(inner, (fold or bool(add_flags & sre_constants.SRE_FLAG_IGNORECASE))
                                   and not del_flags & sre_constants.SRE_FLAG_IGNORECASE)
        elif op in (c.ASSERT, c.ASSERT_NOT):
            found = _holds_folding(av[1], fold)
        elif op is c.BRANCH:
            answers = [_holds_folding(b, fold) for b in av[1]]
            found = None if None in answers else any(answers)
        elif op is c.GROUPREF_EXISTS:
            answers = [_holds_folding(b, fold) for b in av[1:] if b is not None]
            found = None if None in answers else any(answers)
        elif op in _LEAF_OPS:
            found = False
        else:
            return None
        if found is not False:
            return found
    return False


# `regex` flags an ASCII twin keeps the matches under (with case, lines, dot-all, verbose mode and the default
# version): the word flag's \b and full case folding read ASCII text otherwise in ASCII mode ("(?w)\b", "(?f)")
_ASCII_SAFE_FLAGS = _PARSED_FLAGS | re.VERSION0 | re.VERBOSE
# a `regex` property class ("\p{L}", "\PL"): names no code point, so it is read as \w when the fold test parses
_PROPERTY = stdre.compile(r"\\[pP](?:\{[^}]*\}|[A-Za-z])")


def keeps_ascii_matches(pattern: re.Pattern) -> bool:
    """Does the `regex` pattern compiled with `regex.ASCII` find on every ASCII text what it finds in Unicode mode?
    Why: the two modes read \\w \\d \\s \\b and ASCII letters alike on ASCII text, but a pattern ignoring case and
    naming a code point whose case maps onto ASCII (`FOLDS_TO_ASCII`: "(?i)stra\\u017fe", a range "[\\u00c0-\\u024f]"
    holding the long s and the dotless i) matches "s", "i", "k" in Unicode mode only; so do the word flag's \\b and
    "\\X" on "\\r\\n". False also where the stdlib parser cannot read the pattern (its code points are unknown)."""
    if pattern.flags & ~_ASCII_SAFE_FLAGS or "\\X" in pattern.pattern:
        return False
    flags = pattern.flags & (re.IGNORECASE | re.MULTILINE | re.DOTALL | re.VERBOSE)
    try:
        tree = sre_parser.parse(_PROPERTY.sub(r"\\w", pattern.pattern), flags)
    except Exception:  # other syntax of `regex` alone: unknown
        return False
    return _holds_folding(tree, bool(tree.state.flags & sre_constants.SRE_FLAG_IGNORECASE)) is False


# A pattern's strings are read at its third search: the engine's rules are searched once a note, and a pattern built
# for one note (a roster, the consistency names) is searched once or twice and never pays the parse. Bounded: a long
# run that builds many patterns starts counting again.
_ASKED_AT = 3
# Strings found in most notes ("first", "charge") rule few scans out and cost their look-ups on every note: after
# this many notes, a set found in more than half of them is no longer asked (the pattern is scanned, as without it).
_TRIAL = 100
_PATTERN_LITERALS: dict[object, list | None] = {}  # [strings, folded, notes asked, notes holding one]
_SEARCHES: dict[object, int] = {}
_KEPT_MAX = 20_000


def may_match(pattern: re.Pattern, text: str) -> bool:
    """False only when `text` holds none of the `pattern_literals` of the `regex` pattern (so it cannot match there);
    a folded set is asked of an ASCII note only (where lower-casing is exact, as for `Folded`)."""
    try:
        found = _PATTERN_LITERALS[pattern]
    except KeyError:
        seen = _SEARCHES.get(pattern, 0) + 1
        if seen < _ASKED_AT:
            if len(_SEARCHES) >= _KEPT_MAX:
                _SEARCHES.clear()
            _SEARCHES[pattern] = seen
            return True
        _SEARCHES.pop(pattern, None)
        if len(_PATTERN_LITERALS) >= _KEPT_MAX:
            _PATTERN_LITERALS.clear()
        read = pattern_literals(pattern.pattern, pattern.flags)
        found = _PATTERN_LITERALS[pattern] = None if read is None else [*read, 0, 0]
    if found is None:
        return True
    literals, folded, asked, held = found
    if folded:
        if not text.isascii():
            return True
        text = lowered(text)
    answer = any(map(text.__contains__, literals))
    if asked < _TRIAL:
        found[2], found[3] = asked + 1, held + answer
    elif 2 * held > asked:
        _PATTERN_LITERALS[pattern] = None
    return answer


class Gated:
    """A rule's pattern run only on the notes where its anchor occurs. Why: a pattern that opens with a
    generic word ("X, MD", "X is a 62 yo") is tried at every word of every note, though its anchor (the
    credential, "is a 62") is rare; one scan for the anchor costs a tenth as much. Same matches: the gate must
    be a necessary condition of the pattern (tests compare both on real notes).

    The gate is a `regex` pattern (or its source), or a `Folded` one; a stdlib `re` pattern is searched as it is
    (its scans of literals and character classes are several times faster than `regex`'s; it has no timeout, so
    a stdlib gate must stay linear: literals, classes, no nested repeats)."""

    def __init__(self, gate: str | re.Pattern | stdre.Pattern | Folded, pattern: re.Pattern | stdre.Pattern):
        self.gate = re.compile(gate) if isinstance(gate, str) else gate
        self.pattern = pattern
        # a stdlib gate's required words, asked before it is searched (`required_literals`), and the gate as searched
        self._literals = required_literals(gate.pattern, gate.flags) if isinstance(gate, stdre.Pattern) else None
        self._search = compile_for_search(gate.pattern, gate.flags) if isinstance(gate, stdre.Pattern) else None

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterable[re.Match]:
        """The pattern's matches, or none at all when the anchor is absent. A stdlib pattern (linear, as its gate must
        be) runs without the timeout, which only `regex` takes."""
        gate = self.gate
        if isinstance(gate, Folded):
            absent = gate.absent(text, pos)
        elif isinstance(gate, stdre.Pattern):
            absent = not may_occur(self._literals, text) or self._search.search(text, pos) is None
        else:
            absent = not may_match(gate, text) or gate.search(text, pos, timeout=timeout) is None
        if absent:
            return iter(())
        if isinstance(self.pattern, stdre.Pattern):
            return self.pattern.finditer(text, pos)
        return self.pattern.finditer(text, pos, timeout=timeout)


class Folded:
    """A case-insensitive gate written in lower case: a stdlib `re` search (case-sensitive, so fast) over the note
    lower-cased once (`lowered`). On an ASCII note lower-casing is exact, so this answers as the case-insensitive
    search would; a note with other characters (where case folding has exceptions: "K" the Kelvin sign, "ſ") is
    never gated, its rule just runs."""

    def __init__(self, gate: str, flags: int = 0):
        if gate != gate.lower():
            raise ValueError("a folded gate is written in lower case")
        self.source, self.flags = gate, flags
        self.pattern = compile_for_search(gate, flags)  # (only searched: `compile_for_search`)
        self.literals = required_literals(gate, flags)  # (asked first: most notes hold none of the gate's words)
        self._last: tuple[str, int, bool] = ("", -1, False)  # the last note's answer: rules may share a gate

    def absent(self, text: str, pos: int = 0) -> bool:
        """True only when the gate surely does not occur from pos on (an ASCII note without it); the last note's
        answer is kept. The one preamble of the folded gates: each kind writes only `_absent_low`."""
        last = self._last
        if last[0] is text and last[1] == pos:
            return last[2]
        answer = text.isascii() and self._absent_low(lowered(text), pos)
        self._last = (text, pos, answer)
        return answer

    def _absent_low(self, low: str, pos: int) -> bool:
        """True when the lower-cased ASCII note holds none of the literals or no match of the gate from pos on."""
        return not may_occur(self.literals, low) or self.pattern.search(low, pos) is None


class WholeWords(Folded):
    """A gate asking whether an ASCII note holds one of `words` as a whole word: a word of letters, digits, "_", "'"
    and "-" between other characters (`str.translate` blanks the others, `str.split` cuts the words, a set answers).
    Why: a search for a vocabulary of a hundred words tries most of its branches at every letter, the look-up costs a
    third as much. Every match of a pattern the gate stands before must hold one of the words (in any case) with no
    such character on either side; a note with other characters is never gated (its rule just runs), and a word with
    other characters is left out of the look-up (it matches no ASCII note: no word of the project's lists has a letter
    whose case folds to ASCII, as "ſ" does)."""

    _BLANKS = str.maketrans({chr(i): " " for i in range(128)
                             if not (chr(i).isalnum() or chr(i) in "_'-")})

    def __init__(self, words: Iterable[str]):
        self.words = frozenset(w.lower() for w in words)
        if any(not (c.isalnum() or c in "_'-") for w in self.words if w.isascii() for c in w):
            raise ValueError("a whole word holds only letters, digits, '_', \"'\" and '-'")
        super().__init__(rf"(?<![\w'-])(?:{longest_first(w for w in self.words if w.isascii())})(?![\w'-])")

    def absent(self, text: str, pos: int = 0) -> bool:
        """True only when the note is ASCII and holds none of the words (anywhere: `pos` is not needed to be sure)."""
        last = self._last
        if last[0] is text:
            return last[2]
        answer = text.isascii() and self.words.isdisjoint(lowered(text).translate(self._BLANKS).split())
        self._last = (text, pos, answer)
        return answer


def anchor_lines(anchor: stdre.Pattern | re.Pattern, text: str, pos: int = 0) -> Iterable[tuple[int, int]]:
    """(start, end) of each line, from `pos` on, where `anchor` matches in `text`, once each and in order (end is the
    newline's index or the text's length). Why: the one line walk of `Lined`, `LinedStarts` and `CasedLined`."""
    done = pos
    for a in anchor.finditer(text, pos):
        if a.start() < done:
            continue
        start = max(pos, text.rfind("\n", 0, a.start()) + 1)
        end = text.find("\n", a.start())
        done = len(text) if end == -1 else end
        yield start, done


class Placed:
    """The shared start of the rules tried only at places read from the lower-cased ASCII note (`Lined`, `CasedLined`,
    `Anchored`, `WordAnchored`, `RunAnchored` and their kinds): a note with non-ASCII characters is searched whole
    (lower-casing is exact on ASCII only, so no place read from it is sure); an ASCII note holding none of `literals`
    (strings one of which every match holds, or None) gives no match; otherwise `_placed` tries the pattern where its
    places say. Why: each of those classes asked these three things in its own words before its own search; written
    once, they answer alike and a new kind of rule only writes `_placed`."""

    pattern: re.Pattern | stdre.Pattern
    literals: tuple[str, ...] | None = None

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterator[re.Match]:
        """The pattern's matches from `pos` on, in order."""
        return self.placed(text, pos, None, timeout)

    def placed(self, text: str, pos: int, endpos: int | None, timeout: float | None) -> Iterator[re.Match]:
        """The pattern's matches from `pos` to `endpos` (None: the note's end): the whole search on a note with
        non-ASCII characters, none where the literals are absent, else `_placed`'s. A stdlib pattern is searched
        without the timeout, which only `regex` takes."""
        if not text.isascii():
            if isinstance(self.pattern, stdre.Pattern):
                return self.pattern.finditer(text, pos, len(text) if endpos is None else endpos)
            return self.pattern.finditer(text, pos, endpos, timeout=timeout)
        low = lowered(text)
        if not may_occur(self.literals, low):
            return iter(())
        return self._placed(text, low, pos, endpos, timeout)

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The matches on an ASCII note that may hold one (`low`: the note lower-cased), tried at the rule's places."""
        raise NotImplementedError

    def matcher(self, timeout: float | None) -> Callable[..., re.Match | None]:
        """The pattern's `match(text, pos[, endpos])` for the places of an ASCII note, under the note's timeout where
        one is asked. Always the rule's own pattern: callers may tell a rule's matches by `Match.re` (a stdlib twin
        answered the same offsets but lost the handover rule so: perf43)."""
        if timeout is not None and not isinstance(self.pattern, stdre.Pattern):
            return functools.partial(self.pattern.match, timeout=timeout)
        return self.pattern.match

    def tried_at(self, text: str, places: Iterable[int], pos: int, timeout: float | None,
                 endpos: int | None = None) -> Iterator[re.Match]:
        """The pattern's matches at `places` (ascending), each place tried only past the last match's end, as
        `finditer` never overlaps its matches. Why: every placed rule walked its places so in its own copy."""
        match = self.matcher(timeout)
        done = pos
        for p in places:
            if p < done:
                continue
            m = match(text, p) if endpos is None else match(text, p, endpos)
            if m is not None:
                done = m.end()
                yield m


# each `Lined` anchor's lines in the last note it was asked of, by the anchor's source (`Lined._lines`)
_ANCHORED_LINES: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}


class Lined(Placed):
    """A pattern that never crosses a line (no newline in any match), run only on the lines where its anchor occurs.
    Why: a pattern opening with a generic word ("X Y, DOB") is tried at every character of a note, though only the
    few lines holding its anchor can match; searching those lines alone finds the same matches (a match, the anchor
    inside it, lies on one line; a line's end is a newline, as in the whole note). The anchor is written in lower
    case and searched as a `Folded` gate is (stdlib `re` with alternations grouped by first character, over the
    lower-cased note); it must occur in every match. A note with non-ASCII characters is searched whole. The pattern
    must never match the empty string nor look past the line's end (tests compare both on real notes)."""

    def __init__(self, anchor: str, pattern: re.Pattern, literals: tuple[str, ...] | None = None):
        if anchor != anchor.lower():
            raise ValueError("a line anchor is written in lower case")
        self.source = anchor
        self.anchor = compile_for_search(anchor)  # (only where it matches is asked: `compile_for_search`)
        # (strings one of which every anchor match holds: read from the anchor, or given where it holds shorter ones
        # than `required_literals` reads, "i-")
        self.literals = required_literals(anchor) if literals is None else literals
        self.pattern = pattern

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches on the lines that hold the anchor, in order."""
        for start, done in (self._lines(low) if pos == 0 else anchor_lines(self.anchor, low, pos)):
            yield from self._on_line(text, low, start, done, timeout)

    def _lines(self, low: str) -> tuple[tuple[int, int], ...]:
        """The anchored lines of the whole note, kept for the last note by the anchor's source: rules sharing an anchor
        (dictation's two reference-line rules) search it once a note."""
        last = _ANCHORED_LINES.get(self.source)
        if last is None or last[0] is not low:
            last = _ANCHORED_LINES[self.source] = (low, tuple(anchor_lines(self.anchor, low)))
        return last[1]

    def _on_line(self, text: str, low: str, start: int, done: int, timeout: float | None) -> Iterable[re.Match]:
        """The pattern's matches on one anchored line (`text[start:done]`; `low` is the lower-cased note)."""
        return self.pattern.finditer(text, start, done, timeout=timeout)


# each `LiteralLined` anchor's lines in the last note it was asked of, by the anchor's source
_LITERAL_LINES: dict[str, tuple[str, tuple[tuple[int, int], ...]]] = {}


class LiteralLined(Lined):
    """`Lined` whose anchor is searched only on the lines holding one of its literals (`Lined.literals`: strings one of
    which every anchor match holds, none with a line break). Why: an anchor opening on one of many words ("day
    surgery|endoscopy center|...", "initial|first|closing|...") has no character stdlib `re` can skip to, so its scan
    of the whole note was tried at every character (~40-65 us a long MTSamples note, more than the rule's search of
    the lines it found); `str.find` places each literal at C speed, and a note's literals stand on a few lines. An
    anchor match and its literal lie on one line, so the lines are those `Lined` finds: the same matches, in order
    (perf53; tests compare both on real notes). An anchor without literals is scanned whole, as `Lined` does."""

    def __init__(self, anchor: str, pattern: re.Pattern, literals: tuple[str, ...] | None = None):
        super().__init__(anchor, pattern, literals)
        if any("\n" in s for s in self.literals or ()):
            raise ValueError("a literal of a line anchor holds no line break")

    def _lines(self, low: str) -> tuple[tuple[int, int], ...]:
        """The anchored lines of the whole note, read from the lines holding a literal, kept for the last note."""
        if self.literals is None:
            return super()._lines(low)
        last = _LITERAL_LINES.get(self.source)
        if last is None or last[0] is not low:
            starts = set()
            find, rfind = low.find, low.rfind
            for s in self.literals:
                i = find(s)
                while i != -1:
                    starts.add(rfind("\n", 0, i) + 1)
                    end = find("\n", i)
                    i = -1 if end == -1 else find(s, end)
            found = []
            search = self.anchor.search
            for start in sorted(starts):
                end = find("\n", start)
                end = len(low) if end == -1 else end
                if search(low, start, end) is not None:
                    found.append((start, end))
            last = _LITERAL_LINES[self.source] = (low, tuple(found))
        return last[1]

    def twinned(self) -> LiteralLined:
        """The same rule over the pattern's ASCII twin (`ascii_twin`)."""
        return LiteralLined(self.source, ascii_twin(self.pattern), self.literals)


class LinedStarts(Lined):
    """`Lined`, and on each line the pattern tried only where `starts` (lower case, searched as `Anchored`'s anchor)
    says a match may begin. Why: on a long line the `regex` pattern is still tried at every character; a match can
    begin only where its first word or a line starts. Each match is the one a search reaching that place would find,
    so the matches are the same, in order (tests compare both on real notes)."""

    def __init__(self, anchor: str, starts: str, pattern: re.Pattern):
        if starts != starts.lower():
            raise ValueError("a start anchor is written in lower case")
        super().__init__(anchor, pattern)
        self.starts = compile_for_search(f"(?=(?:{starts}))")

    def _on_line(self, text: str, low: str, start: int, done: int, timeout: float | None) -> Iterable[re.Match]:
        """The pattern's matches on one anchored line, tried at the start anchor's places, in order."""
        last = start
        match = self.matcher(timeout)
        for b in self.starts.finditer(low, start, done):
            if b.start() < last:
                continue
            m = match(text, b.start(), done)
            if m is not None:
                last = m.end()
                yield m


class LinedOpeners(Lined):
    """`LinedStarts` for a pattern that opens on the line's start, on one of the characters `marks` (or, for those also
    in `before`, on the character before it: a blank before a dash) or on one of `words` standing as a whole run of
    word characters (`\\w`). Why: a start anchor holding a line start or a `\\b` has no character for stdlib `re` to
    skip to, so `LinedStarts` pays ~40-90 ns a character of every anchored line for its places (`_SORTED_FIELD`:
    more than its pattern's tries); here the marks are one class scan, the words `str.find` in the note's blanked
    runs (`word_runs`, shared), and the line's start is always tried. The places are those of the start anchor
    `(?<![^\\n])|[marks]|\\b(?:words)\\b` or more (the place before any mark in `before`; the line's start when `pos`
    falls inside a line): the pattern, opening with that choice (a mark in `before` after its blank), fails wherever
    it does not hold, so the matches are the same, in order (tests compare both on real notes)."""

    def __init__(self, anchor: str, marks: str, words: tuple[str, ...], pattern: re.Pattern, before: str = ""):
        if any(w != w.lower() or not w.isascii() or not w.isalnum() for w in words) or not set(before) <= set(marks):
            raise ValueError("the words are ASCII runs in lower case; a mark read before is a mark")
        super().__init__(anchor, pattern)
        self.marks = stdre.compile("[" + "".join(map(stdre.escape, marks)) + "]")
        self.before = before
        self.words = tuple(f" {w} " for w in words)

    def _on_line(self, text: str, low: str, start: int, done: int, timeout: float | None) -> Iterable[re.Match]:
        """The pattern's matches on one anchored line, tried at the line's start, the marks and the words, in order."""
        places = {start}
        before = self.before
        for m in self.marks.finditer(low, start, done):
            p = m.start()
            places.add(p - 1 if before and low[p] in before else p)
        padded = word_runs(low)  # (a word's blank before it stands at the word's own place in the note)
        for pad in self.words:
            i = padded.find(pad, start, done + 2)
            while i != -1:
                places.add(i)
                i = padded.find(pad, i + len(pad) - 1, done + 2)
        last = start
        match = self.matcher(timeout)
        for b in sorted(places):
            if b < last:
                continue
            m = match(text, b, done)
            if m is not None:
                last = m.end()
                yield m


class CasedLined(Placed):
    """`Lined` with an anchor that must keep case: a stdlib `re` pattern (linear: literals, classes, no nested
    repeats) searched over an ASCII note as it is, not lower-cased. Why: a rule whose tell is a short group of
    capitals at a line's end ("... 0800 AB") has no literal a folded anchor could ask for, and its `regex` pattern,
    tried at every character of every note, costs more than the rest of its recogniser; the anchor, written for ASCII
    text, finds the few lines where the group stands. The anchor must match somewhere on every line the pattern
    matches on (a superset written with ASCII classes: on an ASCII note `regex`'s classes are those); the pattern must
    never cross a line nor match the empty string (tests compare both on real notes). Other notes are searched
    whole."""

    def __init__(self, anchor: stdre.Pattern, pattern: re.Pattern):
        self.anchor = anchor
        self.pattern = pattern

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches on the lines that hold the anchor (searched in the note as written), in order."""
        for start, done in anchor_lines(self.anchor, text, pos):
            yield from self.pattern.finditer(text, start, done, timeout=timeout)


class Anchored(Placed):
    """A pattern tried only where its anchor starts. Why: a pattern opening with a list of words ("see|follow|...
    X", "from|near|... City") is tried at every character by `regex`; the stdlib search for the words over the
    lower-cased note finds the few places it can start, and trying it there finds the same matches, in order (each
    match is the one a search reaching that place would find). The anchor is written in lower case and must match
    (as a lookahead) where every match of the pattern starts; a note with non-ASCII characters is searched whole.
    The pattern must never match the empty string (tests compare both on real notes)."""

    def __init__(self, anchor: str, pattern: re.Pattern, literals: tuple[str, ...] | None = None):
        if anchor != anchor.lower():
            raise ValueError("an anchor is written in lower case")
        self.source = anchor
        self.anchor = compile_for_search(f"(?=(?:{anchor}))")  # zero width: only where it matches is asked
        self.literals = required_literals(anchor) if literals is None else literals  # (given: as `Lined`'s)
        self.pattern = pattern

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried at the anchor's places only."""
        return self.tried_at(text, (a.start() for a in self.anchor.finditer(low, pos)), pos, timeout)


class LineTested:
    """A pattern searched only on the lines that pass `test` (a test of a line's text, without its line break). Why: a
    rule made for lines without case (a caseless organisation name) refuses, in its validator, every match on a cased
    line, and cased lines are most of a note; searching the other lines alone finds the matches the validator keeps.
    For a pattern that never crosses a line nor looks past one (a line's end is a newline, as in the whole note) and
    whose validator refuses every match on a line failing the test (tests compare the kept matches on real notes)."""

    def __init__(self, test: Callable[[str], bool], pattern: re.Pattern):
        self.test = test
        self.pattern = pattern

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterable[re.Match]:
        """The pattern's matches on the lines that pass the test, in order."""
        for start, end in _lines_passing(self.test, text):
            if end >= pos:
                yield from self.pattern.finditer(text, max(start, pos), end, timeout=timeout)


@functools.lru_cache(maxsize=4)
def _lines_passing(test: Callable[[str], bool], text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of each line of `text` that passes `test`, kept for the last notes (rules share a test)."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if test(line):
            out.append((start, end))
        start = end + 1
    return tuple(out)


def ascii_twin(pattern: re.Pattern | Gated | Anchored | Lined | LineTested
               ) -> re.Pattern | Gated | Anchored | Lined | LineTested:
    """The pattern compiled with `regex.ASCII`, for ASCII notes only: on a text of ASCII characters, \\w \\d \\s \\b and
    case-insensitive letters match exactly what they match in Unicode mode (the flag narrows them to ASCII), so the
    matches are the same, and `regex` scans about 13% faster (PhysioNet notes, every rule; tests compare both). A
    pattern the flag would read otherwise (`keeps_ascii_matches`: case folded from beyond ASCII) is kept as it is. A
    rule of its own kind that says how it is twinned (`twinned`) keeps its kind."""
    if hasattr(pattern, "twinned"):
        return pattern.twinned()
    if isinstance(pattern, Gated):
        gate = pattern.gate if isinstance(pattern.gate, Folded | stdre.Pattern) else ascii_twin(pattern.gate)
        return Gated(gate, ascii_twin(pattern.pattern))
    if isinstance(pattern, Anchored):
        return Anchored(pattern.source, ascii_twin(pattern.pattern), pattern.literals)
    if isinstance(pattern, LinedAtStart):  # (before Lined, its base: the twin keeps the one try a line)
        return LinedAtStart(pattern.source, ascii_twin(pattern.pattern), pattern.literals)
    if isinstance(pattern, LineTestedAtStart):  # (before LineTested, its base, likewise)
        return LineTestedAtStart(pattern.test, ascii_twin(pattern.pattern))
    if isinstance(pattern, Lined):
        return Lined(pattern.source, ascii_twin(pattern.pattern), pattern.literals)
    if isinstance(pattern, LineTested):
        return LineTested(pattern.test, ascii_twin(pattern.pattern))
    if isinstance(pattern, WordAnchored):  # (the same words' places; a stdlib pattern is kept as it is)
        inner = pattern.pattern
        return WordAnchored(pattern.words, ascii_twin(inner) if isinstance(inner, re.Pattern) else inner,
                            pattern.endings)
    if not keeps_ascii_matches(pattern):  # (the rule's own pattern: the same matches, only slower)
        return pattern
    return re.compile(pattern.pattern, (pattern.flags & ~re.UNICODE) | re.ASCII)


def by_length(word: str) -> tuple[int, str]:
    """Sort key for a regex alternation: longest first, then alphabetical. Words of one length never both match at
    one place, so their order changes no match; fixing it keeps the pattern the same string in every process (a set's
    order follows the process's string hashing), which the compiled-pattern table (`compiled`) looks patterns up by."""
    return -len(word), word


def longest_first(words: Iterable[str]) -> str:
    """A regex alternation of `words`, escaped, longest first: where one word begins another ("pa" and "pa-c",
    "son" and "son-in-law") the longer must be tried first or the shorter wins."""
    return "|".join(sorted((re.escape(w) for w in words), key=by_length))


@functools.lru_cache(maxsize=4)
def lowered(text: str) -> str:
    """The note in lower case, kept for the last notes (every folded gate of every recognizer asks it)."""
    return text.lower()


I = re.IGNORECASE  # noqa: E741
MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|"
          r"sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)")
ORD = r"(?:st|nd|rd|th)?"


class SpansRecognizer(EntityRecognizer):
    """A Presidio recognizer whose work is one function of the note, `spans(text)` -> (start, end, entity, score).
    Why: the form-family recognizers (admin, ward) keep their rules in a plain function that tests call directly;
    this wraps such a function for Presidio once, instead of each module repeating `load` and `analyze`."""

    def __init__(self, name: str, entities: list[str], spans: Callable[[str], list[tuple[int, int, str, float]]]):
        self.spans = spans
        super().__init__(supported_entities=entities, name=name, supported_language="en")

    def load(self) -> None:
        """Nothing to load; Presidio requires the method."""

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None
                ) -> list[RecognizerResult]:
        """Every span of `spans`, named for this recognizer."""
        return [RecognizerResult(etype, a, b, score, recognition_metadata={"recognizer_name": self.name})
                for a, b, etype, score in self.spans(text)]


class RegexRecognizer(EntityRecognizer):
    """A Presidio recognizer over a list of (regex, group, score, validator) rules.

    Like `PatternRecognizer`, but a rule can report one capture group and a
    validator sees the whole text around the match (context), which clinical
    dates and numbers need (a year vs a time of day vs a lab value).
    """

    Rule = tuple[re.Pattern | Gated | Anchored | Lined | LineTested, int, float,
                 Callable[[str, re.Match], bool] | None]

    # notes a recognizer reads before it compiles its rules' ASCII twins: compiling all twins costs ~0.2 s per
    # process and saves ~0.14 ms per note, so a one-note run must not pay it and a long run soon earns it back
    TWIN_AFTER = 500

    def __init__(self, entity: str, name: str, rules: list[Rule]):
        self.rules = rules
        # the same rules compiled for ASCII notes (`ascii_twin`), built once TWIN_AFTER notes were read: most notes
        # are ASCII, and the twins' scans are faster; both find the same matches, so which one runs changes nothing
        self._ascii_rules: list[RegexRecognizer.Rule] | None = None
        self._notes_read = 0
        super().__init__(supported_entities=[entity], name=name, supported_language="en")

    def _rules_for(self, text: str) -> list[Rule]:
        if not text.isascii():
            return self.rules
        if self._ascii_rules is None:
            self._notes_read += 1
            if self._notes_read <= self.TWIN_AFTER:
                return self.rules
            self._ascii_rules = [(ascii_twin(pattern), *rest) for pattern, *rest in self.rules]
        return self._ascii_rules

    def load(self) -> None:
        """Nothing to load (rules are compiled by the caller); Presidio requires the method."""
        pass

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        """Each rule's chosen group, kept when its validator accepts the match in context; an empty
        group is skipped so a zero-width match never becomes a span."""
        out = []
        entity = self.supported_entities[0]
        for pattern, group, score, valid in self._rules_for(text):
            for m in finditer(pattern, text):
                s, e = m.span(group)
                if s == e or (valid is not None and not valid(text, m)):
                    continue
                out.append(RecognizerResult(entity, s, e, score,
                                            recognition_metadata={"recognizer_name": self.name}))
        return out


class LinedAtStart(Lined):
    """`Lined` for a pattern that can only begin where a line begins (it opens with `^` in multi-line mode and never
    matches the empty string): on each anchored line it is tried once, at the line's start, instead of being searched
    along the line. Why: `regex` spends as long failing `^` at every other character of a line as trying the pattern
    at its start; a search of the line finds at most one match and only there, so the matches are the same, in order
    (tests compare both on real notes)."""

    def _on_line(self, text: str, low: str, start: int, done: int, timeout: float | None) -> Iterable[re.Match]:
        """The pattern's match at the line's start, if any."""
        m = self.matcher(timeout)(text, start, done)
        return () if m is None else (m,)


class LineTestedAtStart(LineTested):
    """`LineTested` for a pattern that can only begin where a line begins (as `LinedAtStart`): tried once at the start
    of each line that passes the test, instead of being searched along it. Same matches, in order (tests compare both
    on real notes)."""

    matcher = Placed.matcher

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterable[re.Match]:
        """The pattern's match at the start of each line that passes the test (from `pos` on), in order."""
        match = self.matcher(timeout)
        for start, end in _lines_passing(self.test, text):
            if start >= pos:
                m = match(text, start, end)
                if m is not None:
                    yield m



# every byte but an ASCII word character (`\w`: letters, digits, "_") blanked, so `split` cuts the runs
_RUN_BREAKS = bytes(c if chr(c).isascii() and (chr(c).isalnum() or chr(c) == "_") else 32 for c in range(256))


@functools.lru_cache(maxsize=4)
def word_runs(low: str) -> str:
    """A lower-cased ASCII note with every character but word characters (`\\w`) blanked and a blank added at each end,
    so a whole run is a word between blanks; kept for the last notes (rules share it)."""
    return f" {low.encode('ascii').translate(_RUN_BREAKS).decode('ascii')} "


@functools.lru_cache(maxsize=4)
def run_set(low: str) -> frozenset[str]:
    """The runs of word characters of a lower-cased ASCII note (`word_runs`), as a set (rules share it)."""
    return frozenset(word_runs(low).split())


# words a `WordAnchored` rule looks for one by one (`str.find` between blanks); a longer list asks `run_set` first
# (each `str.find` of a blank-led word costs ~1.3 us on a PhysioNet note, the set's look-up ~1.4 us for a list and is
# shared: perf29 measured a 40-word list at 53 us found word by word; the run set is cut for every ASCII note anyway,
# by the `AlnumWords` gates, so a list of two words already costs more found one by one: perf35 lowered this from 8,
# the handover verbs' 7 words 11.6 -> 2.9 us a PhysioNet note, the same places)
_FEW_WORDS = 1


class WordAnchored(Placed):
    """A pattern tried only where one of `words` stands as a whole run of word characters (`\\w`), or a run ending in
    one of `endings`. Why: a pattern opening with a list of words ("see|follow|...") behind `\\b` or a lookbehind is
    tried by stdlib `re` at every position (a zero-width anchor has no prefix to skip to: ~40 ns a character); in the
    note with every other character blanked once by `bytes.translate` (`word_runs`, shared by every rule) `str.find`
    places each word between blanks (a long list first asks the note's set of runs which occur, `run_set`). Each
    match is the one a search reaching that place would find, so the matches are the same, in order. Every match must
    open with a whole run (lower case) that is one of the words or ends in an ending; a note with non-ASCII characters
    is searched whole (tests compare both on real notes). The pattern is a `regex` one or a linear stdlib one
    (searched without the timeout, which only `regex` takes)."""

    def __init__(self, words: Iterable[str], pattern: re.Pattern | stdre.Pattern, endings: tuple[str, ...] = ()):
        self.words = frozenset(words)
        if any(not w or not w.isascii() or w != w.lower() or b" " in w.encode().translate(_RUN_BREAKS)
               for w in self.words):
            raise ValueError("an anchoring word is one run of ASCII word characters in lower case")
        self.endings = endings
        self.pattern = pattern
        self._last: tuple[str | None, list[int]] = (None, [])

    def starts(self, low: str, pos: int = 0, endpos: int | None = None) -> list[int]:
        """Where a run that is one of the words (or ends in an ending) starts in the lower-cased note, from `pos` to
        before `endpos`, in order (the note's places are kept for the last note: a rule may be asked line by line)."""
        if self._last[0] is not low:
            padded = word_runs(low)  # (a place in it is one more than in the note)
            words = self.words if len(self.words) <= _FEW_WORDS else self.words.intersection(run_set(low))
            out: list[int] = []
            for w in words:  # each whole run: the word between blanks
                pad = f" {w} "
                i = padded.find(pad)
                while i != -1:
                    out.append(i)
                    i = padded.find(pad, i + len(w) + 1)
            for e in self.endings:  # each run ending in one: from the blank before it
                tail = f"{e} "
                i = padded.find(tail)
                while i != -1:
                    out.append(padded.rfind(" ", 0, i))
                    i = padded.find(tail, i + 1)
            out = sorted(set(out))
            self._last = (low, out)
        places = self._last[1]
        if pos == 0 and endpos is None:
            return places
        end = len(low) if endpos is None else endpos
        return places[bisect.bisect_left(places, pos):bisect.bisect_left(places, end)]

    def finditer(self, text: str, pos: int = 0, endpos: int | None = None, timeout: float | None = None
                 ) -> Iterator[re.Match]:
        """The pattern's matches from `pos` to `endpos` (as `finditer` reads them), tried at the words' places only."""
        return self.placed(text, pos, endpos, timeout)

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches from `pos` to `endpos`, tried where the words start."""
        end = len(text) if endpos is None else endpos
        return self.tried_at(text, self.starts(low, pos, end), pos, timeout, end)


class RunAnchored(Placed):
    """A pattern whose every match opens on the first character of a run of `run` characters (lower case) that ends
    right where `anchor` matches: the pattern is tried at the start of the run before each place the anchor (a
    stdlib pattern written in lower case, opening on a rare character) finds in the lower-cased note. Why: a pattern
    opening on a word before its tell ("<owner>'s team") is tried by `regex` at every letter, and a search for where
    the word may start is as dear; the tell is rare, and the word's start is a few steps back from it. Each match is
    the one a search reaching that place would find, so the matches are the same, in order. A match's start must have
    no `run` character before it and none but `run` characters up to the anchor; a note with non-ASCII characters is
    searched whole (tests compare both on real notes)."""

    def __init__(self, anchor: str, run: str, pattern: re.Pattern):
        if anchor != anchor.lower() or run != run.lower():
            raise ValueError("an anchor and its run are written in lower case")
        self.anchor = compile_for_search(anchor)
        self.run = frozenset(run)
        self.pattern = pattern

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried at the start of the run before each anchor."""
        starts = set()
        for a in self.anchor.finditer(low, pos):
            s = a.start()
            while s > pos and low[s - 1] in self.run:
                s -= 1
            starts.add(s)
        return self.tried_at(text, sorted(starts), pos, timeout)
class AlnumWords(WholeWords):
    """A gate asking whether an ASCII note holds one of `words` (letters and digits only) as a whole run of word
    characters (`run_set`: every other character cuts a run). Why: a rule that ends in a vocabulary word closed by `\\b`
    after a blank ("12 Elm Street", "5th Ave") is tried at every number of every note, though most notes hold none of
    its words; the note's runs are cut once and shared by every such gate, each asking them with one `isdisjoint`.
    Every match of the pattern it stands before must hold one of the words (in any case) between a character other
    than a word character (or the note's edge) on each side, as `\\b` after a blank makes it on an ASCII note; a note
    with other characters is never gated (its rule just runs)."""

    def __init__(self, words: Iterable[str]):
        words = frozenset(w.lower() for w in words)
        if not all(w.isascii() and w.isalnum() for w in words):
            raise ValueError("an alnum word holds only ASCII letters and digits")
        super().__init__(words)

    def absent(self, text: str, pos: int = 0) -> bool:
        """True only when the note is ASCII and holds none of the words as a run (anywhere: `pos` is not needed)."""
        return text.isascii() and self.words.isdisjoint(run_set(lowered(text)))


class RegexFolded(Folded):
    """A `Folded` gate searched by `regex` in ASCII mode instead of the stdlib. Why: a gate opening with a class of
    digits ("[0-9]{3}[-.][0-9]{4}") is tried by the stdlib at every position of the note, while `regex` skips along to
    the class's characters: about a fifth of the cost (PhysioNet notes: 2.2 against 11 us), and about a tenth of the
    digit-led rule it stands before, whose opening lookbehind keeps `regex` from skipping. On an ASCII note the
    lower-cased search answers as `Folded`'s does (ASCII mode changes nothing there); other notes are never gated."""

    def __init__(self, gate: str, flags: int = 0):
        super().__init__(gate, flags)
        self.scan = re.compile(gate, flags | re.ASCII)

    def _absent_low(self, low: str, pos: int) -> bool:
        """True when the lower-cased ASCII note holds no match of the gate from pos on (`regex`'s scan)."""
        return self.scan.search(low, pos) is None



class KeptGate:
    """A `regex` gate whose answer for the last note is kept (as a `Folded` gate keeps its own); `Gated` asks it as it
    asks any `regex` gate (its required words by `may_match`, read from `pattern` and `flags`, then `search`). Why: a
    dear gate (a lookbehind over a list of roles at every colon) that two rules share, one before the other's own
    narrower gate, is then searched once a note instead of twice."""

    def __init__(self, gate: re.Pattern):
        self.gate = gate
        self.pattern, self.flags = gate.pattern, gate.flags
        self._last: tuple[str, int, re.Match | None] = ("", -1, None)

    def search(self, text: str, pos: int = 0, timeout: float | None = None) -> re.Match | None:
        """The gate's first match from pos on, searched once a note."""
        last = self._last
        if last[0] is text and last[1] == pos:
            return last[2]
        m = self.gate.search(text, pos, timeout=timeout)
        self._last = (text, pos, m)
        return m


# perf28's layers: a vocabulary's heads (first_runs, literal_heads), gates searched backwards or in parts, RunPrefixed
def first_runs(words: Iterable[str]) -> frozenset[str]:
    """The first run of word characters (`\\w`) of each word, in lower case ("son-in-law" -> "son", "went over" ->
    "went"): where a rule opens with a vocabulary word after `\\b`, its match opens with one of these as a whole run
    (`WordAnchored`). A word with other characters is left out, as it matches no ASCII note (`WordAnchored` searches
    other notes whole); one whose letters fold to ASCII ("ſ", the Kelvin sign) could, and is refused."""
    out = set()
    for w in words:
        if not w.isascii():
            if any(f.isascii() for c in w if not c.isascii() for f in (c.lower(), c.upper(), c.casefold())):
                raise ValueError("a word whose letters fold to ASCII")
            continue
        runs = w.lower().encode("ascii").translate(_RUN_BREAKS).decode("ascii").split()
        if not runs or not w[:1].isalnum():
            raise ValueError("a word opens with a word character")
        out.add(runs[0])
    return frozenset(out)


def _reversed_items(sub: sre_parser.SubPattern, multiline: bool) -> list:
    """The items of a parsed pattern matching each string of `sub` spelled backwards (`ReversedFolded`): the sequence
    reversed, every group, alternative and repeat reversed within; `^`/`$` swap where they mean a line's edges, `^`
    alone is the end of the string; a lookaround, a back-reference or a lone `$` (which also stands before a final
    newline) has no simple mirror, and is refused."""
    c = sre_constants
    out: list = []
    for op, av in reversed(sub.data):
        if op in (c.LITERAL, c.NOT_LITERAL, c.IN, c.ANY):
            out.append((op, av))
        elif op is c.BRANCH:
            out.append((op, (None, [sre_parser.SubPattern(sub.state, _reversed_items(b, multiline))
                                    for b in av[1]])))
        elif op is c.SUBPATTERN:
            _group, add_flags, del_flags, inner = av
            if add_flags or del_flags:
                raise ValueError("no flags inside a reversed gate")
            out.append((op, (None, 0, 0, sre_parser.SubPattern(sub.state, _reversed_items(inner, multiline)))))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT):
            lo, hi, inner = av
            out.append((op, (lo, hi, sre_parser.SubPattern(sub.state, _reversed_items(inner, multiline)))))
        elif op is c.AT and av in (c.AT_BOUNDARY, c.AT_NON_BOUNDARY):
            out.append((op, av))
        elif op is c.AT and multiline and av in (c.AT_BEGINNING, c.AT_END):
            out.append((op, c.AT_END if av is c.AT_BEGINNING else c.AT_BEGINNING))
        elif op is c.AT and av is c.AT_BEGINNING and not multiline:
            out.append((op, c.AT_END_STRING))
        elif op is c.AT and av is c.AT_END_STRING:
            out.append((op, c.AT_BEGINNING_STRING))
        elif op is c.AT and av is c.AT_BEGINNING_STRING:
            out.append((op, c.AT_END_STRING))
        else:
            raise ValueError(f"a reversed gate cannot mirror {op}")
    return out


@functools.lru_cache(maxsize=4)
def reversed_low(low: str) -> str:
    """A lower-cased note spelled backwards, kept for the last notes (`ReversedFolded` gates share it)."""
    return low[::-1]


class ReversedFolded(Folded):
    """A `Folded` gate searched backwards: the gate mirrored (`_reversed_items`) over the lower-cased note spelled
    backwards. Why: a gate opening with a list of words and ending on a rare mark ("sig|signer|...|by" then ":") is
    tried by the stdlib at every letter; mirrored, it opens on the mark, which sre skips along to. A string holds the
    gate exactly where its mirror holds the mirrored gate, so the answer is the same (tests compare both on real
    notes); asked from a later position (`pos`), or of a note with other characters, it answers as `Folded` does."""

    def __init__(self, gate: str, flags: int = 0):
        super().__init__(gate, flags)
        tree = sre_parser.parse(gate, flags)  # (its flags: the given ones and the pattern's own, "(?m)")
        items = _reversed_items(tree, bool(tree.state.flags & sre_constants.SRE_FLAG_MULTILINE))
        self.mirror = sre_compiler.compile(
            sre_parser.SubPattern(tree.state, _by_first_char(sre_parser.SubPattern(tree.state, items))),
            tree.state.flags)

    def _absent_low(self, low: str, pos: int) -> bool:
        """True when the lower-cased ASCII note holds none of the literals or no match of the gate: from the start,
        the mirror over the reversed note; from a later position, the gate forwards."""
        if pos:
            return super()._absent_low(low, pos)
        return not may_occur(self.literals, low) or self.mirror.search(reversed_low(low)) is None


def literal_heads(alternation: str) -> frozenset[str]:
    """The letters (and digits) each branch of a regex alternation surely opens with, in lower case: the branch's
    leading run of them, less a last one made optional or repeated ("labell?ed" -> "label", "re-?faxed" -> "re",
    "witness(?:ed)?" -> "witness"). A branch opening on anything else has no such head and is refused."""
    branches, depth, cur = [], 0, ""
    for ch in alternation:  # (split at the top level's bars only)
        depth += ch in "([" and not cur.endswith("\\")
        depth -= ch in ")]" and not cur.endswith("\\")
        if ch == "|" and depth == 0:
            branches.append(cur)
            cur = ""
        else:
            cur += ch
    heads = set()
    for b in [*branches, cur]:
        head = stdre.match(r"[a-z0-9]*", b.lower()).group(0)
        if b[len(head):len(head) + 1] in ("?", "*", "{"):
            head = head[:-1]
        if not head:
            raise ValueError("a branch without a literal head")
        heads.add(head)
    return frozenset(heads)


class RunPrefixed(Anchored):
    """An `Anchored` pattern whose anchor opens with `\\b` and a word starting with one of `heads` (`literal_heads`),
    tried only at the starts of the note's runs of word characters that open with a head: a search of the blanked
    note (`word_runs`) for a blank and a head, whose places the anchor is then asked at. Why: the anchor's own search
    (a lookahead over a list of words behind `\\b`) has no prefix sre can skip to and runs its test at every character;
    the blanked note's search skips to its blanks. Every place the anchor matches is the start of such a run, so the
    places tried, and the matches, are the same, in order (tests compare both on real notes); a note with other
    characters is searched whole."""

    def __init__(self, heads: Iterable[str], anchor: str, pattern: re.Pattern):
        super().__init__(anchor, pattern)
        heads = frozenset(heads)
        if not heads or any(not h.isascii() or not h.isalnum() or h != h.lower() for h in heads):
            raise ValueError("a head is ASCII letters or digits in lower case")
        self.heads = compile_for_search(" (?:" + longest_first(heads) + ")")

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried where a run opening with a head starts and the anchor matches."""
        done = pos
        match = self.matcher(timeout)
        for h in self.heads.finditer(word_runs(low), pos):  # (the blank before a run stands at the run's own index)
            s = h.start()
            if s < done or self.anchor.match(low, s) is None:
                continue
            m = match(text, s)
            if m is not None:
                done = m.end()
                yield m


class AnyFolded(Folded):
    """A gate holding where any of its `Folded` parts holds (the parts' sources joined by "|"), each part searched as
    is cheapest. Why: a gate whose one branch opens on a rare mark ("/rn") and the other ends on it ("rn/") is tried at
    every letter as one pattern; split, the first is searched forwards and the second backwards (`ReversedFolded`),
    both skipping along to the mark."""

    def __init__(self, *parts: Folded):
        if any(p.flags for p in parts):
            raise ValueError("parts without flags")
        super().__init__("|".join(f"(?:{p.source})" for p in parts))
        self.parts = parts

    def absent(self, text: str, pos: int = 0) -> bool:
        """True only when every part is surely absent from pos on."""
        return all(p.absent(text, pos) for p in self.parts)


class BackAnchored(Anchored):
    """An `Anchored` pattern whose every anchor match opens at a line start or at a character not in `back`, and then
    holds only `back` characters up to one of `words` standing as a whole run (lower case), which it holds, or opens on
    a run of `lead` characters ending there ("0800 Ann asleep"): tried only at the line start before each place such a
    word stands, at the first character not in `back` before it and at the start of the `lead` run ending there (found
    by stdlib matches over the reversed lower-cased note, `reversed_low`), where the anchor is then asked. Why: an
    anchor opening on a line start or a mark (a sentence's subject before its verb) has no prefix sre can skip to and
    runs its test at every character; the words are few, and the places before them two each. Every place the anchor
    matches is such a start, so the places tried, and the matches, are the same, in order (tests compare both on real
    notes); a note with other characters is searched whole."""

    def __init__(self, words: Iterable[str], back: str, lead: str, anchor: str, pattern: re.Pattern):
        super().__init__(anchor, pattern)
        self.places = WordAnchored(words, pattern)  # (its `starts` only: where a word stands whole)
        if "\n" in back + lead or back != back.lower() or set(back) & set(lead):
            raise ValueError("the characters walked back over hold no line break and no capital")
        self.back = stdre.compile(f"[{stdre.escape(back)}]*")
        self.lead = stdre.compile(f"[{stdre.escape(lead)}]*") if lead else None

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried at the starts before each word's place."""
        rev, n = reversed_low(low), len(low)
        starts = set()
        for p in self.places.starts(low):
            q = p - len(self.back.match(rev, n - p).group(0)) - 1  # the first character before p not walked over
            starts.add(q)
            if self.lead is not None and q >= 0:  # a run of `lead` characters ending there: from its start
                starts.add(q + 1 - len(self.lead.match(rev, n - q - 1).group(0)))
            starts.add(low.rfind("\n", 0, p) + 1)
        done = pos
        match = self.matcher(timeout)
        for s in sorted(starts):
            if s < max(done, 0) or self.anchor.match(low, s) is None:
                continue
            m = match(text, s)
            if m is not None:
                done = m.end()
                yield m


# perf30's layer: a gate opening on a blank and a vocabulary word, asked only where one of the words' first runs stands
def _leading_runs(items: list, prefix: str = "") -> set[tuple[str, bool]]:
    """(run, closed) for each way the parsed `items` can open: the word characters (lower case) they must begin with,
    up to the first character that is none (closed: True) or to their end (closed: False, the run may go on into
    whatever follows). Optional parts and alternatives are each followed; anything else (a class holding a word
    character, a repeat of one) is refused (`ValueError`)."""
    c = sre_constants
    if not items:
        return {(prefix, False)}
    (op, av), rest = items[0], items[1:]

    def word(ch: int) -> bool:
        return chr(ch).isascii() and (chr(ch).isalnum() or chr(ch) == "_")

    if op is c.LITERAL and word(av):
        return _leading_runs(rest, prefix + chr(av).lower())
    if (op is c.LITERAL and not word(av)) or (op is c.AT and av is c.AT_BOUNDARY) or (
            op is c.IN and all(o is c.LITERAL and not word(a) for o, a in av)) or (
            op is c.MAX_REPEAT and av[0] >= 1 and len(av[2]) == 1 and av[2][0][0] is c.IN
            and all(o is c.LITERAL and not word(a) for o, a in av[2][0][1])):
        if not prefix:
            raise ValueError("a branch opening on no word character")
        return {(prefix, True)}
    if op is c.SUBPATTERN and not (av[1] or av[2]):
        return _leading_runs([*av[3], *rest], prefix)
    if op is c.BRANCH:
        return set().union(*(_leading_runs([*b, *rest], prefix) for b in av[1]))
    if op is c.MAX_REPEAT and av[0] == 0 and len(av[2]) == 1 and av[2][0][0] is c.IN and prefix \
            and all(o is c.LITERAL and not word(a) for o, a in av[2][0][1]):  # "[ \t]*": closes the run, or is empty
        return {(prefix, True)} | _leading_runs(rest, prefix)
    if op is c.MAX_REPEAT and av[0] == 0 and av[1] == 1:
        return _leading_runs(rest, prefix) | _leading_runs([*av[2], *rest], prefix)
    raise ValueError(f"a leading run cannot be read through {op}")


class BlankRunGate(Folded):
    """A `Folded` gate opening on a blank or tab and a list of words ("[ \\t](?:dermatology|family medicine|...)"),
    asked only where the first run of word characters of one of its branches stands whole after a blank or tab: the
    runs are read from the gate (`_leading_runs`), the note's set of runs says which occur (`run_set`), `str.find` in
    the blanked note (`word_runs`) places them, and the gate is matched at the blank before each. Why: the gate's own
    search tries its alternation at every blank of the note (~10-30 us a PhysioNet note); most notes hold none of the
    runs, the others a few. Where each branch's first run is closed within the gate (a blank, a mark, `\\b` after it)
    every match of the gate opens so, and the answer is the gate's; a branch whose run may go on past the gate
    ("[ \\t]health" in "healthy") is refused unless `closed_by_rule`: the rule's pattern closes it (`\\b` after the
    words), so every match of the rule holds a gate match opening on a whole run, and the gate stays a necessary
    condition (tests compare the rule's matches on real notes). A note with other characters, or asked from a later
    position, is answered as `Folded` does."""

    def __init__(self, gate: str, closed_by_rule: bool = False):
        super().__init__(gate)
        tree = list(sre_parser.parse(gate))
        if not tree or tree[0] != (sre_constants.IN, [(sre_constants.LITERAL, 32), (sre_constants.LITERAL, 9)]):
            raise ValueError("a blank-run gate opens on [ \\t]")
        runs = _leading_runs(tree[1:])
        if not closed_by_rule and not all(closed for _, closed in runs):
            raise ValueError("a branch's first run may go on past the gate")
        self.words = frozenset(r for r, _ in runs)

    def _absent_low(self, low: str, pos: int) -> bool:
        """True when no listed run stands whole after a blank or tab with the gate matching from that blank."""
        if pos:
            return super()._absent_low(low, pos)
        padded = word_runs(low)  # (" word " found at i: the run starts at i in the note)
        match = self.pattern.match
        for w in self.words.intersection(run_set(low)):  # (the set is shared; short words are found in many notes)
            pad = f" {w} "
            i = padded.find(pad)
            while i != -1:
                if i and low[i - 1] in " \t" and match(low, i - 1) is not None:
                    return False
                i = padded.find(pad, i + len(w) + 1)
        return True


class CharRun(Folded):
    """A gate asking an ASCII note for a run of `length` characters of `chars` (lower case), after one of `lead` when
    given: `bytes.translate` marks those characters and a substring search finds the marks' run. Why: the stdlib
    search of "[0-9]{5}" or "[ \\t][0-9]{5}" starts a run at every such character, several times the cost (PhysioNet
    notes: the two ZIP gates 23 -> 3 us together). A string holds the run exactly where its marks hold the marks' run,
    so the answer is the gate's (its source: `[lead][chars]{length}`)."""

    def __init__(self, chars: str, length: int, lead: str = ""):
        if set(chars) & set(lead) or not (chars + lead).isascii() or chars + lead != (chars + lead).lower():
            raise ValueError("the run's and the lead's characters are ASCII, in lower case, and apart")
        super().__init__((f"[{stdre.escape(lead)}]" if lead else "") + f"[{stdre.escape(chars)}]{{{length}}}")
        self._marks = bytes(120 if chr(c) in chars else 98 if chr(c) in lead else 32 for c in range(256))
        self._run = (b"b" if lead else b"") + b"x" * length

    def _absent_low(self, low: str, pos: int) -> bool:
        """True when the lower-cased ASCII note holds no such run from pos on."""
        return self._run not in low.encode("ascii")[pos:].translate(self._marks)


class ShapeGate(Folded):
    """A `Folded` gate asked of the ASCII note's shape: every character of the lower-cased note replaced by the mark
    of its class (`classes`: characters -> their mark; any other character "x"), a newline added at the end (the
    note's end is a line's), then the stdlib bytes pattern `shape` searched there. Why: a gate opening on a blank and
    a one-letter word ("[ \\t][a-z]\\.?" and what closes a field) is tried by stdlib `re` at every blank of the note,
    while in the shape a one-letter word is a short literal, which `re` skips along to (`person_slots._LAST_FIRST_M`:
    ~16 -> ~7 us a PhysioNet note). `shape` must match the shape wherever `gate` (lower case, as `Folded`'s) matches
    the lower-cased note (tests compare both on real notes and on random strings); asked from a later position, the
    gate is answered as `Folded` answers it."""

    def __init__(self, gate: str, classes: dict[str, str], shape: bytes, flags: int = 0):
        super().__init__(gate, flags)
        table = bytearray(b"x" * 256)
        for chars, mark in classes.items():
            if not (chars + mark).isascii() or len(mark) != 1:
                raise ValueError("a class's characters and its one-character mark are ASCII")
            for c in chars:
                table[ord(c)] = ord(mark)
        self._table = bytes(table)
        self.shape = stdre.compile(shape)

    def _absent_low(self, low: str, pos: int) -> bool:
        """True when the shape of the lower-cased ASCII note holds no match of `shape` (from pos 0)."""
        if pos:
            return super()._absent_low(low, pos)
        return self.shape.search(low.encode("ascii").translate(self._table) + b"\n") is None

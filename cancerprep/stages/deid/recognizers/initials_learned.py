"""A learned judge of initials (issue #13): every short letter group of a note is weighed by a small logistic model
over its general context, wherever it stands.

Why: the position rules (`initials_positions`, `initials_slots`) read the positions their tuning forms used: tuning
INITIALS reached 0.9 and more while every blind family's check part stayed at 0.0-0.73, because another writer puts
the mark in the same kind of place under other words. This judge reads no list of positions. For each candidate (two
or three letters by `initials_class.INIT`, dotted capitals "A.B.", either side of a slash pair "AB/cd") it writes
general features: the group's shape and case, the line's case, its place in the line (first, last, alone), the
classes of the two tokens on each side (date, time, number, dose, unit, dash, colon, cell border, role or credential,
"by"/"per", clinical abbreviation, another group, small or capital word, sentence end), the line's length, digit
share and number of prose words, whether the group is a known word and whether it recurs in the note; a logistic
model (`benchmarks/quality/train_initials_judge.py`, seeded, trained on the tuning parts of the blind forms families,
the seen slots of `initials_variation` and the capital groups of PhysioNet tuning patients and MTSamples notes)
weighs them. The weights ship as `data/deid/initials_judge.json` and are read with the standard library.

Recall-first: it only adds spans; the rules stay. Precision is kept by what never becomes a candidate: a group
`initials_slots.known_safe()` knows (clinical abbreviations, units, routes, state codes, credentials, short drugs,
lab flags), a group no position makes initials (`initials_class.never_initials`), an everyday word where case says
nothing, a known word in small letters, small letters on a line with case except as a mark, a group real notes
write for several patients (`corpus_safe`: shorthand, never one person's mark); and by a threshold per line and
note case chosen on tuning data only.

Vocabulary groups weighed, not refused (deidfix59): a vocabulary refusal above is blind to place, so a signer whose
initials spell a unit, route, test or abbreviation ("MG", "CT", "DC" in a sign-off column) was never weighed. Where
`VOCAB_JUDGE` is on, a group of two or three capitals on a line with case that only a vocabulary of the classes its
model names (`vocab_classes`) refuses is a candidate of its own threshold key ("vocab"), weighed by its own model
(`data/deid/initials_vocab.json`, `train_initials_judge --judge vocab`; the judge above is unchanged), with its class
(`vocabulary_class`: unit, route, lab test, clinical abbreviation, other known shorthand, corpus shorthand, other
never-initials) and the class crossed with its neighbours as features. Stop words and credentials stay refused, and
so does such a group as the value of a field of codes ("Route: PO", `initials_slots.CODE_LABELS`). Shipped OFF by
deidfix59 (it cost one PhysioNet check span); switched on by deidfix61 (below).

The column, not the layout (deidfix61): left out of training, that judge took 46 of 118 groups of a generator's
refusal lines, so it had learned the layouts it was shown. A vocabulary group now carries the kind of what names its
cell (`column_kind`: the label before it, or the header cell above it in a grid, staff or code), the kinds of the
line's other capital groups, and whether its line heads a grid (`heads_grid`); a row of capitals and figures under a
header with case is weighed as a line with case (`grid_row_cased`); and a group after a word, comma or function word
outside a named column (prose, "..., on AC") is never weighed (`_MARK_BEFORE`).
"""

from __future__ import annotations

import functools
import json
import math
from bisect import bisect_right
from collections.abc import Callable
from importlib.resources import files

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import NAME, SpansRecognizer
from cancerprep.stages.deid.recognizers.initials_class import (
    INIT,
    LETTER,
    NEVER,
    ROUTES,
    STAFF_TITLES,
    TESTS,
    UNITS,
    clinical_abbreviations,
    never_initials,
)
from cancerprep.stages.deid.recognizers.initials_slots import CODE_LABELS, known_safe
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, STOP

LEARNED_INITIALS = "InitialsLearnedRecognizer"
MODEL_FILE = "initials_judge.json"
# the vocabulary judge (deidfix59, see the module doc): its model, and the switch (off: every vocabulary refusal
# stays, exactly the spans before it). ON since deidfix61: with the column features, the prose rule and the 0.9
# floor it lifts the held staff grids, staff and signer lines at no new false span there, and every deid_bench
# precision, damage_bench and precision_variation figure holds (docs/deid.md, deidfix61)
VOCAB_FILE = "initials_vocab.json"
VOCAB_JUDGE = True
CORPUS_FILE = "initials_corpus_safe.txt"

_DOTTED = rf"{LETTER}\.[ ]?{LETTER}\.(?:[ ]?{LETTER}\.)?(?![\w'’-])"
# a candidate group: dotted letters or two or three letters, not run on from a word, a possessive or a hyphen
_GROUP = re.compile(rf"(?<![\w'’-])(?:{_DOTTED}|{INIT})")
# a capital group (what a line with case can offer: one scan of the note, `\b` first so the engine skips ahead; a
# possessive or hyphen before is refused after), and small letters right after a slash, dash, bar, colon or tab
_CAPS = re.compile(r"\b(?:\p{Lu}\.[ ]?\p{Lu}\.(?:[ ]?\p{Lu}\.)?|\p{Lu}{2,3})(?![\w'’-])")
_SMALL_AFTER = re.compile(rf"[/|:\t-][ ]?({INIT})")
# the tokens of a line: cell borders and wide gaps, numbers (with what is glued to them), words (shorthand such as
# "s/p", "h/o" one word), punctuation
_TOKEN = re.compile(r"(\||\t| {2,})|(\d[\w/:.,%-]*)|([^\W\d_]/[^\W\d_]{1,2}\b|[^\W\d_][\w'’.-]*)|(\S)")
_DATE = re.compile(r"\d{1,4}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[.,]?$")
_TIME = re.compile(r"(?:\d{1,2}:\d{2}|[01]\d[0-5]\d|2[0-3][0-5]\d)(?::\d{2})?(?:h|hrs)?[.,]?$")
_DOSE = re.compile(r"\d[\d.,]*(?:mg|mcg|ml|cc|g|kg|u|units?|meq|mmol|l|tabs?|caps?|%)$", re.I)
# role words a writer's mark stands beside, with the project's credentials
_ROLES = frozenset(CREDENTIALS) | frozenset(
    "tech technician pharmacist aide scribe nurse resident fellow attending intern therapist student preceptor "
    "charge circulator scrub paramedic emt medic clerk secretary coordinator navigator interpreter witness "
    "verifier staff writer signer initials init sig".split())
# dotted small letters that are Latin shorthand or times, never initials
_DOTTED_SAFE = frozenset("ie eg am pm cf vs ad".split())
# a clause's start within a line (a sentence's end, a clause, a cell)
_CLAUSE = re.compile(r"[.;:?!]\s|[|\t]|\s{2,}")


@functools.cache
def model(name: str = MODEL_FILE) -> tuple[float, dict[str, float], dict[str, float]]:
    """(bias, feature weights, thresholds by line case) from a packaged JSON: this judge's, or (`name`) another
    judge over the same kind of features (`initials_values`' collision judge)."""
    data = json.loads((files("cancerprep") / "data" / "deid" / name).read_text(encoding="utf-8"))
    return float(data["bias"]), dict(data["weights"]), dict(data["thresholds"])


@functools.cache
def vocab_classes() -> frozenset[str]:
    """The vocabulary classes the vocabulary judge weighs instead of refusing (its model's "vocab_classes"); none
    while `VOCAB_JUDGE` is off."""
    if not VOCAB_JUDGE:
        return frozenset()
    data = json.loads((files("cancerprep") / "data" / "deid" / VOCAB_FILE).read_text(encoding="utf-8"))
    return frozenset(data["vocab_classes"])


# what may stand right before a vocabulary group outside a named column (deidfix61): a cell border or gap, a dash,
# colon, slash or bracket, a time, date or number, a role word or "by", the line's start; a word, comma or function
# word before it is prose, where a unit, route or abbreviation closing a clause is the abbreviation (PhysioNet tuning
# notes' highest-weighed vocabulary negatives stood there, out of fold)
_MARK_BEFORE = frozenset(f"p1:{c}" for c in
                         "PIPE GAP DASH COLON SLASH OPEN TIME DATE NUM NUMW DOSE ROLE BY BOL HASH AT".split())
# the vocabulary classes that stay refused whatever a model says: a stop word or a credential is never a mark
HARD_CLASSES = frozenset({"stop", "cred"})


def vocabulary_class(low: str) -> str:
    """Which vocabulary reads the lower-case group `low` (the first that does): "stop", "cred" (credential, role or
    title), "unit", "route" (route or frequency), "never" (other `initials_class.NEVER`: times of day, laterality,
    roman numerals, answers), "lab" (a lab or imaging test), "clin" (another clinical abbreviation), "safe" (other
    known shorthand: states, drugs, flags), "corpus" (`corpus_safe`), else "none"."""
    if low in STOP:
        return "stop"
    if low in CREDENTIALS or low in STAFF_TITLES:
        return "cred"
    if low in UNITS:
        return "unit"
    if low in ROUTES:
        return "route"
    if low in NEVER:
        return "never"
    if low in TESTS:
        return "lab"
    if low in clinical_abbreviations():
        return "clin"
    if low in known_safe():
        return "safe"
    return "corpus" if low in corpus_safe() else "none"


@functools.lru_cache(maxsize=8192)
def weighed_class(group: str, cased: bool, classes: frozenset[str]) -> str | None:
    """The vocabulary class of a group `admissible` refuses that the judge weighs instead (see the module doc): two
    or three capitals, undotted, on a line with case, read by a vocabulary of `classes` (never `HARD_CLASSES`)."""
    if not cased or not classes or not 2 <= len(group) <= 3 or not group.isalpha() or not group.isupper():
        return None
    if admissible(group, cased):
        return None
    cls = vocabulary_class(group.lower())
    return cls if cls in classes and cls not in HARD_CLASSES else None


# a label closing right before a group ("Route: PO", "RN: MG"): its last word
_LABEL = re.compile(r"([^\W\d_][\w/]*)[ \t]*[:=#][ \t]*$")


def _label_at(before: str) -> re.Match | None:
    """`_LABEL`'s match in `before`, searched only where `before` ends in a colon, "=" or "#" and blanks, as every
    match does (or in a line break, before which `$` also stands). Why (perf49): most groups have no label before
    them, and the search tried the pattern at each of the 40 places."""
    if before.rstrip(" \t")[-1:] not in (":", "=", "#") and before[-1:] != "\n":
        return None
    return _LABEL.search(before)


def _label_class(before: str) -> str:
    """The class of the label right before a group: "code" (a field of codes, `initials_slots.CODE_LABELS`, or a
    clinical abbreviation), "role" (a role, credential or signing word), "word" (another), "none" (no label)."""
    m = _label_at(before[-40:])
    if not m:
        return "none"
    low = m.group(1).lower()
    if low in _ROLES:
        return "role"
    return "code" if low in CODE_LABELS or low in clinical_abbreviations() else "word"


# words of a label or column header that names who signed (with the role words): "Given by", "RN initials"
_SIGN_WORDS = _ROLES | frozenset("by init initial initials inits sig signature signed sign cosign cosigned verified "
                                 "verifier witnessed".split())
_HEAD_WORD = re.compile(r"[^\W\d_]+")
# the cells of a header or row laid out by spaces: runs of text split by two spaces or more
_SPACED_CELL = re.compile(r"\S+(?: \S+)*")


def _head_kind(head: str) -> str:
    """The kind of a column header or field label: "staff" (a role or signing word: "Given by", "RN initials"),
    "code" (a field of codes or a clinical abbreviation: "Route", "Freq", "BUN"), "word" (another), "none"."""
    words = [w.lower() for w in _HEAD_WORD.findall(head)]
    if not words:
        return "none"
    if any(w in _SIGN_WORDS for w in words):
        return "staff"
    codes = clinical_abbreviations()
    return "code" if any(w in CODE_LABELS or w in codes or w in UNITS or w in ROUTES for w in words) else "word"


# where a field label starts: after a cell border, a clause mark, two spaces or another field's value
_FIELD_START = ("|", "\t", ";", ",", "  ", ": ")


def _grid_header(text: str, line_start: int, line: str) -> str | None:
    """The line before `line` where it heads the same cells (bars or tabs in equal number, or both laid out by two
    spaces or more), else None."""
    if line_start < 2:
        return None
    head = text[text.rfind("\n", 0, line_start - 1) + 1:line_start - 1]
    for sep in ("|", "\t"):
        if sep in line:
            return head if head.count(sep) == line.count(sep) else None
    return head if "  " in line.strip() and "  " in head.strip() else None


def column_kind(text: str, line_start: int, line_end: int, a: int, note: _Note | None = None) -> str:
    """The kind (`_head_kind`) of what names the cell a group at `text[a:]` stands in: the label closing right
    before it on its line ("Given by: MG"), else the header cell above it (`_grid_header`); "none" where neither is.
    Why: a vocabulary word under a staff header is a signer's mark, under a code header a code, whatever the grid's
    layout (deidfix61). `note`: the note's memo of grid headers (`candidates`), where `line_end` ends its line."""
    line, pos = text[line_start:line_end], a - line_start
    m = _label_at(line[max(0, pos - 40):pos])
    if m:
        prefix = line[:max(0, pos - 40) + m.end(1)]
        cut = max((prefix.rfind(sep) + len(sep) for sep in _FIELD_START if sep in prefix), default=0)
        return _head_kind(prefix[cut:][-24:])
    head = note.header(line_start, line) if note else _grid_header(text, line_start, line)
    if head is None:
        return "none"
    for sep in ("|", "\t"):
        if sep in line:
            return _head_kind(head.split(sep)[line.count(sep, 0, pos)])
    cell = next((c for c in _SPACED_CELL.finditer(head) if c.start() <= pos + 2 and pos < c.end() + 2), None)
    return _head_kind(cell.group()) if cell else "none"


def grid_row_cased(text: str, line_start: int, line_end: int, note: _Note | None = None) -> bool:
    """Is the line a row of capitals and figures under a grid header with case ("0900 | PO | MG" under "Time | Route
    | Given by")? Its capitals then carry the header's case: the vocabulary judge weighs them as on a line with case
    (a row of codes has no small word to show its case; a line of capitals alone still proves nothing)."""
    line = text[line_start:line_end]
    if any(map(str.islower, line)):
        return False
    head = note.header(line_start, line) if note else _grid_header(text, line_start, line)
    return head is not None and not (head.isupper() or head.islower())


def heads_grid(text: str, line_end: int, note: _Note | None = None) -> bool:
    """Does the line ending at `line_end` head the cells of the next line (`_grid_header`)? A group there is a
    column's name ("Time  BP  HR  RR"), not a mark in it."""
    if line_end >= len(text):
        return False
    end = text.find("\n", line_end + 1)
    line = text[line_end + 1:len(text) if end < 0 else end]
    return (note.header(line_end + 1, line) if note else _grid_header(text, line_end + 1, line)) is not None


def vocabulary_features(feats: list[str], cls: str, line: str, a: int, column: str = "none",
                        header: bool = False, label: str | None = None, groups: LineGroups | None = None
                        ) -> list[str]:
    """The features a weighed vocabulary group at `line[a:]` adds to `features`': its class, alone and crossed with
    the tokens either side, its place in the line and the label before it; whether a role word or a cell border
    stands on the line (a staff column); the kind of its column (`column_kind`), alone and crossed with its class;
    the kinds of the line's other capital groups; whether the line heads a grid (`heads_grid`). `label` (the
    `_label_class` before the group) and `groups` (`line_groups` of the line) where the caller has them."""
    got = dict(f.split(":", 1) for f in feats if f[:3] in ("p1:", "n1:", "pos"))
    p1, n1, place = got["p1"], got["n1"], got["pos"]
    if label is None:
        label = _label_class(line[:a])
    role, coded, marks, own = line_groups(line) if groups is None else groups
    out = ["v:any", f"v:{cls}", f"vp1:{cls}_{p1}", f"vn1:{cls}_{n1}", f"vpos:{cls}_{place}", f"vp1n1:{p1}_{n1}",
           f"vpos:{place}", f"vlab:{label}", f"vlab:{cls}_{label}", f"vrole:{role}", f"vrole:{cls}_{role}",
           f"vcol:{column}", f"vcol:{cls}_{column}"]
    if "table" in feats:
        out.append(f"vtab:{cls}")
    # the line's other capital groups (all but the one at `a`): codes a vocabulary reads, or groups only a mark could
    # be (a log of tests by time, "0900 CT 0915 EEG", against a log of signers, "0900 AB 0915 MG")
    coded_here, mark_here = own.get(a, (0, 0))
    nb = f"{min(coded - coded_here, 2)}_{min(marks - mark_here, 2)}"
    out += [f"vnb:{nb}", f"vnb:{cls}_{nb}", f"vnbcol:{nb}_{column}", f"vhead:{header}", f"vhead:{cls}_{header}"]
    return out


# a line's facts for `vocabulary_features`: (a role word on it, its capital groups that are codes, those that are
# marks, {start: (1 if a code, 1 if a mark)} of each capital group)
LineGroups = tuple[bool, int, int, dict[int, tuple[int, int]]]


def line_groups(line: str, kinds: dict[str, tuple[int, int]] | None = None) -> LineGroups:
    """The facts of `line` that every vocabulary group on it reads (`LineGroups`): whether a role word stands on it,
    and its capital groups (`_CAPS`) that a vocabulary other than the stop words reads ("coded") or that `admissible`
    takes on a line with case ("marks"). Asked once a line by `candidates` (perf49): a line of capitals can hold
    dozens of groups, and each group asked it of the whole line. `kinds`: the note's memo of each group's (code,
    mark)."""
    role = any(w.lower().rstrip(".:,") in _ROLES for w in line.split())
    own: dict[int, tuple[int, int]] = {}
    if kinds is None:
        kinds = {}
    for m in _CAPS.finditer(line):
        g = m.group()
        kind = kinds.get(g)
        if kind is None:
            mark = admissible(g, True)
            kind = kinds[g] = (int(not mark and vocabulary_class(_letters(g).lower()) != "stop"), int(mark))
        own[m.start()] = kind
    return role, sum(c for c, _ in own.values()), sum(k for _, k in own.values()), own


@functools.cache
def corpus_safe() -> frozenset[str]:
    """Lower-case groups that real notes write in several notes of different patients (PhysioNet tuning patients,
    MTSamples; written by `train_initials_judge`): shorthand of the trade that no vocabulary of the project lists
    ("bbr", "tka"), never one writer's initials, which stay in one patient's notes."""
    path = files("cancerprep") / "data" / "deid" / CORPUS_FILE
    return frozenset(w.strip() for w in path.read_text(encoding="utf-8").splitlines()
                     if w.strip() and not w.startswith("#"))


def _letters(group: str) -> str:
    return "".join(c for c in group if c.isalpha())


@functools.lru_cache(maxsize=8192)
def admissible(group: str, cased: bool) -> bool:
    """May `group` be weighed at all? Never what `known_safe` or `never_initials` knows; where the line has no case
    no everyday word and no known word of three letters; small letters on a line with case never a known word."""
    letters = _letters(group)
    low = letters.lower()
    if not 2 <= len(low) <= 3 or low in known_safe() or never_initials(low) or low in UNITS or low in corpus_safe():
        return False
    if "." in group:
        return not (letters.islower() and low in _DOTTED_SAFE)
    if not cased:
        return not (sl.is_common(low) or (len(low) > 2 and sl.is_known_word(low)))
    if letters.islower():
        return not sl.is_known_word(low)
    return letters.isupper()


def _tok_class(tok: re.Match) -> str:
    """The class of one token of a line (see the module doc)."""
    return _token_class(tok.lastindex, tok.group())


@functools.lru_cache(maxsize=65536)
def _token_class(kind: int, tok: str) -> str:
    """The class of the token `tok` that `_TOKEN`'s group `kind` matched (1 a cell border or gap, 2 a number, 3 a
    word, 4 a mark). Cached (perf49): it reads only the token and the process's fixed vocabularies, and a note's
    tokens repeat (each group's twelve neighbours were asked afresh)."""
    cell, number, word, mark = (tok if kind == i else None for i in range(1, 5))
    if cell:
        return "PIPE" if cell == "|" else "GAP"
    if number:
        if _TIME.match(number):
            return "TIME"
        if _DATE.match(number):
            return "DATE"
        return "DOSE" if _DOSE.match(number) else "NUM" if number[-1].isdigit() or number[-1] in ".," else "NUMW"
    if word:
        low = word.lower().rstrip(".")
        if low in _ROLES:
            return "ROLE"
        if low in ("by", "per", "w", "with"):
            return "BY"
        if low in UNITS:
            return "UNIT"
        if low in STOP:
            return "FUNC"
        if low in known_safe():
            return "ABBR"
        if 2 <= len(low) <= 3 and word.rstrip(".").isupper():
            return "CAP"
        if word[:1].isupper():
            return "WUP" if word.isupper() else "WCAP"
        return "VED" if low.endswith("ed") else "WLOW"
    return {"-": "DASH", "–": "DASH", "—": "DASH", ":": "COLON", "=": "COLON", "/": "SLASH", ",": "COMMA",
            ";": "SEMI", ".": "END", "!": "END", "?": "END", "(": "OPEN", "[": "OPEN", ")": "CLOSE", "]": "CLOSE",
            "#": "HASH", "@": "AT"}.get(mark, "PUNCT")


def _bucket(value: float, edges: tuple[float, ...]) -> int:
    """How many of the ascending `edges` `value` reaches (a `bisect`: the count of `value >= e`)."""
    return bisect_right(edges, value)


# how far either side of a group its neighbours are read, and the line without its digits (their share)
_WINDOW = 60
_NO_DIGITS = dict.fromkeys(range(ord("0"), ord("9") + 1))
_SMALL_WORD = re.compile(r"(?<![\w'’-])\p{Ll}{4,}")


def features(text: str, a: int, b: int, line_start: int, line_end: int, cased: bool, note_case: str,
             note: _Note | None = None, before: list[re.Match] | None = None) -> list[str]:
    """The features of the group `text[a:b]` on the line `text[line_start:line_end]` (see the module doc). `note`:
    the note's memo of line facts and word counts (`candidates`, where `line_end` ends the line and `cased` is the
    line's); `before`: the tokens before the group (`_tokens_before`) where the caller has them."""
    group = text[a:b]
    if note is None:
        note = _Note(text)
    line, case, length, digits, table = note.line(line_start, line_end, cased)
    a, b = a - line_start, b - line_start
    letters = _letters(group)
    shape = f"{len(letters)}{'D' if '.' in group else 'U' if letters.isupper() else 'L'}"
    if not letters.isascii():
        shape += "A"
    if before is None:
        before = _tokens_before(line, a)
    after = list(_TOKEN.finditer(line, b, b + _WINDOW))
    before_classes = [_token_class(t.lastindex, t.group()) for t in before[-6:]]
    after_classes = [_token_class(t.lastindex, t.group()) for t in after[:6]]
    abbreviations = before_classes.count("ABBR") + after_classes.count("ABBR")
    p1 = before_classes[-1] if before else "BOL"
    p2 = before_classes[-2] if len(before) > 1 else "BOL"
    n1 = after_classes[0] if after else "EOL"
    n2 = after_classes[1] if len(after) > 1 else "EOL"
    near = line[max(0, a - 2 * _WINDOW):b + 2 * _WINDOW]
    small = len(_SMALL_WORD.findall(near))
    clause = len(_CLAUSE.split(line[max(0, a - 2 * _WINDOW):a])[-1].split())
    low = letters.lower()
    place = "alone" if not before and not after else "first" if not before else "last" if not after else "mid"
    feats = [f"s:{shape}", f"c:{case}", f"sc:{shape}{case}", f"p1:{p1}", f"p2:{p2}", f"n1:{n1}", f"n2:{n2}",
             f"p1n1:{p1}_{n1}", f"p2p1:{p2}_{p1}", f"n1n2:{n1}_{n2}", f"cp1:{case}{p1}", f"cn1:{case}{n1}",
             f"sp1:{shape}{p1}", f"sn1:{shape}{n1}", f"pos:{place}", length, digits,
             f"prose:{_bucket(small, (1, 3, 6, 10))}", f"clause:{_bucket(clause, (1, 2, 4, 8))}",
             f"ntok:{_bucket(len(before) + len(after) + 1, (2, 4, 8, 16, 32))}",
             f"abbr:{_bucket(abbreviations, (1, 2, 3))}", f"note:{note_case}",
             f"rep:{_bucket(note.occurrences(group), (2, 3))}"]
    if table:
        feats.append("table")
    if low != group and note.occurrences(low):
        feats.append("asword")
    if sl.is_known_word(low):
        feats.append("known")
    if sl.is_common(low):
        feats.append("common")
    if "/" in line[max(0, a - 2):a] or "/" in line[b:b + 2]:
        feats.append("slash")
    return feats


def _tokens_before(line: str, a: int) -> list[re.Match]:
    """The tokens of `line` read before a group at `line[a:]`: those of the `_WINDOW` characters before it."""
    return list(_TOKEN.finditer(line, max(0, a - _WINDOW), a))


class _Note:
    """What several groups of one note read, each asked once (perf49): per line (keyed by its start) its grid header
    (`_grid_header`), whether it is a grid row with case (`grid_row_cased`), its facts for `features` and its groups
    for `vocabulary_features` (`line_groups`); per word its occurrences in the note. Why: a note's capital groups
    stand many to a line (a line of capitals in a nursing note holds dozens), and each group asked these of its whole
    line or note again. Every line is asked whole: from its start to its line break or the note's end."""

    __slots__ = ("counts", "facts", "groups", "heads", "kinds", "rows", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self.heads: dict[int, str | None] = {}
        self.facts: dict[tuple[int, int, bool], tuple[str, str, str, str, bool]] = {}
        self.groups: dict[int, LineGroups] = {}
        self.counts: dict[str, int] = {}
        self.kinds: dict[str, tuple[int, int]] = {}
        self.rows: dict[int, bool] = {}

    def header(self, line_start: int, line: str) -> str | None:
        """`_grid_header` of the line `line` at `line_start`."""
        if line_start not in self.heads:
            self.heads[line_start] = _grid_header(self.text, line_start, line)
        return self.heads[line_start]

    def line(self, line_start: int, line_end: int, cased: bool) -> tuple[str, str, str, str, bool]:
        """(the line, its case letter, its length and digit-share features, whether it is laid out as a table)."""
        key = (line_start, line_end, cased)
        if key not in self.facts:
            line = self.text[line_start:line_end]
            share = (len(line) - len(line.translate(_NO_DIGITS))) / max(len(line), 1)
            self.facts[key] = (line, "C" if cased else "U" if line.isupper() else "L",
                               f"len:{_bucket(len(line.strip()), (20, 40, 80, 160))}",
                               f"dig:{_bucket(share, (0.01, 0.1, 0.3))}",
                               "|" in line or "\t" in line or "  " in line.strip())
        return self.facts[key]

    def row_cased(self, line_start: int, line_end: int) -> bool:
        """`grid_row_cased` of the line at `line_start`: a line of capitals holds many vocabulary groups."""
        if line_start not in self.rows:
            self.rows[line_start] = grid_row_cased(self.text, line_start, line_end, self)
        return self.rows[line_start]

    def line_groups(self, line_start: int, line: str) -> LineGroups:
        """`line_groups` of the line `line` at `line_start`."""
        if line_start not in self.groups:
            self.groups[line_start] = line_groups(line, self.kinds)
        return self.groups[line_start]

    def occurrences(self, word: str) -> int:
        """`_occurrences` of `word` in the note."""
        if word not in self.counts:
            self.counts[word] = _occurrences(word, self.text)
        return self.counts[word]


def _occurrences(word: str, text: str) -> int:
    """How often `word` stands in `text` as a word of its own."""
    n, at = 0, text.find(word)
    while at >= 0:
        end = at + len(word)
        n += (at == 0 or not text[at - 1].isalnum()) and (end == len(text) or not text[end].isalnum())
        at = text.find(word, end)
    return n


def _weighable(group: str) -> bool:
    """`admissible` on a line of either case (a dict: most capital groups of a note are the same abbreviations)."""
    ok = _WEIGHABLE.get(group)
    if ok is None:
        ok = _WEIGHABLE[group] = admissible(group, True) or admissible(group, False)
    return ok


_WEIGHABLE: dict[str, bool] = {}


def _joined(text: str, start: int) -> bool:
    """Is the group at `start` run on from a word: a possessive or hyphenated name ("O'BR", "x-AB"), but not a
    writer's mark after a dash ("--AB", " -AB")?"""
    if start == 0 or text[start - 1] not in "'’-":
        return False
    return start > 1 and text[start - 2].isalnum()


def _small_mark(text: str, m: re.Match) -> bool:
    """Small letters on a line with case are weighed only as a writer's mark: the second half of a pair whose first
    half is a capital group ("AB/cd"), or a cell or a line's last group after a bar, tab, colon or dash ("- cd");
    never shorthand inside a phrase ("s/p tah/bso", "c/o", "f/u")."""
    end = m.end(1)
    if text[m.start()] == "/":
        head = text[max(0, m.start() - 4):m.start()].split()
        return bool(head) and 2 <= len(head[-1]) <= 3 and head[-1].isupper() and head[-1].isalpha()
    rest = text[end:end + 3].lstrip(" ")
    return not rest or rest[0] in "\n|\t;,."


def any_group(group: str, cased: bool) -> bool:
    """A capital group of two or three letters, or any dotted one, that is no stop word: what the trainer weighs as
    a negative on real notes even where `admissible` refuses it, so the model learns where the abbreviations real
    notes write stand (an abbreviation the vocabulary lacks then weighs low in those places)."""
    letters = _letters(group)
    return 2 <= len(letters) <= 3 and letters.lower() not in STOP and ("." in group or letters.isupper())


def candidates(text: str, admit: Callable[[str, bool], bool] = admissible, soft: frozenset[str] | None = None
               ) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, threshold key, features) of every group of `text` that `admit` takes (at inference
    `admissible`): the capital groups of the whole note in one scan, small letters after a slash, dash, bar, colon or
    tab, and every group of the lines without capitals; and, key "vocab", the capital groups on lines with case that
    only a vocabulary of the classes `soft` refuses (None: the shipped model's `vocab_classes`)."""
    if soft is None:
        soft = vocab_classes()
    if admit is admissible:
        found = []
        takes: dict[str, bool] = {}  # each group asked once a note: most capital groups repeat
        for m in _CAPS.finditer(text):
            group = m.group()
            take = takes.get(group)
            if take is None:
                take = takes[group] = bool(_weighable(group) or (soft and weighed_class(group, True, soft)))
            if take and not _joined(text, m.start()):
                found.append(m.span())
    else:
        found = [m.span() for m in _CAPS.finditer(text)
                 if (admit(m.group(), True) or admit(m.group(), False)) and not _joined(text, m.start())]
    found += [m.span(1) for m in _SMALL_AFTER.finditer(text) if admit(m.group(1), True) and _small_mark(text, m)]
    pos = 0
    for line in text.split("\n") if not text.isupper() else ():
        if line.islower():
            found += [(pos + m.start(), pos + m.end()) for m in _GROUP.finditer(line) if admit(m.group(), False)]
        pos += len(line) + 1
    out: list[tuple[int, int, str, list[str]]] = []
    lines: dict[int, tuple[int, bool]] = {}
    note_case: str | None = None
    note = _Note(text)
    for a, b in sorted(set(found)):
        line_start = text.rfind("\n", 0, a) + 1
        if line_start not in lines:
            end = text.find("\n", a)
            end = len(text) if end < 0 else end
            line = text[line_start:end]
            lines[line_start] = end, not (line.isupper() or line.islower())
        line_end, cased = lines[line_start]
        if admit(text[a:b], cased):
            if note_case is None:
                note_case = _note_case(text)
            key = "small_note" if note_case == "small" else "cased" if cased else "uncased"
            out.append((a, b, key, features(text, a, b, line_start, line_end, cased, note_case, note)))
        elif (soft and (cls := weighed_class(text[a:b], cased or note.row_cased(line_start, line_end), soft))
              and (label := _label_class(text[max(line_start, a - 40):a])) != "code"):
            # (a vocabulary group as the value of a field of codes, "Route: PO", stays refused, as the slots do)
            line = note.line(line_start, line_end, cased)[0]
            before = _tokens_before(line, a - line_start)
            column = column_kind(text, line_start, line_end, a, note)
            if column == "none" and (f"p1:{_tok_class(before[-1])}" if before else "p1:BOL") not in _MARK_BEFORE:
                # prose: a word, comma or function word before it ("..., on AC"), no column or label (asked before
                # the features are built: it reads only the token before the group, their "p1")
                continue
            if note_case is None:
                note_case = _note_case(text)
            feats = features(text, a, b, line_start, line_end, cased, note_case, note, before)
            out.append((a, b, "vocab", feats + vocabulary_features(
                feats, cls, line, a - line_start, column, heads_grid(text, line_end, note), label,
                note.line_groups(line_start, line))))
    return out


# what a medication record writes in a dose's hour instead of its giver's mark, why the dose was not given (nothing by
# mouth, stopped, not done or not available, held, refused, out of stock): never weighed right after a time (deidfix65;
# inference only, so the vocabulary judge's training reads nothing new)
DOSE_STATUS = frozenset("npo dc nd na nga hld ref oos".split())
# a note typed without case: at least this share of its lines with letters have no capital
_SMALL_NOTE = 0.3


def _note_case(text: str) -> str:
    """"small" for a note typed mostly without case (a nurse's free text, where a short group is shorthand far more
    often than a signature), else "mixed"."""
    lines = [line for line in text.split("\n") if line.islower() or line.isupper() or any(map(str.isalpha, line))]
    return "small" if lines and sum(map(str.islower, lines)) >= _SMALL_NOTE * len(lines) else "mixed"


def probability(feats: list[str], name: str = MODEL_FILE) -> float:
    """The model's (`name`'s) probability that a group with `feats` is a person's initials."""
    bias, weights, _ = model(name)
    z = bias + sum(weights.get(f, 0.0) for f in feats)
    return 1.0 / (1.0 + math.exp(-max(-30.0, min(30.0, z))))


def learned_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, NAME, score) of the groups the model takes at the threshold of their line's and note's case
    (`candidates`' key: a line with case, a line without in a note with case, any line of a note typed without
    case; a vocabulary group, weighed by the vocabulary judge)."""
    _, _, thresholds = model()
    out = []
    for a, b, key, feats in candidates(text):
        if key == "vocab" and "p1:TIME" in feats and text[a:b].lower() in DOSE_STATUS:
            continue  # a dose's hour and why it was not given ("1300 NPO"), not its giver
        name = VOCAB_FILE if key == "vocab" else MODEL_FILE
        if probability(feats, name) >= (model(VOCAB_FILE)[2][key] if key == "vocab" else thresholds[key]):
            out.append((a, b, NAME, 0.6))
    return out


class InitialsLearnedRecognizer(SpansRecognizer):
    """Initials judged by the learned model wherever they stand (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(LEARNED_INITIALS, [NAME], learned_spans)

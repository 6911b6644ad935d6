"""Initials by Philter's rule, "not known safe = removed", where a value stands (issue #13).

Why: position rules (`initials_positions`), structural slots (`initials_slots`), a learned judge (`initials_learned`)
and a named person's own initials (`initials_of_names`) raised the blind forms families' TUNING INITIALS to 0.74-0.98
while their CHECK parts stayed at 0.17-0.77: each of them says where a mark stands from the tuning forms' words or
places. Philter removes every token no safe list knows. Applied to initials this is cheap: a standalone group of two or
three capitals (or dotted, "J.S.") that no project vocabulary reads as anything else (`other_reading`: the clinical
abbreviations, units, credentials, US states, stages, oncology and pharmacy shorthand, roman numerals, protected
words, the corpus-safe list learned from real notes, stop words, titles, relations; for two letters the everyday
words, for three every word of the dictionary and the medical vocabularies) is a person's initials wherever it
stands in a slot that a VALUE fills:

* after a colon or "=" (the label names no field of codes, `initials_slots.CODE_LABELS`), the value closing there
  (not a sentence of dictated prose going on after a full stop and a gap);
* a whole cell of a table row (a bar, a tab or a wide gap between cells);
* right after "by", "per", "with" or "w/", the value closing there (or a time, a date or "at"/"on"/"@" following;
  "for", "from" and "and" take clinical shorthand in MTSamples tuning notes, "to" a place: "transfer to <acronym>");
* in brackets right after a role or credential ("RN (AB)");
* at a line's end after a dash or a slash ("... - AB", "... -AB", "EW/AB"; both groups of a slash pair unknown);
* a sign-off: the group alone on its line, after dashes, or after "thanks", "thank you" or "regards".

Only on lines with case and in notes with case: where every letter is a capital, a group of capitals proves nothing.
Three more reaches (three letters on a line of capitals, a log entry's end after a number, "per SFP pt may ...") took
PhysioNet check precision under the floor and were removed (docs/deid.md, deidfix45 and deidfix47).
Small letters are left to the dictation marks (`dictation`, `initials_of_names`).

Person slots (deidfix47, `PERSON_SLOTS`): about 45% of two-letter pairs have another reading ("MS", "CM", "ES"), so the
guard above refuses them wherever they stand. Where the slot itself expects a person, a group with another reading is
taken too: a labelled field whose label's head is a role, credential, occupation, signing word ("initials", "witness",
"cosign"), an agent noun of a signing act ("verifier") or "by" (on a line of capitals too, for a group that is no
everyday word); on lines with case, the same words right before the group; "<signing act> by" (not a
service or test: "verified by CT"); a bare "by", "per" or document-signing participle ("witnessed") where no clinical
abbreviation is the group. Never a route, frequency, credential or stop word (`never_initials`), a unit after a number,
a template's placeholder ("XYZ"), or a value under a label naming a clinical field (`CODE_LABELS`).

Collision judge (deidfix49, `COLLIDE_JUDGE`, shipped OFF: it cost PhysioNet check precision): where the person
slots abstain, such a group that closes the way a person's mark closes is weighed by a learned model
(`collide_candidates`, `data/deid/initials_collide.json`, trained by `train_initials_judge --judge collide` on tuning
and generated data) over the classes of its context, never its words.
"""

from __future__ import annotations

import functools
import re as stdre

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers import initials_learned
from cancerprep.stages.deid.recognizers.base import NAME, SpansRecognizer
from cancerprep.stages.deid.recognizers.context import line_bounds, line_cased
from cancerprep.stages.deid.recognizers.initials_class import (
    AGENTS,
    UNITS,
    clinical_abbreviations,
    initials_ok,
    never_initials,
    not_initials,
    number_before,
)
from cancerprep.stages.deid.recognizers.initials_learned import corpus_safe
from cancerprep.stages.deid.recognizers.initials_slots import CODE_LABELS, PLACEHOLDERS, ROLE_WORDS, known_safe, roles
from cancerprep.stages.deid.recognizers.profession import OCCUPATIONS
from cancerprep.stages.deid.recognizers.tables import row_cells
from cancerprep.stages.deid.recognizers.tokens import UPPER, case_mode
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, ROLE_TITLES

VALUES = "InitialsValuesRecognizer"
# switch for measuring (the class only adds spans: off gives exactly the spans before it)
ENABLED = True
# The longest group taken: four-letter capital groups that the vocabularies miss are mostly clinical shorthand in real
# tuning notes (ETOH, EOMI, ORIF, LBBB, TIMI; docs/deid.md, deidfix45).
MAX_LETTERS = 3
# person slots (deidfix47): a slot whose label or cue expects a person takes a group a vocabulary reads otherwise
PERSON_SLOTS = True
# the collision judge (deidfix49): where the person slots abstain, a learned model weighs a colliding group. OFF: it
# took one more PhysioNet check span outside gold (precision 0.9107 -> 0.9084) for +2 / +4 check INITIALS in two
# families (docs/deid.md, deidfix49); off gives exactly the spans before it
COLLIDE_JUDGE = False
COLLIDE_FILE = "initials_collide.json"

@functools.cache
def other_reading(low: str) -> bool:
    """Does a vocabulary of the project give the lower-case group `low` another reading than a person's initials?"""
    return (not_initials(low) or low in known_safe() or low in corpus_safe() or low in protect.protected_words()
            or low in sl.CLINICAL_TERMS)


@functools.cache
def unknown_group(letters: str) -> bool:
    """Is the capital group `letters` ("JS", "KLM") known as nothing but initials: no `other_reading`, no everyday
    word (two letters) and no word of any vocabulary (three or four letters)?"""
    low = letters.lower()
    if not 2 <= len(low) <= MAX_LETTERS or other_reading(low) or not initials_ok(letters, True, "act"):
        return False
    return not (sl.is_common(low) if len(low) == 2 else sl.is_known_word(low))


# a standalone group: two to four capitals, or two or three dotted capitals ("J.S.", "J. A. S.")
_CANDIDATE = re.compile(rf"(?:(?<![\w'’./])(?<!\w-)|(?<=(?<![\w'’./-]){UPPER}{{2,4}}/))"
                        rf"(?:{UPPER}\.[ ]?{UPPER}\.(?:[ ]?{UPPER}\.)?|{UPPER}{{2,4}})(?![\w'’]|-\w)")
# The same pattern for an ASCII note (where UPPER is [A-Z] and \w is [A-Za-z0-9_] in both engines), by stdlib `re`,
# opened by a lookahead for a capital (its lookbehind of two to four capitals written as three of fixed width, as `re`
# asks). Why: `regex` tries the lookbehinds at every character of the note, `re` skips along to a capital: ~7x faster
# on PhysioNet notes with case, the same matches (perf38; tests compare both on real notes and random strings).
_CANDIDATE_ASCII = stdre.compile(r"(?=[A-Z])(?:(?<![\w'’./])(?<!\w-)|"
                                 + "|".join(rf"(?<=(?<![\w'’./-])[A-Z]{{{n}}}/)" for n in (2, 3, 4))
                                 + r")(?:[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?|[A-Z]{2,4})(?![\w'’]|-\w)")


def _for(text: str, pattern: re.Pattern, ascii_pattern: stdre.Pattern) -> re.Pattern | stdre.Pattern:
    """`ascii_pattern`, the stdlib twin of `pattern`, on an ASCII text; else `pattern`."""
    return ascii_pattern if text.isascii() else pattern

# what closes a value: the line's or cell's end, or a clause's punctuation
_CLOSES = re.compile(r"[ \t]*(?:[.;,)]+[ \t]*)?(?:$|\||\t|[ ]{2})", re.M)
# a full stop and a gap before more words: the next sentence of dictated prose
_SENTENCE_ON = re.compile(r"[ \t]*\.[ \t]{2,}\S")
# a cell's value closes with the cell, never with a full stop ("HEENT:  PERRLA.  EOMI.  TMs clear" is prose)
_CELL_END = re.compile(r"[ \t]*(?:$|\||\t|[ ]{2})", re.M)
_LINE_END = re.compile(r"[ \t]*[.)]?[ \t]*$", re.M)
_FIELD = re.compile(r"([\w/#.'’&-]+(?:[ \t]+[\w/#.'’&-]+){0,3})[ \t]*[:=][ \t]*$")
_CELL = re.compile(r"(?:^|\||\t|[ ]{2})[ \t]*$")
_PREP = re.compile(r"(?i)(?<![\w/])(?:by|per|with|w/)[ \t]+$")
# after a person named by a preposition: a time, a date or its preposition may follow ("per AB at 1400")
_AFTER_PREP = re.compile(r"[ \t]+(?:at|on|@)[ \t]|[ \t]+\d")
_DASH_SLASH = re.compile(r"(?:[ \t]-{1,2}|[ \t]?[–—]|[\w)][ \t]*/|[ \t]--?|^-{1,2}|~)[ \t]*$")
_SIGN_OFF = re.compile(r"(?i)^[ \t]*(?:(?:thanks|thank[ \t]+you|regards|cheers)[,!.]?)?[ \t~–—-]*$")

# the group before a slash
_OTHER = re.compile(rf"({UPPER}{{2,4}})[ \t]*/[ \t]*$")
# a line of capitals proves nothing, but a line holding only the group (and its sign-off, or one more group of a
# slash pair) is read by the note's case
_ALONE = re.compile(rf"[^\p{{L}}]*(?:(?:thanks|thank[ \t]+you|regards|cheers|{UPPER}{{2,4}}[ \t]*/)[^\p{{L}}]*)?", re.I)


@functools.cache
def _role_paren() -> re.Pattern:
    return re.compile(rf"(?i)(?<![\w-])(?:{roles()})\.?[ \t]*\([ \t]*$")


def _labelled(before: str):
    """`_FIELD`'s match in `before` (the text before a group on its line): a label's colon or "=" must close it,
    tested first, since the search tries every place of a long line (same answers: the pattern ends in [:=] and
    blanks)."""
    return _FIELD.search(before) if before.rstrip(" \t\n")[-1:] in (":", "=") else None


def _slot(line: str, a: int, b: int) -> str | None:
    """The value slot the group line[a:b] fills, if any."""
    before, after = line[:a], line[b:]
    if _CLOSES.match(after):
        field = _labelled(before)
        if field and not _SENTENCE_ON.match(after):  # "HEENT:  NC.  Eyes clear" is a sentence, not a field
            label = field.group(1).lower().rstrip(".")
            # the label's head (its last word) or the whole label names a field of codes ("Blood type: AB")
            return None if label in CODE_LABELS or re.split(r"[ \t/&]+", label)[-1] in CODE_LABELS else "field"
        if _CELL.search(before) and _CELL_END.match(after) and ("|" in line or "\t" in line or "  " in line.strip()):
            return "cell"
    prep = _PREP.search(before)
    if prep and (_CLOSES.match(after) or _AFTER_PREP.match(after)):
        return "prep"  # "per AB", "per AB at 1400"
    if after.startswith(")") and _role_paren().search(before):
        return "role"
    if _LINE_END.fullmatch(after):
        dash = _DASH_SLASH.search(before)
        if dash:  # a slash pair: both groups marks, or neither ("PT/RSD" is shorthand)
            other = _OTHER.search(before, 0, dash.end())
            return None if "/" in dash.group(0) and other and not unknown_group(other.group(1)) else "dash"
        if _SIGN_OFF.fullmatch(before):
            return "sign_off"
    return None


# Person slots (deidfix47). Why: about 45% of two-letter pairs have another reading in some project vocabulary ("MS",
# "CM", "SC", "ES", "NS"), so "not known safe = removed" never reaches them; where the slot itself expects a person,
# the slot decides. A cue expects a person when it is a role or credential (the project's role, occupation and
# credential vocabularies), a word of signing or initials, an agent noun of a signing act ("verifier", "checker"),
# "<act> by" or "per". Acts of signing (no "by") name their signer, never their object (as in `initials_positions`).
_SIGNING_ACTS = ("check", "recheck", "double-check", "verify", "witness", "sign", "co-sign", "cosign", "countersign",
                 "initial", "review", "document", "chart", "count", "enter", "complete", "perform", "administer",
                 "prepare", "dispense", "release", "relinquish", "approve", "record")
# acts whose object is a document or an act, never a clinical thing: their bare participle names the signer
# ("witnessed KC"); the others take clinical objects without "by" ("checked BG", "reviewed HR")
_SIGN_ONLY = frozenset("witnessed signed co-signed cosigned countersigned initialed".split())
# words naming a person's slot by themselves: initials, signatures, witnesses, the generic staff nouns
_SIGN_WORDS = frozenset("""initials initial init inits sig signature signer cosign co-sign cosigner co-signer witness
witnesses staff user provider clinician author""".split())


def _forms(verb: str) -> tuple[set[str], set[str]]:
    """A signing verb's forms: (the verb and its participle, its agent nouns): "verify" -> (verify, verified),
    (verifier,); "prepare" -> (prepare, prepared), (preparer,); "check" -> (check, checked), (checker,)."""
    stem = verb[:-1] + "i" if verb.endswith("y") else verb[:-1] if verb.endswith("e") else verb
    return {verb, stem + "ed"}, {stem + "er", stem + "or"}


@functools.cache
def person_words() -> tuple[frozenset[str], frozenset[str]]:
    """Lower-case words that name a person's slot: (nouns: roles, occupations, credentials, signing words, agent
    nouns of signing acts; acts: "by", "per", signing verbs and their participles)."""
    # (the short titles "lt", "sgt", "capt" are also shorthand: "LT/PP" is light touch and pinprick)
    nouns = set(_SIGN_WORDS) | {w for w in CREDENTIALS if w.replace("-", "").isalpha()}
    nouns |= {w for w in ROLE_TITLES | OCCUPATIONS if len(w) > 4}
    nouns |= {w.split()[-1] for w in ROLE_WORDS}
    nouns |= {"physician", "surgeon", "doctor", "resident", "attending", "fellow", "intern", "anesthesiologist",
              "rph", "tech"}
    acts = {"by", "per"}
    for verb in _SIGNING_ACTS:
        verbs, agents = _forms(verb)
        acts |= verbs
        nouns |= agents
    return frozenset(nouns), frozenset(acts)


# the label or cue word right before the group: a word, then a colon, "=", a dash, a bracket, a slash or nothing
_CUE = re.compile(r"([A-Za-z][\w'’-]*\.?)[ \t]*(?::|=|-{1,2}|–)?[ \t]*\(?[ \t]*$")
# what may follow `_CUE`'s word: blanks, a separator, a bracket
_CUE_TAIL = " \t:=-–("
# a signing act right before "by" ("verified by", "co-signed by")
_ACT_BEFORE = re.compile(r"(?i)\b([a-z][a-z-]*)[ \t]+$")
# what may follow a person's group: the clause's end, a time, a slash pair, a comma, a role in brackets or bare
_PERSON_AFTER = re.compile(r"[ \t]*(?:[.;,)]+[ \t]*)?(?:$|\||\t|[ ]{2})|[ \t]*[/,&][ \t]*|[ \t]*\(|"
                           r"[ \t]+(?:at|on|@|and|x)(?:[ \t]|$)|[ \t]+@?(?:[01]?\d|2[0-3]):?[0-5]\d(?![\d/.])|"
                           r"[ \t]+(?i:rn|md|np|pa|lpn|cna|tech|rph|do)\b", re.M)


def _cue(before: str) -> re.Match | None:
    """`_CUE`'s search of `before` (the text before a group on its line), started where it may match: a match is a word
    without blanks and then only `_CUE_TAIL`'s characters up to the string's end (or a final line break), so it starts
    after the last blank that stands before those characters. Why: the search tried every word of a long line, ~10 us
    a call (perf38); the same match."""
    head = (before[:-1] if before.endswith("\n") else before).rstrip(_CUE_TAIL)
    return _CUE.search(before, max(head.rfind(" "), head.rfind("\t")) + 1)


def _person_slot(line: str, a: int, b: int, cased: bool) -> str | None:
    """The person slot the group line[a:b] (another reading known) fills, if any: "label" (a labelled field whose
    label's head expects a person), "role" (a role, credential or signing noun right before it), "act" ("by", "per"
    or a signing act right before it: prose, where a service, test or any clinical abbreviation is the act's agent
    or object: "per GI", "reviewed CT", "administered ASA")."""
    before, after = line[:a], line[b:]
    if not _PERSON_AFTER.match(after) or _SENTENCE_ON.match(after):
        return None
    nouns, acts = person_words()
    low = line[a:b].replace(".", "").replace(" ", "").lower()
    field = _labelled(before)
    if field:
        words = [w.rstrip(".") for w in re.split(r"[ \t/&]+", field.group(1).lower()) if w]
        if words and (words[-1] in nouns or words[-1] in acts) and not any(w in CODE_LABELS for w in words):
            return "label"
    cue = _cue(before)
    if not cue or not cased:
        return None
    word = cue.group(1).lower().rstrip(".")
    if word in nouns:
        return "role"
    if word not in acts or (word != "by" and word != "per" and word not in _SIGN_ONLY):
        return None
    # "<signing act> by": the act's agent, a person unless a service or test ("verified by CT", "reviewed by GI");
    # a bare "by", "per" or act: any clinical abbreviation is its agent or object ("per HL", "administered ASA")
    prior = _ACT_BEFORE.search(before, 0, cue.start(1)) if word == "by" else None
    act_by = prior is not None and prior.group(1).lower() in acts
    return "act" if (low not in AGENTS if act_by else low not in clinical_abbreviations()) else None


def _person_group(letters: str, cased: bool) -> bool:
    """May the capital group `letters`, which a vocabulary reads otherwise, be initials in a person slot? Never what
    no position makes initials (routes, frequencies, credentials, stop words, yes/no); on a line of capitals never
    an everyday word ("BE", "AM")."""
    low = letters.lower()
    return (2 <= len(low) <= 3 and not never_initials(low) and low not in PLACEHOLDERS
            and (cased or not sl.is_common(low)))


# The collision judge (deidfix49). Why: the person slots name the labels and cues they know, and generalise little to
# person slots they do not name (deidfix47: held-out slots 0.43 -> 0.45). Where they abstain, a colliding group that
# closes the way a person's mark closes is weighed by a logistic model (`train_initials_judge --judge collide`,
# trained on generated and tuning data only) over features that carry over between forms: the judge's general
# context (`initials_learned.features`), and the CLASS (not the word) of the label before the group, of the cue word
# right before it, of its column's header (a person word, a signing act, "by"/"per", a field of codes, a clinical
# abbreviation, other), of what follows (a time, a number, a unit, a credential, a capitalised word, a comma, a slash,
# the line's end), which vocabulary reads the group (clinical abbreviation, known shorthand, corpus shorthand,
# everyday word) and its vowels.


def _word_class(word: str) -> str:
    """The class of a label's, cue's or header's word: PERSON (a role, credential or signing noun), BY (by, per),
    ACT (a signing act), CODE (a field of codes), CLIN (a clinical abbreviation or known shorthand), NUM, OTHER."""
    nouns, acts = person_words()
    low = word.lower().rstrip(".:")
    if low in nouns:
        return "PERSON"
    if low in ("by", "per"):
        return "BY"
    if low in acts:
        return "ACT"
    if low in CODE_LABELS:
        return "CODE"
    if low in clinical_abbreviations() or low in known_safe():
        return "CLIN"
    return "NUM" if low[:1].isdigit() else "OTHER"


def _words_class(phrase: str) -> str:
    """The class of a label or header: a field of codes if any word names one, else its head (last) word's class."""
    words = [w for w in re.split(r"[ \t/&:()#-]+", phrase) if w]
    if not words:
        return "NONE"
    if any(_word_class(w) == "CODE" for w in words):
        return "CODE"
    return _word_class(words[-1])


def _header_class(text: str, line_start: int, a: int) -> str:
    """The class of the header over the group's column (a row's cell at line offset `a`, under a line of as many
    cells without digits, at most six lines up), or NONE outside a table.

    Not `tables.table_columns` (deidfix50 looked): that reader walks DOWN from a header through contiguous rows of
    its shape, stopping at a blank line or a row of another shape, and reads a rule ("---|---") as a row; this one
    walks UP from one row to the nearest digitless line of as many cells, across blank lines and rows of other
    shapes (a rule of that shape is taken as the header). The answers differ on such tables, and the collision
    judge's weights (`initials_collide.json`) were trained on this one's, so sharing the reader would change the
    judge's features, not only its code. What they do share, the cell split, is `tables.row_cells`."""
    line = text[line_start:text.find("\n", line_start) if "\n" in text[line_start:] else len(text)]
    cells = row_cells(line)
    col = next((k for k, (s, e) in enumerate(cells) if s <= a < e), None)
    if col is None or len(cells) < 2:
        return "NONE"
    pos = line_start
    for _ in range(6):
        if pos == 0:
            break
        prev_start = text.rfind("\n", 0, pos - 1) + 1
        head = text[prev_start:pos - 1]
        pos = prev_start
        head_cells = row_cells(head)
        if len(head_cells) == len(cells) and not any(c.isdigit() for c in head):
            s, e = head_cells[col]
            return _words_class(head[s:e])
    return "NONE"


_NEXT = re.compile(r"[ \t]*(?:(?P<eol>$|\||\t|[ ]{2})|(?P<time>@?(?:[01]?\d|2[0-3]):?[0-5]\d(?![\d/.]))|(?P<num>\d)|"
                   r"(?P<comma>[,;&])|(?P<slash>/)|(?P<open>\()|(?P<stop>\.)|(?P<word>[A-Za-z][\w'’-]*))", re.M)


def _next_class(after: str) -> str:
    """The class of what follows the group on its line."""
    m = _NEXT.match(after)
    if not m:
        return "OTHER"
    kind = m.lastgroup or "OTHER"
    if kind != "word":
        return kind.upper()
    word = m.group("word")
    low = word.lower()
    if low in CREDENTIALS or low in person_words()[0]:
        return "ROLE"
    if low in UNITS:
        return "UNIT"
    if low in ("at", "on", "and"):
        return "LINK"
    if word[:1].isupper() and word[1:].islower() and not sl.is_known_word(low):
        return "NAME"
    return "WORD"


def _vocabulary(low: str) -> str:
    """Which vocabulary reads the group: a clinical abbreviation, known shorthand, corpus shorthand, an everyday
    word, or another (titles, states, protected words)."""
    if low in clinical_abbreviations():
        return "clin"
    if low in known_safe():
        return "safe"
    if low in corpus_safe():
        return "corpus"
    return "common" if sl.is_common(low) else "other"


def collide_features(text: str, a: int, b: int, line_start: int, line_end: int, cased: bool) -> list[str]:
    """The collision judge's features of the group `text[a:b]` (see above)."""
    line = text[line_start:line_end]
    la, lb = a - line_start, b - line_start
    before, after = line[:la], line[lb:]
    letters = text[a:b].replace(".", "").replace(" ", "")
    low = letters.lower()
    field = _labelled(before)
    label = _words_class(field.group(1)) if field else "NONE"
    cue_m = _cue(before)
    cue = _word_class(cue_m.group(1)) if cue_m else "NONE"
    header = _header_class(text, line_start, la)
    nxt = _next_class(after)
    vocab = _vocabulary(low)
    vowels = sum(c in "aeiouy" for c in low)
    person_line = any(w.lower().rstrip(".:") in person_words()[0] for w in re.findall(r"[A-Za-z][\w-]*", line))
    feats = initials_learned.features(text, a, b, line_start, line_end, cased, "mixed")
    feats += [f"x_lab:{label}", f"x_cue:{cue}", f"x_hdr:{header}", f"x_nx:{nxt}", f"x_voc:{vocab}",
              f"x_vow:{len(low)}{min(vowels, 2)}", f"x_labnx:{label}_{nxt}", f"x_cuenx:{cue}_{nxt}",
              f"x_hdrnx:{header}_{nxt}", f"x_vocnx:{vocab}_{nxt}", f"x_voccue:{vocab}_{cue}",
              f"x_voclab:{vocab}_{label}", f"x_pline:{person_line}", f"x_case:{cased}"]
    return feats


def _collide_candidate(text: str, m: re.Match, letters: str) -> tuple[int, int, bool] | None:
    """(line start, line end, line cased) when the colliding group `m` is one the judge weighs: a group a person
    slot may hold (`_person_group`), no unit after a number, closing the way a person's mark closes."""
    start, end = line_bounds(text, m.start())
    # a line whose only letters are the group (a cell under a header, "0800 | AB") reads as a line with case
    cased = line_cased(text, m.start()) or not any(c.isalpha() for c in text[start:m.start()] + text[m.end():end])
    if not _person_group(letters, cased) or (number_before(text, m.start()) and letters.lower() in UNITS):
        return None
    after = text[m.end():end]
    if not _PERSON_AFTER.match(after) or _SENTENCE_ON.match(after):
        return None
    return start, end, cased


def collide_candidates(text: str) -> list[tuple[int, int, str, list[str]]]:
    """(start, end, threshold key, features) of every colliding group the judge weighs in a note with case (the
    key: "cased" line or "caps" line); for training and for `values_spans`."""
    if case_mode(text) != "mixed":
        return []
    out = []
    for m in _for(text, _CANDIDATE, _CANDIDATE_ASCII).finditer(text):
        letters = m.group(0).replace(".", "").replace(" ", "")
        if unknown_group(letters):
            continue
        found = _collide_candidate(text, m, letters)
        if found:
            start, end, cased = found
            out.append((m.start(), m.end(), "cased" if cased else "caps",
                        collide_features(text, m.start(), m.end(), start, end, cased)))
    return out


def _judged(text: str, m: re.Match, letters: str) -> bool:
    """Does the collision judge take the colliding group `m` (the person slots abstained)?"""
    found = _collide_candidate(text, m, letters)
    if not found:
        return False
    start, end, cased = found
    _, _, thresholds = initials_learned.model(COLLIDE_FILE)
    feats = collide_features(text, m.start(), m.end(), start, end, cased)
    return initials_learned.probability(feats, COLLIDE_FILE) >= thresholds["cased" if cased else "caps"]


# Marks listed together (deidfix53). Why: two signers share one slot ("Witnessed: JN, DP", "given by AB / CD", "RN
# check AB & CD"): the group test above asks each group alone whether its slot closes after it, and the first of a list
# is followed by its separator, not the slot's close; and a colliding group is refused even beside an unknown one. A
# list of two or three groups joined by ",", "/", "&" or "and" is read as ONE value. Where the list fills a value slot
# (`_slot`) and one of its groups is unknown (`unknown_group`), or it fills a person slot (`_person_slot`) and no group
# is clinical shorthand ("verified by CT/MRI"), each group is a mark at the "signed" level of the position rules
# (`initials_ok`: two letters unless a service or test, three unless any clinical abbreviation, never a measure after
# a number) where a person slot may hold it (`_person_group`); if one group may not be a mark, none is ("PT/RSD").
LISTS = True
_SEP = r"(?:[ \t]*[,/&][ \t]*|[ \t]+(?:and|&)[ \t]+)"
_ONE = rf"(?:{UPPER}\.[ ]?{UPPER}\.(?:[ ]?{UPPER}\.)?|{UPPER}{{2,3}})"
_LIST = re.compile(rf"(?<![\w'’./-])({_ONE})(?:{_SEP}({_ONE}))(?:{_SEP}({_ONE}))?(?![\w'’]|-\w|{_SEP}{UPPER})")
# its stdlib twin for ASCII notes, opened by a lookahead for a capital (as `_CANDIDATE_ASCII`; ~10x faster)
_ONE_ASCII = r"(?:[A-Z]\.[ ]?[A-Z]\.(?:[ ]?[A-Z]\.)?|[A-Z]{2,3})"
_LIST_ASCII = stdre.compile(rf"(?=[A-Z])(?<![\w'’./-])({_ONE_ASCII})(?:{_SEP}({_ONE_ASCII}))(?:{_SEP}({_ONE_ASCII}))?"
                            rf"(?![\w'’]|-\w|{_SEP}[A-Z])")


def _listed(text: str, start: int, end: int, line: str, m: re.Match) -> list[tuple[int, int]]:
    """The groups of the list `m` (matched in `line`, which spans text[start:end]) taken as marks (see above)."""
    groups = [(m.start(g), m.end(g)) for g in (1, 2, 3) if m.group(g)]
    letters = [line[a:b].replace(".", "").replace(" ", "") for a, b in groups]
    cased = line_cased(text, start)
    unknown = [unknown_group(w) for w in letters]
    if not (any(unknown) and _slot(line, m.start(), m.end())):
        # without an unknown group, a person slot's list, none of whose groups is clinical shorthand ("by CT/MRI")
        clinical = clinical_abbreviations()
        if any(w.lower() in clinical for w in letters) or not _person_slot(line, m.start(), m.end(), cased):
            return []
    # every group a mark, or none: "PT/RSD" is shorthand (as `_slot` reads a slash pair)
    if not all(unseen or (_person_group(word, cased) and initials_ok(word, cased, "signed", number_before(line, a)))
               for (a, _), word, unseen in zip(groups, letters, unknown, strict=True)):
        return []
    return [(start + a, start + b) for a, b in groups]


# A writer's mark in small letters (deidfix53). Why: typists and charting systems write initials in small letters
# ("Charted by kw", "Bag hung - jt", "... /kw", "Dressing changed. kw/jt"); the classes above read capitals only and
# `dictation` reads small marks on stamp and sign-off lines. On a line WITH case, small letters in a slot that closes
# the line after "by" / "per", a dash, a lone slash, or a slash pair after a clause's end are a mark when no
# vocabulary reads them (`unknown_group`: no everyday word of two letters, no dictionary word of three; "by me",
# "- ok", "/hr", "by pt" stay). Shipped OFF (lead, at the merge): its held-out slots score 0.03 (it learned the seen
# frames, not the class), it adds no span in any dev set, and its whole-text scan cost ~100 CPU ms per 1,000
# PhysioNet notes (`deid_speed`'s breakdown: InitialsValuesRecognizer 211 -> 408 with both deidfix53 classes).
SMALL = False
_SMALL = re.compile(r"(?:(?<![\w/])(?i:by|per)[ \t]+|[ \t]-{1,2}[ \t]*|[ \t]?[–—~][ \t]*|(?<=[ \t])/[ \t]?|"
                    r"(?<=[.;][ \t]+)(?=\p{Ll}{2,3}/))(\p{Ll}{2,3})(?:/(\p{Ll}{2,3}))?[ \t]*\.?[ \t]*$", re.M)


def small_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, NAME, score) of small-letter marks closing a line with case (see above)."""
    out: list[tuple[int, int, str, float]] = []
    for m in _SMALL.finditer(text):
        groups = [g for g in (1, 2) if m.group(g)]
        if not line_cased(text, m.start(1)) or not all(unknown_group(m.group(g).upper()) for g in groups):
            continue
        out.extend((m.start(g), m.end(g), NAME, 0.6) for g in groups)
    return out


def values_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, NAME, score) of unknown capital groups in value slots (see the module doc)."""
    if not ENABLED or case_mode(text) != "mixed":
        return []
    out: list[tuple[int, int, str, float]] = small_spans(text) if SMALL else []
    if LISTS:
        listed = _for(text, _LIST, _LIST_ASCII)
        for m in listed.finditer(text):
            start, end = line_bounds(text, m.start())
            line = text[start:end]
            a, b = m.start() - start, m.end() - start
            # a line of capitals proves nothing, unless the list is all its letters
            if line_cased(text, m.start()) or _ALONE.fullmatch(line[:a] + line[b:]):
                inner = listed.match(line, a)
                if inner:
                    out.extend((x, y, NAME, 0.6) for x, y in _listed(text, start, end, line, inner))
    for m in _for(text, _CANDIDATE, _CANDIDATE_ASCII).finditer(text):
        letters = m.group(0).replace(".", "").replace(" ", "")
        start, end = line_bounds(text, m.start())
        line, a, b = text[start:end], m.start() - start, m.end() - start
        if not unknown_group(letters):
            if PERSON_SLOTS:
                cased = line_cased(text, m.start())
                if _person_group(letters, cased) and not (number_before(text, m.start()) and letters.lower() in UNITS) \
                        and _person_slot(line, a, b, cased):
                    out.append((m.start(), m.end(), NAME, 0.6))
                    continue
            if COLLIDE_JUDGE and _judged(text, m, letters):
                out.append((m.start(), m.end(), NAME, 0.6))
            continue
        # a line of capitals (in a note with case) proves nothing, unless the group is all its letters
        if (line_cased(text, m.start()) or _ALONE.fullmatch(line[:a] + line[b:])) and _slot(line, a, b):
            out.append((m.start(), m.end(), NAME, 0.6))
    return out


class InitialsValuesRecognizer(SpansRecognizer):
    """Unknown capital groups in value slots (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(VALUES, [NAME], values_spans)

"""Name consistency: a name found once in a note is PHI wherever else that note, or its patient's notes, write it.

Why: the recognizers judge each occurrence by its context, and notes write the same person in frames
that no rule or model knows ("... and then Quenby went home", "QUENBY'S DAUGHTER"). A human redactor
does not read those afresh: once the header says "Patient: Ann Quenby", every "Quenby" in the note is
removed. Philter and NLM-Scrubber call this consistent redaction. It generalises with the frame,
because it needs only one confident finding per note, usually in a header, a signature or after a
title, where the rules are strongest.

The words of the note's NAME spans (letters only, three or more: one- and two-letter names collide
with initials and abbreviations such as "Al" and "Li", the identity recognizer's guard too; split at
hyphens, "Smith-Jones" -> smith, jones; possessive dropped, "Smith's" -> smith; "O'Neil" kept whole)
are looked for in the whole note, whole-word and in any case ("QUENBY", "quenby", "Quenby's",
"Quenby-Hale", "Quenby2"), with one regex per note. Each occurrence that no span covers yet becomes a
NAME span. Precision guards, on the vocabularies the recognizers already use (`safelist`, `protect`):

* a word known not to be a name (English or medical vocabulary, clinical shorthand, the protected
  clinical classes; minus every census name) never spreads: a span holding it was a false positive
  or an unusual name, and spreading it would damage clinical text ("heparin", "FISH"); nor does an
  unknown word shorter than five letters (shorthand: "OSA", "HLD"), a one-edit typo of a known word,
  an unknown word a mixed-case note writes in lower case (a misspelling), or a word right before a
  colon (a field label a span ran into: "S. Miles\nTel:");
* a census name that is also an everyday or medical word ("Grace", "Hope", "Brown", "Foley") spreads
  only to occurrences that look like a name where case carries information: capitalised (not
  ALL CAPS), not at a sentence or line start, not in a hyphenated term ("Ray-Tec"), in a mixed-case
  note; function words that are census names ("will", "may") never spread;
* a staging or eponym use ("Clark level", `safelist.clinical_term_use`) is never a name.

A span that only the learned voter found (`WEAK_SEEDERS`) spreads its census names only: the learned
voter's lone false positives are unknown and everyday words. A FREE word only cue-less rules found
(`CUELESS_RULES`: a lone given name, a given name and a surname-like word, two capitalised unknown words) spreads as
CUELESS: not to an occurrence written as a thing ("the Ellis were removed"), nor hyphened to a word known not to be a
name, and, when no census lists it, only capitalised; a cue-less span holding a term the note writes elsewhere seeds
nothing. Each guard was chosen on the tuning parts of the dev data (docs/deid.md has the figures).

List neighbours. Members of a list share a kind: a word that a slash, comma or "and" joins to one of the note's
own NAME spans, written in the same case and shaped as a name (a FREE word by any of them; a GUARDED one only by a
slash and capitalised: "Drs. Tapper/Fortune"), is a NAME too (`_joined_names`); a word spread from another note
vouches for no neighbour.

Patient scope. A patient's notes share people (the patient, relatives, clinicians, staff) and places
(their hospital, practice), so the engine pools the seeds (`Seeds`: name words and organisation
phrases) of every note of one patient in the batch it analyses and spreads them to each of those notes
(`seeds`, `pool`, `for_note`, `spread`); seeds never cross patients, and only confident words cross
notes (no everyday-word names; no unknown words from notes without case). Organisation phrases: a
LOCATION span of a strong rule that is a multi-word organisation name holding a distinctive word
("Riverside Family Practice", "St. Jude Medical Center"; not "Family Practice") is PHI wherever the
patient's notes write the same word sequence, in any case.
"""

from __future__ import annotations

import bisect
import functools
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from typing import Protocol

import regex as re
from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import initials_of_names, protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import slip_of_known
from cancerprep.stages.deid.recognizers.address import PRACTICE_SPECIALTY
from cancerprep.stages.deid.recognizers.base import LOCATION, NAME, I, finditer, lowered, time_left
from cancerprep.stages.deid.recognizers.context import line_at, line_cased, name_case, sentence_start
from cancerprep.stages.deid.recognizers.locations import FACILITY
from cancerprep.stages.deid.recognizers.person_slots import clause_word
from cancerprep.stages.deid.recognizers.tokens import LETTER, MARKS, ascii_fold, bare, case_mode
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP, TITLES

CONSISTENCY = "NameConsistency"  # recognizer name of the spans added here (stats, spans files)
PLACE_CONSISTENCY = "PlaceConsistency"  # ... and of the organisation phrases added here
SCORE = 0.6
MIN_LETTERS = 3
SHORTHAND = 5  # a word no vocabulary knows and shorter than this is likelier shorthand ("OSA", "HLD") than a name
# Voters whose lone NAME spans spread their census names only (see module doc).
WEAK_SEEDERS = frozenset({"LearnedRecognizer"})
# The rules that take a word for its own shape, with no cue around it (the name recogniser's lone census given name,
# given name and surname-like word, two capitalised unknown words; the backstop's given name capitalised
# mid-sentence), by (recognizer, rule): a span that only they (or a weak voter) found is a CUELESS seed (deidprec7).
CUELESS_RULES = frozenset({("ClinicalNameRecognizer", rule) for rule in (
    "first_name", "first_last", "unknown_pair", "unknown_caps_pair")} | {
    ("NamesBackstopRecognizer", "backstop-slot-mid-capital")})

FREE, GUARDED = "free", "guarded"
# A GUARDED word the note wrote as the surname of a full name ("John Brown"), and a surname first
# (`safelist.surname_first`): it also spreads where it opens a sentence as the subject of a verb ("BROWN WAS SEEN",
# "brown says"), in any case. Like GUARDED it stays in its own note.
SURNAME = "surname"
# A GUARDED word the note wrote as one part of a full name ("Hope Smith", "Rose Hill", "BROWN, MARK"): the note has
# told it is somebody's name, so it also spreads where the name's slot, not the word's case, says so (`_slot_hit`):
# a sentence's subject before a verb, or a word set in capitals alone on a line of mixed case ("HOPE reports").
# Own note only, like GUARDED.
PAIRED = "paired"
# A FREE word whose every span in the note came from a cue-less rule (`CUELESS_RULES`): nothing but the word's own
# shape said it is a name, so its other occurrences must not read as a thing: not counted or with an article, not
# hyphened to a word known not to be a name ("Bard-Parker"), and a word no census lists only where a capital vouches
# for it (in a note with case). Census names keep their small-letters spread ("later mary left"). deidprec7.
CUELESS = "cueless"
# The verbs after such a subject: auxiliaries, reporting and clinical verbs (no adjective-like "-ed" word: "Brown
# colored stool").
_SUBJECT_VERB = re.compile(
    r"(?:['’]s)?[ \t]+(?:is|was|has|had|will|would|could|can|did|does|reports|reported|states|stated|says|said|"
    r"called|came|tolerated|underwent|denies|denied|presents|presented|returned|went|agrees|agreed|declined|"
    r"complains|remains|feels|felt|lives|arrived|left|notes|noted)\b", I)
# A word of a span: letters of any script and combining accents (NFD), apostrophes inside ("o'neil"); on ASCII text
# the former [A-Za-z]+(?:['’][A-Za-z]+)*, so "Søren" is one word where it was "S" and "ren" (a "ren" that spread
# would cut every other "Søren" of the note to "Sø"). Vocabularies and census lists are asked in ASCII (`ascii_fold`).
_LETTERS = rf"{LETTER}(?:{LETTER}|[{MARKS}])*"
_WORD = re.compile(rf"{_LETTERS}(?:['’]{_LETTERS})*")
# Not inside a longer word: no letter or combining accent before or after (the former (?<![A-Za-z]), (?![A-Za-z])).
_NO_LETTER_BEFORE = rf"(?<!{LETTER})(?<![{MARKS}])"
_NO_LETTER_AFTER = rf"(?!{LETTER})(?![{MARKS}])"
_NOT_NAMES = TITLES | RELATIONS | CREDENTIALS | STOP


class Span(Protocol):
    """What the engine's merged spans offer (`engine.PhiSpan`; not imported: the engine imports us)."""

    start: int
    end: int
    entity_type: str


@functools.cache
def word_class(word: str) -> str | None:
    """How a lower-case name word may spread: FREE (any case, anywhere), GUARDED (only where it looks
    like a name) or None (never: a word known not to be a name)."""
    word = ascii_fold(word)  # judged as the lists spell it ("søren" as "soren"); another script's word as written
    if len(word.replace("'", "")) < MIN_LETTERS or word in _NOT_NAMES or word in protect.protected_words():
        return None
    census = sl.census_names()
    if word not in census and word.replace("'", "") not in census:  # "o'neil": the census writes "oneil"
        # no census name: an unusual name, or shorthand and typos nobody listed
        if sl.is_known_word(word) or word in sl.CLINICAL_TERMS or len(word) < SHORTHAND or slip_of_known(word):
            return None
        return FREE
    return GUARDED if sl.is_common(word) or word in sl.medical_words() else FREE


def name_words(text: str, spans: Iterable[Span], results: Sequence[RecognizerResult] | None = None,
               mixed: bool = True) -> dict[str, str]:
    """The spreadable words of the NAME spans: lower-case word -> FREE, CUELESS, GUARDED, PAIRED or SURNAME. With the
    raw `results`, a span only weak voters (`WEAK_SEEDERS`) found gives its census names only, and a span only the
    cue-less rules found (`CUELESS_RULES`) gives CUELESS words, or none where one of its words is a term the note
    writes (`_term_in_note`: "Extracardiac Fontan" where the note writes "Fontan fenestration") (see module doc)."""
    strong = None if results is None else [
        (r.start, r.end) for r in results
        if r.entity_type == NAME and (r.recognition_metadata or {}).get("recognizer_name") not in WEAK_SEEDERS]
    cued = None if results is None else [
        (r.start, r.end) for r in results if r.entity_type == NAME and not _cueless(r)]
    out: dict[str, str] = {}
    for s in spans:
        if s.entity_type != NAME:
            continue
        weak = strong is not None and not any(a < s.end and s.start < b for a, b in strong)
        cueless = SPREAD_CUELESS_GUARD and cued is not None and not any(a < s.end and s.start < b for a, b in cued)
        words = list(_WORD.finditer(text, s.start, s.end))
        if cueless and len(words) > 1 and any(_term_in_note(text, bare(_low(m.group(0))))
                                               for m in words):
            continue  # a term phrase a shape rule took ("Extracardiac Fontan"): none of its words is a name here
        for m in words:
            if text.startswith(":", m.end()):
                continue  # a field label the span ran into ("S. Miles\nTel: ..."), not a name
            word = _low(m.group(0))
            word = bare(word)
            cls, listed = word_class(word), ascii_fold(word)  # the census spells names in ASCII
            if cls is None or (listed not in sl.census_names() and (weak or (mixed and m.group(0).islower()))):
                continue  # a lower-case unknown word in a note with capitals is likelier a misspelling
            if cls == GUARDED and _full_name_surname(text, s.start, m) and sl.surname_first(listed):
                cls = SURNAME
            elif cls == GUARDED and _full_name_part(text, s.start, s.end):
                cls = PAIRED
            elif cls == FREE and cueless:
                cls = CUELESS
            if _RANK.get(cls, 0) > _RANK.get(out.get(word, ""), -1):
                out[word] = cls
    return out


# Whether a FREE word only cue-less rules found spreads under the CUELESS guard (`_cueless_hit`); chosen on the tuning
# parts and generated variation (deidprec7; docs/deid.md has the figures).
SPREAD_CUELESS_GUARD = True


def _low(word: str) -> str:
    """A written word's lower-case form with a typographic apostrophe as "'": the form the name words are kept in."""
    return word.lower().replace("’", "'")


def _cueless(r: RecognizerResult) -> bool:
    """Did a weak voter or a cue-less rule of the name recogniser (`CUELESS_RULES`) give this result?"""
    meta = r.recognition_metadata or {}
    name = meta.get("recognizer_name")
    return name in WEAK_SEEDERS or (name, meta.get("rule")) in CUELESS_RULES


# Which class wins when a note writes one word in several spans (the one that lets it spread furthest).
_RANK = {GUARDED: 0, PAIRED: 1, SURNAME: 2, CUELESS: 3, FREE: 4}


def _merged(*many: dict[str, str]) -> dict[str, str]:
    """Name words of several sources, each word with the class that lets it spread furthest (`_RANK`)."""
    out: dict[str, str] = {}
    for words in many:
        for w, c in words.items():
            if _RANK.get(c, 0) > _RANK.get(out.get(w, ""), -1):
                out[w] = c
    return out


def _full_name_part(text: str, start: int, end: int) -> bool:
    """Is the span a full name: after any title, two or three words (an initial aside), each a census name, the
    first a census given name or the last a census surname? Then each of its words is somebody's name here."""
    words = [ascii_fold(w.lower()) for w in _WORD.findall(text, start, end) if len(w) > 1]
    while words and words[0] in TITLES:
        words.pop(0)
    while words and words[-1] in CREDENTIALS:
        words.pop()
    words = [bare(w) for w in words]
    census = sl.census_names()
    return 2 <= len(words) <= 3 and all(w in census for w in words) and (
        words[0] in sl.given_name_rank() or words[-1] in sl.last_names())


def _full_name_surname(text: str, start: int, m: re.Match) -> bool:
    """Does a census given name open the span's words before the word `m` (after any title: "John Brown", "Dr. Mary
    Ann Brown"), so the note wrote the word as somebody's surname?"""
    words = [ascii_fold(w.lower()) for w in _WORD.findall(text, start, m.start())]
    while words and words[0] in TITLES:
        words.pop(0)  # "Dr. John Brown"
    return bool(words) and words[0] in sl.first_names()


# Words of an organisation's name that say what it is, not which one ("Family Practice", "Medical Center").
ORG_WORDS = FACILITY | {"practice", "associates", "group", "partners", "physicians", "specialists", "services",
                        "care", "family", "primary", "pllc", "llc", "pc", "inc", "st", "saint", "mt", "ft"}
# ... and the specialties practices are named for ("Liles Dermatology"): a phrase without either is no organisation
_ORG_KIND = re.compile(rf"\b{PRACTICE_SPECIALTY}\b")
MIN_PHRASE_LETTERS = 8  # "St. Al" is too short to be told apart from text
# Whether the distinctive word of an organisation phrase ("Riverside" of "Riverside Family Practice") also
# spreads alone (under the name-word guards: no English, medical or clinical word). Chosen on tuning parts.
SPREAD_ORG_HEADS = False
# Whether an everyday-word name ("Grace", GUARDED) found in one note spreads to the patient's other notes too.
# Chosen on tuning parts: off (within its own note it still spreads under the case guard).
SHARE_GUARDED = False


@dataclass
class Seeds:
    """What a note found that it, and other notes of the same patient, should redact wherever written: name
    words (lower case -> FREE or GUARDED), the part of them other notes take (`shared`), and organisation
    phrases (lower-case word sequences)."""

    names: dict[str, str] = field(default_factory=dict)
    shared: dict[str, str] = field(default_factory=dict)
    places: set[tuple[str, ...]] = field(default_factory=set)
    # the initials (capitals) of the people its confident names name (`initials_of_names`); shared with the patient's
    # other notes like FREE name words
    initials: set[str] = field(default_factory=set)

    def __bool__(self) -> bool:
        return bool(self.names or self.places or self.initials)


def seeds(text: str, spans: Sequence[Span], results: Sequence[RecognizerResult] | None = None) -> Seeds:
    """The seeds of one note: its spreadable name words (`name_words`) and, with the voters' `results`,
    the organisation phrases of its strong LOCATION spans (`org_phrases`). Other notes take a name word
    no census lists only from a note whose case carries information (where it was written capitalised):
    in an ALL CAPS or lower-case note such a word is as likely shorthand or a misspelling that a context
    rule took for a name, and spreading it over the patient's notes multiplies the damage."""
    mixed = case_mode(text) == "mixed"
    names = {w: c for w, c in name_words(text, spans, results, mixed).items() if not _term_in_note(text, w)}
    shared = {w: c for w, c in names.items()
              if (mixed or w in sl.census_names()) and (c in (FREE, CUELESS) or SHARE_GUARDED)}
    return Seeds(names, shared, org_phrases(text, spans, results), person_initials(text, spans, results, mixed))


# Whether the initials of a note's confident names are marked where the note (or the patient's notes) writes them
# (`initials_of_names`); and whether a full name only a weak voter found gives its initials where it is a census given
# name and a census surname (as a weak span spreads its census names only). Chosen on tuning parts and generated
# variation (docs/deid.md has the figures).
SPREAD_INITIALS = True
WEAK_CENSUS_INITIALS = True


def person_initials(text: str, spans: Iterable[Span], results: Sequence[RecognizerResult] | None = None,
                    mixed: bool = True) -> set[str]:
    """The initials of the people the note's NAME spans name (`initials_of_names.name_initials`); with the raw
    `results`, a span only `WEAK_SEEDERS` found gives those of a census given name and surname only (or none)."""
    if not SPREAD_INITIALS:
        return set()
    strong = None if results is None else [
        (r.start, r.end) for r in results
        if r.entity_type == NAME and (r.recognition_metadata or {}).get("recognizer_name") not in WEAK_SEEDERS]
    out: set[str] = set()
    for s in spans:
        if s.entity_type != NAME:
            continue
        weak = strong is not None and not any(a < s.end and s.start < b for a, b in strong)
        if weak and not WEAK_CENSUS_INITIALS:
            continue
        out |= initials_of_names.name_initials(text, s.start, s.end, mixed and line_cased(text, s.start), weak)
    return out


def _term_in_note(text: str, word: str) -> bool:
    """Does the note write `word` as an eponym term somewhere ("Fontan fenestration", "Glenn shunt";
    `safelist.clinical_term_use`)? Then the note names a technique or device by it: a span of the bare word elsewhere
    ("the Fontan", "status post Glenn") is the same term, and the word seeds no spread in this note or the patient's
    others. The span that found it stays (a person of that name in the same note is still its own span)."""
    if word and word.isascii() and text.isascii():  # (the same places as the pattern below, without compiling it)
        places: Iterable[tuple[int, int]] = _ascii_word_hits(lowered(text), (word.lower(),), False)
    else:
        places = (m.span() for m in re.finditer(rf"(?<![A-Za-z]){re.escape(word)}(?![A-Za-z])", text, re.I))
    return any(sl.clinical_term_use(text, a, b, NAME) for a, b in places)


def _ascii_word_hits(low: str, words: Sequence[str], possessive: bool) -> Iterator[tuple[int, int]]:
    """(start, end) of each match, in order, of `(?<![A-Za-z])(?:w1|w2|...)(?:'s)?(?![A-Za-z])` (the possessive only
    where `possessive`), case ignored, over an ASCII note lower-cased (`low`), for non-empty lower-case ASCII `words`
    tried in the order given, as the pattern's alternatives are. Why: a note's name words make a pattern of their own,
    and compiling it (~200-500 us with `regex`) cost more than the search; `str.find` places each word, and the places
    are walked as the search walks the note (leftmost start, first word in order that ends on no letter there, the
    next search from its end)."""
    starts: dict[int, list[int]] = {}
    for k, w in enumerate(words):
        i = low.find(w)
        while i >= 0:
            starts.setdefault(i, []).append(k)
            i = low.find(w, i + 1)
    done = 0
    for p in sorted(starts):
        if p < done or (p and low[p - 1].isalpha()):
            continue
        for k in starts[p]:
            e = p + len(words[k])
            if possessive and low.startswith("'s", e) and not low[e + 2:e + 3].isalpha():
                done = e + 2
            elif not low[e:e + 1].isalpha():
                done = e
            else:
                continue
            yield p, done
            break


def pool(many: Iterable[Seeds]) -> Seeds:
    """What a patient's notes give each other: the union of their shared name words and organisation
    phrases (a word's class depends on the word alone, so the order of the notes is irrelevant)."""
    out = Seeds()
    for one in many:
        out.shared = _merged(out.shared, one.shared)
        out.places |= one.places
        out.initials |= one.initials
    out.names = dict(out.shared)
    return out


def for_note(own: Seeds, pooled: Seeds) -> Seeds:
    """A note's seeds within its patient: all of its own, and what the patient's notes share."""
    return Seeds(_merged(pooled.shared, own.names), own.shared, own.places | pooled.places,
                 own.initials | pooled.initials)


def org_phrases(text: str, spans: Sequence[Span], results: Sequence[RecognizerResult] | None) -> set[tuple[str, ...]]:
    """Word sequences of the organisation names among the LOCATION results of strong rules that survived
    the filters (a span covers them): two or more words on one line, no digits (streets, zips), a word
    naming a kind of organisation (`ORG_WORDS`, a practice specialty) and a distinctive word
    (`_distinctive`); leading and trailing stop words dropped."""
    if not results:
        return set()
    kept = sorted((s.start, s.end) for s in spans)  # a merged span may be typed by another voter
    out: set[tuple[str, ...]] = set()
    for r in results:
        if r.entity_type != LOCATION or (r.recognition_metadata or {}).get("recognizer_name") in WEAK_SEEDERS \
                or not _covered(kept, r.start, r.end):
            continue
        chunk = text[r.start:r.end]
        if any(ch.isdigit() for ch in chunk) or "\n" in chunk:  # a span across lines may have run into a heading
            continue
        words = [_low(w) for w in _WORD.findall(chunk)]
        while words and words[0] in STOP:
            words.pop(0)
        while words and words[-1] in STOP:
            words.pop()
        if len(words) >= 2 and sum(map(len, words)) >= MIN_PHRASE_LETTERS and any(map(_distinctive, words)) \
                and (any(w in ORG_WORDS for w in words) or _ORG_KIND.search(" ".join(words))):
            out.add(tuple(words))
    return out


def _distinctive(word: str) -> bool:
    """Does this word of an organisation phrase say which organisation it is? Not a stop word, not a word
    naming the kind of place, not medical, clinical or protected vocabulary."""
    w = bare(word)
    return (len(w) >= MIN_LETTERS and w not in STOP and w not in ORG_WORDS and w not in sl.medical_words()
            and w not in sl.CLINICAL_TERMS and w not in protect.protected_words())


def _org_heads(places: Iterable[tuple[str, ...]]) -> dict[str, str]:
    """The distinctive words of organisation phrases that may spread alone: FREE name words only."""
    return {w: FREE for phrase in places for w in phrase if _distinctive(w) and word_class(w) == FREE}


def spread(text: str, spans: Sequence[Span], found: Seeds) -> list[tuple[int, int, str]]:
    """(start, end, entity type) of every occurrence in `text` of the seeds `found` (this note's, or its
    patient's notes' pooled) that no span covers yet: organisation phrases as LOCATION, then name words
    as NAME (`_name_hits`); sorted, disjoint."""
    taken = sorted((s.start, s.end) for s in spans)
    out: list[tuple[int, int, str]] = []
    if found.places:
        for a, b in _phrase_hits(text, found.places, taken):
            out.append((a, b, LOCATION))
            bisect.insort(taken, (a, b))
    names = {**_org_heads(found.places), **found.names} if SPREAD_ORG_HEADS else found.names
    hits = _name_hits(text, names, taken)
    out += [(a, b, NAME) for a, b in hits]
    # (from the note's own name spans only: a word spread from another note vouches for no neighbour)
    named = sorted((s.start, s.end) for s in spans if s.entity_type == NAME)
    taken = sorted(taken + hits)
    out += [(a, b, NAME) for a, b in _joined_names(text, named, taken)]
    return sorted(out)


# A word a slash or "and" joins to a name ("Drs. Tapper/Fortune", "reviewed by Aquino/Walsh", "Ann and Bo"): in a
# list, the members share a kind, so a name-shaped neighbour of a found name is a name too.
# A comma joins too, with an age after each member ("Kids: Ann 12, Bo 9"); only a name no vocabulary holds
# ("FREE") joins by a comma or "and", a census name that is also a word only by a slash and with its capital.
_JOINED_AFTER = re.compile(r"(/|(?:[ \t]+\d{1,3})?(?:[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&)[ \t]+))"
                           r"([A-Za-z][A-Za-z'’-]*[A-Za-z])(?![A-Za-z'’-])", I)
_JOINED_BEFORE = re.compile(r"(?<![A-Za-z'’-])([A-Za-z][A-Za-z'’-]*[A-Za-z])"
                            r"(/|(?:[ \t]+\d{1,3})?(?:[ \t]*,[ \t]*(?:and[ \t]+|&[ \t]*)?|[ \t]+(?:and|&)[ \t]+))$", I)


def _joined_names(text: str, named: list[tuple[int, int]], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Words joined to a found name by a slash or "and" that have a name's shape (`_joins`), a list's next
    member after each one found (three at most on each side)."""
    out: list[tuple[int, int]] = []
    for a, b in named:
        ref = text[a:b].split()[-1] if text[a:b].split() else ""
        pos = b
        for _ in range(3):
            m = _JOINED_AFTER.match(text, pos)
            if not m or _covered(taken, m.start(2), m.end(2)) or not _joins(m.group(2), ref, m.group(1) == "/"):
                break
            out.append(m.span(2))
            bisect.insort(taken, m.span(2))
            pos = m.end(2)
        ref = text[a:b].split()[0] if text[a:b].split() else ""
        pos = a
        for _ in range(3):
            m = _JOINED_BEFORE.search(text, max(0, pos - 40), pos)
            if not m or _covered(taken, m.start(1), m.end(1)) or not _joins(m.group(1), ref, m.group(2) == "/"):
                break
            out.append(m.span(1))
            bisect.insort(taken, m.span(1))
            pos = m.start(1)
    return out


def _joins(word: str, ref: str, slash: bool) -> bool:
    """May `word`, joined to the name word `ref`, be a name? Written in the same case as `ref` (a capital only
    where `ref` has one), a census name or a word no vocabulary knows (not shorthand, no typo of a known word),
    nothing a title, relation, credential, function word or protected clinical word is; a census name that is also
    an everyday or medical word only slash-joined and capitalised ("Tapper/Fortune")."""
    low = _low(word)
    low = bare(low)
    if not ref or _shape(word) != _shape(ref) or low in _NOT_NAMES or low in protect.protected_words():
        return False
    cls = word_class(low)
    if cls is None or ("-" in low and any(word_class(p) is None for p in low.split("-"))):
        return False  # (a hyphenated word joins only when each part could be a name: not "f-micu")
    return cls == FREE or (slash and _shape(word) == "title")


def _shape(word: str) -> str:
    return "upper" if word.isupper() else "lower" if word.islower() else "title" if word[:1].isupper() else "mixed"


def _phrase_hits(text: str, places: Iterable[tuple[str, ...]], taken: list[tuple[int, int]]
                 ) -> list[tuple[int, int]]:
    """Occurrences of the phrases, any case, words separated by spaces, a line break, "&" or a hyphen
    ("St. Jude" = "St Jude"), possessive allowed, never inside a longer word. Where a span in `taken`
    already covers part of one ("marlowe" of "marlowe family medicine"), the words left uncovered."""
    sep = r"\.?(?:[ \t\r\n&-]{1,4})"
    alternatives = "|".join(sep.join(re.escape(w).replace("'", "['’]") for w in phrase)
                            for phrase in sorted(places, key=lambda p: (-sum(map(len, p)), p)))
    pattern = re.compile(rf"(?<![A-Za-z0-9])(?:{alternatives})(?:['’]s)?(?![A-Za-z0-9])", I)
    out: list[tuple[int, int]] = []
    for m in finditer(pattern, text):
        a, b = m.span()
        if not _covered(taken, a, b):
            out.append((a, b))
            continue
        cuts = [(s, e) for s, e in taken if s < b and a < e]
        edges = [a, *(x for s, e in cuts for x in (s, e)), b]
        for gs, ge in zip(edges[::2], edges[1::2], strict=True):
            words = list(_WORD.finditer(text, gs, ge))
            if words:
                out.append((words[0].start(), words[-1].end()))
    return out


def _name_hits(text: str, words: dict[str, str], taken: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Occurrences of the name `words` in `text` not over `taken` (sorted spans), with the GUARDED words'
    case guard, the PAIRED and SURNAME words' slots (`_slot_hit`) and the staging/eponym guard (module doc)."""
    if not words:
        return []
    mixed = case_mode(text) == "mixed"
    ordered = sorted(words, key=lambda w: (-len(w), w))
    if text.isascii() and all(ordered) and all(map(str.isascii, ordered)):
        # (the same matches as the pattern below, found without compiling it: `_ascii_word_hits`)
        time_left()  # the note's deadline, as `finditer` checks it
        places: Iterable[tuple[int, int]] = _ascii_word_hits(lowered(text), [w.lower() for w in ordered], True)
    else:
        alternatives = "|".join(re.escape(w).replace("'", "['’]") for w in ordered)
        # (an ASCII note keeps the ASCII lookarounds: the same matches there, ~15% faster in `regex`)
        before, after = (r"(?<![A-Za-z])", r"(?![A-Za-z])") if text.isascii() else (_NO_LETTER_BEFORE, _NO_LETTER_AFTER)
        pattern = re.compile(rf"{before}(?:{alternatives})(?:['’]s)?{after}", I)
        places = (m.span() for m in finditer(pattern, text))
    out: list[tuple[int, int]] = []
    for a, b in places:
        if _covered(taken, a, b):
            continue
        written = text[a:b]
        word = _low(written)
        cls = words.get(word) or words.get(word[:-2]) or GUARDED
        if cls == CUELESS:
            if not _cueless_hit(text, a, b, mixed):
                continue
        elif cls != FREE and not (mixed and name_case(written) and not sentence_start(text, a)
                                and not _compound(text, a, b)) \
                and not (cls in (SURNAME, PAIRED) and _slot_hit(text, a, b, mixed)):
            continue
        if sl.clinical_term_use(text, a, b, NAME):
            continue
        out.append((a, b))
    return out


def _cueless_hit(text: str, a: int, b: int, mixed: bool) -> bool:
    """May a CUELESS word spread to text[a:b]? Not where it is written as a thing (`safelist.counted_thing`: "the
    Ellis were removed"), not hyphened to a word known not to be a name ("Bard-Parker"), and a word no census lists
    only capitalised in a note with case (written in small letters it is the term a capital made look like a name:
    "extracardiac")."""
    written = text[a:b]
    bare_low = bare(_low(written))
    if mixed and ascii_fold(bare_low) not in sl.census_names() and not name_case(written):
        return False
    if sl.counted_thing(text, a, b):
        return False
    return not any(word_class(p.lower()) is None for p in _compound_partners(text, a, b))


def _compound_partners(text: str, a: int, b: int) -> list[str]:
    """The words a hyphen joins to text[a:b] ("Bard" of "Bard-Parker"; none when it stands alone)."""
    out = []
    if text[b:b + 1] == "-":
        m = _WORD.match(text, b + 1)
        if m:
            out.append(m.group(0))
    if a > 1 and text[a - 1] == "-":
        m = re.search(rf"{_LETTERS}$", text[max(0, a - 41):a - 1])
        if m:
            out.append(m.group(0))
    return out


def _slot_hit(text: str, a: int, b: int, mixed: bool) -> bool:
    """Is the PAIRED or SURNAME word text[a:b] in a slot that holds a person whatever its case: a sentence's first
    word before a verb of what people do (`_SUBJECT_VERB`: "BROWN WAS SEEN", "Hope reports"), or, in a note of mixed
    case, a word set in capitals alone on a line of mixed case ("Spoke with HOPE today"; headings and acronyms run
    several capitals together: "LONG TERM CARE")?"""
    if sentence_start(text, a) and _SUBJECT_VERB.match(text, b):
        return True
    word = text[a:b]
    if not (mixed and word.isupper()) or _compound(text, a, b) or not line_cased(text, a):
        return False
    line_start = text.rfind("\n", 0, a) + 1
    before = _WORD.findall(text, max(line_start, a - 40), a)
    after = _WORD.findall(text, b, min(line_start + len(line_at(text, a)), b + 40))
    if any(len(w) > 1 and w.isupper() for w in before[-1:] + after[:1]):
        return False
    # what follows a person closes the phrase or goes on with the clause; a noun after it is what the word modifies
    # ("the LONG axis", "BROWN stool")
    return not after or text[b:b + 1] in ",.;:!?)'’\"" or clause_word(after[0].lower())


def _compound(text: str, a: int, b: int) -> bool:
    """Is text[a:b] joined by a hyphen to another word ("Ray-Tec")? An everyday word there is a term."""
    return (text[b:b + 1] == "-" and text[b + 1:b + 2].isalpha()) or (a > 1 and text[a - 1] == "-"
                                                                       and text[a - 2].isalpha())


def _covered(taken: list[tuple[int, int]], a: int, b: int) -> bool:
    """Does any of the sorted, disjoint spans overlap [a, b)?"""
    i = bisect.bisect_left(taken, (b, b))
    return any(s < b and a < e for s, e in taken[max(0, i - 8):i])

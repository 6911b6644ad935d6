"""Person slots: grammatical positions that hold a person whatever the sentence says, for a name with no cue.

Why: the person frames (`person_frames.py`) each list one convention of clinical writing ("Dear X,", "Baby Girl
X"), so a note written in another convention slips past them, and a frame learnt from one family's misses barely
carried over to another's. The slots here are classes of positions defined by grammar and by the name's own
evidence, not by the words around it:

* **capital mid-sentence**: on a line that carries case, a census first name written with a capital inside a
  sentence of small letters (after a small-letter word or a comma, not before another capital) is a proper noun,
  even when it is also an everyday word ("fall band on Sebastian,", "reminded Jean to call"): there the capital
  is the writer's own evidence. Only very frequent words ("Will", "May") and medical ones are refused. (Census
  surnames there were tried and refused: instruments and drugs are named so, "with Ochsner and Kocher clamps",
  "protected with a Penfield.", "weaned Fent and"), except an everyday-word surname that is a surname first
  (`safelist.surname_first`: "Brown", "Hill") right after a word of contact ("spoke with Brown", "checked by
  Fields", "per Hill": `_CONTACT_WORDS`);
* **subject of any verb**: a census first name opening a clause (line, sentence, or field value after a colon)
  and followed by a verb form (a dictionary verb inflected -s/-ed/-ing, or an auxiliary), by "and I", or (a name no
  everyday word) by a function word ("Billy lives alone", "orlando pushing well", "sandra and i reviewed", "ethan in
  bed 12"). The verb is told by its inflection from
  the dictionary, not from a list of verbs. (A surname alone here was tried and refused: clinical shorthand that
  the census lists as surnames, "Pacer increased", "fent increased", "Raney clips", reads the same);
* **direct address**: a census first name opening a line, a comma, then what one says to the reader ("please",
  "you", "your", "we", "thank", "call") is the person written to ("Ottilie, please call us if ...");
* **object of a verb or preposition** on a line without case: after a past-tense verb or with/for/to/on, a census
  first name that no everyday or medical word is, closed by punctuation or a clause word ("video visit with
  reynaldo,"). Where the line has case the capital decides instead (the first slot);
* **possessive before a noun**: a census first name with "'s" before a plain word ("in Sidney's room",
  "MIKE'S WALKER"), unless the noun is medical (an eponym: "Addison's disease");
* **"Last First M" header**: a field value of a census or unknown surname, a census first name and one initial,
  ending the line or a field ("SUBJECT: Laird Emily R - ...");
* **initials that agree with a surname**: "Hinds (RTH)", "deluca (ld)": a surname, then in brackets two or three
  letters whose last is the surname's initial (how people and case lists abbreviate a person); an acronym after
  the words it abbreviates ("pressure (BP)") agrees too, so the surname must be a census surname no everyday word,
  or a word no vocabulary knows;
* **the patient's title**: the word right after "pt"/"patient" used as a title ("Pt Hensley refused", "PATIENT
  OKAFOR AGREES"), a surname before a capital initial ("Hensley D. seen"), a name before an age and sex ("Hensley
  45M", "Okafor, 72 y/o F"): a census first name or a frequent census surname that no everyday, medical or place
  word is (before an age and sex also a capitalised word no vocabulary knows);
* **a list's item**: a bed, room or item number opening a line ("#12", "Rm 7B/", "4B-"), then a census first name
  or frequent surname (as above) closed by " - ", a comma, a slash, an age and sex or the line's end;
* **extension owner**: the word right before a phone extension or pager number ("Okafor x4471", "call Lindqvist pgr
  2231") answers it: a census name no everyday or medical word is, or a word no vocabulary knows;
* **sorted list of people**: a semicolon list of two or more "Surname, Given[ I]" items ("seen today: Bass, Ray;
  Hill, Ann"), every item a census surname (an everyday word only a surname first) and a census given name;
* **object of an opening verb**: a census first name capitalised right after a sentence-opening past-tense verb, before
  a function word, number or punctuation ("Ambulated Rosalind 150 ft", "Instructed Winifred to call"): the verb's
  capital is the sentence's, the object's its own (`verb_objects`);
* **dash initials**: a line with a dose or a clock time, ending in " - " and two or three letters, after a verb
  of giving or checking ("0900 metoprolol 25 mg PO given - CK"): who gave it signs with initials, unless the
  letters are a route, frequency or other clinical shorthand.

Each slot keeps the person frames' word tests (`person_frames.word_ok` and its vocabularies). The backstop
(`backstop.py`) runs these slots; their results are its results (rule `backstop-slot-<name>`).
"""

from __future__ import annotations

import functools
import re as stdre
import string
from collections.abc import Iterable, Iterator

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import slip_of_known
from cancerprep.stages.deid.name_likeness import name_like, name_likeness
from cancerprep.stages.deid.recognizers.base import (
    AlnumWords,
    CasedLined,
    Folded,
    Gated,
    Lined,
    LineTestedAtStart,
    ShapeGate,
    WordAnchored,
    lowered,
    word_runs,
)
from cancerprep.stages.deid.recognizers.context import (
    line_cased,
    medical_only,
    name_case,
    past_or_auxiliary,
    verb_form,
)
from cancerprep.stages.deid.recognizers.person_frames import claimed, surname_like, word_ok
from cancerprep.stages.deid.recognizers.tokens import (
    LETTER,
    LOWER,
    MARKS,
    NAME_WORD,
    NAME_WORD_LETTER_END,
    NO_WORD_AFTER,
    NO_WORD_BEFORE,
    UPPER,
    ascii_fold,
    bare,
    lookup_form,
    possessive,
)
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, STOP, TITLES

_W = NAME_WORD
# A first name this frequent in everyday English is a word first ("Will", "May", "Bill", "Miles"): no slot
# takes it alone. Below it, a capital mid-sentence or a verb after it vouches ("Sebastian", "Jean", "Crystal").
_EVERYDAY = 40_000
# Without case, only a first name that is rare in English (`person_frames` medium strength) may fill a slot.
_RARE = 10_000
# Words that join clauses, after which a word is no subject ("PEARL BUT SLUGGISH").
_CONJUNCTIONS = frozenset({"but", "and", "or", "so", "then", "if", "nor", "yet", "x"})
# A surname among the census's most frequent is a surname first; the list's long tail also holds clinical shorthand
# that some family is named ("pacer", "fent", "gluc", "flot"), so only the head may fill a slot alone.
_FREQUENT_SURNAMES = 5_000


def _surname_ok(word: str, cased: bool) -> bool:
    """May `word` be a surname alone in a slot? A frequent census surname (`_FREQUENT_SURNAMES`) that no everyday,
    medical, clinical or place word is (a place opens sentences as often: "Houston is"), capitalised and not ALL
    CAPS where the line has case."""
    low = ascii_fold(word.lower())
    if len(low) < 4 or sl.surname_rank().get(low, _FREQUENT_SURNAMES + 1) > _FREQUENT_SURNAMES or claimed(low) \
            or sl.is_common(low):
        return False
    if low in sl.medical_words() or low in protect.protected_words() or low in sl.place_words():
        return False
    return not cased or name_case(word)


# Words after which a capitalised word is whom one spoke to or acted through ("spoke with Brown", "per Hill",
# "notified White"): there an everyday-word surname with its capital is the person (no place preposition: "from
# Hill", "to Park" name places as often).
_CONTACT_WORDS = frozenset({"with", "by", "per", "called", "told", "informed", "asked", "paged", "notified",
                            "messaged", "contacted", "updated", "thanked", "texted", "emailed"})


def _word_surname_ok(word: str, cased: bool) -> bool:
    """May the everyday word `word` be a surname alone after a word of contact (`_CONTACT_WORDS`)? A surname first
    (`safelist.surname_first`: held by one in 10,000 and written as a surname at least as often as the word: Brown,
    Hill, Fields; not Little, Best), nothing a title, relation or role claims, capitalised and not ALL CAPS where
    the line has case."""
    low = ascii_fold(word.lower())
    if len(low) < 4 or not sl.is_common(low) or low not in sl.last_names() or claimed(low) \
            or not sl.surname_first(low) or low in protect.protected_words():
        return False
    return not cased or name_case(word)


def _caseless_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the note's stretches of lines that carry no case (all capitals, all small letters or no
    letters), merged; the whole note when none carries case."""
    out: list[tuple[int, int]] = []
    pos = 0
    for start, end in _cased_lines(text):
        if start > pos:
            out.append((pos, start))
        pos = end
    if pos < len(text):
        out.append((pos, len(text)))
    return out


@functools.lru_cache(maxsize=4)
def _cased_lines(text: str) -> tuple[tuple[int, int], ...]:
    """(start, end) of the note's stretches of lines that carry case (a small and a capital ASCII letter each), merged,
    kept for the last notes (`_caseless_lines` and the capital mid-sentence slot read them). The lines `_CASED_LINE`
    matches, each asked for its two letters on its own (perf35: the pattern's `^` was tried at every character,
    ~13 -> ~9 us a PhysioNet note)."""
    out: list[list[int]] = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _SMALL_LETTER.search(line) and _CAPITAL_LETTER.search(line):
            if out and out[-1][1] + 1 == start:
                out[-1][1] = end
            else:
                out.append([start, end])
        start = end + 1
    return tuple((a, b) for a, b in out)


_SMALL_LETTER = stdre.compile("[a-z]")
_CAPITAL_LETTER = stdre.compile("[A-Z]")


def _mid_capitals(text: str) -> Iterable[stdre.Match]:
    """`_MID_CAPITAL`'s matches in `text`, in order. Each holds a small ASCII letter (or a comma) and a capital then
    a small letter on one line: on an ASCII note only the lines with case (`_cased_lines`) can hold one, and most
    lines of nursing notes are in capitals, so only those are searched (a line's start and end read as in the whole
    note); another note is searched whole.

    On those lines the pattern is tried only where a match can open: before each run of blanks followed by a capital
    (`_BLANKS_CAPITAL`, a class stdlib `re` skips to), at the comma there or at the first letter of the run of small
    letters ending there. Why: the pattern opens with a lookbehind, which stdlib `re` tries at every character (perf32:
    21.6 -> 16.1 us a PhysioNet note, 139 -> 79 an MTSamples one). A match opens on a comma or on the first of a run of
    small letters, right before the blanks and a capital, so each is the one a search reaching that place would
    find: the same matches, in order (tests compare both on real notes)."""
    if not text.isascii():
        yield from _MID_CAPITAL.finditer(text)
        return
    for start, end in _cased_lines(text):
        done = start
        for c in _BLANKS_CAPITAL.finditer(text, start, end):
            s = c.start() - 1
            if s < done:
                continue
            if text[s] != ",":
                if text[s] not in _SMALL:
                    continue
                while s > done and text[s - 1] in _SMALL:
                    s -= 1
            m = _MID_CAPITAL.match(text, s, end)
            if m is not None:
                done = m.end()
                yield m


_BLANKS_CAPITAL = stdre.compile(r"[ \t]+[A-Z]")
_SMALL = frozenset("abcdefghijklmnopqrstuvwxyz")


@functools.lru_cache(maxsize=1 << 14)
def _census_word(word: str) -> bool:
    """Is `word` (any case, possessive or not) a census first name or surname at all? The cheap test every slot's
    word must pass before the slot's own. Every census test here reads a word as written without diacritics
    (`ascii_fold`: "Zoë" is "Zoe"), as the census lists spell names. (Kept per word: a note asks it of every clause's
    first word, a few everyday words most of them, and the answer depends on the fixed census lists alone; perf40.)"""
    return ascii_fold(bare(word.lower())) in sl.census_names()


def clause_word(word: str) -> bool:
    """May `word` follow a name inside a clause? A function word or a very frequent word (a preposition, a common
    verb: "during", "since", "lives"), or a verb form that no rare medical word is ("clamps", "instilled" follow an
    eponym's capital as nouns and procedure words)."""
    freq = sl.word_freq().get(word, 0)
    if word in STOP or freq >= sl.TOP_FREQ:
        return True
    return verb_form(word) and not (word in sl.medical_words() and freq < 5_000)


def _first_ok(word: str, cased: bool) -> bool:
    """May `word` be a first name alone in a slot? A census first name that nothing claims and no medical word is;
    where the line has case capitalised (not ALL CAPS) and below `_EVERYDAY`; without case rare (`_RARE`)."""
    low = lookup_form(word)
    if len(low) < 3 or low not in sl.first_names() or claimed(low) or low in sl.medical_words():
        return False
    if low in protect.protected_words():
        return False
    if cased:
        return name_case(word) and sl.word_freq().get(low, 0) < _EVERYDAY
    return sl.word_freq().get(low, 0) < _RARE


def _coined_given(word: str, cased: bool, places: bool = False) -> bool:
    """May `word`, no census name, be a given name alone in a slot whose grammar only a person fills (the subject of
    what a person does, the antecedent of "who")? A word no vocabulary knows (`unknown_word` "frame") that nothing
    claims and no medical, protected or place word is; where the line has case capitalised (not ALL CAPS), without
    case spelled like a name (`name_likeness`: there an unknown word is as likely shorthand). Names of origins the
    census lists miss ("Restu", "Kimutai") carry no other evidence; the slot's grammar is what keeps a drug's brand
    or a device out (`_TREATMENT_VERBS`). With `places` a place's name counts too (the slot's grammar already
    refuses places: "with Mateo, who")."""
    low = lookup_form(word)
    if len(low) < 3 or not unknown_word(low, "frame") or claimed(low) or low in sl.medical_words() \
            or low in protect.protected_words() or (not places and low in sl.place_words()) or low in sl.census_names():
        return False
    if low.endswith(ENGLISH_SUFFIXES):
        return False  # an English derivation no vocabulary lists ("Restaging", "Inconsistently", "Resuscitative")
    if cased:  # one capital, as a name is written ("TobraDex", "DeLee", "MHPs" are brands, eponyms, acronyms)
        return word[0].isupper() and word[1:len(low)].islower() and name_likeness(low) > _COINED_FLOOR
    return name_like(low)


# Where the line has case the capital vouches for a word no vocabulary knows, but clinical coinages open sentences
# capitalised too ("Subperichondrial planes", "Postangioplasty demonstrated"); their letters read far from a name's
# (log-odds below -4 for most), while names of origins the model never saw rarely score below -2.
_COINED_FLOOR = -2.0
# Endings of English and medical derivation that names of the world's origins rarely take.
ENGLISH_SUFFIXES = ("ing", "ly", "tion", "sion", "ness", "ment", "ous", "ive", "ism", "ity", "ology", "ectomy",
                     "otomy", "itis", "osis", "emia", "ation", "able", "ible", "ful", "less", "ward", "wise")


# What a treatment, device or service does as a sentence's subject ("Keytruda held for colitis", "Xarelto started",
# "Pleurx drained 400 mL", "Medicaid approved"): a word no vocabulary knows before one of these is as likely a brand
# as a person, so `_coined_given` never fills the subject slot before them (a census name still may).
_TREATMENT_VERBS = frozenset({
    "held", "holds", "started", "starts", "stopped", "stops", "continued", "continues", "resumed", "discontinued",
    "increased", "decreased", "reduced", "titrated", "changed", "given", "dosed", "infused", "administered",
    "restarted", "switched", "added", "caused", "causes", "helped", "helps", "worked", "works", "failed", "tapered",
    "weaned", "approved", "approves", "denied", "denies", "covered", "covers", "ordered", "sent", "delayed",
    "scheduled", "planned", "due", "shows", "showed", "shown", "induced", "improved", "controlled", "relieved",
    "completed", "placed", "removed", "drained", "draining", "drains", "flushed", "clamped", "replaced", "inserted",
    "infusing", "running", "runs", "completes", "pending", "requires", "required", "needs", "needed",
    "expires", "expired", "arrived", "delivered", "refilled", "filled", "prescribed", "recommended", "recommends",
    "was", "is", "were", "are", "be", "been", "being", "will", "would", "can", "could", "should", "may", "might",
    "must", "remains", "remained", "appears", "appeared", "seems", "seemed", "did", "does", "do", "gets", "got",
    "goes", "went", "came", "comes", "made", "makes", "kept", "keeps", "took", "takes", "gave", "gives",
    "applied", "reapplied", "used", "leaking", "leaked", "dislodged", "clotted", "occluded", "saturated",
    "functioning"})


# What a patient says or does that `verb_form` does not read as a verb (a word that is also a noun in the plural or
# clinical shorthand: "reports", "states", "ambulated"): a subject before one is a person.
_SAYING_VERBS = frozenset({"reports", "reported", "states", "stated", "ambulated", "ambulates", "verbalized",
                           "verbalizes", "endorses", "endorsed", "voices", "voiced", "requests", "requested"})


def _coined_subject(text: str, m: stdre.Match, cased: bool) -> bool:
    """Does the clause `_CLAUSE_SUBJECT` matched go on as only a person's does, for a subject no census first name or
    frequent surname is? "and I", or a verb inflected for its subject (in small letters where the line has case)
    that no treatment's subject takes (`_TREATMENT_VERBS`), not "has been" ("Restu lives alone", "Sinema
    tolerated", "Kimutai has diabetes"; never "Xarelto held", "Keytruda has been held")."""
    return bool(m.group(2)) or _person_verb(text, m.group(3), m.end(3), cased)


@functools.lru_cache(maxsize=1 << 14)
def _person_verb_form(low: str) -> bool:
    """May `low` (a word in small letters) be what a person does, whatever the line's case (`_person_verb`'s first
    test): a verb form or a saying verb that no treatment's subject takes. Asked first, so the line's case is read
    only for the few clauses that pass (perf35). (Kept per word, as `verb_form` is: asked of every clause's second
    word; perf40.)"""
    return (verb_form(low) or low in _SAYING_VERBS) and low not in _TREATMENT_VERBS


def _person_verb(text: str, verb: str, end: int, cased: bool) -> bool:
    """Is `verb` (ending at `end`) what a person does after a subject no census list vouches for (`_coined_subject`)?
    A past tense or auxiliary, or a present tense a patient is the subject of (`_PRESENT_PERSON_VERBS`) before a word
    that is no verb, number or "of"; never an "-ing" form. Other "-s" and "-ing" forms are plural nouns or gerunds
    as often ("Apgar scores were", "Jamshidi needles were", "Microelectrode recording was", "drops 80 mg")."""
    low = verb.lower()
    if not (_person_verb_form(low) and (not cased or verb.islower())):
        return False
    nxt = _NEXT_WORD.match(text, end)
    after = nxt.group(1).lower() if nxt else ""
    if after == "been":
        return False
    if past_or_auxiliary(low):
        return True
    if low.endswith("ing"):
        return False  # a gerund or a participle of charting as often: "Contue trying to wean", "Kindred using"
    if low.endswith("s") and low not in _PRESENT_PERSON_VERBS:
        return False  # a plural noun as often: "Restaging scans in 3 months", "gluc checks q6hr"
    return bool(after) and not after[0].isdigit() and after not in _NOUN_FOLLOWERS and not past_or_auxiliary(after) \
        and not (after.endswith(("ed", "ing")) and verb_form(after))


_NEXT_WORD = stdre.compile(r"[ \t]+([A-Za-z0-9]+)")
# A present tense a patient is the subject of ("Wanjiru lives alone", "reports good fetal movement"); other "-s" forms
# after a word no vocabulary knows are read as plural nouns.
_PRESENT_PERSON_VERBS = _SAYING_VERBS | frozenset({
    "lives", "denies", "complains", "presents", "walks", "works", "drives", "says", "wants", "feels", "understands",
    "agrees", "asks", "prefers", "wishes", "declines", "refuses", "endorses", "describes", "notes", "admits",
    "participates", "smokes", "drinks", "sleeps", "eats", "returns", "follows", "attends", "plans", "hopes",
    "knows", "thinks", "believes", "worries", "cries", "laughs", "speaks", "tolerates"})
# What follows a plural noun (or a gerund) as a sentence's subject, never a verb: its verb ("were", "are") or "of".
_NOUN_FOLLOWERS = frozenset({"were", "are", "am", "be", "being", "have", "of", "was", "is"})


# A clause opening on two words and a third ("Kirsi Boahen signed the consent", "LEI AWANI RETURNED"): a given name
# and a surname as the subject (`pair_subjects`).
_PAIR_SUBJECT = stdre.compile(
    rf"(?:^|[.!?:;][ \t]{{1,3}}|[ \t]-[ \t])[ \t]*({_W})[ \t]+({_W})[ \t]+([A-Za-z]+)\b(?!['’])", stdre.M)


def pair_subjects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "subject-pair") of a given name and a surname opening a clause before what a person does
    (`_person_verb`), one at least no census name (`_coined_given`; census pairs are the census rules'): the given
    name a census first name (`_first_ok`) or coined, the surname a census surname no everyday word
    (`_surname_ok`, `_rare_census`) or coined; capitalised where the line has case."""
    out: list[tuple[int, int, str]] = []
    for m in at_clause_opens(_PAIR_SUBJECT, text):
        first, last, verb = m.group(1), m.group(2), m.group(3)
        if not _person_verb_form(verb.lower()):
            continue  # (`_person_verb` would refuse it on any line)
        cased = line_cased(text, m.start(1))
        if not _person_verb(text, verb, m.end(3), cased):
            continue
        first_coined, last_coined = _coined_given(first, cased), _coined_given(last, cased)
        if not (first_coined or last_coined):
            continue
        if (first_coined or _first_ok(first, cased)) and (
                last_coined or _surname_ok(last, cased) or _rare_census(last, cased)):
            out.append((m.start(1), m.end(2), "subject-pair"))
    return out


# A capitalised word after a small-letter word or a comma, inside a sentence, and what follows it: the end of a
# phrase (punctuation, the line's end) or the next word, which must be no noun the capital modifies ("Kelly clamps",
# "Maryland dissector", "Bruce protocol": an eponym or a brand) but a function word or a verb.
# (stdlib `re`, linear; the word before is matched, not looked behind for: several times faster). The capital word
# is any Latin-script name's (`UPPER`, `LOWER`: "Zoë", "Weiß" whole, never cut at "ë" or "ß"); on ASCII text the
# pattern is the former [A-Z][a-z]+ one.
_MID_CAPITAL = stdre.compile(
    rf"(?:(?<![A-Za-z'’.-])([a-z]+)|,)[ \t]+({UPPER}{LOWER}+)(?:['’]s)?{NO_WORD_AFTER}"
    r"(?=[ \t]*(?:[^A-Za-z0-9 \t]|$)|[ \t]+([a-z]+)\b)", stdre.M)
# Prepositions after which a capitalised word names a place as often as a person ("moved to Eugene").
_PLACE_PREPOSITIONS = frozenset({"in", "from", "to", "of", "near", "at", "toward", "towards", "outside"})
# ... and after which it names a place, an organisation or an eponym whatever it is ("seen at Kaiser", "circle of
# Willis"), as after a determiner ("with the Kelly", "a Cobb elevator") or a count ("two Ellis were applied"): a
# person is written without one.
_NOT_BEFORE_PERSON = frozenset({"in", "at", "of", "near", "into", "inside", "the", "a", "an", "this", "that", "these",
                                "those", "another", "each", "every", "any", "some"}) | sl.COUNT_WORDS
# A clause's first word (line start, after a sentence end, a colon, a semicolon or a dash; a quotation's first word
# too: '"Ann handles my pills," pt states') and the next word.
# (this and the next patterns are tried at every line, sentence or word: stdlib `re` scans them several times faster
# than `regex`, and they stay linear, no nested repeats)
_CLAUSE_SUBJECT = stdre.compile(
    rf"(?:^|[.!?:;][ \t]{{1,3}}|[ \t]-[ \t])[ \t]*[\"“]?({_W})[ \t]+(?:(and[ \t]+i)\b|([A-Za-z]+)\b)(?!['’])",
    stdre.I | stdre.M)
# The marks a clause opens after: a line's break, a sentence's or field's mark, a dash (between blanks).
_CLAUSE_MARKS = stdre.compile(r"[\n.!?:;-]")


@functools.lru_cache(maxsize=4)
def _clause_opens(text: str) -> tuple[int, ...]:
    """Where `_CLAUSE_SUBJECT` and `_PAIR_SUBJECT` may match in `text`, in order, kept for the last notes: each opens
    at a line's start, on a sentence's or field's mark, or on the blank before a dash. Why: their opener begins with
    `^`, so stdlib `re` tries them at every position; the marks, one class it skips to, are a few dozen a note."""
    out = [0]
    for m in _CLAUSE_MARKS.finditer(text):
        p = m.start()
        c = text[p]
        if c == "\n":
            out.append(p + 1)
        elif c != "-":
            out.append(p)
        elif p > 0 and text[p - 1] in " \t":
            out.append(p - 1)
    return tuple(sorted(out))


def at_clause_opens(pattern: stdre.Pattern, text: str) -> Iterable[stdre.Match]:
    """`pattern.finditer(text)` for a pattern that opens as `_CLAUSE_SUBJECT` does (`_clause_opens`), tried only
    there: each match is the one a search reaching that place would find, so the matches are the same, in order."""
    done = 0
    for p in _clause_opens(text):
        if p >= done:
            m = pattern.match(text, p)
            if m is not None:
                done = m.end()
                yield m


# After a past-tense verb or a preposition of contact, a word, then what closes an object.
# (tried only where such a word stands, `WordAnchored`: the pattern opens on a word boundary, so stdlib `re` would try
# it at every position)
_OBJECT = WordAnchored(("with", "for", "to", "on"), stdre.compile(
    rf"\b(?:[a-z]{{3,}}ed|with|for|to|on)[ \t]+({_W})(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:to|on|about|and|at|re|"
    rf"who|today|back|regarding)\b)", stdre.I | stdre.M), endings=("ed",))
def object_matches(text: str) -> Iterator[stdre.Match]:
    """`_OBJECT`'s matches on the note's stretches without case (`_caseless_lines`), in order: each stretch searched as
    `_OBJECT.finditer(text, start, end)` searches it. In an ASCII note the words' and endings' places are found inside
    each stretch only (`str.find` in the blanked note, `word_runs`, bounded by the stretch), not over the whole note
    first. Why: on a long note with case the stretches without case are a few headings, and `WordAnchored` placed every
    word ending in "ed" of the note before keeping those inside them (~80 us a long MTSamples note). No run of word
    characters crosses a stretch's edge (a line break stands at its first character or right before its end), so the
    places inside a stretch are the same, and so are the matches (tests compare both on real notes)."""
    stretches = _caseless_lines(text)
    if not text.isascii():
        for a, b in stretches:
            yield from _OBJECT.finditer(text, a, b)
        return
    padded = word_runs(lowered(text))  # (a run found at i, after its blank, starts at i in the note)
    match = _OBJECT.pattern.match
    words = [f" {w} " for w in sorted(_OBJECT.words)]
    for a, b in stretches:
        places = set()
        for pad in words:
            i = padded.find(pad, a, b + len(pad))
            while i != -1:
                places.add(i)
                i = padded.find(pad, i + len(pad) - 1, b + len(pad))
        i = padded.find("ed ", a, b + 3)
        while i != -1:
            places.add(padded.rfind(" ", 0, i))
            i = padded.find("ed ", i + 1, b + 3)
        done = a
        for p in sorted(places):
            if done <= p < b:
                m = match(text, p, b)
                if m is not None:
                    done = m.end()
                    yield m


_VOCATIVE = Gated(Folded(r",[ \t]+(?:please|you|we|thank|call|remember|do[ \t]+not|don['’]t|if[ \t]+you)"),
                  re.compile(rf"(?im)^[ \t]*({_W}),[ \t]+(?:please|you|your|we|thank|thanks|call|remember|do[ \t]+not|"
                             rf"don['’]t|if[ \t]+you)\b"))
_POSSESSIVE = stdre.compile(rf"\b({NAME_WORD_LETTER_END})['’][sS][ \t]+([A-Za-z]+)$")
# (found first, the owner read back; the scan opens on the apostrophe, which stdlib `re` skips to, and looks behind it
# for the letter: the same matches as a pattern opening with the lookbehind, tried at every position)
_POSSESSIVE_TAIL = stdre.compile(rf"['’](?<=(?:{LETTER}|[{MARKS}])['’])[sS][ \t]+[A-Za-z]+")
# "St. Luke's": a saint's abbreviation right before a possessive
_SAINT_BEFORE = re.compile(r"(?i)\b(?:st|saint|mt|ft)\.?[ \t]+$")
_CASED_LINE = stdre.compile(r"(?m)^(?=[^\n]*[a-z])(?=[^\n]*[A-Z])[^\n]*$")
# The everyday nouns clinical English names after an eponym's possessive ("Addison's disease", "Bell's palsy").
_EPONYM_NOUNS = frozenset({"disease", "syndrome", "sign", "palsy", "test", "maneuver", "law", "criteria",
                           "phenomenon", "reflex", "solution", "fracture", "node", "classification", "score", "scale",
                           "stage", "grade", "lymphoma", "sarcoma", "tumor", "tumour", "ulcer", "disorder"})
# What only a person owns (where one sleeps and lives, what one carries, one's kin): before one a word no census list
# holds is a person's name ("in Bakiman's room"), where a brand's possessive is of its effects or dose ("Keytruda's
# side effects").
_PERSONAL_NOUNS = frozenset({"room", "bed", "bedside", "home", "house", "apartment", "belongings", "wallet", "purse",
                             "phone", "walker", "wheelchair", "cane", "glasses", "dentures", "clothes", "car", "family",
                             "household", "children", "kids", "husband", "wife", "son", "daughter", "mother", "father",
                             "mom", "dad", "sister", "brother", "partner", "spouse", "parents", "caregiver", "friend",
                             "boyfriend", "girlfriend", "grandson", "granddaughter", "baby", "twin", "nurse", "doctor",
                             "behalf", "request", "wishes", "consent", "signature", "name", "birthday"})
# "SUBJECT: Laird Emily R", "Wristband - LAIRD EMILY R": a field value of surname, first name and initial.
# (searched only in notes holding a one-letter word that ends a field, `Gated`: most have none; that gate first asked
# of the note's shape, `ShapeGate`, where a one-letter word is a literal: perf36)
_LONE_LETTER = r"[ \t][a-z]\.?(?:[ \t]*(?:$|[,;])|[ \t]+-[ \t]|[ \t]{2})"
_LAST_FIRST_M = Gated(ShapeGate(
    "(?m)" + _LONE_LETTER, {" \t": " ", string.ascii_lowercase: "a", ".": ".", "\n": "\n", ",;": ",", "-": "-"},
    rb" a\.?(?: ?[\n,]| - |  )"), Gated(stdre.compile("(?im)" + _LONE_LETTER.replace("[a-z]", "[A-Za-z]")),
                                          stdre.compile(
    rf"(?im)(?:^|[ \t]{{2,}})[ \t]*[A-Za-z][A-Za-z /#]{{0,30}}?(?::|[ \t]-)[ \t]*({_W})[ \t]+({_W})[ \t]+([A-Za-z])\.?"
    rf"(?=[ \t]*$|[ \t]+-[ \t]|[ \t]{{2,}}|[ \t]*[,;])")))
# (a chain of gates: the bracketed letters alone first, which stdlib `re` finds far faster than the gate behind it,
# tried at every letter, and which most notes lack)
_PAREN_INITIALS = Gated(stdre.compile(r"\([A-Za-z]{2,3}\)"), Gated(
    stdre.compile(r"[A-Za-z][ \t]*\([A-Za-z]{2,3}\)"),
    re.compile(rf"(?:\b({_W})[ \t]+)?\b({_W})[ \t]*\(([A-Za-z]{{2,3}})\)")))
# "Baer x4471", "Okafor pgr 2231": a word right before a phone extension or pager number names who answers it.
# (a chain of gates: the first opens on the blank before the mark, rarer than the letter the second opens on)
# (behind them, searched only on the lines holding the mark and its number, `Lined`: perf36)
_EXTENSION_MARK = r"[ \t](?:x|ext\.?|pgr|pager|beeper)[ \t]*#?[ \t]*\d\d\d"
_EXTENSION = Gated(Folded(_EXTENSION_MARK), Gated(
    Folded(r"[a-z][ \t]+(?:x|ext\.?|pgr|pager|beeper)[ \t]*#?[ \t]*\d\d\d"), Lined(_EXTENSION_MARK,
    re.compile(rf"(?i)\b({_W})[ \t]+(?:x|ext\.?|pgr|pager|beeper)[ \t]*\#?[ \t]*\d{{3,5}}\b"))))
# "Pt Hensley refused", "PATIENT OKAFOR AGREES": the word after the word for the patient, used as a title (with its
# "'s" when the title owns what follows: "pt Hensley's SNF bed").
# (tried only where "pt" or "patient" stands as a whole run, `WordAnchored`: the pattern opens on a word boundary, so
# stdlib `re` would try it at every position of every note)
_AFTER_PATIENT = WordAnchored(("pt", "patient"), stdre.compile(
    rf"\b(?:pt|patient)\.?[ \t]+({_W})(?![ \t]*[:(])(?![A-Za-z'’-])", stdre.I))


@functools.lru_cache(maxsize=4)
def _after_patient(text: str) -> tuple[stdre.Match, ...]:
    """`_AFTER_PATIENT`'s matches in `text`, kept for the last notes: three slots read the same matches (the scan,
    once the costliest of the slots')."""
    return tuple(_AFTER_PATIENT.finditer(text))
# "Hensley D. seen on rounds": a surname, then a capital initial and its period.
# (any Latin-script surname and initial: "Ødegård B.", exactly the former [A-Z][a-z'’]+ and [A-Z] on ASCII text)
# (a chain of gates: a capital, a period and a blank first, which stdlib `re` skips along to by the capitals; the gate
# behind it opens on every small letter: perf35)
# (behind them, in an ASCII note searched only on the lines holding a small letter or apostrophe, blanks and a capital
# with its period, `CasedLined`: perf36)
_SURNAME_INITIAL = Gated(stdre.compile(rf"{UPPER}\.[ \t]"), Gated(
    stdre.compile(rf"{LOWER}[ \t]+{UPPER}\.[ \t]"), CasedLined(stdre.compile(r"[a-z'][ \t]+[A-Z]\."), re.compile(
        rf"(?<!(?:{LETTER}|[.'’{MARKS}-])[ \t]?)\b({UPPER}(?:{LOWER}|['’])+)[ \t]+{UPPER}\."
        r"(?=[ \t]+[a-z]|[ \t]*[,;]|[ \t]*$)", re.M))))
# "Hensley 45M", "Okafor, 72 y/o F", "lindqvist (60f)", "Board: Hensley - 58F": a name, then an age and sex, as case
# lists and handoffs write a patient (a dash sets the pair off as a comma or bracket does).
# (in a note the gate lets through, searched only on the lines holding an age and sex, `Lined`: the pattern opens on
# any word, so `regex` tried it at every word of the note: perf35)
_AGE_SEX = Gated(stdre.compile(r"(?i)\d[ \t-]*(?:y/?o|yo|yrs?|y)?[ \t-]*(?:m|f|male|female)\b"), Lined(
    r"\d[ \t-]*(?:y/?o|yo|yrs?|y)?[ \t-]*(?:m|f|male|female)\b", re.compile(
        rf"(?i)\b({_W})[ \t]*(?:,[ \t]*|\([ \t]*|[ \t]+-[ \t]+|[ \t]+)\d{{1,3}}[ \t-]*(?:y/?o|yo|yrs?|y)?[ \t-]*"
        r"(?:m|f|male|female)\b")))
# "#12 Hensley - chest pain", "Rm 7B/Hensley/Darnell - NPO", "4B-Hensley, 72M": a census or handoff list's item,
# a bed, room or item number opening the line, then its occupant.
_LIST_ITEM = stdre.compile(
    rf"(?im)^[ \t]*(?:\#[ \t]*\d{{1,3}}|(?:bed|rm\.?|room)[ \t]*\#?[ \t]*\d{{1,4}}[A-Za-z]?|\d{{1,3}}[A-Za-z]?)"
    rf"[ \t]*[-/:.)]?[ \t]*({NAME_WORD_LETTER_END})(?:/({NAME_WORD_LETTER_END}))?"
    rf"(?=[ \t]+-[ \t]|[ \t]*[,(;/]|[ \t]*$|[ \t]+\d{{1,3}}[ \t]*(?:y/?o|yo)?[ \t]*[MFmf]\b)")
# A dose or clock time on the line: where a line ends in a signer's initials.
_DOSE_OR_TIME = stdre.compile(r"(?i)\b\d+(?:\.\d+)?[ \t]*(?:mg|mcg|g|ml|units?|meq|mmol|tabs?|puffs?|gtts?)\b|"
                              r"(?:^|[ \t])(?:[01]\d|2[0-3]):?[0-5]\d\b")
# (a chain of gates: the first opens on a literal "-", which stdlib `re` finds far faster than a blank)
_DASH_INITIALS = Gated(stdre.compile(r"-[ \t]*[A-Za-z]{2,3}[ \t]*$", stdre.M), Gated(
    stdre.compile(r"[ \t]-[ \t]*[A-Za-z]{2,3}[ \t]*$", stdre.M), re.compile(
    r"(?im)\b(?:given|held|gave|administered|adm|admin|hung|started|stopped|changed|checked|verified|done|drawn|"
    r"refused|declined|documented|completed|signed|removed|placed|applied|flushed|witnessed|wasted)[ \t]+"
    r"(?:by[ \t]+)?-[ \t]*([A-Za-z]{2,3})[ \t]*$")))
# Two or three letters that are clinical shorthand for a route, time, frequency or result, never initials here.
_NOT_INITIALS = frozenset({"po", "iv", "im", "sq", "sc", "sl", "pr", "pv", "ng", "gt", "top", "inh", "neb", "ivp",
                           "ivpb", "prn", "bid", "tid", "qid", "qd", "qhs", "hs", "am", "pm", "ac", "pc", "od", "os",
                           "ou", "ok", "yes", "no", "na", "nka", "dc", "d/c", "ns", "lr", "wnl", "nad", "rn", "md",
                           "np", "pa", "lpn", "cna", "pt", "pts", "pca", "stat", "now", "due", "x1", "x2", "ml",
                           "mg", "mcg"})


def _holds_colon(line: str) -> bool:
    """Does the line hold a colon (as every field label's line does)?"""
    return ":" in line


# A field label opening a line, then one word and a verb inflected for it ("Transportation: Okafor needs a van",
# "CM NOTE: LANNING IS A READMISSION"): the label names what the line is about and the word is the clause's subject.
# (tried once at the start of each line holding a colon, `LineTestedAtStart`: the pattern opens with `^`, which
# `regex` would fail at every other character of the note)
_LABEL_THEN_SUBJECT = Gated(stdre.compile(r"(?m)^[ \t]*[A-Za-z][A-Za-z /]{0,30}:[ \t]*[A-Za-z]+[ \t]+[A-Za-z]"),
                            LineTestedAtStart(_holds_colon, re.compile(
                                rf"(?m)^[ \t]*[A-Za-z]+(?:[ \t/]+[A-Za-z]+){{0,2}}[ \t]*:[ \t]*({_W})"
                                rf"[ \t]+([A-Za-z]+)\b(?!['’])(?:[ \t]+([A-Za-z]+))?")))


def label_subjects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "label-subject") of a frequent census surname (`_surname_ok`) that opens the clause after a line's
    field label, before any verb form (`_verb_form`: "needs", "asked", "is"). The clause's first word has its capital
    anyway; the surname's rank and the verb's inflection say it is a person. An "-s" form followed by a verb is a
    plural noun and its verb ("Raney clips applied"), and "Finger sticks" holds no frequent surname."""
    out: list[tuple[int, int, str]] = []
    for m in _LABEL_THEN_SUBJECT.finditer(text):
        word, verb = m.group(1), m.group(2)
        cased = line_cased(text, m.start(1))
        if (cased and not verb.islower()) or not verb_form(verb) or verb.lower() in _CONJUNCTIONS:
            continue
        after = (m.group(3) or "").lower()
        if not past_or_auxiliary(verb.lower()) and after and (past_or_auxiliary(after) or (
                after.endswith(("ed", "ing")) and verb_form(after))):
            continue  # a plural noun, then its verb: "Raney clips applied", "Vent settings were"
        if _surname_ok(word, cased):
            out.append((m.start(1), m.end(1), "label-subject"))
    return out


# "Rushing in 524 had a run of VT", "heads up, kowalski in 9 pulled her NG tube", "check on Brennan in rm 22B,": a
# name, then "in" and a room or bed number, then what the occupant did or the clause's end: how ward staff name a
# patient by where they lie. The number is a room's only when it is no year ("in 2019") and what follows it is what
# a person did, not a counted noun ("Lasix in 2 doses", "surgery in 3 weeks": `_room_closed`).
# (in a note the gate lets through, searched only on the lines holding "in" and a number, `Lined`: perf35)
_ROOM_OCCUPANT = Gated(Folded(r"[ \t]in[ \t]+(?:(?:rm|room|bed|bay)\.?[ \t]*#?[ \t]*)?[0-9]"), Lined(
    r"[ \t]in[ \t]+(?:(?:rm|room|bed|bay)\.?[ \t]*#?[ \t]*)?[0-9]", re.compile(
    rf"(?i)\b({_W})[ \t]+in[ \t]+(?:(?:rm|room|bed|bay)\.?[ \t]*\#?[ \t]*)?(?!(?:19|20)\d\d\b)\d{{1,4}}(?:-?[a-g])?"
    r"\b(?![.:/-]?\d)(?=[ \t]*(?:[,;?!)]|$)|[ \t]+([A-Za-z]+)\b)", re.M)))


def _room_closed(word: str | None) -> bool:
    """May `word` follow a room occupant's number (`_ROOM_OCCUPANT`)? Punctuation or the line's end (None), a past
    tense or an auxiliary, or a present tense a person is the subject of (`_PRESENT_PERSON_VERBS`, and "needs"):
    other "-s" forms after a number are counted nouns as often ("in 2 doses", "in 2 locations")."""
    if word is None:
        return True
    low = word.lower()
    return past_or_auxiliary(low) or low in _PRESENT_PERSON_VERBS or low == "needs"


def room_occupants(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "room-occupant") of each name before "in" and a room number, then what the occupant did
    (`_ROOM_OCCUPANT`): the room and the act together are a position only a person fills, so the name's evidence is
    the role frame's (`person_frames.word_ok`: "medium" where the line has case, a capitalised census name or word
    no vocabulary knows; "list" without case, a census name that is no everyday word or an unknown word), never a
    place's ("Virginia", "Austin": states and place words)."""
    out = []
    for m in _ROOM_OCCUPANT.finditer(text):
        word = m.group(1)
        if not _room_closed(m.group(2)):
            continue
        cased = line_cased(text, m.start(1))
        low = ascii_fold(word.lower())
        if low in sl.us_states() or low in sl.place_words() or low in STOP:
            continue
        if word_ok(word, cased, "medium" if cased else "list"):
            out.append((m.start(1), m.end(1), "room-occupant"))
    return out


def slots(text: str) -> list[tuple[int, int, str]]:
    """(start, end, slot) of every name the person slots find in `text`."""
    out: list[tuple[int, int, str]] = []
    cased_cache: dict[int, bool] = {}

    def cased_at(pos: int) -> bool:
        line_start = text.rfind("\n", 0, pos) + 1
        if line_start not in cased_cache:
            cased_cache[line_start] = line_cased(text, pos)
        return cased_cache[line_start]

    for m in _mid_capitals(text):
        word, before, after = m.group(2), m.group(1), m.group(3)
        if after is not None and not clause_word(after):
            continue  # a capital before a noun modifies it
        low = word.lower()
        if before in _NOT_BEFORE_PERSON or low in sl.us_states() or (
                before in _PLACE_PREPOSITIONS and low in sl.place_words()):
            continue  # a place, organisation or eponym: "in Florida", "moved to Eugene", "at Kaiser", "the Kelly"
        if before is not None and not (before in STOP or sl.word_freq().get(before, 0) >= sl.TOP_FREQ
                                       or verb_form(before)):
            continue  # an adjective before it makes it a thing: "the standard Bruce", "recurrent Gleason"
        owner = text[m.end(2):m.end(2) + 1] in ("'", "’")
        if cased_at(m.start(2)) and (_first_ok(word, True) or (not owner and _surname_ok(word, True)) or (
                before in _CONTACT_WORDS and _word_surname_ok(word, True))):
            out.append((m.start(2), m.end(2), "mid-capital"))
    out.extend(verb_objects(text))
    census = sl.census_names()
    for m in at_clause_opens(_CLAUSE_SUBJECT, text):
        if not _census_word(m.group(1)):
            # a name no census list holds ("Restu lives alone", "Sinema tolerated"): `_coined_subject`
            if (m.group(2) or _person_verb_form(m.group(3).lower())) and _coined_subject(
                    text, m, cased_at(m.start(1))) and _coined_given(m.group(1), cased_at(m.start(1))):
                out.append((m.start(1), m.end(1), "subject-coined"))
            continue  # (most clause starts: the cheap test first)
        word, cased = m.group(1), cased_at(m.start(1))
        verb = m.group(3)
        if verb is not None and (cased and not verb.islower()):
            continue
        # at a clause's start the capital proves nothing: an everyday-word first name needs a verb form after it,
        # a rarer one a function word after it ("ethan in bed 4")
        common = cased and sl.is_common(word.lower())
        # (a frequent noun is no clause word here: "PEARL HEAD LAC SUTURES INTACT", pupils equal and reactive)
        # (only where the line has case: the census's long tail holds shorthand too, "pacer sensing", "gluc checks")
        if cased and _coined_subject(text, m, cased) and not _first_ok(word, cased) and not _surname_ok(word, cased) \
                and _rare_census(word, cased):
            out.append((m.start(1), m.end(1), "subject-coined"))  # a census surname of the long tail: "Hamza has"
            continue
        if verb is not None and not (verb_form(verb) or (not common and verb.lower() not in _CONJUNCTIONS
                                                          and verb.lower() in STOP)):
            continue
        if _first_ok(word, cased) and (not common or verb is not None):
            out.append((m.start(1), m.end(1), "subject"))
        elif verb is not None and _surname_ok(word, cased) and past_or_auxiliary(verb.lower()):
            out.append((m.start(1), m.end(1), "subject"))  # "Okafor was readmitted", not "Raney clips were"
    for m in object_matches(text):  # (the object slot holds only where the line has no case)
        if ascii_fold(m.group(1).lower()) in census and (_first_ok(m.group(1), False) or (
                m.group(0).split(None, 1)[0].lower().endswith("ed") and _surname_ok(m.group(1), False))):
            out.append((m.start(1), m.end(1), "object"))
    for m in _VOCATIVE.finditer(text):
        if _first_ok(m.group(1), cased_at(m.start(1))):
            out.append((m.start(1), m.end(1), "address"))
    for t in _POSSESSIVE_TAIL.finditer(text):
        m = _POSSESSIVE.search(text, max(0, t.start() - 40), t.end())
        if m is None or m.end(2) != t.end():
            continue
        word, noun = m.group(1), m.group(2)
        cased = cased_at(m.start(1))
        nl = noun.lower()
        if _SAINT_BEFORE.search(text[max(0, m.start(1) - 8):m.start(1)]):
            continue  # "St. Luke's Hospital": a saint's name is a place's
        if (nl in sl.medical_words() and not sl.is_common(nl)) or medical_only(nl) or nl in _EPONYM_NOUNS:
            continue  # an eponym's noun: "Addison's disease", "Bell's palsy"
        low = word.lower()
        if low in sl.us_states() or (not cased and low in sl.place_words()):
            continue  # "this towson maryland's facility": a place's possessive, where no capital tells them apart
        owned = nl in _PERSONAL_NOUNS and (_coined_given(word, cased) or _rare_census(word, cased))
        if (_first_ok(word, cased) or owned) and not sl.clinical_term_use(text, m.start(1), m.end(1), "NAME"):
            out.append((m.start(1), m.end(1), "possessive"))  # a name of any origin owns "'s room" as a census one
    for m in _LAST_FIRST_M.finditer(text):
        last, first = m.group(1), m.group(2)
        cased = cased_at(m.start(1))
        fl, ll = first.lower(), last.lower()
        if cased and not (last[0].isupper() and first[0].isupper() and m.group(3).isupper()):
            continue
        if claimed(fl) or claimed(ll) or fl not in sl.first_names() or len(fl) < 2:
            continue
        if not surname_like(ll) or any(claimed(p) for p in ll.split("-") if p):
            continue
        if sl.is_common(fl) and sl.is_common(ll):
            continue
        out.append((m.start(1), m.end(1), "last-first-m"))
        out.append((m.start(2), m.end(2), "last-first-m"))
    for m in _PAREN_INITIALS.finditer(text):
        word, initials = m.group(2), m.group(3)
        low = word.lower()
        if initials[-1].lower() != low[0] or claimed(low) or len(low) < 3:
            continue
        cased = cased_at(m.start(2))
        if cased and not (word[0].isupper() and initials.isupper()):
            continue
        if not ((low in sl.last_names() and not sl.is_common(low) and low not in sl.medical_words())
                or unknown_word(low, "frame")):
            continue
        if initials.lower() in _NOT_INITIALS or initials.lower() in protect.protected_words():
            continue
        start = m.start(2)
        first = m.group(1)
        if first and first[0].lower() == initials[0].lower() and word_ok(first, cased, "medium") \
                and first.lower() in sl.first_names():
            start = m.start(1)
        out.append((start, m.end(2), "paren-initials"))
        out.append((m.start(3), m.end(3), "paren-initials"))
    for matches, slot in ((_after_patient, "after-patient"), (_SURNAME_INITIAL.finditer, "surname-initial"),
                          (_AGE_SEX.finditer, "age-sex")):
        for m in matches(text):
            word = m.group(1)
            if slot != "age-sex" and not _census_word(word):
                continue
            if slot == "after-patient" and possessive(word.lower()):
                word = word[:-2]  # the patient's title as an owner: "pt Hensley's SNF bed", tested without "'s"
            cased = cased_at(m.start(1))
            if _first_ok(word, cased) or _surname_ok(word, cased) or (
                    slot == "age-sex" and unknown_word(word.lower(), "frame") and (not cased or word[0].isupper())):
                out.append((m.start(1), m.start(1) + len(word), slot))
    for m in _LIST_ITEM.finditer(text):
        cased = cased_at(m.start(1))
        for g in (1, 2):
            word = m.group(g)
            if word and (_first_ok(word, cased) or _surname_ok(word, cased)):
                out.append((m.start(g), m.end(g), "list-item"))
    for m in _EXTENSION.finditer(text):
        word = m.group(1)
        cased = cased_at(m.start(1))
        if _first_ok(word, cased) or _surname_ok(word, cased) or (
                unknown_word(word.lower(), "frame") and (not cased or name_case(word))):
            out.append((m.start(1), m.end(1), "extension"))
    for m in _DASH_INITIALS.finditer(text):
        initials = m.group(1)
        line = text[text.rfind("\n", 0, m.start()) + 1:m.end()]
        if initials.lower() in _NOT_INITIALS or not _DOSE_OR_TIME.search(line):
            continue
        if line_cased(text, m.start()) and not initials.isupper():
            continue
        out.append((m.start(1), m.end(1), "dash-initials"))
    out.extend(label_subjects(text))
    out.extend(who_antecedents(text))
    out.extend(pair_subjects(text))
    out.extend(infinitive_subjects(text))
    out.extend(role_label_initials(text))
    out.extend(present_lists(text))
    out.extend(after_patient_coined(text))
    out.extend(after_patient_word_surnames(text))
    out.extend(sorted_lists(text))
    out.extend(room_occupants(text))
    return out


# "video visit with Chao, who was at home", "MED REC COMPLETED WITH MATEO, WHO BROUGHT ...": a word set off by a comma
# before "who", and the one or two words before it: the antecedent of "who" is a person (a drug, test or place takes
# "which"), so a name of any origin there needs no census list.
# (cue word first: "who" as a whole run of the note, `AlnumWords`: perf35)
_WHO = Gated(AlnumWords(("who",)), Gated(Folded(r",[ \t]+who[ \t]"),
                                        re.compile(rf"(?i){NO_WORD_BEFORE}({_W})[ \t]*,[ \t]+who\b")))
# A comma, blanks and "who" (every `_WHO` match holds one, its word ending at the blanks before the comma), and the
# characters of a word there in an ASCII note (`NAME_WORD`'s letters and joiners).
_COMMA_WHO = stdre.compile(r",[ \t]+who\b")
_NAME_RUN = frozenset("abcdefghijklmnopqrstuvwxyz'-")


def who_matches(text: str) -> Iterable[re.Match]:
    """`_WHO.finditer(text)`: in an ASCII note that passes its gates the pattern tried only at the start of the word
    before each ", who" (in the lower-cased note). Why: the pattern opens on a lookbehind, so `regex` tried it at every
    character of a note holding ", who " (~45 us an MTSamples or sample note, most notes of those sets); a match's word
    runs up to the blanks before its comma and starts where no letter, "'" or "-" stands before it, so the start of
    that run is the only place a match can start for each ", who" (no two overlap: each holds its own comma); a run
    opening on "'" or "-" starts no match (the pattern fails there). The same matches, in order (tests compare both on
    real notes); a note with other characters is searched as before."""
    if not text.isascii():
        yield from _WHO.finditer(text)
        return
    inner = _WHO.pattern
    if _WHO.gate.absent(text) or inner.gate.absent(text):
        return
    low = lowered(text)
    match = inner.pattern.match
    done = 0
    for c in _COMMA_WHO.finditer(low):
        end = c.start()
        while end and low[end - 1] in " \t":
            end -= 1
        start = end
        while start and low[start - 1] in _NAME_RUN:
            start -= 1
        if start == end or start < done:
            continue
        m = match(text, start)
        if m is not None:
            done = m.end()
            yield m


_WORD_BEFORE = re.compile(rf"{NO_WORD_BEFORE}(?<!\.)({_W})[ \t]+$")


def _rare_census(word: str, cased: bool, places: bool = False) -> bool:
    """A census name of three letters or more that no everyday, medical or protected word is and nothing claims
    ("Chao", "Hamza"), capitalised (not ALL CAPS) where the line has case; a place's name too only with `places`
    ("Mateo": a town is no antecedent of "who", but it opens a sentence as a person does)."""
    low = ascii_fold(word.lower())
    if len(low) < 3 or low not in sl.census_names() or sl.is_common(low) or claimed(low) \
            or low in sl.medical_words() or low in protect.protected_words() \
            or (not places and low in sl.place_words()):
        return False
    return not cased or name_case(word)


def who_antecedents(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "who") of a name set off by a comma before "who" (`_WHO`): the word a census first name
    (`_first_ok`), a frequent census surname (`_surname_ok`), any census name no everyday word (`_rare_census`) or
    a name no census list holds (`_coined_given`), after a small word that is no determiner or place preposition
    ("with the nurse, who", "in Boston, who" stay) or after a given name that passes too ("with Ann Chao, who")."""
    out: list[tuple[int, int, str]] = []

    def ok(word: str, cased: bool) -> bool:
        return (_first_ok(word, cased) or _surname_ok(word, cased) or _coined_given(word, cased, places=True)
                or _rare_census(word, cased, places=True))

    for m in who_matches(text):
        cased = line_cased(text, m.start(1))
        if not ok(m.group(1), cased):
            continue
        start = m.start(1)
        line_start = text.rfind("\n", 0, start) + 1
        prev = _WORD_BEFORE.search(text, line_start, start)
        if prev and ok(prev.group(1), cased):  # "with Ann Chao, who"
            start = prev.start(1)
            prev = _WORD_BEFORE.search(text, line_start, start)
        if prev is None:
            continue  # a clause's first word: "Ann, who ..." opens a sentence as "Kaiser, who ..." would
        before = prev.group(1)
        if before.lower() in _NOT_BEFORE_PERSON or before.lower() in _PLACE_PREPOSITIONS - {"to"} \
                or (cased and not before.islower()):
            continue
        out.append((start, m.end(1), "who"))
    return out


# "seen today: Bass, Ray; Hill, Ann M.; Okafor, Ruth": a list of people each written "Surname, Given[ I]", the items
# joined by semicolons, as census, rounding and clinic lists sort their patients.
_SORTED_ITEM = rf"{_W},[ \t]*{_W}(?:[ \t]+[A-Za-z]\.?)?"
# (a chain of gates: the first asks for a semicolon, which stdlib `re` finds at once and most notes lack)
_SORTED_LIST = Gated(stdre.compile(";"), Gated(
    stdre.compile(r"[A-Za-z],[ \t]*[A-Za-z][A-Za-z'’-]*(?:[ \t]+[A-Za-z]\.?)?[ \t]*;"), re.compile(
        rf"(?<![A-Za-z'’-])({_SORTED_ITEM}(?:[ \t]*;[ \t]*{_SORTED_ITEM})+)(?![A-Za-z'’-])")))
_ITEM = re.compile(rf"({_W}),[ \t]*({_W})(?:[ \t]+([A-Za-z])\.?)?")


def sorted_lists(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "sorted-list") of the surnames and given names of a semicolon list of two or more "Surname, Given"
    items (`_SORTED_LIST`) in which every item is a person's: a census surname (an everyday word only a surname
    first, `safelist.surname_first`: "Hill", not "Pain") and a census given name, nothing a title, relation, role or
    clinical word claims; where the line has case each word capitalised. The list's shape vouches for the words
    that are also English ("Bass, Ray"), as no list of findings pairs a surname with a given name item by item."""
    out: list[tuple[int, int, str]] = []
    for m in _SORTED_LIST.finditer(text):
        cased = line_cased(text, m.start(1))
        found: list[tuple[int, int, str]] = []
        for item in _ITEM.finditer(text, m.start(1), m.end(1)):
            last, first = item.group(1), item.group(2)
            ll, fl = last.lower(), first.lower()
            if claimed(ll) or claimed(fl) or ll not in sl.last_names() or fl not in sl.given_name_rank() \
                    or (sl.is_common(ll) and not sl.surname_first(ll)):
                break
            if cased and not ((name_case(last) and name_case(first)) or (last.isupper() and first.isupper())):
                break
            found += [(item.start(1), item.end(1), "sorted-list"), (item.start(2), item.end(2), "sorted-list")]
        else:
            out.extend(found)
    return out


# "arranged for Okafor to go home", "waiting for Lanning to call back": the subject of an infinitive clause after
# "for" is whoever is to act, a person where the word has a name's evidence.
# (behind the gate, searched only on the lines holding "for", a word and "to", `Lined`: perf36)
_FOR_TO = Gated(Folded(r"for[ \t]"), Lined(r"for[ \t]+[a-z][a-z'-]*[ \t]+to[ \t]", re.compile(
    rf"(?i)\bfor[ \t]+({_W})[ \t]+to[ \t]+([A-Za-z]+)\b")))


# What a consulting service or clinician is waited for to do ("waiting for ortho to see", "for nsurg to eval"): after
# these the subject is a service as often as a person.
_CONSULT_VERBS = frozenset({"see", "eval", "evaluate", "assess", "review", "consult", "examine", "read", "place",
                            "follow", "check", "drain", "weigh", "decide", "determine", "manage", "address", "clear"})


def infinitive_subjects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "for-to") of the subject of "for X to <verb>" (`_FOR_TO`): a census first name (`_first_ok`), a
    frequent census surname (`_surname_ok`), a hyphenated name each part a surname or unknown word ("for
    Whitfield-Dion to go"), or (capitalised, where the line has case) a word no vocabulary knows; the verb a known
    word in its plain form and in small letters, no act of a consulting service ("for ortho to see"). A
    service, drug or test there is a clinical word ("for IR to drain", "for Lasix to work")."""
    out: list[tuple[int, int, str]] = []
    for m in _FOR_TO.finditer(text):
        word, verb = m.group(1), m.group(2)
        low = word.lower()
        cased = line_cased(text, m.start(1))
        if cased and (not verb.islower() or not word[0].isupper() or word.isupper()):
            continue
        vl = verb.lower()
        if sl.word_freq().get(vl, 0) < 1000 or (vl.endswith("s") and not vl.endswith("ss")) or claimed(low) \
                or low in sl.place_words() or vl in _CONSULT_VERBS:
            continue  # a verb's plain form follows "to", never a plural ("for dangerousness to others")
        parts = [p for p in low.split("-") if p]
        coined = len(parts) > 1 and surname_like(low) and not any(claimed(p) for p in parts)
        if _first_ok(word, cased) or _surname_ok(word, cased) or coined or (
                cased and unknown_word(low, "frame") and low not in sl.medical_words()):
            out.append((m.start(1), m.end(1), "for-to"))
    return out


# "Triage RN: AB", "Charge nurse: KT": a field whose label is a care-team role or credential and whose whole value is
# two or three capitals holds that person's initials, even when the letters also spell an abbreviation ("AM", "IR"):
# a role asks for a person, and a value of that shape is no finding.
_ROLE_LABEL = Gated(stdre.compile(r"(?m):[ \t]*[A-Za-z]{2,3}[ \t]*$"), re.compile(
    r"(?im)^[ \t]*(?:[A-Za-z]+[ \t]+){0,2}([A-Za-z][A-Za-z-]*)[ \t]*:[ \t]*([A-Za-z]{2,3})[ \t]*$"))
# What such a field holds when it names nobody.
_NO_PERSON = frozenset({"na", "no", "yes", "ok", "unk", "tbd", "none", "nil", "per", "see", "off", "on", "all", "n/a"})


def role_label_initials(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "role-initials") of two or three capitals that are the whole value of a field labelled by a role
    or credential (`_ROLE_LABEL`; words.TITLES, CREDENTIALS or `_ROLE_LABELS`), in capitals where the line has case."""
    out: list[tuple[int, int, str]] = []
    for m in _ROLE_LABEL.finditer(text):
        role, value = m.group(1).lower(), m.group(2)
        if role not in TITLES and role not in CREDENTIALS and role not in _ROLE_LABELS:
            continue
        if value.lower() in _NO_PERSON or (line_cased(text, m.start(2)) and not value.isupper()):
            continue
        out.append((m.start(2), m.end(2), "role-initials"))
    return out


# Care-team roles that head a field (besides titles and credentials): who did, saw or signed something.
_ROLE_LABELS = frozenset({"tech", "technician", "technologist", "medic", "paramedic", "emt", "transporter", "aide",
                          "scribe", "interpreter", "therapist", "pharmacist", "provider", "physician", "surgeon",
                          "assistant", "manager", "navigator", "cm", "witness", "preceptor", "supervisor"})
# "RNs present: Lanning/Okafor", "Staff present: lanning/okafor/ruiz": a field naming a role's or the staff's members
# present, its value a list of two or more surnames joined by slashes.
# (cue word first: "present" as a whole run of the note, `AlnumWords`; the folded gate finds it inside "presented")
_PRESENT_LIST = Gated(AlnumWords(("present",)), Gated(Folded(r"present"), re.compile(
    rf"(?im)^[ \t]*(?:[A-Za-z]+[ \t]+){{0,2}}present[ \t]*:[ \t]*({_W}(?:[ \t]*/[ \t]*{_W}){{1,4}})[ \t]*$")))


def present_lists(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "present-list") of each member of a slash-joined list that is a "... present:" field's whole
    value (`_PRESENT_LIST`): every member a census name or word no vocabulary knows, nothing claimed (no role,
    credential or clinical word: "present: RN/MD"), one at least no everyday word; one shape where the line has case."""
    out: list[tuple[int, int, str]] = []
    for m in _PRESENT_LIST.finditer(text):
        cased = line_cased(text, m.start(1))
        members = [(k.start(), k.end(), k.group(0)) for k in re.finditer(_W, m.group(1))]
        lows = [w.lower() for _, _, w in members]
        if any(claimed(w) or w in CREDENTIALS or w.rstrip("s") in CREDENTIALS or w in sl.medical_words()
               or not (w in sl.census_names() or unknown_word(w, "frame")) for w in lows):
            continue
        if all(sl.is_common(w) for w in lows) or (cased and not all(w[0].isupper() for _, _, w in members)):
            continue
        out.extend((m.start(1) + a, m.start(1) + b, "present-list") for a, b, _ in members)
    return out


# What closes a patient's name used as a title: punctuation, the line's end, a subject line's "re"/"regarding"/"about".
_TITLE_CLOSER = stdre.compile(r"[ \t]*(?:[,;:)]|$)|[ \t]+(?:re|regarding|about)\b|[ \t]+([A-Za-z]+)\b", stdre.M)


def after_patient_coined(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "after-patient") of a word no vocabulary knows used as the patient's title ("call from pt Pebley re:
    pain", "Pt Quillfeather called"): the after-patient slot takes census names; an unknown word there is a name
    when the name visibly ends after it (punctuation, the line's end, "re"/"regarding", a verb form) and the line has
    case and the word its capital (on PhysioNet tuning, without case, every such word was a slip or shorthand)."""
    out: list[tuple[int, int, str]] = []
    for m in _after_patient(text):
        word = m.group(1)
        low = word.lower()
        if possessive(low) or not unknown_word(low, "frame") or len(low) < 5 or low in sl.medical_words():
            continue
        if slip_of_known(low):
            continue  # one slip from a known word, not spelled like a name: "Pt Intially tolerated"
        if not line_cased(text, m.start(1)) or not name_case(word):
            continue  # without case an unknown word after "pt" is a slip or shorthand: "pt sedtion was", "PT ROUSABLE"
        c = _TITLE_CLOSER.match(text, m.end(1))
        after = (c.group(1) or "").lower() if c else ""
        if c is None or (after and not (verb_form(after) or (after in STOP and after.endswith(("ed", "s"))))):
            continue  # (the verbs charting uses most are stop words: "called", "states")
        out.append((m.start(1), m.end(1), "after-patient"))
    return out


def after_patient_word_surnames(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "after-patient") of an everyday-word surname used as the patient's title ("call from pt Brown re:
    pain", "PT BISHOP CALLED BACK", "pt Young's fall"): the after-patient slot refuses everyday words, but a surname
    first (`safelist.surname_first`: Brown, Bishop, not Well, Best) is the patient where the name visibly ends
    after it, as for a coined word (punctuation, the line's end, "re"/"regarding", a possessive, a verb form;
    without case only a stop-listed verb: "called", "states"); capitalised and not ALL CAPS where the line has
    case."""
    out: list[tuple[int, int, str]] = []
    for m in _after_patient(text):
        word = m.group(1)
        whole = word.lower().replace("’", "'")
        low = bare(whole)
        owner = low != whole
        if len(low) < 4 or not sl.is_common(low) or low not in sl.last_names() or claimed(low) \
                or not sl.surname_first(low):  # (a colour in clinical text is still a surname: "brown")
            continue
        cased = line_cased(text, m.start(1))
        if cased and not name_case(word):
            continue
        c = _TITLE_CLOSER.match(text, m.end(1))
        after = (c.group(1) or "").lower() if c else ""
        if not owner and (c is None or (after and not (
                (cased and verb_form(after)) or (after in STOP and after.endswith(("ed", "s")))))):
            continue  # without case only charting's own verbs close it ("pt overall improved" is a clause)
        out.append((m.start(1), m.start(1) + len(low), "after-patient"))
    return out


# "Ambulated Rhea 100 ft", "Medicated Soren for pain", "Instructed Ilse to call": a sentence opening on a past-tense
# verb and its object, a capitalised word, then what follows an object (a function word, a number or punctuation).
# The verb's capital is the sentence's; the object's, written right after it, is the name's own, any Latin-script
# name's ("Ambulated Zoë", `UPPER`, `LOWER`); the verb is an English one.
# (a chain of gates: "ed", blanks and a capital first, which stdlib `re` finds by its literal; the gate behind it
# opens on every capital: perf35)
_OPENING_VERB_OBJECT = Gated(stdre.compile(rf"ed[ \t]+{UPPER}"), Gated(
    stdre.compile(rf"[A-Z][a-z]+ed[ \t]+{UPPER}{LOWER}"), stdre.compile(
        rf"(?m)(?:^|[.!?;:][ \t]{{1,3}})[ \t]*([A-Z][a-z]+ed)[ \t]+({UPPER}(?:{LOWER}|['’])+){NO_WORD_AFTER}"
        r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:[a-z]+\b|\d))")))
# the small-letter word after the object, if one follows ("Instructed Ilse to call": "to")
_SMALL_WORD_AFTER = stdre.compile(r"[ \t]+([a-z]+)\b")


def verb_objects(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "verb-object") of a census first name (`_first_ok`: capitalised, below `_EVERYDAY`, no medical
    word) written right after a sentence-opening past-tense verb on a line with case, before a function word, a
    number or punctuation (`_OPENING_VERB_OBJECT`). The verb is a verb form (`_verb_form`) or a known word whose "-d"
    or "-ed" stem is one too ("Medicated", "Repositioned"), no stop word. Not before a noun the capital would modify
    ("Placed Foley catheter", "Started Heparin drip": neither a census first name nor followed by a clause word)."""
    out: list[tuple[int, int, str]] = []
    for m in _OPENING_VERB_OBJECT.finditer(text):
        verb, word = m.group(1), m.group(2)
        vl = verb.lower()
        stem_known = sl.is_known_word(vl[:-1]) or sl.is_known_word(vl[:-2])
        if not (verb_form(verb) or (sl.is_known_word(vl) and stem_known)) or vl in STOP \
                or not line_cased(text, m.start(2)):
            continue
        after = _SMALL_WORD_AFTER.match(text[m.end(2):m.end(2) + 30])
        if after and not clause_word(after.group(1)):
            continue
        if _first_ok(word, True):
            out.append((m.start(2), m.end(2), "verb-object"))
    return out

"""Person frames: lines and phrases whose shape says a person is named, where no title, relation or label does.

Why: a name written once, alone, with no "Dr."/"son"/"Patient:" before it ("Dear Frank,", "Bed 12: Roper - s/p
...", "Baby Girl Archer", "we will continue to follow Ruben closely", "Portal message from patient (Ben)") is found
by no cue-driven rule, and name consistency has no earlier mention to spread from. The frames here are the
conventions of clinical and letter writing that only ever hold a person: a letter's salutation, a nickname someone
"goes by", a bed or census list, a newborn's "Baby Girl <surname>", the object of a verb of seeing, following or
informing a patient ("in the care of X"), "<name> and her daughter", a name in apposition to an age
("X, a 72-year-old"), the words before "DOB"/"MRN", "First (Nick) Last", the sorted "Last, First" closing a heading
line, "First M. Last" in any case, and a census name opening a sentence before what only a person does ("Chambers was
admitted").

What makes a word the name, by the frame's strength (`word_ok`):
* strong frames (salutation, nickname, newborn): where the line carries case, any capitalised word that
  no clinical vocabulary, title, relation or function word claims; on a line without case, a census name or a word
  no vocabulary knows;
* medium frames (verb objects, "per X,", "X and her son"): a census name or unknown word, capitalised where the line
  carries case; on a line without case only a census first name that is no frequent English word (freq < 10,000)
  (an unknown word there is as likely shorthand: "FOLLOW LYTES");
* list frames (bed line, census list, age apposition): a census name no everyday word, or a word no vocabulary
  knows.
The backstop (`backstop.py`) runs these frames; their results are its results (rule `backstop-frame-<name>`).
"""

from __future__ import annotations

import copy
import functools
import re as stdre
from collections.abc import Iterable, Iterator

import regex as re

from cancerprep import resources
from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import known_safe
from cancerprep.stages.deid.name_likeness import name_like
from cancerprep.stages.deid.recognizers.base import (
    AlnumWords,
    Folded,
    Gated,
    Lined,
    LinedAtStart,
    LinedOpeners,
    LinedStarts,
    Placed,
    RunAnchored,
    WordAnchored,
    ascii_twin,
    compile_for_search,
    finditer,
    first_runs,
    longest_first,
    lowered,
)
from cancerprep.stages.deid.recognizers.context import MONTH_DAY, line_cased, medical_only, past_or_auxiliary
from cancerprep.stages.deid.recognizers.dictation import known_group
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
)
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import (
    CREDENTIALS,
    NOT_BEFORE_PAIR,
    RELATIONS,
    ROLE_TITLES,
    STOP,
    STRONG_TITLES,
    TITLES,
)

_W = NAME_WORD


# People a letter's salutation or a frame may name by role, never by name ("Dear Colleague,").
_ROLE_WORDS = frozenset({"sir", "sirs", "madam", "madame", "colleague", "colleagues", "doctor", "doctors", "physician",
                         "provider", "providers", "patient", "patients", "family", "families", "parent", "parents",
                         "friend", "friends", "team", "member", "members", "customer", "valued", "caregiver", "all",
                         "referring", "whom", "concern", "it", "may", "to", "nurse", "staff", "client", "colleague's",
                         "baby", "infant", "child", "boy", "girl", "man", "woman", "gentleman", "lady", "newborn",
                         "resident", "veteran", "individual", "male", "female", "twin", "caller", "mom", "dad"})
_REL_ALT = longest_first(RELATIONS)

# "Dear Frank,", "Dear Abraham Story:", "Hi Ann," (a portal reply): a salutation line, one to three words and a
# comma or colon ending the line.
# (a chain of gates, here and in the frames below marked "cue words": the note's runs (`AlnumWords`, cut once a note and
# shared) are first asked for one of the words each match holds as a whole run, which most notes lack; the dearer
# search of the gate behind it runs only where one stands: perf35)
_SALUTATION = Gated(AlnumWords(("dear", "hi", "hello", "good")), Gated(
    Folded(r"^[ \t]*(?:dear|hi|hello|good[ \t]+(?:morning|afternoon|evening))[ \t]", stdre.M),
    re.compile(rf"(?im)^[ \t]*(?:dear|hi|hello|good[ \t]+(?:morning|afternoon|evening))[ \t]+"
               rf"((?:{_W}\.?[ \t]+){{0,2}}{_W})[ \t]*[,:][ \t]*$")))
# "Hi Ann, your labs look stable.", "Reply via portal: Hello Ngozi, ...": a salutation of one word set off by a comma
# that opens a line or follows a colon and the message goes on after it (a portal reply or a letter written as one
# paragraph); the word passes the medium test, as a salutation's closing line does not tell it apart here.
# (the gate opens on the greeting word, which stdlib `re` finds by its first letters; the line's start or the
# colon before it is left to the pattern; cue words first)
_SALUTATION_INLINE = Gated(AlnumWords(("dear", "hi", "hello")), Gated(
    Folded(r"(?:dear|hi|hello)[ \t]+[a-z][a-z'’-]*[ \t]*,[ \t]*[a-z]"), re.compile(
    rf"(?im)(?:^|(?<=[:.!?][ \t]{{1,3}}))[ \t]*(?:dear|hi|hello)[ \t]+({_W})[ \t]*,(?=[ \t]*[A-Za-z])")))
# 'prefers to be called "Max"', 'goes by "Ginger" rather than Adrienne', 'known as "Bud"'.
# (cue words first: each branch's rarer word)
_NICKNAME = Gated(AlnumWords(("called", "addressed", "go", "goes", "known", "nicknamed", "answers")), Gated(
    Folded(r"to[ \t]+be[ \t]+(?:called|addressed)|go(?:es)?[ \t]+by|known[ \t]+as|nicknamed|"
                         r"answers[ \t]+to"), re.compile(
    rf"(?i)\b(?:(?:prefers|likes|wants|asks|wishes)[ \t]+to[ \t]+be[ \t]+(?:called|addressed[ \t]+as)|goes[ \t]+by|"
    rf"go[ \t]+by|known[ \t]+as|nicknamed|answers[ \t]+to)[ \t]+[\"“]({_W})[,.]?[\"”]"
    rf"(?:[ \t]+(?:rather[ \t]+than|instead[ \t]+of)[ \t]+({_W}))?")))
# The one word opening a sentence or line before "prefers to be called" / "goes by": who holds the nickname.
# (cue words first)
_NICKNAME_OWNER = Gated(AlnumWords(("called", "goes")), Gated(
    Folded(r"prefers[ \t]+to[ \t]+be[ \t]+called|goes[ \t]+by"), re.compile(
        rf"(?im)(?:^|[.!?:][ \t]+)[ \t]*({_W})[ \t]+(?:prefers[ \t]+to[ \t]+be[ \t]+called|goes[ \t]+by)[ \t]+[\"“]")))
# "Bed 12: Roper - s/p ...", "Rm 4B  SMITH, JOHN  (...)": a bed or room number opening a line, then the occupant.
_BED_LINE = Gated(Folded(r"(?:bed|rm\.?|room)[ \t]*#?[ \t]*\d"), re.compile(
    rf"(?im)^[ \t]*(?:bed|rm\.?|room)[ \t]*\#?[ \t]*\d{{1,4}}[A-Za-z]?[ \t]*[:.)][ \t]*"
    rf"({_W}(?:[ \t]+{_W}){{0,2}})(?=[ \t]+-[ \t]|[ \t]*[,(;]|[ \t]*$)"))
# "Patients seen today: Gentry, Rider, and others.": a line listing patients, its items surnames.
# (cue words first)
_PATIENT_LIST = Gated(AlnumWords(("patients", "pts")), Gated(Folded(r"patients|pts"), re.compile(
    rf"(?im)^[ \t]*(?:patients|pts)(?:[ \t]+[A-Za-z]+){{0,3}}[ \t]*:[ \t]*"
    rf"({_W}(?:[ \t]*(?:,?[ \t]*\band\b|,|;)[ \t]*{_W})+)")))
# "Baby Girl Archer", "BABY BOY DURBIN": a newborn registered under the mother's surname.
_NEWBORN = re.compile(rf"(?i)\bbaby[ \t]+(?:girl|boy)[ \t]+({_W})(?:[ \t]+({_W}))?")
# "from patient (Ben):", "pt (Coral)": a name in brackets right after the word for the patient.
_PATIENT_PAREN = re.compile(rf"(?i)\b(?:patient|pt)[ \t]*\([ \t]*({_W}(?:[ \t]+{_W})?)[ \t]*\)")
# The object of a verb of seeing, following or thanking a person, or of excusing one from work or school ("Please
# excuse Willow from school"), closed by punctuation or an adverbial word.
# (tried only where one of its verbs, or a phrase's first word, stands as a whole word, `WordAnchored`)
_OBJECT_VERB = (r"\b(?:see|saw|seeing|follow|following|followed|thank|thanks|examined|evaluated|reassured|instructed|"
                r"counseled|counselled|advised|encouraged|reminded|informed|told|notified|phoned|contacted|educated|"
                r"taught|greeted|interviewed|met[ \t]+with|meet[ \t]+with|(?:care|behalf)[ \t]+of|per|excused?)")
_OBJECT = WordAnchored(
    ("see", "saw", "seeing", "follow", "following", "followed", "thank", "thanks", "examined", "evaluated",
     "reassured", "instructed", "counseled", "counselled", "advised", "encouraged", "reminded", "informed", "told",
     "notified", "phoned", "contacted", "educated", "taught", "greeted", "interviewed", "met", "meet", "care",
     "behalf", "per", "excuse", "excused"),
    re.compile(rf"(?i){_OBJECT_VERB}[ \t]+({_W})(?:[ \t]+({_W}))?"))
# What closes such an object: punctuation, the line's end or an adverbial word ("back", "today", "closely", "for",
# "from").
_CLOSER = re.compile(r"[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:back|today|again|closely|in|for|on|at|this|next|yesterday|"
                     r"tomorrow|once|regularly|with|and|by|prior|of|that|about|regarding|via|from)\b"
                     # "reminded Ann to call", "advised ANN TO REST": a verb's plain form after "to" (whom one tells
                     # to do something)
                     r"|[ \t]+to[ \t]+(?:call|come|return|rest|stay|take|bring|keep|avoid|use|wear|walk|drink|eat|"
                     r"go|ask|report|notify|continue|follow|schedule|see|get|check|try|stop|start|hold|seek|remain)"
                     r"\b", re.I | re.M)
# After "per X", a verb of deciding or saying whose subject X is: "per Ann will hold", "PER X AWARE".
_PER_SUBJECT = re.compile(r"[ \t]+(?:will|would|wants|wanted|aware|agrees|agreed|recommends|recommended|says|said|"
                          r"states|stated)\b", re.I)
# The object of a verb of handing a patient over between teams or places ("Accepting Okafor from the ICU", "we are
# sending Ann over to you", "report on Ann in bed 4"), closed as above or by the way the patient goes.
_HANDOVER_VERB = r"\b(?:accept(?:ing|ed)|sending|transferr(?:ing|ed)|report(?:ed)?[ \t]+on)"
_HANDOVER = WordAnchored(("accepting", "accepted", "sending", "transferring", "transferred", "report", "reported"),
                         re.compile(rf"(?i){_HANDOVER_VERB}[ \t]+({_W})(?:[ \t]+({_W}))?"))
_HANDOVER_CLOSER = re.compile(r"[ \t]+(?:from|to|over|into|out)\b", re.I)
# "Patient signature: Ryan Peer   Date: ...": the name a signature field of the patient or a proxy holds.
_SIGNATURE = re.compile(rf"(?im)\b(?:patient|pt|guardian|parent|witness|interpreter)(?:['’]s)?[ \t]+signature[ \t]*:"
                        rf"[ \t]*({_W}(?:[ \t]+{_W}){{0,2}})(?=[ \t]{{2,}}|[ \t]*$|[ \t]*,)")
# "Tiny Rizzuto, a 72-year-old retired teacher": a name set before its age in apposition, opening a sentence or line.
_AGE_APPOSITION = Gated(stdre.compile(r",[ \t]+(?:is[ \t]+)?an?[ \t]+\d"), re.compile(
    rf"(?m)(?:^|(?<=[.!?:][ \t]{{1,3}}))[ \t]*({_W}(?:[ \t]+[A-Za-z]\.?)?(?:[ \t]+{_W}){{0,2}}),[ \t]+"
    rf"(?:is[ \t]+)?an?[ \t]+\d{{1,3}}[ \t-]*(?:years?|yrs?|y/?o|yo|month|week|day)\b"))
# The characters of a name word (`NAME_WORD`) in an ASCII note: letters, "'" and "-" (`BeforeWords` walks over them).
_WORD_RUN = frozenset("abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ'-")


class BeforeWords(Placed):
    """A pattern of up to `words` name words (`NAME_WORD`, `NAME_WORD_2`) before a tell, tried in an ASCII note only
    at the word starts in the last `words` runs before each place of `anchor` (written in lower case and searched
    over the lower-cased note, or with `cased` over the note as written, for a tell that keeps its case; it must
    match where each match's tell starts). Why: such a pattern opens on `\\b`, on any letter or on a line's start, so
    `regex` tried it at every word, letter or place of each note (or line) its gates let through: ~85-270 us a long
    MTSamples note for the phone owner, the words before "and his wife" or "(Bob)"; the tells are few.
    Between the tell and the last word stand only characters of `gap`, between two words only characters of
    `between`, and a match may open on characters of `lead` before its first word (each place of them is tried). A
    word is a run of letters, "'" and "-": it ends only where its run does (its pattern is greedy or atomic, and only
    `gap` or `between` characters follow it), and it opens at its run's start or after a "'" or "-" in it, where
    `\\b` can hold (a pattern without `\\b` matching from inside a run matches from its start too: the word reaches
    the run's end either way). Those places, gathered over all the tells and tried in order, hold every start of a
    match (a tell the walk back crosses gives places too, tried all the same), so each match is the one a search
    reaching its place would find: the same matches, in order (tests compare both on real notes); a note with other
    characters is searched whole (`Placed`)."""

    def __init__(self, anchor: str, pattern: re.Pattern, words: int, gap: str = " \t", between: str = " \t",
                 lead: str = "", cased: bool = False, heads: tuple[str, ...] = ()):
        if anchor != anchor.lower() or any(h != h.lower() or not h for h in heads):
            raise ValueError("an anchor and its heads are written in lower case")
        self.anchor = compile_for_search(anchor)
        self.pattern = pattern
        self.words, self.gap, self.between, self.lead = words, frozenset(gap), frozenset(between), frozenset(lead)
        self.cased, self.heads = cased, heads

    def twinned(self) -> BeforeWords:
        """The rule with its pattern's ASCII twin (`ascii_twin`), for a recogniser that twins its rules: the same
        tells and walk."""
        twin = copy.copy(self)
        twin.pattern = ascii_twin(self.pattern)
        return twin

    def tells(self, s: str, pos: int) -> Iterator[int]:
        """Every place from `pos` on where the anchor matches in `s` (overlapping or not): each place of a head
        (strings one of which every tell opens with, found by `str.find`) the anchor matches at, or without heads
        the anchor searched from one on each place. Why heads: the search tries the anchor's first characters at
        every character of the note (~40 us a long MTSamples note for the birth-date labels); `str.find` of a few
        strings skips along at a fraction of that."""
        if not self.heads:
            search = self.anchor.search
            a = search(s, pos)
            while a is not None:
                yield a.start()
                a = search(s, a.start() + 1)
            return
        match = self.anchor.match
        for head in self.heads:
            i = s.find(head, pos)
            while i != -1:
                if match(s, i) is not None:
                    yield i
                i = s.find(head, i + 1)

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried at the word starts before each tell."""
        places = set()
        for end in self.tells(text if self.cased else low, pos):
            skip = self.gap
            for _ in range(self.words):  # the last word's run, then those before it
                while end and text[end - 1] in skip:
                    end -= 1
                start = end
                while start and text[start - 1] in _WORD_RUN:
                    start -= 1
                if start == end:
                    break
                places.add(start)
                places.update(i + 1 for i in range(start, end - 1) if text[i] in "'-")
                lead = start
                while lead and text[lead - 1] in self.lead:  # a match opening on them before the word
                    lead -= 1
                    places.add(lead)
                end = start
                skip = self.between
        yield from self.tried_at(text, sorted(places), pos, timeout)


# "Frank Pack (DOB 5/26/2016)", "ANN LEE, DOB: ...", "Lee, Ann  MRN 123": the words right before a birth date or
# record-number label name the patient.
# (its words possessive: what follows a word is never a word's letter, so giving letters back never helps a match; in
# an ASCII note tried only at the word starts of the three runs before each label, across blanks, commas, a bracket
# or a dash, `BeforeWords`: perf52; was every word start of the lines holding a label, `LinedStarts`)
_BEFORE_DOB = Gated(Folded(r"dob|d\.o\.b|date of birth|mrn|mr#|mr #|born"), BeforeWords(
    r"dob|d\.o\.b|date[ \t]+of[ \t]+birth|mrn|mr[ \t]*#|born", re.compile(
        rf"(?i)((?>{_W})(?:,?[ \t]+(?>{_W})){{0,2}})[ \t]*(?:,|\(|[ \t]{{2,}}|[ \t]+-)[ \t]*"
        rf"(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|mrn|mr[ \t]*\#|born)\b"), 3, gap=" \t,(-", between=" \t,",
    heads=("dob", "d.o.b", "date", "mr", "born")))
# "Robert (Bob) Smith": a given name, a census given name in brackets, a surname.
# (a first gate, the whole bracketed word, fails most notes at half the cost of the second)
# (its first gate and `_FIRST_INITIAL_LAST`'s are searched by `regex`, which skips along to their opening blank and
# class several times faster than the stdlib here: ~8 and ~10 us against ~3 and ~4 a PhysioNet note; the classes are
# written out, so both modules read them alike; behind them, in an ASCII note, tried only at the word before each
# bracket, `BeforeWords`: perf52)
_PAREN_NICKNAME = Gated(re.compile(r"[ \t]\([A-Za-z][A-Za-z'’-]*\)[ \t]+[A-Za-z]"), Gated(
    stdre.compile(r"[A-Za-z][ \t]+\([A-Za-z]"),
    BeforeWords(r"\(", re.compile(rf"\b({_W})[ \t]+\(({_W})\)[ \t]+({_W})"), 1, heads=("(",))))
# "Ed and her daughter were ...", "with Frank and his wife": a person named beside his or her relative.
# (cue words first: a relation word's first run, `first_runs`; behind the gates, in an ASCII note, tried only at the
# word before each "and his", `BeforeWords`: perf52)
_WITH_RELATIVE = Gated(AlnumWords(first_runs(RELATIONS)), Gated(
    Folded(r"(?:and|&)[ \t]+(?:his|her|their)[ \t]"),
    BeforeWords(r"(?:and|&)[ \t]+(?:his|her|their)[ \t]", re.compile(
        rf"(?i)\b({_W})[ \t]+(?:and|&)[ \t]+(?:his|her|their)[ \t]+(?:{_REL_ALT})\b"), 1, heads=("and", "&"))))
# "Young Christian is here", "little Harry was": an adjective of age before a first name, a person verb after.
_YOUNG = Gated(Folded(r"(?:young|little)[ \t]"), re.compile(
    rf"(?i)\b(?:young|little)[ \t]+({_W})(?=[ \t]+(?:is|was|has|had|presents|presented|returns|comes|came|and)\b)"))
# "As you know, Penny has ...": a letter's opening about the patient, the name its subject.
_PERSON_VERBS = (r"(?:has|had|is|was|presents|presented|returns|returned|comes|came|continues|underwent|remains|"
                 r"ambulated|denies|denied|reports|reported|states|stated|complains|tolerated|arrived|agrees|agreed|"
                 r"understands|verbalized|prefers|requests|requested|feels)\b")
_AS_YOU_KNOW = re.compile(rf"(?i)\bas[ \t]+you[ \t]+(?:know|are[ \t]+aware|may[ \t]+recall|recall)[ \t]*,?[ \t]+"
                          rf"({_W}(?:[ \t]+{_W})?)(?=[ \t]+{_PERSON_VERBS})")
def marked_lines(s: str, mark: str, pos: int = 0) -> Iterator[tuple[int, int]]:
    """(start, end) of each line of `s` holding `mark` at or after `pos`, in order (end: the newline's index or the
    string's length). Why: a rule opening on a line's start ("(?m)^") and holding a mark (a label's colon, a sorted
    pair's comma) can match only at the start of such a line; `str.find` skips along to the marks, where a search
    for the `^` tried it at every character."""
    i = s.find(mark, pos)
    while i != -1:
        end = s.find("\n", i)
        if end == -1:
            end = len(s)
        yield s.rfind("\n", 0, i) + 1, end
        i = s.find(mark, end)


class MarkedLinedAtStart(LinedAtStart):
    """`LinedAtStart` for an anchor that opens on a line's start ("(?m)^"), never crosses a line and holds `mark`: the
    anchored lines are the lines holding the mark (`marked_lines`) whose start the anchor matches at, and the pattern
    (opening with "^" too) is tried once at each one's start. Why: the anchor's search tried its `^` at every
    character of the note, and the pattern was searched along each anchored line (perf52: the label subject ~18 ->
    ~14 us a PhysioNet note, ~56 -> ~39 a long MTSamples one; the sorted pair at a line's start ~50 -> ~34). An anchor
    match starts at a line's start and lies on that line, so it holds the mark there and those are the lines `Lined`
    found; the matches are the same, in order (tests compare both on real notes)."""

    def __init__(self, mark: str, anchor: str, pattern: re.Pattern):
        if mark != mark.lower() or "\n" in mark or not mark:
            raise ValueError("a mark is written in lower case, on one line")
        super().__init__(anchor, pattern)
        self.mark = mark

    def twinned(self) -> MarkedLinedAtStart:
        """The rule with its pattern's ASCII twin (`ascii_twin`), for a recogniser that twins its rules: the same
        lines (`ascii_twin` would make it a `LinedAtStart`, the same matches found more slowly)."""
        twin = copy.copy(self)
        twin.pattern = ascii_twin(self.pattern)
        return twin

    def _lines(self, low: str) -> tuple[tuple[int, int], ...]:
        """The anchored lines of the whole note: each line holding the mark whose start the anchor matches at."""
        match = self.anchor.match
        return tuple((a, b) for a, b in marked_lines(low, self.mark) if match(low, a) is not None)


# "Impression: Mickey has ...", "Nursing note: Lane ambulated ...": a field label opening a line, then the sentence's
# subject (one or two words) and what a person does.
# (searched only on the lines opening with such a label, one or two words and a person's verb, and there once at the
# line's start: the lines holding a colon asked at their start, `MarkedLinedAtStart`: perf52; was `Lined`)
_LABEL_SUBJECT = MarkedLinedAtStart(":", r"(?m)^[ \t]*(?:[a-z]+[ \t]+){0,2}[a-z]+[ \t]*:[ \t]*[a-z][a-z'’-]*"
                                    r"(?:[ \t]+[a-z][a-z'’-]*)?[ \t]+" + _PERSON_VERBS, re.compile(
    rf"(?im)^[ \t]*(?:[A-Za-z]+[ \t]+){{0,2}}[A-Za-z]+[ \t]*:[ \t]*({_W}(?:[ \t]+{_W})?)(?=[ \t]+{_PERSON_VERBS})"))
# "Chambers was admitted ...", "Hope denies ...": one capitalised word opening a sentence before what only a person
# does (not "reports" or "was seen": "See reports ...", "Mass was seen ...").
# (in an ASCII note tried only at the word before each verb in small letters, as the pattern asks it, and at the blanks
# before that word, `BeforeWords`: perf52; was every place of the lines holding the verb, `CasedLined`)
_SUBJECT_VERB = (r"denie|state|complains|underwent|tolerated|ambulated|verbaliz|was[ \t]+(?:admitted|discharged|"
                 r"transferred)|is[ \t]+an?[ \t]+\d|presents[ \t]")
_SUBJECT = BeforeWords(_SUBJECT_VERB, re.compile(
    r"(?m)(?:^|(?<=[.!?][ \t]{1,3}))[ \t]*([A-Z][a-z'’]+)(?=[ \t]+(?:denies|denied|states|stated|complains|underwent|"
    r"tolerated|ambulated|verbalized|verbalizes|was[ \t]+(?:admitted|discharged|transferred)|"
    r"is[ \t]+an?[ \t]+\d+[ \t-]*(?:year|yr|y/?o)|presents[ \t]+(?:with|for|to|today))\b)"), 1, lead=" \t", cased=True)
# What only a person does, after a sentence's first word: a word no vocabulary knows there is the person's name.
_PERSON_ONLY = re.compile(r"[ \t]+(?:denies|denied|complains[ \t]+of|verbaliz(?:es|ed)|(?:states|stated|reports|"
                          r"reported|tells[ \t]+me|told[ \t]+me)[ \t]+(?:that[ \t]+)?(?:she|he|they|her|his)\b)", re.I)
# "I, Ama Zubairu, am scribing for ...", "I, Dr. Okafor, attest ...": one to three words set off by commas after a
# clause-opening "I" are the writer's own name (a role there is a known word: "I, the undersigned,").
_FIRST_PERSON = Gated(Folded(r"i,[ \t]"), re.compile(
    rf"(?m)(?:^|[.!?:;][ \t]+)[ \t]*I,[ \t]+(?:(?i:dr|mr|mrs|ms)\.?[ \t]+)?({_W}(?:[ \t]+{_W}){{0,2}})[ \t]*,"
    rf"[ \t]+[A-Za-z]"))

# "Barragan Yuan cell# 410-322-1419", "Ama home 617-555-0134": the words right before a phone's label and number are
# whom it reaches (a family contact list).
# (behind the label's gate, in an ASCII note, tried only at the two words before each label, `BeforeWords`: perf52)
_PHONE_LABEL = r"(?:cell|home|work|mobile|phone|pager)[ \t]*(?:#|no\.?|:)?[ \t]*\(?\d\d\d"
_PHONE_OWNER = Gated(Folded(_PHONE_LABEL), BeforeWords(_PHONE_LABEL, re.compile(
    rf"\b({_W})(?:[ \t]+({_W}))?[ \t]+(?i:cell|home|work|mobile|phone|pager)[ \t]*(?:\#|no\.?|:)?[ \t]*"
    r"\(?\d{3}\b"), 2, heads=("cell", "home", "work", "mobile", "phone", "pager")))

def _apposed_ok(word: str) -> bool:
    """May `word` be part of a name set off by commas where only a name stands ("I, X Y,")? A census name or a word
    no vocabulary knows (a near-miss of a known word too: a typo is no likelier there than a name), never a word a
    title, relation, role or clinical vocabulary claims, in any case."""
    low = word.lower().strip("'’")
    if len(low) < 2 or claimed(low) or low in _ROLE_WORDS:
        return False
    return low in sl.census_names() or low not in known_safe()


# "DISCHARGE SUMMARY - lindsay, louis", "Late entry for Morch, Long", "Nowell ,  Vickie  L  F": the sorted name
# closing a heading line (or opening a registration line), surname, comma, given name and an optional initial.
# (a field of a line of fields ends at a wide gap as a heading ends at the line's end: "Preop: Lee, Ann   ASA 2")
# (searched only on the lines holding a comma, a word and the line's end or a wide gap after it, and there tried only
# where an opener starts, `LinedStarts`)
_SORTED_END = LinedStarts(r"(?m),[ \t]*[a-z][a-z'’-]*(?:[ \t]+[a-z]\.?)?(?=[ \t]*$|[ \t]{2,}[^ \t\n])",
                          r"[:\-]|\b(?:for|re)[ \t]", re.compile(
    rf"(?im)(?:[:\-][ \t]*|\b(?:for|re)[ \t]+)({_W})[ \t]*,[ \t]*({_W})(?:[ \t]+[A-Za-z]\.?)?"
    rf"(?=[ \t]*$|[ \t]{{2,}}\S)"))
_INITIAL_AFTER = re.compile(r"[ \t]+[A-Za-z]\b")
# (searched only on the lines opening with a word, a comma and a letter, and there once at the line's start: the lines
# holding a comma asked at their start, `MarkedLinedAtStart`: perf52; was `Lined`)
_SORTED_START = MarkedLinedAtStart(",", r"(?m)^[ \t]*[a-z][a-z'’-]*[ \t]*,[ \t]*[a-z]", re.compile(
    rf"(?im)^[ \t]*({_W})(?:[ \t]+,|,)[ \t]*({_W})(?=[ \t]+[A-Za-z]\b|[ \t]*$|[ \t]{{2,}})"))
# A sorted pair standing as a field anywhere in a line, not only closing a heading: "Last, First [M]" or "Last/First"
# opened by the line's start, a colon, bracket, quote, slash, dash or a preposition that introduces a person
# ('labeled "Lee, Ann"', "(Lee/Ann)", "Rx for Lee, Ann:", "released by lee, ann (pharm)", "Pronounced: Lee, Ann at
# 03:42") and closed by what ends a field: punctuation other than a comma, a bracket, a dash, a wide gap, the line's
# end, or a number or "at/on" and a number (a time, a date, an age). Prose joins everyday words by commas and slashes
# too, so the pair's own evidence decides (`sorted_pair`).
_PAIR_OPEN = r"(?:^|[:;(\[/\"“'‘]|[ \t]-|\b(?:for|re|by|with|from|labell?ed|named)\b)[ \t]*"
_PAIR_CLOSE = (r"(?=[ \t]*(?:[;:)\]\"”'’(/.!?]|$)|[ \t]+-[ \t]|[ \t]{2,}\S|[ \t]+(?:at[ \t]+|on[ \t]+|)\d"
               r"|[ \t]*,[ \t]*\d)")
# (searched only on the lines holding the pair and its close, `Lined`: the line's start, any punctuation or a
# preposition may open a pair, so `regex` tries the pattern at most places; the anchor is the pair from its first
# word's last character on with the close, `\S` widened to any character but a blank or newline, which stdlib `re`
# finds in a tenth of the time: 181 -> 122 ms a pass over the PhysioNet notes, the same matches; on those lines the
# pattern is tried at the line's start, its marks and its words, `LinedOpeners`: perf32, 97 -> 84 us a PhysioNet note,
# 289 -> 169 an MTSamples one)
_SORTED_FIELD = LinedOpeners(
    r"(?m)[,/][ \t]*[a-z][a-z'’-]*(?:[ \t]+[a-z]\.?)?"
    r"(?=[ \t]*(?:[;:)\]\"”'’(/.!?]|$)|[ \t]+-[ \t]|[ \t]{2,}[^ \t\n]|[ \t]+(?:at[ \t]+|on[ \t]+|)[0-9]"
    r"|[ \t]*,[ \t]*[0-9])",
    ":;([/\"“'‘-", ("for", "re", "by", "with", "from", "labeled", "labelled", "named"),
    re.compile(rf"(?im){_PAIR_OPEN}({_W})[ \t]*([,/])[ \t]*({_W})(?:[ \t]+([A-Za-z])\.?)?{_PAIR_CLOSE}"), before="-")
# A possessive before a noun that names a person (a title, role, credential or relation) or the people and place a
# clinician works with: its owner is a person ("follow up with Okafor's nurse practitioner", "LEVIN'S TEAM",
# "Ruiz's daughter"). The eponym's possessive stands before a disease or sign, never before these.
_PERSON_NOUNS = frozenset(TITLES - STRONG_TITLES) | frozenset(CREDENTIALS) | frozenset(RELATIONS) | frozenset({
    "team", "office", "staff", "assistant", "secretary", "scheduler", "partner", "partners", "colleague",
    "colleagues", "practice", "navigator", "nurses", "residents", "fellows", "physician", "pa-c", "apn", "ma"})
# Nouns of what happens to a patient in care or what a patient has in it (visits, tests, a fall, a ride, a refill,
# the chart): a possessive before one has a person for its owner ("moved Okafor's follow-up", "Wendell's MRI", "pt
# Lanning's fall"). An eponym's possessive stands before a disease, sign, test or manoeuvre, never before these (nor
# "procedure" or "surgery": "Hartmann's procedure", "Mohs' surgery" name operations by their surgeon).
_CARE_EVENTS = frozenset({
    "appointment", "appointments", "appt", "appts", "follow-up", "followup", "visit", "visits", "mri", "ct", "pet",
    "scan", "scans", "x-ray", "xray", "ultrasound", "echo", "labs", "bloodwork", "results", "biopsy",
    "infusion", "chemo", "fall", "discharge", "admission", "transfer", "ride", "transport",
    "transportation", "refill", "refills", "prescription", "prescriptions", "meds", "medications", "insurance",
    "claim", "chart", "records", "paperwork", "referral", "consult", "call", "message", "voicemail", "portal"})
# (tried only at the start of the word before each possessive, `RunAnchored`: the owner opens the match, so `regex`
# would try the owner's word at every letter of the note; the owner's letters and joiners run up to its "'s")
_ROLE_OWNER = Gated(stdre.compile(rf"['’](?<=(?:{LETTER}|[{MARKS}])['’])[sS][ \t]+[A-Za-z]"), RunAnchored(
    r"['’]s[ \t]+[a-z]", "abcdefghijklmnopqrstuvwxyz'’-", re.compile(
        rf"{NO_WORD_BEFORE}(?<!\.)({NAME_WORD_LETTER_END})['’][sS][ \t]+([A-Za-z][A-Za-z\-]*)(?![A-Za-z'’])")))
# "spoke w/ pt (FV)", "Patient (j.d.) seen": a patient's initials in brackets after the word for the patient.
_PATIENT_INITIALS = Gated(Folded(r"(?:patient|pt)\.?[ \t]*\("), re.compile(
    r"(?i)\b(?:patient|pt)\.?[ \t]*\([ \t]*((?:[A-Za-z]\.?){2,3})[ \t]*\)"))


def _given_surname_rule(upper: str, lower: str, word_end: str) -> Gated:
    """`_GIVEN_SURNAME` spelled with these capital, small-letter and word-end classes. (A chain of gates: two
    capitalised words first, which the search skips along to by the capitals: `regex` with the ASCII classes, several
    times faster there than the stdlib, the stdlib with the Latin ones, which `regex` scans slowly; the stdlib gate
    behind it opens on every small letter: perf35, ~19 -> ~8 us a PhysioNet note. With the ASCII classes the pattern
    is tried only before its capital pairs, `BeforeCapitalPair`: perf50.)"""
    first = (re if upper.isascii() else stdre).compile(rf"{upper}{lower}+[ \t]+{upper}{lower}")
    pattern = re.compile(
        rf"(?:(?<![A-Za-z'’.-])([a-z]+)[ \t]+|,[ \t]+|\([ \t]*)({upper}{lower}+)[ \t]+"
        rf"({upper}(?:{lower}|['’])+(?:-{upper}(?:{lower}|['’])+)?){word_end}"
        r"(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+[a-z])", re.M)
    return Gated(first, Gated(stdre.compile(rf"(?:[a-z,][ \t]+|\(){upper}{lower}+[ \t]+{upper}{lower}"),
                              BeforeCapitalPair(pattern) if upper == "[A-Z]" else pattern))


# A capital opening a word of small letters that blanks and a capital follow: the given name of `_GIVEN_SURNAME_ASCII`
# (zero width after it, so two pairs running on, "Ann Lee Bo", are both found).
_CAPITAL_PAIR = stdre.compile(r"[A-Z](?=[a-z]+[ \t]+[A-Z])")


class BeforeCapitalPair(Placed):
    """`_GIVEN_SURNAME_ASCII`'s pattern tried only where a match may open before a capital pair (`_CAPITAL_PAIR`) of
    an ASCII note. Why: the pattern opens on a choice whose first branch is a lookbehind, so `regex` tried it at every
    character of each note with case that passes its gates (~95 us an MTSamples or sample note; ~5 pairs a note).
    A match's given name is such a pair's first word; before it stand blanks, then the comma or small word that
    opens the match, or a bracket with or without blanks. A small word opens on the first letter of its run (the
    lookbehind refuses a small letter before it), so each pair gives one place: the comma, the bracket or that
    letter, or none. The places rise with the pairs and hold every start of a match, so the matches are the same, in
    order (tests compare both on real notes); a note with other characters is searched whole (`Placed`)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried at the place before each capital pair."""
        return self.tried_at(text, self._places(text, pos), pos, timeout)

    @staticmethod
    def _places(text: str, pos: int) -> Iterator[int]:
        """Where a match may start, rising (`tried_at` walks them)."""
        for c in _CAPITAL_PAIR.finditer(text, pos):
            q = c.start()
            while q and text[q - 1] in " \t":
                q -= 1
            if not q:
                continue
            before = text[q - 1]
            if before == "(" or (q < c.start() and before == ","):
                place = q - 1
            elif q < c.start() and "a" <= before <= "z":
                place = q - 1
                while place and "a" <= text[place - 1] <= "z":
                    place -= 1
            else:
                continue
            yield place


# A given name and a surname capitalised together inside a sentence of small letters, after a small-letter word,
# a comma or a bracket, and closed by punctuation or a small-letter word ("requested on Ida Peralto by", "(Moses
# Lanning, 9/20)", "summary for Jude Abernathy to"): where the line has case, two capitals mid-sentence are a proper
# noun, and a given name before a surname makes it a person (`_given_surname`).
# Both capitals are any Latin-script name's ("for Begoña Núñez to", `UPPER`, `LOWER`).
_GIVEN_SURNAME = _given_surname_rule(UPPER, LOWER, NO_WORD_AFTER)
# an ASCII note's: the same matches there, and `regex` scans [A-Z]/[a-z] about 12% faster than the Latin classes
_GIVEN_SURNAME_ASCII = _given_surname_rule("[A-Z]", "[a-z]", r"(?![A-Za-z'’-])")
# A nickname in quotes beside a full name: after it in brackets ('Ann Lee ("Bunny")') or between its given name and
# surname ('Ann "Bunny" Lee'), as "First (Nick) Last" is above without quotes.
# (behind the gate, in an ASCII note searched only on the lines holding the quoted word, `Lined`: perf36)
_QUOTED_NICKNAME = Gated(stdre.compile(r"[\"“][A-Za-z][A-Za-z'’-]*[\"”]"), Lined(
    r"[\"“][a-z][a-z'’-]*[\"”]",
    re.compile(rf"\b({_W})[ \t]+(?:({_W})[ \t]*\([ \t]*[\"“]({_W})[\"”][ \t]*\)|[\"“]({_W})[\"”][ \t]+({_W}))")))
# "raymond g. carlton", "Cody A. Hutton", "EZRA B. CAMPBELL": given name, initial with its period, surname.
# (behind the gate, in an ASCII note searched only on the lines holding the initial, `Lined`: perf36)
_FIRST_INITIAL_LAST = Gated(re.compile(r"[ \t][A-Za-z]\.[ \t]+[A-Za-z]"), Lined(
    r"[ \t][a-z]\.[ \t]+[a-z]", re.compile(rf"\b({_W})[ \t]+([A-Za-z])\.[ \t]+({_W})")))
# The small letters of a capitalised word (`_CAPITALISED`) in an ASCII note, and where one ends on a hyphen before a
# capital (the hyphen of `_HYPHENATED`'s surname).
_SMALL_RUN = frozenset("abcdefghijklmnopqrstuvwxyz'")
_SMALL_HYPHEN_CAPITAL = stdre.compile(r"[a-z']-[A-Z]")


class BeforeHyphen(Placed):
    """`_HYPHENATED`'s pattern tried, in an ASCII note, only at the given name before each hyphen that joins a small
    letter to a capital. Why: the pattern opens on a lookbehind, so `regex` tried it at every character of each note
    its gates let through (most MTSamples notes: "X-Ray", "Non-Hodgkin"; ~200 us such a note). A match's surname
    opens with a capitalised word ending on that hyphen, blanks stand before it, and before them the given name: a
    capital and the run of small letters (and "'") that ends there. Each hyphen so gives at most one place, the
    places rise with the hyphens (no hyphen lies in a match before its own) and hold every start of a match, so the
    matches are the same, in order (tests compare both on real notes); a note with other characters is searched
    whole (`Placed`)."""

    def __init__(self, pattern: re.Pattern):
        self.pattern = pattern

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried at the given name before each such hyphen."""
        return self.tried_at(text, self._places(text, pos), pos, timeout)

    @staticmethod
    def _places(text: str, pos: int) -> Iterator[int]:
        """Where a match may start, rising (`tried_at` walks them)."""
        for h in _SMALL_HYPHEN_CAPITAL.finditer(text, pos):
            place = h.start()  # the surname's first word: a capital, then small letters up to the hyphen
            while place and text[place - 1] in _SMALL_RUN:
                place -= 1
            if not place or not "A" <= text[place - 1] <= "Z":
                continue
            place -= 1
            surname = place
            while place and text[place - 1] in " \t":
                place -= 1
            given_end = place
            while place and text[place - 1] in _SMALL_RUN:  # the given name: the same shape
                place -= 1
            if given_end == surname or place == given_end or not place or not "A" <= text[place - 1] <= "Z":
                continue
            place -= 1
            yield place


# "Hope Smith-Jones": a capitalised word before a hyphenated surname of two census surnames or unknown words.
# (any Latin-script name: `UPPER`/`LOWER` are exactly [A-Z]/[a-z] on ASCII text)
_CAPITALISED = rf"{UPPER}(?:{LOWER}|['’])+"
# (a chain of gates: a hyphen before a capital first, which stdlib `re` skips along to by its hyphen; the gate behind
# it opens on every capital: perf35; behind them, in an ASCII note, tried only before each hyphen between a small
# letter and a capital, `BeforeHyphen`: perf50)
_HYPHENATED = Gated(stdre.compile(rf"-{UPPER}"), Gated(stdre.compile(rf"{_CAPITALISED}-{UPPER}"), BeforeHyphen(
    re.compile(rf"(?<![-\w])({_CAPITALISED})[ \t]+({_CAPITALISED}-{_CAPITALISED})(?![-\w])"))))

# A role before a person's surname, as a title ("Principal Lange agreed", "attorney Tuttle is drafting", "Rabbi Milam
# called") or with the name in brackets after a role or credential ("hospice RN (Heck)", "aide (Ruiz)"): the role is
# generic (`words.ROLE_TITLES`, `words.CREDENTIALS`), the name must be one (`_role_title_names`).
# (with the clinicians named by their specialty: "surgeon (Wolf)", "oncologist Young", "pediatrician Hale")
_ROLE_TITLE_EXTRA = frozenset({"surgeon", "physician", "hospitalist", "intensivist", "specialist", "consultant",
                               "anesthetist", "dentist"})
_ROLE_TITLE_ENDINGS = ("ologist", "iatrist", "ician")
_ROLE_TITLE_ALT = (longest_first(ROLE_TITLES | CREDENTIALS | _ROLE_TITLE_EXTRA)
                   + "".join(f"|[a-z]+{e}" for e in _ROLE_TITLE_ENDINGS))
# tried only where a role word (a hyphenated credential's first part) or a word ending as a specialist's stands
# (`base.WordAnchored`): credentials ("RN", "MD") are in most notes, so a gate on the words passes nearly every note
# and the case-insensitive alternation would be tried at every character
_ROLE_TITLE = WordAnchored({w.lower().split("-")[0] for w in ROLE_TITLES | CREDENTIALS | _ROLE_TITLE_EXTRA},
                           re.compile(
    rf"(?i)(?<![\w'’/-])(?:{_ROLE_TITLE_ALT})(?:[ \t]+(?!\()|[ \t]*\([ \t]*(?=[A-Za-z][A-Za-z'’-]*"
    rf"(?:[ \t]+[A-Za-z][A-Za-z'’-]*)?[ \t]*\)))({_W})(?:[ \t]+({_W}))?"), _ROLE_TITLE_ENDINGS)
_LABEL_COLON = re.compile(r"[ \t]*:")
_ROLE_WORD = re.compile(rf"(?i)(?:{_ROLE_TITLE_ALT})")
# "Visit by SC, RN", "seen by LB, LPN": a clinician's initials, two or three capitals, between "by" and a credential.
_CREDENTIAL_ALT = longest_first(CREDENTIALS)
_BY_INITIALS = Gated(Folded(rf",[ \t]*(?:{_CREDENTIAL_ALT.lower()})\b"), re.compile(
    rf"(?i)\bby[ \t]+((?-i:[A-Z]{{2,3}}))[ \t]*,[ \t]*(?:{_CREDENTIAL_ALT})\b(?![-/'’])"))


def _role_title_names(text: str, m: re.Match, cased: bool, first_group: int = 1) -> tuple[int, int] | None:
    """The name after a role (`_ROLE_TITLE`): where the line has case, a capitalised census name or word no
    vocabulary knows ("Principal Lange", "Rabbi Stone", never "Principal Investigator", "Attorney General" unless a
    surname); without case a census name that is no everyday word or a long unknown word ("ATTORNEY TUTTLE", never
    "NURSE WILL CALL"). A second word goes on the name only as a name too ("Principal Ann Lange"). `first_group`:
    the match's group of the first word (the second word's is the next)."""
    strength = "medium" if cased else "list"
    g = first_group
    first = m.group(g)
    if _ROLE_WORD.fullmatch(first) or not word_ok(first, cased, strength) or (cased and not first[0].isupper()) \
            or any(p in STOP for p in first.lower().split("-")):  # "the physician on-call"
        return None
    end = m.end(g)
    second = m.group(g + 1)
    if second and word_ok(second, cased, strength) and (not cased or second[0].isupper()) \
            and not _ROLE_WORD.fullmatch(second):
        end = m.end(g + 1)
    if _LABEL_COLON.match(text, end):
        return None  # "Radiologist Read:", "Pharmacist Review:": a heading's label, not a person
    return m.start(g), end


# A person named after what they do, as a title, by roles no list holds ("Dispatcher Kessler relayed", "courier
# mendez picked up", "the hotel clerk, Lowry, found"): who fills the contact positions of a note (transport, courts,
# housing, emergency services, businesses) is named by an agent noun, and no list of roles is ever complete. The
# agent noun is told from the English dictionary by its morphology (`agent_nouns`), so the frame holds for roles
# nobody listed; the name must be one (`_role_title_names`) and be followed by what the person does (a verb form or
# an auxiliary) or by the clause's end, as a title before a name is.
_AGENT_SUFFIXES = (("eer", ("",)), ("er", ("", "e", "@")), ("or", ("", "e")), ("ist", ("", "y", "e")),
                   ("ian", ("", "y", "e")))
# Heads of compound agent nouns, after a dictionary word ("locksmith", "lifeguard", "doorman", "repairwoman")
_AGENT_HEADS = ("smith", "wright", "guard", "man", "woman")
# a word the dictionary holds at least this often to be an agent noun (below: misspellings and rare coinages)
_AGENT_MIN_FREQ = 100
# a stem the dictionary holds at least this often (as `context.verb_form` reads an inflection's stem)
_AGENT_STEM_FREQ = 1_000
AGENT_NOUNS_FILE = "deid/agent_nouns.txt"


def _agent_stems(low: str) -> list[str]:
    """The words `low` may be an agent noun of ("dispatcher": dispatch; "driver": drive; "sitter": sit;
    "supervisor": supervise; "receptionist": reception; "therapist": therapy; "librarian": library)."""
    for suffix, restores in _AGENT_SUFFIXES:
        if low.endswith(suffix) and len(low) > len(suffix) + 2:
            stem = low[:-len(suffix)]
            out = []
            for r in restores:
                if r == "@":  # a doubled final consonant: "sitter", "shopper"
                    if len(stem) > 3 and stem[-1] == stem[-2]:
                        out.append(stem[:-1])
                else:
                    out.append(stem + r)
            return out
    return []


def derive_agent_nouns() -> list[str]:
    """Dictionary words that name a person by what they do, sorted: a word ending -eer/-er/-or/-ist/-ian whose stem
    is a word the dictionary holds (`_agent_stems`), or a dictionary word joined to such a noun or to an agent head
    (`_AGENT_HEADS`: "bookkeeper", "locksmith", "doorman"); never a comparative ("older": the stem takes -est too,
    "oldest"), a word of the medical vocabulary ("generator", "counter", "rubber", "shoulder": things and
    positions as often, "driver" too), a word a vocabulary claims ("doctor", "examiner"), a census
    given name ("Vivian"), a compound that is a census surname no everyday word is ("Goodman", "Bowman"), or a role
    the role frame lists already. Why morphology: the roles of the people a note names for contact are an open
    class, and most are a verb or noun with an agent ending, which the dictionary tells without a list. Written to
    `AGENT_NOUNS_FILE` (`python -m cancerprep.stages.deid.recognizers.person_frames`): derived at each start it
    cost 0.8 s; a test keeps the file equal to this derivation."""
    freq = sl.word_freq()

    def agent(low: str) -> bool:
        return any(len(s) >= 3 and freq.get(s, 0) >= _AGENT_STEM_FREQ for s in _agent_stems(low))

    def compound(low: str) -> bool:  # "bookkeeper", "bartender", "locksmith", "doorman": a word, then an agent head
        return any(low[:i] in freq and freq[low[:i]] >= _AGENT_STEM_FREQ and (
            low[i:] in _AGENT_HEADS or (len(low) - i >= 5 and freq.get(low[i:], 0) >= _AGENT_STEM_FREQ
                                        and agent(low[i:]))) for i in range(3, len(low) - 2))

    out = []
    for low, n in freq.items():
        if n < _AGENT_MIN_FREQ or not low.isalpha() or not low.isascii():
            continue
        if not agent(low) and (not compound(low) or (low in sl.last_names() and not sl.is_common(low))):
            continue  # (a compound that is a census surname no everyday word is, "Goodman", "Bowman": a name)
        if low.endswith("er"):
            base = low[:-2]
            bases = (base, base[:-1]) if len(base) > 3 and base[-1] == base[-2] else (base,)
            if any(freq.get(b + "est", 0) > 0 for b in bases):
                continue  # a comparative: "older" / "oldest", "bigger" / "biggest", "later" / "latest"
        if low in sl.medical_words() or claimed(low) or low in ROLE_TITLES or low in _ROLE_TITLE_EXTRA \
                or low in sl.first_names():
            continue
        out.append(low)
    return sorted(out)


@functools.cache
def agent_nouns() -> frozenset[str]:
    """The shipped agent nouns (`derive_agent_nouns`, read once)."""
    return frozenset(resources.data_lines(AGENT_NOUNS_FILE))


@functools.cache
def _agent_title() -> WordAnchored:
    """The agent-noun frame's pattern, tried only where an agent noun stands (`agent_nouns`, read once): a name of
    one or two words after it, or set off by commas ("the hotel clerk, Lowry, found"), then a word or the clause's
    end (`_agent_closed` judges it)."""
    return WordAnchored(agent_nouns(), re.compile(
        rf"(?i)(?<![\w'’/-])(?P<role>[a-z]+)(?:([ \t]*,[ \t]*)|[ \t]+)({_W})(?:[ \t]+({_W}))?"
        rf"(?(2)(?=[ \t]*,)|(?=[ \t]*(?:[,;:.)(]|$)|[ \t]+([A-Za-z]+)\b))", re.M))


_AFTER_NAME = re.compile(r"[ \t]*(?:([,;:.)(])|$)|[ \t]+([A-Za-z]+)\b", re.M)


def _agent_closed(text: str, end: int) -> bool:
    """Does the name of an `_agent_title` match, ending at `end`, end a clause or come before what the person did?
    A past tense or an auxiliary after it ("Kessler relayed", "Mendez picked", "Marsh called", "Stevens will"), a
    verb of reporting the stop list holds (`_STOP_VERBS`), or punctuation or the line's end. (Other "-s" forms are
    plural nouns as often: "rubber Robinson catheters".)"""
    m = _AFTER_NAME.match(text, end)
    if m is None or m.group(2) is None:
        return m is not None
    low = m.group(2).lower()
    return past_or_auxiliary(low) or low in _STOP_VERBS


# Verbs of reporting and contact the stop list holds (`verb_form` refuses stop words): what a named contact does.
_STOP_VERBS = frozenset(w for w in STOP if w.endswith("ed") or w in {"states", "says", "said", "spoke", "came", "gave",
                                                                      "made", "brought", "reports", "wants", "feels"})


def _given_like(low: str) -> bool:
    """May `low` be the given name a frame demands by its own evidence? A census first name, or a word no vocabulary
    knows (`unknown_word` "frame") spelled like a name (`name_likeness`): given names of origins the census lists
    miss ("Ubaadah", "Zdenko") stand in the same frames, and a typo or shorthand there is rarely spelled like one."""
    return low in sl.first_names() or (unknown_word(low, "frame") and name_like(low))


def _pair_given(first: str, last: str, initial: bool) -> bool:
    """Is `first` the given name of a sorted pair "`last`, `first`"? A census first name; a word spelled like a name
    (`_given_like`) only with a second sign of a person, a middle initial after it or a census surname before it:
    brand names of drugs are unknown words spelled like names too, and a plan lists them by commas ("Keytruda,
    Lynparza")."""
    return first in sl.first_names() or (_given_like(first) and (initial or last in sl.last_names()))


def _spelled_pair(first: str, last: str) -> bool:
    """Are `first` and `last` of a sorted pair both words no vocabulary knows spelled like names (`_given_like`)? The
    evidence of names of origins no census list holds ("Darain, Ubaadah"); brand names of drugs are spelled like
    names too, so only where the pair closes a capitals heading or follows "for"/"re" (`frames`), never after a
    plan's colon ("Plan: Keytruda, Lynparza")."""
    return _given_like(first) and _given_like(last)


def surname_like(low: str) -> bool:
    """Each hyphen-joined part of `low` a census surname or a word no vocabulary knows ("micek-nunez"): what a
    surname's own evidence must be wherever a frame or slot takes one."""
    return all(p in sl.last_names() or unknown_word(p, "frame") for p in low.split("-") if p)


def claimed(low: str) -> bool:
    """A word some vocabulary claims for a role or for clinical text: never a name in a frame."""
    base = bare(low)
    return (base in STOP or base in TITLES or base in RELATIONS or base in CREDENTIALS or base in _ROLE_WORDS
            or medical_only(base) or base in protect.protected_words() or bool(MONTH_DAY.match(base)))


def word_ok(word: str, cased: bool, strength: str) -> bool:
    """May `word` be a name in a frame of this strength ("strong", "list" or "medium"), on a line that does
    (`cased`) or does not carry case? Judged as written without diacritics (`ascii_fold`), as the vocabularies and
    census lists spell words: "Zoë" is "Zoe"."""
    low = lookup_form(word)
    if len(low) < 2 or claimed(low):
        return False
    parts = [p for p in low.split("-") if p]
    if len(parts) > 1:  # "micek-nunez": every part a name or unknown
        return all(p in sl.census_names() or unknown_word(p, "frame") for p in parts)
    if cased:
        if not word[0].isupper() or (word.isupper() and len(word) > 1 and low not in sl.census_names()):
            return False  # a capital vouches; an acronym ("CT") does not
        if strength == "list":  # a surname in a bed or census list: a census name no everyday word, or unknown
            return (low in sl.census_names() and not sl.is_common(low)) or unknown_word(low, "frame")
        return strength == "strong" or low in sl.census_names() or unknown_word(low, "frame")
    if low in sl.census_names():
        if strength == "strong":
            return True
        if strength == "list":
            return not sl.is_common(low)
        return (low in sl.first_names() and sl.word_freq().get(low, 0) < 10_000 and low not in sl.medical_words())
    # without case an unknown word is as likely charting shorthand ("FOLLOW LYTES"): only a list frame takes it, or
    # a medium frame when the word is spelled like a name (`name_likeness`)
    return unknown_word(low, "frame") and len(low) >= 5 and (strength != "medium" or name_like(low))


def _name_group(words: list[str], cased: bool, rare: bool = True) -> bool:
    """Do these words, taken together, name people? Every one a census name or unknown word (capitalised where the
    line has case) that nothing claims, and (when `rare`) one at least no everyday word: "Sherrod, Rains", never
    "Stable, Afebrile"."""
    def ok(w: str) -> bool:
        low = w.lower()
        if claimed(low) or not (low in sl.census_names() or unknown_word(low, "frame")):
            return False
        return not cased or (w[0].isupper() and (not w.isupper() or low in sl.census_names()))
    return bool(words) and all(ok(w) for w in words) and (not rare or any(
        unknown_word(w.lower(), "frame") or not sl.is_common(w.lower()) for w in words))


def _words(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(_W, text[:end], pos=start)]


def _all_words(text: str, start: int, end: int, cased: bool, strength: str) -> tuple[int, int] | None:
    """The span of text[start:end] when every word of it may be a name, else None."""
    ws = _words(text, start, end)
    if not ws or not all(word_ok(w, cased, strength) for _, _, w in ws):
        return None
    return ws[0][0], ws[-1][1]


def frames(text: str) -> list[tuple[int, int, str]]:
    """(start, end, frame) of every name the person frames find in `text`."""
    out: list[tuple[int, int, str]] = []

    def cased_at(pos: int) -> bool:
        return line_cased(text, pos)

    def add_all(m: re.Match, g: int, strength: str, frame: str) -> None:
        if m.group(g):
            span = _all_words(text, m.start(g), m.end(g), cased_at(m.start(g)), strength)
            if span:
                out.append((*span, frame))

    for m in _SALUTATION.finditer(text):
        add_all(m, 1, "strong", "salutation")
    for m in _SALUTATION_INLINE.finditer(text):
        add_all(m, 1, "medium", "salutation")
    for m in _NICKNAME.finditer(text):
        add_all(m, 1, "strong", "nickname")
        add_all(m, 2, "medium", "nickname")
    for m in _NICKNAME_OWNER.finditer(text):
        add_all(m, 1, "medium", "nickname-owner")
    for m in _BED_LINE.finditer(text):
        add_all(m, 1, "list", "bed-line")
    for m in _PATIENT_LIST.finditer(text):
        cased = cased_at(m.start(1))
        items = re.split(r"(?i)[ \t]*(?:,?[ \t]*\band\b|,|;)[ \t]*", m.group(1))
        spans, words = [], []
        pos = m.start(1)
        for item in items:
            k = text.index(item, pos)
            pos = k + len(item)
            if not item or item.lower() in ("others", "other", "etc"):
                continue
            if len(item.split()) > 2:
                spans = []
                break
            spans.append((k, pos, "patient-list"))
            words += item.split()
        if len(spans) >= 2 and _name_group(words, cased):  # every item a name, or none
            out.extend(spans)
    for m in finditer(_NEWBORN, text):  # (`finditer`: a note without "baby" is not scanned)
        cased = cased_at(m.start(1))
        if word_ok(m.group(1), cased, "strong"):
            end = m.end(1)
            if m.group(2) and word_ok(m.group(2), cased, "medium") and not (cased and not m.group(2)[0].isupper()):
                end = m.end(2)  # "Baby Girl Ann Archer"
            out.append((m.start(1), end, "newborn"))
    for m in _PATIENT_PAREN.finditer(text):
        add_all(m, 1, "medium", "patient-paren")
    # each match tagged with its rule (not told by `m.re`: a twin of the pattern would answer with its own; perf43)
    for handover, m in [*((False, m) for m in _OBJECT.finditer(text)), *((True, m) for m in _HANDOVER.finditer(text))]:
        # after "per" notes name services as often as people ("per Nsurg,"): a census name or a word spelled like one
        per = m.group(0)[:3].lower() == "per"
        cased = cased_at(m.start(1))
        for last in (2, 1):  # "see Victor Chin for", else "see Adrian back"
            if not m.group(last) or not (_CLOSER.match(text, m.end(last))
                                         or (per and _PER_SUBJECT.match(text, m.end(last)))
                                         or (handover and _HANDOVER_CLOSER.match(text, m.end(last)))):
                continue
            words = [m.group(g) for g in range(1, last + 1)]
            if all(word_ok(w, cased, "medium") and not (per and w.lower() not in sl.census_names()
                                                         and not name_like(w.lower())) for w in words):
                out.append((m.start(1), m.end(last), "object"))
                break
    for m in finditer(_SIGNATURE, text):
        add_all(m, 1, "medium", "signature")
    for m in _AGE_APPOSITION.finditer(text):
        ws = [w for _, _, w in _words(text, m.start(1), m.end(1)) if len(w) > 1]
        first = ws[0].lower() if ws else ""
        # a census given name first vouches for everyday words after it ("Johnny Green, a 72-year-old")
        if ws and (first in sl.first_names() or unknown_word(first, "frame")) and _name_group(
                ws, cased_at(m.start(1)), rare=first not in sl.first_names() or len(ws) == 1):
            out.append((m.start(1), m.end(1), "age-apposition"))
    for m in _BEFORE_DOB.finditer(text):
        ws = _words(text, m.start(1), m.end(1))
        while ws and not word_ok(ws[0][2], cased_at(m.start(1)), "medium"):
            ws = ws[1:]  # "Patient Ann Lee DOB": the words before the name
        if ws and (len(ws) > 1 or ws[0][2].lower() in sl.first_names() or unknown_word(ws[0][2].lower(), "frame")):
            span = _all_words(text, ws[0][0], ws[-1][1], cased_at(m.start(1)), "medium")
            if span:
                out.append((*span, "before-dob"))
    for m in _PAREN_NICKNAME.finditer(text):
        first, nick, last = (m.group(g).lower() for g in (1, 2, 3))
        if _given_like(first) and _given_like(nick) \
                and (last in sl.last_names() or unknown_word(last, "frame")) \
                and not any(claimed(w) for w in (first, nick, last)):
            out.append((m.start(1), m.end(3), "paren-nickname"))
    for m in _WITH_RELATIVE.finditer(text):
        add_all(m, 1, "medium", "with-relative")
    for rx, frame in ((_AS_YOU_KNOW, "as-you-know"), (_LABEL_SUBJECT, "label-subject")):
        for m in finditer(rx, text):
            ws = _words(text, m.start(1), m.end(1))
            cased = cased_at(m.start(1))
            # the subject's first word a given name ("Mass is", "Lasix was" are none); after a label, where a capital
            # proves nothing, never a lone word no vocabulary knows ("Plan: Attg agrees", "Plan: Keytruda was held":
            # drug brands are spelled like names), but a word spelled like a given name before a surname ("Triage:
            # Ama Lai arrived")
            first = ws[0][2].lower() if ws else ""
            pair = len(ws) == 2 and _given_like(first) and surname_like(ws[1][2].lower().strip("'’"))
            if ws and (first in sl.first_names() or pair or (frame == "as-you-know" and unknown_word(first, "frame"))):
                add_all(m, 1, "medium", frame)
    for m in _SUBJECT.finditer(text):
        w = m.group(1)
        low = w.lower()
        # a sentence's first word has its capital anyway: a census name ("Nsurg states" is a service), or, before
        # what only a person does ("denies", "states that", "complains of"), a word no vocabulary knows that is no
        # charting shorthand (unknown_word "frame"): names of every origin are such words ("Baseer states that she ...")
        if cased_at(m.start(1)) and not claimed(low) and (low in sl.census_names() or (
                unknown_word(low, "frame") and _PERSON_ONLY.match(text, m.end(1)))):
            out.append((m.start(1), m.end(1), "subject"))
    for m in _PHONE_OWNER.finditer(text):
        cased = cased_at(m.start(1))
        groups = [g for g in (1, 2) if m.group(g)]
        for first in groups:  # both words, else the last one alone ("Call Ama home ...")
            if _name_group([m.group(g) for g in groups if g >= first], cased):
                out.append((m.start(first), m.end(groups[-1]), "phone-owner"))
                break
    for m in _FIRST_PERSON.finditer(text):
        ws = _words(text, m.start(1), m.end(1))
        if ws and all(_apposed_ok(w) for _, _, w in ws):
            out.append((ws[0][0], ws[-1][1], "first-person"))
    for m in _YOUNG.finditer(text):
        w = m.group(1)
        cased = cased_at(m.start(1))
        if _given_like(w.lower()) and word_ok(w, cased, "medium"):
            out.append((m.start(1), m.end(1), "young"))
    for rx, frame in ((_SORTED_END, "sorted-end"), (_SORTED_START, "sorted-start")):
        for m in rx.finditer(text):
            last, first = m.group(1).lower(), m.group(2).lower()
            # a middle initial: inside the heading's match, or the one letter the registration line's lookahead saw
            initial = m.end() > m.end(2) or bool(_INITIAL_AFTER.match(text, m.end(2)))
            if claimed(last) or claimed(first):
                continue
            if not _pair_given(first, last, initial) and not (rx is _SORTED_END and _heading_opens(text, m)
                                                              and _spelled_pair(first, last)):
                continue
            if not (last in sl.last_names()
                    or all(unknown_word(p, "frame") or p in sl.last_names() for p in last.split("-"))):
                continue
            out.append((m.start(1), m.end(2), frame))
    for m in _FIRST_INITIAL_LAST.finditer(text):
        first, initial, last = m.group(1), m.group(2), m.group(3)
        shapes = {_shape(first), _shape(last), "upper" if initial.isupper() else "lower"}
        if len(shapes - {"upper"}) > 1:
            continue  # one case throughout: "raymond g. carlton", "Cody A. Hutton", "EZRA B. CAMPBELL"
        fl, ll = first.lower(), last.lower().strip("'’")
        if not _given_like(fl) or claimed(fl) or claimed(ll) or len(fl) < 3:
            continue
        if not (ll in sl.last_names() or unknown_word(ll, "frame")) or (sl.is_common(fl) and sl.is_common(ll)):
            continue
        out.append((m.start(1), m.end(3), "first-initial-last"))
    for m in _HYPHENATED.finditer(text):
        first, last = ascii_fold(m.group(1).lower()), ascii_fold(m.group(2).lower())  # as the census spells them
        if claimed(first) or not all(p in sl.last_names() or unknown_word(p, "frame") for p in last.split("-")):
            continue
        if not (first in sl.census_names() or unknown_word(first, "frame")) \
                or any(claimed(p) for p in last.split("-")):
            continue
        out.append((m.start(1), m.end(2), "hyphenated"))
    for m in _ROLE_TITLE.finditer(text):
        span = _role_title_names(text, m, cased_at(m.start(1)))
        if span:
            out.append((*span, "role-title"))
    for m in _agent_title().finditer(text):
        if m.group("role").lower() not in agent_nouns():
            continue  # (a note with other characters is searched whole: its matches open on any word)
        cased = cased_at(m.start(3))
        span = _role_title_names(text, m, cased, first_group=3)
        if span and _agent_closed(text, span[1]) and (cased or all(
                (low := lookup_form(w)) in sl.census_names() or name_like(low) for w in text[span[0]:span[1]].split())):
            out.append((*span, "agent-title"))  # (without case a census name or a word spelled like one: a word no
            # vocabulary knows is shorthand as often there, "MGMT PROMOTER UNMETHYLATED")
    for m in _BY_INITIALS.finditer(text):
        if m.group(1).lower() not in CREDENTIALS and m.group(1).lower() not in TITLES:
            out.append((m.start(1), m.end(1), "by-initials"))
    out.extend(sorted_fields(text))
    out.extend(role_owners(text))
    out.extend(event_owners(text))
    out.extend(patient_initials(text))
    out.extend(given_surnames(text))
    out.extend(quoted_nicknames(text))
    return out


def _heading_opens(text: str, m: re.Match) -> bool:
    """Does the sorted pair of `_SORTED_END` match `m` follow "for"/"re" or a dash closing a heading written in
    capitals ("DISCHARGE SUMMARY - ", "Late entry for ")? A colon opens a plan's list as often as a name."""
    opener = m.group(0)[:m.start(1) - m.start()].strip().lower()
    if opener in ("for", "re"):
        return True
    if opener != "-":
        return False
    head = text[text.rfind("\n", 0, m.start()) + 1:m.start()]
    return any(c.isalpha() for c in head) and head.isupper()


def sorted_pair(last: str, first: str, cased: bool, initial: bool = False) -> bool:
    """Do `last` and `first`, joined by a comma or slash as a field, name a person surname first? The surname a
    census surname or a word no vocabulary knows (hyphenated, each part), the given name one (`_pair_given`;
    `initial`: a middle initial follows it), neither claimed by any vocabulary, not both everyday words ("Brown,
    Mark" counts; "White, Will" does not), and one shape throughout where the line has case ("Lee, Ann", "LEE, ANN";
    not "Lee, ann")."""
    ll, fl = last.lower(), first.lower()
    if len(fl) < 2 or len(ll) < 2 or not _pair_given(fl, ll, initial) or claimed(fl) or claimed(ll):
        return False
    if not surname_like(ll):
        return False
    if any(claimed(p) for p in ll.split("-") if p) or (sl.is_common(fl) and sl.is_common(ll)):
        return False
    if cased:
        shapes = {_shape(last), _shape(first)}
        return shapes in ({"title"}, {"upper"}) or (shapes == {"title", "upper"} and last.isupper())
    return True


# What `_PAIR_OPEN` opens on in an ASCII note besides the line's start and its words: its marks ("‘" and "“" are not
# ASCII), and the characters of a name word there (ASCII letters, "'" and "-": `NAME_WORD`'s runs and joiners).
_PAIR_MARKS = frozenset(":;([/\"'")
_PAIR_WORDS = ("for", "re", "by", "with", "from", "labeled", "labelled", "named")
_NAME_RUN = frozenset("abcdefghijklmnopqrstuvwxyz'-")


def sorted_field_places(low: str) -> list[int]:
    """Where a `_SORTED_FIELD` match may start in the lower-cased ASCII note `low`, in order: found back from each of
    its anchor's places (a separator, "," or "/", before a word and the pair's close). Why: `LinedOpeners` tried the
    pattern at every mark and opening word of each anchored line (~12 places a PhysioNet note, a `regex` try ~1.3 us
    each, and ~16 us to list them), though a match's separator is one of the anchor's places (the anchor is the match
    from its separator on, read more widely; no anchor match holds a second separator, so the scan meets each) and what
    stands before it is fixed: blanks, the given word (a run of letters, "'" and "-"), blanks, the opener. The opener
    ends where those blanks start (none of its kinds ends on a blank), or, with no blanks, inside the run on a "'" (a
    mark) or after a blank on a "-" (`[ \t]-`). So the places are: the blanks' start where it is a line's start, the
    mark, blank and "-" or opening word right before them, and each "'" and blank-led "-" inside the run; a place
    where no match starts costs one try. Each is on the anchored line, so `LinedOpeners` tried it too (its places hold
    every start of a match), and the matches are the same, in order (tests compare both on real notes)."""
    places: set[int] = set()
    for a in _SORTED_FIELD.anchor.finditer(low):
        end = a.start()  # the separator; the given word ends at the blanks before it
        while end and low[end - 1] in " \t":
            end -= 1
        run = end
        while run and low[run - 1] in _NAME_RUN:
            run -= 1
        if run == end:
            continue  # no word before the separator
        q = run
        while q and low[q - 1] in " \t":
            q -= 1
        if q == 0 or low[q - 1] == "\n":
            places.add(q)  # `^`
        elif low[q - 1] in _PAIR_MARKS:
            places.add(q - 1)
        elif low[q - 1] == "-" and q > 1 and low[q - 2] in " \t":
            places.add(q - 2)
        else:
            places.update(q - len(w) for w in _PAIR_WORDS if low.endswith(w, 0, q))
        if low[run] == "-" and run and low[run - 1] in " \t":
            places.add(run - 1)  # " -Lee, Ann": the dash opens, the word follows it at once
        i = low.find("'", run, end)
        while i != -1:
            places.add(i)  # "'Lee, Ann'": the quote opens inside the run
            i = low.find("'", i + 1, end)
    return sorted(places)


def sorted_field_matches(text: str) -> Iterable[re.Match]:
    """`_SORTED_FIELD.finditer(text)`: in an ASCII note the pattern tried only at `sorted_field_places` (each within
    its line, as `LinedOpeners` tries it); another note is searched whole, as before."""
    if not text.isascii():
        yield from _SORTED_FIELD.finditer(text)
        return
    done = 0
    match = _SORTED_FIELD.pattern.match
    for b in sorted_field_places(lowered(text)):
        if b < done:
            continue
        end = text.find("\n", b)
        m = match(text, b, len(text) if end == -1 else end)
        if m is not None:
            done = m.end()
            yield m


def sorted_fields(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "sorted-field") of each surname and given name of a sorted pair standing as a field
    (`_SORTED_FIELD`); the middle initial goes with the given name."""
    out: list[tuple[int, int, str]] = []
    for m in sorted_field_matches(text):
        last, first = m.group(1), m.group(3)
        if sorted_pair(last, first, line_cased(text, m.start(1)), bool(m.group(4))):
            out.append((m.start(1), m.end(1), "sorted-field"))
            out.append((m.start(3), m.end(4) if m.group(4) else m.end(3), "sorted-field"))
    return out


def role_owners(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "role-owner") of each owner of a person noun's possessive (`_ROLE_OWNER`): a census name or a word
    no vocabulary knows, nothing claims, no place; capitalised where the line has case; an everyday word only where a
    capital mid-sentence vouches for it ("with Brown's nurse", not "Day's nurse" opening a line)."""
    return _possessive_owners(text, _PERSON_NOUNS, "role-owner")


def event_owners(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "event-owner") of each owner of a care event's possessive (`_CARE_EVENTS`: "Okafor's follow-up",
    "WENDELL'S MRI", "pt Lanning's fall"), by the same evidence as `role_owners` (a census name that names a town
    too counts: "Adams's follow-up"), no medical word, and no eponym the
    note writes before a disease noun ("Parkinson's disease" makes "Parkinson's meds" a disease's)."""
    out = []
    for o in _possessive_owners(text, _CARE_EVENTS, "event-owner", places=True):
        low = text[o[0]:o[1]].lower()
        if low in sl.medical_words() or stdre.search(rf"(?i)\b{stdre.escape(low)}(?:['’]?s)?[ \t]+{_DISEASE_NOUNS}",
                                                     text):
            continue  # a disease's eponym, as the note itself writes it: "Parkinson's disease ... Parkinson's meds"
        out.append(o)
    return out


# The nouns a disease's eponym stands before, by which a note shows that a name before a care event is a disease's.
_DISEASE_NOUNS = r"(?:disease|syndrome|disorder|palsy|sarcoma|lymphoma|tumou?r)\b"


# a small-letter word or a comma, then blanks, right before a word (a capital there is mid-sentence)
_SMALL_WORD_BEFORE = re.compile(r"[a-z,][ \t]+$")


@functools.lru_cache(maxsize=4)
def _role_owner_matches(text: str) -> tuple[re.Match, ...]:
    """`_ROLE_OWNER`'s matches in `text`, kept for the last notes: `role_owners` and `event_owners` read the same
    possessives, so the note is scanned once (match objects are never changed)."""
    return tuple(_ROLE_OWNER.finditer(text))


def _possessive_owners(text: str, nouns: frozenset[str], label: str, places: bool = False
                       ) -> list[tuple[int, int, str]]:
    """(start, end, label) of the owner of each possessive before one of `nouns` (see `role_owners`); with `places`
    a census name that also names a town counts ("Adams's follow-up": a town has no follow-up, a team has a town)."""
    out: list[tuple[int, int, str]] = []
    for m in _role_owner_matches(text):
        if m.group(2).lower() not in nouns:
            continue
        word = m.group(1)
        low = word.lower()
        if len(low) < 3 or claimed(low) or low in sl.us_states() or (
                low in sl.place_words() and not (places and low in sl.census_names())):
            continue
        if not (low in sl.census_names() or unknown_word(low, "frame")):
            continue
        cased = line_cased(text, m.start(1))
        if cased and not (word[0].isupper() and (not word.isupper() or low in sl.census_names())):
            continue
        if sl.is_common(low):
            before = text[max(0, m.start(1) - 3):m.start(1)]
            if not cased or not word[1:].islower() or not _SMALL_WORD_BEFORE.search(before):
                continue
        out.append((m.start(1), m.end(1), label))
    return out


def patient_initials(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "patient-initials") of a patient's initials in brackets after "patient"/"pt": two or three
    letters (dots allowed) that no word or clinical abbreviation spells ("pt (DNR)", "pt (ok)"), capitals where the
    line has case."""
    out: list[tuple[int, int, str]] = []
    for m in _PATIENT_INITIALS.finditer(text):
        init = m.group(1)
        letters = init.replace(".", "")
        if known_group(letters) or (line_cased(text, m.start(1)) and not letters.isupper()):
            continue
        out.append((m.start(1), m.end(1), "patient-initials"))
    return out


def given_surnames(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "given-surname") of each capitalised given name and surname inside a sentence of small letters
    (`_GIVEN_SURNAME`) on a line with case: the given name a census first name, the surname a census surname or a
    word no vocabulary knows, neither claimed, medical, a place or a state, not both everyday words ("Rocky
    Mountain", "Hope Lodge"), and not after a determiner or a place preposition ("in Palm Beach", "at Grace")."""
    out: list[tuple[int, int, str]] = []
    for m in (_GIVEN_SURNAME_ASCII if text.isascii() else _GIVEN_SURNAME).finditer(text):
        # the vocabularies spell names in ASCII: an accented name is judged as so written ("Begoña" as "Begona")
        before, first, last = m.group(1), ascii_fold(m.group(2).lower()), ascii_fold(m.group(3).lower().strip("'’"))
        if before in NOT_BEFORE_PAIR or not line_cased(text, m.start(2)):
            continue
        if first not in sl.first_names() or len(first) < 2 or claimed(first) or first in sl.medical_words():
            continue
        parts = [p for p in last.split("-") if p]
        if not all((p in sl.last_names() or unknown_word(p, "frame")) and not claimed(p)
                   and p not in sl.medical_words() for p in parts):
            continue
        if (sl.is_common(first) and sl.is_common(last)) or f"{first} {last}" in sl.us_cities() or any(
                w in sl.us_states() or w in sl.place_words() for w in (first, last)):
            continue
        out.append((m.start(2), m.end(3), "given-surname"))
    return out


def quoted_nicknames(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "quoted-nickname") of a quoted nickname beside a full name (`_QUOTED_NICKNAME`) and of the full
    name: a given name (`_given_like`), a census surname or unknown word, and a given name in the quotes, none
    claimed by a vocabulary."""
    out: list[tuple[int, int, str]] = []
    for m in _QUOTED_NICKNAME.finditer(text):
        last_g, nick_g = (2, 3) if m.group(2) else (5, 4)
        first, last, nick = (m.group(g).lower().strip("'’") for g in (1, last_g, nick_g))
        if not _given_like(first) or not _given_like(nick) or any(
                claimed(w) for w in (first, last, nick)):
            continue
        if not surname_like(last):
            continue
        for g in (1, last_g, nick_g):
            out.append((m.start(g), m.end(g), "quoted-nickname"))
    return out


def _shape(word: str) -> str:
    if word.isupper():
        return "upper"
    if word.islower():
        return "lower"
    return "title"



if __name__ == "__main__":  # rewrite the shipped agent nouns from the dictionary (`derive_agent_nouns`)
    from pathlib import Path

    Path(str(resources.data(AGENT_NOUNS_FILE))).write_text(
        "# derive_agent_nouns(): agent nouns of the English dictionary (python -m "
        "cancerprep.stages.deid.recognizers.person_frames)\n" + "\n".join(derive_agent_nouns()) + "\n",
        encoding="utf-8")

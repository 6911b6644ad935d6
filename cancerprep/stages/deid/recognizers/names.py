"""Person names over tokens (NAME): after titles and relations, in signatures, beside
notice verbs, census first names that are not everyday words."""

from __future__ import annotations

from dataclasses import dataclass, field

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import LOCATION, NAME
from cancerprep.stages.deid.recognizers.context import (
    ABBREVIATION_TITLES,
    MONTH_DAY,
    line_cased,
    looks_proper,
    medical_only,
    namey,
    sentence_start,
    verb_form,
)
from cancerprep.stages.deid.recognizers.tokens import Tok, bare, mostly_upper, possessive, tokenize
from cancerprep.stages.deid.recognizers.words import (
    CREDENTIALS,
    NOT_BEFORE_PAIR,
    RELATIONS,
    STOP,
    STRONG_TITLES,
    TITLES,
)


@dataclass
class _Scan:
    """One note being scanned: its tokens, case mode, and the spans found so far."""

    text: str
    toks: list[Tok]
    upper: bool
    spans: list[tuple[int, int, float, str]] = field(default_factory=list)
    n: int = field(init=False)  # the token count (tokens never change), read by every rule's bounds checks

    def __post_init__(self) -> None:
        self.n = len(self.toks)

    def add(self, start: int, end: int, score: float, rule: str) -> None:
        """Record a name with its score and rule; the rule goes into the result metadata so stats and
        debugging can tell which rule fired."""
        self.spans.append((start, end, score, rule))


_WEEKDAYS = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"})
_NOTICE_VERBS = frozenset({"aware", "notified", "paged", "updated"})  # "X aware": the person told before it
_CONTACT_VERBS = frozenset({"per", "by", "called", "paged", "contacted", "page"})  # "per X": the person after it
_REPORT_VERBS = frozenset({"called", "visited", "phoned", "reports", "states"})  # "Mary called": its subject
# what notes say a patient did, its subject opening the sentence: "Hope Bartholomew tolerated the procedure well"
_CLINICAL_VERBS = frozenset({"tolerated", "underwent", "denies", "denied", "complains", "presents", "presented"})
# person nouns that open such sentences and name nobody
_PERSON_NOUNS = frozenset({"patient", "pt", "child", "infant", "baby", "man", "woman", "boy", "girl", "gentleman",
                           "lady", "male", "female", "resident", "veteran", "client", "individual", "newborn"})
# A lone census given name right after these is a place when a gazetteer lists it ("moved to Florida", "lives in
# Houston"): the rule of that shape reports it as LOCATION (`_PLACE_RULE`). "to" only after a word of going or coming
# ("spoke to Austin" is a person).
_PLACE_BEFORE = frozenset({"in", "from", "near"})
_GOING = frozenset({"moved", "move", "moving", "returned", "return", "returning", "went", "go", "going", "goes",
                    "back", "home", "trip", "travel", "traveled", "travelled", "traveling", "travelling", "relocated",
                    "flew", "drove", "came", "come", "coming", "transferred", "sent", "way", "visit", "visiting"})
_PLACE_RULE = "first_name_place"
_PRESENCE_VERBS = frozenset({"came", "arrived", "stayed", "stated", "reported", "requested", "asked", "brought",
                             "agreed", "agrees", "updated", "present", "accompanied", "accompanies", "signed"})


def run_together(low: str) -> bool:
    """Two function words typed without the space between them ("inthe", "madeno"): no name is made of two. A word
    or name itself ("bean" = be + an, "Ison") is none."""
    return (any(low[:k] in STOP and low[k:] in STOP for k in range(1, len(low)))
            and not sl.is_known_word(low) and not sl.census_name_or_city(low))


def charting_word(low: str) -> bool:
    """A word that reads as charting however it is cased, so no name rule may take it: a hyphenated compound of
    plain words ("CALLED-UPDATE", "co-signature"), two function words run together ("INTHE"), a known word with
    two letters swapped ("tema"), cut short ("surg") or inflected ("trached")."""
    return (sl.plain_compound(low) or run_together(low) or sl.swapped_letters(low) or sl.cut_short(low)
            or sl.derived_word(low))


def _no_name_word(low: str) -> bool:
    """A word a given name or surname of a pair may be: no function, title, relation, credential or person word, no
    month or weekday (the same refusals for the Title-case and the caseless pair)."""
    return (low not in STOP and low not in TITLES and low not in RELATIONS and low not in CREDENTIALS
            and low not in _PERSON_NOUNS and not MONTH_DAY.match(low))


def title_pair_word(t: Tok, clinical_ok: bool = False) -> bool:
    """A word a given name and surname pair may hold in a note with case: written Title-case, no function, title,
    relation, credential or person word, no month or weekday, no medical word rare in English and, unless
    `clinical_ok` (a surname after a given name another rule found: "John Doe", "Ann Brady"), no clinical term."""
    low = t.low
    return (t.is_word and len(t.text) > 1 and t.text[0].isupper() and t.text[1:].islower() and t.text.isalpha()
            and _no_name_word(low) and not (low in sl.medical_words() and sl.word_freq().get(low, 0) < sl.RARE_FREQ)
            and (clinical_ok or low not in sl.CLINICAL_TERMS))


# A record's fields after a sorted name: a date or number, a bracket, " - ", "#", DOB, MRN.
_RECORD_AFTER = re.compile(r"[ \t]*(?:[(\[#]|\d|[-–][ \t]|(?:dob|d\.o\.b|mrn)\b)", re.I)

# What ends a name in a line without case: the line's end, punctuation ("JOHN BROWN, MRN", "re: ann fox (dob"), a
# dash between spaces, a column's gap of two spaces or more, or a possessive ("TODD LONG'S CLAIM").
_CASELESS_CLOSE = re.compile(r"(?:['’]s)?(?:[ \t]{2,}|[ \t]*(?:$|[,;:()\"/.?!]|-[ \t]))", re.M)


def word_no_surname(low: str) -> bool:
    """An everyday word that the census lists as a surname of almost nobody (its share rounds to zero) and as no
    given name: "Catholic", "Ink". After a given name it is the word ("Roman Catholic", "India Ink"), unless a strong
    title vouches for the name."""
    return sl.is_common(low) and low not in sl.first_names() and low in sl.last_names() and sl.surname_odds(low) == 0


def caseless_surname(nx: Tok, text: str, after: Tok | None) -> bool:
    """In a line without case, may the word `nx` right after a given name be that person's surname? It must be a
    census surname no title, relation, credential, person or function word, month, clinical or protected term is,
    and, if a dictionary word, a surname first (`safelist.surname_first`: "brown", "king", not "well", "best",
    "blood", nor the rare surname "drain"); and the name must visibly end with it: punctuation or the line's end
    after it (`_CASELESS_CLOSE`), or a function word or a past-tense verb ("JOHN BROWN WAS SEEN", "pt ann fox
    called", "BRIAN WOODS COUGHED"), where case would have shown it."""
    low = bare(nx.low)
    if not (nx.is_word and len(low) > 2 and low in sl.last_names() and _no_name_word(low)
            and not medical_only(low) and low not in sl.CLINICAL_TERMS
            and low not in protect.protected_words() and (not sl.is_dictionary_word(low) or sl.surname_first(low))):
        return False
    if _CASELESS_CLOSE.match(text, nx.end) or after is None or nx.low != low:
        return True
    return after.is_word and after.start - nx.end == 1 and (
        after.low in STOP or (after.low.endswith("ed") and sl.is_known_word(after.low)))


def _described_compound(word: str) -> bool:
    """Is `word` hyphened to a part in small letters that is an everyday or medical word and no census name
    ("Quorbel-soaked", "Saline-moistened")? A double-barrelled name's parts are names, each capitalised (deidprec8)."""
    parts = word.split("-")
    return len(parts) > 1 and any(p.islower() and sl.is_dictionary_word(p) and p not in sl.census_names()
                                  for p in parts[1:])


# A word run together from two capitalised parts ("ClearSight", "QuickPrep"), and the heads a name of that shape
# opens with ("MacArthur", "DeShawn", "LaToya", "VanBuren").
_CAMEL = re.compile(r"([A-Z][a-z]{2,})([A-Z][a-z]{2,})")
_NAME_HEADS = frozenset({"mac", "van", "von", "des", "del", "della", "dela", "san", "santa", "fitz", "ten", "ter"})


def _brand_shape(word: str) -> bool:
    """Is `word` a brand's run-together shape: two capitalised parts, the second an English or medical word that no
    census name is ("Quorvite ClearSight")? A name of that shape opens with a particle (`_NAME_HEADS`) or its second
    part is a name ("MacArthur"); brands of drugs and devices join words (deidprec8)."""
    m = _CAMEL.fullmatch(word)
    if m is None or m.group(1).lower() in _NAME_HEADS:
        return False
    tail = m.group(2).lower()
    return sl.is_dictionary_word(tail) and tail not in sl.census_names()


class NameRecognizer(EntityRecognizer):
    """Person names: after titles (Dr., Mr.), relations (son, dtr), in signatures (X Y, RN),
    before "aware/notified", and first names from the census list that are not everyday words.

    `analyze` walks the tokens once; at each token the rule methods below are tried in order.
    A rule that consumes a name returns the index to resume from; the others return None.
    """

    def __init__(self):
        super().__init__(supported_entities=[NAME, LOCATION], name="ClinicalNameRecognizer", supported_language="en")

    def load(self) -> None:
        """Bind the census and medical vocabularies once (Presidio calls load at construction),
        not once per token."""
        self.first = sl.first_names()
        self.last = sl.last_names()
        self.medical = sl.medical_words()

    def _plain_first(self, tok: Tok) -> bool:
        """A census first name that is not an everyday or medical word."""
        return (len(tok.low) > 2 and tok.low in self.first and not sl.is_common(tok.low)
                and tok.low not in self.medical and tok.low not in STOP)

    def _known_name(self, low: str) -> bool:
        return low in self.first or low in self.last

    def _rare_name(self, low: str) -> bool:
        """A census name that is no everyday word: alone, the only evidence a frame's single word needs."""
        return self._known_name(low) and not sl.is_common(low)

    def _clinical_not_name(self, tok: Tok) -> bool:
        """A medical-vocabulary word that is neither a census first nor last name."""
        return tok.low in self.medical and not self._known_name(tok.low)

    # -- the name extent ---------------------------------------------------------------------
    def _name_start_ok(self, s: _Scan, j: int, first_any: bool, strong: bool) -> bool:
        """May token j open a name? After a strong trigger almost any word may; elsewhere it
        must be a plain first name or look proper; an initial must carry its period."""
        toks, upper, t = s.toks, s.upper, s.toks[j]
        if charting_word(t.low) and not (strong and not upper and t.text[0].isupper()):
            return False  # "Dr. Tema" stays a name: after a strong title a capital vouches for it
        ok = namey(t, upper) if first_any else (self._plain_first(t) or looks_proper(t, upper))
        if ok and len(t.text) == 1:  # an initial must carry its period: "J. Smith"
            ok = j + 1 < s.n and toks[j + 1].text == "."
        if ok and sl.is_common(t.low) and (upper or not t.text[0].isupper()):
            # an everyday word without a capital to vouch for it: only a known, not-too-frequent name; after a strong
            # title a clinical one too when a census surname follows ("DR. ART WHITE": no art line has a title)
            ok = self._known_name(t.low) and (not medical_only(t.low) or (strong and self._surname_next(s, j))) and (
                strong or sl.word_freq().get(t.low, 0) < 40000)
        if ok and (MONTH_DAY.match(t.low) or medical_only(t.low)):
            # "Dr. Art White", "Son, Ed,": a capitalised word after a strong trigger stays a name
            ok = strong and (t.text[0].isupper() or upper) and not MONTH_DAY.match(t.low)
        if not ok and strong and t.low == "o" and j + 1 < s.n and toks[j + 1].is_word:
            ok = True  # "Dr. o rourke"
        return ok

    def _surname_next(self, s: _Scan, j: int) -> bool:
        """Is token j followed, one space on, by a census surname that is no clinical word?"""
        if j + 1 >= s.n:
            return False
        nx = s.toks[j + 1]
        return (nx.is_word and nx.start - s.toks[j].end == 1 and nx.low in self.last and nx.low not in STOP
                and not medical_only(nx.low))

    def _name_continues(self, s: _Scan, i: int, j: int, strong: bool = False) -> bool:
        """Does token j (after a name opened at i) continue it? A name-like word or initial, close
        to the previous token, not clinical vocabulary, and not lower-case after a capital. Without case, after a
        strong title and a census first name, a rare word that no medical vocabulary knows is the surname
        ("DR FERDINAND HALFPENNY"): where capitals would have shown it, its rarity must."""
        toks, upper, t = s.toks, s.upper, s.toks[j]
        if charting_word(t.low) and (upper or not t.text[0].isupper()):
            return False  # "Dr. Ann Tema": in a note with case a capital after a name's first word vouches for it
        rare_surname = (upper and strong and j == i + 1 and toks[i].low in self.first and len(t.low) > 3
                        and not sl.is_common(t.low) and t.low not in self.medical and t.low not in sl.CLINICAL_TERMS)
        ok = namey(t, upper) and (
            (len(t.text) == 1 and (t.text.isupper() or upper))
            or self._known_name(bare(t.low)) or looks_proper(t, upper) or rare_surname
            or (not upper and t.text[0].isupper() and not sl.is_common(t.low))
        ) and not (self._clinical_not_name(t) and (upper or not t.text[0].isupper() or medical_only(t.low))) \
            and (strong or not word_no_surname(bare(t.low)))
        if ok and t.start - toks[j - 1].end > 2:
            ok = False
        if ok and not upper and t.text[0].islower() and not toks[i].text[0].islower():
            ok = False
        return ok

    def _extend(self, s: _Scan, i: int, first_any: bool, strong: bool = False) -> int:
        """Return the index after a name starting at token i (i itself when there is none)."""
        toks = s.toks
        j = i
        count = 0
        while j < s.n and count < 4:
            if toks[j].text == "." and j > i and len(toks[j - 1].text) == 1:
                j += 1  # initial's period
                continue
            if count and possessive(toks[j - 1].low):
                break  # a possessive closes the name: "Mrs. Brown's ANC" names Brown, not her ANC
            ok = self._name_start_ok(s, j, first_any, strong) if count == 0 else self._name_continues(s, i, j, strong)
            if not ok:
                break
            count += 1
            j += 1
        # do not end on a dangling period
        while j > i and toks[j - 1].text == ".":
            j -= 1
        return j

    # -- the scan ----------------------------------------------------------------------------
    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        """One pass over the tokens trying the rules in a fixed order; a name consumed by a title or
        relation rule is skipped, so weaker rules neither re-find nor split it."""
        s = _Scan(text, tokenize(text), mostly_upper(text))
        toks, n, first = s.toks, s.n, self.first
        i = 0
        # Each rule is called only where its own first test (a trigger word, the next token) holds: a method call
        # per token per rule was a third of the scan. The rules repeat the test, so they stay correct alone.
        while i < n:
            t = toks[i]
            low = t.low
            nxt_low = toks[i + 1].low if i + 1 < n else ""
            resume = self._after_title(s, i) if low in TITLES else None
            if resume is None and low in RELATIONS:
                resume = self._after_relation(s, i)
            if resume is not None:
                i = resume
                continue
            if low in CREDENTIALS:
                self._signature_before_credential(s, i)
            if low in _NOTICE_VERBS:
                self._before_notice_verb(s, i)
            if low in _CONTACT_VERBS:
                self._after_contact_verb(s, i)
            if nxt_low == "family":
                self._surname_before_family(s, i)
            if low in first:
                self._first_then_surname(s, i)
            if nxt_low == "," and i + 2 < n:
                self._surname_comma_first(s, i)
            if low in first and not s.upper:
                self._frequent_given_and_surname(s, i)
            if low in first and bare(nxt_low) in self.last:
                self._caseless_given_and_surname(s, i)
            if not s.upper and t.text[:1].isupper():
                self._unknown_capitalised_pair(s, i)
            if nxt_low in _REPORT_VERBS:
                self._first_name_before_report_verb(s, i)
            if low in ("patient", "pt") and not s.upper:
                self._patient_apposition(s, i)
            if low in _CLINICAL_VERBS and not s.upper and i > 0:
                self._subject_of_clinical_verb(s, i)
            resume = self._census_first_name(s, i) if low in first else None  # (it asks the same first)
            i = resume if resume is not None else i + 1
        return [RecognizerResult(LOCATION if rule == _PLACE_RULE else NAME, a, b, sc,
                                 recognition_metadata={"recognizer_name": self.name, "rule": rule})
                for a, b, sc, rule in s.spans]

    @staticmethod
    def _next_after_punct(s: _Scan, i: int) -> tuple[int, int]:
        """(nxt, tnext): the token after a trigger, skipping punctuation ("Dr.", "Son, ", "dtr's")
        and, for titles, only a period or "'s"."""
        toks, n = s.toks, s.n
        nxt = i + 1
        while nxt < n and toks[nxt].text in (".", ",", ":", "-", "(", "'s", "/") and nxt - i <= 3:
            nxt += 1
        tnext = i + 1
        while tnext < n and toks[tnext].text in (".", "'s") and tnext - i <= 2:
            tnext += 1
        return nxt, tnext

    # Titles that are also words or roles ("PA line", "MS: alert", "nurse"): the word after must
    # look like a name.
    _WEAK_TITLES = frozenset({"pa", "rn", "md", "sister", "father", "sr", "np", "ms", "rabbi", "chaplain",
                              "worker", "resident", "fellow", "intern", "attending", "pcp", "nurse"})

    # Titles that are whole words, not abbreviations: a period after them ends a sentence.
    _WORD_TITLES = frozenset({"nurse", "surgeon", "attending", "resident", "fellow", "intern", "worker", "chaplain",
                              "rabbi", "doctor", "coordinator", "caseworker", "cardiologist", "oncologist"})

    # Titles that are also clinical abbreviations of no person (MS mental status, SR sinus rhythm): in a note
    # without case only a census name after them makes them a title.
    _ABBREVIATION_TITLES = ABBREVIATION_TITLES - {"pcp"}

    def _after_title(self, s: _Scan, i: int) -> int | None:
        """A title (Dr., Mr., NP) is followed by a name; "Dr. X and Y" and "Drs X, Y" list more."""
        toks, n, upper, low = s.toks, s.n, s.upper, s.toks[i].low
        if low not in TITLES:
            return None
        # "Ms" written so in a note with case is the courtesy title, as strong as "Mrs" ("Ms. Brown's ANC");
        # "MS", "ms" stay weak (mental status, multiple sclerosis, morphine sulfate)
        strong = low in STRONG_TITLES or (toks[i].text == "Ms" and not upper)
        if not strong and i + 1 < n and toks[i + 1].text == "." and toks[i + 1].start > toks[i].end:
            return None  # "3L NP . FOLEY DC": a period set apart from the word ends a sentence, no abbreviation
        if low in CREDENTIALS and i > 1 and toks[i - 1].text == "," and toks[i - 1].start == toks[i - 2].end \
                and looks_proper(toks[i - 2], upper):
            return None  # "Arthur Peppler,MD made no vent changes": a credential closing a name opens none
        nxt, tnext = self._next_after_punct(s, i)
        if upper and low in self._ABBREVIATION_TITLES and not (nxt < n and self._known_name(toks[nxt].low)):
            return None  # "SR IN THE 70'S", "MS CONFUSED"
        if nxt < n and not strong and ("\n" in s.text[toks[i].end:toks[nxt].start] or (
                low in self._WORD_TITLES and toks[i + 1].text == ".")):
            return None  # a line break after "np." or a sentence end after "nurse." ends a role title's reach
        if not (nxt < n and tnext == nxt and (strong or low not in self._WEAK_TITLES or self._plain_first(toks[nxt])
                                               or looks_proper(toks[nxt], upper))):
            return None
        if low in self._WORD_TITLES and not strong and verb_form(toks[nxt].low) \
                and toks[nxt].low not in sl.census_names():
            return None  # a role word as the subject of a verb ("the surgeon recommends", "coordinator arranges")
        j = self._extend(s, nxt, first_any=True, strong=strong)
        if not (j > nxt and not (self._clinical_not_name(toks[nxt]) and len(toks[nxt].text) > 1)):
            return None
        s.add(toks[nxt].start, toks[j - 1].end, 0.85, "title")
        k = j
        while k + 1 < n and toks[k].low in ("and", ",", "&", "/"):
            k2 = k + 1
            if toks[k2].low in ("dr", "drs"):
                break
            j2 = self._extend(s, k2, first_any=upper)
            if j2 > k2 and not sl.is_common(toks[k2].low):
                s.add(toks[k2].start, toks[j2 - 1].end, 0.7, "title")
                k = j2
            else:
                break
        return j

    def _relation_candidate_ok(self, s: _Scan, k: int) -> bool:
        """Can the word after a relation be a first name? A census first name, or (with case
        information) a capitalised uncommon word, or (without) an uncommon non-clinical word."""
        cand = s.toks[k]
        if cand.low in self.first or (possessive(cand.low) and bare(cand.low) in self.first):
            return True  # "daughter linda's cell": a census first name, possessive or not
        # a medical word or an inflected verb that no census name is ("Daughter Cardiology", "DAUGHTER TRANSLATING")
        # is charting unless a relative's act or a surname shows it a name (below), as an everyday word is
        charting = self._clinical_not_name(cand) or (verb_form(cand.low) and cand.low not in sl.census_names())
        if s.upper:
            return (cand.is_word and len(cand.text) > 2 and not sl.is_common(cand.low) and not medical_only(cand.low)
                    and cand.low not in TITLES and cand.low not in CREDENTIALS and not charting)
        if not cand.text[0].isupper() or medical_only(cand.low):
            return False
        if not sl.is_common(cand.low) and not charting:
            return True
        if cand.low in TITLES or cand.low in CREDENTIALS:
            return False
        # "Daughter Sky visited", "her son, Will, called", "Daughter Sky Jones": an everyday word written with a
        # capital mid-sentence and doing what relatives do in notes, or before a surname
        after = s.toks[k + 1] if k + 1 < s.n else None
        if after is not None and after.is_word and after.text[0].isupper() and after.low in self.last \
                and not sl.is_common(after.low) and after.start - cand.end == 1:
            return True
        nxt = after.low if after is not None else ""
        if nxt == "," and k + 2 < s.n:
            nxt = s.toks[k + 2].low
        return nxt in _REPORT_VERBS or nxt in _PRESENCE_VERBS

    def _after_relation(self, s: _Scan, i: int) -> int | None:
        """A relation word (son, dtr, wife, proxy) is followed by the relative's name:
        "son is Bill", "daughter named Mary", "son (Bill)"; lists "Sons Smokey, Morris and Roger"."""
        toks, n, upper, low = s.toks, s.n, s.upper, s.toks[i].low
        if low not in RELATIONS:
            return None
        if i + 1 < n and toks[i + 1].text == "." and sl.is_common(low):
            return None  # "attempting with wife. Insulin gtt": after a whole word the period ends the sentence
        nxt, _ = self._next_after_punct(s, i)
        nxt = self._relation_compound_end(s, i, nxt)
        if nxt >= n:
            return None
        k = nxt
        if k + 1 < n and toks[k].low == "of":  # whose relative, then the name: "Father of baby: Ann", "mother of pt, X"
            w = k + 1 + (toks[k + 1].low == "the")
            if w < n and toks[w].low in ("patient", "pt", "child", "baby", "infant"):
                k = w + 1 + (w + 1 < n and toks[w + 1].text in (":", ",", "-"))
        while k < n and toks[k].low in ("is", "named", "called", "name", "was", "of") and k - nxt < 2:
            k += 1
        cand = toks[k] if k < n else None
        if cand is None or not cand.is_word or cand.low in STOP or cand.low in RELATIONS:
            return None
        if "\n" in s.text[toks[i].end:cand.start] and s.text.startswith(":", cand.end):
            return None  # "Nurse: Son\nPathologist: Dr. X": the next line opens a field with its label (deidprec12/14)
        if not self._relation_candidate_ok(s, k):
            return None
        j = self._extend(s, k, first_any=True, strong=True)
        if j <= k:
            return None
        s.add(cand.start, toks[j - 1].end, 0.75, "relation")
        while j + 1 < n and toks[j].low in (",", "and", "&") and (
                toks[j + 1].low in self.first or not sl.is_known_word(toks[j + 1].low)
                or (not upper and toks[j + 1].text[0].isupper() and not sl.is_common(toks[j + 1].low))):
            j2 = self._extend(s, j + 1, first_any=True)
            if j2 <= j + 1:
                break
            s.add(toks[j + 1].start, toks[j2 - 1].end, 0.65, "relation")
            j = j2
        return j

    _COMPOUNDS = frozenset(r.replace("-", "") for r in RELATIONS if "-" in r)

    def _relation_compound_end(self, s: _Scan, i: int, nxt: int) -> int:
        """The token after a relation compound that relation word i opens but writes without all of its hyphens
        ("son-inlaw", "son in law", "daughter in-law"); `nxt` when the words after it spell no compound ("son in
        Europe"). Compared without hyphens and spaces, over adjacent words only."""
        toks = s.toks
        joined = toks[i].low.replace("-", "")
        for j in range(i + 1, min(i + 5, s.n)):
            if toks[j].start - toks[j - 1].end > 1:
                break
            if toks[j].text == "-":
                continue
            if not toks[j].is_word:
                break
            joined += toks[j].low.replace("-", "")
            if joined in self._COMPOUNDS:
                return self._next_after_punct(s, j)[0]
        return nxt

    def _signature_before_credential(self, s: _Scan, i: int) -> None:
        """A credential (RN, RRT, MD) at a line end signs the words before it on that line:
        "Mary Hulse, R.N.", "DAN A. FORMAN-LYONS, RRT"; "Xyz MD" when Xyz is no English word."""
        toks, text, upper, t = s.toks, s.text, s.upper, s.toks[i]
        low = t.low
        if low not in CREDENTIALS or i == 0:
            return
        tail = text[t.end:t.end + 3]
        line_end = not tail.strip(" .\t,") or tail.lstrip(" .\t")[:1] in ("\n", "")
        prev_tok = toks[i - 1] if toks[i - 1].text != "," or i < 2 else toks[i - 2]
        md_after_name = low in ("md", "np", "pa") and prev_tok.is_word and not sl.is_known_word(
            prev_tok.low.split("-")[0]) and not medical_only(prev_tok.low) \
            and (upper or prev_tok.text[0].isupper()) \
            and not (low == "pa" and tail.lstrip(" \t")[:1].isalpha())  # "ivs, PA line", "PCW PA CATH"
        if not (line_end or low in ("rrt", "crt", "rn") or md_after_name):
            return
        k = i - 1
        if toks[k].text == ",":
            k -= 1
        names_end = k
        count = 0
        line_start = text.rfind("\n", 0, t.start)
        while k >= 0 and count < 4 and toks[k].start >= line_start:
            tk = toks[k]
            if tk.text == "." and k > 0 and len(toks[k - 1].text) == 1:
                k -= 1
                continue
            if not namey(tk, upper) or (self._clinical_not_name(tk) and len(tk.text) > 1) \
                    or (sl.is_common(tk.low) and (upper or not tk.text[0].isupper()) and tk.low not in self.first) \
                    or medical_only(tk.low):
                break
            k -= 1
            count += 1
        if count:
            s.add(toks[k + 1].start, toks[names_end].end, 0.8, "signature")

    def _before_notice_verb(self, s: _Scan, i: int) -> None:
        """"X aware", "X notified": the person told is named just before the verb; a shift or desk joined to its
        role ("Nightfloat aware", `safelist.closed_compound`) names nobody."""
        toks = s.toks
        if toks[i].low in _NOTICE_VERBS and i > 0:
            prev = toks[i - 1]
            if looks_proper(prev, s.upper) and not sl.is_common(prev.low) and prev.low not in CREDENTIALS \
                    and not charting_word(prev.low) and not sl.closed_compound(prev.low):
                s.add(prev.start, prev.end, 0.6, "context")

    def _after_contact_verb(self, s: _Scan, i: int) -> None:
        """"per X", "called X", "paged X": a known name right after a contact verb."""
        toks, n = s.toks, s.n
        if toks[i].low not in _CONTACT_VERBS:
            return
        nxt, _ = self._next_after_punct(s, i)
        if nxt >= n or i + 1 >= n:
            return
        c = toks[i + 1]
        if c.is_word and looks_proper(c, s.upper) and not sl.is_common(c.low) and self._known_name(c.low) \
                and c.low not in TITLES and c.low not in CREDENTIALS and len(c.text) > 2:
            j = self._extend(s, i + 1, first_any=True)
            s.add(c.start, toks[max(j, i + 2) - 1].end, 0.55, "context")

    def _surname_before_family(self, s: _Scan, i: int) -> None:
        """"KEEP ROMERO FAMILY AWARE": a census surname just before "family"."""
        toks, t = s.toks, s.toks[i]
        if i + 1 < s.n and toks[i + 1].low == "family" and t.low in self.last and not sl.is_common(t.low) \
                and not medical_only(t.low) and len(t.low) > 2:
            s.add(t.start, t.end, 0.6, "context")

    def _first_then_surname(self, s: _Scan, i: int) -> None:
        """"mary souza", "pat rixford": a census first name followed by a surname-like word
        (a census surname or no known word), in the same case."""
        toks, upper, t = s.toks, s.upper, s.toks[i]
        if not (t.low in self.first and t.low not in STOP and not medical_only(t.low) and i + 1 < s.n
                and (not sl.is_common(t.low) or (not upper and t.text[0].isupper())
                     or sl.word_freq().get(t.low, 0) < 40000)):
            return
        nx = toks[i + 1]
        if nx.is_word and len(nx.text) > 2 and nx.start - t.end <= 2 and nx.low not in STOP \
                and not sl.is_common(nx.low) and not medical_only(nx.low) \
                and (nx.low in self.last or not sl.is_known_word(nx.low)) \
                and (upper or (t.text[0].isupper() == nx.text[0].isupper())) \
                and not self._lower_term_pair(s, t, nx):
            s.add(t.start, nx.end, 0.6, "first_last")

    def _lower_term_pair(self, s: _Scan, t: Tok, nx: Tok) -> bool:
        """"concha cymba", "iris synechia": a pair in small letters on a line with case whose first word the dictionary
        knows and whose second no census lists as a surname. Nothing vouches for such a pair but the census's given
        name, and the dictionary reads that word too; the unknown word after it is a term nobody capitalised. A census
        surname after it ("lisa yeaman") or a first word no dictionary holds ("kristin hardman-seely") stays a name;
        a known word that the census lists only as a rare surname does not ("gene locus", "gene exon": a surname
        rarer than the 10,000 most frequent, read as the word it is, as `safelist.disease_names` reads one)."""
        return (not s.upper and t.text.islower() and nx.text.islower()
                and (nx.low not in self.last or (sl.is_known_word(nx.low) and sl.surname_rank().get(
                    nx.low, self._RARE_SURNAME_RANK) >= self._RARE_SURNAME_RANK))
                and sl.is_dictionary_word(t.low) and line_cased(s.text, t.start))

    _RARE_SURNAME_RANK = 10000

    # A given name this frequent is plausible as anybody's given name however everyday the word is ("Mark", "Rose").
    _GIVEN_TOP = 300

    def _frequent_given_and_surname(self, s: _Scan, i: int) -> None:
        """"Michael Rivers", "John Brown", "Mark Young": in a note with case, a frequent census given name and a
        census surname written Title-case one space apart name a person even when both are everyday words. Not when
        the pair is part of a longer Title-case run that is no name (a heading, an organisation or an eponym: the
        word before it capitalised mid-sentence, or the word after it capitalised and no census name), a heading
        opening its line, or a place (after a determiner or place preposition, or a US city's name)."""
        toks, text, t = s.toks, s.text, s.toks[i]
        if i + 1 >= s.n or sl.given_name_rank().get(t.low, self._GIVEN_TOP + 1) > self._GIVEN_TOP:
            return
        nx = toks[i + 1]
        if text[t.end:nx.start] != " " or nx.low not in self.last or not (title_pair_word(t) and title_pair_word(nx)):
            return
        if i > 0 and toks[i - 1].is_word and toks[i - 1].text[0].isupper() and toks[i - 1].low not in TITLES \
                and not sentence_start(text, toks[i - 1].start) and "\n" not in text[toks[i - 1].end:t.start]:
            return  # "the Social Mark Young ...": inside a capitalised run
        if (i > 0 and toks[i - 1].low in NOT_BEFORE_PAIR) or f"{t.low} {nx.low}" in sl.us_cities():
            return  # "near Grant Park", "the Rose Bowl", "Rose Hill": a place or a thing
        after = toks[i + 2] if i + 2 < s.n else None
        if after is not None and after.is_word and after.text[0].isupper() and text[nx.end:after.start] == " " \
                and not self._known_name(after.low):
            return  # "Grant Park Hospital", "Rose Bengal Stain"
        if text.startswith(":", nx.end) and not text[text.rfind("\n", 0, t.start) + 1:t.start].strip():
            return  # a heading that opens its line: "Pat Dry: ..."
        s.add(t.start, nx.end, 0.6, "given_surname")

    def _caseless_given_and_surname(self, s: _Scan, i: int) -> None:
        """"JOHN BROWN WAS SEEN TODAY", "pt ann fox called", "re: mark young (dob": in a line without case, a given
        name among the census's most frequent (`_GIVEN_TOP`) or one no dictionary holds, and the surname after it
        (`caseless_surname`: a census surname, no likelier word, and the name visibly ending there), one space apart
        in the same case. Not after a determiner or place preposition, nor a US city's name; the given name no title,
        relation, credential, person, function, month or clinical word."""
        toks, text, t = s.toks, s.text, s.toks[i]
        if i + 1 >= s.n or (sl.given_name_rank().get(t.low, self._GIVEN_TOP + 1) > self._GIVEN_TOP
                            and sl.is_dictionary_word(t.low)):
            return  # a rarer given name that a dictionary holds is as often a word: "BLAKE DRAIN", "CARMINE DYE"
        nx = toks[i + 1]
        if text[t.end:nx.start] != " " or len(t.text) < 3 or not t.text.isalpha() or bare(nx.low) not in self.last \
                or not ((t.text.isupper() and nx.text.isupper()) or (t.text.islower() and nx.text.islower())):
            return
        low = t.low
        if not _no_name_word(low) or medical_only(low) or low in sl.CLINICAL_TERMS:
            return
        if (not s.upper and line_cased(text, t.start)) or (i > 0 and toks[i - 1].low in NOT_BEFORE_PAIR) \
                or f"{low} {bare(nx.low)}" in sl.us_cities():
            return
        if caseless_surname(nx, text, toks[i + 2] if i + 2 < s.n else None):
            s.add(t.start, nx.end - (len(nx.low) - len(bare(nx.low))), 0.6, "caseless_given_surname")

    def _surname_comma_first(self, s: _Scan, i: int) -> None:
        """"SMITH,JOHN", "Doe, Jane": the sorted form registration systems print (surname, comma, given
        name) outside a labelled field. Both words census names in the same case; two everyday words
        ("Brown,Robert") only in the glued form, which prose never writes, or before a record's fields (a date, a
        number, a bracket, " - ", DOB/MRN: `_RECORD_AFTER`), there in any case ("brown, john (dob"), an everyday
        surname then a surname first (`safelist.surname_first`)."""
        toks, t = s.toks, s.toks[i]
        if len(t.text) < 2 or not t.is_word:
            return
        nx, gap = toks[i + 2], s.text[t.end:toks[i + 2].start]
        if "\n" in gap or len(gap) > 2 or not nx.is_word or len(nx.text) < 2 or t.end != toks[i + 1].start:
            return
        if t.low in STOP or nx.low in STOP or medical_only(t.low) or medical_only(nx.low) \
                or t.low not in self.last or nx.low not in self.first:
            return
        end = nx.end
        if i + 3 < s.n and len(toks[i + 3].text) == 1 and toks[i + 3].text.isalpha() \
                and s.text[nx.end:toks[i + 3].start] == " ":
            end = toks[i + 4].end if i + 4 < s.n and toks[i + 4].text == "." else toks[i + 3].end  # "GARCIA,MARIA E"
        # a record's fields after the name ("Brown, John 03/04/1955", "gray, sarah r (dob", "Bond, Rocky - T2N1"):
        # the sorted form of a registration line, where an everyday surname of the census's head is a surname
        record = bool(_RECORD_AFTER.match(s.text, end)) and (not sl.is_common(t.low) or sl.surname_first(t.low))
        same_case = (t.text.isupper() and nx.text.isupper()) or (
            t.text[0].isupper() and t.text[1:].islower() and nx.text[0].isupper() and nx.text[1:].islower()) or (
            record and t.text.islower() and nx.text.islower())
        if not same_case:
            return
        if s.upper and not record and (sl.is_common(t.low) or sl.word_freq().get(nx.low, 0) >= 40000):
            return  # "NIGHT,PEARL", "CLEAR, WILL": without case, an everyday surname or given name is no evidence
        if gap != "," and sl.is_common(t.low) and sl.is_common(nx.low) and not record:
            return
        s.add(t.start, end, 0.6, "surname_comma_first")

    def _unknown_capitalised_pair(self, s: _Scan, i: int) -> None:
        """Mixed case: two adjacent capitalised words that are no known word ("Lopie Certusi"); in capitals
        ("KOWALCZYK DARIUSZ", an unlabelled header) one of them must be a census name, as acronyms are
        written in capitals too."""
        toks, t = s.toks, s.toks[i]
        if s.upper or i + 1 >= s.n or not t.text[:1].isupper():
            return
        nx = toks[i + 1]
        if nx.start - t.end > 2 or not nx.text[:1].isupper():
            return
        if t.text[1:2].islower() and nx.text[1:2].islower():
            rule = "unknown_pair"
        elif t.text.isupper() and nx.text.isupper() and len(t.text) > 2 and len(nx.text) > 2 \
                and t.text.isalpha() and nx.text.isalpha() and "\n" not in s.text[t.end:nx.start]:
            rule = "unknown_caps_pair"
        else:
            return
        if sl.is_known_word(t.low) or sl.is_known_word(nx.low) or medical_only(t.low) or medical_only(nx.low):
            return
        if _described_compound(t.text) or _described_compound(nx.text) or _brand_shape(t.text) \
                or _brand_shape(nx.text):
            return  # "Quorbel-soaked Vint-Trax": a word hyphened to a describing word in small letters is no name
        if rule == "unknown_caps_pair" and not (self._known_name(t.low) or self._known_name(nx.low)):
            return
        s.add(t.start, nx.end, 0.55, rule)

    def _first_name_before_report_verb(self, s: _Scan, i: int) -> None:
        """"Mary called", "John states": a first name as the subject of a reporting verb."""
        toks, t = s.toks, s.toks[i]
        if i + 1 < s.n and toks[i + 1].low in _REPORT_VERBS \
                and t.low in self.first and t.low not in STOP and t.low not in RELATIONS \
                and not medical_only(t.low) and (s.upper or t.text[0].isupper()):
            s.add(t.start, t.end, 0.6, "context")

    def _patient_apposition(self, s: _Scan, i: int) -> None:
        """"The patient, Hope Bartholomew, is a 55-year-old", "The patient is Hope Bartholomew.": words written
        with a capital mid-sentence right after "patient" and a comma or a copula, up to the clause's end, name the
        patient (mixed-case notes only: the capital is the evidence). One word after a copula must be a census
        name and no everyday word ("The patient is Caucasian.", "The patient is Alert, oriented" stay)."""
        toks, n = s.toks, s.n
        j = i + 1
        if j >= n or toks[j].low not in (",", "is", "named"):
            return
        comma = toks[j].low == ","
        j += 1
        k = j
        while k < n and k - j < 3 and toks[k].is_word and toks[k].text[0].isupper() and toks[k].text[1:2].islower() \
                and toks[k].low not in STOP and toks[k].low not in TITLES and not medical_only(toks[k].low) \
                and "\n" not in s.text[toks[k - 1].end:toks[k].start]:
            k += 1
        if k == j or k >= n or toks[k].text not in ((",",) if comma else (".", ",", ";")):
            return
        if k - j == 1 and not comma and not self._rare_name(toks[j].low):
            return
        s.add(toks[j].start, toks[k - 1].end, 0.7, "patient_apposition")

    def _subject_of_clinical_verb(self, s: _Scan, i: int) -> None:
        """"HOPE BARTHOLOMEW TOLERATED THE PROCEDURE", "Will Sky underwent ...": the words that open a sentence and
        stand right before what a patient does in a note name the patient, however everyday they are. Two or three
        capitalised words, none a title, relation, person or clinical word nor a function or medical word that no
        census lists, one a census name or no everyday word; one word alone only when it is a census name and no
        everyday word. Mixed-case notes only (their capitals lines included): without case every sentence reads so."""
        toks, text = s.toks, s.text
        k = i
        while k > 0 and i - k < 3:
            t = toks[k - 1]
            known = self._known_name(t.low)
            if not (t.is_word and len(t.text) > 1 and t.text[0].isupper() and (t.low not in STOP or known)
                    and t.low not in TITLES and t.low not in CREDENTIALS and t.low not in RELATIONS
                    and t.low not in _PERSON_NOUNS and not medical_only(t.low) and t.low not in sl.CLINICAL_TERMS
                    and (known or t.low not in self.medical) and "\n" not in text[t.end:toks[k].start]):
                break
            k -= 1
        words = toks[k:i]
        if not words or not any(self._known_name(w.low) or not sl.is_common(w.low) for w in words):
            return  # "Pain Management presents": everyday words that no census lists
        line_start = text.rfind("\n", 0, toks[k].start) + 1
        before = text[line_start:toks[k].start].rstrip(" \t")
        if before and before[-1] not in ".!?:;":
            return  # not the sentence's opening words
        if len(words) == 1 and not self._rare_name(words[0].low):
            return
        s.add(words[0].start, words[-1].end, 0.65, "clinical_subject")

    @staticmethod
    def _acronym_in_cased_line(s: _Scan, t: Tok) -> bool:
        """Is the lone given name `t` written in capitals on a line with case, in a note with case? Such a line writes
        a person's name with one capital; a word all in capitals there is an abbreviation or an acronym that a given
        name spells ("ANA", "TOVA"). A name in a heading of capitals stays (that line carries no case), and so does a
        name that goes on ("JOHN SMITH": not lone) (deidprec7)."""
        return not s.upper and len(t.text) > 1 and t.text.isupper() and line_cased(s.text, t.start)

    @staticmethod
    def _place_after_preposition(s: _Scan, i: int) -> bool:
        """Is the lone given name at token i a place: a US state, US city or world place word (the gazetteers) right
        after "in", "from", "near", or "to" after a word of going ("moved to Florida", "returning home to Israel")?
        Such a word after such a preposition names where, not who (deidprec7)."""
        low = s.toks[i].low
        if i == 0 or not (low in sl.us_states() or low in sl.us_cities() or low in sl.place_words()):
            return False
        before = s.toks[i - 1]
        if before.end != s.toks[i].start - 1:
            return False
        if before.low in _PLACE_BEFORE:
            return True
        return before.low == "to" and i > 1 and s.toks[i - 2].low in _GOING

    def _census_first_name(self, s: _Scan, i: int) -> int | None:
        """A census first name that is no everyday word, anywhere (capitalised, or in a caps note;
        there of four letters or more), with the name words after it. Alone and in capitals on a line with case it is
        an acronym (`_acronym_in_cased_line`); alone after a place preposition and listed as a place it is reported as
        a LOCATION (`_place_after_preposition`)."""
        t = s.toks[i]
        if t.start and s.text[t.start - 1].isdigit():
            return None  # "60meg": a unit glued to a number
        if s.upper and len(t.text) <= 3:
            return None  # "tod", "ina" in a note without case: abbreviations and typos as often as names
        if t.low in _WEEKDAYS:
            return None  # "clean clothes for Sunday": a census first name, but a day without a cue
        if self._plain_first(t) and (s.upper or t.text[0].isupper()):
            nx = s.toks[i + 1] if i + 1 < s.n else None
            if nx is not None and nx.start - t.end == 1 and nx.text[:1].isupper() and nx.text[1:].islower() \
                    and word_no_surname(bare(nx.low)):
                return None  # "Roman Catholic", "India Ink": a term whose second word nobody is named
            j = self._extend(s, i, first_any=True)
            if max(j, i + 1) == i + 1 and sl.counted_thing(s.text, t.start, t.end):
                return None  # "two Ellis and a knife", "the Kelly", "Mac-4 blade": a thing named for somebody
            lone = max(j, i + 1) == i + 1
            if lone and self._acronym_in_cased_line(s, t):
                return None  # "(TOVA)", "and ANA in the past", "consult CHI": an abbreviation, not a name
            s.add(t.start, s.toks[max(j, i + 1) - 1].end, 0.6,
                  _PLACE_RULE if lone and self._place_after_preposition(s, i) else "first_name")
            return max(j, i + 1)
        return None

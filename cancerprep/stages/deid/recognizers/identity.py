"""Identity-aware recognition: the note's own patient, relatives and the staff roster (strong voter).

The export knows who a note is about (`cancerprep.stages.deid.identities`). The engine
sets the note's `NoteIdentity` (`use_identity`) before analysing it; this recognizer
then flags every occurrence of those people in that note:

* names in any case, "First Last", "Last, First", initials with a surname ("J. Smith",
  "J Smith", "Smith, J."), possessives ("Smith's"), hyphenated and double surnames, names
  broken across a line, names with digits glued on (Synthea's "Jacinto644"), and common
  nicknames of given names (the curated `nicknames` dataset: William -> Bill, Will); dictation
  marks ("EW/ap") holding a known person's initials; a staff given name signed "Peg, NP";
* identifiers (MRNs; the staff's NPI and DEA numbers) with or without separators, phones with or
  without area code and in any punctuation, e-mails, the birth date in its usual numeric and month-name forms, street
  lines, cities and zip codes.

A name of one or two letters counts only inside a longer match. A name (or nickname, or
city) that is also an everyday English word ("Hope", "Will", "Young") counts alone only when
capitalised in a note whose case carries information (a nickname also not at a sentence
start); in ALL CAPS or all lower-case notes only beside another part of the name. Staff given
names count only beside a staff surname. Results score 1.0 and the engine never filters
them out.
"""

from __future__ import annotations

import contextvars
import datetime as dt
import functools
from dataclasses import dataclass, field

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.identities import NoteIdentity, PatientIdentity, PersonName
from cancerprep.stages.deid.recognizers.base import CONTACT, DATE, ID, LOCATION, NAME, I, finditer
from cancerprep.stages.deid.recognizers.context import sentence_start
from cancerprep.stages.deid.recognizers.tokens import Tok, ascii_fold, bare, case_mode, tokenize

IDENTITY_RECOGNIZER = "IdentityRecognizer"
SCORE = 1.0

_current: contextvars.ContextVar[NoteIdentity | None] = contextvars.ContextVar("deid_identity", default=None)


def use_identity(identity: NoteIdentity | None) -> contextvars.Token:
    """Set the identity of the note about to be analysed (the engine does this per note)."""
    return _current.set(identity)


def reset_identity(token: contextvars.Token) -> None:
    """Undo `use_identity` once the note is done, so the next note analysed in this context never
    sees this note's people."""
    _current.reset(token)


# Roles a name word can have. Given-like and family-like roles pair up ("John Smith", "J. Smith").
GIVEN, FAMILY, NICK, STAFF_GIVEN, STAFF_FAMILY = "given", "family", "nick", "staff_given", "staff_family"
_GIVEN_LIKE = {GIVEN, NICK, STAFF_GIVEN}
_FAMILY_LIKE = {FAMILY, STAFF_FAMILY}
_ALONE = {GIVEN, FAMILY, NICK, STAFF_FAMILY}  # a staff given name alone is too weak
_STAFF = {STAFF_GIVEN, STAFF_FAMILY}
_STRICT = {NICK, STAFF_GIVEN, STAFF_FAMILY}  # weaker evidence than the patient's own names
# a dictation mark on a line of its own: "EW/ap", "RS/mm" (dictating clinician / transcriptionist)
_DICTATION = re.compile(r"(?m)^[ \t]*([A-Za-z]{2,3})/([A-Za-z]{2,3})[ \t]*$")
_CREDENTIAL_AFTER = re.compile(r",?[ \t]*(?:n\.?p|r\.?n|p\.?a(?:-c)?|m\.?d|d\.?o|lpn|crna|cnm|np-c)\b\.?", I)
_GAP = re.compile(r"\s*[,.]?\s*")  # between two parts of a name
_MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
           "november", "december")


@functools.cache
def _nicknamer():
    from nicknames import NickNamer

    return NickNamer()


def nicknames(given: str) -> set[str]:
    """Common nicknames of a given name and the names it may be short for (both directions)."""
    low = given.lower()
    nn = _nicknamer()
    return {n for n in nn.nicknames_of(low) | nn.canonicals_of(low) if len(n) >= 3 and n.isalpha()} - {low}


@dataclass
class Lexicon:
    """Compiled look-ups for one person set: name word -> roles, initials, and regex rules."""

    words: dict[str, set[str]] = field(default_factory=dict)
    initials: set[str] = field(default_factory=set)
    person_initials: set[str] = field(default_factory=set)  # "jw", "jrw": whole-name initials
    rules: list[tuple[re.Pattern, str, bool]] = field(default_factory=list)  # (pattern, entity, word-like)

    def add_name(self, name: PersonName, staff: bool) -> None:
        """Index a person's name words by role (given or family, patient or staff), with the patient's
        nicknames and initials: the role later decides whether a word counts alone or only paired."""
        for g in name.given:
            for part in _parts(g):
                self.words.setdefault(part, set()).add(STAFF_GIVEN if staff else GIVEN)
                if not staff and len(part) >= 3:
                    for nick in nicknames(part):
                        self.words.setdefault(nick, set()).add(NICK)
            if g[:1].isalpha():
                self.initials.add(ascii_fold(g[0].lower()))
        for f in name.family:
            for part in _parts(f):
                self.words.setdefault(part, set()).add(STAFF_FAMILY if staff else FAMILY)
        given = [g[0].lower() for g in name.given if g[:1].isalpha()]
        family = name.family[-1][:1].lower() if name.family and name.family[-1][:1].isalpha() else ""
        if given and family:
            self.person_initials.add(given[0] + family)
            if len(given) > 1:
                self.person_initials.add(given[0] + given[1] + family)


def _parts(word: str) -> list[str]:
    """'Garcia-Lopez' -> ['garcia-lopez', 'garcia', 'lopez']; "O'Brien" stays whole. Spelled as the tokens' `low` is,
    without diacritics (`ascii_fold`), so "Müller" in the export finds "Müller", "MÜLLER" and "Muller" in a note."""
    low = ascii_fold(word.lower().strip(".,"))
    parts = [p for p in low.split("-") if p]
    return [low, *parts] if len(parts) > 1 else ([low] if low else [])


def _flex(chars: str) -> str:
    """A literal whose characters may be separated by one space, hyphen, dot or slash."""
    return r"[\s\-./]?".join(re.escape(c) for c in chars)


def _phone_pattern(value: str) -> list[str]:
    digits = re.sub(r"\D", "", value)
    if len(digits) == 11 and digits.startswith("1"):
        digits = digits[1:]
    if len(digits) == 10:
        a, b, c = digits[:3], digits[3:6], digits[6:]
        sep = r"[\s.\-/]{0,2}"
        return [rf"(?:\+?1{sep})?\(?{a}\)?{sep}{b}{sep}{c}", rf"{b}{sep}{c}"]
    return [_flex(digits)] if len(digits) >= 7 else []


def _date_patterns(d: dt.date) -> list[str]:
    y, yy = str(d.year), f"{d.year % 100:02d}"
    m, dd = rf"0?{d.month}", rf"0?{d.day}"
    name = _MONTHS[d.month - 1]
    month = rf"(?:{name}|{name[:3]}{'t' if name == 'september' else ''}?)\.?"
    year = rf"(?:{y}|'?{yy})"
    ordinal = r"(?:st|nd|rd|th)?"
    return [rf"{y}[-/.]{m}[-/.]{dd}", rf"{m}[-/.]{dd}[-/.]{year}", rf"{dd}[-/.]{m}[-/.]{year}",
            rf"{month}[\s\-]*{dd}{ordinal},?[\s\-]*{year}", rf"{dd}{ordinal}[\s\-]*(?:of\s+)?{month},?[\s\-]*{year}",
            rf"{y}{d.month:02d}{d.day:02d}", rf"{d.month:02d}{d.day:02d}{y}"]


def patient_lexicon(p: PatientIdentity) -> Lexicon:
    """Compile one patient's names, relatives, identifiers, phones, e-mails, birth dates and address
    into look-ups and regexes tolerant of the spacing and formats notes use, which rarely copy the
    export verbatim."""
    lex = Lexicon()
    for name in [*p.names, *p.relatives]:
        lex.add_name(name, staff=False)
    edge_an, end_an = r"(?<![A-Za-z0-9])", r"(?![A-Za-z0-9])"
    for value in p.identifiers:
        chars = re.sub(r"[^A-Za-z0-9]", "", value)
        if len(chars) >= 4 and any(c.isdigit() for c in chars):
            lex.rules.append((re.compile(edge_an + _flex(chars) + end_an, I), ID, False))
            if chars.isdigit() and chars.startswith("0") and len(chars.lstrip("0")) >= 5:
                lex.rules.append((re.compile(edge_an + _flex(chars.lstrip("0")) + end_an, I), ID, False))
    for value in p.phones:
        for pat in _phone_pattern(value):
            lex.rules.append((re.compile(r"(?<!\d)" + pat + r"(?!\d)"), CONTACT, False))
    for value in p.emails:
        lex.rules.append((re.compile(r"(?<![\w.+-])" + re.escape(value) + r"(?![\w-])", I), CONTACT, False))
    for d in p.birth_dates:
        lex.rules.append((re.compile(r"(?<![\d])(?:" + "|".join(_date_patterns(d)) + r")(?!\d)", I), DATE, False))
    for value in p.streets:
        words = value.replace(".", " ").split()
        if words:
            body = r"\.?\s+".join(re.escape(w) for w in words) + r"\.?"
            lex.rules.append((re.compile(edge_an + body + end_an, I), LOCATION, False))
            rest = words[1:] if words[0].isdigit() else []
            if len(rest) >= 2:  # the street without its number ("Maple Lane")
                lex.rules.append((re.compile(edge_an + r"\.?\s+".join(re.escape(w) for w in rest) + end_an, I),
                                  LOCATION, True))
    for value in p.cities:
        words = value.split()
        if words and len(value) >= 3:
            lex.rules.append((re.compile(edge_an + r"\s+".join(re.escape(w) for w in words) + end_an, I),
                              LOCATION, True))
    for value in p.zips:
        digits = re.sub(r"\D", "", value)
        if len(digits) in (5, 9):
            lex.rules.append((re.compile(rf"(?<!\d){digits[:5]}(?:-?\d{{4}})?(?!\d)"), LOCATION, False))
    return lex


def staff_lexicon(staff: tuple[PersonName, ...]) -> Lexicon:
    """The roster's names under staff roles: the roster applies to every note, so its words need
    a pairing or capitals before they count (see `_judge`)."""
    lex = Lexicon()
    for name in staff:
        lex.add_name(name, staff=True)
    return lex


def _word_case_ok(text: str, tok_text: str, start: int, mode: str, strict: bool = False) -> bool:
    """An everyday word counts as a name alone only when capitalised in a note with case
    information (`strict`, for nicknames and roster words: also not at a sentence start)."""
    if mode != "mixed" or not tok_text[:1].isupper():
        return False
    return not (strict and sentence_start(text, start))


class IdentityRecognizer(EntityRecognizer):
    """Finds the note's own patient, relatives and staff (see module doc)."""

    _CACHE = 512

    def __init__(self):
        super().__init__(supported_entities=[NAME, ID, CONTACT, DATE, LOCATION], name=IDENTITY_RECOGNIZER,
                         supported_language="en")

    def load(self) -> None:
        """Start an empty lexicon cache (Presidio calls load at construction): compiling a
        patient's rules anew for every note would cost more than matching them."""
        self._cache: dict[int, tuple[object, Lexicon]] = {}

    def _lexicon(self, obj: object, build) -> Lexicon:
        hit = self._cache.get(id(obj))
        if hit is not None and hit[0] is obj:
            return hit[1]
        if len(self._cache) >= self._CACHE:
            self._cache.clear()
        lex = build(obj)
        self._cache[id(obj)] = (obj, lex)  # holding obj keeps its id from being reused
        return lex

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        """Flag the current note's own people, identifiers, contacts, birth date and address (set by
        `use_identity`); with no identity it returns nothing, so exports without identities are unaffected."""
        ident = _current.get()
        if ident is None or not text:
            return []
        lexicons = []
        if ident.patient is not None:
            lexicons.append(self._lexicon(ident.patient, patient_lexicon))
        if ident.staff:
            lexicons.append(self._lexicon(ident.staff, staff_lexicon))
        if ident.staff_ids:  # NPI, DEA, source ids of the roster: matched like a patient's own identifiers
            lexicons.append(self._lexicon(ident.staff_ids, lambda ids: patient_lexicon(PatientIdentity(
                identifiers=set(ids)))))
        if not lexicons:
            return []
        mode = case_mode(text)
        spans = self._names(text, lexicons, mode)
        known = set().union(*(lex.person_initials for lex in lexicons))
        for m in finditer(_DICTATION, text):  # a mark whose initials are a known person's
            if m.group(1).lower() in known or m.group(2).lower() in known:
                spans.append((m.start(1), m.end(2), NAME))
        for lex in lexicons:
            for pattern, entity, wordlike in lex.rules:
                for m in finditer(pattern, text):
                    if wordlike and " " not in m.group(0) and sl.is_common(m.group(0).lower()) \
                            and not _word_case_ok(text, m.group(0), m.start(), mode):
                        continue
                    spans.append((m.start(), m.end(), entity))
        return [RecognizerResult(entity, s, e, SCORE, recognition_metadata={"recognizer_name": self.name})
                for s, e, entity in spans]

    # -- names over tokens -------------------------------------------------------------------
    @staticmethod
    def _roles(tok: Tok, lexicons: list[Lexicon]) -> set[str]:
        low = bare(tok.low)
        keys = [low, *low.split("-")] if "-" in low else [low]
        roles: set[str] = set()
        for lex in lexicons:
            for k in keys:
                roles |= lex.words.get(k, set())
        return roles

    def _names(self, text: str, lexicons: list[Lexicon], mode: str) -> list[tuple[int, int, str]]:
        toks = tokenize(text)
        initials = set().union(*(lex.initials for lex in lexicons))
        roles = [self._roles(t, lexicons) if t.is_word and not self._in_address(text, t) else set() for t in toks]
        out: list[tuple[int, int, str]] = []
        n, i = len(toks), 0
        while i < n:
            if not roles[i] and not self._initial(toks, i, initials):
                i += 1
                continue
            # a run of name words and initials, joined by spaces/newlines and at most one , or .
            group = [i]
            j = i + 1
            while j < n:
                prev = toks[group[-1]]  # a comma ("Smith, John") or an initial's period ("J. Smith")
                if (toks[j].text == "," or (toks[j].text == "." and len(prev.text) == 1)) and j + 1 < n \
                        and toks[j].start == prev.end:
                    nxt = j + 1
                else:
                    nxt = j
                if nxt < n and _GAP.fullmatch(text, toks[group[-1]].end, toks[nxt].start) \
                        and (roles[nxt] or self._initial(toks, nxt, initials)):
                    group.append(nxt)
                    j = nxt + 1
                else:
                    break
            out += self._judge(text, toks, roles, group, mode, lexicons)
            i = group[-1] + 1
        return out

    @staticmethod
    def _in_address(text: str, t: Tok) -> bool:
        """Is the token part of an e-mail address or URL ("j.smith@x.org")? Those are CONTACT spans
        whole (the contact rules and the patient's own e-mails find them); a name inside must not
        turn the whole address into a NAME surrogate."""
        start = max(text.rfind(" ", 0, t.start), text.rfind("\n", 0, t.start), text.rfind("\t", 0, t.start)) + 1
        end = min((i for i in (text.find(c, t.end) for c in " \n\t") if i >= 0), default=len(text))
        chunk = text[start:end]
        return "@" in chunk or "://" in chunk or chunk.lower().startswith("www.")

    @staticmethod
    def _initial(toks: list[Tok], i: int, initials: set[str]) -> bool:
        t = toks[i]  # an initial is a capital ("J Smith") or carries its period ("j. smith")
        return t.is_word and len(t.text) == 1 and t.low in initials and (
            t.text.isupper() or (i + 1 < len(toks) and toks[i + 1].text == "." and toks[i + 1].start == t.end))

    def _judge(self, text: str, toks: list[Tok], roles: list[set[str]], group: list[int],
               mode: str, lexicons: list[Lexicon]) -> list[tuple[int, int, str]]:
        """Which part of a run is a name: the whole run when it pairs a given-like word (or an
        initial) with a family-like word; else each word that may stand alone. The staff roster
        applies to every note, so roster words that are everyday words need capitals (and, alone,
        no sentence start) as evidence."""
        words = [k for k in group if roles[k]]
        # roster words that are medical vocabulary too ("vera", "barlow") count as everyday words
        common = {k: self._common(toks[k], lexicons)
                  or (roles[k] <= _STAFF and self._base(toks[k]) in sl.medical_words()) for k in words}
        has_family = any(roles[k] & _FAMILY_LIKE for k in words)
        has_given = any(roles[k] & _GIVEN_LIKE for k in words) or len(words) < len(group)
        pair = has_family and has_given and len(group) >= 2 and sum(len(self._base(toks[k])) for k in group) >= 4
        if pair and all(roles[k] <= _STAFF and common[k] for k in words):
            pair = mode == "mixed" and all(toks[k].text[:1].isupper() for k in words)
        if pair:
            last = group[-1]
            nxt = last + 1  # a middle initial the export does not record: "Stanbrook, Ananya R"
            if nxt < len(toks) and toks[nxt].is_word and len(toks[nxt].text) == 1 \
                    and (toks[nxt].text.isupper() or mode == "lower") \
                    and text[toks[last].end:toks[nxt].start] == " ":
                last = nxt
            return [(toks[group[0]].start, self._end(toks, last), NAME)]
        out = []
        for k in words:
            t = toks[k]
            base = self._base(t)
            alone = roles[k] & _ALONE
            if not alone and STAFF_GIVEN in roles[k] and _CREDENTIAL_AFTER.match(text, t.end):
                alone = {STAFF_GIVEN}  # "Peg, NP": a staff given name signed with a credential
            if len(base) < 3 or not alone:
                continue
            if common[k] and not _word_case_ok(text, t.text, t.start, mode, strict=alone <= _STRICT):
                continue
            out.append((t.start, self._end(toks, k), NAME))
        return out

    def _common(self, t: Tok, lexicons: list[Lexicon]) -> bool:
        """Is the name word (or the part of a hyphenated word that matched: "three-way") an everyday word?"""
        base = self._base(t)
        if any(base in lex.words for lex in lexicons) or "-" not in base:
            return sl.is_common(base)
        return any(sl.is_common(p) for p in base.split("-") if any(p in lex.words for lex in lexicons))

    @staticmethod
    def _base(t: Tok) -> str:
        return bare(t.low)

    @staticmethod
    def _end(toks: list[Tok], k: int) -> int:
        """End of token k, with digits glued on ("Jacinto644") and a trailing initial's period."""
        end = toks[k].end
        if k + 1 < len(toks) and toks[k + 1].start == end and toks[k + 1].text.isdigit():
            end = toks[k + 1].end
        elif len(toks[k].text) == 1 and k + 1 < len(toks) and toks[k + 1].text == "." \
                and toks[k + 1].start == end:
            end = toks[k + 1].end
        return end

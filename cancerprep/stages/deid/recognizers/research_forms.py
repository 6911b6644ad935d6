"""Clinical-research and cancer-registry documents (issue #13): positions where screening logs, CRF headers, specimen
labels, IWRS and dispensing logs, shipping records, registry abstracts and tumour-board minutes write a subject's
number, a kit or a shipment's number, an old patient's age, a ZIP code, a signer's initials or a person's name.

Why a module of its own: research paperwork names its subject by number and its staff by initials in log columns,
not by the clinical phrasing the other recognizers read ("Subject 1234 | Visit: EOT", "kit 12345", "airbill 1234
5678 9012", "Subject initials: ABC", "checked AB 08:00 / CD 16:00", "case of Lee -"). The position is the evidence;
each class refuses what a research document also writes there:

* **subject numbers (ID)** after a subject label ("subject", "subj", "participant", "Pt ID in <system>:", a
  screening, enrolment or randomisation number), three to six digits or a site-subject pair ("012-034"); a
  "patient NNN" only on a line that speaks of a study (cohort, dose level, arm, DLT, protocol, site); a site-subject
  pair in a cell of a specimen label. Never a count or measure ("subject 120 mg", "120/80"), a fraction, a date;
* **kit and bottle numbers (ID)** after "kit" or "bottle" (a list too); never a count before the word ("2 kits"),
  nor a drug lot ("kit lot 1234");
* **shipment numbers (ID)**: an airbill, waybill, tracking or pickup-confirmation value, and the value of a request,
  ticket or case number ("unblinding request number UB-12345"); protocol, IRB, NCT and lot numbers stay;
* **ages over 89 (AGE)** as a subject's predicate ("Pt is 97 and ...");
* **ZIP codes (LOCATION)** in a ZIP field with a qualifier ("Zip code at diagnosis: 12345");
* **initials (NAME)** in an initials field ("Subject initials (F-M-L): ABC", "subj init AB"), and after a research
  log's act ("checked AB 08:00 / CD 16:00", "reviewed AB / co-signed CD", "confirmed AB; notified pharmacy CD",
  "counted by AB", "relinquished by: AB"). Capitals where the line has case; never a credential, stop word, medical
  or known word (outside a pair vouched for by its companion);
* **names (NAME)** of the case in tumour-board minutes ("case of Lee -"), a screen failure ("Screen fail: Lee -"),
  a subject-name field ("SUBJECT NAME: LEE, ANN M"), the subject in apposition ("The subject, Ann Lee, was"), a
  participant or subject with a verb ("Subject Ann Lee completed ...", "participant Ann Lee who"), a sorted name
  after a charted date and time ("... 0915 -- Lee, Ann arrived"), a pharmacist before "/ RPh", a processor ("processed
  by Lee per SOP"). Each word a census name or a word no vocabulary knows, nothing claimed, capitals where the line
  has case.
"""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.name_likeness import name_like
from cancerprep.stages.deid.recognizers.accented import accented, accented_name
from cancerprep.stages.deid.recognizers.age import NOT_AGE_AFTER
from cancerprep.stages.deid.recognizers.base import AGE, ID, LOCATION, NAME, SpansRecognizer, finditer
from cancerprep.stages.deid.recognizers.context import UNIT_AFTER, line_bounds, line_cased, medical_only
from cancerprep.stages.deid.recognizers.initials_class import INIT, initials_ok
from cancerprep.stages.deid.recognizers.tokens import NAME_WORD, ascii_fold, bare
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, ROLE_TITLES, STOP, TITLES

RESEARCH = "ResearchFormsRecognizer"

_W = NAME_WORD
I = re.I  # noqa: E741
# A number that is no measure, fraction, decimal, date or range: what closes a subject's, kit's or case's number.
_NUM_END = r"(?![\w/.,:-]*\d)(?![\w'’-])"

# ---- subject numbers ------------------------------------------------------------------------------------------
_SUBJ_VALUE = r"(\d{3,6}|\d{2,4}-\d{3,5})"
_SUBJECT = re.compile(
    rf"\b(?:subj(?:ect)?|participant|pt[ \t]+id|"
    rf"(?:screening|enrol(?:l?ment)?|randomi[sz]ation)[ \t]*(?:no\.?|number|#|id))"
    rf"(?:[ \t]*(?:no\.?|number|#|id))?(?:[ \t]+in[ \t]+[A-Za-z]+)?[ \t]*[:#]?[ \t]*{_SUBJ_VALUE}{_NUM_END}", I)
_PATIENT_NO = re.compile(rf"\b(?:patient|pt)[ \t]*#?[ \t]*(\d{{3,6}}){_NUM_END}", I)
_STUDY_LINE = re.compile(r"\b(?:cohort|dose[ \t]+level|arm|DLT|protocol|study|trial|site|enrol\w*|randomi[sz]\w*)\b",
                         I)
_LABEL_CELL = re.compile(r"(?:^|[/|])[ \t]*(\d{2,4}-\d{3,5})[ \t]*(?=[/|])", re.M)
_LABEL_LINE = re.compile(r"\b(?:label|aliquot|tube|specimen|sample)\b", I)

# ---- kits, shipments, requests ---------------------------------------------------------------------------------
_KIT = re.compile(rf"(?<!\d[ \t])\b(?:kit|bottle)s?(?:[ \t]*(?:no\.?|number|#|id))?[ \t]*[:#]?[ \t]*"
                  rf"([A-Z]{{0,3}}-?\d{{4,10}}){_NUM_END}", I)
_KIT_NOT = re.compile(r"(?:kit|bottle)s?[ \t]*(?:lot|ref|cat)", I)
_TRACKING = re.compile(
    rf"\b(?:air[ \t]?bill|way[ \t]?bill|AWB|tracking|pickup[ \t]+confirmation|confirmation)"
    rf"(?:[ \t]*(?:no\.?|number|#|id))?[ \t]*[:#]?[ \t]*"
    rf"(\d{{3,4}}(?:[ -]\d{{3,8}}){{1,3}}|\d{{8,22}}|1Z[A-Z0-9]{{16}}|[A-Z]{{2,4}}\d{{5,12}}){_NUM_END}", I)
_REQUEST = re.compile(
    rf"\b(?:request|ticket|case|report)[ \t]*(?:no\.?|number|#|id)[ \t]*[:#]?[ \t]*"
    rf"([A-Z]{{1,4}}-?\d{{4,10}}|\d{{5,10}}){_NUM_END}", I)
_REQUEST_NOT = re.compile(r"\b(?:protocol|irb|nct|lot|ind|ide|icd|cpt)\b[^\n]{0,12}$", I)

# ---- ages, ZIP codes -------------------------------------------------------------------------------------------
_AGE_IS = re.compile(rf"\b(?:pt|patient|subject|participant|he|she)[ \t]+(?:is|was)(?:[ \t]+now)?[ \t]+"
                     rf"(9\d|1[01]\d)\b{NOT_AGE_AFTER}(?=[ \t]*(?:[,;.]|$|and\b|with\b|y(?:ea)?rs?\b|yo\b|y/o))",
                     I | re.M)
_ZIP = re.compile(r"\bzip(?:[ \t]*code)?[ \t]+(?:at|of|on)[ \t]+\w+[ \t]*[:#]?[ \t]*(\d{5}(?:-\d{4})?)(?![\w-])", I)

# ---- initials --------------------------------------------------------------------------------------------------
_INIT = INIT
_CLOSE = r"(?=[ \t]*(?:[/,;:.|)]|$)|[ \t]{2,}|[ \t]+\d)"
# an initials field: "initials" or "init(s)" ("Subject initials", "subj init AB"); the singular "initial" only with
# a person's word before it or a colon after it ("initial CXR" is a first study)
_INITIALS_FIELD = re.compile(
    rf"\b(?:(?:subj(?:ect)?|pt|patient|participant|donor|staff|witness|reviewer|investigator|coordinator|monitor|"
    rf"pharmacist|nurse)(?:['’]?s)?[ \t]+init(?:ials?|s)?(?![a-z])\.?[ \t]*[:#]?"
    rf"|init(?:ials|s)?(?![a-z])\.?(?:[ \t]*/[ \t]*date)?(?:[ \t]*\([^)\n]{{0,12}}\))?[ \t]*[:#]?"
    rf"|initial[ \t]*[:#])[ \t]*({_INIT}){_CLOSE}", I | re.M)
_ACTS = (r"(?:confirmed|checked|reviewed|co-?signed|verified|counted|witnessed|relinquished|received|done|dispensed|"
         r"prepared|packed|shipped|entered|abstracted|QC'?d|notified[ \t]+(?:pharmacy|PI|sponsor|IDS)|obtained|"
         r"collected|performed|signed|returned|drawn|labell?ed|logged|reconciled|destroyed|audited|monitored|"
         r"source[ \t-]+verified|SDV'?d|transcribed|approved|initial(?:l?ed))")
# the act's signer, and a second after a charted time and a slash ("checked AB 08:00 / CD 16:00")
_ACT_INITIALS = re.compile(rf"\b{_ACTS}((?:[ \t]+by)?[ \t]*:?)[ \t]*({_INIT}){_CLOSE}"
                           rf"(?:[ \t]+\d{{1,2}}:?\d{{2}}[ \t]*/[ \t]*({_INIT}){_CLOSE})?", I | re.M)
# A prose act (`_PROSE_ACT`) signs only on a research log's line ("Randomization confirmed AB;"): in prose
# "received FFP" or "confirmed by AB..." is a clinical statement.
_LOG_LINE = re.compile(r"\b(?:logs?|checklist|randomi[sz]ation|consent|custody|accountability|kits?|specimens?|"
                       r"samples?|shipment|abstract|eligibility|dispens\w*|IWRS|IRT|e?CRF|QC|temperature|fridge|"
                       r"freezer|aliquots?|tabs|bottles?|caps)\b", I)
# Acts clinical prose writes with "by" ("confirmed by ...", "received by ...", "done by ..."): a log's line only.
_PROSE_ACT = re.compile(r"(?:confirmed|received|done|obtained|collected|performed|signed|returned|drawn)\b", I)
_BY_CELL = re.compile(rf"(?:^|\|)[ \t]*by[ \t]*:?[ \t]*({_INIT}){_CLOSE}", I | re.M)
# Words a research log writes after an act that are no one's initials.
_NOT_INITIALS = frozenset({
    "id", "ok", "na", "no", "yes", "all", "per", "via", "the", "and", "for", "bp", "hr", "dob", "mrn", "icf", "irb",
    "pi", "crc", "cra", "ids", "sop", "eot", "eos", "sae", "ae", "dlt", "crf", "ecrf", "ip", "iwrs", "irt", "log",
    "lab", "rx", "tabs", "kit", "box", "bag", "vial", "set", "qc", "date", "time", "not", "yet", "out", "in", "off",
    "on", "see", "x2"})
# Times of day: never a signer on their own, a companion's initials where the line has case ("received by: AM 10:42").
_TIME_WORDS = frozenset({"am", "pm", "mg", "ml"})

# ---- names -----------------------------------------------------------------------------------------------------
_NAMES = rf"({_W}(?:[ \t]+{_W}){{0,2}})"
_CASE_OF = re.compile(rf"\bcase[ \t]+of[ \t]+{_NAMES}(?=[ \t]*(?:[-–—:;]|$))", I | re.M)
_SCREEN_FAIL = re.compile(rf"\bscreen(?:ing)?[ \t]+fail(?:ure)?[ \t]*:[ \t]*{_NAMES}(?=[ \t]*(?:[-–—;(]|$))", I | re.M)
_SUBJECT_FIELD = re.compile(rf"\b(?:subject|participant|patient)(?:[ \t]+name)?[ \t]*:[ \t]*({_W}),[ \t]*({_W})"
                            rf"(?:[ \t]+([A-Za-z])\b\.?)?", I)
_APPOSITION = re.compile(rf"\b(?:the|this)[ \t]+(?:subject|participant|patient),[ \t]+{_NAMES},", I)
_SUBJECT_VERB = re.compile(
    rf"\b(?:subject|participant)[ \t]+{_NAMES}[ \t]+(?:who|completed|signed|was|is|has|had|withdrew|"
    rf"consented|enrolled|declined|arrived|tolerated|reported|missed|died)\b", I)
_TIMED_SORTED = re.compile(rf"\b\d{{3,4}}[ \t]*(?:--|—|–|-)[ \t]*({_W}),[ \t]*({_W})(?=[ \t]+[a-z]|[ \t]+[A-Z]+\b)", I)
_RPH = re.compile(rf"\b(?:pharmacist|verification|verified|dispensed)[^\n|]{{0,20}}?:[ \t]*{_NAMES}[ \t]*/[ \t]*"
                  rf"(?:RPh|PharmD|CPhT)\b", I)
# a research role's field: the registrar, coordinator, monitor ("CTR: Ann Lee  Abstract completed ...")
_RESEARCH_ROLE = re.compile(rf"\b(?:CTR|CRC|CRA|abstractor|registrar|research[ \t]+nurse|study[ \t]+coordinator|"
                            rf"monitor|data[ \t]+manager)[ \t]*:[ \t]*{_NAMES}(?=[ \t]{{2,}}|[ \t]*[,;|(]|$)", I | re.M)
_PROCESSED = re.compile(rf"\b(?:processed|aliquoted|abstracted|shipped|packed|collected)[ \t]+by[ \t]+{_NAMES}"
                        rf"(?=[ \t]+(?:per|on|at|for)\b|[ \t]*[,;(]|$)", I | re.M)


def _claimed(low: str) -> bool:
    """A stop word, title, relation, credential, role, clinical or drug word: no one's name here."""
    base = bare(low)
    return (base in STOP or base in TITLES or base in RELATIONS or base in CREDENTIALS or base in ROLE_TITLES
            or medical_only(base) or sl.drug_word(base))


def _name_ok(words: list[str], cased: bool) -> bool:
    """Do `words` name a person? Each a census name or a word no vocabulary knows (spelled like a name where the line
    has no case), nothing claimed, a capital first where the line has case; an everyday word that is a census name
    only where the line's case vouches for it."""
    if not words:
        return False
    for word in words:
        low = ascii_fold(bare(word.lower().strip("'’.")))
        parts = [p for p in low.split("-") if p]
        if len(low) < 2 or not parts or any(_claimed(p) for p in parts):
            return False
        if accented(word):  # written with accents: a name unless a loanword, eponym or clinical fold
            if not accented_name(word, cased):
                return False
            continue
        if cased and (not word[:1].isupper() or (word.isupper() and not (len(low) >= 4 and low in sl.census_names()))):
            return False  # a capital vouches, an acronym ("ANC") does not
        for p in parts:
            census = p in sl.census_names()
            if not (census or unknown_word(p, "frame") or (name_like(p) and not sl.is_known_word(p))):
                return False
            if sl.is_common(p) and not (census and cased):
                return False
    return True


def _initials_ok(letters: str, cased: bool, strict: bool) -> bool:
    """May `letters` be a signer's initials? Capitals where the line has case; never a credential, stop word or log
    abbreviation; `strict` also refuses medical words and, without case, any known word."""
    low = letters.lower()
    if cased and not letters.isupper():
        return False
    if low in CREDENTIALS or low in _NOT_INITIALS:
        return False
    if not strict:  # beside a signer, capitals are initials ("MS", "AM"); on a caseless line a title or word stays
        return cased or not (low in TITLES or low in STOP)
    if low in STOP:
        return False
    if low in TITLES or low in _TIME_WORDS:
        return False
    # the shared judge of a signing position (`initials_class`): two letters unless a service or test that prose
    # puts after an act ("reviewed by GI"), three unless any clinical abbreviation, and without case no everyday word
    return initials_ok(letters, cased, "signed")


class ResearchFormsRecognizer(SpansRecognizer):
    """Subject, kit and shipment numbers, old ages, ZIP codes, initials and names in the positions of research and
    registry documents (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(RESEARCH, [NAME, ID, AGE, LOCATION], research_spans)


def research_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, entity, score) of every class in `text` (the module doc lists them)."""
    out: list[tuple[int, int, str, float]] = []
    _numbers(text, out)
    _ages_zips(text, out)
    _initials(text, out)
    _names(text, out)
    return out


def _numbers(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for m in finditer(_SUBJECT, text):
        if not UNIT_AFTER.match(text, m.end(1)):
            out.append((m.start(1), m.end(1), ID, 0.8))
    for m in finditer(_PATIENT_NO, text):
        a, b = line_bounds(text, m.start())
        if not UNIT_AFTER.match(text, m.end(1)) and _STUDY_LINE.search(text, a, b):
            out.append((m.start(1), m.end(1), ID, 0.75))
    for m in finditer(_LABEL_CELL, text):
        a, b = line_bounds(text, m.start(1))
        if _LABEL_LINE.search(text, a, b):
            out.append((m.start(1), m.end(1), ID, 0.75))
    for m in finditer(_KIT, text):
        if not _KIT_NOT.match(text, m.start()) and not UNIT_AFTER.match(text, m.end(1)):
            out.append((m.start(1), m.end(1), ID, 0.8))
    for m in finditer(_TRACKING, text):
        if sum(c.isdigit() for c in m.group(1)) >= 6:
            out.append((m.start(1), m.end(1), ID, 0.8))
    for m in finditer(_REQUEST, text):
        a, _ = line_bounds(text, m.start())
        if not _REQUEST_NOT.search(text[a:m.start()]):
            out.append((m.start(1), m.end(1), ID, 0.8))


def _ages_zips(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for m in finditer(_AGE_IS, text):
        out.append((m.start(1), m.end(1), AGE, 0.8))
    for m in finditer(_ZIP, text):
        out.append((m.start(1), m.end(1), LOCATION, 0.8))


def _initials(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for m in finditer(_INITIALS_FIELD, text):
        # an initials field holds its person's initials: known and medical look-alikes too, not stop words
        if _initials_ok(m.group(1), line_cased(text, m.start(1)), strict=False):
            out.append((m.start(1), m.end(1), NAME, 0.65))
    lines: dict[int, list[tuple[int, int, str]]] = {}
    for rx in (_ACT_INITIALS, _BY_CELL):
        for m in finditer(rx, text):
            if rx is _ACT_INITIALS and _PROSE_ACT.match(m.group()):
                a, b = line_bounds(text, m.start())
                if not _LOG_LINE.search(text, a, b):
                    continue
            # an act's label with its colon ("transcribed by: AB") names its signer, as an initials field does
            label = rx is _ACT_INITIALS and ":" in m.group(1)
            for g in range(2 if rx is _ACT_INITIALS else 1, len(m.groups()) + 1):
                if m.group(g):
                    lines.setdefault(line_bounds(text, m.start(g))[0], []).append(
                        (m.start(g), m.end(g), m.group(g), label and g == 2))
    for group in lines.values():
        cased = line_cased(text, group[0][0])
        ok = [_initials_ok(t, cased, strict=not label) for _, _, t, label in group]
        # a log line's signers vouch for each other ("by AB | verified CT"); two signers' places on one line vouch
        # for both, where the line has no case too, unless a word is medical ("REVIEWED AB / CO-SIGNED CD")
        valid = [_initials_ok(t, cased, strict=False) for _, _, t, _ in group]
        pair = sum(valid) >= 2
        for (a, b, t, _), own, fit in zip(group, ok, valid, strict=True):
            low = t.lower()
            companion = fit and ((cased and (any(ok) or pair)) or (
                pair and low not in sl.medical_words() and not medical_only(low)))
            if own or companion:
                out.append((a, b, NAME, 0.65))


def _names(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for rx in (_CASE_OF, _SCREEN_FAIL, _APPOSITION, _SUBJECT_VERB, _RPH, _PROCESSED, _RESEARCH_ROLE):
        for m in finditer(rx, text):
            words = re.findall(_W, m.group(1))
            if _name_ok(words, line_cased(text, m.start(1))):
                out.append((m.start(1), m.end(1), NAME, 0.7))
    for rx in (_SUBJECT_FIELD, _TIMED_SORTED):
        for m in finditer(rx, text):
            cased = line_cased(text, m.start(1))
            # a sorted name: both words names, or a given name (or, in a name field with a middle initial, any
            # unclaimed word) after a surname
            first = bare(m.group(2).lower())
            given = first in sl.first_names() or (
                rx is _SUBJECT_FIELD and m.group(3) is not None and first not in TITLES and first not in CREDENTIALS)
            if _name_ok([m.group(1), m.group(2)], cased) or (given and _name_ok([m.group(1)], cased)):
                end = m.end(3) if rx is _SUBJECT_FIELD and m.group(3) else m.end(2)
                out.append((m.start(1), end, NAME, 0.7))

"""Perioperative and procedural documents (issue #13): positions where OR case cards, time-outs, count sheets,
anaesthesia records, implant logs, specimen labels and PACU handoffs write a team member, the patient, a signer's
initials, a device's serial or lot number, a blood component's number or a surgery centre.

Why a module of its own: an OR document names people by their place in the team and signs by initials in columns
and brackets, not by the clinical phrasing the person frames read ("Surg AB, Anes CD", "Needle count 12/12 AB CD",
"correct (AB)", "Circulator: Lee", "RN Lee (x)   ANES Chu (x)", "Lee scrubbed out at 1130", "Anesthesia ready 0748
(Lee)", "SN ABC123456", "(10)A123456(21)12345678"). The position is the evidence; each class refuses what an OR
document also writes there:

* **initials (NAME)** after a perioperative act and "by" ("prepped by AB", "handed off by AB to CD", "checked by AB
  and CD"), after an act's label ("Blood verified (2-person): AB / CD", "Site marked: yes + AB"), in a roster of role
  abbreviations ("Surg AB, Anes CD", "RN AB ST CD": two roles at least on the line), after a count ("Needle count
  12/12 AB CD"), in brackets after a checklist outcome or a role ("correct (AB)", "intact pre/post (AB)", "per anes
  (AB)", two in one bracket "correct x2 (AB/CD)"), right after an act of signing ("Counts reconciled AB/CD"), a role
  field's value ("Circulator: AB"), the last cell of a count's table set out by wide gaps, and a transcription
  reference on a dictation line ("DD: ... DT: ... ABC/de"). Two or three letters,
  capitals where the line has case; never a credential, a stop word, an anaesthesia or OR abbreviation ("GA", "MAC",
  "LMA", "ETT", "OR"), nor (outside rosters) a medical word ("CXR", "CT");
* **the team by role (NAME)**: a role field's value ("Surgeon: Lee", "Circulator: Lee", "Resident: Lee (PGY-3)",
  "Rep: Lee from ..."), a role abbreviation and a name before a checkbox ("RN Lee (x)"), a staff list split by slashes
  ("Anesthesia staff: Lee (attending) / Chu (CA-2)"), a name in brackets after a charted time ("ready 0748 (Lee)"),
  relief and scrubbing ("Lee scrubbed out", "Chu in for closing count", "relieved by Lee"), a role, a name and a
  notice ("PACU attending Lee aware");
* **the patient (NAME)**: a case's name ("Lee case bumped to ..."), a field's name before an age and sex ("handoff:
  Lee, 67F"), a sorted name on a label or band ("Specimen label: Lee, Ann | ...", "band reads Lee, Ann --"), the
  title with one or two words and an arrival, state or refusal ("pt Ann Lee arrived to PACU", "Pt. Lee c/o", "pt Lee
  declines"), a field's subject resting or on bedrest, a clause's subject "is doing well", a middle-initial or
  given-name field beside a name field, a sorted name in a schedule's table cell; where the slot is a name's own (a
  sorted label, a given-name field), a given name no census list holds is taken on its spelling (`_coined`);
* **device serial and lot numbers (ID)** after SN, S/N, serial(s), lot(s) (a list of values too), and the lot (10)
  and serial (21) of a GS1 UDI string; the GTIN (01), dates (11)/(17), models and REF/catalogue numbers stay;
* **blood components (ID)**: a pooled or component number with a letter and five digits after a product word
  ("Cryo pooled 12-A34567"; ISBT 128 numbers are `ward_forms`'s);
* **pathology accessions (ID)** with a four-digit year ("SP-2024-012345");
* **surgery centres (LOCATION)**: a proper name before "Day Surgery", "Outpatient Surgery", "Endoscopy Center" or
  "Surgicenter" ("Oakmont Day Surgery"; never "Same Day Surgery"), a surname before a surgical specialty ("Lee
  General Surgery");
* **split street fields (LOCATION)**: the value of a "Street:" field and the house number of a "No.:" field beside it.
"""

from __future__ import annotations

import functools
import re as stdre
from collections.abc import Iterator

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import slip_of_known
from cancerprep.stages.deid.name_likeness import name_like
from cancerprep.stages.deid.recognizers.accented import accented, accented_name
from cancerprep.stages.deid.recognizers.address import STATE_CODES
from cancerprep.stages.deid.recognizers.base import (
    ID,
    LOCATION,
    NAME,
    Folded,
    Gated,
    Lined,
    LiteralLined,
    RegexFolded,
    ReversedFolded,
    SpansRecognizer,
    WordAnchored,
    finditer,
)
from cancerprep.stages.deid.recognizers.context import (
    MONTH_DAY,
    UNIT_AFTER,
    field_subject,
    line_bounds,
    line_cased,
    list_item_words,
    medical_only,
)
from cancerprep.stages.deid.recognizers.initials_class import INIT, initials_ok, number_before
from cancerprep.stages.deid.recognizers.tokens import LETTER, NAME_WORD, UPPER, ascii_fold, bare
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, ROLE_TITLES, STOP, TITLES

PERIOP = "PeriopFormsRecognizer"

_W = NAME_WORD
_INIT = INIT
# What closes a signer's initials: punctuation, the line's end, a wide gap, a time or number, a joining word.
_CLOSE = r"(?=[ \t]*(?:[/,;:).&+]|$)|[ \t]{2,}|[ \t]+[@\d]|[ \t]+(?i:and|at|to|on|in|for|with|after|before|prior)\b)"
# Two signers: "AB / CD", "AB and CD", "AB & CD", "AB, CD", "AB to CD" (a hand-off).
_PAIR = rf"({_INIT})(?:[ \t]*(?:/|,|&|\+|(?i:and|to))[ \t]*({_INIT}))?"

# each `GateLined` gate's lines in the last note it was asked of, by the gate (rules sharing a gate ask it once a note)
_GATE_LINES: dict[re.Pattern, tuple[str, tuple[tuple[int, int], ...]]] = {}


class GateLined:
    """A pattern that never crosses a line, searched only on the lines where its `regex` gate matches (a lookbehind
    over a list of roles or acts at a colon: `Lined` takes a stdlib anchor in lower case, which cannot look behind
    over words of many lengths). Why: `_ROLE_FIELD` and `_ACT_LABEL` open with a blank or a lookbehind, so once their
    gate passed (most MTSamples notes: "Surgeon:", "Assistant:", "reviewed:") `regex` tried them at every character,
    ~200-340 us a long note each; the gate's few lines hold every match. Each match's gate character (the role's or
    act's colon or dash) lies on the match's line, and a search of that line finds what the whole note's search finds
    there (the pattern looks behind, never past the line's end: `$` is multi-line). Any note, ASCII or not: the gate
    reads the note as written (perf53; tests compare both on real notes)."""

    def __init__(self, gate: re.Pattern, pattern: re.Pattern):
        self.gate = gate
        self.pattern = pattern

    def lines(self, text: str, timeout: float | None = None) -> tuple[tuple[int, int], ...]:
        """(start, end) of each line holding a gate match, in order, kept for the last note (by the gate)."""
        last = _GATE_LINES.get(self.gate)
        if last is None or last[0] is not text:
            found: list[tuple[int, int]] = []
            done = -1
            for m in self.gate.finditer(text, timeout=timeout):
                if m.start() < done:
                    continue
                end = text.find("\n", m.start())
                done = len(text) if end == -1 else end
                found.append((text.rfind("\n", 0, m.start()) + 1, done))
            last = _GATE_LINES[self.gate] = (text, tuple(found))
        return last[1]

    def finditer(self, text: str, pos: int = 0, timeout: float | None = None) -> Iterator[re.Match]:
        """The pattern's matches from `pos` on, in order."""
        for start, end in self.lines(text, timeout):
            if end >= pos:
                yield from self.pattern.finditer(text, max(start, pos), end, timeout=timeout)

# Acts an OR document signs by initials ("prepped by AB", "handed off by AB to CD", "Blood verified (2-person): AB").
_ACTS = (r"checked|verified|confirmed|prepped|prepared|prep|marked|positioned|placed|applied|removed|"
         r"handed[ \t]+off|passed[ \t]+off|handed[ \t]+over|handed|received|counted|performed|witnessed|signed|"
         r"initialed|reviewed|documented|scanned|labell?ed|sent|transported|reconciled|logged|inspected|opened|"
         r"set[ \t]+up|cleaned|time-?out|timeout|completed|done|entered|charted|recorded|administered|drawn|"
         r"inserted|dressed|irrigated|closed|secured|assessed|obtained|collected|packaged|delivered|picked[ \t]+up|"
         r"called|led|conducted|initiated|attested|co-?signed|read[ \t]+back|initials|signature|intubated|"
         r"extubated|induced|draped|transfused|hung|spiked|wasted|primed|zeroed|calibrated|flushed|tested")
# (found from its "by" and initials, the act looked for before it on the line: `_ACT_BEFORE`)
_BY = Gated(Folded(r"by[ \t]*:?[ \t]*[a-z]{2,3}\b"), re.compile(
    rf"(?i)(?<![\w'’-])by[ \t]*:?[ \t]*(?-i:{_PAIR}){_CLOSE}", re.M))
# the act, then what it was done to (a bracket or up to three words), right before "by"
# (acts that clinical prose also writes before "by" and a test or service, "confirmed by", "obtained by", are not
# read as signed there; PhysioNet and planted check parts each gained one such span)
_PROSE_ACTS = frozenset({"confirmed", "obtained", "collected", "drawn", "assessed", "sent", "delivered"})
_ACT_BEFORE = re.compile(rf"(?i)\b(?!(?:{'|'.join(sorted(_PROSE_ACTS))})\b)(?:{_ACTS})\b"
                         rf"(?:[ \t]*\([^()\n]{{1,30}}\)|[ \t]+[A-Za-z/-]+){{0,3}}?[ \t]+$")
# "Blood verified (2-person): AB / CD", "Site marked: yes + AB": an act's label, then its signers (a "yes" or a
# checkmark between).
# (whether a note holds an act's label asked first, the gate mirrored over the reversed note as `_ROLE_COLON_AHEAD`
# is, without its literals: ~13 -> ~5.5 us a PhysioNet note; perf53)
_ACT_COLON_AHEAD = ReversedFolded(rf"\b(?:{_ACTS})(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*(?::|[ \t]-)")
_ACT_COLON_AHEAD.literals = None
_ACT_LABEL = Gated(_ACT_COLON_AHEAD, GateLined(
    re.compile(rf"(?i)[:-](?<=\b(?:{_ACTS})(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*(?::|[ \t]-))"), re.compile(
    rf"(?im)(?<=\b(?:{_ACTS})(?:[ \t]*\([^()\n]{{1,30}}\))?[ \t]*)(?::|[ \t]-)[ \t]*"
    rf"(?:(?:yes|y|done|complete|x|✓)[ \t]*(?:[+/,-]|by)?[ \t]*)?(?-i:{_PAIR}){_CLOSE}")))
# "Counts verified AB/CD", "Consent signed AB": the signers right after the act, closing the field (capitals on a
# line with case; the closing keeps "placed in", "placed NG tube" out). Only after an act of signing: after any
# other act capitals are as often a clinical abbreviation ("removed POD 2", "placed RUQ/LUQ").
_SIGNING = r"signed|initialed|co-?signed|attested|witnessed|verified|counted|reconciled"
# (tried only where an act of signing stands as a whole word, `WordAnchored`: only a match after one is read, and no
# other act's match reaches over a signing word's start, so these are the matches read; a zero-width anchor on every
# act was tried by stdlib `re` at every character)
_SIGNING_WORDS = ("signed", "initialed", "co", "cosigned", "attested", "witnessed", "verified", "counted", "reconciled")
_ACT_DIRECT = WordAnchored(_SIGNING_WORDS, re.compile(
    rf"(?i)\b(?:({_SIGNING})|{_ACTS})[ \t]+"
    rf"(?-i:({UPPER}{{2,3}})(?:[ \t]*(?:/|&|\+|(?i:and))[ \t]*({UPPER}{{2,3}}))?)"
    rf"(?![\w'’-])(?=[ \t]*(?:[,;).]|$)|[ \t]{{2,}}|[ \t]+[@\d])", re.M))
# Role abbreviations an OR roster writes before initials ("Surg AB, Anes CD", "RN AB ST CD").
_ROSTER_ROLES = (r"surg|surgeon|anes|anesth|anesthesia|anaes|circ|circulator|circulating|scrub|st|cst|rn|crna|srna|"
                 r"rnfa|perf|perfusion|asst|assist|resident|res|fellow|attending|att|md|tech")
# (tried only where a role stands as a whole word, `WordAnchored`, without a gate: the gate both rosters shared, a role
# and a letter after it, searched a note at every character ~13 us and shut ~85% of PhysioNet notes, where the role
# words' places cost ~2; perf53)
_ROSTER = WordAnchored(_ROSTER_ROLES.split("|"), re.compile(
    rf"(?i)\b(?:{_ROSTER_ROLES})\b[ \t]*:?[ \t]+(?-i:({_INIT}))"
    rf"(?=[ \t]*(?:[/,;|]|$)|[ \t]{{2,}}|[ \t]+(?i:{_ROSTER_ROLES})\b|[ \t]+\()", re.M))
# "Needle count 12/12 AB CD", "Sponge count correct x2 - AB/CD": the counters after a count's result.
# (the words of a count's line, `_COUNT_LINE`, as a gate: one object, its answer kept, also asked before the rules
# read on a count's line only)
_COUNT_WORDS = Folded(r"count|sponge|needle|sharps|instrument")
_COUNT = Gated(_COUNT_WORDS, LiteralLined(_COUNT_WORDS.source, re.compile(
    rf"(?im)\b(?:counts?|sponges?|needles?|sharps|instruments?)\b[^\n]{{0,40}}?(?:\b\d{{1,3}}[ \t]*/[ \t]*\d{{1,3}}|"
    rf"\bcorrect(?:[ \t]+[x×][ \t]*\d)?|\b[x×][ \t]*\d)[ \t]*[-–—:,]?[ \t]+(?-i:({_INIT}))"
    rf"(?:[ \t]*[/,&]?[ \t]*(?-i:({_INIT})))?"
    rf"(?=[ \t]*(?:[,;.]|$)|[ \t]{{2,}})")))
# "Instrument count: initial AB, closing CD": a count's phases and their counters (on a line about a count).
_COUNT_LINE = re.compile(r"(?i)\b(?:counts?|sponges?|needles?|sharps|instruments?)\b")
_PHASES = (r"initial|first|second|third|closing|final|cavity|fascia|fascial|peritoneum|peritoneal|skin|relief|"
           r"baseline|additional")
_COUNT_PHASE = LiteralLined(rf"(?:{_PHASES})(?:[ \t]+count)?(?:[ \t]*[:=-][ \t]*|[ \t]+)[a-z]{{2,3}}\b", re.compile(
    rf"(?i)\b(?:{_PHASES})(?:[ \t]+count)?(?:[ \t]*[:=-][ \t]*|[ \t]+)(?-i:{_PAIR}){_CLOSE}", re.M))
# "| Sponges | 10 | 10 | AB |": a table cell holding only initials (on a row of three cells at least).
_CELL = Gated(Folded(r"\|[ \t]*[a-z]{2,3}[ \t]*(?:/[ \t]*[a-z]{2,3}[ \t]*)?(?:\||$)", re.M), re.compile(
    rf"(?m)(?<=\|)[ \t]*({LETTER}{{2,3}})[ \t]*(?:/[ \t]*({LETTER}{{2,3}})[ \t]*)?(?=\||[ \t]*$)"))
# "Sponges    10    10    AB/CD": the last cell of a table set out by wide gaps (on a count's line).
# (the gate opens with the space or tab before the letters, asking behind it for the second space: a search opening
# with a class skips to its characters, where "(?:[ \t]{2,}|\t)" was tried at every character; same places)
_GAP_CELL = Gated(Folded(r"[ \t](?:(?<=\t)|(?<=[ \t][ \t]))[a-z]{2,3}(?:[ \t]*/[ \t]*[a-z]{2,3})?[ \t]*$",
                         re.M), re.compile(
    rf"(?m)(?<=\S(?:[ \t]{{2,}}|\t))({LETTER}{{2,3}})(?:[ \t]*/[ \t]*({LETTER}{{2,3}}))?[ \t]*$"))
# "AB (RN), CD (CRNA)": initials before the signer's role in brackets.
_ROLE_AFTER = (r"rn|md|do|crna|srna|st|cst|rnfa|pa|np|surg|surgeon|anes|anesthesia|circ|circulator|scrub|resident|"
               r"fellow|attending|tech|perfusion|perfusionist")
# (gated on the bracketed role alone, which every match holds: a search opening with "(" skips to it, where the
# letters before it were tried at every character)
# (its gate searched by `regex`, `RegexFolded`, which skips along to each "(", without first asking the note for each of
# its 23 bracketed roles: ~9.5 -> ~0.7 us a PhysioNet note; perf53)
_INITIALS_ROLE = Gated(RegexFolded(rf"\((?:{_ROLE_AFTER})\)"), re.compile(
    rf"(?<![\w'’./-])({LETTER}{{2,3}})[ \t]*\((?i:{_ROLE_AFTER})\)"))
# "Relief: AB for CD", "scrub out AB 1130", "handoff: AB to CD": who took over, went out or came in.
# (a relief, break or hand-off labels its signers with a colon or dash, or "by"/"to": "relief from pain" is prose)
_RELIEF_LABELS = r"relief|relieved|break|lunch|hand-?off|handover"
_SCRUB_LABELS = r"scrub(?:bed)?[ \t]+(?:in|out)"
_RELIEF_INITIALS = Gated(Folded(rf"(?:{_RELIEF_LABELS}|{_SCRUB_LABELS})"), re.compile(
    rf"(?i)\b(?:(?:{_RELIEF_LABELS})(?:[ \t]*[:=-][ \t]*|[ \t]+(?:by|to)[ \t]+)|(?:{_SCRUB_LABELS})[ \t]*:?[ \t]*)"
    rf"(?-i:({_INIT}))(?:[ \t]+(?:for|to|from|by|/)[ \t]+(?-i:({_INIT})))?{_CLOSE}"))
# "correct (AB)", "skin intact pre/post (AB)", "per anes (AB)": initials in brackets after a checklist outcome or role.
_OUTCOMES = (r"correct|incorrect|intact|done|verified|confirmed|checked|placed|applied|removed|signed|marked|"
             r"reconciled|complete|completed|ok|okay|pre/post|present|ready|given|sent|witnessed|labell?ed|"
             r"anes|anesthesia|anesth|surg|surgeon|circ|circulator|scrub|crna|rn")
# (two signers share one bracket: "correct x2 (AB/CD)")
_BRACKETED = Gated(Folded(r"\([a-z]{2,3}(?:[ \t]*[/,&+][ \t]*[a-z]{2,3})?\)"), re.compile(
    rf"(?i)\b(?:{_OUTCOMES})(?:[ \t]+[x×][ \t]*\d)?[ \t]*\((?-i:({LETTER}{{2,3}}))"
    rf"(?:[ \t]*[/,&+][ \t]*(?-i:({LETTER}{{2,3}})))?\)(?=[ \t]*(?:[,;:.]|$)|[ \t]{{2,}})", re.M))
_ROLE_BEFORE = re.compile(r"(?i)\b(?:anes|anesthesia|anesth|surg|surgeon|circ|circulator|scrub|crna|rn)[ \t]*\($")
# A transcription reference on a dictation line: "DD: 0915  DT: 1340  ABC/de  Job 123456".
_DICTATION_LABEL = Gated(Folded(r"d[dt][ \t]*:"), re.compile(r"(?i)(?<![\w/-])d[dt][ \t]*:"))
# (neither half a label of the line itself, "DD/DT", nor a unit, "mg/dl")
_NOT_TYPIST = frozenset({"dd", "dt", "job", "doc", "id", "dict", "trans", "cc", "mg", "dl", "ml", "kg", "hr", "min"})
_TRANSCRIPTION = re.compile(r"(?<![\w/'’-])([A-Za-z]{2,4})/([A-Za-z]{2,4})(?![\w/'’-])")

# OR role fields whose value is a person ("Surgeon: Lee", "Circulator: Lee", "Resident: Lee (PGY-3)").
_PERSON_ROLES = (r"(?:primary[ \t]+|co-?|assistant[ \t]+|attending[ \t]+)?surgeons?|assistants?|asst|"
                 r"first[ \t]+assist(?:ant)?|1st[ \t]+assist(?:ant)?|assisting|residents?|fellows?|attendings?|"
                 r"anesthesiologists?|anaesthetists?|anesthetists?|crna|srna|circulators?|circulating(?:[ \t]+(?:rn|"
                 r"nurse))?|scrub(?:[ \t]+(?:tech|rn|nurse|person))?|surgical[ \t]+tech(?:nologist)?|cst|rnfa|"
                 r"perfusionists?|proctors?|observers?|preceptors?|relief(?:[ \t]+(?:rn|crna|nurse))?|"
                 r"(?:vendor|company|industry|sales|device|implant|clinical)?[ \t]*reps?|representative|"
                 r"endoscopist|proceduralist|operator|sedation[ \t]+(?:rn|nurse)|(?:pacu|recovery|pre-?op|holding)"
                 r"[ \t]+(?:rn|nurse)|(?:or|anesthesia|anes|pacu|unit|floor)[ \t]+charge(?:[ \t]+(?:rn|nurse))?|"
                 r"charge[ \t]+(?:rn|nurse|crna|anesthesiologist)|technologists?|radiographers?|"
                 r"(?:dictated|performed|assisted|relieved)[ \t]+by")
# Anaesthesia's own field may hold its type ("Anesthesia: general", "Anesthesia: MAC"): a person only when no
# everyday word.
_TYPE_ROLES = r"anesthesia|anaesthesia|anesth|anes"
# (a role's colon: the lines of `_ROLE_FIELD`, which every `_ROLE_INITIALS` match's line holds too, `GateLined`)
_ROLE_COLON = re.compile(
    rf"(?i)[:=](?<=(?:{_PERSON_ROLES}|{_TYPE_ROLES})[ \t]*(?:\([^()\n]{{0,15}}\))?[ \t]*[:=])")
# (whether a note holds one asked first and once a note, one object, its answer kept: the colon gate mirrored over the
# reversed note, `ReversedFolded`, opens on the colon as `regex` did, but tries the roles forwards from it; its 39
# literals are not asked first, dearer than the mirror's search (~12 against ~5.5 us a PhysioNet note, where the
# `regex` gate cost ~14); perf53)
_ROLE_COLON_AHEAD = ReversedFolded(
    rf"(?:{_PERSON_ROLES}|{_TYPE_ROLES})[ \t]*(?:\([^()\n]{{0,15}}\))?[ \t]*[:=]")
_ROLE_COLON_AHEAD.literals = None
_ROLE_FIELD = Gated(_ROLE_COLON_AHEAD, GateLined(_ROLE_COLON, re.compile(
    rf"(?im)(?:^|[ \t]|[|;/(])(?:({_PERSON_ROLES})|({_TYPE_ROLES}))[ \t]*(?:\([^()\n]{{0,15}}\))?[ \t]*[:=][ \t]*"
    rf"(?:(?i:dr)\.?[ \t]+)?(?-i:({_W}(?:[ \t]+[A-Za-z]\.?)?(?:[ \t]+{_W})?))"
    rf"(?=[ \t]*(?:[,;(/|]|$)|[ \t]{{2,}}|[ \t]+(?i:from|of|with|for|at|and|\d)\b|[ \t]+-)")))
# "Circulator: AB", "Scrub (relief): CD / EF": a role field's value written as initials.
_ROLE_INITIALS = Gated(_ROLE_COLON_AHEAD, Gated(
    re.compile(rf"(?i)[:=](?<=(?:{_PERSON_ROLES})[ \t]*(?:\([^()\n]{{0,15}}\))?[ \t]*[:=])"), GateLined(
    _ROLE_COLON, re.compile(
    rf"(?im)(?:^|[ \t]|[|;/(])(?:{_PERSON_ROLES})[ \t]*(?:\([^()\n]{{0,15}}\))?[ \t]*[:=][ \t]*"
    rf"(?-i:{_PAIR}){_CLOSE}"))))
# A staff list: "Anesthesia staff: Lee (attending) / Chu (CA-2)", "OR team: Lee, Chu, Tam".
_STAFF_LIST = LiteralLined(r"(?:staff|team|present|personnel|in[ \t]+room)[ \t]*:", re.compile(
    r"(?im)\b(?:staff|team|present|personnel|in[ \t]+room)[ \t]*:[ \t]*([^\n]+)"))
_LIST_ITEM = re.compile(r"[^,;/]+")
_ITEM_ROLE_BRACKET = re.compile(
    r"(?i)\([ \t]*(?:attending|resident|fellow|ca-?\d|pgy-?\d|r\d|rn|crna|srna|cst|st|rnfa|md|do|pa|np|tech|"
    r"scrub|circ(?:ulator)?|surg(?:eon)?|anes(?:thesia)?|anesthesiologist|student|preceptor|orientee)[ \t]*\)")
_ITEM_ROLES = frozenset({"dr", "dr.", "rn", "md", "do", "crna", "srna", "cst", "st", "rnfa", "pa", "np", "and", "&",
                         "surg", "surgeon", "anes", "anesthesia", "circ", "circulator", "scrub", "resident",
                         "fellow", "attending", "tech"})
# "circ Lee, scrub Chu, anes Tam": role abbreviations before names (two on the line at least, as initials rosters).
_NAME_ROSTER = WordAnchored(_ROSTER_ROLES.split("|"), re.compile(
    rf"(?i)\b(?:{_ROSTER_ROLES})\b[ \t]*:?[ \t]+(?-i:({_W}(?:[ \t]+(?!(?i:{_ROSTER_ROLES})\b){_W})?))"
    rf"(?=[ \t]*(?:[/,;|(]|$)|[ \t]{{2,}}|[ \t]+(?i:{_ROSTER_ROLES})\b)", re.M))
# "RN Lee (x)   ANES Chu (x)": a sign-in board's role and name before its checkbox.
_BOX_ROLES = r"rn|anes|anesth|surg|circ|scrub|crna|srna|st|cst|md|resident|attending|fellow"
_BOX_NAME = Gated(RegexFolded(r"\([x✓y]\)"), re.compile(  # (`RegexFolded`: as `_INITIALS_ROLE`'s)
    rf"(?i)\b(?:{_BOX_ROLES})[ \t]+(?-i:({_W}))[ \t]*\((?:x|✓|y)\)"))
# "Anesthesia ready 0748 (Lee)": the person who charted a timed event, in brackets after the time.
_TIME_NAME = Gated(stdre.compile(r"\d\d[ \t]*\("), re.compile(
    rf"(?<![\d:./-])(?:[01]\d|2[0-3]):?[0-5]\d[ \t]*\((?-i:({_W}))\)"))
# Relief and scrubbing: "Lee scrubbed out at 1130", "Chu in for closing count", "relieved by Lee".
_RELIEF = LiteralLined(r"scrubbed|in[ \t]+for|reliev", re.compile(
    rf"(?im)(?:^|[,;.][ \t]+|[ \t]{{2,}})(?-i:({_W}))[ \t]+(?:scrubbed[ \t]+(?:in|out)|in[ \t]+for[ \t]+"
    rf"(?:closing|close|closure|relief|break|lunch|the[ \t]+count|count|final)|relieved|relieving|to[ \t]+relieve)\b"))
_RELIEVED_BY = Gated(Folded(r"relie(?:ved|f)[ \t]+(?:by|for)"), re.compile(
    rf"(?i)\brelie(?:ved|f)[ \t]+(?:by|for)[ \t]+(?-i:({_W}(?:[ \t]+{_W})?))(?=[ \t]*(?:[,;.(]|$)|[ \t]+(?:at|@|\d|"
    rf"for|from)\b|[ \t]{{2,}})", re.M))
# "PACU attending Lee aware", "surgeon Lee notified": an OR role, the person, a notice.
_NOTICE_ROLES = (r"attending|surgeon|anesthesiologist|anesthesia|crna|resident|fellow|circulator|circulating[ \t]+rn|"
                 r"scrub|proceduralist|endoscopist")
_NOTICES = r"aware|notified|updated|informed|paged|called|at[ \t]+bedside|in[ \t]+room|present|agrees|consulted"
# (tried only where a role's first word stands, `WordAnchored`: the notices' gate passed most notes, and the pattern
# was then tried at every character)
_ROLE_NOTICE = WordAnchored({r.split("[")[0] for r in _NOTICE_ROLES.split("|")}, re.compile(
    rf"(?i)\b(?:{_NOTICE_ROLES})[ \t]+(?-i:({_W}))[ \t]+(?:{_NOTICES})\b"))

# "Lee case bumped to tomorrow": the patient's name before the case and what happened to it.
_CASE_EVENTS = (r"bumped|cancell?ed|delayed|moved|added|posted|rescheduled|postponed|scheduled|booked|on[ \t]+hold|"
                r"to[ \t]+follow|started|finished|ended|is[ \t]+next|next|done")
_CASE_NAME = Gated(RegexFolded(r"[ \t]case[ \t]"), re.compile(  # (`RegexFolded`: ~2.7 -> ~0.8 us a note)
    rf"(?im)(?:^|[.;][ \t]+)[ \t]*(?-i:({_W}))(?:['’]s)?[ \t]+case[ \t]+(?:{_CASE_EVENTS})\b"))
# "PACU handoff: Lee, 67F, s/p ...": a field's value, a name before an age and sex.
_AGE_SEX = Gated(Folded(r",[ \t]*\d{1,3}[ \t]*(?:yo|y/o|y\.o\.|yrs?|years?|-year-old)?[ \t]*[mf]\b"), re.compile(
    rf"(?m):[ \t]*({_W}(?:[ \t]+{_W})?)[ \t]*,[ \t]*\d{{1,3}}[ \t]*(?i:yo|y/o|y\.o\.|yrs?|years?|-year-old)?[ \t]*"
    rf"[MFmf]\b"))
# "Specimen label: Lee, Ann | ...", "band reads Lee, Ann --", "for patient LEE, ANN M --": a sorted name closed by a
# bar or dash; a schedule's table cell of its own ("| 0800 | Lee, Ann | port removal |").
# (searched only on the lines holding its opening, the first name word and the comma, `Lined`: a comma between
# letters, its gate before, is in nearly every note)
_SORTED_LABEL = Lined(r"(?::|\||reads|for[ \t]+(?:patient|pt))[ \t]*[a-z][a-z'-]*[ \t]*,[ \t]*[a-z]", re.compile(
    rf"(?im)(?::|\||\breads|\bfor[ \t]+(?:patient|pt))[ \t]*(?-i:({_W})[ \t]*,[ \t]*({_W})(?:[ \t]+([A-Za-z])\.?)?)"
    rf"(?=[ \t]+(?:\||--|-[ \t]|—|–)|[ \t]*(?:\||\(|$)|[ \t]{{2,}})"))
# "pt Ann Lee arrived to PACU", "Pt. Lee c/o sore throat": the title, one or two words, an arrival or a state.
_PT_STATES = (r"arrived|arrives|transferred|taken|brought|extubated|received|returned|tolerated|tolerating|c/o|"
              r"complains|is|was|resting|awake|alert|discharged|ready|seen|moved|transported|admitted|identified|"
              r"verified|consented|states|stated|denies|denied|reports|reported|on[ \t]+bedrest|doing|voided|"
              r"ambulated|ambulating|sleeping|drowsy|comfortable|declines|declined|refuses|refused|requests|requesting|"
              r"consents|agrees|agreed|understands|wishes|wants|asks|asked")
# (tried only where "pt" or "patient" stands as a word, `WordAnchored`, where its gate passed most notes)
_PT_NAME = WordAnchored(("pt", "patient"), re.compile(
    rf"(?i)\b(?:pt|patient)\.?[ \t]+(?-i:({_W}(?:[ \t]+(?!(?i:{_PT_STATES})\b){_W})?))(?=[ \t]+(?:{_PT_STATES})\b)"))
# "Post-op check: Lee resting comfortably", "IR post-procedure: Ann Lee on bedrest x 2 hrs".
_FIELD_STATES = (r"resting|on[ \t]+bedrest|arrived|awake|alert|drowsy|sleeping|tolerating|tolerated|doing[ \t]+well|"
                 r"is[ \t]+doing|comfortable|ambulating|ambulated|voided|extubated|ready")
_FIELD_SUBJECT = field_subject(_FIELD_STATES, 2)
# "..., Lee is doing well this am": a clause's subject and how the patient is doing.
_DOING = LiteralLined(r"(?:is|was)[ \t]+(?:doing|recovering|resting|awake|comfortable)", re.compile(
    rf"(?m)(?:^|[,;.][ \t]+)(?-i:({_W}))[ \t]+(?:is|was)[ \t]+(?:doing|recovering|resting|awake|comfortable)\b"))
# "PT NAME: Lee   FIRST: Ann   MI: R": the middle initial beside a name field.
_MIDDLE_INITIAL = Gated(Folded(r"(?:mi|m\.i\.|middle(?:[ \t]+(?:initial|name))?)[ \t]*:"), re.compile(
    r"(?i)\b(?:mi|m\.i\.|middle(?:[ \t]+(?:initial|name))?)[ \t]*:[ \t]*([A-Za-z])\.?(?=[ \t]*(?:[,;|]|$)|[ \t]{2,})",
    re.M))
# "PT NAME: Lee   FIRST: Ann   MI: R": a given-name field's value, on a line with another name field.
_GIVEN_FIELD = Gated(Folded(r"(?:first|given)(?:[ \t]*name)?[ \t]*:"), re.compile(
    rf"(?im)\b(?:first|given)(?:[ \t]*name)?[ \t]*:[ \t]*(?-i:({_W}))(?=[ \t]*(?:[,;|]|$)|[ \t]{{2,}})"))
_OTHER_NAME_FIELD = re.compile(r"(?i)\b(?:last|family|sur|pt|patient)[ \t]*name[ \t]*:|\b(?:last|surname|mi)[ \t]*:")
_NAME_FIELD = re.compile(r"(?i)\b(?:first|last|given|family|sur|pt|patient)?[ \t]*name[ \t]*:|\bfirst[ \t]*:")

# Device serial and lot numbers: "SN ABC123456", "S/N: 1234567", "serials 123456 & 234567", "lot # 22K3109".
_SERIAL_LABELS = r"s/n|s\.n\.?|sn|ser|serial(?:[ \t]*(?:#|no\.?|number|nos?\.?))?s?|lots?(?:[ \t]*(?:#|no\.?|number))?"
_DEVICE_VALUE = r"((?=[A-Za-z0-9-]*\d{3})[A-Za-z0-9][A-Za-z0-9-]{4,19})(?![\w/.-]|[.,]\d)"
_SERIAL = Gated(Folded(r"s/n|s\.n|sn|ser|lot"), re.compile(
    rf"(?i)\b(?:{_SERIAL_LABELS})(?![\w/])\.?[ \t]*[:#=]?[ \t]*{_DEVICE_VALUE}"
    rf"(?:[ \t]*(?:,|&|and|/|;)[ \t]*{_DEVICE_VALUE})?(?:[ \t]*(?:,|&|and|/|;)[ \t]*{_DEVICE_VALUE})?"))
# The lot (10) and serial (21) of a GS1 UDI string ("(01)00812345678906(17)270630(10)A123456(21)12345678").
_UDI_PART = Gated(stdre.compile(r"\((?:10|21)\)"),  # (a stdlib gate: its literals "(10)", "(21)" are asked first)
                  re.compile(r"\((?:10|21)\)[ \t]*([A-Za-z0-9-]{3,20})(?![A-Za-z0-9-])"))
_UDI_LINE = re.compile(r"\((?:01|17|11)\)|(?i:udi)")
# "Cryo pooled 12-A34567": a blood component's pool or unit number (a letter and five digits at least).
_COMPONENTS = (r"cryo(?:precipitate)?|ffp|plasma|platelets?|plts?|prbcs?|rbcs?|red[ \t]+cells|apheresis|pooled|"
               r"granulocytes|whole[ \t]+blood")
_COMPONENT_UNIT = LiteralLined(rf"(?:{_COMPONENTS})", re.compile(
    rf"(?i)\b(?:{_COMPONENTS})\b(?:[ \t]+(?:pooled|pool|unit|bag|product))?[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*"
    rf"((?=[A-Za-z0-9-]*[A-Za-z])(?=(?:[A-Za-z-]*\d){{5}})[A-Za-z0-9][A-Za-z0-9-]{{5,17}})(?![\w/.-]|[.,]\d)"))
# Pathology accessions with a four-digit year: "SP-2024-012345", "S-1998-1234".
# (asked first whether the note holds "-19" or "-20" at all: a stdlib gate's literals, `Gated`)
_ACCESSION_YEAR = Gated(stdre.compile(r"-(?:19|20)\d\d-"), re.compile(
    r"(?<![\w-])[A-Za-z]{1,3}-(?:19|20)\d\d-\d{4,7}(?![\w-])"))

# "Oakmont Day Surgery", "Lakeshore Endoscopy Center": a name before a head of a surgery or procedure centre (never
# "Same Day Surgery", "Outpatient Endoscopy Center").
_CENTRE_HEADS = (r"(?:day|outpatient)[ \t]+surgery(?:[ \t]+(?:center|centre|unit|suite))?|"
                 r"(?:endoscopy|procedure|procedural)[ \t]+(?:center|centre|suite|unit)|surgi-?cent(?:er|re)")
_CENTRE = LiteralLined(rf"(?:{_CENTRE_HEADS})", re.compile(
    rf"(?i)((?:(?-i:{_W})[ \t]+){{1,3}})({_CENTRE_HEADS})\b"))
# "Lee General Surgery booking sheet": a surname before a surgical specialty names a practice.
_SPECIALTIES = (r"general[ \t]+surgery|surgical[ \t]+(?:associates|group|specialists|oncology)|surgery[ \t]+associates|"
                r"orthopa?edics|urology|plastic[ \t]+surgery|vascular[ \t]+surgery|colorectal[ \t]+surgery|"
                r"gastroenterology|otolaryngology|anesthesia[ \t]+(?:associates|group)|eye[ \t]+(?:center|surgeons)")
_PRACTICE = LiteralLined(rf"(?:{_SPECIALTIES})", re.compile(
    rf"(?i)(?<![\w'’-])(?-i:({_W}))[ \t]+(?:{_SPECIALTIES})\b"))
_NOT_FACILITY = frozenset({
    "same", "next", "ambulatory", "outpatient", "inpatient", "pediatric", "adult", "main", "our", "the", "a", "an",
    "to", "for", "at", "in", "and", "of", "from", "by", "general", "hospital", "surgical", "surgery", "this", "your",
    "their", "his", "her", "same-day", "one", "unit", "center", "north", "south", "east", "west", "new", "old",
    "upper", "lower", "diagnostic", "therapeutic", "interventional", "gi", "or"})
# "Street: Maple Ave   No.: 12": an address written as separate street and house-number fields.
_STREET_FIELD = Gated(Folded(r"street[ \t]*(?:name|address)?[ \t]*:"), re.compile(
    r"(?im)\bstreet(?:[ \t]+(?:name|address))?[ \t]*:[ \t]*"
    r"([A-Za-z0-9][A-Za-z0-9.'’-]*(?:[ \t][A-Za-z0-9][A-Za-z0-9.'’-]*){0,3})(?=[ \t]*(?:[,;|]|$)|[ \t]{2,})"))
_HOUSE_NUMBER = re.compile(r"(?i)\b(?:no|nr|number|house[ \t]+(?:no|number)|street[ \t]+(?:no|number)|#)\.?[ \t]*:"
                           r"[ \t]*(\d{1,6}[A-Za-z]?)(?![\w-])")

# Words an OR document writes where initials go: never initials.
_NOT_INITIALS = frozenset({
    "pt", "pts", "ok", "no", "yes", "na", "n/a", "am", "pm", "or", "ga", "mac", "lma", "ett", "geta", "tiva", "sab",
    "cse", "epi", "iv", "asa", "pacu", "ir", "ct", "us", "xr", "cxr", "ekg", "ecg", "ebl", "uop", "io", "gi", "ent",
    "tbd", "all", "off", "on", "per", "via", "see", "x", "rt", "lt", "bil", "bl", "prn", "npo", "done", "nd", "md",
    "pa", "rn", "st", "the", "and", "to", "by", "of", "in", "at"})
_STATE_CODE = re.compile(STATE_CODES)
_UNITS = frozenset({"ml", "cc", "mg", "kg", "hr", "min", "cm", "mm"})
# Values of a role field that name no one.
_NO_PERSON = frozenset({
    "none", "same", "self", "student", "staff", "other", "see", "above", "below", "unknown", "pending", "tbd", "na",
    "n/a", "not", "no", "yes", "team", "service", "attending", "resident", "fellow", "general", "local", "regional",
    "spinal", "epidural", "sedation", "moderate", "deep", "monitored", "anesthesia", "surgeon", "nurse", "tech",
    "present", "absent", "available", "on", "call", "covering", "per", "as", "dr", "dr.", "md", "rn", "crna"})


def _claimed(low: str) -> bool:
    """A word a role, relation, credential, clinical, drug or protected vocabulary claims, or an OR abbreviation
    (`_NOT_INITIALS`): never a name here."""
    base = bare(low)
    return (base in STOP or base in TITLES or base in RELATIONS or base in CREDENTIALS or base in ROLE_TITLES
            or base in _NO_PERSON or base in _NOT_INITIALS or medical_only(base) or sl.drug_word(base)
            or base in protect.protected_words() or bool(MONTH_DAY.match(base)))


def _grade(word: str, cased: bool, role: bool = False) -> int:
    """How well `word` reads as a name: 2 a census name no everyday word, a word no vocabulary knows, or one spelled
    like a name that no dictionary lists; 1 an everyday word that is a census name ("Quick", "Bunch"); 0 none
    (claimed, too short, small letters or an acronym where the line has case; outside a `role` position, a typo of a
    known word or, without case, an unknown word not spelled like a name). Judged without diacritics."""
    low = ascii_fold(bare(word.lower().strip("'’.")))
    parts = [p for p in low.split("-") if p]
    if len(low) < 2 or not parts or any(_claimed(p) for p in parts):
        return 0
    if accented(word):  # written with accents: a name unless a loanword, eponym or clinical fold (`accented_name`)
        return 2 if accented_name(word, cased) else 0
    if cased and (not word[:1].isupper() or (word.isupper() and len(word) > 1 and not (
            len(low) >= 4 and (low in sl.census_names() or unknown_word(low, "frame"))))):
        return 0  # a capital vouches, an acronym ("PACU", "MAC") does not
    grade = 2
    for p in parts:
        census = p in sl.census_names()
        if not (census or unknown_word(p, "frame") or (name_like(p) and not sl.is_known_word(p))):
            return 0
        if not census and not role and (slip_of_known(p) or (not cased and not name_like(p))):
            return 0  # a typo of a known word ("sedtion"), or shorthand on a line without case ("USINS")
        if sl.is_common(p):
            if not census:
                return 0
            grade = 1
    return grade


# How much a position vouches for the person in it: "role" holds no one else (a role field, a relief, a checkbox), so
# an everyday word that is a census name is taken even without case; "strong" (the title "pt", an age and sex after the
# name) takes one only where the line's case vouches; "weak" (a field's or a case's subject) only beside a better name.
def _people_ok(words: list[str], cased: bool, level: str) -> bool:
    """Do `words` (one to three, an initial allowed inside) name a person in an OR position of this `level`?"""
    if not words or len(words[0].rstrip(".")) < 2:
        return False
    grades = [_grade(w, cased, level == "role") for w in words if len(w.rstrip(".")) > 1]
    if 0 in grades:
        return False
    if all(g == 2 for g in grades) or level == "role":
        return True
    return cased and (level == "strong" or 2 in grades)


def _initials_ok(letters: str, cased: bool, level: str) -> bool:
    """May `letters` be a signer's initials here? Capitals where the line has case; never a credential nor an OR or
    anaesthesia abbreviation ("GA", "MAC", "OR"). `level` says what else: "strict" refuses titles ("DR"), stop
    words and medical words ("CXR", "CT"), and where the line has no case any known word; "medical" (a roster of
    roles, a role's bracket) takes a medical word; "companion" (beside initials that passed strictly, in one pair or
    one column) also takes a stop word where the line has case ("JT to AM", "BE / MF")."""
    low = letters.lower()
    if cased and not letters.isupper():
        return False
    if low in _UNITS and level == "medical":
        return True  # a role's own initials ("Surg KG"): no measure follows a role word without its number
    if low in CREDENTIALS or low in _NOT_INITIALS or (low in TITLES and level == "strict"):
        return False
    if low in STOP and not (level == "companion" and cased):
        return False
    if level not in ("strict", "label"):
        return True
    # the shared judge of a signing position (`initials_class`): two letters unless a service or test that prose
    # puts there ("by CT"), three unless any clinical abbreviation; without case no everyday word ("BY DR.", "by
    # one"), while the spelling dictionary's rarer two-letter entries ("km", "ld", "hs") are as likely initials
    return initials_ok(letters, cased, "label" if level == "label" else "signed")


def _signers(groups: list[list[tuple[int, int, str]]], cased_at: dict[int, bool],
             out: list[tuple[int, int, str, float]]) -> None:
    """Initials in groups (a pair, a column): each taken when it passes strictly, or as a companion when another of
    its group passed strictly (one pair's "JW / DC" vouches for "DC", which is also a medical abbreviation). Each
    candidate is (start, end, level of its own position)."""
    for group in groups:
        ok = [_initials_ok(t, cased_at[a], level) for a, _, t, level in group]
        vouched = any(ok)
        for (a, b, t, _), own in zip(group, ok, strict=True):
            if own or (vouched and _initials_ok(t, cased_at[a], "companion")):
                out.append((a, b, NAME, 0.65))


def _sorted_ok(last: str, first: str, initial: str | None, cased: bool) -> bool:
    """Is "last, first [m]" a person on a label or band? The given name a census given name, the surname a census
    name or a word no vocabulary knows, nothing claimed, capitals where the line has case; when both are everyday
    words ("Main, Cliff") only with a middle initial."""
    lows = [ascii_fold(bare(w.lower())) for w in (last, first)]
    if any(_claimed(w) or len(w) < 2 for w in lows):
        return False
    if cased and not (last[:1].isupper() and first[:1].isupper()):
        return False
    if cased and _STATE_CODE.fullmatch(first):
        return False  # a city and its state ("Boston, MA"), a place's own spans
    # a part written with accents is a name's unless a loanword, eponym or clinical fold (`accented_name`)
    if any(accented(w) and not accented_name(w, cased) for w in (last, first)):
        return False
    if lows[1] not in sl.first_names() and not _coined(lows[1], cased) and not accented(first):
        return False
    if not accented(last) and not all(p in sl.census_names() or unknown_word(p, "frame")
                                      for p in lows[0].split("-") if p):
        return False
    return initial is not None or not (sl.is_common(lows[0]) and sl.is_common(lows[1]))


def _coined(low: str, cased: bool) -> bool:
    """A given name no census given-name list holds, in a name's own slot (a sorted label, a given-name field): a
    census surname, a word no vocabulary knows or one spelled like a name, never a dictionary word; where the line has
    no case, no slip of a known word either (shorthand there is written small). Why: the slot is the evidence, and
    names of other locales are in no census list."""
    parts = [p for p in low.split("-") if p]
    return bool(parts) and len(low) >= 3 and all(  # (two letters: a state, "Boston, MA")
        not _claimed(p) and not sl.is_known_word(p) and (cased or not slip_of_known(p))
        and (p in sl.census_names() or name_like(p) or unknown_word(p, "frame")) for p in parts)


def _given_ok(word: str, cased: bool) -> bool:
    """Is a given-name field's value a given name? A census given name or a coined one (`_coined`), capitalised where
    the line has case, nothing claimed."""
    low = ascii_fold(bare(word.lower()))
    if _claimed(low) or (cased and not word[:1].isupper()):
        return False
    return low in sl.first_names() or _coined(low, cased)


def _facility_ok(words: list[str], cased: bool) -> bool:
    """Do the words before a centre's head ("Day Surgery") name the centre? Capitalised where the line has case; no
    generic, direction or clinical word first ("Same", "Upper", "Outpatient"); one word a census name, a place word or
    a word no vocabulary knows (centres are named after places and people); without case no everyday word but a place
    word."""
    lows = [bare(w.lower().strip("'’.")) for w in words]
    if not lows or lows[0] in _NOT_FACILITY or any(medical_only(w) or w in STOP for w in lows):
        return False
    if cased and not all(w[:1].isupper() for w in words):
        return False
    if not cased and any(sl.is_common(w) and w not in sl.place_words() for w in lows):
        return False  # without case an everyday word is prose ("needs outpatient surgery")
    return any(w in sl.census_names() or w in sl.place_words() or unknown_word(w) for w in lows)


class PeriopFormsRecognizer(SpansRecognizer):
    """Initials, the team, the patient, device serials and lots, blood components, accessions, surgery centres and
    street fields in the positions of perioperative documents (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(PERIOP, [NAME, ID, LOCATION], periop_spans)


def periop_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, entity, score) of every class in `text` (the module doc lists them)."""
    out: list[tuple[int, int, str, float]] = []
    _initials(text, out)
    _team(text, out)
    _patient(text, out)
    _numbers(text, out)
    _places(text, out)
    return out


@functools.lru_cache(maxsize=2)
def _roster_matches(text: str) -> tuple[tuple[re.Match, ...], tuple[re.Match, ...]]:
    """The matches of `_ROSTER` and of `_NAME_ROSTER` in `text`, kept for the last notes. Why: the initials and the
    team read both (to count a line's roles, then to take its initials or names), and each scan is one of this
    recognizer's dearest; matches are never changed, so reading them again finds what a new scan would."""
    return tuple(finditer(_ROSTER, text)), tuple(finditer(_NAME_ROSTER, text))


def _roster_lines(text: str) -> dict[int, int]:
    """How many role abbreviations followed by initials or a name each line holds (by the line's start)."""
    count: dict[int, int] = {}
    seen: set[int] = set()
    for found in _roster_matches(text):
        for m in found:
            if m.start() not in seen:
                seen.add(m.start())
                line = line_bounds(text, m.start())[0]
                count[line] = count.get(line, 0) + 1
    return count


def _initials(text: str, out: list[tuple[int, int, str, float]]) -> None:
    groups: list[list[tuple[int, int, str, str]]] = []
    columns: dict[int, list[tuple[int, int, str, str]]] = {}  # bracketed initials of one line vouch for each other
    cased_at: dict[int, bool] = {}
    for rx in (_BY, _ACT_LABEL, _COUNT, _COUNT_PHASE, _RELIEF_INITIALS, _BRACKETED, _CELL, _INITIALS_ROLE,
               _TIME_NAME, _GAP_CELL, _ROLE_INITIALS, _ACT_DIRECT):
        if rx in (_COUNT_PHASE, _GAP_CELL) and _COUNT_WORDS.absent(text):
            continue  # read on a count's line only (below): a note without a count's word has none
        for m in finditer(rx, text):
            line_start, line_end = line_bounds(text, m.start())
            if rx is _BY and not _ACT_BEFORE.search(text[max(line_start, m.start() - 60):m.start()]):
                continue  # "by" alone ("5 by TD") signs nothing
            if rx is _ACT_DIRECT and (not line_cased(text, m.start(2)) or not m.group(1)):
                continue  # without case a word follows its act as often ("PLACED NG"); only after signing
            if rx in (_COUNT_PHASE, _GAP_CELL) and not _COUNT_LINE.search(text, line_start, line_end):
                continue  # "skin AB" is no counter off a count's line
            if rx is _GAP_CELL and len(re.findall(r"\S(?:[ \t]{2,}|\t)", text[line_start:m.start()])) < 2:
                continue  # a table's row: three cells at least
            if rx is _CELL and text.count("|", line_start, line_end) < 3:
                continue  # a table's row has three cells at least
            if rx is _TIME_NAME and not 2 <= len(m.group(1)) <= 3:
                continue  # a name after a time is the team's (`_team`)
            group = []
            for g in range(2 if rx is _ACT_DIRECT else 1, len(m.groups()) + 1):  # (its group 1 is the act)
                if m.group(g):
                    if m.group(g).lower() in _UNITS and number_before(text, m.start(g)):
                        continue  # "12/12 mm": a measure after its number
                    cased_at[m.start(g)] = line_cased(text, m.start(g))
                    # a role's bracket ("per anes (AB)") holds its person's initials, medical look-alikes too; an
                    # act's or role's label with its colon names the signer
                    role = rx is _BRACKETED and _ROLE_BEFORE.search(text, line_start, m.start(g))
                    level = "medical" if role else "label" if rx in (_ACT_LABEL, _ROLE_INITIALS) else "strict"
                    group.append((m.start(g), m.end(g), m.group(g), level))
            if rx in (_BRACKETED, _CELL, _INITIALS_ROLE, _TIME_NAME):
                columns.setdefault(line_start, []).extend(group)
            else:
                groups.append(group)
    _signers([*groups, *columns.values()], cased_at, out)
    # a roster: two role abbreviations with initials or names on one line at least
    rosters = _roster_lines(text)
    for m in _roster_matches(text)[0]:
        if rosters.get(line_bounds(text, m.start())[0], 0) >= 2 and _initials_ok(
                m.group(1), line_cased(text, m.start(1)), "medical"):
            out.append((m.start(1), m.end(1), NAME, 0.65))
    lines = {line_bounds(text, m.start()) for m in finditer(_DICTATION_LABEL, text)}
    for a, b in sorted(lines):
        for m in _TRANSCRIPTION.finditer(text, a, b):
            pair = [m.group(1).lower(), m.group(2).lower()]
            if any(p in CREDENTIALS or p in STOP or p in _NOT_TYPIST for p in pair) or all(
                    UNIT_AFTER.fullmatch(" " + p) for p in pair):
                continue
            for g in (1, 2):
                out.append((m.start(g), m.end(g), NAME, 0.6))


def _team(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for m in finditer(_ROLE_FIELD, text):
        words = re.findall(rf"{_W}\.?", m.group(3))
        if _people_ok(words, line_cased(text, m.start(3)), "role" if m.group(1) is not None else "weak"):
            out.append((m.start(3), m.end(3), NAME, 0.7))
    for m in finditer(_STAFF_LIST, text):
        cased = line_cased(text, m.start(1))
        for item in _LIST_ITEM.finditer(m.group(1)):
            base = m.start(1) + item.start()
            toks = list_item_words(item.group(), _ITEM_ROLES, closing_role_dots=True)
            words = [w for _, w in toks]
            # an item's bracketed role ("Lee (attending)", "Chu (CA-2)") holds the slot for a person
            level = "role" if _ITEM_ROLE_BRACKET.search(item.group()) else "strong"
            if 1 <= len(words) <= 3 and all(re.fullmatch(_W, w) for w in words) and _people_ok(words, cased, level):
                out.append((base + toks[0][0], base + toks[-1][0] + len(toks[-1][1]), NAME, 0.7))
    rosters = _roster_lines(text)
    for m in _roster_matches(text)[1]:
        if rosters.get(line_bounds(text, m.start())[0], 0) >= 2:  # two roles and their people vouch for the slot
            words = re.findall(_W, m.group(1))
            if _people_ok(words, line_cased(text, m.start(1)), "role"):
                out.append((m.start(1), m.end(1), NAME, 0.7))
    for rx, level in ((_BOX_NAME, "role"), (_TIME_NAME, "weak"), (_RELIEF, "role"), (_RELIEVED_BY, "role"),
                      (_ROLE_NOTICE, "strong")):
        for m in finditer(rx, text):
            words = re.findall(_W, m.group(1))
            if _people_ok(words, line_cased(text, m.start(1)), level):
                out.append((m.start(1), m.end(1), NAME, 0.7))


def _patient(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for rx, level in ((_CASE_NAME, "weak"), (_AGE_SEX, "strong"), (_PT_NAME, "strong"), (_FIELD_SUBJECT, "weak"),
                      (_DOING, "strong")):
        for m in finditer(rx, text):
            words = re.findall(_W, m.group(1))
            cased = line_cased(text, m.start(1))
            if rx is _DOING and not cased:
                continue  # "..., pain is doing": only a capital makes the clause's subject a person
            if _people_ok(words, cased, level):
                out.append((m.start(1), m.end(1), NAME, 0.7))
    for m in finditer(_SORTED_LABEL, text):
        if _sorted_ok(m.group(1), m.group(2), m.group(3), line_cased(text, m.start(1))):
            out.append((m.start(1), m.end(3) if m.group(3) else m.end(2), NAME, 0.7))
    for m in finditer(_GIVEN_FIELD, text):
        a, b = line_bounds(text, m.start())
        if _OTHER_NAME_FIELD.search(text, a, b) and _given_ok(m.group(1), line_cased(text, m.start(1))):
            out.append((m.start(1), m.end(1), NAME, 0.7))
    for m in finditer(_MIDDLE_INITIAL, text):
        a, b = line_bounds(text, m.start())
        if _NAME_FIELD.search(text, a, b):
            out.append((m.start(1), m.end(1), NAME, 0.6))


def _numbers(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for m in finditer(_SERIAL, text):
        for g in (1, 2, 3):
            if m.group(g) and not UNIT_AFTER.match(text, m.end(g)):
                out.append((m.start(g), m.end(g), ID, 0.8))
    for m in finditer(_UDI_PART, text):
        a, b = line_bounds(text, m.start())
        if _UDI_LINE.search(text, a, b):
            out.append((m.start(1), m.end(1), ID, 0.8))
    for m in finditer(_COMPONENT_UNIT, text):
        if not UNIT_AFTER.match(text, m.end(1)):
            out.append((m.start(1), m.end(1), ID, 0.8))
    for m in finditer(_ACCESSION_YEAR, text):
        out.append((m.start(), m.end(), ID, 0.75))


def _places(text: str, out: list[tuple[int, int, str, float]]) -> None:
    for m in finditer(_CENTRE, text):
        found = list(re.finditer(_W, text, pos=m.start(1), endpos=m.end(1)))
        # the name's words are the last ones before the head that pass, one to three
        while found and not _facility_ok([w.group() for w in found], line_cased(text, m.start(1))):
            found = found[1:]
        if found:
            out.append((found[0].start(), m.end(2), LOCATION, 0.7))
    for m in finditer(_PRACTICE, text):
        word = m.group(1)
        low = bare(word.lower())
        cased = line_cased(text, m.start(1))
        if _claimed(low) or low in _NOT_FACILITY or (cased and not word[:1].isupper()):
            continue
        if (low in sl.last_names() and not sl.is_common(low)) or unknown_word(low, "frame"):
            out.append((m.start(1), m.end(), LOCATION, 0.7))
    for m in finditer(_STREET_FIELD, text):
        value = m.group(1)
        if any(c.isalpha() for c in value) and not medical_only(value.split()[0].lower()):
            out.append((m.start(1), m.end(1), LOCATION, 0.7))
            a, b = line_bounds(text, m.start())
            for n in _HOUSE_NUMBER.finditer(text, a, b):
                out.append((n.start(1), n.end(1), LOCATION, 0.7))


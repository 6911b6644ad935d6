"""Positions where a note signs by initials, in any kind of document (issue #13): the ward, theatre and research
modules read their own documents' labels; these are the positions they share, judged by one vocabulary
(`initials_class`), so a form written in another family's words is read the same way.

Why: the family modules learned the positions their tuning forms used; a log written otherwise ("0800 [AB]",
"RN/AB", "second check AB", "Presenter: AB", a table whose column is headed "Init") was missed. Each position says
how much it vouches (`initials_class.initials_ok` levels):

* **a column of initials**: a table (cells between "|", or set apart by wide gaps) whose header names initials or a
  signer ("Init", "Initials", "Sig", "By", "Given by", "RN"): every later row's cell in that column ("label");
* **a chart grid's column** (tables of two cells or more): the cells under two or more charted hours (a MAR's columns,
  "act") or under an "Init" header ("label"); `column_initials` is the one reader of initials columns, for both;
* **a signature legend**: "AB = Ann Berg", "AB - Ann Berg, RN", "Sig key: AB = Ann Berg; CD - Carl Dunn" ("act");
* **a signer's field**: "Sig:", "Signer:", "Scribe:", "Presenter:", "Recorder:", "Consented by:" and the roles of a
  tumour board, research log or handover that a person fills, then initials ("label");
* **an ordinal check**: "second check AB", "2nd verifier: AB", "first count AB / second count CD" ("label");
* **a role and initials joined by a slash**: "RN/AB", "AB/LPN" ("act": "RN/ICU", "SR/ST" are shorthand);
* **a bracket after a time**: "0800 [AB]", "1400 (AB)" ("signed");
* **a charted time or a full date, then a pair or one group closing the line**: "0830 AB/CD", "3/4/2021 AB"
  ("signed");
* **an act of care, then its signer**: "administered by AB", "wasted: AB", "documented AB", "given AB @ 0800" (a
  colon: "label"; "by" or the act's time: "signed"; a signing act alone: "act", so no clinical abbreviation
  ("reviewed CT"), and without case no medical word; any other act alone names its object: "given NPH");
* **the other side of a hand-off** ("report received from AB"), **a second signer "with"** ("rate verified w/ AB"),
  **a time column** ("2000 AB 2100 AB", "0200 AB: ..."; before a colon only "act": "0800 CV:"), **initials opening a
  line before their time** ("AB @ 0315"), **a numbered signer** ("RN 2: AB"), **any act's agent before the act's
  time** ("rec'd by AB @ 0341"): "signed" or "label";
Not read here (each gave a span on PhysioNet's check part where nursing shorthand stands): any act's agent
closing its clause ("noted by AB."), marks closing a line ("... /AB", "... AB/CD", "(AB, CD)"), one group closing a
sentence ("... drowsy. MAE"), "per AB" ("per SSI").

Every group is 2-3 letters (capitals where the line has case) closed by punctuation, the line's end, a wide gap, a
time or a joining word; never a measure after its number.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import (
    NAME,
    AlnumWords,
    Anchored,
    AnyFolded,
    Folded,
    Gated,
    RegexFolded,
    ReversedFolded,
    RunPrefixed,
    SpansRecognizer,
    finditer,
    literal_heads,
)
from cancerprep.stages.deid.recognizers.context import line_bounds, line_cased
from cancerprep.stages.deid.recognizers.initials_class import (
    INIT,
    LETTER,
    STAFF_TITLES,
    UNITS,
    clinical_abbreviations,
    initials_ok,
    number_before,
)
from cancerprep.stages.deid.recognizers.initials_learned import column_kind
from cancerprep.stages.deid.recognizers.initials_slots import known_safe
from cancerprep.stages.deid.recognizers.tables import table_columns
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP, TITLES

POSITIONS = "InitialsPositionsRecognizer"

_INIT = INIT
_TIME = r"(?<![\d:./-])(?:[01]\d|2[0-3]):?[0-5]\d(?![\d:])"
_DATE = r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"
# what closes initials: punctuation, the line's end, a wide gap, a time or date, a joining word
_CLOSE = (rf"(?=[ \t]*(?:[/,;:).|\]]|$)|[ \t]{{2,}}|\t|[ \t]+(?:{_TIME}|{_DATE}|@|[-–][ \t])|"
          r"[ \t]+(?i:and|at|on|to|for|with|after|before|per|re)\b)")
# (not "ST", "RT", "PA": sinus tachycardia, right, the pulmonary artery are written "SR/ST", "IAB/PA")
_ROLES = r"rn|lpn|lvn|cna|pct|np|md|crna|rrt|tech|cst|r\.?ph|pharm\.?d|cpht|hha"

# a header cell naming initials or a signer
_HEADER_CELL = re.compile(r"(?i)^(?:(?:rn|nurse|staff|signer|tech|user|pharm|pharmacist)[ \t]*)?(?:init(?:ial)?s?\.?|"
                          r"sig(?:nature)?\.?|signed|signer|by|(?:given|checked|verified|done|entered|witnessed|"
                          r"counted|hung|drawn|scanned|wasted|reviewed|signed)[ \t]+by|rn|nurse|witness|verifier|"
                          r"co-?sign(?:er|ed)?|2nd[ \t]+(?:rn|sig(?:nature)?)|who)$")
_HEADER_GATE = Folded(r"(?:^|\||[ \t]{2}|\t)[ \t]*(?:[a-z]+[ \t]+)?(?:init|sig|by|rn|nurse|witness|verifier|co-?sign|"
                      r"2nd|who)", re.M)

# a signer's field: the label, a colon or dash, the initials
_FIELDS = (r"sig|signature|signer|signed|nsg|nursing|primary[ \t]+(?:rn|nurse)|scribe|presenter|presented[ \t]+by|"
           r"recorder|recorded[ \t]+by|moderator|"
           r"facilitator|chair|minutes(?:[ \t]+by)?|note[ \t]+taker|navigator|discussant|consenter|"
           r"consent(?:ed|[ \t]+obtained)[ \t]+by|entered[ \t]+by|completed[ \t]+by|prepared[ \t]+by|"
           r"performed[ \t]+by|collected[ \t]+by|drawn[ \t]+by|user|staff|charted[ \t]+by|documented[ \t]+by|"
           r"administered[ \t]+by|checked[ \t]+by|verified[ \t]+by|witness(?:ed[ \t]+by)?|co-?signer|"
           r"double[ \t-]*checked[ \t]+by|relieved[ \t]+by|report[ \t]+(?:given|received)[ \t]+by|"
           r"handoff[ \t]+(?:from|to)|report[ \t]+(?:from|to)|"
           # pharmacy, home care and clerical fields: the pharmacist's, technician's or aide's role, or the step
           # they signed ("RPh: AB  tech: CD", "Data entry: AB  Fill: CD  Final check: AB", "Counseled by: AB")
           r"(?:r\.?ph\.?|pharm\.?d\.?|cpht|pharmacist|pharmacy|tech(?:nician)?|nurse|rn|aide)[ \t]+"
           r"(?:verification|check|initials?|init|review|counsell?ing|dispensing|fill)|"
           r"initials|"
           r"counsell?ing(?:[ \t]+(?:by|provided[ \t]+by|done[ \t]+by))?|"
           r"r\.?ph\.?|pharm\.?d\.?|cpht|pharmacist|(?:pharmacy[ \t]+)?tech(?:nician)?|aide|hha|data[ \t]+entry|"
           r"fill(?:ed)?(?:[ \t]+by)?|final[ \t]+(?:check|verification)|(?:product|data|clinical)[ \t]+verification|"
           r"dispensed[ \t]+by|counsell?ed[ \t]+by|intake(?:[ \t]+by)?|(?:message|msg|call)[ \t]+taken[ \t]+by|"
           r"taken[ \t]+by|packed[ \t]+by|shipped[ \t]+by|delivered[ \t]+by|received[ \t]+by|visit[ \t]+by")
_FIELD = Gated(ReversedFolded(r"(?:sig|signer|nsg|nursing|rn|nurse|scribe|present|record|moderator|facilitator|chair|"
                      r"minutes|taker|navigator|discussant|consent|by|user|staff|witness|co-?sign|handoff|"
                      r"report|ph\.?|pharm\.?d\.?|tech|technician|aide|hha|entry|fill|filled|check|verification|dispensed|"
                      r"counseled|counselled|intake|taken|packed|shipped|delivered|received|verified|review|"
                      r"reviewed|initial|initials|init|counseling|counselling|dispensing)[ \t]*[:=-]"),
               re.compile(rf"(?i)(?<![\w-])(?:{_FIELDS})[ \t]*(?::|=|[ \t]-)[ \t]*(?-i:({_INIT}))"
                          rf"(?:[ \t]*/[ \t]*(?-i:({_INIT})))?{_CLOSE}", re.M))
# an ordinal check or count: "second check AB", "2nd verifier: AB", "first count AB / second count CD"
_ORDINAL = Gated(Folded(r"(?:first|second|1st|2nd|third|3rd|independent|double)[ \t]+(?:rn[ \t]+)?(?:check|count|"
                        r"verif|witness|sign|nurse|rn)"),
                 re.compile(r"(?i)\b(?:first|second|1st|2nd|third|3rd|independent|double)[ \t]+(?:rn[ \t]+)?"
                            r"(?:check(?:er|ed)?(?:[ \t]+by)?|count(?:ed)?(?:[ \t]+by)?|verifi(?:er|ed|cation)"
                            r"(?:[ \t]+by)?|witness(?:ed)?(?:[ \t]+by)?|sign(?:er|ed|ature)?(?:[ \t]+by)?|nurse|rn)"
                            rf"[ \t]*[:=-]?[ \t]*(?-i:({_INIT})){_CLOSE}", re.M))
# a role and initials joined by a slash, either way round
# (first asked for a role by a slash, which the second gate implies: its alternatives open with any letter, so were
# tried at every one; the first, a fifth as costly, leaves 1% of notes)
# (the first gate's branches as two parts, the second searched backwards from its slash, `AnyFolded`: as one pattern it
# was tried at every letter)
_ROLE_SLASH = Gated(AnyFolded(Folded(rf"/[ \t]*(?:{_ROLES})(?![a-z])"), ReversedFolded(rf"(?:{_ROLES})[ \t]*/")), Gated(
    Folded(rf"(?:^|[^a-z])(?:{_ROLES})[ \t]*/[ \t]*[a-z]{{2,3}}(?![a-z])|"
           rf"[a-z]{{2,3}}[ \t]*/[ \t]*(?:{_ROLES})(?![a-z])"),
    re.compile(rf"(?i)(?<![\w/])(?:(?:{_ROLES})[ \t]*/[ \t]*(?-i:({_INIT}))(?![/\w])|"
               rf"(?-i:({_INIT}))[ \t]*/[ \t]*(?:{_ROLES})(?![\w/]))")))
# a bracket after a time: "0800 [AB]", "1400 (AB)"
_TIME_BRACKET = Gated(re.compile(rf"{_TIME}[ \t]*[\[(]"),
                      re.compile(rf"{_TIME}[ \t]*[\[(][ \t]*({_INIT})[ \t]*[\])]"))
# a charted time or a full date, then initials (a pair too) closing the line
_STAMP_END = Gated(Folded(r"\d[ \t]+(?:[-–][ \t]*)?[a-z]{2,3}(?:[ \t]*/[ \t]*[a-z]{2,3})?[ \t.]*$", re.M),
                   re.compile(rf"(?:{_TIME}|{_DATE})[ \t]+(?:[-–][ \t]*)?({_INIT})(?:[ \t]*/[ \t]*({_INIT}))?"
                              r"[ \t.]*$", re.M))
# an act of care, then its signer: "administered by AB", "wasted: AB", "documented AB"
_ACTS = (r"given|administered|hung|spiked|checked|double-?checked|rechecked|verified|counted|witnessed|wasted|"
         r"documented|charted|co-?signed|cosigned|signed|initialed|reviewed|reassessed|assessed|performed|completed|"
         r"done|drawn|collected|labell?ed|scanned|dispensed|received|relinquished|reconciled|entered|made|prepared|"
         r"changed|emptied|inserted|removed|placed|applied|flushed|reinforced|titrated|held|started|stopped|"
         r"discontinued|updated|notified|educated|taught|obtained|"
         # pharmacy, home care and clerical acts ("intake by AB", "dispensed by AB")
         r"intake|filled|refilled|dispensed|counsell?ed|faxed|submitted|sent|scanned|reprinted|shipped|delivered|"
         r"called|contacted|authori[sz]ed|approved|processed|packed|mailed|taken|witness")
# acts of signing: what follows them without "by" is their signer, never their object ("given NPH", "placed TLC",
# "started TNG" name what was given, placed or started)
_SIGNING = (r"checked|double-?checked|rechecked|verified|counted|witness(?:ed)?|documented|charted|co-?signed|"
            r"cosigned|"
            r"signed|initialed|reviewed|reassessed")
# (tried only where an act's word, its "by" or colon and 2-3 letters start, `Anchored`: the case-blind list of acts
# was tried at every character; the anchor holds the former gate's words, so one scan asks both)
# (its places found in the blanked note, where a run opens with an act's head, `RunPrefixed`: the anchor's own scan
# cost ~60 us a PhysioNet note, the blanked note's ~30)
_ACT = RunPrefixed(
    literal_heads(f"{_SIGNING}|{_ACTS}"),
    rf"\b(?:{_SIGNING}|{_ACTS})(?:[ \t]+by)?[ \t]*:?[ \t]*[a-z]{{2,3}}(?![a-z])", re.compile(
        rf"(?i)\b(?:({_SIGNING})|{_ACTS})((?:[ \t]+by)?[ \t]*:?)[ \t]*(?-i:({_INIT}))"
        rf"(?:[ \t]*(?:/|&|,|(?i:and))[ \t]*(?-i:({_INIT})))?{_CLOSE}", re.M))
# initials opening a line before the time they charted: "AB @ 0800 meds given"
_OPENING = Gated(Folded(r"(?m)^[ \t]*[a-z]{2,3}[ \t]*@"), re.compile(rf"(?m)^[ \t]*({_INIT})[ \t]*@[ \t]*{_TIME}"))
# any act's agent, then the act's time after "@" or "at": "report rec'd from EMS by AB @ 0341", "seen by AB at 1400"
# (the act's word is open-ended, the time after the agent is the tell; an agent closing its clause without one,
# "noted by AB.", stays out)
_BY_TIMED = Gated(Folded(r"by[ \t]+[a-z]{2,3}[ \t]*(?:@|at[ \t])"), re.compile(
    rf"(?i)\bby[ \t]+(?-i:({_INIT}))[ \t]*(?:@|at[ \t])[ \t]*{_TIME}"))
# the act's time after its signer: "given AB @ 0800", "hung AB 2100"
_TIME_AFTER = re.compile(rf"[ \t]*(?:@|(?i:at)[ \t])[ \t]*{_TIME}|[ \t]+{_TIME}")
# a hand-off's other side: "report given to AB", "report received from AB", "care assumed by AB"
# (gated on the words as whole runs of the note, "hand" of "hand-off", `AlnumWords`: a search for them cost ~20 us)
_HANDOFF = Gated(AlnumWords(("report", "hand", "handoff", "handover", "care", "sbar")),
                 re.compile(rf"(?i)\b(?:report|hand-?off|handover|sbar|care)(?:[ \t]+[a-z]+){{0,2}}?[ \t]+"
                            rf"(?:to|from|by|with|w/)[ \t]+(?-i:({_INIT})){_CLOSE}", re.M))
# a signing act "with" its second signer: "verified w/ AB", "rate checked with AB", "2 RN check w/ AB"
_WITH = Gated(Folded(r"(?:check|verif|witness|count|sign)[a-z-]*(?:[ \t]+x[ \t]*\d)?[ \t]+(?:with|w/)"),
              re.compile(rf"(?i)\b(?:double[ \t-]*)?(?:check(?:ed)?|verif(?:y|ied)|witness(?:ed)?|count(?:ed)?|"
                         rf"co-?sign(?:ed)?|sign(?:ed)?)(?:[ \t]+[x×][ \t]*\d)?[ \t]+(?:with|w/)[ \t]*"
                         rf"(?-i:({_INIT}))(?:[ \t]*(?:/|&|(?i:and))[ \t]*(?-i:({_INIT})))?{_CLOSE}", re.M))
# a time, then initials, then the next time or the line's end: "0800 AB 0900 AB 1000 CD", "0200 AB: pt sleeping"
_TIME_COLUMN = Gated(re.compile(rf"{_TIME}[ \t]+{LETTER}{{2,3}}(?![\w'’-])"),
                     re.compile(rf"{_TIME}[ \t]+({_INIT})(?=[ \t]+{_TIME}|[ \t]*[:;,/]|[ \t]*$|[ \t]{{2,}})",
                                re.M))
# a numbered signer: "RN 1: AB", "Nurse 2 CD", "RN2: CD"
_NUMBERED = Gated(ReversedFolded(r"(?:rn|nurse|signer|witness|verifier|checker)[ \t]*#?[12]"),
                  re.compile(rf"(?i)\b(?:rn|nurse|signer|witness|verifier|checker)[ \t]*#?[12][ \t]*[:=-]?[ \t]*"
                             rf"(?-i:({_INIT})){_CLOSE}", re.M))
# a column's cell of initials: one group or a pair ("AB", "AB/CD")
_CELL_INITIALS = re.compile(rf"[ \t]*({_INIT})(?:[ \t]*/[ \t]*({_INIT}))?[ \t]*")
# a chart grid's header cells: a charted time (a MAR's hours), a column headed initials
_TIME_CELL = re.compile(rf"[ \t]*{_TIME}[ \t]*")
_INITIALS_HEAD = re.compile(r"(?i)(?:(?:rn|staff|nurse)[ \t]*)?init(?:ial)?s?\.?")
# Pharmacy, home care and clerical positions (the community family's documents: refill logs, telephone messages,
# prior authorisations, visit rows):
# acts of a pharmacy or an office, whose signer closes the clause: "PA submitted via portal AB; ...", "Rec'd fax,
# scanned to chart, AB" (weak: "act"), "qty corrected to 60 - AB", "prescriber contacted -AB" (a dash sets the
# writer's mark apart: "signed")
# (not "left": "left BKA" is a side; a message left is `_MESSAGE_LEFT`'s)
_OFFICE_ACTS = (r"submitted|faxed|re-?faxed|sent|received|rec'?d|scanned|uploaded|called|contacted|notified|reprinted|"
                r"corrected|filled|refilled|dispensed|counsell?ed|verified|reviewed|approved|denied|authori[sz]ed|"
                r"processed|entered|shipped|delivered|mailed|confirmed|requested|cancell?ed|printed|labell?ed|packed|"
                r"returned|transmitted|e-?prescribed|escribed")
# (the anchor alone: a gate of the same words scanned the note once more)
_CLAUSE_END = RunPrefixed(
    literal_heads(_OFFICE_ACTS), rf"\b(?:{_OFFICE_ACTS})", re.compile(
        rf"(?i)\b(?:{_OFFICE_ACTS})\b[^\n;|]{{0,60}}?(?:[ \t]*[,;]|[ \t]+([-–]{{1,2}})|[ \t])[ \t]*(?-i:({_INIT}))"
        r"(?=[ \t]*;|[ \t]*\.?[ \t]*$)", re.M))
# a call-back log's message left, then its writer: "no answer, LM  AB", "left VM - AB"
# (its gate opens with the "l" every match opens with, "lm" or "left ...": a search for one letter skips to it, where
# a gate opening with "vm", "message" or "msg" too was tried at every "v" and "m")
_MESSAGE_LEFT = Gated(Folded(r"l(?:m|mom|mtc|vm|eft[ \t]+(?:a[ \t]+)?(?:vm|voicemail|message|msg))[ \t,.;:-]+[a-z]{2,3}"
                             r"[ \t.]*$", re.M),
                      re.compile(r"(?i)(?:\b(?:lm|lmom|lmtc|lvm)|\bleft[ \t]+(?:a[ \t]+)?(?:vm|voicemail|message|msg))"
                                 rf"[ \t,.;:-]+(?-i:({_INIT}))[ \t.]*$", re.M))
# a pharmacy's standing protocol, then its signer: "refill auth per protocol AB 3/4/2021"
_PROTOCOL = Gated(Folded(r"per[ \t]+(?:pharmacy[ \t]+)?(?:protocol|policy|standing)"),
                  re.compile(r"(?i)\bper[ \t]+(?:pharmacy[ \t]+)?(?:protocol|policy|standing[ \t]+orders?)[ \t,:-]+"
                             rf"(?-i:({_INIT})){_CLOSE}", re.M))
# a home visit's row: the visitor's role, initials, then the visit's time: "HHA AB 0800-1000 bath; RN CD 1100"
_ROLE_VISIT = Gated(ReversedFolded(r"(?:rn|lpn|lvn|cna|hha|aide|msw|lsw|sw|rph|cpht|tech|pct|np|pta|cota|ota|slp)[ \t]+"
                           r"[a-z]{2,3}[ \t]+\d"),
                    re.compile(r"(?i)\b(?:rn|lpn|lvn|cna|hha|aide|msw|lsw|sw|rph|cpht|tech|pct|np|pta|cota|ota|slp)"
                               rf"[ \t]+(?-i:({_INIT}))(?=[ \t]+{_TIME})", re.M))
# a writer's mark alone on a line: "--AB", "— AB", "-AB/cd" (writer / typist, the typist's never counted)
# (the gate searched backwards over the lower-cased note, `ReversedFolded`, where the letters are [a-z]: from the line's
# end it opens on the dash or slash, while its line start was tried at every character)
_SIGN_OFF = Gated(ReversedFolded(r"(?m)^[ \t]*(?:--|—|[-–~][ \t]*[a-z]{2,3}[ \t]*/)"),
                  re.compile(rf"(?m)^[ \t]*(?:(?:--|—)[ \t]*({_INIT})(?:[ \t]*/[ \t]*[A-Za-z]{{2,3}})?|"
                             rf"[-–~][ \t]*({_INIT})[ \t]*/[ \t]*[A-Za-z]{{2,3}})[ \t]*$"))
# a pharmacist's or technician's credential beside the initials: "AB, RPh", "AB CPhT", "RPh AB", "Pharmacist AB"
_PHARM_ROLE = Gated(Folded(r"r\.?ph|pharm|cpht|tech"), re.compile(
    rf"(?i)(?<![\w/-])(?-i:({_INIT}))[ \t]*,?[ \t]*(?:r\.?ph|pharm\.?d|cpht)\b\.?(?![\w/])|"
    rf"(?i)\b(?:r\.?ph|pharm\.?d|cpht|pharmacist|tech(?:nician)?)\.?[ \t]+(?-i:({_INIT})){_CLOSE}", re.M))
# a signature legend's entry, at line start or after ";", "|" or ":" (weak, "act": a glossary's "BP = Blood Pressure"
# and a section's "CC - Chest Pain, PT" look the same): initials, "=" and the signer's name ("AB = Ann Berg"); a
# colon or dash, the name and a credential ("AB - Ann Berg, RN"); or, on a cased line, "=" or a dash before two
# words of a name in any case ("Sig key: AB = Ann Berg, RN; CD - Carl Dunn")
# (tried only where an entry can start: a line's start or ";", "|", ":", then 2-3 letters and "=", ":" or a dash;
# a gate of the letters and the sign alone let 3 of 4 notes through to a scan of every character)
_LEGEND = Anchored(r"(?:(?<![^\n])|[;|:])[ \t]*[a-z]{2,3}[ \t]*[=:–-]", re.compile(
    rf"(?m)^[ \t]*(?:({_INIT})[ \t]*=[ \t]*[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*)+|({_INIT})[ \t]*"
    r"[:–-][ \t]*[A-Z][\w'’-]+(?:[ \t]+[A-Z][\w'’.-]*)?[ \t]+[A-Z][\w'’-]+,?[ \t]+"
    r"(?:RN|LPN|LVN|CNA|HHA|RPh|R\.Ph\.|PharmD|CPhT|MSW|LCSW|NP|PT|OT|SLP|MD|DO|PA-C)\b)|"
    rf"(?:^|[;|:])[ \t]*(?i:({_INIT}))[ \t]*(?:=|[-–])[ \t]*"
    r"(?=(?i:[A-Z][A-Za-z'’-]+,?[ \t]+(?:[A-Z]\.?[ \t]+)?[A-Z][A-Za-z'’-]+))"))
# a legend's entry whose letters are its name's initials ("PM = Pat Moore, RN", "AN - Ann Nolan"): the key vouches
# for them whatever a vocabulary reads (deidfix65), and for the same capitals where the note writes them as a mark
# (`_keyed_marks`); the entry's name: its words up to a cell's or entry's end, credentials dropped
_KEY_WORD = re.compile(r"[A-Za-z][\w'’-]*")
_KEY_END = re.compile(r"[;|\n]")


def _name_word(word: str, names: frozenset[str] | set[str]) -> bool:
    """A name of the census list `names` (given names or surnames), or a word no vocabulary knows (a glossary
    expands an abbreviation into known words)."""
    low = word.lower().rstrip(".")
    return low in names or not (sl.is_known_word(low) or low in sl.medical_words())


def _key_initials(text: str, end: int) -> set[str]:
    """The initials (capitals) of the name an entry writes after its letters end at `end`: first and last word,
    and first, second and last (a middle name or initial); none unless two to four capitalised words whose first is
    a given name and last a surname (`_name_word`)."""
    stop = _KEY_END.search(text, end)
    words = [w.group() for w in _KEY_WORD.finditer(text, end, stop.start() if stop else len(text))]
    while words and words[-1].lower().rstrip(".") in CREDENTIALS:
        words.pop()
    if not 2 <= len(words) <= 4 or not all(w[0].isupper() for w in words):
        return set()
    if not (_name_word(words[0], sl.first_names()) and _name_word(words[-1], sl.last_names())):
        return set()  # (a glossary's "BP = Blood Pressure" spells its words' initials too)
    out = {words[0][0] + words[-1][0]}
    if len(words) > 2:
        out.add(words[0][0] + words[1][0] + words[-1][0])
    return out


def _mark_place(text: str, a: int, b: int) -> bool:
    """Does the group text[a:b] stand as a mark: closing its line or cell, or after a time, a dash, slash, colon,
    bracket, bar, "by" or a role word (not after a number: "9 PM")?"""
    line_start, line_end = line_bounds(text, a)
    before, after = text[line_start:a].rstrip(" \t"), text[b:line_end].lstrip(" \t")
    if number_before(text, a) and not _TIME_END.search(text, max(line_start, a - 8), a):
        return False
    if not after or after[0] in "/)]@,;|." or text[b:b + 2] in ("  ", "\t"):
        return True
    last = before.split()[-1].lower().rstrip(".") if before.split() else ""
    return bool(before) and (before[-1] in "-–/:([|" or bool(_TIME_END.search(before))
                             or last == "by" or last in CREDENTIALS)


def _keyed_marks(text: str, keyed: set[str], out: list[tuple[int, int, str, float]]) -> None:
    """The note's other capitals `keyed` (initials a legend vouched for) standing as marks (`_mark_place`)."""
    pattern = re.compile(rf"(?<![\w'’-])(?:{'|'.join(sorted(keyed, key=len, reverse=True))})(?![\w'’-])")
    for m in pattern.finditer(text):
        if _mark_place(text, m.start(), m.end()):
            out.append((m.start(), m.end(), NAME, 0.6))


# a dated row of a log whose last cell, set apart by a wide gap or a bar, is the writer's initials:
# "Refill 2   03/04/2022   #30   AB", "3/4/22 | shipped | AB"
_DATED_ROW = Gated(Folded(r"\d/\d{1,2}/\d[^\n]*(?:[ \t]{2,}|\t|\|[ \t]*)[a-z]{2,3}[ \t]*$", re.M),
                   re.compile(rf"(?m)^[^\n]*{_DATE}[^\n]*?(?:[ \t]{{2,}}|\t|[ \t]*\|[ \t]*)({_INIT})[ \t]*\|?[ \t]*$"))


# -- siblings (deidfix65): initials lend their evidence to a group of the same slot that a vocabulary refused --------
# Why: a person's initials may spell a word or a listed abbreviation ("AN", "PM", "TD", "CEL", "HH"), which every
# position refuses by its vocabulary (`initials_class`), while the line itself shows the slot is a signer's: the same
# slot repeated ("given CEL / witnessed TH", "RN AS / CNA CL", "0000 KBD 0200 KBD 0400 MG", "completed HH, reviewed
# MH") or a pair of marks after one signing cue ("verify - TD, RS", "handed off by CT to EC"), where another group of
# the slot passes the vocabulary. Such a slot's groups are taken; the refused ones only when no class of the slot's
# own cue reads them (an abbreviation after "given"/"checked" is the act's object: "given SSI"), never a
# credential, title or relation, a stop word only in capitals on a line with case, an everyday word only where the
# line has case, and never in a column of codes (`initials_learned.column_kind`).
# a slot's cue: a charted time, a staff role, a signing act or word
_SIB_ROLES = r"rn|lpn|lvn|cna|pct|tech|st|crna|np|rrt|surg|anes|anesth|scrub|circ|charge|resource|sitter|aide|nurse"
_SIB_SIGNS = (r"given|witnessed|witness|verified|verify|verifier|checked|check|co-?signed|co-?sign|signed|reviewed|"
              r"completed|hung|wasted|counted|initials|init|off-?going|on-?coming")
# acts whose object may stand where their signer does ("given PO", "checked BG", "reviewed CT", "completed EGD")
_SIB_OBJECT_ACTS = frozenset("given checked check reviewed completed hung wasted counted".split())
# what closes a slot's group: what closes initials (`_CLOSE`), or the next slot's role or signing word
_SIB_CLOSE = rf"(?:{_CLOSE}|(?=[ \t]+(?i:{_SIB_ROLES}|{_SIB_SIGNS})\b))"
_SIB_SEP = r"(?:[ \t]*(?P<sep>[:=]|[-–])[ \t]*|[ \t]+)"
# (two scans: a slot opening with a role or signing word, tried only where a run of the note opens with one of their
# heads, `RunPrefixed`, and a slot opening with a time, gated on digits, a time's shape and letters, `RegexFolded`: as
# one pattern of both it was tried at every character, ~100 us a PhysioNet note)
_SIB_WORD_SLOT = RunPrefixed(
    literal_heads(f"{_SIB_ROLES}|{_SIB_SIGNS}"),
    rf"\b(?:{_SIB_ROLES}|{_SIB_SIGNS})\.?(?:[ \t]*[:=–-][ \t]*|[ \t]+)[a-z]{{2,3}}(?![a-z])",
    re.compile(rf"(?<![\w/:.])(?i:(?P<role>{_SIB_ROLES})|(?P<sign>{_SIB_SIGNS}))\.?{_SIB_SEP}(?P<g>{_INIT})"
               rf"{_SIB_CLOSE}", re.M))
_SIB_TIME_SLOT = Gated(RegexFolded(r"[0-2][0-9]:?[0-5][0-9][ \t]*(?:[:=–-][ \t]*)?[a-z]{2,3}(?![a-z])"),
                       re.compile(rf"(?P<time>{_TIME}){_SIB_SEP}(?P<g>{_INIT}){_SIB_CLOSE}", re.M))
# a pair of marks after one signing cue: "verify - TD, RS", "by CT to EC @ 1032", "witnessed: AB/CD"
_SIB_PAIR = RunPrefixed(
    literal_heads(f"by|{_SIB_SIGNS}"),
    rf"\b(?:by|{_SIB_SIGNS})\b[ \t]*[:=–-]?[ \t]*[a-z]{{2,3}}[ \t]*(?:/|,|&|\+|and|to)[ \t]*[a-z]{{2,3}}(?![a-z])",
    re.compile(rf"(?i)\b(?P<cue>by|{_SIB_SIGNS})\b[ \t]*(?P<sep>[:=]|[-–])?[ \t]*(?-i:(?P<g1>{_INIT}))"
               rf"[ \t]*(?:/|,|&|\+|and|to)[ \t]*(?-i:(?P<g2>{_INIT})){_CLOSE}", re.M))


# a line opening with a signing act whose object is named before a colon, then its signers closing the line:
# "Witnessed waste of fentanyl 50 mcg: AB, CD", "Verified heparin rate change: AB/CD" ("act": "Checked vitals: BP, HR"
# names what was checked)
_SIGNED_LIST = Gated(Folded(r"(?m)^[ \t]*(?:double[ \t-]*)?(?:witnessed|verified|co-?signed|checked|counted)\b"),
                     re.compile(rf"(?im)^[ \t]*(?:double[ \t-]*)?(?:witnessed|verified|co-?signed|checked|counted)\b"
                                rf"[^\n:]{{1,60}}:[ \t]*(?-i:({_INIT}))(?:[ \t]*(?:,|/|&|and)[ \t]*(?-i:({_INIT})))?"
                                r"[ \t.]*$"))


def _sib_lendable(text: str, a: int, group: str, cased: bool, cue: str) -> bool:
    """May a group that the vocabulary refused at `a` borrow its slot's evidence (see above)?"""
    low = group.lower()
    if cased and not group.isupper():
        return False
    if low in CREDENTIALS or low in STAFF_TITLES or low in TITLES or low in RELATIONS:
        return False
    if (low in STOP or sl.is_common(low)) and not (cased and group.isupper()):
        return False
    if low in UNITS and not _TIME_END.search(text, max(0, a - 8), a) and number_before(text, a):
        return False
    line_start, line_end = line_bounds(text, a)
    return column_kind(text, line_start, line_end, a) != "code"


# groups no act takes as its object though a vocabulary reads them: times of day, answers and findings, the ears
_NOT_OBJECTS = frozenset("am pm noc eve nite ok no yes na nd tbd unk none nil neg pos nl wnl nad as ad au".split())


def _object_of_act(low: str) -> bool:
    """Might the group be what an act gave, checked or completed ("given SSI", "checked BG", "given mg")? Any
    abbreviation or shorthand a vocabulary of the project reads, but for `_NOT_OBJECTS` ("given ND / witnessed TM")."""
    return (low in clinical_abbreviations() or low in known_safe()) and low not in _NOT_OBJECTS


_TIME_END = re.compile(rf"{_TIME}[ \t]*(?:[:=]|[-–])?[ \t]*$")


def sibling_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, NAME, score) of the groups of a signer's slot that repeats on its line, or of a pair after one
    signing cue, where one group of the slot passes the vocabulary (see above)."""
    families: dict[tuple[int, str], list[tuple[int, str, str]]] = {}
    for m in itertools.chain(finditer(_SIB_TIME_SLOT, text), finditer(_SIB_WORD_SLOT, text)):
        kind = "time" if "time" in m.re.groupindex else "role" if m.group("role") else "sign"
        cue = "" if m.group("sep") else m.group(kind)  # after a colon or dash the act is a label, not a verb
        families.setdefault((text.rfind("\n", 0, m.start()) + 1, kind), []).append((m.start("g"), m.group("g"), cue))
    # (a family of staff roles vouches as a signed position, "RN AS / CNA CL"; the others as an act's: a group that is
    # no clinical abbreviation at all, so "Checked: BP/HR" or "0800 BP  0900 HR" lends nothing)
    groups = [("signed" if kind == "role" else "act", fam) for (_, kind), fam in families.items() if len(fam) > 1]
    for m in finditer(_SIB_PAIR, text):
        cue = "" if m.group("sep") else m.group("cue")
        groups.append(("act", [(m.start("g1"), m.group("g1"), cue), (m.start("g2"), m.group("g2"), cue)]))
    out: list[tuple[int, int, str, float]] = []
    for level, fam in groups:
        cased = line_cased(text, fam[0][0])
        strong = [initials_ok(g, cased, level) for _, g, _ in fam]
        if not any(strong):
            continue
        for (a, g, cue), ok in zip(fam, strong, strict=True):
            if cue.lower() in _SIB_OBJECT_ACTS and _object_of_act(g.lower()):
                continue
            if ok or _sib_lendable(text, a, g, cased, cue):
                out.append((a, a + len(g), NAME, 0.6))
    return out


def _header(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """{column: "label"} of a header's cells that name initials or a signer (read in tables of three cells or more)."""
    return {k: "label" for k, (a, b) in enumerate(cells) if _HEADER_CELL.match(line[a:b].strip())}


def _grid_header(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """{column: level} of a chart grid's header (read in tables of two cells or more): two or more charted times (a
    MAR's hours: "act"), or else a column headed initials ("label")."""
    times = {k: "act" for k, (a, b) in enumerate(cells) if _TIME_CELL.fullmatch(line[a:b])}
    if len(times) >= 2:
        return times
    return {k: "label" for k, (a, b) in enumerate(cells) if _INITIALS_HEAD.fullmatch(line[a:b])}


def column_initials(text: str, header_test: Callable[[str, list[tuple[int, int]]], dict[int, str]],
                    out: list[tuple[int, int, str, float]], *, min_cells: int, rule_ends: bool = False) -> None:
    """The initials (one group or a pair) filling a cell under a header cell that `header_test` names, at the level
    it gives, in the rows that follow (`tables.table_columns`: same count of cells, until a blank line or a row of
    another shape; with `rule_ends` a rule ends them): the one reader of initials columns."""
    for start, end, level in table_columns(text, header_test, min_cells=min_cells, rule_ends=rule_ends):
        m = _CELL_INITIALS.fullmatch(text[start:end])
        if not m:
            continue
        for g in (1, 2):
            if not m.group(g):
                continue
            a = start + m.start(g)
            if initials_ok(m.group(g), line_cased(text, a), level, number_before(text, a)):
                out.append((a, a + len(m.group(g)), NAME, 0.65))


def _take(text: str, m: re.Match, groups: tuple[int, ...], level: str,
          out: list[tuple[int, int, str, float]]) -> None:
    for g in groups:
        letters = m.group(g)
        if not letters:
            continue
        a = m.start(g)
        cased = line_cased(text, a)
        if not initials_ok(letters, cased, level, number_before(text, a)):
            continue
        if level == "act" and not cased and letters.lower() in sl.medical_words():
            continue  # an act alone on a line without case: "given iv", "checked bp" are the act's object
        out.append((a, m.end(g), NAME, 0.6 if level == "act" else 0.65))


def positions_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, NAME, score) of initials in the shared signing positions (see the module doc)."""
    out: list[tuple[int, int, str, float]] = []
    # (a table row's cells are cut at a bar, a tab or a gap of two blanks, `tables.row_cells`: a note holding none has
    # no row of two cells, so neither reader is asked; the header gate's scan cost ~40 us a PhysioNet note, which
    # mostly hold none)
    if "\t" in text or "|" in text or "  " in text:
        if not _HEADER_GATE.absent(text):
            column_initials(text, _header, out, min_cells=3, rule_ends=True)
        column_initials(text, _grid_header, out, min_cells=2)
    for m in finditer(_FIELD, text):
        _take(text, m, (1, 2), "label", out)
    for m in finditer(_ORDINAL, text):
        _take(text, m, (1,), "label", out)
    for m in finditer(_ROLE_SLASH, text):
        _take(text, m, (1, 2), "act", out)
    for m in finditer(_TIME_BRACKET, text):
        _take(text, m, (1,), "signed", out)
    for m in finditer(_STAMP_END, text):
        _take(text, m, (1, 2), "signed", out)
    for rx, groups, level in ((_HANDOFF, (1,), "signed"), (_WITH, (1, 2), "signed"),
                              (_TIME_COLUMN, (1,), "signed"), (_NUMBERED, (1,), "label"),
                              (_OPENING, (1,), "signed"), (_BY_TIMED, (1,), "signed")):
        for m in finditer(rx, text):
            # a group with a colon after a time is as often a section's label ("0800 CV: RRR") as its writer
            colon = rx is _TIME_COLUMN and text[m.end(1):m.end(1) + 2].lstrip().startswith(":")
            _take(text, m, groups, "act" if colon else level, out)
    for rx, groups, level in ((_MESSAGE_LEFT, (1,), "signed"), (_PROTOCOL, (1,), "signed"),
                              (_ROLE_VISIT, (1,), "signed"), (_SIGN_OFF, (1, 2), "signed"),
                              (_PHARM_ROLE, (1, 2), "signed"),
                              (_DATED_ROW, (1,), "signed")):
        for m in finditer(rx, text):
            _take(text, m, groups, level, out)
    out += sibling_spans(text)
    for m in finditer(_SIGNED_LIST, text):
        _take(text, m, (1, 2), "act", out)
    keyed: set[str] = set()
    for m in finditer(_LEGEND, text):
        for g in (1, 2, 3):
            letters = m.group(g)
            if letters and letters.isupper() and letters in _key_initials(text, m.end(g)) \
                    and letters.lower() not in CREDENTIALS and letters.lower() not in STAFF_TITLES:
                keyed.add(letters)  # the entry's letters are its name's initials
                out.append((m.start(g), m.end(g), NAME, 0.65))
        _take(text, m, (1, 2), "act", out)
        # the third shape (from a chart's key: a name in any case) only where the line has case
        if m.group(3) and line_cased(text, m.start(3)) and initials_ok(m.group(3), True, "act"):
            out.append((m.start(3), m.end(3), NAME, 0.65))
    if keyed:
        _keyed_marks(text, keyed, out)
    for m in finditer(_CLAUSE_END, text):
        _take(text, m, (2,), "signed" if m.group(1) else "act", out)
    for m in finditer(_ACT, text):
        how = m.group(2)
        timed = bool(_TIME_AFTER.match(text, m.end(4) if m.group(4) else m.end(3)))
        if not how.strip() and not m.group(1) and not timed:
            continue  # "given NPH", "placed TLC": without "by", a colon or a time only a signing act's signer
        level = "label" if ":" in how else "signed" if how.strip() or timed else "act"
        _take(text, m, (3, 4), level, out)
    return out


class InitialsPositionsRecognizer(SpansRecognizer):
    """Initials in the signing positions every kind of document shares (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(POSITIONS, [NAME], positions_spans)

"""Positions where a note signs by initials, in any kind of document (issue #13): the ward, theatre and research
modules read their own documents' labels; these are the positions they share, judged by one vocabulary
(`initials_class`), so a form written in another family's words is read the same way.

Why: the family modules learned the positions their tuning forms used; a log written otherwise ("0800 [AB]",
"RN/AB", "second check AB", "Presenter: AB", a table whose column is headed "Init") was missed. Each position says
how much it vouches (`initials_class.initials_ok` levels):

* **a column of initials**: a table (cells between "|", or set apart by wide gaps) whose header names initials or a
  signer ("Init", "Initials", "Sig", "By", "Given by", "RN"): every later row's cell in that column ("label");
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
  line before their time** ("AB @ 0315"), **a numbered signer** ("RN 2: AB"): "signed" or "label";
Not read here (each gave a span on PhysioNet's check part where nursing shorthand stands): any act's agent
closing its clause ("noted by AB."), marks closing a line ("... /AB", "... AB/CD", "(AB, CD)"), one group closing a
sentence ("... drowsy. MAE"), "per AB" ("per SSI").

Every group is 2-3 letters (capitals where the line has case) closed by punctuation, the line's end, a wide gap, a
time or a joining word; never a measure after its number.
"""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import (
    NAME,
    Anchored,
    Folded,
    Gated,
    SpansRecognizer,
    finditer,
)
from cancerprep.stages.deid.recognizers.context import line_cased
from cancerprep.stages.deid.recognizers.initials_class import INIT, LETTER, initials_ok, number_before

POSITIONS = "InitialsPositionsRecognizer"

_INIT = INIT
_TIME = r"(?<![\d:./-])(?:[01]\d|2[0-3]):?[0-5]\d(?![\d:])"
_DATE = r"(?<![\d/])\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})(?![\d/])"
# what closes initials: punctuation, the line's end, a wide gap, a time or date, a joining word
_CLOSE = (rf"(?=[ \t]*(?:[/,;:).|\]]|$)|[ \t]{{2,}}|\t|[ \t]+(?:{_TIME}|{_DATE}|@)|"
          r"[ \t]+(?i:and|at|on|to|for|with|after|before|per|re)\b)")
# (not "ST", "RT", "PA": sinus tachycardia, right, the pulmonary artery are written "SR/ST", "IAB/PA")
_ROLES = r"rn|lpn|lvn|cna|pct|np|md|crna|rrt|tech|cst"

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
           r"handoff[ \t]+(?:from|to)|report[ \t]+(?:from|to)")
_FIELD = Gated(Folded(r"(?:sig|signer|nsg|nursing|rn|nurse|scribe|present|record|moderator|facilitator|chair|"
                      r"minutes|taker|navigator|discussant|consent|by|user|staff|witness|co-?sign|handoff|"
                      r"report)[ \t]*[:=-]"),
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
_ROLE_SLASH = Gated(Folded(rf"/[ \t]*(?:{_ROLES})(?![a-z])|(?:{_ROLES})[ \t]*/"), Gated(
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
         r"discontinued|updated|notified|educated|taught|obtained")
# acts of signing: what follows them without "by" is their signer, never their object ("given NPH", "placed TLC",
# "started TNG" name what was given, placed or started)
_SIGNING = (r"checked|double-?checked|rechecked|verified|counted|witnessed|documented|charted|co-?signed|cosigned|"
            r"signed|initialed|reviewed|reassessed")
# (tried only where an act's word starts, `Anchored`: the case-blind list of acts was tried at every character)
_ACT = Gated(Folded(rf"(?:{_ACTS})(?:[ \t]+by)?[ \t]*:?[ \t]*[a-z]{{2,3}}(?![a-z])"), Anchored(
    rf"\b(?:{_SIGNING}|{_ACTS})", re.compile(
        rf"(?i)\b(?:({_SIGNING})|{_ACTS})((?:[ \t]+by)?[ \t]*:?)[ \t]*(?-i:({_INIT}))"
        rf"(?:[ \t]*(?:/|&|,|(?i:and))[ \t]*(?-i:({_INIT})))?{_CLOSE}", re.M)))
# initials opening a line before the time they charted: "AB @ 0800 meds given"
_OPENING = Gated(Folded(r"(?m)^[ \t]*[a-z]{2,3}[ \t]*@"), re.compile(rf"(?m)^[ \t]*({_INIT})[ \t]*@[ \t]*{_TIME}"))
# the act's time after its signer: "given AB @ 0800", "hung AB 2100"
_TIME_AFTER = re.compile(rf"[ \t]*(?:@|(?i:at)[ \t])[ \t]*{_TIME}|[ \t]+{_TIME}")
# a hand-off's other side: "report given to AB", "report received from AB", "care assumed by AB"
_HANDOFF = Gated(Folded(r"(?:report|handoff|hand-off|handover|care|sbar)"),
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
_NUMBERED = Gated(Folded(r"(?:rn|nurse|signer|witness|verifier|checker)[ \t]*#?[12]"),
                  re.compile(rf"(?i)\b(?:rn|nurse|signer|witness|verifier|checker)[ \t]*#?[12][ \t]*[:=-]?[ \t]*"
                             rf"(?-i:({_INIT})){_CLOSE}", re.M))
# a role abbreviation before the pair is a roster ("RN AB / CNA CD"), read by the ward's rules
_SPLIT_CELLS = re.compile(r"[ \t]*\|[ \t]*|[ \t]{2,}|\t+")


def _cells(line: str) -> list[tuple[int, str]]:
    """The cells of a table's row, (offset, text), split at "|" or at wide gaps."""
    out, pos = [], 0
    for m in _SPLIT_CELLS.finditer(line):
        if m.start() > pos:
            out.append((pos, line[pos:m.start()]))
        pos = m.end()
    if pos < len(line):
        out.append((pos, line[pos:]))
    return out


def _columns(text: str, out: list[tuple[int, int, str, float]]) -> None:
    """The cells under a header cell that names initials or a signer, in the rows that follow (same count of
    cells, until a blank line or a row of another shape)."""
    lines = text.split("\n")
    offsets, pos = [], 0
    for line in lines:
        offsets.append(pos)
        pos += len(line) + 1
    i = 0
    while i < len(lines):
        header = _cells(lines[i])
        cols = [k for k, (_, cell) in enumerate(header) if _HEADER_CELL.match(cell.strip())]
        if len(header) < 3 or not cols:
            i += 1
            continue
        j = i + 1
        while j < len(lines) and lines[j].strip() and not set(lines[j].strip()) <= set("|-=+: "):
            row = _cells(lines[j])
            if len(row) != len(header):
                break
            for k in cols:
                off, cell = row[k]
                for m in re.finditer(rf"(?<![\w'’-])({_INIT})", cell):
                    a = offsets[j] + off + m.start(1)
                    if re.fullmatch(rf"[ \t]*{_INIT}(?:[ \t]*/[ \t]*{_INIT})?[ \t]*", cell) and initials_ok(
                            m.group(1), line_cased(text, a), "label", number_before(text, a)):
                        out.append((a, a + len(m.group(1)), NAME, 0.65))
            j += 1
        while j < len(lines) and set(lines[j].strip()) <= set("|-=+: ") and lines[j].strip():
            j += 1  # a rule under the header
        i = max(j, i + 1)


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
    if not _HEADER_GATE.absent(text):
        _columns(text, out)
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
                              (_OPENING, (1,), "signed")):
        for m in finditer(rx, text):
            # a group with a colon after a time is as often a section's label ("0800 CV: RRR") as its writer
            colon = rx is _TIME_COLUMN and text[m.end(1):m.end(1) + 2].lstrip().startswith(":")
            _take(text, m, groups, "act" if colon else level, out)
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

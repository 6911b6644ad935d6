"""Identifiers (i2b2 ID): SSNs, labelled record/account/licence numbers, bare 7+ digit numbers,
accession-like codes, vehicle identifiers and plates, device serials.

The Safe Harbor list names the kinds (SSN, MRN, health plan, account, certificate/licence, vehicle
identifiers and plates, device identifiers and serials, any other unique number); the rules find them
by their label, wherever it sits before the value, or by a shape no clinical value has (a 17-character
VIN, a pathology accession "S12-3456" / "SP-12-34567" / "12-S-3456", an SSN in any separator form).
"""

from __future__ import annotations

import functools
import string
from collections.abc import Iterator

import regex as re

from cancerprep.stages.deid.recognizers.base import (
    ID,
    Anchored,
    CharRun,
    Folded,
    Gated,
    I,
    Lined,
    LinedAtStart,
    RegexRecognizer,
    WholeWords,
    ascii_twin,
    compile_for_search,
)
from cancerprep.stages.deid.recognizers.context import UNIT_AFTER

# One vocabulary of identifier labels, by strength. Record labels name a patient's record number (what registration
# systems print before an MRN): strong ones label any value ("MRN", "Medical Record No.", "EMPI"); named ones
# ("Account", "FIN", "CSN") label a plain value but a looser shape (digit groups, a value under the label) only with a
# number marker or colon; weak ones label a value only with a number marker or colon ("Chart #", "Visit:"); marked
# ones only with a number marker, since with a colon alone they head other values ("Patient: 67 yo", "Unit: 4 West").
_MARK = r"(?:\#|no\.?|number|num|nbr|id|code)"
_RECORD_STRONG = (r"mrn(?:s|\(s\))?|m\.r\.n\.?|mr\#|m\.?r\.?[ \t]*(?:\#|no\.?|num(?:ber)?\b|nbr\b)|"
                  r"med(?:ical)?\.?[ \t]*rec(?:ord)?s?\.?(?:[ \t]+(?:\#|no\.?|number|num))?|"
                  r"medical[ \t]+record(?:[ \t]+(?:\#|no\.?|number|num))?|empi|cmrn|e\.?m\.?p\.?i\.?")
_RECORD_NAMED = r"acct|account|fin|csn|registration|record"
_RECORD_WEAK = r"hosp(?:ital)?|chart|clinic|enterprise|reg|visit|encounter|har|episode|adm(?:ission)?|pid|mpi|emr|ehr"
_RECORD_MARKED = r"patient|pt|unit|person|client|member|chart|hospital|hosp|rec"
# Labels of the other Safe Harbor identifiers: strong ones after which a number identifies someone whatever else is
# written between ("license plate #"); weak ones only with a number marker ("case #", "group no.", "tag:"): alone
# they are everyday words ("in case 2", "lab 800cc").
_OTHER_STRONG = (r"identifier|accession|acc|ref|reference|ssn|social\s+security|member|policy|plan|insurance|medicare|"
                 r"medicaid|license|licence|lic|dl|vin|serial|device|id|specimen|requisition|subscriber|beneficiary|"
                 r"claim|certificate|cert|npi|dea|permit|s/n|udi|hicn|mbi")
_OTHER_WEAK = (r"case|path(?:ology)?|cytology|surgical|group|grp|tags?|job|order|document|doc|slide|block|lot|sn|s\.n|"
               r"band|bracelet|wristband|armband")
_STRONG_LABELS = rf"{_RECORD_STRONG}|{_RECORD_NAMED}|{_OTHER_STRONG}"
_WEAK_LABELS = rf"{_RECORD_WEAK}|{_OTHER_WEAK}"
# between a record label and its value: the label's abbreviation in brackets ("Medical Record Number (MRN):"), a
# typed form's leader of dots, dashes or underscores ("Medical Record No. ---- 123456"), spaces, a colon, number
# sign, equals sign, dash, bar or comma, "is"/"of", an opening bracket ("MRN - 123456", "MRN | 123456",
# "medical record number is 123456", "MRN (123456)")
_BETWEEN = (r"[ \t]*(?:\([ \t]*[A-Z][A-Z.\#]{1,6}[ \t]*\)[ \t]*)?(?:[.\-–_]{3,}[ \t]*)?(?:[:\#=|\-–,]{1,2}[ \t]*)?"
            r"(?:(?:is|of|was)[ \t]+)?[(\[]?")
# A record label before the value shapes only record labels vouch for: digit groups with spaces, dots or hyphens
# ("MRN 12 345 678", "Unit No. 123-45-67") and a value written under its label on the next line.
_RECORD_LABEL = (rf"(?:{_RECORD_STRONG}|(?:{_RECORD_NAMED}|{_RECORD_WEAK}|{_RECORD_MARKED})\.?[ \t]*"
                 rf"(?:{_MARK}\.?|identifier)|(?:{_RECORD_NAMED}|{_RECORD_WEAK})\.?(?=[ \t]*:)){_BETWEEN}")
_GROUPED = r"((?<![\w\-])\d{1,5}(?:[ \t.\-]\d{1,5}){1,3}(?![\w/:]|[.\-]\d))"
# a value with a digit somewhere, so the label rule never stops at a following word ("license plate 7ABC123")
_VALUE = r"((?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{3,})"
# a value of 5+ characters with a digit, after a label that also heads short values ("lot 6", "group 2")
_LONG_VALUE = r"((?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{4,})\b"
# between the values of a list: a comma, semicolon, ampersand, "and", or a spaced slash
_LIST_SEP = r"[ \t]*(?:[,;&]|\band\b|[ \t]/)[ \t]*(?:and[ \t]+)?"
# Where a label of any kind starts in the lower-cased note: every gate and anchor below opens with a label of this
# vocabulary, so each can match only there (a zero-width search finds every such place, overlapping ones too).
_LABEL_START = compile_for_search(rf"(?=(?:\b(?:{_RECORD_STRONG}|{_RECORD_NAMED}|{_RECORD_WEAK}|{_RECORD_MARKED}|"
                                  rf"{_OTHER_STRONG}|{_OTHER_WEAK})))")


@functools.lru_cache(maxsize=4)
def _label_starts(low: str) -> tuple[int, ...]:
    """The places where a label starts in a lower-cased note, kept for the last notes (the gates below share them)."""
    return tuple(m.start() for m in _LABEL_START.finditer(low))


class _AtLabels(Folded):
    """A `Folded` gate opening with a label of the vocabulary above, tried only where a label starts. Why: the note's
    labels (about six a PhysioNet note) are found once by one search; four gates and anchors each searching the whole
    note for their own labels cost three times as much. A gate matches somewhere iff it matches at one of its starts,
    so the answer is the same."""

    def _absent_low(self, low: str, pos: int) -> bool:
        """True when the gate matches at none of the note's label starts from pos on."""
        return not any(self.pattern.match(low, p) for p in _label_starts(low) if p >= pos)


class _AnchoredAtLabels(Anchored):
    """An `Anchored` rule whose anchor opens with a label of the vocabulary above, tried at the note's label starts
    (`_label_starts`, shared with the gates) where its anchor matches, instead of searching the note for the anchor:
    a lookahead opening on `\\b` has no prefix to skip to and is tried at every character. Every place the anchor
    matches is a label start, so the places, and the matches, are the same, in order."""

    def _placed(self, text: str, low: str, pos: int, endpos: int | None, timeout: float | None
                ) -> Iterator[re.Match]:
        """The pattern's matches, tried at the label starts where the anchor matches."""
        done, at = pos, self.anchor.match
        for p in _label_starts(low):
            if p < done or at(low, p) is None:
                continue
            m = self.pattern.match(text, p, timeout=timeout)
            if m is not None:
                done = m.end()
                yield m

    def twinned(self) -> _AnchoredAtLabels:
        """The rule with its pattern's ASCII twin (`ascii_twin`), tried at the same places."""
        return _AnchoredAtLabels(self.source, ascii_twin(self.pattern))


class _Words(WholeWords):
    """`WholeWords` over the word characters of `\\b` (letters, digits, "_"): a pattern opening with "\\b(?:car|van)\\b"
    matches only where one of the words stands between such boundaries, so the note's words hold it."""

    _BLANKS = str.maketrans({chr(i): " " for i in range(128) if not (chr(i).isalnum() or chr(i) == "_")})


# a run of digits or characters, asked by `bytes.translate` (perf24's gate, now `base.CharRun`; its name kept)
_Run = CharRun


# The licence-plate rule's cue words, as whole words (`_Words`).
_PLATE_CUES = "plate plates tag tags registration registered vehicle car truck van motorcycle".split()
# Gates (`Gated`): the rules below open on a label tried at every word, though few notes hold one (PhysioNet dev:
# 67 of 1,450 a record label, 25 a weak label with its marker). Each gate is the opening of its rules' patterns, so
# a note without it has no match (tests compare on real notes).
_RECORD_GATE = _AtLabels(rf"\b(?:{_RECORD_STRONG}|(?:{_RECORD_NAMED}|{_RECORD_WEAK}|{_RECORD_MARKED})\.?[ \t]*"
                      rf"(?:{_MARK}|identifier|:))")
_WEAK_GATE = _AtLabels(rf"\b(?:{_WEAK_LABELS})\.?[ \t]*(?:{_MARK}|:)")
# the opening of the second-number rule, to the first character of its first value (its line anchor: `Lined` runs
# it on the lines holding this, not on every line with a label and a colon, "Plan:", "ID:")
_ANY_LABEL_ANCHOR = (rf"\b(?:{_STRONG_LABELS}|{_WEAK_LABELS})\.?[ \t]*(?:{_MARK}\.?[ \t]*:?|:)[ \t]*"
                     rf"(?=[a-z0-9\-]*\d)[a-z0-9]")
# the opening of the strong-label rule, to the first character of its value, in lower case (its `Anchored` anchor:
# the rule is tried where a label is followed by a value holding a digit, not at every "id", "plan", "acc" opening
# a word)
_STRONG_VALUE_ANCHOR = rf"\b(?:{_STRONG_LABELS})\.?[ \t]*{_MARK}?[ \t]*[:\#]?[ \t]*(?=[a-z0-9\-]*\d)[a-z0-9]"


def id_recognizer() -> RegexRecognizer:
    """MRNs, SSNs, account, accession, licence, vehicle and device numbers: labelled, shaped, or long digit runs."""
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), 0, 0.95, None),  # SSN
        # 317.00.4314: an SSN with dots (spaced, "110 98 1000" is a run of vitals: it needs an SSN word, below)
        (re.compile(r"(?<![\d.])\d{3}\.\d{2}\.\d{4}(?![\d.])"), 0, 0.85, None),
        # an SSN in any separator form (or none) after an SSN word, words between allowed ("SS# is 317004314")
        (re.compile(r"\b(?:ssn|ss\#|ss[ \t]*no\.?|s\.s\.n\.?|soc(?:ial)?\.?[ \t]*sec(?:urity)?\.?|social)(?![A-Za-z])"
                    r"[^\n\d]{0,24}?(?<![\d\-])(\d{3}[ \t.\-]?\d{2}[ \t.\-]?\d{4})(?![\d\-])", I), 1, 0.9, None),
        # masked SSNs keep the last four digits: "xxx-xx-4314", "***-**-4314"
        (re.compile(r"(?:\bx{3}|\*{3})-(?:x{2}|\*{2})-\d{4}\b", I), 0, 0.85, None),
        # on the label's line only: "PLAN:\n75yo with ..." is a section and an age, not a plan number (tried only
        # where a label starts, `Anchored` at the shared label starts: 1 place a PhysioNet note, where the pattern
        # alone tries every word)
        (Gated(_AtLabels(_STRONG_VALUE_ANCHOR), _AnchoredAtLabels(_STRONG_VALUE_ANCHOR,
                  re.compile(rf"\b(?:{_STRONG_LABELS})\.?[ \t]*{_MARK}?[ \t]*[:\#]?[ \t]*{_VALUE}", I))), 1, 0.85,
         _not_catalogue),
        (Gated(_WEAK_GATE, re.compile(rf"\b(?:{_WEAK_LABELS})\.?[ \t]*(?:{_MARK}\.?[ \t]*:?|:)[ \t]*{_VALUE}", I)),
         1, 0.8, None),
        (Gated(_RECORD_GATE, re.compile(rf"\b(?:{_RECORD_MARKED})\.?[ \t]*(?:{_MARK}|identifier)\.?{_BETWEEN}{_VALUE}",
                                        I)), 1, 0.8, None),
        # "MR 123456", "MR: 0012345": after "MR" alone (a title, mitral regurgitation) only a 5+ digit number
        (re.compile(r"\bmr\.?[ \t]*[:\#]?[ \t]*(\d{5,})(?![\d.,/:]|\.\d)", I), 1, 0.8, None),
        # the label after the value: "00123456 (MRN)", "#1234567 (medical record number)"
        (Gated(Folded(rf"\((?:{_RECORD_STRONG})\)"), re.compile(
            rf"(?<![\w\-])\#?((?=[A-Z0-9\-]*\d{{5}})[A-Z0-9][A-Z0-9\-]{{4,}})[ \t]*\((?:{_RECORD_STRONG})\)", I)),
         1, 0.85, None),
        # a record number after its label, whatever stands between ("MRN - 123456", "MRN | 123456"), in digit
        # groups ("MRN 12 345 678"), "medical record number is 1234567", or the value alone on the line under its
        # label ("MRN:" / "00123456")
        (Gated(_RECORD_GATE, re.compile(rf"\b{_RECORD_LABEL}(?P<v>{_GROUPED}|{_VALUE})", I)), "v", 0.85, _record_value),
        (Gated(_RECORD_GATE, re.compile(
            rf"(?m)\b{_RECORD_LABEL}\n[ \t]*(?P<v>{_GROUPED}|{_VALUE})(?=[ \t]*$|[ \t]{{2,}}|\t)", I)),
         "v", 0.85, _record_value),
        # a list of record numbers after one label ("MRNs: 123456, 234567", "Prior MRN(s): 12345; 67890 and 54321"):
        # the second and third values (the first is the label's own value above)
        (Gated(_RECORD_GATE, re.compile(
            rf"\b(?:{_RECORD_STRONG})\.?[ \t]*{_MARK}?[ \t]*[:\#]?[ \t]*{_VALUE}{_LIST_SEP}(?P<v>{_VALUE})", I)),
         "v", 0.85, _record_value),
        (Gated(_RECORD_GATE, re.compile(
            rf"\b(?:{_RECORD_STRONG})\.?[ \t]*{_MARK}?[ \t]*[:\#]?[ \t]*{_VALUE}{_LIST_SEP}{_VALUE}{_LIST_SEP}"
            rf"(?P<v>{_VALUE})", I)), "v", 0.85, _record_value),
        # the label heads a list of fields and the values follow in the same order: "MRN/DOB: 123456/01/02/1960",
        # or a header row opening with the label above a row opening with the value ("MRN   DOB" / "123456   ...")
        (Gated(_RECORD_GATE, re.compile(
            rf"\b(?:{_RECORD_STRONG})(?:[ \t]*/[ \t]*[A-Za-z][A-Za-z .#]{{0,20}}?){{1,3}}[ \t]*:[ \t]*{_VALUE}", I)),
         1, 0.85, None),
        (Gated(_RECORD_GATE, re.compile(
            rf"(?m)^[ \t]*(?:{_RECORD_STRONG})[^\n\d]*\n[ \t]*(?P<v>{_VALUE})(?=[ \t]|$)", I)), "v", 0.85,
         _record_value),
        # a second number after a labelled one on its line, under its own label: "Case # 1234567 / OR log 234567",
        # "Acc: S12-345; lab no 876543" (a number of 5+ digits after one to three label words)
        (Gated(_AtLabels(_ANY_LABEL_ANCHOR), Lined(_ANY_LABEL_ANCHOR, re.compile(
            rf"\b(?:{_STRONG_LABELS}|{_WEAK_LABELS})\.?[ \t]*(?:{_MARK}\.?[ \t]*:?|:)[ \t]*{_VALUE}[ \t]*"
            rf"(?:[,;|]|/[ \t])[ \t]*(?:[A-Za-z][A-Za-z.]*[ \t]+){{1,3}}(?:{_MARK}\.?[ \t]*)?[:\#]?[ \t]*"
            rf"(?P<v>\d{{5,}})(?![\w/:\-]|[.,]\d)",
            I))), "v", 0.8, _second_number),
        # a number of 5+ digits on the patient's header line, after the name: "Patient: Doe, Jane   0012345" (tried
        # once at the start of each line with a colon: `LinedAtStart`)
        (LinedAtStart(":", re.compile(
            r"(?im)^[ \t]*(?:patient(?:[ \t]+name)?|pt\.?(?:[ \t]+name)?|name|re|client)[ \t]*:[^\n]*?"
            r"(?<=[ \t,(\[#\-])([A-Z]{0,3}\d{5,}|\d{2,}-\d{2,}(?:-\d{2,})?)(?![\w/:]|[.\-]\d)")), 1, 0.75,
         _header_number),
        # a bare 7+ digit number is an identifier in clinical text (MRN, account, accession), a sentence's full
        # stop or a list's comma after it allowed ("MRNs: 1234567, 7654321"), never a thousands group ("1,234,567")
        (Gated(_Run(string.digits, 7), re.compile(r"(?<![\d.,/:-])\d{7,}(?![\d/:]|[.,]\d)")), 0, 0.6, _not_catalogue),
        # pathology accessions: SP93-49380, S90-834, SP-12-34567, 12-S-3456, 2012-SP-12345
        (re.compile(r"\b[A-Z]{1,3}\d{2}-\d{3,}\b", I), 0, 0.75, None),
        (re.compile(r"\b[A-Z]{1,3}-\d{2}-\d{4,}\b", I), 0, 0.75, None),
        (re.compile(r"\b(?:\d{2}|(?:19|20)\d{2})-[A-Z]{1,3}-\d{4,}\b", I), 0, 0.75, None),
        # "# rg17", "#8336652": an identifier after a number sign
        (re.compile(r"#\s*([A-Za-z]{1,3}\d{2,}|\d{6,})\b"), 1, 0.7, None),
        *lot_and_group_rules(),
        *study_subject_rules(),
        # a VIN: 17 characters, letters and digits, never I, O or Q
        (Gated(_Run(string.ascii_lowercase + string.digits, 17), Gated(r"[A-Za-z0-9]{17}", re.compile(
            r"\b(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])(?=[A-HJ-NPR-Z0-9]*\d)[A-HJ-NPR-Z0-9]{17}\b", I))), 0, 0.85, None),
        # a licence plate after a plate or vehicle word, a few words between ("Ohio plates 7ABC123", "tag: ABC 1234")
        # (run only on the notes holding one of its cue words, `_Words`)
        (Gated(_Words(_PLATE_CUES), re.compile(
                    r"\b(?:plates?|tags?|registration|registered|vehicle|car|truck|van|motorcycle)\b[^\n.;!?]{0,32}?"
                    # (a cue word itself is never the plate: "car (DC tag 62R-J88)")
                    r"(?<![A-Za-z0-9\-])(?!(?:plates?|tags?|registration|registered|vehicle|car|truck|van|motorcycle)\b)"
                    r"((?-i:(?=[A-Z0-9]{0,4}[\- ]?[A-Z0-9]{0,5}\d)[A-Z0-9]{1,4}[\- ]?[A-Z0-9]{2,5}"
                    # in a lower-case note a plate is lower case too: one run of letters and digits ("1rnl618")
                    r"|(?=[a-z0-9\-]*\d)(?=[a-z0-9\-]*[a-z])[a-z0-9]{1,4}-?[a-z0-9]{2,5}))"
                    r"(?![A-Za-z0-9\-])", I)), 1, 0.75, _plate),
    ]
    return RegexRecognizer(ID, "IdRecognizer", rules)


def lot_and_group_rules() -> list[RegexRecognizer.Rule]:
    """A device's lot number and an insurance group number, after their labels."""
    return [
        # a device's lot or batch number ("Implant lot 446229"): 5+ characters with a digit, no measure
        (Gated(Folded(r"lot|batch"), re.compile(
            rf"\b(?:lot|batch)\b\.?[ \t]*(?:{_MARK}\.?)?[ \t]*[:\#]?[ \t]*{_LONG_VALUE}", I)), 1, 0.75, _not_measure),
        # an insurance group number ("Blue Cross PPO, ID ..., Group 830574"): "group" labels a number only on a line
        # about insurance, where it is the plan's identifier
        (Gated(Folded(r"gr(?:ou)?p"), re.compile(
            rf"\b(?:group|grp)\b\.?[ \t]*(?:{_MARK}\.?)?[ \t]*[:\#]?[ \t]*{_LONG_VALUE}", I)), 1, 0.75,
         _insurance_line),
    ]


# The words a trial or registry names its enrolled person by, used as a label before the person's code ("Participant
# ABC-1234", "Subject 01-0023", "enrollee #SX77").
_STUDY_PERSON = r"participant|subject|enrollee|registrant|screening|randomi[sz]ation|study[ \t]+(?:id|subject)"


def study_subject_rules() -> list[RegexRecognizer.Rule]:
    """A trial participant's code after the word the study names its person by: a code is an identifier as a
    record number is, but is printed without a record label."""
    return [(Gated(Folded(rf"\b(?:{_STUDY_PERSON})\b"), re.compile(
        rf"\b(?:{_STUDY_PERSON})\b\.?[ \t]*(?:{_MARK}\.?)?[ \t]*[:\#]?[ \t]*{_VALUE}(?![\w\-])", I)), 1, 0.8,
        _study_code)]


def _study_code(text: str, m: re.Match) -> bool:
    """A participant code mixes letters and digits ("XLU-4954", "SX77") or groups digits by a hyphen ("01-0023"); a
    plain number after "subject" or "study" is a count, a year or a dose, and a measure is none."""
    value = m.group(1)
    digits = sum(c.isdigit() for c in value)
    mixed = any(c.isalpha() for c in value) and digits >= 2
    return (mixed or ("-" in value and digits >= 5)) and _not_measure(text, m) and not _DATE_SHAPE.fullmatch(value)


_UNIT = re.compile(r"\d+(?:\.\d+)?[ \-]?(?:mg|mcg|ml|cc|cm|mm|kg|lb|lbs|hr|hrs|h|min|mph|yo|am|pm|mi|km|ft|in)\b", I)


def _plate(text: str, m: re.Match) -> bool:
    """A plate (capitals and digits, as plates are written) holds a digit and 5-8 characters, and is no measure
    ("10 mph") nor a surgical plate's hole count or spinal level ("6-hole plate", "plate C4, C5")."""
    value = m.group(1)
    core = value.replace("-", "").replace(" ", "")
    if not 5 <= len(core) <= 8 or not any(c.isdigit() for c in core) or _UNIT.fullmatch(value):
        return False
    if " " in value and not (any(c.isalpha() for c in value.split()[0]) or any(c.isalpha() for c in value.split()[1])):
        return False  # "2 2014": two numbers, not one plate
    return any(c.isalpha() for c in core) or len(core) >= 6


_DATE_SHAPE = re.compile(r"\d{1,2}[ .\-]\d{1,2}[ .\-](?:\d{2}|\d{4})|(?:19|20)\d{2}[ .\-]\d{1,2}[ .\-]\d{1,2}")


def _record_value(text: str, m: re.Match) -> bool:
    """A record label's value: 4+ digits (5+ when written in groups, "12 345 678"), and no date ("12-03-2010")."""
    value = m.group("v")
    digits = sum(c.isdigit() for c in value)
    return digits >= (5 if re.search(r"[ \t.]", value) else 4) and not _DATE_SHAPE.fullmatch(value)


def _second_number(text: str, m: re.Match) -> bool:
    """A second labelled number: a record value (`_record_value`), no measure after it."""
    return _record_value(text, m) and not UNIT_AFTER.match(text, m.end("v"))


def _header_number(text: str, m: re.Match) -> bool:
    """A record number written after the name on the patient's header line: the line's first number, 5+ digits,
    no date, no measure ("Patient: 67 yo, 10000 units" is prose)."""
    value = m.group(1)
    if any(c.isdigit() for c in text[m.start():m.start(1)]) or UNIT_AFTER.match(text, m.end(1)):
        return False
    return sum(c.isdigit() for c in value) >= 5 and not _DATE_SHAPE.fullmatch(value)


# "REF" on a device's label is the ISO 15223 symbol of the maker's catalogue number: the same number on every box of
# that product, so it identifies no person (DESIGN.md keeps models and catalogue numbers). "Ref"/"REF" also heads a
# referral's or an authorisation's number, which is issued for one patient and stays an identifier. The line decides:
# a catalogue number stands among a device's other marks (lot, serial, UDI, expiry, size, model, maker), a referral's
# among the words of referral, authorisation and claims; a bare "REF" with neither stays an identifier (fails closed).
_REF_LABEL = re.compile(r"\bref\.?[ \t]*(?:\#|no\.?|number|num)?\.?[ \t]*[:\#]?[ \t]*$", I)
_DEVICE_MARKS = re.compile(r"\b(?:lot|batch|sn|s/n|serial|udi|gtin|exp|expiry|expiration|catalog|catalogue|cat|"
                           r"model|size|mfr|mfg|manufacturer|implant|implants|implanted|sterile|qty|stent|graft|mesh|"
                           r"screws?|plates?|lens|valve|catheter|sheath|balloon|prosthesis|cartridge|stapler|reload)\b",
                           I)
_REFERRAL_WORDS = re.compile(r"\b(?:referral|referrals|referred|refer|referring|auth|authori[sz]ation|authori[sz]ed|"
                             r"prior[ \t]+auth|claim|payer|payor|insurance|insurer|case|member|patient|pt|"
                             r"confirmation|ticket|order|appointment|appt)\b", I)


def _not_catalogue(text: str, m: re.Match) -> bool:
    """A value after "REF" is a device's catalogue number (no identifier) on a line of device marks without a word of
    referral or authorisation ("REF 72201835 LOT 2311A"); any other label, and "REF" elsewhere, keep the value."""
    value_start = m.start(m.lastindex) if m.lastindex else m.start()
    head = text[text.rfind("\n", 0, value_start) + 1:value_start]
    if not _REF_LABEL.search(head):
        return True
    line_end = text.find("\n", value_start)
    line = head + text[value_start:line_end if line_end != -1 else len(text)]
    return not _DEVICE_MARKS.search(line) or bool(_REFERRAL_WORDS.search(line))


def _not_measure(text: str, m: re.Match) -> bool:
    return not UNIT_AFTER.match(text, m.end(1))


_INSURANCE = re.compile(r"\b(?:insurance|insurer|insured|plan|policy|member|subscriber|medicare|medicaid|payer|payor|"
                        r"ppo|hmo|epo|coverage|carrier|beneficiary|blue[ \t]+cross|blue[ \t]+shield|tricare|"
                        r"health[ \t]+net|id|rx[ \t]*bin|pcn)\b", I)


def _insurance_line(text: str, m: re.Match) -> bool:
    """A group number on a line that speaks of insurance ("Insurance: ..., Group 830574"), no measure."""
    line = text[text.rfind("\n", 0, m.start()) + 1:text.find("\n", m.end()) if "\n" in text[m.end():] else len(text)]
    return bool(_INSURANCE.search(line)) and _not_measure(text, m)

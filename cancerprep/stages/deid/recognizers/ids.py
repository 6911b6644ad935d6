"""Identifiers (i2b2 ID): SSNs, labelled record/account/licence numbers, bare 7+ digit numbers,
accession-like codes, vehicle identifiers and plates, device serials.

The Safe Harbor list names the kinds (SSN, MRN, health plan, account, certificate/licence, vehicle
identifiers and plates, device identifiers and serials, any other unique number); the rules find them
by their label, wherever it sits before the value, or by a shape no clinical value has (a 17-character
VIN, a pathology accession "S12-3456" / "SP-12-34567" / "12-S-3456", an SSN in any separator form).
"""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid.recognizers.base import ID, I, RegexRecognizer

# Labels after which a number identifies someone whatever else is written between ("license plate #").
_STRONG_LABELS = (r"mrn|mr\#|med(?:ical)?\.?\s+rec(?:ord)?\.?(?:\s+(?:number|no))?|"
                  r"medical\s+record(?:\s+(?:number|no))?|acct|account|accession|acc|ref|reference|ssn|social\s+security|unit\s+no|member|policy|plan|"
                  r"insurance|medicare|medicaid|license|licence|lic|dl|vin|serial|device|id|record|"
                  r"specimen|requisition|subscriber|beneficiary|claim|certificate|cert|npi|dea|permit|"
                  r"registration|s/n|udi|csn|fin|hicn|mbi")
# Words that label an identifier only with a number marker after them ("case #", "group no.", "tag:"):
# alone they are everyday words ("in case 2", "lab 800cc").
_WEAK_LABELS = (r"case|path(?:ology)?|cytology|surgical|encounter|visit|group|tags?|job|order|document|doc|slide|"
                r"block|lot")
_MARK = r"(?:\#|no\.?|number|num|id|code)"
# a value with a digit somewhere, so the label rule never stops at a following word ("license plate 7ABC123")
_VALUE = r"((?=[A-Z0-9\-]*\d)[A-Z0-9][A-Z0-9\-]{3,})"


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
        # on the label's line only: "PLAN:\n75yo with ..." is a section and an age, not a plan number
        (re.compile(rf"\b(?:{_STRONG_LABELS})\.?[ \t]*{_MARK}?[ \t]*[:\#]?[ \t]*{_VALUE}", I), 1, 0.85, None),
        (re.compile(rf"\b(?:{_WEAK_LABELS})\.?[ \t]*(?:{_MARK}\.?[ \t]*:?|:)[ \t]*{_VALUE}", I), 1, 0.8, None),
        # a bare 7+ digit number is an identifier in clinical text (MRN, account, accession)
        (re.compile(r"(?<![\d.,/:-])\d{7,}(?![\d.,/:])"), 0, 0.6, None),
        # pathology accessions: SP93-49380, S90-834, SP-12-34567, 12-S-3456, 2012-SP-12345
        (re.compile(r"\b[A-Z]{1,3}\d{2}-\d{3,}\b", I), 0, 0.75, None),
        (re.compile(r"\b[A-Z]{1,3}-\d{2}-\d{4,}\b", I), 0, 0.75, None),
        (re.compile(r"\b(?:\d{2}|(?:19|20)\d{2})-[A-Z]{1,3}-\d{4,}\b", I), 0, 0.75, None),
        # "# rg17", "#8336652": an identifier after a number sign
        (re.compile(r"#\s*([A-Za-z]{1,3}\d{2,}|\d{6,})\b"), 1, 0.7, None),
        # a VIN: 17 characters, letters and digits, never I, O or Q
        (re.compile(r"\b(?=[A-HJ-NPR-Z0-9]*[A-HJ-NPR-Z])(?=[A-HJ-NPR-Z0-9]*\d)[A-HJ-NPR-Z0-9]{17}\b", I), 0, 0.85,
         None),
        # a licence plate after a plate or vehicle word, a few words between ("Ohio plates 7ABC123", "tag: ABC 1234")
        (re.compile(r"\b(?:plates?|tags?|registration|registered|vehicle|car|truck|van|motorcycle)\b[^\n.;!?]{0,32}?"
                    r"(?<![A-Za-z0-9\-])((?-i:(?=[A-Z0-9]{0,4}[\- ]?[A-Z0-9]{0,5}\d)[A-Z0-9]{1,4}[\- ]?[A-Z0-9]{2,5}))"
                    r"(?![A-Za-z0-9\-])", I), 1, 0.75, _plate),
    ]
    return RegexRecognizer(ID, "IdRecognizer", rules)


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

"""Identifiers (i2b2 ID): SSNs, labelled record/account/licence numbers, bare 7+ digit numbers,
accession-like codes."""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid.recognizers.base import ID, I, RegexRecognizer


def id_recognizer() -> RegexRecognizer:
    """MRNs, SSNs, account, accession, licence and device numbers: labelled or long digit runs."""
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(r"\b\d{3}-\d{2}-\d{4}\b"), 0, 0.95, None),  # SSN
        # 317 00 4314: an SSN written with spaces, after an SSN label
        (re.compile(r"\b(?:ssn|ss#|s\.s\.n\.?|social[ \t]+security)[ \t]*(?:#|no\.?|number)?[ \t]*:?[ \t]*"
                    r"(\d{3}[ \t]\d{2}[ \t]\d{4})\b", I), 1, 0.9, None),
        (re.compile(r"\b(?:mrn|mr#|med(?:ical)?\.?\s+rec(?:ord)?\.?(?:\s+(?:number|no))?|medical\s+record(?:\s+(?:number|no))?|acct|account|accession|acc|"
                    r"ref|reference|ssn|social\s+security|unit\s+no|member|policy|plan|insurance|"
                    r"medicare|medicaid|license|licence|lic|dl|vin|plate|serial|device|id|record)"
                    r"\.?\s*(?:#|no\.?|number|num|id)?\s*[:#]?\s*([A-Z0-9][A-Z0-9\-]{3,})", I), 1, 0.85,
         _has_digit),
        # a bare 7+ digit number is an identifier in clinical text (MRN, account, accession)
        (re.compile(r"(?<![\d.,/:-])\d{7,}(?![\d.,/:])"), 0, 0.6, None),
        # accession-like codes: SP93-49380, S90-83437
        (re.compile(r"\b[A-Z]{1,3}\d{2}-\d{4,}\b", I), 0, 0.75, None),
        # "# rg17", "#8336652": an identifier after a number sign
        (re.compile(r"#\s*([A-Za-z]{1,3}\d{2,}|\d{6,})\b"), 1, 0.7, None),
    ]
    return RegexRecognizer(ID, "IdRecognizer", rules)


def _has_digit(text: str, m: re.Match) -> bool:
    return any(c.isdigit() for c in m.group(1))

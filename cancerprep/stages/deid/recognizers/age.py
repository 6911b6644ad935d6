"""Ages over 89 (Safe Harbor): 90-119 beside "yo", "year old", "age"."""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid.recognizers.base import AGE, I, RegexRecognizer


def age_recognizer() -> RegexRecognizer:
    """Ages of 90 and over (Safe Harbor groups them as 90+); younger ages are not identifying."""
    age = r"(?:9\d|1[01]\d)"
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(rf"\b({age})\s*(?:-\s*)?(?:yo\b|y/o|y\.o\.?|yr?s?\b|years?\b|year[- ]old|yoM|yoF|"
                    rf"yom|yof|ym\b|yf\b)", I), 1, 0.9, None),
        (re.compile(rf"\b(?:age|aged|age:)\s*({age})\b", I), 1, 0.9, None),
        # a note that opens with "98 s/p ..." or "98 yo": the age leads the summary line
        (re.compile(rf"(?:^|\n)\s*({age})\s+(?=(?:s/p|yo|y/o|year|y\.o|female|male|f\b|m\b|"
                    rf"woman|man|gentleman|lady))", I), 1, 0.8, None),
    ]
    return RegexRecognizer(AGE, "AgeOver89Recognizer", rules)

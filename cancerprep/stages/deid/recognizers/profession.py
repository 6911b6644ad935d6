"""Occupations (PROFESSION) and employers (LOCATION) from social-history phrasing."""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import LOCATION, RegexRecognizer
from cancerprep.stages.deid.recognizers.words import STOP


def profession_recognizer() -> list[RegexRecognizer]:
    """Occupations and employers from social-history phrasing ("Former plumber", "works at X as Y")."""
    job = r"([A-Za-z][A-Za-z\-]+(?:[ \t][A-Za-z][A-Za-z\-]+)?)"
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(rf"(?i)\b(?:works?|worked|working|employed|job|retired|occupation|profession)"
                    rf"(?:[ \t]+(?:as|at)[ \t]+(?:an?[ \t]+)?|[ \t]*:[ \t]*(?:an?[ \t]+)?|[ \t]+)"
                    rf"{job}"), 1, 0.6, _job_words),
        (re.compile(rf"(?i)\b(?:former|retired)[ \t]+{job}"), 1, 0.6, _job_words),
        (re.compile(rf"(?i)\bas[ \t]+an?[ \t]+{job}(?=[ \t]*[.,;])"), 1, 0.55, _job_words),
    ]
    org = re.compile(r"(?i)\bworks?[ \t]+(?:at|for)[ \t]+"
                     r"((?:the[ \t]+)?[A-Za-z][\w&'\-]*(?:[ \t]+[A-Za-z][\w&'\-]*){0,4}?)"
                     r"(?=[ \t]+as\b|[ \t]*[.,;\n])")
    return [RegexRecognizer("PROFESSION", "ProfessionRecognizer", rules),
            RegexRecognizer(LOCATION, "EmployerRecognizer", [(org, 1, 0.6, None)])]



_NOT_JOBS = {"smoker", "smoking", "drinker", "alcohol", "etoh", "at", "as", "in", "the", "a", "an", "for",
             "with", "on", "and", "from", "home", "to", "full", "part", "time", "well", "up", "out", "he",
             "she", "today", "now", "hard", "fine", "patient", "pt", "nurse", "rn", "md", "result"}


def _job_words(text: str, m: re.Match) -> bool:
    first = m.group(1).split()[0].lower()
    return first not in _NOT_JOBS and first not in STOP and not (
        first in sl.medical_words() and first not in sl.word_freq())

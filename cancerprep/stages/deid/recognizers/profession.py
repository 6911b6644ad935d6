"""Occupations (PROFESSION) and employers (LOCATION) from social-history phrasing."""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import LOCATION, RegexRecognizer
from cancerprep.stages.deid.recognizers.tokens import bare
from cancerprep.stages.deid.recognizers.words import STOP


def profession_recognizer() -> list[RegexRecognizer]:
    """Occupations and employers from social-history phrasing ("Former plumber", "works at X as Y")."""
    # a second word only when it is no preposition: "cook in a school cafeteria" ends at "cook"
    job = r"([A-Za-z][A-Za-z\-]+(?:[ \t](?!(?:of|at|in|for|with|on|to|and|or|by)\b)[A-Za-z][A-Za-z\-]+)?)"
    rules: list[RegexRecognizer.Rule] = [
        # after "work"/"job" only "as" or a colon opens an occupation; the object of "at" is a workplace ("worked at
        # an herbicide plant") and a bare word after "work" is what the work is or where ("work environment", "blood
        # work done", "working outdoors"); "retired", "employed" and the labels take the occupation bare ("retired
        # teacher", "Employed cook")
        (re.compile(rf"(?i)\b(?:works?|worked|working|job)"
                    rf"(?:[ \t]+as[ \t]+(?:an?[ \t]+)?|[ \t]*:[ \t]*(?:an?[ \t]+)?)"
                    rf"{job}"), 1, 0.6, _job_words),
        (re.compile(rf"(?i)\b(?:employed|retired|occupation|profession)"
                    rf"(?:[ \t]+as[ \t]+(?:an?[ \t]+)?|[ \t]*:[ \t]*(?:an?[ \t]+)?|[ \t]+)"
                    rf"{job}"), 1, 0.6, _job_words),
        (re.compile(rf"(?i)\b(?:former|retired)[ \t]+{job}"), 1, 0.6, _job_words),
        (re.compile(rf"(?i)\bas[ \t]+an?[ \t]+{job}(?=[ \t]*[.,;])"), 1, 0.55, _job_words),
    ]
    org = re.compile(r"(?i)\bworks?[ \t]+(?:at|for)[ \t]+"
                     r"((?:the[ \t]+)?[A-Za-z][\w&'\-]*(?:[ \t]+[A-Za-z][\w&'\-]*){0,4}?)"
                     r"(?=[ \t]+as\b|[ \t]*[.,;\n])")
    return [RegexRecognizer("PROFESSION", "ProfessionRecognizer", rules),
            RegexRecognizer(LOCATION, "EmployerRecognizer", [(org, 1, 0.6, _employer)])]


# Habits follow "former" and "retired" as jobs do ("former smoker"): never an occupation, in any word of it.
_HABITS = {"smoker", "smoking", "drinker", "alcohol", "etoh", "user", "abuser", "vaper"}
# Words that never open an occupation: habits, function words, times, the patient, care-team titles.
_NOT_JOBS = _HABITS | {"at", "as", "in", "the", "a", "an", "for", "with", "on", "and", "from", "home", "to", "full",
                       "part", "time", "well", "up", "out", "he", "she", "today", "now", "hard", "fine", "patient",
                       "pt", "nurse", "rn", "md", "result"}


# An occupation's head noun: agentive endings (driver, counselor, machinist, technician, salesman, assistant,
# secretary, engineer, waitress) and the common occupational nouns without one. Why: "as a child", "as an Ace
# wrap", "work better", "WORK STATUS:" share the phrasing of "as a teacher" but name no occupation.
_AGENTIVE = re.compile(r"(?i)(?:er|or|ist|ian|man|men|woman|women|ant|ent|ary|ee|eer|ier|ess|smith|wright)s?$")
OCCUPATIONS = frozenset("""
architect surgeon mason chef cook pilot clerk aide nurse guard agent attorney mechanic paramedic midwife nanny
maid sheriff coach dean principal priest rabbi imam nun monk judge diplomat model athlete executive detective
representative housewife clergy emt cna lpn staff crew veteran military army navy police marine paralegal
cashier chaplain deputy marshal tailor plumber cop trooper medic faculty analyst
""".split())
# Stages of life follow "as a/an" as often as jobs do ("as a child", "as a young woman").
_LIFE_STAGE = {"child", "children", "adult", "adults", "infant", "baby", "teen", "teenager", "youth", "kid", "girl",
               "boy", "toddler", "newborn", "young", "old", "elderly", "older", "younger", "minor", "adolescent",
               "youngster", "man", "woman", "person", "patient", "result"}


# Everyday words with an agentive-looking ending: comparatives and adverbs ("work better", "never").
_NOT_AGENTS = {"better", "worse", "later", "other", "others", "either", "neither", "never", "ever", "over", "under",
               "after", "together", "rather", "further", "former", "latter", "faster", "longer", "harder", "easier",
               "sooner", "lower", "higher", "greater", "per", "whether", "summer", "winter", "center", "number",
               "paper", "matter", "water", "order", "member", "weather", "temporary", "currently", "recent"}


# Nouns of an act, state or thing made ("treatment", "environment", "specimen"): their endings look agentive (-ent,
# -men) but no person is named by them.
_ACT_NOUN = re.compile(r"(?i)(?:ment|ments|imen|imens)$")


def occupation(phrase: str) -> bool:
    """Does `phrase` name an occupation? Its head (the last word before a complement: "professor of history") is
    an occupational noun, and no word is a stage of life or a habit. Shared with the learned voter's PROFESSION
    filter, so both read "as a child" the same way."""
    words = [w.strip(".,;:'\"").lower() for w in phrase.split()]
    words = [bare(w) for w in words if w]
    if not words or any(w in _LIFE_STAGE or w in _HABITS for w in words):
        return False
    # the head is the last word before a complement ("professor of history", "clerk at the bank")
    cut = next((i for i, w in enumerate(words) if i and w in ("of", "at", "in", "for", "with", "on")), len(words))
    head = words[cut - 1]
    if head in _NOT_AGENTS or head in STOP or _ACT_NOUN.search(head):
        return False
    return head in OCCUPATIONS or bool(_AGENTIVE.search(head))


# The object of "work(s) for" that names no employer: a time ("off work for two weeks", "out of work for several
# months"), a count word opening it and a unit of time in it (deidprec14, from damage_bench's tuning half).
_TIME_UNITS = frozenset("hour hours hrs day days week weeks wks month months mos year years yrs shift shifts night "
                        "nights".split())
_COUNTS = sl.COUNT_WORDS | {"a", "an", "one", "few", "couple", "many", "some", "eleven", "twenty", "thirty"}
# ... or a person named by a pronoun ("would work for him", "did not work for her")
_PRONOUNS = frozenset("me you him her us them it himself herself themselves myself yourself someone somebody".split())


def _employer(text: str, m: re.Match) -> bool:
    """Is the object of "work(s) at/for" an employer? Not a pronoun ("would work for him", "did not work for her")
    and not a time ("off work for two weeks due to complaints")."""
    words = [w.lower() for w in m.group(1).split()]
    if words[0] == "the" and len(words) > 1:
        words = words[1:]
    if words[0] in _PRONOUNS:
        return False
    return not ((words[0].isdigit() or words[0] in _COUNTS) and any(w in _TIME_UNITS for w in words[1:]))


def _job_words(text: str, m: re.Match) -> bool:
    """The phrase names an occupation (`occupation`) and opens with no stop word or clinical-only word."""
    first = m.group(1).split()[0].lower()
    if first in _NOT_JOBS or first in STOP or (first in sl.medical_words() and first not in sl.word_freq()):
        return False
    return occupation(m.group(1))

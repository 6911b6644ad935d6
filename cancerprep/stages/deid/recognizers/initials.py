"""Initials, signature lines, header fields and age-sentence subjects (NAME), as regex rules."""

from __future__ import annotations

import re as stdre

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import NAME, Folded, Gated, I, Lined, RegexRecognizer
from cancerprep.stages.deid.recognizers.context import line_cased, medical_only
from cancerprep.stages.deid.recognizers.tokens import LETTER, MARKS, NAME_WORD_2, ascii_fold, mostly_upper
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import STOP

# The anchor of the age-sentence rules ("X is a 62-year-old"): they run only on notes that have one.
_AGE_SENTENCE = re.compile(r"(?i)\bis[ \t]+an?[ \t]+\d")


def initials_recognizer() -> RegexRecognizer:
    """"W. MAROTTA", "J. Yi", "q. lander rrt", "Mary Hulse, R.N.": initials and signature lines."""
    cred = r"(?:r\.?n\.?|rrt|crt|m\.?d\.?|n\.?p\.?|lpn|licsw|msw|pa-c|rph|ccrn|slp|pt|ot)"
    rules: list[RegexRecognizer.Rule] = [
        (re.compile(rf"(?<![\w.'’/]){LETTER}\.\s?(?:o')?{NAME_WORD_2}"), 0, 0.6, _initial_name),
        (Gated(Folded(rf"[ \t,]{cred}[ \t.]*$", stdre.M),
               re.compile(rf"(?m)^[ \t]*((?:{NAME_WORD_2}|{LETTER}\.)(?:[ \t]+(?:{NAME_WORD_2}|"
                          rf"{LETTER}\.)){{0,3}})(?:[ \t]*,[ \t]*|[ \t]+){cred}[ \t.]*$", I)), 1, 0.7, _signature),
    ]
    nm = NAME_WORD_2  # a name word of any script (the former [A-Za-z][A-Za-z'-]+)
    rules += [
        # header fields: "Patient: Selmont, Janice", "NAME: AMARA NGUYEN", "Pt: Fox, Roger (8613...)"
        (Gated(Folded(r"^[ \t]*(?:patient(?:[ \t]+name)?|pt\.?(?:[ \t]+name)?|name(?:[ \t]+of[ \t]+patient)?|"
                      r"client|guarantor|subscriber|emergency[ \t]+contact|next[ \t]+of[ \t]+kin|nok|"
                      r"health[ \t]+care[ \t]+proxy|responsible[ \t]+party)[ \t]*(?::|[ \t]-)", stdre.M),
               re.compile(rf"(?im)^[ \t]*(?:patient(?:[ \t]+name)?|pt\.?(?:[ \t]+name)?|name(?:[ \t]+of[ \t]+patient)?|"
                          rf"client|guarantor|subscriber|emergency[ \t]+contact|next[ \t]+of[ \t]+kin|nok|"
                          rf"health[ \t]+care[ \t]+proxy|responsible[ \t]+party)[ \t]*(?::|[ \t]-)[ \t]*"
                          rf"({nm}(?:,?[ \t]{nm}){{0,3}})")), 1, 0.85, None),
        # "Electronically signed by: Ngozi Ashridge, MD", "cc: Dr. Abigail Kumar", "Referring physician: X"
        (Gated(Folded(r"(?:signed|dictated|transcribed|reviewed|authenticated|attending|referring(?:[ \t]+physician)?|"
                      r"physician|provider|pcp|cc)(?:[ \t]+by)?[ \t]*:"),
               re.compile(rf"(?i)\b(?:signed|dictated|transcribed|reviewed|authenticated|attending|"
                    rf"referring(?:[ \t]+physician)?|physician|provider|pcp|cc)(?:[ \t]+by)?[ \t]*:[ \t]*"
                    rf"(?:dr\.?[ \t]+)?((?:{LETTER}\.[ \t]*)?{nm}(?:[ \t]+(?:{LETTER}\.[ \t]+)?{nm}){{0,2}})")), 1, 0.8,
         _not_clinical_words),
        # "Pt BO is a 67-year-old", "Eric is a 77 yo man": the subject of the age sentence
        (Gated(_AGE_SENTENCE, re.compile(rf"\b(?:pt\.?[ \t]+)?({LETTER}(?:{LETTER}|['{MARKS}\-])*)[ \t]+is[ \t]+"
                                         r"an?[ \t]+\d{1,3}[ \t-]*(?:y|yo|year)", I)), 1, 0.7, _age_subject),
    ]
    # Signature and role lines: "Pathologist: Takahashi, Emily, MD", "Signed out by: Ruiz, Brian",
    # "Case discussed with Kwame Friedman, MD", "Dr. A. Norford", "Roger Fox is a 69-year-old man".
    # two parts at least: one word before "MD" or after "seen by" is too often a word ("SEE MD", "by renal")
    person = (rf"(?:{nm},[ \t]*{nm}(?:[ \t]+{LETTER}\.)?|(?:{LETTER}\.[ \t]*){{1,2}}{nm}|"
              rf"{nm}(?:[ \t]+{LETTER}\.)?[ \t]+{nm})")
    roles = (r"pathologist|cytopathologist|signed[ \t]+out[ \t]+by|verified[ \t]+by|resident|fellow|surgeon|"
             r"oncologist|radiologist|attending[ \t]+physician|discussed[ \t]+with|seen[ \t]+by|consulted|"
             r"evaluated[ \t]+by|examined[ \t]+by|performed[ \t]+by|dictated[ \t]+by|referred[ \t]+by")
    rules += [
        # (gated on its role words: PhysioNet dev, 96 of 1,450 notes hold one)
        (Gated(Folded(roles), re.compile(
            rf"(?i)\b(?:{roles})[ \t]*:?[ \t]*(?:dr\.?[ \t]+)?({person})(?=[ \t]*(?:,|\(|$|\n|on\b|md\b))", re.M)),
         1, 0.8, _person_words),
        (Gated(r"(?i)m\.d\.|d\.o\.|ph\.d\.|\b(?:md|do|phd|facs|frcpc)\b",
               re.compile(rf"(?i)\b({person}),?[ \t]+(?:m\.d\.|d\.o\.|ph\.d\.|(?:md|do|phd|facs|frcpc)\b)(?!-)")),
         1, 0.75, _person_words),
        (Gated(Folded(r"(?:dr|mr|mrs|ms|miss|prof)\.?[ \t]+[a-z]\."),
               re.compile(rf"(?i)\b(?:dr|mr|mrs|ms|miss|prof)\.?[ \t]+((?:{LETTER}\.[ \t]*){{1,2}}{nm})")), 1, 0.8,
         _person_words),
        (Gated(_AGE_SENTENCE, re.compile(rf"(?i)\b({nm}(?:[ \t]+{LETTER}\.)?[ \t]+{nm})[ \t]+is[ \t]+an?[ \t]+"
                                         rf"\d{{1,3}}[ \t-]*(?:y|yo|year)")), 1, 0.75, _full_name_subject),
        # a courtesy title is near-certain evidence, even before an everyday word ("Ms. White")
        (re.compile(rf"(?i)\b(?:mrs\.?|mr\.|ms\.)[ \t]+({nm})"), 1, 0.8, _surname_after_title),
        # "Pt AN is a 62 yo woman", "pt dk was admitted": two-letter initials after "Pt"
        (Gated(Folded(r"pt\.?[ \t]+[a-z]{2}[ \t]+(?:is|was|has|had)[ \t]"),
               re.compile(r"(?i)\bpt\.?[ \t]+([A-Za-z]{2})[ \t]+(?:is|was|has|had)[ \t]+"
                          r"(?:an?|admitted|seen|transferred)\b")), 1, 0.7, None),
        # "Roger is a 60-year-old man", "Grace is a 77yo woman": a first name as the age sentence's subject
        (Gated(_AGE_SENTENCE, re.compile(rf"(?i)(?<!(?:{LETTER}|['{MARKS}\-])[ \t])\b({nm})[ \t]+is[ \t]+an?[ \t]+"
                                         rf"\d{{1,3}}[ \t-]*(?:y|yo|year)")), 1, 0.7, _first_name),
        # "Roger was admitted", "XIMENA CROMSTEIN WAS ADMITTED": subject of an admission sentence
        (Gated(Folded(r"[ \t]was[ \t]+admitted"),
               re.compile(rf"(?im)^[ \t]*({nm}(?:[ \t]+{nm})?)[ \t]+was[ \t]+admitted\b")), 1, 0.7,
         _full_or_first_name),
    ]
    rules += label_name_rules()
    return RegexRecognizer(NAME, "InitialsSignatureRecognizer", rules)


# The nouns of a patient's own record that a report writes after the patient's possessive ("Lee's frozen section",
# "LEE'S SPECIMEN"); none names a disease, organ or operation, so an eponym's possessive never precedes them in
# clinical use ("Hartmann's procedure", "Whipple's operation" name operations: those nouns are not here).
_RECORD_NOUNS = (r"frozen|specimens?|case|chart|slides|consent|appointment|admission|visit|results|labs|films|"
                 r"paperwork|requisition")
_NOTE_TITLES = r"note|report|summary|addendum|consult|h&p|progress[ \t]+note"


def label_name_rules() -> list[RegexRecognizer.Rule]:
    """A patient's surname standing alone where a report labels its patient: quoted after a labelling verb ("tube
    labeled 'Lee'"), in brackets after "patient's name", as the possessive before a noun of the patient's record
    ("Lee's frozen section"), after a note's title and a dash ("Brief op note - Lee:"). Each runs only on the lines
    holding its cue (`Lined`), and the word must look like a name (`_label_name`)."""
    nm = rf"{LETTER}(?:(?:{LETTER}|[{MARKS}\-])*(?:{LETTER}|[{MARKS}]))?"  # the former [A-Za-z](?:[A-Za-z-]*[A-Za-z])?
    return [
        (Lined(r"(?:labell?ed|marked)[ \t]+(?:as[ \t]+)?[\"“']", re.compile(
            rf"(?i)\b(?:labell?ed|marked)[ \t]+(?:as[ \t]+)?[\"“']({nm})[\"”']")), 1, 0.75, _label_name),
        (Lined(r"name[ \t]*\(", re.compile(
            rf"(?i)\b(?:patient|pt)['’]?s[ \t]+(?:(?:full|last|family|legal)[ \t]+)?name[ \t]*\([ \t]*({nm})"
            rf"(?:,[ \t]*{nm})?[ \t]*\)")), 1, 0.75, _label_name),
        (Lined(rf"['’]s[ \t]+(?:{_RECORD_NOUNS})(?![a-z])", re.compile(
            rf"(?i)(?<![\w'’\-])({nm})['’]s[ \t]+(?:{_RECORD_NOUNS})(?!{LETTER})")), 1, 0.7, _label_name),
        (Lined(rf"(?:{_NOTE_TITLES})[ \t]*[-–][ \t]*[a-z]", re.compile(
            rf"(?i)\b(?:{_NOTE_TITLES})[ \t]*[-–][ \t]*({nm})[ \t]*:")), 1, 0.75, _label_name),
    ]


# A candidate's words (letters of any script, apostrophes, hyphens, combining accents; the former [A-Za-z'-]+).
_WORDS = re.compile(rf"(?:{LETTER}|['{MARKS}\-])+")


def _low(word: str) -> str:
    """A word as the vocabularies, the census and the name-likeness model spell it: lower case, without diacritics
    (`ascii_fold`: "Ménière" is "meniere", "Ødegård" is "odegard"), so an accented clinical word stays known and an
    accented name is judged as its ASCII form is."""
    return ascii_fold(word.lower())


def _label_name(text: str, m: re.Match) -> bool:
    """A word in a patient-label position is the patient's name when it is a census name or a word no vocabulary
    knows, capitalised where the line has case, and no stop word, clinical or medical word, everyday word or disease
    eponym ("labeled 'gallbladder'", "today's labs", "Addison's case")."""
    word = m.group(1)
    low = _low(word)
    if line_cased(text, m.start(1)) and not word[0].isupper():
        return False
    if low in STOP or low in sl.CLINICAL_TERMS or medical_only(low) or low in sl.medical_words():
        return False
    if sl.is_common(low) or low in sl.disease_eponyms():
        return False
    return low in sl.last_names() or low in sl.first_names() or unknown_word(low)


def _person_words(text: str, m: re.Match) -> bool:
    """Every word of the candidate may be a name: not a stop word, not clinical-only vocabulary,
    and (for Title-case or unknown words) not an everyday English word unless a known name."""
    words = [_low(w) for w in _WORDS.findall(m.group(1)) if len(w) > 1]
    if not words:
        return False
    for w in words:
        if w in STOP or w in sl.CLINICAL_TERMS:
            return False
        known_name = w in sl.first_names() or w in sl.last_names()
        if not known_name and (medical_only(w) or sl.is_common(w)):
            return False
    return True


def _surname_after_title(text: str, m: re.Match) -> bool:
    """A surname, or an unknown word, after Mr./Ms./Mrs. ("Ms. White"); not "MS. TOLERATING"."""
    w = _low(m.group(1))
    if w in STOP or w in sl.CLINICAL_TERMS or medical_only(w):
        return False
    return w in sl.last_names() or w in sl.first_names() or not sl.is_known_word(w)


def _first_name(text: str, m: re.Match) -> bool:
    return _low(m.group(1)) in sl.first_names()


def _full_or_first_name(text: str, m: re.Match) -> bool:
    words = m.group(1).split()
    if len(words) > 1:
        return _full_name_subject(text, m)
    w = _low(words[0])  # "KWAME WAS ADMITTED": a first name, or no English/clinical word
    return _first_name(text, m) or not (sl.is_known_word(w) or w in sl.CLINICAL_TERMS or w in STOP)


def _full_name_subject(text: str, m: re.Match) -> bool:
    """"Roger Fox is a 69-year-old": a two-word subject whose first word is a first name
    or no English word ("HIROSHI SUN IS A 59 Y/O MAN")."""
    words = [_low(w) for w in _WORDS.findall(m.group(1)) if len(w) > 1]
    if len(words) < 2 or any(w in STOP or w in sl.CLINICAL_TERMS or medical_only(w) for w in words):
        return False
    return words[0] in sl.first_names() or not sl.is_known_word(words[0])



def _age_subject(text: str, m: re.Match) -> bool:
    word = m.group(1)
    low = _low(word)
    if low in STOP or low in ("pt", "patient", "this", "who", "which", "he", "she", "mr", "mrs", "ms"):
        return False
    if re.match(r"pt\.?\s", m.group(0), I) and len(word) <= 3:
        return True  # "Pt BO is a ...": patient initials
    if medical_only(low) or sl.is_common(low):
        return False
    return (word[0].isupper() or mostly_upper(text)) and (
        low in sl.first_names() or low in sl.last_names() or unknown_word(low) or low not in sl.medical_words())


def _not_clinical_words(text: str, m: re.Match) -> bool:
    # Single letters are initials ("L. Miller"), never evidence of a clinical phrase.
    words = [_low(w) for w in _WORDS.findall(m.group(1)) if len(w) > 1]
    return bool(words) and not any(w in sl.medical_words() and w not in sl.first_names()
                                   and w not in sl.last_names() for w in words)


def _initial_name(text: str, m: re.Match) -> bool:
    initial, rest = m.group(0).split(".", 1)
    word = _low(rest.strip())
    if word.startswith("o'"):
        return True
    if sl.is_common(word) or word in sl.medical_words() or word in STOP or medical_only(word):
        return False
    if initial.upper() in "LRPASOGU" and not (word in sl.last_names() and unknown_word(word)):
        return False  # laterality (L./R.) and SOAP headings (A./P.) before clinical words
    return word in sl.last_names() or word in sl.first_names() or not sl.is_known_word(word)


def _signature(text: str, m: re.Match) -> bool:
    words = [_low(w.strip(".")) for w in m.group(1).split()]
    return bool(words) and not any(w in sl.medical_words() and w not in sl.first_names()
                                   and w not in sl.last_names() and len(w) > 1 for w in words)



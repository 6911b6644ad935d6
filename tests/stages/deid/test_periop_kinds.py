"""Perioperative and procedural-document kinds as classes (issue #13): signers' initials after OR acts, act labels,
counts, role rosters, checklist brackets and transcription references; the team by role; the patient on labels,
bands, case lines and handoffs; device serial and lot numbers; blood component pool numbers; accessions with a
four-digit year; surgery centres and practices; split street fields. Sentences written for the test, none taken
from a benchmark form; each class has look-alikes (manufacturers, models and REF numbers, OR and room numbers,
instruments, drugs, anaesthesia terms, clinical initialisms, counts of cells) that must stay."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import periop_forms
from cancerprep.stages.deid.recognizers.base import Gated
from cancerprep.stages.deid.recognizers.periop_forms import PeriopFormsRecognizer, periop_spans
from cancerprep.stages.deid.recognizers.registry import build_recognizers
from tests.stages.deid.spans import in_note, matches_as_bare


def _found(line: str) -> set[tuple[str, str]]:
    text = in_note(line)
    return {(text[a:b], kind) for a, b, kind, _ in periop_spans(text)}


def _texts(line: str) -> set[str]:
    return {t for t, _ in _found(line)}


@pytest.mark.parametrize(("line", "initials"), [
    # an OR act, what it was done to, "by" and the signers (a hand-off's two)
    ("Foley inserted, tray opened by QZK", ["QZK"]),
    ("Abdomen prepped (Betadine) by WQ; dried 3 min", ["WQ"]),
    ("Frozen section passed off by ZXT to QW at 1012", ["ZXT", "QW"]),
    ("Arms positioned and checked by QT and WZ: padding in place", ["QT", "WZ"]),
    ("prep by xqz; drape by zw", ["xqz"]),
    # an act's label, then its signers ("yes +" between)
    ("Units checked (two-person): QX / ZW", ["QX", "ZW"]),
    ("Laterality marked: yes + ZQW on R hip", ["ZQW"]),
    # a pair vouches for a companion that is also a medical abbreviation
    ("Platelets verified (2 RN): QZW / DC", ["QZW", "DC"]),
    # a roster of role abbreviations (two on the line)
    ("Time-out (initials): Surg QZT, Anes WK, Circ XZ", ["QZT", "WK", "XZ"]),
    ("Final count correct. RN QT ST WZ", ["QT", "WZ"]),
    # after a count's result
    ("Sponge count 10/10 QZ WX", ["QZ", "WX"]),
    ("Needle count correct x2 - QZ/WX", ["QZ", "WX"]),
    # in brackets after a checklist outcome or a role
    ("Counts: first correct (QZ), closing correct (WX)", ["QZ", "WX"]),
    ("Bovie pad placed L thigh, skin intact pre/post (ZW)", ["ZW"]),
    ("EBL per anes (MS): 200 mL", ["MS"]),
    # a transcription reference on a dictation line
    ("DD: 1002  DT: 1530  QZW/xk  Job 445566", ["QZW", "xk"]),
    # after a charted time in brackets, a table cell, before a bracketed role
    ("Tourniquet up 0812 (QZ) down 0915 (WX)", ["QZ", "WX"]),
    ("| Sponges | 10 | 10 | 10 | QZ |", ["QZ"]),
    ("Participants: QZ (RN), WX (CRNA)", ["QZ", "WX"]),
    # reliefs, scrubbing in and out, a count's phases
    ("Scrub in QZ 0700; scrub out WX 1130", ["QZ", "WX"]),
    ("Relief: QZ for WX 1000-1015", ["QZ", "WX"]),
    ("Instrument count: initial QZ, closing WX", ["QZ", "WX"]),
    ("Entered by QZ at 0930", ["QZ"]),
])
def test_signers_initials_in_or_positions_are_found(line: str, initials: list[str]) -> None:
    found = _found(line)
    for i in initials:
        assert (i, "NAME") in found, (line, found)


@pytest.mark.parametrize(("line", "names"), [
    ("Surgeon: Okafor   Assistant: Brightwater   Scrub: Lindqvist", ["Okafor", "Brightwater", "Lindqvist"]),
    ("circulator: haskell   scrub tech: moya", ["haskell", "moya"]),
    ("Resident: Zaworski (PGY-4)   Anesthesia: Oyelaran", ["Zaworski", "Oyelaran"]),
    ("resident: gamble (pgy-2)", ["gamble"]),  # a role field holds a person: an everyday surname too
    ("Stryker rep: Quarles (phone on file)", ["Quarles"]),
    ("Rep: Fitzhugh from the vendor, on standby", ["Fitzhugh"]),
    ("ANESTHESIA STAFF: KRZANOWSKI (ATTENDING) / OYELARAN (CA-1)", ["KRZANOWSKI", "OYELARAN"]),
    ("SIGN OUT: RN Pettigrew (x)   ANES Okonkwo (x)   SURG (x)", ["Pettigrew", "Okonkwo"]),
    ("Incision 0812 (Delacroix)", ["Delacroix"]),
    ("lindqvist scrubbed out at 1110, moya in for closing count", ["lindqvist", "moya"]),
    ("Circulator relieved by Haskell at 1300", ["Haskell"]),
    ("OR attending Bunch aware of the delay", ["Bunch"]),
    ("circ Lindqvist, scrub Moya, anes Okafor", ["Lindqvist", "Moya", "Okafor"]),  # a roster of names
])
def test_the_team_by_role_is_found(line: str, names: list[str]) -> None:
    found = _found(line)
    for n in names:
        assert (n, "NAME") in found, (line, found)


@pytest.mark.parametrize(("line", "name"), [
    ("Okafor case delayed to 1400 for equipment", "Okafor"),
    ("PACU report: Gamble, 71M, s/p lap chole, LMA", "Gamble"),
    ("specimen tag: okafor, winifred | b: node | formalin", "okafor, winifred"),
    ("armband reads Zhou, Lillian -- matches consent", "Zhou, Lillian"),
    ("holding area: main, cliff j -- iv 20g", "main, cliff j"),
    ("pt Winifred Okafor arrived to holding at 0610", "Winifred Okafor"),
    ("Pt. OKAFOR C/O NAUSEA", "OKAFOR"),
    ("Post-op check: Okafor resting comfortably", "Okafor"),
    ("s/p lap chole, Winifred is doing well", "Winifred"),
    ("LAST NAME: Okafor   FIRST: Winifred   MI: Q   SEX: F", "Q"),
])
def test_the_patient_in_or_positions_is_found(line: str, name: str) -> None:
    assert (name, "NAME") in _found(line), (line, _found(line))


@pytest.mark.parametrize(("line", "numbers"), [
    ("Pacemaker (Boston Scientific Accolade) SN QKZ410922 implanted", ["QKZ410922"]),
    ("Stem S/N: 7781290, lot # 22K3109", ["7781290", "22K3109"]),
    ("explanted screws x2, serials 441122 & 552233", ["441122", "552233"]),
    ("UDI (01)00812345678906(17)280101(10)K8812345(21)99887766", ["K8812345", "99887766"]),
    ("Cryo pooled 22-K41236 thawed", ["22-K41236"]),
    ("Path report SP-2024-018833 pending", ["SP-2024-018833"]),
])
def test_device_unit_and_accession_numbers_are_found(line: str, numbers: list[str]) -> None:
    found = _found(line)
    for n in numbers:
        assert (n, "ID") in found, (line, found)


@pytest.mark.parametrize(("line", "place"), [
    ("Oakmont Day Surgery discharge call", "Oakmont Day Surgery"),
    ("Lakeshore Endoscopy Center procedure note", "Lakeshore Endoscopy Center"),
    ("VALLEY VIEW DAY SURGERY CALL LOG", "VALLEY VIEW DAY SURGERY"),
    ("Fenwick General Surgery booking sheet", "Fenwick General Surgery"),
    ("Street: Larkspur Ln.   No.: 17", "Larkspur Ln."),
    ("Street: Larkspur Ln.   No.: 17", "17"),
])
def test_centres_practices_and_street_fields_are_found(line: str, place: str) -> None:
    assert (place, "LOCATION") in _found(line), (line, _found(line))


@pytest.mark.parametrize("line", [
    # manufacturers, models, catalogue (REF) numbers, expiry and GTIN of a UDI
    "Pacemaker (Medtronic Azure XT DR), model W1DR01",
    "Implant: Zimmer NexGen femoral component, REF 5998-02-12",
    "Stryker Triathlon insert, catalogue no. 5532-G-409",
    "UDI (01)00812345678906(17)280101",
    "Depuy Synthes rep present",
    # OR, bay and room numbers; instruments; drugs; anaesthesia terms
    "OR 7, bay 3, PACU bed 12, room 4410",
    "Kocher clamp, Metzenbaum scissors, Deaver retractor, Bovie",
    "Ancef 2 g IV on call to OR; Zofran 4 mg; Decadron 8 mg",
    "Anesthesia: GA/ETT, ASA 3, LMA #4, MAC",
    "Anesthesia: general",
    "Anesthesia: MAC with propofol",
    "ASA class III, Mallampati 2, ETT 7.0 cuffed",
    # clinical initialisms where initials go, "by" without an act, counts of cells and measures
    "Position verified by CXR; confirmed by CT; placed by IR",
    "verified by MD and RN",
    "Position: supine, arms tucked (OK)",
    "Lesion measured 5 by TD",
    "PROCEDURE PERFORMED BY DR. OKAFOR",
    "Line placement confirmed by KUB; history obtained by ED",
    "PLT 150000, Hgb 9.1; plt 120-150; FFP unit 4 thawed",
    "Sponge count correct x2",
    # case lines and subjects that name no one
    "Trauma case bumped, add-on case moved",
    "pt still c/o pain",
    "Pt tolerated procedure well",
    "s/p lap chole, she is doing well",
    "post-op check: pain resting score 2",
    "Diagnosis: breast, left - lumpectomy",
    "Hx: MI: none",
    "Same Day Surgery arrival 0600",
    "Outpatient Endoscopy Center; upper endoscopy center; to the GI Procedure Center",
    "needs outpatient surgery center",
    # initials' positions holding words: a table of terms, a report, a break, a time's half, counts, prose
    "| GA | LMA | OK |",
    "report: CT negative",
    "break at 1200",
    "CT (MD) reviewed",
    "Time 0800 (pm)",
    "Sponge count initial 10 correct",
    "UTILIZING A GUN BARREL VIEW INITIALLY FOR ORIENTATION",
    "CHEST PAIN WITHOUT RELIEF FROM TNG",
    "ua negative. additionally, cbc showed a white count of 6.3",
    "Pediatric General Surgery clinic",
    "Dosed 0800 (Tylenol)",
    "DD/DT: 0915/1340",
])
def test_perioperative_look_alikes_are_kept(line: str) -> None:
    assert not _found(line), (line, _found(line))


def test_typos_and_shorthand_are_no_patient() -> None:
    # a typo of a known word after "pt", shorthand in capitals
    assert not _texts("procedure stopped and pt sedtion was increased")
    assert not _texts("PT USINS IS 1250-1500")
    assert not _texts("CVS: Hemodyamically stable.")


def test_the_recognizer_is_registered_and_credited() -> None:
    assert any(isinstance(r, PeriopFormsRecognizer) for r in build_recognizers())
    results = PeriopFormsRecognizer().analyze(in_note("Circulator: Lindqvist"), ["NAME"])
    assert [r.entity_type for r in results] == ["NAME"]
    assert results[0].recognition_metadata["recognizer_name"] == "PeriopFormsRecognizer"


_GATE_LOOK_ALIKES = [
    "Foley inserted, tray opened by QZK\nUnits checked (two-person): QX / ZW\nLaterality marked: yes + ZQW on R hip",
    "Time-out (initials): Surg QZT, Anes WK\nSponge 10/10 QZ WX\nskin intact (ZW)\nDD: 1002  DT: 1530  QZW/xk",
    "Surgeon: Okafor   Anesthesia: Oyelaran\nSTAFF: KRZANOWSKI (ATTENDING) / OYELARAN\nRN Pettigrew (X)",
    "Incision 0812 (Delacroix)\nmoya in for closing count; to relieve Haskell; relief for Lee\nattending Bunch aware",
    "Okafor case delayed\nhandoff: Gamble, 71 YO M\ntag: okafor, winifred |\npt Ann Okafor arrived\n",
    "check: Okafor resting\n, Winifred is doing well\nMI: Q  FIRST: Ann\nSN QKZ410922; lot # 22K3109",
    "(01)00812345678906(10)K8812345(21)99887766\nCryo pooled 22-K41236\nOakmont Day Surgery\nLee General Surgery",
    "Street: Larkspur Ln.   No.: 17",
]


def test_a_gated_periop_pattern_finds_what_its_bare_pattern_finds(real_notes: tuple[str, ...]) -> None:
    rules = [(name, rule) for name, rule in vars(periop_forms).items() if isinstance(rule, Gated)]
    assert len(rules) >= 20
    texts = list(real_notes[:800]) + _GATE_LOOK_ALIKES
    texts += [t.upper() for t in _GATE_LOOK_ALIKES] + [t.lower() for t in _GATE_LOOK_ALIKES]
    assert matches_as_bare(rules, texts) > 50


def test_the_roster_scans_kept_per_note_change_no_span(real_notes: tuple[str, ...],
                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    """The initials and the team read the roster scans kept for the note (`_roster_matches`): the same spans as
    scanning anew at each reading, notes read in turn included (A, B, A), and nothing kept from another note."""
    rosters = ["Surg AB, Anes CD", "circ Lee, scrub Chu, anes Tam", "RN AB ST CD", "Surg AB only"]
    texts = [*real_notes[:400], *_GATE_LOOK_ALIKES, *rosters]
    texts += [rosters[0], rosters[3], rosters[0], rosters[1].upper(), rosters[1]]
    kept = [sorted(periop_spans(t)) for t in texts]
    monkeypatch.setattr(periop_forms, "_roster_matches", periop_forms._roster_matches.__wrapped__)
    assert [sorted(periop_spans(t)) for t in texts] == kept
    found = [{t[a:b] for a, b, _, _ in periop_spans(t)} for t in rosters]
    assert {"AB", "CD"} <= found[0] and {"Lee", "Chu", "Tam"} <= found[1] and "AB" not in found[3]


@pytest.mark.parametrize(("rule", "present", "absent"), [
    ("_ACCESSION_YEAR", "Specimen SP-2024-012345 sent; S-1998-1234 too", "Specimen SP-2O24-012345, SP 2024 012345"),
    ("_UDI_PART", "UDI (01)00812345678906(10)K8812345(21)99887766", "UDI (01)00812345678906 (1O)K8812345 21 998877"),
    ("_TIME_NAME", "Anesthesia ready 0748 (Lee)", "Anesthesia ready 0748 Lee (x)"),
])
def test_a_stdlib_literal_gate_refuses_without_its_literal_and_keeps_the_matches_with_it(
        rule: str, present: str, absent: str) -> None:
    """The periop rules gated on stdlib patterns (whose literals are asked first): the gate's text absent, no match and
    the bare pattern finds none either; present, the bare pattern's matches."""
    gated = getattr(periop_forms, rule)
    assert isinstance(gated, Gated)
    for text in (present, present.lower(), absent):
        assert [m.span() for m in gated.finditer(text)] == [m.span() for m in gated.pattern.finditer(text)]
    assert list(gated.finditer(present)) and not list(gated.finditer(absent))
    assert gated.gate.search(absent) is None


def test_ward_and_periop_read_a_staff_list_item_with_one_reader() -> None:
    # roles before and credentials after are dropped, a bracketed aside blanked; a closing role word with its full stop
    # is dropped only where the caller allows it (the perioperative lists), as the ward's team lines never did
    from cancerprep.stages.deid.recognizers import ward_forms
    from cancerprep.stages.deid.recognizers.context import list_item_words

    def words(item: str, roles: frozenset[str], dots: bool) -> list[str]:
        return [w for _, w in list_item_words(item, roles, closing_role_dots=dots)]

    assert list_item_words("Dr. Ilse Quiroga (attending), MD", periop_forms._ITEM_ROLES, closing_role_dots=True) == [
        (4, "Ilse"), (9, "Quiroga")]
    assert words("circ Wexler RN", periop_forms._ITEM_ROLES, True) == ["Wexler"]
    assert words("Quiroga attending.", periop_forms._ITEM_ROLES, True) == ["Quiroga"]
    assert words("Quiroga attending.", ward_forms._ITEM_ROLE_WORDS, False) == ["Quiroga", "attending."]
    assert words("charge nurse Quiroga, BSN.", ward_forms._ITEM_ROLE_WORDS, False) == ["Quiroga"]
    assert words("RN (float)", ward_forms._ITEM_ROLE_WORDS, False) == []


def test_ward_and_periop_share_one_field_subject_rule() -> None:
    # one builder (context.field_subject): the ward takes a single word, the OR document up to two
    from cancerprep.stages.deid.recognizers import ward_forms
    from cancerprep.stages.deid.recognizers.context import field_subject

    one, two = field_subject("remains|resting"), field_subject("remains|resting", 2)
    assert [m.group(1) for m in one.pattern.finditer("Seclusion log 0300: Quiroga remains calm")] == ["Quiroga"]
    assert [m.group(1) for m in two.pattern.finditer("Recovery check: Ilse Quiroga resting")] == ["Ilse Quiroga"]
    assert not one.pattern.search("Recovery check: Ilse Quiroga resting")
    assert not two.pattern.search("Recovery check: resting quietly")  # the state word is no subject
    assert ward_forms._FIELD_SUBJECT.pattern.pattern == field_subject(ward_forms._STATES).pattern.pattern
    assert periop_forms._FIELD_SUBJECT.pattern.pattern == field_subject(periop_forms._FIELD_STATES, 2).pattern.pattern


@pytest.mark.parametrize(("line", "found"), [
    # two signers in one bracket after an outcome; a count's signers after an em dash
    ("Drain count correct x2 (QZ/WX)", ["QZ", "WX"]),
    ("Sharps count 4/4 — QZ WX", ["QZ", "WX"]),
    # a roster's initials that spell a unit ("Surg KG"): the role holds the slot
    ("Sign-out (initials): Surg KG, Circ WX", ["KG", "WX"]),
    # a pair's joining word in capitals; the rarer dictionary spellings on a line without case
    ("FOLEY INSERTED, TRAY OPENED BY QZ AND WX", ["QZ", "WX"]),
    ("drape applied by km and hl; cautery pad checked", ["km", "hl"]),
    # a sorted name in a schedule's cell; sorted names and given-name fields whose given name no census list holds
    ("| 0930 | Quiroga, Ilse | lap appy | 2 |", ["Quiroga, Ilse"]),
    ("Wristband reads Oyelaran, Thandiwe -- matched to consent", ["Oyelaran, Thandiwe"]),
    ("ADD-ON: NKEMELU, OLUWASEUN (URGENT), BOOKED", ["NKEMELU, OLUWASEUN"]),
    ("PT NAME: Okafor   FIRST: Oluwaseun   MI: A", ["Oluwaseun"]),
    ("pt Ilse Quiroga declines transfusion", ["Ilse Quiroga"]),
    # the team: a roster of roles and names without case, list items with a bracketed role, a charge role's field
    ("TEAM: SURGEON WEXLER / ANESTHESIA OKONJO / CIRCULATOR BRANDT", ["WEXLER", "OKONJO", "BRANDT"]),
    ("PERSONNEL: OKONJO (ATTENDING) / DING (CA-1)", ["OKONJO", "DING"]),
    ("OR Charge: Ilse Quiroga   Anesthesia Charge: Wexler", ["Ilse Quiroga", "Wexler"]),
    # a role field's value written as initials; more signing acts and labels; a count's "×2"; a spaced table's cell
    ("Circulator: QZ   Scrub (relief): WX", ["QZ", "WX"]),
    ("Huddle led by QZ at 0740; read back by WX", ["QZ", "WX"]),
    ("Signature: QZ / WX", ["QZ", "WX"]),
    ("Lap count correct ×2 QZ WX", ["QZ", "WX"]),
    ("Needles    10    10    0    QZ/WX", ["QZ", "WX"]),
    # signers right after an act of signing, closing the field
    ("Counts reconciled QZ/WX", ["QZ", "WX"]),
    ("Consent signed QZK, 0650", ["QZK"]),
])
def test_generalised_or_positions_are_found(line: str, found: list[str]) -> None:
    spans = _found(line)
    for f in found:
        assert (f, "NAME") in spans, (line, spans)


@pytest.mark.parametrize("line", [
    "Location: Boston, MA (x)",
    "Site: Knee, Left (marked)",
    "Allergies: Codeine, Morphine (rash)",
    "First: dose given   Last: 0800",
    "Counts correct x2 (OK)",
    "Pad placed (Lt/Rt)",
    "CHECKED BY MD AND RN",
    "TEAM: RN AWARE, MD NOTIFIED",
    "anes general, surg local",
    "| 0930 | Fever, Chills | 2 |",
    "STAFF: ATTENDING (PRESENT) / RESIDENT (ABSENT)",
    "Surgeon: MD   Assistant: PA   observer: mom",
    "Na    140    K    4.0    Cl",
    "Sponge count   10   yes   ok",
    "Instrument count   initial   final   BE",
    "Results called by ED; consult called by PCP",
    "Drain removed POD 2",
    "Catheter placed RUQ/LUQ",
    "ETT removed, placed NG tube",
    "SITE MARKED QZ",
])
def test_generalised_or_look_alikes_are_kept(line: str) -> None:
    assert not _found(line), (line, _found(line))

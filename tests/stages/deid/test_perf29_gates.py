"""The cheaper searches perf29 put in the address, periop, identifier-slot and chart-table rules (issue 18): rules tried
only where their first word stands as a whole run (`base.WordAnchored`, now also twinned for ASCII notes, and asking
the note's run set for lists of more than a few words), the city-before-state-code rule searched on its anchored lines
(`Lined`), the caseless organisation lines' test written out, identifier heads placed from the note's runs, the
lab-case scan behind its shape and section words and run on their lines, and chart tables' pager rule behind its
words. Each must find exactly what the plain rule (or the old search) finds: on written examples with the gate open
and shut, on real notes and their upper-, lower-cased and flattened rewrites; a note with non-ASCII characters is
never gated."""

from __future__ import annotations

import re as stdre

import pytest
import regex as re

from cancerprep.stages.deid.recognizers import address as A
from cancerprep.stages.deid.recognizers import base
from cancerprep.stages.deid.recognizers import chart_tables as C
from cancerprep.stages.deid.recognizers import identifier_slots as S
from cancerprep.stages.deid.recognizers import periop_forms as P
from cancerprep.stages.deid.recognizers.base import Anchored, Gated, Lined, WordAnchored, ascii_twin, lowered
from cancerprep.stages.deid.recognizers.context import line_cased
from tests.stages.deid.rewrites import found, gate_texts, plain, same_matches

ADDRESS_EXAMPLES = [
    ("a native of Jackson; moved from Normal, IL", "a native Jackson; moved Normal IL"),
    ("traveled back to Ocean City last week", "traveled back Ocean City last week"),
    ("lives on Meadowlark Pkwy, found off Church Row", "lives Meadowlark Pkwy, found Church Row"),
    ("struck at Birchwood & Kettering near 5th and Elm.", "struck Birchwood & Kettering 5th and Elm."),
    ("Ashland, MI 49801; pine bluff, nc 39885", "Ashland MI 49801; pine bluff nc 39885"),
    ("records from oakvale medical center\nAT LAKESHORE GENERAL LAST WEEK", "records oakvale\nLAKESHORE LAST"),
]
PERIOP_EXAMPLES = [
    ("Counts verified AB/CD, consent signed EF", "Counts checked AB/CD, consent placed EF"),
    ("co-signed GH; cosigned IJ and KL", "co GH; cosign IJ and KL"),
    ("Circ AB, Scrub CD; Surg Lee, Anes Chu", "Circ, Scrub; Surg, Anes"),
]
SLOT_EXAMPLES = [
    ("Accession #: S25-10447\nTube no. 4471-0082", "Accession: none\nTube 12"),
    ("caseno 2025-10047; tubeids: AB12345", "case 20; tube 12"),
    ("slip#44710082 and s/n: 7731-2219", "slip 4471 and sn 7"),
    ("Surgical path SP-25-771; GI path (S/24/118)", "Surgical path SP; GI (S)"),
    ("Cytogenetics: 24:G:1187, bone marrow BM25-0412", "Cyto: 24, bone BM"),
]
CHART_EXAMPLES = [
    ("pager 4417\n(p) 2-1187\n| p: 1234", "page 4417\n(q) 2-1187\n| q: 1234"),
    ("p. 5521 and pgr: 88213", "q. 5521 and pr 88213"),
]


def _address_rule(test) -> list:
    return [r for r, *_ in A.address_recognizer().rules if test(r)]


def test_address_word_anchored_rules_keep_every_match(real_notes: tuple[str, ...]) -> None:
    rules = _address_rule(lambda r: isinstance(r, WordAnchored)
                          or (isinstance(r, Gated) and isinstance(r.pattern, WordAnchored)))
    assert len(rules) == 4
    texts = gate_texts(real_notes, ADDRESS_EXAMPLES)
    hits = sum(same_matches(rule, texts) for rule in rules)
    assert hits > 50


def test_the_cued_city_rule_places_its_cues_as_the_old_anchor_did(real_notes: tuple[str, ...]) -> None:
    rule = _address_rule(lambda r: isinstance(r, WordAnchored) and "outside" in r.words)[0]
    old = Anchored(rf"\b{A._CITY_CUE}", rule.pattern)
    for t in gate_texts(real_notes, ADDRESS_EXAMPLES)[::2]:
        assert found(rule, t) == found(old, t)
    # every cue's first word is one of the words, whole: the pattern opens with it and a blank
    for cue in ("outside of", "outskirts of", "suburbs of", "residents of", "west of", "miles from", "travelled to",
                "vacationing in", "visiting family in", "commutes back to", "flew in"):
        assert re.match(rf"(?i)\b{A._CITY_CUE}[ \t]", cue + " ") and cue.split()[0] in rule.words


def test_the_city_state_rule_searches_its_anchored_lines_only(real_notes: tuple[str, ...]) -> None:
    # (the rule anchored on a comma and a state code alone: "in City, State" is anchored on a comma too, perf45)
    source = rf",[ \t]*{A.STATE_CODES.lower()}\b(?![a-z])"
    rule = _address_rule(lambda r: isinstance(r, Lined) and r.source == source)[0]
    texts = gate_texts(real_notes, ADDRESS_EXAMPLES)
    assert sum(len(found(rule, t)) for t in texts) > 20
    assert all(found(rule, t) == found(plain(rule), t) for t in texts)
    assert found(rule, "Ashland, MI") and not found(rule, "Ashland, Mich") and found(rule, "pine bluff, nc 39885")


@pytest.mark.parametrize("line", ["records from oakvale medical center", "RECORDS FROM OAKVALE MEDICAL CENTER",
                                  "records from Oakvale Medical Center", "from caf\u00e9 ed", "", "12:30",
                                  "AT LAKESHORE GENERAL LAST WEEK", "at summit ed", "At Summit ED"])
def test_the_caseless_line_tests_read_as_before(line: str) -> None:
    caseless = not line_cased(line, 0)
    low = line.lower()
    assert A._caseless_org_line(line) is (caseless and (
        not line.isascii() or A._ORG_HEAD_AFTER_BLANK.search(low) is not None))
    assert A._caseless_ward_line(line) is (caseless and (
        not line.isascii() or A._WARD_AFTER_BLANK.search(low) is not None))


def test_a_word_anchored_rule_has_an_ascii_twin_with_its_words() -> None:
    rule = _address_rule(lambda r: isinstance(r, WordAnchored) and "outside" in r.words)[0]
    twin = ascii_twin(rule)
    assert isinstance(twin, WordAnchored) and twin.words == rule.words and twin.pattern.flags & re.ASCII
    gated = _address_rule(lambda r: isinstance(r, Gated) and isinstance(r.pattern, WordAnchored))[0]
    assert isinstance(ascii_twin(gated).pattern, WordAnchored)
    kept = WordAnchored(("on",), stdre.compile(r"on \w+"))
    assert ascii_twin(kept).pattern is kept.pattern  # a stdlib pattern is kept as it is
    text = "a native of Jackson moved outside Normal"
    assert found(twin, text) == found(rule, text) != []


def test_word_places_are_the_same_found_one_by_one_or_from_the_run_set(real_notes: tuple[str, ...],
                                                                       monkeypatch: pytest.MonkeyPatch) -> None:
    anchored = WordAnchored(A._CITY_CUE_WORDS, None)
    lows = [lowered(t) for t in real_notes[::5] if t.isascii()]
    by_set = [list(anchored.starts(low)) for low in lows]
    monkeypatch.setattr(base, "_FEW_WORDS", 100)
    one_by_one = WordAnchored(A._CITY_CUE_WORDS, None)
    assert by_set == [list(one_by_one.starts(low)) for low in lows]
    assert sum(map(len, by_set)) > 100


def test_periop_signing_rule_finds_the_old_anchor_s_signing_matches(real_notes: tuple[str, ...]) -> None:
    old = Anchored(rf"\b(?:{P._ACTS})[ \t]+[a-z]{{2,3}}\b", P._ACT_DIRECT.pattern)
    hits = 0
    for t in gate_texts(real_notes, PERIOP_EXAMPLES):
        new = found(P._ACT_DIRECT, t)
        assert new == [m for m in found(old, t) if m[1][0] is not None]  # (group 1: the act of signing)
        hits += len(new)
    assert hits > 5
    assert [g[0] for _, g in found(P._ACT_DIRECT, "Counts verified AB/CD, co-signed EF")] == ["verified", "co-signed"]


@pytest.mark.parametrize("name", ["_ROSTER", "_NAME_ROSTER"])
def test_periop_rosters_tried_at_their_role_words_keep_every_match(name: str, real_notes: tuple[str, ...]) -> None:
    rule = getattr(P, name)
    assert isinstance(rule, WordAnchored)  # (no gate before it since perf53)
    texts = gate_texts(real_notes, PERIOP_EXAMPLES)
    assert all(found(rule, t) == found(plain(rule), t) for t in texts)


def _old_head_starts(low: str) -> list[int]:
    return [m.start() for m in S._HEAD_START.finditer(low)]


def test_identifier_head_starts_hold_every_old_start(real_notes: tuple[str, ...]) -> None:
    texts = gate_texts(real_notes, SLOT_EXAMPLES)
    for t in texts:
        if t.isascii() and "_" not in t:
            low = lowered(t)
            # (an old start where the slot cannot match, "no" opening "none", need not be one)
            assert {h for h in _old_head_starts(low) if S._CORE.match(t, h)} <= set(S._head_starts(low))
    # the slots found are the bare scan's, with and without "_", on ASCII and other notes
    for t in [*texts, "case_accession: S25-10447", "Acc\u00e9s #: 2025-10047", "tube_no: 44710082"]:
        assert [m.regs for m in S._slots(t)] == [m.regs for m in S._CORE.finditer(t)]


def test_identifier_head_runs_spell_every_head() -> None:
    for head in S._HEADS.split("|"):
        if head == r"\#":
            continue
        variants = S._variants(head)
        assert variants and all(re.match(rf"(?:{head})", v, partial=True) for v in variants)
        assert all(v in S._HEAD_RUNS.words for v in variants)
    assert {"caseno", "tubeids", "accnum", "licence", "license", "bar", "s"} <= S._HEAD_RUNS.words


def test_lab_case_values_need_their_shape_and_a_section_word(real_notes: tuple[str, ...],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    texts = gate_texts(real_notes, SLOT_EXAMPLES)
    now = [S.identifier_slot_spans(t) for t in texts]
    monkeypatch.setattr(S, "_cases_may_occur", lambda text: True)
    monkeypatch.setattr(S, "_case_values", lambda text: S._CASE_VALUE.finditer(text))
    assert now == [S.identifier_slot_spans(t) for t in texts]
    assert any(any(a < b for a, b, *_ in spans) for spans, t in zip(now, texts, strict=True) if "path" in t.lower())


def test_lab_case_gates_open_and_shut() -> None:
    assert S._cases_may_occur("Surgical path SP-25-771") and S._cases_may_occur("GI path (S/24/118)")
    assert S._cases_may_occur("Cytogenetics: 24:G:1187") and S._cases_may_occur("bone marrow BM25 0412")
    assert not S._cases_may_occur("Surgical path pending") and not S._cases_may_occur("BP 120/80 at 12:30")
    assert S._cases_may_occur("Path \u00e9 pending")  # a note with other characters is always searched
    # every section branch holds one of the cores
    for section in ("hematopathology", "dermpath", "non-gyn", "karyotype", "fish", "flow cytometry", "histo",
                    "microbiology", "molecular", "bone marrow", "frozen section", "post-mortem", "core bx",
                    "outside slides", "consult", "accn", "specimen", "case", "soft tissue path"):
        assert re.fullmatch(rf"(?i){S._SECTIONS}", section) and any(c in section for c in S._SECTION_CORES), section


@pytest.mark.parametrize("line", ["12, 34, 56", "a, b, c", "\u00b2, x, y", "ab\u0663, c, d", ""])
def test_a_digit_is_asked_as_before(line: str) -> None:
    assert S._has_digit(line) is any(c.isdigit() for c in line)


def test_chart_pager_rule_keeps_every_match(real_notes: tuple[str, ...]) -> None:
    texts = gate_texts(real_notes, CHART_EXAMPLES)
    kept = [t for t in texts if C._pager_may_occur(t, t.lower())]
    assert len(kept) < len(texts) / 5
    assert all(not found(C._PAGER, t) for t in texts if not C._pager_may_occur(t, t.lower()))
    assert sum(len(found(C._PAGER, t)) for t in kept) >= 4


@pytest.mark.parametrize(("text", "open_"), [
    ("pager 4417", True), ("(p) 2-1187", True), ("x\n  p 1234", True), ("| p: 1234", True), ("p. 5521", True),
    ("BEEPER 12345", True), ("p 1234 at the start", True), ("bp 120/80, p 88", False), ("page 4417", False),
    ("sp. 5521 \u00e9", True),  # a note with other characters is always searched
])
def test_chart_pager_gate_open_and_shut(text: str, open_: bool) -> None:
    assert C._pager_may_occur(text, text.lower()) is open_


CHART_RULE_EXAMPLES = [
    ("autopsy no. A26-1187; lab # 2210448", "autopsy A26-1187; lab 2210448"),
    ("ENC-12345678 seen, vn#123456 today", "ENC-1234567 seen, vn#12345 today"),
    ("PRBC 26 W 123456 hung\ntransport dispatch 555-0142", "PRBC 26 W 1234 hung\ntransport dispatch 555-014"),
    ("returned to pharmacy - RPh AB\nMD notified CD", "returned to pharmacy\nMD told CD"),
    ("licence no. RN.123456, NPI: MD.1234567", "licence RN-123456, NPI: MD 1234567"),
]


@pytest.mark.parametrize("name", ["_SHORT_ACCESSION", "_VISIT_PREFIX", "_CODABAR", "_SERVICE_LINE", "_ROLE_SIGNER",
                                  "_DOTTED_LICENCE"])
def test_chart_rules_behind_digit_and_word_gates_keep_every_match(name: str, real_notes: tuple[str, ...]) -> None:
    rule = getattr(C, name)
    texts = gate_texts(real_notes, CHART_RULE_EXAMPLES)
    assert all(found(rule, t) == found(plain(rule), t) for t in texts)
    assert any(found(rule, p) for p, _ in CHART_RULE_EXAMPLES)


PERIOP_NAME_EXAMPLES = [
    ("Specimen label: Lee, Ann | port", "Specimen label Lee Ann port"),
    ("band reads Lee, Ann --\nfor patient LEE, ANN M --", "band shows Lee Ann\nfor LEE ANN M"),
    ("surgeon Lee notified; PACU attending Chu aware", "surgeon notified; PACU attending aware"),
    ("pt Ann Lee arrived to PACU. Pt. Lee c/o sore throat", "pt arrived to PACU. Pt c/o sore throat"),
]


@pytest.mark.parametrize("name", ["_SORTED_LABEL", "_ROLE_NOTICE", "_PT_NAME"])
def test_periop_name_rules_keep_every_match(name: str, real_notes: tuple[str, ...]) -> None:
    rule = getattr(P, name)
    texts = gate_texts(real_notes, PERIOP_NAME_EXAMPLES)
    assert all(found(rule, t) == found(plain(rule), t) for t in texts)
    assert any(found(rule, p) for p, _ in PERIOP_NAME_EXAMPLES)

"""The collision judge of `initials_values` (deidfix49): colliding groups the person slots abstain on, weighed by a
learned model over classes of their context. Invented letters and wordings only."""

from __future__ import annotations

import pytest

from cancerprep.stages.deid.recognizers import initials_learned
from cancerprep.stages.deid.recognizers import initials_values as iv

_NOTE = "Patient tolerated the procedure well.\nPlan reviewed with the family.\n"


def _spans(text: str) -> set[str]:
    return {text[a:b] for a, b, _, _ in iv.values_spans(text)}


def test_word_classes_read_vocabularies_not_words() -> None:
    assert iv._word_class("Verifier") == "PERSON"
    assert iv._word_class("pharmacist") == "PERSON"
    assert iv._word_class("per") == "BY"
    assert iv._word_class("witnessed") == "ACT"
    assert iv._word_class("Route") == "CODE"
    assert iv._word_class("1400") == "NUM"
    assert iv._words_class("Blood type") == "CODE"
    assert iv._words_class("Second verifier") == "PERSON"
    assert iv._words_class("") == "NONE"


def test_header_class_is_the_columns_header() -> None:
    text = "Time | Dose | Checker\n0800 | 5 mg | MS\n"
    at = text.index("MS")
    start = text.rfind("\n", 0, at) + 1
    assert iv._header_class(text, start, at - start) == "PERSON"
    assert iv._header_class(text, start, 0) == "OTHER"  # "Time"
    plain = "Seen today MS\n"
    assert iv._header_class(plain, 0, plain.index("MS")) == "NONE"


@pytest.mark.parametrize(("after", "cls"), [("", "EOL"), (" 1430", "TIME"), (", RN", "COMMA"), (" RN", "ROLE"),
                                            ("/AB", "SLASH"), (" at noon", "LINK"), (" Smithers", "NAME"),
                                            (" (RN)", "OPEN")])
def test_next_class(after: str, cls: str) -> None:
    assert iv._next_class(after) == cls


def test_vocabulary_class() -> None:
    assert iv._vocabulary("ms") == "clin"
    assert iv._vocabulary("am") in ("common", "safe", "clin")
    assert iv._vocabulary("qx") == "other"


def test_candidates_are_colliding_groups_closing_like_a_mark() -> None:
    text = _NOTE + "Drip hung. Double check: CM 1430\nGiven 5 MG\nHx of MS with CHF, stable now\nTolerated. Seen: QXZ\n"
    got = {(text[a:b], key) for a, b, key, _ in iv.collide_candidates(text)}
    assert ("CM", "cased") in got
    assert not any(g == "MG" for g, _ in got)  # a unit after a number
    assert not any(g == "MS" for g, _ in got)  # shorthand going on in a sentence
    assert not any(g == "QXZ" for g, _ in got)  # unknown groups are the value rule's
    assert iv.collide_candidates(text.upper()) == []  # a note without case


def test_a_cell_alone_under_a_header_reads_as_a_cased_line() -> None:
    text = _NOTE + "Time | Checker\n0800 | CM\n"
    got = {(text[a:b], key) for a, b, key, _ in iv.collide_candidates(text)}
    assert ("CM", "cased") in got


def test_collide_features_carry_the_classes() -> None:
    text = _NOTE + "Time | Dose | Checker\n0800 | 5 mg | ES\n"
    (_, _, _, feats), = [c for c in iv.collide_candidates(text) if text[c[0]:c[1]] == "ES"]
    assert "x_hdr:PERSON" in feats and "x_nx:EOL" in feats and "x_case:True" in feats
    assert any(f.startswith("p1:") for f in feats)  # the initials judge's general features are kept


def test_model_file_loads_with_a_threshold_per_key() -> None:
    _, weights, thresholds = initials_learned.model(iv.COLLIDE_FILE)
    assert set(thresholds) == {"cased", "caps"}
    assert all(0.5 <= t <= 0.99 for t in thresholds.values())
    assert weights and any(k.startswith("x_") for k in weights)
    assert initials_learned.model() != initials_learned.model(iv.COLLIDE_FILE)


def test_judge_ships_off_and_only_adds_spans(monkeypatch: pytest.MonkeyPatch) -> None:
    assert iv.COLLIDE_JUDGE is False  # it cost PhysioNet check precision (docs/deid.md, deidfix49)
    text = _NOTE + "Time | Dose | Checker\n0800 | 5 mg | ES\n0900 | 5 mg | CM\nRoute: PO\nHx of MS.\n"
    off = set(iv.values_spans(text))
    monkeypatch.setattr(iv, "COLLIDE_JUDGE", True)
    on = set(iv.values_spans(text))
    assert off < on


@pytest.mark.parametrize("line", [
    "Route: PO", "Site: LA", "Dx: MS", "Status: DC", "Hx of MS and DM.", "Given 2 MG at 0800",
    "Seen by Ann Lee, MD", "Labs: BUN 20, CR 1.1, K 4.0", "Results reviewed with pt and OT.",
    "Will follow up in GI clinic.", "Transfer to ICU, stable.", "EKG: NSR, no ST changes",
])
def test_look_alikes_stay_unmarked(line: str, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(iv, "COLLIDE_JUDGE", True)
    text = _NOTE + line + "\n"
    assert not (_spans(text) & {"PO", "LA", "MS", "DC", "DM", "MG", "MD", "CR", "OT", "GI", "ICU", "NSR", "ST"})


@pytest.mark.parametrize(("line", "group"), [
    ("Time | Dose | Counter\n1215 | 2 mg | CM", "CM"),  # a column under a person header
    ("Bed alarm rounds 0200 ES 0300 ES", "ES"),  # a time log
    ("Labs drawn 0600 - CM", "CM"),  # a dash after a time, closing the line
    ("Tubing swapped. Second look: EM 1430", "EM"),  # a label the person slots do not name, then a time
])
def test_judge_takes_colliding_marks_the_person_slots_miss(line: str, group: str,
                                                          monkeypatch: pytest.MonkeyPatch) -> None:
    text = _NOTE + line + "\n"
    assert group not in _spans(text)  # shipped off
    monkeypatch.setattr(iv, "COLLIDE_JUDGE", True)
    assert group in _spans(text)

"""`coding_forms_probe --part`: each family's forms split into a tuning and a check part by the identifier probe's
`form_part`, stably and without overlap, and a check-part miss is never printed (`--errors` shows tuning misses
only and is refused with `--part check`). The coder is not run: predictions are stand-ins that miss every form."""

from types import SimpleNamespace

import polars as pl
import pytest

from benchmarks.quality import coding_forms_probe as probe
from benchmarks.quality.forms_probe import form_part


def _all_wrong(cases: list[probe.Case]) -> list[SimpleNamespace]:
    return [SimpleNamespace(cancer_type="not-a-type", icd10=["X99"], evidence="stand-in") for _ in cases]


@pytest.mark.parametrize("family", probe.FAMILIES)
def test_parts_cover_every_form_once_and_depend_on_the_form_alone(family: str) -> None:
    forms = probe.load_forms(family)
    tuning, check = probe.select_part(forms, "tuning"), probe.select_part(forms, "check")
    every = sorted(f.text for v in forms.values() for f in v)
    parted = sorted(f.text for part in (tuning, check) for v in part.values() for f in v)
    assert parted == every
    assert not {f.text for v in tuning.values() for f in v} & {f.text for v in check.values() for f in v}
    assert all(form_part(f.text) == "check" for v in check.values() for f in v)
    assert probe.select_part(forms, "all") == forms
    # a form's part is its own: scoring one class alone, or the family again, puts it in the same part
    klass = next(iter(forms))
    alone = probe.select_part({klass: forms[klass]}, "check").get(klass, ())
    assert alone == check.get(klass, ())
    assert probe.select_part(probe.load_forms(family), "check") == check


@pytest.mark.parametrize("family", ["seventh", "eighth", "ninth", "tenth"])
def test_the_check_part_is_near_a_quarter_of_the_later_families(family: str) -> None:
    forms = probe.load_forms(family)
    n = sum(map(len, forms.values()))
    assert n >= 200
    assert 0.15 < sum(map(len, probe.select_part(forms, "check").values())) / n < 0.35


def test_cases_of_a_part_hold_only_that_part() -> None:
    for part in ("tuning", "check"):
        assert {form_part(c.form.text) for c in probe.cases(0, "seventh", part)} == {part}


def test_check_misses_are_never_listed() -> None:
    cases = probe.cases(0, "seventh")
    shown = "\n".join(probe.tuning_misses(cases, _all_wrong(cases), 10_000))
    for c in cases:
        assert (c.form.text in shown) == (form_part(c.form.text) == "tuning"), c.form.text


def test_errors_with_all_print_tuning_misses_only(monkeypatch: pytest.MonkeyPatch,
                                                 capsys: pytest.CaptureFixture[str]) -> None:
    def fake_run(n_hosts: int, family: str, part: str) -> tuple[list[probe.Case], list[SimpleNamespace]]:
        cases = probe.cases(0, family, part)
        return cases, _all_wrong(cases)

    monkeypatch.setattr(probe, "run", fake_run)
    assert probe.main(["--set", "seventh", "--hosts", "0", "--errors", "10000"]) == 0
    out = capsys.readouterr().out
    forms = [f for v in probe.load_forms("seventh").values() for f in v]
    assert any(f.text in out for f in forms)
    assert not [f.text for f in forms if form_part(f.text) == "check" and f.text in out]


def test_errors_are_refused_with_the_check_part(monkeypatch: pytest.MonkeyPatch,
                                                capsys: pytest.CaptureFixture[str]) -> None:
    monkeypatch.setattr(probe, "run", lambda *a: pytest.fail("the coder ran"))
    with pytest.raises(SystemExit) as exit_:
        probe.main(["--set", "seventh", "--part", "check", "--errors", "1"])
    assert exit_.value.code == 2
    assert capsys.readouterr().out == ""


def test_host_notes_do_not_move_when_a_label_set_is_added() -> None:
    """The probe's hosts are taken at a stride over the labelled `none` notes of the sets its documented
    figures were measured on; a later label set (the fourth, 255 `none` notes) must not change them."""
    from benchmarks.quality.coding_eval import LABEL_SETS

    assert len(LABEL_SETS) > len(probe.HOST_SETS)
    later = set().union(*(set(pl.read_csv(g, infer_schema_length=0)["note_id"])
                          for g, _n in LABEL_SETS[len(probe.HOST_SETS):]))
    hosts = [h for h, _t in probe.host_notes(12)]
    assert len(hosts) == 12 and not set(hosts) & later
    assert [h for h, _t in probe.host_notes(3)] == ["1275", "1769", "2912"]  # the hosts of every family's figures


def _form(cancer_type: str, icd: str) -> probe.Form:
    return probe.Form("stand-in", cancer_type, icd)


def _pred(cancer_type: str, *codes: str) -> SimpleNamespace:
    return SimpleNamespace(cancer_type=cancer_type, icd10=list(codes), evidence="stand-in")


@pytest.mark.parametrize(("form", "pred", "want"), [
    (_form("breast", "C50"), _pred("breast", "C50.911"), ""),
    (_form("breast", "C50"), _pred("none"), "no code"),
    (_form("none", ""), _pred("lung", "C34.90"), "code where none"),
    (_form("breast", "Z85"), _pred("breast", "C50.911"), "status (history Z vs active)"),
    (_form("breast", "C50"), _pred("breast", "Z85.3"), "status (history Z vs active)"),
    (_form("breast", "C50"), _pred("lung", "C34.90"), "organ (another type)"),
    (_form("bladder", "C67"), _pred("bladder", "D09.0"), "category of the right organ"),
    (_form("lung", "C34|C78"), _pred("lung", "C78.00"), ""),
])
def test_a_miss_is_counted_under_the_decision_it_failed(form: probe.Form, pred: SimpleNamespace, want: str) -> None:
    assert probe.decision(form, pred) == want


def test_the_decision_tally_counts_by_half_or_part_and_holds_no_text() -> None:
    cases = probe.cases(0, "twentyfirst")
    tally = probe.decision_tally(cases, _all_wrong(cases))
    assert set(tally) == {"seen", "held"}
    assert sum(t["n"] for t in tally.values()) == len(cases)
    # every form is missed by the stand-in: a `none` form as a code where none, the others as another organ
    for t in tally.values():
        assert sum(t[d] for d in probe.DECISIONS) == t["n"]
    assert all(isinstance(v, int) for t in tally.values() for v in t.values())
    tally = probe.decision_tally(probe.cases(0, "seventh"), _all_wrong(probe.cases(0, "seventh")))
    assert set(tally) == {"tuning", "check"}

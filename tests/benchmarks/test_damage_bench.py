"""The damage benchmark's split and its likely-PHI reading (the scores themselves need the engine and the data)."""

from __future__ import annotations

from benchmarks.quality import damage_bench
from cancerprep.stages.deid.engine import PhiSpan


def test_halves_split_by_note_id_hash() -> None:
    ids = [str(i) for i in range(400)]
    check = [i for i in ids if damage_bench.is_check_note(i)]
    assert 150 < len(check) < 250  # about half
    assert check == [i for i in ids if damage_bench.is_check_note(i)]  # the same every time


def _span(text: str, word: str, etype: str) -> tuple[str, PhiSpan]:
    start = text.index(word)
    return text, PhiSpan(start, start + len(word), etype, 0.9, "R")


def test_likely_phi_reads_context() -> None:
    assert damage_bench.likely_phi(*_span("seen by Dr. Smith today", "Smith", "NAME"))
    assert not damage_bench.likely_phi(*_span("the standard Bruce protocol", "Bruce", "NAME"))
    assert damage_bench.likely_phi(*_span("she lived in Seattle", "Seattle", "LOCATION"))
    assert not damage_bench.likely_phi(*_span("the Mayfield unit", "Mayfield", "LOCATION"))
    assert damage_bench.likely_phi(*_span("transplant in 12/07.", "12/07.", "DATE"))
    assert damage_bench.likely_phi(*_span("surgery in 1999", "1999", "DATE"))
    assert damage_bench.likely_phi(*_span("seen in March of 2002", "March of 2002", "DATE"))
    assert not damage_bench.likely_phi(*_span("a 3/6 systolic murmur", "3/6", "DATE"))
    assert not damage_bench.likely_phi(*_span("at the 8th interspace", "8th", "DATE"))
    assert not damage_bench.likely_phi(*_span("serial number 123456", "123456", "ID"))


def _write_iob(folder, name: str, sentences: list[list[tuple[str, str]]]) -> None:
    (folder / f"{name}.tsv").write_text("\n\n".join("\n".join(f"{t}\t{g}" for t, g in s) for s in sentences) + "\n")


def test_detokenize_joins_punctuation_and_keeps_offsets() -> None:
    tokens = "In Wilms ' tumor ( WT1 ) , tumour - suppressor loss is Knudson ' s ' two - hit ' model .".split()
    text, offsets = damage_bench.detokenize(tokens)
    assert text == "In Wilms' tumor (WT1), tumour-suppressor loss is Knudson's 'two-hit' model."
    assert [text[s:e] for s, e in offsets] == tokens


def test_ncbi_split_tuning_is_train_and_devel_check_is_test(tmp_path, monkeypatch, capsys) -> None:
    words = {"train": "Alpha", "devel": "Bravo", "test": "Zulu"}
    for name, word in words.items():  # 12 sentences: two pseudo-notes per file
        _write_iob(tmp_path, name, [[(word, "O"), ("syndrome", "O"), (str(i), "O"), (".", "O")] for i in range(11)]
                   + [[("Hodgkin", "B-Disease"), ("lymphoma", "I-Disease"), (".", "O")]])
    assert damage_bench.NCBI_PARTS == {"tuning": ("train", "devel"), "check": ("test",)}
    notes, gold, sentences = damage_bench.load_ncbi(tmp_path, ("train", "devel"))
    assert sentences == 24 and len(notes) == 4  # 10 sentences a pseudo-note
    assert all("Zulu" not in text for _, text in notes)
    last_id, last = notes[1]
    assert [last[s:e] for s, e in gold[last_id]] == ["Hodgkin lymphoma"]

    class FakeDeid:  # marks every capitalised word as a NAME: the check part must show none of them
        def analyze_many(self, texts, groups):
            import re
            return [[PhiSpan(m.start(), m.end(), "NAME", 0.9, "Fake") for m in re.finditer(r"[A-Z][a-z]+", t)]
                    for t in texts]

    monkeypatch.setattr(damage_bench, "Deidentifier", FakeDeid)
    out = damage_bench.main(["--corpus", "ncbi", "--ncbi", str(tmp_path), "--list", "50"])
    printed = capsys.readouterr().out
    assert "Alpha" in printed and "Bravo" in printed  # tuning spans are listed
    assert "Zulu" not in printed and "Hodgkin" in printed  # check spans never are (Hodgkin is in tuning too)
    check = out["halves"]["check"]
    assert check["sentences"] == 12 and check["damage_per_1000"] == 1000.0  # 12 spans, 12 sentences
    assert check["disease_hit_per_1000"] == round(1000 / 12, 1)  # "Hodgkin" overlaps the gold mention
    assert out["halves"]["tuning"]["damage_by_recognizer_per_1000"] == {"Fake": 1000.0}

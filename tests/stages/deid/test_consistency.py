"""Name consistency: a name (or organisation name) found once is PHI wherever else its note, or its patient's
other notes, write it, with guards."""

from __future__ import annotations

import itertools
from dataclasses import dataclass

import pytest
from presidio_analyzer import RecognizerResult

from cancerprep.stages.deid import consistency
from cancerprep.stages.deid.engine import DeidConfig, Deidentifier, NoteFailure

HEADER = "Patient: Ann Quenby\nMRN: 4455667\n\n"


@dataclass(frozen=True)
class S:
    start: int
    end: int
    entity_type: str = "NAME"


@pytest.fixture(scope="module")
def deid_off() -> Deidentifier:
    return Deidentifier(DeidConfig(name_consistency=False))


def span_of(text: str, word: str, nth: int = 0) -> S:
    start = -1
    for _ in range(nth + 1):
        start = text.index(word, start + 1)
    return S(start, start + len(word))


def _propagate(text, spans):
    """Note scope, names only: what the step adds to `spans` from their own name words (no voters' results)."""
    return [(a, b) for a, b, _ in consistency.spread(text, spans, consistency.seeds(text, spans))]


def found(engine: Deidentifier, text: str) -> list[tuple[int, int]]:
    spans = engine.analyze(text)
    assert not isinstance(spans, NoteFailure)
    return [(s.start, s.end) for s in spans]


def covered(spans: list[tuple[int, int]], text: str, word: str, nth: int = 0) -> bool:
    s = span_of(text, word, nth)
    return any(a < s.end and s.start < b for a, b in spans)


@pytest.mark.parametrize("later", [
    "Her pain settled and then Quenby went home.",  # a frame no recognizer knows
    "Wound check done; QUENBY TOLERATED WALKING WELL.",  # upper case
    "Follow-up in clinic; quenby agreed with the plan.",  # lower case
    "We reviewed Quenby's medications.",  # possessive
    "Records were sent under Quenby-Hale as well.",  # hyphenated double surname
])
def test_header_name_is_found_in_a_later_sentence(engine, deid_off, later):
    text = HEADER + "HISTORY: Seen today for follow-up. " + later + "\n"
    assert covered(found(engine, text), text, "Quenby", 0)  # the header, found by the recognizers
    word = next(w for w in ("Quenby", "QUENBY", "quenby") if w in later)
    assert covered(found(engine, text), text, word, 1 if word == "Quenby" else 0)
    # the switch off shows the later frame is one the recognizers alone miss
    if later.startswith("Her pain"):
        assert not covered(found(deid_off, text), text, "Quenby", 1)


def test_spans_come_from_the_consistency_step(engine):
    text = HEADER + "Her pain settled and then Quenby went home.\n"
    spans = engine.analyze(text)
    assert not isinstance(spans, NoteFailure)
    later = span_of(text, "Quenby", 1)
    hit = [s for s in spans if s.start == later.start]
    assert hit and hit[0].recognizer == consistency.CONSISTENCY and hit[0].entity_type == "NAME"


def test_occurrence_forms_and_boundaries():
    text = "Ann Quenby seen. quenby, QUENBY'S, Quenby’s, Quenby-Hale, Quenby2; Quenbyson and McQuenby are others."
    new = _propagate(text, [span_of(text, "Quenby")])
    words = [text[a:b] for a, b in new]
    assert words == ["quenby", "QUENBY'S", "Quenby’s", "Quenby", "Quenby"]  # whole words only


def test_seed_words_are_split_and_cleaned():
    text = "Dr. Smith-Jones and O'Neil saw Quenby's son."
    spans = [span_of(text, "Smith-Jones"), span_of(text, "O'Neil"), span_of(text, "Quenby's")]
    words = consistency.name_words(text, spans)
    assert {"smith", "jones", "o'neil", "quenby"} <= set(words)
    assert not {"smith-jones", "quenby's"} & set(words)


@pytest.mark.parametrize("word,cls", [
    ("quenby", consistency.FREE),  # no vocabulary knows it
    ("smith", consistency.FREE),  # a census surname that is no everyday word
    ("o'neil", consistency.FREE),  # the census writes "oneil"
    ("grace", consistency.GUARDED),  # census name and everyday word
    ("brown", consistency.GUARDED),  # census name and medical word
    ("will", None),  # a function word too ("will follow up")
    ("al", None),  # two letters: collides with initials and abbreviations
    ("dr", None), ("son", None),  # person-context words
    ("heparin", None), ("fish", None),  # medical vocabulary, protected method
    ("osa", None),  # unknown shorthand
])
def test_word_classes(word, cls):
    assert consistency.word_class(word) == cls


def test_common_word_name_obeys_the_guard():
    text = ("Patient: Grace Brown\n\nBy the grace of rest she improved. Brown discharge was seen. The wound was "
            "brown.\nSpoke with Grace today; GRACE called back. The note says Brown agreed; the Brown-Sequard test.")
    got = {(text[a:b], a) for a, b in _propagate(text, [span_of(text, "Grace Brown")])}
    assert got == {("Grace", span_of(text, "Grace", 1).start),  # capitalised, mid-sentence
                   ("GRACE", span_of(text, "GRACE").start),  # the note wrote it in a full name (PAIRED): capitals
                   ("Brown", span_of(text, "Brown", 2).start)}  # alone on a line of mixed case, before a verb
    # not: lower case, a sentence start ("Brown discharge"), a hyphenated term ("Brown-Sequard")


def test_common_word_name_does_not_spread_without_case_information():
    text = "PATIENT: GRACE BROWN\nHE IMPROVED. BROWN DISCHARGE. SPOKE WITH GRACE."
    assert _propagate(text, [span_of(text, "GRACE BROWN")]) == []


def test_clinical_word_is_never_propagated_from_a_false_span():
    text = "Given heparin and Fish oil. Continue heparin drip. FISH negative. OSA: CPAP. OSA stable."
    spans = [span_of(text, "heparin"), span_of(text, "Fish"), span_of(text, "OSA")]
    assert _propagate(text, spans) == []


def test_weak_voter_alone_spreads_census_names_only():
    text = "Seen with Zorblax Quenby Larson today. Later Zorblax and Larson returned."
    span = span_of(text, "Zorblax Quenby Larson")
    learned = [RecognizerResult("NAME", span.start, span.end, 0.85,
                                recognition_metadata={"recognizer_name": "LearnedRecognizer"})]
    words = consistency.name_words(text, [span], learned)
    assert set(words) == {"larson"}
    rule = [RecognizerResult("NAME", span.start, span.end, 0.6,
                             recognition_metadata={"recognizer_name": "ClinicalNameRecognizer"})]
    assert {"zorblax", "quenby", "larson"} <= set(consistency.name_words(text, [span], rule))


def test_staging_eponym_is_not_a_name():
    text = "Referred by Dr. Clark. Melanoma, Clark level IV."
    assert _propagate(text, [span_of(text, "Clark")]) == []


def test_note_without_names_is_unchanged(engine, deid_off):
    text = "HISTORY: Chest pain since 3/4. Aspirin given. BP 120/80. Will follow up in clinic.\n"
    assert _propagate(text, []) == []
    assert engine.analyze(text) == deid_off.analyze(text)


def test_other_spans_are_not_doubled(engine):
    text = HEADER + "Call Quenby at quenby@example.org or 555-123-4567.\n"
    spans = found(engine, text)
    assert len(spans) == len(set(spans))
    assert all(b <= c for (_, b), (c, _) in itertools.pairwise(spans))  # disjoint, sorted


def test_fail_closed_unchanged(monkeypatch):
    deid = Deidentifier(DeidConfig(learned_model=False))

    def boom(*args, **kwargs):
        raise RuntimeError("Quenby")  # a message that could quote text

    monkeypatch.setattr(consistency, "spread", boom)
    result = deid.analyze(HEADER + "then Quenby went home.")
    assert isinstance(result, NoteFailure) and result.reason == "error" and "Quenby" not in result.detail
    slow = Deidentifier(DeidConfig(learned_model=False, timeout_s=1e-9))
    assert isinstance(slow.analyze(HEADER + "then Quenby went home."), NoteFailure)


def test_stage_option_switches_it():
    from cancerprep.registry import build_stage
    from cancerprep.stages.base import RunContext

    stage = build_stage("deid", {"name_consistency": False, "learned_model": False}, RunContext())
    stage.setup()
    assert stage._deid.config.name_consistency is False


# -- patient scope: seeds pooled over one patient's notes in a batch --------------------------------------------
UNKNOWN_FRAME = "Follow-up. Her pain settled and then Quenby went home.\n"  # no recognizer knows this frame


def spans_of(engine: Deidentifier, texts: list[str], groups: list[str | None] | None) -> list[list[tuple[int, int]]]:
    out = []
    for result in engine.analyze_many(texts, groups=groups):
        assert not isinstance(result, NoteFailure)
        out.append([(s.start, s.end) for s in result])
    return out


def test_name_found_in_one_note_is_redacted_in_the_patients_other_note(engine):
    a, b = HEADER + "Seen today.\n", UNKNOWN_FRAME
    _, in_b = spans_of(engine, [a, b], ["p1", "p1"])
    assert covered(in_b, b, "Quenby")
    added = [s for s in engine.analyze_many([a, b], groups=["p1", "p1"])[1] if s.start == b.index("Quenby")]
    assert added[0].recognizer == consistency.CONSISTENCY and added[0].entity_type == "NAME"
    # alone, without its patient's other note, the frame is missed: the seed came from note A
    assert not covered(spans_of(engine, [b], ["p1"])[0], b, "Quenby")


def test_seeds_never_cross_patients(engine):
    a, b = HEADER + "Seen today.\n", UNKNOWN_FRAME
    _, other = spans_of(engine, [a, b], ["p1", "p2"])
    assert not covered(other, b, "Quenby")
    # no groups, or note scope: each note alone, as before
    assert not covered(spans_of(engine, [a, b], None)[1], b, "Quenby")
    note_scope = Deidentifier(DeidConfig(consistency_scope="note"))
    assert not covered(spans_of(note_scope, [a, b], ["p1", "p1"])[1], b, "Quenby")


def test_a_note_does_not_depend_on_other_patients_in_its_batch(engine):
    a, b = HEADER + "Seen today.\n", UNKNOWN_FRAME
    others = ["Patient: Zed Marlowe\nSeen. Marlowe and Quenby went home.\n", "Dr. Okafor reviewed.\n"]
    alone = engine.analyze_many([a, b], groups=["p1", "p1"])
    mixed = engine.analyze_many([others[0], a, others[1], b], groups=["p2", "p1", "p3", "p1"])
    assert [mixed[1], mixed[3]] == alone
    assert engine.analyze_many([b, a], groups=["p1", "p1"]) == alone[::-1]  # order within the patient is irrelevant


def test_failed_note_gives_no_seeds_and_does_not_stop_the_others(monkeypatch):
    deid = Deidentifier(DeidConfig(learned_model=False))
    a, b, c = HEADER + "Seen today.\n", UNKNOWN_FRAME, "Dr. Healey saw her. Quenby went home.\n"
    real = deid.analyzer.analyze

    def flaky(text, **kwargs):
        if text == a:
            raise RuntimeError("Quenby")
        return real(text=text, **kwargs)

    monkeypatch.setattr(deid.analyzer, "analyze", flaky)
    failed, in_b, in_c = deid.analyze_many([a, b, c], groups=["p1", "p1", "p1"])
    assert isinstance(failed, NoteFailure) and failed.reason == "error" and "Quenby" not in failed.detail
    assert not isinstance(in_b, NoteFailure) and not isinstance(in_c, NoteFailure)
    assert covered([(s.start, s.end) for s in in_c], c, "Healey")  # the others keep their own spans
    assert not covered([(s.start, s.end) for s in in_b], b, "Quenby")  # the failed note seeded nothing


def test_only_confident_words_cross_notes():
    mixed = "Patient: Grace Quenby\nSeen with Grace today.\n"
    caps = "SOCIAL: WIFE CALLED ZORBLAX OVERNIGHT. SON LARSON VISITED.\n"
    own = consistency.seeds(mixed, [span_of(mixed, "Grace Quenby")])
    assert own.names == {"grace": consistency.GUARDED, "quenby": consistency.FREE}
    assert own.shared == {"quenby": consistency.FREE}  # an everyday-word name stays in its own note
    loud = consistency.seeds(caps, [span_of(caps, "ZORBLAX"), span_of(caps, "LARSON")])
    assert set(loud.names) == {"zorblax", "larson"}
    assert set(loud.shared) == {"larson"}  # no census name, from a note without case: not shared
    other = "Later Grace and Quenby and Larson and Zorblax came back.\n"
    words = {other[a:b] for a, b, _ in consistency.spread(other, [], consistency.for_note(
        consistency.Seeds(), consistency.pool([own, loud])))}
    assert words == {"Quenby", "Larson"}


def test_organisation_phrase_spreads_to_the_patients_notes(engine):
    a = "Patient seen in clinic.\nReferred by Dr. Lee - Marlowe Family Medicine\n"
    b = "Old records were sent over by the office of marlowe FAMILY medicine last year.\n"
    found_a, found_b = engine.analyze_many([a, b], groups=["p1", "p1"])
    assert not isinstance(found_a, NoteFailure) and not isinstance(found_b, NoteFailure)
    assert covered([(s.start, s.end) for s in found_a], a, "Marlowe Family Medicine")
    start, end = b.index("marlowe"), b.index("medicine") + len("medicine")
    hit = [s for s in found_b if s.start < end and start < s.end]
    assert hit and {s.entity_type for s in hit} <= {"LOCATION", "NAME"}
    assert min(s.start for s in hit) <= start and max(s.end for s in hit) >= end  # the whole phrase
    assert any(s.recognizer == consistency.PLACE_CONSISTENCY for s in hit)


def test_organisation_phrase_rules():
    text = "Seen at Riverside Family Practice; then Family Practice follow-up. Riverside family practice."
    first = span_of(text, "Riverside Family Practice")
    loc = S(first.start, first.end, "LOCATION")
    rule = [RecognizerResult("LOCATION", loc.start, loc.end, 0.7,
                             recognition_metadata={"recognizer_name": "AddressRecognizer"})]
    places = consistency.org_phrases(text, [loc], rule)
    assert places == {("riverside", "family", "practice")}
    hits = consistency.spread(text, [loc], consistency.Seeds(places=places))
    assert [(text[a:b], t) for a, b, t in hits] == [("Riverside family practice", "LOCATION")]  # not the generic one
    # generic phrases, addresses with digits and learned-only spans seed nothing
    bare = span_of(text, "Family Practice", 1)
    generic = S(bare.start, bare.end, "LOCATION")
    generic_rule = [RecognizerResult("LOCATION", generic.start, generic.end, 0.7,
                                     recognition_metadata={"recognizer_name": "AddressRecognizer"})]
    assert consistency.org_phrases(text, [generic], generic_rule) == set()
    eponym = "History of Charcot-Marie-Tooth disease."  # a place rule's false hit names no kind of organisation
    ep = S(eponym.index("Charcot"), eponym.index(" disease"), "LOCATION")
    assert consistency.org_phrases(eponym, [ep], [RecognizerResult(
        "LOCATION", ep.start, ep.end, 0.7, recognition_metadata={"recognizer_name": "AddressRecognizer"})]) == set()
    learned = [RecognizerResult("LOCATION", loc.start, loc.end, 0.9,
                                recognition_metadata={"recognizer_name": "LearnedRecognizer"})]
    assert consistency.org_phrases(text, [loc], learned) == set()
    street = "Lives at 12 Gillis Pike now."
    st = S(street.index("12"), street.index(" now"), "LOCATION")
    assert consistency.org_phrases(street, [st], [RecognizerResult(
        "LOCATION", st.start, st.end, 0.8, recognition_metadata={"recognizer_name": "AddressRecognizer"})]) == set()


def test_stage_groups_a_batch_by_patient():
    import polars as pl

    from cancerprep.registry import build_stage
    from cancerprep.stages.base import RunContext

    stage = build_stage("deid", {"learned_model": False, "spans_col": "spans"}, RunContext(key=b"k" * 32))
    batch = pl.DataFrame({"note_id": ["n1", "n2", "n3"], "patient_id": ["p1", "p2", "p1"],
                          "text": [HEADER + "Seen today.", UNKNOWN_FRAME, UNKNOWN_FRAME]})
    out = stage.process(batch).records
    assert out["note_id"].to_list() == ["n1", "n2", "n3"]  # order kept
    texts = out["text"].to_list()
    assert "Quenby" in texts[1] and "Quenby" not in texts[2]  # only the patient's own other note
    assert consistency.CONSISTENCY in out["spans"][2] and consistency.CONSISTENCY not in out["spans"][1]
    assert build_stage("deid", {"consistency_scope": "note", "learned_model": False},
                       RunContext()).opts["consistency_scope"] == "note"


def test_cli_pools_a_patients_notes_and_keeps_the_input_order(tmp_path):
    import json

    import polars as pl

    from cancerprep.commands import deid_file

    rows = [{"note_id": "n1", "patient_id": "p1", "text": HEADER + "Seen today."},
            {"note_id": "n2", "patient_id": "p2", "text": UNKNOWN_FRAME},
            {"note_id": "n3", "patient_id": "p3", "text": "No names here."},
            {"note_id": "n4", "patient_id": "p1", "text": UNKNOWN_FRAME}]
    src = tmp_path / "notes.jsonl"
    src.write_text("".join(json.dumps(r) + "\n" for r in rows))
    out = tmp_path / "out.parquet"
    deid_file(src, out, key=b"k" * 32, date_cols=[], options={"learned_model": False})
    df = pl.read_parquet(out)
    assert df["note_id"].to_list() == ["n1", "n2", "n3", "n4"]  # input order, though batched by patient
    assert "__deid_order" not in df.columns
    texts = df["text"].to_list()
    assert "Quenby" in texts[1] and "Quenby" not in texts[3]

"""The generated variation of the coding families' tuning forms (`benchmarks.quality.coding_variation`): its
rewrites are deterministic, change only what they say, keep the gold label's meaning, and read tuning forms only."""

from __future__ import annotations

from benchmarks.quality import coding_variation as cv
from benchmarks.quality.forms_probe import form_part


def test_variants_are_deterministic_and_from_tuning_forms_only() -> None:
    forms = cv.tuning_forms(("ninth",))
    assert forms and all(form_part(f.text) == "tuning" for _, _, f in forms)
    first, second = cv.variants(forms), cv.variants(forms)
    assert first == second
    assert all(text != forms[i][2].text for _, i, text in first)
    assert {name for name, _, _ in first} <= set(cv.REWRITES) | set(cv.TYPED_REWRITES)


def test_a_synonym_is_another_name_of_the_same_code() -> None:
    text = "Core biopsy: hairy cell leukemia, BRAF V600E positive."
    new = cv.synonym(text)
    assert new == "Core biopsy: leukemic reticuloendotheliosis, BRAF V600E positive."
    assert cv.synonym(new) == text  # a two-name group swaps back


def test_icd_title_writes_the_tabular_lists_wording() -> None:
    assert cv.icd_title("History of breast cancer, treated.") == "History of malignant neoplasm of breast, treated."
    # a histology's "carcinoma of" is left: "urothelial malignant neoplasm of ..." is written by no one
    text = "Urothelial carcinoma of the renal pelvis."
    assert cv.icd_title(text) == text


def test_abbreviations_swap_only_where_the_letters_spell_the_name() -> None:
    assert cv.expand("Stage IIIA NSCLC, on RT.") == "Stage IIIA non-small cell lung cancer, on RT."
    assert cv.abbreviate("Renal cell carcinoma, 4 cm.") == "RCC, 4 cm."
    assert cv._letters_spell("HCC", "hepatocellular carcinoma")
    assert not cv._letters_spell("IDC", "ductal carcinoma")  # the expansion drops "invasive": not expanded
    # an English word or unit, and an abbreviation followed by a number (a risk-adjustment category), stay
    assert cv.expand("ALL labs normal; MM 2 cm.") == "ALL labs normal; MM 2 cm."
    assert cv.expand("HCC 37 diabetes captured.") == "HCC 37 diabetes captured."


def test_negation_history_and_spelling_keep_the_meaning() -> None:
    assert cv.negation("Margins negative for carcinoma.") == "Margins no evidence of carcinoma."
    assert cv.negation("Scan with no evidence of disease.") == "Scan with no sign of disease."
    assert cv.history("Status post mastectomy; history of DCIS.") == "S/p mastectomy; hx of DCIS."
    assert cv.uk_spelling("Gastroesophageal junction tumor.") == "Gastro-oesophageal junction tumour."
    assert cv.us_spelling("Gastro-oesophageal tumour, leukaemia.") == "Gastro-esophageal tumor, leukemia."
    # the UK stem inside a US word is no UK word
    assert cv.us_spelling("gastroesophageal") == "gastroesophageal"


def test_reorder_swaps_only_sentences_that_stand_alone() -> None:
    assert cv.reorder("Biopsy shows melanoma. Wide excision is planned.") == \
        "Wide excision is planned. Biopsy shows melanoma."
    assert cv.reorder("Biopsy shows melanoma. It was excised.") == "Biopsy shows melanoma. It was excised."
    assert cv.reorder("DIAGNOSIS: melanoma. Excised.") == "DIAGNOSIS: melanoma. Excised."


def test_hedge_negation_list_and_past_marker_keep_the_meaning() -> None:
    assert cv.hedge("CT: mass suspicious for carcinoma; r/o lymphoma.") == \
        "CT: mass concerning for carcinoma; rule out lymphoma."
    assert cv.negation_list("Margins negative for carcinoma.") == \
        "Margins negative for inflammation, dysplasia or carcinoma."
    assert cv.past_marker("History of colon cancer, resected 2015.") == "Remote history of colon cancer, resected 2015."
    # a relative's history is not made the patient's "remote" one
    assert cv.past_marker("Mother with history of breast cancer.") == "Mother with history of breast cancer."


def test_diagnosis_last_moves_only_a_free_standing_first_sentence() -> None:
    text = "Biopsy shows melanoma. Wide excision is planned. Sentinel node mapping too."
    assert cv.diagnosis_last(text) == "Wide excision is planned. Sentinel node mapping too. Biopsy shows melanoma."
    # a numbered list, a note's label and a sentence that refers back stay as written
    for text in ("Problem List: 1. CLL, untreated. 2. Hypothyroidism. 3. Gout.",
                 "ED note: man with CLL after a fall. Laceration repaired. Home.",
                 "Biopsy shows melanoma. It was excised. Margins clear."):
        assert cv.diagnosis_last(text) == text


def test_telegraphic_in_passing_and_drug() -> None:
    # a capital word (a sentence's first, a heading) stays as written
    assert cv.telegraphic("The patient is on letrozole with a history of breast cancer.") == \
        "The pt on letrozole w/ hx breast cancer."
    new = cv.in_passing("Stage IIIA NSCLC, on chemoradiation.")
    assert "Stage IIIA NSCLC, on chemoradiation." in new and new.endswith("Return as needed.")
    assert cv.in_passing("DIAGNOSIS: melanoma.") == "DIAGNOSIS: melanoma."
    assert cv.drug("Breast cancer on adjuvant endocrine therapy.", "breast") == "Breast cancer on letrozole."
    assert cv.drug("Prostate cancer on ADT.", "prostate") == "Prostate cancer on leuprolide plus enzalutamide."
    # another gold type, or none, keeps the generic word
    assert cv.drug("Breast cancer on adjuvant endocrine therapy.", "none") == \
        "Breast cancer on adjuvant endocrine therapy."


def test_negated_first_and_semicolon_join() -> None:
    out = cv.negated_first("She remains on letrozole for breast cancer.")
    assert out.startswith("No evidence of malignancy on the ") and out.endswith("; she remains on letrozole for breast "
                                                                               "cancer.")
    assert cv.negated_first("CLL on ibrutinib.").endswith("; CLL on ibrutinib.")  # an initialism keeps its case
    assert cv.negated_first("IMPRESSION: Stable.") == "IMPRESSION: Stable."  # a block form is left
    assert cv.semicolon_join("Biopsy negative for carcinoma. She remains on letrozole.") == \
        "Biopsy negative for carcinoma; she remains on letrozole."
    assert cv.semicolon_join("One sentence only.") == "One sentence only."
    assert cv.semicolon_join("Plan: 1. CT scan. 2. Biopsy.") == "Plan: 1. CT scan. 2. Biopsy."  # a numbered list
    assert len(cv.variants([("x", "y", cv.Form("A. B.", "none", ""))], frozenset({"semicolon_join"}))) == 1


def test_second_cancer_adds_a_past_cancer_of_another_type_to_a_current_one() -> None:
    out = cv.second_cancer("Invasive ductal carcinoma of the left breast, on letrozole.", "breast", "C50")
    assert out.startswith("Invasive ductal carcinoma of the left breast, on letrozole. Past history: ")
    assert out.endswith(", no recurrence.") and "breast cancer" not in out  # never the form's own type
    # a form of no cancer, of a past cancer (Z85) or in blocks is left as written
    assert cv.second_cancer("Benign nevus.", "none", "") == "Benign nevus."
    assert cv.second_cancer("History of colon cancer.", "colorectal", "Z85") == "History of colon cancer."
    assert cv.second_cancer("CLL, stable.", "leukemia", "Z85|C91") == "CLL, stable."
    assert cv.second_cancer("DIAGNOSIS: melanoma.", "melanoma", "C43") == "DIAGNOSIS: melanoma."
    forms = [("x", "y", cv.Form("Melanoma of the back, excised.", "melanoma", "C43"))]
    assert [v[0] for v in cv.variants(forms, frozenset({"second_cancer"}))] == ["second_cancer"]


def test_eponym_writes_a_surnamed_disease_another_way_and_leaves_adjectives() -> None:
    assert cv.eponym("Kahler's disease with lytic lesions.") == "Morbus Kahler with lytic lesions."
    assert cv.eponym("Kaposi sarcoma of the ankle.") == "Kaposi's sarcoma of the ankle."
    assert cv.eponym("Wilms' tumour of the left kidney.") == "Wilms tumour of the left kidney."
    for text in ("Metastatic sarcoma of the lung.", "Follicular lymphoma, grade 1.", "Non-Hodgkin lymphoma."):
        assert cv.eponym(text) == text  # an adjective, or a surname inside "Non-": no eponym to rewrite


def test_hyphenation_swaps_one_compound_in_its_case() -> None:
    assert cv.hyphenation("Melanoma in situ of the cheek.") == "Melanoma in-situ of the cheek."
    assert cv.hyphenation("MELANOMA IN-SITU.") == "MELANOMA IN SITU."
    assert cv.hyphenation("Diffuse large B cell lymphoma.") == "Diffuse large B-cell lymphoma."
    assert cv.hyphenation("Well differentiated carcinoma.") == "Well-differentiated carcinoma."
    assert cv.hyphenation("No cancer here.") == "No cancer here."


def test_section_order_reverses_headed_sections_only() -> None:
    text = "HISTORY: , Lumpectomy in 2015.,ASSESSMENT: , No recurrence.,PLAN: , Mammogram in a year."
    assert cv.section_order(text) == ("PLAN: , Mammogram in a year.,ASSESSMENT: , No recurrence.,HISTORY: , "
                                      "Lumpectomy in 2015.")
    assert cv.section_order("IMPRESSION:\nNo mass.\nHISTORY:\nCough.") == "HISTORY:\nCough.\nIMPRESSION:\nNo mass."
    # one section, or text before the first heading: left as written
    for same in ("ASSESSMENT: , Lung cancer.", "Seen today. ASSESSMENT: , Lung cancer.,PLAN: , Chemotherapy.",
                 "CYTOLOGY: Liver, segment 6, US-FNA: adenocarcinoma."):  # an initialism in a line is no heading
        assert cv.section_order(same) == same


def test_shorthand_writes_clinical_abbreviations_and_leaves_capitals() -> None:
    assert cv.shorthand("Biopsy of the breast shows invasive ductal carcinoma with metastatic disease.") == \
        "bx of the breast shows IDC w/ met disease."
    assert cv.shorthand("History of non-small cell lung cancer, treated with chemotherapy.") == \
        "hx of NSCLC, treated w/ chemo."
    assert cv.shorthand("Rectum: adenocarcinoma; 2 lymph nodes positive.") == "Rectum: adenoca; 2 LNs pos."
    # a heading in capitals is left as written
    assert cv.shorthand("DIAGNOSIS: CARCINOMA.") == "DIAGNOSIS: CARCINOMA."


def test_administrative_recasts_only_prose_and_codes_no_other_cancer() -> None:
    forms = ["Biopsy shows melanoma of the back. Wide excision is planned.",
             "Colonoscopy: sigmoid adenocarcinoma. CT staging next week.",
             "Core biopsy of the left breast: invasive ductal carcinoma, grade 2.",
             "Ultrasound of the thyroid shows a benign colloid nodule."]
    out = [cv.administrative(f, "melanoma", "C43") for f in forms]
    assert all(f in o and o != f for f, o in zip(forms, out, strict=True))
    assert any(o.startswith("PROBLEM LIST:\n1. ") for o in out) or any("Encounter diagnos" in o for o in out)
    # the other problems of a problem list are no neoplasms: their codes are outside C00-D49
    assert all(not c.startswith(("C", "D0", "D1", "D2", "D3", "D4")) for _, c in cv._OTHER_PROBLEMS)
    # a code line carries the gold category's own ICD-10-CM title
    assert cv._category_title("C43") == "C43 Malignant melanoma of skin"
    block = "DIAGNOSIS:\nMelanoma of the back."
    assert cv.administrative(block, "melanoma", "C43") == block


def test_medication_list_adds_a_block_before_or_after_the_form() -> None:
    text = "Biopsy shows melanoma of the back."
    new = cv.medication_list(text)
    assert text in new and new != text
    assert any(block in new for block in cv._MED_BLOCKS)
    assert cv.medication_list(text) == new  # deterministic


def test_amended_puts_the_form_last_and_withdraws_only_another_type() -> None:
    for text in ("Biopsy shows melanoma of the back.", "Colon biopsy: adenocarcinoma.", "Rectal cancer, stage II."):
        new = cv.amended(text, "colorectal")
        assert new.endswith(text)
        assert "colon" not in new.split("\n")[0] or "PRELIMINARY" in new  # a withdrawn diagnosis is of another type
    block = "SYNOPTIC REPORT, RECTUM:\nHistologic type: Adenocarcinoma"
    assert "\n" + block in cv.amended(block, "colorectal")  # a block keeps its heading at a line's start


def test_code_title_writes_the_gold_code_beside_its_own_title() -> None:
    import simple_icd_10_cm as cm

    from cancerprep.stages.coding.written_codes import agrees

    texts = [f"Colon biopsy {n}: adenocarcinoma." for n in range(12)]
    outs = [cv.code_title(text, "colorectal", "C18") for text in texts]
    assert len({o.split("\n")[0].split(" ")[0] for o in outs}) > 2  # several layouts
    for text, out in zip(texts, outs, strict=True):
        assert out.endswith(text) and "C18.9" in out  # the category's unspecified leaf
        assert cm.is_valid_item("C18.9")
    assert agrees("C18.9", "Malignant neoplasm of colon, unspecified")
    assert cv.code_title(texts[0], "none", "") == texts[0]
    assert cv._written_code("C49")[0] == "C49.9"  # not the lettered GIST subcategory
    assert cv._written_code("C91")[0] == "C91.90"  # not a leaf in remission
    assert cv._written_code("Z85") == ("Z85", "Personal history of malignant neoplasm")


def test_code_contradicted_writes_another_types_code_beside_the_gold_title() -> None:
    from cancerprep.stages.coding.written_codes import agrees

    text = "Prostate biopsy: adenocarcinoma, Gleason 3+4."
    out = cv.code_contradicted(text, "prostate", "C61")
    code, title = out.split("\n")[0].split(" ", 1)
    assert title == "Malignant neoplasm of prostate" and code[:3] != "C61" and not agrees(code, title)
    assert cv.code_contradicted(text, "none", "") == text
    assert cv.code_contradicted("History of breast cancer.", "breast", "Z85") == "History of breast cancer."


def test_document_kind_rewrites_keep_the_form_whole() -> None:
    text = "Colon biopsy: adenocarcinoma."
    for fn in (cv.referral_letter, cv.telephone_note, cv.tumour_board, cv.radiology_impression, cv.synoptic_pairs):
        new = fn(text)
        assert text in new and new != text and fn(text) == new
    assert cv.synoptic_pairs("DIAGNOSIS: melanoma.") == "DIAGNOSIS: melanoma."  # a block form has its own fields


def test_note_rewrites_change_only_the_layout_or_wording_they_name() -> None:
    note = ("HISTORY OF PRESENT ILLNESS:, She had a left breast cancer in 1998, status post mastectomy.,"
            "PAST MEDICAL HISTORY:, Hypertension.,SOCIAL HISTORY:, No tobacco.")
    headed = cv.mt_headers(note)
    assert headed == cv.mt_headers(note) and headed != note  # deterministic, and it changes the headings
    assert "She had a left breast cancer in 1998, status post mastectomy." in headed
    assert "PAST MEDICAL HISTORY" not in headed and "Hypertension." in headed
    assert cv.mt_headers_title(note).startswith("History Of Present Illness:")
    assert "about 14 years ago" in cv.mt_years(note) and cv.mt_years("Seen in 2011.") == "Seen in 2011."
    assert "lt breast" in cv.mt_side(note)
    assert cv.mt_side("She left the clinic right away.") == "She left the clinic right away."
    assert cv.mt_site_short("Mass in the left upper lobe and a lymph node.") == "Mass in the LUL and a LN."
    status = cv.mt_status(note)
    assert "status post" not in status and "mastectomy" in status


def test_typed_note_rewrites_keep_the_notes_label() -> None:
    note = "ASSESSMENT:, Invasive ductal carcinoma of the right breast, on letrozole."
    listed = cv.mt_pmh_listed(note, "breast", "C50")
    assert listed.startswith(note) and listed.endswith("PAST MEDICAL HISTORY: Hypertension, breast cancer, "
                                                       "hyperlipidemia.")
    assert cv.mt_pmh_listed(note, "breast", "D05") == note  # an in-situ cancer is not "breast cancer"
    assert cv.mt_pmh_listed(note, "other_cancer", "C44") == note  # no plain name for the type
    assert cv.mt_followup(note, "none", "") == note and cv.mt_followup(note, "breast", "C50") != note


def test_note_variation_reads_tuning_notes_only() -> None:
    from benchmarks.quality.coding_eval import part_of

    notes = cv.tuning_notes(with_none=True)
    assert notes and all(part_of(r["note_id"]) == "tuning" for r in notes)
    assert all(r["cancer_type"] != "none" for r in cv.tuning_notes())


def test_naming_rewrites_write_the_cancer_another_way() -> None:
    text = "Carcinoma of the right breast. History of prostate cancer and cancer of the colon. Adenocarcinoma, 2 cm."
    assert "rt. breast" in cv.mt_side_stop(text)
    assert cv.mt_ca_of(text) == ("Carcinoma of the right breast. History of CA of the prostate and CA of the colon. "
                                 "Adenocarcinoma, 2 cm.")
    tumor = cv.mt_malignant_tumor(text)
    assert "prostate cancer" not in tumor and "cancer of the colon" not in tumor and "malignan" in tumor
    # the first histology not already qualified ("Carcinoma of" names its site) is written unqualified
    assert cv.mt_nos(text).endswith("Adenocarcinoma, NOS, 2 cm.")


def test_status_classes_state_the_label_rules_category_in_tuning_hosts_only() -> None:
    from benchmarks.quality.coding_eval import load_all

    check_texts = {r["text"] for r in load_all().to_dicts() if r["part"] == "check"}
    hosts = cv.status_hosts(2)
    assert len(hosts) == 2 and not check_texts.intersection(hosts)
    cases = cv.status_cases(2)
    assert cases == cv.status_cases(2)  # deterministic
    assert {name for name, *_ in cases} == set(cv.STATUS_CLASSES)
    assert cv.STATUS_HELD_OUT < set(cv.STATUS_CLASSES)
    for name, ctype, cat, note in cases:
        kind = cv.STATUS_CLASSES[name][1]
        if kind != "mixed":  # history: Z85; active: the type's own category (mixed: one template of each)
            assert (cat == "Z85") == (kind == "history")
        assert any(note.startswith(h[:200]) for h in hosts) and ctype != "none"
        assert "{" not in note  # every template slot filled
    mixed = {cat == "Z85" for name, _t, cat, _n in cases if cv.STATUS_CLASSES[name][1] == "mixed"}
    assert mixed == {True, False}


def test_fortieth_classes_fill_their_slots_and_give_the_label_rules_category() -> None:
    cases = [c for c in cv.status_cases(2) if c[0] in cv.FORTIETH_CLASSES]
    assert {name for name, *_ in cases} == set(cv.FORTIETH_CLASSES)  # every class has cases
    assert {k for k in cv.FORTIETH_CLASSES if k.startswith("ho_")} <= cv.STATUS_HELD_OUT
    assert not {k for k in cv.FORTIETH_CLASSES if not k.startswith("ho_")} & cv.STATUS_HELD_OUT
    for name, ctype, cat, note in cases:
        kind = cv.STATUS_CLASSES[name][1]
        if kind == "unknown":
            assert (ctype, cat) == ("other_cancer", "C80")
        elif "in_situ" in name:
            assert cat.startswith("D0")  # in situ keeps its D0 category
        assert "{" not in note
    # a carcinoma come back is never written after a melanoma; hormonal classes only for hormone-treated cancers
    assert not any(n == "nm_recurred" and t == "melanoma" and "recurrent carcinoma" in x for n, t, _c, x in cases)
    assert {t for n, t, _c, _x in cases if "hormonal" in n} <= set(cv._STATUS_HORMONE)


def test_icdo3_carcinomas_are_valid_at_the_organ_and_written_plainly() -> None:
    breast = cv._icdo3_carcinomas("C50")
    assert "lobular carcinoma" in breast and "adenocarcinoma" in breast  # "Adenocarcinoma, NOS": ", NOS" dropped
    assert all(t.endswith("carcinoma") and not set(t) & set(".,&()") for t in breast)
    assert "renal cell carcinoma" not in breast and "renal cell carcinoma" in cv._icdo3_carcinomas("C64")


def test_status_errors_never_print_held_out_misses(monkeypatch, capsys) -> None:
    held = next(iter(cv.STATUS_HELD_OUT))
    misses = [{"class": held, "expected": "breast C50", "got": "none []", "evidence": None},
              {"class": "st_port", "expected": "breast C50", "got": "breast ['Z85.3']", "evidence": "x"}]
    monkeypatch.setattr(cv, "run_status", lambda only=frozenset(): {
        "scores": {held: {"n": 1, "type": 0.0, "icd": 0.0}, "st_port": {"n": 1, "type": 1.0, "icd": 0.0}},
        "misses": misses})
    assert cv.main(["--status", "--errors", "5"]) == 0
    out = capsys.readouterr().out
    assert '"st_port"' in out and f'"class": "{held}"' not in out and held in out  # its score row only


def test_fortyfirst_classes_fill_their_slots_with_held_out_siblings() -> None:
    cases = [c for c in cv.status_cases(2) if c[0] in cv.FORTYFIRST_CLASSES]
    assert {name for name, *_ in cases} == set(cv.FORTYFIRST_CLASSES)  # every class has cases
    held = {k for k in cv.FORTYFIRST_CLASSES if k.startswith("fh_")}
    assert held <= cv.STATUS_HELD_OUT and not (set(cv.FORTYFIRST_CLASSES) - held) & cv.STATUS_HELD_OUT
    # every held-out class is a sibling of a class fixed on (the same kind in other words)
    assert {k[3:] for k in held} <= {k[3:] for k in cv.FORTYFIRST_CLASSES if k.startswith("fo_")} | {"adj_origin"}
    for name, ctype, cat, note in cases:
        assert "{" not in note
        if "relative" in name:  # a relative's cancer leaves the patient's history, and is of another type
            assert cat == "Z85"
            assert not any(f"{lead} {w} cancer" in note and cv._TYPE_OF_WORD[w] == ctype
                           for w in cv._RELATIVE_CANCERS for lead in ("recurrent", "sister's", "metastatic"))
    # the tumour classes hold only types whose tumours are no cancer by rule, brain among them; the endocrine
    # classes only the cancers an ATC L02 class treats
    assert {t for n, t, _c, _x in cases if "tumor" in n} == set(cv._STATUS_TUMOR)
    assert {t for n, t, _c, _x in cases if "hormone" in n} == set(cv._STATUS_GNRH)
    assert not set(cv._STATUS_TUMOR) & {"bladder"}


def test_fortysecond_classes_pair_each_kind_with_a_held_out_sibling() -> None:
    cases = [c for c in cv.status_cases(2) if c[0] in cv.FORTYSECOND_CLASSES]
    assert {name for name, *_ in cases} == set(cv.FORTYSECOND_CLASSES)  # every class has cases
    held = {k for k in cv.FORTYSECOND_CLASSES if k.startswith("hq_")}
    assert held <= cv.STATUS_HELD_OUT and not (set(cv.FORTYSECOND_CLASSES) - held) & cv.STATUS_HELD_OUT
    # every held-out class is a sibling of a class fixed on (the same kind in other words)
    assert {k[3:] for k in held} <= {k[3:] for k in cv.FORTYSECOND_CLASSES if k.startswith("fq_")}
    for name, ctype, cat, note in cases:
        assert "{" not in note
        if any(w in name for w in ("years_ago", "past_tx", "pmh_remote", "assessment_past")):
            assert cat == "Z85"  # the past told by a time or a course over: personal history
        else:
            assert cat[0] in "CD"  # treatment now, a new diagnosis line, a return: the active category
        if name.endswith("dx_line"):
            assert ctype in cv._STATUS_ORGANS  # a named organ with an ICD-O-3 carcinoma valid there
    # a drug slot brings the brain's cancer (temozolomide, lomustine) into the class
    assert "brain" in {t for n, t, _c, _x in cases if n.endswith("on_drug")}
    assert not {t for n, t, _c, _x in cases if n == "fq_recurred_bare" and "recurred this year" in _x} & {"melanoma"}


def test_fortythird_classes_pair_each_kind_with_a_held_out_sibling() -> None:
    cases = [c for c in cv.status_cases(2) if c[0] in cv.FORTYTHIRD_CLASSES]
    assert {name for name, *_ in cases} == set(cv.FORTYTHIRD_CLASSES)  # every class has cases
    held = {k for k in cv.FORTYTHIRD_CLASSES if k.startswith("hx_")}
    assert held <= cv.STATUS_HELD_OUT and not (set(cv.FORTYTHIRD_CLASSES) - held) & cv.STATUS_HELD_OUT
    assert {k[3:] for k in held} == {k[3:] for k in cv.FORTYTHIRD_CLASSES if k.startswith("fx_")}
    for name, ctype, cat, note in cases:
        assert "{" not in note
        if name.endswith("initialism"):
            # the cancer named only by the taxonomy's initialism of its type, never spelled out
            assert ctype in cv._STATUS_INITIALISMS and not any(
                c in note for _t, c, _o, _k in cv._STATUS_CANCERS if _t == ctype)
        if name.endswith("recurred_site"):
            assert cat[0] == "C"  # the named cancer come back: active
    # "mixed": the first template is history (Z85), the second active
    kinds = {(n, c == "Z85") for n, _t, c, _x in cases if n.endswith(("tnm", "procedure", "phrasal"))}
    assert ("fx_tnm", True) in kinds and ("fx_tnm", False) in kinds
    # a bare "carcinoma" is no melanoma: the class leaves melanoma out
    assert "melanoma" not in {t for n, t, _c, _x in cases if n.endswith("procedure")}


def test_fortyfourth_classes_pair_each_kind_with_a_held_out_sibling() -> None:
    cases = [c for c in cv.status_cases(2) if c[0] in cv.FORTYFOURTH_CLASSES]
    assert {name for name, *_ in cases} == set(cv.FORTYFOURTH_CLASSES)  # every class has cases
    held = {k for k in cv.FORTYFOURTH_CLASSES if k.startswith("hz_")}
    assert held <= cv.STATUS_HELD_OUT and not (set(cv.FORTYFOURTH_CLASSES) - held) & cv.STATUS_HELD_OUT
    assert {k[3:] for k in held} == {k[3:] for k in cv.FORTYFOURTH_CLASSES if k.startswith("fz_")}
    cancer_words = ("cancer", "carcinoma", "malignan", "tumor", "neoplasm")
    for name, ctype, cat, note in cases:
        assert "{" not in note
        if name.endswith("course_only"):
            # the course alone: the added sentence names no cancer (the hosts name none either)
            assert ctype in cv._STATUS_COURSE_OPS and not any(w in note.lower() for w in cancer_words)
        if name.endswith("morph_context"):
            assert ctype in cv._STATUS_MORPH_CONTEXT and cat[0] == "C"
        if name.endswith("insitu_only"):
            assert cat[0] == "D"  # in situ: its D0 category
        if name.endswith("insitu_invasive"):
            assert cat[0] == "C"  # an invasive focus makes the cancer invasive
    # "mixed": the first template is history (Z85), the second active
    kinds = {(n, c == "Z85") for n, _t, c, _x in cases if n.endswith("course_only")}
    assert ("fz_course_only", True) in kinds and ("fz_course_only", False) in kinds
    # an operation several cancers share (a hysterectomy) or a melanoma's excision tells no one organ's cancer
    assert not {t for n, t, _c, _x in cases if n.endswith("course_only")} & {"uterine", "melanoma"}

"""The eighteenth family: the cancer and its ICD-10-CM category at the borders of malignancy and in the blood cancers.

Written blind 2026-12-05 by someone who had not read the coder, its rules or vocabularies, or the other families' forms;
only DESIGN.md (the 17 types and their ICD-10-CM ranges), the probe, the `Form` class, the labelling rules of
tests/fixtures/mtsamples_gold_README.md, the first 25 lines of the sixteenth and seventeenth families' `forms.py` and
their `__init__.py` (layout), the late-families test and the seventeenth writer's report (method and layout). Committed
before the probe was first run on it. Every ICD-10-CM category below, and every inclusion term the labels lean on, was
checked against the tabular list of the pinned `simple-icd-10-cm`. One module: `FORMS` maps class -> forms; every class
holds cancer and `none` forms (about 40% `none` overall).

Labelling follows the README's rules, and where the README is silent, the ICD-10-CM tabular list decides the category
and DESIGN.md's ranges the type: a disorder that ICD-10-CM classifies in chapter 2's malignant (C) or in situ (D00-D09)
blocks is a cancer of the type of its category, one classified elsewhere is `none`, whatever ICD-O-3 calls it.
- Plasma cells: MGUS (D47.2), light-chain MGUS, MGRS, AL amyloidosis (E85.81) and reactive plasmacytosis are `none`;
  smouldering myeloma (ICD-O-3 9732/3, indexed to C90.0), active myeloma, solitary and extramedullary plasmacytoma
  (C90.3, C90.2, whatever the site) and plasma cell leukaemia (C90.1) are myeloma C90; Waldenström macroglobulinaemia
  is lymphoma (C88.0, or C83.0 for lymphoplasmacytic lymphoma: both accepted).
- Lymphoid: monoclonal B-cell lymphocytosis (low or high count), polyclonal lymphocytosis, T-cell clones of uncertain
  significance and haematogones are `none`; CLL (C91.1), hairy cell (C91.4), B-prolymphocytic (C91.3), T-LGL (C91.Z,
  its inclusion term), adult T-cell leukaemia/lymphoma (C91.5) and B- or T-lymphoblastic leukaemia (C91.0) are
  leukaemia; SLL ("non-leukemic variant of B-CLL", C83.0) and lymphoblastic lymphoma (C83.5) are lymphoma.
- Myeloid: myelodysplastic neoplasms of every risk group, with excess blasts or del(5q) or ring sideroblasts (D46),
  clonal haematopoiesis and clonal cytopenia, leukaemoid reactions and aplastic anaemia are `none`; AML of every kind,
  therapy-related and secondary included, APL, an AML-defining fusion below 20% blasts, myeloid sarcoma (C92.3, at any
  site), CMML (C93.1), atypical CML (C92.2), JMML (C93.3) and MDS/MPN unclassifiable (C94.6's inclusion term) are
  leukaemia. Polycythaemia vera (D45), essential thrombocythaemia (D47.3), primary and post-PV/post-ET myelofibrosis
  (D47.4), chronic neutrophilic leukaemia (D47.1's inclusion term), hypereosinophilic syndrome (D72.1) and secondary
  erythrocytosis or thrombocytosis are `none`; CML (C92.1), in any phase, and an MPN in blast phase (AML) are leukaemia.
- Histiocytic and mast-cell: Langerhans-cell histiocytosis of any extent (C96.0/C96.5/C96.6, unifocal eosinophilic
  granuloma included), histiocytic and dendritic-cell sarcomas (C96.A, C96.4), aggressive systemic mastocytosis and
  mast cell sarcoma (C96.2) are other_cancer; mast cell leukaemia (C94.3) is leukaemia; adult pulmonary LCH (J84.82),
  cutaneous, indolent and smouldering systemic mastocytosis (D47.0), mast cell activation syndrome, Rosai-Dorfman
  disease and juvenile xanthogranuloma (D76.3) and HLH (D76.1) are `none`.
- Lymphoma: follicular lymphoma of any grade (3B included) is C82; a transformation to DLBCL accepts C83|C82; MALT
  lymphoma of the stomach is lymphoma (C88.4), not stomach; primary CNS lymphoma is lymphoma (C83|C85), not brain;
  BPDCN is lymphoma (C86.4's inclusion term); monomorphic PTLD is DLBCL (C83), polymorphic or early PTLD (D47.Z1),
  Castleman disease (D47.Z2) and reactive or "atypical, cannot exclude" infiltrates are `none`.
- Remission and history: a leukaemia or myeloma stated to be "in remission" keeps its active category (ICD-10-CM gives
  it a remission character, C9x.x1), on treatment or not; "history of" a blood cancer treated in the past with nothing
  now is Z85. A lymphoma in remission is labelled active only on maintenance therapy; "history of" or "treated in ...,
  cured" is Z85. Relapse and refractory disease are active.
- Gynaecological: CIN 3 and adenocarcinoma in situ of the cervix (D06), VIN III (D07.1) and VAIN III (D07.2) are
  other_cancer in situ, history of them Z86; CIN 2, VIN I-II, LSIL, endometrial atypical hyperplasia / EIN (N85.02),
  serous and mucinous borderline tumours (D39.1), complete hydatidiform mole (O01) and invasive mole (D39.2, "malignant
  hydatidiform mole" is its inclusion term) are `none`; low- and high-grade serous carcinoma, microinvasive cervical
  carcinoma and choriocarcinoma (C58) are cancers.
- Precursors: DCIS and LCIS (D05.1, D05.0) are breast in situ; microinvasive carcinoma, Paget disease of the nipple and
  malignant phyllodes are breast C50; ADH, ALH and borderline phyllodes (D48.6) are `none`. Actinic keratosis,
  dysplastic naevi, high-grade PIN and ASAP (N42.3), Barrett oesophagus with low- or high-grade dysplasia (K22.71) are
  `none`; SCC in situ of skin (D04) and invasive cutaneous SCC or BCC (C44) are other_cancer; intramucosal (pT1a)
  adenocarcinoma in Barrett mucosa is oesophagus C15, other_cancer; AIN III (D01.3, anal canal) is colorectal in situ;
  lentigo maligna is melanoma in situ D03.
- Endocrine and CNS: Bethesda I-V, NIFTP and follicular adenoma are `none`, Bethesda VI and resected carcinoma C73; GIST
  is other_cancer C49 (C49.A); well-differentiated NETs of the gut and lung, typical and atypical carcinoid included,
  are other_cancer C7A (with C7B for their metastases); pituitary adenoma / PitNET and craniopharyngioma (D44.4) are
  `none`, pituitary carcinoma other_cancer C75; meningioma WHO grade 1 (D32) and grade 2 (D42) are `none`, grade 3
  (anaplastic, C70) is brain; a "neoplasm of uncertain behaviour" line is `none` unless the text gives the malignant
  diagnosis that replaced it; PUNLMP (D41.4) is `none`.
A metastasis label lists the primary's category with the secondary one (`"C7A|C7B"`).
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

FORMS: dict[str, list[Form]] = {
    "plasma_cell": [
        Form(
            "HEMATOLOGY CLINIC: IgG kappa smoldering multiple myeloma. M-spike 3.4 g/dL, bone marrow clonal "
            "plasma cells 14%, no hypercalcemia, renal insufficiency, anemia or bone lesions; free light chain "
            "ratio 18, MRI spine without focal lesions. Observation with labs every 3 months; discussed the "
            "trial of early lenalidomide.",
            "myeloma", "C90"),
        Form(
            "BONE MARROW BIOPSY: Hypercellular marrow (70%) with sheets of plasma cells, 62% CD138-positive, "
            "kappa-restricted by in situ hybridization. Diagnosis: plasma cell myeloma. FISH: t(4;14)(p16;q32) "
            "FGFR3::IGH, 1q gain. Comment: correlate with serum studies.",
            "myeloma", "C90"),
        Form(
            "Newly diagnosed IgA lambda multiple myeloma presenting with calcium 12.8, creatinine 2.1 and lytic "
            "lesions of the skull and pelvis on skeletal survey; R-ISS II. Cycle 1 of daratumumab, bortezomib, "
            "lenalidomide and dexamethasone starts today with zoledronic acid held for renal function.",
            "myeloma", "C90"),
        Form(
            "PATHOLOGY: T9 vertebral body, CT-guided core. Plasmacytoma, lambda-restricted. Staging marrow shows "
            "3% polytypic plasma cells and PET-CT shows no other lesion: solitary plasmacytoma of bone. "
            "Radiation oncology referral for 40 Gy in 20 fractions.",
            "myeloma", "C90"),
        Form(
            "ENT follow-up: the nasopharyngeal mass biopsied last week is an extramedullary plasmacytoma "
            "(CD138+, kappa-restricted, cyclin D1 negative); marrow without clonal plasma cells, no M-protein. "
            "Plan definitive radiotherapy to the nasopharynx.",
            "myeloma", "C90"),
        Form(
            "FLOW CYTOMETRY, PERIPHERAL BLOOD: Circulating clonal plasma cells (CD38 bright, CD138+, CD19-, "
            "CD56-, cytoplasmic lambda) comprise 28% of leukocytes, absolute 3.1 x10^9/L. Interpretation: "
            "primary plasma cell leukemia.",
            "myeloma", "C90"),
        Form(
            "Waldenstrom macroglobulinemia: IgM kappa 3.9 g/dL with blurred vision and retinal venous "
            "engorgement; marrow 40% lymphoplasmacytic infiltrate, MYD88 L265P mutated, CXCR4 wild type. "
            "Plasmapheresis done yesterday; bendamustine-rituximab to start next week.",
            "lymphoma", "C88|C83"),
        Form(
            "Problem list: Multiple myeloma, IgG kappa, ISS stage II (C90.00) - on cycle 4 of KRd; Type 2 "
            "diabetes; Hypertension.",
            "myeloma", "C90"),
        Form(
            "NEPHROLOGY CONSULT: Acute kidney injury with urine protein electrophoresis showing 4.2 g/day of "
            "lambda light chains and serum free lambda 2,140 mg/L. Kidney biopsy: light chain cast nephropathy. "
            "Marrow 45% lambda plasma cells. Assessment: light chain myeloma with cast nephropathy; hematology "
            "starting bortezomib-based therapy.",
            "myeloma", "C90"),
        Form(
            "HEMATOLOGY CLINIC: IgG kappa MGUS, M-spike 0.6 g/dL, free light chain ratio 1.9, marrow clonal "
            "plasma cells 4%, no CRAB features. Mayo low-risk. Annual SPEP and free light chains; return sooner "
            "for bone pain or fatigue.",
            "none", ""),
        Form(
            "IgM kappa monoclonal gammopathy of undetermined significance, 0.4 g/dL. Bone marrow shows no "
            "lymphoplasmacytic lymphoma and MYD88 testing is negative; no neuropathy, no cryoglobulins. Follow "
            "annually.",
            "none", ""),
        Form(
            "AMYLOID CLINIC: AL (lambda) amyloidosis with cardiac involvement, NT-proBNP 4,200, fat pad Congo "
            "red positive, mass spectrometry AL-lambda. Marrow 7% clonal plasma cells, no lytic lesions, no "
            "CRAB. Starting daratumumab-CyBorD.",
            "none", ""),
        Form(
            "Light-chain MGUS: free kappa 61 mg/L, lambda 12, ratio 5.1, no heavy chain M-protein, normal "
            "creatinine and calcium. Plasma cells 3% on marrow. Repeat light chains in 6 months.",
            "none", ""),
        Form(
            "BONE MARROW ASPIRATE: Reactive plasmacytosis (9%), polytypic by kappa/lambda in situ hybridization, "
            "in a patient with active rheumatoid arthritis. No evidence of a plasma cell neoplasm.",
            "none", ""),
        Form(
            "Hepatology note: polyclonal hypergammaglobulinemia (IgG 3,100 mg/dL) from autoimmune hepatitis; "
            "immunofixation shows no monoclonal band. Continue azathioprine.",
            "none", ""),
        Form(
            "ORDERS: SPEP with immunofixation, serum free light chains, skeletal survey. Indication: normocytic "
            "anemia and low back pain - rule out multiple myeloma.",
            "none", ""),
        Form(
            "RENAL PATHOLOGY: Proliferative glomerulonephritis with monoclonal IgG3 kappa deposits. Marrow 2% "
            "clonal plasma cells. Diagnosis: monoclonal gammopathy of renal significance; not myeloma. "
            "Clone-directed therapy to protect the kidney discussed.",
            "none", ""),
    ],
    "lymphoid": [
        Form(
            "FLOW CYTOMETRY, PERIPHERAL BLOOD: A kappa-restricted B-cell population coexpressing CD5 and CD23, "
            "dim CD20 and dim surface light chain, CD200 bright; absolute monoclonal B-cell count 11.4 x10^9/L. "
            "Interpretation: chronic lymphocytic leukemia. Matutes score 5.",
            "leukemia", "C91"),
        Form(
            "LYMPH NODE, LEFT AXILLA, EXCISION: Small lymphocytic lymphoma, with proliferation centers; CD5+, "
            "CD23+, LEF1+, cyclin D1 negative. Peripheral blood monoclonal B cells 1.2 x10^9/L, below the "
            "threshold for CLL. Staging CT shows bulky axillary and retroperitoneal nodes.",
            "lymphoma", "C83"),
        Form(
            "HEMATOLOGY CLINIC: Hairy cell leukemia - pancytopenia, splenomegaly 19 cm, circulating cells with "
            "hairy projections; flow CD11c, CD25, CD103 and CD123 positive, BRAF V600E detected. Cladribine "
            "planned after dental clearance.",
            "leukemia", "C91"),
        Form(
            "Neutropenia (ANC 0.3) in a woman with seropositive rheumatoid arthritis: T-cell large granular "
            "lymphocytic leukemia, CD3+CD8+CD57+ LGL 1.9 x10^9/L, clonal TRG rearrangement and STAT3 Y640F "
            "mutation. Start low-dose methotrexate.",
            "leukemia", "C91"),
        Form(
            "BONE MARROW: B-lymphoblastic leukemia, 82% blasts (CD19, CD10, CD34, TdT positive). Cytogenetics "
            "46,XX,t(9;22)(q34;q11.2); BCR::ABL1 p190 detected. 46-year-old woman; induction with dasatinib and "
            "steroids started.",
            "leukemia", "C91"),
        Form(
            "MEDIASTINAL MASS, CORE BIOPSY: T-lymphoblastic lymphoma (TdT+, CD1a+, CD3+). Staging marrow with "
            "12% lymphoblasts, which is below the 25% used for leukemia. 24-year-old man with SVC syndrome; "
            "hyper-CVAD started.",
            "lymphoma", "C83"),
        Form(
            "Hypercalcemia and a leukemic picture with flower cells in a man from Jamaica: HTLV-1 antibody "
            "positive, CD4+CD25+ T cells. Diagnosis: adult T-cell leukemia/lymphoma, acute type. Admitted for "
            "therapy.",
            "leukemia", "C91"),
        Form(
            "FLOW CYTOMETRY: 68% prolymphocytes with bright CD20 and bright surface lambda, CD5 negative; WBC "
            "186 x10^9/L, massive splenomegaly. Interpretation: B-cell prolymphocytic leukemia. TP53 deletion on "
            "FISH.",
            "leukemia", "C91"),
        Form(
            "Problem list: CLL (chronic lymphocytic leukemia), Rai stage II, IGHV unmutated, on acalabrutinib "
            "since March; Atrial fibrillation; CKD 3a.",
            "leukemia", "C91"),
        Form(
            "FLOW CYTOMETRY, PERIPHERAL BLOOD: A small CD5+ CD23+ kappa-restricted B-cell population, absolute "
            "0.9 x10^9/L; no lymphadenopathy, organomegaly or cytopenias on examination. Interpretation: "
            "monoclonal B-cell lymphocytosis, CLL phenotype, low count. Not CLL.",
            "none", ""),
        Form(
            "HEMATOLOGY CLINIC: Monoclonal B-cell lymphocytosis (high count), CLL-type clone of 3.8 x10^9/L, "
            "normal hemoglobin and platelets, no nodes on CT. Explained that this does not meet criteria for "
            "CLL; CBC yearly and skin cancer screening.",
            "none", ""),
        Form(
            "Lymphocytosis 9,800 with reactive atypical lymphocytes during infectious mononucleosis (heterophile "
            "positive, EBV VCA IgM positive). Flow polyclonal. Resolving.",
            "none", ""),
        Form(
            "Persistent polyclonal B-cell lymphocytosis with binucleated lymphocytes in a 38-year-old woman who "
            "smokes; polyclonal IgM raised, flow shows no light chain restriction. Advised smoking cessation; no "
            "treatment.",
            "none", ""),
        Form(
            "FLOW CYTOMETRY, LYMPH NODE FINE NEEDLE ASPIRATE: Polytypic B cells and mixed T cells. No "
            "immunophenotypic evidence of a lymphoproliferative disorder.",
            "none", ""),
        Form(
            "A small CD8+ CD57+ T-cell clone (0.3 x10^9/L) was found on flow for mild lymphocytosis; blood "
            "counts normal, no neutropenia or autoimmune disease. T-cell clone of uncertain significance; not "
            "leukemia. Repeat CBC in 12 months.",
            "none", ""),
        Form(
            "BONE MARROW FOR THROMBOCYTOPENIA IN A CHILD RECOVERING FROM PARVOVIRUS B19: Regenerating marrow "
            "with 6% hematogones (maturing B-cell precursors with a normal antigen continuum). No leukemia.",
            "none", ""),
        Form(
            "Her brother was diagnosed with CLL last year and she asks whether she should be screened. CBC with "
            "differential today is normal. No testing for monoclonal B cells recommended.",
            "none", ""),
    ],
    "myeloid": [
        Form(
            "BONE MARROW BIOPSY: Acute myeloid leukemia with mutated NPM1, 54% myeloblasts and monoblasts; "
            "FLT3-ITD positive (allelic ratio 0.6), normal karyotype. Induction 7+3 with midostaurin begins day "
            "1 tomorrow.",
            "leukemia", "C92"),
        Form(
            "Therapy-related AML: 64-year-old woman treated for breast cancer in 2019 with dose-dense AC-T, now "
            "with pancytopenia and 38% blasts; KMT2A::MLLT3 rearrangement. Admitted for induction; breast cancer "
            "without evidence of disease.",
            "leukemia", "C92"),
        Form(
            "HEMATOPATHOLOGY: AML with myelodysplasia-related changes (31% blasts, multilineage dysplasia, "
            "complex karyotype with -7 and del(5q)) evolving from MDS with excess blasts-2 diagnosed 2 years "
            "ago. CPX-351 discussed.",
            "leukemia", "C92"),
        Form(
            "ED note: bleeding gums, fibrinogen 68, smear with hypergranular promyelocytes and Auer rods in "
            "faggots. Hematology called; PML::RARA FISH positive, t(15;17). Acute promyelocytic leukemia - ATRA "
            "given in the ED, cryoprecipitate running.",
            "leukemia", "C92"),
        Form(
            "BONE MARROW: Chronic myelomonocytic leukemia (CMML-1): peripheral monocytes 1.6 x10^9/L (22% of "
            "leukocytes), blasts and promonocytes 3% in blood and 6% in marrow, dysgranulopoiesis; ASXL1 and "
            "TET2 mutated; BCR::ABL1 negative.",
            "leukemia", "C93"),
        Form(
            "HEMATOLOGY CLINIC: Myelodysplastic/myeloproliferative neoplasm, unclassifiable - WBC 24, platelets "
            "610, dysplasia in two lineages, 4% marrow blasts, JAK2 V617F and SF3B1 negative, BCR::ABL1 "
            "negative, criteria for CMML and aCML not met. Hydroxyurea for the leukocytosis.",
            "leukemia", "C94"),
        Form(
            "Atypical chronic myeloid leukemia, BCR::ABL1-negative: WBC 64 with 15% immature granulocytes and "
            "marked dysgranulopoiesis, monocytes < 10%, SETBP1 and ASXL1 mutations. Transplant consult placed.",
            "leukemia", "C92"),
        Form(
            "BREAST MASS, CORE BIOPSY: Sheets of immature myeloid cells, MPO+, CD34+, CD117+, lysozyme+; "
            "cytokeratin negative. Diagnosis: myeloid sarcoma. Staging marrow without leukemia. Plan AML-type "
            "induction.",
            "leukemia", "C92"),
        Form(
            "Gum hypertrophy and WBC 96 with 80% monoblasts and promonocytes, nonspecific esterase positive; "
            "acute monocytic leukemia (AML with monocytic differentiation). Leukapheresis considered for "
            "leukostasis.",
            "leukemia", "C92|C93"),
        Form(
            "CYTOGENETICS: 46,XY,inv(16)(p13.1q22)[18]/46,XY[2]; CBFB::MYH11 fusion confirmed. Marrow blasts "
            "14%. Comment: this rearrangement is diagnostic of acute myeloid leukemia regardless of the blast "
            "count.",
            "leukemia", "C92"),
        Form(
            "BONE MARROW: Myelodysplastic syndrome with excess blasts-2 (MDS-EB-2): 14% blasts, trilineage "
            "dysplasia, complex karyotype; no AML-defining genetic abnormality. IPSS-R very high. Azacitidine "
            "and transplant evaluation.",
            "none", ""),
        Form(
            "MDS with isolated del(5q): macrocytic anemia, transfusion dependent, platelets 420, blasts 2%. "
            "Lower-risk by IPSS-R. Lenalidomide 10 mg daily started.",
            "none", ""),
        Form(
            "HEMATOLOGY CLINIC: Lower-risk myelodysplastic neoplasm with ring sideroblasts (SF3B1 K700E, 40% "
            "ring sideroblasts), hemoglobin 8.1, blasts 1%. Luspatercept every 3 weeks; ferritin monitoring.",
            "none", ""),
        Form(
            "Clonal hematopoiesis of indeterminate potential: DNMT3A R882H at 8% variant allele fraction found "
            "on tumor-normal sequencing; CBC normal, no dysplasia. Cardiology risk factor review; repeat CBC "
            "yearly.",
            "none", ""),
        Form(
            "WBC 52,000 with left shift and toxic granulation during Clostridioides difficile colitis; leukocyte "
            "alkaline phosphatase high, BCR::ABL1 negative. Leukemoid reaction, improving with vancomycin.",
            "none", ""),
        Form(
            "SMEAR REVIEW: Left shift with 2% circulating blasts and myelocytes in a healthy stem-cell donor "
            "receiving filgrastim for mobilization; flow cytometry shows no aberrant myeloid blast population. "
            "Findings are attributed to growth factor.",
            "none", ""),
        Form(
            "BONE MARROW BIOPSY: Markedly hypocellular marrow (5%) without dysplasia, fibrosis or increased "
            "blasts; normal karyotype; PNH clone 4%. Severe aplastic anemia. Horse ATG, cyclosporine and "
            "eltrombopag.",
            "none", ""),
    ],
    "mpn": [
        Form(
            "HEMATOLOGY CLINIC: Chronic myeloid leukemia, chronic phase - WBC 142 with basophilia, splenomegaly, "
            "BCR::ABL1 p210 42% IS, Sokal intermediate. Imatinib 400 mg daily started; PCR at 3 months.",
            "leukemia", "C92"),
        Form(
            "CML in lymphoid blast crisis: 5 years on imatinib with loss of response, now 46% TdT+ CD19+ blasts "
            "and an ABL1 T315I mutation. Admitted for ponatinib with hyper-CVAD.",
            "leukemia", "C92"),
        Form(
            "BONE MARROW: Post-essential thrombocythemia myelofibrosis in blast phase - 24% CD34+ blasts with "
            "MF-3 reticulin fibrosis, CALR type 1 and TP53 mutated. Diagnosis: acute myeloid leukemia arising "
            "from a myeloproliferative neoplasm.",
            "leukemia", "C92"),
        Form(
            "CYTOGENETICS: Karyotype 46,XY,t(9;22)(q34;q11.2)[20]. FISH BCR::ABL1 fusion in 96% of nuclei. "
            "Interpretation: consistent with chronic myeloid leukemia in a patient with leukocytosis; correlate "
            "with marrow morphology for phase.",
            "leukemia", "C92"),
        Form(
            "Juvenile myelomonocytic leukemia in a 2-year-old with neurofibromatosis type 1: monocytosis 3.2 "
            "x10^9/L, splenomegaly, elevated HbF, hypersensitivity to GM-CSF; NF1 loss confirmed. Transplant "
            "search begun.",
            "leukemia", "C93"),
        Form(
            "CML, accelerated phase by blasts 12% and clonal evolution (additional Ph, +8); switched from "
            "dasatinib to bosutinib and HLA typing sent.",
            "leukemia", "C92"),
        Form(
            "Problem list: Chronic myeloid leukemia, BCR/ABL-positive (C92.10) - nilotinib, major molecular "
            "response not yet achieved; Hyperlipidemia; GERD.",
            "leukemia", "C92"),
        Form(
            "Polycythemia vera: hematocrit 56% with JAK2 V617F 38%, low serum erythropoietin, pruritus after "
            "bathing. Phlebotomy to keep hematocrit under 45%, aspirin 81 mg; hydroxyurea because she is over 60.",
            "none", ""),
        Form(
            "HEMATOLOGY CLINIC: Essential thrombocythemia, CALR type 2 mutated, platelets 980, marrow with "
            "clustered large hyperlobated megakaryocytes, no fibrosis. Low-risk by IPSET; aspirin only.",
            "none", ""),
        Form(
            "Primary myelofibrosis, DIPSS intermediate-2: splenomegaly 24 cm, hemoglobin 9.2, "
            "leukoerythroblastic smear, marrow MF-3 fibrosis, JAK2 V617F; blasts 2%. Ruxolitinib 15 mg twice "
            "daily.",
            "none", ""),
        Form(
            "BONE MARROW BIOPSY: Post-polycythemia vera myelofibrosis (MF-2 reticulin), blasts 3% by CD34, no "
            "evidence of transformation. Momelotinib for anemia.",
            "none", ""),
        Form(
            "Chronic neutrophilic leukemia: neutrophils 38 x10^9/L without dysplasia or immature forms, CSF3R "
            "T618I mutated, BCR::ABL1 negative. Hydroxyurea; ruxolitinib if refractory.",
            "none", ""),
        Form(
            "Hypereosinophilic syndrome: eosinophils 4.8 x10^9/L for 8 months with eosinophilic myocarditis; "
            "FIP1L1::PDGFRA, PDGFRB and FGFR1 negative, no clonal T cells, stool negative for Strongyloides. "
            "Prednisone started.",
            "none", ""),
        Form(
            "Erythrocytosis (hematocrit 54%) on testosterone cypionate; JAK2 negative, erythropoietin normal. "
            "Secondary polycythemia - testosterone dose reduced, no phlebotomy needed.",
            "none", ""),
        Form(
            "Platelets 720 with ferritin 5 and heavy menses; reactive thrombocytosis from iron deficiency. "
            "JAK2/CALR/MPL not sent. Ferric carboxymaltose; recheck in 8 weeks.",
            "none", ""),
        Form(
            "HEMATOLOGY CLINIC: Thrombocytosis 650 persisting 6 months, triple-negative for JAK2, CALR and MPL; "
            "marrow biopsy scheduled to look for a myeloproliferative neoplasm. No diagnosis yet.",
            "none", ""),
        Form(
            "Prefibrotic primary myelofibrosis (MF-1), platelets 880, LDH mildly raised, JAK2 V617F; low risk. "
            "Aspirin and observation; counts in 3 months.",
            "none", ""),
    ],
    "lymphoma": [
        Form(
            "LYMPHOMA CLINIC: Follicular lymphoma, grade 1-2, stage III, FLIPI 2, low tumor burden by GELF "
            "criteria (largest node 4 cm, no B symptoms). Watch and wait; CT in 6 months.",
            "lymphoma", "C82"),
        Form(
            "LYMPH NODE, RIGHT INGUINAL, EXCISION: Follicular lymphoma, grade 3B (solid sheets of centroblasts "
            "within follicles), BCL2 positive, Ki-67 80%; no diffuse areas identified.",
            "lymphoma", "C82"),
        Form(
            "PET-directed biopsy of an SUV 22 retroperitoneal node in a man with follicular lymphoma since 2017: "
            "diffuse large B-cell lymphoma, germinal center type, transformed from follicular lymphoma. R-CHOP "
            "planned.",
            "lymphoma", "C83|C82"),
        Form(
            "GASTRIC BIOPSIES: Extranodal marginal zone lymphoma of mucosa-associated lymphoid tissue (MALT "
            "lymphoma) with lymphoepithelial lesions; Helicobacter pylori organisms present; t(11;18) not "
            "detected. H. pylori eradication therapy first.",
            "lymphoma", "C88"),
        Form(
            "SPLENECTOMY: Splenic marginal zone lymphoma, micronodular white pulp pattern, CD20+, CD5-, CD10-, "
            "annexin A1 negative; villous lymphocytes in blood.",
            "lymphoma", "C83"),
        Form(
            "Mantle cell lymphoma, blastoid variant, cyclin D1 and SOX11 positive, Ki-67 60%, TP53 mutated; "
            "stage IV with GI involvement. Starting BTK inhibitor-based induction.",
            "lymphoma", "C83"),
        Form(
            "LYMPH NODE, CERVICAL: Peripheral T-cell lymphoma, not otherwise specified - CD3+, CD4+, loss of "
            "CD7, clonal TRG; TFH markers negative (PD-1, ICOS, CXCL13). Stage IV by PET. CHOEP.",
            "lymphoma", "C84"),
        Form(
            "MEDIASTINAL MASS: Classic Hodgkin lymphoma, nodular sclerosis type; Reed-Sternberg cells CD30+, "
            "CD15+, PAX5 dim, CD45-. Stage IIB bulky. ABVD versus escalated BEACOPP discussed.",
            "lymphoma", "C81"),
        Form(
            "TRANSPLANT NEPHROLOGY: 3 years after kidney transplant, EBV-positive monomorphic PTLD, diffuse "
            "large B-cell lymphoma type, in a mesenteric mass. Tacrolimus reduced; rituximab started.",
            "lymphoma", "C83"),
        Form(
            "DERMATOLOGY: violaceous plaques and nodules on the trunk; skin biopsy CD4+, CD56+, CD123+, TCL1+, "
            "MPO-negative: blastic plasmacytoid dendritic cell neoplasm. Marrow involvement 8%. Tagraxofusp "
            "referral.",
            "lymphoma", "C86"),
        Form(
            "MRI-guided stereotactic brain biopsy, periventricular enhancing lesion: primary central nervous "
            "system lymphoma, diffuse large B-cell type, CD10-, MUM1+. HIV negative, no systemic disease on PET. "
            "High-dose methotrexate-based induction.",
            "lymphoma", "C83|C85"),
        Form(
            "Mycosis fungoides, stage IB (patches and plaques over 15% of the skin), clonal TCR in two sites, no "
            "blood involvement. Topical steroids and narrowband UVB.",
            "lymphoma", "C84"),
        Form(
            "KIDNEY TRANSPLANT CLINIC: Early (non-destructive) PTLD, plasmacytic hyperplasia type, in a tonsil "
            "removed for obstruction; EBV-positive, polyclonal. Immunosuppression reduced; not a lymphoma.",
            "none", ""),
        Form(
            "LYMPH NODE, MEDIASTINAL, EXCISION: Unicentric Castleman disease, hyaline vascular type; no light "
            "chain restriction, HHV-8 negative. Resection curative.",
            "none", ""),
        Form(
            "LYMPH NODE, INGUINAL: Reactive follicular hyperplasia with polarized germinal centers, BCL2 "
            "negative in germinal centers; IgH clonality not detected. No evidence of lymphoma.",
            "none", ""),
        Form(
            "LYMPH NODE, LEFT POSTERIOR CERVICAL, EXCISION: Histiocytic necrotizing lymphadenitis "
            "(Kikuchi-Fujimoto disease) - patchy necrosis with karyorrhectic debris and crescentic histiocytes, "
            "no neutrophils; no lymphoma. Supportive care.",
            "none", ""),
        Form(
            "IgG4-related disease with generalized lymphadenopathy and submandibular gland swelling; serum IgG4 "
            "610 mg/dL, node biopsy with IgG4/IgG plasma cell ratio 55% and no clonal population. Prednisone "
            "taper.",
            "none", ""),
        Form(
            "NECK NODE CORE: Atypical lymphoid infiltrate; material limited, lymphoma cannot be excluded. "
            "Excisional biopsy recommended. Scheduled for next week.",
            "none", ""),
    ],
    "histio_mast": [
        Form(
            "PEDIATRIC ONCOLOGY: Multisystem Langerhans cell histiocytosis (risk-organ positive: liver and "
            "spleen), seborrheic rash and skull lesions; CD1a+, langerin+, BRAF V600E. Vinblastine and "
            "prednisone induction.",
            "other_cancer", "C96"),
        Form(
            "PATHOLOGY, LEFT PARIETAL SKULL LESION, CURETTAGE: Langerhans cell histiocytosis (eosinophilic "
            "granuloma), CD1a and langerin positive; skeletal survey shows no other lesion. Unifocal disease; "
            "observation after curettage.",
            "other_cancer", "C96"),
        Form(
            "SOFT TISSUE MASS, THIGH: Histiocytic sarcoma - large pleomorphic cells positive for CD163, CD68 and "
            "lysozyme, negative for CD1a, langerin, myeloid and dendritic cell markers. Wide excision and "
            "radiation.",
            "other_cancer", "C96"),
        Form(
            "CERVICAL NODE: Follicular dendritic cell sarcoma (CD21, CD23, CD35 positive spindle cells, "
            "clusterin +). Staging PET shows no distant disease.",
            "other_cancer", "C96"),
        Form(
            "BONE MARROW: Aggressive systemic mastocytosis - multifocal dense mast cell aggregates 40% of "
            "cellularity, KIT D816V, tryptase 380, ascites and weight loss from organ infiltration (C-findings). "
            "Midostaurin.",
            "other_cancer", "C96"),
        Form(
            "Mast cell leukemia: 32% atypical immature mast cells on the marrow aspirate, circulating mast cells "
            "12%, tryptase 1,100, KIT D816V. Avapritinib and transplant referral.",
            "leukemia", "C94"),
        Form(
            "Hand-Schuller-Christian pattern of Langerhans cell histiocytosis in a 6-year-old: multifocal bone "
            "lesions, diabetes insipidus and exophthalmos; cytarabine started.",
            "other_cancer", "C96"),
        Form(
            "Indolent systemic mastocytosis: serum tryptase 45, KIT D816V on peripheral blood, marrow mast cell "
            "aggregates 10% with CD25 expression, no organ damage. Antihistamines, cromolyn and an epinephrine "
            "autoinjector.",
            "none", ""),
        Form(
            "HEMATOLOGY CLINIC: Smoldering systemic mastocytosis (two B-findings: marrow infiltration 35% and "
            "hepatomegaly without dysfunction), no C-findings. Observation.",
            "none", ""),
        Form(
            "Urticaria pigmentosa (maculopapular cutaneous mastocytosis) in a 14-month-old, positive Darier "
            "sign; tryptase 6. Avoid triggers; expected to regress by adolescence.",
            "none", ""),
        Form(
            "Mast cell activation syndrome: episodic flushing and hypotension with tryptase rising from 5 to 11 "
            "during an episode; marrow without mast cell aggregates, KIT negative. H1/H2 blockers.",
            "none", ""),
        Form(
            "LYMPH NODE, SUBMANDIBULAR: Rosai-Dorfman disease - sinus histiocytosis with massive "
            "lymphadenopathy, S100+ histiocytes with emperipolesis. Observation.",
            "none", ""),
        Form(
            "Hemophagocytic lymphohistiocytosis secondary to EBV: ferritin 42,000, fever, cytopenias, soluble "
            "CD25 high, hemophagocytosis in the marrow; HLH-94 etoposide and dexamethasone.",
            "none", ""),
        Form(
            "PULMONARY CLINIC: Adult pulmonary Langerhans cell histiocytosis in a 40-pack-year smoker - "
            "upper-lobe nodules and cysts, transbronchial biopsy CD1a+. Smoking cessation is the treatment.",
            "none", ""),
        Form(
            "DERMATOPATHOLOGY: Juvenile xanthogranuloma, scalp papule in an infant - Touton giant cells, CD163+, "
            "S100-, CD1a-. Benign; expected to resolve.",
            "none", ""),
    ],
    "remission": [
        Form(
            "LEUKEMIA CLINIC: AML with mutated NPM1 in first complete remission after 7+3 and three cycles of "
            "high-dose cytarabine; NPM1 MRD negative by qPCR. Observation with MRD every 3 months. Diagnosis: "
            "acute myeloid leukemia, in remission (C92.01).",
            "leukemia", "C92"),
        Form(
            "Problem list: Multiple myeloma in remission (stringent CR, off therapy since 2021 by patient "
            "choice); Osteoporosis; Peripheral neuropathy from bortezomib.",
            "myeloma", "C90"),
        Form(
            "Myeloma follow-up: IgG lambda myeloma in very good partial response after autologous transplant; "
            "continues lenalidomide 10 mg maintenance. M-spike trace, free light chains normal.",
            "myeloma", "C90"),
        Form(
            "CLL relapsed 4 years after FCR with rising lymphocyte count, new cytopenias and 17p deletion now "
            "present; venetoclax ramp-up with obinutuzumab started.",
            "leukemia", "C91"),
        Form(
            "CML follow-up: in treatment-free remission since stopping imatinib in March 2022 after 8 years with "
            "deep molecular response; BCR::ABL1 remains undetectable on monthly PCR.",
            "leukemia", "C92"),
        Form(
            "Hairy cell leukemia treated with cladribine in 2015, remains in complete remission without therapy; "
            "CBC normal today. Diagnosis: hairy cell leukemia, in remission.",
            "leukemia", "C91"),
        Form(
            "Biopsy-proven relapse of diffuse large B-cell lymphoma in the left iliac nodes 22 months after "
            "R-CHOP; CAR T-cell referral and bridging radiation.",
            "lymphoma", "C83"),
        Form(
            "Follicular lymphoma in complete metabolic remission after bendamustine-obinutuzumab; on "
            "obinutuzumab maintenance every 2 months, dose 5 of 12 today.",
            "lymphoma", "C82"),
        Form(
            "Classic Hodgkin lymphoma relapsed after ABVD, biopsy confirmed; brentuximab vedotin with nivolumab "
            "as salvage before autologous transplant.",
            "lymphoma", "C81"),
        Form(
            "B-ALL, refractory: 35% blasts persisting after induction - acute lymphoblastic leukemia, not having "
            "achieved remission. Blinatumomab started.",
            "leukemia", "C91"),
        Form(
            "CARDIO-ONCOLOGY: Hodgkin lymphoma in 1995 treated with mantle-field radiation and ABVD, cured, no "
            "recurrence. Now with aortic stenosis and coronary disease attributed to chest radiation.",
            "lymphoma", "Z85"),
        Form(
            "LONG-TERM SURVIVOR CLINIC: History of acute lymphoblastic leukemia at age 6 (1999), completed "
            "therapy 2002 including cranial radiation; no treatment since. Screening for late effects: thyroid, "
            "bone density, echocardiogram.",
            "leukemia", "Z85"),
        Form(
            "Dermatology: chronic graft-versus-host disease of the skin on ruxolitinib. History of AML, "
            "allogeneic transplant in 2011, no leukemia therapy since.",
            "leukemia", "Z85"),
        Form(
            "Problem list: Personal history of non-Hodgkin lymphoma (Z85.72) - splenic marginal zone lymphoma "
            "treated with rituximab 2008; Hypothyroidism.",
            "lymphoma", "Z85"),
        Form(
            "Immune thrombocytopenia in remission after rituximab; platelets 210. No bleeding. Continue to "
            "monitor counts.",
            "none", ""),
        Form(
            "Autoimmune hemolytic anemia (warm, IgG) in remission after prednisone taper; hemoglobin 13.4, LDH "
            "normal, DAT weakly positive.",
            "none", ""),
        Form(
            "BONE MARROW FOR PANCYTOPENIA: Normocellular marrow with trilineage hematopoiesis; no increased "
            "blasts, no dysplasia, no lymphoma. Cytopenias attributed to alcohol and B12 deficiency.",
            "none", ""),
        Form(
            "Her father had AML and died after transplant; she is being HLA typed as a possible donor for her "
            "brother's aplastic anemia. Her own CBC is normal.",
            "none", ""),
    ],
    "gyn": [
        Form(
            "COLPOSCOPY CLINIC: LEEP cone shows CIN 3 (severe dysplasia/carcinoma in situ) involving "
            "endocervical glands, margins negative; no invasion. Co-testing in 6 months.",
            "other_cancer", "D06"),
        Form(
            "CERVIX, COLD KNIFE CONE: Adenocarcinoma in situ (AIS), HPV-associated, margins clear by 3 mm. No "
            "invasive adenocarcinoma. Simple hysterectomy discussed after childbearing.",
            "other_cancer", "D06"),
        Form(
            "VULVA, LEFT LABIUM MAJUS, EXCISION: VIN III (usual-type, HPV-associated high-grade squamous "
            "intraepithelial lesion), p16 block positive; margins free; no invasion.",
            "other_cancer", "D07"),
        Form(
            "Vaginal apex biopsy 9 years after hysterectomy for CIN: VAIN 3, multifocal; imiquimod versus laser "
            "ablation discussed.",
            "other_cancer", "D07"),
        Form(
            "OVARY, RIGHT, SALPINGO-OOPHORECTOMY: Low-grade serous carcinoma arising in a serous borderline "
            "tumor, destructive stromal invasion over 5 mm, KRAS mutated. Staging omentectomy pending.",
            "other_cancer", "C56"),
        Form(
            "UTERUS, HYSTERECTOMY: Endometrioid adenocarcinoma, FIGO grade 1, arising in atypical hyperplasia; "
            "invasion 3 of 16 mm of myometrium, no LVSI; stage IA. MMR proficient.",
            "uterine", "C54"),
        Form(
            "GESTATIONAL TROPHOBLASTIC NEOPLASIA: choriocarcinoma after a term delivery, hCG 410,000, lung "
            "metastases on CT, FIGO score 8 (high risk). EMA-CO chemotherapy.",
            "other_cancer", "C58|C78"),
        Form(
            "High-grade serous carcinoma, tubo-ovarian primary, with a serous tubal intraepithelial carcinoma in "
            "the fimbria and omental cake; stage IIIC. Neoadjuvant carboplatin-paclitaxel.",
            "other_cancer", "C56|C57|C48"),
        Form(
            "CERVIX, CONE: Superficially invasive squamous cell carcinoma, 2.1 mm depth, 4 mm width, no LVSI - "
            "FIGO stage IA1. Background CIN 3.",
            "other_cancer", "C53"),
        Form(
            "Gynecology follow-up: history of CIN 3 treated by LEEP in 2014; co-tests negative since. Routine "
            "screening every 3 years.",
            "other_cancer", "Z86"),
        Form(
            "OVARY, LEFT, CYSTECTOMY: Serous borderline tumor (atypical proliferative serous tumor), 6 cm, no "
            "microinvasion, no micropapillary pattern; surface uninvolved. Fertility-sparing surgery adequate.",
            "none", ""),
        Form(
            "Mucinous borderline tumor of the right ovary, intestinal type, 18 cm, stage IA after unilateral "
            "salpingo-oophorectomy. No chemotherapy; ultrasound surveillance.",
            "none", ""),
        Form(
            "CERVIX, COLPOSCOPIC BIOPSY AT 6 O'CLOCK: CIN 2 (moderate dysplasia), p16 positive. At 23 years old, "
            "observation with colposcopy every 6 months is acceptable.",
            "none", ""),
        Form(
            "VULVA, BIOPSY: Low-grade squamous intraepithelial lesion (VIN 1 / condyloma acuminatum). Imiquimod.",
            "none", ""),
        Form(
            "ENDOMETRIAL BIOPSY: Atypical endometrial hyperplasia / endometrial intraepithelial neoplasia (EIN). "
            "No carcinoma. Hysterectomy recommended; levonorgestrel IUD if fertility desired.",
            "none", ""),
        Form(
            "Complete hydatidiform mole evacuated by suction curettage 10 weeks ago; hCG normal for 3 "
            "consecutive weeks. Contraception for 6 months of hCG monitoring.",
            "none", ""),
        Form(
            "Invasive mole (chorioadenoma destruens): persistent hCG plateau after molar evacuation with "
            "myometrial invasion on MRI, no metastases, FIGO score 3. Single-agent methotrexate.",
            "none", ""),
    ],
    "precursor": [
        Form(
            "BREAST, LEFT, LUMPECTOMY: Ductal carcinoma in situ, intermediate nuclear grade, cribriform and "
            "solid, 2.4 cm, with comedonecrosis; margins 3 mm; ER positive. No invasive carcinoma.",
            "breast", "D05"),
        Form(
            "BREAST, RIGHT, ULTRASOUND-GUIDED CORE: Lobular carcinoma in situ, classic type, E-cadherin "
            "negative; concordant. Surgical consult.",
            "breast", "D05"),
        Form(
            "BREAST, RIGHT, MASTECTOMY: Extensive high-grade DCIS with a single focus of microinvasive carcinoma "
            "measuring 0.7 mm (pT1mi). Sentinel node negative.",
            "breast", "C50"),
        Form(
            "Eczematous, crusted nipple for 4 months; punch biopsy shows Paget disease of the nipple (CK7+, HER2 "
            "3+ intraepidermal cells). Mammogram and MRI without an underlying mass.",
            "breast", "C50"),
        Form(
            "BREAST, LEFT, WIDE EXCISION: Malignant phyllodes tumor, 7 cm, marked stromal atypia and overgrowth, "
            "14 mitoses per 10 HPF, infiltrative border; margin 1 mm.",
            "breast", "C50"),
        Form(
            "SKIN, LEFT SHIN, SHAVE: Squamous cell carcinoma in situ (Bowen disease), extending to the "
            "peripheral margin. Re-excision or 5-fluorouracil cream.",
            "other_cancer", "D04"),
        Form(
            "SKIN, RIGHT CHEEK, EXCISION: Invasive squamous cell carcinoma, well differentiated, arising in a "
            "hypertrophic actinic keratosis; depth 2.1 mm, margins clear.",
            "other_cancer", "C44"),
        Form(
            "EMR, DISTAL ESOPHAGUS, BARRETT SEGMENT C4M6: Intramucosal adenocarcinoma (pT1a, invasion of lamina "
            "propria), well differentiated, deep margin negative, no lymphovascular invasion. Ablation of "
            "residual Barrett mucosa planned.",
            "other_cancer", "C15"),
        Form(
            "ANAL CANAL, HIGH-RESOLUTION ANOSCOPY BIOPSY: Anal intraepithelial neoplasia III (AIN III), p16 "
            "block positive. Infrared coagulation planned. HIV well controlled.",
            "colorectal", "D01"),
        Form(
            "SKIN, LEFT CHEEK: Lentigo maligna (melanoma in situ), chronically sun-damaged skin; peripheral "
            "margins involved. Staged excision.",
            "melanoma", "D03"),
        Form(
            "BREAST, LEFT, CORE: Atypical ductal hyperplasia, 2 foci, with calcifications. Upgrade risk "
            "discussed; surgical excision recommended.",
            "none", ""),
        Form(
            "BREAST, RIGHT, REDUCTION MAMMOPLASTY: Atypical lobular hyperplasia, incidental, and fibrocystic "
            "change. Risk counseling; consider tamoxifen for prevention.",
            "none", ""),
        Form(
            "BREAST, LEFT, EXCISION: Borderline phyllodes tumor, 4.5 cm, moderate stromal atypia, 7 mitoses per "
            "10 HPF, margins negative.",
            "none", ""),
        Form(
            "Dermatology: multiple actinic keratoses on the scalp and dorsal hands, one hypertrophic; field "
            "treatment with 5-fluorouracil 4 weeks. No biopsy needed.",
            "none", ""),
        Form(
            "GI clinic: Barrett esophagus with high-grade dysplasia (confirmed by two pathologists), no visible "
            "lesion; radiofrequency ablation scheduled.",
            "none", ""),
        Form(
            "PROSTATE NEEDLE BIOPSIES: High-grade prostatic intraepithelial neoplasia in 3 of 12 cores; atypical "
            "small acinar proliferation in the left base. No carcinoma. MRI-targeted repeat biopsy advised.",
            "none", ""),
        Form(
            "SKIN, BACK, EXCISION: Compound dysplastic nevus with severe cytologic atypia, margins clear. No "
            "melanoma. Annual full-skin examination.",
            "none", ""),
    ],
    "endocrine_cns": [
        Form(
            "THYROID FNA, RIGHT LOBE 2.6 CM NODULE: Bethesda category VI, malignant - papillary thyroid "
            "carcinoma (nuclear grooves, pseudoinclusions, psammoma bodies). Total thyroidectomy planned.",
            "thyroid", "C73"),
        Form(
            "THYROID, LEFT LOBECTOMY (prior FNA Bethesda V, suspicious for malignancy): Invasive encapsulated "
            "follicular variant of papillary thyroid carcinoma, 2.2 cm, capsular invasion; completion "
            "thyroidectomy to be discussed.",
            "thyroid", "C73"),
        Form(
            "STOMACH, WEDGE RESECTION: Gastrointestinal stromal tumor, spindle cell type, 8.5 cm, 12 mitoses per "
            "5 mm2 - high risk of progression; KIT exon 11 deletion. Adjuvant imatinib for 3 years.",
            "other_cancer", "C49"),
        Form(
            "Well-differentiated neuroendocrine tumor of the terminal ileum, G2 (Ki-67 6%), with multiple liver "
            "metastases and carcinoid syndrome (flushing, 5-HIAA raised). Lanreotide monthly; Ga-68 dotatate "
            "avid.",
            "other_cancer", "C7A|C7B"),
        Form(
            "APPENDIX, APPENDECTOMY FOR APPENDICITIS: Incidental well-differentiated neuroendocrine tumor, G1 "
            "(Ki-67 under 1%), 1.1 cm, at the tip, confined to the muscularis propria; margins negative. No "
            "further surgery.",
            "other_cancer", "C7A"),
        Form(
            "LUNG, RIGHT MIDDLE LOBE, LOBECTOMY: Typical carcinoid tumor, 2.3 cm, 1 mitosis per 2 mm2, no "
            "necrosis; 0 of 9 nodes. Follow-up CT yearly.",
            "other_cancer", "C7A"),
        Form(
            "Anaplastic (malignant) meningioma, CNS WHO grade 3, left frontal convexity - 25 mitoses per 10 HPF, "
            "TERT promoter mutation. Gross total resection; adjuvant radiation 60 Gy.",
            "brain", "C70"),
        Form(
            "NEURO-ONCOLOGY: Pituitary carcinoma (metastatic corticotroph PitNET) with spinal drop metastases "
            "after three resections; temozolomide started.",
            "other_cancer", "C75|C79"),
        Form(
            "COLONOSCOPY PATHOLOGY: Rectum, 7 mm submucosal nodule removed by EMR - well-differentiated "
            "neuroendocrine tumor, G1, margins clear, no lymphovascular invasion.",
            "other_cancer", "C7A"),
        Form(
            "Problem list: Neoplasm of uncertain behavior of skin (D48.5) - entered at the shave biopsy; "
            "pathology returned nodular basal cell carcinoma, Mohs booked.",
            "other_cancer", "C44"),
        Form(
            "THYROID FNA: Bethesda category IV, follicular neoplasm. Diagnostic lobectomy recommended; molecular "
            "testing declined.",
            "none", ""),
        Form(
            "THYROID FNA, LEFT 1.8 CM NODULE: Bethesda III, atypia of undetermined significance; Afirma GSC "
            "benign. Ultrasound in 12 months.",
            "none", ""),
        Form(
            "THYROID, RIGHT LOBECTOMY: Noninvasive follicular thyroid neoplasm with papillary-like nuclear "
            "features (NIFTP), 2.9 cm, completely encapsulated. No completion thyroidectomy.",
            "none", ""),
        Form(
            "NEUROSURGERY: Right sphenoid wing meningioma, CNS WHO grade 1 (meningothelial), Simpson grade II "
            "resection. MRI in 6 months.",
            "none", ""),
        Form(
            "BRAIN, PARASAGITTAL MASS: Atypical meningioma, CNS WHO grade 2 (5 mitoses per 10 HPF, brain "
            "invasion). Radiation after subtotal resection discussed.",
            "none", ""),
        Form(
            "Prolactin 2,400 with a 2.1 cm pituitary macroadenoma (lactotroph PitNET) compressing the chiasm; "
            "cabergoline started, fields to be repeated.",
            "none", ""),
        Form(
            "Adamantinomatous craniopharyngioma in a 9-year-old with headache and growth failure; subtotal "
            "resection and proton therapy to the residual.",
            "none", ""),
        Form(
            "BLADDER, TURBT: Papillary urothelial neoplasm of low malignant potential (PUNLMP), 1.2 cm; "
            "muscularis propria present and uninvolved. Problem list updated: neoplasm of uncertain behavior of "
            "bladder (D41.4).",
            "none", ""),
    ],
}

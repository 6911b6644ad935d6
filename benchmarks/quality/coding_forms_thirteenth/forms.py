"""The thirteenth family: the cancer and its ICD-10-CM category in genres and disease groups no earlier family holds a
class for.

Written blind 2026-12-05 by someone who had not read the coder, its rules or vocabularies, its tests, or the other
families' forms; only DESIGN.md (the 17 types and their ICD-10-CM ranges), issue 17, the probe, the `Form` class,
`forms_probe.form_part`, the labelling rules of tests/fixtures/mtsamples_gold_README.md, the other families' module
docstrings (to choose classes they hold none of, and to follow their labelling decisions) and the first screen and
closing dict of the twelfth forms file (layout). Committed before the probe was first run on it. Every ICD-10-CM
category below was checked against the tabular list of the pinned `simple-icd-10-cm`
(tests/benchmarks/test_coding_forms_late_families.py does it again). One module: `FORMS` maps class -> forms; every
class holds cancer and `none` forms (about 30% `none` overall).

Classes:
- endocrine: adrenocortical carcinoma C74, metastatic paraganglioma C75, parathyroid carcinoma C75, medullary thyroid
  carcinoma in MEN2A and anaplastic thyroid carcinoma C73, primary thyroid lymphoma C83, an adrenal metastasis of
  lung cancer C34; pheochromocytoma without metastasis (D35.0), parathyroid adenoma, prolactinoma and a prophylactic
  thyroidectomy in a RET carrier showing C-cell hyperplasia only -> `none`;
- myeloid: borderline and chronic haematology: CMML C93, CML C92, aggressive systemic mastocytosis C96, smouldering
  myeloma C90, Waldenstrom macroglobulinaemia C88, AML arising from MDS C92, T-cell large granular lymphocytic
  leukaemia C91; polycythaemia vera, MDS with ring sideroblasts, indolent systemic mastocytosis, MGUS -> `none`;
- death: death certificates (cause-of-death chains), autopsy reports, hospice admissions, death pronouncements and
  bereavement calls; a cause-of-death chain without cancer, an autopsy that found no malignancy, a widower's call
  about his wife's cancer -> `none`; an incidental cancer found at autopsy counts; an unknown primary at autopsy is
  C80 or the secondary category;
- cdi: clinical documentation integrity queries, their answers and coder notes, where the answer decides; queries
  answered "unable to determine / biopsy pending", a rule-out the coder may not code, and an answer of a benign
  tumour -> `none`;
- ocular: choroidal melanoma (melanoma, C69), conjunctival squamous cell carcinoma and retinoblastoma (C69,
  other_cancer), ocular adnexal MALT lymphoma C88, vitreoretinal lymphoma C83, eyelid basal cell carcinoma C44,
  eyelid melanoma C43, a choroidal metastasis of breast cancer C50; choroidal naevus, primary acquired melanosis
  without atypia, circumscribed choroidal haemangioma -> `none`;
- oral: dental and oral surgery notes: lateral tongue C02, mandibular gingiva C03, base of tongue before radiation
  C01, medication-related osteonecrosis in myeloma C90, osteoradionecrosis years after a cured tonsil cancer Z85,
  palatal mucoepidermoid carcinoma C05, mandibular osteosarcoma C41, buccal verrucous carcinoma C06; ameloblastoma,
  leukoplakia with mild dysplasia, oral lichen planus -> `none`;
- immuno: cancers of transplant recipients and people with HIV (cutaneous SCC C44, monomorphic PTLD C83, Kaposi
  sarcoma C46, AIN 3 D01, anal SCC C21, plasmablastic lymphoma C83, AML after allograft C92, HCC treated by
  transplant years ago Z85); polymorphic PTLD (D47.Z1), multicentric Castleman disease, EBV viraemia -> `none`;
- exposure: occupational medicine, VA compensation, World Trade Center and firefighter presumption notes (prostate
  history Z85, thyroid C73, mesothelioma C45, lung C34, bladder C67, CLL C91, sinonasal adenocarcinoma C31, AML C92);
  pleural plaques, a toxic-exposure screen, MGUS claimed as presumptive -> `none`;
- pregnancy: obstetric notes (breast cancer in pregnancy C50, choriocarcinoma C58, cervical cancer C53, papillary
  thyroid carcinoma C73, Hodgkin C81, melanoma C43, dysgerminoma found at caesarean C56, a breast cancer survivor's
  pregnancy Z85); complete mole, pregnancy luteoma, lactating adenoma -> `none`;
- wound: wound, ostomy and lymphoedema nursing (colostomy during adjuvant chemotherapy C20, ileal conduit years after
  cystectomy Z85, fungating breast wound C50, Marjolin ulcer C44, lymphoedema years after breast cancer Z85,
  radiation dermatitis during RT for DCIS D05, laryngectomy stoma during adjuvant treatment C32, nephrostomy for
  recurrent cervical cancer C53); an ileostomy for diverticulitis, peristomal pyoderma, a venous ulcer with benign
  edge biopsy -> `none`;
- admin: prior authorisations, FMLA and disability forms, letters to employers and courts, insurer statements and
  home-health certifications; FMLA to care for a spouse with cancer, a genetic-testing authorisation for family
  history, a pre-employment form with a negative cancer history -> `none`.

Labelling decisions (the ninth to twelfth families', plus):
- the type follows the ICD-10-CM category of the main cancer: adrenal C74, other endocrine glands and paraganglia
  C75, mast cell neoplasms C96, eye and adnexa C69 (retinoblastoma, conjunctival SCC), bone of jaw C41, Kaposi C46,
  mesothelioma C45, placenta C58, cervix C53, ovary C56, skin C44 are other_cancer; accessory sinuses C31 is
  head_and_neck; uveal melanoma is melanoma with C69 (DESIGN: morphology decides where site does not); eyelid
  melanoma is C43; AIN 3 is anal carcinoma in situ D01 (colorectal);
- neoplasms of uncertain behaviour (PV D45, MDS D46, indolent systemic mastocytosis and MGUS D47, PTLD D47.Z1,
  Castleman disease D47.Z2) and benign neoplasms (pheochromocytoma without metastasis and adrenal, parathyroid and
  pituitary adenomas D35, ameloblastoma D16) are `none`; CMML, aggressive systemic mastocytosis and smouldering
  myeloma are malignant codes;
- a cancer found only at autopsy is coded as the patient's cancer; a death certificate's chain names the cancer
  whatever line it stands on; hospice and comfort care for a cancer are active;
- a CDI query's options and a coder's note are not diagnoses: the physician's answer decides;
- surveillance after finished treatment with no evidence of disease is Z85 (a cured cancer in a transplant recipient,
  a survivor's pregnancy, a claim for residuals); treatment now, planned or postponed (thyroid cancer operated after
  delivery) is the active code;
- a metastasis treated with the primary in place accepts the primary's category or the secondary's; an unknown
  primary is other_cancer with C80 or the secondary category.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

F = Form

ENDOCRINE = (
    F("ENDOCRINE SURGERY CLINIC: 44 y/o F seen 3 weeks after open left adrenalectomy for a 9.8 cm cortisol-secreting "
      "mass. Pathology: adrenocortical carcinoma, Weiss score 6, Ki-67 18%, capsular invasion, margins negative. "
      "Plan: adjuvant mitotane, target level 14-20 mg/L, hydrocortisone replacement, CT chest/abdomen q3 months.",
      "other_cancer", "C74"),
    F("Follow-up for SDHB-mutated paraganglioma originally arising at the organ of Zuckerkandl, resected 2019, now "
      "with multiple osseous metastases (T8, left iliac wing) on Ga-68 DOTATATE. Received cycle 2 of Lu-177 "
      "DOTATATE; doxazosin continued for catecholamine excess.", "other_cancer", "C75|C79"),
    F("Assessment: severe PTH-dependent hypercalcemia (Ca 14.2, PTH 980) with a 3.4 cm firm neck mass adherent to "
      "the right thyroid lobe. En bloc resection with right hemithyroidectomy performed; path shows parathyroid "
      "carcinoma with vascular invasion. Cinacalcet until calcium normalises; monitor for hungry bone.",
      "other_cancer", "C75"),
    F("MEN2A (RET C634R). Calcitonin 1,450 pg/mL, CEA 38. Total thyroidectomy with central neck dissection: "
      "bilateral medullary thyroid carcinoma, largest 1.9 cm, 3/11 central nodes positive. Biochemical screening for "
      "pheochromocytoma was negative before surgery.", "thyroid", "C73"),
    F("IMPRESSION: Rapidly enlarging neck mass with stridor in a 71 year old man. Core biopsy: anaplastic thyroid "
      "carcinoma, BRAF V600E detected. Awake tracheostomy today; start dabrafenib plus trametinib, then reassess for "
      "resection. Goals of care discussed with daughter.", "thyroid", "C73"),
    F("Long-standing Hashimoto thyroiditis with a goiter that grew over 6 weeks. Core biopsy and flow cytometry: "
      "diffuse large B-cell lymphoma arising in the thyroid, stage IIE. Referred to hematology for R-CHOP and "
      "involved-site radiation.", "lymphoma", "C83"),
    F("Stage IV lung adenocarcinoma (EGFR exon 19 deletion) on osimertinib with a single progressing left adrenal "
      "metastasis, 3.1 cm. Plan SBRT to the adrenal, 40 Gy in 5 fractions, continue osimertinib.", "lung", "C34|C79"),
    F("Post-op visit after laparoscopic right adrenalectomy for a 4.5 cm pheochromocytoma. Plasma metanephrines now "
      "normal, BP off phenoxybenzamine. Pathology: pheochromocytoma, no capsular or vascular invasion, PASS 2. "
      "Germline panel negative. Annual metanephrines.", "none"),
    F("Primary hyperparathyroidism with nephrolithiasis. Sestamibi localised a left inferior gland; minimally "
      "invasive parathyroidectomy, intra-op PTH fell 140 -> 22. Path: parathyroid adenoma, 620 mg. Calcium 9.4 today.",
      "none"),
    F("NEUROENDOCRINE FOLLOW-UP: 29 y/o with amenorrhea and galactorrhea, prolactin 210, MRI shows 7 mm pituitary "
      "microadenoma. On cabergoline 0.5 mg twice weekly; prolactin now 14, menses returned. Repeat MRI in 1 year.",
      "none"),
    F("Age 5, RET codon 634 mutation inherited from father (MEN2A). Prophylactic total thyroidectomy: bilateral "
      "C-cell hyperplasia, no medullary carcinoma identified, 0/6 nodes. Postoperative calcitonin undetectable; "
      "levothyroxine weight-based.", "none"),
)

MYELOID = (
    F("HEME CLINIC: CMML-1 diagnosed 8 months ago (monocytes 2.4 x10^9/L, blasts 3% marrow, ASXL1 and TET2 mutated). "
      "Splenomegaly 17 cm. Started azacitidine cycle 4 day 1 today; counts adequate.", "leukemia", "C93"),
    F("Ph-positive chronic myeloid leukemia in chronic phase since 2021, on imatinib 400 mg daily, BCR-ABL1 IS 0.02% "
      "(MMR maintained). Tolerating with mild periorbital edema. Discuss treatment-free remission criteria next year.",
      "leukemia", "C92"),
    F("Bone marrow: 40% mast cells in aggregates, KIT D816V, tryptase 310. C-findings present: ascites with portal "
      "hypertension and weight loss. Diagnosis aggressive systemic mastocytosis. Start midostaurin 100 mg twice "
      "daily with antiemetic prophylaxis.", "other_cancer", "C96"),
    F("Smoldering multiple myeloma, IgA lambda, M-spike 2.6 g/dL, marrow plasma cells 22%, FLC ratio 34. No CRAB "
      "features, MRI without focal lesions. High risk by 20/2/20; enrolled in observation with labs every 3 months.",
      "myeloma", "C90"),
    F("Waldenstrom macroglobulinemia, MYD88 L265P, IgM 4,100 mg/dL with symptomatic hyperviscosity last month "
      "(plasmapheresis x2). Now on zanubrutinib; IgM down to 2,300. Fundi without venous engorgement.",
      "lymphoma", "C88"),
    F("History of MDS with excess blasts-2 on azacitidine x10 cycles; marrow now shows 31% myeloblasts, consistent "
      "with transformation to AML. Admitted for CPX-351 induction; donor search activated.", "leukemia", "C92"),
    F("Chronic neutropenia (ANC 0.4) with recurrent mouth ulcers in a patient with seropositive RA. Flow: clonal "
      "CD3+CD8+CD57+ population, STAT3 mutation, TCR gamma rearrangement clonal. T-cell large granular lymphocytic "
      "leukemia. Start methotrexate 10 mg weekly.", "leukemia", "C91"),
    F("JAK2 V617F positive polycythemia vera, Hct 44% on phlebotomy every 6 weeks plus hydroxyurea 500 mg daily and "
      "aspirin 81. No thrombosis. Pruritus after showers improved. Marrow not repeated.", "none"),
    F("MDS with SF3B1 mutation and ring sideroblasts, low risk IPSS-R. Transfusion-dependent anemia, now on "
      "luspatercept 1 mg/kg q3 weeks with transfusion independence for 10 weeks. Ferritin 1,800; deferasirox "
      "considered.", "none"),
    F("Indolent systemic mastocytosis: urticaria pigmentosa, tryptase 48, KIT D816V in marrow, no organ damage. "
      "Symptom control with cetirizine, famotidine, cromolyn; epinephrine auto-injector prescribed after a "
      "wasp-sting anaphylaxis.", "none"),
    F("MGUS, IgG kappa, M-protein 0.6 g/dL, stable for 5 years, normal calcium, creatinine and hemoglobin. Low risk. "
      "Annual SPEP and free light chains with PCP; return if bone pain or anemia.", "none"),
)

DEATH = (
    F("CERTIFICATE OF DEATH, PART I: (a) Acute hypoxic respiratory failure, 2 days; (b) Post-obstructive pneumonia, "
      "1 week; (c) Metastatic non-small cell carcinoma of the right upper lobe of lung, 14 months. PART II: COPD, "
      "atrial fibrillation. Manner of death: natural.", "lung", "C34"),
    F("CAUSE OF DEATH: Part I (a) Ventricular fibrillation, minutes; (b) Acute myocardial infarction, hours; (c) "
      "Coronary atherosclerosis, years. Part II: type 2 diabetes mellitus, chronic kidney disease stage 3. Tobacco "
      "use contributed: probably. Autopsy not performed.", "none"),
    F("Death certificate worksheet: immediate cause renal failure due to hypercalcemia and light-chain cast "
      "nephropathy, due to IgG kappa multiple myeloma (diagnosed 3 years prior, relapsed after 4 lines). Other "
      "significant conditions: none.", "myeloma", "C90"),
    F("FINAL AUTOPSY DIAGNOSIS: 1. Saddle pulmonary thromboembolism with bilateral deep vein thromboses (cause of "
      "death). 2. Prostate: incidental adenocarcinoma, Gleason 3+3=6, involving 5% of the gland, confined. 3. Benign "
      "nephrosclerosis.", "prostate", "C61"),
    F("AUTOPSY SUMMARY: Clinically suspected lung carcinoma with a 4 cm right upper lobe cavity and weight loss. "
      "Sections show caseating granulomas with acid-fast bacilli, organizing pneumonia; extensive sampling reveals "
      "no malignancy. Cause of death: disseminated tuberculosis.", "none"),
    F("HOSPICE ADMISSION: Terminal diagnosis pancreatic adenocarcinoma of the head with liver metastases, declined "
      "further gemcitabine/nab-paclitaxel after progression. PPS 40%. Celiac plexus block last month; morphine SR 30 "
      "mg twice daily. DNR confirmed.", "pancreas", "C25"),
    F("Hospice recertification: primary hospice diagnosis Alzheimer dementia, FAST 7c, weight loss 12% in 6 months. "
      "Past history includes breast cancer treated with lumpectomy and radiation more than 20 years ago, no "
      "recurrence. Continue comfort-focused care.", "breast", "Z85"),
    F("OFFICE OF THE MEDICAL EXAMINER: The decedent had a known glioblastoma of the left temporal lobe, diagnosed 10 "
      "months prior and treated with resection and temozolomide chemoradiation. Found on the floor at home; head CT "
      "showed tumor progression with hemorrhage. Manner: natural.", "brain", "C71"),
    F("AUTOPSY FINDINGS: Liver with innumerable nodules of metastatic adenocarcinoma, CK7+/CK20-, TTF-1 and GATA3 "
      "negative. Lungs, pancreas, stomach, bowel and prostate were entirely examined; no primary site identified. "
      "Cause of death: hepatic failure due to metastatic carcinoma of unknown primary.", "other_cancer", "C80|C78"),
    F("Called to bedside at 03:40 by RN. No spontaneous respirations, no heart sounds for one minute, pupils fixed. "
      "Patient pronounced. He had been on comfort measures for metastatic cutaneous melanoma with brain and lung "
      "involvement. Family at bedside; attending notified.", "melanoma", "C43"),
    F("BEREAVEMENT CALL (13 months): Spoke with the patient's husband. His wife died of ovarian cancer last year; he "
      "is sleeping better, attends the widowers' group, denies thoughts of self-harm. He had a normal colonoscopy in "
      "the spring. No further calls scheduled.", "none"),
)

CDI = (
    F("CDI QUERY: Pathology from the 11/3 core biopsy reports invasive ductal carcinoma, grade 2, ER+/PR+/HER2-, "
      "left breast 2 o'clock. The progress notes document 'breast mass.' Please document the diagnosis being "
      "evaluated and treated. PROVIDER RESPONSE: Invasive ductal carcinoma of the left breast, clinical stage IIA, "
      "surgery planned.", "breast", "C50"),
    F("Clarification requested: the problem list states 'hx prostate CA' while the MAR shows leuprolide 22.5 mg q3 "
      "months and bicalutamide. Options: active prostate cancer under treatment / personal history of prostate "
      "cancer, no current treatment / other / unable to determine. Physician answer: active prostate cancer under "
      "androgen deprivation.", "prostate", "C61"),
    F("CDI QUERY (outpatient): 'colon CA' appears in the assessment. Is this condition currently treated? Provider "
      "response: sigmoid colon cancer resected 2015 with 6 months of adjuvant chemotherapy, surveillance colonoscopy "
      "and CT normal, no current treatment; please code as history.", "colorectal", "Z85"),
    F("QUERY: CT shows a 3.2 cm spiculated left lower lobe mass. Please clarify the diagnosis: primary lung "
      "malignancy / metastatic disease / benign process / other / unable to determine. RESPONSE: Unable to determine "
      "at this time; navigational bronchoscopy with biopsy scheduled.", "none"),
    F("Documentation query: 'metastatic disease to bone' documented in H&P. Please specify the primary site if "
      "known. Physician response: extensive work-up (CT, PET, mammogram, EGD/colonoscopy, IHC on the iliac biopsy) "
      "has not identified a primary; carcinoma of unknown primary with bone metastases.", "other_cancer", "C79|C80"),
    F("CDI: Hgb 7.1 and transfused 2 units. Please specify the type or cause of anemia. RESPONSE: anemia due to "
      "antineoplastic chemotherapy (cycle 3 of R-CHOP) for diffuse large B-cell lymphoma.", "lymphoma", "C83"),
    F("CODER NOTE: Physician documents 'leukocytosis, r/o leukemia, smear sent.' Per outpatient guidelines, "
      "uncertain diagnoses (rule out, probable, suspected) are not coded; code the presenting finding. Peripheral "
      "smear returned reactive neutrophilia. Final: leukocytosis D72.829.", "none"),
    F("CDI QUERY: Operative note documents 'right renal neoplasm, partial nephrectomy.' Please clarify the behavior: "
      "malignant / benign / uncertain / unable to determine. RESPONSE: malignant; final pathology clear cell renal "
      "cell carcinoma, pT1a, margins negative.", "kidney", "C64"),
    F("Query response: the 'neoplasm of uncertain behavior, right kidney' in my note refers to the 2.7 cm lesion "
      "resected on 9/14; final pathology renal oncocytoma, benign. No further oncologic treatment; renal ultrasound "
      "in 1 year.", "none"),
    F("CDI QUERY: Dietitian documents BMI 16.8, 14% weight loss in 3 months, muscle wasting. Please document the "
      "clinical significance. RESPONSE: severe protein-calorie malnutrition due to locally advanced pancreatic "
      "adenocarcinoma of the body, on FOLFIRINOX.", "pancreas", "C25"),
    F("Query: 'acute blood loss anemia' vs 'expected postoperative blood loss'? Response: acute blood loss anemia "
      "from bleeding of the known rectal adenocarcinoma, 7 cm from the anal verge, prior to neoadjuvant "
      "chemoradiation; transfused 1 unit.", "colorectal", "C20"),
)

OCULAR = (
    F("OCULAR ONCOLOGY: Left eye choroidal melanoma, 11 mm basal diameter x 4.2 mm thickness, subretinal fluid, "
      "orange pigment; ultrasound low internal reflectivity. I-125 plaque brachytherapy placed today, removal in 5 "
      "days. Liver MRI for staging normal.", "melanoma", "C69"),
    F("Excisional biopsy with no-touch technique and cryotherapy of a gelatinous limbal lesion, right eye: invasive "
      "squamous cell carcinoma of the conjunctiva, margins clear. Topical interferon not needed; follow up 3 months.",
      "other_cancer", "C69"),
    F("Salmon-patch lesion of the left inferior fornix, biopsy: extranodal marginal zone lymphoma (MALT type) of the "
      "conjunctiva, CD20+, stage IE after PET. Plan low-dose radiation 4 Gy in 2 fractions.", "lymphoma", "C88"),
    F("Peds ophthalmology: 14-month-old with leukocoria OS. Exam under anesthesia: group E retinoblastoma with "
      "vitreous seeding, right eye normal. Enucleation performed, optic nerve margin clear; RB1 germline testing "
      "sent.", "other_cancer", "C69"),
    F("Mohs surgery, left lower eyelid: nodular basal cell carcinoma, cleared in 2 stages; reconstruction with "
      "Hughes tarsoconjunctival flap by oculoplastics.", "other_cancer", "C44"),
    F("New floaters and blurred vision OD in a woman with metastatic breast cancer on letrozole and palbociclib. "
      "Fundus: creamy yellow placoid choroidal lesion with subretinal fluid, consistent with a choroidal metastasis. "
      "Plan external beam radiation to the right eye and discuss a change in systemic therapy.", "breast", "C50|C79"),
    F("Chronic 'uveitis' unresponsive to steroids in a 68 y/o. Diagnostic vitrectomy: large atypical B cells, IL-10 "
      "to IL-6 ratio > 1, MYD88 L265P: primary vitreoretinal lymphoma (DLBCL). Intravitreal methotrexate started; "
      "brain MRI clear.", "lymphoma", "C83"),
    F("Pigmented nodule of the right upper eyelid margin enlarging for 6 months; excision shows invasive melanoma, "
      "Breslow 1.4 mm, no ulceration. Re-excision with 1 cm margins and sentinel node biopsy discussed.",
      "melanoma", "C43"),
    F("Flat slate-grey choroidal naevus OS, 3.5 mm, 1.1 mm thick, drusen over the surface, no subretinal fluid or "
      "orange pigment. Unchanged from photos 2 years ago. Low risk; photos annually.", "none"),
    F("Unilateral flat brown conjunctival pigmentation OD in a 55 y/o; map biopsies show primary acquired melanosis "
      "without atypia. Observation with slit-lamp photos every 6 months.", "none"),
    F("Circumscribed choroidal hemangioma, orange-red, bright on ICG early phase, with submacular fluid reducing "
      "vision to 20/60. Treated with verteporfin photodynamic therapy; fluid resolved at 6 weeks.", "none"),
)

ORAL = (
    F("DENTAL NOTE: Pt presents for cleaning; noted 1.5 cm indurated ulcer on the left lateral border of the tongue, "
      "present 2 months, not related to a sharp cusp. Incisional biopsy by OMFS: moderately differentiated squamous "
      "cell carcinoma. Referred to head and neck surgery; cleaning deferred.", "head_and_neck", "C02"),
    F("OMFS: Exophytic lesion of the right mandibular alveolar ridge in edentulous area, loosening of the denture. "
      "Biopsy: invasive keratinizing squamous cell carcinoma of the gingiva. CT shows cortical erosion; segmental "
      "mandibulectomy with fibula free flap planned.", "head_and_neck", "C03"),
    F("Pre-radiation dental evaluation: p16-positive squamous cell carcinoma of the base of tongue, T2N1, "
      "chemoradiation to start in 2 weeks. Extracted #17, #30 (non-restorable); fluoride trays fabricated.",
      "head_and_neck", "C01"),
    F("Exposed necrotic bone of the left posterior mandible for 10 weeks after extraction of #19. Pt receives "
      "monthly zoledronic acid and daratumumab-based therapy for IgG multiple myeloma. Dx: medication-related "
      "osteonecrosis of the jaw, stage 2; chlorhexidine rinses and amoxicillin.", "myeloma", "C90"),
    F("Osteoradionecrosis of the right mandible with trismus. Hx: tonsil squamous cell carcinoma treated with "
      "chemoradiation in 2016, no evidence of disease since, surveillance with ENT yearly. Pentoxifylline and "
      "tocopherol started; hyperbaric oxygen discussed.", "head_and_neck", "Z85"),
    F("Painless firm swelling of the left hard palate, bluish, 2 cm. Incisional biopsy: low-grade mucoepidermoid "
      "carcinoma of minor salivary gland origin. Partial maxillectomy with obturator planned.", "head_and_neck", "C05"),
    F("Rapidly growing swelling of the mandibular body in a 24-year-old, sunburst periosteal reaction on CT. Biopsy: "
      "osteosarcoma of the mandible, chondroblastic type. Neoadjuvant chemotherapy per sarcoma team before resection.",
      "other_cancer", "C41"),
    F("Warty white exophytic plaque of the right buccal mucosa in a long-term snuff user; excision shows verrucous "
      "carcinoma with pushing borders, margins 3 mm. Follow-up every 3 months.", "head_and_neck", "C06"),
    F("Multilocular radiolucency of the right posterior mandible with root resorption. Biopsy: ameloblastoma, "
      "follicular pattern. Segmental resection with reconstruction recommended due to recurrence risk with curettage.",
      "none"),
    F("Homogeneous white patch of the floor of mouth that does not wipe off, 1 cm, former smoker. Biopsy: "
      "hyperkeratosis with mild epithelial dysplasia. Smoking cessation reinforced; recall in 3 months with photos.",
      "none"),
    F("Bilateral lacy white striae on the buccal mucosa with erosive areas, burning with spicy food. Biopsy: oral "
      "lichen planus, negative for dysplasia and malignancy. Clobetasol gel prescribed.", "none"),
)

IMMUNO = (
    F("TRANSPLANT DERMATOLOGY: Deceased-donor kidney recipient 2009 on tacrolimus and mycophenolate with > 20 prior "
      "cutaneous SCCs. Today: excision of a 1.8 cm invasive squamous cell carcinoma of the scalp vertex, perineural "
      "invasion absent. Discussing switch to sirolimus and acitretin chemoprevention.", "other_cancer", "C44"),
    F("Heart transplant 2018. Fever, night sweats, 6 cm mesenteric mass; EBV DNA 45,000. Biopsy: monomorphic PTLD, "
      "diffuse large B-cell lymphoma type, EBER positive. Immunosuppression reduced; rituximab plus CHOP started.",
      "lymphoma", "C83"),
    F("HIV clinic: CD4 210, VL 1,200 on re-started bictegravir/FTC/TAF. Violaceous plaques on both shins and the "
      "hard palate; punch biopsy HHV-8 positive Kaposi sarcoma. Liposomal doxorubicin started for visceral-risk "
      "disease.", "other_cancer", "C46"),
    F("High-resolution anoscopy in a man with HIV (CD4 650, undetectable): acetowhite lesion at 3 o'clock; biopsy "
      "AIN 3 (anal HSIL), no invasion. Plan infrared coagulation and repeat HRA in 6 months.", "colorectal", "D01"),
    F("Oral cavity mass in a patient with advanced HIV. Biopsy: plasmablastic lymphoma, CD138+, CD20-, EBER+, Ki-67 "
      "95%. Staging PET; DA-EPOCH planned with ART continued.", "lymphoma", "C83"),
    F("Liver transplant 2021 for hepatocellular carcinoma within Milan criteria (explant 2 lesions, no vascular "
      "invasion). AFP normal, surveillance CT chest/abdomen every 6 months negative; no treatment for HCC since "
      "transplant. Tacrolimus trough 6.", "liver", "Z85"),
    F("Allogeneic stem cell transplant day +100 for AML with NPM1 mutation in first complete remission. Marrow: no "
      "morphologic leukemia, MRD negative, full donor chimerism. Grade 2 skin GVHD on topical steroids; letermovir "
      "prophylaxis continues.", "leukemia", "C92"),
    F("HIV on ART, anal bleeding and pain. Exam under anesthesia and biopsy: invasive squamous cell carcinoma of the "
      "anal canal, T2N0. Definitive chemoradiation with 5-FU and mitomycin (Nigro) to start next week.",
      "colorectal", "C21"),
    F("Lung transplant recipient with tonsillar enlargement and EBV viremia. Tonsillectomy: polymorphic "
      "post-transplant lymphoproliferative disorder. Responded to reduction of immunosuppression alone; PET at 8 "
      "weeks shows complete resolution.", "none"),
    F("HIV with fevers, splenomegaly and generalized lymphadenopathy; node biopsy shows HHV-8 associated "
      "multicentric Castleman disease, no evidence of lymphoma. Rituximab monotherapy; KSHV viral load followed.",
      "none"),
    F("Kidney transplant month 5: routine EBV PCR rose to 8,000 copies. No fever, nodes or cytopenias; PET/CT "
      "negative for PTLD. Mycophenolate dose reduced; repeat PCR in 2 weeks.", "none"),
)

EXPOSURE = (
    F("VA C&P EXAM (Prostate Cancer DBQ): Veteran served in Vietnam 1968-69, Agent Orange presumptive. Diagnosis: "
      "adenocarcinoma of the prostate, radical prostatectomy 2019. PSA undetectable since, no radiation, no hormone "
      "therapy, no current treatment. Residuals: stress incontinence requiring 2 pads daily.", "prostate", "Z85"),
    F("WTC HEALTH PROGRAM certification: Responder at Ground Zero Sept-Dec 2001. Certified condition: papillary "
      "thyroid carcinoma, 1.6 cm, total thyroidectomy last month; radioactive iodine ablation scheduled.",
      "thyroid", "C73"),
    F("OCCUPATIONAL MEDICINE: Retired insulator with 30 years of asbestos exposure. CT: calcified bilateral pleural "
      "plaques, no pleural effusion, no mass, no interstitial fibrosis. PFTs normal. Counselled on smoking "
      "cessation; CT every 2 years.", "none"),
    F("Former shipyard pipefitter, right pleural effusion; VATS pleural biopsy shows epithelioid malignant pleural "
      "mesothelioma. On nivolumab plus ipilimumab, cycle 3. Workers' compensation and asbestos trust claims filed.",
      "other_cancer", "C45"),
    F("Former underground uranium miner (RECA claimant), 40 pack-years. Right lower lobe adenocarcinoma, stage IIIA, "
      "completed concurrent chemoradiation, now on consolidation durvalumab month 6.", "lung", "C34"),
    F("Worked 25 years in a dye manufacturing plant with aromatic amine exposure. Painless hematuria; TURBT shows "
      "high-grade urothelial carcinoma invading lamina propria (T1). Re-resection and induction BCG planned.",
      "bladder", "C67"),
    F("Firefighter cancer presumption form: Captain, 22 years of service. Diagnosis: chronic lymphocytic leukemia, "
      "Rai stage 0, absolute lymphocytes 14,000. Managed by watch and wait with CBC every 3 months; no treatment "
      "indicated yet.", "leukemia", "C91"),
    F("Furniture maker with 35 years of hardwood dust exposure. Left nasal obstruction and epistaxis; endoscopic "
      "resection: intestinal-type adenocarcinoma of the ethmoid sinus. Postoperative radiation planned.",
      "head_and_neck", "C31"),
    F("Refinery worker with long benzene exposure. Pancytopenia; marrow 45% myeloblasts, complex karyotype: acute "
      "myeloid leukemia. 7+3 induction started; occupational history documented for the claim.", "leukemia", "C92"),
    F("PACT Act toxic exposure screening: deployed to Iraq 2004-05 near burn pits. Reports chronic cough; spirometry "
      "shows mild reversible obstruction, treated as asthma. No cancer diagnoses. Registry enrollment offered.",
      "none"),
    F("Agent Orange claim review: Veteran requests service connection for MGUS (IgG kappa 0.4 g/dL, marrow plasma "
      "cells 4%) and hypertension, both on the presumptive list. No myeloma; hematology follows annually.", "none"),
)

PREGNANCY = (
    F("MFM consult: G2P1 at 22 weeks with a new 2.8 cm right breast mass; core biopsy triple-negative invasive "
      "ductal carcinoma, nodes clinically negative. Plan dose-dense AC in the second trimester with fetal growth "
      "scans; surgery after cycle 4; delivery planned at 37 weeks.", "breast", "C50"),
    F("Rising hCG 4 months after evacuation of a complete mole, with hemoptysis; CT shows multiple lung nodules. "
      "Diagnosis: gestational choriocarcinoma, FIGO stage III, WHO score 8. Start EMA-CO.", "other_cancer", "C58"),
    F("Abnormal Pap at first prenatal visit; colposcopic biopsy at 16 weeks shows invasive squamous cell carcinoma "
      "of the cervix, stage IB1 on MRI. Plan: cesarean at 34 weeks followed by radical hysterectomy and pelvic "
      "lymphadenectomy.", "other_cancer", "C53"),
    F("Thyroid nodule 1.4 cm found at 12 weeks; FNA Bethesda VI, papillary thyroid carcinoma. No nodes on "
      "ultrasound. Shared decision to postpone thyroidectomy until postpartum with TSH suppression and an ultrasound "
      "each trimester.", "thyroid", "C73"),
    F("L&D admission note, 36 weeks: known classical Hodgkin lymphoma diagnosed at 20 weeks (mediastinal mass), "
      "completed 4 cycles of ABVD during pregnancy with partial response. Induction of labor today; further "
      "chemotherapy resumes 2 weeks postpartum.", "lymphoma", "C81"),
    F("OB intake: 34 y/o G1 at 9 weeks. Past history: left breast cancer treated with lumpectomy, radiation and 5 "
      "years of tamoxifen, completed 2020; oncology visit this spring showed no evidence of disease. Tamoxifen "
      "stopped > 2 years before conception.", "breast", "Z85"),
    F("Changing pigmented lesion of the upper back noted at 24 weeks. Excision: superficial spreading melanoma, "
      "Breslow 0.9 mm, mitoses 2/mm2. Wide local excision under local anesthesia; sentinel node deferred to "
      "postpartum.", "melanoma", "C43"),
    F("Operative note, cesarean for breech: incidental 8 cm solid left ovarian mass; left salpingo-oophorectomy "
      "performed. Final pathology dysgerminoma, capsule intact, washings negative (stage IA).", "other_cancer", "C56"),
    F("Vaginal bleeding at 10 weeks, hCG 210,000, snowstorm pattern on ultrasound. Suction D&C: complete "
      "hydatidiform mole. Weekly hCG until normal x3, then monthly; reliable contraception.", "none"),
    F("Cesarean delivery: bilateral solid-appearing ovarian enlargement noted, biopsied. Frozen and final: pregnancy "
      "luteoma. No further surgery; expected to regress postpartum. Maternal virilization explained.", "none"),
    F("Postpartum, breastfeeding: 2 cm mobile breast lump. Ultrasound well-circumscribed; core biopsy lactating "
      "adenoma. Reassured; continue breastfeeding and re-image after weaning.", "none"),
)

WOUND = (
    F("WOC NURSE: End colostomy after abdominoperineal resection for low rectal adenocarcinoma; stoma pink, budded, "
      "peristomal skin intact. Pt receiving adjuvant FOLFOX cycle 5 and reports looser output on chemo days; "
      "switched to drainable pouch.", "colorectal", "C20"),
    F("Ostomy supply visit: ileal conduit since radical cystectomy for muscle-invasive bladder cancer in 2016. No "
      "recurrence on yearly CT, no treatment since; urologist sees him annually. Convex wafer fitted for a retracted "
      "stoma.", "bladder", "Z85"),
    F("Wound care: fungating malignant wound of the left breast, 9 x 7 cm, malodorous, friable bleeding edges, from "
      "untreated locally advanced breast carcinoma; patient declines surgery. Metronidazole gel, charcoal dressing, "
      "calcium alginate for bleeding points.", "breast", "C50"),
    F("Chronic non-healing ulcer in a 40-year-old burn scar of the left leg, heaped edges, enlarging over 6 months. "
      "Wedge biopsy: well-differentiated squamous cell carcinoma (Marjolin ulcer). Referred for wide excision and "
      "node evaluation.", "other_cancer", "C44"),
    F("LYMPHEDEMA THERAPY: Right arm lymphedema, stage II, after mastectomy and axillary dissection for breast "
      "cancer in 2012, chemotherapy and radiation completed 2013, no current treatment and no evidence of disease. "
      "Complete decongestive therapy, compression sleeve fitted.", "breast", "Z85"),
    F("Radiation skin check: moist desquamation of the left inframammary fold, grade 2, at fraction 21 of 25 of "
      "whole-breast radiation after lumpectomy for ductal carcinoma in situ. Silver sulfadiazine, hydrogel, avoid "
      "underwire.", "breast", "D05"),
    F("Stoma care teaching after total laryngectomy for squamous cell carcinoma of the larynx (transglottic, T4a); "
      "adjuvant chemoradiation begins next week. Laryngectomy tube cleaned, HME fitted, suctioning demonstrated.",
      "head_and_neck", "C32"),
    F("Bilateral nephrostomy tube care. Tubes placed for obstructive uropathy from recurrent cervical cancer in the "
      "pelvic sidewall; currently on carboplatin/paclitaxel with pembrolizumab. Dressing changed, site clean.",
      "other_cancer", "C53"),
    F("Loop ileostomy created during Hartmann procedure for perforated sigmoid diverticulitis. High output 1.6 "
      "L/day; loperamide and oral rehydration. Pathology of the sigmoid: diverticulitis with abscess, no dysplasia "
      "or malignancy. Reversal planned in 3 months.", "none"),
    F("Peristomal ulcer with violaceous undermined borders around an ileostomy in a patient with Crohn disease. "
      "Clinical dx peristomal pyoderma gangrenosum; topical tacrolimus and intralesional steroid.", "none"),
    F("Venous leg ulcer, medial malleolus, 14 months with poor healing despite compression. Edge biopsy to exclude "
      "malignancy: granulation tissue and stasis changes, no malignancy. Continue multilayer compression.", "none"),
)

ADMIN = (
    F("PRIOR AUTHORIZATION REQUEST: pembrolizumab 400 mg IV q6 weeks x 1 year. Diagnosis: melanoma of the left calf, "
      "stage IIIB, after wide excision and completion lymph node surgery; adjuvant therapy per NCCN. ECOG 0.",
      "melanoma", "C43"),
    F("FMLA CERTIFICATION, employee's own serious health condition: Stage II adenocarcinoma of the ascending colon "
      "status post right hemicolectomy. Receiving chemotherapy every 2 weeks for 6 months; incapacity 2-3 days after "
      "each infusion.", "colorectal", "C18"),
    F("FMLA CERTIFICATION, care of a family member: the employee's wife is receiving chemotherapy for metastatic "
      "lung cancer and needs transport to treatments. The employee herself has no serious health condition.", "none"),
    F("To whom it may concern: my patient is being treated for acute lymphoblastic leukemia and is currently in the "
      "maintenance phase of chemotherapy with daily oral medication and monthly infusions. Please allow remote work "
      "and avoid contact with sick colleagues.", "leukemia", "C91"),
    F("ATTENDING PHYSICIAN STATEMENT (life insurance): Diagnosis basal cell carcinoma of the nose, excised by Mohs "
      "in 2021, margins clear, no recurrence and no treatment since. Other: hyperlipidemia.", "other_cancer", "Z85"),
    F("Letter of medical necessity: appeal of denied PET/CT for a newly diagnosed classical Hodgkin lymphoma "
      "(nodular sclerosis, cervical and mediastinal nodes). Baseline PET is standard for staging and for interim "
      "response adaptation of ABVD.", "lymphoma", "C81"),
    F("Jury duty excusal: this patient is receiving daily external beam radiation therapy for prostate cancer, 28 "
      "treatments through next month, and cannot serve during that period.", "prostate", "C61"),
    F("HOME HEALTH CERTIFICATION, face-to-face encounter: pancreatic adenocarcinoma status post Whipple, on adjuvant "
      "gemcitabine/capecitabine; homebound due to fatigue and deconditioning. Skilled nursing for JP drain care and "
      "PT.", "pancreas", "C25"),
    F("Prior authorization: germline BRCA1/2 and multigene panel for a 38 y/o with no personal history of cancer; "
      "mother with breast cancer at 41 and maternal aunt with ovarian cancer. Meets NCCN testing criteria by family "
      "history.", "none"),
    F("Disability insurance claim form: metastatic clear cell renal cell carcinoma with lung and bone metastases, "
      "left nephrectomy 2023, now on cabozantinib with fatigue and hand-foot syndrome; unable to perform his "
      "occupation.", "kidney", "C64|C78|C79"),
    F("PRE-EMPLOYMENT PHYSICAL: Any history of cancer? No. Diabetes? No. Surgeries: appendectomy 2010. Vision 20/20, "
      "hearing normal, cleared for work without restrictions.", "none"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "endocrine": ENDOCRINE,
    "myeloid": MYELOID,
    "death": DEATH,
    "cdi": CDI,
    "ocular": OCULAR,
    "oral": ORAL,
    "immuno": IMMUNO,
    "exposure": EXPOSURE,
    "pregnancy": PREGNANCY,
    "wound": WOUND,
    "admin": ADMIN,
}

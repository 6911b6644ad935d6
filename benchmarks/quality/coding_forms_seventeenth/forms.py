"""The seventeenth family: the cancer and its ICD-10-CM category as coded and semi-structured export data state them.

Written blind 2026-12-05 by someone who had not read the coder, its rules or vocabularies, or the other families' forms;
only DESIGN.md (the 17 types and their ICD-10-CM ranges), the probe, the `Form` class, the labelling rules of
tests/fixtures/mtsamples_gold_README.md, the first 25 lines of the fifteenth and sixteenth families' `forms.py` and
their `__init__.py` (layout), the late-families test and the sixteenth writer's report (method and layout). Committed
before the probe was first run on it. Every ICD-10-CM category below was checked against the tabular list of the
pinned `simple-icd-10-cm`. One module: `FORMS` maps class -> forms; every class holds cancer and `none` forms (about
40% `none` overall).

Labelling follows the README's rules. A code is evidence, not the answer: where a diagnosis code and the text beside
it disagree, the documented finding wins (a cancer code entered before the biopsy, or "in error", is `none`; a history
code beside a documented active recurrence takes the active category; a benign or screening code beside a documented
cancer takes the cancer). ICD-O-3 topography codes (C50.4, C77.2, C42.1) are sites, not ICD-10-CM categories: the
category follows site and morphology (a nodal DLBCL is C83, marrow AML C92, a melanoma of trunk skin C43). Behaviour
/3 is malignant, /2 in situ (DCIS D05, melanoma in situ D03, CIN 3 D06, flat urothelial CIS D09); /0 benign and /1
uncertain are `none`, and so are neoplasms ICD-10-CM codes outside C/D0 although ICD-O-3 calls them /3
(myelodysplastic syndromes D46, polycythaemia vera D45, primary myelofibrosis D47). Screening, rule-out, "suspicious",
imaging-only nodules and masses, pending pathology, family history, germline carriers without a cancer, and
non-cancer uses of cancer drugs and radiation (methotrexate for an ectopic pregnancy, rituximab for ITP, keloid or
vestibular schwannoma radiotherapy) are `none`. The category is the active C/D code when the cancer is present or
under treatment (surgery of this episode, chemotherapy, radiation, hormonal therapy, observation of an untreated
lymphoma or leukaemia, a cause of death), Z85 (Z86 for in situ) when given only as history; an order for a test that
seeks a recurrence of a cancer treated in the past, with none found yet, is history. A metastasis label lists the
primary's category with the secondary one (`"C61|C79"`); where ICD-10-CM leaves the first code to a detail the
passage does not give, the alternatives are all accepted. Renal pelvis urothelial carcinoma (C65) is kidney by
DESIGN.md's ranges.

Classes:
- registry: tumour-registry abstracts and casefinding logs (topography, morphology/behaviour, laterality, grade,
  summary stage, class of case, follow-up status).
- problem_list: problem lists in SNOMED-like "(disorder)" wording and ICD-9-CM legacy codes (V10 history, V16 family
  history, 2xx benign and uncertain neoplasms).
- billing: encounter and claim diagnosis lines whose code and text disagree or differ in detail.
- orders: order indications (screening, r/o, hx of, staging, surveillance, response assessment).
- radonc: radiation-oncology treatment summaries (site, dose, fractions), benign indications included.
- chemo: chemotherapy order sets, infusion flowsheets and hormone orders, non-cancer infusions included.
- end_of_life: hospice certifications, palliative consults, death certificates and cause-of-death lines.
- prior_auth: prior-authorisation requests, appeals and letters of medical necessity.
- quality: quality-measure abstraction (screening measures and their exclusions, oncology measures).
- addenda: dictated addenda that add or correct several conditions at once.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

F = Form

REGISTRY = (
    F("TUMOR REGISTRY ABSTRACT: Date of diagnosis 03/2026; Primary site C50.4 Upper-outer quadrant of breast; "
      "Laterality 2 left; Histology 8500/3 Infiltrating duct carcinoma, NOS; Grade 2; Summary stage 2018: 1 Localized; "
      "Class of case 14; First course: lumpectomy 04/2026, radiation planned.", "breast", "C50"),
    F("CANCER REGISTRY CASE SUMMARY: Primary site C18.7 Sigmoid colon; Histology 8140/3 Adenocarcinoma, NOS; "
      "Behavior 3 malignant; Grade 2 moderately differentiated; Regional nodes positive 2 of 18; Summary stage 3 "
      "Regional, lymph nodes only; Class of case 10; adjuvant CAPOX in progress.", "colorectal", "C18"),
    F("REGISTRY ABSTRACT: Primary site C67.2 Lateral wall of bladder; Histology 8120/3 Transitional cell carcinoma, "
      "NOS; Grade H high grade; Summary stage 2 Regional by direct extension; First course: radical cystectomy 02/2026 "
      "after neoadjuvant gemcitabine/cisplatin.", "bladder", "C67"),
    F("REPORTABLE TUMOR ABSTRACT: Primary site C50.8 Overlapping lesion of breast; Laterality 1 right; Histology "
      "8500/2 Intraductal carcinoma, noninfiltrating, NOS; Behavior 2 in situ; Summary stage 0 In situ; Class of case "
      "12; lumpectomy with negative margins, tamoxifen started.", "breast", "D05"),
    F("TUMOR REGISTRY ABSTRACT: Primary site C77.2 Intra-abdominal lymph nodes; Histology 9680/3 Malignant lymphoma, "
      "large B-cell, diffuse, NOS; Laterality 0 not a paired site; Ann Arbor stage II; Class of case 14; R-CHOP cycle "
      "2 given.", "lymphoma", "C83"),
    F("REGISTRY ABSTRACT: Primary site C42.1 Bone marrow; Histology 9861/3 Acute myeloid leukemia, NOS; Behavior 3; "
      "Summary stage 7 Distant; Class of case 14; First course: induction cytarabine and daunorubicin begun 05/2026.",
      "leukemia", "C92"),
    F("TUMOR REGISTRY ABSTRACT: Primary site C44.5 Skin of trunk; Histology 8721/3 Nodular melanoma; Breslow depth "
      "2.4 mm, ulceration present; Summary stage 1 Localized; First course: wide local excision and sentinel lymph "
      "node biopsy 01/2026.", "melanoma", "C43"),
    F("REGISTRY ABSTRACT: Primary site C64.9 Kidney, NOS; Laterality 1 right; Histology 8310/3 Clear cell "
      "adenocarcinoma, NOS; Grade 2 (WHO/ISUP); Summary stage 1 Localized; Class of case 10; robotic partial "
      "nephrectomy 06/2026.", "kidney", "C64"),
    F("CANCER REGISTRY ABSTRACT: Primary site C73.9 Thyroid gland; Histology 8260/3 Papillary adenocarcinoma, NOS; "
      "tumor size 23 mm; Summary stage 3 Regional, lymph nodes only; First course: total thyroidectomy with central "
      "neck dissection, radioactive iodine planned.", "thyroid", "C73"),
    F("REGISTRY CASEFINDING REVIEW: Pathology screened; Primary site C70.0 Cerebral meninges; Histology 9530/0 "
      "Meningioma, NOS; Behavior 0 benign; abstracted as a reportable benign CNS tumor.", "none"),
    F("CASEFINDING DETERMINATION: Primary site C56.9 Ovary; Histology 8442/1 Serous cystadenoma, borderline "
      "malignancy; Behavior 1 uncertain whether benign or malignant; not reportable.", "none"),
    F("CASEFINDING LOG: Primary site C18.2 Ascending colon; Histology 8211/0 Tubular adenoma, NOS; Behavior 0 benign; "
      "polypectomy complete; not reportable.", "none"),
    F("CASEFINDING LOG: Skin of back, excisional biopsy; Histology 8000/1 Neoplasm, uncertain whether benign or "
      "malignant; final diagnosis dysplastic compound nevus with moderate atypia; determination non-reportable.",
      "none"),
    F("REGISTRY ABSTRACT: Primary site C42.1 Bone marrow; Histology 9980/3 Refractory anemia; Behavior 3; IPSS-R low "
      "risk, blasts 2%; First course: erythropoiesis-stimulating agent and transfusion support.", "none"),
    F("REGISTRY SUSPENSE FILE: Mammogram 12/2025 BI-RADS 4; casefinding code R92.8; biopsy result not found in the "
      "record; reportability pending receipt of pathology.", "none"),
    F("ANNUAL FOLLOW-UP ABSTRACT: Primary site C61.9 Prostate gland; Histology 8140/3 Adenocarcinoma, NOS; diagnosed "
      "2014, radical prostatectomy 2014, no further treatment; Follow-up 03/2026: vital status alive, cancer status 1 "
      "no evidence of this tumor.", "prostate", "Z85"),
    F("CASEFINDING REVIEW: Genetic testing BRCA2 pathogenic variant; risk-reducing bilateral salpingo-oophorectomy; "
      "ovaries and fallopian tubes benign, no serous tubal intraepithelial carcinoma; not reportable.", "none"),
)

PROBLEM_LIST = (
    F("PROBLEM LIST: 1. Essential hypertension (disorder) 2. Malignant neoplasm of upper-outer quadrant of left female "
      "breast (disorder), onset 01/2026, active 3. Hyperlipidemia (disorder)", "breast", "C50"),
    F("ACTIVE PROBLEMS: 401.9 Hypertension NOS; 185 Malignant neoplasm of prostate, on leuprolide; 250.00 Diabetes "
      "mellitus type II without complication", "prostate", "C61"),
    F("PROBLEM LIST: V10.05 Personal history of malignant neoplasm of large intestine; 530.81 Esophageal reflux; "
      "272.4 Other and unspecified hyperlipidemia", "colorectal", "Z85"),
    F("PROBLEM LIST: V16.3 Family history of malignant neoplasm of breast; V76.12 Other screening mammogram; 611.72 "
      "Lump or mass in breast", "none"),
    F("PROBLEM LIST: 211.3 Benign neoplasm of colon; 562.10 Diverticulosis of colon; V12.72 Personal history of "
      "colonic polyps", "none"),
    F("Problem list: Monoclonal gammopathy of uncertain significance (disorder); Chronic kidney disease stage 3 "
      "(disorder); Anemia in chronic kidney disease (disorder).", "none"),
    F("Problem list: Chronic lymphocytic leukemia of B-cell type not having achieved remission (disorder); "
      "Hypogammaglobulinemia (disorder); Herpes zoster (disorder).", "leukemia", "C91"),
    F("PROBLEM LIST: 203.00 Multiple myeloma, without mention of having achieved remission; 733.00 Osteoporosis, "
      "unspecified; 585.3 Chronic kidney disease, stage III", "myeloma", "C90"),
    F("Problem list: Hodgkin's disease, nodular sclerosis (disorder), resolved 2009 after ABVD and radiotherapy; "
      "Hypothyroidism following radiotherapy (disorder).", "lymphoma", "Z85"),
    F("Problem list: Cervical intraepithelial neoplasia grade 3 (disorder), biopsy-proven, LEEP scheduled; Tobacco "
      "use (finding).", "other_cancer", "D06"),
    F("PROBLEM LIST: 155.0 Malignant neoplasm of liver, primary; 571.5 Cirrhosis of liver without mention of alcohol; "
      "070.54 Chronic hepatitis C without mention of hepatic coma", "liver", "C22"),
    F("PROBLEM LIST: 238.4 Polycythemia vera; V58.69 Long-term (current) use of other medications (hydroxyurea); "
      "427.31 Atrial fibrillation", "none"),
    F("Problem list: Barrett's esophagus with low grade dysplasia (disorder); Neoplasm of uncertain behavior of skin "
      "(disorder); Seborrheic keratosis (disorder).", "none"),
    F("Problem list: Neurofibromatosis, type 1 (disorder); Plexiform neurofibroma of left thigh (disorder); Learning "
      "disability (finding).", "none"),
    F("Problem list: Basal cell carcinoma of skin of nose (disorder), Mohs surgery scheduled; Actinic keratosis "
      "(disorder).", "other_cancer", "C44"),
    F("PROBLEM LIST: 162.3 Malignant neoplasm of upper lobe, bronchus or lung; 197.7 Malignant neoplasm of liver, "
      "secondary; 496 Chronic airway obstruction, not elsewhere classified", "lung", "C34|C78"),
    F("Problem list: Primary malignant neoplasm of head of pancreas (disorder); Obstructive jaundice (disorder), "
      "biliary stent placed; Cancer-related pain (finding).", "pancreas", "C25"),
    F("Problem list: Thyroid nodule (disorder), fine needle aspiration Bethesda II benign; Hashimoto thyroiditis "
      "(disorder).", "none"),
)

BILLING = (
    F("ENCOUNTER DIAGNOSES: 1. C50.912 Malignant neoplasm of unspecified site of left female breast. Provider comment: "
      "code entered in error; core biopsy final pathology fibroadenoma, no malignancy; corrected to N63.20.", "none"),
    F("CLAIM LINE DIAGNOSES: Z85.3 Personal history of malignant neoplasm of breast. Visit note: biopsy-proven "
      "metastatic recurrence in the T8 vertebral body; starting fulvestrant and palbociclib today.", "breast",
      "C50|C79"),
    F("ENCOUNTER DIAGNOSES: C61 Malignant neoplasm of prostate. Visit note: PSA 7.8, MRI PI-RADS 4 lesion, "
      "transperineal biopsy scheduled next week; no tissue diagnosis yet.", "none"),
    F("BILLING DIAGNOSES: D05.11 Intraductal carcinoma in situ of right breast. Surgeon's note: the excision showed a "
      "6 mm focus of invasive ductal carcinoma with the DCIS; sentinel node negative.", "breast", "C50"),
    F("ENCOUNTER DX: C18.9 Malignant neoplasm of colon, unspecified. Operative note: low anterior resection for "
      "adenocarcinoma at the rectosigmoid junction.", "colorectal", "C19|C18"),
    F("ENCOUNTER DIAGNOSES: C79.51 Secondary malignant neoplasm of bone. Note text: known prostate adenocarcinoma, "
      "castration-resistant, on enzalutamide; zoledronic acid given today.", "prostate", "C61|C79"),
    F("ENCOUNTER DIAGNOSES: Z80.3 Family history of malignant neoplasm of breast. Note text: the patient herself had "
      "ductal carcinoma in situ of the left breast in 2017, treated by lumpectomy and radiation, no disease since.",
      "breast", "Z86"),
    F("ENCOUNTER DIAGNOSES: R91.1 Solitary pulmonary nodule; Z87.891 Personal history of nicotine dependence. Note "
      "text: 9 mm right upper lobe nodule, mildly PET-avid; navigational bronchoscopy biopsy pending; concern for lung "
      "cancer.", "none"),
    F("ENCOUNTER DIAGNOSES: K63.5 Polyp of colon. Pathology addendum: pedunculated sigmoid polyp with invasive "
      "adenocarcinoma into the stalk (malignant polyp), resection margin 3 mm.", "colorectal", "C18"),
    F("BILLING DIAGNOSES: C44.91 Basal cell carcinoma of skin, unspecified. Pathology: melanoma in situ, lentigo "
      "maligna type, left cheek; peripheral margins involved.", "melanoma", "D03"),
    F("ENCOUNTER DIAGNOSES: N40.0 Benign prostatic hyperplasia without lower urinary tract symptoms. Pathology of TURP "
      "chips: incidental acinar adenocarcinoma, Gleason 3+3=6, in 3% of tissue (pT1a).", "prostate", "C61"),
    F("ENCOUNTER DIAGNOSES: Z12.11 Encounter for screening for malignant neoplasm of colon; Z80.0 Family history of "
      "malignant neoplasm of digestive organs. Findings: two tubular adenomas removed, no high-grade dysplasia.",
      "none"),
    F("ENCOUNTER DIAGNOSES: E04.1 Nontoxic single thyroid nodule. FNA result: Bethesda VI, papillary thyroid "
      "carcinoma; total thyroidectomy booked.", "thyroid", "C73"),
    F("ENCOUNTER DIAGNOSES: C22.0 Liver cell carcinoma. Hepatology note: cirrhosis with a 1.4 cm arterially enhancing "
      "lesion, LI-RADS 4; repeat MRI in 3 months; no biopsy; hepatocellular carcinoma not established.", "none"),
    F("CHARGE REVIEW: D48.5 Neoplasm of uncertain behavior of skin. Pathology: severely dysplastic compound nevus, "
      "re-excision advised; no melanoma.", "none"),
    F("ENCOUNTER DIAGNOSES: C92.00 Acute myeloblastic leukemia, not having achieved remission. Progress note: AML in "
      "first complete remission after 7+3, consolidation high-dose cytarabine cycle 2.", "leukemia", "C92"),
    F("ENCOUNTER DIAGNOSES: C16.9 Malignant neoplasm of stomach, unspecified. Endoscopy note: 2 cm clean-based gastric "
      "ulcer, biopsies sent; malignancy to be excluded.", "none"),
    F("ENCOUNTER DIAGNOSES: C64.1 Malignant neoplasm of right kidney. Note: the left nephrectomy specimen shows clear "
      "cell renal cell carcinoma, ISUP grade 2; laterality on the claim is wrong.", "kidney", "C64"),
)

ORDERS = (
    F("ORDER: CT chest/abdomen/pelvis with contrast. Indication: hx of breast ca 2018 s/p lumpectomy and radiation, "
      "new cough, r/o metastatic disease.", "breast", "Z85"),
    F("ORDER: Screening colonoscopy. Indication: average risk, age 45; family history of colon cancer in maternal "
      "aunt.", "none"),
    F("ORDER: Diagnostic mammogram and ultrasound, left. Indication: palpable lump left breast at 2 o'clock, r/o "
      "malignancy.", "none"),
    F("ORDER: PSA, total. Indication: screening; shared decision-making documented.", "none"),
    F("ORDER: CT abdomen/pelvis with contrast. Indication: staging, newly diagnosed gastric adenocarcinoma (EGD biopsy "
      "of the antrum 11/02).", "stomach", "C16"),
    F("ORDER: NM bone scan, whole body. Indication: prostate cancer on ADT, rising PSA 4.1, assess for osseous "
      "metastases.", "prostate", "C61"),
    F("ORDER: MRI brain with and without contrast. Indication: hx of melanoma of the back excised 2016, stage IB; new "
      "headaches, r/o brain mets.", "melanoma", "Z85"),
    F("ORDER: CBC with differential, CMP. Indication: on maintenance chemotherapy for B-ALL (POMP), day 1 labs.",
      "leukemia", "C91"),
    F("ORDER: Flow cytometry, peripheral blood. Indication: absolute lymphocytosis 9.8, r/o lymphoproliferative "
      "disorder.", "none"),
    F("ORDER: US liver, complete. Indication: HCC surveillance every 6 months, hepatitis B cirrhosis; last MRI without "
      "lesions.", "none"),
    F("ORDER: MRI liver with gadoxetate. Indication: known hepatocellular carcinoma s/p TACE 09/2026, assess treatment "
      "response.", "liver", "C22"),
    F("ORDER: Low-dose CT chest for lung cancer screening. Indication: 35 pack-year current smoker, age 62, "
      "asymptomatic.", "none"),
    F("ORDER: CEA. Indication: surveillance; hx colon cancer s/p right hemicolectomy 2019 and adjuvant FOLFOX, NED.",
      "colorectal", "Z85"),
    F("ORDER: CA-125. Indication: high-grade serous ovarian carcinoma on carboplatin/paclitaxel, before cycle 3.",
      "other_cancer", "C56|C57|C48"),
    F("ORDER: Pap smear with HPV co-test. Indication: hx of CIN 3 treated by LEEP 2015, annual surveillance.",
      "other_cancer", "Z86"),
    F("ORDER: Urine cytology x3 and CT urogram. Indication: gross hematuria in a smoker; r/o urothelial malignancy.",
      "none"),
    F("ORDER: PET/CT skull base to mid-thigh. Indication: interim restaging of diffuse large B-cell lymphoma after 4 "
      "cycles of R-CHOP.", "lymphoma", "C83"),
)

RADONC = (
    F("RADIATION ONCOLOGY TREATMENT SUMMARY: Diagnosis: left breast invasive ductal carcinoma, pT1cN0, ER/PR positive, "
      "s/p lumpectomy. Site: left whole breast 40.05 Gy in 15 fractions, then tumour bed boost 10 Gy in 4 fractions, "
      "deep inspiration breath hold. Completed without interruption.", "breast", "C50"),
    F("TREATMENT SUMMARY: Site: prostate and seminal vesicles, 70 Gy in 28 fractions IMRT with image guidance; ADT for "
      "6 months. Diagnosis: unfavorable intermediate-risk adenocarcinoma of the prostate, Gleason 4+3.", "prostate",
      "C61"),
    F("RADIATION TREATMENT SUMMARY: SBRT right upper lobe, 54 Gy in 3 fractions. Diagnosis: biopsy-proven "
      "adenocarcinoma, cT1bN0M0, medically inoperable.", "lung", "C34"),
    F("RADIATION TREATMENT SUMMARY: SBRT left lower lobe, 50 Gy in 5 fractions. Diagnosis: enlarging 1.6 cm PET-avid "
      "nodule, presumed early-stage lung cancer; biopsy non-diagnostic and repeat biopsy declined; treated "
      "empirically.", "none"),
    F("RADIATION TREATMENT SUMMARY: Whole brain radiotherapy 30 Gy in 10 fractions with hippocampal avoidance. "
      "Diagnosis: extensive-stage small cell lung cancer with multiple brain metastases.", "lung", "C34|C79"),
    F("TREATMENT SUMMARY: Palliative radiotherapy to T10-L1, 8 Gy in 1 fraction, for a painful lytic lesion. "
      "Diagnosis: IgG kappa multiple myeloma on daratumumab-based therapy.", "myeloma", "C90"),
    F("RADIATION TREATMENT SUMMARY: Site: right earlobe keloid excision bed, 12 Gy in 3 fractions with electrons, "
      "started within 24 hours of excision. Diagnosis: recurrent keloid.", "none"),
    F("TREATMENT SUMMARY: Single fraction of 7 Gy to the right hip for prophylaxis of heterotopic ossification after "
      "total hip arthroplasty.", "none"),
    F("RADIOSURGERY SUMMARY: Gamma Knife SRS 12 Gy to the 50% isodose line. Diagnosis: left vestibular schwannoma, "
      "1.8 cm, growing on serial MRI.", "none"),
    F("RADIOSURGERY SUMMARY: SRS 14 Gy in a single fraction. Diagnosis: right parietal arteriovenous malformation, "
      "Spetzler-Martin grade 2.", "none"),
    F("RADIATION TREATMENT SUMMARY: Site: brain, resection cavity and residual enhancement, 60 Gy in 30 fractions with "
      "concurrent temozolomide. Diagnosis: glioblastoma, IDH-wildtype, MGMT unmethylated, s/p subtotal resection.",
      "brain", "C71"),
    F("TREATMENT SUMMARY: Pelvis 45 Gy in 25 fractions with weekly cisplatin, then HDR brachytherapy 28 Gy in 4 "
      "fractions. Diagnosis: squamous cell carcinoma of the cervix, FIGO IIB.", "other_cancer", "C53"),
    F("TREATMENT SUMMARY: Short-course pelvic radiotherapy 25 Gy in 5 fractions before total neoadjuvant therapy. "
      "Diagnosis: adenocarcinoma of the mid rectum, cT3N1.", "colorectal", "C20"),
    F("RADIATION TREATMENT SUMMARY: Larynx, 70 Gy in 35 fractions, IMRT. Diagnosis: squamous cell carcinoma of the "
      "glottic larynx, T2N0.", "head_and_neck", "C32"),
    F("TREATMENT SUMMARY: Total skin electron beam therapy 12 Gy in 8 fractions. Diagnosis: mycosis fungoides, stage "
      "IIB, refractory to skin-directed therapy.", "lymphoma", "C84"),
    F("RADIATION ONCOLOGY FOLLOW UP: Prior treatment: mantle field 36 Gy in 1998 for Hodgkin lymphoma, in remission "
      "since. Seen for survivorship care; cardiac screening and breast MRI recommended.", "lymphoma", "Z85"),
    F("RADIATION TREATMENT SUMMARY: Orbital radiotherapy 20 Gy in 10 fractions. Diagnosis: active thyroid eye disease "
      "(Graves orbitopathy), steroid-refractory.", "none"),
    F("TREATMENT SUMMARY: Whole bladder 55 Gy in 20 fractions with 5-FU and mitomycin, bladder preservation. "
      "Diagnosis: muscle-invasive urothelial carcinoma after maximal TURBT.", "bladder", "C67"),
    F("RADIATION TREATMENT SUMMARY: Fractionated stereotactic radiotherapy 54 Gy in 30 fractions. Diagnosis: "
      "WHO grade 1 meningioma of the left cavernous sinus, not resectable.", "none"),
)

CHEMO = (
    F("CHEMOTHERAPY ORDER SET: Regimen mFOLFOX6, cycle 4 day 1. Oxaliplatin 85 mg/m2, leucovorin 400 mg/m2, "
      "fluorouracil 400 mg/m2 bolus then 2400 mg/m2 over 46 h. Diagnosis: C18.7 adenocarcinoma of sigmoid colon, "
      "stage III, adjuvant.", "colorectal", "C18"),
    F("CHEMOTHERAPY ORDERS: Dose-dense AC x4 then weekly paclitaxel x12. Cycle 2 day 1: doxorubicin 60 mg/m2, "
      "cyclophosphamide 600 mg/m2, pegfilgrastim on-body injector. Indication: triple-negative right breast cancer, "
      "neoadjuvant.", "breast", "C50"),
    F("INFUSION FLOWSHEET: R-CHOP cycle 3. 09:10 rituximab started at 100 mg/h, increased per protocol; 12:40 "
      "vincristine IV push; no reaction. Diagnosis: diffuse large B-cell lymphoma, stage III.", "lymphoma", "C83"),
    F("CHEMOTHERAPY ORDER SET: ABVD cycle 2 day 15. Doxorubicin 25 mg/m2, bleomycin 10 units/m2, vinblastine "
      "6 mg/m2, dacarbazine 375 mg/m2. Diagnosis: classical Hodgkin lymphoma, nodular sclerosis, stage IIA.",
      "lymphoma", "C81"),
    F("TREATMENT PLAN: Weekly cisplatin 40 mg/m2 concurrent with radiotherapy to 70 Gy. Diagnosis: p16-positive "
      "squamous cell carcinoma of the right tonsil, T2N1.", "head_and_neck", "C09"),
    F("CHEMOTHERAPY ORDERS: Carboplatin AUC 5, pemetrexed 500 mg/m2, pembrolizumab 200 mg every 3 weeks; vitamin B12 "
      "and folic acid premedication. Diagnosis: stage IV nonsquamous non-small cell lung cancer, PD-L1 10%.", "lung",
      "C34"),
    F("INFUSION FLOWSHEET: Gemcitabine 1000 mg/m2 and nab-paclitaxel 125 mg/m2, day 8 of cycle 1, tolerated. "
      "Diagnosis: locally advanced adenocarcinoma of the pancreatic body.", "pancreas", "C25"),
    F("INTRAVESICAL THERAPY RECORD: BCG induction instillation 3 of 6, dwell 2 hours, tolerated. Diagnosis: high-grade "
      "T1 urothelial carcinoma of the bladder with carcinoma in situ after re-TURBT.", "bladder", "C67|D09"),
    F("CHEMOTHERAPY ORDER SET: Daratumumab SC, bortezomib 1.3 mg/m2 SC, lenalidomide 25 mg days 1-14, dexamethasone "
      "40 mg weekly; cycle 5. Diagnosis: newly diagnosed multiple myeloma, transplant-eligible.", "myeloma", "C90"),
    F("CHEMOTHERAPY ORDERS: Induction 7+3: cytarabine 100 mg/m2/day continuous infusion days 1-7, daunorubicin "
      "60 mg/m2 days 1-3. Diagnosis: acute myeloid leukemia with NPM1 mutation.", "leukemia", "C92"),
    F("MEDICATION ORDER: Methotrexate 50 mg/m2 IM, single dose. Indication: unruptured ectopic pregnancy, beta-hCG "
      "1800, hemodynamically stable.", "none"),
    F("INFUSION FLOWSHEET: Zoledronic acid 5 mg IV over 15 minutes, annual dose. Indication: postmenopausal "
      "osteoporosis, T-score -2.8.", "none"),
    F("INFUSION FLOWSHEET: Infliximab 5 mg/kg, week 6 induction dose; premedicated with acetaminophen and "
      "diphenhydramine. Indication: ileocolonic Crohn's disease.", "none"),
    F("HORMONE THERAPY ORDER: Leuprolide acetate 22.5 mg IM every 3 months. Indication: metastatic hormone-sensitive "
      "prostate cancer, with abiraterone and prednisone.", "prostate", "C61"),
    F("HORMONE THERAPY ORDER: Leuprolide acetate 11.25 mg IM every 3 months with norethindrone add-back. Indication: "
      "endometriosis with chronic pelvic pain.", "none"),
    F("INFUSION ORDERS: Cyclophosphamide 500 mg IV every 2 weeks x6 (Euro-Lupus protocol). Indication: class IV lupus "
      "nephritis.", "none"),
    F("INFUSION ORDERS: Rituximab 375 mg/m2 weekly x4. Indication: refractory immune thrombocytopenia.", "none"),
    F("CHEMOTHERAPY ORDERS: Carboplatin AUC 6 and paclitaxel 175 mg/m2 every 21 days, cycle 4 of 6. Diagnosis: FIGO "
      "stage IIIC serous carcinoma of the endometrium after hysterectomy.", "uterine", "C54"),
    F("INFUSION FLOWSHEET: Iron sucrose 200 mg IV over 30 minutes, dose 3 of 5. Indication: iron deficiency anemia "
      "from heavy menstrual bleeding, oral iron not tolerated.", "none"),
)

END_OF_LIFE = (
    F("HOSPICE CERTIFICATION OF TERMINAL ILLNESS: Principal hospice diagnosis C25.9 malignant neoplasm of pancreas "
      "with liver metastases; prognosis six months or less if the illness runs its normal course; PPS 40%, weight loss "
      "12 kg.", "pancreas", "C25|C78"),
    F("HOSPICE RECERTIFICATION: Principal diagnosis: Alzheimer's dementia, FAST 7c. Other conditions: remote colon "
      "cancer resected in 2009 without recurrence; atrial fibrillation.", "colorectal", "Z85"),
    F("HOSPICE CERTIFICATION: Principal diagnosis: end-stage liver disease from alcohol-related cirrhosis, MELD 32, "
      "refractory ascites; surveillance MRI without hepatocellular carcinoma.", "none"),
    F("HOSPICE CERTIFICATION: Principal diagnosis: end-stage COPD on 4 L oxygen. A 3 cm right upper lobe mass on CT "
      "was never biopsied; the patient declined work-up.", "none"),
    F("PALLIATIVE CARE CONSULT: Reason: goals of care. Glioblastoma of the left temporal lobe progressing after "
      "temozolomide and bevacizumab; the family chooses comfort-focused care.", "brain", "C71"),
    F("HOSPICE CERTIFICATION: Principal diagnosis: acute myeloid leukemia, relapsed after two lines of therapy, "
      "transfusion-dependent; declines further treatment.", "leukemia", "C92"),
    F("HOSPICE CERTIFICATION: Principal diagnosis: amyotrophic lateral sclerosis, FVC 38%, declines tracheostomy.",
      "none"),
    F("CERTIFICATE OF DEATH: Part I. a) Respiratory failure, days; b) Pneumonia, 1 week; c) Multiple myeloma, 3 years. "
      "Part II: chronic kidney disease. Manner of death: natural.", "myeloma", "C90"),
    F("CAUSE OF DEATH: Part I a) Hemorrhagic shock b) Ruptured hepatocellular carcinoma c) Chronic hepatitis B with "
      "cirrhosis. Autopsy: no.", "liver", "C22"),
    F("DEATH CERTIFICATE WORKSHEET: Immediate cause: cardiac arrest due to atherosclerotic cardiovascular disease. "
      "Other significant conditions: none. History: radical prostatectomy for prostate cancer in 2004, PSA "
      "undetectable since.", "prostate", "Z85"),
    F("CAUSE OF DEATH: Part I a) Pending investigation. Clinical note: collapsed at home; chest x-ray in the ED "
      "showed a right hilar mass; no prior diagnosis; autopsy ordered, results pending.", "none"),
    F("CERTIFICATE OF DEATH: Part I a) Intracranial hemorrhage b) Metastatic melanoma to brain, months. Part II: "
      "hypertension.", "melanoma", "C43|C79"),
    F("CAUSE OF DEATH: Part I a) Septic shock b) Neutropenia c) Chemotherapy for diffuse large B-cell lymphoma. "
      "Manner: natural.", "lymphoma", "C83"),
    F("CERTIFICATE OF DEATH: Part I a) Aspiration pneumonia b) Parkinson disease. Part II: benign prostatic "
      "hyperplasia, type 2 diabetes mellitus.", "none"),
    F("DEATH CERTIFICATE AMENDMENT: Part I line c amended from carcinoma of the stomach to perforated gastric ulcer; "
      "autopsy showed a benign peptic ulcer and no tumour.", "none"),
    F("CAUSE OF DEATH: Part I a) Pulmonary embolism b) Adenocarcinoma of the stomach, metastatic to the peritoneum, "
      "8 months.", "stomach", "C16|C78"),
    F("HOSPICE CERTIFICATION: Principal diagnosis: metastatic urothelial carcinoma of the left renal pelvis with "
      "bilateral pulmonary metastases; not a candidate for further therapy.", "kidney", "C65|C78"),
    F("HOSPICE CERTIFICATION: Principal diagnosis: heart failure with reduced ejection fraction, NYHA class IV. "
      "Comorbid: BRCA1 carrier, s/p risk-reducing mastectomy, never had cancer.", "none"),
)

PRIOR_AUTH = (
    F("PRIOR AUTHORIZATION REQUEST: Drug: pembrolizumab 200 mg IV every 3 weeks. Diagnosis: C34.11, stage IV squamous "
      "cell carcinoma of the right upper lobe, PD-L1 TPS 80%; first line, NCCN category 1.", "lung", "C34"),
    F("PRIOR AUTHORIZATION REQUEST: Annual screening breast MRI. Justification: BRCA1 pathogenic variant carrier, "
      "lifetime risk above 20%, no personal history of cancer.", "none"),
    F("LETTER OF MEDICAL NECESSITY: Germline multigene panel testing. Reason: mother with ovarian cancer at 48 and "
      "sister with breast cancer at 39; the patient is unaffected.", "none"),
    F("PRIOR AUTHORIZATION REQUEST: Oncotype DX Breast Recurrence Score. Diagnosis: left breast invasive ductal "
      "carcinoma, pT1cN0, ER+/PR+/HER2-negative, after lumpectomy.", "breast", "C50"),
    F("PRIOR AUTHORIZATION REQUEST: Bilateral prophylactic mastectomy with reconstruction. Diagnosis: Z15.01 genetic "
      "susceptibility to malignant neoplasm of breast (BRCA2); no cancer diagnosis.", "none"),
    F("PRIOR AUTHORIZATION: Denosumab 120 mg SC every 4 weeks. Diagnosis: castration-resistant prostate cancer with "
      "bone metastases.", "prostate", "C61|C79"),
    F("PRIOR AUTHORIZATION REQUEST: PET/CT. Indication: 2.1 cm spiculated left upper lobe nodule suspicious for "
      "malignancy; biopsy planned after the PET.", "none"),
    F("PRIOR AUTHORIZATION: Lenalidomide 10 mg maintenance. Diagnosis: multiple myeloma in very good partial response "
      "after autologous stem cell transplant.", "myeloma", "C90"),
    F("PRIOR AUTHORIZATION REQUEST: Proton beam craniospinal irradiation. Patient: 9-year-old with medulloblastoma of "
      "the cerebellum after gross total resection.", "brain", "C71"),
    F("PRIOR AUTHORIZATION REQUEST: Bevacizumab 1.25 mg intravitreal injections, right eye. Diagnosis: neovascular "
      "age-related macular degeneration.", "none"),
    F("PRIOR AUTHORIZATION: Rituximab 1000 mg IV x2, two weeks apart. Diagnosis: seropositive rheumatoid arthritis "
      "after failure of two TNF inhibitors.", "none"),
    F("PRIOR AUTHORIZATION APPEAL: Lutetium Lu 177 dotatate was denied as not medically necessary; we appeal. The "
      "patient has a well-differentiated neuroendocrine tumor of the ileum, grade 2, with liver metastases, "
      "somatostatin receptor positive, progressing on octreotide.", "other_cancer", "C7A|C7B"),
    F("PRIOR AUTHORIZATION: Radioactive iodine ablation, I-131 100 mCi, after total thyroidectomy. Diagnosis: "
      "papillary thyroid carcinoma, 2.3 cm, with central node metastases.", "thyroid", "C73"),
    F("PRIOR AUTHORIZATION REQUEST: Adjuvant nivolumab for one year. Diagnosis: stage IIIB cutaneous melanoma of the "
      "left forearm after wide excision and a positive sentinel node.", "melanoma", "C43"),
    F("PRIOR AUTHORIZATION: Atezolizumab plus bevacizumab. Diagnosis: unresectable hepatocellular carcinoma, "
      "Child-Pugh A, BCLC stage C.", "liver", "C22"),
    F("PRIOR AUTHORIZATION: Ruxolitinib 10 mg twice daily. Diagnosis: intermediate-2 risk primary myelofibrosis with "
      "symptomatic splenomegaly.", "none"),
    F("PRIOR AUTHORIZATION: Zanubrutinib 160 mg twice daily. Diagnosis: relapsed mantle cell lymphoma after "
      "bendamustine-rituximab.", "lymphoma", "C83"),
    F("PRIOR AUTHORIZATION: Enfortumab vedotin plus pembrolizumab. Diagnosis: locally advanced urothelial carcinoma of "
      "the bladder, cisplatin-ineligible.", "bladder", "C67"),
)

QUALITY = (
    F("QUALITY MEASURE ABSTRACTION: Colorectal cancer screening (CMS130): colonoscopy 2022 documented; no history of "
      "colorectal cancer or total colectomy; numerator met.", "none"),
    F("QUALITY MEASURE ABSTRACTION: Colorectal cancer screening: denominator exclusion; patient has Z85.038 personal "
      "history of colon cancer, sigmoid resection 2016.", "colorectal", "Z85"),
    F("QUALITY MEASURE ABSTRACTION: Breast cancer screening (CMS125): exclusion met, bilateral mastectomy 2019, "
      "risk-reducing for BRCA1; pathology benign.", "none"),
    F("QUALITY MEASURE ABSTRACTION: Breast cancer screening: exclusion met; bilateral mastectomy 2015 for right breast "
      "cancer, treatment completed.", "breast", "Z85"),
    F("QUALITY MEASURE ABSTRACTION: Cervical cancer screening (CMS124): exclusion met, total hysterectomy with the "
      "cervix removed for uterine fibroids.", "none"),
    F("ONCOLOGY QUALITY ABSTRACTION: Pain intensity quantified (CMS157): yes, 3/10 at the chemotherapy visit. "
      "Diagnosis: stage IV lung adenocarcinoma receiving carboplatin and pemetrexed.", "lung", "C34"),
    F("QUALITY ABSTRACTION: Adjuvant hormonal therapy for stage I-III ER/PR-positive breast cancer: tamoxifen "
      "prescribed within 12 months of diagnosis; measure met.", "breast", "C50"),
    F("QUALITY ABSTRACTION: Avoidance of overuse of bone scan for staging low-risk prostate cancer (CMS129): no bone "
      "scan ordered; Gleason 3+3, PSA 5.2, cT1c; active surveillance.", "prostate", "C61"),
    F("QUALITY ABSTRACTION: Tobacco use screening and cessation intervention: current smoker, counselling given; "
      "eligible for lung cancer screening, low-dose CT ordered.", "none"),
    F("QUALITY ABSTRACTION: Melanoma, overutilization of imaging: stage IA melanoma of the right calf, wide excision "
      "this month, no staging imaging ordered; measure met.", "melanoma", "C43"),
    F("QUALITY ABSTRACTION: Stage III colon cancer referred for adjuvant chemotherapy: medical oncology referral "
      "documented two weeks after hemicolectomy for pT3N1a adenocarcinoma.", "colorectal", "C18"),
    F("QUALITY ABSTRACTION: HEDIS breast cancer screening: screening mammogram 03/2026, BI-RADS 1; no history of "
      "breast cancer; measure met.", "none"),
    F("QUALITY ABSTRACTION: Hepatocellular carcinoma surveillance in cirrhosis: ultrasound with AFP every 6 months "
      "documented; no liver lesion; measure met.", "none"),
    F("QUALITY ABSTRACTION: Chronic lymphocytic leukemia, baseline flow cytometry documented before treatment with "
      "venetoclax and obinutuzumab; measure met.", "leukemia", "C91"),
    F("QUALITY ABSTRACTION: Barrett's esophagus: pathology report documents dysplasia status (no dysplasia); "
      "surveillance interval 3-5 years.", "none"),
    F("QUALITY ABSTRACTION: Endometrial cancer, lymph node assessment: sentinel nodes documented at hysterectomy for "
      "endometrioid adenocarcinoma, FIGO grade 1.", "uterine", "C54"),
    F("QUALITY ABSTRACTION: Head and neck cancer, nutritional assessment before radiotherapy documented. Diagnosis: "
      "squamous cell carcinoma of the base of tongue, HPV-associated.", "head_and_neck", "C01"),
)

ADDENDA = (
    F("ADDENDUM: Other conditions addressed: type 2 diabetes (A1c 7.4), CKD stage 3, and history of prostate cancer "
      "treated with brachytherapy in 2011, PSA undetectable since. Today's visit was for a diabetic foot ulcer.",
      "prostate", "Z85"),
    F("Addendum: For completeness, the patient also has hypothyroidism after total thyroidectomy for papillary thyroid "
      "cancer in 2015, on levothyroxine replacement, thyroglobulin undetectable; and migraines.", "thyroid", "Z85"),
    F("ADDENDUM: Additional diagnoses: chronic heart failure, atrial fibrillation on apixaban, and newly diagnosed "
      "chronic lymphocytic leukemia by peripheral blood flow cytometry, Rai stage 0, watch and wait.", "leukemia",
      "C91"),
    F("ADDENDUM: The procedure today also included shave excision of a pearly papule of the left nasal ala; pathology "
      "returned nodular basal cell carcinoma, margins clear. Gout and sleep apnea unchanged.", "other_cancer", "C44"),
    F("ADDENDUM: Multiple actinic keratoses on the scalp treated with cryotherapy; seborrheic keratoses on the back, "
      "reassured; no suspicious pigmented lesions.", "none"),
    F("Addendum: Also discussed: COPD, continued smoking, and a 6 mm solid nodule in the right lower lobe on CT; "
      "follow-up CT in 12 months per Fleischner guidance.", "none"),
    F("Addendum: Stable IgG MGUS, M-spike 0.4 g/dL unchanged for 3 years, and chronic immune thrombocytopenia; no "
      "treatment needed.", "none"),
    F("ADDENDUM: Lynch syndrome (MLH1) carrier; colonoscopy this year normal; endometrial sampling benign; "
      "risk-reducing hysterectomy discussed.", "none"),
    F("ADDENDUM: Current medications reconciled: anastrozole for left breast cancer (adjuvant, year 3 of 5), "
      "alendronate for osteopenia, lisinopril for hypertension.", "breast", "C50"),
    F("Addendum: HIV on antiretroviral therapy, CD4 180; violaceous plaques on both legs biopsied last month show "
      "Kaposi sarcoma; liposomal doxorubicin started.", "other_cancer", "C46"),
    F("ADDENDUM: Past history omitted from the dictation: left testicular seminoma, orchiectomy in 1998, no further "
      "treatment; also appendectomy and ACL repair.", "other_cancer", "Z85"),
    F("ADDENDUM TO CORRECT THE RECORD: The assessment line reading renal cell carcinoma was a dictation error; it "
      "should read Bosniak II renal cyst, no follow-up needed. Hypertension and hyperlipidaemia as above.", "none"),
    F("ADDENDUM: Comorbidities: depression, diabetes, and pancreatic adenocarcinoma receiving modified FOLFIRINOX, "
      "cycle 6; today's admission is for cholangitis with a blocked biliary stent.", "pancreas", "C25"),
    F("Addendum: Family history clarified: father had colon cancer at 52 and a brother had prostate cancer; the "
      "patient has had no cancer, and his colonoscopy in 2024 was normal.", "none"),
    F("ADDENDUM: In addition to the COPD exacerbation, the patient is under active treatment for limited-stage small "
      "cell lung cancer with cisplatin, etoposide and thoracic radiation.", "lung", "C34"),
    F("Addendum: History of melanoma in situ of the right shoulder, excised in 2018, and hypertension; seen today for "
      "knee osteoarthritis.", "melanoma", "Z86"),
    F("ADDENDUM: Chronic problems: hepatitis C, cured; osteoarthritis; and follicular lymphoma grade 1-2 on "
      "observation since 2024, no treatment required yet. Vaccinations updated.", "lymphoma", "C82"),
    F("ADDENDUM: Incidental 1.2 cm adrenal adenoma (10 HU) and a simple hepatic cyst on CT, both benign, no follow-up; "
      "gallstones remain the cause of the pain.", "none"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "registry": REGISTRY,
    "problem_list": PROBLEM_LIST,
    "billing": BILLING,
    "orders": ORDERS,
    "radonc": RADONC,
    "chemo": CHEMO,
    "end_of_life": END_OF_LIFE,
    "prior_auth": PRIOR_AUTH,
    "quality": QUALITY,
    "addenda": ADDENDA,
}

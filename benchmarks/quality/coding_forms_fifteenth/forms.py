"""The fifteenth family: the cancer and its ICD-10-CM category as notes state them in passing or sideways.

Written blind 2026-12-05 by someone who had not read the coder, its rules or vocabularies, or the other families' forms;
only DESIGN.md (the 17 types and their ICD-10-CM ranges), the brief of issue 17, the probe, the `Form` class, the
labelling rules of tests/fixtures/mtsamples_gold_README.md, the first 25 lines of the fourteenth family's `forms.py`
and its `__init__.py` (layout), the late-families test and the fourteenth writer's report (its class list, so as to
pick other classes). Committed before the probe was first run on it. Every ICD-10-CM category below was checked
against the tabular list of the pinned `simple-icd-10-cm`. One module: `FORMS` maps class -> forms; every class
holds cancer and `none` forms (about 40% `none` overall).

Labelling follows the README's rules: a type needs this patient's cancer, current or past (in situ counts; melanoma in
situ given as history -> melanoma Z86, DCIS given as history -> breast Z86); imaging-only masses, pending pathology,
"favour", "suspicious", "cannot exclude", relatives' cancers, benign tumours and neoplasms of uncertain behaviour
(borderline ovarian tumours, desmoid, myelodysplastic neoplasm without excess blasts, ICD-10-CM D46) are `none`; the
category is the active C/D code when the cancer is present or under treatment (adjuvant hormonal or immune therapy
included), Z85 (Z86 for in situ) when given only as history. A metastasis of a primary removed earlier takes the
secondary category first with the primary's type, and the primary's category is also accepted (`"C78|C18"`). Where
ICD-10-CM leaves the first code to a detail the note does not give, the alternatives are all accepted. Site decides
the type by DESIGN.md's ranges: GIST is C49 (other_cancer), anal margin skin C44 (other_cancer) but anal canal C21
(colorectal), appendix goblet cell adenocarcinoma C18 (colorectal), Wilms tumour C64 (kidney), hepatoblastoma C22
(liver), neuroblastoma of the adrenal C74 and retinoblastoma C69 (other_cancer); a choroidal melanoma is coded to the
eye (C69) and stays melanoma.

Classes:
- consult: notes by non-oncology services (ED, cardiology, nephrology, dermatology, psychiatry, orthopaedics,
  infectious disease, pulmonary, gastroenterology, endocrinology, hospitalist) that mention the cancer in passing;
  the same services' notes about a non-cancer look-alike (clozapine neutropenia, diverticulitis colectomy,
  a caregiver's distress) -> none;
- problem_list: problem-list, past-history and claims-style lines with ICD titles and shorthand (h/o, s/p, r/o, ?);
- medlist: medication lists whose drugs imply the disease (letrozole + palbociclib, enzalutamide, imatinib for CML or
  GIST, lenalidomide maintenance, anastrozole, osimertinib), stated or not; the same drugs for non-cancer uses
  (ovulation induction, rheumatoid arthritis, sickle cell disease, vasculitis, endometriosis, risk reduction) -> none;
- tumour_board: tumour-board and MDT summaries with several candidate diagnoses and a final answer;
- survivorship: survivorship care plans and late-effects visits: remote cancer -> Z85, ongoing adjuvant hormonal
  therapy or a recurrence -> active; benign or precursor diagnoses and relatives -> none;
- childhood: paediatric oncology (Wilms, neuroblastoma, medulloblastoma, ALL, retinoblastoma, osteosarcoma,
  hepatoblastoma, Hodgkin, rhabdomyosarcoma, diffuse midline glioma, AML) and its look-alikes (haemangioma, osteoid
  osteoma, cat-scratch disease, tumour-predisposition surveillance, ITP, transient abnormal myelopoiesis) -> none;
- haem_lab: flow cytometry, marrow, smear and cytogenetics language (CLL-type phenotype, blast percentages,
  "consistent with", "cannot exclude");
- rare_site: rare sites and histologies (appendix goblet cell, thymic carcinoma, mesothelioma, GIST, Merkel cell,
  penile, vulvar, anal canal against anal margin, choroidal melanoma, extremity sarcoma, DFSP) and benign neighbours;
- hedging: negation and uncertainty in clinical grammar ("no evidence of recurrence", "pending pathology", "favor",
  "cannot be entirely excluded", "uncertain behavior", "declines treatment");
- telegraphic: dictation shorthand with typos and wrapped lines.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

CONSULT = (
    Form("EMERGENCY DEPARTMENT NOTE: 58-year-old woman on day 10 of cycle 3 of docetaxel and cyclophosphamide for "
         "stage II left breast cancer presents with a temperature of 38.6 C. ANC 200. Blood cultures drawn, cefepime "
         "started, admitted to the oncology service for neutropenic fever.", "breast", "C50"),
    Form("EMERGENCY DEPARTMENT NOTE: Fever of 38.9 C and ANC 300 in a 34-year-old woman on clozapine for "
         "schizophrenia. Clozapine held, hematology aware; no chemotherapy exposure. Admitted for neutropenic fever "
         "on cefepime.", "none"),
    Form("CARDIOLOGY PREOPERATIVE CONSULTATION: Asked to evaluate cardiac risk before laparoscopic sigmoid colectomy "
         "for biopsy-proven adenocarcinoma of the sigmoid colon found on screening colonoscopy. Functional capacity "
         "greater than 4 METs, ECG normal sinus rhythm. Acceptable risk; proceed without further testing.",
         "colorectal", "C18"),
    Form("CARDIOLOGY PREOPERATIVE CONSULTATION: Asked to clear for elective sigmoid colectomy after a third episode of "
         "complicated diverticulitis with a colovesical fistula. Echocardiogram shows preserved ejection fraction. "
         "Low risk; continue beta blocker perioperatively.", "none"),
    Form("NEPHROLOGY CONSULT: Creatinine rose from 0.9 to 2.4 one week after his second dose of high-dose cisplatin "
         "given with radiation for p16-positive squamous cell carcinoma of the right tonsil. Magnesium 1.2. Likely "
         "cisplatin nephrotoxicity; recommend IV fluids, magnesium repletion and weekly carboplatin if further "
         "chemotherapy is planned.", "head_and_neck", "C09"),
    Form("NEPHROLOGY CONSULT: Acute kidney injury after IV contrast and vancomycin for osteomyelitis of the left "
         "heel. Creatinine 2.1 from a baseline of 1.0. Hold nephrotoxins, renally dose antibiotics, recheck in 48 "
         "hours.", "none"),
    Form("DERMATOLOGY CONSULT: Papulopustular eruption of the face and upper chest, grade 2, beginning three weeks "
         "after starting osimertinib for EGFR-mutated adenocarcinoma of the lung. Start doxycycline 100 mg twice "
         "daily and hydrocortisone 2.5% cream; no change to the osimertinib dose needed.", "lung", "C34"),
    Form("DERMATOLOGY CONSULT: Monomorphic acneiform eruption of the chest and back ten days into a prednisone taper "
         "for an asthma exacerbation. Steroid acne; expect resolution after the taper, topical benzoyl peroxide "
         "meanwhile.", "none"),
    Form("PSYCHIATRY CONSULTATION: Asked to see a 66-year-old man with IgG kappa multiple myeloma, now on "
         "daratumumab, lenalidomide and dexamethasone, for low mood, tearfulness and insomnia since his diagnosis in "
         "March. Does not meet criteria for major depressive disorder. Diagnosis: adjustment disorder with depressed "
         "mood. Recommend weekly supportive therapy; avoid sedating agents on his dexamethasone days.", "myeloma",
         "C90"),
    Form("PSYCHIATRY CONSULTATION: Adjustment disorder with anxiety after her husband's diagnosis of pancreatic "
         "cancer; she is his main caregiver and has stopped sleeping. No personal medical history of note. Referred "
         "to the caregiver support group and started on sertraline 25 mg.", "none"),
    Form("ORTHOPAEDIC CONSULT: Pathological fracture of the right femoral neck through a lytic lesion in a woman with "
         "known ER-positive breast cancer metastatic to bone, on letrozole and ribociclib. Plan hemiarthroplasty, "
         "then radiation to the femur.", "breast", "C50|C79"),
    Form("INFECTIOUS DISEASE CONSULT: Fever and erythema over a right chest port placed in May for FOLFOX "
         "chemotherapy for stage III rectal adenocarcinoma. Blood cultures grew Staphylococcus aureus from both port "
         "and peripheral draws. Recommend port removal and cefazolin for four weeks.", "colorectal", "C20"),
    Form("PULMONARY CONSULT: Right pleural effusion after coronary bypass surgery. Thoracentesis yielded 900 mL of "
         "serosanguinous fluid, exudate by Light's criteria, cytology negative for malignant cells. "
         "Post-pericardiotomy syndrome favoured; start colchicine.", "none"),
    Form("GASTROENTEROLOGY CONSULT: Asked to see for diarrhea, six to eight stools daily, two weeks after the second "
         "dose of ipilimumab and nivolumab for metastatic melanoma. Flexible sigmoidoscopy shows diffuse colitis. "
         "Immune checkpoint inhibitor colitis; start prednisone 1 mg/kg.", "melanoma", "C43|C79|C78"),
    Form("ENDOCRINOLOGY CONSULT: TSH 48, free T4 low, eight weeks into pembrolizumab for metastatic clear cell renal "
         "cell carcinoma. Painless thyroiditis from the checkpoint inhibitor, now hypothyroid. Start levothyroxine "
         "75 mcg daily.", "kidney", "C64|C78|C79"),
    Form("ENDOCRINOLOGY CONSULT: Hypothyroidism after radioactive iodine for Graves disease in 2019; TSH 12 on "
         "levothyroxine 100 mcg. Increase to 112 mcg and recheck in six weeks.", "none"),
    Form("HOSPITALIST ADMISSION NOTE: Admitted with community-acquired pneumonia of the right lower lobe. Past history "
         "includes hypertension, gout and prostate cancer treated with radical prostatectomy in 2009, PSA "
         "undetectable since. Started ceftriaxone and azithromycin.", "prostate", "Z85"),
)

PROBLEM_LIST = (
    Form("PROBLEM LIST:\n1. HTN\n2. DM2, on metformin\n3. h/o prostate ca s/p XRT 2011, PSA stable\n4. BPH sx",
         "prostate", "Z85"),
    Form("ACTIVE PROBLEMS: CAD s/p PCI; CKD 3a; NSCLC LLL stage IIIA on durvalumab consolidation; COPD.", "lung",
         "C34"),
    Form("PROBLEM LIST: r/o lymphoma - excisional LN bx 11/3 pending; night sweats; wt loss 12 lb.", "none"),
    Form("ASSESSMENT: ? lung ca - 2.3 cm spiculated RUL nodule, PET/CT ordered; 40 pk-yr smoker.", "none"),
    Form("DIAGNOSES: C50.412 Malignant neoplasm of upper-outer quadrant of left female breast; Z17.0 Estrogen "
         "receptor positive status; Z79.811 Long term (current) use of aromatase inhibitors.", "breast", "C50"),
    Form("DIAGNOSES: Z80.3 Family history of malignant neoplasm of breast; Z15.01 Genetic susceptibility to malignant "
         "neoplasm of breast; Z12.39 Encounter for other screening for malignant neoplasm of breast.", "none"),
    Form("DIAGNOSES: Z85.038 Personal history of other malignant neoplasm of large intestine; Z86.010 Personal "
         "history of colonic polyps; Z09 Encounter for follow-up examination after completed treatment.",
         "colorectal", "Z85"),
    Form("PMH: HTN, HLD, GERD, s/p lap chole, s/p TAH-BSO for fibroids, OA knees.", "none"),
    Form("PMH: CLL (Rai 0), watch & wait, last WBC 28K; HTN; BPH.", "leukemia", "C91"),
    Form("PROBLEM LIST:\n- Adrenal incidentaloma L 2.1 cm, lipid-rich, nonfunctioning; repeat CT 12 mo\n- Hypothyroid"
         "\n- GERD", "none"),
    Form("PROBLEM LIST: 1) DLBCL, stage IV, C3D1 R-CHOP today 2) tumor lysis ppx, allopurinol 3) HBV core Ab+, on "
         "entecavir", "lymphoma", "C83"),
    Form("PMH: melanoma in situ L upper arm, WLE 2019, derm q6mo; actinic keratoses.", "melanoma", "Z86"),
    Form("ENCOUNTER DX: Z51.11 Encounter for antineoplastic chemotherapy; C25.0 Malignant neoplasm of head of "
         "pancreas.", "pancreas", "C25"),
    Form("DX: D12.5 Benign neoplasm of sigmoid colon; K57.30 Diverticulosis of large intestine without perforation or "
         "abscess without bleeding.", "none"),
    Form("Hospital problem list: #AML s/p 7+3, day +14 marrow pending; #neutropenic fever; #mucositis.", "leukemia",
         "C92"),
    Form("PROBLEM LIST: GBM (IDH-wt) s/p GTR 6/2025 + TMZ/RT, now adjuvant TMZ C4; seizures on levetiracetam.",
         "brain", "C71"),
    Form("PMH: DCIS R breast s/p lumpectomy + XRT 2017, off tamoxifen since 2022.", "breast", "Z86"),
)

MEDLIST = (
    Form("MEDICATIONS:\n- letrozole 2.5 mg PO daily\n- palbociclib 125 mg PO daily, days 1-21 of 28\n- denosumab "
         "120 mg SC every 4 weeks\n- calcium/vitamin D", "breast", "C50|C79"),
    Form("MEDICATIONS: letrozole 2.5 mg on cycle days 3-7 for ovulation induction; prenatal vitamin; metformin 500 mg "
         "twice daily for PCOS.", "none"),
    Form("MEDICATIONS: enzalutamide 160 mg daily; leuprolide 22.5 mg IM every 3 months; tamsulosin. Last PSA 0.4, "
         "down from 38 before enzalutamide.", "prostate", "C61"),
    Form("MEDICATIONS: imatinib 400 mg daily for chronic myeloid leukemia, chronic phase, in major molecular "
         "response; omeprazole 20 mg daily.", "leukemia", "C92"),
    Form("MEDICATIONS: imatinib 400 mg daily, started after resection of a 7 cm gastric gastrointestinal stromal "
         "tumor (adjuvant, planned for 3 years); ondansetron as needed.", "other_cancer", "C49"),
    Form("MEDICATIONS: lenalidomide 10 mg days 1-21 (maintenance after autologous transplant); acyclovir 400 mg BID; "
         "aspirin 81 mg daily.", "myeloma", "C90"),
    Form("MEDICATIONS: methotrexate 15 mg weekly and folic acid 1 mg daily for rheumatoid arthritis; "
         "hydroxychloroquine 200 mg BID.", "none"),
    Form("MEDICATIONS: tamoxifen 20 mg daily for five years of risk reduction (atypical ductal hyperplasia on "
         "excision 2024, Gail 5-year risk 3.1%).", "none"),
    Form("MEDICATIONS: anastrozole 1 mg daily (year 3 of 5, adjuvant); venlafaxine 37.5 mg for hot flashes; "
         "alendronate 70 mg weekly.", "breast", "C50"),
    Form("MEDICATIONS: hydroxyurea 1,000 mg daily for sickle cell anemia (HbSS); folic acid; penicillin VK.", "none"),
    Form("MEDICATIONS: rituximab 1,000 mg IV every 6 months for granulomatosis with polyangiitis; "
         "trimethoprim-sulfamethoxazole prophylaxis.", "none"),
    Form("MEDICATIONS: abiraterone 1,000 mg daily with prednisone 5 mg daily; denosumab 120 mg monthly for bone "
         "metastases.", "prostate", "C61|C79"),
    Form("MEDICATIONS: leuprolide 11.25 mg IM every 3 months for endometriosis with add-back norethindrone 5 mg "
         "daily.", "none"),
    Form("MEDICATIONS: capecitabine 825 mg/m2 twice daily Monday to Friday with radiation (rectal adenocarcinoma, "
         "T3N1, neoadjuvant); ondansetron as needed.", "colorectal", "C20"),
    Form("MEDICATIONS: ibrutinib 420 mg daily for CLL with del(17p); apixaban held for the procedure.", "leukemia",
         "C91"),
    Form("MEDICATIONS: cabergoline 0.5 mg twice weekly for a prolactinoma; levothyroxine 50 mcg daily.", "none"),
    Form("MEDICATIONS: osimertinib 80 mg daily, no other changes. Scan last month: stable disease in the lungs and "
         "liver.", "lung", "C34|C78"),
)

TUMOUR_BOARD = (
    Form("TUMOR BOARD SUMMARY: 61-year-old man with a 4 cm pancreatic head mass and CA 19-9 of 410. Differential "
         "discussed: pancreatic adenocarcinoma, autoimmune pancreatitis, neuroendocrine tumor. EUS-FNA: "
         "adenocarcinoma. Consensus: borderline resectable pancreatic adenocarcinoma; neoadjuvant FOLFIRINOX, then "
         "restage.", "pancreas", "C25"),
    Form("TUMOR BOARD SUMMARY: 3.1 cm left renal mass. Differential: renal cell carcinoma, oncocytoma, lipid-poor "
         "angiomyolipoma. Core biopsy: oncocytic neoplasm favouring oncocytoma. Consensus: active surveillance with "
         "CT in 6 months.", "none"),
    Form("MULTIDISCIPLINARY TEAM OUTCOME: Anterior mediastinal mass in a 27-year-old. Candidates were thymoma, germ "
         "cell tumour and lymphoma. Core biopsy shows primary mediastinal large B-cell lymphoma (CD20+, CD23+, "
         "PD-L1+). Outcome: DA-EPOCH-R for six cycles.", "lymphoma", "C85|C83"),
    Form("TUMOR BOARD SUMMARY: 2.4 cm liver lesion in a patient with hepatitis C cirrhosis. Differential: "
         "hepatocellular carcinoma, regenerative nodule, cholangiocarcinoma. MRI arterial enhancement with washout; "
         "AFP 240. Consensus: HCC within Milan criteria; bridge with TACE and list for transplant.", "liver", "C22"),
    Form("TUMOR BOARD SUMMARY: Enlarging 1.8 cm left upper lobe nodule; differential adenocarcinoma versus granuloma "
         "versus organising pneumonia. Navigational bronchoscopy biopsy: necrotising granulomatous inflammation, "
         "fungal stain positive for Histoplasma. Consensus: no malignancy; no resection, clinical follow-up.",
         "none"),
    Form("TUMOR BOARD SUMMARY: Level II neck mass, 3 cm. Differential: metastatic squamous cell carcinoma from an "
         "oropharyngeal primary, branchial cleft cyst, lymphoma. FNA: p16-positive squamous cell carcinoma; PET and "
         "examination under anaesthesia found a 1 cm primary in the left base of tongue. Plan: transoral robotic "
         "surgery with neck dissection.", "head_and_neck", "C01|C77"),
    Form("TUMOR BOARD SUMMARY: Postmenopausal bleeding, endometrial stripe 14 mm. Differential discussed: endometrial "
         "hyperplasia, endometrioid carcinoma, polyp. Hysteroscopic biopsy: endometrioid adenocarcinoma, FIGO grade "
         "1. Recommendation: total laparoscopic hysterectomy, bilateral salpingo-oophorectomy and sentinel node "
         "mapping.", "uterine", "C54"),
    Form("TUMOR BOARD SUMMARY: 9 cm ovarian mass, CA-125 88. Candidates: high-grade serous carcinoma, serous "
         "borderline tumour, endometrioma. Frozen section and final pathology: serous borderline tumour, no invasive "
         "implants. Consensus: no adjuvant therapy; surveillance.", "none"),
    Form("TUMOR BOARD SUMMARY: Solitary 2 cm brain lesion in a woman treated for triple-negative breast cancer with "
         "mastectomy and chemotherapy in 2022. Differential: metastasis, high-grade glioma, abscess. Resection: "
         "metastatic carcinoma consistent with a breast primary (GATA3 positive). Plan: stereotactic radiation to "
         "the cavity.", "breast", "C79|C50"),
    Form("MDT OUTCOME: 68-year-old with a pigmented lesion of the right heel. Differential: acral lentiginous "
         "melanoma, haemorrhage under callus, seborrhoeic keratosis. Shave biopsy: subcorneal haemorrhage, no "
         "melanocytic proliferation. Outcome: reassurance and discharge.", "none"),
    Form("TUMOR BOARD SUMMARY: Ulcerated 3 cm mass of the gastric body. Differential: adenocarcinoma, lymphoma, GIST. "
         "Biopsy: poorly cohesive carcinoma with signet ring cells, HER2 negative. Consensus: perioperative FLOT then "
         "total gastrectomy.", "stomach", "C16"),
    Form("TUMOR BOARD SUMMARY: Bladder wall thickening on CT urogram with gross haematuria. Differential: urothelial "
         "carcinoma, inflammatory pseudotumour, endometriosis. Cystoscopy not yet done; case to be re-presented with "
         "pathology.", "none"),
    Form("TUMOR BOARD SUMMARY: 2.6 cm thyroid nodule, FNA suspicious for papillary carcinoma. Lobectomy: papillary "
         "thyroid carcinoma, classic type, 2.4 cm, margins negative. Consensus: completion thyroidectomy not "
         "required; TSH goal 0.5-2.", "thyroid", "C73"),
    Form("TUMOR BOARD SUMMARY: Lytic lesion of L2 with a monoclonal IgA spike of 3.1 g/dL. Differential: solitary "
         "plasmacytoma, myeloma, metastasis. Marrow: 42% clonal plasma cells. Consensus: multiple myeloma, R-ISS "
         "stage II; induction with VRd.", "myeloma", "C90"),
    Form("TUMOR BOARD SUMMARY: PSA 7.2 with a PI-RADS 3 lesion. Systematic and targeted biopsy: benign prostatic "
         "tissue with one focus of atypical small acinar proliferation. Consensus: repeat biopsy in 3 to 6 months; "
         "no treatment.", "none"),
    Form("TUMOR BOARD SUMMARY: Sigmoid cancer resected in 2020, now a new 2 cm lung nodule. Differential: metastatic "
         "colorectal adenocarcinoma versus a new primary lung cancer. Wedge resection: adenocarcinoma, CDX2 "
         "positive, TTF-1 negative, consistent with colorectal metastasis. Plan: surveillance CT, consider "
         "systemic therapy.", "colorectal", "C78|C18"),
)

SURVIVORSHIP = (
    Form("SURVIVORSHIP CARE PLAN:\nDiagnosis: Stage IIA left breast invasive ductal carcinoma, ER/PR positive, HER2 "
         "negative (2019).\nTreatment completed: lumpectomy, sentinel node biopsy, whole-breast radiation.\nOngoing "
         "therapy: anastrozole 1 mg daily through 2029.\nSurveillance: mammogram yearly.", "breast", "C50"),
    Form("SURVIVORSHIP CARE PLAN:\nDiagnosis: Stage III adenocarcinoma of the sigmoid colon (2018).\nTreatment "
         "completed: sigmoid colectomy 2018, adjuvant CAPOX for 8 cycles ending 2019.\nCurrent status: no evidence "
         "of disease; CEA normal.\nSurveillance: colonoscopy 2026, CT yearly through year 5.", "colorectal", "Z85"),
    Form("SURVIVORSHIP VISIT: 24-year-old seen in the adult late-effects clinic 14 years after treatment for Hodgkin "
         "lymphoma with ABVD and mediastinal radiation. Remains in remission. Screening plan: breast MRI from age 25, "
         "echocardiogram every 2 years, TSH yearly.", "lymphoma", "Z85"),
    Form("SURVIVORSHIP VISIT: Stage I seminoma of the right testis, orchiectomy in 2021 and one dose of carboplatin; "
         "markers normal, CT abdomen clear. Discussed sperm banking results and testosterone level.", "other_cancer",
         "Z85"),
    Form("SURVIVORSHIP CARE PLAN: She asked for a copy of the survivorship plan for her husband, who finished "
         "radiation for prostate cancer in June; she has no cancer history herself and is here for her own annual "
         "physical.", "none"),
    Form("SURVIVORSHIP VISIT: Five years after a Whipple and adjuvant gemcitabine-capecitabine for pancreatic "
         "adenocarcinoma. New 1 cm liver lesion on surveillance CT; biopsy shows adenocarcinoma consistent with "
         "pancreatic origin. Referred back to medical oncology to restart chemotherapy.", "pancreas", "C78|C25"),
    Form("SURVIVORSHIP VISIT: Melanoma of the left back, Breslow 0.6 mm, wide excision in 2017. Full skin examination "
         "today: no suspicious lesions; two benign nevi photographed. Continue annual skin checks.", "melanoma",
         "Z85"),
    Form("SURVIVORSHIP CARE PLAN:\nDiagnosis: atypical endometrial hyperplasia (2021), treated with a levonorgestrel "
         "IUD.\nFollow-up: endometrial biopsies in 2022 and 2023 benign.\nReturn to routine gynaecologic care.",
         "none"),
    Form("SURVIVORSHIP VISIT: Chronic myeloid leukaemia diagnosed 2015; imatinib stopped in 2022 after sustained deep "
         "molecular response, as a treatment-free remission attempt. BCR-ABL1 remains undetectable on quarterly "
         "PCR.", "leukemia", "C92|Z85"),
    Form("SURVIVORSHIP VISIT: Wilms tumour of the left kidney at age 3, treated with nephrectomy, vincristine and "
         "dactinomycin; now 19, normal renal function, blood pressure 118/72. Transition to adult primary care.",
         "kidney", "Z85"),
    Form("SURVIVORSHIP VISIT: Lung adenocarcinoma stage IB, right upper lobectomy 2020. Surveillance CT today shows a "
         "new 9 mm ground-glass nodule in the left lower lobe; repeat CT in 3 months.", "lung", "Z85"),
    Form("SURVIVORSHIP CARE PLAN:\nDiagnosis: papillary thyroid microcarcinoma, 0.6 cm (2018), lobectomy.\nCurrent "
         "status: no evidence of disease; TSH 1.4 on no thyroid hormone.\nSurveillance: neck ultrasound every 2 "
         "years.", "thyroid", "Z85"),
    Form("SURVIVORSHIP VISIT: Completed six cycles of R-CHOP for diffuse large B-cell lymphoma in May; the "
         "end-of-treatment PET showed Deauville 4 uptake in a residual para-aortic node, and biopsy of that node "
         "confirmed persistent lymphoma. Salvage therapy to be discussed.", "lymphoma", "C83"),
    Form("SURVIVORSHIP VISIT: Here to talk about fear of recurrence. A 1.2 cm grade 1 endometrioid endometrial cancer "
         "was treated by hysterectomy alone in 2016. No bleeding; examination normal.", "uterine", "Z85"),
    Form("SURVIVORSHIP CLINIC INTAKE: Referred in error; the pathology from her 2023 colonoscopy showed tubular "
         "adenomas only, and she has never had cancer. Return to the primary care colon screening schedule.", "none"),
    Form("SURVIVORSHIP VISIT: Non-muscle-invasive high-grade bladder cancer, TURBT 2022, BCG induction and maintenance "
         "finished in 2025. Surveillance cystoscopy today: new papillary tumour at the dome, resected; pathology "
         "pending.", "bladder", "C67|Z85"),
    Form("LATE EFFECTS CLINIC: 30-year-old who received cyclophosphamide and total body irradiation as a child before "
         "a marrow transplant for severe aplastic anaemia. Cataract screening and thyroid function normal.", "none"),
    Form("SURVIVORSHIP CARE PLAN:\nDiagnosis: benign phyllodes tumour of the right breast (2022), wide excision.\n"
         "Surveillance: breast ultrasound yearly for 3 years.", "none"),
)

CHILDHOOD = (
    Form("PEDIATRIC ONCOLOGY NOTE: 3-year-old girl with a 10 cm left renal mass found by her mother while bathing "
         "her. Left nephrectomy: Wilms tumor, favorable histology, stage II. Starting vincristine and dactinomycin.",
         "kidney", "C64"),
    Form("PEDIATRIC ONCOLOGY NOTE: 18-month-old with a right adrenal mass, raised urine VMA and HVA, and MYCN "
         "amplification on biopsy: high-risk neuroblastoma. Induction chemotherapy cycle 2.", "other_cancer", "C74"),
    Form("PEDIATRIC NEUROSURGERY NOTE: 7-year-old boy with morning vomiting and ataxia; MRI showed a 4 cm fourth "
         "ventricular mass. Gross total resection: medulloblastoma, WNT-activated. Craniospinal irradiation to "
         "follow.", "brain", "C71"),
    Form("PEDIATRIC HEMATOLOGY NOTE: 4-year-old with pallor, bruising and bone pain. CBC: WBC 38,000 with 72% blasts. "
         "Marrow flow cytometry: precursor B-cell acute lymphoblastic leukemia, CD10+, CD19+, TdT+. Induction day 8.",
         "leukemia", "C91"),
    Form("PEDIATRIC OPHTHALMOLOGY NOTE: 14-month-old with leukocoria of the right eye. Examination under anesthesia: "
         "endophytic retinoblastoma, group D; RB1 germline testing sent. Plan: intra-arterial melphalan.",
         "other_cancer", "C69"),
    Form("PEDIATRIC NOTE: 6-month-old with a raised red plaque of the scalp that grew over the first months of life; "
         "infantile hemangioma. Start propranolol 1 mg/kg/day.", "none"),
    Form("PEDIATRIC ORTHOPEDIC ONCOLOGY NOTE: 15-year-old with knee pain and a distal femoral lesion with a sunburst "
         "periosteal reaction. Biopsy: high-grade conventional osteosarcoma. Neoadjuvant MAP chemotherapy, then "
         "limb-salvage surgery.", "other_cancer", "C40"),
    Form("PEDIATRIC NOTE: 12-year-old with a painful tibial lesion that wakes him at night and is relieved by "
         "ibuprofen; CT shows a 7 mm nidus. Osteoid osteoma; radiofrequency ablation scheduled.", "none"),
    Form("PEDIATRIC ONCOLOGY NOTE: 2-year-old with abdominal distension, AFP 85,000 and a 9 cm right hepatic mass. "
         "Biopsy: hepatoblastoma, fetal type. Cisplatin cycle 1.", "liver", "C22"),
    Form("PEDIATRIC NOTE: 5-year-old with a 2.5 cm cervical lymph node for three weeks after a kitten scratch; "
         "Bartonella titres positive. Cat-scratch disease; azithromycin for five days.", "none"),
    Form("ADOLESCENT ONCOLOGY NOTE: 16-year-old with nodular sclerosis classical Hodgkin lymphoma, stage IIA with a "
         "bulky mediastinum, after two cycles of ABVE-PC; interim PET negative.", "lymphoma", "C81"),
    Form("PEDIATRIC NOTE: 9-year-old with Beckwith-Wiedemann syndrome seen for quarterly abdominal ultrasound and AFP "
         "for tumour surveillance. Both normal today.", "none"),
    Form("PEDIATRIC ONCOLOGY NOTE: 5-year-old with proptosis of the left eye; biopsy of the orbital mass showed "
         "embryonal rhabdomyosarcoma. VAC chemotherapy and orbital radiation planned.", "other_cancer", "C69|C49"),
    Form("PEDIATRIC NEURO-ONCOLOGY NOTE: 6-year-old with a new sixth nerve palsy and ataxia; MRI shows an expansile "
         "pontine lesion, and biopsy confirms diffuse midline glioma, H3 K27M-altered. Focal radiation started.",
         "brain", "C71"),
    Form("PEDIATRIC HEMATOLOGY NOTE: 3-year-old with petechiae two weeks after a viral illness; platelets 8,000, "
         "hemoglobin and white cells normal, smear otherwise unremarkable. Immune thrombocytopenia; marrow not "
         "needed. IVIG given.", "none"),
    Form("PEDIATRIC ONCOLOGY NOTE: 10-year-old boy with Down syndrome and acute megakaryoblastic leukemia, day 15 of "
         "induction; count recovery awaited.", "leukemia", "C92"),
    Form("NEONATAL NOTE: Newborn with Down syndrome and 20% circulating blasts; GATA1 mutation detected. Transient "
         "abnormal myelopoiesis; monitoring only, no chemotherapy.", "none"),
)

HAEM_LAB = (
    Form("FLOW CYTOMETRY: Peripheral blood. Kappa-restricted B-cell population, CD5+, CD23+, CD200+, dim CD20 and dim "
         "surface light chain, 14,800 cells/uL. INTERPRETATION: CLL-type phenotype; the absolute count meets "
         "criteria for chronic lymphocytic leukemia.", "leukemia", "C91"),
    Form("FLOW CYTOMETRY: Peripheral blood. Polyclonal B cells with a normal kappa:lambda ratio; T cells show an "
         "increased CD8 population with activation markers. INTERPRETATION: reactive lymphocytosis, no evidence of "
         "a lymphoproliferative disorder. Consider EBV serology.", "none"),
    Form("BONE MARROW REPORT: Hypercellular marrow (90%) with 46% myeloblasts by morphology; flow cytometry CD34+, "
         "CD117+, CD33+, MPO+, CD19 coexpression. RUNX1::RUNX1T1 detected, t(8;21). DIAGNOSIS: acute myeloid "
         "leukemia with RUNX1::RUNX1T1.", "leukemia", "C92"),
    Form("BONE MARROW REPORT: Normocellular marrow with trilineage haematopoiesis, blasts 2%. Mild dyserythropoiesis "
         "in fewer than 10% of erythroid precursors. DIAGNOSIS: no morphological or immunophenotypic evidence of "
         "myelodysplasia or acute leukaemia; changes may reflect B12 deficiency (level 140).", "none"),
    Form("BONE MARROW REPORT: Blasts 28% of nucleated cells with multilineage dysplasia in a patient with a two-year "
         "history of myelodysplastic syndrome. DIAGNOSIS: acute myeloid leukaemia, myelodysplasia-related, evolved "
         "from MDS.", "leukemia", "C92"),
    Form("BONE MARROW REPORT: Dysplasia in erythroid and megakaryocytic lineages, blasts 3%, ring sideroblasts 22%, "
         "SF3B1 mutated. DIAGNOSIS: myelodysplastic neoplasm with low blasts and SF3B1 mutation. Plan: luspatercept.",
         "none"),
    Form("PERIPHERAL SMEAR REVIEW: Occasional atypical lymphocytes; no blasts; platelets adequate. Cannot exclude a "
         "low-grade lymphoproliferative process; recommend flow cytometry if the lymphocytosis persists.", "none"),
    Form("BONE MARROW REPORT: 38% clonal plasma cells, lambda-restricted (CD138+, CD56+, CD19-), FISH t(4;14). Serum "
         "M-protein 3.4 g/dL IgG lambda, hypercalcaemia. DIAGNOSIS: plasma cell myeloma.", "myeloma", "C90"),
    Form("BONE MARROW REPORT: Plasma cells 6%, polytypic by kappa and lambda in situ hybridisation. DIAGNOSIS: "
         "reactive plasmacytosis in the setting of chronic osteomyelitis; no plasma cell neoplasm.", "none"),
    Form("FLOW CYTOMETRY: Peripheral blood. Monotypic B cells CD11c+, CD25+, CD103+, CD123+, bright CD20; BRAF V600E "
         "detected. INTERPRETATION: hairy cell leukemia. Pancytopenia and splenomegaly noted clinically; cladribine "
         "planned.", "leukemia", "C91"),
    Form("CYTOGENETICS REPORT: t(15;17)(q24;q21), PML::RARA fusion detected by FISH in 94% of nuclei. Morphology: "
         "hypergranular promyelocytes; DIC on coagulation studies. DIAGNOSIS: acute promyelocytic leukemia; ATRA and "
         "arsenic started emergently.", "leukemia", "C92"),
    Form("CYTOGENETICS REPORT: Normal male karyotype 46,XY[20]; BCR::ABL1 not detected by RT-PCR; JAK2 V617F "
         "negative. The leukocytosis is attributed to smoking and corticosteroids.", "none"),
    Form("FLOW CYTOMETRY: Peripheral blood. CD4+ T cells lacking CD7 and CD26, 2,100 Sezary cells/uL; TCR clonal "
         "rearrangement identical to the skin. INTERPRETATION: Sezary syndrome in a patient with generalised "
         "erythroderma.", "lymphoma", "C84"),
    Form("LYMPH NODE FLOW CYTOMETRY: CD10-positive lambda-restricted B cells, 60% of events. Correlation with the "
         "excisional biopsy: follicular lymphoma, grade 1-2, BCL2 rearranged. Watch and wait.", "lymphoma", "C82"),
    Form("BONE MARROW REPORT: Hypocellular marrow (10%), no blasts, no fibrosis, normal karyotype; PNH clone 3%. "
         "DIAGNOSIS: consistent with aplastic anaemia. Plan horse ATG and cyclosporine.", "none"),
    Form("LABORATORY COMMENT: Peripheral blood BCR::ABL1 p210 transcript 18% on the International Scale at diagnosis; "
         "leukocytes 156,000 with basophilia and a left shift, blasts 2%. Impression: chronic myeloid leukemia, "
         "chronic phase. Start dasatinib.", "leukemia", "C92"),
    Form("FLOW CYTOMETRY: Bone marrow. 4% blasts, CD34+ CD117+, no aberrant antigens. A subtle population cannot "
         "exclude an early myeloid neoplasm; repeat in 3 months with cytogenetics.", "none"),
)

RARE_SITE = (
    Form("PATHOLOGY DIAGNOSIS: Appendix, appendectomy for acute appendicitis: goblet cell adenocarcinoma, 1.1 cm, "
         "involving the muscularis propria; margins negative. Recommend right hemicolectomy.", "colorectal", "C18"),
    Form("PATHOLOGY DIAGNOSIS: Anterior mediastinal mass, resection: thymic carcinoma, squamous type, invading the "
         "pericardium (Masaoka stage III).", "other_cancer", "C37"),
    Form("PATHOLOGY DIAGNOSIS: Anterior mediastinum, thymectomy for myasthenia gravis: thymic follicular "
         "hyperplasia; no thymoma identified.", "none"),
    Form("PULMONARY NOTE: Former shipyard pipefitter with a right pleural effusion and nodular pleural thickening; "
         "thoracoscopic pleural biopsy shows epithelioid malignant mesothelioma with BAP1 loss. Plan nivolumab and "
         "ipilimumab.", "other_cancer", "C45"),
    Form("PULMONARY NOTE: Retired shipyard pipefitter with calcified pleural plaques on CT; asbestos exposure "
         "without asbestosis or mesothelioma. Spirometry normal. Annual follow-up.", "none"),
    Form("PATHOLOGY DIAGNOSIS: Stomach, partial gastrectomy: gastrointestinal stromal tumor, spindle cell type, "
         "6.5 cm, mitoses 8 per 5 mm2, KIT exon 11 deletion; high risk of progression.", "other_cancer", "C49"),
    Form("DERMATOLOGY NOTE: Rapidly growing violaceous 2 cm nodule of the left cheek in an 80-year-old; biopsy shows "
         "Merkel cell carcinoma (CK20 perinuclear dot positive, TTF-1 negative). Wide excision with sentinel node "
         "biopsy and adjuvant radiation planned.", "other_cancer", "C4A"),
    Form("UROLOGY NOTE: Ulcerated lesion of the glans penis for 6 months; biopsy invasive squamous cell carcinoma, "
         "HPV-associated. Partial penectomy scheduled with inguinal node staging.", "other_cancer", "C60"),
    Form("GYNECOLOGY NOTE: Vulvar itching for years with white atrophic plaques; biopsy shows lichen sclerosus "
         "without differentiated VIN. Clobetasol ointment; yearly examination for the small risk of cancer.",
         "none"),
    Form("GYNECOLOGIC ONCOLOGY NOTE: 3 cm ulcerated lesion of the right labium majus; biopsy keratinising squamous "
         "cell carcinoma of the vulva, depth of invasion 4 mm. Radical local excision and groin node dissection "
         "planned.", "other_cancer", "C51"),
    Form("COLORECTAL SURGERY NOTE: Squamous cell carcinoma of the anal canal, 3.5 cm, above the dentate line, T2N0. "
         "Definitive chemoradiation with mitomycin and 5-FU.", "colorectal", "C21"),
    Form("COLORECTAL SURGERY NOTE: Well-differentiated squamous cell carcinoma of the anal margin (perianal skin), "
         "1.5 cm, entirely outside the anal verge; wide local excision with 1 cm margins.", "other_cancer", "C44"),
    Form("OPHTHALMOLOGY NOTE: Dome-shaped pigmented choroidal mass of the left eye, 12 mm base and 6 mm thickness, "
         "with orange pigment and subretinal fluid; low internal reflectivity on ultrasound. Diagnosis: choroidal "
         "melanoma; plaque brachytherapy scheduled.", "melanoma", "C69"),
    Form("OPHTHALMOLOGY NOTE: Flat slate-grey choroidal lesion, 3 mm base, no fluid, no orange pigment; stable "
         "against photographs from 2023. Choroidal nevus; recheck in one year.", "none"),
    Form("ORTHOPAEDIC ONCOLOGY NOTE: Enlarging painless 9 cm mass of the posterior thigh; core biopsy shows "
         "high-grade undifferentiated pleomorphic sarcoma. Preoperative radiation followed by wide resection.",
         "other_cancer", "C49"),
    Form("ORTHOPAEDIC ONCOLOGY NOTE: Soft, slowly growing 8 cm mass in the posterior thigh; MRI shows fat signal with "
         "thin septa. Excision: lipoma, MDM2 not amplified.", "none"),
    Form("PATHOLOGY DIAGNOSIS: Skin of the back, excision: dermatofibrosarcoma protuberans, CD34 positive, margins "
         "clear by 2 cm.", "other_cancer", "C44|C49"),
    Form("ORTHOPAEDIC ONCOLOGY NOTE: Desmoid fibromatosis of the abdominal wall, nuclear beta-catenin positive, 5 cm, "
         "stable over a year of observation; it does not metastasise.", "none"),
)

HEDGING = (
    Form("IMPRESSION: Left breast mass, 1.8 cm, highly suggestive of malignancy. Ultrasound-guided core biopsy "
         "scheduled for Thursday; pathology pending.", "none"),
    Form("FOLLOW-UP NOTE: Three years after low anterior resection for rectal adenocarcinoma. CEA 1.9; CT of chest, "
         "abdomen and pelvis without evidence of recurrence.", "colorectal", "Z85"),
    Form("ASSESSMENT: Enhancing renal mass 2.2 cm, favor renal cell carcinoma; the patient opts for percutaneous "
         "biopsy before deciding between ablation and surveillance.", "none"),
    Form("PATHOLOGY DIAGNOSIS: Skin, right forearm, shave biopsy: atypical compound melanocytic proliferation, favor "
         "dysplastic nevus with moderate atypia; melanoma cannot be entirely excluded. Recommend re-excision with "
         "5 mm margins.", "none"),
    Form("PATHOLOGY DIAGNOSIS: Parotid gland, superficial parotidectomy: pleomorphic adenoma, 2.4 cm, margins "
         "negative. No evidence of carcinoma ex pleomorphic adenoma.", "none"),
    Form("PATHOLOGY DIAGNOSIS: Colon, polypectomy: tubulovillous adenoma with high-grade dysplasia, completely "
         "removed; no invasive carcinoma identified.", "none"),
    Form("DISCHARGE DIAGNOSIS: Sepsis from pneumonia, resolved. Incidentally, CT showed a 6 mm pancreatic cystic "
         "lesion, likely a side-branch IPMN without worrisome features; MRCP in 1 year.", "none"),
    Form("CLINIC NOTE: Biopsy-proven squamous cell carcinoma of the right true vocal cord, T1a. The patient declines "
         "radiation and surgery for now and wishes to think it over; follow-up in two weeks.", "head_and_neck",
         "C32"),
    Form("CLINIC NOTE: Not a candidate for total knee replacement this year given his recently diagnosed small cell "
         "lung cancer, which is being treated with carboplatin, etoposide and atezolizumab.", "lung", "C34"),
    Form("CLINIC NOTE: The lymphadenopathy has resolved on repeat CT. The excisional biopsy in May had shown reactive "
         "follicular hyperplasia without evidence of lymphoma; no further work-up.", "none"),
    Form("PET-CT IMPRESSION: Mild FDG uptake (SUV 3.1) in the right thyroid lobe, indeterminate; malignancy is not "
         "excluded. Recommend thyroid ultrasound.", "none"),
    Form("PATHOLOGY DIAGNOSIS: Liver, core biopsy: metastatic adenocarcinoma, CK7 negative, CK20 positive, CDX2 "
         "positive, consistent with a colorectal primary. Colonoscopy to find the primary is pending.", "colorectal",
         "C78|C18"),
    Form("CLINIC NOTE: Her mother and two aunts had ovarian cancer. She denies any cancer history herself; pelvic "
         "ultrasound and CA-125 are normal. Discussed risk-reducing salpingo-oophorectomy.", "none"),
    Form("ASSESSMENT: Neoplasm of uncertain behavior of the skin of the left temple (D48.5) pending excision; "
         "differential includes keratoacanthoma and squamous cell carcinoma.", "none"),
    Form("FOLLOW-UP NOTE: High-grade Ta bladder cancer, TURBT 2023 followed by BCG. Cystoscopy today: no evidence of "
         "recurrence. Urine cytology negative for high-grade urothelial carcinoma. Next cystoscopy in 6 months.",
         "bladder", "Z85"),
    Form("CLINIC NOTE: The ascites cytology was positive for adenocarcinoma, and omental biopsy confirmed high-grade "
         "serous carcinoma of ovarian origin; neoadjuvant carboplatin and paclitaxel begin Monday.", "other_cancer",
         "C56|C57|C48|C78"),
)

TELEGRAPHIC = (
    Form("pt 67M w/ hx NSCLC LUL s/p lobectomy '19, here for cough x2wk, CXR clear, no fever. ?bronchitis.\nplan: "
         "supportive, f/u prn", "lung", "Z85"),
    Form("72F brest ca dx'd 3/25 ER+ PR+ her2 neg, s/p lumpectomy, now on\nradiation wk 4 of 6, skin erythema gr1, "
         "cont aquaphor", "breast", "C50"),
    Form("58 yo M c/o dysphagia to solids x 3 mo, 20 lb wt loss. EGD: fungating mass distal esophagus, bx "
         "adenocarcnoma. CT neg for mets. refer onc + thoracic surg", "other_cancer", "C15"),
    Form("pt w/ hx of colon polyps (tubular adenomas x3, 2022), no ca, due for\nsurveillance scope 2027. nothing "
         "else new", "none"),
    Form("80M, prostrate adenoca gleason 4+3 on ADT (lupron q3mo), PSA 0.3, bone scan neg. cont.", "prostate", "C61"),
    Form("45F, lumpy breast, FNA of L brst cyst = benign, clear fluid. reassured. mammo yrly", "none"),
    Form("hx: DLBCL dx 2021 - R-CHOP x6 - CR, off tx since 10/21. Today: URI sx only. PET not needed.", "lymphoma",
         "Z85"),
    Form("CC: hematuria. 69M smoker. cysto: 2 cm papillary bladder tumour R lat wall -> TURBT 11/12,\npath high grade "
         "Ta urothelial ca. plan BCG induction", "bladder", "C67"),
    Form("pt c/o HA, hx migraines. MRI brain: 1.5 cm extra-axial dural-based mass, likely meningioma, no edema. "
         "neurosurg f/u, no tx now", "none"),
    Form("Dx: mult myeloma (IgG k) - s/p auto SCT 2/24 - on revlimid maint 10mg. here for IVIG? no, for flu shot. Cr "
         "1.1", "myeloma", "C90"),
    Form("59F w/ panc adenoca (head) locally adv, cycle 7 gem/abraxane, CA19-9 trending dn 800->210, neuropathy gr1",
         "pancreas", "C25"),
    Form("skin ck: 2 SKs back, 1 AK L temple -> LN2. no hx skin ca. f/u 1 yr", "none"),
    Form("hx: thyroid ca (papillary) s/p total thyroidectomy + RAI 2010, on synthroid, Tg undetect. here for HTN f/u",
         "thyroid", "Z85"),
    Form("74M w/ CLL, Rai stg 1, no tx, wbc 42k, lymph nodes small, recheck 3 mo", "leukemia", "C91"),
    Form("abd pain RLQ, CT: appy. went to OR, lap appy. path: acute appendicitis, no neoplasm. d/c home POD1", "none"),
    Form("57M w/ hx melanoma R calf (stage IIIB, excised + LND 2023) now on adjuvant nivo cycle 9, TSH up 8.2, free "
         "T4 nl, monitor", "melanoma", "C43"),
    Form("62F s/p TAH/BSO '09 for endometrial ca stage IA, no tx since. new vag bleeding? no -- spotting from "
         "atrophic vaginitis on exam. estrogen cream discussed, deferred", "uterine", "Z85"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "consult": CONSULT,
    "problem_list": PROBLEM_LIST,
    "medlist": MEDLIST,
    "tumour_board": TUMOUR_BOARD,
    "survivorship": SURVIVORSHIP,
    "childhood": CHILDHOOD,
    "haem_lab": HAEM_LAB,
    "rare_site": RARE_SITE,
    "hedging": HEDGING,
    "telegraphic": TELEGRAPHIC,
}

"""The fourth family, by document kind, in one module: `FORMS` maps class -> forms.

Classes: radiology (impressions), oncology_progress (assessment/plan), discharge_problem_list, tumor_board,
operative (pre-/post-operative diagnosis), ed_comorbidity, palliative, medication (medication-list evidence),
staging (TNM lines), cytology_flow (cytology and flow cytometry), molecular (EGFR, KRAS, BRCA... with and
without cancer), screening_none (screening and normal notes), benign (benign and uncertain behaviour),
history (Z85/Z86 vs active), in_situ (D0x).

Labelling decisions that ICD-10-CM makes and a reader might not guess:
- a diagnosis found only in a medication list is not coded (no condition is coded from a drug alone; the
  drug may be for prevention or another use), so a list without the indication is `none`;
- an imaging-only finding "suspicious for" or "concerning for" cancer is not a diagnosis (`none`), as is a
  pending biopsy; a tumor board's consensus clinical diagnosis that is treated as cancer counts;
- leukaemia, myeloma and (since FY2025) lymphoma "in remission" keep their C code; a cancer given only as
  past, treated, with no current treatment is Z85 (Z86 for in situ);
- metastasis with a known primary takes the primary's category; an unknown primary C80 (or the
  secondary site's C77-C79, which ICD-10-CM also codes).
"""

from benchmarks.quality.coding_forms import Form

FORMS = {
    "radiology": (
        Form("IMPRESSION: 1. Spiculated 2.4 cm right upper lobe mass, highly suspicious for primary "
             "bronchogenic carcinoma. Recommend tissue sampling. 2. No mediastinal adenopathy.", "none", ""),
        Form("IMPRESSION: 1. Interval decrease in size of multiple hepatic metastases in this patient with "
             "known sigmoid colon adenocarcinoma, consistent with response to therapy. 2. No new lesions.",
             "colorectal", "C18"),
        Form("IMPRESSION: BI-RADS 1: Negative. No mammographic evidence of malignancy. Routine annual "
             "screening mammogram recommended.", "none", ""),
        Form("IMPRESSION: Known biopsy-proven invasive ductal carcinoma in the left breast at 2 o'clock, "
             "measuring 1.9 cm, BI-RADS 6. No additional suspicious findings.", "breast", "C50"),
        Form("IMPRESSION: 1. No evidence of recurrent or metastatic disease in this patient with a history of "
             "renal cell carcinoma, status post left radical nephrectomy in 2017. 2. Stable simple cyst of the "
             "right kidney.", "kidney", "Z85"),
        Form("IMPRESSION: 1. Enhancing mass in the right cerebellopontine angle, most consistent with vestibular "
             "schwannoma. 2. No acute intracranial abnormality.", "none", ""),
        Form("IMPRESSION: 1. New lytic lesions in the calvarium and pelvis in this patient with IgA kappa "
             "multiple myeloma, compatible with disease progression.", "myeloma", "C90"),
        Form("IMPRESSION: 1. Low-dose CT for lung cancer screening, Lung-RADS category 2, benign appearance. "
             "2. Continue annual screening.", "none", ""),
        Form("IMPRESSION: 1. 3 cm enhancing mass in the pancreatic head with upstream ductal dilatation, "
             "concerning for neoplasm. EUS with fine-needle aspiration is recommended.", "none", ""),
        Form("IMPRESSION: 1. Post-treatment changes in the left frontal lobe from resection of glioblastoma, "
             "with new nodular enhancement along the resection cavity, suspicious for tumor progression.",
             "brain", "C71"),
        Form("IMPRESSION: Hypermetabolic cervical and mediastinal lymphadenopathy in this patient with "
             "newly diagnosed classical Hodgkin lymphoma, Deauville 5. Baseline staging study.", "lymphoma",
             "C81"),
        Form("IMPRESSION: 1. Diffuse osseous metastatic disease from prostate adenocarcinoma, increased since "
             "the prior bone scan.", "prostate", "C61"),
        Form("IMPRESSION: Hepatic hemangioma in segment 4, unchanged since 2019. No further follow-up is "
             "needed.", "none", ""),
        Form("IMPRESSION: 1. Irregular 4 cm mass at the gastroesophageal junction extending into the gastric "
             "cardia, with perigastric nodes, in this patient with biopsy-proven adenocarcinoma of the "
             "gastric cardia.", "stomach", "C16"),
        Form("IMPRESSION: 1. Thickened endometrial stripe measuring 14 mm in a postmenopausal woman; "
             "endometrial sampling is recommended to exclude hyperplasia or carcinoma.", "none", ""),
        Form("IMPRESSION: Findings consistent with known hepatocellular carcinoma in segment 8, status post "
             "TACE, with residual arterial enhancement indicating viable tumor.", "liver", "C22"),
    ),
    "oncology_progress": (
        Form("Assessment/Plan: Stage IIIA NSCLC, on durvalumab consolidation, cycle 8 today. Tolerating well; "
             "TSH normal. Continue.", "lung", "C34"),
        Form("A/P: 1. ER+/PR+/HER2- left breast cancer, pT1cN0, on adjuvant letrozole since 2023, no evidence "
             "of recurrence. Continue letrozole; DEXA due.", "breast", "C50"),
        Form("Assessment: Multiple myeloma, IgG kappa, on daratumumab, lenalidomide and dexamethasone, in very "
             "good partial response. Plan: continue current regimen.", "myeloma", "C90"),
        Form("A/P: Chronic myeloid leukemia, chronic phase, on dasatinib 100 mg daily with major molecular "
             "response. Repeat BCR-ABL PCR in 3 months.", "leukemia", "C92"),
        Form("Assessment and Plan: Metastatic castration-sensitive prostate cancer with bone metastases, on "
             "leuprolide plus enzalutamide; PSA down to 0.4.", "prostate", "C61"),
        Form("Impression: Follicular lymphoma, grade 1-2, stage III, low tumor burden. Plan: continue active "
             "observation; CT in 6 months.", "lymphoma", "C82"),
        Form("A/P: Acute myeloid leukemia with NPM1 mutation, in first complete remission after 7+3 induction "
             "and two cycles of high-dose cytarabine; referred for transplant evaluation.", "leukemia", "C92"),
        Form("Assessment: Stage IV cutaneous melanoma with lung and liver metastases, on nivolumab "
             "maintenance, stable disease on restaging.", "melanoma", "C43"),
        Form("A/P: Clear cell renal cell carcinoma with pulmonary metastases, on cabozantinib 40 mg. Diarrhea "
             "grade 1, manage with loperamide.", "kidney", "C64"),
        Form("Assessment/Plan: Hepatocellular carcinoma, BCLC stage C, Child-Pugh A, on atezolizumab plus "
             "bevacizumab, cycle 5.", "liver", "C22"),
        Form("A/P: HER2-positive gastric adenocarcinoma, metastatic to the peritoneum, on trastuzumab with "
             "CAPOX.", "stomach", "C16"),
        Form("Assessment: Borderline resectable pancreatic adenocarcinoma of the head, on neoadjuvant modified "
             "FOLFIRINOX, cycle 4. CA 19-9 trending down.", "pancreas", "C25"),
        Form("A/P: Classical Hodgkin lymphoma, stage IIB, ABVD cycle 3 day 1. Interim PET Deauville 2.",
             "lymphoma", "C81"),
        Form("Assessment/Plan: Muscle-invasive urothelial carcinoma of the bladder, cT2N0, on neoadjuvant "
             "gemcitabine and cisplatin before radical cystectomy.", "bladder", "C67"),
        Form("A/P: High-grade urothelial carcinoma of the left distal ureter, status post ureteroscopic "
             "biopsy; plan nephroureterectomy.", "bladder", "C66"),
        Form("A/P: Uterine serous carcinoma, FIGO stage IIIC1, status post TAH-BSO and lymphadenectomy, now on "
             "carboplatin and paclitaxel, cycle 2.", "uterine", "C54|C55"),  # corrected after the first run: "uterine"
        # alone is the Neoplasm Table's "uterus, uteri, uterine" C55; the corpus (C54) is the histology's usual site,
        # not written (the first label was C54)
        Form("Assessment: High-grade serous ovarian carcinoma, BRCA1 mutated, on olaparib maintenance after "
             "complete response to platinum chemotherapy.", "other_cancer", "C56"),
        Form("A/P: Extensive-stage small cell lung cancer, on carboplatin, etoposide and atezolizumab, cycle 2; "
             "neutropenia, give pegfilgrastim.", "lung", "C34"),
        Form("Assessment: Oligodendroglioma, IDH-mutant and 1p/19q-codeleted, WHO grade 2, of the right frontal "
             "lobe, on PCV chemotherapy after radiation.", "brain", "C71"),
        Form("A/P: Nasopharyngeal carcinoma, EBV-positive, stage III, completing concurrent cisplatin and "
             "radiation this week.", "head_and_neck", "C11"),
        Form("Assessment/Plan: Anaplastic thyroid carcinoma with tracheal invasion, BRAF V600E, on dabrafenib "
             "and trametinib.", "thyroid", "C73"),
        Form("A/P: Intrahepatic cholangiocarcinoma, unresectable, on gemcitabine, cisplatin and durvalumab.",
             "liver", "C22"),
        Form("Assessment: Chronic lymphocytic leukemia, Rai stage I, on ibrutinib, counts stable.", "leukemia",
             "C91"),
        Form("A/P: Metastatic triple-negative breast cancer with brain metastases, on sacituzumab govitecan.",
             "breast", "C50"),
        Form("Assessment/Plan: Rectal adenocarcinoma 6 cm from the anal verge, cT3N1, on total neoadjuvant "
             "therapy; restaging MRI after chemoradiation.", "colorectal", "C20"),
        Form("A/P: Squamous cell carcinoma of the anal canal, on mitomycin, 5-FU and radiation (Nigro "
             "protocol).", "colorectal", "C21"),
        Form("Assessment: Uterine leiomyosarcoma, recurrent in the lung, on doxorubicin.", "uterine", "C54|C55"),
        Form("A/P: Esophageal adenocarcinoma of the distal esophagus, on nivolumab after neoadjuvant "
             "chemoradiation and esophagectomy.", "other_cancer", "C15"),
        Form("Assessment: Diffuse large B-cell lymphoma, germinal center type, stage IV, R-CHOP cycle 4.",
             "lymphoma", "C83"),
        Form("A/P: Glioblastoma, IDH-wildtype, MGMT unmethylated, on adjuvant temozolomide cycle 3.", "brain",
             "C71"),
    ),
    "discharge_problem_list": (
        Form("DISCHARGE DIAGNOSES: 1. Neutropenic fever. 2. Acute myeloid leukemia, on induction chemotherapy. "
             "3. Hypokalemia.", "leukemia", "C92"),
        Form("DISCHARGE DIAGNOSES: 1. Community-acquired pneumonia. 2. COPD. 3. History of prostate cancer, "
             "treated with radical prostatectomy in 2011.", "prostate", "Z85"),
        Form("PROBLEM LIST: 1. Hypertension. 2. Type 2 diabetes mellitus. 3. Thyroid nodule, benign on fine "
             "needle aspiration. 4. Hyperlipidemia.", "none", ""),
        Form("Problem list: 1. Multiple myeloma, on maintenance lenalidomide. 2. Chronic kidney disease stage "
             "3a. 3. Peripheral neuropathy.", "myeloma", "C90"),
        Form("PROBLEM LIST: 1. Malignant neoplasm of left kidney (C64.2). 2. Hypertension. 3. Gout.", "kidney",
             "C64"),
        Form("HOSPITAL COURSE: She was admitted with a small bowel obstruction due to peritoneal "
             "carcinomatosis from her ovarian cancer. Gynecologic oncology recommended conservative "
             "management with nasogastric decompression.", "other_cancer", "C56"),
        Form("DISCHARGE DIAGNOSES: 1. Acute pancreatitis. 2. Pancreatic head mass; EUS-guided biopsy performed, "
             "pathology pending at discharge.", "none", ""),
        Form("DISCHARGE DIAGNOSES: 1. Pulmonary embolism. 2. Metastatic pancreatic adenocarcinoma, on "
             "gemcitabine and nab-paclitaxel. Discharged on apixaban.", "pancreas", "C25"),
        Form("PROBLEM LIST: 1. Atrial fibrillation. 2. Personal history of malignant melanoma of the left "
             "shoulder. 3. Osteoarthritis of both knees.", "melanoma", "Z85"),
        Form("DISCHARGE DIAGNOSES: 1. Hypercalcemia of malignancy. 2. Squamous cell carcinoma of the lung, "
             "stage IV.", "lung", "C34"),
        Form("Problem List: 1. Chronic lymphocytic leukemia, untreated, under observation. 2. Hypothyroidism.",
             "leukemia", "C91"),
        Form("PROBLEM LIST: 1. Family history of colon cancer (father, age 52). 2. GERD. 3. Migraine.", "none",
             ""),
        Form("DISCHARGE DIAGNOSES: 1. Urosepsis. 2. Bladder cancer status post radical cystectomy with ileal "
             "conduit in 2015, no recurrence.", "bladder", "Z85"),
        Form("HOSPITAL COURSE: The patient was admitted for elective right hemicolectomy for a cecal "
             "adenocarcinoma found on screening colonoscopy. Final pathology: pT2N0, 0/18 nodes.",
             "colorectal", "C18"),
        Form("DISCHARGE DIAGNOSES: 1. Syncope, likely vasovagal. 2. Benign prostatic hyperplasia. "
             "3. Hypertension.", "none", ""),
        Form("PROBLEM LIST: 1. Papillary thyroid carcinoma, status post total thyroidectomy 2010, on "
             "levothyroxine replacement; thyroglobulin undetectable. 2. Asthma.", "thyroid", "Z85"),
    ),
    "tumor_board": (
        Form("TUMOR BOARD: 58-year-old woman with cT2N1 triple-negative invasive ductal carcinoma of the right "
             "breast. Consensus: neoadjuvant chemoimmunotherapy followed by surgery.", "breast", "C50"),
        Form("TUMOR BOARD SUMMARY: 71-year-old man with a PI-RADS 5 lesion; biopsy shows Gleason 3+4=7 "
             "adenocarcinoma in 4 of 12 cores. Options discussed: active surveillance versus radical "
             "prostatectomy.", "prostate", "C61"),
        Form("TUMOR BOARD: Pancreatic cystic lesion, branch-duct IPMN with low-grade dysplasia on EUS-FNA. "
             "Consensus: surveillance MRI in 12 months.", "none", ""),
        Form("TUMOR BOARD: 64-year-old man with T3N0 squamous cell carcinoma of the hypopharynx. Recommendation: "
             "concurrent chemoradiation with laryngeal preservation.", "head_and_neck", "C13"),
        Form("TUMOR BOARD: 49-year-old woman with an 11 mm left lower lobe nodule, no tissue diagnosis. "
             "Recommendation: navigational bronchoscopy with biopsy.", "none", ""),
        Form("TUMOR BOARD: 77-year-old man with Merkel cell carcinoma of the left cheek, 2.1 cm, sentinel node "
             "negative. Recommendation: adjuvant radiation to the primary site.", "other_cancer", "C4A"),
        Form("TUMOR BOARD: 66-year-old man with pT4aN2 gastric adenocarcinoma after total gastrectomy. "
             "Recommendation: adjuvant chemotherapy.", "stomach", "C16"),
        Form("TUMOR BOARD: 60-year-old man with cirrhosis and a 3.5 cm LI-RADS 5 observation in segment 6. "
             "Consensus diagnosis hepatocellular carcinoma; plan transarterial chemoembolization and transplant "
             "listing.", "liver", "C22"),
        Form("TUMOR BOARD: 45-year-old woman with FIGO stage IB2 squamous cell carcinoma of the cervix. "
             "Recommendation: radical hysterectomy.", "other_cancer", "C53"),
        Form("TUMOR BOARD: 52-year-old man with a 6 cm retroperitoneal dedifferentiated liposarcoma. "
             "Recommendation: preoperative radiation then resection.", "other_cancer", "C48|C49"),
        Form("TUMOR BOARD: 38-year-old man with a left testicular mass; orchiectomy showed pure seminoma, "
             "stage IA. Recommendation: surveillance.", "other_cancer", "C62"),
        Form("TUMOR BOARD: 69-year-old woman with endometrioid adenocarcinoma of the endometrium, grade 1, "
             "stage IA, MMR proficient. No adjuvant therapy recommended.", "uterine", "C54"),
    ),
    "operative": (
        Form("PREOPERATIVE DIAGNOSIS: Right breast cancer. POSTOPERATIVE DIAGNOSIS: Same. PROCEDURE: Right "
             "partial mastectomy with sentinel lymph node biopsy.", "breast", "C50"),
        Form("PREOPERATIVE DIAGNOSIS: Pelvic mass. POSTOPERATIVE DIAGNOSIS: Left ovarian mucinous cystadenoma, "
             "benign on frozen section. PROCEDURE: Laparoscopic left salpingo-oophorectomy.", "none", ""),
        Form("PREOPERATIVE DIAGNOSIS: Rectal adenocarcinoma after neoadjuvant chemoradiation. POSTOPERATIVE "
             "DIAGNOSIS: Same. PROCEDURE: Robotic low anterior resection with diverting loop ileostomy.",
             "colorectal", "C20"),
        Form("PREOPERATIVE DIAGNOSIS: Right renal mass. POSTOPERATIVE DIAGNOSIS: Same. PROCEDURE: Robotic "
             "partial nephrectomy. Final pathology is pending.", "none", ""),
        Form("PREOPERATIVE DIAGNOSIS: Adenocarcinoma of the prostate, Gleason 4+3. POSTOPERATIVE DIAGNOSIS: "
             "Same. PROCEDURE: Robotic-assisted laparoscopic radical prostatectomy with bilateral pelvic lymph "
             "node dissection.", "prostate", "C61"),
        Form("PREOPERATIVE DIAGNOSIS: Left thyroid nodule, Bethesda V. POSTOPERATIVE DIAGNOSIS: Papillary "
             "thyroid carcinoma on frozen section. PROCEDURE: Total thyroidectomy.", "thyroid", "C73"),
        Form("PREOPERATIVE DIAGNOSIS: Bladder tumor. POSTOPERATIVE DIAGNOSIS: Same. PROCEDURE: Cystoscopy and "
             "transurethral resection of bladder tumor, 3 cm, left lateral wall.", "bladder", "C67"),
        Form("PREOPERATIVE DIAGNOSIS: Squamous cell carcinoma of the glottic larynx, recurrent after radiation. "
             "PROCEDURE: Total laryngectomy with bilateral neck dissection.", "head_and_neck", "C32"),
        Form("PREOPERATIVE DIAGNOSIS: Adenocarcinoma of the head of the pancreas. PROCEDURE: "
             "Pylorus-preserving pancreaticoduodenectomy (Whipple).", "pancreas", "C25"),
        Form("PREOPERATIVE DIAGNOSIS: Diffuse large B-cell lymphoma, needs central venous access for "
             "chemotherapy. PROCEDURE: Placement of right internal jugular port.", "lymphoma", "C83"),
        Form("PREOPERATIVE DIAGNOSIS: Left frontal mass. POSTOPERATIVE DIAGNOSIS: High-grade glioma per frozen "
             "section. PROCEDURE: Left frontal craniotomy for resection of tumor.", "brain", "C71"),
        Form("PREOPERATIVE DIAGNOSIS: Adenocarcinoma of the distal esophagus. PROCEDURE: Ivor Lewis "
             "esophagectomy.", "other_cancer", "C15"),
        Form("PREOPERATIVE DIAGNOSIS: Endometrial adenocarcinoma, FIGO grade 1. PROCEDURE: Total laparoscopic "
             "hysterectomy, bilateral salpingo-oophorectomy and sentinel node mapping.", "uterine", "C54"),
        Form("PREOPERATIVE DIAGNOSIS: Symptomatic uterine leiomyomata. POSTOPERATIVE DIAGNOSIS: Same. "
             "PROCEDURE: Total abdominal hysterectomy.", "none", ""),
        Form("PREOPERATIVE DIAGNOSIS: Symptomatic cholelithiasis. POSTOPERATIVE DIAGNOSIS: Cholelithiasis; "
             "incidental adenocarcinoma of the gallbladder found on final pathology. PROCEDURE: Laparoscopic "
             "cholecystectomy.", "other_cancer", "C23"),
        Form("PREOPERATIVE DIAGNOSIS: Melanoma of the right upper back, Breslow 1.8 mm. PROCEDURE: Wide local "
             "excision with 2 cm margins and sentinel lymph node biopsy.", "melanoma", "C43"),
        Form("PREOPERATIVE DIAGNOSIS: Right lower lobe lung adenocarcinoma, clinical stage IB. PROCEDURE: "
             "Video-assisted thoracoscopic right lower lobectomy with mediastinal lymph node dissection.",
             "lung", "C34"),
        Form("PREOPERATIVE DIAGNOSIS: Gastric adenocarcinoma of the antrum. PROCEDURE: Distal gastrectomy with "
             "D2 lymphadenectomy and Billroth II reconstruction.", "stomach", "C16"),
        Form("PREOPERATIVE DIAGNOSIS: Hepatocellular carcinoma, segment 5. PROCEDURE: Laparoscopic segmental "
             "hepatectomy.", "liver", "C22"),
        Form("PREOPERATIVE DIAGNOSIS: Left breast mass. POSTOPERATIVE DIAGNOSIS: Same. PROCEDURE: Excisional "
             "biopsy of left breast mass. Pathology: fibroadenoma.", "none", ""),
    ),
    "ed_comorbidity": (
        Form("ED course: 63-year-old man with metastatic pancreatic cancer on gemcitabine and nab-paclitaxel "
             "presents with fever of 38.9 C; ANC 300. Started cefepime for neutropenic fever.", "pancreas",
             "C25"),
        Form("Chief complaint: chest pain. Past medical history: hypertension, type 2 diabetes, remote history "
             "of prostate cancer treated with external beam radiation in 2009.", "prostate", "Z85"),
        Form("The patient is a 54-year-old woman with breast cancer on capecitabine who presents to the ED with "
             "painful blistering of both palms and soles.", "breast", "C50"),
        Form("ED note: 70-year-old man with CLL presents after a mechanical fall; no head strike. Laceration "
             "repaired. Hemoglobin at his baseline.", "leukemia", "C91"),
        Form("He comes to the emergency department with left leg swelling. He has known lung cancer and was "
             "last treated with chemotherapy two weeks ago. Duplex shows a femoral DVT.", "lung", "C34"),
        Form("ED course: 45-year-old woman presents with ankle sprain after stepping off a curb. Past medical "
             "history: migraines. Family history: mother with ovarian cancer.", "none", ""),
        Form("ED: 67-year-old man with multiple myeloma presents with confusion; calcium 14.2. Given IV fluids, "
             "calcitonin and zoledronic acid.", "myeloma", "C90"),
        Form("Presents to the ED with hematuria and clots. History of bladder cancer with BCG treatments, last "
             "instillation one month ago.", "bladder", "C67"),
        Form("ED note: 59-year-old man with glioblastoma on temozolomide presents with a new generalized "
             "seizure; levetiracetam dose increased.", "brain", "C71"),
        Form("PMH: HTN, hyperlipidemia, basal cell carcinoma of the nose excised by Mohs surgery in 2018. "
             "Presents with dysuria.", "other_cancer", "Z85"),
    ),
    "palliative": (
        Form("Hospice admission note: 81-year-old man with end-stage glioblastoma, no further tumor-directed "
             "therapy. Goals of care: comfort.", "brain", "C71"),
        Form("Palliative care consult for symptom management in a patient with metastatic hepatocellular "
             "carcinoma and refractory ascites; transitioning to comfort care.", "liver", "C22"),
        Form("HOSPICE CERTIFICATION: Terminal diagnosis: Pancreatic adenocarcinoma metastatic to the liver. "
             "Prognosis less than 6 months.", "pancreas", "C25"),
        Form("Palliative medicine follow-up: cancer-related pain from metastatic breast cancer to bone is "
             "improved on methadone.", "breast", "C50"),
        Form("Hospice note: Primary hospice diagnosis is end-stage COPD. Secondary: dementia. No history of "
             "malignancy.", "none", ""),
        Form("Goals-of-care discussion: relapsed acute myeloid leukemia after transplant; the patient declines "
             "further chemotherapy and elects hospice.", "leukemia", "C92"),
        Form("Palliative care note: stage IV head and neck cancer, squamous cell carcinoma of the oral tongue, "
             "with tumor fungation and bleeding; plan palliative radiation.", "head_and_neck", "C02"),
        Form("HOSPICE ADMISSION: Terminal diagnosis: Metastatic colon cancer with liver and lung metastases, "
             "progressed on third-line therapy.", "colorectal", "C18"),
    ),
    "medication": (
        Form("Medications: 1. Anastrozole 1 mg daily for breast cancer. 2. Lisinopril 10 mg daily. "
             "3. Calcium with vitamin D.", "breast", "C50"),
        Form("MEDICATIONS: Lisinopril 20 mg daily, metformin 500 mg twice daily, tamoxifen 20 mg daily, "
             "atorvastatin 40 mg nightly.", "none", ""),
        Form("Current medications: imatinib 400 mg daily for chronic myeloid leukemia, omeprazole 20 mg daily.",
             "leukemia", "C92"),
        Form("MEDICATIONS: Methotrexate 15 mg weekly for rheumatoid arthritis, folic acid 1 mg daily, "
             "prednisone 5 mg daily.", "none", ""),
        Form("Medications reviewed: enzalutamide 160 mg daily and leuprolide injection every 3 months for "
             "metastatic prostate cancer; denosumab monthly.", "prostate", "C61"),
        Form("MEDICATIONS: Levothyroxine 150 mcg daily (after total thyroidectomy for Graves disease), "
             "amlodipine 5 mg daily.", "none", ""),
        Form("Home medications: lenalidomide 10 mg days 1-21 for myeloma maintenance, aspirin 81 mg daily, "
             "acyclovir prophylaxis.", "myeloma", "C90"),
        Form("MEDICATIONS: Osimertinib 80 mg daily for EGFR-mutant lung adenocarcinoma, ondansetron as needed.",
             "lung", "C34"),
    ),
    "staging": (
        Form("Staging: pT2 pN1a cM0, stage IIB, invasive ductal carcinoma of the left breast, grade 2, ER 95%, "
             "PR 40%, HER2 negative.", "breast", "C50"),
        Form("Pathologic stage: pT3 pN1b, adenocarcinoma of the sigmoid colon, moderately differentiated, "
             "margins negative.", "colorectal", "C18"),
        Form("AJCC 8th edition stage: cT1c N0 M0, Grade Group 2 adenocarcinoma of the prostate, PSA 6.1.",
             "prostate", "C61"),
        Form("STAGING: pT1b pN0, cutaneous melanoma of the left calf, Breslow depth 0.9 mm, ulcerated; stage "
             "IB.", "melanoma", "C43"),
        Form("Stage: pT3a N0 M0 clear cell renal cell carcinoma, ISUP grade 3, left kidney.", "kidney", "C64"),
        Form("Staging summary: cT4a cN2b M0 squamous cell carcinoma of the right tonsil, p16 negative.",
             "head_and_neck", "C09"),
        Form("Stage: ypT0 ypN0, no residual invasive carcinoma after neoadjuvant therapy for rectal "
             "adenocarcinoma; complete pathologic response.", "colorectal", "C20"),
        Form("STAGE: pT2a pN0 (0/14) M0, urothelial carcinoma of the bladder, high grade, invading the "
             "superficial muscularis propria.", "bladder", "C67"),
        Form("Ann Arbor stage IIIA classical Hodgkin lymphoma, nodular sclerosis type.", "lymphoma", "C81"),
        Form("Revised ISS stage II IgG lambda multiple myeloma with t(4;14).", "myeloma", "C90"),
        Form("Stage: pT1b N0 M0 papillary thyroid carcinoma, classic type, 2.5 cm, right lobe.", "thyroid",
             "C73"),
        Form("Staging: cT3 cN1 M0 adenocarcinoma of the pancreatic body, borderline resectable.", "pancreas",
             "C25"),
    ),
    "cytology_flow": (
        Form("PLEURAL FLUID CYTOLOGY: Positive for malignant cells. Metastatic adenocarcinoma; the tumor cells "
             "are positive for TTF-1 and napsin A, consistent with a lung primary.", "lung", "C34"),
        Form("URINE CYTOLOGY: Negative for high-grade urothelial carcinoma. Benign urothelial cells and "
             "inflammation.", "none", ""),
        Form("THYROID FNA, left lobe nodule: Bethesda category VI, malignant. Papillary thyroid carcinoma.",
             "thyroid", "C73"),
        Form("THYROID FNA, right lobe nodule: Bethesda category III, atypia of undetermined significance. "
             "Molecular testing recommended.", "none", ""),
        Form("PANCREAS, HEAD, EUS-FNA: Positive for malignant cells. Adenocarcinoma.", "pancreas", "C25"),
        Form("ASCITIC FLUID CYTOLOGY: Atypical cells present, suspicious for but not diagnostic of "
             "malignancy. Recommend cell block and repeat sampling.", "none", ""),
        Form("FLOW CYTOMETRY, PERIPHERAL BLOOD: Monoclonal B-cell population, kappa restricted, CD5 positive, "
             "CD23 positive, CD200 positive, dim surface immunoglobulin, 68% of lymphocytes; consistent with "
             "chronic lymphocytic leukemia.", "leukemia", "C91"),
        Form("FLOW CYTOMETRY, LYMPH NODE: No immunophenotypic evidence of a B-cell or T-cell lymphoproliferative "
             "disorder. Polytypic B cells; findings consistent with reactive lymphoid hyperplasia.", "none",
             ""),
        Form("FLOW CYTOMETRY, BONE MARROW: 45% myeloid blasts positive for CD34, CD117, CD13, CD33 and "
             "HLA-DR; diagnostic of acute myeloid leukemia.", "leukemia", "C92"),
        Form("FLOW CYTOMETRY, PERIPHERAL BLOOD: A small monoclonal B-cell population (CD5+, CD23+) of 300 "
             "cells per microliter, below the threshold for CLL; consistent with monoclonal B-cell "
             "lymphocytosis.", "none", ""),
        Form("CERVICAL CYTOLOGY (PAP): High-grade squamous intraepithelial lesion (HSIL). Colposcopy "
             "recommended.", "none", ""),
        Form("FNA, LEFT NECK LEVEL III LYMPH NODE: Positive for metastatic squamous cell carcinoma; HPV-"
             "associated, consistent with an oropharyngeal (base of tongue) primary.", "head_and_neck", "C01"),
        Form("FLOW CYTOMETRY, BONE MARROW: Clonal plasma cells, cytoplasmic lambda restricted, CD56 positive, "
             "CD19 negative, 22% of cells by morphology; consistent with plasma cell myeloma.", "myeloma",
             "C90"),
        Form("BRONCHIAL WASHING CYTOLOGY: Negative for malignant cells. Benign bronchial cells and alveolar "
             "macrophages.", "none", ""),
        Form("FLOW CYTOMETRY, LYMPH NODE: CD10-positive monoclonal B cells, lambda restricted, consistent with "
             "a follicular lymphoma on the excision.", "lymphoma", "C82"),
    ),
    "molecular": (
        Form("MOLECULAR REPORT: EGFR exon 19 deletion detected in lung adenocarcinoma from the right upper lobe "
             "biopsy; no ALK or ROS1 rearrangement.", "lung", "C34"),
        Form("Germline genetic testing: pathogenic BRCA1 variant detected. The patient has no personal history "
             "of cancer; high-risk breast screening with MRI and discussion of risk-reducing surgery.", "none",
             ""),
        Form("NEXT-GENERATION SEQUENCING: KRAS G12C mutation in metastatic colorectal adenocarcinoma of the "
             "ascending colon; microsatellite stable.", "colorectal", "C18"),
        Form("Genetics consult: Lynch syndrome, MLH1 pathogenic variant; colonoscopy this year was normal. No "
             "personal history of cancer.", "none", ""),
        Form("JAK2 V617F mutation detected; bone marrow consistent with essential thrombocythemia. Continue "
             "hydroxyurea and aspirin.", "none", ""),
        Form("BCR-ABL1 p210 transcript detected by quantitative PCR, 32% IS, confirming chronic myeloid "
             "leukemia in chronic phase.", "leukemia", "C92"),
        Form("MOLECULAR: FLT3-ITD positive acute myeloid leukemia; midostaurin added to induction.", "leukemia",
             "C92"),
        Form("Molecular neuropathology: IDH1 R132H mutant astrocytoma, CNS WHO grade 4, with CDKN2A/B "
             "homozygous deletion.", "brain", "C71"),
        Form("Tumor testing: BRCA2 somatic mutation in metastatic prostate adenocarcinoma; olaparib started.",
             "prostate", "C61"),
        Form("Germline panel: heterozygous CHEK2 variant of uncertain significance. No personal or family "
             "history of cancer. No change to screening.", "none", ""),
        Form("MOLECULAR: BRAF V600E mutation detected in metastatic melanoma from a scalp primary.", "melanoma",
             "C43"),
        Form("Oncotype DX recurrence score 14 for her ER-positive, HER2-negative invasive lobular carcinoma of "
             "the right breast; endocrine therapy alone.", "breast", "C50"),
        Form("HER2 amplified (IHC 3+) gastric adenocarcinoma of the body of the stomach.", "stomach", "C16"),
    ),
    "screening_none": (
        Form("Screening mammogram was negative. Clinical breast exam normal. Return in one year.", "none", ""),
        Form("Colonoscopy today: two 4 mm tubular adenomas removed from the ascending colon with cold snare; "
             "no high-grade dysplasia. Repeat colonoscopy in 7 years.", "none", ""),
        Form("She is a BRCA2 carrier and underwent bilateral prophylactic mastectomy; pathology showed benign "
             "breast tissue with no atypia or malignancy.", "none", ""),
        Form("PSA is 5.2, up from 3.1 last year; referred to urology for MRI to rule out prostate cancer.",
             "none", ""),
        Form("Weight loss of 15 pounds and night sweats; workup to rule out malignancy including CT chest, "
             "abdomen and pelvis has been ordered.", "none", ""),
        Form("Family history: father with colon cancer at 58, sister with breast cancer at 44. She has no "
             "personal history of cancer.", "none", ""),
        Form("Cervical cancer screening: Pap smear negative for intraepithelial lesion or malignancy, HPV "
             "negative. Next screening in 5 years.", "none", ""),
        Form("Counselled about smoking cessation and her increased risk of lung and bladder cancer; enrolled "
             "in annual low-dose CT screening.", "none", ""),
        Form("Skin check: multiple seborrheic keratoses and cherry angiomas; no lesions suspicious for "
             "melanoma or other skin cancer.", "none", ""),
        Form("Upper endoscopy: Barrett esophagus without dysplasia; biopsies negative for dysplasia. Repeat in "
             "3 years.", "none", ""),
        Form("The differential diagnosis for the mediastinal widening includes lymphoma, thymoma, and vascular "
             "causes; CT angiography is planned.", "none", ""),
        Form("Her mother died of pancreatic cancer at 61, so she asked about screening; discussed that "
             "screening is not recommended for average risk.", "none", ""),
        Form("CA-125 was ordered by her gynecologist for pelvic pain and came back at 18 (normal). Pelvic "
             "ultrasound normal.", "none", ""),
        Form("Lymph node biopsy showed reactive follicular hyperplasia with no evidence of lymphoma.", "none",
             ""),
        Form("FOBT positive; colonoscopy showed internal hemorrhoids and diverticulosis only. No polyps or "
             "masses.", "none", ""),
        Form("Low-grade squamous intraepithelial lesion on Pap; colposcopic biopsy showed CIN 1. Plan repeat "
             "co-testing in one year.", "none", ""),
    ),
    "benign": (
        Form("MRI brain: 2.2 cm extra-axial dural-based enhancing mass along the left convexity with a dural "
             "tail, consistent with meningioma. Resected; pathology WHO grade 1 meningioma.", "none", ""),
        Form("Excision of a 5 cm subcutaneous mass of the right back; pathology: lipoma.", "none", ""),
        Form("Core biopsy of the right breast mass: fibroadenoma. Concordant benign; return to routine "
             "screening.", "none", ""),
        Form("Pituitary macroadenoma, nonfunctioning, 1.8 cm, with chiasmal compression; transsphenoidal "
             "resection planned.", "none", ""),
        Form("Adrenal incidentaloma, 2.1 cm, lipid-rich adenoma on CT washout; biochemically nonfunctioning.",
             "none", ""),
        Form("Ovary, left, cystectomy: serous borderline tumor (atypical proliferative serous tumor), no "
             "invasive implants.", "none", ""),
        Form("Serum protein electrophoresis shows an IgG kappa M-spike of 0.6 g/dL; bone marrow plasma cells "
             "6%; no CRAB features. Diagnosis: monoclonal gammopathy of undetermined significance.", "none", ""),
        Form("Kidney, right, partial nephrectomy: renal oncocytoma, 3.1 cm, margins negative.", "none", ""),
        Form("Parotid gland, left, superficial parotidectomy: pleomorphic adenoma, completely excised.", "none",
             ""),
        Form("Desmoid-type fibromatosis of the abdominal wall, 4 cm, on surveillance.", "none", ""),
        Form("Breast, left, excisional biopsy: atypical ductal hyperplasia; no in situ or invasive carcinoma.",
             "none", ""),
        Form("Liver MRI: 3 cm focal nodular hyperplasia in segment 2 and a hepatic adenoma in segment 6; no "
             "features of malignancy.", "none", ""),
        Form("Skin, left forearm, shave biopsy: dysplastic nevus with moderate atypia, margins involved; "
             "re-excision recommended.", "none", ""),
        Form("Skin, right temple, biopsy: actinic keratosis. Cryotherapy applied.", "none", ""),
        Form("Colon, sigmoid, polypectomy: tubulovillous adenoma with low-grade dysplasia, completely "
             "removed.", "none", ""),
        Form("Uterus, hysterectomy: leiomyomata, largest 7 cm; proliferative endometrium; no malignancy.",
             "none", ""),
    ),
    "history": (
        Form("Past medical history: breast cancer in 2012, status post right lumpectomy and radiation, "
             "completed 5 years of tamoxifen, no evidence of disease.", "breast", "Z85"),
        Form("PMH: Hodgkin lymphoma treated with mantle-field radiation at age 17; now with radiation-related "
             "hypothyroidism.", "lymphoma", "Z85"),
        Form("History of melanoma of the back, excised in 2015 with clear margins; annual skin examinations "
             "since, no recurrence.", "melanoma", "Z85"),
        Form("History of childhood acute lymphoblastic leukemia, treated 1994-1997, in continuous remission off "
             "therapy since.", "leukemia", "C91|Z85"),
        Form("History of ductal carcinoma in situ of the left breast, treated with lumpectomy in 2016; no "
             "further treatment.", "breast", "Z86"),
        Form("Status post Whipple procedure in 2019 for pancreatic adenocarcinoma and adjuvant chemotherapy; "
             "surveillance CT shows no evidence of recurrence.", "pancreas", "Z85"),
        Form("Past surgical history: right hemicolectomy in 2016 for colon cancer. He has had surveillance "
             "colonoscopies, the last in 2023, normal.", "colorectal", "Z85"),
        Form("Remote history of testicular seminoma treated with orchiectomy and carboplatin in 2001.",
             "other_cancer", "Z85"),
        Form("She has a history of breast cancer, treated with mastectomy in 2014, and now has biopsy-proven "
             "recurrence in the chest wall; starting chemotherapy.", "breast", "C50"),
        Form("History of prostate cancer, status post radical prostatectomy 2012, now with rising PSA "
             "(biochemical recurrence) and starting salvage radiation.", "prostate", "C61"),
        Form("PMH: cervical cancer treated with chemoradiation in 2008, no evidence of disease. Presents for "
             "hypertension follow-up.", "other_cancer", "Z85"),
        Form("History of lung cancer, left upper lobectomy in 2018 for stage I adenocarcinoma; no adjuvant "
             "therapy; surveillance CT stable.", "lung", "Z85"),
        Form("Diffuse large B-cell lymphoma treated with R-CHOP in 2020, in complete remission on surveillance.",
             "lymphoma", "C83|Z85"),
        Form("Past history of kidney cancer, status post right radical nephrectomy in 2013, no recurrence.",
             "kidney", "Z85"),
        Form("History of glioblastoma resected 8 months ago, on adjuvant temozolomide.", "brain", "C71"),
        Form("He had a total gastrectomy for gastric adenocarcinoma in 2010 and takes monthly vitamin B12 "
             "injections; no evidence of disease on his last scans.", "stomach", "Z85"),
        Form("History of endometrial cancer, hysterectomy in 2011, no adjuvant treatment; here for an annual "
             "visit.", "uterine", "Z85"),
    ),
    "in_situ": (
        Form("Breast, left, lumpectomy: ductal carcinoma in situ, high nuclear grade with comedonecrosis, "
             "margins negative; no invasive carcinoma. Plan radiation.", "breast", "D05"),
        Form("Skin, right cheek, excision: melanoma in situ, lentigo maligna type, margins clear.", "melanoma",
             "D03"),
        Form("Cervix, LEEP: high-grade squamous intraepithelial lesion (CIN III), margins negative.",
             "other_cancer", "D06"),
        Form("Lung, right upper lobe, wedge resection: adenocarcinoma in situ, nonmucinous, 1.4 cm.", "lung",
             "D02"),
        Form("Bladder, biopsies: urothelial carcinoma in situ (flat), no invasion; induction BCG planned.",
             "bladder", "D09"),
        Form("Skin, left forearm, shave biopsy: squamous cell carcinoma in situ (Bowen disease).",
             "other_cancer", "D04"),
        Form("Breast, right, core biopsy: lobular carcinoma in situ, classic type; no invasive carcinoma.",
             "breast", "D05"),
        Form("Stomach, endoscopic submucosal dissection: high-grade dysplasia/carcinoma in situ arising in a "
             "tubular adenoma, no invasion.", "stomach", "D00"),
    ),
}

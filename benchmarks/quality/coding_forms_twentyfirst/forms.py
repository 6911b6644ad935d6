"""The twenty-first family: what decides active against history status, and whether any code is given.

Written 2026-12-07 (codefix46, issue 17) before the coder's rules, vocabularies or context code were read for this pass
and before the probe was first run on it; from the labelling rules of tests/fixtures/mtsamples_gold_README.md (the
status rule: the active C/D code when the cancer is present or under treatment, surgery of this episode,
chemotherapy, radiation, hormonal therapy, recurrence, metastasis; Z85 / Z86 when given only as history, treated in
the past, no treatment now, no evidence of disease), docs/coding.md's status section, and the twentieth family's
layout. Every form is invented; no string comes from a note. Each kind is two classes written at the same time:
`<kind>_seen`, whose misses may be printed and steer rules, and `<kind>_held`, the same kind in other words and other
organs, read as scores only (`coding_forms_probe` never prints a `_held` class's misses). Both halves hold cancer and
`none` forms.

Labels beyond the README's rule:
- Completed treatment, now surveillance or "no evidence of disease", no treatment now: Z85 (Z86 for in situ), however
  recent the completion.
- Maintenance, adjuvant, hormonal (tamoxifen, an aromatase inhibitor, androgen deprivation) or targeted therapy now:
  the C code, whatever the note says of evidence of disease.
- A leukaemia or myeloma in remission keeps its C code (ICD-10-CM gives remission its own codes in C90-C95); a lymphoma
  in remission accepts C or Z85 (ICD-10-CM's remission codes for lymphoma are recent); a solid tumour "in remission"
  after completed treatment with none now is Z85.
- Recurrence, metastasis or disease described as present now: the C code (a metastasis accepts its secondary
  category beside the primary's).
- A remote history beside another cancer diagnosed or treated now: the active one is the main cancer.
- A cancer named only by its treatment or pathology (a Gleason score, a radical cystectomy for urothelial disease,
  a Whipple for a pancreatic adenocarcinoma) counts as that cancer; a drug alone, a prophylactic operation or an
  operation for a benign finding does not.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form as F

FORMS: dict[str, list[F]] = {
    # completed treatment, now surveillance (history) against surveillance of a cancer treated now or untreated
    "surveillance_seen": [
        F("She completed adjuvant chemotherapy and radiation for stage II left breast cancer in 2019 and is now seen "
          "for routine annual surveillance; mammogram last month was negative.", "breast", "Z85"),
        F("He is here for surveillance colonoscopy three years after a sigmoid colectomy for colon adenocarcinoma; "
          "CEA remains normal and there is no sign of recurrence.", "colorectal", "Z85"),
        F("The patient underwent radical nephrectomy for clear cell renal cell carcinoma four years ago and continues "
          "surveillance CT scans every year, all negative to date.", "kidney", "Z85"),
        F("Surveillance CT of the chest for his left upper lobe adenocarcinoma, currently on cycle 4 of pembrolizumab, "
          "shows a smaller primary tumor.", "lung", "C34"),
        F("Low-risk prostate adenocarcinoma, Gleason 3+3 in two cores, diagnosed this spring; he has chosen active "
          "surveillance with PSA every six months.", "prostate", "C61"),
        F("She comes for a surveillance colonoscopy because of a strong family history of colon cancer; two small "
          "hyperplastic polyps were removed.", "none", ""),
        F("ASSESSMENT: Stage I endometrial adenocarcinoma, treated with total hysterectomy in 2020; no adjuvant "
          "therapy. No evidence of recurrence on exam. Continue surveillance every six months.", "uterine", "Z85"),
    ],
    "surveillance_held": [
        F("Ten years out from a right hemithyroidectomy and completion thyroidectomy with radioiodine for papillary "
          "thyroid carcinoma, she has an undetectable thyroglobulin and returns for her yearly check.", "thyroid",
          "Z85"),
        F("Follow-up visit: bladder cancer treated by TURBT and intravesical BCG, course completed in 2017; cystoscopy "
          "today shows no tumor. Next cystoscopy in one year.", "bladder", "Z85"),
        F("He had a Whipple procedure for pancreatic adenocarcinoma followed by six months of gemcitabine, completed "
          "two years ago; restaging scans remain clear and he is followed every six months.", "pancreas", "Z85"),
        F("Surveillance imaging for her hepatocellular carcinoma, treated with radiofrequency ablation two months ago, "
          "shows a new arterially enhancing focus in segment 8; repeat ablation planned.", "liver", "C22"),
        F("Untreated small renal mass followed by active surveillance, biopsy-proven papillary renal cell carcinoma, "
          "2.1 cm, unchanged on this MRI.", "kidney", "C64"),
        F("She is enrolled in a high-risk breast surveillance program for a BRCA2 mutation, with alternating MRI and "
          "mammography; both are negative this year.", "none", ""),
        F("PLAN: Stage IIIA melanoma of the left calf, wide excision and completion of one year of adjuvant nivolumab "
          "last spring. No evidence of disease on PET. Surveillance imaging every four months.", "melanoma", "Z85"),
    ],
    # "no evidence of disease" and its siblings, against the same words under treatment now or in the future
    "ned_seen": [
        F("She is NED five years after a right mastectomy for invasive lobular carcinoma and no longer takes any "
          "endocrine therapy.", "breast", "Z85"),
        F("Patient with stage III rectal adenocarcinoma treated with chemoradiation and low anterior resection in "
          "2018, no evidence of disease since.", "colorectal", "Z85"),
        F("No evidence of disease on today's PET-CT; he will continue maintenance rituximab every two months for his "
          "follicular lymphoma.", "lymphoma", "C82"),
        F("No evidence of malignancy on the left breast biopsy: fibroadenoma. Routine screening resumes.", "none",
          ""),
        F("IMPRESSION: No evidence of recurrent disease. Status post total laryngectomy and radiation for squamous "
          "cell carcinoma of the larynx in 2016.", "head_and_neck", "Z85"),
        F("She has metastatic breast cancer with no evidence of disease progression on letrozole and palbociclib.",
          "breast", "C50|C79|C78"),
        F("The patient, who has no evidence of disease after an orchiectomy for seminoma six years ago, comes for a "
          "sports physical.", "other_cancer", "Z85"),
    ],
    "ned_held": [
        F("Remains without evidence of disease seven years after chemoradiation for squamous cell carcinoma of the "
          "anal canal; no treatment since.", "colorectal", "Z85"),
        F("Ovarian carcinoma, high-grade serous, stage IIIC, treated with debulking and carboplatin / paclitaxel, "
          "currently without evidence of disease on olaparib maintenance.", "other_cancer", "C56"),
        F("CT of the abdomen and pelvis: no evidence of metastatic disease. Status post left nephrectomy for renal "
          "cell carcinoma in 2012.", "kidney", "Z85"),
        F("Repeat imaging shows no evidence of the previously described lung nodule, which has resolved, consistent "
          "with an infectious cause.", "none", ""),
        F("Prostate cancer treated with radical prostatectomy in 2011, PSA undetectable since, disease-free.",
          "prostate", "Z85"),
        F("He is without evidence of disease after three cycles of BEP for a nonseminomatous germ cell tumor of the "
          "left testis, and cycle 4 starts Monday.", "other_cancer", "C62"),
        F("Clinically free of disease after excision of a melanoma in situ of the right cheek in 2019.", "melanoma",
          "Z86"),
    ],
    # remission: haematological cancers keep the C code; solid ones with treatment over are history
    "remission_seen": [
        F("Acute myeloid leukemia in first complete remission after induction and consolidation with high-dose "
          "cytarabine; now on maintenance azacitidine.", "leukemia", "C92"),
        F("Multiple myeloma in very good partial remission on lenalidomide maintenance after autologous transplant.",
          "myeloma", "C90"),
        F("Hodgkin lymphoma in complete remission since treatment with ABVD in 2009; seen in the survivorship clinic "
          "for cardiac screening.", "lymphoma", "C81|Z85"),
        F("Chronic myeloid leukemia in major molecular remission on imatinib 400 mg daily.", "leukemia", "C92"),
        F("Her ovarian cancer has been in remission since she completed carboplatin and paclitaxel in 2015; she takes "
          "no cancer treatment.", "other_cancer", "Z85"),
        F("Ulcerative colitis in clinical remission on mesalamine; surveillance colonoscopy with random biopsies "
          "showed no dysplasia.", "none", ""),
        F("Acute lymphoblastic leukemia in remission, currently in the maintenance phase with daily mercaptopurine and "
          "weekly methotrexate.", "leukemia", "C91"),
    ],
    "remission_held": [
        F("Plasma cell myeloma, in stringent complete response after daratumumab-based induction and transplant, "
          "continues bortezomib every other week.", "myeloma", "C90"),
        F("Diffuse large B-cell lymphoma treated with six cycles of R-CHOP, complete metabolic remission on the "
          "end-of-treatment PET; no further therapy planned.", "lymphoma", "C83|Z85"),
        F("Hairy cell leukemia in complete remission after cladribine.", "leukemia", "C91"),
        F("Small cell lung cancer, limited stage, in remission after chemoradiation and prophylactic cranial "
          "irradiation that finished last year; he is off all treatment.", "lung", "Z85"),
        F("Acute promyelocytic leukemia in molecular remission after ATRA and arsenic trioxide.", "leukemia", "C92"),
        F("Rheumatoid arthritis in remission on methotrexate; her mother had leukemia.", "none", ""),
        F("Chronic lymphocytic leukemia in partial remission on venetoclax and obinutuzumab, cycle 8.", "leukemia",
          "C91"),
    ],
    # maintenance and adjuvant therapy now: active, whatever else is said
    "maintenance_seen": [
        F("She remains on adjuvant anastrozole, year three of five, after a left lumpectomy and radiation for ER "
          "positive breast cancer; no evidence of disease.", "breast", "C50"),
        F("He is receiving adjuvant capecitabine, cycle 3 of 8, after a low anterior resection for rectal cancer.",
          "colorectal", "C20"),
        F("Maintenance pemetrexed continues every three weeks for his stage IV lung adenocarcinoma, stable disease.",
          "lung", "C34|C78|C79"),
        F("Adjuvant radiation to the prostate bed is planned for a rising PSA after prostatectomy for Gleason 4+3 "
          "adenocarcinoma.", "prostate", "C61"),
        F("Completed adjuvant letrozole in 2021 after five years; breast cancer diagnosed 2016, no recurrence.",
          "breast", "Z85"),
        F("On maintenance therapy with mesalamine and azathioprine for Crohn disease; no dysplasia on surveillance "
          "biopsies.", "none", ""),
        F("PAST MEDICAL HISTORY: Breast cancer 2018, lumpectomy and radiation, on tamoxifen.", "breast", "C50"),
    ],
    "maintenance_held": [
        F("Adjuvant osimertinib continues, year two of three, after a right lower lobectomy for EGFR-mutant lung "
          "adenocarcinoma.", "lung", "C34"),
        F("She takes exemestane daily, now in her fourth year, for hormone receptor positive carcinoma of the right "
          "breast treated by mastectomy.", "breast", "C50"),
        F("Androgen deprivation with leuprolide every three months continues for his high-risk prostate cancer after "
          "external beam radiation.", "prostate", "C61"),
        F("Niraparib maintenance was started after a complete response to platinum for recurrent endometrial "
          "carcinoma.", "uterine", "C54|C55"),
        F("She finished tamoxifen eight years ago and has had no cancer treatment since; DCIS of the left breast was "
          "excised in 2010.", "breast", "Z86"),
        F("On maintenance methadone and buprenorphine for opioid use disorder; colonoscopy normal.", "none", ""),
        F("PAST MEDICAL HISTORY: Melanoma of the back 2021, wide local excision, on adjuvant pembrolizumab.",
          "melanoma", "C43"),
    ],
    # recurrence and progression against "no recurrence", recurrence ruled out and a recurrence of something benign
    "recurrence_seen": [
        F("History of right breast cancer treated with lumpectomy in 2014, now with a biopsy-proven local recurrence "
          "in the right breast.", "breast", "C50"),
        F("Colon cancer resected in 2019, now with a rising CEA and a new 2 cm liver lesion; biopsy confirmed "
          "metastatic adenocarcinoma of colonic origin.", "colorectal", "C18|C78"),
        F("Bladder cancer, recurrent, with a new papillary tumor on surveillance cystoscopy; TURBT scheduled.",
          "bladder", "C67"),
        F("Remote history of kidney cancer, nephrectomy 2008, no recurrence; seen today for gout.", "kidney",
          "Z85"),
        F("Recurrent pilonidal cyst, excised again in clinic; she had no malignancy on pathology.", "none", ""),
        F("PSA has risen from undetectable to 0.8 after radical prostatectomy in 2016, consistent with biochemical "
          "recurrence; salvage radiation discussed.", "prostate", "C61"),
        F("MRI shows a new enhancing lesion at the resection margin, and re-resection confirmed recurrent "
          "glioblastoma.", "brain", "C71"),
    ],
    "recurrence_held": [
        F("Endometrial cancer treated with hysterectomy in 2017 has recurred at the vaginal cuff; vaginal "
          "brachytherapy begins next week.", "uterine", "C54|C55"),
        F("Relapsed diffuse large B-cell lymphoma after R-CHOP, referred for CAR T-cell therapy.", "lymphoma",
          "C83"),
        F("Melanoma of the left shoulder excised in 2015, with an in-transit recurrence on the left arm biopsied last "
          "week.", "melanoma", "C43"),
        F("Thyroid cancer treated with thyroidectomy and radioiodine in 2012, no evidence of recurrence on neck "
          "ultrasound; thyroglobulin low.", "thyroid", "Z85"),
        F("Recurrent meningioma, WHO grade 1, resected again; no atypical features.", "none", ""),
        F("Squamous cell carcinoma of the oral tongue, treated with partial glossectomy, now with a recurrence in the "
          "left neck nodes.", "head_and_neck", "C02|C77"),
        F("Her ovarian cancer progressed on weekly paclitaxel, and she has new peritoneal implants and ascites.",
          "other_cancer", "C56|C78"),
    ],
    # "status post" with therapy now or disease described, against status post and nothing more
    "statuspost_seen": [
        F("Status post right hemicolectomy for stage III adenocarcinoma of the cecum, currently receiving cycle 6 of "
          "adjuvant FOLFOX.", "colorectal", "C18"),
        F("Status post left mastectomy for breast cancer in 2009, no further treatment, doing well.", "breast",
          "Z85"),
        F("S/P TURBT for high-grade urothelial carcinoma two weeks ago, here for the first of six BCG "
          "instillations.", "bladder", "C67"),
        F("Status post laparoscopic cholecystectomy for symptomatic gallstones; benign gallbladder on pathology.",
          "none", ""),
        F("S/p right upper lobectomy for adenocarcinoma of the lung in 2017; annual CT without recurrence.", "lung",
          "Z85"),
        F("Status post total thyroidectomy three weeks ago for papillary thyroid carcinoma, here to plan radioactive "
          "iodine ablation.", "thyroid", "C73"),
        F("Status post prophylactic bilateral mastectomy for a BRCA1 mutation; no cancer on pathology.", "none", ""),
    ],
    "statuspost_held": [
        F("Post radical prostatectomy 2015 for prostate cancer, PSA undetectable, no therapy since.", "prostate",
          "Z85"),
        F("S/P partial gastrectomy for gastric adenocarcinoma last month, now starting adjuvant chemotherapy with "
          "capecitabine and oxaliplatin.", "stomach", "C16"),
        F("Status post wide local excision of a melanoma of the right thigh in 2013; skin checks yearly, no "
          "recurrence.", "melanoma", "Z85"),
        F("Status post Whipple for pancreatic adenocarcinoma, with new liver metastases on today's CT; second-line "
          "chemotherapy to begin.", "pancreas", "C25|C78"),
        F("Status post hysterectomy for fibroids and abnormal bleeding; pathology leiomyomas.", "none", ""),
        F("S/p partial nephrectomy for renal cell carcinoma, now on adjuvant pembrolizumab, cycle 5.", "kidney",
          "C64"),
        F("Status post right orchiectomy for seminoma 12 years ago; no further treatment; presents for infertility "
          "evaluation.", "other_cancer", "Z85"),
    ],
    # a remote history told in the present illness, alone or beside a cancer of now
    "remote_hpi_seen": [
        F("HISTORY OF PRESENT ILLNESS: This 71-year-old woman with a remote history of breast cancer treated with "
          "lumpectomy in 1998 presents with three days of productive cough and fever.\nASSESSMENT: Community-"
          "acquired pneumonia.", "breast", "Z85"),
        F("The patient is a 68-year-old man with a history of prostate cancer treated with radiation 15 years ago who "
          "now presents with a new right upper lobe mass; bronchoscopic biopsy shows squamous cell carcinoma of the "
          "lung.", "lung", "C34"),
        F("She had a melanoma removed from her back in her thirties and presents now with heartburn.", "melanoma",
          "Z85"),
        F("HISTORY OF PRESENT ILLNESS: 55-year-old with a remote history of testicular cancer, orchiectomy and "
          "chemotherapy at age 22, who presents with chest pain.\nIMPRESSION: Atypical chest pain; stress test.",
          "other_cancer", "Z85"),
        F("HISTORY OF PRESENT ILLNESS: A 60-year-old woman whose sister had ovarian cancer comes for genetic "
          "counseling; she has never had cancer herself.", "none", ""),
        F("He has a remote history of Hodgkin lymphoma treated with mantle radiation as a teenager and now presents "
          "with a newly diagnosed left breast mass, biopsy invasive ductal carcinoma.", "breast", "C50"),
        F("Remote history of colon cancer in 2003 treated with resection alone; he is admitted for a hip fracture "
          "after a fall.", "colorectal", "Z85"),
    ],
    "remote_hpi_held": [
        F("HISTORY OF PRESENT ILLNESS: 79-year-old man, treated decades ago for a bladder tumor with resection, "
          "presents with urinary retention.\nASSESSMENT: Benign prostatic hyperplasia with retention; Foley "
          "placed.", "bladder", "Z85"),
        F("She is an 82-year-old woman, remote thyroid cancer with thyroidectomy in 1985 on levothyroxine replacement, "
          "seen for dizziness.", "thyroid", "Z85"),
        F("Her cervical cancer was treated with hysterectomy and radiation in 1994; she now has a newly diagnosed "
          "pancreatic adenocarcinoma of the head and starts FOLFIRINOX next week.", "pancreas", "C25"),
        F("HISTORY OF PRESENT ILLNESS: 66-year-old man with a distant history of renal cell carcinoma, nephrectomy "
          "in 2001, is admitted for COPD exacerbation.", "kidney", "Z85"),
        F("He recalls a skin lesion removed from his ear years ago that he was told was not cancer; he presents with "
          "back pain.", "none", ""),
        F("Long ago, in her twenties, she was treated for Hodgkin disease; now, thirty years later, a core biopsy of "
          "a right breast mass shows invasive ductal carcinoma.", "breast", "C50"),
        F("A remote left nephrectomy for kidney cancer in 1996 is mentioned; the visit is for her diabetes.", "kidney",
          "Z85"),
    ],
    # the problem list against the assessment: which decides when they disagree or only one names the cancer
    "lists_seen": [
        F("PROBLEM LIST:\n1. Hypertension.\n2. History of colon cancer, s/p colectomy 2010.\n3. Type 2 diabetes.\n"
          "ASSESSMENT AND PLAN: Blood pressure above goal; increase lisinopril.", "colorectal", "Z85"),
        F("PROBLEM LIST: Breast cancer, left, stage IIA. Hypothyroidism.\nASSESSMENT: Left breast cancer, cycle 2 "
          "of dose-dense AC today; counts adequate.", "breast", "C50"),
        F("ACTIVE PROBLEMS: 1. Multiple myeloma. 2. Chronic kidney disease stage 3.\nPLAN: Continue lenalidomide; "
          "recheck free light chains next month.", "myeloma", "C90"),
        F("PAST MEDICAL HISTORY: Prostate cancer, 2012.\nASSESSMENT: 1. Metastatic prostate cancer to the bones, "
          "castration resistant. 2. Start enzalutamide.", "prostate", "C61|C79"),
        F("PROBLEM LIST: Obesity. Sleep apnea. Family history of breast cancer.\nASSESSMENT: Screening mammogram "
          "ordered.", "none", ""),
        F("PROBLEM LIST:\n1. Lung cancer.\n2. COPD.\nASSESSMENT: Right lower lobe adenocarcinoma, stage IB, "
          "resected by lobectomy in 2014, no evidence of recurrence on CT; continue yearly scans.", "lung",
          "Z85"),
        F("DIAGNOSES:\n1. Chronic lymphocytic leukemia, Rai stage 0, observation only.\n2. Hyperlipidemia.", "leukemia",
          "C91"),
    ],
    "lists_held": [
        F("PAST MEDICAL HISTORY: 1. Melanoma of the left arm, excised 2011. 2. Hypertension. 3. GERD.\n"
          "ASSESSMENT: Chest pain, noncardiac; follow up as needed.", "melanoma", "Z85"),
        F("PROBLEM LIST: Pancreatic cancer. Diabetes secondary to pancreatic insufficiency.\nASSESSMENT: Locally "
          "advanced pancreatic adenocarcinoma on gemcitabine and nab-paclitaxel, cycle 3.", "pancreas", "C25"),
        F("PAST MEDICAL HISTORY: Thyroid cancer.\nASSESSMENT AND PLAN: Papillary thyroid carcinoma, total "
          "thyroidectomy scheduled next week; preoperative labs today.", "thyroid", "C73"),
        F("ACTIVE PROBLEM LIST: 1. Atrial fibrillation. 2. Hx of bladder cancer, TURBT 2009, negative cystoscopies "
          "since.\nPLAN: Continue apixaban.", "bladder", "Z85"),
        F("PROBLEM LIST: Benign essential tremor. Lipoma of the back. Colon polyps, tubular adenomas.\nASSESSMENT: "
          "Tremor stable.", "none", ""),
        F("PROBLEM LIST:\n1. Endometrial cancer.\n2. Obesity.\nASSESSMENT: Endometrial adenocarcinoma, grade 1, stage "
          "IA, treated with hysterectomy in 2016; no evidence of disease; discharge from oncology follow-up.",
          "uterine", "Z85"),
        F("DIAGNOSES:\n1. Follicular lymphoma, grade 2, watch and wait.\n2. Osteoarthritis.", "lymphoma", "C82"),
    ],
    # round 2 (written after round 1 scored 0.984 / 0.968 and before this round's first run): whole notes in the
    # flattened transcription layout ("HEADING:, text.,NEXT:"), where the status is told across sections that
    # disagree or only together decide it
    "wholenote_seen": [
        F("CHIEF COMPLAINT:, Shortness of breath.,HISTORY OF PRESENT ILLNESS:, The patient is a 64-year-old female "
          "with history of breast cancer who presents with two weeks of dyspnea.  She was diagnosed in 2019 and had "
          "a left mastectomy, and she continues on letrozole.,PAST MEDICAL HISTORY:, Hypertension, breast cancer.,"
          "ASSESSMENT:, Dyspnea, likely deconditioning; continue letrozole per oncology.", "breast", "C50"),
        F("CHIEF COMPLAINT:, Abdominal pain.,HISTORY OF PRESENT ILLNESS:, This 70-year-old gentleman has a history "
          "of colon cancer, for which he underwent a right hemicolectomy in 2015 followed by chemotherapy.  He has "
          "been followed by oncology with no evidence of recurrence.  He now has crampy lower abdominal pain.,"
          "IMPRESSION:, Constipation.  Bowel regimen.", "colorectal", "Z85"),
        F("HISTORY:, The patient is a 58-year-old man with prostate cancer diagnosed last month, Gleason 4+4, who is "
          "here to discuss treatment.,PAST MEDICAL HISTORY:, Diabetes, hyperlipidemia.,PLAN:, We discussed "
          "radiation with androgen deprivation versus radical prostatectomy; he prefers surgery.", "prostate", "C61"),
        F("REASON FOR CONSULTATION:, Preoperative evaluation.,HISTORY OF PRESENT ILLNESS:, The patient is a 75-year-"
          "old woman scheduled for a left total knee replacement.  She had lymphoma in 2005 treated with "
          "chemotherapy and has been in remission since.,PAST MEDICAL HISTORY:, Lymphoma as above, osteoarthritis."
          ",IMPRESSION:, Acceptable risk for surgery.", "lymphoma", "Z85|C85"),
        F("SUBJECTIVE:, She returns for follow-up of her lung cancer.  She finished her last cycle of carboplatin and "
          "pemetrexed three weeks ago.,OBJECTIVE:, Weight stable.  Lungs clear.,ASSESSMENT:, Stage IV lung "
          "adenocarcinoma, partial response.,PLAN:, Continue maintenance pemetrexed; scans in six weeks.", "lung",
          "C34"),
        F("CHIEF COMPLAINT:, Cough.,HISTORY OF PRESENT ILLNESS:, A 45-year-old nonsmoker with a three-week cough.  "
          "Chest x-ray showed a right hilar opacity; CT was ordered to rule out malignancy.,ASSESSMENT:, Cough, "
          "likely postviral; CT pending.", "none", ""),
        F("DISCHARGE DIAGNOSES:,1.  Small bowel obstruction.,2.  History of ovarian cancer, status post total "
          "abdominal hysterectomy and bilateral salpingo-oophorectomy with debulking in 2016, on no current "
          "therapy.,HOSPITAL COURSE:, Managed conservatively with nasogastric decompression; obstruction resolved.",
          "other_cancer", "Z85"),
        F("HISTORY OF PRESENT ILLNESS:, The patient is an 80-year-old man with chronic lymphocytic leukemia, "
          "diagnosed six years ago, never treated, followed with blood counts, here for a routine visit.,"
          "ASSESSMENT:, CLL, stable lymphocytosis, no indication for therapy.", "leukemia", "C91"),
    ],
    "wholenote_held": [
        F("CHIEF COMPLAINT:, Fatigue.,HISTORY OF PRESENT ILLNESS:, 61-year-old woman with ovarian carcinoma, "
          "stage IIIC, who completed six cycles of carboplatin and paclitaxel in June and is now on niraparib, "
          "presents with fatigue.,ASSESSMENT:, Anemia from niraparib; hold the drug for one week.", "other_cancer",
          "C56"),
        F("HISTORY OF PRESENT ILLNESS:, This 67-year-old man had bladder cancer treated by TURBT in 2011 with no "
          "recurrence on yearly cystoscopy.  He presents with gross hematuria for two days.,PLAN:, Urine cytology "
          "and cystoscopy to evaluate for recurrence.", "bladder", "Z85"),
        F("SUBJECTIVE:, 52-year-old woman for follow-up of her thyroid cancer.  She is two months out from total "
          "thyroidectomy and received radioactive iodine last week.,ASSESSMENT:, Papillary thyroid carcinoma, "
          "post-ablation; whole-body scan next week.", "thyroid", "C73"),
        F("PAST MEDICAL HISTORY:, Significant for melanoma of the scalp excised in 2009, hypertension and gout.,"
          "HISTORY OF PRESENT ILLNESS:, He presents with a swollen left great toe for two days.,ASSESSMENT:, Acute "
          "gout flare.", "melanoma", "Z85"),
        F("CHIEF COMPLAINT:, Back pain.,HISTORY OF PRESENT ILLNESS:, The patient is a 72-year-old man with a "
          "history of prostate cancer treated with radiation in 2010.  PSA has risen over the past year and bone "
          "scan now shows lesions in L2 and the pelvis.,PLAN:, Start androgen deprivation.", "prostate",
          "C61|C79"),
        F("HISTORY OF PRESENT ILLNESS:, A 39-year-old woman with a palpable left breast lump for one month.  "
          "Ultrasound showed a 1.5 cm solid mass, BI-RADS 4; core biopsy has been performed and the pathology is "
          "pending.,PLAN:, Follow up for results.", "none", ""),
        F("DISCHARGE DIAGNOSES:,1.  Pneumonia.,2.  Multiple myeloma, on maintenance lenalidomide, held during "
          "admission.,HOSPITAL COURSE:, Treated with ceftriaxone and azithromycin with improvement.", "myeloma",
          "C90"),
        F("HISTORY OF PRESENT ILLNESS:, 69-year-old woman with a history of endometrial cancer, total hysterectomy "
          "in 2014 without adjuvant therapy, free of disease at her last oncology visit in the spring, now with "
          "urinary frequency.,IMPRESSION:, Urinary tract infection.", "uterine", "Z85"),
    ],
    # round 2: notes that name their cancer in a way a coder may give no code for (abbreviations, generic words, a
    # heading or a line that holds the only mention), against notes whose look-alike words are no cancer
    "named_seen": [
        F("PAST MEDICAL HISTORY:, CA of the prostate treated with radiation 2012, hypertension.,HISTORY OF PRESENT "
          "ILLNESS:, Here for a cough.", "prostate", "Z85"),
        F("ASSESSMENT:, Adenoca of the rectum, T3N1, on neoadjuvant chemoradiation, week 3 of 5.", "colorectal",
          "C20"),
        F("DIAGNOSIS:, Malignant neoplasm of the upper outer quadrant of the left breast.,PLAN:, Lumpectomy and "
          "sentinel node biopsy next week.", "breast", "C50"),
        F("He has carcinomatosis from an unknown primary and is being seen by palliative care.", "other_cancer",
          "C78|C80"),
        F("CA-125 was checked because of bloating and was normal; pelvic ultrasound shows a simple ovarian cyst.",
          "none", ""),
        F("PROBLEM LIST:, 1.  Ca lung, right upper lobe, on chemo.  2.  COPD.", "lung", "C34"),
        F("INDICATION:, Restaging of known malignancy, pancreatic head adenocarcinoma, after four cycles of "
          "FOLFIRINOX.", "pancreas", "C25"),
        F("Her mother and two sisters had breast CA; she is here for her own annual physical and is well.", "none",
          ""),
    ],
    "named_held": [
        F("PAST MEDICAL HISTORY:, Ca breast 2008, lumpectomy and XRT, no current treatment, hypothyroidism.,HISTORY "
          "OF PRESENT ILLNESS:, Here with a sore throat.", "breast", "Z85"),
        F("ASSESSMENT:, Squamous cell ca of the larynx, glottic, T2N0, starting definitive radiation Monday.",
          "head_and_neck", "C32"),
        F("DIAGNOSIS:, Malignant neoplasm of the sigmoid colon.,PLAN:, Laparoscopic sigmoid colectomy on Thursday.",
          "colorectal", "C18"),
        F("She has diffuse metastatic disease to the liver and bones from a primary that was never found, and is on "
          "hospice.", "other_cancer", "C78|C79|C80"),
        F("PSA 1.2, unchanged; prostate is smooth and mildly enlarged.  No concern for malignancy.", "none", ""),
        F("PROBLEM LIST:, 1.  Renal cell ca, left, metastatic to lung, on cabozantinib.  2.  Hypertension.",
          "kidney", "C64|C78"),
        F("INDICATION:, Follow-up of known malignancy, hepatocellular carcinoma, after Y-90 radioembolization last "
          "month.", "liver", "C22"),
        F("Paternal uncle had leukemia in his 60s; the patient's blood counts are normal.", "none", ""),
    ],
    # round 3 (written after round 2 scored the seen half 0.975 and before this round's first run): tumours of the
    # brain and its coverings named in the ways neurosurgery and neuro-oncology name them, with their status
    "cns_seen": [
        F("HISTORY OF PRESENT ILLNESS:, 54-year-old man with a right temporal glioblastoma, IDH-wildtype, status post "
          "gross total resection three weeks ago, here to begin radiation with concurrent temozolomide.", "brain",
          "C71"),
        F("She has a WHO grade 2 oligodendroglioma of the left frontal lobe, 1p/19q codeleted, followed with MRI "
          "every four months without treatment.", "brain", "C71"),
        F("PAST MEDICAL HISTORY:, Astrocytoma resected in 1999 with radiation afterwards, stable on yearly MRI, no "
          "treatment since.  Seizure disorder.,ASSESSMENT:, Breakthrough seizure; levetiracetam increased.", "brain",
          "Z85"),
        F("MRI brain: a 2.3 cm dural-based extra-axial enhancing mass over the left convexity with a dural tail, most "
          "consistent with a meningioma.", "none", ""),
        F("FINAL DIAGNOSIS:, Brain, left parietal lesion, stereotactic biopsy: diffuse astrocytoma, IDH-mutant, WHO "
          "grade 3.", "brain", "C71"),
        F("Multiple ring-enhancing brain lesions in a patient with known stage IV lung adenocarcinoma, consistent "
          "with brain metastases; whole-brain radiation planned.", "lung", "C34|C79"),
        F("He had a medulloblastoma as a child, treated with resection, craniospinal radiation and chemotherapy, and "
          "is seen in the late-effects clinic for hearing loss.", "brain", "Z85"),
        F("Vestibular schwannoma on the right, 1.2 cm, observed with serial MRI; hearing stable.", "none", ""),
    ],
    "cns_held": [
        F("ASSESSMENT:, GBM of the left frontal lobe, recurrent, progression on bevacizumab; hospice discussed.",
          "brain", "C71"),
        F("FINAL DIAGNOSIS:, Brain, right frontal mass, resection: high-grade glioma with necrosis and microvascular "
          "proliferation, consistent with glioblastoma, CNS WHO grade 4.", "brain", "C71"),
        F("Low-grade glioma of the right insula resected in 2012, no treatment since, MRI unchanged for years.",
          "brain", "Z85"),
        F("Pituitary macroadenoma, nonfunctioning, 1.8 cm, with bitemporal hemianopia; transsphenoidal resection "
          "planned.", "none", ""),
        F("An ependymoma of the fourth ventricle was resected two weeks ago, and she starts focal proton therapy on "
          "Monday.", "brain", "C71"),
        F("Solitary cerebellar metastasis from her breast carcinoma, treated with stereotactic radiosurgery today.",
          "breast", "C50|C79"),
        F("Anaplastic oligodendroglioma diagnosed in 2015, completed radiation and PCV chemotherapy in 2016, MRI "
          "stable since, on no therapy.", "brain", "Z85"),
        F("CT head: no intracranial mass, hemorrhage or acute infarct; chronic small vessel ischemic change.",
          "none", ""),
    ],
    # round 3: the status of bladder, breast, lung and prostate cancers as their own specialties write it (BCG and
    # cystoscopy, lumpectomy and radiation, lobectomy and SBRT, PSA and hormones), in whole flattened notes
    "organ_status_seen": [
        F("HISTORY OF PRESENT ILLNESS:, The patient is a 71-year-old man with a history of high-grade T1 bladder "
          "cancer, status post TURBT, who completed induction BCG and is now on maintenance BCG.,PLAN:, "
          "Cystoscopy in three months.", "bladder", "C67"),
        F("HISTORY OF PRESENT ILLNESS:, A 66-year-old woman with a history of left breast cancer, lumpectomy and "
          "radiation in 2011, who stopped anastrozole in 2016.  Mammograms have been normal.  She comes for "
          "knee pain.,ASSESSMENT:, Osteoarthritis.", "breast", "Z85"),
        F("REASON FOR VISIT:, Follow-up.,HISTORY:, 77-year-old man with stage I non-small cell lung cancer of the "
          "right upper lobe treated with SBRT eight months ago.  CT today shows post-radiation change only.,PLAN:, "
          "CT chest in six months.", "lung", "Z85|C34"),
        F("CHIEF COMPLAINT:, Hot flashes.,HISTORY OF PRESENT ILLNESS:, 68-year-old man with prostate cancer on "
          "leuprolide injections since radiation last year, PSA 0.1.,ASSESSMENT:, Vasomotor symptoms of androgen "
          "deprivation.", "prostate", "C61"),
        F("HISTORY OF PRESENT ILLNESS:, Gross hematuria for one week in a 63-year-old smoker.  CT urogram shows a "
          "2 cm filling defect in the bladder.,PLAN:, Cystoscopy and TURBT; urine cytology sent.", "none", ""),
        F("PAST MEDICAL HISTORY:, Right breast cancer, 2019, mastectomy.,HISTORY OF PRESENT ILLNESS:, She noted a "
          "new nodule on the right chest wall; biopsy shows recurrent invasive ductal carcinoma.", "breast", "C50"),
        F("PAST MEDICAL HISTORY:, Bladder cancer.,HISTORY OF PRESENT ILLNESS:, He was found to have a recurrent "
          "bladder tumor on cystoscopy last week and comes for TURBT.", "bladder", "C67"),
        F("Lung cancer screening low-dose CT shows a 4 mm solid nodule in the left lower lobe, Lung-RADS 2; repeat in "
          "one year.", "none", ""),
    ],
    "organ_status_held": [
        F("HISTORY OF PRESENT ILLNESS:, 74-year-old woman with non-muscle-invasive bladder cancer treated with TURBT "
          "and BCG in 2015, cystoscopies negative since, presents with dysuria.,ASSESSMENT:, Cystitis.",
          "bladder", "Z85"),
        F("SUBJECTIVE:, 49-year-old woman with ER positive right breast cancer, lumpectomy in March, now in week 4 of "
          "whole-breast radiation with mild skin erythema.", "breast", "C50"),
        F("HISTORY:, 69-year-old woman, left lower lobectomy for adenocarcinoma of the lung in 2013, no recurrence on "
          "annual CT, here for hypertension.", "lung", "Z85"),
        F("HISTORY OF PRESENT ILLNESS:, His prostate cancer was treated with radical prostatectomy in 2018, and PSA "
          "has now risen on three readings to 0.4; he is referred for salvage radiation.", "prostate", "C61"),
        F("Mammogram shows a new 8 mm spiculated mass in the left breast, BI-RADS 5; ultrasound-guided biopsy is "
          "scheduled.", "none", ""),
        F("DISCHARGE DIAGNOSES:,1.  COPD exacerbation.,2.  Squamous cell lung cancer, right hilum, on carboplatin "
          "and paclitaxel with concurrent radiation.", "lung", "C34"),
        F("PAST MEDICAL HISTORY:, Prostate cancer treated with seed implants in 2009, PSA undetectable.,ASSESSMENT:, "
          "Cellulitis of the left leg.", "prostate", "Z85"),
        F("Cystoscopy today for hematuria showed a trabeculated bladder without tumors; cytology negative.", "none",
          ""),
    ],
    # round 4 (written after round 3 scored the seen half 0.968 on main and before this round's first run): procedure
    # reports and notes typed all in capitals, the transcription forms where a status or the cancer's name hides
    "procedure_seen": [
        F("PREOPERATIVE DIAGNOSIS:, Bladder tumor.,POSTOPERATIVE DIAGNOSIS:, Bladder tumor.,PROCEDURE:, Cystoscopy "
          "and transurethral resection of a 3 cm bladder tumor at the left lateral wall.", "bladder", "C67"),
        F("PREOPERATIVE DIAGNOSIS:, History of bladder cancer.,PROCEDURE:, Surveillance cystoscopy.,FINDINGS:, No "
          "recurrent tumor; the bladder mucosa is normal throughout.", "bladder", "Z85"),
        F("PREOPERATIVE DIAGNOSIS:, Left breast cancer.,PROCEDURE:, Placement of a right subclavian Port-A-Cath for "
          "chemotherapy.", "breast", "C50"),
        F("PROCEDURE:, Left frontal craniotomy for resection of a brain tumor.,FINDINGS:, Frozen section consistent "
          "with high-grade glioma.,DISPOSITION:, To the neuro ICU.", "brain", "C71"),
        F("PREOPERATIVE DIAGNOSIS:, Elevated PSA.,PROCEDURE:, Transrectal ultrasound-guided prostate needle biopsy, "
          "12 cores.,PLAN:, Follow up for pathology.", "none", ""),
        F("HISTORY:, PROSTATE CA, S/P RADICAL PROSTATECTOMY 2009.  PSA NOW RISING.,IMPRESSION:, BIOCHEMICAL "
          "RECURRENCE OF PROSTATE CANCER.", "prostate", "C61"),
        F("PAST MEDICAL HISTORY:, BREAST CA, LEFT, S/P LUMPECTOMY AND RADIATION 2010, NO RECURRENCE.  HTN.,"
          "ASSESSMENT:, CHEST WALL PAIN, MUSCULOSKELETAL.", "breast", "Z85"),
        F("PROCEDURE:, Bronchoscopy with endobronchial biopsy.,FINDINGS:, An exophytic lesion of the right main "
          "bronchus.,PATHOLOGY:, Squamous cell carcinoma.", "lung", "C34"),
    ],
    "procedure_held": [
        F("PREOPERATIVE DIAGNOSIS:, Recurrent bladder tumors.,PROCEDURE:, Cystoscopy with fulguration of three small "
          "papillary tumors at the dome.", "bladder", "C67"),
        F("PREOPERATIVE DIAGNOSIS:, Carcinoma of the prostate.,OPERATION:, Radical retropubic prostatectomy with "
          "bilateral pelvic lymphadenectomy.", "prostate", "C61"),
        F("PROCEDURE:, Right craniotomy and excision of a metastatic lesion from known melanoma.", "melanoma",
          "C43|C79"),
        F("PREOPERATIVE DIAGNOSIS:, Right breast mass.,PROCEDURE:, Excisional biopsy.,FINDINGS:, A 2 cm firm mass "
          "sent for permanent section.", "none", ""),
        F("HISTORY:, LUNG CA, RIGHT UPPER LOBE, ON CHEMOTHERAPY.  NEW SHORTNESS OF BREATH.,IMPRESSION:, LARGE RIGHT "
          "PLEURAL EFFUSION.", "lung", "C34"),
        F("PAST MEDICAL HISTORY:, COLON CA S/P RIGHT HEMICOLECTOMY 2007, NO RECURRENCE.  DIABETES.,ASSESSMENT:, "
          "DIABETIC FOOT ULCER.", "colorectal", "Z85"),
        F("POSTOPERATIVE DIAGNOSIS:, Glioblastoma multiforme, left temporal lobe.,PROCEDURE:, Left temporal "
          "craniotomy with gross total resection.", "brain", "C71"),
        F("PREOPERATIVE DIAGNOSIS:, History of colon polyps.,PROCEDURE:, Colonoscopy.,FINDINGS:, Two small tubular "
          "adenomas removed; no carcinoma.", "none", ""),
    ],
    # round 5 (written after round 4 scored 1.000 on the seen half with round 1-3's fixes and before this round's
    # first run): prostate and brain cancers named by a drug, a device, a procedure, a test or a lay phrase, and spread
    # to the brain, lung, liver or bone written before its primary
    "indirect_seen": [
        F("He gets Lupron every six months and sees urology for his PSA, which is 0.2; prostate biopsy in 2019 was "
          "positive.", "prostate", "C61"),
        F("Brachytherapy seeds were implanted in 2012 for his prostate cancer; PSA has been undetectable and he takes "
          "no cancer medicines.", "prostate", "Z85"),
        F("TURP chips from last week showed adenocarcinoma, Gleason 3+3, in 5% of the tissue.", "prostate", "C61"),
        F("She has a malignant brain tumor that was debulked in January and takes Temodar five days a month.",
          "brain", "C71"),
        F("The brain cancer was diagnosed after a seizure in the spring; stereotactic biopsy showed grade IV "
          "astrocytoma.", "brain", "C71"),
        F("MRI of the brain for chronic headaches: normal, no mass or enhancement.", "none", ""),
        F("PSA screening discussed; he elected to have his PSA checked, result 1.1, normal for age.", "none", ""),
        F("His hearing loss dates from an acoustic neuroma removed in 2010 that needed no further treatment.",
          "none", ""),
    ],
    "indirect_held": [
        F("He is on Eligard injections and Zytiga for prostate cancer with a falling PSA.", "prostate", "C61"),
        F("Cyberknife to the prostate was completed in 2016 and his PSA has stayed low without any hormones.",
          "prostate", "Z85"),
        F("Biopsy of the prostate last month was positive in 3 of 12 cores for Gleason 7 disease; he is weighing "
          "surgery against radiation.", "prostate", "C61"),
        F("She had surgery on a glioma in her left frontal lobe last month and is getting radiation with Temodar.",
          "brain", "C71"),
        F("His brain tumour, an oligoastrocytoma, was treated with surgery and radiation in 2004 and has not needed "
          "treatment since.", "brain", "Z85"),
        F("Head CT after the fall showed no bleed and no mass lesion.", "none", ""),
        F("Urology recommended a repeat PSA in six months; the prostate exam was benign.", "none", ""),
        F("A pituitary tumor found on MRI for headaches was a nonfunctioning adenoma; endocrinology follows it.",
          "none", ""),
    ],
    "spread_seen": [
        F("Brain metastases from breast cancer were treated with gamma knife last month; she continues "
          "trastuzumab.", "breast", "C50|C79"),
        F("Liver metastases of a rectal adenocarcinoma resected in 2019 were found on CT this week.", "colorectal",
          "C78|C20"),
        F("Lung metastases from his renal cell carcinoma are shrinking on sunitinib.", "kidney", "C64|C78"),
        F("Bone metastases from prostate cancer, on denosumab and enzalutamide.", "prostate", "C61|C79"),
        F("MRI: two enhancing lesions in the cerebellum, most consistent with metastases; no primary known yet; "
          "CT of the chest, abdomen and pelvis ordered.", "none", ""),
        F("Metastatic melanoma to the brain and lungs, on ipilimumab and nivolumab.", "melanoma", "C43|C79|C78"),
        F("Ovarian cancer with peritoneal carcinomatosis, status post interval debulking, on carboplatin.",
          "other_cancer", "C56|C78"),
        F("Spinal cord compression at T8 from metastatic lung cancer; emergent radiation.", "lung", "C34|C79"),
    ],
    "spread_held": [
        F("Brain metastasis from non-small cell lung cancer, resected, then radiosurgery to the cavity last week.",
          "lung", "C34|C79"),
        F("Hepatic metastases from a pancreatic primary, on FOLFIRINOX.", "pancreas", "C25|C78"),
        F("Osseous metastases of a breast carcinoma, on letrozole and zoledronic acid.", "breast", "C50|C79"),
        F("Pulmonary metastases from colon cancer have grown on the last two scans.", "colorectal", "C18|C78"),
        F("CT shows several small lung nodules, too small to characterize; no known cancer; follow-up CT in three "
          "months.", "none", ""),
        F("Leptomeningeal spread of her breast cancer was confirmed on cerebrospinal fluid cytology.", "breast",
          "C50|C79"),
        F("Metastatic thyroid cancer to the lungs, refractory to radioactive iodine, on lenvatinib.", "thyroid",
          "C73|C78"),
        F("Adrenal metastasis from a renal cell carcinoma removed in 2015; the adrenal mass is growing.", "kidney",
          "C79|C64"),
    ],
    # round 6 (written after round 5 and before its first run): treatments by brand or device name, radiation by its
    # machine or technique, gliomas by their grades and lay names, each with the status its words give
    "brand_seen": [
        F("He has been on Casodex and Zoladex since March for his prostate cancer.", "prostate", "C61"),
        F("IMRT to the prostate and pelvic nodes, 78 Gy, finished two weeks ago; he returns for a post-treatment "
          "check.", "prostate", "C61"),
        F("Gamma Knife radiosurgery to a left occipital glioma is scheduled for Friday.", "brain", "C71"),
        F("She takes Xeloda twice a day, week two of the cycle, for her colon cancer.", "colorectal", "C18"),
        F("Proton therapy for a low-grade glioma of the brainstem was completed in 2008; MRI has been stable and no "
          "treatment since.", "brain", "Z85"),
        F("He finished five years of Arimidex in 2017 after surgery for his breast cancer and takes nothing for it "
          "now.", "breast", "Z85"),
        F("She uses Zoladex monthly for endometriosis pain; her pelvic ultrasound is unchanged.", "none", ""),
        F("Gamma Knife treatment for trigeminal neuralgia last year gave good relief.", "none", ""),
    ],
    "brand_held": [
        F("Firmagon injections were started this week for his newly found prostate cancer with bone spread.",
          "prostate", "C61|C79"),
        F("Stereotactic body radiation to the left upper lobe tumor, five fractions, begins on Monday.", "lung",
          "C34"),
        F("He has a grade 3 astrocytoma, on Avastin and lomustine after his second surgery.", "brain", "C71"),
        F("Gleevec 400 mg daily continues for her chronic myeloid leukemia, major molecular response.", "leukemia",
          "C92"),
        F("Seed implants for prostate cancer in 2006, PSA less than 0.1 since, on no hormones.", "prostate",
          "Z85"),
        F("She completed Herceptin in 2015 after chemotherapy and surgery for her HER2-positive breast cancer; no "
          "cancer treatment since.", "breast", "Z85"),
        F("Lupron is given every three months for her central precocious puberty.", "none", ""),
        F("CyberKnife treatment of an arteriovenous malformation is planned.", "none", ""),
    ],
    # the cancer named only by its treatment or its pathology line
    "named_by_seen": [
        F("PATHOLOGY: Prostate, needle biopsies: Gleason score 4+3=7 (grade group 3) in 5 of 12 cores, perineural "
          "invasion present.", "prostate", "C61"),
        F("He underwent a radical cystectomy with an ileal conduit for muscle-invasive urothelial carcinoma in 2013 "
          "and has had no treatment since.", "bladder", "Z85"),
        F("FINAL DIAGNOSIS: Sigmoid colon, segmental resection: adenocarcinoma, moderately differentiated, invading "
          "through the muscularis propria into pericolorectal tissue; 0 of 16 lymph nodes involved.", "colorectal",
          "C18"),
        F("She receives weekly trastuzumab and paclitaxel for her HER2-positive disease after a left breast core "
          "biopsy.", "breast", "C50"),
        F("PATHOLOGY: Skin, left forearm, shave: seborrheic keratosis; no atypia.", "none", ""),
        F("Day 3 after a Whipple procedure for pancreatic adenocarcinoma, tolerating clear liquids.", "pancreas",
          "C25"),
        F("He had a prostatectomy in 2009 for a Gleason 3+4 tumor and his PSA has been undetectable since.",
          "prostate", "Z85"),
    ],
    "named_by_held": [
        F("FINAL DIAGNOSIS: Left breast, core needle biopsy: invasive ductal carcinoma, Nottingham grade 2; ER "
          "positive, PR positive, HER2 negative.", "breast", "C50"),
        F("She completed pelvic radiation with weekly cisplatin for her cervical carcinoma in 2015 and has had no "
          "treatment since.", "other_cancer", "Z85"),
        F("PATHOLOGY: Thyroid, total thyroidectomy: papillary carcinoma, classic variant, 1.6 cm, confined to the "
          "thyroid; margins negative.", "thyroid", "C73"),
        F("Postoperative day 2 after an esophagectomy for adenocarcinoma of the distal esophagus.", "other_cancer",
          "C15"),
        F("PATHOLOGY: Colon, polypectomy: tubular adenoma with low-grade dysplasia; margins free.", "none", ""),
        F("He is on leuprolide and abiraterone for his metastatic castration-resistant disease, with a PSA now "
          "falling after a Gleason 9 biopsy in the spring.", "prostate", "C61|C79"),
        F("A right nephroureterectomy in 2010 for upper tract urothelial carcinoma of the renal pelvis; surveillance "
          "cystoscopies have been clear since.", "kidney", "Z85"),
    ],
}

"""The twentieth family: the ICD-10-CM category where the cancer's kind decides it, in a seen and a held-out half.

Written 2026-12-07 (codefix45, issue 17) before the coder's rules, vocabularies or context code were read for this pass
and before the probe was first run on it; from DESIGN.md (the 17 types and their ICD-10-CM ranges), the labelling rules
of tests/fixtures/mtsamples_gold_README.md, the probe, the `Form` class and the first 40 lines of the eighteenth and
nineteenth families' `forms.py` (layout and label conventions). Every form is invented; no string comes from a note.
Each kind is two classes written at the same time: `<kind>_seen`, whose misses may be printed and steer rules, and
`<kind>_held`, the same kind in other words and other organs, read as scores only (`coding_forms_probe` never prints a
`_held` class's misses). Both halves hold cancer and `none` forms.

Labelling follows the README's rules; where it is silent, ICD-10-CM's tabular list decides the category and DESIGN.md's
ranges the type.
- In situ is the organ's type with its D code: breast DCIS / LCIS D05, melanoma in situ D03, cervix (CIN 3,
  adenocarcinoma in situ) D06 other_cancer, lung adenocarcinoma in situ D02 lung, larynx and oral cavity D02 / D00
  head_and_neck, flat urothelial CIS of bladder, ureter or renal pelvis D09 (of the organ's type: bladder for the
  bladder and ureter, kidney for the renal pelvis), squamous cell carcinoma in situ of skin D04 other_cancer, anal
  canal (AIN III) D01 colorectal, oesophagus high-grade dysplasia is not in situ (`none`). Noninvasive papillary
  urothelial carcinoma (pTa) accepts C67|D09 (earlier families code it C67; ICD-O-3 gives it behaviour /2). Invasive
  carcinoma, microinvasion included, is the C code. Atypical hyperplasia, CIN 2, LSIL and low-grade dysplasia are
  `none`.
- Secondary sites: a metastasis of a named primary is of the primary's type and accepts the primary's category and the
  secondary one (C77 nodes, C78 lung, liver, peritoneum, C79 bone, brain, adrenal, skin); a metastasis with no
  primary found is other_cancer, C77/C78/C79 or C80. A liver, lung or brain mass that is a metastasis is never the
  liver, lung or brain type.
- History: Z85 (Z86 for in situ) when treated in the past with no treatment now and no disease described; active
  (the C code) on hormonal, maintenance or any other treatment now, on recurrence or metastasis; a leukaemia or myeloma
  "in remission" keeps its C code.
- Sub-sites at category level: base of tongue C01, oral tongue C02, tonsil C09, hypopharynx / pyriform sinus C12-C13,
  larynx C32 (head_and_neck); cardia and gastro-oesophageal junction C16 (stomach); oesophagus C15 (other_cancer);
  caecum to sigmoid and appendix C18, rectosigmoid C19, rectum C20, anal canal C21 (colorectal); renal pelvis C65,
  kidney C64 (kidney); ureter C66 (bladder); ampulla of Vater and extrahepatic bile ducts C24, gallbladder C23
  (other_cancer); intrahepatic cholangiocarcinoma C22 (liver); pancreas in any part C25; uterus NOS C55, endometrium
  C54 (uterine); ovary C56, fallopian tube C57 (other_cancer); trachea C33 (lung); overlapping lesions keep their
  organ's category (C18 overlapping colon, C50 overlapping quadrants, C34 overlapping lobes).
- Haematological: Hodgkin C81, follicular C82, DLBCL, mantle cell, Burkitt and SLL C83, mycosis fungoides and
  peripheral T-cell lymphoma C84, lymphoma NOS C85, MALT lymphoma C88 (lymphoma); CLL, ALL, hairy cell C91, AML, CML and
  APL C92, CMML C93 (leukemia); myeloma and plasmacytoma C90 (myeloma).
- `none`: benign and uncertain-behaviour neoplasms (oncocytoma, angiomyolipoma, pleomorphic adenoma, tubular adenoma,
  WHO grade 1 meningioma, vestibular schwannoma, leiomyoma, hepatic adenoma, serous borderline tumour, desmoid,
  giant cell tumour of bone, follicular adenoma, MGUS, polycythaemia vera), family history, screening and pending
  work-up.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form as F

FORMS: dict[str, list[F]] = {
    "insitu_seen": [
        F("FINAL DIAGNOSIS: Right breast, 10 o'clock, excision: ductal carcinoma in situ, nuclear grade 3, solid type "
          "with comedonecrosis, 1.8 cm; margins negative; no invasive carcinoma identified.", "breast", "D05"),
        F("FINAL DIAGNOSIS: Left breast, lumpectomy: invasive ductal carcinoma, grade 2, 1.4 cm, with associated "
          "ductal carcinoma in situ (20%); margins negative.", "breast", "C50"),
        F("Cone biopsy of the cervix showed CIN 3 (severe dysplasia / carcinoma in situ) with clear margins; she will "
          "return for co-testing in six months.", "other_cancer", "D06"),
        F("PATHOLOGY: Renal pelvis, left, ureteroscopic biopsy: urothelial carcinoma in situ, flat; no papillary or "
          "invasive component.", "kidney", "D09"),
        F("PATHOLOGY: Bladder, TURBT: high-grade papillary urothelial carcinoma invading the lamina propria (pT1); "
          "muscularis propria present, not involved.", "bladder", "C67"),
        F("Skin of the left upper back, excision: melanoma in situ, lentiginous, margins clear at 5 mm. Follow-up skin "
          "checks every six months.", "melanoma", "D03"),
        F("DIAGNOSIS: Breast, right, core biopsy: atypical ductal hyperplasia; no carcinoma in situ or invasive "
          "carcinoma. Surgical excision recommended.", "none", ""),
        F("Loop excision of the cervix: CIN 2 with negative margins. Repeat cytology in one year.", "none", ""),
        F("PATHOLOGY: Bladder, TURBT: low-grade noninvasive papillary urothelial carcinoma (pTa); no invasion of the "
          "lamina propria.", "bladder", "C67|D09"),
    ],
    "insitu_held": [
        F("Stereotactic biopsy of a cluster of calcifications in the left breast: intermediate-grade DCIS, cribriform, "
          "ER positive. Lumpectomy with radiation planned.", "breast", "D05"),
        F("FINAL DIAGNOSIS: Right breast, excision: lobular carcinoma in situ, classic type; no invasive carcinoma.",
          "breast", "D05"),
        F("FINAL DIAGNOSIS: Cervix, LEEP: adenocarcinoma in situ, endocervical type, margins involved; no invasive "
          "adenocarcinoma.", "other_cancer", "D06"),
        F("Ureteroscopy with biopsy of the right distal ureter showed carcinoma in situ of the ureter without an "
          "invasive component; nephroureterectomy discussed.", "bladder", "D09"),
        F("Left kidney, partial nephrectomy: clear cell renal cell carcinoma, 3.2 cm, ISUP grade 2, margins negative.",
          "kidney", "C64"),
        F("PATHOLOGY: Left lower lobe, wedge resection: adenocarcinoma in situ, nonmucinous, 1.1 cm; no invasive "
          "component.", "lung", "D02"),
        F("Scalp, shave biopsy: squamous cell carcinoma in situ (Bowen disease) of the scalp; excision scheduled.",
          "other_cancer", "D04"),
        F("Anal canal biopsy: high-grade squamous intraepithelial lesion, AIN III; no invasive carcinoma.",
          "colorectal", "D01"),
        F("Excision of the left forearm lesion: invasive melanoma, superficial spreading type, Breslow 0.9 mm, "
          "Clark level III, margins clear.", "melanoma", "C43"),
        F("Breast, left, excision: atypical lobular hyperplasia and columnar cell change; negative for carcinoma.",
          "none", ""),
        F("Esophagus, biopsies at 34 cm: Barrett mucosa with low-grade dysplasia; no carcinoma.", "none", ""),
    ],
    "secondary_seen": [
        F("CT of the abdomen shows multiple hepatic metastases from her known sigmoid adenocarcinoma; FOLFOX restarted "
          "this week.", "colorectal", "C18|C78"),
        F("MRI brain: two enhancing lesions consistent with metastases from his lung adenocarcinoma. Stereotactic "
          "radiosurgery is planned.", "lung", "C34|C79"),
        F("Bone scan shows diffuse osseous metastases from prostate cancer; he continues leuprolide with "
          "enzalutamide added.", "prostate", "C61|C79"),
        F("FINAL DIAGNOSIS: Liver, segment 6, core biopsy: metastatic adenocarcinoma, CK7 negative, CK20 and CDX2 "
          "positive, consistent with colorectal primary.", "colorectal", "C18|C19|C20|C78"),
        F("Right axillary lymph node, excision: metastatic melanoma; no cutaneous primary found on full skin "
          "examination.", "melanoma", "C43|C77"),
        F("Liver biopsy: metastatic poorly differentiated carcinoma; CT chest, abdomen and pelvis and endoscopies show "
          "no primary. Diagnosis: carcinoma of unknown primary.", "other_cancer", "C78|C80"),
        F("CT showed a 2 cm liver lesion, felt to be a metastasis; MRI characterised it as a hemangioma. "
          "No malignancy.", "none", ""),
        F("Metastatic breast cancer to the liver and bone, ER positive, on letrozole and palbociclib.", "breast",
          "C50|C78|C79"),
    ],
    "secondary_held": [
        F("PET-CT demonstrates new pulmonary metastases from her previously resected renal cell carcinoma; starting "
          "pembrolizumab and axitinib.", "kidney", "C64|C78"),
        F("Admitted with seizures; MRI shows a right frontal mass, biopsied: metastatic breast carcinoma, GATA3 "
          "positive, from her known left breast cancer.", "breast", "C50|C79"),
        F("ASSESSMENT: Malignant pleural effusion from ovarian serous carcinoma; thoracentesis today, carboplatin "
          "continues.", "other_cancer", "C56|C78"),
        F("FINAL DIAGNOSIS: Left adrenal, biopsy: metastatic non-small cell lung carcinoma, TTF-1 positive.", "lung",
          "C34|C79"),
        F("Neck dissection: metastatic squamous cell carcinoma in three of 24 nodes; primary in the right tonsil.",
          "head_and_neck", "C09|C77"),
        F("Peritoneal carcinomatosis with no primary found after CT, upper and lower endoscopy and mammography; "
          "cytology adenocarcinoma.", "other_cancer", "C78|C80"),
        F("Chest CT: several small pulmonary nodules, indeterminate; the largest is 4 mm. Follow-up CT in 12 months. "
          "No known malignancy.", "none", ""),
        F("Thyroid cancer metastatic to the cervical lymph nodes, papillary type; radioactive iodine next month.",
          "thyroid", "C73|C77"),
        F("Bone biopsy of the L3 lesion: metastatic adenocarcinoma, PSA and NKX3.1 positive; castration-resistant "
          "prostate cancer on abiraterone.", "prostate", "C61|C79"),
    ],
    "history_seen": [
        F("Past medical history: colon cancer, status post right hemicolectomy in 2014, no evidence of disease on "
          "surveillance colonoscopy.", "colorectal", "Z85"),
        F("History of left breast cancer treated with lumpectomy and radiation in 2019; she remains on anastrozole.",
          "breast", "C50"),
        F("Remote history of Hodgkin lymphoma treated with ABVD and mantle radiation in 1996, in continuous "
          "remission since.", "lymphoma", "Z85"),
        F("He had prostate cancer treated with radical prostatectomy in 2011; PSA has been undetectable since and he "
          "takes no treatment.", "prostate", "Z85"),
        F("History of DCIS of the right breast, excised in 2017 with radiation; no endocrine therapy; mammograms "
          "negative.", "breast", "Z86"),
        F("CLL diagnosed in 2020, in remission after venetoclax and obinutuzumab, now off therapy and observed.",
          "leukemia", "C91"),
        F("Mother had ovarian cancer at 52 and a sister had breast cancer; she has had no cancer herself. Genetic "
          "counselling offered.", "none", ""),
        F("History of bladder cancer with recurrence this spring; TURBT showed high-grade pTa disease and BCG "
          "induction starts next week.", "bladder", "C67|D09"),
    ],
    "history_held": [
        F("PMH: renal cell carcinoma s/p left nephrectomy 2016, NED; hypertension; gout.", "kidney", "Z85"),
        F("She was treated for endometrial cancer with total hysterectomy in 2018 and has had no recurrence; no "
          "current treatment.", "uterine", "Z85"),
        F("Multiple myeloma in complete remission on lenalidomide maintenance.", "myeloma", "C90"),
        F("History of melanoma in situ of the left calf, excised 2015; annual skin checks negative.", "melanoma",
          "Z86"),
        F("Papillary thyroid cancer treated with total thyroidectomy and radioactive iodine in 2010; thyroglobulin "
          "undetectable; no treatment now other than thyroid hormone replacement.", "thyroid", "Z85"),
        F("History of rectal cancer in 2019 treated with chemoradiation and low anterior resection; now with a "
          "biopsy-proven anastomotic recurrence, planned for re-resection.", "colorectal", "C20"),
        F("Acute myeloid leukemia treated with induction and consolidation in 2021; remains in remission on no "
          "therapy.", "leukemia", "C92|Z85"),
        F("Father died of pancreatic cancer; patient here for screening colonoscopy, which was normal.", "none", ""),
        F("Past history of testicular cancer, orchiectomy and chemotherapy in 2002, cured.", "other_cancer", "Z85"),
    ],
    "subsite_seen": [
        F("Squamous cell carcinoma of the base of tongue, p16 positive, T2 N1; concurrent cisplatin and radiation "
          "planned.", "head_and_neck", "C01"),
        F("Adenocarcinoma of the gastroesophageal junction, Siewert type II; perioperative FLOT started.", "stomach",
          "C16"),
        F("Adenocarcinoma of the rectosigmoid junction, moderately differentiated; resection scheduled.",
          "colorectal", "C19"),
        F("Urothelial carcinoma of the left renal pelvis, high grade; nephroureterectomy next week.", "kidney",
          "C65"),
        F("Ampullary adenocarcinoma (ampulla of Vater), intestinal type; Whipple procedure performed.",
          "other_cancer", "C24"),
        F("Squamous cell carcinoma of the anal canal; chemoradiation with mitomycin and 5-FU.", "colorectal", "C21"),
        F("FINAL DIAGNOSIS: Colon, ascending to transverse, extended right hemicolectomy: adenocarcinoma involving "
          "the hepatic flexure and proximal transverse colon (overlapping lesion), pT3 N0.", "colorectal", "C18"),
        F("Tubular adenoma of the sigmoid colon removed at colonoscopy; repeat in five years.", "none", ""),
        F("Intrahepatic cholangiocarcinoma, 6 cm, right lobe; gemcitabine and cisplatin with durvalumab.", "liver",
          "C22"),
    ],
    "subsite_held": [
        F("Squamous cell carcinoma of the oral tongue, lateral border, pT2 N0, after partial glossectomy; adjuvant "
          "radiation.", "head_and_neck", "C02"),
        F("Carcinoma of the pyriform sinus, squamous, with a fixed hemilarynx; laryngopharyngectomy discussed.",
          "head_and_neck", "C12|C13"),
        F("Adenocarcinoma of the cardia of the stomach extending 1 cm into the distal esophagus.", "stomach", "C16"),
        F("Urothelial carcinoma of the right mid ureter, high grade, invasive; nephroureterectomy performed.",
          "bladder", "C66"),
        F("Adenocarcinoma of the head of the pancreas, borderline resectable; neoadjuvant FOLFIRINOX.", "pancreas",
          "C25"),
        F("Serous carcinoma of the fallopian tube, high grade, stage IIIC, after debulking; carboplatin and "
          "paclitaxel.", "other_cancer", "C57|C56"),
        F("Distal common bile duct cholangiocarcinoma (extrahepatic); stent placed and resection planned.",
          "other_cancer", "C24"),
        F("Squamous cell carcinoma of the tonsil, right, HPV associated; transoral robotic surgery.",
          "head_and_neck", "C09"),
        F("Serous cystadenoma of the left ovary removed laparoscopically; benign.", "none", ""),
        F("Adenocarcinoma of the appendix, mucinous, found at appendectomy; right hemicolectomy advised.",
          "colorectal", "C18"),
    ],
    "haem_seen": [
        F("Diffuse large B-cell lymphoma, germinal centre type, stage III; cycle 3 of R-CHOP given today.",
          "lymphoma", "C83"),
        F("Follicular lymphoma grade 1-2, stage IV, low tumour burden; watch and wait.", "lymphoma", "C82"),
        F("Classic Hodgkin lymphoma, nodular sclerosis, stage IIA; ABVD planned.", "lymphoma", "C81"),
        F("Chronic lymphocytic leukemia, Rai stage I, on ibrutinib.", "leukemia", "C91"),
        F("Acute myeloid leukemia with NPM1 mutation; induction with 7+3 begins tomorrow.", "leukemia", "C92"),
        F("Mantle cell lymphoma, blastoid variant, stage IV; starting bendamustine and rituximab.", "lymphoma", "C83"),
        F("Monoclonal gammopathy of undetermined significance, IgG kappa 0.5 g/dL; annual labs.", "none", ""),
        F("Mycosis fungoides, patch stage IB; skin-directed therapy with topical steroids and phototherapy.",
          "lymphoma", "C84"),
    ],
    "haem_held": [
        F("Small lymphocytic lymphoma of the cervical nodes, lymphocyte count normal; observation.", "lymphoma",
          "C83"),
        F("Chronic myeloid leukemia, chronic phase, BCR-ABL1 positive, on imatinib with major molecular response.",
          "leukemia", "C92"),
        F("Acute promyelocytic leukemia, PML-RARA positive; ATRA and arsenic trioxide started.", "leukemia", "C92"),
        F("Extranodal marginal zone lymphoma of the stomach (MALT lymphoma), H. pylori positive; eradication therapy.",
          "lymphoma", "C88"),
        F("Chronic myelomonocytic leukemia with monocytes 2.1 x10^9/L; azacitidine.", "leukemia", "C93"),
        F("B-cell acute lymphoblastic leukemia in a 6-year-old, standard risk; induction day 15.", "leukemia", "C91"),
        F("Polycythemia vera, JAK2 V617F positive, on phlebotomy and aspirin.", "none", ""),
        F("Peripheral T-cell lymphoma, not otherwise specified, stage III; CHOEP.", "lymphoma", "C84"),
        F("Hairy cell leukemia with pancytopenia; cladribine given.", "leukemia", "C91"),
    ],
    "benign_seen": [
        F("Left kidney, partial nephrectomy: renal oncocytoma, 2.8 cm; no malignancy.", "none", ""),
        F("Right parotid, superficial parotidectomy: pleomorphic adenoma, completely excised.", "none", ""),
        F("MRI shows a 2 cm dural-based mass consistent with meningioma, WHO grade 1 on resection; no further "
          "treatment.", "none", ""),
        F("Uterus, hysterectomy: multiple leiomyomata, largest 7 cm; no atypia or malignancy.", "none", ""),
        F("Left ovary, cystectomy: serous borderline tumor; no invasive implants.", "none", ""),
        F("Right kidney, partial nephrectomy: chromophobe renal cell carcinoma, 2.5 cm, margins negative.", "kidney",
          "C64"),
        F("Vestibular schwannoma, right, 1.2 cm, followed with serial MRI.", "none", ""),
        F("Gastrointestinal stromal tumor of the stomach, 6 cm, high mitotic rate; adjuvant imatinib.",
          "other_cancer", "C49"),
    ],
    "benign_held": [
        F("Renal angiomyolipoma, 3 cm, fat-containing on CT; surveillance imaging.", "none", ""),
        F("Hepatic adenoma, 4 cm, in a woman on oral contraceptives; stopped the pill, repeat MRI.", "none", ""),
        F("Desmoid tumor of the abdominal wall; sulindac and observation.", "none", ""),
        F("Thyroid, right lobectomy: follicular adenoma; no capsular or vascular invasion.", "none", ""),
        F("Giant cell tumor of the distal femur treated with curettage and cementation.", "none", ""),
        F("Thyroid, total thyroidectomy: follicular carcinoma with vascular invasion; radioactive iodine planned.",
          "thyroid", "C73"),
        F("Tubulovillous adenoma of the rectum, 3 cm, removed by endoscopic mucosal resection; no carcinoma.",
          "none", ""),
        F("Atypical meningioma (WHO grade 2) of the parasagittal convexity, resected; radiation discussed.", "none",
          ""),
        F("Pheochromocytoma of the left adrenal, benign, removed laparoscopically; metanephrines normal after.",
          "none", ""),
    ],
    # second round, written after the first round's scores (all but one form right) and before these were run: the
    # status where it is told over several sentences of a note, and cancers named only sideways
    "status_seen": [
        F("The patient is a 64-year-old woman who was diagnosed with stage II breast cancer in 2016, treated with "
          "mastectomy and chemotherapy, and completed five years of tamoxifen in 2021. She is seen today for knee "
          "pain. Her last mammogram of the remaining breast was normal.", "breast", "Z85"),
        F("He is a 71-year-old man with prostate cancer diagnosed two years ago, Gleason 3+3, managed with active "
          "surveillance; his PSA last month was 5.2. He comes in for his annual physical.", "prostate", "C61"),
        F("This 58-year-old man had a sigmoid colectomy for colon cancer 18 months ago and is in the middle of "
          "surveillance; the CEA has risen from 2 to 11 and the CT shows two new liver lesions, biopsy pending.",
          "colorectal", "C18|C78"),
        F("She underwent a total abdominal hysterectomy and bilateral salpingo-oophorectomy for endometrial "
          "adenocarcinoma, grade 1, stage IA, three years ago. No adjuvant therapy was required. She presents with "
          "dysuria.", "uterine", "Z85"),
        F("He is here to follow up his lymphoma. He finished six cycles of R-CHOP in March and the end-of-"
          "treatment PET was negative. He is now on no treatment and feels well.", "lymphoma", "Z85|C83|C85"),
        F("ASSESSMENT AND PLAN:\n1. Lung adenocarcinoma, stage IV, EGFR mutated: continue osimertinib; restaging "
          "CT stable.\n2. Hypertension: continue lisinopril.", "lung", "C34"),
        F("PAST MEDICAL HISTORY: Hypertension. Hyperlipidemia. Melanoma of the back excised in 2009 with a wide local "
          "excision, no recurrence.\nHISTORY OF PRESENT ILLNESS: Chest pain for two days.", "melanoma", "Z85"),
        F("She has a history of breast cancer and is two weeks out from her right lumpectomy with sentinel node "
          "biopsy; radiation oncology will see her next week.", "breast", "C50"),
        F("IMPRESSION: Bladder cancer, status post TURBT in January, now receiving maintenance BCG; surveillance "
          "cystoscopy today without recurrence.", "bladder", "C67|D09"),
        F("Mother with colon cancer at 60. He had a screening colonoscopy at 50 with two hyperplastic polyps and "
          "none since. No personal history of cancer.", "none", ""),
    ],
    "status_held": [
        F("The patient is a 69-year-old man who had a right upper lobectomy for non-small cell lung cancer in 2015 "
          "and has had yearly CT scans showing no recurrence. He comes in today with cough and fever.", "lung",
          "Z85"),
        F("She has chronic lymphocytic leukemia, diagnosed last year, which has never needed treatment; counts are "
          "stable and she is observed every four months.", "leukemia", "C91"),
        F("This 55-year-old woman completed chemotherapy and radiation for cervical cancer in 2018 and remains "
          "without evidence of disease. She is here for a sore throat.", "other_cancer", "Z85"),
        F("He was diagnosed with renal cell carcinoma on a CT for back pain in June and had a left radical "
          "nephrectomy last week; he comes in for a wound check.", "kidney", "C64"),
        F("PROBLEM LIST:\n- Breast cancer, left, stage I, s/p lumpectomy and radiation 2019, on letrozole\n- "
          "Osteopenia\n- Hypothyroidism", "breast", "C50"),
        F("Her thyroid cancer was treated with thyroidectomy and radioactive iodine eight years ago; she takes "
          "levothyroxine and her thyroglobulin remains undetectable. She presents for a medication refill.",
          "thyroid", "Z85"),
        F("He had a Whipple procedure for pancreatic adenocarcinoma in 2022 followed by six months of FOLFIRINOX, and "
          "surveillance imaging now shows a new 2 cm mass at the surgical bed, concerning for recurrence; biopsy "
          "confirmed adenocarcinoma.", "pancreas", "C25"),
        F("SOCIAL HISTORY: Former smoker. FAMILY HISTORY: Father with prostate cancer. PAST MEDICAL HISTORY: "
          "Basal cell carcinoma of the nose removed by Mohs surgery in 2012. Hypertension.", "other_cancer", "Z85"),
        F("Stage III colon cancer resected in August; she is on cycle 5 of 8 of adjuvant CAPOX and tolerating it "
          "with grade 1 neuropathy.", "colorectal", "C18"),
        F("Her husband was treated for lymphoma last year. She has no personal history of malignancy and is here for "
          "insomnia.", "none", ""),
    ],
    "sideways_seen": [
        F("She is on anastrozole after her right lumpectomy last year, with bone density monitored yearly.", "breast",
          "C50"),
        F("ONCOLOGY FOLLOW-UP: Cycle 4 of FOLFOX for his stage III sigmoid adenocarcinoma was given today; "
          "oxaliplatin reduced for neuropathy.", "colorectal", "C18"),
        F("Port placed for chemotherapy of her newly diagnosed diffuse large B-cell lymphoma.", "lymphoma", "C83"),
        F("He is on leuprolide injections every three months for his prostate cancer with a rising PSA after "
          "radiation.", "prostate", "C61"),
        F("Admitted for neutropenic fever on day 10 after cycle 2 of carboplatin and paclitaxel for ovarian "
          "carcinoma.", "other_cancer", "C56"),
        F("Port placed for total parenteral nutrition in a patient with short bowel syndrome after Crohn disease "
          "resections.", "none", ""),
        F("He had a right orchiectomy last month for seminoma and now receives a single dose of carboplatin.",
          "other_cancer", "C62"),
        F("She takes tamoxifen for risk reduction after a biopsy showed atypical ductal hyperplasia; no carcinoma.",
          "none", ""),
    ],
    "sideways_held": [
        F("Seen for mucositis after the third week of cisplatin with radiation for squamous cell carcinoma of the "
          "larynx.", "head_and_neck", "C32"),
        F("He continues imatinib for chronic myeloid leukemia with a deep molecular response.", "leukemia", "C92"),
        F("Her letrozole for hormone receptor positive breast cancer was changed to exemestane for arthralgias.",
          "breast", "C50"),
        F("Referred for palliative radiation to painful bone metastases from his castration-resistant prostate "
          "cancer.", "prostate", "C61|C79"),
        F("Admitted with tumor lysis syndrome after the first dose of venetoclax for CLL.", "leukemia", "C91"),
        F("He takes methotrexate weekly for rheumatoid arthritis and folic acid daily; no malignancy.", "none", ""),
        F("Gemcitabine and nab-paclitaxel were held this week for thrombocytopenia; the pancreatic cancer was "
          "stable on the last CT.", "pancreas", "C25"),
        F("Her hair loss is from the doxorubicin she received for her Ewing sarcoma of the femur.", "other_cancer",
          "C40"),
    ],
    # third round, written after the second round's scores and before these were run: whole short notes in the
    # transcription style, where the section a cancer stands in and the plan decide its status, and cancers named by
    # initialisms and clinical shorthand
    "narrative_seen": [
        F("CHIEF COMPLAINT: Nausea.\nHISTORY OF PRESENT ILLNESS: The patient is a 62-year-old woman who received "
          "her second cycle of gemcitabine and cisplatin five days ago and has had nausea and vomiting since.\nPAST "
          "MEDICAL HISTORY: Gallbladder carcinoma diagnosed in May, unresectable. Diabetes.\nASSESSMENT: "
          "Chemotherapy-induced nausea. IV fluids and ondansetron.", "other_cancer", "C23"),
        F("PREOPERATIVE DIAGNOSIS: Carcinoma of the right breast.\nPOSTOPERATIVE DIAGNOSIS: Same.\nPROCEDURE: Right "
          "modified radical mastectomy.\nINDICATIONS: Core biopsy showed invasive ductal carcinoma.", "breast",
          "C50"),
        F("PAST MEDICAL HISTORY: Significant for prostate cancer, status post radiation seed implants in 2008, PSA "
          "followed by urology and undetectable. Hypertension.\nHISTORY OF PRESENT ILLNESS: Left knee pain after a "
          "fall.\nIMPRESSION: Knee contusion.", "prostate", "Z85"),
        F("HISTORY: 74-year-old man with NSCLC of the left upper lobe, stage IIIA, on durvalumab consolidation after "
          "chemoradiation, presents with dyspnea.\nIMPRESSION: Pneumonitis, grade 2; hold durvalumab, start "
          "prednisone.", "lung", "C34"),
        F("DISCHARGE DIAGNOSES:\n1. Febrile neutropenia.\n2. AML, in induction.\n3. Hypokalemia.\nHOSPITAL "
          "COURSE: Broad-spectrum antibiotics; cultures negative; counts recovering on day 28.", "leukemia", "C92"),
        F("PAST MEDICAL HISTORY: Hypertension. Osteoarthritis. Cholecystectomy. Appendectomy.\nFAMILY HISTORY: "
          "Mother with breast cancer, father with colon cancer.\nASSESSMENT: Annual exam; screening mammogram and "
          "colonoscopy ordered.", "none", ""),
        F("HISTORY OF PRESENT ILLNESS: He has HCC in the setting of hepatitis C cirrhosis and underwent TACE last "
          "month; he returns with right upper quadrant pain.\nPLAN: Repeat MRI liver in four weeks.", "liver",
          "C22"),
        F("OPERATIVE NOTE\nDIAGNOSIS: Adenocarcinoma of the prostate, Gleason 4+3.\nPROCEDURE: Robotic-assisted "
          "laparoscopic radical prostatectomy with bilateral pelvic lymph node dissection.", "prostate", "C61"),
    ],
    "narrative_held": [
        F("CHIEF COMPLAINT: Diarrhea.\nHISTORY OF PRESENT ILLNESS: A 57-year-old man on cycle 3 of FOLFIRI for "
          "metastatic colon cancer presents with six days of watery diarrhea.\nASSESSMENT: Irinotecan-related "
          "diarrhea; loperamide and fluids.", "colorectal", "C18|C78"),
        F("PREOPERATIVE DIAGNOSIS: Left renal mass, 5 cm, enhancing.\nPOSTOPERATIVE DIAGNOSIS: Same, pathology "
          "pending.\nPROCEDURE: Left laparoscopic radical nephrectomy.", "none", ""),
        F("PAST MEDICAL HISTORY: Carcinoma of the colon, treated with hemicolectomy in 2010, no recurrence. Atrial "
          "fibrillation.\nHISTORY OF PRESENT ILLNESS: Palpitations for two days.\nASSESSMENT: Atrial fibrillation "
          "with rapid ventricular response.", "colorectal", "Z85"),
        F("HISTORY: 66-year-old woman with DLBCL, stage IV, who received cycle 5 of R-CHOP one week ago, presents with "
          "fever.\nIMPRESSION: Neutropenic fever. Cefepime started.", "lymphoma", "C83"),
        F("DISCHARGE DIAGNOSES:\n1. Malignant pleural effusion.\n2. Metastatic breast cancer to the pleura and "
          "bone, on capecitabine.\n3. Anemia.", "breast", "C50|C78|C79"),
        F("OPERATIVE NOTE\nPREOPERATIVE DIAGNOSIS: Squamous cell carcinoma of the left lateral tongue.\nPROCEDURE: "
          "Left partial glossectomy and left selective neck dissection.", "head_and_neck", "C02"),
        F("PAST MEDICAL HISTORY: GERD. Hypothyroidism after thyroidectomy for multinodular goiter. Benign prostatic "
          "hypertrophy.\nASSESSMENT: Dyspepsia; omeprazole.", "none", ""),
        F("HISTORY OF PRESENT ILLNESS: She has multiple myeloma and is on daratumumab, lenalidomide and "
          "dexamethasone; admitted with a pathologic fracture of the left femur.\nPLAN: Orthopedics for fixation, "
          "radiation afterwards.", "myeloma", "C90"),
    ],
}

"""The seventh family: issue 17's kinds of error, in wordings of our own, as transcribed notes put them.

Written blind 2026-12-04 by someone who had not read the coder, its rules, its tests or the other families'
forms, only the labelling rules (tests/fixtures/mtsamples_gold_README.md), the 17 types and their ICD-10-CM
ranges (DESIGN.md), issue 17, the `Form` class, the sixth family's docstring and real MTSamples text (headings
in capitals run together with ",", numbered lists, prose). Committed before the probe was first run on it.
One module: `FORMS` maps class -> forms; every class holds both cancer and `none` forms.

Classes: negated (negated and ruled-out mentions, "negative for"), differential (differential diagnoses and
"possibilities include" / "causes include" lists), hypothetical (plans, intraoperative "evaluate for",
"to rule out", "consistent with X though Y could not be excluded", screening, patient education),
experiencer (family history in prose, a donor's, spouse's or friend's cancer), anatomy (the site given by
anatomy rather than the cancer word: lobes and segments, adjective forms, sub-sites), mass_biopsy (a mass
in an organ and the malignancy proven by biopsy in a later sentence; carcinomatosis from a named primary),
history (personal history, Z85 / Z86, against active disease: on treatment, active surveillance of an
untreated cancer, recurrence), urogyn (kidney vs bladder urothelial, uterine vs other for adenosarcoma and
carcinosarcoma), heme (lymphoma vs leukemia, CLL/SLL, myeloma vs MGUS and plasmacytoma), skin_insitu (BCC /
SCC vs melanoma, melanoma in situ, in-situ codes D00-D09), metastasis (metastasis to an organ with a named
primary, secondary-only with the primary unknown).

Labelling decisions (README rules; ICD-10-CM guideline I.C.2):
- only this patient's cancer counts: negated, ruled-out, differential, "possibilities include", "rule out",
  "evaluate for", screening with no cancer found, education, family members', donors' and spouses' cancers
  are `none`; an uncertain malignancy counts only with tissue support, so "consistent with <benign> though
  malignancy could not be excluded" is `none` while "consistent with <carcinoma> though <another tumour>
  could not be excluded" is the carcinoma;
- personal history (treated in the past, no treatment now, no evidence of disease; follow-up surveillance
  after finished treatment) is the type with Z85 (Z86 for in situ); active treatment, hormonal therapy,
  recurrence, residual disease and active surveillance of an untreated cancer take the active code;
  leukemia and myeloma "in remission" on or off maintenance take the active category (C91-C95, C90),
  which ICD-10-CM uses for remission; a childhood leukemia cured decades ago is Z85;
- metastasis with a named primary is the primary's type and category; where the primary was removed
  before and the note is about the metastasis only, the secondary category (C77-C79) is also accepted
  (guideline I.C.2.d against the project's primary rule); secondary-only with the primary unknown is
  `other_cancer` with the secondary category or C80;
- urothelial carcinoma: renal pelvis is kidney C65, ureter bladder C66, urethra bladder C68, bladder C67;
  uterine adenosarcoma, carcinosarcoma, endometrial stromal sarcoma and leiomyosarcoma are uterine C54;
  the same tumours of the ovary or cervix are other_cancer (C56, C53);
- CLL (blood lymphocytosis, "CLL") is leukemia C91; SLL with nodes and no lymphocytosis is lymphoma C83;
  hairy cell leukemia C91; mycosis fungoides C84 and MALT lymphoma C88 are lymphoma, thyroid and gastric
  lymphomas too; plasmacytoma (solitary or extramedullary) is myeloma C90 as ICD-10-CM places it; MGUS,
  smoldering-free monoclonal gammopathy, myelodysplastic syndrome and polycythemia vera are `none`;
- skin BCC and SCC (and SCC in situ, D04) are other_cancer C44; Merkel cell carcinoma other_cancer C4A;
  melanoma in situ melanoma D03; uveal melanoma melanoma C69 (DESIGN: morphology decides where site
  does not); DCIS breast D05; bladder CIS bladder D09; CIN 3 and VIN 3 other_cancer D06 / D07;
  adenocarcinoma in situ of the colon colorectal D01; laryngeal or oral carcinoma in situ head_and_neck D00
  / D02; lung adenocarcinoma in situ lung D02; gastric carcinoma in situ stomach D00;
- sites by ICD-10-CM: ampulla of Vater, gallbladder and extrahepatic bile duct other_cancer C24 / C23;
  intrahepatic cholangiocarcinoma liver C22; gastroesophageal junction stomach C16; appendix colorectal C18;
  anal canal colorectal C21; oesophagus other_cancer C15; tonsil, base of tongue, vocal cord, nasopharynx,
  parotid head_and_neck; spinal cord and meninges malignant tumours brain C70-C72; GIST other_cancer C49;
- benign look-alikes named in the README or sixth family (adenoma, meningioma, hemangioma, oncocytoma,
  angiomyolipoma, Warthin tumour, fibroadenoma) are `none`.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

NEGATED = (
    Form("A pulmonary embolism was his main concern and lung cancer has been ruled out with a CT of the chest, "
         "which showed only atelectasis.", "none"),
    Form("Colonoscopy to the cecum was normal. No masses, no polyps. Malignancy of the colon is therefore "
         "excluded as a cause of her anemia.", "none"),
    Form("IMPRESSION: , 1.  Thyroid nodule, fine-needle aspiration benign (Bethesda II).  No evidence of "
         "papillary carcinoma.,2.  Hypothyroidism.", "none"),
    Form("The breast biopsy came back negative for carcinoma; it showed fibrocystic change only.", "none"),
    Form("FINAL DIAGNOSIS:,Lymph node, right axilla, excisional biopsy:  Reactive follicular hyperplasia.  "
         "Negative for lymphoma.  Flow cytometry shows no monoclonal population.", "none"),
    Form("There was concern for a renal cell carcinoma on ultrasound, but the follow-up MRI demonstrated a simple "
         "cyst, and renal malignancy was not felt to be present.", "none"),
    Form("Bone marrow biopsy: normocellular marrow with trilineage hematopoiesis; no evidence of leukemia or "
         "other hematologic malignancy.", "none"),
    Form("HISTORY OF PRESENT ILLNESS: , The patient was told by an outside physician that she might have "
         "ovarian cancer.  Her CA-125 is normal and the pelvic ultrasound shows a simple follicular cyst, so "
         "we do not think that she has ovarian cancer.", "none"),
    Form("The hepatic lesion is a hemangioma by its enhancement pattern. Hepatocellular carcinoma is not "
         "suspected.", "none"),
    Form("Skin, left cheek, shave biopsy:  Seborrheic keratosis.  No melanocytic atypia; negative for "
         "melanoma.", "none"),
    Form("Cystoscopy showed a normal urothelium without tumor, and urine cytology was negative for malignant "
         "cells, so bladder cancer is unlikely to explain the hematuria.", "none"),
    Form("DIAGNOSIS: , Prostate, needle biopsies (12 cores): Benign prostatic tissue with chronic "
         "inflammation.  No carcinoma identified.", "none"),
    Form("She denies any history of cancer.  No personal history of breast, ovarian or colon cancer.", "none"),
    Form("MRI of the brain without and with contrast:  No enhancing mass.  No evidence of intracranial "
         "neoplasm or metastatic disease.", "none"),
    Form("Upper endoscopy showed a clean-based gastric ulcer; the biopsies were negative for malignancy and "
         "for H. pylori.", "none"),
    Form("DIAGNOSIS:,Right colon, hemicolectomy:  Invasive adenocarcinoma, moderately differentiated.  "
         "Margins negative for carcinoma.  Twenty-two lymph nodes negative for metastatic carcinoma (0/22).",
         "colorectal", "C18"),
    Form("Her staging PET/CT was negative for distant metastatic disease, and she will proceed with "
         "lumpectomy for the left breast invasive ductal carcinoma diagnosed on core biopsy last week.",
         "breast", "C50"),
    Form("ASSESSMENT:,  Adenocarcinoma of the prostate, Gleason 3 + 4 = 7.  Bone scan negative.  No evidence "
         "of extracapsular extension on MRI.", "prostate", "C61"),
    Form("Her papillary thyroid carcinoma was removed by total thyroidectomy three weeks ago; there was no "
         "lymphovascular invasion, and she is now here to plan radioactive iodine ablation.", "thyroid", "C73"),
    Form("No lymphadenopathy was found on CT; however, the bone marrow biopsy confirms acute myeloid leukemia, "
         "and induction chemotherapy starts tomorrow.", "leukemia", "C92"),
    Form("Although the mediastinal nodes were negative at mediastinoscopy, the right upper lobe mass was "
         "squamous cell carcinoma on frozen section and lobectomy was performed.", "lung", "C34"),
)

DIFFERENTIAL = (
    Form("Differential diagnosis for the weight loss and night sweats includes tuberculosis, HIV, lymphoma and "
         "hyperthyroidism.", "none"),
    Form("ASSESSMENT AND PLAN:,  Painless jaundice.  Possibilities include choledocholithiasis, primary "
         "sclerosing cholangitis, or pancreatic cancer.  We will obtain an MRCP.", "none"),
    Form("Causes of the hematuria could include a stone, infection, or a urothelial malignancy; I have "
         "recommended cystoscopy and CT urography.", "none"),
    Form("IMPRESSION:,  Right hilar fullness.  Differential of adenopathy versus vascular prominence versus "
         "central lung carcinoma.  Recommend contrast CT.", "none"),
    Form("The ring-enhancing brain lesion could represent abscess, toxoplasmosis, metastasis or a high-grade "
         "glioma; we will treat empirically and repeat the MRI in two weeks.", "none"),
    Form("Cervical lymphadenopathy, likely reactive from the recent pharyngitis.  Other considerations would "
         "include lymphoma or a metastatic head and neck cancer, which seems much less likely.", "none"),
    Form("DIFFERENTIAL DIAGNOSES:,1.  Iron deficiency from menorrhagia.,2.  Celiac disease.,3.  Occult "
         "colorectal cancer.,4.  Chronic kidney disease.", "none"),
    Form("The elevated alkaline phosphatase could be from Paget disease of bone, bone metastases, or liver "
         "disease; a bone-specific fraction has been sent.", "none"),
    Form("Her anemia and elevated total protein raise the question of multiple myeloma versus chronic "
         "inflammation; SPEP and free light chains are pending.", "none"),
    Form("The differential for a pigmented lesion of this kind is broad: seborrheic keratosis, atypical nevus, "
         "and melanoma. An excisional biopsy was taken and is pending.", "none"),
    Form("Possible etiologies of the ascites include cirrhosis, heart failure, peritoneal carcinomatosis, and "
         "tuberculous peritonitis.", "none"),
    Form("Endometrial thickening of 9 mm in a postmenopausal woman; possibilities include polyp, hyperplasia, "
         "or endometrial carcinoma, so an endometrial biopsy is scheduled.", "none"),
    Form("Differential diagnosis of the thyroid nodule included follicular adenoma and follicular carcinoma; "
         "the lobectomy specimen showed follicular carcinoma with capsular and vascular invasion.",
         "thyroid", "C73"),
    Form("IMPRESSION:,  Pancreatic head mass.  Differential included autoimmune pancreatitis and "
         "adenocarcinoma; EUS-guided FNA is positive for adenocarcinoma.", "pancreas", "C25"),
    Form("The differential for his lytic lesions included metastatic disease and myeloma; the bone marrow "
         "shows 40% clonal plasma cells, establishing multiple myeloma.", "myeloma", "C90"),
    Form("Possibilities for his hoarseness included reflux laryngitis, vocal cord nodule, or cancer.  Direct "
         "laryngoscopy with biopsy showed invasive squamous cell carcinoma of the left true vocal cord.",
         "head_and_neck", "C32"),
    Form("ASSESSMENT:,1.  Diffuse large B-cell lymphoma, stage IIIA, cycle 3 of R-CHOP today.,2.  "
         "Neutropenic fever last week; the differential was infection versus drug fever, cultures negative.",
         "lymphoma", "C83"),
    Form("The liver mass in this cirrhotic patient, with a differential of regenerative nodule versus "
         "hepatocellular carcinoma, was biopsied and shows well-differentiated hepatocellular carcinoma.",
         "liver", "C22"),
    Form("Differential diagnosis in a smoker with hemoptysis includes bronchitis, bronchiectasis, "
         "tuberculosis and bronchogenic carcinoma; the bronchoscopy was unremarkable and cultures grew "
         "Haemophilus.", "none"),
)

HYPOTHETICAL = (
    Form("The omental nodules were sent for frozen section to evaluate for potential malignancy; frozen "
         "section showed fat necrosis.", "none"),
    Form("OPERATIVE INDICATIONS: , Enlarged left supraclavicular lymph node, for excisional biopsy to rule out "
         "lymphoma.", "none"),
    Form("CT chest to rule out malignancy given his 40 pack-year smoking history.", "none"),
    Form("PLAN:,  Colonoscopy in 6 weeks to rule out an underlying colon cancer once the diverticulitis has "
         "resolved.", "none"),
    Form("Lung biopsy: organizing pneumonia, consistent with an infectious process though a low-grade "
         "lymphoma could not be entirely excluded on this small sample.", "none"),
    Form("The parotid mass is most consistent with a Warthin tumor on FNA, although a low-grade mucoepidermoid "
         "carcinoma could not be excluded; superficial parotidectomy is planned.", "none"),
    Form("She came in today for her screening mammogram, which was BI-RADS 2, benign.  Continue annual "
         "screening.", "none"),
    Form("Screening colonoscopy to the cecum.  Two 4-mm tubular adenomas removed from the transverse colon.  "
         "Repeat in 5 years.", "none"),
    Form("Low-dose CT lung cancer screening: Lung-RADS 2, benign appearance.  Annual screening recommended.",
         "none"),
    Form("We talked at length about sun protection and the warning signs of melanoma, and she was given a "
         "handout on skin self-examination.", "none"),
    Form("I counseled him that continued smoking places him at high risk of lung, bladder and head and neck "
         "cancers, and referred him to the smoking cessation program.", "none"),
    Form("If the PSA continues to rise, a prostate biopsy will be needed to look for prostate cancer; he "
         "prefers to repeat the PSA in three months first.", "none"),
    Form("She is BRCA1 positive and is considering prophylactic bilateral mastectomy to reduce her risk of "
         "breast cancer.", "none"),
    Form("Should the pathology show malignancy, a completion thyroidectomy would be offered.", "none"),
    Form("HPV vaccination was discussed as prevention of cervical and oropharyngeal cancer.", "none"),
    Form("The cecal mass was biopsied: consistent with adenocarcinoma, though a neuroendocrine component "
         "could not be excluded on this material.", "colorectal", "C18"),
    Form("FINAL DIAGNOSIS:,Stomach, antrum, biopsy:  Poorly differentiated carcinoma consistent with gastric "
         "adenocarcinoma, signet ring features; a lymphoma could not be excluded on H&E alone, but keratin "
         "is strongly positive.", "stomach", "C16"),
    Form("Screening colonoscopy found a circumferential mass in the sigmoid colon; biopsies show invasive "
         "adenocarcinoma.", "colorectal", "C18"),
    Form("Her screening mammogram led to a stereotactic biopsy of the right breast, which shows invasive "
         "lobular carcinoma.", "breast", "C50"),
    Form("Patient education today centered on her newly diagnosed endometrial adenocarcinoma: we reviewed "
         "total hysterectomy versus hormonal options, and she elected surgery.", "uterine", "C54"),
    Form("We reviewed the plan for his glioblastoma: concurrent temozolomide and radiation starting Monday, "
         "and what to expect from the treatment.", "brain", "C71"),
    Form("Frozen section of the left lower lobe wedge was sent to evaluate for malignancy and returned as "
         "adenocarcinoma, so we proceeded with a completion lobectomy.", "lung", "C34"),
    Form("PLAN:,1.  Restage with PET/CT after cycle 4 to evaluate response of his Hodgkin lymphoma.,2.  "
         "Continue ABVD.", "lymphoma", "C81"),
    Form("Low-dose CT for lung cancer screening found a 2.4 cm spiculated nodule, and the CT-guided biopsy "
         "shows non-small cell carcinoma, squamous type.", "lung", "C34"),
    Form("The patient asked whether her kidney cancer could come back; we explained that after the partial "
         "nephrectomy for her biopsy-proven clear cell carcinoma, scheduled for next week, she will be "
         "followed with imaging.", "kidney", "C64"),
)

EXPERIENCER = (
    Form("His mother was diagnosed with breast cancer at 45 and died of it at 51, and his brother had colon "
         "cancer in his sixties.", "none"),
    Form("Family history is significant in that her father passed away from pancreatic cancer and a maternal "
         "aunt had ovarian cancer.", "none"),
    Form("She is here because her sister was recently found to have a BRCA2 mutation after being treated for "
         "breast cancer, and she would like genetic counseling.", "none"),
    Form("He is the primary caregiver for his wife, who is receiving chemotherapy for metastatic lung cancer, "
         "and he reports poor sleep.", "none"),
    Form("Her husband died of glioblastoma last spring, and she has had trouble with grief and "
         "insomnia since.", "none"),
    Form("The deceased donor had a remote history of a treated cutaneous melanoma, which was disclosed to the "
         "recipient before the kidney transplant.", "none"),
    Form("SOCIAL HISTORY: , She works as an oncology nurse at the cancer center.  Married.  Does not smoke.",
         "none"),
    Form("His best friend was just diagnosed with prostate cancer, so he asked to have his PSA checked; it is "
         "0.8.", "none"),
    Form("FAMILY HISTORY: , Father with leukemia, mother with multiple myeloma, both deceased.  Two sisters "
         "healthy.", "none"),
    Form("The patient's daughter, who accompanies him, had thyroid cancer treated with surgery last year.",
         "none"),
    Form("Both of her parents smoked, and her mother died of lung cancer when the patient was a teenager; "
         "she wants to know about screening for herself.", "none"),
    Form("He donated a kidney to his brother, who had end-stage renal disease; his brother has since "
         "developed a post-transplant lymphoma.", "none"),
    Form("Like his father, who was treated for it at 70, he has adenocarcinoma of the prostate, Gleason 3 + 3, "
         "diagnosed on biopsy in March.", "prostate", "C61"),
    Form("Her mother and two aunts had breast cancer, and she herself was found on her last biopsy to have a "
         "grade 2 invasive ductal carcinoma of the left breast.", "breast", "C50"),
    Form("FAMILY HISTORY:,  Brother with colon cancer.,ASSESSMENT:,  Rectal adenocarcinoma 8 cm from the anal "
         "verge, neoadjuvant chemoradiation under way.", "colorectal", "C20"),
    Form("She is worried because her sister died of melanoma; the lesion we excised from her own back last "
         "week is a melanoma, Breslow 0.6 mm, and she needs re-excision with 1 cm margins.", "melanoma", "C43"),
    Form("His wife had kidney cancer, and now he has a 5 cm enhancing right renal mass that was biopsied and "
         "shows clear cell renal cell carcinoma.", "kidney", "C64"),
    Form("There is a strong family history of cancer (mother, ovarian; grandmother, breast).  The patient "
         "herself is healthy and her screening is up to date.", "none"),
    Form("He was exposed to Agent Orange like many of his unit, several of whom developed lymphoma; he has "
         "no lymphadenopathy and a normal blood count.", "none"),
    Form("HISTORY OF PRESENT ILLNESS:,  The patient is a 58-year-old man with chronic lymphocytic leukemia "
         "on ibrutinib who comes in with his wife, a breast cancer survivor, for a cough.",
         "leukemia", "C91"),
)

ANATOMY = (
    Form("Wedge biopsy of the right lower lobe showing: adenocarcinoma, acinar predominant, 1.8 cm.",
         "lung", "C34"),
    Form("FINAL DIAGNOSIS:,Left upper lobe, superior segment, lobectomy:  Squamous cell carcinoma, moderately "
         "differentiated, 3.1 cm, pleura not involved.", "lung", "C34"),
    Form("CT-guided biopsy of the lingular nodule: non-small cell carcinoma, favor adenocarcinoma (TTF-1 "
         "positive).", "lung", "C34"),
    Form("The right middle lobe superior segment mass was resected; pathology showed small cell carcinoma, "
         "and he will get cisplatin and etoposide.", "lung", "C34"),
    Form("Pulmonary adenocarcinoma, EGFR exon 19 deletion, on osimertinib with stable disease.", "lung", "C34"),
    Form("Hepatic resection of segments 6 and 7 for a hepatocellular carcinoma arising in a cirrhotic liver.",
         "liver", "C22"),
    Form("Segment 4 of the liver, biopsy:  Intrahepatic cholangiocarcinoma.", "liver", "C22"),
    Form("Renal mass, left, partial nephrectomy:  Clear cell carcinoma, Fuhrman grade 2, 3.2 cm, margins "
         "free.", "kidney", "C64"),
    Form("Gastric adenocarcinoma of the antrum, diffuse type, status post subtotal gastrectomy three weeks "
         "ago; adjuvant chemotherapy to begin.", "stomach", "C16"),
    Form("Adenocarcinoma of the gastroesophageal junction (Siewert II) on FLOT chemotherapy.", "stomach",
         "C16"),
    Form("Appendiceal adenocarcinoma, mucinous type, found on appendectomy; right hemicolectomy is "
         "recommended.", "colorectal", "C18"),
    Form("Colonic adenocarcinoma at the hepatic flexure, T3 N1, cycle 2 of FOLFOX.", "colorectal", "C18"),
    Form("Cecum, biopsy:  Invasive moderately differentiated adenocarcinoma arising in a villous adenoma.",
         "colorectal", "C18"),
    Form("POSTOPERATIVE DIAGNOSIS: , Sigmoid carcinoma with partial obstruction.,PROCEDURE: , Sigmoid "
         "colectomy with primary anastomosis.", "colorectal", "C18"),
    Form("Squamous cell carcinoma of the anal canal treated with the Nigro protocol; currently week 4 of "
         "radiation.", "colorectal", "C21"),
    Form("Pancreatic ductal adenocarcinoma of the uncinate process, borderline resectable, on neoadjuvant "
         "FOLFIRINOX.", "pancreas", "C25"),
    Form("Whipple procedure for an adenocarcinoma of the ampulla of Vater.", "other_cancer", "C24"),
    Form("Tonsil, left, tonsillectomy:  Invasive squamous cell carcinoma, nonkeratinizing, p16 positive.",
         "head_and_neck", "C09"),
    Form("Base of tongue squamous cell carcinoma, HPV-associated, to receive chemoradiation.",
         "head_and_neck", "C01"),
    Form("Laryngoscopy showed an exophytic lesion of the right true vocal cord; the biopsy is keratinizing "
         "squamous cell carcinoma, T1a.", "head_and_neck", "C32"),
    Form("Nasopharyngeal carcinoma, undifferentiated, EBV positive, completing cisplatin with "
         "radiation.", "head_and_neck", "C11"),
    Form("Cerebral lesion, right frontal, resection:  Glioblastoma, IDH-wildtype, WHO grade 4.", "brain",
         "C71"),
    Form("Cutaneous lesion of the left calf, excision: superficial spreading type, Breslow depth 1.2 mm, "
         "Clark level IV, margins clear; melanoma.", "melanoma", "C43"),
    Form("Endometrium, biopsy:  Endometrioid adenocarcinoma, FIGO grade 1.", "uterine", "C54"),
    Form("Right lobe of the thyroid, lobectomy:  Papillary carcinoma, classic type, 1.4 cm.", "thyroid",
         "C73"),
    Form("Prostatic adenocarcinoma, Gleason 4 + 4 = 8, in 7 of 12 cores; he starts androgen deprivation and "
         "radiation.", "prostate", "C61"),
    Form("Renal ultrasound: a 2.1 cm echogenic lesion in the right lower pole, typical of an angiomyolipoma.  "
         "No further imaging needed.", "none"),
    Form("Right lower lobe, wedge resection:  Necrotizing granuloma with fungal organisms (Histoplasma).  No "
         "malignancy.", "none"),
    Form("Pancreatic cyst in the tail, 1.2 cm, a side-branch IPMN without worrisome features; MRI surveillance "
         "in one year.", "none"),
    Form("Cecum, polypectomy:  Sessile serrated adenoma without dysplasia.", "none"),
    Form("Vocal cord, right, excision:  Vocal cord polyp with stromal edema.  No dysplasia.", "none"),
)

MASS_BIOPSY = (
    Form("CT showed a 4 cm mass in the tail of the pancreas with two hypodense liver lesions.  The liver "
         "biopsy shows adenocarcinoma consistent with a pancreaticobiliary primary.", "pancreas", "C25"),
    Form("A 3 cm mass in the right kidney was found on a CT for back pain.  Percutaneous biopsy: papillary "
         "renal cell carcinoma, type 1.", "kidney", "C64"),
    Form("Mammogram showed a spiculated 1.6 cm mass at 10 o'clock in the left breast. Core needle biopsy: "
         "invasive ductal carcinoma, ER/PR positive, HER2 negative.", "breast", "C50"),
    Form("HISTORY:,  A thyroid mass was noted on a carotid ultrasound.  Fine-needle aspiration was Bethesda VI, "
         "papillary thyroid carcinoma.", "thyroid", "C73"),
    Form("MRI showed an enhancing mass in the left temporal lobe.  Stereotactic biopsy: anaplastic "
         "astrocytoma, WHO grade 3.", "brain", "C71"),
    Form("There is a 5 cm mass in the gastric body on CT.  EGD biopsies show poorly cohesive carcinoma.",
         "stomach", "C16"),
    Form("Bladder tumor with abnormal cytology; TURBT performed today, 3 cm papillary lesion on the right "
         "lateral wall resected.", "bladder", "C67"),
    Form("Peritoneal carcinomatosis from an appendiceal primary; cytoreductive surgery and HIPEC are planned.",
         "colorectal", "C18"),
    Form("Carcinomatosis from a high-grade serous ovarian primary, on carboplatin and paclitaxel.",
         "other_cancer", "C56"),
    Form("The mass in the right neck proved, on core biopsy, to be follicular lymphoma, grade 1-2.",
         "lymphoma", "C82"),
    Form("The uterus was enlarged with a 7 cm intramural mass.  Hysterectomy specimen: leiomyoma, no "
         "atypia.", "none"),
    Form("A 2.5 cm left adrenal mass was found incidentally; the washout characteristics are those of an "
         "adenoma and no biopsy is needed.", "none"),
    Form("Left breast mass, 2 cm, firm and mobile.  Ultrasound-guided core biopsy:  Fibroadenoma.", "none"),
    Form("A 4 cm solid enhancing mass in the left kidney; the biopsy shows oncocytoma, and surveillance was "
         "chosen.", "none"),
    Form("CT found a mass in the head of the pancreas.  The EUS-guided biopsy was nondiagnostic and a repeat "
         "procedure is scheduled.", "none"),
    Form("The brain MRI shows a 2 cm dural-based extra-axial mass typical of a meningioma, which we will "
         "observe.", "none"),
    Form("Liver mass on ultrasound.  Triple-phase CT shows a focal nodular hyperplasia.  No biopsy needed.",
         "none"),
)

HISTORY = (
    Form("Personal history of breast cancer treated with lumpectomy and radiation in 2009, no evidence of "
         "disease since; she is off all therapy.", "breast", "Z85"),
    Form("History of bladder tumor resected in 2015 with negative surveillance cystoscopies since.",
         "bladder", "Z85"),
    Form("PAST MEDICAL HISTORY: , Hypertension, gout, colon cancer status post right hemicolectomy in 2012, "
         "and hyperlipidemia.", "colorectal", "Z85"),
    Form("He had a radical prostatectomy for prostate cancer ten years ago and his PSA has been undetectable "
         "since.", "prostate", "Z85"),
    Form("PAST MEDICAL HISTORY:,1.  Hodgkin lymphoma as a teenager, treated with chemotherapy and mantle "
         "radiation, cured.,2.  Hypothyroidism after radiation.", "lymphoma", "Z85"),
    Form("Remote left nephrectomy for renal cell carcinoma (2006), no recurrence.", "kidney", "Z85"),
    Form("She had a total thyroidectomy followed by radioactive iodine for papillary carcinoma in 2011; "
         "thyroglobulin has stayed undetectable and she takes levothyroxine.", "thyroid", "Z85"),
    Form("Melanoma of the right shoulder excised in 2014, stage IA; skin checks every year since show no "
         "recurrence.", "melanoma", "Z85"),
    Form("She was treated as a child for acute lymphoblastic leukemia and has been off therapy and disease "
         "free for 25 years.", "leukemia", "Z85"),
    Form("Status post total abdominal hysterectomy and bilateral salpingo-oophorectomy for stage IA endometrial "
         "cancer eight years ago, no adjuvant treatment, followed by her gynecologist.", "uterine", "Z85"),
    Form("History of a left lower lobe lobectomy for stage I adenocarcinoma in 2016; surveillance CT scans have "
         "been clear.", "lung", "Z85"),
    Form("PAST SURGICAL HISTORY: , Laryngectomy for laryngeal cancer in 2003.  Cholecystectomy.", "head_and_neck",
         "Z85"),
    Form("She had ductal carcinoma in situ of the right breast excised in 2018 with radiation, and nothing "
         "since.", "breast", "Z86"),
    Form("Breast cancer, left, diagnosed in June, status post lumpectomy, now on anastrozole.", "breast", "C50"),
    Form("Prostate cancer, Gleason 3 + 3 in 2 of 12 cores, on active surveillance with PSA every six months "
         "and a repeat biopsy planned next year.", "prostate", "C61"),
    Form("He had a colectomy for colon cancer in 2019 and now has a rising CEA and a new anastomotic mass; "
         "biopsy confirms recurrent adenocarcinoma.", "colorectal", "C18"),
    Form("History of bladder cancer, now with a recurrent papillary tumor at the dome seen on today's "
         "surveillance cystoscopy, to be resected next week.", "bladder", "C67"),
    Form("Known chronic lymphocytic leukemia, Rai stage 0, under watchful waiting with no treatment so far.",
         "leukemia", "C91"),
    Form("History of diffuse large B-cell lymphoma, now with recurrent adenopathy and a biopsy proving "
         "relapse; salvage chemotherapy is planned.", "lymphoma", "C83"),
    Form("Multiple myeloma in remission after autologous transplant, on lenalidomide maintenance.", "myeloma",
         "C90"),
    Form("Hepatocellular carcinoma treated with chemoembolization in March; the follow-up MRI shows residual "
         "enhancing tumor, and a second session is planned.", "liver", "C22"),
    Form("PAST MEDICAL HISTORY:,  Pancreatic cancer status post Whipple in January, currently on adjuvant "
         "gemcitabine and capecitabine.", "pancreas", "C25"),
    Form("Glioblastoma resected last fall, now on maintenance temozolomide with stable MRI.", "brain", "C71"),
    Form("She is 3 years out from chemotherapy and surgery for gastric cancer with no evidence of disease and "
         "no current treatment; her main issue today is dumping syndrome.", "stomach", "Z85"),
    Form("Uterine carcinosarcoma treated with hysterectomy and chemotherapy in 2015, with no evidence of "
         "disease since.", "uterine", "Z85"),
    Form("History of basal cell carcinoma of the nose, Mohs surgery 2017.", "other_cancer", "Z85"),
    Form("History of cancer scare in 2015, when a breast biopsy showed a benign papilloma.", "none"),
    Form("PAST MEDICAL HISTORY: , Hypertension, benign prostatic hyperplasia, colon polyps (tubular adenomas, "
         "2018).", "none"),
    Form("History of abnormal Pap smears with CIN 1 that regressed; her last two Pap tests were normal.",
         "none"),
    Form("History of a thyroid nodule that was benign on two aspirations, followed by her endocrinologist.",
         "none"),
)

UROGYN = (
    Form("Urothelial carcinoma of the left renal pelvis, high grade; laparoscopic nephroureterectomy planned.",
         "kidney", "C65"),
    Form("FINAL DIAGNOSIS:,Right kidney and ureter, nephroureterectomy:  High-grade papillary urothelial "
         "carcinoma of the renal pelvis, invading the renal parenchyma (pT3).  Ureteral margin free.",
         "kidney", "C65"),
    Form("Ureteroscopy with biopsy of a left distal ureteral tumor showed low-grade papillary urothelial "
         "carcinoma.", "bladder", "C66"),
    Form("Urothelial carcinoma of the bladder, muscle invasive, for neoadjuvant gemcitabine and cisplatin "
         "before cystectomy.", "bladder", "C67"),
    Form("Urethra, biopsy:  Invasive urothelial carcinoma of the prostatic urethra.", "bladder", "C68"),
    Form("Bladder, TURBT:  Carcinoma in situ, flat, extensive.  No invasive carcinoma.  Plan BCG induction.",
         "bladder", "D09"),
    Form("Uterus, hysterectomy:  Adenosarcoma of the endometrium with sarcomatous overgrowth.", "uterine",
         "C54"),
    Form("Carcinosarcoma (malignant mixed mullerian tumor) of the uterine corpus, stage II, on carboplatin and "
         "paclitaxel.", "uterine", "C54"),
    Form("Low-grade endometrial stromal sarcoma found at hysterectomy for presumed fibroids.", "uterine", "C54"),
    Form("Ovarian carcinosarcoma, stage IIIC, after debulking surgery, on chemotherapy.", "other_cancer",
         "C56"),
    Form("Cervical adenosarcoma, resected, with adjuvant pelvic radiation under way.", "other_cancer", "C53"),
    Form("Uterine leiomyosarcoma, 11 cm, diagnosed after morcellation; CT shows no metastatic disease and she "
         "is seeing gynecologic oncology.", "uterine", "C54"),
    Form("Renal pelvis, biopsy:  Inverted urothelial papilloma.  No carcinoma.", "none"),
    Form("Endometrium, curettage:  Atypical endometrial hyperplasia.  Hysterectomy recommended.", "none"),
    Form("Bladder, biopsy:  Cystitis cystica et glandularis.  No urothelial neoplasia.", "none"),
)

HEME = (
    Form("CLL/SLL with an absolute lymphocyte count of 48,000 and small-volume adenopathy; starting "
         "venetoclax and obinutuzumab.", "leukemia", "C91"),
    Form("Small lymphocytic lymphoma in cervical and axillary nodes, normal peripheral lymphocyte count, "
         "stage II, observation.", "lymphoma", "C83"),
    Form("Hairy cell leukemia treated with cladribine, now in complete remission.", "leukemia", "C91"),
    Form("Chronic myeloid leukemia on imatinib with a major molecular response.", "leukemia", "C92"),
    Form("Bone marrow biopsy:  Acute promyelocytic leukemia with PML-RARA.", "leukemia", "C92"),
    Form("Mantle cell lymphoma with leukemic phase, absolute lymphocyte count 22,000, on "
         "bendamustine-rituximab.", "lymphoma", "C83"),
    Form("Mycosis fungoides, patch stage, on topical steroids and narrowband UVB.", "lymphoma", "C84"),
    Form("Gastric MALT lymphoma, H. pylori positive, treated with eradication therapy; repeat biopsy pending.",
         "lymphoma", "C88"),
    Form("Primary thyroid lymphoma, diffuse large B-cell type, on R-CHOP.", "lymphoma", "C83"),
    Form("Multiple myeloma, IgG kappa, with lytic lesions, cycle 4 of VRd.", "myeloma", "C90"),
    Form("Solitary plasmacytoma of the T10 vertebra, treated with radiation; bone marrow without clonal "
         "plasma cells.", "myeloma", "C90"),
    Form("Monoclonal gammopathy of undetermined significance, IgG kappa 0.6 g/dL, bone marrow plasma cells "
         "5%, no CRAB features; repeat SPEP in six months.", "none"),
    Form("ASSESSMENT:,1.  MGUS, stable.,2.  Iron deficiency anemia.", "none"),
    Form("Myelodysplastic syndrome with ring sideroblasts, low risk, transfusion dependent.", "none"),
    Form("Polycythemia vera on hydroxyurea and phlebotomy.", "none"),
    Form("Monoclonal B-cell lymphocytosis, absolute lymphocyte count 3,800, below the threshold for CLL; "
         "annual blood counts.", "none"),
    Form("Reactive lymphocytosis from the EBV infection, which flow cytometry shows to be polyclonal; no "
         "leukemia or lymphoma.", "none"),
)

SKIN_INSITU = (
    Form("Skin, right forearm, shave biopsy:  Basal cell carcinoma, nodular type, extending to the deep "
         "margin.", "other_cancer", "C44"),
    Form("Invasive squamous cell carcinoma of the left ear helix, for Mohs surgery today.", "other_cancer",
         "C44"),
    Form("Squamous cell carcinoma in situ (Bowen disease) of the dorsal hand, treated with "
         "5-fluorouracil cream.", "other_cancer", "D04"),
    Form("Merkel cell carcinoma of the left cheek, wide excision and sentinel node biopsy scheduled.",
         "other_cancer", "C4A"),
    Form("Skin, upper back, excision:  Melanoma in situ, lentigo maligna type, margins clear.", "melanoma",
         "D03"),
    Form("Invasive melanoma, nodular type, of the scalp, Breslow 3.4 mm, ulcerated; sentinel node positive.",
         "melanoma", "C43"),
    Form("Choroidal melanoma of the left eye treated with plaque brachytherapy last month.", "melanoma", "C69"),
    Form("Left breast, stereotactic biopsy:  Ductal carcinoma in situ, high nuclear grade, with comedonecrosis.",
         "breast", "D05"),
    Form("Cervix, cone biopsy:  CIN 3 (carcinoma in situ), margins free.", "other_cancer", "D06"),
    Form("Vulva, biopsy:  Vulvar intraepithelial neoplasia 3 (VIN 3), usual type.", "other_cancer", "D07"),
    Form("Larynx, left vocal cord stripping:  Squamous cell carcinoma in situ.", "head_and_neck", "D02"),
    Form("Colon, polypectomy:  Adenocarcinoma in situ arising in a tubulovillous adenoma, margins clear.",
         "colorectal", "D01"),
    Form("Lung, left upper lobe, wedge:  Adenocarcinoma in situ, nonmucinous, 1.1 cm.", "lung", "D02"),
    Form("Skin, left shin, biopsy:  Actinic keratosis with mild atypia.", "none"),
    Form("Skin, back, excision:  Compound dysplastic nevus with moderate atypia, margins clear.", "none"),
    Form("Skin, right temple, biopsy:  Seborrheic keratosis, irritated.  No evidence of basal cell carcinoma.",
         "none"),
    Form("Cervix, biopsy:  Low-grade squamous intraepithelial lesion (CIN 1).", "none"),
)

METASTASIS = (
    Form("Brain metastases from non-small cell lung cancer, status post stereotactic radiosurgery last "
         "month.", "lung", "C34"),
    Form("Liver metastases from a sigmoid adenocarcinoma, on FOLFOX and bevacizumab.", "colorectal", "C18"),
    Form("Bone metastases from ER-positive breast cancer, on letrozole and palbociclib with denosumab.",
         "breast", "C50"),
    Form("Metastatic prostate cancer to the spine and pelvis, on enzalutamide.", "prostate", "C61"),
    Form("Pulmonary metastases from a clear cell renal cell carcinoma, on pembrolizumab and axitinib.",
         "kidney", "C64"),
    Form("Malignant pleural effusion from metastatic pancreatic adenocarcinoma, status post PleurX "
         "catheter.", "pancreas", "C25"),
    Form("Hepatic metastases of a well-differentiated papillary thyroid carcinoma are not seen; the lung "
         "metastases are being treated with radioactive iodine.", "thyroid", "C73"),
    Form("Melanoma metastatic to the brain and liver, on ipilimumab and nivolumab.", "melanoma", "C43"),
    Form("He had a low anterior resection for rectal cancer in 2017; a solitary liver metastasis was found "
         "this year and he now undergoes a right hepatectomy.", "colorectal", "C20|C78"),
    Form("Liver, biopsy:  Metastatic adenocarcinoma, CK7 negative, CK20 negative; primary site unknown after a "
         "full work-up.", "other_cancer", "C78|C80"),
    Form("Cancer of unknown primary with bone metastases, CT of chest, abdomen and pelvis and PET without a "
         "primary site; starting empiric carboplatin and paclitaxel.", "other_cancer", "C79|C80"),
    Form("Metastatic gastric adenocarcinoma to the ovaries (Krukenberg tumors), on FOLFOX.", "stomach", "C16"),
    Form("Leptomeningeal metastasis from a breast cancer treated two years ago, now on intrathecal "
         "chemotherapy.", "breast", "C50|C79"),
    Form("Esophageal adenocarcinoma of the distal third with celiac node metastasis, on chemoradiation.",
         "other_cancer", "C15"),
    Form("GIST of the stomach, 6 cm, high mitotic rate, on adjuvant imatinib.", "other_cancer", "C49"),
    Form("Gallbladder carcinoma found incidentally at cholecystectomy, T2, for re-resection.", "other_cancer",
         "C23"),
    Form("Liver, biopsy:  Focal fatty sparing and mild steatosis.  No metastatic carcinoma.", "none"),
    Form("Whole-body bone scan:  Uptake in both knees and the lower lumbar facets, degenerative.  No pattern "
         "to suggest osseous metastatic disease.", "none"),
    Form("The small hypodense liver lesions on CT are simple cysts on ultrasound rather than metastases, and "
         "no follow-up is needed.", "none"),
    Form("Thoracentesis removed 1.2 liters; pleural fluid cytology is negative for malignant cells and the "
         "effusion is attributed to heart failure.", "none"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "negated": NEGATED,
    "differential": DIFFERENTIAL,
    "hypothetical": HYPOTHETICAL,
    "experiencer": EXPERIENCER,
    "anatomy": ANATOMY,
    "mass_biopsy": MASS_BIOPSY,
    "history": HISTORY,
    "urogyn": UROGYN,
    "heme": HEME,
    "skin_insitu": SKIN_INSITU,
    "metastasis": METASTASIS,
}

"""The fifth family, by writing style, in one module: `FORMS` maps class -> forms.

Classes: nursing_phone (terse nursing and telephone notes), consult_letter, path_addendum (addenda and
comments), second_opinion, survivorship (care plans), trial_eligibility, genetic_counselling,
radiation_oncology (fractions, Gy), transplant_heme, dermatology, urology, gyn_onc, neuro_onc, paediatric,
typos_runon, negation_uncertain, primary_secondary, history_in_situ.

Labelling decisions that ICD-10-CM makes and a reader might not guess:
- a germline carrier (BRCA1, Lynch, TP53) with no cancer is `none` (Z15/Z80 are not cancer codes);
- basal and squamous cell carcinoma of the skin are C44 (`other_cancer`), Merkel cell carcinoma C4A;
  melanoma in situ is D03, CIN 3 is D06 (`other_cancer`), DCIS D05, history of in situ Z86;
- MGUS (D47.2), essential thrombocythemia (D47.3), borderline ovarian tumours (D39.1), meningioma,
  schwannoma, pituitary adenoma and angiomyolipoma are not malignant: `none`;
- AML after allogeneic transplant "in complete remission" keeps C92 (remission is a fifth character);
  a cancer under hormonal therapy (letrozole, tamoxifen) or on active surveillance is active; treated in
  the past with no current therapy and no disease is Z85;
- Wilms tumour is kidney (C64); urothelial carcinoma of the renal pelvis is C65 (kidney); neuroblastoma of
  the adrenal C74, osteosarcoma C40/C41, testicular germ cell C62, vulva C51, ovary C56, cervix C53 are
  `other_cancer`; a uterine leiomyosarcoma is uterine (C54/C55);
- metastasis with a known primary takes the primary's category; unknown primary C80 (or the secondary
  site's C77-C79).
"""

from benchmarks.quality.coding_forms import Form

FORMS = {
    "nursing_phone": (
        Form("Pt called c/o mouth sores, day 10 of cycle 2 FOLFOX for stage III sigmoid colon ca. Advised salt "
             "water rinses, MD aware.", "colorectal", "C18"),
        Form("RN note: VS stable. Port accessed, blood return +. C1D1 gemcitabine/nab-paclitaxel given for "
             "metastatic pancreatic adenocarcinoma, tolerated w/o incident.", "pancreas", "C25"),
        Form("Telephone encounter: daughter called asking about results of pt's screening colonoscopy. Informed "
             "2 small hyperplastic polyps removed, benign, repeat in 10 yrs.", "none", ""),
        Form("Phone call: pt reports fever 38.6 at home. ANC 300 on Monday labs, receiving R-CHOP for diffuse "
             "large B-cell lymphoma. Instructed to go to ED.", "lymphoma", "C83"),
        Form("TC to pt re: mammogram callback; dx mammo and US scheduled Thurs. Pt anxious, reassured that most "
             "callbacks are not cancer.", "none", ""),
        Form("Nursing note: pt tearful, states her sister was just dx'd with ovarian ca. Pt herself has no "
             "cancer hx. Chaplain consult offered.", "none", ""),
        Form("Triage call: pt on oral capecitabine for met breast ca to bone c/o hand-foot redness and peeling, "
             "grade 2. Held dose per Dr. order.", "breast", "C50"),
        Form("Pt called to cancel f/u; states doing well, 6 yrs out from right hemicolectomy for colon cancer, "
             "no chemo since, last CEA and CT normal.", "colorectal", "Z85"),
        Form("Telephone note: wife reports pt more confused since yesterday. Known glioblastoma, s/p resection, "
             "currently on temozolomide. Advised ED eval.", "brain", "C71"),
    ),
    "consult_letter": (
        Form("Dear Dr. Patel, thank you for referring Mrs. Jones, a 64-year-old woman with newly diagnosed "
             "invasive ductal carcinoma of the left breast, ER/PR positive, HER2 negative, clinical stage IIA. "
             "We discussed neoadjuvant and adjuvant options at length.", "breast", "C50"),
        Form("Dear Dr. Kim, thank you for asking me to see Mr. Lee regarding his elevated PSA of 6.2. DRE was "
             "unremarkable. I have recommended MRI of the prostate before any decision on biopsy. At this time "
             "there is no diagnosis of cancer.", "none", ""),
        Form("Dear Dr. Ramirez, thank you for referring this pleasant 58-year-old gentleman with a 3 cm thyroid "
             "nodule. Fine needle aspiration was Bethesda II, benign follicular nodule. I recommend ultrasound "
             "surveillance in 12 months; no surgery is needed.", "none", ""),
        Form("Dear Dr. Brown, I saw Mr. Smith today in follow-up of his stage IV squamous cell carcinoma of the "
             "right lung. He continues pembrolizumab every three weeks with stable disease on the latest CT.",
             "lung", "C34"),
        Form("Dear Colleague, thank you for referring Ms. Garcia for evaluation of a pigmented lesion on her "
             "back. Excisional biopsy showed a compound dysplastic nevus with mild atypia, margins clear. No "
             "further treatment is needed.", "none", ""),
        Form("Dear Dr. Nguyen, thank you for the referral of Mr. Adams, who was found to have a 5.5 cm enhancing "
             "left renal mass; partial nephrectomy pathology shows clear cell renal cell carcinoma, Fuhrman "
             "grade 2, pT1b, margins negative.", "kidney", "C64"),
        Form("Dear Dr. Hall, thank you for referring Mrs. White with an IgG kappa M-protein of 0.8 g/dL. Bone "
             "marrow shows 6% clonal plasma cells and there are no CRAB features. This is monoclonal gammopathy "
             "of undetermined significance; I will repeat labs in 6 months.", "none", ""),
        Form("Dear Dr. Ortiz, many thanks for referring Mr. Chen, a 71-year-old with hepatitis B cirrhosis and a "
             "4 cm liver lesion; biopsy confirmed moderately differentiated hepatocellular carcinoma. We will "
             "present him at tumor board for TACE versus resection.", "liver", "C22"),
        Form("Dear Dr. Fox, thank you for referring Mr. Reed with a nonhealing ulcer of the left lateral tongue. "
             "Biopsy shows invasive keratinizing squamous cell carcinoma. I have arranged a PET-CT and will "
             "discuss partial glossectomy with neck dissection.", "head_and_neck", "C02"),
    ),
    "path_addendum": (
        Form("ADDENDUM: Immunohistochemical stains performed on block A3 show the tumor cells are positive for "
             "TTF-1 and napsin A and negative for CDX2 and GATA3, supporting a primary pulmonary "
             "adenocarcinoma.", "lung", "C34"),
        Form("COMMENT: The lesion is a tubular adenoma with low-grade dysplasia. No high-grade dysplasia or "
             "invasive carcinoma is identified. Follow-up per screening guidelines.", "none", ""),
        Form("ADDENDUM: HER2 by FISH: HER2/CEP17 ratio 1.2, average HER2 copy number 2.8 per cell. "
             "Interpretation: NEGATIVE (not amplified). This result pertains to the invasive lobular carcinoma "
             "of the right breast reported in the original diagnosis.", "breast", "C50"),
        Form("COMMENT: Sections show a well-circumscribed leiomyoma with no atypia, mitoses or necrosis. There "
             "is no evidence of leiomyosarcoma.", "none", ""),
        Form("ADDENDUM: Mismatch repair immunohistochemistry on the cecal adenocarcinoma shows loss of MLH1 and "
             "PMS2 expression; MSH2 and MSH6 are retained. MLH1 promoter methylation testing is recommended.",
             "colorectal", "C18"),
        Form("COMMENT: The findings are those of atypical ductal hyperplasia. Excision is recommended to exclude "
             "an associated carcinoma.", "none", ""),
        Form("ADDENDUM: Flow cytometry of the lymph node shows a CD5 positive, CD23 positive, lambda restricted "
             "B-cell population, consistent with involvement by small lymphocytic lymphoma.", "lymphoma", "C83"),
        Form("COMMENT: Reactive follicular hyperplasia. Flow cytometry shows no monoclonal B-cell population. No "
             "evidence of lymphoma.", "none", ""),
        Form("ADDENDUM: Additional levels on the shave biopsy reveal a focus of invasive melanoma, Breslow "
             "thickness 0.6 mm, Clark level III, nonulcerated. The diagnosis is amended from severely atypical "
             "melanocytic proliferation to malignant melanoma.", "melanoma", "C43"),
    ),
    "second_opinion": (
        Form("SECOND OPINION: Outside slides from a prostate needle biopsy were reviewed. We agree with the "
             "diagnosis of prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2), involving 3 of 12 "
             "cores.", "prostate", "C61"),
        Form("Second-opinion review: the outside diagnosis was follicular thyroid carcinoma. On our review there "
             "is no capsular or vascular invasion; we interpret this as a follicular adenoma.", "none", ""),
        Form("The patient comes for a second opinion regarding treatment of her serous carcinoma of the "
             "endometrium, FIGO stage IB, s/p hysterectomy last month. We concur with adjuvant chemotherapy and "
             "vaginal brachytherapy.", "uterine", "C54"),
        Form("Second opinion consultation: the outside MRI was read as possible low-grade glioma. On our review "
             "the findings represent a developmental venous anomaly; there is no tumor. No further imaging is "
             "needed.", "none", ""),
        Form("CONSULTATION ON OUTSIDE MATERIAL: Gastric biopsy, antrum: poorly cohesive carcinoma with signet "
             "ring cells. We agree with the submitting diagnosis.", "stomach", "C16"),
        Form("Seen for a second opinion on management of stage IIIA non-small cell lung cancer; we recommend "
             "concurrent chemoradiation followed by durvalumab rather than surgery.", "lung", "C34"),
        Form("Second opinion on outside bone marrow biopsy: hypercellular marrow with 35% myeloblasts, "
             "consistent with acute myeloid leukemia. NPM1 mutated, FLT3 negative.", "leukemia", "C92"),
        Form("Outside slides of the skin lesion of the left cheek were reviewed: actinic keratosis with no "
             "evidence of squamous cell carcinoma.", "none", ""),
    ),
    "survivorship": (
        Form("SURVIVORSHIP CARE PLAN: Diagnosis: Stage IIB Hodgkin lymphoma, nodular sclerosis, diagnosed 2016. "
             "Treatment: ABVD x 6 cycles completed 2016, followed by involved-site radiation. Current status: no "
             "evidence of disease. Surveillance: annual exam, thyroid function, breast screening from age 30.",
             "lymphoma", "Z85"),
        Form("Survivorship visit: 3 years after completion of chemotherapy and lumpectomy for left breast "
             "cancer; she remains on letrozole with good tolerance. Mammogram this year was negative.",
             "breast", "C50"),
        Form("SURVIVORSHIP CARE PLAN: Cancer type: rectal adenocarcinoma, stage II. Treatment completed 2019: "
             "short-course radiation and low anterior resection. No current therapy. Follow-up: colonoscopy in "
             "2025, CEA every 6 months.", "colorectal", "Z85"),
        Form("Survivorship clinic: adult survivor of childhood acute lymphoblastic leukemia treated at age 6 with "
             "chemotherapy, off therapy for 20 years; screening for late effects of anthracyclines with an "
             "echocardiogram.", "leukemia", "Z85"),
        Form("Survivorship care plan for testicular seminoma, s/p left orchiectomy 2018, surveillance only, "
             "tumor markers normal, no current treatment.", "other_cancer", "Z85"),
        Form("Survivorship note: thyroid cancer survivor, total thyroidectomy and radioactive iodine in 2015, on "
             "levothyroxine replacement, thyroglobulin undetectable.", "thyroid", "Z85"),
        Form("SURVIVORSHIP CARE PLAN: Diagnosis: clear cell renal cell carcinoma of the right kidney, pT1a, "
             "treated by partial nephrectomy in 2020. No adjuvant therapy. No evidence of recurrence on CT in "
             "2024.", "kidney", "Z85"),
    ),
    "trial_eligibility": (
        Form("Clinical trial eligibility: patient has histologically confirmed metastatic castration-resistant "
             "prostate adenocarcinoma with progression on enzalutamide; ECOG 1; adequate organ function. Meets "
             "inclusion criteria.", "prostate", "C61"),
        Form("Screening for trial: patient does not meet eligibility. Inclusion requires histologically "
             "confirmed pancreatic adenocarcinoma; the biopsy showed chronic pancreatitis without malignancy.",
             "none", ""),
        Form("TRIAL ELIGIBILITY: Inclusion 1. Measurable disease per RECIST 1.1: yes (liver lesions). 2. "
             "Histologically confirmed HER2-positive gastric adenocarcinoma: yes, gastric body primary. "
             "Exclusion criteria: none met.", "stomach", "C16"),
        Form("Eligibility checklist reviewed with research nurse. Diagnosis: relapsed multiple myeloma after 3 "
             "prior lines including a proteasome inhibitor and an IMiD. Eligible for the CAR-T study.",
             "myeloma", "C90"),
        Form("Healthy volunteer screened for a cancer prevention study of aspirin; no personal history of "
             "cancer; family history of colon cancer in father.", "none", ""),
        Form("Research note: pt consented to the biorepository protocol as a control subject; no cancer "
             "diagnosis. Blood drawn.", "none", ""),
        Form("Eligibility review: newly diagnosed glioblastoma, IDH-wildtype, MGMT unmethylated, s/p gross total "
             "resection; eligible for the randomized radiotherapy plus investigational agent study.",
             "brain", "C71"),
        Form("Trial screening note: patient with unresectable hepatocellular carcinoma, Child-Pugh A, BCLC stage "
             "C, no prior systemic therapy; meets criteria.", "liver", "C22"),
    ),
    "genetic_counselling": (
        Form("GENETIC COUNSELING NOTE: 34-year-old woman referred because of a family history of breast cancer "
             "in her mother and maternal aunt. Testing revealed a pathogenic BRCA1 variant. She has no personal "
             "history of cancer. We discussed risk-reducing mastectomy and salpingo-oophorectomy.", "none", ""),
        Form("Genetic counseling: patient is a carrier of a pathogenic MLH1 variant (Lynch syndrome) identified "
             "by cascade testing after her brother's colon cancer. Her colonoscopy last year was normal.",
             "none", ""),
        Form("Genetics consult: 45-year-old woman with triple-negative left breast cancer diagnosed this month, "
             "currently receiving neoadjuvant chemotherapy, referred for germline testing. Results pending.",
             "breast", "C50"),
        Form("Genetic counseling note: patient with a personal history of papillary thyroid carcinoma treated in "
             "2010 and a family history of colon polyps; panel testing was negative for pathogenic variants.",
             "thyroid", "Z85"),
        Form("Counseling session: a CHEK2 variant of uncertain significance was identified; no clinical action. "
             "Patient has never had cancer. Follow population screening.", "none", ""),
        Form("GENETICS: 52-year-old man with metastatic pancreatic adenocarcinoma on FOLFIRINOX referred for "
             "germline testing; a pathogenic BRCA2 variant was found, which may make him eligible for PARP "
             "inhibitor maintenance.", "pancreas", "C25"),
        Form("Genetic risk assessment: Li-Fraumeni syndrome (TP53 carrier), unaffected. Annual whole-body MRI is "
             "recommended; last MRI negative.", "none", ""),
        Form("Hereditary cancer clinic: her Tyrer-Cuzick lifetime breast cancer risk is 28%; she qualifies for "
             "supplemental breast MRI. No cancer found to date.", "none", ""),
    ),
    "radiation_oncology": (
        Form("RADIATION ONCOLOGY TREATMENT SUMMARY: Diagnosis: squamous cell carcinoma of the left tonsil, p16 "
             "positive, cT2N1M0. Treatment: 70 Gy in 35 fractions to the primary and involved nodes with "
             "concurrent weekly cisplatin, completed without breaks.", "head_and_neck", "C09"),
        Form("On-treatment visit: fraction 12 of 28 of whole breast radiation following lumpectomy for right "
             "breast DCIS; mild erythema, grade 1 dermatitis.", "breast", "D05"),
        Form("Radiation oncology consult: solitary 1.8 cm peripheral left upper lobe non-small cell lung cancer, "
             "medically inoperable; plan SBRT 54 Gy in 3 fractions.", "lung", "C34"),
        Form("SRS note: three brain metastases from known melanoma treated with stereotactic radiosurgery, 20 Gy "
             "in a single fraction each.", "melanoma", "C43"),
        Form("Radiation oncology follow-up: prostate adenocarcinoma, Gleason 4+3, treated with 78 Gy in 39 "
             "fractions and 6 months of androgen deprivation, completed 2 years ago; PSA nadir 0.1, no current "
             "therapy.", "prostate", "Z85"),
        Form("Radiation oncology consult for palliative radiation to painful T10 and L2 vertebral metastases "
             "from prostate cancer; 8 Gy single fraction planned.", "prostate", "C61"),
        Form("Radiation for keloid: post-excision radiation 12 Gy in 3 fractions to the left earlobe scar to "
             "prevent recurrence.", "none", ""),
        Form("Rad onc: pt completed 45 Gy in 25 fx with concurrent capecitabine for locally advanced rectal "
             "adenocarcinoma; surgery planned in 8 weeks.", "colorectal", "C20"),
        Form("Consult for radiation for heterotopic ossification prophylaxis after hip arthroplasty: 7 Gy single "
             "fraction.", "none", ""),
    ),
    "transplant_heme": (
        Form("BMT clinic: Day +100 after matched unrelated donor allogeneic stem cell transplant for acute "
             "myeloid leukemia in first complete remission. Marrow shows no evidence of disease, 100% donor "
             "chimerism. Mild skin GVHD on topical steroids.", "leukemia", "C92"),
        Form("Hematology: iron deficiency anemia secondary to menorrhagia; ferritin 4. Started ferrous sulfate. "
             "No evidence of hematologic malignancy.", "none", ""),
        Form("Post-transplant visit: 2 years after autologous stem cell transplant for IgA lambda multiple "
             "myeloma, on lenalidomide maintenance, in very good partial response.", "myeloma", "C90"),
        Form("Hematology consult: chronic lymphocytic leukemia, Rai stage 0, observed without treatment; "
             "lymphocyte count stable at 12,000.", "leukemia", "C91"),
        Form("HEME: Essential thrombocythemia, JAK2 V617F positive, on hydroxyurea and aspirin.", "none", ""),
        Form("Hem/onc f/u: chronic myeloid leukemia in chronic phase on imatinib, major molecular response.",
             "leukemia", "C92"),
        Form("Hematology: immune thrombocytopenia, platelets 22k, started prednisone. Bone marrow not required.",
             "none", ""),
        Form("Allo SCT consult: myelodysplastic syndrome with excess blasts progressed to acute myeloid leukemia "
             "with 25% blasts; planning induction followed by transplant.", "leukemia", "C92"),
        Form("Hematology: follicular lymphoma grade 1-2, stage III, low tumor burden, watch and wait; CT "
             "stable.", "lymphoma", "C82"),
    ),
    "dermatology": (
        Form("Derm: shave biopsy of the right nasal ala shows basal cell carcinoma, nodular type. Plan Mohs "
             "surgery.", "other_cancer", "C44"),
        Form("Dermatology: seborrheic keratoses on the trunk, reassured. No atypical lesions. Full skin exam "
             "otherwise normal.", "none", ""),
        Form("Derm clinic: wide local excision of the left calf for melanoma, Breslow 1.2 mm; sentinel node "
             "biopsy negative.", "melanoma", "C43"),
        Form("Derm: punch biopsy of the dorsal left hand shows well-differentiated squamous cell carcinoma in "
             "this kidney transplant recipient; excision scheduled.", "other_cancer", "C44"),
        Form("Dermatology: melanoma in situ, lentigo maligna type, on the right cheek; staged excision planned.",
             "melanoma", "D03"),
        Form("Skin check: history of melanoma of the back excised in 2012 (stage IA), no recurrence; several "
             "benign nevi noted.", "melanoma", "Z85"),
        Form("Dermatology: dysplastic nevus with moderate atypia on the left shoulder; re-excision for clear "
             "margins recommended.", "none", ""),
        Form("Derm: actinic keratoses treated with cryotherapy x 8. Counseled on sun protection. No skin cancer "
             "found.", "none", ""),
        Form("Derm path: Merkel cell carcinoma of the left forearm, 1.5 cm; referred to surgical oncology.",
             "other_cancer", "C4A"),
    ),
    "urology": (
        Form("Urology: PSA 4.8, up from 3.1. MRI prostate PI-RADS 3. Discussed options; will repeat PSA in 3 "
             "months. No biopsy yet.", "none", ""),
        Form("Active surveillance visit: Gleason 3+3=6 prostate adenocarcinoma in 2 of 12 cores diagnosed in "
             "2022; PSA stable at 5.0; confirmatory biopsy unchanged.", "prostate", "C61"),
        # corrected after the first run (was bladder C67): a tumour seen at cystoscopy, not yet resected or
        # examined, is "Tumor, bladder" in the ICD-10-CM index, i.e. the Neoplasm Table's unspecified-behaviour
        # column (D49.4), and the labelling rules count a bladder tumour only once resected, recurrent or history
        Form("Urology: cystoscopy shows a 2 cm papillary tumor at the left lateral wall of the bladder; TURBT "
             "scheduled.", "none", ""),
        Form("Urology f/u: benign prostatic hyperplasia with LUTS on tamsulosin. PSA 1.2. No concern for "
             "malignancy.", "none", ""),
        Form("Urology: right radical nephroureterectomy pathology shows high-grade urothelial carcinoma of the "
             "renal pelvis, pT2.", "kidney", "C65"),
        Form("Uro: complex renal cyst, Bosniak II, no follow-up needed.", "none", ""),
        Form("Urology: surveillance cystoscopy every 3 months for high-grade non-muscle-invasive urothelial "
             "carcinoma of the bladder, currently on BCG maintenance.", "bladder", "C67"),
        Form("Urology consult: left testicular mass; orchiectomy showed a mixed germ cell tumor with embryonal "
             "carcinoma and teratoma; AFP elevated. Referred to oncology for chemotherapy.", "other_cancer", "C62"),
        Form("Urology: angiomyolipoma of the right kidney, 2.5 cm, fat-containing on CT; surveillance.",
             "none", ""),
        Form("Urology: s/p radical prostatectomy 2017 for Gleason 7 adenocarcinoma; PSA undetectable since; no "
             "further treatment.", "prostate", "Z85"),
    ),
    "gyn_onc": (
        Form("GYN ONC: Patient with high-grade serous carcinoma of the ovary, stage IIIC, s/p optimal debulking, "
             "now cycle 4 of carboplatin/paclitaxel.", "other_cancer", "C56"),
        Form("Gyn onc consult: complex atypical endometrial hyperplasia on endometrial biopsy; recommend "
             "hysterectomy. No carcinoma identified.", "none", ""),
        Form("Gyn onc: endometrioid adenocarcinoma of the endometrium, FIGO grade 1, stage IA, s/p robotic "
             "hysterectomy and bilateral salpingo-oophorectomy last week.", "uterine", "C54"),
        Form("Colposcopy: cervical biopsy shows CIN 3 (severe dysplasia); LEEP planned.", "other_cancer", "D06"),
        Form("Gyn onc: squamous cell carcinoma of the cervix, stage IIB, receiving chemoradiation.",
             "other_cancer", "C53"),
        Form("GYN: 7 cm simple right ovarian cyst, CA-125 normal; laparoscopic cystectomy pathology: serous "
             "cystadenoma.", "none", ""),
        Form("Gyn onc: uterine leiomyosarcoma diagnosed on the myomectomy specimen; referred for staging.",
             "uterine", "C54|C55"),
        Form("Gyn onc f/u: borderline serous tumor of the ovary resected in 2021; no evidence of recurrence.",
             "none", ""),
        Form("GYN ONC: vulvar squamous cell carcinoma, 2.5 cm, s/p radical local excision and sentinel nodes; "
             "adjuvant radiation planned.", "other_cancer", "C51"),
    ),
    "neuro_onc": (
        Form("Neuro-onc: WHO grade 4 IDH-wildtype glioblastoma of the right temporal lobe, cycle 3 of adjuvant "
             "temozolomide.", "brain", "C71"),
        Form("Neurosurgery: convexity meningioma, WHO grade 1, 2.8 cm, resected; no adjuvant therapy.",
             "none", ""),
        Form("Neuro-oncology: multiple enhancing brain lesions; biopsy shows metastatic adenocarcinoma "
             "consistent with a lung primary (TTF-1 positive); CT chest shows a left lower lobe mass.",
             "lung", "C34"),
        Form("Neuro-onc: vestibular schwannoma 1.4 cm, observation with serial MRI.", "none", ""),
        Form("Neuro-onc consult: primary CNS lymphoma, diffuse large B-cell type, on high-dose methotrexate.",
             "lymphoma", "C83"),
        Form("Neuro-onc: oligodendroglioma, IDH-mutant and 1p/19q-codeleted, WHO grade 2, s/p subtotal "
             "resection; residual tumor stable on MRI.", "brain", "C71"),
        Form("Pituitary clinic: nonfunctioning pituitary macroadenoma 1.6 cm; transsphenoidal resection "
             "planned.", "none", ""),
        Form("Neuro-onc: ependymoma of the thoracic spinal cord, receiving post-resection radiation.",
             "brain", "C72"),
    ),
    "paediatric": (
        Form("Pediatric oncology: 4-year-old boy with B-cell acute lymphoblastic leukemia, standard risk, in "
             "maintenance chemotherapy with oral mercaptopurine and methotrexate.", "leukemia", "C91"),
        Form("Peds onc: 3-year-old girl with stage II Wilms tumor of the left kidney, s/p nephrectomy, on "
             "vincristine and dactinomycin.", "kidney", "C64"),
        Form("Pediatric: 18-month-old with a right abdominal mass; CT shows an adrenal mass with calcifications; "
             "urine catecholamines elevated; biopsy shows neuroblastoma.", "other_cancer", "C74"),
        Form("Peds heme: 7-year-old with bruising; CBC shows isolated thrombocytopenia; diagnosis immune "
             "thrombocytopenic purpura. Leukemia was considered but the smear is normal.", "none", ""),
        Form("Peds neuro-onc: 9-year-old with medulloblastoma of the cerebellum, s/p resection, craniospinal "
             "radiation ongoing.", "brain", "C71"),
        Form("Pediatric oncology: 14-year-old with osteosarcoma of the distal left femur, neoadjuvant MAP "
             "chemotherapy cycle 2.", "other_cancer", "C40"),
        Form("Well child visit, 5 years old: growing well, immunizations up to date, no concerns.", "none", ""),
        Form("Peds onc: 16-year-old with classic Hodgkin lymphoma, stage IIA, after 2 cycles of ABVE-PC with a "
             "rapid early response.", "lymphoma", "C81"),
        Form("Peds: infantile hemangioma on the scalp; propranolol started.", "none", ""),
    ),
    "typos_runon": (
        Form("pt is a 67 yo m w/ h/o COPD and newly dx'd adenocarcnoma of the rt upper lobe lung, here to "
             "discuss chemo, feels ok, no cp no sob, wife at bedside", "lung", "C34"),
        Form("pt s/p lumpectomy for brest cancer in 2009 no chemo no radiation no meds since then, doing fine, "
             "here for knee pain", "breast", "Z85"),
        Form("72yo F presents w/ abd pain and wt loss, CT shows pancreatic head mass and liver lesions, EUS FNA "
             "positive for adenocarcinoma, onc consulted", "pancreas", "C25"),
        Form("hx of colon polyps, last scope 2 yrs ago tubular adenomas removed, no cancer, f/u scope due 2027",
             "none", ""),
        Form("Pt with multipel myeloma on velcade/revlimid/dex, c/o back pain, no new lytic lesions on xray",
             "myeloma", "C90"),
        Form("63 yo man w/ hx of tobacco and etoh, hoarsness x 3 mo, laryngoscopy w/ bx = SCC of the glotic "
             "larynx, T2N0, for XRT", "head_and_neck", "C32"),
        Form("pt denies any hx of cancer, no fam hx of cancer, here for annual physical, labs wnl", "none", ""),
        Form("F/u for HCC s/p TACE x2 AFP trending down cirrhosis from NASH child pugh A next MRI 3mo",
             "liver", "C22"),
        Form("stomache cancer dx 3 weeks ago by EGD bx showing adenocarcinoma of gastric antrum pt to start FLOT "
             "next week", "stomach", "C16"),
        Form("thyriod nodule 1.2cm FNA bethesda VI papillary carcinoma, total thyroidectomy sched", "thyroid",
             "C73"),
    ),
    "negation_uncertain": (
        Form("Mammogram shows a new cluster of microcalcifications in the right breast, BI-RADS 4B; stereotactic "
             "biopsy scheduled. Cancer has not been diagnosed.", "none", ""),
        Form("CT abdomen: 1.5 cm left adrenal nodule with attenuation of 5 HU consistent with a lipid-rich "
             "adenoma. No evidence of malignancy.", "none", ""),
        Form("Colonoscopy: a 3 cm sessile mass in the ascending colon; biopsies pending. Findings worrisome for "
             "malignancy.", "none", ""),
        Form("Liver biopsy: no evidence of malignancy; the findings are of focal nodular hyperplasia.",
             "none", ""),
        Form("Lung nodule clinic: 6 mm solid nodule stable for 2 years, considered benign. No further "
             "follow-up.", "none", ""),
        Form("Patient was worried about lymphoma because of a neck lump; exam shows a reactive lymph node that "
             "has resolved after antibiotics. Lymphoma is unlikely.", "none", ""),
        Form("Endoscopy for dysphagia: Barrett esophagus without dysplasia. Negative for carcinoma. Repeat "
             "surveillance in 3 years.", "none", ""),
        Form("Kidney: 3 cm solid enhancing mass, likely renal cell carcinoma; biopsy pending before "
             "cryoablation.", "none", ""),
        Form("Thyroid FNA: atypia of undetermined significance (Bethesda III); molecular testing ordered.",
             "none", ""),
        Form("Esophageal biopsy at 30 cm: invasive squamous cell carcinoma of the mid esophagus.",
             "other_cancer", "C15"),
    ),
    "primary_secondary": (
        Form("Bone biopsy of the right iliac lesion: metastatic carcinoma, immunostains positive for PSA and "
             "NKX3.1, consistent with prostatic origin.", "prostate", "C61"),
        Form("Liver biopsy: metastatic adenocarcinoma, CK7 negative, CK20 and CDX2 positive, consistent with a "
             "colorectal primary.", "colorectal", "C18|C19|C20"),
        Form("Cervical lymph node biopsy: metastatic squamous cell carcinoma, p16 positive; primary site not "
             "identified after panendoscopy.", "other_cancer", "C80|C77"),
        Form("Malignant pleural effusion: cytology positive for metastatic adenocarcinoma consistent with breast "
             "primary (GATA3 and ER positive) in a woman treated for breast cancer in 2015.", "breast", "C50"),
        Form("Pathology: the adrenal mass is a metastasis from the patient's known clear cell renal cell "
             "carcinoma.", "kidney", "C64"),
        Form("Peritoneal biopsy: metastatic carcinoma of unknown primary; extensive workup including CT, PET and "
             "endoscopy has not found the primary site.", "other_cancer", "C80|C78"),
        Form("Brain MRI: multiple metastases in a patient with known small cell lung cancer.", "lung", "C34"),
        Form("Lung wedge resection: metastatic osteosarcoma, consistent with the patient's known femoral "
             "primary.", "other_cancer", "C40"),
    ),
    "history_in_situ": (
        Form("Past medical history: DCIS of the left breast treated with lumpectomy and radiation in 2014. No "
             "tamoxifen.", "breast", "Z86"),
        Form("PMH: HTN, DM2, bladder cancer 2011 treated with TURBT and BCG, cystoscopies negative since.",
             "bladder", "Z85"),
        Form("Problem list: ductal carcinoma in situ, right breast, on tamoxifen.", "breast", "D05"),
        Form("PMH: CLL, in remission after FCR.", "leukemia", "C91"),
        Form("History of cervical cancer s/p radical hysterectomy in 1998.", "other_cancer", "Z85"),
        Form("Family history: mother with breast cancer at 45, father with prostate cancer. The patient has no "
             "personal history of cancer.", "none", ""),
        Form("Patient is a smoker with a 40 pack-year history on annual low-dose CT lung screening, Lung-RADS 2. "
             "No cancer.", "none", ""),
        Form("Anal Pap shows HSIL; high-resolution anoscopy biopsy: AIN 2. Patient is HIV-positive.", "none", ""),
        Form("Uterus, hysterectomy: endometrial atrophy; no hyperplasia or carcinoma.", "none", ""),
    ),
}

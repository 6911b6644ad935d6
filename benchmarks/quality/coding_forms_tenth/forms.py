"""The tenth family: cancer type and ICD-10-CM category on notes where the cancer must be read from the whole note.

Written blind 2026-12-04 by someone who had not read the coder, its rules, its tests, docs/coding.md or the
other families' forms, only issue 17, DESIGN.md (the 17 types and their ICD-10-CM ranges), the probe, the
`Form` class, the ninth family's docstring (its labelling decisions are followed here) and the labelling rules
of tests/fixtures/mtsamples_gold_README.md. Committed before the probe was first run on it. One module: `FORMS`
maps class -> forms; every class holds cancer and `none` forms (about a third `none` overall). Each form is
several lines or sections of a note.

Classes:
- orders: pharmacy / chemotherapy order verification, infusion nursing notes and medication reconciliation,
  where the cancer is told by regimen or drug (AC-T, FOLFOX, R-CHOP, 7+3, ATRA, abiraterone, imatinib,
  ibrutinib, lenalidomide, BCG, temozolomide, I-131, osimertinib, cabozantinib, lenvatinib, cetuximab), and
  the same drugs or their relatives given for something benign (intravitreal bevacizumab, methotrexate for
  RA, hydroxyurea for polycythaemia vera, rituximab for vasculitis, leuprolide for endometriosis, letrozole
  for ovulation, zoledronic acid for osteoporosis, tamoxifen for risk reduction, azacitidine for MDS,
  octreotide for acromegaly, cyclophosphamide for lupus) -> `none`;
- care: radiation therapy treatment summaries, hospice and palliative notes, ED notes and discharge
  instructions, telephone triage, nutrition, PT / OT and social work notes, with the cancer in passing; RT for
  benign disease (vestibular schwannoma, heterotopic ossification, keloid), I-131 for Graves', a relative's
  or spouse's cancer -> `none`;
- shorthand: staging and marker shorthand (pTNM, Gleason, Breslow, FIGO, Ann Arbor, R-ISS, Rai, BCLC,
  ER/PR/HER2, IDH / 1p19q, FLT3 / NPM1, MSI) with the site given once; screening scores and markers without
  cancer (PI-RADS 2, BI-RADS 2, TI-RADS with benign FNA, Lung-RADS 2, CA-125 with endometrioma, MSAFP, CEA in
  a smoker, MGUS) -> `none`;
- typos: abbreviation-heavy, misspelt, run-together, ALL CAPS and unpunctuated text; "Ca" for calcium, "ALL
  meds", "MM" for millimetres and "HCC" for a risk-adjustment category -> `none`;
- negation: family history, carriers (BRCA, Lynch) and risk-reducing surgery with benign pathology, "concern
  for" / "rule out" followed by benign tissue, a relative's or friend's cancer -> `none`; and the same
  framings around the patient's own cancer (a relative's breast cancer beside the patient's colon cancer);
- multiple: several conditions, where the main cancer is the one this episode treats or newly diagnoses, a
  remote treated cancer is Z85, a second primary takes its own category; lists of only uncertain-behaviour
  or benign conditions -> `none`;
- anatomy: lay language and organ synonyms (voice box, gullet, neck of the womb, womb, back passage,
  windpipe, roof of the mouth, lymph glands, bone marrow cancer), sub-sites (floor of mouth C04, hard palate
  C05, pyriform sinus C12, parotid C07, nasopharynx C11, trachea C33, ureter C66, gallbladder C23, gastric
  cardia C16, pleura C45) and benign look-alikes (follicular / Warthin adenoma, angiomyolipoma, FAP
  adenomas, papilloma, hydrocele, grade 1 meningioma) -> `none`.

Labelling decisions (the ninth family's, plus):
- the type follows the ICD-10-CM category of the main cancer (C33 trachea is lung, C66 ureter is bladder, C65
  renal pelvis is kidney, C21 anal canal is colorectal, C7A carcinoid / C44 skin / C45 mesothelioma / C15
  oesophagus / C23 gallbladder / C24 bile duct and ampulla / C40 bone / C53 cervix / C56 ovary / C62 testis are
  other_cancer); uncertain-behaviour (D37-D48) and benign neoplasms are `none`;
- a drug names no cancer by itself: a form is labelled from what the note says the drug is for; the cancer a
  regimen treats is taken from the note's diagnosis, site or marker, never from the drug alone;
- active (C/D code) while the cancer is present or under treatment, including adjuvant hormonal therapy
  (letrozole, anastrozole, ADT), maintenance (lenalidomide, BCG), watch and wait or active surveillance of a
  present cancer, and treatment planned; Z85 (Z86 for in situ) when treated in the past with no treatment now
  and no evidence of disease; leukaemia and lymphoma in long remission off therapy accept Z85 or the disease
  category (ICD-10-CM has "in remission" codes);
- radiation or systemic therapy aimed at metastases from a primary still in place accepts the primary's
  category or the secondary's; a removed primary with metastases now under treatment accepts both;
- the note's own patient only: a relative's, spouse's, friend's or donor's cancer never counts; a cancer-
  related word (screening, carrier, marker, drug) without a cancer in the patient is `none`;
- "cancer of the womb" accepts C54 or C55 (corpus against unspecified part of the uterus).
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

F = Form

ORDERS = (
    F("CHEMOTHERAPY ORDER VERIFICATION:\nRegimen: dose-dense AC x4 then weekly paclitaxel x12. Cycle 3 day 1 AC.\n"
      "Indication: left breast IDC, cT2N1, ER 90% PR 40% HER2 1+. Echo EF 62%.\nANC 2100, plt 245. Doses verified "
      "against BSA 1.82 m2. Pegfilgrastim on-body injector applied.", "breast", "C50"),
    F("PHARMACY NOTE: Abiraterone 1000 mg daily with prednisone 5 mg BID continued; leuprolide depot due 3/14.\n"
      "PSA down from 48 to 2.1. LFTs and K+ within range. Counselled to take abiraterone on an empty stomach.",
      "prostate", "C61"),
    F("INFUSION NURSING NOTE:\nPt arrived for C4D1 FOLFOX. Port accessed, good blood return. Oxaliplatin over 2 h, "
      "leucovorin, 5-FU bolus, then 46 h pump connected. Reports cold sensitivity in fingers.\nOncology "
      "dx on file: adenocarcinoma of the sigmoid colon, stage IIIB, s/p sigmoid colectomy.", "colorectal", "C18"),
    F("MEDICATION RECONCILIATION:\nImatinib 400 mg daily - continue.\nBCR-ABL1 transcript by PCR 0.08% IS "
      "(major molecular response). Chronic phase at diagnosis 2022.\nAtorvastatin 20 mg, lisinopril 10 mg.",
      "leukemia", "C92"),
    F("PHARMACY CONSULT: Ibrutinib interaction check requested before starting clarithromycin.\n"
      "Pt on ibrutinib 420 mg daily for CLL with del(17p), ALC 38K at last visit. Recommend azithromycin "
      "instead; hold not required.", "leukemia", "C91"),
    F("INFUSION NOTE:\nDaratumumab SC given, cycle 5. Lenalidomide 25 mg days 1-21 and weekly dexamethasone "
      "continue at home. M-spike 0.4 g/dL, down from 3.1. IgG kappa. Premeds given, no reaction.", "myeloma",
      "C90"),
    F("NURSING NOTE: BCG instillation #4 of 6 given via straight cath, dwell 2 hours, pt repositioned q15min.\n"
      "Voided after dwell, bleach added to toilet per protocol. Hx TURBT 6 weeks ago, high-grade T1.",
      "bladder", "C67"),
    F("CHEMOTHERAPY ORDER VERIFICATION:\nTemozolomide 75 mg/m2 daily with concurrent RT (6000 cGy/30 fx).\n"
      "Indication: glioblastoma, IDH wild-type, left temporal lobe, s/p subtotal resection. PCP prophylaxis "
      "with TMP-SMX ordered.", "brain", "C71"),
    F("PHARMACY NOTE:\nR-CHOP cycle 2. Rituximab rate escalation tolerated cycle 1. Vincristine capped at 2 mg.\n"
      "Dx: diffuse large B-cell lymphoma, stage IIIA, GCB type. Allopurinol continued; uric acid 5.1.",
      "lymphoma", "C83"),
    F("INFUSION NURSING NOTE:\nGemcitabine and nab-paclitaxel given C2D8. Pt reports fatigue, appetite poor.\n"
      "CA 19-9 trend: 1840 -> 960. Biliary stent in place from ERCP. Locally advanced adenocarcinoma of the head "
      "of the pancreas per oncology.", "pancreas", "C25"),
    F("PHARMACY VERIFICATION:\nOsimertinib 80 mg daily, refill 90 days. EGFR exon 19 deletion. QTc 432 on last ECG.\n"
      "Dx: stage IV adenocarcinoma of right upper lobe with pleural effusion.", "lung", "C34"),
    F("NURSING NOTE: I-131 therapy dose 100 mCi administered in lead-lined room. Radiation safety precautions "
      "reviewed: distance from pregnant women and children x 7 days.\nS/p total thyroidectomy 5 weeks ago for "
      "papillary carcinoma, 2.4 cm, with central nodal metastases. TSH 82 after thyroid hormone withdrawal.",
      "thyroid", "C73"),
    F("MEDICATION RECONCILIATION:\nPembrolizumab 200 mg IV q3w (cycle 9 today).\nHistory: superficial spreading "
      "melanoma left calf, Breslow 3.2 mm, ulcerated, SLNB 2/3 positive, wide excision and completion "
      "adjuvant immunotherapy ongoing.\nLevothyroxine started for immune-related hypothyroidism.",
      "melanoma", "C43"),
    F("PHARMACY NOTE: Cabozantinib dose reduced to 40 mg for grade 2 hand-foot syndrome.\nPt s/p left radical "
      "nephrectomy 2021 for clear cell carcinoma; now lung and bone metastases. TSH monitored monthly.",
      "kidney", "C64|C78|C79"),
    F("INFUSION NOTE:\nCarboplatin AUC 5 + paclitaxel 175 mg/m2, cycle 3 of 6. Pt s/p TLH-BSO and staging for "
      "endometrioid adenocarcinoma of the endometrium, FIGO IIIC1, grade 3. Neuropathy grade 1.",
      "uterine", "C54"),
    F("CHEMO ORDER VERIFICATION:\nATRA 45 mg/m2/day + arsenic trioxide induction, day 12. Fibrinogen 180, "
      "monitoring for differentiation syndrome.\nDx: acute promyelocytic leukemia, t(15;17), low risk.",
      "leukemia", "C92"),
    F("PHARMACY NOTE: Sorafenib discontinued; lenvatinib 8 mg started.\nBCLC stage C hepatocellular carcinoma on "
      "background of hepatitis C cirrhosis, Child-Pugh A6. AFP 2300. Portal vein tumor thrombus.",
      "liver", "C22"),
    F("INFUSION NURSING NOTE:\nCetuximab weekly with RT, week 4. Acneiform rash grade 2, doxycycline started.\n"
      "Treating SCC of the left tonsil, p16 positive, stage cT2N1. Pt reports odynophagia; magic mouthwash "
      "refilled.", "head_and_neck", "C09"),
    F("PHARMACY NOTE:\nTrastuzumab deruxtecan cycle 5. Baseline and 3-month echo normal.\nIndication: HER2-positive "
      "adenocarcinoma of the gastric body with liver metastases after progression on first-line "
      "XELOX-trastuzumab.", "stomach", "C16"),
    F("INFUSION NOTE: Bevacizumab 1.25 mg intravitreal injection OD given by retina clinic. IOP 16 post "
      "injection.\nIndication: neovascular age-related macular degeneration, right eye. Next injection in "
      "6 weeks.", "none"),
    F("PHARMACY NOTE:\nMethotrexate 20 mg PO weekly, folic acid 1 mg daily. Dx: seropositive rheumatoid "
      "arthritis. CBC and LFTs monthly, last normal. Counselled to avoid alcohol.", "none"),
    F("MEDICATION RECONCILIATION:\nHydroxyurea 1000 mg daily.\nIndication: JAK2 V617F positive polycythemia vera; "
      "phlebotomy to keep Hct < 45%. Aspirin 81 mg.", "none"),
    F("PHARMACY VERIFICATION:\nRituximab 1000 mg IV days 1 and 15.\nIndication: refractory granulomatosis with "
      "polyangiitis, PR3-ANCA positive. Hep B core antibody negative. Premedications ordered.", "none"),
    F("NURSING NOTE: Leuprolide 3.75 mg IM given left gluteal. Pt tolerated well.\nIndication: endometriosis "
      "with chronic pelvic pain, add-back norethindrone continued. Next dose in 1 month.", "none"),
    F("PHARMACY NOTE:\nLetrozole 2.5 mg days 3-7 of cycle for ovulation induction, cycle 2. Dx: PCOS, "
      "anovulatory infertility. Midluteal progesterone ordered.", "none"),
    F("INFUSION NOTE:\nZoledronic acid 5 mg IV yearly infusion given. DXA T-score -2.8 lumbar spine; "
      "postmenopausal osteoporosis with prior wrist fracture. Creatinine 0.8. Hydrated before infusion.", "none"),
    F("PHARMACY NOTE: Tamoxifen 20 mg daily for 5 years for risk reduction. Pt with atypical ductal hyperplasia "
      "on excisional biopsy of right breast, no carcinoma. Gail 5-yr risk 3.4%. VTE risks discussed.", "none"),
    F("MEDICATION RECONCILIATION:\nAzacitidine 75 mg/m2 SC days 1-7, cycle 6.\nDx: myelodysplastic syndrome with "
      "excess blasts-1 (blasts 7%), IPSS-R high. Transfusion dependent. Donor search ongoing.", "none"),
    F("NURSING NOTE: Octreotide LAR 20 mg IM given.\nIndication: acromegaly due to GH-secreting pituitary "
      "macroadenoma, s/p transsphenoidal resection with residual. IGF-1 improving.", "none"),
    F("PHARMACY NOTE:\nCyclophosphamide 500 mg IV q2 weeks (Euro-Lupus), dose 4 of 6. Dx: class IV lupus "
      "nephritis. Mesna not required at this dose. Ondansetron premed.", "none"),
)

CARE = (
    F("RADIATION THERAPY TREATMENT SUMMARY:\nSite: left breast, whole breast 4256 cGy in 16 fractions, then tumour "
      "bed boost 1000 cGy in 4 fractions. Completed without break.\nDiagnosis: pT1cN0(sn) invasive ductal "
      "carcinoma, ER+/PR+/HER2-, s/p lumpectomy. Will start anastrozole.", "breast", "C50"),
    F("RADIATION THERAPY TREATMENT SUMMARY:\nTarget: prostate and seminal vesicles, IMRT 7800 cGy/39 fx with "
      "daily CBCT. ADT with leuprolide x 6 months concurrent.\nDiagnosis: unfavourable intermediate risk, "
      "Gleason 4+3=7, PSA 11.2, cT2b.", "prostate", "C61"),
    F("RADIATION THERAPY TREATMENT SUMMARY:\nWhole brain RT 3000 cGy in 10 fx completed for multiple brain "
      "metastases.\nPrimary: small cell carcinoma of the left lung, extensive stage, receiving "
      "carboplatin/etoposide/atezolizumab.", "lung", "C34|C79"),
    F("RADIATION THERAPY TREATMENT SUMMARY:\nSite: rectum and pelvic nodes, 5040 cGy/28 fx with concurrent "
      "capecitabine. Total neoadjuvant therapy; restaging MRI in 8 weeks.\nDx: adenocarcinoma 6 cm from the "
      "anal verge, mrT3N1.", "colorectal", "C20"),
    F("RADIATION ONCOLOGY FOLLOW UP:\nSRS 1400 cGy single fraction to right cerebellopontine angle lesion, "
      "completed 2 years ago. MRI: stable 1.1 cm enhancing vestibular schwannoma. Hearing stable, no tinnitus "
      "change.", "none"),
    F("RADIATION THERAPY TREATMENT SUMMARY:\nSingle fraction 700 cGy to right hip within 24 hours of total hip "
      "arthroplasty for heterotopic ossification prophylaxis. History of HO after left hip surgery.", "none"),
    F("NUCLEAR MEDICINE NOTE:\nI-131 therapy 15 mCi for Graves' disease, recurrent hyperthyroidism after "
      "methimazole taper. Pregnancy test negative. Thyroid uptake 62% at 24 h.", "none"),
    F("HOSPICE ADMISSION NOTE:\nTerminal diagnosis: metastatic adenocarcinoma of the pancreatic tail with liver "
      "and peritoneal spread, progression after FOLFIRINOX and gemcitabine. PPS 40%. Goals comfort. Celiac "
      "plexus block done last month.", "pancreas", "C25"),
    F("PALLIATIVE CARE CONSULT:\nAsked to see for pain and goals. 68M with mantle cell lymphoma relapsed after "
      "BTK inhibitor, now on venetoclax. Bulky splenomegaly causing early satiety. Family wishes to continue "
      "treatment.", "lymphoma", "C83"),
    F("HOSPICE RECERTIFICATION:\nPrimary hospice diagnosis: end-stage COPD, FEV1 22%, on 4 L O2. Secondary: "
      "history of prostate cancer treated with radiation in 2008, PSA undetectable, no treatment since. "
      "Decline continues.", "prostate", "Z85"),
    F("PALLIATIVE CARE NOTE:\nSymptoms: dyspnea from recurrent malignant pleural effusion, PleurX drained 3x "
      "weekly. Known triple-negative breast cancer with pleural and nodal metastases, off chemo by her "
      "choice.", "breast", "C50"),
    F("ED NOTE:\nChief complaint: fever 38.9 at home. On induction chemotherapy (7+3) for AML, day 14. ANC 0. "
      "Cultures drawn, cefepime within 1 hour. Admit to oncology.", "leukemia", "C92"),
    F("ED NOTE:\nHPI: 54F with headache x 3 days. No neuro deficits. CT head negative. Prior hx: cervical "
      "conization for CIN 2 in 2015, normal paps since. Dx: tension headache. Discharged.", "none"),
    F("ED DISCHARGE INSTRUCTIONS:\nYou were seen for dehydration from vomiting after your chemotherapy for stomach "
      "cancer (cancer of the gastric antrum). We gave you IV fluids. Call your oncologist Dr. office tomorrow. "
      "Return for fever over 100.4.", "stomach", "C16"),
    F("TELEPHONE TRIAGE:\nCaller: patient. Reports 6 loose stools today, day 9 of capecitabine cycle 2. Hx "
      "right hemicolectomy for cecal adenocarcinoma, stage III. Advised to hold capecitabine; same-day visit "
      "scheduled.", "colorectal", "C18"),
    F("TELEPHONE TRIAGE:\nPt called with hot flashes and joint aches since starting letrozole 2 months ago "
      "after lumpectomy and radiation for left breast cancer. Advised exercise, acetaminophen; message to "
      "NP.", "breast", "C50"),
    F("TELEPHONE ENCOUNTER:\nMother calling: son (16y) had sore throat and fever, rapid strep positive. Hx: "
      "Hodgkin lymphoma age 9 treated with ABVE-PC, off therapy since age 10, late-effects clinic yearly. "
      "Amoxicillin sent.", "lymphoma", "Z85|C81"),
    F("NUTRITION ASSESSMENT:\nWeight 58 kg, down 9% in 3 months. PEG tube placed prior to chemoradiation for "
      "base of tongue squamous cell carcinoma; now week 5 of 7. Tube feeds 5 cartons/day, goal 6.",
      "head_and_neck", "C01"),
    F("NUTRITION NOTE:\nPt s/p total gastrectomy with Roux-en-Y 2019 for gastric adenocarcinoma, NED on "
      "surveillance. Needs B12 injections monthly, dumping symptoms. Small frequent meals advised.",
      "stomach", "Z85"),
    F("NUTRITION CONSULT:\nConsulted for poor intake. 80F with advanced dementia, weight 44 kg. Family hx colon "
      "cancer in son. No malignancy in this patient. Puree diet with thickened liquids.", "none"),
    F("PHYSICAL THERAPY EVALUATION:\nDx: s/p left above-knee amputation for osteosarcoma of the distal femur; "
      "continuing adjuvant MAP chemotherapy. Goals: prosthetic training when counts allow.", "other_cancer",
      "C40"),
    F("OCCUPATIONAL THERAPY NOTE:\nLeft upper extremity lymphedema, circumference +3 cm at forearm. S/p left "
      "mastectomy with axillary dissection 2017, completed chemo and radiation 2018, no current therapy, NED.\n"
      "Compression garment refitted.", "breast", "Z85"),
    F("PHYSICAL THERAPY NOTE:\nGait training after right total knee arthroplasty day 2. Amb 150 ft with walker. "
      "PMH: osteoarthritis, hypertension, benign prostatic hyperplasia. Pain 4/10.", "none"),
    F("SOCIAL WORK NOTE:\nPt is primary caregiver for her husband who is receiving chemotherapy for multiple "
      "myeloma. She reports insomnia and caregiver strain. Referred to caregiver support group. Pt herself "
      "is healthy.", "none"),
    F("SOCIAL WORK NOTE:\nMet with pt and daughter re: transportation for daily radiation for his "
      "nasopharyngeal carcinoma (EBV+). Lives 60 miles away; American Cancer Society lodging arranged.",
      "head_and_neck", "C11"),
    F("PALLIATIVE CARE CONSULT:\nReason: symptom management in glioblastoma, right frontal, progressed after "
      "temozolomide and bevacizumab. Somnolent, dexamethasone 4 mg BID. Discussed home hospice.", "brain",
      "C71"),
    F("ED NOTE:\nPresenting with gross hematuria and clots. Known muscle-invasive urothelial carcinoma of "
      "bladder, awaiting cystectomy after neoadjuvant gem/cis. Continuous bladder irrigation started.",
      "bladder", "C67"),
    F("HOSPICE ADMISSION NOTE:\nTerminal dx: end-stage liver disease from alcohol cirrhosis, MELD 34. Liver MRI: "
      "LI-RADS 3 observation, not HCC. Comfort measures, lactulose.", "none"),
    F("TELEPHONE TRIAGE:\nPt reports rash on abdomen 2 days after CT with contrast done to follow up a renal "
      "cyst (Bosniak II). No SOB. Advised cetirizine. No prior cancer.", "none"),
    F("RADIATION THERAPY TREATMENT SUMMARY:\nKeloid of right earlobe, post-excision RT 1600 cGy in 2 fx. Prior "
      "recurrence after steroid injections.", "none"),
    F("ED NOTE:\n72M with hypercalcemia, Ca 13.4, confusion. Known multiple myeloma on carfilzomib. "
      "IV fluids, zoledronic acid, calcitonin. Admit.", "myeloma", "C90"),
)

SHORTHAND = (
    F("ONCOLOGY PROBLEM LIST:\n1. R breast pT2N1aM0, G2, ER+/PR+/HER2- (IHC 1+), Oncotype RS 31. S/p lumpectomy + "
      "ALND. Now on TC chemo C2.\n2. HTN.\n3. Hypothyroidism.", "breast", "C50"),
    F("ASSESSMENT:\nGleason 4+4=8 in 6/12 cores, PSA 22, cT3a on MRI (PI-RADS 5, EPE). Bone scan negative. High "
      "risk. Plan: RT + 18-24 mo ADT vs RP.", "prostate", "C61"),
    F("IMPRESSION:\nBreslow 0.6 mm, Clark IV, non-ulcerated, mitoses 0/mm2, margins clear, pT1a. Site: left "
      "upper back. Plan: 1 cm re-excision, no SLNB.", "melanoma", "C43"),
    F("ASSESSMENT:\ncT4aN2bM0 SCC, HPV-, left lateral oral tongue, DOI 14 mm on MRI. Tumour board: "
      "glossectomy + neck dissection + free flap, adjuvant CRT.", "head_and_neck", "C02"),
    F("ASSESSMENT:\nypT0N0 after neoadjuvant FLOT and gastrectomy - pathologic complete response of GEJ "
      "adenocarcinoma (Siewert II). Plan: 4 more cycles FLOT adjuvant.", "stomach", "C16"),
    F("ASSESSMENT:\nAnn Arbor IVB, B symptoms, IPS 4. Nodular sclerosis type. Plan: BV-AVD x 6 cycles. PFTs "
      "and echo baseline.", "lymphoma", "C81"),
    F("PROBLEM LIST:\n- R-ISS stage II, t(4;14), IgA lambda; s/p auto SCT 2023; on lenalidomide 10 mg "
      "maintenance.\n- CKD 3a.\n- Neuropathy.", "myeloma", "C90"),
    F("ASSESSMENT:\nKPS 90. IDH1 R132H mutant, 1p/19q co-deleted, WHO grade 2, left frontal, s/p GTR. Plan: RT "
      "then PCV.", "brain", "C71"),
    F("IMPRESSION:\npTa low grade papillary urothelial ca, 1.5 cm, muscularis propria present and uninvolved. "
      "Plan: single post-TURBT gemcitabine instillation, cysto q3mo.", "bladder", "C67"),
    F("ASSESSMENT:\nFIGO IB2 squamous cell carcinoma of the cervix, 3 cm. PET: no nodes. Plan: radical "
      "hysterectomy vs chemoradiation discussed.", "other_cancer", "C53"),
    F("ASSESSMENT:\npT3a pN0 clear cell RCC, ISUP grade 3, 7.8 cm, renal vein invasion, s/p radical "
      "nephrectomy 3 weeks ago. Plan: adjuvant pembrolizumab x 1 year.", "kidney", "C64"),
    F("ASSESSMENT:\nBCLC A, single 2.8 cm lesion segment 6, LI-RADS 5, AFP 18. Child-Pugh A5. Plan: "
      "microwave ablation.", "liver", "C22"),
    F("ASSESSMENT:\npT1b (1.6 cm) classic PTC, BRAF V600E, 0/3 central nodes, s/p right lobectomy. ATA low "
      "risk. Plan: no completion thyroidectomy, TSH goal 0.5-2.", "thyroid", "C73"),
    F("ASSESSMENT:\nFIGO grade 1 endometrioid, stage IA, <50% myoinvasion, LVSI negative, MMR proficient. "
      "S/p robotic TLH/BSO/SLN. Plan: observation, vaginal cuff checks.", "uterine", "C54"),
    F("ASSESSMENT:\ncT1cN0M0 stage IA3 NSCLC, adeno, RLL, PD-L1 5%, EGFR/ALK negative. Plan: RLL lobectomy "
      "with MLND.", "lung", "C34"),
    F("IMPRESSION:\nResectable, CA 19-9 412, head lesion 2.4 cm abutting SMV <180 degrees, no arterial "
      "contact. EUS FNA: adenocarcinoma. Plan: neoadjuvant mFOLFIRINOX, then Whipple.", "pancreas", "C25"),
    F("ASSESSMENT:\nFLT3-ITD+, NPM1+, normal karyotype, blasts 62%. ELN 2022 intermediate. Plan: 7+3 with "
      "midostaurin.", "leukemia", "C92"),
    F("ASSESSMENT:\nRai stage I, Binet A, IGHV mutated, ALC 14K, no cytopenias. Plan: watch and wait, CBC q3 "
      "months.", "leukemia", "C91"),
    F("ASSESSMENT:\npT3N1bM0, MSI-high, 4/21 nodes, s/p laparoscopic right hemicolectomy. Plan: adjuvant "
      "CAPOX x 3 months.", "colorectal", "C18"),
    F("ASSESSMENT:\nPSA 1.4 (age 61), stable x 3 yrs. PI-RADS 2 on MRI last year. No biopsy indicated. DRE "
      "smooth, 25 g. Recheck PSA 1 year.", "none"),
    F("IMPRESSION:\nMammogram BI-RADS 2: benign calcifications and stable intramammary node, left breast. "
      "Routine annual screening.", "none"),
    F("ASSESSMENT:\nThyroid nodule 2.1 cm TI-RADS 3; FNA Bethesda II (benign follicular nodule). Repeat US in "
      "1-2 years.", "none"),
    F("ASSESSMENT:\nLung-RADS 2 on LDCT: 4 mm solid nodule RUL, unchanged. 40 pack-year smoker. Annual LDCT "
      "next year.", "none"),
    F("ASSESSMENT:\nCA-125 48 in premenopausal woman with endometriosis; 5 cm left ovarian endometrioma on "
      "US, O-RADS 3. Laparoscopic cystectomy: endometriotic cyst, no malignancy.", "none"),
    F("ASSESSMENT:\nAFP elevated on second-trimester quad screen (MSAFP 2.8 MoM). Level II US: normal anatomy, "
      "no neural tube defect. Placenta normal.", "none"),
    F("ASSESSMENT:\nCEA 6.1 in heavy smoker, obtained by outside PCP. Colonoscopy 2 months ago normal; CT chest "
      "and abdomen negative. Smoking likely cause. No further workup.", "none"),
    F("ASSESSMENT:\nM-protein 0.6 g/dL IgG kappa, BM plasma cells 4%, no CRAB. MGUS, low-intermediate risk. "
      "Recheck SPEP in 6 months.", "none"),
    F("ASSESSMENT:\nHER2 3+ by IHC, ER/PR negative. cT2N1 left breast, started THP neoadjuvant. Echo EF 60%.",
      "breast", "C50"),
    F("ASSESSMENT:\nPSA rose to 0.42 from undetectable 4 years after RP (pT3aN0, Gleason 4+3). PSMA PET: "
      "prostate bed uptake only. Plan: salvage RT + 6 mo ADT.", "prostate", "C61"),
    F("ASSESSMENT:\nStage IIIC (T4b N1b) melanoma, R forearm, BRAF V600E. S/p WLE and completion LND. Plan: "
      "adjuvant dabrafenib/trametinib.", "melanoma", "C43"),
)

TYPOS = (
    F("pt is 67yo m w/ hx adenocarcinma of the prostrate gleason 4+3 dx 2024 currently on lupron q3mo and "
      "enzalutamide psa trending down. no bone pain. f/u 3mo", "prostate", "C61"),
    F("CC: F/U\nHPI: 58 YO F WITH METASTATIC BREAST CA TO BONE AND LIVER ON LETROZOLE AND PALBOCICLIB C14. "
      "DENIES NEW PAIN. CBC: ANC 1.1.\nPLAN: CONT SAME, DENOSUMAB Q4WK.", "breast", "C50"),
    F("Labs: Na 138, K 4.1, Ca 8.2, Mg 1.9, Phos 3.0. Albumin 3.1, corrected Ca 8.9.\nA/P: hypocalcemia "
      "resolved after repletion. No hx of CA. Colonoscopy 2023 normal. D/c home.", "none"),
    F("Allergies: NKDA. ALL meds reviewed and reconciled with pt at bedside.\nPMH: HTN, DM2, GERD, OSA on CPAP.\n"
      "Plan: cont home meds.", "none"),
    F("PMH: ALL dx age 4, tx per COG protocol, off tx at age 7, in long term remission (now 34). Late effects: "
      "anthracycline - echo normal 2025.\nPresents today for annual physical.", "leukemia", "Z85|C91"),
    F("Lesion measures 6 MM x 4 MM on dermoscopy, symmetric, uniform brown, reticular network. Impression: "
      "benign compound nevus. No excision needed. Pt worried re: melanoma; reassured.", "none"),
    F("ASSESSMENT: MM, IgG kappa, dx 2025, cycle 4 of Dara-VRd. Bone marrow pending for response. Cont "
      "acyclovir, ASA.", "myeloma", "C90"),
    F("RISK ADJUSTMENT REVIEW:\nHCC codes captured this year: HCC 37 diabetes with chronic complications, HCC 226 "
      "heart failure. No cancer diagnosis documented. Coder query sent re: CKD stage.", "none"),
    F("pt w/ hepatocelular carcinomma on bkgd NASH cirrhosis s/p TACE x2 to seg 8 lesion, AFP 340->90. MRI "
      "shows residual enhancement - plan repeat TACE", "liver", "C22"),
    F("a/p: 1. non smal cell lung ca, sqamous, LLL, stage IIIA, on concurent chemorad (carbo/taxol) wk 3 of 6 "
      "2. copd 3. hld", "lung", "C34"),
    F("IMP: diffuse larg b cell lymphomna of the stomache, h pylori neg, stage IE. plan R-CHOP x 3 + ISRT",
      "lymphoma", "C83"),
    F("HPI 49f w/ newly dx'd invasive lobular carcinma of the L brest, 3.1cm, ER+ PR+ HER2neg. MRI also 1.2 cm "
      "satellite. planing mastectomy + SLNB next wk", "breast", "C50"),
    F("Dx: glioblastomma multiforme R parietal, IDH-wt, MGMT unmethylated. s/p craniotmy + resection 3 wks ago. "
      "start XRT/TMZ mon.", "brain", "C71"),
    F("pt here for papilary thryoid ca f/u. s/p TT + RAI 2019. Tg undetectable, TgAb neg, US neck clear. on "
      "levo 125. dx NED -- no tx since 2019. cont annual labs", "thyroid", "Z85"),
    F("cc: blood in urine\nA/P: 71M ex-smoker w/ recurent papillary urothelial ca of the bladdder, high grade, "
      "found on cysto today. book TURBT. UA/cx sent", "bladder", "C67"),
    F("ASSESSMENT\nPANCREATIC ADENOCARCNOMA BODY/TAIL, STAGE IV (LIVER METS), ON GEM/ABRAXANE C3. ECOG 1. "
      "ENOXAPARIN FOR PE.", "pancreas", "C25"),
    F("Imp: chronic myelogenous leukemea, chronic phase, on dasatanib 100 mg, MMR achieved. BCR-ABL 0.05%. cont.",
      "leukemia", "C92"),
    F("A/P: renal cel carcinoma L kidny 3.2cm, clear cell on bx, pt elects partial nephrectmy. Cr 0.9.",
      "kidney", "C64"),
    F("ASSESSMENT: EOSOPHAGEAL CA MID THIRD SQAMOUS, CT2N1, ON CROSS (CARBO/TAXOL + 41.4 GY). J-TUBE FEEDS.",
      "other_cancer", "C15"),
    F("HPI: 62yo w/ hx of colan ca s/p LAR 2018 for recto-sigmoid tumor, f/u scopes neg x3, CEA nl. No tx "
      "since 2018. Here for knee pain.", "colorectal", "Z85"),
    F("A/P\n- ca screening: mammo due, colonoscopy up to date (2022, 2 hyperplastic polyps), PAP/HPV neg 2024\n"
      "- HTN ctrl\n- flu shot today", "none"),
    F("Dx: r/o ca of the stomache - EGD bx: chronic gastritis, H pylori +, no dysplasia or malignacy. Tx: "
      "triple therapy.", "none"),
    F("IMP: BCC L nasal ala, nodular type, 7mm. Plan Mohs. Hx: sevral AKs treated w/ LN2.", "other_cancer",
      "C44"),
    F("bx R tonsil: invasive sqamous cell ca, p16+. pet ct: L2 node. plan TORS vs chemoRT, tumor bd thurs",
      "head_and_neck", "C09"),
    F("NOTE: SOB. CXR L effusion. Thoracentesis cytology: NEG FOR MALIGNANT CELLS, reactive mesothelial cells. "
      "Effusion 2/2 CHF. Pt w/ no ca hx.", "none"),
    F("PMHx: DM2, HTN, h/o DCIS R brest s/p lumpectmy + XRT 2012, no tamoxifen, mammos neg since.", "breast",
      "Z86"),
    F("A/P: t-cell ALL, induction day 29 MRD neg. cont consolidation per protocol. IT MTX today.", "leukemia",
      "C91"),
    F("RADIOLOGY: 2 cm hypodense liver lesion, c/w hemangioma (peripheral nodular enhancement). NO EVIDENCE OF "
      "MALIGNANCY. No f/u needed.", "none"),
    F("Assessment: SMOLDERING MULTIPLE MYLEOMA, high risk (M-spike 3.2, FLC ratio 40), enrolled on trial of "
      "daratumumab.", "myeloma", "C90"),
    F("dx: endometral ca grade 2, post menopausal bleeding, EMB showed endometroid adenocarc. TLH BSO sched",
      "uterine", "C54"),
    F("pt s/p hemithyroidectmy for follicular adenoma 2020, benign path. now TSH 3.1 on no meds. no nodules on "
      "US", "none"),
)

NEGATION = (
    F("FAMILY HISTORY: Mother breast cancer at 44, maternal aunt ovarian cancer at 52.\nGENETICS: Patient tested "
      "BRCA1 pathogenic variant positive. No personal history of cancer. MRI breast and mammogram alternating "
      "q6 months, last BI-RADS 1.", "none"),
    F("OPERATIVE NOTE:\nProcedure: bilateral prophylactic nipple-sparing mastectomy with implant reconstruction.\n"
      "Indication: BRCA2 carrier, strong family history.\nPathology (addendum): benign breast tissue with "
      "fibrocystic change, no atypia or carcinoma bilaterally.", "none"),
    F("OPERATIVE NOTE:\nProcedure: risk-reducing laparoscopic bilateral salpingo-oophorectomy.\nIndication: BRCA1 "
      "carrier, age 41. Pathology: ovaries and fallopian tubes with no STIC or carcinoma; SEE-FIM protocol.",
      "none"),
    F("HPI: 45M referred for Lynch syndrome (MSH2) found on cascade testing after his sister's endometrial "
      "cancer. Colonoscopy today: normal to cecum, no polyps. Repeat 1-2 years.", "none"),
    F("HPI: Concern for lymphoma given 3 cm cervical node and night sweats. Excisional biopsy: reactive "
      "follicular hyperplasia, flow cytometry without monoclonal population. Likely viral; EBV IgM +.", "none"),
    F("HPI: 60F with postmenopausal bleeding. TVUS endometrial stripe 9 mm. Hysteroscopy D&C: atrophic "
      "endometrium and benign endometrial polyp, negative for hyperplasia and carcinoma.", "none"),
    F("IMPRESSION: Concern for recurrent glioma on MRI (new enhancement at resection bed) 6 months after RT. "
      "Re-resection pathology: radiation necrosis, no viable tumour. History: grade 3 astrocytoma, IDH "
      "mutant, resected 2024, completed RT and temozolomide 2025.", "brain", "Z85|C71"),
    F("HPI: 56M with 20 lb weight loss and painless jaundice; CT showed pancreatic head fullness. EUS FNA: "
      "autoimmune pancreatitis type 1, IgG4 420. No malignancy. Started prednisone.", "none"),
    F("HPI: 30F with breast lump. US: 2 cm oval circumscribed mass. Core biopsy: fibroadenoma, concordant. "
      "Family history: grandmother with colon cancer in her 70s.", "none"),
    F("HPI: 70M, PSA 7.8. Prostate MRI PI-RADS 3. Fusion biopsy 14 cores: benign prostatic tissue with chronic "
      "inflammation, no HGPIN or carcinoma. Plan repeat PSA 6 months.", "none"),
    F("HPI: Renal mass 4 cm found on CT for kidney stone. Partial nephrectomy pathology: oncocytoma, margins "
      "negative. Father had kidney cancer.", "none"),
    F("HPI: 52F on screening colonoscopy: 3 tubular adenomas, largest 12 mm, low-grade dysplasia, completely "
      "removed. Brother diagnosed with colon cancer at 49. Repeat colonoscopy 3 years.", "none"),
    F("HPI: Hematuria workup: CT urogram normal, cystoscopy normal, urine cytology negative. Pt smokes 1 ppd. "
      "Wife treated for bladder cancer last year.", "none"),
    F("SOCIAL HISTORY: Lives with daughter who is on chemotherapy for leukemia; pt helps with childcare.\nHPI: "
      "Here for fatigue. Hgb 10.9, ferritin 8. Iron deficiency anemia; colonoscopy and EGD scheduled.", "none"),
    F("HPI: 58F here for her own stage II colon cancer treatment, C5 of CAPOX after sigmoid colectomy. "
      "Mother died of breast cancer at 60 and sister had ovarian cancer; genetics referral placed.",
      "colorectal", "C18"),
    F("FAMILY HISTORY: Father died of lung cancer at 66.\nHPI: 63M with hematuria found to have a 2 cm "
      "papillary bladder tumour; TURBT pathology high-grade noninvasive papillary urothelial carcinoma (pTa). "
      "Plan BCG induction.", "bladder", "C67"),
    F("HPI: 44F referred for thyroid nodule. Denies radiation exposure. Sister had papillary thyroid cancer. "
      "FNA of 1.8 cm right nodule: Bethesda VI, papillary thyroid carcinoma. Total thyroidectomy planned.",
      "thyroid", "C73"),
    F("ASSESSMENT: Melanoma was suspected clinically (asymmetric, 8 mm, irregular border). Excisional biopsy: "
      "seborrheic keratosis, irritated. No melanocytic lesion. Routine skin checks.", "none"),
    F("HPI: Lung nodule 9 mm RUL, PET avid SUV 3.2. CT-guided biopsy: necrotizing granuloma, AFB stain "
      "negative, fungal stain positive for Histoplasma. Not malignant.", "none"),
    F("HPI: 38M, testicular mass on US. Radical inguinal orchiectomy: seminoma, 3.2 cm, confined to testis, "
      "no LVI, markers normal post op. Uncle had prostate cancer. Plan: surveillance.", "other_cancer", "C62"),
    F("HPI: patient worried about cancer because her best friend just died of pancreatic cancer. Epigastric "
      "pain after meals, improved with PPI. Abd exam benign. Reassured; no imaging needed.", "none"),
    F("HPI: 66M with dysphagia. EGD: Barrett's esophagus, 4 cm, no dysplasia on biopsies. Rule out "
      "adenocarcinoma - negative. PPI BID, surveillance 3-5 years.", "none"),
    F("ASSESSMENT: Enlarged cervical lymph node on imaging raised the question of metastatic head and neck "
      "cancer. FNA: benign lymphoid tissue. Panendoscopy negative. Follow-up US in 3 months.", "none"),
    F("HPI: Liver lesion 3 cm in 35F on OCP, MRI with hepatobiliary agent: focal nodular hyperplasia. No "
      "further imaging. Mother had liver cancer (hepatitis B).", "none"),
    F("FAMILY HISTORY: Mother and two maternal aunts with breast cancer.\nHPI: 47F, new diagnosis of right "
      "breast ductal carcinoma in situ, high grade, 2.5 cm, on stereotactic biopsy. Lumpectomy planned.",
      "breast", "D05"),
    F("HPI: 71M, annual LDCT. 22 mm part-solid RUL nodule growing. Wedge resection: invasive adenocarcinoma, "
      "acinar predominant, 1.8 cm invasive component. Completion lobectomy next month. No family history.",
      "lung", "C34"),
    F("HPI: 19F with fatigue and easy bruising. Peripheral smear: no blasts. Bone marrow: hypocellular "
      "(10%), no leukemia, no fibrosis. Dx: severe aplastic anemia. ATG/cyclosporine planned.", "none"),
    F("HPI: Ovarian mass 9 cm. Frozen section and final: serous borderline tumor, no invasive implants. "
      "Staging omentum and washings negative.", "none"),
    F("HPI: Cervical cancer screening: cytology ASC-US, HPV 16 positive. Colposcopy biopsy: CIN 1. Repeat "
      "co-test in 1 year. No history of cervical cancer.", "none"),
    F("HPI: Neck mass in 8-year-old, cervical lymphadenopathy. Biopsy: Kikuchi-Fujimoto disease "
      "(histiocytic necrotizing lymphadenitis), no lymphoma. Oncology not needed.", "none"),
    F("HPI: 55M, brother and father with colon cancer. Colonoscopy: 2.5 cm sessile rectal polyp, EMR. "
      "Pathology: tubulovillous adenoma with focus of invasive adenocarcinoma into submucosa (pT1), margin "
      "1 mm. Surgery referral.", "colorectal", "C20"),
    F("GENETIC COUNSELING NOTE:\nReferral: family history. Patient's father had pancreatic cancer at 62. "
      "Patient (42F) with no cancer history. Multigene panel: ATM VUS only. Screening per guidelines.", "none"),
)

MULTIPLE = (
    F("PROBLEM LIST:\n1. Stage IIIA adenocarcinoma LUL, newly diagnosed, starting carboplatin/pemetrexed with "
      "RT next week.\n2. Left breast cancer 2009, lumpectomy/XRT, 5 y tamoxifen, NED.\n3. COPD.", "lung", "C34"),
    F("ASSESSMENT:\n1. DLBCL, stage IV, C2 of R-CHOP - tolerating well.\n2. History of melanoma of the back, "
      "excised 2012, no recurrence.\n3. DM2.", "lymphoma", "C83"),
    F("PROBLEM LIST:\n1. CHF, EF 30%.\n2. AFib on apixaban.\n3. Hx colon cancer s/p right hemicolectomy 2015, "
      "completed adjuvant chemo 2016, surveillance colonoscopy 2024 normal.\n4. CKD 3.", "colorectal", "Z85"),
    F("ASSESSMENT:\nHistory of left breast IDC 2014 (lumpectomy, RT, AI x 5 y, done 2019). Now new right breast "
      "mass; core biopsy: invasive lobular carcinoma, ER+, new primary. Staging MRI and surgery consult.",
      "breast", "C50"),
    F("ASSESSMENT:\n1. Prostate cancer, Gleason 3+3, low volume, on active surveillance - PSA stable.\n"
      "2. Muscle-invasive bladder cancer on TURBT 2 weeks ago - for neoadjuvant ddMVAC then radical "
      "cystoprostatectomy.", "bladder", "C67"),
    F("ASSESSMENT:\n1. CLL, Rai 0, observation since 2019, no treatment indicated.\n2. Invasive SCC of the "
      "right cheek, 2.1 cm, poorly differentiated - for Mohs this week.\n3. Hx of multiple BCCs.",
      "other_cancer", "C44"),
    F("ONCOLOGY NOTE:\nDx 1: Metastatic castration-resistant prostate cancer on enzalutamide, PSA rising, "
      "planning Lu-177 PSMA.\nDx 2: Monoclonal gammopathy of undetermined significance, stable.", "prostate",
      "C61"),
    F("HPI: Pt with hx of Hodgkin lymphoma treated with mantle field RT at age 20 (1994), cured. Now 51F with "
      "screening MRI finding: biopsy-proven invasive ductal carcinoma, left breast, 1.4 cm. Radiation-"
      "associated second primary. Mastectomy planned.", "breast", "C50"),
    F("ASSESSMENT:\n1. Renal cell carcinoma, left, 2.5 cm, found incidentally; cryoablation done today.\n2. "
      "Papillary thyroid microcarcinoma 4 mm on prior lobectomy 2017 - no further treatment, Tg stable.",
      "kidney", "C64"),
    F("DISCHARGE SUMMARY:\nPrincipal dx: neutropenic fever.\nOncologic dx: acute myeloid leukemia, therapy-related, "
      "after chemotherapy for breast cancer (2020, completed, NED); currently on venetoclax/azacitidine "
      "cycle 2.", "leukemia", "C92"),
    F("PMH:\n- Hx prostate cancer s/p radical prostatectomy 2010, PSA undetectable\n- Bladder cancer, "
      "high-grade pTa 2025, now on maintenance BCG (month 6), cystoscopy negative\n- HTN, HLD\nHPI: here "
      "for cataract surgery clearance.", "bladder", "C67"),
    F("ASSESSMENT:\n1. Cholangiocarcinoma, perihilar (Klatskin), unresectable, on gemcitabine/cisplatin/"
      "durvalumab.\n2. Primary sclerosing cholangitis.\n3. Ulcerative colitis, surveillance colonoscopy "
      "negative for dysplasia.", "other_cancer", "C24"),
    F("HPI: 66M with known smoldering myeloma (no treatment) now diagnosed with squamous cell carcinoma of the "
      "larynx, glottic, T2N0, starting definitive radiation.", "head_and_neck", "C32"),
    F("DISCHARGE SUMMARY:\nAdmitted for hip fracture repair. PMH: essential thrombocythemia on hydroxyurea; "
      "MGUS; thyroid nodule (benign FNA 2019). No malignancy. Discharged to rehab.", "none"),
    F("PROBLEM LIST:\n1. Hepatitis C cirrhosis, Child B.\n2. Hepatocellular carcinoma, 3 cm, segment 7 - listed "
      "for transplant, bridging with TACE.\n3. Esophageal varices, banded.\n4. Remote hx of basal cell "
      "carcinoma of ear, excised.", "liver", "C22"),
    F("ASSESSMENT:\n1. Squamous cell carcinoma of the anal canal, HIV-associated, on Nigro chemoradiation week 3.\n"
      "2. HIV on ART, CD4 410.\n3. History of anal condyloma.", "colorectal", "C21"),
    F("ASSESSMENT:\n1. Follicular lymphoma grade 1-2, low tumour burden, watch and wait since 2022.\n2. "
      "Adenocarcinoma of the stomach, antrum, found on EGD for anemia - staging CT and EUS pending, "
      "perioperative FLOT planned.", "stomach", "C16"),
    F("PMH: Breast cancer 1998 (lumpectomy/RT), no evidence of disease since. Thyroid cancer 2005 "
      "(thyroidectomy/RAI).\nHPI: rising thyroglobulin; US and FNA confirm recurrent papillary carcinoma in "
      "left level III-IV nodes. Neck dissection scheduled.", "thyroid", "C73"),
    F("ASSESSMENT:\n1. Atypical meningioma WHO grade 2, s/p resection and RT.\n2. New 6 mm left upper lobe "
      "nodule, stable over 2 years - benign.\n3. Hypothyroidism.", "none"),
    F("ASSESSMENT:\n1. Endometrial serous carcinoma, stage IIIA, on carboplatin/paclitaxel/trastuzumab.\n2. Hx "
      "of DCIS left breast 2013, lumpectomy and RT, no further treatment.", "uterine", "C54"),
    F("ASSESSMENT:\n1. Metastatic melanoma to lung and brain, on ipilimumab/nivolumab, primary on scalp excised "
      "2023.\n2. Immune-related colitis grade 2 on prednisone taper.\n3. Hx of prostate cancer, "
      "prostatectomy 2012, PSA undetectable.", "melanoma", "C43|C78|C79"),
    F("HOSPITAL COURSE:\nPt with known pancreatic neuroendocrine tumour, 1.5 cm, nonfunctional, on surveillance, "
      "admitted for acute appendicitis. Appendectomy: acute appendicitis, no neoplasm. Discharged POD 2.",
      "pancreas", "C25"),
    F("ASSESSMENT:\n1. Chronic lymphocytic leukemia, progressive, starting acalabrutinib.\n2. Hx of colon "
      "adenocarcinoma stage I, s/p sigmoid colectomy 2018, no chemo, surveillance negative.", "leukemia",
      "C91"),
    F("ASSESSMENT:\n1. Oligodendroglioma, left frontal, resected 2016, RT/PCV completed 2017, stable MRI.\n"
      "2. New diagnosis: papillary urothelial carcinoma of the left renal pelvis on ureteroscopic biopsy; "
      "nephroureterectomy planned.", "kidney", "C65"),
    F("PROBLEM LIST:\n1. Sarcoidosis, pulmonary, on prednisone.\n2. Monoclonal B-cell lymphocytosis.\n3. "
      "Hashimoto thyroiditis.\n4. Colon polyps (hyperplastic).", "none"),
    F("ASSESSMENT:\n1. Multiple myeloma in VGPR on lenalidomide maintenance.\n2. History of basal cell carcinoma, "
      "right shoulder, excised 2019, no recurrence.", "myeloma", "C90"),
    F("ASSESSMENT:\n1. Invasive ductal carcinoma right breast, s/p mastectomy 2014, anastrozole completed 2019, NED.\n"
      "2. Newly found 1.2 cm papillary thyroid carcinoma on FNA - total thyroidectomy scheduled next week.",
      "thyroid", "C73"),
    F("ASSESSMENT:\n1. Neuroendocrine (carcinoid) tumour of terminal ileum, 1.8 cm, with mesenteric nodal "
      "metastasis, s/p ileocecectomy, on octreotide.\n2. Carcinoid heart disease screening echo normal.",
      "other_cancer", "C7A|C7B"),
    F("HPI: 74F s/p Whipple for ampullary adenocarcinoma 2019, completed adjuvant chemo, surveillance NED. Now "
      "with new hepatic lesions, biopsy: metastatic adenocarcinoma consistent with ampullary primary. "
      "Start FOLFIRINOX.", "other_cancer", "C24|C78"),
    F("DISCHARGE SUMMARY:\nDx: community-acquired pneumonia. PMH: hx kidney transplant 2018 on tacrolimus; "
      "follicular lymphoma 2016 treated with bendamustine-rituximab, in complete remission, no treatment "
      "since.", "lymphoma", "Z85|C82"),
)

ANATOMY = (
    F("TELEPHONE NOTE:\nDaughter says her mum has cancer of the voice box and is booked for the operation to "
      "remove it next week; she is asking about the breathing hole in the neck afterwards (total "
      "laryngectomy, T4a glottic SCC per ENT letter).", "head_and_neck", "C32"),
    F("NURSING ADMISSION NOTE:\nPt states she has cancer of the gullet and cannot swallow solids, only soup. "
      "GI letter: adenocarcinoma of the distal oesophagus at 35 cm, GEJ spared. Stent placed today.",
      "other_cancer", "C15"),
    F("HPI: Pt says 'they found cancer in the neck of my womb' on her smear follow-up. Colposcopy LEEP: "
      "invasive squamous cell carcinoma of the cervix, depth 4 mm. Referred to gyn onc.", "other_cancer",
      "C53"),
    F("HPI: 68F, 'cancer of the womb' per patient, bleeding after the change. Biopsy from the lining of the "
      "womb: endometrioid adenocarcinoma grade 1. Hysterectomy booked.", "uterine", "C54|C55"),
    F("HPI: Patient describes 'a growth in the back passage' with bleeding. Exam: mass 4 cm above the anal "
      "verge, biopsy adenocarcinoma, moderately differentiated, in the rectum. MRI staging ordered.",
      "colorectal", "C20"),
    F("HPI: Pt reports 'cancer of the windpipe' - bronchoscopy shows adenoid cystic carcinoma of the distal "
      "trachea, 2 cm above the carina. Tracheal resection planned.", "lung", "C33"),
    F("HPI: 'A lump under my tongue' - exam: 2 cm ulcerated lesion of the anterior floor of mouth; biopsy "
      "squamous cell carcinoma. Tongue mobile.", "head_and_neck", "C04"),
    F("HPI: 55M with a sore on the roof of his mouth for 3 months. Biopsy of hard palate lesion: squamous "
      "cell carcinoma, moderately differentiated. CT shows no bone erosion.", "head_and_neck", "C05"),
    F("HPI: Hoarseness and throat pain. Laryngoscopy: exophytic mass of the left pyriform sinus, biopsy "
      "squamous cell carcinoma. Vocal cords mobile.", "head_and_neck", "C12"),
    F("HPI: Swelling in front of the right ear for 6 months. Superficial parotidectomy: mucoepidermoid "
      "carcinoma, high grade, 2.8 cm. Facial nerve preserved.", "head_and_neck", "C07"),
    F("HPI: 'Cancer in the lining of the tummy' per patient. CT: omental caking. Laparoscopy biopsy: "
      "high-grade serous carcinoma; both ovaries involved on imaging, primary ovarian per gyn onc. "
      "Neoadjuvant carboplatin/paclitaxel.", "other_cancer", "C56"),
    F("HPI: Pt says her 'water works tube from the kidney' had a growth. Ureteroscopy biopsy: low-grade "
      "urothelial carcinoma of the mid left ureter, 1 cm. Segmental ureterectomy planned.", "bladder", "C66"),
    F("HPI: 'Cancer in the bag that stores bile' - cholecystectomy for stones; pathology incidental "
      "adenocarcinoma of the gallbladder fundus, pT1b. Re-resection of liver bed planned.", "other_cancer",
      "C23"),
    F("HPI: Patient was told he has 'sugar gland' cancer - clarified: adenocarcinoma of the body of the "
      "pancreas on EUS biopsy, encasing the celiac axis. Chemo first.", "pancreas", "C25"),
    F("HPI: 'I have cancer in my blood' - clarified with oncology letter: chronic lymphocytic leukemia, "
      "diagnosed on routine blood count 2 years ago, no treatment yet.", "leukemia", "C91"),
    F("HPI: Patient reports 'glands swollen in my neck and armpits' and was told it is 'cancer of the lymph "
      "glands'. Node biopsy: classic Hodgkin lymphoma, mixed cellularity. PET stage IIIA.", "lymphoma", "C81"),
    F("HPI: Lump in the left armpit; core biopsy: metastatic carcinoma, ER+, GATA3+, consistent with breast "
      "primary; mammogram and MRI show a 1.5 cm left upper outer quadrant mass. Neoadjuvant therapy.",
      "breast", "C50"),
    F("HPI: 72M, 'a spot on my ear' for a year, bleeding. Excision helix right ear: squamous cell carcinoma, "
      "well differentiated, margins clear.", "other_cancer", "C44"),
    F("HPI: 'A dark mole on the sole of my foot' changing over months. Excision: acral lentiginous melanoma, "
      "Breslow 1.8 mm. SLNB scheduled.", "melanoma", "C43"),
    F("HPI: Lump in the 'Adam's apple area' moving on swallowing. US: 3 cm left thyroid nodule. FNA: "
      "follicular neoplasm (Bethesda IV). Lobectomy pathology: follicular adenoma, no capsular or vascular "
      "invasion.", "none"),
    F("HPI: 'A growth in my waterworks' - cystoscopy for blood in the urine: bladder trigone papillary "
      "tumour; TURBT pathology low-grade papillary urothelial carcinoma, noninvasive.", "bladder", "C67"),
    F("HPI: 'Cancer of the back of the nose' per patient (Chinese origin, EBV DNA elevated). Nasopharyngoscopy "
      "biopsy: nonkeratinizing carcinoma of the nasopharynx. IMRT with cisplatin.", "head_and_neck", "C11"),
    F("HPI: 'The gland below my ear on the left is swollen' - parotid mass, FNA Warthin tumour. Superficial "
      "parotidectomy: Warthin tumour, benign. Smoker.", "none"),
    F("HPI: Patient says he had 'a kidney tumour' removed. Records: left partial nephrectomy 2021, "
      "angiomyolipoma, benign. Follow-up US normal.", "none"),
    F("HPI: 'My bowel lining has polyps' - family of FAP. Prophylactic total proctocolectomy with IPAA: "
      "hundreds of adenomas, low-grade dysplasia, no carcinoma.", "none"),
    F("HPI: 'Lump in the left breast' near the nipple, 1.5 cm. US and biopsy: intraductal papilloma without "
      "atypia. Excision concordant benign.", "none"),
    F("HPI: 'Swollen testicle on the right' - US: hydrocele with normal testis. Epididymal cyst. No solid "
      "mass. Tumour markers not needed.", "none"),
    F("HPI: 60F 'bone marrow cancer' per family - records: IgA kappa multiple myeloma with lytic lesions, on "
      "bortezomib/lenalidomide/dexamethasone.", "myeloma", "C90"),
    F("HPI: 'Growth in the top part of the stomach where the food pipe joins' - EGD: ulcerated mass of the "
      "gastric cardia extending into the GE junction, biopsy adenocarcinoma (Siewert III).", "stomach", "C16"),
    F("HPI: 'The spot on my liver was from my bowel cancer' - liver metastases from sigmoid colon "
      "adenocarcinoma, primary in place, on FOLFOX-bevacizumab.", "colorectal", "C18"),
    F("HPI: 'A tumour on the lining of the brain', resected: meningioma WHO grade 1, convexity, Simpson 1. "
      "No further treatment.", "none"),
    F("HPI: 'Cancer in the lining of the lung' from asbestos work in the shipyards. Pleural biopsy at VATS: "
      "malignant mesothelioma, epithelioid type. Talc pleurodesis done.", "other_cancer", "C45"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "orders": ORDERS,
    "care": CARE,
    "shorthand": SHORTHAND,
    "typos": TYPOS,
    "negation": NEGATION,
    "multiple": MULTIPLE,
    "anatomy": ANATOMY,
}

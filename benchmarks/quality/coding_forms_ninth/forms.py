"""The ninth family: the ICD-10-CM category as a coder assigns it from an excerpt whose statements must be reconciled.

Written blind 2026-12-04 by someone who had not read the coder, its rules, its tests, docs/coding.md or the
other families' forms, only issue 17, DESIGN.md (the 17 types and their ICD-10-CM ranges), the probe, the
`Form` class, the eighth family's docstring (its labelling decisions are followed here), the labelling rules
of tests/fixtures/mtsamples_gold_README.md and real MTSamples text for style. Committed before the probe was
first run on it. One module: `FORMS` maps class -> forms; every class holds cancer and `none` forms (about a
third `none`). Each form is several lines or sections: problem lists, dictated prose, pathology diagnosis
lines, abbreviations.

Classes: metastatic (primary against secondary C77-C79, primary in place or removed, unknown primary C80,
carcinomatosis, Krukenberg, cutaneous and leptomeningeal spread, and metastasis work-ups that proved benign),
haematologic (lymphoma, leukaemia and myeloma by subtype: Hodgkin C81, follicular C82, DLBCL / mantle cell /
SLL / Burkitt / lymphoblastic lymphoma C83, T-cell C84, MALT and Waldenström C88, CLL and ALL and hairy cell
C91, AML / CML / APL C92, CMML C93, myeloma / plasmacytoma / plasma cell leukaemia C90; lymphoma at an
organ site; MGUS, MDS, polycythaemia vera, essential thrombocythaemia, monoclonal B-cell lymphocytosis and
reactive nodes are `none`), skin (melanoma C43 and melanoma in situ D03, basal and squamous cell C44,
Merkel cell C4A, squamous cell in situ D04, mycosis fungoides C84, Kaposi C46, dermatofibrosarcoma C44,
perianal skin C44; naevi, keratoses and other benign lesions `none`), neuroendocrine_sarcoma (carcinoid and
well-differentiated neuroendocrine tumours C7A, their metastases C7B, pancreatic islet-cell tumours C25,
small cell and large cell neuroendocrine lung carcinoma C34, Merkel excluded here, medullary thyroid C73,
GIST C49 whatever its organ, soft-tissue sarcoma C49, retroperitoneal and peritoneal C48, bone C40/C41,
uterine leiomyosarcoma C54, angiosarcoma of the liver C22; lipoma, leiomyoma, desmoid, STUMP, schwannoma,
benign pheochromocytoma `none`), episode (pre-operative suspicion against post-operative pathology,
recurrence against a new primary, multiple primaries and which one the note is about, borderline tumours
and benign final pathology `none`), anatomy (overlapping and bilateral sites C50 / C34, male breast, ovary
C56 / fallopian tube C57 / peritoneum C48, intrahepatic cholangiocarcinoma C22 against hilar and distal bile
duct C24 and gallbladder C23, oesophagus C15 against GE junction C16, appendix C18, anal canal C21 against
rectum C20 and rectosigmoid C19, renal pelvis C65 against ureter C66 and kidney C64, mesothelioma C45 by
site, urachus C67, thymus C37, adrenal C74; adenomas, IPMN with low-grade dysplasia, oncocytoma,
angiomyolipoma, NIFTP `none`), paediatric_cns (Wilms C64, neuroblastoma C74 / C47 / C48, retinoblastoma
C69, hepatoblastoma C22, medulloblastoma and gliomas C71, malignant meningioma C70, spinal cord and cranial
nerve C72, primary CNS lymphoma C83; benign meningioma D32, vestibular schwannoma and haemangioblastoma D33,
atypical meningioma D42, pituitary adenoma D35, craniopharyngioma D44, ganglioneuroma D36, mesoblastic
nephroma D41 `none`).

Labelling decisions (the eighth family's, plus):
- the type follows the ICD-10-CM category of the main cancer: a category inside a type's range is that type
  (intrahepatic cholangiocarcinoma C22 is liver, renal pelvis C65 is kidney, ureter C66 is bladder, uterine
  leiomyosarcoma C54 is uterine, pancreatic islet-cell / neuroendocrine tumour C25 is pancreas, primary CNS
  lymphoma C83 is lymphoma, gastric MALT lymphoma C88 is lymphoma, mycosis fungoides C84 is lymphoma); one
  outside every range is other_cancer (carcinoid C7A and its metastases C7B whatever the organ, GIST C49
  whatever the organ, skin other than melanoma C44 / C4A / D04, Kaposi C46, mesothelioma C45, ovary /
  tube / peritoneum C56 / C57 / C48, extrahepatic bile duct and ampulla C24, gallbladder C23, oesophagus
  C15, neuroblastoma, retinoblastoma C69, bone C40 / C41, thymus C37, adrenal C74, unknown primary C80);
- neoplasms of uncertain behaviour (D37-D48: MGUS, myelodysplastic syndrome, polycythaemia vera, essential
  thrombocythaemia, borderline ovarian tumour, STUMP, desmoid, atypical meningioma, NIFTP, mesoblastic
  nephroma, craniopharyngioma) and benign neoplasms (D10-D36) are `none`; AML arising from MDS is leukaemia;
- CLL (blood lymphocytosis) is C91 leukaemia; SLL (nodal, no lymphocytosis) is C83 lymphoma; smouldering
  myeloma, solitary plasmacytoma and plasma cell leukaemia are C90 myeloma;
- metastasis: as the eighth family (a named primary in place -> the primary's category; primary removed
  before or not said and the note about the metastasis -> the secondary category also accepted; unknown
  primary -> other_cancer with C80 or the secondary category);
- multiple primaries: the main cancer is the one this episode treats, operates on or newly diagnoses; a
  recurrence keeps its primary's category; a new primary takes its own;
- pre-operative "mass" with post-operative pathology: the pathology decides.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

F = Form

METASTATIC: tuple[Form, ...] = (
    F("ASSESSMENT:,  1.  Adenocarcinoma of the sigmoid colon with multiple bilobar liver metastases, primary in "
      "place.  2.  Starting FOLFOX and bevacizumab next week.", "colorectal", "C18"),
    F("She is a 61-year-old woman who had a right hemicolectomy for colon cancer three years ago.  Surveillance CT "
      "now shows two new hepatic lesions and biopsy of segment 6 confirms metastatic adenocarcinoma, CDX2 "
      "positive, consistent with her colonic primary.  She will start FOLFIRI.", "colorectal", "C18|C78"),
    F("IMPRESSION:,  Widespread osseous metastatic disease involving the spine, pelvis and ribs in this man with "
      "Gleason 4+5 adenocarcinoma of the prostate, on leuprolide.", "prostate", "C61"),
    F("DIAGNOSIS:,  Brain, right frontal lesion, resection:  Metastatic adenocarcinoma, TTF-1 and napsin A "
      "positive, consistent with primary pulmonary origin.,COMMENT:  Patient has a known left upper lobe mass "
      "under treatment.", "lung", "C34"),
    F("Malignant right pleural effusion.  Cytology positive for metastatic carcinoma, GATA3 and ER positive, "
      "consistent with breast primary.  She has a known 4 cm left breast carcinoma which has not yet been "
      "resected.", "breast", "C50"),
    F("FINAL DIAGNOSIS:,  Liver, segment 4, core biopsy:  Metastatic adenocarcinoma.  Immunostains CK7 positive, "
      "CK20 negative, TTF-1 negative, GATA3 negative, CDX2 negative.  The primary site cannot be determined.  "
      "CT of chest, abdomen and pelvis shows no other primary.", "other_cancer", "C78|C80"),
    F("PROBLEM LIST:,  1.  Carcinoma of unknown primary, poorly differentiated, with mediastinal and "
      "retroperitoneal adenopathy.,2.  Hypertension.,3.  Type 2 diabetes.", "other_cancer", "C80|C77"),
    F("The patient presented with a left neck mass.  Fine needle aspiration of the level II node shows metastatic "
      "squamous cell carcinoma, p16 negative.  Panendoscopy with directed biopsies and PET CT did not find a "
      "primary.  Plan is neck dissection followed by radiation.", "other_cancer", "C77|C80"),
    F("OPERATIVE FINDINGS:,  Bilateral solid ovarian masses.  Frozen section of the right ovary:  metastatic "
      "signet ring cell adenocarcinoma, consistent with Krukenberg tumor.  Upper endoscopy last week showed an "
      "ulcerated gastric body adenocarcinoma.", "stomach", "C16"),
    F("Diffuse peritoneal carcinomatosis with mucinous ascites.  Laparoscopic biopsies show mucinous "
      "adenocarcinoma arising from the appendix.  Referred for cytoreductive surgery and HIPEC.",
      "colorectal", "C18"),
    F("She has metastatic pancreatic adenocarcinoma with liver metastases, primary in the pancreatic body, "
      "diagnosed on EUS biopsy in March.  Currently on gemcitabine and nab-paclitaxel, cycle 4.",
      "pancreas", "C25"),
    F("HISTORY:,  Clear cell renal cell carcinoma, left, status post radical nephrectomy 2019.  Now with multiple "
      "bilateral pulmonary nodules, biopsy proven metastatic clear cell carcinoma.  Starting ipilimumab and "
      "nivolumab.", "kidney", "C64|C78"),
    F("Metastatic melanoma to the lungs and subcutaneous tissue.  Primary was a 2.1 mm melanoma of the left upper "
      "back excised in 2020.  BRAF V600E mutated.  On dabrafenib and trametinib.", "melanoma", "C43|C78|C79"),
    F("IMPRESSION:,  Leptomeningeal carcinomatosis from known HER2-positive breast cancer, on trastuzumab.  MRI "
      "shows diffuse leptomeningeal enhancement and CSF cytology is positive for malignant cells.",
      "breast", "C50|C79"),
    F("Cutaneous nodules on the chest wall, punch biopsy: metastatic lobular carcinoma, E-cadherin negative, "
      "in a woman with an untreated right breast primary who declined surgery.", "breast", "C50"),
    F("ASSESSMENT:,  Pathologic fracture of the left femur through a lytic lesion.  Intraoperative biopsy: "
      "metastatic renal cell carcinoma.  The right kidney has a 9 cm enhancing mass that was never removed.",
      "kidney", "C64"),
    F("Adrenal metastasis from non-small cell lung cancer.  The right lower lobe primary was treated with SBRT last "
      "year.  Left adrenal nodule now FDG avid and biopsy confirms adenocarcinoma, TTF-1 positive.  Plan "
      "adrenalectomy.", "lung", "C34|C79"),
    F("FINAL DIAGNOSIS:,  Axillary lymph node, left, excision:  Metastatic carcinoma in 1 of 1 lymph node, "
      "immunoprofile (ER positive, GATA3 positive, mammaglobin positive) supports breast origin.  Mammogram and "
      "breast MRI negative; occult breast primary.", "breast", "C50|C77"),
    F("Metastatic well differentiated thyroid cancer to the lungs.  Total thyroidectomy 2021 for papillary "
      "carcinoma.  Persistent iodine-avid pulmonary nodules and rising thyroglobulin; planned for repeat "
      "radioactive iodine.", "thyroid", "C73|C78"),
    F("Hepatocellular carcinoma, multifocal, in a cirrhotic liver, with a metastatic deposit in the right adrenal.  "
      "AFP 2,400.  Started on atezolizumab and bevacizumab.", "liver", "C22"),
    F("Biochemical recurrence after radical prostatectomy in 2018, PSA now 1.4.  PSMA PET shows two positive "
      "left external iliac nodes and no bone disease.  Salvage pelvic radiation with 6 months of "
      "androgen deprivation.", "prostate", "C61|C77"),
    F("IMPRESSION:,  Nasopharyngeal carcinoma, nonkeratinizing, EBV positive, with bilateral level II and V "
      "nodal metastases, stage III.  Induction gemcitabine and cisplatin then chemoradiation.",
      "head_and_neck", "C11"),
    # none: metastasis work-up that proved benign or is not this patient's
    F("Bone scan was ordered to rule out metastatic disease given back pain.  It shows degenerative uptake in the "
      "lumbar facets only, no evidence of osseous metastasis.  He has no known malignancy.", "none", ""),
    F("IMPRESSION:,  1.  Multiple small hepatic lesions, largest 1.2 cm, with peripheral nodular enhancement and "
      "fill-in, consistent with hemangiomas.  2.  No evidence of metastatic disease.", "none", ""),
    F("FINAL DIAGNOSIS:,  Lymph node, right supraclavicular, excisional biopsy:  Reactive follicular hyperplasia.  "
      "Negative for metastatic carcinoma and lymphoma.  Flow cytometry without a clonal population.",
      "none", ""),
    F("PET CT was done for a lung nodule found incidentally.  The 9 mm right upper lobe nodule has an SUV of 1.1; "
      "there is no adenopathy or distant disease.  Recommend follow-up CT in 6 months per Fleischner "
      "guidelines.", "none", ""),
    F("Adrenal incidentaloma, 2.2 cm, left, washout characteristics of an adenoma.  No history of malignancy, "
      "so metastasis is unlikely.  Biochemical screen for pheochromocytoma and cortisol excess is pending.",
      "none", ""),
    F("Her husband has metastatic colon cancer to the liver and she is his primary caregiver.  She reports "
      "insomnia and low mood.  Screening colonoscopy last year was normal.", "none", ""),
    F("FINDINGS:,  Sclerotic focus in the right iliac bone unchanged from 2018, most compatible with a bone "
      "island.  No suspicious lytic or blastic lesion.,IMPRESSION:  No evidence of metastases.",
      "none", ""),
    F("Pulmonary nodules in a patient with rheumatoid arthritis.  Wedge biopsy shows necrobiotic rheumatoid "
      "nodules.  No malignancy identified.  Stains for fungi and AFB are negative.", "none", ""),
    F("ASSESSMENT:,  Omental caking and ascites on CT, worrisome for carcinomatosis.  Paracentesis cytology "
      "negative for malignant cells; adenosine deaminase elevated, peritoneal biopsy shows caseating granulomas, "
      "tuberculous peritonitis.  Starting RIPE therapy.", "none", ""),
    F("Enlarged hilar and mediastinal nodes.  EBUS-TBNA of stations 7 and 4R: non-necrotizing granulomas, no "
      "malignant cells.  Findings favor sarcoidosis.", "none", ""),
)

HAEMATOLOGIC: tuple[Form, ...] = (
    F("DIAGNOSIS:,  Lymph node, left cervical, excision:  Classic Hodgkin lymphoma, nodular sclerosis type.  "
      "Reed-Sternberg cells are CD15 and CD30 positive, CD20 negative.,STAGE:  IIA.", "lymphoma", "C81"),
    F("Nodular lymphocyte predominant Hodgkin lymphoma of the right inguinal region, stage IA, treated with "
      "involved site radiation, now in the third week of treatment.", "lymphoma", "C81"),
    F("FINAL DIAGNOSIS:,  Bone marrow and axillary node:  Follicular lymphoma, grade 1-2 of 3, with t(14;18) "
      "by FISH.  Marrow involvement 20%.", "lymphoma", "C82"),
    F("Diffuse large B-cell lymphoma, germinal center type, stage IV with bone marrow involvement.  Cycle 3 of "
      "R-CHOP given today.  Interim PET shows partial response.", "lymphoma", "C83"),
    F("Mantle cell lymphoma, cyclin D1 positive, SOX11 positive, with splenomegaly and leukemic phase.  Plan is "
      "bendamustine and rituximab followed by maintenance.", "lymphoma", "C83"),
    F("ASSESSMENT:,  Small lymphocytic lymphoma involving cervical and axillary nodes.  CBC shows an absolute "
      "lymphocyte count of 2.1 with no circulating clonal population; by definition this is SLL rather than "
      "CLL.  Observation.", "lymphoma", "C83"),
    F("Chronic lymphocytic leukemia, Rai stage I.  WBC 48, absolute lymphocyte count 41,000 with smudge cells; "
      "flow cytometry CD5/CD23 co-expressing B cells.  Shotty cervical nodes.  Starting acalabrutinib for "
      "progressive lymphocytosis.", "leukemia", "C91"),
    F("PROBLEM LIST:,  1.  CLL/SLL with 17p deletion, on ibrutinib, WBC 62,000.,2.  Atrial fibrillation on "
      "apixaban.,3.  CKD stage 3.", "leukemia", "C91|C83"),
    F("Burkitt lymphoma of the terminal ileum presenting with intussusception.  MYC rearrangement confirmed, "
      "Ki-67 near 100%.  Started on R-CODOX-M.", "lymphoma", "C83"),
    F("T-lymphoblastic lymphoma with a large anterior mediastinal mass and less than 25% marrow blasts.  "
      "Induction per ALL-type protocol.", "lymphoma", "C83"),
    F("B-cell acute lymphoblastic leukemia, Philadelphia chromosome positive, 78% blasts in marrow.  On "
      "induction with dasatinib and steroids.", "leukemia", "C91"),
    F("Peripheral T-cell lymphoma, not otherwise specified, with generalized adenopathy and hepatosplenomegaly.  "
      "CHOP plus etoposide planned.", "lymphoma", "C84"),
    F("DIAGNOSIS:,  Stomach, antral biopsies:  Extranodal marginal zone lymphoma of mucosa-associated lymphoid "
      "tissue (MALT lymphoma), Helicobacter pylori positive.  Lymphoepithelial lesions present.  No large cell "
      "component.", "lymphoma", "C88"),
    F("Waldenstrom macroglobulinemia with IgM kappa 3.8 g/dL and hyperviscosity symptoms.  Marrow shows "
      "lymphoplasmacytic lymphoma, MYD88 L265P.  Plasmapheresis then zanubrutinib.", "lymphoma", "C88|C83"),
    F("Acute myeloid leukemia with NPM1 mutation, 62% marrow blasts.  Day 14 after 7+3 induction, marrow "
      "hypocellular.", "leukemia", "C92"),
    F("He had myelodysplastic syndrome with excess blasts for two years on azacitidine.  Repeat marrow now shows "
      "34% myeloblasts: transformation to acute myeloid leukemia.  Discussing venetoclax and transplant.",
      "leukemia", "C92"),
    F("Acute promyelocytic leukemia, PML-RARA positive, with DIC on presentation.  ATRA and arsenic trioxide "
      "started.", "leukemia", "C92"),
    F("Chronic myeloid leukemia in chronic phase, BCR-ABL1 p210.  Major molecular response on imatinib.  "
      "Continue current dose.", "leukemia", "C92"),
    F("Chronic myelomonocytic leukemia, CMML-1, monocytes 3,200 with splenomegaly.  Started hydroxyurea.",
      "leukemia", "C93"),
    F("Hairy cell leukemia with pancytopenia and splenomegaly.  Marrow biopsy with dry tap, BRAF V600E positive, "
      "annexin A1 positive.  Cladribine course this week.", "leukemia", "C91"),
    F("ASSESSMENT:,  IgG kappa multiple myeloma, ISS stage II, with lytic lesions in the skull and L2.  On "
      "daratumumab, lenalidomide and dexamethasone.", "myeloma", "C90"),
    F("Smoldering multiple myeloma, marrow plasma cells 18%, M-spike 2.4, no CRAB features.  Observation with "
      "labs every 3 months.", "myeloma", "C90"),
    F("Solitary plasmacytoma of the T9 vertebral body, biopsy proven, marrow without clonal plasma cells.  "
      "Radiation to 45 Gy planned.", "myeloma", "C90"),
    F("Plasma cell leukemia with 34% circulating plasma cells and renal failure.  Started VRd and plasma "
      "exchange.", "myeloma", "C90"),
    # none: precursors, uncertain behaviour, benign haematology
    F("MGUS, IgG lambda, M-protein 0.6 g/dL, marrow plasma cells 4%, no anemia, hypercalcemia, lytic lesions or "
      "renal dysfunction.  Annual SPEP.", "none", ""),
    F("ASSESSMENT:,  Myelodysplastic syndrome with ring sideroblasts, SF3B1 mutated, transfusion dependent.  "
      "Blasts 2%.  Starting luspatercept.", "none", ""),
    F("Polycythemia vera, JAK2 V617F positive.  Hematocrit goal below 45 with phlebotomy and aspirin.  No "
      "thrombosis.", "none", ""),
    F("Essential thrombocythemia, CALR mutated, platelets 980,000.  On hydroxyurea and low-dose aspirin.",
      "none", ""),
    F("Monoclonal B-cell lymphocytosis, clonal B cells 1,200 per microliter, CLL phenotype, below the threshold "
      "for CLL.  No adenopathy.  Repeat CBC yearly.", "none", ""),
    F("DIAGNOSIS:,  Lymph node, right axillary, core biopsy:  Reactive lymphoid hyperplasia with dermatopathic "
      "changes.  No evidence of lymphoma.  Kappa and lambda in situ hybridization polytypic.", "none", ""),
    F("Lymphocytosis 6,800 after a viral illness.  Flow cytometry of peripheral blood shows polyclonal T and B "
      "cells, no evidence of chronic lymphocytic leukemia or lymphoma.", "none", ""),
    F("Unicentric Castleman disease, hyaline vascular type, of the mediastinum, resected.  No lymphoma on "
      "pathology.", "none", ""),
    F("Pancytopenia worked up with bone marrow biopsy: hypocellular marrow consistent with aplastic anemia.  No "
      "increase in blasts, no dysplasia, cytogenetics normal.  Referred for ATG and cyclosporine.", "none", ""),
    F("Leukemoid reaction, WBC 52,000, in the setting of C. difficile colitis.  Peripheral smear shows left shift "
      "without blasts.  BCR-ABL negative.  Leukocytosis resolved after treatment.", "none", ""),
    F("Her brother was treated for acute myeloid leukemia and she is being evaluated as a stem cell donor.  HLA "
      "typing sent.  Her own CBC is normal.", "none", ""),
    F("Systemic mastocytosis, indolent, with urticaria pigmentosa and tryptase 38.  Marrow shows KIT D816V.  "
      "Symptom control with antihistamines and cromolyn.", "none", ""),
)

SKIN: tuple[Form, ...] = (
    F("DIAGNOSIS:,  Skin, left posterior shoulder, excision:  Malignant melanoma, superficial spreading type, "
      "Breslow depth 1.4 mm, Clark level IV, no ulceration, margins clear.  Sentinel node biopsy scheduled.",
      "melanoma", "C43"),
    F("DIAGNOSIS:,  Skin, right cheek, shave biopsy:  Melanoma in situ, lentigo maligna type, extending to the "
      "peripheral margin.,PLAN:  Staged excision.", "melanoma", "D03"),
    F("Lentigo maligna melanoma of the left temple, invasive to 0.6 mm.  Wide local excision with 1 cm margins "
      "today.", "melanoma", "C43"),
    F("Nodular basal cell carcinoma of the right nasal ala, biopsy proven.  Mohs micrographic surgery performed, "
      "clear after two stages, repaired with a bilobed flap.", "other_cancer", "C44"),
    F("PREOPERATIVE DIAGNOSIS:,  Squamous cell carcinoma of the left dorsal hand.,POSTOPERATIVE DIAGNOSIS:,  Same."
      ",PROCEDURE:,  Excision with 6 mm margins and full thickness skin graft.", "other_cancer", "C44"),
    F("Squamous cell carcinoma in situ (Bowen disease) of the right lower leg, 1.5 cm.  Treated with "
      "electrodesiccation and curettage.", "other_cancer", "D04"),
    F("Merkel cell carcinoma of the right forearm, 2.3 cm, CK20 dot-like positivity, Merkel cell polyomavirus "
      "positive.  Wide excision and sentinel lymph node biopsy planned, then radiation.", "other_cancer", "C4A"),
    F("ASSESSMENT:,  Mycosis fungoides, patch and plaque stage IB, involving 15% body surface.  Skin biopsy shows "
      "epidermotropic atypical CD4 T cells with clonal TCR rearrangement.  Continue NB-UVB.",
      "lymphoma", "C84"),
    F("Kaposi sarcoma of the lower extremities in a man with HIV, CD4 180.  Violaceous plaques on both shins, "
      "biopsy HHV-8 positive.  Restarting antiretrovirals and liposomal doxorubicin.", "other_cancer", "C46"),
    F("Dermatofibrosarcoma protuberans of the upper back, CD34 positive, with COL1A1-PDGFB fusion.  Mohs excision "
      "planned.", "other_cancer", "C44"),
    F("Squamous cell carcinoma of the perianal skin at the anal margin, 1.8 cm, well differentiated.  The anal "
      "canal mucosa is uninvolved on anoscopy.  Wide local excision.", "other_cancer", "C44"),
    F("DIAGNOSIS:,  A.  Skin, scalp, punch:  Infiltrative basal cell carcinoma.,B.  Skin, left ear helix, "
      "shave:  Well differentiated squamous cell carcinoma, invasive.,C.  Skin, back:  Seborrheic keratosis.",
      "other_cancer", "C44"),
    F("Acral lentiginous melanoma of the right heel, Breslow 3.2 mm with ulceration, one positive sentinel node.  "
      "Started adjuvant pembrolizumab.", "melanoma", "C43"),
    F("Melanoma of the left upper arm excised 2015, stage IA, no further treatment needed.  Annual skin checks "
      "with dermatology, no recurrence.", "melanoma", "Z85"),
    F("History of multiple basal cell carcinomas of the face and trunk, all excised, last in 2022.  Full skin "
      "exam today shows no suspicious lesions.", "other_cancer", "Z85"),
    F("Desmoplastic melanoma of the scalp, Breslow 4.0 mm, neurotropic.  Re-excision with 2 cm margins and "
      "adjuvant radiation to the bed.", "melanoma", "C43"),
    # none
    F("DIAGNOSIS:,  Skin, left upper back, shave:  Compound dysplastic nevus with moderate architectural and "
      "cytologic atypia, margins involved.,COMMENT:  Re-excision recommended.", "none", ""),
    F("Multiple actinic keratoses on the forearms and scalp treated with liquid nitrogen.  No lesions concerning "
      "for squamous cell carcinoma today.", "none", ""),
    F("DIAGNOSIS:,  Skin, right chest, shave biopsy:  Irritated seborrheic keratosis.  Negative for dysplasia and "
      "malignancy.", "none", ""),
    F("Pigmented lesion of the left calf with changing border.  Dermoscopy reassuring; excisional biopsy shows a "
      "benign Spitz nevus, completely excised.  Melanoma was the concern but not found.", "none", ""),
    F("Pearly papule of the nose, clinically suspicious for basal cell carcinoma.  Biopsy: sebaceous hyperplasia.  "
      "No malignancy.", "none", ""),
    F("Dermatofibroma of the right thigh, firm papule with dimple sign, biopsy confirms benign fibrous "
      "histiocytoma.", "none", ""),
    F("Pyogenic granuloma of the finger, friable and bleeding; shave excision with cautery.  Pathology: lobular "
      "capillary hemangioma, benign.", "none", ""),
    F("Annual skin exam for a patient whose father died of metastatic melanoma.  Over 50 nevi, none atypical on "
      "dermoscopy.  Photos taken for comparison.", "none", ""),
)

NEUROENDOCRINE_SARCOMA: tuple[Form, ...] = (
    F("DIAGNOSIS:,  Appendix, appendectomy:  Well differentiated neuroendocrine tumor (carcinoid), grade 1, "
      "1.1 cm, at the tip, invading the mesoappendix.  Margins negative.", "other_cancer", "C7A"),
    F("Small bowel carcinoid of the distal ileum with mesenteric nodal metastasis and carcinoid syndrome "
      "(flushing, diarrhea), 5-HIAA elevated.  On octreotide LAR.", "other_cancer", "C7A"),
    F("Metastatic well differentiated neuroendocrine tumor to the liver, primary resected from the small bowel in "
      "2018.  Lanreotide monthly; Dotatate PET shows stable hepatic disease.", "other_cancer", "C7B|C7A"),
    F("Typical carcinoid tumor of the left lower lobe bronchus, 2 cm, Ki-67 1%.  Bronchoscopy showed an "
      "endobronchial lesion.  Sleeve lobectomy planned.", "other_cancer", "C7A"),
    F("Pancreatic neuroendocrine tumor, well differentiated, grade 2, 3.5 cm in the pancreatic tail, "
      "nonfunctioning.  Distal pancreatectomy and splenectomy performed.", "pancreas", "C25|C7A"),
    F("Insulinoma of the pancreatic head causing fasting hypoglycemia, 1.4 cm, enucleated.  Pathology: well "
      "differentiated neuroendocrine tumor, grade 1, with perineural invasion and a metastasis in one of four "
      "peripancreatic lymph nodes.", "pancreas", "C25|C7A"),
    F("ASSESSMENT:,  Extensive-stage small cell lung cancer with liver and bone metastases.  Synaptophysin and "
      "chromogranin positive on the EBUS specimen.  Carboplatin, etoposide and atezolizumab.",
      "lung", "C34"),
    F("Large cell neuroendocrine carcinoma of the right upper lobe, stage IIIA, after lobectomy.  Adjuvant "
      "cisplatin and etoposide.", "lung", "C34"),
    F("Medullary thyroid carcinoma with elevated calcitonin and CEA, RET M918T.  Total thyroidectomy and central "
      "neck dissection done.", "thyroid", "C73"),
    F("DIAGNOSIS:,  Stomach, partial gastrectomy:  Gastrointestinal stromal tumor, spindle cell type, 6.5 cm, "
      "mitotic rate 8 per 5 mm2, KIT and DOG1 positive.  High risk.,PLAN:  Adjuvant imatinib for three years.",
      "other_cancer", "C49"),
    F("GIST of the jejunum, 4 cm, low mitotic rate, resected with negative margins.  Surveillance CT.",
      "other_cancer", "C49"),
    F("Undifferentiated pleomorphic sarcoma of the right thigh, 12 cm, deep to fascia, grade 3.  Preoperative "
      "radiation then wide resection.", "other_cancer", "C49"),
    F("Retroperitoneal dedifferentiated liposarcoma, 22 cm, MDM2 amplified, displacing the left kidney.  "
      "En bloc resection with left nephrectomy.", "other_cancer", "C48"),
    F("Osteosarcoma of the distal right femur in a 16-year-old, high grade, with 95% necrosis after MAP "
      "chemotherapy.  Limb salvage surgery done.", "other_cancer", "C40"),
    F("Ewing sarcoma of the left iliac wing, EWSR1-FLI1 fusion, localized.  VDC/IE chemotherapy cycle 5.",
      "other_cancer", "C41"),
    F("Uterine leiomyosarcoma found on hysterectomy for a presumed fibroid: 11 cm, marked atypia, 25 mitoses per "
      "10 HPF, tumor necrosis.  Stage IB.  Staging CT negative.", "uterine", "C54|C55"),
    F("Angiosarcoma of the liver in a former vinyl chloride worker, multiple hemorrhagic hepatic masses.  Biopsy "
      "CD31 and ERG positive.  Paclitaxel weekly.", "liver", "C22"),
    F("Malignant pheochromocytoma of the right adrenal with bone metastases, metanephrines markedly elevated.  "
      "MIBG therapy being considered.", "other_cancer", "C74"),
    F("Myxoid liposarcoma of the left posterior thigh, 9 cm, DDIT3 rearranged.  Post-operative radiation.",
      "other_cancer", "C49"),
    # none
    F("DIAGNOSIS:,  Soft tissue, right upper back, excision:  Lipoma, 6 cm, mature adipose tissue without "
      "atypia.  MDM2 FISH not amplified; atypical lipomatous tumor excluded.", "none", ""),
    F("Symptomatic uterine leiomyomas, largest 8 cm intramural.  Total laparoscopic hysterectomy.  Pathology: "
      "leiomyomata, no atypia, no increased mitoses.", "none", ""),
    F("Desmoid tumor (aggressive fibromatosis) of the abdominal wall, beta-catenin nuclear positive, CTNNB1 "
      "mutated.  Active surveillance; sulindac.", "none", ""),
    F("DIAGNOSIS:,  Uterus, hysterectomy:  Smooth muscle tumor of uncertain malignant potential (STUMP), 7 cm, "
      "focal moderate atypia, 6 mitoses per 10 HPF, no coagulative necrosis.", "none", ""),
    F("Schwannoma of the right sciatic nerve, S100 positive, Antoni A and B areas, enucleated with nerve "
      "preservation.  Benign.", "none", ""),
    F("Right adrenal pheochromocytoma, 4 cm, no metastases, PASS score 2.  Laparoscopic adrenalectomy after "
      "alpha blockade.  Plasma metanephrines normalized.", "none", ""),
    F("Gastric hyperplastic polyps on EGD, biopsied.  Pathology: hyperplastic polyps, no dysplasia, no "
      "neuroendocrine cell hyperplasia.  H. pylori negative.", "none", ""),
    F("Elevated chromogranin A on a panel ordered by another provider, patient on a proton pump inhibitor.  "
      "Dotatate PET negative.  No neuroendocrine tumor; elevation attributed to PPI.", "none", ""),
    F("Enchondroma of the proximal humerus, incidental on shoulder MRI.  No endosteal scalloping or pain to "
      "suggest chondrosarcoma.  Repeat radiographs in a year.", "none", ""),
)

EPISODE: tuple[Form, ...] = (
    F("PREOPERATIVE DIAGNOSIS:,  Right renal mass.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Robotic partial "
      "nephrectomy.,PATHOLOGY:,  Clear cell renal cell carcinoma, 3.1 cm, ISUP grade 2, margins negative.",
      "kidney", "C64"),
    F("PREOPERATIVE DIAGNOSIS:,  Pancreatic head mass, suspected adenocarcinoma.,POSTOPERATIVE DIAGNOSIS:,  "
      "Chronic pancreatitis.,FINAL PATHOLOGY:,  Pancreaticoduodenectomy specimen with chronic fibrosing "
      "pancreatitis, no malignancy identified in 22 lymph nodes or pancreas.", "none", ""),
    F("Preop diagnosis was sigmoid mass with obstruction.  Laparoscopic sigmoid colectomy was performed and final "
      "pathology returned invasive adenocarcinoma, moderately differentiated, pT3 N1a.  Oncology referral for "
      "adjuvant chemotherapy.", "colorectal", "C18"),
    F("PREOPERATIVE DIAGNOSIS:,  Complex left adnexal mass, CA-125 88.,POSTOPERATIVE DIAGNOSIS:,  Left ovarian "
      "mature cystic teratoma.,FROZEN SECTION:  Benign.  Permanent sections concur.", "none", ""),
    F("Right upper lobe spiculated mass, suspected lung cancer, PET avid.  Wedge resection with frozen section "
      "showed necrotizing granuloma with Histoplasma organisms; lobectomy was aborted.  No malignancy.",
      "none", ""),
    F("PREOPERATIVE DIAGNOSIS:,  Left thyroid nodule, Bethesda IV.,PROCEDURE:,  Left thyroid lobectomy.,FINAL "
      "PATHOLOGY:,  Follicular adenoma, 2.8 cm, completely encapsulated, no capsular or vascular invasion.",
      "none", ""),
    F("PREOPERATIVE DIAGNOSIS:,  Right thyroid nodule, Bethesda IV.,FINAL PATHOLOGY:,  Minimally invasive "
      "follicular carcinoma, 3.2 cm, focal capsular invasion, no vascular invasion.,PLAN:,  Completion "
      "thyroidectomy.", "thyroid", "C73"),
    F("PREOPERATIVE DIAGNOSIS:,  Pelvic mass.,POSTOPERATIVE DIAGNOSIS:,  Serous borderline tumor of the right "
      "ovary.,PROCEDURE:,  Right salpingo-oophorectomy, omentectomy, peritoneal washings.,PATHOLOGY:,  "
      "Serous borderline tumor, no invasive implants, washings negative.", "none", ""),
    F("History of left breast cancer treated with lumpectomy and radiation in 2014.  New 1.6 cm mass in the "
      "right breast, biopsy: invasive ductal carcinoma, ER/PR positive, HER2 negative, a new primary.  Right "
      "lumpectomy scheduled.", "breast", "C50"),
    F("Rectal adenocarcinoma treated with low anterior resection 2021.  Rising CEA; pelvic MRI and biopsy show "
      "recurrent adenocarcinoma at the anastomosis.  Re-irradiation and pelvic exenteration planned.",
      "colorectal", "C20"),
    F("Prostate cancer status post radical prostatectomy 2012, undetectable PSA since.  Now presents with "
      "hemoptysis; bronchoscopic biopsy of a right hilar mass shows squamous cell carcinoma of the lung, "
      "p40 positive.  Staging in progress.", "lung", "C34"),
    F("PAST HISTORY:,  Laryngeal squamous cell carcinoma, treated with radiation 2017, disease free.,"
      "CURRENT:,  New ulcer on the left lateral oral tongue; biopsy shows invasive squamous cell carcinoma, a "
      "second primary.  Partial glossectomy and neck dissection scheduled.", "head_and_neck", "C02"),
    F("Non-muscle invasive bladder cancer with BCG in 2020, cystoscopies clear.  Now gross hematuria; CT "
      "urogram shows a filling defect in the left renal pelvis.  Ureteroscopic biopsy: high-grade urothelial "
      "carcinoma of the renal pelvis.  Nephroureterectomy planned.", "kidney", "C65"),
    F("She was treated for melanoma of the back in 2016.  A new 2 cm lung nodule was biopsied to rule out "
      "metastatic melanoma; it is a primary lung adenocarcinoma, TTF-1 positive, SOX10 and Melan-A negative.  "
      "Lobectomy next month.", "lung", "C34"),
    F("ONCOLOGY FOLLOW UP:,  1.  Breast cancer, right, stage I, on adjuvant anastrozole, year 3 of 5.,2.  "
      "Incidental papillary thyroid microcarcinoma, 6 mm, in a total thyroidectomy for goiter last year, "
      "no further treatment needed.", "breast", "C50"),
    F("ADMISSION DIAGNOSIS:,  Colon cancer, status post resection 2019, no evidence of disease.,REASON FOR "
      "ADMISSION:,  Acute cholecystitis.,HOSPITAL COURSE:,  Laparoscopic cholecystectomy; gallbladder pathology "
      "shows chronic cholecystitis only.", "colorectal", "Z85"),
    F("Endometrial adenocarcinoma, endometrioid, FIGO grade 1, stage IA, treated with hysterectomy 2022.  Now "
      "with a vaginal cuff nodule; biopsy shows recurrent endometrioid adenocarcinoma.  Vaginal brachytherapy "
      "planned.", "uterine", "C54"),
    F("Recurrent glioblastoma of the left temporal lobe, 14 months after resection and chemoradiation; "
      "enlarging enhancement with elevated perfusion favors tumor progression over radiation necrosis.  "
      "Started bevacizumab.", "brain", "C71"),
    F("Head and neck cancer survivor: squamous cell carcinoma of the right tonsil treated with chemoradiation "
      "2015, no evidence of disease.  Seen today for hypothyroidism and dry mouth.", "head_and_neck", "Z85"),
    F("History of Hodgkin lymphoma treated with ABVD and mantle radiation in 1998, disease free since.  Now with "
      "a 1.8 cm left breast mass; core biopsy shows invasive ductal carcinoma.  Mastectomy recommended given "
      "prior chest radiation.", "breast", "C50"),
    F("PREOPERATIVE DIAGNOSIS:,  Bladder tumor.,PROCEDURE:,  Transurethral resection of bladder tumor, 3 cm, "
      "left lateral wall.,PATHOLOGY:,  High-grade papillary urothelial carcinoma invading lamina propria (pT1), "
      "muscularis propria present and uninvolved.", "bladder", "C67"),
    F("PSA 7.8, MRI with a PI-RADS 5 lesion of the left peripheral zone.  Targeted biopsy: prostatic "
      "adenocarcinoma, Gleason 3+4=7, in 4 of 14 cores.  After discussion he chose active surveillance with "
      "repeat MRI in a year.", "prostate", "C61"),
    F("PREOPERATIVE DIAGNOSIS:,  Left parotid mass, FNA nondiagnostic, favor Warthin tumor.,POSTOPERATIVE "
      "DIAGNOSIS:,  Low-grade mucoepidermoid carcinoma of the parotid, 2.2 cm, margins clear.,PROCEDURE:,  "
      "Left superficial parotidectomy with facial nerve preservation.", "head_and_neck", "C07"),
    F("Postmenopausal bleeding; office endometrial biopsy showed atypical endometrial hyperplasia.  Total "
      "hysterectomy and bilateral salpingo-oophorectomy: endometrioid adenocarcinoma, FIGO grade 1, invading "
      "30% of the myometrium.  No adjuvant therapy needed.", "uterine", "C54|Z85"),
    # none
    F("Breast mass palpated by patient, 2 cm, right upper outer quadrant.  Ultrasound: oval circumscribed "
      "hypoechoic mass.  Core biopsy: fibroadenoma, concordant.  Return to routine screening.", "none", ""),
    F("PREOPERATIVE DIAGNOSIS:,  Suspected gastric cancer on EGD.,POSTOPERATIVE DIAGNOSIS:,  Benign gastric "
      "ulcer.,PATHOLOGY:,  Ulcer with granulation tissue and H. pylori gastritis; multiple biopsies negative for "
      "dysplasia and malignancy.", "none", ""),
    F("Colonoscopy for positive FIT: a 2.5 cm sessile polyp of the ascending colon removed piecemeal.  "
      "Pathology: tubulovillous adenoma with high-grade dysplasia, no invasive carcinoma.  Repeat in 6 months.",
      "none", ""),
    F("Suspected recurrence of her ovarian cancer was the reason for the PET.  That was ruled out: the PET is "
      "negative, CA-125 is 9, and she remains without evidence of disease more than five years after "
      "treatment.  No further oncology visits needed.", "other_cancer", "Z85"),
    F("Renal mass on CT, 3 cm, enhancing.  Partial nephrectomy pathology: oncocytoma, no malignancy.  No "
      "further imaging needed.", "none", ""),
    F("Prostate biopsy for PSA 6.1: 12 cores benign, focal high-grade prostatic intraepithelial neoplasia in one "
      "core, no carcinoma.  MRI-targeted repeat biopsy in one year.", "none", ""),
    F("PREOPERATIVE DIAGNOSIS:,  Liver mass, rule out hepatocellular carcinoma.,POSTOPERATIVE DIAGNOSIS:,  "
      "Hepatic adenoma, HNF1A-inactivated.,PROCEDURE:,  Laparoscopic left lateral sectionectomy.", "none", ""),
    F("Submandibular gland mass excised.  Pathology: pleomorphic adenoma, margins negative, no carcinoma ex "
      "pleomorphic adenoma.  Follow-up as needed.", "none", ""),
    F("Lung nodule enlarging over two years, wedge resection.  Final pathology: pulmonary hamartoma.  Negative "
      "for malignancy.", "none", ""),
    F("Cervical cancer screening: Pap shows LSIL, HPV positive.  Colposcopic biopsy CIN 1.  Repeat co-testing in "
      "one year.", "none", ""),
)

ANATOMY: tuple[Form, ...] = (
    F("Invasive ductal carcinoma of the left breast spanning the upper outer and lower outer quadrants, 5.5 cm, "
      "overlapping lesion.  Neoadjuvant TCHP started.", "breast", "C50"),
    F("Male breast cancer: a 68-year-old man with a retroareolar mass, core biopsy invasive ductal carcinoma, ER "
      "positive.  Simple mastectomy and sentinel node biopsy scheduled.", "breast", "C50"),
    F("Synchronous bilateral breast cancers: right invasive lobular carcinoma 2 cm, left invasive ductal "
      "carcinoma 1 cm.  Bilateral mastectomies planned.", "breast", "C50"),
    F("Adenocarcinoma of the lung involving the right upper and middle lobes across the minor fissure, 6 cm, "
      "stage IIB.  Bilobectomy planned.", "lung", "C34"),
    F("High-grade serous carcinoma involving both ovaries and the omentum, stage IIIC.  Interval debulking after "
      "three cycles of carboplatin and paclitaxel.", "other_cancer", "C56"),
    F("FINAL DIAGNOSIS:,  Right fallopian tube, fimbria:  High-grade serous carcinoma with serous tubal "
      "intraepithelial carcinoma.  Both ovaries uninvolved on complete sectioning.", "other_cancer", "C57"),
    F("Primary peritoneal serous carcinoma: diffuse peritoneal and omental disease with normal-sized ovaries and "
      "tubes that show only surface involvement.  Neoadjuvant chemotherapy.", "other_cancer", "C48"),
    F("Intrahepatic cholangiocarcinoma, 7 cm, right hepatic lobe, CK7 and CK19 positive, background liver "
      "non-cirrhotic.  Extended right hepatectomy.", "liver", "C22"),
    F("Hilar cholangiocarcinoma (Klatskin tumor), Bismuth IIIa, obstructive jaundice with bilateral biliary "
      "stents.  Brush cytology adenocarcinoma.  Evaluated for resection.", "other_cancer", "C24"),
    F("FINAL DIAGNOSIS:,  Pancreaticoduodenectomy:  Adenocarcinoma of the distal common bile duct, 2.1 cm, "
      "invading the pancreas.  Pancreatic duct uninvolved.", "other_cancer", "C24"),
    F("Ampullary adenocarcinoma, intestinal type, found on ERCP for painless jaundice.  Whipple procedure "
      "planned.", "other_cancer", "C24"),
    F("Gallbladder adenocarcinoma, pT2, found incidentally at cholecystectomy for cholelithiasis.  Re-resection "
      "of the liver bed and portal lymphadenectomy planned.", "other_cancer", "C23"),
    F("Adenocarcinoma of the gastroesophageal junction, Siewert type II, with the tumor center 1 cm below the Z "
      "line.  FLOT chemotherapy.", "stomach", "C16"),
    F("Squamous cell carcinoma of the mid esophagus, 28 to 32 cm from the incisors, uT3 N1.  Chemoradiation "
      "with carboplatin and paclitaxel.", "other_cancer", "C15"),
    F("Adenocarcinoma of the distal esophagus arising in Barrett's, centered 4 cm above the gastroesophageal "
      "junction.  Ivor Lewis esophagectomy.", "other_cancer", "C15"),
    F("Adenocarcinoma of the appendix, goblet cell type, found at appendectomy for appendicitis.  Completion "
      "right hemicolectomy planned.", "colorectal", "C18"),
    F("Squamous cell carcinoma of the anal canal, 4 cm, with perirectal node involvement.  Nigro protocol "
      "chemoradiation with 5-FU and mitomycin.", "colorectal", "C21"),
    F("Rectal adenocarcinoma 6 cm from the anal verge, MRI T3 N1.  Total neoadjuvant therapy then low anterior "
      "resection.", "colorectal", "C20"),
    F("Adenocarcinoma at the rectosigmoid junction, 15 cm from the anal verge, obstructing.  Diverting loop "
      "colostomy today.", "colorectal", "C19"),
    F("Urothelial carcinoma of the left ureter, distal third, high grade.  Distal ureterectomy with reimplant.  "
      "Bladder free of tumor on cystoscopy.", "bladder", "C66"),
    F("Urothelial carcinoma of the right renal pelvis, high grade, invading renal parenchyma.  Right "
      "nephroureterectomy with bladder cuff.", "kidney", "C65"),
    F("Malignant pleural mesothelioma, epithelioid, left, with asbestos exposure as a shipyard worker.  "
      "Nivolumab and ipilimumab.", "other_cancer", "C45"),
    F("Malignant peritoneal mesothelioma, epithelioid, diffuse, calretinin and WT1 positive.  Cytoreduction with "
      "HIPEC.", "other_cancer", "C45"),
    F("Urachal adenocarcinoma at the bladder dome, with a mucinous mass extending toward the umbilicus.  Partial "
      "cystectomy with umbilicectomy.", "bladder", "C67"),
    F("Thymic carcinoma, squamous type, of the anterior mediastinum invading the pericardium.  Carboplatin and "
      "paclitaxel before resection.", "other_cancer", "C37"),
    F("Adrenocortical carcinoma, left, 14 cm, cortisol secreting.  Open adrenalectomy, adjuvant mitotane.",
      "other_cancer", "C74"),
    F("IPMN of the pancreatic head with associated invasive adenocarcinoma, 1.5 cm invasive component.  "
      "Pancreaticoduodenectomy done, adjuvant mFOLFIRINOX planned.", "pancreas", "C25"),
    F("Papillary thyroid carcinoma, classic type, 2.4 cm, right lobe, with two central compartment nodes "
      "positive.  Total thyroidectomy; radioactive iodine planned.", "thyroid", "C73"),
    F("Squamous cell carcinoma of the base of tongue, p16 positive, with bilateral level II nodes.  "
      "Definitive chemoradiation with weekly cisplatin.", "head_and_neck", "C01"),
    F("Poorly cohesive (signet ring) adenocarcinoma of the gastric antrum with linitis plastica pattern, "
      "peritoneal washings positive.  Palliative FOLFOX and nivolumab.", "stomach", "C16"),
    F("Uterine carcinosarcoma (malignant mixed mullerian tumor) of the endometrium, stage IIIA after "
      "hysterectomy and staging.  Carboplatin and paclitaxel.", "uterine", "C54"),
    F("Squamous cell carcinoma of the urinary bladder in a paraplegic man with a chronic indwelling catheter, "
      "muscle invasive on TURBT.  Radical cystectomy planned.", "bladder", "C67"),
    # none
    F("Main duct sparing branch-duct IPMN of the pancreatic body, 1.8 cm, no worrisome features; EUS FNA "
      "mucinous, low-grade atypia.  MRI surveillance in one year.", "none", ""),
    F("Angiomyolipoma of the left kidney, 3 cm, fat-containing on CT.  No intervention; repeat imaging in 12 "
      "months.", "none", ""),
    F("FINAL DIAGNOSIS:,  Thyroid, left lobectomy:  Noninvasive follicular thyroid neoplasm with papillary-like "
      "nuclear features (NIFTP), 2.0 cm.  No capsular or vascular invasion.", "none", ""),
    F("Barrett's esophagus, 4 cm segment, low-grade dysplasia confirmed by a second pathologist.  Radiofrequency "
      "ablation scheduled.", "none", ""),
    F("Ovarian serous cystadenoma, 9 cm, right, removed laparoscopically.  No atypia or borderline features.",
      "none", ""),
    F("Focal nodular hyperplasia of the liver, 4 cm, central scar on MRI with hepatobiliary contrast.  No "
      "follow-up required.", "none", ""),
    F("Benign pleural plaques from remote asbestos exposure on CT.  No pleural effusion or nodular pleural "
      "thickening to suggest mesothelioma.  Pulmonary function stable.", "none", ""),
    F("Gynecomastia, bilateral, tender, on spironolactone.  Mammogram shows glandular tissue without a mass; "
      "BI-RADS 2.", "none", ""),
    F("Anterior mediastinal soft tissue on CT, referred to exclude thymoma.  Chemical shift MRI shows signal drop "
      "consistent with rebound thymic hyperplasia after a severe illness.  No thymic neoplasm.", "none", ""),
    F("Anal condyloma excised under anesthesia; pathology shows condyloma acuminatum with low-grade squamous "
      "intraepithelial lesion (AIN 1).  No high-grade dysplasia.", "none", ""),
    F("Choledochal cyst, type I, in a 34-year-old woman, excised with hepaticojejunostomy because of the risk of "
      "later cholangiocarcinoma.  Pathology: no dysplasia.", "none", ""),
    F("Mucinous cystic neoplasm of the pancreatic tail with low-grade dysplasia, ovarian-type stroma, 5 cm, "
      "removed by distal pancreatectomy.  No invasive carcinoma.", "none", ""),
)

PAEDIATRIC_CNS: tuple[Form, ...] = (
    F("A 3-year-old with an abdominal mass.  Left nephrectomy: Wilms tumor (nephroblastoma), favorable "
      "histology, stage II.  Vincristine and dactinomycin per protocol.", "kidney", "C64"),
    F("Neuroblastoma of the right adrenal gland, MYCN amplified, with bone marrow metastases, high risk.  "
      "Induction chemotherapy cycle 2.", "other_cancer", "C74"),
    F("Thoracic paraspinal neuroblastoma in an infant, intermediate risk, resected.  Observation.",
      "other_cancer", "C47|C38|C76"),
    F("Retinoblastoma of the left eye, group D, RB1 germline mutation.  Intra-arterial chemotherapy.  Right eye "
      "surveillance exams under anesthesia.", "other_cancer", "C69"),
    F("Hepatoblastoma, epithelial fetal type, in a 14-month-old, AFP 85,000.  Cisplatin neoadjuvant then left "
      "hepatectomy.", "liver", "C22"),
    F("Medulloblastoma of the cerebellar vermis, WNT-activated, in a 9-year-old, status post gross total "
      "resection.  Craniospinal radiation now.", "brain", "C71"),
    F("Diffuse intrinsic pontine glioma, H3 K27M altered, in a 6-year-old with cranial nerve palsies.  Focal "
      "radiation.", "brain", "C71"),
    F("Embryonal rhabdomyosarcoma of the left orbit in a 5-year-old, proptosis, biopsy myogenin positive.  VAC "
      "chemotherapy and radiation.", "other_cancer", "C69|C49"),
    F("Pediatric B-lymphoblastic leukemia, standard risk, day 29 MRD negative.  Consolidation.",
      "leukemia", "C91"),
    F("DIAGNOSIS:,  Brain, right parietal lobe, resection:  Glioblastoma, IDH-wildtype, WHO grade 4, MGMT "
      "promoter methylated.,PLAN:,  Radiation with concurrent temozolomide.", "brain", "C71"),
    F("Oligodendroglioma, IDH-mutant and 1p/19q-codeleted, WHO grade 2, left frontal lobe, subtotal resection.  "
      "Radiation then PCV.", "brain", "C71"),
    F("Anaplastic (malignant) meningioma, WHO grade 3, of the left convexity, invading brain.  Re-resection and "
      "radiation.", "brain", "C70"),
    F("Intramedullary ependymoma of the cervical spinal cord, C3 to C5, WHO grade 2, resected.  Postoperative "
      "MRI without residual.", "brain", "C72"),
    F("Optic pathway glioma of the chiasm in a child with NF1, progressive vision loss.  Carboplatin and "
      "vincristine.", "brain", "C72"),
    F("Primary CNS lymphoma: periventricular enhancing lesions, stereotactic biopsy shows diffuse large B-cell "
      "lymphoma, no systemic disease on PET and marrow.  High-dose methotrexate induction.", "lymphoma", "C83|C85"),
    F("Brain metastases, three lesions, from known triple-negative breast cancer on chemotherapy.  Stereotactic "
      "radiosurgery to all three.", "breast", "C50|C79"),
    F("Germinoma of the pineal region in a 14-year-old, CSF beta-hCG mildly elevated.  Chemotherapy and "
      "whole ventricular radiation.", "other_cancer", "C75"),
    # none
    F("DIAGNOSIS:,  Dura, right parasagittal, resection:  Meningioma, meningothelial type, WHO grade 1.  No brain "
      "invasion, mitoses fewer than 4 per 10 HPF.", "none", ""),
    F("Atypical meningioma, WHO grade 2, of the falx, gross total resection.  Observation with MRI.",
      "none", ""),
    F("Vestibular schwannoma, right, 1.4 cm intracanalicular with asymmetric hearing loss.  Gamma Knife "
      "radiosurgery.", "none", ""),
    F("Pituitary macroadenoma, nonfunctioning, 2.2 cm with chiasmal compression.  Endoscopic transsphenoidal "
      "resection; pathology pituitary adenoma.", "none", ""),
    F("Craniopharyngioma, adamantinomatous, in an 8-year-old with growth failure.  Subtotal resection and "
      "proton therapy.", "none", ""),
    F("Cerebellar hemangioblastoma in a patient with von Hippel-Lindau disease, resected.  Renal MRI shows simple "
      "cysts only.", "none", ""),
    F("Ganglioneuroma of the posterior mediastinum in a 10-year-old, completely resected.  Mature ganglion cells, "
      "no neuroblastic component.", "none", ""),
    F("Congenital mesoblastic nephroma, classic type, removed by nephrectomy at 6 weeks of age.  No adjuvant "
      "therapy.", "none", ""),
    F("Infantile hemangioma of the scalp, proliferative phase, on propranolol.  No PHACE features.", "none", ""),
    F("MRI brain for headaches shows a 7 mm pineal cyst and no mass.  No follow-up imaging needed.",
      "none", ""),
    F("Mature cystic teratoma of the sacrococcygeal region in a newborn, resected with the coccyx.  AFP falling "
      "appropriately; no yolk sac elements.", "none", ""),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "metastatic": METASTATIC,
    "haematologic": HAEMATOLOGIC,
    "skin": SKIN,
    "neuroendocrine_sarcoma": NEUROENDOCRINE_SARCOMA,
    "episode": EPISODE,
    "anatomy": ANATOMY,
    "paediatric_cns": PAEDIATRIC_CNS,
}

"""The third family, by ICD decision class, in one module: `FORMS` maps class -> forms.

Classes: metastatic (primary vs secondary), in_situ, history (Z85/Z86 vs active), benign (benign or
uncertain behaviour: `none`), digestive, genitourinary, gyn_breast, chest_head_neck_cns (sub-sites),
haematologic, skin, layouts (report layouts and capitals), abbreviations.
"""

from benchmarks.quality.coding_forms import Form

FORMS = {
    "metastatic": (
        Form("Metastatic adenocarcinoma to the liver from a sigmoid colon primary, status post sigmoid colectomy "
             "in March; now on FOLFOX.", "colorectal", "C18"),
        Form("FINAL DIAGNOSIS: Liver, segment 6, core needle biopsy: Metastatic adenocarcinoma; the morphology "
             "and immunoprofile (CK7 negative, CK20 positive, CDX2 positive) are consistent with colorectal "
             "origin.", "colorectal", "C18|C19|C20"),
        Form("Brain MRI shows three enhancing lesions consistent with metastases from his known non-small cell "
             "lung cancer.", "lung", "C34"),
        Form("She presents with new back pain; bone scan shows diffuse osseous metastases from her breast "
             "carcinoma.", "breast", "C50"),
        Form("DIAGNOSIS: Lymph node, right axillary, fine needle aspiration: Metastatic melanoma.", "melanoma",
             "C43|C80"),
        Form("Peritoneal carcinomatosis secondary to gastric signet ring cell adenocarcinoma.", "stomach", "C16"),
        Form("Liver biopsy showed poorly differentiated carcinoma; no primary site has been identified despite "
             "EGD, colonoscopy and PET-CT, and she is being treated for carcinoma of unknown primary.",
             "other_cancer", "C80"),
        Form("FINAL DIAGNOSIS: Bone, left femur, intramedullary reaming: Metastatic renal cell carcinoma, clear "
             "cell type.", "kidney", "C64"),
        Form("Left level II lymph node, excisional biopsy: metastatic squamous cell carcinoma, p16 positive, "
             "consistent with an oropharyngeal primary.", "head_and_neck", "C10"),
        Form("Malignant pleural effusion due to metastatic ovarian serous carcinoma.", "other_cancer", "C56"),
        Form("Hepatic metastases from a well-differentiated neuroendocrine tumor of the pancreatic tail.",
             "pancreas", "C25"),
        Form("Spinal cord compression at T8 from metastatic castration-resistant prostate cancer; started "
             "dexamethasone and palliative radiation.", "prostate", "C61"),
        Form("FINAL DIAGNOSIS: Ovary, right, oophorectomy: Metastatic signet ring cell carcinoma (Krukenberg "
             "tumor), consistent with a gastric primary.", "stomach", "C16"),
        Form("Pulmonary nodules, wedge resections: metastatic osteosarcoma.", "other_cancer", "C40|C41"),
        Form("Leptomeningeal disease from HER2-positive breast cancer, on intrathecal trastuzumab.", "breast",
             "C50"),
        Form("Colon cancer resected in 2015; now biopsy-proven liver metastases, starting FOLFIRI and "
             "bevacizumab.", "colorectal", "C18"),
        Form("FINAL DIAGNOSIS: Brain, left cerebellum, resection: Metastatic adenocarcinoma.\nCOMMENT: The tumor "
             "cells are positive for TTF-1 and napsin A, supporting a primary lung adenocarcinoma.", "lung",
             "C34"),
    ),
    "in_situ": (
        Form("FINAL DIAGNOSIS: Breast, left, 2 o'clock, stereotactic core biopsy: Ductal carcinoma in situ, "
             "cribriform type, intermediate nuclear grade, with calcifications. No invasive carcinoma "
             "identified.", "breast", "D05"),
        Form("Left breast lumpectomy showed invasive ductal carcinoma, 1.4 cm, with associated high-grade ductal "
             "carcinoma in situ.", "breast", "C50"),
        Form("Skin, right upper back, shave biopsy: melanoma in situ, extending to the peripheral margin.",
             "melanoma", "D03"),
        Form("DIAGNOSIS: Cervix, LEEP: High-grade squamous intraepithelial lesion (CIN 3), margins negative.",
             "other_cancer", "D06"),
        Form("Urine cytology was positive and the bladder biopsies show flat urothelial carcinoma in situ "
             "without invasion; BCG induction is planned.", "bladder", "D09"),
        Form("Squamous cell carcinoma in situ (Bowen disease) of the left forearm, excised today.",
             "other_cancer", "D04"),
        Form("Lung, right upper lobe, wedge resection: adenocarcinoma in situ, nonmucinous, 1.1 cm.", "lung",
             "D02"),
        Form("Pathology from the transurethral resection: noninvasive papillary urothelial carcinoma, low grade "
             "(pTa); muscularis propria present and uninvolved.", "bladder", "C67|D09"),
        Form("Left breast reduction specimen: lobular carcinoma in situ, classic type, an incidental finding.",
             "breast", "D05"),
        Form("Vulva, left labium majus, biopsy: vulvar intraepithelial neoplasia grade 3 (VIN 3).",
             "other_cancer", "D07"),
        Form("Cone biopsy of the cervix showed adenocarcinoma in situ of the endocervix.", "other_cancer", "D06"),
        Form("Her ductal carcinoma in situ of the right breast was treated with lumpectomy and radiation in 2014; "
             "this year's mammogram shows no recurrence.", "breast", "Z86"),
        Form("FINAL DIAGNOSIS: Colon, sigmoid, polypectomy: Tubular adenoma with high-grade dysplasia. No "
             "invasive carcinoma.", "none"),
        Form("Barrett esophagus with high-grade dysplasia, referred for endoscopic radiofrequency ablation.",
             "none"),
    ),
    "history": (
        Form("PAST MEDICAL HISTORY: Hypertension. Hyperlipidemia. Left breast cancer in 2009, treated with "
             "lumpectomy and radiation.", "breast", "Z85"),
        Form("He had a radical prostatectomy for prostate cancer in 2015, and his PSA has remained "
             "undetectable.", "prostate", "Z85"),
        Form("Remote history of Hodgkin lymphoma treated with ABVD and mantle field radiation in 1992.",
             "lymphoma", "Z85"),
        Form("She is a 12-year survivor of stage II colon cancer after a right hemicolectomy and adjuvant "
             "chemotherapy.", "colorectal", "Z85"),
        Form("Known metastatic breast cancer, currently on cycle 4 of capecitabine.", "breast", "C50"),
        Form("Recurrent bladder cancer; she is scheduled for a repeat TURBT next week.", "bladder", "C67"),
        Form("History of papillary thyroid carcinoma status post total thyroidectomy and radioactive iodine in "
             "2011, on levothyroxine, with an undetectable thyroglobulin.", "thyroid", "Z85"),
        Form("History of renal cell carcinoma status post left partial nephrectomy in 2018; surveillance CT "
             "shows no evidence of recurrence.", "kidney", "Z85"),
        Form("Her endometrial cancer was diagnosed last month, and she is scheduled for a robotic hysterectomy "
             "next week.", "uterine", "C54"),
        Form("Lung cancer of the right upper lobe treated with SBRT in 2019, with no evidence of disease since.",
             "lung", "Z85"),
        Form("Melanoma of the left calf excised in 2005 with a negative sentinel node; no recurrence.",
             "melanoma", "Z85"),
        Form("History of testicular seminoma, treated with orchiectomy at age 24.", "other_cancer", "Z85"),
        Form("Chronic lymphocytic leukemia diagnosed in 2016, on observation only, never treated.", "leukemia",
             "C91"),
        Form("Multiple myeloma in remission after autologous stem cell transplant in 2020, on lenalidomide "
             "maintenance.", "myeloma", "C90"),
        Form("History of base of tongue cancer treated with chemoradiation in 2013, now with osteoradionecrosis "
             "of the mandible.", "head_and_neck", "Z85"),
        Form("Rectal cancer status post low anterior resection, currently receiving adjuvant FOLFOX, cycle 6 "
             "of 8.", "colorectal", "C20"),
        Form("Breast cancer diagnosed in 2018, status post mastectomy, now on letrozole.", "breast", "C50"),
        Form("Prostate cancer on active surveillance; last biopsy showed Gleason 3+3 in two cores.", "prostate",
             "C61"),
        Form("She had lymphoma as a child; no records are available.", "lymphoma", "Z85"),
    ),
    "benign": (
        Form("FINAL DIAGNOSIS: Thyroid, right lobe, lobectomy: Follicular adenoma, 2.3 cm. No capsular or "
             "vascular invasion.", "none"),
        Form("Pituitary macroadenoma causing bitemporal hemianopsia; transsphenoidal resection is planned.",
             "none"),
        Form("MRI shows a stable 2.8 cm parasagittal meningioma, WHO grade 1.", "none"),
        Form("DIAGNOSIS: Ovary, left, salpingo-oophorectomy: Serous borderline tumor, no invasive implants.",
             "none"),
        Form("Monoclonal gammopathy of undetermined significance, IgG kappa, M-spike 0.4 g/dL, followed "
             "yearly.", "none"),
        Form("Essential thrombocythemia, JAK2 positive, on hydroxyurea and aspirin.", "none"),
        Form("Myelodysplastic syndrome with ring sideroblasts, transfusion dependent.", "none"),
        Form("Kidney, right, partial nephrectomy: renal oncocytoma, 3.1 cm, margins negative.", "none"),
        Form("Uterus, hysterectomy: multiple leiomyomata, the largest 6 cm; benign proliferative endometrium.",
             "none"),
        Form("Left breast core biopsy: fibroadenoma, concordant with imaging; return to annual screening.",
             "none"),
        Form("Colonoscopy removed three tubular adenomas and a sessile serrated lesion; repeat in 3 years.",
             "none"),
        Form("Right vestibular schwannoma (acoustic neuroma), 1.2 cm, under observation.", "none"),
        Form("Left thyroid lobe: noninvasive follicular thyroid neoplasm with papillary-like nuclear features "
             "(NIFTP).", "none"),
        Form("Atypical ductal hyperplasia on core biopsy; surgical excision is recommended.", "none"),
        Form("Polycythemia vera, phlebotomy to keep the hematocrit below 45 percent.", "none"),
        Form("Liver, segment 4, biopsy: focal nodular hyperplasia. No evidence of hepatocellular carcinoma.",
             "none"),
        Form("Parotid, left, superficial parotidectomy: pleomorphic adenoma, completely excised.", "none"),
        Form("Left kidney angiomyolipoma, 2 cm, fat-containing on CT.", "none"),
    ),
    "digestive": (
        Form("EGD showed a friable circumferential mass in the distal esophagus at 35 cm; biopsies show invasive "
             "adenocarcinoma arising in Barrett mucosa.", "other_cancer", "C15"),
        Form("FINAL DIAGNOSIS: Gastroesophageal junction, biopsy: Adenocarcinoma, moderately differentiated.",
             "stomach", "C16"),
        Form("Stomach, antrum, endoscopic biopsy: poorly cohesive carcinoma, signet ring cell type.", "stomach",
             "C16"),
        Form("Adenocarcinoma of the cecum, pT3 N1a, after laparoscopic right colectomy.", "colorectal", "C18"),
        Form("FINAL DIAGNOSIS: Rectosigmoid junction, anterior resection: Invasive adenocarcinoma, moderately "
             "differentiated, invading into the muscularis propria.", "colorectal", "C19"),
        Form("Low rectal adenocarcinoma 4 cm from the anal verge, cT3N1, on total neoadjuvant therapy.",
             "colorectal", "C20"),
        Form("Anal canal, biopsy: invasive squamous cell carcinoma, HPV associated; chemoradiation per the Nigro "
             "protocol is planned.", "colorectal", "C21"),
        Form("Appendix, appendectomy: mucinous adenocarcinoma with pseudomyxoma peritonei.", "colorectal",
             "C18"),
        Form("Hepatocellular carcinoma in a cirrhotic liver, 3.2 cm in segment 8, bridged to transplant with "
             "TACE.", "liver", "C22"),
        Form("Biopsy-proven intrahepatic cholangiocarcinoma, a 7 cm mass in the left lobe of the liver.",
             "liver", "C22"),
        Form("Distal common bile duct adenocarcinoma presenting with painless jaundice; Whipple procedure "
             "performed.", "other_cancer", "C24"),
        Form("Gallbladder, cholecystectomy: invasive adenocarcinoma arising in the fundus, pT2.", "other_cancer",
             "C23"),
        Form("FINAL DIAGNOSIS: Pancreas, head, pancreaticoduodenectomy: Ductal adenocarcinoma, 3.0 cm, with "
             "perineural invasion.", "pancreas", "C25"),
        Form("Ampulla of Vater, Whipple resection: ampullary adenocarcinoma, intestinal type.", "other_cancer",
             "C24"),
        Form("Duodenum, second portion, biopsy: invasive adenocarcinoma.", "other_cancer", "C17"),
        Form("Well-differentiated neuroendocrine tumor (carcinoid) of the terminal ileum with mesenteric nodal "
             "metastases.", "other_cancer", "C7A"),
        Form("Adenocarcinoma of the hepatic flexure causing partial obstruction.", "colorectal", "C18"),
        Form("Squamous cell carcinoma of the mid esophagus, on concurrent carboplatin, paclitaxel and "
             "radiation.", "other_cancer", "C15"),
    ),
    "genitourinary": (
        Form("FINAL DIAGNOSIS: Kidney, left, radical nephrectomy: Renal cell carcinoma, clear cell type, "
             "WHO/ISUP grade 3, 6.5 cm, limited to the kidney (pT1b).", "kidney", "C64"),
        Form("Right renal pelvis, ureteroscopic biopsy: low-grade papillary urothelial carcinoma.", "kidney",
             "C65"),
        Form("High-grade urothelial carcinoma of the left distal ureter, treated with distal ureterectomy and "
             "reimplantation.", "bladder", "C66"),
        Form("Bladder, left lateral wall, TURBT: Invasive high-grade urothelial carcinoma invading the "
             "muscularis propria (detrusor muscle).", "bladder", "C67"),
        Form("Urethra, biopsy: squamous cell carcinoma of the female urethra.", "bladder", "C68"),
        Form("Prostate, needle core biopsies: prostatic adenocarcinoma, Gleason score 4+3=7 (Grade Group 3), "
             "involving 5 of 12 cores.", "prostate", "C61"),
        Form("Testis, right, radical orchiectomy: seminoma, classic type, 3.5 cm, confined to the testis.",
             "other_cancer", "C62"),
        Form("Penis, glans, partial penectomy: invasive squamous cell carcinoma, usual type.", "other_cancer",
             "C60"),
        Form("Bladder, dome, partial cystectomy: urachal adenocarcinoma.", "bladder", "C67"),
        Form("Papillary renal cell carcinoma, 4 cm, right upper pole, scheduled for robotic partial "
             "nephrectomy.", "kidney", "C64"),
        Form("Chromophobe renal cell carcinoma of the left kidney.", "kidney", "C64"),
        Form("Adrenal gland, left, adrenalectomy: adrenal cortical carcinoma, 11 cm, with vascular invasion.",
             "other_cancer", "C74"),
        Form("Wilms tumor of the right kidney in a 3-year-old, after nephrectomy, on vincristine and "
             "dactinomycin.", "kidney", "C64"),
        Form("Muscle-invasive bladder cancer (cT2N0), receiving neoadjuvant gemcitabine and cisplatin before "
             "cystectomy.", "bladder", "C67"),
    ),
    "gyn_breast": (
        Form("FINAL DIAGNOSIS: Uterus, cervix, bilateral tubes and ovaries, total hysterectomy: Endometrioid "
             "adenocarcinoma of the endometrium, FIGO grade 1, invading less than half of the myometrium.",
             "uterine", "C54"),
        Form("Cervix, biopsy at 12 o'clock: invasive squamous cell carcinoma, keratinizing.", "other_cancer",
             "C53"),
        Form("Uterine leiomyosarcoma, 12 cm, found at myomectomy.", "uterine", "C54|C55"),
        Form("Uterine serous carcinoma, stage IIIA after surgical staging; starting carboplatin and paclitaxel.",
             "uterine", "C54|C55"),
        Form("High-grade serous carcinoma involving both ovaries and the omentum, stage IIIC, after interval "
             "debulking.", "other_cancer", "C56"),
        Form("Right fallopian tube, salpingectomy: invasive high-grade serous carcinoma of the fimbria with "
             "serous tubal intraepithelial carcinoma.", "other_cancer", "C57"),
        Form("Primary peritoneal serous carcinoma with ascites; the ovaries are normal in size.", "other_cancer",
             "C48"),
        Form("Vulva, right labium majus, wide local excision: invasive squamous cell carcinoma, depth of "
             "invasion 3 mm.", "other_cancer", "C51"),
        Form("Carcinosarcoma (malignant mixed mullerian tumor) of the endometrium.", "uterine", "C54"),
        Form("FINAL DIAGNOSIS: Breast, right, upper outer quadrant, ultrasound-guided core biopsy: Invasive "
             "ductal carcinoma, Nottingham grade 2; ER positive, PR positive, HER2 negative.", "breast", "C50"),
        Form("A 68-year-old man with invasive ductal carcinoma of the left breast beneath the nipple.",
             "breast", "C50"),
        Form("Left breast, excision: malignant phyllodes tumor, 8 cm, with stromal overgrowth.", "breast",
             "C50"),
        Form("Inflammatory breast cancer of the right breast, T4d, on neoadjuvant chemotherapy.", "breast",
             "C50"),
        Form("Choriocarcinoma after a molar pregnancy with a rising beta-hCG; starting methotrexate.",
             "other_cancer", "C58"),
        Form("Clear cell carcinoma of the left ovary arising in endometriosis, stage IC.", "other_cancer",
             "C56"),
    ),
    "chest_head_neck_cns": (
        Form("FINAL DIAGNOSIS: Lung, left lower lobe, lobectomy: Invasive adenocarcinoma, acinar predominant, "
             "2.6 cm, visceral pleural invasion present.", "lung", "C34"),
        Form("Right main bronchus, endobronchial biopsy: squamous cell carcinoma.", "lung", "C34"),
        Form("Trachea, biopsy: adenoid cystic carcinoma.", "lung", "C33"),
        Form("Pleura, right, decortication: malignant mesothelioma, epithelioid type.", "other_cancer", "C45"),
        Form("Anterior mediastinal mass, resection: thymic carcinoma, squamous type.", "other_cancer", "C37"),
        Form("Squamous cell carcinoma of the left lateral oral tongue, pT2 N0, after partial glossectomy.",
             "head_and_neck", "C02"),
        Form("p16-positive squamous cell carcinoma of the base of tongue, now in week 4 of chemoradiation.",
             "head_and_neck", "C01"),
        Form("Larynx, biopsy: invasive squamous cell carcinoma of the right true vocal cord.", "head_and_neck",
             "C32"),
        Form("Nasopharyngeal carcinoma, nonkeratinizing, EBV positive.", "head_and_neck", "C11"),
        Form("Parotid gland, left, total parotidectomy: mucoepidermoid carcinoma, high grade.", "head_and_neck",
             "C07"),
        Form("Right tonsil, tonsillectomy: squamous cell carcinoma, HPV-associated.", "head_and_neck", "C09"),
        Form("Thyroid, total thyroidectomy: papillary thyroid carcinoma, classic variant, 1.8 cm, right lobe.",
             "thyroid", "C73"),
        Form("Medullary thyroid carcinoma with elevated calcitonin, RET mutation positive.", "thyroid", "C73"),
        Form("Brain, right frontal lobe, stereotactic biopsy: glioblastoma, IDH-wildtype, CNS WHO grade 4.",
             "brain", "C71"),
        Form("Cerebellar medulloblastoma in a 7-year-old, after resection, on craniospinal radiation.", "brain",
             "C71"),
        Form("Anaplastic meningioma (WHO grade 3) of the left convexity.", "brain", "C70"),
        Form("Maxillary sinus, biopsy: sinonasal undifferentiated carcinoma.", "head_and_neck", "C31"),
        Form("Squamous cell carcinoma of the floor of mouth invading the mandible.", "head_and_neck", "C04"),
        Form("Squamous cell carcinoma of the left pyriform sinus with a fixed hemilarynx.", "head_and_neck",
             "C12"),
    ),
    "haematologic": (
        Form("FINAL DIAGNOSIS: Lymph node, left cervical, excisional biopsy: Classic Hodgkin lymphoma, nodular "
             "sclerosis type.", "lymphoma", "C81"),
        Form("Diffuse large B-cell lymphoma, germinal center type, stage IV, on R-CHOP cycle 3.", "lymphoma",
             "C83"),
        Form("Follicular lymphoma, grade 1-2, low tumor burden, watch and wait.", "lymphoma", "C82"),
        Form("Mantle cell lymphoma with blastoid features, on bendamustine and rituximab.", "lymphoma", "C83"),
        Form("Stomach, biopsy: extranodal marginal zone lymphoma of mucosa-associated lymphoid tissue (MALT "
             "lymphoma), H. pylori positive.", "lymphoma", "C88"),
        Form("Mycosis fungoides, patch stage, on topical steroids and narrowband UVB.", "lymphoma", "C84"),
        Form("Bone marrow, core biopsy: plasma cell myeloma, 60 percent kappa-restricted plasma cells.",
             "myeloma", "C90"),
        Form("Solitary plasmacytoma of the T10 vertebral body, treated with radiation.", "myeloma", "C90"),
        Form("Acute myeloid leukemia with NPM1 mutation; 7+3 induction started today.", "leukemia", "C92"),
        Form("Acute promyelocytic leukemia with PML-RARA, on ATRA and arsenic trioxide.", "leukemia", "C92"),
        Form("B-cell acute lymphoblastic leukemia, Philadelphia chromosome positive, in first remission on "
             "dasatinib.", "leukemia", "C91"),
        Form("Chronic myeloid leukemia in chronic phase, BCR-ABL1 positive, on imatinib.", "leukemia", "C92"),
        Form("Hairy cell leukemia, treated with cladribine.", "leukemia", "C91"),
        Form("Chronic myelomonocytic leukemia, CMML-1, on azacitidine.", "leukemia", "C93"),
        Form("Waldenstrom macroglobulinemia with an IgM of 3,200 mg/dL and hyperviscosity symptoms.", "lymphoma",
             "C88"),
        Form("Burkitt lymphoma of the ileocecal region in a 10-year-old boy.", "lymphoma", "C83"),
        Form("Primary central nervous system lymphoma, diffuse large B-cell type, of the corpus callosum, on "
             "high-dose methotrexate.", "lymphoma", "C83|C85"),
        Form("Peripheral T-cell lymphoma, not otherwise specified, stage III, on CHOEP.", "lymphoma", "C84"),
    ),
    "skin": (
        Form("Skin, left nasal ala, Mohs excision: basal cell carcinoma, nodular type.", "other_cancer", "C44"),
        Form("Skin, right dorsal hand, shave biopsy: invasive squamous cell carcinoma, well differentiated.",
             "other_cancer", "C44"),
        Form("Skin, left upper back, excision: invasive melanoma, superficial spreading type, Breslow thickness "
             "1.2 mm, Clark level IV, nonulcerated.", "melanoma", "C43"),
        Form("Nodular melanoma of the scalp, 4.5 mm thick and ulcerated.", "melanoma", "C43"),
        Form("Subungual acral lentiginous melanoma of the right great toe.", "melanoma", "C43"),
        Form("Choroidal melanoma of the left eye, treated with plaque brachytherapy.", "melanoma", "C69"),
        Form("Merkel cell carcinoma of the right cheek, 2 cm, sentinel node positive.", "other_cancer", "C4A"),
        Form("Kaposi sarcoma of the skin of both lower legs in a patient with HIV.", "other_cancer", "C46"),
        Form("Dysplastic nevus with severe atypia; re-excision is recommended.", "none"),
        Form("Actinic keratoses of the scalp treated with liquid nitrogen.", "none"),
        Form("Mucosal melanoma of the anal canal.", "melanoma", "C21"),
        Form("Superficial basal cell carcinoma of the chest, treated with imiquimod.", "other_cancer", "C44"),
        Form("Lentigo maligna melanoma of the left cheek, invasive to 0.6 mm.", "melanoma", "C43"),
        Form("Sebaceous carcinoma of the right upper eyelid.", "other_cancer", "C44"),
        Form("Seborrheic keratosis of the back, irritated, removed by shave.", "none"),
    ),
    "layouts": (
        Form("SYNOPTIC REPORT:\nProcedure: Right hemicolectomy\nTumor site: Ascending colon\nHistologic type: "
             "Adenocarcinoma\nHistologic grade: G2, moderately differentiated\nTumor size: 4.5 cm\npT3 pN0",
             "colorectal", "C18"),
        Form("CANCER CASE SUMMARY:\nProcedure: Lobectomy\nSpecimen laterality: Right\nTumor site: Middle lobe\n"
             "Histologic type: Squamous cell carcinoma, keratinizing\nTumor size: 2.9 cm", "lung", "C34"),
        Form("UTERINE CANCER SUMMARY:\nHistologic type: Endometrioid carcinoma\nTumor site: Endometrium\n"
             "Myometrial invasion: 4 of 15 mm", "uterine", "C54"),
        Form("FINAL DIAGNOSIS: Adenocarcinoma, colon, sigmoid, segmental resection.", "colorectal", "C18"),
        Form("DIAGNOSIS: CARCINOMA, SQUAMOUS CELL, INVASIVE, LARYNX, SUPRAGLOTTIC.", "head_and_neck", "C32"),
        Form("FINAL DIAGNOSIS: RIGHT BREAST, MODIFIED RADICAL MASTECTOMY: INVASIVE LOBULAR CARCINOMA, 3.2 CM, "
             "WITH METASTASIS TO 2 OF 14 AXILLARY LYMPH NODES.", "breast", "C50"),
        Form("FINAL DIAGNOSIS:\nA. Lymph node, sentinel, left axilla: Negative for metastatic carcinoma (0/2).\n"
             "B. Breast, left, lumpectomy: Invasive ductal carcinoma, grade 3, 2.1 cm; margins negative.",
             "breast", "C50"),
        Form("FINAL DIAGNOSIS:\n1. Stomach, partial gastrectomy: Gastrointestinal stromal tumor, 6 cm, mitotic "
             "rate 3/50 HPF.\n2. Perigastric soft tissue: no tumor identified.", "other_cancer", "C49"),
        Form("MICROSCOPIC DIAGNOSIS: Prostate, left base, core biopsy: ADENOCARCINOMA, Gleason 3+3=6 (Grade "
             "Group 1), 10% of core.", "prostate", "C61"),
        Form("FINAL PATHOLOGIC DIAGNOSIS: Kidney, right, partial nephrectomy - Clear cell renal cell "
             "carcinoma, ISUP grade 2, margins negative.", "kidney", "C64"),
        Form("THYROID CANCER SUMMARY:\nSpecimen: Total thyroidectomy\nTumor focality: Unifocal\nTumor site: "
             "Left lobe\nHistologic type: Follicular carcinoma, minimally invasive", "thyroid", "C73"),
        Form("DIAGNOSIS: Bone marrow, aspirate and biopsy: Involvement by B-lymphoblastic leukemia, 85% "
             "blasts.", "leukemia", "C91"),
        Form("IMPRESSION: Pancreatic head mass with biliary and pancreatic duct dilatation; EUS-FNA positive "
             "for adenocarcinoma.", "pancreas", "C25"),
        Form("ASSESSMENT AND PLAN:\n1. Stage IIIB squamous cell carcinoma of the left lower lobe of the lung, "
             "cycle 2 of carboplatin and paclitaxel.\n2. Hypertension.", "lung", "C34"),
        Form("FINAL DIAGNOSIS: Esophagus and proximal stomach, Ivor Lewis esophagectomy: Residual "
             "adenocarcinoma of the distal esophagus, ypT2 N0, with treatment effect.", "other_cancer", "C15"),
        Form("DIAGNOSIS: LEFT BREAST, NEEDLE-LOCALIZED EXCISION: DUCTAL CARCINOMA IN SITU, SOLID TYPE, HIGH "
             "NUCLEAR GRADE, WITH COMEDONECROSIS.", "breast", "D05"),
        Form("FINAL DIAGNOSIS: Carcinoma, urothelial, high grade, invasive into lamina propria; bladder, "
             "trigone, transurethral resection.", "bladder", "C67"),
    ),
    "abbreviations": (
        Form("Stage IV NSCLC, EGFR exon 19 deletion, on osimertinib.", "lung", "C34"),
        Form("ES-SCLC, started carboplatin, etoposide and atezolizumab.", "lung", "C34"),
        Form("HCC, BCLC stage B, s/p TACE x2, on surveillance imaging for residual disease.", "liver", "C22"),
        Form("Clear cell RCC of the left kidney, s/p partial nephrectomy last month.", "kidney", "C64"),
        Form("DLBCL, stage IIIA, IPI 3, completed C2 of R-CHOP.", "lymphoma", "C83"),
        Form("CLL with del(17p), started on ibrutinib.", "leukemia", "C91"),
        Form("AML, relapsed after allo-SCT, on venetoclax plus azacitidine.", "leukemia", "C92"),
        Form("GBM, s/p gross total resection, on the Stupp protocol with concurrent TMZ.", "brain", "C71"),
        Form("TNBC of the right breast, on the KEYNOTE-522 neoadjuvant regimen.", "breast", "C50"),
        Form("Left breast IDC, 1.2 cm, ER+/PR+/HER2-.", "breast", "C50"),
        Form("R breast DCIS, s/p lumpectomy, planning radiation.", "breast", "D05"),
        Form("Hx of CA prostate, s/p XRT 2012, PSA undetectable.", "prostate", "Z85"),
        Form("ALL in CR1, on POMP maintenance.", "leukemia", "C91"),
        Form("MM, IgA lambda, ISS stage II, on VRd induction.", "myeloma", "C90"),
        Form("CML-CP on dasatinib, in major molecular response.", "leukemia", "C92"),
        Form("SCC of the L tonsil, HPV+, s/p TORS, for adjuvant RT.", "head_and_neck", "C09"),
        Form("Hx BCC of the nose, Mohs 2018.", "other_cancer", "Z85"),
        Form("mCRPC on enzalutamide with a rising PSA.", "prostate", "C61"),
        Form("cHL, nodular sclerosis, stage IIA, C3 of ABVD.", "lymphoma", "C81"),
        Form("PDAC of the pancreatic tail, borderline resectable, on FOLFIRINOX.", "pancreas", "C25"),
        Form("ccRCC with lung mets, on pembrolizumab and axitinib.", "kidney", "C64"),
        Form("Recurrent HNSCC of the oral cavity, on cetuximab.", "head_and_neck", "C06"),
    ),
}

"""The sixteenth family: the cancer and its ICD-10-CM category as structured reports and checklists state them.

Written blind 2026-12-05 by someone who had not read the coder, its rules or vocabularies, or the other families' forms;
only DESIGN.md (the 17 types and their ICD-10-CM ranges), the probe, the `Form` class, the labelling rules of
tests/fixtures/mtsamples_gold_README.md, the first 25 lines of the fifteenth family's `forms.py` and its `__init__.py`
(layout), the late-families test and the fifteenth writer's report (method and layout). Committed before the probe was
first run on it. One module: `FORMS` maps class -> forms; every class holds cancer and `none` forms (about 35-40%
`none` overall).

Labelling follows the README's rules. An imaging category is not a diagnosis: BI-RADS 0-5, LI-RADS LR-3/LR-4/LR-M,
Lung-RADS 4A-4X, PI-RADS 4-5, TI-RADS TR4-TR5, O-RADS 4-5 and Bosniak III-IV without tissue are `none`; BI-RADS 6
(known biopsy-proven malignancy), LR-TR viable or LR-TIV in a patient with known hepatocellular carcinoma, and any
category reported with the tissue diagnosis that followed, take the cancer. Cytology counts when it gives a malignant
category (Bethesda thyroid VI, Milan VI, Paris "high-grade urothelial carcinoma", pancreaticobiliary "positive/
malignant"); the non-diagnostic, benign, atypical, "follicular neoplasm", "suspicious for" and "neoplastic: benign /
other" categories are `none`, and so are HSIL, ASC-H and the other squamous intraepithelial categories of cervical
cytology; CIN 3 and adenocarcinoma in situ of the cervix on biopsy are carcinoma in situ (other_cancer D06). A
frozen-section diagnosis gives way to the permanent one, and an amended or corrected report's diagnosis replaces the
original; a second opinion's own diagnosis is the one that counts. Germline carriers without a cancer, clonal
haematopoiesis, MGUS, monoclonal B-cell lymphocytosis, myelodysplastic neoplasms (D46), polycythaemia vera, NIFTP,
borderline tumours, benign WHO grade 1 meningioma and schwannoma, atypical or intraepithelial precursors (ADH, HGPIN,
EIN, AAH, high-grade dysplasia in an adenoma or Barrett mucosa) are `none`. The category is the active C/D code when
the cancer is present or under treatment (active surveillance of a prostate cancer included), Z85 (Z86 for in situ)
when given only as history. Metastasis labels list the secondary category with the primary's (`"C77|C50"`); where
ICD-10-CM leaves the first code to a detail the passage does not give, the alternatives are all accepted.

Classes:
- breast_rads: BI-RADS categories on mammography, ultrasound and MRI reports.
- organ_rads: LI-RADS, Lung-RADS, PI-RADS, TI-RADS, O-RADS and Bosniak categories.
- thyroid_salivary: Bethesda thyroid cytology I-VI and the Milan salivary gland system.
- cytology: Paris urine cytology, Bethesda cervical cytology, pancreaticobiliary (Papanicolaou Society) categories,
  effusion, CSF and bronchial cytology.
- synoptic: CAP cancer checklists (procedure, histologic type, grade, margins, pTNM, biomarkers) for many sites, and
  benign specimens for which no checklist applies.
- frozen: intraoperative frozen-section consultations and their permanent diagnoses.
- amended: amended, corrected and addendum reports, and second-opinion reviews of outside slides.
- molecular: NGS, PCR, FISH and germline reports.
- grading: Gleason / Grade Group, Nottingham, FIGO, WHO CNS grade, ISUP / Fuhrman and other grade statements.
- marrow: bone marrow, flow cytometry and lymph node haematopathology reports.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

BREAST_RADS = (
    Form("IMPRESSION: Known biopsy-proven invasive ductal carcinoma of the right breast at 10 o'clock, 2.3 cm on MRI, "
         "no additional suspicious enhancement.\nBI-RADS 6: Known biopsy-proven malignancy.", "breast", "C50"),
    Form("ASSESSMENT: BI-RADS 0, incomplete. Need additional imaging evaluation: spot compression views of a left "
         "upper outer quadrant asymmetry.", "none"),
    Form("IMPRESSION: Oval circumscribed mass at the right 2 o'clock position, 8 mm, most consistent with a "
         "fibroadenoma.\nBI-RADS 3: Probably benign. Short-interval follow-up ultrasound in 6 months.", "none"),
    Form("IMPRESSION: Irregular spiculated mass in the left breast at 1 o'clock measuring 1.4 cm with associated "
         "pleomorphic calcifications. BI-RADS 5: Highly suggestive of malignancy. Ultrasound-guided core biopsy is "
         "recommended and has been scheduled.", "none"),
    Form("LEFT SCREENING MAMMOGRAM: The patient is receiving neoadjuvant chemotherapy for a biopsy-proven right breast "
         "carcinoma, imaged separately. Left breast: no suspicious mass, calcification or distortion.\nBI-RADS 1: "
         "Negative (left).", "breast", "C50"),
    Form("ADDENDUM: Pathology from the ultrasound-guided core biopsy of the BI-RADS 4C left breast mass returned "
         "invasive lobular carcinoma, grade 2, ER positive, HER2 negative. Results are concordant. The patient has "
         "been referred to breast surgery.", "breast", "C50"),
    Form("ADDENDUM: Pathology of the BI-RADS 4B right breast mass: fibroadenoma with stromal hyalinization. "
         "Radiology-pathology concordant, benign. Return to annual screening mammography.", "none"),
    Form("IMPRESSION: Left breast mass at 3 o'clock, biopsied 12/02, and an abnormal left axillary lymph node with "
         "cortical thickening, biopsy-proven metastatic carcinoma consistent with breast primary.\nBI-RADS 6.",
         "breast", "C50|C77"),
    Form("BILATERAL DIAGNOSTIC MAMMOGRAM: Post-lumpectomy changes in the right breast, treated for stage I breast "
         "cancer in 2014 with lumpectomy and radiation, no current therapy. Stable architectural distortion and "
         "dystrophic calcifications at the lumpectomy site.\nBI-RADS 2: Benign.", "breast", "Z85"),
    Form("IMPRESSION: Stable post-surgical changes of the left breast. The patient continues adjuvant letrozole for "
         "her left breast carcinoma diagnosed last year. No mammographic evidence of recurrence.\nBI-RADS 2: Benign.",
         "breast", "C50"),
    Form("MRI BREAST FOR EXTENT OF DISEASE: Biopsy-proven ductal carcinoma in situ, high nuclear grade, left breast, "
         "with 4.1 cm of segmental non-mass enhancement. No suspicious axillary adenopathy.\nBI-RADS 6.",
         "breast", "D05"),
    Form("IMPRESSION: Screening mammogram in a patient whose mother and sister had breast cancer. Scattered "
         "fibroglandular densities. No suspicious mass or calcification.\nBI-RADS 1: Negative.", "none"),
    Form("ASSESSMENT: BI-RADS 4B. The core biopsy showed atypical ductal hyperplasia; surgical excision is "
         "recommended because of upgrade risk. No carcinoma was identified in the core.", "none"),
    Form("Male patient with a palpable right subareolar mass, core biopsy last week invasive ductal carcinoma, ER "
         "strong positive. Today's mammogram shows the known 1.8 cm mass behind the nipple, BI-RADS 6, known "
         "malignancy, plan mastectomy.", "breast", "C50"),
    Form("MRI BREAST HIGH-RISK SCREENING: BRCA2 carrier, no personal history of cancer. A 5 mm focus of enhancement in "
         "the right breast, likely benign.\nBI-RADS 3: Probably benign.", "none"),
    Form("IMPRESSION: Interval decrease of the biopsy-proven right breast carcinoma from 3.9 to 1.6 cm after four "
         "cycles "
         "of neoadjuvant chemotherapy, consistent with partial response.\nBI-RADS 6: Known biopsy-proven malignancy.",
         "breast", "C50"),
    Form("BILATERAL MAMMOGRAM: History of left DCIS treated with lumpectomy and radiation in 2017, no endocrine "
         "therapy, "
         "now on annual surveillance. Benign-appearing post-surgical scar.\nBI-RADS 2: Benign.", "breast", "Z86"),
)

ORGAN_RADS = (
    Form("IMPRESSION: Cirrhotic liver. 2.4 cm segment 7 observation with nonrim arterial phase hyperenhancement and "
         "no washout.\nLI-RADS category: LR-4, probably HCC. Multidisciplinary discussion and repeat imaging or biopsy "
         "recommended.", "none"),
    Form("IMPRESSION: 3.1 cm segment 4 observation with rim arterial phase hyperenhancement and peripheral washout.\n"
         "LI-RADS category: LR-M, probably or definitely malignant, not HCC specific. Biopsy recommended.", "none"),
    Form("IMPRESSION: Status post TACE of biopsy-proven hepatocellular carcinoma in segment 8. Nodular arterial "
         "enhancement at the treated margin with washout.\nLI-RADS treatment response: LR-TR Viable.", "liver", "C22"),
    Form("IMPRESSION: Known hepatocellular carcinoma, segment 6, with enhancing soft tissue expanding the right portal "
         "vein.\nLI-RADS category: LR-TIV, tumor in vein. Findings discussed with hepatology.", "liver", "C22"),
    Form("LIVER MRI: 4.2 cm LR-5 observation in segment 2 with AFP 1,240. Ultrasound-guided biopsy performed after "
         "this "
         "study confirmed moderately differentiated hepatocellular carcinoma. Referred for transplant evaluation.",
         "liver", "C22"),
    Form("LOW-DOSE CT LUNG CANCER SCREENING: 30 pack-year former smoker. New 11 mm solid nodule in the right upper "
         "lobe.\nLung-RADS category: 4B, very suspicious. PET/CT and tissue sampling recommended.", "none"),
    Form("IMPRESSION: Right upper lobectomy in 2019 for stage IA lung adenocarcinoma, no adjuvant therapy, no evidence "
         "of recurrence on this surveillance CT. Lung-RADS does not apply to patients with a known lung cancer.",
         "lung", "Z85"),
    Form("ADDENDUM: The Lung-RADS 4X left lower lobe part-solid nodule underwent CT-guided biopsy: invasive "
         "adenocarcinoma, acinar predominant, TTF-1 positive. Thoracic surgery consult placed.", "lung", "C34"),
    Form("PROSTATE MRI IMPRESSION: 1.6 cm lesion in the left peripheral zone at the mid gland with marked diffusion "
         "restriction and early enhancement, PI-RADS 5. Extraprostatic extension not seen. MRI-targeted biopsy "
         "recommended. PSA 9.8.", "none"),
    Form("ADDENDUM: MRI-fusion biopsy of the PI-RADS 4 right transition zone lesion: prostatic adenocarcinoma, Gleason "
         "score 4+3=7, Grade Group 3, in 3 of 4 targeted cores.", "prostate", "C61"),
    Form("PROSTATE MRI: Active surveillance for Gleason 3+3 prostate adenocarcinoma diagnosed 2 years ago. The known "
         "left apical lesion is stable, PI-RADS 3, no new lesion. Continue active surveillance with PSA every 6 "
         "months.", "prostate", "C61"),
    Form("THYROID ULTRASOUND: Right lobe 1.8 cm solid hypoechoic nodule with irregular margins and punctate echogenic "
         "foci.\nACR TI-RADS: TR5, highly suspicious. Fine-needle aspiration recommended.", "none"),
    Form("IMPRESSION: The 2.2 cm TR4 left thyroid nodule was aspirated on 11/14; cytology was Bethesda VI, papillary "
         "thyroid carcinoma. Surgical consultation for total thyroidectomy arranged.", "thyroid", "C73"),
    Form("PELVIC ULTRASOUND: 9 cm multilocular left adnexal cyst with a solid papillary component showing internal "
         "flow, moderate ascites.\nO-RADS US 5: High risk of malignancy. Gynecologic oncology referral "
         "recommended. CA-125 pending.", "none"),
    Form("Her O-RADS MRI 5 right adnexal mass was removed at laparotomy with omentectomy; final pathology showed "
         "high-grade serous carcinoma with omental implants, FIGO stage IIIC. She starts carboplatin and paclitaxel "
         "next week.", "other_cancer", "C56|C57|C48"),
    Form("CT ABDOMEN RENAL MASS PROTOCOL: 3.4 cm cystic mass of the left kidney with a thick irregular enhancing wall "
         "and an enhancing nodule.\nBosniak classification: IV. Urology referral.", "none"),
    Form("UROLOGY NOTE: Bosniak III cyst of the right kidney removed by robotic partial nephrectomy. Pathology: clear "
         "cell renal cell carcinoma, ISUP grade 2, pT1a, margins negative.", "kidney", "C64"),
)

THYROID_SALIVARY = (
    Form("CYTOLOGY DIAGNOSIS: Thyroid, left lobe, FNA: Nondiagnostic (Bethesda category I). Cyst fluid only; repeat "
         "aspiration under ultrasound guidance recommended.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Thyroid, right lobe nodule, FNA: Benign (Bethesda category II), consistent with a benign "
         "follicular nodule.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Thyroid, isthmus, FNA: Atypia of undetermined significance (Bethesda III). Molecular "
         "testing recommended.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Thyroid, left nodule, FNA: Follicular neoplasm (Bethesda category IV). Microfollicular "
         "pattern with scant colloid. Diagnostic lobectomy is recommended.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Thyroid, right nodule, FNA: Suspicious for malignancy (Bethesda category V), suspicious "
         "for papillary thyroid carcinoma. Some nuclear grooves; intranuclear inclusions not identified.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Thyroid, left lobe, FNA: Malignant (Bethesda category VI). Papillary thyroid carcinoma, "
         "classic type, with nuclear pseudoinclusions and psammoma bodies.", "thyroid", "C73"),
    Form("CYTOLOGY DIAGNOSIS: Thyroid, right lobe, FNA: Malignant (Bethesda VI), consistent with medullary thyroid "
         "carcinoma; tumor cells are calcitonin and CEA positive. Serum calcitonin is markedly elevated.",
         "thyroid", "C73"),
    Form("Rapidly enlarging neck mass in an 81-year-old woman; FNA of the thyroid was Bethesda VI, undifferentiated "
         "(anaplastic) thyroid carcinoma. Tracheostomy discussed, palliative radiation planned.", "thyroid", "C73"),
    Form("ENDOCRINE NOTE: Bethesda III nodule with an Afirma GSC result of benign. Repeat ultrasound in 12 months. No "
         "surgery needed.", "none"),
    Form("SURGICAL PATHOLOGY: Thyroid lobectomy for a Bethesda IV nodule: noninvasive follicular thyroid neoplasm with "
         "papillary-like nuclear features (NIFTP), 2.1 cm, completely encapsulated. No capsular or vascular invasion.",
         "none"),
    Form("THYROID SURVEILLANCE: Total thyroidectomy and radioactive iodine in 2012 for papillary thyroid carcinoma, "
         "no evidence of disease; thyroglobulin undetectable. Neck ultrasound shows no suspicious nodes. Continue "
         "levothyroxine replacement.", "thyroid", "Z85"),
    Form("CYTOLOGY DIAGNOSIS: Right parotid, FNA: Milan category IVA, benign neoplasm. Pleomorphic adenoma with "
         "chondromyxoid stroma.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Left parotid, FNA: Milan category VI, malignant, lymphoma. Flow cytometry: "
         "lambda-restricted CD5-, CD10- B cells; with the core biopsy, extranodal marginal zone lymphoma of "
         "mucosa-associated lymphoid tissue (MALT lymphoma).", "lymphoma", "C88|C85"),
    Form("CYTOLOGY DIAGNOSIS: Right parotid, FNA: Milan category VI, malignant. High-grade mucoepidermoid carcinoma.",
         "head_and_neck", "C07"),
    Form("CYTOLOGY DIAGNOSIS: Left submandibular gland, FNA: Milan category VI, malignant. Adenoid cystic carcinoma, "
         "with hyaline globules and basaloid cells.", "head_and_neck", "C08"),
    Form("CYTOLOGY DIAGNOSIS: Right parotid, FNA: Milan category V, suspicious for malignancy; atypical oncocytic "
         "cells, a carcinoma cannot be excluded. Excision recommended.", "none"),
    Form("Parotid FNA was Milan IVB (salivary gland neoplasm of uncertain malignant potential); superficial "
         "parotidectomy showed acinic cell carcinoma, low grade, 1.7 cm, margins clear.", "head_and_neck", "C07"),
)

CYTOLOGY = (
    Form("CYTOLOGY DIAGNOSIS: Urine, voided: Negative for high-grade urothelial carcinoma (NHGUC). The Paris System "
         "for Reporting Urinary Cytology.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Urine, bladder washing: Atypical urothelial cells (AUC). Increased nuclear to "
         "cytoplasmic ratio in rare cells. Clinical correlation and cystoscopy recommended.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Urine, voided: Suspicious for high-grade urothelial carcinoma (SHGUC), Paris System. "
         "Few cells; cystoscopic evaluation advised.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Bladder washing, surveillance after TURBT of high-grade papillary urothelial carcinoma "
         "treated with BCG: Positive for high-grade urothelial carcinoma (HGUC).", "bladder", "C67|C68|C66"),
    Form("CYTOLOGY DIAGNOSIS: Cervical ThinPrep Pap test: Epithelial cell abnormality; high-grade squamous "
         "intraepithelial lesion (HSIL). HPV 16 positive. Colposcopy recommended.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Cervical cytology: Atypical squamous cells, cannot exclude HSIL (ASC-H). Colposcopy "
         "recommended.", "none"),
    Form("Her Pap smear last month was HSIL; today's colposcopic biopsy and ECC show CIN 3 (severe dysplasia / "
         "carcinoma in situ) without invasion. LEEP has been scheduled.", "other_cancer", "D06"),
    Form("CYTOLOGY DIAGNOSIS: Cervical cytology: Squamous cell carcinoma. Follow-up biopsy: invasive keratinizing "
         "squamous cell carcinoma of the cervix. Referred to gynecologic oncology for staging.", "other_cancer",
         "C53"),
    Form("CYTOLOGY DIAGNOSIS: Pancreas, head, EUS-FNA: Positive/malignant. Adenocarcinoma (Papanicolaou Society "
         "category VI). Cell block supports ductal origin.", "pancreas", "C25"),
    Form("CYTOLOGY DIAGNOSIS: Pancreas, body, EUS-FNA of a cystic lesion: Neoplastic, other. Mucinous epithelium with "
         "low-grade atypia, consistent with an intraductal papillary mucinous neoplasm. Fluid CEA 410.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Common bile duct brushing: Atypical (Papanicolaou category III). Rare crowded groups; "
         "reactive changes related to the stent are favored.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Pleural fluid, right: Positive for malignant cells. Metastatic adenocarcinoma, "
         "immunoprofile (GATA3+, ER+) consistent with the patient's known breast primary.", "breast", "C78|C50"),
    Form("CYTOLOGY DIAGNOSIS: Peritoneal fluid: Negative for malignant cells. Reactive mesothelial cells and "
         "histiocytes in a patient with cirrhosis.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Cerebrospinal fluid: Positive for malignant cells; lymphoblasts identified, consistent "
         "with CNS involvement by the patient's B-lymphoblastic leukemia.", "leukemia", "C91"),
    Form("CYTOLOGY DIAGNOSIS: Bronchial washing and brushing, left upper lobe: Positive for malignant cells. Small "
         "cell carcinoma.", "lung", "C34"),
    Form("CYTOLOGY DIAGNOSIS: Anal Pap test, surveillance in HIV: Low-grade squamous intraepithelial lesion (LSIL). "
         "High-resolution anoscopy recommended.", "none"),
    Form("CYTOLOGY DIAGNOSIS: Urine, left ureteral washing: Positive for high-grade urothelial carcinoma (HGUC). "
         "Ureteroscopic biopsy of the left distal ureter the same day: invasive high-grade urothelial carcinoma.",
         "bladder", "C66"),
)

SYNOPTIC = (
    Form("SYNOPTIC REPORT, INVASIVE CARCINOMA OF THE BREAST (CAP):\nProcedure: Excision (less than total mastectomy)\n"
         "Histologic type: Invasive carcinoma of no special type (ductal)\nHistologic grade (Nottingham): Grade 2\n"
         "Tumor size: 1.7 cm\nMargins: Negative for invasive carcinoma\nRegional lymph nodes: 0/2 sentinel\n"
         "pTNM: pT1c pN0(sn)\nER: Positive (95%); PR: Positive (60%); HER2: Negative (1+)", "breast", "C50"),
    Form("CAP CANCER PROTOCOL, COLON AND RECTUM:\nProcedure: Right hemicolectomy\nTumor site: Cecum\n"
         "Histologic type: Adenocarcinoma\nHistologic grade: G2, moderately differentiated\nTumor extension: Invades "
         "through the muscularis propria into pericolorectal tissue\nLymph nodes: 2/23 involved\npTNM: pT3 pN1b\n"
         "Mismatch repair: MLH1 and PMS2 loss", "colorectal", "C18"),
    Form("SYNOPTIC REPORT, RECTUM:\nProcedure: Low anterior resection after neoadjuvant chemoradiation\n"
         "Histologic type: Adenocarcinoma\nTreatment effect: Near complete response (score 1)\n"
         "Margins: Circumferential radial margin negative\npTNM: ypT2 ypN0", "colorectal", "C20"),
    Form("CAP CANCER PROTOCOL, PROSTATE GLAND, RADICAL PROSTATECTOMY:\nHistologic type: Acinar adenocarcinoma\n"
         "Grade Group 2 (Gleason 3+4=7, pattern 4 20%)\nExtraprostatic extension: Not identified\nSeminal vesicle "
         "invasion: Not identified\nMargins: Negative\npTNM: pT2 pN0", "prostate", "C61"),
    Form("SYNOPTIC REPORT, LUNG RESECTION:\nProcedure: Lobectomy, right upper lobe\nHistologic type: Invasive "
         "non-mucinous adenocarcinoma, lepidic predominant\nTumor size: 2.2 cm\nVisceral pleural invasion: Not "
         "identified\nMargins: Negative\npTNM: pT1c pN0\nPD-L1 (22C3): TPS 5%", "lung", "C34"),
    Form("CAP CANCER PROTOCOL, KIDNEY, RESECTION:\nProcedure: Radical nephrectomy, left\nHistologic type: Clear cell "
         "renal cell carcinoma\nWHO/ISUP grade: 3\nTumor size: 6.8 cm\nTumor extension: Into the renal vein\n"
         "pTNM: pT3a pNX", "kidney", "C64"),
    Form("SYNOPTIC REPORT, URINARY BLADDER:\nProcedure: Radical cystoprostatectomy\nHistologic type: Urothelial "
         "carcinoma, high grade\nTumor extension: Invades the outer half of the detrusor muscle\nAssociated "
         "carcinoma in situ: Present\npTNM: pT2b pN0", "bladder", "C67"),
    Form("CAP CANCER PROTOCOL, ENDOMETRIUM:\nProcedure: Total hysterectomy and bilateral salpingo-oophorectomy\n"
         "Histologic type: Endometrioid carcinoma\nFIGO grade: 1\nMyometrial invasion: 3 mm of 15 mm (less than half)\n"
         "Lymphovascular invasion: Not identified\npTNM/FIGO: pT1a, FIGO stage IA", "uterine", "C54"),
    Form("SYNOPTIC REPORT, PANCREAS (EXOCRINE):\nProcedure: Pancreaticoduodenectomy (Whipple)\nTumor site: Pancreatic "
         "head\nHistologic type: Ductal adenocarcinoma\nGrade: G2\nMargins: Uncinate (SMA) margin negative, 0.2 cm\n"
         "Lymph nodes: 3/18 involved\npTNM: pT2 pN1", "pancreas", "C25"),
    Form("CAP CANCER PROTOCOL, STOMACH:\nProcedure: Total gastrectomy\nTumor site: Gastric body, lesser curvature\n"
         "Histologic type: Poorly cohesive carcinoma, signet-ring cell type\nMargins: Negative\npTNM: pT4a pN2\n"
         "HER2: Negative", "stomach", "C16"),
    Form("SYNOPTIC REPORT, THYROID GLAND:\nProcedure: Total thyroidectomy\nHistologic type: Papillary thyroid "
         "carcinoma, follicular variant, invasive\nTumor size: 2.6 cm\nAngioinvasion: Not identified\n"
         "Extrathyroidal extension: Not identified\npTNM: pT2 pN0a", "thyroid", "C73"),
    Form("CAP CANCER PROTOCOL, MELANOMA OF THE SKIN:\nProcedure: Wide excision, left upper back\nHistologic type: "
         "Superficial spreading melanoma\nBreslow thickness: 1.3 mm\nUlceration: Not identified\nMitotic rate: "
         "2/mm2\nMargins: Negative\npTNM: pT2a", "melanoma", "C43"),
    Form("SYNOPTIC REPORT, ORAL CAVITY:\nProcedure: Partial glossectomy with neck dissection\nTumor site: Left lateral "
         "border of the oral tongue\nHistologic type: Squamous cell carcinoma, keratinizing\nDepth of invasion: 7 mm\n"
         "Margins: Negative\npTNM: pT2 pN1", "head_and_neck", "C02"),
    Form("SURGICAL PATHOLOGY: Colon, sigmoid, polypectomy: Tubulovillous adenoma with focal high-grade dysplasia. No "
         "invasive carcinoma. Margin free of dysplasia. A CAP cancer checklist is not applicable.", "none"),
    Form("SURGICAL PATHOLOGY: Endometrium, hysterectomy: Atypical endometrial hyperplasia / endometrioid "
         "intraepithelial neoplasia (EIN), no carcinoma identified in the entirely submitted endometrium. Synoptic "
         "report not required.", "none"),
    Form("SURGICAL PATHOLOGY: Ovary, left, salpingo-oophorectomy: Serous borderline tumor, 7.5 cm, without "
         "microinvasion; ovarian surface uninvolved. No CAP carcinoma protocol applies.", "none"),
    Form("SURGICAL PATHOLOGY: Kidney, right, partial nephrectomy: Renal oncocytoma, 3.0 cm, margins negative. No "
         "malignancy; a cancer checklist is not generated for this benign tumor.", "none"),
    Form("SURGICAL PATHOLOGY: Lung, left lower lobe wedge: Atypical adenomatous hyperplasia, 4 mm, and a "
         "subpleural intrapulmonary lymph node. Negative for carcinoma.", "none"),
)

FROZEN = (
    Form("INTRAOPERATIVE CONSULTATION: Frozen section of the left sentinel lymph node #1: negative for metastatic "
         "carcinoma (0/1).\nFINAL DIAGNOSIS: Left breast, lumpectomy: Invasive ductal carcinoma, grade 1, 1.1 cm, "
         "margins negative. Sentinel lymph node negative (0/1).", "breast", "C50"),
    Form("INTRAOPERATIVE CONSULTATION: Thyroid, right lobe, frozen section: Follicular lesion, defer to permanent "
         "sections.\nFINAL DIAGNOSIS: Follicular adenoma, 2.8 cm, with intact capsule; no capsular or vascular "
         "invasion in the entirely submitted capsule.", "none"),
    Form("INTRAOPERATIVE CONSULTATION: Thyroid, left lobe, frozen section: Follicular neoplasm, defer.\nFINAL "
         "DIAGNOSIS: Follicular thyroid carcinoma, minimally invasive, with capsular invasion and vascular invasion "
         "(2 vessels).", "thyroid", "C73"),
    Form("INTRAOPERATIVE CONSULTATION: Pancreatic neck margin, frozen section: Atypical glands, suspicious for "
         "carcinoma.\nFINAL DIAGNOSIS: Pancreatic neck margin: Reactive ductal atypia and chronic pancreatitis; "
         "negative for carcinoma. Pancreatic head: Chronic pancreatitis with fibrosis; no neoplasm.", "none"),
    Form("INTRAOPERATIVE CONSULTATION: Brain, right frontal mass, smear and frozen section: High-grade glioma.\nFINAL "
         "DIAGNOSIS: Glioblastoma, IDH-wildtype, CNS WHO grade 4. MGMT promoter methylated.", "brain", "C71"),
    Form("INTRAOPERATIVE CONSULTATION: Lung, right lower lobe wedge, frozen section: Granuloma with necrosis; no "
         "malignancy seen.\nFINAL DIAGNOSIS: Necrotizing granuloma; GMS stain shows yeast forms consistent with "
         "Histoplasma. Negative for malignancy.", "none"),
    Form("INTRAOPERATIVE CONSULTATION: Lung, left upper lobe wedge, frozen section: Non-small cell carcinoma.\nFINAL "
         "DIAGNOSIS: Squamous cell carcinoma, moderately differentiated, 1.9 cm, p40 positive. Completion lobectomy "
         "performed.", "lung", "C34"),
    Form("INTRAOPERATIVE CONSULTATION: Ovary, right, frozen section: At least borderline serous tumor; defer final "
         "classification.\nFINAL DIAGNOSIS: Serous borderline tumor, no invasive implants.", "none"),
    Form("INTRAOPERATIVE CONSULTATION: Ovary, left, frozen section: Malignant, adenocarcinoma.\nFINAL DIAGNOSIS: "
         "Endometrioid carcinoma of the ovary, FIGO grade 2, confined to the ovary, capsule intact.", "other_cancer",
         "C56"),
    Form("INTRAOPERATIVE CONSULTATION: Parotid, left superficial lobe, frozen section: Benign salivary gland neoplasm, "
         "favor Warthin tumor.\nFINAL DIAGNOSIS: Warthin tumor. No malignancy.", "none"),
    Form("INTRAOPERATIVE CONSULTATION: Distal ureteral margin, frozen section: Negative for carcinoma in situ.\nFINAL "
         "DIAGNOSIS: Urinary bladder, radical cystectomy: Invasive high-grade urothelial carcinoma of the trigone, "
         "pT3a; ureteral margins negative.", "bladder", "C67"),
    Form("The frozen section of the retroperitoneal mass was read as lipomatous neoplasm, defer to permanents; the "
         "final diagnosis is dedifferentiated liposarcoma of the retroperitoneum, 14 cm, FNCLCC grade 3.",
         "other_cancer", "C48"),
    Form("INTRAOPERATIVE CONSULTATION: Liver, segment 6 nodule, frozen section: Bile duct adenoma (von Meyenburg "
         "complex); no malignancy.\nFINAL DIAGNOSIS: Bile duct hamartoma. Gallbladder: chronic cholecystitis.",
         "none"),
    Form("INTRAOPERATIVE CONSULTATION: Skin, right cheek, Mohs frozen sections, stage 1: Basal cell carcinoma, "
         "nodular, present at the deep margin. Stage 2: margins clear.", "other_cancer", "C44"),
    Form("INTRAOPERATIVE CONSULTATION: Right neck level II lymph node, frozen section: Metastatic squamous cell "
         "carcinoma.\nFINAL DIAGNOSIS: Metastatic squamous cell carcinoma, p16 positive, HPV-associated, consistent "
         "with the patient's known right tonsil primary.", "head_and_neck", "C09|C77"),
    Form("INTRAOPERATIVE CONSULTATION: Endometrium, frozen section: Endometrioid carcinoma, low grade, superficial "
         "myometrial invasion; no lymphadenectomy needed.\nFINAL DIAGNOSIS: Endometrioid carcinoma, FIGO grade 1, "
         "invasion 25% of myometrial thickness.", "uterine", "C54"),
)

AMENDED = (
    Form("AMENDED REPORT: This report is amended after immunohistochemistry and review at intradepartmental "
         "consensus. The original diagnosis of atypical lymphoid infiltrate is changed to:\nFINAL DIAGNOSIS: Diffuse "
         "large B-cell lymphoma, germinal center B-cell type (CD10+, BCL6+, MUM1-).", "lymphoma", "C83"),
    Form("CORRECTED REPORT: The original diagnosis of invasive ductal carcinoma is withdrawn. On deeper levels and "
         "myoepithelial stains (p63, calponin) the lesion is a radial scar with sclerosing adenosis.\nREVISED "
         "DIAGNOSIS: Radial scar; no atypia; no carcinoma.", "none"),
    Form("ADDENDUM: Immunohistochemistry on block A2: tumor cells are SOX10 and Melan-A positive and cytokeratin "
         "negative. The axillary lymph node metastasis is of melanoma, consistent with the patient's known primary "
         "melanoma of the left shoulder, excised 2 years ago.", "melanoma", "C77|C43"),
    Form("ADDENDUM: HER2 by FISH: HER2/CEP17 ratio 2.6, average HER2 copy number 6.1 per cell. Amplified. The "
         "diagnosis of invasive ductal carcinoma of the right breast is unchanged.", "breast", "C50"),
    Form("AMENDED REPORT: The specimen label was corrected (laterality left, not right). The diagnosis is unchanged: "
         "Clear cell renal cell carcinoma, WHO/ISUP grade 2, 4.4 cm, margins negative.", "kidney", "C64"),
    Form("SECOND OPINION CONSULTATION: Outside slides from a skin shave of the left calf, submitted as "
         "'melanoma, Breslow 0.6 mm'. Our review: compound Spitz nevus with no features of melanoma. We disagree "
         "with the outside diagnosis.", "none"),
    Form("SECOND OPINION CONSULTATION: Outside cervical lymph node biopsy, diagnosed as follicular lymphoma. On our "
         "review with BCL2, CD10 and kappa/lambda studies: reactive follicular hyperplasia; no evidence of lymphoma.",
         "none"),
    Form("SECOND OPINION CONSULTATION: Outside prostate needle biopsies (12 cores), reported as Gleason 3+3. Our "
         "review: prostatic adenocarcinoma, Gleason score 3+4=7 (Grade Group 2) in 4 cores, with cribriform "
         "pattern.", "prostate", "C61"),
    Form("SECOND OPINION CONSULTATION: Outside rectal polyp, reported as a tubulovillous adenoma. Our review: "
         "invasive adenocarcinoma arising in a tubulovillous adenoma, invading the submucosa (pT1), with "
         "lymphovascular invasion.", "colorectal", "C20"),
    Form("Second opinion review at our center of the outside liver biopsy agrees with the diagnosis of "
         "intrahepatic cholangiocarcinoma (CK7+, CK19+, albumin ISH positive); evaluation for resection under way.",
         "liver", "C22"),
    Form("AMENDED REPORT: The diagnosis of the left lung biopsy is revised after a review of the prior history. "
         "Original: Adenocarcinoma of the lung. Amended: Metastatic adenocarcinoma, CDX2 and SATB2 positive, TTF-1 "
         "negative, consistent with the patient's previously resected colon primary.", "colorectal", "C78|C18"),
    Form("ADDENDUM: The PD-L1 22C3 result on the stomach biopsy is a combined positive score of 12. The diagnosis of "
         "gastric adenocarcinoma, intestinal type, is unchanged.", "stomach", "C16"),
    Form("CORRECTED REPORT: The earlier report stated 'positive for carcinoma' in error (transcription); the correct "
         "diagnosis is: Esophagus, distal, biopsy: Barrett esophagus with low-grade dysplasia; negative for high-grade "
         "dysplasia and carcinoma.", "none"),
    Form("SECOND OPINION CONSULTATION: Outside brain biopsy called 'low-grade glioma'. Our review with IDH1 R132H, "
         "ATRX and 1p/19q: astrocytoma, IDH-mutant, CNS WHO grade 3.", "brain", "C71"),
    Form("ADDENDUM: Mismatch repair immunohistochemistry on the hysterectomy: MLH1 and PMS2 loss, MLH1 promoter "
         "hypermethylated. Diagnosis unchanged: endometrioid carcinoma of the endometrium, FIGO grade 2.",
         "uterine", "C54"),
    Form("AMENDED REPORT: After review of the flow cytometry, the original diagnosis of chronic lymphocytic leukemia "
         "is revised to monoclonal B-cell lymphocytosis (absolute clonal B-cell count 3.1 x10^9/L, no lymphadenopathy, "
         "no cytopenias).", "none"),
    Form("SECOND OPINION CONSULTATION: Outside pancreatic tail resection, reported as a serous cystadenoma. We agree. "
         "Microcystic serous cystadenoma, 4.5 cm; no malignancy.", "none"),
)

MOLECULAR = (
    Form("MOLECULAR PATHOLOGY REPORT: Specimen: Lung, right upper lobe, biopsy, adenocarcinoma (tumor content 40%).\n"
         "Result: EGFR exon 19 deletion (p.E746_A750del), VAF 28%. No ALK, ROS1 or RET fusion detected.\n"
         "Interpretation: Predicts sensitivity to EGFR tyrosine kinase inhibitors.", "lung", "C34"),
    Form("GERMLINE GENETIC TESTING REPORT: Pathogenic variant detected: BRCA1 c.68_69del. The patient has no personal "
         "history of cancer; her sister had ovarian cancer at 44. Recommend high-risk breast screening and discussion "
         "of risk-reducing salpingo-oophorectomy.", "none"),
    Form("NEXT-GENERATION SEQUENCING: Peripheral blood, myeloid panel: DNMT3A p.R882H, VAF 4%. Blood counts normal; no "
         "morphologic evidence of a hematologic neoplasm. Interpretation: clonal hematopoiesis of indeterminate "
         "potential (CHIP).", "none"),
    Form("MOLECULAR PATHOLOGY REPORT: Peripheral blood, quantitative BCR::ABL1 (p210) RT-PCR: 12.4% IS, at diagnosis "
         "of chronic myeloid leukemia, chronic phase. Imatinib started.", "leukemia", "C92"),
    Form("INTEGRATED DIAGNOSIS: Oligodendroglioma, IDH-mutant and 1p/19q-codeleted, CNS WHO grade 2.\nMolecular: IDH1 "
         "p.R132H present; 1p/19q codeletion by FISH; TERT promoter mutation present.", "brain", "C71"),
    Form("MOLECULAR PATHOLOGY REPORT: Peripheral blood, JAK2 V617F: detected, allele burden 38%. Combined with "
         "erythrocytosis and a low erythropoietin level, consistent with polycythemia vera.", "none"),
    Form("NGS TUMOR PROFILE: Pancreatic ductal adenocarcinoma, liver biopsy.\nKRAS p.G12D, TP53 p.R273H, CDKN2A loss. "
         "Microsatellite stable; TMB 2 mut/Mb. No actionable fusion.", "pancreas", "C25|C78"),
    Form("MOLECULAR PATHOLOGY REPORT: Thyroid FNA (Bethesda VI, papillary thyroid carcinoma): BRAF V600E mutation "
         "detected.", "thyroid", "C73"),
    Form("MOLECULAR PATHOLOGY REPORT: Melanoma, right thigh, wide excision: BRAF p.V600E mutation detected. Candidate "
         "for adjuvant BRAF/MEK inhibition.", "melanoma", "C43"),
    Form("GERMLINE GENETIC TESTING REPORT: MLH1 pathogenic variant (Lynch syndrome). No personal history of cancer; "
         "colonoscopy every 1 to 2 years and discussion of hysterectomy after childbearing.", "none"),
    Form("TUMOR-INFORMED ctDNA REPORT: Stage III colon adenocarcinoma, resected and treated with 3 months of adjuvant "
         "CAPOX, completed 8 months ago. ctDNA not detected at this surveillance time point. No evidence of disease.",
         "colorectal", "Z85|C18"),
    Form("MOLECULAR PATHOLOGY REPORT: Bone marrow, AML panel: NPM1 type A insertion and FLT3-ITD (allelic ratio 0.6) "
         "detected, in a patient with newly diagnosed acute myeloid leukemia. Midostaurin recommended with induction.",
         "leukemia", "C92"),
    Form("FISH REPORT, PLASMA CELL PANEL: CD138-enriched bone marrow from a patient with plasma cell myeloma: "
         "t(4;14) FGFR3::NSD2 rearrangement and 1q gain detected (high-risk cytogenetics).", "myeloma", "C90"),
    Form("MOLECULAR PATHOLOGY REPORT: Colon biopsy, tubular adenoma: no KRAS or BRAF variant detected. The specimen "
         "contains no carcinoma; testing was performed at the clinician's request.", "none"),
    Form("COMPREHENSIVE GENOMIC PROFILING: Breast, invasive lobular carcinoma metastatic to bone.\nPIK3CA p.H1047R, "
         "CDH1 truncating variant, ESR1 p.D538G (acquired under aromatase inhibitor therapy). Eligible for alpelisib "
         "or capivasertib.", "breast", "C50|C79"),
    Form("MOLECULAR PATHOLOGY REPORT: Lymph node excision: IGH::BCL2 t(14;18) rearrangement detected by FISH, "
         "supporting the diagnosis of follicular lymphoma, grade 1-2.", "lymphoma", "C82"),
    Form("GERMLINE GENETIC TESTING REPORT: CHEK2 c.1100delC heterozygous. Personal history of breast cancer treated "
         "in 2016 (lumpectomy, radiation, 5 years of tamoxifen completed); no evidence of disease.", "breast", "Z85"),
)

GRADING = (
    Form("FINAL DIAGNOSIS: Prostate, left base, needle biopsy: Prostatic adenocarcinoma, Gleason score 3+3=6, Grade "
         "Group 1, involving 10% of one core.", "prostate", "C61"),
    Form("FINAL DIAGNOSIS: Prostate, 12-core biopsy: Benign prostatic tissue; high-grade prostatic intraepithelial "
         "neoplasia in two cores. No Grade Group is assigned.", "none"),
    Form("FINAL DIAGNOSIS: Prostate, right mid, biopsy: Atypical small acinar proliferation (ASAP), suspicious but not "
         "diagnostic of carcinoma. Repeat biopsy recommended.", "none"),
    Form("FINAL DIAGNOSIS: Breast, left, core biopsy: Invasive carcinoma of no special type, Nottingham grade 3 "
         "(tubules 3, nuclear pleomorphism 3, mitoses 3; total score 9/9). ER negative, PR negative, HER2 negative.",
         "breast", "C50"),
    Form("FINAL DIAGNOSIS: Breast, right, stereotactic core biopsy: Ductal carcinoma in situ, nuclear grade 3, solid "
         "type, with comedonecrosis and calcifications. No invasive carcinoma.", "breast", "D05"),
    Form("FINAL DIAGNOSIS: Endometrium, biopsy: Endometrioid adenocarcinoma, FIGO grade 1 (less than 5% solid "
         "growth).", "uterine", "C54"),
    Form("FINAL DIAGNOSIS: Endometrium, curettage: Disordered proliferative endometrium; no hyperplasia or carcinoma. "
         "FIGO grading not applicable.", "none"),
    Form("FINAL DIAGNOSIS: Brain, left temporal mass: Glioblastoma, IDH-wildtype, CNS WHO grade 4, with microvascular "
         "proliferation and necrosis.", "brain", "C71"),
    Form("FINAL DIAGNOSIS: Dura, right convexity, resection: Meningioma, meningothelial, CNS WHO grade 1. No brain "
         "invasion; mitoses fewer than 4 per 10 HPF.", "none"),
    Form("FINAL DIAGNOSIS: Cerebellopontine angle mass: Schwannoma (vestibular), CNS WHO grade 1.", "none"),
    Form("FINAL DIAGNOSIS: Kidney, right, radical nephrectomy: Clear cell renal cell carcinoma, WHO/ISUP nucleolar "
         "grade 4 with rhabdoid features, 9.2 cm, pT3a.", "kidney", "C64"),
    Form("Her 2011 nephrectomy pathology was Fuhrman grade 2 clear cell renal cell carcinoma; she had no further "
         "treatment and surveillance CT today shows no recurrence.", "kidney", "Z85"),
    Form("FINAL DIAGNOSIS: Colon, cecal mass, biopsy: Adenocarcinoma, low grade (moderately differentiated), "
         "invading the lamina propria and submucosa.", "colorectal", "C18"),
    Form("FINAL DIAGNOSIS: Ileum, resection: Well-differentiated neuroendocrine tumor, WHO grade 2 (Ki-67 6%), 1.8 cm, "
         "with mesenteric nodal metastasis (2/12).", "other_cancer", "C7A"),
    Form("FINAL DIAGNOSIS: Esophagus, 36 cm, biopsy: Barrett esophagus with high-grade dysplasia; no invasive "
         "adenocarcinoma identified.", "none"),
    Form("FINAL DIAGNOSIS: Soft tissue, left thigh, resection: Undifferentiated pleomorphic sarcoma, FNCLCC grade 3 "
         "(differentiation 3, mitoses 3, necrosis 1), 11 cm, margins negative.", "other_cancer", "C49"),
    Form("FINAL DIAGNOSIS: Cervix, LEEP: CIN 2 (moderate dysplasia), p16 block positive; margins negative. No CIN 3 "
         "or invasive carcinoma.", "none"),
)

MARROW = (
    Form("BONE MARROW BIOPSY AND ASPIRATE: Acute myeloid leukemia with NPM1 mutation; 62% myeloblasts on the aspirate "
         "differential. Flow cytometry: CD34-negative, CD117+, CD33+ blasts.", "leukemia", "C92"),
    Form("BONE MARROW BIOPSY AND ASPIRATE: Plasma cell myeloma. 35% clonal plasma cells, kappa light chain restricted "
         "by immunohistochemistry, CD56 aberrantly expressed. Serum M-spike 3.2 g/dL.", "myeloma", "C90"),
    Form("BONE MARROW BIOPSY AND ASPIRATE: Normocellular marrow with 6% plasma cells, lambda restricted. Serum "
         "M-protein "
         "0.8 g/dL, no anemia, hypercalcemia, renal failure or bone lesions. Consistent with monoclonal gammopathy of "
         "undetermined significance.", "none"),
    Form("BONE MARROW BIOPSY AND ASPIRATE: Markedly hypocellular marrow (10%) with trilineage hypoplasia, consistent "
         "with aplastic anemia. No increase in blasts; no evidence of leukemia or lymphoma.", "none"),
    Form("FLOW CYTOMETRY, BONE MARROW, DAY 29: B-lymphoblastic leukemia, minimal residual disease negative (below "
         "0.01%). Patient continues consolidation per protocol.", "leukemia", "C91"),
    Form("BONE MARROW BIOPSY: Involvement by mantle cell lymphoma (approximately 20% of cellularity), CD5+, cyclin "
         "D1+, SOX11+.", "lymphoma", "C83"),
    Form("LYMPH NODE, LEFT SUPRACLAVICULAR, EXCISION: Classic Hodgkin lymphoma, nodular sclerosis type. Reed-Sternberg "
         "cells CD30+, CD15+, PAX5 dim, CD45-.", "lymphoma", "C81"),
    Form("BONE MARROW BIOPSY, STAGING: Negative for involvement by the patient's known classic Hodgkin lymphoma. "
         "Trilineage hematopoiesis.", "lymphoma", "C81"),
    Form("PERIPHERAL BLOOD FLOW CYTOMETRY: Monoclonal B-cell population, CD5+, CD23+, dim surface kappa; absolute "
         "count 1.2 x10^9/L. Monoclonal B-cell lymphocytosis, CLL-type, below the threshold for chronic lymphocytic "
         "leukemia.", "none"),
    Form("BONE MARROW BIOPSY AND ASPIRATE: Myelodysplastic neoplasm with low blasts (2%), multilineage dysplasia, "
         "ring sideroblasts 20% with SF3B1 mutation.", "none"),
    Form("BONE MARROW BIOPSY AND ASPIRATE: Chronic myelomonocytic leukemia (CMML-1). Peripheral monocytes 2.4 x10^9/L "
         "(28% of leukocytes); 4% blasts and promonocytes in the marrow.", "leukemia", "C93"),
    Form("LYMPH NODE, RIGHT INGUINAL, EXCISION: Anaplastic large cell lymphoma, ALK-negative; CD30 strongly positive "
         "in a sinusoidal pattern.", "lymphoma", "C84"),
    Form("BONE MARROW BIOPSY AND ASPIRATE: Hairy cell leukemia, 40% involvement; CD11c+, CD25+, CD103+, annexin A1+; "
         "BRAF V600E positive.", "leukemia", "C91"),
    Form("LYMPH NODE, LEFT AXILLARY, CORE BIOPSY: Reactive lymphoid hyperplasia with dermatopathic changes. Flow "
         "cytometry: polytypic B cells, no aberrant T-cell phenotype. No lymphoma.", "none"),
    Form("BONE MARROW BIOPSY AND ASPIRATE: Reactive plasmacytosis (8%), polytypic by kappa and lambda in situ "
         "hybridization, in a patient with rheumatoid arthritis. No plasma cell neoplasm.", "none"),
    Form("PERIPHERAL BLOOD AND MARROW: Chronic lymphocytic leukemia / small lymphocytic lymphoma, Rai stage 1; "
         "del(13q) by FISH, IGHV mutated. Watch and wait.", "leukemia", "C91"),
    Form("SKIN PUNCH BIOPSY AND BLOOD FLOW: Mycosis fungoides, patch stage, with a CD4:CD8 ratio of 6 in the "
         "epidermotropic infiltrate; no Sezary cells in blood.", "lymphoma", "C84"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "breast_rads": BREAST_RADS,
    "organ_rads": ORGAN_RADS,
    "thyroid_salivary": THYROID_SALIVARY,
    "cytology": CYTOLOGY,
    "synoptic": SYNOPTIC,
    "frozen": FROZEN,
    "amended": AMENDED,
    "molecular": MOLECULAR,
    "grading": GRADING,
    "marrow": MARROW,
}

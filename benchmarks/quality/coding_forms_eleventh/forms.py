"""The eleventh family: the ICD-10-CM category where it turns on a coding convention, and the note forms that hide it.

Written blind 2026-12-04 by someone who had not read the coder, its rules or vocabularies, its tests, or the
other families' forms; only DESIGN.md (the 17 types and their ICD-10-CM ranges), the probe, the `Form` class,
the labelling rules of tests/fixtures/mtsamples_gold_README.md, and the eighth, ninth and tenth families'
docstrings (their labelling decisions are followed here). Committed before the probe was first run on it.
Every ICD-10-CM category below was checked against the tabular list of the pinned `simple-icd-10-cm`
(tests/benchmarks/test_coding_forms_late_families.py does it again). One module: `FORMS` maps class -> forms; every
class holds cancer and `none` forms (about a third `none` overall). Each form is a note excerpt of one or more
lines or sections.

Classes:
- insitu: in situ against invasive (DCIS D05 against microinvasion C50; adenocarcinoma in situ of lung D02 against
  minimally invasive C34; flat urothelial CIS D09; CIN 3 D06; melanoma in situ D03; squamous cell carcinoma in situ
  of skin D04); precursors that are not carcinoma (high-grade PIN, Barrett's with low-grade dysplasia, atypical
  ductal hyperplasia) -> `none`;
- secondary: metastasis with the primary in place (the primary's category), removed (primary or secondary accepted),
  or unknown (C80 or the secondary category, other_cancer); metastasis work-ups that proved benign -> `none`;
- subsite: overlapping sub-sites (tongue C02 / C01, tubo-ovarian C57 / C56, anorectal junction C21 / C20), site told
  only by organ or sub-site words (middle ear C30, retromolar trigone C06, bladder trigone C67, vallecula C10,
  terminal ileum C17) and benign tumours at neighbouring sites (parotid, ureter) -> `none`;
- neuroendocrine: carcinoid / well-differentiated NET C7A whatever the organ (lung carcinoid too), its metastases
  C7B, pancreatic NET C25, medullary thyroid C73, olfactory neuroblastoma C30; insulinoma without malignant features
  (D13.7), ECL-cell hyperplasia and a raised 5-HIAA that proved dietary -> `none`;
- haematologic: subtypes outside the common ones (acute megakaryoblastic C94, myeloid sarcoma C92, T-PLL C91, AITL
  and nasal NK/T C86, primary mediastinal large B-cell C85, extramedullary plasmacytoma C90); primary myelofibrosis
  (D47.4), indolent systemic mastocytosis (D47.02) and clonal haematopoiesis -> `none`;
- skin: non-melanoma skin C44 (eyelid sebaceous carcinoma, philtrum) against lip vermilion C00, melanoma C43,
  mycosis fungoides C84, Paget's disease of the nipple C50, extramammary Paget's of the vulva C51; naevi, keratoses
  and a relative's melanoma -> `none`;
- benign: benign and uncertain-behaviour tumours that must be `none` (borderline phyllodes, giant cell tumour of
  bone, LAMN, serous cystadenoma, solitary fibrous tumour, hydatidiform mole, neurofibroma) beside malignant
  counterparts (malignant phyllodes C50, choriocarcinoma C58);
- multiple: several cancers where one is clearly under treatment this episode; lists of only benign, uncertain-
  behaviour or screening findings -> `none`;
- shorthand: telegraphic problem lists and abbreviations (HNSCC, PCa, TNBC, PDAC, AML-MRC, ccRCC, UTUC); MDS-EB2, ET
  and a family-history line -> `none`;
- layout: dictated and templated layouts (numbered discharge diagnoses, check-box templates, radiology and synoptic
  templates, tumour board summaries, "number one ..." dictation); templates whose unchecked boxes or empty fields
  name cancers -> `none`;
- assertion: negated, hypothetical, conditional, pending and family or spouse mentions in prose -> `none`, and the
  patient's own cancer stated beside a negation.

Labelling decisions (the eighth to tenth families', plus):
- the type follows the ICD-10-CM category of the main cancer (C7A lung carcinoid, C44 skin, C17, C58, C51, C56 /
  C57, C15 are other_cancer; C00 lip vermilion and C06, C10, C30 (middle ear and nasal cavity) are head_and_neck;
  C65 renal pelvis is kidney; Paget's disease of the nipple is C50 breast; pancreatic NET C25 is pancreas; C85 / C86
  are lymphoma; C94 and myeloid sarcoma C92 are leukemia; extramedullary plasmacytoma C90 is myeloma);
- in situ is the organ's type with its D code (D05 breast, D03 melanoma, D02.2 lung, D09.0 bladder, D06 cervix and
  D04 skin other_cancer); microinvasion is invasive;
- neoplasms of uncertain behaviour (D37-D48) and benign neoplasms are `none`, as are myelodysplastic and
  myeloproliferative neoplasms other than leukaemia (MDS, ET, primary myelofibrosis, systemic mastocytosis);
- metastasis as the ninth family; metastasis of unknown primary is other_cancer with C80 or the secondary category;
- active while present or under treatment (adjuvant immunotherapy included); Z85 when treated in the past with no
  treatment now and no evidence of disease; a relative's or spouse's cancer, a pending biopsy and a hypothetical
  never count.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

F = Form

INSITU = (
    F("FINAL DIAGNOSIS:\nA. Left breast, 2:00, 6 cm from nipple, ultrasound-guided core biopsy: ductal carcinoma in "
      "situ, solid and cribriform types, nuclear grade 3, with comedo-type necrosis and associated calcifications. "
      "No invasive carcinoma identified.\nB. Estrogen receptor: positive (95%, strong).", "breast", "D05"),
    F("SURGICAL PATHOLOGY:\nRight breast, wire-localized lumpectomy: high-grade ductal carcinoma in situ spanning 4.5 "
      "cm "
      "with a single focus of microinvasion measuring 0.8 mm. Margins negative, closest 3 mm (superior). Sentinel "
      "lymph nodes 0/2. AJCC: pT1mi pN0(sn).", "breast", "C50"),
    F("DIAGNOSIS:\nRight upper lobe, robotic wedge resection: adenocarcinoma in situ, non-mucinous, 1.4 cm, pure "
      "lepidic "
      "growth pattern; no invasive component after entire submission. Stapled margin negative. pTis.",
      "lung", "D02"),
    F("DIAGNOSIS:\nLeft lower lobe, superior segmentectomy: minimally invasive adenocarcinoma, 1.8 cm total size, "
      "predominantly lepidic, invasive (acinar) component 4 mm. No visceral pleural invasion. Stations 7 and 10L "
      "negative.", "lung", "C34"),
    F("Cystoscopy showed velvety erythematous patches on the posterior wall and the dome with no papillary tumor. "
      "Cold cup biopsies returned flat urothelial carcinoma in situ, muscularis propria present and uninvolved, and "
      "urine cytology was positive for high-grade urothelial carcinoma. He will start induction intravesical BCG "
      "next week.", "bladder", "D09"),
    F("LEEP / CONE BIOPSY:\nCervix, loop electrosurgical excision: high-grade squamous intraepithelial lesion (CIN 3) "
      "with extension into endocervical glands. No invasive carcinoma. Ectocervical and endocervical margins "
      "negative. ECC: negative.", "other_cancer", "D06"),
    F("PATHOLOGY:\nSkin, left upper back, shave: melanoma in situ, lentiginous pattern on sun-damaged skin, extending "
      "to the peripheral margins. No dermal invasion identified on levels.\nPLAN: re-excision with 5 mm margins.",
      "melanoma", "D03"),
    F("Skin, right dorsal hand, shave biopsy: squamous cell carcinoma in situ (Bowen disease) arising in an actinic "
      "keratosis, extending to the base, and we discussed Mohs surgery against topical 5-fluorouracil; he chose "
      "Mohs.", "other_cancer", "D04"),
    F("FINAL DIAGNOSIS:\nProstate, 12-core needle biopsy: high-grade prostatic intraepithelial neoplasia in 2 of 12 "
      "cores (left mid, left base). Remaining cores benign prostatic tissue. No carcinoma identified.\nCOMMENT: "
      "repeat MRI in 12 months is suggested.", "none", ""),
    F("Surveillance EGD with biopsies at 36 cm showed Barrett's esophagus with low-grade dysplasia, confirmed by a "
      "second gastrointestinal pathologist, with no high-grade dysplasia or carcinoma, and we will offer "
      "radiofrequency ablation.", "none", ""),
    F("DIAGNOSIS:\nLeft breast, 10:00, excisional biopsy: atypical ductal hyperplasia and flat epithelial atypia "
      "associated with calcifications. No ductal carcinoma in situ or invasive carcinoma. Margins not applicable.\n"
      "Referred to the high-risk breast clinic to discuss chemoprevention.", "none", ""),
)

SECONDARY = (
    F("CT chest, abdomen and pelvis shows innumerable bilateral pulmonary nodules, a 3 cm right adrenal mass and a "
      "9 cm enhancing mass in the lower pole of the left kidney. CT-guided biopsy of the adrenal lesion showed "
      "metastatic clear cell renal cell carcinoma (PAX8 positive). With the primary in place and IMDC "
      "intermediate risk, we will start ipilimumab and nivolumab.", "kidney", "C64"),
    F("LIVER BIOPSY:\nMetastatic adenocarcinoma, CK7 positive, CK20 negative, TTF-1, GATA3, PAX8 and CDX2 negative.\n"
      "WORK-UP: CT chest/abdomen/pelvis, mammogram, EGD and colonoscopy show no primary tumor.\nASSESSMENT: "
      "adenocarcinoma of unknown primary, liver-dominant. Plan carboplatin/paclitaxel and tissue NGS.",
      "other_cancer", "C78|C80"),
    F("Left level II neck node, FNA: metastatic squamous cell carcinoma, p16 positive. Panendoscopy with bilateral "
      "palatine tonsillectomy and lingual tonsil biopsies found no primary, and PET-CT shows no other site, so "
      "this is squamous cell carcinoma of unknown primary to the neck and he will have chemoradiation to the neck "
      "and pharyngeal axis.", "other_cancer", "C77|C80"),
    F("RADIATION ONCOLOGY CONSULT:\nMRI brain: three enhancing lesions (right frontal 1.4 cm, left cerebellar 0.9 cm, "
      "left occipital 0.6 cm) with surrounding edema.\nHistory: stage IV lung adenocarcinoma, EGFR exon 19 deletion, "
      "on osimertinib since 2024 with thoracic disease stable.\nPlan: stereotactic radiosurgery to the three "
      "lesions.", "lung", "C34|C79"),
    F("He has castration-resistant prostate adenocarcinoma with widespread osseous metastases, PSA 312, and the "
      "prostate "
      "was never treated locally. He presents with new T10 pain and no neurological deficit; MRI shows T10 body "
      "metastasis without cord compression, and we will give 8 Gy in one fraction to T9-T11.",
      "prostate", "C61|C79"),
    F("ONCOLOGY FOLLOW UP:\nS/p laparoscopic right hemicolectomy 2021 for pT3N1b adenocarcinoma of the ascending colon "
      "with adjuvant CAPOX. CT 08/2026: two new hepatic lesions, segment 6 and 8; biopsy consistent with metastatic "
      "colorectal adenocarcinoma, KRAS G12D. Now cycle 3 of FOLFIRI with bevacizumab.", "colorectal", "C18|C78"),
    F("BONE SCAN:\nIndication: back pain and elevated alkaline phosphatase.\nFindings: intense uptake throughout L3 "
      "and the right hemipelvis with cortical thickening on correlative radiographs, typical of Paget disease of "
      "bone. Degenerative uptake in the knees.\nImpression: no scintigraphic evidence of osseous metastatic "
      "disease.", "none", ""),
    F("The 1.9 cm spiculated right upper lobe nodule was PET avid (SUV 4.1) and concerning for a primary lung cancer, "
      "but navigational bronchoscopy with biopsy showed necrotizing granulomas with acid-fast bacilli and no "
      "malignant cells; he was referred to infectious disease for treatment of pulmonary tuberculosis.",
      "none", ""),
    F("CSF cytology from the lumbar puncture is positive for adenocarcinoma, and MRI shows leptomeningeal enhancement "
      "along the cauda equina. This is leptomeningeal carcinomatosis from her HER2-positive breast cancer, treated by "
      "mastectomy in 2019, and we will begin intrathecal trastuzumab.", "breast", "C50|C79"),
)

SUBSITE = (
    F("Interval debulking showed high-grade serous carcinoma involving the right fallopian tube fimbria and the right "
      "ovarian surface with omental deposits; the pathologist could not determine whether it began in the tube or "
      "the ovary and called it tubo-ovarian high-grade serous carcinoma, and she will resume carboplatin and "
      "paclitaxel.", "other_cancer", "C57|C56"),
    F("FINAL DIAGNOSIS:\nAbdominoperineal resection: adenocarcinoma centred on the anorectal junction, involving the "
      "distal rectum and the upper anal canal, moderately differentiated, ypT3 ypN1a. Circumferential margin 2 mm.",
      "colorectal", "C21|C20"),
    F("Right hemicolectomy for an obstructing lesion showed adenocarcinoma arising in the terminal ileum, 2 cm "
      "proximal "
      "to the ileocecal valve, invading the subserosa, with 2 of 18 mesenteric lymph nodes positive; the cecum and "
      "the valve itself are not involved.", "other_cancer", "C17"),
    F("CLINIC NOTE:\nSquamous cell carcinoma of the tongue, 4.2 cm, extending from the left lateral oral tongue "
      "across the "
      "circumvallate papillae into the left base of tongue. cT3N1M0.\nPLAN: composite resection with free flap "
      "and left neck dissection.", "head_and_neck", "C02|C01"),
    F("Lateral temporal bone resection: moderately differentiated squamous cell carcinoma arising in the middle ear "
      "mucosa, filling the tympanic cavity and extending into the mastoid air cells; the external auditory canal "
      "skin is uninvolved, and postoperative radiation is planned.", "head_and_neck", "C30"),
    F("BIOPSY:\nLeft retromolar trigone, incisional biopsy: invasive keratinizing squamous cell carcinoma, depth of "
      "invasion at least 6 mm. CT: erosion of the adjacent mandibular cortex. For marginal mandibulectomy.",
      "head_and_neck", "C06"),
    F("Cystoscopy found a 2 cm papillary tumor on the trigone adjacent to the left ureteric orifice; transurethral "
      "resection showed high-grade papillary urothelial carcinoma invading the lamina propria (pT1) with "
      "muscularis propria present and free, and re-resection is booked in 6 weeks.", "bladder", "C67"),
    F("Direct laryngoscopy showed an exophytic lesion of the left vallecula extending onto the lingual surface of the "
      "epiglottis; biopsy is squamous cell carcinoma, p16 positive, and he will have concurrent cisplatin and "
      "radiation.", "head_and_neck", "C10"),
    F("FINAL DIAGNOSIS:\nLeft parotid, superficial parotidectomy: pleomorphic adenoma, 2.8 cm, with a focally close "
      "capsular margin. No carcinoma ex pleomorphic adenoma. Facial nerve preserved.", "none", ""),
    F("Right ureteroscopy for a filling defect in the mid ureter found a smooth polypoid lesion; the biopsy shows a "
      "fibroepithelial polyp with no urothelial atypia, and cytology is negative, so no further treatment is "
      "needed.", "none", ""),
)

NEUROENDOCRINE = (
    F("SURGICAL PATHOLOGY:\nSmall bowel, ileal resection: well-differentiated neuroendocrine tumor, grade 1 (Ki-67 1%, "
      "mitoses <2/2 mm2), 1.6 cm, invading the subserosa, with mesenteric nodal metastases (2/9) and a 2.5 cm "
      "mesenteric tumor deposit. pT3 pN1.", "other_cancer", "C7A"),
    F("She had a segmental ileal resection in 2020 for a midgut neuroendocrine tumor and now has multiple liver "
      "metastases on Ga-68 DOTATATE PET with carcinoid syndrome flushing and diarrhea, and she continues lanreotide "
      "120 mg every 4 weeks with liver-directed embolization being considered.", "other_cancer", "C7B|C7A"),
    F("EUS FINDINGS:\nA 2.3 cm hypoechoic mass in the pancreatic tail. FNA: well-differentiated neuroendocrine tumor, "
      "grade 2 (Ki-67 6%), synaptophysin and chromogranin positive. Non-functioning; no liver lesions on MRI.\nPLAN: "
      "distal pancreatectomy with splenectomy.", "pancreas", "C25"),
    F("PATHOLOGY:\nRight middle lobectomy: typical carcinoid tumor, 2.2 cm, 1 mitosis per 2 mm2, no necrosis, "
      "confined to the lung. Bronchial margin negative. Lymph nodes 0/11.", "other_cancer", "C7A"),
    F("Calcitonin 880 pg/mL, CEA 45, germline RET M918T; total thyroidectomy with central neck dissection showed "
      "medullary carcinoma, 2.4 cm in the right lobe, with 3 of 9 central nodes positive, and a pheochromocytoma was "
      "excluded before surgery.", "thyroid", "C73"),
    F("ENDOSCOPIC SKULL BASE SURGERY:\nEsthesioneuroblastoma (olfactory neuroblastoma), Hyams grade II, arising in the "
      "superior nasal cavity at the cribriform plate, Kadish B. Resected with negative margins; adjuvant radiation "
      "planned.", "head_and_neck", "C30"),
    F("Fasting hypoglycemia with inappropriately high insulin and C-peptide led to an MRI showing a 1.2 cm lesion in "
      "the pancreatic body, and it was enucleated: a benign insulinoma, well-differentiated, Ki-67 under 1%, "
      "capsule intact, no lymphovascular invasion, and her glucose is now normal with no further treatment "
      "planned.", "none", ""),
    F("GASTRIC BIOPSIES:\nBody and fundus: autoimmune atrophic gastritis with intestinal metaplasia and linear and "
      "micronodular enterochromaffin-like cell hyperplasia. No neuroendocrine tumor or dysplasia identified.\n"
      "Antrum: unremarkable. B12 replacement continued.", "none", ""),
    F("Her 24-hour urine 5-HIAA was mildly raised on the first collection, taken while she ate bananas, walnuts and "
      "avocado daily; repeated after a restricted diet it was normal, Ga-68 DOTATATE PET shows no avid lesion, and "
      "the flushing is attributed to rosacea.", "none", ""),
)

HAEMATOLOGIC = (
    F("BONE MARROW BIOPSY:\nHypercellular marrow with 34% blasts expressing CD41 and CD61, marrow fibrosis MF-2. "
      "Cytogenetics: complex karyotype.\nDIAGNOSIS: acute megakaryoblastic leukemia (AML M7).", "leukemia", "C94"),
    F("The left orbital mass biopsy shows a myeloid sarcoma (CD33, MPO and CD117 positive), the bone marrow has no "
      "excess blasts and the blood count is normal, and she will receive AML-type induction with cytarabine and "
      "daunorubicin.", "leukemia", "C92"),
    F("HEMATOLOGY CONSULT:\nWBC 168,000 with small to medium prolymphocytes, CD4 positive, TCL1 positive, inv(14). "
      "Splenomegaly 19 cm.\nDIAGNOSIS: T-cell prolymphocytic leukemia.\nPLAN: alemtuzumab; transplant referral.",
      "leukemia", "C91"),
    F("LYMPH NODE, LEFT CERVICAL, EXCISION:\nAngioimmunoblastic T-cell lymphoma: effaced architecture, arborizing "
      "high endothelial venules, expanded follicular dendritic cell meshworks, PD-1, CXCL13 and ICOS positive "
      "neoplastic T cells; scattered EBV-positive B cells.", "lymphoma", "C86"),
    F("Biopsy of the ulcerated lesion of the nasal septum shows extranodal NK/T-cell lymphoma, nasal type, EBER "
      "positive, with CD56 and cytotoxic granule expression; plasma EBV DNA is 12,000 copies, and he will have "
      "concurrent radiation with a pegaspargase-based regimen.", "lymphoma", "C86"),
    F("CT-guided core biopsy of the 11 cm anterior mediastinal mass in this 27-year-old woman shows primary "
      "mediastinal large B-cell lymphoma (CD20, CD23 and CD30 positive, PD-L1 amplified), and she will receive "
      "DA-EPOCH-R.", "lymphoma", "C85"),
    F("ENT NOTE:\nNasopharyngeal mass biopsy: extramedullary plasmacytoma, kappa-restricted CD138-positive plasma "
      "cells. Bone marrow has no clonal plasma cells, skeletal survey and PET show no other lesion, serum free light "
      "chains normal.\nPLAN: definitive radiation 45 Gy.", "myeloma", "C90"),
    F("HEMATOLOGY FOLLOW UP:\nPrimary myelofibrosis, JAK2 V617F positive, DIPSS intermediate-1. Spleen 17 cm. Marrow "
      "blasts 2%. On ruxolitinib 15 mg twice daily with improved symptom burden.", "none", ""),
    F("Tryptase 45 ng/mL, marrow with multifocal spindle-shaped mast cell aggregates, CD25 positive and KIT D816V "
      "positive, no organ damage and normal blood counts: indolent systemic mastocytosis, managed with "
      "antihistamines and an epinephrine autoinjector.", "none", ""),
    F("NGS on peripheral blood sent during work-up of a mild macrocytosis found a DNMT3A variant at 6% allele "
      "frequency with a normal blood count and no dysplasia on the marrow: clonal hematopoiesis of indeterminate "
      "potential, with yearly counts advised.", "none", ""),
)

SKIN = (
    F("The lower lip vermilion ulcer in this 68-year-old fisherman is a well-differentiated invasive squamous cell "
      "carcinoma, 0.9 cm, and he will have a V-wedge excision with vermilionectomy.", "head_and_neck", "C00"),
    F("DERMATOPATHOLOGY:\nSkin, upper lip, philtrum, shave biopsy: invasive squamous cell carcinoma, moderately "
      "differentiated, arising in sun-damaged skin; the vermilion is not included. Deep margin involved.",
      "other_cancer", "C44"),
    F("Nodular melanoma of the scalp, Breslow 2.4 mm, ulcerated, pT3b, with 1 of 3 sentinel nodes positive; after wide "
      "excision and nodal ultrasound surveillance, she starts adjuvant nivolumab.", "melanoma", "C43"),
    F("He has had scaly, well-demarcated patches on the buttocks and thighs for 6 years, and the skin biopsy shows "
      "epidermotropic atypical CD4 T cells with Pautrier microabscesses and a clonal TCR gene rearrangement: mycosis "
      "fungoides, stage IB, for narrowband UVB and topical clobetasol.", "lymphoma", "C84"),
    F("Eczematous scaling of the left nipple and areola that did not respond to steroid cream; the punch biopsy shows "
      "Paget's disease of the nipple with CK7-positive intraepidermal cells, and the mammogram and MRI show no "
      "underlying mass.", "breast", "C50"),
    F("EYELID BIOPSY:\nRight upper eyelid, full thickness wedge: sebaceous carcinoma, poorly differentiated, with "
      "pagetoid spread into the conjunctiva. Map biopsies to follow.", "other_cancer", "C44"),
    F("VULVAR BIOPSY:\nRight labium majus: extramammary Paget disease, invasive (dermal invasion 1.2 mm). No "
      "underlying adnexal carcinoma. Colonoscopy and cystoscopy negative.", "other_cancer", "C51"),
    F("FULL SKIN EXAMINATION:\nMultiple seborrheic keratoses on the trunk. Left shoulder pigmented lesion excised: "
      "compound dysplastic nevus with moderate atypia, margins clear. Twelve actinic keratoses on the scalp treated "
      "with cryotherapy.\nNo personal history of skin cancer.", "none", ""),
    F("Her father died of metastatic melanoma and her brother had two basal cell carcinomas, so she comes yearly for a "
      "full skin check; today there are only benign nevi, solar lentigines and a cherry angioma, and sun protection "
      "was reviewed.", "none", ""),
)

BENIGN = (
    F("FINAL DIAGNOSIS:\nRight breast, excision: borderline phyllodes tumor, 5.2 cm, moderate stromal atypia and "
      "cellularity, 6 mitoses/10 HPF, focally infiltrative border. Margin 2 mm. No malignant heterologous "
      "elements.", "none", ""),
    F("FINAL DIAGNOSIS:\nLeft breast, mastectomy: malignant phyllodes tumor, 9 cm, marked stromal overgrowth and "
      "atypia, 14 mitoses/10 HPF, with a liposarcomatous heterologous component. Margins negative.",
      "breast", "C50"),
    F("Curettage and cementation of the distal femur lesion showed a giant cell tumor of bone, H3F3A G34W positive, "
      "with no sarcomatous change, and she is on denosumab and will have serial radiographs.", "none", ""),
    F("APPENDIX:\nLow-grade appendiceal mucinous neoplasm (LAMN) confined to the appendix, 3.1 cm dilated appendix, "
      "no perforation; no extra-appendiceal mucin. Proximal margin negative. No further surgery recommended.",
      "none", ""),
    F("Distal pancreatectomy for the 6 cm multicystic lesion in the pancreatic tail showed a serous microcystic "
      "cystadenoma, with no malignancy, and she recovered without a leak.", "none", ""),
    F("THORACIC SURGERY:\nVATS resection of a 7 cm pedunculated pleural mass: solitary fibrous tumor of the pleura, "
      "STAT6 positive, 1 mitosis/10 HPF, no necrosis; low risk by the modified Demicco model. Margins negative. "
      "Surveillance CT yearly.", "none", ""),
    F("Suction curettage for the 11-week pregnancy with a snowstorm pattern on ultrasound showed a complete "
      "hydatidiform mole, and weekly beta-hCG is falling as expected, now 240 from 180,000.", "none", ""),
    F("Beta-hCG plateaued and then rose to 38,000 six weeks after evacuation of a molar pregnancy, and chest CT shows "
      "four lung nodules; she has metastatic gestational choriocarcinoma, FIGO III, WHO risk score 8, and starts "
      "EMA-CO.", "other_cancer", "C58"),
    F("NEUROFIBROMATOSIS CLINIC:\nNF1 with multiple cutaneous neurofibromas and a plexiform neurofibroma of the right "
      "thigh, stable on MRI; no pain, rapid growth or new deficit to suggest malignant transformation. Continue "
      "selumetinib.", "none", ""),
)

MULTIPLE = (
    F("PROBLEM LIST:\n1. Right renal mass 3.2 cm - robotic partial nephrectomy today; frozen section clear cell renal "
      "cell carcinoma.\n2. Prostate adenocarcinoma, Gleason 3+3=6, 2 of 12 cores, on active surveillance.\n"
      "3. Hypertension.", "kidney", "C64"),
    F("Melanoma of the left calf in 2010 treated with wide excision, no recurrence since; today a new pearly papule on "
      "the right shoulder was excised and is a nodular basal cell carcinoma with clear margins.",
      "other_cancer", "C44"),
    F("CLL, Rai stage 0, watch and wait for 5 years with stable counts; now a newly diagnosed left breast invasive "
      "ductal carcinoma, ER positive, cT1cN0, and she is scheduled for lumpectomy with sentinel node biopsy followed "
      "by radiation.", "breast", "C50"),
    F("ONCOLOGY HISTORY:\n1995 Hodgkin lymphoma stage IIA, mantle field radiation, in remission since.\n2026 right "
      "breast IDC, 2.1 cm, grade 3, ER/PR negative, HER2 positive, within the prior radiation field.\nPLAN: "
      "neoadjuvant TCHP, then bilateral mastectomy.", "breast", "C50"),
    F("ASSESSMENT:\n1. Adenocarcinoma of the sigmoid colon, pT3N2a, cycle 4 of adjuvant CAPOX.\n2. Papillary thyroid "
      "microcarcinoma 6 mm found incidentally at lobectomy for goitre in 2018, no further treatment needed.\n"
      "3. Oxaliplatin neuropathy grade 1.", "colorectal", "C18"),
    F("PROBLEM LIST:\n- Squamous cell carcinoma of the right upper lobe, 2.3 cm, medically inoperable: SBRT 54 Gy in "
      "3 fractions starts Monday.\n- Bladder cancer, TURBT 2016, surveillance cystoscopies negative, discharged from "
      "urology 2022.\n- COPD GOLD 3.", "lung", "C34"),
    F("She finished neoadjuvant carboplatin, paclitaxel and radiation for adenocarcinoma of the distal esophagus, 30 "
      "cm "
      "from the incisors and above the gastroesophageal junction, and is scheduled for esophagectomy; her prostate "
      "cancer was treated by prostatectomy in 2012 with an undetectable PSA since.", "other_cancer", "C15"),
    F("PROBLEM LIST:\n1. MGUS, IgG lambda, M-spike 0.4 g/dL, stable.\n2. Monoclonal B-cell lymphocytosis, low count.\n"
      "3. BPH with PSA 5.1; MRI-targeted biopsy benign.\n4. Actinic keratoses.", "none", ""),
    F("SCREENING SUMMARY:\nBreast: BI-RADS 3, probably benign, 6-month follow-up.\nThyroid: 1.2 cm nodule, FNA "
      "Bethesda II.\nColon: two tubular adenomas removed, repeat in 5 years.\nLung: low-dose CT, Lung-RADS 2.",
      "none", ""),
)

SHORTHAND = (
    F("A/P: 72M w/ HNSCC L BOT, p16+, T2N1M0. C2 weekly cis + XRT, fx 14/35. Wt down 4 kg, mucositis G2. PEG in "
      "place, magic mouthwash, cont.", "head_and_neck", "C01"),
    F("PMH: HTN, HLD, T2DM, OSA on CPAP, PCa s/p RALP 2016 (PSA <0.01 since), GERD, OA knees.", "prostate", "Z85"),
    F("ONC HX: TNBC L breast cT2N1, neoadj pembro + carbo/pacli -> AC, L lumpectomy/SLNB 3/2026 ypT0N0 (pCR). Now "
      "adj pembro C5 of 9. TSH ok.", "breast", "C50"),
    F("A/P:\n#PDAC head, borderline resectable (SMV abutment), CA 19-9 1200 -> 85 s/p mFOLFIRINOX x8\n- Whipple "
      "planned 12/15\n#DM2 - insulin", "pancreas", "C25"),
    F("HEME F/U: MDS-EB2, R-IPSS high, TP53 wt. Aza C5D1 today. Tx-dependent, ferritin 1800. Donor search ongoing.",
      "none", ""),
    F("HEME: AML-MRC (prior MDS), s/p CPX-351 induction, D28 marrow CR MRD+. Consolidation C1 next wk.",
      "leukemia", "C92"),
    F("Problems: ET JAK2+ on HU 500 daily + ASA 81, plt 480. HTN. Hypothyroid.", "none", ""),
    F("PMH: ccRCC s/p L radical nx 2019 (pT1b), NED on yearly CT; CKD 3a; AFib on apixaban.", "kidney", "Z85"),
    F("GU ONC: UTUC R renal pelvis, s/p R RNU 11/20, pT2 HG, margins neg, 0/4 LN. D/w adj nivo vs obs; pt "
      "favours nivo.", "kidney", "C65"),
    F("FHx: mom BrCa @48, MGM OvCa @60, pat uncle PCa. Pt BRCA1/2 neg, PALB2 VUS. MRI breast 10/26 nl. Cont. "
      "alternating screening.", "none", ""),
)

LAYOUT = (
    F("DISCHARGE DIAGNOSES:,1.  Neutropenic fever, resolved.,2.  Diffuse large B-cell lymphoma, stage IV, status post "
      "cycle 2 of R-CHOP.,3.  Hypokalemia.,DISPOSITION:, Home with oral antibiotics.", "lymphoma", "C83"),
    F("ONCOLOGY INTAKE FORM:\nPrimary site: [x] Breast  [ ] Lung  [ ] Colon  [ ] Prostate  [ ] Other: ____\n"
      "Histology: invasive lobular carcinoma\nStage: IIA (cT2 cN0)\nReceptors: ER+ PR+ HER2-\n"
      "Treatment intent: [x] Curative  [ ] Palliative", "breast", "C50"),
    F("NEW PATIENT REFERRAL:\nReason: [ ] New cancer diagnosis  [x] Abnormal imaging  [ ] Genetic counselling  "
      "[ ] Second opinion\nDetails: 6 mm solid nodule, right lower lobe, incidental on CT angiogram; never smoker.\n"
      "Cancer history: none\nRecommendation: no routine follow-up per Fleischner.", "none", ""),
    F("CT ABDOMEN AND PELVIS WITH CONTRAST:\nINDICATION: Staging of newly diagnosed gastric adenocarcinoma.\n"
      "FINDINGS: Circumferential wall thickening of the gastric antrum, 1.8 cm. Two enlarged perigastric nodes. "
      "No liver lesion. No ascites.\nIMPRESSION: Antral gastric malignancy with perigastric adenopathy.",
      "stomach", "C16"),
    F("The patient is a 58-year-old female with biopsy-proven squamous cell carcinoma of the right tonsil, p16 "
      "positive, who was brought to the operating room for transoral robotic radical tonsillectomy and right neck "
      "dissection, levels II through IV.", "head_and_neck", "C09"),
    F("TUMOR BOARD SUMMARY:\nSite: rectum, 7 cm from the anal verge\nHistology: adenocarcinoma, moderately "
      "differentiated, pMMR\nClinical stage: cT3c N1 M0, MRF clear\nRecommendation: total neoadjuvant therapy "
      "then restaging MRI.", "colorectal", "C20"),
    F("SPECIMEN:\nUterus, cervix, bilateral fallopian tubes and ovaries.\nDIAGNOSIS: Leiomyomata uteri (largest 6 cm); "
      "proliferative endometrium, no hyperplasia or malignancy; cervix with nabothian cysts; unremarkable tubes and "
      "ovaries.", "none", ""),
    F("ASSESSMENT AND PLAN:\nNumber one, hepatocellular carcinoma in the setting of hepatitis C cirrhosis, Child-Pugh "
      "A, status post TACE in August, with a new arterially enhancing 2 cm lesion in segment 4 on today's MRI. We "
      "will present at liver tumor board for repeat TACE versus ablation.\nNumber two, hepatitis C, cured.",
      "liver", "C22"),
    F("GENETICS CONSULTATION:\nPersonal history of cancer: none.\nFamily history:\n  Mother - ovarian cancer, 52\n"
      "  Maternal aunt - breast cancer, 40\n  Maternal grandfather - pancreatic cancer, 70\nAssessment: meets "
      "criteria for germline testing; multigene panel sent.", "none", ""),
)

ASSERTION = (
    F("She is worried about cancer because her sister was recently diagnosed with pancreatic cancer at 58; we "
      "discussed that her own risk is only modestly increased, and that pancreatic screening is not recommended "
      "outside a high-risk registry.", "none", ""),
    F("If the core biopsy of the axillary node shows lymphoma, we would refer him to hematology for staging, and if it "
      "is reactive no further work-up is needed; he understands and agrees with the plan.", "none", ""),
    F("The possibility of an underlying malignancy was considered because of his 8 kg weight loss, but CT of the "
      "chest, abdomen and pelvis, colonoscopy and upper endoscopy were all unremarkable, and the weight loss is "
      "attributed to depression, now treated.", "none", ""),
    F("There is no evidence of recurrence of her endometrial cancer on pelvic examination today; she remains on "
      "surveillance two years after total hysterectomy and bilateral salpingo-oophorectomy for a stage IA grade 1 "
      "tumor, with no adjuvant treatment given.", "uterine", "Z85"),
    F("Although the initial fine-needle aspirate of the supraclavicular node was read as negative for malignancy, the "
      "excisional biopsy showed classical Hodgkin lymphoma, nodular sclerosis type, and she starts ABVD next "
      "week.", "lymphoma", "C81"),
    F("We talked through the numbers: with her atypical hyperplasia, tamoxifen could lower her chance of developing "
      "breast cancer by about half, but she declined chemoprevention and prefers annual MRI and mammography.",
      "none", ""),
    F("Her husband has metastatic prostate cancer and she is his main caregiver; she reports caregiver strain, "
      "insomnia and a low mood, and was referred to the caregiver support group.", "none", ""),
    F("No lymphadenopathy or hepatosplenomegaly on examination. His known chronic lymphocytic leukemia remains "
      "untreated under observation, with an absolute lymphocyte count stable at 22,000 and no cytopenias.",
      "leukemia", "C91"),
    F("CT shows a 4 cm left hilar mass with mediastinal adenopathy that is worrisome for a primary lung malignancy; "
      "EBUS with transbronchial needle aspiration is scheduled for Thursday to establish a tissue diagnosis.",
      "none", ""),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "insitu": INSITU,
    "secondary": SECONDARY,
    "subsite": SUBSITE,
    "neuroendocrine": NEUROENDOCRINE,
    "haematologic": HAEMATOLOGIC,
    "skin": SKIN,
    "benign": BENIGN,
    "multiple": MULTIPLE,
    "shorthand": SHORTHAND,
    "layout": LAYOUT,
    "assertion": ASSERTION,
}

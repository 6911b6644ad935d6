"""The fourteenth family: the cancer and its ICD-10-CM category where the note's angle hides them.

Written blind 2026-12-05 by someone who had not read the coder, its rules or vocabularies, its tests, or the other
families' forms; only DESIGN.md (the 17 types and their ICD-10-CM ranges), the brief of issue 17, the probe, the `Form`
class, the labelling rules of tests/fixtures/mtsamples_gold_README.md, and the first 25 lines of the thirteenth family's
`forms.py` and its `__init__.py` (layout). Committed before the probe was first run on it. Every ICD-10-CM category
below was checked against the tabular list of the pinned `simple-icd-10-cm`. One module: `FORMS` maps class -> forms;
every class holds cancer and `none` forms (about 30% `none` overall).

Labelling follows the README's rules: a type needs this patient's cancer, current or past (in situ counts: DCIS and
LCIS -> breast D05, melanoma in situ -> melanoma D03, CIN3 -> other_cancer D06, Bowen disease -> other_cancer D04);
carriers, screening, imaging categories, cytology short of malignant, dysplasia and atypia are `none`; the category is
the active C/D code under treatment or present, Z85 (Z86 for in situ) when given only as history. Where ICD-10-CM
sequencing honestly allows two first codes (a metastasis treated while the primary is in place) both are accepted
(`"C79|C50"`); where the primary was removed, only the secondary category.

Classes:
- focus: notes naming two or more of this patient's cancers, where the one under treatment or work-up now decides and
  the others are remote history; a note whose only cancer is remote is that type with Z85; relatives' cancers -> none;
- molecular: biomarker-first phrasing (EGFR, ALK, HER2, BRAF, KRAS, MSI/dMMR, IDH, NPM1/FLT3, t(11;14), RET, AR-V7)
  where the marker and the drug carry the type; germline carriers (BRCA2, Lynch, CHEK2) and JAK2-positive
  essential thrombocythaemia -> none;
- procedure: operation-first notes (Whipple, APR, TURBT, Mohs, cystectomy, Ivor Lewis, prostatectomy, laryngectomy,
  cholecystectomy with an incidental cancer, nephrectomy, hemicolectomy, craniotomy, orchiectomy); a prophylactic
  mastectomy, a Whipple for a low-grade IPMN and a hysterectomy for leiomyoma -> none;
- rads: radiology and pathology impressions with reporting categories (BI-RADS 1/4C/6, LI-RADS 4 against an HCC
  treated on LI-RADS 5 criteria, PI-RADS 5 against a targeted biopsy, Lung-RADS 2/4B, Bethesda III/VI, Bosniak IV,
  O-RADS 5) and final diagnoses; a category short of a tissue diagnosis -> none;
- british: UK spellings and clinic genres (oesophageal, leukaemia, haematology, MDT outcome, two-week wait), Latin and
  other European terms (carcinoma recti, carcinoma ventriculi, Morbus Kahler, Morbus Hodgkin, a translated Spanish
  referral, hypernephroma);
- screening: screening and prevention visits (colonoscopy polyps, a malignant polyp, FIT, co-testing, PSA, skin
  checks, mammogram callbacks, hepatitis B surveillance, HPV vaccination);
- precursor: precursor and borderline states (Barrett's with high-grade dysplasia against intramucosal
  adenocarcinoma, CIN2 against CIN3, ADH, DCIS, DCIS with an invasive focus, LCIS, MGUS, monoclonal B-cell
  lymphocytosis, atypical endometrial hyperplasia, HGPIN, leukoplakia with dysplasia, lentigo maligna, Bowen
  disease);
- metsite: metastasis-site-first phrasing ("brain mets from breast primary"), the type being the primary's; negative
  metastatic work-ups -> none;
- portal: lay language in patient-portal messages; a relative's cancer, a normal screen, pre-cancer -> none;
- clash: abbreviations with clashing senses (AML, HCC, GBM, NHL, MCL, ALL, MM, SCC, RCC, PTC);
  the look-alike sense -> none.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

FOCUS = (
    Form("Past history of prostate adenocarcinoma treated with radical prostatectomy in 2011, PSA undetectable since. "
         "He is now admitted for cycle 2 of R-CHOP for newly diagnosed diffuse large B-cell lymphoma of the left "
         "cervical nodes.", "lymphoma", "C83"),
    Form("She had a right breast cancer in 2009 treated with lumpectomy, radiation and five years of anastrozole. "
         "Today she comes in for cycle 3 of carboplatin and etoposide for extensive-stage small cell lung cancer.",
         "lung", "C34"),
    Form("ONCOLOGY PROBLEMS: 1. Papillary thyroid carcinoma, total thyroidectomy and radioiodine 2004, thyroglobulin "
         "undetectable. 2. Non-muscle-invasive high-grade urothelial carcinoma of the bladder on maintenance BCG, "
         "surveillance cystoscopy today.", "bladder", "C67"),
    Form("Survivorship visit. Hodgkin lymphoma treated with ABVD and mantle-field radiation in 1996, no recurrence "
         "since. Her annual breast MRI this year was normal and the thyroid ultrasound shows no nodule.",
         "lymphoma", "Z85"),
    Form("History of left breast cancer, lumpectomy and radiation in 2016, on no therapy. Screening mammogram now "
         "shows a new 9 mm spiculated mass in the right breast, BI-RADS 4C; ultrasound-guided biopsy is scheduled.",
         "breast", "Z85"),
    Form("Melanoma of the left calf excised with wide margins in 2018, surveillance without evidence of disease. Seen "
         "today for Mohs surgery of a biopsy-proven basal cell carcinoma of the left nasal ala.",
         "other_cancer", "C44"),
    Form("He has two cancers: a low-risk prostate cancer on active surveillance, and a stage III adenocarcinoma of the "
         "sigmoid colon resected last month. Today he starts adjuvant CAPOX.", "colorectal", "C18"),
    Form("Chronic lymphocytic leukemia, Rai stage 0, observed without treatment for six years. Admitted for right "
         "upper lobectomy for a newly diagnosed 3 cm squamous cell carcinoma of the lung.", "lung", "C34"),
    Form("Kidney cancer treated with left partial nephrectomy in 2015, no recurrence. He is followed in hematology "
         "clinic for monoclonal gammopathy of undetermined significance, M-spike stable at 0.4 g/dL.",
         "kidney", "Z85"),
    Form("Cervical cancer treated with chemoradiation twenty years ago. Now six weeks after a Whipple procedure for "
         "pancreatic adenocarcinoma, she starts adjuvant gemcitabine and capecitabine.", "pancreas", "C25"),
    Form("Remote history of testicular seminoma, orchiectomy in 1990, discharged from oncology follow-up. Seen today "
         "for his hypothyroidism; no active issues.", "other_cancer", "Z85"),
    Form("Her mother and sister both had ovarian cancer; she herself was treated for endometrial carcinoma with "
         "hysterectomy in 2019 and remains disease-free. Visit today for her germline panel, which was negative.",
         "uterine", "Z85"),
    Form("Her husband is on chemotherapy for pancreatic cancer and her son finished treatment for Hodgkin lymphoma "
         "last year; she is seen for caregiver stress and insomnia.", "none", ""),
    Form("Two primaries: hepatocellular carcinoma treated with microwave ablation in 2021, no viable tumor on "
         "surveillance MRI; and a new p16-positive squamous cell carcinoma of the left tonsil, starting radiation "
         "with weekly cisplatin this week.", "head_and_neck", "C09"),
    Form("Melanoma of the back excised in 2017 without recurrence. Today she starts neoadjuvant letrozole for a newly "
         "diagnosed ER-positive invasive lobular carcinoma of the left breast.", "breast", "C50"),
)

MOLECULAR = (
    Form("EGFR exon 19 deletion NSCLC, stage IVA, on osimertinib 80 mg daily since March, tolerating it well apart "
         "from mild paronychia.", "lung", "C34"),
    Form("ALK-rearranged adenocarcinoma with a right lower lobe primary, on alectinib; CNS disease stable on the last "
         "MRI.", "lung", "C34"),
    Form("HER2-positive disease (IHC 3+), ER and PR negative, left breast, completing neoadjuvant docetaxel, "
         "carboplatin, trastuzumab and pertuzumab before surgery.", "breast", "C50"),
    Form("HER2-positive gastric adenocarcinoma on trastuzumab with capecitabine and oxaliplatin, cycle 5 today.",
         "stomach", "C16"),
    Form("BRCA2 carrier, age 41, no personal history of cancer. Breast MRI and mammogram alternate every six months; "
         "risk-reducing salpingo-oophorectomy was discussed.", "none", ""),
    Form("Lynch syndrome (MSH2 pathogenic variant) with a normal colonoscopy today; next colonoscopy in one year, "
         "endometrial sampling was also normal.", "none", ""),
    Form("dMMR/MSI-high endometrioid adenocarcinoma of the endometrium, FIGO IIIC1, on carboplatin, paclitaxel and "
         "dostarlimab.", "uterine", "C54"),
    Form("BRAF V600E-mutant metastatic melanoma, primary on the upper back, on dabrafenib and trametinib with "
         "intermittent pyrexia.", "melanoma", "C43"),
    Form("KRAS G12C-mutated adenocarcinoma of the sigmoid colon with liver metastases, third line sotorasib plus "
         "panitumumab.", "colorectal", "C18"),
    Form("IDH-wildtype glioblastoma of the right temporal lobe, MGMT promoter unmethylated, day 15 of radiation with "
         "concurrent temozolomide.", "brain", "C71"),
    Form("NPM1-mutated, FLT3-ITD-positive disease in first remission after 7+3 with midostaurin; consolidation with "
         "high-dose cytarabine begins Monday.", "leukemia", "C92"),
    Form("JAK2 V617F positive, platelets 780, on hydroxyurea and aspirin for essential thrombocythemia; no thrombosis.",
         "none", ""),
    Form("Germline CHEK2 c.1100delC heterozygote seen in the high-risk breast clinic; mammogram today BI-RADS 1.",
         "none", ""),
    Form("t(11;14)-positive IgG kappa plasma cell disease with 60% marrow plasma cells and lytic lesions, on "
         "daratumumab, lenalidomide and dexamethasone.", "myeloma", "C90"),
    Form("AR-V7-positive metastatic castration-resistant adenocarcinoma of the prostate, PSMA PET-avid, now on "
         "lutetium-177 PSMA-617.", "prostate", "C61"),
    Form("RET fusion-positive papillary thyroid carcinoma, radioiodine-refractory, on selpercatinib with stable lung "
         "nodules.", "thyroid", "C73"),
)

PROCEDURE = (
    Form("POD 4 s/p Whipple (pancreaticoduodenectomy) for a 2.8 cm ductal adenocarcinoma of the pancreatic head; "
         "drains removed today.", "pancreas", "C25"),
    Form("s/p Whipple for adenocarcinoma of the ampulla of Vater, pT2N0; advancing diet.", "other_cancer", "C24"),
    Form("s/p Whipple three weeks ago for a branch-duct IPMN with low-grade dysplasia; final pathology negative for "
         "invasive carcinoma.", "none", ""),
    Form("Abdominoperineal resection with end colostomy for a low rectal adenocarcinoma after total neoadjuvant "
         "therapy; stoma teaching today.", "colorectal", "C20"),
    Form("TURBT yesterday: high-grade papillary urothelial carcinoma with lamina propria invasion; a single "
         "instillation of gemcitabine was given.", "bladder", "C67"),
    Form("Mohs micrographic surgery, right temple, two stages to clear margins of an infiltrative basal cell "
         "carcinoma; repaired with a rotation flap.", "other_cancer", "C44"),
    Form("Radical cystectomy with ileal conduit for muscle-invasive urothelial carcinoma after neoadjuvant "
         "gemcitabine and cisplatin.", "bladder", "C67"),
    Form("Ivor Lewis esophagectomy on day 6 for adenocarcinoma of the distal esophagus; contrast swallow "
         "shows no leak.", "other_cancer", "C15"),
    Form("Robotic radical prostatectomy with bilateral pelvic lymph node dissection last Tuesday for Gleason 4+3 "
         "adenocarcinoma; Foley catheter out today.", "prostate", "C61"),
    Form("Total laryngectomy with bilateral neck dissection for recurrent glottic squamous cell carcinoma after "
         "radiation; tracheoesophageal voice prosthesis placed.", "head_and_neck", "C32"),
    Form("Prophylactic bilateral nipple-sparing mastectomy for a BRCA1 mutation; final pathology benign breast tissue "
         "with fibrocystic change.", "none", ""),
    Form("Laparoscopic cholecystectomy for biliary colic; pathology unexpectedly showed a pT1b adenocarcinoma of the "
         "gallbladder, and re-resection of the liver bed is planned.", "other_cancer", "C23"),
    Form("Left radical nephrectomy for an 8 cm clear cell carcinoma with renal vein thrombus, ISUP grade 3.",
         "kidney", "C64"),
    Form("Right hemicolectomy for cecal adenocarcinoma, 0 of 24 nodes; no adjuvant therapy needed. First "
         "post-operative visit, wound healing well.", "colorectal", "C18"),
    Form("Awake craniotomy for resection of a left frontal IDH-mutant astrocytoma, WHO grade 3; radiation planning "
         "next week.", "brain", "C71"),
    Form("Total abdominal hysterectomy for presumed fibroids; pathology leiomyoma, no malignancy.", "none", ""),
    Form("Left inguinal orchiectomy for a testicular mass; pathology pure seminoma, pT1.", "other_cancer", "C62"),
)

RADS = (
    Form("IMPRESSION: Left breast 1 o'clock, 1.4 cm irregular mass with angular margins. BI-RADS 4C: high suspicion "
         "for malignancy. Ultrasound-guided core biopsy recommended.", "none", ""),
    Form("IMPRESSION: Known biopsy-proven invasive ductal carcinoma of the right breast, 2.1 cm; no additional "
         "lesions. BI-RADS 6.", "breast", "C50"),
    Form("IMPRESSION: Scattered fibroglandular densities. No suspicious mass or calcification. BI-RADS 1: negative. "
         "Routine annual screening.", "none", ""),
    Form("IMPRESSION: Cirrhotic liver. 1.5 cm arterial phase hyperenhancing observation in segment 7 without washout "
         "or capsule, LI-RADS 4 (probably HCC). Multiphase MRI in 3 months or discussion at liver tumor board.",
         "none", ""),
    Form("ASSESSMENT: Hepatocellular carcinoma of segment 4, diagnosed on LI-RADS 5 imaging in cirrhosis with AFP 410; "
         "transarterial chemoembolization performed today.", "liver", "C22"),
    Form("IMPRESSION: 14 mm lesion in the left peripheral zone with markedly restricted diffusion, PI-RADS 5. "
         "Targeted biopsy advised.", "none", ""),
    Form("PATHOLOGY: MRI-fusion targeted biopsy of the PI-RADS 4 lesion, left apex: prostatic adenocarcinoma, Gleason "
         "3+4=7 (grade group 2), 40% of the core.", "prostate", "C61"),
    Form("IMPRESSION: Lung-RADS 4B. 16 mm solid nodule in the right upper lobe, new since last year. PET-CT or tissue "
         "sampling recommended.", "none", ""),
    Form("IMPRESSION: Lung-RADS 2, benign appearance. Stable 4 mm calcified granuloma. Continue annual low-dose CT "
         "screening.", "none", ""),
    Form("CYTOLOGY: Thyroid, right lobe nodule (TI-RADS 5), fine-needle aspiration: Bethesda category VI, papillary "
         "thyroid carcinoma.", "thyroid", "C73"),
    Form("CYTOLOGY: Thyroid, left lobe 2.2 cm nodule, fine-needle aspiration: Bethesda category III, atypia of "
         "undetermined significance; molecular testing sent.", "none", ""),
    Form("IMPRESSION: Right renal 3.1 cm complex cystic mass with thick enhancing septa, Bosniak IV. Urology referral.",
         "none", ""),
    Form("FINAL DIAGNOSIS: Lymph node, left axilla, excision: classic Hodgkin lymphoma, nodular sclerosis type.",
         "lymphoma", "C81"),
    Form("IMPRESSION: O-RADS US 5. 9 cm solid and cystic left adnexal mass with ascites. Gynecologic oncology "
         "referral; CA-125 pending.", "none", ""),
    Form("FINAL DIAGNOSIS: Stomach, antrum, biopsy: poorly cohesive carcinoma with signet ring cells.",
         "stomach", "C16"),
    Form("FINAL DIAGNOSIS: Stomach, body, biopsy: extranodal marginal zone lymphoma of mucosa-associated lymphoid "
         "tissue (MALT lymphoma); Helicobacter pylori organisms present.", "lymphoma", "C88"),
)

BRITISH = (
    Form("Oesophageal adenocarcinoma, lower third, T3 N1, for neoadjuvant FLOT then Ivor Lewis oesophagectomy per the "
         "upper GI MDT.", "other_cancer", "C15"),
    Form("Chronic lymphocytic leukaemia, Binet stage B, started on acalabrutinib by the haematology team.",
         "leukemia", "C91"),
    Form("Acute myeloid leukaemia in first complete remission, listed for allogeneic stem cell transplant next month.",
         "leukemia", "C92"),
    Form("Seen on the two-week-wait pathway for suspected colorectal cancer: change in bowel habit and iron-deficiency "
         "anaemia. Colonoscopy booked; no diagnosis yet.", "none", ""),
    Form("MDT outcome: grade 2 oestrogen-receptor-positive invasive ductal carcinoma of the left breast; for wide "
         "local excision and sentinel node biopsy, then adjuvant radiotherapy and letrozole.", "breast", "C50"),
    Form("Haematology review: paraproteinaemia 4 g/L IgG kappa, marrow plasma cells 4%, no end-organ damage. "
         "Impression MGUS; annual review by the GP.", "none", ""),
    Form("Carcinoma recti 8 cm from the anal verge, after short-course radiotherapy, admitted for anterior resection.",
         "colorectal", "C20"),
    Form("Morbus Kahler (multiple myeloma) diagnosed in Germany in 2022, care transferred here; on lenalidomide "
         "maintenance.", "myeloma", "C90"),
    Form("Referral letter (translated from Spanish): carcinoma ductal infiltrante de mama izquierda, receptores "
         "hormonales positivos, en tratamiento con tamoxifeno.", "breast", "C50"),
    Form("Tumour follow-up letter: hypernephroma of the left kidney treated by nephrectomy in 1998, no recurrence; "
         "discharged from follow-up.", "kidney", "Z85"),
    Form("Haematological malignancy excluded: blood film shows reactive lymphocytes after glandular fever, and flow "
         "cytometry shows no clonal population.", "none", ""),
    Form("Carcinoma ventriculi, Lauren diffuse type, for total gastrectomy after perioperative FLOT.",
         "stomach", "C16"),
    Form("Morbus Hodgkin diagnosed in Austria in 2023; cycle 4 of escalated BEACOPP continued here.",
         "lymphoma", "C81"),
    Form("Tumour marker CA 125 mildly raised at 48 in a woman with endometriosis; ultrasound shows an endometrioma "
         "with no features of malignancy.", "none", ""),
    Form("Non-Hodgkin's lymphoma (follicular, grade 1-2) on watch-and-wait per haematology; asymptomatic, nodes "
         "stable.", "lymphoma", "C82"),
)

SCREENING = (
    Form("Screening colonoscopy: two tubular adenomas (6 mm and 4 mm) removed from the transverse colon by cold snare. "
         "Repeat colonoscopy in 7 years.", "none", ""),
    Form("Surveillance colonoscopy: 25 mm sessile serrated lesion with dysplasia removed piecemeal; return in 6 months "
         "to check the scar.", "none", ""),
    Form("Polypectomy pathology: adenocarcinoma arising in a tubulovillous adenoma of the sigmoid colon, invading the "
         "submucosa (pT1), margin 0.5 mm; surgical referral for sigmoid colectomy.", "colorectal", "C18"),
    Form("Cervical screening: cytology negative for intraepithelial lesion, HPV 16/18 negative, other high-risk HPV "
         "positive. Repeat co-test in one year.", "none", ""),
    Form("Annual physical. PSA rose from 3.1 to 5.8 over 18 months; free PSA 9%. Referred to urology for MRI; no "
         "biopsy yet.", "none", ""),
    Form("Skin check: about 80 nevi, none atypical; seborrheic keratoses, and one actinic keratosis treated with "
         "cryotherapy. Return in one year.", "none", ""),
    Form("Full skin exam found an asymmetric 7 mm pigmented lesion on the right shoulder; excision showed superficial "
         "spreading melanoma, Breslow 0.6 mm. Wide local excision with 1 cm margins scheduled.", "melanoma", "C43"),
    Form("FIT positive in the mail-in screening program; diagnostic colonoscopy found a near-obstructing mass at the "
         "hepatic flexure, biopsy adenocarcinoma; staging CT ordered.", "colorectal", "C18"),
    Form("Screening mammogram callback: diagnostic views show the asymmetry resolves with spot compression, BI-RADS 2; "
         "return to annual screening.", "none", ""),
    Form("Upper endoscopy for Barrett's surveillance: 3 cm segment, biopsies without dysplasia; repeat in 3 "
         "to 5 years.",
         "none", ""),
    Form("HPV vaccination catch-up, dose 2 of 3 given today; anal cancer screening discussed given HIV, anal cytology "
         "scheduled.", "none", ""),
    Form("Chronic hepatitis B on six-monthly ultrasound and AFP for liver cancer surveillance; today's ultrasound "
         "shows no focal lesion.", "none", ""),
    Form("Screening PSA 14 with a hard nodule on rectal exam; 12-core biopsy shows Gleason 4+4 adenocarcinoma in 9 "
         "cores; bone scan negative.", "prostate", "C61"),
    Form("Well-woman visit. Breast cancer at 44, treated with lumpectomy and radiation, tamoxifen finished in 2020. "
         "Mammogram today BI-RADS 2.", "breast", "Z85"),
)

PRECURSOR = (
    Form("Barrett's esophagus with high-grade dysplasia on biopsy; referred for endoscopic eradication with "
         "radiofrequency ablation.", "none", ""),
    Form("Barrett's segment with a 1 cm nodule; endoscopic mucosal resection showed intramucosal adenocarcinoma "
         "(T1a), deep margin clear.", "other_cancer", "C15"),
    Form("Cervical biopsy CIN2, p16 positive; LEEP versus observation discussed with the patient.", "none", ""),
    Form("LEEP specimen: CIN3 (severe dysplasia, carcinoma in situ), margins negative.", "other_cancer", "D06"),
    Form("Left breast core biopsy: atypical ductal hyperplasia; surgical excision recommended to rule out upgrade.",
         "none", ""),
    Form("Excision after core biopsy: ductal carcinoma in situ, high nuclear grade, 1.8 cm, no invasion; margins "
         "clear; radiation oncology consult.", "breast", "D05"),
    Form("Lumpectomy final pathology: DCIS, intermediate grade, with a 3 mm focus of invasive ductal carcinoma; "
         "sentinel node negative.", "breast", "C50"),
    Form("Lobular carcinoma in situ, classic type, found incidentally in a fibroadenoma excision; chemoprevention with "
         "tamoxifen offered.", "breast", "D05"),
    Form("MGUS, IgA lambda, M-protein 0.8 g/dL, free light chain ratio normal; low risk; recheck in 12 months.",
         "none", ""),
    Form("Monoclonal B-cell lymphocytosis: clonal B cells 1.9 x10^9/L with a CLL-type immunophenotype, no "
         "lymphadenopathy or cytopenias; observation.", "none", ""),
    Form("Endometrial biopsy: atypical endometrial hyperplasia (EIN); total hysterectomy planned.", "none", ""),
    Form("Hysterectomy for atypical hyperplasia, final pathology: grade 1 endometrioid adenocarcinoma with 2 mm "
         "myometrial invasion.", "uterine", "C54"),
    Form("Prostate biopsy: high-grade prostatic intraepithelial neoplasia in two cores, benign elsewhere; repeat MRI "
         "in one year.", "none", ""),
    Form("Oral leukoplakia of the left lateral tongue; biopsy shows moderate epithelial dysplasia; excision planned.",
         "none", ""),
    Form("Shave biopsy, left cheek: lentigo maligna (melanoma in situ); staged excision planned.", "melanoma", "D03"),
    Form("Skin, right shin, punch biopsy: squamous cell carcinoma in situ (Bowen disease); to be treated with "
         "5-fluorouracil cream.", "other_cancer", "D04"),
)

METSITE = (
    Form("Brain mets from breast primary: three lesions treated with stereotactic radiosurgery today; she continues "
         "trastuzumab deruxtecan.", "breast", "C79|C50"),
    Form("Liver metastases from colon cancer resected in 2020, no residual bowel disease; admitted for right "
         "hepatectomy.", "colorectal", "C78"),
    Form("Bone mets to T8 and L2 from prostate adenocarcinoma on androgen deprivation; palliative 8 Gy single fraction "
         "to L2 for pain.", "prostate", "C79|C61"),
    Form("Malignant pleural effusion from ovarian carcinoma; indwelling pleural catheter placed.",
         "other_cancer", "C78|C56"),
    Form("Adrenal metastasis from renal cell carcinoma (nephrectomy 2017), treated with SBRT.", "kidney", "C79"),
    Form("Leptomeningeal disease from lung adenocarcinoma, the left upper lobe primary still present on CT; "
         "intrathecal therapy discussed.", "lung", "C79|C34"),
    Form("Pulmonary metastases from melanoma of the scalp, on nivolumab and ipilimumab.", "melanoma", "C78|C43"),
    Form("Liver lesion biopsy: metastatic adenocarcinoma, CK7 negative, CK20 and CDX2 positive, consistent with a "
         "colorectal primary; colonoscopy shows a sigmoid mass.", "colorectal", "C18|C78"),
    Form("Axillary lymph node: metastatic carcinoma, GATA3 and ER positive, consistent with breast origin; mammogram "
         "and breast MRI show no breast lesion.", "breast", "C50|C77"),
    Form("Bone scan for back pain, no known malignancy: no evidence of osseous metastatic disease; degenerative uptake "
         "in both knees.", "none", ""),
    Form("The liver 'metastases' on the outside CT proved to be hemangiomas on MRI; no primary malignancy found; "
         "discharged from clinic.", "none", ""),
    Form("Ovarian metastases (Krukenberg tumors) from gastric signet ring cell carcinoma; palliative FOLFOX.",
         "stomach", "C16|C79"),
    Form("Peritoneal carcinomatosis from appendiceal mucinous adenocarcinoma, for cytoreductive surgery and HIPEC.",
         "colorectal", "C18|C78"),
    Form("Brain metastasis resected: metastatic melanoma, BRAF wild type; the primary melanoma of the back was excised "
         "in 2015.", "melanoma", "C79"),
)

PORTAL = (
    Form("Patient message: Hi Dr. Lee, I got my biopsy results in MyChart and it says invasive ductal carcinoma in my "
         "left breast. What happens next? Do I need chemo?", "breast", "C50"),
    Form("Patient message: My PSA came back 4.9, up from 4.1. Should I be worried it's cancer? I don't want a biopsy "
         "unless I have to.", "none", ""),
    Form("Patient message: I finished my last radiation for my tonsil cancer on Friday and my mouth is so sore I can "
         "barely swallow.", "head_and_neck", "C09"),
    Form("Patient message: my mom asked me to ask if her blood cancer (the CLL) means I should be tested too. I'm 35 "
         "and healthy.", "none", ""),
    Form("Patient message: The skin doctor froze a spot on my nose and said it was pre-cancer. Is that the same as "
         "skin cancer?", "none", ""),
    Form("Patient message: Since they took out part of my colon for the cancer two years ago I still get cramps. All "
         "my scans have been clear.", "colorectal", "Z85"),
    Form("Patient message: I'm on the chemo pills for my kidney cancer (the cabozantinib) and the soles of my feet are "
         "peeling.", "kidney", "C64"),
    Form("Patient message: My blood counts doctor said my leukemia is back and I need to go into the hospital for more "
         "chemo.", "leukemia", "C95"),
    Form("Patient message: Got the letter that my mammogram was normal! See you next year.", "none", ""),
    Form("Patient message: I had my thyroid out for cancer and I'm supposed to do the radioactive iodine next month. "
         "Do I stop my thyroid pill?", "thyroid", "C73"),
    Form("Patient message: The lump in my neck turned out to be lymphoma, the follicular kind, and they said we can "
         "just watch it for now.", "lymphoma", "C82"),
    Form("Patient message: Does the spot on my liver mean cancer? The ultrasound report says hemangioma.", "none", ""),
    Form("Patient message: my husband's pancreatic cancer surgery went well, thank you. I need a refill of my own "
         "blood pressure pills.", "none", ""),
    Form("Patient message: they found cancer in my bladder when they did the scope, the doctor scraped it out and I "
         "start the BCG washes next week.", "bladder", "C67"),
    Form("Patient message: My bone marrow doctor says the myeloma numbers went down on the new infusion.",
         "myeloma", "C90"),
)

CLASH = (
    Form("AML, FLT3 negative: day 14 marrow after 7+3 shows aplasia; continue transfusion support.", "leukemia", "C92"),
    Form("Renal ultrasound: 1.2 cm echogenic lesion in the right kidney consistent with AML (angiomyolipoma); "
         "follow-up ultrasound in one year.", "none", ""),
    Form("ECHO: AML and PML mildly thickened, trivial MR, no vegetation; EF 60%.", "none", ""),
    Form("HCC 18 and HCC 85 captured this year for risk adjustment (diabetes with complications, heart failure); care "
         "gaps reviewed.", "none", ""),
    Form("HCC, 4 cm, segment 6, Child-Pugh A, on atezolizumab and bevacizumab.", "liver", "C22"),
    Form("Anti-GBM disease with crescentic glomerulonephritis, on plasma exchange and cyclophosphamide.", "none", ""),
    Form("GBM, left parietal, s/p gross total resection, on adjuvant temozolomide cycle 4 with tumor treating fields.",
         "brain", "C71"),
    Form("Former NHL defenseman with multiple concussions, seen for headaches and memory complaints.", "none", ""),
    Form("NHL (DLBCL, GCB type) in complete remission after 6 cycles of R-CHOP; PET negative; surveillance.",
         "lymphoma", "C83|Z85"),
    Form("Right knee MCL sprain, grade II, after a skiing fall; hinged brace, no surgery.", "none", ""),
    Form("MCL (mantle cell lymphoma), blastoid variant, relapsed; starting a BTK inhibitor.", "lymphoma", "C83"),
    Form("ALL REVIEWED: medications, allergies and problem list reviewed with the patient; no changes.", "none", ""),
    Form("Pre-B ALL, Ph-positive, in maintenance on dasatinib with monthly vincristine and prednisone pulses.",
         "leukemia", "C91"),
    Form("MM on lenalidomide maintenance after autologous transplant, M-protein undetectable.", "myeloma", "C90"),
    Form("SCC of the left lateral tongue, pT2 N1, adjuvant chemoradiation week 3.", "head_and_neck", "C02"),
    Form("SCC on the sun-damaged right forearm, well differentiated, excised with clear margins today.",
         "other_cancer", "C44"),
    Form("RCC, clear cell, with lung metastases, primary in place, on nivolumab plus cabozantinib.", "kidney", "C64"),
    Form("ECHO: bicuspid aortic valve with RCC-LCC fusion, mild AS.", "none", ""),
    Form("PTC drain exchange for a benign anastomotic biliary stricture after liver transplant.", "none", ""),
    Form("PTC, 1.1 cm, classic variant, s/p total thyroidectomy, radioactive iodine planned.", "thyroid", "C73"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "focus": FOCUS,
    "molecular": MOLECULAR,
    "procedure": PROCEDURE,
    "rads": RADS,
    "british": BRITISH,
    "screening": SCREENING,
    "precursor": PRECURSOR,
    "metsite": METSITE,
    "portal": PORTAL,
    "clash": CLASH,
}

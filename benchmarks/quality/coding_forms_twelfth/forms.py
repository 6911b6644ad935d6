"""The twelfth family: the cancer and its ICD-10-CM category as notes of many genres give them indirectly.

Written blind 2026-12-05 by someone who had not read the coder, its rules or vocabularies, its tests, or the
other families' forms; only DESIGN.md (the 17 types and their ICD-10-CM ranges), the probe, the `Form` class,
`forms_probe.form_part`, the labelling rules of tests/fixtures/mtsamples_gold_README.md, the other families'
module docstrings (to choose classes they cover thinly or not at all, and to follow their labelling decisions)
and the first screen of the eleventh forms file (layout). Committed before the probe was first run on it. Every
ICD-10-CM category below was checked against the tabular list of the pinned `simple-icd-10-cm`
(tests/benchmarks/test_coding_forms_late_families.py does it again). One module: `FORMS` maps class -> forms; every
class holds cancer and `none` forms (about a third `none` overall). Forms are written as real notes of many
genres put them: pharmacy order verification, infusion and nursing notes, survivorship and surveillance visits,
radiology impressions, pathology and dermatopathology reports, tumour boards, referral letters (some
translated), EHR problem lists and encounter diagnoses with ICD titles, medication lists, patient portal
messages, paediatric oncology notes.

Classes:
- regimen: the cancer given beside its regimen in pharmacy, infusion and teaching notes (modified FOLFIRINOX,
  R-CHOP, BEP, AVD, abiraterone with ADT, 7+3, D-VRd); antineoplastic drugs given for something else
  (etoposide for HLH, methotrexate for ectopic pregnancy, rituximab for ITP) -> `none`;
- surveillance: surveillance-only visits after finished treatment (Z85: breast, colon, melanoma, kidney) against
  surveillance that is itself the management of a present cancer (active surveillance of prostate cancer,
  maintenance BCG, watch and wait for follicular lymphoma: active code); surveillance of a risk or a benign
  precursor (cirrhosis ultrasound, BRCA2 carrier MRI, branch-duct IPMN) -> `none`;
- second_primary: a new primary after an earlier cancer (radiation-associated breast cancer after Hodgkin,
  therapy-related AML, bladder after prostate, lung squamous after tonsil), synchronous colon and rectal primaries,
  a skin cancer operated on beside untreated CLL, therapy-related MDS whose only cancer is the earlier lymphoma;
  "two cancers" that proved benign, a family's cancers, two benign skin excisions -> `none`;
- paediatric: B-ALL, osteosarcoma, Ewing sarcoma, orbital rhabdomyosarcoma, adolescent Hodgkin, testicular yolk
  sac tumour, JMML; infantile haemangioma, Beckwith-Wiedemann screening, mature sacrococcygeal teratoma -> `none`;
- sarcoma: sarcomas by site (myxoid liposarcoma of thigh, synovial sarcoma of foot, pelvic chondrosarcoma, sacral
  chordoma, leiomyosarcoma of the IVC, pleomorphic sarcoma of arm, MPNST of the sciatic nerve); lipoma, nodular
  fasciitis, intramuscular myxoma -> `none`;
- cns: glioblastoma, oligodendroglioma, diffuse midline glioma, spinal ependymoma, atypical teratoid/rhabdoid
  tumour (brain C71 / C72), pineoblastoma (pineal gland C75) and clival chordoma (C41), both other_cancer; colloid
  cyst, cavernous malformation, tumefactive demyelination, subependymoma (uncertain behaviour) -> `none`;
- gyn: endometrioid and serous endometrial carcinoma C54, primary vaginal carcinoma C52, adult granulosa cell
  tumour C56, Bartholin gland carcinoma C51, cervical adenocarcinoma in situ D06, VAIN 3 D07; endometrial
  intraepithelial neoplasia, mature teratoma with struma, benign Brenner tumour -> `none`;
- skin: basal and squamous cell carcinoma (helix, hand, nail bed), microcystic adnexal carcinoma of lip skin C44;
  penile squamous cell carcinoma C60; primary cutaneous follicle centre lymphoma C82; acral melanoma C43; lentigo
  maligna D03; seborrhoeic keratosis, actinic keratoses treated with 5-FU cream, sebaceous hyperplasia -> `none`;
- ehr_lists: problem lists, encounter diagnoses and medication lists as EHRs print them, with ICD titles (some with
  codes and "(CMS/HCC)" risk-adjustment tags); screening and family-history encounter titles, uncertain-behaviour
  titles, a medication list without an indication, abnormal findings and a referral for anaemia -> `none`;
- terms: eponyms, foreign and Latin terms and international brand names (Morbus Kahler with Revlimid, Grawitz
  tumour with Sutent, Klatskin tumour, Pancoast tumour, Sezary syndrome, Hurthle cell carcinoma, Caelyx);
  "malignant" hypertension and otitis externa, pseudotumor cerebri, brown tumour -> `none`;
- spelling: misspelt cancer words and abbreviations (adenocarcnoma, cancr, lymphomma, leukaemia, HCC, SCC, colon ca);
  abbreviations that spell something else (anti-GBM disease, renal AML = angiomyolipoma, RCC = red cell concentrate)
  -> `none`.

Labelling decisions (the ninth to eleventh families', plus):
- the type follows the ICD-10-CM category of the main cancer: sarcomas of soft tissue C49, peripheral nerve C47,
  bone and cartilage C40 / C41 (chordoma too), orbit C69, pineal gland C75, testis C62, vagina C52, vulva and
  Bartholin gland C51, ovary C56, penis C60, non-melanoma skin C44, extrahepatic bile duct (Klatskin tumour C24.0 by
  the ICD-10-CM index) are other_cancer; spinal cord C72 is brain; cutaneous follicle centre lymphoma C82 and Sezary
  syndrome C84 are lymphoma; JMML C93 is leukemia; lentigo maligna is melanoma in situ D03; cervical AIS D06 and
  VAIN 3 D07 are other_cancer;
- a regimen or drug names no cancer by itself: each regimen form states what it is for; an antineoplastic given for
  a benign condition is `none`, and so is a medication list without the indication;
- surveillance after finished treatment with no evidence of disease is Z85; active surveillance of an untreated
  cancer, maintenance therapy and watch and wait are the active code;
- the main cancer is the one this episode treats, operates on or newly diagnoses; an earlier cancer treated long
  ago stays history; where the only malignancy of a note is a lymphoma in long remission off therapy (beside
  therapy-related MDS, which is `none`), Z85 or its category is accepted;
- metastases treated with a primary still in place, or removed, accept the primary's category or the secondary's;
- neoplasms of uncertain behaviour (subependymoma, D48.5 skin) and benign ones are `none`.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

F = Form

REGIMEN = (
    F("PHARMACY ORDER VERIFICATION:\nRegimen: mFOLFIRINOX, cycle 5 day 1. Indication: borderline resectable "
      "adenocarcinoma, head of pancreas (CA 19-9 410 -> 96 U/mL). Oxaliplatin 85 mg/m2, irinotecan 150 mg/m2, "
      "leucovorin 400 mg/m2, fluorouracil 2400 mg/m2 CI over 46 h (no bolus). BSA 1.84. ANC 1.9, plt 142, "
      "T bili 0.8. Parameters met, OK to release. Pegfilgrastim on-body injector applied.", "pancreas", "C25"),
    F("Infusion RN note: Pt in chair 12 for C2D1 R-CHOP (per onc note, stage IIIA diffuse large B-cell lymphoma, GCB "
      "subtype). Premeds APAP 650 mg PO, diphenhydramine 25 mg IV. Rituximab started 100 mg/h, titrated q30 min to "
      "400 mg/h without reaction. Vincristine IV push via PIV, good blood return. Discharged home ambulatory, "
      "prednisone days 1-5 reviewed.", "lymphoma", "C83"),
    F("Chemo teaching done with pt and mother. Starting BEP x3 (bleomycin, etoposide, cisplatin) next Monday for "
      "nonseminomatous germ cell tumour of the right testis, s/p radical inguinal orchiectomy 10/14, AFP 1,240 -> "
      "310, IGCCCG intermediate risk. Baseline PFTs with DLCO normal; sperm banking completed.", "other_cancer", "C62"),
    F("ONCOLOGY PHARMACY NOTE:\nPET-2 Deauville 2, so bleomycin omitted from cycle 3 onward: AVD (doxorubicin "
      "25 mg/m2, vinblastine 6 mg/m2, dacarbazine 375 mg/m2) d1 and d15 for classical Hodgkin lymphoma, nodular "
      "sclerosis, stage IIB. Counts adequate.", "lymphoma", "C81"),
    F("Pharmacist phone call re refill: continues Zytiga (abiraterone) 1,000 mg daily with prednisone 5 mg and "
      "leuprolide 22.5 mg q3 months for metastatic castration-sensitive prostate adenocarcinoma (bone-only "
      "metastases on PSMA PET, prostate not treated locally). Last PSA 0.4. No edema, K 4.1, LFTs normal.",
      "prostate", "C61|C79"),
    F("ADMISSION ORDERS:\nInduction 7+3: cytarabine 100 mg/m2/day continuous infusion days 1-7 and daunorubicin 60 "
      "mg/m2 days 1-3 for newly diagnosed acute myeloid leukemia, NPM1 mutated, FLT3-ITD negative. Allopurinol, "
      "TLS labs q12h, posaconazole prophylaxis once ANC < 500.", "leukemia", "C92"),
    F("Infusion: cycle 3 D-VRd (daratumumab-hyaluronidase SC, bortezomib SC 1.3 mg/m2, lenalidomide 25 mg days 1-14, "
      "dexamethasone 40 mg weekly) for newly diagnosed IgG kappa MM, R-ISS II. Plan stem cell mobilisation after "
      "cycle 4. Tolerated SC injections without issue.", "myeloma", "C90"),
    F("HEMATOLOGY INPATIENT NOTE:\nHemophagocytic lymphohistiocytosis triggered by EBV (ferritin 41,000, sCD25 "
      "high, fibrinogen 90). Started etoposide 150 mg/m2 twice weekly and dexamethasone 10 mg/m2 per HLH-94. Bone "
      "marrow: hemophagocytosis, no lymphoma or leukemia; PET without lymphadenopathy.", "none"),
    F("ED/GYN: 29 y/o G2P1, unruptured right tubal ectopic pregnancy 2.1 cm, beta-hCG 1,850, hemodynamically stable. "
      "Methotrexate 50 mg/m2 IM single dose given; repeat beta-hCG day 4 and day 7. Precautions reviewed.", "none"),
    F("Heme clinic: chronic immune thrombocytopenia, plt 9 despite prednisone and IVIG. Rituximab 375 mg/m2 weekly x4 "
      "started today; hepatitis B core antibody negative. No splenomegaly, smear without blasts.", "none"),
)

SURVEILLANCE = (
    F("SURVIVORSHIP VISIT:\nLeft breast invasive ductal carcinoma, pT1cN0, ER+/PR+/HER2-, lumpectomy and whole-breast "
      "RT 2016, completed 5 years of anastrozole 2021. Annual mammogram last month BI-RADS 2. No new symptoms, exam "
      "without masses or adenopathy. No evidence of disease. Return in 1 year.", "breast", "Z85"),
    F("Surveillance colonoscopy 1 year after laparoscopic sigmoid colectomy for pT3N0 adenocarcinoma (no adjuvant "
      "therapy given). Healthy-appearing colo-colonic anastomosis at 25 cm, no recurrence. Two 3 mm hyperplastic "
      "polyps removed from the rectum. Next colonoscopy in 3 years.", "colorectal", "Z85"),
    F("UROLOGY CLINIC:\nActive surveillance for Grade Group 1 prostate adenocarcinoma (3/12 cores, each < 10%), "
      "diagnosed 2023. PSA 5.8 (prior 5.1). MRI: PI-RADS 3 lesion left peripheral zone, stable. Plan confirmatory "
      "biopsy in spring; continue surveillance, no treatment for now.", "prostate", "C61"),
    F("Surveillance cystoscopy: high-grade Ta urothelial carcinoma of the bladder resected 2024, induction BCG "
      "completed, now on maintenance BCG (month 12 of 36). Today no papillary or flat lesions, urine cytology "
      "negative. Proceed with maintenance BCG series next week.", "bladder", "C67"),
    F("Dermatology: full skin exam, 3 years after wide local excision of a 1.1 mm melanoma of the right calf "
      "(sentinel node negative, no adjuvant therapy). Scar clean, no in-transit or nodal disease, no new pigmented "
      "lesions of concern. Return 6 months for skin check.", "melanoma", "Z85"),
    F("CT CHEST, ABDOMEN AND PELVIS WITH CONTRAST:\nIndication: surveillance, clear cell renal cell carcinoma pT1a "
      "s/p left partial nephrectomy 2021.\nIMPRESSION: Postsurgical change in the left kidney lower pole. No "
      "evidence of local recurrence or metastatic disease.", "kidney", "Z85"),
    F("Follicular lymphoma grade 1-2, stage III, low tumour burden by GELF criteria: on observation (watch and wait) "
      "since 2022. CT today: no bulky adenopathy, largest node 2.4 cm, unchanged. No B symptoms. Continue "
      "observation, CT in 6 months.", "lymphoma", "C82"),
    F("HEPATOLOGY:\nNASH cirrhosis, Child-Pugh A, on hepatocellular carcinoma surveillance with ultrasound and AFP "
      "every 6 months. Ultrasound today: coarse echotexture, no focal liver observation (US-1 negative). AFP 3.2. "
      "Repeat in 6 months.", "none"),
    F("High-risk breast clinic: 38 y/o BRCA2 carrier, no personal cancer history, s/p risk-reducing salpingo-"
      "oophorectomy (benign). Alternating mammogram and breast MRI every 6 months; MRI today BI-RADS 1. Discussed "
      "risk-reducing mastectomy, patient undecided.", "none"),
    F("MRCP for surveillance of a 14 mm branch-duct IPMN in the pancreatic body: stable since 2022, no mural nodule, "
      "main duct 2 mm, no worrisome features or high-risk stigmata. Continue surveillance in 1 year.", "none"),
)

SECOND_PRIMARY = (
    F("Hx Hodgkin lymphoma at 19, treated with mantle-field RT and ABVD, no recurrence since. Now 44 with a new right "
      "breast mass; ultrasound-guided core biopsy: invasive ductal carcinoma, grade 2, ER 90% PR 40% HER2 1+. Likely "
      "radiation-associated second primary. Plan bilateral breast MRI and surgical consult.", "breast", "C50"),
    F("ADMISSION H&P:\n61 y/o woman with therapy-related AML (KMT2A rearranged), 4 years after adjuvant AC-T for left "
      "breast cancer (no evidence of disease since). Marrow 48% blasts. Admitted for induction with liposomal "
      "daunorubicin-cytarabine.", "leukemia", "C92"),
    F("Prior prostate cancer s/p robotic prostatectomy 2017, PSA undetectable since. Presented with gross hematuria; "
      "TURBT 9/2: invasive high-grade urothelial carcinoma with invasion of muscularis propria (pT2). Referred for "
      "neoadjuvant gemcitabine-cisplatin then radical cystectomy.", "bladder", "C67"),
    F("TUMOR BOARD:\n70 y/o man, p16-positive squamous cell carcinoma of the right tonsil treated with chemoradiation "
      "2019, no evidence of disease since. New spiculated 2.3 cm RUL nodule; CT-guided biopsy: squamous cell "
      "carcinoma, p16 negative, favour a new lung primary over metastasis. Recommendation: RUL lobectomy with "
      "mediastinal node dissection.", "lung", "C34"),
    F("Diagnosis: therapy-related myelodysplastic syndrome with TP53 mutation, 6 years after R-CHOP for diffuse large "
      "B-cell lymphoma (continuous complete remission, no therapy since 2018). Marrow blasts 4%. Plan azacitidine and "
      "HLA typing for transplant.", "lymphoma", "Z85|C83"),
    F("MOHS SURGERY NOTE:\nIndication: 1.2 cm biopsy-proven nodular basal cell carcinoma of the left nasal ala. Two "
      "stages to clear margins, repaired with a bilobed flap. Relevant history: CLL, untreated, followed by "
      "hematology with counts every 6 months.", "other_cancer", "C44"),
    F("Colonoscopy for iron-deficiency anaemia: ulcerated, partially obstructing mass in the ascending colon and a "
      "separate 2 cm mass in the rectum at 8 cm from the anal verge. Biopsies of both: invasive adenocarcinoma, "
      "moderately differentiated, MMR deficient. Synchronous primaries; staging CT ordered.", "colorectal", "C18|C20"),
    F("Second opinion: 55 y/o woman told she has had 'two cancers'. Outside slides reviewed: 2012 left breast core "
      "biopsy was a fibroadenoma; 2019 thyroid FNA was Bethesda II, benign follicular nodule. Neither specimen shows "
      "malignancy. Reassured; routine screening only.", "none"),
    F("Genetics referral: mother had breast cancer at 40, sister ovarian cancer at 52, maternal uncle pancreatic "
      "cancer. Patient herself has had no cancer; panel testing showed a variant of uncertain significance in ATM. "
      "Screening per family history.", "none"),
    F("Path results message to patient: both spots I removed came back benign. The one on your right cheek was a "
      "seborrheic keratosis and the one on your left back was a compound nevus with mild atypia, fully removed. No "
      "cancer in either, no further treatment needed.", "none"),
)

PAEDIATRIC = (
    F("PEDIATRIC ONCOLOGY PROGRESS NOTE:\n6 y/o boy with NCI standard-risk B-cell acute lymphoblastic leukemia "
      "(ETV6-RUNX1), day 29 MRD negative, now in consolidation. Today vincristine, oral mercaptopurine and "
      "intrathecal methotrexate. ANC 1,100. Parents updated.", "leukemia", "C91"),
    F("14 y/o girl with osteosarcoma of the left distal femur, s/p 2 cycles of MAP (high-dose methotrexate, "
      "doxorubicin, cisplatin). Limb-salvage resection with endoprosthesis scheduled next week; necrosis to be "
      "assessed on the specimen.", "other_cancer", "C40"),
    F("Clinic: 12 y/o with Ewing sarcoma of the right iliac wing (EWSR1-FLI1 fusion), localized, now cycle 6 of "
      "interval-compressed VDC/IE. Local control plan: definitive proton radiation after cycle 7.", "other_cancer",
      "C41"),
    F("PEDIATRIC RADIATION ONCOLOGY CONSULT:\n4 y/o with embryonal rhabdomyosarcoma of the left orbit presenting with "
      "proptosis, IRS group III after biopsy. On VAC chemotherapy; proton therapy to the orbit planned at week 13.",
      "other_cancer", "C69|C49"),
    F("16 y/o with classic Hodgkin lymphoma, nodular sclerosis, stage IIA with bulky mediastinal mass, treated on "
      "the brentuximab vedotin arm; PET after 2 cycles Deauville 2 (rapid early responder).", "lymphoma", "C81"),
    F("OPERATIVE REPORT:\nPreoperative diagnosis: right testicular mass, AFP 8,000, age 2. Procedure: right radical "
      "inguinal orchiectomy. Postoperative diagnosis: yolk sac tumour of the right testis (frozen section). Plan: "
      "AFP every month, imaging surveillance.", "other_cancer", "C62"),
    F("18-month-old with juvenile myelomonocytic leukemia (PTPN11 mutation), monocytes 4,200, splenomegaly 6 cm "
      "below the costal margin. Azacitidine bridge, proceeding to allogeneic HSCT next month.", "leukemia", "C93"),
    F("Well-child visit, 3 months: infantile hemangioma of the scalp, 2.5 cm, proliferative phase. Started oral "
      "propranolol 1 mg/kg/day with feeds; follow-up in 4 weeks.", "none"),
    F("GENETICS FOLLOW-UP:\nBeckwith-Wiedemann syndrome (IC2 loss of methylation): abdominal ultrasound every 3 months "
      "to screen for Wilms tumour and AFP for hepatoblastoma until age 4. Today's ultrasound normal, AFP falling "
      "appropriately for age.", "none"),
    F("Newborn surgery: sacrococcygeal teratoma, Altman type I, resected en bloc with the coccyx on day 2 of life. "
      "Pathology: mature teratoma, no immature or yolk sac elements. AFP followed to normalisation; no further "
      "therapy.", "none"),
)

SARCOMA = (
    F("Ortho oncology: MRI left thigh shows an 11 cm mass deep to fascia in the posterior compartment. Core biopsy: "
      "myxoid liposarcoma (DDIT3 rearranged). Plan preoperative radiation 50 Gy in 25 fractions followed by wide "
      "resection.", "other_cancer", "C49"),
    F("FINAL DIAGNOSIS:\nRight foot, plantar soft tissue, excision: synovial sarcoma, biphasic, 3.8 cm, FNCLCC grade "
      "3. SS18 rearrangement confirmed by FISH. Closest margin 1 mm (deep).", "other_cancer", "C49"),
    F("Left acetabulum and pubis, internal hemipelvectomy: conventional chondrosarcoma, grade 2, 9 cm, margins "
      "negative (closest 4 mm at the sacroiliac osteotomy). Pelvic reconstruction with a custom implant.",
      "other_cancer", "C41"),
    F("RADIATION ONCOLOGY FOLLOW-UP:\nSacral chordoma (brachyury positive), s/p en bloc sacrectomy below S2 with a "
      "positive margin; now week 4 of adjuvant proton therapy to 70 Gy(RBE). Bowel and bladder function "
      "preserved.", "other_cancer", "C41"),
    F("CT: 7 cm mass arising from the wall of the infrarenal inferior vena cava. Biopsy: leiomyosarcoma, "
      "desmin and SMA positive. Sarcoma tumor board: resection with IVC reconstruction after preoperative "
      "radiation.", "other_cancer", "C49"),
    F("Undifferentiated pleomorphic sarcoma of the right upper arm, grade 3, 8 cm, s/p preoperative RT and wide "
      "resection with negative margins; now adjuvant doxorubicin and ifosfamide, cycle 2.", "other_cancer", "C49"),
    F("NF1 with a rapidly enlarging, painful mass of the left sciatic nerve in the thigh; PET SUVmax 9. Biopsy: "
      "malignant peripheral nerve sheath tumour, high grade, loss of H3K27me3. Referred for resection.",
      "other_cancer", "C47"),
    F("SURGICAL PATHOLOGY:\nBack, subcutaneous mass, excision: lipoma, 6.2 cm. MDM2 amplification not detected by "
      "FISH. No atypia.", "none"),
    F("Forearm mass that grew over 3 weeks, excised: nodular fasciitis, USP6 rearrangement detected. Self-limited "
      "lesion; no further treatment.", "none"),
    F("MRI of a thigh lump: well-circumscribed T2 bright lesion within the vastus lateralis. Core biopsy: "
      "intramuscular myxoma, GNAS mutation positive, no lipoblasts. Observation.", "none"),
)

CNS = (
    F("NEURO-ONCOLOGY:\nLeft temporal glioblastoma, IDH-wildtype, CNS WHO grade 4, MGMT promoter unmethylated, s/p "
      "gross total resection. Week 3 of radiation 60 Gy/30 fractions with concurrent temozolomide 75 mg/m2 daily. "
      "Dexamethasone tapered off.", "brain", "C71"),
    F("Oligodendroglioma, IDH-mutant and 1p/19q-codeleted, CNS WHO grade 2, of the right frontal lobe, s/p subtotal "
      "resection 2023; on vorasidenib with stable residual FLAIR signal on MRI today.", "brain", "C71"),
    F("Intramedullary ependymoma of the cervical spinal cord at C5-C6, WHO grade 2, s/p laminoplasty and gross "
      "total resection; postoperative MRI without residual. Follow-up MRI in 3 months.", "brain", "C72"),
    F("7 y/o with diffuse midline glioma, H3 K27-altered, of the pons: diplopia and ataxia. Focal radiation 54 Gy "
      "started; family enrolled on a trial after radiation.", "brain", "C71"),
    F("MRI BRAIN:\nPineal region mass 2.8 cm with obstructive hydrocephalus. Endoscopic third ventriculostomy and "
      "biopsy: pineoblastoma, CNS WHO grade 4. CSF cytology negative, spine MRI without drop metastases. Plan "
      "craniospinal irradiation and chemotherapy.", "other_cancer", "C75"),
    F("Skull base clinic: clival chordoma with brainstem compression, s/p endoscopic endonasal resection (near total); "
      "proton therapy to the residual planned.", "other_cancer", "C41"),
    F("22-month-old with a posterior fossa mass; resection pathology: atypical teratoid/rhabdoid tumour, loss of "
      "INI1 (SMARCB1) nuclear staining. Starting high-dose chemotherapy.", "brain", "C71"),
    F("Neurosurgery: colloid cyst of the third ventricle, 9 mm, causing intermittent headaches and mild "
      "ventriculomegaly. Endoscopic resection offered.", "none"),
    F("MRI BRAIN:\nIMPRESSION: Cavernous malformation of the pons with a small subacute hemorrhage, popcorn "
      "appearance with hemosiderin rim. Developmental venous anomaly adjacent. No enhancing mass.", "none"),
    F("Ring-enhancing right parietal lesion on MRI; stereotactic biopsy: tumefactive demyelination, macrophage-rich, "
      "no neoplasm. Started IV methylprednisolone; neurology to evaluate for multiple sclerosis.", "none"),
    F("Fourth ventricle lesion found on MRI for dizziness; resection pathology: subependymoma, CNS WHO grade 1. No "
      "adjuvant therapy; imaging surveillance.", "none"),
)

GYN = (
    F("FINAL DIAGNOSIS:\nUterus, cervix, bilateral tubes and ovaries, total laparoscopic hysterectomy and BSO: "
      "endometrioid adenocarcinoma, FIGO grade 1, invading 3 of 14 mm of myometrium; LVSI not identified; MMR "
      "proteins intact. Tubes and ovaries benign. pT1a.", "uterine", "C54"),
    F("Vagina, upper third, punch biopsy: invasive squamous cell carcinoma, keratinizing. Clinical history: "
      "hysterectomy 2001 for fibroids, no cervical disease history. Primary vaginal carcinoma, FIGO stage I on "
      "exam; radiation oncology referral.", "other_cancer", "C52"),
    F("GYN ONCOLOGY POSTOPERATIVE VISIT:\nAdult granulosa cell tumour of the right ovary, FOXL2 C134W, stage IC1 "
      "(intraoperative rupture), s/p right salpingo-oophorectomy and staging. Inhibin B elevated preoperatively. "
      "Discussed observation against chemotherapy.", "other_cancer", "C56"),
    F("Adenoid cystic carcinoma of the left Bartholin gland, s/p radical left hemivulvectomy and left inguinal "
      "sentinel node biopsy (negative); perineural invasion present, adjuvant radiation recommended.",
      "other_cancer", "C51"),
    F("Cervix, cold knife cone: adenocarcinoma in situ (AIS), usual type, margins negative. No invasive carcinoma. "
      "Counselled on hysterectomy against continued surveillance as she desires fertility.", "other_cancer", "D06"),
    F("Colposcopy with vaginal biopsies: VAIN 3 (high-grade vaginal intraepithelial neoplasia) of the left upper "
      "vaginal fornix, 7 years after hysterectomy for CIN 3. Laser ablation scheduled.", "other_cancer", "D07"),
    F("Uterine serous carcinoma, stage IIIA, HER2 3+, s/p staging hysterectomy; cycle 4 of adjuvant "
      "carboplatin, paclitaxel and trastuzumab today.", "uterine", "C54"),
    F("ENDOMETRIAL BIOPSY:\nAtypical endometrial hyperplasia / endometrial intraepithelial neoplasia (EIN). No "
      "carcinoma identified. Plan: hysterectomy after medical clearance.", "none"),
    F("Left ovary, laparoscopic cystectomy: mature cystic teratoma (dermoid cyst) with a focus of struma ovarii "
      "(less than 10% of the lesion). No immature elements, no malignancy.", "none"),
    F("Incidental 1.5 cm Brenner tumour, benign, in the right ovary at hysterectomy for fibroids; leiomyomata, "
      "largest 6 cm. No malignancy.", "none"),
)

SKIN = (
    F("DERMATOPATHOLOGY REPORT:\nSkin, left helix, shave biopsy: basal cell carcinoma, nodular and infiltrative "
      "types, extending to the deep margin. Recommend complete excision.", "other_cancer", "C44"),
    F("Skin, dorsal right hand, excision: well-differentiated squamous cell carcinoma, keratoacanthoma type, "
      "invasive to 3.2 mm; perineural invasion absent; margins clear by 4 mm.", "other_cancer", "C44"),
    F("Hand surgery: left thumb nail-bed lesion with nail dystrophy for 2 years; biopsy subungual invasive squamous "
      "cell carcinoma, HPV 16 positive. Plan Mohs surgery to clearance.", "other_cancer", "C44"),
    F("MOHS NOTE:\nMicrocystic adnexal carcinoma of the skin of the right upper lip, 4 Mohs stages to clear with "
      "perineural spread noted; defect repaired by plastics.", "other_cancer", "C44"),
    F("Scalp nodule, punch biopsy: primary cutaneous follicle centre lymphoma (CD20+, BCL6+, BCL2-). Staging PET "
      "and marrow negative. Local radiation 24 Gy planned.", "lymphoma", "C82"),
    F("Urology: partial penectomy for squamous cell carcinoma of the glans penis, pT1b, HPV associated; inguinal "
      "node staging planned.", "other_cancer", "C60"),
    F("Right heel, excision: acral lentiginous melanoma, Breslow thickness 2.4 mm, ulcerated, mitoses 6/mm2. "
      "Sentinel node biopsy scheduled.", "melanoma", "C43"),
    F("Left cheek: 1.8 cm irregular pigmented macule in a sun-damaged face; broad shave biopsy shows lentigo maligna. "
      "Staged excision with margin control planned.", "melanoma", "D03"),
    F("DERMATOPATHOLOGY REPORT:\nSkin, left flank, shave: seborrheic keratosis, irritated type. No atypia.", "none"),
    F("Dermatology: 14 actinic keratoses on the scalp and forehead, field treatment with fluorouracil 5% cream twice "
      "daily for 3 weeks, then recheck. Sun protection counselled.", "none"),
    F("Papule of the forehead suspicious for basal cell carcinoma on dermoscopy; shave biopsy: sebaceous "
      "hyperplasia. No further treatment.", "none"),
)

EHR_LISTS = (
    F("PROBLEM LIST:\nMalignant neoplasm of upper-outer quadrant of left breast in female, estrogen receptor "
      "positive (CMS/HCC)\nEncounter for antineoplastic chemotherapy\nNeutropenia due to chemotherapy\nEssential "
      "hypertension", "breast", "C50"),
    F("ENCOUNTER DIAGNOSES:\nPersonal history of malignant neoplasm of kidney [Z85.528]\nAcquired absence of left "
      "kidney [Z90.5]\nChronic kidney disease, stage 3a [N18.31]", "kidney", "Z85"),
    F("ENCOUNTER DIAGNOSES:\nEncounter for screening mammogram for malignant neoplasm of breast [Z12.31]\nFamily "
      "history of malignant neoplasm of breast [Z80.3]", "none"),
    F("ACTIVE PROBLEMS:\nNeoplasm of uncertain behavior of skin (D48.5)\nSeborrheic keratosis\nActinic keratosis\n"
      "Rosacea", "none"),
    F("Assessment and plan: 1. Malignant neoplasm of prostate (CMS/HCC) - continues Eligard every 6 months. 2. "
      "Secondary malignant neoplasm of bone (CMS/HCC) - denosumab monthly. 3. Hot flashes.", "prostate", "C61|C79"),
    F("MEDICATIONS:\nanastrozole 1 mg tablet - take 1 tablet by mouth daily\ncalcium carbonate-vitamin D3 600 mg-10 "
      "mcg tablet - twice daily\natorvastatin 20 mg tablet - nightly", "none"),
    F("MEDICATIONS:\nimatinib 400 mg tablet - take 1 tablet daily with food. Indication: chronic myeloid leukemia, "
      "chronic phase\nallopurinol 100 mg tablet - daily\nloratadine 10 mg - daily as needed", "leukemia", "C92"),
    F("HOSPITAL PROBLEM LIST:\nSepsis due to Escherichia coli (POA)\nMultiple myeloma not having achieved remission "
      "(CMS/HCC) [C90.00]\nAcute kidney injury superimposed on CKD\nHypercalcemia", "myeloma", "C90"),
    F("PAST MEDICAL HISTORY:\nHypothyroidism\nPapillary thyroid carcinoma, s/p total thyroidectomy and radioactive "
      "iodine 2014, thyroglobulin undetectable, no evidence of disease\nGERD", "thyroid", "Z85"),
    F("PROBLEM LIST:\nElevated prostate specific antigen [R97.20]\nMonoclonal gammopathy of undetermined "
      "significance [D47.2]\nLeukocytosis\nSolitary pulmonary nodule, 6 mm", "none"),
    F("REFERRAL ORDER:\nReferral to: Hematology/Oncology. Reason: iron deficiency anemia, intolerant of oral iron, "
      "for IV iron infusion. Diagnosis: Iron deficiency anemia [D50.9].", "none"),
)

TERMS = (
    F("Translated referral letter: Morbus Kahler (IgA lambda), diagnosed 2022, treated with VRD induction and "
      "high-dose melphalan with autologous stem cell transplant; now on Revlimid 10 mg maintenance. Relocating, "
      "care transferred to our clinic.", "myeloma", "C90"),
    F("Letter from the referring urologist (translated): Grawitz tumour of the left kidney, nephrectomy 03/2024, "
      "pT3a; lung metastases since 11/2024, on Sutent (sunitinib) 50 mg 4 weeks on / 2 off.", "kidney", "C64|C78"),
    F("ERCP: hilar stricture, Bismuth IIIa, brushing cytology positive for adenocarcinoma: Klatskin tumour. "
      "Bilateral plastic stents placed. Oncology to start gemcitabine, cisplatin and durvalumab.", "other_cancer",
      "C24"),
    F("THORACIC SURGERY CONSULT:\nPancoast tumour of the right superior sulcus with shoulder pain and Horner "
      "syndrome; CT-guided biopsy: non-small cell carcinoma, squamous. Trimodality plan: chemoradiation then "
      "resection.", "lung", "C34"),
    F("Dermatology/oncology: Sezary syndrome with erythroderma, circulating CD4+CD26- cells 2,400/uL. On "
      "mogamulizumab and extracorporeal photopheresis.", "lymphoma", "C84"),
    F("Thyroid, total thyroidectomy: Hurthle cell (oncocytic) carcinoma, 3.1 cm, widely invasive with extensive "
      "vascular invasion (> 4 vessels). Radioactive iodine planned.", "thyroid", "C73"),
    F("Caelyx (pegylated liposomal doxorubicin) 40 mg/m2 cycle 3 for platinum-resistant high-grade serous carcinoma "
      "of the ovary; CA-125 falling. Hand-foot syndrome grade 1.", "other_cancer", "C56"),
    F("ED NOTE:\nMalignant hypertension: BP 232/140 with headache and grade IV hypertensive retinopathy, creatinine "
      "2.1. Nicardipine drip, admitted to the ICU.", "none"),
    F("Diabetic man with malignant otitis externa (Pseudomonas), CT with skull base erosion; IV cefepime for 6 weeks "
      "via PICC.", "none"),
    F("Neuro-ophthalmology: pseudotumor cerebri (idiopathic intracranial hypertension), papilledema grade 2, LP "
      "opening pressure 34 cm H2O. On acetazolamide; weight loss counselled.", "none"),
    F("Brown tumour of the mandible from primary hyperparathyroidism (calcium 12.4, PTH 480); parathyroid adenoma "
      "removed, the jaw lesion to be followed.", "none"),
)

SPELLING = (
    F("pt w/ metastatic adenocarcnoma of the pancrease to liver, on gem/abraxane C4, CA19-9 down, ECOG 1, tol well",
      "pancreas", "C25|C78"),
    F("Dx: non small cell lung cancr, adenocarcinoma, EGFR exon 19 del, stage IVA (pleural effusion); on "
      "osimertinb 80 mg daily since 3/24, responding", "lung", "C34"),
    F("h/o colon ca s/p R hemicolectomy 2015 (stage I, no chemo), CEA nl, colonoscopy 2023 clear, here for HTN f/u",
      "colorectal", "Z85"),
    F("new dx follicular lymphomma gr 3A, stage III, bx of L axillary node, starting bendamustine rituximab next wk",
      "lymphoma", "C82"),
    F("Chronic lymphocytic leukaemia, treatment-naive until now, starting acalabrutinib for progressive "
      "lymphocytosis (doubling time under 6 months) and anaemia, Hb 9.6.", "leukemia", "C91"),
    F("HCC, BCLC B, in HCV cirrhosis Child A, s/p TACE x2 to seg 7 and 8 lesions, residual enhancement, next TACE "
      "booked", "liver", "C22"),
    F("SCC R lat tongue pT2N1, s/p partial glossectomy + R neck dissection, now wk 5 of post-op RT 60 Gy",
      "head_and_neck", "C02"),
    F("Nephrology: anti-GBM disease (Goodpasture) with pulmonary hemorrhage, creatinine 4.3; daily plasma exchange, "
      "cyclophosphamide and prednisone.", "none"),
    F("TSC with bilateral renal AMLs, largest 4.1 cm on the right, fat-containing on MRI; on everolimus, annual MRI; "
      "no hemorrhage.", "none"),
    F("PPH 1.8 L after vaginal delivery, Hb 6.8, transfused 2 units RCC and given tranexamic acid; uterine tone "
      "restored.", "none"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "regimen": REGIMEN,
    "surveillance": SURVEILLANCE,
    "second_primary": SECOND_PRIMARY,
    "paediatric": PAEDIATRIC,
    "sarcoma": SARCOMA,
    "cns": CNS,
    "gyn": GYN,
    "skin": SKIN,
    "ehr_lists": EHR_LISTS,
    "terms": TERMS,
    "spelling": SPELLING,
}

"""The sixth family, by specialty and report kind, written as whole MTSamples-style transcribed sections.

Written blind 2026-12-04 by someone who had not read the coder, its rules or the other families' forms,
only the labelling rules (tests/fixtures/mtsamples_gold_README.md), the 17 types and their ICD-10-CM
ranges (DESIGN.md) and the way MTSamples transcriptions read (headings in capitals with a colon, often
run together with commas as the transcriptions flatten line breaks; numbered diagnosis lists; run-in
lowercase headings). One module: `FORMS` maps class -> forms.

Classes: op_general (general and breast surgery), op_urology, op_gynecology, op_ent, op_thoracic,
op_orthopedic, op_neurosurgery, endoscopy (colonoscopy, EGD, bronchoscopy, ERCP), radiology (CT, MRI,
PET, mammography, bone scan, ultrasound), pathology (final diagnosis lines), discharge (discharge
summaries), consult (hem-onc, radiation oncology, hepatology H&Ps and consults), dermatology,
ed_soap (emergency notes and SOAP follow-ups), letters (letters to the referring physician),
pmh_only (cancer, or its absence, only in the past medical / family / social history of a
non-oncology note).

Labelling decisions (README rules; ICD-10-CM guideline I.C.2):
- personal history only (excised or treated in the past, no current treatment, no disease) is the
  type with Z85 (Z86 for in situ); a past medical history list counts as history; active
  surveillance of a known cancer (prostate, CLL) or hormonal therapy (tamoxifen) is active;
- metastasis with a known primary takes the primary's category (brain metastases of lung cancer are
  lung C34; pathologic femur fracture from renal cell carcinoma is kidney C64);
- benign tumours (fibroadenoma, lipoma, leiomyoma, meningioma, pituitary and pleomorphic adenoma,
  acoustic neuroma, angiomyolipoma, giant cell tumour of bone, enchondroma, osteochondroma, hamartoma,
  inverted papilloma), precursors (tubular and sessile serrated adenoma, Barrett oesophagus, CIN 1,
  atypical ductal hyperplasia, high-grade PIN, dysplastic nevus, actinic keratosis), MGUS and
  polycythemia vera are `none`, as are imaging-only masses, BI-RADS / TI-RADS / Lung-RADS findings,
  pending biopsies, "rule out" and differential lists, screening, family history and germline carriers;
- a bladder tumour resected by TURBT is bladder C67; urothelial carcinoma of the renal pelvis is
  kidney C65; appendiceal and anal carcinoma are colorectal (C18, C21); MALT lymphoma is C88, mycosis
  fungoides C84, primary CNS diffuse large B-cell lymphoma C83 (lymphoma); skin BCC/SCC are
  other_cancer C44; CIN 3 other_cancer D06; oesophagus, ovary, cervix, vulva, testis, mesothelioma,
  bone and soft-tissue sarcoma, Kaposi sarcoma are other_cancer; uterine leiomyosarcoma is uterine.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

N = "none"

OP_GENERAL = (
    Form("PREOPERATIVE DIAGNOSIS: , Right breast mass.,POSTOPERATIVE DIAGNOSIS: , Right breast mass.,"
         "PROCEDURE PERFORMED: , Excisional biopsy of right breast mass.,INDICATIONS: , The patient is a "
         "34-year-old female with a palpable 2-cm mass in the upper outer quadrant of the right breast.  "
         "Ultrasound showed a well-circumscribed hypoechoic lesion.  She elected excision.,FINDINGS: , A "
         "rubbery, well-encapsulated mass.  Frozen section was read as fibroadenoma.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Invasive ductal carcinoma of the left breast, clinical stage IIA.,"
         "POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , Left modified radical mastectomy.,ANESTHESIA: , "
         "General endotracheal.,ESTIMATED BLOOD LOSS: , 150 mL.,INDICATIONS: , This 61-year-old female "
         "had a core needle biopsy of a 3-cm left breast mass showing invasive ductal carcinoma, ER and "
         "PR positive, HER2 negative.  After discussion of options she chose mastectomy.", "breast", "C50"),
    Form("PREOPERATIVE DIAGNOSIS: , Ductal carcinoma in situ, left breast, high nuclear grade.,"
         "POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , Needle-localized left partial mastectomy.,"
         "SPECIMEN: , Left breast tissue with localization wire, oriented with sutures.", "breast", "D05"),
    Form("PREOPERATIVE DIAGNOSIS: , Adenocarcinoma of the cecum.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE PERFORMED: , Laparoscopic right hemicolectomy.,INDICATIONS: , The patient is a "
         "72-year-old male who presented with iron deficiency anemia.  Colonoscopy showed a circumferential "
         "cecal mass and biopsies showed moderately differentiated adenocarcinoma.  CT showed no distant "
         "disease.,FINDINGS: , A firm mass in the cecum without serosal involvement.  The liver was smooth.",
         "colorectal", "C18"),
    Form("PREOPERATIVE DIAGNOSIS: , Symptomatic cholelithiasis.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: ,"
         " Laparoscopic cholecystectomy.,HISTORY: , This is a 58-year-old female with recurrent right upper "
         "quadrant pain after fatty meals.  Ultrasound shows multiple gallstones.  Her past history is "
         "significant for left breast cancer treated with mastectomy in 2009; she has had no recurrence and "
         "takes no cancer medication.", "breast", "Z85"),
    Form("PREOPERATIVE DIAGNOSIS: , Right inguinal hernia.,POSTOPERATIVE DIAGNOSIS: , Right indirect inguinal "
         "hernia.,PROCEDURE: , Right inguinal hernia repair with mesh.,HISTORY: , A 45-year-old male with a "
         "bulge in the right groin for 6 months.  He is otherwise healthy.  Father had colon cancer in his "
         "70s; the patient had a normal screening colonoscopy last year.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Subcutaneous mass, upper back.,POSTOPERATIVE DIAGNOSIS: , Lipoma, upper "
         "back.,PROCEDURE: , Excision of subcutaneous mass, 6 cm.,FINDINGS: , A lobulated fatty mass that "
         "shelled out easily, grossly consistent with lipoma.  Sent for pathology.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Rectal adenocarcinoma, status post neoadjuvant chemoradiation.,"
         "POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , Low anterior resection with diverting loop "
         "ileostomy.,INDICATIONS: , The tumor was 8 cm from the anal verge, uT3 N1.  She completed "
         "capecitabine with radiation 8 weeks ago.", "colorectal", "C20"),
    Form("PREOPERATIVE DIAGNOSIS: , Acute appendicitis.,POSTOPERATIVE DIAGNOSIS: , Acute appendicitis.,"
         "PROCEDURE: , Laparoscopic appendectomy.,ADDENDUM: , Final pathology shows a 1.4-cm mucinous "
         "adenocarcinoma at the tip of the appendix with a positive margin at the base.  The patient was "
         "informed and referred for right hemicolectomy.", "colorectal", "C18"),
    Form("PREOPERATIVE DIAGNOSIS: , Adenocarcinoma of the head of the pancreas.,POSTOPERATIVE DIAGNOSIS: , "
         "Same.,PROCEDURE: , Pylorus-preserving pancreaticoduodenectomy.,INDICATIONS: , Painless jaundice; "
         "EUS-guided FNA of a 2.5-cm pancreatic head mass showed adenocarcinoma.", "pancreas", "C25"),
    Form("PREOPERATIVE DIAGNOSIS: , Non-Hodgkin lymphoma, need for central venous access.,"
         "POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , Placement of right internal jugular Port-A-Cath.,"
         "INDICATIONS: , The patient has newly diagnosed diffuse large B-cell lymphoma and will start "
         "R-CHOP next week.", "lymphoma", "C83|C85"),
    Form("PREOPERATIVE DIAGNOSIS: , Papillary thyroid carcinoma, right lobe.,POSTOPERATIVE DIAGNOSIS: , "
         "Same.,PROCEDURE: , Total thyroidectomy with central neck dissection.,INDICATIONS: , FNA of a "
         "2-cm right thyroid nodule was Bethesda VI, papillary carcinoma.", "thyroid", "C73"),
    Form("PREOPERATIVE DIAGNOSIS: , Left thyroid nodule, follicular neoplasm on FNA.,POSTOPERATIVE "
         "DIAGNOSIS: , Follicular adenoma, left thyroid lobe.,PROCEDURE: , Left thyroid lobectomy.,"
         "PATHOLOGY: , Follicular adenoma, no capsular or vascular invasion, no carcinoma.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Small bowel obstruction.,POSTOPERATIVE DIAGNOSIS: , Small bowel "
         "obstruction secondary to adhesions.,PROCEDURE: , Exploratory laparotomy and lysis of adhesions.,"
         "HISTORY: , Past surgical history includes total abdominal hysterectomy and bilateral "
         "salpingo-oophorectomy for ovarian cancer in 2001 followed by six cycles of chemotherapy.  She has "
         "been disease free since.,FINDINGS: , Dense band adhesion in the pelvis.  No peritoneal "
         "implants.", "other_cancer", "Z85"),
    Form("PREOPERATIVE DIAGNOSIS: , Gastric adenocarcinoma of the antrum.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Distal subtotal gastrectomy with Roux-en-Y reconstruction and D2 lymphadenectomy.",
         "stomach", "C16"),
    Form("PREOPERATIVE DIAGNOSIS: , Liver mass, segment 6.,POSTOPERATIVE DIAGNOSIS: , Hepatic adenoma.,"
         "PROCEDURE: , Laparoscopic nonanatomic resection of segment 6.,INDICATIONS: , A 29-year-old woman "
         "on oral contraceptives with a 5-cm enhancing liver lesion.  Frozen section: hepatocellular "
         "adenoma, no malignancy.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Pilonidal cyst with abscess.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Excision of pilonidal cyst, wound left open.", N),
)

OP_UROLOGY = (
    Form("PREOPERATIVE DIAGNOSIS: , Bladder tumor.,POSTOPERATIVE DIAGNOSIS: , Bladder tumor.,PROCEDURE: , "
         "Cystoscopy and transurethral resection of bladder tumor, medium (3 cm).,FINDINGS: , A 3-cm "
         "papillary tumor on the left lateral wall above the ureteral orifice, resected to the muscle.  No "
         "other lesions.", "bladder", "C67"),
    Form("PREOPERATIVE DIAGNOSIS: , Gross hematuria.,POSTOPERATIVE DIAGNOSIS: , Gross hematuria, no "
         "bladder lesion identified.,PROCEDURE: , Cystoscopy.,FINDINGS: , Normal urethra, mildly enlarged "
         "prostate lobes, bladder mucosa normal without tumor, stones or diverticula.  Both orifices in "
         "normal position.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Adenocarcinoma of the prostate, Gleason 3+4=7.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Robotic-assisted laparoscopic radical prostatectomy with bilateral "
         "pelvic lymph node dissection.,INDICATIONS: , PSA 6.8; 4 of 12 cores positive.", "prostate", "C61"),
    Form("PREOPERATIVE DIAGNOSIS: , Elevated PSA.,POSTOPERATIVE DIAGNOSIS: , Elevated PSA.,PROCEDURE: , "
         "Transrectal ultrasound-guided prostate biopsy, 12 cores.,FINDINGS: , Prostate volume 48 mL.  No "
         "hypoechoic lesion.  Specimens sent to pathology; results will be discussed at follow-up.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Left renal cell carcinoma.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Laparoscopic left radical nephrectomy.,INDICATIONS: , 7-cm enhancing upper pole mass; "
         "percutaneous biopsy showed clear cell renal cell carcinoma.", "kidney", "C64"),
    Form("PREOPERATIVE DIAGNOSIS: , Right renal pelvis filling defect.,POSTOPERATIVE DIAGNOSIS: , "
         "Low-grade urothelial carcinoma of the right renal pelvis, biopsy proven.,PROCEDURE: , Right "
         "ureteroscopy, laser ablation of renal pelvic tumor, stent placement.", "kidney", "C65"),
    Form("PREOPERATIVE DIAGNOSIS: , History of transitional cell carcinoma of the bladder.,POSTOPERATIVE "
         "DIAGNOSIS: , No evidence of recurrence.,PROCEDURE: , Surveillance flexible cystoscopy.,HISTORY: , "
         "Low-grade Ta TCC resected in 2019; no recurrence on cystoscopy every 6 months since.,FINDINGS: , "
         "Bladder mucosa normal throughout.  Cytology negative.", "bladder", "Z85"),
    Form("PREOPERATIVE DIAGNOSIS: , Left testicular mass.,POSTOPERATIVE DIAGNOSIS: , Left testicular "
         "seminoma on frozen section.,PROCEDURE: , Left radical inguinal orchiectomy.,INDICATIONS: , "
         "A 28-year-old with a hard painless mass; AFP normal, beta-hCG mildly elevated.", "other_cancer",
         "C62"),
    Form("PREOPERATIVE DIAGNOSIS: , Benign prostatic hyperplasia with urinary retention.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Transurethral resection of the prostate.,PATHOLOGY: , Nodular "
         "hyperplasia of the prostate; no carcinoma identified.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Desires sterilization.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , "
         "Bilateral vasectomy.,HISTORY: , 38-year-old male, married with three children.  Family history "
         "of prostate cancer in his father; PSA screening discussed.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Bladder lesion on CT.,POSTOPERATIVE DIAGNOSIS: , Cystitis cystica.,"
         "PROCEDURE: , Cystoscopy with cold-cup bladder biopsy.,FINDINGS: , Cobblestoned trigone; biopsy "
         "showed cystitis cystica et glandularis with no dysplasia or tumor.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Metastatic adenocarcinoma of the prostate to bone.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Bilateral simple orchiectomy.,INDICATIONS: , Painful spine "
         "metastases; he prefers surgical castration to injections.", "prostate", "C61"),
    Form("PREOPERATIVE DIAGNOSIS: , Right renal mass.,POSTOPERATIVE DIAGNOSIS: , Angiomyolipoma.,"
         "PROCEDURE: , Robotic partial nephrectomy, right.,PATHOLOGY: , Angiomyolipoma, margins negative.",
         N),
)

OP_GYNECOLOGY = (
    Form("PREOPERATIVE DIAGNOSIS: , Endometrial adenocarcinoma, grade 1.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Total laparoscopic hysterectomy, bilateral salpingo-oophorectomy, sentinel lymph "
         "node mapping.,INDICATIONS: , Postmenopausal bleeding; endometrial biopsy showed FIGO grade 1 "
         "endometrioid adenocarcinoma.", "uterine", "C54"),
    Form("PREOPERATIVE DIAGNOSIS: , Symptomatic uterine leiomyomata.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Total abdominal hysterectomy.,FINDINGS: , 14-week size uterus with multiple "
         "intramural fibroids.  Normal ovaries.", N),
    Form("PREOPERATIVE DIAGNOSIS: , CIN III.,POSTOPERATIVE DIAGNOSIS: , CIN III.,PROCEDURE: , Loop "
         "electrosurgical excision procedure.,INDICATIONS: , Colposcopic biopsy at 12 o'clock showed "
         "cervical intraepithelial neoplasia grade 3.", "other_cancer", "D06"),
    Form("PREOPERATIVE DIAGNOSIS: , ASCUS Pap smear, HPV positive.,POSTOPERATIVE DIAGNOSIS: , CIN I.,"
         "PROCEDURE: , Colposcopy with cervical biopsies and endocervical curettage.,FINDINGS: , Acetowhite "
         "change at 3 o'clock; biopsy showed low-grade squamous intraepithelial lesion, CIN 1.  ECC "
         "negative.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Pelvic mass, elevated CA-125.,POSTOPERATIVE DIAGNOSIS: , High-grade "
         "serous carcinoma of the ovary, stage IIIC.,PROCEDURE: , Exploratory laparotomy, TAH-BSO, "
         "omentectomy, optimal tumor debulking.,FINDINGS: , Bilateral adnexal masses with omental cake; "
         "frozen section high-grade serous carcinoma.", "other_cancer", "C56"),
    Form("PREOPERATIVE DIAGNOSIS: , Postmenopausal bleeding.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , "
         "Hysteroscopy, dilation and curettage.,PATHOLOGY: , Atrophic endometrium, negative for hyperplasia "
         "or malignancy.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Right adnexal mass.,POSTOPERATIVE DIAGNOSIS: , Right ovarian mature "
         "cystic teratoma.,PROCEDURE: , Laparoscopic right ovarian cystectomy.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Squamous cell carcinoma of the vulva.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Radical partial vulvectomy and bilateral inguinal sentinel node biopsy.",
         "other_cancer", "C51"),
    Form("PREOPERATIVE DIAGNOSIS: , Intrauterine pregnancy at 39 weeks, prior cesarean section.,"
         "POSTOPERATIVE DIAGNOSIS: , Same, delivered.,PROCEDURE: , Repeat low transverse cesarean section.,"
         "HISTORY: , Her past medical history is notable for Hodgkin lymphoma at age 16, treated with "
         "chemotherapy; she has had no disease in the 14 years since.", "lymphoma", "Z85"),
    Form("PREOPERATIVE DIAGNOSIS: , Rapidly enlarging uterus.,POSTOPERATIVE DIAGNOSIS: , Uterine "
         "leiomyosarcoma.,PROCEDURE: , Total abdominal hysterectomy and bilateral salpingo-oophorectomy.,"
         "FINDINGS: , A 12-cm soft, necrotic intramural tumor; frozen section leiomyosarcoma.",
         "uterine", "C54|C55"),
    Form("PREOPERATIVE DIAGNOSIS: , Squamous cell carcinoma of the cervix, FIGO stage IB1.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Radical hysterectomy with bilateral pelvic lymphadenectomy.",
         "other_cancer", "C53"),
    Form("PREOPERATIVE DIAGNOSIS: , BRCA1 mutation carrier.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , "
         "Risk-reducing laparoscopic bilateral salpingo-oophorectomy.,PATHOLOGY: , Benign ovaries and "
         "fallopian tubes, sectioned entirely; no atypia or carcinoma.", N),
)

OP_ENT = (
    Form("PREOPERATIVE DIAGNOSIS: , Squamous cell carcinoma of the left true vocal cord.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Direct microlaryngoscopy with CO2 laser cordectomy.,INDICATIONS: , "
         "Office biopsy showed invasive squamous cell carcinoma, T1a.", "head_and_neck", "C32"),
    Form("PREOPERATIVE DIAGNOSIS: , Recurrent tonsillitis.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , "
         "Tonsillectomy and adenoidectomy.,FINDINGS: , 3+ cryptic tonsils.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Right parotid mass.,POSTOPERATIVE DIAGNOSIS: , Pleomorphic adenoma, "
         "right parotid.,PROCEDURE: , Right superficial parotidectomy with facial nerve dissection.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Metastatic squamous cell carcinoma to the right neck, primary in the "
         "base of tongue.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , Right modified radical neck "
         "dissection, levels II through IV.", "head_and_neck", "C01"),
    Form("PREOPERATIVE DIAGNOSIS: , Right true vocal cord polyp.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Microdirect laryngoscopy with excision of vocal cord polyp.,FINDINGS: , Pedunculated "
         "hemorrhagic polyp; pathology benign vocal fold polyp.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Left nasal mass.,POSTOPERATIVE DIAGNOSIS: , Inverted papilloma.,"
         "PROCEDURE: , Endoscopic medial maxillectomy.,PATHOLOGY: , Sinonasal inverted papilloma without "
         "dysplasia.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Squamous cell carcinoma of the left lateral tongue.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Partial glossectomy with left supraomohyoid neck dissection.",
         "head_and_neck", "C02"),
    Form("PREOPERATIVE DIAGNOSIS: , Nasopharyngeal mass, unilateral serous otitis.,POSTOPERATIVE "
         "DIAGNOSIS: , Nasopharyngeal carcinoma, nonkeratinizing, on frozen section.,PROCEDURE: , Nasal "
         "endoscopy with biopsy of the nasopharynx, left myringotomy and tube.", "head_and_neck", "C11"),
    Form("PREOPERATIVE DIAGNOSIS: , Hoarseness, rule out laryngeal cancer.,POSTOPERATIVE DIAGNOSIS: , "
         "Laryngopharyngeal reflux.,PROCEDURE: , Flexible fiberoptic laryngoscopy.,FINDINGS: , Posterior "
         "commissure erythema and edema.  True cords mobile and smooth.  No lesion.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Left neck mass.,POSTOPERATIVE DIAGNOSIS: , Reactive lymphadenopathy.,"
         "PROCEDURE: , Excisional biopsy of left level II lymph node.,PATHOLOGY: , Reactive follicular "
         "hyperplasia; flow cytometry without a monoclonal population.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Subglottic stenosis.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , "
         "Tracheotomy.,HISTORY: , He had laryngeal cancer treated with radiation therapy in 2010 with no "
         "recurrence; the stenosis is felt to be radiation related.", "head_and_neck", "Z85"),
    Form("PREOPERATIVE DIAGNOSIS: , Chronic rhinosinusitis with nasal polyps.,POSTOPERATIVE DIAGNOSIS: , "
         "Same.,PROCEDURE: , Bilateral functional endoscopic sinus surgery.", N),
)

OP_THORACIC = (
    Form("PREOPERATIVE DIAGNOSIS: , Right upper lobe nodule.,POSTOPERATIVE DIAGNOSIS: , Adenocarcinoma of "
         "the right upper lobe.,PROCEDURE: , VATS right upper lobe wedge resection followed by completion "
         "lobectomy.,FINDINGS: , Frozen section of the wedge showed invasive adenocarcinoma, margins clear.",
         "lung", "C34"),
    Form("PREOPERATIVE DIAGNOSIS: , Squamous cell carcinoma, left lower lobe, stage IB.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Left thoracotomy, left lower lobectomy, mediastinal lymph node "
         "dissection.", "lung", "C34"),
    Form("PREOPERATIVE DIAGNOSIS: , Left upper lobe nodule.,POSTOPERATIVE DIAGNOSIS: , Necrotizing "
         "granuloma.,PROCEDURE: , VATS wedge resection of the left upper lobe.,FINDINGS: , Frozen section: "
         "necrotizing granuloma, no malignancy.  Cultures sent.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Adenocarcinoma of the right upper lobe of the lung.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Cervical mediastinoscopy for staging.,FINDINGS: , Stations 4R, 7 "
         "and 4L sampled; frozen sections negative for tumor.", "lung", "C34"),
    Form("PREOPERATIVE DIAGNOSIS: , Recurrent malignant right pleural effusion.,POSTOPERATIVE DIAGNOSIS: , "
         "Same.,PROCEDURE: , Right VATS talc pleurodesis.,INDICATIONS: , Known metastatic breast cancer; "
         "thoracentesis cytology showed adenocarcinoma consistent with breast origin.", "breast", "C50"),
    Form("PREOPERATIVE DIAGNOSIS: , Mediastinal lymphadenopathy.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Bronchoscopy with endobronchial ultrasound-guided transbronchial needle aspiration.,"
         "FINDINGS: , Station 7 and 11R aspirates show noncaseating granulomas, consistent with "
         "sarcoidosis.  No malignant cells.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Malignant pleural mesothelioma, epithelioid, right.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Right extended pleurectomy and decortication.", "other_cancer",
         "C45"),
    Form("PREOPERATIVE DIAGNOSIS: , Adenocarcinoma of the distal esophagus, status post neoadjuvant "
         "chemoradiation.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , Ivor Lewis esophagectomy.",
         "other_cancer", "C15"),
    Form("PREOPERATIVE DIAGNOSIS: , Right spontaneous pneumothorax.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Right tube thoracostomy.,HISTORY: , Past medical history: COPD, right lower lobectomy "
         "for lung cancer in 2012 with no recurrence on yearly CT, hypertension.", "lung", "Z85"),
    Form("PREOPERATIVE DIAGNOSIS: , Right lower lobe nodule, enlarging.,POSTOPERATIVE DIAGNOSIS: , "
         "Pulmonary hamartoma.,PROCEDURE: , VATS wedge resection.,FINDINGS: , Firm, well-circumscribed "
         "nodule containing cartilage and fat on frozen section.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Solitary pulmonary metastasis from colon adenocarcinoma.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , VATS left lower lobe wedge resection.,INDICATIONS: , Sigmoid "
         "colectomy 2 years ago; new 1.5-cm PET-avid nodule, biopsy metastatic adenocarcinoma CDX2 positive.",
         "colorectal", "C18"),
    Form("PREOPERATIVE DIAGNOSIS: , Left empyema.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , Left VATS "
         "decortication.,FINDINGS: , Thick fibrinous peel with loculated purulent fluid; cultures sent.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Ground-glass nodule, right upper lobe.,POSTOPERATIVE DIAGNOSIS: , Same."
         ",PROCEDURE: , Navigational bronchoscopy with biopsy.,FINDINGS: , Biopsies show organizing "
         "pneumonia; no atypical cells.  Repeat CT in 3 months.", N),
)

OP_ORTHOPEDIC = (
    Form("PREOPERATIVE DIAGNOSIS: , Impending pathologic fracture, left femur, metastatic renal cell "
         "carcinoma.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , Prophylactic intramedullary nailing of "
         "the left femur.,INDICATIONS: , Lytic lesion of the proximal femur with Mirels score of 10 in a man "
         "with clear cell renal cell carcinoma on sunitinib.", "kidney", "C64"),
    Form("PREOPERATIVE DIAGNOSIS: , Soft tissue mass, right thigh.,POSTOPERATIVE DIAGNOSIS: , Intramuscular "
         "lipoma.,PROCEDURE: , Excision of right thigh mass.,FINDINGS: , 8-cm encapsulated fatty mass "
         "within the vastus lateralis; MRI had shown homogeneous fat without septations.", N),
    Form("PREOPERATIVE DIAGNOSIS: , High-grade osteosarcoma, distal right femur.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Wide resection of the distal femur with endoprosthetic "
         "reconstruction.,INDICATIONS: , 15-year-old after neoadjuvant MAP chemotherapy.", "other_cancer",
         "C40"),
    Form("PREOPERATIVE DIAGNOSIS: , Giant cell tumor of bone, left distal radius.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Extended curettage, high-speed burr, cementation.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Enchondroma, right proximal phalanx, with fracture.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Curettage and bone grafting.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Osteoarthritis, right knee.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Right total knee arthroplasty.,HISTORY: , 71-year-old man with end-stage "
         "tricompartmental arthritis.  Past medical history: hypertension, hyperlipidemia, prostate cancer "
         "treated with radiation in 2011 with undetectable PSA since, gout.", "prostate", "Z85"),
    Form("PREOPERATIVE DIAGNOSIS: , Pathologic fracture, right humeral shaft.,POSTOPERATIVE DIAGNOSIS: , "
         "Same, multiple myeloma.,PROCEDURE: , Intramedullary nailing of the right humerus.,INDICATIONS: , "
         "Known IgG kappa multiple myeloma on lenalidomide and dexamethasone.", "myeloma", "C90"),
    Form("PREOPERATIVE DIAGNOSIS: , Dorsal wrist ganglion, left.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Excision of dorsal wrist ganglion.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Myxoid liposarcoma, left thigh.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Wide excision of left thigh sarcoma after preoperative radiation.", "other_cancer",
         "C49"),
    Form("PREOPERATIVE DIAGNOSIS: , L1 compression fracture.,POSTOPERATIVE DIAGNOSIS: , Osteoporotic "
         "compression fracture.,PROCEDURE: , L1 kyphoplasty with transpedicular bone biopsy.,FINDINGS: , "
         "Bone biopsy showed osteopenic trabecular bone, no malignancy, no plasma cell excess.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Symptomatic osteochondroma, left distal femur.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Excision of osteochondroma.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Grade 2 chondrosarcoma of the right ilium.,POSTOPERATIVE DIAGNOSIS: , "
         "Same.,PROCEDURE: , Internal hemipelvectomy, type I resection.", "other_cancer", "C41"),
)

OP_NEUROSURGERY = (
    Form("PREOPERATIVE DIAGNOSIS: , Right temporal enhancing mass.,POSTOPERATIVE DIAGNOSIS: , "
         "Glioblastoma, WHO grade 4, on frozen section.,PROCEDURE: , Right temporal craniotomy with "
         "neuronavigation for gross total resection of tumor.", "brain", "C71"),
    Form("PREOPERATIVE DIAGNOSIS: , Left convexity meningioma.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Left frontoparietal craniotomy for resection of meningioma, Simpson grade I.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Right cerebellar metastasis, lung adenocarcinoma.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Suboccipital craniotomy for resection of metastatic tumor.,"
         "INDICATIONS: , Stage IV EGFR-mutant lung adenocarcinoma with a 3-cm cerebellar lesion causing "
         "hydrocephalus.", "lung", "C34"),
    Form("PREOPERATIVE DIAGNOSIS: , Pituitary macroadenoma with visual field deficit.,POSTOPERATIVE "
         "DIAGNOSIS: , Same.,PROCEDURE: , Endoscopic endonasal transsphenoidal resection.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Right vestibular schwannoma.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Right retrosigmoid craniotomy for resection of acoustic neuroma.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Epidural spinal cord compression at T8 from metastatic prostate "
         "cancer.,POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , T7-T9 laminectomy, decompression and "
         "posterior instrumented fusion.", "prostate", "C61"),
    Form("PREOPERATIVE DIAGNOSIS: , L4-L5 herniated nucleus pulposus with right radiculopathy.,"
         "POSTOPERATIVE DIAGNOSIS: , Same.,PROCEDURE: , Right L4-L5 microdiscectomy.,HISTORY: , Past "
         "medical history includes a melanoma of the back excised in 2003 with no recurrence, and asthma.",
         "melanoma", "Z85"),
    Form("PREOPERATIVE DIAGNOSIS: , Periventricular enhancing lesion.,POSTOPERATIVE DIAGNOSIS: , Primary "
         "central nervous system lymphoma, diffuse large B-cell type.,PROCEDURE: , Stereotactic needle "
         "biopsy of the left periventricular lesion.,FINDINGS: , Frozen section: atypical lymphoid "
         "infiltrate; final pathology CD20-positive diffuse large B-cell lymphoma.", "lymphoma", "C83|C85"),
    Form("PREOPERATIVE DIAGNOSIS: , Normal pressure hydrocephalus.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Right frontal ventriculoperitoneal shunt with programmable valve.", N),
    Form("PREOPERATIVE DIAGNOSIS: , Left frontal low-grade glioma.,POSTOPERATIVE DIAGNOSIS: , Diffuse "
         "astrocytoma, IDH-mutant, WHO grade 2.,PROCEDURE: , Awake craniotomy with cortical mapping and "
         "resection.", "brain", "C71"),
    Form("PREOPERATIVE DIAGNOSIS: , Colloid cyst of the third ventricle.,POSTOPERATIVE DIAGNOSIS: , Same.,"
         "PROCEDURE: , Endoscopic resection of colloid cyst.", N),
)

ENDOSCOPY = (
    Form("PROCEDURE PERFORMED: , Colonoscopy with polypectomy.,INDICATIONS: , Average-risk screening, age "
         "52.,FINDINGS: , Two 6-mm sessile polyps in the transverse colon removed with cold snare.  "
         "Scattered sigmoid diverticula.,IMPRESSION: , Pathology: tubular adenomas, no high-grade "
         "dysplasia.  Repeat colonoscopy in 5 years.", N),
    Form("PROCEDURE PERFORMED: , Colonoscopy with biopsy.,INDICATIONS: , Rectal bleeding and change in "
         "bowel habits.,FINDINGS: , A fungating, friable, partially obstructing mass at 30 cm in the sigmoid "
         "colon, biopsied and tattooed.,IMPRESSION: , Sigmoid mass.  Pathology: invasive moderately "
         "differentiated adenocarcinoma.  Referred to surgery.", "colorectal", "C18"),
    Form("PROCEDURE: , Surveillance colonoscopy.,INDICATIONS: , History of colon cancer, status post right "
         "hemicolectomy in 2015, no chemotherapy.,FINDINGS: , Healthy ileocolic anastomosis.  No polyps or "
         "masses.,IMPRESSION: , No recurrence.  Repeat in 5 years.", "colorectal", "Z85"),
    Form("PROCEDURE: , Colonoscopy.,INDICATIONS: , Screening; mother diagnosed with colon cancer at age "
         "55.,FINDINGS: , Normal colon to the cecum, good preparation.,IMPRESSION: , Normal colonoscopy.  "
         "Repeat in 5 years given family history.", N),
    Form("PROCEDURE: , Esophagogastroduodenoscopy with biopsy.,INDICATIONS: , Epigastric pain and "
         "melena.,FINDINGS: , A 1.5-cm clean-based ulcer on the lesser curvature of the stomach; biopsied "
         "to rule out malignancy.,IMPRESSION: , Gastric ulcer.  Biopsies negative for malignancy; H. pylori "
         "organisms present.  Triple therapy prescribed.", N),
    Form("PROCEDURE: , EGD with biopsies.,INDICATIONS: , Chronic GERD.,FINDINGS: , 3 cm of salmon-colored "
         "mucosa above the GE junction.,IMPRESSION: , Barrett esophagus without dysplasia.  Surveillance "
         "in 3 years.", N),
    Form("PROCEDURE: , EGD with endoscopic ultrasound.,INDICATIONS: , Staging of biopsy-proven gastric "
         "adenocarcinoma of the body.,FINDINGS: , Ulcerated mass of the greater curvature invading the "
         "muscularis propria, two perigastric nodes.,IMPRESSION: , Gastric cancer, uT2 N1.", "stomach", "C16"),
    Form("PROCEDURE: , Flexible bronchoscopy with endobronchial biopsy.,INDICATIONS: , Hilar mass and "
         "hemoptysis.,FINDINGS: , Friable endobronchial tumor occluding the left upper lobe bronchus.,"
         "IMPRESSION: , Pathology small cell carcinoma.  Oncology consulted.", "lung", "C34"),
    Form("PROCEDURE: , ERCP with biliary stent placement.,INDICATIONS: , Obstructive jaundice from "
         "adenocarcinoma of the pancreatic head, diagnosed by EUS-FNA last week.,FINDINGS: , Distal "
         "common bile duct stricture; a 10 mm x 60 mm covered metal stent was placed.", "pancreas", "C25"),
    Form("PROCEDURE: , ERCP with sphincterotomy and stone extraction.,INDICATIONS: , Choledocholithiasis.,"
         "FINDINGS: , Dilated common bile duct with two filling defects; stones extracted with balloon.  No "
         "stricture.", N),
    Form("PROCEDURE: , Flexible sigmoidoscopy with biopsy.,INDICATIONS: , Hematochezia.,FINDINGS: , An "
         "ulcerated mass at 8 cm from the anal verge, biopsied.,IMPRESSION: , Rectal mass, pathology "
         "pending.  CT chest, abdomen and pelvis ordered.", N),
    Form("PROCEDURE: , Colonoscopy.,FINDINGS: , Three diminutive hyperplastic-appearing rectosigmoid polyps "
         "removed.  Pan-diverticulosis.  Internal hemorrhoids.,IMPRESSION: , Pathology: hyperplastic polyps."
         "  Repeat in 10 years.", N),
    Form("PROCEDURE: , EGD with biopsies.,INDICATIONS: , Follow-up of gastric MALT lymphoma after "
         "Helicobacter eradication.,FINDINGS: , Patchy erythema of the antrum.,IMPRESSION: , Biopsies show "
         "persistent extranodal marginal zone lymphoma.  Refer for radiation.", "lymphoma", "C88"),
    Form("PROCEDURE: , Anoscopy and examination under anesthesia with biopsy.,FINDINGS: , An indurated "
         "2-cm ulcer at the anal verge.,IMPRESSION: , Squamous cell carcinoma of the anal canal on "
         "biopsy.  Referred for chemoradiation.", "colorectal", "C21"),
    Form("PROCEDURE: , Bronchoscopy with bronchoalveolar lavage.,INDICATIONS: , Hemoptysis in a former "
         "smoker.,FINDINGS: , Diffuse erythema, purulent secretions, no endobronchial lesion.,IMPRESSION: , "
         "Bronchitis.  Cytology negative for malignant cells.", N),
)

RADIOLOGY = (
    Form("EXAM: , CT chest without contrast.,FINDINGS: , An 8-mm solid nodule in the right upper lobe.  No "
         "lymphadenopathy.  No effusion.,IMPRESSION: , Indeterminate 8-mm right upper lobe nodule.  "
         "Recommend follow-up CT in 3 months per Fleischner criteria.", N),
    Form("EXAM: , CT abdomen and pelvis with contrast.,HISTORY: , Pancreatic adenocarcinoma on "
         "FOLFIRINOX.,FINDINGS: , The pancreatic head mass measures 3.1 cm, previously 2.8 cm.  New "
         "hypodense hepatic lesions, the largest 1.6 cm.,IMPRESSION: , Progression with new liver "
         "metastases.", "pancreas", "C25"),
    Form("EXAM: , MRI brain with and without contrast.,FINDINGS: , A 2.2-cm extra-axial dural-based "
         "homogeneously enhancing mass along the left falx with a dural tail.  No edema.,IMPRESSION: , "
         "Findings most consistent with meningioma.", N),
    Form("EXAM: , Bilateral screening mammogram.,FINDINGS: , Scattered fibroglandular densities.  Stable "
         "benign-appearing calcifications in the left breast.,IMPRESSION: , BI-RADS 2, benign.  Routine "
         "annual screening.", N),
    Form("EXAM: , Diagnostic mammogram and ultrasound, right breast.,FINDINGS: , An irregular 1.2-cm "
         "hypoechoic mass with angular margins at 10 o'clock.,IMPRESSION: , BI-RADS 4C, suspicious.  "
         "Ultrasound-guided core biopsy recommended.", N),
    Form("EXAM: , Bilateral diagnostic mammogram.,HISTORY: , Right breast cancer treated with lumpectomy "
         "and radiation in 2016, no current therapy.,FINDINGS: , Postsurgical architectural distortion in "
         "the right upper outer quadrant, stable.,IMPRESSION: , BI-RADS 2.  No evidence of recurrence.",
         "breast", "Z85"),
    Form("EXAM: , PET/CT skull base to thigh.,HISTORY: , Diffuse large B-cell lymphoma, interim restaging "
         "after 4 cycles of R-CHOP.,FINDINGS: , Previously avid mediastinal and cervical nodes have resolved "
         "to background.,IMPRESSION: , Deauville score 2, complete metabolic response.", "lymphoma", "C83"),
    Form("EXAM: , Whole-body bone scan.,HISTORY: , Prostate cancer, rising PSA on androgen deprivation.,"
         "FINDINGS: , Multiple foci of increased uptake in the spine, ribs and pelvis.,IMPRESSION: , "
         "Widespread osseous metastases.", "prostate", "C61"),
    Form("EXAM: , Whole-body bone scan.,HISTORY: , Newly diagnosed invasive breast carcinoma, staging.,"
         "FINDINGS: , Uptake in both knees and the lower cervical spine in a degenerative pattern.,"
         "IMPRESSION: , No scintigraphic evidence of osseous metastatic disease.", "breast", "C50"),
    Form("EXAM: , Thyroid ultrasound.,FINDINGS: , A 1.4-cm solid isoechoic nodule in the left lobe with "
         "smooth margins, no calcifications.,IMPRESSION: , TI-RADS 3.  Follow-up ultrasound in 1 year.", N),
    Form("EXAM: , CT abdomen with and without contrast.,FINDINGS: , A 3.1-cm enhancing solid mass of the "
         "lower pole of the right kidney.,IMPRESSION: , Suspicious for renal cell carcinoma.  Urology "
         "referral recommended.", N),
    Form("EXAM: , MRI liver with contrast.,FINDINGS: , A 2-cm T2 hyperintense lesion in segment 7 with "
         "peripheral nodular discontinuous enhancement and centripetal fill-in.,IMPRESSION: , Hepatic "
         "hemangioma.  No further imaging needed.", N),
    Form("EXAM: , CT head without contrast.,HISTORY: , Non-small cell lung cancer with brain metastases "
         "treated with stereotactic radiosurgery 2 months ago; new headache.,FINDINGS: , The treated right "
         "parietal lesion has decreased edema.  No hemorrhage.,IMPRESSION: , No acute process.",
         "lung", "C34"),
    Form("EXAM: , MRI pelvis, rectal cancer protocol.,HISTORY: , Biopsy-proven rectal adenocarcinoma, "
         "initial staging.,FINDINGS: , Tumor at 6 cm from the anal verge extending 5 mm beyond the "
         "muscularis propria; two mesorectal nodes.,IMPRESSION: , T3b N1 rectal cancer, CRM clear.",
         "colorectal", "C20"),
    Form("EXAM: , CT neck soft tissue with contrast.,FINDINGS: , Several mildly enlarged bilateral level II "
         "nodes with fatty hila, and tonsillar enlargement.,IMPRESSION: , Likely reactive "
         "lymphadenopathy.  Clinical correlation and follow-up.", N),
    Form("EXAM: , Low-dose CT chest for lung cancer screening.,HISTORY: , 62-year-old, 40 pack-year "
         "smoker.,FINDINGS: , 3-mm solid nodule in the left lower lobe.  Emphysema.,IMPRESSION: , "
         "Lung-RADS 2, benign appearance.  Continue annual screening.", N),
)

PATHOLOGY = (
    Form("FINAL DIAGNOSIS: , Skin, left cheek, shave biopsy:  Basal cell carcinoma, nodular type, extending "
         "to the deep margin.", "other_cancer", "C44"),
    Form("FINAL DIAGNOSIS: , Skin, upper back, excision:  Malignant melanoma, superficial spreading type, "
         "Breslow thickness 1.1 mm, Clark level IV, no ulceration; margins free.", "melanoma", "C43"),
    Form("FINAL DIAGNOSIS: , Skin, right forearm, punch biopsy:  Melanoma in situ, lentigo maligna type, "
         "margins involved.", "melanoma", "D03"),
    Form("FINAL DIAGNOSIS: , Skin, left shoulder, shave:  Compound dysplastic nevus with moderate "
         "architectural and cytologic atypia, margins clear.", N),
    Form("FINAL DIAGNOSIS: , Skin, back, shave:  Seborrheic keratosis, irritated.  No malignancy.", N),
    Form("FINAL DIAGNOSIS: , Prostate, needle biopsies:  Adenocarcinoma, Gleason score 4+3=7 (Grade Group "
         "3), involving 5 of 12 cores, maximum 60% of a core; perineural invasion present.", "prostate",
         "C61"),
    Form("FINAL DIAGNOSIS: , Prostate, 12 needle biopsies:  Benign prostatic tissue with focal high-grade "
         "prostatic intraepithelial neoplasia in one core (left apex).  Negative for carcinoma.", N),
    Form("FINAL DIAGNOSIS: , Breast, left, 2 o'clock, ultrasound-guided core biopsy:  Invasive lobular "
         "carcinoma, grade 2; E-cadherin negative.  ER 95%, PR 40%, HER2 negative.", "breast", "C50"),
    Form("FINAL DIAGNOSIS: , Breast, right, stereotactic core biopsy:  Atypical ductal hyperplasia "
         "associated with calcifications.  Excision recommended.", N),
    Form("FINAL DIAGNOSIS: , Lymph node, left supraclavicular, excision:  Classical Hodgkin lymphoma, "
         "nodular sclerosis type.  Reed-Sternberg cells CD15 and CD30 positive.", "lymphoma", "C81"),
    Form("FINAL DIAGNOSIS: , Bone marrow, aspirate and biopsy:  Involvement by chronic lymphocytic "
         "leukemia/small lymphocytic lymphoma, 40% of cellularity (CD5, CD23 positive B cells).",
         "leukemia", "C91"),
    Form("FINAL DIAGNOSIS: , Bone marrow, posterior iliac crest:  Plasma cell myeloma; 35% kappa-restricted "
         "plasma cells on CD138 stain.", "myeloma", "C90"),
    Form("FINAL DIAGNOSIS: , Bone marrow, aspirate and biopsy, for thrombocytopenia:  Normocellular marrow "
         "with increased megakaryocytes, consistent with peripheral consumption.  No evidence of lymphoma, "
         "leukemia or other neoplasm.", N),
    Form("FINAL DIAGNOSIS: , Cervix, 6 o'clock, biopsy:  Low-grade squamous intraepithelial lesion (CIN 1) "
         "with koilocytic change.", N),
    Form("FINAL DIAGNOSIS: , Liver, segment 4, needle core biopsy:  Metastatic adenocarcinoma; tumor cells "
         "CK20 and CDX2 positive, CK7 negative, consistent with a colorectal primary.", "colorectal",
         "C18|C19|C20|C78"),
    Form("FINAL DIAGNOSIS: , Thyroid, right lobe nodule, fine needle aspiration:  Benign follicular nodule "
         "(Bethesda category II).", N),
    Form("FINAL DIAGNOSIS: , Colon, ascending, polypectomy:  Sessile serrated adenoma without dysplasia.", N),
    Form("FINAL DIAGNOSIS: , Stomach, body, endoscopic biopsy:  Poorly cohesive carcinoma, signet ring cell "
         "type.", "stomach", "C16"),
)

DISCHARGE = (
    Form("DISCHARGE DIAGNOSES:,1.  Community-acquired pneumonia.,2.  COPD exacerbation.,3.  Hypertension.,"
         "4.  History of prostate cancer, status post radical prostatectomy.,HOSPITAL COURSE: , He was "
         "treated with ceftriaxone and azithromycin and steroids with improvement.", "prostate", "Z85"),
    Form("DISCHARGE DIAGNOSES:,1.  Neutropenic fever.,2.  Acute myeloid leukemia, day 18 of 7+3 induction."
         ",HOSPITAL COURSE: , Blood cultures grew no organisms; cefepime was stopped after count recovery.",
         "leukemia", "C92"),
    Form("DISCHARGE DIAGNOSES:,1.  Acute on chronic systolic heart failure.,2.  Type 2 diabetes mellitus.,3."
         "  Unintentional weight loss; CT chest, abdomen and pelvis without evidence of malignancy.,"
         "HOSPITAL COURSE: , Diuresed 6 kg with IV furosemide.", N),
    Form("DISCHARGE DIAGNOSES:,1.  Partial small bowel obstruction secondary to peritoneal "
         "carcinomatosis.,2.  Recurrent ovarian cancer on second-line carboplatin and doxorubicin.,3.  "
         "Malnutrition.", "other_cancer", "C56"),
    Form("DISCHARGE DIAGNOSES:,1.  Hypercalcemia of malignancy.,2.  Multiple myeloma, IgA lambda.,3.  Acute "
         "kidney injury, improved.,HOSPITAL COURSE: , Treated with fluids, calcitonin and zoledronic acid; "
         "bortezomib-based therapy started.", "myeloma", "C90"),
    Form("DISCHARGE DIAGNOSES:,1.  Lower GI bleed from diverticulosis.,2.  Acute blood loss anemia.,3.  "
         "Tubular adenoma removed at colonoscopy.,HOSPITAL COURSE: , Transfused 2 units; bleeding stopped "
         "spontaneously.", N),
    Form("DISCHARGE DIAGNOSES:,1.  Acute pulmonary embolism.,2.  Metastatic pancreatic adenocarcinoma on "
         "gemcitabine and nab-paclitaxel.,3.  Cancer-related pain.,DISCHARGE MEDICATIONS: , Enoxaparin, "
         "oxycodone, ondansetron.", "pancreas", "C25"),
    Form("DISCHARGE DIAGNOSES:,1.  Syncope, likely vasovagal.,2.  Hypertension.,3.  Remote history of "
         "breast cancer (1998), lumpectomy and radiation, no evidence of disease.", "breast", "Z85"),
    Form("DISCHARGE DIAGNOSES:,1.  Left lower extremity cellulitis.,2.  Chronic lymphocytic leukemia, Rai "
         "stage 0, under observation by hematology.,3.  Hypertension.", "leukemia", "C91"),
    Form("DISCHARGE DIAGNOSES:,1.  Hepatic encephalopathy.,2.  Alcoholic cirrhosis.,3.  Hepatocellular "
         "carcinoma, status post transarterial chemoembolization, with residual viable tumor.",
         "liver", "C22"),
    Form("DISCHARGE DIAGNOSES:,1.  Urinary tract infection.,2.  Advanced dementia.,3.  Weight loss; the "
         "family declined further evaluation for possible malignancy in keeping with comfort goals.", N),
    Form("DISCHARGE DIAGNOSES:,1.  Adenocarcinoma of the left upper lobe, status post VATS left upper "
         "lobectomy this admission.,2.  Postoperative atrial fibrillation, resolved.,HOSPITAL COURSE: , "
         "Chest tube removed on postoperative day 3.", "lung", "C34"),
    Form("DISCHARGE DIAGNOSES:,1.  Acute gallstone pancreatitis.,2.  Peripancreatic fluid collection.,3.  "
         "Hypertriglyceridemia.,HOSPITAL COURSE: , Laparoscopic cholecystectomy before discharge.", N),
    Form("DISCHARGE DIAGNOSES:,1.  Right lower lobe pneumonia.,2.  Right hilar fullness on CT; repeat CT "
         "after treatment to exclude an underlying mass.,3.  Tobacco use.", N),
    Form("DISCHARGE DIAGNOSES:,1.  Acute kidney injury, prerenal.,2.  Chronic kidney disease stage 3.,3.  "
         "Anemia of chronic disease.,FAMILY HISTORY: , Brother with kidney cancer.", N),
)

CONSULT = (
    Form("REASON FOR CONSULTATION: , Anemia.,HISTORY OF PRESENT ILLNESS: , A 66-year-old woman with "
         "hemoglobin 9.1 and ferritin 6.  No melena.,ASSESSMENT AND PLAN: , Iron deficiency anemia.  "
         "Malignancy needs to be excluded; colonoscopy and EGD arranged.  IV iron.", N),
    Form("HEMATOLOGY/ONCOLOGY FOLLOW-UP,DIAGNOSIS: , Stage IIIC adenocarcinoma of the transverse colon, "
         "status post resection.,CURRENT THERAPY: , Adjuvant FOLFOX, cycle 6 of 12.,ASSESSMENT AND PLAN: "
         ", Grade 1 neuropathy.  Proceed with cycle 7.", "colorectal", "C18"),
    Form("RADIATION ONCOLOGY CONSULTATION,DIAGNOSIS: , T1a N0 squamous cell carcinoma of the right true "
         "vocal cord.,RECOMMENDATION: , Definitive radiation therapy, 63 Gy in 28 fractions.",
         "head_and_neck", "C32"),
    Form("RADIATION ONCOLOGY CONSULTATION,HISTORY OF PRESENT ILLNESS: , Prostate adenocarcinoma treated "
         "with radical prostatectomy in 2018; PSA now 0.4 and rising on three draws.,IMPRESSION: , "
         "Biochemical recurrence of prostate cancer.,PLAN: , Salvage radiation to the prostate bed with "
         "6 months of androgen deprivation.", "prostate", "C61"),
    Form("REASON FOR CONSULTATION: , Elevated total protein.,ASSESSMENT: , IgG kappa monoclonal gammopathy "
         "of undetermined significance, M-spike 0.6 g/dL, normal calcium, creatinine and skeletal survey.,"
         "PLAN: , Repeat SPEP in 6 months.", N),
    Form("REASON FOR CONSULTATION: , Thrombocytosis.,ASSESSMENT: , Reactive thrombocytosis from iron "
         "deficiency.  JAK2 negative.  No evidence of a myeloproliferative neoplasm.", N),
    Form("HEMATOLOGY FOLLOW-UP,DIAGNOSIS: , Chronic myeloid leukemia, chronic phase.,CURRENT THERAPY: , "
         "Imatinib 400 mg daily.,ASSESSMENT: , BCR-ABL 0.08% IS, major molecular response.  Continue.",
         "leukemia", "C92"),
    Form("HEMATOLOGY/ONCOLOGY NOTE,DIAGNOSIS: , Follicular lymphoma, grade 1-2, stage III, low tumor "
         "burden.,ASSESSMENT AND PLAN: , Continue watchful waiting; CT in 6 months.", "lymphoma", "C82"),
    Form("RADIATION ONCOLOGY CONSULTATION,DIAGNOSIS: , Metastatic melanoma with multiple brain "
         "metastases.,RECOMMENDATION: , Whole-brain radiation, 30 Gy in 10 fractions, with ongoing "
         "pembrolizumab.", "melanoma", "C43"),
    Form("REASON FOR CONSULTATION: , Lymphocytosis.,ASSESSMENT: , Absolute lymphocyte count 5.2 after a "
         "viral illness; peripheral flow cytometry shows polyclonal T and B cells, no monoclonal B-cell "
         "population.  Reactive.", N),
    Form("GENETIC COUNSELING CONSULTATION,HISTORY: , 34-year-old woman with a BRCA2 pathogenic variant "
         "found through family testing after her mother's breast cancer.  She has no personal history of "
         "cancer.,PLAN: , Breast MRI alternating with mammography; discuss risk-reducing surgery.", N),
    Form("HEPATOLOGY CONSULTATION,HISTORY OF PRESENT ILLNESS: , Hepatitis C cirrhosis.  A 4-cm arterially "
         "enhancing liver lesion was biopsied.,ASSESSMENT: , Hepatocellular carcinoma, moderately "
         "differentiated, on biopsy.  Child-Pugh A.  Refer to tumor board.", "liver", "C22"),
    Form("HEMATOLOGY FOLLOW-UP,DIAGNOSIS: , Polycythemia vera, JAK2 V617F positive.,CURRENT THERAPY: , "
         "Hydroxyurea and phlebotomy to hematocrit under 45%.", N),
    Form("RADIATION ONCOLOGY CONSULTATION,DIAGNOSIS: , Metastatic clear cell renal cell carcinoma with a "
         "painful T10 vertebral metastasis.,RECOMMENDATION: , Palliative SBRT, 24 Gy in 2 fractions.",
         "kidney", "C64"),
    Form("ADMISSION HISTORY AND PHYSICAL,HISTORY OF PRESENT ILLNESS: , 7-year-old boy with B-cell acute "
         "lymphoblastic leukemia admitted for day 29 bone marrow and intrathecal methotrexate.", "leukemia",
         "C91"),
    Form("REASON FOR CONSULTATION: , Liver lesion.,ASSESSMENT: , Incidental 3-cm segment 5 lesion on "
         "ultrasound; MRI shows a typical hemangioma.  No further evaluation.", N),
    Form("REASON FOR CONSULTATION: , Leukocytosis.,ASSESSMENT: , WBC 16.8 with neutrophilia on "
         "prednisone.  Smear without blasts.  Steroid-induced leukocytosis; no hematologic malignancy.", N),
)

DERMATOLOGY = (
    Form("SUBJECTIVE: , Changing mole on the left calf.,OBJECTIVE: , 7-mm asymmetric, variegated brown-black"
         " macule with irregular border.,ASSESSMENT: , Atypical pigmented lesion, suspicious for melanoma.,"
         "PLAN: , Excisional biopsy performed today; will call with pathology.", N),
    Form("SUBJECTIVE: , Follow-up of biopsy.,ASSESSMENT: , The lesion on the right back, biopsied for "
         "concern of melanoma, returned as a benign compound nevus.  Reassured.", N),
    Form("SUBJECTIVE: , Annual full-skin examination.  History of melanoma of the left arm, stage IA, wide "
         "local excision in 2012.,OBJECTIVE: , Well-healed scar, no nodules, no lymphadenopathy.  Scattered "
         "benign nevi.,ASSESSMENT: , No evidence of recurrence.  Return in 1 year.", "melanoma", "Z85"),
    Form("SUBJECTIVE: , Rough spots on the scalp.,ASSESSMENT: , Multiple actinic keratoses.,PLAN: , "
         "Cryotherapy to 9 lesions; sun protection.", N),
    Form("PROCEDURE: , Mohs micrographic surgery, 2 stages.,DIAGNOSIS: , Invasive squamous cell carcinoma, "
         "left nasal ala.,REPAIR: , Bilobed flap.", "other_cancer", "C44"),
    Form("SUBJECTIVE: , Skin check.  He had a basal cell carcinoma of the nose treated with Mohs surgery in "
         "2015.,ASSESSMENT: , Seborrheic keratoses and solar lentigines.  No suspicious lesions today.",
         "other_cancer", "Z85"),
    Form("ASSESSMENT: , Mycosis fungoides, patch stage IB.,PLAN: , Continue narrowband UVB three times "
         "weekly and clobetasol to plaques.", "lymphoma", "C84"),
    Form("SUBJECTIVE: , Lump on the back.,ASSESSMENT: , Epidermal inclusion cyst, not inflamed.,PLAN: , "
         "Elective excision offered.", N),
    Form("ASSESSMENT: , Kaposi sarcoma of the lower extremities in a patient with HIV, CD4 180.,PLAN: , "
         "Optimize antiretroviral therapy; refer to oncology for liposomal doxorubicin.", "other_cancer",
         "C46"),
    Form("PROCEDURE: , Re-excision with 5-mm margins.,DIAGNOSIS: , Melanoma in situ, right cheek, margins "
         "positive on initial biopsy.", "melanoma", "D03"),
    Form("SUBJECTIVE: , Acne and facial redness.,FAMILY HISTORY: , Mother had melanoma.,ASSESSMENT: , "
         "Papulopustular rosacea.  Full skin exam unremarkable.", N),
    Form("ASSESSMENT: , Cherry angiomas and a dermatofibroma of the right thigh.  Benign; no treatment "
         "needed.", N),
)

ED_SOAP = (
    Form("CHIEF COMPLAINT: , Chest pain.,PAST MEDICAL HISTORY: , HTN, DM type 2, CAD s/p stent 2019, CA of "
         "the prostate s/p XRT 2014.,ASSESSMENT: , Atypical chest pain, troponins negative x2.", "prostate",
         "Z85"),
    Form("CHIEF COMPLAINT: , Fall.,PAST MEDICAL HISTORY: , Osteoporosis, breast ca on tamoxifen, "
         "hypothyroidism.,ASSESSMENT: , Left wrist sprain, x-ray negative for fracture.", "breast", "C50"),
    Form("SUBJECTIVE: , Cough and nasal congestion for 4 days.  Family history of lung ca in father.,"
         "ASSESSMENT: , Viral upper respiratory infection.", N),
    Form("CHIEF COMPLAINT: , Headache.,HISTORY OF PRESENT ILLNESS: , She is worried about a brain tumor.  "
         "No focal deficits.  CT head is normal.,ASSESSMENT: , Tension-type headache.", N),
    Form("SUBJECTIVE: , Blood pressure recheck.  s/p lumpectomy for L breast CA 2010, completed XRT, off "
         "all therapy, mammo normal this year.,ASSESSMENT: , Hypertension, controlled.", "breast", "Z85"),
    Form("CHIEF COMPLAINT: , Shortness of breath.,HISTORY OF PRESENT ILLNESS: , 68-year-old with metastatic "
         "NSCLC, mets to liver and bone, on carboplatin/pemetrexed.,ASSESSMENT: , Malignant pleural "
         "effusion; thoracentesis performed.", "lung", "C34"),
    Form("CHIEF COMPLAINT: , Abdominal pain.,ASSESSMENT: , Constipation.  CT abdomen shows stool burden, no "
         "mass or obstruction.  Weight stable.", N),
    Form("SUBJECTIVE: , Pt with hx of Ca colon s/p colectomy 2009, here for BP check, no complaints.,"
         "ASSESSMENT: , Essential hypertension.", "colorectal", "Z85"),
    Form("CHIEF COMPLAINT: , Blood in urine.,ASSESSMENT: , Left ureteral stone, 4 mm, on CT; no renal or "
         "bladder mass.  Urology follow-up.", N),
    Form("SUBJECTIVE: , Fatigue.  Hodgkin's dz dx'd in college, XRT mantle field, no relapse.,ASSESSMENT: "
         ", Hypothyroidism, likely post-radiation.  Start levothyroxine.", "lymphoma", "Z85"),
    Form("CHIEF COMPLAINT: , Fever.,HISTORY OF PRESENT ILLNESS: , On cycle 3 of R-CHOP for diffuse large "
         "B-cell lymphoma, ANC 200.,ASSESSMENT: , Neutropenic fever; admit for cefepime.", "lymphoma", "C83"),
    Form("CHIEF COMPLAINT: , Cough.,ASSESSMENT: , Differential includes pneumonia, bronchitis and, given "
         "smoking history, r/o lung ca.  CXR shows RLL infiltrate.  Treat pneumonia; repeat CXR 6 weeks.", N),
    Form("CHIEF COMPLAINT: , Dizziness.,ASSESSMENT: , Benign paroxysmal positional vertigo.  Epley maneuver."
         "  Counseled on smoking cessation to lower his cancer and heart disease risk.", N),
    Form("SUBJECTIVE: , Knee pain after a twist.,ASSESSMENT: , Medial collateral ligament sprain.  Tumor "
         "markers were requested by the patient out of worry; explained no indication.", N),
)

LETTERS = (
    Form("Dear Dr. Harmon:  Thank you for referring Mr. Tully for an elevated PSA of 5.2.  I performed a "
         "12-core transrectal biopsy which showed benign prostatic tissue with chronic inflammation.  We "
         "will repeat his PSA in 6 months.", N),
    Form("Dear Dr. Ames:  I saw Mrs. Kell in follow-up for her stage I endometrial cancer, treated with "
         "hysterectomy in 2014 without further therapy.  She has no evidence of disease and I have returned "
         "her to your care for routine surveillance.", "uterine", "Z85"),
    Form("Dear Dr. Boyle:  I had the pleasure of seeing Ms. Nash, a 49-year-old woman with newly diagnosed "
         "invasive ductal carcinoma of the right breast, 1.8 cm, node negative by ultrasound.  We discussed "
         "lumpectomy and sentinel node biopsy.", "breast", "C50"),
    Form("Dear Dr. Lowe:  Mr. Pratt's 6-mm right middle lobe nodule has been stable for 2 years and is "
         "considered benign.  No further imaging is needed.", N),
    Form("Dear Dr. Finch:  Thank you for referring Mr. Ortega, who has IgG kappa multiple myeloma in very "
         "good partial response after four cycles of VRd, for autologous stem cell transplant "
         "evaluation.", "myeloma", "C90"),
    Form("Dear Dr. Wade:  Mrs. Lin's surveillance endoscopy showed Barrett esophagus with low-grade "
         "dysplasia, confirmed by a second pathologist.  We will proceed with radiofrequency ablation.", N),
    Form("Dear Dr. Penn:  The CT showed a 2-cm simple cyst of the left kidney, Bosniak I.  This is benign "
         "and needs no follow-up.", N),
    Form("Dear Dr. Carr:  Ms. Ito returns 15 years after total thyroidectomy and radioactive iodine for "
         "papillary thyroid cancer.  Her neck ultrasound is negative and thyroglobulin undetectable; she "
         "remains without evidence of disease.", "thyroid", "Z85"),
    Form("Dear Dr. Vance:  Mrs. Bell was seen for a left breast lump.  Ultrasound shows a simple cyst which "
         "was aspirated to resolution.  She may continue routine screening.", N),
    Form("Dear Dr. Osei:  Mr. Dunn's colonoscopy showed a large villous adenoma of the rectum that was "
         "removed piecemeal; pathology showed no invasive carcinoma.  He needs a repeat in 6 months.", N),
)

PMH_ONLY = (
    Form("HISTORY OF PRESENT ILLNESS: , 69-year-old man scheduled for right total knee arthroplasty.,"
         "PAST MEDICAL HISTORY:,1.  Hypertension.,2.  Type 2 diabetes.,3.  Hypothyroidism.,4.  Renal cell "
         "carcinoma, status post left nephrectomy 2007.,5.  GERD.,MEDICATIONS: , Lisinopril, metformin, "
         "levothyroxine, omeprazole.", "kidney", "Z85"),
    Form("REASON FOR CONSULTATION: , Atrial fibrillation.,PAST MEDICAL HISTORY: , Coronary artery disease, "
         "paroxysmal atrial fibrillation, remote bladder cancer treated with BCG in 2005 with clear "
         "cystoscopies since, and chronic kidney disease.", "bladder", "Z85"),
    Form("PREOPERATIVE EVALUATION: , Cataract extraction, right eye.,PAST MEDICAL HISTORY: , "
         "Non-Hodgkin's lymphoma in 1995 treated with chemotherapy, cured.  Glaucoma.  Hyperlipidemia.",
         "lymphoma", "Z85"),
    Form("PAST MEDICAL HISTORY: , Asthma, migraine.,PAST SURGICAL HISTORY: , Appendectomy, "
         "cholecystectomy, hysterectomy for fibroids.,FAMILY HISTORY: , Noncontributory.", N),
    Form("REASON FOR CONSULTATION: , Numbness of the hands.,PAST MEDICAL HISTORY: , Thyroid cancer, "
         "status post total thyroidectomy and radioactive iodine in 2010, on Synthroid, no recurrence.  "
         "Carpal tunnel syndrome.", "thyroid", "Z85"),
    Form("HISTORY: , 45-year-old woman for screening colonoscopy.,FAMILY HISTORY: , Mother with breast "
         "cancer at 60; sister with ovarian cancer at 52; maternal uncle with colon cancer.,PAST MEDICAL "
         "HISTORY: , None.", N),
    Form("REASON FOR CONSULTATION: , Dysphagia.,PAST MEDICAL HISTORY: , Seminoma of the left testis, "
         "status post orchiectomy 1988, no further treatment.  Hypertension.", "other_cancer", "Z85"),
    Form("PSYCHIATRIC EVALUATION,PAST MEDICAL HISTORY: , None.,SOCIAL HISTORY: , Lives with wife; retired "
         "machinist.,FAMILY HISTORY: , Father died of pancreatic cancer at 70; mother had dementia.", N),
    Form("HISTORY OF PRESENT ILLNESS: , This 74-year-old woman presents for left total hip replacement.  "
         "She is a breast cancer survivor, diagnosed in 2004 and treated with surgery and radiation, with no "
         "recurrence.  She walks with a cane.", "breast", "Z85"),
    Form("PAST MEDICAL HISTORY: , Benign brain tumor (meningioma) resected in 2001, seizure disorder on "
         "levetiracetam, depression.", N),
    Form("PAST MEDICAL HISTORY: , Acute lymphoblastic leukemia as a child, treated with chemotherapy, no "
         "relapse in 30 years.  Hypertension.  Obesity.", "leukemia", "Z85"),
    Form("Past medical history is significant for cervical cancer treated with radiation in 1990, "
         "hypertension and osteoarthritis.  She takes amlodipine.", "other_cancer", "Z85"),
    Form("PAST MEDICAL HISTORY: , Prostate CA - low-risk, on active surveillance with urology, PSA every 6 "
         "months.  BPH.  Hyperlipidemia.", "prostate", "C61"),
    Form("REASON FOR CONSULTATION: , Dyspnea.,PAST MEDICAL HISTORY: , Pulmonary sarcoidosis, asbestos "
         "exposure as a shipyard worker.  No history of malignancy.", N),
    Form("REVIEW OF SYSTEMS: , Negative for fever, night sweats or weight loss.  No personal history of "
         "cancer.,PAST MEDICAL HISTORY: , Hypertension, gout.", N),
    Form("PAST MEDICAL HISTORY:,1.  COPD on home oxygen.,2.  Congestive heart failure.,3.  Atrial "
         "fibrillation on warfarin.,4.  Diabetes mellitus.,5.  Chronic kidney disease.,6.  Ca of the "
         "larynx s/p laryngectomy 2003.,7.  Depression.", "head_and_neck", "Z85"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "op_general": OP_GENERAL,
    "op_urology": OP_UROLOGY,
    "op_gynecology": OP_GYNECOLOGY,
    "op_ent": OP_ENT,
    "op_thoracic": OP_THORACIC,
    "op_orthopedic": OP_ORTHOPEDIC,
    "op_neurosurgery": OP_NEUROSURGERY,
    "endoscopy": ENDOSCOPY,
    "radiology": RADIOLOGY,
    "pathology": PATHOLOGY,
    "discharge": DISCHARGE,
    "consult": CONSULT,
    "dermatology": DERMATOLOGY,
    "ed_soap": ED_SOAP,
    "letters": LETTERS,
    "pmh_only": PMH_ONLY,
}

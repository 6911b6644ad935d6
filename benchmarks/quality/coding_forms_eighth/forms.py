"""The eighth family: the ICD-10-CM category decision in passages where it turns on a detail.

Written blind 2026-12-04 by someone who had not read the coder, its rules, its tests or the other families'
forms, only the labelling rules (tests/fixtures/mtsamples_gold_README.md), the 17 types and their ICD-10-CM
ranges (DESIGN.md), issue 17, the `Form` class, the seventh family's docstring and real MTSamples text for
style (capital headings run together with ",", numbered lists, dictation prose). Committed before the probe
was first run on it. One module: `FORMS` maps class -> forms; every class holds cancer and `none` forms.

Classes: procedure (operative and procedure notes where the operation names the organ: pre-op "mass", post-op
"carcinoma"; Whipple, APR, LAR, colectomies, TURBT, nephrectomy, nephroureterectomy, cystectomy,
prostatectomy, orchiectomy, thyroidectomy, lobectomy, mastectomy / lumpectomy with sentinel node, Mohs,
wide local excision, hysterectomy with staging, glossectomy, laryngectomy, craniotomy, and the same
operations for benign disease), subsite (neighbouring categories: colon / rectosigmoid / rectum / anus,
oesophagus / GE junction / stomach, liver / biliary / pancreas, lung / pleura, gynaecological organs, kidney /
renal pelvis / ureter / bladder, brain / meninges / spinal cord, head and neck sub-sites, skin, blood
cancers by subtype), history (Z85 / Z86 against the active code, told through the treatment: adjuvant
hormonal therapy, finished chemotherapy with no evidence of disease, surveillance, recurrence, maintenance),
insitu (in situ against invasive: DCIS, LCIS, microinvasion, bladder CIS against pTa, CIN 3, melanoma in
situ, SCC in situ, and precursors that are not carcinoma), lists (diagnosis lists where the cancer is one
item of several, staging lines, primary against metastasis wording), lookalike (`none` controls that read
like cancer: benign pathology after excision, a mass that proved benign, screening, a relative's cancer,
precursors, tumour markers ordered; and a few where the benign lead proved malignant).

Labelling decisions (README rules; ICD-10-CM guideline I.C.2; the seventh family's decisions where they
apply):
- surgery of this episode for the cancer is the active code, whatever the pre-operative wording was; a
  mass operated on with pathology pending, or a final pathology that is benign, is `none`;
- the category is the organ of the primary: distal common bile duct and ampulla C24, gallbladder C23
  (other_cancer); rectosigmoid junction C19, rectum C20, anal canal C21, appendix, caecum and flexures C18
  (colorectal); GE junction and cardia C16 (stomach), oesophagus C15 (other_cancer); pyriform sinus C12,
  posterior hypopharyngeal wall C13, tonsil C09, base of tongue C01, oral tongue C02, floor of mouth C04,
  retromolar trigone C06, parotid C07, nasopharynx C11, larynx C32, maxillary sinus C31 (head_and_neck);
  renal pelvis C65 (kidney), ureter C66 and urethra C68 (bladder); fallopian tube C57, ovary C56, cervix
  C53, vulva C51 (other_cancer), endometrium C54 (uterine); malignant meningioma C70, spinal cord C72,
  brain C71 (brain); trachea C33 (lung); mesothelioma C45, testis C62, adrenal cortex C74 (other_cancer);
- noninvasive papillary urothelial carcinoma (pTa) is coded C67 as a carcinoma, flat carcinoma in situ
  (pTis) D09; LCIS is breast D05 as ICD-10-CM codes it (D05.0); DCIS with microinvasion and FIGO IA1
  cervical carcinoma are invasive (C50, C53); tubular adenoma even with high-grade dysplasia, Barrett's
  oesophagus, high-grade PIN, atypical ductal or endometrial hyperplasia, CIN 1-2, actinic keratosis,
  dysplastic naevus and leukoplakia with mild dysplasia are `none`;
- history: treated in the past, no treatment now, no evidence of disease, surveillance scans or
  cystoscopy that are negative -> Z85 (Z86 for in situ); adjuvant endocrine therapy, chemotherapy now,
  BCG maintenance, maintenance rituximab, active surveillance of an untreated cancer, recurrence (including
  biochemical recurrence treated now) -> active code; leukaemia and myeloma in remission take the active
  category; lymphoma "remission" is avoided as a word (ICD-10-CM now has remission codes for some
  lymphomas), the history forms say treated and free of disease instead;
- metastasis with a named primary still in place is the primary's category (where the primary is only
  inferred from the metastasis's stains and not yet biopsied, the secondary category is also accepted);
  where the primary was removed before, or the note does not say, and the note is about the metastasis
  (a regional node recurrence included), the secondary category (C77-C79) is also accepted;
  secondary-only with the primary unknown is other_cancer with the secondary category or C80;
- a cancer resected "last month" with no further treatment named is accepted as active or Z85 (the
  guideline's "no further treatment" cannot be told from one line);
- the main cancer of a list is the one under treatment or operated on in this episode; a list whose only
  malignancy word is a relative's, a screening, a marker or a pending biopsy is `none`.
"""

from __future__ import annotations

from benchmarks.quality.coding_forms import Form

F = Form

PROCEDURE: tuple[Form, ...] = (
    F("PREOPERATIVE DIAGNOSIS:,  Mass in the head of the pancreas with obstructive jaundice.,POSTOPERATIVE "
      "DIAGNOSIS:,  Adenocarcinoma of the head of the pancreas, frozen section confirmed.,PROCEDURE:,  "
      "Pylorus-preserving pancreaticoduodenectomy (Whipple procedure).", "pancreas", "C25"),
    F("PREOPERATIVE DIAGNOSIS:,  Periampullary mass.,POSTOPERATIVE DIAGNOSIS:,  Adenocarcinoma of the ampulla "
      "of Vater, moderately differentiated.,OPERATION:,  Whipple procedure with cholecystectomy.",
      "other_cancer", "C24"),
    F("PREOPERATIVE DIAGNOSIS:,  Distal common bile duct stricture.,POSTOPERATIVE DIAGNOSIS:,  "
      "Cholangiocarcinoma of the distal common bile duct.,PROCEDURE:,  Pancreaticoduodenectomy, "
      "portal lymphadenectomy.", "other_cancer", "C24"),
    F("PREOPERATIVE DIAGNOSIS:,  Cystic lesion of the pancreatic head.,POSTOPERATIVE DIAGNOSIS:,  Same.,"
      "PROCEDURE:,  Whipple procedure.,FINDINGS:,  Final pathology showed a serous cystadenoma with no "
      "dysplasia and twelve benign lymph nodes.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Adenocarcinoma of the low rectum, 3 cm from the anal verge, status post "
      "neoadjuvant chemoradiation.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Abdominoperineal resection "
      "with end colostomy.", "colorectal", "C20"),
    F("PREOPERATIVE DIAGNOSIS:,  Recurrent squamous cell carcinoma of the anal canal after Nigro protocol.,"
      "POSTOPERATIVE DIAGNOSIS:,  Same.,OPERATION:,  Salvage abdominoperineal resection.", "colorectal", "C21"),
    F("PREOPERATIVE DIAGNOSIS:,  Rectal adenocarcinoma at 10 cm.,POSTOPERATIVE DIAGNOSIS:,  Same.,"
      "PROCEDURE:,  Laparoscopic low anterior resection with diverting loop ileostomy.", "colorectal", "C20"),
    F("PREOPERATIVE DIAGNOSIS:,  Recurrent sigmoid diverticulitis with colovesical fistula.,POSTOPERATIVE "
      "DIAGNOSIS:,  Same.,PROCEDURE:,  Sigmoid colectomy with primary anastomosis and repair of the bladder.,"
      "PATHOLOGY:,  Diverticular disease with abscess, no malignancy.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Near-obstructing mass of the sigmoid colon.,POSTOPERATIVE DIAGNOSIS:,  "
      "Invasive adenocarcinoma of the sigmoid colon, pT3 N0.,OPERATION:,  Open sigmoid colectomy.",
      "colorectal", "C18"),
    F("PREOPERATIVE DIAGNOSIS:,  Cecal mass found on colonoscopy, biopsy showing adenocarcinoma.,"
      "POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Laparoscopic right hemicolectomy.", "colorectal", "C18"),
    F("PREOPERATIVE DIAGNOSIS:,  Large sessile polyp of the ascending colon not amenable to endoscopic "
      "removal.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Laparoscopic right hemicolectomy.,"
      "PATHOLOGY:,  Tubulovillous adenoma, margins clear, 18 lymph nodes negative.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Bladder tumor.,POSTOPERATIVE DIAGNOSIS:,  Bladder tumor.,PROCEDURE:,  "
      "Cystoscopy and transurethral resection of bladder tumor, approximately 3 cm, left lateral wall.",
      "bladder", "C67"),
    F("PREOPERATIVE DIAGNOSIS:,  Gross hematuria.,POSTOPERATIVE DIAGNOSIS:,  Gross hematuria, prostatic "
      "bleeding.,PROCEDURE:,  Cystoscopy with clot evacuation and fulguration.,FINDINGS:,  The bladder "
      "mucosa was normal throughout with no tumor seen; friable median lobe of the prostate.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Enhancing right renal mass, 6 cm.,POSTOPERATIVE DIAGNOSIS:,  Clear cell "
      "renal cell carcinoma, Fuhrman grade 2, confined to the kidney.,PROCEDURE:,  Right radical "
      "nephrectomy.", "kidney", "C64"),
    F("PREOPERATIVE DIAGNOSIS:,  Left upper pole renal mass, 2.8 cm.,POSTOPERATIVE DIAGNOSIS:,  Same.,"
      "PROCEDURE:,  Robotic left partial nephrectomy.,PATHOLOGY:,  Oncocytoma with negative margins.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Right renal pelvis filling defect with positive cytology.,POSTOPERATIVE "
      "DIAGNOSIS:,  High-grade urothelial carcinoma of the right renal pelvis.,PROCEDURE:,  Right "
      "nephroureterectomy with excision of a bladder cuff.", "kidney", "C65"),
    F("PREOPERATIVE DIAGNOSIS:,  Left distal ureteral tumor.,POSTOPERATIVE DIAGNOSIS:,  Low-grade papillary "
      "urothelial carcinoma of the left distal ureter.,OPERATION:,  Left distal ureterectomy with ureteral "
      "reimplantation.", "bladder", "C66"),
    F("PREOPERATIVE DIAGNOSIS:,  Muscle-invasive urothelial carcinoma of the bladder, status post "
      "neoadjuvant gemcitabine and cisplatin.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Radical "
      "cystoprostatectomy, bilateral pelvic lymph node dissection and ileal conduit.", "bladder", "C67"),
    F("PREOPERATIVE DIAGNOSIS:,  Adenocarcinoma of the prostate, Gleason 3+4.,POSTOPERATIVE DIAGNOSIS:,  "
      "Same.,PROCEDURE:,  Robotic-assisted laparoscopic radical prostatectomy with bilateral pelvic lymph "
      "node dissection.", "prostate", "C61"),
    F("PREOPERATIVE DIAGNOSIS:,  Benign prostatic hyperplasia with urinary retention.,POSTOPERATIVE "
      "DIAGNOSIS:,  Same.,PROCEDURE:,  Transurethral resection of the prostate.,PATHOLOGY:,  Nodular "
      "glandular and stromal hyperplasia; no carcinoma identified in 24 grams of chips.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Left testicular mass.,POSTOPERATIVE DIAGNOSIS:,  Classic seminoma of the "
      "left testis, pT1.,PROCEDURE:,  Left radical inguinal orchiectomy.", "other_cancer", "C62"),
    F("PREOPERATIVE DIAGNOSIS:,  Right testicular torsion.,POSTOPERATIVE DIAGNOSIS:,  Right testicular "
      "torsion with a nonviable testis.,PROCEDURE:,  Right scrotal exploration, right orchiectomy and left "
      "orchiopexy.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Right thyroid nodule, Bethesda V cytology.,POSTOPERATIVE DIAGNOSIS:,  "
      "Papillary thyroid carcinoma, right lobe, 1.9 cm.,OPERATION:,  Total thyroidectomy with central neck "
      "dissection.", "thyroid", "C73"),
    F("PREOPERATIVE DIAGNOSIS:,  Multinodular goiter with compressive symptoms.,POSTOPERATIVE DIAGNOSIS:,  "
      "Same.,OPERATION:,  Total thyroidectomy.,PATHOLOGY:,  Multinodular hyperplasia and a follicular "
      "adenoma of the left lobe; no malignancy.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Spiculated right upper lobe nodule.,POSTOPERATIVE DIAGNOSIS:,  Adenocarcinoma "
      "of the right upper lobe by frozen section.,PROCEDURE:,  Video-assisted thoracoscopic right upper "
      "lobectomy and mediastinal lymph node dissection.", "lung", "C34"),
    F("PREOPERATIVE DIAGNOSIS:,  Centrally located squamous cell carcinoma of the left lung involving the "
      "main bronchus.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Left pneumonectomy.", "lung", "C34"),
    F("PREOPERATIVE DIAGNOSIS:,  Left lower lobe nodule, enlarging.,POSTOPERATIVE DIAGNOSIS:,  Left lower "
      "lobe nodule.,PROCEDURE:,  Thoracoscopic wedge resection.,FINDINGS:,  Frozen section and final "
      "pathology showed a necrotizing granuloma with fungal organisms; no malignancy.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Invasive ductal carcinoma of the left breast, 2.1 cm.,POSTOPERATIVE "
      "DIAGNOSIS:,  Same.,PROCEDURE:,  Left total mastectomy with sentinel lymph node biopsy, two sentinel "
      "nodes negative.", "breast", "C50"),
    F("PREOPERATIVE DIAGNOSIS:,  Right breast cancer, upper outer quadrant.,POSTOPERATIVE DIAGNOSIS:,  "
      "Same.,PROCEDURE:,  Needle-localized right partial mastectomy and sentinel lymph node biopsy.",
      "breast", "C50"),
    F("PREOPERATIVE DIAGNOSIS:,  Palpable left breast mass.,POSTOPERATIVE DIAGNOSIS:,  Left breast mass.,"
      "PROCEDURE:,  Excisional biopsy of the left breast mass.,PATHOLOGY:,  Fibroadenoma, 2.4 cm.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  BRCA2 mutation carrier.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  "
      "Bilateral prophylactic nipple-sparing mastectomies with tissue expander reconstruction.,PATHOLOGY:,  "
      "Benign breast tissue bilaterally with fibrocystic change.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Basal cell carcinoma of the left nasal ala.,POSTOPERATIVE DIAGNOSIS:,  "
      "Same, cleared in two Mohs stages.,PROCEDURE:,  Mohs micrographic surgery with bilobed flap repair.",
      "other_cancer", "C44"),
    F("PREOPERATIVE DIAGNOSIS:,  Invasive squamous cell carcinoma of the right dorsal hand.,POSTOPERATIVE "
      "DIAGNOSIS:,  Same.,PROCEDURE:,  Mohs surgery, three stages, with full-thickness skin graft.",
      "other_cancer", "C44"),
    F("PREOPERATIVE DIAGNOSIS:,  Melanoma of the right calf, Breslow depth 1.4 mm on shave biopsy.,"
      "POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Wide local excision with 2 cm margins and right inguinal "
      "sentinel lymph node biopsy.", "melanoma", "C43"),
    F("PREOPERATIVE DIAGNOSIS:,  Atypical nevus of the upper back with moderate atypia, incompletely "
      "removed.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Re-excision with 5 mm margins.,PATHOLOGY:,  "
      "Scar with no residual nevus.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Endometrial adenocarcinoma on office biopsy.,POSTOPERATIVE DIAGNOSIS:,  "
      "Endometrioid adenocarcinoma, FIGO grade 1, superficial myometrial invasion.,PROCEDURE:,  Robotic total "
      "hysterectomy, bilateral salpingo-oophorectomy and sentinel node mapping.", "uterine", "C54"),
    F("PREOPERATIVE DIAGNOSIS:,  Complex adnexal mass with elevated CA-125.,POSTOPERATIVE DIAGNOSIS:,  "
      "High-grade serous carcinoma of the right ovary with omental implants.,PROCEDURE:,  Exploratory "
      "laparotomy, total abdominal hysterectomy, bilateral salpingo-oophorectomy, omentectomy and tumor "
      "debulking.", "other_cancer", "C56"),
    F("PREOPERATIVE DIAGNOSIS:,  Symptomatic uterine leiomyomata and menorrhagia.,POSTOPERATIVE DIAGNOSIS:,  "
      "Same.,PROCEDURE:,  Total abdominal hysterectomy with bilateral salpingectomy.,PATHOLOGY:,  Leiomyomata, "
      "largest 7 cm; proliferative endometrium.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Squamous cell carcinoma of the left lateral tongue.,POSTOPERATIVE "
      "DIAGNOSIS:,  Same.,PROCEDURE:,  Left partial glossectomy and left selective neck dissection levels I "
      "through III.", "head_and_neck", "C02"),
    F("PREOPERATIVE DIAGNOSIS:,  Recurrent squamous cell carcinoma of the glottic larynx after radiation.,"
      "POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Total laryngectomy with bilateral neck dissection and "
      "tracheoesophageal puncture.", "head_and_neck", "C32"),
    F("PREOPERATIVE DIAGNOSIS:,  Right frontal ring-enhancing mass.,POSTOPERATIVE DIAGNOSIS:,  "
      "Glioblastoma, IDH wild-type.,PROCEDURE:,  Right frontal craniotomy with stereotactic navigation and "
      "gross total resection.", "brain", "C71"),
    F("PREOPERATIVE DIAGNOSIS:,  Left convexity extra-axial mass.,POSTOPERATIVE DIAGNOSIS:,  Meningioma, WHO "
      "grade I.,PROCEDURE:,  Left parietal craniotomy and Simpson grade 1 resection.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Solitary right cerebellar metastasis from non-small cell lung cancer.,"
      "POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  Suboccipital craniotomy and resection.", "lung",
      "C34|C79"),
    F("The patient was brought back to the operating room for a left hemiglossectomy after the biopsy of the "
      "ulcer along the lateral border of her tongue returned invasive keratinizing squamous cell carcinoma.",
      "head_and_neck", "C02"),
    F("He underwent a TURBT last month and the pathology came back as high-grade invasive urothelial "
      "carcinoma with muscularis propria present and involved, so he is here to discuss cystectomy.",
      "bladder", "C67"),
    F("She is 10 days out from a laparoscopic cholecystectomy for biliary colic, and the pathology "
      "unexpectedly showed an adenocarcinoma of the gallbladder invading the muscular layer.", "other_cancer",
      "C23"),
    F("She is 2 weeks status post laparoscopic cholecystectomy for symptomatic cholelithiasis, and the "
      "pathology showed chronic cholecystitis with cholesterolosis.", "none"),
    F("He is seen prior to a right hepatectomy for a 7 cm hepatocellular carcinoma arising in a cirrhotic "
      "liver, with an AFP of 1200.", "liver", "C22"),
    F("He presents for a total gastrectomy with D2 lymphadenectomy for a poorly cohesive adenocarcinoma of the "
      "gastric body found on endoscopy for anemia.", "stomach", "C16"),
    F("She is scheduled for an Ivor Lewis esophagectomy after completing neoadjuvant chemoradiation for a "
      "squamous cell carcinoma of the mid esophagus.", "other_cancer", "C15"),
    F("He underwent a laparoscopic adrenalectomy for an incidentally found 3 cm left adrenal mass, and the "
      "pathology was a cortical adenoma.", "none"),
    F("The patient comes in after a superficial parotidectomy for a slowly growing preauricular mass; "
      "pathology was a pleomorphic adenoma with clear margins.", "none"),
    F("She had a right superficial parotidectomy last week, and the final pathology showed mucoepidermoid "
      "carcinoma, intermediate grade, with a close deep margin.", "head_and_neck", "C07"),
)

SUBSITE: tuple[Form, ...] = (
    F("FINAL DIAGNOSIS:,  Rectosigmoid junction, segmental resection: adenocarcinoma, moderately "
      "differentiated, invading into the subserosa; 0 of 16 lymph nodes involved.", "colorectal", "C19"),
    F("FINAL DIAGNOSIS:,  Rectum, biopsy at 6 cm from the anal verge: invasive adenocarcinoma arising in a "
      "villous adenoma.", "colorectal", "C20"),
    F("FINAL DIAGNOSIS:,  Anal canal mass, biopsy: basaloid squamous cell carcinoma, p16 positive.",
      "colorectal", "C21"),
    F("FINAL DIAGNOSIS:,  Appendix, laparoscopic appendectomy: acute suppurative appendicitis with "
      "periappendiceal abscess; no neoplasm identified.", "none"),
    F("FINAL DIAGNOSIS:,  Appendix, right hemicolectomy: mucinous adenocarcinoma of the appendix with "
      "invasion through the muscularis propria.", "colorectal", "C18"),
    F("FINAL DIAGNOSIS:,  Colon, hepatic flexure, biopsy: invasive adenocarcinoma.", "colorectal", "C18"),
    F("FINAL DIAGNOSIS:,  Distal esophagus at 32 cm, biopsy: invasive adenocarcinoma arising in Barrett's "
      "mucosa; the gastroesophageal junction is at 39 cm and uninvolved.", "other_cancer", "C15"),
    F("FINAL DIAGNOSIS:,  Gastroesophageal junction, biopsy: adenocarcinoma, intestinal type, HER2 "
      "3+ by immunohistochemistry.", "stomach", "C16"),
    F("FINAL DIAGNOSIS:,  Stomach, antrum, biopsy: chronic active gastritis with Helicobacter pylori "
      "organisms; negative for intestinal metaplasia, dysplasia and malignancy.", "none"),
    F("FINAL DIAGNOSIS:,  Duodenum, second portion, biopsy: invasive adenocarcinoma of the small bowel, "
      "the ampulla separately sampled and benign.", "other_cancer", "C17"),
    F("FINAL DIAGNOSIS:,  Liver, segment 6, core biopsy: metastatic adenocarcinoma, CK20 and CDX2 positive, "
      "CK7 negative, in keeping with a colorectal primary; the sigmoid mass seen on CT has not yet been "
      "biopsied.", "colorectal", "C18|C78"),
    F("FINAL DIAGNOSIS:,  Liver, core biopsy: hepatocellular carcinoma, well differentiated, in a background "
      "of macronodular cirrhosis.", "liver", "C22"),
    F("FINAL DIAGNOSIS:,  Liver mass, core biopsy: intrahepatic cholangiocarcinoma.", "liver", "C22"),
    F("FINAL DIAGNOSIS:,  Liver, segment 4 lesion, core biopsy: focal nodular hyperplasia; no evidence of "
      "hepatocellular neoplasm.", "none"),
    F("FINAL DIAGNOSIS:,  Pancreas, tail, endoscopic ultrasound-guided fine needle aspiration: "
      "adenocarcinoma.", "pancreas", "C25"),
    F("FINAL DIAGNOSIS:,  Pleura, right, thoracoscopic biopsy: malignant mesothelioma, epithelioid type, "
      "calretinin and WT-1 positive.", "other_cancer", "C45"),
    F("FINAL DIAGNOSIS:,  Trachea, endoscopic biopsy of an intraluminal lesion: adenoid cystic carcinoma.",
      "lung", "C33"),
    F("FINAL DIAGNOSIS:,  Lung, left lower lobe, CT-guided core biopsy: squamous cell carcinoma, PD-L1 tumor "
      "proportion score 60 percent.", "lung", "C34"),
    F("FINAL DIAGNOSIS:,  Right fallopian tube, fimbria: high-grade serous carcinoma, 4 mm, with serous tubal "
      "intraepithelial carcinoma; ovaries uninvolved.", "other_cancer", "C57"),
    F("FINAL DIAGNOSIS:,  Cervix, cone biopsy: invasive squamous cell carcinoma, depth of invasion 6 mm, "
      "margins involved.", "other_cancer", "C53"),
    F("FINAL DIAGNOSIS:,  Vulva, left labium majus, wide excision: keratinizing squamous cell carcinoma, "
      "depth 3 mm.", "other_cancer", "C51"),
    F("FINAL DIAGNOSIS:,  Uterus, hysterectomy: uterine serous carcinoma involving an endometrial polyp, "
      "no myometrial invasion.", "uterine", "C54"),
    F("FINAL DIAGNOSIS:,  Ovary, left, oophorectomy: mature cystic teratoma with sebaceous material and "
      "hair.", "none"),
    F("FINAL DIAGNOSIS:,  Urethra, biopsy: high-grade urothelial carcinoma in a man with a prior "
      "cystectomy.", "bladder", "C68"),
    F("FINAL DIAGNOSIS:,  Kidney, right, core biopsy: papillary renal cell carcinoma, type 1.", "kidney",
      "C64"),
    F("FINAL DIAGNOSIS:,  Kidney, left, core biopsy: angiomyolipoma, HMB-45 positive; no carcinoma.", "none"),
    F("FINAL DIAGNOSIS:,  Thoracic spinal cord, T8 intramedullary lesion, resection: anaplastic ependymoma, "
      "WHO grade 3.", "brain", "C72"),
    F("FINAL DIAGNOSIS:,  Dura, right sphenoid wing, resection: anaplastic meningioma, WHO grade 3, with "
      "brain invasion.", "brain", "C70"),
    F("FINAL DIAGNOSIS:,  Brain, left occipital lesion, resection: metastatic adenocarcinoma, TTF-1 "
      "negative, GATA3 and estrogen receptor positive, consistent with the known breast primary, which is "
      "under treatment.", "breast", "C50"),
    F("FINAL DIAGNOSIS:,  Right tonsil, tonsillectomy: invasive squamous cell carcinoma, nonkeratinizing, "
      "p16 positive.", "head_and_neck", "C09"),
    F("FINAL DIAGNOSIS:,  Base of tongue, biopsy: squamous cell carcinoma, HPV associated.", "head_and_neck",
      "C01"),
    F("FINAL DIAGNOSIS:,  Left pyriform sinus, direct laryngoscopy and biopsy: invasive squamous cell "
      "carcinoma.", "head_and_neck", "C12"),
    F("FINAL DIAGNOSIS:,  Nasopharynx, biopsy: nonkeratinizing carcinoma, EBV-encoded RNA positive.",
      "head_and_neck", "C11"),
    F("FINAL DIAGNOSIS:,  Floor of mouth, anterior, biopsy: invasive squamous cell carcinoma, well "
      "differentiated.", "head_and_neck", "C04"),
    F("FINAL DIAGNOSIS:,  Right maxillary sinus mass, biopsy: sinonasal undifferentiated carcinoma.",
      "head_and_neck", "C31"),
    F("FINAL DIAGNOSIS:,  Left true vocal cord, biopsy: squamous papilloma with koilocytic change; no "
      "dysplasia.", "none"),
    F("FINAL DIAGNOSIS:,  Right eye, enucleation: choroidal melanoma, mixed cell type, 14 mm basal diameter.",
      "melanoma", "C69"),
    F("FINAL DIAGNOSIS:,  Skin, left cheek, shave: Merkel cell carcinoma, CK20 perinuclear dot positive.",
      "other_cancer", "C4A"),
    F("FINAL DIAGNOSIS:,  Skin, right shin, punch: lichen planus-like keratosis; negative for malignancy.",
      "none"),
    F("FINAL DIAGNOSIS:,  Left adrenal gland, adrenalectomy: adrenocortical carcinoma, 11 cm, with capsular "
      "and vascular invasion.", "other_cancer", "C74"),
    F("FINAL DIAGNOSIS:,  Lymph node, left axillary, excisional biopsy: classical Hodgkin lymphoma, nodular "
      "sclerosis type.", "lymphoma", "C81"),
    F("FINAL DIAGNOSIS:,  Lymph node, right cervical, excision: follicular lymphoma, grade 1-2 of 3.",
      "lymphoma", "C82"),
    F("FINAL DIAGNOSIS:,  Lymph node, inguinal, excision: diffuse large B-cell lymphoma, germinal center B-cell "
      "type, Ki-67 80 percent.", "lymphoma", "C83"),
    F("FINAL DIAGNOSIS:,  Lymph node, left supraclavicular, excision: reactive follicular hyperplasia; flow "
      "cytometry shows no monoclonal B-cell population.", "none"),
    F("FINAL DIAGNOSIS:,  Stomach, biopsy: extranodal marginal zone lymphoma of MALT type with "
      "lymphoepithelial lesions, Helicobacter pylori present.", "lymphoma", "C88"),
    F("FINAL DIAGNOSIS:,  Skin, left buttock, punch biopsy: mycosis fungoides, patch stage.", "lymphoma",
      "C84"),
    F("FINAL DIAGNOSIS:,  Bone marrow, aspirate and biopsy: acute myeloid leukemia with 46 percent myeloblasts, "
      "FLT3-ITD detected.", "leukemia", "C92"),
    F("FINAL DIAGNOSIS:,  Bone marrow, biopsy: chronic myelomonocytic leukemia, with 8 percent blasts.",
      "leukemia", "C93"),
    F("FINAL DIAGNOSIS:,  Bone marrow, biopsy: B-lymphoblastic leukemia, Philadelphia chromosome positive.",
      "leukemia", "C91"),
    F("FINAL DIAGNOSIS:,  Bone marrow, biopsy: plasma cell myeloma, kappa restricted, 40 percent plasma "
      "cells.", "myeloma", "C90"),
    F("FINAL DIAGNOSIS:,  Bone marrow, biopsy: normocellular marrow with trilineage hematopoiesis; 3 percent "
      "polytypic plasma cells; no evidence of lymphoma or leukemia.", "none"),
)

HISTORY: tuple[Form, ...] = (
    F("She was diagnosed with a stage IIA estrogen receptor positive left breast cancer in 2019, treated with "
      "lumpectomy and radiation, and she remains on adjuvant letrozole, now in her fourth year, tolerating it "
      "apart from arthralgias.", "breast", "C50"),
    F("She had a right breast cancer treated with mastectomy and four cycles of chemotherapy in 2009, "
      "finished tamoxifen in 2014 and has taken no cancer therapy since; her last mammogram of the left "
      "breast was normal.", "breast", "Z85"),
    F("PAST MEDICAL HISTORY:,  Hypertension, osteoarthritis of both knees, and breast cancer in 2012 status "
      "post lumpectomy and radiation, no recurrence.", "breast", "Z85"),
    F("He had stage III adenocarcinoma of the sigmoid colon resected in 2020 and completed six months of "
      "adjuvant FOLFOX in 2021; surveillance CT scans and CEA levels have been normal since, and his last "
      "colonoscopy a year ago was clear.", "colorectal", "Z85"),
    F("He is currently receiving cycle 5 of adjuvant CAPOX after a right hemicolectomy in March for a T3 N1 "
      "adenocarcinoma of the ascending colon and is here for neuropathy.", "colorectal", "C18"),
    F("He was treated for a rectal adenocarcinoma with chemoradiation followed by low anterior resection in "
      "2016, had his ileostomy reversed the following year and has had no evidence of disease on yearly "
      "imaging.", "colorectal", "Z85"),
    F("She has follicular lymphoma, diagnosed in 2022 and treated with bendamustine and rituximab, and is now "
      "receiving maintenance rituximab every 8 weeks with the next dose due next month.", "lymphoma", "C82"),
    F("He was treated for Hodgkin lymphoma with ABVD and mediastinal radiation in 1995 at age 19 and has had "
      "no disease since; he now follows with cardiology for radiation-related valve disease.", "lymphoma",
      "Z85"),
    F("She is in first complete remission of acute myeloid leukemia after induction and consolidation and "
      "continues on oral azacitidine maintenance.", "leukemia", "C92"),
    F("He had acute lymphoblastic leukemia at age 5, treated at a children's hospital, and has been off "
      "therapy for more than 30 years with normal blood counts.", "leukemia", "Z85"),
    F("His multiple myeloma is in very good partial response after autologous stem cell transplant in 2023, "
      "and he continues lenalidomide maintenance 10 mg daily.", "myeloma", "C90"),
    F("He underwent radical prostatectomy in 2011 for a Gleason 3+3 adenocarcinoma, and his PSA has remained "
      "undetectable on every check since.", "prostate", "Z85"),
    F("Seven years after his radical prostatectomy his PSA has risen to 0.8, consistent with biochemical "
      "recurrence of his prostate cancer, and he began salvage radiation with leuprolide this month.",
      "prostate", "C61"),
    F("He has a low-risk Gleason 3+3 prostate cancer found on biopsy last year that is being managed with "
      "active surveillance, with PSA every 6 months and a repeat biopsy planned.", "prostate", "C61"),
    F("She had a melanoma of the left shoulder, Breslow 0.6 mm, widely excised in 2015, and she sees "
      "dermatology every 6 months with no new or recurrent lesions.", "melanoma", "Z85"),
    F("Two years after wide excision of a melanoma on her right thigh she has developed several in-transit "
      "nodules between the scar and the groin, biopsy proven, and immunotherapy with nivolumab is planned.",
      "melanoma", "C43"),
    F("He underwent a left radical nephrectomy for clear cell renal cell carcinoma in 2014, and his annual "
      "chest and abdominal CT scans have shown no recurrence.", "kidney", "Z85"),
    F("He had a right upper lobectomy for a stage IB adenocarcinoma of the lung in 2017 and is followed with "
      "annual chest CT, most recently without evidence of recurrence.", "lung", "Z85"),
    F("Four years after her lobectomy for lung adenocarcinoma, a biopsy of a new right adrenal mass shows "
      "metastatic adenocarcinoma, TTF-1 positive, consistent with recurrence of her lung primary, and "
      "osimertinib has been started.", "lung", "C34|C79"),
    F("She had endometrial cancer treated with hysterectomy in 2018 and now has a biopsy-proven recurrence at "
      "the vaginal cuff, referred for brachytherapy.", "uterine", "C54"),
    F("She had stage IB cervical cancer treated with chemoradiation in 2010 and has had normal surveillance "
      "examinations and imaging since then.", "other_cancer", "Z85"),
    F("He had a left orchiectomy for seminoma in 2006 followed by a single dose of carboplatin and has been "
      "discharged from oncology follow-up.", "other_cancer", "Z85"),
    F("He has a history of bladder tumors resected transurethrally in 2019 and 2020, and his surveillance "
      "cystoscopies every 6 months since have been negative; no intravesical therapy now.", "bladder", "Z85"),
    F("He is receiving maintenance intravesical BCG, month 9 of the schedule, for a high-grade T1 urothelial "
      "carcinoma of the bladder resected last year.", "bladder", "C67"),
    F("She had a total thyroidectomy and radioactive iodine in 2013 for papillary thyroid carcinoma; she takes "
      "levothyroxine replacement and her thyroglobulin is undetectable with a normal neck ultrasound.",
      "thyroid", "Z85"),
    F("He is on chemoradiation with weekly cisplatin, week 4 of 7, for a p16 positive squamous cell carcinoma "
      "of the left tonsil, and has grade 2 mucositis.", "head_and_neck", "C09"),
    F("He had a total laryngectomy for laryngeal cancer in 2008 and speaks with a tracheoesophageal "
      "prosthesis; there has been no evidence of disease since.", "head_and_neck", "Z85"),
    F("She had ductal carcinoma in situ of the right breast treated with lumpectomy and radiation in 2016 "
      "and took no endocrine therapy; mammograms have been benign since.", "breast", "Z86"),
    F("She is 8 months into tamoxifen after lumpectomy for ductal carcinoma in situ of the left breast.",
      "breast", "D05"),
    F("PAST MEDICAL HISTORY:,1.  Type 2 diabetes.,2.  Chronic obstructive pulmonary disease.,3.  Colon "
      "cancer, status post resection in 2010, no chemotherapy.,4.  Gout.", "colorectal", "Z85"),
    F("PAST MEDICAL HISTORY:,  Chronic lymphocytic leukemia, diagnosed 2018, under observation without "
      "treatment, lymphocyte count stable.,  Atrial fibrillation.", "leukemia", "C91"),
    F("PAST MEDICAL HISTORY:,  Atrial fibrillation on apixaban.  Hyperlipidemia.  Benign prostatic "
      "hyperplasia.  Colonoscopy in 2021 with removal of two tubular adenomas.", "none"),
    F("He has a history of hepatitis C treated with sofosbuvir and is followed with liver ultrasound every 6 "
      "months for cirrhosis; the most recent study showed no focal lesion and a normal AFP.", "none"),
    F("She completed treatment for a stage II triple negative breast cancer 18 months ago and is now on no "
      "therapy, but a new 1.5 cm axillary node was biopsied this week and showed recurrent carcinoma.",
      "breast", "C50|C77"),
    F("Her pancreatic adenocarcinoma is locally advanced and she is on gemcitabine and nab-paclitaxel, cycle "
      "3, with stable disease on the last CT.", "pancreas", "C25"),
    F("He had a gastric adenocarcinoma treated by subtotal gastrectomy in 2012 without adjuvant therapy; "
      "surveillance endoscopy last year was normal apart from bile reflux.", "stomach", "Z85"),
    F("She is seen for her annual visit; there is no personal history of cancer, and her screening "
      "mammogram, Pap smear and colonoscopy are all up to date and normal.", "none"),
    F("He had a glioblastoma resected 14 months ago, completed radiation with temozolomide, and now continues "
      "adjuvant temozolomide, cycle 10, with stable MRI.", "brain", "C71"),
)

INSITU: tuple[Form, ...] = (
    F("FINAL DIAGNOSIS:,  Left breast, stereotactic core biopsy: ductal carcinoma in situ, intermediate "
      "nuclear grade, cribriform type, with calcifications; no invasive carcinoma seen.", "breast", "D05"),
    F("FINAL DIAGNOSIS:,  Right breast, lumpectomy: ductal carcinoma in situ, high grade, with a focus of "
      "microinvasion measuring 0.8 mm; margins negative.", "breast", "C50"),
    F("FINAL DIAGNOSIS:,  Left breast, excision: lobular carcinoma in situ, classic type, and atypical "
      "lobular hyperplasia; no invasive carcinoma.", "breast", "D05"),
    F("FINAL DIAGNOSIS:,  Right breast, core biopsy: atypical ductal hyperplasia involving a sclerosing "
      "papilloma; surgical excision recommended.", "none"),
    F("FINAL DIAGNOSIS:,  Left breast, excision after a core showing atypical ductal hyperplasia: atypical "
      "ductal hyperplasia, no carcinoma in situ or invasive carcinoma in the excised tissue.", "none"),
    F("FINAL DIAGNOSIS:,  Bladder, transurethral resection: urothelial carcinoma in situ, flat, involving "
      "multiple fragments; muscularis propria free.", "bladder", "D09"),
    F("FINAL DIAGNOSIS:,  Bladder, dome, transurethral resection: papillary urothelial carcinoma, low grade, "
      "noninvasive (pTa).", "bladder", "C67"),
    F("FINAL DIAGNOSIS:,  Bladder, biopsy of an erythematous patch: chronic cystitis with von Brunn nests; "
      "no dysplasia or carcinoma in situ.", "none"),
    F("FINAL DIAGNOSIS:,  Cervix, loop electrosurgical excision: high-grade squamous intraepithelial lesion, "
      "CIN 3, extending to the endocervical margin; no invasion.", "other_cancer", "D06"),
    F("FINAL DIAGNOSIS:,  Cervix, loop excision: CIN 2 with clear margins.", "none"),
    F("FINAL DIAGNOSIS:,  Cervix, cone biopsy: squamous cell carcinoma, depth of stromal invasion 2 mm, "
      "horizontal extent 5 mm, FIGO stage IA1; margins free.", "other_cancer", "C53"),
    F("FINAL DIAGNOSIS:,  Cervix, endocervical curettage: adenocarcinoma in situ of the endocervix.",
      "other_cancer", "D06"),
    F("FINAL DIAGNOSIS:,  Skin, left forearm, excision: melanoma in situ, lentigo maligna type, margins "
      "clear by 4 mm.", "melanoma", "D03"),
    F("FINAL DIAGNOSIS:,  Skin, right upper back, excision: invasive melanoma arising in a melanoma in situ, "
      "Breslow thickness 0.4 mm, no ulceration.", "melanoma", "C43"),
    F("FINAL DIAGNOSIS:,  Skin, right scalp, shave: squamous cell carcinoma in situ (Bowen disease), "
      "extending to the base.", "other_cancer", "D04"),
    F("FINAL DIAGNOSIS:,  Skin, left temple, shave: hypertrophic actinic keratosis with no invasive "
      "component.", "none"),
    F("FINAL DIAGNOSIS:,  Skin, back, punch: compound dysplastic nevus with severe cytologic atypia, margins "
      "involved; re-excision advised.", "none"),
    F("FINAL DIAGNOSIS:,  Vulva, biopsy: differentiated vulvar intraepithelial neoplasia (VIN 3) without "
      "invasion.", "other_cancer", "D07"),
    F("FINAL DIAGNOSIS:,  Left true vocal cord, stripping: squamous carcinoma in situ; no invasion in the "
      "material examined.", "head_and_neck", "D02"),
    F("FINAL DIAGNOSIS:,  Left lateral tongue, biopsy: leukoplakia with mild squamous dysplasia.", "none"),
    F("FINAL DIAGNOSIS:,  Esophagus, 36 cm, biopsies: Barrett esophagus with intestinal metaplasia, "
      "negative for dysplasia.", "none"),
    F("FINAL DIAGNOSIS:,  Sigmoid colon, polypectomy: tubular adenoma with focal high-grade dysplasia, "
      "completely removed; no invasive carcinoma.", "none"),
    F("FINAL DIAGNOSIS:,  Sigmoid colon, polypectomy: adenocarcinoma arising in a tubulovillous adenoma, "
      "invading the stalk submucosa, Haggitt level 2; stalk margin clear.", "colorectal", "C18"),
    F("FINAL DIAGNOSIS:,  Prostate, 12-core needle biopsy: high-grade prostatic intraepithelial neoplasia in "
      "two cores; no invasive carcinoma.", "none"),
    F("FINAL DIAGNOSIS:,  Prostate, 12-core needle biopsy: adenocarcinoma, Gleason score 3+4=7, grade group "
      "2, in 4 of 12 cores.", "prostate", "C61"),
    F("FINAL DIAGNOSIS:,  Endometrium, biopsy: atypical endometrial hyperplasia, endometrial intraepithelial "
      "neoplasia type.", "none"),
    F("She had a stereotactic biopsy of clustered calcifications that showed ductal carcinoma in situ, and "
      "the re-excision is scheduled after the first margin was positive for DCIS.", "breast", "D05"),
    F("The right breast core biopsy reported DCIS but the surgical specimen showed a 6 mm invasive ductal "
      "carcinoma in addition, so a sentinel node biopsy will be performed.", "breast", "C50"),
)

LISTS: tuple[Form, ...] = (
    F("DISCHARGE DIAGNOSES:,1.  Community-acquired pneumonia, improved.,2.  Congestive heart failure with "
      "preserved ejection fraction.,3.  Adenocarcinoma of the sigmoid colon, pT3 N1a M0, on adjuvant "
      "capecitabine.,4.  Chronic kidney disease stage 3.,5.  Hypothyroidism.,6.  Depression.", "colorectal",
      "C18"),
    F("DISCHARGE DIAGNOSES:,1.  Acute on chronic hypoxic respiratory failure.,2.  COPD exacerbation.,3.  "
      "Small cell lung cancer, extensive stage, on carboplatin and etoposide.,4.  Hyponatremia due to SIADH.,"
      "5.  Anemia of chronic disease.", "lung", "C34"),
    F("ASSESSMENT:,1.  Hypertension, controlled.,2.  Hyperlipidemia.,3.  Prostate cancer, status post "
      "brachytherapy in 2012, PSA 0.1, no treatment.,4.  Erectile dysfunction.,5.  Obesity.", "prostate",
      "Z85"),
    F("ASSESSMENT AND PLAN:,1.  Diabetes mellitus type 2, A1c 7.8.,2.  Family history of colon cancer in "
      "his father at age 52, so colonoscopy every 5 years.,3.  Hypertension.,4.  Tobacco use, counseled.",
      "none"),
    F("ASSESSMENT:,1.  Chest pain, noncardiac.,2.  Right lower lobe pulmonary nodule 7 mm, follow-up CT "
      "in 6 months per Fleischner criteria.,3.  Gastroesophageal reflux disease.,4.  Anxiety.", "none"),
    F("ASSESSMENT:,1.  Elevated PSA at 6.2.,2.  Lower urinary tract symptoms.,3.  Prostate biopsy "
      "scheduled next week; results to follow.", "none"),
    F("IMPRESSION:,1.  Diffuse large B-cell lymphoma, stage IVB, status post 3 cycles of R-CHOP.,2.  "
      "Neutropenic fever.,3.  Hypokalemia.,4.  Oral candidiasis.", "lymphoma", "C83"),
    F("IMPRESSION:,1.  Classical Hodgkin lymphoma, Ann Arbor stage IIIB, to begin chemotherapy.,2.  "
      "Iron deficiency.,3.  Night sweats.", "lymphoma", "C81"),
    F("DIAGNOSES:,1.  Acute kidney injury.,2.  Hypercalcemia.,3.  Multiple myeloma, IgG kappa, newly "
      "diagnosed, starting bortezomib, lenalidomide and dexamethasone.,4.  Lytic lesions of the spine.",
      "myeloma", "C90"),
    F("DIAGNOSES:,1.  Monoclonal gammopathy of undetermined significance, IgG lambda, M-spike 0.6, stable.,"
      "2.  Osteopenia.,3.  Peripheral neuropathy, diabetic.", "none"),
    F("DIAGNOSIS:,  Adenocarcinoma of the prostate, Gleason 4+3=7, PSA 11.4, clinical stage T2b, "
      "negative bone scan.", "prostate", "C61"),
    F("DIAGNOSIS:,  Superficial spreading melanoma of the left upper back, Breslow 1.2 mm, Clark level IV, "
      "nonulcerated, mitoses 2 per mm2, pT2a.", "melanoma", "C43"),
    F("DIAGNOSIS:,  Endometrioid adenocarcinoma of the endometrium, FIGO grade 2, stage IB, lymphovascular "
      "invasion present.", "uterine", "C54"),
    F("DIAGNOSIS:,  High-grade serous carcinoma of the ovary, FIGO stage IIIC, status post optimal "
      "debulking, on carboplatin and paclitaxel cycle 2.", "other_cancer", "C56"),
    F("DIAGNOSIS:,  Squamous cell carcinoma of the cervix, FIGO stage IIB, on concurrent cisplatin and pelvic "
      "radiation.", "other_cancer", "C53"),
    F("DIAGNOSIS:,  Invasive ductal carcinoma of the right breast, pT2 N1a M0, ER positive, PR positive, HER2 "
      "negative, status post mastectomy, on anastrozole.", "breast", "C50"),
    F("DIAGNOSIS:,  Clear cell renal cell carcinoma of the left kidney, pT3a N0, status post radical "
      "nephrectomy last month.", "kidney", "C64|Z85"),
    F("DIAGNOSIS:,  Papillary thyroid carcinoma, pT1b N1a, status post total thyroidectomy, for radioactive "
      "iodine ablation next month.", "thyroid", "C73"),
    F("DIAGNOSIS:,  Squamous cell carcinoma of the supraglottic larynx, T3 N2b M0, on induction "
      "chemotherapy.", "head_and_neck", "C32"),
    F("DIAGNOSIS:,  Hepatocellular carcinoma, BCLC stage B, Child-Pugh A, status post transarterial "
      "chemoembolization.", "liver", "C22"),
    F("DIAGNOSIS:,  Metastatic adenocarcinoma of the colon to the liver and lungs, primary not resected, on FOLFIRI "
      "and bevacizumab.", "colorectal", "C18"),
    F("DIAGNOSIS:,  Liver metastases from a rectal primary resected in 2021, now for partial hepatectomy of "
      "segments 6 and 7.", "colorectal", "C20|C78"),
    F("DIAGNOSIS:,  Metastatic carcinoma to the liver and bone, primary unknown, CK7 positive, CK20 negative, "
      "TTF-1 negative; work-up of the primary in progress.", "other_cancer", "C78|C79|C80"),
    F("DIAGNOSIS:,  Adenocarcinoma of unknown primary involving the peritoneum and omentum.", "other_cancer",
      "C78|C80"),
    F("DIAGNOSIS:,  Acute promyelocytic leukemia, PML-RARA positive, on all-trans retinoic acid and arsenic "
      "trioxide.", "leukemia", "C92"),
    F("DIAGNOSIS:,  Chronic myeloid leukemia in chronic phase, on imatinib, major molecular response.",
      "leukemia", "C92"),
    F("DIAGNOSIS:,  Hairy cell leukemia with pancytopenia and splenomegaly, starting cladribine.", "leukemia",
      "C91"),
    F("DIAGNOSIS:,  Essential thrombocythemia, JAK2 positive, on hydroxyurea.", "none"),
    F("DIAGNOSIS:,  Myelodysplastic syndrome with ring sideroblasts, transfusion dependent, on "
      "luspatercept.", "none"),
    F("PROBLEM LIST:,  Gastroesophageal reflux disease; Barrett esophagus without dysplasia; obstructive sleep "
      "apnea on CPAP; benign essential tremor; screening colonoscopy 2022 normal.", "none"),
    F("PROBLEM LIST:,  Hypertension; non-small cell lung cancer of the left upper lobe, stage IIIA, on "
      "durvalumab consolidation after chemoradiation; COPD; peripheral vascular disease.", "lung", "C34"),
    F("The patient is a 67-year-old man with pancreatic adenocarcinoma metastatic to the liver, diagnosed by "
      "biopsy of a liver lesion 2 months ago with the primary in the pancreatic body, admitted for "
      "uncontrolled pain.", "pancreas", "C25"),
    F("She has metastatic breast cancer to bone and liver, ER positive, and is admitted with a pathological "
      "fracture of the left femur; she is on palbociclib and letrozole.", "breast", "C50"),
    F("He has stage IV non-small cell lung cancer with multiple brain metastases treated with whole brain "
      "radiation and is on pembrolizumab.", "lung", "C34"),
    F("She is a 58-year-old woman with hypertension, hypothyroidism, migraine and a strong family history, "
      "her mother and two aunts having had ovarian cancer, referred to genetics for counseling.", "none"),
    F("He is a 72-year-old man with coronary artery disease, atrial fibrillation, chronic kidney disease and "
      "a 4.5 cm abdominal aortic aneurysm who is referred for endovascular repair.", "none"),
)

LOOKALIKE: tuple[Form, ...] = (
    F("PREOPERATIVE DIAGNOSIS:,  Subcutaneous mass of the right flank.,POSTOPERATIVE DIAGNOSIS:,  Lipoma, "
      "right flank.,PROCEDURE:,  Excision of a 6 cm subcutaneous mass.,PATHOLOGY:,  Mature adipose tissue "
      "consistent with lipoma.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Enlarging mass of the left thigh, presumed lipoma.,POSTOPERATIVE "
      "DIAGNOSIS:,  Well-differentiated liposarcoma on final pathology.,PROCEDURE:,  Marginal excision of the "
      "mass.", "other_cancer", "C49"),
    F("PREOPERATIVE DIAGNOSIS:,  Pelvic mass.,POSTOPERATIVE DIAGNOSIS:,  Pelvic mass, frozen section "
      "benign.,PROCEDURE:,  Laparoscopic left salpingo-oophorectomy.,PATHOLOGY:,  Serous cystadenofibroma of "
      "the left ovary.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Neck mass.,POSTOPERATIVE DIAGNOSIS:,  Neck mass, final pathology pending.,"
      "PROCEDURE:,  Excisional biopsy of a left level II lymph node.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Epidermal inclusion cyst of the upper back.,POSTOPERATIVE DIAGNOSIS:,  "
      "Same.,PROCEDURE:,  Excision of the cyst with layered closure.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Presumed fibroadenoma of the right breast.,POSTOPERATIVE DIAGNOSIS:,  "
      "Right breast mass.,PROCEDURE:,  Excision.,PATHOLOGY:,  Invasive lobular carcinoma, 1.8 cm, margins "
      "close.", "breast", "C50"),
    F("PREOPERATIVE DIAGNOSIS:,  Screening colonoscopy, average risk.,POSTOPERATIVE DIAGNOSIS:,  Normal "
      "colonoscopy to the cecum; small internal hemorrhoids.,PROCEDURE:,  Colonoscopy.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Surveillance colonoscopy for a history of adenomatous polyps.,POSTOPERATIVE "
      "DIAGNOSIS:,  Two diminutive sigmoid polyps removed by cold snare; pathology tubular adenomas.,"
      "PROCEDURE:,  Colonoscopy with polypectomy.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Iron deficiency anemia.,POSTOPERATIVE DIAGNOSIS:,  Fungating mass of the "
      "transverse colon, biopsied; pathology showed invasive adenocarcinoma.,PROCEDURE:,  Colonoscopy with "
      "biopsy and tattooing.", "colorectal", "C18"),
    F("PREOPERATIVE DIAGNOSIS:,  Dysphagia.,POSTOPERATIVE DIAGNOSIS:,  Schatzki ring, dilated; short-segment "
      "Barrett esophagus, biopsied.,PROCEDURE:,  Esophagogastroduodenoscopy with dilation and biopsy.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Actinic keratoses of the face and scalp.,POSTOPERATIVE DIAGNOSIS:,  Same.,"
      "PROCEDURE:,  Cryotherapy of eleven actinic keratoses.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Pigmented lesion of the left shoulder, rule out melanoma.,POSTOPERATIVE "
      "DIAGNOSIS:,  Same.,PROCEDURE:,  Excisional biopsy.,PATHOLOGY:,  Seborrheic keratosis, pigmented; no "
      "melanocytic atypia.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Pituitary macroadenoma with visual field loss.,POSTOPERATIVE DIAGNOSIS:,  "
      "Same.,PROCEDURE:,  Endoscopic transsphenoidal resection.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Right vestibular schwannoma.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  "
      "Retrosigmoid craniotomy and subtotal resection.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Right lower lobe bronchiectasis with recurrent hemoptysis.,POSTOPERATIVE "
      "DIAGNOSIS:,  Same.,PROCEDURE:,  Right lower lobectomy.,PATHOLOGY:,  Bronchiectasis with chronic "
      "inflammation; no neoplasm.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Left parotid mass.,POSTOPERATIVE DIAGNOSIS:,  Warthin tumor of the left "
      "parotid.,PROCEDURE:,  Left superficial parotidectomy with facial nerve monitoring.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Thyroid nodule, Bethesda III.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  "
      "Left thyroid lobectomy.,PATHOLOGY:,  Hyperplastic nodule in a background of lymphocytic "
      "thyroiditis.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Thyroid nodule, Bethesda IV.,POSTOPERATIVE DIAGNOSIS:,  Follicular thyroid "
      "carcinoma with capsular and vascular invasion on final pathology.,PROCEDURE:,  Right thyroid "
      "lobectomy, with completion thyroidectomy to follow.", "thyroid", "C73"),
    F("PREOPERATIVE DIAGNOSIS:,  Renal mass on the left, 4 cm.,POSTOPERATIVE DIAGNOSIS:,  Same.,PROCEDURE:,  "
      "Left partial nephrectomy.,PATHOLOGY:,  Pending at the time of dictation.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Splenomegaly with thrombocytopenia.,POSTOPERATIVE DIAGNOSIS:,  Same.,"
      "PROCEDURE:,  Laparoscopic splenectomy.,PATHOLOGY:,  Congestive splenomegaly; no lymphoma by "
      "morphology and flow cytometry.", "none"),
    F("PREOPERATIVE DIAGNOSIS:,  Splenomegaly.,POSTOPERATIVE DIAGNOSIS:,  Splenic marginal zone lymphoma on "
      "final pathology.,PROCEDURE:,  Laparoscopic splenectomy.", "lymphoma", "C83|C88"),
    F("A screening mammogram showed a focal asymmetry, and the diagnostic mammogram and ultrasound that "
      "followed were read as BI-RADS 2, benign, with a return to routine annual screening.", "none"),
    F("A low-dose CT for lung cancer screening in this 30 pack-year smoker showed only a 4 mm solid nodule, "
      "Lung-RADS 2, with annual screening to continue.", "none"),
    F("His PSA was 2.1, unchanged from last year, and after a discussion of the benefits and harms of "
      "screening he chose to continue checking it every two years.", "none"),
    F("A CEA, CA 19-9 and CA-125 were sent by the outside physician for vague abdominal bloating, all within "
      "normal limits, and her CT of the abdomen and pelvis was unremarkable.", "none"),
    F("An AFP and a liver ultrasound were ordered as part of her hepatitis B monitoring; she has no cirrhosis "
      "and no history of liver lesions.", "none"),
    F("Her sister was treated for breast cancer at 41 and tested positive for BRCA1, so the patient, who has "
      "had no cancer herself, is here to discuss testing and enhanced screening.", "none"),
    F("He is his wife's caregiver while she receives chemotherapy for lymphoma, and he reports poor sleep and "
      "low mood.", "none"),
    F("The bone marrow biopsy done for her anemia showed no lymphoma, leukemia or myeloma, and the small "
      "monoclonal protein was judged to be MGUS, to be followed yearly.", "none"),
    F("An incidental 2.2 cm left adrenal nodule with a density of 5 Hounsfield units was found on CT, most "
      "consistent with a lipid-rich adenoma, and biochemical testing was normal.", "none"),
    F("A hypoechoic breast mass on ultrasound prompted a core biopsy, which showed pseudoangiomatous stromal "
      "hyperplasia with no atypia.", "none"),
    F("The colonoscopy done for rectal bleeding found a 3 cm ulcerated mass at 8 cm from the anal verge, "
      "and the biopsies returned invasive adenocarcinoma; staging MRI of the pelvis is scheduled.",
      "colorectal", "C20"),
    F("The endometrial biopsy done for postmenopausal bleeding showed atrophic endometrium only, and the "
      "pelvic ultrasound showed a 3 mm endometrial stripe.", "none"),
    F("The renal mass seen on ultrasound was a Bosniak II cyst on follow-up CT and needs no further "
      "imaging.", "none"),
    F("A shave biopsy of the lesion on his nose that was thought to be a basal cell carcinoma showed a "
      "sebaceous hyperplasia only.", "none"),
    F("A shave biopsy of the pearly papule on his upper lip showed a nodular basal cell carcinoma, and he is "
      "referred for Mohs surgery.", "other_cancer", "C44"),
    F("The nodule in her left lobe of the thyroid was biopsied twice with benign follicular cytology and "
      "has not changed in size over five years.", "none"),
    F("He was admitted with painless jaundice and a pancreatic head mass on CT; the brushings from the ERCP "
      "are pending and a CA 19-9 was sent.", "none"),
)

FORMS: dict[str, tuple[Form, ...]] = {
    "procedure": PROCEDURE,
    "subsite": SUBSITE,
    "history": HISTORY,
    "insitu": INSITU,
    "lists": LISTS,
    "lookalike": LOOKALIKE,
}

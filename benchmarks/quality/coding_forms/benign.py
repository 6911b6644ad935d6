"""(i) Benign and premalignant look-alikes, and "tumor" of a non-malignant nature: no cancer."""

from benchmarks.quality.coding_forms import Form

FORMS = (
    Form("FINAL DIAGNOSIS: Sigmoid colon, polypectomy: Tubular adenoma. Negative for high-grade dysplasia.",
         "none"),
    Form("DIAGNOSIS: Left breast, core biopsy: Fibroadenoma.", "none"),
    Form("DIAGNOSIS: Skin, mid back, shave biopsy: Compound melanocytic nevus, benign.", "none"),
    Form("A 3 cm lipoma of the posterior neck was excised in the office.", "none"),
    Form("MRI shows a stable left vestibular schwannoma (acoustic neuroma).", "none"),
    Form("Pituitary macroadenoma causing bitemporal hemianopsia, for transsphenoidal resection.", "none"),
    Form("A 2 cm hepatic hemangioma was incidentally found on CT.", "none"),
    Form("FINAL DIAGNOSIS: Uterus, hysterectomy: Leiomyomata, largest 5 cm. Proliferative endometrium.", "none"),
    Form("Right adrenal adenoma, nonfunctioning, 1.5 cm, stable.", "none"),
    Form("Meningioma of the left convexity, WHO grade 1, resected without complication.", "none"),
    Form("FINAL DIAGNOSIS: Thyroid, right lobe, lobectomy: Follicular adenoma; no capsular or vascular "
         "invasion.", "none"),
    Form("FINAL DIAGNOSIS: Parotid gland, left, superficial parotidectomy: Pleomorphic adenoma.", "none"),
    Form("DIAGNOSIS: Kidney, right, partial nephrectomy: Angiomyolipoma.", "none"),
    Form("Giant cell tumor of the tendon sheath of the right index finger was excised.", "none"),
    Form("Benign prostatic hyperplasia with a PSA of 2.1.", "none"),
    Form("DIAGNOSIS: Urinary bladder, biopsy: Inverted urothelial papilloma.", "none"),
    Form("She has idiopathic intracranial hypertension (pseudotumor cerebri).", "none"),
    Form("Warthin tumor of the right parotid gland, followed clinically.", "none"),
    Form("Osteochondroma of the distal left femur, asymptomatic.", "none"),
    Form("Monoclonal gammopathy of undetermined significance, monitored yearly with SPEP.", "none"),
    Form("Actinic keratoses of the scalp were treated with cryotherapy.", "none"),
    Form("Pap smear shows a low-grade squamous intraepithelial lesion (LSIL).", "none"),
    Form("Barrett's esophagus without dysplasia on surveillance biopsies.", "none"),
    Form("DIAGNOSIS: Breast, right, excision: Benign phyllodes tumor, margins negative.", "none"),
    Form("Hepatic adenoma in a woman taking oral contraceptives.", "none"),
)

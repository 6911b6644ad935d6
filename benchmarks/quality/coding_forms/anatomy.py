"""(f) Active cancers whose site comes from the anatomy of a pathology line or an operative sentence."""

from benchmarks.quality.coding_forms import Form

FORMS = (
    Form("FINAL DIAGNOSIS: Right upper lobe, wedge resection: Adenocarcinoma, acinar predominant, 1.8 cm. "
         "Margins negative.", "lung", "C34"),
    Form("FINAL DIAGNOSIS: Appendix, appendectomy: Mucinous adenocarcinoma, well differentiated, invading the "
         "muscularis propria.", "colorectal", "C18"),
    Form("DIAGNOSIS: Prostate, right base and right mid, needle biopsies: Adenocarcinoma, Gleason score "
         "3+4=7, involving 30% of the tissue.", "prostate", "C61"),
    Form("DIAGNOSIS: Prostate, left apex, needle core biopsy: Gleason 3+4=7 (Grade Group 2), 2 of 2 cores "
         "involved.", "prostate", "C61"),
    Form("FINAL DIAGNOSIS: Sigmoid colon, segmental resection: Invasive adenocarcinoma, moderately "
         "differentiated, extending into pericolonic fat (pT3). Fourteen lymph nodes negative (0/14).",
         "colorectal", "C18"),
    Form("DIAGNOSIS: Left breast, 2 o'clock, ultrasound-guided core biopsy: Invasive ductal carcinoma, Nottingham "
         "grade 2.", "breast", "C50"),
    Form("DIAGNOSIS: Stomach, antrum, endoscopic biopsy: Poorly differentiated adenocarcinoma with signet ring "
         "cells.", "stomach", "C16"),
    Form("FINAL DIAGNOSIS: Pancreas, head, pancreaticoduodenectomy: Invasive ductal adenocarcinoma, 3.2 cm, "
         "moderately differentiated.", "pancreas", "C25"),
    Form("FINAL DIAGNOSIS: Left kidney, radical nephrectomy: Clear cell carcinoma, WHO/ISUP grade 2, confined to "
         "the kidney.", "kidney", "C64"),
    Form("DIAGNOSIS: Liver, segment 4, core biopsy: Intrahepatic cholangiocarcinoma.", "liver", "C22"),
    Form("FINAL DIAGNOSIS: Thyroid, left lobe, lobectomy: Papillary carcinoma, classic type, 1.2 cm.", "thyroid",
         "C73"),
    Form("FINAL DIAGNOSIS: Urinary bladder, transurethral resection: High-grade papillary urothelial carcinoma "
         "invading the lamina propria; muscularis propria present and uninvolved.", "bladder", "C67"),
    Form("FINAL DIAGNOSIS: Rectum, low anterior resection: Residual adenocarcinoma after neoadjuvant therapy, "
         "ypT2 N0.", "colorectal", "C20"),
    Form("DIAGNOSIS: Endometrium, curettage: Endometrioid adenocarcinoma, FIGO grade 1.", "uterine", "C54"),
    Form("FINAL DIAGNOSIS: Tongue, left lateral, partial glossectomy: Invasive squamous cell carcinoma, "
         "moderately differentiated, depth of invasion 6 mm.", "head_and_neck", "C02"),
    Form("FINAL DIAGNOSIS: Brain, right frontal lobe, resection: Glioblastoma, IDH-wildtype, WHO grade 4.",
         "brain", "C71"),
    Form("DIAGNOSIS: Left lower lobe, CT-guided needle biopsy: Non-small cell carcinoma, favor squamous cell "
         "carcinoma.", "lung", "C34"),
    Form("FINAL DIAGNOSIS: Cecum, right hemicolectomy: Adenocarcinoma arising in a tubulovillous adenoma.",
         "colorectal", "C18"),
    Form("FINAL DIAGNOSIS: Skin, right upper back, excision: Malignant melanoma, superficial spreading type, "
         "Breslow depth 0.8 mm.", "melanoma", "C43"),
    Form("FINAL DIAGNOSIS: Right ovary and fallopian tube, salpingo-oophorectomy: High-grade serous "
         "carcinoma.", "other_cancer", "C56"),
    Form("DIAGNOSIS: Esophagus, distal, biopsy: Adenocarcinoma arising in Barrett esophagus.", "other_cancer",
         "C15"),
    Form("FINAL DIAGNOSIS: Lymph node, right axillary, excision: Diffuse large B-cell lymphoma.", "lymphoma",
         "C83"),
    Form("DIAGNOSIS: Bone marrow, core biopsy: Plasma cell myeloma, 60% of marrow cellularity.", "myeloma",
         "C90"),
    Form("A wedge resection of the right lower lobe mass was performed, and frozen section showed "
         "adenocarcinoma.", "lung", "C34"),
    Form("Frozen section of the left thyroid lobe returned papillary carcinoma, so completion thyroidectomy was "
         "performed.", "thyroid", "C73"),
)

"""(e) The patient's own cancer given as history (Z85 / Z86), and a few under treatment now (active code).

Labelling rule (docs/coding.md, "Personal history"; ICD-10-CM guideline I.C.2.d): a cancer excised or
treated in the past, with no treatment directed to it now and no evidence of disease, is personal
history (Z85, Z86 for in situ); one present or under treatment keeps its C/D code; leukaemia and
myeloma keep their category (their history is the "in remission" child).
"""

from benchmarks.quality.coding_forms import Form

FORMS = (
    Form("She has a history of breast cancer s/p left mastectomy in 2010, with no evidence of recurrence.",
         "breast", "Z85"),
    Form("PAST MEDICAL HISTORY: Prostate cancer, treated with radical prostatectomy in 2012. Hypertension.",
         "prostate", "Z85"),
    Form("He is a survivor of Hodgkin lymphoma treated with ABVD in his twenties.", "lymphoma", "Z85"),
    Form("History of colon cancer status post right hemicolectomy in 2015; here for surveillance colonoscopy.",
         "colorectal", "Z85"),
    Form("Remote history of melanoma of the back, excised in 2008.", "melanoma", "Z85"),
    Form("She had thyroid cancer treated with total thyroidectomy and radioactive iodine in 2005.", "thyroid",
         "Z85"),
    Form("Past history significant for bladder cancer, status post TURBT in 2016, with negative surveillance "
         "cystoscopies since.", "bladder", "Z85"),
    Form("Status post left nephrectomy for renal cell carcinoma in 2011.", "kidney", "Z85"),
    Form("Her endometrial cancer was treated with hysterectomy in 2009 and has not recurred.", "uterine", "Z85"),
    Form("He has a remote history of lung cancer, status post right upper lobectomy in 2007.", "lung", "Z85"),
    Form("Personal history of cervical cancer treated with radiation in 1995.", "other_cancer", "Z85"),
    Form("History of squamous cell carcinoma of the larynx treated with radiation, now ten years disease "
         "free.", "head_and_neck", "Z85"),
    Form("PAST MEDICAL HISTORY: Hypertension, hyperlipidemia, and breast cancer (lumpectomy and radiation, "
         "2014).", "breast", "Z85"),
    Form("He had a gastric cancer resected by subtotal gastrectomy eight years ago.", "stomach", "Z85"),
    Form("History of DCIS of the right breast, status post lumpectomy in 2018.", "breast", "Z86"),
    Form("Acute lymphoblastic leukemia as a child, in complete remission since 1998.", "leukemia", "C91"),
    Form("History of breast cancer, now with biopsy-proven chest wall recurrence, on capecitabine.", "breast",
         "C50"),
    Form("Metastatic prostate cancer diagnosed in 2019, currently on enzalutamide.", "prostate", "C61"),
    Form("Multiple myeloma diagnosed in 2020, on lenalidomide maintenance.", "myeloma", "C90"),
    Form("She completed adjuvant chemotherapy for stage II colon cancer in 2016 and remains without evidence "
         "of disease.", "colorectal", "Z85"),
)

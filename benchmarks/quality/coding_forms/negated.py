"""(a) Negated, ruled-out, no evidence of malignancy: no cancer."""

from benchmarks.quality.coding_forms import Form

FORMS = (
    Form("Pathology showed no evidence of malignancy.", "none"),
    Form("FINAL DIAGNOSIS: Left breast, 10 o'clock, core needle biopsy: Fibrocystic changes with apocrine "
         "metaplasia. Negative for atypia and malignancy.", "none"),
    Form("The sentinel lymph nodes were negative for metastatic carcinoma.", "none"),
    Form("CT of the chest showed no evidence of lung cancer.", "none"),
    Form("Colonoscopy to the cecum was negative for colon cancer or polyps.", "none"),
    Form("She denies any personal history of breast cancer.", "none"),
    Form("There is no evidence of lymphoma on the bone marrow biopsy.", "none"),
    Form("DIAGNOSIS: Bone marrow, aspirate and core biopsy: Normocellular marrow with trilineage hematopoiesis. "
         "No evidence of leukemia or lymphoma.", "none"),
    Form("The prostate biopsy was benign, with no carcinoma seen in any of the 12 cores.", "none"),
    Form("Cytology of the pleural fluid was negative for malignant cells.", "none"),
    Form("FINAL DIAGNOSIS: Skin, left shoulder, shave biopsy: Seborrheic keratosis, irritated. No evidence of "
         "melanoma.", "none"),
    Form("Urine cytology is negative for high-grade urothelial carcinoma.", "none"),
    Form("Fine-needle aspiration of the thyroid nodule was benign (Bethesda II), without features of papillary "
         "carcinoma.", "none"),
    Form("He has never been diagnosed with cancer.", "none"),
    Form("The liver biopsy showed steatohepatitis without evidence of hepatocellular carcinoma.", "none"),
    Form("MRI of the brain demonstrates no mass and no evidence of a brain tumor.", "none"),
    Form("DIAGNOSIS: Stomach, antrum, endoscopic biopsies: Chronic active gastritis with Helicobacter pylori "
         "organisms. Negative for intestinal metaplasia, dysplasia and malignancy.", "none"),
    Form("Malignancy has been ruled out by the excisional biopsy.", "none"),
    Form("Pancreatic cancer was excluded by endoscopic ultrasound with fine-needle aspiration.", "none"),
    Form("Work-up for an occult malignancy, including CT of the chest, abdomen and pelvis, was unremarkable.",
         "none"),
    Form("The skin lesion was removed and was not cancerous.", "none"),
    Form("Her mammogram was BI-RADS 1, negative, with no findings suspicious for breast carcinoma.", "none"),
)

"""(c) Hypothetical, evaluate for, rule out, concerning for, in a work-up without tissue: no cancer."""

from benchmarks.quality.coding_forms import Form

FORMS = (
    Form("She is referred to evaluate for possible breast cancer after an abnormal screening mammogram.",
         "none"),
    Form("Colonoscopy was performed to rule out colon cancer.", "none"),
    Form("A CT of the chest is ordered to rule out malignancy.", "none"),
    Form("The PSA is 9.8, concerning for prostate cancer, and a transrectal biopsy is scheduled.", "none"),
    Form("The spiculated nodule is suspicious for lung cancer and a bronchoscopy will be arranged.", "none"),
    Form("If the biopsy shows lymphoma, she will be referred to hematology-oncology.", "none"),
    Form("We discussed her lifetime risk of developing ovarian cancer given her BRCA1 mutation.", "none"),
    Form("A screening mammogram was ordered for breast cancer screening.", "none"),
    Form("Flow cytometry is pending to rule out chronic lymphocytic leukemia.", "none"),
    Form("She was counseled on the warning signs of melanoma and advised to have annual skin examinations.",
         "none"),
    Form("Thyroid ultrasound shows a 2 cm solid hypoechoic nodule concerning for malignancy; fine-needle "
         "aspiration is recommended.", "none"),
    Form("Serum protein electrophoresis was sent to evaluate for multiple myeloma.", "none"),
    Form("Work-up for possible hepatocellular carcinoma will include a triple-phase CT of the liver.", "none"),
    Form("Cystoscopy will be done to exclude bladder cancer as the source of the hematuria.", "none"),
    Form("He is worried that he may have stomach cancer like his coworker.", "none"),
    Form("Should the frozen section show carcinoma, we will proceed with total thyroidectomy.", "none"),
    Form("A 4 cm enhancing left renal mass on CT, likely renal cell carcinoma; she will see urology to discuss "
         "partial nephrectomy.", "none"),
    Form("INDICATION: Cough and weight loss in a smoker. Evaluate for lung cancer.", "none"),
    Form("The pancreatic head mass is worrisome for adenocarcinoma; EUS with fine-needle aspiration is "
         "planned.", "none"),
    Form("The patient asked whether her headaches could be a brain tumor, and she was reassured.", "none"),
)

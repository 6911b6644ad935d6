"""(b) Differential diagnoses and possibility lists: no cancer."""

from benchmarks.quality.coding_forms import Form

FORMS = (
    Form("The differential diagnosis includes lymphoma, sarcoidosis and tuberculosis.", "none"),
    Form("Possibilities include metastatic disease versus an infectious process.", "none"),
    Form("DIFFERENTIAL DIAGNOSIS: 1. Community-acquired pneumonia. 2. Lung cancer with postobstructive "
         "pneumonia. 3. Pulmonary embolism.", "none"),
    Form("DDx: hepatocellular carcinoma vs focal nodular hyperplasia vs hemangioma.", "none"),
    Form("The ring-enhancing lesion may represent a primary brain tumor or an abscess.", "none"),
    Form("Considerations include colon cancer, diverticulitis and inflammatory bowel disease.", "none"),
    Form("The enhancing renal mass could be a renal cell carcinoma or a lipid-poor angiomyolipoma.", "none"),
    Form("Etiologies to consider for his anemia include multiple myeloma, chronic kidney disease and iron "
         "deficiency.", "none"),
    Form("Differential for the thyroid nodule includes follicular adenoma and follicular carcinoma.", "none"),
    Form("The painless jaundice raises the possibility of pancreatic cancer, though choledocholithiasis is "
         "also on the differential.", "none"),
    Form("Her palpable breast mass may be a fibroadenoma, a phyllodes tumor or a carcinoma.", "none"),
    Form("Causes of painless hematuria in this age group include infection, stones and bladder cancer.", "none"),
    Form("The leukocytosis may reflect a leukemoid reaction versus chronic myeloid leukemia.", "none"),
    Form("Differential diagnosis for the pigmented lesion includes dysplastic nevus and melanoma.", "none"),
    Form("The gastric ulcer could be benign or malignant, and gastric cancer remains in the differential.",
         "none"),
    Form("Weight loss and night sweats; we are considering tuberculosis, HIV, or an occult lymphoma.", "none"),
    Form("The cervical lymphadenopathy is likely reactive; metastatic squamous cell carcinoma of the head and "
         "neck is less likely.", "none"),
    Form("ASSESSMENT: Pelvic mass, differential including ovarian carcinoma, endometrioma and pedunculated "
         "fibroid.", "none"),
)

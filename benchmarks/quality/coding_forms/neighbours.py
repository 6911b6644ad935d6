"""(g) Neighbouring types: urothelial sites, in situ, carcinoid, lymphoma vs leukaemia, metastasis to vs of."""

from benchmarks.quality.coding_forms import Form

FORMS = (
    Form("FINAL DIAGNOSIS: Left kidney and ureter, nephroureterectomy: High-grade invasive urothelial carcinoma "
         "of the renal pelvis.", "kidney", "C65"),
    Form("DIAGNOSIS: Right ureter, distal, ureteroscopic biopsy: Invasive urothelial carcinoma, high grade.",
         "bladder", "C66"),
    Form("FINAL DIAGNOSIS: Skin, left forearm, excision: Melanoma in situ, lentigo maligna type; margins "
         "clear.", "melanoma", "D03"),
    Form("FINAL DIAGNOSIS: Ileum, segmental resection: Well-differentiated neuroendocrine tumor (carcinoid), "
         "grade 1, with metastasis to 2 of 9 mesenteric lymph nodes.", "other_cancer", "C7A"),
    Form("Peripheral blood flow cytometry shows a monoclonal B-cell population consistent with chronic "
         "lymphocytic leukemia/small lymphocytic lymphoma.", "leukemia", "C91"),
    Form("DIAGNOSIS: Lymph node, left cervical, excisional biopsy: Small lymphocytic lymphoma.", "lymphoma",
         "C83"),
    Form("Metastatic breast cancer to the liver and bones, on fulvestrant and palbociclib.", "breast", "C50"),
    Form("DIAGNOSIS: Liver, core biopsy: Metastatic adenocarcinoma, consistent with a colorectal primary (CK20 "
         "and CDX2 positive, CK7 negative).", "colorectal", "C18|C19|C20"),
    Form("Brain MRI shows multiple new metastases from his known non-small cell lung cancer.", "lung", "C34"),
    Form("An adrenal metastasis from renal cell carcinoma was resected laparoscopically.", "kidney", "C64"),
    Form("Acute myeloid leukemia arising from myelodysplastic syndrome, now on induction chemotherapy.",
         "leukemia", "C92"),
    Form("Mantle cell lymphoma involving the bone marrow and peripheral blood.", "lymphoma", "C83"),
    Form("DIAGNOSIS: Skin, right cheek, shave biopsy: Invasive squamous cell carcinoma, well differentiated.",
         "other_cancer", "C44"),
    Form("FINAL DIAGNOSIS: Distal common bile duct, pancreaticoduodenectomy: Extrahepatic cholangiocarcinoma, "
         "2.1 cm.", "other_cancer", "C24"),
    Form("FINAL DIAGNOSIS: Pleura, decortication: Malignant mesothelioma, epithelioid type.", "other_cancer",
         "C45"),
    Form("FINAL DIAGNOSIS: Uterus, total hysterectomy: Leiomyosarcoma, 8 cm, with necrosis.", "uterine",
         "C54|C55"),
    Form("DIAGNOSIS: Cervix, cold knife cone: Squamous cell carcinoma in situ (CIN 3), margins free.",
         "other_cancer", "D06"),
    Form("Renal cell carcinoma metastatic to both lungs, on cabozantinib.", "kidney", "C64"),
    Form("Colon cancer with synchronous liver metastases, cycle 4 of FOLFOX.", "colorectal", "C18"),
    Form("Nasopharyngeal carcinoma, undifferentiated type, on concurrent cisplatin and radiation.",
         "head_and_neck", "C11"),
    Form("Waldenstrom macroglobulinemia with IgM of 3,200, on rituximab and bendamustine.", "lymphoma", "C88"),
    Form("Merkel cell carcinoma of the left cheek, excised with wide margins last week.", "other_cancer", "C4A"),
    Form("Pancreatic ductal adenocarcinoma of the tail, status post distal pancreatectomy, now on adjuvant "
         "gemcitabine and capecitabine.", "pancreas", "C25"),
    Form("DIAGNOSIS: Breast, left, excision: Ductal carcinoma in situ, high nuclear grade, with comedonecrosis; "
         "no invasive carcinoma identified.", "breast", "D05"),
)

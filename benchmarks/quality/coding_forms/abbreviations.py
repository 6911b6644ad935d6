"""(h) Cancers written as abbreviations, as assessment lines and problem lists write them."""

from benchmarks.quality.coding_forms import Form

FORMS = (
    Form("Stage IIIA NSCLC, on concurrent chemoradiation.", "lung", "C34"),
    Form("Left breast DCIS, s/p lumpectomy last week, here to discuss radiation.", "breast", "D05"),
    Form("CLL, Rai stage I, under observation.", "leukemia", "C91"),
    Form("HCC in the setting of hepatitis C cirrhosis, s/p TACE last month, AFP rising.", "liver", "C22"),
    Form("Right RCC, 4.2 cm, scheduled for robotic partial nephrectomy.", "kidney", "C64"),
    Form("GBM s/p subtotal resection, now on temozolomide.", "brain", "C71"),
    Form("AML with FLT3-ITD, day 14 of 7+3 induction.", "leukemia", "C92"),
    Form("SCC of the tongue, T2N1, planned for partial glossectomy and neck dissection.", "head_and_neck",
         "C02"),
    Form("ER+/PR+/HER2- IDC of the right breast, on letrozole.", "breast", "C50"),
    Form("DLBCL, stage IV, cycle 3 of R-CHOP.", "lymphoma", "C83"),
    Form("CML in chronic phase, on imatinib with a major molecular response.", "leukemia", "C92"),
    Form("IgG kappa multiple myeloma (MM) with lytic lesions; MM treated with bortezomib, lenalidomide and "
         "dexamethasone.", "myeloma", "C90"),
    Form("Metastatic CRC to the liver, on FOLFOX and bevacizumab.", "colorectal", "C18|C19|C20"),
    Form("Hx of CaP s/p XRT in 2012, PSA undetectable.", "prostate", "Z85"),
    Form("TCC of the bladder s/p TURBT, receiving intravesical BCG.", "bladder", "C67"),
    Form("SCLC, extensive stage, on carboplatin and etoposide.", "lung", "C34"),
    Form("HNSCC of the left tonsil, p16 positive, on weekly cisplatin with radiation.", "head_and_neck", "C09"),
    Form("PDAC of the pancreatic head, borderline resectable, on neoadjuvant FOLFIRINOX.", "pancreas", "C25"),
    Form("B-ALL in first remission, on POMP maintenance chemotherapy.", "leukemia", "C91"),
    Form("Follicular NHL, grade 2, on rituximab maintenance.", "lymphoma", "C82"),
)

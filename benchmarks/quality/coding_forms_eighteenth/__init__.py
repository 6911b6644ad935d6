"""The eighteenth coding forms family: cancer type and ICD-10-CM category at the borders of malignancy and in the blood
cancers, where the type and the category turn on behaviour, grade or a haematological definition (MGUS against
smouldering and active myeloma, plasmacytoma and Waldenström macroglobulinaemia; monoclonal B-cell lymphocytosis
against CLL and SLL, hairy cell, large granular lymphocytic and adult T-cell leukaemia, lymphoblastic leukaemia against
lymphoma; myelodysplastic neoplasms, MDS/MPN overlap, CMML and AML by its defining lesions; the myeloproliferative
neoplasms against CML; lymphoma subtypes, transformation and PTLD; histiocytic and mast-cell disorders; remission,
relapse and history wording; cervical, vulvar and vaginal intraepithelial neoplasia, borderline ovarian tumours and
gestational trophoblastic disease; breast, skin, Barrett, anal and prostatic precursors against in situ and invasive
carcinoma; Bethesda thyroid categories, GIST, neuroendocrine tumours, pituitary tumours, meningioma grades and
"uncertain behaviour" wording) in haematology clinic, pathology, bone-marrow, flow-cytometry, cytogenetics and
problem-list styles (`forms`)."""

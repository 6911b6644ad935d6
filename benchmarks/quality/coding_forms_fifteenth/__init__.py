"""The fifteenth coding forms family: cancer type and ICD-10-CM category as notes state them in passing or sideways
(consults by non-oncology services, problem-list and claims-style lines, medication lists that imply the disease,
tumour-board summaries with several candidate diagnoses and a final answer, survivorship care plans, paediatric
oncology, haematology laboratory language, rare sites and histologies, negation and uncertainty in clinical grammar,
telegraphic dictation with typos and wrapped lines) (`forms`)."""

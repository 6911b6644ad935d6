"""The seventeenth coding forms family: cancer type and ICD-10-CM category as the coded and semi-structured data that
hospital exports carry beside prose state them (tumour-registry abstracts with ICD-O-3 topography, morphology and
behaviour codes, problem lists in SNOMED-like and ICD-9 legacy wording, billing and encounter diagnosis lines whose
codes and text disagree, order indications, radiation-oncology treatment summaries, chemotherapy order sets and
infusion flowsheets, hospice certifications and death certificates, prior-authorisation letters, quality-measure
abstraction, dictated addenda mixing several conditions) (`forms`)."""

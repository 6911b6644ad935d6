"""The fourteenth coding forms family: cancer type and ICD-10-CM category where the note's angle hides them (several
cancers of which the visit's focus decides, biomarker-first and carrier phrasing, operation-first notes, radiology and
pathology impressions with BI-RADS / LI-RADS / PI-RADS / Lung-RADS / Bethesda categories, UK spellings and
non-English-origin terms, screening and prevention visits, precursor and borderline states, metastasis-site-first
phrasing, lay and patient-portal language, abbreviations that clash) (`forms`)."""

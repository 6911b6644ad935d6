"""The sixteenth coding forms family: cancer type and ICD-10-CM category as structured reporting systems and pathology
checklists state them (breast imaging BI-RADS categories, organ imaging categories LI-RADS / Lung-RADS / PI-RADS /
TI-RADS / O-RADS / Bosniak, thyroid and salivary cytology by the Bethesda and Milan systems, urine, cervical,
pancreaticobiliary and fluid cytology, CAP synoptic cancer checklists, frozen-section consultations, amended and
addendum reports and second opinions, molecular and NGS reports, grading systems, bone marrow and haematopathology
reports) (`forms`)."""

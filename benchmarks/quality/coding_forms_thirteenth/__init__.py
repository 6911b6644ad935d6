"""The thirteenth coding forms family: cancer type and ICD-10-CM category in note genres and disease groups the
earlier families hold no class for (endocrine tumours, myeloproliferative and other borderline haematology, death
certificates and autopsies, CDI queries, ocular and oral oncology, cancers of the immunosuppressed, occupational and
benefit-claim notes, pregnancy, wound and ostomy nursing, administrative forms and letters) (`forms`)."""

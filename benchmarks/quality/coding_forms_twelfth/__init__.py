"""The twelfth coding forms family: cancer type and ICD-10-CM category where the note gives the cancer through a
regimen, a surveillance visit, a second primary, a paediatric, sarcoma, CNS, gynaecological or non-melanoma skin
diagnosis, an EHR list with ICD titles, an eponym or foreign term, or a misspelling or clashing abbreviation
(`forms`)."""

"""The ninth coding forms family: the ICD-10-CM category where a note's statements must be reconciled (`forms`)."""

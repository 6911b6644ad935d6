"""The eighth coding forms family: the ICD-10-CM category decision where it turns on details (see `forms`)."""

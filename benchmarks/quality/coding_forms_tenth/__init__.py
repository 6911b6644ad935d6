"""The tenth coding forms family: cancer type and ICD-10-CM category on notes of other genres, shorthand, typos,
family-history and negation traps, several conditions and lay anatomy (`forms`)."""

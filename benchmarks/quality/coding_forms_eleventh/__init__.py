"""The eleventh coding forms family: ICD-10-CM category choices (in situ, secondary-only, overlapping sub-sites,
neuroendocrine, haematologic subtypes, skin, benign and uncertain behaviour), several cancers, shorthand, dictated
and templated layouts and assertion in prose (`forms`)."""

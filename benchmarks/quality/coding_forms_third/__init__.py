"""A third family of coding forms, for `coding_forms_probe --set third`: the ICD-10-CM category decisions.

Why: the first two families test whether a note has a cancer at all (negation, family, differential...)
and their figures after their fixes are tuning-side. This family was written for issue 17's ICD target by
a helper who had not read the coder's rules or vocabularies, from general knowledge of US pathology
reports and oncology notes, and committed before the coder was run on it. It exercises the decisions the
ICD category depends on, across all 17 types: primary vs secondary (C77-C80), in situ (D0x) vs invasive,
personal history (Z85/Z86) vs active disease, benign and uncertain behaviour (D1x-D4x and non-neoplastic
look-alikes, `none`), sub-sites whose categories differ (C15/C16, C18/C19/C20/C21, C22/C23/C24/C25,
C33/C34, C53/C54/C55, C56/C57, C64/C65/C66/C67, C43/C44/C4A, C81-C88/C90/C91-C95, C00-C14/C32),
pathology layouts (FINAL DIAGNOSIS lines, synoptic "Tumor site:" / "Histologic type:" lines, inverted
"Adenocarcinoma, colon, sigmoid", capitals) and abbreviations. Same `Form` and labelling rules as the
first family (`benchmarks/quality/coding_forms/__init__.py`); `|` separates categories ICD-10-CM itself
leaves to a detail the passage does not give.
"""

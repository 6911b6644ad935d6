"""A fourth family of coding forms, for `coding_forms_probe --set fourth`: document kinds, written blind.

Why: the third family's figures after its fixes (0.981 / 0.967) are tuning-side; whether those fixes
generalise needs forms nobody tuned on. This family was written for issue 17 by a helper who had read
only the structure of the third family's module and the probe (not the coder, docs/coding.md, or any
other family's form texts), from general knowledge of US clinical documentation, and committed before
the coder was run on it. Its classes are document kinds the others may lack: radiology impressions,
oncology assessment/plan lines, discharge summaries and problem lists, tumor board summaries,
operative reports (pre-/post-operative diagnosis), ED notes with cancer as a comorbidity, hospice and
palliative notes, medication lists, TNM staging lines, cytology and flow cytometry, molecular reports,
screening and normal notes that stay `none`, benign and uncertain-behaviour tumours, personal history
(Z85/Z86) vs active disease, and in situ (D0x). Same `Form` and labelling rules as the first family
(`benchmarks/quality/coding_forms/__init__.py`); `|` separates categories ICD-10-CM itself leaves to a
detail the passage does not give.
"""

"""A fifth family of coding forms, for `coding_forms_probe --set fifth`: document styles, written blind.

Why: the fourth family's figures after its fixes are tuning-side; whether those fixes generalise needs
forms nobody tuned on. This family was written for issue 17 by a helper who had read only the structure
of the fourth family's module (its first lines) and of the probe, not the coder, docs/coding.md or any
other family's form texts, from general knowledge of US clinical documentation, and committed before the
coder was run on it. Its classes are writing styles the others may lack: terse nursing and telephone
notes, consult letters, pathology addenda and comments, second-opinion reviews, survivorship care plans,
clinical-trial eligibility notes, genetic counselling notes, radiation oncology, transplant and
haematology, dermatology, urology, gynaecological and neuro-oncology, paediatric oncology, notes with
typos and run-on text, negated and uncertain findings, primary vs secondary sites, and history vs in situ.
Same `Form` and labelling rules as the first family (`benchmarks/quality/coding_forms/__init__.py`);
`|` separates categories ICD-10-CM itself leaves to a detail the passage does not give.
"""

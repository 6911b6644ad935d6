"""Written forms of how US clinical notes state a cancer or its absence, for `coding_forms_probe`.

Why: the coding rules were written on the team's labelled MTSamples notes and score lower on notes
they never saw. These forms are a third, independent family, written from general knowledge of
pathology reports, H&Ps, consults, discharge summaries, operative and radiology notes BEFORE the
probe was first run (commit "coding forms: phase 1"). Each module is one class of form and holds
`FORMS: tuple[Form, ...]`.

A form is a short passage and its gold label, by the labelling rules of
`tests/fixtures/mtsamples_gold_README.md`: `cancer_type` (one of the 17 types, `other_cancer` or
`none`) and the expected ICD-10-CM category of the main cancer (3 characters; `""` for `none`;
alternatives separated by `|` where ICD-10-CM itself leaves the category to a detail the passage
does not give). A form whose text starts with an upper-case heading (`FINAL DIAGNOSIS:`) is a block
of its own; the others are prose sentences.

The probe scores every form twice over: alone, and set into three real MTSamples dev notes labelled
`none` whose text holds no malignancy, tumour or mass word (prose forms end the History of Present
Illness, blocks are appended as their own section), so the surrounding text is realistic and the
gold label of the note is the form's.
"""

from __future__ import annotations

from typing import NamedTuple


class Form(NamedTuple):
    """One passage and its gold label."""

    text: str
    cancer_type: str
    icd: str = ""

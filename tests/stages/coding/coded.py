"""What the forms-rule tests compare: a note's cancer type and its first ICD-10-CM code's 3-character category."""

from __future__ import annotations

from cancerprep.stages.coding.coder import Coder


def code(coder: Coder, text: str) -> tuple[str, str]:
    """The type and the primary code's category ("" when none) of `text` as one patient's note."""
    r = coder.code_note({"patient_id": "p", "text": text})
    return r.cancer_type, (r.icd10[0][:3] if r.icd10 else "")


def code_all(coder: Coder, text: str) -> tuple[str, list[str]]:
    """The type and every ICD-10-CM code, primary first, of `text` as one patient's note."""
    r = coder.code_note({"patient_id": "p", "text": text})
    return r.cancer_type, list(r.icd10)

"""(d) Family history written in prose, and other experiencers: no cancer of the patient."""

from benchmarks.quality.coding_forms import Form

FORMS = (
    Form("Her mother died of ovarian cancer at age 52.", "none"),
    Form("His father was diagnosed with prostate cancer in his seventies.", "none"),
    Form("She has a sister with breast cancer who is currently receiving chemotherapy.", "none"),
    Form("Family history is significant for colon cancer in a paternal uncle.", "none"),
    Form("Both of his grandfathers had lung cancer.", "none"),
    Form("Her brother passed away from leukemia as a child.", "none"),
    Form("The patient's daughter was recently treated for thyroid cancer.", "none"),
    Form("There is a strong family history of melanoma, including her mother and a maternal aunt.", "none"),
    Form("His wife has pancreatic cancer and he is her primary caregiver.", "none"),
    Form("Her maternal grandmother had uterine cancer in her sixties.", "none"),
    Form("He reports that his twin brother was diagnosed with Hodgkin lymphoma last year.", "none"),
    Form("FAMILY HISTORY: Positive for breast cancer in her mother and maternal aunt. Father with coronary "
         "artery disease.", "none"),
    Form("Her son is a survivor of acute lymphoblastic leukemia.", "none"),
    Form("Her father had a kidney removed for renal cell carcinoma.", "none"),
    Form("The patient's husband recently died of liver cancer, and she is tearful today.", "none"),
    Form("Mother with multiple myeloma, deceased at 68; father alive with hypertension.", "none"),
    Form("A cousin on her father's side was diagnosed with a glioblastoma at 40.", "none"),
    Form("She lives with her partner, who is undergoing radiation for head and neck cancer.", "none"),
)

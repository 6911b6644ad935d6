"""Note writers of the synthetic sample: pathology reports and clinical notes (progress, H&P,
consult, discharge) assembled from headers, HPI, history, exam, assessment and signature parts.
Each appends to a Doc; PHI goes in as P, labelled entities as L."""

from __future__ import annotations

import random
from datetime import date, timedelta

from cancerprep.sample.markup import Doc, L, P, doc_ref, fmt_date, fmt_year, name_full
from cancerprep.sample.people import (
    EMPLOYERS,
    STATES,
    STREET_NAMES,
    STREET_SUFFIX,
    Patient,
    Person,
    fmt_phone,
    hospital_name,
    random_city,
    random_phone,
)
from cancerprep.sample.tumors import Tumor

ROS = ["Denies fever, chills, night sweats or weight loss. No chest pain or shortness of breath.",
       "Reports fatigue and decreased appetite; denies fever or night sweats.",
       "ROS otherwise negative in 10 systems.",
       "Positive for 5 lb weight loss. Negative for fevers, hemoptysis, or new bone pain.",
       "No nausea, vomiting or diarrhea. Mild peripheral neuropathy in both feet, stable.",
       "Denies headache, vision changes or focal weakness. Sleeping poorly."]
EXAMS = ["NAD. Lungs clear bilaterally. RRR, no murmurs. Abdomen soft, nontender. No edema.",
         "Alert and oriented x3. No cervical or supraclavicular lymphadenopathy. No hepatosplenomegaly.",
         "Well appearing. Healing incision without erythema. Neuro nonfocal.",
         "Thin, chronically ill appearing. Decreased breath sounds at the right base. Trace bilateral edema.",
         "HEENT: oropharynx clear. Neck supple. Lungs: scattered rhonchi. Abd: mild RUQ tenderness.",
         "Skin without rash or petechiae. Port site clean, dry and intact. Strength 5/5 throughout."]


def _header(rng: random.Random, d: Doc, pt: Patient, title: str, when: date) -> None:
    style = rng.randrange(4)
    if style == 0:
        d.add(P(pt.hospital, "LOCATION", "HOSPITAL"), "\n", title.upper(), "\n\n")
        d.add("Patient: ", name_full(rng, pt.person, "PATIENT", rng.choice(["lf", "lfm", "fl"])), "\n")
        d.add("MRN: ", P(pt.mrn, "ID", "MRN"), "    DOB: ", fmt_date(rng, pt.birth, rng.choice(["mdy", "mdy_short"])),
              "\n")
        d.add("Date of service: ", fmt_date(rng, when, rng.choice(["mdy", "iso", "long"])), "\n")
    elif style == 1:
        d.add(title.upper(), " - ", P(pt.hospital, "LOCATION", "HOSPITAL"), "\n")
        d.add("NAME: ", name_full(rng, pt.person, "PATIENT", "fl"), "  MR#: ", P(pt.mrn, "ID", "MRN"),
              "  ACCT: ", P(pt.account, "ID", "ACCOUNT"), "\n")
        d.add("VISIT DATE: ", fmt_date(rng, when, "mdy_short"), "\n\n")
    elif style == 2:
        d.add(title, "\n", "Pt: ", name_full(rng, pt.person, "PATIENT", "lf"), " (", P(pt.mrn, "ID", "MRN"), ")\n")
        d.add("Seen ", fmt_date(rng, when, rng.choice(["dmony", "md", "mdyy"])), " at ",
              P(pt.hospital, "LOCATION", "HOSPITAL"), "\n\n")
    else:
        d.add(title.upper(), "\n\n")


def _age_phrase(rng: random.Random, age: int) -> list[str | P]:
    word = rng.choice(["{}-year-old", "{} year old", "{} yo", "{} y/o", "{}yo"])
    if age >= 90:
        a = str(age)
        pre, post = word.split("{}")
        return [pre, P(a, "AGE", "AGE"), post]
    return [word.format(age)]


def _pronoun(pt: Patient) -> tuple[str, str, str]:
    return ("she", "her", "woman") if pt.sex == "F" else ("he", "his", "man")


def _pt_ref(rng: random.Random, pt: Patient) -> list[str | P]:
    r = rng.random()
    title = "Ms." if pt.sex == "F" else "Mr."
    if r < 0.55:
        return [f"{title} ", P(pt.person.last, "NAME", "PATIENT")]
    if r < 0.7:
        return [P(pt.person.first, "NAME", "PATIENT")]
    if r < 0.85:
        return ["The patient"]
    if r < 0.93:
        return ["Pt ", P(f"{pt.person.first[0]}{pt.person.last[0]}", "NAME", "PATIENT")]
    return [P(f"{pt.person.first} {pt.person.last}", "NAME", "PATIENT")]


def _disease(rng: random.Random, pt: Patient) -> str:
    if pt.tumor is not None:
        return rng.choice(pt.tumor.names)
    assert pt.benign is not None
    return pt.benign[1]


def _age_at(pt: Patient, when: date) -> int:
    return when.year - pt.birth.year - ((when.month, when.day) < (pt.birth.month, pt.birth.day))


def _hpi(rng: random.Random, d: Doc, pt: Patient, when: date, note_kind: str) -> None:
    she, her, woman = _pronoun(pt)
    t = pt.tumor
    age = _age_at(pt, when)
    d.add(rng.choice(["HISTORY OF PRESENT ILLNESS:\n", "HPI:\n", "History of Present Illness: "]))
    d.add(*_pt_ref(rng, pt), " is an " if str(age).startswith("8") or age in (11, 18) else " is a ",
          *_age_phrase(rng, age), f" {woman} ")
    if t is None:
        assert pt.benign is not None
        d.add(f"referred for evaluation of {pt.benign[1]}. ")
        d.add(rng.choice(["Biopsy showed ", "Workup revealed ", "Pathology demonstrated "]), pt.benign[3], ". ")
        d.add(rng.choice(["No evidence of malignancy. ", "Negative for carcinoma. ", "There is no evidence of cancer. ",
                          "Concern for lymphoma was raised but this was ruled out. ",
                          "Malignancy was considered and is felt unlikely. "]))
    else:
        dx = rng.choice(t.names)
        d.add(rng.choice([f"with newly diagnosed {dx}", f"with a history of {dx}", f"with {dx}",
                          f"who presents for follow-up of {dx}"]))
        d.add(", diagnosed ", fmt_date(rng, pt.dx_date, rng.choice(["month_y", "mon_y", "long", "mdy", "md"])), ". ")
        d.add(rng.choice([f"{she.capitalize()} initially presented with ", "Initial presentation was notable for "]),
              rng.choice(_presentation(t)), ". ")
        d.add(f"{t.specimen[0].upper() + t.specimen[1:]} on ",
              fmt_date(rng, pt.dx_date - timedelta(days=rng.randint(3, 20))),
              f" showed {t.htype}")
        d.add(f", {t.grade}" if t.grade else "", ". ")
        if rng.random() < 0.2:
            city, state = random_city(rng), rng.choice(STATES)
            d.add(rng.choice(["Previously evaluated at ", "Transferred from ", "Second opinion obtained at "]),
                  P(hospital_name(rng, city, state[0]), "LOCATION", "HOSPITAL"), " in ", P(city, "LOCATION", "CITY"),
                  ", ", P(rng.choice(state), "LOCATION", "STATE"), ". ")
        if t.ctype in ("leukemia", "myeloma"):
            d.add(rng.choice(["Flow cytometry confirmed a clonal population. ", "Cytogenetics are pending. ",
                              "Skeletal survey showed no lytic lesions. " if t.ctype == "myeloma"
                              else "No lymphadenopathy or splenomegaly on CT. "]))
        elif t.mets:
            d.add(rng.choice(["Staging imaging showed metastatic disease to the ", "PET/CT revealed metastases to the ",
                              "Course complicated by metastasis to "]), " and ".join(t.mets), ". ")
        else:
            d.add(rng.choice(["Staging CT chest/abdomen/pelvis showed no evidence of distant metastasis. ",
                              "No evidence of metastatic disease on PET/CT. ", "Bone scan negative. "]))
        if note_kind != "hp":
            d.add(rng.choice(["Treatment to date: ", "Therapy: ", f"{she.capitalize()} has been treated with "]),
                  ", ".join(t.treatments), rng.choice([", tolerating well", ", with moderate fatigue",
                                                       "; cycle 3 day 1 today", ""]), ". ")
    rel, rp = rng.choice(pt.relatives)
    rname = P(rp.first if rng.random() < 0.6 else f"{rp.first} {rp.last}", "NAME", "RELATIVE")
    r = rng.randrange(4)
    if r == 0:
        d.add(f"{she.capitalize()} is accompanied by {her} {rel}, ", rname, ".")
    elif r == 1:
        d.add(f"{her.capitalize()} {rel} ", rname, " helps with medications.")
    elif r == 2:
        d.add("Pt's ", rel, " ", rname, " is the health care proxy (cell ",
              P(fmt_phone(rng, random_phone(rng)), "CONTACT", "PHONE"), ").")
    else:
        d.add(f"Seen today with {her} {rel} ", rname, ".")
    d.add(" ", rng.choice(ROS), "\n\n")


def _presentation(t: Tumor) -> list[str]:
    return {
        "breast": ["a palpable mass", "an abnormal screening mammogram (BI-RADS 5)", "nipple retraction"],
        "lung": ["persistent cough and hemoptysis", "an incidental nodule on CT", "dyspnea on exertion"],
        "colorectal": ["rectal bleeding", "iron deficiency anemia", "a mass on screening colonoscopy"],
        "prostate": ["an elevated PSA", "urinary frequency and nocturia", "an abnormal DRE"],
        "melanoma": ["a changing pigmented lesion", "a bleeding mole", "an irregular lesion noted by a family member"],
        "bladder": ["painless gross hematuria", "microscopic hematuria", "recurrent UTIs"],
        "kidney": ["flank pain and hematuria", "an incidental renal mass on CT"],
        "lymphoma": ["painless lymphadenopathy", "B symptoms", "a mediastinal mass"],
        "uterine": ["postmenopausal bleeding", "abnormal uterine bleeding"],
        "pancreas": ["painless jaundice", "epigastric pain radiating to the back",
                     "new-onset diabetes and weight loss"],
        "leukemia": ["fatigue and leukocytosis", "easy bruising", "lymphocytosis on routine CBC", "pancytopenia"],
        "head_and_neck": ["a neck mass", "hoarseness", "odynophagia", "a non-healing tongue ulcer"],
        "thyroid": ["a thyroid nodule on ultrasound", "a palpable neck nodule"],
        "liver": ["a liver mass on surveillance ultrasound", "rising AFP", "right upper quadrant pain"],
        "myeloma": ["back pain and anemia", "hypercalcemia and renal insufficiency", "a pathologic fracture"],
        "stomach": ["early satiety and weight loss", "melena", "dysphagia"],
        "brain": ["new-onset seizure", "headaches and word-finding difficulty", "left-sided weakness"],
        "other_cancer": ["abdominal bloating", "a mass", "pain and swelling"],
    }[t.ctype]


def _pmh_social_family(rng: random.Random, d: Doc, pt: Patient) -> None:
    d.add(rng.choice(["PAST MEDICAL HISTORY:\n", "PMH: ", "Past Medical History:\n"]))
    if pt.comorb:
        d.add(", ".join(rng.choice([c[1], c[2]]) for c in pt.comorb), ".\n")
    else:
        d.add("None significant.\n")
    if pt.tumor is None and rng.random() < 0.5:
        d.add("No personal history of cancer.\n")
    d.add(rng.choice(["SOCIAL HISTORY: ", "Social: ", "SOCIAL HISTORY:\n"]))
    r = rng.random()
    if r < 0.4:
        an = "n" if pt.profession[0] in "aeiou" else ""
        d.add(rng.choice(["Retired ", f"Works as a{an} ", "Former ", f"Employed as a{an} "]),
              P(pt.profession, "PROFESSION", "PROFESSION"), ". ")
    elif r < 0.55:
        d.add("Works at ", P(rng.choice(EMPLOYERS), "LOCATION", "ORGANIZATION"),
              " as an " if pt.profession[0] in "aeiou" else " as a ",
              P(pt.profession, "PROFESSION", "PROFESSION"), ". ")
    d.add(rng.choice(["Lives in ", "Resides in ", "Lives with family in "]), P(pt.city, "LOCATION", "CITY"))
    d.add(", ", P(rng.choice(pt.state), "LOCATION", "STATE"), ". ")
    d.add(rng.choice(["Former smoker, 30 pack-years, quit ", "Never smoker. ", "Current smoker, 1 ppd. ",
                      "Quit smoking in "]))
    if d.parts[-1].endswith(("quit ", "in ")):
        d.add(fmt_year(rng, pt.dx_date - timedelta(days=365 * rng.randint(2, 30))), ". ")
    d.add(rng.choice(["Occasional alcohol.", "No alcohol or drug use.", "Drinks 2 beers daily."]), "\n")
    d.add(rng.choice(["FAMILY HISTORY: ", "Family History:\n", "FHx: "]))
    if pt.family:
        d.add("; ".join(f"{rel} with {dis}" for rel, dis, _ in pt.family), ".")
    else:
        d.add(rng.choice(["Noncontributory.", "No family history of cancer.", "Negative for malignancy."]))
    d.add("\n\n")


def _exam_labs(rng: random.Random, d: Doc, pt: Patient) -> None:
    d.add(rng.choice(["PHYSICAL EXAM:\n", "EXAM: ", "Physical Examination:\n"]))
    d.add(f"BP {rng.randint(100, 165)}/{rng.randint(58, 98)}, HR {rng.randint(55, 110)}, "
          f"T {rng.uniform(36.1, 38.2):.1f}, "
          f"SpO2 {rng.randint(91, 100)}% on RA. ")
    d.add(rng.choice(["ECOG 0. ", "ECOG 1. ", "ECOG 2. ", "KPS 80. "]))
    d.add(rng.choice(EXAMS), "\n")
    d.add(rng.choice(["LABS: ", "Labs: ", "LABORATORY DATA: "]))
    d.add(f"WBC {rng.uniform(2.5, 14):.1f}, Hgb {rng.uniform(8.5, 15.5):.1f}, Plt {rng.randint(90, 420)}, "
          f"Cr {rng.uniform(0.6, 2.1):.2f}")
    if pt.tumor is not None and pt.tumor.lab:
        d.add(f", {pt.tumor.lab}")
    d.add(".\n\n")


def _signature(rng: random.Random, d: Doc, pt: Patient, who: Person, when: date) -> None:
    r = rng.random()
    if r < 0.35:
        d.add("Electronically signed by: ", name_full(rng, who, "DOCTOR", rng.choice(["fl", "fml", "il"])),
              ", MD on ", fmt_date(rng, when, rng.choice(["mdy", "iso"])), f" {rng.randint(7, 19):02d}:"
              f"{rng.randint(0, 59):02d}\n")
    elif r < 0.6:
        d.add(P(f"{who.first} {who.last}", "NAME", "DOCTOR"), ", M.D.\n", rng.choice(["Pager ", "pgr ", "Pager #"]),
              P(str(rng.randint(10000, 99999)), "CONTACT", "PAGER"), "\n")
    elif r < 0.8:
        d.add("--\n", P(f"{who.first[0]}{who.last[0]}".lower(), "NAME", "DOCTOR"), "/", P(f"{who.last}", "NAME",
                                                                                            "DOCTOR"), "\n")
    else:
        d.add(*doc_ref(rng, who), "\n", "Office: ", P(fmt_phone(rng, random_phone(rng)), "CONTACT", "PHONE"), "  Fax: ",
              P(fmt_phone(rng, random_phone(rng)), "CONTACT", "FAX"), "\n")


def _entity_sentences(rng: random.Random, t: Tumor, procedure: str) -> list[Doc]:
    """PHI-free sentences with CancerBERT labels (the annotation units)."""
    out: list[Doc] = []
    lat = L(t.laterality, "laterality") if t.laterality and t.laterality != "bilateral" else None
    organ = L(t.organ, "site")
    first = Doc()
    if lat:
        first.add(L(lat.text.capitalize(), "laterality"), " ", organ)
    else:
        first.add(L(t.organ.capitalize(), "site"))
    first.add(f", {procedure}: ", L(t.htype[0].upper() + t.htype[1:], "htype"))
    if t.grade:
        first.add(", ", L(t.grade, "grade"))
    if t.size:
        first.add(", ", L(t.size, "size"), rng.choice([" in greatest dimension", "", " (largest focus)"]))
    first.add(".")
    out.append(first)
    if t.subsite and t.subsite != t.organ:
        s = Doc().add(rng.choice(["Tumor site: ", "Location: ", "The tumor is centered in the "]))
        if t.organ in t.subsite or t.organ in ("skin", "lymph node", "bone marrow", "head and neck"):
            s.add(*([lat, " "] if lat else []), L(t.subsite, "site"))
        else:
            s.add(L(t.subsite, "site"), " of the ", *([lat, " "] if lat else []), L(t.organ, "site"))
        s.add(".")
        out.append(s)
    if t.receptors:
        s = Doc().add(rng.choice(["Receptor status: ", "Biomarkers: ", "Immunohistochemistry shows "]))
        for i, (rec, status) in enumerate(t.receptors):
            if i:
                s.add(", " if i < len(t.receptors) - 1 else ", and ")
            full = {"ER": "Estrogen receptor (ER)", "PR": "Progesterone receptor (PR)", "HER2": "HER2"}[rec] \
                if rng.random() < 0.3 else rec
            s.add(L(full, "receptor"), rng.choice([" ", ": "]), L(status, "receptor-status"))
            if status == "positive" and rec in ("ER", "PR"):
                s.add(f" ({rng.randint(10, 99)}%)")
        s.add(".")
        out.append(s)
    if t.stage:
        tnm = t.stage[0] in "pcyT" and any(ch.isdigit() for ch in t.stage[:3])
        out.append(Doc().add(rng.choice(["Pathologic stage: ", "AJCC stage: ", "Stage: ", "Staging: "] if tnm
                                        else ["Stage: ", "Staging: ", "Clinical stage: "]),
                             L(t.stage, "stage"), "."))
    if t.htype and t.size and t.grade and rng.random() < 0.5:
        s = Doc().add("Findings are consistent with a ", L(t.size, "size"), " ", L(t.grade, "grade"), " ",
                      L(t.htype, "htype"))
        if lat:
            s.add(" of the ", lat, " ", L(t.organ, "site"))
        s.add(".")
        out.append(s)
    return out


def write_pathology(rng: random.Random, pt: Patient, when: date, first: bool, annotate: bool) -> Doc:
    """A pathology report (first biopsy or resection): the dense-PHI header and the diagnosis block
    that the sorter and the entity annotations rely on."""
    d = Doc()
    t = pt.tumor
    title = rng.choice(["SURGICAL PATHOLOGY REPORT", "Pathology Report", "HEMATOPATHOLOGY REPORT"
                        if t and t.organ in ("bone marrow", "lymph node") else "SURGICAL PATHOLOGY"])
    d.add(title, "\n")
    if rng.random() < 0.8:
        d.add(P(pt.hospital, "LOCATION", "HOSPITAL"), " Department of Pathology\n")
    if rng.random() < 0.4:
        d.add(P(f"{rng.randint(10, 999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}", "LOCATION",
                "STREET"), ", ", P(pt.hospital_city, "LOCATION", "CITY"), ", ",
              P(pt.state[1], "LOCATION", "STATE"), " ", P(f"{rng.randint(1001, 99950):05d}", "LOCATION", "ZIP"), "\n")
    marrow = t is not None and t.organ in ("bone marrow", "lymph node")
    acc = f"{rng.choice(['BM', 'H'] if marrow else ['S', 'SP'])}{when.year % 100:02d}-{rng.randint(100, 99999)}"
    d.add("Accession #: ", P(acc, "ID", "ACCESSION"), "\n")
    d.add("Patient: ", name_full(rng, pt.person, "PATIENT", rng.choice(["lf", "lfm", "fl"])), "   MRN: ",
          P(pt.mrn, "ID", "MRN"), "\n")
    d.add("DOB: ", fmt_date(rng, pt.birth, rng.choice(["mdy", "mdy_short", "iso"])), "   Age: ")
    age = _age_at(pt, when)
    d.add(P(str(age), "AGE", "AGE") if age >= 90 else str(age), "   Sex: ", pt.sex, "\n")
    d.add("Collected: ", fmt_date(rng, when, rng.choice(["mdy", "mdy_short", "iso", "dmony"])), "   Received: ",
          fmt_date(rng, when + timedelta(days=rng.randint(0, 2)), rng.choice(["mdy", "mdy_short", "md"])), "\n")
    d.add("Submitting physician: ", *doc_ref(rng, pt.doctors["surgeon" if not first else "oncologist"]), "\n\n")
    d.add("CLINICAL HISTORY:\n")
    if t is None:
        assert pt.benign is not None
        d.add(f"{pt.benign[1].capitalize()}. Rule out malignancy.\n\n")
        d.add("SPECIMEN:\n", f"{pt.benign[2].capitalize()}, biopsy\n\n")
        d.add("GROSS DESCRIPTION:\n", f"Received in formalin, {rng.randint(2, 6)} tan-white cores measuring up to "
              f"{rng.uniform(0.5, 2.0):.1f} cm. Entirely submitted in cassette A1.\n\n")
        d.add("FINAL DIAGNOSIS:\n", f"{pt.benign[2].upper()}, BIOPSY:\n- {pt.benign[3].capitalize()}.\n- ",
              rng.choice(["NEGATIVE FOR MALIGNANCY.", "No evidence of carcinoma.",
                          "No atypia or malignancy identified.",
                          "Negative for lymphoma."]), "\n\n")
    else:
        hist = rng.choice(t.names)
        d.add(f"{rng.choice(['Suspected', 'History of', 'Known', 'Rule out'])} {hist}. ")
        if rng.random() < 0.3 and pt.family:
            rel, dis, _ = pt.family[0]
            d.add(f"Family history of {dis} ({rel}). ")
        d.add("\n\nSPECIMEN:\n", f"{t.organ.capitalize()}, {t.specimen if first else t.procedure}\n\n")
        kind = {"bone marrow": "aspirate and core biopsy", "lymph node": "lymph node"}.get(
            t.organ, "core" if first else "resection")
        art = "an" if kind[0] in "aeiou" else "a"
        d.add("GROSS DESCRIPTION:\n", rng.choice([
            f"Received fresh labeled with the patient's name and medical record number is {art} {kind} specimen. "
            f"Sections submitted in cassettes A1-A{rng.randint(3, 12)}.",
            f"The specimen is received in formalin and consists of {art} {kind} specimen measuring "
            f"{rng.uniform(0.5, 14):.1f} x {rng.uniform(0.3, 9):.1f} cm. Representative sections are submitted.",
            f"Received in one container, {art} {kind} specimen. Inked, serially sectioned and entirely submitted "
            f"in {rng.randint(2, 20)} cassettes.",
        ]), "\n\n")
        marrow = t.organ in ("bone marrow", "lymph node")
        heme = [f"The marrow is hypercellular ({rng.randint(60, 95)}%) with an abnormal infiltrate."
                if t.organ == "bone marrow" else "Effaced nodal architecture with a diffuse atypical lymphoid "
                "infiltrate.",
                "Flow cytometry and immunohistochemistry performed; see ancillary studies."]
        d.add("MICROSCOPIC DESCRIPTION:\n", rng.choice(heme) if marrow else rng.choice([
            "Sections show infiltrating malignant cells with nuclear pleomorphism and frequent mitoses.",
            "Sheets of atypical cells with necrosis are present.",
            "The lesion shows architectural complexity and cytologic atypia.",
        ]), "" if marrow else rng.choice([" Lymphovascular invasion is not identified.",
                                          " Lymphovascular invasion present.", " Perineural invasion is identified.",
                                          ""]), "\n\n")
        d.add(rng.choice(["FINAL DIAGNOSIS:\n", "DIAGNOSIS:\n", "FINAL PATHOLOGIC DIAGNOSIS:\n"]))
        sents = _entity_sentences(rng, t, t.specimen if first else t.procedure)
        for i, s in enumerate(sents):
            d.add("- " if rng.random() < 0.5 else "")
            d.sentence(s, annotate and i < 3)
            d.add("\n")
        if t.markers:
            d.add("Ancillary studies: ", "; ".join(t.markers), ".\n")
        if not first and not marrow:
            d.add(rng.choice(["Margins negative; closest margin 0.4 cm.", "Margins free of tumor.",
                              "Tumor present at the deep margin."]))
            d.add(f" Lymph nodes: {rng.randint(0, 4)}/{rng.randint(8, 24)} positive.\n")
        if t.mets and rng.random() < 0.3:
            d.add(f"Note: separate {t.mets[0]} lesion was sampled previously; see prior report.\n")
        d.add("\n")
    d.add(rng.choice(["Pathologist: ", "Signed out by: ", "Electronically signed: "]),
          name_full(rng, pt.doctors["pathologist"], "DOCTOR", rng.choice(["fl", "fml", "lf"])), ", MD, ",
          fmt_date(rng, when + timedelta(days=rng.randint(1, 5)), rng.choice(["mdy", "long", "iso"])), "\n")
    if rng.random() < 0.3:
        d.add("Case discussed with ", *doc_ref(rng, pt.doctors["oncologist"]), " by phone on ",
              fmt_date(rng, when + timedelta(days=2), rng.choice(["md", "mon_d", "month_ord"])), ".\n")
    return d


def write_clinical(rng: random.Random, pt: Patient, kind: str, when: date, annotate: bool) -> Doc:
    """A clinical note of `kind` (progress, hp, consult, discharge), each with its own sections and traps."""
    d = Doc()
    title = {"progress": rng.choice(["Oncology Progress Note", "Clinic Note", "Follow-up Visit"]),
             "hp": "History and Physical", "discharge": "Discharge Summary",
             "consult": rng.choice(["Oncology Consultation", "Hematology/Oncology Consult Note",
                                    "Medical Oncology New Patient Consult"])}[kind]
    _header(rng, d, pt, title, when)
    her = _pronoun(pt)[1]
    if kind == "discharge":
        d.add("Admission date: ", fmt_date(rng, when - timedelta(days=rng.randint(2, 9)), rng.choice(["mdy", "md",
                                                                                                       "dmon"])),
              "\nDischarge date: ", fmt_date(rng, when, rng.choice(["mdy", "md", "dmon", "iso"])), "\n")
        d.add("Attending: ", *doc_ref(rng, pt.doctors["surgeon"]), "\n\n")
    if kind == "consult":
        d.add("Referring physician: ", *doc_ref(rng, pt.doctors["pcp"]))
        if rng.random() < 0.5:
            d.add(", ", P(pt.hospital_city, "LOCATION", "CITY"), ", ", P(pt.state[1], "LOCATION", "STATE"))
        d.add("\nReason for consultation: ", _disease(rng, pt), "\n\n")
    if kind != "discharge" and rng.random() < 0.5:
        d.add(rng.choice(["CHIEF COMPLAINT: ", "CC: "]), rng.choice(["follow-up", "new diagnosis", "fatigue",
                                                                   "treatment planning", "pain"]), "\n\n")
    _hpi(rng, d, pt, when, kind)
    if pt.tumor is not None and kind in ("consult", "progress") and rng.random() < 0.4:
        _onc_history(rng, d, pt.tumor, pt.dx_date, when)
    if kind in ("hp", "consult") or rng.random() < 0.3:
        _pmh_social_family(rng, d, pt)
    d.add(rng.choice(["MEDICATIONS: ", "Meds: "]), ", ".join(rng.sample(
        ["lisinopril 10 mg daily", "metformin 500 mg BID", "atorvastatin 40 mg", "omeprazole 20 mg",
         "ondansetron 8 mg q8h PRN", "oxycodone 5 mg q6h PRN", "levothyroxine 75 mcg", "apixaban 5 mg BID",
         "dexamethasone 4 mg", "allopurinol 300 mg"], rng.randint(1, 4))), ".\n\n")
    if kind != "discharge":
        _exam_labs(rng, d, pt)
    t = pt.tumor
    if kind == "discharge":
        reason = rng.choice(["surgery", "neutropenic fever", "pain control", "induction chemotherapy"])
        d.add("HOSPITAL COURSE:\n", *_pt_ref(rng, pt), f" was admitted for {reason}")
        if t is not None:
            d.add(f" in the setting of {rng.choice(t.names)}")
        d.add(". ", {"surgery": "Post-operative course was uncomplicated. ",
                     "neutropenic fever": "Blood cultures remained negative; treated with cefepime. ",
                     "pain control": "Pain controlled on an oral regimen. ",
                     "induction chemotherapy": "Tolerated induction with antiemetic support. "}[reason])
        d.add("\n\nDISCHARGE DIAGNOSES:\n1. ", _disease(rng, pt), "\n")
        for i, c in enumerate(pt.comorb[:2]):
            d.add(f"{i + 2}. {c[1]}\n")
        d.add("\nFOLLOW-UP: with ", *doc_ref(rng, pt.doctors["oncologist"]), " in 2 weeks at ",
              P(pt.hospital, "LOCATION", "HOSPITAL"), ", ")
        d.add(P(f"{rng.randint(10, 999)} {rng.choice(STREET_NAMES)} {rng.choice(STREET_SUFFIX)}", "LOCATION", "STREET"),
              ", ", P(pt.hospital_city, "LOCATION", "CITY"), ", ", P(pt.state[1], "LOCATION", "STATE"), " ",
              P(f"{rng.randint(1001, 99950):05d}", "LOCATION", "ZIP"), ". Call ",
              P(fmt_phone(rng, random_phone(rng)), "CONTACT", "PHONE"), " with questions.\n")
        if rng.random() < 0.5:
            d.add("Patient address on file: ", P(pt.street, "LOCATION", "STREET"), ", ", P(pt.city, "LOCATION", "CITY"),
                  ", ", P(pt.state[1], "LOCATION", "STATE"), " ", P(pt.zip, "LOCATION", "ZIP"), "; home phone ",
                  P(fmt_phone(rng, tuple(pt.phone.split("-"))), "CONTACT", "PHONE"), ".\n")  # type: ignore[arg-type]
        if rng.random() < 0.25:
            d.add("SSN on file: ", P(pt.ssn, "ID", "SSN"), ".\n")
    else:
        d.add(rng.choice(["ASSESSMENT AND PLAN:\n", "A/P:\n", "IMPRESSION/PLAN:\n", "Assessment:\n"]))
        age = _age_at(pt, when)
        d.add(*_age_phrase(rng, age), " with ", _disease(rng, pt), ". ")
        if t is not None:
            if kind in ("consult", "progress") and rng.random() < 0.6:
                sents = _entity_sentences(rng, t, t.procedure)[1:]
                if sents:
                    d.sentence(rng.choice(sents), annotate)
                    d.add(" ")
            if t.mets:
                d.add(rng.choice(["Metastatic disease to ", "Known mets to "]), ", ".join(t.mets), ". ")
            d.add(rng.choice([f"Plan: continue {t.treatments[0]}. ", f"Will proceed with {t.treatments[-1]}. ",
                              "Discussed at multidisciplinary tumor board. ", "Restaging scans in 3 months. "]))
            if pt.family and rng.random() < 0.4:
                rel, dis, _ = rng.choice(pt.family)
                d.add(f"Given {her} {rel}'s history of {dis}, refer to genetics. ")
        else:
            d.add(rng.choice(["No evidence of malignancy. Routine follow-up. ", "Benign findings; reassurance given. ",
                              "Negative biopsy; repeat imaging in 6 months. "]))
        for c in pt.comorb[:2]:
            d.add(f"{c[2]}: ", rng.choice(["stable, continue current management. ", "well controlled. ",
                                           "follow with PCP. ", "continue home meds. ", "stable. "]))
        d.add("\n")
        r = rng.random()
        if r < 0.3:
            d.add(f"Discussed with {her} ", *_relative_ref(rng, pt), " at bedside.\n")
        elif r < 0.45:
            d.add("Patient can be reached at ", P(fmt_phone(rng, tuple(pt.phone.split("-"))), "CONTACT", "PHONE"),  # type: ignore[arg-type]
                  " or ", P(pt.email, "CONTACT", "EMAIL"), ".\n")
        elif r < 0.55:
            d.add("cc: ", *doc_ref(rng, pt.doctors["pcp"]), ", ", P(pt.hospital_city, "LOCATION", "CITY"), "\n")
        paren = rng.random() < 0.5
        d.add("RTC in ", rng.choice(["2 weeks", "3 weeks", "1 month", "3 months"]),
              " (next visit " if paren else " on ")
        d.add(fmt_date(rng, when + timedelta(days=rng.randint(14, 90)), rng.choice(["md", "month_ord", "mon_d",
                                                                                   "mdy", "dmon"])),
              ")." if paren else ".", "\n\n")
    _signature(rng, d, pt, pt.doctors["oncologist" if kind != "discharge" else "resident"], when)
    return d


def _onc_history(rng: random.Random, d: Doc, t: Tumor, dx: date, when: date) -> None:
    """A dated treatment timeline, as oncology notes carry (dates in list form are PHI too)."""
    style = rng.choice(["mdy", "mdy_short", "iso", "mon_y", "mdyy"])
    d.add(rng.choice(["ONCOLOGIC HISTORY:\n", "Oncology history:\n", "CANCER HISTORY:\n"]))
    d.add("- ", fmt_date(rng, dx - timedelta(days=rng.randint(3, 20)), style), f": {t.specimen} showed {t.htype}",
          f", {t.grade}" if t.grade else "", ".\n")
    step = dx + timedelta(days=rng.randint(10, 40))
    for tx in t.treatments[:3]:
        if step >= when:
            break
        d.add("- ", fmt_date(rng, step, style), f": {rng.choice(['started', 'began', 'underwent'])} {tx}.\n")
        step += timedelta(days=rng.randint(20, 90))
    d.add("\n")


def _relative_ref(rng: random.Random, pt: Patient) -> list[str | P]:
    rel, rp = rng.choice(pt.relatives)
    return [rel, " ", P(rp.first if rng.random() < 0.5 else f"{rp.first} {rp.last}", "NAME", "RELATIVE")]

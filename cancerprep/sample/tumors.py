"""Tumours of the synthetic sample: one per cancer patient, consistent across that patient's notes.

A maker per cancer type draws the disease's names, histology, ICD-10-CM / ICD-O-3 codes, site,
stage, receptors and treatments, so notes, codes and truth labels all tell the same story.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass, field

CANCER_TYPES: tuple[str, ...] = (
    "breast", "prostate", "lung", "colorectal", "melanoma", "bladder", "kidney", "lymphoma", "uterine",
    "pancreas", "leukemia", "head_and_neck", "thyroid", "liver", "myeloma", "stomach", "brain",
)

METS = {"liver": ("C78.7", "liver"), "bone": ("C79.51", "bone"), "brain": ("C79.31", "brain"),
        "lung": ("C78.00", "lung"), "peritoneum": ("C78.6", "peritoneum")}


@dataclass
class Tumor:
    """One patient's cancer: drawn once, so every note, code and truth label of the patient agrees."""

    ctype: str
    code: str                      # primary ICD-10-CM code
    names: list[str]               # ways notes name the disease
    organ: str
    htype: str
    morph: str                     # ICD-O-3 morphology
    topo: str                      # ICD-O-3 topography
    icd9: str | None = None
    laterality: str | None = None
    subsite: str | None = None
    grade: str | None = None
    size: str | None = None
    stage: str | None = None
    receptors: list[tuple[str, str]] = field(default_factory=list)
    markers: list[str] = field(default_factory=list)
    procedure: str = "biopsy"
    specimen: str = "core needle biopsy"
    treatments: list[str] = field(default_factory=list)
    lab: str | None = None
    mets: list[str] = field(default_factory=list)


def _size(rng: random.Random, lo: float, hi: float, unit: str = "cm") -> str:
    return f"{rng.uniform(lo, hi):.1f} {unit}"


def _lr(rng: random.Random) -> tuple[str, str]:
    return rng.choice([("right", "1"), ("left", "2")])


def _breast(rng: random.Random, sex: str) -> Tumor:
    quad, qd = rng.choice([("upper outer quadrant", "4"), ("upper inner quadrant", "2"),
                           ("lower outer quadrant", "5"), ("lower inner quadrant", "3"),
                           ("central portion", "1")])
    lat, ld = _lr(rng)
    htype, abbr, morph = rng.choice([("invasive ductal carcinoma", "IDC", "8500/3"),
                                     ("invasive ductal carcinoma", "IDC", "8500/3"),
                                     ("invasive lobular carcinoma", "ILC", "8520/3")])
    er = rng.random() < 0.75
    her2 = rng.choice(["negative", "negative", "positive", "equivocal"])
    receptors = [("ER", "positive" if er else "negative"), ("PR", rng.choice(["positive", "negative"])
                 if er else "negative"), ("HER2", her2)]
    tx = ["lumpectomy", "sentinel lymph node biopsy"] + (["letrozole"] if er else ["dose-dense AC-T"])
    if her2 == "positive":
        tx.append("trastuzumab and pertuzumab")
    return Tumor("breast", f"C50.{qd}{'1' if sex == 'F' else '2'}{ld}",
                 [f"{lat} breast {abbr}", "breast cancer", f"{htype} of the {lat} breast",
                  "carcinoma of the breast", f"{'ER+' if er else 'triple negative' if her2 == 'negative' else 'ER-'}"
                  f" breast cancer"],
                 "breast", htype, morph, f"C50.{qd}",
                 icd9="174.9" if sex == "F" else "175.9", laterality=lat, subsite=quad,
                 grade=rng.choice(["Nottingham grade 1", "Nottingham grade 2", "Nottingham grade 3",
                                   "grade 2", "histologic grade 3"]),
                 size=_size(rng, 0.6, 4.8), stage=rng.choice(["pT1c pN0", "pT2 pN1a", "stage IIA", "stage IB",
                                                               "pT1b N0 M0", "stage IIIA"]),
                 receptors=receptors, markers=[f"Ki-67 {rng.randint(5, 60)}%"],
                 procedure=rng.choice(["lumpectomy", "partial mastectomy", "mastectomy"]),
                 specimen="ultrasound-guided core needle biopsy", treatments=tx)


def _lung(rng: random.Random, sex: str) -> Tumor:
    lobe, code = rng.choice([("right upper lobe", "C34.11"), ("left upper lobe", "C34.12"),
                             ("right lower lobe", "C34.31"), ("left lower lobe", "C34.32"),
                             ("right middle lobe", "C34.2")])
    htype, abbr, morph = rng.choice([("adenocarcinoma", "NSCLC", "8140/3"), ("adenocarcinoma", "NSCLC", "8140/3"),
                                     ("squamous cell carcinoma", "NSCLC", "8070/3"),
                                     ("small cell carcinoma", "SCLC", "8041/3")])
    lat = lobe.split()[0]
    markers = ([f"PD-L1 TPS {rng.choice([0, 5, 30, 60, 90])}%",
                rng.choice(["EGFR exon 19 deletion detected", "EGFR wild-type", "ALK rearrangement not detected",
                            "KRAS G12C mutation detected"])] if abbr == "NSCLC" else [])
    return Tumor("lung", code, [f"{abbr}", "lung cancer", f"{htype} of the lung", f"{lobe} {abbr}",
                                "primary lung malignancy"],
                 "lung", htype, morph, {"C34.11": "C34.1", "C34.12": "C34.1", "C34.31": "C34.3", "C34.32": "C34.3",
                                        "C34.2": "C34.2"}[code],
                 icd9="162.3" if "upper" in lobe else "162.5", laterality=lat, subsite=lobe.split(" ", 1)[1],
                 grade=rng.choice(["poorly differentiated", "moderately differentiated", None]),
                 size=_size(rng, 1.2, 6.5), stage=rng.choice(["stage IIIA", "stage IV", "T2aN1M0", "stage IB",
                                                              "cT3N2M0", "extensive stage" if abbr == "SCLC" else
                                                              "stage IIB"]),
                 markers=markers, procedure=rng.choice(["lobectomy", "wedge resection"]),
                 specimen="CT-guided core biopsy", lab=f"CEA {rng.uniform(1, 40):.1f}",
                 treatments=rng.choice([["carboplatin", "pemetrexed", "pembrolizumab"], ["osimertinib"],
                                        ["concurrent chemoradiation", "durvalumab"], ["cisplatin", "etoposide"]]))


def _colorectal(rng: random.Random, sex: str) -> Tumor:
    site, code, topo = rng.choice([("sigmoid colon", "C18.7", "C18.7"), ("cecum", "C18.0", "C18.0"),
                                   ("ascending colon", "C18.2", "C18.2"), ("transverse colon", "C18.4", "C18.4"),
                                   ("descending colon", "C18.6", "C18.6"), ("rectum", "C20", "C20.9"),
                                   ("rectosigmoid junction", "C19", "C19.9")])
    htype, morph = rng.choice([("adenocarcinoma", "8140/3"), ("adenocarcinoma", "8140/3"),
                               ("mucinous adenocarcinoma", "8480/3")])
    return Tumor("colorectal", code, ["colon cancer" if code.startswith("C18") else "rectal cancer", "CRC",
                                      f"{htype} of the {site}", f"{site} adenocarcinoma"],
                 "colon" if code.startswith("C18") else "rectum", htype, morph, topo,
                 icd9="153.9" if code.startswith("C18") else "154.1", subsite=site,
                 grade=rng.choice(["moderately differentiated", "well differentiated", "poorly differentiated",
                                   "low grade"]),
                 size=_size(rng, 1.5, 7.0), stage=rng.choice(["pT3 pN1b", "stage IIIB", "pT2 N0", "stage IIA",
                                                              "stage IV"]),
                 markers=[rng.choice(["mismatch repair proteins intact (pMMR)", "loss of MLH1 and PMS2 (dMMR)",
                                      "MSI-high", "KRAS G12D mutated"])],
                 procedure=rng.choice(["right hemicolectomy", "sigmoid colectomy", "low anterior resection"]),
                 specimen="colonoscopic biopsy", lab=f"CEA {rng.uniform(1, 80):.1f}",
                 treatments=rng.choice([["FOLFOX"], ["CAPOX"], ["FOLFIRI", "bevacizumab"],
                                        ["neoadjuvant chemoradiation", "capecitabine"]]))


def _prostate(rng: random.Random, sex: str) -> Tumor:
    g1, g2 = rng.choice([(3, 3), (3, 4), (4, 3), (4, 4), (4, 5)])
    lat = rng.choice(["left", "right", "bilateral"])
    return Tumor("prostate", "C61", ["prostate cancer", "prostatic adenocarcinoma", "CaP",
                                     "adenocarcinoma of the prostate"],
                 "prostate", "acinar adenocarcinoma", "8140/3", "C61.9", icd9="185", laterality=lat,
                 subsite=rng.choice(["apex", "base", "mid gland"]),
                 grade=f"Gleason score {g1}+{g2}={g1 + g2}", size=None,
                 stage=rng.choice(["cT1c", "pT2", "pT3a", "stage IIB", "stage IVB"]),
                 markers=[f"Grade Group {1 if g1 + g2 == 6 else 2 if (g1, g2) == (3, 4) else 3 if g1 + g2 == 7 else 4 if g1 + g2 == 8 else 5}"],  # noqa: E501
                 procedure="radical prostatectomy", specimen="transrectal ultrasound-guided biopsy",
                 lab=f"PSA {rng.uniform(3, 60):.1f} ng/mL",
                 treatments=rng.choice([["active surveillance"], ["radical prostatectomy"],
                                        ["leuprolide", "external beam radiation"], ["enzalutamide"]]))


def _melanoma(rng: random.Random, sex: str) -> Tumor:
    site, code, lat = rng.choice([("upper back", "C43.59", None), ("right upper arm", "C43.61", "right"),
                                  ("left thigh", "C43.72", "left"), ("scalp", "C43.4", None),
                                  ("nose", "C43.31", None), ("right shoulder", "C43.61", "right")])
    htype, morph = rng.choice([("superficial spreading melanoma", "8743/3"), ("nodular melanoma", "8721/3")])
    return Tumor("melanoma", code, ["melanoma", "malignant melanoma", f"{htype}", "cutaneous melanoma"],
                 "skin", htype, morph, "C44.5", icd9="172.5", laterality=lat,
                 subsite=site.replace("right ", "").replace("left ", ""), grade=None,
                 size=f"Breslow thickness {rng.uniform(0.3, 4.5):.1f} mm",
                 stage=rng.choice(["pT1a", "pT2b", "stage IIIC", "pT3a N1a", "stage IB"]),
                 markers=[rng.choice(["BRAF V600E mutation detected", "BRAF wild-type"]),
                          rng.choice(["ulceration absent", "ulceration present"])],
                 procedure="wide local excision", specimen="shave biopsy",
                 treatments=rng.choice([["wide local excision", "sentinel lymph node biopsy"],
                                        ["nivolumab"], ["dabrafenib", "trametinib"], ["pembrolizumab"]]))


def _bladder(rng: random.Random, sex: str) -> Tumor:
    site, code, organ = rng.choice([("lateral wall", "C67.2", "bladder"), ("posterior wall", "C67.4", "bladder"),
                                    ("trigone", "C67.0", "bladder"), ("dome", "C67.1", "bladder"),
                                    ("renal pelvis and proximal ureter", "C66.1", "ureter")])
    lat = "right" if code == "C66.1" else rng.choice([None, "left", "right"])
    return Tumor("bladder", code, ["bladder cancer" if organ == "bladder" else "upper tract urothelial carcinoma",
                                   "urothelial carcinoma", "UC", "TCC of the bladder" if organ == "bladder"
                                   else "ureteral urothelial carcinoma"],
                 organ, "urothelial carcinoma", "8120/3", "C67.9" if organ == "bladder" else "C66.9",
                 icd9="188.9", laterality=lat, subsite=site,
                 grade=rng.choice(["high grade", "low grade"]), size=_size(rng, 0.8, 5.0),
                 stage=rng.choice(["pTa", "pT1", "pT2", "stage II", "pT3b N0"]),
                 markers=["muscularis propria present" if rng.random() < 0.6 else "no muscularis propria sampled"],
                 procedure="transurethral resection of bladder tumor (TURBT)" if organ == "bladder"
                 else "nephroureterectomy", specimen="cystoscopic biopsy",
                 treatments=rng.choice([["intravesical BCG"], ["gemcitabine and cisplatin", "radical cystectomy"],
                                        ["enfortumab vedotin"]]))


def _kidney(rng: random.Random, sex: str) -> Tumor:
    lat, ld = _lr(rng)
    htype, morph, abbr = rng.choice([("clear cell renal cell carcinoma", "8310/3", "ccRCC"),
                                     ("clear cell renal cell carcinoma", "8310/3", "RCC"),
                                     ("papillary renal cell carcinoma", "8260/3", "pRCC")])
    return Tumor("kidney", f"C64.{ld}", [abbr, "renal cell carcinoma", "kidney cancer", f"{lat} renal mass, {abbr}"],
                 "kidney", htype, morph, "C64.9", icd9="189.0", laterality=lat,
                 subsite=rng.choice(["upper pole", "lower pole", "interpolar region"]),
                 grade=rng.choice(["WHO/ISUP grade 2", "WHO/ISUP grade 3", "Fuhrman grade 2", "ISUP grade 4"]),
                 size=_size(rng, 2.0, 11.0), stage=rng.choice(["pT1a", "pT1b", "pT3a", "stage III", "stage IV"]),
                 procedure=rng.choice(["partial nephrectomy", "radical nephrectomy"]),
                 specimen="percutaneous renal mass biopsy",
                 treatments=rng.choice([["partial nephrectomy"], ["pembrolizumab", "axitinib"], ["sunitinib"],
                                        ["nivolumab", "ipilimumab"]]))


def _lymphoma(rng: random.Random, sex: str) -> Tumor:
    kind = rng.choice(["dlbcl", "dlbcl", "hodgkin", "follicular", "mantle"])
    if kind == "dlbcl":
        code, htype, morph, names = rng.choice(["C83.30", "C83.31", "C83.38", "C83.33"]), \
            "diffuse large B-cell lymphoma", "9680/3", ["DLBCL", "diffuse large B-cell lymphoma", "NHL",
                                                        "aggressive B-cell lymphoma"]
        markers = ["CD20 positive", "BCL6 positive", f"Ki-67 {rng.randint(60, 95)}%",
                   rng.choice(["germinal center B-cell type by Hans algorithm", "non-GCB type"])]
        tx = ["R-CHOP"]
    elif kind == "hodgkin":
        code, htype, morph, names = rng.choice(["C81.10", "C81.11", "C81.12"]), \
            "classic Hodgkin lymphoma, nodular sclerosis type", "9663/3", ["Hodgkin lymphoma", "cHL",
                                                                           "Hodgkin's disease", "HL"]
        markers = ["Reed-Sternberg cells CD30 positive, CD15 positive", "CD20 negative"]
        tx = ["ABVD"]
    elif kind == "follicular":
        code, htype, morph, names = rng.choice(["C82.00", "C82.08", "C82.03"]), "follicular lymphoma", "9690/3", \
            ["follicular lymphoma", "FL", "indolent NHL"]
        markers = ["CD10 positive", "BCL2 positive", "t(14;18) detected by FISH"]
        tx = ["bendamustine-rituximab"]
    else:
        code, htype, morph, names = "C83.10", "mantle cell lymphoma", "9673/3", ["mantle cell lymphoma", "MCL"]
        markers = ["cyclin D1 positive", "SOX11 positive", "CD5 positive"]
        tx = ["rituximab and bendamustine", "ibrutinib"]
    return Tumor("lymphoma", code, names, "lymph node", htype, morph, "C77.9", icd9="202.80",
                 laterality=rng.choice([None, "left", "right"]),
                 subsite=rng.choice(["cervical lymph node", "axillary lymph node", "inguinal lymph node",
                                     "mediastinal mass", "retroperitoneal lymph node"]),
                 grade="grade 1-2" if kind == "follicular" else None, size=_size(rng, 1.5, 9.0),
                 stage=rng.choice(["Ann Arbor stage IIA", "Ann Arbor stage IIIB", "stage IVA", "stage IIB",
                                   "stage IE"]),
                 markers=markers, procedure="excisional lymph node biopsy", specimen="excisional biopsy",
                 lab=f"LDH {rng.randint(180, 900)} U/L", treatments=tx)


def _uterine(rng: random.Random, sex: str) -> Tumor:
    htype, morph = rng.choice([("endometrioid adenocarcinoma", "8380/3"), ("endometrioid adenocarcinoma", "8380/3"),
                               ("serous carcinoma", "8441/3")])
    code = rng.choice(["C54.1", "C54.1", "C55"])
    return Tumor("uterine", code, ["endometrial cancer", "uterine cancer", f"endometrial {htype}",
                                   "carcinoma of the endometrium"],
                 "uterus", htype, morph, "C54.1", icd9="182.0", subsite="endometrium",
                 grade=rng.choice(["FIGO grade 1", "FIGO grade 2", "FIGO grade 3", "high grade"]),
                 size=_size(rng, 1.0, 6.0), stage=rng.choice(["FIGO stage IA", "FIGO stage IB", "stage II",
                                                              "stage IIIC1"]),
                 receptors=[("ER", rng.choice(["positive", "positive", "negative"])),
                            ("PR", rng.choice(["positive", "negative"]))],
                 markers=[rng.choice(["p53 wild-type", "p53 aberrant", "MMR deficient (MLH1 loss)"])],
                 procedure="total hysterectomy with bilateral salpingo-oophorectomy (TAH-BSO)",
                 specimen="endometrial biopsy",
                 treatments=rng.choice([["TAH-BSO"], ["vaginal brachytherapy"], ["carboplatin", "paclitaxel"]]))


def _pancreas(rng: random.Random, sex: str) -> Tumor:
    site, code = rng.choice([("head", "C25.0"), ("head", "C25.0"), ("body", "C25.1"), ("tail", "C25.2")])
    return Tumor("pancreas", code, ["pancreatic cancer", "PDAC", "pancreatic adenocarcinoma",
                                    f"mass in the pancreatic {site}, adenocarcinoma"],
                 "pancreas", rng.choice(["ductal adenocarcinoma", "adenocarcinoma"]), "8500/3",
                 code, icd9="157.0" if site == "head" else "157.1", subsite=site,
                 grade=rng.choice(["poorly differentiated", "moderately differentiated"]),
                 size=_size(rng, 1.8, 5.5), stage=rng.choice(["stage IIB", "stage III", "stage IV", "pT2 N1",
                                                              "borderline resectable"]),
                 procedure="pancreaticoduodenectomy (Whipple)" if site == "head" else "distal pancreatectomy",
                 specimen="EUS-guided fine needle biopsy", lab=f"CA 19-9 {rng.randint(20, 4000)} U/mL",
                 treatments=rng.choice([["FOLFIRINOX"], ["gemcitabine", "nab-paclitaxel"],
                                        ["Whipple procedure", "adjuvant mFOLFIRINOX"]]))


def _leukemia(rng: random.Random, sex: str) -> Tumor:
    kind = rng.choice(["cll", "cll", "aml", "all", "cml"])
    spec = {
        "cll": ("C91.10", "chronic lymphocytic leukemia", "9823/3", ["CLL", "chronic lymphocytic leukemia",
                                                                    "CLL/SLL"],
                ["CD5 positive", "CD23 positive", rng.choice(["del(13q) by FISH", "del(17p) detected",
                                                              "IGHV unmutated"])], ["ibrutinib"],
                rng.choice(["Rai stage 0", "Rai stage II", "Binet stage B"])),
        "aml": (rng.choice(["C92.00", "C92.01"]), "acute myeloid leukemia", "9861/3", ["AML",
                                                                                       "acute myeloid leukemia"],
                [rng.choice(["FLT3-ITD positive", "NPM1 mutated", "TP53 mutated"]),
                 f"{rng.randint(25, 85)}% myeloblasts"], ["7+3 induction (cytarabine and daunorubicin)",
                                                          "venetoclax and azacitidine"], None),
        "all": ("C91.00", "B-lymphoblastic leukemia", "9811/3", ["ALL", "B-ALL", "acute lymphoblastic leukemia"],
                ["TdT positive", "CD19 positive", "CD10 positive", "Philadelphia chromosome negative"],
                ["hyper-CVAD"], None),
        "cml": ("C92.10", "chronic myeloid leukemia, BCR-ABL1 positive", "9875/3",
                ["CML", "chronic myeloid leukemia", "Ph+ CML"], ["BCR-ABL1 transcript detected"], ["imatinib"],
                "chronic phase"),
    }[kind]
    code, htype, morph, names, markers, tx, stage = spec
    return Tumor("leukemia", code, names, "bone marrow", htype, morph, "C42.1", icd9="204.10",
                 subsite=rng.choice(["bone marrow", "peripheral blood"]), grade=None, size=None, stage=stage,
                 markers=markers, procedure="bone marrow aspirate and biopsy",
                 specimen="posterior iliac crest bone marrow biopsy",
                 lab=f"ALC {rng.uniform(2, 150):.1f} K/uL", treatments=tx)


def _head_neck(rng: random.Random, sex: str) -> Tumor:
    site, code, topo, lat = rng.choice([("base of tongue", "C01", "C01.9", None),
                                        ("lateral border of the tongue", "C02.1", "C02.1", rng.choice(["left",
                                                                                                       "right"])),
                                        ("glottic larynx", "C32.0", "C32.0", None),
                                        ("tonsil", "C09.9", "C09.9", rng.choice(["left", "right"])),
                                        ("oropharynx", "C10.9", "C10.9", None)])
    return Tumor("head_and_neck", code, ["head and neck cancer", "HNSCC", f"squamous cell carcinoma of the {site}",
                                         "oropharyngeal cancer" if code in ("C01", "C09.9", "C10.9")
                                         else "oral cavity cancer" if code == "C02.1" else "laryngeal cancer"],
                 "head and neck", "squamous cell carcinoma", "8070/3", topo, icd9="146.9", laterality=lat,
                 subsite=site, grade=rng.choice(["moderately differentiated", "poorly differentiated",
                                                 "keratinizing"]),
                 size=_size(rng, 1.0, 4.5), stage=rng.choice(["T2N1M0", "stage III", "stage IVA", "cT1N0"]),
                 markers=[rng.choice(["p16 positive (HPV-associated)", "p16 negative"])],
                 procedure=rng.choice(["transoral robotic surgery", "partial glossectomy", "neck dissection"]),
                 specimen="direct laryngoscopy biopsy",
                 treatments=rng.choice([["cisplatin", "radiation"], ["cetuximab", "radiation"], ["pembrolizumab"]]))


def _thyroid(rng: random.Random, sex: str) -> Tumor:
    htype, morph, abbr = rng.choice([("papillary thyroid carcinoma", "8260/3", "PTC"),
                                     ("papillary thyroid carcinoma", "8260/3", "PTC"),
                                     ("follicular thyroid carcinoma", "8330/3", "FTC")])
    lat = rng.choice(["right", "left"])
    return Tumor("thyroid", "C73", [abbr, "thyroid cancer", htype, f"{lat} thyroid nodule, {abbr}"],
                 "thyroid", htype, morph, "C73.9", icd9="193", laterality=lat, subsite="lobe",
                 grade=None, size=_size(rng, 0.5, 4.0), stage=rng.choice(["pT1a", "pT1b", "pT2", "pT3a N1a",
                                                                         "stage I"]),
                 markers=[rng.choice(["BRAF V600E positive", "BRAF negative"])],
                 procedure=rng.choice(["total thyroidectomy", "right hemithyroidectomy" if lat == "right"
                                       else "left hemithyroidectomy"]),
                 specimen="ultrasound-guided fine needle aspiration", lab=f"thyroglobulin {rng.uniform(0.1, 30):.1f}",
                 treatments=rng.choice([["total thyroidectomy", "radioactive iodine (RAI)"], ["levothyroxine"]]))


def _liver(rng: random.Random, sex: str) -> Tumor:
    if rng.random() < 0.75:
        code, htype, morph, names = "C22.0", "hepatocellular carcinoma", "8170/3", ["HCC", "hepatocellular carcinoma",
                                                                                   "liver cancer", "hepatoma"]
        tx = rng.choice([["TACE"], ["atezolizumab", "bevacizumab"], ["sorafenib"], ["microwave ablation"]])
    else:
        code, htype, morph, names = "C22.1", "intrahepatic cholangiocarcinoma", "8160/3", \
            ["intrahepatic cholangiocarcinoma", "ICC", "cholangiocarcinoma of the liver"]
        tx = ["gemcitabine", "cisplatin", "durvalumab"]
    seg = rng.choice(["segment 7", "segment 8", "segment 4", "segment 6"])
    return Tumor("liver", code, names, "liver", htype, morph, "C22.0" if code == "C22.0" else "C22.1",
                 icd9="155.0", laterality=rng.choice(["right", "left"]), subsite=seg,
                 grade=rng.choice(["well differentiated", "moderately differentiated", "Edmondson-Steiner grade 2"]),
                 size=_size(rng, 1.5, 12.0), stage=rng.choice(["BCLC stage B", "BCLC stage A", "pT2", "stage IIIA"]),
                 procedure="hepatic segmentectomy", specimen="percutaneous liver biopsy",
                 lab=f"AFP {rng.randint(3, 4000)} ng/mL", treatments=tx)


def _myeloma(rng: random.Random, sex: str) -> Tumor:
    return Tumor("myeloma", rng.choice(["C90.00", "C90.00", "C90.01"]),
                 ["multiple myeloma", "MM", "plasma cell myeloma", "IgG kappa myeloma"],
                 "bone marrow", "plasma cell myeloma", "9732/3", "C42.1", icd9="203.00", subsite="bone marrow",
                 grade=None, size=None, stage=rng.choice(["R-ISS stage II", "ISS stage III", "R-ISS stage I"]),
                 markers=[f"{rng.randint(15, 80)}% clonal plasma cells", "CD138 positive, kappa restricted",
                          rng.choice(["t(11;14) by FISH", "del(17p) not detected", "gain 1q21"])],
                 procedure="bone marrow aspirate and biopsy", specimen="bone marrow biopsy",
                 lab=f"M-spike {rng.uniform(0.4, 4.5):.1f} g/dL",
                 treatments=rng.choice([["VRd (bortezomib, lenalidomide, dexamethasone)", "autologous stem cell "
                                        "transplant"], ["daratumumab"], ["lenalidomide maintenance"]]))


def _stomach(rng: random.Random, sex: str) -> Tumor:
    site, code = rng.choice([("antrum", "C16.3"), ("cardia", "C16.0"), ("body", "C16.2"), ("stomach", "C16.9")])
    htype, morph = rng.choice([("adenocarcinoma, intestinal type", "8144/3"), ("signet ring cell carcinoma",
                                                                              "8490/3"),
                               ("adenocarcinoma", "8140/3")])
    return Tumor("stomach", code, ["gastric cancer", "gastric adenocarcinoma", "stomach cancer",
                                   f"{htype} of the gastric {site}"],
                 "stomach", htype, morph, code, icd9="151.9", subsite=site,
                 grade=rng.choice(["poorly differentiated", "moderately differentiated"]),
                 size=_size(rng, 1.5, 8.0), stage=rng.choice(["stage IIIA", "pT3 N2", "stage IB", "stage IV"]),
                 receptors=[("HER2", rng.choice(["negative", "negative", "positive"]))],
                 markers=[rng.choice(["Helicobacter pylori organisms identified", "no H. pylori seen"])],
                 procedure=rng.choice(["subtotal gastrectomy", "total gastrectomy"]), specimen="EGD biopsy",
                 treatments=rng.choice([["FLOT"], ["trastuzumab", "FOLFOX"], ["nivolumab", "CAPOX"]]))


def _brain(rng: random.Random, sex: str) -> Tumor:
    lobe, code = rng.choice([("frontal lobe", "C71.1"), ("temporal lobe", "C71.2"), ("parietal lobe", "C71.3")])
    htype, morph, abbr, grade = rng.choice([("glioblastoma, IDH-wildtype", "9440/3", "GBM", "WHO grade 4"),
                                            ("glioblastoma, IDH-wildtype", "9440/3", "GBM", "CNS WHO grade 4"),
                                            ("astrocytoma, IDH-mutant", "9400/3", "astrocytoma", "WHO grade 3"),
                                            ("oligodendroglioma, IDH-mutant and 1p/19q-codeleted", "9450/3",
                                             "oligodendroglioma", "WHO grade 2")])
    lat = rng.choice(["right", "left"])
    return Tumor("brain", code, [abbr, "brain tumor", f"{lat} {lobe} {abbr}", "primary brain malignancy",
                                 "high-grade glioma" if abbr == "GBM" else "glioma"],
                 "brain", htype, morph, code, icd9="191.1", laterality=lat, subsite=lobe, grade=grade,
                 size=_size(rng, 2.0, 6.5), stage=None,
                 markers=[rng.choice(["MGMT promoter methylated", "MGMT promoter unmethylated"]),
                          "ATRX retained" if abbr == "GBM" else "ATRX lost"],
                 procedure="craniotomy and resection", specimen="stereotactic biopsy",
                 treatments=["temozolomide", "radiation (Stupp protocol)"])


def _other(rng: random.Random, sex: str) -> Tumor:
    opts = [("C56.1", "high-grade serous carcinoma", "8461/3", "ovary", ["ovarian cancer", "HGSOC"], "F", "right"),
            ("C53.9", "squamous cell carcinoma", "8070/3", "cervix", ["cervical cancer"], "F", None),
            ("C15.5", "adenocarcinoma", "8140/3", "distal esophagus", ["esophageal cancer", "EAC"], None, None),
            ("C49.21", "undifferentiated pleomorphic sarcoma", "8802/3", "right thigh soft tissue",
             ["soft tissue sarcoma", "UPS"], None, "right"),
            ("C62.91", "seminoma", "9061/3", "right testis", ["testicular cancer", "seminoma"], "M", "right"),
            ("C45.0", "epithelioid mesothelioma", "9052/3", "pleura", ["mesothelioma", "malignant pleural "
                                                                       "mesothelioma"], None, None)]
    opts = [o for o in opts if o[5] in (None, sex)]
    code, htype, morph, organ, names, _, lat = rng.choice(opts)
    return Tumor("other_cancer", code, [*names, f"{htype} of the {organ}"], organ, htype, morph, code[:3] + ".9",
                 laterality=lat, subsite=organ, grade=rng.choice(["high grade", "poorly differentiated", None]),
                 size=_size(rng, 1.5, 9.0), stage=rng.choice(["stage IIIC", "stage II", "stage IB", "pT2"]),
                 procedure="resection", specimen="core biopsy", treatments=["carboplatin", "paclitaxel"])


MAKERS: dict[str, Callable[[random.Random, str], Tumor]] = {
    "breast": _breast, "prostate": _prostate, "lung": _lung, "colorectal": _colorectal, "melanoma": _melanoma,
    "bladder": _bladder, "kidney": _kidney, "lymphoma": _lymphoma, "uterine": _uterine, "pancreas": _pancreas,
    "leukemia": _leukemia, "head_and_neck": _head_neck, "thyroid": _thyroid, "liver": _liver,
    "myeloma": _myeloma, "stomach": _stomach, "brain": _brain, "other_cancer": _other,
}
# Benign / non-cancer presentations: traps for the sorter (negations, "rule out", family history).
BENIGN = [("D24.1", "fibroadenoma of the right breast", "breast", "fibroadenoma", "F"),
          ("K63.5", "colon polyp", "colon", "tubular adenoma without high-grade dysplasia", None),
          ("N40.0", "benign prostatic hyperplasia", "prostate", "benign prostatic hyperplasia", "M"),
          ("R59.0", "cervical lymphadenopathy", "lymph node", "reactive follicular hyperplasia", None),
          ("D22.5", "atypical nevus of the back", "skin", "dysplastic nevus with mild atypia", None),
          ("J44.9", "COPD with a pulmonary nodule", "lung", "granulomatous inflammation", None),
          ("D50.9", "iron deficiency anemia", "bone marrow", "normocellular marrow", None)]

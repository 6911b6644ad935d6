"""The second family, by class (negated, differential, hypothetical, family, history, anatomy, neighbours,
abbreviations, benign), in one module: `FORMS` maps class -> forms."""

from benchmarks.quality.coding_forms import Form

FORMS = {
    "negated": (
        Form("IMPRESSION: No radiographic evidence of metastatic disease.", "none"),
        Form("Excisional biopsy of the cervical node showed reactive follicular hyperplasia, and flow cytometry "
             "showed no monoclonal population.", "none"),
        Form("EGD with biopsies: no Barrett's, no dysplasia, no carcinoma.", "none"),
        Form("She has no known history of malignancy.", "none"),
        Form("The bone scan was negative for osseous metastases.", "none"),
        Form("Prostate biopsies in 2019 and 2022 were both benign.", "none"),
        Form("Ultrasound showed a simple cyst with no suspicious mass or malignancy.", "none"),
    ),
    "differential": (
        Form("This could represent lymphoma versus metastatic disease versus sarcoidosis; tissue diagnosis is "
             "needed.", "none"),
        Form("The leading considerations are an abscess or a necrotic neoplasm.", "none"),
        Form("Ddx includes acute pancreatitis, pancreatic adenocarcinoma and autoimmune pancreatitis.", "none"),
        Form("An underlying malignancy cannot be excluded.", "none"),
        Form("Hepatic lesion: differential includes hemangioma, focal nodular hyperplasia and, less likely, "
             "metastasis.", "none"),
        Form("Her palpitations may be due to anxiety, hyperthyroidism or, less likely, a pheochromocytoma.", "none"),
        Form("A primary bone tumor such as osteosarcoma is in the differential.", "none"),
    ),
    "hypothetical": (
        Form("Referred for low-dose CT lung cancer screening; 30 pack-year history.", "none"),
        Form("BI-RADS 5: highly suggestive of malignancy. Ultrasound-guided biopsy is recommended.", "none"),
        Form("She wishes to discuss prophylactic mastectomy to reduce her breast cancer risk.", "none"),
        Form("A bone marrow biopsy was done to look for leukemia; results are pending.", "none"),
        Form("If the nodule grows on follow-up CT, we will biopsy it for possible carcinoma.", "none"),
        Form("Upper endoscopy to evaluate for gastric malignancy given the weight loss.", "none"),
        Form("HPV vaccination was discussed for cervical cancer prevention.", "none"),
    ),
    "family": (
        Form("Father died at 61 of metastatic colon cancer.", "none"),
        Form("Her mother and two maternal aunts had breast cancer; genetic counseling was offered.", "none"),
        Form("Sister - leukemia, deceased.", "none"),
        Form("Her husband was recently diagnosed with lung cancer.", "none"),
        Form("There is a paternal history of prostate cancer.", "none"),
        Form("Grandmother had stomach cancer.", "none"),
        Form("Her roommate was treated for thyroid cancer last year.", "none"),
    ),
    "history": (
        Form("PMH: HTN, DM2, prostate CA s/p radical prostatectomy (2014), BPH.", "prostate", "Z85"),
        Form("Remote history of Hodgkin's disease treated with mantle radiation in 1985.", "lymphoma", "Z85"),
        Form("She underwent a right hemicolectomy for a T2N0 cecal adenocarcinoma in 2016 and has had clear "
             "surveillance since.", "colorectal", "Z85"),
        Form("History of melanoma in situ of the left shoulder, excised in 2019.", "melanoma", "Z86"),
        Form("Kidney cancer status post right nephrectomy 10 years ago, no recurrence.", "kidney", "Z85"),
        Form("Stage I seminoma treated with orchiectomy in 2002.", "other_cancer", "Z85"),
        Form("Breast cancer diagnosed in 2015, s/p lumpectomy and radiation, now on anastrozole.", "breast",
             "C50"),
    ),
    "anatomy": (
        Form("FINAL DIAGNOSIS: Left upper lobe, lobectomy: Invasive squamous cell carcinoma, keratinizing, 2.3 cm. "
             "Bronchial margin negative.", "lung", "C34"),
        Form("DIAGNOSIS: Transverse colon, biopsy: Invasive adenocarcinoma, moderately differentiated.",
             "colorectal", "C18"),
        Form("DIAGNOSIS: Right kidney, partial nephrectomy: Papillary renal cell carcinoma, 2.8 cm.", "kidney",
             "C64"),
        Form("FINAL DIAGNOSIS: Lymph node, right neck level II, excision: Metastatic squamous cell carcinoma, p16 "
             "positive, consistent with an oropharyngeal primary.", "head_and_neck", "C10|C09|C01"),
        Form("DIAGNOSIS: Uterus, hysterectomy: Endometrioid carcinoma, FIGO grade 2, invading less than half of "
             "the myometrium.", "uterine", "C54"),
        Form("FINAL DIAGNOSIS: Left parotid gland, superficial parotidectomy: Mucoepidermoid carcinoma, low "
             "grade.", "head_and_neck", "C07"),
        Form("DIAGNOSIS: Stomach, total gastrectomy: Diffuse-type adenocarcinoma with signet ring cells, pT3.",
             "stomach", "C16"),
    ),
    "neighbours": (
        Form("Metastatic melanoma to the brain, on ipilimumab and nivolumab.", "melanoma", "C43"),
        Form("Urothelial carcinoma of the left distal ureter, s/p ureterectomy last month.", "bladder", "C66"),
        Form("Hepatocellular carcinoma with portal vein invasion; also a history of colon cancer resected in 2010.",
             "liver", "C22"),
        Form("Lung adenocarcinoma with brain metastases, s/p stereotactic radiosurgery, on osimertinib.", "lung",
             "C34"),
        Form("Anal squamous cell carcinoma on chemoradiation, currently in week 3.", "colorectal", "C21"),
        Form("Solitary plasmacytoma of the T8 vertebra without marrow involvement.", "myeloma", "C90"),
        Form("Hilar cholangiocarcinoma (Klatskin tumor) with a biliary stent in place.", "other_cancer",
             "C24|C22"),
    ),
    "abbreviations": (
        Form("ESCC of the mid esophagus, on carboplatin and paclitaxel with radiation.", "other_cancer", "C15"),
        Form("mCRPC on abiraterone and prednisone.", "prostate", "C61"),
        Form("APL, on ATRA and arsenic trioxide induction.", "leukemia", "C92"),
        Form("MCL in second remission after BTK inhibitor therapy.", "lymphoma", "C83"),
        Form("h/o ca breast s/p MRM 2005.", "breast", "Z85"),
        Form("SCLC with SIADH, cycle 2 of carboplatin and etoposide.", "lung", "C34"),
        Form("MDS with excess blasts, on azacitidine.", "none"),
    ),
    "benign": (
        Form("Tubulovillous adenoma of the rectum removed by EMR; no invasive carcinoma.", "none"),
        Form("Intraductal papilloma of the left breast without atypia.", "none"),
        Form("Dermatofibroma of the left thigh.", "none"),
        Form("Benign colloid nodule of the thyroid on FNA.", "none"),
        Form("Schwannoma of the left brachial plexus was resected.", "none"),
        Form("Uterine fibroids and an endometrial polyp; the endometrial biopsy was benign.", "none"),
        Form("Bilateral nasal polyps, for functional endoscopic sinus surgery.", "none"),
    ),
}

"""Person names (patients, their family and contacts, the care team) as document kinds outside the usual H&P write
them: nursing flowsheet comments, social work and case management, telephone and portal messages, pharmacy and
anticoagulation, therapy, anesthesia and sedation, consent and time-out, interpreter and chaplain notes, EMS and
transfer handoffs, psychiatry, paediatrics, obstetrics, hospice, pronouncements, tumour boards, trials, letters,
addenda, attestations, scribe statements, e-signatures, pager lists and discharge instructions.

Written blind (issue 13): from general knowledge of US clinical documentation, without reading the recognizers,
their vocabularies, their tests or the other form modules, so the first run of `forms_probe --modules persons` is
an honest estimate of recall on person-name forms nobody tuned on. Each name part is its own gold span (a found
first name does not cover a leaked surname); middle initials, titles and credentials are outside the spans.
Slots: {F} {L} one person, {F2} {L2} another, {F3} {L3} a third (census, never a word name), {FI} the first
person's first initial, {I} {I2} their initials, {i} typist initials.
"""

PATIENT = (
    # nursing flowsheet comments and handoffs
    "0200 resting w/ eyes closed, [[{F}]] arousable to voice and reoriented x3.",
    "Flowsheet comment: [[{L}]], [[{F}]] refused 2200 vitals, will reattempt at 2300.",
    "Bed alarm on; reminded [[{F}]] to call before getting up, verbalized understanding.",
    "Yellow socks and fall band on [[{F}]], bed low and locked, call light in reach",
    "SBAR - S: [[{F}]] in bed 12 more confused tonight than at start of shift.",
    "Census 412-1 [[{L}]], [[{F}]]  tele  DNR",
    "Rm 7B/[[{L}]]/[[{F}]] - NPO after MN for EGD",
    "[[{L}]] tolerated the dressing change well, premedicated 30 min prior.",
    "ID band checked: [[{L}]], [[{F}]] / MRN verified x2 before transfusion",
    # social work and case management
    "SW met with pt [[{F}]] [[{L}]] at bedside to complete psychosocial assessment.",
    "[[{F}]] lives alone in a second-floor walk-up and still drives to church.",
    "CM note: [[{L}]] is a 30-day readmission; payer notified, observation status reviewed.",
    "Discharge planning: [[{F}]] agreeable to SNF; three facilities faxed.",
    # telephone encounters and portal messages
    "Telephone encounter: [[{F}]] [[{L}]] called the nurse line re: worsening cough x3 days.",
    "Spoke with pt ([[{F}]]) by phone, two identifiers verified (name and DOB).",
    "Portal message from [[{F}]] [[{L}]]: \"Is it ok to take my metoprolol before the scan?\"",
    "Hi [[{F}]], your labs from Tuesday look stable. Keep the same dose. - Clinic RN",
    "LVM for [[{F}]] to call back re: abnormal mammogram result.",
    "Reason for call: [[{F}]] ran out of lisinopril, pharmacy closed.",
    "SUBJECT: [[{L}]] [[{F}]] {M} - lab results",
    "Sent via MyChart to [[{F}]] [[{L}]] at 14:05, read receipt pending.",
    "Video visit with [[{F}]], who was at home; consent for telehealth given.",
    # pharmacy and anticoagulation clinic
    "Anticoagulation clinic: [[{L}]], [[{F}]] {M}. INR 3.4 today, hold tonight's warfarin.",
    "Med rec completed with [[{F}]], who brought all bottles in a grocery bag.",
    "Rx for [[{F}]] [[{L}]] e-prescribed; prior auth pending with insurer.",
    "Counseled [[{L}]] on warfarin and diet (vitamin K), teach-back done.",
    "Pharmacist note: [[{F}]] [[{L}]] is on 14 meds; deprescribing recommended.",
    # PT, OT, speech
    "PT: [[{F}]] ambulated 150 ft with RW, CGA, one standing rest break.",
    "OT: [[{F}]] completed UB dressing with min A; LB dressing mod A.",
    "SLP bedside swallow: [[{F}]] [[{L}]] coughed with thin liquids via straw.",
    "Goals set with [[{F}]]: return home, walk to the mailbox, climb 4 steps.",
    # anesthesia, sedation, consent, time-out
    "Anesthesia preop: [[{L}]], [[{F}]]   ASA 3   NPO since midnight",
    "Time-out performed: patient [[{F}]] [[{L}]], left knee, site marked, all agree.",
    "Procedural sedation: [[{F}]] responds to verbal stimuli, RASS -1.",
    "Pt identified by name ([[{F}]] [[{L}]]) and DOB prior to sedation.",
    "I, [[{F}]] [[{L}]], consent to the procedure described above.",
    "Patient name: [[{L}]], [[{F}]] {M}      Procedure: colonoscopy",
    "Patient/guardian signature: [[{F}]] [[{L}]]   Date/Time: {DATE} 0930",
    # interpreter and chaplain
    "Spanish interpreter present for the entire visit with [[{F}]].",
    "Chaplain visit: [[{F}]] asked for prayer before surgery; rosary at bedside.",
    # EMS and transfer
    "EMS report: [[{F}]] [[{L}]] found down at home by neighbor, GCS 13 on arrival.",
    "Transfer accepted: [[{L}]] [[{F}]], 67M, from outside ED for NSTEMI.",
    "Trauma alert, unknown male, later identified as [[{F}]] [[{L}]] from wallet ID.",
    # psychiatry and behavioural health
    "[[{F}]] states \"I just want to go home,\" denies SI/HI.",
    "MSE: [[{F}]] is well groomed, fair eye contact, speech of normal rate.",
    "Group therapy: [[{F}]] participated and shared about coping skills.",
    "[[{F}]] remains on a 72-hour hold; 1:1 sitter continued.",
    # paediatrics
    "[[{F}]] is a 4 yo who presents with mom for ear pulling x2 days.",
    "Well child check: [[{F}]] [[{L}]], 18 mo, walking and says 10 words.",
    "Please excuse [[{F}]] [[{L}]] from school and gym class through Friday.",
    "Twins [[{F}]]/[[{F2}]] [[{L}]] both with fever since yesterday.",
    # obstetrics
    "G2P1 at 38w2d. [[{F}]] reports good fetal movement, no LOF.",
    "Baby Boy [[{L}]] born at 0412, Apgars 8 and 9.",
    "[[{F}]] pushing well, +3 station, FHT 140s.",
    # hospice, palliative, death
    "Family meeting held in [[{F}]]'s room; patient participated.",
    "[[{F}]] [[{L}]]'s goals: comfort, to be at home with the dogs.",
    "Hospice RN visit: [[{F}]] more somnolent, taking sips only.",
    "Called to bedside to pronounce [[{F}]] [[{L}]]. No heart sounds, no respirations.",
    "Time of death 03:17. [[{L}]], [[{F}]] {M}. Family at bedside.",
    # tumour board and trials
    "Tumor board: [[{L}]], [[{F}]] - T2N1 rectal adenoca s/p TNT, discuss TME.",
    "Case 3: [[{L}]] ([[{I}]]), 58F, ER+/PR+/HER2- IDC, margins close.",
    "Study subject [[{I}]]-{D3}: [[{F}]] signed ICF version 4.0 today.",
    "Eligibility reviewed with [[{F}]] [[{L}]]; meets inclusion criteria 1-7.",
    # letters and dictation
    "RE: [[{L}]], [[{F}]]\nDOB: {DATE}",
    "Thank you for referring [[{F}]] [[{L}]], whom I saw today in consultation.",
    "I had the pleasure of seeing Mr. [[{L}]] today in follow-up.",
    "Ms. [[{L}]] returns for her 3-month visit.",
    "This is a dictation on [[{F}]] [[{L}]], date of service {DATE}.",
    "Re: {FI}. [[{L}]] (DOB {DATE})",
    # addenda and discharge instructions
    "Addendum: after discussion, [[{F}]] would like to proceed with the biopsy.",
    "[[{F}]], please call us if you have a fever over 101 F.",
    "Discharge instructions for [[{F}]] [[{L}]] reviewed; copy given.",
    # name shapes
    "PATIENT: [[{L}]],[[{F}]]",
    "Pt: [[{F}]] [[{L}]]-[[{L2}]]",
    "[[{F}]] \"[[{F2}]]\" [[{L}]] is a 45 yo seen for follow-up.",
    "[[{F}]] (goes by [[{F2}]]) was seen today for a rash.",
    "Pt prefers to be called [[{F2}]].",
    "Reviewed [[{F}]]'s home BP log: 130s/80s.",
    "Medications reconciled and reviewed with [[{F}]]",
    "Mrs. [[{L}]]'s pain is 4/10 after oxycodone.",
    "[[{F}]] and I reviewed the CT images together.",
    "\"Call me [[{F2}]],\" the patient said.",
    "Wristband: [[{L}]] [[{F}]] {M}",
)

RELATIVE = (
    # contacts, proxies, guardians
    "Emergency contact: [[{F2}]] [[{L2}]] (sister) {AREA}-{EXCH}-{D4}",
    "HCP: [[{F2}]] [[{L}]], son",
    "Health care proxy is wife, [[{F2}]].",
    "EMERGENCY CONTACT: [[{L2}]], [[{F2}]] - SPOUSE",
    "Next of kin: [[{F2}]] [[{L}]] (spouse)",
    "POA: [[{L2}]] [[{F2}]] - financial only",
    "Guardian: [[{L2}]], [[{F2}]] (maternal aunt) - court papers in chart.",
    "Surrogate decision-maker: brother, [[{F2}]] [[{L2}]]",
    "Daughter/HCP [[{F2}]] [[{L2}]] agrees with DNR/DNI.",
    "Caregiver [[{F2}]] ({AREA}-{EXCH}-{D4}) prefers texts.",
    "Pt's wife [[{F2}]] [[{L}]] ({AREA}) {EXCH}-{D4} - ok to leave msg",
    "Contacts: [[{F2}]]/[[{F3}]] (sons)",
    # bedside, nursing, discharge
    "Pt's husband ([[{F2}]]) at bedside, updated on plan of care.",
    "Husband [[{F2}]] asked about visiting hours.",
    "Discharged home with husband [[{F2}]] driving.",
    "Friend [[{F2}]] [[{L2}]] will drive pt home.",
    "Neighbor ([[{F2}]]) checks on pt daily.",
    "Caregiver: [[{F2}]] from the home care agency, M-F 8-12.",
    "Sister-in-law [[{F2}]] is a nurse and helps with meds.",
    "Grandson [[{F2}]] [[{L2}]] (age 19) stays with pt overnight.",
    "Son [[{F2}]]'s number is on the facesheet.",
    "Pt asks that we not share info with brother [[{F2}]].",
    # telephone and portal
    "Spoke w/ [[{F2}]] (daughter) who states pt has been more forgetful.",
    "Call from [[{F2}]] [[{L2}]] (daughter) requesting refill status.",
    "Message sent by proxy [[{F2}]] [[{L}]] on behalf of patient.",
    "Spoke to [[{F2}]]. She is the pt's foster mother.",
    # paediatrics and school
    "Mom [[{F2}]] reports decreased PO intake x2 days.",
    "Accompanied by dad, [[{F2}]] [[{L}]], and older brother [[{F3}]].",
    "Siblings: [[{F2}]] (7), [[{F3}]] (4), both healthy.",
    "Lives with grandmother [[{F2}]] [[{L2}]], who is legal guardian.",
    "Older sister [[{F2}]] has asthma; brother [[{F3}]] had RSV last winter.",
    "Dad ([[{F2}]]) works nights; mom ([[{F3}]]) is primary caregiver.",
    "Parents: [[{F2}]] & [[{F3}]] [[{L}]]",
    "Lives with mother, stepfather ([[{F2}]]) and 2 half-siblings.",
    "Kids at home: [[{F2}]] 12, [[{F3}]] 9.",
    "Mrs. [[{L2}]] (pt's mother) signed the school form.",
    "Godmother [[{F2}]] [[{L2}]] has temporary custody.",
    # obstetrics
    "FOB [[{F2}]] present and supportive.",
    "Partner [[{F2}]] cut the cord.",
    "Baby [[{F2}]] to NICU for grunting and retractions.",
    "Mother: [[{F2}]] [[{L2}]], 24 yo G1P1, blood type O+.",
    "Partner/support person: [[{F2}]] (they/them)",
    # family meetings, hospice, death
    "Family meeting: wife [[{F2}]], son [[{F3}]] (by phone), palliative team.",
    "Family at bedside: husband [[{F2}]] and daughter [[{F3}]].",
    "Present: pt's daughters [[{F2}]] and [[{F3}]], son-in-law [[{L2}]].",
    "[[{F2}]] (wife) was tearful; chaplain called.",
    "Bereavement: spouse [[{F2}]] referred to grief support.",
    "NOK notified of death: [[{F2}]] [[{L2}]], niece, at 0352.",
    # psychiatry collateral
    "Collateral from roommate [[{F2}]]: pt not sleeping x4 days.",
    "Collateral obtained from ex-husband [[{F2}]] [[{L2}]] by phone.",
    # consent, interpreter, EMS
    "Consent signed by [[{F2}]] [[{L2}]], mother/legal guardian.",
    "Verbal consent obtained from daughter [[{F2}]] [[{L2}]]; witnessed by RN.",
    "Discussed with pt's mother, [[{F2}]], via Spanish interpreter.",
    "Interpreted for pt's father, [[{F2}]] [[{L}]].",
    "Info per pt's girlfriend [[{F2}]] on scene.",
    "Boyfriend [[{F2}]] [[{L2}]] at bedside; pt consents to his presence.",
    "Pt's son, Mr. [[{L2}]], will bring the advance directive.",
    # family history and genetics
    "Family hx: mother ([[{F2}]]) had breast ca at 45.",
    "Pedigree: maternal aunt [[{F2}]] dx ovarian ca at 52; cousin [[{F3}]] BRCA2+.",
    "Daughter's name is [[{F2}]], lives in {CITY}.",
)

STAFF = (
    # attestations, signatures, scribes, addenda
    "Attending: [[{F}]] [[{L}]], MD",
    "Electronically signed by [[{F}]] [[{L}]], RN on {DATE} at 14:32",
    "e-signed: [[{L}]], [[{F}]] {M}, MD  {DATE} 0815",
    "Co-signed: [[{F}]] [[{L}]] MD {DATE} 2210",
    "Scribe statement: I, [[{F}]] [[{L}]], am scribing for and in the presence of Dr. [[{L2}]].",
    "I, Dr. [[{L2}]], personally performed the services described by the scribe.",
    "Documented by [[{F}]] [[{L}]], scribe, for Dr. [[{L2}]].",
    "Attestation: I saw and examined the patient with the resident, Dr. [[{F}]] [[{L}]], and agree with the note.",
    "Supervising physician: [[{L}]], [[{F}]] MD",
    "Addendum by [[{L}]], [[{F}]] on {DATE} 16:05: pathology final.",
    # dictation and letters
    "Dictated by: [[{F}]] [[{L}]], MD\nTranscribed by: [[{i}]]",
    "[[{I}]]/[[{i}]]\nD: {DATE}  T: {DATE}",
    "DD: {DATE}  DT: {DATE}  JOB #{D6}  [[{i}]]",
    "cc: Dr. [[{L}]]; Dr. [[{F2}]] [[{L2}]], Oncology",
    "cc: [[{F}]] [[{L}]], MD, [[{F2}]] [[{L2}]], NP",
    "Sincerely,\n[[{F}]] [[{L}]], M.D.\nHematology/Oncology",
    "Thank you, Dr. [[{L}]], for this referral.",
    "{FI}. [[{L}]], MD",
    "Dr. [[{L}]]'s office called with path results.",
    # nursing
    "Report given to [[{F}]], RN at 1900.",
    "Received report from [[{F}]] RN; assumed care.",
    "Charge RN [[{F}]] aware.",
    "Handoff to oncoming RN [[{F}]] using I-PASS.",
    "0900 metoprolol 25 mg PO given - [[{I}]]",
    "Team today: [[{F}]] (RN), [[{F2}]] (PCT), [[{F3}]] (RT)",
    "Nurse navigator [[{F}]] [[{L}]], BSN, OCN, will call pt.",
    # physicians, paging, rapid response
    "Paged Dr. [[{L}]] x2 re: K 2.9, awaiting callback.",
    "Per NP [[{F}]] [[{L}]], hold heparin gtt.",
    "Rapid response called; Dr. [[{L}]] and RT [[{F2}]] at bedside.",
    "Hospitalist (Dr. [[{L}]]) notified of BP 88/50.",
    "d/w dr [[{L}]] - ok to d/c foley",
    "Discussed with on-call, [[{L}]], who agrees.",
    "Accepting physician: Dr. [[{F}]] [[{L}]] (hospitalist)",
    "Ortho resident [[{F}]] [[{L}]] - pgr {D5}",
    "Nights: [[{L}]] x{D4}; Days: [[{L2}]] x{D4}",
    "Plan per Drs. [[{L}]]/[[{L2}]]",
    # tumour board, pathology, trials
    "Present: Drs. [[{L}]], [[{L2}]] and [[{L3}]] (med onc, rad onc, surgery)",
    "Pathology reviewed by [[{L}]]/[[{L2}]]; consensus Gleason 4+3.",
    "PI: [[{F}]] [[{L}]], MD, PhD; CRC: [[{F2}]] [[{L2}]]",
    "Consent obtained by [[{F}]] [[{L}]], research nurse.",
    # anesthesia, OR, sedation
    "Anesthesia: [[{L}]] (CRNA) / [[{L2}]] (MDA)",
    "Surgeon: [[{F}]] [[{L}]], MD   Assistant: [[{F2}]] [[{L2}]], PA-C",
    "Time-out: [[{F3}]] RN circulator, Dr. [[{L}]], [[{F2}]] scrub tech - all agree",
    "Sedation RN: [[{F}]] [[{L}]]  Proceduralist: [[{L2}]]",
    # social work, case management, interpreters, chaplains, pharmacy, therapy, dietitian
    "SW [[{F}]] [[{L}]], LCSW  ext {D4}",
    "Case manager: [[{F}]] [[{L}]], RN, CCM  pager {D5}",
    "Interpreter: [[{F}]] [[{L}]] (Spanish), ID #{D5}",
    "Interpreter name/ID: [[{F}]]/{D6} via video",
    "Chaplain [[{F}]] [[{L}]], MDiv, BCC visited.",
    "Pharmacist: [[{F}]] [[{L}]], PharmD, BCOP",
    "Verified by [[{L}]], RPh",
    "Anticoag clinic pharmacist [[{F}]] [[{L}]] dosed per protocol.",
    "PT: [[{F}]] [[{L}]], PT, DPT",
    "Treatment provided by [[{F}]] [[{L}]], OTR/L",
    "[[{F}]] [[{L}]], MS, CCC-SLP",
    "Dietitian [[{F}]] [[{L}]], RD, LD consulted for tube feeds.",
    "Therapist: [[{F}]] [[{L}]], LPC",
    # EMS, psychiatry, paediatrics, obstetrics, hospice, death
    "Medic [[{L}]] (unit 14) gave report to triage RN [[{F2}]].",
    "Pt seen with Dr. [[{L}]] and MS3 [[{F2}]] [[{L2}]].",
    "PCP: Dr. [[{L}]] at the pediatric clinic",
    "Delivered by [[{F}]] [[{L}]], CNM; RN [[{F2}]] assisted.",
    "Hospice RN [[{F}]] will visit Tues/Thurs.",
    "Death pronounced by Dr. [[{F}]] [[{L}]] at 0317; attending Dr. [[{L2}]] notified.",
)

FORMS = {"PATIENT": PATIENT, "RELATIVE": RELATIVE, "STAFF": STAFF}

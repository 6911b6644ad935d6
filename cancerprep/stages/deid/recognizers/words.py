"""Person-context vocabularies: titles, relations, credentials and the words that end a name.

Generic English and clinical charting words, never names or places from data.
"""

from __future__ import annotations

TITLES = {"dr", "drs", "dr's", "doctor", "mr", "mrs", "ms", "miss", "mister", "np", "rn", "pa",
          "nurse", "md", "attending", "resident", "intern", "fellow", "surgeon", "dr.s", "drs.",
          "prof", "professor", "pcp", "cardiologist", "oncologist", "chaplain", "rabbi", "father", "fr",
          "sister", "sr", "rev", "reverend", "coordinator", "caseworker", "worker", "sw", "licsw", "rnc",
          # a maiden name follows "nee" ("Ann Lee (nee Sawyer)") as a surname follows "Mrs."
          "nee", "née"}
STRONG_TITLES = {"dr", "drs", "dr's", "doctor", "mr", "mrs", "miss", "mister", "dr.s", "drs.", "nee", "née"}
RELATIONS = {"son", "sons", "daughter", "daughters", "dtr", "dtrs", "dau", "wife", "husband", "spouse",
             "sister", "sisters", "brother", "brothers", "niece", "nephew", "aunt", "uncle", "cousin",
             "grandson", "granddaughter", "grandaughter", "grandchild", "mother", "father", "mom", "dad",
             "friend", "proxy", "hcp", "spokesperson", "guardian", "fiance", "fiancee", "partner",
             "girlfriend", "boyfriend", "neighbor", "neice", "stepdaughter", "stepson", "sil", "dil",
             "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "grandmother",
             "grandfather", "caseworker",
             "mother-in-law", "father-in-law", "visitor", "ex-wife", "ex-husband", "companion",
             "widow", "widower"}
# Kin and household words the way notes write them: plurals, "-in-law", "step-", "great-", "ex-", family
# nicknames, shorthand (MOP "mother of patient", MGM/PGF grandparents) and the people a
# patient lives with; every one is followed by the person's name as often as a relation word is.
_KIN = ("son", "daughter", "brother", "sister", "mother", "father", "parent", "child")
RELATIONS |= (
    {"parent", "parents", "grandparent", "grandparents", "grandchildren", "grandsons", "granddaughters", "children",
     "kids", "grandkids", "wives", "husbands", "spouses", "partners", "nieces", "nephews", "aunts", "uncles",
     "cousins", "siblings", "sibling", "stepmother", "stepfather", "stepmom", "stepdad", "stepsister", "stepbrother",
     "stepchild", "stepchildren", "stepdaughters", "stepsons", "godmother", "godfather", "goddaughter",
     "grandma", "grandpa", "granny", "grandmom", "granddad", "mommy", "daddy", "auntie", "granddtr",
     "fiancé", "fiancée", "girlfriends", "boyfriends", "roommate", "landlord", "landlady", "neighbour",
     "neighbors", "caregiver", "caregivers", "caretaker", "mop", "mgm", "mgf", "pgm", "pgf",
     "friends", "ex-girlfriend", "ex-boyfriend", "ex-partner", "ex-spouse", "husb", "hubby", "sis", "bro"}
    | {f"{k}-in-law" for k in _KIN} | {f"{k}s-in-law" for k in _KIN} | {f"{k}-in-laws" for k in _KIN}
    | {f"step-{k}" for k in _KIN} | {f"half-{k}" for k in ("brother", "sister", "sibling")}
    | {f"great-{k}" for k in ("aunt", "uncle", "grandson", "granddaughter", "grandmother", "grandfather",
                              "grandchild", "niece", "nephew")}
    | {f"{k}-{m}" for k in ("foster", "adoptive", "birth") for m in ("mother", "father", "parent", "parents")})
# Two-word relations whose last word alone is no relation ("her significant other, Ann,"): the head word names the
# relation only after its modifier.
RELATION_PHRASES = {"other": frozenset({"significant", "sig"})}
CREDENTIALS = {"rn", "rrt", "md", "np", "crt", "pa", "lpn", "licsw", "msw", "slp", "pharmd", "bsn", "cnm",
               "crna", "pa-c", "rph", "phd", "mph", "lcsw", "ccrn",
               # surgical, nursing and therapy credentials ("Assisted by L. Nash, CST")
               "cst", "rnfa", "cna", "cma", "aprn", "fnp", "dnp", "cnp", "crnp", "otr", "dpt"}
# Board certifications, degrees and licences after a clinician's name ("Ann Lee, ANP-BC", "Ann Lee, RD, LDN",
# "Ann Lee, LCSW-C"), with the board-certified and licence suffixes notes glue onto them.
_NP = ("anp", "fnp", "agnp", "acnp", "agacnp", "agpcnp", "pnp", "cpnp", "whnp", "pmhnp", "nnp", "np", "rn", "cns",
       "acns", "aprn", "crnp", "ccns")
CREDENTIALS |= (
    {"anp", "agnp", "acnp", "agacnp", "pnp", "cpnp", "whnp", "pmhnp", "nnp", "apn", "msn", "rnc", "lvn",
     "ocn", "cen", "cnor", "cpn", "chpn", "aocn", "aocnp", "rdn", "ldn", "cde", "cdces", "mspt",
     "lmsw", "lsw", "lpc", "lmft", "lcpc", "psyd", "dds", "dmd", "dpm", "mbbs", "facs", "facp", "fccp",
     "faap", "facc", "facog", "rdms", "rvt", "rdcs", "arrt", "emt", "emt-p", "nrp", "rma", "cpht", "bcps", "bcop",
     "np-c", "ccc-slp", "lcsw-c", "lcsw-r", "otr-l", "fnp-c", "anp-c"}
    | {f"{c}-bc" for c in _NP})
# Offices and occupations a person is named by, the role before the surname ("Principal Lange", "Attorney Tuttle",
# "Pastor Young", "Officer Reyes", "hospice aide Ruiz"): the people of a patient's legal, religious, school, civic,
# working and caring life. Generic nouns of roles, never names.
ROLE_TITLES = frozenset("""
attorney lawyer counsel counselor counsellor paralegal notary judge magistrate justice advocate ombudsman trustee
executor executrix conservator mediator
rabbi pastor priest reverend minister deacon bishop cantor imam chaplain cleric elder monsignor vicar
principal teacher professor dean tutor coach superintendent instructor headmaster headmistress librarian
officer detective sergeant sgt deputy sheriff trooper marshal captain capt lieutenant lt corporal cpl inspector
investigator commissioner mayor senator governor councilman councilwoman
supervisor manager boss foreman director administrator volunteer
nurse aide therapist interpreter translator navigator coordinator caseworker worker doula midwife paramedic medic
pharmacist dietitian nutritionist technician phlebotomist
""".split())
# Words that end a name: function words and the clinical verbs that follow names.
STOP = {"the", "a", "an", "and", "or", "of", "to", "in", "on", "at", "by", "for", "with", "from", "is",
        "was", "are", "were", "be", "been", "has", "had", "have", "will", "would", "can", "could",
        "should", "may", "might", "did", "does", "do", "not", "no", "yes", "who", "which", "that", "this",
        "these", "those", "he", "she", "they", "we", "his", "her", "their", "our", "it", "its", "him",
        "them", "me", "my", "i", "you", "your", "aware", "notified", "updated", "called", "paged",
        "here", "there", "out", "up", "re", "also", "as", "then", "now", "today", "tonight",
        "yesterday", "tomorrow", "am", "pm", "said", "says", "states", "stated", "spoke", "came",
        "team", "service", "office", "per", "if", "so", "but", "about", "after", "before", "when",
        "while", "into", "via", "over", "x", "re:", "note", "ok", "okay", "all", "both", "other",
        "again", "please", "plan", "pt", "pt's", "patient", "family", "md", "rn", "np", "informed",
        "ordered", "made", "gave", "given", "wants", "want", "feels", "visit",
        "visited", "visiting", "home", "phone", "brought", "reports", "report"}

# Words after which a capitalised given name and surname pair names a place or thing, not a person ("in Palm Beach",
# "near Grant Park", "the Rose Bowl"): determiners and place prepositions. After "to" and "from" a person is as usual
# ("sent to Ann Lee"), and a town there is told by the gazetteer.
NOT_BEFORE_PAIR = frozenset({"in", "at", "of", "near", "into", "inside", "the", "a", "an", "this", "that", "these",
                             "those", "toward", "towards"})

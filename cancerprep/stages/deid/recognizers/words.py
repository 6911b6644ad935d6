"""Person-context vocabularies: titles, relations, credentials and the words that end a name.

Generic English and clinical charting words, never names or places from data.
"""

from __future__ import annotations

TITLES = {"dr", "drs", "dr's", "doctor", "mr", "mrs", "ms", "miss", "mister", "np", "rn", "pa",
          "nurse", "md", "attending", "resident", "intern", "fellow", "surgeon", "dr.s", "drs.",
          "prof", "professor", "pcp", "cardiologist", "oncologist", "chaplain", "rabbi", "father", "fr",
          "sister", "sr", "rev", "reverend", "coordinator", "caseworker", "worker", "sw", "licsw", "rnc"}
STRONG_TITLES = {"dr", "drs", "dr's", "doctor", "mr", "mrs", "miss", "mister", "dr.s", "drs."}
RELATIONS = {"son", "sons", "daughter", "daughters", "dtr", "dtrs", "dau", "wife", "husband", "spouse",
             "sister", "sisters", "brother", "brothers", "niece", "nephew", "aunt", "uncle", "cousin",
             "grandson", "granddaughter", "grandaughter", "grandchild", "mother", "father", "mom", "dad",
             "friend", "proxy", "hcp", "spokesperson", "guardian", "fiance", "fiancee", "partner",
             "girlfriend", "boyfriend", "neighbor", "neice", "stepdaughter", "stepson", "sil", "dil",
             "son-in-law", "daughter-in-law", "brother-in-law", "sister-in-law", "grandmother",
             "grandfather", "caseworker",
             "mother-in-law", "father-in-law", "visitor", "ex-wife", "ex-husband", "companion"}
CREDENTIALS = {"rn", "rrt", "md", "np", "crt", "pa", "lpn", "licsw", "msw", "slp", "pharmd", "bsn", "cnm",
               "crna", "pa-c", "rph", "phd", "mph", "lcsw", "ccrn",
               # surgical, nursing and therapy credentials ("Assisted by L. Nash, CST")
               "cst", "rnfa", "cna", "cma", "aprn", "fnp", "dnp", "cnp", "crnp", "otr", "dpt"}
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


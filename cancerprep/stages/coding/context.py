"""ConText modifier rules for cancer notes: which cue words make a mention negated, uncertain,
hypothetical, historical or about a relative (medspacy `ConTextRule`s, added to its defaults by
`TextCoder.setup`)."""

from __future__ import annotations

from typing import Any

# Categories of cue that end the scope of some categories only (medspacy's TERMINATE ends every category, and a
# history cue must run on past "in this patient with"): the ConText pipe's `terminating_types`. They set no
# attribute of a mention.
END_OF_DOUBT = "END_OF_DOUBT"
END_OF_NEGATION = "END_OF_NEGATION"
END_OF_HISTORY = "END_OF_HISTORY"
TERMINATING_TYPES = {"NEGATED_EXISTENCE": [END_OF_DOUBT, END_OF_NEGATION], "POSSIBLE_EXISTENCE": [END_OF_DOUBT],
                     "HYPOTHETICAL": [END_OF_DOUBT], "HISTORICAL": [END_OF_HISTORY]}


def context_rules() -> list[Any]:
    """ConText rules added to medspacy's defaults: its general rules miss how cancer notes phrase
    family history, screening, consent boilerplate and differential diagnoses."""
    from medspacy.context import ConTextRule

    rules = []
    for lit in ("mother", "father", "sister", "brother", "aunt", "uncle", "grandmother", "grandfather",
                "daughter", "son", "cousin", "sibling", "siblings", "maternal", "paternal", "niece",
                "nephew", "family members", "family history", "relatives",
                # the short forms notes write them in
                "mom", "dad", "mum", "grandma", "grandpa", "fam hx", "family hx", "fhx", "fh"):
        rules.append(ConTextRule(lit, "FAMILY", direction="BIDIRECTIONAL", max_scope=8))
    # a family history joined by "and" to what comes before is a new item: it modifies what follows only, not the
    # patient's own disease before it ("a personal history of thyroid carcinoma and a family history of polyps");
    # the longer match wins the overlap with the bidirectional "family history"
    rules.append(ConTextRule("and a family history", "FAMILY", direction="FORWARD", max_scope=8, pattern=[
        {"LOWER": {"IN": ["and", "but", "with"]}},
        {"LOWER": {"IN": ["a", "an", "his", "her", "their", "no"]}, "OP": "?"},
        {"LOWER": {"IN": ["strong", "significant", "positive", "extensive"]}, "OP": "?"},
        {"LOWER": {"IN": ["family", "fam"]}}, {"LOWER": {"IN": ["history", "hx"]}}]))
    for lit in ("screening", "screen for", "risk of", "risk for", "risks of", "increased risk",
                "risk factors", "to rule out", "surveillance for", "prevention", "in the future"):
        direction = "BACKWARD" if lit == "in the future" else "BIDIRECTIONAL" if lit == "screening" \
            else "FORWARD"
        rules.append(ConTextRule(lit, "HYPOTHETICAL", direction=direction, max_scope=8))
    # consent boilerplate lists possible harms over a whole sentence ("risks including bleeding, ...,
    # and failure to diagnose cancer")
    for lit in ("risks including", "risks include", "risks of the procedure", "risks were", "complications including",
                "complications include", "complications such as", "risks such as"):
        rules.append(ConTextRule(lit, "HYPOTHETICAL", direction="FORWARD"))
    for lit in ("rule out", "r/o", "suspicious for", "concerning for", "worrisome for", "suspected",
                "suspect", "presumed", "presumptive", "working diagnosis", "question of", "questionable",
                "possible", "possibly", "probable", "probably", "likely",
                "suggestive of", "cannot be excluded", "cannot be ruled out", "not excluded",
                "evaluation for", "evaluate for", "possibility of", "consideration", "would be",
                "concern for", "concerning",
                # the short forms: "c/f lymphoma", "ddx includes"
                "c/f", "ddx", "questionable for", "equivocal for"):
        direction = "BACKWARD" if lit.startswith(("cannot", "not ")) else "FORWARD"
        rules.append(ConTextRule(lit, "POSSIBLE_EXISTENCE", direction=direction, max_scope=8))
    for lit in ("versus", "vs", "vs."):
        rules.append(ConTextRule(lit, "POSSIBLE_EXISTENCE", direction="BIDIRECTIONAL", max_scope=5))
    for lit in ("no evidence of", "negative for", "free of", "no sign of", "no signs of", "no history of",
                "no personal history of", "denies", "without", "not malignant", "benign", "ruled out",
                "neg for", "no e/o", "w/o", "no h/o", "no hx of", "no fhx of"):
        direction = "BACKWARD" if lit == "ruled out" else "FORWARD"
        rules.append(ConTextRule(lit, "NEGATED_EXISTENCE", direction=direction, max_scope=10))
    # medspacy's backward "is/was negative" shadows "negative for" in "ROS is negative for A, B, cancer"
    rules.append(ConTextRule("is negative for", "NEGATED_EXISTENCE", direction="FORWARD", pattern=[
        {"LOWER": {"IN": ["is", "are", "was", "were", "be", "been"]}}, {"LOWER": "negative"}, {"LOWER": "for"}]))
    # lists of what a finding could be ("possibilities include A, B or cancer", "causes of hematuria
    # include stones and bladder cancer", "the differential diagnosis includes ..."): the whole sentence
    for lit in ("differential", "possibilities include", "possibilities", "possibility", "differential diagnosis",
                "differential diagnoses", "differential includes", "causes include", "causes of", "possible causes",
                "etiologies", "etiology", "considerations include", "include the following", "to evaluate for",
                "potential"):
        rules.append(ConTextRule(lit, "POSSIBLE_EXISTENCE", direction="FORWARD", max_scope=25))
    # longer than medspacy's "cause(s) of" terminator, which would otherwise win the overlap
    # what it is a cause of may be a phrase ("causes of painless hematuria in this age group include ...")
    rules.append(ConTextRule("<causes> of <x> include", "POSSIBLE_EXISTENCE", direction="FORWARD", max_scope=25,
                             pattern=[
        {"LOWER": {"IN": ["causes", "etiologies", "reasons", "sources", "possibilities"]}},
        {"LOWER": {"IN": ["of", "for", "to"]}}, *[{"IS_ALPHA": True, "OP": "?"}] * 7, {"IS_ALPHA": True},
        {"LOWER": {"IN": ["include", "includes", "including", "are", "could", "may"]}}]))
    # a finding that could be one of several things, and a diagnosis being considered or feared: modal
    # "could be", "may be a", "might represent"; "we are considering", "worried that he may have"
    rules.append(ConTextRule("<could> <be|represent>", "POSSIBLE_EXISTENCE", direction="FORWARD", max_scope=8,
                             pattern=[{"LOWER": {"IN": ["could", "may", "might"]}},
                                      {"LOWER": {"IN": ["be", "represent", "reflect", "have", "indicate"]}}]))
    for lit in ("considering", "consider", "to be considered", "worried", "worries", "afraid", "fears",
                "concerned that", "concerned about", "wonders", "asks whether", "asked whether"):
        rules.append(ConTextRule(lit, "POSSIBLE_EXISTENCE", direction="FORWARD", max_scope=10))
    # a work-up is a search for a disease not yet found ("work-up for an occult malignancy was unremarkable")
    for lit in ("work-up for", "workup for", "work up for", "search for", "look for", "looking for", "assess for",
                "assessment for", "check for", "evaluated for", "screened for", "exclude", "to exclude"):
        rules.append(ConTextRule(lit, "HYPOTHETICAL", direction="FORWARD", max_scope=10))
    # teaching and conditions: "counseled on the warning signs of melanoma", "should the frozen section show
    # carcinoma, we will ...", "in the event of"
    for lit in ("signs of", "symptoms of", "counseled", "counselled", "educated", "instructed", "in the event",
                "in case", "should the", "should it", "should this", "should a", "should any", "unless"):
        rules.append(ConTextRule(lit, "HYPOTHETICAL", direction="FORWARD", max_scope=10))
    # "has never been diagnosed with cancer" (medspacy has "never had" only)
    rules.append(ConTextRule("never <been> diagnosed", "NEGATED_EXISTENCE", direction="FORWARD", max_scope=10,
                             pattern=[{"LOWER": "never"}, {"LOWER": {"IN": ["been", "be"]}, "OP": "?"},
                                      {"LOWER": {"IN": ["diagnosed", "told", "treated", "found"]}}]))
    # "disease free", "cancer-free", "recurrence free": the cancer is past, not absent (medspacy's backward
    # "free" would negate it); the longer match wins the overlap
    rules.append(ConTextRule("<disease> free", "HISTORICAL", direction="BACKWARD", max_scope=12, pattern=[
        {"LOWER": {"IN": ["disease", "cancer", "tumor", "tumour", "recurrence", "progression", "relapse"]}},
        {"TEXT": "-", "OP": "?"}, {"LOWER": "free"}]))
    # a pathology report's margins are what is free or negative, not the tumour ("carcinoma in situ, margins
    # free"; "negative margins")
    rules.append(ConTextRule("margins free", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["margin", "margins"]}}, {"LOWER": {"IN": ["are", "is", "were", "was", "widely"]}, "OP": "?"},
        {"LOWER": {"IN": ["free", "negative", "clear", "uninvolved", "clean"]}}]))
    adverbs = ["probably", "likely", "now", "already", "essentially", "effectively", "definitely", "fully",
               "completely", "since", "also", "previously"]
    # "has probably been ruled out", "was essentially excluded": medspacy's own rules allow no adverb
    rules.append(ConTextRule("<be> <adv> ruled out", "NEGATED_EXISTENCE", direction="BACKWARD", max_scope=12, pattern=[
        {"LOWER": {"IN": ["is", "are", "was", "were", "has", "have", "had", "been", "be"]}},
        {"LOWER": {"IN": adverbs}, "OP": "?"}, {"LOWER": "been", "OP": "?"}, {"LOWER": {"IN": adverbs}, "OP": "?"},
        {"LOWER": {"IN": ["ruled", "excluded"]}}, {"LOWER": "out", "OP": "?"}]))
    # "though lymphoma could not be excluded": uncertain, for what comes before it in its clause
    rules.append(ConTextRule("<could> not be excluded", "POSSIBLE_EXISTENCE", direction="BACKWARD", max_scope=8,
                             pattern=[{"LOWER": {"IN": ["cannot", "could", "can", "may"]}},
                                      {"LOWER": {"IN": ["not", "n't"]}, "OP": "?"}, {"LOWER": "be"},
                                      {"LOWER": {"IN": adverbs}, "OP": "?"},
                                      {"LOWER": {"IN": ["excluded", "ruled", "eliminated"]}},
                                      {"LOWER": "out", "OP": "?"}]))
    # a new clause ends the scope of a cue ("consistent with X, though Y could not be excluded")
    for lit in ("though", "although", "however", "whereas"):
        for cat in ("POSSIBLE_EXISTENCE", "NEGATED_EXISTENCE", "HYPOTHETICAL"):
            rules.append(ConTextRule(lit, cat, direction="TERMINATE"))
    for lit in ("chance of", "chances of", "likelihood of", "odds of", "developing", "would develop", "may develop",
                "to prevent", "reduce the risk"):
        rules.append(ConTextRule(lit, "HYPOTHETICAL", direction="FORWARD", max_scope=8))
    for lit in ("status post", "s/p", "previous", "prior", "remote", "in remission", "years ago",
                "history of", "treated for", "past history", "h/o", "hx of", "hx", "pmh", "pmhx"):
        rules.append(ConTextRule(lit, "HISTORICAL", direction="BIDIRECTIONAL" if lit == "years ago"
                                 else "FORWARD", max_scope=10))
    for lit in ("survivor", "survivors"):  # "a lung cancer survivor": the cancer is past
        rules.append(ConTextRule(lit, "HISTORICAL", direction="BACKWARD", max_scope=4))
    # other experiencers: the people a patient lives with or knows ("her husband was diagnosed with lung cancer")
    for lit in ("husband", "wife", "spouse", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "roommate",
                "friend", "friends", "coworker", "co-worker", "coworkers", "neighbor", "neighbour"):
        rules.append(ConTextRule(lit, "FAMILY", direction="BIDIRECTIONAL", max_scope=8))
    # cues written after the disease: "her breast cancer risk", "cervical cancer prevention", "osteosarcoma is in
    # the differential"
    for lit in ("risk", "prevention"):
        rules.append(ConTextRule(lit, "HYPOTHETICAL", direction="BACKWARD", max_scope=3))
    rules.append(ConTextRule("in the differential", "POSSIBLE_EXISTENCE", direction="BACKWARD", max_scope=10, pattern=[
        {"LOWER": {"IN": ["in", "on"]}}, {"LOWER": "the"}, {"LOWER": {"IN": ["differential", "ddx"]}}]))
    for lit in ("survivor of", "survivors of"):  # "a survivor of Hodgkin lymphoma"
        rules.append(ConTextRule(lit, "HISTORICAL", direction="FORWARD", max_scope=8))
    # "kidney cancer status post nephrectomy 10 years ago": a treatment dated in the past, written after the
    # disease, makes it history. One modifier for the whole phrase: "status post" and "years ago" apart are two
    # HISTORICAL cues that cut each other's scope, and a bare backward "status post" would make recent surgery
    # ("DCIS, s/p lumpectomy last week") history too.
    # The same dated treatment written before the disease is history too ("status post Whipple procedure in
    # 2019 for pancreatic adenocarcinoma"), hence both directions; a bare year is a date as well ("status post
    # total thyroidectomy 2010").
    for when in ([{"LIKE_NUM": True}, {"LOWER": {"IN": ["year", "years", "yrs", "decade", "decades"]}},
                  {"LOWER": "ago"}], [{"LOWER": "in"}, {"SHAPE": "dddd"}], [{"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}]):
        for opener in ([{"LOWER": "status"}, {"LOWER": "post"}], [{"LOWER": "s"}, {"ORTH": "/"}, {"LOWER": "p"}]):
            rules.append(ConTextRule("<s/p> ... <past time>", "HISTORICAL", direction="BIDIRECTIONAL", max_scope=10,
                                     pattern=[*opener, {"IS_PUNCT": False, "LIKE_NUM": False, "OP": "{1,5}",
                                                        "LOWER": {"NOT_IN": ["and", "but", "now", "for"]}}, *when]))
    # ... but a treatment of days or weeks ago is this episode's ("status post lumpectomy 10 days ago for breast
    # cancer", "s/p hemicolectomy last week for colon cancer"): the cancer is still being treated (the active
    # code, guideline I.C.2.d), so the whole phrase is a pseudo-cue and "status post" does not make it history
    for when in ([{"LIKE_NUM": True}, {"LOWER": {"IN": ["day", "days", "week", "weeks", "wk", "wks"]}},
                  {"LOWER": "ago"}],
                 [{"LOWER": {"IN": ["last", "this", "past"]}}, {"LOWER": {"IN": ["week", "weekend", "admission"]}}],
                 [{"LOWER": {"IN": ["yesterday", "today", "recently"]}}],
                 [{"LOWER": {"IN": ["on", "during"]}}, {"LOWER": "this"}, {"LOWER": {"IN": ["admission",
                                                                                            "hospitalization"]}}]):
        for opener in ([{"LOWER": "status"}, {"LOWER": "post"}], [{"LOWER": "s"}, {"ORTH": "/"}, {"LOWER": "p"}]):
            rules.append(ConTextRule("<s/p> ... <recent time>", "PSEUDO", direction="PSEUDO", pattern=[
                *opener, {"IS_PUNCT": False, "LIKE_NUM": False, "OP": "{1,5}",
                          "LOWER": {"NOT_IN": ["and", "but", "now", "in"]}}, *when]))
    # a time of life long past ("she had lymphoma as a child", "in his childhood he was treated for leukemia"): history
    for lit in ("as a child", "as a teenager", "as an infant", "as a toddler", "as an adolescent", "in childhood",
                "during childhood", "in his childhood", "in her childhood", "in his youth", "in her youth"):
        rules.append(ConTextRule(lit, "HISTORICAL", direction="BIDIRECTIONAL", max_scope=8))
    # a past year ("breast cancer in 1984 with subsequent radiation"): the diagnosis is history
    rules.append(ConTextRule("in <year>", "HISTORICAL", direction="BIDIRECTIONAL", max_scope=12, pattern=[
        {"LOWER": {"IN": ["in", "since"]}}, {"SHAPE": "dddd"}]))
    # what a test found is no hypothesis: "a cecal adenocarcinoma found on screening colonoscopy" (the longer
    # match wins the overlap with "screening")
    rules.append(ConTextRule("found on screening", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["found", "detected", "diagnosed", "discovered", "identified", "seen", "noted", "picked"]}},
        {"LOWER": "up", "OP": "?"}, {"LOWER": {"IN": ["on", "by", "at", "during", "via", "through", "with", "in"]}},
        {"LOWER": {"IN": ["a", "an", "the", "his", "her", "routine", "annual"]}, "OP": "*"}, {"LOWER": "screening"}]))
    # a finding short of a disease's diagnostic criteria is not that disease ("a monoclonal B-cell population below
    # the threshold for CLL", "does not meet criteria for myeloma")
    rules.append(ConTextRule("below the threshold for", "NEGATED_EXISTENCE", direction="FORWARD", max_scope=8, pattern=[
        {"LOWER": {"IN": ["below", "under", "beneath", "short", "insufficient"]}}, {"LOWER": "of", "OP": "?"},
        {"LOWER": "the", "OP": "?"}, {"LOWER": {"IN": ["threshold", "thresholds", "criteria", "cutoff", "cut-off"]}},
        {"LOWER": {"IN": ["for", "of"]}}]))
    rules.append(ConTextRule("does not meet criteria for", "NEGATED_EXISTENCE", direction="FORWARD", max_scope=8,
                             pattern=[{"LOWER": {"IN": ["not", "never", "n't"]}}, {"LOWER": {"IN": ["meet", "meeting",
                                      "fulfil", "fulfill", "satisfy"]}}, {"LOWER": "the", "OP": "?"},
                                      {"LOWER": {"IN": ["criteria", "criterion", "definition", "threshold"]}},
                                      {"LOWER": {"IN": ["for", "of"]}}]))
    # the patient a report is about, then what they have: "no evidence of recurrent disease in this patient with a
    # history of renal cell carcinoma" - a doubt or negation before it does not reach the patient's own disease
    # after it (a history cue does: END_OF_DOUBT ends only the categories TERMINATING_TYPES gives it)
    rules.append(ConTextRule("patient with", END_OF_DOUBT, direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": ["patient", "man", "woman", "gentleman", "lady", "male", "female", "boy", "girl"]}},
        {"LOWER": "with"}]))
    # what a negated finding came after is an event, not the finding: "no residual invasive carcinoma after
    # neoadjuvant therapy for rectal adenocarcinoma" (the treated cancer was there)
    rules.append(ConTextRule("after", END_OF_NEGATION, direction="BACKWARD", max_scope=1))
    # what a negative stain list supports after a comma is the finding, not a negated one: "negative for CDX2 and
    # GATA3, supporting a primary pulmonary adenocarcinoma" (not "no findings supporting malignancy": no comma)
    rules.append(ConTextRule(", supporting", END_OF_NEGATION, direction="BACKWARD", max_scope=1, pattern=[
        {"TEXT": {"IN": [",", ";"]}}, {"LOWER": {"IN": ["supporting", "supports", "favoring", "favouring", "favors",
                                                        "favours", "confirming", "confirms", "indicating"]}}]))
    # a diagnosis not (yet) made, written after the disease: "cancer has not been diagnosed", "lymphoma was not
    # confirmed"; and one only weighed: "leukemia was considered but the smear is normal"
    rules.append(ConTextRule("<be> not <yet> <been> diagnosed", "NEGATED_EXISTENCE", direction="BIDIRECTIONAL",
                             max_scope=8,
                             pattern=[{"LOWER": {"IN": ["has", "have", "had", "is", "are", "was", "were"]}},
                                      {"LOWER": {"IN": ["not", "n't"]}}, {"LOWER": "yet", "OP": "?"},
                                      {"LOWER": "been", "OP": "?"},
                                      {"LOWER": {"IN": ["diagnosed", "confirmed", "established", "proven", "found",
                                                        "identified", "made"]}}]))
    rules.append(ConTextRule("<was> considered", "POSSIBLE_EXISTENCE", direction="BACKWARD", max_scope=6, pattern=[
        {"LOWER": {"IN": ["was", "were", "is", "are", "been"]}}, {"LOWER": {"IN": ["considered", "entertained",
                                                                                    "suspected", "raised"]}}]))
    # a trial's criteria name the disease a patient must have, not the one this patient has ("inclusion requires
    # histologically confirmed pancreatic adenocarcinoma; the biopsy showed pancreatitis")
    rules.append(ConTextRule("inclusion requires", "HYPOTHETICAL", direction="FORWARD", max_scope=12, pattern=[
        {"LOWER": {"IN": ["inclusion", "eligibility", "enrollment", "enrolment", "entry"]}},
        {"LOWER": {"IN": ["requires", "required", "require", "requirement", "requirements"]}}]))
    # a risk group is a grade of the disease written with it, not a risk of getting it ("acute lymphoblastic
    # leukemia, standard risk, in maintenance"): the phrase is a pseudo-cue over the backward "risk" above
    # (not "high risk of"/"high risk for", which go on to a disease not yet had)
    rules.append(ConTextRule("<standard> risk,", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["standard", "high", "low", "intermediate", "average", "poor", "favorable", "favourable",
                          "adverse", "very"]}}, {"TEXT": "-", "OP": "?"}, {"LOWER": "risk"}, {"IS_PUNCT": True}]))
    # a course of treatment finished and off for a while, written either side: "off therapy for 20 years",
    # "6 yrs out from right hemicolectomy", "treatment completed 2019"
    for lit in ("off therapy", "off treatment", "off chemotherapy", "off all therapy", "off all treatment"):
        rules.append(ConTextRule(lit, "HISTORICAL", direction="BIDIRECTIONAL", max_scope=10))
    rules.append(ConTextRule("<n> years out from", "HISTORICAL", direction="FORWARD", max_scope=10, pattern=[
        {"LIKE_NUM": True}, {"LOWER": {"IN": ["year", "years", "yr", "yrs", "decade", "decades"]}},
        {"LOWER": "out"}, {"LOWER": {"IN": ["from", "since"]}}]))
    rules.append(ConTextRule("completed <year>", "HISTORICAL", direction="BIDIRECTIONAL", max_scope=12, pattern=[
        {"LOWER": {"IN": ["completed", "finished"]}}, {"LOWER": "in", "OP": "?"},
        {"TEXT": {"REGEX": r"^(?:19|20)\d\d$"}}]))
    # a diagnosis just made is this episode's: "h/o COPD and newly diagnosed adenocarcinoma of the lung" - a history
    # cue before it does not reach the new disease (a doubt or negation still does)
    rules.append(ConTextRule("newly diagnosed", END_OF_HISTORY, direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": ["newly", "recently", "new"]}},
        {"LOWER": {"IN": ["diagnosed", "dx", "dx'd", "dxd", "diagnosis", "found", "detected"]}}]))
    # (new cues go last, under literals of their own: medspacy keys a rule's matches by its literal, and the order of
    # rules that share one, such as "prevention" forward and backward, decides which applies)
    # a suspicion that prompted a test: "biopsied for concern of melanoma" (with "concern for" above)
    rules.append(ConTextRule("<concern of>", "POSSIBLE_EXISTENCE", direction="FORWARD", max_scope=8, pattern=[
        {"LOWER": "concern"}, {"LOWER": {"IN": ["of", "about"]}}]))
    # a time of life long past, as a student: "Hodgkin's disease diagnosed in college"
    rules.append(ConTextRule("<in college>", "HISTORICAL", direction="BIDIRECTIONAL", max_scope=8, pattern=[
        {"LOWER": {"IN": ["in", "during"]}}, {"LOWER": {"IN": ["his", "her", "their"]}, "OP": "?"},
        {"LOWER": {"IN": ["college", "university", "teens", "adolescence"]}}]))
    return rules


# medspacy's "prophylaxis" negates backward without limit: in a medication list ("lenalidomide for myeloma
# maintenance, aspirin daily, acyclovir prophylaxis") it reached the myeloma. Prophylaxis is of what is written
# right before it ("DVT prophylaxis", "PCP prophylaxis"): it is redefined with a short scope.
def replaced_defaults() -> list[Any]:
    """Rules that replace medspacy default rules of the same literal (the defaults are dropped)."""
    from medspacy.context import ConTextRule

    return [ConTextRule("prophylaxis", "NEGATED_EXISTENCE", direction="BACKWARD", max_scope=3)]

"""ConText modifier rules for cancer notes: which cue words make a mention negated, uncertain,
hypothetical, historical or about a relative (medspacy `ConTextRule`s, added to its defaults by
`TextCoder.setup`)."""

from __future__ import annotations

import re
from typing import Any

from cancerprep.stages.coding.borders import remission_rules

# Categories of cue that end the scope of some categories only (medspacy's TERMINATE ends every category, and a
# history cue must run on past "in this patient with"): the ConText pipe's `terminating_types`. They set no
# attribute of a mention.
END_OF_DOUBT = "END_OF_DOUBT"
END_OF_NEGATION = "END_OF_NEGATION"
END_OF_HISTORY = "END_OF_HISTORY"
# what a test found ends a question asked before it ("to evaluate for malignancy and returned as adenocarcinoma",
# "the differential included A and B; the specimen showed B"), not a negation ("did not show carcinoma")
END_OF_QUESTION = "END_OF_QUESTION"
# the patient as the subject ends a relative's ("she herself", "his own", "he has": "like his father, ..., he has
# adenocarcinoma of the prostate")
END_OF_FAMILY = "END_OF_FAMILY"
# a clause of its own after a comma or semicolon, with a person as its subject (", and she will proceed with ..."):
# a doubt or negation before it ends there; with the patient as the subject in the present (", and now he has ..."),
# a relative's disease and a past one end there too
END_OF_CLAUSE = "END_OF_CLAUSE"
END_OF_SUBJECT = "END_OF_SUBJECT"
# a contrast ("but", "though", "however"): every scope ends there. medspacy's own TERMINATE cues end only scopes
# that run to the sentence's end (its `tuple_overlaps` misses a scope lying strictly inside the terminator's), so
# these, like END_OF_DOUBT, are cues of a category of their own with a one-token scope
END_OF_CONTRAST = "END_OF_CONTRAST"
# a comma, semicolon or colon: the end of the phrase a judgement written after a disease is about (only the cues that
# name it in their own `terminated_by`)
END_OF_PHRASE = "END_OF_PHRASE"
# a relative pronoun or conjunction: the end of the noun phrase such a judgement has as its subject
END_OF_NOUN_PHRASE = "END_OF_NOUN_PHRASE"
# a semicolon between two clauses, not between the items of a list ("no evidence of malignancy on the biopsy; breast
# cancer on letrozole", but "no evidence of: adenopathy; effusion; malignancy"): see `clause_semicolon`
END_OF_SEMICOLON_CLAUSE = "END_OF_SEMICOLON_CLAUSE"
# ... a clause that only goes on with a verb of being ("an abscess; a necrotic glioblastoma is also possible"): a
# negation ends there, a doubt may go on over it (a differential is often so continued)
END_OF_SEMICOLON_NEGATION = "END_OF_SEMICOLON_NEGATION"
_CLAUSE_ENDS = [END_OF_CLAUSE, END_OF_SUBJECT, END_OF_CONTRAST, END_OF_SEMICOLON_CLAUSE]
TERMINATING_TYPES = {"NEGATED_EXISTENCE": [END_OF_DOUBT, END_OF_NEGATION, *_CLAUSE_ENDS, END_OF_SEMICOLON_NEGATION],
                     "POSSIBLE_EXISTENCE": [END_OF_DOUBT, END_OF_QUESTION, *_CLAUSE_ENDS],
                     # a screening, a risk or a plan is no doubt a differential continues over a clause of being
                     # ("No evidence of malignancy on the screening mammogram; nodular melanoma of the scalp")
                     "HYPOTHETICAL": [END_OF_DOUBT, END_OF_QUESTION, *_CLAUSE_ENDS, END_OF_SEMICOLON_NEGATION],
                     "HISTORICAL": [END_OF_HISTORY, END_OF_SUBJECT, END_OF_CONTRAST],
                     "FAMILY": [END_OF_FAMILY, END_OF_SUBJECT, END_OF_CONTRAST]}


_PHRASE_ENDS = {END_OF_PHRASE, END_OF_SEMICOLON_CLAUSE, END_OF_SEMICOLON_NEGATION}

# what makes the words after (or before) a semicolon a clause of their own rather than an item of a list: a verb of
# being, having or treating, a time, a stage, or a treatment given "on" something ("; breast cancer on letrozole";
# "; continues anastrozole"; "; diagnosed with lymphoma in March"; "; stage IB, resected"; not "history of", which
# a denied list holds as an item: "denies fever; chills; history of cancer"). The items of a negated or doubted list
# are bare nouns ("no evidence of: adenopathy; effusion; malignancy"; "ROS negative for fever; weight
# loss; cancer"), so a list keeps one cue over all its items.
_STATE_WORDS = frozenset({
    "now", "currently", "continues", "continue", "continuing", "continued", "started", "starts", "starting", "began",
    "begins", "receiving", "receives", "received", "completed", "completing", "undergoing", "underwent", "diagnosed",
    "dx'd", "treated", "treating", "resected", "excised", "removed", "confirmed", "s/p", "stage", "staged", "grade",
    "gleason", "tolerating", "tolerated", "since", "ago", "cycle", "c1d1", "adjuvant", "neoadjuvant", "maintenance",
    "palliative", "recurred", "relapsed", "progressed", "progressing"})
# a verb of being or planning: a clause, but one that may only go on with a doubt ("; lymphoma remains possible")
_BEING_WORDS = frozenset({"is", "are", "was", "were", "has", "have", "had", "will", "remains", "remain", "today",
                          "presents", "presented", "biopsied", "scheduled", "referred", "followed", "managed",
                          "maintained", "planned", "ongoing"})
_CLAUSE_WORDS = _STATE_WORDS | _BEING_WORDS
# after "on", what a finding is seen on, not a treatment taken ("no evidence of malignancy on the biopsy")
_SEEN_ON = frozenset({"the", "a", "an", "this", "that", "her", "his", "their", "exam", "examination", "imaging",
                      "ct", "mri", "pet", "pet-ct", "biopsy", "ultrasound", "us", "x-ray", "xray", "cxr", "scan",
                      "scans", "pathology", "cytology", "review", "palpation", "inspection", "smear", "film", "films",
                      "mammogram", "mammography", "colonoscopy", "endoscopy", "egd", "auscultation", "both", "either",
                      "left", "right", "physical", "frozen", "repeat", "today", "staging", "restaging", "follow-up"})
CLAUSE_SEMICOLON = "clause_semicolon"


# cues that govern a whole list of what a finding could be, whose items a semicolon may part however long they are
# ("the differential includes lymphoma; metastatic carcinoma from an unknown primary; sarcoidosis"): a clause
# semicolon does not end them (`list_cue`)
_LIST_CUES = ("differential", "possibilities include", "possibilities", "possibility", "differential diagnosis",
              "differential diagnoses", "differential includes", "causes include", "causes of", "possible causes",
              "etiologies", "etiology", "considerations include", "include the following", "to evaluate for",
              "potential")


def list_cue(literal: str) -> bool:
    """Whether a rule's cue governs a list whose items semicolons part (see `_LIST_CUES`; also "A versus B" and "the
    causes of X include")."""
    return literal.lower() in _LIST_CUES or literal.lower() in {"versus", "vs", "vs.", "<causes> of <x> include"}


def _clause_segment(tokens: Any, words_of: frozenset[str] = _CLAUSE_WORDS) -> bool:
    """Whether a run of words (one side of a semicolon, up to the next list mark) reads as a clause: a verb of
    `words_of`, a year, or a treatment taken "on" something."""
    words = [t.lower_ for t in tokens]
    for i, w in enumerate(words):
        if w in words_of or _YEAR.match(w) or (w == "on" and i + 1 < len(words) and words[i + 1].isalpha()
                                                and words[i + 1] not in _SEEN_ON):
            return True
    return False


_YEAR = re.compile(r"^(?:19|20)\d\d$")
# a word naming a cancer operation or course ("orchiectomy", "mastectomies", "resection", "radiation"): the
# "<after> <operation> for" rule's operation
_OPERATION_WORD = (r"^(?:[a-z]+ectom(?:y|ies)|resections?|excisions?|surgery|surgeries|irradiation|radiation"
                   r"|radiotherapy|chemotherapy|chemoradiation|chemoradiotherapy|chemo|xrt|turbt)$")
# the longest item of a list the semicolons part (a symptom, a finding, a disease: "weight loss", "diabetes mellitus
# type 2"); a longer run is a clause
_LIST_ITEM = 5


def clause_semicolon(token: Any) -> str:
    """A semicolon between clauses, not between a list's items: the scope of a negation or doubt ends there. Why: a
    semicolon joins clauses as often as list items, and a cue's reach over it ("No evidence of malignancy on the
    biopsy; breast cancer on letrozole") made the cancer of the next clause absent. The words on either side run to
    the next semicolon, colon or sentence end. A list: the words before are a short item with no verb, and they open
    on a list mark (a colon or semicolon: "no evidence of: adenopathy; effusion; malignancy") or the words after are a
    short item too ("ROS negative for fever; weight loss; cancer"). Anything else is two clauses: "state" where either
    side says the disease's state or treatment (a course, a stage, a year, "on" a drug), which ends a doubt too;
    "being" where they only go on with a verb of being, which ends a negation only; "" for a list (or no semicolon)."""
    if token.text != ";":
        return ""
    doc, i = token.doc, token.i
    sent = token.sent
    j = i + 1
    while j < sent.end and doc[j].text not in {";", ":", "."}:
        j += 1
    k = i
    while k > sent.start and doc[k - 1].text not in {";", ":", "."}:
        k -= 1
    before, after = doc[k:i], doc[i + 1:j]
    item = len(before) <= _LIST_ITEM and not _clause_segment(before)
    listed = item and ((k > sent.start and doc[k - 1].text in {";", ":"})
                       or (len(after) <= _LIST_ITEM and not _clause_segment(after)))
    if listed:
        return ""
    return "state" if _clause_segment(after, _STATE_WORDS) or _clause_segment(before, _STATE_WORDS) else "being"


def register_clause_semicolon() -> None:
    """The token attribute the semicolon rules match on (once per process)."""
    from spacy.tokens import Token

    if not Token.has_extension(CLAUSE_SEMICOLON):
        Token.set_extension(CLAUSE_SEMICOLON, getter=clause_semicolon)


def context_rules() -> list[Any]:
    """ConText rules added to medspacy's defaults: its general rules miss how cancer notes phrase
    family history, screening, consent boilerplate and differential diagnoses."""
    from medspacy.context import ConTextRule

    register_clause_semicolon()
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
                "risk factors", "to rule out", "surveillance for", "in the future"):
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
                "evaluation for", "possibility of", "consideration", "would be",
                "concern for", "concerning",
                # the short forms: "c/f lymphoma", "ddx includes"
                "c/f", "ddx", "questionable for", "equivocal for"):
        direction = "BACKWARD" if lit.startswith(("cannot", "not ")) else "FORWARD"
        rules.append(ConTextRule(lit, "POSSIBLE_EXISTENCE", direction=direction, max_scope=8))
    for lit in ("versus", "vs", "vs."):
        rules.append(ConTextRule(lit, "POSSIBLE_EXISTENCE", direction="BIDIRECTIONAL", max_scope=5))
    for lit in ("no evidence of", "negative for", "free of", "no sign of", "no signs of", "no history of",
                "no personal history of", "denies", "without", "not malignant", "benign", "ruled out",
                "neg for", "no e/o", "w/o", "no h/o", "no hx of", "no fhx of",
                # a negated subject or a second negated item ("neither specimen shows malignancy", "none of the cores
                # showed carcinoma", "no atypia nor malignancy")
                "neither", "nor", "none of"):
        direction = "BACKWARD" if lit == "ruled out" else "FORWARD"
        rules.append(ConTextRule(lit, "NEGATED_EXISTENCE", direction=direction, max_scope=10))
    # medspacy's backward "is/was negative" shadows "negative for" in "ROS is negative for A, B, cancer"
    rules.append(ConTextRule("is negative for", "NEGATED_EXISTENCE", direction="FORWARD", pattern=[
        {"LOWER": {"IN": ["is", "are", "was", "were", "be", "been"]}}, {"LOWER": "negative"}, {"LOWER": "for"}]))
    # lists of what a finding could be ("possibilities include A, B or cancer", "causes of hematuria
    # include stones and bladder cancer", "the differential diagnosis includes ..."): the whole sentence
    for lit in _LIST_CUES:
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
    for lit in ("chance of", "chances of", "likelihood of", "odds of", "developing", "would develop", "may develop",
                "to prevent", "reduce the risk"):
        rules.append(ConTextRule(lit, "HYPOTHETICAL", direction="FORWARD", max_scope=8))
    for lit in ("status post", "s/p", "previous", "prior", "remote", "in remission", "years ago",
                "history of", "treated for", "past history", "h/o", "hx of", "hx", "pmh", "pmhx"):
        rules.append(ConTextRule(lit, "HISTORICAL", direction="BIDIRECTIONAL" if lit == "years ago"
                                 else "FORWARD", max_scope=10))
    # "post / after / following <operation> for <cancer>" says what "status post" says ("post right orchiectomy
    # secondary to testicular cancer", "following mastectomy for breast cancer"): the operation done, the cancer it
    # was for is history. Only with the cancer the operation was for written after it ("for", "secondary to", "due
    # to"): "following resection, pathology showed adenocarcinoma" is this episode's finding.
    # The cue opens its sentence, clause or list item, or follows the patient's being ("he is post ..."): after a noun
    # it dates that noun ("whole breast radiation following lumpectomy for DCIS": the radiation is now).
    after_op = [{"LOWER": {"IN": ["post", "after", "following"]}}, {"ORTH": "-", "OP": "?"},
                {"IS_ALPHA": True, "OP": "{0,3}", "LOWER": {"NOT_IN": ["and", "but", "now", "for", "the", "a", "an"]}},
                {"LOWER": {"REGEX": _OPERATION_WORD}},
                {"LOWER": {"IN": ["for", "secondary", "due"]}}, {"LOWER": "to", "OP": "?"}]
    for before in ([{"IS_SENT_START": True, **after_op[0]}], [{"IS_PUNCT": True}, after_op[0]],
                   [{"LOWER": {"IN": ["is", "was", "now", "he", "she", "patient", "pt"]}}, after_op[0]]):
        rules.append(ConTextRule("<after> <operation> for", "HISTORICAL", direction="FORWARD", max_scope=8,
                                 pattern=[*before, *after_op[1:]]))
    # ... but "2 weeks after mastectomy for breast cancer" is this episode's operation (the longer match wins)
    rules.append(ConTextRule("<n days> after <operation> for", "PSEUDO", direction="PSEUDO", pattern=[
        {"LIKE_NUM": True}, {"LOWER": {"IN": ["day", "days", "week", "weeks", "wk", "wks"]}},
        {"LOWER": {"IN": ["post", "after", "following"]}}, {"ORTH": "-", "OP": "?"},
        {"IS_ALPHA": True, "OP": "{0,3}", "LOWER": {"NOT_IN": ["and", "but", "now", "for", "the", "a", "an"]}},
        {"LOWER": {"REGEX": _OPERATION_WORD}},
        {"LOWER": {"IN": ["for", "secondary", "due"]}}, {"LOWER": "to", "OP": "?"}]))
    for lit in ("survivor", "survivors"):  # "a lung cancer survivor": the cancer is past
        rules.append(ConTextRule(lit, "HISTORICAL", direction="BACKWARD", max_scope=4))
    # other experiencers: the people a patient lives with or knows ("her husband was diagnosed with lung cancer")
    for lit in ("husband", "wife", "spouse", "partner", "boyfriend", "girlfriend", "fiance", "fiancee", "roommate",
                "friend", "friends", "coworker", "co-worker", "coworkers", "neighbor", "neighbour"):
        rules.append(ConTextRule(lit, "FAMILY", direction="BIDIRECTIONAL", max_scope=8))
    # cues written after the disease: "her breast cancer risk", "cervical cancer prevention", "osteosarcoma is in
    # the differential"
    rules.append(ConTextRule("risk", "HYPOTHETICAL", direction="BACKWARD", max_scope=3))
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
        for opener in ([{"LOWER": "status"}, {"LOWER": "post"}], [{"LOWER": "s"}, {"ORTH": "/"}, {"LOWER": "p"}],
                       [{"LOWER": {"IN": ["post", "after", "following"]}}]):  # (the "<after> <operation>" rule's)
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
        {"LOWER": "up", "OP": "?"}, {"LOWER": {"IN": ["on", "by", "at", "during", "via", "through", "with", "in",
                                                      "after", "following", "from"]}},
        {"LOWER": {"IN": ["a", "an", "the", "his", "her", "routine", "annual"]}, "OP": "*"},
        # ... the test or its result named before the word ("detected by PSA screening", "found after an abnormal
        # screening Pap", "identified on low-dose CT screening")
        {"TEXT": {"REGEX": r"^(?:[A-Za-z]+|-)$"}, "OP": "{0,4}",
         "LOWER": {"NOT_IN": ["for", "of", "and", "but", "or", "no", "not", "negative", "normal", "screening", "on",
                              "in", "at", "by", "with", "to", "from", "after", "during", "mother", "father", "sister",
                              "brother", "daughter", "son", "family", "relative", "relatives"]}},
        {"LOWER": "screening"}]))
    # ... but "found on screening for colon cancer" names what the screening looks for, not what it found ("colon
    # polyp found on screening for colon cancer"): the longer match wins over the pseudo-cue
    rules.append(ConTextRule("found on screening for", "HYPOTHETICAL", direction="FORWARD", max_scope=8,
                             pattern=[*rules[-1].pattern, {"LOWER": "for"}]))
    # ... and written as one word: "breast cancer, screening-detected"
    rules.append(ConTextRule("screening-detected", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["screening", "screen"]}}, {"TEXT": "-", "OP": "?"},
        {"LOWER": {"IN": ["detected", "found", "diagnosed", "identified"]}}]))
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
    people = ["patient", "man", "woman", "gentleman", "lady", "male", "female", "boy", "girl"]
    rules.append(ConTextRule("patient with", END_OF_DOUBT, direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": people}}, {"LOWER": "with"}]))
    # ... but "patient with no cancer history" negates: the longer cue wins the overlap with "with no", which the
    # one above would otherwise hide
    rules.append(ConTextRule("patient with no", "NEGATED_EXISTENCE", direction="FORWARD", pattern=[
        {"LOWER": {"IN": people}}, {"LOWER": "with"}, {"LOWER": "no"}]))
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
    # "prior to" is the preposition "before", not the adjective of a past event ("seen prior to a right hemicolectomy
    # for a sigmoid adenocarcinoma": the planned resection treats a present cancer); the longer match wins the
    # overlap with the historical "prior" above. Not before a number ("prior to 2010" is a date in the past).
    rules.append(ConTextRule("prior to", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": "prior"}, {"LOWER": "to"}, {"LIKE_NUM": False, "IS_PUNCT": False}]))
    # a specimen's structures are what a pathology line calls free, negative or uninvolved, not the tumour
    # ("carcinoma in situ ...; muscularis propria free.", "the capsule is uninvolved"): as for margins above, but
    # only where the word ends its clause (a structure "negative for carcinoma" still negates the carcinoma)
    rules.append(ConTextRule("<structure> free.", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["propria", "muscularis", "serosa", "stroma", "capsule", "pleura", "fascia", "adventitia",
                          "node", "nodes", "base", "parenchyma", "wall", "margin", "margins"]}},
        {"LOWER": {"IN": ["are", "is", "were", "was", "all"]}, "OP": "?"},
        # ... also where the specimen report says the structure was sampled ("muscularis propria present and free")
        {"LOWER": {"IN": ["present", "identified", "sampled", "seen"]}, "OP": "?"}, {"LOWER": "and", "OP": "?"},
        {"LOWER": {"IN": ["free", "negative", "clear", "uninvolved", "spared", "intact", "unremarkable"]}},
        {"IS_PUNCT": True}]))
    # a time of life long past given as an age under adulthood ("had Wilms tumor at age 4", "at the age of 12"):
    # history, as "as a child" above (an adult age says nothing about the time: "diagnosed at age 62 and on
    # letrozole")
    child_age = {"TEXT": {"REGEX": r"^(?:[1-9]|1[0-7])$"}}
    rules.append(ConTextRule("at age <child>", "HISTORICAL", direction="BIDIRECTIONAL", max_scope=10, pattern=[
        {"LOWER": {"IN": ["at", "by"]}}, {"LOWER": "the", "OP": "?"}, {"LOWER": "age"}, {"LOWER": "of", "OP": "?"},
        child_age]))
    rules.append(ConTextRule("aged <child>", "HISTORICAL", direction="BIDIRECTIONAL", max_scope=10, pattern=[
        {"LOWER": "aged"}, child_age]))
    # the time since, in other words than "years ago" ("some 12 years back", "a decade ago"): history, either side
    rules.append(ConTextRule("<years> back", "HISTORICAL", direction="BIDIRECTIONAL", max_scope=10, pattern=[
        {"LOWER": {"IN": ["year", "years", "yrs", "decade", "decades"]}}, {"LOWER": "back"}]))
    rules.append(ConTextRule("<decades> ago", "HISTORICAL", direction="BIDIRECTIONAL", max_scope=10, pattern=[
        {"LOWER": {"IN": ["decade", "decades"]}}, {"LOWER": "ago"}]))
    # a relative the care team talks with is the listener, not who has the disease ("spoke with her daughter about the
    # metastatic ...", "family meeting: discussed ..."): the longer pseudo-cue wins the overlap with the relative
    relatives = ["mother", "father", "sister", "brother", "daughter", "son", "daughters", "sons", "wife", "husband",
                 "spouse", "partner", "family", "children", "niece", "nephew", "mom", "dad", "sisters", "brothers"]
    rules.append(ConTextRule("spoke with her daughter", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["spoke", "speak", "spoken", "discussed", "discuss", "met", "meet", "talked", "talk",
                          "updated", "update", "called", "counseled", "counselled", "informed", "reviewed"]}},
        {"LOWER": {"IN": ["with", "to"]}, "OP": "?"},
        {"LOWER": {"IN": ["the", "patient", "pt", "and", "her", "his", "their", "its"]}, "OP": "*"},
        {"LOWER": {"IN": relatives}},
        # ... and what is said to them, or the sentence's end: not a relative clause about them ("spoke with her
        # daughter, who has breast cancer" is the daughter's)
        {"LOWER": {"IN": ["about", "regarding", "concerning", "re", "at", "by", "on", "over", "today", "in", "and",
                          ".", ";", ")"]}}]))
    rules.extend(_child_patient_rules())
    rules.append(ConTextRule("family meeting", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["family", "families"]}},
        {"LOWER": {"IN": ["meeting", "meetings", "conference", "discussion", "update", "present", "at"]}}]))
    rules.extend(_clause_rules())
    rules.extend(_negated_event_rules())
    rules.extend(_not_about_the_disease_rules())
    rules.extend(_suspicion_rules())
    rules.extend(_telegraphic_rules())
    rules.extend(_reason_rules())
    rules.extend(_known_disease_rules())
    rules.extend(_ongoing_since_rules())
    rules.extend(remission_rules())
    rules.extend(_settled_rules())
    return rules


def _child_patient_rules() -> list[Any]:
    """A paediatric note's own subject written as "child" (medspacy's defaults make every "child" a relative): "Child
    with acute lymphoblastic leukemia, day 29", "a 6-year-old child with medulloblastoma", "HPI: child has Wilms
    tumor". The child is the patient where the word opens its sentence or a labelled line, or follows an article or a
    demonstrative (with an age or a plain adjective between), and a verb or "with" follows; a possessive before it
    ("her child with leukemia") or "child of" leaves the relative's cue. The longer pseudo-cue wins the overlap."""
    from medspacy.context import ConTextRule

    says = {"LOWER": {"IN": ["with", "w/", "has", "had", "is", "was", "diagnosed", "dx'd", "presenting", "presents",
                             "presented", "treated", "undergoing", "receiving", "on", "now", "currently", "admitted",
                             "known"]}}
    child = {"LOWER": {"IN": ["child", "kid"]}}
    age = {"LOWER": {"REGEX": r"^(?:\d{1,2}|-|years?|yrs?|y/?o|months?|mos?|old|year-old|month-old|young|previously|"
                              r"healthy|well|male|female|ill)$"}, "OP": "*"}
    return [
        ConTextRule("<a> child with", "PSEUDO", direction="PSEUDO", pattern=[
            {"LOWER": {"IN": ["a", "an", "the", "this", "our", "that"]}}, age, child, says]),
        ConTextRule("Child with", "PSEUDO", direction="PSEUDO", pattern=[
            {"LOWER": "child", "IS_SENT_START": True}, says]),
        ConTextRule("HPI: child with", "PSEUDO", direction="PSEUDO", pattern=[
            {"TEXT": {"IN": [":", "-", "\u2013"]}}, age, child, says]),
    ]


_PERSON_SUBJECTS = ["he", "she", "we", "they", "i"]


# What a test found, in the past tense: the verbs that tie a finding to the test before it. The coder's site
# linking (textcoder) and the clause rules below both read results by them.
RESULT_VERBS = frozenset({"showed", "revealed", "demonstrated", "returned", "yielded", "disclosed"})


def _clause_rules() -> list[Any]:
    """Cues that end a scope at a clause boundary or a change of subject (issue 17's seventh forms family: a
    finding after a question, the patient's own disease after a relative's, a contrast clause, a judgement written
    after the disease), plus other experiencers that are no relative (a donor, people "of whom" a clause speaks)."""
    from medspacy.context import ConTextRule

    rules = []
    # what a test found: a result verb in the past or as a participle ("showed", "returned as", "establishing"); the
    # present tense is left out, as it is the conditional's too ("if the biopsy shows carcinoma"), and so are
    # participles that also stand before a noun as adjectives ("requires histologically confirmed adenocarcinoma")
    rules.append(ConTextRule("<showed>", END_OF_QUESTION, direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": sorted(RESULT_VERBS | {"establishing", "confirming", "proving", "showing", "revealing",
                                                "demonstrating"})}}]))
    # the patient as the subject: "she herself", "his own", "he has", "the patient has"
    rules.append(ConTextRule("<she> herself", END_OF_FAMILY, direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": ["he", "she"]}}, {"LOWER": {"IN": ["himself", "herself"]}}]))
    rules.append(ConTextRule("<her> own", END_OF_FAMILY, direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": ["his", "her", "their"]}}, {"LOWER": "own"}]))
    patient_now = [{"LOWER": {"IN": ["he", "she"]}}, {"LOWER": {"IN": ["now", "also", "currently"]}, "OP": "?"},
                   {"LOWER": {"IN": ["has", "is", "presents", "carries", "himself", "herself"]}}]
    rules.append(ConTextRule("<he> <now> has", END_OF_FAMILY, direction="BACKWARD", max_scope=1, pattern=patient_now))
    rules.append(ConTextRule("the patient has", END_OF_FAMILY, direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": ["the", "our", "this"]}}, {"LOWER": "patient"},
        {"LOWER": {"IN": ["has", "had", "is", "was", "himself", "herself", "now", "presents", "presented"]}}]))
    # a clause of its own after a comma or semicolon, with a person as its subject; the longer cue wins an overlap
    clause = [{"TEXT": {"IN": [",", ";"]}}, {"LOWER": {"IN": ["and", "so", "then", "now"]}, "OP": "?"}]
    rules.append(ConTextRule(", and she", END_OF_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
        *clause, {"LOWER": {"IN": _PERSON_SUBJECTS}}]))
    rules.append(ConTextRule(", and now he has", END_OF_SUBJECT, direction="BACKWARD", max_scope=1, pattern=[
        *clause, {"LOWER": "now", "OP": "?"}, *patient_now]))
    # a new diagnosis opens a clause of its own: a negation or doubt before it is about something else ("smoldering
    # myeloma (no treatment) now diagnosed with squamous cell carcinoma of the larynx")
    rules.append(ConTextRule("now diagnosed", END_OF_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": ["now", "newly", "recently", "subsequently"]}}, {"LOWER": {"IN": ["diagnosed", "found"]}}]))
    # "since" after a verb is a time ("has since developed"), not medspacy's cause ("because", "since"), which ends
    # every scope reaching it: the longer pseudo-cue wins the overlap
    rules.append(ConTextRule("has since", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["has", "have", "had", "was", "were", "is", "ever", "long"]}}, {"LOWER": "since"}]))
    # other people a clause is about: a donor as its subject ("the deceased donor had a treated melanoma"; not "a
    # donor transplant for leukemia"), and people "of whom" it speaks ("many of his unit, several of whom developed
    # lymphoma"; "whom" is a person, "of them" may be lymph nodes)
    rules.append(ConTextRule("donor had", "FAMILY", direction="FORWARD", max_scope=10, terminated_by=_PHRASE_ENDS,
                             pattern=[
        {"LOWER": {"IN": ["donor", "donors"]}},
        {"LOWER": {"IN": ["had", "has", "was", "who", "developed", "died", "carried", "carries"]}}]))
    rules.append(ConTextRule("<several> of whom", "FAMILY", direction="FORWARD", max_scope=8,
                             terminated_by=_PHRASE_ENDS, pattern=[
        {"LOWER": {"IN": ["many", "several", "some", "one", "two", "three", "both", "all", "few", "most", "each",
                          "either", "none"]}}, {"LOWER": "of"}, {"LOWER": "whom"}]))
    # a disease judged absent, written after it: "hepatocellular carcinoma is not suspected", "renal malignancy was
    # not felt to be present", "lymphoma is not favored". Only the subject of its own clause: the scope ends at a
    # comma, semicolon or colon before it ("invasive ductal carcinoma; lymphovascular invasion is not seen")
    # ... and the noun phrase that is the subject: a relative clause or a conjunction before it ends the scope
    # ("carcinoma in a cervical node where a primary is not seen": the primary is what is not seen)
    phrase = {END_OF_PHRASE, END_OF_CLAUSE, END_OF_SUBJECT, END_OF_CONTRAST, *_PHRASE_ENDS}
    subject = phrase | {END_OF_NOUN_PHRASE}
    rules.append(ConTextRule(",", END_OF_PHRASE, direction="BACKWARD", max_scope=1, pattern=[
        {"TEXT": {"IN": [",", ";", ":"]}, "_": {CLAUSE_SEMICOLON: ""}}]))
    # (one cue per token: a semicolon between clauses ends what a comma ends, and the negations, and the doubts too
    # where a side says the disease's state or treatment)
    rules.append(ConTextRule("; <clause>", END_OF_SEMICOLON_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
        {"TEXT": ";", "_": {CLAUSE_SEMICOLON: "state"}}]))
    rules.append(ConTextRule("; <being>", END_OF_SEMICOLON_NEGATION, direction="BACKWARD", max_scope=1, pattern=[
        {"TEXT": ";", "_": {CLAUSE_SEMICOLON: "being"}}]))
    # (not "without": a cue of one word is a modifier that two rules cannot share, and "without" negates)
    rules.append(ConTextRule("<where>", END_OF_NOUN_PHRASE, direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": ["where", "which", "that", "who", "whom", "whose", "when", "while", "with", "and",
                          "or"]}}]))
    rules.append(ConTextRule("<is> not suspected", "NEGATED_EXISTENCE", direction="BACKWARD", max_scope=6,
                             terminated_by=subject, pattern=[
        {"LOWER": {"IN": ["is", "are", "was", "were", "be", "been"]}}, {"LOWER": {"IN": ["not", "n't"]}},
        {"LOWER": {"IN": ["suspected", "felt", "thought", "believed", "favored", "favoured", "seen", "present",
                          "evident", "detected", "appreciated", "demonstrated", "visualized", "likely", "considered",
                          "supported"]}}]))
    # "malignancy of the colon is therefore excluded": a conjunctive adverb or an -ly adverb before the verb
    rules.append(ConTextRule("<is> <therefore> excluded", "NEGATED_EXISTENCE", direction="BACKWARD", max_scope=8,
                             terminated_by=subject,
                             pattern=[{"LOWER": {"IN": ["is", "are", "was", "were", "has", "have", "been"]}},
                                      {"LOWER": {"IN": ["therefore", "thus", "hence", "then", "now", "reasonably",
                                                        "confidently", "reliably", "safely"]}},
                                      {"LOWER": "been", "OP": "?"}, {"LOWER": {"IN": ["excluded", "ruled"]}},
                                      {"LOWER": "out", "OP": "?"}]))
    # a cancer word heading a compound about something else than having it: "cancer scare", "breast cancer
    # genetics", "cancer predisposition" (with "risk" and "prevention" above); the compound's own word only ("colon
    # cancer with Lynch syndrome" is the patient's cancer), and not "syndrome" ("carcinoid syndrome" is the disease's)
    rules.append(ConTextRule("<cancer> scare", "HYPOTHETICAL", direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": ["scare", "scares", "fear", "fears", "worry", "worries", "anxiety", "phobia",
                          "predisposition", "susceptibility", "genetics", "gene", "genes", "awareness",
                          "education"]}}]))
    # ... and a cancer word heading a self-examination for it ("testicular cancer self-examination", "breast cancer
    # self-exam"): a teaching or screening act, not the disease (spaCy splits the hyphenated word)
    rules.append(ConTextRule("<cancer> self-exam", "HYPOTHETICAL", direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": "self"}, {"TEXT": "-", "OP": "?"},
        {"LOWER": {"IN": ["exam", "exams", "examination", "examinations", "check", "checks"]}}]))
    # a cancer as what something causes or may become, in general ("smoking causes lung cancer", "polyps can turn
    # into colon cancer", "alcohol may lead to liver cancer"): a statement about the disease, taught or explained,
    # not the patient's diagnosis; its object phrase only ("the mass that causes obstruction; biopsy showed ...")
    rules.append(ConTextRule("<can> cause", "HYPOTHETICAL", direction="FORWARD", max_scope=5,
                             terminated_by=_PHRASE_ENDS, pattern=[
        {"LOWER": {"IN": ["can", "may", "might", "could", "will"]}},
        {"LOWER": {"IN": ["cause", "turn", "lead", "progress", "transform", "become", "evolve", "contribute"]}},
        {"LOWER": {"IN": ["into", "to"]}, "OP": "?"}]))
    # (the verb only: the noun "cause of" is medspacy's terminator, the longer match)
    rules.append(ConTextRule("causes", "HYPOTHETICAL", direction="FORWARD", max_scope=4, terminated_by=_PHRASE_ENDS,
                             pattern=[{"LOWER": "causes"}]))
    # a diagnosis first thought of, then revised ("initially thought to be a sarcoma but pathology showed a
    # schwannoma"): a belief given up, not a finding. Only with an adverb of before: a belief held ("is felt to be
    # stage IIIA", "biopsies that were thought to be consistent with mesothelioma") is left alone
    rules.append(ConTextRule("thought to be", "POSSIBLE_EXISTENCE", direction="FORWARD", max_scope=6, pattern=[
        {"LOWER": {"IN": ["initially", "originally", "first", "previously", "once", "formerly"]}},
        {"LOWER": {"IN": ["thought", "felt", "believed", "presumed", "suspected", "considered"]}}, {"LOWER": "to"},
        {"LOWER": {"IN": ["be", "represent"]}}]))
    # genetic counseling or testing for a cancer is for its risk ("genetic counseling for hereditary breast cancer")
    rules.append(ConTextRule("genetic counseling for", "HYPOTHETICAL", direction="FORWARD", max_scope=6, pattern=[
        {"LOWER": {"IN": ["genetic", "genetics"]}},
        {"LOWER": {"IN": ["counseling", "counselling", "testing", "evaluation", "referral", "consultation"]}},
        {"LOWER": {"IN": ["for", "regarding", "about"]}}]))
    # a disease word naming the phenotype of cells ("B cells of CLL phenotype", "a Burkitt-like immunophenotype"): the
    # cells look like the disease's, which a count, a threshold or a biopsy may or may not make the disease
    rules.append(ConTextRule("<cancer> phenotype", "POSSIBLE_EXISTENCE", direction="BACKWARD", max_scope=1, pattern=[
        {"LOWER": {"IN": ["phenotype", "phenotypes", "immunophenotype", "immunophenotypes"]}}]))
    # prevention, of what follows ("prevention of cervical and oropharyngeal cancer") or of what comes right before
    # ("cervical cancer prevention"). One word matched by two rules applies one of them only (ConText keys a rule by
    # its literal and keeps the longer of two overlapping cues), so the forward cue is the longer "prevention of"
    rules.append(ConTextRule("<cancer> prevention", "HYPOTHETICAL", direction="BACKWARD", max_scope=3, pattern=[
        {"LOWER": {"IN": ["prevention", "chemoprevention"]}}]))
    # (its object only: "... for prevention of skeletal events from metastatic breast cancer" is no hypothesis)
    rules.append(ConTextRule("prevention of", "HYPOTHETICAL", direction="FORWARD", max_scope=4,
                             terminated_by=_PHRASE_ENDS, pattern=[
        {"LOWER": {"IN": ["prevention", "chemoprevention", "prevent", "preventing"]}},
        {"LOWER": {"IN": ["of", "against", "for"]}}]))
    # ... but preventing a recurrence is treating a cancer the patient has had ("letrozole for prevention of
    # recurrence of her breast cancer", "breast cancer recurrence prevention"): a pseudo-cue, the longer match
    rules.append(ConTextRule("prevention of recurrence", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["prevention", "prevent", "preventing", "reduce", "reducing"]}},
        {"LOWER": {"IN": ["of", "against", "the"]}, "OP": "?"},
        {"LOWER": {"IN": ["its", "her", "his", "a"]}, "OP": "?"},
        {"LOWER": {"IN": ["recurrence", "relapse", "progression", "recurrences"]}}]))
    rules.append(ConTextRule("recurrence prevention", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": ["recurrence", "relapse", "progression"]}}, {"LOWER": {"IN": ["prevention", "risk"]}}]))
    # what is left of the condition before it ("history of CVA with no residual hemiparesis and uterine cancer with
    # pulmonary metastases"): its own noun phrase only, so a conjunction or comma starts the next item of the list;
    # "no residual carcinoma" in a pathology line is still negated
    rules.append(ConTextRule("with no residual", "NEGATED_EXISTENCE", direction="FORWARD", max_scope=6,
                             terminated_by=subject, pattern=[
        {"LOWER": {"IN": ["with", "without"]}, "OP": "?"}, {"LOWER": {"IN": ["no", "without"]}},
        {"LOWER": {"IN": ["residual", "residua", "sequelae", "lasting", "permanent"]}}]))
    return rules


# a payer's or reviewer's decision on a request (issue 17's thirteenth forms family): the administrative verbs a
# negation cue shares ("denied", "rejected", "not approved") decide a claim, an authorisation or a service, never the
# disease the request is for ("appeal of the denied PET/CT for Hodgkin lymphoma", "the claim for her breast cancer
# surgery was denied by the insurer")
_ADMIN_VERBS = ["denied", "denial", "denials", "rejected", "rejection", "declined", "overturned", "upheld"]
_ADMIN_NOUNS = ["appeal", "appeals", "claim", "claims", "coverage", "authorization", "authorisation", "auth",
                "preauthorization", "pre-authorization", "preauthorisation", "precertification", "request", "requests",
                "payer", "payor", "insurer", "insurance", "plan", "benefit", "benefits", "reimbursement", "referral",
                "review", "reviewer", "utilization", "carrier", "medicare", "medicaid", "determination"]
_SERVICE_NOUNS = [*_ADMIN_NOUNS, "pet", "pet/ct", "ct", "mri", "scan", "scans", "imaging", "test", "testing", "study",
                  "procedure", "service", "services", "admission", "stay", "infusion", "prescription", "drug"]
_NOT_FOUND = ["identified", "found", "determined", "located", "localized", "localised", "revealed", "shown",
              "disclosed", "established", "detected", "seen"]


# nouns that make "primary" an adjective of the disease itself: "no primary malignancy found" denies the malignancy,
# where "no primary identified" (the primary is the noun) denies only the search for one
_PRIMARY_HEADS = ["malignancy", "malignancies", "cancer", "cancers", "carcinoma", "carcinomas", "neoplasm", "neoplasms",
                  "lymphoma", "melanoma", "sarcoma"]


def _not_about_the_disease_rules() -> list[Any]:
    """Pseudo-cues over words a negation cue shares that deny something else than the disease (the longer match wins
    the overlap): a payer's decision on a request (`_ADMIN_VERBS`), a search for the primary that found none ("the
    work-up has not identified a primary; carcinoma of unknown primary": the primary is what is not found, the
    carcinoma is affirmed), and "no-" opening a hyphenated compound ("no-touch technique", "no-show")."""
    from medspacy.context import ConTextRule

    verb = {"LOWER": {"IN": _ADMIN_VERBS}}
    link = {"LOWER": {"IN": ["of", "for", "was", "were", "is", "are", "has", "have", "been", "being", "the", "a", "an",
                             "prior", "initial"]}, "OP": "*"}
    primary = [{"LOWER": {"IN": ["a", "an", "the", "any", "its", "obvious", "clear", "definite", "likely"]}, "OP": "*"},
               {"LOWER": {"IN": ["primary", "source", "origin"]}}]
    return [ConTextRule("<claim> denied", "PSEUDO", direction="PSEUDO", pattern=[
                {"LOWER": {"IN": _ADMIN_NOUNS}}, link, verb]),
            # ... with what was requested between ("the authorization for PET/CT was denied")
            ConTextRule("<claim> for <service> was denied", "PSEUDO", direction="PSEUDO", pattern=[
                {"LOWER": {"IN": _ADMIN_NOUNS}}, {"LOWER": {"IN": ["for", "of"]}},
                *[{"TEXT": {"NOT_IN": [";", ".", ":", ","]}, "OP": "?"}] * 4,
                {"LOWER": {"IN": ["was", "were", "is", "are", "has", "have", "been", "being"]}, "OP": "+"}, verb]),
            ConTextRule("denied <service>", "PSEUDO", direction="PSEUDO", pattern=[
                verb, {"LOWER": {"IN": ["the", "a", "an", "his", "her", "their", "prior", "initial"]}, "OP": "?"},
                {"LOWER": {"IN": _SERVICE_NOUNS}}]),
            ConTextRule("denied by the insurer", "PSEUDO", direction="PSEUDO", pattern=[
                verb, {"LOWER": "by"}, {"LOWER": {"IN": ["the", "his", "her", "their", "a"]}, "OP": "?"},
                {"LOWER": {"IN": _ADMIN_NOUNS}}]),
            ConTextRule("not approved", "PSEUDO", direction="PSEUDO", pattern=[
                {"LOWER": {"IN": ["was", "were", "is", "are", "has", "have", "had"]}, "OP": "?"},
                {"LOWER": {"IN": ["not", "never"]}}, {"LOWER": "been", "OP": "?"},
                {"LOWER": {"IN": ["approved", "authorized", "authorised", "covered", "reimbursed", "certified"]}}]),
            ConTextRule("has not identified a primary", "PSEUDO", direction="PSEUDO", pattern=[
                {"LOWER": {"IN": ["has", "have", "had", "was", "were", "is", "did", "does"]}, "OP": "?"},
                {"LOWER": {"IN": ["not", "n't"]}}, {"LOWER": "been", "OP": "?"},
                {"LOWER": {"IN": [*_NOT_FOUND, "identify", "find", "reveal", "show", "disclose", "locate"]}},
                *primary]),
            ConTextRule("no primary identified", "PSEUDO", direction="PSEUDO", pattern=[
                {"LOWER": {"IN": ["no", "without"]}}, *primary, {"LOWER": {"NOT_IN": _PRIMARY_HEADS}}]),
            ConTextRule("no-<compound>", "PSEUDO", direction="PSEUDO", pattern=[
                {"LOWER": "no"}, {"TEXT": "-"}, {"IS_ALPHA": True}])]


# events of a cancer, which a negation denies while the cancer they are "of" stays the patient's: "no evidence of
# recurrence of her endometrial cancer" (the recurrence is negated, the cancer was had), "without progression of his
# myeloma" (the myeloma is there)
_GONE_EVENTS = ["recurrence", "recurrences", "recurrent", "relapse", "relapses", "residual", "residua", "disease"]
_ONGOING_EVENTS = ["progression", "progressive", "metastasis", "metastases", "metastatic", "spread", "extension",
                   "involvement", "growth"]
_EVENT_NEGATIONS = ["no", "without", "negative", "free", "absence", "absent"]


def _negated_event_rules() -> list[Any]:
    """A negated event noun followed by "of"/"from" and the cancer takes the negation itself (issue 17's eleventh
    forms family): after a recurrence, relapse or residual disease denied, the cancer is personal history
    (HISTORICAL); after progression or spread denied, it is simply not negated (a pseudo-cue: its status is read
    from its own phrase, `status.mention_status`). The longer cue wins the overlap with "no evidence of", "no"."""
    from medspacy.context import ConTextRule

    def pattern(events: list[str]) -> list[dict[str, Any]]:
        return [{"LOWER": {"IN": _EVENT_NEGATIONS}},
                {"LOWER": {"IN": ["evidence", "sign", "signs", "e/o", "suggestion", "indication"]}, "OP": "?"},
                {"LOWER": {"IN": ["of", "for"]}, "OP": "?"},
                {"LOWER": {"IN": ["any", "local", "locoregional", "regional", "distant", "further", "new", "clinical",
                                  "radiographic", "biochemical", "obvious", "gross", "or", "and", "/"]}, "OP": "*"},
                {"LOWER": {"IN": events}},
                {"LOWER": {"IN": ["disease", "tumor", "tumour", "cancer"]}, "OP": "?"},
                {"LOWER": {"IN": ["of", "from"]}}]

    return [ConTextRule("no evidence of recurrence of", "HISTORICAL", direction="FORWARD", max_scope=8,
                        terminated_by=_PHRASE_ENDS, pattern=pattern(_GONE_EVENTS)),
            ConTextRule("no evidence of progression of", "PSEUDO", direction="PSEUDO",
                        pattern=pattern(_ONGOING_EVENTS))]


# medspacy's "prophylaxis" negates backward without limit: in a medication list ("lenalidomide for myeloma
# maintenance, aspirin daily, acyclovir prophylaxis") it reached the myeloma. Prophylaxis is of what is written
# right before it ("DVT prophylaxis", "PCP prophylaxis"): it is redefined with a short scope.
def replaced_defaults() -> list[Any]:
    """Rules that replace medspacy default rules of the same literal (the defaults are dropped)."""
    from medspacy.context import ConTextRule

    return [ConTextRule("prophylaxis", "NEGATED_EXISTENCE", direction="BACKWARD", max_scope=3),
            # a search for a disease doubts it, it does not deny it ("evaluate for neoplasm - core biopsy showed
            # follicular lymphoma": a result settles a doubt, not a negation); medspacy's is a negation over the whole
            # sentence
            ConTextRule("evaluate for", "POSSIBLE_EXISTENCE", direction="FORWARD", max_scope=8),
            # a contrast opens a new clause, and what was doubted, negated, past or a relative's before it ends there
            # ("consistent with X, though Y could not be excluded"; "her mother had it, but she herself has ..."):
            # medspacy's TERMINATE "but" ends only scopes that run to the sentence's end (its `tuple_overlaps` misses
            # a scope lying strictly inside the terminator's), so its contrast words are a cue of their own category
            # with a one-token scope, as END_OF_DOUBT is; its other words ("still", "yet", "except") stay TERMINATE
            ConTextRule("but", END_OF_CONTRAST, direction="BACKWARD", max_scope=1, pattern=[
                {"LOWER": {"IN": ["but", "however", "nevertheless", "though", "although", "whereas"]}}]),
            ConTextRule("still", "NEGATED_EXISTENCE", direction="TERMINATE", pattern=[
                {"LOWER": {"IN": ["still", "except", "yet"]}}])]


def _suspicion_rules() -> list[Any]:
    """A suspicion written as a noun ("high suspicion for malignancy", "suspicion of carcinoma": the adjective forms
    are above), and a new finding after a clause separator ("no viable tumour on MRI; and a new carcinoma of the
    tonsil"): "new" opens a clause of its own, which a negation or doubt before it does not reach."""
    from medspacy.context import ConTextRule

    return [ConTextRule("<suspicion> for", "POSSIBLE_EXISTENCE", direction="FORWARD", max_scope=8, pattern=[
                {"LOWER": {"IN": ["suspicion", "suspicions"]}},
                {"LOWER": {"IN": ["for", "of", "about"]}}]),
            ConTextRule("; and a new", END_OF_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
                {"TEXT": {"IN": [";", ","]}}, {"LOWER": {"IN": ["and", "but", "plus"]}, "OP": "?"},
                {"LOWER": {"IN": ["a", "an"]}, "OP": "?"}, {"LOWER": {"IN": ["new", "newly", "second"]}}])]


def _telegraphic_rules() -> list[Any]:
    """The cues above as problem-list shorthand writes them, without the article or the verb "to be" ("malignancy
    ruled out by excisional biopsy", "hepatocellular carcinoma not suspected", "leukemia considered but smear
    normal", "should pathology show malignancy", "osteosarcoma in differential", "lymphoma as child"): a cue written
    after its disease, with no copula before it, reaches back to it."""
    from medspacy.context import ConTextRule

    return [ConTextRule("<disease> ruled out by", "NEGATED_EXISTENCE", direction="BACKWARD", max_scope=10, pattern=[
                {"LOWER": {"IN": ["therefore", "thus", "now", "essentially", "definitively"]}, "OP": "?"},
                {"LOWER": {"IN": ["ruled", "excluded"]}}, {"LOWER": "out", "OP": "?"},
                {"LOWER": {"IN": ["by", "with", "on", "as", "after"]}}]),
            ConTextRule("<disease> not suspected", "NEGATED_EXISTENCE", direction="BACKWARD", max_scope=8, pattern=[
                {"LOWER": "not"}, {"LOWER": {"IN": ["suspected", "felt", "thought", "favored", "favoured"]}}]),
            ConTextRule("<disease> considered but", "POSSIBLE_EXISTENCE", direction="BACKWARD", max_scope=8, pattern=[
                {"LOWER": {"IN": ["considered", "suspected", "questioned"]}},
                {"LOWER": {"IN": ["but", "clinically", "radiologically", "initially", "originally", "first"]}}]),
            ConTextRule("should <noun> show", "HYPOTHETICAL", direction="FORWARD", max_scope=10, pattern=[
                {"LOWER": "should", "IS_SENT_START": True}, {"IS_ALPHA": True, "OP": "{1,3}"},
                {"LOWER": {"IN": ["show", "shows", "reveal", "reveals", "demonstrate", "confirm", "return", "be"]}}]),
            ConTextRule("in differential", "POSSIBLE_EXISTENCE", direction="BACKWARD", max_scope=10, pattern=[
                {"LOWER": {"IN": ["in", "on"]}}, {"LOWER": {"IN": ["differential", "ddx"]}}]),
            *(ConTextRule(f"as {life}", "HISTORICAL", direction="BIDIRECTIONAL", max_scope=8)
              for life in ("child", "teenager", "infant", "toddler", "adolescent"))]


# analytes a laboratory line calls "free" (unbound): "free T4 nl", "free PSA 18%", "free light chains", "free water"
_FREE_ANALYTES = ["t4", "t3", "t-4", "t-3", "ft4", "thyroxine", "triiodothyronine", "psa", "light", "kappa", "lambda",
                  "testosterone", "cortisol", "hemoglobin", "haemoglobin", "calcium", "water", "air", "fluid", "fatty"]


def _reason_rules() -> list[Any]:
    """A reason given with a causal preposition ("not a candidate for knee replacement given his small cell lung
    cancer", "surgery deferred because of her metastatic breast cancer"): what it names is the reason, which a
    negation or doubt before it does not reach (issue 17's fifteenth forms family, hedging). Only before a possessive
    or determiner, so "was not given a diagnosis" stays a negated event. And "free" before an analyte is the
    laboratory's unbound fraction ("free T4 nl"), not medspacy's backward "free" that negates a disease before it."""
    from medspacy.context import ConTextRule

    owner = ["his", "her", "their", "its", "this", "known", "recently", "recent", "newly", "underlying", "active"]
    return [ConTextRule("given his", END_OF_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
                {"LOWER": {"IN": ["given", "considering"]}}, {"LOWER": {"IN": ["his", "her", "their"]}}]),
            ConTextRule("because of the", END_OF_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
                {"LOWER": {"IN": ["because", "due", "owing", "secondary"]}}, {"LOWER": {"IN": ["of", "to"]}},
                {"LOWER": {"IN": [*owner, "the"]}}]),
            ConTextRule("in view of the", END_OF_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
                {"LOWER": "in"}, {"LOWER": {"IN": ["view", "light"]}}, {"LOWER": "of"},
                {"LOWER": {"IN": [*owner, "the"]}}]),
            ConTextRule("free T4", "PSEUDO", direction="PSEUDO", pattern=[
                {"LOWER": "free"}, {"LOWER": {"IN": _FREE_ANALYTES}}]),
            *_hedge_rules()]


def _hedge_rules() -> list[Any]:
    """Hedges the labelling README counts as doubt (an uncertain diagnosis counts only with tissue support written as
    such, "consistent with"): "favor" or "favored" before the disease ("favor renal cell carcinoma"; "favoring" after
    a comma, a stain panel's support, stays `_clause_rules`' end of negation), and an exclusion denied with an adverb or
    a copula between ("melanoma cannot be entirely excluded", "malignancy is not excluded": medspacy's and the rules
    above allow neither "entirely" nor "is not")."""
    from medspacy.context import ConTextRule

    adverbs = ["entirely", "completely", "totally", "fully", "definitively", "definitely", "absolutely", "yet",
               "reliably", "confidently", "firmly", "certainly"]
    return [ConTextRule("favor", "POSSIBLE_EXISTENCE", direction="FORWARD", max_scope=8, pattern=[
                {"LOWER": {"IN": ["favor", "favour", "favored", "favoured"]}}, {"TEXT": ":", "OP": "?"}]),
            ConTextRule("<is> not <entirely> excluded", "POSSIBLE_EXISTENCE", direction="BACKWARD", max_scope=8,
                        pattern=[{"LOWER": {"IN": ["is", "are", "was", "were", "be", "been", "cannot", "can", "could"]},
                                  "OP": "?"},
                                 {"LOWER": {"IN": ["not", "n't"]}}, {"LOWER": "be", "OP": "?"},
                                 {"LOWER": {"IN": adverbs}, "OP": "?"},
                                 {"LOWER": {"IN": ["excluded", "ruled", "eliminated"]}}, {"LOWER": "out", "OP": "?"}])]


def _known_disease_rules() -> list[Any]:
    """The patient's own disease named as known, after a negation of what a test looked for in it: "negative for
    involvement by the patient's known Hodgkin lymphoma", "no recurrence of her known breast cancer" (issue 17's
    sixteenth forms family, a staging marrow). The negation is of the involvement or the recurrence; the possessive
    with "known" (or "established", "biopsy-proven", "previously diagnosed") affirms the disease, so the negation
    ends there. Only after a possessive: "no known malignancy" stays negated. And "not applicable", a form's answer
    (a reporting category that does not apply), negates nothing after it, nor does "of no special type", the name
    of a histologic type."""
    from medspacy.context import ConTextRule

    known = ["known", "established", "biopsy-proven", "documented"]
    return [ConTextRule("<her> known", END_OF_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
                {"LOWER": {"IN": ["his", "her", "their"]}}, {"LOWER": {"IN": known}}]),
            ConTextRule("the patient's known", END_OF_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
                {"LOWER": {"IN": ["patient", "pt", "patients"]}}, {"TEXT": {"IN": ["'s", "\u2019s", "'"]}},
                {"LOWER": {"IN": known}}]),
            # a form's answer "not applicable" ("Lung-RADS not applicable; status post lobectomy for ...") denies
            # nothing written after it
            ConTextRule("not applicable", "PSEUDO", direction="PSEUDO", pattern=[
                {"LOWER": "not"}, {"LOWER": {"IN": ["applicable", "assessable", "assigned"]}}]),
            # a histologic type's name: "invasive carcinoma of no special type" (NST) denies nothing
            ConTextRule("no special type", "PSEUDO", direction="PSEUDO", pattern=[
                {"LOWER": "no"}, {"LOWER": "special"}, {"LOWER": "type"}]),
            ConTextRule("his previously diagnosed", END_OF_CLAUSE, direction="BACKWARD", max_scope=1, pattern=[
                {"LOWER": {"IN": ["his", "her", "their"]}}, {"LOWER": "previously"},
                {"LOWER": {"IN": ["diagnosed", "treated", "resected"]}}])]


def _ongoing_since_rules() -> list[Any]:
    """A watch that goes on, dated from its start: "on observation since 2023", "under active surveillance since
    2021" (issue 17's seventeenth forms family, a problem list). The year opens a state that lasts to now, so it makes
    no history of the disease as "in 2023" or a bare "since 2023" does (`in <year>`): the longer match wins."""
    from medspacy.context import ConTextRule

    watch = ["observation", "surveillance", "monitoring", "wait", "waiting"]
    return [ConTextRule("observation since <year>", "PSEUDO", direction="PSEUDO", pattern=[
        {"LOWER": {"IN": watch}}, {"LOWER": "since"}, {"SHAPE": "dddd"}])]


# a tissue test whose result a colon gives ("biopsy: diffuse large B-cell lymphoma", "flow cytometry: CLL")
_RESULT_LABELS = ["biopsy", "biopsies", "bx", "pathology", "path", "histology", "histopathology", "cytology", "fna",
                  "cytometry", "excision", "specimen", "aspirate", "smear", "ihc", "immunohistochemistry"]
# a course of treatment, given now or before ("during chemotherapy for", "from radiation to", "after surgery for")
_COURSE_GIVEN = ["during", "from", "on", "receiving", "undergoing", "after", "following", "completing", "with"]
_COURSES = ["chemotherapy", "chemo", "radiation", "radiotherapy", "chemoradiation", "chemoradiotherapy",
            "immunotherapy", "treatment", "therapy", "surgery", "resection", "infusion", "infusions", "cycles"]


def _settled_rules() -> list[Any]:
    """What settles a doubt or a hypothesis written earlier in the sentence (issue 17's doubted no-code misses: a
    screening, teaching, risk or differential cue whose forward scope ran on over a cancer the note asserts): a tissue
    test's result after its label and a colon, or "confirmed" after the test ("DDx lymphoma vs carcinoma; biopsy:
    diffuse large B-cell lymphoma", "discussed screening; biopsy: adenocarcinoma of the prostate"), as a result verb
    does (`<showed>`); a course of treatment given for the disease ("instructed on mouth care during chemotherapy for
    acute myeloid leukemia", "developing neuropathy from chemotherapy for colon cancer"); a clinical trial for it
    ("screened for clinical trials for metastatic melanoma"); and the patient's own diagnosis of it ("educated about
    her diagnosis of invasive ductal carcinoma"). Each ends the scope of the cues before it only, as ConText's
    terminators do: a cue after it ("biopsy: lymphoma vs reactive hyperplasia", "biopsy: cannot exclude carcinoma")
    still reaches. A scope of one token either side: a backward one right after the cue ("screened for clinical trials
    for") lies in the cue's own words, which medspacy's `limit_scope` does not count as an overlap with its scope."""
    from medspacy.context import ConTextRule

    modifier = {"IS_ALPHA": True, "OP": "{0,2}",
                "LOWER": {"NOT_IN": ["for", "of", "to", "and", "or", "if", "should", "would", "possible", "planned"]}}
    return [
        # a labelled result is a statement of its own: it ends a negation too ("evaluate for neoplasm - biopsy:
        # chronic lymphocytic leukemia", medspacy's "evaluate for" negates)
        ConTextRule("biopsy:", END_OF_CLAUSE, direction="BIDIRECTIONAL", max_scope=1, pattern=[
            {"LOWER": {"IN": _RESULT_LABELS}}, {"TEXT": ":"}]),
        # a test's result told by "confirmed" after the test ("surgical pathology confirmed classic Hodgkin
        # lymphoma"; `<showed>` leaves "confirmed" out, the adjective of "histologically confirmed adenocarcinoma")
        ConTextRule("pathology confirmed", END_OF_QUESTION, direction="BIDIRECTIONAL", max_scope=1, pattern=[
            {"LOWER": {"IN": _RESULT_LABELS}}, {"LOWER": {"IN": ["confirmed", "established", "proved", "proven"]}}]),
        # (a course given for the disease says it is there whatever was denied or doubted before: "no residual tumor
        # after chemoradiation for squamous cell carcinoma of the anal canal", as the "after" rule above)
        ConTextRule("during chemotherapy for", END_OF_CLAUSE, direction="BIDIRECTIONAL", max_scope=1, pattern=[
            {"LOWER": {"IN": _COURSE_GIVEN}}, {"LOWER": {"IN": ["his", "her", "their", "the"]}, "OP": "?"}, modifier,
            {"LOWER": {"IN": _COURSES}}, {"LOWER": {"IN": ["for", "of"]}}]),
        ConTextRule("clinical trials for", END_OF_QUESTION, direction="BIDIRECTIONAL", max_scope=1, pattern=[
            {"LOWER": "clinical"}, {"LOWER": {"IN": ["trial", "trials", "study", "studies"]}},
            {"LOWER": {"IN": ["for", "of", "in"]}}]),
        ConTextRule("her diagnosis of", END_OF_QUESTION, direction="BIDIRECTIONAL", max_scope=1, pattern=[
            {"LOWER": {"IN": ["his", "her", "their"]}}, {"LOWER": {"IN": ["new", "recent", "initial"]}, "OP": "?"},
            {"LOWER": "diagnosis"}, {"LOWER": "of"}])]

"""The status of one cancer mention, read from its own phrase: being treated or worked up now, past, or not said.

A note may name several cancers: one this episode treats or newly diagnoses, others treated years ago, watched, or
listed. Which is the note's main cancer, and whether a cancer named alone is personal history (Z85, ICD-10-CM
guideline I.C.2.d), follows from what the words around each mention say of it, not from the order or the number of
mentions (docs/coding.md, "Status of each cancer mention"). The phrase is the mention's list item or clause, up to the
next cancer of another type (`TextCoder.mentions` gives its bounds), so one cancer's treatment is not read as
another's.

Three kinds of past evidence are told apart: a time long gone ("2011", "years ago", "remote", "as a child"), a
treatment done ("treated with", "s/p", "resected", "-ectomy", "completed") and nothing left ("NED", "no
recurrence", "cured", "undetectable", "in remission", "survivor"). One kind alone is weak (a surgery written without a
date may be this episode's); two together make the mention past. Any present evidence outweighs them: treatment going
on or planned ("on", "starting", "cycle 2", "planned", "next week"), a diagnosis made now ("newly diagnosed",
"biopsy shows") or disease present ("metastatic", "recurrence", "progression"), unless negated ("no recurrence").
"""

from __future__ import annotations

import re

from cancerprep.stages.coding.sections import section_of
from cancerprep.stages.coding.sideways import YEARS_SINCE_TREATMENT

# the spread written in other words than "metastasis": "mets", "secondaries", "(secondary) deposits" qualified as a
# tumour's (not calcium, urate or amyloid deposits), "spread to" a place
METASTASIS_WORDS = (r"\bmets\b|\bsecondaries\b|\bsecondary\s+deposits?\b"
                    r"|\b(?:new|multiple|several|numerous|metastatic|tumou?r|nodal|hepatic|osseous|bony|pulmonary"
                    r"|cerebral|liver|lung|bone|brain)\s+(?:(?!calci|urate|amyloid|fat|crystal|iron|h(?:a)?emosiderin"
                    r"|cholesterol|lipid|pigment|mineral|immune)[\w-]+\s+)?deposits\b"
                    r"|\b(?:has|had|have|now)\s+(?:\w+\s+)?spread\s+to\b")
# a tumour said to have come back ("the tumor has recurred", "the cancer has since recurred", "the disease returned";
# not "the pain recurred", "the patient returned"), or spread in those other words
# (`RETURNED`: the verbs of a return, with up to two adverbs before: "has since recurred", "came back", "returned")
RETURNED = (r"(?:(?:has|have|had|then|later|subsequently|since|now|again|unfortunately)\s+){0,2}"
            r"(?:recurred|relapsed|returned|(?:come|came)\s+back)\b")
RECURRED = (r"\b(?:tumou?rs?|cancers?|carcinomas?|malignancy|neoplasm|disease)\s+" + RETURNED + "|" + METASTASIS_WORDS)
# a sentence or clause whose subject is a relative ("Her mother had recurrent ovarian cancer", "Her sister's colon
# cancer recurred", "Her brother is receiving chemotherapy"): what it says of a disease is the relative's (ConText's
# experiencer, read where no family section says so)
RELATIVE_SUBJECT = re.compile(
    r"(?:(?:her|his|their|the\s+patient's|patient's|pt's|a|one)\s+)?(?:(?:maternal|paternal|older|younger|twin|late"
    r"|elder|biological)\s+)*(?:mother|father|sister|brother|aunt|uncle|grandmother|grandfather|daughter|son|cousin"
    r"|sibling|niece|nephew|mom|dad|mum|grandma|grandpa|wife|husband|spouse)s?(?:'s|s')?(?![\w-])", re.I)
_CLAUSE_START = re.compile(r"[.!?;:\n]\s*")


def relative_subject(text: str, at: int) -> bool:
    """The sentence or clause holding `at` opens with a relative as its subject (`RELATIVE_SUBJECT`)."""
    start = max((m.end() for m in _CLAUSE_START.finditer(text, max(0, at - 200), at)), default=max(0, at - 200))
    return RELATIVE_SUBJECT.match(text, start) is not None


# days or weeks counted from a treatment, back or since ("two weeks ago", "10 days out from her lumpectomy", "three
# weeks post-op", "a week after surgery"): this episode's course, whatever else dates the cancer
RECENT_TIME = (r"\b(?:\d+|a|one|two|three|four|five|six|few|several|couple\s+of)\s+(?:days?|weeks?)\s+"
               r"(?:ago|out|post(?:-?op\w*)?|after|since|from)\b")
_RECENT_RE = re.compile(RECENT_TIME, re.I)


def recent_course(phrase: str) -> bool:
    """The mention's own phrase counts days or weeks from its treatment, not negated ("history of breast cancer and had
    a mastectomy two weeks ago"): a "history of" there names the diagnosis, and the treatment is this episode's."""
    return any(not _NEGATED_BEFORE.search(phrase, 0, m.start()) for m in _RECENT_RE.finditer(phrase))


PRESENT = 1      # treated, planned, worked up or newly found now; or disease present (spread, recurrence)
UNSAID = 0       # the phrase says nothing of the time
WEAK_PAST = -1   # one kind of past evidence: ranks after an unsaid cancer among current ones
PAST = -2        # two kinds of past evidence and nothing present: personal history

# treatment going on or planned, a diagnosis made now, disease present now
_PRESENT_RE = re.compile(
    r"\bnew(?:ly)?\b|\b(?:recently|just|now)\s+(?:diagnosed|found|detected)\b|\bde novo\b"
    r"|\bbiopsy[- ](?:proven|confirmed)\b|\b(?:biopsy|fna|egd|colonoscopy|cystoscopy|bronchoscopy|turbt|pathology)\b"
    r"[^.;\n]{0,30}?\b(?:shows?|showed|confirms?|confirmed|revealed|demonstrated)\b"
    r"|\bfound\s+(?:on|at|incidentally|during)\b|\bincidental(?:ly)?\b"
    r"|\b(?:plan(?:ned|ning)?|scheduled|referred|pending|awaiting|candidate for|proceed(?:ing)? (?:to|with))\b"
    r"|\b(?:to|will)\s+(?:start|begin|undergo|proceed|receive|have)\b|\bstart(?:s|ing|ed)?\b|\bbegin(?:s|ning)?\b"
    # a treatment of days or weeks ago is this episode's ("resected last month")
    r"|\b(?:last|past|this)\s+(?:week|month)\b|" + RECENT_TIME + r"|\brecent(?:ly)?\b"
    r"|\b(?:prior to|ahead of|in preparation for)\b(?!\s+\d)|\binitiat(?:e|ed|ing)\b"
    r"|\b(?:today|tomorrow|this week|next week|this month|next month)\b"
    r"|\b(?:receiving|undergoing|getting|continu(?:e|es|ing))\b|\bcycle\s*#?\s*\d|\bC\d{1,2}D\d{1,2}\b|\bweek\s+\d"
    r"|\b(?:maintenance|induction|consolidation|neoadjuvant|concurrent)\b"
    r"|\bon\s+(?!(?:active\s+)?(?:surveillance|observation|monitoring|follow[- ]?up|exam|examination|imaging|ct|mri"
    r"|pet|biopsy|screening|colonoscopy|egd|mammogram|ultrasound|scan|x-ray|cxr|day|prior|last|recent|repeat|review|the|a|an|his|her|\d)\b)"
    r"[a-z]"
    r"|metasta|\brecurren|" + RECURRED + r"|\brelaps|\bprogress|\brising\b|\bresidual\b|\bpersistent\b|\brefractory\b"
    r"|\bunresectable\b|\benlarging\b"
    # a treated tumour whose response is being measured is still there to measure ("assess treatment response")
    r"|\b(?:assess|assessing|assessment\s+of|evaluate|evaluating|evaluation\s+of)\s+(?:the\s+)?(?:treatment\s+|tumou?r\s+)?"
    r"response\b|\bresponse\s+assessment\b", re.I)
# a present word negated in its own words: "no recurrence", "without progression", "no new lesions"; or only sought
# ("r/o recurrence", "rule out metastatic disease", "to exclude progression": an order's indication asks, it does not
# find)
_NEGATED_BEFORE = re.compile(r"(?:\b(?:no|not|without|negative for|free of|denies)\b|(?<!\w)r/o\b|\brule[ds]?\s+out\b"
                             r"|\bruling\s+out\b|\bto\s+exclude\b)(?:\s+[\w-]+){0,3}\s*$", re.I)
# ... or a free word after it: "recurrence-free", "progression free"
_FREE_AFTER = re.compile(r"\w*[- ]?free\b", re.I)
_PAST_TIME_RE = re.compile(
    r"\b(?:19|20)\d\d\b|\b(?:years?|yrs?|decades?)\s+(?:ago|back)\b|\bremote\b|\bprior\b(?!\s+to\b)|\bprevious(?:ly)?\b|\bformer\b"
    r"|\bhistory of\b|\bhx\b|\bh/o\b|\bas (?:an? )?(?:child|teenager|infant|adolescent)\b"
    r"|\bin (?:his |her )?childhood\b"
    r"|\bat age (?:[1-9]|1[0-7])\b"
    # a time told without a year: "long ago", "in the 1990s", "decades earlier", and a decade of life after a past verb
    # of its own clause ("had a melanoma removed in her thirties"; not "a woman in her fifties who ...", her age now)
    r"|\blong ago\b|\b(?:19|20)\d0'?s\b|\b(?:decades?|many years)\s+(?:earlier|before)\b"
    r"|\b(?:had|was|were|underwent|removed|excised|resected|treated|diagnosed)\b[^.;,\n]{0,50}?\bin (?:his|her|their) "
    r"(?:early |mid-?|late )?(?:youth|teens|twenties|thirties|forties|fifties|[1-5]0s)\b"
    # years counted since the treatment, as a follow-up does ("5-year follow-up after colectomy", "six years out from
    # nephrectomy"; not "7 years after hysterectomy", which may date a new finding)
    r"|\b(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ](?:years?|yrs?)[- ](?:out|follow[- ]?up)\b",
    re.I)
_PAST_TREATMENT_RE = re.compile(
    r"\btreated\b|\bs/p\b|\bstatus post\b|\b[a-z]+ectom(?:y|ies)\b|\b(?:excised|resected|removed|ablated|irradiated)\b"
    r"|\b(?:completed|finished|underwent|received)\b|\boff (?:all )?(?:therapy|treatment|chemo\w*)\b"
    r"|\bafter\s+[a-z-]+(?:\s+[a-z-]+)?\s+(?:therapy|chemo\w*|radiation|surgery|resection)\b", re.I)
# no disease or treatment left: the third kind of past evidence of a mention ("no local recurrence", "cured", "in
# remission", "PSA undetectable", "survivor", "surveillance CT negative"), and, where group "patient" matches, a
# statement that the patient has none left at all, which with a course over makes the note's personal history
# (`TextCoder._eradicated`): "NED", "no (clinical) evidence of disease" (or "sign(s) of": the same cue),
# "disease-free", "no current therapy", "has taken no cancer therapy since", the places a cancer comes back each found
# free ("no local or distant disease").
# One cancer's own test or state ("PSA undetectable" beside a new bladder cancer) is no such statement.
NOTHING_LEFT_RE = re.compile(
    r"(?P<patient>(?-i:\bNED\b)|\b(?:no|without)\s+(?:any\s+)?(?:clinical\s+|radiographic\s+)?(?:evidence|signs?)\s+of\s+"
    # the cue's list may name other findings first ("no evidence of infection, dysplasia or recurrence")
    r"(?:[a-z-]+(?:,\s*|\s+or\s+|\s+and\s+|,\s+(?:or|and)\s+)){0,4}?(?:disease"
    # ... not a sampled organ's result ("no evidence of malignancy on the thyroid biopsy"): that speaks of the
    # specimen, not of the patient free of every cancer
    r"|recurrence|recurrent\s+disease|malignancy(?!\s+(?:on|in)\s+(?:[\w-]+\s+){0,4}?(?:biops\w+|aspirat\w+|fna"
    r"|cytology|smears?)\b))\b"
    r"|\b(?:disease|cancer|recurrence|tumou?r)[- ]free\b"
    r"|\bno\s+(?:further|current|active|ongoing)\s+(?:cancer\s+)?(?:treatment|therapy)\b"
    r"|\bno\s+(?:further\s+|other\s+|more\s+)?(?:cancer\s+|anticancer\s+|oncologic\s+)?(?:therapy|treatment"
    r"|chemotherapy)\s+(?:since|after|thereafter)\b"
    r"|\bno\s+(?:[\w-]+\s+(?:or|and|nor)\s+)?(?:local|locoregional|regional|nodal|distant|in-transit|recurrent"
    r"|metastatic)\s+disease\b"
    # ... and none for the cancer since ("no treatment for HCC since transplant")
    r"|\bno\s+(?:further\s+)?(?:therapy|treatment)\s+for\s+(?:[\w-]+\s+){1,3}?(?:since|after)\b)"
    r"|\b(?:no|without)\s+(?:\w+\s+)?recurrence\b|\bcured\b|\bresolved\b"
    r"|\bin (?:complete |continued |long[- ]term )?remission\b|\bundetectable\b|\bnadir\b|\bsurvivor(?:ship)?\b"
    r"|\bno\s+(?:further|current|active|ongoing|adjuvant)\s+(?:treatment|therapy|chemo\w*)\b"
    # followed with surveillance alone ("surveillance only", "on routine surveillance"; not "active surveillance", a
    # cancer watched rather than treated)
    r"|(?<!active\s)\bsurveillance\s+only\b|\b(?:on|under)\s+(?:routine\s+|annual\s+|yearly\s+|ongoing\s+)?"
    r"surveillance\b"
    r"|\b(?:surveillance|scans?|imaging|ct|mri|pet|colonoscop\w*|cystoscop\w*|mammograms?)\s+(?:\w+\s+)?"
    # ... with its verb ("surveillance imaging has been negative", "scans remain clear")
    r"(?:(?:has|have)\s+been\s+|(?:was|were|is|are|remains?|remained)\s+)?(?:negative|normal|clear|unremarkable)\b",
    re.I)


# follow-up of a cancer treated before is no treatment of it: "continue surveillance", "plan: annual CT", "follow up
# in 1 year" (blanked before present words are sought)
_FOLLOW_UP_RE = re.compile(
    r"\b(?:continue[sd]?|continuing|plan(?:ned)?:?|scheduled|due|return|to return|will)\s+(?:for\s+|with\s+)?"
    r"(?:\w+\s+)?(?:surveillance|observation|follow[- ]?up|monitoring|skin checks?|checks?|screening|exams?|visits?"
    r"|ct|mri|scans?|imaging|colonoscopy|cystoscopy|mammogram)\b|\bfollow[- ]?up\s+in\b", re.I)


def _present(phrase: str) -> bool:
    """A present word in the phrase that is not negated in its own words."""
    phrase = _FOLLOW_UP_RE.sub(lambda m: " " * len(m.group()), phrase)
    for m in _PRESENT_RE.finditer(phrase):
        if _NEGATED_BEFORE.search(phrase, 0, m.start()) or _FREE_AFTER.match(phrase, m.end()):
            continue
        if _TODAY.fullmatch(m.group()) and NOTHING_LEFT_RE.search(_clause_at(phrase, m.start())):
            continue  # "surveillance CT today shows no recurrence": the date of a test that found nothing
        return True
    return False


# a day or week named as now: in a clause that says nothing is left, it dates that finding, not the cancer
_TODAY = re.compile(r"today|tomorrow|this week|next week|this month|next month", re.I)


def _clause_at(phrase: str, pos: int) -> str:
    """The clause of `phrase` holding `pos`: between semicolons, full stops, and commas or "and" before a new
    subject."""
    lo = max(phrase.rfind(c, 0, pos) for c in (";", ". ", ","))
    his = [i for i in (phrase.find(c, pos) for c in (";", ". ", ",")) if i >= 0]
    return phrase[lo + 1:min(his, default=len(phrase))]


def nothing_left(sentence: str) -> bool:
    """The sentence says no disease is left ("No recurrence.", "PSA undetectable.") and nothing present: said right
    after a cancer's own sentence, it is that cancer's third kind of past evidence ("treated with radiation. No
    recurrence.")."""
    return bool(NOTHING_LEFT_RE.search(sentence)) and not _present(sentence)


def mention_status(phrase: str) -> int:
    """PRESENT, UNSAID, WEAK_PAST or PAST for the mention whose own phrase (list item or clause) is `phrase`."""
    if _present(phrase):
        return PRESENT
    kinds = sum(1 for r in (_PAST_TIME_RE, _PAST_TREATMENT_RE, NOTHING_LEFT_RE) if r.search(phrase))
    if YEARS_SINCE_TREATMENT.search(phrase):
        kinds = max(kinds, 2)  # "14 years after treatment for ...": a treatment done, and long past
    return PAST if kinds >= 2 else WEAK_PAST if kinds == 1 else UNSAID


# a list item opening a line ("1.", "2)", "-", "*", "#") or a label: the end of the phrase of a mention in the item
# before
_ITEM_START = re.compile(r"\n[ \t]*(?:\d{1,2}[.)]|[-*#\u2022])[ \t]*|\n[ \t]*[A-Z][A-Za-z /&'()-]{1,50}:")
# where a clause ends ("CLL not requiring treatment; TURBT showed urothelial carcinoma"): the words of a clause are the
# status of the cancers named in it and of none in another clause (a comma inside a number, "48,000", ends none)
_CLAUSE_END = re.compile(r"[;:(]|,(?=\s)|\s-\s|\.\s")


def phrase_bounds(text: str, lo: int, hi: int, start: int, end: int,
                  others: list[tuple[int, int]] | None = None) -> tuple[int, int]:
    """The mention at start..end's own phrase within its sentence lo..hi: the list item holding it (a sentence may run
    over several items of a problem list), from its own clause (earlier clauses may have another subject: "like her
    grandmother, who was treated decades ago, she has ...") on to the clause before the next one naming another
    cancer (`others`: the spans of the sentence's mentions of other types). Two cancers of one clause ("CLL/SLL ...;
    starting venetoclax") share its words."""
    for m in _ITEM_START.finditer(text, lo, hi):
        if m.start() < start:
            lo = max(lo, m.start())
        elif m.start() >= end:
            hi = min(hi, m.start())
            break
    ends = [(m.start(), m.end()) for m in _CLAUSE_END.finditer(text, lo, hi)]
    lo = max((b for a, b in ends if b <= start), default=lo)
    own_hi = min((a for a, b in ends if a >= end), default=hi)
    for s, _e in others or ():
        if own_hi <= s < hi:  # a cancer in a later clause: that clause is not this one's
            hi = max(own_hi, max((a for a, b in ends if b <= s), default=own_hi))
    return lo, hi


def past_time(phrase: str) -> bool:
    """The phrase dates its cancer in the past ("2011", "years ago", "history of", "prior"): the one kind of past
    evidence a note's immediate post-operative period does not make this episode's (`TextCoder.mentions`)."""
    return _PAST_TIME_RE.search(phrase) is not None


# a course of cancer treatment going on or set for now, in any sentence of the note ("PLAN: Continue chemotherapy",
# "admitted for placement of a port for chemotherapy", "she will start radiation therapy next week"): the label rule's
# "under treatment" (chemotherapy, radiation) makes a cancer the note gives as history present, as a cancer-only drug
# does (`TextCoder._treated_now`). The course noun must be a cancer course's (radiation with "therapy", "treatment(s)"
# or "oncology" after it, never "radiation of the pain" or "radiation exposure").
_COURSE_NOUN = (r"(?:(?:adjuvant|neoadjuvant|palliative|systemic|concurrent|definitive|external[- ]beam|whole[- ]brain"
                r"|his|her|the|a|their|further|more|another|next|cycle\s+\d+\s+of|course\s+of|round\s+of)\s+){0,3}"
                r"(?:chemo(?:therapy)?|chemoradiation|chemoradiotherapy|immunotherapy|radiotherapy"
                r"|radiation\s+(?:therapy|treatments?))\b")
_COURSE_CUE = re.compile(
    r"\b(?:(?:will|to|would\s+like\s+to)\s+(?:start|begin|continue|receive|undergo|resume|get|have)"
    r"|start(?:s|ing)?|begin(?:s|ning)?|continu(?:e|es|ing)|resum(?:e|es|ing)|receiving|undergoing|getting"
    r"|(?:is|are|remains?|now|currently)\s+on|scheduled\s+(?:to\s+start|for)|due\s+for"
    # a device placed for a course, as the operation's indication ("Port-A-Cath placement for chemotherapy")
    r"|(?:port|port-a-cath|mediport|portacath|picc(?:\s+line)?|infusion\s+port|catheter)\b[^.;\n]{0,50}?\bfor)\s+"
    + _COURSE_NOUN
    # a plan's course: "proceed with chemotherapy", "PLAN: adjuvant radiation therapy", "planned chemotherapy", and
    # the course written before its start ("chemotherapy will start next month", "radiation therapy is to begin")
    + r"|\b(?:proceed(?:s|ing)?\s+with|plan(?:ned)?(?:\s*[:-]|\s+is|\s+for|\s+includes?)?)\s+" + _COURSE_NOUN
    + r"|\b" + _COURSE_NOUN + r"\s+(?:(?:will|is\s+to|are\s+to|to)\s+(?:start|begin|commence|resume)"
    r"|(?:is|are)\s+(?:planned|scheduled)|(?:planned|scheduled)\s+(?:for|to))\b", re.I)
# ... the plan's course also not where the rest of its clause doubts, defers or declines it ("PLAN: chemotherapy
# options were discussed", "proceed with radiation if ...")
_PLAN_NOT_NOW = re.compile(r"[^.;\n]*?\b(?:declined|refused|discuss\w*|options?|if|defer\w*|not|no\s+longer"
                           r"|completed|finished|held|hold|consider\w*|may|might|whether)\b", re.I)
# ... not where the clause gives it as done, doubted, refused or only discussed
_COURSE_NOT_NOW = re.compile(r"\b(?:completed|finished|after|following|s/p|status\s+post|history\s+of|hx\s+of"
                             r"|prior|previous(?:ly)?|no|not|never|declined|refused|without|if|may|might|could"
                             r"|would\s+(?!like)|consider\w*|discuss\w*|options?|candidate|whether|risks?|offered"
                             r"|removal|remove[ds]?)\b", re.I)

# ... nor where a past time or its end follows in its clause ("the port for chemotherapy in 2005")
_COURSE_DATED_AFTER = re.compile(r"[^.;\n]{0,40}?\b(?:(?:19|20)\d\d|years?\s+ago|completed|finished|ended"
                                 r"|in the past)\b", re.I)


def course_going_on(text: str) -> list[int]:
    """Where the text gives the patient a course of chemotherapy or radiation therapy going on, resumed or set to
    start, not as past, doubted, refused or only discussed (`_COURSE_NOT_NOW` in its own clause before the cue)."""
    out = []
    for m in _COURSE_CUE.finditer(text):
        # the words of its own clause just before the cue ("declined to start", "discussed whether to begin"), not
        # those of an earlier clause ("history of breast cancer and is admitted to start chemotherapy")
        clause = re.split(r"[;:,\n]|\.\s|\b(?:and|but)\s+(?=(?:is|was|will|has|she|he|they|the patient)\b)",
                          text[max(0, m.start() - 120):m.start()])[-1]
        clause = " ".join(clause.split()[-6:])
        plan = re.match(r"(?i)proceed|plan|" + _COURSE_NOUN, m.group()) is not None
        if not _COURSE_NOT_NOW.search(clause) and not _COURSE_NOT_NOW.search(m.group()) \
                and not _COURSE_DATED_AFTER.match(text, m.end()) and not (plan and _PLAN_NOT_NOW.match(text, m.end())):
            out.append(m.start())
    return out


_LIST_ITEM = re.compile(r"(?:\d{1,2}[.)]|[-*#\u2022])(?:\s|$)")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+|\n\s*\n|\n(?=\s*(?:\d{1,2}[.)]|[-*#\u2022]))")


def told_after(text: str, at: int, sections: list[tuple[int, str]], cancers: list[int], n: int = 2) -> str:
    """The next `n` sentences from `at` that stay in its section, name no cancer (`cancers`: mention starts) and say
    nothing present, joined, when one of them says nothing is left (the course of a cancer named just before, told
    on: "She had a mastectomy in 2005. Her last scans were negative."); "" otherwise."""
    end = min((s for s, _k in sections if s > at), default=len(text))
    here = section_of(sections, max(0, at - 1))
    told: list[str] = []
    pos = at
    while len(told) < n and pos < end:
        m = _SENTENCE_END.search(text, pos + 1, end)
        stop = m.start() if m else end
        sentence = text[pos:stop].strip(" \t\n,;")  # (an export's ".," joins lines with a comma)
        if sentence:
            if any(pos <= c < stop for c in cancers) or _present(sentence) or section_of(sections, pos) != here \
                    or _LIST_ITEM.match(sentence):  # a numbered item is another problem ("2. Atrial fibrillation,
                break                                # resolved."): its words are not the cancer's course
            told.append(sentence)
        pos = m.end() if m else end
    return " ".join(told) if any(nothing_left(t) for t in told) else ""

"""Anatomy words that a phrasal verb uses as its particle or its verb ("the carcinoma came back", "she will head
back home", "to hand over the records"): no site of the body.

Why: the text coder links a histology to the nearest site word, so "The carcinoma came back this spring" coded the
skin of the back (C44.5) instead of the named cancer's return. English builds these from two classes, not from a list
of phrases: a verb of motion, return or transfer followed by the adverb "back" (come / go / get / call / look / turn
... back), and a body-part noun used as a verb after a subject, modal or "to" ("will head to", "to hand over",
"she backs up"), its particle after it.
"""

import re

# verbs of motion, return or transfer in every inflection: their "back" is an adverb ("came back", "went right back",
# "was called back", "bounced back")
_MOTION_VERB = (r"(?:come|comes|came|coming|go|goes|went|gone|going|get|gets|got|gotten|getting|bring|brings|brought"
                r"|bringing|call|calls|called|calling|head|heads|headed|heading|turn|turns|turned|turning|step|steps"
                r"|stepped|stepping|look|looks|looked|looking|send|sends|sent|sending|walk|walks|walked|walking"
                r"|drive|drives|drove|driven|driving|fly|flies|flew|flown|flying|move|moves|moved|moving|cut|cuts"
                r"|cutting|set|sets|setting|hold|holds|held|holding|push|pushes|pushed|pushing|pull|pulls|pulled"
                r"|pulling|put|puts|putting|fight|fights|fought|fighting|bounce|bounces|bounced|bouncing|write|writes"
                r"|wrote|written|writing|report|reports|reported|reporting|check|checks|checked|checking|hear|hears"
                r"|heard|hearing|pay|pays|paid|paying|give|gives|gave|given|giving|take|takes|took|taken|taking"
                r"|scale|scales|scaled|scaling|sit|sits|sat|sitting|lean|leans|leaned|leaning|think|thinks|thought"
                r"|thinking|date|dates|dated|dating|switch|switches|switched|switching|flip|flips|flipped|flipping)")
# ... with at most one intensifier between ("came right back", "went straight back")
_PARTICLE_BACK = re.compile(r"\b" + _MOTION_VERB + r"\s+(?:(?:right|straight|all\s+the\s+way|later|soon)\s+)?$", re.I)
# ... unless a noun of the back as a body part follows ("got back pain", "had back surgery")
_BACK_NOUN_AFTER = re.compile(r"\s+(?:pain|aches?|spasms?|injury|injuries|surgery|brace|lesions?|mass|masses|moles?"
                              r"|skin|wounds?|strain|stiffness|problems?)\b", re.I)
# body-part nouns English also uses as verbs, and the particles or prepositions they take as verbs
_VERB_ANATOMY = frozenset({"back", "head", "hand", "face", "shoulder", "elbow", "foot", "eye", "stomach", "palm",
                           "finger", "toe", "skin", "nose", "mouth", "arm"})
_VERB_PARTICLE = re.compile(r"\s+(?:up|out|off|down|away|over|in|into|to|toward|towards|for|home|back|along)\b", re.I)
# ... where a subject, a modal or the infinitive's "to" stands right before, which a noun does not take
_VERB_SUBJECT = re.compile(r"\b(?:I|we|you|they|she|he|to|will|would|can|could|should|must|may|might|shall|then"
                           r"|please|let's|lets|and\s+(?:then\s+)?(?:will|to))\s+$", re.I)


def phrasal_anatomy(text: str, start: int, end: int) -> bool:
    """The site word at text[start:end] is a phrasal verb's particle or its verb, not a place of the body: "back"
    after a verb of motion or return, or a body-part noun used as a verb after a subject, modal or "to" with its
    particle after it ("will head to", "to hand over")."""
    word = text[start:end].lower()
    if word not in _VERB_ANATOMY:
        return False
    before = text[max(0, start - 40):start]
    if word == "back" and _PARTICLE_BACK.search(before) and not _BACK_NOUN_AFTER.match(text, end):
        return True
    return _VERB_SUBJECT.search(before) is not None and _VERB_PARTICLE.match(text, end) is not None

"""What the words around a cancer mention say of it in a long narrative note (issue 17's nineteenth forms family,
docs/coding.md "thirty-fourth pass"). A discharge summary, consultation or operative note states a verdict the way
people write, not the way the negation lexicon expects:
- a verdict written after the disease with no verb, as an impression's telegraphic line ("Carcinoma ruled out.",
  "Lymphoma and tuberculosis excluded."): medspacy's "ruled out" looks forward ("ruled out for MI"), so the
  disease before it was affirmed;
- a doubt said of the disease as its predicate, often of an earlier visit ("Lymphoma was a concern at the first
  visit", "Cancer was a worry", "sarcoma is not favored"): the cue words of doubt are verbs and phrases before the
  disease ("concern for");
- a primary said to be occult that names its organ ("occult primary lung adenocarcinoma": the organ is known, the
  tumour is not seen) is no carcinoma of unknown primary;
- a "no evidence of disease" written inside another cancer's own past-history sentence ("Prostate adenocarcinoma,
  prostatectomy 2012, no evidence of disease") is that cancer's state, not the patient's: it does not put a cancer
  of another type, diagnosed now, in the past.
`TextCoder` calls `verdict_after` in `_affirmed`, `names_its_primary` where a sentence's unknown primary recodes a
mention, and `nothing_left_owners` once per note beside its `eradicated` flag.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from cancerprep.stages.coding.sections import section_kind

# the verdict: a past participle of exclusion ending its clause ("ruled out.", "excluded;", "excluded, and ...")
_VERDICT = r"(?:ruled\s+out|excluded|eliminated)\s*(?:[.;,:\n]|$)"
# what may stand between the disease and its verdict: nothing, or more diseases joined by "and"/"or"/"nor"
# ("Carcinoma or lymphoma excluded"); no comma (a comma list may end a different clause: "carcinoma in
# situ, invasion excluded"), no verb, negation or preposition of another phrase ("with nodal spread excluded")
_JOINED = r"(?:\s+(?:and|or|and/or|nor)\s+(?:(?!{stop})[a-z][\w-]*\s+){{0,3}}?(?:(?!{stop})[a-z][\w-]*))?"
_STOP = (r"(?:not|no|is|are|was|were|be|been|being|has|have|had|can|cannot|could|may|might|must|should|will|would"
         r"|to|yet|with|without|but|after|before|if|unless|until|by|from|for|in|on|as|than|then|never|entirely"
         r"|completely|fully|definitively)\b")
_VERDICT_AFTER = re.compile(r"\A" + _JOINED.format(stop=_STOP) + r"\s+" + _VERDICT, re.I)
# the doubt as a predicate: "<disease> was a concern", "had been a worry", "is a consideration"; not "the main
# concern" (an established disease can be what a visit is mostly about)
_DOUBT_AFTER = re.compile(
    r"\A" + _JOINED.format(stop=_STOP) + r"\s+(?:is|was|were|had\s+been|has\s+been|became|remained|remains)\s+"
    r"(?:initially\s+|briefly\s+|also\s+|originally\s+)?(?:an?\s+)?(?:initial\s+|early\s+|possible\s+|real\s+)?"
    r"(?:concern|worry|question|consideration|possibility|fear|suspicion)\b"
    # ... or judged unlikely: "lymphoma is not favored", "malignancy considered less likely"
    r"|\A" + _JOINED.format(stop=_STOP) + r"\s+(?:(?:is|was|seems|appears|remains)\s+)?(?:now\s+|also\s+)?"
    r"(?:considered\s+|thought\s+)?(?:not\s+favou?red|unlikely|(?:much\s+|far\s+)?less\s+likely|doubtful|improbable)\b",
    re.I)


def verdict_after(text: str, end: int) -> bool:
    """The words right after a mention ending at `end` exclude it or doubt it as their subject: "Carcinoma ruled
    out.", "Lymphoma and sarcoidosis excluded.", "Lymphoma was a concern at the first visit". Not "not excluded"
    (a doubt medspacy's rules keep), a verb or preposition between ("... has been excluded" is medspacy's own rule;
    "with nodal spread excluded" excludes the spread only), or a comma list."""
    tail = text[end:end + 160]
    return _VERDICT_AFTER.match(tail) is not None or _DOUBT_AFTER.match(tail) is not None


def names_its_primary(pattern: re.Pattern[str], sentence: str, at: int) -> bool:
    """Every match of the unknown-primary `pattern` in `sentence` stands right before the mention at `at` (its offset
    in the sentence): "occult primary lung adenocarcinoma" names the organ and says only that no tumour is seen
    there, as ICD-10-CM codes an occult primary of a named organ at that organ, not C80.1."""
    found = list(pattern.finditer(sentence))
    return bool(found) and all(m.end() <= at and not sentence[m.end():at].strip() for m in found)


def nothing_left_owners(text: str, sections: list[tuple[int, str]], nothing_left: re.Pattern[str],
                        negated: re.Pattern[str], typed_sentences: Iterable[tuple[int, int, str | None]],
                        ) -> frozenset[str | None] | None:
    """The cancer types whose own sentences hold every statement that no disease is left (`nothing_left`'s group
    "patient", outside a family or social history and not negated in its clause, as `sideways.patient_free` reads
    them), or None when one stands in a sentence naming no cancer or cancers of several types: then it is the
    patient's. `typed_sentences` gives (start, end, type) of each mention's sentence."""
    spans = list(typed_sentences)
    owners: set[str | None] = set()
    for m in nothing_left.finditer(text):
        if m.group("patient") is None or section_kind(sections, m.start()) in ("family", "social") \
                or negated.search(re.split(r"[,;]", text[max(0, m.start() - 25):m.start()])[-1]):
            continue
        types = {t for a, b, t in spans if a <= m.start() < b}
        if len(types) != 1:
            return None
        owners |= types
    return frozenset(owners) if owners else None

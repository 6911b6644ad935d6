"""ConText's token-pattern cues run through `FilteredMatcher`, which skips the rules a sentence lacks the words
for. What could go wrong is a lost or reordered match (a cue no longer negating a mention, another cue winning
an overlap): each test compares it with the full spaCy `Matcher` over the same rules, match for match and in
order."""

from __future__ import annotations

from typing import Any

import spacy
from spacy.matcher import Matcher

from cancerprep.stages.coding.coder import Coder
from cancerprep.stages.coding.context_matcher import FilteredMatcher, required_words

SENTENCES = [
    "No evidence of malignancy.",
    "NEGATIVE FOR CARCINOMA; margins free.",
    "Biopsied for Concern Of melanoma, which could not be excluded.",
    "Her mother had breast cancer in college and her Sister at age 12.",
    "Spoke with her daughter about the metastatic disease today.",
    "Family meeting: discussed the adenocarcinoma; history of colon cancer 5 years ago.",
    "Muscularis propria free. Capsule is uninvolved.",
    "Serosa: propria free.",
    "Seen prior to a right hemicolectomy; prior to 2010 she was well.",
    "possible lymphoma versus reactive nodes, rule out leukemia",
    "s/p lumpectomy in 2015, no recurrence, disease-free.",
    "",
    "Carcinoma.",
]


def _full(vocab: Any, rules: list[tuple[str, list[dict[str, Any]]]]) -> Matcher:
    full = Matcher(vocab)
    for key, pattern in rules:
        full.add(key, [pattern])
    return full


def _filtered(vocab: Any, rules: list[tuple[str, list[dict[str, Any]]]]) -> FilteredMatcher:
    filtered = FilteredMatcher(vocab)
    for key, pattern in rules:
        filtered.add(key, [pattern])
    return filtered


def _text_for(pattern: list[dict[str, Any]], variant: int) -> str:
    """Words a pattern asks for (the first or last allowed form, optional tokens kept or dropped)."""
    words = []
    for spec in pattern:
        if spec.get("OP") in ("?", "*") and variant % 2:
            continue
        value = spec.get("LOWER")
        if isinstance(value, dict) and "IN" in value:
            forms = value["IN"]
            words.append(forms[0] if variant < 2 else forms[-1])
        elif isinstance(value, str):
            words.append(value)
        else:
            words.append("12" if "TEXT" in spec or "LIKE_NUM" in spec else ".")
    return " ".join(words)


def test_required_words_only_from_mandatory_lower_specs() -> None:
    pattern = [{"LOWER": "concern"}, {"LOWER": {"IN": ["of", "about"]}}, {"LOWER": "the", "OP": "?"},
               {"LOWER": {"NOT_IN": ["a"]}}, {"TEXT": {"REGEX": "^[0-9]$"}}, {"LOWER": "x", "OP": "*"},
               {"LOWER": {"IN": ["y", "z"]}, "OP": "+"}]
    assert required_words(pattern) == [frozenset({"concern"}), frozenset({"of", "about"}), frozenset({"y", "z"})]
    # a rule with nothing literal to require always runs; one needing annotation is never filtered
    assert required_words([{"IS_PUNCT": True}]) == []
    assert required_words([{"LOWER": "no"}, {"POS": "NOUN"}]) is None
    assert required_words([{"LOWER": "no"}, {"_": {"flag": "x"}}]) is None  # its getter runs as before


def test_filtered_equals_full_on_small_rules() -> None:
    nlp = spacy.blank("en")
    rules = [
        ("absent", [{"LOWER": "zyxwv"}, {"LOWER": "of"}]),  # its word is in no sentence
        ("concern", [{"LOWER": "concern"}, {"LOWER": {"IN": ["of", "about"]}}]),
        ("case", [{"LOWER": "Concern"}]),  # LOWER compares lowercase forms: never matches, either way
        ("free", [{"LOWER": {"IN": ["propria", "capsule"]}}, {"LOWER": {"IN": ["is", "are"]}, "OP": "?"},
                  {"LOWER": {"IN": ["free", "uninvolved"]}}, {"IS_PUNCT": True}]),
        ("punct", [{"IS_PUNCT": True}]),  # no required word: always runs
        ("prior", [{"LOWER": "prior"}, {"LOWER": "to"}, {"LIKE_NUM": False, "IS_PUNCT": False}]),
        ("of", [{"LOWER": "of"}]),  # same span as other rules' parts: order of ties must hold
        ("evidence", [{"LOWER": "no"}, {"LOWER": {"NOT_IN": ["further"]}, "OP": "*"}, {"LOWER": "evidence"}]),
    ]
    full, filtered = _full(nlp.vocab, rules), _filtered(nlp.vocab, rules)
    matched = set()
    for text in SENTENCES:
        doc = nlp.make_doc(text)
        got = filtered(doc)
        assert got == full(doc), text
        matched |= {nlp.vocab.strings[k] for k, _s, _e in got}
    assert {"concern", "free", "punct", "prior", "of", "evidence"} <= matched
    assert not matched & {"absent", "case"}
    # the absent rule is not even run where its word is missing
    doc = nlp.make_doc("Concern of cancer.")
    assert [r for r in filtered.active(doc) if rules[r][0] == "absent"] == []


def test_filtered_equals_full_on_the_coders_rules(coder: Coder) -> None:
    context = coder.text.context
    inner = context._ConText__matcher
    filtered = inner._MedspacyMatcher__matcher
    assert isinstance(filtered, FilteredMatcher)
    rules = [(r._rule_id, r.pattern) for r in inner.rules if isinstance(r.pattern, list)]
    assert len(filtered) == len(rules) > 50
    full = _full(coder.text.nlp.vocab, rules)
    texts = list(SENTENCES)
    for i, (_key, pattern) in enumerate(rules):
        for variant in range(4):
            words = _text_for(pattern, variant)
            texts.append(f"The patient {words} breast carcinoma.")
            texts.append(f"{words.upper()} {_text_for(rules[(i + 7) % len(rules)][1], variant)} lymphoma")
    nonempty = 0
    sentencizer = coder.text.nlp.get_pipe("sentencizer")  # rules may read extensions that need sentences
    for text in texts:
        doc = sentencizer(coder.text.nlp.make_doc(text))
        got = filtered(doc)
        assert got == full(doc), text
        nonempty += bool(got)
    assert nonempty > len(texts) // 2

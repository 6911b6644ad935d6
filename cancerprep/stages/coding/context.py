"""ConText modifier rules for cancer notes: which cue words make a mention negated, uncertain,
hypothetical, historical or about a relative (medspacy `ConTextRule`s, added to its defaults by
`TextCoder.setup`)."""

from __future__ import annotations

from typing import Any


def context_rules() -> list[Any]:
    """ConText rules added to medspacy's defaults: its general rules miss how cancer notes phrase
    family history, screening, consent boilerplate and differential diagnoses."""
    from medspacy.context import ConTextRule

    rules = []
    for lit in ("mother", "father", "sister", "brother", "aunt", "uncle", "grandmother", "grandfather",
                "daughter", "son", "cousin", "sibling", "siblings", "maternal", "paternal", "niece",
                "nephew", "family members", "family history", "relatives"):
        rules.append(ConTextRule(lit, "FAMILY", direction="BIDIRECTIONAL", max_scope=8))
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
                "possible", "possibly", "probable", "probably", "likely", "differential",
                "suggestive of", "cannot be excluded", "cannot be ruled out", "not excluded",
                "evaluation for", "evaluate for", "possibility of", "consideration", "would be",
                "concern for", "concerning"):
        direction = "BACKWARD" if lit.startswith(("cannot", "not ")) else "FORWARD"
        rules.append(ConTextRule(lit, "POSSIBLE_EXISTENCE", direction=direction, max_scope=8))
    for lit in ("versus", "vs", "vs."):
        rules.append(ConTextRule(lit, "POSSIBLE_EXISTENCE", direction="BIDIRECTIONAL", max_scope=5))
    for lit in ("no evidence of", "negative for", "free of", "no sign of", "no signs of", "no history of",
                "no personal history of", "denies", "without", "not malignant", "benign", "ruled out"):
        direction = "BACKWARD" if lit == "ruled out" else "FORWARD"
        rules.append(ConTextRule(lit, "NEGATED_EXISTENCE", direction=direction, max_scope=10))
    # medspacy's backward "is/was negative" shadows "negative for" in "ROS is negative for A, B, cancer"
    rules.append(ConTextRule("is negative for", "NEGATED_EXISTENCE", direction="FORWARD", pattern=[
        {"LOWER": {"IN": ["is", "are", "was", "were", "be", "been"]}}, {"LOWER": "negative"}, {"LOWER": "for"}]))
    for lit in ("status post", "s/p", "previous", "prior", "remote", "in remission", "years ago",
                "history of", "treated for", "past history"):
        rules.append(ConTextRule(lit, "HISTORICAL", direction="BIDIRECTIONAL" if lit == "years ago"
                                 else "FORWARD", max_scope=10))
    return rules

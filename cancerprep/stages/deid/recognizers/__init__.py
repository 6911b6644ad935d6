"""Clinical PHI recognizers for Presidio (i2b2 2014 categories, HIPAA Safe Harbor identifiers).

One recognizer per module, in Presidio's style; `registry.build_registry` gathers them into
the `RecognizerRegistry` the engine uses. They are deliberately rule- and vocabulary-based:
clinical notes are ~30% ALL CAPS and full of abbreviations, where general-purpose NER both
misses names and flags "CAD" as an organisation. Precision comes from context (titles,
relations, prepositions, facility words) and from the safe lists in `safelist`; recall from
generic patterns, never from lists of particular people or places seen in development data.

Modules: `base` (entities, deadline, RegexRecognizer), `words` (person-context vocabularies),
`tokens` (tokenizer, case mode), `context` (shared predicates), `unknown_words` (no vocabulary knows it);
recognizers `dates`, `age`, `contact`, `ids`, `address`, `initials`, `dictation`, `names`, `locations`,
`profession`; `registry`.
Shared modules never import `registry`.
"""

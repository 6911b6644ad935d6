"""Vocabulary classes of tokens: what the project's vocabularies know about a word, as a feature the voter can learn.

Why: the learned voter's tok2vec hashes a token's identity and shape (NORM, PREFIX, SUFFIX, SHAPE), so a name it
never saw is found only by shape and context, and a name that is an everyday word ("Will", "Hope") hardly at all.
The project's broad vocabularies (`safelist`: census first names and surnames, everyday-English frequency, medical
words, US cities and states, world place words) know about every word whether or not it was in the training notes.
This component writes one delexicalised class per token (e.g. ``first+last|rare|-|-`` for a census name that is
rare English, ``first|top|-|-`` for "will") into `Token.lemma` (no lemmatizer runs in the voter), which the
tok2vec's MultiHashEmbed then embeds beside the word itself (`training.build_config`, `vocab_features`). What is
learned about a class carries over to every word of that class, seen in training or not.

The classes are the vocabularies' memberships, crossed, and the frequency bands the project already uses
(`safelist`: count 50, the dictionary's rarest band, mostly proper nouns; `COMMON_FREQ`, everyday English; 200,000,
the words `first_names` drops): no string is listed here. Case is ignored (the lookup is on the lower-case form),
so an ALL CAPS note gets the same classes. One dict lookup per token, cached per lower-case form.
"""

import numpy as np
from spacy.attrs import LEMMA, LOWER
from spacy.language import Language
from spacy.tokens import Doc

from cancerprep.stages.deid import safelist

FACTORY = "cancerprep_vocab_class"
_CACHE_MAX = 1_000_000  # distinct lower-case forms kept before the cache starts again


def english_band(low: str) -> str:
    """Where a lower-case word stands in everyday English by its count: absent, rare, known, common, top."""
    count = safelist.word_freq().get(low, 0)
    if count == 0:
        return "absent"
    if count <= safelist.RARE_FREQ:
        return "rare"
    if count < safelist.COMMON_FREQ:
        return "known"
    return "common" if count < safelist.TOP_FREQ else "top"


CLASSES = ("full", "names")


def token_class(text: str, classes: str = "full") -> str:
    """The vocabulary class of a token: 'num' (holds a digit), 'sym' (no letter), else census name part | English
    band | medical | place, each from `safelist` on the lower-case form. `classes="names"` keeps only the census
    name part and whether the word is everyday English (`safelist.is_common`): it does not tell a word no
    vocabulary knows (in clinical notes mostly abbreviations and typos) from a rare one."""
    low = text.lower()
    if any(c.isdigit() for c in low):
        return "num"
    if not any(c.isalpha() for c in low):
        return "sym"
    first, last = low in safelist.first_names(), low in safelist.last_names()
    name = "first+last" if first and last else "first" if first else "last" if last else "-"
    if classes == "names":
        return f"{name}|{'common' if safelist.is_common(low) else '-'}"
    medical = "med" if low in safelist.medical_words() else "-"
    if low in safelist.us_cities() or low in safelist.us_states():
        place = "city"
    elif low in safelist.place_words():
        place = "place"
    else:
        place = "-"
    return f"{name}|{english_band(low)}|{medical}|{place}"


class VocabClass:
    """Writes `token_class` of every token into `Token.lemma` (as a string-store hash the embedding reads)."""

    def __init__(self, classes: str = "full") -> None:
        if classes not in CLASSES:
            raise ValueError(f"unknown vocabulary classes {classes!r}; use one of {', '.join(CLASSES)}")
        self.classes = classes
        self._cache: dict[int, int] = {}  # lower-case form's hash -> class string's hash

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc):
            return doc
        strings = doc.vocab.strings
        cache = self._cache
        if len(cache) > _CACHE_MAX:
            cache.clear()
        out = np.empty((len(doc), 1), dtype=np.uint64)
        for i, low in enumerate(doc.to_array(LOWER).tolist()):
            cls = cache.get(low)
            if cls is None:
                cls = cache[low] = strings.add(token_class(strings[low], self.classes))
            out[i, 0] = cls
        doc.from_array([LEMMA], out)
        return doc


@Language.factory(FACTORY, default_config={"classes": "full"})
def make_vocab_class(nlp: Language, name: str, classes: str) -> VocabClass:
    """spaCy factory (registered on import; `learned.load_model` and `training` import this module)."""
    return VocabClass(classes)

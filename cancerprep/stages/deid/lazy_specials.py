"""spaCy's tokenizer with its special cases added when a text can first use them (issue 18: start-up).

The learned voter tokenizes with spaCy's English rules (`spacy.Tokenizer.v1`), whose ~1,350 special cases
("don't", "a.m.", emoticons...) are built one by one when the tokenizer is made: ~0.18 CPU-s, the largest single
cost of a one-note `cancerprep deid` after the imports, for a note that uses none or two of them.

A special case can change a tokenization only where the text holds it: spaCy applies one where a chunk, or what is
left of a chunk after its prefixes and suffixes are cut, *is* the case's string, or where its phrase pattern (the
string's own tokens) matches tokens that the text writes with at most one space between them (the space a token
carries as its trailing-whitespace flag). In every one of these the string with its spaces taken out is part of the
text with its spaces taken out. So `LazySpecialCases` starts from the same tokenizer without special cases and,
before each text, adds (in spaCy's order) the pending cases whose space-free string is in the space-free text; a
text thus meets every case that could apply to it, and the same tokens come out. Adding a case empties spaCy's
chunk cache, and its pattern's own chunks stay cached untokenized by special cases, as the last case added at start
leaves them: so every batch of additions ends by adding that last case again, and the cache holds what it held.
After `BUDGET` characters of text the rest is added at once: a long run pays the one-time cost as before plus
~0.015 CPU-s of look-ups (0.14 s with a budget of 200,000 characters, measurable in a 300-note throughput run),
and no text after that pays a look-up. `tests/test_startup31.py` checks tokens, norms and the model's entities
against the eager tokenizer. CANCERPREP_LAZY_SPECIALS=0 switches it off.

Some cases say only what the tokenizer makes of their string anyway: one token of the string itself (ORTH, nothing
else), which no prefix, suffix or infix rule splits ("\\n", " ", "\\t", "C++"). They are never added before a text
(`withheld`; anything read through `__getattr__` still sees them). Why: spaCy stops caching a Doc's chunks once any
special case was used in it (`has_special`, spaCy #1250), and "\\n" is one: every chunk after a Doc's first line break
was split again by the affix rules on every text (the voter's excerpts hold a line break a piece). Without such a case
the string's chunk is split by the rules into the same single token (its lexeme, no other attribute), the chunks after
it are cached as usual, and caching changes no token (a chunk holding a real special case still stops it): the same
Doc, and the tokenizer's CPU on the voter's excerpts 117 -> 41 ms per 1,000 PhysioNet notes, warm (perf41;
`benchmarks.speed.tokenizer_cache`; tests/stages/deid/test_perf41.py compares what the model reads on real notes).
"""

from __future__ import annotations

import os
import types
from typing import Any, ClassVar

NAME = "cancerprep.LazySpecialCases.v1"
SPACY_TOKENIZER = {"@tokenizers": "spacy.Tokenizer.v1"}
OFF_ENV = "CANCERPREP_LAZY_SPECIALS"
_REGISTERED: list[str] = []
BUDGET = 20_000  # characters looked through (~0.7 us each) before the remaining cases are all added


def switched_off() -> bool:
    """CANCERPREP_LAZY_SPECIALS=0 (or off/false): the tokenizer is built as spaCy builds it."""
    return os.environ.get(OFF_ENV, "") in ("0", "off", "false")


def _squeezed(text: str) -> str:
    return text.replace(" ", "")


def says_nothing(tokenizer: Any, key: str, substrings: list[dict]) -> bool:
    """Is the special case `key` -> `substrings` what `tokenizer` makes of `key` without it: one token of `key` with no
    attribute but its text, and no prefix, suffix or infix rule that splits `key` (the rules are asked)? Then the case
    changes no token: where a chunk, or what is left of one after its affixes are cut, is `key`, the rules leave it
    one token of `key` (and stop cutting, as the case stops them)."""
    from spacy.attrs import ORTH, intify_attrs

    if len(substrings) != 1 or " " in key.strip(" ") or not key:
        return False
    props = intify_attrs(dict(substrings[0]))
    return props == {ORTH: key} and not tokenizer.find_prefix(key) \
        and not tokenizer.find_suffix(key) and not tokenizer.find_infix(key)


class LazySpecialCases:
    """A callable tokenizer: spaCy's `Tokenizer` without special cases, each case added before the first text
    that can use it (see the module's docstring); `tokenizer` is the spaCy object, `pending` the cases not added."""

    def __init__(self, tokenizer: Any, rules: dict[str, Any]):
        self.tokenizer = tokenizer
        self.rules = rules
        # the cases that change no token (`says_nothing`), never added before a text: they stop spaCy's chunk cache
        self.withheld = [key for key in sorted(rules) if says_nothing(tokenizer, key, rules[key])]
        order = sorted(set(rules) - set(self.withheld))  # spaCy adds them in this order (`_load_special_cases`)
        self.last = order[-1] if order else None
        self.pending: dict[str, str] = {key: _squeezed(key) for key in order}
        self.read = 0
        if self.last is not None:
            self._add([self.last])

    def _add(self, keys: list[str]) -> None:
        for key in keys:
            self.pending.pop(key, None)
            self.tokenizer.add_special_case(key, self.rules[key])
        if keys and self.last is not None and keys[-1] != self.last:
            self.tokenizer.add_special_case(self.last, self.rules[self.last])  # the cache as eager loading leaves it

    def prepare(self, text: str) -> None:
        """Add the pending cases `text` can use (all of them once `BUDGET` characters have been looked through)."""
        if not self.pending:
            return
        self.read += len(text)
        if self.read > BUDGET:
            self._add(list(self.pending))
            return
        squeezed = _squeezed(text)
        self._add([key for key, part in self.pending.items() if part in squeezed])

    def __call__(self, text: str):
        """The Doc of `text`, as spaCy's tokenizer with every special case makes it."""
        self.prepare(text)
        return self.tokenizer(text)

    def pipe(self, texts, batch_size: int = 1000):
        """Docs of `texts`, one by one (as `Tokenizer.pipe`)."""
        for text in texts:
            yield self(text)

    @property
    def vocab(self) -> Any:
        """The tokenizer's vocabulary (the model's): reading it needs no special case."""
        return self.tokenizer.vocab

    def __getattr__(self, name: str) -> Any:
        """Anything else (`vocab`, `explain`, `to_bytes`...) from the spaCy tokenizer, with every case added first
        (the withheld ones too: what is read of it is spaCy's tokenizer with all its rules)."""
        if name in ("tokenizer", "pending", "rules", "last", "read", "withheld"):
            raise AttributeError(name)
        if self.pending or self.withheld:
            self._add(list(self.pending))
            withheld, self.withheld = self.withheld, []
            self._add(withheld)
        return getattr(self.tokenizer, name)


def register() -> None:
    """Register the factory `NAME` with spaCy (once): spaCy's `spacy.Tokenizer.v1` built without the language's
    special cases, wrapped in `LazySpecialCases` with them."""
    from spacy.language import create_tokenizer
    from spacy.util import registry

    if _REGISTERED:
        return
    _REGISTERED.append(NAME)

    @registry.tokenizers(NAME)
    def lazy_tokenizer():
        build = create_tokenizer()

        def factory(nlp):
            defaults = nlp.Defaults

            class NoSpecialCases(defaults):  # what spaCy's factory reads, less the special cases
                tokenizer_exceptions: ClassVar[dict] = {}

            base = build(types.SimpleNamespace(vocab=nlp.vocab, Defaults=NoSpecialCases))
            return LazySpecialCases(base, dict(defaults.tokenizer_exceptions))

        return factory


def overrides(path: str) -> dict[str, Any]:
    """spaCy config overrides that load the model at `path` with the lazy tokenizer: none when switched off or when
    its config names another tokenizer than spaCy's default (a site's own model keeps what it was trained with)."""
    if switched_off():
        return {}
    from spacy.util import load_config

    try:
        tokenizer = dict(load_config(os.path.join(path, "config.cfg"))["nlp"]["tokenizer"])
    except Exception:
        return {}
    if tokenizer != SPACY_TOKENIZER:
        return {}
    register()
    return {"nlp": {"tokenizer": {"@tokenizers": NAME}}}

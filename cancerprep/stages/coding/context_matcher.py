"""A drop-in for the spaCy `Matcher` inside medspacy's ConText that runs, per doc, only the token-pattern rules
whose required words the doc holds.

WHY: ConText's `Matcher` holds every token-pattern cue rule (over a hundred, most with `LOWER IN` lists) and
evaluates each one's predicates at every token of every sentence it is given: the coder's largest single cost.
Most rules need a word a given sentence lacks ("concern" + "of"), so they can never match there. This matcher
reads each rule's required lowercase words from its pattern, keeps only the rules a doc can match and runs a
spaCy `Matcher` built from exactly those (cached per subset). The result is identical to the full matcher's:
spaCy's `find_matches` advances each pattern's states independently and keeps their order, so dropping
patterns that produce no match leaves the other matches and their order unchanged; medspacy's overlap pruning
runs afterwards on the same list.
"""

from __future__ import annotations

from collections import OrderedDict
from typing import Any

from spacy.matcher import Matcher
from spacy.tokens import Doc, Span

# token specs with these operators must match at least one token (None: exactly one)
_REQUIRED_OPS = (None, "1", "+")
# attributes the full Matcher checks for annotation on every call, and custom extensions ("_"), whose getters it
# calls at every token of every doc: a rule using one is never filtered out, so a doc lacking the annotation still
# raises and every getter still runs as under the full matcher
_ALWAYS_KEYS = {"TAG", "POS", "MORPH", "LEMMA", "DEP", "_"}


def required_words(pattern: list[dict[str, Any]]) -> list[frozenset[str]] | None:
    """Sets of lowercase forms, one per mandatory token spec with a `LOWER` equality or `IN` list: a doc can
    match the pattern only if it holds a token from each set. None when the rule must always run."""
    needs = []
    for spec in pattern:
        if any(str(k).upper() in _ALWAYS_KEYS for k in spec):
            return None
        if spec.get("OP") not in _REQUIRED_OPS:
            continue
        value = next((v for k, v in spec.items() if str(k).upper() == "LOWER"), None)
        if isinstance(value, str):
            needs.append(frozenset((value,)))
        elif isinstance(value, dict) and isinstance(value.get("IN"), list | tuple | set) and all(
                isinstance(v, str) for v in value["IN"]):
            needs.append(frozenset(value["IN"]))
    return needs


class FilteredMatcher:
    """The `Matcher` API medspacy's `MedspacyMatcher` uses (`add`, call on a doc), matching only the rules a doc
    can match; rules keep the order they were added in."""

    def __init__(self, vocab: Any, cache_size: int = 1024) -> None:
        self.vocab = vocab
        self._rules: list[tuple[str, list[dict[str, Any]], Any, list[frozenset[int]] | None]] = []
        self._always: list[int] = []  # rules with no required word
        self._anchor: dict[int, list[int]] = {}  # a word's hash -> rules whose first required set holds it
        self._cache: OrderedDict[tuple[int, ...], Matcher] = OrderedDict()
        self._cache_size = cache_size

    def __len__(self) -> int:
        return len(self._rules)

    def add(self, key: str, patterns: list[list[dict[str, Any]]], on_match: Any = None, **kwargs: Any) -> None:
        """Add a rule as `Matcher.add` does (one pattern per entry; medspacy adds one per rule)."""
        if kwargs.get("greedy") is not None:
            raise ValueError("FilteredMatcher does not support greedy rules")
        strings = self.vocab.strings
        for pattern in patterns:
            words = required_words(pattern)
            needs = None if words is None else [frozenset(strings.add(w) for w in s) for s in words]
            index = len(self._rules)
            self._rules.append((key, pattern, on_match, needs))
            if not needs:
                self._always.append(index)
            else:
                for h in needs[0]:
                    self._anchor.setdefault(h, []).append(index)
        self._cache.clear()

    def active(self, doc: Doc | Span) -> tuple[int, ...]:
        """Indexes, in order, of the rules whose every required set meets the doc's lowercase words."""
        lowers = {t.lower for t in doc}
        found = set(self._always)
        for h in lowers:
            for i in self._anchor.get(h, ()):
                if i not in found:
                    needs = self._rules[i][3]
                    if all(not s.isdisjoint(lowers) for s in needs[1:]):
                        found.add(i)
        return tuple(sorted(found))

    def _matcher(self, rules: tuple[int, ...]) -> Matcher:
        matcher = self._cache.get(rules)
        if matcher is not None:
            self._cache.move_to_end(rules)
            return matcher
        matcher = Matcher(self.vocab)
        for i in rules:
            key, pattern, on_match, _ = self._rules[i]
            matcher.add(key, [pattern], on_match=on_match)
        self._cache[rules] = matcher
        if len(self._cache) > self._cache_size:
            self._cache.popitem(last=False)
        return matcher

    def __call__(self, doc: Doc | Span, **kwargs: Any) -> list[Any]:
        rules = self.active(doc)
        if not rules:
            return []
        return self._matcher(rules)(doc, **kwargs)


def filter_context_matcher(context: Any) -> FilteredMatcher:
    """Swap the token `Matcher` inside a medspacy ConText pipe for a `FilteredMatcher` holding the same rules in
    the same order (medspacy keeps it in private attributes; a medspacy without them fails here, loudly)."""
    inner = context._ConText__matcher
    filtered = FilteredMatcher(context.nlp.vocab)
    for rule in inner.rules:  # insertion order, as they were added to the full Matcher
        if isinstance(rule.pattern, list):
            filtered.add(rule._rule_id, [rule.pattern], on_match=rule.on_match)
    if not isinstance(inner._MedspacyMatcher__matcher, Matcher):
        raise TypeError("medspacy's ConText matcher is not the expected spaCy Matcher")
    inner._MedspacyMatcher__matcher = filtered
    return filtered

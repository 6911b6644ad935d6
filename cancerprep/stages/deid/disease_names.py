"""Diseases, tumours and syndromes named for a person or a place ("Hodgkin lymphoma", "Wilms tumor", "Ewing sarcoma",
"Merkel cell carcinoma", "Prader-Willi syndrome", "von Hippel-Lindau"), read from vocabularies.

Why: for a cancer toolkit the worst damage a de-identifier can do is to put a surrogate in place of the name of the
disease ("Smith lymphoma"). The eponym rules in `safelist.clinical_term_use` know a fixed set of heads ("syndrome",
"disease", "staging") and the possessive eponyms of ICD-10-CM (`safelist.disease_eponyms`); the heads of named
tumours are many more (lymphoma, sarcoma, tumor, cell, macroglobulinemia, dystrophy, dysplasia, variant...). This
module learns them from the names themselves: ICD-10-CM titles and inclusion terms (the pinned simple-icd-10-cm),
ICD-O-3 morphology descriptions (SEER's list) and the Disease mentions of the NCBI disease corpus's TUNING files
(train, devel; never test). A word written with a capital inside these names and never in small letters (`eponym`
below) is an eponym; the file keeps each eponym run with the word before it and the word after it in that name
(cancerprep/data/deid/disease_names.txt, one "before|run|after" a line, built by `build_disease_names`).

A NAME or LOCATION span is a disease's name (`named_disease_use`) when its words are one eponym run (or part of one)
and the text goes on with the word that follows that run in a name or with a disease's head ("Ewing sarcoma", "Merkel
cell", "Prader-Willi", "Hodgkin's disease"; a bracketed abbreviation may stand between: "von Hippel-Lindau (VHL)
disease"), or the word before it is the run's own word before and a particle or eponym ("non-Hodgkin", "von Hippel-
Lindau"), or the span itself holds two eponyms of one name joined by a hyphen ("Li-Fraumeni", "Peutz-Jeghers"; "Los
Angeles" is no name). Never after a person's title (`safelist.clinical_term_use` asks that first) and never when the
following word is a function word ("Hodgkin and ..."), so a surname in a signature or after "Dr." stays a name.
"""

from __future__ import annotations

import csv
import functools
import re
from collections import Counter, defaultdict
from collections.abc import Callable
from pathlib import Path

from cancerprep import resources
from cancerprep.stages.deid.recognizers.tokens import ascii_fold

DATA_FILE = "deid/disease_names.txt"
_ANY_WORD = re.compile(r"[^\W\d_][^\W_]*(?:['’]s?)?")  # a word in any script, its possessive with it
_ASCII_WORD = re.compile(r"[A-Za-z][A-Za-z0-9]*")
# Words that join a name's parts but name nothing: never the word that shows a span continues a disease's name.
_FUNCTION = frozenset("a an and or of the with without in on to for by as at from other unspecified nos".split())
# Words a name's title goes on with that do not continue the NAME itself (ICD-10-CM's sides and encounters: "Baker
# cyst, left knee", "flood, initial encounter"): a person's name is followed by them as readily ("Baker left").
_NOT_NAME_WORDS = frozenset("left right bilateral unspecified initial subsequent sequela only like arising resulting "
                            "type".split())
# The head of any disease's name: after a known eponym it goes on with the name even where the vocabularies write
# that eponym before another head ("Hodgkin's disease" beside ICD-10-CM's "Hodgkin lymphoma").
_DISEASE_HEADS = frozenset("disease syndrome tumor tumour tumors tumours sarcoma lymphoma lymphomas carcinoma "
                           "leukemia leukaemia dystrophy anomaly".split())
# Words that open a family name: the word before an eponym run that shows the run is a disease's ("von Hippel").
# ("St." is left out: "St. Louis" is a city before it is an encephalitis.)
_PARTICLES = frozenset("von van non".split())


def _tokens(phrase: str) -> list[str]:
    """The words of a name, hyphens split, a possessive's "'s" (or a plural's "'") dropped, each written without its
    diacritics as the vocabularies spell it (`tokens.ascii_fold`: "Waldenström" -> "Waldenstrom"); a word of another
    script, which has no ASCII form, is no word of a name here."""
    words = (ascii_fold(re.sub(r"['’]s?$", "", m.group(0))) for m in _ANY_WORD.finditer(phrase.replace("-", " ")))
    return [w for w in words if _ASCII_WORD.fullmatch(w)]


def _capitalised(word: str) -> bool:
    return word[:1].isupper() and word[1:].islower() and word.isalpha()


def eponym_runs(phrases: list[str]) -> set[tuple[str, str, str]]:
    """(word before, eponym run, word after), all lower-case, of every eponym run in `phrases`. An eponym is a word
    written with a capital (first letter only) inside a name at least twice as often as in small letters, or one that
    opens two names or more and is never written in small letters (titles capitalise a name's first word, so that
    place alone proves little)."""
    capital: Counter[str] = Counter()
    first: Counter[str] = Counter()
    small: Counter[str] = Counter()
    tokenised = [_tokens(p) for p in phrases]
    for words in tokenised:
        if words and _capitalised(words[0]):
            first[words[0].lower()] += 1
        for w in words[1:]:
            if _capitalised(w):
                capital[w.lower()] += 1
            elif w.islower():
                small[w] += 1
    eponyms = {w for w, n in capital.items() if n >= 2 * small[w]}
    # a name's first word ("Ewing sarcoma", "Kaposi's sarcoma"), twice or more and never in small letters
    eponyms |= {w for w, n in first.items() if n >= 2 and not small[w]}
    runs: set[tuple[str, str, str]] = set()
    for words in tokenised:
        low = [w.lower() for w in words]
        i = 0
        while i < len(low):
            if low[i] not in eponyms or not words[i][:1].isupper():
                i += 1
                continue
            j = i
            while j < len(low) and low[j] in eponyms and words[j][:1].isupper():
                j += 1
            before = low[i - 1] if i else ""
            after = low[j] if j < len(low) else ""
            runs.add((before, " ".join(low[i:j]), after))
            i = j
    return runs


def vocabulary_phrases(icdo3_csv: Path, ncbi_dir: Path) -> list[str]:
    """ICD-10-CM titles and inclusion terms ("Peutz-Jeghers syndrome"), ICD-O-3 morphology descriptions and the NCBI
    disease corpus's TUNING Disease mentions."""
    import simple_icd_10_cm as icd

    codes = icd.get_all_codes(True)
    phrases = [icd.get_description(code) for code in codes]
    phrases += [term for code in codes for term in icd.get_inclusion_term(code)]
    with open(icdo3_csv, encoding="utf-8", errors="replace", newline="") as f:
        phrases += sorted({row["Description"] for row in csv.DictReader(f)})
    for name in ("train", "devel"):  # the corpus's test file is a check part: never read here
        mention: list[str] = []
        for line in (ncbi_dir / f"{name}.tsv").read_text(encoding="utf-8").splitlines():
            token, _, tag = line.partition("\t")
            if tag.startswith("I-") and mention:
                mention.append(token)
                continue
            if mention:
                phrases.append(" ".join(mention))
            mention = [token] if tag.startswith("B-") else []
        if mention:
            phrases.append(" ".join(mention))
    return phrases


def build_disease_names(icdo3_csv: Path, ncbi_dir: Path, out: Path | None = None) -> int:
    """Write disease_names.txt from the vocabularies (`vocabulary_phrases`); returns its line count."""
    runs = sorted(eponym_runs(vocabulary_phrases(icdo3_csv, ncbi_dir)))
    header = "# before|eponym run|after, lower-case: ICD-10-CM, ICD-O-3 (SEER), NCBI disease corpus train+devel\n"
    path = out or Path(str(resources.data(DATA_FILE)))
    path.write_text(header + "\n".join("|".join(r) for r in runs) + "\n", encoding="utf-8")
    return len(runs)


@functools.cache
def _runs() -> tuple[dict[str, set[str]], dict[str, set[str]], dict[str, set[str]]]:
    """By eponym word: the words that follow it in a name, the words before it, and the runs it is part of."""
    after: dict[str, set[str]] = defaultdict(set)
    before: dict[str, set[str]] = defaultdict(set)
    runs: dict[str, set[str]] = defaultdict(set)
    for line in resources.data_lines(DATA_FILE):
        prev, run, nxt = line.split("|")
        words = run.split()
        for k, w in enumerate(words):
            runs[w].add(run)
            after[w].add(words[k + 1] if k + 1 < len(words) else nxt)
            before[w].add(words[k - 1] if k else prev)
    return after, before, runs


_NEXT = re.compile(r"(?:['’]s?)?(?:[ \t]*\([A-Z0-9-]{2,8}\))?(?:[ \t]+|[ \t]*-[ \t]*)([A-Za-z][A-Za-z0-9]*)")
_HYPHENED = re.compile(r"(?:[A-Za-z]+[ \t]+)?[A-Za-z]+(?:-[A-Za-z]+)+(?:['’]s?)?")
_AND_EPONYM = re.compile(r"[ \t]+(?:and|or|&|/)[ \t]+([A-Z][A-Za-z]+(?:[ -][A-Z][A-Za-z]+)?)")
_PREV = re.compile(r"([A-Za-z]+)(?:[ \t]+|[ \t]*-[ \t]*)$")


def eponym_word(low: str) -> bool:
    """Is the lower-case word an eponym of a disease's name in the vocabularies ("lindau", "hodgkin")?"""
    return low in _runs()[2]


def _continues(word: str, person_word: Callable[[str], bool]) -> bool:
    """Can `word` after an eponym show a disease's name goes on? Not a function word, a side or an encounter, nor a
    person's name word (`person_word`: "Denny Brown" is a person's name before it is "Denny-Brown")."""
    return word not in _FUNCTION and word not in _NOT_NAME_WORDS and not person_word(word)


def _known_form(low: str, runs: dict[str, set[str]]) -> str:
    """The vocabulary's form of an eponym written with a plural's or possessive's "s" ("Burkitts lymphoma")."""
    return low[:-1] if low not in runs and low.endswith("s") and low[:-1] in runs else low


def named_disease_use(text: str, start: int, end: int, person_word: Callable[[str], bool],
                      shared: bool = False) -> bool:
    """Is text[start:end] (a NAME or LOCATION span) the eponym of a disease's name in the vocabularies, going on
    with that name's next word, after its word before, or holding two of one name's eponyms (module doc)?
    `person_word` says whether a lower-case word is a person's name word (the census lists live in `safelist`,
    which asks this module). `shared`: the span is the second of two eponyms joined by "and"/"or", read only for the
    name's next word."""
    after, before, runs = _runs()
    words = [_known_form(w.lower(), runs) for w in _tokens(text[start:end])]
    if not words or any(w not in runs for w in words):
        return False
    if len(words) > 1 and _HYPHENED.fullmatch(text, start, end) and any(
            f" {' '.join(words)} " in f" {r} " for r in runs[words[0]]):
        return True  # "Li-Fraumeni", "Hippel-Lindau": two eponyms of one name joined (places join with a space)
    nxt = _NEXT.match(text, end)
    if nxt and ((word := nxt.group(1).lower()) in after[words[-1]] or word in _DISEASE_HEADS) \
            and _continues(word, person_word):
        return True
    # two eponyms sharing what follows ("Becker and Duchenne muscular dystrophy", "Duarte and Los Angeles variant")
    pair = None if shared else _AND_EPONYM.match(text, end)
    if pair and named_disease_use(text, pair.start(1), pair.end(1), person_word, shared=True):
        return True
    if shared:
        return False
    prev = _PREV.search(text, max(0, start - 16), start)
    return bool(prev and (word := prev.group(1).lower()) in before[words[0]]
                and (word in _PARTICLES or word in runs))


# A disease's subtype as a Roman numeral and letter ("mucopolysaccharidosis IVA", "glycogenosis IIIA"): after a word
# with a disease's ending ("Iva" is a given name; `safelist`'s stage values read "type IVA", "stage IIB").
_SUBTYPE = re.compile(r"(?:I{1,3}|IV|VI{0,3}|IX)[A-D]?")
_DISEASE_WORD_BEFORE = re.compile(r"(?i)[a-z]{3,}(?:osis|oses|emia|aemia|itis|oma|omas|pathy|trophy|plasia|uria|"
                                  r"ism|disease|syndrome|deficiency)[ \t]+$")


def disease_subtype(text: str, start: int, end: int) -> bool:
    """Is the span a Roman-numeral subtype in capitals right after a word with a disease's ending?"""
    return bool(_SUBTYPE.fullmatch(text, start, end) and _DISEASE_WORD_BEFORE.search(text, max(0, start - 40), start))

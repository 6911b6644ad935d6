"""Does name recall depend on where the names come from? deid_bench's notes re-rendered with other name pools.

Why: a real hospital's patients and staff have names of every origin, while the recognizers' name vocabularies come
largely from US census lists and the benchmarks plant names from our own generators. This benchmark takes
deid_bench's annotated parts (PhysioNet tuning/check, planted MTSamples tuning/check, the synthetic sample) and
replaces every name in their gold NAME spans (patient, relative, clinician: the category is kept) by a name drawn
from a pool, keeping the span's shape (first / last / "Last, First" / initial and last: initials stay) and each
word's case (ALL CAPS, lower, as written); every other gold span moves with the text. Each name word maps to one
replacement wherever it occurs (a stable hash of the word, its role and the pool), so a person keeps one name
across a patient's notes as in the original. Pools:

- `as_written`: the notes unchanged (deid_bench's figures);
- `generator`: the planted generator's draw (`planted.make_person`: US census names, 15% of firsts English words);
- `world`: Faker's name lists of Latin-script locales of many origins (West and East African, South, East and
  South-East Asian, Arabic and Turkic, Slavic, Hispanic and Lusophone, other European), drawn region first, then
  locale, then name, ASCII-folded as US exports usually are (José -> Jose); romanized lists for Chinese and
  Japanese. Faker ships its data: nothing is downloaded. No Pacific locale exists in Faker;
- `words`: names that are also everyday English words (`forms_probe._person` with every first and surname a
  word: Will, Hope, Brown, Young);
- `world_held_out`: `world` drawn from the half of its locales (`locale_half`) the name-likeness model did not learn
  from: its measure of names of origins the model never saw;
- `world_accented`: names with their native diacritics (Søren, Müller, Anaïs, Begoña, Šimková, Gökhan Yılmaz,
  Nguyễn, Ioniță, Jónsdóttir), from Faker locales the model never learned from and two short Turkish and Vietnamese
  lists (`ACCENTED_REGIONS`): the only pool that is not ASCII-folded.

Scored with deid_bench's engine run and any-overlap scorer: recall, NAME recall and precision per pool and part,
NAME recall per category, and for `world` per region. Scores only; no note text is printed.

    python -m benchmarks.quality.name_pools [--pools as_written generator world world_held_out words world_accented]
        [--only physionet] [--limit N] [--seed 13] [--json F] [--markdown]
"""

from __future__ import annotations

import argparse
import hashlib
import importlib
import random
import re
import sys
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from benchmarks.quality.deid_bench import (
    REPO,
    SHARED,
    Part,
    _gold_of,
    _limit,
    physionet_parts,
    planted_parts,
    run_ours,
    sample_parts,
)
from benchmarks.report import emit
from cancerprep.sample import planted
from cancerprep.stages.deid.evaluate import (
    PHYSIONET_TO_I2B2,
    Note,
    Span,
    load_jsonl_spans,
    load_physionet_gold,
    score,
)
from cancerprep.stages.deid.recognizers.tokens import ascii_fold  # the recognizers' own fold: one spelling rule

# Faker locales whose name lists are in Latin script, by region of origin (Faker has no Pacific locale).
REGIONS: dict[str, tuple[str, ...]] = {
    "west_african": ("yo_NG", "ig_NG", "ha_NG", "tw_GH", "en_NG"),
    "east_southern_african": ("sw", "en_KE", "zu_ZA"),
    "south_asian": ("en_IN", "en_PK"),
    "east_asian": ("ja_JP", "zh_CN", "zh_TW"),
    "southeast_asian": ("vi_VN", "en_TH", "id_ID"),
    "arabic_turkic": ("fr_DZ", "uz_UZ", "tr_TR", "az_AZ"),
    "slavic": ("pl_PL", "cs_CZ", "sk_SK", "hr_HR", "sl_SI"),
    "hispanic_lusophone": ("es_MX", "es_CO", "es_AR", "es_CL", "pt_BR"),
    "other_european": ("hu_HU", "ro_RO", "lt_LT", "fi_FI", "nl_NL", "it_IT", "fr_FR", "de_DE"),
}
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)*")
_TITLE = re.compile(r"(?:\b(?:dr|mr|mrs|ms|miss|prof|doctor)\.?\s*)$", re.I)


def _names(values: list[str]) -> tuple[str, ...]:
    """The distinct ASCII-folded names of Faker lists (`ascii_fold`: José -> Jose, Łukasz -> Lukasz, as US exports
    usually write names), letters, spaces, - and ' only: a name with letters of another script is dropped."""
    out = dict.fromkeys(ascii_fold(v).strip() for v in values)
    out = dict.fromkeys(n.title() if n.isupper() else n for n in out)  # Faker writes some romanized names in caps
    return tuple(n for n in out if n and re.fullmatch(r"[A-Za-z][A-Za-z' -]*", n))


@cache
def faker_locale(locale: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(first names, last names) of one Faker locale, both sexes' lists (Polish surnames are by sex), romanized
    where Faker has it; Vietnamese given names are Faker's `middle_names` (its first-name list is a placeholder)."""
    from faker import Generator
    from faker.providers.person import Provider as Base

    provider = importlib.import_module(f"faker.providers.person.{locale}").Provider(Generator())

    def lists(*attrs: str) -> list[str]:  # a list the locale inherits from the base is a placeholder (John Doe)
        return [str(v) for a in attrs if getattr(provider, a, None) != getattr(Base, a, None)
                for v in (getattr(provider, a, None) or ())]

    if hasattr(provider, "first_romanized_names"):
        firsts, lasts = lists("first_romanized_names"), lists("last_romanized_names")
    else:
        firsts = lists("middle_names") if locale == "vi_VN" else lists(
            "first_names", "first_names_female", "first_names_male")
        lasts = lists("last_names", "last_names_female", "last_names_male", "male_last_names", "unisex_last_names")
    return _names(firsts), _names(lasts)


Drawer = Callable[[random.Random, str], tuple[str, str]]  # (rng, role) -> (name, region)

# Names as their languages write them, diacritics kept (issue 13): the other pools are ASCII-folded as US exports
# usually write names, so no figure measured a name spelled "Søren", "Šimková" or "Nguyễn". Only locales the
# name-likeness model never learned from (none of `locale_half('train')`, which `train_name_likeness` reads), no
# list the recognizers ship or learn from, and only names with a letter outside ASCII, drawn group first, then list,
# then name. Faker has no held-out Polish, Czech, Turkish or Vietnamese list (pl_PL, cs_CZ, tr_TR, vi_VN are in the
# train half): Slovak (sk_SK: Czech's letters, háček and acute) and Croatian (č ć đ š ž) stand for them, and
# Turkish and Vietnamese (with tones) come from the short lists below, written from general knowledge of naming;
# the model did learn many of their ASCII spellings from Faker's tr_TR and vi_VN.
ACCENTED_REGIONS: dict[str, tuple[str, ...]] = {
    "nordic": ("da_DK", "fi_FI", "no_NO", "sv_SE"),
    "icelandic": ("is_IS",),
    "german": ("de_AT", "de_CH"),
    "french": ("fr_BE", "fr_CA", "fr_CH"),
    "spanish_portuguese": ("es_CL", "es_ES", "es_MX", "pt_PT"),
    "slavic": ("hr_HR", "sk_SK"),
    "hungarian_romanian": ("hu_HU", "ro_RO"),
    "baltic": ("et_EE", "lt_LT", "lv_LV"),
    "turkish": ("turkish",),
    "vietnamese": ("vietnamese",),
}
_OWN_LISTS: dict[str, tuple[tuple[str, ...], tuple[str, ...]]] = {
    "turkish": (("Gökhan", "Ayşe", "Özlem", "Çağlar", "Şükrü", "Gülşen", "Ümit", "İbrahim", "Müge", "Tuğba",
                 "Büşra", "Oğuz", "Gönül", "Ömer", "Şeyma", "Görkem", "Yiğit", "Barış", "Hülya", "Ülkü", "Çiğdem",
                 "Nurşen", "Sevgül", "Doğukan", "Gülay", "Şenol", "Tülin", "Ağâh", "Cüneyt", "Işıl"),
                ("Yılmaz", "Öztürk", "Şahin", "Çelik", "Doğan", "Aydın", "Özdemir", "Koç", "Kılıç", "Çetin",
                 "Şimşek", "Güneş", "Yıldız", "Yıldırım", "Kaçar", "Türkmen", "Erdoğan", "Akgül", "Güler", "Uğurlu",
                 "Çakır", "Özkan", "Kocabaş", "Demirtaş", "Karakuş", "Gündoğdu", "Altıntaş", "Ünal", "Bozkurtoğlu",
                 "Sarıkaya")),
    "vietnamese": (("Thành", "Phương", "Hương", "Dũng", "Tuấn", "Thảo", "Ngọc", "Hạnh", "Quỳnh", "Đức", "Hùng",
                    "Trâm", "Khánh", "Thúy", "Tâm", "Hiếu", "Quý", "Thắng", "Hải", "Nguyệt", "Bích", "Cường",
                    "Duyên", "Giàu", "Hòa", "Lộc", "Mỹ", "Nhật", "Phúc", "Xuân Hòa"),
                   ("Nguyễn", "Trần", "Lê", "Phạm", "Hoàng", "Huỳnh", "Vũ", "Võ", "Đặng", "Bùi", "Đỗ", "Hồ", "Ngô",
                    "Dương", "Lý", "Đinh", "Trương", "Lâm", "Tạ", "Đoàn", "Lương", "Mạc", "Quách", "Tô", "Văn",
                    "Lưu", "Châu", "Giáp", "Hà", "Kiều")),
}
_NATIVE = re.compile(r"[^\W\d_][^\W\d_' -]*")


@cache
def accented_names(source: str) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """(first names, last names) of one `ACCENTED_REGIONS` source, as written (NFC), each with a letter outside
    ASCII: a Faker locale's lists (Icelandic surnames are patronymics: Faker's stems with -son and -dóttir) or one of
    `_OWN_LISTS`."""
    if source in _OWN_LISTS:
        firsts, lasts = _OWN_LISTS[source]
    else:
        from faker import Generator
        from faker.providers.person import Provider as Base

        provider = importlib.import_module(f"faker.providers.person.{source}").Provider(Generator())

        def lists(*attrs: str) -> list[str]:  # a list the locale inherits from the base is a placeholder
            return [str(v) for a in attrs if getattr(provider, a, None) != getattr(Base, a, None)
                    for v in (getattr(provider, a, None) or ())]

        firsts = tuple(lists("first_names", "first_names_female", "first_names_male"))
        lasts = tuple(lists("last_names", "last_names_female", "last_names_male"))
        if stems := getattr(provider, "last_names_without_suffix", ()):  # is_IS: patronymics
            lasts += tuple(f"{s}{end}" for s in stems for end in ("son", "dóttir"))

    def native(values: tuple[str, ...]) -> tuple[str, ...]:
        out = dict.fromkeys(unicodedata.normalize("NFC", v).strip() for v in values)
        return tuple(n for n in out if not n.isascii() and _NATIVE.fullmatch(n))

    return native(firsts), native(lasts)


def _world_accented(rng: random.Random, role: str) -> tuple[str, str]:
    region = rng.choice(sorted(ACCENTED_REGIONS))
    k = 0 if role == "first" else 1  # a source without accented names in the role (de_AT's firsts) is not drawn
    lists = [names for names in (accented_names(s)[k] for s in ACCENTED_REGIONS[region]) if names]
    return rng.choice(rng.choice(lists)), region




def locale_half(half: str) -> dict[str, tuple[str, ...]]:
    """Half of each region's locales: 'train' takes the 1st, 3rd, ... of its sorted locales, 'held-out' the others,
    so both halves span every region. The name-likeness model (`train_name_likeness`) learns from the 'train' half;
    the `world_held_out` pool draws from the other, so its figure is on names of locales the model never saw."""
    k = {"train": 0, "held-out": 1}[half]
    return {region: tuple(sorted(locales)[k::2]) for region, locales in REGIONS.items()}


def _world(rng: random.Random, role: str, regions: dict[str, tuple[str, ...]] = REGIONS) -> tuple[str, str]:
    region = rng.choice(sorted(regions))
    firsts, lasts = faker_locale(rng.choice(regions[region]))
    return rng.choice(firsts if role == "first" else lasts), region


def _world_held_out(rng: random.Random, role: str) -> tuple[str, str]:
    return _world(rng, role, locale_half("held-out"))


def _generator(rng: random.Random, role: str) -> tuple[str, str]:
    p = planted.make_person(rng)
    return (p.first if role == "first" else p.last), "census"


def _words(rng: random.Random, role: str) -> tuple[str, str]:
    from benchmarks.quality.forms_probe import _person

    p = _person(rng, word_names=1.0, word_surnames=1.0)
    return (p.first if role == "first" else p.last), "words"


POOLS: dict[str, Drawer | None] = {"as_written": None, "generator": _generator, "world": _world,
                                    "world_held_out": _world_held_out, "words": _words,
                                    "world_accented": _world_accented}


@cache
def _census_firsts() -> frozenset[str]:
    return frozenset(n.lower() for kind in ("first:female", "first:male") for n in planted._census(kind)[:2000])


def _roles(text: str, start: int, end: int) -> list[tuple[int, int, str]]:
    """The words of a name span with their role: 'initial' (one letter, or a span of words of at most three
    letters: JAS, ab/cd; kept), 'last' (before the comma of
    "Last, First", the final word of a longer name, a single word after a title or not a census first name) or
    'first' (the others)."""
    words = [(m.start() + start, m.end() + start) for m in _WORD.finditer(text[start:end])]
    comma = text.find(",", start, end)
    if all(b - a <= 3 for a, b in words):  # initials only (JAS, ab/cd): no origin to change
        return [(a, b, "initial") for a, b in words]
    out = []
    for k, (a, b) in enumerate(words):
        if b - a == 1:
            role = "initial"
        elif comma >= 0:
            role = "last" if a < comma else "first"
        elif len(words) > 1:
            # the final word is the surname; a hyphen joins it to the word before it (Smith-Jones)
            role = "last" if k == len(words) - 1 or text[b:b + 1] == "-" else "first"
        elif _TITLE.search(text[max(0, a - 12):a]) or text[a:b].lower() not in _census_firsts():
            role = "last"
        else:
            role = "first"
        out.append((a, b, role))
    return out


def _cased(like: str, name: str) -> str:
    """`name` in `like`'s case pattern: ALL CAPS, lower, else as the pool writes it."""
    return name.upper() if like.isupper() else name.lower() if like.islower() else name


def replacement(word: str, role: str, pool: str, seed: int) -> tuple[str, str]:
    """The pool's name for `word` in `role`, and its region: the same word maps alike in every note."""
    drawer = POOLS[pool]
    assert drawer is not None
    key = hashlib.sha256(f"{seed}:{pool}:{role}:{word.lower()}".encode()).hexdigest()
    name, region = drawer(random.Random(key), role)
    return _cased(word, name), region


@dataclass(frozen=True)
class Rendered:
    """A re-rendered note: its text, every gold span moved to it, and the region of each NAME span's surname."""

    note: Note
    gold: list[Span]
    regions: dict[tuple[int, int], str]


def rerender(note: Note, gold: list[Span], is_name: Callable[[Span], bool], pool: str, seed: int) -> Rendered:
    """`note` with the words of its gold NAME spans (`is_name`) replaced by `pool`'s names, and `gold` moved with
    the text (a boundary inside a replaced word moves to the replacement's end)."""
    edits: dict[tuple[int, int], tuple[str, str]] = {}
    span_words: dict[Span, list[tuple[int, int]]] = {}
    for g in gold:
        if is_name(g):
            words = _roles(note.text, g.start, g.end)
            span_words[g] = [(a, b) for a, b, role in words if role != "initial"]
            for a, b, role in words:
                if role != "initial" and (a, b) not in edits:
                    edits[(a, b)] = replacement(note.text[a:b], role, pool, seed)
    cuts = sorted(edits)
    parts, pos, shift = [], 0, []
    delta = 0
    for a, b in cuts:
        if a < pos:  # overlapping gold spans give the same word twice
            continue
        parts += [note.text[pos:a], edits[(a, b)][0]]
        shift.append((a, b, delta, len(edits[(a, b)][0])))
        delta += len(edits[(a, b)][0]) - (b - a)
        pos = b
    parts.append(note.text[pos:])

    def move(i: int) -> int:
        d = 0
        for a, b, before, n in shift:
            if i <= a:
                break
            if i < b:
                return a + before + n
            d = before + n - (b - a)
        return i + d

    moved = [Span(g.note_id, move(g.start), move(g.end), g.entity_type) for g in gold]
    regions = {}
    for g, words in span_words.items():
        if words:
            regions[(move(g.start), move(g.end))] = edits[words[-1]][1]
    return Rendered(Note(note.note_id, note.patient_id, "".join(parts)), moved, regions)


# The parts, each with its gold typed by category (PTName, HCPName / PATIENT, DOCTOR ...) beside deid_bench's.
Categorised = tuple[Part, list[Span]]
_NAME_CATEGORIES = frozenset(k for k, v in PHYSIONET_TO_I2B2.items() if v == "NAME") | {
    sub for etype, sub in planted.KINDS if etype == "NAME"}
_INITIALS = frozenset({"PTNameInitial", "INITIALS"})  # initials, whatever their length: kept as written


def load_parts(only: set[str], limit: int, planted_patients: int, planted_seed: int) -> list[Categorised]:
    """deid_bench's parts (its loaders), each with the same spans, in the same order, typed by category."""
    out: list[Categorised] = []
    if "physionet" in only:
        data = SHARED / "physionet-deid-dev"
        typed = load_physionet_gold(data / "id-phi.phrase", categories=True)
        out += [(p, _gold_of(p[1], typed)) for p in physionet_parts(data)]
    if "mtsamples-planted" in only:
        subtypes: list[Span] = []
        for p in planted_parts(SHARED / "mtsamples-dev" / "mtsamples_dev.csv", planted_patients, planted_seed,
                               subtypes):
            out.append((p, _gold_of(p[1], subtypes)))
    if "synthetic-sample" in only:
        sample = REPO / "recipes" / "sample"
        out += [(p, load_jsonl_spans(sample / "truth" / "phi.jsonl", type_key="subtype")) for p in sample_parts(sample)]
    limited = []
    for part, cat in out:
        part = _limit(part, limit)
        limited.append((part, _gold_of(part[1], cat)))
    return limited


def _renamed(s: Span) -> bool:
    return s.entity_type in _NAME_CATEGORIES and s.entity_type not in _INITIALS


def render_part(part: Categorised, pool: str, seed: int) -> tuple[list[Note], list[Span], list[Span], list[Span]]:
    """A part under `pool`: notes, gold, gold by category, and NAME gold typed by region (empty for as_written).
    The entity-typed and the categorised gold are the same spans in the same order (`load_parts`)."""
    (_, notes, _gold, _), cat = part
    if POOLS[pool] is None:
        return notes, part[0][2], cat, []
    by_note: dict[str, list[Span]] = {}
    for s in cat:
        by_note.setdefault(s.note_id, []).append(s)
    new_notes, new_cat, regions = [], [], []
    for n in notes:
        r = rerender(n, by_note.get(n.note_id, []), _renamed, pool, seed)
        new_notes.append(r.note)
        new_cat += r.gold
        regions += [Span(n.note_id, a, b, region) for (a, b), region in r.regions.items()]
    gold = [Span(n.note_id, n.start, n.end, g.entity_type) for g, n in zip(part[0][2], new_cat, strict=True)]
    return new_notes, gold, new_cat, regions


def main(argv: list[str] | None = None) -> dict:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--pools", nargs="*", default=list(POOLS), choices=list(POOLS))
    ap.add_argument("--only", default="physionet,mtsamples-planted,synthetic-sample",
                    help="comma list of sets: physionet, mtsamples-planted, synthetic-sample")
    ap.add_argument("--limit", type=int, default=0, help="first N notes of each part only (0 = all)")
    ap.add_argument("--seed", type=int, default=13, help="the pools' draw (names map by hash of seed and word)")
    ap.add_argument("--planted-patients", type=int, default=100)
    ap.add_argument("--planted-seed", type=int, default=13)
    ap.add_argument("--json", type=Path, default=None)
    ap.add_argument("--markdown", action="store_true", help="print a docs/benchmarks.md table too")
    args = ap.parse_args(argv)

    from cancerprep.stages.deid.engine import Deidentifier

    parts = load_parts(set(args.only.split(",")), args.limit, args.planted_patients, args.planted_seed)
    deid = Deidentifier()
    out: dict = {"seed": args.seed, "pools": {}}
    for pool in args.pools:
        rows = out["pools"][pool] = {}
        for part in parts:
            notes, gold, cat, regions = render_part(part, pool, args.seed)
            pred, _, failures = run_ours(deid, notes)
            s = score(pred, gold)
            rows[part[0][0]] = {
                "recall": s["recall"], "name_recall": s["recall_by_type"].get("NAME", {}).get("recall"),
                "precision": s["precision"], "name_gold": s["recall_by_type"].get("NAME", {}).get("total"),
                "failures": failures,
                "name_recall_by_category": {k: v["recall"] for k, v in score(pred, [
                    c for c in cat if c.entity_type in _NAME_CATEGORIES])["recall_by_type"].items()},
                **({"name_recall_by_region": {k: v["recall"] for k, v in score(pred, regions)[
                    "recall_by_type"].items()}} if pool.startswith("world") else {})}
            r = rows[part[0][0]]
            print(f"{pool} {part[0][0]}: recall {r['recall']} NAME {r['name_recall']} precision {r['precision']}",
                  file=sys.stderr, flush=True)
    emit(out, args.json, markdown(out) if args.markdown else None)
    return out


def markdown(out: dict) -> str:
    rows = ["| pool | part | NAME gold | recall | NAME recall | precision |", "|---|---|---|---|---|---|"]
    for pool, parts in out["pools"].items():
        for part, r in parts.items():
            rows.append(f"| {pool} | {part} | {r['name_gold']} | {r['recall']} | {r['name_recall']} | "
                        f"{r['precision']} |")
    return "\n".join(rows)


if __name__ == "__main__":
    main()

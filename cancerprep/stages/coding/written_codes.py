"""ICD-10-CM codes written in a note beside their own titles (billing lines, problem lists, "Dx: C18.7 - sigmoid colon
ca", "Malignant neoplasm of prostate (C61)"). Why: whoever wrote the code chose it, so where the code exists and the
words beside it say what its tabular title says, the code is the diagnosis's code, more exact than what the words
alone give ("Malignant neoplasm of kidney, except renal pelvis" reads a renal pelvis; "unsp bones and articular
cartilage of limb" no bone of a limb). A code with no title, or one whose title says another thing ("C61 Malignant
neoplasm of breast"), is only what its words say: a slip of the code is more common than one of the words.

`TextCoder.mentions` calls `read_written_codes` and `morphology_of_site` once on its mentions, `drop_excepted_sites`
on the text before the rules read it, and `code_line_at` / `code_line_ends` where it joins wrapped lines and starts
sentences: a code's line is a line and a sentence of its own (docs/coding.md, thirty-seventh pass).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

# a code as written: letter, two digits or digit + letter, an optional dot and up to four more
_CODE = r"[A-Z]\d[0-9A-Z](?:\.[0-9A-Z]{1,4})?"
# "C61 Malignant neoplasm of prostate", "1. C61 prostate cancer", "Dx: C18.7 - sigmoid colon ca": the title runs to the
# line's end or a semicolon or bracket
_CODE_THEN_TITLE = re.compile(rf"(?<![\w./-])({_CODE})[ \t]*(?:[-:\u2013][ \t]*)?([A-Za-z][^\n;()\[\]]*)")
# "Malignant neoplasm of prostate (C61)", "Assessment: <title> (<code>)": the title from the line's start, a label's
# colon or a semicolon to the bracket
_TITLE_THEN_CODE = re.compile(rf"(?:^|(?<=[:;\n]))[ \t]*(?:\d+[.)][ \t]*)?([A-Za-z][^\n;:()\[\]]*?)[ \t]*"
                              rf"[(\[]({_CODE})[)\]]", re.M)
# a line that opens with a code (after a list number or a short label): the line is a code's line, not a wrap
_CODE_LINE = re.compile(rf"[ \t]*(?:\d+[.)][ \t]*)?(?:[A-Za-z][A-Za-z /-]{{0,24}}:[ \t]*)?({_CODE})(?![\w.])")
_CODE_LINE_HINT = re.compile(rf"(?<![\w.]){_CODE}(?![\w.])")
_WORD = re.compile(r"[a-z]+")
# words that say a code's title is a cancer's title, not which one: they agree with every title of a neoplasm
_GENERIC = frozenset({
    "malignant", "malignancy", "neoplasm", "neoplasms", "cancer", "cancers", "ca", "carcinoma", "tumor", "tumour",
    "primary", "unspecified", "unsp", "site", "sites", "part", "of", "the", "and", "or", "with", "in", "on", "to",
    "left", "right", "lt", "rt", "bilateral", "dx", "diagnosis", "hx", "active", "known", "stage", "type", "not",
    "elsewhere", "classified", "nos", "nec", "other", "specified", "female", "male", "a", "an", "as"})


@lru_cache(maxsize=4096)
def _title_words(code: str) -> frozenset[str] | None:
    """The words ICD-10-CM writes for a code: its title, its ancestors' titles and their inclusion terms (None: no such
    code)."""
    import simple_icd_10_cm as cm

    if not cm.is_valid_item(code):
        return None
    words: set[str] = set()
    for c in [code, *cm.get_ancestors(code)]:
        if cm.is_chapter_or_block(c):
            continue
        for name in [cm.get_description(c), *cm.get_inclusion_term(c)]:
            words.update(_WORD.findall(name.lower()))
    return frozenset(words)


def _agrees(word: str, official: frozenset[str]) -> bool:
    """A written word is one of the title's, or shares its first five letters with one ("colonic", "prostatic")."""
    return word in official or (len(word) >= 5 and any(len(w) >= 5 and w[:5] == word[:5] for w in official))


def agrees(code: str, title: str) -> bool:
    """The code exists and the written title names what its tabular title names: every word of the title that is no
    generic cancer word is a word of the code's titles, and at least one such word is written."""
    official = _title_words(code)
    if official is None:
        return False
    words = [w for w in _WORD.findall(title.lower()) if w not in _GENERIC]
    return bool(words) and all(_agrees(w, official) for w in words)


def written_codes(text: str) -> list[tuple[int, int, str]]:
    """(start, end, code) of every title written beside a code it agrees with; the span is the title's."""
    out = []
    for m in _CODE_THEN_TITLE.finditer(text):
        title = m.group(2).rstrip(" .,")
        if agrees(m.group(1), title):
            out.append((m.start(2), m.start(2) + len(title), m.group(1)))
    for m in _TITLE_THEN_CODE.finditer(text):
        if agrees(m.group(2), m.group(1)):
            out.append((m.start(1), m.end(1), m.group(2)))
    return out


def code_line_at(text: str, pos: int) -> bool:
    """The line holding `pos` opens with a code ICD-10-CM has, or ends with one in brackets: its own line."""
    start = text.rfind("\n", 0, pos) + 1
    end = text.find("\n", pos)
    line = text[start:end if end >= 0 else len(text)]
    m = _CODE_LINE.match(line)
    if m is not None and _title_words(m.group(1)) is not None:
        return True
    tail = re.search(rf"[(\[]({_CODE})[)\]][ \t.]*$", line)
    return tail is not None and _title_words(tail.group(1)) is not None


def code_line_ends(text: str) -> set[int]:
    """The first non-blank character after each code's line (`code_line_at`): where the next sentence starts."""
    if _CODE_LINE_HINT.search(text) is None:
        return set()
    out = set()
    for m in re.finditer(r"\n[ \t]*(?=\S)", text):
        if code_line_at(text, m.start()):
            out.add(m.end())
    return out


def _within(code: str, other: str) -> bool:
    """`code` is `other` or one of its descendants (C50.911 within C50)."""
    a, b = code.replace(".", ""), other.replace(".", "")
    return a.startswith(b)


def read_written_codes(text: str, mentions: Sequence[Any], type_of_icd10: Any) -> None:
    """Each mention inside an agreeing code's title takes the written code, unless its own code is that code or a
    more exact one of it, or the written code is another type's (a melanoma of the eye keeps its type with the eye's
    code: the code's category is what the words decide). Mentions are changed in place."""
    spans = written_codes(text)
    if not spans:
        return
    for m in mentions:
        for a, b, code in spans:
            if m.start < b and a < m.end:
                if _within(m.code, code) or m.code[:1] == "Z" or code[:1] == "Z":
                    break  # as exact already; a history code's time is the status rules' to decide
                if type_of_icd10(code) == m.type_id or m.code[:3] == code[:3]:
                    m.code = code
                break


def morphology_of_site(mentions: Sequence[Any]) -> None:
    """A melanoma coded to an organ's own category (the eye's C69, the anus's C21, the vulva's C51: ICD-10-CM codes
    mucosal and ocular melanomas by site) is the cancer the same category's other mentions name ("Malignant neoplasm
    of eye" beside "choroidal melanoma"): they take its type, as the morphology decides the type whatever the site."""
    by_cat = {m.code[:3]: m.type_id for m in mentions
              if m.type_id == "melanoma" and m.code[:1] == "C" and m.code[:3] not in ("C43", "C4A")}
    for m in mentions:
        if m.type_id != "melanoma" and m.code[:3] in by_cat:
            m.type_id = by_cat[m.code[:3]]


# the tabular list's "except" clause after a site ("Malignant neoplasm of kidney, except renal pelvis", C64): the organ
# after it is the one the title leaves out, and it names no disease of its own
_EXCEPT_SITE = re.compile(r"(?<=\w),[ \t]*except[ \t]+(?![^\n;.]*?(?:oma\b|omas\b|cancer|malign|metasta|positive|"
                          r"involv|tumou?r|disease|lesion))[a-z][a-z ]{0,40}?(?=[ \t]*(?:[\n;.()\[\]]|$))", re.I)


def drop_excepted_sites(text: str) -> str:
    """The note with each title's ", except <organ>" blanked (same length): the organ it names is not the site."""
    if "xcept" not in text:
        return text
    return _EXCEPT_SITE.sub(lambda m: " " * len(m.group(0)), text)

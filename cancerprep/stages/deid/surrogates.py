"""Replacing PHI: consistent, format-keeping surrogates as Presidio Operators.

`ClinicalSurrogate` is a Presidio anonymizer `Operator` (registered with the
AnonymizerEngine) that replaces one PHI value by a surrogate chosen from
HMAC(key, patient, value) so the same real value maps to the same surrogate in
every note of that patient, on any machine, without a stored mapping:

* NAME: each word -> a census first or last name, keeping case (MARY -> ANNA,
  mary -> anna) and initials (J. -> K.);
* DATE: shifted by the patient's `sitekey.date_shift_days` offset, written back
  in the same format (7/22 -> 5/3, 2092-07-22 -> 2092-05-03, July 22nd -> May 3rd);
  a date that cannot be parsed becomes "[DATE]" (never left as it was);
* AGE (>= 90) -> "90+";
* LOCATION: a 5-digit zip -> its first three digits ("000" for the sparsely
  populated prefixes listed by HIPAA); other places -> a US city name;
* CONTACT, ID: every digit/letter replaced by a derived one, keeping punctuation.
"""

from __future__ import annotations

import calendar
import datetime as dt
import functools
import hashlib
import hmac
import re
from typing import Any

from presidio_anonymizer.operators import Operator, OperatorType

from cancerprep.stages.deid import safelist as sl

# HIPAA Safe Harbor: 3-digit zip prefixes with <= 20,000 inhabitants become 000.
SPARSE_ZIP3 = {"036", "059", "063", "102", "203", "556", "692", "790", "821", "823", "830", "831",
               "878", "879", "884", "890", "893"}
REF_YEAR = 2001  # a non-leap year to shift month/day dates that carry no year


@functools.cache
def _pool(kind: str) -> tuple[str, ...]:
    if kind == "first":
        return tuple(sorted(w for w in sl.first_names() if len(w) > 2 and not sl.is_common(w)))
    if kind == "last":
        top = [w for w, rank in sl.surname_rank().items() if rank <= 3000]
        return tuple(w for w in top if not sl.is_common(w))
    if kind == "city":
        return tuple(sorted(c for c in sl.us_cities() if " " not in c and not sl.is_common(c)))
    raise ValueError(kind)


def _match_case(new: str, old: str) -> str:
    if old.isupper() and len(old) > 1:
        return new.upper()
    if old.islower():
        return new.lower()
    return new[:1].upper() + new[1:].lower()


class Surrogates:
    """Per-patient surrogate choices derived from the site key."""

    def __init__(self, key: bytes, patient_id: str, shift_days: int, avoid: frozenset[str] = frozenset()):
        self.key, self.patient, self.shift = key, patient_id, shift_days
        self.avoid = avoid

    def avoiding(self, words: frozenset[str]) -> Surrogates:
        """The same choices, except that no name or place surrogate is (or shares a 4+ letter stem with) one
        of `words`, lower case: the note's own real name and place words (`apply_spans`). Why: a surrogate
        "Rogers" beside a real "Roger" reads as a leak to a reviewer and half-points at the person. The
        rare re-draw depends on the note's words, so such a value may get another surrogate in another note."""
        return Surrogates(self.key, self.patient, self.shift, frozenset(words))

    def _collides(self, candidate: str, value: str) -> bool:
        c = candidate.lower()
        if c == value.lower():
            return True  # never hand back the original: a 1-in-3000 self-pick would leave a real surname in place
        return any(c == a or (len(c) >= 4 and len(a) >= 4 and (c.startswith(a) or a.startswith(c)))
                   for a in self.avoid)

    def _pick(self, purpose: str, value: str, pool: tuple[str, ...]) -> str:
        digest = hmac.new(self.key, f"{purpose}\x00{self.patient}\x00{value.lower()}".encode(),
                          hashlib.sha256).digest()
        i = int.from_bytes(digest[:8], "big") % len(pool)
        for _ in range(len(pool)):
            if not self._collides(pool[i], value):
                break
            i = (i + 1) % len(pool)
        return pool[i]

    def name(self, text: str) -> str:
        """Each word -> a census first or last name in the same case (an initial -> a letter): the note
        still reads as prose, and a patient's name maps to the same surrogate in every note."""
        def word(m: re.Match) -> str:
            w = m.group(0)
            if len(w) == 1:
                letter = self._pick("initial", w, tuple("ABCDEFGHJKLMNPRSTW"))
                return _match_case(letter, w) if w.isalpha() else w
            kind = "first" if w.lower() in sl.first_names() else "last"
            return _match_case(self._pick("name", w, _pool(kind)), w)

        return re.sub(r"[A-Za-z]+", word, text)

    def location(self, text: str) -> str:
        """A zip keeps only the 3-digit prefix Safe Harbor allows ("000" when sparse); other place words
        become a city name and numbers derived digits, so an address keeps its shape but names no place."""
        zip_m = re.fullmatch(r"\s*(\d{3})\d{2}(?:-\d{4})?\s*", text)
        if zip_m:
            return "000" if zip_m.group(1) in SPARSE_ZIP3 else zip_m.group(1)
        if re.fullmatch(r"[\d\s\-]+", text):
            return self.digits(text)
        # "19 Clover St., Lansdowne, MD 21227": words -> a city name, zip -> 3 digits, numbers -> derived
        out = re.sub(r"[A-Za-z][A-Za-z'\-.]*(?:\s+[A-Za-z][A-Za-z'\-.]*)*",
                     lambda m: _match_case(self._pick("place", m.group(0), _pool("city")), m.group(0)),
                     text)
        out = re.sub(r"\b\d{1,4}\b", lambda m: self.digits(m.group(0)), out)
        return re.sub(r"\b(\d{3})\d{2}(?:-\d{4})?\b", lambda m: "000" if m.group(1) in SPARSE_ZIP3 else m.group(1), out)

    def digits(self, text: str) -> str:
        """Every digit and letter replaced by one derived from HMAC(key, patient, value), punctuation
        kept: an id or phone keeps its format, reveals nothing, and repeats map consistently."""
        digest = hmac.new(self.key, f"digits\x00{self.patient}\x00{text}".encode(), hashlib.sha256).digest()
        stream = iter(digest * 8)
        out = []
        for c in text:
            if c.isdigit():
                out.append(str(next(stream) % 10))
            elif c.isalpha():
                ch = chr(ord("a") + next(stream) % 26)
                out.append(ch.upper() if c.isupper() else ch)
            else:
                out.append(c)
        return "".join(out)

    def date(self, text: str) -> str:
        """Shift by the patient's offset so the intervals between a patient's dates stay true; a date
        that cannot be parsed becomes "[DATE]", since leaving it as written would leak it."""
        try:
            shifted = shift_date_text(text, self.shift)
        except (ValueError, OverflowError):
            shifted = None
        return shifted if shifted is not None else "[DATE]"


_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]
_MONTH_RE = re.compile(r"(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?", re.I)


def _year4(y: str) -> int:
    v = int(y)
    if len(y) == 2:
        return 1900 + v if v >= 30 else 2000 + v
    return v


def _fmt_year(new: int, old: str) -> str:
    return f"{new % 100:02d}" if len(old) == 2 else str(new)


def _month_word(n: int, old: str) -> str:
    full = calendar.month_name[n]
    word = full if len(old.rstrip(".")) > 3 else calendar.month_abbr[n]
    if old.lower().startswith("sept") and n == 9:
        word = "Sept"
    return _match_case(word, old.rstrip(".")) + ("." if old.endswith(".") else "")


def _ordinal(day: int, old: str) -> str:
    if not re.search(r"(st|nd|rd|th)$", old, re.I):
        return str(day)
    suf = "th" if 11 <= day % 100 <= 13 else {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")
    return f"{day}{suf.upper() if old[-1].isupper() else suf}"


def shift_date_text(text: str, days: int) -> str | None:
    """Shift a date written in a common clinical format by `days`, keeping the format.

    Returns None when the text is not a recognised date form (the caller tags it).
    """
    t = text.strip()
    lead, trail = text[: len(text) - len(text.lstrip())], text[len(text.rstrip()):]
    delta = dt.timedelta(days=days)
    m = re.fullmatch(r"(\d{4})([-/.])(\d{1,2})\2(\d{1,2})", t)
    if m:
        d = dt.date(int(m[1]), int(m[3]), int(m[4])) + delta
        return f"{lead}{d.year}{m[2]}{d.month:0{len(m[3])}d}{m[2]}{d.day:0{len(m[4])}d}{trail}"
    m = re.fullmatch(r"(\d{1,2})([-/.])(\d{1,2})(?:\2(\d{4}|\d{2}))?", t)
    if m:
        month, day = int(m[1]), int(m[3])
        if (m[4] is None and day > 31) or (m[4] is None and month <= 12 and day > 31):
            return None
        if m[4] is None and not 1 <= day <= 31:
            return None
        if m[4] is None and day > 28 and day > calendar.monthrange(REF_YEAR, month)[1]:
            return None
        year = _year4(m[4]) if m[4] else REF_YEAR
        d = dt.date(year, month, day) + delta
        out = f"{d.month:0{len(m[1])}d}{m[2]}{d.day:0{len(m[3])}d}"
        if m[4]:
            out += f"{m[2]}{_fmt_year(d.year, m[4])}"
        return f"{lead}{out}{trail}"
    m = re.fullmatch(r"(\d{1,2})/(\d{2}|\d{4})", t)  # month/year (8/87)
    if m and 1 <= int(m[1]) <= 12:
        d = dt.date(_year4(m[2]), int(m[1]), 15) + delta
        return f"{lead}{d.month:0{len(m[1])}d}/{_fmt_year(d.year, m[2])}{trail}"
    m = re.fullmatch(r"('?)((?:19|20)?\d{2})('?)(s|S)?", t)  # years: 1992, '92, 92', 1980s
    if m and (len(m[2]) == 4 or m[1] or m[3] or len(m[2]) == 2):
        d = dt.date(_year4(m[2]), 7, 1) + delta
        year = _fmt_year(d.year, m[2])
        if m[4]:
            return f"{lead}{m[1]}{year[:-1]}0{m[3]}{m[4]}{trail}"
        return f"{lead}{m[1]}{year}{m[3]}{trail}"
    mm = _MONTH_RE.search(t)
    if mm:
        month = _MONTHS.index(mm[1].lower()) + 1
        # any case: "MARCH 13TH" must shift its day too (a case-sensitive suffix left the day unshifted)
        day_m = re.search(r"\b(\d{1,2})(st|nd|rd|th)?\b", t[mm.end():], re.I) or re.search(
            r"\b(\d{1,2})(st|nd|rd|th)?\b", t[:mm.start()], re.I)
        year_m = re.search(r"(\d{4})|'(\d{2})\b|,\s*(\d{2})\b", t)
        year = _year4(year_m.group(year_m.lastindex)) if year_m else REF_YEAR
        day = int(day_m[1]) if day_m and int(day_m[1]) <= 31 else 15
        d = dt.date(year, month, min(day, calendar.monthrange(year, month)[1])) + delta
        out = t[:mm.start()] + _month_word(d.month, mm[0]) + t[mm.end():]
        if day_m:
            out = re.sub(rf"\b{day_m[0]}\b", _ordinal(d.day, day_m[0]), out, count=1)
        if year_m:  # the year is the last number of the phrase
            yv = year_m.group(year_m.lastindex)
            idx = out.rfind(yv)
            out = out[:idx] + _fmt_year(d.year, yv) + out[idx + len(yv):]
        return f"{lead}{out}{trail}"
    m = re.fullmatch(r"(?:the\s+)?(\d{1,2})(st|nd|rd|th)", t, re.I)
    if m:
        d = dt.date(REF_YEAR, 1, int(m[1])) + dt.timedelta(days=days % 28)
        return f"{lead}{_ordinal(d.day, t)}{trail}"
    return None


class ClinicalSurrogate(Operator):
    """Presidio anonymizer operator 'clinical_surrogate' (params: surrogates, entity_type)."""

    def operate(self, text: str | None = None, params: dict[str, Any] | None = None) -> str:
        """Pick the surrogate for the span's entity type; an unknown type becomes a "[TYPE]" tag, so
        a new recognizer's entities are always replaced, never passed through."""
        params = params or {}
        s: Surrogates = params["surrogates"]
        kind = params.get("entity_type", "")
        text = text or ""
        if kind == "NAME":
            return s.name(text)
        if kind == "DATE":
            return s.date(text)
        if kind == "AGE":
            return "90+"
        if kind == "LOCATION":
            return s.location(text)
        if kind in ("CONTACT", "ID"):
            return s.digits(text)
        if kind == "PROFESSION":
            return "[PROFESSION]"
        return f"[{kind or 'PHI'}]"

    def validate(self, params: dict[str, Any] | None = None) -> None:
        """Presidio calls this before `operate`: a missing Surrogates (a wiring bug) fails loudly
        instead of leaving PHI in place."""
        if not params or not isinstance(params.get("surrogates"), Surrogates):
            raise ValueError("clinical_surrogate needs a Surrogates instance")

    def operator_name(self) -> str:
        """The name the engine's OperatorConfig uses to route every entity to this operator."""
        return "clinical_surrogate"

    def operator_type(self) -> OperatorType:
        """Anonymize, not Deanonymize: surrogates are one-way; no stored mapping can reverse them."""
        return OperatorType.Anonymize

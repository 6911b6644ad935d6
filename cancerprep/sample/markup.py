"""Text with exact spans: a note is built piece by piece, and every planted PHI value (P) and
labelled entity (L) records its character offsets as it goes in, so the truth files are exact
by construction; plus the PHI renderers (dates, names, clinician mentions) in their many formats."""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date

from cancerprep.sample.people import Person

ENTITY_LABELS: tuple[str, ...] = ("receptor", "receptor-status", "size", "site", "grade", "htype",
                                  "laterality", "stage")


@dataclass(frozen=True)
class P:
    """A PHI value to plant: its text and its i2b2 category/subtype."""

    text: str
    etype: str
    subtype: str


@dataclass(frozen=True)
class L:
    """An entity value to label (CancerBERT tag), used inside annotated sentences."""

    text: str
    label: str


class Doc:
    """Builds a text piece by piece and records the exact span of every P and L inserted."""

    def __init__(self) -> None:
        self.parts: list[str] = []
        self.n = 0
        self.phi: list[tuple[int, int, str, str]] = []
        self.labels: list[tuple[int, int, str]] = []
        self.units: list[tuple[int, int, list[tuple[int, int, str]]]] = []

    def add(self, *items: str | P | L | None) -> Doc:
        """Append pieces; a P or L records its span as it goes in (None is skipped for optional parts)."""
        for item in items:
            if item is None:
                continue
            if isinstance(item, P):
                self.phi.append((self.n, self.n + len(item.text), item.etype, item.subtype))
                s = item.text
            elif isinstance(item, L):
                self.labels.append((self.n, self.n + len(item.text), item.label))
                s = item.text
            else:
                s = item
            self.parts.append(s)
            self.n += len(s)
        return self

    def sentence(self, sent: Doc, annotate: bool) -> Doc:
        """Insert a labelled sentence; when `annotate`, remember it as an annotation unit."""
        start = self.n
        if sent.phi:
            raise ValueError("annotated sentences must be PHI-free")
        self.add("".join(sent.parts))
        if annotate:
            self.units.append((start, self.n, [(a + start, b + start, lab) for a, b, lab in sent.labels]))
        return self

    def text(self) -> str:
        """The note text the recorded spans index into."""
        return "".join(self.parts)


# PHI renderers: each returns a P with a format chosen at random.
MONTHS = ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December"]


def _ordinal(n: int) -> str:
    return f"{n}{'th' if 10 <= n % 100 <= 20 else {1: 'st', 2: 'nd', 3: 'rd'}.get(n % 10, 'th')}"


def fmt_date(rng: random.Random, d: date, style: str | None = None) -> P:
    """A date as DATE PHI in one of the many formats notes use (or the `style` a header needs)."""
    m, dd, y = d.month, d.day, d.year
    forms = {
        "mdy": f"{m:02d}/{dd:02d}/{y}", "mdy_short": f"{m}/{dd}/{y}", "md": f"{m}/{dd}",
        "mdyy": f"{m}/{dd}/{y % 100:02d}",
        "iso": d.isoformat(), "month_ord": f"{MONTHS[m - 1]} {_ordinal(dd)}", "long": f"{MONTHS[m - 1]} {dd}, {y}",
        "dmon": f"{dd}-{MONTHS[m - 1][:3]}", "dmony": f"{dd}-{MONTHS[m - 1][:3]}-{y}",
        "dmy_long": f"{dd} {MONTHS[m - 1]} {y}", "mon_y": f"{MONTHS[m - 1][:3]} {y}", "dash": f"{m}-{dd}-{y}",
        "mon_d": f"{MONTHS[m - 1][:3]} {dd}", "month_y": f"{MONTHS[m - 1]} {y}",
    }
    key = style or rng.choice(list(forms))
    return P(forms[key], "DATE", "DATE")


def fmt_year(rng: random.Random, d: date) -> P:
    """A bare year ("quit in '79"): still a date under HIPAA Safe Harbor."""
    return P(rng.choice([str(d.year), f"'{d.year % 100:02d}"]), "DATE", "DATE")


def name_full(rng: random.Random, p: Person, subtype: str, style: str | None = None) -> P:
    """A person's full name as NAME PHI, in the orders headers and signatures use."""
    forms = {"fl": f"{p.first} {p.last}", "lf": f"{p.last}, {p.first}", "fml": f"{p.first} {p.middle or 'J'}. {p.last}",
             "lfm": f"{p.last}, {p.first} {p.middle or ''}".rstrip(), "il": f"{p.first[0]}. {p.last}"}
    return P(forms[style or rng.choice(list(forms))], "NAME", subtype)


def doc_ref(rng: random.Random, d: Person) -> list[str | P]:
    """A clinician mention: 'Dr. Okafor', 'Dr. Ada Okafor', 'dr okafor' with the name as the PHI span."""
    style = rng.random()
    if style < 0.45:
        return ["Dr. ", P(d.last, "NAME", "DOCTOR")]
    if style < 0.8:
        return ["Dr. ", P(f"{d.first} {d.last}", "NAME", "DOCTOR")]
    if style < 0.9:
        return ["Dr ", P(f"{d.first[0]}. {d.last}", "NAME", "DOCTOR")]
    return [P(f"{d.first} {d.last}", "NAME", "DOCTOR"), ", MD"]

"""Training notes whose name frames come from real prose: MTSamples notes with the person references
their own sentences already hold replaced by generated names, with exact gold spans.

Why: the planted set (`planted`) writes names into template sentences, and a template family,
however broad, is finite; a learned voter trained on it misses names in sentence frames nobody
wrote a template for. Real clinical prose is the broad distribution of those frames. Here the
references a transcription already makes become names where they stand: a sentence subject
("The patient was taken ...", "She denies ...") or object ("discussed with the patient") becomes
the patient in the forms notes write patients (Mr./Ms. Last, First Last, Last, first name alone,
any case); a relation ("his wife", "the patient's mother") gets the relative's name after it; a
treating role ("her primary care physician") gets a clinician's; a titled name ("Dr. X", "Dr. Chang",
"Mrs. ABC") becomes a generated one; "to the hospital" / "at the clinic" may become the
organisation's name. Part of every kind of reference is left as it was, so the model also sees
"The patient" and "his wife" as plain words.

Names, places and the placeholders, dates and numbers `planted` fills come from `planted`'s census
helpers and tuning-family identities (never the check family). Only MTSamples notes the planted
benchmark does not use are read (`exclude`, from `planted.used_sources`), so no text of its check
part reaches training. Everything derives from `seed`; spans are exact (text[start:end] is the value).
"""

from __future__ import annotations

import dataclasses
import random
import re
from collections.abc import Collection, Iterator

from cancerprep.sample import planted
from cancerprep.sample.markup import Doc, P

# The kinds of reference rewritten; `generate(frames=...)` selects a subset (titled names are always
# replaced: a real name left unlabelled would teach the model that names are not PHI).
FRAMES: tuple[str, ...] = ("subject", "object", "relation", "role", "org")

# Share of the references of each kind that become names; the rest stay as written.
SHARES: dict[str, float] = {"subject": 0.3, "object": 0.3, "relation": 0.7, "role": 0.6, "org": 0.4}

_REL_F = ("wife", "daughter", "sister", "mother", "niece", "granddaughter", "aunt", "grandmother", "girlfriend",
          "fiancee", "stepmother", "stepdaughter")
_REL_M = ("husband", "son", "brother", "father", "nephew", "grandson", "uncle", "grandfather", "boyfriend",
          "fiance", "stepfather", "stepson")
_REL_ANY = ("partner", "cousin", "caregiver", "guardian", "friend")
_SAME_LAST = ("wife", "husband", "daughter", "son", "sister", "brother", "mother", "father", "stepdaughter", "stepson")
_ROLES = ("primary care physician", "primary care provider", "primary care doctor", "primary physician",
          "family physician", "family doctor", "PCP", "physician", "doctor", "oncologist", "radiation oncologist",
          "cardiologist", "surgeon", "orthopedic surgeon", "orthopedist", "neurologist", "neurosurgeon", "urologist",
          "gynecologist", "obstetrician", "pediatrician", "dermatologist", "gastroenterologist", "pulmonologist",
          "endocrinologist", "nephrologist", "rheumatologist", "hematologist", "psychiatrist", "ophthalmologist",
          "internist", "podiatrist", "therapist", "chiropractor", "dentist")
# Words a sentence subject or object "the patient" is followed by when it names the person (a verb,
# an adverb, a preposition), so "the patient room" or "the patient education" stay as they are.
# A sentence subject must be followed by such a word, not a label ("Patient:", "PATIENT INSTRUCTIONS:");
# an object may end a clause.
_VERB = (r"was|is|has|had|will|would|should|can|could|may|might|did|does|do|and|who|to|with|at|in|on|for|about|"
         r"that|as|regarding|today|again|back|himself|herself|prior|after|before|from|into|by|or|but|because|since|"
         r"while|when|if|so|also|then|still|never|now|not|[a-z]+ly|[a-z]+ed|[a-z]+es|[a-z]+s")
_FOLLOW_SUBJ = rf"(?=['’]s\b|\s+(?i:{_VERB})\b(?!:))"
_FOLLOW_OBJ = rf"(?=['’]s\b|\s*[.,;:)]|\s+(?:{_VERB})\b)"
_TITLE = r"(?:Dr|DR|Mr|Mrs|Ms|MR|MRS|MS)\. ?|(?:Dr|DR|Miss) "
_WORD = r"[A-Z](?:[A-Za-z'’-]*[A-Za-z])?\d*"
_POSS = r"his|her|their|(?:the )?patient['’]s"
_FRAME = re.compile(
    rf"(?P<title>\b(?:{_TITLE}))(?P<tname>{_WORD})(?:(?P<sp2> )(?P<tname2>[A-Z][a-z]+(?:-[A-Z][a-z]+)?\d*))?"
    rf"|(?P<rposs>\b(?i:{_POSS})\s+)(?P<rel>(?i:{'|'.join(_REL_F + _REL_M + _REL_ANY)}))(?![\w'’-])"
    rf"|(?P<oposs>\b(?i:{_POSS}|the referring|the attending|the consulting)\s+)(?P<role>(?i:{'|'.join(_ROLES)}))"
    r"(?![\w'’-])"
    rf"|(?P<subj>\b(?:The patient|THE PATIENT|Patient|PATIENT|He|She|HE|SHE)){_FOLLOW_SUBJ}"
    rf"|(?P<obj>\bthe patient){_FOLLOW_OBJ}"
    r"|(?P<ph>(?<![-/])\b(?:Abcd?|Xyz|Xx{2,}|X{5,})\b(?![-/]))"
    r"|(?P<oprep>\b(?i:to|at|from|in|into) )(?P<org>(?i:the hospital|the clinic))"
    r"(?=\s*[.,;]|\s+(?i:for|with|on|and|where|after|at|in|by|via|because|today|yesterday|the|last|this|"
    r"overnight|until|following|prior|since|when)\b)"
)
_EXTRA_WORDS = {"sample"}  # "Dr. Sample Doctor4", "Mrs. Sample Patient": the second word is the placeholder's


def _is_upper(text: str) -> bool:
    letters = [c for c in text if c.isalpha()]
    return bool(letters) and sum(c.isupper() for c in letters) > 0.8 * len(letters)


def _sentence_start(text: str, at: int) -> bool:
    before = text[:at].rstrip(" \t")
    return not before or before[-1] in ".!?:\n"


class _Writer:
    """Turns the references one note's prose makes into pieces (str and P) for one identity."""

    def __init__(self, rng: random.Random, idn: planted.Identity, text: str, frames: Collection[str],
                 shares: dict[str, float]):
        self.rng, self.idn, self.text, self.frames, self.shares = rng, idn, text, frames, shares
        self.upper = _is_upper(text)
        self.relatives: dict[str, planted.Person] = {rel: p for rel, p in idn.relatives}

    def _take(self, kind: str) -> bool:
        return kind in self.frames and self.rng.random() < self.shares[kind]

    def _up(self, pieces: list[planted.Piece], upper: bool) -> list[planted.Piece]:
        if not upper:
            return pieces
        return [P(p.text.upper(), p.etype, p.subtype) if isinstance(p, P) else p.upper() if p else p for p in pieces]

    def patient(self) -> list[planted.Piece]:
        """The patient as prose names them: title and surname most often, then full name, first name, surname."""
        p, r = self.idn.person, self.rng.random()
        title = "Mr. " if p.sex == "M" else self.rng.choice(["Ms. ", "Mrs. "])
        if r < 0.35:
            return [title, planted.name_form(self.rng, p, "PATIENT", "l")]
        if r < 0.4:
            return [title, planted.name_form(self.rng, p, "PATIENT", "fl")]
        style = "fl" if r < 0.65 else "f" if r < 0.8 else "l" if r < 0.9 else "fml"
        return [planted.name_form(self.rng, p, "PATIENT", style)]

    def relative(self, rel: str) -> planted.Person:
        """The patient's relative of this relation (one person per relation word in a note)."""
        if rel not in self.relatives:
            sex = "F" if rel in _REL_F else "M" if rel in _REL_M else None
            person = planted.make_person(self.rng, sex)
            if rel in _SAME_LAST and self.rng.random() < 0.6:
                person = planted.Person(person.first, self.idn.person.last, person.middle, person.sex)
            self.relatives[rel] = person
        return self.relatives[rel]

    def after(self, end: int, name: list[planted.Piece]) -> list[planted.Piece]:
        """A name set after a relation or role: bare, as an appositive between commas, or in parentheses."""
        closes = end >= len(self.text) or self.text[end] in ".,;:)!?\n"
        r = self.rng.random()
        if r < 0.45:
            return [" ", *name]
        if r < 0.8:
            return [", ", *name, *([] if closes else [","])]
        return [" (", *name, ")"]

    def pieces(self) -> Iterator[planted.Piece]:
        pos = 0
        for m in _FRAME.finditer(self.text):
            out = self.frame(m)
            if out is None:
                continue
            yield self.text[pos:m.start()]
            yield from out
            pos = m.end()
        yield self.text[pos:]

    def frame(self, m: re.Match) -> list[planted.Piece] | None:
        """The pieces replacing match `m`, or None to leave it as written."""
        rng, g, upper = self.rng, m.group, self.upper or m.group().isupper()
        if g("title") is not None:
            return self.titled(m)
        if g("ph"):  # a placeholder in a case `planted` leaves ("Abc", "Xyz"): always the patient
            return self._up(self.patient(), upper)
        if g("rel") and self._take("relation"):
            person = self.relative(g("rel").lower())
            name = [planted.name_form(rng, person, "RELATIVE", rng.choice(["f", "f", "fl", "fml"]))]
            head: list[planted.Piece] = [g("rposs"), g("rel")]
            if g("rposs").strip().lower() in ("his", "her") and rng.random() < 0.2:
                head = [*self.patient(), "'s ", g("rel")]  # "Mr. Smith's wife Mary"
            return self._up([*head, *self.after(m.end(), name)], upper)
        if g("role") and self._take("role"):
            doc, cred = rng.choice(self.idn.clinicians)
            r = rng.random()
            name = ([rng.choice(["Dr. ", "Dr "]), planted.name_form(rng, doc, "DOCTOR", rng.choice(["l", "fl", "il"]))]
                    if r < 0.7 else [planted.name_form(rng, doc, "DOCTOR", rng.choice(["fl", "fml"])),
                                     ", " + (cred.rstrip(".") if self.text[m.end():m.end() + 1] == "." else cred)])
            return self._up([g("oposs"), g("role"), *self.after(m.end(), name)], upper)
        if g("subj") and _sentence_start(self.text, m.start()) and self._take("subject"):
            pronoun = g("subj").lower()
            if pronoun in ("he", "she") and (pronoun == "she") != (self.idn.person.sex == "F"):
                return None
            return self._up(self.patient(), upper)
        if g("obj") and self._take("object"):
            return self._up(self.patient(), upper)
        if g("org") and self._take("org"):
            hospital = "hospital" in g("org").lower()
            org = P(self.idn.hospital if hospital else self.idn.practice, "LOCATION",
                    "HOSPITAL" if hospital else "PRACTICE")
            return self._up([g("oprep"), org], upper)
        return None

    def titled(self, m: re.Match) -> list[planted.Piece] | None:
        """A titled name (placeholder or real): always a generated name, the title kept as written."""
        g, rng = m.group, self.rng
        title = g("title")
        if title.rstrip(". ") in ("MR", "MRS", "MS") and not self.upper:
            return None  # "MR." in mixed case is mitral regurgitation, "MS." multiple sclerosis
        second = g("tname2")
        keep_second = second is not None and second.lower() in planted.english_words() and \
            g("tname").lower() not in _EXTRA_WORDS
        tail = [g("sp2"), second] if keep_second else []
        if title.lower().startswith("dr"):
            pick = 1 if g("tname") == "Y" else 0 if g("tname") in ("X", "XYZ", "ABC") else rng.randrange(4)
            doc = self.idn.clinicians[pick][0]
            style = rng.choice(["l", "l", "l", "fl", "fml"]) if keep_second or second is None else "fl"
            name = planted.name_form(rng, doc, "DOCTOR", style)
        else:
            female = title.lower().startswith(("mrs", "ms", "miss"))
            if female == (self.idn.person.sex == "F"):
                name = planted.name_form(rng, self.idn.person, "PATIENT",
                                         "l" if keep_second or second is None else "fl")
            else:
                name = planted.name_form(rng, planted.make_person(rng, "F" if female else "M"), "RELATIVE", "l")
        if self.upper or title.isupper():
            name = P(name.text.upper(), name.etype, name.subtype)
        return [title, name, *tail]


def _note(rng: random.Random, idn: planted.Identity, note_id: str, source: str, frames: Collection[str],
          shares: dict[str, float], lines: random.Random | None) -> planted.PlantedNote:
    body = planted.note_lines(source)
    d = Doc()
    headers, _, footers = planted.TEMPLATES["tuning"]
    if lines is not None:  # the planted tuning family's header lines, drawn from their own generator
        for line in lines.sample(headers, lines.randint(1, 4)):
            d.add(*line(lines, idn, idn.first_visit), "\n")
        d.add("\n")
    for piece in _Writer(rng, idn, body, frames, shares).pieces():
        if isinstance(piece, P) or not piece:
            d.add(piece or None)
        else:  # placeholders, dates, ages, phones the transcription still carries: filled as `planted` does
            d.add(*planted.body_pieces(rng, idn, idn.first_visit, piece))
    if lines is not None:
        d.add("\n\n")
        for line in lines.sample(footers, lines.randint(1, 3)):
            d.add(*line(lines, idn, idn.first_visit), "\n")
    text = d.text()
    if _is_upper(body) and len(text.upper()) == len(text):
        text = text.upper()
    spans = tuple((a, b, t, s) for a, b, t, s in d.phi if b > a)
    for a, b, _, _ in spans:
        assert text[a:b].strip() == text[a:b], "a planted value must not start or end in a space"
    return planted.PlantedNote(note_id, idn.pid, text, spans)


def choose(n_sources: int, notes: int, seed: int = 0, exclude: Collection[int] = ()) -> list[int]:
    """The source indexes `generate` uses (a seeded choice outside `exclude`), so a benchmark can hold
    out notes no training run of that seed has read."""
    excluded = set(exclude)
    pool = [i for i in range(n_sources) if i not in excluded]
    random.Random(f"cancerprep-frames:{seed}").shuffle(pool)
    return pool[:notes]


def generate(sources: list[str], notes: int, seed: int = 0, exclude: Collection[int] = (),
             frames: Collection[str] = FRAMES, shares: dict[str, float] | None = None,
             template_lines: bool = False) -> list[planted.PlantedNote]:
    """`notes` training notes from the sources whose index is not in `exclude` (a seeded choice), one
    synthetic tuning-family patient each; note_id `frames-<source index>`, patient_id `frames-<n>`.
    `template_lines` adds the planted tuning family's header and sign-off lines around the prose (the
    prose and its names are the same either way)."""
    unknown = set(frames) - set(FRAMES)
    if unknown:
        raise ValueError(f"unknown frame kinds {sorted(unknown)}; use some of {', '.join(FRAMES)}")
    shares = {**SHARES, **(shares or {})}
    pool = choose(len(sources), notes, seed, exclude)
    # Identities of the planted generator's tuning family only (its check family stays unseen), drawn under
    # a seed of their own so no benchmark patient's identity recurs.
    tuning_ids = (i for i in range(10**9) if planted.family(30000 + i) == "tuning")
    out = []
    for n, (k, idx) in enumerate(zip(pool, tuning_ids, strict=False)):
        idn = planted.make_identity(1_000_000 + seed, idx)
        idn = _with_sex(idn, planted.sex_of(sources[k]))
        rng = random.Random(f"cancerprep-frames:{seed}:note:{k}")
        lines = random.Random(f"cancerprep-frames:{seed}:lines:{k}") if template_lines else None
        note = _note(rng, idn, f"frames-{k}", sources[k], frames, shares, lines)
        out.append(planted.PlantedNote(note.note_id, f"frames-{n}", note.text, note.spans))
    return out


def _with_sex(idn: planted.Identity, sex: str | None) -> planted.Identity:
    """The identity with a patient of the sex the note's pronouns imply, so "She" can become her name."""
    p = idn.person
    if sex is None or sex == p.sex:
        return idn
    first = planted.census_first(random.Random(f"{p.first}:{p.last}:{sex}"), sex)
    return dataclasses.replace(idn, person=planted.Person(first, p.last, p.middle, sex))

"""Molecular notation a name or place rule takes for PHI: amino-acid changes, gene and protein symbols, and
abbreviations the text defines itself.

Why (issue 13, text not tuned on): pathology and genetics text writes a protein change with three-letter amino-acid
codes ("Val 179 Ala", "Val--> Asp", "p.Val600Glu": "Val" is a given name), a gene or protein by its symbol before
what it has ("GALT activity", "MLH1 gene", "HER2 amplification": "Galt" is a town) and an abbreviation right after
the words it stands for ("enlarged vestibular aqueduct (EVA)": "Eva" is a given name). Each is read from a closed
vocabulary or from the note itself, never from a list of symbols:

* `amino_acid_change`: the span is one of the 20 standard amino-acid codes (plus "Ter", "Sec") and another code
  stands beside it, joined by a residue number and/or an arrow, "to", "/" or "-" (a bare space is not enough).
* `gene_symbol_use`: a symbol-shaped span (capitals with a digit, up to five capitals, "Magel2") followed, here or
  anywhere in the same note, by a word of what a gene or protein has (gene, protein, activity, mutation, allele,
  locus, expression...), written in small letters.
* `defined_abbreviation`: a span in capitals that the note defines in brackets after its long form, the long form's
  letters holding the abbreviation's in order, its first letter opening the long form's first word, its last word in
  small letters or a disease's eponym ("von Hippel-Lindau (VHL)"; the Schwartz-Hearst reading); "Jane Doe (JD)"
  defines a person, and its capitalised last word keeps it a name. An abbreviation of 2 or 3 letters must be the
  words' own initials or stand for one disease's word ("phenylketonuria (PKU)"): a writer's initials in brackets after
  a clause ("Pump checked (BR)", "ambulating (AB)") hold their letters in order in a few everyday words by chance.
* `symbol_variant`: one or two capitalised words right after a gene symbol with a digit ("G6PD Santiago"): the
  variant named for the town or family it was found in.

`safelist.clinical_term_use` asks these after its person's-title guard.
"""

from __future__ import annotations

import re

from cancerprep.stages.deid.disease_names import eponym_word

AMINO_ACIDS = frozenset("ala arg asn asp cys gln glu gly his ile leu lys met phe pro ser thr trp tyr val ter sec"
                        .split())
_AA = r"(?:" + "|".join(sorted(a.capitalize() for a in AMINO_ACIDS)) + r"|" + "|".join(
    sorted(a.upper() for a in AMINO_ACIDS)) + r")"
# between two codes: a residue number, an arrow, "to", "/" or "-" (at least one of them: "Val Ala" proves nothing)
_JOIN = (r"(?:[ \t]*\d{1,5}[ \t]*(?:(?:-+>|→|\bto\b|/|-)[ \t]*)?|[ \t]*(?:-+>|→|\bto\b|/|-)[ \t]*"
         r"(?:\d{1,5}[ \t]*)?)")
_AA_AFTER = re.compile(_JOIN + r"(?<![A-Za-z])" + _AA + r"(?![a-z])")
_AA_BEFORE = re.compile(r"(?<![A-Za-z])" + _AA + _JOIN + r"$")


# a span that is itself a run of codes ("Glu 154 Gly", "Gly-Leu-Gln"): a change or a peptide taken whole
_AA_RUN = re.compile(r"(?<![A-Za-z])" + _AA + r"(?:" + _JOIN + _AA + r")+(?![a-z])")


def amino_acid_change(text: str, start: int, end: int) -> bool:
    """Is the span an amino-acid code with another code beside it ("Val 179 Ala", "Ala 54 Val", "Val--> Asp",
    "Val158Met"), or a run of such codes ("Gly-Leu-Gln")? The partner has to be there: "Val" alone, or before a
    number ("Val 555-1234"), is a name."""
    span = text[start:end]
    if _AA_RUN.fullmatch(span.strip()):
        return True
    if span.lower() not in AMINO_ACIDS or not (span.istitle() or span.isupper()):
        return False
    return bool(_AA_AFTER.match(text, end) or _AA_BEFORE.search(text, max(0, start - 16), start))


# A gene's or protein's symbol: capitals with a digit ("BRCA1", "TP53", "HER2"), up to five capitals ("GALT", "KRAS";
# a longer word in capitals is as often a name or a town on a line in capitals), or a capital, small letters and a
# closing digit ("Magel2").
_SYMBOL = re.compile(r"(?=[A-Z0-9-]*[0-9])[A-Z][A-Z0-9]{1,9}(?:-[A-Z0-9]{1,4})?|[A-Z]{2,5}|[A-Z][a-z]{1,5}[0-9]{1,2}")
# What a gene or protein has, right after its symbol (its bracketed symbol or closing bracket may stand between:
# "transferase (GALT) gene"); words a place or a person is followed by as well (region, level, carrier) are left out.
_GENE_HEAD = (r"\)?(?:[ \t]*\([A-Za-z0-9-]{2,10}\))?[ \t]+(?:genes?|proteins?|activity|activities|mutations?|"
              r"mutants?|alleles?|locus|loci|expression|mRNA|transcripts?|polymorphisms?|promoter|exons?|introns?|"
              r"knockout|homologu?es?|receptors?|kinase|domains?|deletions?|duplications?|amplification|"
              r"rearrangements?|fusions?|enzyme|immunoreactivity|haplotypes?|codon|variants?|deficiency|cDNA|"
              r"antibod(?:y|ies)|signalling|signaling)\b")
_GENE_HEAD_AFTER = re.compile(_GENE_HEAD)


# A gene symbol with a digit ("G6PD", "BRCA1", "HBB2"), three letters at least and no fewer than its digits, one space
# before the span: an enzyme's or gene's variant is named for the town or the family it was found in ("G6PD Santiago",
# "G6PD Huron"); no person or place of a patient follows a gene's symbol that way.
_VARIANT_SYMBOL_BEFORE = re.compile(r"(?<![A-Za-z0-9-])(?=[A-Z0-9]*[0-9])([A-Z][A-Z0-9]{2,6})[ ]$")
_VARIANT_NAME = re.compile(r"[A-Z][a-z]+(?:[ -][A-Z][a-z]+)?")


def symbol_variant(text: str, start: int, end: int) -> bool:
    """Is the span one or two capitalised words right after a gene symbol with a digit, the variant it names?"""
    m = _VARIANT_SYMBOL_BEFORE.search(text, max(0, start - 9), start)
    if m is None or not _VARIANT_NAME.fullmatch(text, start, end):
        return False
    letters = sum(c.isalpha() for c in m.group(1))
    return letters >= 3 and letters >= len(m.group(1)) - letters  # not a bed's or ward's code ("B12", "W3A")


def gene_symbol_use(text: str, start: int, end: int) -> bool:
    """Is the span a gene's or protein's symbol, followed here, or at another place of the same note, by a word of
    what a gene or protein has (in small letters: a line in capitals writes names that way too)?"""
    span = text[start:end]
    if not _SYMBOL.fullmatch(span):
        return False
    if _GENE_HEAD_AFTER.match(text, end):
        return True
    return re.search(r"(?<![A-Za-z0-9])" + re.escape(span) + _GENE_HEAD, text) is not None


_LONG_WORD = re.compile(r"[A-Za-z0-9][A-Za-z0-9'-]*")


def _letters_in_order(short: str, long_form: str) -> bool:
    """Schwartz and Hearst (2003): each letter of `short`, from its last, found in `long_form` read backwards, the
    first letter at the start of a word."""
    s, l_ = len(short) - 1, len(long_form) - 1
    short, long_form = short.lower(), long_form.lower()
    while s >= 0:
        ch = short[s]
        if not ch.isalnum():
            s -= 1
            continue
        while l_ >= 0 and (long_form[l_] != ch or (s == 0 and l_ > 0 and long_form[l_ - 1].isalnum())):
            l_ -= 1
        if l_ < 0:
            return False
        s, l_ = s - 1, l_ - 1
    return True


def _initials(words: list[str]) -> str:
    """The first letters of the words and of their hyphened parts ("Prader-Willi syndrome" -> "pws")."""
    return "".join(part[0] for w in words for part in w.lower().split("-") if part)


# A one-word long form names a disease ("phenylketonuria (PKU)", "galactosemia (GAL)"): a nursing verb or adjective
# before a writer's initials ("ambulating (AB)", "reinforced (RD)") holds their letters in order as well.
_DISEASE_ENDING = re.compile(r"[a-z]{4,}(?:osis|oses|emia|aemia|uria|itis|oma|omas|pathy|trophy|plasia|ism|ia)")


def _one_term(words: list[str]) -> bool:
    """A one-word long form that names a disease by its ending."""
    return len(words) == 1 and _DISEASE_ENDING.fullmatch(words[0]) is not None


def defined_abbreviation(text: str, start: int, end: int) -> bool:
    """Is the span (2 to 8 capitals and digits) defined in this note in brackets after a long form in small letters
    whose letters hold it in order ("enlarged vestibular aqueduct (EVA)", "phenylketonuria (PKU)")?"""
    span = text[start:end]
    if not re.fullmatch(r"[A-Z][A-Z0-9]{1,7}", span):
        return False
    for m in re.finditer(r"\(" + re.escape(span) + r"\)", text):
        words = _LONG_WORD.findall(text[max(0, m.start() - 120):m.start()])
        if not words:
            continue
        # the long form ends in small letters, or in a disease's eponym after a small-letter word ("von Hippel-Lindau")
        last = words[-1].islower() or eponym_word(words[-1].split("-")[-1].lower())
        # the shortest tail of words that holds the letters (Schwartz-Hearst's window), opened by the first letter
        for k in range(1, min(len(span) + 5, 2 * len(span), len(words)) + 1):
            tail = " ".join(words[-k:])
            if (tail[0].lower() == span[0].lower() and _letters_in_order(span, tail)
                    and (words[-1].islower() or (last and words[-k].islower()))
                    and (len(span) > 3 or _initials(words[-k:]) == span.lower() or _one_term(words[-k:]))):
                return True
    return False

"""Is a word written with accents a name where a position asks for a person (issue 13)?

Why: the name rules look words up as the vocabularies spell them, without diacritics (`tokens.lookup_form`), so
"Solé", "Pål" and "Lộc" were judged as the everyday or clinical words their folds spell ("sole", "pal", "loc"), and
the gazetteer's place words hold accented given names ("Jerónimo", "Khánh", "Đức" name towns) that a person rule
refused as places. English writes few words with accents: a handful of loanwords ("café", "naïve", "débridement"),
kept here, and eponyms, which are medical words in their ASCII spelling ("Ménière", "Sjögren"). So an accented word
is a name unless it is such a loanword, or its fold is a word of four letters or more that is a clinical term or a
medical word rare in English (`context.medical_only`: "Ménière" is an eponym). A fold of two or three letters stays
a name ("Tô", "Hà", "Đỗ", "Lộc" fold to "to", "ha", "do", "loc"): no one types accents onto an abbreviation."""

from __future__ import annotations

import unicodedata

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.context import medical_only
from cancerprep.stages.deid.recognizers.tokens import bare, lookup_form

# Everyday words English writes with their accents (loanwords): spelled so, they are still the word.
ACCENTED_WORDS = frozenset({"café", "cafés", "naïve", "résumé", "fiancé", "fiancée", "façade", "cliché", "entrée",
                            "protégé", "crème", "déjà", "über", "señor", "señora", "jalapeño", "piñata", "rosé",
                            "soufflé", "purée", "sautéed", "éclair", "décor", "débridement", "débris", "né", "née",
                            "vis-à-vis", "à", "pâté", "coupé", "exposé", "mêlée", "première", "rôle", "élite",
                            "décubitus", "ångström", "µg", "µl", "µm", "μg", "μl", "μm",
                            # languages an interpreter line names in their own spelling
                            "español", "português", "français", "türkçe", "tiếng", "việt"})
# Eponyms the clinic writes with their accents, whose ASCII spellings no vocabulary here holds as medical
_ACCENTED_EPONYMS = frozenset({"sjögren", "ménière", "barré", "behçet", "löfgren", "bárány", "schönlein",
                               "hürthle", "pötzl"})


def accented(word: str) -> bool:
    """Does `word` hold a letter outside A-Z (an accent, "ø", "ł", "đ")? A curly apostrophe ("Don’t") is no accent."""
    return not word.isascii() and any(not c.isascii() and (c.isalpha() or unicodedata.combining(c)) for c in word)


def accented_name(word: str, cased: bool) -> bool:
    """Is `word`, written with letters English spells without accents ("Pål", "Solé", "ÇIĞDEM"), a name where the
    position asks for a person? Not a loanword English writes with accents, not an eponym, not a clinical or medical
    word in its ASCII spelling, and on a line with case capitalised as a name is."""
    if not accented(word) or len(word) < 2:
        return False
    written = bare(word.lower().strip("'’"))
    if written in ACCENTED_WORDS or written in _ACCENTED_EPONYMS:
        return False
    low = lookup_form(word)
    if low.isascii() and len(low) >= 4 and (medical_only(low) or low in sl.disease_eponyms()):
        return False
    return not cased or word.isupper() or (word[0].isupper() and not word[1:].isupper())

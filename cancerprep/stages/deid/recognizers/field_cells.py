"""A field's value in the table cell after its label's cell (issue 13, deidfix44): "ZIP | 84607 | active",
"Pager\\t4528", "Pt name | Montie | 76", "Employer | Holloway Inn | 2019".

Why a module of its own: the field rules (admin, ward, chart, address and pager rules) read a value after its
label's colon, dash or the word itself; an EHR export flattens the same form into a row of cells, and
`kind_variation`'s `cell` rewrite of the weak kinds' tuning forms lost most ZIPs, pagers and names there (ZIP 0.56,
PAGER 0.44, PATIENT 0.89, ORGANIZATION 0.90). Here the label cell is half the evidence and the value's shape the
other half:

* **the label** (`_LABELS`): a cell that is only a field label of one kind, by classes of synonyms (postal: zip,
  zip code, zip+4, postal code, postcode; paging: pager, pgr, beeper, bleep, page, pg, pager no/#/id; a person:
  name, pt name, patient (name), member (name), subject (name), client, resident, insured, enrollee, beneficiary;
  an organisation: company, employer, organization, vendor, supplier, agency, business, workplace, pharmacy), closed
  by an optional colon, "#" or "no.";
* **the value**, the very next cell, in its kind's shape: a ZIP of five digits or ZIP+4; a pager of 4-6 digits,
  "p"/"#"/"x" and digits, or 1-3 digits, a dash and four; a name of one to three words each a name word in a
  strong frame (`person_frames.word_ok`), "Last, First M." too; an organisation of one to five words, capitalised
  on a line with case, none a clinical term, with at least one word no everyday vocabulary holds or an institution
  head (on a line without case, a distinct name word or a head).

A ZIP also after a label that names it anywhere in the label ("Delivery zip - 30317", "ZIP+4: 30317-1234",
"City/State/Zip: Decatur/GA/30317", a list after "zips"), and after a known US city with no state ("Decatur
30317"). A ZIP or pager number may also stand before its label, in brackets or after a dash, "=" or comma ("30317
(zip)", "4-7781 - pgr"). A row needs two cells at least (a bar, a tab or a wide gap between them).

The same labels head COLUMNS (deidfix52; `layout_variation`'s column and csv layouts lost pagers, patients and
contacts there): a header row whose cells hold no digit and one of them a field label makes the cells under that
label, in the rows of the header's count of cells below it (`tables.table_columns`), values judged as above; a
comma-separated export's header and rows ("Pager,Date,Status" / "44712,03/14/2021,final") are read the same way.
The person class also holds a contact's labels (emergency / primary / family contact, contact person, next of kin,
NOK, caregiver, guardian, support person), and a name's words may be joined by "/" or "^" ("LAST/FIRST",
"Last^First^M", an HL7 export's).

A ward's field (deidfix60: unit, ward, floor, location, dept, with patient / nursing / current / sending / receiving /
destination ...) gives its cell and column to `ward_units.named_unit`, where a donor's name with a bare floor counts
("Patient Unit | Bed" over "Okafor 12 | 14").

A care site's field (deidfix62: facility, hospital, hosp, institution, OSH, with outside / referring / performing /
treating ... before it, "performing lab", "treatment site") takes an organisation's name as above or a care site's
initialism (`locations.site_initialism`: no everyday, clinical or unit word), in its cell or its column ("Date |
Facility | Study" over "03/04 | LCMG | CT chest").
"""

from __future__ import annotations

from itertools import pairwise

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers import institutions
from cancerprep.stages.deid.recognizers.base import CONTACT, LOCATION, NAME, SpansRecognizer
from cancerprep.stages.deid.recognizers.context import line_cased, medical_only
from cancerprep.stages.deid.recognizers.locations import site_initialism
from cancerprep.stages.deid.recognizers.person_frames import sorted_pair, word_ok
from cancerprep.stages.deid.recognizers.tables import row_cells, table_columns
from cancerprep.stages.deid.recognizers.ward_units import named_unit
from cancerprep.stages.deid.recognizers.words import STOP

FIELD_CELLS = "FieldCellsRecognizer"

_END = r"[ \t]*(?:#|no\.?|num(?:ber)?|id)?[ \t]*[:.]?"
_LABELS: tuple[tuple[str, re.Pattern[str]], ...] = (
    ("ZIP", re.compile(r"(?i)(?:zip(?:[ \t]*\+[ \t]*4)?(?:[ \t]*code)?|zipcode|postal(?:[ \t]+code)?|postcode"
                       r"|mail(?:ing)?[ \t]+zip)" + _END)),
    ("PAGER", re.compile(r"(?i)(?:(?:\w+[ \t]+)?(?:pager|pgr|beeper|bleep)|page|pg)" + _END)),
    ("PERSON", re.compile(r"(?i)(?:(?:pt|patient|member|subject|client|resident|insured|enrollee|beneficiary)"
                          r"(?:'s)?(?:[ \t_]+(?:full[ \t_]+|legal[ \t_]+)?name)?|(?:full[ \t_]+|legal[ \t_]+)?name"
                          r"|(?:(?:emergency|primary|family|secondary)[ \t]+)?contact(?:[ \t]+(?:person|name))?"
                          r"|next[ \t]+of[ \t]+kin|nok|caregiver|guardian|support[ \t]+person)" + _END)),
    # a ward's field (deidfix60): its value judged by `ward_units.named_unit`
    ("UNIT", re.compile(r"(?i)(?:(?:patient|pt|nursing|current|home|sending|receiving|admitting|accepting|destination|"
                        r"assigned)[ \t]+)?(?:unit|ward|floor|location|loc|dept|department)" + _END)),
    # a care site's field (deidfix62, `facility_layouts`): a hospital's or facility's name or initialism
    ("SITE", re.compile(r"(?i)(?:(?:outside|referring|sending|receiving|accepting|performing|treating|transferring|"
                        r"prior|previous|discharge|destination|treatment)[ \t]+)?(?:facility|hospital|hosp|institution)"
                        r"(?:[ \t]+name)?|osh|performing[ \t]+(?:lab|site)|treatment[ \t]+(?:site|center)" + _END)),
    ("ORG", re.compile(r"(?i)(?:company|employer|organi[sz]ation|org|vendor|supplier|agency|business|workplace"
                       r"|pharmacy|dme[ \t]+(?:supplier|vendor)|place[ \t]+of[ \t]+work)(?:[ \t]+name)?" + _END)),
)
_ZIP = re.compile(r"\d{5}(?:[ \t]*-[ \t]*\d{4})?")
_PAGER = re.compile(r"(?:[pPxX#][ \t]?)?\d{4,6}|\d{1,3}-\d{4}")
# a ZIP or pager number with its label after it, in brackets or after a dash, "=" or comma ("30317 (zip)", "4-7781 -
# pgr"): the label vouches as it does before the value
_AFTER = re.compile(r"(?<![\w.:/-])(?P<v>\d{5}(?:-\d{4})?|(?:[pPxX#][ \t]?)?\d{4,6}|\d{1,3}-\d{4})"
                    r"[ \t]*(?:\([ \t]*|[-=,][ \t]*)(?P<l>[A-Za-z][A-Za-z +#.]{0,20}?)[ \t]*(?:\)|[.;,]|$)", re.M)
# a label that names a ZIP anywhere in it ("Delivery zip -", "ZIP+4:", "City/State/Zip:", "Service area zips"),
# then the ZIPs after it on its line, a list of them too
_ZIP_LABEL = re.compile(r"(?i)\b(?:zip(?:[ \t]*\+[ \t]*4|[ \t]*codes?|codes?|s)?|postal[ \t]+codes?|postcodes?)\b"
                        r"(?![ \t-]*(?:lock|loc|ties?|up|per|drive))[^\n\d]{0,30}?(?=\d)")
_ZIP_LIST = re.compile(r"(?<![\w.:-])\d{5}(?:-\d{4})?(?![\w/-]|[.:]\d|[ \t]*(?:mg|mcg|ml|units?|%))"
                       r"(?:[ \t]*(?:,|and|or|/|;)[ \t]*\d{5}(?:-\d{4})?(?![\w/-]|[.:]\d))*")
# a US city written with its ZIP and no state ("Decatur 30317"): a known city's capitalised words then the ZIP
_CITY_ZIP = re.compile(r"(?<![\w-])((?:\p{Lu}[\p{L}.'-]+[ \t]){0,2}\p{Lu}[\p{L}.'-]+),?[ \t]+"
                       r"(\d{5}(?:-\d{4})?)(?![\w/.:-])")
_WORD = re.compile(r"\p{L}[\p{L}'’.-]*")
# a row's cell of a field and its value ("patient_name: Reid, Eloise", "Pt name = REID, ELOISE"), and a cell that is
# a sorted pair alone ("Reid, Eloise A.")
_KEYED = re.compile(r"([A-Za-z][\w' \t]{0,30}?)[ \t]*[:=][ \t]*(\S.*)")
_PAIR_CELL = re.compile(r"(\p{L}[\p{L}'’-]+)[ \t]*,[ \t]*(\p{L}[\p{L}'’-]+)(?:[ \t]+(\p{L})\.?)?")
# every note-wide search below needs a run of four digits (a pager after its label) or five (a ZIP): a note without
# one skips them (most notes)
_FOUR_DIGITS = re.compile(r"\d{4}")
_FIVE_DIGITS = re.compile(r"\d{5}")
_DIGIT = re.compile(r"\d")
_JOIN = frozenset({"&", "of", "and", "the"})


def _label(cell: str) -> str | None:
    """The kind whose field label the whole cell is, if any."""
    return next((kind for kind, rx in _LABELS if rx.fullmatch(cell.strip())), None)


def _person(value: str, cased: bool) -> bool:
    """One to three name words ("Last, First M." too), each a name in a frame as strong as a field label."""
    words = [w for w in re.split(r"[ \t,/^]+", value) if w]
    if not 1 <= len(words) <= 4:
        return False
    names = [w.rstrip(".") for w in words if len(w.rstrip(".")) > 1]
    if not names or len(words) - len(names) > 1 or not all(word_ok(w, cased, "strong") for w in names):
        return False
    # a header row's next cell ("Name | Dose", "Name | Value") is a word too: one name must be a census name no
    # everyday word, or a word no vocabulary knows (the "list" strength of a bed list)
    return any(word_ok(w, cased, "list") for w in names)


def _org(value: str, cased: bool) -> bool:
    """A local organisation's name: capitalised words (with "&", "of", "and", "the" between), no clinical term,
    one word no everyday vocabulary holds or an institution's head."""
    words = value.split()
    if not 1 <= len(words) <= 5 or not all(_WORD.fullmatch(w) or w == "&" for w in words):
        return False
    lows = [w.lower().strip(".,'’") for w in words if w.lower() not in _JOIN]
    # the last word may be a trade that is also a clinical word ("Copper Drug"); the words before it may not
    if not lows or not all(institutions.name_word_ok(w) for w in lows[:-1]) or any(w in STOP for w in lows):
        return False
    if cased and not all(w[:1].isupper() for w in words if w.lower() not in _JOIN):
        return False
    head = institutions.head_word(lows[-1])
    if len(lows) == 1:  # one word: a name no everyday or clinical vocabulary holds
        return not medical_only(lows[0]) and institutions.distinct(lows[0])
    return cased or head or any(institutions.distinct(w) for w in lows)


def _value(kind: str, value: str, cased: bool) -> tuple[str, float] | None:
    """(entity, score) when `value` has the shape of a `kind` field's value (see the module doc), else None."""
    if kind == "ZIP" and _ZIP.fullmatch(value):
        return LOCATION, 0.7
    if kind == "PAGER" and _PAGER.fullmatch(value):
        return CONTACT, 0.7
    if kind == "PERSON" and _person(value, cased):
        return NAME, 0.65
    if kind == "ORG" and _org(value, cased):
        return LOCATION, 0.6
    if kind == "UNIT" and named_unit(value, cased, True):
        return LOCATION, 0.65
    if kind == "SITE" and (_org(value, cased) or site_initialism(value, value if cased else value.upper())):
        return LOCATION, 0.6
    return None


def _header(line: str, cells: list[tuple[int, int]]) -> dict[int, str]:
    """{column: kind} of a header row: every cell a few words without a digit, and a cell a field label (`_label`)."""
    if any(_DIGIT.search(line[a:b]) or len(line[a:b].split()) > 4 for a, b in cells):
        return {}  # a header names its columns in a few words, none with a digit
    return {k: kind for k, (a, b) in enumerate(cells) if (kind := _label(line[a:b])) is not None}


def _column_spans(text: str) -> list[tuple[int, int, str, float]]:
    """Values in the cells under a field label's header cell, bar / tab / gap tables and comma-separated exports."""
    out: list[tuple[int, int, str, float]] = []
    for csv in (False, True):
        for a, b, kind in table_columns(text, _header, csv=csv):
            found = _value(kind, text[a:b].strip(), line_cased(text, a)) if b > a else None
            if found:
                out.append((a, b, *found))
    return out


def _cell_name(line: str, a: int, b: int, cased: bool) -> tuple[int, int] | None:
    """(start, end) in `line` of the person a row's cell names by its own shape: a "Label: value" cell whose label is
    a person's field (snake_case too: "patient_name: Reid, Eloise"), or a cell that is a sorted pair and nothing else
    ("Reid, Eloise", "REID, ELOISE A."), judged as a sorted field is (`person_frames.sorted_pair`)."""
    keyed = _KEYED.fullmatch(line, a, b)
    if keyed and _label(keyed.group(1)) == "PERSON" and _person(keyed.group(2), cased):
        return keyed.start(2), keyed.end(2)
    pair = _PAIR_CELL.fullmatch(line, a, b)
    if pair and sorted_pair(pair.group(1), pair.group(2), cased, bool(pair.group(3))):
        return a, b
    return None


def field_cell_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, entity, score) of each value in the cell after its field label's cell, or under it, and of the
    people a row's cell names by its own shape (`_cell_name`)."""
    out: list[tuple[int, int, str, float]] = _column_spans(text)
    pos = 0
    for line in text.split("\n"):
        start, pos = pos, pos + len(line) + 1
        if "|" not in line and "\t" not in line and "  " not in line:
            continue
        cells = row_cells(line)
        for (a, b), (c, d) in pairwise(cells):
            kind = _label(line[a:b])
            found = _value(kind, line[c:d].strip(), line_cased(text, start + c)) if kind else None
            if found:
                out.append((start + c, start + d, *found))
        if len(cells) > 1 and ("," in line or ":" in line or "=" in line):
            cased = line_cased(text, start)
            for a, b in cells:
                named = _cell_name(line, a, b, cased)
                if named:
                    out.append((start + named[0], start + named[1], NAME, 0.65))
    if _FOUR_DIGITS.search(text) is None:
        return out
    five = _FIVE_DIGITS.search(text) is not None
    for m in _ZIP_LABEL.finditer(text) if five else ():
        z = _ZIP_LIST.match(text, m.end())
        if z:
            out.extend((z.start() + n.start(), z.start() + n.end(), LOCATION, 0.7)
                       for n in re.finditer(r"\d{5}(?:-\d{4})?", z.group(0)))
    for m in _CITY_ZIP.finditer(text) if five else ():
        city = m.group(1).lower()
        if city in sl.us_cities() and (line_cased(text, m.start()) or len(city) > 3):
            out.append((m.start(2), m.end(2), LOCATION, 0.7))
    for m in _AFTER.finditer(text):
        kind = _label(m.group("l"))
        value = m.group("v")
        if (kind == "ZIP" and _ZIP.fullmatch(value)) or (kind == "PAGER" and _PAGER.fullmatch(value)):
            out.append((m.start("v"), m.end("v"), LOCATION if kind == "ZIP" else CONTACT, 0.7))
    return out


class FieldCellsRecognizer(SpansRecognizer):
    """A field's value in the cell after its label's cell (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(FIELD_CELLS, [LOCATION, CONTACT, NAME], field_cell_spans)

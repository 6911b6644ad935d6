"""Names of any origin in positions whose grammar only a person fills (issue #13, names of other origins).

Why a module of its own: the person slots (`person_slots.py`) fill most positions only with a census name ("Sebastian",
"Okafor"), and take a word no list holds only in a few (`_coined_given`: the subject of a person's verb, with a floor
on how name-like its letters are). A name from a locale the census lists and the name-likeness model never saw
("Wafeeq", "Prayogo", "Novitasari") then passes the very position that finds "Sebastian". Here the position is the
evidence, as in `handoff_forms`, so a name needs no list and no likeness floor on a line with case: only its shape
(capitalised, nothing clinical, title, relation or role claims it, `admin_forms.person_ok`; written with accents is
evidence too, `handoff_forms.words_ok`). Each position is one a drug, device, place or finding does not fill:

* **a patient's state or act after the subject**: a clause opening on one name word, then (after "more", "less",
  "very", "now", "still", "is", "was", "appears", "seems", "remains") a state only a person is in ("Prayogo arousable
  to voice", "Gawati more somnolent", "Dalima agreeable to SNF"), an act only a person does ("Wafeeq asked for",
  "Lut participated", "Ramzi pushing well"), or where a patient lies ("Naail in bed 12"). Never what a drug or a
  device does ("Keytruda held", "Xarelto started": those verbs are no person's own);
* **the person addressed**: a line opening on one name word, a comma, then what one says to the reader ("Mahad,
  please call us", "Csongor, you may shower");
* **the person one spoke or met with**: a word of talking or meeting earlier on the line (spoke, talked, discussed,
  met, visit, call, meeting, interpreter), then "with" and one or two name words closed as an object is
  ("visit with Aniko.", "discussed the results with Rabi and his wife"); never "treated with Keytruda" (no word of
  talking), nor after "the" or a number;
* **who is to call or come**: "for X to call/come/return/sign/decide/..." ("LVM for Puji to call back"): only a
  person calls back, so a word that is also a place's name counts here;
* **a sorted name in a row**: "Surname, Given" after a bed or list number, a clock time or a label, closed by an
  initial and its period, a record label after a slash, or a wide gap before the row's next cell ("412-1 Nkansa,
  Mahmud  tele", "Time of death 03:17. Ghauth, Fuma A.", "ID band checked: Novitasari, Upik / MRN"), a room's
  occupants by slashes ("Rm 7B/Okoro/Adaeze - NPO"), "SUBJECT: Surname Given I - ...";
* **who a person is to the patient**: a name before a bracket naming the relation or what they go by ("Khadija (pt's
  sister)", "Dovydas (goes by Xiulan)"); a relative's given name after a relation word before what a person is
  ("Baby Gyongyi to NICU", "FOB Katica present"); children listed by name and age ("Kids at home: Jahanzeb 12,
  Perla 9");
* **the person handled**: the wearer of a band or bracelet ("fall band on Yousra,"), the patient's two names after
  "pt" closed by punctuation ("pt Jie Fares, armband verified"), the person taught ("Counseled Nemeș on warfarin"),
  whom an identification names ("later identified as Ülle Schöpf from"), twins by a slash ("Twins Umar/Yong Tang").

A name written with accents is a name here whatever its folded form spells (`handoff_forms.words_ok`), and a word
ending in "-ing" only when its stem is English ("Xiuying" is a name, "Restaging" is not).

Refusals (tested): drugs and devices as subjects and objects, findings after a comma, "treated with", a sorted pair
of drugs or findings, everyday words on lines without case (`person_ok`'s own), words under three letters.
"""

from __future__ import annotations

import regex as re

from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import (
    NAME,
    AlnumWords,
    Anchored,
    BackAnchored,
    Folded,
    Gated,
    Lined,
    ReversedFolded,
    SpansRecognizer,
    WordAnchored,
    finditer,
    first_runs,
    longest_first,
)
from cancerprep.stages.deid.recognizers.context import line_cased
from cancerprep.stages.deid.recognizers.handoff_forms import words_ok
from cancerprep.stages.deid.recognizers.person_slots import ENGLISH_SUFFIXES
from cancerprep.stages.deid.recognizers.tokens import NAME_WORD, lookup_form, name_words_in, possessive
from cancerprep.stages.deid.recognizers.words import RELATIONS

WORLD_NAMES = "WorldNamesRecognizer"
_RELATION_WORDS = longest_first(RELATIONS)  # (one string whatever the set's order: the compiled-pattern table)

_W = NAME_WORD
# `_W` as it reads a lower-cased ASCII note (no "’" nor combining accent occurs there), for the anchors below that
# repeat a whole pattern: the stdlib scan over the lower-cased note finds where a match starts, `regex` is asked there
_W_LOW = r"[a-z]+(?:['-][a-z]*)*"
# Where a clause opens: the line's start (a bullet or dash allowed), a sentence's end, a label's colon, a clock time.
_OPENS = r"(?:^[ \t]*(?:[-*•][ \t]+)?|[.!?;:,][ \t]{1,3}|(?<![\d:])\d{4}[ \t]+)"

# States only a person (or a patient's body as a whole) is in; a drug, device or place never is.
_STATES = (r"arousable|rousable|somnolent|drowsy|lethargic|agreeable|alert|awake|asleep|oriented|disoriented|"
           r"confused|tearful|anxious|agitated|restless|combative|cooperative|uncooperative|pleasant|calm|"
           r"irritable|fussy|consolable|inconsolable|verbal|nonverbal|ambulatory|bedbound|"
           r"unresponsive|responsive|grimacing|ambivalent|hesitant|amenable|receptive|adherent|nonadherent|"
           r"compliant|noncompliant|uncomfortable|emotional|upset|worried|frustrated|sad|angry|thankful|"
           r"grateful|eager|reluctant|willing|unwilling")
# Acts only a person does (as the subject), in the forms charting writes them.
_ACTS = (r"asked|asks|participated|participates|shared|shares|verbalized|verbalizes|verbalised|verbalises|"
         r"voiced|voices|expressed|expresses|stated|states|said|says|reports|endorsed|endorses|"
         r"denies|declined|declines|refused|refuses|agreed|agrees|consented|consents|wants|"
         r"wanted|wishes|wished|prefers|preferred|lives|lived|walked|walks|ambulated|ambulates|pushing|"
         r"ambulating|crying|sleeping|resting|napping|eating|smiling|laughing|talking|singing|praying|"
         r"complains|complained|understands|signed|signs|called|calls|telephoned|phoned|texted|"
         r"smokes|smoked|drinks|drank|attended|attends|"
         r"ran[ \t]+out|told|thanked|thanks|cried|laughed|slept|ate|feels|felt|speaks|spoke|understood|"
         r"remembers|recalls|recalled|describes|described|admits|admitted[ \t]+to|acknowledges|acknowledged|"
         r"got[ \t]+up|sat[ \t]+up|stood")
_DEGREE_WORDS = r"more|less|very|now|still|quite|is|was|appears|appeared|seems|seemed|remains|remained|became"
_DEGREE = rf"(?i:(?:{_DEGREE_WORDS})[ \t]+)?"
# (the gate: a state's or act's word, or the bed, room or chair a person is in, as a whole run of the note, asked of
# the note's runs, `AlnumWords`: the scan for the words at every word start cost ~18 us a PhysioNet note; each match
# holds such a run, "ran" of "ran out", "bed" of "in bed")
_SUBJECT_WORDS = AlnumWords(first_runs(f"{_STATES}|{_ACTS}".split("|")) | {"bed", "room", "rm", "chair"})
# (tried only where a whole match starts, `Anchored` on the pattern itself as it reads a lower-cased ASCII note: its
# words and letters ignore case, so the stdlib scan finds the very places `regex` matches at; the `Lined` search before
# it tried the pattern at every character of each line holding a state or act, ~0.15 ms a PhysioNet note)
# (tried only at the line start, the mark or the 4-digit time before each state's or act's word, `BackAnchored`: its
# anchor's own scan opened on a line start or a mark and ran its test at every character, ~100 us a PhysioNet note)
# (the bed, room or chair after "in" are places too: walking back from them passes "in")
_SUBJECT = Gated(_SUBJECT_WORDS, BackAnchored(
    _SUBJECT_WORDS.words, "abcdefghijklmnopqrstuvwxyz' \t-", "0123456789",
    rf"(?:(?<![^\n])[ \t]*(?:[-*•][ \t]+)?|[.!?;:,][ \t]{{1,3}}|(?<![0-9:])[0-9]{{4}}[ \t]+)[ \t]*"
    rf"{_W_LOW}(?:[ \t]+(?!(?:{_DEGREE_WORDS})\b){_W_LOW})?[ \t]+(?:(?:(?:{_DEGREE_WORDS})[ \t]+)?(?:{_STATES})\b|"
    rf"(?:{_ACTS})\b|in[ \t]+(?:bed|room|rm)[ \t]*#?[ \t]*[0-9]|in[ \t]+(?:the[ \t]+)?chair\b)", re.compile(
        rf"(?m){_OPENS}[ \t]*({_W}(?:[ \t]+(?!(?i:{_DEGREE_WORDS})\b){_W})?)[ \t]+"
        rf"(?:{_DEGREE}(?i:{_STATES})\b|(?i:{_ACTS})\b|"
        rf"(?i:in[ \t]+(?:bed|room|rm))[ \t]*\#?[ \t]*\d|(?i:in[ \t]+(?:the[ \t]+)?chair)\b)")))
# "Mahad, please call us": the person written to.
_VOCATIVE = Gated(Folded(r",[ \t]+(?:please|you|your|we|thank|thanks|call|remember|do[ \t]+not|don['’]t)\b"),
                  re.compile(rf"(?m)^[ \t]*({_W}),[ \t]+(?i:please|you|your|we|thank|thanks|call|remember|"
                             rf"do[ \t]+not|don['’]t)\b"))
# Words of talking or meeting: "with" after one of them on the line is with a person.
_TALK = (r"spoke|speak|speaking|talked|talk|talking|discussed|discuss|discussing|met|meet|meeting|visit|"
         r"visited|call|called|conversation|conference|session|interview|interviewed|counseled|counselled|"
         r"interpreter|chatted|phone|telephone|video|telehealth|consult|reviewed|review|went[ \t]+over|goals|"
         r"educated|education|teaching|taught")
# (tried only where a whole match starts, `Anchored` on the pattern as it reads a lower-cased note, as `_SUBJECT` is;
# the stdlib lookbehinds are the one case-blind lookbehind split by width, "$" of a line its newline or the note's end)
_WITH = Gated(Folded(rf"\b(?:{_TALK})\b.*\bwith[ \t]"), Anchored(
    rf"\b(?:{_TALK})\b[^\n.;]{{0,60}}?(?<!\bthe[ \t])(?<![0-9][ \t])(?<!\ba[ \t])(?<!\ban[ \t])\bwith[ \t]+"
    rf"{_W_LOW}(?:[ \t]+{_W_LOW})?(?=[ \t]*(?:[,.;:!?)]|\n|$)|[ \t]+(?:and|by|at|today|about|regarding|re|who|"
    rf"over|via|in[ \t]+person|on[ \t]+the[ \t]+phone|this|yesterday|tonight|again)\b)", re.compile(
    rf"(?im)\b(?:{_TALK})\b[^\n.;]{{0,60}}?(?<!\bthe[ \t]|\d[ \t]|\ba[ \t]|\ban[ \t])\bwith[ \t]+"
    rf"(?-i:({_W}(?:[ \t]+{_W})?))(?=[ \t]*(?:[,.;:!?)]|$)|[ \t]+(?:and|by|at|today|about|regarding|re|who|"
    rf"over|via|in[ \t]+person|on[ \t]+the[ \t]+phone|this|yesterday|tonight|again)\b)")))
# "LVM for Puji to call back": who is to do what only a person does.
_FOR_TO = Gated(Folded(r"for[ \t][^\n]{1,40}[ \t]to[ \t]"), re.compile(
    rf"(?i)\bfor[ \t]+(?-i:({_W}))[ \t]+to[ \t]+(?:call|come|return|sign|decide|speak|talk|bring|pick|arrive|"
    rf"schedule|confirm|reply|respond|text|email|stop[ \t]+by)\b"))
# "412-1 Nkansa, Mahmud  tele", "03:17. Ghauth, Fuma A.", "checked: Novitasari, Upik / MRN": a sorted name in a row.
_ROW_OPENS = (r"(?:^[ \t]*|(?<![\d:])\d{1,4}[A-Za-z]?(?:-\d{1,2})?[ \t]+|\d{1,2}:\d\d\.?[ \t]+|[:.][ \t]{1,3})")
# (searched only on the lines where a comma stands before a word and what must close the pair: most lines with a
# comma between words close it otherwise)
_SORTED_ROW = Gated(re.compile(r"[^\W\d_],[ \t]*[^\W\d_]"), Lined(
    r",[ \t]*[a-z][a-z'-]*(?:[ \t]+[a-z]\.|[ \t]*/[ \t]*(?:mrn|dob|acct|fin|csn)\b|[ \t]{2,}[a-z])", re.compile(
        rf"(?m){_ROW_OPENS}({_W}[ \t]*,[ \t]*{_W})(?:[ \t]+[A-Za-z]\.|(?=[ \t]*/[ \t]*(?i:mrn|dob|acct|fin|csn)\b|"
        rf"[ \t]{{2,}}[A-Za-z]))")))
# "Khadija (pt's sister, a nurse)", "Dovydas (goes by Xiulan)": a person before a bracket that says who they are
# to the patient, or what they go by.
_BRACKET_WHO = Gated(Folded(r"\([ \t]*(?:pt|patient|her|his|their|the|goes|aka|a\.k\.a|prefers)"), re.compile(
    rf"(?m)(?:^|(?<=[:;,.][ \t]{{0,3}})|(?<=[ \t]))({_W}(?:[ \t]+{_W})?)[ \t]*\([ \t]*(?:(?i:(?:the[ \t]+)?"
    rf"(?:pt|patient|her|his|their)(?:['’]s)?[ \t]+(?:{_RELATION_WORDS})\b)|(?i:goes[ \t]+by|aka|a\.k\.a\.?|"
    rf"prefers)\b)"))
# "fall band on Yousra,", "DNR bracelet placed on Rabi Dima,": the person who wears a band, bracelet or sock.
_WORN_ON = Gated(Folded(r"(?:band|bracelet|armband|wristband|socks|mitts|gown|sticker)[ \t]+(?:placed[ \t]+)?on[ \t]"),
                 re.compile(rf"(?i)\b(?:band|bracelet|armband|wristband|socks|mitts|gown|sticker)[ \t]+"
                            rf"(?:placed[ \t]+|applied[ \t]+|put[ \t]+)?on[ \t]+(?-i:({_W}(?:[ \t]+{_W})?))"
                            rf"(?=[ \t]*(?:[,.;:)]|$))"))
# "pt Jie Fares, armband verified": the patient's name right after the word, closed by punctuation.
_PT_NAME = Gated(Folded(r"(?:pt|patient)\.?:?[ \t]+[^ \t\n]+[ \t]+[^ \t\n,;]+[ \t]*[,;(]"), re.compile(
    rf"(?i)\b(?:pt|patient)\.?:?[ \t]+(?-i:({_W}[ \t]+{_W}))(?=[ \t]*[,;(])"))
# "Baby Gyongyi to NICU", "FOB Katica present": a relation word, then the relative's given name and what a person is.
# (tried only where a whole match starts, `Anchored` on the pattern as it reads a lower-cased note, as `_SUBJECT` is:
# trying it at every relation word cost three times as much)
# (tried only where a relation word's first run stands whole, `WordAnchored`: the gate's scan for ~180 words at every
# letter cost ~64 us a PhysioNet note)
_KIN_NAME = WordAnchored(first_runs(RELATIONS | {"baby", "fob", "mob"}), re.compile(
        rf"(?i)\b(?:{_RELATION_WORDS}|baby|fob|mob)[ \t]+(?-i:({_W}))(?=[ \t]+(?:present|at[ \t]+bedside|to[ \t]+"
        rf"(?:nicu|nursery|picu|the[ \t]+nicu)|is|was|here|visiting|aware|updated|called)\b)"))

# "Rm 7B/Okoro/Adaeze - NPO": a room or bed opening a handoff line, then its occupant's one or two names by slashes.
_ROOM_ITEM = Gated(Folded(r"(?:rm|room|bed)\.?[ \t]*#?[ \t]*\d"), re.compile(
    rf"(?im)^[ \t]*(?:rm|room|bed)\.?[ \t]*\#?[ \t]*\d{{1,4}}[A-Za-z]?[ \t]*[/:-][ \t]*"
    rf"(?-i:({_W}(?:/{_W})?))(?=[ \t]+-[ \t]|[ \t]*[,(;]|[ \t]*$)"))
# "Kids at home: Jahanzeb 12, Perla 9": children or siblings listed by name and age.
_KIN_LIST = Gated(Folded(r"(?:kids|children|siblings|sons|daughters|grandchildren|grandkids)\b[^\n:]{0,12}:"),
                  re.compile(r"(?im)\b(?:kids|children|siblings|sons|daughters|grandchildren|grandkids)"
                             r"(?:[ \t]+(?:at[ \t]+home|in[ \t]+the[ \t]+home))?[ \t]*:[ \t]*([^\n;.]+)"))
_KIN_ITEM = re.compile(rf"(?:^|,)[ \t]*(?:and[ \t]+)?({_W})[ \t]*(?:\(?[ \t]*\d{{1,2}}[ \t]*(?:y/?o|yo|yrs?)?[ \t]*\)?)"
                       rf"[ \t]*(?=,|$)")

# "Counseled Nemo Ilunga on warfarin", "educated Kiri about her drain": the person taught, before what about.
_TAUGHT = Gated(Folded(r"(?:counseled|counselled|educated|instructed|taught|reminded|reassured|coached|advised)[ \t]"),
                re.compile(rf"(?i)\b(?:counseled|counselled|educated|instructed|taught|reminded|reassured|coached|"
                           rf"advised)[ \t]+(?-i:({_W}(?:[ \t]+{_W})?))[ \t]+(?:on|about|regarding|re|that)\b"))
# "later identified as Ilka Vortanen", "identified by name (Ilka Vortanen)": whom an identification names.
_IDENTIFIED = Gated(Folded(r"identified[ \t]+(?:as|by[ \t]+name)"), re.compile(
    rf"(?i)\bidentified[ \t]+(?:as|by[ \t]+name[ \t]*\()[ \t]*(?-i:({_W}(?:[ \t]+{_W})?))"
    rf"(?=[ \t]*[,.;:)]|[ \t]*$|[ \t]+(?:from|by|per|and|via|on|at|with)\b)"))
# "Twins Aino/Eeli Korpela": two given names by a slash and the shared surname.
_TWINS = Gated(Folded(r"twins[ \t]"), re.compile(rf"(?i)\btwins[ \t]+(?-i:({_W}/{_W}(?:[ \t]+{_W})?))\b"))
# "SUBJECT: Vortanen Ilka M - results": a label, surname, given name and one initial ending the field.
_LAST_FIRST_I = Gated(ReversedFolded(r"(?:subject|re|patient|pt|name)[ \t]*:"), re.compile(
    rf"(?im)\b(?:subject|re|patient|pt|name)[ \t]*:[ \t]*(?-i:({_W}[ \t]+{_W}))[ \t]+[A-Za-z]\.?"
    rf"(?=[ \t]+-[ \t]|[ \t]*$|[ \t]{{2}})"))


def _derived(low: str) -> bool:
    """Is `low` spelled as an English derivation (`person_slots.ENGLISH_SUFFIXES`: "Intially", "Restaging")? An
    "-ing" only on a stem English knows ("restag(e)"): names of other origins end so too ("Xiuying", "Guiying")."""
    if low.endswith("ing"):
        stem = low[:-3]
        return len(stem) >= 3 and (sl.is_known_word(stem) or sl.is_known_word(stem + "e"))
    return low.endswith(ENGLISH_SUFFIXES)


def _ok(m: re.Match, text: str, strength: str) -> tuple[int, int] | None:
    """The captured words' offsets when they name a person (`handoff_forms.words_ok`), each of three letters at least,
    else None. `strength` "strong": the position asks for a person whatever the line's case (no everyday-word or
    slip test without case, a place's name allowed); "cased": strong only where the line has case; "cased only": strong
    where the line has case, never taken without; "weak": never strong."""
    words = name_words_in(m.group(1))
    if not words or any(len(lookup_form(w)) < 3 or possessive(w.lower()) or _derived(lookup_form(w)) for w in words):
        return None  # an owner is no subject ("Hoffman's signs were"), an English derivation no name ("Intially")
    cased = line_cased(text, m.start(1))
    if strength == "cased only" and not cased:
        return None
    strong = strength == "strong" or (strength in ("cased", "cased only") and cased)
    return (m.start(1), m.end(1)) if words_ok(words, cased, strong) else None


def world_name_spans(text: str) -> list[tuple[int, int, str, float]]:
    """(start, end, NAME, score) of every position in `text` (the module doc lists them)."""
    out: list[tuple[int, int, str, float]] = []
    for rx, strength in ((_SUBJECT, "cased"), (_VOCATIVE, "strong"), (_WITH, "cased"), (_FOR_TO, "cased only"),
                         (_SORTED_ROW, "weak"), (_BRACKET_WHO, "cased"), (_WORN_ON, "cased only"),
                         (_PT_NAME, "weak"), (_KIN_NAME, "cased only"), (_ROOM_ITEM, "weak"),
                         (_TAUGHT, "cased"), (_IDENTIFIED, "strong"), (_TWINS, "cased"), (_LAST_FIRST_I, "weak")):
        for m in finditer(rx, text):
            span = _ok(m, text, strength)
            if span:
                out.append((*span, NAME, 0.7))
    for m in finditer(_KIN_LIST, text):
        items = list(_KIN_ITEM.finditer(m.group(1)))
        if len(items) < 2 or sum(len(k.group(0)) for k in items) < len(m.group(1).rstrip()):
            continue  # every item a name and an age ("Kids: Ann 12, Bo 9"), never "Kids: 2, both well"
        for k in items:
            a = m.start(1) + k.start(1)
            cased = line_cased(text, a)
            if words_ok([k.group(1)], cased, cased) and len(k.group(1)) >= 3:
                out.append((a, a + len(k.group(1)), NAME, 0.7))
    return out


class WorldNamesRecognizer(SpansRecognizer):
    """Names of any origin in positions only a person fills (see the module doc)."""

    def __init__(self) -> None:
        super().__init__(WORLD_NAMES, [NAME], world_name_spans)

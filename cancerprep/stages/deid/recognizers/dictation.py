"""Dictation marks and a note's sign-off (NAME): the one place that knows the transcription trade's reference lines.

Why one module: author/typist initials ("JS/mk", "D: 01/02/20 T: 01/03/20 JS/kw", "Transcribed by: mk", "______ AB")
are written in a small grammar of reference lines and sign-off labels, and whether a weak shape counts depends on
where it sits (the note's sign-off). Every rule here shares that grammar, one test of a letter group
(`known_group`) and one test of position (`in_sign_off`); the other recognizers import them, never restate them.
"""

from __future__ import annotations

import re as stdre

import regex as re

from cancerprep.stages.deid import protect
from cancerprep.stages.deid import safelist as sl
from cancerprep.stages.deid.recognizers.base import (
    MONTHS,
    NAME,
    Anchored,
    Folded,
    Gated,
    I,
    Lined,
    LinedAtStart,
    LineTestedAtStart,
    RegexRecognizer,
)
from cancerprep.stages.deid.recognizers.context import PROSE_END, line_at, line_cased, medical_only
from cancerprep.stages.deid.recognizers.tokens import LETTER, UPPER, mostly_upper
from cancerprep.stages.deid.recognizers.unknown_words import unknown_word
from cancerprep.stages.deid.recognizers.words import CREDENTIALS, STOP, TITLES

# The grammar of a transcription reference line. A mark is the author's initials and the typist's (more typists,
# a middle initial, dotted initials allowed) joined by / : \\ ; (spaces round it allowed) or a bare hyphen; around
# it a line may hold only what the trade writes there: "D:"/"T:"/"DD:"/"DT:"/"R:"/"d&t:" stamps with a date and
# time, job/document/confirmation numbers, a number glued on by a separator ("JS/mb/12345", "JS/mb:12345") or a
# space, dates, times, "cc: ...", "enc.", a bracketed "(dictated ..., transcribed ...)".
DICTATION = "DictationMarkRecognizer"
_INIT = rf"(?:(?<!{LETTER}){LETTER}{{2,4}}(?!{LETTER})|(?:{LETTER}\.){{2,3}})"
_SEP = r"(?:[ \t]?[/:\\;][ \t]?|-)"
# a date as stamps write it: 7/22/05, 7/22, 2017/02/21, 17AUG2012, 6-Jan, 1-Sep-2017, Nov 2017, February 13, 2014
_DATE = (rf"(?:\d{{1,2}}[/\-.]\d{{1,2}}[/\-.](?:\d{{4}}|\d{{2}})|\d{{1,2}}/\d{{1,2}}(?![.\d])|"
         rf"(?:19|20)\d{{2}}[/\-.]\d{{1,2}}[/\-.]\d{{1,2}}|"
         rf"\d{{1,2}}[ \t\-]?{MONTHS}\.?(?:[ \t\-]?(?:\d{{4}}|\d{{2}}))?|"
         rf"{MONTHS}\.?(?:[ \t]+\d{{1,2}}(?:st|nd|rd|th)?(?:,?[ \t]+\d{{4}})?|[ \t]+\d{{4}}))(?![A-Za-z\d])")
_TIME = r"(?:\d{1,2}:\d{2}(?::\d{2})?(?:[ \t]*[ap]\.?m\.?)?|\d{4}[ \t]*(?:hrs?|h)?)"
_STAMP = (rf"(?:(?:d|t|dd|dt|td|tt|r|s|dr|d&t|d/t|dict|trans)[ \t]*:|(?:date[ \t]+)?(?:dictated|transcribed|typed|"
          rf"signed|reviewed|edited|revised|dictation|transcription)(?:[ \t]+(?:on|date))?[ \t]*:?)[ \t]*{_DATE}"
          rf"(?:[ \t]+(?:at[ \t]+)?{_TIME})?")
_JOB = (r"(?:job|doc(?:ument)?|dictation|transcription|conf(?:irmation)?|voice|report|dict|trans|batch|ref|"
        r"reference|id)\.?[ \t]*(?:#|no\.?|num(?:ber)?|id)?[ \t]*[:#]?[ \t]*[A-Za-z]{0,3}-?\d{3,}")
# context that vouches for a mark wherever it stands; a date, a time or "cc:" alone do not
_STRONG_CTX = (rf"(?:{_STAMP}|{_JOB}|enc(?:l(?:osures?)?)?s?\.?|\((?=[^)\n]*(?:dictated|transcribed))[^)\n]*\)|"
               rf"dictated[ \t]+but[ \t]+not[ \t]+(?:read|signed)\.?)")
_CTX = rf"(?>{_STRONG_CTX}|{_DATE}(?:[ \t]+{_TIME})?|{_TIME})"
_GAP = r"[ \t]*[,;/|]?[ \t]*"
_MARK_LINE = (rf"[(\[<]?(?P<mark>{_INIT}(?:{_SEP}{_INIT}){{1,3}})[)\]>]?"
              rf"(?P<num>(?:[/:;\-]|[ \t]+)[ \t]*#?[ \t]*\d{{3,}})?")
# a reference line opens the line (stamps may stand before the mark) or follows a sentence ("... 3 months. JS/mk");
# two patterns of one grammar, since an alternation of the two starts is five times slower than both
_REF_MARK = rf"(?P<pre>(?:{_CTX}{_GAP})*+){_MARK_LINE}(?P<post>(?:{_GAP}{_CTX})*+)"
_COPIES = rf"(?P<cc>{_INIT}(?:[ \t]*[,;&][ \t]*{_INIT})*)"
_REF_TAIL = rf"{_REF_MARK}(?:{_GAP}cc[ \t]*:[ \t]*(?:{_COPIES}|[^\n]*?))?[ \t.]*$"
_REF_LINE = re.compile(rf"(?im)^[ \t]*{_REF_TAIL}")
_REF_AFTER_SENTENCE = re.compile(rf"(?im)[.!?][ \t]{{1,3}}{_REF_TAIL}")
# What every mark holds, in lower case: two letter groups joined by a separator (`_INIT`, `_SEP`), written to open on
# the separator so that the stdlib search skips to the few "/", ":", ";", "\\" and "-" of a note. Why: the reference-
# line patterns are tried at every line start or sentence end of every note, and most lines hold no such pair (`Lined`).
# The group before the separator is read whole, as `_INIT` reads it: two to four letters with none before them (not
# five before the separator: "history: he", "follow-up" hold no mark) or two dotted letters; that leaves a fifth of
# the lines a looser look-behind (two letters or a letter and a dot) let through.
_MARK_ANCHOR = (r"[/:\\;\-](?:(?<=[a-z]{2}[/:\\;\-])(?<![a-z]{5}[/:\\;\-])|(?<=[a-z]\.[a-z]\.[/:\\;\-])|"
                r"(?<=[a-z]{2}[ \t][/:\\;])(?<![a-z]{5}[ \t][/:\\;])|(?<=[a-z]\.[a-z]\.[ \t][/:\\;]))[ \t]?"
                r"(?:[a-z]{2,4}(?![a-z])|(?:[a-z]\.){2,3})")
# a reference line whose "cc:" copies are initials ("JS/ab  cc: RT, KL"), run only on notes with a "cc:"
_REF_COPIES = Gated(r"(?i)cc[ \t]*:", re.compile(rf"(?im)^[ \t]*{_REF_MARK}{_GAP}cc[ \t]*:[ \t]*{_COPIES}[ \t.]*$"))
# one group of initials in a line that holds a stamp or job number: "T: 06/18/2006 stf", "JS  D: 01/02/2020"
_STAMPED_INITIALS = re.compile(rf"(?im)^[ \t]*(?P<pre>(?:{_CTX}{_GAP})*+)(?P<init>{_INIT})"
                               rf"(?P<post>(?:{_GAP}{_CTX})*+)[ \t.]*$")
# What every stamp, job number or dictation bracket (`_STRONG_CTX`) holds: a digit (a stamp's date, a job number), "enc"
# or a dictation word, in any case (searched in the lower-cased line: a case-blind search cost half as much again).
_STAMP_HINT = stdre.compile(r"\d|enc|dictated|transcribed")


def may_hold_stamp(line: str) -> bool:
    """False only for an ASCII line without a digit, "enc", "dictated" or "transcribed" (any case): no `_STRONG_CTX`
    can match there, so `_stamped_initials` refuses every `_STAMPED_INITIALS` match on it. Why: the pattern tries its
    forty stamp and date openings at every line start, and most lines of a note hold none of these (`LineTested`).
    A non-ASCII line (where case folding has exceptions: "ſ") is always searched."""
    return not line.isascii() or _STAMP_HINT.search(line.lower()) is not None


# initials as a dictation label's value: "T: ab", "D: JS", "Dictated by: CN", "Transcriptionist - kl"
_DICT_LABEL = (r"(?:d|t|dict(?:ated)?(?:[ \t]+by)?|trans(?:cribed)?(?:[ \t]+by)?|typed(?:[ \t]+by)?|dictator|"
               r"transcriptionist|transcriber|typist|tr|author|scribe|signed(?:[ \t]+by)?|reviewed[ \t]+by)")
_LABELLED_ITEM = re.compile(rf"(?i)\b(?<![&/])(?P<label>{_DICT_LABEL})[ \t]*[:\-][ \t]*(?P<init>{_INIT})"
                            rf"(?=[ \t,;|]|$)", re.M)
# its gate: a label word (a "by" after it allowed), its colon or hyphen, a letter
_LABELLED_ITEM_GATE = Folded(r"(?<![a-z0-9_])(?:d|t|dict|dictated|trans|transcribed|typed|dictator|transcriptionist|"
                             r"transcriber|typist|tr|author|scribe|signed|reviewed)(?:[ \t]+by)?[ \t]*[:\-][ \t]*[a-z]")
_LABELLED_LINE = re.compile(rf"(?i)[ \t]*(?:(?:{_DICT_LABEL})[ \t]*[:\-][ \t]*{_INIT}|{_CTX})"
                            rf"(?:[ \t]*[,;|]?[ \t]+(?:(?:{_DICT_LABEL})[ \t]*[:\-][ \t]*{_INIT}|{_CTX}))+[ \t.]*")
# (each of these two tried once at the start of the lines holding its "cc:" or bracketed letters: `LinedAtStart`)
_CC_LIST = LinedAtStart(r"cc[ \t]*:", re.compile(
    rf"(?im)^[ \t]*cc[ \t]*:[ \t]*({_INIT}(?:[ \t]*[,;&][ \t]*{_INIT})*)[ \t.]*$"))
_BRACKETED_LINE = LinedAtStart(r"(?m)[(\[<][ \t]*[a-z]{2,3}[ \t]*[)\]>][ \t]*$", re.compile(
    rf"(?m)^[ \t]*[(\[<][ \t]*({LETTER}{{2,3}})[ \t]*[)\]>][ \t]*$"))
_ON_RULE = re.compile(rf"(?m)_{{4,}}[ \t]*({LETTER}{{2,3}}|(?:{LETTER}\.){{2,3}})[ \t.]*$")
# Two or three capitals alone at a line end, on a line of their own or after a sentence ("... 3 months. JAS"). (Its
# gate asked first for two capitals ending a line: a class the stdlib skips along, where the full gate's line starts
# and sentence ends are tried at every character.)
_CLOSING_INITIALS = Gated(stdre.compile(rf"(?m){UPPER}{{2}}[ \t]*$"), Gated(
    stdre.compile(rf"(?m)(?:^|[.!?][ \t]{{1,3}})[ \t]*{UPPER}{{2,3}}[ \t]*$"),
    re.compile(rf"(?m)(?:^|(?<=[.!?][ \t]{{1,3}}))[ \t]*({UPPER}{{2,3}})[ \t]*$")))

# What may follow the initials after a sign-off label: the line's end, punctuation, a date or number, "on"/"at", a
# stamp, a spaced slash before the next item ("Grossed by: JL / PA Ann Lee"), or the next label of the line
# ("Dictated by: JS  Transcribed by: ab", "read by AB; final read by CD").
_LABEL_VALUE_END = (r"(?=[ \t]*(?:$|[,;()]|\.(?:\s|$)|\d|/[ \t]|(?:on|at|and)\b|(?:d|t|dd|dt|cc)[ \t]*:|"
                    r"(?:final|preliminary|prelim|dictated|transcribed|typed|signed|reviewed|read|verified|job)\b))")
# initials after a dictation label: "Transcribed by: mk", "Dictated by: JS", "Transcriptionist: mk", "TR: ab"
_DICTATION_LABEL = re.compile(
    r"(?i)\b(?:(?:dictated|transcribed|typed|keyed|entered|prepared)[ \t]+by|transcriptionist|transcriber|typist|"
    r"dictator|(?<=^|\n)[ \t]*(?:tr|trans|dict|typed|scribe|ref(?=[ \t]*:)))"
    r"(?![A-Za-z])[ \t]*[:\-]?[ \t]*([A-Za-z]{2,4}(?:[/:][A-Za-z]{2,4})?)" + _LABEL_VALUE_END, re.M)
_DICTATION_LABEL_GATE = Folded(r"(?:dictated|transcribed|typed|keyed|entered|prepared)[ \t]+by|transcriptionist|"
                               r"transcriber|typist|dictator|^[ \t]*(?:tr|trans|dict|typed|scribe|ref)(?![a-z])",
                               stdre.M)
# initials after a sign-off label: "Initials: JAS", "Dictated but not read: JAS", "Signed JAS", "Reviewed by JAS."
_SIGN_OFF_LABEL = re.compile(
    r"(?i)\b(?:(?:(?:author|provider|scribe|typist|transcriptionist|dictator|reviewer|attending|physician|"
    r"dictating[ \t]+physician)[ \t]+)?initials|"
    r"transcription|dictated[ \t]+but[ \t]+not[ \t]+read|(?:electronically[ \t]+)?(?:co-?)?signed(?:[ \t]+by)?|"
    r"(?:reviewed|verified|approved|interpreted|attested|edited|finali[sz]ed|addendum|"
    r"(?:(?:preliminary|prelim|final|wet)[ \t]+)?read)[ \t]+by|scribed[ \t]+by)[ \t]*[:\-]?[ \t]*"
    r"([A-Za-z]{2,4}(?:[/:][A-Za-z]{2,4})?)" + _LABEL_VALUE_END, re.M)
_SIGN_OFF_LABEL_GATE = Folded(r"initials|transcription|dictated|signed|(?:reviewed|verified|approved|interpreted|"
                              r"attested|edited|finali[sz]ed|addendum|read|scribed)[ \t]+by")

# The agent of any charted act written as initials in a label: a past participle, "by", then the label's colon
# ("Grossed by: JL", "witnessed by: ab"), initials joined to their credential by a slash ("checked by KM/RN",
# "Grossed by: JL/PA") or initials followed by the act's time or date ("crossmatched by KM at 0412"). The sign-off
# label above lists the trade's own verbs; a pathology, pharmacy or nursing line names its act with any verb, so the
# verb is told by its shape and the label, credential or time vouches for the value.
_AGENT_LABEL = Gated(Folded(r"ed[ \t]+by[ \t]*:|ed[ \t]+by[ \t]+[a-z]{2,3}(?:/[a-z]|[ \t]+(?:at|on)[ \t]+\d)"),
                     re.compile(
    r"(?i)\b([a-z]{3,}ed)[ \t]+by(?=[ \t]*:|[ \t]+[a-z]{2,3}(?:/[a-z]|[ \t]+(?:at|on)[ \t]+\d))[ \t]*(:)?[ \t]*"
    r"([A-Za-z]{2,3})(?:/([A-Za-z][A-Za-z\-]{1,6}))?(?![A-Za-z0-9/])"
    + _LABEL_VALUE_END, re.M))

# The bench roles of laboratory, imaging and theatre work, as the labels of a report's fields whose value is the
# worker's initials or mark ("Tech: JL", "GROSS: JL/ab 6/2/2020", "Cytotech: kw", "Scrub: AB  Circulator: CD"). A role
# names a person, so the value is initials unless a word or abbreviation; the next field, a date, a slash or the line's
# end closes it. Tried only where a role word starts (`Anchored`).
_WORK_ROLES = (r"gross(?:ed|ing)?|grosser|prosector|dissector|tech|techs|technician|technologist|"
               r"histotech(?:nologist)?|cytotech(?:nologist)?|screener|screened|sonographer|radiographer|phlebotomist|perfusionist|scrub|"
               r"circulator|circulating|embedder|accessioner|recorder|transporter")
_ROLE_VALUE = Anchored(rf"(?<![a-z])(?:{_WORK_ROLES})(?:[ \t]+initials)?[ \t]*:", re.compile(
    rf"(?i)(?<![A-Za-z])(?:{_WORK_ROLES})(?:[ \t]+initials)?[ \t]*:[ \t]*(?P<mark>{_INIT}(?:{_SEP}{_INIT})?)"
    rf"(?=[ \t]*(?:$|[,;|(]|/[ \t])|[ \t]{{2,}}|\t|[ \t]+{_DATE}|[ \t]+{_TIME})", re.M))
# A finding credited to the reader in brackets: "(per JL)", "(PER TRP)".
_PER_INITIALS = Anchored(r"\([ \t]*per[ \t]", re.compile(rf"(?i)\([ \t]*per[ \t]+({LETTER}{{2,3}})[ \t]*\)"))
# A critical value's call-back line ends with the caller's initials after the read-back: "... and read back; jl".
_READ_BACK_INITIALS = Anchored(r"(?<![a-z])(?:read|repeated)[ \t-]?back", re.compile(
    rf"(?im)(?<![A-Za-z])(?:read|repeated)[ \t-]?back(?:[ \t]+(?:and[ \t]+)?(?:verified|confirmed|correct))?"
    rf"[ \t]*[;,.:\-/][ \t]*({_INIT})[ \t.]*$"))
# A dictation footer ending with the typist's initials after its stamps or job number, whatever opens the line
# ("Dictated: Ann Lee, MD  D: 6/2/2020  T: 6/3/2020  Job: 123456  jl"), the stamp's last digit right before them; tried
# on the lines whose end is a digit, a gap and a letter group.
_FOOTER_INITIALS = Lined(r"(?m)\d[ \t]*[,;/|]?[ \t]*[a-z.]{2,8}[ \t]*$", re.compile(
    rf"(?im)(?P<pre>{_STRONG_CTX}(?:{_GAP}{_CTX})*+)(?<=\d){_GAP}(?P<init>{_INIT})(?P<post>)[ \t.]*$"))


def dictation_recognizer() -> RegexRecognizer:
    """Author/typist initials in the reference lines of the transcription trade, after labels naming them and
    closing the note. Each rule validates its groups against the clinical vocabularies itself (`known_group`,
    which holds the protected words), so its results are not filtered again by protection: "DP:ms  d&t: 07/19/13"
    and "Initials: AP" are initials even where the letters spell an abbreviation."""
    rules: list[RegexRecognizer.Rule] = [
        # reference lines: author/typist marks at a line start or after a sentence, among D:/T: stamps, job and
        # document numbers, dates, "cc:" and "enc." ("SC/lm/70710", "D: 01/02/20 T: 01/03/20 JS/kw",
        # "Job No. 123 / JS / ab", "... in 3 months. JS/mk")
        # (each tried only on the lines holding a mark's two letter groups, `_MARK_ANCHOR`; a line start's once there)
        (LinedAtStart(_MARK_ANCHOR, _REF_LINE), "mark", 0.75, _reference_mark),
        (Lined(_MARK_ANCHOR, _REF_AFTER_SENTENCE), "mark", 0.75, _reference_mark),
        (_REF_COPIES, "cc", 0.75, _reference_cc),  # "JS/ab  cc: RT": the copies' initials after a mark
        # "... follow-up in 3 months JS/mk": the trade's case convention ending any line; a unit after a slash
        # ("UO/hr") is no typist
        (re.compile(r"(?m)(?<![\w/.\-])([A-Z]{2,4}/[a-z]{2,4})(?:/[a-z]{2,4})?[ \t]*$"), 1, 0.75, _typist_mark),
        # "kh/Hudson", "MC/CORRICK": typist initials and the author's surname alone on a line
        # (tried once at the start of the lines holding two letters, a slash and a letter: `LinedAtStart`)
        (LinedAtStart(r"/(?<=[a-z]{2}/)[a-z]", re.compile(r"(?m)^[ \t]*([A-Za-z]{2,3}/([A-Za-z][A-Za-z'\-]+))[ \t]*$")),
         1, 0.8, _surname_mark),
        # one author's or typist's initials in a stamped line: "T: 06/18/2006 stf", "JS  D: 01/02/2020"
        # (tried once at the start of each line that may hold a stamp: `LineTestedAtStart`)
        (LineTestedAtStart(may_hold_stamp, _STAMPED_INITIALS), "init", 0.75, _stamped_initials),
        # initials as the values of dictation labels on one line: "T: ab  D: JS", "Dictated by: CN  Transcribed by: tp"
        (Gated(_LABELLED_ITEM_GATE, _LABELLED_ITEM), "init", 0.75, _labelled_pair),
        # "Transcribed by: mk", "Dictated by: JS", "Transcriptionist: mk", "TR: ab": initials after a dictation label
        (Gated(_DICTATION_LABEL_GATE, _DICTATION_LABEL), 1, 0.75, _label_initials),
        # sign-off labels of the trade: "Initials: JAS", "Scribe initials: kmd", "Dictated but not read: JAS",
        # "Transcription: kmd", "Signed JAS", "Reviewed by JAS."
        (Gated(_SIGN_OFF_LABEL_GATE, _SIGN_OFF_LABEL), 1, 0.75, _signoff_initials),
        # "Grossed by: JL/PA", "checked by KM/RN", "released by: ab": any act's agent as a label's initials
        (_AGENT_LABEL, 3, 0.75, _agent_initials),
        # bench roles' initials ("Tech: JL", "GROSS: JL/ab"), a reader's in brackets ("(per JL)"), a call-back's
        # caller's ("read back; jl"), a typist's closing a footer after its stamps ("Job: 123456  jl")
        (_ROLE_VALUE, "mark", 0.75, _role_value),
        (_PER_INITIALS, 1, 0.75, _bracketed_reader),
        (_READ_BACK_INITIALS, 1, 0.75, _caller_initials),
        (_FOOTER_INITIALS, "init", 0.75, _stamped_initials),
        # "cc: JS, AB" closing the note (or written "cc:" in lower case, the letter convention), "(JS)" alone on
        # a line, initials written on a signature rule ("______ AB")
        (_CC_LIST, 1, 0.75, _cc_initials),
        (_BRACKETED_LINE, 1, 0.75, _bracketed_initials),
        (_ON_RULE, 1, 0.75, _rule_initials),
        # two or three capitals alone at a line end, after a signature line or closing the note
        (_CLOSING_INITIALS, 1, 0.75, _closing_initials),
    ]
    return RegexRecognizer(NAME, DICTATION, rules)

def _surname_mark(text: str, m: re.Match) -> bool:
    name = m.group(2).lower()
    if name in STOP or medical_only(name) or (name in sl.medical_words() and name not in sl.last_names()):
        return False
    return name in sl.last_names() or name in sl.first_names() or (len(name) >= 4 and unknown_word(name))


UNIT_OR_ROUTE = frozenset({"hr", "hrs", "min", "sec", "day", "wk", "mo", "yr", "kg", "dl", "ml", "mg", "mcg", "am",
                            "pm", "po", "iv", "im", "sc", "sq", "pr", "bid", "tid", "qid", "qd", "prn", "sl", "ng",
                            "og"})


def _typist_mark(text: str, m: re.Match) -> bool:
    """"JS/mk": the typist half is initials, not a unit or route ("UO/hr", "NS/iv") nor a longer word
    ("UO/hour"); capitals then lower case is the transcription convention, so a short clinical abbreviation
    in the typist's place ("ts") still counts."""
    typist = re.split(r"[/:]", m.group(1))[1]
    return typist not in UNIT_OR_ROUTE and not (len(typist) > 3 and sl.is_known_word(typist))


def _label_initials(text: str, m: re.Match) -> bool:
    """After a dictation label, 2-4 letters are initials unless they are a word, title or credential ("typed and
    crossed" has no label colon; "Dictated by: the resident" is prose; "Dictated by: Dr. Lee" names a doctor)."""
    parts = re.split(r"[/:]", m.group(1))
    if len(parts) > 1:
        return True
    w = parts[0]
    low = w.lower()
    if m.group(0).lstrip().lower().startswith("ref") and (low in sl.CLINICAL_TERMS or not w.isupper()):
        return False  # "ref: JS" (reference initials of a letter), not "ref: CBC"
    if low in STOP or ((low in TITLES or low in CREDENTIALS) and re.match(r"\.?[ \t]+[A-Za-z]", text[m.end(1):])):
        return False  # "Dictated by: Dr. Lee" names a doctor; "Transcribed by: MS" ending the line is initials
    return w.isupper() or len(w) <= 2 or not sl.is_common(low)


_STAMP_REST = re.compile(rf"(?:{_GAP}{_CTX})*[ \t.]*", I)


def _signoff_initials(text: str, m: re.Match) -> bool:
    """After a sign-off label, initials: capitals (or, after a label naming initials, any case) that are no
    stop word, clinical abbreviation or everyday word ("Signed DNR", "reviewed by ICU", "signed and dated").
    A colon label whose line ends with the value ("reviewed by: kl") takes a lower-case group no vocabulary
    knows, and in the note's sign-off two capitals even when they spell an abbreviation ("Signed: RT")."""
    w = m.group(1)
    parts = re.split(r"[/:]", w)
    label = m.group(0)[:m.start(1) - m.start()]
    if any(p.lower() in STOP or p.lower() in CREDENTIALS for p in parts):
        return False
    if re.search(r"(?:initials|transcription)[ \t]*[:\-]?[ \t]*$", label, I):
        return True  # the label says what follows is initials, even an abbreviation's or title's letters ("AP", "MS")
    if any(p.lower() in TITLES for p in parts):
        return False
    # the value ends its line, or only a stamp's date and time follow ("Electronically signed by: DP 6/6/18 10:42")
    line_end = text.find("\n", m.end(1))
    alone = ":" in label and bool(_STAMP_REST.fullmatch(text[m.end(1):line_end if line_end != -1 else len(text)]))
    if any(p.lower() in sl.CLINICAL_TERMS for p in parts):
        return alone and len(w) == 2 and w.isupper() and in_sign_off(text, m.start(), m.end())
    if len(parts) > 1:
        return True
    if w.isupper() and not sl.is_common(w.lower()):
        return True
    return alone and not known_group(w)


def _agent_initials(text: str, m: re.Match) -> bool:
    """Initials after "<past participle> by": the verb a dictionary verb's past ("grossed", "released"), a colon, a
    slash credential or the act's time after the initials, and the initials no word or abbreviation (`known_group`:
    "complicated by: DKA", "followed by: PT") unless both the colon and the credential vouch ("Grossed by: BS/PA"),
    in capitals where the line has case."""
    verb, colon, init, cred = m.group(1).lower(), m.group(2), m.group(3), m.group(4)
    stem = verb[:-2]
    if not any(sl.is_dictionary_word(s) for s in (stem, stem + "e", verb[:-1], stem[:-1])):
        return False
    if cred is not None and cred.lower() not in CREDENTIALS:
        return False
    # (no colon and no credential: the pattern saw the act's time or date after the initials, "by KM at 0412")
    if line_cased(text, m.start(3)) and not init.isupper():
        return False
    if colon is not None and cred is not None:  # a label and a credential: initials even where they spell a word
        return not never_initials(init.lower())
    return not known_group(init)


def _role_value(text: str, m: re.Match) -> bool:
    """A bench role's value ("Tech: JL", "GROSS: JL/ab"): a mark when not every group is a word or abbreviation, or
    when the trade's case convention (capitals, then small letters) vouches; one group when no word or abbreviation
    ("Tech: CT", "Scrub: no", "Tech: RN"); capitals where the line has case."""
    groups = [g for g in _SPLIT_MARK.split(m.group("mark")) if g]
    if any(never_initials(g.replace(".", "").lower()) for g in groups):
        return False
    cased = line_cased(text, m.start("mark"))
    if len(groups) > 1:  # every group known: the trade's convention still vouches ("GROSS: HD/ft": capitals/small)
        if cased and not groups[0].isupper():
            return False
        return not all(known_group(g) for g in groups) or (cased and groups[-1].islower() and not mostly_upper(text))
    init = groups[0]
    if cased and not init.isupper():
        return False
    return not known_group(init)


def _bracketed_reader(text: str, m: re.Match) -> bool:
    """"(per JL)": initials, in capitals where the line has case, no word or abbreviation ("(per CT)", "(per GI)")."""
    init = m.group(1)
    return not (line_cased(text, m.start(1)) and not init.isupper()) and not known_group(init)


def _caller_initials(text: str, m: re.Match) -> bool:
    """The letters closing a read-back line are the caller's initials: no stop word, unit, title or credential
    ("read back; RN"), no word of three letters or more ("read back, correct")."""
    low = m.group(1).replace(".", "").lower()
    return not never_initials(low) and not (len(low) > 2 and known_group(low)) and low not in ("ok", "no", "yes")


def never_initials(low: str) -> bool:
    """A lower-cased group that is never initials, whatever the label before it: a stop word, unit or route, title
    or credential ("D: 01/02/2010 am", "T: 5 ml", "Dictated by: Dr")."""
    return low in STOP or low in UNIT_OR_ROUTE or low in TITLES or low in CREDENTIALS


def known_group(group: str) -> bool:
    """A letter group of a mark that is a word or abbreviation of the note's language, not initials: a stop word,
    clinical abbreviation, credential, title, unit or route, protected clinical word, or (3+ letters) a medical
    word or an English word above the dictionary's rarest band ("PT", "OT", "hr", "pos", "neg")."""
    low = group.replace(".", "").lower()
    if never_initials(low) or low in sl.CLINICAL_TERMS or low in protect.protected_words():
        return True
    return len(low) >= 3 and sl.is_dictionary_word(low)


# A line of a note's sign-off: a stamp, copies, a job number, a signature label, or a name with a credential.
SIGN_OFF_LINE = re.compile(r"(?i)^[ \t]*(?:(?:d|t|dd|dt|td|tt)[ \t]*:|cc[ \t]*:|job\b|"
                            r"doc(?:ument)?[ \t]*(?:#|no\b|id\b)|(?:electronically[ \t]+)?signed\b|dictated\b|"
                            r"transcribed\b|_{4,}|"
                            r".*(?:,|\b)[ \t]*(?:m\.?d|d\.?o|r\.?n|n\.?p|pa-c|ph\.?d)\.?[ \t]*$)")


def in_sign_off(text: str, start: int, end: int, prose_ends: bool = True) -> bool:
    """Does text[start:end] sit in the note's sign-off: next to a stamp, copies, signature or job-number line (the
    line before it or the next non-blank one), or among the note's last three lines, which hold no prose unless
    `prose_ends` is False (in a note without case, prose and a sign-off look alike)? Marks are written there;
    elsewhere a weak shape needs more."""
    after = [x for x in text[end:].splitlines() if x.strip()]
    before = [x for x in text[max(0, start - 300):start].splitlines() if x.strip()][-1:]
    return any(SIGN_OFF_LINE.match(x) for x in before + after[:1]) or (
        len(after) <= 3 and not (prose_ends and any(PROSE_END.search(x) for x in after)))


_SPLIT_MARK = re.compile(r"[ \t]*[/:\\;\-][ \t]*")


def _reference_mark(text: str, m: re.Match) -> bool:
    """Is a reference line's mark author/typist initials? Not when every group is a known word or abbreviation
    ("PT/OT 1200", "CT/MRI 12/2010"). A stamp, job number or number glued on vouches for it anywhere; so does the
    trade's case convention (author in capitals, typist in lower case, joined by "/" or ":") in a note whose case
    carries information; any other shape counts in the note's sign-off only, and with no known group at all."""
    groups = [g for g in _SPLIT_MARK.split(m.group("mark")) if g]
    known = [known_group(g) for g in groups]
    if any(g.lower() in STOP and len(g) > 2 for g in groups):
        return False
    sep = m.group("mark")[len(groups[0]):].lstrip()[:1]
    if line_at(text, m.start("mark")).strip(" \t()[]<>") == m.group("mark") and _lone_mark(text, m, groups, sep):
        return True
    # a stamp, job number, glued number or copies line ("JS/ab  cc: KL") vouches for the mark
    strong = bool(m.group("num") or m.group("cc") or re.search(_STRONG_CTX, m.group("pre") + " " + m.group("post"), I))
    convention = sep in "/:" and groups[0].isupper() and groups[1].islower() and not mostly_upper(text)
    if all(known):
        return strong and convention  # "DP:ms  d&t: 07/19/13", never "PT/OT 1200"
    if strong or convention:
        return True
    return not any(known) and in_sign_off(text, m.start("mark"), m.end("mark"))  # the line's rest counts


def _lone_mark(text: str, m: re.Match, groups: list[str], sep: str) -> bool:
    """A line that holds only the mark. In a note with case, capitals before lower case ("RB/ms") are the convention,
    and capitals on both sides ("GAD/LG") a mark unless every group is a stop word or clinical abbreviation ("PT/OT",
    "GI/GU"), which counts only in the sign-off ("MG/VS" under "D:/T:"); lower case on both sides ("ks/rh") counts in
    the sign-off when no group is clinical. A colon or hyphen ("DC:CG", "RM-CR") counts only in the sign-off, a
    hyphen between abbreviations never ("PT-INR"); "TR: BP" is a label. Without case, only the sign-off counts,
    prose or not."""
    mixed = not mostly_upper(text)
    author, typist = groups[0], groups[1]
    if re.match(r"[A-Za-z]+:[ \t]", m.group("mark")):
        return False  # "TR: BP" is a label and its value (the label rules judge it), not a mark
    sign_off = in_sign_off(text, m.start("mark"), m.end("mark"), prose_ends=mixed)
    clinical = [g.lower() in STOP or g.lower() in sl.CLINICAL_TERMS for g in groups]
    if sep != "/" and not (sign_off and not (all(clinical) and sep == "-")
                           and author.lower() not in STOP and typist.lower() not in STOP):
        return False
    if mixed and author.isupper() and typist.islower():
        return True
    if mixed and not author.isupper():
        return sign_off and author.islower() and typist.islower() and not any(clinical)
    return sign_off if (all(clinical) or not mixed or author.lower() in STOP) else True


def _reference_cc(text: str, m: re.Match) -> bool:
    """Initials copied after a mark ("JS/ab  cc: RT, KL") are initials when the mark is."""
    copies = re.split(r"[ \t]*[,;&][ \t]*", m.group("cc"))
    return _reference_mark(text, m) and not any(g.lower() in STOP for g in copies)


def _stamped_initials(text: str, m: re.Match) -> bool:
    """One group of initials in a line with a dictation stamp or job number ("T: 06/18/2006 stf", "T: 06/04/13 ll"):
    the stamp says what the group is, so two letters may spell an abbreviation, but never a stop word, unit, route,
    title or credential ("D: 01/02/2010 am"), nor a word of three letters or more."""
    init = m.group("init")
    low = init.replace(".", "").lower()
    if never_initials(low) or (len(low) > 2 and known_group(init)):
        return False
    return bool(re.search(_STRONG_CTX, m.group("pre") + " " + m.group("post"), I))


def _labelled_pair(text: str, m: re.Match) -> bool:
    """Initials after a dictation label, in a line made only of such labels, stamps and job numbers, with two
    labelled initials or one beside a stamp ("T: ab  D: JS"; not "T: 98.6"), not every group a known abbreviation
    ("D: NS  T: LR")."""
    line = line_at(text, m.start())
    if not _LABELLED_LINE.fullmatch(line):
        return False
    items = list(_LABELLED_ITEM.finditer(line))
    if len(items) < 2 and not re.search(_STRONG_CTX, line, I):
        return False
    init, label = m.group("init"), m.group("label").lower()
    if never_initials(init.replace(".", "").lower()):
        return False
    known = [known_group(x.group("init")) for x in items]
    if all(known):
        return False
    # "D:"/"T:" are too common a label for an abbreviation after them to count ("D: NS  T: LR"); a dictation word
    # ("Dictated by:", "Transcriptionist:") beside them vouches for every value of the line
    if all(x.group("label").lower() in ("d", "t") for x in items):
        return not any(known)
    return len(items) >= 2 or not (label in ("d", "t") and known_group(init))


def _cc_initials(text: str, m: re.Match) -> bool:
    """"cc: JS, AB": initials as copies' addressees, not a chief complaint ("CC: SOB, CP"): capitals, not every group
    known, and in the sign-off, or written "cc:" in lower case (the letter convention) in a note with case."""
    groups = [g for g in re.split(r"[ \t]*[,;&][ \t]*", m.group(1)) if g]
    if all(known_group(g) for g in groups) or any(g.lower() in STOP for g in groups):
        return False
    mixed = not mostly_upper(text)
    if mixed and not all(g.isupper() for g in groups):
        return False
    label = m.group(0).lstrip()[:2]
    return (mixed and label == "cc") or in_sign_off(text, m.start(), m.end())


def _bracketed_initials(text: str, m: re.Match) -> bool:
    """"(JS)" alone on a line: capitals (any case in a note without case), no known word; a known one only in the
    sign-off."""
    init = m.group(1)
    if not init.isupper() and not mostly_upper(text):
        return False
    if init.lower() in STOP or init.lower() in CREDENTIALS:
        return False
    return not known_group(init) or in_sign_off(text, m.start(), m.end())




def _rule_initials(text: str, m: re.Match) -> bool:
    """"______ AB": initials written on a signature rule; not a credential, title or word ("______ MD", "____ date")."""
    low = m.group(1).replace(".", "").lower()
    return not (low in STOP or low in CREDENTIALS or low in TITLES or sl.is_common(low))


def _closing_initials(text: str, m: re.Match) -> bool:
    """Two or three capitals alone at a line end are initials when they close the note (at most one line after,
    no prose) or stand on their own line after a signature or sign-off line; never a known group ("PT", "RN")."""
    if known_group(m.group(1)):
        return False
    alone = not text[text.rfind("\n", 0, m.start(1)) + 1:m.start(1)].strip()
    before = text[max(0, m.start() - 200):m.start()].rstrip().splitlines()[-1:]
    after = [x for x in text[m.end():].splitlines() if x.strip()]
    signed = alone and bool(before) and bool(SIGN_OFF_LINE.match(before[0]))
    return (signed and len(after) <= 3) or (len(after) <= 1 and not any(PROSE_END.search(x) for x in after))

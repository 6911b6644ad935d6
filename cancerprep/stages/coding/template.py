"""Form and template layout in a note: check boxes and "Label: value" fields.

Why: intake, referral and tumour-board forms state a cancer by their layout, not their sentences. An item whose box is
left empty ("[ ] New cancer diagnosis") says nothing of the patient, however its label reads; and the fields of one
template block describe one tumour, so a "Site: rectum" line gives its organ to the "Histology: adenocarcinoma" line
below it. Both are read here from the text's layout, whatever the notation of the boxes ("[ ]", "[x]", "( )", "(X)",
"☐", "☑", "___", "_X_").
"""

from __future__ import annotations

import re

# a box ticked, and a box left empty, in the notations forms are printed or typed with. Each alternative starts with a
# character of `_BOX_START`; a box of underscores or an "X" must not follow a word (`unchecked_spans`)
_BOX = re.compile(r"(?P<ticked>\[[ \t]?[xX\u2713\u2714*v][ \t]?\]|\([ \t]?[xX\u2713\u2714*][ \t]?\)"
                  r"|[\u2611\u2612\u2705]|_*[xX]_+(?=[ \t]+[A-Za-z])|_+[xX](?=[ \t]+[A-Za-z]))"
                  r"|(?P<empty>\[[ \t]?\]|\([ \t]?\)|[\u2610\u25a1\u274f]|_{1,5}(?=[ \t]+[A-Za-z]))")
# the characters a box starts with: the scan looks for these alone, and tries `_BOX` where one stands (an alternation
# tried at every character of every note is many times slower)
_BOX_START = re.compile(r"[\[(\u2610\u2611\u2612\u25a1\u274f\u2705_xX]")
# answers of a yes/no question asked with boxes ("Prior cancer: [ ] Yes [x] No")
_YES = frozenset({"yes", "y", "present", "positive", "pos"})
_NO = frozenset({"no", "n", "none", "never", "denies", "absent", "negative", "neg", "unknown", "unk"})
_ANSWER = re.compile(r"[ \t]*([A-Za-z]+)[ \t]*$")
_LAST_WORD = re.compile(r"([A-Za-z]+)[ \t]*$")
_LINE = re.compile(r"[^\n]+")
_SENTENCE_END = re.compile(r"[.;](?=\s|$)")

# a field of a template giving where the tumour is ("Site: rectum", "Primary site: ...", "Tumor location: ...")
SITE_FIELD = re.compile(r"^[ \t]*(?:(?:primary|tumou?r|anatomic(?:al)?|disease|cancer|primary tumou?r)[ \t]+)?"
                        r"(?:site|location|organ|primary)[ \t]*:", re.I | re.M)
# any "Label: value" line (a label of one to four words opening its line)
_FIELD = re.compile(r"^[ \t]*[A-Za-z][A-Za-z()/&'-]*(?:[ \t]+[A-Za-z()/&'-]+){0,3}[ \t]*:[ \t]*\S", re.M)


def _blank(text: str, spans: list[tuple[int, int]]) -> str:
    """The text with each span replaced by spaces (same length: offsets hold)."""
    if not spans:
        return text
    out, last = [], 0
    for a, b in sorted(spans):
        if a < last:
            a = last
        out += [text[last:a], " " * max(0, b - a)]
        last = max(last, b)
    out.append(text[last:])
    return "".join(out)


def _item_end(text: str, start: int, end: int) -> int:
    """Where a box's item ends: at the next box or the line's end, or at a sentence's end before them ("( ) Yes
    (x) No. Reason for visit: ...")."""
    stop = _SENTENCE_END.search(text, start, end)
    return stop.start() if stop else end


def unchecked_spans(text: str) -> list[tuple[int, int]]:
    """Spans of the text that a form leaves unticked: an item after an empty box (to the next box or the line's end),
    and the label of a yes/no question whose ticked answer is no, or that has no answer ticked."""
    spans: list[tuple[int, int]] = []
    by_line: dict[int, list[re.Match[str]]] = {}
    last = 0
    for c in _BOX_START.finditer(text):  # one scan; only the lines holding a box are read further
        m = _BOX.match(text, c.start()) if c.start() >= last else None
        if m is None or (m.group(0)[0] in "_xX" and m.start() > 0
                         and (text[m.start() - 1].isalnum() or text[m.start() - 1] in "_]")):
            continue  # "snake_case", "3x_": no box
        last = m.end()
        by_line.setdefault(text.rfind("\n", 0, m.start()) + 1, []).append(m)
    for start, boxes in by_line.items():
        stop = text.find("\n", start)
        line = _LINE.match(text, start, len(text) if stop < 0 else stop)
        if line is None:
            continue
        # each box's item: the words from the box to the next box (or the line's end)
        items = [(m, m.end(), _item_end(text, m.end(), boxes[k + 1].start() if k + 1 < len(boxes) else line.end()))
                 for k, m in enumerate(boxes)]
        answers = [(m, _ANSWER.match(text, a, b)) for m, a, b in items]
        if all(ans is not None and ans.group(1).lower() in _YES | _NO for _m, ans in answers):
            # a question answered with boxes: its label is what the ticked answer says of it
            said = {ans.group(1).lower() in _YES for m, ans in answers if m.group("ticked") and ans is not None}
            if True not in said:
                spans.append((line.start(), boxes[0].start()))
            continue
        # ... boxes written after their answer words ("Yes [ ] No [x]"): the same question, read the other way
        words = [_LAST_WORD.search(text, boxes[k - 1].end() if k else line.start(), m.start())
                 for k, m in enumerate(boxes)]
        if all(w is not None and w.group(1).lower() in _YES | _NO for w in words):
            said = {w.group(1).lower() in _YES for m, w in zip(boxes, words, strict=True)
                    if m.group("ticked") and w is not None}
            if True not in said and words[0] is not None:
                spans.append((line.start(), words[0].start()))
            continue
        spans += [(m.start(), b) for m, _a, b in items if m.group("empty")]
    return spans


def blank_unchecked(text: str) -> str:
    """The text with what its forms leave unticked blanked (same length)."""
    return _blank(text, unchecked_spans(text))


def site_field(text: str, pos: int) -> bool:
    """The position lies in the value of a site field ("Site: rectum") of a template block: its line is a site field,
    and a line next to it is another field of the block ("Histology: adenocarcinoma"), so the block's fields describe
    one tumour."""
    lo = text.rfind("\n", 0, pos) + 1
    if SITE_FIELD.match(text, lo) is None or text.find(":", lo) > pos:
        return False
    hi = text.find("\n", pos)
    hi = len(text) if hi < 0 else hi
    prev_lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
    neighbours = [text[prev_lo:lo - 1]] if lo > 0 else []
    if hi < len(text):
        nxt = text.find("\n", hi + 1)
        neighbours.append(text[hi + 1:len(text) if nxt < 0 else nxt])
    return any(_FIELD.match(line) for line in neighbours)


# a field's value that answers its label in the negative ("Cancer history: none", "Prior malignancy: N/A")
_NEGATIVE_VALUE = re.compile(r"[ \t]*(?:none|no|negative|neg|denies|denied|absent|never|nil|n/a|not applicable)\b"
                             r"[ \t]*(?:known|reported|documented)?[ \t]*(?:[.;,]|$)", re.I | re.M)


def negative_field(text: str, start: int, end: int) -> bool:
    """The words start..end lie in the label of a "Label: value" line whose value is a negative answer: the label
    names what the form asks about, and the answer denies it ("Cancer history: none")."""
    lo = text.rfind("\n", 0, start) + 1
    colon = text.find(":", end)
    nl = text.find("\n", end)
    if colon < 0 or (0 <= nl < colon) or re.search(r"[.;:]", text[lo:start]) or re.search(r"[.;]", text[end:colon]):
        return False
    return _NEGATIVE_VALUE.match(text, colon + 1) is not None


# a template field naming the operation or the specimen ("Procedure: Lobectomy, right upper lobe", "Specimen: Rectum")
_PROCEDURE_FIELD = re.compile(r"[ \t]*(?:(?:surgical|operative)[ \t]+)?(?:procedure|specimens?(?:[ \t]+type)?"
                              r"|operation)[ \t]*:", re.I)
# a heading that ends its line ("SYNOPTIC REPORT, RECTUM:", "LUNG, RIGHT UPPER LOBE, LOBECTOMY:")
_HEADING = re.compile(r"[ \t]*[^:\n]{2,80}:[ \t]*$")


def _block_value(text: str, lo: int) -> int | None:
    """Where the line starting at `lo` names a checklist block's organ: the heading's start where it is a heading on
    a line of its own right above a field, the value's start where it is a procedure or specimen field beside
    another field; else None."""
    hi = text.find("\n", lo)
    hi = len(text) if hi < 0 else hi
    nxt_hi = text.find("\n", hi + 1) if hi < len(text) else -1
    nxt = text[hi + 1:len(text) if nxt_hi < 0 else nxt_hi] if hi < len(text) else ""
    if _HEADING.fullmatch(text, lo, hi) is not None:
        return lo if _FIELD.match(nxt) is not None else None
    # ... or a heading in capitals run in after a sentence of the line ("... no acute distress. BREAST, LEFT:")
    run_in = text.rfind(". ", lo, hi) + 2
    if run_in > lo + 1 and _HEADING.fullmatch(text, run_in, hi) is not None and text[run_in:hi].isupper():
        return run_in if _FIELD.match(nxt) is not None else None
    m = _PROCEDURE_FIELD.match(text, lo)
    if m is None:
        return None
    prev_lo = text.rfind("\n", 0, max(0, lo - 1)) + 1
    neighbours = [nxt] + ([text[prev_lo:lo - 1]] if lo > 0 else [])
    return m.end() if any(_FIELD.match(line) for line in neighbours) else None


def block_site(text: str, pos: int) -> bool:
    """The position lies in what names a checklist block's organ: its heading on a line of its own right above the
    block's fields ("SYNOPTIC REPORT, RECTUM:" over "Histologic type: Adenocarcinoma"), or the value of its procedure
    or specimen field ("Procedure: Lobectomy, right upper lobe") beside another field. A synoptic report gives the
    histology on a line of its own; the block's heading and procedure say the organ it was taken from."""
    start = _block_value(text, text.rfind("\n", 0, pos) + 1)
    return start is not None and start <= pos


def block_in(text: str, lo: int, hi: int) -> bool:
    """A line starting in text[lo:hi] is a checklist block's heading or procedure field (`block_site`): a section to
    read for its site words, although it names no disease. Every line, not only the section's first: a section opened
    by another heading ("ADDENDUM:", a note's first line) may hold the block's heading on a later line."""
    pos = lo
    while 0 <= pos < hi:
        if _block_value(text, pos) is not None:
            return True
        pos = text.find("\n", pos, hi)
        pos = pos + 1 if pos >= 0 else -1
    return False

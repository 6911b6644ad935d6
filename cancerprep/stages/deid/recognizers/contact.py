"""Contacts (i2b2 CONTACT): phones, pagers and extensions, e-mail, URLs, IP addresses."""

from __future__ import annotations

import functools
import ipaddress

import regex as re

from cancerprep import resources
from cancerprep.stages.deid.recognizers.base import CONTACT, Folded, Gated, I, RegexFolded, RegexRecognizer
from cancerprep.stages.deid.recognizers.context import UNIT_AFTER


def contact_recognizer() -> RegexRecognizer:
    """Phones, faxes, pagers, extensions, e-mails, URLs and IPs: formats, not vocabulary, identify them."""
    rules: list[RegexRecognizer.Rule] = [
        # (617) 555-1234, 617-555-1234, 617.555.1234, 617 555 1234, (240444-1243)
        (Gated(_TEN_DIGITS, re.compile(r"(?<![\d/.])\(?\d{3}\)?[\s.\-]{0,2}\d{3}[\s.\-]{0,2}\d{4}(?![\d/])")), 0, 0.9,
         _not_lab_series),
        # "Tel.617.555.1234", "FAX.(617) 555-1234": a number glued to its label's abbreviating dot (the rule above
        # refuses a dot before the digits, which also joins the parts of a decimal or a dotted code)
        (Gated(Folded(r"(?:tel|ph|phone|fax|cell|mobile|pager)\.\(?\d"), re.compile(
            r"(?i)\b(?:tel|ph|phone|fax|cell|mobile|pager)\.(\(?\d{3}\)?[\s.\-]{0,2}\d{3}[\s.\-]{0,2}\d{4})(?![\d/])")),
         1, 0.85, None),
        # 301 273 45166
        (Gated(_TEN_DIGITS, re.compile(r"(?<!\d)\d{3}\s\d{3}\s\d{4,5}(?!\d)")), 0, 0.7, None),
        # pager / beeper / ext / cell + 4-5 digits
        (Gated(Folded(r"(?:pager|pgr|pg|beeper|beep|page|ext|extension|x|cell|phone|tel|fax|ph|number|call|#)\.?\s*"
                      r"(?:number|no\.?|num|#)?\s*[:#]?\s*#?\s*\d{4}"),
               re.compile(r"\b(?:pager|pgr|pg|beeper|beep|page|ext|extension|x|cell|phone|tel|fax|ph|"
                          r"number|call|#)\.?\s*(?:number|no\.?|num|#)?\s*[:#]?\s*#?\s*(\d{4,5})(?!\d|\.\d)", I)),
         1, 0.85, _not_unit),
        # 684/508-9462: area code, slash, local number (a lab series is never 3/3-4 digits)
        (Gated(RegexFolded(r"[0-9]{3}/[0-9]{3}-[0-9]{4}"),
               re.compile(r"(?<![\d/.])(?:\+?1[\s.\-]?)?\d{3}/\d{3}-\d{4}(?![\d/])")), 0, 0.85, None),
        # 293-4061: a local number without area code, only after a phone cue on the same line
        (Gated(_LOCAL_NUMBER, re.compile(r"(?<![\d/.\-])\d{3}[-.]\d{4}(?![\d/]|[.,]\d)")), 0, 0.8, _after_phone_cue),
        # "Daughter 555-1234 (cell)", "555-1234 home": the phone label after the local number
        (Gated(_LOCAL_NUMBER, re.compile(
            r"(?<![\d/.\-])\d{3}[-.]\d{4}(?=[ \t]*\(?[ \t]*(?:cell|mobile|home|work|landline|office|"
            r"direct|desk|pager|fax|phone|voicemail|vm)\b)", I)), 0, 0.8, _not_unit),
        # "Call back number 5551234": seven digits run together, after a phone word proper ("call", "cell", "number")
        (Gated(RegexFolded(r"[0-9]{7}"), re.compile(r"(?<![\d/.\-])\d{7}(?![\d/]|[.,]\d)")), 0, 0.75,
         _after_phone_word),
        # "x12", "ext. 345" right after a phone number, or "call x123"
        (Gated(Folded(r"(?:x|ext\.?|extension)[ \t]*\d\d"),
               re.compile(r"(?=[xe])(?:(?<=\d{3}[-.\s/)]\d{4}[ \t]{0,2})|"
                          r"(?<=\b(?:call|page|paged|pager|phone|tel|at)[ \t]+))"
                          r"((?:x|ext\.?|extension)[ \t]*\d{2,5})\b", I)), 1, 0.8, None),
        (Gated(RegexFolded(r"@"), re.compile(r"[\w.+-]+@[\w-]+\.[\w.-]+")), 0, 0.95, None),
        (re.compile(r"\b(?:https?://|www\.)[^\s<>\"]+", I), 0, 0.95, None),
        (Gated(RegexFolded(r"[0-9]\.[0-9]{1,3}\.[0-9]{1,3}\.[0-9]"), re.compile(r"\b(?:\d{1,3}\.){3}\d{1,3}\b")),
         0, 0.6, _valid_ip),
        *network_rules(),
    ]
    return RegexRecognizer(CONTACT, "ContactRecognizer", rules)


# The digit groups every phone rule's match holds, as `RegexFolded` gates (a `regex` scan that skips along to the
# digits; on an ASCII note `[0-9]` and `\s` match what the rules' `\d` and `\s` match), each one object so that the
# rules sharing it search the note once: ten digits in groups of 3-3-4, and a local number's 3-4.
_TEN_DIGITS = RegexFolded(r"[0-9]{3}\)?[\s.\-]{0,2}[0-9]{3}[\s.\-]{0,2}[0-9]{4}")
_LOCAL_NUMBER = RegexFolded(r"[0-9]{3}[-.][0-9]{4}")


def network_rules() -> list[RegexRecognizer.Rule]:
    """IPv6 and MAC addresses, and web addresses written without a scheme ("site.org/patients/123")."""
    return [
        # IPv6 ("2001:db8:85a3::8a2e:370:7334", "fe80::1"): hex groups and colons, a "::" or all eight groups
        # (a first gate opening with a colon, two colons around at most four hex digits, fails most notes and costs a
        # twentieth of the second: a stdlib search opening with a literal skips ahead)
        (Gated(Folded(r":[0-9a-f]{0,4}:"), Gated(Folded(r"[0-9a-f]:[0-9a-f:]"), re.compile(
            r"(?<![\w:.])[0-9a-f]{0,4}(?::[0-9a-f]{0,4}){2,7}(?![\w:]|\.\w)", I))), 0, 0.85,
         _valid_ipv6),
        # a MAC address (a device identifier): six hex pairs joined by colons or hyphens, or three dotted quads
        (Gated(Folded(r"[:\-][0-9a-f]{2}[:\-][0-9a-f]{2}[:\-][0-9a-f]{2}[:\-]|\.[0-9a-f]{4}\."), re.compile(
            r"(?<![\w:\-.])(?:[0-9a-f]{2}([:\-])[0-9a-f]{2}(?:\1[0-9a-f]{2}){4}|"
            r"[0-9a-f]{4}\.[0-9a-f]{4}\.[0-9a-f]{4})(?![\w:\-]|\.\w)", I)), 0, 0.85, None),
        # a web address without scheme or "www": "site.org/patients/123", "mycarelink.net" (`_web_address`)
        # (the cheap first gate, opening with the dot, fails a fifth of the notes)
        (Gated(Folded(r"\.[a-z]{2}"), Gated(Folded(r"[a-z0-9]\.[a-z]{2}"), re.compile(
            r"(?<![\w@.\-/])((?:[a-z0-9](?:[a-z0-9\-]{0,61}[a-z0-9])?\.)+([a-z]{2,24}))(?![\w\-@]|\.\w)"
            r"(/[^\s<>\"()\[\]]*[^\s<>\"()\[\].,;:!?'])?", I))), 0, 0.8, _web_address),
    ]


# Phone labels as a class: the device or service ("phone", "cell", "landline", "pager", "fax"), the line ("direct
# line", "hotline", "desk", "office"), how it is used ("call", "text", "dial", "reach", "voicemail") and the field
# words ("number", "#", "contact").
_PHONE_CUE = re.compile(r"\b(?:phone|ph|tel|telephone|call|called|calling|reached|reach|fax|faxed|cell|mobile|pager|"
                        r"page|paged|beeper|home|work|contact|number|no|#|line|landline|hotline|direct|desk|office|"
                        r"text|texted|txt|dial|dialed|voicemail|vm|ext|extension)\b", I)


_PHONE_WORD = re.compile(r"\b(?:phone|tel|telephone|call|called|calling|reached|reach|fax|faxed|cell|mobile|pager|"
                         r"voicemail|voice[ \t]+mail|message|number)\b", I)


def phone_cue_before(text: str, start: int, whole_line: bool = False) -> bool:
    """Does a phone word ("call", "cell", "#") precede `start` on its line within 40 characters (with `whole_line`,
    also a phone word proper anywhere before it on the line, "Left a voicemail for her aunt, Ann, at ...", but not
    "no", "#", "home" or "work")? A local number without area code ("293-4061") is a phone only then: elsewhere the
    shape is as often a range of values ("voiding 575-1000")."""
    line_start = text.rfind("\n", 0, start) + 1
    return bool(_PHONE_CUE.search(text[max(line_start, start - 40):start])) or (
        whole_line and bool(_PHONE_WORD.search(text[line_start:start])))


def _after_phone_cue(text: str, m: re.Match) -> bool:
    """A bare 3-4 digit number is a phone only when a phone word precedes it on its line."""
    return phone_cue_before(text, m.start()) and _not_unit(text, m)


def _after_phone_word(text: str, m: re.Match) -> bool:
    """Seven digits run together are a phone only after a phone word proper within 25 characters on the line (no
    "#" or "no", after which a record number stands as often)."""
    line_start = text.rfind("\n", 0, m.start()) + 1
    return bool(_PHONE_WORD.search(text[max(line_start, m.start() - 25):m.start()])) and _not_unit(text, m)


def _not_unit(text: str, m: re.Match) -> bool:
    return not UNIT_AFTER.match(text, m.end())


def _not_lab_series(text: str, m: re.Match) -> bool:
    return "/" not in text[max(0, m.start() - 1):m.end() + 1] and _not_unit(text, m)


def _valid_ip(text: str, m: re.Match) -> bool:
    """Four octets of 0-255, not glued into a slash series of lab values ("ABG 7.36/48/80/7.45.34.7")."""
    if text[max(0, m.start() - 1):m.start()] == "/" or text[m.end():m.end() + 1] == "/":
        return False
    return all(int(p) <= 255 for p in m.group(0).split("."))


def _valid_ipv6(text: str, m: re.Match) -> bool:
    """A valid IPv6 address (eight groups, or one "::"), with a hex letter or a group of 3-4 digits: no clock time
    ("12:30:45") or ratio series."""
    value = m.group(0)
    try:
        ipaddress.IPv6Address(value)
    except ValueError:
        return False
    groups = value.split(":")
    return any(re.search(r"[a-f]", g, I) or len(g) >= 3 for g in groups) and len([g for g in groups if g]) >= 2


# Legacy generic TLDs, which a bare address ends in without a path ("mycarelink.net"); any other TLD only with a path
# ("clinic.health/portal/12"): two-letter country codes and the new word TLDs are also file extensions, units and
# words glued after a full stop ("3.mg", "report.py", "stable.Plan", "pt.care").
_LEGACY_TLDS = frozenset({"com", "org", "net", "edu", "gov", "mil", "int", "info", "biz"})
_FILE_TLDS = frozenset({"zip", "mov", "py", "sh", "pl", "md", "rs", "so", "ps", "cc", "am", "pm", "ml", "mg", "dl",
                        "kg", "cm", "mm", "hr", "pt", "st", "tv", "ai", "in", "is", "it", "at", "be", "me", "no", "us",
                        "do", "go", "to", "as", "by", "or", "an", "on", "id", "ms", "ct"})


@functools.cache
def top_level_domains() -> frozenset[str]:
    """The DNS root zone's TLDs (`cancerprep/data/deid/top_level_domains.txt`, from the Public Suffix List's ICANN
    section as pinned; see the file's header), lower case."""
    return frozenset(resources.data_lines("deid/top_level_domains.txt"))


def _web_address(text: str, m: re.Match) -> bool:
    """A host name that ends in a real TLD: a legacy one ("harmonycare.org"), or any other with a path after it
    ("pinehollowortho.ca/patients/12"); labels of letters and digits with a letter before the TLD, at least three
    characters in the label before it, no abbreviation with dots ("e.g.", "a.m.", "p.o.")."""
    host, tld = m.group(1), m.group(2).lower()
    if tld not in top_level_domains():
        return False
    labels = host.split(".")[:-1]
    if len(labels[-1]) < 3 or not re.search(r"[a-z]", labels[-1], I) or any(len(lb) == 1 for lb in labels):
        return False
    if tld in _LEGACY_TLDS:
        return True
    return m.group(3) is not None and len(m.group(3)) > 1 and tld not in _FILE_TLDS

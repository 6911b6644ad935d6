"""Attachment bytes -> note text: plain text, HTML, RTF and C-CDA XML, in the charset the sender declared.

FHIR puts note text in `Attachment`s (DocumentReference.content, DiagnosticReport.presentedForm), inline
as base64 or in a Binary resource, and sites send it as whatever their document system stores: plain
text, HTML, RTF or a C-CDA document. Each format is converted with a maintained parser (lxml for HTML
and XML, striprtf for RTF) rather than regexes, so markup, entities and RTF control words never reach
the note. Errors are `AttachmentError`s with a fixed message: the caller names the field, never the bytes.
"""

from __future__ import annotations

import base64
import binascii
import re
from collections.abc import Iterable

# contentType (without parameters) -> converter kind. text/xml and application/xml are C-CDA when
# they parse as an HL7 v3 ClinicalDocument, else generic XML (all text nodes).
CONTENT_TYPES: dict[str, str] = {
    "text/plain": "plain",
    "text/html": "html",
    "application/xhtml+xml": "html",
    "text/rtf": "rtf",
    "application/rtf": "rtf",
    "text/xml": "xml",
    "application/xml": "xml",
    "application/hl7-v3+xml": "xml",
    "application/cda+xml": "xml",
}
HL7_V3 = "urn:hl7-org:v3"
# Block elements after which a line break keeps paragraphs, list items and table rows apart.
_BLOCKS = frozenset({"p", "div", "br", "li", "tr", "h1", "h2", "h3", "h4", "h5", "h6", "table", "ul", "ol",
                     "section", "article", "pre", "blockquote", "title", "paragraph", "item", "list", "caption",
                     "text", "thead", "tbody", "dt", "dd"})
_CELLS = frozenset({"td", "th"})
_SKIP = frozenset({"script", "style", "head"})
_WS = re.compile(r"[ \t\r\f\v]+")
_BLANKS = re.compile(r"\n\s*\n\s*(?:\n\s*)+")


class AttachmentError(ValueError):
    """An attachment that cannot become text; `reason` is `malformed` or `encoding` (no content in it)."""

    def __init__(self, reason: str, message: str):
        super().__init__(message)
        self.reason = reason


def media_type(content_type: str | None) -> tuple[str, str | None]:
    """'text/plain; charset=ISO-8859-1' -> ('text/plain', 'ISO-8859-1'); a missing type is text/plain."""
    if not content_type or not str(content_type).strip():
        return "text/plain", None
    main, *params = str(content_type).split(";")
    charset = None
    for part in params:
        key, _, val = part.strip().partition("=")
        if key.strip().lower() == "charset" and val.strip():
            charset = val.strip().strip('"').strip("'")
    return main.strip().lower(), charset


def converter_for(content_type: str | None) -> str | None:
    """The converter kind for a contentType, or None when the reader cannot turn it into text (PDF, images)."""
    return CONTENT_TYPES.get(media_type(content_type)[0])


def decode_base64(data: str) -> bytes:
    """FHIR base64Binary: whitespace (line wrapping) is allowed and dropped before a strict decode."""
    compact = "".join(data.split())
    try:
        return base64.b64decode(compact, validate=True)
    except (binascii.Error, ValueError):
        raise AttachmentError("malformed", "attachment data is not valid base64") from None


def _decode(raw: bytes, charset: str | None) -> str:
    """Bytes -> str in the declared charset (default UTF-8; a UTF-8 BOM is dropped)."""
    name = charset or "utf-8"
    try:
        text = raw.decode(name)
    except LookupError:
        raise AttachmentError("encoding", "attachment charset is unknown") from None
    except UnicodeDecodeError:
        raise AttachmentError("encoding", "attachment bytes are not valid in its charset") from None
    return text.removeprefix("\ufeff")


def _tidy(chunks: Iterable[str]) -> str:
    """Joined text with runs of spaces collapsed within lines and at most one blank line between blocks."""
    lines = [_WS.sub(" ", line).strip() for line in "".join(chunks).split("\n")]
    return _BLANKS.sub("\n\n", "\n".join(lines)).strip()


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _walk(element: object, out: list[str]) -> None:
    """Text of an lxml tree in document order, with breaks after block elements and tabs between cells."""
    tag = _local(getattr(element, "tag", None))
    if tag in _SKIP:
        out.append(getattr(element, "tail", None) or "")
        return
    if tag and getattr(element, "text", None):
        out.append(element.text)  # type: ignore[attr-defined]
    for child in element:  # type: ignore[attr-defined]
        _walk(child, out)
    if tag in _BLOCKS:
        out.append("\n")
    elif tag in _CELLS:
        out.append("\t")
    if getattr(element, "tail", None):
        out.append(element.tail)  # type: ignore[attr-defined]


def html_to_text(markup: str) -> str:
    """HTML -> text: scripts and styles dropped, entities resolved, block elements on their own lines."""
    import lxml.html

    if not markup.strip():
        return ""
    try:
        root = lxml.html.document_fromstring(markup)
    except Exception:  # lxml raises ParserError/ValueError on markup it cannot recover
        raise AttachmentError("malformed", "attachment HTML cannot be parsed") from None
    body = root.find("body")
    out: list[str] = []
    _walk(body if body is not None else root, out)
    return _tidy(out)


def xml_to_text(raw: bytes) -> str:
    """XML bytes -> text. A C-CDA ClinicalDocument gives its title and each section's title and narrative
    `<text>`; other XML gives all its text. External entities and network access are never resolved."""
    from lxml import etree

    parser = etree.XMLParser(resolve_entities=False, no_network=True, load_dtd=False, huge_tree=False)
    try:
        root = etree.fromstring(raw, parser)
    except etree.XMLSyntaxError:
        raise AttachmentError("malformed", "attachment XML cannot be parsed") from None
    out: list[str] = []
    if root.tag == f"{{{HL7_V3}}}ClinicalDocument":
        ns = {"v3": HL7_V3}
        title = root.find("v3:title", ns)
        if title is not None:
            _walk(title, out)
        for section in root.iterfind(".//v3:section", ns):
            for child in ("v3:title", "v3:text"):
                node = section.find(child, ns)
                if node is not None:
                    _walk(node, out)
                    out.append("\n")
        # a nonXMLBody (scanned or unstructured C-CDA) carries its own attachment
        body = root.find("v3:component/v3:nonXMLBody/v3:text", ns)
        if body is not None:
            kind = converter_for(body.get("mediaType"))
            if body.get("representation", "").upper() == "B64":
                if kind is None or kind == "xml":
                    raise AttachmentError("malformed", "C-CDA nonXMLBody is not a text format")
                return to_text(decode_base64(body.text or ""), body.get("mediaType"))
            _walk(body, out)
    else:
        _walk(root, out)
    return _tidy(out)


def rtf_to_text(markup: str, encoding: str = "cp1252") -> str:
    """RTF -> text with striprtf (control words, groups and \\'xx escapes in `encoding` handled)."""
    from striprtf.striprtf import rtf_to_text as convert

    if not markup.lstrip().startswith("{\\rtf"):
        raise AttachmentError("malformed", "attachment is not RTF (no {\\rtf header)")
    try:
        return _tidy([convert(markup, encoding=encoding, errors="strict")])
    except (UnicodeError, ValueError, IndexError):
        raise AttachmentError("malformed", "attachment RTF cannot be converted") from None


def to_text(raw: bytes, content_type: str | None) -> str:
    """Attachment bytes -> note text by contentType; raises AttachmentError (unsupported type included)."""
    kind = converter_for(content_type)
    _, charset = media_type(content_type)
    if kind is None:
        raise AttachmentError("malformed", "attachment contentType is not a text format")
    if kind == "xml":
        if charset:  # the declared charset beats the XML declaration only when given
            raw = _decode(raw, charset).encode("utf-8")
            raw = re.sub(rb"^\s*<\?xml[^>]*\?>", b"", raw)
        return xml_to_text(raw)
    if kind == "rtf":
        # RTF is 7-bit text whose \\'xx escapes are bytes in a code page (cp1252 unless the charset says)
        return rtf_to_text(_decode(raw, "latin-1"), charset or "cp1252")
    text = _decode(raw, charset)
    return html_to_text(text) if kind == "html" else text

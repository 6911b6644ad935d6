"""CoNLL / IOB token-per-line files (token TAB ... TAB tag; blank line between sentences).

Accepts BIO (IOB2), IOB1 (I- may open an entity), IOBES and BILOU tag prefixes.
A sentence's text is its tokens joined by single spaces, so span offsets are
exact in that text. `-DOCSTART-` lines end a sentence and are not tokens.
"""

from __future__ import annotations

from pathlib import Path

from cancerprep.annotations.model import AnnotationUnit, Problem, ReadResult, Span
from cancerprep.errors import InputError

_BEGIN = {"B", "S", "U"}
_INSIDE = {"I", "E", "L"}
_SINGLE = {"S", "U"}
_END = {"E", "L"}


def _files(path: Path) -> list[Path]:
    if path.is_dir():
        files = sorted(p for p in path.iterdir() if p.suffix in {".tsv", ".conll", ".iob", ".txt", ".bio"})
        if not files:
            raise InputError("no .tsv/.conll/.iob/.bio/.txt files in directory", file=str(path))
        return files
    return [path]


def read(path: Path) -> ReadResult:
    """Read a CoNLL file or directory into one unit per sentence; span checks come later in `validate`."""
    units: list[AnnotationUnit] = []
    problems: list[Problem] = []
    for file in _files(path):
        _read_file(file, units, problems)
    return ReadResult(units, problems)


def _read_file(file: Path, units: list[AnnotationUnit], problems: list[Problem]) -> None:
    name = str(file)
    stem = file.stem
    tokens: list[tuple[str, str, int]] = []  # (token, tag, line)
    index = 0

    def flush() -> None:
        nonlocal index
        if tokens:
            units.append(_sentence(tokens, f"{stem}:{index}", name, problems))
            index += 1
            tokens.clear()

    try:
        handle = file.open(encoding="utf-8-sig")
    except OSError as exc:
        raise InputError(f"cannot open: {exc.strerror}", file=name) from None
    with handle:
        try:
            for lineno, raw in enumerate(handle, start=1):
                line = raw.rstrip("\r\n")
                if not line.strip():
                    flush()
                    continue
                if line.startswith("-DOCSTART-"):
                    flush()
                    continue
                cols = line.split("\t") if "\t" in line else line.split()
                if len(cols) < 2 or not cols[0]:
                    problems.append(Problem(name, lineno, "malformed_line", "skipped_line",
                                            f"expected 'token<TAB>tag', found {len(cols)} column(s)"))
                    continue
                tokens.append((cols[0], cols[-1].strip(), lineno))
        except UnicodeDecodeError:
            raise InputError("not valid UTF-8", file=name) from None
    flush()


def _sentence(
    tokens: list[tuple[str, str, int]], unit_id: str, file: str, problems: list[Problem]
) -> AnnotationUnit:
    text_parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    current: tuple[int, int, str, int] | None = None  # (start, end, label, line)

    def close() -> None:
        nonlocal current
        if current is not None:
            spans.append(Span(current[0], current[1], current[2], current[3]))
            current = None

    for token, tag, lineno in tokens:
        start = pos + (1 if text_parts else 0)
        text_parts.append(token)
        end = start + len(token)
        pos = end
        if tag == "O" or tag == "":
            close()
            continue
        prefix, sep, label = tag.partition("-")
        if not sep or prefix not in _BEGIN | _INSIDE or not label:
            problems.append(Problem(file, lineno, "invalid_tag", "treated_as_outside",
                                    f"tag {tag!r} is not O or PREFIX-LABEL with prefix B/I/E/S/L/U"))
            close()
            continue
        if prefix in _BEGIN:
            close()
            current = (start, end, label, lineno)
        elif current is not None and current[2] == label:
            current = (current[0], end, label, current[3])
        else:
            # I-/E- without an open entity of that label: IOB1 style or a broken sequence.
            close()
            problems.append(Problem(file, lineno, "ill_formed_tag_sequence", "started_entity",
                                    f"{prefix}-{label} without a preceding B-{label}; opened a new entity"))
            current = (start, end, label, lineno)
        if prefix in _SINGLE or prefix in _END:
            close()
    close()
    return AnnotationUnit(unit_id, " ".join(text_parts), spans, note_id=None, file=file,
                          line=tokens[0][2])

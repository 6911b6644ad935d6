"""The text the learned voter reads of a note (`voter_gate.excerpt`) and the way back to the note's offsets.

Why a module of its own: the voter (`recognizers.learned`) reads an `Excerpt`, and the gate that cuts it
(`voter_gate`) asks the voter's own shape checks where a place can stand; the class sits below both.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass


@dataclass(frozen=True)
class Excerpt:
    """The text the voter reads and where each of its pieces lies in the note: piece k is text[starts[k]:ends[k]]
    and note[note_starts[k]:note_starts[k] + ends[k] - starts[k]]; a line break the note does not have may follow it."""

    text: str
    starts: tuple[int, ...]
    ends: tuple[int, ...]
    note_starts: tuple[int, ...]

    def to_note(self, start: int, end: int) -> tuple[int, int] | None:
        """Note offsets of the excerpt's span [start, end); None when it runs past its piece (into a break the
        excerpt added, or another piece)."""
        k = bisect.bisect_right(self.starts, start) - 1
        if k < 0 or end > self.ends[k]:
            return None
        shift = self.note_starts[k] - self.starts[k]
        return start + shift, end + shift

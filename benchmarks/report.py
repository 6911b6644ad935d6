"""How a benchmark hands back its result: the JSON on stdout, a docs/benchmarks.md table when asked, and
the JSON file when asked (one place, so every benchmark's output reads the same)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any


def emit(result: Any, json_path: Path | None = None, markdown: str | None = None) -> None:
    """Print `result` as JSON (values JSON does not know as strings), then `markdown` if given; write the
    JSON to `json_path` (its folder made) if given."""
    text = json.dumps(result, indent=2, default=str)
    print(text)
    if markdown is not None:
        print(markdown)
    if json_path:
        json_path.parent.mkdir(parents=True, exist_ok=True)
        json_path.write_text(text + "\n")

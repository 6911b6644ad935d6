"""Rewrite or check the packaged table of compiled de-identification patterns (`cancerprep.stages.deid.compiled`).

    .venv/bin/python -m benchmarks.speed.compiled_patterns --write   # after recognisers change
    .venv/bin/python -m benchmarks.speed.compiled_patterns --check   # how many of an engine build's compiles it answers

The table only saves start-up time: a pattern missing from it (changed since it was written) is compiled as before.
Each step runs in a fresh process, since the table records what importing and building the engine compiles.
"""

from __future__ import annotations

import argparse
import subprocess
import sys

WRITE = ("from cancerprep.stages.deid import compiled; from cancerprep import resources;"
         "from benchmarks.speed.compiled_patterns import build_engine;"
         "path = str(resources.data(compiled.TABLE_FILE)); n = compiled.write_table(path, build_engine);"
         "print(f'wrote {path}: {n[0]} regex and {n[1]} re patterns')")
CHECK = ("from cancerprep.stages.deid import compiled; from cancerprep.stages.deid.engine import Deidentifier;"
         "Deidentifier(); t = compiled.table();"
         "print('no table (absent, switched off, or written under other versions)' if t is None else "
         "f'{t.hits} compiles answered by the table, {t.misses} compiled')")


def build_engine() -> None:
    """What a run compiles at start: the engine's modules imported and a default engine built (the recording's
    build, kept here so the engine's own modules never import one another in a cycle through `compiled`)."""
    import cancerprep.stages.deid.stage
    import cancerprep.stages.deid.surrogates  # noqa: F401
    from cancerprep.stages.deid.engine import Deidentifier

    Deidentifier()


def main(argv: list[str] | None = None) -> None:
    """`--write` then `--check`, each in a fresh interpreter."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--write", action="store_true", help="rewrite cancerprep/data/deid/compiled_patterns.bin")
    parser.add_argument("--check", action="store_true", help="build the engine with the table and count look-ups")
    args = parser.parse_args(argv)
    for wanted, code in ((args.write, WRITE), (args.check, CHECK)):
        if wanted:
            subprocess.run([sys.executable, "-c", code], check=True)


if __name__ == "__main__":
    main()

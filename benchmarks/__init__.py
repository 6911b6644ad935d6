"""Benchmarks: measured figures, never test assertions (results and commands in docs/benchmarks.md).

Run from the repository root as modules, e.g. `.venv/bin/python -m benchmarks.speed.scale --help`,
so `cancerprep` and the test helpers (`tests.paths`, `tests.pg_server`) import without path tricks.
"""

"""Speed: notes/s of readers, stages, exports and whole runs (docs/benchmarks.md)."""

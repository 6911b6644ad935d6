"""Memory: peak RSS of the streaming writers, the dedup plan and whole runs as the corpus grows (docs/benchmarks.md)."""

"""Quality: sorting/ICD accuracy, near-duplicate recall, spelling repair vs damage (docs/benchmarks.md)."""

"""I/O at the edges: the one table reader/writer, JSONL, and the streaming Parquet / HF DatasetDict sinks."""

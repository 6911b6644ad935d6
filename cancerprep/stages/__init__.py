"""Stages: plain transforms over batches of note records (de-identification, coding, spelling)."""

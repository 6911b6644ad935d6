"""Outputs: the files a run leaves for its users (exports, dataset card, report, manifest)."""

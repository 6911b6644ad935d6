"""The bundled synthetic export: a seeded generator of notes, codes, annotations and planted PHI with ground truth."""

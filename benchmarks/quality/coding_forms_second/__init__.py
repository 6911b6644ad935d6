"""A second family of coding forms, for `coding_forms_probe --set second`.

Why: the first family (`benchmarks/quality/coding_forms/`) was written before the coder was run, but the
probe's fixes were made looking at its misses, so its figures after the fixes are tuning-side. These 63
forms were written after the fixes, from general knowledge, and scored once without any change to the
rules after: a rough estimate of how the fixes hold. Their author had read the coder's rules by then,
so they are less independent than the first family. Same `Form` and labelling rules.
"""

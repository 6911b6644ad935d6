"""The sixth family of coding forms: whole MTSamples-style report sections by specialty, written blind.

See `forms.py` for the classes and labelling decisions; scored by
`python -m benchmarks.quality.coding_forms_probe --set sixth`.
"""

"""The recognizers package: shared modules stand alone, the registry gathers every recognizer."""

import ast
import importlib.resources

from cancerprep.stages.deid.recognizers.registry import build_recognizers, build_registry

SHARED = ("base", "words", "tokens", "context")


def _imports(module: str) -> set[str]:
    src = (importlib.resources.files("cancerprep.stages.deid.recognizers") / f"{module}.py").read_text()
    found = set()
    for node in ast.walk(ast.parse(src)):
        if isinstance(node, ast.ImportFrom) and node.module:
            found.add(node.module)
        elif isinstance(node, ast.Import):
            found.update(a.name for a in node.names)
    return found


def test_shared_modules_never_import_registry_or_recognizers():
    implementations = {"dates", "age", "contact", "ids", "address", "initials", "dictation", "names", "locations",
                       "profession", "registry"}
    for module in SHARED:
        inside = {m.rsplit(".", 1)[-1] for m in _imports(module) if m.startswith("cancerprep.stages.deid.recognizers")}
        assert not inside & implementations, module


def test_registry_holds_one_of_each_recognizer_in_a_fixed_order():
    names = [r.name for r in build_recognizers()]
    assert len(names) == len(set(names))
    assert {"ClinicalDateRecognizer", "AgeOver89Recognizer", "ContactRecognizer", "IdRecognizer",
            "AddressRecognizer", "InitialsSignatureRecognizer", "DictationMarkRecognizer",
            "ProfessionRecognizer", "EmployerRecognizer",
            "ClinicalNameRecognizer", "ClinicalLocationRecognizer"} <= set(names)
    got = [r.name for r in build_registry().get_recognizers(language="en", all_fields=True)]
    assert got == sorted(got)


def test_the_registry_answers_a_repeated_request_anew_once_its_recognizers_change():
    """The registry keeps its last answer (the engine asks the same once a note): a caller's changes to the list it
    got never reach the next caller, and a recognizer added since is selected."""
    from presidio_analyzer import PatternRecognizer

    registry = build_registry()
    first = registry.get_recognizers(language="en", entities=["DATE", "NAME"])
    first.clear()
    again = registry.get_recognizers(language="en", entities=["DATE", "NAME"])
    assert again and again == registry.get_recognizers(language="en", entities=["DATE", "NAME"])
    registry.add_recognizer(PatternRecognizer(supported_entity="DATE", name="AaaExtraDates", deny_list=["Xmas"]))
    assert [r.name for r in registry.get_recognizers(language="en", entities=["DATE", "NAME"])] == \
        ["AaaExtraDates", *(r.name for r in again)]

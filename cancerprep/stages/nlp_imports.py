"""Keep torch and transformers out of the data path: spaCy and Presidio without their optional backends.

thinc (under spaCy) imports torch whenever it is installed, and Presidio's NLP-engine package
imports transformers (then torch) for its transformer engine, although the de-identification and
coding pipelines (CNN spaCy models, rules) use neither. Both libraries treat the two as optional
(`try: import torch / except ImportError`). With the `train` extra installed this costs 2-4 s and
~400 MB per process, in every worker.

`install()` puts a finder first on `sys.meta_path` that answers "not installed" when one of the
*known optional importers* below imports torch or transformers from its module body; everyone else
(cancerprep's training code, `cancerllm`, a user's own script) imports them normally, and a process
that imported torch before spaCy gets thinc with torch as usual. `cancerprep/stages/__init__.py` calls it.
An upgraded library that adds an optional import elsewhere shows up in
`tests/stages/test_nlp_imports.py` (torch in sys.modules after the data path), not as a silent slowdown.
Set CANCERPREP_OPTIONAL_TORCH=1 to switch the finder off (e.g. a spaCy transformer pipeline).

A second finder (`WrappedLoaderFinder`) wraps two packages' loaders: Presidio's, to spare the same processes its
import-time re-compile of its own predefined patterns (validation only; restored once the package is imported) and
the import of its predefined recognizers themselves (a stand-in while the package imports; the real package on use),
and spaCy's, so its `__init__` does not import spaCy's command line (`spacy.cli`: every training, packaging and
download command, with requests, jinja2 and weasel, ~0.3 s a process) only to re-export `spacy.info`; `spacy.cli`
is imported when something asks for it. The same variable switches both off.
The same finder makes `tldextract` a lazy module (`importlib.util.LazyLoader`): Presidio's e-mail recognizer imports it
at module level for its `validate_result`, which de-identification never calls (that recognizer is not in its
registry), and importing it brings `requests`, `urllib3`, `idna` and `charset_normalizer` (~0.1 s a process). Its
first attribute use imports it as usual.
"""

from __future__ import annotations

import importlib.abc
import importlib.util
import os
import sys
from types import FrameType, ModuleType

BLOCKED = frozenset({"torch", "transformers"})
# Modules that import torch/transformers only optionally, at module level, inside try/except ImportError
# (their functions may still import them: e.g. Presidio's tokenizer-based chunker, when asked for).
OPTIONAL_IMPORTERS = (
    "thinc.compat",
    "presidio_analyzer.nlp_engine.huggingface_token_pipe",
    "presidio_analyzer.predefined_recognizers.ner.huggingface_ner_recognizer",
    "presidio_analyzer.chunkers.tokenizer_based_text_chunker",
)
# Modules whose functions probe for torch to pick a device, falling back to the CPU without it: Presidio
# probes once, when its nlp_engine package is imported (upstream's PRESIDIO_DEVICE variable also skips it).
DEVICE_PROBES = ("presidio_analyzer.nlp_engine.device_detector",)
OFF_ENV = "CANCERPREP_OPTIONAL_TORCH"


class OptionalBackendBlocker(importlib.abc.MetaPathFinder):
    """Reports torch/transformers as missing to the optional importers' module bodies and the device probes only."""

    def find_spec(self, fullname: str, path=None, target: ModuleType | None = None):
        """None (let the normal finders look) unless an optional importer asks for a blocked package."""
        if fullname.partition(".")[0] not in BLOCKED:
            return None
        importer = _importer(sys._getframe(1))
        module = importer.f_globals.get("__name__") if importer is not None else None
        if module in DEVICE_PROBES or (module in OPTIONAL_IMPORTERS and importer.f_code.co_name == "<module>"):
            raise ModuleNotFoundError(f"No module named {fullname!r} (optional backend not loaded by cancerprep)",
                                      name=fullname)
        return None


def _importer(frame: FrameType | None) -> FrameType | None:
    """The first frame outside the import machinery: the code whose `import` statement is running."""
    while frame is not None:
        name = frame.f_globals.get("__name__", "")
        if not (name.startswith("importlib") or name == __name__):
            return frame
        frame = frame.f_back
    return None


_BLOCKER = OptionalBackendBlocker()


class _WrappingLoader(importlib.abc.Loader):
    """A loader around a module's real loader: the real one makes the module; a subclass's `exec_module` runs
    it with what it changes around the run."""

    def __init__(self, loader: importlib.abc.Loader):
        self.loader = loader

    def create_module(self, spec):
        """The real loader's module."""
        return self.loader.create_module(spec)


class _TrustedBuiltinPatterns(_WrappingLoader):
    """Wraps the loaders of `presidio_analyzer` and `presidio_analyzer.pattern`: while the package imports,
    `Pattern` does not re-compile each of Presidio's own predefined patterns to validate it (~0.5 s per
    process, nearly all the URL recognizer's top-level-domain list: constants its upstream tests cover,
    compiled anyway when a recognizer runs). When the package import ends, validation is back, so every
    Pattern built afterwards (ours included) is checked as before."""

    def exec_module(self, module: ModuleType) -> None:
        """Run the module; after `pattern`, defer its validation; after the package, restore it. The package's
        own import meets `predefined_recognizers` as a stand-in (`_predefined_stand_in`)."""
        stand_in = _predefined_stand_in() if module.__name__ == PRESIDIO and PREDEFINED not in sys.modules else None
        if stand_in is not None:
            sys.modules[PREDEFINED] = stand_in
        try:
            self.loader.exec_module(module)
            if module.__name__ == PRESIDIO_PATTERN:
                pattern = module.Pattern
                _SAVED["validate"] = pattern.__dict__["_Pattern__validate_regex"]
                pattern._Pattern__validate_regex = staticmethod(_count_deferred)
        finally:
            if module.__name__ == PRESIDIO:
                _restore_validation()
            if stand_in is not None:
                if sys.modules.get(PREDEFINED) is stand_in:
                    del sys.modules[PREDEFINED]  # `import ...predefined_recognizers` imports the real package
                module.__dict__.setdefault("predefined_recognizers", stand_in)
                _predefined_before_lookup()


PRESIDIO, PRESIDIO_PATTERN = "presidio_analyzer", "presidio_analyzer.pattern"
PREDEFINED = "presidio_analyzer.predefined_recognizers"
# the names Presidio's package import takes from `predefined_recognizers`, and the subpackage that defines them
ENGINE_RECOGNIZERS = (PREDEFINED + ".nlp_engine_recognizers",
                      frozenset({"SpacyRecognizer", "StanzaRecognizer", "TransformersRecognizer"}))


def _predefined_stand_in() -> ModuleType:
    """A stand-in for Presidio's `predefined_recognizers` package while `presidio_analyzer` imports: its registry
    module takes three classes from it (`ENGINE_RECOGNIZERS`, read from their own subpackage), and the real
    package imports ~100 recognizers of other countries and `phonenumbers` (~0.085 CPU-s a process) that
    de-identification never builds (its registry is cancerprep's). Any other name, and any later `import` of the
    package, loads the real one (whose classes are the same objects)."""
    stand_in = ModuleType(PREDEFINED)
    spec = importlib.util.find_spec(PRESIDIO)
    stand_in.__path__ = [os.path.join(path, "predefined_recognizers") for path in spec.submodule_search_locations]
    module_name, names = ENGINE_RECOGNIZERS

    def on_use(name: str):
        if name in names and sys.modules.get(PREDEFINED) is stand_in:
            return getattr(importlib.import_module(module_name), name)
        if name.startswith("__"):
            raise AttributeError(name)
        if sys.modules.get(PREDEFINED) is stand_in:
            del sys.modules[PREDEFINED]
        return getattr(importlib.import_module(PREDEFINED), name)

    stand_in.__getattr__ = on_use
    return stand_in


def _predefined_before_lookup() -> None:
    """Presidio finds a recognizer named in a configuration (its default registry, a YAML file) among the loaded
    subclasses of `EntityRecognizer` (`RecognizerListLoader.get_all_existing_recognizers`): that look-up imports the
    real `predefined_recognizers` first, as the package import did before the stand-in."""
    loader = sys.modules.get("presidio_analyzer.recognizer_registry.recognizers_loader_utils")
    lister = getattr(getattr(loader, "RecognizerListLoader", None), "get_all_existing_recognizers", None)
    if lister is None or getattr(lister, "imports_predefined", False):
        return

    def with_predefined(cls=None):
        importlib.import_module(PREDEFINED)
        return lister(cls)

    with_predefined.imports_predefined = True
    loader.RecognizerListLoader.get_all_existing_recognizers = staticmethod(with_predefined)
_SAVED: dict[str, object] = {}
DEFERRED = {"patterns": 0}  # how many built-in patterns were not re-validated (tests read it)


def _count_deferred(pattern: str) -> None:
    DEFERRED["patterns"] += 1


def _restore_validation() -> None:
    validate = _SAVED.pop("validate", None)
    pattern = sys.modules.get(PRESIDIO_PATTERN)
    if validate is not None and pattern is not None:
        pattern.Pattern._Pattern__validate_regex = validate


class _SpacyWithoutCli(_WrappingLoader):
    """Wraps the loader of `spacy`: while its `__init__` runs, `spacy.cli` and `spacy.cli.info` are stand-ins whose
    only content is `info`, the one name the package takes from them. Once it has run, the stand-ins are gone:
    `import spacy.cli` (training, `spacy.cli.download`) imports the real package, `spacy.cli` as an attribute
    imports it on first use (`_cli_on_use`), and `spacy.info` calls the real `spacy.cli.info.info`."""

    def exec_module(self, module: ModuleType) -> None:
        """Run spaCy's `__init__` against the stand-ins, then take them out again."""
        stand_ins = {SPACY_CLI: ModuleType(SPACY_CLI), SPACY_CLI_INFO: ModuleType(SPACY_CLI_INFO)}
        stand_ins[SPACY_CLI].__path__ = []
        stand_ins[SPACY_CLI_INFO].info = _info
        stand_ins[SPACY_CLI].info = stand_ins[SPACY_CLI_INFO]
        if any(name in sys.modules for name in stand_ins):  # the real command line is loaded already
            self.loader.exec_module(module)
            return
        sys.modules.update(stand_ins)
        try:
            self.loader.exec_module(module)
        finally:
            for name, stand_in in stand_ins.items():
                if sys.modules.get(name) is stand_in:
                    del sys.modules[name]
            if module.__dict__.get("cli") is stand_ins[SPACY_CLI]:
                del module.cli
            module.__getattr__ = _cli_on_use


SPACY_CLI, SPACY_CLI_INFO = "spacy.cli", "spacy.cli.info"


def _info(*args, **kwargs):
    """`spacy.info` as spaCy defines it (`spacy.cli.info.info`), its command line imported when called."""
    from spacy.cli.info import info

    return info(*args, **kwargs)


def _cli_on_use(name: str) -> ModuleType:
    """`spacy.cli` imported on its first use as an attribute (as Presidio's `spacy.cli.download` uses it)."""
    if name == "cli":
        return importlib.import_module(SPACY_CLI)
    raise AttributeError(f"module 'spacy' has no attribute {name!r}")


class WrappedLoaderFinder(importlib.abc.MetaPathFinder):
    """Finds the packages of `WRAPPERS` as usual, with their wrapping loader around the real one."""

    def find_spec(self, fullname: str, path=None, target: ModuleType | None = None):
        """The normal spec, loader wrapped, for a module of `WRAPPERS`; None for everything else."""
        wrapper = WRAPPERS.get(fullname)
        if wrapper is None:
            return None
        import importlib.machinery

        spec = importlib.machinery.PathFinder.find_spec(fullname, path)
        if spec is not None and spec.loader is not None:
            spec.loader = wrapper(spec.loader)
        return spec


LAZY = ("tldextract",)
WRAPPERS: dict[str, type[importlib.abc.Loader]] = {
    PRESIDIO: _TrustedBuiltinPatterns, PRESIDIO_PATTERN: _TrustedBuiltinPatterns, "spacy": _SpacyWithoutCli,
    **dict.fromkeys(LAZY, importlib.util.LazyLoader)}
_WRAPPED_FINDER = WrappedLoaderFinder()


def install() -> None:
    """Put the finders first on sys.meta_path (once; a no-op when CANCERPREP_OPTIONAL_TORCH=1)."""
    if os.environ.get(OFF_ENV, "") not in ("", "0") or _BLOCKER in sys.meta_path:
        return
    sys.meta_path.insert(0, _WRAPPED_FINDER)
    sys.meta_path.insert(0, _BLOCKER)


def uninstall() -> None:
    """Remove the finders (tests; already-imported modules keep what they saw)."""
    for finder in (_BLOCKER, _WRAPPED_FINDER):
        while finder in sys.meta_path:
            sys.meta_path.remove(finder)


def enable_hf_ner(module: ModuleType) -> None:
    """Give Presidio's HuggingFaceNerRecognizer module the transformers pipeline and torch it was
    told were missing: the `hf_model` option really needs them (imported here, from cancerprep)."""
    import torch
    from transformers import pipeline

    if getattr(module, "hf_pipeline", None) is None:
        module.hf_pipeline = pipeline
    if getattr(module, "torch", None) is None:
        module.torch = torch

"""De-identification: Presidio with clinical recognizers, consistent surrogates, fail closed.

Public helpers for other modules (e.g. phenotype annotations, whose spans must
stay aligned with de-identified text): `deidentify_text` and `remap_offsets`.
Imports are lazy so `import cancerprep.stages.deid` stays cheap.
"""

from __future__ import annotations

from typing import Any

from cancerprep.stages.deid import compiled as _compiled

_compiled.install()  # the engine's patterns built from the packaged table, not compiled at every start (`compiled`)

__all__ = ["Deidentifier", "deidentify_text", "remap_offsets"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from cancerprep.stages.deid import engine

        return getattr(engine, name)
    raise AttributeError(name)

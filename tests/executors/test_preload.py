"""Pool workers start with the stages' libraries imported: the fork server imports `Stage.preload` once."""

from __future__ import annotations

import sys

from cancerprep.executors.local import preload_modules
from cancerprep.stages.coding.stages import IcdStage, SortStage
from cancerprep.stages.deid.stage import DeidStage
from tests.fresh import fresh_python


def loaded_in_worker(name: str) -> bool:
    """Run inside a pool worker: is `name` imported before anything in the worker asked for it?"""
    return name in sys.modules


def test_preload_lists_ours_then_each_stage_library_once() -> None:
    names = preload_modules([SortStage(), IcdStage(), DeidStage()])
    assert names[0] == "__main__" and "cancerprep.executors.local" in names
    assert {"simple_icd_10_cm", "medspacy", "presidio_analyzer", "spacy"} <= set(names)
    assert len(names) == len(set(names))
    assert "simple_icd_10_cm" not in preload_modules([DeidStage()])  # only what the chain's stages need


def test_a_pool_worker_has_the_coding_libraries_before_its_first_task() -> None:
    """In a fresh interpreter (the fork server starts once per process): the worker already holds
    simple_icd_10_cm, which only the sort stage's setup imports, and not a library no stage asked for."""
    script = (
        "from concurrent.futures import ProcessPoolExecutor\n"
        "from cancerprep.executors.local import _mp_context\n"
        "from cancerprep.stages.coding.stages import SortStage\n"
        "from tests.executors.test_preload import loaded_in_worker\n"
        "if __name__ == '__main__':\n"
        "    with ProcessPoolExecutor(1, mp_context=_mp_context([SortStage()])) as pool:\n"
        "        print(pool.submit(loaded_in_worker, 'simple_icd_10_cm').result(),\n"
        "              pool.submit(loaded_in_worker, 'bm25s').result())\n")
    done = fresh_python(script)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.split() == ["True", "False"]

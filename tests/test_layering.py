"""The package's import graph: no cycle between modules, imports run down the layers, a short top level.

Every `import` in cancerprep/ is read with `ast` (function-local and TYPE_CHECKING imports too: a
lazy import is still a dependency), resolved to the most specific cancerprep module it names.
"""

from __future__ import annotations

import ast
from collections.abc import Iterable
from pathlib import Path

import cancerprep

PACKAGE = Path(cancerprep.__file__).resolve().parent

# Layers, lowest first; a module may import its own layer and the ones below. Why this order:
# 0  vocabulary every part shares: errors, record specs, data files, progress, quarantine rows, the
#    pair renderings, the site key (pure functions of the key) and the collector settings of a process;
# 1  file formats with no pipeline knowledge: table/Parquet/HF writers, annotation readers;
# 2  the steps: readers (input edge), stages and tasks (pure functions over record batches);
# 3  the parts of a run, each on its own (see APART): executors (where stage chains run), ingest
#    (normalize), assembly (dedup, split, task assembly), the synthetic sample; and the registry,
#    the table of stage and task implementations;
# 4  what describes a run: the recipe (checked against the registry, inputs as reader specs) and
#    the outputs (exports, card, report, manifest of what assembly produced for a recipe);
# 5  wiring: the runner and the file-level commands;
# 6  the CLI, the outermost edge.
LAYERS: dict[str, int] = {
    "cancerprep": 0, "errors": 0, "records": 0, "resources": 0, "progress": 0, "quarantine": 0, "formats": 0,
    "sitekey": 0, "collector": 0,
    "io": 1, "annotations": 1,
    "readers": 2, "stages": 2, "tasks": 2,
    "executors": 3, "ingest": 3, "assembly": 3, "sample": 3, "registry": 3,
    "recipe": 4, "outputs": 4,
    "runner": 5, "commands": 5,
    "cli": 6,
}
# Parts that must not import each other although the layers allow it: the runner wires them. An
# executor runs any chain and knows nothing of what the run builds; assembly gets a map function,
# never an executor (so signing runs wherever the stages run); the outputs describe what was
# written and need neither the executor nor the normalizer.
PARTS = ("executors", "ingest", "assembly", "sample")
APART: frozenset[tuple[str, str]] = frozenset(
    {(a, b) for a in PARTS for b in PARTS if a != b} | {("outputs", "executors"), ("outputs", "ingest")})
MAX_UPWARD = 2  # issue 12: at most 2 imports that run back up the layers (or cross APART)
MAX_TOP_LEVEL = 15  # issue 12: at most 15 modules directly under cancerprep/


def module_name(path: Path) -> str:
    parts = ["cancerprep", *path.relative_to(PACKAGE).with_suffix("").parts]
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def modules() -> dict[str, Path]:
    return {module_name(p): p for p in sorted(PACKAGE.rglob("*.py")) if "schemas" not in p.parts}


def imported(path: Path, name: str, known: Iterable[str]) -> set[str]:
    """cancerprep modules that `path` (module `name`) imports, each resolved to the longest known prefix."""
    known = set(known)
    is_package = path.name == "__init__.py"
    targets: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        candidates: list[str] = []
        if isinstance(node, ast.Import):
            candidates = [alias.name for alias in node.names]
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                anchor = name.split(".") if is_package else name.split(".")[:-1]
                anchor = anchor[:len(anchor) - (node.level - 1)]
                base = ".".join([*anchor, *([base] if base else [])])
            # `from a.b import c`: the submodule a.b.c when it is one, else (a name in) a.b
            candidates = [f"{base}.{alias.name}" if f"{base}.{alias.name}" in known else base
                          for alias in node.names]
        for cand in candidates:
            parts = cand.split(".")
            while parts and ".".join(parts) not in known:
                parts.pop()
            if parts:
                targets.add(".".join(parts))
    targets.discard(name)
    return targets


def import_graph() -> dict[str, set[str]]:
    mods = modules()
    return {name: imported(path, name, mods) for name, path in mods.items()}


def cycles(graph: dict[str, set[str]]) -> list[list[str]]:
    """Strongly connected components with more than one module (Tarjan, iterative)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    counter = 0
    for root in sorted(graph):
        if root in index:
            continue
        work = [(root, iter(sorted(graph.get(root, ()))))]
        index[root] = low[root] = counter
        counter += 1
        stack.append(root)
        on_stack.add(root)
        while work:
            node, children = work[-1]
            child = next(children, None)
            if child is not None:
                if child not in index:
                    index[child] = low[child] = counter
                    counter += 1
                    stack.append(child)
                    on_stack.add(child)
                    work.append((child, iter(sorted(graph.get(child, ())))))
                elif child in on_stack:
                    low[node] = min(low[node], index[child])
                continue
            work.pop()
            if work:
                low[work[-1][0]] = min(low[work[-1][0]], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def layer(module: str) -> int:
    return LAYERS[package(module)]


def package(module: str) -> str:
    parts = module.split(".")
    return parts[1] if len(parts) > 1 else parts[0]


def upward(graph: dict[str, set[str]]) -> list[tuple[str, str]]:
    """Imports from a lower layer to a higher one, and between parts kept APART."""
    return sorted((a, b) for a, targets in graph.items() for b in targets
                  if layer(b) > layer(a) or (package(a), package(b)) in APART)


def test_every_module_has_a_layer() -> None:
    unplaced = sorted({m.split(".")[1] for m in modules() if "." in m} - set(LAYERS))
    assert not unplaced, f"add these to LAYERS (with the reason): {unplaced}"


def test_the_import_graph_is_read() -> None:
    """The checks below are not vacuous: the graph has the edges everyone knows of."""
    graph = import_graph()
    assert "cancerprep.runner" in graph["cancerprep.cli"]  # a function-local import
    assert "cancerprep.assembly.dedup.stream" in graph["cancerprep.runner"]
    assert "cancerprep.executors.base" in graph["cancerprep.executors.local"]
    assert sum(len(t) for t in graph.values()) > 150


def test_no_import_cycle_between_modules() -> None:
    assert cycles(import_graph()) == []


def test_a_cycle_would_be_found() -> None:
    graph = import_graph()
    graph["cancerprep.errors"] = {*graph["cancerprep.errors"], "cancerprep.cli"}  # errors -> cli -> ... -> errors
    assert any("cancerprep.errors" in c and "cancerprep.cli" in c for c in cycles(graph))
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [["a", "b", "c"]]


def test_imports_run_down_the_layers() -> None:
    up = upward(import_graph())
    assert len(up) <= MAX_UPWARD, "\n".join(f"{a} (layer {layer(a)}) -> {b} (layer {layer(b)})" for a, b in up)


def test_the_top_level_stays_short() -> None:
    top = sorted(p.stem for p in PACKAGE.glob("*.py") if p.name != "__init__.py")
    assert len(top) <= MAX_TOP_LEVEL, top


def test_an_upward_import_would_be_counted() -> None:
    graph = import_graph()
    graph["cancerprep.stages.base"] = {*graph["cancerprep.stages.base"], "cancerprep.executors.local"}
    assert ("cancerprep.stages.base", "cancerprep.executors.local") in upward(graph)
    graph["cancerprep.assembly.dedup.stream"] = {"cancerprep.executors.local"}  # dedup running its own pool
    assert ("cancerprep.assembly.dedup.stream", "cancerprep.executors.local") in upward(graph)

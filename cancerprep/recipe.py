"""Recipes: load a YAML recipe, validate it, and resolve its paths.

Validation is by JSON Schema (schemas/recipe.schema.json, plus one schema per
stage and task), so the rules are documented in one place and an unknown or
misspelt key fails with its full path (e.g. `stages[0].deid.mdoe`).
"""

from __future__ import annotations

import json
import os
import re
from dataclasses import dataclass, field
from functools import cache
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from cancerprep import resources
from cancerprep.errors import RecipeError
from cancerprep.readers.base import InputSpec


@cache
def load_schema(relative: str) -> dict[str, Any] | None:
    """A JSON Schema from schemas/, or None when that file does not exist."""
    path = resources.schema(relative)
    if not path.is_file():
        return None
    return json.loads(path.read_text())


def _path_str(parts: list[Any]) -> str:
    out = ""
    for p in parts:
        out += f"[{p}]" if isinstance(p, int) else (f".{p}" if out else str(p))
    return out or "<root>"


def validate(instance: Any, schema: dict[str, Any], where: str, prefix: list[Any] | None = None) -> None:
    """Raise RecipeError naming the key path of the first (deepest-path) schema violation."""
    validator = jsonschema.Draft202012Validator(schema)
    errors = sorted(validator.iter_errors(instance), key=lambda e: (len(e.absolute_path), str(e.absolute_path)))
    if not errors:
        return
    err = errors[-1]
    path = list(prefix or []) + list(err.absolute_path)
    if err.validator == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        keys = ", ".join(_path_str([*path, k]) for k in extra)
        raise RecipeError(f"{where}: unknown key {keys}")
    if err.validator == "required":
        raise RecipeError(f"{where}: {_path_str(path)}: {err.message}")
    raise RecipeError(f"{where}: {_path_str(path)}: {err.message}")


_ENV = re.compile(r"\$\{([A-Za-z_][A-Za-z0-9_]*)\}")


def _expand_env(value: str, where: str) -> str:
    def sub(m: re.Match[str]) -> str:
        if m.group(1) not in os.environ:
            raise RecipeError(f"{where}: environment variable {m.group(1)} is not set")
        return os.environ[m.group(1)]

    return _ENV.sub(sub, value)


@dataclass
class Recipe:
    """A validated recipe with paths resolved against the recipe's directory."""

    path: Path
    name: str
    raw: dict[str, Any]
    inputs: list[InputSpec]
    stages: list[tuple[str, dict[str, Any]]]
    tasks: dict[str, dict[str, Any]]
    seed: int = 0
    key_file: Path | None = None
    key_env: str = "CANCERPREP_DEID_KEY"
    normalize: dict[str, Any] = field(default_factory=dict)
    split: dict[str, Any] = field(default_factory=dict)
    outputs: dict[str, Any] = field(default_factory=dict)

    @property
    def dir(self) -> Path:
        """The recipe's folder: relative paths in a recipe are read from here, not the working directory."""
        return self.path.parent

    def resolve(self, value: str | Path) -> Path:
        """A recipe path made absolute against `dir`, so the recipe runs the same from any working directory."""
        p = Path(value)
        return p if p.is_absolute() else (self.dir / p)

    def section(self, name: str) -> Any:
        """A raw top-level block (None when absent), for optional sections that have no typed field."""
        return self.raw.get(name)


def load_recipe(path: str | Path) -> Recipe:
    """Read, validate and resolve a recipe file."""
    path = Path(path)
    where = f"recipe {path}"
    if not path.is_file():
        raise RecipeError(f"{where}: file not found")
    try:
        raw = yaml.safe_load(path.read_text(encoding="utf-8"))
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        line = f" at line {mark.line + 1}" if mark else ""
        raise RecipeError(f"{where}: not valid YAML{line}") from None
    if not isinstance(raw, dict):
        raise RecipeError(f"{where}: the top level must be a mapping")
    schema = load_schema("recipe.schema.json")
    assert schema is not None, "schemas/recipe.schema.json is missing from the installation"
    validate(raw, schema, where)

    from cancerprep.registry import STAGES, TASKS

    stages: list[tuple[str, dict[str, Any]]] = []
    for i, item in enumerate(raw.get("stages") or []):
        (name, options), = item.items()
        options = options or {}
        if name not in STAGES:
            raise RecipeError(f"{where}: stages[{i}]: unknown stage {name!r}; known: {', '.join(sorted(STAGES))}")
        stage_schema = load_schema(f"stages/{name}.schema.json")
        if stage_schema is not None:
            validate(options, stage_schema, where, ["stages", i, name])
        stages.append((name, options))
    tasks: dict[str, dict[str, Any]] = {}
    for name, options in (raw.get("tasks") or {}).items():
        options = options or {}
        if name not in TASKS:
            raise RecipeError(f"{where}: tasks.{name}: unknown task; known: {', '.join(sorted(TASKS))}")
        task_schema = load_schema(f"tasks/{name}.schema.json")
        if task_schema is not None:
            validate(options, task_schema, where, ["tasks", name])
        tasks[name] = options

    recipe = Recipe(path=path, name=raw["name"], raw=raw, inputs=[], stages=stages, tasks=tasks,
                    seed=raw.get("seed", 0), normalize=raw.get("normalize", {}),
                    split=raw.get("split", {}), outputs=raw.get("outputs", {}))
    if raw.get("key_file"):
        recipe.key_file = recipe.resolve(_expand_env(raw["key_file"], where))
    if raw.get("key_env"):
        recipe.key_env = raw["key_env"]
    for item in raw["inputs"]:
        options = {k: v for k, v in item.items() if k not in ("kind", "path", "url", "format", "columns")}
        if "vocabulary" in options:  # a database URL like `url`: ${VAR} expanded, relative SQLite paths resolved
            options["vocabulary"] = _resolve_url(_expand_env(options["vocabulary"], where), recipe)
        recipe.inputs.append(InputSpec(
            kind=item["kind"],
            path=recipe.resolve(_expand_env(item["path"], where)) if "path" in item else None,
            url=_resolve_url(_expand_env(item["url"], where), recipe) if "url" in item else None,
            format=item.get("format"),
            columns=item.get("columns", {}),
            options=options,
        ))
    return recipe


def _resolve_url(url: str, recipe: Recipe) -> str:
    """Make a relative SQLite path relative to the recipe, like every other path in it."""
    prefix = "sqlite:///"
    if url.startswith(prefix) and not url.startswith(prefix + "/") and url != prefix + ":memory:":
        return prefix + str(recipe.resolve(url[len(prefix):]))
    return url

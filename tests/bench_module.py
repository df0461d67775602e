"""Load a script of ``bench/`` as a module, for the tests of the benchmarks' data builders."""

from __future__ import annotations

import importlib.util
from pathlib import Path
from types import ModuleType


def load_bench(name: str) -> ModuleType:
    """The module of ``bench/<name>.py`` (bench/ is not a package: its scripts run on their own)."""
    path = Path(__file__).resolve().parents[1] / "bench" / f"{name}.py"
    spec = importlib.util.spec_from_file_location(name, path)
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod

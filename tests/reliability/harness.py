"""Shared by the reliability tests: the benchmarks/faults harnesses, loaded as modules."""

from __future__ import annotations

import importlib.util
import sys
from pathlib import Path
from types import ModuleType

FAULTS = Path(__file__).resolve().parents[2] / "benchmarks" / "faults"


def load_harness(name: str) -> ModuleType:
    """benchmarks/faults/<name>.py as a module (the short test runs the long run's own code)."""
    if name in sys.modules:
        return sys.modules[name]
    spec = importlib.util.spec_from_file_location(name, FAULTS / f"{name}.py")
    assert spec is not None and spec.loader is not None
    module = importlib.util.module_from_spec(spec)
    sys.modules[name] = module  # dataclasses look their module up there
    spec.loader.exec_module(module)
    return module

"""The linter and the type checker, run by the suite so a developer's ``pytest`` checks what CI does.

Their configuration is in pyproject.toml (``[tool.ruff]``, ``[tool.mypy]``); both come with the
test dependencies (``pip install '.[test]'``). ``# noqa`` and ``# type: ignore`` comments are
checked too: one that no longer suppresses anything is reported (``RUF100``,
``warn_unused_ignores``).
"""

from __future__ import annotations

import importlib.util
import subprocess
import sys

import pytest

from tests.conftest import ROOT


def run_tool(module: str, *args: str) -> subprocess.CompletedProcess[str]:
    if importlib.util.find_spec(module) is None:
        pytest.fail(f"{module} is not installed: python3 -m pip install '.[test]'")
    return subprocess.run([sys.executable, "-m", module, *args], cwd=ROOT, capture_output=True, text=True, timeout=600)


def test_ruff_finds_nothing() -> None:
    result = run_tool("ruff", "check", "--no-cache", "--output-format", "concise", "drafter", "tests", "bench")
    assert result.returncode == 0, result.stdout + result.stderr


def test_mypy_finds_nothing() -> None:
    result = run_tool("mypy")  # the files and settings are in pyproject.toml
    assert result.returncode == 0, result.stdout + result.stderr

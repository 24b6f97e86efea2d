"""An installed drafter finds its built-in templates from any folder; the wheel ships them."""

from __future__ import annotations

import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT


def test_the_wheel_ships_the_templates(tmp_path: Path) -> None:
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(tmp_path)],
        check=True,
    )
    wheel = next(tmp_path.glob("drafter-*.whl"))
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {name.removeprefix("drafter/templates/") for name in names if name.startswith("drafter/templates/")}
    in_source = {str(p.relative_to(ROOT / "templates")) for p in (ROOT / "templates").rglob("*") if p.is_file()}
    assert in_source and shipped == in_source
    assert "drafter/fonts/gongwen-fonts.conf" in names  # the PDF export's font substitutions


def test_installed_drafter_builds_from_any_folder(tmp_path: Path) -> None:
    """Run the installed package (not this checkout) in an unrelated folder."""
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx"],
        cwd=tmp_path,
        capture_output=True,
        text=True,
    )
    assert result.returncode == 0, result.stderr
    assert (tmp_path / "out.docx").stat().st_size > 10_000


def test_console_script_is_installed(tmp_path: Path) -> None:
    script = shutil.which("drafter")
    if script is None:
        pytest.fail("drafter is not on PATH: install it as README.md says (pip install .)")
    result = subprocess.run([script, "--version"], cwd=tmp_path, capture_output=True, text=True)
    assert result.returncode == 0 and result.stdout.startswith("drafter ")

"""An installed drafter finds its built-in templates from any folder; the wheel ships them."""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
import zipfile
from pathlib import Path

import docx
import pytest

from tests.conftest import EXAMPLES, ROOT


@pytest.fixture(scope="module")
def wheel(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("wheel")
    subprocess.run(
        [sys.executable, "-m", "pip", "wheel", str(ROOT), "--no-deps", "--no-build-isolation", "-q", "-w", str(folder)],
        check=True,
    )
    return next(folder.glob("drafter-*.whl"))


def test_the_wheel_ships_the_templates(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {name.removeprefix("drafter/templates/") for name in names if name.startswith("drafter/templates/")}
    in_source = {str(p.relative_to(ROOT / "templates")) for p in (ROOT / "templates").rglob("*") if p.is_file()}
    assert in_source and shipped == in_source
    assert "drafter/fonts/gongwen-fonts.conf" in names  # the PDF export's font substitutions


def test_the_wheel_ships_the_examples(wheel: Path) -> None:
    names = set(zipfile.ZipFile(wheel).namelist())
    shipped = {name.removeprefix("drafter/examples/") for name in names if name.startswith("drafter/examples/")}
    assert shipped == {p.name for p in EXAMPLES.glob("*.json")}


def help_examples(help_text: str) -> list[list[str]]:
    """The commands the help's closing example shows, one per indented ``drafter …`` line."""
    lines = help_text.split("例（", 1)[1].splitlines()
    return [re.split(r"\s{2,}", line.strip())[0].split()[1:] for line in lines if line.startswith("  drafter ")]


def test_the_example_that_ends_the_help_works_in_an_empty_folder_after_installing(wheel: Path, tmp_path: Path) -> None:
    """Installed from the wheel, run where there is nothing: every command the help shows succeeds
    and the last one leaves the Word document."""
    target = tmp_path / "installed"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile", "-q", "--target", str(target), str(wheel)],
        check=True,
    )
    empty = tmp_path / "empty"
    empty.mkdir()
    env = {**os.environ, "PYTHONPATH": str(target), "PYTHONIOENCODING": "utf-8", "COLUMNS": "80"}

    def drafter(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run([sys.executable, "-m", "drafter", *args], cwd=empty, env=env, capture_output=True, encoding="utf-8")

    shown = drafter("--help")
    commands = help_examples(shown.stdout)
    assert [command[0] for command in commands] == ["example", "build"], shown.stdout
    for command in commands:
        result = drafter(*command)
        assert result.returncode == 0, (command, result.stderr)
    (document,) = empty.glob("*.docx")
    assert document.name == "天津市东丽区2024年教育工作总结.docx"
    text = "\n".join(p.text for p in docx.Document(str(document)).paragraphs)
    assert "天津市东丽区教育局" in text and "2024年" in text


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


def test_the_installed_wheel_prints_the_template_guide(wheel: Path, tmp_path: Path) -> None:
    """The guide the template messages point to is there without the source folder."""
    target = tmp_path / "installed"
    subprocess.run(
        [sys.executable, "-m", "pip", "install", "--no-deps", "--no-compile", "-q", "--target", str(target), str(wheel)],
        check=True,
    )
    result = subprocess.run(
        [sys.executable, "-m", "drafter", "templates", "guide"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target), "PYTHONIOENCODING": "utf-8"},
        capture_output=True,
        encoding="utf-8",
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout == (ROOT / "docs" / "templates.md").read_text(encoding="utf-8")
    listing = subprocess.run(
        [sys.executable, "-c", "import drafter; print(drafter.__file__)"],
        cwd=tmp_path,
        env={**os.environ, "PYTHONPATH": str(target)},
        capture_output=True,
        text=True,
    )
    assert listing.stdout.startswith(str(target))  # the installed copy ran, not this checkout


def test_templates_guide_saves_the_guide(run_cli, tmp_path: Path) -> None:
    code, out, _ = run_cli("templates", "guide", "-o", "模板说明.md")
    assert code == 0 and "已生成" in out
    text = (tmp_path / "模板说明.md").read_text(encoding="utf-8")
    assert text.startswith("# 模板编写说明") and "|fig" in text
    code, out, _ = run_cli("templates", "list")
    assert "drafter templates guide" in out

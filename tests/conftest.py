"""Shared helpers: build documents the way a user does and open them as a reader would."""

from __future__ import annotations

import copy
import json
import os
from pathlib import Path
from typing import Any, Callable

import docx
import pytest
from hypothesis import HealthCheck, settings

from drafter.cli import main

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"

#: Property tests check what holds, not how fast: a loaded machine must not fail them (timings
#: live in bench/). In CI (``CI`` set) the examples are derandomized, so a failure repeats on the
#: next run; elsewhere each run explores afresh. ``HYPOTHESIS_PROFILE`` chooses either by name.
settings.register_profile("drafter", deadline=None, suppress_health_check=[HealthCheck.too_slow])
settings.register_profile("ci", parent=settings.get_profile("drafter"), derandomize=True, print_blob=True)
settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE") or ("ci" if os.environ.get("CI") else "drafter"))

MINIMAL_META = {
    "region": "天津市",
    "district": "东丽区",
    "organ": "天津市东丽区教育局",
    "year": 2024,
    "date": "2024-12-31",
}


@pytest.fixture(autouse=True, scope="session")
def _cache_folder(tmp_path_factory: pytest.TempPathFactory):
    """Compiled templates go to a folder of the test run, not the user's cache folder."""
    patch = pytest.MonkeyPatch()
    patch.setenv("XDG_CACHE_HOME", str(tmp_path_factory.mktemp("cache")))
    yield
    patch.undo()


def example(name: str) -> dict[str, Any]:
    return json.loads((EXAMPLES / name).read_text(encoding="utf-8"))


def document_text(document: docx.document.Document) -> str:
    return "\n".join(p.text for p in document.paragraphs)


@pytest.fixture
def run_cli(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch, tmp_path: Path):
    """Run ``drafter …`` in-process in ``tmp_path``; return (exit code, stdout, stderr)."""

    def run(*args: str) -> tuple[int, str, str]:
        monkeypatch.chdir(tmp_path)
        code = main(list(args))
        out, err = capsys.readouterr()
        return code, out, err

    return run


@pytest.fixture
def build(tmp_path: Path, run_cli: Callable[..., tuple[int, str, str]]):
    """Write ``data`` to a JSON file, run ``drafter build`` on it and open the .docx."""

    def build_document(data: dict[str, Any], *extra: str) -> docx.document.Document:
        source = tmp_path / "data.json"
        source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        target = tmp_path / "out.docx"
        code, _, err = run_cli("build", str(source), "-o", str(target), "--force", *extra)
        assert code == 0, err
        return docx.Document(str(target))

    return build_document


@pytest.fixture
def report_data() -> Callable[..., dict[str, Any]]:
    """A minimal valid report with the given sections merged in."""

    def make(**sections: Any) -> dict[str, Any]:
        data: dict[str, Any] = {"meta": copy.deepcopy(MINIMAL_META)}
        data.update(copy.deepcopy(sections))
        return data

    return make

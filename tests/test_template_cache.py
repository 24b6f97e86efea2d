"""Compiled templates kept in the user's cache folder: used when they match, never a reason to fail."""

from __future__ import annotations

from pathlib import Path

import jinja2
import pytest
from jinja2.bccache import bc_magic

from drafter.compose.sandbox import environment, template_cache
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.sandbox.template_set import builtin_root
from tests.conftest import EXAMPLES

EXAMPLE = EXAMPLES / "dongli-2024.json"


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch):
    """A cache folder of this test; environments made afresh, as in a new ``drafter`` process."""
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "user-cache"))
    environment.make_environment.cache_clear()
    yield tmp_path / "user-cache" / "drafter" / "templates"
    environment.make_environment.cache_clear()


def preview(run_cli, *extra: str) -> str:
    """``drafter build --format md`` in a new process's state: what the templates wrote."""
    environment.make_environment.cache_clear()
    code, out, err = run_cli("build", str(EXAMPLE), "--format", "md", *extra)
    # nothing is said but the two notes of the check, true of the example (no 存在问题, no 下一步)
    assert code == 0 and err.count("注意：") == 2 and "没有写存在问题" in err and "没有写下一步工作" in err, err
    return out


def test_a_second_run_reads_the_compiled_templates(run_cli, cache: Path) -> None:
    first = preview(run_cli)
    stored = {path: path.stat().st_ino for path in cache.glob("*.j2c")}
    assert len(stored) >= 8  # every section template of the summary
    assert preview(run_cli) == first
    assert {path: path.stat().st_ino for path in cache.glob("*.j2c")} == stored  # read, not written again


def test_damaged_cache_files_are_compiled_again(run_cli, cache: Path) -> None:
    first = preview(run_cli)
    damages = [
        lambda data: data[: len(data) // 2],  # cut short
        lambda data: bc_magic + b"\x80\x02not a checksum",  # right header, garbage after it
        lambda data: b"not a compiled template",
    ]
    for index, path in enumerate(sorted(cache.glob("*.j2c"))):
        path.write_bytes(damages[index % 3](path.read_bytes()))
    assert preview(run_cli) == first
    assert preview(run_cli) == first  # and the damaged files were replaced


def test_a_cache_folder_that_cannot_be_made_changes_nothing(run_cli, cache: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    blocked = tmp_path / "a-file"
    blocked.write_text("", encoding="utf-8")
    monkeypatch.setenv("XDG_CACHE_HOME", str(blocked))  # the cache folder would have to be inside a file
    first = preview(run_cli)
    assert preview(run_cli) == first
    assert blocked.read_text(encoding="utf-8") == ""


def test_an_edited_template_is_compiled_again(run_cli, cache: Path, tmp_path: Path) -> None:
    templates = tmp_path / "我区模板"
    assert run_cli("templates", "export", "summary", str(templates))[0] == 0
    assert "本区党建工作特色鲜明" not in preview(run_cli, "--templates", str(templates))
    party = templates / "party.j2"
    party.write_text(party.read_text(encoding="utf-8") + "\n本区党建工作特色鲜明{{ '' }}。\n", encoding="utf-8")
    assert "本区党建工作特色鲜明" in preview(run_cli, "--templates", str(templates))


def test_the_key_covers_drafter_and_jinja2_versions(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Compiled code from another version is never run: it is stored under another key."""
    store = template_cache.TemplateCache(tmp_path)
    env = environment.make_environment(builtin_root() / "summary", NumberWriter())

    def key() -> str:
        return store.get_bucket(env, "party.j2", "/x/party.j2", "source").key

    keys = [key()]
    monkeypatch.setattr(template_cache, "__version__", "99.0.0")
    keys.append(key())
    monkeypatch.setattr(jinja2, "__version__", "99.0.0")
    keys.append(key())
    assert len(set(keys)) == 3

"""Every command as it prints on a clerk's console: any encoding, a reader that stops early,
help that fits an 80-column window, one consistent usage message."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from drafter.cli import main
from drafter.console import columns, wrap
from tests.conftest import EXAMPLES, MINIMAL_META

COMMANDS = [[], ["build"], ["schema"], ["ask"], ["templates"], ["templates", "list"], ["templates", "export"], ["example"]]


def drafter(*args: str, env: dict[str, str] | None = None, cwd: Path | None = None) -> subprocess.CompletedProcess[bytes]:
    """The installed command in a fresh process, its output as raw bytes (decoded by each test as
    the console would)."""
    return subprocess.run(
        [sys.executable, "-m", "drafter", *args],
        env={**os.environ, **(env or {})}, cwd=cwd, capture_output=True, timeout=120,
    )


# -- help ---------------------------------------------------------------------------------------
@pytest.mark.parametrize("command", COMMANDS, ids=lambda c: " ".join(c) or "drafter")
def test_help_fits_80_columns_with_full_width_colons(
    command: list[str], capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("COLUMNS", "200")  # a wide window still gets lines a clerk can read
    with pytest.raises(SystemExit) as exit_:
        main([*command, "--help"])
    assert exit_.value.code == 0
    help_text = capsys.readouterr().out
    too_wide = [line for line in help_text.splitlines() if columns(line) > 80]
    assert too_wide == []
    assert "选项：" in help_text and "选项:" not in help_text and "参数:" not in help_text
    assert help_text.startswith(f"用法：drafter {' '.join(command)}".rstrip())


def test_help_follows_a_narrow_window(capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("COLUMNS", "60")
    with pytest.raises(SystemExit):
        main(["build", "--help"])
    lines = capsys.readouterr().out.splitlines()
    assert max(columns(line) for line in lines) <= 60
    assert "  --pdf" in "\n".join(lines)


def test_help_text_is_wrapped_by_display_width_and_chinese_line_breaking_rules() -> None:
    assert columns("参数：ab") == 8
    lines = wrap("页码位置：outside＝单页居右、双页居左，各空一字（GB/T 9704，默认）；center＝每页居中", 24)
    assert all(columns(line) <= 24 for line in lines)
    assert not any(line[0] in "，。、；：）" or line[-1] in "（“" for line in lines)
    assert "".join(lines).replace(" ", "") == "页码位置：outside＝单页居右、双页居左，各空一字（GB/T9704，默认）；center＝每页居中"
    assert any("GB/T 9704" in line for line in lines)  # a standard's number stays with its name


# -- usage ----------------------------------------------------------------------------------------
def test_a_bare_drafter_shows_the_help(run_cli) -> None:
    code, out, err = run_cli()
    assert code == 0 and err == ""
    assert out.startswith("用法：drafter") and "build" in out and "ask" in out


@pytest.mark.parametrize(
    ("args", "usage", "message"),
    [
        (["build", "x.json", "--bogus"], "用法：drafter build ", "错误：不认识的参数：--bogus"),
        (["templates", "export", "summary", "x", "--bogus"], "用法：drafter templates export ", "不认识的参数：--bogus"),
        (["templates"], "用法：drafter templates ", "缺少必需的参数：操作"),
        (["build", "x.json", "--pdf", "--format", "md"], "用法：drafter build ", "--pdf 只能和 Word 文档一起生成"),
        (["--bogus"], "用法：drafter [", "不认识的参数：--bogus"),
    ],
    ids=["build", "templates export", "templates", "pdf and md", "drafter"],
)
def test_wrong_usage_shows_the_usage_of_the_command_typed(
    args: list[str], usage: str, message: str, capsys: pytest.CaptureFixture[str]
) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(args)
    assert exit_.value.code == 2
    out, err = capsys.readouterr()
    assert out == ""
    assert err.startswith(usage) and message in err


# -- console encodings ------------------------------------------------------------------------------
def test_a_console_without_chinese_gets_utf8_and_no_traceback(tmp_path: Path) -> None:
    ascii_console = {"PYTHONUTF8": "0", "LC_ALL": "C", "LANG": "C", "PYTHONIOENCODING": ""}
    shown = drafter("build", "--help", env=ascii_console)
    assert shown.returncode == 0, shown.stderr
    assert "用法：drafter build" in shown.stdout.decode("utf-8")
    missing = drafter("build", "nothing.json", env=ascii_console, cwd=tmp_path)
    assert missing.returncode == 1
    message = missing.stderr.decode("utf-8")
    assert "错误：nothing.json：找不到这个文件" in message
    assert "\\u" not in message and "Traceback" not in message


def test_a_gbk_console_reads_every_message(tmp_path: Path) -> None:
    """A Windows console, or output redirected to a file with ``>`` there, is GBK (cp936)."""
    data = {"meta": {**MINIMAL_META, "year": "明年"}}
    (tmp_path / "bad.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    result = drafter("build", "bad.json", env={"PYTHONIOENCODING": "gbk"}, cwd=tmp_path)
    assert result.returncode == 1
    message = result.stderr.decode("gbk")  # it decodes: every character is one GBK has
    assert "报告信息 > 年度（meta.year）" in message and "应填写整数" in message  # › is not in GBK
    assert "\\u" not in message and "Traceback" not in message
    shown = drafter("build", "--help", env={"PYTHONIOENCODING": "gbk"})
    assert shown.returncode == 0 and "用法：drafter build" in shown.stdout.decode("gbk")


# -- a reader that stops early -----------------------------------------------------------------------
@pytest.mark.parametrize(
    "args", [["schema"], ["build", str(EXAMPLES / "sample-county.json"), "--format", "md"]], ids=["schema", "md"],
)
def test_a_closed_pipe_ends_quietly(args: list[str]) -> None:
    """``drafter schema | head -1``: the reader leaves before drafter has written everything."""
    process = subprocess.Popen(
        [sys.executable, "-m", "drafter", *args], stdout=subprocess.PIPE, stderr=subprocess.PIPE
    )
    assert process.stdout is not None and process.stderr is not None
    process.stdout.close()  # before drafter has written anything
    error = process.stderr.read().decode("utf-8")
    assert process.wait(timeout=120) == 0
    assert error == ""

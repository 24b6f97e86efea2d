"""drafter build --pdf when LibreOffice is missing, fails or hangs: a Chinese message, exit 1 and
no file left behind; and the font substitutions shipped in the package."""

from __future__ import annotations

import shutil
import stat
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from drafter.errors import DrafterError
from drafter.pdf import FONT_SUBSTITUTIONS, convert_to_pdf, describe_fonts, PdfResult
from drafter.writers.word.layout import Fonts
from tests.conftest import EXAMPLES


def fake_soffice(folder: Path, body: str) -> Path:
    script = folder / "soffice"
    script.write_text(f"#!/bin/sh\n{body}\n", encoding="utf-8")
    script.chmod(script.stat().st_mode | stat.S_IEXEC)
    return script


def test_missing_libreoffice_names_how_to_install_it(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_SOFFICE", str(tmp_path / "nowhere" / "soffice"))
    code, _, err = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx", "--pdf")
    assert code == 1
    assert "没有找到 LibreOffice" in err and "apt install libreoffice-writer" in err
    assert not list(tmp_path.glob("out.*"))


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_a_failing_conversion_leaves_no_files(run_cli, tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_SOFFICE", str(fake_soffice(tmp_path, "echo 'Error: source file could not be loaded' >&2; exit 1")))
    code, _, err = run_cli("build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx", "--pdf")
    assert code == 1 and "转换 PDF 失败" in err and "could not be loaded" in err
    assert not list(tmp_path.glob("out.*"))
    assert not list(tmp_path.glob(".out*"))  # no temporary files either


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_a_conversion_that_writes_nothing_is_an_error(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_SOFFICE", str(fake_soffice(tmp_path, "exit 0")))
    with pytest.raises(DrafterError, match="没有生成 PDF"):
        convert_to_pdf(b"not really a docx")


@pytest.mark.skipif(shutil.which("sh") is None, reason="needs a POSIX shell")
def test_a_hanging_conversion_is_stopped(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("DRAFTER_SOFFICE", str(fake_soffice(tmp_path, "sleep 30")))
    with pytest.raises(DrafterError, match="超过 1 秒仍未完成"):
        convert_to_pdf(b"docx", timeout=1)


def test_pdf_goes_with_word_output_only(capsys) -> None:
    from drafter.cli import main

    with pytest.raises(SystemExit) as exit_info:
        main(["build", str(EXAMPLES / "dongli-2024.json"), "--format", "md", "--pdf"])
    assert exit_info.value.code == 2
    assert "--pdf 只能和 Word 文档一起生成" in capsys.readouterr().err


def test_font_substitutions_ship_in_the_package_for_every_requested_font() -> None:
    assert FONT_SUBSTITUTIONS.is_file()
    root = ET.parse(FONT_SUBSTITUTIONS).getroot()
    mapped = {match.find("test/string").text for match in root.iter("match")}
    assert set(Fonts().requested()) <= mapped
    for match in root.iter("match"):
        edit = match.find("edit")
        assert edit.get("binding") == "strong" and len(edit.findall("string")) >= 3


@pytest.mark.skipif(shutil.which("fc-match") is None, reason="needs fontconfig's fc-match")
def test_fangsong_stands_in_with_a_serif_font(tmp_path: Path) -> None:
    from drafter.pdf import _environment

    env = _environment(tmp_path)
    used = subprocess.run(["fc-match", "-f", "%{family}", "仿宋_GB2312"], env=env, capture_output=True, check=True)
    family = used.stdout.decode().split(",")[0]
    installed = subprocess.run(["fc-list", ":", "family"], capture_output=True, check=True).stdout.decode()
    if "Noto Serif CJK SC" not in installed and "仿宋" not in installed:
        pytest.skip("no serif CJK font installed")
    assert "Sans" not in family and "Hei" not in family


def test_substitutions_are_reported_in_chinese() -> None:
    result = PdfResult(b"%PDF", substitutions=[("仿宋_GB2312", "Noto Serif CJK SC")], embedded=["NotoSerifCJKsc-Regular"])
    lines = describe_fonts(result)
    assert "仿宋_GB2312 → Noto Serif CJK SC" in lines[0]
    assert lines[-1] == "PDF 内嵌字体：NotoSerifCJKsc-Regular"

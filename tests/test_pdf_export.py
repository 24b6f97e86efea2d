"""drafter build --pdf when LibreOffice is missing, fails or hangs: a Chinese message, exit 1 and
no file left behind; and the font substitutions shipped in the package."""

from __future__ import annotations

import os
import shutil
import signal
import stat
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from drafter.errors import DrafterError
from drafter.pdf import FONT_SUBSTITUTIONS, convert_to_pdf, describe_fonts, PdfResult, remove_stale_work_folders
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


def running(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie waiting for a parent that does not reap it counts as ended)."""
    stat_file = Path(f"/proc/{pid}/stat")
    if stat_file.parent.parent.is_dir():
        return stat_file.exists() and stat_file.read_text().rsplit(")", 1)[-1].split()[0] != "Z"
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    return True


#: A bound on waiting for something that happens in well under a second; it only keeps a broken
#: run from hanging. The waits return as soon as what they wait for has happened.
SAFETY_BOUND_S = 120


def wait_for(condition, what: str, seconds: float = SAFETY_BOUND_S, unless=None) -> None:
    """Wait until ``condition()``; fail at once when ``unless()`` says it cannot come any more."""
    deadline = time.monotonic() + seconds
    while not condition():
        assert unless is None or not unless(), what
        assert time.monotonic() < deadline, what
        time.sleep(0.05)


def dispositions(**handlers: object):
    """For ``preexec_fn``: the child's signal dispositions, whatever pytest was launched with
    (``nohup`` or ``setsid`` may have left SIGINT or SIGHUP ignored, and a child inherits that)."""

    def apply() -> None:
        for name in ("SIGINT", "SIGTERM", "SIGHUP"):
            signal.signal(getattr(signal, name), handlers.get(name, signal.SIG_DFL))

    return apply


def converting_drafter(tmp_path: Path, soffice_body: str, **handlers: object) -> tuple[subprocess.Popen, Path, Path]:
    """``drafter build --pdf`` with a fake LibreOffice, started with the given signal dispositions
    (the rest default); returned once the fake has started, with its pid file and the temporary folder."""
    marker = tmp_path / "converter.pid"
    soffice = fake_soffice(tmp_path, soffice_body.replace("@MARKER@", str(marker)))
    temporary = tmp_path / "tmp"
    temporary.mkdir()
    env = {**os.environ, "DRAFTER_SOFFICE": str(soffice), "TMPDIR": str(temporary)}
    command = [sys.executable, "-m", "drafter", "build", str(EXAMPLES / "dongli-2024.json"), "-o", "out.docx", "--pdf"]
    drafter = subprocess.Popen(
        command, cwd=tmp_path, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
        preexec_fn=dispositions(**handlers),
    )
    wait_for(marker.exists, "LibreOffice did not start", unless=lambda: drafter.poll() is not None)
    return drafter, marker, temporary


#: Like soffice, the fake starts the real converter as a child of its own and waits for it.
HANGING_SOFFICE = 'sleep 300 &\necho $! > "@MARKER@.tmp"; mv "@MARKER@.tmp" "@MARKER@"\nwait'


@pytest.mark.skipif(sys.platform == "win32", reason="signals and process groups are POSIX")
@pytest.mark.parametrize("sig", ["SIGINT", "SIGTERM", "SIGHUP", "SIGKILL"])
def test_an_interrupted_conversion_leaves_no_libreoffice_and_no_copy(tmp_path: Path, sig: str) -> None:
    drafter, marker, temporary = converting_drafter(tmp_path, HANGING_SOFFICE)
    converter = int(marker.read_text())
    drafter.send_signal(getattr(signal, sig))
    _, err = drafter.communicate(timeout=SAFETY_BOUND_S)
    wait_for(lambda: not running(converter), "LibreOffice still runs")
    wait_for(lambda: not list(temporary.iterdir()), "the copy of the document is still there")
    assert not list(tmp_path.glob("out.*"))
    if sig != "SIGKILL":
        assert drafter.returncode == 130 and "已取消" in err and "Traceback" not in err


@pytest.mark.skipif(sys.platform == "win32", reason="signals are POSIX")
def test_a_hang_up_ignored_by_nohup_does_not_stop_the_conversion(tmp_path: Path) -> None:
    """``nohup drafter build --pdf``: the terminal closes mid-conversion and the PDF still comes."""
    go = tmp_path / "go"
    finishing_soffice = (
        'echo $$ > "@MARKER@.tmp"; mv "@MARKER@.tmp" "@MARKER@"\n'
        f'while [ ! -e "{go}" ]; do sleep 0.05; done\n'
        'printf "%%PDF-1.4 fake" > "$8/document.pdf"'
    )
    drafter, _, temporary = converting_drafter(tmp_path, finishing_soffice, SIGHUP=signal.SIG_IGN)
    drafter.send_signal(signal.SIGHUP)  # discarded at once: it is ignored
    go.touch()
    _, err = drafter.communicate(timeout=SAFETY_BOUND_S)
    assert drafter.returncode == 0, err
    assert (tmp_path / "out.docx").is_file() and (tmp_path / "out.pdf").read_bytes() == b"%PDF-1.4 fake"
    wait_for(lambda: not list(temporary.iterdir()), "the work folder is still there")


@pytest.mark.skipif(sys.platform == "win32", reason="process ids are asked on POSIX only")
def test_work_folders_of_ended_runs_are_removed(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))
    names = {
        "ended": "drafter-pdf-999999999-abcd1234",
        "running": f"drafter-pdf-{os.getppid()}-abcd1234",
        "old without id": "drafter-pdf-efgh5678",
        "new without id": "drafter-pdf-ijkl9012",
        "not ours": "drafter-pdfs",
    }
    for name in names.values():
        (tmp_path / name / "profile").mkdir(parents=True)
    hours_ago = time.time() - 7200
    os.utime(tmp_path / names["old without id"], (hours_ago, hours_ago))
    remove_stale_work_folders()
    left = {p.name for p in tmp_path.iterdir()}
    assert left == {names["running"], names["new without id"], names["not ours"]}


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

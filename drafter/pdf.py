"""PDF export through LibreOffice (``drafter build --pdf``).

The .docx is converted by ``soffice --headless`` in a private profile (so a running LibreOffice
or another conversion never interferes) with ``FONTCONFIG_FILE`` pointing at a wrapper that
includes the system's fontconfig setup and drafter's ``fonts/gongwen-fonts.conf``: on machines
without 仿宋_GB2312, 楷体_GB2312 or 方正小标宋简体 the PDF then uses the nearest installed CJK fonts
instead of whatever LibreOffice would pick. Which fonts stood in is reported, read from fontconfig
(``fc-match``) and from the fonts embedded in the PDF (``pdffonts``) where those tools exist.

An interrupted conversion leaves nothing behind. LibreOffice runs in its own process group, in a
work folder ``drafter-pdf-PID-…`` in the temporary folder:

* Ctrl-C, ``kill`` (SIGTERM) or a closed terminal (SIGHUP) stop the group and remove the folder
  before drafter exits; a signal ignored when drafter started (``nohup`` ignores SIGHUP) stays
  ignored.
* ``kill -9`` cannot be caught, so a small guard process started next to LibreOffice waits for
  drafter: when drafter is gone without saying it is done, the guard stops the group and removes
  the folder. (``PR_SET_PDEATHSIG`` would reach only LibreOffice's launcher, ``oosplash``, and not
  ``soffice.bin`` it starts.)
* Should even that fail (the guard killed too), the next ``--pdf`` removes work folders whose
  drafter process is gone.

On Windows there are no process groups, signals or guard: Ctrl-C stops LibreOffice's process tree
(``taskkill /T``); after drafter is ended from the Task Manager, LibreOffice finishes the
conversion on its own and the next ``--pdf`` removes the work folder an hour later.
"""

from __future__ import annotations

import contextlib
import os
import re
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from dataclasses import dataclass, field
from pathlib import Path
from typing import Iterator
from xml.sax.saxutils import escape

from drafter.errors import DrafterError
from drafter.stale import is_stale

FONT_SUBSTITUTIONS = Path(__file__).resolve().parent / "fonts" / "gongwen-fonts.conf"
DEFAULT_TIMEOUT_S = 180
WORK_PREFIX = "drafter-pdf-"
_POSIX = sys.platform != "win32"
#: Where LibreOffice lives when it is not on PATH.
_KNOWN_LOCATIONS = (
    "/usr/bin/soffice",
    "/usr/local/bin/soffice",
    "/opt/libreoffice/program/soffice",
    "/Applications/LibreOffice.app/Contents/MacOS/soffice",
    r"C:\Program Files\LibreOffice\program\soffice.exe",
    r"C:\Program Files (x86)\LibreOffice\program\soffice.exe",
)
INSTALL_HINT = (
    "请先安装 LibreOffice：统信UOS、银河麒麟、Debian、Ubuntu 用 sudo apt install libreoffice-writer；"
    "Windows、macOS 从 https://zh-cn.libreoffice.org 下载安装。"
    "装在其他位置时，可用环境变量 DRAFTER_SOFFICE 指明 soffice 的路径"
)


@dataclass
class PdfResult:
    pdf: bytes
    #: (requested family, family used instead) for every requested family that is not installed.
    substitutions: list[tuple[str, str]] = field(default_factory=list)
    #: Fonts embedded in the PDF, without subset prefixes.
    embedded: list[str] = field(default_factory=list)


def find_soffice() -> str | None:
    configured = os.environ.get("DRAFTER_SOFFICE")
    if configured:
        return configured if Path(configured).is_file() else None
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    return next((path for path in _KNOWN_LOCATIONS if Path(path).is_file()), None)


def require_soffice() -> str:
    soffice = find_soffice()
    if soffice is None:
        raise DrafterError.single("没有找到 LibreOffice，无法生成 PDF（也没有写出 .docx）", "--pdf", INSTALL_HINT)
    return soffice


def convert_to_pdf(
    document: bytes, requested_fonts: tuple[str, ...] = (), timeout: float = DEFAULT_TIMEOUT_S
) -> PdfResult:
    """The PDF of a .docx given as bytes; raises :class:`DrafterError` when LibreOffice fails."""
    soffice = require_soffice()
    remove_stale_work_folders()
    with _stopped_by_signals(), _WorkFolder() as work:
        source = work.path / "document.docx"
        source.write_bytes(document)
        env = _environment(work.path)
        _run_soffice(soffice, source, work, env, timeout)
        pdf = work.path / "document.pdf"
        if not pdf.is_file() or pdf.stat().st_size == 0:
            raise DrafterError.single("LibreOffice 没有生成 PDF", str(soffice), "请用 LibreOffice 打开 .docx 手动导出，查看是否报错")
        return PdfResult(
            pdf=pdf.read_bytes(),
            substitutions=_substitutions(requested_fonts, env),
            embedded=_embedded_fonts(pdf),
        )


def remove_stale_work_folders() -> None:
    """Remove work folders of conversions whose drafter process is gone (see the module's text)."""
    pattern = re.compile(re.escape(WORK_PREFIX) + r"(?:(\d+)-)?\w+")
    try:
        entries = list(os.scandir(tempfile.gettempdir()))
    except OSError:
        return
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        try:
            info = entry.stat(follow_symlinks=False)
        except OSError:
            continue
        ours = not _POSIX or info.st_uid == os.getuid()
        if match and ours and entry.is_dir(follow_symlinks=False):
            if is_stale(int(match[1]) if match[1] else None, info.st_mtime):
                shutil.rmtree(entry.path, ignore_errors=True)


#: The guard: waits until drafter closes the pipe; unless drafter said LibreOffice is stopped
#: ("reaped") and the folder removed ("done"), it stops LibreOffice's group and removes the folder.
_GUARD = """
import os, shutil, signal, sys
words = sys.stdin.read().split()
if words and words[0].isdigit() and "reaped" not in words:
    try:
        os.killpg(int(words[0]), signal.SIGKILL)
    except OSError:
        pass
if "done" not in words:
    shutil.rmtree(sys.argv[1], ignore_errors=True)
"""


class _WorkFolder:
    """The conversion's temporary folder, removed at the end, or by the guard if drafter dies first."""

    def __enter__(self) -> "_WorkFolder":
        self.path = Path(tempfile.mkdtemp(prefix=f"{WORK_PREFIX}{os.getpid()}-"))
        self.guard: subprocess.Popen[str] | None = None
        if _POSIX:
            self.guard = subprocess.Popen(
                [sys.executable, "-I", "-c", _GUARD, str(self.path)],
                stdin=subprocess.PIPE,
                stdout=subprocess.DEVNULL,
                stderr=subprocess.DEVNULL,
                start_new_session=True,  # Ctrl-C and a closed terminal reach drafter, not the guard
                text=True,
            )
        return self

    def tell(self, word: str) -> None:
        """Tell the guard LibreOffice's process group, ``reaped`` or ``done``."""
        if self.guard is not None and self.guard.stdin is not None:
            with contextlib.suppress(OSError):
                self.guard.stdin.write(word + "\n")
                self.guard.stdin.flush()

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)
        if self.guard is not None:
            self.tell("done")
            with contextlib.suppress(OSError):
                if self.guard.stdin is not None:
                    self.guard.stdin.close()
            self.guard.wait()


@contextlib.contextmanager
def _stopped_by_signals() -> Iterator[None]:
    """While converting, SIGTERM and SIGHUP stop drafter like Ctrl-C (so everything is cleaned up).

    A signal drafter was started with ignored stays ignored: ``nohup drafter build --pdf`` goes on
    when the terminal closes, as ``nohup`` promises.
    """
    wanted = [getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name)]
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    previous = {
        number: signal.signal(number, _interrupt) for number in wanted if signal.getsignal(number) != signal.SIG_IGN
    }
    try:
        yield
    finally:
        for number, handler in previous.items():
            signal.signal(number, handler)


def _interrupt(number: int, frame: object) -> None:
    raise KeyboardInterrupt


def _environment(work: Path) -> dict[str, str]:
    """The caller's environment plus a fontconfig file that adds drafter's substitutions."""
    system = os.environ.get("FONTCONFIG_FILE") or "/etc/fonts/fonts.conf"
    wrapper = work / "fonts.conf"
    wrapper.write_text(
        '<?xml version="1.0"?>\n<!DOCTYPE fontconfig SYSTEM "urn:fontconfig:fonts.dtd">\n<fontconfig>\n'
        f'  <include ignore_missing="yes">{escape(system)}</include>\n'
        f'  <include ignore_missing="yes">{escape(str(FONT_SUBSTITUTIONS))}</include>\n'
        "</fontconfig>\n",
        encoding="utf-8",
    )
    return {**os.environ, "FONTCONFIG_FILE": str(wrapper)}


def _run_soffice(soffice: str, source: Path, work: "_WorkFolder", env: dict[str, str], timeout: float) -> None:
    profile = (work.path / "profile").resolve().as_uri()
    command = [
        soffice,
        f"-env:UserInstallation={profile}",
        "--headless",
        "--norestore",
        "--nolockcheck",
        "--convert-to",
        "pdf:writer_pdf_Export",
        "--outdir",
        str(work.path),
        str(source),
    ]
    process = subprocess.Popen(
        command,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        stdin=subprocess.DEVNULL,
        env=env,
        start_new_session=_POSIX,
    )
    work.tell(str(process.pid))
    try:
        _, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _stop(process)
        raise DrafterError.single(
            f"LibreOffice 转换 PDF 超过 {timeout:.0f} 秒仍未完成，已停止（没有写出文件）",
            "--pdf",
            "请关闭卡住的 LibreOffice 窗口后重试",
        ) from None
    except BaseException:  # Ctrl-C, SIGTERM, SIGHUP: LibreOffice goes too
        _stop(process)
        raise
    finally:
        work.tell("reaped")
    if process.returncode != 0:
        detail = stderr.decode("utf-8", "replace").strip().splitlines()
        raise DrafterError.single(
            f"LibreOffice 转换 PDF 失败（退出码 {process.returncode}）{'：' + detail[-1] if detail else ''}",
            "--pdf",
        )


def _stop(process: subprocess.Popen[bytes]) -> None:
    """End soffice and anything it started (its own process group on POSIX, its tree on Windows)."""
    if _POSIX:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    else:
        subprocess.run(["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False)
        process.kill()
    process.communicate()


def _substitutions(requested: tuple[str, ...], env: dict[str, str]) -> list[tuple[str, str]]:
    """For each requested family that fontconfig does not have, the family it resolves to."""
    fc_match = shutil.which("fc-match")
    if fc_match is None:
        return []
    found = []
    for family in requested:
        used = _run_quietly([fc_match, "-f", "%{family}", family], env).split(",")
        if used and used[0] and family not in used:
            found.append((family, used[0]))
    return found


def _embedded_fonts(pdf: Path) -> list[str]:
    pdffonts = shutil.which("pdffonts")
    if pdffonts is None:
        return []
    lines = _run_quietly([pdffonts, str(pdf)], dict(os.environ)).splitlines()[2:]
    names = (line.split()[0].split("+", 1)[-1] for line in lines if line.strip())
    return list(dict.fromkeys(names))


def _run_quietly(command: list[str], env: dict[str, str]) -> str:
    try:
        done = subprocess.run(command, capture_output=True, env=env, timeout=30, check=False)
    except (OSError, subprocess.TimeoutExpired):
        return ""
    return done.stdout.decode("utf-8", "replace")


def describe_fonts(result: PdfResult) -> list[str]:
    """Chinese lines for the terminal: which fonts stood in for missing ones."""
    lines = []
    if result.substitutions:
        pairs = "；".join(f"{wanted} → {used}" for wanted, used in result.substitutions)
        lines.append(f"字体替换（本机没有这些字体，PDF 中用相近字体代替）：{pairs}")
        lines.append("  .docx 里仍写着原字体，在装有这些字体的电脑上打开即按原字体显示；装字体的方法见 README“字体”一节。")
    elif result.embedded:
        lines.append("字体：所需字体本机都有，PDF 未替换字体。")
    if result.embedded:
        lines.append(f"PDF 内嵌字体：{'、'.join(result.embedded)}")
    return lines

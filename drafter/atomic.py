"""Write files so that a failure never leaves a half-written or clobbered file behind.

Data goes to a temporary file in the same folder (``.NAME.PID.XXXXXXXX.tmp``) and is renamed
over the target. A run killed between the two (``kill -9``) leaves the temporary file behind;
the next write of the same file removes such leftovers once their process is gone.
"""

from __future__ import annotations

import os
import re
import stat
import tempfile
from pathlib import Path

from drafter.errors import DrafterError, os_reason
from drafter.stale import is_stale

#: Bytes of the target's name kept in the temporary file's name (which must fit in 255 bytes).
_NAME_BYTES = 100


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path = Path(path)
    refuse_special(path)
    _remove_leftovers(path)
    try:
        _write(path, data)
    except PermissionError:
        raise DrafterError.single(
            "无法写入文件：没有写入权限，或者这个文件正在 Word 或 WPS 里打开",
            str(path),
            "关闭这个文件后重试，或用 -o 换一个文件名",
        ) from None
    except OSError as exc:
        raise DrafterError.single(f"无法写入文件（{os_reason(exc)}）", str(path), "请检查磁盘空间和文件夹权限，或换一个位置") from None


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))


def refuse_special(path: Path) -> None:
    """Never replace a folder, a device (``/dev/null``), a FIFO or a socket with a file."""
    try:
        mode = path.stat().st_mode
    except FileNotFoundError:
        return
    except OSError as exc:  # a name too long, a file where a folder should be …
        raise DrafterError.single(f"不能用这个文件名（{os_reason(exc)}）", str(path), "请用 -o 换一个文件名") from None
    if stat.S_ISDIR(mode):
        raise DrafterError.single("这是一个文件夹，不能作为输出文件", str(path), "请用 -o 指定文件名")
    if not stat.S_ISREG(mode):
        raise DrafterError.single(
            "这不是普通文件（是设备、管道或其他特殊文件），不能把它换成输出文件", str(path), "请用 -o 换一个文件名"
        )


def _write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f"{_prefix(path)}{os.getpid()}.", suffix=".tmp", dir=path.parent)
    try:
        os.chmod(tmp, path.stat().st_mode & 0o777 if path.exists() else 0o666 & ~_umask())
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, path)
    except BaseException:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass
        raise


def _prefix(path: Path) -> str:
    """``.NAME.`` with NAME cut to :data:`_NAME_BYTES` bytes of UTF-8 (at a character boundary)."""
    name = path.name.encode("utf-8", "surrogateescape")[:_NAME_BYTES].decode("utf-8", "ignore")
    return f".{name}."


def _remove_leftovers(path: Path) -> None:
    """Remove temporary files of earlier writes to ``path`` whose process is gone."""
    pattern = re.compile(re.escape(_prefix(path)) + r"(?:(\d+)\.)?[a-z0-9_]{8}\.tmp")
    try:
        entries = list(os.scandir(path.parent))
    except OSError:
        return
    for entry in entries:
        match = pattern.fullmatch(entry.name)
        if not match:
            continue
        try:
            info = entry.stat(follow_symlinks=False)
            if stat.S_ISREG(info.st_mode) and is_stale(int(match[1]) if match[1] else None, info.st_mtime):
                os.unlink(entry.path)
        except OSError:
            continue


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask

"""Write files so that a failure never leaves a half-written or clobbered file behind."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from drafter.errors import DrafterError


def write_bytes_atomic(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` through a temporary file in the same folder and a rename."""
    path = Path(path)
    try:
        _write(path, data)
    except PermissionError:
        raise DrafterError.single(
            "无法写入文件：没有写入权限，或者这个文件正在 Word 或 WPS 里打开",
            str(path),
            "关闭这个文件后重试，或用 -o 换一个文件名",
        ) from None
    except OSError as exc:
        raise DrafterError.single(f"无法写入文件（{exc.strerror or exc}）", str(path), "请检查磁盘空间和文件夹权限，或换一个位置") from None


def _write(path: Path, data: bytes) -> None:
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
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


def _umask() -> int:
    mask = os.umask(0)
    os.umask(mask)
    return mask


def write_text_atomic(path: Path, text: str) -> None:
    write_bytes_atomic(path, text.encode("utf-8"))

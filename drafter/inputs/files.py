"""Read an input file (data file, plan, workbook) safely, whatever the path names.

Only a regular file is read: a FIFO would block forever waiting for a writer, a device such as
``/dev/zero`` never ends, a folder is not a file. The check is made before opening (for the
message) and again on the open file (``O_NONBLOCK`` keeps a FIFO swapped in meanwhile from
blocking), and no more than :data:`MAX_BYTES` are read.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from drafter.errors import DrafterError, os_reason

#: Far above any report (the examples are 5–15 KB; a workbook with pictures stays below a few MB).
MAX_BYTES = 20 * 1024 * 1024


def read_input(path: Path, limit: int = MAX_BYTES) -> bytes:
    """The content of the regular file ``path``; :class:`DrafterError` when it is none or too big."""
    try:
        _check(path.stat().st_mode, path)
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0))
        with os.fdopen(fd, "rb") as file:
            info = os.fstat(file.fileno())
            _check(info.st_mode, path)
            if info.st_size > limit:
                _too_big(path, info.st_size, limit)
            data = file.read(limit + 1)
    except FileNotFoundError:
        raise DrafterError.single("找不到这个文件", str(path), "请检查文件名和所在文件夹") from None
    except OSError as exc:
        raise DrafterError.single(f"无法读取文件（{os_reason(exc)}）", str(path)) from None
    if len(data) > limit:
        _too_big(path, len(data), limit)
    return data


def _check(mode: int, path: Path) -> None:
    if stat.S_ISDIR(mode):
        raise DrafterError.single("这是一个文件夹，不是数据文件", str(path), "请写出文件夹里数据文件的名字")
    if not stat.S_ISREG(mode):
        raise DrafterError.single(
            "这不是普通文件（是设备、管道或其他特殊文件），不能作为数据文件", str(path), "请写出数据文件的名字"
        )


def _too_big(path: Path, size: int, limit: int) -> None:
    raise DrafterError.single(
        f"文件太大（{size / 1024 / 1024:.1f} MB 以上），数据文件不会超过 {limit // 1024 // 1024} MB",
        str(path),
        "请检查是不是选错了文件",
    )

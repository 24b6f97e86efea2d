"""The one user-facing error type, and its gentler sibling for what drafter repaired itself.

Anything the user can fix (bad data, a missing file, an existing output) is raised as
:class:`DrafterError`; the CLI prints it once, in Chinese, and exits with code 1.

What drafter can put right on its own (invisible characters dropped from a text) is reported
with :func:`warn`, through Python's ``warnings``: any stage can warn without passing a list
around, the CLI prints each as a ``注意：`` line before anything is written, and the document is
still made.
"""

from __future__ import annotations

import errno
import warnings
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Problem:
    """One thing wrong with the input: where it is and what to do about it."""

    message: str
    where: str = ""
    hint: str = ""

    def __str__(self) -> str:
        text = f"{self.where}：{self.message}" if self.where else self.message
        return f"{text}。{self.hint}" if self.hint else text


@dataclass
class DrafterError(Exception):
    """A user error: one or more problems, reported together."""

    problems: list[Problem] = field(default_factory=list)

    @classmethod
    def single(cls, message: str, where: str = "", hint: str = "") -> "DrafterError":
        return cls([Problem(message, where, hint)])

    def __str__(self) -> str:
        return "\n".join(str(p) for p in self.problems)


class DrafterWarning(UserWarning):
    """A problem drafter repaired: printed by the CLI as ``注意：…``, the run goes on."""

    def __init__(self, problem: Problem) -> None:
        super().__init__(str(problem))
        self.problem = problem


def warn(problem: Problem) -> None:
    warnings.warn(DrafterWarning(problem), stacklevel=2)


#: Why an operating-system call failed, in the clerk's words (``strerror`` is English).
_OS_REASONS = {
    errno.EACCES: "没有权限",
    errno.EPERM: "没有权限",
    errno.ENAMETOOLONG: "文件名太长",
    errno.ELOOP: "符号链接绕成了圈",
    errno.ENOSPC: "磁盘已满",
    errno.EROFS: "这个位置只能读、不能写",
    errno.ENOTDIR: "路径中有一段不是文件夹",
    errno.EISDIR: "这是一个文件夹",
    errno.EBUSY: "文件正被其他程序使用",
    errno.ENOENT: "文件或文件夹不存在",
    errno.EEXIST: "已经有同名的文件",
    errno.EINVAL: "文件名里有系统不允许的字符",
    errno.EFBIG: "文件太大",
    errno.EDQUOT: "磁盘配额已用完",
    errno.EMFILE: "同时打开的文件太多",
    errno.EXDEV: "不能跨磁盘移动文件",
}


def os_reason(error: OSError) -> str:
    """A short Chinese reason for ``error``; an uncommon one is named by its system error number."""
    reason = _OS_REASONS.get(error.errno or 0)
    return reason or f"系统拒绝了这次操作（错误代码 {error.errno or type(error).__name__}）"

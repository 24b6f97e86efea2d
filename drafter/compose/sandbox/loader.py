"""Reading a template set's files: regular files inside the set's folder, nothing else.

A template set travels between bureaus, so its names are not trusted. A name is a relative
path of plain parts (``party.j2``, ``parts/header.j2``): no absolute path, no drive, no ``..``
or hidden part, no backslash. Every part is looked at without following links, and a symbolic
link anywhere below the set's folder is refused, so a set cannot point at a file elsewhere on
the computer. The same rules hold for the manifest's files and for ``{% include %}``,
``{% import %}`` and ``{% extends %}``.
"""

from __future__ import annotations

import os
import re
import stat
from pathlib import Path
from typing import Callable

import jinja2

#: Largest template file or manifest; the built-in ones are a few kilobytes.
FILE_LIMIT = 512 * 1024
_NAME_LIMIT = 200
#: Characters no template file has a use for; some would break the document or the outline.
_CONTROL = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\x85\u2028\u2029\ufffe\uffff]")


class TemplateFileError(jinja2.TemplateNotFound):
    """A template name or file the set may not use; ``reason`` says why, in Chinese."""

    def __init__(self, name: str, reason: str, line: int | None = None) -> None:
        super().__init__(name, reason)
        self.reason = reason
        self.line = line


class SetLoader(jinja2.BaseLoader):
    """Serves the templates of one set's folder, by the rules above.

    A name the set does not have is looked up in ``shared``, the built-in folder of templates
    every kind includes (基本情况 …), by the same rules: a set exported before a shared
    template existed still builds, and a set's own copy wins.
    """

    def __init__(self, directory: Path, shared: Path | None = None) -> None:
        self.directory = directory
        self.shared = shared

    def get_source(
        self, environment: jinja2.Environment, template: str
    ) -> tuple[str, str, Callable[[], bool]]:
        path = find(self.directory, template, self.shared)
        source, mtime = _read(path, template)
        return source, str(path), lambda: _mtime(path) == mtime

    def list_templates(self) -> list[str]:  # pragma: no cover - jinja's optional API
        return sorted(p.name for p in self.directory.iterdir() if p.is_file() and not p.is_symlink())


def find(directory: Path, name: str, shared: Path | None = None) -> Path:
    """The file ``name`` of the set, else of ``shared``; refused names are refused in both."""
    try:
        return inside(directory, name)
    except TemplateFileError:
        raise
    except jinja2.TemplateNotFound:
        if shared is None:
            raise
        return inside(shared, name)


def read_set_file(directory: Path, name: str) -> str:
    """The text of a file of the set (the manifest), by the same rules as templates."""
    return _read(inside(directory, name), name)[0]


def check_name(name: str) -> str | None:
    """Why ``name`` cannot name a file of a set, or None when it can."""
    if not isinstance(name, str) or not name:
        return "模板文件名是空的"
    if len(name) > _NAME_LIMIT:
        return "模板文件名太长"
    if _CONTROL.search(name) or "\\" in name or ":" in name:
        return "模板文件名里有不允许的字符（反斜杠、冒号或控制字符）"
    if name.startswith("/"):
        return "模板只能引用本套模板文件夹里的文件，不能写绝对路径"
    if any(part in ("", ".", "..") or part.startswith(".") for part in name.split("/")):
        return "模板只能引用本套模板文件夹里的文件，文件名里不能有“..”、“./”或以“.”开头的部分"
    return None


def inside(directory: Path, name: str) -> Path:
    """The path of ``name`` in ``directory``; every part exists, none is a link, the last a file."""
    reason = check_name(name)
    if reason:
        raise TemplateFileError(name, reason)
    path = directory
    parts = name.split("/")
    for index, part in enumerate(parts):
        path = path / part
        try:
            info = os.lstat(path)
        except OSError:
            raise jinja2.TemplateNotFound(name) from None
        mode = info.st_mode
        if stat.S_ISLNK(mode) or getattr(info, "st_reparse_tag", None):  # a link, or a Windows junction
            raise TemplateFileError(name, "模板文件夹里的符号链接（快捷方式）不能用，请换成真实的文件")
        last = index == len(parts) - 1
        if not last and not stat.S_ISDIR(mode):
            raise jinja2.TemplateNotFound(name)
        if last and not stat.S_ISREG(mode):
            raise TemplateFileError(name, "这不是普通文件，模板只能是普通的文本文件")
    return path


def _read(path: Path, name: str) -> tuple[str, int]:
    flags = os.O_RDONLY | getattr(os, "O_NOFOLLOW", 0) | getattr(os, "O_NONBLOCK", 0) | getattr(os, "O_BINARY", 0)
    try:
        fd = os.open(path, flags)
    except OSError:
        raise TemplateFileError(name, "无法打开这个模板文件，请检查它是否存在、能否读取") from None
    with os.fdopen(fd, "rb") as file:
        info = os.fstat(file.fileno())
        if not stat.S_ISREG(info.st_mode):
            raise TemplateFileError(name, "这不是普通文件，模板只能是普通的文本文件")
        data = file.read(FILE_LIMIT + 1)
    if len(data) > FILE_LIMIT:
        raise TemplateFileError(name, f"模板文件太大（超过{FILE_LIMIT // 1024}KB），请检查是不是选错了文件")
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise TemplateFileError(name, "模板文件不是 UTF-8 编码，请用记事本“另存为”UTF-8", line) from None
    match = _CONTROL.search(text)
    if match:
        line = text.count("\n", 0, match.start()) + 1
        raise TemplateFileError(
            name, f"模板文件里有不可见的控制字符（U+{ord(match.group()):04X}），请删去", line
        )
    return text, info.st_mtime_ns


def _mtime(path: Path) -> int | None:
    try:
        return os.lstat(path).st_mtime_ns
    except OSError:
        return None

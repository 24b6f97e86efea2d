"""Printing to the clerk's console: any encoding, a reader that stops early, Chinese help text.

* :func:`prepare` makes ``print`` safe on every console: a GBK console (Windows, or output
  redirected with ``>`` there) gets its own encoding with a plain stand-in for the few symbols
  GBK lacks (✔ → √); a console that declares no Chinese at all (``LC_ALL=C``) gets UTF-8, which
  the terminal nearly always shows and sends.
* :func:`reader_gone` ends quietly when the program reading the output has closed the pipe
  (``drafter schema | head``).
* :class:`HelpFormatter` lays argparse's help out by display width: a Chinese character takes
  two columns of a terminal, and a line must not break before ，。）.
"""

from __future__ import annotations

import argparse
import codecs
import io
import os
import re
import shutil
import sys
import unicodedata
from typing import Any

#: Symbols the program prints that some Chinese encodings (GBK) lack, and their stand-ins there.
_STAND_INS = {"✔": "√", "✓": "√", "✗": "×", "›": ">", "─": "-", "«": "《", "»": "》"}
_FALLBACK = "drafter.stand-in"


def _stand_in(error: UnicodeError) -> tuple[str, int]:
    if not isinstance(error, UnicodeEncodeError):
        raise error
    replacement = ""
    for char in error.object[error.start : error.end]:
        stand_in = _STAND_INS.get(char, "?")
        try:
            stand_in.encode(error.encoding)
        except UnicodeEncodeError:
            stand_in = "?"
        replacement += stand_in
    return replacement, error.end


codecs.register_error(_FALLBACK, _stand_in)


def prepare() -> None:
    """Make stdout and stderr print Chinese on whatever console they write to, and stdin read
    the Chinese a clerk types there (``drafter ask``)."""
    for stream in (sys.stdout, sys.stderr):
        if not isinstance(stream, io.TextIOWrapper):
            continue  # a test's capture, or an embedding program's own stream
        if _writes_chinese(stream.encoding):
            stream.reconfigure(errors=_FALLBACK)
        else:
            stream.reconfigure(encoding="utf-8", errors=_FALLBACK)
    if isinstance(sys.stdin, io.TextIOWrapper) and not _writes_chinese(sys.stdin.encoding):
        sys.stdin.reconfigure(encoding="utf-8")


def _writes_chinese(encoding: str | None) -> bool:
    try:
        "中文，“引号”".encode(encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def reader_gone() -> None:
    """The reader closed the pipe: send what is left to nowhere, so that Python's own final
    flush of stdout does not complain about it either."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, io.UnsupportedOperation):
        pass


# -- display width -------------------------------------------------------------------------------
def columns(text: str) -> int:
    """How many terminal columns ``text`` takes: East Asian wide and full-width characters two."""
    return sum(
        0 if unicodedata.combining(char) else 2 if unicodedata.east_asian_width(char) in "WF" else 1
        for char in text
    )


#: Characters a line must not start with (Chinese line-breaking rules).
_NO_LINE_START = set("，。、；：？！）》」』”’…%,.;:?!)]}")
#: Characters a line must not end with.
_NO_LINE_END = set("（《「『“‘([{")
#: What stays together on a line: a standard's name with its number, a run of Latin letters,
#: digits and ASCII punctuation (an option, a file name, an example), or one character.
_TOKENS = re.compile(r"GB/T\s\d+(?:\.\d+)?|[!-~]+|\s+|.")


def wrap(text: str, width: int) -> list[str]:
    """``text`` as lines of at most ``width`` columns (a token longer than a line stands alone)."""
    lines: list[str] = []
    line = ""
    for token in _TOKENS.findall(" ".join(text.split())):
        if token.isspace() and not line:
            continue
        if line and columns(line + token.rstrip()) > width:
            carried = ""
            if token[0] in _NO_LINE_START and len(line) > 1:
                line, carried = line[:-1], line[-1]  # keep a closing mark with the word before it
            while len(line) > 1 and line.rstrip()[-1] in _NO_LINE_END:
                line, carried = line.rstrip()[:-1], line.rstrip()[-1] + carried  # and an opening one with the word after
            lines.append(line.rstrip())
            line = carried + token.lstrip()
        else:
            line += token
    if line.strip():
        lines.append(line.rstrip())
    return lines or [""]


def _padded(text: str, width: int) -> str:
    return text + " " * max(0, width - columns(text))


# -- argparse help -------------------------------------------------------------------------------
class HelpFormatter(argparse.HelpFormatter):
    """argparse's layout, measured in terminal columns, at most 80 wide; headings end in ``：``."""

    MAX_WIDTH = 80
    #: Usage and help of argparse's usage parts: ``[-o 输出文件]`` is one part, never split.
    _USAGE_PARTS = re.compile(r"\(.*?\)+(?=\s|$)|\[.*?\]+(?=\s|$)|\S+")

    def __init__(self, prog: str) -> None:
        width = min(shutil.get_terminal_size().columns, self.MAX_WIDTH)
        super().__init__(prog, width=width, max_help_position=28)

    def format_help(self) -> str:
        text = super().format_help()
        return re.sub(r"^(\S[^\n]*):$", r"\1：", text, flags=re.MULTILINE)

    def add_argument(self, action: argparse.Action) -> None:
        super().add_argument(action)
        if action.help is not argparse.SUPPRESS:
            invocations = [action, *self._iter_indented_subactions(action)]
            widest = max(columns(self._format_action_invocation(a)) for a in invocations)
            self._action_max_length = max(self._action_max_length, widest + self._current_indent)

    def _format_action(self, action: argparse.Action) -> str:
        help_position = min(self._action_max_length + 2, self._max_help_position)
        help_width = max(self._width - help_position, 11)
        header_width = help_position - self._current_indent - 2
        header = " " * self._current_indent + self._format_action_invocation(action)
        text = self._expand_help(action) if action.help and action.help.strip() else ""
        help_lines = wrap(text, help_width) if text else []
        lines = [header]
        if help_lines and columns(header) - self._current_indent <= header_width:
            lines = [_padded(header, help_position - 2) + "  " + help_lines.pop(0)]
        lines += [" " * help_position + line for line in help_lines]
        parts = ["\n".join(lines) + "\n"]
        parts += [self._format_action(sub) for sub in self._iter_indented_subactions(action)]
        return self._join_parts(parts)

    def _split_lines(self, text: str, width: int) -> list[str]:
        return wrap(text, width)

    def _fill_text(self, text: str, width: int, indent: str) -> str:
        """Each line of ``text`` filled on its own; an indented line (a command of an example) as written."""
        filled = []
        for line in text.splitlines():
            filled += [indent + line] if line[:1].isspace() else [indent + part for part in wrap(line, width - len(indent))]
        return "\n".join(filled)

    def _format_usage(self, usage: Any, actions: Any, groups: Any, prefix: Any) -> str:
        width, self._width = self._width, sys.maxsize  # one line, wrapped below by columns
        try:
            one_line = super()._format_usage(usage, actions, groups, prefix).strip("\n")
        finally:
            self._width = width
        head, _, rest = one_line.partition(self._prog)
        head += self._prog
        indent = columns(head) + 1 if columns(head) < width // 2 else 4
        lines = [head]
        for part in self._USAGE_PARTS.findall(rest):
            if columns(lines[-1]) + 1 + columns(part) > width and lines[-1].strip():
                lines.append(" " * (indent - 1))
            lines[-1] += " " + part
        return "\n".join(lines) + "\n\n"

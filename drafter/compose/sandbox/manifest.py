"""The manifest of a template set (``manifest.toml``), checked by a model before anything uses it.

A manifest comes with a template set from outside, so every value is checked for its type and
form: numbering patterns may hold only the documented placeholders ``{n}`` and ``{cn}``,
file names are plain names inside the set, one-line templates are one line. Every problem is a
Chinese message naming manifest.toml and the line of the key.
"""

from __future__ import annotations

import re
import sys
from pathlib import Path
from typing import Annotated, Any, Literal, Optional

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, ValidationError
from pydantic_core import ErrorDetails

from drafter.compose.sandbox.markup import DEFAULT_NUMBERING, DEFAULT_POINT, Numbering
from drafter.errors import DrafterError, Problem
from drafter.model import KINDS

if sys.version_info >= (3, 11):
    import tomllib
else:  # pragma: no cover
    import tomli as tomllib

MANIFEST = "manifest.toml"

_PATTERN = re.compile(r"(?:[^{}\s]|\{n\}|\{cn\})*")
_PATTERN_LIMIT = 20
_LINE_LIMIT = 500
_FILE_NAME = re.compile(r"[^/\\:.\s][^/\\:]{0,99}")
_CONTROL = re.compile(r"[\x00-\x1f\x7f\x85\u2028\u2029]")


def _pattern(text: str) -> str:
    if len(text) > _PATTERN_LIMIT:
        raise ValueError(f"编号写法太长（不超过{_PATTERN_LIMIT}个字）")
    if not _PATTERN.fullmatch(text):
        raise ValueError(
            f"编号写法“{text}”不对：只能用 {{n}}（写成 1 2 3）和 {{cn}}（写成 一二三），"
            "不能有别的花括号和空格，如 \"{cn}、\" \"（{n}）\""
        )
    return text


def _file_name(text: str) -> str:
    if not _FILE_NAME.fullmatch(text) or _CONTROL.search(text):
        raise ValueError(
            "应写本套模板文件夹里的模板名（不带 .j2），如 \"party\"；不能带斜杠、冒号，不能以“.”开头"
        )
    return text


def _one_line(text: str) -> str:
    if len(text) > _LINE_LIMIT:
        raise ValueError(f"太长（不超过{_LINE_LIMIT}个字）")
    if _CONTROL.search(text):
        raise ValueError("只能写一行，不能有换行或控制字符")
    return text


Pattern = Annotated[str, AfterValidator(_pattern)]
FileName = Annotated[str, AfterValidator(_file_name)]
OneLine = Annotated[str, AfterValidator(_one_line)]
Level = Literal[1, 2, 3, 4]


class NumberingTable(BaseModel):
    """``[numbering]``: a pattern per heading level, the points' pattern, continuous levels."""

    model_config = ConfigDict(extra="forbid", populate_by_name=True)

    level1: Optional[Pattern] = Field(None, alias="1")
    level2: Optional[Pattern] = Field(None, alias="2")
    level3: Optional[Pattern] = Field(None, alias="3")
    level4: Optional[Pattern] = Field(None, alias="4")
    point: Pattern = DEFAULT_POINT
    continuous: list[Level] = Field(default_factory=list, max_length=4)

    def numbering(self) -> Numbering:
        levels = dict(DEFAULT_NUMBERING)
        for level in range(1, 5):
            pattern = getattr(self, f"level{level}")
            if pattern is not None:
                levels[level] = pattern
        return Numbering(levels=levels, point=self.point, continuous=frozenset(self.continuous))


class Manifest(BaseModel):
    """What ``manifest.toml`` may say; see :mod:`drafter.compose.sandbox.template_set`."""

    model_config = ConfigDict(extra="forbid")

    kind: Optional[Literal[tuple(KINDS)]] = None  # type: ignore[valid-type]
    name: OneLine
    title: OneLine
    sections: list[FileName] = Field(min_length=1, max_length=50)
    signature: OneLine = "{{ meta.organ }}"
    recipient: OneLine = ""
    opening: Optional[FileName] = None
    closing: Optional[FileName] = None
    numbering: NumberingTable = Field(default_factory=lambda: NumberingTable.model_validate({}))


def parse_manifest(text: str, path: Path) -> Manifest:
    """Read and check the manifest's text; any problem is a DrafterError naming the line."""
    data = _toml(text, path)
    try:
        return Manifest.model_validate(data)
    except ValidationError as exc:
        raise DrafterError([_problem(item, text, path) for item in exc.errors(include_url=False)]) from None


def _toml(text: str, path: Path) -> dict[str, Any]:
    hint = "文字要用英文双引号括起来，如 title = \"……\"；列表用方括号，如 sections = [\"party\", \"moral\"]"
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        where = f"{path} 第{match.group(1)}行" if match else str(path)
        raise DrafterError.single("模板清单的写法不对（不是正确的 TOML 格式）", where, hint) from None
    except RecursionError:
        deep = re.search(r"(?:[\[{]\s*){20}", text)
        where = f"{path} 第{text.count(chr(10), 0, deep.start()) + 1}行" if deep else str(path)
        raise DrafterError.single("模板清单里的括号套得太深", where, hint) from None


_MESSAGES = {
    "missing": "缺少这一项，必须填写",
    "string_type": "应写文字（用英文双引号括起来）",
    "list_type": "应写列表，如 [3] 或 [\"party\", \"moral\"]",
    "model_type": "应写成一节，如 [numbering]",
    "dict_type": "应写成一节，如 [numbering]",
    "literal_error": "不是可用的值",
    "extra_forbidden": "不认识这一项，请检查拼写",
    "too_short": "不能是空的",
    "too_long": "太多了",
}
_HINTS = {
    "kind": "可写：" + "、".join(KINDS),
    "continuous": "写要全文连续编号的级别，如 continuous = [3]（级别为 1 到 4）",
    "numbering": "[numbering] 里可以写 1 到 4、point 和 continuous",
}


def _problem(item: ErrorDetails, text: str, path: Path) -> Problem:
    loc = tuple(item["loc"])
    keys = [str(key) for key in loc if isinstance(key, str)]
    kind = item["type"]
    if kind == "value_error":
        message = str((item.get("ctx") or {}).get("error", ""))
    else:
        message = _MESSAGES.get(kind, "写法不对")
    line = line_of(text, keys)
    where = f"{path} 第{line}行" if line else str(path)
    name = ".".join(keys)
    hint = next((_HINTS[key] for key in reversed(keys) if key in _HINTS), "")
    return Problem(f"模板清单的“{name}”{message}" if name else message, where, hint)


_HEADER = re.compile(r"^\[\s*(?P<name>[^\]\s]+)\s*\]")
_KEY = re.compile(r"^(?P<key>\"[^\"]*\"|'[^']*'|[A-Za-z0-9_.\-]+)\s*=")


def line_of(text: str, keys: list[str]) -> int | None:
    """The line on which ``keys`` (``["numbering", "3"]``) is set, or its nearest enclosing key."""
    if not keys:
        return None
    table, key = (".".join(keys[:-1]), keys[-1]) if len(keys) > 1 else ("", keys[0])
    current = ""
    nearest = None
    for number, line in enumerate(text.split("\n"), 1):
        stripped = line.strip()
        header = _HEADER.match(stripped)
        if header:
            current = header.group("name").strip("\"'")
            if current == keys[0] and nearest is None:
                nearest = number
            continue
        found = _KEY.match(stripped)
        if not found:
            continue
        name = found.group("key").strip("\"'")
        full = f"{current}.{name}" if current else name
        if (table, key) == (current, name) or full == ".".join(keys):
            return number
        if full == keys[0] and nearest is None:
            nearest = number
    return nearest

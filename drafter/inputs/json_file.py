"""Read a report data file: bytes → JSON → :class:`~drafter.model.Report`, with Chinese errors."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from drafter.errors import DrafterError, Problem
from drafter.inputs.messages import Locate, problems_from
from drafter.model import Report

#: Python's JSON messages, in the words a clerk understands.
_JSON_MESSAGES = {
    "Illegal trailing comma before end of": "最后一项后面不能有逗号，请删掉这个逗号",
    "Expecting ',' delimiter": "缺少英文逗号“,”（上一项后面要加逗号）",
    "Expecting ':' delimiter": "缺少英文冒号“:”",
    "Expecting property name enclosed in double quotes": "这里应是用英文双引号括起来的字段名（最后一项后面不能有逗号）",
    "Expecting value": "这里缺少值，或者有多余的逗号",
    "Unterminated string starting at": "引号没有配对，缺少结尾的英文双引号",
    "Invalid control character at": "引号里不能直接换行",
    "Extra data": "数据结束后还有多余的内容",
    "Invalid \\escape": "反斜杠“\\”用法不对，路径请用“/”",
}
_FULLWIDTH_PUNCTUATION = "“”‘’，：｛｝［］"


def load_report(path: Path) -> Report:
    """Read and validate a data file; raise :class:`DrafterError` with every problem found."""
    data = read_json(path)
    return validate_report(data, source=path.name)


def read_json(path: Path) -> Any:
    text = _read_text(path)
    try:
        return json.loads(text, parse_float=Decimal, parse_int=_integer)
    except json.JSONDecodeError as exc:
        raise DrafterError([_syntax_problem(path, text, exc)]) from None


def _integer(text: str) -> int | Decimal:
    """A JSON integer; one too long for Python's int() (over 4300 digits) stays a Decimal, so the
    field it is typed in can say it is out of range instead of the reader failing."""
    return int(text) if len(text) <= 100 else Decimal(text)


def validate_report(data: Any, source: str = "", locate: Optional[Locate] = None) -> Report:
    """The report in ``data`` from any input; ``locate`` names a field path in that input (a
    workbook's sheet and cell), else messages name the field path after ``source``."""
    if not isinstance(data, dict):
        raise DrafterError.single("最外层应是一个对象（用花括号 { } 括起来）", source)
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        problems = problems_from(exc, Report, locate)
        if source and not locate:
            problems = [Problem(p.message, f"{source} {p.where}".strip(), p.hint) for p in problems]
        raise DrafterError(problems) from None


def _read_text(path: Path) -> str:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise DrafterError.single("找不到这个文件", str(path), "请检查文件名和所在文件夹") from None
    except IsADirectoryError:
        raise DrafterError.single("这是一个文件夹，不是数据文件", str(path)) from None
    except OSError as exc:
        raise DrafterError.single(f"无法读取文件（{exc.strerror}）", str(path)) from None
    for encoding in ("utf-8-sig", "gb18030"):
        try:
            return raw.decode(encoding)
        except UnicodeDecodeError:
            continue
    raise DrafterError.single("文件编码无法识别", str(path), "请另存为 UTF-8 编码")


def _syntax_problem(path: Path, text: str, exc: json.JSONDecodeError) -> Problem:
    reason = next(
        (chinese for english, chinese in _JSON_MESSAGES.items() if exc.msg.startswith(english)),
        exc.msg,
    )
    where = f"{path.name} 第{exc.lineno}行第{exc.colno}列"
    near = text[max(exc.pos - 1, 0) : exc.pos + 1]
    hint = ""
    if any(mark in near for mark in _FULLWIDTH_PUNCTUATION):
        hint = "这一行有中文引号或标点；JSON 的引号、逗号、冒号、括号都要用英文半角"
    return Problem(f"JSON 格式错误：{reason}", where, hint)

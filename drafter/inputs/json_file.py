"""Read a report data file: bytes → JSON → :class:`~drafter.model.Report`, with Chinese errors."""

from __future__ import annotations

import json
import re
from decimal import Decimal
from pathlib import Path
from typing import Any, Optional

from pydantic import ValidationError

from drafter.errors import DrafterError, Problem
from drafter.inputs.clean import clean
from drafter.inputs.clean import MAX_DEPTH, deep_place
from drafter.inputs.duplicate_keys import RepeatWatch, first_repeat, path_at_depth
from drafter.inputs.files import read_input
from drafter.inputs.messages import Locate, problems_from
from drafter.model import Report
from drafter.model.paths import where
from drafter.model.text import quoted

#: Python's JSON messages, in the words a clerk understands.
_JSON_MESSAGES = {
    "Illegal trailing comma before end of": "最后一项后面不能有逗号，请删掉这个逗号",
    "Expecting ',' delimiter": "缺少英文逗号“,”（上一项后面要加逗号）",
    "Expecting ':' delimiter": "缺少英文冒号“:”",
    "Expecting property name enclosed in double quotes": "这里应是用英文双引号括起来的字段名（最后一项后面不能有逗号）",
    "Expecting value": "这里缺少值，或者有多余的逗号",
    "Unterminated string starting at": "引号没有配对，缺少结尾的英文双引号",
    "Extra data": "数据结束后还有多余的内容",
    "Invalid \\escape": "反斜杠“\\”用法不对，路径请用“/”",
    "Unexpected UTF-8 BOM": "文件中间有一个看不见的字节顺序标记（BOM），请删掉这一处重新保存",
}
_FULLWIDTH_PUNCTUATION = "“”‘’，：｛｝［］"
#: Control characters never allowed raw in JSON; a tab, a line break and a carriage return are
#: whitespace between values, so only those inside quotes are escaped (one by one).
_RAW_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_MAX_RAW_TABS = 20


#: Longer integers are read as Decimal: Python refuses to make ints of more than 4300 digits
#: from text, and nothing in a report has more than a few; the model says which field is too big.
_INT_DIGITS = 100


def load_report(path: Path) -> Report:
    """Read and validate a data file; raise :class:`DrafterError` with every problem found."""
    data = read_json(path)
    return validate_report(data, source=path.name)


def read_json(path: Path) -> Any:
    """The content of a JSON data file, cleaned (see :mod:`drafter.inputs.clean`).

    Numbers are read as text first: decimals become ``Decimal`` (exactly as typed, and
    ``1e999999999`` costs nothing until something formats it), long integers too, and NaN or
    Infinity (not JSON, but Python reads them) a Decimal the cleaning refuses, naming the field.
    """
    text = _read_text(path)
    watch = RepeatWatch()
    try:
        data = _loads(text, watch)
    except json.JSONDecodeError as exc:
        raise DrafterError([_syntax_problem(path, exc.doc, exc)]) from None
    except RecursionError:
        raise _too_deep(path, text) from None
    if watch.repeated:
        _refuse_repeat(path, text)
    return clean(data, path.name)


def _too_deep(path: Path, text: str) -> DrafterError:
    """Brackets nested past what the parser takes: the field where they go past any report's."""
    found = path_at_depth(text, MAX_DEPTH)
    place = deep_place(found[0], f"{path.name} 第{found[1]}行") if found else path.name
    return DrafterError.single(
        f"括号 {{ }} [ ] 套了几千层（报告数据最多{MAX_DEPTH}层），不是报告数据",
        place.rstrip(),
        "请检查是否选错了文件，或这里多写了括号",
    )


def _refuse_repeat(path: Path, text: str) -> None:
    repeat = first_repeat(text)
    if repeat is None:  # pragma: no cover - the parser saw a repeat, so the scan finds it
        raise DrafterError.single("有一个字段写了两次", path.name, "同一个字段只能写一次：请保留一个，删掉另一个")
    raise DrafterError.single(
        f"“{quoted(repeat.key)}”写了两次，只会用到其中一个：{where(Report, repeat.loc)}",
        f"{path.name} 第{repeat.line}行第{repeat.column}列",
        "同一个字段只能写一次：请核对两处的内容，保留一个，删掉另一个",
    )


def validate_report(data: Any, source: str = "", locate: Optional[Locate] = None) -> Report:
    """The report in ``data`` from any input; ``locate`` names a field path in that input (a
    workbook's sheet and cell), else messages name the field path after ``source``."""
    if not isinstance(data, dict):
        raise DrafterError.single("最外层应是一个对象（用花括号 { } 括起来）", source)
    data = clean(data, source)
    try:
        return Report.model_validate(data)
    except ValidationError as exc:
        problems = problems_from(exc, Report, locate)
        if source and not locate:
            problems = [Problem(p.message, f"{source} {p.where}".strip(), p.hint) for p in problems]
        raise DrafterError(problems) from None


def _loads(text: str, watch: RepeatWatch) -> Any:
    """JSON with the numbers read as typed. A control character typed inside quotes (pasted from
    a web page or a chat) is not valid JSON; it is read as if escaped, so that the cleaning drops
    it with a warning naming the field, as it does for an escaped one — nobody can find an
    invisible character to delete it. A line break inside quotes stays an error: it is most often
    a missing closing quote."""
    try:
        return json.loads(text, **_numbers_as_typed(), object_pairs_hook=watch)
    except json.JSONDecodeError as exc:
        if not exc.msg.startswith("Invalid control character") or text[exc.pos] in "\r\n":
            raise
    escaped = _RAW_CONTROL.sub(lambda match: f"\\u{ord(match.group()):04x}", text)
    for _ in range(_MAX_RAW_TABS):
        try:
            return json.loads(escaped, **_numbers_as_typed(), object_pairs_hook=watch)
        except json.JSONDecodeError as exc:
            if not exc.msg.startswith("Invalid control character") or escaped[exc.pos] != "\t":
                raise
            escaped = escaped[: exc.pos] + "\\t" + escaped[exc.pos + 1 :]  # a tab inside quotes
    return json.loads(escaped, **_numbers_as_typed(), object_pairs_hook=watch)


def _numbers_as_typed() -> dict[str, Any]:
    return {"parse_float": Decimal, "parse_int": _integer, "parse_constant": Decimal}


def _integer(text: str) -> int | Decimal:
    return int(text) if len(text) <= _INT_DIGITS else Decimal(text)


#: How other files a clerk may pick by mistake begin: an Office file of before 2007 (.xls, .doc,
#: WPS's .et) and a zip package (.xlsx, .docx).
_OLE_FILE = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_ZIP_FILE = b"PK\x03\x04"
_BOM = "\ufeff"


def _read_text(path: Path) -> str:
    """The text of a data file; a byte-order mark at its start (one or several, as some editors
    add one each time they save) is no part of it."""
    raw = read_input(path)
    _not_another_kind_of_file(path, raw)
    for encoding in ("utf-8", "gb18030"):
        try:
            return raw.decode(encoding).lstrip(_BOM)
        except UnicodeDecodeError:
            continue
    raise DrafterError.single("文件编码无法识别", str(path), "请另存为 UTF-8 编码")


def _not_another_kind_of_file(path: Path, raw: bytes) -> None:
    """An Excel workbook or a Word document given where a data file goes is named as what it is."""
    if raw.startswith(_OLE_FILE):
        raise DrafterError.single(
            "这是旧版 Excel 工作簿（.xls）、WPS 表格（.et）或旧版 Word 文档，不是数据文件",
            str(path),
            "填报表请在 Excel/WPS 里打开，“另存为”Excel 工作簿（*.xlsx），再用另存的 .xlsx 文件",
        )
    if raw.startswith(_ZIP_FILE):
        if b"xl/" in raw[:4096] or b"xl/workbook" in raw:
            raise DrafterError.single(
                f"这是 Excel 工作簿（填报表），文件名却以“{path.suffix or '（没有扩展名）'}”结尾",
                str(path),
                "请把文件名改成以 .xlsx 结尾再用；WPS 表格另存时请选 Excel 工作簿（*.xlsx）",
            )
        if b"word/" in raw:
            raise DrafterError.single("这是 Word 文档，不是数据文件", str(path), "请给出数据文件（.json）或填报表（.xlsx）")
        raise DrafterError.single("这是一个压缩文件，不是数据文件", str(path), "请先解压，给出里面的数据文件（.json）或填报表（.xlsx）")


def _syntax_problem(path: Path, text: str, exc: json.JSONDecodeError) -> Problem:
    reason = next(
        (chinese for english, chinese in _JSON_MESSAGES.items() if exc.msg.startswith(english)),
        exc.msg,
    )
    if exc.msg.startswith("Invalid control character at"):
        reason = _control_character(text[exc.pos : exc.pos + 1])
    if text[exc.pos : exc.pos + 1] == _BOM:
        reason = _JSON_MESSAGES["Unexpected UTF-8 BOM"]
    where = f"{path.name} 第{exc.lineno}行第{exc.colno}列"
    near = text[max(exc.pos - 1, 0) : exc.pos + 1]
    hint = ""
    if any(mark in near for mark in _FULLWIDTH_PUNCTUATION):
        hint = "这一行有中文引号或标点；JSON 的引号、逗号、冒号、括号都要用英文半角"
    return Problem(f"JSON 格式错误：{reason}", where, hint)


def _control_character(char: str) -> str:
    """What is wrong with a control character left inside quotes (see :func:`_loads`)."""
    if char == "\t":
        return "引号里的制表符（Tab）太多，请换成空格"
    return "引号里不能直接换行"

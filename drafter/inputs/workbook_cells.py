"""What one saved cell of a 填报表 means, as the field of its row needs it.

Every kind of cell has a meaning or a message naming it: numbers (with the decimals their format
shows), percent-formatted numbers (0.9017 shown as 90.17% is 90.17%), text with units and
full-width digits, 无/—/／ for nothing, dates as dates, serial numbers or text, formulas by
their saved result; a yes/no, a date or a number where a sentence belongs, an error value
(#N/A), a number too large for Excel and a formula saved without its result are errors. The
last two are told where a cell is read (:mod:`workbook_rows`), which knows the sheet's formulas;
the rest here, by :func:`cell_value`, which raises :class:`CellError` with the message.
"""

from __future__ import annotations

import datetime as dt
import math
import re
from decimal import Decimal, localcontext
from typing import Any

from openpyxl.utils.datetime import from_excel

from drafter.inputs.clean import is_blank
from drafter.inputs.workbook_file import SavedCell
from drafter.model.figure_text import figure_with_parts

YES_WORDS = {"是": True, "否": False, "TRUE": True, "FALSE": False}
_YEAR = re.compile(r"^(?P<value>.*?)[（(](?P<year>\d{4})年?[）)]$")
_FIXED_DECIMALS = re.compile(r"0\.(0+)")
#: Excel day numbers of 1950 and 2100: a plain number there in a date field is a date.
_SERIAL_DATES = (18264, 73051)


class CellError(ValueError):
    """A cell that cannot be read as what its row needs."""


#: What each kind of field wants, as a message says it.
_WANTED = {
    "text": "文字", "choice": "下拉列表里的一项", "lines": "一句话", "int": "整数", "date": "日期",
    "bool": "“是”或“否”", "figure": "数字", "amount": "数字",
}


def cell_value(cell: SavedCell, kind: str) -> Any:
    """A cell as what a field of ``kind`` needs: text for text and choices, a list of lines for
    sentences (Alt+Enter starts another), the typed text of a figure (``1170``, ``90.17%``,
    ``280余``), an integer, an ISO date, True/False. None for an empty cell or one that says
    “none” (无, —, ／). A value of a type the field cannot mean raises :class:`CellError`."""
    value = cell.value
    if isinstance(value, str):
        return _text_value(value, kind)
    if isinstance(value, bool):
        if kind == "bool":
            return value
        raise CellError(f"格子里是逻辑值 {str(value).upper()}，这里应填写{_WANTED[kind]}")
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        if kind == "date" and not isinstance(value, dt.time):
            return _date(value).isoformat()
        raise CellError(f"这个格子是日期格式，这里应填写{_WANTED[kind]}。请把单元格格式改成“常规”后重新填写")
    if isinstance(value, (int, float)):
        return _number_value(value, cell.number_format, kind)
    raise CellError(f"这个格子读不出来，这里应填写{_WANTED[kind]}")  # pragma: no cover - openpyxl gives no other types


def _text_value(value: str, kind: str) -> Any:
    text = value.strip()
    if is_blank(text):
        return None
    if kind == "lines":
        lines = [line.strip() for line in text.splitlines() if line.strip() and not is_blank(line)]
        return lines or None
    if kind == "int" and re.fullmatch(r"\d{1,15}", text):
        return int(text)
    if kind == "bool":
        if text.upper() not in YES_WORDS:
            raise CellError(f"“{text}”：请从下拉列表里选“是”或“否”")
        return YES_WORDS[text.upper()]
    return text


def _number_value(value: float | int, number_format: str, kind: str) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        raise CellError("格子里的数太大，超出了 Excel 能表示的范围；请检查是否多打了数字")
    if kind == "lines":
        raise CellError(f"这里应写一句话，格子里只有一个数“{number_text(value, number_format)}”")
    if kind == "bool":
        raise CellError("请从下拉列表里选“是”或“否”")
    if kind == "int" and isinstance(value, float) and value.is_integer() and abs(value) < 1e15:
        return int(value)
    if kind == "int" and isinstance(value, int):
        return value
    if kind == "date" and _SERIAL_DATES[0] <= value <= _SERIAL_DATES[1]:
        return _date(from_excel(value)).isoformat()
    return number_text(value, number_format)


def number_text(value: float | int, number_format: str) -> str:
    """A number as shown: percent formats give ``90.17%``; fixed decimals (0.00) are kept. Digits
    are never lost: a whole number keeps all of its digits, a large one its size (the model then
    says it is too large for a report)."""
    with localcontext() as context:
        context.prec = 5000
        number = Decimal(value) if isinstance(value, int) else Decimal(format(value, ".15g"))
        if "%" in number_format:
            return _plain(number * 100) + "%"
        fixed = _FIXED_DECIMALS.search(number_format)
        if fixed and abs(number) < Decimal(10) ** 15:
            return format(number.quantize(Decimal(1).scaleb(-len(fixed.group(1)))), "f")
        return _plain(number)


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def figure_cell(role: str, text: str) -> dict[str, Any]:
    """One figure cell: 上年 may end in （2019年） (the year compared with); 本年 may have brackets
    with 其中 (``177（公办58、民办119）``) or with last year's value or the target (``12（上年10）``)."""
    if role == "previous":
        year = _YEAR.match(text)
        if year:
            return {"previous": year["value"].strip(), "previous_year": int(year["year"])}
        return {"previous": text}
    if role == "value":
        try:
            return figure_with_parts(text)
        except ValueError as problem:
            raise CellError(str(problem)) from None
    return {role: text}


def _date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value

"""Write a 填报表 (.xlsx) from the layout, optionally filled with this year's and last year's data.

Labels, units and help are locked (sheet protection without a password, so WPS and Excel users
can lift it under 审阅 › 撤销工作表保护); the cells to fill are unlocked and tinted. Values are
written so that reading them back gives the same text: ``14.20`` keeps its two decimals through
the number format, ``98.93%`` is a percent-formatted number, ``280余`` stays text.
"""

from __future__ import annotations

import datetime as dt
import io
import math
import re
import unicodedata
from decimal import Decimal
from typing import Any, Optional, Sequence

from openpyxl import Workbook
from openpyxl.cell import Cell
from openpyxl.packaging.custom import StringProperty
from openpyxl.styles import Alignment, Border, Font, NamedStyle, PatternFill, Protection, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.datavalidation import DataValidation
from openpyxl.worksheet.worksheet import Worksheet
from pydantic import BaseModel

from drafter.errors import DrafterError
from drafter.inputs.form_words import UNKNOWN, Local
from drafter.inputs.workbook_layout import (
    GUIDE_SHEET,
    HEADER,
    LABEL,
    PREVIOUS,
    TARGET,
    UNIT,
    VALUE,
    Block,
    Column,
    FieldRow,
    FigureRow,
    Group,
    KeyedBlock,
    LinesBlock,
    Loc,
    PairsBlock,
    Sheet,
    TableBlock,
)
from drafter.model import Amount, Figure, Rate, Report
from drafter.model.choices import label_of

#: Rows a clerk has to write in, at least: under a list of sentences (做法与成效, 存在问题), and
#: under a table of items (荣誉和称号, 建设项目, 其他数据); with data in them, at least a few more.
SENTENCE_ROWS = 8
ITEM_ROWS = 5
MORE_ROWS = 3
FORM_WIDTHS = (30, 8, 14, 30, 14, 44)
INFO_WIDTHS = (24, 44, 60)
#: The workbook's own list of its sheets (a custom document property, kept by Excel, WPS and
#: LibreOffice): a reader tells a sheet deleted or renamed from one never there.
SHEETS_PROPERTY = "drafter 工作表"
OTHER_WIDTH = 14
DATE_FORMAT = 'yyyy"年"m"月"d"日"'
PERCENT_FORMAT = "0.00%"
YES, NO = "是", "否"

_THIN = Side(style="thin", color="BFBFBF")
_BORDER = Border(left=_THIN, right=_THIN, top=_THIN, bottom=_THIN)
_WRAP = Alignment(wrap_text=True, vertical="top")
_LOCKED = Protection(locked=True)


def _style(name: str, font: Font = Font(), fill: Optional[PatternFill] = None, locked: bool = True,  # noqa: B008 - never changed
           alignment: Alignment = _WRAP) -> NamedStyle:
    style = NamedStyle(name, font=font, alignment=alignment, border=_BORDER,
                       protection=_LOCKED if locked else Protection(locked=False))
    if fill is not None:
        style.fill = fill
    return style


#: Named styles (one lookup a cell; a clerk can restyle them once in Excel/WPS).
LABEL_STYLE, INPUT_STYLE, NOTE_STYLE, GROUP_STYLE, HEADER_STYLE, TITLE_STYLE = (
    "填报表项目", "填报表填写", "填报表说明", "填报表分组", "填报表表头", "填报表小标题",
)
_STYLES = (
    _style(LABEL_STYLE),
    _style(INPUT_STYLE, fill=PatternFill("solid", fgColor="FFF9E5"), locked=False),
    _style(NOTE_STYLE, font=Font(size=9, color="595959")),
    _style(GROUP_STYLE, font=Font(bold=True, size=12), fill=PatternFill("solid", fgColor="DDEBF7")),
    _style(HEADER_STYLE, font=Font(bold=True), fill=PatternFill("solid", fgColor="D9D9D9"),
           alignment=Alignment(horizontal="center", vertical="center", wrap_text=True)),
    _style(TITLE_STYLE, font=Font(bold=True)),
)
_PLAIN_INTEGER = re.compile(r"^(0|[1-9]\d{0,14})$")
_PLAIN_DECIMAL = re.compile(r"^(0|[1-9]\d{0,9})\.(\d{1,5})$")
_PLAIN_PERCENT = re.compile(r"^(0|[1-9]\d{0,2})(\.\d{1,4})?%$")


def workbook_bytes(
    sheets: list[Sheet],
    data: Any = None,
    last_year: Optional[Report] = None,
    local: Local = UNKNOWN,
    guide: Sequence[str] = (),
) -> bytes:
    """The .xlsx file: the guide sheet, then ``sheets`` filled from ``data`` (a report, or plain
    data such as the report information carried from last year) and ``last_year`` (上年).

    ``local`` puts the district's words into labels and help (县 for 区（县）, its own name in the
    examples) once the district is known.
    """
    book = Workbook()
    for style in _STYLES:
        book.add_named_style(style)
    _guide_sheet(book.worksheets[0], guide)
    for sheet in sheets:
        ws = book.create_sheet(sheet.name)
        writer = _SheetWriter(ws, data, last_year, local)
        writer.write(sheet)
    book.properties.creator = "drafter"
    properties = book.custom_doc_props  # type: ignore[attr-defined]  # openpyxl 3.1 has it; its stubs not yet
    properties.append(StringProperty(name=SHEETS_PROPERTY, value="、".join(s.name for s in sheets)))
    output = io.BytesIO()
    book.save(output)
    return output.getvalue()


def _guide_sheet(ws: Worksheet, lines: Sequence[str]) -> None:
    ws.title = GUIDE_SHEET
    ws.column_dimensions["A"].width = 100
    for row, line in enumerate(lines, start=1):
        ws.cell(row, 1, line).style = GROUP_STYLE if row == 1 else LABEL_STYLE
    ws.protection.sheet = True
    _print_setup(ws, columns=1, title_rows=0)


class _SheetWriter:
    def __init__(self, ws: Worksheet, data: Any, last_year: Optional[Report], local: Local):
        self.ws = ws
        self.data = data
        self.last_year = last_year
        self.local = local
        self.row = 1
        self.width = len(HEADER)
        self.sheet = Sheet("", "")
        #: Where a plain value goes, and the help: 本年 and 说明, or 内容 and 说明 on 报告信息.
        self.value_column = VALUE
        self.help_column = len(HEADER)
        self._validations: dict[tuple[str, ...], DataValidation] = {}
        self._widths: dict[int, float] = {}
        self._heights: dict[int, float] = {}

    # -- the sheet ---------------------------------------------------------------------------
    def write(self, sheet: Sheet) -> None:
        self.sheet = sheet
        self.value_column, self.help_column = sheet.value_column, sheet.help_column
        if sheet.table is not None:
            self._list_sheet(sheet.table, sheet.note)
        else:
            self._widths = dict(enumerate(INFO_WIDTHS if sheet.columns != HEADER else FORM_WIDTHS, start=1))
            self.width = len(sheet.columns)
            self._header(sheet.columns)
            note = sheet.note
            for block in sheet.blocks:
                if isinstance(block, Group) and note:  # the sheet's title row says whose part it is
                    block, note = Group(block.title, "；".join(filter(None, [note, block.help]))), ""
                self._block(block)
        for column in range(1, self.width + 1):
            self.ws.column_dimensions[get_column_letter(column)].width = self._width(column)
        for row, height in self._heights.items():
            self.ws.row_dimensions[row].height = height
        self.ws.freeze_panes = f"A{sheet.header_row + 1}"
        self.ws.protection.sheet = True
        self.ws.protection.insertRows = False
        self.ws.protection.formatRows = False
        self.ws.protection.formatColumns = False
        _print_setup(self.ws, self.width, title_rows=sheet.header_row)

    def _list_sheet(self, table: TableBlock, note: str) -> None:
        """A sheet that is one list (存在问题 …): a title row saying what the list is, then the
        table's columns as the header."""
        columns = table.all_columns
        for index, column in enumerate(columns, start=1):
            self._widths[index] = 90 if len(columns) == 1 else 60 if column.kind == "lines" else 30
        self.width = len(columns)
        title = "：".join(filter(None, [table.title, "；".join(filter(None, [self._local(table.help), note]))]))
        for number in range(1, len(columns) + 1):
            self._cell(number, None, GROUP_STYLE)
        self._cell(1, title, GROUP_STYLE)
        if len(columns) > 1:
            self.ws.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=len(columns))
            self._heights[self.row] = 15 * max(1, math.ceil(_display_width(title) / sum(self._widths.values()))) + 6
        self.row += 1
        self._header([c.title for c in columns])
        self._table_rows(table)

    def _header(self, titles: Any) -> None:
        for column, title in enumerate(titles, start=1):
            self._cell(column, title, HEADER_STYLE)
        self.width = max(self.width, len(titles))
        self.row += 1

    # -- blocks ------------------------------------------------------------------------------
    def _block(self, block: Block) -> None:
        if isinstance(block, Group):
            self._group(block)
        elif isinstance(block, FigureRow):
            self._figure(block)
        elif isinstance(block, FieldRow):
            self._label(block.title, "", self.local.help(block.loc, block.help))
            self._input(self.value_column, self._plain(self._value(block.loc), block.kind), block.kind, block.choices)
            self.row += 1
        elif isinstance(block, LinesBlock):
            self._lines(block)
        elif isinstance(block, PairsBlock):
            self._pairs(block)
        elif isinstance(block, KeyedBlock):
            self._keyed(block)
        else:
            self._label(block.title, "", block.help, bold=True)
            self.row += 1
            self._header_row([c.title for c in block.all_columns])
            self._table_rows(block)

    def _group(self, group: Group) -> None:
        for column in range(1, self.help_column + 1):
            self._cell(column, None, GROUP_STYLE)
        self._cell(LABEL, self._local(group.title), GROUP_STYLE)
        if group.help:
            self._cell(self.help_column, self._local(group.help), GROUP_STYLE)
        self.row += 1

    def _figure(self, block: FigureRow) -> None:
        self._label(block.title, self._local(block.spec.unit), block.help)
        figure = self._value(block.loc)
        values = (self._previous(block.loc, figure), _value_text(figure) if figure else None, figure and figure.target)
        kind = "rate" if isinstance(block.spec, Rate) else "figure"
        for column, value in zip((PREVIOUS, VALUE, TARGET), values):
            self._input(column, value, kind, maximum=block.spec.maximum)
        self.row += 1

    def _previous(self, loc: Loc, figure: Optional[Figure]) -> Any:
        """Last year's value: this year's data says it, or else last year's data file."""
        if figure is not None and figure.previous is not None:
            if figure.previous_year:
                return f"{figure.previous.text}（{figure.previous_year}年）"
            return figure.previous
        last = _at(self.last_year, loc)
        return last.value if isinstance(last, Figure) else None

    def _lines(self, block: LinesBlock) -> None:
        lines = list(self._value(block.loc) or [])
        for index in range(_rows(len(lines), SENTENCE_ROWS)):
            if index == 0:
                self._label(block.title, "", block.help)
            else:
                self._label("", "", "")
            self._input(self.value_column, lines[index] if index < len(lines) else None, "text")
            self.row += 1

    def _keyed(self, block: KeyedBlock) -> None:
        """A title row, then a row for each key: its name, and its value to fill."""
        self._label(block.title, "", block.help, bold=True)
        self.row += 1
        values = self._value(block.loc) or ({} if not block.order else [])
        if block.order:  # the listed keys in their order: each its position among those of its level
            counted: dict[str, int] = {}
            positions = {}
            for key in values:
                group = key.rpartition(".")[0]
                counted[group] = positions[key] = counted.get(group, 0) + 1
            values = positions
        for key, name in block.keys:
            self._label(("\u3000" if key in block.inner else "") + name, "", block.row_help)
            value = values.get(key) if isinstance(values, dict) else None
            self._input(self.value_column, value, "choice" if block.choices else "text", block.choices)
            self.row += 1

    def _pairs(self, block: PairsBlock) -> None:
        self._label(block.title, "", block.help, bold=True)
        self.row += 1
        pairs = list((self._value(block.loc) or {}).items())
        for index in range(_rows(len(pairs), ITEM_ROWS)):
            key, value = pairs[index] if index < len(pairs) else (None, None)
            self._label("", "", "")
            self._input(LABEL, key, "choice" if block.key_choices else "text", block.key_choices)
            self._input(self.value_column, value, "choice" if block.value_choices else "text", block.value_choices)
            self.row += 1

    def _header_row(self, titles: list[str]) -> None:
        for column, title in enumerate(titles, start=1):
            self._cell(column, self._local(title), HEADER_STYLE)
        self.width = max(self.width, len(titles))
        self.row += 1

    def _table_rows(self, table: TableBlock) -> None:
        """One item a row, then blank rows; the entries of a nested list take the following rows."""
        items = list(self._value(table.loc) or []) + self._last_year_items(table)
        rows = _rows(len(items), SENTENCE_ROWS if table.sentences else ITEM_ROWS)
        for item in items + [None] * (rows - len(items)):
            entries = list(_get(item, (table.nested[0],)) or []) if table.nested else []
            self._item_row(table, item, entries[0] if entries else None)
            for entry in entries[1:]:
                self._item_row(table, None, entry)

    def _last_year_items(self, table: TableBlock) -> list[Any]:
        """A clerk's own figures of last year not given again: their names, units and 上年."""
        if not any(c.kind == "amount" for c in table.columns):
            return []
        given = {_identity(item) for item in (self._value(table.loc) or [])}
        last = [item for item in (_at(self.last_year, table.loc) or []) if _identity(item) not in given]
        return [_as_last_year(item) for item in last]

    def _item_row(self, table: TableBlock, item: Any, entry: Any) -> None:
        self._item_cells(table.columns, item, 1)
        if table.nested:
            self._item_cells(table.nested[1], entry, len(table.columns) + 1)
        self.row += 1

    def _item_cells(self, columns: tuple[Column, ...], item: Any, first: int) -> None:
        for offset, column in enumerate(columns):
            value = _get(item, column.path)
            if column.kind == "figure":
                value = _item_figure(value, column, item)
            elif column.kind == "lines":
                value = "\n".join(value) if isinstance(value, list) else value or None
            elif column.kind != "amount":
                value = self._plain(value, column.kind)
            self._input(first + offset, value, column.kind, column.choices)

    # -- cells -------------------------------------------------------------------------------
    def _label(self, title: str, unit: str, help: str, bold: bool = False) -> None:
        self._cell(LABEL, self._local(title) or None, TITLE_STYLE if bold else LABEL_STYLE)
        for column in range(LABEL + 1, self.help_column):
            self._cell(column, None, LABEL_STYLE)
        if unit:
            self._cell(UNIT, unit, LABEL_STYLE)
        self._cell(self.help_column, self._local(help) or None, NOTE_STYLE)

    def _input(self, column: int, value: Any, kind: str, choices: tuple[str, ...] = (), maximum: Any = None) -> None:
        if kind == "choice" and isinstance(value, str):
            value = label_of(value)
        cell = self._cell(column, value if isinstance(value, str) else None, INPUT_STYLE)
        _put(cell, value, percent=kind == "rate")
        if kind in ("choice", "bool"):
            self._validate(cell, "list", '"' + ",".join(choices or (YES, NO)) + '"')
        elif kind == "rate":
            if value is None:
                cell.number_format = PERCENT_FORMAT
            if maximum is not None and cell.number_format.endswith("%"):
                self._validate(cell, "decimal", "0", str(Decimal(maximum) / 100))

    def _validate(self, cell: Cell, kind: str, formula1: str, formula2: Optional[str] = None) -> None:
        key = (kind, formula1, formula2 or "")
        validation = self._validations.get(key)
        if validation is None:
            validation = _validation(kind, formula1, formula2)
            self.ws.add_data_validation(validation)
            self._validations[key] = validation
        validation.add(cell)

    def _cell(self, column: int, value: Any, style: str) -> Cell:
        cell = self.ws.cell(self.row, column)
        assert isinstance(cell, Cell)  # a sheet written here merges only its list title row, written first
        if value is not None:
            cell.value = value
            if isinstance(value, str):
                self._fit(column, value, style)
        cell.style = style
        return cell

    def _width(self, column: int) -> float:
        return self._widths.get(column, OTHER_WIDTH)

    def _fit(self, column: int, text: str, style: str) -> None:
        """Make the row tall enough for ``text`` wrapped in its column (LibreOffice and Excel do
        not measure wrapped text when they open a file)."""
        small = style == NOTE_STYLE
        per_line = max(1, (self._width(column) - 1) * (1.3 if small else 1))
        lines = sum(max(1, math.ceil(_display_width(line) / per_line)) for line in text.splitlines() or [""])
        if lines > 1:
            height = lines * (12 if small else 15) + 3
            self._heights[self.row] = max(self._heights.get(self.row, 0), height)

    def _local(self, text: str) -> str:
        return self.local(text)

    def _value(self, loc: Loc) -> Any:
        return _at(self.data, loc)

    def _plain(self, value: Any, kind: str) -> Any:
        if value is None:
            return None
        if kind == "bool":
            return YES if value else NO
        if kind == "date" and isinstance(value, str):
            return dt.date.fromisoformat(value)
        return value


def _rows(filled: int, least: int) -> int:
    """How many rows a list takes: what is filled and room for more, at least ``least``."""
    return max(least, filled + MORE_ROWS)


def _display_width(text: str) -> int:
    """Width in columns of a character '0': Chinese characters and full-width forms take two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def _validation(kind: str, formula1: str, formula2: Optional[str]) -> DataValidation:
    if kind == "list":
        return DataValidation(type="list", formula1=formula1, allow_blank=True, showErrorMessage=True,
                              errorTitle="请从列表中选择", error="请点单元格右边的箭头，从列表中选择")
    return DataValidation(
        type="decimal", operator="between", formula1=formula1, formula2=formula2, allow_blank=True,
        showErrorMessage=True, errorStyle="warning", errorTitle="比例超出范围",
        error=f"比例应在0到{Decimal(formula2 or 1) * 100:.0f}%之间。写“95%以上”“近60%”这类约数时请选“是”继续。",
    )


def _put(cell: Cell, value: Any, percent: bool) -> None:
    """Write a value so that reading the cell gives back the same text."""
    if isinstance(value, Amount):
        value, number_format = amount_cell(value.text, percent)
        if number_format:
            cell.number_format = number_format
    elif isinstance(value, dt.date):
        cell.number_format = DATE_FORMAT
    if value is not None:
        cell.value = value


def amount_cell(text: str, percent: bool = False) -> tuple[Any, Optional[str]]:
    """A typed amount as a cell value and number format: a number when the cell gives the same
    text back (``1170``, ``14.20`` with format 0.00, ``98.93%`` as 0.9893 in a rate row), else text."""
    if _PLAIN_INTEGER.match(text):
        return int(text), None
    decimal = _PLAIN_DECIMAL.match(text)
    if decimal:
        return float(text), "0." + "0" * len(decimal.group(2))
    if percent and _PLAIN_PERCENT.match(text):
        number = Decimal(text[:-1])
        if text[:-1] == format(number.normalize(), "f"):
            return float(number / 100), PERCENT_FORMAT
    return text, None


def _value_text(figure: Figure) -> Any:
    """This year's value, with its 其中 in brackets after it: ``177（公办58、民办119）``."""
    if not figure.breakdown:
        return figure.value
    parts = "、".join(f"{name}{amount.text}" for name, amount in figure.breakdown.items())
    return f"{figure.value.text if figure.value else ''}（{parts}）"


def _item_figure(figure: Optional[Figure], column: Column, item: Any) -> Any:
    """A figure in a table cell holds its value (and 其中); a table has no room for more."""
    if figure is None:
        return None
    if figure.previous is not None or figure.target is not None or figure.previous_year:
        raise DrafterError.single(
            f"“{column.title}”在填报表的表格里只能写本年数值，这一项还写了上年数值或目标值",
            f"{getattr(item, 'name', '')}",
            "请把上年数值和目标值写进“做法与成效”，或直接用数据文件生成",
        )
    return _value_text(figure)


def _identity(item: Any) -> tuple[str, ...]:
    return (getattr(item, "subject", ""), getattr(item, "name", ""))


def _as_last_year(item: BaseModel) -> BaseModel:
    """A clerk's own figure of last year, offered again with its value as 上年."""
    value: Figure = item.value  # type: ignore[attr-defined]
    return item.model_copy(update={"value": Figure.model_construct(previous=value.value)})


def _at(root: Any, loc: Loc) -> Any:
    node = root
    for step in loc:
        if node is None:
            return None
        node = _get(node, (step,))
    return node


def _get(node: Any, path: tuple[Any, ...]) -> Any:
    for step in path:
        if node is None:
            return None
        if isinstance(node, dict):
            node = node.get(step)
        elif isinstance(node, list):
            node = node[step] if isinstance(step, int) and step < len(node) else None
        else:
            node = getattr(node, str(step), None)
    return node


def _print_setup(ws: Worksheet, columns: int, title_rows: int) -> None:
    """A4, as wide as the page, the header repeated on every page, a line to sign."""
    ws.page_setup.paperSize = ws.PAPERSIZE_A4
    ws.page_setup.orientation = "landscape" if columns > len(HEADER) else "portrait"
    ws.page_setup.fitToWidth = 1
    ws.page_setup.fitToHeight = 0
    if ws.sheet_properties.pageSetUpPr is not None:
        ws.sheet_properties.pageSetUpPr.fitToPage = True
    ws.print_options.gridLines = False
    if title_rows:
        ws.print_title_rows = f"1:{title_rows}"
    header, footer = ws.oddHeader, ws.oddFooter
    if header is not None and header.center is not None:
        header.center.text = "&A"
    if footer is not None and footer.left is not None and footer.right is not None:
        footer.left.text = "填报科室：　　　　　填表人：　　　　　负责人（签字）："
        footer.right.text = "第 &P 页，共 &N 页"


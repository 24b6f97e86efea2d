"""Read a filled 填报表 (.xlsx) into the same raw data a JSON file gives, and where each value sat.

Rows are recognised by their labels (the 项目 cell), as a person reads the sheet: a group row
starts a part, a label starts a figure, a value, a list or a table. A row the clerk inserted
inside a list or a table is one more line or item; blank rows are skipped; a value in a row
without a label, or a label drafter does not know, is an error naming the cell. Nothing here
checks values: the model does, and its messages are given back with the sheet and cell.

Cells are read as Excel and WPS store them: numbers (with the decimals their format shows),
percent-formatted numbers (0.9017 shown as 90.17% is 90.17%), text with units and full-width
digits, dates as dates, serial numbers or text, formulas by their saved result.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal
from pathlib import Path
from typing import Annotated, Any, Callable, Optional

from openpyxl import load_workbook
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from pydantic import BaseModel, TypeAdapter, ValidationError

from drafter.errors import DrafterError, Problem
from drafter.inputs.messages import problems_from
from drafter.inputs.workbook_layout import (
    FIGURE_ROLES,
    GUIDE_SHEET,
    LABEL,
    PREVIOUS,
    TARGET,
    VALUE,
    Block,
    Column,
    FieldRow,
    FigureRow,
    Group,
    LinesBlock,
    Loc,
    PairsBlock,
    Sheet,
    TableBlock,
    sheets_for,
)
from drafter.model import Figure, Report
from drafter.model.figure_text import figure_with_parts
from drafter.model.paths import model_at
from drafter.model.place import NEUTRAL, UNITS, localise

YES_WORDS = {"是": True, "否": False, "TRUE": True, "FALSE": False}
_YEAR = re.compile(r"^(?P<value>.*?)[（(](?P<year>\d{4})年?[）)]$")
_FIXED_DECIMALS = re.compile(r"0\.(0+)")
#: Excel day numbers of 1950 and 2100: a plain number there in a date field is a date.
_SERIAL_DATES = (18264, 73051)


#: The most a workbook's parts may hold unpacked. A real 填报表 holds well under 1 MB; much more
#: is not a 填报表, and would take the memory and time of a far bigger file to read.
MAX_UNPACKED_MB = 20
#: Of which the parts parsed as XML (sheets, shared strings, styles; not pictures). A 填报表's are a
#: few hundred KB; one huge item in them (a comment of many MB) takes the parser a long time.
MAX_XML_MB = 5


@dataclass
class WorkbookData:
    """What a workbook holds: raw data as a JSON file would give it, and for each field path the
    cell it came from (``各类教育!D7 新增学前学位``); ``notes`` are what was left unread."""

    data: dict[str, Any] = field(default_factory=dict)
    cells: dict[Loc, str] = field(default_factory=dict)
    notes: list[Problem] = field(default_factory=list)


def read_workbook(path: Path, raw: bytes, report: type[Report] = Report) -> WorkbookData:
    """Read the filled workbook in ``raw`` (from ``path``); raise DrafterError naming each bad cell."""
    result = WorkbookData()
    problems: list[Problem] = []
    layout = {sheet.name: sheet for sheet in sheets_for(None, report)}
    for title, grid, formulas in _read_sheets(path, raw):
        sheet = layout.get(title.strip())
        if sheet is None:
            if title != GUIDE_SHEET and grid.max_row > 1:
                result.notes.append(Problem(f"{path.name} 的工作表“{title}”不是填报表的一部分，没有读取"))
            continue
        header = _header_problem(sheet, grid, path.name)
        if header:
            problems.append(header)
            continue
        result.notes += _outside_note(sheet, grid, path.name)
        reader = _SheetReader(sheet, grid, formulas, path.name, result, report)
        reader.read()
        problems += reader.problems
    if problems:
        raise DrafterError(problems)
    return result


def _read_sheets(path: Path, raw: bytes) -> list[tuple[str, _Grid, set[tuple[int, int]]]]:
    """Each sheet's title, its cells, and where it has formulas: the one place the file is parsed.

    openpyxl reads a sheet only when it is walked, so a broken part of the file (cut-off XML, a
    cell that is not what its type says) fails here, and only here, with one message."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            _check_size(path, archive)
            has_formulas = _has_formulas(archive)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            values = load_workbook(io.BytesIO(raw), read_only=True, data_only=True)
            formulas = load_workbook(io.BytesIO(raw), read_only=True) if has_formulas else None
            return [
                (ws.title, _Grid(ws), _formulas(formulas[ws.title]) if formulas else set())
                for ws in values.worksheets
            ]
    except DrafterError:
        raise
    except Exception:  # noqa: BLE001 - openpyxl and the XML parser raise many kinds of errors for a broken file
        raise DrafterError.single(
            "不是能读取的 Excel 工作簿（.xlsx），或者文件已经损坏",
            path.name,
            "请在 Excel/WPS 里打开它，“另存为”Excel 工作簿（*.xlsx），不设打开密码，再用另存的文件；"
            "旧版 .xls、WPS 的 .et 文件也这样另存。Excel/WPS 也打不开时，请填表的科室重新发一份",
        ) from None


def _check_size(path: Path, archive: zipfile.ZipFile) -> None:
    """Refuse, before parsing, a file whose parts unpack to far more than a 填报表 holds.
    (The sizes a zip file declares are the most Python's zipfile will unpack.)"""
    parts = archive.infolist()
    unpacked = sum(info.file_size for info in parts)
    xml = sum(info.file_size for info in parts if not info.filename.startswith("xl/media/"))
    for size, most in ((unpacked, MAX_UNPACKED_MB), (xml, MAX_XML_MB)):
        if size > most * 1024 * 1024:
            raise DrafterError.single(
                f"文件太大，不像是填报表：解压后有 {size / 1024 / 1024:,.0f} MB，填报表最多 {most} MB"
                "（正常的填报表不到 1 MB）",
                path.name,
                "请确认给的是 drafter sheet 生成的填报表；表里如果贴了图片、加了很大的工作表，请删掉后另存再试",
            )


def _has_formulas(archive: zipfile.ZipFile) -> bool:
    """Whether any sheet has a formula (``<f>`` elements); most workbooks have none.
    Each sheet is read in pieces, not whole."""
    for name in archive.namelist():
        if not name.startswith("xl/worksheets/"):
            continue
        with archive.open(name) as member:
            tail = b""
            while chunk := member.read(1 << 16):
                text = tail + chunk
                if b"<f>" in text or b"<f " in text:
                    return True
                tail = text[-2:]
    return False


def _header_problem(sheet: Sheet, grid: _Grid, source: str) -> Optional[Problem]:
    """The first row must be the sheet's header: a changed one means moved or swapped columns,
    and reading on would put values into the wrong fields."""
    wrong = [
        (f"{get_column_letter(column)}1", title, grid.text(1, column))
        for column, title in enumerate(sheet.header, start=1)
        if grid.text(1, column) not in _variants(title)
    ]
    if not wrong:
        return None
    found = "；".join(f"{cell} 应是“{title}”，现在{f'是“{text}”' if text else '空着'}" for cell, title, text in wrong)
    return Problem(
        f"表头和填报表的不一样（{found}），各栏可能被移动、调换或改动过，没有读取这个工作表",
        f"{source} {sheet.name}!{wrong[0][0]}",
        f"第一行应是：{' | '.join(sheet.header)}。请把各栏移回原位、表头改回原样，或者用原来的填报表重新填写",
    )


def _outside_note(sheet: Sheet, grid: _Grid, source: str) -> list[Problem]:
    """Cells filled to the right of the sheet's columns: nothing reads them, so say so."""
    cells = [
        f"{get_column_letter(column)}{row}"
        for (row, column), cell in sorted(grid.cells.items())
        if column > sheet.width and str(cell.value).strip()
    ]
    if not cells:
        return []
    shown = "、".join(cells[:10]) + (f" 等 {len(cells)} 个格子" if len(cells) > 10 else "")
    last = get_column_letter(sheet.width)
    return [Problem(
        f"{shown} 在填报表的栏目以外，填的内容没有读取",
        f"{source} {sheet.name}",
        f"填报表只读 A 到 {last} 栏；要用的数据请填进对应项目的格子里",
    )]


@dataclass(frozen=True)
class SavedCell:
    """What a cell holds, as saved in the file: taken out of openpyxl while the sheet is read, so
    that nothing is looked up in the file later."""

    value: Any
    number_format: str = "General"
    data_type: str = "n"


_EMPTY = SavedCell(None)


class _Grid:
    """The filled cells of a sheet, read once (a read-only sheet is a stream)."""

    def __init__(self, ws: Any):
        self.cells: dict[tuple[int, int], SavedCell] = {}
        for row in ws.iter_rows():
            for cell in row:
                if cell.value is not None:
                    self.cells[(cell.row, cell.column)] = SavedCell(cell.value, cell.number_format, cell.data_type)
        self.max_row = max((r for r, _ in self.cells), default=1)
        self.rows = sorted({r for r, _ in self.cells})

    def cell(self, row: int, column: int) -> SavedCell:
        return self.cells.get((row, column), _EMPTY)

    def text(self, row: int, column: int) -> Optional[str]:
        value = self.cell(row, column).value
        return value.strip() if isinstance(value, str) else None if value is None else str(value)


def _formulas(ws: Any) -> set[tuple[int, int]]:
    """Where the sheet has formulas (their saved results are in the other copy)."""
    return {
        (cell.row, cell.column)
        for row in ws.iter_rows()
        for cell in row
        if isinstance(cell.value, str) and cell.value.startswith("=")
    }


class _CellError(ValueError):
    """A cell that cannot be read as what its row needs."""


class _SheetReader:
    def __init__(
        self,
        sheet: Sheet,
        ws: _Grid,
        formulas: set[tuple[int, int]],
        source: str,
        result: WorkbookData,
        report: type[BaseModel] = Report,
    ):
        self.sheet = sheet
        self.ws = ws
        self.formulas = formulas
        self.source = source
        self.data = result.data
        self.cells = result.cells
        self.problems: list[Problem] = []
        #: The model the workbook fills: a table's items are checked against it as they are read.
        self.report = report

    def read(self) -> None:
        if self.sheet.table is not None:
            self.cells[self.sheet.table.loc] = self._where(1, LABEL, self.sheet.name)
            table = _TableReader(self, self.sheet.table, header=False)
            for row in self._rows():
                table.row(row)
            table.done()
            return
        self._read_form()

    # -- a sheet of groups and rows ----------------------------------------------------------
    def _read_form(self) -> None:
        groups = _groups(self.sheet)
        labels: dict[str, Block] = {}
        block: Optional[Block] = None
        table: Optional[_TableReader] = None
        for row in self._rows():
            label = self._text(row, LABEL) or ""
            if label in groups or label in labels:
                if table:
                    table.done()
                labels, block = (groups[label], None) if label in groups else (labels, labels[label])
                table = _TableReader(self, block, header=True) if isinstance(block, TableBlock) else None
                if block is None:
                    continue
                self._first_row(block, row)
                continue
            if isinstance(block, LinesBlock) and not label:
                self._line(block, row)
            elif isinstance(block, PairsBlock):
                self._pair(block, row)
            elif table is not None:
                table.row(row)
            elif any(self._filled(row, column) for column in range(1, self.sheet.width + 1)):
                self._stray(row, label)
        if table:
            table.done()

    def _first_row(self, block: Block, row: int) -> None:
        if isinstance(block, FigureRow):
            self._figure(block, row)
        elif isinstance(block, FieldRow):
            self._field(block, row)
        elif isinstance(block, LinesBlock):
            self.cells[block.loc] = self._where(row, VALUE, block.title)
            self._line(block, row)
        else:
            self.cells[block.loc] = self._where(row, LABEL, block.title)

    def _stray(self, row: int, label: str) -> None:
        if label:
            self._problem(row, LABEL, label, "不认识这个项目名称",
                          "项目名称不要改动；本区特有的数据请写在这一部分的“其他数据”表里")
        else:
            self._problem(row, LABEL, "", "这一行没有项目名称，不知道填的是哪一项",
                          "请把数据写在对应项目的行里；本区特有的数据请写在这一部分的“其他数据”表里")

    def _figure(self, block: FigureRow, row: int) -> None:
        where = self._where(row, VALUE, block.title)
        self.cells[block.loc] = where
        for role, column in zip(FIGURE_ROLES, (PREVIOUS, VALUE, TARGET)):
            self.cells[(*block.loc, role)] = self._where(row, column, block.title)
        self.cells[(*block.loc, "previous_year")] = self._where(row, PREVIOUS, block.title)
        self.cells[(*block.loc, "breakdown")] = where
        figure: dict[str, Any] = {}
        for role, column in zip(FIGURE_ROLES, (PREVIOUS, VALUE, TARGET)):
            part = self._read(row, column, block.title, functools.partial(_figure_part, role))
            if part and self._figure_ok(block, row, column, role, part):
                figure.update(part)
        if "value" in figure or "target" in figure or "breakdown" in figure:
            self._set(block.loc, figure["value"] if list(figure) == ["value"] else figure, row)

    def _figure_ok(self, block: FigureRow, row: int, column: int, role: str, part: dict[str, Any]) -> bool:
        """Check one cell with the figure's own field, so that a message names the cell it is about."""
        probe = {"value": part.get(role), **({"breakdown": part["breakdown"]} if "breakdown" in part else {})}
        if probe["value"] is None:
            return True
        try:
            _adapter(block.owner, str(block.loc[-1])).validate_python(probe)
        except ValidationError as exc:
            for problem in problems_from(exc, Figure):
                self._problem(row, column, block.title, problem.message)
            return False
        return True

    def _field(self, block: FieldRow, row: int) -> None:
        self.cells[block.loc] = self._where(row, VALUE, block.title)
        value = self._read(row, VALUE, block.title, _CONVERTERS[block.kind])
        if value is not None:
            self._set(block.loc, value, row)

    def _line(self, block: LinesBlock, row: int) -> None:
        text = self._read(row, VALUE, block.title, cell_text)
        if text is not None:
            lines = self._list(block.loc)
            self.cells[(*block.loc, len(lines))] = self._where(row, VALUE, block.title)
            lines.append(text)

    def _pair(self, block: PairsBlock, row: int) -> None:
        key = self._read(row, LABEL, block.title, cell_text)
        value = self._read(row, VALUE, block.title, cell_text)
        if key is None and value is None:
            return
        if key is None:
            self._problem(row, LABEL, block.title, "请在项目栏写上名称")
            return
        self.cells[(*block.loc, key)] = self._where(row, VALUE, block.title)
        self._dict(block.loc)[key] = value

    # -- data --------------------------------------------------------------------------------
    def _set(self, loc: Loc, value: Any, row: int) -> None:
        parent = self._dict(loc[:-1])
        if loc[-1] in parent:
            self._problem(row, LABEL, str(loc[-1]), "这一项在表里写了两次", "请删掉多余的一行")
            return
        parent[loc[-1]] = value  # type: ignore[index]

    def _dict(self, loc: Loc) -> dict[str, Any]:
        node = self.data
        for step in loc:
            node = node.setdefault(step, {})  # type: ignore[call-overload]
        return node

    def _list(self, loc: Loc) -> list[Any]:
        parent = self._dict(loc[:-1])
        return parent.setdefault(loc[-1], [])  # type: ignore[call-overload, no-any-return]

    # -- cells -------------------------------------------------------------------------------
    def _read(self, row: int, column: int, title: str, convert: Callable[[SavedCell], Any]) -> Any:
        cell = self.ws.cell(row, column)
        try:
            if cell.value is None:
                self._check_formula(row, column)
                return None
            if cell.data_type == "e":
                raise _CellError(f"公式出错（{cell.value}），请改正公式或直接填写数字")
            return convert(cell)
        except ValueError as exc:
            self._problem(row, column, title, str(exc))
            return None

    def _check_formula(self, row: int, column: int) -> None:
        if (row, column) in self.formulas:
            raise _CellError("这个格子是公式，但文件里没有保存计算结果。请在 Excel 或 WPS 里打开、保存一次，或直接填写数字")

    def _text(self, row: int, column: int) -> Optional[str]:
        return self.ws.text(row, column)

    def _rows(self) -> list[int]:
        """The rows below the header with anything in them (blank rows are skipped anyway)."""
        return [row for row in self.ws.rows if row > 1]

    def _filled(self, row: int, column: int) -> bool:
        value = self.ws.cell(row, column).value
        return value is not None and str(value).strip() != ""

    def _where(self, row: int, column: int, title: str) -> str:
        return f"{self.sheet.name}!{get_column_letter(column)}{row} {title}".rstrip()

    def _problem(self, row: int, column: int, title: str, message: str, hint: str = "") -> None:
        self.problems.append(Problem(message, f"{self.source} {self._where(row, column, title)}", hint))


class _TableReader:
    """The rows of a table: one item a row; a row with only the nested columns filled adds an
    entry to the item above it (具体做法 under a 改进措施)."""

    def __init__(self, sheet: _SheetReader, table: TableBlock, header: bool):
        self.sheet = sheet
        self.table = table
        self.items: list[Any] = []
        #: A table inside a sheet of figures has its column titles on the row after its label.
        self.header = _variants(table.all_columns[0].title) if header else set()

    def row(self, row: int) -> None:
        if self.header:
            header, self.header = self.header, set()
            if self.sheet._text(row, LABEL) in header:
                return
        outer = self._values(self.table.columns, row, 1)
        entry = self._values(self.table.nested[1], row, len(self.table.columns) + 1) if self.table.nested else None
        if outer is None and entry is None:
            return
        index = len(self.items)
        if outer is None and self.items and self.table.nested:
            index -= 1
            item = self.items[-1]
        else:
            item = {} if outer is None else outer
            if _last_year_only(self.table.columns, item):
                return
            self.items.append(item)
            self._locate((*self.table.loc, index), row, self.table.columns, 1)
        if entry is not None and self.table.nested:
            name, columns = self.table.nested
            entries = item.setdefault(name, [])
            self._locate((*self.table.loc, index, name, len(entries)), row, columns, len(self.table.columns) + 1)
            entries.append(entry)

    def done(self) -> None:
        if self.items:
            self._check()
            parent = self.sheet._dict(self.table.loc[:-1])
            parent.setdefault(self.table.loc[-1], []).extend(self.items)  # type: ignore[call-overload]
        self.items = []

    def _check(self) -> None:
        """Check the items with their model now, so that a bad cell in a table is named together
        with the sheet's other bad cells rather than on the next run."""
        owner = model_at(self.sheet.report, self.table.loc[:-1])
        if owner is None:
            return
        try:
            _adapter(owner, str(self.table.loc[-1])).validate_python(self.items)
        except ValidationError as exc:
            self.sheet.problems += problems_from(exc, owner, self._cell_of)

    def _cell_of(self, loc: Loc) -> str:
        """The cell of ``loc`` inside this table's list (the nearest located one)."""
        full = (*self.table.loc, *loc)
        for end in range(len(full), len(self.table.loc) - 1, -1):
            cell = self.sheet.cells.get(full[:end])
            if cell:
                return f"{self.sheet.source} {cell}"
        return self.sheet.source

    def _values(self, columns: tuple[Column, ...], row: int, first: int) -> Any:
        item: dict[str, Any] = {}
        for offset, column in enumerate(columns):
            value = self.sheet._read(row, first + offset, column.title, _COLUMN_CONVERTERS[column.kind])
            if value is None or value == []:
                continue
            if not column.path:
                return value
            _put(item, column.path, value)
        return item or None

    def _locate(self, loc: Loc, row: int, columns: tuple[Column, ...], first: int) -> None:
        self.sheet.cells[loc] = self.sheet._where(row, first, self.table.title)
        for offset, column in enumerate(columns):
            self.sheet.cells[(*loc, *column.path)] = self.sheet._where(row, first + offset, f"{self.table.title} {column.title}")


def _last_year_only(columns: tuple[Column, ...], item: Any) -> bool:
    """A clerk's own figure with only last year's value: offered by ``--from``, not filled this year."""
    roles = [c.path for c in columns if c.kind == "amount"]
    if not roles or not isinstance(item, dict):
        return False
    figure = item.get(roles[0][0], {})
    return bool(figure) and set(figure) <= {"previous", "previous_year"}


def _put(item: dict[str, Any], path: tuple[str, ...], value: Any) -> None:
    for step in path[:-1]:
        item = item.setdefault(step, {})
    item[path[-1]] = value


def _groups(sheet: Sheet) -> dict[str, dict[str, Block]]:
    """Group title (in any place's words) → the labels of its rows (likewise)."""
    groups: dict[str, dict[str, Block]] = {}
    current: dict[str, Block] = {}
    for block in sheet.blocks:
        if isinstance(block, Group):
            current = {}
            for variant in _variants(block.title):
                groups.setdefault(variant, current)
        else:
            for variant in _variants(block.title):
                current.setdefault(variant, block)
    return groups


def _variants(title: str) -> set[str]:
    return {title, *(localise(title, unit) for unit in UNITS)} if NEUTRAL in title else {title}


@functools.cache
def _adapter(owner: type[BaseModel], name: str) -> TypeAdapter[Any]:
    info = owner.model_fields[name]
    annotation = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation  # type: ignore[arg-type]
    return TypeAdapter(annotation)


# -- cell values -----------------------------------------------------------------------------
def cell_text(cell: SavedCell) -> Optional[str]:
    value = cell.value
    if isinstance(value, (dt.datetime, dt.date)):
        return _date(value).isoformat()
    if isinstance(value, (int, float)) and not isinstance(value, bool):
        return number_text(value, cell.number_format)
    text = str(value).strip()
    return text or None


def amount_text(cell: SavedCell) -> Optional[str]:
    """A figure's cell as the text a clerk would type: ``1170``, ``90.17%``, ``280余``."""
    value = cell.value
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        raise _CellError("这个格子是日期格式，不是数字。请把单元格格式改成“常规”后重新填写数字")
    if isinstance(value, bool):
        raise _CellError("这里应填写数字")
    return cell_text(cell)


def number_text(value: float | int, number_format: str) -> str:
    """A number as shown: percent formats give ``90.17%``; fixed decimals (0.00) are kept."""
    number = Decimal(value) if isinstance(value, int) else Decimal(format(value, ".15g"))
    if "%" in number_format:
        return _plain(number * 100) + "%"
    fixed = _FIXED_DECIMALS.search(number_format)
    if fixed:
        return format(number.quantize(Decimal(1).scaleb(-len(fixed.group(1)))), "f")
    return _plain(number)


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def _figure_part(role: str, cell: SavedCell) -> Optional[dict[str, Any]]:
    text = amount_text(cell)
    return None if text is None else _figure_cell(role, text)


def _figure_cell(role: str, text: str) -> dict[str, Any]:
    """One figure cell: 上年 may end in （2019年） (the year compared with), 本年 may end in the
    brackets of 其中 (``177（公办58、民办119）``)."""
    if role == "previous":
        year = _YEAR.match(text)
        if year:
            return {"previous": year["value"].strip(), "previous_year": int(year["year"])}
        return {"previous": text}
    if role == "value":
        try:
            return figure_with_parts(text)
        except ValueError as problem:
            raise _CellError(str(problem)) from None
    return {role: text}


def _int_value(cell: SavedCell) -> Any:
    value = cell.value
    if isinstance(value, float) and value.is_integer():
        return int(value)
    return value if isinstance(value, int) else cell_text(cell)


def _date_value(cell: SavedCell) -> Any:
    value = cell.value
    if isinstance(value, (dt.datetime, dt.date)):
        return _date(value).isoformat()
    if isinstance(value, (int, float)) and _SERIAL_DATES[0] <= value <= _SERIAL_DATES[1]:
        return _date(from_excel(value)).isoformat()
    return cell_text(cell)


def _bool_value(cell: SavedCell) -> Any:
    value = cell.value
    if isinstance(value, bool):
        return value
    text = cell_text(cell)
    return YES_WORDS.get((text or "").upper(), text)


def _lines_value(cell: SavedCell) -> list[str]:
    text = cell_text(cell) or ""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value


def _figure_column(cell: SavedCell) -> Any:
    """A figure in a table: its value, and 其中 in brackets."""
    text = amount_text(cell)
    if text is None:
        return None
    figure = _figure_cell("value", text)
    return figure["value"] if list(figure) == ["value"] else figure


_CONVERTERS: dict[str, Callable[[SavedCell], Any]] = {
    "text": cell_text,
    "choice": cell_text,
    "int": _int_value,
    "date": _date_value,
    "bool": _bool_value,
}
_COLUMN_CONVERTERS: dict[str, Callable[[SavedCell], Any]] = {
    **_CONVERTERS,
    "lines": _lines_value,
    "figure": _figure_column,
    "amount": amount_text,
}

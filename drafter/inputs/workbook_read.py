"""Read a filled 填报表 (.xlsx) into the same raw data a JSON file gives, and where each value sat.

A sheet is read as a person reads it, top to bottom, in the order the layout wrote its rows:
each group, figure, value, list and table starts at the row whose 项目 cell is its title, and
that title is looked for only after the block before it. A list (做法与成效) and a table (荣誉和
称号, 建设项目, 其他数据) own the rows below their title up to the title of the block that follows
them: a cell in a table is an item's value by its position, never matched against the labels of
the data rows (an honour called 文明校园 is an honour, not the figure of that name). A row the
clerk inserted inside a list or a table is one more line or item; blank rows are skipped; a value
in a row without a label, or a label drafter does not know, is an error naming the cell. A value
where nothing is read — a title or header row, the 单位 column, a column right of the sheet's,
a cell far below the rest — is named in a note.

Every kind of cell has a meaning or a message naming it: numbers (with the decimals their format
shows), percent-formatted numbers (0.9017 shown as 90.17% is 90.17%), text with units and
full-width digits, 无/—/／ for nothing, dates as dates, serial numbers or text, formulas by
their saved result; a yes/no, a date or a number where a sentence belongs, an error value
(#N/A), a number too large for Excel and a formula saved without its result are errors.

Nothing here checks values: the model does, and its messages are given back with the sheet and
cell. Reading takes time in proportion to the cells the file holds, wherever they are.
"""

from __future__ import annotations

import datetime as dt
import functools
import io
import math
import re
import warnings
import zipfile
from dataclasses import dataclass, field
from decimal import Decimal, localcontext
from pathlib import Path
from typing import Annotated, Any, Iterator, Optional

from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.reader.excel import ExcelReader
from openpyxl.utils import get_column_letter
from openpyxl.utils.datetime import from_excel
from openpyxl.worksheet._reader import WorkSheetParser
from pydantic import BaseModel, TypeAdapter, ValidationError

from drafter.errors import DrafterError, Problem
from drafter.inputs.clean import is_blank
from drafter.inputs.merge import same_value
from drafter.inputs.messages import problems_from
from drafter.inputs.workbook_layout import (
    FIGURE_ROLES,
    GUIDE_SHEET,
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
    sheets_for,
)
from drafter.inputs.workbook_write import SHEETS_PROPERTY
from drafter.model import Figure, Report
from drafter.model.figure_text import figure_with_parts
from drafter.model.paths import model_at
from drafter.model.place import NEUTRAL, UNITS, localise

YES_WORDS = {"是": True, "否": False, "TRUE": True, "FALSE": False}
_YEAR = re.compile(r"^(?P<value>.*?)[（(](?P<year>\d{4})年?[）)]$")
_FIXED_DECIMALS = re.compile(r"0\.(0+)")
#: Excel day numbers of 1950 and 2100: a plain number there in a date field is a date.
_SERIAL_DATES = (18264, 73051)
#: Blank rows a clerk leaves inside a sheet, at most: a value further below the rest is not
#: read (and named), so that a stray cell far down neither joins a list nor costs time.
MAX_GAP = 30
_WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


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
    layout = {sheet.name: sheet for sheet in sheets_for(None, report)}
    legacy = sheets_for(None, report, legacy=True)[0]
    book = _read_book(path, raw, set(layout))
    problems = list(book.problems)
    for title, grid in book.sheets:
        if title in book.broken:
            continue
        sheet = layout.get(title.strip())
        if sheet is None:
            if title != GUIDE_SHEET and grid.cells:
                result.notes.append(Problem(f"{path.name} 的工作表“{title}”不是填报表的一部分，没有读取"))
            continue
        if sheet.key == "meta" and _header_row(legacy, grid)[0]:
            sheet = legacy  # 报告信息 as 填报表 made before it had its own columns laid it out
        first, header = _header_row(sheet, grid)
        if first is None:
            problems.append(_header_problem(sheet, header, path.name))
            continue
        reader = _SheetReader(sheet, grid, path.name, result, report, first)
        reader.read()
        problems += reader.problems
        result.notes += reader.notes()
    if problems:
        raise DrafterError(problems)
    return result


# -- the file ----------------------------------------------------------------------------------
@dataclass
class _Book:
    sheets: list[tuple[str, "_Grid"]]
    problems: list[Problem]
    #: Sheets whose content the file has lost: not read.
    broken: set[str] = field(default_factory=set)


def _read_book(path: Path, raw: bytes, known: set[str]) -> _Book:
    """Each sheet's title and cells, and what is missing from the file: the one place the file
    is parsed. A broken part of the file (cut-off XML, a cell that is not what its type says)
    fails here, and only here, with one message."""
    try:
        with zipfile.ZipFile(io.BytesIO(raw)) as archive:
            _check_size(path, archive)
            has_formulas = _has_formulas(archive)
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            values = _open(raw, data_only=True)
            formulas = _open(raw, data_only=False) if has_formulas else None
            problems, broken = _missing_sheets(path, values, known)
            sheets = []
            for ws in values.wb.worksheets:
                marked = _formula_cells(formulas.wb[ws.title]) if formulas else set()
                sheets.append((ws.title, _Grid(_cells(ws), marked)))
            return _Book(sheets, problems, broken)
    except DrafterError:
        raise
    except Exception:  # noqa: BLE001 - openpyxl and the XML parser raise many kinds of errors for a broken file
        raise _unreadable(path) from None


def _unreadable(path: Path) -> DrafterError:
    return DrafterError.single(
        "不是能读取的 Excel 工作簿（.xlsx），或者文件已经损坏",
        path.name,
        "请在 Excel/WPS 里打开它，“另存为”Excel 工作簿（*.xlsx），不设打开密码，再用另存的文件；"
        "旧版 .xls、WPS 的 .et 文件也这样另存。Excel/WPS 也打不开时，请填表的科室重新发一份",
    )


def _open(raw: bytes, data_only: bool) -> ExcelReader:
    reader = ExcelReader(io.BytesIO(raw), read_only=True, data_only=data_only)
    reader.read()
    return reader


def _missing_sheets(path: Path, reader: ExcelReader, known: set[str]) -> tuple[list[Problem], set[str]]:
    """Sheets the workbook lists whose content is gone, is not a sheet's or is another sheet's (a
    damaged link), and sheets of the 填报表 deleted or renamed since it was made; and the names
    of the sheets not to read."""
    loaded = {ws.title for ws in reader.wb.worksheets}
    sheet_parts = {override.PartName.lstrip("/") for override in reader.package.findall(_WORKSHEET_TYPE)}
    by_target: dict[str, list[str]] = {}
    lost: list[str] = []
    for sheet in reader.parser.sheets:
        rel = reader.parser.rels.get(sheet.id) if sheet.id else None
        target = rel.target if rel is not None else ""
        by_target.setdefault(target, []).append(sheet.name)
        if sheet.name in known and (sheet.name not in loaded or target not in sheet_parts):
            lost.append(sheet.name)
    shared = [names for names in by_target.values() if len(names) > 1 and set(names) & known]
    problems = [_damaged(path, f"工作表“{name}”在文件里找不到它自己的内容") for name in lost]
    problems += [
        _damaged(path, f"工作表{'和'.join(f'“{n}”' for n in names)}指向文件里同一份内容", "这几个工作表都")
        for names in shared
    ]
    properties = reader.wb.custom_doc_props  # type: ignore[attr-defined]  # openpyxl 3.1 has it; its stubs not yet
    listed = next((p.value for p in properties if p.name == SHEETS_PROPERTY), None)
    declared = {sheet.name for sheet in reader.parser.sheets}
    strangers = [name for name in declared if name not in known and name != GUIDE_SHEET]
    for name in (listed or "").split("、"):
        if name and name in known and name not in declared:
            renamed = f"；如果是改了名（如“{strangers[0]}”），请改回“{name}”" if strangers else ""
            problems.append(Problem(
                f"工作表“{name}”不见了：这份填报表生成时有这个工作表，现在被删除或改了名",
                path.name,
                f"工作表不要删除或改名，不用填的空着就行{renamed}；删掉了的，请从原来的填报表复制回来，"
                "或用 drafter sheet --sections 重新生成只含要填工作表的填报表",
            ))
    return problems, set(lost) | {name for names in shared for name in names}


def _damaged(path: Path, what: str, which: str = "这个工作表") -> Problem:
    return Problem(
        f"{what}，文件已经损坏，{which}没有读取",
        path.name,
        "请在 Excel/WPS 里打开它，看这个工作表是否完好，“另存为”Excel 工作簿（*.xlsx）后再用；"
        "工作表已经空了或不对时，请填表的科室重新发一份",
    )


def _cells(ws: Any) -> Iterator[tuple[int, int, "SavedCell"]]:
    """The cells the sheet's XML holds, one by one: the time taken follows the cells there are,
    not how far apart they lie (openpyxl's rows are padded to the sheet's last column)."""
    workbook = ws.parent
    with ws._get_source() as source:
        parser = WorkSheetParser(
            source, ws._shared_strings, data_only=workbook.data_only, epoch=workbook.epoch,
            date_formats=workbook._date_formats, timedelta_formats=workbook._timedelta_formats,
        )
        for _, row in parser.parse():
            for cell in row:
                if cell["value"] is None:
                    continue
                saved = ReadOnlyCell(ws, **cell)
                yield cell["row"], cell["column"], SavedCell(saved.value, saved.number_format, saved.data_type)


def _formula_cells(ws: Any) -> set[tuple[int, int]]:
    """Where the sheet has formulas (their saved results are in the other copy)."""
    return {
        (row, column)
        for row, column, cell in _cells(ws)
        if cell.data_type == "f" or (isinstance(cell.value, str) and cell.value.startswith("="))
    }


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


def _header_row(sheet: Sheet, grid: "_Grid") -> tuple[Optional[int], list[tuple[str, str, Optional[str]]]]:
    """The row of column titles (the first; a list sheet's second, under its title row, or the
    first in a 填报表 made before list sheets had one), or None and what is wrong with it."""
    candidates = (2, 1) if sheet.table else (1,)
    found: list[list[tuple[str, str, Optional[str]]]] = []
    for row in candidates:
        wrong = [
            (f"{get_column_letter(column)}{row}", title, grid.text(row, column))
            for column, title in enumerate(sheet.header, start=1)
            if grid.text(row, column) not in _variants(title)
        ]
        if not wrong:
            return row + 1, []
        found.append(wrong)
    return None, min(found, key=len)


def _header_problem(sheet: Sheet, wrong: list[tuple[str, str, Optional[str]]], source: str) -> Problem:
    """A changed header means moved or swapped columns: reading on would put values into the
    wrong fields."""
    found = "；".join(f"{cell} 应是“{title}”，现在{f'是“{text}”' if text else '空着'}" for cell, title, text in wrong)
    return Problem(
        f"表头和填报表的不一样（{found}），各栏可能被移动、调换或改动过，没有读取这个工作表",
        f"{source} {sheet.name}!{wrong[0][0]}",
        f"表头应是：{' | '.join(sheet.header)}。请把各栏移回原位、表头改回原样，或者用原来的填报表重新填写",
    )


@dataclass(frozen=True)
class SavedCell:
    """What a cell holds, as saved in the file: taken out of openpyxl while the sheet is read, so
    that nothing is looked up in the file later."""

    value: Any
    number_format: str = "General"
    data_type: str = "n"


_EMPTY = SavedCell(None)


class _Grid:
    """The filled cells of a sheet, read once (a read-only sheet is a stream), and where it has
    formulas: a formula saved without its result holds no value, yet its row is not empty."""

    def __init__(self, cells: Iterator[tuple[int, int, SavedCell]], formulas: set[tuple[int, int]] = frozenset()):  # type: ignore[assignment]
        self.cells: dict[tuple[int, int], SavedCell] = {(row, column): cell for row, column, cell in cells}
        self.formulas = formulas
        self.rows = sorted({r for r, _ in self.cells} | {r for r, _ in formulas})
        self.by_row: dict[int, list[int]] = {}
        for row, column in sorted(set(self.cells) | set(formulas)):
            self.by_row.setdefault(row, []).append(column)

    def cell(self, row: int, column: int) -> SavedCell:
        return self.cells.get((row, column), _EMPTY)

    def text(self, row: int, column: int) -> Optional[str]:
        value = self.cell(row, column).value
        return value.strip() if isinstance(value, str) else None if value is None else str(value)

    def filled(self, row: int, column: int) -> bool:
        value = self.cell(row, column).value
        return (value is not None and str(value).strip() != "") or (row, column) in self.formulas


class _CellError(ValueError):
    """A cell that cannot be read as what its row needs."""


class _SheetReader:
    def __init__(
        self, sheet: Sheet, grid: _Grid, source: str, result: WorkbookData, report: type[BaseModel], first: int
    ):
        self.sheet = sheet
        self.ws = grid
        self.source = source
        self.data = result.data
        self.cells = result.cells
        self.problems: list[Problem] = []
        #: The model the workbook fills: a table's items are checked against it as they are read.
        self.report = report
        #: The first row below the column titles.
        self.first = first
        #: Cells holding something nothing reads: in a title or header row, the 单位 or 说明
        #: column; right of the sheet's columns; far below the rest.
        self.unread: list[tuple[int, int]] = []
        self.outside: list[tuple[int, int]] = []
        self.far: list[tuple[int, int]] = []
        #: Each block's title as the sheet shows it (遴选县级骨干教师 on a county's sheet).
        self.shown: dict[int, str] = {}
        #: 各部分的顺序 as read so far: the number written for each part, and its cell.
        self.positions: dict[Loc, dict[str, tuple[int, str]]] = {}

    def read(self) -> None:
        rows = self._rows()
        if self.sheet.table is not None:
            self.cells[self.sheet.table.loc] = self._where(max(1, self.first - 1), LABEL, self.sheet.name)
            table = _TableReader(self, self.sheet.table, header=False)
            for row in rows:
                table.row(row)
            table.done()
            return
        self._read_form(rows)

    def _rows(self) -> list[int]:
        """The rows below the header with anything in them, up to a gap no clerk leaves; what
        lies further below, and anything right of the sheet's columns, is set aside to be named."""
        rows: list[int] = []
        last = self.first - 1
        for row in self.ws.rows:
            columns = self.ws.by_row[row]
            if row < self.first:
                if row < self.first - 1:  # a list sheet's title row: only its first cell is written
                    self.unread += [(row, c) for c in columns if c > 1 and self.ws.filled(row, c)]
                continue
            if row - last > MAX_GAP + 1 or self.far:
                self.far += [(row, c) for c in columns if self.ws.filled(row, c)]
                continue
            inside = [c for c in columns if c <= self.sheet.width]
            self.outside += [(row, c) for c in columns if c > self.sheet.width and self.ws.filled(row, c)]
            if any(self.ws.filled(row, c) for c in inside):
                rows.append(row)
                last = row
        return rows

    # -- a sheet of groups and rows ----------------------------------------------------------
    def _read_form(self, rows: list[int]) -> None:
        blocks = list(self.sheet.blocks)
        titles = [_variants(block.title) for block in blocks]
        following = 0  # the block whose title row comes next
        block: Optional[Block] = None
        table: Optional[_TableReader] = None
        for index, row in enumerate(rows):
            label = self._text(row, LABEL) or ""
            if isinstance(block, KeyedBlock) and (key := _key_of(block, label)) is not None:
                self._keyed(block, row, key)
                continue
            found = self._title(label, titles, following, table is not None)
            if found is not None and table is not None and not self._heads(blocks, found, row, rows[index + 1 : index + 2]):
                found = None
            if found is not None:
                if table:
                    table.done()
                block, following = blocks[found], found + 1
                self.shown[id(block)] = label
                table = _TableReader(self, block, header=True) if isinstance(block, TableBlock) else None
                self._first_row(block, row)
                continue
            if isinstance(block, LinesBlock) and not label:
                self._line(block, row)
            elif isinstance(block, PairsBlock):
                self._pair(block, row)
            elif table is not None:
                table.row(row)
            else:
                self._stray(row, label, titles)
        if table is not None and following < len(blocks) and table.items:
            self._lost(table.table, blocks[following])
        elif table:
            table.done()

    def _title(self, label: str, titles: list[set[str]], following: int, in_table: bool) -> Optional[int]:
        """The block whose title row ``label`` is. Inside a table only the next block's title
        ends it: an item named like a data row (an honour called 文明校园) is an item."""
        if not label:
            return None
        if in_table:
            return following if following < len(titles) and label in titles[following] else None
        return next((j for j in range(following, len(titles)) if label in titles[j]), None)

    def _heads(self, blocks: list[Block], found: int, row: int, after: list[int]) -> bool:
        """Whether ``row``, ending a table with the next block's title, is that block's title row
        rather than an item named like it (an item called 德育 above the group 德育): an item
        has values where a title row has none, and a title row is followed by what the block
        begins with: a table's column titles, a group's first row."""
        block = blocks[found]
        if not isinstance(block, (Group, TableBlock)):
            return True
        if not any(self.ws.filled(row, column) for column in range(2, self.sheet.help_column)):
            return True
        nxt = self._text(after[0], LABEL) if after else None
        if isinstance(block, TableBlock):
            return nxt in _variants(block.all_columns[0].title)
        return found + 1 < len(blocks) and nxt in _variants(blocks[found + 1].title)

    def _lost(self, table: TableBlock, missing: Block) -> None:
        """A table never ended: the title after it is gone, so what it read may be other rows."""
        cell = self.cells.get(table.loc, self.sheet.name)
        self.problems.append(Problem(
            f"“{table.title}”表下面找不到“{missing.title}”这一行，工作表的行可能被删除或项目名称被改动过，"
            f"从“{table.title}”往下没有读取",
            f"{self.source} {cell}",
            "项目名称不要改动、行不要删除；请改回原样，或用原来的填报表重新填写",
        ))

    def _name(self, block: Block) -> str:
        return self.shown.get(id(block), block.title)

    def _first_row(self, block: Block, row: int) -> None:
        value = self.sheet.value_column
        if isinstance(block, FigureRow):
            self._figure(block, row)
            self._unread(row, UNIT, unless=set(block.spec.units))
            self._unread(row, self.sheet.help_column, text_ok=True)
        elif isinstance(block, FieldRow):
            self._field(block, row)
            self._unread_except(row, (LABEL, value))
        elif isinstance(block, LinesBlock):
            self.cells[block.loc] = self._where(row, value, self._name(block))
            self._line(block, row)
        elif isinstance(block, Group):
            self._unread_except(row, (LABEL,))
        else:
            self.cells[block.loc] = self._where(row, LABEL, self._name(block))
            self._unread_except(row, (LABEL,))

    def _unread_except(self, row: int, read: tuple[int, ...], help_text: bool = True) -> None:
        """Note the filled cells of ``row`` other than those read (the help column may hold its
        help text, unless the row is a table's, which has none)."""
        for column in range(1, self.sheet.width + 1):
            if column not in read:
                self._unread(row, column, text_ok=help_text and column == self.sheet.help_column)

    def _unread(self, row: int, column: int, text_ok: bool = False, unless: set[str] = frozenset()) -> None:  # type: ignore[assignment]
        """Note a filled cell nothing reads; the help column's text is the help itself."""
        cell = self.ws.cell(row, column)
        if not self.ws.filled(row, column) or (text_ok and isinstance(cell.value, str)):
            return
        if isinstance(cell.value, str) and cell.value.strip() in unless:
            return
        self.unread.append((row, column))

    def _stray(self, row: int, label: str, titles: list[set[str]]) -> None:
        if label and any(label in title for title in titles):
            self._problem(row, LABEL, label, "这一项在表里写了两次，或被挪到了别的部分下面",
                          "项目名称不要改动；请删掉多余的一行，或把数据写回原来那一行")
        elif label:
            self._problem(row, LABEL, label, "不认识这个项目名称",
                          "项目名称不要改动；本单位特有的数据请写在这一部分的“其他数据”表里")
        else:
            self._problem(row, LABEL, "", "这一行没有项目名称，不知道填的是哪一项",
                          "请把数据写在对应项目的行里；本单位特有的数据请写在这一部分的“其他数据”表里")

    def _figure(self, block: FigureRow, row: int) -> None:
        where = self._where(row, VALUE, self._name(block))
        self.cells[block.loc] = where
        for role, column in zip(FIGURE_ROLES, (PREVIOUS, VALUE, TARGET)):
            self.cells[(*block.loc, role)] = self._where(row, column, self._name(block))
        self.cells[(*block.loc, "previous_year")] = self._where(row, PREVIOUS, self._name(block))
        self.cells[(*block.loc, "breakdown")] = where
        figure: dict[str, Any] = {}
        for role, column in zip(FIGURE_ROLES, (PREVIOUS, VALUE, TARGET)):
            part = self._read(row, column, self._name(block), "figure")
            part = None if part is None else self._figure_cell(role, part, row, column, self._name(block))
            if part and self._figure_ok(block, row, column, role, part):
                for key, value in part.items():
                    if key in figure and not same_value(figure[key], value):
                        self._twice(block, row, key, figure[key], value)
                    figure[key] = value
        if "value" in figure or "target" in figure or "breakdown" in figure:
            self._set(block.loc, figure["value"] if list(figure) == ["value"] else figure, row)

    def _figure_cell(self, role: str, text: str, row: int, column: int, title: str) -> Optional[dict[str, Any]]:
        try:
            return _figure_cell(role, text)
        except _CellError as exc:
            self._problem(row, column, title, str(exc))
            return None

    def _twice(self, block: FigureRow, row: int, key: str, first: Any, second: Any) -> None:
        role = {"previous": "上年", "previous_year": "对比的年份", "target": "目标"}.get(key, key)
        column = {"previous": "上年", "previous_year": "上年", "target": "目标"}.get(key, "本年")
        self._problem(
            row, VALUE, self._name(block),
            f"{role}的数写了两处，不一样：“{column}”栏是“{first}”，“本年”栏括号里是“{second}”",
            f"请只写在“{column}”栏",
        )

    def _figure_ok(self, block: FigureRow, row: int, column: int, role: str, part: dict[str, Any]) -> bool:
        """Check one cell with the figure's own field, so that a message names the cell it is about."""
        probe = {"value": part.get(role), **({"breakdown": part["breakdown"]} if "breakdown" in part else {})}
        if probe["value"] is None:
            probe = {"value": part.get("value")} if part.get("value") is not None else probe
        if probe["value"] is None:
            return True
        try:
            _adapter(block.owner, str(block.loc[-1])).validate_python(probe)
        except ValidationError as exc:
            for problem in problems_from(exc, Figure):
                self._problem(row, column, self._name(block), problem.message)
            return False
        return True

    def _field(self, block: FieldRow, row: int) -> None:
        column = self.sheet.value_column
        self.cells[block.loc] = self._where(row, column, self._name(block))
        value = self._read(row, column, self._name(block), block.kind)
        if value is not None:
            self._set(block.loc, value, row)

    def _line(self, block: LinesBlock, row: int) -> None:
        column = self.sheet.value_column
        self._unread_except(row, (LABEL, column))
        text = self._read(row, column, self._name(block), "lines")
        if text:
            lines = self._list(block.loc)
            self.cells[(*block.loc, len(lines))] = self._where(row, column, self._name(block))
            lines.append("\n".join(text))

    def _keyed(self, block: KeyedBlock, row: int, key: str) -> None:
        column = self.sheet.value_column
        self._unread_except(row, (LABEL, column))
        where = self._where(row, column, f"{self._name(block)} {_label_of(block, key)}")
        value = self._read(row, column, self._name(block), "int" if block.order else "choice" if block.choices else "text")
        if value is None:
            return
        if block.order:
            self._position(block, key, value, row, where)
            return
        self.cells[(*block.loc, key)] = where
        self._dict(block.loc)[key] = value

    def _position(self, block: KeyedBlock, key: str, value: Any, row: int, where: str) -> None:
        """各部分的顺序: a number a row, counted among the sections, or among the parts of one
        section; the field is the parts in the order of their numbers."""
        name = _label_of(block, key)
        if not isinstance(value, int) or value < 1:
            self._problem(row, self.sheet.value_column, name, f"“{value}”不是顺序号；请写1、2、3……这样的整数")
            return
        numbers = self.positions.setdefault(block.loc, {})
        group = key.rpartition(".")[0]
        twin = next((k for k, (n, _) in numbers.items() if n == value and k.rpartition(".")[0] == group), None)
        if twin is not None:
            self._problem(row, self.sheet.value_column, name,
                          f"顺序号{value}和“{_label_of(block, twin)}”的重复了", "同一级的各部分写不同的数")
            return
        numbers[key] = (value, where)
        order = sorted(numbers, key=lambda k: (k.rpartition(".")[0], numbers[k][0]))
        self._dict(block.loc[:-1])[block.loc[-1]] = order
        for index, part in enumerate(order):
            self.cells[(*block.loc, index)] = numbers[part][1]

    def _pair(self, block: PairsBlock, row: int) -> None:
        column = self.sheet.value_column
        key = self._read(row, LABEL, self._name(block), "text")
        value = self._read(row, column, self._name(block), "text")
        if key is None and value is None:
            return
        if key is None:
            self._problem(row, LABEL, self._name(block), "请在项目栏写上名称")
            return
        self.cells[(*block.loc, key)] = self._where(row, column, self._name(block))
        self._dict(block.loc)[key] = value

    def notes(self) -> list[Problem]:
        """What was left unread, named by its cells: one note for each reason."""
        notes = []
        where = f"{self.source} {self.sheet.name}"
        if self.outside:
            last = get_column_letter(self.sheet.width)
            notes.append(Problem(f"{_shown(self.outside)} 在填报表的栏目以外，填的内容没有读取", where,
                                 f"填报表只读 A 到 {last} 栏；要用的数据请填进对应项目的格子里"))
        if self.unread:
            notes.append(Problem(f"{_shown(self.unread)} 是标题行、表头或“单位”“说明”栏，填的内容没有读取", where,
                                 "数据请填在淡黄色的格子里：数字填在“本年”等栏，表格里的内容写在表头下面的空行里"))
        if self.far:
            notes.append(Problem(f"{_shown(self.far)} 离上面的内容隔了很多空行，没有读取", where,
                                 "请把内容写在对应项目下面的空行里（不够时插入行）"))
        return notes

    # -- data --------------------------------------------------------------------------------
    def _set(self, loc: Loc, value: Any, row: int) -> None:
        parent = self._dict(loc[:-1])
        if loc[-1] in parent:
            self._problem(row, LABEL, str(loc[-1]), "这一项在表里写了两次", "请删掉多余的一行")
            return
        parent[loc[-1]] = value

    def _dict(self, loc: Loc) -> dict[Any, Any]:
        node: dict[Any, Any] = self.data
        for step in loc:
            node = node.setdefault(step, {})
        return node

    def _list(self, loc: Loc) -> list[Any]:
        parent = self._dict(loc[:-1])
        items: list[Any] = parent.setdefault(loc[-1], [])
        return items

    # -- cells -------------------------------------------------------------------------------
    def _read(self, row: int, column: int, title: str, kind: str) -> Any:
        """The cell as what a ``kind`` of field needs (see :func:`cell_value`), or None with a
        message naming the cell."""
        cell = self.ws.cell(row, column)
        try:
            if cell.value is None:
                if (row, column) in self.ws.formulas:
                    raise _CellError("这个格子是公式，但文件里没有保存计算结果。请在 Excel 或 WPS 里打开、保存一次，或直接填写")
                return None
            if cell.data_type == "e":
                raise _CellError(f"公式出错（{cell.value}），请改正公式或直接填写")
            return cell_value(cell, kind)
        except _CellError as exc:
            self._problem(row, column, title, str(exc))
            return None

    def _text(self, row: int, column: int) -> Optional[str]:
        return self.ws.text(row, column)

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
        width = len(self.table.all_columns)
        if self.header:
            header, self.header = self.header, set()
            if self.sheet._text(row, LABEL) in header:
                for column, title in enumerate(self.table.all_columns, start=1):
                    self.sheet._unread(row, column, unless=_variants(title.title))
                self.sheet._unread_except(row, tuple(range(1, width + 1)), help_text=False)
                return
        self.sheet._unread_except(row, tuple(range(1, width + 1)), help_text=False)
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
            parent.setdefault(self.table.loc[-1], []).extend(self.items)
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
            value = self.sheet._read(row, first + offset, column.title, column.kind)
            if value is None or value == []:
                continue
            if column.kind in ("figure", "amount"):
                value = self._figure_value(column, value, row, first + offset, item)
                if value is None:
                    continue
            if not column.path:
                return value if column.kind != "lines" else "\n".join(value)
            _put(item, column.path, value)
        return item or None

    def _figure_value(self, column: Column, text: str, row: int, at: int, item: dict[str, Any]) -> Any:
        """A figure in a table cell: its value, and 其中 in brackets. A clerk's own figure has
        columns for 上年 and 目标, so brackets there may also give them (``12（上年10）``)."""
        role = column.path[-1] if column.kind == "amount" else "value"
        try:
            figure = _figure_cell(role, text)
        except _CellError as exc:
            self.sheet._problem(row, at, column.title, str(exc))
            return None
        roles = set(figure) - {role, "breakdown"}
        if roles and column.kind == "figure":
            self.sheet._problem(row, at, f"{self.table.title} {column.title}",
                                f"“{text}”：这一栏只写本年的数，上年的数和目标写不进这张表",
                                "上年的数和目标请写进这一部分的“做法与成效”")
            return None
        if column.kind == "figure":
            return figure["value"] if list(figure) == ["value"] else figure
        if role != "value":
            return figure[role]
        figure_item = item.setdefault(column.path[0], {})
        for key, value in figure.items():
            if key in figure_item and not same_value(figure_item[key], value):
                self.sheet._problem(row, at, f"{self.table.title} {column.title}",
                                    f"“{text}”括号里的数和这一行的“{_ROLE_COLUMNS.get(key, key)}”栏不一样",
                                    f"请只写在“{_ROLE_COLUMNS.get(key, key)}”栏")
                return None
            figure_item[key] = value
        return None

    def _locate(self, loc: Loc, row: int, columns: tuple[Column, ...], first: int) -> None:
        self.sheet.cells[loc] = self.sheet._where(row, first, self.table.title)
        for offset, column in enumerate(columns):
            self.sheet.cells[(*loc, *column.path)] = self.sheet._where(row, first + offset, f"{self.table.title} {column.title}")


_ROLE_COLUMNS = {"previous": "上年数值", "previous_year": "上年数值", "target": "目标值"}


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


def _key_of(block: KeyedBlock, label: str) -> Optional[str]:
    return next((key for key, name in block.keys if label in _variants(name)), None)


def _label_of(block: KeyedBlock, key: str) -> str:
    return next((name for k, name in block.keys if k == key), key)


def _shown(cells: list[tuple[int, int]]) -> str:
    names = [f"{get_column_letter(column)}{row}" for row, column in sorted(cells)]
    return "、".join(names[:10]) + (f" 等 {len(names)} 个格子" if len(names) > 10 else "")


def _variants(title: str) -> set[str]:
    return {title, *(localise(title, unit) for unit in UNITS)} if NEUTRAL in title else {title}


@functools.cache
def _adapter(owner: type[BaseModel], name: str) -> TypeAdapter[Any]:
    info = owner.model_fields[name]
    annotation: Any = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
    return TypeAdapter(annotation)


# -- cell values -----------------------------------------------------------------------------
#: What each kind of field wants, as a message says it.
_WANTED = {
    "text": "文字", "choice": "下拉列表里的一项", "lines": "一句话", "int": "整数", "date": "日期",
    "bool": "“是”或“否”", "figure": "数字", "amount": "数字",
}


def cell_value(cell: SavedCell, kind: str) -> Any:
    """A cell as what a field of ``kind`` needs: text for text and choices, a list of lines for
    sentences (Alt+Enter starts another), the typed text of a figure (``1170``, ``90.17%``,
    ``280余``), an integer, an ISO date, True/False. None for an empty cell or one that says
    “none” (无, —, ／). A value of a type the field cannot mean raises :class:`_CellError`."""
    value = cell.value
    if isinstance(value, str):
        return _text_value(value, kind)
    if isinstance(value, bool):
        if kind == "bool":
            return value
        raise _CellError(f"格子里是逻辑值 {str(value).upper()}，这里应填写{_WANTED[kind]}")
    if isinstance(value, (dt.datetime, dt.date, dt.time)):
        if kind == "date" and not isinstance(value, dt.time):
            return _date(value).isoformat()
        raise _CellError(f"这个格子是日期格式，这里应填写{_WANTED[kind]}。请把单元格格式改成“常规”后重新填写")
    if isinstance(value, (int, float)):
        return _number_value(value, cell.number_format, kind)
    raise _CellError(f"这个格子读不出来，这里应填写{_WANTED[kind]}")  # pragma: no cover - openpyxl gives no other types


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
            raise _CellError(f"“{text}”：请从下拉列表里选“是”或“否”")
        return YES_WORDS[text.upper()]
    return text


def _number_value(value: float | int, number_format: str, kind: str) -> Any:
    if isinstance(value, float) and not math.isfinite(value):
        raise _CellError("格子里的数太大，超出了 Excel 能表示的范围；请检查是否多打了数字")
    if kind == "lines":
        raise _CellError(f"这里应写一句话，格子里只有一个数“{number_text(value, number_format)}”")
    if kind == "bool":
        raise _CellError("请从下拉列表里选“是”或“否”")
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


def _figure_cell(role: str, text: str) -> dict[str, Any]:
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
            raise _CellError(str(problem)) from None
    return {role: text}


def _date(value: dt.date) -> dt.date:
    return value.date() if isinstance(value, dt.datetime) else value

"""A sheet of a 填报表 as it is read: which rows are read, each cell read as its field needs with
a message naming it, where a value goes in the data, and which filled cells nothing reads.

The rows below the header are read up to a gap no clerk leaves (:data:`MAX_GAP`); what lies
further below, right of the sheet's columns, or in a title or header row is set aside and named
in a note. What the rows hold is read block by block in :mod:`workbook_blocks` and, for a table,
item by item in :mod:`workbook_tables`.
"""

from __future__ import annotations

import functools
from typing import TYPE_CHECKING, Annotated, Any, Optional

from openpyxl.utils import get_column_letter
from pydantic import BaseModel, TypeAdapter

from drafter.errors import Problem
from drafter.inputs.workbook_cells import CellError, cell_value
from drafter.inputs.workbook_file import Grid
from drafter.inputs.workbook_layout import LABEL, Loc, Sheet
from drafter.model.place import NEUTRAL, UNITS, localise

if TYPE_CHECKING:
    from drafter.inputs.workbook_read import WorkbookData

#: Blank rows a clerk leaves inside a sheet, at most: a value further below the rest is not
#: read (and named), so that a stray cell far down neither joins a list nor costs time.
MAX_GAP = 30


class SheetRows:
    """A sheet being read: its rows, each cell read with a message naming it, the data its values
    go into, and the cells nothing reads. The reader of its blocks (:class:`SheetReader`) is one;
    the reader of a table in it (:class:`TableReader`) reads and notes its cells through it."""

    def __init__(
        self, sheet: Sheet, grid: Grid, source: str, result: WorkbookData, report: type[BaseModel], first: int
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

    # -- what is left unread -----------------------------------------------------------------
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
                    raise CellError("这个格子是公式，但文件里没有保存计算结果。请在 Excel 或 WPS 里打开、保存一次，或直接填写")
                return None
            if cell.data_type == "e":
                raise CellError(f"公式出错（{cell.value}），请改正公式或直接填写")
            return cell_value(cell, kind)
        except CellError as exc:
            self._problem(row, column, title, str(exc))
            return None

    def _text(self, row: int, column: int) -> Optional[str]:
        return self.ws.text(row, column)

    def _where(self, row: int, column: int, title: str) -> str:
        return f"{self.sheet.name}!{get_column_letter(column)}{row} {title}".rstrip()

    def _problem(self, row: int, column: int, title: str, message: str, hint: str = "") -> None:
        self.problems.append(Problem(message, f"{self.source} {self._where(row, column, title)}", hint))


def _shown(cells: list[tuple[int, int]]) -> str:
    names = [f"{get_column_letter(column)}{row}" for row, column in sorted(cells)]
    return "、".join(names[:10]) + (f" 等 {len(names)} 个格子" if len(names) > 10 else "")


def variants(title: str) -> set[str]:
    """A title as a sheet may show it: one naming the place as 区（县） in any place's words (县级)."""
    return {title, *(localise(title, unit) for unit in UNITS)} if NEUTRAL in title else {title}


@functools.cache
def adapter(owner: type[BaseModel], name: str) -> TypeAdapter[Any]:
    """The check of one field of ``owner``, so that a value can be checked before the model is built."""
    info = owner.model_fields[name]
    annotation: Any = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
    return TypeAdapter(annotation)

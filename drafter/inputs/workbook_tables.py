"""The tables of a 填报表 (荣誉和称号, 建设项目, 其他数据, a list sheet): one item a row.

A table owns the rows below its title up to the title of the block that follows it: a cell in
a table is an item's value by its position, never matched against the labels of the data rows.
A table's items are checked with their model as soon as the table ends, so that a bad cell in a
table is named together with the sheet's other bad cells.
"""

from __future__ import annotations

from typing import Any

from pydantic import ValidationError

from drafter.inputs.merge import same_value
from drafter.inputs.messages import problems_from
from drafter.inputs.workbook_cells import CellError, figure_cell
from drafter.inputs.workbook_layout import LABEL, Column, Loc, TableBlock
from drafter.inputs.workbook_rows import SheetRows, adapter, variants
from drafter.model.paths import model_at

class TableReader:
    """The rows of a table: one item a row; a row with only the nested columns filled adds an
    entry to the item above it (具体做法 under a 改进措施)."""

    def __init__(self, sheet: SheetRows, table: TableBlock, header: bool):
        self.sheet = sheet
        self.table = table
        self.items: list[Any] = []
        #: A table inside a sheet of figures has its column titles on the row after its label.
        self.header = variants(table.all_columns[0].title) if header else set()

    def row(self, row: int) -> None:
        width = len(self.table.all_columns)
        if self.header:
            header, self.header = self.header, set()
            if self.sheet._text(row, LABEL) in header:
                for column, title in enumerate(self.table.all_columns, start=1):
                    self.sheet._unread(row, column, unless=variants(title.title))
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
            adapter(owner, str(self.table.loc[-1])).validate_python(self.items)
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
            figure = figure_cell(role, text)
        except CellError as exc:
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

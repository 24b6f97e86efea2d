"""A sheet of a 填报表 read block by block: each group, figure, value, list and table found at
the row whose 项目 cell is its title (looked for only after the block before it), and its rows
read as the block needs: a figure's 上年, 本年 and 目标, a value, a list's lines, a part's order
or a key and its value; a table's rows are its items (:mod:`workbook_tables`). A list sheet is
one table. How a sheet is read is told in :mod:`workbook_read`.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any, Optional

from pydantic import BaseModel, ValidationError

from drafter.errors import Problem
from drafter.inputs.merge import same_value
from drafter.inputs.messages import problems_from
from drafter.inputs.workbook_cells import CellError, figure_cell
from drafter.inputs.workbook_file import Grid
from drafter.inputs.workbook_layout import (
    FIGURE_ROLES,
    LABEL,
    PREVIOUS,
    TARGET,
    UNIT,
    VALUE,
    Block,
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
from drafter.inputs.workbook_rows import SheetRows, adapter, variants
from drafter.inputs.workbook_tables import TableReader
from drafter.model import Figure

if TYPE_CHECKING:
    from drafter.inputs.workbook_read import WorkbookData


class SheetReader(SheetRows):
    """A sheet's rows read into the data, block by block (a list sheet's as one table)."""

    def __init__(
        self, sheet: Sheet, grid: Grid, source: str, result: WorkbookData, report: type[BaseModel], first: int
    ):
        super().__init__(sheet, grid, source, result, report, first)
        #: Each block's title as the sheet shows it (遴选县级骨干教师 on a county's sheet).
        self.shown: dict[int, str] = {}
        #: 各部分的顺序 as read so far: the number written for each part, and its cell.
        self.positions: dict[Loc, dict[str, tuple[int, str]]] = {}

    def read(self) -> None:
        rows = self._rows()
        if self.sheet.table is not None:
            self.cells[self.sheet.table.loc] = self._where(max(1, self.first - 1), LABEL, self.sheet.name)
            table = TableReader(self, self.sheet.table, header=False)
            for row in rows:
                table.row(row)
            table.done()
            return
        self._read_form(rows)

    # -- a sheet of groups and rows ----------------------------------------------------------
    def _read_form(self, rows: list[int]) -> None:
        blocks = list(self.sheet.blocks)
        titles = [variants(block.title) for block in blocks]
        following = 0  # the block whose title row comes next
        block: Optional[Block] = None
        table: Optional[TableReader] = None
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
                table = TableReader(self, block, header=True) if isinstance(block, TableBlock) else None
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
            return nxt in variants(block.all_columns[0].title)
        return found + 1 < len(blocks) and nxt in variants(blocks[found + 1].title)

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
            return figure_cell(role, text)
        except CellError as exc:
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
            adapter(block.owner, str(block.loc[-1])).validate_python(probe)
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


def _key_of(block: KeyedBlock, label: str) -> Optional[str]:
    return next((key for key, name in block.keys if label in variants(name)), None)


def _label_of(block: KeyedBlock, key: str) -> str:
    return next((name for k, name in block.keys if k == key), key)

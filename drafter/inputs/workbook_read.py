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

Nothing here checks values: the model does, and its messages are given back with the sheet and
cell. Reading takes time in proportion to the cells the file holds, wherever they are.

The reading is in pieces: the file opened, guarded and each sheet's cells taken out once
(:mod:`workbook_file`); what a cell means, every kind of cell having a meaning or a message
naming it (:mod:`workbook_cells`); a sheet's rows, the messages naming their cells and the notes
of what is left unread (:mod:`workbook_rows`); its blocks found by their titles and read
(:mod:`workbook_blocks`); its tables, one item a row (:mod:`workbook_tables`). Here: which
sheets are read, and whether their headers are the 填报表's.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from openpyxl.utils import get_column_letter

from drafter.errors import DrafterError, Problem
from drafter.inputs.workbook_blocks import SheetReader
from drafter.inputs.workbook_file import Grid, read_book
from drafter.inputs.workbook_layout import GUIDE_SHEET, Loc, Sheet, sheets_for
from drafter.inputs.workbook_rows import variants
from drafter.model import Report


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
    book = read_book(path, raw, set(layout))
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
        reader = SheetReader(sheet, grid, path.name, result, report, first)
        reader.read()
        problems += reader.problems
        result.notes += reader.notes()
    if problems:
        raise DrafterError(problems)
    return result


def _header_row(sheet: Sheet, grid: Grid) -> tuple[Optional[int], list[tuple[str, str, Optional[str]]]]:
    """The row of column titles (the first; a list sheet's second, under its title row, or the
    first in a 填报表 made before list sheets had one), or None and what is wrong with it."""
    candidates = (2, 1) if sheet.table else (1,)
    found: list[list[tuple[str, str, Optional[str]]]] = []
    for row in candidates:
        wrong = [
            (f"{get_column_letter(column)}{row}", title, grid.text(row, column))
            for column, title in enumerate(sheet.header, start=1)
            if grid.text(row, column) not in variants(title)
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

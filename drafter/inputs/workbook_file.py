"""The file of a filled 填报表 (.xlsx): opened and guarded, and each sheet's saved cells taken out.

The file is parsed in one place, :func:`read_book`: a file too big to be a 填报表 is refused
before it is parsed, a broken one fails with one message, and a sheet whose content the file has
lost (or that was deleted or renamed since the 填报表 was made) is named. Each sheet's cells are
taken out once, as saved (:class:`SavedCell`), into a :class:`Grid`, so that nothing is looked
up in the file later; what a saved cell means is read in :mod:`workbook_cells`.
"""

from __future__ import annotations

import io
import warnings
import zipfile
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Iterator, Optional

from openpyxl.cell.read_only import ReadOnlyCell
from openpyxl.reader.excel import ExcelReader
from openpyxl.worksheet._reader import WorkSheetParser

from drafter.errors import DrafterError, Problem
from drafter.inputs.workbook_layout import GUIDE_SHEET
from drafter.inputs.workbook_write import SHEETS_PROPERTY

#: The most a workbook's parts may hold unpacked. A real 填报表 holds well under 1 MB; much more
#: is not a 填报表, and would take the memory and time of a far bigger file to read.
MAX_UNPACKED_MB = 20
#: Of which the parts parsed as XML (sheets, shared strings, styles; not pictures). A 填报表's are a
#: few hundred KB; one huge item in them (a comment of many MB) takes the parser a long time.
MAX_XML_MB = 5
_WORKSHEET_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"


@dataclass
class _Book:
    sheets: list[tuple[str, "Grid"]]
    problems: list[Problem]
    #: Sheets whose content the file has lost: not read.
    broken: set[str] = field(default_factory=set)


def read_book(path: Path, raw: bytes, known: set[str]) -> _Book:
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
                sheets.append((ws.title, Grid(_cells(ws), marked)))
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


@dataclass(frozen=True)
class SavedCell:
    """What a cell holds, as saved in the file: taken out of openpyxl while the sheet is read, so
    that nothing is looked up in the file later."""

    value: Any
    number_format: str = "General"
    data_type: str = "n"


_EMPTY = SavedCell(None)


class Grid:
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

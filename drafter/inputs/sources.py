"""Any input file — a JSON data file or a filled 填报表 — as raw data that knows where each value
came from, and several of them merged and validated as one report.

``drafter build``, ``drafter merge`` and ``--from`` all read through :func:`load_sources`, so a
workbook is read exactly as a JSON file is: the same model checks it, and each message names
the file and the sheet and cell (``基教股.xlsx 各类教育!D7 新增学前学位``) or the field path.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from drafter.errors import DrafterError, warn
from drafter.inputs.files import read_input
from drafter.inputs.json_file import read_json, validate_report
from drafter.model import Report
from drafter.model.paths import Loc, where

WORKBOOK_SUFFIXES = (".xlsx", ".xlsm")


@dataclass
class Source:
    """One input file's raw data; ``cells`` maps field paths to cells for a workbook."""

    name: str
    data: dict[str, Any]
    cells: dict[Loc, str] = field(default_factory=dict)

    def where(self, loc: Loc) -> str:
        """How a message names ``loc`` in this file: its cell, or its field path."""
        for end in range(len(loc), 0, -1):
            cell = self.cells.get(loc[:end])
            if cell:
                return f"{self.name} {cell}"
        return f"{self.name} {where(Report, loc)}".rstrip()


def is_workbook(path: Path) -> bool:
    return path.suffix.lower() in WORKBOOK_SUFFIXES


def read_source(path: Path) -> Source:
    """Read one input file as raw data (not yet validated)."""
    if is_workbook(path):
        from drafter.inputs.workbook_read import read_workbook

        workbook = read_workbook(path, read_input(path))
        for note in workbook.notes:
            warn(note)
        return Source(path.name, workbook.data, workbook.cells)
    data = read_json(path)
    if not isinstance(data, dict):
        raise DrafterError.single("最外层应是一个对象（用花括号 { } 括起来）", path.name)
    return Source(path.name, data)


@dataclass(frozen=True)
class Located:
    """A report, the names of the files it was read from, and ``where`` to name a field path in
    them: the file and sheet!cell it came from, or the file and field path."""

    report: Report
    where: Callable[[Loc], str]
    files: tuple[str, ...]


def load_sources(paths: list[Path], kind: Optional[str] = None) -> Report:
    """The report in one or more input files (JSON or workbooks), merged and validated; ``kind``
    builds the same data as another kind of document."""
    return load_located(paths, kind).report


def load_located(paths: list[Path], kind: Optional[str] = None) -> Located:
    """:func:`load_sources`, and where each value of the report came from. The report knows it
    too (:func:`drafter.model.paths.origin_of`), so a message made from the report alone, later,
    names the cell."""
    from drafter.inputs.merge import merge

    files = tuple(path.name for path in paths)
    if len(paths) == 1 and not is_workbook(paths[0]):
        source = read_source(paths[0])
        return _located(validate_report(_as_kind(source.data, kind), source=source.name), source.where, files)
    merged = merge([read_source(path) for path in paths])
    if "meta" not in merged.data:
        names = "、".join(path.name for path in paths)
        raise DrafterError.single(
            "没有报告信息（地区、发文机关、年度、成文日期等）",
            names,
            f"请把填了“报告信息”工作表的填报表或数据文件一起给出，如 drafter build 报告信息.xlsx {names}",
        )
    report = validate_report(_as_kind(merged.data, kind), locate=merged.where)
    return _located(report, merged.where, files)


def _located(report: Report, where: Callable[[Loc], str], files: tuple[str, ...]) -> Located:
    report._origins = Origins(where)
    return Located(report, where, files)


def _as_kind(data: dict[str, Any], kind: Optional[str]) -> dict[str, Any]:
    meta = data.get("meta")
    if kind is None or not isinstance(meta, dict):
        return data
    return {**data, "meta": {**meta, "kind": kind}}


class Origins:
    """How messages name the place of a field path in the files a report was read from. Shared,
    not copied, by copies of the report (it describes the files, which do not change)."""

    def __init__(self, locate: Callable[[Loc], str]) -> None:
        self._locate = locate

    def __call__(self, loc: Loc) -> str:
        return self._locate(loc)

    def __deepcopy__(self, memo: dict[int, Any]) -> "Origins":
        return self


def check_kind(kind: Optional[str], where: str = "--kind") -> Optional[str]:
    """``--kind`` as the key of a kind: its English key, Chinese name or a shorter name."""
    from drafter.model import KINDS
    from drafter.model.choices import value_of

    value = value_of(kind)
    if value is not None and value not in KINDS:
        choices = "、".join(f"{name}（{key}）" for key, name in KINDS.items())
        raise DrafterError.single(f"没有“{kind}”这种文种", where, f"可以选：{choices}；也可以写 自评报告、工作要点 这样的简称")
    return value


#: Parts every kind does without: the stock opening stands without the clerk's sentences.
_OPTIONAL_PARTS = ("opening",)


def parts_missing(report: Report) -> list[str]:
    """The Chinese titles of the parts the report's kind has that its data does not fill."""
    from drafter.model import KIND_INFO
    from drafter.model.paths import field_title

    data = report.to_json_data()
    return [
        field_title(Report, name)
        for name in KIND_INFO[report.meta.kind].parts
        if name not in _OPTIONAL_PARTS and data.get(name) in (None, [], {}, "")
    ]

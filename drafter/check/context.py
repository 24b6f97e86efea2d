"""What every check is given: the report, and how to name the file and cell a value came from."""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property
from typing import Callable

from drafter.check.figures import FigureAt, ItemAt, dotted, figures_of, items_of
from drafter.check.findings import Finding, Level
from drafter.model import Report
from drafter.model.paths import Loc, where
from drafter.model.place import unit_of

#: Names a field path in the input it came from: ``基教股.xlsx 各类教育!D7 新增学前学位`` or
#: ``data.json 各类教育 › 学前教育 › 新增学前学位（education.preschool.new_places）``.
Locate = Callable[[Loc], str]


@dataclass(frozen=True)
class Context:
    """A report to check, the names of the files it was read from, and ``where`` to name a
    field path in them."""

    report: Report
    where: Locate
    files: tuple[str, ...] = field(default=())

    @cached_property
    def figures(self) -> list[FigureAt]:
        return list(figures_of(self.report))

    @cached_property
    def items(self) -> list[ItemAt]:
        return list(items_of(self.report))

    @property
    def unit(self) -> str:
        """区, 县, 市 or 旗: the place's own word, for 全区/全县."""
        return unit_of(self.report.meta.district)

    def about(self, level: Level, check: str, figure: str, loc: Loc, message: str, hint: str = "") -> Finding:
        """A finding about the value at ``loc``, placed where it came from."""
        return Finding(level, check, figure, dotted(loc), self.where(loc), message, hint)

    def about_report(self, check: str, figure: str, loc: Loc, message: str, hint: str = "") -> Finding:
        """A note about something missing from the report as a whole: it names every input."""
        place = f"{'、'.join(self.files)} {where(Report, loc)}".strip()
        return Finding("note", check, figure, dotted(loc), place, message, hint)

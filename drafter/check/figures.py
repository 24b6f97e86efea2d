"""The report as the checks read it: every figure with its field path and its Chinese name.

A figure is found in three kinds of place: a part's own fields (``education.preschool.new_places``),
the items of a part's lists (a 建设项目's 总投资 at ``support.construction.projects[0].investment``)
and the clerk's own figures (``…custom[2].value``). Each is named as a message names it:
``新增学前学位``, ``建设项目“城东小学”的总投资``, ``其他数据“新增学位”``.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Iterator, Optional

from pydantic import BaseModel

from drafter.model import Figure, Part, Report, Spec
from drafter.model.amount import Amount
from drafter.model.figure import HasFigures
from drafter.model.paths import Loc, describe, field_title, models_in
from drafter.model.place import localise, unit_of

#: The roles of a figure a check compares: this year's value, last year's, the target.
ROLES = ("value", "previous", "target")


@dataclass(frozen=True)
class FigureAt:
    """A figure entered in the report: its field path (``loc``), its own Chinese ``title``, the
    ``name`` a message calls it by, and the paths of its part and (in a list) of its item."""

    loc: Loc
    title: str
    name: str
    spec: Spec
    figure: Figure
    part: Loc
    item: Optional[Loc] = None

    @property
    def custom(self) -> bool:
        """A figure of the clerk's own (其他数据)."""
        return self.loc[len(self.part)] == "custom"

    def at(self, role: str) -> Loc:
        """The path of one role of the figure (its value is the figure's own path)."""
        return self.loc if role == "value" else (*self.loc, role)

    def amount(self, role: str) -> Optional[Amount]:
        amount = getattr(self.figure, role)
        return amount if isinstance(amount, Amount) else None

    @property
    def field(self) -> str:
        """The dotted field path: ``education.preschool.new_places``."""
        return dotted(self.loc)


def dotted(loc: Loc) -> str:
    return describe(Report, loc)[1]


@dataclass(frozen=True)
class ItemAt:
    """A list item with figures (a 荣誉, 建设项目, 专项资金): its path and how a message names it."""

    loc: Loc
    item: HasFigures
    list_title: str
    part: Loc

    @property
    def label(self) -> str:
        """``建设项目“城东小学”``."""
        return f"{self.list_title}“{item_name(self.item)}”"


def item_name(item: BaseModel) -> str:
    level = getattr(item, "level", None) or ""
    return f"{level}{getattr(item, 'name', '')}"


def parts_of(report: Report) -> Iterator[tuple[Loc, Part]]:
    """Every part with its path, in document order (基本情况 and 自评结果 first)."""
    for path, prt in report.all_parts():
        yield tuple(path.split(".")), prt


def items_of(report: Report) -> Iterator[ItemAt]:
    """Every item with figures of every list of every part."""
    for ploc, prt in parts_of(report):
        for name, title in item_lists(type(prt)):
            for index, item in enumerate(getattr(prt, name)):
                yield ItemAt((*ploc, name, index), item, title, ploc)


@functools.lru_cache(maxsize=None)
def item_lists(part: type[Part]) -> tuple[tuple[str, str], ...]:
    """The fields of a part that are lists of items with figures (荣誉和称号, 建设项目 …), with
    their titles."""
    lists = []
    for name, info in part.model_fields.items():
        inner = models_in(info.annotation)
        if inner and issubclass(inner[0], HasFigures):
            lists.append((name, field_title(part, name)))
    return tuple(lists)


def figures_of(report: Report) -> Iterator[FigureAt]:
    """Every figure entered: the parts' fields, the items' figures, the clerk's own figures."""
    unit = unit_of(report.meta.district)
    for ploc, prt in parts_of(report):
        yield from owned_figures(prt, ploc, ploc, unit)
        for index, custom in enumerate(prt.custom):
            spec = custom.value.spec
            loc = (*ploc, "custom", index, "value")
            yield FigureAt(loc, custom.name, f"其他数据“{custom.name}”", spec, custom.value, ploc)
    for item in items_of(report):
        yield from owned_figures(item.item, item.loc, item.part, unit, item)


def owned_figures(
    owner: HasFigures, loc: Loc, part: Loc, unit: str, item: Optional[ItemAt] = None
) -> Iterator[FigureAt]:
    """The figures of one part or item, named in the place's words (区级, 县级)."""
    for name, figure in owner.figures():
        title = localise(figure.spec.title, unit)
        label = f"{item.label}的{title}" if item else title
        yield FigureAt((*loc, name), title, label, figure.spec, figure, part, item.loc if item else None)


def field_figures(
    owner: HasFigures, loc: Loc, part: Loc, unit: str, item: Optional[ItemAt] = None
) -> dict[str, FigureAt]:
    """The figures of one part or item by field name."""
    return {str(f.loc[-1]): f for f in owned_figures(owner, loc, part, unit, item)}

"""The relations the model declares, found on every part and list item of a report."""

from __future__ import annotations

from typing import Iterator, Optional, TypeVar

from drafter.check.context import Context
from drafter.check.figures import FigureAt, ItemAt, field_figures, parts_of
from drafter.model.figure import HasFigures
from drafter.model.paths import Loc
from drafter.model.relations import relations_of

R = TypeVar("R")


def declared(ctx: Context, kind: type[R]) -> Iterator[tuple[R, dict[str, FigureAt]]]:
    """Each relation of type ``kind`` declared by a part or item of the report, with its figures."""
    owners: list[tuple[HasFigures, Loc, Loc, Optional[ItemAt]]] = [(prt, ploc, ploc, None) for ploc, prt in parts_of(ctx.report)]
    owners += [(item.item, item.loc, item.part, item) for item in ctx.items]
    for owner, loc, part, item in owners:
        relations = [r for r in relations_of(type(owner)) if isinstance(r, kind)]
        if relations:
            figures = field_figures(owner, loc, part, ctx.unit, item)
            for relation in relations:
                yield relation, figures

"""The filters that write several things of a part at once: ``listing``, ``custom`` and ``rest``
(see :mod:`drafter.compose.sandbox.filters`)."""

from __future__ import annotations

from typing import Any, Iterable

from drafter.compose.prose.items import ProseWriter
from drafter.compose.prose.order import work_first
from drafter.compose.sandbox.figure_filters import FigureFilters
from drafter.compose.sandbox.filter_marks import NOTHING, filled
from drafter.compose.sandbox.ledger import PREVIOUS, TARGET, VALUE, WORK, Ledger
from drafter.compose.sandbox.markup import MISSING
from drafter.model.figure import Figure, HasFigures
from drafter.model.items import Fund, Honour, Project
from drafter.model.place import localise
from drafter.model.section import CustomFigure

#: The order in which ``|rest`` says a part's lists: projects and funds, the clerk's own figures,
#: then honours (the results they led to), the clerk's sentences last.
_REST_ORDER = (Project, Fund, CustomFigure, Honour, str)


class ListFilters:
    """The list filters of one environment. ``|rest`` reads the ledger the other filters wrote
    in; ``|listing`` writes each figure as :meth:`FigureFilters.fig` does."""

    def __init__(self, figures: FigureFilters, ledger: Ledger, prose: ProseWriter) -> None:
        self.figures = figures
        self.ledger = ledger
        self.prose = prose

    def listing(self, items: Iterable[Any], mark: str = "、") -> str:
        """Entered figures with their words, joined; missing ones are skipped."""
        items = list(items or [])
        for item in items:
            for figure in item if isinstance(item, tuple) else (item,):
                if isinstance(figure, Figure):
                    self.ledger.record(figure, VALUE)
        parts = [self._labelled(item) for item in items]
        present = [part for part in parts if part]
        return mark.join(present) if present else MISSING

    def _labelled(self, item: Any) -> str:
        """``(figure, "党支部")`` → ``102个党支部``; ``("党员", figure)`` → ``党员1800余名``.

        A breakdown follows the noun: ``177所幼儿园（公办58所、民办119所）``."""
        fig = self.figures.fig
        if isinstance(item, Figure) or item is None:
            return "" if item is None else fig(item)
        first, second = item
        if isinstance(second, Figure) or (second is None and isinstance(first, str)):
            return "" if second is None else f"{first}{fig(second)}"
        return "" if first is None else fig(first, str(second))

    def custom(self, items: Iterable[CustomFigure]) -> str:
        """The clerk's own figures: ``建成家长学校45所，开展家访1200人次。``; figures sharing a
        subject in one sentence naming it once. A figure with a previous value or a target says
        how it changed and went; in a 工作要点 the value is the planned number itself."""
        self.ledger.record(items)
        text = self.prose.custom(items or [], plan=self.ledger.plan)
        return filled(text) if text else NOTHING

    # -- |rest ---------------------------------------------------------------------------------
    def rest(self, part: HasFigures | None) -> str:
        """Everything entered in ``part`` that no filter has written yet, as sentences."""
        if not isinstance(part, HasFigures):
            return NOTHING
        pieces = [self._rest_figures(part), *self._rest_items(part)]
        text = "".join(piece for piece in pieces if piece)
        return filled(text) if text else NOTHING

    def _rest_figures(self, part: HasFigures) -> str:
        """The part's figures no template wrote, through their phrases, a few to a sentence;
        a figure a template wrote in part (its value, say) gets the rest said after its label."""
        ledger = self.ledger
        said = []
        clauses = []
        for _, figure in part.figures():
            roles = [role for role in (VALUE, PREVIOUS, TARGET) if not ledger.written(figure, role)]
            if len(roles) == 3:
                item = self.figures.saying().said(figure)
                if item is not None:
                    said.append(item)
            elif roles:
                title = localise(figure.spec.title, ledger.unit)
                clauses.append(self.prose.figure(title, figure, roles, plan=ledger.plan))
            ledger.record(figure, VALUE, PREVIOUS, TARGET)
        said_text = "".join(sentence + "。" for sentence in self.figures.saying().sentences(said))
        return said_text + self.prose.sentences(clauses)

    def _rest_items(self, part: HasFigures) -> Iterable[str]:
        """The part's lists not written yet, in :data:`_REST_ORDER`."""
        lists = [getattr(part, name) for name in type(part).model_fields]
        lists = [value for value in lists if isinstance(value, list) and value and self._unsaid(value)]
        for kind in _REST_ORDER:
            for items in lists:
                if isinstance(items[0], kind):
                    said = work_first(items)[1] if self.ledger.written(items, WORK) else items
                    self.ledger.record(items)  # the work opened the part: its results close it
                    yield self._items_text(said) if said else ""

    def _unsaid(self, items: list[Any]) -> bool:
        """A list no filter has written, or only the work of (its results are still to be said)."""
        ledger = self.ledger
        return not ledger.touched(items) or (ledger.written(items, WORK) and not ledger.written(items))

    def _items_text(self, items: list[Any]) -> str:
        """A list written in the sentences of its kind."""
        first = items[0]
        if isinstance(first, Project):
            return "".join(self.prose.project(item) for item in items)
        if isinstance(first, Fund):
            return "".join(self.prose.fund(item) for item in items)
        if isinstance(first, Honour):
            return self.prose.honours(items)
        if isinstance(first, CustomFigure):
            return self.prose.custom(items, plan=self.ledger.plan)
        return self.prose.lines(items)

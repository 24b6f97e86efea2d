"""The filters that write one figure or number: ``fig``, ``opt``, ``say``, ``num``, ``pct``, ``money``,
``approx``, ``change``, ``trend``, ``progress``, ``target`` and ``goal`` (see :mod:`drafter.compose.sandbox.filters`)."""

from __future__ import annotations

from decimal import Decimal
from typing import Callable, Iterable

from drafter.compose.prose.change import ChangeWriter
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.saying import Saying
from drafter.compose.prose.targets import TargetWriter
from drafter.compose.sandbox.filter_marks import filled
from drafter.compose.sandbox.ledger import PREVIOUS, TARGET, VALUE, Ledger
from drafter.compose.sandbox.markup import EMPTY, FILLED, MISSING
from drafter.model.amount import Amount
from drafter.model.figure import Figure


class FigureFilters:
    """The figure filters of one environment.

    Each records in the ledger which roles of a figure it wrote (its value, its change from the
    previous value, its target), so that ``|rest`` says only the others.
    """

    def __init__(self, numbers: NumberWriter, ledger: Ledger) -> None:
        self.numbers = numbers
        self.ledger = ledger
        self.changes = ChangeWriter(numbers)
        self.targets = TargetWriter(numbers)

    # -- a figure as it is -------------------------------------------------------------------
    def fig(self, value: Figure | None, noun: str = "") -> str:
        """The value with its unit, then ``noun`` if given, then its breakdown:
        ``177所（公办58所、民办119所）``, ``102个党支部（…）``."""
        self.ledger.record(value, VALUE)
        if value is None or value.value is None:
            return MISSING
        return FILLED + self.numbers.amount(value.value, value.spec) + noun + self.numbers.breakdown(value)

    def opt(self, value: Figure | None) -> str:
        """Like :meth:`fig`, but a figure not in the data leaves its clause standing."""
        return EMPTY if value is None else self.fig(value)

    def saying(self) -> Saying:
        """The phrases of the current document: made afresh, as the ledger's unit and plan change
        from one document to the next."""
        ledger = self.ledger
        return Saying(self.numbers, unit=ledger.unit, plan_period=ledger.plan_period, plan=ledger.plan)

    def say(self, value: Figure | Iterable[Figure | None] | None, verb: bool = True) -> str:
        """Figures through their phrases, each with its change and target; several share a verb.
        A figure whose value was written already is left out."""
        figures = [value] if isinstance(value, Figure) or value is None else list(value)
        figures = [figure for figure in figures if isinstance(figure, Figure) and not self.ledger.written(figure, VALUE)]
        for figure in figures:
            self.ledger.record(figure, VALUE, PREVIOUS, TARGET)
        text = self.saying().say(figures, verb=verb)
        return filled(text) if text else MISSING

    # -- a figure or a number, in a given style -----------------------------------------------
    def num(self, value: Figure | Amount | Decimal | int | float | None, decimals: int | None = None) -> str:
        """The number without its unit; ``decimals`` rounds it half-up."""
        if value is None:
            return MISSING
        if isinstance(value, Figure):
            self.ledger.record(value, VALUE)
            value = value.value
        if value is None:
            return MISSING
        if isinstance(value, Amount):
            return FILLED + self.numbers.number(value)
        number = Decimal(str(value))
        text = self.numbers.trimmed(number) if decimals is None else self.numbers.decimal(number, decimals)
        return FILLED + text

    def pct(self, value: Figure | Decimal | int | float | None, decimals: int | None = None) -> str:
        """A figure as :meth:`fig` writes it, or a number followed by ``%``: ``2.1`` → ``2.1%``."""
        if isinstance(value, Figure) or value is None:
            return self.fig(value)
        return f"{self.num(value, decimals)}%"

    def money(self, value: Figure | Decimal | int | float | None) -> str:
        """A money figure as :meth:`fig` writes it, or a number of 元 in the document's style."""
        if isinstance(value, Figure) or value is None:
            return self.fig(value)
        return FILLED + self.numbers.yuan(Decimal(str(value)))

    def approx(self, value: Figure | Decimal | int | float | None, word: str = "余", significant: int = 2) -> str:
        """A figure as :meth:`fig` writes it, or a number as an approximation: ``283`` → ``280余``,
        ``67`` with ``("近", 1)`` → ``近70``."""
        if isinstance(value, Figure) or value is None:
            return self.fig(value)
        return FILLED + self.numbers.approximate(Decimal(str(value)), word, significant)

    # -- against the previous value and the target --------------------------------------------
    def change(self, value: Figure | None) -> str:
        self.ledger.record(value, PREVIOUS)
        return self._written(value, self.changes.change)

    def trend(self, value: Figure | None) -> str:
        self.ledger.record(value, VALUE, PREVIOUS)
        return self._written(value, self.changes.trend)

    def progress(self, value: Figure | None) -> str:
        """How the value went against its target; the target itself when nothing sure can be said."""
        self.ledger.record(value, TARGET)
        if value is not None and value.value is not None and value.target is not None:
            return FILLED + (self.targets.progress(value) or self.targets.stated(value))
        return MISSING

    def target(self, value: Figure | None) -> str:
        self.ledger.record(value, TARGET)
        return self._marked(None if value is None else self.targets.target(value))

    def goal(self, value: Figure | None) -> str:
        self.ledger.record(value, VALUE, TARGET)
        return self._marked(None if value is None else self.targets.goal(value))

    def _written(self, value: Figure | None, write: Callable[[Figure], str | None]) -> str:
        """What ``write`` says of a figure with a value; missing when there is nothing to say."""
        return self._marked(None if value is None or value.value is None else write(value))

    @staticmethod
    def _marked(text: str | None) -> str:
        return MISSING if text is None else FILLED + text

"""Relations the model declares between figures (:mod:`drafter.model.relations`), applied.

``AtMost``: a part no larger than its whole (公办占比 ≤ 普惠覆盖率), role by role. ``Cumulative``: a
running total no smaller than last year's. ``Quotient``: a rate or ratio agreeing with its
numerator and denominator where all three are given.
"""

from __future__ import annotations

from decimal import Decimal
from typing import Iterator

from drafter.check.amounts import comparable, plain, shown, span
from drafter.check.context import Context
from drafter.check.declared import declared
from drafter.check.figures import ROLES, FigureAt
from drafter.check.findings import Finding
from drafter.check.sums import ROLE_WORDS
from drafter.model.amount import Amount
from drafter.model.figure import Rate
from drafter.model.relations import AtMost, Cumulative, Quotient

#: How far a given rate or ratio may be from the one its numerator and denominator give, as a
#: share of it, besides the rounding of its last typed digit: figures taken at different dates
#: of the year differ a little.
QUOTIENT_TOLERANCE = Decimal("0.02")


def check_relations(ctx: Context) -> Iterator[Finding]:
    for at_most, figures in declared(ctx, AtMost):
        yield from _at_most(ctx, at_most, figures)
    for cumulative, figures in declared(ctx, Cumulative):
        if cumulative.figure in figures:
            yield from _cumulative(ctx, cumulative, figures[cumulative.figure])
    for quotient, figures in declared(ctx, Quotient):
        if all(name in figures for name in quotient.names()):
            yield from _quotient(ctx, quotient, figures)


def _at_most(ctx: Context, relation: AtMost, figures: dict[str, FigureAt]) -> Iterator[Finding]:
    part, whole = figures.get(relation.part), figures.get(relation.whole)
    if part is None or whole is None:
        return
    for role in ROLES:
        a, b = part.amount(role), whole.amount(role)
        if a is None or b is None or not comparable(a, part.spec, b, whole.spec):
            continue
        small, large = span(a), span(b)
        if small is None or large is None or not small.above(large):
            continue
        word = ROLE_WORDS[role]
        because = f"（{relation.because}）" if relation.because else ""
        whole_name = whole.title if part.item is not None else whole.name  # 建设项目“…”的 said once
        message = f"{word}{part.name}{shown(a, part.spec)}大于{word}{whole_name}{shown(b, whole.spec)}{because}"
        if relation.certain:
            yield ctx.about("error", "relations", part.name, part.at(role), message, "请核对这两个数，改正后再生成")
        else:
            yield ctx.about("note", "relations", part.name, part.at(role), message, "请核对这两个数；确实如此时可以不理会")


def _cumulative(ctx: Context, relation: Cumulative, figure: FigureAt) -> Iterator[Finding]:
    now, before = figure.amount("value"), figure.amount("previous")
    if now is None or before is None or figure.figure.previous_year is not None:
        return
    this, last = span(now), span(before)
    if this is None or last is None or not last.above(this):
        return
    yield ctx.about(
        "note", "relations", figure.name, figure.loc,
        f"本年{shown(now, figure.spec)}比上年{shown(before, figure.spec)}还少，而这是累计的数（{relation.because}）",
        "请核对本年和上年的数；统计的起点变了（如新的五年规划期）时可以不理会",
    )


def _quotient(ctx: Context, relation: Quotient, figures: dict[str, FigureAt]) -> Iterator[Finding]:
    given_figure = figures[relation.figure]
    numerator, denominator = figures[relation.numerator], figures[relation.denominator]
    given, top, bottom = given_figure.amount("value"), numerator.amount("value"), denominator.amount("value")
    if given is None or top is None or bottom is None or not (top.exact and bottom.exact and given.exact):
        return
    if bottom.value == 0 or top.value == 0:
        return
    percent = isinstance(given_figure.spec, Rate)
    computed = top.value / bottom.value * (100 if percent else 1)
    if _close(given, computed, percent):
        return
    said = f"{plain(computed)}%" if percent else _ratio_said(computed, given)
    yield ctx.about(
        "note", "relations", given_figure.name, given_figure.loc,
        f"{given_figure.name}写的是{shown(given, given_figure.spec)}，按{numerator.name}{shown(top, numerator.spec)}"
        f"和{denominator.name}{shown(bottom, denominator.spec)}算是{said}",
        "请核对这三个数",
    )


def _ratio_said(computed: Decimal, given: Amount) -> str:
    """The computed ratio written the way round the clerk wrote it: ``13.66:1`` or ``1:13.66``."""
    return f"1:{plain(computed)}" if given.value < 1 else f"{plain(computed)}:1"


def _close(given: Amount, computed: Decimal, percent: bool) -> bool:
    """Whether ``given`` is ``computed`` up to the rounding of its last typed digit and the
    tolerance; a ratio may be written either way round (``15.8:1`` or ``1:15.8``)."""
    readings = [given.value] if percent else [given.value, 1 / given.value]
    allowed = _half_last_digit(given) + abs(computed) * QUOTIENT_TOLERANCE
    return any(abs(reading - computed) <= allowed for reading in readings)


def _half_last_digit(amount: Amount) -> Decimal:
    places = max(len(term.partition(".")[2]) for term in (amount.digits, amount.second or "0"))
    return Decimal(5) * Decimal(10) ** -(places + 1)

"""Twice reported: the same project, fund or honour in two lists, a list item repeating a data
row (营养改善计划 as 资助项目 and as 营养改善计划资金), a clerk's own figure repeating a field, one
figure under two names in two parts (新增义务教育学位 and 学校建设新增学位).

When several 科室 fill their own sheets, the same thing is often reported by two of them, and
the report would say it twice. Each note names both places. (Sentences that repeat a list item
or a figure are found by :mod:`drafter.check.sentences`.)
"""

from __future__ import annotations

from collections import defaultdict
from decimal import Decimal
from typing import Iterator

from drafter.check.amounts import comparable, shown
from drafter.check.context import Context
from drafter.check.figures import FigureAt, ItemAt
from drafter.check.findings import Finding
from drafter.model.figure import Money, Rate, Ratio
from drafter.model.items import Honour
from drafter.model.text import without_end_mark

#: A count must be at least this large for two equal ones in one part to be taken as the same
#: figure (two 3s are a coincidence; two 24500s are not).
DISTINCT_COUNT = Decimal(100)
HINT = "同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会"


def check_twice(ctx: Context) -> Iterator[Finding]:
    yield from _same_items(ctx)
    yield from _items_repeating_rows(ctx)
    yield from _custom_repeating_fields(ctx)
    yield from _rows_repeating_rows(ctx)


def item_key(item: ItemAt) -> tuple[str, ...]:
    """What makes two items the same: an honour's level and name, a project's or fund's name."""
    name = without_end_mark(str(getattr(item.item, "name", ""))).replace(" ", "")
    level = (getattr(item.item, "level", None) or "") if isinstance(item.item, Honour) else ""
    return (type(item.item).__name__, level, name)


def _same_items(ctx: Context) -> Iterator[Finding]:
    seen: dict[tuple[str, ...], ItemAt] = {}
    for item in ctx.items:
        key = item_key(item)
        first = seen.setdefault(key, item)
        if first is not item:
            yield ctx.about(
                "note", "twice", item.label, item.loc,
                f"{item.label}在两处都写了：这里和 {ctx.where(first.loc)}，报告里会写两遍", HINT,
            )


# -- a list item and a data row with the same figures ----------------------------------------------
def _rows(ctx: Context) -> list[FigureAt]:
    """The figures that are not in a list item: a part's fields and the clerk's own figures."""
    return [f for f in ctx.figures if f.item is None]


def _items_repeating_rows(ctx: Context) -> Iterator[Finding]:
    rows: dict[Decimal, list[FigureAt]] = defaultdict(list)
    for row in _rows(ctx):
        amount = row.amount("value")
        if amount is not None and amount.exact and not amount.second:
            rows[amount.value].append(row)
    matches: dict[tuple[object, ...], list[tuple[FigureAt, FigureAt]]] = defaultdict(list)
    for figure in ctx.figures:
        amount = figure.amount("value")
        if figure.item is None or amount is None or amount.second:
            continue
        for row in rows.get(amount.value, []):
            if _same_figure(figure, row):
                matches[(figure.item, row.part)].append((figure, row))
    for pairs in matches.values():
        yield _repeated(ctx, pairs)


def _same_figure(item: FigureAt, row: FigureAt) -> bool:
    """The same money anywhere, or the same large count in one part, both typed exactly."""
    a, b = item.amount("value"), row.amount("value")
    if a is None or b is None or not (a.exact and b.exact) or a.value <= 0:
        return False
    if isinstance(item.spec, (Rate, Ratio)) or not comparable(a, item.spec, b, row.spec) or a.value != b.value:
        return False
    return isinstance(item.spec, Money) or (item.part == row.part and a.value >= DISTINCT_COUNT)


def _repeated(ctx: Context, pairs: list[tuple[FigureAt, FigureAt]]) -> Finding:
    """The note names the data, not the prose: the writer says a row its item repeats only once
    when their words show it is one thing, but the clerk entered it twice all the same."""
    first, row = pairs[0]
    label = first.name.removesuffix(f"的{first.title}")
    ours = "、".join(f"{f.title}{_value(f)}" for f, _ in pairs)
    theirs = "、".join(r.name for _, r in pairs)
    return ctx.about(
        "note", "twice", label, first.item or first.loc,
        f"{label}的{ours}，和{theirs}（{ctx.where(row.loc)}）是同样的数，像是同一件事填了两次",
        HINT,
    )


def _value(figure: FigureAt) -> str:
    amount = figure.amount("value")
    return shown(amount, figure.spec) if amount is not None else ""


# -- a clerk's own figure repeating a field or another of the clerk's figures ----------------------
def _custom_repeating_fields(ctx: Context) -> Iterator[Finding]:
    rows = _rows(ctx)
    for position, custom in enumerate(rows):
        if not custom.custom:
            continue
        earlier = [row for index, row in enumerate(rows) if not row.custom or index < position]
        for row in earlier:
            if row is not custom and _same_named(custom, row) and _same_value(custom, row):
                yield ctx.about(
                    "note", "twice", custom.name, custom.loc,
                    f"{custom.name}{_value(custom)}和{row.name}（{ctx.where(row.loc)}）是同一个数，报告里会写两遍",
                    HINT,
                )


def _same_named(a: FigureAt, b: FigureAt) -> bool:
    x, y = a.title, b.title
    return x == y or (min(len(x), len(y)) >= 4 and (x in y or y in x))


def _same_value(a: FigureAt, b: FigureAt) -> bool:
    x, y = a.amount("value"), b.amount("value")
    if x is None or y is None or not comparable(x, a.spec, y, b.spec):
        return False
    return x.text == y.text or (x.exact and y.exact and x.value == y.value)


# -- one figure under two names in two parts ----------------------------------------------------
def _rows_repeating_rows(ctx: Context) -> Iterator[Finding]:
    """Two fields of two parts counting the same kind of thing (their names end alike: 新增义务教育
    学位, 学校建设新增学位) with the same large value: one figure reported by two 科室."""
    rows = [f for f in _rows(ctx) if not f.custom]
    for position, row in enumerate(rows):
        for earlier in rows[:position]:
            if earlier.part != row.part and earlier.title[-2:] == row.title[-2:] and _same_large_value(earlier, row):
                yield ctx.about(
                    "note", "twice", row.name, row.loc,
                    f"{row.name}{_value(row)}和{earlier.name}（{ctx.where(earlier.loc)}）是同一个数，像是同一件事报了两次，报告里会写两遍",
                    HINT,
                )


def _same_large_value(a: FigureAt, b: FigureAt) -> bool:
    x, y = a.amount("value"), b.amount("value")
    if x is None or y is None or not (x.exact and y.exact) or isinstance(a.spec, (Rate, Ratio)):
        return False
    large = isinstance(a.spec, Money) or x.value >= DISTINCT_COUNT
    return large and x.value == y.value and comparable(x, a.spec, y, b.spec)

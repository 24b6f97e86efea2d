"""Against last year: a 上年 value that differs from what last year's data says for the same
figure (``drafter check DATA --from LAST``), and with no 上年 value given, a jump from last
year's figure or a running total smaller than last year's."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterator

from drafter.check.amounts import comparable, shown, span
from drafter.check.context import Context, Locate
from drafter.check.declared import declared
from drafter.check.figures import FigureAt, figures_of
from drafter.check.findings import Finding
from drafter.check.jumps import confirm, jump_between
from drafter.errors import DrafterError
from drafter.model import Report
from drafter.model.amount import Amount
from drafter.model.relations import Cumulative


@dataclass(frozen=True)
class LastYear:
    """Last year's report, the file it was read from, and how to name a field path in it."""

    report: Report
    where: Locate
    name: str


def fitting(last: LastYear, report: Report) -> LastYear:
    """``last`` if it is the same place's data of the year before ``report``'s; else DrafterError."""
    theirs, ours = last.report.meta, report.meta
    if theirs.district != ours.district:
        raise DrafterError.single(
            f"--from 的数据是{theirs.district}的，本年的数据是{ours.district}的", last.name,
            f"请用{ours.district}上一年的数据文件或填报表",
        )
    if theirs.year != ours.year - 1:
        raise DrafterError.single(
            f"--from 的数据是{theirs.year}年的，本年的数据是{ours.year}年的", last.name,
            f"请用{ours.year - 1}年的数据文件或填报表",
        )
    return last


def check_last_year(ctx: Context, last: LastYear) -> Iterator[Finding]:
    theirs = {_key(f): f for f in figures_of(last.report) if f.item is None}
    running = {figures[c.figure].loc for c, figures in declared(ctx, Cumulative) if c.figure in figures}
    for figure in ctx.figures:
        match = theirs.get(_key(figure)) if figure.item is None else None
        before = match.amount("value") if match else None
        ours = figure.amount("previous") or figure.amount("value")
        if match is None or before is None or ours is None or figure.figure.previous_year is not None:
            continue
        if comparable(before, match.spec, ours, figure.spec):
            yield from _against(ctx, last, figure, match, figure.loc in running)


def _key(figure: FigureAt) -> tuple[object, ...]:
    """The same figure in two years: a field by its path, the clerk's own by its part, name and unit."""
    if figure.custom:
        return (*figure.part, "custom", figure.title, figure.spec.unit)
    return figure.loc


def _against(ctx: Context, last: LastYear, figure: FigureAt, match: FigureAt, running: bool) -> Iterator[Finding]:
    before = match.amount("value")
    assert before is not None
    stated, now = figure.amount("previous"), figure.amount("value")
    place = last.where(match.loc)
    if stated is not None:
        yield from _differs(ctx, figure, stated, before, place)
    elif now is not None:
        jump = jump_between(now, before, figure.spec, "上年数据")
        if jump:
            yield ctx.about("note", "jumps", figure.name, figure.loc, f"{jump.said}（{place}）", confirm(jump))
        elif running and _less(now, before):
            yield ctx.about(
                "note", "last_year", figure.name, figure.loc,
                f"本年{shown(now, figure.spec)}比上年数据（{place}）的{shown(before, figure.spec)}还少，而这是累计的数",
                "请核对；统计的起点变了（如新的五年规划期）时可以不理会",
            )


def _differs(ctx: Context, figure: FigureAt, stated: Amount, before: Amount, place: str) -> Iterator[Finding]:
    ours, theirs = span(stated), span(before)
    if ours is None or theirs is None or not ours.apart(theirs):
        return
    yield ctx.about(
        "note", "last_year", figure.name, figure.at("previous"),
        f"上年数值写的是{shown(stated, figure.spec)}，上年的数据（{place}）是{shown(before, figure.spec)}",
        "同比变化按上年数值计算：请核对哪个对，改成一致（上年数据后来更正过的，以更正后的为准）",
    )


def _less(now: Amount, before: Amount) -> bool:
    a, b = span(now), span(before)
    return a is not None and b is not None and b.above(a)

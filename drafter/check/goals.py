"""Goals that go the wrong way: in a 工作要点, a level whose target is worse than where it stands.

A 工作要点 writes a level with its current value as ``力争由36.5%提高到44%``. A target below the
current value of a figure where more is better (or above it where less is better, 近视率) would be
printed as ``力争由41%降低到39.5%``: most often the current value and the target were swapped, or
last year's value was typed as this year's. The clerk is asked to confirm.
"""

from __future__ import annotations

from typing import Iterator

from drafter.check.amounts import comparable, shown
from drafter.check.context import Context
from drafter.check.figures import FigureAt
from drafter.check.findings import Finding


def check_goals(ctx: Context) -> Iterator[Finding]:
    if ctx.report.meta.kind != "plan":
        return
    for figure in ctx.figures:
        if _backwards(figure):
            yield _finding(ctx, figure)


def _backwards(figure: FigureAt) -> bool:
    """A level (a rate, a unitless quantity; a ratio has no better way) whose target is worse
    than its current value."""
    now, goal, spec = figure.amount("value"), figure.amount("target"), figure.spec
    level = figure.figure.is_level and spec.kind != "ratio"
    if not level or now is None or goal is None or not (now.exact and goal.exact):
        return False
    if not comparable(now, spec, goal, spec) or now.value == goal.value:
        return False
    return (goal.value > now.value) if spec.lower_is_better else (goal.value < now.value)


def _finding(ctx: Context, figure: FigureAt) -> Finding:
    now, goal = figure.amount("value"), figure.amount("target")
    assert now is not None and goal is not None
    worse = "高" if figure.spec.lower_is_better else "低"
    verb = "提高" if goal.value > now.value else "降低"
    return ctx.about(
        "note", "goals", figure.name, figure.at("target"),
        f"目标{shown(goal, figure.spec)}比现有水平{shown(now, figure.spec)}还{worse}，"
        f"报告会写成“力争由{shown(now, figure.spec)}{verb}到{shown(goal, figure.spec)}”",
        "请核对是不是把现有水平和目标填反了，或把上年的数填成了现有水平；确实如此时可以不理会",
    )

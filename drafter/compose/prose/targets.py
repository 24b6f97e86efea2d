"""Targets: how a 工作要点 states them, and how a summary says whether they were met.

Plan wording (``goal``): ``达到80%``, or ``由10%提高到20%`` when the current level is given;
``控制在50%以内`` for figures where lower is better (近视率).

Plan against actual (``progress``), computed from a figure's value and target — never typed:

* exactly met: ``完成年度目标``; the target is named in brackets unless it reads like the value;
* over: ``超额完成年度目标`` (a target written as a floor, ``95%以上``, is simply ``完成``);
* a ceiling kept (近视率 below its target): ``控制在年度目标（50%）以内``;
* under, quantities: ``完成年度目标（1350个）的86.7%`` (half-up, 1 decimal; 2 when 1 would read 100.0);
* under, rates: ``距年度目标还差1.2个百分点``;
* no target, no value, or an approximate value that does not clearly reach the target: nothing;
* ratios: ``完成年度目标`` when equal, else nothing (whether higher is better depends on the order).

A figure with only a target (a 工作要点) writes its breakdown after the target.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.compose.prose.change import point_difference
from drafter.compose.prose.numbers import NumberWriter, round_half_up
from drafter.model.amount import Amount
from drafter.model.figure import Figure

#: The target a summary measures a figure against.
GOAL = "年度目标"
#: The goal named with the target, unless the target reads like the value.
NAMED_GOAL = "{goal}（{target}）"
#: How a value went against its target (``{goal}``: :data:`GOAL`, or :data:`NAMED_GOAL`). The
#: importer reads these same forms back (:mod:`drafter.importer.roles`).
MET = "完成{goal}"
EXCEEDED = "超额完成{goal}"
KEPT_WITHIN = "控制在{goal}以内"
SHORT_BY_POINTS = "距{goal}还差{gap}个百分点"
SHARE_OF = "完成{goal}的{share}%"
#: A target with nothing yet to measure against it.
STATED = "{goal}为{target}"

#: Words that make an approximate value a floor: ``280余`` is at least 280.
_AT_LEAST = {"余", "多", "超过", "超", "不少于", "不低于", "逾", "以上", "及以上"}


def completion_percent(value: Decimal, target: Decimal) -> Decimal:
    """``value`` as a percentage of ``target``, half-up to 1 decimal (2 if 1 would hide a shortfall)."""
    exact = value / target * 100
    rounded = round_half_up(exact, 1)
    return rounded if rounded < 100 else round_half_up(exact, 2)


def _is_floor(amount: Amount) -> bool:
    return bool({amount.prefix, amount.suffix, amount.post} & _AT_LEAST)


class TargetWriter:
    """Writes targets and how figures went against them."""

    def __init__(self, numbers: NumberWriter):
        self.numbers = numbers

    def target(self, figure: Figure) -> str | None:
        """The target with its unit: ``1350个``, ``95%以上``."""
        if figure.target is None:
            return None
        shown = self.numbers.amount(figure.target, figure.spec)
        return shown + self.numbers.breakdown(figure) if figure.value is None else shown

    def goal(self, figure: Figure) -> str | None:
        """``达到80%`` / ``由10%提高到20%`` / ``控制在50%以内``."""
        shown = self.target(figure)
        if shown is None:
            return None
        current = figure.value
        if current is None or current.value == figure.target.value:  # type: ignore[union-attr]
            if current is not None:
                shown += self.numbers.breakdown(figure)
            return f"控制在{shown}以内" if figure.spec.lower_is_better else f"达到{shown}"
        before = self.numbers.amount(current, figure.spec) + self.numbers.breakdown(figure)
        if figure.spec.kind == "ratio":
            verb = "调整到"
        else:
            verb = "提高到" if figure.target.value > current.value else "降低到"  # type: ignore[union-attr]
        return f"由{before}{verb}{shown}"

    def progress(self, figure: Figure) -> str | None:
        """How the value went against the target; None when there is nothing sure to say.

        The target is named in brackets unless it reads exactly like the value:
        ``完成年度目标（1350个）的86.7%``."""
        value, target = figure.value, figure.target
        if value is None or target is None:
            return None
        goal = self._named_goal(figure)
        lower = figure.spec.lower_is_better
        if figure.spec.kind == "ratio":
            return MET.format(goal=goal) if value.value == target.value else None
        if not value.exact:
            reached = value.value >= target.value and _is_floor(value) and not lower
            return MET.format(goal=goal) if reached else None
        if value.value == target.value:
            return MET.format(goal=goal)
        if lower and value.value < target.value:  # a ceiling kept: 控制在年度目标（50%）以内
            return KEPT_WITHIN.format(goal=goal)
        if not lower and value.value > target.value:
            return (EXCEEDED if target.exact else MET).format(goal=goal)
        return self._shortfall(figure, value, target, goal)

    def stated(self, figure: Figure) -> str:
        """``年度目标为1350个``: the target, with nothing to measure against it."""
        return STATED.format(goal=GOAL, target=self.target(figure))

    def _named_goal(self, figure: Figure) -> str:
        target = self.numbers.amount(figure.target, figure.spec)  # type: ignore[arg-type]
        value = self.numbers.amount(figure.value, figure.spec)  # type: ignore[arg-type]
        return GOAL if target == value else NAMED_GOAL.format(goal=GOAL, target=target)

    def _shortfall(self, figure: Figure, value: Amount, target: Amount, goal: str) -> str | None:
        if figure.spec.kind == "rate":
            gap = abs(point_difference(value, target))
            return SHORT_BY_POINTS.format(goal=goal, gap=self.numbers.trimmed(gap))
        if figure.spec.lower_is_better or not target.exact or target.value == 0:
            return None
        share = self.numbers.trimmed(completion_percent(value.value, target.value))
        return SHARE_OF.format(goal=goal, share=share)

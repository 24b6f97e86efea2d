"""Jumps: a figure ten times (or a tenth of) last year's, a rate moving more than 30 points.

Such a change is most often a slip — a digit too many (2300 for 230), 元 typed where the field is
in 万元, a 万 left out — and the report would print it as ``增长900%``. The clerk is asked to
confirm, with both values and the likely slip.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Iterator, Optional

from drafter.check.amounts import comparable, plain, shown
from drafter.check.context import Context
from drafter.check.findings import Finding
from drafter.model.amount import Amount
from drafter.model.figure import Money, Rate, Ratio, Spec

#: A quantity this many times last year's, or this fraction of it, is a jump.
FACTOR = Decimal(10)
#: A rate moving more than this many percentage points is a jump.
RATE_POINTS = Decimal(30)
#: Counts smaller than this jump tenfold in the ordinary course of things (1 new school, then 12).
SMALLEST_COUNT = Decimal(50)
#: Factors that point at a slip, and the slip.
_SLIPS = (
    (Decimal(10), "可能是多打或少打了一位数字（如把230打成2300），或小数点点错了一位"),
    (Decimal(100), "可能是多打或少打了两位数字，或小数点点错了两位"),
    (Decimal(1000), "可能是多打或少打了三位数字"),
)


@dataclass(frozen=True)
class Jump:
    """How a figure moved, in words, and the slip that likely caused it."""

    said: str
    slip: str


def check_jumps(ctx: Context) -> Iterator[Finding]:
    for figure in ctx.figures:
        now, before = figure.amount("value"), figure.amount("previous")
        if now is None or before is None:
            continue
        when = f"{figure.figure.previous_year}年" if figure.figure.previous_year else "上年"
        jump = jump_between(now, before, figure.spec, when)
        if jump:
            yield ctx.about("note", "jumps", figure.name, figure.loc, jump.said, confirm(jump))


def confirm(jump: Jump) -> str:
    slip = f"；{jump.slip}" if jump.slip else ""
    return f"请确认这两个数{slip}；确实如此时可以不理会"


def jump_between(now: Amount, before: Amount, spec: Spec, when: str = "上年") -> Optional[Jump]:
    """The jump from ``before`` to ``now`` (both of the figure ``spec``), if there is one."""
    if isinstance(spec, Ratio) or not comparable(now, spec, before, spec):
        return None
    if isinstance(spec, Rate):
        return _rate_jump(now, before, spec, when)
    return _factor_jump(now, before, spec, when)


def _rate_jump(now: Amount, before: Amount, spec: Spec, when: str) -> Optional[Jump]:
    change = now.value - before.value
    if abs(change) <= RATE_POINTS:
        return None
    direction = "提高" if change > 0 else "降低"
    said = f"本年{shown(now, spec)}比{when}{shown(before, spec)}{direction}了{plain(abs(change))}个百分点"
    return Jump(said, "变化超过30个百分点，可能是填错了行、把上年和本年填反了，或者统计口径变了")


def _factor_jump(now: Amount, before: Amount, spec: Spec, when: str) -> Optional[Jump]:
    if now.value <= 0 or before.value <= 0:
        return None
    larger, smaller = max(now.value, before.value), min(now.value, before.value)
    if larger / smaller < FACTOR or (not isinstance(spec, Money) and larger < SMALLEST_COUNT):
        return None
    factor = now.value / before.value
    if factor > 1:
        said = f"本年{shown(now, spec)}是{when}{shown(before, spec)}的{plain(factor, 1)}倍"
    else:
        said = f"本年{shown(now, spec)}只有{when}{shown(before, spec)}的{plain(factor * 100, 1)}%"
    return Jump(said, _slip(larger / smaller, spec))


def _slip(factor: Decimal, spec: Spec) -> str:
    if Decimal(5000) <= factor <= Decimal(20000):
        if isinstance(spec, Money):
            return (
                f"像是两个数的单位不一样（元和万元、万元和亿元都差一万倍）：只写数字时这一项的单位是{spec.unit}，"
                "按别的单位算的请写上单位，如“14.2亿元”“500元”"
            )
        return "像是一个写了“万”、一个没写"
    for size, words in _SLIPS:
        if size * Decimal("0.8") <= factor <= size * Decimal("1.25"):
            return words
    return ""

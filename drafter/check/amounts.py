"""Amounts as a check compares them: the range a typed figure stands for, whether two figures
count the same thing, and how a message writes them.

A clerk's figure is often not exact: ``280余`` is more than 280, ``近70`` a little under 70,
``6.2万`` anything that rounds to it. A check says two figures disagree only when they disagree
whatever their exact values are, so an approximate figure never raises a false alarm.
"""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Optional

from drafter.model.amount import SCALES, Amount
from drafter.model.figure import UNIT_FAMILIES, Money, Rate, Ratio, Spec

INFINITY = Decimal("Infinity")
#: Words that make a figure a lower bound (``280余``, ``超过2000``, ``95%以上``).
_AT_LEAST = {"超过", "不少于", "不低于", "逾", "超", "余", "多", "以上", "及以上"}
#: Words that make a figure an upper bound (``近70``).
_AT_MOST = {"近"}
#: Words that make a figure a rough one (``约3000``, ``1200人左右``): taken as within a fifth.
_ABOUT = {"约", "左右"}
_ROUGHLY = Decimal("0.2")


@dataclass(frozen=True)
class Span:
    """The values a typed figure may stand for, in base units (元, 人, %)."""

    low: Decimal
    high: Decimal

    def above(self, other: "Span") -> bool:
        """Larger than ``other`` whatever the exact values."""
        return self.low > other.high

    def apart(self, other: "Span") -> bool:
        """Different from ``other`` whatever the exact values."""
        return self.low > other.high or other.low > self.high

    def __add__(self, other: "Span") -> "Span":
        return Span(self.low + other.low, self.high + other.high)

    @property
    def exact(self) -> bool:
        return self.low == self.high


ZERO = Span(Decimal(0), Decimal(0))


def span(amount: Amount) -> Optional[Span]:
    """The range ``amount`` stands for; None for a ratio (``13.32:1``), which is not a quantity."""
    if amount.second:
        return None
    value = amount.value
    half = _rounding(amount)
    low, high = value - half, value + half
    words = {amount.prefix, amount.suffix, amount.post} - {""}
    if words & _AT_LEAST:
        high = INFINITY
    if words & _AT_MOST:
        low = Decimal(0)
    if words & _ABOUT:
        low, high = min(low, value * (1 - _ROUGHLY)), max(high, value * (1 + _ROUGHLY))
    return Span(max(low, Decimal(0)), high)


def _rounding(amount: Amount) -> Decimal:
    """Half the last typed digit of a figure typed in 万 or 亿 (``6.2万`` is 61500 to 62500);
    a plain number is taken as exact."""
    if not amount.scaled:
        return Decimal(0)
    if amount.chinese or amount.scale not in SCALES:
        return abs(amount.value) * Decimal("0.05")
    return Decimal(5) * Decimal(10) ** -(amount.decimals + 1) * SCALES[amount.scale]


def additive(spec: Spec) -> bool:
    """Whether parts of such a figure add up to it: counts, money, measured quantities; not
    rates, ratios or coefficients (a unit-less 差异系数)."""
    return not isinstance(spec, (Rate, Ratio)) and bool(spec.unit)


def comparable(a: Amount, spec_a: Spec, b: Amount, spec_b: Spec) -> bool:
    """Whether ``a`` and ``b`` count the same kind of thing in the same unit family."""
    if a.second or b.second:
        return False
    if isinstance(spec_a, Money) or isinstance(spec_b, Money):
        return isinstance(spec_a, Money) and isinstance(spec_b, Money) and _is_money(a) and _is_money(b)
    if isinstance(spec_a, Rate) or isinstance(spec_b, Rate):
        return isinstance(spec_a, Rate) and isinstance(spec_b, Rate)
    return _same_family(a.unit or spec_a.unit, b.unit or spec_b.unit)


def _is_money(amount: Amount) -> bool:
    return amount.unit in ("", "元")


def _same_family(a: str, b: str) -> bool:
    return a == b or b in UNIT_FAMILIES.get(a, ()) or a in UNIT_FAMILIES.get(b, ())


def shown(amount: Amount, spec: Spec) -> str:
    """The figure as typed, with its unit when the clerk left it out (``1170`` → ``1170个``,
    ``142000`` → ``142000万元``, ``98.93`` → ``98.93%``)."""
    text = amount.text
    if amount.second or (amount.unit and amount.unit in text):
        return text
    if isinstance(spec, Money):
        return text if text.endswith("元") else f"{text}{spec.unit}"
    return f"{text}{amount.unit or spec.unit}"


def in_units(value: Decimal, amount: Amount, spec: Spec) -> str:
    """A computed ``value`` (base units) written in the unit ``amount`` is read in: money in the
    field's 万元 or 元, anything else in the figure's own unit."""
    if isinstance(spec, Money):
        scale = amount.scale if amount.scale in ("万", "亿") else ""
        return f"{plain(value / SCALES[scale])}{scale}元"
    return f"{plain(value)}{amount.unit or spec.unit}"


def plain(number: Decimal, places: int = 2) -> str:
    """``4995`` or ``13.66``: at most ``places`` decimals, no trailing zeros, no exponent."""
    if number != number.to_integral_value() and number.adjusted() < 20:
        number = number.quantize(Decimal(1).scaleb(-places))
    return format(number.normalize(), "f")

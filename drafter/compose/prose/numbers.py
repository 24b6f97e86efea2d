"""Writing numbers the way the reports do.

* Figures keep the precision the clerk typed (``14.20``, ``369.9``).
* Figures are written as typed — Chinese numerals, 千/万, the clerk's unit, ratios in their order.
* Money typed with a unit stays as typed; a bare number is written in 亿元 with two decimals
  from 1亿 up, otherwise in 万元 (per-student figures stay in 元).
* Computed numbers are rounded half-up, as the reports do (not half-even).
* No thousands separators unless the report's style asks for them.
* Dates in Arabic numerals without zero padding: ``2024年1月6日``.

Chinese reports write numbers with ``.`` for decimals and ``,`` between thousands, so the
standard library's ``format`` is all the locale this needs (see README, 依赖说明).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from decimal import ROUND_CEILING, ROUND_FLOOR, ROUND_HALF_UP, Decimal

from drafter.model.amount import SCALES, Amount
from drafter.model.figure import Figure, Money, Spec

YI = SCALES["亿"]
WAN = SCALES["万"]


def round_half_up(value: Decimal, decimals: int) -> Decimal:
    return value.quantize(Decimal(1).scaleb(-decimals), rounding=ROUND_HALF_UP)


def significant_decimals(value: Decimal, most: int) -> int:
    """Decimals needed to write ``value`` rounded to ``most`` places, without trailing zeros."""
    rounded = round_half_up(value, most).normalize()
    exponent = rounded.as_tuple().exponent
    return max(0, -exponent) if isinstance(exponent, int) else 0


@dataclass(frozen=True)
class NumberWriter:
    """Formats numbers, amounts and dates in one house style."""

    grouping: bool = False

    def decimal(self, value: Decimal, decimals: int) -> str:
        """``value`` rounded half-up to ``decimals`` places: ``1170``, ``2.10``, ``1,170``."""
        return format(round_half_up(Decimal(value), decimals), ",f" if self.grouping else "f")

    def trimmed(self, value: Decimal, most: int = 2) -> str:
        """At most ``most`` decimals, trailing zeros dropped: ``500``, ``123.4``, ``2.09``."""
        return self.decimal(value, significant_decimals(value, most))

    def digits(self, amount: Amount) -> str:
        """The typed number, as typed (``百``, ``一百零八`` stay Chinese), in house style."""
        if amount.chinese:
            return amount.digits
        return self.decimal(amount.number, amount.decimals)

    def amount(self, amount: Amount, spec: Spec) -> str:
        """A figure's amount as typed, with its words and the clerk's unit: ``280余场次``, ``8人``,
        ``50%以上``, ``1:19.85``; a bare number gets the field's unit."""
        if isinstance(spec, Money):
            return self.money(amount, spec.per_unit)
        return self._typed(amount, amount.unit or spec.unit)

    def number(self, amount: Amount) -> str:
        """The amount without its unit: ``280余``, ``近70``, ``2.8万余``."""
        return self._typed(amount, "")

    def breakdown(self, figure: Figure) -> str:
        """What the value is made of, in brackets: ``（公办58所、民办119所）``; empty if none."""
        if not figure.breakdown:
            return ""
        parts = (f"{name}{self.amount(amount, figure.spec)}" for name, amount in figure.breakdown.items())
        return f"（{'、'.join(parts)}）"

    def _typed(self, amount: Amount, unit: str) -> str:
        if amount.second:
            second = Decimal(amount.second)
            decimals = len(amount.second.partition(".")[2])
            return f"{amount.prefix}{self.digits(amount)}:{self.decimal(second, decimals)}{amount.post}"
        if amount.per:
            return f"{amount.prefix}{amount.per}{self.digits(amount)}{amount.suffix}{amount.post}"
        return f"{amount.prefix}{self.digits(amount)}{amount.scale}{amount.suffix}{unit}{amount.post}"

    def money(self, amount: Amount, per_unit: bool = False) -> str:
        """Typed with a unit, as typed: ``1.4亿多元``, ``0.36亿元``, ``369.9万余元``.

        A bare number (no unit: the field's 万/亿 is in its scale) or a computed sum is written in
        house style: ``14.20亿元`` from 1亿 up, else (and when 亿元 would round it: ``65280万元``) 万元;
        ``500元`` per student.
        """
        if amount.unit:
            return self._typed(amount, amount.unit)
        number, scale = self._money_number(amount, per_unit)
        return f"{amount.prefix}{number}{scale}{amount.suffix}元{amount.post}"

    def _money_number(self, amount: Amount, per_unit: bool) -> tuple[str, str]:
        yuan = amount.value
        if per_unit:
            return (self.digits(amount), "") if not amount.scale else (self.trimmed(yuan), "")
        decimals = max(2, amount.decimals) if amount.scale == "亿" else 2
        if yuan >= YI and _decimals_of(yuan / YI) <= decimals:
            return self.decimal(yuan / YI, decimals), "亿"
        # a sum 亿元 with two decimals would round (65280万元 is not 6.53亿元) is written in 万元
        if amount.scale == "万":
            return self.digits(amount), "万"
        if yuan >= WAN or amount.scale == "亿":
            return self.trimmed(yuan / WAN), "万"
        return (self.trimmed(yuan) if amount.scale else self.digits(amount)), ""

    def yuan(self, yuan: Decimal) -> str:
        """A computed sum of money, in 元, written like a typed one."""
        return self.money(Amount(text=str(yuan), digits=format(yuan, "f")), per_unit=False)

    def approximate(self, value: Decimal, word: str = "余", significant: int = 2) -> str:
        """Write an exact number as an approximation: 283 → ``280余``, 67 → ``近70``.

        余/多/超过 round down, 近 rounds up, 约 rounds half-up, to ``significant`` digits. When
        rounding changes nothing the exact number is written without the word.
        """
        value = Decimal(value)
        if value <= 0:
            return self.trimmed(value)
        magnitude = value.adjusted() - significant + 1
        step = Decimal(1).scaleb(magnitude)
        mode = {"近": ROUND_CEILING, "约": ROUND_HALF_UP}.get(word, ROUND_FLOOR)
        rounded = (value / step).quantize(Decimal(1), rounding=mode) * step
        text = self.trimmed(rounded)
        if rounded == value:
            return text
        return f"{text}{word}" if word in ("余", "多") else f"{word}{text}"

    @staticmethod
    def date(value: dt.date) -> str:
        """``2024年12月31日``: Arabic numerals, no zero padding (GB/T 9704-2012 7.3.5.4)."""
        return f"{value.year}年{value.month}月{value.day}日"


def _decimals_of(number: Decimal) -> int:
    """The decimals ``number`` has (6.528 → 3, 14.2 → 1, 14 → 0)."""
    exponent = number.normalize().as_tuple().exponent
    return -exponent if isinstance(exponent, int) and exponent < 0 else 0

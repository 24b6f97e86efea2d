"""Year-over-year wording, computed from a figure's previous value — never typed.

* Rates change in 个百分点: ``较上年的88.5%提升2.51个百分点``, ``由36.8%提升至50.86%``.
* Money changes in %: ``较上年13.91亿元增长2.1%``; exact sums (five significant digits and more)
  say the sum added too: ``较上年的186988万元增加3286万元、增长1.76%``.
* Counts change by a number of units: ``较上年的1050个增加120个``.
* Counts across a family of units (120所 against 116个) change in the clerk's current unit.
* Ratios have no direction that reads the same for every order (13.32:1 vs 1:19.85): the change
  names the previous value, ``上年为1:18.2``; the trend reads ``由1:18.2变为1:17.5``.
* Equal values: ``与上年持平``. Approximate values only give the direction: ``较上年的近70个有所增加``.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.compose.prose.numbers import NumberWriter, round_half_up
from drafter.model.amount import Amount
from drafter.model.figure import Figure, Spec

#: Verbs by kind of figure: (up, down).
_VERBS = {"rate": ("提升", "下降"), "money": ("增长", "下降")}
_COUNT_VERBS = ("增加", "减少")
#: For a rate where lower is better (近视率), a rise is not an improvement: 上升, not 提升.
_LOWER_IS_BETTER_VERBS = ("上升", "下降")


def _verbs(spec: Spec) -> tuple[str, str]:
    if spec.lower_is_better:
        return _LOWER_IS_BETTER_VERBS
    return _VERBS.get(spec.kind, _COUNT_VERBS)


def _base(figure: Figure) -> str:
    return "上年" if figure.previous_year is None else f"{figure.previous_year}年"


#: Significant digits from which amounts are precise enough for a growth with two decimals:
#: 190274万元 against 186988万元 grew 1.76%, 14.20亿元 against 13.91亿元 grew 2.1%.
PRECISE = 5


def growth_percent(current: Decimal, previous: Decimal, decimals: int = 1) -> Decimal:
    """Relative change in %, rounded half-up to ``decimals``, or one more when that would show
    no change."""
    exact = (current - previous) / previous * 100
    rounded = round_half_up(exact, decimals)
    return rounded if rounded != 0 else round_half_up(exact, decimals + 1)


def growth_decimals(*amounts: Amount) -> int:
    """The decimals a growth is said with: two when every amount was typed with at least
    :data:`PRECISE` significant digits, as a report computing from exact sums writes it."""
    return 2 if all(_significant(amount) >= PRECISE for amount in amounts) else 1


def _significant(amount: Amount) -> int:
    if amount.chinese:
        return 0
    if "." in amount.digits:  # 14.20: zeros after the point count
        return len(amount.digits.replace(".", "").lstrip("0"))
    return len(amount.digits.strip("0"))  # 61200: its trailing zeros may be rounding


def point_difference(current: Amount, previous: Amount) -> Decimal:
    """Difference of two rates in 个百分点, to the precision typed (at most 2 decimals)."""
    decimals = min(2, max(current.decimals, previous.decimals))
    return round_half_up(current.value - previous.value, decimals)


class ChangeWriter:
    """Writes the comparison of a figure with its previous value."""

    def __init__(self, numbers: NumberWriter):
        self.numbers = numbers

    def change(self, figure: Figure) -> str | None:
        """``较上年的88.5%提升2.51个百分点`` / ``较上年13.91亿元增长2.1%`` / ``较上年的1100个增加70个``
        / ``与上年持平``; None without a previous value. The previous value is always named (unless
        it reads exactly like this year's), so it reaches the document."""
        previous, current = figure.previous, figure.value
        if previous is None or current is None:
            return None
        kind = figure.spec.kind
        base = _base(figure)
        up, down = _verbs(figure.spec)
        current_value, previous_value = current.value, previous.value
        if kind == "ratio":
            same = current_value == previous_value
            return f"与{base}持平" if same else f"{base}为{self.numbers.amount(previous, figure.spec)}"
        before = self.numbers.amount(previous, figure.spec)
        said = before != self.numbers.amount(current, figure.spec)
        if not (current.exact and previous.exact):
            if current_value == previous_value:
                return f"与{base}的{before}基本持平" if said else f"与{base}基本持平"
            return f"较{base}的{before}有所{up if current_value > previous_value else down}"
        if current_value == previous_value:
            return f"与{base}的{before}持平" if said else f"与{base}持平"
        verb = up if current_value > previous_value else down
        if kind == "rate":
            points = abs(point_difference(current, previous))
            return f"较{base}的{before}{verb}{self.numbers.trimmed(points)}个百分点"
        if kind == "money":
            if previous_value == 0:
                return f"较{base}增加{self.numbers.money(current)}"
            decimals = growth_decimals(current, previous)
            percent = growth_percent(current_value, previous_value, decimals)
            if percent == 0:
                return f"与{base}{before}基本持平"
            growth = f"{verb}{self.numbers.trimmed(abs(percent))}%"
            if decimals == 2:  # exact sums: the sum added too, 增加3286万元、增长1.76%
                added = _COUNT_VERBS[0] if current_value > previous_value else _COUNT_VERBS[1]
                return f"较{base}的{before}{added}{self._money_difference(current, previous)}、{growth}"
            return f"较{base}{before}{growth}"
        unit = current.unit or figure.spec.unit
        named = f"{base}的{before}" if previous_value else base  # 较上年增加30个, not 较上年的0个增加
        return f"较{named}{verb}{self._count_difference(current, previous, unit)}"

    def trend(self, figure: Figure) -> str:
        """``由36.8%提升至50.86%``; without a previous value ``达到50.86%``. A breakdown follows
        the value: ``由170所增加至177所（公办58所、民办119所）``."""
        current, previous = figure.value, figure.previous
        if current is None:
            raise ValueError("a trend needs this year's value")
        shown = self.numbers.amount(current, figure.spec) + self.numbers.breakdown(figure)
        if previous is None:
            return f"达到{shown}"
        before = self.numbers.amount(previous, figure.spec)
        if figure.previous_year is not None:
            before = f"{figure.previous_year}年的{before}"
        if current.value == previous.value:
            return f"保持在{shown}"
        if figure.spec.kind == "ratio":
            return f"由{before}变为{shown}"
        up, down = _verbs(figure.spec)
        verb = up if current.value > previous.value else down
        return f"由{before}{verb}至{shown}"

    def _money_difference(self, current: Amount, previous: Amount) -> str:
        """In the unit both were typed in (190274万元 − 186988万元 = 3286万元), else in house style."""
        if current.unit and (current.scale, current.unit) == (previous.scale, previous.unit):
            return self._typed_difference(current, previous, current.unit)
        return self.numbers.yuan(abs(current.value - previous.value))

    def _count_difference(self, current: Amount, previous: Amount, unit: str) -> str:
        if current.scale and current.scale == previous.scale:
            return self._typed_difference(current, previous, unit)
        difference = abs(current.value - previous.value)
        return f"{self.numbers.trimmed(difference)}{unit}"

    def _typed_difference(self, current: Amount, previous: Amount, unit: str) -> str:
        """The difference of two amounts typed in one scale, in it and to their decimals (1.2万 − 1.1万 = 0.1万)."""
        difference = abs(current.number - previous.number)
        return f"{self.numbers.decimal(difference, max(current.decimals, previous.decimals))}{current.scale}{unit}"

"""A placed value written as the data file writes a figure: the amount as the report wrote it,
with last year's value, the target and the parts that belong to it in the same sentence.

Last year's value not named but its change stated (较去年提升2.51个百分点, 较上年增加30个) is
worked back from this year's value, when both are exact and the change is in the figure's own
terms; the trace says so.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Callable

from drafter.importer.lexicon import FieldWords
from drafter.importer.mentions import POINTS
from drafter.importer.placing import ValueAt
from drafter.importer.roles import CURRENT, PART, PREVIOUS, TARGET, Reading
from drafter.model.amount import Amount

_UP = ("提升", "提高", "增加", "增长", "上升", "增", "扩大")
_DOWN = ("下降", "降低", "减少", "减", "缩小")


@dataclass
class FigureData:
    """The figure as data, and per role the words each amount was read from."""

    data: dict[str, Any]
    #: role → (text in the data, how it was found)
    roles: dict[str, tuple[str, str]] = field(default_factory=dict)

    def written(self) -> Any:
        """The figure as the data file writes it: the value alone when it has nothing else."""
        if list(self.data) == ["value"]:
            return self.data["value"]
        return self.data


def figure_of(value: ValueAt, words: FieldWords, target: ValueAt | None = None) -> FigureData:
    sentence = value.sentence
    reading = value.reading
    own = [r for r in sentence.readings if r.owner == value.index]
    figure = FigureData({})
    role = TARGET if reading.role == TARGET or "planned" in reading.notes else "value"
    figure.data[role] = reading.mention.text
    figure.roles[role] = (reading.mention.text, "")
    for other in own:
        _add(figure, other)
    if target is not None and "target" not in figure.data:
        figure.data["target"] = target.reading.mention.text
        figure.roles["target"] = (target.reading.mention.text, f"另一句：{target.sentence.text}")
    if reading.target_met and "target" not in figure.data and role == "value":
        figure.data["target"] = reading.mention.text
        figure.roles["target"] = (reading.mention.text, "“完成年度目标”：目标与本年数值相同")
    if "previous" not in figure.data and role == "value":
        _previous_from_change(figure, reading, words)
    return figure


def _add(figure: FigureData, reading: Reading) -> None:
    text = reading.mention.text
    if reading.role == CURRENT and "value" not in figure.data:
        figure.data["value"] = text
        figure.roles["value"] = (text, "“现有”：目标之外写出的现有水平")
    elif reading.role == PREVIOUS and "previous" not in figure.data:
        figure.data["previous"] = text
        figure.roles["previous"] = (text, "")
        if reading.previous_year:
            figure.data["previous_year"] = reading.previous_year
    elif reading.role == TARGET and "target" not in figure.data:
        figure.data["target"] = text
        figure.roles["target"] = (text, "")
    elif reading.role == PART:
        figure.data.setdefault("breakdown", {})[reading.name] = text
        figure.roles[f"其中“{reading.name}”"] = (text, "")


def _previous_from_change(figure: FigureData, reading: Reading, words: FieldWords) -> None:
    value = reading.mention.amount
    if reading.same_as_last_year:
        figure.data["previous"] = reading.mention.text
        figure.roles["previous"] = (reading.mention.text, "“与上年持平”或“保持在”：上年数值与本年相同")
        return
    if reading.change is None or not value.exact:
        return
    verb, change = reading.change
    previous = _worked_back(value, verb, change.amount, words)
    if previous is not None:
        figure.data["previous"] = previous
        figure.roles["previous"] = (previous, f"由本年数值和“{verb}{change.text}”算出")


def _worked_back(value: Amount, verb: str, change: Amount, words: FieldWords) -> str | None:
    if not change.exact or verb not in _UP + _DOWN:
        return None
    sign = Decimal(-1) if verb in _UP else Decimal(1)
    if words.kind == "rate" and change.unit == POINTS:
        unit = "%"
    elif words.kind in ("count", "quantity") and change.unit == value.unit and not change.scale and not value.scale:
        unit = value.unit
    else:
        return None
    number = value.number + sign * change.number
    if number < 0:
        return None
    decimals = max(value.decimals, change.decimals)
    return f"{number:.{decimals}f}{unit}"


_SO_MANY_OF_THEM = re.compile(r"^[，,]\s*(其中[^，。；、\d]{1,12}?)$")


def parts_said_after(value: ValueAt, words: FieldWords, free: Callable[[int], bool]) -> dict[str, int]:
    """``招聘教师96名，其中研究生30名``: a clause right after the value, starting with 其中 and
    holding one free number in the figure's units no larger than the value — a part of it."""
    sentence = value.sentence
    reading = value.reading
    following = [i for i, r in enumerate(sentence.readings) if i > value.index and r.owner != value.index]
    if not following:
        return {}
    index = following[0]
    other = sentence.readings[index]
    between = sentence.text[_end_of_figure(value) : other.mention.start]
    named = _SO_MANY_OF_THEM.match(between)
    if not named or not free(index) or other.owner is not None:
        return {}
    unit = other.mention.unit or words.spec.unit
    if not words.accepts_unit(unit, other.mention.ratio) or other.mention.amount.value > reading.mention.amount.value:
        return {}
    return {named[1]: index}


def _end_of_figure(value: ValueAt) -> int:
    """Where the value and what belongs to it end in its sentence."""
    own = [r.mention.end for r in value.sentence.readings if r.owner == value.index]
    return max([value.reading.mention.end, *own])

"""Whether a change read off a sentence agrees with the figure it is taken to belong to.

The writer computes a change from the value and last year's value, so a change the reader takes
for a figure's is not written (``较上年的1100个增加70个``: 70个 is 1170 − 1100). A number taken for
a change it cannot be (``小学53所（较上年的55所减少2所）、初中14所`` read with 14所 as the change)
would so be lost without a word: such a number is listed in the account instead.
"""

from __future__ import annotations

from decimal import Decimal

from drafter.importer.roles import CHANGE, CURRENT, PREVIOUS, TARGET, Reading
from drafter.model.amount import Amount


def change_fits(readings: list[Reading], index: int) -> bool:
    """Whether the ``index``-th reading, if a change, is what the writer would compute for the
    value it belongs to: the difference (个, 个百分点) or growth (%) from last year's value, or the
    share of the target met (完成年度目标的86.7%) or the gap to it (还差7.5个百分点). A change with
    nothing to compute it from (较上年增加70个 when last year's value is not named: it gave that
    value) fits by its making."""
    change = readings[index]
    if change.role != CHANGE:
        return True
    if change.owner is None:
        return False
    owner = readings[change.owner]
    said = change.mention.amount
    if owner.same_as_last_year:  # 与上年持平: nothing changed
        return said.exact and said.value == 0
    owned = [r for r in readings if r.owner == change.owner]
    # in a 工作要点 the value read first is the target, and 现有 says where the level stands
    values = [owner.mention.amount, *(r.mention.amount for r in owned if r.role == CURRENT)]
    others = [r.mention.amount for r in owned if r.role in (PREVIOUS, TARGET)]
    pairs = [(value, other) for value in values for other in others if value.exact and other.exact]
    if not pairs or not said.exact:
        return True
    return any(_computed_from(value, other, said) for value, other in pairs)


def _computed_from(value: Amount, other: Amount, said: Amount) -> bool:
    difference = abs(value.value - other.value)
    if said.unit == "%" and value.unit != "%":
        if other.value == 0:
            return False
        return _within(difference / other.value * 100, said) or _within(value.value / other.value * 100, said)
    return _within(difference, said)


def _within(computed: Decimal, said: Amount) -> bool:
    """``computed`` rounds to ``said`` as it was typed (2.1% for 2.0848%, 3286万元)."""
    scale = said.value / said.number if said.number else Decimal(1)
    step = Decimal(1).scaleb(-said.decimals) * scale
    return abs(computed - said.value) <= step / 2 + step / 1000

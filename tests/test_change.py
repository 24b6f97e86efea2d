"""Year-over-year wording computed from the previous value: rates in 个百分点, money in %."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.compose.prose.change import ChangeWriter, growth_percent
from drafter.compose.prose.numbers import NumberWriter
from drafter.model import Count, Figure, Money, Rate

changes = ChangeWriter(NumberWriter())


def figure(spec, value, previous=None, previous_year=None) -> Figure:
    data = {"value": value}
    if previous is not None:
        data["previous"] = previous
    if previous_year is not None:
        data["previous_year"] = previous_year
    return spec.attach(Figure.model_validate(data))


RATE = Rate("本科上线率")
MONEY = Money("一般公共预算教育经费")
COUNT = Count("学位", "个")


@pytest.mark.parametrize(
    ("spec", "value", "previous", "expected"),
    [
        (RATE, "64.18", "61.67", "较上年的61.67%提升2.51个百分点"),
        (RATE, "50.2", "52.7", "较上年的52.7%下降2.5个百分点"),
        (RATE, "99.8", "99.8", "与上年持平"),
        (RATE, "12", "0", "较上年的0%提升12个百分点"),
        (MONEY, "14.20亿元", "13.91亿元", "较上年13.91亿元增长2.1%"),
        (MONEY, "58360万元", "61200万元", "较上年61200万元下降4.6%"),  # typed with a unit: as typed
        (MONEY, "58360", "61200", "较上年6.12亿元下降4.6%"),  # bare 万元: house style
        (MONEY, "14.20亿元", "14.20亿元", "与上年持平"),
        (MONEY, "100万元", "0", "较上年增加100万元"),
        (MONEY, "10000.5", "10000", "较上年1.00亿元增长0.01%"),
        (MONEY, "10000.0001", "10000", "与上年1.00亿元基本持平"),
        (COUNT, "1170", "1050", "较上年的1050个增加120个"),
        (COUNT, "980", "1050", "较上年的1050个减少70个"),
        (COUNT, "30", "0", "较上年增加30个"),
        (COUNT, "2.8万", "2.5万", "较上年的2.5万个增加0.3万个"),
        (COUNT, "280余", "250余", "较上年的250余个有所增加"),
        (RATE, "95%以上", "93", "较上年的93%有所提升"),
        (COUNT, "近70", "近70", "与上年基本持平"),
    ],
)
def test_change_wording(spec, value, previous, expected) -> None:
    assert changes.change(figure(spec, value, previous)) == expected


def test_no_previous_value_means_no_comparison() -> None:
    assert changes.change(figure(RATE, "64.18")) is None
    assert changes.trend(figure(RATE, "98.63")) == "达到98.63%"


def test_trend_from_and_to() -> None:
    assert changes.trend(figure(RATE, "50.86", "36.8")) == "由36.8%提升至50.86%"
    assert changes.trend(figure(RATE, "17.13", "14.15", 2019)) == "由2019年的14.15%提升至17.13%"
    assert changes.trend(figure(RATE, "30", "35")) == "由35%下降至30%"
    assert changes.trend(figure(RATE, "30", "30")) == "保持在30%"
    assert changes.trend(figure(MONEY, "14.20亿元", "13.91亿元")) == "由13.91亿元增长至14.20亿元"


def test_comparison_with_another_year_names_it() -> None:
    assert changes.change(figure(RATE, "17.13", "14.15", 2019)) == "较2019年的14.15%提升2.98个百分点"


@given(
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**6), places=2),
    st.decimals(min_value=Decimal("0.01"), max_value=Decimal(10**6), places=2),
)
def test_growth_sign_follows_the_values(current: Decimal, previous: Decimal) -> None:
    percent = growth_percent(current, previous)
    exact = (current - previous) / previous * 100
    assert abs(percent - exact) <= Decimal("0.05")
    if percent != 0:
        assert (percent > 0) == (current > previous)


@given(
    st.decimals(min_value=0, max_value=100, places=2),
    st.decimals(min_value=0, max_value=100, places=2),
)
def test_rate_changes_are_points_never_percent(current: Decimal, previous: Decimal) -> None:
    text = changes.change(figure(RATE, f"{current}%", f"{previous}%"))
    if current == previous:
        assert text == "与上年持平"
    else:
        difference = text.split("%", 1)[1]  # after the previous value, 较上年的61.67%
        assert text.endswith("个百分点") and "%" not in difference, text
        points = Decimal(difference.lstrip("提升下降").removesuffix("个百分点"))
        assert points == abs(current - previous)


def test_a_rise_in_a_lower_is_better_rate_is_not_called_an_improvement() -> None:
    myopia = Rate("学生总体近视率", lower_is_better=True)
    assert changes.change(figure(myopia, "52.7", "50.3")) == "较上年的50.3%上升2.4个百分点"
    assert changes.change(figure(myopia, "50.3", "52.7")) == "较上年的52.7%下降2.4个百分点"
    assert changes.trend(figure(myopia, "52.7", "50.3")) == "由50.3%上升至52.7%"


def test_a_growth_is_said_as_precisely_as_its_amounts_were_typed() -> None:
    """Amounts typed to the 万元 are exact sums: the sum added and a growth of two decimals, as
    Jinghai's report writes them (比上年的186988万元增加3286万元、增长1.76%); 14.20亿元 against
    13.91亿元 stays 增长2.1%, as Dongli's does."""
    assert changes.change(figure(MONEY, "190274万元", "186988万元")) == "较上年的186988万元增加3286万元、增长1.76%"
    assert changes.change(figure(MONEY, "186988万元", "190274万元")) == "较上年的190274万元减少3286万元、下降1.73%"
    assert changes.change(figure(MONEY, "190274", "186988")) == "较上年的186988万元增加3286万元、增长1.76%"  # 18.70亿元 would round
    assert changes.change(figure(MONEY, "14.20亿元", "13.91亿元")) == "较上年13.91亿元增长2.1%"

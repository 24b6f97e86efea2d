"""Number writing: precision as typed, money scaling, half-up rounding, approximations, dates."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from drafter.compose.sandbox.markup import chinese_number
from drafter.compose.prose.numbers import NumberWriter, round_half_up
from drafter.model import Count, Money, Quantity, Rate, parse_amount
from tests.conftest import document_text, example

plain = NumberWriter()
grouped = NumberWriter(grouping=True)


def money(typed: str, unit: str = "万元") -> str:
    spec = Money("经费", unit)
    return plain.amount(spec.check(parse_amount(typed)), spec)


def test_money_typed_with_a_unit_is_written_as_typed() -> None:
    assert money("14.20亿元") == "14.20亿元"
    assert money("14.2亿元") == "14.2亿元"
    assert money("1.4亿多元") == "1.4亿多元"
    assert money("0.36亿元") == "0.36亿元"
    assert money("369.9万余元") == "369.9万余元"
    assert money("211万余元") == "211万余元"
    assert money("5000000元") == "5000000元"
    assert money("超过68.31亿元") == "超过68.31亿元"
    assert money("500元") == "500元"
    assert money("369.9万") == "369.9万元"  # 万 without 元 is still money as typed
    assert money("三万元") == "三万元"


def test_a_bare_number_is_in_the_fields_unit_and_written_in_yi_or_wan() -> None:
    assert money("142000") == "14.20亿元"  # bare number in the declared 万元
    assert money("142050") == "142050万元"  # 14.21亿元 would round 50万元 away
    assert money("369.9") == "369.9万元"
    assert money("1.5", "亿元") == "1.50亿元"
    assert money("0.5", "亿元") == "5000万元"
    assert money("5000000", "元") == "5000000元"  # per-student figures stay in 元


def test_per_student_money_stays_in_yuan() -> None:
    assert money("2732.07", "元") == "2732.07元"
    assert money("1150", "元") == "1150元"


def test_counts_and_rates_keep_their_approximation_words() -> None:
    count = Count("宣讲", "场次")
    assert plain.amount(count.check(parse_amount("280余")), count) == "280余场次"
    assert plain.amount(count.check(parse_amount("2.8万余")), count) == "2.8万余场次"
    rate = Rate("比例")
    assert plain.amount(rate.check(parse_amount("50%及以上")), rate) == "50%及以上"
    assert plain.amount(rate.check(parse_amount("98.93")), rate) == "98.93%"


def test_no_thousands_separators_by_default_but_configurable() -> None:
    count = Count("筛查", "人次")
    amount = count.check(parse_amount("98000"))
    assert plain.amount(amount, count) == "98000人次"
    assert grouped.amount(amount, count) == "98,000人次"


def test_rounding_is_half_up_not_bankers() -> None:
    assert plain.decimal(Decimal("2.125"), 2) == "2.13"
    assert plain.decimal(Decimal("0.5"), 0) == "1"
    assert plain.decimal(Decimal("2.5"), 0) == "3"


def test_exact_numbers_can_be_written_as_approximations() -> None:
    assert plain.approximate(Decimal(283)) == "280余"
    assert plain.approximate(Decimal(67), "近", significant=1) == "近70"
    assert plain.approximate(Decimal(67), "近") == "67"  # two significant digits: nothing to round
    assert plain.approximate(Decimal(2960), "约") == "约3000"
    assert plain.approximate(Decimal(280)) == "280"  # nothing to approximate


def test_dates_have_no_zero_padding() -> None:
    assert plain.date(dt.date(2025, 1, 6)) == "2025年1月6日"
    assert plain.date(dt.date(2024, 12, 31)) == "2024年12月31日"


# -- properties -------------------------------------------------------------------------------
decimals = st.decimals(min_value=0, max_value=10**9, places=4, allow_nan=False, allow_infinity=False)


@given(decimals, st.integers(min_value=0, max_value=4))
def test_formatting_round_trips_to_the_half_up_value(value: Decimal, places: int) -> None:
    written = plain.decimal(value, places)
    assert Decimal(written) == round_half_up(value, places)
    assert "," not in written
    assert len(written.split(".")[1]) == places if places else "." not in written


@given(decimals, st.integers(min_value=0, max_value=4))
def test_grouping_only_adds_separators(value: Decimal, places: int) -> None:
    assert grouped.decimal(value, places).replace(",", "") == plain.decimal(value, places)


@given(st.integers(min_value=0, max_value=10**12), st.integers(min_value=0, max_value=3))
def test_typed_digits_are_printed_exactly(whole: int, places: int) -> None:
    typed = f"{whole}.{'7' * places}" if places else str(whole)
    spec = Count("x", "个") if not places else Quantity("x", "")
    assert plain.digits(spec.check(parse_amount(typed))) == typed


@given(st.integers(min_value=1, max_value=10**9), st.sampled_from(["余", "近", "约"]))
def test_approximations_stay_close_and_on_the_right_side(value: int, word: str) -> None:
    text = plain.approximate(Decimal(value), word)
    number = Decimal(text.replace(word, ""))
    assert abs(number - value) <= Decimal(value) / 9 + 1  # two significant digits
    if word == "余" and text.endswith("余"):
        assert number < value
    if word == "近" and text.startswith("近"):
        assert number > value


@given(st.decimals(min_value=Decimal("0.01"), max_value=Decimal("9999999"), places=2))
def test_bare_money_always_carries_a_unit_and_is_never_rounded(wan: Decimal) -> None:
    """In 亿元 with two decimals when that is the whole sum, else in 万元 as typed."""
    text = money(f"{wan}")
    assert text.endswith("元")
    if text.endswith("亿元"):
        number = text.removesuffix("亿元")
        assert wan >= 10**4 and len(number.split(".")[1]) == 2
        assert Decimal(number) * 10**4 == wan
    else:
        assert Decimal(text.removesuffix("万元")) == wan.normalize()


@pytest.mark.parametrize(
    ("n", "numeral"),
    [
        (1, "一"), (10, "十"), (12, "十二"), (20, "二十"), (99, "九十九"),
        (100, "一百"), (101, "一百零一"), (110, "一百一十"), (111, "一百一十一"), (120, "一百二十"),
        (999, "九百九十九"), (1000, "一千"), (1001, "一千零一"), (1010, "一千零一十"), (1100, "一千一百"),
        (10000, "一万"), (10001, "一万零一"), (10010, "一万零一十"), (12345, "一万二千三百四十五"),
        (100000, "十万"),
    ],
)
def test_chinese_numerals_as_headings_number_them(n: int, numeral: str) -> None:
    assert chinese_number(n) == numeral


def test_a_hundred_and_first_problem_is_numbered(build) -> None:
    data = example("jinghai-2023-self-evaluation.json")
    data["problems"] = [{"title": f"第{i}个问题", "text": [f"问题{i}的说明"]} for i in range(1, 102)]
    text = document_text(build(data))
    assert "（一百）第100个问题。" in text and "（一百零一）第101个问题。" in text

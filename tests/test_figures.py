"""Figures as a clerk types them: parsing, units, ranges, and the Chinese messages for mistakes."""

from __future__ import annotations

from decimal import Decimal

import pytest
from pydantic import ValidationError

from drafter.errors import DrafterError
from drafter.inputs import validate_report
from drafter.model import Report, parse_amount
from tests.conftest import MINIMAL_META


@pytest.mark.parametrize(
    ("typed", "value", "exact"),
    [
        ("1170", Decimal(1170), True),
        (1170, Decimal(1170), True),
        ("280余", Decimal(280), False),
        ("近70", Decimal(70), False),
        ("超过2000", Decimal(2000), False),
        ("约3000", Decimal(3000), False),
        ("百余", Decimal(100), False),
        ("2.8万余", Decimal(28000), False),
        ("1,170", Decimal(1170), True),
        ("１１７０", Decimal(1170), True),
        ("98.93%", Decimal("98.93"), True),
        ("50%及以上", Decimal(50), False),
        ("14.20亿元", Decimal("1420000000"), True),
        ("369.9万余元", Decimal("3699000"), False),
        ("4千余", Decimal(4000), False),
        ("1.4万座", Decimal(14000), True),
        ("三名", Decimal(3), True),
        ("十三", Decimal(13), True),
        ("二十五", Decimal(25), True),
        ("一百零八", Decimal(108), True),
        ("两万三千人", Decimal(23000), True),
        ("一千零五十", Decimal(1050), True),
        ("百分之九十二点六", Decimal("92.6"), True),
        ("13.32：1", Decimal("13.32"), True),
    ],
)
def test_typed_forms_are_understood(typed: object, value: Decimal, exact: bool) -> None:
    amount = parse_amount(typed)
    assert amount.value == value
    assert amount.exact is exact


def test_typed_precision_is_kept() -> None:
    assert parse_amount("14.20").decimals == 2
    assert parse_amount(Decimal("17.10")).digits == "17.10"


@pytest.mark.parametrize("typed", ["abc", "", "12..5", "三百五", "一万五", "十十", "1e5", "1:0", True, None, [1]])
def test_nonsense_is_refused(typed: object) -> None:
    with pytest.raises(ValueError):
        parse_amount(typed)


def _validate(**sections: object) -> Report:
    return validate_report({"meta": dict(MINIMAL_META), **sections})


def _messages(**sections: object) -> list[str]:
    with pytest.raises(DrafterError) as caught:
        _validate(**sections)
    return [str(p) for p in caught.value.problems]


def test_a_count_must_be_whole_and_not_negative() -> None:
    assert "应为整数" in _messages(education={"preschool": {"new_places": "12.5"}})[0]
    assert "负数" in _messages(education={"preschool": {"new_places": -3}})[0]


def test_a_rate_is_0_to_100_unless_the_indicator_can_exceed_it() -> None:
    message = _messages(education={"preschool": {"public_share": "100.5%"}})[0]
    assert "公办园在园幼儿占比" in message and "不能大于100" in message
    # 毛入园率 is a gross ratio and may exceed 100 %.
    report = _validate(education={"preschool": {"gross_enrollment": "101.2%"}})
    assert report.education.preschool.gross_enrollment.value.value == Decimal("101.2")


def test_a_unit_that_does_not_fit_the_field_is_named() -> None:
    message = _messages(education={"preschool": {"new_places": "1170所"}})[0]
    assert "新增学前学位" in message and "单位可写个、座、间、处" in message
    money = _messages(support={"aid": {"funds": "3个"}})[0]
    assert "元、万元或亿元" in money


def test_money_accepts_its_units_and_bare_numbers_in_the_declared_unit() -> None:
    report = _validate(support={"funding": {"general_budget": "142000", "per_student_public": "1150"}, "aid": {"funds": "500元"}})
    assert report.support.funding.general_budget.value.value == Decimal("1420000000")  # 万元
    assert report.support.funding.per_student_public.value.value == Decimal("1150")  # 元
    assert report.support.aid.funds.value.value == Decimal("500")


def test_previous_values_are_checked_like_the_value() -> None:
    message = _messages(education={"high": {"undergraduate_rate": {"value": "64.18", "previous": "abc"}}})[0]
    assert "上年数值" in message and "高考本科上线率" in message


def test_every_problem_is_reported_once_with_its_field_path() -> None:
    messages = _messages(
        education={"preschool": {"new_places": "x", "public_share": "200"}},
        party={"organisation": {"members": -1}},
    )
    assert len(messages) == 3
    assert any("education.preschool.new_places" in m for m in messages)
    assert any("各类教育 › 学前教育 › 公办园在园幼儿占比" in m for m in messages)
    assert any("party.organisation.members" in m for m in messages)


def test_an_unknown_field_gets_a_did_you_mean() -> None:
    message = _messages(education={"preschool": {"new_place": 1}})[0]
    assert "不认识的字段“new_place”" in message and "new_places" in message
    chinese = _messages(education={"preschool": {"新增学前学位": 1}})[0]
    assert "new_places" in chinese


def test_json_round_trip_keeps_what_was_typed() -> None:
    data = {
        "meta": dict(MINIMAL_META),
        "education": {"preschool": {"new_places": "近400", "public_share": {"value": "50.86%", "previous": "36.8"}}},
    }
    dumped = Report.model_validate(data).to_json_data()
    assert dumped["education"]["preschool"] == {"new_places": "近400", "public_share": {"value": "50.86%", "previous": "36.8"}}


def test_field_metadata_is_declared_once_and_visible_in_the_schema() -> None:
    schema = Report.model_json_schema(by_alias=True)
    field = schema["$defs"]["Preschool"]["properties"]["new_places"]
    assert field["title"] == "新增学前学位"
    assert field["x-unit"] == "个"
    assert "280余" in field["description"]  # how to type it comes from the kind of figure
    rate = schema["$defs"]["Preschool"]["properties"]["public_share"]
    assert rate["x-unit"] == "%" and "公办率" in rate["description"]


def test_schema_descriptions_are_chinese() -> None:
    """Editors show these to clerks: no English docstrings may leak into the schema."""
    schema = Report.model_json_schema(by_alias=True)

    def descriptions(node: object):
        if isinstance(node, dict):
            if isinstance(node.get("description"), str):
                yield node["description"]
            for value in node.values():
                yield from descriptions(value)
        elif isinstance(node, list):
            for value in node:
                yield from descriptions(value)

    for text in descriptions(schema):
        assert any("\u4e00" <= ch <= "\u9fff" for ch in text), text


def test_meta_accepts_a_chinese_date_and_rejects_an_impossible_one() -> None:
    report = _validate()
    assert report.meta.date.isoformat() == "2024-12-31"
    chinese = validate_report({"meta": {**MINIMAL_META, "date": "2024年12月31日"}})
    assert chinese.meta.date == report.meta.date
    with pytest.raises(DrafterError) as caught:
        validate_report({"meta": {**MINIMAL_META, "date": "2024年2月30日"}})
    assert "成文日期" in str(caught.value)


def test_custom_figures_take_their_kind_from_the_unit() -> None:
    report = _validate(education={"compulsory": {"custom": [{"name": "结对学校", "value": "6", "unit": "对"}, {"name": "达标率", "value": "95", "unit": "%"}]}})
    kinds = [c.value.spec.kind for c in report.education.compulsory.custom]
    assert kinds == ["quantity", "rate"]
    with pytest.raises(ValidationError):
        Report.model_validate({"meta": dict(MINIMAL_META), "education": {"compulsory": {"custom": [{"name": "x", "value": "abc"}]}}})

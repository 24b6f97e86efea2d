"""Values as real reports write them: unit families, 千/万, Chinese numerals, money as typed,
ratios, a rate typed as a fraction, numbers beyond any report, and breakdowns (其中/含)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Annotated, Any, Callable

import pytest
from pydantic import BaseModel, ValidationError

from drafter.compose.sandbox.filters import make_filters
from drafter.compose.sandbox.markup import FILLED
from drafter.compose.prose.numbers import NumberWriter
from drafter.model import Count, Fig, Figure, Ratio, Report
from tests.conftest import MINIMAL_META, document_text

filters = make_filters(NumberWriter())


def shown(name: str, *args: Any) -> str:
    """What a filter writes, without the marks the sentence rules read."""
    return filters[name](*args).replace(FILLED, "")


@pytest.fixture
def text_of(build, report_data) -> Callable[..., str]:
    """Build a summary from the given sections and return the document's text."""

    def run(kind: str = "summary", **sections: Any) -> str:
        data = report_data(**sections)
        data["meta"]["kind"] = kind
        return document_text(build(data))

    return run


@pytest.fixture
def refused(run_cli, tmp_path: Path) -> Callable[[str], str]:
    """Run ``drafter build`` on raw JSON text that must fail; return the message."""

    def run(body: str) -> str:
        source = tmp_path / "data.json"
        meta = json.dumps(MINIMAL_META, ensure_ascii=False)
        source.write_text(f'{{"meta": {meta}, {body}}}', encoding="utf-8")
        code, _, err = run_cli("build", str(source), "-o", "out.docx")
        assert code == 1
        assert not (tmp_path / "out.docx").exists()
        assert "内部出错" not in err and "Traceback" not in err
        return err

    return run


# -- 1. unit families ---------------------------------------------------------------------------
def test_a_field_accepts_its_family_of_units_and_prints_the_clerks_unit(text_of) -> None:
    text = text_of(
        party={"organisation": {"members": "8人"}, "theory": {"study_sessions": "12场"}},
        education={"preschool": {"new_places": "4410座"}},
        overview={"kindergartens": "3个"},
        support={"construction": {"new_floor_area": "13000平米"}},
    )
    assert "党员8人" in text
    assert "新建、改扩建校舍13000平米" in text
    assert "开展理论学习宣讲12场" in text
    assert "新增学前学位4410座" in text
    assert "幼儿园3个" in text


def test_a_unit_outside_the_family_is_named_with_the_accepted_units(refused) -> None:
    message = refused('"education": {"preschool": {"new_places": "8人"}}')
    assert "新增学前学位" in message and "“8人”的单位不对" in message
    assert "个、座、间、处" in message
    # a participation count is not a headcount
    message = refused('"party": {"organisation": {"members": "800人次"}}')
    assert "党员" in message and "名、人、位" in message


class _Narrow(BaseModel):
    places: Annotated[Fig, Count("学位", "个", units=("个",))] = None
    halls: Annotated[Fig, Count("功能室", "间", units=("间", "个", "室"))] = None


def test_a_field_can_narrow_or_widen_its_family() -> None:
    with pytest.raises(ValidationError) as caught:
        _Narrow.model_validate({"places": "4410座"})
    assert "单位应为“个”" in str(caught.value)
    wide = _Narrow.model_validate({"halls": "12室"})
    assert shown("fig", wide.halls) == "12室"


def test_changes_and_targets_compute_across_a_family(text_of) -> None:
    text = text_of(education={"preschool": {"new_places": {"value": "1200座", "target": "1350个"}}})
    assert "新增学前学位1200座，完成年度目标（1350个）的88.9%" in text
    schools = Count("学校", "所")
    figure = schools.attach(Figure.model_validate({"value": "120所", "previous": "116个"}))
    assert shown("change", figure) == "较上年的116个增加4所"  # in the clerk's current unit
    assert shown("trend", figure) == "由116个增加至120所"


# -- 2. 千/万 inside a number -----------------------------------------------------------------------
def test_thousands_and_ten_thousands_inside_a_number_are_printed_as_typed(text_of) -> None:
    text = text_of(
        party={"theory": {"study_sessions": "4千余"}},
        education={"preschool": {"new_places": "1.4万座"}},
        overview={"students": "2.8万余人"},
    )
    assert "开展理论学习宣讲4千余场次" in text
    assert "新增学前学位1.4万座" in text
    assert "在校学生2.8万余人" in text


def test_a_count_in_thousands_must_still_be_whole(refused) -> None:
    assert "应为整数" in refused('"education": {"preschool": {"new_places": "1.23456万"}}')


# -- 3. money as typed --------------------------------------------------------------------------
def test_money_typed_with_a_unit_is_printed_as_typed_and_a_bare_number_is_scaled(text_of) -> None:
    text = text_of(support={"funding": {"general_budget": "1.4亿多元"}})
    assert "一般公共预算教育经费1.4亿多元" in text
    text = text_of(support={"funding": {"general_budget": {"value": "0.36亿元", "previous": "3200万元"}}})
    assert "一般公共预算教育经费0.36亿元，较上年3200万元增长12.5%" in text
    text = text_of(support={"funding": {"general_budget": "142000"}})  # bare: 万元, the field's unit
    assert "一般公共预算教育经费14.20亿元" in text


# -- 4. Chinese numerals ------------------------------------------------------------------------
def test_chinese_numerals_are_printed_as_typed(text_of) -> None:
    text = text_of(
        overview={
            "kindergartens": "十三",
            "primary_schools": "二十五",
            "junior_schools": "两所",
            "high_schools": "八个",
            "students": "一百零八",
        },
        party={"organisation": {"members": "三名"}},
        education={"preschool": {"public_share": {"value": "百分之九十二点六", "previous": "90%"}}},
    )
    assert "幼儿园十三所、小学二十五所、初中两所、普通高中八个" in text
    assert "在校学生一百零八人" in text
    assert "党员三名" in text
    assert "公办园在园幼儿占比由90%提升至百分之九十二点六" in text


def test_chinese_numerals_are_computed_by_value() -> None:
    rate = Report.model_validate(
        {"meta": MINIMAL_META, "education": {"preschool": {"public_share": {"value": "百分之九十二点六", "previous": "90%"}}}}
    ).education.preschool.public_share
    assert shown("change", rate) == "较上年的90%提升2.6个百分点"
    count = Count("学校", "所").attach(Figure.model_validate({"value": "三所", "target": 5}))
    assert shown("progress", count) == "完成年度目标（5所）的60%"


def test_tenths_and_colloquial_numerals_are_refused_with_what_to_write(refused) -> None:
    message = refused('"education": {"preschool": {"public_share": "三成"}}')
    assert "“三成”请写成百分数，如 30%" in message
    message = refused('"education": {"preschool": {"new_places": "三百五"}}')
    assert "新增学前学位" in message and "阿拉伯数字" in message


# -- 5. ratios ----------------------------------------------------------------------------------
class _Ratios(BaseModel):
    pupils_per_teacher: Annotated[Fig, Ratio("生师比")] = None


def _ratio(value: Any) -> Figure:
    return _Ratios.model_validate({"pupils_per_teacher": value}).pupils_per_teacher  # type: ignore[return-value]


def test_a_ratio_is_printed_as_typed_in_its_own_order_with_an_ascii_colon() -> None:
    assert shown("fig", _ratio("1:19.85")) == "1:19.85"
    assert shown("fig", _ratio("13.32:1")) == "13.32:1"
    assert shown("fig", _ratio("1：19.85")) == "1:19.85"
    assert shown("fig", _ratio("１３.３２：１")) == "13.32:1"


def test_a_ratios_change_names_the_previous_value_instead_of_a_percentage() -> None:
    changed = _ratio({"value": "1:17.5", "previous": "1:18.2"})
    assert shown("change", changed) == "上年为1:18.2"
    assert shown("trend", changed) == "由1:18.2变为1:17.5"
    same = _ratio({"value": "13.5:1", "previous": "13.50:1"})
    assert shown("change", same) == "与上年持平"
    assert shown("trend", same) == "保持在13.5:1"
    planned = _ratio({"value": "14:1", "target": "13.5:1"})
    assert shown("goal", planned) == "由14:1调整到13.5:1"
    # which way is better depends on the order: the target is stated, not judged
    assert shown("progress", planned) == "年度目标为13.5:1"


def test_a_ratio_and_a_single_number_are_not_mixed_up() -> None:
    with pytest.raises(ValidationError) as caught:
        _ratio("19.85")
    assert "不是比值" in str(caught.value)
    with pytest.raises(ValidationError) as caught:
        Report.model_validate({"meta": MINIMAL_META, "education": {"preschool": {"new_places": "1:19"}}})
    assert "是比值" in str(caught.value)


def test_a_clerks_own_ratio_is_written_as_typed(text_of) -> None:
    text = text_of(education={"compulsory": {"custom": [{"name": "小学生师比", "value": "16.5：1"}]}})
    assert "小学生师比16.5:1" in text


# -- 6. a rate typed as a fraction --------------------------------------------------------------
def test_a_rate_typed_as_a_fraction_is_refused_with_a_question(refused) -> None:
    message = refused('"education": {"preschool": {"public_share": 0.9893}}')
    assert "公办园在园幼儿占比" in message
    assert "如是98.93%，请写 98.93 或 98.93%；确实不到1%时请写成“0.9893%”" in message
    message = refused('"education": {"preschool": {"public_share": {"value": "98.93", "previous": "0.95"}}}')
    assert "上年数值“0.95”" in message and "如是95%" in message


def test_a_rate_under_one_percent_with_its_sign_is_accepted(text_of) -> None:
    assert "公办园在园幼儿占比为0.5%" in text_of(education={"preschool": {"public_share": "0.5%"}})


# -- 7. numbers beyond any report ---------------------------------------------------------------
@pytest.mark.parametrize(
    "typed",
    ["1e308", "1" + "0" * 400, "9" * 5000, "1e999999999", json.dumps("9" * 5000), '"99999999亿"', "-1e999999999"],
)
def test_numbers_beyond_any_report_get_a_range_message(refused, typed: str) -> None:
    message = refused(f'"education": {{"preschool": {{"new_places": {typed}}}}}')
    assert "新增学前学位" in message
    assert "太大" in message or "负数" in message or "不是报告里会有的数字" in message
    assert len(message) < 300  # the huge number itself is not written out


def test_too_many_decimals_are_refused(refused) -> None:
    assert "小数位数太多" in refused('"education": {"preschool": {"public_share": 1e-999999999}}')


# -- 8. breakdowns (其中/含) ---------------------------------------------------------------------
def test_a_breakdown_is_written_after_the_figure(text_of) -> None:
    text = text_of(
        overview={
            "kindergartens": {"value": 177, "breakdown": {"公办": 58, "民办": 119}},
            "primary_schools": {"value": 98, "breakdown": {" 含教学点 ": "97个"}},
        },
        moral={"labour": {"classrooms": {"value": 30, "breakdown": {"新建": 5}}}},
        education={"preschool": {"public_share": {"value": "50.86%", "previous": "36.8", "breakdown": {"城区": "60.2%"}}}},
        support={"funding": {"general_budget": {"value": "1.4亿元", "breakdown": {"中央资金": 3000}}}},
    )
    assert "幼儿园177所（公办58所、民办119所）、小学98所（含教学点97个）" in text
    assert "劳动专用教室30个（新建5个）" in text
    assert "公办园在园幼儿占比由36.8%提升至50.86%（城区60.2%）" in text
    assert "一般公共预算教育经费1.4亿元（中央资金3000万元）" in text


def test_a_breakdown_takes_the_clerks_unit_and_keeps_other_units_as_typed() -> None:
    schools = Count("幼儿园", "所").attach(
        Figure.model_validate({"value": "177个", "breakdown": {"公办": 58, "其中民办": "119个", "占": "67.2%"}})
    )
    assert shown("fig", schools) == "177个（公办58个、其中民办119个、占67.2%）"


def test_a_clerks_own_figure_and_a_plan_print_the_breakdown_too(text_of) -> None:
    custom = {"name": "建成家长学校", "value": {"value": 45, "breakdown": {"省级示范": 3}}, "unit": "所"}
    text = text_of(education={"compulsory": {"custom": [custom]}})
    assert "建成家长学校45所（省级示范3所）" in text
    plan = text_of("plan", education={"preschool": {"new_places": {"value": 1350, "breakdown": {"公办园": 1000}}}})
    assert "新增学前学位1350个（公办园1000个）" in plan


def test_a_bad_breakdown_is_named(refused) -> None:
    message = refused('"overview": {"kindergartens": {"value": 177, "breakdown": {" ": 58}}}')
    assert "幼儿园" in message and "没写名称" in message
    message = refused('"education": {"preschool": {"public_share": {"value": "50%", "breakdown": {"城区": "3所"}}}}')
    assert "其中“城区”" in message and "单位" in message
    message = refused('"overview": {"kindergartens": {"value": 177, "breakdown": {"公办": "5.5"}}}')
    assert "其中“公办”" in message and "应为整数" in message


def test_a_breakdown_of_more_parts_than_a_report_lists_is_refused(refused) -> None:
    parts = json.dumps({f"第{i}部分": i for i in range(31)}, ensure_ascii=False)
    message = refused(f'"overview": {{"kindergartens": {{"value": 177, "breakdown": {parts}}}}}')
    assert "幼儿园" in message and "overview.kindergartens.breakdown" in message
    assert "写了31项，最多30项" in message


def test_a_breakdown_round_trips_and_is_documented_in_the_schema(run_cli) -> None:
    figure = {"value": "177", "breakdown": {"公办": "58", "民办": 119}}
    report = Report.model_validate({"meta": MINIMAL_META, "overview": {"kindergartens": figure}})
    saved = report.to_json_data()["overview"]["kindergartens"]
    assert saved == {"value": "177", "breakdown": {"公办": "58", "民办": "119"}}
    again = Report.model_validate({"meta": MINIMAL_META, "overview": {"kindergartens": saved}})
    assert shown("fig", again.overview.kindergartens) == "177所（公办58所、民办119所）"
    code, out, _ = run_cli("schema")
    assert code == 0
    as_object = next(form for form in json.loads(out)["$defs"]["Figure"]["anyOf"] if "properties" in form)
    breakdown = as_object["properties"]["breakdown"]
    assert breakdown["title"] == "其中"
    assert "公办58所" in breakdown["description"]


def test_an_honours_bare_total_takes_the_unit_its_count_was_written_in(text_of) -> None:
    honours = [
        {"level": "国家级", "name": "青少年校园足球特色学校", "count": "3所", "total": 12},
        {"level": "省级", "name": "体育传统特色学校", "count": "2所", "total": "9个"},
    ]
    text = text_of(moral={"pe": {"honours": honours}})
    assert "新增国家级青少年校园足球特色学校3所（累计12所）" in text
    assert "、省级体育传统特色学校2所（累计9个）" in text  # one verb for both; a unit the clerk wrote is kept


def test_duo_after_the_unit_is_an_approximation_kept_as_typed(text_of) -> None:
    project = {"name": "城东小学", "action": "新建", "site_area": "42亩多", "floor_area": "1.8万平方米"}
    text = text_of(support={"construction": {"projects": [project]}})
    assert "新建城东小学，占地面积42亩多，建筑面积1.8万平方米" in text


def test_an_honour_given_to_schools_counts_bare_numbers_in_suo(text_of) -> None:
    honours = [
        {"level": "国家级", "name": "青少年校园足球特色学校", "count": 2, "total": "11"},
        {"level": "市级", "name": "优秀组织奖", "count": 2},
    ]
    text = text_of(moral={"pe": {"honours": honours}})
    assert "新增国家级青少年校园足球特色学校2所（累计11所）" in text
    assert "优秀组织奖2个" in text

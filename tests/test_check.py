"""``drafter check``: each kind of inconsistency planted in a data file, and what the clerk reads.

Every test runs the command as a user does and asserts the lines printed: the figure's Chinese
name, the file and field it came from, what it is inconsistent with, and what to do.
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, Callable

import pytest

from conftest import EXAMPLES, MINIMAL_META

Run = Callable[..., tuple[int, str, str]]


def report(**sections: Any) -> dict[str, Any]:
    """A summary with 存在问题 and 下一步 (so that only what a test plants is found)."""
    data: dict[str, Any] = {
        "meta": dict(MINIMAL_META),
        "problems": ["学前教育优质资源仍然不足"],
        "next_steps": ["推进学前教育普及普惠"],
    }
    data.update(sections)
    return data


@pytest.fixture
def check(run_cli: Run, tmp_path: Path) -> Callable[..., tuple[int, list[str]]]:
    """Write ``data`` to data.json, run ``drafter check data.json …``: exit code and the lines."""

    def run(data: dict[str, Any], *extra: str) -> tuple[int, list[str]]:
        (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        code, out, err = run_cli("check", "data.json", *extra)
        assert "Traceback" not in err and "内部出错" not in err, err
        return code, out.splitlines()

    return run


def findings(lines: list[str]) -> list[str]:
    return [line for line in lines if line.startswith(("错误：", "注意："))]


# -- nothing to say --------------------------------------------------------------------------
def test_consistent_data_gives_no_finding_and_exit_0(check) -> None:
    data = report(
        overview={"kindergartens": {"value": 52, "breakdown": {"公办": 31, "民办": 21}}, "teachers": 4785, "staff": 5236},
        education={"preschool": {"public_share": "61.5%", "inclusive_coverage": "94.2%", "new_places": {"value": 1170, "previous": 1100}}},
    )
    code, lines = check(data)
    assert code == 0
    assert lines == ["检查完毕，没有发现问题。"]


# -- 1. sums and parts -----------------------------------------------------------------------
def test_a_part_larger_than_its_total_is_an_error(check) -> None:
    code, lines = check(report(overview={"kindergartens": {"value": 177, "breakdown": {"公办": 180, "民办": 119}}}))
    assert code == 1
    assert findings(lines) == [
        "错误：data.json 基本情况 › 幼儿园 › 其中（overview.kindergartens.breakdown）：其中“公办”180所比幼儿园总数177所还多。"
        "其中的一部分不能大于总数：请核对这两个数，改正后再生成"
    ]
    assert lines[-1] == "检查完毕：1处错误。有错误时 drafter build 不生成文档，请改正后再检查一次。"


def test_public_and_private_must_add_up_to_the_total(check) -> None:
    code, lines = check(report(overview={"kindergartens": {"value": 177, "breakdown": {"公办园": 58, "民办园": 118}}}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 基本情况 › 幼儿园 › 其中（overview.kindergartens.breakdown）：公办园、民办园合计176所，"
        "比幼儿园177所少1所。公办园、民办园加起来应等于总数，请核对"
    ]
    code, lines = check(report(overview={"kindergartens": {"value": 177, "breakdown": {"公办": 60, "民办": 119}}}))
    assert code == 1
    assert "错误：data.json 基本情况 › 幼儿园 › 其中（overview.kindergartens.breakdown）：公办、民办合计179所，比幼儿园177所多2所" in lines[0]


def test_parts_that_need_not_make_the_whole_are_noted_only_when_they_exceed_it(check) -> None:
    code, lines = check(report(overview={"teachers": {"value": 4785, "breakdown": {"幼儿园": 820, "小学": 2010}}}))
    assert (code, findings(lines)) == (0, [])  # the other stages make up the rest
    code, lines = check(report(overview={"teachers": {"value": 2000, "breakdown": {"小学": 1200, "其中骨干": 900}}}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 基本情况 › 专任教师 › 其中（overview.teachers.breakdown）：其中小学、其中骨干合计2100人，比专任教师2000人多100人。"
        "请核对；如果各部分有重叠（如其中一项是另一项的一部分），可以不理会"
    ]


def test_approximate_and_other_unit_parts_raise_no_alarm(check) -> None:
    data = report(
        overview={
            "students": {"value": "6.2万余", "breakdown": {"小学": 27450, "初中": 13980, "高中": 20000}},
            "primary_schools": {"value": 41, "breakdown": {"含教学点": "9个", "占": "35%"}},
            "kindergartens": {"value": "近70", "breakdown": {"公办": 40, "民办": 28}},
        },
        education={"compulsory": {"retention_rate": {"value": "99%", "breakdown": {"初中": "99.5%"}}}},
    )
    code, lines = check(data)
    assert (code, findings(lines)) == (0, [])


def test_stage_counts_against_their_total(check) -> None:
    stages = {"preschool_teachers": 900, "primary_teachers": 2100, "junior_teachers": 1300, "high_teachers": 695}
    code, lines = check(report(overview={"teachers": 5012, **stages, "vocational_teachers": 0, "special_teachers": 0}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 基本情况 › 专任教师（overview.teachers）：幼儿园专任教师、小学专任教师、初中专任教师、普通高中专任教师、"
        "中职专任教师、特殊教育专任教师合计4995人，比专任教师5012人少17人（专任教师是各学段专任教师的合计）。请核对总数和各项的数"
    ]
    code, lines = check(report(overview={"teachers": 5012, **stages}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 基本情况 › 专任教师（overview.teachers）：已填的幼儿园专任教师、小学专任教师、初中专任教师、普通高中专任教师"
        "合计4995人，比专任教师5012人少17人；没有填中职专任教师、特殊教育专任教师。"
        "差的数如果是中职专任教师、特殊教育专任教师的，请把这几项补上；如果不是，请核对总数和各项的数"
    ]
    code, lines = check(report(overview={"students": 30000, "primary_students": 31000}))
    assert code == 1
    assert findings(lines) == [
        "错误：data.json 基本情况 › 小学在校生（overview.primary_students）：小学在校生31000人比在校学生30000人还多"
        "（在校学生是各学段在校生（含在园幼儿）的合计）。请核对这两个数，改正后再生成"
    ]


def test_school_types_that_may_be_counted_twice_are_a_note_when_over(check) -> None:
    code, lines = check(report(overview={"schools": 40, "primary_schools": 20, "junior_schools": 12, "through_schools": 10}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 基本情况 › 各级各类学校（overview.schools）：小学、初中、九年一贯制学校合计42所，比各级各类学校40所多2所"
        "（各级各类学校是各类学校的合计）。请核对总数和各项的数；如果有的算进了两类（如九年一贯制学校又算作小学、初中），可以不理会"
    ]
    code, lines = check(report(overview={"schools": 50, "primary_schools": 20, "junior_schools": 12}))
    assert (code, findings(lines)) == (0, [])  # other types of school make up the rest


# -- 2. relations declared on the model ------------------------------------------------------------
def test_public_share_above_inclusive_coverage_is_an_error(check) -> None:
    code, lines = check(report(education={"preschool": {"public_share": "61.5%", "inclusive_coverage": "58%"}}))
    assert code == 1
    assert findings(lines) == [
        "错误：data.json 各类教育 › 学前教育 › 公办园在园幼儿占比（education.preschool.public_share）：公办园在园幼儿占比61.5%"
        "大于普惠性幼儿园覆盖率58%（公办园都是普惠性幼儿园，公办园幼儿是普惠性幼儿园幼儿的一部分）。请核对这两个数，改正后再生成"
    ]


def test_last_years_values_are_related_too(check) -> None:
    data = report(education={"preschool": {
        "public_share": {"value": "50%", "previous": "60%"}, "inclusive_coverage": {"value": "90%", "previous": "55%"},
    }})
    code, lines = check(data)
    assert code == 1
    assert findings(lines)[0].startswith(
        "错误：data.json 各类教育 › 学前教育 › 公办园在园幼儿占比 › 上年数值（education.preschool.public_share.previous）："
        "上年公办园在园幼儿占比60%大于上年普惠性幼儿园覆盖率55%"
    )


def test_completed_projects_and_honours_cannot_exceed_their_totals(check) -> None:
    data = report(
        support={"construction": {"projects_total": 9, "completed_projects": 11}},
        moral={"pe": {"honours": [{"level": "国家级", "name": "青少年校园足球特色学校", "count": "5所", "total": "3所"}]}},
    )
    code, lines = check(data)
    assert code == 1
    assert findings(lines) == [
        "错误：data.json 综合保障 › 学校建设 › 竣工投用的学校建设项目（support.construction.completed_projects）：竣工投用的学校建设项目11个"
        "大于实施学校建设项目9个（竣工投用的项目是实施的项目的一部分）。请核对这两个数，改正后再生成",
        "错误：data.json 立德树人 › 体育 › 荣誉和称号 › 第1条 › 获评数量（moral.pe.honours[0].count）：荣誉和称号“国家级青少年校园足球特色学校”"
        "的获评数量5所大于累计数量3所（累计数量包括本年获评的）。请核对这两个数，改正后再生成",
    ]


def test_an_investment_overrun_and_a_falling_running_total_are_notes(check) -> None:
    data = report(support={
        "construction": {"projects": [{"name": "城东小学", "investment": "1.15亿元", "invested": "1.3亿元"}]},
        "funding": {"period_total": {"value": "60亿元", "previous": "68.31亿元"}},
    })
    code, lines = check(data)
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 综合保障 › 学校建设 › 建设项目 › 第1条 › 累计完成投资（support.construction.projects[0].invested）："
        "建设项目“城东小学”的累计完成投资1.3亿元大于总投资1.15亿元（累计完成投资一般不超过总投资）。请核对这两个数；确实如此时可以不理会",
        "注意：data.json 综合保障 › 教育经费 › 五年规划期以来财政教育总投入（support.funding.period_total）：本年60亿元比上年68.31亿元还少，"
        "而这是累计的数（五年规划期以来的累计投入只增不减）。请核对本年和上年的数；统计的起点变了（如新的五年规划期）时可以不理会",
    ]


def test_a_ratio_disagreeing_with_its_numerator_and_denominator(check) -> None:
    code, lines = check(report(overview={"primary_students": 27450, "primary_teachers": 2100, "primary_ratio": "15.8:1"}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 基本情况 › 小学生师比（overview.primary_ratio）：小学生师比写的是15.8:1，"
        "按小学在校生27450人和小学专任教师2100人算是13.07:1。请核对这三个数"
    ]
    agreeing = {"preschool_children": 11860, "preschool_teachers": 880, "preschool_ratio": "1:13.5", "primary_students": 27450,
                "primary_teachers": 2100, "primary_ratio": "13.1:1"}
    assert findings(check(report(overview=agreeing))[1]) == []  # either way round, to its rounding


def test_a_retention_rate_over_100_percent_is_refused_by_its_range(check) -> None:
    code, lines = check(report(education={"compulsory": {"retention_rate": "100.4%"}}))
    assert code == 1
    assert lines == []  # the data cannot be read: the message is on stderr, as for build


# -- 3. jumps --------------------------------------------------------------------------------
def test_a_tenfold_count_names_both_values_and_the_likely_slip(check) -> None:
    code, lines = check(report(education={"preschool": {"new_places": {"value": 2300, "previous": 230}}}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 各类教育 › 学前教育 › 新增学前学位（education.preschool.new_places）：本年2300个是上年230个的10倍。"
        "请确认这两个数；可能是多打或少打了一位数字（如把230打成2300），或小数点点错了一位；确实如此时可以不理会"
    ]


def test_money_ten_thousand_times_off_is_a_unit_slip(check) -> None:
    code, lines = check(report(support={"funding": {"general_budget": {"value": "142000", "previous": "14.2"}}}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 综合保障 › 教育经费 › 一般公共预算教育经费（support.funding.general_budget）：本年142000万元是上年14.2万元的10000倍。"
        "请确认这两个数；像是两个数的单位不一样（元和万元、万元和亿元都差一万倍）：只写数字时这一项的单位是万元，"
        "按别的单位算的请写上单位，如“14.2亿元”“500元”；确实如此时可以不理会"
    ]


def test_a_rate_moving_more_than_30_points(check) -> None:
    code, lines = check(report(education={"preschool": {"public_share": {"value": "20%", "previous": "61.5%"}}}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 各类教育 › 学前教育 › 公办园在园幼儿占比（education.preschool.public_share）：本年20%比上年61.5%降低了41.5个百分点。"
        "请确认这两个数；变化超过30个百分点，可能是填错了行、把上年和本年填反了，或者统计口径变了；确实如此时可以不理会"
    ]


def test_ordinary_changes_are_not_jumps(check) -> None:
    data = report(
        education={
            "preschool": {"new_kindergartens": {"value": 12, "previous": 1}, "public_share": {"value": "50.86%", "previous": "36.8%"}},
            "compulsory": {"large_classes": {"value": 0, "previous": 35}},
        },
        support={"funding": {"general_budget": {"value": "14.20亿元", "previous": "139100"}}},
    )
    assert findings(check(data)[1]) == []


# -- goals of a 工作要点 ------------------------------------------------------------------------
def _plan(**sections: Any) -> dict[str, Any]:
    return {"meta": {**MINIMAL_META, "kind": "plan", "date": "2024-03-01"}, **sections}


def test_a_plans_goal_worse_than_where_the_level_stands(check) -> None:
    pe = {"obesity_rate": {"value": "38.5%", "target": "46%"}, "myopia_rate": {"value": "52%", "target": "50%"}}
    preschool = {"public_share": {"value": "41%", "target": "39.5%"}, "inclusive_coverage": {"value": "88%", "target": "90%"}}
    code, lines = check(_plan(moral={"pe": pe}, education={"preschool": preschool}))
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 立德树人 › 体育 › 学生超重肥胖率 › 目标值（moral.pe.obesity_rate.target）：目标46%比现有水平38.5%还高，"
        "报告会写成“力争由38.5%提高到46%”。请核对是不是把现有水平和目标填反了，或把上年的数填成了现有水平；确实如此时可以不理会",
        "注意：data.json 各类教育 › 学前教育 › 公办园在园幼儿占比 › 目标值（education.preschool.public_share.target）：目标39.5%比现有水平41%还低，"
        "报告会写成“力争由41%降低到39.5%”。请核对是不是把现有水平和目标填反了，或把上年的数填成了现有水平；确实如此时可以不理会",
    ]


def test_a_summarys_target_not_reached_is_not_a_backwards_goal(check) -> None:
    preschool = {"public_share": {"value": "41%", "target": "45%"}, "inclusive_coverage": {"value": "95%", "target": "90%"}}
    assert findings(check(report(education={"preschool": preschool}))[1]) == []


# -- 4. twice reported -----------------------------------------------------------------------
def test_a_data_row_and_a_list_item_with_the_same_figures(check) -> None:
    data = report(support={"aid": {
        "nutrition_students": 24500,
        "nutrition_funds": "1960万元",
        "programmes": [{"name": "营养改善计划", "amount": "1960万元", "beneficiaries": "24500人"}],
    }})
    code, lines = check(data)
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 综合保障 › 学生资助 › 资助项目 › 第1条（support.aid.programmes[0]）：资助项目“营养改善计划”的金额1960万元、"
        "惠及人数24500人，和营养改善计划资金、营养改善计划受益学生（data.json 综合保障 › 学生资助 › 营养改善计划资金"
        "（support.aid.nutrition_funds））是同样的数，像是同一件事填了两次。同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会"
    ]


def test_a_project_named_in_another_sections_sentence(check) -> None:
    data = report(
        education={"preschool": {"highlights": ["第四幼儿园于9月投入使用"]}},
        support={"construction": {"projects": [{"name": "第四幼儿园", "action": "新建", "places": 270}]}},
    )
    code, lines = check(data)
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 各类教育 › 学前教育 › 做法与成效 › 第1条（education.preschool.highlights[0]）：这一句写到了建设项目“第四幼儿园”"
        "（data.json 综合保障 › 学校建设 › 建设项目 › 第1条（support.construction.projects[0]）），报告里会写两遍。"
        "同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会"
    ]


def test_the_same_fund_honour_or_sentence_in_two_places(check) -> None:
    fund = {"name": "争取上级学前教育专项资金", "amount": "1200万元"}
    honour = {"level": "市级", "name": "文明校园", "count": 3}
    data = report(
        support={"funding": {"funds": [fund]}, "aid": {"programmes": [dict(fund, amount="1300万元")]}},
        party={"organisation": {"honours": [honour], "highlights": ["全面落实党组织领导的校长负责制"]}},
        moral={"moral": {"honours": [honour], "highlights": ["全面落实党组织领导的校长负责制。"]}},
    )
    lines = findings(check(data)[1])
    assert lines == [
        "注意：data.json 立德树人 › 德育 › 荣誉和称号 › 第1条（moral.moral.honours[0]）：荣誉和称号“市级文明校园”在两处都写了："
        "这里和 data.json 党的建设 › 基层组织建设 › 荣誉和称号 › 第1条（party.organisation.honours[0]），报告里会写两遍。"
        "同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会",
        "注意：data.json 综合保障 › 学生资助 › 资助项目 › 第1条（support.aid.programmes[0]）：资助项目“争取上级学前教育专项资金”在两处都写了："
        "这里和 data.json 综合保障 › 教育经费 › 专项资金和项目投入 › 第1条（support.funding.funds[0]），报告里会写两遍。"
        "同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会",
        "注意：data.json 立德树人 › 德育 › 做法与成效 › 第1条（moral.moral.highlights[0]）：这一句和 data.json 党的建设 › 基层组织建设 › "
        "做法与成效 › 第1条（party.organisation.highlights[0]） 的一样，报告里会写两遍。同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会",
    ]


def test_an_honour_in_a_sentence_is_found_by_its_winner_and_a_common_name_alone_is_not(check) -> None:
    honour = {"level": "市级", "name": "特色高中学校", "winners": ["第一百中学"]}
    data = report(education={"high": {"honours": [honour], "highlights": ["第一百中学入选全市第三批特色高中学校"]}})
    assert len(findings(check(data)[1])) == 1
    data["education"]["high"]["highlights"] = ["推进特色高中学校建设"]
    assert findings(check(data)[1]) == []


def test_a_figure_repeated_as_own_figure_or_in_a_sentence_of_its_part(check) -> None:
    data = report(education={"compulsory": {
        "new_places": 1620,
        "custom": [{"name": "新增义务教育学位", "value": 1620, "unit": "个"}],
        "highlights": ["城北小学建成，新增学位1620个", "开展教研活动230余场"],
    }})
    assert findings(check(data)[1]) == [
        "注意：data.json 各类教育 › 义务教育 › 其他数据 › 第1条 › 数值（education.compulsory.custom[0].value）：其他数据“新增义务教育学位”1620个"
        "和新增义务教育学位（data.json 各类教育 › 义务教育 › 新增义务教育学位（education.compulsory.new_places））是同一个数，报告里会写两遍。"
        "同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会",
        "注意：data.json 各类教育 › 义务教育 › 做法与成效 › 第1条（education.compulsory.highlights[0]）：这一句写了1620个，和新增义务教育学位"
        "（data.json 各类教育 › 义务教育 › 新增义务教育学位（education.compulsory.new_places））是同一个数，报告里会写两遍。"
        "同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会",
        "注意：data.json 各类教育 › 义务教育 › 做法与成效 › 第1条（education.compulsory.highlights[0]）：这一句写了1620个，和其他数据“新增义务教育学位”"
        "（data.json 各类教育 › 义务教育 › 其他数据 › 第1条 › 数值（education.compulsory.custom[0].value））是同一个数，报告里会写两遍。"
        "同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会",
    ]


def test_one_figure_reported_by_two_offices_under_two_names(check) -> None:
    data = report(education={"compulsory": {"new_places": 1620}}, support={"construction": {"new_places": 1620}})
    assert findings(check(data)[1]) == [
        "注意：data.json 综合保障 › 学校建设 › 学校建设新增学位（support.construction.new_places）：学校建设新增学位1620个和新增义务教育学位"
        "（data.json 各类教育 › 义务教育 › 新增义务教育学位（education.compulsory.new_places））是同一个数，像是同一件事报了两次，报告里会写两遍。"
        "同一件事请只在一处填写，删去另一处；确实是两件事时可以不理会"
    ]
    data["support"]["construction"]["new_places"] = 1630
    assert findings(check(data)[1]) == []
    small = report(education={"compulsory": {"new_schools": 3}, "high": {"new_schools": 3}})
    assert findings(check(small)[1]) == []  # two 3s are a coincidence


# -- 5. what the kind needs ------------------------------------------------------------------
def test_a_summary_without_problems_or_next_steps(check) -> None:
    data = report()
    del data["problems"], data["next_steps"]
    assert findings(check(data)[1]) == [
        "注意：data.json 存在问题（problems）：年度教育工作总结没有写存在问题。年度工作总结在工作成绩之后一般写“存在的问题”；"
        "请在数据文件或填报表的“存在问题”里填写，确实不写时可以不理会",
        "注意：data.json 下一步工作（next_steps）：年度教育工作总结没有写下一步工作。年度工作总结最后一般写下一年的工作打算；"
        "请在数据文件或填报表的“下一步工作”里填写，确实不写时可以不理会",
    ]
    data["outlook"] = ["新的一年，聚焦“五大行动”"]
    assert len(findings(check(data)[1])) == 1  # a 下年总体思路 is the next step too


def test_a_self_evaluation_without_its_basis_or_overview(check) -> None:
    data = {"meta": dict(MINIMAL_META, kind="self_evaluation"), "problems": ["短板"], "measures": [{"title": "补短板"}]}
    assert findings(check(data)[1]) == [
        "注意：data.json 自评依据（basis）：履行教育职责情况自评报告没有写自评依据。自评报告开头要写明依据的文件名称和文号；"
        "请在数据文件或填报表的“自评依据”里填写，确实不写时可以不理会",
        "注意：data.json 基本情况（overview）：履行教育职责情况自评报告没有写基本情况。自评报告一般先写本地教育的基本情况；"
        "请在数据文件或填报表的“基本情况”里填写，确实不写时可以不理会",
    ]


def test_a_plan_without_targets_dated_after_mid_year(check) -> None:
    data = {"meta": dict(MINIMAL_META, kind="plan", date="2024-09-01"), "education": {"preschool": {"highlights": ["推进普惠"]}}}
    assert findings(check(data)[1]) == [
        "注意：data.json 报告信息 › 文种（meta.kind）：教育工作要点没有一项数据写了目标值。工作要点要写出年度目标，如“新增学前学位1350个”；"
        "请在各项数据的“目标”栏（数据文件里只写一个数）填写年度目标",
        "注意：data.json 报告信息 › 成文日期（meta.date）：教育工作要点的成文日期是2024年9月1日，已过了2024年年中。"
        "工作要点一般在年初印发，最晚不过年中；请核对成文日期和年度（是不是该写2025年的工作要点）",
    ]
    data["meta"]["date"] = "2024-03-01"
    data["education"]["preschool"]["new_places"] = 1350
    assert findings(check(data)[1]) == []


# -- 6. against last year ----------------------------------------------------------------------
def test_a_previous_value_differing_from_last_years_file(check, tmp_path: Path) -> None:
    last = report(meta=dict(MINIMAL_META, year=2023, date="2023-12-29"), education={"preschool": {"new_places": 1100}},
                  support={"funding": {"general_budget": "13.91亿元", "period_total": "55亿元"}})
    (tmp_path / "2023.json").write_text(json.dumps(last, ensure_ascii=False), encoding="utf-8")
    data = report(
        education={"preschool": {"new_places": {"value": 1170, "previous": 1010}}},
        support={"funding": {"general_budget": {"value": "14.20亿元", "previous": "139100"}, "period_total": "50亿元"}},
    )
    code, lines = check(data, "--from", "2023.json")
    assert code == 0
    assert findings(lines) == [
        "注意：data.json 各类教育 › 学前教育 › 新增学前学位 › 上年数值（education.preschool.new_places.previous）：上年数值写的是1010个，"
        "上年的数据（2023.json 各类教育 › 学前教育 › 新增学前学位（education.preschool.new_places））是1100个。"
        "同比变化按上年数值计算：请核对哪个对，改成一致（上年数据后来更正过的，以更正后的为准）",
        "注意：data.json 综合保障 › 教育经费 › 五年规划期以来财政教育总投入（support.funding.period_total）：本年50亿元比上年数据"
        "（2023.json 综合保障 › 教育经费 › 五年规划期以来财政教育总投入（support.funding.period_total））的55亿元还少，而这是累计的数。"
        "请核对；统计的起点变了（如新的五年规划期）时可以不理会",
    ]


def test_last_year_must_be_the_same_place_and_the_year_before(check, tmp_path: Path, run_cli: Run) -> None:
    other = report(meta=dict(MINIMAL_META, year=2022, date="2022-12-29"))
    (tmp_path / "2022.json").write_text(json.dumps(other, ensure_ascii=False), encoding="utf-8")
    (tmp_path / "data.json").write_text(json.dumps(report(), ensure_ascii=False), encoding="utf-8")
    code, out, err = run_cli("check", "data.json", "--from", "2022.json")
    assert code == 1 and out == ""
    assert err == "错误：2022.json：--from 的数据是2022年的，本年的数据是2024年的。请用2023年的数据文件或填报表\n"


# -- the command ------------------------------------------------------------------------------
def test_json_output_for_tools(check, run_cli: Run, tmp_path: Path) -> None:
    code, lines = check(report(overview={"kindergartens": {"value": 177, "breakdown": {"公办": 180}}}), "--format", "json")
    result = json.loads("\n".join(lines))
    assert code == 1
    assert result["errors"] == 1 and result["notes"] == 0 and result["files"] == ["data.json"]
    (finding,) = result["findings"]
    assert finding["level"] == "error" and finding["check"] == "sums" and finding["check_name"] == "部分与合计"
    assert finding["figure"] == "幼儿园" and finding["field"] == "overview.kindergartens.breakdown"
    assert finding["where"] == "data.json 基本情况 › 幼儿园 › 其中（overview.kindergartens.breakdown）"
    assert finding["message"] == "其中“公办”180所比幼儿园总数177所还多"
    assert finding["text"].startswith("错误：data.json")


def test_json_output_when_the_data_cannot_be_read(run_cli: Run, tmp_path: Path) -> None:
    (tmp_path / "data.json").write_text('{"meta": {"region": "天津市", "year": "明年"}}', encoding="utf-8")
    code, out, err = run_cli("check", "data.json", "--format", "json")
    assert code == 1 and err == ""
    result = json.loads(out)
    assert result["errors"] >= 1 and {f["check"] for f in result["findings"]} == {"input"}
    assert any("年度" in f["where"] for f in result["findings"])


@pytest.mark.parametrize(
    "args, message",
    [((), "错误：缺少必需的参数：数据文件"), (("data.json", "--format", "xml"), "错误：参数 --format：无效的选项 'xml'（可选：'text', 'json'）")],
)
def test_usage_errors_exit_2(args: tuple[str, ...], message: str, run_cli: Run, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as usage:
        run_cli("check", *args)
    assert usage.value.code == 2
    err = capsys.readouterr().err
    assert err.startswith("用法：drafter check") and err.splitlines()[-1] == message


def test_a_missing_file_is_a_clear_error(run_cli: Run) -> None:
    code, out, err = run_cli("check", "没有这个文件.json")
    assert (code, out) == (1, "")
    assert err.startswith("错误：没有这个文件.json：找不到这个文件")


# -- build runs the same checks ----------------------------------------------------------------
def test_build_prints_the_notes_and_writes_the_document(run_cli: Run, tmp_path: Path) -> None:
    data = report(education={"preschool": {"new_places": {"value": 2300, "previous": 230}}})
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run_cli("build", "data.json", "-o", "out.docx")
    assert code == 0 and out == "已生成：out.docx\n"
    assert err.startswith("注意：data.json 各类教育 › 学前教育 › 新增学前学位（education.preschool.new_places）：本年2300个是上年230个的10倍")
    assert (tmp_path / "out.docx").exists()


def test_build_stops_at_an_error_and_writes_nothing(run_cli: Run, tmp_path: Path) -> None:
    data = report(
        overview={"kindergartens": {"value": 177, "breakdown": {"公办": 180}}},
        education={"preschool": {"new_places": {"value": 2300, "previous": 230}}},
    )
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, err = run_cli("build", "data.json", "-o", "out.docx")
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0].startswith("注意：data.json 各类教育 › 学前教育 › 新增学前学位")
    assert lines[1].startswith("错误：data.json 基本情况 › 幼儿园 › 其中（overview.kindergartens.breakdown）：其中“公办”180所比幼儿园总数177所还多")
    assert lines[2] == "错误：data.json的数据有1处错误（见上），没有生成文档。请改正后再生成；运行 drafter check data.json 可以先看全部检查结果"
    assert not (tmp_path / "out.docx").exists()


# -- the examples --------------------------------------------------------------------------------
#: What the check says of each example: only notes true of it.
EXAMPLE_NOTES = {
    # Dongli's 2024 summary, like the report it comes from, ends with its work: no 存在问题, no 下一步.
    "dongli-2024.json": ["（problems）：年度教育工作总结没有写存在问题", "（next_steps）：年度教育工作总结没有写下一步工作"],
    # Jinghai's self-evaluation, like the report it comes from, has no 基本情况 section.
    "jinghai-2023-self-evaluation.json": ["（overview）：履行教育职责情况自评报告没有写基本情况"],
    "dongli-2022-plan.json": [],
    "linping-2024-summary-and-plan.json": [],
    "qingxi-2025-self-evaluation.json": [],
    "sample-county.json": [],
}


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_every_example_gives_no_false_alarm(name: str, run_cli: Run) -> None:
    code, out, err = run_cli("check", str(EXAMPLES / name))
    assert code == 0 and err == ""
    found = findings(out.splitlines())
    expected = EXAMPLE_NOTES[name]
    assert len(found) == len(expected), found
    for line, note in zip(found, expected):
        assert line.startswith(f"注意：{name} ") and note in line


def test_last_years_report_itself_is_read_for_its_figures(check, tmp_path: Path) -> None:
    """--from takes last year's report (.txt, .docx) as drafter import reads it."""
    import shutil

    report = Path(__file__).parent / "data" / "reports" / "tianjin-dongli-2024-summary.txt"
    shutil.copy(report, tmp_path / "东丽区2024年总结.txt")
    data = json.loads((EXAMPLES / "dongli-2024.json").read_text(encoding="utf-8"))
    data["meta"].update(year=2025, date="2025-12-31")
    data["education"]["preschool"]["new_places"] = {"value": 1200, "previous": 1100}
    code, lines = check(data, "--from", "东丽区2024年总结.txt")
    assert code == 0
    said = [line for line in findings(lines) if "新增学前学位" in line]
    assert len(said) == 1
    assert "上年数值写的是1100个" in said[0] and "东丽区2024年总结.txt 导入的" in said[0] and "是1170个" in said[0]

"""The pieces ``drafter import`` reads a report with: amounts in running text, what each number of
a sentence is, the layout of headings, and the report's information."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from drafter.importer.layout import date_of, lay_out
from drafter.importer.mentions import find_mentions
from drafter.importer.reading import Line
from drafter.importer.report_info import kind_of, report_info
from drafter.importer.roles import CHANGE, PART, PREVIOUS, TARGET, VALUE, read_numbers
from drafter.importer.sentences import read_sentence
from drafter.importer.template_words import template_words
from drafter.questionnaire.last_year import read_last_year


@pytest.mark.parametrize(
    ("sentence", "amounts"),
    [
        ("开展理论学习宣讲280余场次、专题研讨12次", ["280余场次", "12次"]),
        ("开设近70个兴趣班，拨付资助金369.9万余元", ["近70个", "369.9万余元"]),
        ("幼儿园师幼比1:13.5，差异系数为0.42、0.38。", ["1:13.5", "0.42", "0.38"]),
        ("分类施策开展百余场区级培训，获得七个一等奖", ["百余场", "七个"]),
        ("2024年10月，第36届艺术节，推进5G进校园和信息化2.0行动", []),  # dates, ordinals, names
        ("举办“4节3展”，落实《“十四五”规划》，争取三分之二的学校获评", []),  # quoted, fractions
        ("“三位一体”督导体系，一是加大力度", []),
    ],
)
def test_amounts_in_text(sentence: str, amounts: list[str]) -> None:
    assert [m.text for m in find_mentions(sentence)] == amounts


def _roles(sentence: str, plan: bool = False) -> list[tuple[str, str]]:
    return [(r.mention.text, r.role) for r in read_numbers(sentence, plan=plan)]


def test_what_each_number_of_a_sentence_is() -> None:
    assert _roles("新增学前学位1170个，较上年的1100个增加70个，完成年度目标（1350个）的86.7%") == [
        ("1170个", VALUE), ("1100个", PREVIOUS), ("70个", CHANGE), ("1350个", TARGET), ("86.7%", CHANGE),
    ]  # fmt: skip
    assert _roles("公办率由36.8%提升至50.86%") == [("36.8%", PREVIOUS), ("50.86%", VALUE)]
    assert _roles("幼儿园177所（公办58所、民办119所），较上年的170所增加7所") == [
        ("177所", VALUE), ("58所", PART), ("119所", PART), ("170所", PREVIOUS), ("7所", CHANGE),
    ]  # fmt: skip
    assert _roles("开展学习宣讲160余场次（上年120余场次）") == [("160余场次", VALUE), ("120余场次", PREVIOUS)]
    assert _roles("交流轮岗教师比例由10%提高到20%", plan=True) == [("10%", VALUE), ("20%", TARGET)]
    assert _roles("新增学前学位1350个，现有1100个", plan=True)[1] == ("1100个", "current")


def test_targets_in_the_writers_forms() -> None:
    """Each form of :class:`TargetWriter.progress`, read back: the target named, the share or gap
    computed (a change), and only 完成年度目标 with nothing named saying the target is the value."""
    assert _roles("学生总体近视率由52.8%下降至51.3%，控制在年度目标（52%）以内") == [
        ("52.8%", PREVIOUS), ("51.3%", VALUE), ("52%", TARGET),
    ]  # fmt: skip
    assert _roles("覆盖率为81.2%，距年度目标（85%）还差3.8个百分点") == [("81.2%", VALUE), ("85%", TARGET), ("3.8个百分点", CHANGE)]
    assert _roles("覆盖率达到81.2%，超额完成年度目标（80%）") == [("81.2%", VALUE), ("80%", TARGET)]
    assert [r.target_met for r in read_numbers("覆盖率达到100%，完成年度目标")] == [True]
    assert [r.target_met for r in read_numbers("覆盖率达到81.2%，超额完成年度目标")] == [False]
    assert _roles("新增学位1170个，完成年度目标的86.7%") == [("1170个", VALUE), ("86.7%", CHANGE)]
    assert not any(r.target_met for r in read_numbers("新增学位1170个，完成年度目标的86.7%"))


def test_a_stage_said_alone_measures_what_the_stage_before_it_measured() -> None:
    """``初中由0.41下降至0.38`` after ``小学资源配置校际差异系数为0.42``: the writer names only the
    stage that differs (:func:`drafter.compose.prose.saying.referred`)."""
    sentence = read_sentence(0, 0, "小学资源配置校际差异系数为0.42，初中由0.41下降至0.38。", "", False, [])
    heads = [context.befores[0] for _, context in sorted(sentence.contexts.items())]
    assert heads == ["小学资源配置校际差异系数", "初中资源配置校际差异系数"]
    money = read_sentence(0, 0, "幼儿园生均一般公共预算教育经费2010.5万元，小学2013.5万元，初中2016.5万元。", "", False, [])
    assert [c.befores[0] for _, c in sorted(money.contexts.items())][2] == "初中生均一般公共预算教育经费"


def test_words_a_template_writes_before_a_value_read_that_value() -> None:
    """``{{ s.loan_students|say }}，总金额{{ s.loan_amount|fig }}``: the template's own words for the
    loan's amount, read from the templates, not listed by hand."""
    assert "总金额" in template_words()[("support", "aid", "loan_amount")]


def test_last_years_value_worked_back_from_the_change() -> None:
    reading = read_numbers("2024年高考本科上线率达到64.18%，较去年提升2.51个百分点")[0]
    assert reading.change is not None and reading.change[0] == "提升" and reading.change[1].text == "2.51个百分点"


def test_headings_and_their_depth() -> None:
    lines = [Line(text) for text in (
        "天津市东丽区2024年教育工作总结", "1、 坚持党建引领，政治建设扎实推进", "1.政治统领持续加强。开展宣讲280余场次。",
        "2、 坚持立德树人", "1.德育为先。建设示范校10所。", "三、坚持统筹推进", "1.学前教育普及普惠。新增学位1170个。",
        "天津市东丽区教育局", "2024年12月31日",
    )]  # fmt: skip
    layout = lay_out(lines)
    assert layout.title == "天津市东丽区2024年教育工作总结"
    assert layout.signature == "天津市东丽区教育局" and layout.date == "2024年12月31日"
    shape = [(p.number, p.heading, p.level, p.standalone) for p in layout.paragraphs]
    assert shape == [
        ("1、", "坚持党建引领，政治建设扎实推进", 1, True), ("1.", "政治统领持续加强", 2, False),
        ("2、", "坚持立德树人", 1, True), ("1.", "德育为先", 2, False),
        ("三、", "坚持统筹推进", 1, True), ("1.", "学前教育普及普惠", 2, False),
    ]  # fmt: skip


def test_dates_as_pages_lose_their_marks() -> None:
    assert date_of("2024年12月31日") == (2024, 12, 31)
    assert date_of("2024829") == (2024, 8, 29)  # 年月日 lost on a web page: one reading only
    assert date_of("2024111") is None  # 1月11日 or 11月1日: not guessed
    assert date_of("二〇二四年十二月三十一日") == (2024, 12, 31)


def test_the_report_information_from_its_title() -> None:
    layout = lay_out([Line("浙江省杭州市临平区2024年工作总结及2025年工作思路"), Line("正文。" * 80)])
    info = report_info(layout, {})
    assert info.meta["region"] == "浙江省杭州市" and info.meta["district"] == "临平区"
    assert info.meta["year"] == 2024 and info.meta["kind"] == "summary_and_plan"
    assert info.meta["organ"] == "浙江省杭州市临平区教育局" and "organ" in info.inferred
    assert kind_of("天津市静海区人民政府2023年履行教育职责情况自评报告") == "self_evaluation"
    assert kind_of("天津市东丽区2022年教育工作要点") == "plan"


def test_ask_takes_the_imported_file_as_last_year(run_cli, tmp_path: Path) -> None:
    report = Path(__file__).parent / "data" / "reports" / "tianjin-dongli-2024-summary.txt"
    assert run_cli("import", str(report), "-o", "2024.json")[0] == 0
    last = read_last_year(tmp_path / "2024.json")
    assert last.suggested["meta.year"] == "2025" and last.suggested["meta.district"] == "东丽区"
    assert "1170" in next(value for key, value in last.previous.items() if key.endswith("preschool.new_places"))
    assert json.loads((tmp_path / "2024.json").read_text(encoding="utf-8"))["meta"]["year"] == 2024


def test_ask_takes_a_file_started_with_next_or_a_plan(run_cli, tmp_path: Path) -> None:
    """Figures with last year's value alone (--next) or a target alone (a 工作要点) have no value
    of their own to offer as last year's."""
    report = Path(__file__).parent / "data" / "reports" / "tianjin-dongli-2022-plan.txt"
    assert run_cli("import", str(report), "-o", "2022.json")[0] == 0
    assert run_cli("import", str(report), "-o", "2023.json", "--next")[0] == 0
    plan = read_last_year(tmp_path / "2022.json")
    started = read_last_year(tmp_path / "2023.json")
    assert plan.suggested["meta.year"] == "2023" and started.suggested["meta.year"] == "2024"
    assert not any(key.endswith("preschool.new_places") for key in {**plan.previous, **started.previous})

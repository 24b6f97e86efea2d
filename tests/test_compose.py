"""What the clerk reads: no None, no 0 nobody typed, no numbering gaps, their sentences intact."""

from __future__ import annotations

import json
import re

import docx

from drafter.compose.sandbox.markup import FILLED, MISSING, drop_missing, parse
from drafter.outline import Heading
from tests.conftest import document_text


def headings(document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def test_numbering_closes_up_when_sections_are_left_out(build, report_data) -> None:
    document = build(
        report_data(
            education={"preschool": {"new_places": 300}, "special": {"disabled_enrollment_rate": "98%"}},
            support={"health": {"vision_screenings": 1200}},
        )
    )
    level1 = headings(document, "Heading 1")
    assert level1 == ["一、坚持统筹协调，推动各类教育优质发展", "二、坚持教育优先发展，综合保障能力持续增强"]
    run_in = [p.text.split("。")[0] for p in document.paragraphs if p.style.name == "Heading 3"]
    assert run_in == ["1.学前教育普及普惠水平持续提升", "2.特殊教育融合发展", "1.学校卫生健康工作扎实开展"]


def test_nothing_typed_means_nothing_written(build, report_data) -> None:
    document = build(report_data(education={"preschool": {"new_places": 300}}))
    text = document_text(document)
    assert "None" not in text
    assert not re.search(r"(?<![\d.])0(所|个|名|人|%)", text)
    assert "新增学前学位300个" in text
    assert "公办园" not in text and "毛入园率" not in text
    assert headings(document, "Heading 1") == ["一、坚持统筹协调，推动各类教育优质发展"]
    body = [p.text for p in document.paragraphs if p.style.name in ("Normal", "Heading 3") and p.text]
    assert len(body) == 2  # the opening paragraph and the one preschool paragraph


def test_a_typed_zero_of_something_good_is_left_out_and_the_clerk_told(run_cli, tmp_path, report_data) -> None:
    """新建普通高中0所 is not a sentence a report writes; the zero is not lost without a word."""
    high = {"new_schools": {"value": 0, "previous": 2}, "gross_enrolment": "96.5%"}
    source = tmp_path / "data.json"
    source.write_text(json.dumps(report_data(education={"high": high}), ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(source), "-o", str(tmp_path / "out.docx"))
    text = document_text(docx.Document(str(tmp_path / "out.docx")))
    assert code == 0
    assert "高中阶段毛入学率为96.5%" in text
    assert "新建普通高中" not in text
    assert "注意：各类教育 › 普通高中教育 › 新建普通高中（education.high.new_schools）：填的是0" in err


def test_a_parts_basis_opens_its_first_sentence(build, report_data) -> None:
    preschool = {"basis": "在县委、县政府的大力支持下", "new_places": 450}
    text = document_text(build(report_data(education={"preschool": preschool})))
    assert "在县委、县政府的大力支持下，新增学前学位450个。" in text


def test_a_basis_with_nothing_after_it_is_left_out_and_the_clerk_told(run_cli, tmp_path, report_data) -> None:
    """在县委、县政府的大力支持下。 is not a sentence: the part is not written, and the clerk is told."""
    education = {"preschool": {"basis": "在县委、县政府的大力支持下", "new_places": 0}, "high": {"new_schools": 2}}
    source = tmp_path / "data.json"
    source.write_text(json.dumps(report_data(education=education), ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(source), "-o", str(tmp_path / "out.docx"))
    text = document_text(docx.Document(str(tmp_path / "out.docx")))
    assert code == 0
    assert "大力支持" not in text and "学前教育" not in text
    assert "新建普通高中2所" in text
    assert "注意：各类教育 › 学前教育（education.preschool）：只填了依据和背景，后面没有做法或数据" in err
    assert "新增学前学位（education.preschool.new_places）：填的是0" in err


def test_many_zeros_are_named_in_one_notice(run_cli, tmp_path, report_data) -> None:
    """A 填报表 with 0 in every empty cell: one line names them, not a screenful."""
    high = {"new_schools": 0, "undergraduates": 0, "gross_enrolment": "96.5%"}
    preschool = {"new_places": 0, "new_kindergartens": 0}
    source = tmp_path / "data.json"
    source.write_text(json.dumps(report_data(education={"high": high, "preschool": preschool}), ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(source), "-o", str(tmp_path / "out.docx"))
    zeros = [line for line in err.splitlines() if "填的是0" in line]
    assert code == 0
    assert len(zeros) == 1
    assert zeros[0].startswith("注意：新建成幼儿园、新增学前学位、新建普通高中、高考本科上线填的是0")


def test_a_zero_of_something_bad_or_a_level_of_zero_is_written(build, report_data) -> None:
    compulsory = {"large_classes": {"value": 0, "previous": 3}}
    data = report_data(education={"compulsory": compulsory}, moral={"pe": {"new_myopia_rate": "0%"}})
    text = document_text(build(data))
    assert "全面消除56人以上大班额（上年3个）" in text
    assert "新发近视率为0%" in text


def test_a_figure_with_last_years_value_says_how_it_changed_where_it_is_written(build, report_data) -> None:
    """Not in a sentence of its own at the end of the part, naming the figure a second time."""
    preschool = {"new_places": {"value": 450, "previous": "近400"}, "public_share": "61.5%"}
    text = document_text(build(report_data(education={"preschool": preschool})))
    assert "新增学前学位450个（上年近400个）。" in text  # an approximation is compared, not computed
    assert text.count("学前学位") == 1
    exact = {"new_places": {"value": 450, "previous": 400, "target": 500}}
    text = document_text(build(report_data(education={"preschool": exact})))
    assert "新增学前学位450个，较上年的400个增加50个，完成年度目标（500个）的90%。" in text
    assert text.count("学前学位") == 1


def test_a_change_inside_a_list_stands_in_brackets_and_the_list_goes_on(build, report_data) -> None:
    """获得……一等奖5个（较上年的3个增加2个）、二等奖9个: the change is an aside, not the end of the list."""
    vocational = {"first_prizes": {"value": 5, "previous": 3}, "second_prizes": 9, "third_prizes": {"value": 30, "previous": 30}}
    text = document_text(build(report_data(education={"vocational": vocational})))
    assert "获得职业院校技能大赛一等奖5个（较上年的3个增加2个）、二等奖9个、三等奖30个（与上年持平）。" in text


def test_a_light_verb_is_said_again_after_another_verb(build, report_data) -> None:
    """全区有基层党组织……，择优确定……3个。全区有民办学校和幼儿园党组织5个: without its 有, the last
    figure would read as one more thing 择优确定; said again, it starts a sentence with its subject."""
    organisation = {"organisations": 120, "key_projects": 3, "private_school_organisations": 5}
    data = report_data(party={"organisation": organisation})
    data["meta"].update(kind="plan", date="2024-03-01")
    text = document_text(build(data))
    assert "择优确定党建重点项目和创新项目3个。全区有民办学校和幼儿园党组织5个。" in text


def test_a_rate_with_last_years_value_is_written_as_its_trend(build, report_data) -> None:
    vocational = {"employment_rate": {"value": "97.5%", "previous": "95%"}}
    text = document_text(build(report_data(education={"vocational": vocational})))
    assert "中职毕业生就业和升学率由95%提升至97.5%" in text
    assert "较上年" not in text


def test_missing_clause_goes_and_the_sentence_still_ends_properly(build, report_data) -> None:
    text = document_text(build(report_data(party={"organisation": {"new_members": 57}})))
    assert "全年发展党员57名。" in text
    assert "严格程序" not in text  # a claim the clerk did not make
    assert "入党积极分子" not in text


def test_stock_phrases_do_not_outlive_their_figures(build, report_data) -> None:
    """A stock clause describing work stands only in a sentence with an entered figure."""
    text = document_text(build(report_data(party={"integrity": {"warning_attendees": "400余"}})))
    assert "全年警示教育覆盖干部和重点岗位人员400余人。" in text  # the figure names what it counts
    assert "廉政责任书" not in text and "党纪学习教育" not in text


def test_clerk_sentences_are_kept_whole_and_normalised(build, report_data) -> None:
    text = document_text(
        build(report_data(support={"tutoring": {"highlights": ['会同文旅体局开展"双减"专项检查,查处违规机构', "  "]}}))
    )
    assert "5.校外培训治理常态推进。" not in text  # numbering: it is the only part
    assert "1.校外培训治理常态推进。会同文旅体局开展“双减”专项检查，查处违规机构。" in text


def test_custom_figures_are_written_with_their_unit(build, report_data) -> None:
    text = document_text(
        build(report_data(moral={"labour": {"custom": [{"name": "建成家长学校", "value": 45, "unit": "所"}, {"name": "覆盖率达到", "value": "96.5", "unit": "%"}]}}))
    )
    assert "建成家长学校45所，覆盖率达到96.5%。" in text


def test_year_dependent_phrases_follow_the_date_and_can_be_overridden(build, report_data) -> None:
    data = report_data(education={"preschool": {"new_places": 300}})
    assert "党的二十大和二十届二中、三中全会精神" in document_text(build(data))
    data["meta"]["date"] = "2022-01-20"
    data["meta"]["year"] = 2021
    assert "党的十九大和十九届历次全会精神" in document_text(build(data))
    data["meta"]["phrases"] = {"congress": "党的二十届四中全会"}
    assert "深入学习贯彻党的二十届四中全会精神" in document_text(build(data))


def test_area_word_follows_the_district(build, report_data) -> None:
    data = report_data(overview={"schools": 46})
    data["meta"]["district"] = "青溪县"
    text = document_text(build(data))
    assert "全县共有各级各类学校46所" in text and "全区" not in text


def test_problems_and_next_steps(build, report_data) -> None:
    document = build(report_data(problems=["师资结构性缺编", "保教质量差异较大。"], next_steps=["推进优质均衡"]))
    text = document_text(document)
    assert "一是师资结构性缺编；二是保教质量差异较大。" in text
    assert "一是推进优质均衡。" in text
    assert headings(document, "Heading 1") == ["一、存在的问题", "二、2025年工作打算"]


# -- the markup rules on their own --------------------------------------------------------
def test_paragraph_with_nothing_filled_is_dropped() -> None:
    assert drop_missing(f"坚持党建引领，开展宣讲{MISSING}。") == ""


def test_plain_text_without_figures_is_kept() -> None:
    assert drop_missing("2024年，全区教育系统扎实工作。") == "2024年，全区教育系统扎实工作。"


def test_clauses_inside_quotes_are_not_split() -> None:
    text = f"开展“读书、{FILLED}实践，写作”活动{FILLED}3场，评选{MISSING}。"
    assert drop_missing(text) == "开展“读书、实践，写作”活动3场。"


def test_run_in_heading_without_text_vanishes_and_numbers_close_up() -> None:
    blocks = parse("# 甲\n### 一\n\n### 二\n正文。\n\n# 乙\n\n# 丙\n正文。")
    assert [b.full_text if isinstance(b, Heading) else b.lead for b in blocks] == ["一、甲", "1.二。", "二、丙", ""]


def test_points_close_up_when_one_has_nothing_to_say() -> None:
    text = f"### 甲\n- 第一条\n做了{FILLED}1件事。\n- 第二条\n做了{MISSING}件事。\n- 第三条\n做了{FILLED}3件事。\n"
    (paragraph,) = parse(text)
    assert paragraph.full_text == "1.甲。一是第一条。做了1件事。二是第三条。做了3件事。"


def test_points_restart_under_each_heading_and_may_stand_alone() -> None:
    blocks = parse(f"## 甲\n-\n句{FILLED}一。\n\n-\n句{FILLED}二。\n\n## 乙\n- 题\n句{FILLED}三。\n")
    assert [b.full_text for b in blocks] == ["（一）甲", "一是句一。", "二是句二。", "（二）乙", "一是题。句三。"]


def test_continuous_levels_keep_counting_across_higher_headings() -> None:
    from drafter.compose.sandbox.markup import Numbering

    text = "# 甲\n### 一\n正文。\n### 二\n正文。\n# 乙\n### 三\n正文。\n"
    restart = [b.lead for b in parse(text) if not isinstance(b, Heading)]
    assert restart == ["1.一。", "2.二。", "1.三。"]
    continuous = [b.lead for b in parse(text, Numbering(continuous=frozenset({3}))) if not isinstance(b, Heading)]
    assert continuous == ["1.一。", "2.二。", "3.三。"]


def test_a_stock_sentence_the_clerk_already_wrote_is_not_repeated(build, report_data) -> None:
    clerk = "坚持把学习贯彻习近平新时代中国特色社会主义思想作为首要政治任务，举办读书班3期"
    data = report_data(party={"theory": {"study_sessions": 12, "highlights": [clerk]}})
    text = document_text(build(data))
    assert text.count("作为首要政治任务") == 1
    assert "开展理论学习宣讲12场次" in text and clerk + "。" in text


def test_a_short_stock_clause_the_clerk_already_wrote_is_not_repeated(build, report_data) -> None:
    """做好“三全育人”综合改革试点区创建工作 already says 深化“三全育人”综合改革 (12 characters)."""
    clerk = "做好“三全育人”综合改革试点区创建工作"
    data = report_data(moral={"moral": {"model_schools": 10, "highlights": [clerk]}})
    text = document_text(build(data))
    assert "深化“三全育人”综合改革" not in text
    assert clerk + "。" in text and "建设“三全育人”示范校10所" in text


def test_a_clause_keeps_its_subject_when_the_figure_before_it_is_empty(build, report_data) -> None:
    data = report_data(party={"organisation": {"principal_system_rate": "100%"}})
    assert "党组织领导的校长负责制覆盖率达到100%" in document_text(build(data))
    data = report_data(party={"organisation": {"principal_system_schools": 40, "principal_system_rate": "100%"}})
    text = document_text(build(data))
    assert "40所学校落实党组织领导的校长负责制，覆盖率达到100%" in text and text.count("校长负责制") == 1

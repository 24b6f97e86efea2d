"""A report the project was not built from, entered as a clerk would, keeps every figure.

``tests/data/fit/anonymised-district-summary.json`` is an anonymised district's 年度工作总结 written
as a data file: typed fields where the model has them, honours, projects and funds as items, the
rest as the clerk's own figures. Each number-bearing fact of the real report must reach the built
document in the report's wording.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import document_text

DATA = Path(__file__).parent / "data" / "fit" / "anonymised-district-summary.json"

#: Every number-bearing fact of the anonymised summary, as it is written in the built document.
ANONYMISED_FIGURES = [
    "先后荣获“全国生命教育杰出单位”“全国中小学生艺术展演优秀组织奖”等30项区级以上荣誉",
    "先进基层党组织12个", "优秀个人64名", "xx小学党支部等5个党组织获评市教育系统先进基层党组织", "纪律审查37起",
    "清退违规收费12023900元", "约谈43人次", "审计项目15个", "收到优秀作品120件",
    "区委、区政府专题研究教育工作13次", "财政性教育经费91968万元", "争取上级教育资金16246万元",
    "16430人", "521.67万元", "慰问800余人次", "慰问总金额72.3万元",
    "普惠性民办幼儿园91所（其中一、二级普惠园25所）", "占全市一、二级普惠园总数的30.8%",
    "奖补资金602.65万元", "占全市奖补资金总额的20%", "占全区园所总数的67.3%", "学前三年毛入园率为97%",
    "三所配建学校，占地面积近120亩，新增学位532023个", "25所标准化学校", "投入资金3.8亿元",
    "达到优秀的11所", "优良率达80%", "进展良好的配建学校8所", "规划报审的学校5所", "协议两个",
    "总投入5000万元", "提质改造的小学2023所", "新建素质营地，建筑面积13000平米",
    "信息化经费3000万元", "区级优课67节", "市级以上优课85节", "录像课例30节", "网上投票一等奖14节",
    "现场展示课例8节", "全国一等奖3节", "全国二等奖5节", "展示活动3场", "德育特色工程校44所",
    "占中小学校的55%", "初中学业水平考试合格率为91.6%", "体育中考合格率95.1%", "同比增长28.6%",
    "普通高中学业水平考试合格率为95.19%", "本科上线率为55.38%", "二本以上录取425人", "同比增长24%",
    "区级特色学校17所", "特色校比例达到53.2%", "12所学校", "近60次", "立项教育科研课题9项（市级8项）",
    "课题3个", "等称号453人", "347人（选聘优秀免费师范生66名、选调名优教师8名、公开招聘教师273名）",
    "报名参考202320237人", "竞聘比例为36:1", "培训校长和园长55人", "二次分配43人", "选派支教教师70人",
    "交流轮岗教师289人（骨干教师121人）", "52.64%", "41.87%",
]


@pytest.fixture(scope="module")
def anonymised_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    from docx import Document

    from drafter.cli import main

    out = tmp_path_factory.mktemp("fit") / "anonymised.docx"
    assert main(["build", str(DATA), "-o", str(out)]) == 0
    return document_text(Document(str(out)))


@pytest.mark.parametrize("figure", ANONYMISED_FIGURES)
def test_anonymised_figure_appears_as_written(anonymised_text: str, figure: str) -> None:
    assert figure in anonymised_text


def test_anonymised_summary_reads_without_doubled_words(anonymised_text: str) -> None:
    for slip in ("获评先后", "获评获", "获评荣获", "，，", "。。", "None", "区（县）委"):
        assert slip not in anonymised_text


def test_anonymised_summary_claims_no_reform_the_report_does_not_name(anonymised_text: str) -> None:
    """Entering recruitment figures does not make the document say the district runs 区管校聘."""
    assert "347人" in anonymised_text and "管校聘" not in anonymised_text


def test_a_new_field_names_a_county_as_a_county(build, report_data) -> None:
    data = report_data(party={"theory": {"education_meetings": 6}}, teachers={"training": {"principal_trainees": "120人次"}})
    data["meta"].update(district="青溪县", organ="青溪县教育局")
    text = document_text(build(data))
    assert "县委、县政府专题研究教育工作6次" in text
    assert "培训校长和园长120人次" in text
    assert "区委" not in text


def test_an_honour_keeps_the_clerks_verb_and_takes_its_level_after_it(build, report_data) -> None:
    honours = [
        {"name": "再次入选文明校园", "level": "省级", "count": "3所"},
        {"name": "被确定为义务教育教学改革实验校", "level": "国家级", "winners": ["杨成庄乡中学"]},
        {"name": "优课", "level": "市级以上", "count": "85节"},
    ]
    text = document_text(build(report_data(moral={"moral": {"honours": honours}})))
    assert "再次入选省级文明校园3所" in text
    assert "杨成庄乡中学被确定为国家级义务教育教学改革实验校" in text
    assert "获评市级以上优课85节" in text


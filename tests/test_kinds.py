"""Each kind builds from its example with the heading structure of the report it is modelled on."""

from __future__ import annotations

import re
import typing
from pathlib import Path

import docx
import pytest

from drafter.model import KIND_INFO, KINDS, Report
from drafter.model.meta import Kind
from tests import corpus_headings
from tests.conftest import ROOT, document_text

CORPUS = corpus_headings.CORPUS
RUN_IN = "段首标题"

#: Level-1 and level-2 headings of the corpus reports, as they are written there.
JINGHAI_LEVEL1 = ["一、做法与成效", "二、存在问题", "三、改进措施"]
JINGHAI_WORK_PARTS = [
    "（一）加强党对教育工作的全面领导",
    "（二）落实立德树人根本任务",
    "（三）推进各级各类教育高质量发展",
    "（四）强化教育条件保障",
]
LINPING_LEVEL1 = ["一、2024年工作总结", "二、2025年工作思路"]
DONGLI_PLAN_LEVEL1_COUNT = 5
#: The first lines of the Dongli 2022 plan as published: the 印发通知's title in three lines, its
#: 主送机关 and sentence, then the plan's own title.
DONGLI_NOTICE_TITLE = ["天津市东丽区教育局关于印发", "《天津市东丽区2022年教育工作要点》", "的通知"]
DONGLI_NOTICE_RECIPIENT = "各中小学、幼儿园、职业教育中心学校、各科室及其他事业单位："
DONGLI_NOTICE_TEXT = "现将《天津市东丽区2022年教育工作要点》印发给你们，请认真抓好贯彻落实。"
DONGLI_PLAN_TITLE = "天津市东丽区2022年教育工作要点"


def _open(run_cli, tmp_path: Path, example: str, *extra: str) -> docx.document.Document:
    out = tmp_path / f"{example}.docx"
    code, _, err = run_cli("build", str(ROOT / "examples" / f"{example}.json"), "-o", str(out), *extra)
    assert code == 0, err
    return docx.Document(str(out))


def _styled(document: docx.document.Document, style: str) -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


def _leads(document: docx.document.Document) -> list[str]:
    """Run-in headings, in order: the first run of paragraphs that open with one."""
    return [p.runs[0].text for p in document.paragraphs if p.runs and p.runs[0].style.name == RUN_IN]


def _numbers(leads: list[str], pattern: str) -> list[int]:
    return [int(re.match(pattern, lead).group(1)) for lead in leads if re.match(pattern, lead)]


# -- the structures above are the corpus's ---------------------------------------------------
def test_the_expected_structures_are_the_corpus_reports() -> None:
    reports = corpus_headings.stored()["reports"]
    jinghai = reports["tianjin-jinghai-2023-self-evaluation.txt"]
    assert jinghai["level1"] == JINGHAI_LEVEL1
    assert jinghai["level2"][:4] == JINGHAI_WORK_PARTS
    assert _numbers(jinghai["numbered"], r"^(\d+)\.") == list(range(1, 20))  # 1. … 19. through （一）–（四）
    linping = reports["hangzhou-linping-2024-summary-and-plan.txt"]
    assert linping["level1"] == LINPING_LEVEL1
    dongli = reports["tianjin-dongli-2022-plan.txt"]
    assert dongli["opening"] == [*DONGLI_NOTICE_TITLE, DONGLI_NOTICE_RECIPIENT, DONGLI_NOTICE_TEXT, DONGLI_PLAN_TITLE]
    assert len(dongli["level1"]) == DONGLI_PLAN_LEVEL1_COUNT
    tasks = _numbers(dongli["numbered"], r"^(\d+)\.")
    assert tasks == list(range(1, len(tasks) + 1)) and len(tasks) > DONGLI_PLAN_LEVEL1_COUNT  # one count through all parts


def test_the_stored_headings_are_those_of_the_corpus() -> None:
    """tests/data holds the reports and their headings; where the project's shared corpus is at
    hand too, the copies are checked against it."""
    assert corpus_headings.extract(CORPUS) == corpus_headings.stored()
    shared = corpus_headings.SHARED_CORPUS
    for name in corpus_headings.REPORTS:
        if (shared / name).is_file():
            assert (CORPUS / name).read_bytes() == (shared / name).read_bytes(), f"python3 -m tests.corpus_headings copies {name} again"


# -- the documents -------------------------------------------------------------------------
def test_self_evaluation_has_the_jinghai_structure(run_cli, tmp_path: Path) -> None:
    document = _open(run_cli, tmp_path, "jinghai-2023-self-evaluation")
    text = document_text(document)
    assert document.paragraphs[0].text.split("\n") == ["天津市静海区人民政府", "2023年履行教育职责情况自评报告"]
    assert "市政府教育督导室：" in text
    assert _styled(document, "Heading 1") == JINGHAI_LEVEL1
    level2 = _styled(document, "Heading 2")
    assert level2[:4] == JINGHAI_WORK_PARTS
    assert [h[:3] for h in level2[4:]] == ["（一）", "（二）", "（三）"]  # 改进措施
    leads = _leads(document)
    items = _numbers(leads, r"^(\d+)\.")
    assert items == list(range(1, len(items) + 1)) and len(items) >= 16  # 1. … through （一）–（四）
    assert [lead[:3] for lead in leads if lead.startswith("（")] == ["（一）", "（二）", "（三）"]  # 存在问题
    assert "一是积极推进优质教育资源建设。" in text and "五是推进职继教育创新发展。" in text
    signature = [p.text for p in document.paragraphs if p.style.name == "署名"]
    assert signature == ["天津市静海区人民政府"]
    for figure in ("96.34%", "80.87%", "67.74%", "0.263", "0.498", "1637名", "618名", "186人", "28.62%", "112名", "359人次", "2000余件"):
        assert figure in text


def test_a_county_self_evaluation_opens_with_its_score_and_basic_facts(run_cli, tmp_path: Path) -> None:
    """Qingxi, a county: 自评得分 first, 一、基本情况, its own 1. numbering and heading, 县 not 区."""
    document = _open(run_cli, tmp_path, "qingxi-2025-self-evaluation")
    text = document_text(document)
    assert _styled(document, "Heading 1") == ["一、基本情况", "二、做法与成效", "三、存在问题", "四、改进措施"]
    assert "2025年履行教育职责情况自评总得分96.5分，满分100分，申请加分2分。" in text
    assert "全县总面积1452平方公里，辖12个乡镇、3个街道、186个行政村" in text
    assert "幼儿园52所（公办31所、民办21所）、小学41所（含教学点9个）" in text
    assert "15.补齐农村学校办学条件短板。" in text  # style.headings renames 学校建设
    assert "新建城东小学，占地面积42亩，建筑面积1.86万平方米，总投资1.15亿元，新增学位1620个，已于9月投入使用。" in text
    assert "新增国家级青少年校园足球特色学校2所（累计11所）。" in text
    assert "“县管校聘”" in text and "全区" not in text and "区级" not in text


def test_summary_and_plan_has_the_linping_structure(run_cli, tmp_path: Path) -> None:
    document = _open(run_cli, tmp_path, "linping-2024-summary-and-plan")
    text = document_text(document)
    assert document.paragraphs[0].text.split("\n") == ["杭州市临平区教育局", "2024年工作总结及2025年工作思路"]
    assert _styled(document, "Heading 1") == LINPING_LEVEL1
    assert _styled(document, "Heading 2") == []
    leads = _leads(document)
    assert [lead[:3] for lead in leads] == ["（一）", "（二）", "（三）", "（四）", "（五）"] * 2
    review = [p.text for p in document.paragraphs if p.runs and p.runs[0].style.name == RUN_IN][:5]
    assert all(paragraph.split("。", 1)[1].startswith("一是") for paragraph in review)
    assert "（一）实施“学有优教”行动，完善公共服务体系。" in text
    for figure in ("99.6%", "近1万名", "约2万个", "1140余次", "2.8万余人", "超2万人次", "433条", "256人", "10余本", "笔试2364人", "面试208人", "典型案例2个", "订单班15个（新增6个）"):
        assert figure in text


def test_plan_has_the_dongli_structure(run_cli, tmp_path: Path) -> None:
    document = _open(run_cli, tmp_path, "dongli-2022-plan")
    text = document_text(document)
    notice_title, plan_title = _styled(document, "Title")  # issued with a 印发通知, as the real one was
    assert notice_title.split("\n") == DONGLI_NOTICE_TITLE
    assert _styled(document, "主送机关") == [DONGLI_NOTICE_RECIPIENT]
    assert DONGLI_NOTICE_TEXT in text.split("\n")
    assert plan_title == DONGLI_PLAN_TITLE
    level1 = _styled(document, "Heading 1")
    assert len(level1) == DONGLI_PLAN_LEVEL1_COUNT
    assert [h[:2] for h in level1] == ["一、", "二、", "三、", "四、", "五、"]
    tasks = _numbers(_leads(document), r"^(\d+)\.")
    assert tasks == list(range(1, len(tasks) + 1)) and len(tasks) >= 20
    assert text.count("\n1.") == 1  # never restarts under a new part
    assert "2022年全区教育工作的总体要求是：" in text
    assert "党的十九大和十九届历次全会精神" in text
    for phrase in (
        "推动4所幼儿园建成并具备开园条件，新增学前学位1350个",
        "普惠性幼儿园覆盖率力争达到80%",
        "新增义务教育学位1530个",
        "学生体质健康合格率力争达到95%以上",
        "适龄残疾儿童少年义务教育入学率力争达到95%以上",
        "交流轮岗教师占符合交流条件教师的比例力争由10%提高到20%",
        "其中骨干教师比例力争由20%提高到50%",
        "建设思政名师工作室7个",
    ):
        assert phrase in text


# -- the model lists what each kind uses ------------------------------------------------------
def test_every_kind_has_a_template_set_and_fields_of_the_report() -> None:
    assert set(KINDS) == set(typing.get_args(typing.get_args(Kind)[0])) == set(KIND_INFO)
    for kind, info in KIND_INFO.items():
        assert (ROOT / "templates" / kind / "manifest.toml").is_file()
        assert set(info.fields) <= set(Report.model_fields), kind


def test_kinds_ask_only_what_their_templates_use() -> None:
    """The questionnaire asks a kind for exactly the report fields its templates read."""
    for kind, info in KIND_INFO.items():
        files = [*(ROOT / "templates" / kind).glob("*.j2"), *(ROOT / "templates" / "shared").glob("*.j2")]
        source = "".join(p.read_text(encoding="utf-8") for p in files)
        used = {name for name in Report.model_fields if re.search(rf"(?<![\w.]){name}\b", source)}
        used -= {"meta", "style"}
        assert used == set(info.fields), (kind, used ^ set(info.fields))


def test_a_kind_and_a_layout_may_be_written_by_their_chinese_names(build, report_data) -> None:
    data = report_data(education={"preschool": {"new_places": 1350}})
    data["meta"]["kind"] = "教育工作要点"
    data["style"] = {"page_numbers": "每页居中", "profile": "报告材料"}
    document = build(data)
    assert document.paragraphs[0].text.endswith("教育工作要点")
    assert Report.model_validate(data).style.page_numbers == "center"


@pytest.mark.parametrize(
    "kind, title",
    [
        ("summary", "青溪县教育局2025年工作总结"),
        ("plan", "青溪县教育局2025年工作要点"),
        ("self_evaluation", "青溪县人民政府2025年履行教育职责情况自评报告"),
        ("summary_and_plan", "青溪县教育局2025年工作总结及2026年工作思路"),
    ],
)
def test_a_countys_title_and_signature_name_no_province(build, report_data, kind: str, title: str) -> None:
    data = report_data(education={"preschool": {"new_places": 300}})
    data["meta"].update(region="江西省抚州市", district="青溪县", organ="青溪县教育局", year=2025, date="2025-12-20", kind=kind)
    lines = document_text(build(data)).split("\n")
    assert lines[0].replace("\n", "") == title or "".join(lines[:2]) == title
    assert "江西" not in "\n".join(lines) and "抚州" not in "\n".join(lines)
    assert lines[-2] == ("青溪县人民政府" if kind == "self_evaluation" else "青溪县教育局")


def test_a_district_of_a_municipality_keeps_its_city(build, report_data) -> None:
    data = report_data(education={"preschool": {"new_places": 300}})
    data["meta"]["kind"] = "self_evaluation"
    text = document_text(build(data))
    assert text.startswith("天津市东丽区人民政府") and text.split("\n")[-2] == "天津市东丽区人民政府"

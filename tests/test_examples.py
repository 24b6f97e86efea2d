"""The examples build, and the Dongli document carries every figure as the real report writes it."""

from __future__ import annotations

import pytest

from tests.conftest import document_text, example

#: Every number-bearing fact of the Tianjin Dongli 2024 summary, written as that report writes it.
DONGLI_FIGURES = [
    "280余场次", "78个基层党组织", "20个", "发展党员57名", "入党积极分子39名",
    "科级干部22名", "科级干部41名", "102个", "1800余名", "100余名", "警示教育3次", "400余人",
    "12个", "10所", "30分钟", "98.93%", "3所学校", "4所学校", "500个", "近70个", "50个",
    "1170个", "5所民办幼儿园", "36.8%", "50.86%", "88.5%", "90.17%", "98.63%",
    "1080个", "30余场", "8个", "新建普通高中3所", "70.4%", "64.18%", "由61.67%提升至64.18%",
    "一等奖5个", "二等奖9个", "三等奖30个", "117个", "140余例", "96名", "55人", "417人",
    "50%及以上", "近30人", "13名", "百余场", "40余所", "300余节", "60余场", "36场次", "130余场",
    "超过68.31亿元", "14.15%", "17.13%", "14.20亿元", "13.91亿元", "增长2.1%",
    "2所新建学校", "4所学校完成智慧校园", "督查3次", "78所", "100%", "17所", "7所",
    "125批", "331人次", "336件", "3438名", "369.9万余元", "139名", "211万余元", "98000人次",
]


@pytest.fixture(scope="module")
def dongli_text(tmp_path_factory: pytest.TempPathFactory) -> str:
    from docx import Document

    from drafter.cli import main

    out = tmp_path_factory.mktemp("dongli") / "dongli.docx"
    assert main(["build", "examples/dongli-2024.json", "-o", str(out)]) == 0
    return document_text(Document(str(out)))


@pytest.mark.parametrize("figure", DONGLI_FIGURES)
def test_dongli_figure_appears_as_written(dongli_text: str, figure: str) -> None:
    assert figure in dongli_text


def test_dongli_reads_as_a_summary(dongli_text: str) -> None:
    lines = dongli_text.split("\n")
    assert lines[0] == "天津市东丽区2024年教育工作总结"
    assert lines[2].startswith("2024年，东丽区教育系统")
    assert "党的二十大和二十届二中、三中全会精神" in lines[2]
    level1 = [line for line in lines if line[:2] in ("一、", "二、", "三、", "四、", "五、")]
    assert [line[:2] for line in level1] == ["一、", "二、", "三、", "四、", "五、"]
    assert lines[-2:] == ["天津市东丽区教育局", "2024年12月31日"]
    assert "None" not in dongli_text


def test_the_example_data_holds_previous_values_where_the_report_gives_them() -> None:
    data = example("dongli-2024.json")
    assert data["support"]["funding"]["general_budget"]["previous"] == "13.91亿元"
    assert data["education"]["preschool"]["public_share"]["previous"] == "36.8%"
    assert data["support"]["funding"]["budget_share"]["previous_year"] == 2019


def test_sample_county_leaves_sections_out_and_uses_approximations(build) -> None:
    document = build(example("sample-county.json"))
    text = document_text(document)
    level1 = [p.text for p in document.paragraphs if p.style.name == "Heading 1"]
    assert level1 == [
        "一、坚持党建引领，全面加强教育系统党的建设",
        "二、坚持统筹协调，推动各类教育优质发展",
        "三、坚持教育优先发展，综合保障能力持续增强",
        "四、存在的问题",
        "五、2026年工作打算",
    ]
    assert "新增学前学位近400个" in text
    assert "在校学生约3.1万人" in text
    assert "较上年61200万元下降4.6%" in text  # money typed with its unit is written as typed
    assert "九年义务教育巩固率保持在99.8%" in text
    # the opening and the overview are separate paragraphs
    assert text.split("\n")[2].endswith("推动全县教育事业高质量发展。")
    assert text.split("\n")[3].startswith("全县共有各级各类学校46所")

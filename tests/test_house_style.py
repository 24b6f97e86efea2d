"""A bureau's house style in a few lines of the data file: section order, headings, numbering."""

from __future__ import annotations

import pytest

from drafter.model import KINDS
from tests.conftest import document_text

PARTS = {
    "party": {"theory": {"study_sessions": 12}},
    "education": {"preschool": {"new_places": 300}, "compulsory": {"new_places": 200}},
}


def _headings(document, style: str = "Heading 1") -> list[str]:
    return [p.text for p in document.paragraphs if p.style.name == style]


@pytest.mark.parametrize("kind", list(KINDS))
def test_party_building_comes_first_in_every_kind(build, report_data, kind: str) -> None:
    data = report_data(**PARTS)
    data["meta"]["kind"] = kind
    text = document_text(build(data))
    assert text.index("12场次") < text.index("300个")


def test_sections_follow_the_order_the_data_file_gives(build, report_data) -> None:
    data = report_data(**PARTS, style={"sections": ["各类教育", "party"]})
    assert [h[:2] for h in _headings(build(data))] == ["一、", "二、"]
    assert _headings(build(data))[0].startswith("一、坚持统筹协调") and "党" in _headings(build(data))[1]


def test_headings_are_renamed_by_their_chinese_name_or_key(build, report_data) -> None:
    style = {"headings": {"党的建设": "党建统领，全面从严治党", "education.preschool": "学前教育普惠发展"}}
    text = document_text(build(report_data(**PARTS, style=style)))
    assert "一、党建统领，全面从严治党" in text
    assert "1.学前教育普惠发展。新增学前学位300个" in text


def test_numbering_is_chosen_by_example(build, report_data) -> None:
    document = build(report_data(**PARTS, style={"numbering": {"1": "（一）", "3": "（1）"}}))
    assert _headings(document)[0].startswith("（一）")
    assert "（1）学前教育" in document_text(document)


def test_one_shi_writes_the_run_in_headings_inside_one_paragraph(build, report_data) -> None:
    document = build(report_data(**PARTS, style={"numbering": {"3": "一是"}}))
    paragraphs = [p.text for p in document.paragraphs]
    joined = [p for p in paragraphs if p.startswith("一是学前教育")]
    assert joined and "。二是义务教育" in joined[0]


@pytest.mark.parametrize(
    ("style", "message"),
    [
        ({"sections": ["体卫艺"]}, "style.sections 里的“体卫艺”不是报告的一部分"),
        ({"sections": ["党建"]}, "可以写：基本情况"),
        ({"headings": {"德育工作": "新标题"}}, "style.headings 里的“德育工作”不是报告的一部分"),
        ({"headings": {"党的建设": " "}}, "新标题是空的"),
        ({"numbering": {"1": "一是"}}, "第1级标题单独成行，不能用“一是”"),
        ({"numbering": {"3": "甲、"}}, "不是可选的值"),
    ],
)
def test_a_wrong_house_style_is_named(run_cli, tmp_path, report_data, style, message) -> None:
    import json

    source = tmp_path / "data.json"
    source.write_text(json.dumps(report_data(**PARTS, style=style), ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(source), "-o", str(tmp_path / "out.docx"))
    assert code == 1 and message in err, err
    assert not (tmp_path / "out.docx").exists()


@pytest.mark.parametrize("kind", list(KINDS))
def test_parts_follow_the_order_the_data_file_gives_inside_their_section(build, report_data, kind: str) -> None:
    data = report_data(**PARTS, style={"sections": ["义务教育", "education.preschool"]})
    data["meta"]["kind"] = kind
    text = document_text(build(data))
    assert text.index("新增义务教育学位200个") < text.index("新增学前学位300个")
    data["style"] = {}
    assert document_text(build(data)).index("新增学前学位300个") < document_text(build(data)).index("新增义务教育学位200个")


def test_a_level_never_takes_the_numbers_of_another(build, report_data) -> None:
    """``1.`` chosen for the first level: the run-in headings, which used ``1.``, give way."""
    document = build(report_data(**PARTS, style={"numbering": {"1": "1."}}))
    assert [h[:2] for h in _headings(document)] == ["1.", "2."]
    text = document_text(document)
    assert "（1）学前教育普及普惠水平持续提升。" in text and "\n1.学前" not in text


def test_the_self_evaluations_own_headings_are_renamed_too(build, report_data) -> None:
    data = report_data(**PARTS, style={"headings": {"做法与成效": "主要做法及成效"}})
    data["meta"]["kind"] = "self_evaluation"
    text = document_text(build(data))
    assert "一、主要做法及成效" in text and "做法与成效" not in text

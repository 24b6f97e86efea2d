"""The formal profile: 版头 (发文机关标志, 发文字号, red rule) and 版记, and the checks on its facts."""

from __future__ import annotations

import json
import zipfile
from pathlib import Path

import docx
import pytest
from docx.oxml.ns import qn

FORMAL = {
    "number": "东教发〔2022〕5号",
    "copy_to": ["区委教育工委", "区政府教育督导室"],
    "printer": "天津市东丽区教育局办公室",
    "print_date": "2022年3月1日",
}


@pytest.fixture
def formal_document(build, report_data):
    return build(report_data(opening=["一句话。"], style={"profile": "formal"}, formal=FORMAL))


def test_letterhead_comes_first_in_red(formal_document) -> None:
    texts = [p.text for p in formal_document.paragraphs[:8]]
    assert texts[1] == "天津市东丽区教育局文件"  # 发文机关全称加“文件”
    assert texts[4] == "东教发〔2022〕5号"  # 空二行
    assert texts[7] == "天津市东丽区2024年教育工作总结"  # 红色分隔线下空二行
    mark = formal_document.styles["发文机关标志"]
    assert mark.font.color.rgb == docx.shared.RGBColor(0xFF, 0, 0)
    assert mark.element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia")) == "方正小标宋简体"
    assert mark.element.pPr.find(qn("w:jc")).get(qn("w:val")) == "center"
    assert mark.element.pPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0"


def test_a_long_mark_is_narrowed_to_the_type_width(build, report_data) -> None:
    formal = {**FORMAL, "mark": "天津市东丽区教育局天津市东丽区财政局文件"}
    document = build(report_data(opening=["一句话。"], style={"profile": "formal"}, formal=formal))
    scale = int(document.styles["发文机关标志"].element.rPr.find(qn("w:w")).get(qn("w:val")))
    assert 20 * 42 * scale / 100 <= 8845 / 20  # 20 characters of 初号 fit 156 mm
    assert scale >= 50


def test_red_rule_spans_the_type_area_under_the_number(formal_document) -> None:
    rule = formal_document.styles["发文字号"].element.pPr.find(qn("w:pBdr")).find(qn("w:bottom"))
    assert rule.get(qn("w:color")) == "FF0000" and rule.get(qn("w:val")) == "single"
    number = formal_document.paragraphs[4].paragraph_format
    assert not number.left_indent and not number.right_indent  # as wide as the type area


def test_colophon_floats_at_the_foot_of_the_type_area(formal_document) -> None:
    (table,) = formal_document.tables
    tbl_pr = table._tbl.tblPr
    position = tbl_pr.find(qn("w:tblpPr"))
    assert position.get(qn("w:vertAnchor")) == "margin" and position.get(qn("w:tblpYSpec")) == "bottom"
    borders = tbl_pr.find(qn("w:tblBorders"))
    sizes = {edge: borders.find(qn(f"w:{edge}")).get(qn("w:sz")) for edge in ("top", "insideH", "bottom")}
    assert sizes == {"top": "8", "insideH": "6", "bottom": "8"}  # 0.35 / 0.25 / 0.35 mm
    assert tbl_pr.find(qn("w:tblW")).get(qn("w:w")) == "8845"  # 156 mm
    rows = [row.cells[0].paragraphs[0] for row in table.rows]
    assert rows[0].text == "抄送：区委教育工委，区政府教育督导室。"
    assert rows[1].text == "天津市东丽区教育局办公室\t2022年3月1日印发"
    assert [p.style.name for p in rows] == ["抄送", "印发"]
    assert formal_document.styles["印发"].font.size == docx.shared.Pt(14)  # 4号


def test_colophon_without_copies_has_only_the_imprint_row(build, report_data) -> None:
    formal = {"number": "东教发〔2022〕5号"}
    document = build(report_data(opening=["一句话。"], style={"profile": "formal"}, formal=formal))
    (table,) = document.tables
    assert [row.cells[0].text for row in table.rows] == ["天津市东丽区教育局\t2024年12月31日印发"]


def test_report_profile_has_no_letterhead_or_colophon(build, report_data) -> None:
    document = build(report_data(opening=["一句话。"], formal=FORMAL))
    assert document.paragraphs[0].style.name == "Title" and not document.tables
    assert "发文机关标志" not in [s.name for s in document.styles]


def test_profile_flag_turns_a_report_formal(build, report_data) -> None:
    document = build(report_data(opening=["一句话。"], formal=FORMAL), "--profile", "formal")
    assert document.paragraphs[1].text == "天津市东丽区教育局文件"


@pytest.mark.parametrize(
    ("number", "says"),
    [
        ("东教发[2022]5号", "六角括号"),
        ("东教发（2022）5号", "六角括号"),
        ("东教发〔2022〕第5号", "不加“第”"),
        ("东教发〔22〕5号", "写全四位"),
        ("东教发〔2022〕05号", "不编虚位"),
        ("东教发〔2022〕5", "“号”字"),
    ],
)
def test_bad_document_numbers_are_named_in_chinese(run_cli, tmp_path: Path, report_data, number: str, says: str) -> None:
    source = tmp_path / "data.json"
    data = report_data(opening=["一句话。"], formal={"number": number})
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(source), "-o", "out.docx")
    assert code == 1
    assert "发文字号（formal.number）" in err and says in err and "东教发〔2022〕5号" in err
    assert not (tmp_path / "out.docx").exists()


def test_formal_without_a_number_is_refused(run_cli, tmp_path: Path, report_data) -> None:
    source = tmp_path / "data.json"
    source.write_text(json.dumps(report_data(opening=["一句话。"]), ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(source), "-o", "out.docx", "--profile", "formal")
    assert code == 1 and "必须有发文字号" in err and "formal.number" in err
    assert not (tmp_path / "out.docx").exists()


def test_print_date_accepts_the_chinese_form_and_is_written_without_padding(formal_document) -> None:
    cell = formal_document.tables[0].rows[1].cells[0].text
    assert cell.endswith("2022年3月1日印发")


def test_formal_styles_are_named_for_the_clerk(tmp_path: Path, build, report_data) -> None:
    build(report_data(opening=["一句话。"], style={"profile": "formal"}, formal=FORMAL))
    styles_xml = zipfile.ZipFile(tmp_path / "out.docx").read("word/styles.xml").decode()
    for name in ("发文机关标志", "发文字号", "抄送", "印发"):
        assert f'w:name w:val="{name}"' in styles_xml


def test_markdown_preview_shows_letterhead_and_colophon(run_cli, tmp_path: Path, report_data) -> None:
    source = tmp_path / "data.json"
    data = report_data(opening=["一句话。"], style={"profile": "formal"}, formal=FORMAL)
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, out, _ = run_cli("build", str(source), "--format", "md")
    assert code == 0
    assert out.startswith("**天津市东丽区教育局文件**\n\n东教发〔2022〕5号")
    assert out.rstrip().endswith("天津市东丽区教育局办公室　2022年3月1日印发")

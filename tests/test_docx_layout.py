"""The .docx a clerk opens: named styles with East Asian fonts, A4 margins, page numbers, outline."""

from __future__ import annotations

import zipfile
from pathlib import Path

import docx
import pytest
from docx.enum.text import WD_LINE_SPACING
from docx.oxml.ns import qn
from docx.shared import Pt

from drafter.cli import main

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
#: One character (一字) on the 28-character line: 156 mm / 28, in points.
GRID_CHAR_PT = 156 / 25.4 * 72 / 28


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory) -> Path:
    out = tmp_path_factory.mktemp("layout") / "dongli.docx"
    assert main(["build", "examples/dongli-2024.json", "-o", str(out)]) == 0
    return out


@pytest.fixture(scope="module")
def document(built: Path):
    return docx.Document(str(built))


def east_asian_font(style) -> str | None:
    fonts = style.element.rPr.find(qn("w:rFonts"))
    return fonts.get(qn("w:eastAsia"))


def test_a4_with_gbt9704_margins(document) -> None:
    section = document.sections[0]
    assert (round(section.page_width.mm), round(section.page_height.mm)) == (210, 297)
    margins = [section.top_margin, section.bottom_margin, section.left_margin, section.right_margin]
    assert [round(m.mm) for m in margins] == [37, 35, 28, 26]
    # in twips, as research/gbt9704.md tabulates them
    assert [m.twips for m in margins] == [2098, 1984, 1587, 1474]


@pytest.mark.parametrize(
    ("style", "font", "size"),
    [
        ("Title", "方正小标宋简体", 22),
        ("Normal", "仿宋_GB2312", 16),
        ("Heading 1", "黑体", 16),
        ("Heading 2", "楷体_GB2312", 16),
        ("Heading 3", "仿宋_GB2312", 16),
    ],
)
def test_named_styles_carry_their_east_asian_fonts(document, style: str, font: str, size: int) -> None:
    named = document.styles[style]
    assert east_asian_font(named) == font
    assert named.font.size == Pt(size)
    assert named.font.name == "Times New Roman"  # digits and Latin letters
    fonts = named.element.rPr.find(qn("w:rFonts"))
    assert not [a for a in fonts.attrib if a.endswith("Theme") or a.endswith("theme")]
    assert fonts.get(qn("w:hint")) == "eastAsia"
    assert named.element.rPr.find(qn("w:lang")).get(qn("w:eastAsia")) == "zh-CN"


def test_document_defaults_have_no_theme_fonts(built: Path) -> None:
    styles_xml = zipfile.ZipFile(built).read("word/styles.xml").decode()
    defaults = styles_xml.split("<w:docDefaults>")[1].split("</w:docDefaults>")[0]
    assert "Theme" not in defaults and "theme" not in defaults
    assert 'w:eastAsia="仿宋_GB2312"' in defaults


def test_body_uses_exact_line_spacing_and_two_character_indent(document) -> None:
    body = document.styles["Normal"].paragraph_format
    assert body.line_spacing_rule == WD_LINE_SPACING.EXACTLY
    assert body.line_spacing == Pt(28.95)
    assert abs(body.first_line_indent.pt - 2 * GRID_CHAR_PT) < 0.05  # 左空二字 on the 28-character grid
    ind = document.styles["Normal"].element.pPr.find(qn("w:ind"))
    assert ind.get(qn("w:firstLineChars")) == "200"


def test_paragraphs_use_styles_not_direct_formatting(document) -> None:
    used = {p.style.name for p in document.paragraphs}
    assert used == {"Title", "Normal", "Heading 1", "Heading 3", "署名", "成文日期"}
    for paragraph in document.paragraphs:
        for run in paragraph.runs:
            fonts = None if run.element.rPr is None else run.element.rPr.find(qn("w:rFonts"))
            assert fonts is None or dict(fonts.attrib) == {qn("w:hint"): "eastAsia"}  # no font names


def test_quotes_and_dashes_are_hinted_east_asian_on_their_runs(document) -> None:
    quoted = [r for p in document.paragraphs for r in p.runs if "“" in r.text]
    assert quoted
    for run in quoted:
        assert run.element.rPr.find(qn("w:rFonts")).get(qn("w:hint")) == "eastAsia"


def test_headings_carry_outline_levels(document) -> None:
    for style, level in (("Heading 1", "0"), ("Heading 2", "1"), ("Heading 3", "2")):
        outline = document.styles[style].element.pPr.find(qn("w:outlineLvl"))
        assert outline.get(qn("w:val")) == level


def test_run_in_headings_share_the_paragraph_with_their_text(document) -> None:
    paragraph = next(p for p in document.paragraphs if p.text.startswith("1.理论武装持续深化。"))
    lead, text = paragraph.runs[0], paragraph.runs[1]
    assert lead.text == "1.理论武装持续深化。" and lead.style.name == "段首标题"
    assert text.text.startswith("及时传达学习")


def test_title_is_centred_and_the_closing_is_placed_by_7352(document) -> None:
    from docx.enum.text import WD_ALIGN_PARAGRAPH

    assert document.paragraphs[0].style.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    signature, date = document.paragraphs[-2], document.paragraphs[-1]
    assert (signature.text, date.text) == ("天津市东丽区教育局", "2024年12月31日")  # no zero padding
    assert document.paragraphs[-3].text == ""  # one blank line before the signature
    sig, dat = signature.style.paragraph_format, date.style.paragraph_format
    # The 9-character 署名 is not two characters longer than the date, so the date ends 右空二字
    # and the 署名 starts two characters left of the date's first character (the PDF test
    # measures both).
    assert dat.alignment == sig.alignment == WD_ALIGN_PARAGRAPH.LEFT
    assert abs(dat.left_indent.pt - sig.left_indent.pt - 2 * GRID_CHAR_PT) < 0.05
    assert signature.style.paragraph_format.keep_with_next


def test_a_long_signature_is_right_aligned_two_characters_in(build, report_data) -> None:
    data = report_data(opening=["一句话。"])
    data["meta"]["organ"] = "天津市东丽区人民政府教育督导委员会办公室"
    document = build(data)
    signature, date = document.paragraphs[-2], document.paragraphs[-1]
    assert signature.style.paragraph_format.alignment == 2  # right
    assert abs(signature.style.paragraph_format.right_indent.pt - 2 * GRID_CHAR_PT) < 0.05
    # the date's first character is two characters right of the 署名's first character:
    # type width − 右空二字 − 20 condensed characters (15.7 pt) + 二字
    assert date.style.paragraph_format.alignment == 0
    assert date.style.paragraph_format.left_indent.pt == pytest.approx(8845 / 20 - 20 * 15.7, abs=0.1)


def test_page_numbers_are_page_fields_between_dashes(built: Path, document) -> None:
    names = zipfile.ZipFile(built).namelist()
    footers = [n for n in names if n.startswith("word/footer")]
    assert len(footers) == 2  # odd and even pages
    section = document.sections[0]
    for footer, side in ((section.footer, "right"), (section.even_page_footer, "left")):
        paragraph = footer.paragraphs[0]
        assert paragraph.text == "— 1 —"
        assert "PAGE" in paragraph._p.xml
        assert paragraph._p.pPr.find(qn("w:jc")).get(qn("w:val")) == side
    settings = zipfile.ZipFile(built).read("word/settings.xml").decode()
    assert "evenAndOddHeaders" in settings


def test_core_properties_name_the_report(document) -> None:
    props = document.core_properties
    assert props.title == "天津市东丽区2024年教育工作总结"
    assert props.author == "天津市东丽区教育局"
    assert props.language == "zh-CN"
    assert props.created is not None


# -- grid, condensing, footers, profiles ------------------------------------------------------------
def test_section_declares_the_22_by_28_grid(built: Path) -> None:
    document_xml = zipfile.ZipFile(built).read("word/document.xml").decode()
    grid = document_xml.split("<w:docGrid ")[1].split("/>")[0]
    assert 'w:type="linesAndChars"' in grid and 'w:linePitch="579"' in grid
    char_space = int(grid.split('w:charSpace="')[1].split('"')[0])
    # ECMA-376 17.6.5: pitch = Normal size + charSpace/4096 pt; 28 of them fill the type width
    pitch = 16 + char_space / 4096
    assert 28 * pitch <= 8845 / 20 < 28 * pitch + 0.01
    assert 22 * 579 <= 16838 - 2098 - 1984  # 22 lines fit the 225 mm type area


def test_body_styles_condense_to_28_characters_and_do_not_snap(document) -> None:
    for name in ("Normal", "Heading 1", "Heading 2", "Heading 3", "署名", "成文日期"):
        style = document.styles[name].element
        spacing = int(style.rPr.find(qn("w:spacing")).get(qn("w:val")))
        assert 28 * (320 + spacing) <= 8845 < 29 * (320 + spacing), name
        assert style.pPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0", name
        assert style.pPr.find(qn("w:spacing")).get(qn("w:lineRule")) == "exact", name


def test_title_is_not_snapped_and_keeps_its_own_pitch(document) -> None:
    title = document.styles["Title"].element
    assert title.pPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0"
    assert title.rPr.find(qn("w:snapToGrid")).get(qn("w:val")) == "0"
    assert title.rPr.find(qn("w:spacing")) is None  # large type is not condensed


def test_page_number_style_is_sihao_songti_for_digits_too(document) -> None:
    style = document.styles["页码"]
    fonts = style.element.rPr.find(qn("w:rFonts"))
    assert {fonts.get(qn(f"w:{a}")) for a in ("ascii", "hAnsi", "eastAsia")} == {"宋体"}
    assert style.font.size == Pt(14)


def test_outside_page_numbers_sit_one_character_in(document) -> None:
    section = document.sections[0]
    odd = section.footer.paragraphs[0].paragraph_format
    even = section.even_page_footer.paragraphs[0].paragraph_format
    assert odd.right_indent == Pt(14) and even.left_indent == Pt(14)  # 空一字 (4号)


def test_centred_page_numbers_use_one_footer(build, report_data) -> None:
    document = build(report_data(opening=["一句话。"], style={"page_numbers": "center"}))
    assert not document.settings.odd_and_even_pages_header_footer
    footer = document.sections[0].footer.paragraphs[0]
    assert footer.text == "— 1 —" and "PAGE" in footer._p.xml
    assert footer._p.pPr.find(qn("w:jc")).get(qn("w:val")) == "center"


def test_electronic_margins_and_pitch(build, report_data) -> None:
    document = build(report_data(opening=["一句话。"]), "--margins", "electronic")
    section = document.sections[0]
    assert [m.mm for m in (section.top_margin, section.bottom_margin)] == pytest.approx([34.58, 32.58], abs=0.02)
    assert [round(m.mm) for m in (section.left_margin, section.right_margin)] == [28, 26]
    assert document.styles["Normal"].paragraph_format.line_spacing == Pt(29.45)
    grid = section._sectPr.find(qn("w:docGrid"))
    assert grid.get(qn("w:linePitch")) == "589"


def test_a_flag_overrides_the_data_file(build, report_data) -> None:
    document = build(report_data(opening=["一句话。"], style={"page_numbers": "center"}), "--page-numbers", "outside")
    assert document.settings.odd_and_even_pages_header_footer


def test_long_title_is_split_into_balanced_lines(build, report_data) -> None:
    data = report_data(opening=["一句话。"])
    data["meta"]["title"] = "天津市东丽区人民政府教育督导室关于2023年度履行教育职责情况的自评报告"
    title = build(data).paragraphs[0]
    assert title.style.name == "Title"
    assert title.text == "天津市东丽区人民政府教育督导室\n关于2023年度履行教育职责情况的自评报告"


def test_recipient_follows_the_title_flush_left(build, report_data) -> None:
    data = report_data(opening=["一句话。"])
    data["meta"]["recipient"] = "区政府教育督导室"
    paragraphs = build(data).paragraphs
    assert [p.text for p in paragraphs[:3]] == ["天津市东丽区2024年教育工作总结", "", "区政府教育督导室："]
    recipient = paragraphs[2].style
    assert recipient.name == "主送机关"
    assert recipient.paragraph_format.alignment == 0 and not recipient.paragraph_format.first_line_indent


@pytest.mark.parametrize("margins", ["standard", "electronic"])
def test_both_margin_profiles_hold_exactly_22_lines(margins: str) -> None:
    from drafter.writers.word import layout_for

    layout = layout_for(margins)
    assert layout.type_height_twips // layout.line_pitch_twips == 22
    assert layout.type_width_twips == 8845  # 156 mm either way

"""Page setup: A4, the profile's margins, the 22 × 28 document grid and ``— 1 —`` page numbers.

Page numbers follow GB/T 9704-2012 7.5: 4号半角宋体阿拉伯数字 with a 一字线 on each side, odd
pages right-aligned and even pages left-aligned, each one character in from the edge of the type
area. The centred option (every page ``— n —`` in the middle) is the house style of many report
materials (gbt9704.md §9).
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.document import Document
from docx.shared import Mm, Twips
from docx.text.paragraph import Paragraph

from drafter.writers.word import styles
from drafter.writers.word.layout import Layout, mm_to_twips
from drafter.writers.word.xml import element, replace_child

if TYPE_CHECKING:
    from lxml import etree

DASH = "\u2014"


def set_up_page(document: Document, layout: Layout) -> None:
    section = document.sections[0]
    section.page_width = Twips(layout.page_width_twips)
    section.page_height = Twips(layout.page_height_twips)
    section.top_margin = Twips(mm_to_twips(layout.margins.top))
    section.bottom_margin = Twips(mm_to_twips(layout.margins.bottom))
    section.left_margin = Twips(mm_to_twips(layout.margins.left))
    section.right_margin = Twips(mm_to_twips(layout.margins.right))
    section.gutter = Twips(0)
    section.footer_distance = Mm(layout.footer_distance_mm)
    section.different_first_page_header_footer = False
    _document_grid(section._sectPr, layout)
    if layout.page_numbers == "center":
        document.settings.odd_and_even_pages_header_footer = False
        _page_number(document, section.footer.paragraphs[0], "center", layout)
        return
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(document, section.footer.paragraphs[0], "right", layout)
    _page_number(document, section.even_page_footer.paragraphs[0], "left", layout)


def _document_grid(sect_pr: etree._Element, layout: Layout) -> None:
    """每面排22行，每行排28个字 (5.2.3): Word's "指定行和字符网格" in Page Setup."""
    grid = element(
        f'<w:docGrid w:type="linesAndChars" w:linePitch="{layout.line_pitch_twips}"'
        f' w:charSpace="{layout.grid_char_space}"/>'
    )
    replace_child(sect_pr, grid)


def _page_number(document: Document, paragraph: Paragraph, side: str, layout: Layout) -> None:
    """``— n —`` with a PAGE field; outside page numbers sit one character in from the edge."""
    paragraph.style = document.styles[styles.PAGE_NUMBER]
    ppr = paragraph._p.get_or_add_pPr()
    indent = layout.page_number_indent_twips
    if side == "right":
        ppr.append(element(f'<w:ind w:left="0" w:right="{indent}"/>'))
    elif side == "left":
        ppr.append(element(f'<w:ind w:left="{indent}" w:right="0"/>'))
    ppr.append(element(f'<w:jc w:val="{side}"/>'))
    paragraph.add_run(f"{DASH} ")
    for part in (
        '<w:fldChar w:fldCharType="begin"/>',
        '<w:instrText xml:space="preserve"> PAGE </w:instrText>',
        '<w:fldChar w:fldCharType="separate"/>',
        "<w:t>1</w:t>",
        '<w:fldChar w:fldCharType="end"/>',
    ):
        paragraph.add_run()._r.append(element(part))
    paragraph.add_run(f" {DASH}")


"""Page setup: A4, the standard's margins, and ``— 1 —`` page numbers in the footer.

Page numbers follow GB/T 9704-2012 7.5: 4号宋体, a 一字线 on each side, odd pages right-aligned
and even pages left-aligned, each one character in from the edge of the type area.
"""

from __future__ import annotations

from docx.document import Document
from docx.shared import Mm, Twips
from docx.text.paragraph import Paragraph

from drafter.writers.word import styles
from drafter.writers.word.layout import Layout
from drafter.writers.word.xml import element

DASH = "\u2014"


def set_up_page(document: Document, layout: Layout) -> None:
    section = document.sections[0]
    section.page_width = Mm(layout.page_width_mm)
    section.page_height = Mm(layout.page_height_mm)
    section.top_margin = Mm(layout.margin_top_mm)
    section.bottom_margin = Mm(layout.margin_bottom_mm)
    section.left_margin = Mm(layout.margin_left_mm)
    section.right_margin = Mm(layout.margin_right_mm)
    section.gutter = Twips(0)
    section.footer_distance = Mm(layout.footer_distance_mm)
    section.different_first_page_header_footer = False
    document.settings.odd_and_even_pages_header_footer = True
    _page_number(document, section.footer.paragraphs[0], "right", layout)
    _page_number(document, section.even_page_footer.paragraphs[0], "left", layout)


def _page_number(document: Document, paragraph: Paragraph, side: str, layout: Layout) -> None:
    """``— n —`` with a PAGE field, one character in from the outer edge."""
    paragraph.style = document.styles[styles.PAGE_NUMBER]
    one_char = round(layout.page_number_size_pt * 20)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(element(f'<w:ind w:{"right" if side == "right" else "left"}="{one_char}"/>'))
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

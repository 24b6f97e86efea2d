"""版记 at the foot of the last page (GB/T 9704-2012 7.4).

A one-column borderless table floats at the bottom of the type area, so its last rule coincides
with the bottom edge of the type area whatever the length of the text above it (7.4.1). It is
placed from the page's left edge, not centred in the margins: LibreOffice keeps a table as wide
as the type area in the text flow unless it is positioned relative to the page. Rules:
the first and last thick (0.35 mm, ``w:sz`` 8 eighths of a point), the one between thin
(0.25 mm, ``w:sz`` 6), all black and as wide as the type area. 抄送 (7.4.2) and 印发机关/印发日期
(7.4.3) are 4号仿宋, one character in from each side, each row one body line high.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from docx.document import Document
from docx.oxml.ns import qn

from drafter.outline import Colophon
from drafter.writers.measure import text_width
from drafter.writers.word import styles
from drafter.writers.word.layout import Layout, mm_to_twips, pt_to_twips
from drafter.writers.word.xml import element

if TYPE_CHECKING:
    from lxml import etree

THICK_EIGHTHS = 8  # 1 pt ≈ 0.35 mm
THIN_EIGHTHS = 6  # 0.75 pt ≈ 0.26 mm
COPY_TO_LABEL = "抄送："


def copy_to_label_twips(layout: Layout) -> int:
    """Continuation lines of 抄送 align under the first name, after ``抄送：``."""
    return round(text_width(COPY_TO_LABEL) * pt_to_twips(layout.colophon_size_pt))


def write_colophon(document: Document, colophon: Colophon, layout: Layout) -> None:
    rows = []
    if colophon.copy_to:
        rows.append((styles.COPY_TO, [colophon.copy_to_text]))
    rows.append((styles.IMPRINT, [colophon.printer, colophon.imprint_text]))
    table = element(_table_xml(layout, len(rows)))
    for tr, (style, texts) in zip(table.findall(qn("w:tr")), rows):
        (cell,) = tr.findall(qn("w:tc"))  # one cell a row, as built above
        _fill_cell(document, cell, style, texts)
    body = document.element.body
    body.insert(len(body) - 1, table)  # before w:sectPr
    _anchor_paragraph(document)


def _table_xml(layout: Layout, row_count: int) -> str:
    width = layout.type_width_twips
    rule = 'w:val="single" w:space="0" w:color="000000"'
    row = (
        f'<w:tr><w:trPr><w:cantSplit/><w:trHeight w:val="{layout.line_pitch_twips}" w:hRule="exact"/></w:trPr>'
        f'<w:tc><w:tcPr><w:tcW w:w="{width}" w:type="dxa"/><w:vAlign w:val="center"/></w:tcPr></w:tc></w:tr>'
    )
    return (
        "<w:tbl><w:tblPr>"
        '<w:tblpPr w:leftFromText="0" w:rightFromText="0" w:topFromText="0" w:bottomFromText="0"'
        f' w:vertAnchor="margin" w:tblpYSpec="bottom" w:horzAnchor="page" w:tblpX="{mm_to_twips(layout.margins.left)}"/>'
        '<w:tblOverlap w:val="never"/>'
        f'<w:tblW w:w="{width}" w:type="dxa"/><w:jc w:val="center"/>'
        "<w:tblBorders>"
        f'<w:top {rule} w:sz="{THICK_EIGHTHS}"/><w:left w:val="nil"/>'
        f'<w:bottom {rule} w:sz="{THICK_EIGHTHS}"/><w:right w:val="nil"/>'
        f'<w:insideH {rule} w:sz="{THIN_EIGHTHS}"/><w:insideV w:val="nil"/>'
        "</w:tblBorders>"
        '<w:tblLayout w:type="fixed"/>'
        '<w:tblCellMar><w:top w:w="0" w:type="dxa"/><w:left w:w="0" w:type="dxa"/>'
        '<w:bottom w:w="0" w:type="dxa"/><w:right w:w="0" w:type="dxa"/></w:tblCellMar>'
        '<w:tblLook w:val="0000" w:firstRow="0" w:lastRow="0" w:firstColumn="0" w:lastColumn="0"'
        ' w:noHBand="1" w:noVBand="1"/>'
        f'</w:tblPr><w:tblGrid><w:gridCol w:w="{width}"/></w:tblGrid>'
        + row * row_count
        + "</w:tbl>"
    )


def _fill_cell(document: Document, tc: etree._Element, style: str, texts: list[str]) -> None:
    """One paragraph; the 印发 row puts the date after a right tab stop one character in."""
    p = element(f'<w:p><w:pPr><w:pStyle w:val="{document.styles[style].style_id}"/></w:pPr></w:p>')
    for index, text in enumerate(texts):
        if index:
            p.append(element("<w:r><w:tab/></w:r>"))
        run = element('<w:r><w:t xml:space="preserve"></w:t></w:r>')
        run[0].text = text
        p.append(run)
    tc.append(p)


def _anchor_paragraph(document: Document) -> None:
    """A document ends with a paragraph; this one holds the floating table and takes no room."""
    paragraph = document.add_paragraph(style=styles.BODY)
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(element('<w:spacing w:before="0" w:after="0" w:line="20" w:lineRule="exact"/>'))

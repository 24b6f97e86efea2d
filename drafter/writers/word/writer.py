"""Write an outline as a .docx: 版头 (formal), title, 主送机关, headings, paragraphs, 署名, 日期, 版记.

A report issued with a 印发通知 is written as the notice (title, 主送机关, its sentence, 署名, 日期)
followed by the report on a new page: its title, then its body, without a second 署名. GB/T 9704-2012
has no clause for the document a notice issues; its nearest rule, 附件 (7.3.7), puts the attached
document on a page of its own after the 成文日期, before the 版记, numbered on with the notice. The
notice does not call the report an 附件 (no 附件说明, no “附件” label), so its title takes the label's
place on the first line of the new page.
"""

from __future__ import annotations

import re
from typing import Iterator, cast

from docx.document import Document as DocumentType
from docx.oxml.ns import qn
from docx.oxml.text.paragraph import CT_P
from docx.oxml.text.run import CT_R
from docx.text.paragraph import Paragraph as DocxParagraph
from lxml import etree

from drafter.outline import Block, Heading, Outline, Paragraph
from drafter.writers.measure import text_width
from drafter.writers.title_lines import balanced_lines
from drafter.writers.word import styles
from drafter.writers.word.base import new_document
from drafter.writers.word.colophon import copy_to_label_twips, write_colophon
from drafter.writers.word.layout import STANDARD, Layout, pt_to_twips
from drafter.writers.word.letterhead import mark_scale_percent, write_letterhead
from drafter.writers.word.package import (
    document_time,
    drop_unused_styles,
    saved,
    set_properties,
)
from drafter.writers.word.page import set_up_page
from drafter.writers.word.xml import element

_BR = qn("w:br")
_R = qn("w:r")
_T = qn("w:t")
_BREAKS = re.compile(r"(\t|\r\n|\n|\r)")
#: XML's special characters in text (``xml.sax.saxutils.escape`` would import urllib and ssl).
_ESCAPES = str.maketrans({"&": "&amp;", "<": "&lt;", ">": "&gt;"})
_SPECIAL = {"\t": "<w:tab/>", "\n": "<w:br/>", "\r": "<w:br/>", "\r\n": "<w:br/>"}


def write_docx(outline: Outline, layout: Layout = STANDARD) -> bytes:
    """The finished document as bytes (the caller writes them atomically)."""
    document = new_document()
    styles.apply_styles(document, layout, closing_indents(outline, layout), _formal_styles(outline, layout))
    set_up_page(document, layout)
    if outline.letterhead is not None:
        write_letterhead(document, outline.letterhead, layout)
    _write_body(document, outline, layout)
    if outline.colophon is not None:
        write_colophon(document, outline.colophon, layout)
    drop_unused_styles(document, styles.OWN_STYLES)
    when = document_time(outline)
    set_properties(document, outline, when)
    return saved(document, when)


def _formal_styles(outline: Outline, layout: Layout) -> styles.FormalStyles | None:
    if outline.letterhead is None and outline.colophon is None:
        return None
    mark = outline.letterhead.mark if outline.letterhead else ""
    return styles.FormalStyles(
        mark_scale_percent=mark_scale_percent(mark, layout), copy_to_label_twips=copy_to_label_twips(layout)
    )


def title_lines(title: str, layout: Layout) -> list[str]:
    """A title in balanced lines that fit the type width at the title's size (7.3.1)."""
    return balanced_lines(title, layout.type_width_twips / pt_to_twips(layout.title_size_pt))


def _hint_east_asian(body: etree._Element) -> None:
    """``w:hint="eastAsia"`` on runs with quotes or dashes, as Word writes it when a clerk types them.

    These characters exist in both Latin and Chinese fonts; without the hint on the run Word may
    set them in Times New Roman (the style's Latin font). No font name is written on the run.
    """
    for run in cast(Iterator[CT_R], body.iter(_R)):  # python-docx's element classes
        text = "".join(t.text or "" for t in run.iter(_T))
        if any(0x2000 <= ord(c) <= 0x206F or c == "\u00b7" for c in text):
            rpr = run.get_or_add_rPr()
            hint = element('<w:rFonts w:hint="eastAsia"/>')
            style = rpr.find(qn("w:rStyle"))
            if style is not None:  # schema order: rStyle, then rFonts
                style.addnext(hint)
            else:
                rpr.insert(0, hint)


def _write_body(document: DocumentType, outline: Outline, layout: Layout) -> None:
    ids = _StyleIds(document)
    notice = outline.notice
    if notice is not None:
        _write_title(document, ids, notice.title, layout)
        _write_recipient(document, ids, notice.recipient)
        _write_closing(document, ids, outline, _add(document, ids, styles.BODY, notice.text))
    title = _write_title(document, ids, outline.title, layout)
    if notice is not None:  # the report on a page of its own (by analogy with 附件, 7.3.7)
        title.paragraph_format.page_break_before = True
    _write_recipient(document, ids, outline.recipient)
    last = _write_blocks(document, ids, outline.blocks)
    if notice is None:
        _write_closing(document, ids, outline, last)
    _hint_east_asian(document.element.body)


def _write_title(document: DocumentType, ids: _StyleIds, text: str, layout: Layout) -> DocxParagraph:
    """The title in its balanced lines, then 空一行 (7.3.1, 7.3.2)."""
    title = _add(document, ids, styles.TITLE)
    for index, line in enumerate(title_lines(text, layout)):
        run = title.add_run(line)
        if index:
            run._r.insert(0, run._r.makeelement(_BR, {}))
    _add(document, ids, styles.BODY)
    return title


def _write_recipient(document: DocumentType, ids: _StyleIds, recipient: str) -> None:
    """主送机关 flush left, ending with a 全角冒号 (7.3.2)."""
    if recipient:
        _add(document, ids, styles.RECIPIENT, f"{recipient}：")


def _write_blocks(document: DocumentType, ids: _StyleIds, blocks: list[Block]) -> DocxParagraph | None:
    last = None
    for block in blocks:
        if isinstance(block, Heading):
            last = _add(document, ids, styles.HEADINGS[block.level], block.full_text)
        else:
            last = _paragraph(document, ids, block)
    return last


def _write_closing(
    document: DocumentType, ids: _StyleIds, outline: Outline, last: DocxParagraph | None
) -> None:
    """署名 and 成文日期 one blank line below the text, kept on the text's last page (7.3.5)."""
    if last is not None:
        last.paragraph_format.keep_with_next = True
    blank = _add(document, ids, styles.BODY)
    blank.paragraph_format.keep_with_next = True
    _add(document, ids, styles.SIGNATURE, outline.signature)
    _add(document, ids, styles.DATE, outline.date_text)


class _StyleIds(dict[str, str]):
    """Style name → style id, looked up once.

    python-docx resolves a style name by scanning every style on each paragraph, which made
    that lookup most of the writing time; setting the id directly gives the same XML.
    """

    def __init__(self, document: DocumentType):
        super().__init__((style.name, style.style_id) for style in document.styles)


def _add(
    document: DocumentType, ids: _StyleIds, style: str, text: str = "", lead: str = ""
) -> DocxParagraph:
    """Append a paragraph in ``style``, opening with ``lead`` in the run-in heading style.

    The paragraph is written as XML: python-docx's ``add_paragraph`` and ``add_run`` search the
    body and each run for the place of every new element, which made them most of the writing.
    """
    properties = "" if style == styles.BODY else f'<w:pPr><w:pStyle w:val="{ids[style]}"/></w:pPr>'
    runs = (_run_xml(lead, ids[styles.RUN_IN]) if lead else "") + (_run_xml(text) if text else "")
    paragraph = element(f"<w:p>{properties}{runs}</w:p>")
    document.element.body.sectPr.addprevious(paragraph)
    return DocxParagraph(cast(CT_P, paragraph), document._body)


def _run_xml(text: str, style_id: str = "") -> str:
    """A run of text; tabs and line breaks become ``w:tab`` and ``w:br`` as python-docx writes them."""
    properties = f'<w:rPr><w:rStyle w:val="{style_id}"/></w:rPr>' if style_id else ""
    content = "".join(
        _SPECIAL.get(part) or f'<w:t xml:space="preserve">{part.translate(_ESCAPES)}</w:t>'
        for part in _BREAKS.split(text)
        if part
    )
    return f"<w:r>{properties}{content}</w:r>"


def _paragraph(document: DocumentType, ids: _StyleIds, block: Paragraph) -> DocxParagraph:
    if not block.lead:
        return _add(document, ids, styles.BODY, block.text)
    return _add(document, ids, styles.HEADINGS[block.lead_level], block.text, lead=block.lead)


def closing_indents(outline: Outline, layout: Layout) -> styles.ClosingIndents:
    """GB/T 9704-2012 7.3.5.2 (no seal): 署名 右空二字; the date's first character two characters
    right of the 署名's first character. When the date is longer than that allows, the date is
    右空二字 and the 署名 moves left instead.

    Both lines are placed from the left edge of the date or 署名 they start with, so the
    two-character offset a reviewer measures is exact. Only the line that is 右空二字 depends on
    a width: exact for an all-Chinese 署名; estimated for a date, whose digits and the spacing
    Word and LibreOffice add between Chinese and digits vary with the installed fonts.
    """
    pitch, two = layout.body_char_twips, 2 * layout.char_pitch_twips
    width = layout.type_width_twips
    signature = text_width(outline.signature) * pitch
    date = date_width(outline.date_text) * pitch
    if signature >= date + two:
        start = width - two - signature
        return styles.ClosingIndents(
            styles.Placement("right", round(two)), styles.Placement("left", round(start + two))
        )
    start = width - two - date
    return styles.ClosingIndents(
        styles.Placement("left", max(0, round(start - two))), styles.Placement("left", round(start))
    )


def date_width(text: str) -> float:
    """A date's width in characters, allowing a quarter character at each Chinese/digit seam."""
    seams = sum(1 for a, b in zip(text, text[1:]) if a.isascii() != b.isascii())
    return text_width(text) + 0.25 * seams

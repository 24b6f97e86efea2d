"""Write an outline as a .docx: title, 主送机关, numbered headings, paragraphs, 署名 and 日期."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.document import Document as DocumentType
from docx.text.paragraph import Paragraph as DocxParagraph

from drafter.outline import Heading, Outline, Paragraph
from drafter.writers.word import styles
from drafter.writers.word.layout import STANDARD, Layout
from drafter.writers.word.page import set_up_page


def write_docx(outline: Outline, layout: Layout = STANDARD) -> bytes:
    """The finished document as bytes (the caller writes them atomically)."""
    document = Document()
    styles.apply_styles(document, layout, closing_indents(outline, layout))
    set_up_page(document, layout)
    _write_body(document, outline)
    _set_properties(document, outline)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def _write_body(document: DocumentType, outline: Outline) -> None:
    ids = _StyleIds(document)
    _add(document, ids, styles.TITLE, outline.title)
    _add(document, ids, styles.BODY)  # 空一行
    if outline.recipient:
        _add(document, ids, styles.RECIPIENT, f"{outline.recipient}：")
    last = None
    for block in outline.blocks:
        if isinstance(block, Heading):
            last = _add(document, ids, styles.HEADINGS[block.level], block.full_text)
        else:
            last = _paragraph(document, ids, block)
    if last is not None:
        last.paragraph_format.keep_with_next = True
    blank = _add(document, ids, styles.BODY)
    blank.paragraph_format.keep_with_next = True
    _add(document, ids, styles.SIGNATURE, outline.signature)
    _add(document, ids, styles.DATE, outline.date_text)


class _StyleIds(dict):  # type: ignore[type-arg]
    """Style name → style id, looked up once.

    python-docx resolves a style name by scanning every style on each paragraph, which made
    that lookup most of the writing time; setting the id directly gives the same XML.
    """

    def __init__(self, document: DocumentType):
        super().__init__((style.name, style.style_id) for style in document.styles)


def _add(document: DocumentType, ids: _StyleIds, style: str, text: str = "") -> DocxParagraph:
    paragraph = document.add_paragraph(text)
    if style != styles.BODY:
        paragraph._p.style = ids[style]
    return paragraph


def _paragraph(document: DocumentType, ids: _StyleIds, block: Paragraph) -> DocxParagraph:
    if not block.lead:
        return _add(document, ids, styles.BODY, block.text)
    paragraph = _add(document, ids, styles.HEADINGS[block.lead_level])
    paragraph.add_run(block.lead)._r.style = ids[styles.RUN_IN]
    paragraph.add_run(block.text)
    return paragraph


def closing_indents(outline: Outline, layout: Layout) -> styles.ClosingIndents:
    """GB/T 9704-2012 7.3.5.2 (no seal): 署名 右空二字; the date starts two characters to its right.

    When the date is too long for that, the date is 右空二字 and the 署名 moves left instead.
    """
    signature, date = text_width(outline.signature), text_width(outline.date_text)
    if signature >= date + 2:
        right_signature, right_date = 2.0, signature - date
    else:
        right_signature, right_date = date + 4 - signature, 2.0
    char = layout.char_twips
    return styles.ClosingIndents(round(right_signature * char), round(right_date * char))


def text_width(text: str) -> float:
    """Width in Chinese characters: half-width digits and letters count as half."""
    return sum(0.5 if ord(c) < 0x2E80 else 1.0 for c in text)


def _set_properties(document: DocumentType, outline: Outline) -> None:
    props = document.core_properties
    now = dt.datetime.now(dt.timezone.utc).replace(microsecond=0)
    props.title = outline.title
    props.author = outline.author
    props.last_modified_by = outline.author
    props.subject = outline.subject
    props.keywords = outline.subject
    props.comments = ""
    props.category = outline.subject
    props.language = "zh-CN"
    props.created = now
    props.modified = now
    props.revision = 1

"""Write an outline as a .docx: title, 主送机关, numbered headings, paragraphs, 署名 and 日期."""

from __future__ import annotations

import datetime as dt
import io

from docx import Document
from docx.document import Document as DocumentType

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
    document.add_paragraph(outline.title, style=styles.TITLE)
    document.add_paragraph(style=styles.BODY)  # 空一行
    if outline.recipient:
        document.add_paragraph(f"{outline.recipient}：", style=styles.RECIPIENT)
    last = None
    for block in outline.blocks:
        if isinstance(block, Heading):
            last = document.add_paragraph(block.full_text, style=styles.HEADINGS[block.level])
        else:
            last = _paragraph(document, block)
    if last is not None:
        last.paragraph_format.keep_with_next = True
    blank = document.add_paragraph(style=styles.BODY)
    blank.paragraph_format.keep_with_next = True
    document.add_paragraph(outline.signature, style=styles.SIGNATURE)
    document.add_paragraph(outline.date_text, style=styles.DATE)


def _paragraph(document: DocumentType, block: Paragraph):  # type: ignore[no-untyped-def]
    if not block.lead:
        return document.add_paragraph(block.text, style=styles.BODY)
    paragraph = document.add_paragraph(style=styles.HEADINGS[block.lead_level])
    paragraph.add_run(block.lead, style=styles.RUN_IN)
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

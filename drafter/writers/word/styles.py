"""The named styles of a drafter document.

Built-in styles are restyled (Normal = 正文, Title = 标题, Heading 1–4 = 标题 1–4) so Word, WPS
and LibreOffice recognise them and list the headings in the navigation pane; drafter's own
styles have Chinese names: 段首标题 (run-in heading, a character style), 主送机关, 署名, 成文日期,
页码. Changing a style once changes every paragraph that uses it.
"""

from __future__ import annotations

from dataclasses import dataclass

from docx.document import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml.ns import qn
from docx.styles.style import BaseStyle

from drafter.writers.word.layout import Layout
from drafter.writers.word.xml import element, paragraph_properties, replace_child, run_properties

BODY = "Normal"
TITLE = "Title"
HEADINGS = {1: "Heading 1", 2: "Heading 2", 3: "Heading 3", 4: "Heading 4"}
RUN_IN = "段首标题"
RECIPIENT = "主送机关"
SIGNATURE = "署名"
DATE = "成文日期"
PAGE_NUMBER = "页码"

#: ASCII style ids for drafter's own styles (the names shown to the clerk are Chinese).
_IDS = {RUN_IN: "RunInHeading", RECIPIENT: "Recipient", SIGNATURE: "Signature", DATE: "DateLine", PAGE_NUMBER: "PageNumber"}
_STYLE_TAIL = ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")


@dataclass(frozen=True)
class ClosingIndents:
    """Right indents (twips) placing 署名 and 成文日期 by GB/T 9704-2012 7.3.5.2."""

    signature: int
    date: int


def apply_styles(document: Document, layout: Layout, closing: ClosingIndents) -> None:
    fonts = layout.fonts
    body_rpr = dict(latin=fonts.latin, east_asian=fonts.body, size_pt=layout.body_size_pt)
    body_ppr = dict(line_twips=layout.line_pitch_twips, char_twips=layout.char_twips)
    _set_defaults(document, layout)
    _restyle(document, BODY, run_properties(**body_rpr), paragraph_properties(first_line_chars=2, **body_ppr))
    _restyle(
        document,
        TITLE,
        run_properties(latin=fonts.latin, east_asian=fonts.title, size_pt=layout.title_size_pt),
        paragraph_properties(line_twips=layout.title_pitch_twips, align="center", snap_to_grid=False),
    )
    heading_fonts = {1: fonts.heading1, 2: fonts.heading2, 3: fonts.body, 4: fonts.body}
    for level, name in HEADINGS.items():
        run_in = level >= 3
        _restyle(
            document,
            name,
            run_properties(latin=fonts.latin, east_asian=heading_fonts[level], size_pt=layout.body_size_pt),
            paragraph_properties(
                first_line_chars=2, outline_level=level - 1, keep_next=not run_in, **body_ppr
            ),
        )
    _character_style(document, RUN_IN, run_properties(**body_rpr))
    _paragraph_style(document, RECIPIENT, run_properties(**body_rpr), paragraph_properties(align="left", **body_ppr))
    _paragraph_style(
        document,
        SIGNATURE,
        run_properties(**body_rpr),
        paragraph_properties(align="right", right_twips=closing.signature, keep_next=True, **body_ppr),
    )
    _paragraph_style(
        document,
        DATE,
        run_properties(**body_rpr),
        paragraph_properties(align="right", right_twips=closing.date, **body_ppr),
    )
    _paragraph_style(
        document,
        PAGE_NUMBER,
        run_properties(latin=fonts.page_number, east_asian=fonts.page_number, size_pt=layout.page_number_size_pt),
        paragraph_properties(line_twips=round(layout.page_number_size_pt * 20 * 1.2), align="right"),
    )


def _set_defaults(document: Document, layout: Layout) -> None:
    """docDefaults without theme fonts, Chinese as the East Asian language."""
    defaults = document.styles.element.find(qn("w:docDefaults"))
    rpr_default = defaults.find(qn("w:rPrDefault"))
    replace_child(
        rpr_default,
        element(run_properties(latin=layout.fonts.latin, east_asian=layout.fonts.body, size_pt=layout.body_size_pt)),
    )
    ppr_default = defaults.find(qn("w:pPrDefault"))
    replace_child(ppr_default, element('<w:pPr><w:spacing w:before="0" w:after="0"/></w:pPr>'))
    settings = document.settings.element
    lang = settings.find(qn("w:themeFontLang"))
    if lang is not None:
        lang.set(qn("w:eastAsia"), "zh-CN")


def _restyle(document: Document, name: str, rpr: str, ppr: str | None) -> BaseStyle:
    style = document.styles[name]
    _clean(style)
    if ppr is not None:
        replace_child(style.element, element(ppr), before=("w:rPr",) + _STYLE_TAIL)
    replace_child(style.element, element(rpr), before=_STYLE_TAIL)
    return style


def _clean(style: BaseStyle) -> None:
    """Drop what the default template put there: theme fonts, colours, borders, linked styles."""
    for tag in ("w:pPr", "w:rPr", "w:link"):
        for child in style.element.findall(qn(tag)):
            style.element.remove(child)
    style.hidden = False
    style.quick_style = True


def _paragraph_style(document: Document, name: str, rpr: str, ppr: str) -> None:
    style = document.styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
    style.style_id = _IDS[name]
    style.base_style = document.styles[BODY]
    _restyle(document, name, rpr, ppr)


def _character_style(document: Document, name: str, rpr: str) -> None:
    style = document.styles.add_style(name, WD_STYLE_TYPE.CHARACTER)
    style.style_id = _IDS[name]
    _restyle(document, name, rpr, None)

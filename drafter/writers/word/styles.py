"""The named styles of a drafter document.

Built-in styles are restyled (Normal = 正文, Title = 标题, Heading 1–4 = 标题 1–4) so Word, WPS
and LibreOffice recognise them and list the headings in the navigation pane; drafter's own
styles have Chinese names: 段首标题 (run-in heading, a character style), 主送机关, 署名, 成文日期,
页码, and for the formal profile 发文机关标志, 发文字号, 抄送, 印发. Changing a style once changes
every paragraph that uses it.

Body styles set 22 lines by exact line spacing and 28 characters by condensing each character
(see layout.py for why they do not snap to the document grid); large type never snaps either.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

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
MARK = "发文机关标志"
NUMBER = "发文字号"
COPY_TO = "抄送"
IMPRINT = "印发"

#: ASCII style ids for drafter's own styles (the names shown to the clerk are Chinese).
_IDS = {
    RUN_IN: "RunInHeading",
    RECIPIENT: "Recipient",
    SIGNATURE: "Signature",
    DATE: "DateLine",
    PAGE_NUMBER: "PageNumber",
    MARK: "IssuerMark",
    NUMBER: "DocumentNumber",
    COPY_TO: "CopyTo",
    IMPRINT: "Imprint",
}
#: Every style drafter defines or restyles: kept in each document, used there or not.
OWN_STYLES = (BODY, TITLE, *HEADINGS.values(), *_IDS)
_STYLE_TAIL = ("w:tblPr", "w:trPr", "w:tcPr", "w:tblStylePr")


@dataclass(frozen=True)
class Placement:
    """A one-line paragraph placed from one side: ``align`` left or right, ``indent`` in twips."""

    align: str
    indent: int

    def paragraph(self, **body_ppr: Any) -> str:
        side: dict[str, Any] = {"left_twips" if self.align == "left" else "right_twips": self.indent}
        return paragraph_properties(align=self.align, **side, **body_ppr)


@dataclass(frozen=True)
class ClosingIndents:
    """Where 署名 and 成文日期 go by GB/T 9704-2012 7.3.5.2 (see ``writer.closing_indents``)."""

    signature: Placement
    date: Placement


@dataclass(frozen=True)
class FormalStyles:
    """What the formal profile's styles depend on: the mark's narrowing and the 抄送 label width."""

    mark_scale_percent: int = 100
    copy_to_label_twips: int = 0


def apply_styles(
    document: Document, layout: Layout, closing: ClosingIndents, formal: FormalStyles | None = None
) -> None:
    fonts = layout.fonts
    body_rpr: dict[str, Any] = dict(
        latin=fonts.latin,
        east_asian=fonts.body,
        size_pt=layout.body_size_pt,
        spacing_twips=layout.char_spacing_twips,
        snap_to_grid=False,
    )
    body_ppr: dict[str, Any] = dict(line_twips=layout.line_pitch_twips, char_twips=layout.char_twips, snap_to_grid=False)
    _set_defaults(document, layout)
    _restyle(document, BODY, run_properties(**body_rpr), paragraph_properties(first_line_chars=2, **body_ppr))
    _restyle(
        document,
        TITLE,
        run_properties(latin=fonts.latin, east_asian=fonts.title, size_pt=layout.title_size_pt, snap_to_grid=False),
        paragraph_properties(line_twips=layout.title_pitch_twips, align="center", snap_to_grid=False),
    )
    heading_fonts = {1: fonts.heading1, 2: fonts.heading2, 3: fonts.body, 4: fonts.body}
    for level, name in HEADINGS.items():
        run_in = level >= 3
        _restyle(
            document,
            name,
            run_properties(**{**body_rpr, "east_asian": heading_fonts[level]}),
            paragraph_properties(
                first_line_chars=2, outline_level=level - 1, keep_next=not run_in, **body_ppr
            ),
        )
    _character_style(document, RUN_IN, run_properties(**body_rpr, bold=layout.run_in_bold))
    _paragraph_style(document, RECIPIENT, run_properties(**body_rpr), paragraph_properties(align="left", **body_ppr))
    _paragraph_style(
        document,
        SIGNATURE,
        run_properties(**body_rpr),
        closing.signature.paragraph(keep_next=True, **body_ppr),
    )
    _paragraph_style(
        document,
        DATE,
        run_properties(**body_rpr),
        closing.date.paragraph(**body_ppr),
    )
    page_number_font: dict[str, Any] = dict(latin=fonts.page_number, east_asian=fonts.page_number)
    _paragraph_style(
        document,
        PAGE_NUMBER,
        run_properties(**page_number_font, size_pt=layout.page_number_size_pt, snap_to_grid=False),
        paragraph_properties(
            line_twips=round(layout.page_number_size_pt * 20 * 1.2), align="right", snap_to_grid=False
        ),
    )
    if formal is not None:
        _formal_styles(document, layout, formal, body_rpr, body_ppr)


def _formal_styles(
    document: Document, layout: Layout, formal: FormalStyles, body_rpr: dict[str, Any], body_ppr: dict[str, Any]
) -> None:
    """发文机关标志 (7.2.4), 发文字号 with the red rule under it (7.2.5, 7.2.7), 版记 lines (7.4)."""
    fonts = layout.fonts
    _paragraph_style(
        document,
        MARK,
        run_properties(
            latin=fonts.title,
            east_asian=fonts.title,
            size_pt=layout.mark_size_pt,
            color=layout.mark_color,
            scale_percent=formal.mark_scale_percent,
            snap_to_grid=False,
        ),
        paragraph_properties(line_twips=mark_line_twips(layout), align="center", snap_to_grid=False),
    )
    _paragraph_style(
        document,
        NUMBER,
        run_properties(**body_rpr),
        paragraph_properties(align="center", borders=red_rule(layout), **body_ppr),
    )
    colophon_rpr = run_properties(
        latin=fonts.latin, east_asian=fonts.body, size_pt=layout.colophon_size_pt, snap_to_grid=False
    )
    indent = layout.colophon_indent_twips
    _paragraph_style(
        document,
        COPY_TO,
        colophon_rpr,
        paragraph_properties(
            align="left",
            left_twips=indent + formal.copy_to_label_twips,
            hanging_twips=formal.copy_to_label_twips,
            right_twips=indent,
            **body_ppr,
        ),
    )
    _paragraph_style(
        document,
        IMPRINT,
        colophon_rpr,
        paragraph_properties(
            align="left",
            left_twips=indent,
            tabs=f'<w:tab w:val="right" w:pos="{layout.type_width_twips - indent}"/>',
            **body_ppr,
        ),
    )


def mark_line_twips(layout: Layout) -> int:
    """Exact line height of the 发文机关标志: its size plus a little air."""
    return round(layout.mark_size_pt * 1.2 * 20)


#: 版头分隔线 (7.2.7): red, as wide as the type area, 4 mm below the 发文字号. The space (in pt)
#: is measured from the bottom of the 发文字号's line box, which ends about 4 pt under the glyphs.
RED_RULE_SIZE_EIGHTHS = 12  # 1.5 pt
RED_RULE_SPACE_PT = 7


def red_rule(layout: Layout) -> str:
    return (
        f'<w:bottom w:val="single" w:sz="{RED_RULE_SIZE_EIGHTHS}" w:space="{RED_RULE_SPACE_PT}"'
        f' w:color="{layout.mark_color}"/>'
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

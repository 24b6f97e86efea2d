"""Small helpers for the WordprocessingML python-docx has no API for.

Elements are built as XML text in schema order, which Word is strict about.
"""

from __future__ import annotations

import re

from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree


def element(xml: str) -> etree._Element:
    """Parse one ``w:`` element written without namespace declarations."""
    match = re.match(r"<[\w:]+", xml)
    if match is None:
        raise ValueError(f"not an element: {xml[:40]}")
    return parse_xml(f"{xml[: match.end()]} {nsdecls('w')}{xml[match.end():]}")


def run_properties(
    *,
    latin: str,
    east_asian: str,
    size_pt: float,
    bold: bool = False,
    color: str = "000000",
    spacing_twips: int = 0,
    scale_percent: int = 100,
    snap_to_grid: bool = True,
) -> str:
    """``w:rPr``: Latin font for digits and letters, East Asian font through ``w:eastAsia``.

    ``w:hint="eastAsia"`` makes quotes and dashes use the Chinese font; no theme fonts are
    written, because Word prefers a theme font over a named one. ``spacing_twips`` condenses
    (negative) or expands each character; ``scale_percent`` narrows the glyphs (``w:w``).
    """
    half_points = round(size_pt * 2)
    weight = "<w:b/><w:bCs/>" if bold else '<w:b w:val="0"/><w:bCs w:val="0"/>'
    return (
        "<w:rPr>"
        f'<w:rFonts w:ascii="{latin}" w:hAnsi="{latin}" w:eastAsia="{east_asian}" w:cs="{latin}" w:hint="eastAsia"/>'
        f"{weight}"
        + ("" if snap_to_grid else '<w:snapToGrid w:val="0"/>')
        + f'<w:color w:val="{color}"/>'
        + (f'<w:spacing w:val="{spacing_twips}"/>' if spacing_twips else "")
        + (f'<w:w w:val="{scale_percent}"/>' if scale_percent != 100 else "")
        + f'<w:sz w:val="{half_points}"/><w:szCs w:val="{half_points}"/>'
        '<w:lang w:val="en-US" w:eastAsia="zh-CN" w:bidi="ar-SA"/>'
        "</w:rPr>"
    )


def paragraph_properties(
    *,
    line_twips: int,
    align: str = "both",
    first_line_chars: int = 0,
    char_twips: int = 320,
    right_twips: int = 0,
    left_twips: int = 0,
    hanging_twips: int = 0,
    outline_level: int | None = None,
    keep_next: bool = False,
    snap_to_grid: bool = True,
    borders: str = "",
    tabs: str = "",
) -> str:
    """``w:pPr`` in schema order: exact line spacing, no space before/after, no widow control.

    ``borders`` and ``tabs`` are the inner XML of ``w:pBdr`` and ``w:tabs``.
    """
    if hanging_twips:
        indent = f'<w:ind w:left="{left_twips}" w:right="{right_twips}" w:hanging="{hanging_twips}"/>'
    else:
        indent = (
            f'<w:ind w:left="{left_twips}" w:right="{right_twips}"'
            f' w:firstLineChars="{first_line_chars * 100}" w:firstLine="{first_line_chars * char_twips}"/>'
        )
    return (
        "<w:pPr>"
        + ("<w:keepNext/>" if keep_next else "")
        + '<w:widowControl w:val="0"/>'
        + (f"<w:pBdr>{borders}</w:pBdr>" if borders else "")
        + (f"<w:tabs>{tabs}</w:tabs>" if tabs else "")
        + ("" if snap_to_grid else '<w:snapToGrid w:val="0"/>')
        + f'<w:spacing w:before="0" w:after="0" w:line="{line_twips}" w:lineRule="exact"/>'
        + indent
        + f'<w:jc w:val="{align}"/>'
        + (f'<w:outlineLvl w:val="{outline_level}"/>' if outline_level is not None else "")
        + "</w:pPr>"
    )


def replace_child(parent: etree._Element, new: etree._Element, before: tuple[str, ...] = ()) -> None:
    """Replace ``parent``'s child with ``new``'s tag, keeping it before any of ``before``."""
    for old in parent.findall(new.tag):
        parent.remove(old)
    for tag in before:
        successor = parent.find(qn(tag))
        if successor is not None:
            successor.addprevious(new)
            return
    parent.append(new)

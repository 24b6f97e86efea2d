"""版头 of a formal document (GB/T 9704-2012 7.2): 发文机关标志, 发文字号 and the red rule.

- 7.2.4: the 发文机关标志 is centred, red, 小标宋 and its top edge lies 35 mm below the top of the
  type area. The standard gives no size: drafter sets 初号 and narrows the glyphs (``w:w``) when
  the name would be wider than the type area.
- 7.2.5: the 发文字号 is centred two blank lines below the 标志.
- 7.2.7: a red rule as wide as the type area lies 4 mm below the 发文字号 (a bottom border of the
  发文字号 paragraph, see ``styles.red_rule``).
- 7.3.1: the title follows two blank lines below the red rule.
"""

from __future__ import annotations

import math

from docx.document import Document
from docx.text.paragraph import Paragraph

from drafter.outline import Letterhead
from drafter.writers.measure import text_width
from drafter.writers.word import styles
from drafter.writers.word.layout import TWIPS_PER_PT, Layout, mm_to_twips
from drafter.writers.word.xml import element

#: 7.2.4: 发文机关标志上边缘至版心上边缘为35mm.
MARK_TOP_MM = 35
#: Where the glyphs start inside the 标志's line box (measured in LibreOffice with 小标宋 stand-ins).
MARK_INK_OFFSET_PT = 5.5
#: The narrowest the 标志 is set before it would look squeezed.
MIN_MARK_SCALE = 50
#: Leave a little white at both ends of a name that fills the line.
MARK_FILL = 0.96


def mark_scale_percent(mark: str, layout: Layout) -> int:
    """``w:w`` for the 标志: 100 when it fits the type width at 初号, else just narrow enough."""
    natural_twips = text_width(mark) * layout.mark_size_pt * TWIPS_PER_PT
    if natural_twips <= layout.type_width_twips * MARK_FILL:
        return 100
    return max(MIN_MARK_SCALE, math.floor(layout.type_width_twips * MARK_FILL / natural_twips * 100))


def spacer_twips(layout: Layout) -> int:
    """Height of the empty line above the 标志 that puts its top edge 35 mm into the type area.

    The paper position is the same for both margin profiles: GB/T 33476.2 moves the margin, not
    the glyphs.
    """
    standard_top_mm = 37
    target_mm = standard_top_mm + MARK_TOP_MM - layout.margins.top
    return mm_to_twips(target_mm) - round(MARK_INK_OFFSET_PT * TWIPS_PER_PT)


def write_letterhead(document: Document, letterhead: Letterhead, layout: Layout) -> None:
    spacer = document.add_paragraph(style=styles.MARK)
    _exact_line(spacer, spacer_twips(layout))
    document.add_paragraph(letterhead.mark, style=styles.MARK)
    _blank_lines(document, 2)
    document.add_paragraph(letterhead.number, style=styles.NUMBER)
    _blank_lines(document, 2)


def _blank_lines(document: Document, count: int) -> None:
    for _ in range(count):
        document.add_paragraph(style=styles.BODY)


def _exact_line(paragraph: Paragraph, twips: int) -> None:
    ppr = paragraph._p.get_or_add_pPr()
    ppr.append(element(f'<w:spacing w:before="0" w:after="0" w:line="{twips}" w:lineRule="exact"/>'))

"""The layout parameters of GB/T 9704-2012 (see research/gbt9704.md), in one place.

Sizes follow the Chinese 字号 table: 初号 42 pt, 二号 22 pt, 三号 16 pt, 四号 14 pt.

Twenty-eight characters per line (5.2.3) need a character pitch of 156 mm / 28 = 15.79 pt, a
little less than the 16 pt of 三号 type. Word's way is the document grid (``w:docGrid`` with a
negative ``w:charSpace``), which drafter writes so Page Setup shows 每行28字、每页22行. LibreOffice
(seen in 7.4) mis-reads a negative ``charSpace`` and sets about 15 characters per line, so the
body styles do not snap to the grid: they condense each character by 0.3 pt instead, which Word,
WPS and LibreOffice all render alike, and keep the 22 lines with exact line spacing.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field, replace
from typing import Literal

#: Chinese font sizes in points.
CHUHAO = 42.0
ERHAO = 22.0
SANHAO = 16.0
SIHAO = 14.0

TWIPS_PER_PT = 20
TWIPS_PER_MM = 1440 / 25.4
#: ``w:charSpace`` is measured in 4096ths of a point (ECMA-376 17.6.5).
CHAR_SPACE_UNIT = 4096
#: Extra condensing per character, in twips, that absorbs renderers' rounding (see char_spacing_twips).
CONDENSE_SLACK_TWIPS = 1

PageNumberPosition = Literal["outside", "center"]


def mm_to_twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


def pt_to_twips(pt: float) -> int:
    return round(pt * TWIPS_PER_PT)


@dataclass(frozen=True)
class Fonts:
    title: str = "方正小标宋简体"
    body: str = "仿宋_GB2312"
    heading1: str = "黑体"
    heading2: str = "楷体_GB2312"
    latin: str = "Times New Roman"
    page_number: str = "宋体"

    def requested(self) -> tuple[str, ...]:
        """Every family the document asks for, in a stable order."""
        return tuple(dict.fromkeys((self.title, self.body, self.heading1, self.heading2, self.page_number, self.latin)))


@dataclass(frozen=True)
class Margins:
    """White edges of the page in mm, and the body line pitch that fills the type area with 22 lines."""

    top: float
    bottom: float
    left: float
    right: float
    line_pitch_twips: int


#: 5.2.1: 天头 37 mm, 订口 28 mm, 版心 156 × 225 mm; 22 × 579 twips (28.95 pt) ≤ 225 mm.
STANDARD_MARGINS = Margins(top=37, bottom=35, left=28, right=26, line_pitch_twips=579)
#: GB/T 33476.2-2016 (电子公文显现): the white edge is measured to the glyph, so the margins are
#: 2.42 mm smaller and the line pitch is 29.45 pt (22 × 589 twips ≤ 229.84 mm).
ELECTRONIC_MARGINS = Margins(top=34.58, bottom=32.58, left=28, right=26, line_pitch_twips=589)
MARGINS: dict[str, Margins] = {"standard": STANDARD_MARGINS, "electronic": ELECTRONIC_MARGINS}


@dataclass(frozen=True)
class Layout:
    """Page, grid and type parameters of one layout profile."""

    margins: Margins = STANDARD_MARGINS
    page_width_mm: float = 210
    page_height_mm: float = 297
    #: Puts the 一字线 of the page number about 7 mm below the type area (7.5), measured in
    #: LibreOffice with the page number's exact line height below.
    footer_distance_mm: float = 25
    page_numbers: PageNumberPosition = "outside"
    #: Run-in headings (1.…。) in bold: GB/T 9704 names only their font (仿宋), so not by default.
    run_in_bold: bool = False
    chars_per_line: int = 28
    body_size_pt: float = SANHAO
    title_size_pt: float = ERHAO
    page_number_size_pt: float = SIHAO
    colophon_size_pt: float = SIHAO
    #: The 发文机关标志 starts at 初号 and is narrowed to fit the type area (7.2.4 gives no size).
    mark_size_pt: float = CHUHAO
    mark_color: str = "FF0000"
    #: Exact line pitch of the title (the standard gives none; 35 pt keeps a two-line title airy).
    title_pitch_twips: int = 700
    fonts: Fonts = field(default_factory=Fonts)

    # -- the type area ---------------------------------------------------------------------
    @property
    def page_width_twips(self) -> int:
        return mm_to_twips(self.page_width_mm)

    @property
    def page_height_twips(self) -> int:
        return mm_to_twips(self.page_height_mm)

    @property
    def type_width_twips(self) -> int:
        return self.page_width_twips - mm_to_twips(self.margins.left) - mm_to_twips(self.margins.right)

    @property
    def type_height_twips(self) -> int:
        return self.page_height_twips - mm_to_twips(self.margins.top) - mm_to_twips(self.margins.bottom)

    @property
    def line_pitch_twips(self) -> int:
        return self.margins.line_pitch_twips

    # -- characters ------------------------------------------------------------------------
    @property
    def char_pitch_twips(self) -> float:
        """One grid character (一字, 3.1): the type width shared by 28 characters."""
        return self.type_width_twips / self.chars_per_line

    @property
    def char_twips(self) -> int:
        """The width of one body character (一字), used for indents."""
        return round(self.char_pitch_twips)

    @property
    def body_char_twips(self) -> int:
        """The advance of one condensed body character: 三号 plus ``char_spacing_twips``."""
        return pt_to_twips(self.body_size_pt) + self.char_spacing_twips

    @property
    def grid_char_space(self) -> int:
        """``w:docGrid/@w:charSpace``: pitch minus the Normal font size, in 4096ths of a point.

        Rounded down so the pitch stays just inside the type width and Word counts 28, not 27.
        """
        pitch_pt = self.char_pitch_twips / TWIPS_PER_PT
        return math.floor((pitch_pt - self.body_size_pt) * CHAR_SPACE_UNIT)

    @property
    def char_spacing_twips(self) -> int:
        """``w:spacing/@w:val`` of body runs: the condensing that fits 28 三号 characters on a line.

        One twip more than the arithmetic needs (−0.3 pt, not −0.25 pt): LibreOffice rounds
        character positions and still breaks after 27 characters at −0.25 pt; 29 never fit.
        """
        return math.floor(self.char_pitch_twips - pt_to_twips(self.body_size_pt)) - CONDENSE_SLACK_TWIPS

    @property
    def page_number_indent_twips(self) -> int:
        """单页码居右空一字，双页码居左空一字 (7.5): one 4号 character."""
        return pt_to_twips(self.page_number_size_pt)

    @property
    def colophon_indent_twips(self) -> int:
        """抄送机关、印发机关 左空一字, 印发日期 右空一字 (7.4.2, 7.4.3): one 4号 character."""
        return pt_to_twips(self.colophon_size_pt)


STANDARD = Layout()


def layout_for(margins: str = "standard", page_numbers: str = "outside", run_in_bold: bool = False) -> Layout:
    """The layout for a margin profile, a page-number position (names as in the data file) and
    whether run-in headings are bold."""
    return replace(STANDARD, margins=MARGINS[margins], page_numbers=page_numbers, run_in_bold=run_in_bold)  # type: ignore[arg-type]  # a checked choice

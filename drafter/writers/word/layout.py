"""The layout parameters of GB/T 9704-2012 (see research/gbt9704.md), in one place.

Sizes follow the Chinese 字号 table: 二号 22 pt, 三号 16 pt, 四号 14 pt.
"""

from __future__ import annotations

from dataclasses import dataclass

#: Chinese font sizes in points.
ERHAO = 22.0
SANHAO = 16.0
SIHAO = 14.0

TWIPS_PER_PT = 20
TWIPS_PER_MM = 1440 / 25.4


def mm_to_twips(mm: float) -> int:
    return round(mm * TWIPS_PER_MM)


@dataclass(frozen=True)
class Fonts:
    title: str = "方正小标宋简体"
    body: str = "仿宋_GB2312"
    heading1: str = "黑体"
    heading2: str = "楷体_GB2312"
    latin: str = "Times New Roman"
    page_number: str = "宋体"


@dataclass(frozen=True)
class Layout:
    """Page, grid and type parameters of one layout profile."""

    margin_top_mm: float = 37
    margin_bottom_mm: float = 35
    margin_left_mm: float = 28
    margin_right_mm: float = 26
    page_width_mm: float = 210
    page_height_mm: float = 297
    footer_distance_mm: float = 20
    body_size_pt: float = SANHAO
    title_size_pt: float = ERHAO
    page_number_size_pt: float = SIHAO
    #: Exact line pitch of body text: 28.95 pt = 579 twips, 22 lines on the 225 mm type area.
    line_pitch_twips: int = 579
    #: Exact line pitch of the title (the standard gives none; 35 pt keeps a two-line title airy).
    title_pitch_twips: int = 700
    fonts: Fonts = Fonts()

    @property
    def char_twips(self) -> int:
        """The width of one body character (一字), used for indents."""
        return round(self.body_size_pt * TWIPS_PER_PT)


STANDARD = Layout()

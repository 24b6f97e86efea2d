"""Read a PDF the way a reviewer with a ruler does: lines of text with positions, and ink colours.

Text positions come from ``pdftotext -bbox`` (points from the top-left corner); colours from
``pdftoppm`` rendered to PPM, read here without an imaging library.
"""

from __future__ import annotations

import html
import re
import subprocess
from dataclasses import dataclass
from pathlib import Path

PT_PER_MM = 72 / 25.4
_PAGE = re.compile(r'<page width="([\d.]+)" height="([\d.]+)">(.*?)</page>', re.S)
_WORD = re.compile(r'<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" yMax="([\d.]+)">(.*?)</word>', re.S)


@dataclass(frozen=True)
class Line:
    text: str
    left: float
    right: float
    top: float
    bottom: float

    @property
    def middle(self) -> float:
        return (self.top + self.bottom) / 2


@dataclass
class Page:
    number: int
    width: float
    height: float
    lines: list[Line]

    def between(self, top_mm: float, bottom_mm: float) -> list[Line]:
        """Lines whose middle lies between two distances from the top edge of the page."""
        return [line for line in self.lines if top_mm * PT_PER_MM <= line.middle <= bottom_mm * PT_PER_MM]


def read_pages(pdf: Path) -> list[Page]:
    markup = subprocess.run(
        ["pdftotext", "-bbox", str(pdf), "-"], capture_output=True, check=True, timeout=60
    ).stdout.decode("utf-8")
    pages = []
    for number, match in enumerate(_PAGE.finditer(markup), start=1):
        words = [
            (float(a), float(b), float(c), float(d), html.unescape(text))
            for a, b, c, d, text in _WORD.findall(match.group(3))
        ]
        pages.append(Page(number, float(match.group(1)), float(match.group(2)), _lines(words)))
    return pages


def _lines(words: list[tuple[float, float, float, float, str]]) -> list[Line]:
    """Group words whose vertical middles are within 5 pt of each other into lines."""
    lines: list[list[tuple[float, float, float, float, str]]] = []
    for word in sorted(words, key=lambda w: ((w[1] + w[3]) / 2, w[0])):
        middle = (word[1] + word[3]) / 2
        if lines and abs(middle - (lines[-1][0][1] + lines[-1][0][3]) / 2) < 5:
            lines[-1].append(word)
        else:
            lines.append([word])
    result = []
    for group in lines:
        group.sort(key=lambda w: w[0])
        result.append(
            Line(
                text="".join(w[4] for w in group),
                left=min(w[0] for w in group),
                right=max(w[2] for w in group),
                top=min(w[1] for w in group),
                bottom=max(w[3] for w in group),
            )
        )
    return result


@dataclass
class Raster:
    """One rendered page: ``width`` × ``height`` RGB pixels at ``dpi``."""

    width: int
    height: int
    dpi: int
    pixels: bytes

    def rgb(self, x: int, y: int) -> tuple[int, int, int]:
        i = (y * self.width + x) * 3
        return self.pixels[i], self.pixels[i + 1], self.pixels[i + 2]

    def mm(self, pixels: int) -> float:
        return pixels / self.dpi * 25.4

    def has(self, test) -> bool:  # type: ignore[no-untyped-def]
        """Whether any pixel passes ``test(r, g, b)``."""
        px = self.pixels
        return any(test(px[i], px[i + 1], px[i + 2]) for i in range(0, len(px) - 2, 3))

    def rows_where(self, test, x_from: int = 0, x_to: int | None = None) -> list[int]:  # type: ignore[no-untyped-def]
        """Rows with at least one pixel for which ``test(r, g, b)`` holds."""
        x_to = self.width if x_to is None else x_to
        return [y for y in range(self.height) if any(test(*self.rgb(x, y)) for x in range(x_from, x_to))]


def render(pdf: Path, page: int, dpi: int, out: Path) -> Raster:
    stem = out / f"page{page}"
    subprocess.run(
        ["pdftoppm", "-r", str(dpi), "-f", str(page), "-l", str(page), "-singlefile", str(pdf), str(stem)],
        check=True,
        timeout=60,
    )
    return read_ppm(stem.with_suffix(".ppm"), dpi)


def read_ppm(path: Path, dpi: int) -> Raster:
    data = path.read_bytes()
    fields: list[bytes] = []
    position = 0
    while len(fields) < 4:
        while data[position : position + 1].isspace():
            position += 1
        end = position
        while not data[end : end + 1].isspace():
            end += 1
        fields.append(data[position:end])
        position = end
    assert fields[0] == b"P6", "pdftoppm writes binary PPM"
    width, height = int(fields[1]), int(fields[2])
    return Raster(width, height, dpi, data[position + 1 :])


def is_red(r: int, g: int, b: int) -> bool:
    return r > 180 and g < 100 and b < 100


def is_dark(r: int, g: int, b: int) -> bool:
    return max(r, g, b) < 110

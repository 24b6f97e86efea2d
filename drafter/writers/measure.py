"""How wide a line of Chinese text is, counted in characters (一字, GB/T 9704-2012 3.1)."""

from __future__ import annotations

from unicodedata import east_asian_width

#: Half-width classes: digits, Latin letters, ASCII punctuation, half-width katakana.
_HALF = frozenset({"Na", "H", "N"})


def text_width(text: str) -> float:
    """Width in Chinese characters: half-width digits and letters count as half.

    Ambiguous characters (curly quotes “ ”, the dash —, the ellipsis …, the middle dot ·) count as
    wide: the writer sets them with the Chinese font (``w:hint="eastAsia"``), where they take a
    whole character.
    """
    return sum(0.5 if east_asian_width(c) in _HALF else 1.0 for c in text)

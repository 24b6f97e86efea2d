"""How wide a line of Chinese text is, counted in characters (一字, GB/T 9704-2012 3.1)."""

from __future__ import annotations

#: Below this code point characters are half-width (digits, Latin letters, ASCII punctuation).
_FIRST_WIDE = 0x2E80


def text_width(text: str) -> float:
    """Width in Chinese characters: half-width digits and letters count as half."""
    return sum(0.5 if ord(c) < _FIRST_WIDE else 1.0 for c in text)

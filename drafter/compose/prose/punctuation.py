"""Chinese punctuation for the clerk's own sentences.

Between Chinese characters an ASCII comma, colon, semicolon, question or exclamation mark,
parenthesis or straight quote becomes its full-width form; a sentence gets its closing 。.
Numbers (``1,170``, ``2.1%``) and Latin text are left alone.
"""

from __future__ import annotations

import functools
import re

_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]"
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
#: The half-width marks this module converts (and a closing ``.``): text without any is left as it is.
_ASCII_MARKS = frozenset(',:;?!("')
SENTENCE_END = "。！？；…"


class _Patterns:
    """Compiled on first use: a class of all CJK characters takes Python's ``re`` milliseconds to
    compile, and most of a report's sentences have no half-width mark to convert."""

    def __init__(self) -> None:
        self.after_cjk = re.compile(rf"(?<={_CJK})\s*([,:;?!])\s*")
        self.before_cjk = re.compile(rf"\s*([,:;?!])\s*(?={_CJK})")
        self.parens = re.compile(rf"\(\s*([^()]*?{_CJK}[^()]*?)\s*\)")
        self.cjk_char = re.compile(_CJK)
        self.final_period = re.compile(rf"(?<={_CJK})\.$")


@functools.cache
def _patterns() -> _Patterns:
    return _Patterns()


def normalise(text: str) -> str:
    """Full-width punctuation next to Chinese text, paired curly quotes."""
    if _ASCII_MARKS.isdisjoint(text) and not text.endswith("."):
        return text
    patterns = _patterns()
    text = patterns.after_cjk.sub(lambda m: _HALF_TO_FULL[m.group(1)], text)
    text = patterns.before_cjk.sub(lambda m: _HALF_TO_FULL[m.group(1)], text)
    text = patterns.parens.sub(r"（\1）", text)
    if patterns.cjk_char.search(text):
        text = _pair_quotes(text, '"', "“", "”")
    return patterns.final_period.sub("。", text)


def as_sentence(text: str) -> str:
    """Normalise and make sure the text ends like a sentence."""
    text = normalise(text.strip())
    if text and text[-1] not in SENTENCE_END and not text.endswith(("”", "）")):
        text += "。"
    elif text.endswith(("”", "）")) and len(text) > 1 and text[-2] not in SENTENCE_END:
        text += "。"
    return text


def _pair_quotes(text: str, straight: str, opening: str, closing: str) -> str:
    """Straight quotes in pairs become curly where they quote or stand next to Chinese text;
    quotes inside Latin text (``<p align="right">``) stay as typed, so a sentence reads the same
    alone and inside its paragraph."""
    parts = text.split(straight)
    if len(parts) % 2 == 0:  # unbalanced: leave it for the clerk to see
        return text
    out = [parts[0]]
    for i in range(1, len(parts), 2):
        before, quoted, after = out[-1][-1:], parts[i], parts[i + 1][:1]
        if _patterns().cjk_char.search(before + quoted + after):
            out += [opening, quoted, closing, parts[i + 1]]
        else:
            out += [straight, quoted, straight, parts[i + 1]]
    return "".join(out)

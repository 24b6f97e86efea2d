"""Chinese punctuation for the clerk's own sentences.

Between Chinese characters an ASCII comma, colon, semicolon, question or exclamation mark,
parenthesis or straight quote becomes its full-width form; a sentence gets its closing 。.
Numbers (``1,170``, ``2.1%``) and Latin text are left alone.
"""

from __future__ import annotations

import re

_CJK = r"[\u3400-\u9fff\u3000-\u303f\uff00-\uffef“”‘’《》]"
_HALF_TO_FULL = {",": "，", ":": "：", ";": "；", "?": "？", "!": "！"}
_AFTER_CJK = re.compile(rf"(?<={_CJK})\s*([,:;?!])\s*")
_BEFORE_CJK = re.compile(rf"\s*([,:;?!])\s*(?={_CJK})")
_PARENS = re.compile(rf"\(\s*([^()]*?{_CJK}[^()]*?)\s*\)")
_CJK_CHAR = re.compile(_CJK)
_FINAL_PERIOD = re.compile(rf"(?<={_CJK})\.$")
SENTENCE_END = "。！？；…"


def normalise(text: str) -> str:
    """Full-width punctuation next to Chinese text, paired curly quotes."""
    text = _AFTER_CJK.sub(lambda m: _HALF_TO_FULL[m.group(1)], text)
    text = _BEFORE_CJK.sub(lambda m: _HALF_TO_FULL[m.group(1)], text)
    text = _PARENS.sub(r"（\1）", text)
    if _CJK_CHAR.search(text):
        text = _pair_quotes(text, '"', "“", "”")
    return _FINAL_PERIOD.sub("。", text)


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
        if _CJK_CHAR.search(before + quoted + after):
            out += [opening, quoted, closing, parts[i + 1]]
        else:
            out += [straight, quoted, straight, parts[i + 1]]
    return "".join(out)

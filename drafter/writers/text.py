"""Preview an outline as Markdown in the terminal (``drafter build --format md``).

The preview keeps the document's order: 版头, then the 印发通知 when there is one (its title,
主送机关, sentence, 署名 and 日期), a page-break marker, the report's title and body, and the 版记.

It is CommonMark (and so GitHub and VS Code) as well as plain text to read in a terminal:
characters Markdown would take as markup are escaped, and a bold run-in heading keeps its closing
punctuation outside the ``**``. CommonMark does not close ``**`` that follows punctuation and is
followed by a letter, so ``**1.理论武装持续深化。**坚持`` would show its asterisks;
``**1.理论武装持续深化**。坚持`` is bold everywhere.
"""

from __future__ import annotations

import re
import unicodedata
from html import escape

from drafter.outline import Block, Heading, Outline

#: Where the .docx starts a new page; Markdown printers (Typora, pandoc's HTML) break there too.
PAGE_BREAK = '<div style="page-break-before: always"></div>'

#: Characters that start or end inline markup (emphasis, code, links, HTML, GFM strikethrough).
_INLINE_MARKUP = re.compile(r"([\\`*_\[\]<>~])")
#: A line start Markdown reads as a heading, quote, list item or rule: ``# ``, ``- ``, ``1. ``, ``+``.
_BLOCK_MARKUP = re.compile(r"^(#{1,6}|[-+=]|\d{1,9}[.)])(?=\s|$)")


def to_markdown(outline: Outline, run_in_bold: bool = False) -> str:
    """The outline as Markdown; run-in headings are bold when the .docx has them bold."""
    lines: list[str] = []
    if outline.letterhead is not None:
        lines += [strong(outline.letterhead.mark), "", plain(outline.letterhead.number), "", "---", ""]
    if outline.notice is not None:
        lines += _opening(outline.notice.title, outline.notice.recipient)
        lines += [plain(outline.notice.text), ""] + _closing(outline) + [PAGE_BREAK, ""]
    lines += _opening(outline.title, outline.recipient)
    lines += _blocks(outline.blocks, run_in_bold)
    if outline.notice is None:
        lines += _closing(outline)
    if outline.colophon is not None:
        lines += ["---", ""]
        if outline.colophon.copy_to:
            lines += [plain(outline.colophon.copy_to_text), ""]
        lines += [plain(f"{outline.colophon.printer}　{outline.colophon.imprint_text}"), ""]
    return "\n".join(lines)


def plain(text: str) -> str:
    """A line of text that Markdown shows exactly as written."""
    return _BLOCK_MARKUP.sub(lambda match: _escape_first(match[0]), _inline(text))


def strong(text: str) -> str:
    """Bold text at the start of a line; its closing punctuation stays outside the ``**``."""
    words = text.rstrip()
    while words and _is_punctuation(words[-1]):
        words = words[:-1]
    if not words:
        return plain(text)
    return f"**{_inline(words)}**{_inline(text[len(words):])}"


def _inline(text: str) -> str:
    """Text within a line that Markdown shows exactly as written."""
    return _INLINE_MARKUP.sub(r"\\\1", text)


def _escape_first(start: str) -> str:
    return start[:-1] + "\\" + start[-1]


def _is_punctuation(char: str) -> bool:
    """Punctuation or a symbol, as CommonMark's flanking rules count them (。，、：”） …)."""
    return unicodedata.category(char)[0] in "PS"


def _opening(title: str, recipient: str) -> list[str]:
    lines = [f"# {plain(title.replace(chr(10), ''))}", ""]
    return lines + [f"{plain(recipient)}：", ""] if recipient else lines


def _blocks(blocks: list[Block], run_in_bold: bool) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            lines += [f"{'#' * (block.level + 1)} {plain(block.full_text)}", ""]
        elif block.lead:
            lead = strong(block.lead) if run_in_bold else plain(block.lead)
            lines += [lead + _inline(block.text), ""]
        else:
            lines += [plain(block.text), ""]
    return lines


def _closing(outline: Outline) -> list[str]:
    # An HTML block: its text is HTML, not Markdown.
    return [f'<p align="right">{escape(outline.signature)}<br>{escape(outline.date_text)}</p>', ""]

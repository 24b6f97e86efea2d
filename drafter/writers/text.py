"""Preview an outline as Markdown in the terminal (``drafter build --format md``).

The preview keeps the document's order: 版头, then the 印发通知 when there is one (its title,
主送机关, sentence, 署名 and 日期), a page-break marker, the report's title and body, and the 版记.
"""

from __future__ import annotations

from drafter.outline import Block, Heading, Outline

#: Where the .docx starts a new page; Markdown printers (Typora, pandoc's HTML) break there too.
PAGE_BREAK = '<div style="page-break-before: always"></div>'


def to_markdown(outline: Outline) -> str:
    lines: list[str] = []
    if outline.letterhead is not None:
        lines += [f"**{outline.letterhead.mark}**", "", outline.letterhead.number, "", "---", ""]
    if outline.notice is not None:
        lines += _opening(outline.notice.title, outline.notice.recipient)
        lines += [outline.notice.text, ""] + _closing(outline) + [PAGE_BREAK, ""]
    lines += _opening(outline.title, outline.recipient)
    lines += _blocks(outline.blocks)
    if outline.notice is None:
        lines += _closing(outline)
    if outline.colophon is not None:
        lines += ["---", ""]
        if outline.colophon.copy_to:
            lines += [outline.colophon.copy_to_text, ""]
        lines += [f"{outline.colophon.printer}　{outline.colophon.imprint_text}", ""]
    return "\n".join(lines)


def _opening(title: str, recipient: str) -> list[str]:
    lines = [f"# {title.replace(chr(10), '')}", ""]
    return lines + [f"{recipient}：", ""] if recipient else lines


def _blocks(blocks: list[Block]) -> list[str]:
    lines: list[str] = []
    for block in blocks:
        if isinstance(block, Heading):
            lines += [f"{'#' * (block.level + 1)} {block.full_text}", ""]
        elif block.lead:
            lines += [f"**{block.lead}**{block.text}", ""]
        else:
            lines += [block.text, ""]
    return lines


def _closing(outline: Outline) -> list[str]:
    return [f"<p align=\"right\">{outline.signature}<br>{outline.date_text}</p>", ""]

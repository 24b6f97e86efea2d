"""Preview an outline as Markdown in the terminal (``drafter build --format md``)."""

from __future__ import annotations

from drafter.outline import Heading, Outline


def to_markdown(outline: Outline) -> str:
    lines: list[str] = []
    if outline.letterhead is not None:
        lines += [f"**{outline.letterhead.mark}**", "", outline.letterhead.number, "", "---", ""]
    lines += [f"# {outline.title.replace(chr(10), '')}", ""]
    if outline.recipient:
        lines += [f"{outline.recipient}：", ""]
    for block in outline.blocks:
        if isinstance(block, Heading):
            lines += [f"{'#' * (block.level + 1)} {block.full_text}", ""]
        elif block.lead:
            lines += [f"**{block.lead}**{block.text}", ""]
        else:
            lines += [block.text, ""]
    lines += [f"<p align=\"right\">{outline.signature}<br>{outline.date_text}</p>", ""]
    if outline.colophon is not None:
        lines += ["---", ""]
        if outline.colophon.copy_to:
            lines += [outline.colophon.copy_to_text, ""]
        lines += [f"{outline.colophon.printer}　{outline.colophon.imprint_text}", ""]
    return "\n".join(lines)

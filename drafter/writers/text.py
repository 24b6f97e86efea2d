"""Preview an outline as Markdown in the terminal (``drafter build --format md``)."""

from __future__ import annotations

from drafter.outline import Heading, Outline


def to_markdown(outline: Outline) -> str:
    lines = [f"# {outline.title}", ""]
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
    return "\n".join(lines)

"""The parts of a report written in words alone: 存在问题, 改进措施, 下一步工作 (with the 总体思路
before them), read as the model's points — a short title and its sentences, or a measure's
title with its ``一是……二是……`` points.

Which part a heading opens is told by the model's own titles of those fields and the words
reports use for them (存在的问题, 下一步工作打算, 2025年工作思路).
"""

from __future__ import annotations

import re
from typing import Any

from drafter.importer.layout import Paragraph, run_in
from drafter.importer.sentences import split_sentences
from drafter.model import Report

#: Words that open each part in words, besides the model's own title for it.
_OPENERS = {
    "problems": ("问题", "不足", "短板", "困难"),
    "measures": ("改进措施", "整改措施", "对策措施"),
    "next_steps": ("下一步", "工作思路", "工作打算", "工作计划", "工作重点", "努力方向", "工作安排", "工作展望"),
}
_POINT = re.compile(r"^([一二三四五六七八九十]{1,3})是")


def text_part_of(heading: str) -> str | None:
    """``problems``, ``measures`` or ``next_steps`` for a heading that opens one, else None."""
    for key, words in _OPENERS.items():
        title = str(Report.model_fields[key].title)
        if title in heading or any(word in heading for word in words):
            return key
    return None


def points(paragraphs: list[Paragraph]) -> list[Any]:
    """Run-in paragraphs as titled points, other paragraphs as points of sentences."""
    found: list[Any] = []
    for paragraph in paragraphs:
        if paragraph.standalone:
            if paragraph.heading:
                found.append({"title": paragraph.heading, "text": []})
            continue
        sentences = split_sentences(paragraph.text)
        if paragraph.heading:
            found.append({"title": paragraph.heading, "text": sentences})
        elif found and isinstance(found[-1], dict) and not found[-1]["text"]:
            found[-1]["text"] = sentences
        else:
            found.extend(_inline_points(paragraph.text) or sentences)
    return [_compact(point) for point in found if point]


def measures(paragraphs: list[Paragraph]) -> list[dict[str, Any]]:
    """Headings on their own line, each with the ``一是……`` points of its paragraphs."""
    found: list[dict[str, Any]] = []
    for paragraph in paragraphs:
        if paragraph.standalone:
            found.append({"title": paragraph.heading, "text": [], "points": []})
            continue
        if not found:
            found.append({"title": paragraph.heading or "改进措施", "text": [], "points": []})
        inline = _inline_points(paragraph.full_text)
        if inline:
            found[-1]["points"].extend(inline)
        elif paragraph.heading and not paragraph.standalone:
            found[-1]["points"].append({"title": paragraph.heading, "text": split_sentences(paragraph.text)})
        else:
            found[-1]["text"].extend(split_sentences(paragraph.text))
    return [{k: v for k, v in m.items() if v} for m in found]


def _inline_points(text: str) -> list[dict[str, Any]]:
    """``一是积极推进……。全力做好……`` → a point titled by its first short sentence."""
    pieces = re.split(r"(?=(?:^|(?<=[。；;]))[一二三四五六七八九十]{1,3}是)", text)
    pieces = [p for p in pieces if p.strip()]
    if not pieces or not all(_POINT.match(p) for p in pieces):
        return []
    found = []
    for piece in pieces:
        body = _POINT.sub("", piece, count=1).strip().rstrip("；;")
        title, rest = run_in(body)
        found.append({"title": title, "text": split_sentences(rest)} if title else {"text": split_sentences(body)})
    return found


def _compact(point: Any) -> Any:
    if isinstance(point, dict):
        point = {k: v for k, v in point.items() if v}
        if list(point) == ["text"] and len(point["text"]) == 1:
            return point["text"][0]
    return point

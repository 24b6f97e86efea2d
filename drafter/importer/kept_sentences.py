"""What the report says in words, kept: what remains of each sentence once its figures are taken
(the part's 做法与成效, or its 依据和背景 when it only leads into them), the paragraph before the
first heading as the opening (and the 自评依据 it names), and the parts in words — 存在问题,
改进措施, 下一步工作 and the 总体思路 before them — as the model's points."""

from __future__ import annotations

import re
from typing import Any

from drafter.importer.highlights import remainder
from drafter.importer.layout import Paragraph
from drafter.importer.lexicon import Loc
from drafter.importer.points import measures, points
from drafter.importer.reading_figures import BodyFigures
from drafter.importer.sentences import split_sentences

#: The mark of an enumerated point at a sentence's start: 一是, 二是 ….
_POINT_MARK = re.compile(r"^[一二三四五六七八九十]{1,3}是")
#: The document a self-evaluation names as its basis: 对照《……》（……）.
_BASIS = re.compile(r"对照(《[^》]{4,120}》(?:[（(][^）)]{2,40}[）)])?)")


def keep_sentences(data: dict[str, Any], body: BodyFigures, work: list[Paragraph], taken: set[tuple[int, int, int]]) -> None:
    """What remains of each sentence, as 做法与成效 of its part; what comes before the first
    heading, as the opening (and the 自评依据 it names)."""
    first = work[0].index if work and not (work[0].heading or work[0].standalone) else None
    opening: list[str] = []
    last_part: Loc = ("overview",)
    for sentence in body.sentences:
        taken_here = {i for (p, n, i) in taken if p == sentence.paragraph and n == sentence.number}
        text, lead = remainder(sentence, taken_here)
        text = _POINT_MARK.sub("", text)  # 一是…… numbers points; the template numbers its own
        if sentence.paragraph == first:  # the paragraph before any heading opens the report
            _opening(data, text, opening)
            continue
        part = body.sections.sentences.get((sentence.paragraph, sentence.number)) or body.sections.paragraphs.get(sentence.paragraph)
        part = part or last_part
        last_part = part
        if lead and _part_data(data, part).get("basis") is None:
            _part_data(data, part)["basis"] = text.rstrip("。")
        elif text:
            _put_sentence(data, part, text)
    if opening:
        data["opening"] = opening


def _opening(data: dict[str, Any], text: str, opening: list[str]) -> None:
    if not text:
        return
    basis = _BASIS.search(text)
    if basis and "basis" not in data:
        data["basis"] = basis[1].replace("(", "（").replace(")", "）")
    if "现将" in text and "如下" in text:
        return  # the template's own words for what follows
    opening.append(text.rstrip("。"))


def _part_data(data: dict[str, Any], part: Loc) -> dict[str, Any]:
    target = data
    for step in part:
        target = target.setdefault(step, {})
    return target


def _put_sentence(data: dict[str, Any], part: Loc, text: str) -> None:
    _part_data(data, part).setdefault("highlights", []).append(text.rstrip("。"))


def keep_points(data: dict[str, Any], texts: dict[str, list[Paragraph]]) -> None:
    for key, paragraphs in texts.items():
        if key == "measures":
            found = measures(paragraphs)
        else:
            lead = [p for p in paragraphs if not p.heading and not p.standalone]
            if key == "next_steps" and lead and lead[0] is paragraphs[0]:
                data["outlook"] = [s.rstrip("。：:") for s in split_sentences(lead[0].text)]
                paragraphs = paragraphs[1:]
            found = points(paragraphs)
        if found:
            data[key] = found

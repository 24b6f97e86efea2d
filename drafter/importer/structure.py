"""The house's structure, as the data file's style options (``style.sections``, ``style.headings``,
``style.numbering``): the order the report takes its sections in, the headings it gives its
sections and parts, and how it numbers each level — so that next year's report comes out in the
same house.

Only what differs from the kind's templates is written, and a heading only for a part the
paragraph is clearly about.
"""

from __future__ import annotations

from collections import Counter
from typing import Any

from drafter.compose.house_style import PATTERNS
from drafter.compose.template_set import load_template_set
from drafter.importer.layout import Paragraph
from drafter.importer.parts import Sections
from drafter.model import Report
from drafter.model.report import structure_names


def house_style(kind: str, everything: list[Paragraph], sections: Sections, work: list[Paragraph]) -> dict[str, Any]:
    template_set = load_template_set(kind)
    style: dict[str, Any] = {}
    order = _order(work, sections, template_set.sections)
    if order:
        style["sections"] = order
    headings = _headings(work, sections)
    if headings:
        style["headings"] = headings
    numbering = _numbering(work, sections, template_set.numbering.levels, kind)
    if numbering:
        style["numbering"] = numbering
    return style


def _name(key: str) -> str:
    """The Chinese name of a section or part, when it names that one only; else its key."""
    names = structure_names(Report)
    title = next((title for title, k in names.items() if k == key and title != key), key)
    return title if names.get(title) == key else key


def _order(work: list[Paragraph], sections: Sections, template_sections: list[str]) -> list[str]:
    """The report's sections in the order they come, when the templates order them otherwise."""
    seen: list[str] = []
    for paragraph in work:
        part = sections.paragraphs.get(paragraph.index)
        section = sections.sections.get(paragraph.index) or (part[0] if part and len(part) == 2 else None)
        if section and section in template_sections and section not in seen:
            seen.append(section)
    default = [name for name in template_sections if name in seen]
    return [_name(name) for name in seen] if seen != default and len(seen) > 1 else []


def _headings(work: list[Paragraph], sections: Sections) -> dict[str, str]:
    headings: dict[str, str] = {}
    group_heading: str | None = None
    for paragraph in work:
        if paragraph.standalone:
            group_heading = paragraph.heading
            continue
        section = sections.sections.get(paragraph.index)
        if group_heading and section and _name(section) not in headings:
            headings[_name(section)] = group_heading
        part = sections.paragraphs.get(paragraph.index)
        if paragraph.heading and part and len(part) == 2 and _name(".".join(part)) not in headings:
            headings[_name(".".join(part))] = paragraph.heading
    return headings


def _numbering(work: list[Paragraph], sections: Sections, levels: dict[int, str], kind: str) -> dict[str, str]:
    """The numbering the report uses for its sections and its parts, where the templates differ."""
    examples = {pattern: example for example, pattern in PATTERNS.items()}
    by_level: dict[int, Counter[str]] = {}
    for paragraph in work:
        if not paragraph.numbering:
            continue
        level = min(paragraph.level, 2) if paragraph.standalone else 3
        by_level.setdefault(level, Counter())[paragraph.numbering] += 1
    chosen: dict[str, str] = {}
    for level, counts in by_level.items():
        example = counts.most_common(1)[0][0]
        if example in PATTERNS and examples.get(levels.get(level, "")) != example:
            chosen[str(level)] = example
    return chosen

"""The house's structure, as the data file's style options (``style.sections``, ``style.headings``,
``style.numbering``): the order the report takes its sections in, the headings it gives its
sections and parts, and how it numbers each level — so that next year's report comes out in the
same house.

Which heading of the report stands for a section or a part is read from the kind's own
templates: the level of the heading each key marks (``### 各类教育优质发展{{ "education"|key }}``
is a run-in heading for a section in a 工作总结及下年工作思路, a heading of its own in a 总结).
Only what differs from the templates is written, and a heading only for a paragraph clearly about
its part or section.
"""

from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache
from typing import Any

from drafter.compose.sandbox.house_style import PATTERNS
from drafter.compose.sandbox.template_set import load_template_set
from drafter.importer.layout import Paragraph
from drafter.importer.lexicon import part_models
from drafter.importer.parts import Sections
from drafter.importer.words import rarity, word_pairs
from drafter.model import Report
from drafter.model.report import structure_names

#: A heading with the key by which a data file renames it: ``### 标题{{ "education"|key }}``.
_KEYED = re.compile(r'^(#{1,4})\s.*\{\{\s*"([\w.]+)"\s*\|\s*key\s*\}\}', re.MULTILINE)
#: The level a run-in heading has in the templates.
RUN_IN = 3


@lru_cache(maxsize=8)
def keyed_levels(kind: str) -> dict[str, int]:
    """Per key of a section or part, the heading level its templates give it."""
    template_set = load_template_set(kind)
    levels: dict[str, int] = {}
    for path in sorted(template_set.directory.glob("*.j2")):
        for match in _KEYED.finditer(path.read_text(encoding="utf-8")):
            levels.setdefault(match[2], len(match[1]))
    return levels


def house_style(kind: str, work: list[Paragraph], sections: Sections) -> dict[str, Any]:
    levels = keyed_levels(kind)
    template_set = load_template_set(kind)
    style: dict[str, Any] = {}
    headed = _headed(work, sections, levels)
    order = _order([key for key, _ in headed if "." not in key], template_set.sections)
    if order:
        style["sections"] = order
    headings = {_name(key): text for key, text in reversed(headed)}  # the first heading of each key
    if headings:
        style["headings"] = dict(reversed(list(headings.items())))
    numbering = _numbering(work, template_set.numbering.levels)
    if numbering:
        style["numbering"] = numbering
    return style


def _level(paragraph: Paragraph) -> int:
    return min(paragraph.level, 2) if paragraph.standalone else RUN_IN


def _headed(work: list[Paragraph], sections: Sections, levels: dict[str, int]) -> list[tuple[str, str]]:
    """(key, heading) for each heading of the report that stands for a section or part."""
    found: list[tuple[str, str]] = []
    section_levels = {level for key, level in levels.items() if "." not in key}
    part_levels = {level for key, level in levels.items() if "." in key}
    for paragraph in work:
        if not paragraph.heading:
            continue
        level = _level(paragraph)
        part = sections.paragraphs.get(paragraph.index)
        section = sections.sections.get(paragraph.index) or (part[0] if part else None)
        if level in part_levels and part and len(part) == 2 and levels.get(".".join(part)) == level:
            if _named_by(paragraph.heading, [part]):
                found.append((".".join(part), paragraph.heading))
        elif level in section_levels and section and levels.get(section) == level:
            inside = [loc for loc, _ in part_models() if loc[0] == section]
            if _named_by(paragraph.heading, [(section,), *inside]) and not any(k == section for k, _ in found):
                found.append((section, paragraph.heading))
    return found


#: Words a heading shares with a title weigh this much at least (a rare word such as 学前, not 教育).
NAMED = 3.0


def _named_by(heading: str, locs: list[tuple[str, ...]]) -> bool:
    """Whether ``heading`` says words of the titles of ``locs`` (学前教育普及普惠 → 学前教育)."""
    titles = {loc: title for loc, title in _titles().items() if loc in locs}
    pairs = word_pairs(heading)
    return any(rarity(pairs & word_pairs(title)) >= NAMED for title in titles.values())


@lru_cache(maxsize=1)
def _titles() -> dict[tuple[str, ...], str]:
    titles: dict[tuple[str, ...], str] = {loc: model.title() for loc, model in part_models()}
    titles.update({(name,): model.title() for name, model in Report.section_types()})
    return titles


def _name(key: str) -> str:
    """The Chinese name of a section or part, when it names that one only; else its key."""
    names = structure_names(Report)
    title = next((title for title, k in names.items() if k == key and title != key), key)
    return title if names.get(title) == key else key


def _order(seen: list[str], template_sections: list[str]) -> list[str]:
    """The report's sections in the order they come, when the templates order them otherwise."""
    ordered = [key for key in dict.fromkeys(seen) if key in template_sections]
    default = [name for name in template_sections if name in ordered]
    return [_name(key) for key in ordered] if ordered != default and len(ordered) > 1 else []


def _numbering(work: list[Paragraph], levels: dict[int, str]) -> dict[str, str]:
    """The numbering the report uses at each level, where the templates number it otherwise."""
    examples = {pattern: example for example, pattern in PATTERNS.items()}
    by_level: dict[int, Counter[str]] = {}
    for paragraph in work:
        if paragraph.numbering:
            by_level.setdefault(_level(paragraph), Counter())[paragraph.numbering] += 1
    chosen: dict[str, str] = {}
    for level, counts in by_level.items():
        example = counts.most_common(1)[0][0]
        if example in PATTERNS and examples.get(levels.get(level, "")) != example:
            chosen[str(level)] = example
    return chosen

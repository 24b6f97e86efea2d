"""A bureau's house style from the data file: section order, heading texts, numbering per level.

``style.sections`` puts the sections it names in the clerk's order, in the places those
sections hold in the kind's template set (the others stay where they are); ``style.headings``
renames headings marked with a key in the templates; ``style.numbering`` chooses each level's
numbers by example (``（1）``, ``一是`` …).
"""

from __future__ import annotations

import dataclasses

from drafter.compose.markup import Numbering
from drafter.compose.template_set import TemplateSet
from drafter.model.report import Style

#: The numbering a data file may choose, by the example it shows, and its pattern.
PATTERNS = {"一、": "{cn}、", "（一）": "（{cn}）", "1.": "{n}.", "1、": "{n}、", "（1）": "（{n}）", "一是": "{cn}是"}
#: The example that writes a run-in level inside one paragraph.
INLINE = "一是"


def in_house_style(template_set: TemplateSet, style: Style) -> TemplateSet:
    """``template_set`` with the data file's section order and numbering."""
    return dataclasses.replace(
        template_set,
        sections=ordered(template_set.sections, style.sections),
        numbering=numbering(template_set.numbering, style),
    )


def ordered(sections: list[str], wanted: list[str]) -> list[str]:
    """``sections`` with those named in ``wanted`` in that order, each in a place one of them held."""
    named = [name for name in wanted if name in sections]
    slots = iter(named)
    return [next(slots) if name in named else name for name in sections]


def numbering(base: Numbering, style: Style) -> Numbering:
    if not style.numbering:
        return base
    levels = dict(base.levels)
    inline = set(base.inline)
    for level_text, example in style.numbering.items():
        level = int(level_text)
        levels[level] = PATTERNS[example]
        inline.discard(level)
        if example == INLINE:
            inline.add(level)
    return dataclasses.replace(base, levels=levels, inline=frozenset(inline))

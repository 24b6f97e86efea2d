"""A bureau's house style from the data file: section order, heading texts, numbering per level.

``style.sections`` puts the sections it names in the clerk's order, in the places those
sections hold in the kind's template set (the others stay where they are), and the parts it
names in the clerk's order inside their section; ``style.headings`` renames headings marked with
a key in the templates, at every level; ``style.numbering`` chooses each level's numbers by
example (``（1）``, ``一是`` …), and a level whose numbers would read like a higher level's
takes the next free style, so ``1.`` never numbers two levels.
"""

from __future__ import annotations

import dataclasses
import re

from drafter.compose.sandbox.markup import KEY, KEY_END, Numbering
from drafter.compose.sandbox.template_set import TemplateSet
from drafter.model.report import Style

#: The numbering a data file may choose, by the example it shows, and its pattern.
PATTERNS = {"一、": "{cn}、", "（一）": "（{cn}）", "1.": "{n}.", "1、": "{n}、", "（1）": "（{n}）", "一是": "{cn}是"}
#: The example that writes a run-in level inside one paragraph.
INLINE = "一是"


def in_house_style(template_set: TemplateSet, style: Style) -> TemplateSet:
    """``template_set`` with the data file's section order and numbering."""
    return dataclasses.replace(
        template_set,
        sections=ordered(template_set.sections, [key for key in style.sections if "." not in key]),
        numbering=numbering(template_set.numbering, style),
    )


def part_order(style: Style) -> list[str]:
    """The parts (``education.preschool``) the data file puts in its own order."""
    return [key for key in style.sections if "." in key]


_KEYED_LINE = re.compile(f"^\\s*(?:#+|-)\\s.*{KEY}(.*?){KEY_END}")


def ordered_parts(text: str, wanted: list[str]) -> str:
    """A rendered section with the parts named in ``wanted`` in that order, each in a place one
    of them held. A part runs from its keyed heading (or point) line to the next part's, or to
    the next heading of a higher level."""
    if not wanted:
        return text
    lines = text.split("\n")
    starts = [(index, match.group(1)) for index, line in enumerate(lines) if (match := _KEYED_LINE.match(line))]
    chunks = _part_chunks(lines, starts)
    named = [key for key in wanted if key in chunks]
    if len(named) < 2:
        return text
    slots = iter(named)
    out: list[str] = []
    index = 0
    for start, key in starts:
        if key not in chunks or index > start:
            continue
        out += lines[index:start]
        chosen = next(slots) if key in named else key
        out += chunks[chosen][1]
        index = chunks[key][0]
    return "\n".join(out + lines[index:])


def _part_chunks(lines: list[str], starts: list[tuple[int, str]]) -> dict[str, tuple[int, list[str]]]:
    """Each keyed part's lines and where they end; a section's own heading (``#``) is not a part."""
    chunks: dict[str, tuple[int, list[str]]] = {}
    for position, (start, key) in enumerate(starts):
        if "." not in key:
            continue
        end = starts[position + 1][0] if position + 1 < len(starts) else len(lines)
        for index in range(start + 1, end):
            if lines[index].startswith(("# ", "## ")):
                end = index
                break
        chunks[key] = (end, lines[start:end])
    return chunks


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
    chosen = {int(level) for level in style.numbering}
    return dataclasses.replace(base, levels=distinct(levels, chosen), inline=frozenset(inline))


#: The numbering of GB/T 9704-2012 (7.3.3) level by level, then one more for a fifth look.
LADDER = ("{cn}、", "（{cn}）", "{n}.", "（{n}）", "{n}）")
#: Patterns that read alike: ``1.`` and ``1、`` cannot number two levels of one document.
_ALIKE = {"{n}、": "{n}."}


def distinct(levels: dict[int, str], chosen: set[int]) -> dict[int, str]:
    """Levels whose numbers read like another level's take the next free style of the ladder;
    the levels the data file chose keep theirs, the others give way."""
    result = dict(levels)
    order = sorted(result, key=lambda level: (level not in chosen, level))
    taken: set[str] = set()
    for level in order:
        pattern = result[level]
        if _ALIKE.get(pattern, pattern) in taken:
            pattern = next(p for p in LADDER[LADDER.index(_ALIKE.get(pattern, pattern)) :] + LADDER if p not in taken)
            result[level] = pattern
        taken.add(_ALIKE.get(pattern, pattern))
    return result

"""What each number of a sentence is: a figure's value, or what belongs to one — last year's value
(较上年的1100个, 由36.8%提升至…, （上年120余场次）), the target (完成年度目标（1350个）的86.7%,
年度目标为…, 力争由10%提高到20%), a part of it (（公办58所、民办119所）), an honour's total
(（累计9所）) — or a change, which the writer computes and the reader need not keep (增加70个,
提升2.51个百分点, 86.7%).

The sentence is read as a shape: each number replaced by one placeholder character, so that the
patterns below read like the sentences the writer makes (:mod:`drafter.compose.prose.change`,
:mod:`drafter.compose.prose.targets`, :mod:`drafter.compose.prose.saying`).
"""

from __future__ import annotations

import re
import string
from dataclasses import dataclass, field

from drafter.compose.prose.targets import EXCEEDED, GOAL, KEPT_WITHIN, MET, NAMED_GOAL, SHARE_OF, SHORT_BY_POINTS, STATED
from drafter.importer.mentions import POINTS, Mention, find_mentions

VALUE = "value"
PREVIOUS = "previous"
TARGET = "target"
PART = "part"
TOTAL = "total"
#: How much a figure changed, or how much of its target it reached: computed by the writer.
CHANGE = "change"
#: In a 工作要点, the level a target starts from (新增学前学位1350个，现有1100个).
CURRENT = "current"

_BASE = 0xE000
N = "[\ue000-\ue0ff]"
_N = f"({N})"
_UP_DOWN = "提升|提高|增加|增长|下降|降低|减少|上升|变为|调整|调高|调低|扩大|缩小"
_LAST_YEAR = r"(?:上年|去年|上一年|(\d{4})年)"
_TREND = re.compile(rf"(?:由|从)(?:(\d{{4}})年的?)?{_N}[^，。；\ue000-\ue0ff]{{0,6}}?(?:{_UP_DOWN})[至到为]?{_N}")
_CHANGE = re.compile(
    rf"(?:较|比|同比|与){_LAST_YEAR}(?:同期)?(?:的|为)?{_N}?(?:相比)?[，,]?(?:有所|基本)?(?:{_UP_DOWN}|增|减|持平)"
)
#: The writer's word for a level the same as last year's: 巩固率保持在99.8%.
_KEPT = re.compile(rf"保持在{_N}")
_PREVIOUS_IS = re.compile(rf"{_LAST_YEAR}为{_N}")
_BRACKET_PREVIOUS = re.compile(rf"（{_LAST_YEAR}(?:为|的)?{_N}）")
_TOTAL = re.compile(rf"（累计(?:达)?{_N}）")
_CURRENT = re.compile(rf"[，,]现有{_N}")
_GOAL = re.compile(rf"(?:力争|确保|争取)(?:[^，。；\ue000-\ue0ff]{{0,16}}?)(?:达到|提高到|提升到|达|控制在|实现|保持在)?{_N}")
_CEILING = re.compile(rf"控制在{_N}以内")
_CLAUSE_END = "，。；,;"


# -- targets, in the writer's forms (:mod:`drafter.compose.prose.targets`) --------------------
#: The writer's word for the target, and the words reports use besides it.
_GOALS = f"(?:{GOAL}|全年目标)"
#: A target named in brackets may be just 目标 (完成目标（20所）).
_NAMED_GOALS = f"(?:{GOAL}|全年目标|目标)"


def _form(template: str, **parts: str) -> str:
    """A pattern of one of the writer's forms: its words as they are, each ``{name}`` replaced by
    ``parts[name]``; the unit after a number (``%``, ``个百分点``) is the number's own."""
    pattern = ""
    after_number = False
    for literal, name, _, _ in string.Formatter().parse(template):
        if after_number:
            literal = literal.removeprefix(POINTS).removeprefix("%")
        pattern += re.escape(literal)
        if name is not None:
            pattern += parts[name]
        after_number = name in ("gap", "share", "target")
    return pattern


def _against_target(form: str, named: bool) -> re.Pattern[str]:
    """How a value went against its target, with the target named (``完成年度目标（1350个）的86.7%``)
    or reading like the value (``完成年度目标``)."""
    if named:
        goal = _form(NAMED_GOAL, goal=_NAMED_GOALS, target=f"(?P<target>{N})")
    else:
        goal = f"{_GOALS}(?!（)"  # not the start of the named form
    change = f"(?P<change>{N})"
    pattern = _form(form, goal=goal, gap=change, share=change)
    if form.endswith("{goal}"):
        pattern += f"(?!的{N})"  # 完成年度目标 is not the start of 完成年度目标的86.7%
    for longer in _PROGRESS:
        if longer != form and longer.endswith(form):  # nor the end of 超额完成年度目标
            pattern = f"(?<!{re.escape(longer.removesuffix(form))})" + pattern
    return re.compile(pattern)


#: The writer's forms of a value against its target.
_PROGRESS = (SHARE_OF, SHORT_BY_POINTS, EXCEEDED, KEPT_WITHIN, MET)
#: Every form in which the writer says a value against its target, the longer ones first; with
#: whether it says the target reads exactly like the value (完成年度目标, nothing named: it is met
#: to the letter; 超额完成年度目标 says only that it was less).
_TARGET_FORMS = tuple(
    (_against_target(form, named), not named and form == MET)
    for form in _PROGRESS
    for named in (True, False)
)
#: ``年度目标为1350个``; after a figure's words and 的, the target of a figure without a value.
_TARGET_IS = re.compile(rf"(的)?(?:{_form(STATED, goal=_GOALS, target=_N)}|{_GOALS}是{_N})")


@dataclass
class Reading:
    """One number of a sentence and what it is. ``owner`` is the index of the value it belongs to
    (for a previous value, target, part, total or change); ``anchor`` is where the words that say
    the figure end (``由`` of 由36.8%提升至50.86%), ``name`` a part's name (其中城区)."""

    mention: Mention
    role: str = VALUE
    owner: int | None = None
    name: str = ""
    previous_year: int | None = None
    anchor: int = -1
    #: The target reads exactly like the value (完成年度目标, with no target named).
    target_met: bool = False
    #: The previous value is the same as this one (与上年持平).
    same_as_last_year: bool = False
    #: How much the value changed, when the previous value is not named (较去年提升2.51个百分点).
    change: tuple[str, Mention] | None = None
    notes: list[str] = field(default_factory=list)

    @property
    def start(self) -> int:
        return self.mention.start if self.anchor < 0 else self.anchor


def read_numbers(sentence: str, plan: bool = False, protected: list[tuple[int, int]] | None = None) -> list[Reading]:
    """Every number of ``sentence`` with its role; in a 工作要点 (``plan``) a level raised from one
    number to another states the current value and the target (由10%提高到20%)."""
    mentions = [m for m in find_mentions(sentence) if not _inside(m, protected or [])][:255]
    readings = [Reading(m) for m in mentions]
    shape = _shape(sentence, mentions)
    _trends(shape, readings, plan)
    if plan:
        _current(shape, readings)
    _brackets(shape, readings)
    _breakdowns(shape, readings)
    _changes(shape, readings)
    _targets(shape, readings, plan)
    for reading in readings:
        if reading.role == VALUE and reading.mention.points:
            reading.role = CHANGE
    return readings


def _inside(mention: Mention, spans: list[tuple[int, int]]) -> bool:
    return any(a <= mention.start and mention.end <= b for a, b in spans)


class Shape(str):
    """The sentence with each number replaced by one placeholder; ``origin[i]`` is where the
    shape's character ``i`` stands in the sentence."""

    origin: list[int]


def _shape(sentence: str, mentions: list[Mention]) -> Shape:
    pieces: list[str] = []
    origin: list[int] = []
    last = 0
    for index, mention in enumerate(mentions):
        pieces.append(sentence[last : mention.start])
        origin.extend(range(last, mention.start))
        pieces.append(chr(_BASE + index))
        origin.append(mention.start)
        last = mention.end
    pieces.append(sentence[last:])
    origin.extend(range(last, len(sentence) + 1))
    shape = Shape("".join(pieces))
    shape.origin = origin
    return shape


def _index(char: str | None) -> int | None:
    """The reading a placeholder of the shape stands for; None for a group that did not match."""
    return None if char is None else _at(char)


def _at(char: str) -> int:
    """The reading a placeholder stands for."""
    return ord(char) - _BASE


def _owner(readings: list[Reading], before: int) -> int | None:
    """The last value before reading ``before``."""
    for index in range(before - 1, -1, -1):
        if readings[index].role == VALUE:
            return index
    return None


def _trends(shape: Shape, readings: list[Reading], plan: bool) -> None:
    for match in _TREND.finditer(shape):
        first, second = _at(match[2]), _at(match[3])
        value = readings[second]
        value.anchor = shape.origin[match.start()]
        other = readings[first]
        other.owner = second
        if plan:
            other.role, value.role = VALUE, TARGET
            value.owner, other.owner = first, None
            other.anchor = value.anchor
        else:
            other.role = PREVIOUS
            if match[1]:
                other.previous_year = int(match[1])


def _current(shape: str, readings: list[Reading]) -> None:
    """A 工作要点's ``新增学前学位1350个，现有1100个``: the first number is the target, the one
    after 现有 the current value."""
    for match in _CURRENT.finditer(shape):
        index = _at(match[1])
        owner = _owner(readings, index)
        if owner is not None:
            readings[index].role, readings[index].owner = CURRENT, owner
            readings[owner].notes.append("planned")


def _brackets(shape: str, readings: list[Reading]) -> None:
    for match in _BRACKET_PREVIOUS.finditer(shape):
        index = _at(match[2])
        owner = _owner(readings, index)
        if owner is not None:
            readings[index].role, readings[index].owner = PREVIOUS, owner
            if match[1]:
                readings[index].previous_year = int(match[1])
    for match in _TOTAL.finditer(shape):
        index = _at(match[1])
        readings[index].role, readings[index].owner = TOTAL, _owner(readings, index)


def _changes(shape: str, readings: list[Reading]) -> None:
    for match in _CHANGE.finditer(shape):
        owner = _owner(readings, _first_index_after(shape, match.start()))
        named = _index(match[2])
        if named is not None:  # with no value before it, a value said apart (the reader finds whose)
            readings[named].role, readings[named].owner = PREVIOUS, owner
            if match[1]:
                readings[named].previous_year = int(match[1])
        elif owner is not None and match.group(0).endswith("持平"):
            readings[owner].same_as_last_year = True
        verb = re.search(f"({_UP_DOWN}|增|减)$", match.group(0))
        for index in _numbers_in_clause(shape, match.end()):
            readings[index].role, readings[index].owner = CHANGE, owner
            if named is None and owner is not None and verb and readings[owner].change is None:
                readings[owner].change = (verb[1], readings[index].mention)
    for match in _KEPT.finditer(shape):
        kept = _at(match[1])
        if readings[kept].role == VALUE and not any(r.owner == kept and r.role == PREVIOUS for r in readings):
            readings[kept].same_as_last_year = True
    for match in _PREVIOUS_IS.finditer(shape):
        before = _at(match[2])
        if readings[before].role == VALUE:
            readings[before].role, readings[before].owner = PREVIOUS, _owner(readings, before)


def _first_index_after(shape: str, position: int) -> int:
    """The index of the first number at or after ``position`` (or past the last one)."""
    for char_index in range(position, len(shape)):
        if 0 <= ord(shape[char_index]) - _BASE <= 0xFF:
            return ord(shape[char_index]) - _BASE
    return sum(1 for ch in shape if 0 <= ord(ch) - _BASE <= 0xFF)


def _numbers_in_clause(shape: str, start: int) -> list[int]:
    """The numbers from ``start`` to the end of its clause, or of the brackets it is in: after
    ``小学53所（较上年减少2所）、``, ``初中14所`` is a value again."""
    found = []
    for char in shape[start:]:
        if char in _CLAUSE_END or char in "）)":
            break
        index = ord(char) - _BASE
        if 0 <= index <= 0xFF:
            found.append(index)
    return found


def _targets(shape: str, readings: list[Reading], plan: bool) -> None:
    for pattern, met in _TARGET_FORMS:
        for match in pattern.finditer(shape):
            owner = _owner(readings, _first_index_after(shape, match.start()))
            for group, role in (("target", TARGET), ("change", CHANGE)):
                index = _index(match.groupdict().get(group))
                if index is not None:
                    readings[index].role, readings[index].owner = role, owner
            if met and owner is not None:
                readings[owner].target_met = True
    for match in _TARGET_IS.finditer(shape):
        target = _index(match[2] or match[3])
        if target is not None and readings[target].role == VALUE:
            owner = None if match[1] else _owner(readings, target)
            readings[target].role, readings[target].owner = TARGET, owner
    if plan:
        _goals(shape, readings)


def _goals(shape: str, readings: list[Reading]) -> None:
    """A 工作要点's ``力争达到80%``, ``控制在50%以内``: the number is a target; ``现有…`` after it
    is the level it starts from."""
    for pattern in (_GOAL, _CEILING):
        for match in pattern.finditer(shape):
            index = _at(match[1])
            if readings[index].role == VALUE:
                readings[index].notes.append("goal")


def _said_before(readings: list[Reading], before: int) -> int | None:
    """The last value (or 工作要点's current value) before reading ``before``."""
    for index in range(before - 1, -1, -1):
        if readings[index].role in (VALUE, CURRENT):
            return index
    return None


def _same_clause(shape: str, first: int, second: int) -> bool:
    a, b = shape.find(chr(_BASE + first)), shape.find(chr(_BASE + second))
    return not any(ch in _CLAUSE_END for ch in shape[a:b])


_BRACKET = re.compile(r"（([^（）]{1,120})）")
_PART = re.compile(rf"^((?:其中|含)?[^，。；、\ue000-\ue0ff]{{1,16}}?)({N})$")


def _breakdowns(shape: str, readings: list[Reading]) -> None:
    """``177所（公办58所、民办119所）``: a bracket of named numbers after a value, in its clause."""
    for match in _BRACKET.finditer(shape):
        items = [item.strip() for item in re.split("[、，,]", match[1]) if item.strip()]
        parts = [part for part in (_PART.match(item) for item in items) if part is not None]
        if not items or len(parts) != len(items):
            continue
        named = [(part[1], _at(part[2])) for part in parts]
        if any(readings[index].role != VALUE for _, index in named):
            continue
        first = named[0][1]
        said = _said_before(readings, first)
        if said is None or not _same_clause(shape, said, first):
            continue
        owner = readings[said].owner if readings[said].role == CURRENT else said
        for name, index in named:
            reading = readings[index]
            reading.role, reading.owner, reading.name = PART, owner, name

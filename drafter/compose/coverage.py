"""Whether every value the clerk entered reached the document.

The built-in templates write everything (a test proves it for every field of the model); a
template set a bureau edited may not. Before anything is written the clerk is told which values
the document leaves out, so that nothing entered is lost without a word.
"""

from __future__ import annotations

from typing import Any, Iterator

from pydantic import BaseModel

from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.punctuation import normalise
from drafter.errors import Problem
from drafter.model import Report
from drafter.compose.prose.honours import honour_verb, titled
from drafter.model.figure import Figure
from drafter.model.items import Honour
from drafter.model.paths import describe, model_at, where
from drafter.model.section import Part
from drafter.model.text import without_end_mark
from drafter.outline import Outline

#: Fields that say how the document looks, not what it says.
_NOT_CONTENT = ("meta", "style", "formal", "schema_ref")
#: Values listed one by one in the notice; the rest are counted.
MAX_LISTED = 10
#: Figures left out at zero named each on its own line; more are named in one.
ZEROS_ONE_BY_ONE = 3


def unwritten(report: Report, outline: Outline, numbers: NumberWriter) -> list[Problem]:
    """A problem for each field whose entered values the document does not contain."""
    text = _text_of(outline)
    missing: dict[tuple[Any, ...], None] = {}
    zeros: dict[tuple[Any, ...], None] = {}
    for loc, expected in expected_texts(report, numbers):
        if expected is None:
            zeros.setdefault(loc, None)
        elif expected and expected not in text:
            missing.setdefault(loc, None)
    problems = [
        Problem("模板没有写出这项数据，文档里没有它", where(Report, loc), _hint(loc)) for loc in list(missing)[:MAX_LISTED]
    ]
    if len(missing) > MAX_LISTED:
        problems.append(Problem(f"另有{len(missing) - MAX_LISTED}项数据也没有写出"))
    return problems + _zeros(list(zeros))


def _zeros(locs: list[tuple[Any, ...]]) -> list[Problem]:
    """One notice for the figures left out at zero: a 填报表 with 0 in every empty cell gives many."""
    hint = "确实要写，请在这一部分的“做法与成效”里写一句；本来就没有的，删去这个0就不再提示"
    if len(locs) <= ZEROS_ONE_BY_ONE:
        return [Problem("填的是0，报告不写没有的事，这一项没有写进文档", where(Report, loc), hint) for loc in locs]
    names = [describe(Report, loc)[0].split(" › ")[-1] for loc in locs]
    listed = "、".join(names[:MAX_LISTED]) + (f"等{len(names)}项" if len(names) > MAX_LISTED else "")
    hint = "确实要写，请在所在部分的“做法与成效”里写一句；本来就没有的，删去这些0就不再提示"
    return [Problem(f"{listed}填的是0，报告不写没有的事，这些没有写进文档", hint=hint)]


def _hint(loc: tuple[Any, ...]) -> str:
    """How to get the value written: ``{{ education.preschool|rest }}`` at the end of its part."""
    for end in range(len(loc), 0, -1):
        model = model_at(Report, loc[:end])
        if isinstance(model, type) and issubclass(model, Part):
            part = ".".join(str(step) for step in loc[:end])
            return f"在这一部分的模板末尾加上 {{{{ {part}|rest }}}} 就能写出"
    return "在模板里写出这一项"


def expected_texts(report: Report, numbers: NumberWriter) -> Iterator[tuple[tuple[Any, ...], str | None]]:
    """Each entered value of the report's content and the words the document writes it in;
    None for a figure a report leaves out (none of a good thing)."""
    for name in type(report).model_fields:
        if name not in _NOT_CONTENT:
            yield from _walk(getattr(report, name), (name,), numbers)


def _walk(value: Any, loc: tuple[Any, ...], numbers: NumberWriter) -> Iterator[tuple[tuple[Any, ...], str | None]]:
    if isinstance(value, Figure) and value.none_to_report:
        yield loc, None
    elif isinstance(value, Figure):
        previous = value.previous if value.value is not None else None  # alone, it is last year's, not said
        for amount in (value.value, previous, value.target, *(value.breakdown or {}).values()):
            if amount is None:
                continue
            said = value.value if value.value is not None else value.target
            if value.spec.zero and amount is said and amount.exact and amount.value == 0:
                yield loc, value.spec.zero  # 全面消除56人以上大班额: a zero said as what it means
            else:
                yield loc, numbers.amount(amount, value.spec)
        for name in value.breakdown or {}:
            yield loc, normalise(name)
    elif isinstance(value, Honour):
        # honours said together share their verb (获评A3所、B2个); a title that says its level
        # (全国…, 全市…) is not given the level word again
        title = honour_verb(value.name)[1]
        yield (*loc, "name"), normalise(title)
        for name in type(value).model_fields:
            if name == "level" and value.level and titled(value.level, title) == title:
                continue
            if name != "name":
                yield from _walk(getattr(value, name), (*loc, name), numbers)
    elif isinstance(value, BaseModel):
        for name in type(value).model_fields:
            yield from _walk(getattr(value, name), (*loc, name), numbers)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            yield from _walk(item, (*loc, index), numbers)
    elif isinstance(value, str) and value.strip():
        yield loc, without_end_mark(normalise(value.strip()))


def _text_of(outline: Outline) -> str:
    pieces = [outline.title, outline.recipient]
    pieces += [block.full_text for block in outline.blocks]
    return normalise("\n".join(pieces))

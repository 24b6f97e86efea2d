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
from drafter.model.paths import model_at, where
from drafter.model.section import Part
from drafter.model.text import without_end_mark
from drafter.outline import Outline

#: Fields that say how the document looks, not what it says.
_NOT_CONTENT = ("meta", "style", "formal", "schema_ref")
#: Values listed one by one in the notice; the rest are counted.
MAX_LISTED = 10


def unwritten(report: Report, outline: Outline, numbers: NumberWriter) -> list[Problem]:
    """A problem for each field whose entered values the document does not contain."""
    text = _text_of(outline)
    missing: dict[tuple[Any, ...], None] = {}
    for loc, expected in expected_texts(report, numbers):
        if expected and expected not in text:
            missing.setdefault(loc, None)
    problems = [
        Problem("模板没有写出这项数据，文档里没有它", where(Report, loc), _hint(loc)) for loc in list(missing)[:MAX_LISTED]
    ]
    if len(missing) > MAX_LISTED:
        problems.append(Problem(f"另有{len(missing) - MAX_LISTED}项数据也没有写出"))
    return problems


def _hint(loc: tuple[Any, ...]) -> str:
    """How to get the value written: ``{{ education.preschool|rest }}`` at the end of its part."""
    for end in range(len(loc), 0, -1):
        model = model_at(Report, loc[:end])
        if isinstance(model, type) and issubclass(model, Part):
            part = ".".join(str(step) for step in loc[:end])
            return f"在这一部分的模板末尾加上 {{{{ {part}|rest }}}} 就能写出"
    return "在模板里写出这一项"


def expected_texts(report: Report, numbers: NumberWriter) -> Iterator[tuple[tuple[Any, ...], str]]:
    """Each entered value of the report's content and the words the document writes it in."""
    for name in type(report).model_fields:
        if name not in _NOT_CONTENT:
            yield from _walk(getattr(report, name), (name,), numbers)


def _walk(value: Any, loc: tuple[Any, ...], numbers: NumberWriter) -> Iterator[tuple[tuple[Any, ...], str]]:
    if isinstance(value, Figure):
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

"""Whether every value the clerk entered reached the document.

The built-in templates write everything (a test proves it for every field of the model); a
template set a bureau edited may not. Before anything is written the clerk is told which values
the document leaves out, so that nothing entered is lost without a word.
"""

from __future__ import annotations

import enum
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



class LeftOut(enum.Enum):
    """Why an entered value is left out of the document on purpose."""

    ZERO = "none of a good thing (新建普通高中0所)"
    BASIS_ALONE = "a part's basis with nothing for it to open"


def unwritten(report: Report, outline: Outline, numbers: NumberWriter) -> list[Problem]:
    """A problem for each field whose entered values the document does not contain."""
    text = _text_of(outline)
    missing: dict[tuple[Any, ...], None] = {}
    zeros: dict[tuple[Any, ...], None] = {}
    alone: list[Problem] = []
    for loc, expected in expected_texts(report, numbers):
        if expected is LeftOut.ZERO:
            zeros.setdefault(loc, None)
        elif expected is LeftOut.BASIS_ALONE:
            alone.append(_basis_alone(loc))
        elif isinstance(expected, str) and expected and expected not in text:
            missing.setdefault(loc, None)
    problems = [
        Problem("模板没有写出这项数据，文档里没有它", where(Report, loc), _hint(loc)) for loc in list(missing)[:MAX_LISTED]
    ]
    if len(missing) > MAX_LISTED:
        problems.append(Problem(f"另有{len(missing) - MAX_LISTED}项数据也没有写出"))
    return problems + alone + _zeros(list(zeros))


def without_bases_alone(report: Report) -> Report:
    """The report to write: a part's basis with nothing after it (在县委、县政府的大力支持下。)
    is not a sentence, so it is left out (:func:`unwritten` tells the clerk)."""
    if not any(part.basis_alone for _, part in report.all_parts()):
        return report
    written = report.model_copy(deep=True)
    for _, part in written.all_parts():
        if part.basis_alone:
            part.basis = ""
    return written


def _basis_alone(loc: tuple[Any, ...]) -> Problem:
    return Problem(
        "只填了依据和背景，后面没有做法或数据，单独一句话不成文，这一部分没有写进文档",
        where(Report, loc),
        "请在这一部分的“做法与成效”里写做了什么，或填上数据",
    )


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


def expected_texts(report: Report, numbers: NumberWriter) -> Iterator[tuple[tuple[Any, ...], str | LeftOut]]:
    """Each entered value of the report's content and the words the document writes it in, or
    why it is left out (:class:`LeftOut`)."""
    for name in type(report).model_fields:
        if name not in _NOT_CONTENT:
            yield from _walk(getattr(report, name), (name,), numbers)


def _walk(value: Any, loc: tuple[Any, ...], numbers: NumberWriter) -> Iterator[tuple[tuple[Any, ...], str | LeftOut]]:
    if isinstance(value, Figure) and value.none_to_report:
        yield loc, LeftOut.ZERO
    elif isinstance(value, Part) and value.basis_alone:
        yield loc, LeftOut.BASIS_ALONE
        for name in type(value).model_fields:
            if name != "basis":
                yield from _walk(getattr(value, name), (*loc, name), numbers)
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

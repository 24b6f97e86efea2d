"""What the clerk typed → the value stored in the data file, and back into words.

Every answer is checked by the very field it fills, with the validation and the Chinese messages
``drafter build`` uses for JSON files: one validation path. A field of an item (an honour, a
project) is checked together with the rest of the item as entered so far, so the item's own checks
(a custom figure's value against its unit) run as soon as what they read is there.

A figure may be typed with its parts in brackets, ``177（公办58、民办119）``, read by the parser
the 填报表 uses for the same cell.
"""

from __future__ import annotations

import datetime as dt
import functools
import re
import typing
from typing import Annotated, Any

from pydantic import BaseModel, TypeAdapter, ValidationError

from drafter.compose.prose.numbers import NumberWriter
from drafter.errors import Problem
from drafter.inputs.clean import is_blank
from drafter.inputs.messages import problems_from
from drafter.model import Figure
from drafter.model.figure_text import figure_with_parts
from drafter.questionnaire.questions import FieldQuestion, FigureQuestion, Question, SentencesQuestion

NOT_GIVEN = "（未填）"
_WRITER = NumberWriter()


class Invalid(Exception):
    """The answer does not fit the field; the message says why, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def value_for(
    question: FieldQuestion, text: str, existing: Any = None, previous: str | None = None, item: Any = None
) -> Any:
    """The JSON value to store for ``text``, or ``None`` for a skipped question; ``item``: what the
    item the question belongs to holds so far.

    A figure keeps what it already carries besides its value and parts (last year's value, a
    target); a new figure gets last year's value from ``--from`` as its previous value.
    """
    text = text.strip()
    if is_blank(text):
        if question.required:
            raise Invalid("这一项必须填写")
        return None
    raw: Any = _year_number(question, text)
    if isinstance(question, FigureQuestion):
        typed = _figure_typed(text)
        if question.item and set(typed) - {"value", "breakdown"} and _declared(question):
            raise Invalid(f"“{text}”：这一项只写本年的数；上年的数和目标请写进这一部分的“做法与成效”")
        if isinstance(existing, dict):
            kept = {k: v for k, v in existing.items() if k not in ("value", "breakdown")}
            if "previous" in typed:  # last year's value typed now replaces the one kept
                kept.pop("previous_year", None)
            raw = {**kept, **typed}
        elif previous is not None:
            raw = {"previous": previous, **typed}
        else:
            raw = typed if set(typed) != {"value"} else text
    return checked(question, raw, item)


def checked(question: FieldQuestion | SentencesQuestion, value: Any, item: Any = None) -> Any:
    """``value`` checked by the field ``question`` fills (an item's field within its item); ``item``
    is what the object holding the field has so far (成文日期 is checked against the 年度 given)."""
    holder = item if isinstance(item, dict) else {}
    if question.item:
        return validated_in_item(question.owner, holder, question.name, value)
    return validated(question.owner, question.name, value, holder)


def _declared(question: FigureQuestion) -> bool:
    """A figure an item declares itself (an honour's 获评数量), not a clerk's own with its roles."""
    return question.spec is not None and question.spec in question.owner.model_fields[question.name].metadata


def _figure_typed(text: str) -> dict[str, Any]:
    """``{"value": "177", "breakdown": {"公办": "58", "民办": "119"}}`` for ``177（公办58、民办119）``."""
    try:
        typed = figure_with_parts(text)
    except ValueError as problem:
        raise Invalid(str(problem)) from None
    if "value" not in typed:
        raise Invalid(f"“{text}”：括号前面要写总数，如 177（公办58、民办119）")
    return typed


#: A year as people write it: ``2025年``, ``2025年度``.
_YEAR = re.compile(r"^(\d{4})\s*年度?$")


def _year_number(question: FieldQuestion, text: str) -> str:
    """``2025`` for ``2025年`` when the field is a year (a whole number titled with 年: 年度)."""
    annotation = question.owner.model_fields[question.name].annotation
    match = _YEAR.match(text)
    if match and "年" in question.title and int in (annotation, *typing.get_args(annotation)):
        return match[1]
    return text


def validated(owner: type[BaseModel], name: str, value: Any, holder: dict[str, Any] | None = None) -> Any:
    """``value`` checked by field ``name`` of ``owner`` (beside the fields ``holder`` has given) and
    returned as JSON data."""
    instance = _blank(owner)
    for other, given in (holder or {}).items():
        if other in owner.model_fields and other != name and isinstance(given, (str, int, float)):
            setattr(instance, other, given)  # as given: a validator reads it (info.data), never checks it
    try:
        owner.__pydantic_validator__.validate_assignment(instance, name, value)
    except ValidationError as error:
        problems = problems_from(error, owner)
        raise Invalid("；".join(str(Problem(p.message, hint=p.hint)) for p in problems)) from None
    return instance.model_dump(mode="json", by_alias=True, include={name})[name]


def validated_in_item(owner: type[BaseModel], item: dict[str, Any], name: str, value: Any) -> Any:
    """``value`` checked as field ``name`` of an item that holds ``item`` so far, and returned as
    JSON data. A required field not yet asked is no error here."""
    data = {key: entry for key, entry in {**item, name: value}.items() if entry is not None}
    try:
        instance = owner.model_validate(data)
    except ValidationError as error:
        problems = [
            problem
            for found, problem in zip(error.errors(), problems_from(error, owner))
            if found["type"] != "missing"
        ]
        if problems:
            raise Invalid("；".join(str(Problem(p.message, hint=p.hint)) for p in problems)) from None
        adapter = _field_adapter(owner, name)
        return adapter.dump_python(adapter.validate_python(value), mode="json", by_alias=True)
    return instance.model_dump(mode="json", by_alias=True, include={name})[name]


@functools.cache
def _field_adapter(owner: type[BaseModel], name: str) -> TypeAdapter[Any]:
    """Field ``name`` of ``owner`` on its own, with its constraints and its :class:`Spec`."""
    info = owner.model_fields[name]
    annotation: Any = Annotated[(info.annotation, *info.metadata)] if info.metadata else info.annotation
    return TypeAdapter(annotation)


def typed_text(question: Question, stored: Any, item: Any = None) -> str:
    """The stored answer as the clerk would type it again (pre-filled when asked again): a
    figure's parts in brackets, ``177（公办58、民办119）``."""
    if stored is None:
        return ""
    if isinstance(stored, dict):
        parts = stored.get("breakdown") or {}
        inside = "、".join(f"{name}{amount}" for name, amount in parts.items())
        return str(stored.get("value") or "") + (f"（{inside}）" if inside else "")
    if isinstance(question, FieldQuestion):
        value = _field_value(question, stored, item)
        if isinstance(value, dt.date):
            return _WRITER.date(value)
    return str(stored)


def shown(question: Question, stored: Any, item: Any = None) -> str:
    """The stored answer as the report writes it: ``1170个（上年 1100个）``, ``2024年12月31日``,
    ``177所（公办58所、民办119所）``."""
    if stored is None or stored == []:
        return NOT_GIVEN
    if isinstance(stored, list):
        first = item_text(stored[0])
        first = first if len(first) <= 30 else first[:30] + "……"
        count = "条" if question.item else "句"
        return f"{first}（共{len(stored)}{count}）" if len(stored) > 1 else first
    if not isinstance(question, FieldQuestion):
        return str(stored)
    value = _field_value(question, stored, item)
    if isinstance(value, Figure):
        return _figure_text(value)
    if isinstance(value, dt.date):
        return _WRITER.date(value)
    return typed_text(question, stored)


def item_summary(questions: list[Question], item: Any) -> str:
    """An item on one line, its answers in model order: ``春晖路小学，新建，24亩，2800万元``."""
    entry = item if isinstance(item, dict) else {}
    answers = [shown(q, entry.get(q.name), entry) for q in questions if entry.get(q.name) not in (None, "", [])]
    text = "，".join(answers) or "还没有填写"
    return text if len(text) <= 40 else text[:40] + "……"


def _figure_text(figure: Figure) -> str:
    """``1170个（上年 1100个，目标 1200个）``; a target alone reads ``目标 1350个``; parts follow
    the value: ``177所（公办58所、民办119所）``."""

    def written(amount: Any) -> str:
        return _WRITER.amount(amount, figure.spec)

    roles = (("上年", figure.previous), ("目标", figure.target))
    extras = [f"{role} {written(amount)}" for role, amount in roles if amount is not None]
    parts = _WRITER.breakdown(figure)
    if figure.value is None:
        return "，".join(extras) + parts
    return written(figure.value) + parts + (f"（{'，'.join(extras)}）" if extras else "")


def previous_text(question: FigureQuestion, previous: str) -> str:
    """Last year's value as the report would write it: ``1100个``."""
    figure = _field_value(question, previous)
    if isinstance(figure, Figure) and figure.value is not None:
        return _WRITER.amount(figure.value, figure.spec)
    return previous


def item_text(item: Any) -> str:
    """An item of a list of sentences as one line; a point with a title reads ``小标题：内容``."""
    if not isinstance(item, dict):
        return str(item)
    body = "".join(item_text(part) for part in [*item.get("text", []), *item.get("points", [])])
    title = str(item.get("title", ""))
    return f"{title}：{body}" if title and body else title or body


def _field_value(question: FieldQuestion, stored: Any, item: Any = None) -> Any:
    """The stored answer as the model reads it; an item's field is read within its item (``None``
    while the item still misses a field it needs)."""
    if question.item:
        try:
            instance = question.owner.model_validate({**(item or {}), question.name: stored})
        except ValidationError:
            return None
        return getattr(instance, question.name)
    instance = _blank(question.owner)
    question.owner.__pydantic_validator__.validate_assignment(instance, question.name, stored)
    return getattr(instance, question.name)


def _blank(model: type[BaseModel]) -> BaseModel:
    """An instance to check one field against. Required sub-models are blank instances too: the
    model's own validators run on assignment and may read them (the report reads its meta)."""
    required = {
        name: _blank(info.annotation)
        for name, info in model.model_fields.items()
        if info.is_required() and isinstance(info.annotation, type) and issubclass(info.annotation, BaseModel)
    }
    return model.model_construct(None, **required)

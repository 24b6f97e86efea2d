"""What the clerk typed → the value stored in the data file, and back into words.

Every answer is checked by the very field it fills, with the validation and the Chinese messages
``drafter build`` uses for JSON files: one validation path.
"""

from __future__ import annotations

import datetime as dt
import re
import typing
from typing import Any

from pydantic import BaseModel, ValidationError

from drafter.compose.numbers import NumberWriter
from drafter.errors import Problem
from drafter.inputs.messages import problems_from
from drafter.model import Figure
from drafter.questionnaire.questions import FieldQuestion, FigureQuestion, Question

NOT_GIVEN = "（未填）"
_WRITER = NumberWriter()


class Invalid(Exception):
    """The answer does not fit the field; the message says why, in Chinese."""

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


def value_for(question: FieldQuestion, text: str, existing: Any = None, previous: str | None = None) -> Any:
    """The JSON value to store for ``text``, or ``None`` for a skipped question.

    A figure keeps what it already carries besides its value (last year's value, a target);
    a new figure gets last year's value from ``--from`` as its previous value.
    """
    text = text.strip()
    if not text:
        if question.required:
            raise Invalid("这一项必须填写")
        return None
    raw: Any = _year_number(question, text)
    if isinstance(question, FigureQuestion):
        if isinstance(existing, dict):
            raw = {**existing, "value": text}
        elif previous is not None:
            raw = {"value": text, "previous": previous}
    return validated(question.owner, question.name, raw)


#: A year as people write it: ``2025年``, ``2025年度``.
_YEAR = re.compile(r"^(\d{4})\s*年度?$")


def _year_number(question: FieldQuestion, text: str) -> str:
    """``2025`` for ``2025年`` when the field is a year (a whole number titled with 年: 年度)."""
    annotation = question.owner.model_fields[question.name].annotation
    match = _YEAR.match(text)
    if match and "年" in question.title and int in (annotation, *typing.get_args(annotation)):
        return match[1]
    return text


def validated(owner: type[BaseModel], name: str, value: Any) -> Any:
    """``value`` checked by field ``name`` of ``owner`` and returned as JSON data."""
    instance = _blank(owner)
    try:
        owner.__pydantic_validator__.validate_assignment(instance, name, value)
    except ValidationError as error:
        problems = problems_from(error, owner)
        raise Invalid("；".join(str(Problem(p.message, hint=p.hint)) for p in problems)) from None
    return instance.model_dump(mode="json", by_alias=True, include={name})[name]


def typed_text(question: Question, stored: Any) -> str:
    """The stored answer as the clerk would type it again (pre-filled when asked again)."""
    if stored is None:
        return ""
    if isinstance(stored, dict):
        return str(stored.get("value") or "")
    if isinstance(question, FieldQuestion):
        value = _field_value(question, stored)
        if isinstance(value, dt.date):
            return _WRITER.date(value)
    return str(stored)


def shown(question: Question, stored: Any) -> str:
    """The stored answer as the report writes it: ``1170个（上年 1100个）``, ``2024年12月31日``."""
    if stored is None or stored == []:
        return NOT_GIVEN
    if isinstance(stored, list):
        first = item_text(stored[0])
        first = first if len(first) <= 30 else first[:30] + "……"
        return f"{first}（共{len(stored)}句）" if len(stored) > 1 else first
    if not isinstance(question, FieldQuestion):
        return str(stored)
    value = _field_value(question, stored)
    if isinstance(value, Figure):
        return _figure_text(value)
    if isinstance(value, dt.date):
        return _WRITER.date(value)
    return str(stored)


def _figure_text(figure: Figure) -> str:
    """``1170个（上年 1100个，目标 1200个）``; a target alone reads ``目标 1350个``."""

    def written(amount: Any) -> str:
        return _WRITER.amount(amount, figure.spec)

    roles = (("上年", figure.previous), ("目标", figure.target))
    extras = [f"{role} {written(amount)}" for role, amount in roles if amount is not None]
    if figure.value is None:
        return "，".join(extras)
    return written(figure.value) + (f"（{'，'.join(extras)}）" if extras else "")


def previous_text(question: FigureQuestion, previous: str) -> str:
    """Last year's value as the report would write it: ``1100个``."""
    figure = _field_value(question, previous)
    return _WRITER.amount(figure.value, figure.spec) if isinstance(figure, Figure) else previous


def item_text(item: Any) -> str:
    """An item of a list of sentences as one line; a point with a title reads ``小标题：内容``."""
    if not isinstance(item, dict):
        return str(item)
    body = "".join(item_text(part) for part in [*item.get("text", []), *item.get("points", [])])
    title = str(item.get("title", ""))
    return f"{title}：{body}" if title and body else title or body


def _field_value(question: FieldQuestion, stored: Any) -> Any:
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
    return model.model_construct(**required)

"""What the clerk typed → the value stored in the data file, and back into words.

Every answer is checked by the very field it fills, with the validation and the Chinese messages
``drafter build`` uses for JSON files: one validation path.
"""

from __future__ import annotations

import datetime as dt
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
    raw: Any = text
    if isinstance(question, FigureQuestion):
        if isinstance(existing, dict):
            raw = {**existing, "value": text}
        elif previous is not None:
            raw = {"value": text, "previous": previous}
    return validated(question.owner, question.name, raw)


def validated(owner: type[BaseModel], name: str, value: Any) -> Any:
    """``value`` checked by field ``name`` of ``owner`` and returned as JSON data."""
    instance = owner.model_construct()
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
        return str(stored.get("value", ""))
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
        first = stored[0] if len(stored[0]) <= 30 else stored[0][:30] + "……"
        return f"{first}（共{len(stored)}句）" if len(stored) > 1 else first
    if not isinstance(question, FieldQuestion):
        return str(stored)
    value = _field_value(question, stored)
    if isinstance(value, Figure):
        text = _WRITER.amount(value.value, value.spec)
        if value.previous is not None:
            text += f"（上年 {_WRITER.amount(value.previous, value.spec)}）"
        return text
    if isinstance(value, dt.date):
        return _WRITER.date(value)
    return str(stored)


def previous_text(question: FigureQuestion, previous: str) -> str:
    """Last year's value as the report would write it: ``1100个``."""
    figure = _field_value(question, previous)
    return _WRITER.amount(figure.value, figure.spec) if isinstance(figure, Figure) else previous


def _field_value(question: FieldQuestion, stored: Any) -> Any:
    instance = question.owner.model_construct()
    question.owner.__pydantic_validator__.validate_assignment(instance, question.name, stored)
    return getattr(instance, question.name)

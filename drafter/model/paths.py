"""Walk the model along a field path: Chinese titles for a location, the fields known there.

Validation messages, the questionnaire and the review screen all name a field the same way:
``各类教育 › 学前教育 › 新增学前学位`` for ``education.preschool.new_places``.
"""

import types
import typing
from typing import Any, Iterable, Optional, Union

from pydantic import BaseModel

from drafter.model.figure import Figure, Spec

#: A field path in the report: keys of objects and indexes of lists (``("education", "preschool", "honours", 0)``).
Loc = tuple[Union[str, int], ...]

#: Figure sub-fields are named by their role; the value itself adds nothing to the path.
_FIGURE_ROLES = {"value": "", "previous": "上年数值", "target": "目标值", "previous_year": "对比年份"}


def without_none(annotation: Any) -> Any:
    """``Optional[X]`` → ``X``; anything else unchanged."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def models_in(annotation: Any) -> list[type[BaseModel]]:
    """BaseModel classes inside an annotation (unwrapping Optional, list, Union)."""
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return [annotation]
    origin = typing.get_origin(annotation)
    if origin in (Union, types.UnionType, list, typing.Annotated):
        found: list[type[BaseModel]] = []
        for arg in typing.get_args(annotation):
            found.extend(models_in(arg))
        return found
    return []


def field_title(model: type[BaseModel], name: str) -> str:
    info = model.model_fields.get(name)
    if info is None:
        return name
    for item in info.metadata:
        if isinstance(item, Spec):
            return item.title
    if info.title:
        return info.title
    inner = models_in(info.annotation)
    if inner and inner[0].model_config.get("title"):
        return str(inner[0].model_config["title"])
    return name


def describe(root: type[BaseModel], loc: Iterable[Any]) -> tuple[str, str]:
    """Return (Chinese path, dotted key path) for a location such as ``("party", "theory", "x")``."""
    titles: list[str] = []
    keys: list[str] = []
    model: Optional[type[BaseModel]] = root
    for step in loc:
        if isinstance(step, int):
            titles.append(f"第{step + 1}条")
            keys.append(f"[{step}]")
            continue
        step = str(step)
        if model is Figure and step in _FIGURE_ROLES:
            if _FIGURE_ROLES[step]:
                titles.append(_FIGURE_ROLES[step])
                keys.append(f".{step}")
            model = None
            continue
        if model is None or step not in model.model_fields:
            keys.append(f".{step}")
            titles.append(step)
            model = None
            continue
        titles.append(field_title(model, step))
        keys.append(f".{step}")
        inner = models_in(model.model_fields[step].annotation)
        model = inner[0] if inner else None
    return " › ".join(t for t in titles if t), "".join(keys).lstrip(".")


def where(root: type[BaseModel], loc: Iterable[Any]) -> str:
    """How a message names a location: ``各类教育 › 学前教育 › 新增学前学位（education.preschool.new_places）``."""
    titles, keys = describe(root, loc)
    return f"{titles}（{keys}）" if titles != keys else keys


def model_at(root: type[BaseModel], loc: Iterable[Any]) -> Optional[type[BaseModel]]:
    """The model class found at a location, or None when the path leaves the model."""
    model: Optional[type[BaseModel]] = root
    for step in loc:
        if model is None:
            return None
        if isinstance(step, int):
            continue
        info = model.model_fields.get(str(step))
        if info is None:
            return None
        inner = models_in(info.annotation)
        model = inner[0] if inner else None
    return model


def origin_of(report: BaseModel, loc: Iterable[Any]) -> str:
    """How a message names the place of ``loc`` in the report's input: the file and cell it was
    read from (a 填报表's ``报告信息!B35 发文字号``), else its field path."""
    origins = getattr(report, "_origins", None)
    loc = tuple(loc)
    return origins(loc) if origins is not None else where(type(report), loc)

"""A report with every field filled, generated from the model, and the text each value must leave.

Used to prove that nothing a clerk enters is dropped: a field added to the model is filled here
the day it is added, without touching this file. The values are consistent with the relations
the model declares (a whole is filled with larger numbers than its parts), so the report passes
the check ``build`` makes before writing.
"""

from __future__ import annotations

import itertools
import re
import typing
from collections import defaultdict
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any, Iterator

from pydantic import BaseModel

from drafter.compose.prose.numbers import NumberWriter
from drafter.model import Report
from drafter.model.amount import parse_amount
from drafter.model.figure import HasFigures, Spec
from drafter.model.paths import models_in
from drafter.model.points import Measure, Point
from drafter.model.relations import AtMost, SumOf, relations_of
from drafter.model.section import CustomFigure, Part

META = {
    "region": "浙江省丽水市",
    "district": "青溪县",
    "organ": "青溪县教育局",
    "year": 2024,
    "date": "2024-12-31",
}
_NUMBERS = NumberWriter()


@dataclass
class Filled:
    """The data of a report and, per field path, the texts its values must leave in the document."""

    data: dict[str, Any] = field(default_factory=dict)
    expected: dict[str, list[str]] = field(default_factory=dict)
    _counter: Iterator[int] = field(default_factory=lambda: itertools.count(1))

    def number(self) -> int:
        return next(self._counter)

    def text(self, path: str) -> str:
        """A sentence that appears nowhere else: 第N句……."""
        return f"青溪第{self.number()}条记录的工作做法"


def filled_report(kind: str, only: int | None = None) -> Filled:
    """Every field of ``Report`` filled (or, with ``only``, the ``only``-th figure of each part)."""
    filled = Filled()
    filled.data["meta"] = {**META, "kind": kind}
    for name, info in Report.model_fields.items():
        if name in ("meta", "style", "formal", "schema_ref"):
            continue
        value = _fill(filled, info.annotation, name, only)
        if value not in (None, [], {}):
            filled.data[name] = value
    return filled


def _fill(filled: Filled, annotation: Any, path: str, only: int | None) -> Any:
    models = models_in(annotation)
    origin = typing.get_origin(annotation)
    if origin is list or (origin in (typing.Union,) and list in [typing.get_origin(a) for a in typing.get_args(annotation)]):
        item = typing.get_args(annotation)[0] if origin is list else None
        if item is str or item is None:
            return _sentences(filled, path, only)
        return _items(filled, item, path, only)
    if models and issubclass(models[0], Part):
        return _part(filled, models[0], path, only)
    if models and issubclass(models[0], BaseModel):
        section = models[0]
        data = {}
        for name, info in section.model_fields.items():
            value = _fill(filled, info.annotation, f"{path}.{name}", only)
            if value not in (None, [], {}):
                data[name] = value
        return data
    if only is not None:
        return None
    text = f"依据青溪县第{filled.number()}号文件"
    filled.expected[path] = [text]
    return text


def _sentences(filled: Filled, path: str, only: int | None) -> list[str]:
    if only is not None and only > 0:
        return []
    lines = [filled.text(path), filled.text(path)]
    filled.expected[path] = list(lines)
    return lines


def _items(filled: Filled, item: type[BaseModel], path: str, only: int | None) -> list[Any]:
    if only is not None and only > 0:
        return []
    if item is Point:
        title = f"短板{filled.number()}需要补齐"
        text = [filled.text(path)]
        filled.expected[path] = [title, *text]
        return [{"title": title, "text": text}, text[0] + "又一条"]
    if item is Measure:
        title = f"措施{filled.number()}抓紧落实"
        point_title, point_text = f"做法{filled.number()}", filled.text(path)
        filled.expected[path] = [title, point_title, point_text]
        return [{"title": title, "points": [{"title": point_title, "text": [point_text]}]}]
    if item is CustomFigure:
        subject = f"青溪第{filled.number()}小学"
        first, second = _amount(filled, _custom_spec("亩")), _amount(filled, _custom_spec("平方米"))
        loose = _amount(filled, _custom_spec("所"))
        filled.expected[path] = [subject, "占地" + first[1], "建筑面积" + second[1], "建成家长学校" + loose[1]]
        return [
            {"subject": subject, "name": "占地", "value": first[0], "unit": "亩"},
            {"subject": subject, "name": "建筑面积", "value": second[0], "unit": "平方米"},
            {"name": "建成家长学校", "value": loose[0], "unit": "所"},
        ]
    return [_item(filled, item, path)]


def _custom_spec(unit: str) -> Spec:
    from drafter.model.figure import spec_for_unit

    return spec_for_unit("自定义", unit)


def _item(filled: Filled, item: type[BaseModel], path: str) -> dict[str, Any]:
    data: dict[str, Any] = {}
    expected = []
    specs = dict(item.figure_specs()) if issubclass(item, HasFigures) else {}
    levels = _levels(item)
    for name, info in item.model_fields.items():
        if name in specs:
            typed, written = _amount(filled, specs[name], levels[name])
            data[name] = typed
            expected.append(written)
        elif typing.get_origin(info.annotation) is list:
            data[name] = [f"青溪第{filled.number()}中学", f"青溪第{filled.number()}中学"]
            expected += data[name]
        else:
            data[name] = f"青溪{filled.number()}号"
            expected.append(data[name])
    filled.expected[path] = expected
    return data


def _levels(model: type[BaseModel]) -> dict[str, int]:
    """How far up the model's relations each figure stands: a whole (总数) one above its parts."""
    below = [(r.part, r.whole) for r in relations_of(model) if isinstance(r, AtMost)]
    below += [(part, r.total) for r in relations_of(model) if isinstance(r, SumOf) for part in r.parts]
    levels: dict[str, int] = defaultdict(int)
    for _ in below:
        for part, whole in below:
            levels[whole] = max(levels[whole], levels[part] + 1)
    return levels


def _part(filled: Filled, part: type[Part], path: str, only: int | None) -> dict[str, Any]:
    data: dict[str, Any] = {}
    levels = _levels(part)
    for index, (name, spec) in enumerate(part.figure_specs()):
        if only is not None and index != only:
            continue
        data[name] = _figure(filled, spec, f"{path}.{name}", breakdown=index % 4 == 1, level=levels[name])
    for name, info in part.model_fields.items():
        if name in data or any(name == n for n, _ in part.figure_specs()):
            continue
        value = _fill(filled, info.annotation, f"{path}.{name}", only)
        if value not in (None, [], {}):
            data[name] = value
    return data


def _figure(filled: Filled, spec: Spec, path: str, breakdown: bool, level: int = 0) -> dict[str, Any]:
    part = _amount(filled, spec) if breakdown and spec.kind in ("count", "quantity") else None  # smaller than the value
    value, previous, target = (_amount(filled, spec, level) for _ in range(3))
    data: dict[str, Any] = {"value": value[0], "previous": previous[0], "target": target[0]}
    expected = [value[1], previous[1], target[1]]
    if part is not None:
        data["breakdown"] = {"其中城区": part[0]}
        expected.append("其中城区" + part[1])
    filled.expected[path] = expected
    return data


def _amount(filled: Filled, spec: Spec, level: int = 0) -> tuple[str, str]:
    """A value for ``spec`` that appears nowhere else, and how the document writes it; the higher
    its ``level`` among related figures, the larger."""
    n = filled.number()
    more = 10000 * level
    if spec.kind == "rate":
        typed = f"{10 + n % 30 + 30 * level}.{n % 97 + 1:02d}%"
    elif spec.kind == "ratio":
        typed = f"1:{10 + n % 20}.{n % 97 + 1:02d}"
    elif spec.kind == "money":
        typed = f"{1000 + n + more}.5万元"
    elif spec.kind == "quantity":
        typed = f"{100 + n + more}.{n % 9 + 1}{spec.unit}"
    else:
        typed = f"{1000 + n + more}{spec.unit}"
    amount = spec.check(parse_amount(typed))
    return typed, _NUMBERS.amount(amount, spec)


def missing_from(text: str, filled: Filled) -> dict[str, list[str]]:
    """Per field path, the expected texts that the document does not contain."""
    missing = {}
    for path, texts in filled.expected.items():
        absent = [t for t in texts if not re.search(_pattern(t), text)]
        if absent:
            missing[path] = absent
    return missing


def _pattern(expected: str) -> str:
    """``expected`` not as part of a longer number: 1007个 is not found in 11007个."""
    before = r"(?<![\d.:])" if expected[0].isdigit() else ""
    after = r"(?![\d])" if expected[-1].isdigit() else ""
    return before + re.escape(expected) + after


def expected_count(filled: Filled) -> int:
    return sum(len(texts) for texts in filled.expected.values())


__all__ = ["Filled", "filled_report", "missing_from", "expected_count", "Decimal"]

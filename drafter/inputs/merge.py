"""Join the parts the 科室 send back (workbooks and JSON files) into one report's raw data.

Parts that do not overlap, or agree where they do, merge silently: lists (做法与成效, honours,
projects …) are joined, an item given twice is kept once. The same figure or value given
differently in two parts is a conflict: every conflict is reported with the field, both values
and where each came from, and nothing is merged.
"""

from __future__ import annotations

import copy
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Optional

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from drafter.errors import DrafterError, Problem
from drafter.inputs.json_file import validate_report
from drafter.inputs.sources import Source, read_source
from drafter.model import Figure, Report, Spec, parse_amount
from drafter.model.paths import Loc, models_in


#: Stands in for the report information while checking parts that do not have it yet.
_STAND_IN_META = {"region": "省", "district": "区", "organ": "局", "year": 2000, "date": "2000-01-01"}


def merged_data(paths: list[Path]) -> tuple[dict[str, Any], bool]:
    """The data of ``paths`` merged and checked, as a data file holds it, and whether it has the
    report information (parts without it can be merged now and with it later)."""
    merged = merge([read_source(path) for path in paths])
    complete = "meta" in merged.data
    data = merged.data if complete else {**merged.data, "meta": _STAND_IN_META}
    result = validate_report(data, locate=merged.where).to_json_data()
    if not complete:
        result.pop("meta")
    return result, complete


@dataclass
class Merged:
    """The merged raw data, and for each merged field path the part and path it came from."""

    data: dict[str, Any]
    sources: list[Source]
    origins: dict[Loc, tuple[int, Loc]] = field(default_factory=dict)
    conflicts: list[Problem] = field(default_factory=list)

    def where(self, loc: Loc) -> str:
        """How a message names ``loc``: the file and cell (or field path) the value came from."""
        for end in range(len(loc), -1, -1):
            origin = self.origins.get(loc[:end])
            if origin is not None:
                index, source_loc = origin
                return self.sources[index].where((*source_loc, *loc[end:]))
        return self.sources[0].where(loc)  # pragma: no cover - the root always has an origin


def merge(sources: list[Source]) -> Merged:
    """Merge ``sources`` in order; raise DrafterError listing every conflict."""
    merged = Merged(copy.deepcopy(sources[0].data), sources, {(): (0, ())})
    for index, source in enumerate(sources[1:], start=1):
        _merge_model(merged, merged.data, source.data, (), (), index, Report)
    if merged.conflicts:
        raise DrafterError(merged.conflicts)
    return merged


def _merge_model(
    merged: Merged, target: dict[str, Any], new: dict[str, Any], loc: Loc, source_loc: Loc,
    index: int, model: Optional[type[BaseModel]],
) -> None:
    for key, value in new.items():
        here, there = (*loc, key), (*source_loc, key)
        if key not in target:
            target[key] = copy.deepcopy(value)
            merged.origins[here] = (index, there)
            continue
        info = _field(model, key)
        old = target[key]
        if _is_figure(info):
            target[key] = _merge_figure(merged, old, value, here, there, index)
        elif isinstance(old, dict) and isinstance(value, dict):
            inner = models_in(info.annotation) if info else []
            _merge_model(merged, old, value, here, there, index, inner[0] if inner else None)
        elif isinstance(old, list) and isinstance(value, list):
            inner = models_in(info.annotation) if info else []
            _merge_list(merged, old, value, here, there, index, inner[0] if inner else None)
        elif not same_value(old, value):
            _conflict(merged, here, old, value, there, index)


def _merge_figure(merged: Merged, old: Any, new: Any, loc: Loc, source_loc: Loc, index: int) -> Any:
    """A figure given in two parts: each of value, 上年, 目标 … may come from either, not differ."""
    result, extra = _as_figure(old), _as_figure(new)
    for role, value in extra.items():
        if role not in result:
            result[role] = copy.deepcopy(value)
            merged.origins[(*loc, role)] = (index, (*source_loc, role))
        elif role == "breakdown" and isinstance(value, dict) and isinstance(result[role], dict):
            _merge_model(merged, result[role], value, (*loc, role), (*source_loc, role), index, None)
        elif not same_value(result[role], value):
            _conflict(merged, (*loc, role), result[role], value, (*source_loc, role), index)
    return result


def _merge_list(
    merged: Merged, old: list[Any], new: list[Any], loc: Loc, source_loc: Loc,
    index: int, item_model: Optional[type[BaseModel]],
) -> None:
    """Join two lists; an item given in both is kept once, the same item with other figures is
    a conflict (an item is the same when its text fields are: name, subject, level …)."""
    for position, item in enumerate(new):
        if any(_same_item(item, kept) for kept in old):
            continue
        twin = next((i for i, kept in enumerate(old) if _twins(item, kept, item_model)), None)
        if twin is not None and item_model is not None:
            _merge_model(merged, old[twin], item, (*loc, twin), (*source_loc, position), index, item_model)
            continue
        merged.origins[(*loc, len(old))] = (index, (*source_loc, position))
        old.append(copy.deepcopy(item))


def _twins(item: Any, kept: Any, model: Optional[type[BaseModel]]) -> bool:
    """Items that name the same thing (their text fields agree) though their figures may not."""
    if model is None or not isinstance(item, dict) or not isinstance(kept, dict):
        return False
    if not any(_is_figure(info) for info in model.model_fields.values()):
        return False
    keys = [name for name, info in model.model_fields.items() if info.annotation in (str, Optional[str])]
    identity = [(item.get(k) or "", kept.get(k) or "") for k in keys]
    return any(a for a, _ in identity) and all(same_value(a, b) for a, b in identity)


def _conflict(merged: Merged, loc: Loc, old: Any, new: Any, source_loc: Loc, index: int) -> None:
    first = merged.where(loc)
    second = merged.sources[index].where(source_loc)
    merged.conflicts.append(
        Problem(
            f"写的是“{_shown(old)}”，{second} 写的是“{_shown(new)}”，两份材料填的不一样",
            first,
            "请两个科室核对后改成一致，再重新合并",
        )
    )


def _field(model: Optional[type[BaseModel]], key: str) -> Optional[FieldInfo]:
    if model is None:
        return None
    info = model.model_fields.get(key)
    if info is None:
        info = next((i for i in model.model_fields.values() if i.alias == key), None)
    return info


def _is_figure(info: Optional[FieldInfo]) -> bool:
    if info is None:
        return False
    return any(isinstance(m, Spec) for m in info.metadata) or Figure in models_in(info.annotation)


def _as_figure(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, dict) else {"value": value}


def _same_item(a: Any, b: Any) -> bool:
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(_same_item(a[k], b[k]) for k in a)
    if isinstance(a, list) and isinstance(b, list):
        return len(a) == len(b) and all(_same_item(x, y) for x, y in zip(a, b))
    return same_value(a, b)


def same_value(a: Any, b: Any) -> bool:
    """Equal as a clerk means it: ``1170`` and ``"1170"`` and ``"1170个"`` are the same figure."""
    if a == b or str(a).strip() == str(b).strip():
        return True
    if isinstance(a, (dict, list)) or isinstance(b, (dict, list)):
        return _same_item(a, b) if type(a) is type(b) else False
    try:
        x, y = parse_amount(a), parse_amount(b)
    except ValueError:
        return False
    words = (x.prefix, x.suffix, x.post, x.second, x.per) == (y.prefix, y.suffix, y.post, y.second, y.per)
    return words and x.value == y.value and (x.unit == y.unit or not x.unit or not y.unit)


def _shown(value: Any) -> str:
    if isinstance(value, dict):
        return "、".join(f"{k}：{_shown(v)}" for k, v in value.items())
    if isinstance(value, list):
        return "；".join(_shown(v) for v in value)
    return str(value)

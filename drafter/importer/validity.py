"""The imported data checked by the model, as any data file is: a value the model refuses (a rate
over 100%, a count with a fraction) is taken out and listed with the model's own reason, so the
data file written always loads."""

from __future__ import annotations

import copy
from typing import Any

from pydantic import ValidationError

from drafter.errors import DrafterError
from drafter.importer.trace import Trace, where
from drafter.model import Report

#: More problems than this in one file is a bug of the import, not of the report.
MOST_ROUNDS = 50


def checked(data: dict[str, Any], trace: Trace) -> dict[str, Any]:
    """``data`` without the values the model refuses; each one is listed in ``trace``."""
    data = copy.deepcopy(data)
    for _ in range(MOST_ROUNDS):
        try:
            Report.model_validate(data)
            return data
        except ValidationError as error:
            problem = error.errors()[0]
            loc = _figure_loc(data, tuple(problem["loc"]))
            if loc is None:
                raise DrafterError.single(f"导入的数据不能通过检查（{problem['msg']}）", ".".join(map(str, problem["loc"]))) from None
            _remove(data, loc, trace, problem["msg"])
    raise DrafterError.single("导入的数据不能通过检查", "数据文件")


def _figure_loc(data: dict[str, Any], loc: tuple[Any, ...]) -> tuple[Any, ...] | None:
    """The field a problem is in: the figure (or list item) holding it."""
    if not loc or loc[0] in ("meta",):
        return None
    node: Any = data
    path: list[Any] = []
    for step in loc:
        if isinstance(node, dict) and step in node:
            path.append(step)
            node = node[step]
            if isinstance(node, (str, int, float)) or (isinstance(node, dict) and ("value" in node or "target" in node)):
                return tuple(path)
        elif isinstance(node, list) and isinstance(step, int) and step < len(node):
            path.append(step)
            node = node[step]
        else:
            break
    return tuple(path) if path and path[0] != "meta" else None


def _remove(data: dict[str, Any], loc: tuple[Any, ...], trace: Trace, message: str) -> None:
    node: Any = data
    for step in loc[:-1]:
        node = node[step]
    value = node[loc[-1]]
    if isinstance(node, list):
        node.pop(loc[-1])
    else:
        del node[loc[-1]]
    trace.taken[:] = [t for t in trace.taken if t.loc[: len(loc)] != loc]
    shown = value if not isinstance(value, dict) else value.get("value", value.get("target", value))
    trace.leave(str(shown), where(loc), f"模型不接受这个数值（{message}），没有写入")

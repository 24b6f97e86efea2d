"""Turn pydantic validation errors into Chinese messages that name the field.

Our own checks (figures, dates) already raise Chinese messages; pydantic's built-in errors
(missing, wrong type, unknown field …) are translated here by error type.
"""

from __future__ import annotations

import re
from typing import Any, Callable, Mapping, Optional

from pydantic import BaseModel, ValidationError

from drafter.errors import Problem
from drafter.model.paths import field_title, model_at, where
from drafter.model.text import quoted

_TYPE_MESSAGES = {
    "missing": "缺少这一项，必须填写",
    "string_type": "应填写文字",
    "string_too_short": "不能为空",
    "int_type": "应填写整数",
    "int_parsing": "应填写整数",
    "int_from_float": "应填写整数",
    "int_parsing_size": "数字的位数太多，不是报告里会有的数字；请检查这一项",
    "float_type": "应填写数字",
    "float_parsing": "应填写数字",
    "finite_number": "应填写数字",
    "decimal_parsing": "应填写数字",
    "string_too_long": "太长了，请只写要写的内容",
    "too_long": "写的项目太多了，请只写要写的内容",
    "recursion_loop": "括号套得太深，请检查这里是否多写了括号",
    "bool_type": "应填写 true 或 false",
    "bool_parsing": "应填写 true 或 false",
    "list_type": "应填写列表（用方括号 [ ] 括起来，每条用英文逗号隔开）",
    "dict_type": "应填写对象（用花括号 { } 括起来）",
    "model_type": "应填写对象（用花括号 { } 括起来）",
    "model_attributes_type": "应填写对象（用花括号 { } 括起来）",
    "date_type": "应填写日期，如 2024-12-31 或 2024年12月31日",
    "date_parsing": "应填写日期，如 2024-12-31 或 2024年12月31日",
    "date_from_datetime_parsing": "应填写日期，如 2024-12-31 或 2024年12月31日",
    "date_from_datetime_inexact": "应填写日期，如 2024-12-31 或 2024年12月31日",
    "literal_error": "“{input}”不是可选的值，可选：{expected}",
}


#: Names a field path in the input it came from (a workbook's sheet and cell).
Locate = Callable[[tuple[Any, ...]], str]
#: Problems listed one by one; a file with thousands of mistakes gets the first ones and a count.
MAX_PROBLEMS = 20


def problems_from(error: ValidationError, root: type[BaseModel], locate: Optional[Locate] = None) -> list[Problem]:
    """One :class:`Problem` per validation error, in the order of the data (at most
    :data:`MAX_PROBLEMS`); ``locate`` names the place of each (by default the field path)."""
    place = locate or (lambda loc: where(root, loc))
    problems: list[Problem] = []
    for item in error.errors(include_url=False)[:MAX_PROBLEMS]:
        loc = tuple(item["loc"])
        if item["type"] == "extra_forbidden":
            problems.append(_unknown_field(root, loc, place))
            continue
        problems.append(Problem(_one_line(_message(item)), place(loc)))
    more = error.error_count() - MAX_PROBLEMS
    if more > 0:
        problems.append(Problem(f"另有{more}个问题没有列出", hint="先改正上面这些，再运行一次就能看到其余的"))
    return problems


def _message(item: Mapping[str, Any]) -> str:
    kind = item["type"]
    ctx = item.get("ctx") or {}
    if kind.startswith("drafter") or kind == "value_error":
        return str(ctx.get("error", item["msg"])).removeprefix("Value error, ")
    if kind in ("greater_than_equal", "greater_than"):
        return f"“{quoted(item.get('input'))}”太小，不能小于{ctx.get('ge', ctx.get('gt'))}"
    if kind in ("less_than_equal", "less_than"):
        return f"“{quoted(item.get('input'))}”太大，不能大于{ctx.get('le', ctx.get('lt'))}"
    template = _TYPE_MESSAGES.get(kind)
    if template:
        return template.replace("{input}", quoted(item.get("input"))).replace("{expected}", _choices(ctx))
    return "写法不对，请对照这一项的说明改正"


def _one_line(message: str) -> str:
    """A message quoting the clerk's text keeps a line break in it visible as ``\n``."""
    return re.sub(r"[\r\n\x0b\x0c\x85\u2028\u2029]", lambda m: m[0].encode("unicode_escape").decode("ascii"), message)


def _choices(ctx: dict[str, Any]) -> str:
    """pydantic's ``'a', 'b' or 'c'`` as ``a、b、c``."""
    return re.sub(r"'?,\s*'|'\s+or\s+'", "、", str(ctx.get("expected", ""))).strip("'")


def _unknown_field(root: type[BaseModel], loc: tuple[Any, ...], place: Locate) -> Problem:
    parent_loc, key = loc[:-1], str(loc[-1])
    location = place(parent_loc) if parent_loc else "最外层"
    message = f"不认识的字段“{quoted(key)}”"
    parent = model_at(root, parent_loc)
    suggestion = _did_you_mean(parent, key) if parent else None
    hint = f"是不是“{suggestion}”（{field_title(parent, suggestion)}）？" if suggestion and parent else ""
    if not hint and parent:
        hint = "这里可以填：" + "、".join(_known_keys(parent)[:12])
    return Problem(message, location, hint)


def _known_keys(model: type[BaseModel]) -> list[str]:
    return [info.alias or name for name, info in model.model_fields.items()]


def _did_you_mean(model: type[BaseModel], key: str) -> str | None:
    """The field name closest to ``key``, matching English names or Chinese titles."""
    import difflib  # only a data file with a key drafter does not know needs it

    names = list(model.model_fields)
    close = difflib.get_close_matches(key, names, n=1, cutoff=0.7)
    if close:
        return close[0]
    titles = {field_title(model, name): name for name in names}
    close = difflib.get_close_matches(key, list(titles), n=1, cutoff=0.5)
    if close:
        return titles[close[0]]
    for title, name in titles.items():
        if key and (key in title or title in key):
            return name
    return None

"""A figure written on one line with its parts in brackets, as clerks write it in a cell or an
answer: ``177（公办58、民办119）`` → value 177, breakdown 公办 58 and 民办 119.

The 填报表 and ``drafter ask`` read this form the same way; the model then checks each amount.
"""

import re
from typing import Any

from drafter.model.amount import parse_amount

_BRACKETS = re.compile(r"^(?P<value>[^（(]*)[（(](?P<parts>.*)[）)]$")
_SEPARATORS = re.compile(r"[、，,；;]")


def figure_with_parts(text: str) -> dict[str, Any]:
    """``{"value": "177", "breakdown": {"公办": "58", "民办": "119"}}`` for ``177（公办58、民办119）``;
    ``{"value": text}`` when there are no brackets. ValueError, in the clerk's words, when a part
    has no name or no amount, or is given twice."""
    brackets = _BRACKETS.match(text.strip())
    if not brackets:
        return {"value": text}
    value = brackets["value"].strip()
    return {"breakdown": _parts(brackets["parts"]), **({"value": value} if value else {})}


def _parts(text: str) -> dict[str, str]:
    parts: dict[str, str] = {}
    for part in filter(None, (p.strip() for p in _SEPARATORS.split(text))):
        name, amount = _name_and_amount(part)
        if name in parts:
            raise ValueError(f"括号里的“{name}”写了两次")
        parts[name] = amount
    return parts


def _name_and_amount(part: str) -> tuple[str, str]:
    """``公办58所`` → (公办, 58所): the longest end that reads as an amount is the amount."""
    for start in range(1, len(part)):
        try:
            parse_amount(part[start:])
        except ValueError:
            continue
        return part[:start].strip(), part[start:]
    raise ValueError(f"括号里的“{part}”要写成名称加数字，如“公办58”“含教学点97个”；括号里写其中各部分")

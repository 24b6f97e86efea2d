"""A figure written on one line with its parts in brackets, as clerks write it in a cell or an
answer: ``177（公办58、民办119）`` → value 177, breakdown 公办 58 and 民办 119.

Inside the brackets a clerk also writes last year's value or the target, named by the words of
those roles rather than as parts: ``12（上年10）``, ``17.13%（2019年14.15%）``, ``1350（目标1500）``.
Such a word is never the name of a part: a report does not print “（上年10次）” after a figure.

The 填报表 and ``drafter ask`` read this form the same way; the model then checks each amount.
"""

import re
from typing import Any

from drafter.model.amount import parse_amount

_BRACKETS = re.compile(r"^(?P<value>[^（(]*)[（(](?P<parts>.*)[）)]$")
_SEPARATORS = re.compile(r"[、，,；;]")
#: Words that name a figure's other roles inside the brackets (their field titles, and the
#: shorter words clerks write for them).
ROLE_WORDS = {
    "previous": ("上年数值", "上年度", "上一年", "上年", "去年"),
    "target": ("目标值", "目标"),
}
#: ``2019年14.15%``: a value of another year than last, compared with.
_OTHER_YEAR = re.compile(r"^(?P<year>(?:19|20)\d{2})年度?$")


def figure_with_parts(text: str) -> dict[str, Any]:
    """``{"value": "177", "breakdown": {"公办": "58", "民办": "119"}}`` for ``177（公办58、民办119）``;
    ``{"value": "12", "previous": "10"}`` for ``12（上年10）``; ``{"value": text}`` when there are
    no brackets. ValueError, in the clerk's words, when a part has no name or no amount, or is
    given twice."""
    brackets = _BRACKETS.match(text.strip())
    if not brackets:
        return {"value": text}
    value = brackets["value"].strip()
    parts, roles = _parts(brackets["parts"])
    result: dict[str, Any] = {**({"value": value} if value else {}), **roles}
    if parts:
        result["breakdown"] = parts
    return result


def _parts(text: str) -> tuple[dict[str, str], dict[str, Any]]:
    parts: dict[str, str] = {}
    roles: dict[str, Any] = {}
    for part in filter(None, (p.strip() for p in _SEPARATORS.split(text))):
        name, amount = _name_and_amount(part)
        role = _role(name)
        if role:
            key, year = role
            if key in roles:
                raise ValueError(f"括号里的“{name}”写了两次")
            roles[key] = amount
            if year:
                roles["previous_year"] = year
            continue
        if name in parts:
            raise ValueError(f"括号里的“{name}”写了两次")
        parts[name] = amount
    return parts, roles


def _role(name: str) -> tuple[str, int | None] | None:
    """``previous`` for 上年 (and 2019年, with that year), ``target`` for 目标; None for a part."""
    bare = name.rstrip("：:为是")
    for role, words in ROLE_WORDS.items():
        if bare in words:
            return role, None
    year = _OTHER_YEAR.match(bare)
    return ("previous", int(year["year"])) if year else None


def _name_and_amount(part: str) -> tuple[str, str]:
    """``公办58所`` → (公办, 58所): the longest end that reads as an amount is the amount."""
    for start in range(1, len(part)):
        try:
            parse_amount(part[start:])
        except ValueError:
            continue
        return part[:start].strip(), part[start:]
    raise ValueError(f"括号里的“{part}”要写成名称加数字，如“公办58”“含教学点97个”；括号里写其中各部分，或上年的数（上年1100）")

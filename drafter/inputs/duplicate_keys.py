"""A key written twice in one JSON object: Python keeps the last value and drops the first
without a word, so the reader refuses it, naming the key, its path and its line. The same scan
finds where brackets nest too deep for the parser, to name that field too."""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from typing import Any, Iterator, Optional

#: A JSON string or one structural character; numbers and literals need no token of their own.
_TOKEN = re.compile(r'"(?:[^"\\]|\\.)*"|[{}\[\]:,]', re.S)


class RepeatWatch:
    """``object_pairs_hook`` for :func:`json.loads` that notes whether any object had a key twice."""

    def __init__(self) -> None:
        self.repeated = False

    def __call__(self, pairs: list[tuple[str, Any]]) -> dict[str, Any]:
        obj = dict(pairs)
        self.repeated = self.repeated or len(obj) != len(pairs)
        return obj


@dataclass
class Repeat:
    key: str
    loc: tuple[Any, ...]
    line: int
    column: int


@dataclass
class _Level:
    is_object: bool
    step: Any = 0
    keys: set[str] = field(default_factory=set)
    expect_key: bool = True


def first_repeat(text: str) -> Optional[Repeat]:
    """The first key written a second time in its object, with its path and position."""
    for match, stack, key in _scan(text):
        if key is not None:
            top = stack[-1]
            if key in top.keys:
                line = text.count("\n", 0, match.start()) + 1
                column = match.start() - text.rfind("\n", 0, match.start())
                return Repeat(key, tuple(level.step for level in stack), line, column)
            top.keys.add(key)
    return None


def path_at_depth(text: str, depth: int) -> Optional[tuple[tuple[Any, ...], int]]:
    """The field path where the brackets first nest deeper than ``depth``, and its line."""
    for match, stack, _ in _scan(text):
        if match.group() in "{[" and len(stack) >= depth:
            return tuple(level.step for level in stack), text.count("\n", 0, match.start()) + 1
    return None


def _scan(text: str) -> Iterator[tuple[re.Match[str], list[_Level], Optional[str]]]:
    """Each token with the levels open at it and, for an object's key, the key (already its
    level's step). An opening bracket is yielded before its level is opened."""
    stack: list[_Level] = []
    for match in _TOKEN.finditer(text):
        token = match.group()
        top = stack[-1] if stack else None
        key: Optional[str] = None
        if top and top.is_object and top.expect_key and token not in "{}[]:,":
            key = top.step = json.loads(token)
        yield match, stack, key
        if token in "{[":
            stack.append(_Level(token == "{"))
        elif token in "}]":
            if stack:
                stack.pop()
        elif token == ",":
            if top and top.is_object:
                top.expect_key = True
            elif top:
                top.step += 1
        elif token == ":":
            if top:
                top.expect_key = False

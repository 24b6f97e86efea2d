"""Twice reported in a sentence: a 做法与成效 sentence naming a project, fund or honour of a
list, repeating a figure of its part, or written in two places.

A 科室 writing up its work names the new school the 计财股 lists as a building project; the
report then says both. The sentence is found by the item's name (a project's or fund's name,
an honour's name together with a winner, its level or its count) or by the figure as written
with its unit (``1170个``).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Iterator

from drafter.check.amounts import shown
from drafter.check.context import Context
from drafter.check.figures import FigureAt, ItemAt, parts_of
from drafter.check.findings import Finding
from drafter.check.twice import HINT
from drafter.model.figure import Money, Rate
from drafter.model.items import Fund, Honour, Project
from drafter.model.paths import Loc
from drafter.model.text import END_MARKS

#: Names shorter than this are too common to point at one project (``一中``).
SHORTEST_NAME = 4
#: Fund names are phrases: shorter ones (``专项资金``) name no fund in particular.
SHORTEST_FUND = 6
#: A figure is looked for in sentences when it has at least this many digits (not ``3所``).
FIGURE_DIGITS = 3
_PROJECT_ENDINGS = ("建设工程", "工程", "项目")
_FUND_VERBS = ("争取", "发放", "落实", "拨付", "下达", "投入", "安排", "统筹")


@dataclass(frozen=True)
class Sentence:
    loc: Loc
    part: Loc
    text: str


def check_sentences(ctx: Context) -> Iterator[Finding]:
    sentences = list(_sentences(ctx))
    yield from _same_sentences(ctx, sentences)
    for item in ctx.items:
        for sentence in sentences:
            if _names(item, sentence.text):
                yield ctx.about(
                    "note", "twice", item.label, sentence.loc,
                    f"这一句写到了{item.label}（{ctx.where(item.loc)}），报告里会写两遍", HINT,
                )
    for figure in ctx.figures:
        yield from _figure_in_sentences(ctx, figure, sentences)


def _sentences(ctx: Context) -> Iterator[Sentence]:
    for ploc, prt in parts_of(ctx.report):
        for index, text in enumerate(prt.highlights):
            yield Sentence((*ploc, "highlights", index), ploc, text)


def _same_sentences(ctx: Context, sentences: list[Sentence]) -> Iterator[Finding]:
    seen: dict[str, Sentence] = {}
    for sentence in sentences:
        key = re.sub(r"\s", "", sentence.text).rstrip(END_MARKS + "。")
        if not key:
            continue
        first = seen.setdefault(key, sentence)
        if first is not sentence:
            yield ctx.about(
                "note", "twice", "做法与成效", sentence.loc,
                f"这一句和 {ctx.where(first.loc)} 的一样，报告里会写两遍", HINT,
            )


def _names(item: ItemAt, text: str) -> bool:
    """Whether ``text`` names the project, fund or honour ``item``."""
    thing = item.item
    if isinstance(thing, Project):
        return any(len(name) >= SHORTEST_NAME and name in text for name in _project_names(thing.name))
    if isinstance(thing, Fund):
        return any(len(name) >= SHORTEST_FUND and name in text for name in _fund_names(thing.name))
    if isinstance(thing, Honour):
        return len(thing.name) >= SHORTEST_NAME and thing.name in text and _honour_detail(thing, text)
    return False


def _project_names(name: str) -> set[str]:
    return {name, *(name.removesuffix(end) for end in _PROJECT_ENDINGS)}


def _fund_names(name: str) -> set[str]:
    return {name, *(name.removeprefix(verb) for verb in _FUND_VERBS)}


def _honour_detail(honour: Honour, text: str) -> bool:
    """An honour's name is often a general one (文明校园): the sentence must also give a winner,
    its level or its count."""
    details = [*honour.winners, honour.level or ""]
    if honour.count is not None and honour.count.value is not None:
        details.append(shown(honour.count.value, honour.count.spec))
    return any(detail and detail in text for detail in details)


def _figure_in_sentences(ctx: Context, figure: FigureAt, sentences: list[Sentence]) -> Iterator[Finding]:
    amount = figure.amount("value")
    if amount is None or not amount.exact or amount.second or figure.item is not None:
        return
    digits = re.sub(r"\D", "", amount.digits)
    if len(digits) < FIGURE_DIGITS or (isinstance(figure.spec, Rate) and amount.value == 100):
        return
    written = _written(figure)
    for sentence in sentences:
        if sentence.part == figure.part and written(sentence.text):
            yield ctx.about(
                "note", "twice", figure.name, sentence.loc,
                f"这一句写了{shown(amount, figure.spec)}，和{figure.name}（{ctx.where(figure.loc)}）是同一个数，报告里会写两遍",
                HINT,
            )


def _written(figure: FigureAt) -> Callable[[str], bool]:
    """Whether a sentence writes the figure: its number followed by its unit (``1170个``,
    ``1960万元``, ``98.93%``), not inside a longer number. (A search, not a pattern: a build
    checks every figure, and compiling a pattern for each costs more than the searches.)"""
    amount = figure.amount("value")
    assert amount is not None
    if isinstance(figure.spec, Money):
        units = ["元"]
    elif isinstance(figure.spec, Rate):
        units = ["%", "％"]
    else:
        units = [*figure.spec.units, amount.unit]
    number = amount.digits + amount.scale
    endings = tuple(unit for unit in units if unit) or ("",)

    def written(text: str) -> bool:
        start = text.find(number)
        while start >= 0:
            end = start + len(number)
            if (start == 0 or text[start - 1] not in _NUMBER_CHARS) and text.startswith(endings, end):
                return True
            start = text.find(number, start + 1)
        return False

    return written


_NUMBER_CHARS = "0123456789."

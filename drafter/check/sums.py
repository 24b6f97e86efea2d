"""Sums and parts: a breakdown (其中) against its figure, and the parts a model declares a total
is made of (专任教师 of the teachers of each stage) against the total.

A part larger than its total is an error: the report would print two figures that cannot both
be true. Parts that add up to more than the total, or — where they make the whole (公办 and 民办,
every stage given) — to less, are notes: parts may overlap, a stage may be missing.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from drafter.check.amounts import Span, additive, comparable, in_units, shown, span
from drafter.check.context import Context
from drafter.check.declared import declared
from drafter.check.figures import ROLES, FigureAt
from drafter.check.findings import Finding
from drafter.model import Report
from drafter.model.amount import Amount
from drafter.model.paths import field_title, model_at
from drafter.model.relations import EXHAUSTIVE_SPLITS, SumOf

#: How a message names a role of a figure: ``上年``专任教师.
ROLE_WORDS = {"value": "", "previous": "上年", "target": "目标"}


def check_sums(ctx: Context) -> Iterator[Finding]:
    for figure in ctx.figures:
        yield from _breakdown(ctx, figure)
    for relation, figures in declared(ctx, SumOf):
        if relation.total in figures:
            for role in ROLES:
                yield from _stages(ctx, relation, figures, role)


# -- breakdowns (其中) -------------------------------------------------------------------------
def _breakdown(ctx: Context, figure: FigureAt) -> Iterator[Finding]:
    whole = figure.figure.value or figure.figure.target
    parts = figure.figure.breakdown or {}
    total = span(whole) if whole is not None else None
    if whole is None or total is None or len(parts) == 0 or not additive(figure.spec):
        return
    counted = {name: amount for name, amount in parts.items() if comparable(amount, figure.spec, whole, figure.spec)}
    spans = {name: span(amount) or total for name, amount in counted.items()}
    loc = (*figure.loc, "breakdown")
    larger = [name for name, part in spans.items() if part.above(total)]
    for name in larger:
        yield ctx.about(
            "error", "sums", figure.name, loc,
            f"其中“{name}”{shown(counted[name], figure.spec)}比{figure.name}总数{shown(whole, figure.spec)}还多",
            "其中的一部分不能大于总数：请核对这两个数，改正后再生成",
        )
    if larger or len(counted) < 2:
        return
    summed = _total(spans.values())
    names = "、".join(counted)
    said = _sum_said(summed, total, whole, figure)
    if _exhaustive(list(parts)):
        if summed.above(total):
            yield ctx.about("error", "sums", figure.name, loc, f"{names}合计{said}", f"{names}加起来应等于总数：请核对，改正后再生成")
        elif total.above(summed):
            yield ctx.about("note", "sums", figure.name, loc, f"{names}合计{said}", f"{names}加起来应等于总数，请核对")
    elif summed.above(total):
        yield ctx.about(
            "note", "sums", figure.name, loc, f"其中{names}合计{said}",
            "请核对；如果各部分有重叠（如其中一项是另一项的一部分），可以不理会",
        )


def _exhaustive(names: list[str]) -> bool:
    """Whether the breakdown's names are one of the splits that make the whole (公办、民办)."""
    for split in EXHAUSTIVE_SPLITS:
        if len(names) == len(split) and all(any(name.startswith(word) for name in names) for word in split):
            return True
    return False


# -- a total and its declared parts (专任教师 and each stage) -------------------------------------
def _stages(ctx: Context, relation: SumOf, figures: dict[str, FigureAt], role: str) -> Iterator[Finding]:
    total_figure = figures[relation.total]
    whole = total_figure.amount(role)
    total = span(whole) if whole is not None else None
    if whole is None or total is None:
        return
    given = _given_parts(relation, figures, role, whole, total_figure)
    missing = [name for name in relation.parts if name not in given]
    word = ROLE_WORDS[role]
    loc = total_figure.at(role)
    larger = [(part, amount) for part, amount in given.values() if (span(amount) or total).above(total)]
    for part, amount in larger:
        yield ctx.about(
            "error", "sums", part.name, part.at(role),
            f"{word}{part.name}{shown(amount, part.spec)}比{word}{total_figure.name}{shown(whole, total_figure.spec)}"
            f"还多（{relation.because}）",
            "请核对这两个数，改正后再生成",
        )
    if larger or len(given) < 2:
        return
    summed = _total([span(amount) or total for _, amount in given.values()])
    listed = "、".join(f.name for f, _ in given.values())
    said = _sum_said(summed, total, whole, total_figure)
    if summed.above(total):
        hint = "请核对总数和各项的数" + ("；如果有的算进了两类（如九年一贯制学校又算作小学、初中），可以不理会" if relation.overlapping else "")
        yield ctx.about("note", "sums", total_figure.name, loc, f"{listed}合计{said}（{relation.because}）", hint)
    elif total.above(summed) and not missing:
        yield ctx.about("note", "sums", total_figure.name, loc, f"{listed}合计{said}（{relation.because}）", "请核对总数和各项的数")
    elif total.above(summed) and not relation.overlapping:
        absent = "、".join(_title(total_figure, name) for name in missing)
        yield ctx.about(
            "note", "sums", total_figure.name, loc, f"已填的{listed}合计{said}；没有填{absent}",
            f"差的数如果是{absent}的，请把这几项补上；如果不是，请核对总数和各项的数",
        )


def _given_parts(
    relation: SumOf, figures: dict[str, FigureAt], role: str, whole: Amount, total: FigureAt
) -> dict[str, tuple[FigureAt, Amount]]:
    given: dict[str, tuple[FigureAt, Amount]] = {}
    for name in relation.parts:
        figure = figures.get(name)
        amount = figure.amount(role) if figure else None
        if figure and amount is not None and comparable(amount, figure.spec, whole, total.spec):
            given[name] = (figure, amount)
    return given


def _title(total: FigureAt, name: str) -> str:
    """The Chinese name of a part that was not entered: its field's own title."""
    owner = model_at(Report, total.loc[:-1])
    return field_title(owner, name) if owner else name


# -- saying a sum ------------------------------------------------------------------------------
def _total(spans: Iterable[Span]) -> Span:
    parts = list(spans)
    result = parts[0]
    for part in parts[1:]:
        result = result + part
    return result


def _sum_said(summed: Span, total: Span, whole: Amount, figure: FigureAt) -> str:
    """``4995人，比专任教师5012人少17人``; for approximate figures only ``比专任教师5012人多``."""
    compared = f"比{figure.name}{shown(whole, figure.spec)}{'多' if summed.above(total) else '少'}"
    if not (summed.exact and total.exact):
        return compared
    return f"{in_units(summed.low, whole, figure.spec)}，{compared}{in_units(abs(summed.low - total.low), whole, figure.spec)}"

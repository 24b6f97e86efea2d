"""What the kind needs (:mod:`drafter.model.needs`): a summary's 存在问题 and 下一步, a
self-evaluation's 自评依据 and 基本情况, a plan's targets and its date."""

from __future__ import annotations

import datetime as dt
from typing import Iterator

from drafter.check.context import Context
from drafter.check.findings import Finding
from drafter.model import KINDS, Part, Report
from drafter.model.needs import KIND_NEEDS, DatedBy, Filled, Need, Targets
from drafter.model.paths import field_title


def check_needs(ctx: Context) -> Iterator[Finding]:
    for need in KIND_NEEDS.get(ctx.report.meta.kind, ()):
        finding = _missing(ctx, need)
        if finding:
            yield finding


def _missing(ctx: Context, need: Need) -> Finding | None:
    kind = KINDS[ctx.report.meta.kind]
    if isinstance(need, Filled):
        if any(_filled(getattr(ctx.report, name)) for name in need.fields):
            return None
        return ctx.about_report(
            "kind", need.what, (need.fields[0],), f"{kind}没有写{need.what}",
            f"{need.because}；请在数据文件或填报表的“{_sheet(need.fields[0])}”里填写，确实不写时可以不理会",
        )
    if isinstance(need, Targets):
        if any(f.figure.target is not None or (f.custom and f.figure.value is not None) for f in ctx.figures):
            return None  # a plan's own figures (其他数据) are its planned numbers
        return ctx.about_report(
            "kind", "目标", ("meta", "kind"), f"{kind}没有一项数据写了目标值",
            f"{need.because}；请在各项数据的“目标”栏（数据文件里只写一个数）填写年度目标",
        )
    return _late(ctx, need, kind)


def _late(ctx: Context, need: DatedBy, kind: str) -> Finding | None:
    meta = ctx.report.meta
    deadline = dt.date(meta.year, need.month, need.day)
    if meta.date <= deadline:
        return None
    return ctx.about(
        "note", "kind", "成文日期", ("meta", "date"),
        f"{kind}的成文日期是{meta.date.year}年{meta.date.month}月{meta.date.day}日，已过了{meta.year}年年中",
        f"{need.because}；请核对成文日期和年度（是不是该写{meta.year + 1}年的工作要点）",
    )


def _filled(value: object) -> bool:
    """Whether a top-level field holds anything: a part with any data, a list with an item, a text."""
    if isinstance(value, Part):
        return bool(value.model_dump(exclude_defaults=True))
    return bool(value)


def _sheet(field: str) -> str:
    """The title of a top-level field: the name of its sheet in the 填报表."""
    return field_title(Report, field)

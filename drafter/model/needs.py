"""What each kind of document needs beyond its figures: the parts a reader expects to find.

A 年度工作总结 without 存在问题 or 下一步 ends where its reader expects the turn to the coming
year; a 自评报告 without 自评依据 or 基本情况 leaves the 督导室 asking on what it was made; a 工作要点
sets targets, and is issued before the year is half over. ``drafter check`` and ``drafter build``
point out what is missing; a kind's needs are declared here, once.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Union


@dataclass(frozen=True)
class Filled:
    """One of ``fields`` (top-level report fields) is filled in; ``what`` names them for the clerk."""

    fields: tuple[str, ...]
    what: str
    because: str


@dataclass(frozen=True)
class Targets:
    """At least one figure carries a target (a 工作要点 is its targets)."""

    because: str


@dataclass(frozen=True)
class DatedBy:
    """The 成文日期 is no later than this day of the report's own year."""

    month: int
    day: int
    because: str


Need = Union[Filled, Targets, DatedBy]

KIND_NEEDS: dict[str, tuple[Need, ...]] = {
    "summary": (
        Filled(("problems",), "存在问题", "年度工作总结在工作成绩之后一般写“存在的问题”"),
        Filled(("next_steps", "outlook"), "下一步工作", "年度工作总结最后一般写下一年的工作打算"),
    ),
    "summary_and_plan": (
        Filled(("next_steps", "outlook"), "下年工作思路", "工作总结及下年工作思路的第二部分是下年工作思路"),
    ),
    "self_evaluation": (
        Filled(("basis",), "自评依据", "自评报告开头要写明依据的文件名称和文号"),
        Filled(("overview",), "基本情况", "自评报告一般先写本地教育的基本情况"),
        Filled(("problems",), "存在问题", "自评报告要写出存在的问题"),
        Filled(("measures",), "改进措施", "自评报告要针对问题写出改进措施"),
    ),
    "plan": (
        Targets("工作要点要写出年度目标，如“新增学前学位1350个”"),
        DatedBy(6, 30, "工作要点一般在年初印发，最晚不过年中"),
    ),
}

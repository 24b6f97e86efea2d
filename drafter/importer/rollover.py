"""``drafter import --next``: the data file of the year after the report's, started from it.

Each figure's value becomes last year's value; a 工作要点's targets stay the targets; the year
moves on by one (the 成文日期 and any years in a title of the house's own with it); the report's
information and the house's structure stay. The year's own words and lists — 做法与成效, honours,
projects, funds, the clerk's own figures, problems and next steps, the 发文字号 — are last year's,
and stay behind, as ``drafter ask --from`` leaves them.
"""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

from drafter.model import Report

#: Report information carried to the next year.
_CARRIED_META = ("region", "district", "organ", "kind", "recipient", "phrases")
#: 版头 and 版记 facts that stay from one year's document to the next.
_CARRIED_FORMAL = ("mark", "copy_to", "printer", "notice")


def next_year(data: dict[str, Any]) -> tuple[dict[str, Any], list[str]]:
    """The next year's data and what was left behind, for the account."""
    report = Report.model_validate(data)
    meta = data["meta"]
    year = report.meta.year
    new_meta: dict[str, Any] = {key: meta[key] for key in _CARRIED_META if meta.get(key)}
    new_meta["year"] = year + 1
    new_meta["date"] = _a_year_later(report.meta.date).isoformat()
    if meta.get("title"):
        new_meta["title"] = _years_on(meta["title"])
    result: dict[str, Any] = {"meta": new_meta}
    if data.get("style"):
        result["style"] = data["style"]
    formal = {key: value for key, value in data.get("formal", {}).items() if key in _CARRIED_FORMAL}
    if formal:
        result["formal"] = formal
    plan = report.meta.kind == "plan"
    for path, part in report.all_parts():
        for name, figure in part.figures():
            carried = _carried(figure, plan)
            if carried:
                _put(result, (*path.split("."), name), carried)
    left = [f"“{Report.model_fields[key].title}”" for key in data if key not in ("meta", "style", "formal")]
    notes = [
        f"年度改为{year + 1}年，成文日期改为{new_meta['date']}（请按实际改）；各项数据的本年数值都作为上年数值"
        + ("，工作要点的目标仍作目标" if plan else ""),
        "上年的做法与成效、荣誉、项目、资金、其他数据、存在问题和下一步工作没有带到新的数据文件，每年按当年的填写",
    ]
    return result, notes if left else notes[:1]


def _carried(figure: Any, plan: bool) -> dict[str, Any] | None:
    carried: dict[str, Any] = {}
    if figure.value is not None:
        carried["previous"] = figure.value.text
    if plan and figure.target is not None:
        carried["target"] = figure.target.text
    return carried or None


def _put(data: dict[str, Any], loc: tuple[str, ...], value: Any) -> None:
    for step in loc[:-1]:
        data = data.setdefault(step, {})
    data[loc[-1]] = value


def _a_year_later(date: dt.date) -> dt.date:
    try:
        return date.replace(year=date.year + 1)
    except ValueError:  # 29 February
        return date.replace(year=date.year + 1, day=28)


def _years_on(title: str) -> str:
    """``2024年工作总结及2025年工作思路`` → ``2025年工作总结及2026年工作思路``."""
    return re.sub(r"(20\d{2})(?=\s*年)", lambda m: str(int(m[1]) + 1), title)

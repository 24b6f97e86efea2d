"""Last year's 工作要点 as the targets of this year's summary (``drafter build --plan PLAN.json``).

Each figure the plan set a target for gets that target in the report, unless the report's own
data already gives one (the data file wins). Clerk's own figures are matched by name and unit:
in a plan their number is the planned one. Nothing else of the plan is used.
"""

from __future__ import annotations

from pathlib import Path

from drafter.errors import DrafterError
from drafter.inputs.sources import load_sources
from drafter.model import KINDS, Figure, Report
from drafter.model.section import Part


def load_plan(path: Path, report: Report) -> Report:
    """Read ``path`` as a plan for ``report``'s year; raise DrafterError if it cannot be one."""
    plan = load_sources([path])
    if plan.meta.kind != "plan":
        raise DrafterError.single(
            f"这不是工作要点的数据文件（文种是“{KINDS[plan.meta.kind]}”）",
            str(path),
            "--plan 需要 meta.kind 为 plan 的数据文件",
        )
    if plan.meta.district != report.meta.district:
        raise DrafterError.single(
            f"工作要点是{plan.meta.district}的（{plan.meta.organ}），数据文件写的是{report.meta.district}（{report.meta.organ}）",
            str(path),
            f"请用{report.meta.district}自己的工作要点",
        )
    if plan.meta.year != report.meta.year:
        raise DrafterError.single(
            f"工作要点是{plan.meta.year}年的，数据文件写的是{report.meta.year}年",
            str(path),
            "请用同一年度的工作要点",
        )
    return plan


def apply_targets(report: Report, plan: Report) -> Report:
    """A copy of ``report`` whose figures carry the plan's targets where they have none."""
    result = report.model_copy(deep=True)
    planned = dict(plan.all_parts())
    for path, prt in result.all_parts():
        _take_targets(prt, planned[path])
    return result


def _take_targets(prt: Part, planned: Part) -> None:
    for name, figure in list(prt.figures()):
        goal = getattr(planned, name)
        if goal is not None and goal.target is not None:
            setattr(prt, name, _with_target(figure, goal.target))
    for item in prt.custom:
        match = next((c for c in planned.custom if c.name == item.name and c.unit == item.unit), None)
        if match is not None:
            item.value = _with_target(item.value, match.value.target or match.value.value)


def _with_target(figure: Figure, target: object) -> Figure:
    if figure.target is not None or target is None:
        return figure
    return figure.model_copy(update={"target": target})

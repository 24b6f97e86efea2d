"""报告信息 read from a report: region and district, year and kind from the title; the issuing
organ from the 署名 or the notice; the date from the closing date line (or a web page's 成文日期);
the 主送机关, the 发文字号 and the 印发通知's recipients.

What the text does not say is taken from the command line (``--district`` …) or, for the organ
and the date only, inferred from the rest and listed for the clerk to check; a report whose place,
year or kind cannot be told is refused, naming the option that supplies it.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Any

from drafter.importer.layout import Layout, date_of
from drafter.model.formal import check_document_number
from drafter.model.meta import KINDS
from drafter.model.place import UNITS

_PLACE = re.compile(
    r"(?P<region>(?:[\u4e00-\u9fff]{2,7}?(?:省|自治区))?(?:[\u4e00-\u9fff]{2,7}?(?:市|州|盟|地区))?)"
    rf"(?P<district>[\u4e00-\u9fff]{{1,7}}?[{''.join(UNITS)}])(?=人民政府|教育|\d{{4}}年|$)"
)
_YEAR = re.compile(r"(20\d{2})\s*年")
_HEADER_DATE = re.compile(r"(?:成文日期|发文日期|发布时间|发布日期|更新时间)\s*[|:：]?\s*(\d{4})[-/.年](\d{1,2})[-/.月](\d{1,2})")


@dataclass
class ReportInfo:
    """The meta data found, where each came from, and what had to be inferred."""

    meta: dict[str, Any] = field(default_factory=dict)
    formal: dict[str, Any] = field(default_factory=dict)
    #: Field → the words it was read from (or how it was inferred).
    sources: dict[str, str] = field(default_factory=dict)
    #: Fields inferred rather than read: the clerk checks them.
    inferred: list[str] = field(default_factory=list)
    #: Required fields not found (for the message naming the option).
    missing: list[str] = field(default_factory=list)


#: The options that supply what the text does not say, and what they are called in messages.
OPTIONS = {"region": ("--region", "省（市）"), "district": ("--district", "区（县）"), "year": ("--year", "年度"), "kind": ("--kind", "文种")}


def report_info(layout: Layout, given: dict[str, Any]) -> ReportInfo:
    """What the report says about itself, with ``given`` (from the command line) first."""
    info = ReportInfo()
    title = layout.title_before + layout.title if layout.title_before else layout.title
    _place(info, [title, layout.signature, layout.notice.title if layout.notice else "", *layout.header])
    _year_and_kind(info, title, layout)
    for key, value in given.items():
        if value not in (None, ""):
            info.meta[key] = value
            info.sources[key] = "命令行指定"
    _organ(info, layout)
    _date(info, layout)
    if title:
        info.meta["title"] = title
        info.sources["title"] = title
    if layout.recipient and not layout.notice:
        info.meta["recipient"] = layout.recipient
        info.sources["recipient"] = layout.recipient
    _formal(info, layout)
    info.missing = [key for key in OPTIONS if not info.meta.get(key)]
    return info


def _place(info: ReportInfo, texts: list[str]) -> None:
    for text in texts:
        match = _PLACE.match(text.strip()) if text else None
        if match and match["district"]:
            if match["region"]:
                info.meta["region"] = match["region"]
                info.sources["region"] = text
            info.meta["district"] = match["district"]
            info.sources["district"] = text
            if match["region"]:
                return


def _year_and_kind(info: ReportInfo, title: str, layout: Layout) -> None:
    year = _YEAR.search(title)
    if year:
        info.meta["year"] = int(year[1])
        info.sources["year"] = title
    kind = kind_of(title)
    if kind:
        info.meta["kind"] = kind
        info.sources["kind"] = title


def kind_of(title: str) -> str | None:
    """The kind of document a title names."""
    if "履行教育职责" in title or "自评报告" in title or "自查报告" in title:
        return "self_evaluation"
    if "总结" in title and re.search(r"思路|打算|计划|要点", title):
        return "summary_and_plan"
    if re.search(r"工作要点|工作计划|工作安排", title):
        return "plan"
    if "总结" in title:
        return "summary"
    return None


def _organ(info: ReportInfo, layout: Layout) -> None:
    if info.meta.get("organ"):
        return
    candidates = [layout.signature]
    if layout.notice:
        candidates.insert(0, layout.notice.title.split("关于")[0])
    for text in candidates:
        if text and re.search(r"(教育局|教育体育局|教体局|教育和体育局|教育委员会|教委|教育工委)$", text):
            info.meta["organ"] = text
            info.sources["organ"] = text
            return
    region, district = info.meta.get("region"), info.meta.get("district")
    if region and district:
        info.meta["organ"] = f"{region}{district}教育局"
        info.sources["organ"] = "原文没有写发文机关，按省（市）和区（县）推断"
        info.inferred.append("organ")


def _date(info: ReportInfo, layout: Layout) -> None:
    if info.meta.get("date"):
        return
    parsed = date_of(layout.date) if layout.date else None
    if parsed and _valid(*parsed):
        info.meta["date"] = dt.date(*parsed).isoformat()
        info.sources["date"] = layout.date
        return
    for line in layout.header:
        match = _HEADER_DATE.search(line)
        if match and _valid(int(match[1]), int(match[2]), int(match[3])):
            info.meta["date"] = dt.date(int(match[1]), int(match[2]), int(match[3])).isoformat()
            info.sources["date"] = line
            if "成文日期" not in line:
                info.inferred.append("date")
            return
    year = info.meta.get("year")
    if isinstance(year, int):
        plan = info.meta.get("kind") == "plan"
        info.meta["date"] = f"{year}-{'01-01' if plan else '12-31'}"
        info.sources["date"] = "原文没有写成文日期，暂填" + ("年初" if plan else "年底")
        info.inferred.append("date")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        dt.date(year, month, day)
    except ValueError:
        return False
    return True


def _formal(info: ReportInfo, layout: Layout) -> None:
    if layout.number:
        try:
            info.formal["number"] = check_document_number(layout.number)
            info.sources["number"] = layout.number
        except ValueError:
            pass
    if layout.mark:
        info.formal["mark"] = layout.mark
    if layout.copy_to:
        info.formal["copy_to"] = layout.copy_to
        info.sources["copy_to"] = "、".join(layout.copy_to)
    if layout.printer:
        info.formal["printer"] = layout.printer
        info.sources["printer"] = layout.printer
        printed = date_of(layout.print_date)
        if printed and _valid(*printed) and dt.date(*printed).isoformat() != info.meta.get("date"):
            info.formal["print_date"] = dt.date(*printed).isoformat()
    if layout.notice and layout.notice.recipients:
        recipients = [name for name in re.split("[、，,]", layout.notice.recipients) if name.strip()]
        notice: dict[str, Any] = {"recipients": recipients}
        if layout.notice.request:
            notice["request"] = layout.notice.request
        info.formal["notice"] = notice
        info.sources["notice"] = layout.notice.title


def kind_names() -> str:
    return "、".join(f"{key}（{name}）" for key, name in KINDS.items())

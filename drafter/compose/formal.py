"""The 版头 and 版记 of a formal document, from the report's ``formal`` facts.

Only the layout elements are made here; the wording of a 印发通知 wrapping a report is in
``notice.py`` and does not depend on the profile.
"""

from __future__ import annotations

from drafter.compose.prose.numbers import NumberWriter
from drafter.errors import DrafterError
from drafter.model import Report
from drafter.model.formal import NUMBER_EXAMPLE
from drafter.model.paths import origin_of
from drafter.outline import Colophon, Letterhead

#: 7.2.4: 发文机关全称或者规范化简称加“文件”二字.
MARK_SUFFIX = "文件"


def letterhead_for(report: Report) -> Letterhead:
    number = report.formal.number
    if not number:
        raise DrafterError.single(
            "正式公文（版式 formal）必须有发文字号",
            origin_of(report, ("formal", "number")),
            f"请填写如“{NUMBER_EXAMPLE}”的发文字号，或把版式改为 report（报告材料，不带红头）",
        )
    return Letterhead(mark=report.formal.mark or f"{report.meta.organ}{MARK_SUFFIX}", number=number)


def colophon_for(report: Report, numbers: NumberWriter) -> Colophon:
    formal = report.formal
    return Colophon(
        printer=formal.printer or report.meta.organ,
        print_date_text=numbers.date(formal.print_date or report.meta.date),
        copy_to=tuple(formal.copy_to),
    )

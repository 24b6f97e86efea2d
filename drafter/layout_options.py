"""The layout choices a report can make, declared once: values, Chinese title and help.

The report model (``Style``) and the command line (``drafter build --profile …``) both read
them from here. The module is free of pydantic so the command line can offer the choices
without loading the model.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class LayoutOption:
    field: str
    flag: str
    title: str
    help: str
    values: tuple[str, ...]
    #: The Chinese name of each value, as the 填报表 offers it and a clerk may write it.
    labels: tuple[str, ...]

    @property
    def default(self) -> str:
        return self.values[0]


PROFILE = LayoutOption(
    field="profile",
    flag="--profile",
    title="版式",
    help=(
        "report＝报告材料（默认，不带红头）；formal＝正式公文：红色发文机关标志、发文字号、"
        "红色分隔线，末页版记（抄送、印发机关和印发日期），相关内容填在 formal 部分"
    ),
    values=("report", "formal"),
    labels=("报告材料", "正式公文"),
)
MARGINS = LayoutOption(
    field="margins",
    flag="--margins",
    title="页边距",
    help=(
        "standard＝GB/T 9704 标准：上37、下35、左28、右26毫米，行距28.95磅（默认）；"
        "electronic＝GB/T 33476.2 电子公文显现：上34.58、下32.58毫米，行距29.45磅"
    ),
    values=("standard", "electronic"),
    labels=("标准", "电子公文"),
)
PAGE_NUMBERS = LayoutOption(
    field="page_numbers",
    flag="--page-numbers",
    title="页码位置",
    help="outside＝单页居右、双页居左，各空一字（GB/T 9704，默认）；center＝每页居中",
    values=("outside", "center"),
    labels=("单页居右双页居左", "每页居中"),
)

LAYOUT_OPTIONS = (PROFILE, MARGINS, PAGE_NUMBERS)

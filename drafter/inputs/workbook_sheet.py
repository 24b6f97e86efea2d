"""``drafter sheet``: the 填报表 for a kind of report, blank or filled from data files.

``--data`` fills 本年 and everything else (texts, lists, the bureau's own figures); ``--from``
fills 上年 with last year's values and carries the report information over; ``--sections``
keeps only the sheets one 科室 fills.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from drafter.errors import DrafterError
from drafter.inputs.sources import load_sources
from drafter.inputs.workbook_layout import select, sheets_for
from drafter.inputs.workbook_write import workbook_bytes
from drafter.model import KINDS, Report
from drafter.model.amount import EXAMPLES
from drafter.model.choices import value_of
from drafter.model.place import unit_of

#: Report information that stays the same from one year to the next.
_CARRIED = ("region", "district", "organ", "recipient")


def make_workbook(
    kind: Optional[str] = None,
    data: Optional[Path] = None,
    last_year: Optional[Path] = None,
    sections: Optional[list[str]] = None,
) -> bytes:
    """The .xlsx bytes of a 填报表 (nothing is written here)."""
    current = load_sources([data]) if data else None
    previous = load_sources([last_year]) if last_year else None
    kind = _kind(kind, current, data)
    sheets = sheets_for(kind)
    if sections:
        sheets = select(sheets, sections)
    known = current or previous
    unit = unit_of(known.meta.district, known.meta.phrases.area) if known else None
    values: Any = current if current else _carried(kind, previous)
    return workbook_bytes(sheets, values, previous, unit, guide_lines(kind, unit))


def _kind(kind: Optional[str], current: Optional[Report], path: Optional[Path]) -> str:
    kind = value_of(kind)
    if kind is not None and kind not in KINDS:
        choices = "、".join(f"{key}（{name}）" for key, name in KINDS.items())
        raise DrafterError.single(f"没有“{kind}”这种文种", "--kind", f"可以选：{choices}")
    if current is None:
        return kind or "summary"
    if kind is not None and kind != current.meta.kind:
        raise DrafterError.single(
            f"--kind 是“{KINDS[kind]}”，数据文件却是“{KINDS[current.meta.kind]}”",
            str(path),
            "去掉 --kind（按数据文件的文种），或改数据文件的文种",
        )
    return current.meta.kind


def _carried(kind: str, previous: Optional[Report]) -> dict[str, Any]:
    """This year's report information: the kind, and what last year's data says that stays."""
    meta: dict[str, Any] = {"kind": kind}
    if previous is not None:
        meta |= {name: getattr(previous.meta, name) for name in _CARRIED if getattr(previous.meta, name)}
        meta["year"] = previous.meta.year + 1
    return {"meta": meta}


def guide_lines(kind: str, unit: Optional[str]) -> list[str]:
    """The first sheet: how to fill the workbook, in a clerk's words."""
    area = f"全{unit}" if unit else "本区（县）"
    lines = [
        f"{KINDS[kind]}填报表",
        "1. 每个工作表是报告的一部分。各科室只填自己负责的工作表，其余的不用动。",
        "2. 数字填在“本年”栏；“上年”栏填上一年的数，报告里自动写出增减；“目标”栏填年度目标，报告里写出完成情况。"
        "没有的数据留空，报告里就不写这一项，不要填0（确实是0的才写0）。",
        f"3. 数字照报告里的写法填，如 {EXAMPLES}。比例可以填 98.93，也可以填 98.93%。"
        "每一项的单位和写法见这一行的“说明”栏。",
        "4. 一个数有其中各部分时，写在本年数字后面的括号里，如 177（公办58、民办119），"
        "报告里写成“177所（公办58所、民办119所）”。",
        "5. 对比的不是上一年时（如与2019年比），在“上年”栏写 14.15%（2019年）。",
        "6. “做法与成效”每格写一句，原样写进报告；不够时选中下面一行，右键“插入”整行。"
        f"荣誉、建设项目、专项资金和{area}特有的数据（“其他数据”表）每行写一项。",
        "7. 项目名称、单位和说明已锁定，以免误改（工作表保护，没有密码）；确实需要时可在“审阅”里“撤销工作表保护”。",
        "8. 填好后保存为 .xlsx 文件交回。汇总：drafter merge 各科室的填报表 -o 数据.json；"
        "生成报告：drafter build 数据.json（也可以直接 drafter build 各科室的填报表）。",
    ]
    if kind == "plan":
        lines.insert(3, "   工作要点：“目标”栏填今年的目标；只在“本年”栏填一个数时也当作目标；“本年”和“目标”都填时，本年是现有水平。")
    return lines


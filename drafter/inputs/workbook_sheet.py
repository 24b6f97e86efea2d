"""``drafter sheet``: the 填报表 for a kind of report, blank or filled from data files.

``--data`` fills 本年 and everything else (texts, lists, the bureau's own figures); ``--from``
fills 上年 with last year's values and carries the report information over; ``--sections``
keeps only the sheets one 科室 fills. A 填报表 has the sheets of its kind's own parts; one made
from data of another kind (``--kind 自评报告 --data 总结.json``) also has the sheets the data fills.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any, Optional

from drafter.inputs.form_words import UNKNOWN, Local
from drafter.inputs.sources import check_kind, load_sources
from drafter.inputs.workbook_layout import legend, own_parts, select, sheet_keys, sheets_for, Sheet
from drafter.inputs.workbook_write import workbook_bytes
from drafter.model import KIND_INFO, KINDS, Report
from drafter.model.amount import EXAMPLES
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
    kind = check_kind(kind)
    current = load_sources([data], kind=kind) if data else None
    previous = load_sources([last_year]) if last_year else None
    kind = kind or (current.meta.kind if current else "summary")
    filled = _filled_parts(current)
    sheets = sheets_for(kind, extra=filled | _asked(sections))
    if sections:
        sheets = select(sheets, sections)
    values: Any = current if current else _carried(kind, previous)
    local = _local(current, previous, kind)
    return workbook_bytes(sheets, values, previous, local, guide_lines(kind, local, sheets))


def _filled_parts(report: Optional[Report]) -> set[str]:
    """The top-level fields a report fills: their sheets are kept whatever the kind."""
    if report is None:
        return set()
    data = report.to_json_data()
    return {name for name in data if name not in ("meta", "style", "formal", "$schema")}


def _asked(sections: Optional[list[str]]) -> set[str]:
    """Sheets ``--sections`` names that are parts of any kind (kept even if not this kind's own)."""
    keys = sheet_keys()
    words = [n.strip() for name in sections or [] for n in name.replace("，", ",").split(",")]
    return {keys[word] for word in words if word in keys}


def _local(current: Optional[Report], previous: Optional[Report], kind: str) -> Local:
    """The district's words, and the title the report will get, once the district is known."""
    from drafter.compose.compose import document_title

    known = current or previous
    if known is None:
        return Local()
    report = current or known.model_copy(
        update={"meta": known.meta.model_copy(update={"year": known.meta.year + 1, "kind": kind, "title": None})}
    )
    unit = unit_of(known.meta.district, known.meta.phrases.area)
    return Local.of(known.meta, unit, document_title(report))


def _carried(kind: str, previous: Optional[Report]) -> dict[str, Any]:
    """This year's report information: the kind, and what last year's data says that stays."""
    meta: dict[str, Any] = {"kind": kind}
    if previous is not None:
        meta |= {name: getattr(previous.meta, name) for name in _CARRIED if getattr(previous.meta, name)}
        meta["year"] = previous.meta.year + 1
    return {"meta": meta}


def guide_lines(kind: str, local: Local = UNKNOWN, sheets: Optional[list[Sheet]] = None) -> list[str]:
    """The first sheet: how to fill the workbook, in a clerk's words; then the legend: how to
    write each kind of figure the sheets ask for."""
    area = f"全{local.unit}" if local.unit else "本区（县）"
    sheets = sheets if sheets is not None else sheets_for(kind)
    lines = [
        f"{KINDS[kind]}填报表",
        "1. 每个工作表是报告的一部分。各科室只填自己负责的工作表，其余的不用动，也不要删除或改名。",
        "2. 数字填在“本年”栏；“上年”栏填上一年的数，报告里自动写出增减；“目标”栏填年度目标，报告里写出完成情况。"
        "没有的数据留空（写“无”“—”“/”也当作空着），报告里就不写这一项，不要填0（确实是0的才写0）。",
        f"3. 数字照报告里的写法填，如 {EXAMPLES}。比例可以填 98.93，也可以填 98.93%。各类数字的写法见下面的说明。",
        "4. 一个数有其中各部分时，写在本年数字后面的括号里，如 177（公办58、民办119），"
        "报告里写成“177所（公办58所、民办119所）”。",
        "5. 对比的不是上一年时（如与2019年比），在“上年”栏写 14.15%（2019年）；"
        "上年的数也可以写在本年数字后面的括号里，如 12（上年10）。",
        "6. “做法与成效”每格写一句，原样写进报告；不够时选中下面一行，右键“插入”整行。"
        f"荣誉、建设项目、专项资金和{area}特有的数据（“其他数据”表）每行写一项。",
        "7. 项目名称、单位和说明已锁定，以免误改（工作表保护，没有密码）；确实需要时可在“审阅”里“撤销工作表保护”。",
        "8. 填好后保存为 .xlsx 文件交回。汇总：drafter merge 各科室的填报表 -o 数据.json；"
        "生成报告：drafter build 数据.json（也可以直接 drafter build 各科室的填报表）。",
    ]
    if kind == "plan":
        lines.insert(3, "   工作要点：“目标”栏填今年的目标；只在“本年”栏填一个数时也当作目标；“本年”和“目标”都填时，本年是现有水平。")
    figures = legend(sheets)
    if figures:
        lines += ["", "各类数字的写法（单位见每一行的“单位”栏）："] + [f"· {line}" for line in figures]
    own = [title for name, title in _titles(kind) if name in own_parts(kind)]
    lines += ["", f"{KINDS[kind]}包括：{'、'.join(own)}。"]
    return [local(line) for line in lines]


def _titles(kind: str) -> list[tuple[str, str]]:
    from drafter.model.paths import field_title

    return [(name, field_title(Report, name)) for name in KIND_INFO[kind].parts]

"""The import's account for the clerk: each value written with the sentence it came from, each
number not written (and why), each guess about the report's information — so that reviewing an
import takes minutes, not a reread of the report.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from drafter.model import Report
from drafter.model.paths import describe

_ROLE_NAMES = {"value": "本年", "previous": "上年", "target": "目标"}


@dataclass(frozen=True)
class Taken:
    """A value written into the data: where, as what, from which sentence."""

    loc: tuple[str | int, ...]
    role: str
    text: str
    sentence: str
    note: str = ""
    #: Where in the report: (paragraph, sentence, number), to list in the report's order.
    position: tuple[int, int, int] = (0, 0, 0)


@dataclass(frozen=True)
class Left:
    """A number of the report not written as a figure: the sentence keeps it."""

    text: str
    sentence: str
    reason: str


@dataclass
class Trace:
    info: list[tuple[str, str, str]] = field(default_factory=list)
    taken: list[Taken] = field(default_factory=list)
    left: list[Left] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    #: The house's structure kept as style options: what, and from which heading.
    structure: list[str] = field(default_factory=list)

    def take(
        self, loc: tuple[str | int, ...], role: str, text: str, sentence: str, note: str = "", position: tuple[int, int, int] = (0, 0, 0)
    ) -> None:
        self.taken.append(Taken(loc, role, text, sentence, note, position))

    def leave(self, text: str, sentence: str, reason: str) -> None:
        self.left.append(Left(text, sentence, reason))


def where(loc: tuple[str | int, ...]) -> str:
    """``各类教育 › 学前教育 › 新增学前学位（education.preschool.new_places）``."""
    titles, keys = describe(Report, loc)
    return f"{titles}（{keys}）"


def role_name(role: str) -> str:
    return _ROLE_NAMES.get(role, role)


def render(trace: Trace, source: str, output: str) -> str:
    """The account as Markdown (readable as plain text in Notepad too)."""
    lines = [f"# 导入核对清单：{source}", "", f"数据文件：{output}", ""]
    lines += [
        f"写入数值 {len(trace.taken)} 个；没有写入的数字 {len(trace.left)} 个（原句保留在“做法与成效”里）。"
        "请对照原文逐条核对，有错的直接改数据文件。",
        "",
        "## 报告信息",
        "",
    ]
    for name, value, source_text in trace.info:
        lines.append(f"- {name}：{value}（{source_text}）")
    lines += ["", "## 写入的数值", ""]
    current = None
    for item in sorted(trace.taken, key=lambda t: (t.position, t.loc)):
        head = where(item.loc)
        if head != current:
            lines += ["", f"### {head}"] if current is not None else [f"### {head}"]
            current = head
        note = f"；{item.note}" if item.note else ""
        lines.append(f"- {role_name(item.role)}：{item.text}　←　{item.sentence}{note}")
    lines += ["", "## 没有写入的数字", ""]
    if not trace.left:
        lines.append("（没有）")
    for left in trace.left:
        lines.append(f"- {left.text}：{left.reason}　←　{left.sentence}")
    if trace.structure:
        lines += ["", "## 沿用原文的结构（style）", ""] + [f"- {line}" for line in trace.structure]
    if trace.notes:
        lines += ["", "## 其他说明", ""] + [f"- {note}" for note in trace.notes]
    return "\n".join(lines) + "\n"

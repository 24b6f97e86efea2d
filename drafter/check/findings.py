"""What a check finds: one inconsistency, where it is, and what to do about it."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Literal

from drafter.errors import Problem

#: An error stops ``build`` (a part larger than its total cannot be right); a note asks the clerk
#: to look again and is printed as ``注意：``.
Level = Literal["error", "note"]

#: The kinds of check, in the order their findings are listed, with their Chinese names.
CHECKS: dict[str, str] = {
    "sums": "部分与合计",
    "relations": "数据之间的关系",
    "jumps": "与上年相比变化异常",
    "goals": "目标与现有水平",
    "twice": "重复填报",
    "kind": "文种缺项",
    "last_year": "与上年数据不一致",
}


@dataclass(frozen=True)
class Finding:
    """One inconsistency: ``figure`` is the Chinese name of the figure (or part) it is about,
    ``field`` its field path, ``where`` the file and cell or field it came from."""

    level: Level
    check: str
    figure: str
    field: str
    where: str
    message: str
    hint: str = ""

    @property
    def problem(self) -> Problem:
        return Problem(self.message, self.where, self.hint)

    def line(self) -> str:
        """The finding as the command line prints it: ``注意：data.json …：…。…``."""
        return f"{'错误' if self.level == 'error' else '注意'}：{self.problem}"

    def as_json(self) -> dict[str, Any]:
        return {
            "level": self.level,
            "check": self.check,
            "check_name": CHECKS.get(self.check, self.check),
            "figure": self.figure,
            "field": self.field,
            "where": self.where,
            "message": self.message,
            "hint": self.hint,
            "text": self.line(),
        }


def in_order(findings: list[Finding]) -> list[Finding]:
    """Errors first, then notes; within each, by kind of check in :data:`CHECKS` order."""
    kinds = list(CHECKS)
    return sorted(findings, key=lambda f: (f.level != "error", kinds.index(f.check) if f.check in kinds else len(kinds)))

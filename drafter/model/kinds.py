"""The kinds of document drafter writes, and which parts of the report each one uses.

The questionnaire asks only what the chosen kind needs; templates of a kind read only these.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class KindInfo:
    """A kind of document: its Chinese name and the top-level report fields it uses."""

    name: str
    fields: tuple[str, ...]


_SECTIONS = ("party", "moral", "education", "teachers", "support")

KIND_INFO: dict[str, KindInfo] = {
    "summary": KindInfo(
        name="年度教育工作总结",
        fields=("opening", "overview", *_SECTIONS, "problems", "next_steps"),
    ),
    "plan": KindInfo(
        name="教育工作要点",
        fields=("opening", *_SECTIONS),
    ),
    "self_evaluation": KindInfo(
        name="履行教育职责情况自评报告",
        fields=("basis", "opening", *_SECTIONS, "problems", "measures"),
    ),
    "summary_and_plan": KindInfo(
        name="工作总结及下年工作思路",
        fields=("opening", *_SECTIONS, "outlook", "next_steps"),
    ),
}


def kind_info(kind: str) -> KindInfo:
    return KIND_INFO[kind]

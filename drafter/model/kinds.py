"""The kinds of document drafter writes, and which parts of the report each one uses.

The questionnaire offers the parts in the order the kind writes them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class KindInfo:
    """A kind of document: its Chinese name and the top-level report fields it uses."""

    name: str
    fields: tuple[str, ...]


_SECTIONS = ("party", "moral", "education", "teachers", "support")

#: Every kind prints every field (kinds differ in structure and wording, not in what they can
#: print); the order is the order of the document, which the questionnaire follows.
KIND_INFO: dict[str, KindInfo] = {
    "summary": KindInfo(
        name="年度教育工作总结",
        fields=("opening", "basis", "overview", "evaluation", *_SECTIONS, "problems", "outlook", "next_steps", "measures"),
    ),
    "plan": KindInfo(
        name="教育工作要点",
        fields=("opening", "outlook", "basis", "overview", "evaluation", "problems", *_SECTIONS, "next_steps", "measures"),
    ),
    "self_evaluation": KindInfo(
        name="履行教育职责情况自评报告",
        fields=("basis", "opening", "evaluation", "overview", *_SECTIONS, "problems", "outlook", "measures", "next_steps"),
    ),
    "summary_and_plan": KindInfo(
        name="工作总结及下年工作思路",
        fields=("opening", "basis", "overview", "evaluation", *_SECTIONS, "problems", "outlook", "next_steps", "measures"),
    ),
}


def kind_info(kind: str) -> KindInfo:
    return KIND_INFO[kind]

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


KIND_INFO: dict[str, KindInfo] = {
    "summary": KindInfo(
        name="年度教育工作总结",
        fields=("opening", "overview", "party", "moral", "education", "teachers", "support", "problems", "next_steps"),
    ),
}


def kind_info(kind: str) -> KindInfo:
    return KIND_INFO[kind]

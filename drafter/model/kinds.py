"""The kinds of document drafter writes, and which parts of the report each one uses.

The questionnaire offers the parts in the order the kind writes them.
"""

from dataclasses import dataclass


@dataclass(frozen=True)
class KindInfo:
    """A kind of document: its Chinese name and the top-level report fields it uses."""

    name: str
    fields: tuple[str, ...]
    #: The parts the kind's own structure has, in ``fields`` order: what its 填报表 and questionnaire
    #: offer. A part of another kind that holds data is still printed (see ``fields``).
    parts: tuple[str, ...] = ()
    #: Shorter names clerks use for the kind (``自评报告``), accepted wherever the name is.
    aliases: tuple[str, ...] = ()
    #: What 开篇补充 is in this kind: where the sentences go and whose voice they speak in.
    opening_help: str = ""
    #: Headings the kind writes above several parts (``work``: 做法与成效), which a data file
    #: may rename (see ``HEADING_KEYS`` in ``report.py``); they stand before the first section.
    headings: tuple[str, ...] = ()


_SECTIONS = ("party", "moral", "education", "teachers", "support")

#: Every kind prints every field (kinds differ in structure and wording, not in what they can
#: print); the order is the order of the document, which the questionnaire follows.
KIND_INFO: dict[str, KindInfo] = {
    "summary": KindInfo(
        name="年度教育工作总结",
        fields=("opening", "basis", "overview", "evaluation", *_SECTIONS, "problems", "outlook", "next_steps", "measures"),
        parts=("opening", "overview", *_SECTIONS, "problems", "next_steps"),
        aliases=("年度总结", "工作总结", "总结"),
        opening_help="接在开篇第一段（年度指导思想）后面的句子，以教育局的口吻写，"
        "如“在区（县）委、区（县）政府的坚强领导下，全区（县）教育系统……”",
    ),
    "plan": KindInfo(
        name="教育工作要点",
        fields=("opening", "outlook", "basis", "overview", "evaluation", "problems", *_SECTIONS, "next_steps", "measures"),
        parts=("opening", "outlook", "overview", "problems", *_SECTIONS, "next_steps", "measures"),
        aliases=("工作要点", "要点"),
        opening_help="接在“总体要求”后面的句子，写今年工作的总目标，如“全年重点实施‘学有优教’等五大行动……”",
    ),
    "self_evaluation": KindInfo(
        name="履行教育职责情况自评报告",
        fields=("basis", "opening", "evaluation", "overview", *_SECTIONS, "problems", "outlook", "measures", "next_steps"),
        parts=("basis", "opening", "evaluation", "overview", *_SECTIONS, "problems", "measures"),
        aliases=("自评报告", "自评"),
        headings=("work",),
        opening_help="接在“现将自评情况报告如下：”后面的句子，以区（县）人民政府的口吻写，"
        "如“区（县）政府始终把教育摆在优先发展的战略地位……”",
    ),
    "summary_and_plan": KindInfo(
        name="工作总结及下年工作思路",
        fields=("opening", "basis", "overview", "evaluation", *_SECTIONS, "problems", "outlook", "next_steps", "measures"),
        parts=("opening", "overview", *_SECTIONS, "problems", "outlook", "next_steps"),
        aliases=("总结及思路", "总结和思路", "工作总结及思路"),
        opening_help="接在开篇后面的句子，以教育局的口吻写，如“一年来，在区（县）委、区（县）政府的坚强领导下……”",
    ),
}


def kind_info(kind: str) -> KindInfo:
    return KIND_INFO[kind]

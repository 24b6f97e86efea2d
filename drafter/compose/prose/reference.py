"""Reference: a figure named once, then not by its full name again.

``78所学校落实党组织领导的校长负责制，覆盖率由88%提升至95%``; ``开展警示教育3次，覆盖干部和重点
岗位人员400余人``; ``学生体质健康合格率保持在88%，优良率达到95%以上``; ``小学资源配置校际差异系数为
0.42，初中由0.41下降至0.38``.
"""

from __future__ import annotations

from dataclasses import replace

from drafter.compose.prose.said import SHARED_HEAD, STAGES, Said, common_prefix, common_suffix

#: The shortest words said before that a later head drops (警示教育 + 覆盖干部……).
NAMED_BEFORE = 4


def referred(said: list[Said]) -> list[Said]:
    """A figure whose head begins with words just said drops them: ``78所学校落实党组织领导的
    校长负责制，覆盖率由88%提升至95%``; ``开展警示教育3次，覆盖干部和重点岗位人员400余人``."""
    out: list[Said] = []
    for index, item in enumerate(said):
        if item.head and out and item.body.startswith(item.head):
            item = _without_named(item, _named_before(item.head, out))
            item = _without_shared_subject(item, said[index - 1])
        out.append(item)
    return out


def _without_shared_subject(item: Said, previous: Said) -> Said:
    """A level after a level of the same subject names only what differs: ``学生体质健康合格率
    保持在88%，优良率达到95%以上``."""
    if item.referring or not (item.head and previous.head) or item.verb or previous.verb:
        return item
    if not item.body.startswith(item.head):
        return item
    stage = _stage_of(item.head, previous.head)
    if stage:  # 小学资源配置校际差异系数为0.42，初中由0.41下降至0.38
        return replace(item, body=stage + item.body[len(item.head):], head=stage, referring=True)
    shared = common_prefix(item.head, previous.head.removeprefix("其"))
    while shared and len(item.head) - len(shared) < 3:  # 优良率/优秀率 share 优, not a word
        shared = shared[:-1]
    rest = item.head[len(shared):]
    if len(shared) < SHARED_HEAD or not 2 <= len(rest) <= 4:
        return item
    return replace(item, body=item.body[len(shared):], head=rest, referring=True)


def _stage_of(head: str, previous: str) -> str:
    """The stage ``head`` names when it measures what ``previous`` measured for another stage."""
    suffix = common_suffix(head, previous)
    stage, other = head[: len(head) - len(suffix)], previous[: len(previous) - len(suffix)]
    return stage if len(suffix) >= 3 and stage in STAGES and other in STAGES and stage != other else ""


def _without_named(item: Said, named: str) -> Said:
    """The item without the words just said, when what is left still says what it is: a verb
    of the same event (覆盖……), a part of it (中骨干教师比例 → 其中……), its share of a whole
    (占符合交流条件教师的比例), or its own rate (覆盖率)."""
    rest = item.head[len(named):]
    if len(named) < NAMED_BEFORE or len(rest) < 2:
        return item
    if not (rest.startswith(("中", "覆盖", "占")) or (len(rest) <= 3 and rest.endswith("率"))):
        return item
    start = "其" if rest.startswith("中") else ""
    return replace(item, body=start + item.body[len(named):], head=start + rest, referring=True)


def _named_before(head: str, said: list[Said]) -> str:
    """The longest start of ``head`` that ends a phrase said before (its head, its verb and head,
    or its words after the number): a whole name, never the first half of one."""
    ends = [text for item in said for text in (item.head, item.verb + item.head, _tail_of(item)) if text]
    for end in range(len(head), 0, -1):
        name = head[:end]
        if any(text.endswith(name) or _starts_with_word(text, name) for text in ends):
            return name
    return ""


#: Characters after which a name ends inside a longer head (交流轮岗教师|占……, ……|中骨干教师).
_WORD_ENDS = "占中的在对"


def _starts_with_word(text: str, name: str) -> bool:
    return text.startswith(name) and len(text) > len(name) and text[len(name)] in _WORD_ENDS


def _tail_of(item: Said) -> str:
    """What a number-first phrase says after its number (学校落实党组织领导的校长负责制)."""
    return item.body.split("，")[0] if not item.head else ""



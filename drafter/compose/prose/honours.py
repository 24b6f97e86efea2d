"""Honours as reports write them.

* The level is not said twice: ``国家级`` before a title that says ``全国`` is left out
  (获评全国青少年校园足球特色学校, not 获评国家级全国…).
* Named winners are the subject: ``青溪县第一中学党委获评全省教育系统先进基层党组织``;
  several with their count: ``实验小学、第一小学2所学校被命名为…``, or ``实验小学等3所学校…``
  when not all are named.
* A count with its running total is what was added: ``新增全国青少年校园足球特色学校2所（累计9所）``;
  a total alone is a stock: ``现有省级文明校园11所``.
* Honours without named winners share one verb: ``获评国家级A2所、省级B3个``.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Iterable

from drafter.compose.prose.numbers import NumberWriter
from drafter.model.figure import Figure
from drafter.model.items import Honour

#: Words an honour's name may start with; otherwise it is written after 获评.
HONOUR_VERBS = (
    "获评", "荣获", "获得", "获", "被评为", "被命名为", "被授予", "被确定为", "成为", "入选", "新增",
    "成功创建", "创建", "建成", "认定",
)  # fmt: skip
#: Words that may come before an honour's verb: ``先后荣获``, ``再次入选``.
HONOUR_ADVERBS = ("先后", "相继", "再次", "首次", "连续", "均")
#: A level and the words with which a title already says it.
_LEVEL_IN_TITLE = {
    "国家级": ("全国", "国家", "中国"),
    "省级": ("全省", "省"),
    "市级": ("全市", "市"),
    "区级": ("全区", "区"),
    "县级": ("全县", "县"),
}
#: Titles that name whom they honour, and what a count of such winners is called:
#: ``实验小学等3所学校获评……特色学校``, ``xx小学党支部等5个党组织荣获……先进基层党组织``.
_HONOREES = (
    ("党组织", "党组织"), ("党支部", "党支部"), ("党委", "党组织"), ("集体", "集体"), ("单位", "单位"),
    ("幼儿园", "幼儿园"), ("学校", "学校"), ("校园", "学校"), ("校", "学校"), ("园", "幼儿园"),
    ("教师", "教师"), ("班主任", "班主任"), ("校长", "校长"), ("个人", "人"), ("党员", "人"),
    ("工作者", "人"), ("学生", "学生"),
)  # fmt: skip
#: The verbs of an honour whose name has none: a count, a count with its running total, a total alone.
DEFAULT_VERB = "获评"
ADDED_VERB = "新增"
STOCK_VERB = "现有"


def honour_verb(name: str) -> tuple[str, str]:
    """An honour's name split into the verb the clerk wrote (with its adverb) and the title:
    ``先后荣获“全国生命教育杰出单位”`` → ``("先后荣获", "“全国生命教育杰出单位”")``; ``("", name)``
    when the name is a bare title."""
    adverb = next((word for word in HONOUR_ADVERBS if name.startswith(word)), "")
    rest = name[len(adverb) :]
    verb = next((word for word in HONOUR_VERBS if rest.startswith(word)), "")
    return (adverb + verb, rest[len(verb) :]) if verb else ("", name)


def says_level(title: str) -> bool:
    """Whether the title says the level it is given at (省级文明校园, 全国……)."""
    return any(titled(level, title) == title for level in _LEVEL_IN_TITLE)


def titled(level: str, title: str) -> str:
    """The title with its level, unless the title already says it (全国…, 省级…)."""
    level = level.strip()
    if not level or level in title:
        return title
    said_by = _LEVEL_IN_TITLE.get(level.replace("（县）", ""), ())
    if title.startswith(said_by):
        return title
    return level + title


@dataclass(frozen=True)
class HonourClause:
    """One honour in words: ``subject`` (the winners, or empty), ``verb``, ``body``."""

    subject: str
    verb: str
    body: str

    @property
    def text(self) -> str:
        return self.subject + self.verb + self.body


class HonourWriter:
    """Writes a part's honours, a few to a sentence."""

    def __init__(self, numbers: NumberWriter):
        self.numbers = numbers

    def clause(self, honour: Honour) -> HonourClause:
        verb, title = honour_verb(honour.name)
        title = titled(honour.level or "", title)
        count, total = self._amount(honour.count), self._amount(honour.total)
        if honour.winners:
            noun = honoree(title)
            if noun or not count:  # the count counts the winners: 实验小学等3所学校获评……
                return HonourClause(self._winners(honour, noun), verb or DEFAULT_VERB, title + self._total(total))
            # the count counts what was won: xx小学等学校获得市级奖励的课题3个
            return HonourClause("、".join(honour.winners), verb or DEFAULT_VERB, title + count + self._total(total))
        if count and total:
            return HonourClause("", verb or ADDED_VERB, f"{title}{count}（累计{total}）")
        if count:
            return HonourClause("", verb or DEFAULT_VERB, title + count)
        if total:
            return HonourClause("", verb or STOCK_VERB, title + total)
        return HonourClause("", verb or DEFAULT_VERB, title)

    def sentences(self, honours: Iterable[Honour], per_sentence: int = 4) -> str:
        """The honours in sentences; neighbours without winners share their verb."""
        groups: list[str] = []
        last: HonourClause | None = None
        for clause in (self.clause(honour) for honour in honours):
            if last is not None and not clause.subject and not last.subject and clause.verb == last.verb:
                groups[-1] += "、" + clause.body
            else:
                groups.append(clause.text)
            last = clause
        return "".join(
            "，".join(groups[start : start + per_sentence]) + "。" for start in range(0, len(groups), per_sentence)
        )

    def _winners(self, honour: Honour, noun: str) -> str:
        """``实验小学、第一小学2所学校``, ``实验小学等3所学校``, or the names alone when the count is
        theirs (one winner)."""
        names = "、".join(honour.winners)
        count = honour.count
        if count is None or count.value is None:
            return names
        amount = count.value
        if amount.exact and amount.value == len(honour.winners) == 1:
            return names
        number = self.numbers.amount(amount, count.spec)
        named_all = amount.exact and amount.value == len(honour.winners)
        joiner = "" if named_all or names.endswith("等") else "等"
        return f"{names}{joiner}{number}{noun}"

    def _amount(self, figure: Figure | None) -> str:
        if figure is None or figure.value is None:
            return ""
        return self.numbers.amount(figure.value, figure.spec)

    @staticmethod
    def _total(total: str) -> str:
        return f"（累计{total}）" if total else ""


def honoree(title: str) -> str:
    """What the title's winners are (学校, 党组织 …), or ``""`` when it names a thing won (课题)."""
    core = title.rstrip("”」》）)")
    return next((noun for ending, noun in _HONOREES if core.endswith(ending)), "")

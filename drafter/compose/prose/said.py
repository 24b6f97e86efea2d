"""A figure in words, before it is joined to its neighbours: the unit the writing steps share.

:mod:`drafter.compose.prose.saying` realises a figure into a :class:`Said` (its verb, its words
with the number, its change and target); :mod:`~drafter.compose.prose.reference` lets a figure
lean on the one before it; :mod:`~drafter.compose.prose.aggregation` joins neighbours into clauses
and sentences.
"""

from __future__ import annotations

from dataclasses import dataclass

#: The shortest head that figures said together share before it is said once.
SHARED_HEAD = 4
#: Stages of schooling: one measure of several of them is said once (小学、初中生师比分别为……).
STAGES = frozenset(
    {"幼儿园", "学前", "小学", "初中", "高中", "普通高中", "中职", "义务教育", "九年义务教育", "初中三年", "特殊教育"}
)


@dataclass(frozen=True)
class Said:
    """One figure in words: ``verb`` + ``body``, then ``after`` (change, target) as clauses.

    ``head``/``level`` are kept for aggregation: a plain level (``为0.42``) of a measure shared
    with its neighbours is said once for all (``分别为0.42、0.38``)."""

    verb: str
    body: str
    after: tuple[str, ...] = ()
    head: str = ""
    level: str = ""
    #: The verb is shared but not written: the sentence has its own (``其中幼儿园21所、小学15所``).
    silent: bool = False
    #: Its head leans on the figure before it (覆盖率…, 优良率…): never the start of a sentence.
    referring: bool = False
    #: ``after`` is only the change on last year, short enough to stand in brackets when the
    #: figures sharing the verb go on (小学53所（较上年减少2所）、初中14所).
    aside: bool = False

    @property
    def text(self) -> str:
        return "，".join([("" if self.silent else self.verb) + self.body, *self.after])


def common_prefix(*texts: str) -> str:
    if not texts:
        return ""
    first = min(texts, key=len)
    for index, char in enumerate(first):
        if any(text[index] != char for text in texts):
            return first[:index]
    return first


def common_suffix(*texts: str) -> str:
    return common_prefix(*(text[::-1] for text in texts))[::-1]

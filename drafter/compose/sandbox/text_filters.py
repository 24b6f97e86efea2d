"""The filters that write the clerk's words and the template's own: ``work``, ``lead``, ``sentences``,
``enumerate``, ``date``, ``cnjoin``, ``subject`` and ``key`` (see :mod:`drafter.compose.sandbox.filters`)."""

from __future__ import annotations

import datetime as dt
from typing import Any, Iterable

from drafter.compose.prose.items import ProseWriter
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.order import work_first
from drafter.compose.prose.punctuation import as_sentence, normalise
from drafter.compose.sandbox.filter_marks import NOTHING, filled
from drafter.compose.sandbox.ledger import WORK, Ledger
from drafter.compose.sandbox.markup import (
    FILLED,
    HIDDEN,
    HIDDEN_END,
    KEY,
    KEY_END,
    MISSING,
    SUBJECT,
    SUBJECT_END,
    chinese_number,
)
from drafter.model.figure import HasFigures
from drafter.model.points import Point
from drafter.model.text import without_end_mark


class TextFilters:
    """The filters of one environment that write the clerk's sentences, recording them in the
    ledger so that ``|rest`` does not say them again."""

    def __init__(self, numbers: NumberWriter, ledger: Ledger, prose: ProseWriter) -> None:
        self.numbers = numbers
        self.ledger = ledger
        self.prose = prose

    def work(self, part: HasFigures | None) -> str:
        """The clerk's sentences of the part that tell of the work, to open it (the results are
        said at its end by ``|rest``); nothing when there are none."""
        lines = getattr(part, "highlights", None) if isinstance(part, HasFigures) else None
        if not lines:
            return ""
        self.ledger.record(lines, WORK)
        said, _ = work_first(lines)
        return filled(self.prose.lines(said)) if said else ""

    def lead(self, text: str | None) -> str:
        """The clerk's basis of a part, opening its first sentence: ``在区委、区政府的大力支持下，``."""
        if not isinstance(text, str) or not text.strip():
            return ""  # nothing in its place: the sentence it opens reads as it would alone
        self.ledger.record(text)
        return FILLED + normalise(without_end_mark(text.strip())).rstrip("，,；;：:") + "，"

    def sentences_of(self, lines: Iterable[str | Point] | None) -> str:
        """``|sentences``: see :func:`sentences`."""
        self.ledger.record(lines)
        return sentences(lines)

    def enumerate_of(self, lines: Iterable[str | Point] | None) -> str:
        """``|enumerate``: see :func:`enumerate_points`."""
        self.ledger.record(lines)
        return enumerate_points(lines)

    def date(self, value: dt.date | None) -> str:
        """``2024年12月31日``."""
        return MISSING if value is None else self.numbers.date(value)


def sentences(lines: Iterable[str | Point] | None) -> str:
    """The clerk's sentences (or points), normalised and joined; missing when there are none."""
    text = "".join(_as_text(line) for line in lines or [])
    return filled(text) if text else NOTHING


def enumerate_points(lines: Iterable[str | Point] | None) -> str:
    """``一是……；二是……；三是……。`` from a list of sentences or points."""
    points = [text.rstrip("。；;") for text in (_as_text(line) for line in lines or []) if text]
    if not points:
        return NOTHING
    if len(points) == 1:
        return filled(points[0] + "。")
    return filled("；".join(f"{chinese_number(i)}是{p}" for i, p in enumerate(points, 1)) + "。")


def _as_text(item: str | Point) -> str:
    """A sentence, or a point written out: ``小标题。内容。`` (its title ends like a sentence)."""
    if isinstance(item, str):
        return as_sentence(item) if item.strip() else ""
    lines = ([item.title] if item.title else []) + item.text
    return "".join(as_sentence(line) for line in lines)


# -- filters of the template's own words: nothing to record --------------------------------------
def cnjoin(items: Iterable[Any] | None, mark: str | None = None) -> str:
    """``甲、乙和丙``; with ``mark``, joined with that mark only."""
    values = [str(item) for item in items or [] if str(item).strip()]
    if mark is not None or len(values) < 2:
        return (mark or "、").join(values)
    return "、".join(values[:-1]) + "和" + values[-1]


def subject(text: Any, shown: bool = True) -> str:
    """The subject of a sentence: moved to the next clause kept when its own clause is left out
    (``{{ phrases.area|subject }}总面积{{ x|fig }}，辖……`` → ``全县辖……`` without the area).
    ``shown=False``: written only when it moves (``{{ "校长负责制"|subject(false) }}{{ n|fig }}
    学校落实……，覆盖率……`` → ``校长负责制覆盖率……`` when the schools were not entered)."""
    start, end = (SUBJECT, SUBJECT_END) if shown else (HIDDEN, HIDDEN_END)
    return f"{start}{text}{end}"


def key(name: Any) -> str:
    """The key of the heading or point it follows (``# 坚持党建引领{{ "party"|key }}``): a data
    file renames the heading by it (``style.headings``). Not written in the document."""
    return f"{KEY}{name}{KEY_END}"

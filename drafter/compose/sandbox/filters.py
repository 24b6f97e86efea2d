"""The jinja2 filters templates use to write figures.

==============  ==========================================================================
``fig``         a figure with its unit and breakdown: ``280余场次``, ``98.93%``, ``14.20亿元``,
                ``177所（公办58所、民办119所）``
``num``         a figure or number without unit: ``280余``; ``x|num(2)`` rounds half-up
``pct``         a rate, or a number written as a percentage: ``2.1|pct`` → ``2.1%``
``money``       a money figure, or a number of 元: ``1420000000|money`` → ``14.20亿元``
``approx``      a number as an approximation: ``283|approx`` → ``280余``;
                ``67|approx("近", 1)`` → ``近70``
``change``      comparison with the previous value: ``较上年提升2.51个百分点``
``trend``       ``由36.8%提升至50.86%`` (``达到50.86%`` without a previous value)
``target``      the target with its unit: ``1350个``, ``95%以上``
``goal``        plan wording: ``达到80%``, ``由10%提高到20%``, ``控制在50%以内``
``progress``    against the target: ``完成年度目标的86.7%``, ``完成年度目标``, ``超额完成年度目标``
``date``        ``2024年12月31日``
``sentences``   the clerk's sentences (or points), punctuation normalised, joined
``enumerate``   ``一是……；二是……；三是……。`` from sentences or points
``say``         figures through the phrases declared on the model, with their change and
                target in the same clause: ``s.new_places|say`` → ``新增学前学位1170个，较上年的
                1100个增加70个``; ``[s.a, s.b]|say`` says several, sharing their verb
                (``开展理论学习宣讲280余场次、专题研讨12次``); ``say(false)`` leaves the first verb out
``listing``     figures that were entered, joined: ``[(x, "党支部"), ("党员", y)]|listing``
                → ``102个党支部、党员1800余名``; ``listing("")`` joins with nothing
``opt``         like ``fig``, but a missing figure leaves its clause standing
``custom``      the clerk's own figures as sentences (one per subject)
``rest``        everything entered in a part that the template has not written yet: figures
                (from their Chinese names), projects, funds, honours, custom figures and the
                clerk's sentences — end every part with ``{{ s|rest }}``
``cnjoin``      ``甲、乙和丙`` (``x|cnjoin("、")`` joins with the given mark only)
``cn``          ``3|cn`` → ``三``
``key``         the key of a heading, by which the data file's ``style.headings`` renames it
``subject``     the subject of a sentence, moved to the next clause when its own is left out;
                ``subject(false)`` is written only then
==============  ==========================================================================

Filters mark their output as filled or missing; :mod:`drafter.compose.sandbox.markup` uses the marks
to leave out clauses, sentences and paragraphs with nothing entered.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Any, Callable, Iterable

from drafter.compose.prose.change import ChangeWriter
from drafter.compose.sandbox.ledger import PREVIOUS, TARGET, VALUE, WORK, Ledger
from drafter.compose.sandbox.markup import (
    CLAUSE_ENDS,
    EMPTY,
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
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.items import ProseWriter
from drafter.compose.prose.punctuation import as_sentence, normalise
from drafter.compose.prose.order import work_first
from drafter.compose.prose.saying import Saying
from drafter.compose.prose.targets import TargetWriter
from drafter.model.amount import Amount
from drafter.model.figure import Figure, HasFigures
from drafter.model.items import Fund, Honour, Project
from drafter.model.place import localise
from drafter.model.points import Point
from drafter.model.section import CustomFigure
from drafter.model.text import without_end_mark


#: What an empty list of sentences writes: a sentence of its own with nothing filled, so the
#: rules drop it (and the sentence it ends) without touching the clerk's next sentence.
NOTHING = MISSING + "。"


def make_filters(numbers: NumberWriter, ledger: Ledger | None = None) -> dict[str, Callable[..., Any]]:
    """The filters of one environment; ``ledger`` records what they write (see :func:`rest`)."""
    changes = ChangeWriter(numbers)
    targets = TargetWriter(numbers)
    prose = ProseWriter(numbers)
    ledger = ledger or Ledger()
    record = ledger.record

    def fig(value: Figure | None, noun: str = "") -> str:
        """The value with its unit, then ``noun`` if given, then its breakdown:
        ``177所（公办58所、民办119所）``, ``102个党支部（…）``."""
        record(value, VALUE)
        if value is None or value.value is None:
            return MISSING
        return FILLED + numbers.amount(value.value, value.spec) + noun + numbers.breakdown(value)

    def saying() -> Saying:
        return Saying(numbers, unit=ledger.unit, plan_period=ledger.plan_period, plan=ledger.plan)

    def say(value: Figure | Iterable[Figure | None] | None, verb: bool = True) -> str:
        """Figures through their phrases, each with its change and target; several share a verb."""
        figures = [value] if isinstance(value, Figure) or value is None else list(value)
        figures = [figure for figure in figures if isinstance(figure, Figure) and not ledger.written(figure, VALUE)]
        for figure in figures:
            record(figure, VALUE, PREVIOUS, TARGET)
        text = saying().say(figures, verb=verb)
        return filled(text) if text else MISSING

    def work(part: HasFigures | None) -> str:
        """The clerk's sentences of the part that tell of the work, to open it (the results are
        said at its end by ``|rest``); nothing when there are none."""
        lines = getattr(part, "highlights", None) if isinstance(part, HasFigures) else None
        if not lines:
            return ""
        record(lines, WORK)
        said, _ = work_first(lines)
        return filled(prose.lines(said)) if said else ""

    def lead(text: str | None) -> str:
        """The clerk's basis of a part, opening its first sentence: ``在区委、区政府的大力支持下，``."""
        if not isinstance(text, str) or not text.strip():
            return ""  # nothing in its place: the sentence it opens reads as it would alone
        record(text)
        return FILLED + normalise(without_end_mark(text.strip())).rstrip("，,；;：:") + "，"

    def opt(value: Figure | None) -> str:
        return EMPTY if value is None else fig(value)

    def num(value: Figure | Amount | Decimal | int | float | None, decimals: int | None = None) -> str:
        if value is None:
            return MISSING
        if isinstance(value, Figure):
            record(value, VALUE)
            value = value.value
        if value is None:
            return MISSING
        if isinstance(value, Amount):
            return FILLED + numbers.number(value)
        number = Decimal(str(value))
        text = numbers.trimmed(number) if decimals is None else numbers.decimal(number, decimals)
        return FILLED + text

    def pct(value: Figure | Decimal | int | float | None, decimals: int | None = None) -> str:
        if isinstance(value, Figure) or value is None:
            return fig(value)
        return f"{num(value, decimals)}%"

    def money(value: Figure | Decimal | int | float | None) -> str:
        if isinstance(value, Figure) or value is None:
            return fig(value)
        return FILLED + numbers.yuan(Decimal(str(value)))

    def approx(value: Figure | Decimal | int | float | None, word: str = "余", significant: int = 2) -> str:
        if isinstance(value, Figure) or value is None:
            return fig(value)
        return FILLED + numbers.approximate(Decimal(str(value)), word, significant)

    def _written(value: Figure | None, write: Callable[[Figure], str | None]) -> str:
        text = None if value is None or value.value is None else write(value)
        return MISSING if text is None else FILLED + text

    def change(value: Figure | None) -> str:
        record(value, PREVIOUS)
        return _written(value, changes.change)

    def trend(value: Figure | None) -> str:
        record(value, VALUE, PREVIOUS)
        return _written(value, changes.trend)

    def progress(value: Figure | None) -> str:
        """How the value went against its target; the target itself when nothing sure can be said."""
        record(value, TARGET)
        if value is not None and value.value is not None and value.target is not None:
            return FILLED + (targets.progress(value) or targets.stated(value))
        return MISSING

    def target(value: Figure | None) -> str:
        record(value, TARGET)
        text = None if value is None else targets.target(value)
        return MISSING if text is None else FILLED + text

    def goal(value: Figure | None) -> str:
        record(value, VALUE, TARGET)
        text = None if value is None else targets.goal(value)
        return MISSING if text is None else FILLED + text

    def date(value: dt.date | None) -> str:
        return MISSING if value is None else numbers.date(value)

    def listing(items: Iterable[Any], mark: str = "、") -> str:
        """Entered figures with their words, joined; missing ones are skipped."""
        items = list(items or [])
        for item in items:
            for figure in item if isinstance(item, tuple) else (item,):
                if isinstance(figure, Figure):
                    record(figure, VALUE)
        parts = [_labelled(item, fig) for item in items]
        present = [part for part in parts if part]
        return mark.join(present) if present else MISSING

    def custom(items: Iterable[CustomFigure]) -> str:
        """The clerk's own figures: ``建成家长学校45所，开展家访1200人次。``; figures sharing a
        subject in one sentence naming it once. A figure with a previous value or a target says
        how it changed and went; in a 工作要点 the value is the planned number itself."""
        record(items)
        text = prose.custom(items or [], plan=ledger.plan)
        return filled(text) if text else NOTHING

    def sentences_of(lines: Iterable[str | Point] | None) -> str:
        record(lines)
        return sentences(lines)

    def enumerate_of(lines: Iterable[str | Point] | None) -> str:
        record(lines)
        return enumerate_points(lines)

    def rest(part: HasFigures | None) -> str:
        """Everything entered in ``part`` that no filter has written yet, as sentences."""
        if not isinstance(part, HasFigures):
            return NOTHING
        pieces = [_rest_figures(part), *_rest_items(part)]
        text = "".join(piece for piece in pieces if piece)
        return filled(text) if text else NOTHING

    def _rest_figures(part: HasFigures) -> str:
        """The part's figures no template wrote, through their phrases, a few to a sentence;
        a figure a template wrote in part (its value, say) gets the rest said after its label."""
        said = []
        clauses = []
        for _, figure in part.figures():
            roles = [role for role in (VALUE, PREVIOUS, TARGET) if not ledger.written(figure, role)]
            if len(roles) == 3:
                item = saying().said(figure)
                if item is not None:
                    said.append(item)
            elif roles:
                title = localise(figure.spec.title, ledger.unit)
                clauses.append(prose.figure(title, figure, roles, plan=ledger.plan))
            record(figure, VALUE, PREVIOUS, TARGET)
        said_text = "".join(sentence + "。" for sentence in saying().sentences(said))
        return said_text + prose.sentences(clauses)

    def _rest_items(part: HasFigures) -> Iterable[str]:
        """Lists of the part: projects and funds, the clerk's own figures, then honours (the results
        they led to), the clerk's sentences last."""
        lists = [getattr(part, name) for name in type(part).model_fields]
        lists = [value for value in lists if isinstance(value, list) and value and _unsaid(value)]
        order = (Project, Fund, CustomFigure, Honour, str)
        for kind in order:
            for items in lists:
                if isinstance(items[0], kind):
                    said = work_first(items)[1] if ledger.written(items, WORK) else items
                    record(items)  # the work opened the part: its results close it
                    yield _items_text(said) if said else ""

    def _unsaid(items: list[Any]) -> bool:
        """A list no filter has written, or only the work of (its results are still to be said)."""
        return not ledger.touched(items) or (ledger.written(items, WORK) and not ledger.written(items))

    def _items_text(items: list[Any]) -> str:
        first = items[0]
        if isinstance(first, Project):
            return "".join(prose.project(item) for item in items)
        if isinstance(first, Fund):
            return "".join(prose.fund(item) for item in items)
        if isinstance(first, Honour):
            return prose.honours(items)
        if isinstance(first, CustomFigure):
            return prose.custom(items, plan=ledger.plan)
        return prose.lines(items)

    return {
        "fig": fig,
        "opt": opt,
        "say": say,
        "lead": lead,
        "work": work,
        "num": num,
        "pct": pct,
        "money": money,
        "approx": approx,
        "change": change,
        "trend": trend,
        "target": target,
        "goal": goal,
        "progress": progress,
        "date": date,
        "listing": listing,
        "custom": custom,
        "rest": rest,
        "sentences": sentences_of,
        "enumerate": enumerate_of,
        "cnjoin": cnjoin,
        "subject": subject,
        "key": key,
        "cn": chinese_number,
    }


_CLAUSE_END = re.compile(f"([{CLAUSE_ENDS}])")


def filled(text: str) -> str:
    """The clerk's data written as several clauses: every clause marked filled, so that none is
    taken for a template's stock words (which may be left out when the clerk says the same)."""
    marked = FILLED + _CLAUSE_END.sub(r"\1" + FILLED, text)
    return marked.removesuffix(FILLED)  # the mark belongs to no clause after the last one


def _labelled(item: Any, fig: Callable[..., str]) -> str:
    """``(figure, "党支部")`` → ``102个党支部``; ``("党员", figure)`` → ``党员1800余名``.

    A breakdown follows the noun: ``177所幼儿园（公办58所、民办119所）``."""
    if isinstance(item, Figure) or item is None:
        return "" if item is None else fig(item)
    first, second = item
    if isinstance(second, Figure) or (second is None and isinstance(first, str)):
        return "" if second is None else f"{first}{fig(second)}"
    return "" if first is None else fig(first, str(second))


def _as_text(item: str | Point) -> str:
    """A sentence, or a point written out: ``小标题。内容。`` (its title ends like a sentence)."""
    if isinstance(item, str):
        return as_sentence(item) if item.strip() else ""
    lines = ([item.title] if item.title else []) + item.text
    return "".join(as_sentence(line) for line in lines)


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


def cnjoin(items: Iterable[Any] | None, mark: str | None = None) -> str:
    values = [str(item) for item in items or [] if str(item).strip()]
    if mark is not None or len(values) < 2:
        return (mark or "、").join(values)
    return "、".join(values[:-1]) + "和" + values[-1]

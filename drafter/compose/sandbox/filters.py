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
to leave out clauses, sentences and paragraphs with nothing entered. The filters that write a
clerk's figure, sentence or list record it in the document's
:class:`~drafter.compose.sandbox.ledger.Ledger`, which ``rest`` reads.

The filters come in families, each a class holding what its filters share:
:mod:`~drafter.compose.sandbox.figure_filters` (``fig``, ``opt``, ``say``, ``num``, ``pct``, ``money``,
``approx``, ``change``, ``trend``, ``progress``, ``target``, ``goal``),
:mod:`~drafter.compose.sandbox.text_filters` (``work``, ``lead``, ``sentences``, ``enumerate``,
``date``; with ``cnjoin``, ``subject`` and ``key``, plain functions that record nothing) and
:mod:`~drafter.compose.sandbox.list_filters` (``listing``, ``custom``, ``rest``); ``cn`` is
:func:`~drafter.compose.sandbox.markup.chinese_number`. :func:`make_filters` puts them together.
"""

from __future__ import annotations

from typing import Any, Callable

from drafter.compose.prose.items import ProseWriter
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.sandbox.figure_filters import FigureFilters
from drafter.compose.sandbox.ledger import Ledger
from drafter.compose.sandbox.list_filters import ListFilters
from drafter.compose.sandbox.markup import chinese_number
from drafter.compose.sandbox.text_filters import TextFilters, cnjoin, key, subject


def make_filters(numbers: NumberWriter, ledger: Ledger | None = None) -> dict[str, Callable[..., Any]]:
    """The filters of one environment, by the name templates use; ``ledger`` records what they
    write (see :meth:`ListFilters.rest <drafter.compose.sandbox.list_filters.ListFilters.rest>`)."""
    ledger = ledger or Ledger()
    prose = ProseWriter(numbers)
    figures = FigureFilters(numbers, ledger)
    text = TextFilters(numbers, ledger, prose)
    lists = ListFilters(figures, ledger, prose)
    return {
        "fig": figures.fig,
        "opt": figures.opt,
        "say": figures.say,
        "lead": text.lead,
        "work": text.work,
        "num": figures.num,
        "pct": figures.pct,
        "money": figures.money,
        "approx": figures.approx,
        "change": figures.change,
        "trend": figures.trend,
        "target": figures.target,
        "goal": figures.goal,
        "progress": figures.progress,
        "date": text.date,
        "listing": lists.listing,
        "custom": lists.custom,
        "rest": lists.rest,
        "sentences": text.sentences_of,
        "enumerate": text.enumerate_of,
        "cnjoin": cnjoin,
        "subject": subject,
        "key": key,
        "cn": chinese_number,
    }

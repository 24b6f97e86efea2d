"""Sentences written from the model alone: any figure, honours, projects, funds, custom figures.

Templates write the well-known figures in hand-made sentences; everything else a clerk enters is
written here, from the model's Chinese names, so that a field added to the model reaches the
document the day it is added. Each function returns plain text (no markup marks) or ``""``.
"""

from __future__ import annotations

from typing import Iterable, Iterator

from drafter.compose.prose.change import ChangeWriter
from drafter.compose.prose.honours import HonourWriter
from drafter.compose.prose.saying import Saying
from drafter.compose.sandbox.ledger import PREVIOUS, TARGET, VALUE
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.punctuation import as_sentence
from drafter.compose.prose.targets import TargetWriter
from drafter.model.figure import Figure
from drafter.model.items import Fund, Honour, Project
from drafter.model.section import CustomFigure
from drafter.model.text import without_end_mark

#: Figures written in one sentence before a new one starts, so a part never reads as a run-on.
FIGURES_PER_SENTENCE = 3
_FUND_VERBS = ("用于", "主要用于", "专项用于")


class ProseWriter:
    """Writes the sentences of one document's figures and items in its number style."""

    def __init__(self, numbers: NumberWriter):
        self.numbers = numbers
        self.changes = ChangeWriter(numbers)
        self.targets = TargetWriter(numbers)
        self.honour_writer = HonourWriter(numbers)
        self.saying = Saying(numbers)

    # -- figures -------------------------------------------------------------------------------
    def figure(
        self,
        title: str,
        figure: Figure,
        roles: Iterable[str] = (VALUE, PREVIOUS, TARGET),
        plan: bool = False,
        verbatim: bool = False,
    ) -> str:
        """One figure as a clause group: ``新增学前学位1170个，较上年的1100个增加70个，完成……``.

        Only the given roles are written (the others were written by a template); a role the
        figure does not have is skipped. ``verbatim``: the title is the clerk's own sentence start
        (``覆盖率达到``), followed by the value as it is.
        """
        need = set(roles)
        if figure.target is None:
            need.discard(TARGET)
        if figure.previous is None:
            need.discard(PREVIOUS)
        if figure.value is None:
            need.discard(VALUE)
            need.discard(PREVIOUS)
        if not need:
            return ""
        if TARGET in need and (plan or figure.value is None):
            # a summary's target with no result yet is stated, never said as reached (达到)
            clauses = [f"{title}{self._goal(figure, plan)}" if plan else f"{title}的{self.targets.stated(figure)}"]
            if PREVIOUS in need:
                clauses.append(self.changes.change(figure) or "")
            return "，".join(clause for clause in clauses if clause)
        clauses = [f"{title}{self._value(figure)}" if verbatim and VALUE in need else self._head(title, figure, need)]
        trend_says_previous = VALUE in need and figure.spec.kind in ("rate", "ratio") and not verbatim
        if PREVIOUS in need and not trend_says_previous:
            clauses.append(self.changes.change(figure) or "")
        if TARGET in need:
            clauses.append(self.targets.progress(figure) or self._target_stated(figure))
        clauses = [clause for clause in clauses if clause]
        if clauses[0] == title and len(clauses) > 1:  # the value was written elsewhere
            clauses[:2] = [title + clauses[1]]
        return "，".join(clauses)

    def _head(self, title: str, figure: Figure, need: set[str]) -> str:
        if VALUE not in need:
            return title
        if figure.spec.kind == "rate":
            if PREVIOUS in need:
                return f"{title}{self.changes.trend(figure)}"
            return f"{title}达到{self._value(figure)}"
        if figure.spec.kind == "ratio":
            if PREVIOUS in need:
                return f"{title}{self.changes.trend(figure)}"
            return f"{title}为{self._value(figure)}"
        unit = figure.value.unit or figure.spec.unit  # type: ignore[union-attr]
        if not unit or title.endswith(unit):  # 差异系数为0.312, 每周劳动教育课时为1课时
            return f"{title}为{self._value(figure)}"
        return f"{title}{self._value(figure)}"

    def _value(self, figure: Figure) -> str:
        return self.numbers.amount(figure.value, figure.spec) + self.numbers.breakdown(figure)  # type: ignore[arg-type]

    def _goal(self, figure: Figure, plan: bool) -> str | None:
        """A 工作要点 names a count's target as it is (开展食品安全检查3轮次), a level's as a goal
        (覆盖率达到80%, 由10%提高到20%)."""
        if plan and figure.value is None and figure.spec.kind not in ("rate", "ratio"):
            return self.targets.target(figure)
        return self.targets.goal(figure)

    def _target_stated(self, figure: Figure) -> str:
        return self.targets.stated(figure)

    def sentences(self, clauses: Iterable[str], per_sentence: int = FIGURES_PER_SENTENCE) -> str:
        """Clause groups joined into sentences of at most ``per_sentence`` groups each."""
        groups = [clause for clause in clauses if clause]
        return "".join(
            "，".join(groups[start : start + per_sentence]) + "。"
            for start in range(0, len(groups), per_sentence)
        )

    # -- items ---------------------------------------------------------------------------------
    def honours(self, honours: Iterable[Honour]) -> str:
        """The honours of a part, a few to a sentence (:mod:`drafter.compose.prose.honours`)."""
        return self.honour_writer.sentences(honours)

    def project(self, project: Project) -> str:
        """``新建春晖路小学，占地24亩，建筑面积8800平方米，总投资2800万元，新增学位1350个，已竣工投入使用。``

        Investment completed in full is said so, not as a second equal figure."""
        action = project.action or ""
        head = project.name if not action or project.name.startswith(action) else f"{action}{project.name}"
        figures = [figure for name, figure in project.figures() if not (name == "invested" and _invested_in_full(project))]
        clauses = [head, self.saying.say(figures)]
        if _invested_in_full(project):
            clauses.append("已全部完成投资")
        if project.status:
            clauses.append(without_end_mark(project.status))
        return "，".join(clause for clause in clauses if clause) + "。"

    def fund(self, fund: Fund) -> str:
        """``争取上级学前教育专项资金1200万元，用于新建和改扩建幼儿园，惠及幼儿3000人。``"""
        head = fund.name + (self._figure_value(fund.amount) if fund.amount is not None else "")
        clauses = [head]
        if fund.purpose:
            purpose = without_end_mark(fund.purpose)
            clauses.append(purpose if purpose.startswith(_FUND_VERBS) else f"用于{purpose}")
        if fund.beneficiaries is not None:
            clauses.append(f"惠及{self._figure_value(fund.beneficiaries)}")
        return "，".join(clauses) + "。"

    def _figure_value(self, figure: Figure) -> str:
        if figure.value is None:
            return self.targets.target(figure) or ""
        return self._value(figure)

    def custom(self, items: Iterable[CustomFigure], plan: bool = False) -> str:
        """The clerk's own figures. Figures that share a subject make one sentence naming it once
        (``城区新建春晖路小学，占地24亩，建筑面积8800平方米。``); the others are joined a few to a
        sentence (``建成家长学校45所，开展家访1200人次。``)."""
        text = []
        loose: list[str] = []
        for subject, group in _by_subject(items):
            clauses = [self.figure(item.name, item.value, plan=plan, verbatim=True) for item in group]
            if subject:
                text.append(self.sentences(loose))
                loose = []
                text.append("，".join([subject, *clauses]) + "。")
            else:
                loose += clauses
        text.append(self.sentences(loose))
        return "".join(text)

    def lines(self, lines: Iterable[str]) -> str:
        return "".join(as_sentence(line) for line in lines if line.strip())


def _by_subject(items: Iterable[CustomFigure]) -> Iterator[tuple[str, list[CustomFigure]]]:
    """Consecutive custom figures grouped by their subject (``""`` for those without one)."""
    group: list[CustomFigure] = []
    for item in items:
        if group and item.subject.strip() != group[-1].subject.strip():
            yield group[0].subject.strip(), group
            group = []
        group.append(item)
    if group:
        yield group[0].subject.strip(), group


def _invested_in_full(project: Project) -> bool:
    """The investment completed equals the whole investment, as written."""
    done, whole = project.invested, project.investment
    return bool(done and whole and done.value and whole.value and done.value.text == whole.value.text)

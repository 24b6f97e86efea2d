"""Saying figures through their phrases: the verb that fits the fact, the change and the target
in the same clause, and related figures sharing one clause.

Each figure field declares its phrase on the model (:mod:`drafter.model.phrase`). Here the phrase
is *realised* for one document:

* **lexicalise** — the number goes into the phrase's slot; a level (a rate, a ratio, a
  coefficient) gets the verb that fits the fact: 由36.8%提升至50.86% for a rise, 为52.3% for a
  plain or falling value, 达到 only for an attainment (a rise, a target met, 100%), no verb
  before an approximation (近60%, 95%以上);
* the change on last year and the target ride with the figure, in the forms reports use:
  ``新增学前学位1170个，较上年的1100个增加70个，完成年度目标（1350个）的86.7%``,
  ``开展学习宣讲160余场次（上年120余场次）``, ``全面消除56人以上大班额（上年3个）``;
* **aggregate** — figures said together share their verb (开展理论学习宣讲280余场次、专题研讨12次),
  a shared head is said once (获得职业院校技能大赛一等奖5个、二等奖9个), and plain levels of one
  measure share it (小学、初中资源配置校际差异系数分别为0.42、0.38).

What comes out is plain text; the template filters mark it for the outline.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Iterable

from drafter.compose.prose.aggregation import aggregate, packed
from drafter.compose.prose.change import ChangeWriter
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.reference import referred
from drafter.compose.prose.said import Said
from drafter.compose.prose.targets import TargetWriter
from drafter.model.amount import Amount
from drafter.model.figure import Figure, Spec
from drafter.model.phrase import PLAN_PERIOD, Phrase
from drafter.model.place import DEFAULT_UNIT, localise


@dataclass
class Saying:
    """Says the figures of one document in its number style, place words and kind."""

    numbers: NumberWriter
    unit: str = DEFAULT_UNIT
    plan_period: str = ""
    plan: bool = False
    changes: ChangeWriter = field(init=False)
    targets: TargetWriter = field(init=False)

    def __post_init__(self) -> None:
        self.changes = ChangeWriter(self.numbers)
        self.targets = TargetWriter(self.numbers)

    # -- the phrase --------------------------------------------------------------------------
    def phrase(self, spec: Spec) -> Phrase:
        """The spec's phrase in this document's words (县级, “十四五”)."""
        phrase = spec.phrase
        words = [localise(part, self.unit).replace(PLAN_PERIOD, self.plan_period) for part in (phrase.verb, phrase.head, phrase.tail)]
        return Phrase(*words)

    # -- one figure --------------------------------------------------------------------------
    def said(self, figure: Figure) -> Said | None:
        """The figure as a clause group, or None when it has nothing to say (nor does a report
        say there is none of a good thing)."""
        if figure.none_to_report:
            return None
        if self.plan and figure.target is not None:
            return self._goal(figure)
        if figure.value is None:
            return self._target_only(figure)
        if figure.spec.zero and self._is_zero(figure.value):
            return self._eliminated(figure)
        if figure.is_level:
            return self._level(figure)
        return self._amount(figure)

    def say(self, figures: Iterable[Figure | None], verb: bool = True) -> str:
        """Figures said together: each through its phrase, related ones sharing a clause.
        ``verb=False``: the first verb is left out (the sentence has its own: ``其中……``)."""
        said = [s for s in (self.said(f) for f in figures if f is not None) if s is not None]
        said = referred(said)
        if said and not verb:
            said = [replace(item, silent=True) if item.verb == said[0].verb else item for item in said]
        sentences = packed(aggregate(said))
        return "。".join(sentences[:1] + [self.with_subject(sentence) for sentence in sentences[1:]])

    def sentences(self, said: list[Said]) -> list[str]:
        """Figures said on their own (a part's end): sentences, each one able to stand alone."""
        return [self.with_subject(sentence) for sentence in packed(aggregate(referred(said)))]

    def with_subject(self, sentence: str) -> str:
        """A sentence cannot begin with a bare 有: ``全县有公办幼儿园31所……``."""
        return f"全{self.unit}{sentence}" if sentence.startswith("有") else sentence

    @staticmethod
    def _is_zero(amount: Amount) -> bool:
        return amount.exact and amount.value == 0

    def _shown(self, figure: Figure, amount: Amount) -> str:
        return self.numbers.amount(amount, figure.spec)

    def _target_clause(self, figure: Figure) -> tuple[str, ...]:
        if figure.target is None:
            return ()
        progress = self.targets.progress(figure)
        return (progress or self.targets.stated(figure),)

    # -- amounts: counts, quantities, money ------------------------------------------------
    def _amount(self, figure: Figure) -> Said:
        phrase = self.phrase(figure.spec)
        value = self._shown(figure, figure.value)  # type: ignore[arg-type]
        breakdown = self.numbers.breakdown(figure)
        after: list[str] = []
        bracket = ""
        if figure.previous is not None:
            if figure.value.exact and figure.previous.exact:  # type: ignore[union-attr]
                after.append(self.changes.change(figure) or "")
            else:
                bracket = f"（{self._base(figure)}{self._shown(figure, figure.previous)}）"
        after += self._target_clause(figure)
        if phrase.tail:
            body = f"{phrase.head}{value}{phrase.tail}{breakdown}{bracket}"
        else:
            body = f"{phrase.head}{value}{breakdown}{bracket}"
        after = [a for a in after if a]
        aside = len(after) == 1 and figure.target is None and not bracket and "（" not in body
        return Said(phrase.verb, body, tuple(after), head=phrase.head, aside=aside)

    def _eliminated(self, figure: Figure) -> Said:
        """A zero of something bad: ``全面消除56人以上大班额（上年3个）``."""
        zero = localise(figure.spec.zero, self.unit)
        previous = figure.previous
        if previous is not None and not self._is_zero(previous):
            zero += f"（{self._base(figure)}{self._shown(figure, previous)}）"
        return Said("", zero, self._target_clause(figure))

    # -- levels: rates, ratios, coefficients --------------------------------------------------
    def _level(self, figure: Figure) -> Said:
        phrase = self.phrase(figure.spec)
        level, after = self._level_words(figure)
        after += self._target_clause(figure)
        body = f"{phrase.head}{level}{phrase.tail}"
        plain = level.startswith("为") and not after
        return Said(phrase.verb, body, tuple(a for a in after if a), head=phrase.head, level=level[1:] if plain else "")

    def _level_words(self, figure: Figure) -> tuple[str, list[str]]:
        """The verb and value of a level, and the change when it is not in them."""
        value, previous, spec = figure.value, figure.previous, figure.spec
        assert value is not None
        shown = self._shown(figure, value) + self.numbers.breakdown(figure)
        if previous is None:
            return self._plain_level(figure, shown), []
        if not (value.exact and previous.exact):
            return f"{shown}（{self._base(figure)}{self._shown(figure, previous)}）", []
        before = self._shown(figure, previous)
        if figure.previous_year is not None:
            before = f"{figure.previous_year}年的{before}"
        if value.value == previous.value:
            if spec.kind == "ratio" or spec.lower_is_better:
                return f"为{shown}", [f"与{self._base(figure)}持平"]
            return f"保持在{shown}", []
        if spec.kind == "ratio":
            return f"由{before}变为{shown}", []
        rose = value.value > previous.value
        if rose != spec.lower_is_better:  # progress: a rise, or a fall of a lower-is-better figure
            verb = "下降" if spec.lower_is_better else ("提升" if spec.kind == "rate" else "增加")
            return f"由{before}{verb}至{shown}", []
        return f"为{shown}", [self.changes.change(figure) or ""]

    def _plain_level(self, figure: Figure, shown: str) -> str:
        value = figure.value
        assert value is not None
        if not value.exact:
            return approximate_level(value, shown)
        if figure.spec.kind == "rate" and not figure.spec.lower_is_better and value.value == 100:
            return f"达到{shown}"
        progress = self.targets.progress(figure) or ""
        if progress.startswith(("完成", "超额完成")) and not figure.spec.lower_is_better:
            return f"达到{shown}"
        return f"为{shown}"

    # -- targets: a 工作要点's goals, or a summary waiting for its result ---------------------
    def _goal(self, figure: Figure) -> Said:
        """A 工作要点's target: ``新增学前学位1350个``, ``普惠性幼儿园覆盖率力争达到80%``,
        ``……力争由10%提高到20%``, ``学生总体近视率力争控制在50%以内``."""
        phrase = self.phrase(figure.spec)
        after = []
        if figure.spec.zero and figure.value is None and self._is_zero(figure.target):  # type: ignore[arg-type]
            return Said("", localise(figure.spec.zero, self.unit))
        if figure.is_level:
            body = f"{phrase.head}力争{self.targets.goal(figure)}{phrase.tail}"
        else:
            body = f"{phrase.head}{self.targets.target(figure)}{phrase.tail}"
            if figure.value is not None:  # the level it starts from
                after.append(f"现有{self._shown(figure, figure.value)}{self.numbers.breakdown(figure)}")
        if figure.previous is not None and figure.value is not None:
            after.append(self.changes.change(figure) or "")
        return Said(phrase.verb, body, tuple(a for a in after if a), head=phrase.head)

    def _target_only(self, figure: Figure) -> Said | None:
        """A summary's figure with a target but no result yet: its target, plainly."""
        if figure.target is None:
            return None
        return Said("", f"{self.phrase(figure.spec).words()}的{self.targets.stated(figure)}")

    @staticmethod
    def _base(figure: Figure) -> str:
        return "上年" if figure.previous_year is None else f"{figure.previous_year}年"


#: How a level typed as an approximation is said: the word before the number becomes the verb.
_APPROXIMATE_VERBS = {"约": "约为", "近": "接近"}
_FLOORS = ("以上", "及以上")


def approximate_level(value: Amount, shown: str) -> str:
    """``约95%`` → 约为95%, ``近60%`` → 接近60%, ``50%及以上`` → 达到50%及以上, ``超过90%`` as it
    is: never 达到约…."""
    verb = _APPROXIMATE_VERBS.get(value.prefix)
    if verb:
        return verb + shown[len(value.prefix):]
    if value.prefix:
        return shown  # 超过、不低于、逾 say it themselves
    if value.post in _FLOORS:
        return f"达到{shown}"
    return f"为{shown}"


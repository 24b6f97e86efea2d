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
from typing import Iterable, Sequence

from drafter.compose.prose.change import ChangeWriter
from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.targets import TargetWriter
from drafter.model.amount import Amount
from drafter.model.figure import Figure, Spec
from drafter.model.phrase import PLAN_PERIOD, Phrase
from drafter.model.place import DEFAULT_UNIT, localise

#: Kinds of figure that state a level rather than an amount: the writer picks their verb.
LEVELS = ("rate", "ratio")
#: The shortest head that figures said together share before it is said once.
SHARED_HEAD = 4
#: Verbs said once in a run of figures, however the figures are grouped (共有党支部102个……。党员1800余名……).
LIGHT_VERBS = frozenset({"有", "现有", "建有"})
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

    @property
    def text(self) -> str:
        return "，".join([("" if self.silent else self.verb) + self.body, *self.after])


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
        """The figure as a clause group, or None when it has nothing to say."""
        if self.plan and figure.target is not None:
            return self._goal(figure)
        if figure.value is None:
            return self._target_only(figure)
        if figure.spec.zero and self._is_zero(figure.value):
            return self._eliminated(figure)
        if self._is_level(figure):
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

    def _is_level(self, figure: Figure) -> bool:
        spec = figure.spec
        return spec.kind in LEVELS or (spec.kind == "quantity" and not (figure.value and figure.value.unit) and not spec.unit)

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
        return Said(phrase.verb, body, tuple(a for a in after if a), head=phrase.head)

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
        if self._is_level(figure):
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


#: Clauses in one sentence before the next figure starts a new one, so a part never reads as a run-on.
CLAUSES_PER_SENTENCE = 5


class Group(str):
    """A clause group; ``leans`` when it refers to the group before it (覆盖率…)."""

    leans: bool = False


def _group(text: str, leans: bool = False) -> Group:
    group = Group(text)
    group.leans = leans
    return group


def packed(groups: list[str], most: int = CLAUSES_PER_SENTENCE) -> list[str]:
    """Clause groups joined into sentences of at most ``most`` clauses (a group is never split,
    and a group that leans on the one before stays in its sentence)."""
    sentences: list[str] = []
    size = 0
    for group in groups:
        clauses = group.count("，") + 1
        if sentences and (size + clauses <= most or getattr(group, "leans", False)):
            sentences[-1] += "，" + group
            size += clauses
        else:
            sentences.append(group)
            size = clauses
    return sentences


# -- reference -------------------------------------------------------------------------------
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
    shared = _common_prefix(item.head, previous.head.removeprefix("其"))
    while shared and len(item.head) - len(shared) < 3:  # 优良率/优秀率 share 优, not a word
        shared = shared[:-1]
    rest = item.head[len(shared):]
    if len(shared) < SHARED_HEAD or not 2 <= len(rest) <= 4:
        return item
    return replace(item, body=item.body[len(shared):], head=rest, referring=True)


def _stage_of(head: str, previous: str) -> str:
    """The stage ``head`` names when it measures what ``previous`` measured for another stage."""
    suffix = _common_suffix(head, previous)
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


# -- aggregation -------------------------------------------------------------------------------
def aggregate(said: Sequence[Said]) -> list[str]:
    """Clause groups for figures said together: plain levels of one measure in one clause, then
    neighbours with the same verb under it once."""
    merged = _shared_measures(list(said))
    groups: list[str] = []
    previous: Said | None = None
    light_said = False
    for item in merged:
        if item.verb in LIGHT_VERBS:
            item = replace(item, silent=item.silent or light_said)
            light_said = True
        if previous is not None and item.verb and item.verb == previous.verb and not previous.after:
            mark, body = _without_shared_head(item, previous)
            groups[-1] = _group("，".join([groups[-1] + mark + body, *item.after]), getattr(groups[-1], "leans", False))
            previous = replace(item, head=previous.head) if not item.after else item
            continue
        groups.append(_group(item.text, item.referring))
        previous = item
    return groups


def _without_shared_head(item: Said, previous: Said) -> tuple[str, str]:
    """How ``item`` follows ``previous`` under their shared verb, and what of it is said: a head
    the two share is said once (``、二等奖9个`` after ``职业院校技能大赛一等奖5个``); the same
    head counted in another unit follows its number directly (群众来访125批331人次)."""
    shared = _common_prefix(item.head, previous.head)
    if shared and shared == item.head == previous.head and item.body.startswith(shared):
        return "", item.body[len(shared):]
    if len(shared) >= SHARED_HEAD and 2 <= len(item.head) - len(shared) <= 4:
        return "、", item.body[len(shared):]
    return "、", item.body


def _shared_measures(said: list[Said]) -> list[Said]:
    """Runs of plain levels of one measure said once: ``小学、初中生师比分别为16.5:1、12.8:1``."""
    out: list[Said] = []
    run: list[Said] = []
    for item in [*said, None]:
        if item is not None and item.level and not item.verb and _joins(run, item):
            run.append(item)
            continue
        out.extend(_merge(run))
        run = [item] if item is not None and item.level and not item.verb else []
        if item is not None and not run:
            out.append(item)
    return out


def _joins(run: list[Said], item: Said) -> bool:
    return not run or _split_heads([*(s.head for s in run), item.head]) is not None


def _merge(run: list[Said]) -> list[Said]:
    if len(run) < 2:
        return run
    split = _split_heads([s.head for s in run])
    assert split is not None
    prefix, middles, suffix = split
    body = f"{prefix}{'、'.join(middles)}{suffix}分别为{'、'.join(s.level for s in run)}"
    return [Said("", body)]


def _split_heads(heads: list[str]) -> tuple[str, list[str], str] | None:
    """The measure several heads share and what differs, or None when they are not one measure
    said of several stages (``小学``/``初中`` + ``生师比``) or several short aspects of one
    subject (``学生体质健康`` + ``合格率``/``优良率``)."""
    suffix = _common_suffix(*heads)
    middles = [head[: len(head) - len(suffix)] for head in heads]
    if len(suffix) >= 3 and all(middle in STAGES for middle in middles):
        return "", middles, suffix
    prefix = _common_prefix(*heads)
    middles = [head[len(prefix):] for head in heads]
    if len(prefix) >= SHARED_HEAD and all(2 <= len(middle) <= 4 for middle in middles):
        return prefix, middles, ""
    return None


def _common_prefix(*texts: str) -> str:
    if not texts:
        return ""
    first = min(texts, key=len)
    for index, char in enumerate(first):
        if any(text[index] != char for text in texts):
            return first[:index]
    return first


def _common_suffix(*texts: str) -> str:
    return _common_prefix(*(text[::-1] for text in texts))[::-1]

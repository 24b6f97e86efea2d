"""A figure's last year's value and target said apart from its value, after the figure's label.

When a template writes a figure's value in words of its own (``为139名学生办理生源地信用助学贷款，
总金额211万余元``: :mod:`drafter.importer.template_words`), the writer says the rest of the
figure where the part's other figures end, after its form label
(:meth:`drafter.compose.prose.items.ProseWriter.figure`): ``生源地信用助学贷款金额较上年2249.5万元
下降0.04%，完成年度目标（2250.5万元）的99.9%``, ``生源地信用助学贷款金额与上年持平``. The label
names the field exactly; the last year's value and the target are the numbers of the clauses that
follow it, and a comparison or target said without a number (与上年持平, 完成年度目标) reads like
the value.

Only a figure a template writes the value of is said so, and only such a figure is read so.
``生源地信用助学贷款金额达到369.5万元`` is how the writer states such a figure's target while it
has no value (:meth:`drafter.compose.prose.targets.TargetWriter.goal`) — and how a report states
a value: the number is listed for the clerk, not written.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

from drafter.compose.prose.targets import EXCEEDED, GOAL, KEPT_WITHIN, MET, SHARE_OF, SHORT_BY_POINTS
from drafter.importer.lexicon import FieldWords
from drafter.importer.roles import PREVIOUS, TARGET, VALUE
from drafter.importer.sentences import Sentence

#: The words a target is said with after the label: the first words of the writer's forms.
_TARGET_STARTS = tuple(dict.fromkeys(form.split("{", 1)[0] for form in (SHARE_OF, SHORT_BY_POINTS, EXCEEDED, KEPT_WITHIN, MET)))
#: How the writer's comparison with last year starts (:mod:`drafter.compose.prose.change`).
_YEAR = r"(?:上年|\d{4}年)"
_GOAL_STATED = "达到"
#: What follows a label said apart from its value: a comparison, a target, or a goal.
_AFTER_LABEL = re.compile(
    rf"(?:(?:较|与){_YEAR}|{_YEAR}为|{'|'.join(_TARGET_STARTS)}|{GOAL}|(?P<goal>{_GOAL_STATED}))"
)
_SAME = re.compile(rf"与{_YEAR}(?:基本)?持平")
#: 完成年度目标 with no target named: the target reads like the value.
_MET = re.compile(rf"(?<!超额){MET.format(goal=GOAL)}(?![（的])")
_CLAUSE_STARTS = "，；。,;"


@dataclass
class Apart:
    """One figure's roles said after its label: reading indexes per role, and what reads like the value."""

    words: FieldWords
    sentence: Sentence
    start: int
    end: int
    roles: dict[str, int] = field(default_factory=dict)
    same_as_last_year: bool = False
    target_met: bool = False
    #: ``达到`` + a number: the target said as a goal, or a value — the reading listed, not written.
    unsure: int | None = None

    def readings(self) -> set[int]:
        """Every reading of the sentence between the label and the next one."""
        return {i for i, r in enumerate(self.sentence.readings) if self.start <= r.mention.start < self.end}


@lru_cache(maxsize=8)
def _labels(lexicon: tuple[FieldWords, ...]) -> tuple[re.Pattern[str], dict[str, FieldWords]]:
    """The labels of the fields a template writes the value of (longest first), and their fields."""
    fields = {words.title: words for words in lexicon if words.template_heads}
    names = sorted(fields, key=len, reverse=True)
    pattern = re.compile("|".join(re.escape(name) for name in names)) if names else re.compile(r"(?!)")
    return pattern, fields


def read_apart(sentences: list[Sentence], lexicon: tuple[FieldWords, ...]) -> list[Apart]:
    """Every figure's roles said after its label, in the report's order."""
    pattern, fields = _labels(lexicon)
    found: list[Apart] = []
    for sentence in sentences:
        text = sentence.text
        starts = [0] + [i + 1 for i, ch in enumerate(text) if ch in _CLAUSE_STARTS]
        labelled = []
        for start in starts:
            label = pattern.match(text, start)
            after = _AFTER_LABEL.match(text, label.end()) if label else None
            if label and after:
                labelled.append((start, label.end(), fields[label.group(0)], bool(after["goal"])))
        for number, (start, words_end, words, goal) in enumerate(labelled):
            end = labelled[number + 1][0] if number + 1 < len(labelled) else len(text)
            found.append(_apart(sentence, words, start, words_end, end, goal))
    return found


def _apart(sentence: Sentence, words: FieldWords, start: int, words_end: int, end: int, goal: bool) -> Apart:
    apart = Apart(words, sentence, start, end)
    said = sentence.text[words_end:end]
    for index in sorted(apart.readings()):
        reading = sentence.readings[index]
        if reading.role in (PREVIOUS, TARGET) and reading.owner is None and reading.role not in apart.roles:
            apart.roles[reading.role] = index
        elif goal and reading.role == VALUE and apart.unsure is None and reading.mention.start == words_end + len(_GOAL_STATED):
            apart.unsure = index
    apart.same_as_last_year = PREVIOUS not in apart.roles and bool(_SAME.search(said))
    apart.target_met = TARGET not in apart.roles and bool(_MET.search(said))
    return apart

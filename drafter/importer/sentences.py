"""A paragraph's sentences, each with its numbers read (:mod:`drafter.importer.roles`) and the
words around each value (:mod:`drafter.importer.scoring`)."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from drafter.compose.prose.said import STAGES
from drafter.importer.roles import TARGET, VALUE, Reading, read_numbers
from drafter.importer.scoring import Context, context_of, strip_links

_RESPECTIVELY = re.compile(r"([^，。；：,;:]*?)(?:分别为|分别是|分别达到)$")


@dataclass(eq=False)
class Sentence:
    """One sentence of the body: where it is, its text, its numbers and their contexts."""

    paragraph: int
    number: int
    text: str
    readings: list[Reading]
    contexts: dict[int, Context] = field(default_factory=dict)


def split_sentences(text: str) -> list[str]:
    """Sentences end at 。！？ (not inside brackets or quotation marks)."""
    sentences: list[str] = []
    current = ""
    depth = 0
    for char in text:
        current += char
        if char in "（(“《":
            depth += 1
        elif char in "）)”》" and depth:
            depth -= 1
        elif char in "。！？!?" and depth == 0:
            sentences.append(current)
            current = ""
    if current.strip():
        sentences.append(current)
    return [s.strip() for s in sentences if s.strip()]


def read_sentence(paragraph: int, number: int, text: str, earlier: str, plan: bool, protected: list[tuple[int, int]]) -> Sentence:
    readings = read_numbers(text, plan=plan, protected=protected)
    sentence = Sentence(paragraph, number, text, readings)
    for index, reading in enumerate(readings):
        if reading.role in (VALUE, TARGET) and reading.owner is None:
            context = context_of(text, reading.start, reading.mention, earlier, _previous_end(readings, index), _next_start(readings, index))
            if index > 0 and sentence.contexts.get(index - 1) and _adjacent(readings[index - 1], reading):
                context = _sharing(context, sentence.contexts[index - 1])
            sentence.contexts[index] = context
    _respectively(sentence)
    _stages_referred(sentence)
    return sentence


def _adjacent(first: Reading, second: Reading) -> bool:
    """Two numbers with nothing between them: 125批331人次."""
    return first.mention.end == second.start


def _previous_end(readings: list[Reading], index: int) -> int:
    """Where the last number before this value's words ends (its own previous value, in
    由36.8%提升至50.86%, is not before its words)."""
    start = readings[index].start
    ends = [r.mention.end for i, r in enumerate(readings[:index]) if r.mention.end <= start and r.owner != index]
    return max(ends, default=0)


def _next_start(readings: list[Reading], index: int) -> int:
    """Where the next number after this value (and what belongs to it) starts."""
    end = readings[index].mention.end
    starts = [r.start for r in readings[index + 1 :] if r.owner != index and r.mention.start >= end]
    return min(starts, default=-1)


def _sharing(context: Context, previous: Context) -> Context:
    """A number right after another one counts the same thing in another unit
    (群众来访125批331人次): it has the words of the one before."""
    return Context(previous.befores, context.after, previous.clause, context.sentence, previous.earlier, context.near_after, previous.previous_clause)


def _respectively(sentence: Sentence) -> None:
    """``小学、初中资源配置校际差异系数分别为0.42、0.38``: each number gets its own head."""
    values = sorted(i for i, r in enumerate(sentence.readings) if i in sentence.contexts)
    for start in values:
        context = sentence.contexts[start]
        match = _RESPECTIVELY.search(context.clause)
        if not match:
            continue
        items = [item for item in match[1].split("、") if item]
        run = [i for i in values if i >= start][: len(items)]
        if len(items) < 2 or len(run) != len(items):
            continue
        for position, index in enumerate(run):
            heads = _heads(items, position)
            old = sentence.contexts[index]
            sentence.contexts[index] = Context(heads, old.after, context.clause, old.sentence, old.earlier, old.near_after, old.previous_clause)
        return


#: The stages, longest first (普通高中 before 高中).
_STAGES = sorted(STAGES, key=len, reverse=True)
#: The fewest words of a measure said of several stages (生师比, 差异系数).
_MEASURE = 3


def _stages_referred(sentence: Sentence) -> None:
    """``小学资源配置校际差异系数为0.42，初中由0.41下降至0.38``: a value whose words are only a
    stage measures what the value before it measured, for that stage — as the writer refers to a
    measure said of several stages (:func:`drafter.compose.prose.saying.referred`)."""
    heads: dict[int, str] = {}
    for index in sorted(sentence.contexts):
        context = sentence.contexts[index]
        before = context.befores[0]
        earlier = [i for i in heads if i < index]
        if before in STAGES and earlier:
            measure = _measure_of(heads[earlier[-1]], before)
            if measure:
                head = before + measure
                sentence.contexts[index] = replace(context, befores=(head, *context.befores))
                before = head
        heads[index] = before


def _measure_of(head: str, stage: str) -> str:
    """What ``head`` measures of its stage (小学|资源配置校际差异系数), when it is another stage's."""
    for other in _STAGES:
        if head.startswith(other) and other != stage and len(head) - len(other) >= _MEASURE:
            return head[len(other) :]
    return ""


def _heads(items: list[str], position: int) -> tuple[str, ...]:
    """The heads the ``position``-th of ``items`` may stand for: a stage with the measure the
    last item ends with (小学 + 资源配置校际差异系数), or the first item's start with this one
    (学生体质健康 + 优良率)."""
    last = items[-1]
    heads = []
    for stage in sorted(STAGES, key=len, reverse=True):
        if last.startswith(stage) and len(last) > len(stage):
            measure = last[len(stage) :]
            heads.append(strip_links(items[position] + measure if position < len(items) - 1 else last))
            break
    first = items[0]
    for size in (2, 3, 4):
        if len(first) > size:
            heads.append(strip_links(first if position == 0 else first[:-size] + items[position]))
    return tuple(dict.fromkeys(heads)) or (items[position],)

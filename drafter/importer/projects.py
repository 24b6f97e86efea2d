"""Building projects and funds read back, before any figure field is: their numbers belong to the
item, not to the part's figures (a project's 新增学位 is not the part's).

* A project is a name on its own, then its figures said through the project's own phrases
  (:class:`drafter.model.items.Project`): ``新建春晖路小学，占地面积24亩，建筑面积8800平方米，总投资
  2800万元。办学规模36个班，工程进度为80%，已竣工投入使用。`` — at least two of them, as the
  writer says them; a last clause without a number is its progress (进度).
* A fund is a name with an amount of money, then what it is for and whom it reaches
  (:class:`drafter.model.items.Fund`): ``争取上级学前教育专项资金1200万元，用于……，惠及幼儿3000人。``
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from drafter.importer.lexicon import FieldWords, item_lexicon
from drafter.importer.roles import VALUE
from drafter.importer.scoring import fit
from drafter.importer.sentences import Sentence
from drafter.model.items import Project

#: A project is said with at least this many of its own figures.
FEWEST_FIGURES = 2
_PURPOSE = re.compile(r"^(用于|主要用于|专项用于)")


@dataclass
class ItemRead:
    """A project or fund, the sentences it spans and the readings it takes (sentence, index)."""

    kind: str
    data: dict[str, Any]
    sentences: list[Sentence]
    readings: set[tuple[int, int, int]] = field(default_factory=set)
    #: Figure name → (text, sentence) for the trace.
    figures: dict[str, tuple[str, str]] = field(default_factory=dict)


def read_projects_and_funds(sentences: list[Sentence], unit: str, period: str) -> list[ItemRead]:
    project_words = item_lexicon(Project, unit, period)
    found: list[ItemRead] = []
    index = 0
    while index < len(sentences):
        item = _project(sentences, index, project_words) or _fund(sentences[index])
        if item is None:
            index += 1
            continue
        found.append(item)
        index += len(item.sentences)
    return found


def _clauses(sentence: Sentence) -> list[tuple[int, int, str]]:
    return [(m.start(), m.end(), m.group(0)) for m in re.finditer(r"[^，；。,;]+", sentence.text)]


def _readings_in(sentence: Sentence, start: int, end: int) -> list[int]:
    return [i for i, r in enumerate(sentence.readings) if start <= r.mention.start < end]


def _project(sentences: list[Sentence], index: int, words: tuple[FieldWords, ...]) -> ItemRead | None:
    first = sentences[index]
    clauses = _clauses(first)
    if len(clauses) < 1 + FEWEST_FIGURES or _readings_in(first, *clauses[0][:2]):
        return None
    item = ItemRead("project", {"name": clauses[0][2].strip()}, [first])
    _project_figures(item, first, clauses[1:], words)
    if len(item.figures) < FEWEST_FIGURES:
        return None
    follow = index + 1
    while follow < len(sentences) and sentences[follow].paragraph == first.paragraph:
        nxt = sentences[follow]
        nxt_clauses = _clauses(nxt)
        before = len(item.figures)
        if not nxt_clauses or not _readings_in(nxt, *nxt_clauses[0][:2]):
            break
        _project_figures(item, nxt, nxt_clauses, words)
        if len(item.figures) == before:
            break
        item.sentences.append(nxt)
        follow += 1
    return item


def _project_figures(item: ItemRead, sentence: Sentence, clauses: list[tuple[int, int, str]], words: tuple[FieldWords, ...]) -> None:
    for start, end, text in clauses:
        numbers = _readings_in(sentence, start, end)
        if not numbers:
            if text.strip() and "status" not in item.data and clauses[-1][0] == start:
                item.data["status"] = text.strip()
            continue
        main = numbers[0]
        reading = sentence.readings[main]
        context = sentence.contexts.get(main)
        if reading.role != VALUE or context is None:
            return
        best = max((f for f in (fit(w, context, reading.mention) for w in words) if f), key=lambda f: f.score, default=None)
        if best is None or not best.exact or best.field.loc[0] in item.data:
            return
        name = best.field.loc[0]
        item.data[name] = reading.mention.text
        item.figures[name] = (reading.mention.text, sentence.text)
        owned = [i for i, r in enumerate(sentence.readings) if r.owner == main]
        item.readings |= {(sentence.paragraph, sentence.number, i) for i in [main, *owned]}


def _fund(sentence: Sentence) -> ItemRead | None:
    """``{name}{money}，用于……，惠及N。``: a name ending in an amount of money, then its use or reach."""
    clauses = _clauses(sentence)
    if len(clauses) < 2:
        return None
    start, end, text = clauses[0]
    numbers = _readings_in(sentence, start, end)
    if len(numbers) != 1:
        return None
    money = sentence.readings[numbers[0]]
    if money.mention.unit != "元" or money.mention.end != end or money.role != VALUE:
        return None
    rest = [c[2].strip() for c in clauses[1:]]
    if not (_PURPOSE.match(rest[0]) or rest[0].startswith("惠及")):
        return None
    name = sentence.text[start : money.mention.start].strip()
    if len(name) < 2:
        return None
    item = ItemRead("fund", {"name": name, "amount": money.mention.text}, [sentence])
    item.figures["amount"] = (money.mention.text, sentence.text)
    item.readings.add((sentence.paragraph, sentence.number, numbers[0]))
    for c_start, c_end, clause in clauses[1:]:
        clause = clause.strip()
        reach = re.match(r"^惠及(.+)$", clause)
        inside = _readings_in(sentence, c_start, c_end)
        if reach and len(inside) == 1:
            item.data["beneficiaries"] = sentence.readings[inside[0]].mention.text
            item.figures["beneficiaries"] = (item.data["beneficiaries"], sentence.text)
            item.readings.add((sentence.paragraph, sentence.number, inside[0]))
        elif _PURPOSE.match(clause) and "purpose" not in item.data and not inside:
            item.data["purpose"] = clause
        else:
            return None
    return item

"""List items read back: honours (荣誉和称号) from the forms the writer says them in
(:mod:`drafter.compose.prose.honours`) and reports use — ``实验小学等3所学校获评……``, ``3家基层学校党组织
获评……``, ``新增……2所（累计9所）``, ``获评……3个``, ``现有……11所``.

Only a number no figure field took can be an honour's count, and only in a clause with an
honour's verb.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from drafter.compose.prose.honours import HONOUR_ADVERBS, HONOUR_VERBS, honoree
from drafter.importer.lexicon import Loc, part_models
from drafter.importer.reading_figures import BodyFigures
from drafter.importer.roles import TOTAL, VALUE
from drafter.importer.sentences import Sentence
from drafter.importer.trace import Trace

#: Verbs reports use for an honour besides the writer's own; read, never written.
_MORE_VERBS = ("新评", "获批")
#: The verb the writer uses for a running total alone: ``现有省级文明校园11所``.
_STOCK = "现有"
_VERBS = tuple(sorted({*HONOUR_VERBS, *_MORE_VERBS, _STOCK}, key=len, reverse=True))
_DEFAULT_VERBS = ("获评", "新增", _STOCK)
_CLAUSE_STOP = "，。；,;"
_SHORTEST_TITLE = 3

Key = tuple[int, int, int]


@dataclass(frozen=True)
class HonourRead:
    honour: dict[str, Any]
    readings: list[int]


def read_items(data: dict[str, Any], body: BodyFigures, trace: Trace, taken: set[Key]) -> set[Key]:
    """Honours from the numbers nobody took; return the readings they take."""
    more: set[Key] = set()
    for sentence in body.sentences:
        part = body.sections.sentences.get((sentence.paragraph, sentence.number)) or body.sections.paragraphs.get(sentence.paragraph)
        if part is None:
            continue
        for index, reading in enumerate(sentence.readings):
            key = (sentence.paragraph, sentence.number, index)
            if reading.role != VALUE or reading.owner is not None or key in taken or key in more:
                continue
            found = honour_at(sentence, index)
            if found is None:
                continue
            target: dict[str, Any] = data
            for step in part:
                target = target.setdefault(step, {})
            honours = target.setdefault("honours", [])
            honours.append(found.honour)
            loc: tuple[str | int, ...] = (*part, "honours", len(honours) - 1)
            for name in ("count", "total"):
                if name in found.honour:
                    trace.take((*loc, name), "value", found.honour[name], sentence.text, f"荣誉：{found.honour['name']}", key)
            more |= {(sentence.paragraph, sentence.number, i) for i in found.readings}
    return more


def honour_at(sentence: Sentence, index: int) -> HonourRead | None:
    """The honour whose count (or running total) is the ``index``-th number, if its clause says one."""
    text = sentence.text
    mention = sentence.readings[index].mention
    start, end = _clause(text, mention.start)
    after = text[mention.end : end]
    before = text[start : mention.start]
    total = next((i for i, r in enumerate(sentence.readings) if r.role == TOTAL and r.owner == index), None)
    total_text = sentence.readings[total].mention.text if total is not None else ""
    after = re.sub(r"（累计[^）]*）", "", after)
    found = _counted_before_verb(before, mention.text, after) or _counted_after_title(before, mention.text)
    if found is None:
        return None
    honour, verb = found
    if total_text:
        if verb == _STOCK:
            return None  # 现有……N（累计M）: not how an honour is said
        honour["total"] = total_text
        honour["name"] = honour["name"].removeprefix("新增")  # 新增……2所（累计9所）: the writer's own words
    return HonourRead(honour, [index] + ([total] if total is not None else []))


def _clause(text: str, position: int) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, position) for ch in _CLAUSE_STOP) + 1
    ends = [i for i in (text.find(ch, position) for ch in _CLAUSE_STOP) if i >= 0]
    return start, min(ends) if ends else len(text)


def _counted_before_verb(before: str, count: str, after: str) -> tuple[dict[str, Any], str] | None:
    """``实验小学等3所学校获评……``, ``3家基层学校党组织获评……``: the number counts the winners."""
    for verb in _VERBS:
        at = after.find(verb)
        if at < 0 or at > 12:
            continue
        noun = after[:at]
        adverb = next((a for a in HONOUR_ADVERBS if noun.endswith(a)), "")
        noun = noun[: len(noun) - len(adverb)]
        title = after[at + len(verb) :].strip()
        if len(title) < _SHORTEST_TITLE or (noun and not honoree(noun) and not _counts(noun)):
            return None
        honour: dict[str, Any] = {"name": _named(adverb + verb, title), "count": count}
        winners = [w for w in re.split("[、，]", before.removesuffix("等").strip()) if w.strip()]
        if winners and all(len(w) <= 24 for w in winners):
            honour["winners"] = winners
        return honour, verb
    return None


def _counts(noun: str) -> bool:
    """Words a count of winners may count (基层学校党组织, 案例, 学生)."""
    return bool(re.search(r"(校|园|组织|支部|党委|集体|单位|个人|人|教师|学生|案例|项目|团队)$", noun))


def _counted_after_title(before: str, count: str) -> tuple[dict[str, Any], str] | None:
    """``获评……3个``, ``新增……2所（累计9所）``, ``现有……11所``: the number follows the title."""
    for verb in _VERBS:
        at = before.rfind(verb)
        if at < 0:
            continue
        title = before[at + len(verb) :]
        winners_text = before[:at]
        adverb = next((a for a in HONOUR_ADVERBS if winners_text.endswith(a)), "")
        winners_text = winners_text[: len(winners_text) - len(adverb)]
        if len(title) < _SHORTEST_TITLE or title.endswith("各"):
            return None
        if verb == _STOCK:
            return {"name": title, "total": count}, verb
        honour: dict[str, Any] = {"name": _named(adverb + verb, title, counted=True), "count": count}
        winners = [w for w in re.split("[、]", winners_text) if w.strip()]
        if winners and all(len(w) <= 24 and not re.search(r"[，。；]", w) for w in winners):
            honour["winners"] = winners
        return honour, verb
    return None


def _named(verb: str, title: str, counted: bool = False) -> str:
    """The honour's name: its title, with the verb when the writer would not choose it itself
    (新增 is its word for a count with a running total only)."""
    defaults = ("获评",) if counted else _DEFAULT_VERBS
    return title if verb in defaults else f"{verb}{title}"


#: Where a project or fund goes when its paragraph's part has no list of its kind.
_HOMES = {"project": ("support", "construction", "projects"), "fund": ("support", "funding", "funds")}


def write_projects_and_funds(data: dict[str, Any], body: BodyFigures, trace: Trace) -> set[Key]:
    """The projects and funds read before the figures, into their part's list."""
    taken: set[Key] = set()
    for item in body.items:
        first = item.sentences[0]
        part = body.sections.sentences.get((first.paragraph, first.number)) or body.sections.paragraphs.get(first.paragraph)
        loc = _list_of(part, item.kind)
        target: dict[str, Any] = data
        for step in loc[:-1]:
            target = target.setdefault(step, {})
        items = target.setdefault(loc[-1], [])
        items.append(item.data)
        for name, (text, sentence) in item.figures.items():
            kind = "项目" if item.kind == "project" else "资金"
            trace.take((*loc, len(items) - 1, name), "value", text, sentence, f"{kind}：{item.data['name']}", (first.paragraph, first.number, 0))
        taken |= item.readings
    return taken


def _list_of(part: Loc | None, kind: str) -> tuple[str, ...]:
    """The list field of ``part`` that holds items of ``kind``, else the kind's usual home."""
    from drafter.model.items import Fund, Project
    from drafter.model.paths import models_in

    model = dict(part_models()).get(part) if part else None
    wanted = Project if kind == "project" else Fund
    if part and model is not None:
        for name, info in model.model_fields.items():
            if wanted in models_in(info.annotation):
                return (*part, name)
    return _HOMES[kind]

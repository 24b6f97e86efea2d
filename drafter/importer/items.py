"""List items written into the data: honours (read by :mod:`drafter.importer.honours`) into the
part their sentence is about, building projects and funds (read by :mod:`drafter.importer.projects`)
into their part's list."""

from __future__ import annotations

from typing import Any

from drafter.importer.honours import honour_at
from drafter.importer.lexicon import Loc, part_models
from drafter.importer.reading_figures import BodyFigures
from drafter.importer.roles import VALUE
from drafter.importer.trace import Trace

Key = tuple[int, int, int]


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

"""What the importer reads a figure by: for every figure field of the model, the phrase the
writer says it with (in the place's words: 县级, “十四五”), its form label and the names the
field's help gives it (俗称“公办率”), its units and its part.

Nothing here is a second list of field names: everything comes from the declarations on the
model (:mod:`drafter.model.figure`), through the writer's own localising of a phrase
(:meth:`drafter.compose.prose.saying.Saying.phrase`), and from the templates where they say a value
in words of their own (:mod:`drafter.importer.template_words`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.compose.prose.numbers import NumberWriter
from drafter.compose.prose.saying import Saying
from drafter.importer.template_words import template_words
from drafter.model import Report
from drafter.model.figure import MONEY_UNITS, HasFigures, Spec
from drafter.model.phrase import Phrase
from drafter.model.place import localise

#: ``俗称“公办率”``, ``也称初中毕业会考合格率``: other names a field's help gives it.
_ALIAS = re.compile(r"(?:俗称|也称|又称|简称)“?([^”，。；、“]{2,16})”?")

Loc = tuple[str, ...]


@dataclass(frozen=True)
class FieldWords:
    """One figure field and the words a report says it with."""

    loc: Loc
    spec: Spec
    phrase: Phrase
    title: str
    aliases: tuple[str, ...]
    #: Words a template writes before the value instead of the phrase (总金额).
    template_heads: tuple[str, ...] = ()

    @property
    def part(self) -> Loc:
        return self.loc[:-1]

    @property
    def section(self) -> str:
        return self.loc[0]

    @property
    def kind(self) -> str:
        return self.spec.kind

    @property
    def head(self) -> str:
        """The words before the number, from the last comma (``“十四五”以来，财政教育总投入`` →
        ``财政教育总投入``): a clause is read on its own."""
        return self.phrase.head.rsplit("，", 1)[-1]

    @property
    def words(self) -> str:
        """The phrase without its number: ``建成劳动实践基地``."""
        return f"{self.phrase.verb}{self.head}{self.phrase.tail}"

    def accepts_unit(self, unit: str, ratio: bool) -> bool:
        """Whether an amount written with ``unit`` (``""`` for none) can be this figure's."""
        kind = self.spec.kind
        if kind == "ratio":
            return ratio
        if ratio:
            return False
        if kind == "rate":
            return unit == "%"
        if kind == "money":
            return unit == "元"
        if not unit:
            return self.spec.unit == ""
        return unit in self.spec.units


def part_models() -> list[tuple[Loc, type[HasFigures]]]:
    """Every part of the report with its path: 基本情况, 自评结果, then each section's parts."""
    parts: list[tuple[Loc, type[HasFigures]]] = [((name,), model) for name, model in Report.top_part_types()]
    for section, section_model in Report.section_types():
        parts += [((section, name), model) for name, model in section_model.part_types()]
    return parts


@lru_cache(maxsize=16)
def lexicon(unit: str, plan_period: str) -> tuple[FieldWords, ...]:
    """The words of every figure field, for a district of ``unit`` (区/县/市/旗) in a report of the
    five-year plan ``plan_period``."""
    saying = Saying(NumberWriter(), unit=unit, plan_period=plan_period)
    fields = []
    for part, model in part_models():
        for name, spec in model.figure_specs():
            fields.append(words_of((*part, name), spec, saying, unit))
    return tuple(fields)


def item_lexicon(model: type[HasFigures], unit: str, plan_period: str) -> tuple[FieldWords, ...]:
    """The words of a list item's figures (a project's 占地面积, 总投资 …)."""
    saying = Saying(NumberWriter(), unit=unit, plan_period=plan_period)
    return tuple(words_of((name,), spec, saying, unit) for name, spec in model.figure_specs())


def words_of(loc: Loc, spec: Spec, saying: Saying, unit: str) -> FieldWords:
    aliases = tuple(dict.fromkeys(localise(alias, unit) for alias in _ALIAS.findall(spec.help)))
    heads = tuple(localise(words, unit) for words in template_words().get(loc, ()))
    return FieldWords(loc, spec, saying.phrase(spec), localise(spec.title, unit), aliases, heads)


def all_units() -> tuple[str, ...]:
    """Every unit a figure of the model may be written in, longest first (人次 before 人)."""
    from drafter.model.items import Fund, Honour, Project

    models: list[type[HasFigures]] = [model for _, model in part_models()] + [Honour, Project, Fund]
    units: set[str] = set()
    for model in models:
        for _, spec in model.figure_specs():
            units.update(spec.units)
    units -= set(MONEY_UNITS) | {"", "%"}
    return tuple(sorted(units, key=lambda u: (-len(u), u)))

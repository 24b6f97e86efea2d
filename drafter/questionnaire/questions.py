"""The questions, derived from the report model: nothing here is written by hand per field.

Meta asks its plain fields (text, numbers, dates) and the kind of document; then the clerk picks
the parts of the report to fill, among the top-level fields the kind uses; each part asks its
figures in model order and then its lists of sentences (any list whose items can be written as
one sentence). A field added to the model is asked without any change here.
"""

from __future__ import annotations

import datetime as dt
import functools
import types
import typing
from dataclasses import dataclass
from typing import Any, Union

from pydantic import BaseModel, TypeAdapter, ValidationError

from drafter.model import KINDS, Figure, Meta, Part, Report, Section, Spec, kind_info
from drafter.model.paths import describe, field_title

Loc = tuple[str, ...]


@dataclass(frozen=True)
class Question:
    """Something the clerk answers; ``loc`` is where the answer goes in the data file."""

    loc: Loc
    title: str
    group: str

    @property
    def key(self) -> str:
        return ".".join(self.loc)

    @property
    def name(self) -> str:
        return self.loc[-1]


@dataclass(frozen=True)
class FieldQuestion(Question):
    """One line of text, checked by the field of ``owner`` it fills."""

    owner: type[BaseModel]
    hint: str = ""
    required: bool = False


@dataclass(frozen=True)
class FigureQuestion(FieldQuestion):
    """A figure: its unit and how to type it come from the field's :class:`Spec`."""

    spec: Spec | None = None


@dataclass(frozen=True)
class KindQuestion(Question):
    """Which kind of document: it decides which parts can be filled."""


@dataclass(frozen=True)
class SectionsQuestion(Question):
    """Which parts of the report to fill (a checkbox)."""


@dataclass(frozen=True)
class SentencesQuestion(Question):
    """A list of sentences, one per line; an empty line ends it."""

    owner: type[BaseModel]
    hint: str = ""


#: Field types asked as one line of text.
_PLAIN = (str, int, dt.date)
META_GROUP = str(Meta.model_config.get("title", "报告信息"))
KIND_LOC: Loc = ("meta", "kind")
SECTIONS = SectionsQuestion(loc=("sections",), title="要填写的部分", group=META_GROUP)


def plan(kind: str, sections: list[str] | None) -> list[Question]:
    """Every question, in the order asked, for the chosen kind and parts (in the kind's order)."""
    questions: list[Question] = [*meta_questions(), SECTIONS]
    for name in section_choices(kind):
        if name in (sections or ()):
            questions.extend(field_questions(name))
    return questions


def meta_questions() -> list[Question]:
    """The report information: its plain fields (text, numbers, dates) and the kind."""
    questions: list[Question] = []
    for name, info in Meta.model_fields.items():
        title = field_title(Meta, name)
        if name == KIND_LOC[-1]:
            questions.append(KindQuestion(KIND_LOC, title, META_GROUP))
        elif _plain(info.annotation) in _PLAIN:
            questions.append(
                FieldQuestion(
                    ("meta", name), title, META_GROUP, owner=Meta,
                    hint=info.description or "", required=info.is_required(),
                )
            )
    return questions


def section_choices(kind: str) -> dict[str, str]:
    """The parts of the report the questionnaire can ask for this kind: name → Chinese title."""
    return {name: field_title(Report, name) for name in kind_info(kind).fields if field_questions(name)}


def all_section_choices() -> dict[str, str]:
    """Every part any kind can ask for, in report order (to check ``--sections`` before the kind
    is known)."""
    names = {name for kind in KINDS for name in section_choices(kind)}
    return {name: field_title(Report, name) for name in Report.model_fields if name in names}


def field_questions(name: str) -> list[Question]:
    """The questions of one top-level field of the report: a section, a part, a list of sentences
    or one line of text."""
    annotation = Report.model_fields[name].annotation
    if _is_subclass(annotation, Section):
        questions: list[Question] = []
        for part_name, part_type in annotation.part_types():
            group = describe(Report, (name, part_name))[0]
            questions += part_questions((name, part_name), part_type, group)
        return questions
    if _is_subclass(annotation, Part):
        return part_questions((name,), annotation, annotation.title())
    info = Report.model_fields[name]
    title = field_title(Report, name)
    if _is_sentences(annotation):
        return [SentencesQuestion((name,), title, title, Report, info.description or "")]
    if _plain(annotation) in _PLAIN:
        return [FieldQuestion((name,), title, title, Report, info.description or "", info.is_required())]
    return []


def part_questions(loc: Loc, part: type[Part], group: str) -> list[Question]:
    """A part's figures in model order, then its lists of sentences (做法与成效)."""
    figures: list[Question] = [
        FigureQuestion((*loc, name), spec.title, group, owner=part, hint=_askable(spec.help), spec=spec)
        for name, spec in part.figure_specs()
    ]
    sentences: list[Question] = [
        SentencesQuestion((*loc, name), field_title(part, name), group, part, info.description or "")
        for name, info in part.model_fields.items()
        if _is_sentences(info.annotation)
    ]
    return figures + sentences


#: Titles of what a figure carries besides its value that no question asks (对比年份): help that
#: tells the clerk to fill one of them does not belong next to a question.
_NOT_ASKED = (f"“{Figure.model_fields['previous_year'].title}”",)


def _askable(help_text: str) -> str:
    """A figure's help without the clauses that point to something the questionnaire never asks."""
    return "；".join(clause for clause in help_text.split("；") if not any(t in clause for t in _NOT_ASKED))


def _plain(annotation: Any) -> Any:
    """``Optional[X]`` → ``X``; anything else unchanged."""
    if typing.get_origin(annotation) in (Union, types.UnionType):
        args = [arg for arg in typing.get_args(annotation) if arg is not type(None)]
        if len(args) == 1:
            return args[0]
    return annotation


def _is_subclass(annotation: Any, base: type) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, base)


def _is_sentences(annotation: Any) -> bool:
    """A list whose items can each be written as one sentence: text, or points that take one."""
    return typing.get_origin(annotation) is list and _takes_a_sentence(typing.get_args(annotation)[0])


@functools.cache
def _takes_a_sentence(item: Any) -> bool:
    try:
        TypeAdapter(item).validate_python("一句话")
    except ValidationError:
        return False
    return True

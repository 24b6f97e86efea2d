"""The questions, derived from the report model: nothing here is written by hand per field.

Meta asks its plain fields (text, numbers, dates) and the kind of document; then the clerk picks
the parts of the report to fill, among the top-level fields the kind uses; each part asks its
figures in model order, then its lists of typed items (honours, projects, funds: 要添加一项吗？,
the item's fields, 再添加一项吗？), then its lists of sentences (any list whose items can be written
as one sentence). A field, an item field or a list of items added to the model is asked without
any change here.

The questions of a list of items depend on how many items the data holds, so :func:`plan` reads
the data as filled so far: an item's questions sit at ``(…, "honours", 0, "name")``.
"""

from __future__ import annotations

import datetime as dt
import functools
import typing
from dataclasses import dataclass, field
from typing import Any, Iterable

from pydantic import BaseModel, TypeAdapter, ValidationError

from drafter.inputs.form_words import in_words
from drafter.model import KINDS, Figure, Meta, Part, Report, Section, Spec, kind_info
from drafter.model.paths import Loc, describe, field_title, without_none

_T = typing.TypeVar("_T")

#: Where an answer goes in the data file: field names, and the index of an item in a list.


def key_of(loc: Loc) -> str:
    """``overview.honours.0.name``: how the progress file names the question at ``loc``."""
    return ".".join(map(str, loc))


def value_at(data: dict[str, Any], loc: Loc) -> Any:
    """The value at ``loc`` in a data file's content, or ``None``."""
    node: Any = data
    for step in loc:
        if isinstance(step, int):
            if not isinstance(node, list) or step >= len(node):
                return None
        elif not isinstance(node, dict) or step not in node:
            return None
        node = node[step]
    return node


@dataclass(frozen=True)
class Question:
    """Something the clerk answers; ``loc`` is where the answer goes in the data file."""

    loc: Loc
    title: str
    group: str
    #: The item the answer belongs to, as the clerk reads it (``荣誉和称号 第1项``); empty
    #: outside lists of items.
    item: str = field(default="", kw_only=True)

    @property
    def key(self) -> str:
        return key_of(self.loc)

    @property
    def name(self) -> str:
        return str(self.loc[-1])

    @property
    def item_loc(self) -> Loc | None:
        """Where the item the answer belongs to sits in the data (``overview.honours.0``)."""
        return self.loc[:-1] if self.item else None


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


@dataclass(frozen=True)
class ItemQuestion(Question):
    """Whether the list at ``loc[:-1]`` has an item number ``loc[-1]``: 要添加一项吗？ for the
    first, 再添加一项吗？ after each; for an item already entered, keep it or delete it."""

    item_type: type[BaseModel]
    hint: str = ""

    @property
    def list_loc(self) -> Loc:
        return self.loc[:-1]

    @property
    def index(self) -> int:
        return int(self.loc[-1])


#: Field types asked as one line of text.
_PLAIN = (str, int, dt.date)
META_GROUP = str(Meta.model_config.get("title", "报告信息"))
KIND_LOC: Loc = ("meta", "kind")
SECTIONS = SectionsQuestion(loc=("sections",), title="要填写的部分", group=META_GROUP)


def plan(kind: str, sections: list[str] | None, data: dict[str, Any] | None = None) -> list[Question]:
    """Every question, in the order asked, for the chosen kind and parts (in the kind's order);
    ``data``, the answers so far, decides how many items each list of items asks for."""
    questions: list[Question] = [*meta_questions(), SECTIONS]
    for name in section_choices(kind, data, sections or ()):
        if name in (sections or ()):
            questions.extend(field_questions(name, data, kind))
    return questions


def meta_questions() -> list[Question]:
    """The report information: its plain fields (text, numbers, dates) and the kind."""
    questions: list[Question] = []
    for name, info in Meta.model_fields.items():
        title = field_title(Meta, name)
        if name == KIND_LOC[-1]:
            questions.append(KindQuestion(KIND_LOC, title, META_GROUP))
        elif without_none(info.annotation) in _PLAIN:
            questions.append(
                FieldQuestion(
                    ("meta", name), title, META_GROUP, owner=Meta,
                    hint=in_words(info.description or ""), required=info.is_required(),
                )
            )
    return questions


def section_choices(kind: str, data: dict[str, Any] | None = None, extra: Iterable[str] = ()) -> dict[str, str]:
    """The parts of the report the questionnaire offers for this kind, in its order: the kind's
    own, those the data already fills and those asked for by name (``--sections``): name →
    Chinese title."""
    offered = set(kind_info(kind).parts) | set(extra) | {name for name, value in (data or {}).items() if value}
    return {
        name: field_title(Report, name)
        for name in kind_info(kind).fields
        if name in offered and field_questions(name)
    }


def foreign(kind: str, name: str) -> str:
    """``自评报告的部分`` for a part another kind has and this one does not; else empty."""
    if name in kind_info(kind).parts:
        return ""
    owners = [KINDS[other] for other in KINDS if name in kind_info(other).parts]
    return f"{'、'.join(owners)}的部分" if owners else ""


def all_section_choices() -> dict[str, str]:
    """Every part any kind can ask for, in report order (to check ``--sections`` before the kind
    is known)."""
    names = {name for kind in KINDS for name in kind_info(kind).fields if field_questions(name)}
    return {name: field_title(Report, name) for name in Report.model_fields if name in names}


def field_questions(name: str, data: dict[str, Any] | None = None, kind: str | None = None) -> list[Question]:
    """The questions of one top-level field of the report: a section, a part, a list of sentences
    or one line of text; 开篇补充 is asked in the words of the ``kind``."""
    annotation = Report.model_fields[name].annotation
    if _is_subclass(annotation, Section):
        questions: list[Question] = []
        for part_name, part_type in annotation.part_types():
            group = describe(Report, (name, part_name))[0]
            questions += part_questions((name, part_name), part_type, group, data)
        return questions
    if _is_subclass(annotation, Part):
        return part_questions((name,), annotation, annotation.title(), data)
    info = Report.model_fields[name]
    title = field_title(Report, name)
    hint = in_words(info.description or "")
    if name == "opening" and kind:
        hint = kind_info(kind).opening_help or hint
    if _is_sentences(annotation):
        return [SentencesQuestion((name,), title, title, Report, hint)]
    if without_none(annotation) in _PLAIN:
        return [FieldQuestion((name,), title, title, Report, hint, info.is_required())]
    return []


def part_questions(loc: Loc, part: type[Part], group: str, data: dict[str, Any] | None = None) -> list[Question]:
    """A part's figures in model order; its lists of items, its own (建设项目) before those every
    part has (荣誉和称号, 其他数据); then its lists of sentences (做法与成效)."""
    figures: list[Question] = [
        FigureQuestion((*loc, name), spec.title, group, owner=part, hint=in_words(_askable(spec.help)), spec=spec)
        for name, spec in part.figure_specs()
    ]
    lists = sorted(
        (name for name, info in part.model_fields.items() if item_type(info.annotation)),
        key=lambda name: name in Part.model_fields,
    )
    items = [q for name in lists for q in list_questions((*loc, name), part, group, data or {})]
    sentences: list[Question] = [
        SentencesQuestion((*loc, name), field_title(part, name), group, part, in_words(info.description or ""))
        for name, info in part.model_fields.items()
        if _is_sentences(info.annotation)
    ]
    return figures + items + sentences


def list_questions(loc: Loc, owner: type[BaseModel], group: str, data: dict[str, Any], within: str = "") -> list[Question]:
    """A list of items: for each item held in ``data``, whether to keep it and its fields; then
    whether to add one more."""
    name = str(loc[-1])
    info = owner.model_fields[name]
    model = item_type(info.annotation)
    assert model is not None
    title = field_title(owner, name)
    hint = in_words(info.description or "")
    stored = value_at(data, loc)
    entries = stored if isinstance(stored, list) else []
    questions: list[Question] = []
    for index in range(len(entries) + 1):
        questions.append(ItemQuestion((*loc, index), title, group, model, hint, item=within))
        if index < len(entries):
            heading = f"{within} › {title} 第{index + 1}项" if within else f"{title} 第{index + 1}项"
            questions += item_questions((*loc, index), model, group, heading, data)
    return questions


def item_questions(loc: Loc, model: type[BaseModel], group: str, heading: str, data: dict[str, Any]) -> list[Question]:
    """An item's fields in model order: text as text, figures as figures, lists line by line."""
    entry = value_at(data, loc)
    entry = entry if isinstance(entry, dict) else {}
    questions: list[Question] = []
    for name, info in model.model_fields.items():
        title = field_title(model, name)
        hint = in_words(info.description or "")
        spec = next((item for item in info.metadata if isinstance(item, Spec)), None)
        annotation = without_none(info.annotation)
        required = info.is_required()
        if spec is not None:
            questions.append(
                FigureQuestion((*loc, name), title, group, model, in_words(_askable(spec.help)), required, spec, item=heading)
            )
        elif annotation is Figure:
            questions.append(
                FigureQuestion((*loc, name), title, group, model, hint, required, item_spec(model, entry, name), item=heading)
            )
        elif item_type(annotation):
            questions += list_questions((*loc, name), model, group, data, within=heading)
        elif _is_sentences(annotation):
            questions.append(SentencesQuestion((*loc, name), title, group, model, hint, item=heading))
        elif annotation in _PLAIN:
            questions.append(FieldQuestion((*loc, name), title, group, model, hint, required, item=heading))
    return questions


def item_spec(model: type[BaseModel], entry: dict[str, Any], name: str) -> Spec | None:
    """The spec a figure without one of its own gets from the rest of its item (a custom
    figure's unit): the one the item's own validation attaches, once the fields it reads are in."""
    try:
        figure = getattr(model.model_validate({**entry, name: "0"}), name)
        return figure.spec if isinstance(figure, Figure) else None
    except (ValidationError, RuntimeError):  # a field it reads is not there yet
        return None


def missing_fields(model: type[BaseModel], entry: dict[str, Any]) -> list[str]:
    """The titles of the required fields an item does not have yet."""
    return [
        field_title(model, name)
        for name, info in model.model_fields.items()
        if info.is_required() and entry.get(name) in (None, "", [])
    ]


def item_type(annotation: Any) -> type[BaseModel] | None:
    """The model of a list of typed items (荣誉和称号, 建设项目), or ``None``. A list of points
    that each take one sentence is a list of sentences."""
    if typing.get_origin(annotation) is not list:
        return None
    (item,) = typing.get_args(annotation)
    if _is_subclass(item, BaseModel) and not _takes_a_sentence(item):
        return item
    return None


#: Titles of what a figure carries besides its value that no question asks (对比年份): help that
#: tells the clerk to fill one of them does not belong next to a question.
_NOT_ASKED = (f"“{Figure.model_fields['previous_year'].title}”",)


def _askable(help_text: str) -> str:
    """A figure's help without the clauses that point to something the questionnaire never asks."""
    return "；".join(clause for clause in help_text.split("；") if not any(t in clause for t in _NOT_ASKED))


def _is_subclass(annotation: Any, base: type[_T]) -> typing.TypeGuard[type[_T]]:
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

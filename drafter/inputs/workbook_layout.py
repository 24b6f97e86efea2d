"""What the 填报表 looks like, derived from the report model: sheets, groups, rows and tables.

Nothing here lists a field by hand. A sheet is a top-level field of the report (a section, a
part, a list of points) or 报告信息 (meta, style, formal and the short texts of the kind); its
rows come from walking the model:

* a figure field (``Annotated[Fig, Count(…)]``) is a :class:`FigureRow`: 项目 | 单位 | 上年 | 本年 | 目标 | 说明;
* a plain field (text, number, date, yes/no, a choice) is a :class:`FieldRow`, its value in 本年;
* a list of text (做法与成效, 抄送机关) is a :class:`LinesBlock`, one line a row in 本年;
* a mapping (改写标题) is a :class:`PairsBlock`: the key in 项目, the value in 本年;
* a list of models (荣誉和称号, 建设项目, 其他数据, 存在问题) is a :class:`TableBlock`, one item a
  row, a column per field of the item;
* a nested model (套话, 印发通知) is a :class:`Group` of its own.

The writer (:mod:`workbook_write`) and the reader (:mod:`workbook_read`) both work from these
objects, so a field added to the model appears in the workbook and is read back the day it is
added.
"""

from __future__ import annotations

import datetime as dt
import typing
from dataclasses import dataclass
from typing import Any, Iterator, Literal, Optional, Union

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from drafter.errors import DrafterError
from drafter.model import Figure, KIND_INFO, Meta, Part, Report, Section, Spec
from drafter.model.choices import label_of
from drafter.model.paths import Loc, field_title, without_none
from drafter.model.report import structure_names


#: The columns of every sheet of figures, in this order.
HEADER = ("项目", "单位", "上年", "本年", "目标", "说明")
LABEL, UNIT, PREVIOUS, VALUE, TARGET, NOTE = range(1, 7)
#: The first sheet: how to fill the workbook. It holds no data.
GUIDE_SHEET = "填表说明"
META_SHEET = str(Meta.model_config.get("title"))
#: Report fields that always go on the 报告信息 sheet, whatever the kind.
_META_FIELDS = ("meta", "style", "formal")
#: The roles of a figure, in the columns 上年 | 本年 | 目标.
FIGURE_ROLES = ("previous", "value", "target")


@dataclass(frozen=True)
class Group:
    """A heading row: a part (学前教育) or a nested model (印发通知)."""

    title: str
    help: str = ""


@dataclass(frozen=True)
class FigureRow:
    loc: Loc
    spec: Spec
    #: The model declaring the field, and the field's name (to validate one cell with it).
    owner: type[BaseModel]

    @property
    def title(self) -> str:
        return self.spec.title

    @property
    def help(self) -> str:
        return "；".join(filter(None, [self.spec.help, self.spec.input_help]))


@dataclass(frozen=True)
class FieldRow:
    """One plain value in 本年: ``kind`` is text, int, date, bool or choice."""

    loc: Loc
    title: str
    help: str
    kind: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinesBlock:
    """A list of text, one item a row in 本年; the label stands on the first row only."""

    loc: Loc
    title: str
    help: str


@dataclass(frozen=True)
class PairsBlock:
    """A mapping: a label row, then one entry a row, the key in 项目 and the value in 本年."""

    loc: Loc
    title: str
    help: str
    key_choices: tuple[str, ...] = ()
    value_choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class Column:
    """A column of a table: ``path`` is where its cell goes inside the item.

    ``kind`` is text, lines (one entry a line of the cell), int, date, bool, choice, figure (a
    figure field with its spec: the value, and its 其中 in brackets) or amount (one role of a
    figure without a spec, such as the 上年/本年/目标 of a clerk's own figure).
    """

    path: tuple[str, ...]
    title: str
    kind: str
    help: str = ""
    spec: Optional[Spec] = None
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class TableBlock:
    """A list of models, one item a row. ``nested`` is a list inside each item (具体做法): its
    entries take the following rows, with the item's own columns left empty."""

    loc: Loc
    title: str
    help: str
    columns: tuple[Column, ...]
    nested: Optional[tuple[str, tuple[Column, ...]]] = None

    @property
    def all_columns(self) -> tuple[Column, ...]:
        return self.columns + (self.nested[1] if self.nested else ())


Block = Union[Group, FigureRow, FieldRow, LinesBlock, PairsBlock, TableBlock]


@dataclass(frozen=True)
class Sheet:
    """One worksheet: ``key`` is the top-level field it holds (``meta`` for 报告信息).

    A sheet of figures has rows in the six columns of :data:`HEADER`; a list sheet (存在问题,
    改进措施 …) is one table whose own columns make the header.
    """

    name: str
    key: str
    blocks: tuple[Block, ...] = ()
    table: Optional[TableBlock] = None

    @property
    def header(self) -> tuple[str, ...]:
        """The titles of the sheet's first row."""
        return tuple(c.title for c in self.table.all_columns) if self.table else HEADER

    @property
    def width(self) -> int:
        """How many columns the sheet uses: its header's, or those of a wider table inside it."""
        tables = [len(block.all_columns) for block in self.blocks if isinstance(block, TableBlock)]
        return max([len(self.header), *tables])


# -- sheets of a kind ------------------------------------------------------------------------
def sheets_for(kind: Optional[str] = None, report: type[Report] = Report) -> list[Sheet]:
    """The sheets of a 填报表 for ``kind`` in report order; every sheet any kind has when ``kind``
    is None (what a reader must recognise)."""
    used = _fields_used(kind)
    plain = [name for name in used if _is_plain_top(report, name)]
    sheets = [Sheet(META_SHEET, "meta", tuple(_meta_blocks(report, plain)))]
    for name in report.model_fields:
        if name in used and not _is_plain_top(report, name):
            sheets.append(_top_sheet(report, name))
    return sheets


def select(sheets: list[Sheet], names: list[str]) -> list[Sheet]:
    """The sheets named by ``--sections`` (sheet name or field key, also comma-separated)."""
    wanted = [n.strip() for name in names for n in name.replace("，", ",").split(",") if n.strip()]
    by_name = {s.name: s for s in sheets} | {s.key: s for s in sheets}
    unknown = [name for name in wanted if name not in by_name]
    if unknown:
        choices = "、".join(s.name for s in sheets)
        raise DrafterError.single(f"不认识的部分：{'、'.join(unknown)}", "--sections", f"可以选：{choices}")
    chosen = {by_name[name].key for name in wanted}
    return [s for s in sheets if s.key in chosen]


def _fields_used(kind: Optional[str]) -> set[str]:
    kinds = [kind] if kind else list(KIND_INFO)
    return {name for k in kinds for name in KIND_INFO[k].fields}


def _is_plain_top(report: type[Report], name: str) -> bool:
    """A top-level field that is not a sheet of its own: short text such as 开篇补充, 自评依据."""
    annotation = without_none(report.model_fields[name].annotation)
    if _is_model(annotation) and issubclass(annotation, (Part, Section)):
        return False
    return name not in _text_sections(report)


def _text_sections(report: type[Report]) -> set[str]:
    """Top-level lists the report writes as sections of their own (存在问题, 改进措施 …)."""
    return {
        key
        for key in structure_names(report).values()
        if key in report.model_fields and not _is_model(without_none(report.model_fields[key].annotation))
    }


def _top_sheet(report: type[Report], name: str) -> Sheet:
    info = report.model_fields[name]
    annotation = without_none(info.annotation)
    title = field_title(report, name)
    if _is_model(annotation) and issubclass(annotation, Section):
        blocks: list[Block] = []
        for part_name, part_type in annotation.part_types():
            blocks += _model_blocks(part_type, (name, part_name), part_type.title())
        return Sheet(title, name, tuple(blocks))
    if _is_model(annotation) and issubclass(annotation, Part):
        return Sheet(title, name, tuple(_model_blocks(annotation, (name,), annotation.title())))
    block = _field_block(report, name, info, (name,))
    table = block if isinstance(block, TableBlock) else _lines_table(block)
    return Sheet(title, name, table=table)


def _lines_table(block: Optional[Block]) -> TableBlock:
    """A list of sentences as a sheet of its own: a table of one column."""
    if not isinstance(block, LinesBlock):  # pragma: no cover - a text section is always a list
        raise TypeError(f"cannot lay out {block!r} as a sheet")
    column = Column((), block.title, "text", block.help)
    return TableBlock(block.loc, block.title, block.help, (column,))


def _meta_blocks(report: type[Report], plain: list[str]) -> Iterator[Block]:
    """报告信息: the meta fields and the kind's short texts, then style and formal."""
    for name in _META_FIELDS:
        info = report.model_fields[name]
        model = without_none(info.annotation)
        extra = [_field_block(report, p, report.model_fields[p], (p,)) for p in plain] if name == "meta" else []
        yield from _model_blocks(model, (name,), field_title(report, name), extra)


def _model_blocks(
    model: type[BaseModel], loc: Loc, title: str, extra: list[Optional[Block]] | None = None
) -> Iterator[Block]:
    """A group for ``model``: its own rows (and ``extra``), then its nested models as groups."""
    yield Group(title, _description(model))
    nested: list[tuple[str, type[BaseModel]]] = []
    blocks: list[Optional[Block]] = []
    for name, info in model.model_fields.items():
        inner = without_none(info.annotation)
        if _is_model(inner) and inner is not Figure and not _spec_of(info):
            nested.append((name, inner))
        else:
            blocks.append(_field_block(model, name, info, (*loc, name)))
    yield from sorted(filter(None, blocks + (extra or [])), key=_rank)
    for name, inner in nested:
        yield from _model_blocks(inner, (*loc, name), field_title(model, name))


def _rank(block: Optional[Block]) -> int:
    """Figures and single values first, then lists of lines, then tables (as a clerk reads)."""
    return {LinesBlock: 1, PairsBlock: 1, TableBlock: 2}.get(type(block), 0)


def _field_block(model: type[BaseModel], name: str, info: FieldInfo, loc: Loc) -> Optional[Block]:
    title = field_title(model, name)
    help = info.description or ""
    spec = _spec_of(info)
    if spec is not None:
        return FigureRow(loc, spec, model)
    annotation = without_none(info.annotation)
    origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation)
        if _is_model(item):
            columns, nested = _table_columns(item)
            return TableBlock(loc, title, help or _description(item), columns, nested)
        return LinesBlock(loc, title, help)
    if origin is dict:
        key, value = typing.get_args(annotation)
        return PairsBlock(loc, title, help, _choices(key), _choices(value))
    kind = _plain_kind(annotation)
    if kind is None:
        return None
    return FieldRow(loc, title, help, kind, _choices(annotation))


def _table_columns(item: type[BaseModel]) -> tuple[tuple[Column, ...], Optional[tuple[str, tuple[Column, ...]]]]:
    columns: list[Column] = []
    nested: Optional[tuple[str, tuple[Column, ...]]] = None
    for name, info in item.model_fields.items():
        title = field_title(item, name)
        help = info.description or ""
        annotation = without_none(info.annotation)
        spec = _spec_of(info)
        if spec is not None:
            columns.append(Column((name,), f"{title}（{spec.unit}）" if spec.unit else title, "figure", help or spec.help, spec))
        elif annotation is Figure:
            columns += [
                Column((name, role), field_title(Figure, role), "amount") for role in FIGURE_ROLES
            ]
        elif typing.get_origin(annotation) is list and _is_model(typing.get_args(annotation)[0]):
            inner, _ = _table_columns(typing.get_args(annotation)[0])
            nested = (name, tuple(Column(c.path, f"{title}：{c.title}", c.kind, c.help, c.spec, c.choices) for c in inner))
        elif typing.get_origin(annotation) is list:
            columns.append(Column((name,), title, "lines", help))
        else:
            kind = _plain_kind(annotation) or "text"
            columns.append(Column((name,), title, kind, help, choices=_choices(annotation)))
    return tuple(columns), nested


# -- annotations -----------------------------------------------------------------------------
def _is_model(annotation: Any) -> bool:
    return isinstance(annotation, type) and issubclass(annotation, BaseModel)


def _spec_of(info: FieldInfo) -> Optional[Spec]:
    return next((item for item in info.metadata if isinstance(item, Spec)), None)


def _plain_kind(annotation: Any) -> Optional[str]:
    if typing.get_origin(annotation) is Literal:
        return "choice"
    return {str: "text", int: "int", bool: "bool", dt.date: "date"}.get(annotation)


def _choices(annotation: Any) -> tuple[str, ...]:
    """The values offered in a drop-down list: their Chinese names where they have one."""
    if typing.get_origin(annotation) is not Literal:
        return ()
    return tuple(label_of(str(a)) for a in typing.get_args(annotation))


def _description(model: type[BaseModel]) -> str:
    extra = model.model_config.get("json_schema_extra")
    return str(extra.get("description", "")) if isinstance(extra, dict) else ""

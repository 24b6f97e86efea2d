"""What the 填报表 looks like, derived from the report model: sheets, groups, rows and tables.

Nothing here lists a field by hand. A sheet is a top-level field of the report (a section, a
part, a list of points) or 报告信息 (meta, style, formal and the short texts of the kind); its
rows come from walking the model:

* a figure field (``Annotated[Fig, Count(…)]``) is a :class:`FigureRow`: 项目 | 单位 | 上年 | 本年 | 目标 | 说明;
* a plain field (text, number, date, yes/no, a choice) is a :class:`FieldRow`, its value in 本年
  (on 报告信息, laid out as 项目 | 内容 | 说明, in 内容);
* a list of text (做法与成效, 抄送机关) is a :class:`LinesBlock`, one line a row;
* the house style's choices about the parts of the report (各部分的顺序, 改写标题) and the heading
  levels (各级标题的编号) are :class:`KeyedBlock` s: one row a part or a level, named in 项目;
* any other mapping is a :class:`PairsBlock`: the key in 项目, the value beside it;
* a list of models (荣誉和称号, 建设项目, 其他数据, 存在问题) is a :class:`TableBlock`, one item a
  row, a column per field of the item;
* a nested model (套话, 印发通知) is a :class:`Group` of its own.

A 填报表 for a kind has the sheets of that kind's own parts (and those a data file already fills);
a sheet of another kind's part says so on its title row. The help shown is the model's, said in
a form's words (:mod:`form_words`); how to write each kind of figure is said once, in the legend
of the first sheet, not on every row.

The writer (:mod:`workbook_write`) and the reader (:mod:`workbook_read`) both work from these
objects, so a field added to the model appears in the workbook and is read back the day it is
added.
"""

from __future__ import annotations

import datetime as dt
import typing
from dataclasses import dataclass
from typing import Any, Callable, Iterable, Iterator, Literal, Optional, Union

from pydantic import BaseModel
from pydantic.fields import FieldInfo

from drafter.errors import DrafterError
from drafter.inputs.form_words import in_words
from drafter.model import KINDS, Figure, Formal, KIND_INFO, Meta, Part, Report, Section, Spec
from drafter.model.choices import label_of
from drafter.model.figure import UNIT_FAMILIES
from drafter.model.paths import Loc, field_title, without_none
from drafter.model.report import HEADING_KEYS, structure_names


#: The columns of every sheet of figures, in this order.
HEADER = ("项目", "单位", "上年", "本年", "目标", "说明")
LABEL, UNIT, PREVIOUS, VALUE, TARGET, NOTE = range(1, 7)
#: The columns of 报告信息: one value a row.
INFO_HEADER = ("项目", "内容", "说明")
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
        """The field's own help, and the units it may be written in when they are not its unit's
        usual ones (how to write each kind of figure, and the usual units, are in the legend)."""
        usual = set(UNIT_FAMILIES.get(self.spec.unit, (self.spec.unit,)))
        units = f"单位也可写{'、'.join(self.spec.units[1:])}" if set(self.spec.units) != usual else ""
        return "；".join(filter(None, [in_words(_on_a_form(self.spec.help), _NAMES), units]))


@dataclass(frozen=True)
class FieldRow:
    """One plain value: ``kind`` is text, int, date, bool or choice."""

    loc: Loc
    title: str
    help: str
    kind: str
    choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class LinesBlock:
    """A list of text, one item a row; the label stands on the first row only."""

    loc: Loc
    title: str
    help: str


@dataclass(frozen=True)
class PairsBlock:
    """A mapping: a label row, then one entry a row, the key in 项目 and the value beside it."""

    loc: Loc
    title: str
    help: str
    key_choices: tuple[str, ...] = ()
    value_choices: tuple[str, ...] = ()


@dataclass(frozen=True)
class KeyedBlock:
    """A mapping whose keys are known: a title row, then one row a key, its name in 项目 and
    its value beside it (改写标题: a part a row; 各级标题的编号: a level a row). With ``order``
    the value is a position and the field is the list of keys in that order (各部分的顺序)."""

    loc: Loc
    title: str
    help: str
    #: (key, name on the form); a part of a section is indented under it.
    keys: tuple[tuple[str, str], ...]
    choices: tuple[str, ...] = ()
    order: bool = False
    #: Help on every key's row.
    row_help: str = ""
    #: Keys that stand indented under the one before (the parts of a section).
    inner: frozenset[str] = frozenset()


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

    @property
    def sentences(self) -> bool:
        """Each item is said in a sentence or a few (存在问题, 下一步工作): a list that runs long."""
        return all(column.kind in ("text", "lines") for column in self.columns)


Block = Union[Group, FigureRow, FieldRow, LinesBlock, PairsBlock, KeyedBlock, TableBlock]


@dataclass(frozen=True)
class Sheet:
    """One worksheet: ``key`` is the top-level field it holds (``meta`` for 报告信息).

    A sheet of figures has rows in the six columns of :data:`HEADER`, 报告信息 those of
    :data:`INFO_HEADER`; a list sheet (存在问题, 改进措施 …) is one table, with a title row above
    the table's own column titles.
    """

    name: str
    key: str
    blocks: tuple[Block, ...] = ()
    table: Optional[TableBlock] = None
    columns: tuple[str, ...] = HEADER
    #: Said on the sheet's title row when the part is not one of the kind's own.
    note: str = ""

    @property
    def header(self) -> tuple[str, ...]:
        """The titles of the row of column titles (the first row; a list sheet's second)."""
        return tuple(c.title for c in self.table.all_columns) if self.table else self.columns

    @property
    def header_row(self) -> int:
        return 2 if self.table else 1

    @property
    def width(self) -> int:
        """How many columns the sheet uses: its header's, or those of a wider table inside it."""
        tables = [len(block.all_columns) for block in self.blocks if isinstance(block, TableBlock)]
        return max([len(self.header), *tables])

    @property
    def value_column(self) -> int:
        """Where a plain value, a line of text or a keyed value is written: 本年, or 内容."""
        return self.columns.index("内容") + 1 if "内容" in self.columns else VALUE

    @property
    def help_column(self) -> int:
        return len(self.columns)


# -- sheets of a kind ------------------------------------------------------------------------
def sheets_for(
    kind: Optional[str] = None, report: type[Report] = Report, extra: Iterable[str] = (), legacy: bool = False
) -> list[Sheet]:
    """The sheets of a 填报表 for ``kind`` in report order: the kind's own parts and the top-level
    fields in ``extra`` (filled in a data file, or asked for by name); every sheet any kind has
    when ``kind`` is None (what a reader must recognise). ``legacy``: 报告信息 as 填报表 made
    before it had its own columns laid it out (read, never written)."""
    used = own_parts(kind) | set(extra)
    plain = [name for name in report.model_fields if name in used and _is_plain_top(report, name)]
    sheets = [_meta_sheet(report, plain, kind, used, legacy)]
    for name in report.model_fields:
        if name in used and not _is_plain_top(report, name):
            sheets.append(_top_sheet(report, name, _foreign(kind, name, report)))
    return sheets


def own_parts(kind: Optional[str]) -> set[str]:
    """The top-level fields a kind's 填报表 offers; those of every kind when ``kind`` is None."""
    kinds = [kind] if kind else list(KIND_INFO)
    return {name for k in kinds for name in KIND_INFO[k].parts}


def _foreign(kind: Optional[str], name: str, report: type[Report]) -> str:
    """What a sheet or row of another kind's part says: whose part it is, and that it is printed."""
    if kind is None or name in KIND_INFO[kind].parts:
        return ""
    owners = "、".join(info.name for info in KIND_INFO.values() if name in info.parts)
    title = field_title(report, name)
    return f"“{title}”是{owners}的部分，{KINDS[kind]}一般不写；这里填了的内容也会写进报告"


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


def sheet_keys(report: type[Report] = Report) -> dict[str, str]:
    """Every sheet name a reader knows (and each top-level field's key) → the field's key."""
    names = {sheet.name: sheet.key for sheet in sheets_for(None, report)}
    return names | {key: key for key in names.values()}


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


def _top_sheet(report: type[Report], name: str, note: str) -> Sheet:
    info = report.model_fields[name]
    annotation = without_none(info.annotation)
    title = field_title(report, name)
    if _is_model(annotation) and issubclass(annotation, Section):
        blocks: list[Block] = []
        for part_name, part_type in annotation.part_types():
            blocks += _model_blocks(part_type, (name, part_name), part_type.title())
        return Sheet(title, name, tuple(blocks), note=note)
    if _is_model(annotation) and issubclass(annotation, Part):
        return Sheet(title, name, tuple(_model_blocks(annotation, (name,), annotation.title())), note=note)
    block = _field_block(report, name, info, (name,))
    table = block if isinstance(block, TableBlock) else _lines_table(block)
    return Sheet(title, name, table=table, note=note)


def _lines_table(block: Optional[Block]) -> TableBlock:
    """A list of sentences as a sheet of its own: a table of one column."""
    if not isinstance(block, LinesBlock):  # pragma: no cover - a text section is always a list
        raise TypeError(f"cannot lay out {block!r} as a sheet")
    column = Column((), block.title, "lines", block.help)
    return TableBlock(block.loc, block.title, block.help, (column,))


def _meta_sheet(report: type[Report], plain: list[str], kind: Optional[str], used: set[str], legacy: bool) -> Sheet:
    """报告信息: the meta fields and the kind's short texts, then style and formal; last, under a
    heading of their own, the long rows of the report's structure (a part or a level a row)."""
    blocks: list[Block] = []
    for name in _META_FIELDS:
        info = report.model_fields[name]
        model = without_none(info.annotation)
        extra = [_plain_block(report, p, kind) for p in plain] if name == "meta" else []
        blocks += _model_blocks(model, (name,), field_title(report, name), extra, None if legacy else (report, kind, used))
    structure = [block for block in blocks if isinstance(block, KeyedBlock)]
    if structure:
        blocks = [block for block in blocks if not isinstance(block, KeyedBlock)]
        blocks += [Group(STRUCTURE_GROUP, "按本单位的习惯调整各部分的顺序、标题和编号；不调整的都空着"), *structure]
    return Sheet(META_SHEET, "meta", tuple(blocks), columns=HEADER if legacy else INFO_HEADER)


#: The heading of 报告信息's last rows: the order, headings and numbering of the report's parts.
STRUCTURE_GROUP = "本单位的结构和标题"


def _plain_block(report: type[Report], name: str, kind: Optional[str]) -> Optional[Block]:
    """A short text of the report on 报告信息; 开篇补充 is asked in the words of the kind."""
    block = _field_block(report, name, report.model_fields[name], (name,))
    opening = KIND_INFO[kind].opening_help if kind else ""
    foreign = _foreign(kind, name, report)
    if isinstance(block, LinesBlock) and name == "opening" and opening:
        return LinesBlock(block.loc, block.title, opening)
    if isinstance(block, FieldRow) and foreign:
        return FieldRow(block.loc, block.title, f"{block.help}（{foreign}）", block.kind, block.choices)
    if isinstance(block, LinesBlock) and foreign:
        return LinesBlock(block.loc, block.title, f"{block.help}（{foreign}）")
    return block


#: The report's own context for the house-style rows: the model, the kind, the parts it has.
_Context = Optional[tuple[type[Report], Optional[str], set[str]]]


def _model_blocks(
    model: type[BaseModel], loc: Loc, title: str, extra: list[Optional[Block]] | None = None, context: _Context = None
) -> Iterator[Block]:
    """A group for ``model``: its own rows (and ``extra``), then its nested models as groups."""
    yield Group(title, in_words(_description(model), _NAMES))
    nested: list[tuple[str, type[BaseModel]]] = []
    blocks: list[Optional[Block]] = []
    for name, info in model.model_fields.items():
        inner = without_none(info.annotation)
        if _is_model(inner) and inner is not Figure and not _spec_of(info):
            nested.append((name, inner))
        elif context is not None and (rows := _STRUCTURE_ROWS.get((*loc, name))) is not None:
            blocks.append(rows(model, name, info, (*loc, name), context))
        else:
            blocks.append(_field_block(model, name, info, (*loc, name)))
    yield from sorted((block for block in blocks + (extra or []) if block is not None), key=_rank)
    for name, inner in nested:
        yield from _model_blocks(inner, (*loc, name), field_title(model, name), context=context)


def _rank(block: Block) -> int:
    """Figures and single values first, then lists of lines, then tables (as a clerk reads)."""
    return {LinesBlock: 1, PairsBlock: 1, KeyedBlock: 2, TableBlock: 2}.get(type(block), 0)


def _field_block(model: type[BaseModel], name: str, info: FieldInfo, loc: Loc) -> Optional[Block]:
    title = field_title(model, name)
    help = in_words(info.description or "", _NAMES)
    spec = _spec_of(info)
    if spec is not None:
        return FigureRow(loc, spec, model)
    annotation = without_none(info.annotation)
    origin = typing.get_origin(annotation)
    if origin is list:
        (item,) = typing.get_args(annotation)
        if _is_model(item):
            columns, nested = _table_columns(item)
            return TableBlock(loc, title, help or in_words(_description(item), _NAMES), columns, nested)
        return LinesBlock(loc, title, help)
    if origin is dict:
        key, value = typing.get_args(annotation)
        return PairsBlock(loc, title, help, _choices(key), _choices(value))
    kind = _plain_kind(annotation)
    if kind is None:
        return None
    if kind == "choice":
        help = _choice_help(help, _choices(annotation))
    return FieldRow(loc, title, help, kind, _choices(annotation))


def _choice_help(help: str, choices: tuple[str, ...]) -> str:
    """A choice's help names what may be chosen, as the drop-down list offers it."""
    if all(choice in help for choice in choices):
        return f"从下拉列表中选：{help}"
    return "；".join(filter(None, [f"从下拉列表中选：{'、'.join(choices)}", help]))


def _table_columns(item: type[BaseModel]) -> tuple[tuple[Column, ...], Optional[tuple[str, tuple[Column, ...]]]]:
    columns: list[Column] = []
    nested: Optional[tuple[str, tuple[Column, ...]]] = None
    for name, info in item.model_fields.items():
        title = field_title(item, name)
        help = in_words(info.description or "", _NAMES)
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


# -- the house style's rows --------------------------------------------------------------------
def _structure(report: type[Report], kind: Optional[str], used: set[str]) -> list[tuple[str, str]]:
    """(key, name) of every part the report of this kind has that a heading stands for, in the
    kind's order: the sections, each followed by its parts; a heading the kind writes above
    several sections (自评报告's 做法与成效) before the first of them."""
    titles = {key: title for title, key in structure_names(report).items() if title != key}
    order = list(KIND_INFO[kind].fields) if kind else list(report.model_fields)
    tops = sorted((key for key in titles if "." not in key and key in used), key=lambda key: order.index(key) if key in order else len(order))
    keys = [(k, titles[k]) for top in tops for k in titles if k == top or k.startswith(top + ".")]
    above = [key for info in ([KIND_INFO[kind]] if kind else KIND_INFO.values()) for key in info.headings]
    first = next((i for i, (key, _) in enumerate(keys) if key in dict(report.section_types())), len(keys))
    return keys[:first] + [(key, HEADING_KEYS[key]) for key in dict.fromkeys(above) if key in HEADING_KEYS] + keys[first:]


def _order_rows(model: type[BaseModel], name: str, info: FieldInfo, loc: Loc, context: Any) -> KeyedBlock:
    report, kind, used = context
    keys = tuple((key, title) for key, title in _structure(report, kind, used) if key not in HEADING_KEYS)
    help = (
        "想换一种先后顺序时，在各部分后面写上1、2、3……：大的部分之间、同一部分里的各项之间分别按数字从小到大排列；"
        "不写的留在原处"
    )
    inner = frozenset(key for key, _ in keys if "." in key)
    return KeyedBlock(loc, field_title(model, name), help, keys, order=True, inner=inner)


def _heading_rows(model: type[BaseModel], name: str, info: FieldInfo, loc: Loc, context: Any) -> KeyedBlock:
    report, kind, used = context
    keys = _structure(report, kind, used)
    help = "要把某一部分的标题改成本单位的说法时，写在这一部分的“内容”格里，如“坚持党建统领，全面从严治党”；不改的空着"
    inner = frozenset(key for key, _ in keys if "." in key)
    return KeyedBlock(loc, field_title(model, name), help, tuple(keys), inner=inner)


def _numbering_rows(model: type[BaseModel], name: str, info: FieldInfo, loc: Loc, context: Any) -> KeyedBlock:
    level, style = typing.get_args(without_none(info.annotation))
    levels = typing.get_args(level)
    choices = typing.get_args(style)
    keys = tuple((str(n), f"第{n}级标题") for n in levels)
    help = "要换一种编号时，从下拉列表里选；不换的空着（按文种的写法）。第3、4级是段首小标题，选“一是”时写成“一是……二是……”接在同一段里"
    return KeyedBlock(loc, field_title(model, name), help, keys, choices=tuple(str(c) for c in choices))


#: Fields of the house style laid out one row a part or a level (their keys name the parts of
#: the report, which the report's own check resolves, or heading levels).
_STRUCTURE_ROWS: dict[Loc, Callable[[type[BaseModel], str, FieldInfo, Loc, Any], KeyedBlock]] = {
    ("style", "sections"): _order_rows,
    ("style", "headings"): _heading_rows,
    ("style", "numbering"): _numbering_rows,
}


#: A help clause that points to something a form has no cell for (对比年份: on a form it is
#: written in the 上年 cell, ``14.15%（2019年）``, as 填表说明 says).
_NO_CELL = (f"“{Figure.model_fields['previous_year'].title}”",)


def _on_a_form(help: str) -> str:
    return "；".join(clause for clause in help.split("；") if not any(word in clause for word in _NO_CELL))


# -- the legend --------------------------------------------------------------------------------
def legend(sheets: list[Sheet]) -> list[str]:
    """How to write each kind of figure the sheets have, once: the kind's units, then its help."""
    specs: dict[type, list[Spec]] = {}
    for sheet in sheets:
        for block in sheet.blocks:
            if isinstance(block, FigureRow):
                specs.setdefault(type(block.spec), []).append(block.spec)
    lines = []
    for found in specs.values():
        units = list(dict.fromkeys(unit for spec in found for unit in spec.units if unit))
        first = found[0]
        help = first.input_help.split("；单位可写")[0].replace(f"十三{first.unit}", "十三")
        help = help.replace(f"单位为{first.unit}", "单位见这一行的“单位”栏")
        shown = "、".join(units[:12]) + ("……" if len(units) > 12 else "")
        lines.append(f"单位是 {shown} 的项目：{help}" if units else f"比值（如生师比）：{help}")
    declared = {block.spec.unit for sheet in sheets for block in sheet.blocks if isinstance(block, FigureRow)}
    families = _families([unit for unit in UNIT_FAMILIES if unit in declared])
    if families:
        lines.append(f"单位可以换成同一类的写法，报告里照写：{'；'.join(families)}；人次只能写人次")
    return lines


def _families(units: list[str]) -> list[str]:
    """The units that stand for one another, said once: ``人、名、位可以互换``, ``所、间也可写个``."""
    said: dict[tuple[str, ...], list[str]] = {}
    done: set[str] = set()
    for unit in units:
        family = UNIT_FAMILIES[unit]
        if unit in done:
            continue
        if all(set(UNIT_FAMILIES.get(other, ())) == set(family) for other in family):
            said[("",) + family] = []
            done |= set(family)
        else:
            said.setdefault(tuple(u for u in family if u != unit), []).append(unit)
    return [
        f"{'、'.join(key[1:])}可以互换" if key[0] == "" else f"{'、'.join(names)}也可写{'、'.join(key)}"
        for key, names in said.items()
    ]


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


#: English keys a help text names (``相关内容填在 formal 部分``), and how a form names them: the
#: report's parts and the formal document's.
_NAMES = {
    name: field_title(model, name)
    for model in (Report, Formal)
    for name in model.model_fields
    if field_title(model, name) != name
}

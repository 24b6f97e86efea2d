"""The whole report: meta, house-style options and the sections, in document order."""

from typing import Annotated, Any, Iterator, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, PrivateAttr, field_validator, model_validator

from drafter.layout_options import MARGINS, PAGE_NUMBERS, PROFILE, LayoutOption
from drafter.model.choices import ByName
from drafter.model.defaults import empty_list, empty_dict, made_by
from drafter.model.education import Education
from drafter.model.evaluation import Evaluation
from drafter.model.formal import Formal
from drafter.model.meta import Meta
from drafter.model.moral import Moral
from drafter.model.overview import Overview
from drafter.model.party import Party
from drafter.model.points import Measure, Point
from drafter.model.section import Part, Section, section
from drafter.model.support import Support
from drafter.model.teachers import Teachers
from drafter.model.text import Line, OptionalText, Sentences


#: The choices come from their one declaration (layout_options, shared with the command line);
#: a Literal built at run time is one mypy cannot read.
Profile = Annotated[Literal[PROFILE.values], ByName]  # type: ignore[name-defined]
MarginProfile = Annotated[Literal[MARGINS.values], ByName]  # type: ignore[name-defined]
PageNumbers = Annotated[Literal[PAGE_NUMBERS.values], ByName]  # type: ignore[name-defined]


#: Heading levels a data file may renumber, and the numbering styles it may choose from.
HeadingLevel = Literal["1", "2", "3", "4"]
NumberingStyle = Literal["一、", "（一）", "1.", "1、", "（1）", "一是"]


def _layout(option: LayoutOption) -> Any:
    return Field(option.default, title=option.title, description=option.help)


class Style(BaseModel):
    """House-style choices: how figures are written and how the pages are laid out.

    The layout choices can also be given on the command line (``drafter build --profile …``),
    which overrides the data file.
    """

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        title="版式与写法",
        json_schema_extra={"description": "版式（普通报告或正式公文）、页边距、页码位置和数字写法等选项"},
    )

    profile: Profile = _layout(PROFILE)
    margins: MarginProfile = _layout(MARGINS)
    page_numbers: PageNumbers = _layout(PAGE_NUMBERS)
    thousands_separator: bool = Field(
        False,
        title="数字加千位分隔符",
        description="默认不加（98000）；设为 true 时写成 98,000",
    )
    run_in_bold: bool = Field(
        False,
        title="段首小标题加粗",
        description="段首小标题（1.…… （1）…… 一是……）默认和正文一样不加粗（GB/T 9704 只规定字体）；"
        "本单位习惯加粗时设为 true，Word 文档和文字稿预览都加粗",
    )
    sections: list[Line] = Field(
        default_factory=empty_list,
        title="各部分的顺序",
        description="按本单位的习惯排列各部分，如 [\"党的建设\", \"各类教育\", \"教师队伍建设\"]；"
        "也可以排一部分里面的各项，如 [\"义务教育\", \"学前教育\"]；写中文名称或英文键名，没写到的留在原处",
    )
    headings: dict[Line, Line] = Field(
        default_factory=empty_dict,
        title="改写标题",
        description="把某一部分的标题改成本单位的说法，如 {\"党的建设\": \"坚持党建统领，全面从严治党\", "
        "\"学前教育\": \"学前教育普惠发展\"}；键写部分的中文名称或英文键名",
    )
    numbering: dict[HeadingLevel, NumberingStyle] = Field(
        default_factory=empty_dict,
        title="各级标题的编号",
        description="如 {\"3\": \"（1）\"}；第1至4级可选 一、 （一） 1. 1、 （1），"
        "第3、4级（段首小标题）还可选 一是（写成“一是……二是……”接在同一段里）",
    )

    @field_validator("numbering")
    @classmethod
    def _inline_only_for_run_in_levels(cls, numbering: dict[str, str]) -> dict[str, str]:
        for level, example in numbering.items():
            if example == "一是" and level in ("1", "2"):
                raise ValueError(f"第{level}级标题单独成行，不能用“一是”；“一是……二是……”只能用于第3、4级（段首小标题）")
        return numbering

    @field_validator("headings")
    @classmethod
    def _headings_are_lines(cls, headings: dict[str, str]) -> dict[str, str]:
        cleaned = {key.strip(): text.strip().rstrip("。") for key, text in headings.items()}
        for key, text in cleaned.items():
            if not text:
                raise ValueError(f"“{key}”的新标题是空的：请写上标题，或者删掉这一项")
        return cleaned


def _sentences(title: str, description: str) -> Any:
    return Field(default_factory=empty_list, title=title, description=description)


class Report(BaseModel):
    """Everything drafter needs to write one report."""

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        populate_by_name=True,
        title="drafter 报告数据",
        json_schema_extra={"description": "drafter build 读取的报告数据文件"},
    )

    schema_ref: Optional[str] = Field(
        None,
        alias="$schema",
        title="JSON Schema 地址",
        description="可选：编辑器据此提示和检查字段，可填 drafter schema 输出文件的路径",
    )
    meta: Meta
    style: Style = Field(default_factory=made_by(Style), title="版式与写法")
    formal: Formal = Field(default_factory=made_by(Formal), title="公文版头与版记")
    opening: Sentences = _sentences("开篇补充", "接在开篇套话之后的句子，如“在区委、区政府的坚强领导下……”")
    overview: Overview = Field(default_factory=made_by(Overview), title=Overview.title())
    evaluation: Evaluation = Field(default_factory=made_by(Evaluation), title=Evaluation.title())
    party: Party = section(Party)
    moral: Moral = section(Moral)
    education: Education = section(Education)
    teachers: Teachers = section(Teachers)
    support: Support = section(Support)
    problems: list[Point] = _sentences(
        "存在问题", "每条一句；自评报告中每条可写小标题和内容，如“办学条件还需要进一步改善”"
    )
    measures: list[Measure] = _sentences(
        "改进措施", "自评报告的改进措施：每项一个小标题，下面按“一是……二是……”写具体做法"
    )
    outlook: Sentences = _sentences(
        "下年工作总体思路", "写在下年工作重点之前的总体要求，如“新的一年，……重点实施‘五大行动’”"
    )
    next_steps: list[Point] = _sentences(
        "下一步工作", "下一年的工作重点，每条一句；要小标题时写小标题和内容"
    )
    basis: OptionalText = Field(
        None,
        title="自评依据",
        description="自评报告开头引用的文件名称和文号，如《……督导检查方案的通知》（津教督导室〔2024〕12号）",
    )
    #: Where the values came from when they were read from files: field path → how a message names
    #: its place (``基教股.xlsx 各类教育!D7 新增学前学位``); see :func:`drafter.model.paths.origin_of`.
    _origins: Any = PrivateAttr(None)

    @model_validator(mode="after")
    def _structure_names_are_known(self) -> "Report":
        """``style.sections`` and ``style.headings`` name parts of this model; store their keys."""
        names = structure_names(type(self))
        movable = {name: key for name, key in names.items() if key not in HEADING_KEYS}
        self.style.sections = [_known(movable, name, "style.sections") for name in self.style.sections]
        self.style.headings = {
            _known(names, key, "style.headings"): text for key, text in self.style.headings.items()
        }
        return self

    @model_validator(mode="after")
    def _plan_numbers_are_targets(self) -> "Report":
        """In a 工作要点 a figure written as one number is the year's target (新增学位1350个)."""
        if self.meta.kind == "plan":  # 基本情况 and 自评结果 say how things are, not targets
            for _, prt in self.section_parts():
                for name, figure in list(prt.figures()):
                    if figure.target is None and figure.previous is None and figure.value is not None:
                        setattr(prt, name, figure.model_copy(update={"target": figure.value, "value": None}))
        return self

    @classmethod
    def top_part_types(cls) -> Iterator[tuple[str, type[Part]]]:
        """Parts that stand at the top level of the data (基本情况, 自评结果)."""
        for name, info in cls.model_fields.items():
            if isinstance(info.annotation, type) and issubclass(info.annotation, Part):
                yield name, info.annotation

    @classmethod
    def section_types(cls) -> Iterator[tuple[str, type[Section]]]:
        for name, info in cls.model_fields.items():
            if isinstance(info.annotation, type) and issubclass(info.annotation, Section):
                yield name, info.annotation

    def sections(self) -> Iterator[tuple[str, Section]]:
        for name, _ in self.section_types():
            yield name, getattr(self, name)

    def section_parts(self) -> Iterator[tuple[str, Part]]:
        """The parts of the sections (党的建设 … 综合保障) with their dotted paths."""
        for section_name, sec in self.sections():
            for part_name, prt in sec.parts():
                yield f"{section_name}.{part_name}", prt

    def all_parts(self) -> Iterator[tuple[str, Part]]:
        """Every part with its dotted path, the top-level ones (overview, evaluation) first."""
        for name, _ in self.top_part_types():
            yield name, getattr(self, name)
        for section_name, sec in self.sections():
            for part_name, prt in sec.parts():
                yield f"{section_name}.{part_name}", prt

    def to_json_data(self) -> dict:
        return self.model_dump(mode="json", by_alias=True, exclude_defaults=True)


#: Top-level fields written as sections of their own, which a data file may move or rename.
_TEXT_SECTIONS = ("problems", "measures", "outlook", "next_steps")
#: Headings a kind writes above several parts, which a data file may rename but not move.
HEADING_KEYS = {"work": "做法与成效"}


def structure_names(report: type[Report]) -> dict[str, str]:
    """Every name a clerk may use for a section or part (key or Chinese title) → its key."""
    names: dict[str, str] = {}

    def add(key: str, title: str) -> None:
        names[key] = key
        names.setdefault(title, key)

    for key, part_type in report.top_part_types():
        add(key, part_type.title())
    for key, section_type in report.section_types():
        add(key, section_type.title())
        for part_key, part_type in section_type.part_types():
            add(f"{key}.{part_key}", part_type.title())
    for key in _TEXT_SECTIONS:
        add(key, str(report.model_fields[key].title))
    for key, title in HEADING_KEYS.items():
        add(key, title)
    return names


def _known(names: dict[str, str], name: str, field: str) -> str:
    key = names.get(name.strip())
    if key is None:
        choices = "、".join(title for title, k in names.items() if title != k)
        raise ValueError(f"{field} 里的“{name}”不是报告的一部分。可以写：{choices}")
    return key

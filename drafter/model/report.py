"""The whole report: meta, house-style options and the sections, in document order."""

from __future__ import annotations

from typing import Iterator, Literal, Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from drafter.model.education import Education
from drafter.model.formal import Formal
from drafter.model.meta import Meta
from drafter.model.moral import Moral
from drafter.model.overview import Overview
from drafter.model.party import Party
from drafter.model.section import Part, Section, section
from drafter.model.support import Support
from drafter.model.teachers import Teachers


Profile = Literal["report", "formal"]
MarginProfile = Literal["standard", "electronic"]
PageNumbers = Literal["outside", "center"]


class Style(BaseModel):
    """House-style choices: how figures are written and how the pages are laid out.

    The layout choices can also be given on the command line (``drafter build --profile …``),
    which overrides the data file.
    """

    model_config = ConfigDict(
        extra="forbid",
        title="版式与写法",
        json_schema_extra={"description": "版式（普通报告或正式公文）、页边距、页码位置和数字写法等选项"},
    )

    profile: Profile = Field(
        "report",
        title="版式",
        description=(
            "report＝报告材料（默认，不带红头）；formal＝正式公文：红色发文机关标志、发文字号、"
            "红色分隔线，末页版记（抄送、印发机关和印发日期），相关内容填在 formal 部分"
        ),
    )
    margins: MarginProfile = Field(
        "standard",
        title="页边距",
        description=(
            "standard＝GB/T 9704 标准：上37、下35、左28、右26毫米，行距28.95磅（默认）；"
            "electronic＝GB/T 33476.2 电子公文显现：上34.58、下32.58毫米，行距29.45磅"
        ),
    )
    page_numbers: PageNumbers = Field(
        "outside",
        title="页码位置",
        description="outside＝单页居右、双页居左，各空一字（GB/T 9704，默认）；center＝每页居中",
    )

    thousands_separator: bool = Field(
        False,
        title="数字加千位分隔符",
        description="默认不加（98000）；设为 true 时写成 98,000",
    )


def _sentences(title: str, description: str) -> Field:  # type: ignore[valid-type]
    return Field(default_factory=list, title=title, description=description)


class Report(BaseModel):
    """Everything drafter needs to write one report."""

    model_config = ConfigDict(
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
    style: Style = Field(default_factory=Style, title="版式与写法")
    formal: Formal = Field(default_factory=Formal, title="公文版头与版记")
    opening: list[str] = _sentences("开篇补充", "接在开篇套话之后的句子，如“在区委、区政府的坚强领导下……”")
    overview: Overview = Field(default_factory=Overview, title=Overview.title())
    party: Party = section(Party)
    moral: Moral = section(Moral)
    education: Education = section(Education)
    teachers: Teachers = section(Teachers)
    support: Support = section(Support)
    problems: list[str] = _sentences("存在问题", "每条一句")
    next_steps: list[str] = _sentences("下一步工作", "每条一句或一段")

    @field_validator("opening", "problems", "next_steps")
    @classmethod
    def _drop_blank_lines(cls, lines: list[str]) -> list[str]:
        return [line.strip() for line in lines if line.strip()]

    @classmethod
    def section_types(cls) -> Iterator[tuple[str, type[Section]]]:
        for name, info in cls.model_fields.items():
            if isinstance(info.annotation, type) and issubclass(info.annotation, Section):
                yield name, info.annotation

    def sections(self) -> Iterator[tuple[str, Section]]:
        for name, _ in self.section_types():
            yield name, getattr(self, name)

    def all_parts(self) -> Iterator[tuple[str, Part]]:
        """Every part with its dotted path, the overview first."""
        yield "overview", self.overview
        for section_name, sec in self.sections():
            for part_name, prt in sec.parts():
                yield f"{section_name}.{part_name}", prt

    def to_json_data(self) -> dict:
        return self.model_dump(mode="json", by_alias=True, exclude_defaults=True)

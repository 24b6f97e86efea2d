"""Building blocks of the report's sections.

A *part* is what one run-in heading of the report talks about (学前教育, 学生资助 …): its figures,
the clerk's own sentences (做法与成效) and the clerk's own figures for district-specific items.
A *section* (党建, 各类教育 …) groups parts. Titles live on the classes (``model_config``), so
every other stage reads them from one place.
"""

from typing import Any, Iterator

from pydantic import BaseModel, ConfigDict, Field, model_validator

from drafter.model.defaults import empty_list, made_by
from drafter.model.figure import Figure, HasFigures, spec_for_unit
from drafter.model.items import Honour
from drafter.model.text import Line, Sentences
from drafter.model.titled import Titled


class CustomFigure(BaseModel):
    """A district-specific figure: ``{"name": "建成家长学校", "value": "45", "unit": "所"}``.

    Figures about one thing share a ``subject`` and are written as one sentence that names it
    once: ``城区新建春晖路小学，占地24亩，建筑面积8800平方米，投资2800万元。``
    """

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        title="自定义数据",
        json_schema_extra={"description": "本区（县）特有的数据：名称、数值、单位；说同一件事的几项写同一个“主体”"},
    )

    name: Line = Field(
        title="名称",
        min_length=1,
        description="写成句子开头的样子，如“建成家长学校”“开展家访”；有主体时写“占地”“建筑面积”",
    )
    unit: Line = Field("", title="单位", description="如 所、个、人次、%、万元")
    value: Figure = Field(title="数值")
    subject: Line = Field(
        "",
        title="主体",
        description="几项数据说的是同一件事时写上，只写一次，如“城区新建春晖路小学”；不填时各项各成一句",
    )

    @model_validator(mode="after")
    def _attach_spec(self) -> "CustomFigure":
        spec = spec_for_unit(self.name, self.unit, self.value.value or self.value.target)
        self.value = spec.attach(self.value)  # type: ignore[assignment]  # a figure in, a figure out
        return self


class Part(HasFigures):
    """One subsection: figures declared by subclasses, plus the clerk's sentences, honours and figures."""

    basis: Line = Field(
        "",
        title="依据和背景",
        description="写在这一部分开头，说明依据什么、在什么支持下开展，如“在区委、区政府的大力支持下”"
        "“落实《学前教育深化改革规范发展行动计划》”；不写句号",
    )
    highlights: Sentences = Field(
        default_factory=empty_list,
        title="做法与成效",
        description="要写进这一部分的句子，每条一句，按原样写入报告",
    )
    honours: list[Honour] = Field(
        default_factory=empty_list,
        title="荣誉和称号",
        description="获评的荣誉、示范校、特色校、奖项，每项一条：级别、称号、数量、获评单位",
    )
    custom: list[CustomFigure] = Field(
        default_factory=empty_list,
        title="其他数据",
        description="本区（县）特有、上面没有列出的数据",
    )

    @property
    def basis_alone(self) -> bool:
        """Only a basis entered (and figures a report does not say, 0所): it opens a sentence
        (在区委、区政府的大力支持下，……) that would have nothing to say, so the report leaves it
        out and the clerk is told."""
        if not self.basis:
            return False
        unsaid = {name for name, figure in self.figures() if figure.none_to_report}
        return not self.model_dump(exclude_defaults=True, exclude={"basis", *unsaid})


class Section(Titled):
    """A top-level section: a group of parts."""

    @classmethod
    def part_types(cls) -> Iterator[tuple[str, type[Part]]]:
        for name, info in cls.model_fields.items():
            if isinstance(info.annotation, type) and issubclass(info.annotation, Part):
                yield name, info.annotation

    def parts(self) -> Iterator[tuple[str, Part]]:
        for name, _ in self.part_types():
            yield name, getattr(self, name)


def part(cls: type[Part]) -> Any:
    """Declare a part field of a section (it defaults to empty)."""
    return Field(default_factory=made_by(cls), title=cls.title())


def section(cls: type[Section]) -> Any:
    return Field(default_factory=made_by(cls), title=cls.title())

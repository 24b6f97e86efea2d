"""Lists of typed items: honours, building projects, funds.

Where a list fits better than a field — a bureau has as many projects, honours or special funds
as it has — the clerk enters one item per entry, each with its own typed figures. The items of a
part are written together, as sentences grouped by subject (one project a sentence; the
honours of a part in one sentence).
"""

from decimal import Decimal
from typing import Annotated, Any, ClassVar

from pydantic import ConfigDict, Field, field_validator, model_validator

from drafter.model.amount import parse_amount
from drafter.model.defaults import empty_list
from drafter.model.figure import Count, Fig, HasFigures, Money, Quantity, Rate
from drafter.model.relations import AtMost, Cumulative, Relations
from drafter.model.text import Line, OptionalText, Sentences, without_end_mark


#: Units an honour is counted in: schools, organisations, people, awards, teams, works, lessons, courses.
HONOUR_UNITS = ("个", "所", "名", "人", "项", "件", "支", "家", "篇", "部", "枚", "处", "次", "人次", "节", "门")
#: Units of the people (or schools) a fund reaches.
REACH_UNITS = ("人", "名", "人次", "户", "所", "个")


def _line(title: str, description: str, default: str | None = "") -> Any:
    return Field(default, title=title, description=description)


class Honour(HasFigures):
    """An honour, a 示范校/特色校 title or an award: ``获评国家级青少年校园足球特色学校3所（实验小学……）``."""

    model_config = ConfigDict(
        title="荣誉称号",
        json_schema_extra={
            "description": "一项荣誉：级别、称号、数量和获评单位，如 {\"level\": \"国家级\", \"name\": "
            "\"青少年校园足球特色学校\", \"count\": \"3所\", \"winners\": [\"实验小学\"]}"
        },
    )

    name: Line = Field(
        title="称号",
        min_length=1,
        description="如“青少年校园足球特色学校”“文明校园”“优秀组织奖”；以“荣获”“入选”等开头时照写",
    )
    level: OptionalText = _line("级别", "如 国家级、省级、市级、区（县）级；称号里已有级别时不填", None)
    count: Annotated[
        Fig, Count("获评数量", "个", help="如 3所、5个、12名；只有一个单位时可以只写获评单位", units=HONOUR_UNITS, say="获评{}")
    ] = None
    total: Annotated[Fig, Count("累计数量", "个", help="累计达到的数量，如“累计达12所”", units=HONOUR_UNITS, say="累计{}")] = None
    winners: Sentences = Field(
        default_factory=empty_list,
        title="获评单位或个人",
        description="每条一个名称，如“东丽区实验小学”",
    )

    @field_validator("name")
    @classmethod
    def _strip(cls, name: str) -> str:
        return without_end_mark(name)

    @model_validator(mode="before")
    @classmethod
    def _bare_counts_in_their_unit(cls, data: Any) -> Any:
        """A bare number counts in the unit the other count was written in (获评3所, 累计 12 →
        12所, not the field's own 个), or in 所 for an honour given to schools (…特色学校、文明校园)."""
        if not isinstance(data, dict):
            return data
        unit = _typed_unit(data.get("count")) or _typed_unit(data.get("total")) or _schools_unit(data.get("name"))
        bare = {key: f"{data[key]}{unit}" for key in ("count", "total") if _typed_unit(data.get(key)) == ""}
        return {**data, **bare} if unit and bare else data

    relations: ClassVar[Relations] = (
        AtMost("count", "total", because="累计数量包括本年获评的"),
        Cumulative("total", because="累计获评的数量只增不减"),
    )


class Project(HasFigures):
    """A building project: ``新建春晖路小学，占地24亩，建筑面积8800平方米，总投资2800万元……``."""

    model_config = ConfigDict(
        title="建设项目",
        json_schema_extra={"description": "一个学校建设项目：名称、建设方式、面积、投资、新增学位和进度"},
    )

    name: Line = Field(title="项目名称", min_length=1, description="如“春晖路小学”“第五幼儿园加固改造工程”")
    action: OptionalText = _line("建设方式", "如 新建、改扩建、迁建、加固改造；名称里已经写了时不填", None)
    site_area: Annotated[Fig, Quantity("占地面积", "亩", help="可写 24亩 或 16000平方米", units=("亩", "平方米", "公顷"), say="占地面积{}")] = None
    floor_area: Annotated[Fig, Quantity("建筑面积", "平方米", help="可写 8800平方米 或 1.2万平方米", say="建筑面积{}")] = None
    investment: Annotated[Fig, Money("总投资", say="总投资{}")] = None
    invested: Annotated[Fig, Money("累计完成投资", help="到年底已完成的投资", say="累计完成投资{}")] = None
    places: Annotated[Fig, Count("新增学位", "个", say="新增学位{}")] = None
    classes: Annotated[Fig, Count("办学规模", "个班", help="建成后的班级数，如 36个班", say="办学规模{}")] = None
    status: OptionalText = _line("进度", "如 已竣工投入使用、主体完工、9月开工建设", None)
    progress: Annotated[Fig, Rate("工程进度", help="完成工程量的比例", say="工程进度{}")] = None

    relations: ClassVar[Relations] = (
        AtMost("invested", "investment", because="累计完成投资一般不超过总投资", certain=False),
        Cumulative("invested", because="累计完成投资只增不减"),
    )


class Fund(HasFigures):
    """A special fund or an investment: ``争取上级学前教育专项资金1200万元，用于……，惠及幼儿3000人``."""

    model_config = ConfigDict(
        title="专项资金",
        json_schema_extra={"description": "一笔专项资金或项目投入：名称、金额、用途和受益人数"},
    )

    name: Line = Field(
        title="名称",
        min_length=1,
        description="写成句子开头的样子，如“争取上级学前教育专项资金”“发放普通高中国家助学金”",
    )
    amount: Annotated[Fig, Money("金额", say="{}")] = None
    purpose: OptionalText = _line("用途", "如“用于新建和改扩建幼儿园”", None)
    beneficiaries: Annotated[Fig, Count("惠及人数", "人", help="如 3000人、1.2万人次、45所", units=REACH_UNITS, say="惠及{}")] = None


#: How the name of an honour given to schools ends.
_SCHOOL_ENDINGS = ("学校", "校", "幼儿园", "校园")


def _schools_unit(name: Any) -> str | None:
    return "所" if isinstance(name, str) and without_end_mark(name).endswith(_SCHOOL_ENDINGS) else None


def _typed_unit(amount: Any) -> str | None:
    """The unit written in a one-value amount (``""`` for a bare number); None for anything else."""
    if isinstance(amount, bool) or not isinstance(amount, (str, int, float, Decimal)):
        return None
    try:
        return parse_amount(str(amount)).unit
    except ValueError:
        return None

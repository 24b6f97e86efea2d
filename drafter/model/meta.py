"""Report meta: who issues the report, for which year, of which kind, and when."""

import datetime as dt
from typing import Annotated, Literal

from pydantic import BaseModel, ConfigDict, Field, ValidationInfo, field_validator

from drafter.model.choices import ByName
from drafter.model.dates import Date, Year
from drafter.model.defaults import made_by
from drafter.model.kinds import KIND_INFO
from drafter.model.place import UNITS
from drafter.model.text import Line, OptionalText, OptionalTitle, quoted

#: The kinds of document drafter writes, with their Chinese names.
KINDS: dict[str, str] = {kind: info.name for kind, info in KIND_INFO.items()}

Kind = Annotated[Literal["summary", "plan", "self_evaluation", "summary_and_plan"], ByName]


class Phrases(BaseModel):
    """Stock phrases that depend on when the report is written; empty means “use the built-in table”."""

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        title="套话",
        json_schema_extra={"description": "随成文时间变化的固定说法，不填时自动确定"},
    )

    congress: OptionalText = Field(
        None,
        title="学习贯彻的会议精神",
        description="如“党的二十大和二十届二中、三中全会”；不填时按成文日期自动确定",
    )
    plan_period: OptionalText = Field(
        None,
        title="五年规划名称",
        description="如“十四五”；不填时按年度自动确定",
    )
    area: OptionalText = Field(
        None,
        title="全区（县）的说法",
        description="如“全区”“全县”“全市”；不填时按区（县）名称的最后一个字确定",
    )
    government: OptionalText = Field(
        None,
        title="区（县）人民政府全称",
        description="自评报告的署名和标题用，如“天津市静海区人民政府”；不填时由省（市）和区（县）名称组成",
    )


class Meta(BaseModel):
    model_config = ConfigDict(defer_build=True, extra="forbid", title="报告信息")

    region: Line = Field(title="省（市）", min_length=1, description="如 天津市、浙江省杭州市")
    district: Line = Field(title="区（县）", min_length=1, description="如 东丽区")
    organ: Line = Field(
        title="发文机关",
        min_length=1,
        description="署名用的全称，如 天津市东丽区教育局",
    )
    year: Year = Field(title="年度", description="报告所写的年度，如 2024")
    kind: Kind = Field(
        "summary",
        title="文种",
        description=(
            "summary＝年度教育工作总结；plan＝教育工作要点；self_evaluation＝履行教育职责情况自评报告；"
            "summary_and_plan＝工作总结及下年工作思路"
        ),
    )
    date: Date = Field(title="成文日期", description="如 2024-12-31 或 2024年12月31日")
    recipient: OptionalText = Field(
        None,
        title="主送机关",
        description="报送对象，如 市政府教育督导室；工作总结通常不写，自评报告不填时按模板写“市政府教育督导室”",
    )
    title: OptionalTitle = Field(
        None,
        title="标题",
        description="不填时自动生成，如 天津市东丽区2024年教育工作总结",
    )
    phrases: Phrases = Field(default_factory=made_by(Phrases), title="套话")

    @field_validator("district")
    @classmethod
    def _full_name(cls, district: str) -> str:
        """The place words (全区/全县, 区级/县级) come from the name's last character: a name cut
        short would be guessed to be a 区."""
        if not district.endswith(UNITS):
            raise ValueError(
                f"“{quoted(district, 20)}”不是区（县）的全称，看不出是区、县、市还是旗；请写全称，如 青溪县、东丽区、达拉特旗"
            )
        return district

    @field_validator("date")
    @classmethod
    def _near_the_year(cls, date: dt.date, info: ValidationInfo) -> dt.date:
        """A plan may be dated late in the year before, a summary early in the year after; a
        date further off is a typo, and the opening would cite the wrong 党代会."""
        year = info.data.get("year")
        if year is not None and not year - 1 <= date.year <= year + 1:
            raise ValueError(
                f"{date.year}年{date.month}月{date.day}日和年度{year}年对不上，"
                f"成文日期应在{year - 1}年至{year + 1}年之间；请核对成文日期和年度（meta.year）"
            )
        return date

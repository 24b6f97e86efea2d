"""The facts of a formal document (the ``formal`` profile): 版头 and 版记 (GB/T 9704-2012 7.2, 7.4),
and the 印发通知 a report may be issued with (``notice``, see ``notice.py``).

The 发文字号 is checked as 7.2.5 writes it: 机关代字 + 年份 in 六角括号 + 序号 + 号, the year in
full, no “第”, the number without leading zeros — ``东教发〔2022〕5号``.
"""

import re
from typing import Optional

from pydantic import BaseModel, ConfigDict, Field, field_validator

from drafter.model.dates import Date
from drafter.model.defaults import empty_list
from drafter.model.notice import Notice
from drafter.model.text import Line, OptionalText

NUMBER_EXAMPLE = "东教发〔2022〕5号"
_NUMBER = re.compile(r"^(?P<code>[^〔〕]+)〔(?P<year>\d{4})〕(?P<seq>[1-9]\d*)号$")
_WRONG_BRACKETS = re.compile(r"[\[\]［］【】()（）〈〉<>{}｛｝]")


def check_document_number(value: str) -> str:
    """The 发文字号 as given, or a ``ValueError`` saying in Chinese what to change."""
    text = value.strip()
    if _NUMBER.match(text):
        return text
    raise ValueError(f"“{text}”{_number_problem(text)}，应写成如“{NUMBER_EXAMPLE}”的样子")


def _number_problem(text: str) -> str:
    if "第" in text:
        return "的序号前不加“第”字"
    if _WRONG_BRACKETS.search(text) or "〔" not in text or "〕" not in text:
        return "的年份要用六角括号〔〕括起来（不用[ ]、（ ）或【 】）"
    code, _, rest = text.partition("〔")
    year, _, tail = rest.partition("〕")
    if not code.strip():
        return "缺少机关代字"
    if not re.fullmatch(r"\d{4}", year):
        return "的年份要写全四位"
    if not tail.endswith("号"):
        return "的序号后面要有“号”字"
    if tail.startswith("0"):
        return "的序号不编虚位（写“5号”，不写“05号”）"
    return "格式不对"


class Formal(BaseModel):
    """版头与版记, used when the report is laid out as a formal document (``style.profile``), and
    the 印发通知, used with either profile: a report profile gives the notice without 红头 and 版记,
    as a bureau's website or an unsealed draft shows it.
    """

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        title="公文版头与版记",
        json_schema_extra={
            "description": (
                "版式选 formal（正式公文）时使用：红头的发文机关标志、发文字号，末页版记的抄送、印发机关和印发日期；"
                "印发通知（notice）两种版式都可以用"
            )
        },
    )

    number: OptionalText = Field(
        None,
        title="发文字号",
        description=f"如 {NUMBER_EXAMPLE}：年份写全并用六角括号〔〕，序号前不加“第”，不编虚位；正式公文必须填写",
    )
    mark: OptionalText = Field(
        None,
        title="发文机关标志",
        description="红头上的机关名称，如“天津市东丽区教育局文件”；不填时用发文机关加“文件”",
    )
    copy_to: list[Line] = Field(
        default_factory=empty_list,
        title="抄送机关",
        description="每项一个机关，如“区委教育工委”；不填时版记不排抄送",
    )
    printer: OptionalText = Field(
        None,
        title="印发机关",
        description="一般是发文机关的办公室，如“天津市东丽区教育局办公室”；不填时用发文机关",
    )
    print_date: Optional[Date] = Field(
        None,
        title="印发日期",
        description="如 2022-03-01 或 2022年3月1日；不填时用成文日期",
    )
    #: Titled and described once, on the model (notice.py).
    notice: Optional[Notice] = None

    @field_validator("number")
    @classmethod
    def _number(cls, value: Optional[str]) -> Optional[str]:
        if value is None or not value.strip():
            return None
        return check_document_number(value)

    @field_validator("copy_to")
    @classmethod
    def _names(cls, names: list[str]) -> list[str]:
        return [name.strip().rstrip("，,。") for name in names if name.strip()]

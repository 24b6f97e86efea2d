"""印发通知: the notice a bureau wraps around a report it issues as a document of its own.

A district's 工作要点 is usually published as ``天津市东丽区教育局关于印发《天津市东丽区2022年
教育工作要点》的通知``: a one-sentence notice to the schools and offices, signed and dated, with the
report itself following on a new page. The data file names the notice's 主送机关 and, if it wants
other words, the request that closes its sentence; the title and the sentence are composed.
"""

from typing import Any

from pydantic import BaseModel, ConfigDict, Field, field_validator

from drafter.model.text import Line

#: The closing request of the notice's sentence when the data file gives none (Dongli 2022).
DEFAULT_REQUEST = "请认真抓好贯彻落实"
RECIPIENTS_EXAMPLE = "各中小学、幼儿园"
#: Punctuation a clerk may type after a name; the writer adds the 全角冒号 itself (7.3.2).
_TRAILING = "：:，,、。；; "


class Notice(BaseModel):
    """The notice's own facts; its title, sentence, 署名 and 成文日期 come from the report."""

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        title="印发通知",
        json_schema_extra={
            "description": (
                "把报告作为“××关于印发《报告标题》的通知”发出时填写。通知在前（标题、主送机关、一句正文、"
                "署名和成文日期），报告另起一页排在后面；正式公文版式下带红头和版记，报告材料版式下不带"
            )
        },
    )

    recipients: list[Line] = Field(
        title="主送机关",
        description=(
            "通知发给谁，每项一个机关或一类单位，如 [\"各中小学\", \"幼儿园\", \"各科室及其他事业单位\"]，"
            f"写出来依次用顿号隔开；也可以整句写成一项，如 [\"{RECIPIENTS_EXAMPLE}\"]；末尾不用加冒号"
        ),
        json_schema_extra={"minItems": 1},
    )
    request: Line = Field(
        DEFAULT_REQUEST,
        title="贯彻要求",
        description=f"通知正文“现将《……》印发给你们，”后面的要求，如“请结合实际认真贯彻执行”；不填时为“{DEFAULT_REQUEST}”",
    )

    @field_validator("recipients", mode="before")
    @classmethod
    def _one_line_is_one_item(cls, value: Any) -> Any:
        return [value] if isinstance(value, str) else value

    @field_validator("recipients")
    @classmethod
    def _names(cls, names: list[str]) -> list[str]:
        cleaned = [name.strip().rstrip(_TRAILING) for name in names]
        cleaned = [name for name in cleaned if name]
        if not cleaned:
            raise ValueError(f"印发通知至少要写一个主送机关，如“{RECIPIENTS_EXAMPLE}”")
        return cleaned

    @field_validator("request")
    @classmethod
    def _request(cls, value: str) -> str:
        return value.strip().strip("，,").rstrip("。.；;！!").strip() or DEFAULT_REQUEST

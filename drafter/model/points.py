"""Numbered points the clerk writes in words: 存在问题, 改进措施, 下年工作重点.

A point is a short title and its sentences (``（一）办学条件还需要进一步改善。我区……``), or
just sentences (``一是师资结构性缺编``). In JSON a plain string is a point without a title, so a
list of sentences stays a valid list of points. A :class:`Measure` groups points under a title
(``（一）坚持改革创新…`` followed by ``一是…二是…``), as 改进措施 do in a 自评报告.
"""

from typing import Any

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import core_schema

from drafter.model.defaults import empty_list
from drafter.model.text import Line, Sentences


class Point(BaseModel):
    """One point: an optional short title and its sentences."""

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        title="条目",
        json_schema_extra={
            "description": "直接写一句话；要小标题时写成对象 {\"title\": 小标题, \"text\": [内容…]}"
        },
    )

    title: Line = Field(
        "",
        title="小标题",
        description="如“办学条件还需要进一步改善”“实施‘学有优教’行动”；不写句号",
    )
    text: Sentences = Field(default_factory=empty_list, title="内容", description="每条一句，按原样写入报告")

    @model_validator(mode="before")
    @classmethod
    def _sentence_is_text(cls, data: Any) -> Any:
        return {"text": [data]} if isinstance(data, str) else data

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        return {"anyOf": [{"type": "string"}, handler(schema)]}

    @field_validator("title")
    @classmethod
    def _strip_title(cls, title: str) -> str:
        return title.strip().rstrip("。；;")

    @model_validator(mode="after")
    def _not_empty(self) -> "Point":
        if not (self.title or self.text or self._has_more()):
            raise ValueError("这一条是空的：请写小标题或内容，或者删掉它")
        return self

    def _has_more(self) -> bool:
        return False

    @model_serializer(mode="wrap")
    def _compact(self, handler: Any) -> Any:
        data = handler(self)
        if not self.title and len(self.text) == 1 and not self._has_more():
            return self.text[0]
        return {key: value for key, value in data.items() if value}


class Measure(Point):
    """A group of points under one title: ``（一）坚持改革创新……`` then ``一是……二是……``."""

    model_config = ConfigDict(
        title="措施",
        json_schema_extra={
            "description": "一项措施：小标题（title）、总的说明（text，可不填）和具体做法（points，每条可有小标题）"
        },
    )

    points: list[Point] = Field(
        default_factory=empty_list,
        title="具体做法",
        description="按“一是……二是……”写出的各条做法",
    )

    def _has_more(self) -> bool:
        return bool(self.points)

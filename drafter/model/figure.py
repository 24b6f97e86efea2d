"""Figures: a value with a unit and meaning, last year's value and a target.

A field of the report is declared once, with everything the rest of the program needs::

    new_places: Annotated[Fig, Count("新增学前学位", "个", help="…")] = None

The :class:`Spec` in the annotation (``Count``, ``Rate``, ``Money``, ``Quantity``) carries the
Chinese title, unit, range and help text. Validation, the JSON Schema, the questionnaire and the
templates all read them from there.
"""

from __future__ import annotations

import re
from decimal import Decimal
from typing import Any, ClassVar, Optional

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PrivateAttr,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

from drafter.model.amount import Amount


class Figure(BaseModel):
    """One figure: this year's value, optionally last year's value and a target.

    In JSON a figure is either the value alone (``"280余"``, ``98.93``, ``"14.20亿元"``) or an
    object ``{"value": …, "previous": …, "target": …}``. A 工作要点 states targets before there
    is a result, so a figure may carry only a target (``{"target": 1350}``); it then says nothing
    in a summary until its value is entered.
    """

    model_config = ConfigDict(
        extra="forbid",
        title="数值",
        json_schema_extra={"description": "只填本年数值时直接写数字或文字，如 \"280余\"；有上年数值或目标值时写成对象"},
    )

    value: Optional[Amount] = Field(
        None,
        title="本年数值",
        description="总结中是本年实际数值；工作要点中是现有水平（可不填）",
    )
    previous: Optional[Amount] = Field(None, title="上年数值")
    previous_year: Optional[int] = Field(
        None,
        title="对比年份",
        description="对比数值不是上一年的时填写，如“从2019年的14.15%提高到17.13%”中的 2019",
        ge=1949,
        le=2100,
    )
    target: Optional[Amount] = Field(
        None,
        title="目标值",
        description="年度目标，如工作要点中的“新增学位1350个”；总结据此写出目标完成情况",
    )

    _spec: Optional["Spec"] = PrivateAttr(default=None)

    @model_validator(mode="before")
    @classmethod
    def _scalar_is_value(cls, data: Any) -> Any:
        if isinstance(data, (str, int, float, Decimal, Amount)) and not isinstance(data, bool):
            return {"value": data}
        return data

    @model_validator(mode="after")
    def _value_or_target(self) -> "Figure":
        if self.value is None and self.target is None:
            raise ValueError("请填写本年数值（value）或目标值（target）")
        return self

    @model_serializer(mode="wrap")
    def _compact(self, handler: Any) -> Any:
        if self.value is not None and self.previous is None and self.target is None and self.previous_year is None:
            return self.value.text
        return {k: v for k, v in handler(self).items() if v is not None}

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        return {"anyOf": [{"type": "number"}, {"type": "string"}, handler(schema)]}

    @property
    def spec(self) -> "Spec":
        if self._spec is None:  # pragma: no cover - a Figure always comes from a field
            raise RuntimeError("figure without a field spec")
        return self._spec


Fig = Optional[Figure]


class Spec:
    """What a figure field means: Chinese title, unit, range and help text.

    Used as ``Annotated`` metadata; it checks each amount of the figure against the field and
    annotates the JSON Schema with the same title, unit and help.
    """

    kind: ClassVar[str] = ""
    #: How to type this kind of figure (shown in the questionnaire and the schema).
    input_help: ClassVar[str] = ""

    def __init__(
        self,
        title: str,
        unit: str,
        help: str = "",
        *,
        maximum: Decimal | int | None = None,
        lower_is_better: bool = False,
    ):
        self.title = title
        self.unit = unit
        self.help = help
        self.maximum = None if maximum is None else Decimal(maximum)
        #: A target for such a figure is a ceiling (近视率 降到…以下), not a level to reach.
        self.lower_is_better = lower_is_better

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.title!r}, {self.unit!r})"

    # -- checks ------------------------------------------------------------------------------
    def check(self, amount: Amount) -> Amount:
        """Return the amount with its unit resolved, or raise ``ValueError`` (Chinese)."""
        raise NotImplementedError

    def _check_max(self, amount: Amount) -> None:
        if self.maximum is not None and amount.value > self.maximum:
            raise ValueError(f"“{amount.text}”超出范围，不能大于{_plain(self.maximum)}{self.unit}")

    def attach(self, figure: Figure | None) -> Figure | None:
        if figure is None:
            return None
        checked = figure.model_copy(
            update={
                name: self._check_role(getattr(figure, name), role)
                for name, role in (("value", ""), ("previous", "上年数值"), ("target", "目标值"))
            }
        )
        checked._spec = self
        return checked

    def _check_role(self, amount: Amount | None, role: str) -> Amount | None:
        if amount is None:
            return None
        try:
            return self.check(amount)
        except ValueError as exc:
            message = f"{role}{exc}" if role else str(exc)
            raise PydanticCustomError("drafter_figure", message) from None

    # -- pydantic hooks ----------------------------------------------------------------------
    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self.attach, handler(source))

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        result = handler(schema)
        result.update(
            title=self.title,
            description="；".join(filter(None, [self.help, self.input_help])),
        )
        result["x-unit"] = self.unit
        result["x-kind"] = self.kind
        if self.lower_is_better:
            result["x-lower-is-better"] = True
        return result


class Count(Spec):
    """A whole, non-negative count: schools, places, people, sessions."""

    kind = "count"
    input_help = "填整数；约数可写 280余、近70、约3000、超过2000、2.8万余"

    def check(self, amount: Amount) -> Amount:
        _check_unit(amount, {"", self.unit}, self.unit)
        if amount.value != amount.value.to_integral_value():
            raise ValueError(f"“{amount.text}”应为整数")
        self._check_max(amount)
        return amount.with_unit(self.unit)


class Quantity(Spec):
    """A non-negative measurement that need not be whole: areas, hours, ratios."""

    kind = "quantity"
    input_help = "填数字，可带小数；约数可写 近70、约3000"

    def check(self, amount: Amount) -> Amount:
        _check_unit(amount, {"", self.unit}, self.unit)
        self._check_max(amount)
        return amount.with_unit(self.unit)


class Rate(Spec):
    """A percentage; a change in it is reported in 个百分点."""

    kind = "rate"
    input_help = "填百分数，如 98.93 或 98.93%；约数可写 95%以上、近60%"

    def __init__(self, title: str, help: str = "", *, maximum: int = 100, lower_is_better: bool = False):
        super().__init__(title, "%", help, maximum=maximum, lower_is_better=lower_is_better)

    def check(self, amount: Amount) -> Amount:
        _check_unit(amount, {"", "%"}, "%")
        if amount.scale:
            raise ValueError(f"“{amount.text}”不是百分数")
        if amount.suffix:
            raise ValueError(f"“{amount.text}”的写法不通顺，请写成“{amount.digits}%以上”或“超过{amount.digits}%”")
        self._check_max(amount)
        return amount.with_unit("%")


class Money(Spec):
    """An amount of money, typed in 元/万元/亿元, printed in 万元 or 亿元 (or 元 for per-student figures)."""

    kind = "money"

    def __init__(self, title: str, unit: str = "万元", help: str = ""):
        if unit not in MONEY_UNITS:
            raise ValueError(f"money unit must be one of {sorted(MONEY_UNITS)}")
        super().__init__(title, unit, help)

    @property
    def input_help(self) -> str:  # type: ignore[override]
        return f"可写 14.20亿元、369.9万元、500元；只写数字时单位为{self.unit}"

    @property
    def per_unit(self) -> bool:
        """Per-student style figures stay in 元 instead of being scaled to 万元/亿元."""
        return self.unit == "元"

    def check(self, amount: Amount) -> Amount:
        if amount.unit == "" and amount.scale == "":
            return amount.with_unit("元", MONEY_UNITS[self.unit])
        if amount.unit not in ("", "元"):
            raise ValueError(f"“{amount.text}”的单位不对，金额请用元、万元或亿元")
        return amount.with_unit("元")


MONEY_UNITS = {"元": "", "万元": "万", "亿元": "亿"}


def spec_for_unit(title: str, unit: str) -> Spec:
    """The spec a clerk's own figure gets from its unit (used for custom figures)."""
    if unit in ("%", "％"):
        return Rate(title, maximum=1000)
    if unit in MONEY_UNITS:
        return Money(title, unit)
    return Quantity(title, unit)


def _check_unit(amount: Amount, allowed: set[str], expected: str) -> None:
    if amount.unit in allowed:
        return
    if not expected:
        raise ValueError(f"“{amount.text}”不是数字：这一项没有单位，只填数字")
    if re.search(r"[A-Za-zＡ-Ｚａ-ｚ]", amount.unit):  # a slip of the keyboard, not a unit
        raise ValueError(f"“{amount.text}”不是数字：多了“{amount.unit}”，请只填数字（单位是{expected}）")
    raise ValueError(f"“{amount.text}”的单位应为“{expected}”")


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")

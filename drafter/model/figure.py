"""Figures: a value with a unit and meaning, last year's value and a target.

A field of the report is declared once, with everything the rest of the program needs::

    new_places: Annotated[Fig, Count("新增学前学位", "个", help="…")] = None

The :class:`Spec` in the annotation (``Count``, ``Rate``, ``Money``, ``Quantity``, ``Ratio``) carries the
Chinese title, unit, range and help text. Validation, the JSON Schema, the questionnaire and the
templates all read them from there.
"""

import re
from decimal import Decimal
from typing import Any, Callable, ClassVar, Iterator, Optional

from pydantic import (
    BaseModel,
    ConfigDict,
    Field,
    GetCoreSchemaHandler,
    GetJsonSchemaHandler,
    PrivateAttr,
    field_validator,
    model_serializer,
    model_validator,
)
from pydantic_core import PydanticCustomError, core_schema

from drafter.model.amount import LIMIT, Amount
from drafter.model.dates import PastYear
from drafter.model.phrase import Phrase
from drafter.model.text import one_line
from drafter.model.titled import Titled


#: The most parts a breakdown (其中) may have.
MAX_PARTS = 30
#: Every number a figure is typed as: none is negative or reaches 1000万亿 (the amount parser
#: refuses them), and the JSON Schema says so.
NUMBER_RANGE = {"minimum": 0, "exclusiveMaximum": int(LIMIT)}


class Figure(BaseModel):
    """One figure: this year's value, optionally last year's value and a target.

    In JSON a figure is either the value alone (``"280余"``, ``98.93``, ``"14.20亿元"``) or an
    object ``{"value": …, "previous": …, "target": …, "breakdown": …}``. A 工作要点 states
    targets before there is a result, so a figure may carry only a target (``{"target": 1350}``);
    it then says nothing in a summary until its value is entered. A file started from last year's
    report carries last year's value alone (``{"previous": 1100}``) until this year's is entered.

    ``breakdown`` is what the value is made of or includes, written after it in brackets:
    ``{"公办": 58, "民办": 119}`` → ``177所（公办58所、民办119所）``. Its keys are the clerk's words,
    written verbatim before each amount (``含教学点97个``).
    """

    model_config = ConfigDict(
        defer_build=True,
        extra="forbid",
        title="数值",
        json_schema_extra={"description": "只填本年数值时直接写数字或文字，如 \"280余\"；有上年数值、目标值或其中各部分时写成对象"},
    )

    value: Optional[Amount] = Field(
        None,
        title="本年数值",
        description="总结中是本年实际数值；工作要点中是现有水平（可不填）",
    )
    previous: Optional[Amount] = Field(None, title="上年数值")
    previous_year: Optional[PastYear] = Field(
        None,
        title="对比年份",
        description="对比数值不是上一年的时填写，如“从2019年的14.15%提高到17.13%”中的 2019",
    )
    target: Optional[Amount] = Field(
        None,
        title="目标值",
        description="年度目标，如工作要点中的“新增学位1350个”；总结据此写出目标完成情况",
    )
    breakdown: Optional[dict[str, Amount]] = Field(
        None,
        title="其中",
        description=(
            "本年数值的组成或其中一部分，写在数字后面的括号里，名称照写："
            "{\"公办\": 58, \"民办\": 119} 写成“177所（公办58所、民办119所）”，"
            "{\"含教学点\": \"97个\"} 写成“98所（含教学点97个）”；只写数字时用本项的单位"
        ),
    )

    _spec: Optional["Spec"] = PrivateAttr(default=None)

    @model_validator(mode="before")
    @classmethod
    def _scalar_is_value(cls, data: Any) -> Any:
        if isinstance(data, (str, int, float, Decimal, Amount)) and not isinstance(data, bool):
            return {"value": data}
        return data

    @field_validator("breakdown", mode="before")
    @classmethod
    def _not_too_many_parts(cls, parts: Any) -> Any:
        """Checked before the parts are read: a report names a handful of parts, and a long list
        is a pasted table, not a breakdown."""
        if isinstance(parts, dict) and len(parts) > MAX_PARTS:
            raise ValueError(
                f"一共写了{len(parts)}项，最多{MAX_PARTS}项；"
                "请只写报告里要列出的几部分，如 {\"公办\": 58, \"民办\": 119}"
            )
        return parts

    @field_validator("breakdown")
    @classmethod
    def _named_parts(cls, parts: dict[str, Amount] | None) -> dict[str, Amount] | None:
        if not parts:
            return None
        named: dict[str, Amount] = {}
        for key, amount in parts.items():
            name = one_line(key)
            if not name:
                raise ValueError("其中（breakdown）有一项没写名称；请写明是哪一部分，如 {\"公办\": 58}")
            if name in named:
                raise ValueError(f"其中（breakdown）的“{name}”写了两次")
            named[name] = amount
        return named

    @model_validator(mode="after")
    def _value_or_target(self) -> "Figure":
        """A figure has this year's value or target; or, in a file started from last year's report
        (``drafter import --next``), last year's value alone, which says nothing until this
        year's is entered."""
        if self.value is None and self.target is None and self.previous is None:
            raise ValueError("请填写本年数值（value）或目标值（target）")
        return self

    @model_serializer(mode="wrap")
    def _compact(self, handler: Any) -> Any:
        extras = (self.previous, self.target, self.previous_year, self.breakdown)
        if self.value is not None and all(extra is None for extra in extras):
            return self.value.text
        return {k: v for k, v in handler(self).items() if v is not None}

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        return {"anyOf": [{"type": "number", **NUMBER_RANGE}, {"type": "string"}, handler(schema)]}

    @property
    def spec(self) -> "Spec":
        if self._spec is None:  # pragma: no cover - a Figure always comes from a field
            raise RuntimeError("figure without a field spec")
        return self._spec

    @property
    def is_level(self) -> bool:
        """A level, not an amount: a rate, a ratio, or a quantity without a unit (差异系数 0.36).
        A report says it with a verb that fits the fact (由……提升至, 为), and a plan's goal for
        it as 力争由……提高到."""
        spec = self.spec
        unitless = spec.kind == "quantity" and not spec.unit and not (self.value and self.value.unit)
        return spec.kind in ("rate", "ratio") or unitless

    @property
    def none_to_report(self) -> bool:
        """Whether the figure says there is none of a good thing (``0所学校被命名为…``,
        ``新增学位0个``): a report does not write that, so the document leaves it out and the
        clerk is told. A zero of something bad is news (全面消除…, 未发生…), and so is a level (0%)."""
        said = self.value if self.value is not None else self.target
        return said is not None and said.exact and said.value == 0 and self.spec.unsaid_at_zero


Fig = Optional[Figure]


#: Units that count the same thing, by the unit a field is declared in: the field accepts each
#: of them and prints the one the clerk typed (``8人`` for a 名 field, ``4410座`` for a 个 field).
#: A unit not listed accepts only itself; 人次 is never 人, and 所 is not a 学位's 个. A field that
#: needs a narrower or wider set says so with ``units=`` on its spec.
UNIT_FAMILIES: dict[str, tuple[str, ...]] = {
    "人": ("人", "名", "位"),
    "名": ("名", "人", "位"),
    "位": ("位", "人", "名"),
    "场": ("场", "场次", "次"),
    "场次": ("场次", "场", "次"),
    "次": ("次", "场次", "场"),
    "个": ("个", "座", "间", "处"),
    "所": ("所", "个"),
    "座": ("座", "个"),
    "间": ("间", "个"),
    "处": ("处", "个"),
    "家": ("家", "个"),
    "项": ("项", "个"),
    "件": ("件", "个"),
    "起": ("起", "件"),
    "平方米": ("平方米", "平米"),
}


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
        units: tuple[str, ...] | None = None,
        maximum: Decimal | int | None = None,
        lower_is_better: bool = False,
        say: str | None = None,
        zero: str = "",
    ):
        self.title = title
        self.unit = unit
        #: Units the clerk may type for this field, the declared one first.
        family = units if units is not None else UNIT_FAMILIES.get(unit, (unit,))
        self.units = (unit, *(u for u in family if u != unit))
        self.help = help
        self.maximum = None if maximum is None else Decimal(maximum)
        #: A target for such a figure is a ceiling (近视率 降到…以下), not a level to reach.
        self.lower_is_better = lower_is_better
        #: How the report says the figure (:mod:`drafter.model.phrase`); the form label is for forms.
        self.said = say
        self.phrase = Phrase.parse(say if say is not None else f"{title}{{}}")
        #: What the report says instead of a zero of something bad: ``全面消除56人以上大班额``.
        self.zero = zero

    def __repr__(self) -> str:
        return f"{type(self).__name__}({self.title!r}, {self.unit!r})"

    @property
    def unsaid_at_zero(self) -> bool:
        """An amount of something good (schools, places, money): at zero a report leaves it out."""
        amount = self.kind in ("count", "money") or (self.kind == "quantity" and bool(self.unit))
        return amount and not self.lower_is_better and not self.zero

    # -- checks ------------------------------------------------------------------------------
    def check(self, amount: Amount) -> Amount:
        """Return the amount with its unit resolved, or raise ``ValueError`` (Chinese)."""
        raise NotImplementedError

    def check_part(self, amount: Amount, whole: Amount | None) -> Amount:
        """A breakdown amount (其中): by default checked like the value itself."""
        return self.check(amount)

    def _check_max(self, amount: Amount) -> None:
        if self.maximum is not None and amount.value > self.maximum:
            raise ValueError(f"“{amount.text}”超出范围，不能大于{_plain(self.maximum)}{self.unit}")

    def _check_unit(self, amount: Amount) -> None:
        if not amount.unit or amount.unit in self.units:
            return
        if self.units == ("",):
            raise ValueError(f"“{amount.text}”不是数字：这一项没有单位，只填数字")
        if re.search(r"[A-Za-zＡ-Ｚａ-ｚ]", amount.unit):  # a slip of the keyboard, not a unit
            raise ValueError(f"“{amount.text}”不是数字：多了“{amount.unit}”，请只填数字（单位是{self.unit}）")
        if len(self.units) == 1:
            raise ValueError(f"“{amount.text}”的单位应为“{self.unit}”")
        accepted = "、".join(self.units)
        raise ValueError(f"“{amount.text}”的单位不对：{self.title}的单位可写{accepted}")

    def _check_single(self, amount: Amount) -> None:
        if amount.second:
            raise ValueError(f"“{amount.text}”是比值；{self.title}请填一个数")

    def _units_help(self) -> str:
        return f"；单位可写{'、'.join(self.units)}" if len(self.units) > 1 else ""

    def attach(self, figure: Figure | None) -> Figure | None:
        if figure is None:
            return None
        checked = figure.model_copy(
            update={
                name: self._check_role(getattr(figure, name), role, self.check)
                for name, role in (("value", ""), ("previous", "上年数值"), ("target", "目标值"))
            }
        )
        if figure.breakdown:
            whole = checked.value or checked.target

            def part(amount: Amount) -> Amount:
                return self.check_part(amount, whole)

            checked.breakdown = {
                name: self._check_role(amount, f"其中“{name}”", part)  # type: ignore[misc]  # an amount in, an amount out
                for name, amount in figure.breakdown.items()
            }
        checked._spec = self
        return checked

    def _check_role(
        self, amount: Amount | None, role: str, check: Callable[[Amount], Amount]
    ) -> Amount | None:
        if amount is None:
            return None
        try:
            return check(amount)
        except ValueError as exc:
            message = f"{role}{exc}" if role else str(exc)
            raise PydanticCustomError("drafter_figure", message) from None

    # -- pydantic hooks ----------------------------------------------------------------------
    def __get_pydantic_core_schema__(
        self, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_after_validator_function(self.attach, handler(source))

    def number_range(self) -> dict[str, Any]:
        """JSON Schema keywords for a JSON number typed for this figure: the range ``check`` holds
        it to. They apply to numbers only, so text (``280余``) and null pass them untouched."""
        if self.maximum is None:
            return {}  # a figure's own schema holds every number to 0 ≤ n < 1000万亿
        top = int(self.maximum) if self.maximum == self.maximum.to_integral_value() else float(self.maximum)
        return {"maximum": top}

    def __get_pydantic_json_schema__(
        self, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        result = handler(schema)
        self._ranged(result)
        result.update(
            title=self.title,
            description="；".join(filter(None, [self.help, self.input_help])),
        )
        result["x-unit"] = self.unit
        if len(self.units) > 1:
            result["x-units"] = list(self.units)
        result["x-kind"] = self.kind
        if self.said is not None:
            result["x-phrase"] = self.said
        if self.lower_is_better:
            result["x-lower-is-better"] = True
        return result

    def _ranged(self, result: dict[str, Any]) -> None:
        """This field's range on every number of the figure: typed alone, and as the ``value``,
        ``previous`` and ``target`` of the object form. An editor then marks a number out of
        range, as ``build`` refuses it."""
        number = self.number_range()
        if number:
            result.update(number)
            result["properties"] = {name: number for name in ("value", "previous", "target")}


class Quantity(Spec):
    """A non-negative measurement that need not be whole: areas, hours, coefficients."""

    kind = "quantity"

    @property
    def input_help(self) -> str:  # type: ignore[override]  # the text names the field's units
        return "填数字，可带小数；约数可写 近70、约3000、1.4万" + self._units_help()

    def check(self, amount: Amount) -> Amount:
        self._check_single(amount)
        self._check_unit(amount)
        self._check_max(amount)
        return amount.with_unit(amount.unit or self.unit)

    def check_part(self, amount: Amount, whole: Amount | None) -> Amount:
        """Checked like the value when typed in the field's units; any other unit as typed
        (``含教学点97个`` for schools, ``占67.2%``). A bare number takes the value's unit."""
        if amount.unit and amount.unit not in self.units:
            self._check_single(amount)
            return amount
        checked = self.check(amount)
        return checked.with_unit(whole.unit) if whole is not None and not amount.unit else checked


class Count(Quantity):
    """A whole, non-negative count: schools, places, people, sessions."""

    kind = "count"

    @property
    def input_help(self) -> str:  # type: ignore[override]  # the text names the field's units
        return f"填整数；约数可写 280余、近70、约3000、超过2000、4千余、2.8万余；也可写中文数字，如 十三{self.unit}" + self._units_help()

    def number_range(self) -> dict[str, Any]:
        return {**super().number_range(), "multipleOf": 1}

    def check(self, amount: Amount) -> Amount:
        checked = super().check(amount)
        if amount.value != amount.value.to_integral_value():
            raise ValueError(f"“{amount.text}”应为整数")
        return checked


class Rate(Spec):
    """A percentage; a change in it is reported in 个百分点."""

    kind = "rate"
    input_help = "填百分数，如 98.93 或 98.93%；约数可写 95%以上、近60%；也可写 百分之九十二点六"

    def __init__(
        self, title: str, help: str = "", *, maximum: int = 100, lower_is_better: bool = False, say: str | None = None
    ):
        super().__init__(title, "%", help, maximum=maximum, lower_is_better=lower_is_better, say=say)

    def check(self, amount: Amount) -> Amount:
        self._check_single(amount)
        if amount.unit == "成":
            raise ValueError(f"“{amount.text}”请写成百分数，如 30%；几成的说法不能计算百分点")
        self._check_unit(amount)
        if amount.scaled:
            raise ValueError(f"“{amount.text}”不是百分数")
        if amount.suffix:
            raise ValueError(f"“{amount.text}”的写法不通顺，请写成“{amount.digits}%以上”或“超过{amount.digits}%”")
        if not amount.unit and 0 < amount.value < 1:
            percent = _plain(amount.value * 100)
            raise ValueError(
                f"“{amount.text}”像是小数写法的比例；如是{percent}%，请写 {percent} 或 {percent}%；"
                f"确实不到1%时请写成“{amount.text}%”"
            )
        self._check_max(amount)
        return amount.with_unit("%")

    def _check_max(self, amount: Amount) -> None:
        """Over the range; when a hundredth would fit (``1560%`` for ``15.6%``) say how that comes
        about: a 填报表 cell formatted as a percentage shows the number 15.6 as 1560% when it is
        pasted as a value, or typed where the program does not add the % itself."""
        try:
            super()._check_max(amount)
        except ValueError as exc:
            meant = _plain(amount.value / 100)
            if self.maximum is None or amount.value / 100 > self.maximum:
                raise
            raise ValueError(
                f"{exc}；如要填的是{meant}%，请写成“{meant}%”（设成百分比格式的格子里填 {meant}，会显示成 {amount.text}）"
            ) from None


class Ratio(Spec):
    """A ratio such as 生师比 ``13.32:1`` or 师幼比 ``1:7``, printed in the order typed."""

    kind = "ratio"
    input_help = "写成比值，如 13.32:1 或 1:19.85，前后顺序照报告的写法"

    def __init__(self, title: str, help: str = "", *, say: str | None = None):
        super().__init__(title, "", help, say=say)

    def number_range(self) -> dict[str, Any]:
        return {"not": {"type": "number"}}  # a ratio is text: 13.32:1

    def check(self, amount: Amount) -> Amount:
        if not amount.second:
            raise ValueError(f"“{amount.text}”不是比值；请写成 13.32:1 或 1:19.85 的样子")
        return amount


class Money(Spec):
    """An amount of money, typed in 元/万元/亿元.

    Typed with a unit (``1.4亿多元``, ``0.36亿元``) it is printed as typed; a bare number is in the
    field's unit and is written in 亿元 or 万元 (or 元 for per-student figures).
    """

    kind = "money"

    def __init__(self, title: str, unit: str = "万元", help: str = "", *, say: str | None = None):
        if unit not in MONEY_UNITS:
            raise ValueError(f"money unit must be one of {sorted(MONEY_UNITS)}")
        super().__init__(title, unit, help, say=say)

    @property
    def input_help(self) -> str:  # type: ignore[override]  # the text names the field's units
        return f"可写 14.20亿元、369.9万元、500元，照写进报告；只写数字时单位为{self.unit}"

    @property
    def per_unit(self) -> bool:
        """Per-student style figures stay in 元 instead of being scaled to 万元/亿元."""
        return self.unit == "元"

    def check(self, amount: Amount) -> Amount:
        """A bare number gets the field's 万/亿 and no unit (the writer scales it); any other
        amount gets 元 and is written as typed."""
        self._check_single(amount)
        if amount.bare:
            return amount.with_unit("", MONEY_UNITS[self.unit])
        if amount.unit not in ("", "元"):
            raise ValueError(f"“{amount.text}”的单位不对，金额请用元、万元或亿元")
        return amount.with_unit("元")


MONEY_UNITS = {"元": "", "万元": "万", "亿元": "亿"}


def spec_for_unit(title: str, unit: str, typed: Amount | None = None) -> Spec:
    """The spec a clerk's own figure gets from its unit, or from its value when that is a ratio
    (used for custom figures: ``{"name": "生师比", "value": "13.32:1"}``)."""
    if not unit and typed is not None and typed.second:
        return Ratio(title)
    if unit in ("%", "％"):
        return Rate(title, maximum=1000)
    if unit in MONEY_UNITS:
        return Money(title, unit)
    return Quantity(title, unit)


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


class HasFigures(Titled):
    """A model whose figure fields are declared with a :class:`Spec` (parts and list items)."""

    @classmethod
    def figure_specs(cls) -> Iterator[tuple[str, Spec]]:
        """The figure fields, in declaration order."""
        for name, info in cls.model_fields.items():
            for item in info.metadata:
                if isinstance(item, Spec):
                    yield name, item

    def figures(self) -> Iterator[tuple[str, Figure]]:
        """The figures that were entered, in declaration order."""
        for name, _ in self.figure_specs():
            value = getattr(self, name)
            if value is not None:
                yield name, value

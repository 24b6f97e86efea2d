"""An amount as a clerk types it: ``280余``, ``近70``, ``超过2000``, ``14.20亿元``, ``98.93%``.

An :class:`Amount` keeps what was typed (digits, 万/亿, approximation words, unit) so that the
document can print the figure exactly as entered, and exposes the numeric value for arithmetic.
Only syntax is checked here; whether the unit and range suit a field is the field's business
(see :mod:`drafter.model.specs`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import PydanticCustomError, core_schema

#: Words before the number: 超过2000, 近70, 约3000 …
PREFIXES = ("超过", "不少于", "不低于", "逾", "超", "近", "约")
#: Words right after the number or its 万/亿: 280余, 369.9万余元 …
INNER_SUFFIXES = ("余", "多")
#: Words after the unit: 50%以上, 95%及以上, 1200万人左右 …
OUTER_SUFFIXES = ("及以上", "以上", "左右")

SCALES = {"": Decimal(1), "万": Decimal(10_000), "亿": Decimal(100_000_000)}
_CHINESE_MAGNITUDES = {"十": Decimal(10), "百": Decimal(100), "千": Decimal(1000)}

_PATTERN = re.compile(
    r"^(?P<prefix>{prefixes})?"
    r"(?P<digits>\d+(?:\.\d+)?|[十百千])"
    r"(?P<scale>[万亿])?"
    r"(?P<suffix>{inner})?"
    r"(?P<unit>[^\d\s.]*?)"
    r"(?P<post>{outer})?$".format(
        prefixes="|".join(PREFIXES),
        inner="|".join(INNER_SUFFIXES),
        outer="|".join(OUTER_SUFFIXES),
    )
)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_DIGIT_GROUPS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")

EXAMPLES = "1170、280余、近70、约3000、超过2000、超2万、98.93%、14.20亿元"


@dataclass(frozen=True)
class Amount:
    """A parsed number with its approximation words and unit, as typed."""

    text: str
    digits: str
    scale: str = ""
    prefix: str = ""
    suffix: str = ""
    unit: str = ""
    post: str = ""

    @property
    def number(self) -> Decimal:
        """The typed number before 万/亿: ``369.9`` for ``369.9万余元``."""
        return _CHINESE_MAGNITUDES.get(self.digits) or Decimal(self.digits)

    @property
    def value(self) -> Decimal:
        """The number in base units: ``3699000`` for ``369.9万余元``."""
        return self.number * SCALES[self.scale]

    @property
    def exact(self) -> bool:
        return not (self.prefix or self.suffix or self.post)

    @property
    def decimals(self) -> int:
        """Decimal places as typed (``14.20`` → 2)."""
        return len(self.digits.split(".")[1]) if "." in self.digits else 0

    def with_unit(self, unit: str, scale: str | None = None) -> "Amount":
        """A copy with the unit (and optionally the 万/亿 scale) filled in."""
        return Amount(
            self.text,
            self.digits,
            self.scale if scale is None else scale,
            self.prefix,
            self.suffix,
            unit,
            self.post,
        )

    def __str__(self) -> str:
        return self.text

    # -- pydantic integration ------------------------------------------------------------
    @classmethod
    def __get_pydantic_core_schema__(
        cls, source: Any, handler: GetCoreSchemaHandler
    ) -> core_schema.CoreSchema:
        return core_schema.no_info_plain_validator_function(
            _validate,
            serialization=core_schema.plain_serializer_function_ser_schema(lambda a: a.text),
        )

    @classmethod
    def __get_pydantic_json_schema__(
        cls, schema: core_schema.CoreSchema, handler: GetJsonSchemaHandler
    ) -> dict[str, Any]:
        return {"anyOf": [{"type": "number"}, {"type": "string"}]}


def parse_amount(raw: object) -> Amount:
    """Parse what a clerk typed; raise ``ValueError`` with a Chinese message if it is not a number."""
    if isinstance(raw, Amount):
        return raw
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float, Decimal)):
        raise ValueError(f"应填写数字或文字形式的数字（如 {EXAMPLES}）")
    text = _normalise(raw)
    if text.startswith(("-", "－", "负")):
        raise ValueError(f"“{raw}”是负数；这里的数字都不能为负")
    match = _PATTERN.match(text)
    if not match or not _valid_number(match["digits"]):
        raise ValueError(f"“{raw}”不是可识别的数字；可以写 {EXAMPLES}")
    parts = match.groupdict(default="")
    if parts["digits"] in _CHINESE_MAGNITUDES and not (parts["prefix"] or parts["suffix"]):
        raise ValueError(f"“{raw}”请写成阿拉伯数字；“百余”“近千”这类约数可以直接写")
    return Amount(text=text, **parts)


def _normalise(raw: str | int | float | Decimal) -> str:
    if isinstance(raw, float):
        raw = Decimal(repr(raw))
    if isinstance(raw, Decimal):
        return format(raw, "f")
    if isinstance(raw, int):
        return str(raw)
    text = raw.translate(_FULLWIDTH).replace(" ", "").replace("\u3000", "")
    return _DIGIT_GROUPS.sub("", text)


def _valid_number(digits: str) -> bool:
    if digits in _CHINESE_MAGNITUDES:
        return True
    try:
        return Decimal(digits).is_finite()
    except InvalidOperation:
        return False


def _validate(raw: object) -> Amount:
    try:
        return parse_amount(raw)
    except ValueError as exc:
        raise PydanticCustomError("drafter_amount", str(exc)) from None

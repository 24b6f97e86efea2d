"""An amount as a clerk types it: ``280余``, ``近70``, ``4千余``, ``三名``, ``14.20亿元``, ``1:19.85``.

An :class:`Amount` keeps what was typed (digits or Chinese numerals, 千/万/亿, approximation words,
unit, ``百分之``, the two terms of a ratio) so that the document can print the figure exactly as
entered, and exposes the numeric value for arithmetic. Only syntax is checked here; whether the
unit and range suit a field is the field's business (see :mod:`drafter.model.figure`).
"""

import re
from dataclasses import dataclass, replace
from decimal import Decimal, InvalidOperation
from typing import Any

from pydantic import GetCoreSchemaHandler, GetJsonSchemaHandler
from pydantic_core import PydanticCustomError, core_schema

from drafter.model.chinese_numerals import BIG_UNITS, CHINESE_NUMERAL, chinese_value
from drafter.model.text import quoted

#: Words before the number: 超过2000, 近70, 约3000 …
PREFIXES = ("超过", "不少于", "不低于", "逾", "超", "近", "约")
#: Words right after the number or its 千/万/亿: 280余, 369.9万余元 …
INNER_SUFFIXES = ("余", "多")
#: Words after the unit: 50%以上, 95%及以上, 1200万人左右, 42亩多 …
OUTER_SUFFIXES = ("及以上", "以上", "左右", "多")

SCALES = {"": Decimal(1), "千": Decimal(1000), "万": Decimal(10_000), "亿": Decimal(100_000_000)}

#: No figure of an education report comes near a thousand trillion (全国教育经费 is about
#: 6.5万亿元, 6.5×10^12 元): a larger number is a typing slip. The caps also keep parsing and
#: writing instant — formatting ``1e999999999`` in full would build a billion-digit string.
LIMIT = Decimal(10) ** 15
MAX_INTEGER_DIGITS = 15
MAX_DECIMALS = 10
#: Longer than any amount a report writes (``不少于1.2万余人次以上`` is 14 characters).
MAX_LENGTH = 40

_ARABIC = r"\d+(?:\.\d+)?"
_PATTERN = re.compile(
    r"^(?P<prefix>{prefixes})?"
    r"(?P<per>百分之)?"
    r"(?:(?P<digits>{arabic})(?P<scale>[千万亿])?|(?P<chinese>{chinese}))"
    r"(?P<suffix>{inner})?"
    r"(?P<unit>[^\d\s.:：]*?)"
    r"(?P<post>{outer})?$".format(
        prefixes="|".join(PREFIXES),
        arabic=_ARABIC,
        chinese=CHINESE_NUMERAL,
        inner="|".join(INNER_SUFFIXES),
        outer="|".join(OUTER_SUFFIXES),
    )
)
_RATIO = re.compile(
    r"^(?P<prefix>{prefixes})?(?P<digits>{arabic})[:：](?P<second>{arabic})(?P<post>{outer})?$".format(
        prefixes="|".join(PREFIXES), arabic=_ARABIC, outer="|".join(OUTER_SUFFIXES)
    )
)
_TOO_MANY_DIGITS = re.compile(r"(?<![\d.])[1-9]\d{%d}" % MAX_INTEGER_DIGITS)
_FULLWIDTH = str.maketrans("０１２３４５６７８９．％", "0123456789.%")
_DIGIT_GROUPS = re.compile(r"(?<=\d)[,，](?=\d{3}(?!\d))")

EXAMPLES = "1170、280余、近70、约3000、超过2000、4千余、2.8万余、三名、98.93%、14.20亿元"


@dataclass(frozen=True)
class Amount:
    """A parsed number with its approximation words and unit, as typed.

    ``digits`` is the number as typed: Arabic (``369.9``) or Chinese (``一百零八``, ``九十二点六``).
    ``per`` is ``百分之`` when a percentage was written in words. ``second`` is the second term
    of a ratio (``19.85`` in ``1:19.85``); a ratio's own order is kept.
    """

    text: str
    digits: str
    scale: str = ""
    prefix: str = ""
    suffix: str = ""
    unit: str = ""
    post: str = ""
    per: str = ""
    second: str = ""

    @property
    def chinese(self) -> bool:
        """Written in Chinese numerals (``三``, ``百``, ``九十二点六``)."""
        return not self.digits[0].isascii()

    @property
    def number(self) -> Decimal:
        """The typed number before 千/万/亿: ``369.9`` for ``369.9万余元``."""
        return chinese_value(self.digits) if self.chinese else Decimal(self.digits)

    @property
    def value(self) -> Decimal:
        """The number in base units: ``3699000`` for ``369.9万余元``; a ratio's quotient."""
        if self.second:
            return self.number / Decimal(self.second)
        return self.number * SCALES[self.scale]

    @property
    def exact(self) -> bool:
        return not (self.prefix or self.suffix or self.post)

    @property
    def scaled(self) -> bool:
        """Typed with 千/万/亿 (``2.8万``, ``两万``)."""
        return bool(self.scale) or (self.chinese and any(big in self.digits for big in BIG_UNITS))

    @property
    def bare(self) -> bool:
        """Only a number was typed: no unit, no 千/万/亿, not a ratio (``142000``, ``三``)."""
        return not (self.unit or self.scaled or self.second or self.per)

    @property
    def decimals(self) -> int:
        """Decimal places as typed (``14.20`` → 2, ``九十二点六`` → 1)."""
        if self.chinese:
            exponent = self.number.normalize().as_tuple().exponent
            return max(0, -exponent) if isinstance(exponent, int) else 0
        return len(self.digits.split(".")[1]) if "." in self.digits else 0

    def with_unit(self, unit: str, scale: str | None = None) -> "Amount":
        """A copy with the unit (and optionally the 千/万/亿 scale) filled in."""
        return replace(self, unit=unit, scale=self.scale if scale is None else scale)

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
        return {"anyOf": [{"type": "number", "minimum": 0, "exclusiveMaximum": int(LIMIT)}, {"type": "string"}]}


def parse_amount(raw: object) -> Amount:
    """Parse what a clerk typed; raise ``ValueError`` with a Chinese message if it is not a number."""
    if isinstance(raw, Amount):
        return raw
    if isinstance(raw, bool) or not isinstance(raw, (str, int, float, Decimal)):
        raise ValueError(f"应填写数字或文字形式的数字（如 {EXAMPLES}）")
    text = _normalise(raw)
    if text.startswith(("-", "－", "负")):
        raise ValueError(f"“{quoted(text, 20)}”是负数；这里的数字都不能为负")
    if _TOO_MANY_DIGITS.search(text):
        raise _too_large(text)
    if len(text) > MAX_LENGTH:
        raise ValueError(f"“{quoted(text, 20)}”太长，不像一个数字；请只写数字和单位，如 {EXAMPLES}")
    ratio = _RATIO.match(text)
    if ratio:
        return _checked(Amount(text=text, **ratio.groupdict(default="")))
    match = _PATTERN.match(text)
    if not match:
        raise ValueError(f"“{raw}”不是可识别的数字；可以写 {EXAMPLES}")
    parts = match.groupdict(default="")
    chinese = parts.pop("chinese")
    if chinese:
        parts["digits"] = chinese
        if not _is_chinese_number(chinese):
            raise ValueError(f"“{raw}”里的中文数字看不懂；请写成阿拉伯数字，如 {EXAMPLES}")
        if chinese in BIG_UNITS + ("百", "千") and not (parts["prefix"] or parts["suffix"]):
            raise ValueError(f"“{raw}”请写成阿拉伯数字；“百余”“近千”这类约数可以直接写")
    if parts["per"] and parts["unit"]:
        raise ValueError(f"“{raw}”不是可识别的百分数；请写成 92.6% 或 百分之九十二点六")
    if parts["per"]:
        parts["unit"] = "%"
    return _checked(Amount(text=text, **parts))


def _normalise(raw: str | int | float | Decimal) -> str:
    """The typed text, with full-width digits and digit groups undone; huge numbers refused first."""
    if isinstance(raw, int):
        if abs(raw) >= LIMIT:  # before str(): a 5000-digit int cannot even be converted
            raise _too_large("")
        return str(raw)
    if isinstance(raw, float):
        raw = Decimal(repr(raw))
    if isinstance(raw, Decimal):
        if not raw.is_finite():
            raise ValueError("不是可识别的数字")
        if raw and raw.adjusted() >= MAX_INTEGER_DIGITS:
            raise _too_large(str(raw))  # str() of a Decimal is short: 1E+999999999
        if raw.as_tuple().exponent < -MAX_DECIMALS:  # type: ignore[operator]  # an int: raw is finite
            raise ValueError(f"小数位数太多；最多写{MAX_DECIMALS}位小数")
        return format(raw, "f")
    text = raw.translate(_FULLWIDTH).replace(" ", "").replace("\u3000", "")
    return _DIGIT_GROUPS.sub("", text)


def _checked(amount: Amount) -> Amount:
    """Refuse numbers no report writes: too many digits, too large, a ratio with a zero term."""
    for digits in filter(None, (amount.digits, amount.second)):
        if amount.chinese:
            continue
        whole, _, fraction = digits.partition(".")
        if len(whole.lstrip("0")) > MAX_INTEGER_DIGITS:
            raise _too_large(amount.text)
        if len(fraction) > MAX_DECIMALS:
            raise ValueError(f"“{quoted(amount.text, 20)}”的小数位数太多；最多写{MAX_DECIMALS}位小数")
    if amount.second:
        if Decimal(amount.second) == 0 or Decimal(amount.digits) == 0:
            raise ValueError(f"“{amount.text}”不是有效的比值；比的前后两项都不能为0")
    elif amount.value >= LIMIT:
        raise _too_large(amount.text)
    return amount


def _too_large(text: str) -> ValueError:
    shown = f"“{quoted(text, 20)}”" if text else "这个数字"
    return ValueError(f"{shown}太大，超出了报告里可能出现的范围；请检查是否多打了数字")



def _is_chinese_number(text: str) -> bool:
    try:
        chinese_value(text)
    except (ValueError, InvalidOperation):
        return False
    return True


def _validate(raw: object) -> Amount:
    try:
        return parse_amount(raw)
    except ValueError as exc:
        raise PydanticCustomError("drafter_amount", str(exc)) from None

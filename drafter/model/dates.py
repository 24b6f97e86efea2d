"""Dates as clerks write them: ``2024-12-31``, ``2024年12月31日``, ``2024.12.31``."""

import datetime as dt
import re
from typing import Annotated, Any

from pydantic import BeforeValidator, Field, WithJsonSchema
from pydantic_core import PydanticCustomError

_WRITTEN_DATE = r"^\s*(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?\s*$"
_CHINESE_DATE = re.compile(_WRITTEN_DATE)


def parse_chinese_date(value: Any) -> Any:
    """A ``datetime.date`` for a date written the Chinese way; anything else is left to pydantic."""
    if isinstance(value, str) and (match := _CHINESE_DATE.match(value)):
        year, month, day = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"“{value}”不是有效的日期") from None
    return value


#: The written forms in the JSON Schema, with the months and days a calendar has (a 29 February
#: in a year without one passes here; the parser refuses it).
_SEP = r"\s*[年./-]\s*"
_MONTH_DAY = (
    r"(?:(?:0?[13578]|1[02])" + r"\s*[月./-]\s*" + r"(?:0?[1-9]|[12]\d|3[01])"
    r"|(?:0?[469]|11)" + r"\s*[月./-]\s*" + r"(?:0?[1-9]|[12]\d|30)"
    r"|0?2" + r"\s*[月./-]\s*" + r"(?:0?[1-9]|[12]\d))"
)
SCHEMA_DATE = r"^\s*\d{4}" + _SEP + _MONTH_DAY + r"\s*日?\s*$"

#: A date field: read as clerks write it, and declared so in the JSON Schema (a string in one of
#: these forms, not only the ISO ``"format": "date"``, so an editor accepts ``2024年12月31日``).
Date = Annotated[
    dt.date,
    BeforeValidator(parse_chinese_date),
    WithJsonSchema({"type": "string", "pattern": SCHEMA_DATE}),
]


def _not_true_or_false(value: Any) -> Any:
    """``true`` is a number to Python (1), not a year a clerk meant."""
    if isinstance(value, bool):
        raise PydanticCustomError("drafter_year", "应填写整数（年份，如 2025）")
    return value


#: A year: a whole number (``2025``); ``true``/``false`` are refused, not read as 1 and 0.
Year = Annotated[int, Field(ge=2000, le=2100), BeforeValidator(_not_true_or_false)]
#: The year a previous value is from, when it is not last year's (``14.15%（2019年）``).
PastYear = Annotated[int, Field(ge=1949, le=2100), BeforeValidator(_not_true_or_false)]

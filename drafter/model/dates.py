"""Dates as clerks write them: ``2024-12-31``, ``2024年12月31日``, ``2024.12.31``."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

_CHINESE_DATE = re.compile(r"^\s*(\d{4})\s*[年./-]\s*(\d{1,2})\s*[月./-]\s*(\d{1,2})\s*日?\s*$")


def parse_chinese_date(value: Any) -> Any:
    """A ``datetime.date`` for a date written the Chinese way; anything else is left to pydantic."""
    if isinstance(value, str) and (match := _CHINESE_DATE.match(value)):
        year, month, day = (int(part) for part in match.groups())
        try:
            return dt.date(year, month, day)
        except ValueError:
            raise ValueError(f"“{value}”不是有效的日期") from None
    return value

"""Raw data made safe for the model, whatever input it came from (JSON file, workbook, questionnaire).

* **Invisible characters are dropped, with a warning naming the field.** Control characters
  (U+0000–U+001F except tab, line feed and carriage return; U+007F–U+009F), the noncharacters
  U+FFFE/U+FFFF, lone surrogates and the bidirectional embeddings, overrides and isolates
  (U+202A–U+202E, U+2066–U+2069) show nothing in Word and carry nothing a reader could see; most
  of them cannot even be stored in a .docx (XML forbids them), and a right-to-left override
  silently reverses the text around it, in the document and in the file name made from the
  title. They come from copying out of other programs, not from typing, so refusing the file
  would send the clerk hunting for a character no editor shows: dropping them writes the
  document the clerk sees in the data, and the warning says where they were.
* **Nesting deeper than any report is refused** (a report is a few levels deep; thousands of
  levels exhaust Python's stack further down).
* **Numbers that are not numbers are refused**, naming the field: ``NaN`` and ``Infinity`` (JSON
  does not allow them, Python's reader does), and numbers of more than :data:`MAX_DIGITS` digits
  before or after the point (``1e999999999`` is a short text, but turning it into an integer
  takes minutes and gigabytes). That is the limit Python itself puts on integers read from
  text; smaller numbers go on to the model, which says what range the field allows.
"""

from __future__ import annotations

import math
import re
from decimal import Decimal
from typing import Any

from drafter.errors import DrafterError, Problem, warn
from drafter.model import Report
from drafter.model import paths
from drafter.model.paths import Loc
from drafter.model.text import UNSEEN

#: Deeper than any field of a report (meta.phrases.x is 3, a custom figure's value 5).
MAX_DEPTH = 32
#: Python's own limit for integers read from text (``sys.get_int_max_str_digits``).
MAX_DIGITS = 4300
#: Warnings printed one by one; the rest are counted in one line.
MAX_WARNINGS = 10

#: The first private-use characters are drafter's own marks inside a document being written
#: (filled, missing, subject …); typed into the data they could change which sentences are kept.
INVISIBLE = re.compile(f"[{UNSEEN}\ue000-\ue00f]")


#: What clerks write in a cell or an answer for “none”: it means the same as leaving it empty.
BLANK_MARKS = frozenset({"无", "暂无", "没有", "—", "——", "－", "－－", "-", "--", "／", "/", "\\"})


def is_blank(text: str) -> bool:
    """Empty, only spaces, or a mark that says “none” (无, —, －, ／)."""
    stripped = text.strip().replace("\u3000", "")
    return not stripped or stripped in BLANK_MARKS


def drop_invisible(text: str) -> str:
    """``text`` without the invisible characters listed above."""
    return INVISIBLE.sub("", text)


def clean(data: Any, source: str = "") -> Any:
    """A copy of a data file's content fit for validation; warnings name each field and ``source``.

    Raises :class:`DrafterError` for nesting deeper than :data:`MAX_DEPTH` and for NaN/Infinity.
    """
    found: list[tuple[Loc, str]] = []
    result = _walk(data, (), found, source)
    for loc, text in found[:MAX_WARNINGS]:
        warn(_dropped(text, _where(loc, source)))
    if len(found) > MAX_WARNINGS:
        warn(Problem(f"另有{len(found) - MAX_WARNINGS}处也有看不见的控制字符，已删除", source))
    return result


def _walk(value: Any, loc: Loc, found: list[tuple[Loc, str]], source: str) -> Any:
    if len(loc) > MAX_DEPTH:
        raise DrafterError.single(
            f"括号 {{ }} [ ] 套了超过{MAX_DEPTH}层，报告数据没有这么深",
            deep_place(loc, source),
            "请检查这里是否多写了括号",
        )
    if isinstance(value, str):
        cleaned = drop_invisible(value)
        if cleaned != value:
            found.append((loc, value))
        return cleaned
    if isinstance(value, dict):
        result = {}
        for key, item in value.items():
            if isinstance(key, str) and INVISIBLE.search(key):
                found.append(((*loc, drop_invisible(key)), key))
                key = drop_invisible(key)
            result[key] = _walk(item, (*loc, key), found, source)
        return result
    if isinstance(value, list):
        return [_walk(item, (*loc, index), found, source) for index, item in enumerate(value)]
    if _not_a_number(value):
        raise DrafterError.single(f"“{value}”不是数字", _where(loc, source), "请填写数字；没有这项数据时删掉这一项")
    if _too_many_digits(value):
        raise DrafterError.single(
            f"“{_short(value)}”太大或小数位数太多（超过{MAX_DIGITS}位），不是报告里会有的数字", _where(loc, source), "请检查这个数字"
        )
    return value


def _not_a_number(value: Any) -> bool:
    if isinstance(value, Decimal):
        return not value.is_finite()
    return isinstance(value, float) and not math.isfinite(value)


def _too_many_digits(value: Any) -> bool:
    if isinstance(value, Decimal):
        return abs(value.adjusted()) > MAX_DIGITS
    return isinstance(value, int) and not isinstance(value, bool) and value.bit_length() > MAX_DIGITS * 3.33


def _short(value: Decimal | int) -> str:
    text = str(value) if isinstance(value, Decimal) else f"{value:.3e}"
    return text if len(text) <= 20 else f"{text[:12]}…{text[-6:]}"


def _dropped(text: str, place: str) -> Problem:
    codes = "、".join(f"U+{ord(ch):04X}" for ch in dict.fromkeys(INVISIBLE.findall(text)))
    return Problem(
        f"有看不见的控制字符（{codes}），已删除",
        place,
        "Word 里本来也显示不出它们；想不再看到这条提示，请在数据文件里重新输入这一项",
    )


def deep_place(loc: Loc, source: str = "") -> str:
    """Where brackets nest too deep: the field they start in and the first levels below it."""
    shown = loc[:4]
    titles, keys = paths.describe(Report, shown)
    more = "…" if len(loc) > len(shown) else ""
    return f"{source} {titles}{more}（{keys}{more}）".strip() if shown else _where((), source)


def _where(loc: Loc, source: str) -> str:
    named = paths.where(Report, loc) if loc else "最外层"
    return f"{source} {named}".strip()

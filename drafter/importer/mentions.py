"""The numbers a sentence states, each as an :class:`Amount` the model reads (``280余场次``,
``近70个``, ``14.20亿元``, ``1:13.5``, ``98.93%``), with where it stands in the sentence.

A number counts when it is written as an amount: with a unit some figure of the model is counted
in, as a percentage, as money, as a ratio, or bare where a measure without unit is stated
(``差异系数为0.42``). Dates, ordinals (第36届), years (2024年), numbers inside quotation marks or
a title in 《》 (“4节3展”, “十四五”) and parts of names (5G, 1+X) are not amounts.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from drafter.importer.lexicon import all_units
from drafter.model.amount import INNER_SUFFIXES, OUTER_SUFFIXES, PREFIXES, Amount, parse_amount

#: A change in a rate: never a figure's value, always how much it changed.
POINTS = "个百分点"
_CHINESE = "一二两三四五六七八九十百千"
#: What may follow a bare number that is still an amount: punctuation, a bracket, the end.
_BARE_END = "，。；：、,;:）)“”\"' "
#: Marks that enclose names and titles, whose numbers are not amounts.
_QUOTES = {"“": "”", "《": "》", "\"": "\"", "‘": "’", "「": "」"}
_NORMAL = str.maketrans("０１２３４５６７８９．％∶：", "0123456789.%::")


@dataclass(frozen=True)
class Mention:
    """A number in a sentence: ``start``/``end`` in the sentence, the text as written, the amount."""

    start: int
    end: int
    text: str
    amount: Amount

    @property
    def unit(self) -> str:
        return self.amount.unit

    @property
    def ratio(self) -> bool:
        return bool(self.amount.second)

    @property
    def points(self) -> bool:
        return self.amount.unit == POINTS

    @property
    def percent(self) -> bool:
        return self.amount.unit == "%"


@lru_cache(maxsize=1)
def _pattern() -> re.Pattern[str]:
    units = "|".join(re.escape(u) for u in (POINTS, *all_units(), "元", "%"))
    prefixes = "|".join(PREFIXES)
    inner = "|".join(INNER_SUFFIXES)
    outer = "|".join(OUTER_SUFFIXES)
    return re.compile(
        rf"(?P<prefix>{prefixes})?"
        rf"(?:(?P<ratio>\d+(?:\.\d+)?:\d+(?:\.\d+)?)"
        rf"|(?P<digits>\d+(?:\.\d+)?)(?P<scale>[千万亿])?"
        rf"|(?P<chinese>[{_CHINESE}]+))"
        rf"(?P<suffix>{inner})?"
        rf"(?P<unit>{units})?"
        rf"(?P<post>{outer})?"
    )


def normalised(text: str) -> str:
    """Full-width digits, ``．``, ``％`` and the ratio colon as the amount parser reads them
    (one character for one, so places in the text stay where they are)."""
    return text.translate(_NORMAL)


def find_mentions(sentence: str) -> list[Mention]:
    """The amounts ``sentence`` states, in order."""
    text = normalised(sentence)
    quoted = _quoted_spans(text)
    mentions: list[Mention] = []
    position = 0
    while True:
        match = _pattern().search(text, position)
        if match is None:
            return mentions
        mention = _mention(text, match, quoted)
        if mention is None:
            position = match.start() + 1
            continue
        mentions.append(mention)
        position = mention.end


def _mention(text: str, match: re.Match[str], quoted: list[tuple[int, int]]) -> Mention | None:
    start, end = match.span()
    if end == start or any(a <= start < b for a, b in quoted):
        return None
    number_start = match.start("ratio") if match["ratio"] else match.start("digits") if match["digits"] else match.start("chinese")
    before = text[number_start - 1] if number_start > 0 else ""
    if before and (before.isdigit() or before in ".第+-/×xX" or before.isascii() and before.isalpha()):
        return None
    if match["chinese"] and not _counted_chinese(text, match):
        return None
    end = _trim_post(text, match, end)
    if text.startswith("之", end):  # 三分之二, 百分之五十: a fraction, not an amount of 分
        return None
    if not match["unit"] and not _bare(text, match, end):
        return None
    written = text[start:end]
    try:
        amount = parse_amount(written)
    except ValueError:
        return None
    return Mention(start, end, written, amount)


def _trim_post(text: str, match: re.Match[str], end: int) -> int:
    """``多`` after a unit starts a word more often than it means “odd” (多渠道): kept only at a
    clause's end."""
    if match["post"] == "多" and end < len(text) and text[end] not in _BARE_END:
        return end - 1
    return end


def _counted_chinese(text: str, match: re.Match[str]) -> bool:
    """A number in Chinese counts only with a unit, and not as part of a word (一是, 第一, 之一,
    一个中心): two or more, or an approximation (百余场)."""
    if not match["unit"] or match["unit"] in ("%", POINTS):
        return False
    start = match.start("chinese")
    if start > 0 and text[start - 1] in "第之每星周逐唯统单同万个其":
        return False
    numeral = match["chinese"]
    if numeral in ("一", "十") and not match["suffix"]:
        return False
    end = match.end()
    return not (text.startswith("是", end) or text.startswith("一体", end))  # 一是……, 三位一体


#: Words a level without unit is said with: 由754.7下降至753.6, 为0.42.
_BARE_BEFORE = ("由", "从", "为", "达到", "至", "到", "是")
_BARE_AFTER = ("下降", "提升", "提高", "增加", "降低", "减少", "上升", "变为")


def _bare(text: str, match: re.Match[str], end: int) -> bool:
    """A number without unit is an amount only when nothing follows it but punctuation, or it is
    a level raised or lowered (由754.7下降至753.6): not a year, a version or part of a name."""
    if match["ratio"]:
        return True
    if not match["digits"]:
        return False
    if end >= len(text) or text[end] in _BARE_END:
        return True
    start = match.start()
    return text[end:].startswith(_BARE_AFTER) or (text[:start].endswith(_BARE_BEFORE) and text[end:].startswith(_BARE_AFTER))


def _quoted_spans(text: str) -> list[tuple[int, int]]:
    spans = []
    index = 0
    while index < len(text):
        close = _QUOTES.get(text[index])
        if close:
            end = text.find(close, index + 1)
            if end != -1 and end - index <= 60:
                spans.append((index, end + 1))
                index = end + 1
                continue
        index += 1
    return spans


#: A number with a word after it that no figure is counted in (6333本, 10余本); not a date, an
#: ordinal or a part of a name.
_OTHER = re.compile(r"(?<![\d.第])\d+(?:\.\d+)?[千万亿]?(?:余|多)?([\u4e00-\u9fff])")
_NOT_COUNTED = "年月日号届期周岁时点倍级版代批次小天"


def other_numbers(sentence: str, mentions: list[Mention]) -> list[str]:
    """Numbers of ``sentence`` that are counted in a unit no figure of the model has: they stay
    in their sentence, and the account lists them."""
    text = normalised(sentence)
    quoted = _quoted_spans(text)
    found = []
    for match in _OTHER.finditer(text):
        start = match.start()
        if match[1] in _NOT_COUNTED or any(m.start <= start < m.end for m in mentions) or any(a <= start < b for a, b in quoted):
            continue
        found.append(match.group(0))
    return found

"""Chinese numerals as clerks write them in reports: 三, 十三, 二十五, 一百零八, 两万, 九十二点六.

Only the standard forms are read; a colloquial abbreviation such as 三百五 (350? 305?) is refused
rather than guessed, and the clerk is asked for Arabic numerals.
"""

from decimal import Decimal

DIGITS = {"零": 0, "〇": 0, "一": 1, "二": 2, "两": 2, "三": 3, "四": 4, "五": 5, "六": 6, "七": 7, "八": 8, "九": 9}
SMALL_UNITS = {"十": 10, "百": 100, "千": 1000}
BIG_UNITS = ("万", "亿")
_BIG = {"亿": 10**8, "万": 10**4}

_DIGIT_CHARS = "".join(DIGITS)
#: A Chinese numeral as a regular expression (checked further by :func:`chinese_value`).
CHINESE_NUMERAL = f"[{_DIGIT_CHARS}十百千万亿]+(?:点[{_DIGIT_CHARS}]+[万亿]?)?"


def chinese_value(text: str) -> Decimal:
    """``一百零八`` → 108, ``九十二点六`` → 92.6, ``三点五万`` → 35000; ``ValueError`` if malformed.

    A lone 百/千/万/亿 is read as one of them (``百余`` is a hundred-odd).
    """
    whole, dot, fraction = text.partition("点")
    factor = 1
    if fraction and fraction[-1] in _BIG:
        factor, fraction = _BIG[fraction[-1]], fraction[:-1]
    if dot and not fraction:
        raise ValueError(text)
    if whole in ("百", "千", *BIG_UNITS) and not dot:
        return Decimal(SMALL_UNITS.get(whole) or _BIG[whole])
    value = Decimal(_integer(whole))
    if fraction:
        value += Decimal("0." + "".join(str(DIGITS[ch]) for ch in fraction))
    return value * factor


def _integer(text: str) -> int:
    """An integer written with 万/亿 groups: 两万三千 → 23000."""
    for big, factor in _BIG.items():
        if big in text:
            high, _, low = text.partition(big)
            if not high:
                raise ValueError(text)
            rest = _integer(low.removeprefix("零")) if low else 0
            if rest >= factor or (low and not low.startswith("零") and rest * 10 < factor and rest):
                raise ValueError(text)  # 一万五 (colloquial), or a lower group too large
            return _integer(high) * factor + rest
    return _group(text)


def _group(text: str) -> int:
    """Below ten thousand: 一百零八, 十三, 二十五, 三千零五十."""
    if not text or (len(text) > 1 and text[-1] in "零〇"):
        raise ValueError(text)  # 十零
    value, digit, last_unit, after_zero = 0, None, 10_000, False
    for position, ch in enumerate(text):
        if ch in DIGITS:
            if digit is not None and digit != 0:
                raise ValueError(text)  # two digits in a row: 三五
            after_zero = after_zero or (digit == 0)
            digit = DIGITS[ch]
        elif ch in SMALL_UNITS:
            unit = SMALL_UNITS[ch]
            if unit >= last_unit:
                raise ValueError(text)
            if digit is None and not (ch == "十" and position == 0):
                raise ValueError(text)
            if digit == 0:
                raise ValueError(text)
            value += (1 if digit is None else digit) * unit
            digit, last_unit = None, unit
        else:
            raise ValueError(text)
    if digit:
        if last_unit not in (10, 10_000) and not after_zero and digit != 0:
            raise ValueError(text)  # 三百五: 350 or 305? refuse rather than guess
        value += digit
    return value

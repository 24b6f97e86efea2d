"""Words compared as pairs of characters, the way the importer tells how close a report's words
are to a phrase of the model (三年学前毛入园率 shares five of seven pairs with 学前三年毛入园率),
and how rare each pair is among the model's phrases: 陪餐 or 特岗 says much more about which
figure a number is than 教师 or 学校."""

from __future__ import annotations

import math
import re
from functools import lru_cache

#: The weight of a word pair an average phrase word has; found words count in these.
TYPICAL_WEIGHT = 3.0


@lru_cache(maxsize=4096)
def word_pairs(text: str) -> frozenset[str]:
    """The character pairs of ``text``, numbers and punctuation left out."""
    chars = re.sub(r"[^\u4e00-\u9fff]", "|", text)
    return frozenset(chars[i : i + 2] for i in range(len(chars) - 1) if "|" not in chars[i : i + 2])


def rarity(pairs: frozenset[str] | set[str]) -> float:
    """How much ``pairs`` say together: each pair weighs by how few phrases of the model have it."""
    weights = _rarities()
    most = weights.get("", 1.0)
    return sum(weights.get(pair, most) for pair in pairs)


@lru_cache(maxsize=1)
def _rarities() -> dict[str, float]:
    """Per word pair, log(1 + fields / fields whose phrase has it); ``""`` holds the weight of a
    pair no phrase has."""
    from drafter.importer.lexicon import lexicon

    fields = lexicon("区", "十四五")
    counts: dict[str, int] = {}
    for field in fields:
        for pair in word_pairs("|".join((field.words, field.title, *field.aliases))):
            counts[pair] = counts.get(pair, 0) + 1
    total = len(fields)
    weights = {pair: math.log(1 + total / count) for pair, count in counts.items()}
    weights[""] = math.log(1 + total)
    return weights

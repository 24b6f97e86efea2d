"""What remains of a sentence once its figures are taken: the clauses with nothing taken from them,
kept as the clerk's own sentence (做法与成效) of its part, so that nothing the report says is lost.

A clause goes only when every number in it was taken into a figure or an item (the figure's
phrase says it again); a clause with a number nobody took stays, and the number is listed.
"""

from __future__ import annotations

import re

from drafter.importer.sentences import Sentence

_CLAUSE = re.compile(r"[^，；,;]+[，；,;]?")
#: A remainder shorter than this (a stray 同时、) is not a sentence.
SHORTEST = 4


def remainder(sentence: Sentence, taken: set[int]) -> str:
    """``sentence`` without the clauses whose numbers were all ``taken`` (by reading index)."""
    if not sentence.readings:
        return sentence.text
    kept: list[str] = []
    dropped = False
    for match in _CLAUSE.finditer(sentence.text):
        numbers = [i for i, r in enumerate(sentence.readings) if match.start() <= r.mention.start < match.end()]
        if numbers and all(i in taken for i in numbers):
            dropped = True
            continue
        kept.append(match.group(0))
    if not dropped:
        return sentence.text
    text = "".join(kept).strip().rstrip("，；,;。.")
    return text + "。" if len(text) >= SHORTEST else ""

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


#: How a clause that leads into what follows starts: 在区委、区政府的大力支持下, 按照……要求.
_LEAD = re.compile(r"^(在|按照|根据|依据|围绕|落实|通过|依托|对照|借助)")
#: The longest lead-in read as a part's 依据和背景.
LONGEST_LEAD = 40


def remainder(sentence: Sentence, taken: set[int]) -> tuple[str, bool]:
    """``sentence`` without the clauses whose numbers were all ``taken`` (by reading index), and
    whether what remains only led into the clauses taken (在区委、区政府的大力支持下，……)."""
    if not sentence.readings:
        return sentence.text, False
    kept: list[str] = []
    dropped_at: int | None = None
    leading = True
    for match in _CLAUSE.finditer(sentence.text):
        numbers = [i for i, r in enumerate(sentence.readings) if match.start() <= r.mention.start < match.end()]
        if numbers and all(i in taken for i in numbers):
            dropped_at = len(kept) if dropped_at is None else dropped_at
            continue
        if dropped_at is not None:
            leading = False
        kept.append(match.group(0))
    if dropped_at is None:
        return sentence.text, False
    text = "".join(kept).strip().rstrip("，；,;。.")
    if len(text) < SHORTEST:
        return "", False
    lead = leading and bool(_LEAD.match(text)) and len(text) <= LONGEST_LEAD
    return text + "。", lead

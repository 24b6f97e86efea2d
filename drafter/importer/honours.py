"""Honours (荣誉和称号) read back from the forms the writer says them in
(:mod:`drafter.compose.prose.honours`) and reports use:

* the winners named, then their count: ``青溪中学党总支、县实验小学党支部2个党组织获评……``,
  ``实验小学等3所学校获评……``, ``3家基层学校党组织获评……``;
* a count with its running total: ``新增全国青少年校园足球特色学校2所（累计9所）``;
* a count after the title: ``获评……3个``, several sharing their verb: ``获评A2所、B3个``;
* a total alone: ``现有省级平安校园11所``.

A number counts an honour only in a clause with an honour's verb. Named winners, a running
total, or a total of a title that says its level make it an honour (the writer says no figure
so), and the figures leave such a number alone unless a figure's phrase says the very same words
(:func:`sure_honours`); any other honour's number is one no figure took.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from drafter.compose.prose.honours import ADDED_VERB, DEFAULT_VERB, HONOUR_ADVERBS, HONOUR_VERBS, STOCK_VERB, honoree, says_level
from drafter.importer.roles import TOTAL, VALUE
from drafter.importer.sentences import Sentence

#: Verbs reports use for an honour besides the writer's own; read, never written.
_MORE_VERBS = ("新评", "获批")
_VERBS = tuple(sorted({*HONOUR_VERBS, *_MORE_VERBS, STOCK_VERB}, key=len, reverse=True))
#: The verbs the writer chooses itself, left out of the honour's name.
_DEFAULT_VERBS = (DEFAULT_VERB, ADDED_VERB, STOCK_VERB)
_CLAUSE_STOP = "，。；,;"
_SHORTEST_TITLE = 3
#: How honours sharing their verb are joined: ``获评A2所、B3个``.
_LISTED = "、"

Key = tuple[int, int, int]


@dataclass(frozen=True)
class HonourRead:
    honour: dict[str, Any]
    readings: list[int]
    #: Said with its winners as the writer says them, or with its running total: no figure's.
    sure: bool = False


def sure_honours(sentences: list[Sentence]) -> set[Key]:
    """The readings of every honour said with its winners or its running total: no figure's."""
    found: set[Key] = set()
    for sentence in sentences:
        for index, reading in enumerate(sentence.readings):
            if reading.role != VALUE or reading.owner is not None:
                continue
            honour = honour_at(sentence, index)
            if honour is not None and honour.sure:
                found |= {(sentence.paragraph, sentence.number, i) for i in honour.readings}
    return found


def honour_at(sentence: Sentence, index: int) -> HonourRead | None:
    """The honour whose count (or running total) is the ``index``-th number, if its clause says one."""
    text = sentence.text
    mention = sentence.readings[index].mention
    start, end = _clause(text, mention.start)
    after = text[mention.end : end]
    before = text[start : mention.start]
    total = next((i for i, r in enumerate(sentence.readings) if r.role == TOTAL and r.owner == index), None)
    total_text = sentence.readings[total].mention.text if total is not None else ""
    after = re.sub(r"（累计[^）]*）", "", after)
    listed = _listed_at(sentence, index, start)
    found = _counted_before_verb(before, mention.text, after) if not listed else None
    found = found or _counted_after_title(before, mention.text, listed)
    if found is None:
        return None
    honour, verb, named = found
    if total_text:
        if verb == STOCK_VERB:
            return None  # 现有……N（累计M）: not how an honour is said
        honour["total"] = total_text
        honour["name"] = honour["name"].removeprefix(ADDED_VERB)  # 新增……2所（累计9所）: the writer's own words
    return HonourRead(honour, [index] + ([total] if total is not None else []), named or bool(total_text))


def _clause(text: str, position: int) -> tuple[int, int]:
    start = max(text.rfind(ch, 0, position) for ch in _CLAUSE_STOP) + 1
    ends = [i for i in (text.find(ch, position) for ch in _CLAUSE_STOP) if i >= 0]
    return start, min(ends) if ends else len(text)


def _listed_at(sentence: Sentence, index: int, clause_start: int) -> int:
    """Where the honour of the ``index``-th number starts in its clause when it follows another
    honour under their shared verb (获评A2所（累计9所）、|B3个); 0 when it does not."""
    text = sentence.text
    start = sentence.readings[index].mention.start
    ends = [r.mention.end for r in sentence.readings[:index] if clause_start <= r.mention.start]
    for end in sorted(ends, reverse=True):
        rest = text[end:start]
        if rest.startswith("）"):
            rest = rest[1:]
            end += 1
        if rest.startswith(_LISTED):
            return end + len(_LISTED) - clause_start
    return 0


#: An honour read: its data, its verb, and whether its winners are named as the writer names them.
Found = tuple[dict[str, Any], str, bool]


def _counted_before_verb(before: str, count: str, after: str) -> Found | None:
    """``实验小学等3所学校获评……``, ``3家基层学校党组织获评……``: the number counts the winners.
    The winners are named as the writer names them when the number counts what the title's
    winners are (3所学校|……文明校园)."""
    for verb in _VERBS:
        at = after.find(verb)
        if at < 0 or at > 12:
            continue
        noun = after[:at]
        adverb = next((a for a in HONOUR_ADVERBS if noun.endswith(a)), "")
        noun = noun[: len(noun) - len(adverb)]
        title = after[at + len(verb) :].strip()
        if len(title) < _SHORTEST_TITLE or (noun and not honoree(noun) and not _counts(noun)):
            return None
        honour: dict[str, Any] = {"name": _named(adverb + verb, title), "count": count}
        winners = [w for w in re.split("[、，]", before.removesuffix("等").strip()) if w.strip()]
        if winners and all(len(w) <= 24 for w in winners):
            honour["winners"] = winners
            return honour, verb, bool(noun) and noun == honoree(title)
        return honour, verb, False
    return None


def _counts(noun: str) -> bool:
    """Words a count of winners may count (基层学校党组织, 案例, 学生)."""
    return bool(re.search(r"(校|园|组织|支部|党委|集体|单位|个人|人|教师|学生|案例|项目|团队)$", noun))


def _counted_after_title(before: str, count: str, listed: int = 0) -> Found | None:
    """``获评……3个``, ``新增……2所（累计9所）``, ``现有……11所``: the number follows the title;
    after another honour's number and ``、`` (``listed``), the verb is the one they share. Winners
    before the verb are named as the writer names them when the title does not say what they are
    (the number counts what was won: xx小学等学校获得……课题3个)."""
    for verb in _VERBS:
        at = before.rfind(verb, 0, listed or len(before))
        if at < 0:
            continue
        title = before[listed or at + len(verb) :]
        winners_text = before[:at]
        adverb = next((a for a in HONOUR_ADVERBS if winners_text.endswith(a)), "")
        winners_text = winners_text[: len(winners_text) - len(adverb)]
        if len(title) < _SHORTEST_TITLE or title.endswith("各"):
            return None
        if verb == STOCK_VERB:  # 现有省级平安校园11所; 现有56人以上大班额 is a figure's
            return {"name": title, "total": count}, verb, says_level(title)
        honour: dict[str, Any] = {"name": _named(adverb + verb, title, counted=True), "count": count}
        winners = [w for w in re.split("[、]", winners_text) if w.strip()]
        if winners and all(len(w) <= 24 and not re.search(r"[，。；]", w) for w in winners):
            honour["winners"] = winners
            return honour, verb, not honoree(title)
        return honour, verb, False
    return None


def _named(verb: str, title: str, counted: bool = False) -> str:
    """The honour's name: its title, with the verb when the writer would not choose it itself
    (新增 is its word for a count with a running total only)."""
    defaults = (DEFAULT_VERB,) if counted else _DEFAULT_VERBS
    return title if verb in defaults else f"{verb}{title}"

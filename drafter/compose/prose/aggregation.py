"""Aggregation: figures said together share a clause, and clauses are packed into sentences.

Neighbours with the same verb say it once (``开展理论学习宣讲280余场次、专题研讨12次``), a head
they share is said once (``一等奖5个、二等奖9个``), plain levels of one measure are said once for
several stages (``小学、初中生师比分别为16.5:1、12.8:1``), and a sentence holds a few clauses.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from drafter.compose.prose.said import SHARED_HEAD, STAGES, Said, common_prefix, common_suffix

#: Verbs said once in a run of figures, however the figures are grouped (共有党支部102个……。党员1800余名……),
#: until a figure with another verb comes between.
LIGHT_VERBS = frozenset({"有", "现有", "建有"})

#: Clauses in one sentence before the next figure starts a new one, so a part never reads as a run-on.
CLAUSES_PER_SENTENCE = 5


class Group(str):
    """A clause group; ``leans`` when it refers to the group before it (覆盖率…); ``opens`` when
    it starts a sentence of its own (a 有 said again after another verb: 全县有……)."""

    leans: bool = False
    opens: bool = False


def _group(text: str, leans: bool = False, opens: bool = False) -> Group:
    group = Group(text)
    group.leans = leans
    group.opens = opens
    return group


def packed(groups: list[str], most: int = CLAUSES_PER_SENTENCE) -> list[str]:
    """Clause groups joined into sentences of at most ``most`` clauses (a group is never split,
    and a group that leans on the one before stays in its sentence)."""
    sentences: list[str] = []
    size = 0
    for group in groups:
        clauses = group.count("，") + 1
        leans, opens = getattr(group, "leans", False), getattr(group, "opens", False)
        if sentences and not opens and (size + clauses <= most or leans):
            sentences[-1] += "，" + group
            size += clauses
        else:
            sentences.append(group)
            size = clauses
    return sentences


def aggregate(said: Sequence[Said]) -> list[str]:
    """Clause groups for figures said together: plain levels of one measure in one clause, then
    neighbours with the same verb under it once."""
    merged = _shared_measures(list(said))
    groups: list[str] = []
    previous: Said | None = None
    listed = 0  # figures in the last group, under its one verb
    light_said = False
    for item in merged:
        resumed = False
        if item.verb in LIGHT_VERBS:
            resumed = not light_said and not item.silent and bool(groups)
            item = replace(item, silent=item.silent or light_said)
            light_said = True
        elif not item.silent:
            light_said = False  # after 择优确定……, a bare 党组织575个 would read as what was 确定
        shares_verb = previous is not None and bool(item.verb) and item.verb == previous.verb
        if shares_verb and previous is not None and previous.after and previous.aside:
            groups[-1] = _bracketed(groups[-1], previous)  # 小学53所（较上年减少2所）、初中14所
            previous = replace(previous, after=())
        if shares_verb and previous is not None and not previous.after:
            mark, body = _without_shared_head(item, previous)
            groups[-1] = _group("，".join([groups[-1] + mark + body, *item.after]), getattr(groups[-1], "leans", False))
            previous = replace(item, head=previous.head) if not item.after else item
            listed += 1
            continue
        _close_list(groups, previous, listed)
        groups.append(_group(item.text, item.referring, opens=resumed))  # a new sentence: 全县有……
        previous = item
        listed = 1
    _close_list(groups, previous, listed)
    return groups


def _close_list(groups: list[str], last: Said | None, listed: int) -> None:
    """A list of figures ending with a change: the change in brackets too, so that it is not read
    as the whole list's (……、409个行政村、428个社区（与上年持平）)."""
    if last is not None and listed >= 2 and last.after and last.aside:
        groups[-1] = _bracketed(groups[-1], last)


def _bracketed(group: str, said: Said) -> Group:
    """The group with the aside that ends it (the last figure's change) put in brackets."""
    aside = "，" + "，".join(said.after)
    assert group.endswith(aside)
    return _group(f"{group[: -len(aside)]}（{aside[1:]}）", getattr(group, "leans", False))


def _without_shared_head(item: Said, previous: Said) -> tuple[str, str]:
    """How ``item`` follows ``previous`` under their shared verb, and what of it is said: a head
    the two share is said once (``、二等奖9个`` after ``职业院校技能大赛一等奖5个``); the same
    head counted in another unit follows its number directly (群众来访125批331人次)."""
    shared = common_prefix(item.head, previous.head)
    if shared and shared == item.head == previous.head and item.body.startswith(shared):
        return "", item.body[len(shared):]
    if len(shared) >= SHARED_HEAD and 2 <= len(item.head) - len(shared) <= 4:
        return "、", item.body[len(shared):]
    return "、", item.body


def _shared_measures(said: list[Said]) -> list[Said]:
    """Runs of plain levels of one measure said once: ``小学、初中生师比分别为16.5:1、12.8:1``."""
    out: list[Said] = []
    run: list[Said] = []
    for item in [*said, None]:
        if item is not None and item.level and not item.verb and _joins(run, item):
            run.append(item)
            continue
        out.extend(_merge(run))
        run = [item] if item is not None and item.level and not item.verb else []
        if item is not None and not run:
            out.append(item)
    return out


def _joins(run: list[Said], item: Said) -> bool:
    return not run or _split_heads([*(s.head for s in run), item.head]) is not None


def _merge(run: list[Said]) -> list[Said]:
    if len(run) < 2:
        return run
    split = _split_heads([s.head for s in run])
    assert split is not None
    prefix, middles, suffix = split
    body = f"{prefix}{'、'.join(middles)}{suffix}分别为{'、'.join(s.level for s in run)}"
    return [Said("", body)]


def _split_heads(heads: list[str]) -> tuple[str, list[str], str] | None:
    """The measure several heads share and what differs, or None when they are not one measure
    said of several stages (``小学``/``初中`` + ``生师比``) or several short aspects of one
    subject (``学生体质健康`` + ``合格率``/``优良率``)."""
    suffix = common_suffix(*heads)
    middles = [head[: len(head) - len(suffix)] for head in heads]
    if len(suffix) >= 3 and all(middle in STAGES for middle in middles):
        return "", middles, suffix
    prefix = common_prefix(*heads)
    middles = [head[len(prefix):] for head in heads]
    if len(prefix) >= SHARED_HEAD and all(2 <= len(middle) <= 4 for middle in middles):
        return prefix, middles, ""
    return None



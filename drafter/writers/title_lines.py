"""Split a long title into balanced lines (GB/T 9704-2012 7.3.1).

标题回行时，要做到词意完整，排列对称，长短适宜，间距恰当，标题排列应当使用梯形或菱形. Lines break
only between words: preferably at the seams of a 公文 title (发文机关 + 关于 + 事由 + 的 + 文种, or
《…》 around a quoted title), else after a place name or a year, and only as a last resort between
two Chinese characters — never inside a number, a Latin word or a pair of brackets. Among the
breaks that fit, the one whose lines are most even and form a trapezoid (upper lines not longer)
or a diamond (the middle line longest) wins. Without a dictionary a break between two characters
may still split a word; a clerk who wants other breaks writes them into the title as line breaks.

A title that issues or forwards a document (…关于印发《…》的通知) puts the quoted title on a line
of its own, as bureaus print it: 发文机关关于印发 / 《…》 / 的通知 — a diamond whose middle line is
the document being issued.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

from drafter.writers.measure import text_width

# The patterns below are compiled on first use (``re`` keeps them compiled): most titles fit on
# one line and never need them, and compiling them would cost every build several milliseconds.

#: Break before these (the seam between 发文机关 and 事由, or before a quoted title).
_BEFORE_STRONG = r"关于|《|的(?:通知|通报|意见|决定|报告|请示|批复|函|纪要|方案|办法|规定|公告)"
#: Break after these: a quoted title's end, an organ name before its 事由.
_AFTER_STRONG = r"》|(?:教育局|人民政府|政府|委员会|办公室|督导室|教育工委|教委|教育厅)(?=关于|\d|印发|转发)"
#: Weaker seams: after a place name or a year, before the kind of document or a school stage.
_AFTER_MEDIUM = r"(?:省|市|区|县|旗|年|年度|局|厅|委员会|政府|办公室|、|，)(?![》）」])"
_BEFORE_MEDIUM = (
    r"(?:教育工作|工作|管理|建设|发展|改革|自评报告|实施意见|实施方案|情况|中小学|幼儿园|义务教育|学前教育|职业教育)"
)

#: 发文机关 + 关于印发 | 《被印发的文件》 | 的通知: the three parts of an issuing title.
_ISSUING = r"^(?P<issuer>.*(?:印发|转发|发布|颁发|颁布))(?P<quoted>《[^《》]+》)(?P<kind>的\S+)$"

STRONG, MEDIUM, WEAK = 0, 1, 3
_OPENERS = "《（「“‘〔"
_CLOSERS = "》）」”’〕、，。；：！？"
_MAX_LINES = 4


@dataclass(frozen=True)
class _Break:
    at: int
    cost: int


def balanced_lines(title: str, max_width: float) -> list[str]:
    """``title`` as one or more lines of at most ``max_width`` characters each.

    A title that already contains line breaks is the clerk's own choice and is kept as given.
    """
    title = title.strip()
    if "\n" in title:
        return [line.strip() for line in title.splitlines() if line.strip()]
    if text_width(title) <= max_width:
        return [title]
    issuing = re.match(_ISSUING, title)
    if issuing:
        return [line for part in issuing.groups() for line in balanced_lines(part, max_width)]
    breaks = _candidate_breaks(title)
    prefix = list(itertools.accumulate((text_width(c) for c in title), initial=0.0))
    best: tuple[float, list[int]] | None = None
    minimum = int(-(-prefix[-1] // max_width))
    for count in range(minimum, _MAX_LINES + 1):
        for chosen in itertools.combinations(breaks, count - 1):
            edges = [0, *(b.at for b in chosen), len(title)]
            widths = [prefix[b] - prefix[a] for a, b in zip(edges, edges[1:])]
            if max(widths) > max_width:
                continue
            score = 4 * sum(b.cost for b in chosen) + _shape_penalty(widths)
            if best is None or score < best[0]:
                best = (score, edges[1:-1])
        if best is not None:
            return _cut(title, best[1])
    return _hard_wrap(title, max_width)


def _candidate_breaks(title: str) -> list[_Break]:
    costs: dict[int, int] = {}

    def offer(at: int, cost: int) -> None:
        if 0 < at < len(title) and _may_break(title, at):
            costs[at] = min(cost, costs.get(at, cost))

    for match in re.finditer(_BEFORE_STRONG, title):
        offer(match.start(), STRONG)
    for match in re.finditer(_AFTER_STRONG, title):
        offer(match.end(), STRONG)
    for match in re.finditer(_AFTER_MEDIUM, title):
        offer(match.end(), MEDIUM)
    for match in re.finditer(_BEFORE_MEDIUM, title):
        offer(match.start(), MEDIUM)
    for at in range(1, len(title)):
        offer(at, WEAK)
    return [_Break(at, cost) for at, cost in sorted(costs.items())]


def _may_break(title: str, at: int) -> bool:
    """Never split a number or Latin word, never strand a bracket or punctuation mark."""
    before, after = title[at - 1], title[at]
    if before.isascii() and after.isascii() and (before.isalnum() and after.isalnum()):
        return False
    if after in _CLOSERS or before in _OPENERS:
        return False
    return not _inside_brackets(title, at)


def _inside_brackets(title: str, at: int) -> bool:
    """Inside a short bracketed phrase such as （试行） or 〔2022〕 (a 《…》 title may break)."""
    for opener, closer in (("（", "）"), ("〔", "〕"), ("(", ")")):
        if title.rfind(opener, 0, at) > title.rfind(closer, 0, at):
            return True
    return False


def _shape_penalty(widths: list[float]) -> float:
    """Uneven lines cost a little; lines that are neither a trapezoid nor a diamond cost more."""
    spread = max(widths) - min(widths)
    trapezoid = sum(max(0.0, a - b) for a, b in zip(widths, widths[1:]))
    inverted = sum(max(0.0, b - a) for a, b in zip(widths, widths[1:]))
    shapes = [trapezoid, inverted + 0.5 * trapezoid]  # an inverted trapezoid is tolerated, not liked
    for peak in range(1, len(widths) - 1):
        rising = sum(max(0.0, widths[i] - widths[i + 1]) for i in range(peak))
        falling = sum(max(0.0, widths[i + 1] - widths[i]) for i in range(peak, len(widths) - 1))
        shapes.append(rising + falling)
    return 2 * min(shapes) + 0.3 * spread


def _cut(title: str, positions: list[int]) -> list[str]:
    edges = [0, *positions, len(title)]
    return [title[a:b] for a, b in zip(edges, edges[1:])]


def _hard_wrap(title: str, max_width: float) -> list[str]:
    """A title too long for four lines: fill lines greedily (the clerk should shorten it)."""
    lines, line = [], ""
    for char in title:
        if line and text_width(line + char) > max_width:
            lines.append(line)
            line = ""
        line += char
    return [*lines, line] if line else lines

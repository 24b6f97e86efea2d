"""The outline markup templates write, and how it becomes outline blocks.

Markup (one construct per line)::

    # 坚持党建引领，全面加强党的建设      level-1 heading (一、)
    ## 学前教育                          level-2 heading (（一）)
    ### 政治统领持续加强                 run-in heading (1.) — opens the next paragraph
    #### 细项                            run-in heading (（1）)
    - 学有优教扎实有力                   a point: ``一是学有优教扎实有力。`` and the lines after it
    -                                    a point without a title: ``一是`` + the lines after it
    any other text                       paragraph text; lines are joined, a blank line ends it

A point runs until the next point, heading or blank line, so several points can share one
paragraph (``一是……。二是……。``) or stand in paragraphs of their own. Points are counted from
each heading on.

Filters mark what they write: a figure or sentence of the clerk's is *filled*, a figure nobody
entered is *missing*. Rules that keep the document free of gaps, of figures nobody typed, and of
stock phrases about work nobody reported:

* A paragraph (or point) in which nothing was filled is left out whole.
* A sentence in which nothing was filled is left out whole, stock phrases included.
* A clause (text between ，；： and the sentence end) with a missing figure is left out.
* A heading or point title with nothing under it is left out, and numbers (一、 1. 一是) are
  assigned only afterwards, so they close up.

Text without any figure (the opening paragraph) is kept as it is. ``|opt`` writes a figure whose
absence leaves its clause standing (``全年开展警示教育{{ x|opt }}，覆盖……``).
"""

from __future__ import annotations

import math
import re
from dataclasses import dataclass, field
from typing import Iterable

from drafter.compose.prose.punctuation import SENTENCE_END, normalise
from drafter.model.text import UNSEEN
from drafter.outline import Block, Heading, Paragraph

#: What a missing figure renders as inside a template; never reaches the document.
MISSING = "\ue000"
#: Put before what a filter wrote from the clerk's data.
FILLED = "\ue001"
#: An optional figure that was not entered: counts as a figure, removes nothing.
EMPTY = "\ue002"
#: Put before everything a ``{{ … }}`` writes, so that what a template prints is text: it
#: cannot start a heading (``# ``) or a point (``- ``) however it begins.
TEXT = "\ue003"
#: Around the subject of a sentence (``{{ phrases.area|subject }}``): when the clause holding it is
#: left out, the subject moves to the next clause kept, so that clause still says whose it is.
#: A hidden subject (``|subject(false)``) is written only when it moves.
SUBJECT, SUBJECT_END, HIDDEN, HIDDEN_END = "\ue004", "\ue005", "\ue006", "\ue007"
#: Around the key of a heading (``{{ "party.theory"|key }}``), by which a data file renames it.
KEY, KEY_END = "\ue008", "\ue009"
_MARKS = MISSING + FILLED + EMPTY
#: What a template may not put into the document, as no reader would see it.
_UNSEEN = re.compile(f"[{UNSEEN}]")
_STRIPPED = {ord(mark): None for mark in _MARKS + TEXT + SUBJECT + SUBJECT_END}
_SUBJECT = re.compile(f"[{SUBJECT}{HIDDEN}](.*?)[{SUBJECT_END}{HIDDEN_END}]", re.S)
_HIDDEN = re.compile(f"{HIDDEN}.*?{HIDDEN_END}|{KEY}.*?{KEY_END}", re.S)
_KEY = re.compile(KEY + "(.*?)" + KEY_END, re.S)

_HEADING = re.compile(r"^(#{1,4})(?:\s+(.*?))?\s*$")
_PLACEHOLDER = re.compile(r"\{(n|cn)\}")
_POINT = re.compile(r"^-(?:\s+(.*?))?\s*$")
CLAUSE_ENDS = "，；：" + SENTENCE_END
_OPENERS = {"“": "”", "‘": "’", "（": "）", "《": "》", "(": ")"}
_RUN_IN_LEVEL = 3
_CHINESE_DIGITS = "零一二三四五六七八九"

DEFAULT_NUMBERING = {1: "{cn}、", 2: "（{cn}）", 3: "{n}.", 4: "（{n}）"}
DEFAULT_POINT = "{cn}是"


@dataclass(frozen=True)
class Numbering:
    """How headings and points are numbered.

    ``levels`` maps a heading level to its pattern (``{cn}`` = 一二三…, ``{n}`` = 1 2 3…);
    ``point`` is the pattern of a point (``{cn}是``); a level in ``continuous`` keeps counting
    through the whole document instead of restarting under each higher heading (a 工作要点
    numbers its tasks 1. to 29. across all its parts).
    """

    levels: dict[int, str] = field(default_factory=lambda: dict(DEFAULT_NUMBERING))
    point: str = DEFAULT_POINT
    continuous: frozenset[int] = frozenset()
    #: Run-in levels written inside one paragraph, ``一是……。二是……。``, instead of a paragraph each.
    inline: frozenset[int] = frozenset()


def number_text(pattern: str, n: int) -> str:
    """``{cn}、`` → ``三、`` for 3: the placeholders are replaced, nothing else is interpreted."""
    return _PLACEHOLDER.sub(lambda m: str(n) if m.group(1) == "n" else chinese_number(n), pattern)


@dataclass
class _RawHeading:
    level: int
    text: str


def parse(
    text: str,
    numbering: Numbering | dict[int, str] | None = None,
    headings: dict[str, str] | None = None,
) -> list[Block]:
    """Turn rendered template text into numbered outline blocks; ``headings`` renames the
    headings and points marked with a key (``{{ "party"|key }}``)."""
    if not isinstance(numbering, Numbering):
        numbering = Numbering(levels={**DEFAULT_NUMBERING, **(numbering or {})})
    text = _UNSEEN.sub("", text)  # a template's own words are cleaned as the clerk's data is
    raw = _drop_empty_headings(_read(text, numbering.point, headings or {}))
    return _number(raw, numbering)


# -- reading ---------------------------------------------------------------------------------
@dataclass
class _Segment:
    """Lines of a paragraph: the text before its first point (``title is None``) or one point."""

    title: str | None
    lines: list[str] = field(default_factory=list)


class _Reader:
    """Collects paragraphs and headings line by line, counting points from each heading on."""

    def __init__(self, point_pattern: str, headings: dict[str, str]):
        self.point_pattern = point_pattern
        self.headings = headings
        self.items: list[_RawHeading | str] = []
        self.segments: list[_Segment] = [_Segment(None)]
        self.points = 0

    def line(self, line: str) -> None:
        stripped = line.strip()
        heading = _HEADING.match(stripped)
        point = _POINT.match(stripped)
        if heading:
            self.flush()
            self.points = 0
            text = self._title(heading.group(2) or "")
            if text:
                self.items.append(_RawHeading(len(heading.group(1)), normalise(text)))
        elif point:
            self.segments.append(_Segment(self._title(point.group(1) or "")))
        elif stripped:
            self.segments[-1].lines.append(stripped)
        else:
            self.flush()

    def _title(self, raw: str) -> str:
        """A heading's or point's text, or the data file's own words for it (by its key)."""
        key = _KEY.search(raw)
        own = self.headings.get(key.group(1)) if key else None
        return own.strip() if own else strip_marks(raw).strip()

    def flush(self) -> None:
        pieces = [self._segment_text(segment) for segment in self.segments]
        self.segments = [_Segment(None)]
        paragraph = "".join(pieces)
        if paragraph:
            self.items.append(normalise(paragraph))

    def _segment_text(self, segment: _Segment) -> str:
        text = drop_missing("".join(segment.lines))
        if segment.title is None or not text:
            return text
        self.points += 1
        number = number_text(self.point_pattern, self.points)
        title = _run_in(segment.title) if segment.title else ""
        return f"{number}{title}{text}"


def _read(text: str, point_pattern: str = DEFAULT_POINT, headings: dict[str, str] | None = None) -> list[_RawHeading | str]:
    reader = _Reader(point_pattern, headings or {})
    for line in text.split("\n"):  # only "\n": other line breaks are text, not structure
        reader.line(line)
    reader.flush()
    return reader.items


def drop_missing(paragraph: str) -> str:
    """Apply the paragraph, sentence and clause rules; return the text without marks."""
    if not _has_marks(paragraph):
        return strip_marks(paragraph).strip()
    if FILLED not in paragraph:
        return ""
    kept: list[str] = []
    for sentence in _split(paragraph, SENTENCE_END):
        if _has_marks(sentence) and FILLED not in sentence:
            _close(kept, sentence)
            continue
        kept.append(_keep_clauses(sentence) if MISSING in sentence else sentence)
    return strip_marks(_without_repeats("".join(kept))).strip()


def _without_repeats(paragraph: str) -> str:
    """Stock clauses the clerk's own sentences already say are left out: a template's
    ``坚持把学习贯彻……作为首要政治任务`` is not written twice when a highlight says it too."""
    kept = []
    for sentence in _split(paragraph, SENTENCE_END):
        clauses = _split(sentence, CLAUSE_ENDS)
        remaining = [c for c in clauses if _has_marks(c) or not _repeated(c, paragraph)]
        if remaining != clauses:
            sentence = _rejoin(clauses, remaining)
        kept.append(sentence)
    return "".join(kept)


#: A stock clause counts as repeated when the clerk's text holds this much of it, and at least
#: this many characters in a row (“三全育人”综合改革 in the clerk's 做好“三全育人”综合改革试点区创建工作
#: repeats the template's 深化“三全育人”综合改革).
_REPEATED_SHARE, _REPEATED_LENGTH = 0.8, 10


def _repeated(clause: str, paragraph: str) -> bool:
    words = strip_marks(clause).strip(CLAUSE_ENDS + " ")
    if len(words) < _REPEATED_LENGTH:
        return False
    others = paragraph.replace(clause, "", 1)
    if FILLED not in others:
        return False
    others = strip_marks(others)
    run = max(_REPEATED_LENGTH, math.ceil(_REPEATED_SHARE * len(words)))
    return any(words[start : start + run] in others for start in range(len(words) - run + 1))


def _rejoin(clauses: list[str], kept: list[str]) -> str:
    """The kept clauses as one sentence, ending as the sentence did."""
    if not kept:
        return ""
    ending = clauses[-1][-1] if clauses[-1] and clauses[-1][-1] in CLAUSE_ENDS else ""
    return "".join(kept[:-1]) + kept[-1].rstrip(CLAUSE_ENDS) + ending


def _close(kept: list[str], dropped: str) -> None:
    """A sentence ended by ``；`` whose continuation was left out ends as the continuation did."""
    end = dropped.rstrip()[-1:]
    if kept and end in "。！？" and kept[-1].rstrip().endswith("；"):
        kept[-1] = kept[-1].rstrip()[:-1] + end


def strip_marks(text: str) -> str:
    return _HIDDEN.sub("", text).translate(_STRIPPED)


def _has_marks(text: str) -> bool:
    return any(mark in text for mark in _MARKS)


def _keep_clauses(sentence: str) -> str:
    clauses = _split(sentence, CLAUSE_ENDS)
    kept = []
    subject = ""
    for clause in clauses:
        if MISSING in clause or not clause.strip(CLAUSE_ENDS + " "):
            found = _SUBJECT.search(clause)
            subject = subject or (found.group(1) if found else "")
            continue
        if subject and not _SUBJECT.search(clause):
            clause = _after_marks(clause, subject)
        subject = ""
        kept.append(clause)
    if not kept:
        return ""
    ending = clauses[-1][-1] if clauses[-1] and clauses[-1][-1] in CLAUSE_ENDS else ""
    last = kept[-1].rstrip(CLAUSE_ENDS)
    return "".join(kept[:-1]) + last + ending


def _after_marks(clause: str, subject: str) -> str:
    """``clause`` with ``subject`` in front of its words (after any leading marks)."""
    start = len(clause) - len(clause.lstrip(_MARKS + TEXT + " "))
    return clause[:start] + subject + clause[start:]


def _split(text: str, ends: str) -> list[str]:
    """Split after each end mark that is not inside quotes or brackets."""
    pieces: list[str] = []
    depth: list[str] = []
    start = 0
    for i, char in enumerate(text):
        if char in _OPENERS and not (char == "‘" and depth and depth[-1] == "’"):
            depth.append(_OPENERS[char])
        elif depth and char == depth[-1]:
            depth.pop()
        elif char in ends and not depth:
            if i + 1 < len(text) and text[i + 1] in ends:
                continue  # keep runs such as ？！ together
            pieces.append(text[start : i + 1])
            start = i + 1
    if start < len(text):
        pieces.append(text[start:])
    return pieces


# -- pruning and numbering -------------------------------------------------------------------
def _drop_empty_headings(items: list[_RawHeading | str]) -> list[_RawHeading | str]:
    """Keep a heading only if some paragraph follows before a heading of its level or higher."""
    kept: list[_RawHeading | str] = []
    for index, item in enumerate(items):
        if isinstance(item, str) or _has_content(items[index + 1 :], item.level):
            kept.append(item)
    return kept


def _has_content(rest: Iterable[_RawHeading | str], level: int) -> bool:
    for item in rest:
        if isinstance(item, str):
            return True
        if item.level <= level or level >= _RUN_IN_LEVEL:
            return False
    return False


def _number(items: list[_RawHeading | str], numbering: Numbering) -> list[Block]:
    counters = {level: 0 for level in range(1, 5)}
    blocks: list[Block] = []
    lead = ""
    lead_level = _RUN_IN_LEVEL
    inline = ""  # 一是…… waiting for its paragraph
    joins = False  # the last paragraph began with 一是……: the next 二是…… joins it
    for item in items:
        if isinstance(item, str):
            if inline and joins and isinstance(blocks[-1], Paragraph):
                last = blocks[-1]
                blocks[-1] = Paragraph(last.text + inline + item, lead=last.lead, lead_level=last.lead_level)
            else:
                blocks.append(Paragraph(inline + item, lead=lead, lead_level=lead_level))
            joins, inline, lead = bool(inline), "", ""
            continue
        counters[item.level] += 1
        for deeper in range(item.level + 1, 5):
            if deeper not in numbering.continuous:
                counters[deeper] = 0
        number = number_text(numbering.levels.get(item.level, ""), counters[item.level])
        if item.level >= _RUN_IN_LEVEL and item.level in numbering.inline:
            inline = f"{number}{_run_in(item.text)}"
        elif item.level >= _RUN_IN_LEVEL:
            lead, lead_level, joins = f"{number}{_run_in(item.text)}", item.level, False
        else:
            blocks.append(Heading(item.level, item.text, number))
            joins = False
    return blocks


def _run_in(text: str) -> str:
    return text if text[-1] in SENTENCE_END else f"{text}。"


def chinese_number(n: int) -> str:
    """1 → 一, 10 → 十, 12 → 十二, 99 → 九十九, 100 → 一百, 101 → 一百零一, 110 → 一百一十,
    1010 → 一千零一十, 10001 → 一万零一."""
    if n < 0:
        raise ValueError(f"no Chinese numeral for {n}")
    if n >= 10_000:
        high, low = divmod(n, 10_000)
        rest = "" if not low else ("零" if low < 1000 else "") + _below_ten_thousand(low, leading=False)
        return f"{chinese_number(high)}万{rest}"
    return _below_ten_thousand(n, leading=True)


def _below_ten_thousand(n: int, leading: bool) -> str:
    """A leading 一十 is written 十 (十二), inside a number it is not (一百一十); a gap of zeros
    before a later digit is read 零 once (一千零一)."""
    if n < 10:
        return _CHINESE_DIGITS[n]
    parts: list[str] = []
    gap = False
    for value, unit in ((1000, "千"), (100, "百"), (10, "十"), (1, "")):
        digit, n = divmod(n, value)
        if not digit:
            gap = bool(parts)
            continue
        if gap:
            parts.append("零")
            gap = False
        plain_ten = leading and not parts and unit == "十" and digit == 1
        parts.append(("" if plain_ten else _CHINESE_DIGITS[digit]) + unit)
    return "".join(parts)

"""What a reader who signs such reports would rewrite: the patterns of text assembled from a form.

Each pattern is found by :func:`patterns_in`, which returns ``(name, excerpt)`` pairs. The real
reports the kinds are modelled on (``tests/data/corpus``) show none of them; a document drafter
writes from any data must show none either (``tests/test_prose.py``).
"""

from __future__ import annotations

import re
from typing import Callable, Iterator

Found = Iterator[tuple[str, str]]

_CJK = "\u4e00-\u9fff"
_SENTENCE = re.compile(r"[^。！？\n]+[。！？]?")
_CLAUSE_END = "，；：。！？\n"
#: A change that names the previous value (较上年的161所…) or says 持平: the writer's forms.
_CHANGE = re.compile(r"(较|比)(上年|去年|\d{4}年)的?[0-9近约超]|与(上年|去年)(的[^，。；]*)?(基本)?持平")
_DIGIT = re.compile(r"[0-9０-９]")

#: Form labels that no report writes: alternatives in brackets, a placeholder period, 课时为…课时.
FORM_LABELS = (
    "（党组）", "（学校）", "（园长）", "（升学）", "（融合教育）", "（名校长）", "（进修）",
    "五年规划期", "课时为", "区（县）", "（县）级",
)  # fmt: skip
#: A level said twice: the level word before a title that says it.
_LEVEL_TWICE = re.compile(r"(国家级全国|国家级国家|省级全省|市级全市|区级全区|县级全县)")
#: An attainment verb before a fall, or before an approximation.
_PRAISED_FALL = re.compile(r"达到?[0-9.]+%?[^，。；]*，(较|比)(上年|去年)[^，。；]*(下降|减少)")
_APPROXIMATE_ATTAINED = re.compile(r"达到?(约|近|大约)[0-9]")
#: A zero of something bad written as a count.
_BAD_ZERO = re.compile(r"(大班额|违规[^，。]{0,6}|事故[^，。]{0,4})0(个|起|件|次)")
#: Winners buried in brackets after the count of an honour.
_WINNERS_IN_BRACKETS = re.compile(r"获评[^，。；]*?\d+(个|所|名|人|项)（[^）]*(小学|中学|学校|幼儿园|党委|党支部)[^）]*）")
#: Closing formulas a paragraph says once.
CLOSINGS = ("取得新的进展", "取得新进展", "取得新成效", "取得显著成效", "迈上新台阶")
#: Verbs an honour is given with.
_HONOUR_VERB = re.compile("获评")


def sentences(text: str) -> list[str]:
    return [match.group(0) for match in _SENTENCE.finditer(text)]


def clauses(sentence: str) -> list[str]:
    return [piece for piece in re.split(f"[{_CLAUSE_END}]", sentence) if piece]


def change_named_again(text: str) -> Found:
    """``各类学校较上年的161所减少5所``: a change in a clause of its own, the figure named again
    without its value (a clause that starts with the change follows its value and is fine)."""
    for sentence in sentences(text):
        for clause in clauses(sentence):
            match = _CHANGE.search(clause)
            if not match:
                continue
            before = clause[: match.start()]
            if re.search(f"[{_CJK}]", before) and not _DIGIT.search(before) and not before.endswith(("均", "都", "分别")):
                yield "change named again", clause


def form_label(text: str) -> Found:
    for label in FORM_LABELS:
        for match in re.finditer(re.escape(label), text):
            yield "form label", text[max(0, match.start() - 12) : match.end() + 8]


def _form_titles() -> frozenset[str]:
    """The form labels of the model that are not also how a report says the figure."""
    from drafter.model.place import UNITS, localise
    from tests.test_phrases import SPECS

    titles = set()
    for spec in SPECS.values():
        if spec.phrase.words() != spec.title:
            titles |= {localise(spec.title, unit) for unit in UNITS}
    return frozenset(titles)


_BARE = re.compile(r"^(.{2,30}?)(约|近|超过)?[0-9][0-9.]*(余|多)?[个所人名场次节项件间家起例课时万亿元%]+。$")


def bare_label_sentence(text: str) -> Found:
    """``老年大学（学校）1所。``, ``校医和保健教师96名。``: a sentence of a form label and a number."""
    titles = _form_titles()
    for sentence in sentences(text):
        match = _BARE.match(sentence.strip())
        if match and match.group(1) in titles:
            yield "label and number", sentence


def words_against_the_fact(text: str) -> Found:
    for pattern in (_PRAISED_FALL, _APPROXIMATE_ATTAINED, _BAD_ZERO):
        for match in pattern.finditer(text):
            yield "words against the fact", match.group(0)


def honours_as_a_form(text: str) -> Found:
    for match in _LEVEL_TWICE.finditer(text):
        yield "level said twice", text[max(0, match.start() - 6) : match.end() + 10]
    for match in _WINNERS_IN_BRACKETS.finditer(text):
        yield "winners in brackets", match.group(0)
    for sentence in sentences(text):
        if len(_HONOUR_VERB.findall(sentence)) > 3:
            yield "获评 repeated", sentence[:60]


def one_fact_twice(text: str) -> Found:
    """The same amount (three digits or more, with its unit) twice in one paragraph."""
    amount = re.compile(r"(?<![0-9.])([0-9]{3,}(?:\.[0-9]+)?(?:余|多)?(?:万|亿)?(?:元|人次|人|名|个|所|平方米|亩))")
    for paragraph in text.split("\n"):
        seen: dict[str, int] = {}
        for match in amount.finditer(paragraph):
            seen[match.group(1)] = seen.get(match.group(1), 0) + 1
        for value, count in seen.items():
            if count > 1:
                yield "one fact twice", f"{value} ×{count}: {paragraph[:40]}"


def two_closings(text: str) -> Found:
    for paragraph in text.split("\n"):
        said = [closing for closing in CLOSINGS if closing in paragraph]
        if len(said) > 1 or any(paragraph.count(closing) > 1 for closing in said):
            yield "two closing formulas", paragraph[:60]


CHECKS: tuple[Callable[[str], Found], ...] = (
    change_named_again,
    form_label,
    bare_label_sentence,
    words_against_the_fact,
    honours_as_a_form,
    one_fact_twice,
    two_closings,
)


def patterns_in(text: str) -> list[tuple[str, str]]:
    """Every pattern of assembled text found in ``text`` (a document's text, one paragraph a line)."""
    return [found for check in CHECKS for found in check(text)]


def title_names_a_province(title: str) -> bool:
    """A county's title with its province or prefecture (江西省抚州市青溪县2025年…)."""
    return bool(re.search(r"(省|自治区)", title.split("\n")[0]))

"""One fact, said once: a figure that a list item of its part says too is left to the item.

A clerk may enter 营养改善计划 资金1960万元 both as a figure of 学生资助 and as one of its 资助项目
(with its purpose and the students it reaches). The report says it once, in the item's sentence,
which says more; the figure is treated as written.
"""

from __future__ import annotations

from typing import Iterator

from drafter.compose.prose.numbers import NumberWriter
from drafter.model.figure import Figure, HasFigures
from drafter.model.section import Part

#: Words an item's name and a figure's phrase must share to be about the same thing.
SHARED_WORDS = 4


def said_by_items(part: Part, numbers: NumberWriter) -> Iterator[Figure]:
    """The part's figures that one of its list items says with the same value."""
    items = [item for name in type(part).model_fields for item in _items(getattr(part, name))]
    if not items:
        return
    for _, figure in part.figures():
        # one amount alone: this year's value, or a 工作要点's target
        amount = figure.value if figure.target is None else figure.target if figure.value is None else None
        if amount is None or figure.previous is not None or figure.breakdown:
            continue
        written = numbers.amount(amount, figure.spec)
        words = figure.spec.phrase.words()
        if any(_same(item, written, words, numbers) for item in items):
            yield figure


def _items(value: object) -> list[HasFigures]:
    return [item for item in value if isinstance(item, HasFigures)] if isinstance(value, list) else []


def _same(item: HasFigures, written: str, words: str, numbers: NumberWriter) -> bool:
    name = str(getattr(item, "name", ""))
    if not _share(name, words):
        return False
    return any(f.value is not None and numbers.amount(f.value, f.spec) == written for _, f in item.figures())


def _share(name: str, words: str) -> bool:
    """Whether two texts share a run of at least :data:`SHARED_WORDS` characters."""
    return any(name[i : i + SHARED_WORDS] in words for i in range(len(name) - SHARED_WORDS + 1))

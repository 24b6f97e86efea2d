"""What the templates of one document have written so far.

Every filter that writes a clerk's figure, sentence or list records it here, by role: a figure's
value, its previous value (the year-over-year change) and its target are written by different
filters (``fig``, ``change``, ``progress``). ``|rest`` reads the ledger to write what a part's
template left out, so every value entered reaches the document even when no template sentence
was written for it.
"""

from __future__ import annotations

from typing import Any

from drafter.model.place import DEFAULT_UNIT

#: Roles of a figure that a filter can write.
VALUE, PREVIOUS, TARGET = "value", "previous", "target"
#: The role of a list (sentences, honours, projects …) or of anything written whole.
WHOLE = "whole"
#: The clerk's sentences that tell of the work, written to open a part (its results come last).
WORK = "work"


class Ledger:
    """Identities of the objects written in the current document, with the roles written."""

    def __init__(self) -> None:
        self._written: dict[int, set[str]] = {}
        #: Keeps the recorded objects alive, so that their ids are not reused within a document.
        self._kept: list[Any] = []
        #: A 工作要点: figures are targets, written as goals (力争达到……).
        self.plan = False
        #: 区 / 县 …: how the model's titles name the place (区（县）级培训 → 县级培训).
        self.unit = DEFAULT_UNIT
        #: The five-year plan of the report's year (十四五), for phrases that name it.
        self.plan_period = ""

    def reset(self, plan: bool = False, unit: str = DEFAULT_UNIT, plan_period: str = "") -> None:
        self._written.clear()
        self._kept.clear()
        self.plan = plan
        self.unit = unit
        self.plan_period = plan_period

    def record(self, obj: Any, *roles: str) -> None:
        if obj is None:
            return
        roles = roles or (WHOLE,)
        key = id(obj)
        if key not in self._written:
            self._written[key] = set()
            self._kept.append(obj)
        self._written[key].update(roles)

    def written(self, obj: Any, role: str = WHOLE) -> bool:
        return role in self._written.get(id(obj), ())

    def touched(self, obj: Any) -> bool:
        return id(obj) in self._written

"""How the filters mark the clerk's text they write, for the rules of :mod:`drafter.compose.sandbox.markup`."""

from __future__ import annotations

import re

from drafter.compose.sandbox.markup import CLAUSE_ENDS, FILLED, MISSING

#: What an empty list of sentences writes: a sentence of its own with nothing filled, so the
#: rules drop it (and the sentence it ends) without touching the clerk's next sentence.
NOTHING = MISSING + "。"

_CLAUSE_END = re.compile(f"([{CLAUSE_ENDS}])")


def filled(text: str) -> str:
    """The clerk's data written as several clauses: every clause marked filled, so that none is
    taken for a template's stock words (which may be left out when the clerk says the same)."""
    marked = FILLED + _CLAUSE_END.sub(r"\1" + FILLED, text)
    return marked.removesuffix(FILLED)  # the mark belongs to no clause after the last one

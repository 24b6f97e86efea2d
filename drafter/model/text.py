"""Text the clerk types, cleaned the same way everywhere.

* :data:`Sentences` — a list of sentences; blank items are dropped, each is stripped.
* :data:`OptionalText` — one optional line; blank means “not given”.
* :func:`without_end_mark` — a phrase to be written inside a sentence, its own 。；， dropped.
"""

from __future__ import annotations

from typing import Annotated, Optional

from pydantic import AfterValidator


#: Marks that end a sentence or clause, as clerks type them.
END_MARKS = "。；;，,"


def without_end_mark(text: str) -> str:
    """``已竣工投入使用。`` → ``已竣工投入使用``: a phrase the program places inside its own sentence."""
    return text.strip().rstrip(END_MARKS)


def _drop_blank_lines(lines: list[str]) -> list[str]:
    return [line.strip() for line in lines if line.strip()]


def _blank_is_none(value: Optional[str]) -> Optional[str]:
    return (value.strip() or None) if value is not None else None


#: The clerk's own sentences, one per item; blank items are dropped.
Sentences = Annotated[list[str], AfterValidator(_drop_blank_lines)]

#: An optional line of text; an empty or blank answer counts as not given.
OptionalText = Annotated[Optional[str], AfterValidator(_blank_is_none)]

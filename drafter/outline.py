"""The document tree between compose and the writers.

Templates decide *what is said*; writers decide *how it looks*. The outline knows neither the
model nor python-docx: it is a title, an optional 主送机关, a list of blocks (numbered headings and
paragraphs, a paragraph possibly opening with a run-in heading) and the closing 署名/日期.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from typing import Union


@dataclass(frozen=True)
class Heading:
    """A heading on its own line. ``number`` is the assigned numbering, e.g. ``一、`` or ``（二）``."""

    level: int
    text: str
    number: str = ""

    @property
    def full_text(self) -> str:
        return f"{self.number}{self.text}"


@dataclass(frozen=True)
class Paragraph:
    """A body paragraph. ``lead`` is a run-in heading such as ``1.政治统领持续加强。``."""

    text: str
    lead: str = ""
    lead_level: int = 3

    @property
    def full_text(self) -> str:
        return f"{self.lead}{self.text}"


Block = Union[Heading, Paragraph]


@dataclass
class Outline:
    title: str
    blocks: list[Block] = field(default_factory=list)
    recipient: str = ""
    signature: str = ""
    date: dt.date | None = None
    date_text: str = ""
    #: Document properties: author (the issuing organ), subject, keywords.
    author: str = ""
    subject: str = ""

    def headings(self, level: int | None = None) -> list[Heading]:
        return [b for b in self.blocks if isinstance(b, Heading) and (level is None or b.level == level)]

    def paragraphs(self) -> list[Paragraph]:
        return [b for b in self.blocks if isinstance(b, Paragraph)]

"""The document tree between compose and the writers.

Templates decide *what is said*; writers decide *how it looks*. The outline knows neither the
model nor python-docx: it is a title, an optional 主送机关, a list of blocks (numbered headings and
paragraphs, a paragraph possibly opening with a run-in heading) and the closing 署名/日期; a formal
document (the ``formal`` profile) also has a 版头 (letterhead) and a 版记 (colophon).

A report issued with a 印发通知 has a ``notice``: the notice comes first and carries the closing
署名/日期; the report follows on a new page with its own title and body and no closing of its own.
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


@dataclass(frozen=True)
class Notice:
    """印发通知 before the report: its title, 主送机关 and one-paragraph text.

    Its 署名 and 成文日期 are the outline's ``signature`` and ``date_text``.
    """

    title: str
    recipient: str
    text: str


@dataclass(frozen=True)
class Letterhead:
    """版头 (GB/T 9704-2012 7.2): the red 发文机关标志 and the 发文字号, with the red rule under them."""

    mark: str
    number: str


@dataclass(frozen=True)
class Colophon:
    """版记 (7.4): 抄送机关 (may be empty), 印发机关 and 印发日期 at the foot of the last page."""

    printer: str
    print_date_text: str
    copy_to: tuple[str, ...] = ()

    @property
    def copy_to_text(self) -> str:
        """``抄送：甲，乙。`` as 7.4.2 writes it, or empty without recipients of copies."""
        return f"抄送：{'，'.join(self.copy_to)}。" if self.copy_to else ""

    @property
    def imprint_text(self) -> str:
        return f"{self.print_date_text}印发"


@dataclass
class Outline:
    #: The report's title, its 主送机关 and its body.
    title: str
    blocks: list[Block] = field(default_factory=list)
    recipient: str = ""
    #: The closing 署名 and 成文日期: the notice's when there is one, else the report's.
    signature: str = ""
    date: dt.date | None = None
    date_text: str = ""
    #: Document properties: author (the issuing organ), subject, keywords.
    author: str = ""
    subject: str = ""
    letterhead: Letterhead | None = None
    colophon: Colophon | None = None
    notice: Notice | None = None

    @property
    def document_title(self) -> str:
        """The first title on page one, on one line: the notice's when there is one."""
        return (self.notice.title if self.notice else self.title).replace("\n", "")

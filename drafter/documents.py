"""From a validated report to the finished .docx — the one chain ``drafter build`` and
``drafter ask`` share, so both write the same document from the same data file."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.compose.compose import compose
from drafter.model import Report
from drafter.outline import Outline
from drafter.writers.word import Layout, layout_for, write_docx


@dataclass(frozen=True)
class WordDocument:
    outline: Outline
    layout: Layout
    data: bytes


def word_document(report: Report, templates: Path | None = None) -> WordDocument:
    """Compose the report and write it with the layout its ``style`` chooses."""
    outline = compose(report, templates)
    layout = layout_for(report.style.margins, report.style.page_numbers, report.style.run_in_bold)
    return WordDocument(outline, layout, write_docx(outline, layout))

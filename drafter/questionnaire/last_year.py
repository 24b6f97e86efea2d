"""``--from``: last year's data file, read for its figures and its report information."""

from __future__ import annotations

from pathlib import Path

from drafter.inputs import load_report
from drafter.questionnaire.progress import value_at
from drafter.questionnaire.questions import FigureQuestion, all_section_choices, field_questions

#: Report information that stays the same from one year to the next.
_CARRIED = ("region", "district", "organ", "kind", "recipient")


def read_last_year(path: Path) -> tuple[dict[str, str], dict[str, str]]:
    """(last year's figure values by question key, suggested report information by question key)."""
    report = load_report(path)
    data = report.to_json_data()
    previous: dict[str, str] = {}
    for name in all_section_choices():
        for question in field_questions(name):
            value = value_at(data, question.loc)
            if isinstance(question, FigureQuestion) and value is not None:
                previous[question.key] = str(value["value"] if isinstance(value, dict) else value)
    meta = report.meta
    suggested = {f"meta.{name}": str(getattr(meta, name)) for name in _CARRIED if getattr(meta, name)}
    suggested["meta.year"] = str(meta.year + 1)
    return previous, suggested

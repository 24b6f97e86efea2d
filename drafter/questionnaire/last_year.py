"""``--from``: last year's data file, read for its figures and its report information."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.inputs import load_report
from drafter.questionnaire.progress import value_at
from drafter.questionnaire.questions import FigureQuestion, all_section_choices, field_questions

#: Report information that stays the same from one year to the next.
_CARRIED = ("region", "district", "organ", "kind", "recipient")


@dataclass(frozen=True)
class LastYear:
    """What last year's data file brings to this year's questions."""

    #: Figure key → last year's value, stored as this year's previous value.
    previous: dict[str, str]
    #: Report information key → the answer suggested this year.
    suggested: dict[str, str]
    #: The parts of the report last year's file filled.
    sections: list[str]


def read_last_year(path: Path) -> LastYear:
    report = load_report(path)
    data = report.to_json_data()
    previous: dict[str, str] = {}
    sections = [name for name in all_section_choices() if value_at(data, (name,)) not in (None, [], {})]
    for name in all_section_choices():
        for question in field_questions(name):
            value = value_at(data, question.loc)
            if isinstance(question, FigureQuestion) and value is not None:
                previous[question.key] = str(value["value"] if isinstance(value, dict) else value)
    meta = report.meta
    suggested = {f"meta.{name}": str(getattr(meta, name)) for name in _CARRIED if getattr(meta, name, None)}
    suggested["meta.year"] = str(meta.year + 1)
    return LastYear(previous, suggested, sections)

"""``--from``: last year's data file or filled 填报表, read for its figures and its report information.

The items of last year's lists (honours, projects) are not carried over: this year's items are
this year's; only a part's own figures get last year's value.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from drafter.inputs.sources import load_sources
from drafter.questionnaire.questions import FigureQuestion, all_section_choices, field_questions, value_at

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
    report = load_sources([path])
    data = report.to_json_data()
    previous: dict[str, str] = {}
    sections = [name for name in all_section_choices() if value_at(data, (name,)) not in (None, [], {})]
    for name in all_section_choices():
        for question in field_questions(name):
            value = value_at(data, question.loc)
            amount = value.get("value") if isinstance(value, dict) else value  # a target alone has none
            if isinstance(question, FigureQuestion) and amount is not None:
                previous[question.key] = str(amount)
    meta = report.meta
    suggested = {f"meta.{name}": str(getattr(meta, name)) for name in _CARRIED if getattr(meta, name, None)}
    suggested["meta.year"] = str(meta.year + 1)
    return LastYear(previous, suggested, sections)

"""The Chinese names of the values a choice takes (文种, 版式, 页边距, 页码位置).

The data file stores the short English value (``plan``); a clerk may write the Chinese name
instead (``教育工作要点``), and the 填报表 offers the names in its drop-down lists.
"""

from typing import Any

from pydantic import BeforeValidator

from drafter.layout_options import LAYOUT_OPTIONS
from drafter.model.kinds import KIND_INFO

#: Value → Chinese name, for every choice that has one.
LABELS: dict[str, str] = {
    **{kind: info.name for kind, info in KIND_INFO.items()},
    **{value: label for option in LAYOUT_OPTIONS for value, label in zip(option.values, option.labels)},
}
_VALUES = {
    **{alias: kind for kind, info in KIND_INFO.items() for alias in info.aliases},
    **{label: value for value, label in LABELS.items()},
}


def label_of(value: str) -> str:
    """``plan`` → ``教育工作要点``; a value without a name is itself."""
    return LABELS.get(value, value)


def value_of(raw: Any) -> Any:
    """``教育工作要点`` (or ``工作要点``) → ``plan``; anything else is left for the field to check."""
    return _VALUES.get(raw.strip(), raw) if isinstance(raw, str) else raw


#: Annotated metadata for a choice field that also takes the Chinese names.
ByName = BeforeValidator(value_of)

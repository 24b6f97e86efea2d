"""What a template sees of a report: a plain, read-only copy made of values, never of objects.

A pydantic model carries callables no sandbox rule can enumerate (``parse_raw``, ``parse_file``,
``model_fields[...].annotation`` …), so templates never receive one. :func:`view_of` walks the
report generically and copies it into

* ``str``, ``int``, ``float``, ``Decimal``, ``bool`` and ``None`` as they are;
* tuples for lists (of sentences, of points, of custom figures …);
* :class:`Record` for models, dataclasses (an amount), dates and mappings: named values read as
  ``r.name`` or ``r["name"]``, iterated as ``(name, value)`` pairs, with no public methods, so
  a field called ``items`` or ``keys`` is that field and not a method.

Any field added to the model appears in the view without a change here. Filters are trusted
code: :meth:`ReportView.model_of` maps a view value back to the object it was made from, so a
filter written for :class:`~drafter.model.figure.Figure` keeps working. Only the environment's
filter wrappers hold the view, so no template can reach the originals.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import enum
from decimal import Decimal
from typing import Any, Iterator, Mapping

from pydantic import BaseModel

from drafter.model.amount import Amount
from drafter.model.figure import Figure

PLAIN = (str, int, float, Decimal, bool, type(None))


class Record:
    """A read-only set of named values: ``r.name``, ``r["name"]``, ``for name, value in r``."""

    __slots__ = ("_values", "_path", "_kind")

    def __init__(self, values: Mapping[str, Any], path: str, kind: str = "") -> None:
        object.__setattr__(self, "_values", dict(values))
        object.__setattr__(self, "_path", path)
        object.__setattr__(self, "_kind", kind)

    def __getattr__(self, name: str) -> Any:
        if not name.startswith("_"):
            values = object.__getattribute__(self, "_values")
            if name in values:
                return values[name]
        raise AttributeError(name)

    def __getitem__(self, name: Any) -> Any:
        return self._values[name]

    def __contains__(self, name: Any) -> bool:
        return name in self._values

    def __iter__(self) -> Iterator[tuple[str, Any]]:
        return iter(tuple(self._values.items()))

    def __len__(self) -> int:
        return len(self._values)

    def __setattr__(self, name: str, value: Any) -> None:
        raise AttributeError(name)

    def __repr__(self) -> str:
        return f"<{self._path or '数据'}>"


def record_path(record: Record) -> str:
    """Where a record sits in the report (``education.preschool``), for messages."""
    return record._path


def record_kind(record: Record) -> str:
    """``figure``, ``amount``, ``date`` for value objects, ``""`` for other records."""
    return record._kind


def record_names(record: Record) -> list[str]:
    return list(record._values)


class ReportView:
    """The view of one report and the table back to the objects it was made from."""

    def __init__(self) -> None:
        self._sources: dict[int, tuple[Any, Any, int]] = {}
        #: Characters of text and number of values in the view: how much a template may print.
        self.weight = 0
        self.names: dict[str, Any] = {}

    def model_of(self, value: Any) -> Any:
        """The object ``value`` was made from; lists and tuples built in a template, element-wise."""
        entry = self._sources.get(id(value))
        if entry is not None and entry[0] is value:
            return entry[1]
        if isinstance(value, (list, tuple)) and not isinstance(value, str):
            return type(value)(self.model_of(item) for item in value)
        if isinstance(value, dict):
            return {key: self.model_of(item) for key, item in value.items()}
        return value

    def is_view(self, value: Any) -> bool:
        """Whether ``value`` is a record or tuple of this view (its size is bounded by the data)."""
        entry = self._sources.get(id(value))
        return entry is not None and entry[0] is value

    def weight_of(self, value: Any) -> int:
        """Characters and values inside a record or tuple of this view."""
        entry = self._sources.get(id(value))
        return entry[2] if entry is not None and entry[0] is value else 0

    def add(self, name: str, value: Any) -> None:
        """Put a top-level name in the view (``phrases``, ``kind_name`` …)."""
        self.names[name] = self._view(value, name)

    # -- walking -----------------------------------------------------------------------------
    def _view(self, value: Any, path: str) -> Any:
        start = self.weight
        view = self._copy(value, path)
        if isinstance(view, (Record, tuple)):
            self._sources[id(view)] = (view, value, self.weight - start)
        return view

    def _copy(self, value: Any, path: str) -> Any:
        self.weight += 1
        if isinstance(value, PLAIN):
            if isinstance(value, str):
                self.weight += len(value)
            return value
        if isinstance(value, enum.Enum):
            return self._copy(value.value, path)
        if isinstance(value, BaseModel):
            kind = "figure" if isinstance(value, Figure) else ""
            names = [*type(value).model_fields, *type(value).model_computed_fields]
            fields = {name: self._view(getattr(value, name), f"{path}.{name}") for name in names}
            return Record(fields, path, kind)
        if isinstance(value, Amount):
            fields = {f.name: getattr(value, f.name) for f in dataclasses.fields(value)}
            fields["value"] = value.value
            self.weight += len(value.text)
            return Record(fields, path, "amount")
        if isinstance(value, dt.date):
            fields = {"year": value.year, "month": value.month, "day": value.day}
            return Record(fields, path, "date")
        if dataclasses.is_dataclass(value) and not isinstance(value, type):
            fields = {f.name: self._view(getattr(value, f.name), f"{path}.{f.name}") for f in dataclasses.fields(value)}
            return Record(fields, path)
        if isinstance(value, Mapping):
            items = {str(key): self._view(item, f"{path}.{key}") for key, item in value.items()}
            return Record(items, path)
        if isinstance(value, (list, tuple, set, frozenset)):
            return tuple(self._view(item, f"{path}[{i}]") for i, item in enumerate(value))
        text = str(value)  # a type the walker does not know yet: its text, never the object
        self.weight += len(text)
        return text


def view_of(report: BaseModel) -> ReportView:
    """A view of every field of ``report``, by its field name."""
    view = ReportView()
    for name in type(report).model_fields:
        view.add(name, getattr(report, name))
    return view

"""The JSON Schema (``drafter schema``) agrees with ``build``: a number build refuses for a field,
the schema marks too (ranges, whole counts, ratios as text), and so is a date no calendar has.

No JSON Schema validator is a dependency of drafter, so the keywords are read directly: each
figure field's schema, with its ``Figure`` definition, is asked whether it allows a number, and
the answer is compared with what validating that number for the field does.
"""

from __future__ import annotations

import contextlib
import io
import json
import re
from decimal import Decimal
from typing import Annotated, Any, Iterator

import pytest
from pydantic import BaseModel, TypeAdapter, ValidationError

from drafter.cli import main
from drafter.model import Report
from drafter.model.figure import Count, Ratio, Spec
from tests.conftest import MINIMAL_META

SCHEMA = Report.model_json_schema(by_alias=True)
DEFS = SCHEMA["$defs"]


def models(model: type[BaseModel], seen: set[type[BaseModel]] | None = None) -> Iterator[type[BaseModel]]:
    """``model`` and every model its fields hold (parts, sections, list items), once each."""
    seen = set() if seen is None else seen
    if model in seen:
        return
    seen.add(model)
    yield model
    for info in model.model_fields.values():
        for inner in _types(info.annotation):
            if isinstance(inner, type) and issubclass(inner, BaseModel):
                yield from models(inner, seen)


def _types(annotation: Any) -> Iterator[Any]:
    yield annotation
    for argument in getattr(annotation, "__args__", ()):
        yield from _types(argument)


FIGURE_FIELDS = [
    (model, name, item)
    for model in models(Report)
    for name, info in model.model_fields.items()
    for item in info.metadata
    if isinstance(item, Spec)
]


def schema_allows(node: dict[str, Any], number: float) -> bool:
    """Whether ``node`` allows the JSON number, by the keywords the drafter schema uses."""
    if "$ref" in node and not schema_allows(DEFS[node["$ref"].rsplit("/", 1)[1]], number):
        return False
    if "anyOf" in node and not any(schema_allows(branch, number) for branch in node["anyOf"]):
        return False
    if node.get("type") not in (None, "number", "integer") and not (isinstance(node.get("type"), list) and "number" in node["type"]):
        return False
    if node.get("type") == "integer" and number != int(number):
        return False
    checks = {
        "minimum": lambda bound: number >= bound,
        "maximum": lambda bound: number <= bound,
        "exclusiveMaximum": lambda bound: number < bound,
        "multipleOf": lambda step: Decimal(str(number)) % Decimal(str(step)) == 0,
        "not": lambda inner: not schema_allows(inner, number),
    }
    return all(check(node[key]) for key, check in checks.items() if key in node)


def object_allows(node: dict[str, Any], key: str, number: float) -> bool:
    """Whether ``node`` allows ``{key: number}`` (the object form of a figure)."""
    own = node.get("properties", {}).get(key, {})
    figure = DEFS["Figure"]
    (object_form,) = [branch for branch in figure["anyOf"] if branch.get("type") == "object"]
    return schema_allows(own, number) and schema_allows(object_form["properties"][key], number)


def build_allows(model: type[BaseModel], name: str, value: Any) -> bool:
    info = model.model_fields[name]
    try:
        TypeAdapter(Annotated[(info.annotation, *info.metadata)]).validate_python(value)
    except ValidationError:
        return False
    return True


def probes(spec: Spec) -> list[float]:
    """Numbers around where the field's range ends and where a count stops being whole."""
    numbers = [0, 1, 2, 0.5 if not isinstance(spec, Count) else 2.5, -1, 10**15, 10**15 - 1]
    if spec.maximum is not None:
        top = float(spec.maximum)
        numbers += [top, top + 1, top + 0.5]
    return numbers


def test_every_figure_field_is_found() -> None:
    assert len(FIGURE_FIELDS) > 250
    assert {type(spec).__name__ for _, _, spec in FIGURE_FIELDS} >= {"Count", "Rate", "Money", "Quantity", "Ratio"}


@pytest.mark.parametrize(("model", "name", "spec"), FIGURE_FIELDS, ids=[f"{m.__name__}.{n}" for m, n, _ in FIGURE_FIELDS])
def test_the_schema_allows_a_number_exactly_when_build_does(model: type[BaseModel], name: str, spec: Spec) -> None:
    field = DEFS[model.__name__]["properties"][name]
    for number in probes(spec):
        if 0 < number < 1 and type(spec).__name__ == "Rate":
            continue  # 0.5 for a rate is refused by build as a probable 50%: a hint, not a range
        built = build_allows(model, name, number)
        assert schema_allows(field, number) == built, (number, built)
        assert object_allows(field, "value", number) == built, ("value", number, built)
        assert object_allows(field, "previous", number) == build_allows(model, name, {"value": "1" if not isinstance(spec, Ratio) else "1:1", "previous": number})


def test_a_share_over_a_hundred_percent_is_marked_by_the_schema_too() -> None:
    field = DEFS["Preschool"]["properties"]["public_share"]
    assert field["maximum"] == 100 and field["properties"]["value"]["maximum"] == 100
    assert not schema_allows(field, 120) and schema_allows(field, 98.6)
    with pytest.raises(ValidationError):
        Report.model_validate({"meta": MINIMAL_META, "education": {"preschool": {"public_share": 120}}})


@pytest.mark.parametrize(
    ("written", "valid"),
    [
        ("2024-12-31", True),
        ("2024年12月31日", True),
        ("2024.1.6", True),
        (" 2024 年 2 月 29 日 ", True),
        ("2024-13-45", False),
        ("2024-00-10", False),
        ("2024-04-31", False),
        ("2024-02-30", False),
        ("2024年12月", False),
    ],
)
def test_the_schema_date_pattern_refuses_what_build_refuses(written: str, valid: bool) -> None:
    pattern = DEFS["Meta"]["properties"]["date"]["pattern"]
    assert bool(re.search(pattern, written)) == valid
    meta = {**MINIMAL_META, "date": written}
    try:
        Report.model_validate({"meta": meta})
    except ValidationError:
        built = False
    else:
        built = True
    assert built == valid


def test_the_printed_schema_is_the_models() -> None:
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        assert main(["schema"]) == 0
    printed = json.loads(out.getvalue())
    assert printed["$defs"]["Preschool"]["properties"]["public_share"]["maximum"] == 100
    assert printed["$schema"] == "https://json-schema.org/draft/2020-12/schema"

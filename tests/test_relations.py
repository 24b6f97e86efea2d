"""Relations live on the model, beside the figures they relate; a new one is one declaration."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Callable, Iterator

import pytest

from conftest import MINIMAL_META
from drafter.model import KIND_INFO, Money, Rate, Report, Spec
from drafter.model.figure import HasFigures
from drafter.model.moral import Labour
from drafter.model.needs import KIND_NEEDS, Filled
from drafter.model.paths import models_in
from drafter.model.relations import AtMost, Quotient, SumOf, named_fields, relations_of

Run = Callable[..., tuple[int, str, str]]


def models_with_figures(model: type = Report) -> Iterator[type[HasFigures]]:
    """Every part and list item of the report model."""
    for info in model.model_fields.values():  # type: ignore[attr-defined]
        for inner in models_in(info.annotation):
            if issubclass(inner, HasFigures):
                yield inner
            yield from models_with_figures(inner)


def specs(model: type[HasFigures]) -> dict[str, Spec]:
    return dict(model.figure_specs())


def test_relations_name_figure_fields_of_their_own_model() -> None:
    declaring = {model for model in models_with_figures() if relations_of(model)}
    assert {m.__name__ for m in declaring} >= {"Overview", "Preschool", "Construction", "Funding", "Project", "Honour"}
    for model in declaring:
        unknown = set(named_fields(model)) - set(specs(model))
        assert not unknown, f"{model.__name__} relates fields it does not have: {unknown}"


def kind_of(spec: Spec) -> str:
    """Money, a rate, or a count in its declared unit."""
    return "money" if isinstance(spec, Money) else "rate" if isinstance(spec, Rate) else spec.unit


def test_related_figures_are_of_one_kind() -> None:
    """A part and its whole count the same thing: both money, both rates, or counts in one unit."""
    for model in models_with_figures():
        fields = specs(model)
        for relation in relations_of(model):
            if isinstance(relation, (AtMost, SumOf)):
                kinds = {kind_of(fields[name]) for name in relation.names()}
                assert len(kinds) == 1, f"{model.__name__}: {relation} relates figures of different kinds"
            if isinstance(relation, Quotient):
                assert fields[relation.figure].kind in ("rate", "ratio")


def test_every_kind_says_what_it_needs_of_report_fields() -> None:
    assert set(KIND_NEEDS) == set(KIND_INFO)
    for needs in KIND_NEEDS.values():
        for need in needs:
            if isinstance(need, Filled):
                assert set(need.fields) <= set(Report.model_fields)


def test_a_new_relation_is_one_declaration(run_cli: Run, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """Declared on the part, as ``relations: Relations = (AtMost(...),)`` at the end of its body,
    the relation is checked, and named in the message, with no other change."""
    data = {
        "meta": MINIMAL_META, "problems": ["短板"], "next_steps": ["补短板"],
        "moral": {"labour": {"classrooms": 60, "practice_bases": 24}},
    }
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    assert run_cli("check", "data.json")[:2] == (0, "检查完毕，没有发现问题。\n")

    monkeypatch.setattr(Labour, "relations", (AtMost("classrooms", "practice_bases", because="示例：专用教室都在实践基地里"),), raising=False)
    code, out, _ = run_cli("check", "data.json")
    assert code == 1
    assert out.startswith(
        "错误：data.json 立德树人 › 劳动教育 › 劳动专用教室（moral.labour.classrooms）：劳动专用教室60个大于劳动实践基地24个"
        "（示例：专用教室都在实践基地里）"
    )

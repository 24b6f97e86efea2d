"""Every figure of the model says how a report says it, and the writer says it that way.

Generated from the model: a figure field added tomorrow is checked the day it is added.
"""

from __future__ import annotations

from typing import Iterator

import pytest
from pydantic import BaseModel

from drafter.model import Report
from drafter.model.figure import HasFigures, Spec
from drafter.model.paths import models_in
from drafter.model.phrase import Phrase
from tests.conftest import document_text

#: Marks of a form label that a report never writes: alternatives in brackets, a placeholder period.
FORM_MARKS = ("（学校）", "（党组）", "（园长）", "（升学）", "（融合教育）", "（名校长）", "（进修）", "（幼儿园）", "五年规划期", "课时为")


def _figure_specs(model: type[BaseModel], path: str = "", seen: frozenset = frozenset()) -> Iterator[tuple[str, Spec]]:
    if model in seen:
        return
    if issubclass(model, HasFigures):
        for name, spec in model.figure_specs():
            yield f"{path}{name}", spec
    for name, info in model.model_fields.items():
        for inner in models_in(info.annotation):
            yield from _figure_specs(inner, f"{path}{name}.", seen | {model})


SPECS = dict(_figure_specs(Report))


def test_the_model_has_its_figures() -> None:
    assert len(SPECS) > 250
    assert "education.preschool.new_places" in SPECS
    assert "support.construction.projects.site_area" in SPECS  # items' figures too


@pytest.mark.parametrize("path", sorted(SPECS))
def test_every_figure_declares_its_phrase(path: str) -> None:
    spec = SPECS[path]
    assert spec.said is not None, f"{path}（{spec.title}）没有写明报告里的说法（say=）"
    phrase = Phrase.parse(spec.said)
    words = phrase.words()
    assert not any(mark in words for mark in FORM_MARKS), f"{path}: the phrase uses a form label: {words}"
    if spec.kind in ("rate", "ratio"):
        assert not phrase.tail and not phrase.verb, f"{path}: a level's phrase ends with its number: {spec.said}"


def test_a_phrase_needs_one_slot_and_at_most_one_verb() -> None:
    assert Phrase.parse("建成 劳动实践基地{}") == Phrase("建成", "劳动实践基地", "")
    assert Phrase.parse("{}学校完成修缮、改造工程").number_first
    for wrong in ("劳动实践基地", "建成 劳动 实践基地{}", "{}和{}"):
        with pytest.raises(ValueError):
            Phrase.parse(wrong)


def test_the_phrase_not_the_form_label_reaches_the_document(build, report_data) -> None:
    data = report_data(
        education={"lifelong": {"senior_schools": 1, "community_colleges": 3}, "vocational": {"employment_rate": "97%"}},
        support={"health": {"school_doctors": 96}, "funding": {"period_total": "超过68.31亿元"}},
        moral={"labour": {"weekly_hours": 1}},
        party={"theory": {"central_group_sessions": 12}},
    )
    text = document_text(build(data))
    for label in ("老年大学（学校）1所", "。校医和保健教师96名", "五年规划期", "课时为1课时", "党委（党组）", "就业（升学）率"):
        assert label not in text
    for said in (
        "建有社区学院和社区学校3所、老年大学和老年学校1所",
        "配备校医和保健教师96名",
        "“十四五”以来，财政教育总投入超过68.31亿元",
        "中小学每周开设劳动教育课1课时",
        "开展理论学习中心组集中学习12次",
        "中职毕业生就业和升学率为97%",
    ):
        assert said in text

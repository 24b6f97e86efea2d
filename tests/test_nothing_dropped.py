"""Nothing a clerk enters is dropped, in any kind: proved on a report filled from the model.

tests/filled.py fills every field the model declares (so a field added to the model is covered
the day it is added) with values that appear nowhere else, and says how the document writes
each of them. The full report is built as a user builds it and the .docx is read back; each part's
figures are also entered one at a time, so that a figure is never lost because its neighbour in
the sentence was left empty.
"""

from __future__ import annotations

import json
import re
from pathlib import Path

import docx
import pytest

from drafter.compose.compose import compose
from drafter.inputs.json_file import validate_report
from drafter.model import KINDS, Report
from drafter.writers.text import to_markdown
from tests.conftest import document_text
from tests.filled import expected_count, filled_report, missing_from

#: Words of a district's report that a county's must not contain.
DISTRICT_WORDS = ("全区", "区级", "区委", "区政府", "区管校聘", "本区", "各区", "我区", "区（县）")


def _most_figures() -> int:
    parts = [part for _, part in Report.top_part_types()]
    parts += [part for _, section in Report.section_types() for _, part in section.part_types()]
    return max(len(list(part.figure_specs())) for part in parts)


@pytest.fixture(scope="module", params=list(KINDS))
def built(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str]:
    """The text of the .docx built from a report with every field filled, for each kind."""
    from drafter.cli import main

    kind = request.param
    folder = tmp_path_factory.mktemp(kind)
    source = folder / "data.json"
    source.write_text(json.dumps(filled_report(kind).data, ensure_ascii=False), encoding="utf-8")
    assert main(["build", str(source), "-o", str(folder / "out.docx")]) == 0
    return kind, document_text(docx.Document(str(folder / "out.docx")))


def test_every_value_entered_is_in_the_document(built: tuple[str, str]) -> None:
    kind, text = built
    filled = filled_report(kind)
    assert expected_count(filled) > 1000  # the whole model, not a sample
    assert missing_from(text, filled) == {}


def test_a_countys_report_speaks_of_the_county(built: tuple[str, str]) -> None:
    _, text = built
    assert "全县" in text
    assert [word for word in DISTRICT_WORDS if word in text.replace("社区", "")] == []


@pytest.mark.parametrize("kind", list(KINDS))
def test_a_figure_entered_alone_is_in_the_document(kind: str) -> None:
    """The n-th figure of every part entered alone: its sentence must not depend on the others."""
    for index in range(_most_figures()):
        filled = filled_report(kind, only=index)
        report = validate_report(json.loads(json.dumps(filled.data, ensure_ascii=False)))
        text = re.sub(r"[*\\]", "", to_markdown(compose(report)))
        assert missing_from(text, filled) == {}, f"第{index + 1}项数据单独填写时"


def test_the_filled_report_is_found_only_where_it_is(tmp_path: Path) -> None:
    """The check itself can fail: a value left out of the data is reported missing."""
    filled = filled_report("summary")
    del filled.data["education"]["preschool"]["new_places"]
    report = validate_report(json.loads(json.dumps(filled.data, ensure_ascii=False)))
    missing = missing_from(to_markdown(compose(report)), filled)
    assert list(missing) == ["education.preschool.new_places"]


@pytest.mark.parametrize("kind", list(KINDS))
def test_the_built_in_templates_leave_nothing_for_the_clerk_to_be_told(kind: str) -> None:
    from drafter.compose.coverage import unwritten
    from drafter.compose.prose.numbers import NumberWriter

    report = validate_report(json.loads(json.dumps(filled_report(kind).data, ensure_ascii=False)))
    assert unwritten(report, compose(report), NumberWriter()) == []


def test_a_template_that_leaves_a_value_out_is_named_before_writing(run_cli, tmp_path: Path) -> None:
    folder = tmp_path / "我区模板"
    assert run_cli("templates", "export", "summary", str(folder))[0] == 0
    education = folder / "education.j2"
    text = education.read_text(encoding="utf-8")
    education.write_text(text.replace("{{ s|rest }}", "", 1), encoding="utf-8")  # 学前教育 loses its rest
    data = tmp_path / "data.json"
    report = {"meta": {"region": "天津市", "district": "东丽区", "organ": "天津市东丽区教育局", "year": 2024,
                       "date": "2024-12-31"},
              "education": {"preschool": {"new_places": 300, "highlights": ["顺利通过全国学前教育普及普惠区评估验收"]}}}
    data.write_text(json.dumps(report, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", str(data), "--templates", str(folder), "-o", str(tmp_path / "out.docx"))
    assert code == 0
    assert "注意：" in err and "模板没有写出这项数据" in err
    assert "学前教育 › 做法与成效" in err and "新增学前学位" not in err
    assert "在这一部分的模板末尾加上 {{ education.preschool|rest }} 就能写出" in err

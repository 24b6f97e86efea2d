"""A report built by drafter, read back by ``drafter import``: every figure comes back at its field
with its value, last year's value, target and parts, none wrong — for every example and for a
report with every field filled, in each of the four kinds. The writer and the reader share the
phrases on the model; a change of wording the reader cannot follow fails here.

The rebuilt report says every number the first one said: nothing a clerk had is lost.
"""

from __future__ import annotations

import json
import re
from pathlib import Path
from typing import Any

import docx
import pytest

from tests.conftest import EXAMPLES, document_text
from tests.filled import filled_report
from tests.import_measure import compare_data
from drafter.importer.mentions import find_mentions

KINDS = ("summary", "plan", "self_evaluation", "summary_and_plan")


def _build(run_cli, tmp_path: Path, data: dict[str, Any], name: str) -> Path:
    source = tmp_path / f"{name}.json"
    source.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    target = tmp_path / f"{name}.docx"
    code, _, err = run_cli("build", str(source), "-o", str(target), "--force")
    assert code == 0, err
    return target


def _import(run_cli, tmp_path: Path, document: Path, region: str) -> dict[str, Any]:
    target = tmp_path / f"{document.stem}-imported.json"
    code, out, err = run_cli("import", str(document), "-o", str(target), "--force")
    if code == 1 and "--region" in err:  # a title without the region (杭州市临平区教育局……)
        code, out, err = run_cli("import", str(document), "-o", str(target), "--force", "--region", region)
    assert code == 0, err
    assert "Traceback" not in err
    return json.loads(target.read_text(encoding="utf-8"))


def _filled(kind: str) -> dict[str, Any]:
    """Every field filled; a clerk's own figure that is said exactly as a field of the model
    (``建成家长学校`` is 德育's 建成家长学校) could be either to any reader, and is renamed."""
    data = filled_report(kind).data
    text = json.dumps(data, ensure_ascii=False).replace("\"建成家长学校\"", "\"建成家长驿站\"")
    return json.loads(text)


@pytest.mark.parametrize("name", sorted(p.name for p in EXAMPLES.glob("*.json")))
def test_every_example_comes_back_with_every_figure(run_cli, tmp_path: Path, name: str) -> None:
    data = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    imported = _import(run_cli, tmp_path, _build(run_cli, tmp_path, data, "report"), data["meta"]["region"])
    score = compare_data(data, imported)
    assert score.wrong == 0 and score.missed == 0, score.lines
    assert score.right > 5


@pytest.mark.parametrize("kind", KINDS)
def test_every_field_of_every_kind_comes_back(run_cli, tmp_path: Path, kind: str) -> None:
    data = _filled(kind)
    imported = _import(run_cli, tmp_path, _build(run_cli, tmp_path, data, kind), data["meta"]["region"])
    score = compare_data(data, imported)
    assert score.wrong == 0 and score.missed == 0, score.lines[:20]
    assert score.right > 800  # value, last year's value and target of each of the model's figures
    assert imported["meta"]["kind"] == kind and imported["meta"]["year"] == 2024


def _numbers(path: Path) -> list[str]:
    text = document_text(docx.Document(str(path)))
    return sorted(m.text for line in text.splitlines() for m in find_mentions(line))


@pytest.mark.parametrize("name", ["dongli-2024.json", "jinghai-2023-self-evaluation.json", "dongli-2022-plan.json"])
def test_the_rebuilt_report_says_every_number_again(run_cli, tmp_path: Path, name: str) -> None:
    data = json.loads((EXAMPLES / name).read_text(encoding="utf-8"))
    first = _build(run_cli, tmp_path, data, "first")
    imported = _import(run_cli, tmp_path, first, data["meta"]["region"])
    second = _build(run_cli, tmp_path, imported, "second")
    again = _numbers(second)
    lost = [number for number in _numbers(first) if number not in again]
    assert lost == []


def test_a_rebuilt_report_does_not_say_the_templates_words_twice(run_cli, tmp_path: Path) -> None:
    data = json.loads((EXAMPLES / "dongli-2024.json").read_text(encoding="utf-8"))
    imported = _import(run_cli, tmp_path, _build(run_cli, tmp_path, data, "first"), "天津市")
    text = document_text(docx.Document(str(_build(run_cli, tmp_path, imported, "second"))))
    stock = "依托理论学习中心组学习、专题培训班和分层次宣讲等形式"
    assert text.count(stock) == 1
    assert text.count("以习近平新时代中国特色社会主义思想为指导") == 1
    assert len(re.findall("学前三年毛入园率", text)) == 1


def test_a_formal_document_comes_back_with_its_letterhead_notice_and_colophon(run_cli, tmp_path: Path) -> None:
    data = json.loads((EXAMPLES / "dongli-2022-plan.json").read_text(encoding="utf-8"))
    imported = _import(run_cli, tmp_path, _build(run_cli, tmp_path, data, "plan"), "天津市")
    assert imported["style"]["profile"] == "formal"
    assert imported["meta"]["date"] == data["meta"]["date"]  # the notice's date, the document's
    for key, value in data["formal"].items():
        assert imported["formal"][key] == value if key != "notice" else imported["formal"][key]["recipients"] == value["recipients"]

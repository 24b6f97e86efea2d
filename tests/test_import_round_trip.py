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
from tests.filled import META, filled_report
from tests.import_measure import compare_data
from drafter.compose.prose.honours import honour_verb, titled
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


HONOURS = {
    "party": {"organisation": {"honours": [
        {"level": "市级", "name": "教育系统先进基层党组织", "winners": ["青溪中学党总支", "县实验小学党支部", "城关幼儿园党支部"], "count": "3个"},
        {"name": "首批市中小学校示范性党组织", "count": "3家"},
        {"name": "“双带头人”党组织书记典型", "count": "4人"},
    ]}},
    "moral": {
        "moral": {"honours": [
            {"name": "市级文明校园", "winners": ["实验小学", "城关小学"], "count": "5所"},
            {"name": "省级平安校园", "total": "11所"},
        ]},
        "pe": {"honours": [{"level": "国家级", "name": "青少年校园足球特色学校", "count": "2所", "total": "9所"}]},
    },
}  # fmt: skip


def _honours(data: dict[str, Any]) -> set[tuple[str, str, str, tuple[str, ...]]]:
    """Every honour as the document says it: its title with its level, count, total and winners."""
    found = set()

    def walk(node: Any) -> None:
        if isinstance(node, dict):
            for key, value in node.items():
                if key == "honours":
                    for honour in value:
                        title = titled(honour.get("level", ""), honour_verb(honour["name"])[1])
                        winners = tuple(honour.get("winners", ()))
                        found.add((title, honour.get("count", ""), honour.get("total", ""), winners))
                elif key not in ("meta", "style"):
                    walk(value)

    walk(data)
    return found


def test_honours_come_back_in_every_form_the_writer_says_them(run_cli, tmp_path: Path) -> None:
    """The winners as the subject (…3个党组织获评…, 实验小学、城关小学等5所学校获评…), several sharing
    their verb (获评A3家、B4人), a count with its running total (新增……2所（累计9所）) and a total
    alone (现有省级平安校园11所) are honours again, not figures."""
    data = {"meta": {**META, "kind": "summary", "year": 2025, "date": "2025-12-31"}, "overview": {"schools": 46}, **HONOURS}
    imported = _import(run_cli, tmp_path, _build(run_cli, tmp_path, data, "honours"), data["meta"]["region"])
    assert _honours(imported) == _honours(data)
    assert compare_data(data, imported).extra == 0  # none of them read as a figure


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

"""The report reads as a bureau writes it: none of the patterns of a text assembled from a form.

The check (:mod:`tests.prose_patterns`) runs over the real reports the kinds are modelled on —
they must pass it unchanged, so it does not flag real prose — and over what drafter writes from a
county's full data in every kind (:mod:`tests.county`: every field of the model, up, down, equal,
approximate, zero, with targets, honours, a fund entered twice), and over the examples.
"""

from __future__ import annotations

import json
import re
import warnings
from pathlib import Path

import pytest

from drafter.model import KINDS
from tests.conftest import ROOT, document_text
from tests.county import county
from tests.prose_patterns import patterns_in, title_names_a_province

CORPUS = sorted((ROOT / "tests" / "data" / "corpus").glob("*.txt"))
#: Claims a template may not attach to a figure the clerk gave bare.
CLAIMS = ("严格程序", "显著", "有效", "大幅", "稳步提高", "不断提升")


@pytest.mark.parametrize("report", CORPUS, ids=[path.stem for path in CORPUS])
def test_the_real_reports_pass_the_check(report: Path) -> None:
    assert len(report.read_text(encoding="utf-8")) > 3000
    assert patterns_in(report.read_text(encoding="utf-8")) == []


@pytest.fixture(scope="module", params=list(KINDS))
def county_text(request: pytest.FixtureRequest, tmp_path_factory: pytest.TempPathFactory) -> tuple[str, str, list[str]]:
    """A kind, the text of the county's document in it, and what the build told the clerk."""
    from docx import Document

    from drafter.cli import main

    folder = tmp_path_factory.mktemp(request.param)
    data = folder / "青溪县.json"
    data.write_text(json.dumps(county(request.param), ensure_ascii=False), encoding="utf-8")
    with warnings.catch_warnings(record=True) as told:
        warnings.simplefilter("always")
        assert main(["build", str(data), "-o", str(folder / "out.docx")]) == 0
    return request.param, document_text(Document(str(folder / "out.docx"))), [str(note.message) for note in told]


def test_a_countys_full_data_reads_as_a_bureau_writes_it(county_text: tuple[str, str, list[str]]) -> None:
    kind, text, notes = county_text
    unwritten = [note for note in notes if "没有写出" in note]
    assert unwritten == [], f"{kind}: the clerk would be told {unwritten[:3]}"
    assert patterns_in(text) == [], kind


def test_a_countys_title_names_no_province(county_text: tuple[str, str, list[str]]) -> None:
    _, text, _ = county_text
    assert not title_names_a_province(text) and "抚州" not in text and "江西" not in text


def test_no_claim_is_attached_to_a_bare_figure(county_text: tuple[str, str, list[str]]) -> None:
    kind, text, _ = county_text
    entered = json.dumps(county(kind), ensure_ascii=False)
    for clause in re.split(r"[，；。\n]", text):
        for claim in CLAIMS:
            if claim in clause and claim not in entered:
                figures = re.sub(r"^[（(]?\d+[.、）)]", "", clause)  # a heading's number is not a figure
                assert not re.search(r"\d", figures), f"{kind}: {clause}"


def test_a_fund_entered_as_a_figure_and_as_an_item_is_said_once(county_text: tuple[str, str, list[str]]) -> None:
    _, text, _ = county_text
    assert text.count("1960万元") == 1 and text.count("24500人") == 1
    assert "营养膳食补助" in text


@pytest.mark.parametrize("example", sorted((ROOT / "examples").glob("*.json")), ids=lambda path: path.stem)
def test_the_examples_pass_the_check(run_cli, tmp_path: Path, example: Path) -> None:
    code, _, err = run_cli("build", str(example), "-o", "out.md")
    assert code == 0, err
    assert patterns_in((tmp_path / "out.md").read_text(encoding="utf-8")) == []


def test_the_check_finds_what_it_looks_for() -> None:
    """Each pattern, planted, is found: a check that cannot fail proves nothing."""
    planted = {
        "change named again": "全县建有12个劳动实践基地。劳动实践基地较上年的9个增加3个。",
        "form label": "老年大学（学校）1所，五年规划期以来财政教育总投入10亿元。",
        "label and number": "校医和保健教师96名。",
        "words against the fact": "优良率达到52.3%，较上年的55.0%下降2.7个百分点。学前教育优质率达到约95%。",
        "level said twice": "获评国家级全国青少年校园足球特色学校2所。",
        "winners in brackets": "获评全省教育系统先进基层党组织1个（青溪县第一中学党委）。",
        "获评 repeated": "获评A1个，获评B2个，获评C3个，获评D4个。",
        "one fact twice": "营养改善计划资金1960万元，惠及学生24500人，营养改善计划1960万元。",
        "two closing formulas": "各项工作取得新的进展。全县教育各项工作取得新成效。",
    }
    for name, text in planted.items():
        assert name in {found for found, _ in patterns_in(text)}, name

"""What the clerk types is written as text: a line break in a one-line field (a name, a title,
the 主送机关, a heading) is joined away and never becomes a heading or a line of its own; a line
break inside a sentence makes two sentences; markup-like text is written as typed."""

from __future__ import annotations

import json
from pathlib import Path


from tests.conftest import document_text, example


def build_md(tmp_path: Path, run_cli, data: dict) -> tuple[str, str]:
    (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    code, _, err = run_cli("build", "data.json", "--format", "md", "-o", "out.md")
    assert code == 0, err
    return (tmp_path / "out.md").read_text(encoding="utf-8"), err


def test_a_line_break_in_a_one_line_field_is_joined_and_makes_no_heading(tmp_path: Path, run_cli) -> None:
    data = example("sample-county.json")
    data["meta"]["recipient"] = "县政府\n# 注入"
    data["style"] = {"headings": {"党的建设": "党建\n## 注入二级"}}
    data["education"]["preschool"]["custom"] = [{"name": "建成家长\n学校", "value": 3, "unit": "所"}]
    markdown, err = build_md(tmp_path, run_cli, data)
    lines = markdown.splitlines()
    assert "县政府# 注入：" in lines
    assert "## 一、党建## 注入二级" in lines
    assert not any(line.startswith("#") and "党建" not in line and "注入" in line for line in lines)
    assert "建成家长学校3所" in markdown
    assert "模板没有写出" not in err


def test_the_docx_has_no_line_break_in_the_recipient_or_a_heading(build) -> None:
    data = example("sample-county.json")
    data["meta"]["recipient"] = "县政府\n教育督导室"
    data["style"] = {"headings": {"党的建设": "坚持党建\r\n统领"}}
    document = build(data)
    breaks = [p.text for p in document.paragraphs if p._p.xpath(".//w:br")]
    assert not [text for text in breaks if "督导室" in text or "统领" in text]
    text = document_text(document)
    assert "县政府教育督导室：" in text and "坚持党建统领" in text


def test_each_line_of_a_sentence_is_a_sentence_and_no_false_notice(tmp_path: Path, run_cli) -> None:
    data = example("sample-county.json")
    data["education"]["preschool"]["highlights"] = ["投入使用\n玖樾府幼儿园", '<p align="right">z</p>']
    markdown, err = build_md(tmp_path, run_cli, data)
    assert "投入使用。玖樾府幼儿园。" in markdown
    assert '\\<p align="right"\\>z\\</p\\>' in markdown  # as typed, escaped for Markdown only
    assert "模板没有写出" not in err and "rest" not in err

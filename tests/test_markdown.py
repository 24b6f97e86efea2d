"""The Markdown preview as GitHub, VS Code and other CommonMark renderers show it: run-in headings
bold exactly when the .docx has them bold, no stray asterisks, the clerk's own characters shown
as typed."""

from __future__ import annotations

import re

import pytest
from markdown_it import MarkdownIt

from drafter.inputs import load_report
from drafter.compose.compose import compose
from drafter.outline import Heading, Outline, Paragraph
from drafter.writers.text import to_markdown
from tests.conftest import EXAMPLES

#: CommonMark plus GitHub's strikethrough (``~~``): the markup a clerk's text could trip over.
RENDERER = MarkdownIt("commonmark").enable("strikethrough")


def rendered(outline: Outline, run_in_bold: bool = True) -> str:
    return RENDERER.render(to_markdown(outline, run_in_bold=run_in_bold))


def text_of(html: str) -> str:
    return re.sub(r"<[^>]+>", "", html).replace("&quot;", "\"").replace("&amp;", "&").replace("&lt;", "<").replace("&gt;", ">")


@pytest.mark.parametrize("example", sorted(path.name for path in EXAMPLES.glob("*.json")))
def test_every_run_in_heading_is_bold_and_no_asterisk_is_left(example: str) -> None:
    outline = compose(load_report(EXAMPLES / example))
    html = rendered(outline)
    leads = [block.lead for block in outline.blocks if isinstance(block, Paragraph) and block.lead]
    bold = re.findall(r"<strong>(.*?)</strong>", html)
    for lead in leads:
        assert any(lead.startswith(words) and words for words in bold), lead
    assert "*" not in text_of(html)
    assert f"<h1>{outline.title.replace(chr(10), '')}</h1>" in html
    headings = [block.full_text for block in outline.blocks if isinstance(block, Heading)]
    assert all(f">{heading}</h" in html for heading in headings)


def test_the_dongli_preview_has_its_run_in_headings_bold() -> None:
    html = rendered(compose(load_report(EXAMPLES / "dongli-2024.json")))
    assert "<p><strong>1.理论武装持续深化</strong>。及时传达学习" in html


def test_markup_characters_in_the_clerks_text_are_shown_as_typed(report_data) -> None:
    from drafter.model import Report

    clerk_text = ["1. 完成*重点*任务_甲_，`代码`和<b>标签</b>、[链接](x)及~~删除~~照原样", "# 不是标题", "- 不是列表"]
    report = Report.model_validate(report_data(overview={"highlights": clerk_text}))
    html = rendered(compose(report))
    for line in clerk_text:
        assert f"{line}" in text_of(html)
    for tag in ("<em>", "<code>", "<b>", "<a ", "<s>", "<del>", "<ol", "<ul", "<h1>不是"):
        assert tag not in html


def test_run_in_headings_are_bold_in_the_preview_and_the_docx_alike(build, report_data, run_cli, tmp_path) -> None:
    """GB/T 9704 names only the run-in heading's font: by default neither the .docx nor the preview
    makes it bold; ``style.run_in_bold`` makes both bold."""
    import json

    import docx

    for bold in (False, True):
        data = report_data(party={"theory": {"study_sessions": 12}}, style={"run_in_bold": bold})
        (tmp_path / "data.json").write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
        code, _, err = run_cli("build", "data.json", "-o", f"out{bold}.md", "--force")
        assert code == 0, err
        preview = (tmp_path / f"out{bold}.md").read_text(encoding="utf-8")
        assert ("**1.理论武装持续深化**。" in preview) is bold
        assert ("1.理论武装持续深化。" in preview) is not bold
        code, _, err = run_cli("build", "data.json", "-o", f"out{bold}.docx", "--force")
        assert code == 0, err
        style = docx.Document(str(tmp_path / f"out{bold}.docx")).styles["段首标题"]
        assert bool(style.font.bold) is bold

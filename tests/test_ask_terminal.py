"""The real ``drafter ask`` command in a pseudo-terminal, the way the README tells a clerk to use it:
answer a few questions, press Ctrl-C, run it again, continue, change an answer on the review
screen, and get a .docx.

Only what takes a real terminal is here: Ctrl-C and a closed window, a terminal in the C locale,
Tab for last year's value, typing into the review list as an input method sends it. How answers
are checked, stored and worded (items, value formats, messages) is tested in-process in
``test_ask.py`` and at the model.

Every key is sent only after the text it answers has appeared on the screen.
"""

from __future__ import annotations

import json
import os
import sys
from pathlib import Path

import docx
import pytest

if sys.platform == "win32":
    pytest.skip("pexpect 的伪终端只在 Linux/macOS 上可用", allow_module_level=True)

import pexpect

from drafter.questionnaire.questions import FigureQuestion, meta_questions, plan, section_choices
from tests.conftest import document_text

ENTER = "\r"
DOWN = "\x1b[B"
HOME = "\x1b[H"
TAB = "\t"
ESC = "\x1b"
CTRL_C = "\x03"
CLEAR = "\x15"
TIMEOUT = 120  # seconds; generous, a slow machine must not fail the test


def start(tmp_path: Path, *args: str, **env_vars: str) -> "pexpect.spawn":
    env = dict(os.environ, TERM="xterm", **env_vars)
    # No cursor-position requests: pexpect does not answer them, and prompt_toolkit would wait.
    env["PROMPT_TOOLKIT_NO_CPR"] = "1"
    return pexpect.spawn(
        sys.executable,
        ["-m", "drafter", "ask", *args],
        cwd=str(tmp_path),
        env=env,
        encoding="utf-8",
        timeout=TIMEOUT,
        dimensions=(40, 160),
    )


def answer(child: "pexpect.spawn", prompt: str, keys: str) -> None:
    child.expect_exact(prompt)
    child.send(keys)


def finish(child: "pexpect.spawn") -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


def figure_prompts(section: str) -> list[str]:
    """The prompts of a part's figures, as the questionnaire words them (title and unit)."""
    return [
        f"{q.title}（{q.spec.unit}）：" if q.spec.unit else f"{q.title}："
        for q in plan("summary", [section])
        if isinstance(q, FigureQuestion) and q.spec is not None
    ]


def test_a_clerk_stops_continues_changes_an_answer_and_gets_a_document(tmp_path: Path) -> None:
    child = start(tmp_path, "-o", "mine.json")
    for prompt, keys in [
        ("省（市）：", "天津市"),
        ("区（县）：", "东丽区"),
        ("发文机关：", "天津市东丽区教育局"),
        ("年度：", "2025"),
        ("文种：", ""),
        ("成文日期：", "2025年12月31日"),
        ("主送机关（可不填）：", ""),
        ("标题（可不填）：", ""),
    ]:
        answer(child, prompt, keys + ENTER)
    assert len(meta_questions()) == 8
    overview_row = list(section_choices("summary")).index("overview")
    answer(child, "要填写报告的哪些部分？", DOWN * overview_row + " " + ENTER)  # tick 基本情况
    schools, kindergartens, *others = figure_prompts("overview")
    answer(child, schools, "122" + ENTER)
    answer(child, kindergartens, CTRL_C)
    child.expect_exact("进度已保存")
    assert finish(child) == 130
    assert (tmp_path / "mine.json.progress").exists()
    assert not (tmp_path / "mine.json").exists()

    child = start(tmp_path, "-o", "mine.json")
    answer(child, "上次还没有填完", ENTER)  # “接着填”
    answer(child, kindergartens, "60" + ENTER)
    for prompt in others:
        answer(child, prompt, ENTER)
    answer(child, "荣誉和称号：要添加一项吗？", ENTER)  # 不添加
    answer(child, "其他数据：要添加一项吗？", ENTER)
    answer(child, "做法与成效 第1句：", "全区学校布局持续优化" + ENTER)
    answer(child, "做法与成效 第2句：", ENTER)
    answer(child, "请核对填写的内容", "2" + ENTER)  # 2. 基本情况
    answer(child, "【基本情况】选中一项回车修改", "1" + ENTER)  # 1. 各级各类学校：122所
    answer(child, schools, CLEAR + "123" + ENTER)
    answer(child, "【基本情况】选中一项回车修改", "<")
    answer(child, "请核对填写的内容", HOME + ENTER)  # 保存
    answer(child, "现在生成 Word 文档吗？", ENTER)
    child.expect_exact("已生成：mine.docx")
    assert finish(child) == 0

    data = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert data["overview"] == {"highlights": ["全区学校布局持续优化"], "schools": "123", "kindergartens": "60"}
    assert not (tmp_path / "mine.json.progress").exists()
    text = document_text(docx.Document(str(tmp_path / "mine.docx")))
    assert "天津市东丽区2025年教育工作总结" in text
    assert "全区共有各级各类学校123所，其中幼儿园60所。全区学校布局持续优化。" in text


def test_a_terminal_set_to_the_c_locale_still_takes_chinese_answers(tmp_path: Path) -> None:
    """A server's terminal often says ASCII (``LC_ALL=C``) while it shows and sends UTF-8."""
    child = start(tmp_path, "-o", "mine.json", PYTHONUTF8="0", LC_ALL="C", LANG="C")
    answer(child, "省（市）：", "天津市" + ENTER)
    answer(child, "区（县）：", "东丽区" + ENTER)
    child.expect_exact("发文机关：")
    child.close(force=True)
    progress = json.loads((tmp_path / "mine.json.progress").read_text(encoding="utf-8"))
    assert progress["data"] == {"meta": {"region": "天津市", "district": "东丽区"}}


def test_closing_the_terminal_keeps_every_answer_given(tmp_path: Path) -> None:
    child = start(tmp_path, "-o", "mine.json")
    answer(child, "省（市）：", "天津市" + ENTER)
    answer(child, "区（县）：", "东丽区" + ENTER)
    child.expect_exact("发文机关：")
    child.close(force=True)  # the window is closed while a question waits for its answer

    assert {p.name for p in tmp_path.iterdir()} == {"mine.json.progress"}
    progress = json.loads((tmp_path / "mine.json.progress").read_text(encoding="utf-8"))
    assert progress["data"] == {"meta": {"region": "天津市", "district": "东丽区"}}


def fill_report_information(child: "pexpect.spawn", year: str = "2025") -> None:
    for prompt, keys in [
        ("省（市）：", "天津市"),
        ("区（县）：", "东丽区"),
        ("发文机关：", "天津市东丽区教育局"),
        ("年度：", year),
        ("文种：", ""),
        ("成文日期：", "2025年12月31日"),
        ("主送机关（可不填）：", ""),
        ("标题（可不填）：", ""),
    ]:
        answer(child, prompt, keys + ENTER)


def test_the_review_screen_finds_an_answer_by_name_and_stays_on_it(tmp_path: Path) -> None:
    child = start(tmp_path, "-o", "mine.json", "--sections", "overview")
    fill_report_information(child)
    schools, kindergartens, third, *_ = figure_prompts("overview")
    answer(child, schools, "122" + ENTER)
    answer(child, kindergartens, "60" + ENTER)
    child.expect_exact("本部分还剩")
    answer(child, third, ">")  # the rest of 基本情况 skipped in one key
    child.expect_exact("已跳过：基本情况")
    answer(child, "请核对填写的内容", "幼儿园：")  # typed as a Chinese input method sends it
    answer(child, "找到1项", ENTER)
    answer(child, kindergartens, CLEAR + "61" + ENTER)
    answer(child, "【基本情况】选中一项回车修改", ENTER)  # the cursor stayed on 幼儿园
    answer(child, kindergartens, CLEAR + "62" + ENTER)
    answer(child, "【基本情况】选中一项回车修改", ESC)
    answer(child, "请核对填写的内容", HOME + ENTER)
    answer(child, "现在生成 Word 文档吗？", DOWN + ENTER)
    assert finish(child) == 0

    data = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert data["overview"] == {"schools": "122", "kindergartens": "62"}


def test_next_year_keeps_last_years_parts_and_a_figure_with_one_key(tmp_path: Path) -> None:
    last = {"meta": {"region": "天津市", "district": "青溪县", "organ": "青溪县教育局", "year": 2024,
                     "date": "2024-12-31"},
            "overview": {"schools": 118, "kindergartens": 50}}
    (tmp_path / "2024.json").write_text(json.dumps(last, ensure_ascii=False), encoding="utf-8")
    child = start(tmp_path, "-o", "mine.json", "--from", "2024.json")
    for prompt in ["省（市）：", "区（县）：", "发文机关：", "年度：", "文种："]:
        answer(child, prompt, ENTER)  # last year's answers, the year after it
    answer(child, "成文日期：", "2025年12月31日" + ENTER)
    answer(child, "主送机关（可不填）：", ENTER)
    answer(child, "标题（可不填）：", ENTER)
    child.expect_exact("已按上年的数据文件选好了上年填写的部分")
    answer(child, "要填写报告的哪些部分？", ENTER)  # 基本情况, ticked as last year
    child.expect_exact("全县各级各类学校总数")  # a county's words, from the district's name
    child.expect_exact("上年：118所（按 Tab 键沿用上年数值）")
    schools, kindergartens, third, *_ = figure_prompts("overview")
    answer(child, schools, TAB)
    answer(child, kindergartens, "52" + ENTER)
    answer(child, third, ">")
    answer(child, "请核对填写的内容", ENTER)
    answer(child, "现在生成 Word 文档吗？", DOWN + ENTER)
    assert finish(child) == 0

    data = json.loads((tmp_path / "mine.json").read_text(encoding="utf-8"))
    assert data["meta"]["year"] == 2025 and data["meta"]["district"] == "青溪县"
    assert data["overview"] == {"schools": {"value": "118", "previous": "118"},
                                "kindergartens": {"value": "52", "previous": "50"}}
